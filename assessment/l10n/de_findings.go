package l10n

// deFindings is the German of findings text; see de.go.
var deFindings = map[string]string{}
