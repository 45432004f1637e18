package l10n

// deShell is the German of the page frame the lead keeps: the language
// switch, the page's stop and no-script messages.
var deShell = []pair{
	{"Language", "Sprache"},
	{"The language could not be saved in this browser, so it stays as it is.", "Die Sprache konnte in diesem Browser nicht gespeichert werden; sie bleibt daher unverändert."},
}
