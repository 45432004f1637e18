package pack

import "errors"

// errTodo stands in until the documents are written.
var errTodo = errors.New("not written yet")

func buildRACI(Input) ([]byte, error)      { return nil, errTodo }
func buildSoA(Input) ([]byte, error)       { return nil, errTodo }
func buildAuthority(Input) ([]byte, error) { return nil, errTodo }
func buildActions(Input) ([]byte, error)   { return nil, errTodo }
