package l10n

// pair is one entry of the catalogue: the English key and its German.
type pair struct{ en, de string }

// part is one area's share of the German catalogue. Parts are slices of
// pairs, not maps, so that they are static data: an English page neither
// builds nor keeps them on its heap; the first German lookup merges them
// into one map.
type part struct {
	name  string
	pairs []pair
}

// deParts are the German catalogue's parts, one per area of the tool, each
// in its own file so that the text of one area is reviewed in one place.
// A key appears in one part only (a test checks it).
var deParts = []part{
	{"common", deCommon},
	{"questions", deQuestions},
	{"levels", deLevels},
	{"controls", deControls},
	{"findings", deFindings},
	{"actions", deActions},
	{"pack", dePack},
	{"app_work", deAppWork},
	{"app_share", deAppShare},
	{"data", deData},
	{"shell", deShell},
}
