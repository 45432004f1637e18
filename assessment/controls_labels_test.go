package assessment

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A consultant reads a matrix row as "number, label" and looks for the same
// line in the Statement of Applicability, which carries the standard's
// titles. These tests keep every label close enough to its title for that
// to work at a glance: the label's significant words come from the title,
// and it keeps at least half of the title's significant words.

// labelMaxLen keeps a label short enough for a table row header beside its
// number at 1280 px.
const labelMaxLen = 45

// labelStopWords carry no meaning of their own in a title or a label.
var labelStopWords = map[string]bool{
	"a": true, "an": true, "and": true, "or": true, "of": true, "in": true, "for": true,
	"the": true, "to": true, "on": true, "with": true, "within": true, "during": true,
	"after": true, "against": true, "from": true, "other": true, "associated": true,
}

// labelExtraWords lists, per control, the only words a label may add to its
// title, each with the reason. Only one- and two-word titles need one: a
// label must not copy the title verbatim and must have two words, so the
// added word names what the control's requirement is about.
var labelExtraWords = map[string]map[string]string{
	"6.1":  {"personnel": "one-word title; the control screens candidates before they join the personnel"},
	"7.2":  {"control": "two-word title; the control is that entry points are controlled (the 2013 edition's title said so)"},
	"7.10": {"managing": "two-word title; the requirement is that storage media are managed through their life cycle"},
	"8.15": {"event": "one-word title; the logs the control requires record events, exceptions and faults"},
	"8.23": {"access": "two-word title; what is filtered is access to external websites"},
}

// labelStem is the part of a word two spellings must share to count as the
// same word: "Monitoring" and "monitor", "synchronisation" and
// "synchronization", "policies" and "policy".
const labelStem = 5

// significantWords splits s into lower-case words at anything but a letter,
// without stop words. Hyphenated words split too ("re-use", "off-premises").
func significantWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !labelStopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// sameWord reports whether a and b are the same word up to labelStem
// letters; a word shorter than that must be a prefix of the other ("test"
// and "testing"), though not one of one or two letters.
func sameWord(a, b string) bool {
	if len(a) >= labelStem && len(b) >= labelStem {
		return a[:labelStem] == b[:labelStem]
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	return len(short) >= 3 && strings.HasPrefix(long, short) || a == b
}

// labelDistance reports how label departs from title: its significant words
// that are not in the title (unless listed in extra), and the title's
// significant words it leaves out. A label word also matches two adjacent
// title words written as one ("endpoint" for "end point", "lifecycle" for
// "life cycle").
func labelDistance(label, title string, extra map[string]string) (foreign, missing []string) {
	tw := significantWords(title)
	covered := make([]bool, len(tw))
	for _, lw := range significantWords(label) {
		found := false
		for i, w := range tw {
			if sameWord(lw, w) {
				covered[i], found = true, true
			}
			if i+1 < len(tw) && len(lw) > len(w) && strings.HasPrefix(lw, w) && sameWord(lw[len(w):], tw[i+1]) {
				covered[i], covered[i+1], found = true, true, true
			}
		}
		if !found && extra[lw] == "" {
			foreign = append(foreign, lw)
		}
	}
	for i, w := range tw {
		if !covered[i] {
			missing = append(missing, w)
		}
	}
	return foreign, missing
}

// closeToTitle states why label is not close enough to title, or "" when it
// is: no foreign word, and at least half of the title's significant words.
func closeToTitle(label, title string, extra map[string]string) string {
	foreign, missing := labelDistance(label, title, extra)
	n := len(significantWords(title))
	switch {
	case len(foreign) > 0:
		return "words not in the title: " + strings.Join(foreign, ", ")
	case 2*len(missing) > n:
		return "leaves out more than half of the title: " + strings.Join(missing, ", ")
	}
	return ""
}

func TestCloseToTitle(t *testing.T) {
	tests := []struct {
		label, title string
		extra        map[string]string
		ok           bool
	}{
		{"Monitoring of activities", "Monitoring activities", nil, true},
		{"Watching for anomalies", "Monitoring activities", nil, false},                            // the label issue 16 complained of
		{"Register of assets", "Inventory of information and other associated assets", nil, false}, // "register" is not the title's noun
		{"Security", "Information security in supplier relationships", nil, false},                 // too little of the title
		{"Synchronising clocks", "Clock synchronization", nil, true},                               // spelling and order
		{"User endpoint devices", "User end point devices", nil, true},                             // one word for two
		{"Secure disposal or re-use", "Secure disposal or re-use of equipment", nil, true},
		{"Information for testing", "Test information", nil, true}, // short word as a prefix
		{"Event logging", "Logging", nil, false},
		{"Event logging", "Logging", map[string]string{"event": "why"}, true},
		{"Use cases", "User end point devices", nil, false}, // "use" is not "user"
	}
	for _, tc := range tests {
		why := closeToTitle(tc.label, tc.title, tc.extra)
		assert.Equal(t, tc.ok, why == "", "closeToTitle(%q, %q) = %q", tc.label, tc.title, why)
	}
}

func TestControlLabelsCloseToTitles(t *testing.T) {
	ref := loadReference(t)
	titles := make(map[string]string, len(ref))
	for _, r := range ref {
		titles[r.ID] = r.Title
	}
	ours := make(map[string]bool, len(Controls()))
	for _, c := range Controls() {
		ours[c.ID] = true
	}
	for _, r := range ref {
		assert.True(t, ours[r.ID], "reference control %s %q has no control here", r.ID, r.Title)
	}
	require.NotEmpty(t, Controls())
	for _, c := range Controls() {
		title, ok := titles[c.ID]
		if !assert.True(t, ok, "control %s is not in the Annex A reference", c.ID) {
			continue
		}
		assert.LessOrEqual(t, len(c.Label), labelMaxLen, "control %s: label %q is too long for a row header", c.ID, c.Label)
		assert.Empty(t, closeToTitle(c.Label, title, labelExtraWords[c.ID]),
			"control %s: label %q is not close to the title %q", c.ID, c.Label, title)
	}
	// Every exception must still be needed, so the list stays short and true.
	for id, words := range labelExtraWords {
		c, ok := ControlByID(id)
		if !assert.True(t, ok, "exception for unknown control %s", id) {
			continue
		}
		foreign, _ := labelDistance(c.Label, titles[id], nil)
		for w, why := range words {
			assert.NotEmpty(t, why, "exception %s %q has no reason", id, w)
			assert.Contains(t, foreign, w, "control %s: exception %q is no longer used by label %q", id, w, c.Label)
		}
	}
}
