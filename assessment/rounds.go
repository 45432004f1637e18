package assessment

import (
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// RoundOf returns the round an assessment with profile p belongs to, as a
// grouping key and a label for people: its round name when it has one
// (case and spacing ignored in the key), else its assessment date, else
// none ("", ""). A date label is written as the page's language writes a
// day (YYYY-MM-DD in English, "1. März 2026" in German); the key keeps
// the stored date. Package compare groups assessments without a round name
// whose dates lie close together into one round (compare.RoundGap).
func RoundOf(p Profile) (key, label string) {
	if name := strings.Join(strings.Fields(p.Round), " "); name != "" {
		return "name:" + strings.ToLower(name), name
	}
	if p.Date != "" {
		return "date:" + p.Date, l10n.StoredDate(p.Date)
	}
	return "", ""
}
