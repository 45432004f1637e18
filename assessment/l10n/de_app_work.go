package l10n

// deAppWork is the German of app_work text; see de.go.
var deAppWork = map[string]string{}
