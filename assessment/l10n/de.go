package l10n

// part is one area's share of the German catalogue.
type part struct {
	name string
	m    map[string]string
}

// deParts are the German catalogue's parts, one per area of the tool, each
// in its own file so that the text of one area is reviewed in one place.
// A key appears in one part only (a test checks it).
var deParts = []part{
	{"common", deCommon},
	{"questions", deQuestions},
	{"controls", deControls},
	{"findings", deFindings},
	{"actions", deActions},
	{"pack", dePack},
	{"app_work", deAppWork},
	{"app_share", deAppShare},
	{"data", deData},
	{"shell", deShell},
}
