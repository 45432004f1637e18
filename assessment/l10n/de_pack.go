package l10n

// dePack is the German of pack text; see de.go.
var dePack = map[string]string{}
