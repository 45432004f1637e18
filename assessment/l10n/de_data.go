package l10n

// deData is the German of data text; see de.go.
var deData = map[string]string{}
