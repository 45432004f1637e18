package compare

import (
	"maps"
	"reflect"
	"slices"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Version is one content of an assessment that reached the comparison in
// differing versions under one ID.
type Version struct {
	Source   string // file name, or SourceStored
	Updated  string // when it was last saved, RFC 3339, as the record says
	Revision int    // its stored revision; 0 for a file's
}

// VersionConflict is an assessment ID under which the comparison was given
// versions with different content: an assessment exported, edited in a
// spreadsheet and picked beside its stored twin, for example. Exactly one
// version counts; which one the user chose, or else the newer (see
// Default).
type VersionConflict struct {
	ID       string
	Name     string    // the counted version's name
	Versions []Version // in the order picked, one per distinct content
	Counted  int       // index into Versions of the version that counts
	// Chosen is true when the user chose the counted version; otherwise
	// it is the default, which Default explains.
	Chosen bool
	// Default says why the default version counts, for the screen, in
	// the current language.
	Default string
}

// Choices are the user's choices of what counts where the comparison
// holds more than one candidate.
type Choices struct {
	// Versions maps an assessment ID to the Source of the version the
	// user chose to count (see VersionConflict).
	Versions map[string]string
	// Consensus maps a round (Site.Key) to the ID of the consensus the
	// user chose to count there (see ConsensusConflict).
	Consensus map[string]string
}

// Clone returns a copy of c that shares no map with it.
func (c Choices) Clone() Choices {
	return Choices{Versions: maps.Clone(c.Versions), Consensus: maps.Clone(c.Consensus)}
}

// sameContent reports whether a and b hold the same assessment: the
// same name, dates, profile, answers, matrix, model, role names, action
// plan changes, role register, authority table and consensus records
// (questions and matrix rows). Empty
// and absent maps are alike, as storage and files cannot tell them apart.
func sameContent(a, b assessment.Assessment) bool {
	if a.ID != b.ID || a.Name != b.Name || a.Created != b.Created || a.Updated != b.Updated || a.Model != b.Model {
		return false
	}
	if !reflect.DeepEqual(a.Profile, b.Profile) || !maps.Equal(a.Answers, b.Answers) || !maps.Equal(a.RoleNames, b.RoleNames) || !maps.Equal(a.Plan, b.Plan) ||
		!maps.Equal(a.Holders, b.Holders) || !maps.EqualFunc(a.Authority, b.Authority, sameAuthority) ||
		len(a.Consensus)+len(b.Consensus) > 0 && !reflect.DeepEqual(a.Consensus, b.Consensus) ||
		len(a.RowConsensus)+len(b.RowConsensus) > 0 && !reflect.DeepEqual(a.RowConsensus, b.RowConsensus) {
		return false
	}
	return maps.EqualFunc(nonEmpty(a.Matrix), nonEmpty(b.Matrix), func(x, y assessment.RACI) bool { return maps.Equal(x, y) })
}

// sameAuthority reports whether two rows of the authority table say the
// same; a nil and an empty Consult are alike.
func sameAuthority(x, y assessment.Authority) bool {
	return x.Accept == y.Accept && x.MaxMonths == y.MaxMonths && x.Escalate == y.Escalate && slices.Equal(x.Consult, y.Consult)
}

// nonEmpty is m without its empty rows, which mean nothing filled.
func nonEmpty(m assessment.Matrix) assessment.Matrix {
	out := make(assessment.Matrix, len(m))
	for k, r := range m {
		if len(r) > 0 {
			out[k] = r
		}
	}
	return out
}

// defaultVersion picks the version that counts when the user has not
// chosen: the one saved last. When the versions say they were saved at the
// same time, a file's counts over the stored one (a file edited in a
// spreadsheet after its export keeps its saved date), and of two files the
// one picked last.
func defaultVersion(vs []Version) (int, string) {
	best := 0
	tie := false
	for i := 1; i < len(vs); i++ {
		c := compareSaved(vs[i].Updated, vs[best].Updated)
		switch {
		case c > 0:
			best, tie = i, false
		case c == 0:
			tie = true
			if vs[best].Source == SourceStored || vs[i].Source != SourceStored {
				best = i
			}
		}
	}
	if tie {
		if vs[best].Source == SourceStored {
			return best, l10n.T("The versions say they were saved at the same time; the one stored in this browser counts.")
		}
		return best, l10n.T("The versions say they were saved at the same time, so one was probably edited outside the tool; the file\u2019s version counts until you choose.")
	}
	return best, l10n.T("The version saved last counts until you choose.")
}

// compareSaved orders two RFC 3339 saved dates; one that does not parse
// comes first.
func compareSaved(a, b string) int {
	ta, ea := time.Parse(time.RFC3339, a)
	tb, eb := time.Parse(time.RFC3339, b)
	switch {
	case ea != nil && eb != nil:
		return 0
	case ea != nil:
		return -1
	case eb != nil:
		return 1
	}
	return ta.Compare(tb)
}

// resolve keeps one entry per assessment ID, in the order first picked:
// identical content is counted once and reported in Duplicates, differing
// content is reported in Conflicts and the chosen (or default) version
// kept.
func resolve(entries []Entry, choices map[string]string) (kept []Entry, dups []Duplicate, conflicts []VersionConflict) {
	byID := make(map[string][]int, len(entries))
	var ids []string
	for i, e := range entries {
		if _, ok := byID[e.A.ID]; !ok {
			ids = append(ids, e.A.ID)
		}
		byID[e.A.ID] = append(byID[e.A.ID], i)
	}
	for _, id := range ids {
		idx := byID[id]
		// distinct holds the first entry of each content.
		var distinct []int
	next:
		for _, i := range idx {
			for _, d := range distinct {
				if sameContent(entries[d].A, entries[i].A) {
					dups = append(dups, Duplicate{ID: id, Source: entries[i].Source, KeptSource: entries[d].Source, Same: true})
					continue next
				}
			}
			distinct = append(distinct, i)
		}
		if len(distinct) == 1 {
			kept = append(kept, entries[distinct[0]])
			continue
		}
		c := VersionConflict{ID: id}
		for _, i := range distinct {
			e := entries[i]
			c.Versions = append(c.Versions, Version{Source: e.Source, Updated: e.A.Updated, Revision: e.Revision})
		}
		c.Counted, c.Default = defaultVersion(c.Versions)
		if src, ok := choices[id]; ok {
			for vi, v := range c.Versions {
				if v.Source == src {
					c.Counted, c.Chosen = vi, true
				}
			}
		}
		e := entries[distinct[c.Counted]]
		c.Name = e.A.Name
		kept = append(kept, e)
		conflicts = append(conflicts, c)
	}
	return kept, dups, conflicts
}

// Text names v as the comparison shows it: "the version in “a.csv”, saved
// 2026-03-01 10:00 UTC", or the stored one with its revision.
func (v Version) Text() string {
	if v.Source == SourceStored {
		return l10n.F("the version stored in this browser (revision %d), saved %s", v.Revision, SavedAt(v.Updated))
	}
	return l10n.F("the version in %s, saved %s", SourceLabel(v.Source), SavedAt(v.Updated))
}

// ConsensusText names e, a consensus assessment among those of one round
// (ConsensusConflict): its name, where it came from, when it was saved,
// and the day of its session where recorded.
func (e Entry) ConsensusText() string {
	text := l10n.F("\u201c%s\u201d in %s, saved %s", assessment.DisplayName(e.A.Name), SourceLabel(e.Source), SavedAt(e.A.Updated))
	if e.A.Session != nil && e.A.Session.Date != "" {
		text += l10n.F("; session held on %s", l10n.StoredDate(e.A.Session.Date))
	}
	return text
}

// SavedAt shows an RFC 3339 saved date as "2026-03-01 10:00 UTC"; in
// German as "am 1. März 2026, 10:00 UTC", which follows "gespeichert".
func SavedAt(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		if s == "" {
			return l10n.T("at an unknown time")
		}
		return s
	}
	t = t.UTC()
	if l10n.Current() == l10n.DE {
		return l10n.F("on %s, %s UTC", l10n.ShortDate(t), l10n.Clock(t))
	}
	return t.Format("2006-01-02 15:04") + " UTC"
}

// SourceLabel names where an entry came from, as "in %s" continues: "this
// browser" or the file's name in quotes.
func SourceLabel(src string) string {
	if src == SourceStored {
		return l10n.T("this browser")
	}
	return l10n.F("\u201c%s\u201d", src)
}
