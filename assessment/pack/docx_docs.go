package pack

func buildRoles(Input) ([]byte, error)    { return nil, errTodo }
func buildSteering(Input) ([]byte, error) { return nil, errTodo }
