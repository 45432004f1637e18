package l10n

// deControls is the German of controls text; see de.go.
var deControls = map[string]string{}
