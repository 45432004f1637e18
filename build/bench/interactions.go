package main

// interactions and csvFigures are filled in as the views land.
func interactions(b *browser, rep *Report, product string, reps int) error { return nil }

func csvFigures(b *browser, rep *Report, product string) error { return nil }
