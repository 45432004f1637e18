package l10n

// deActions is the German of actions text; see de.go.
var deActions = map[string]string{}
