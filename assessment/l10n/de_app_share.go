package l10n

// deAppShare is the German of app_share text; see de.go.
var deAppShare = map[string]string{}
