package l10n

// deQuestions is the German of questions text; see de.go.
var deQuestions = map[string]string{}
