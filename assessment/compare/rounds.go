package compare

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// RoundGap is the most days an assessment of a site without a round name
// may be dated after the first of a round and still belong to it: the
// respondents of a round answer within days or weeks of each other, and
// rounds are months apart. It counts from the round's first date, so that
// monthly assessments do not chain into one round. A round name in the profile
// (assessment.Profile.Round) always decides over the dates.
const RoundGap = 31

// round is the entries of one site that form one round.
type round struct {
	key, label string
	date       string // the earliest assessment date, "" when none
	entries    []Entry
}

// splitRounds groups the entries of one site into rounds (see RoundGap),
// oldest first; rounds without any date come last.
func splitRounds(entries []Entry) []round {
	var rounds []round
	byName := map[string]int{}
	var dated, undated []Entry
	for _, e := range entries {
		key, label := assessment.RoundOf(e.A.Profile)
		switch {
		case strings.HasPrefix(key, "name:"):
			i, ok := byName[key]
			if !ok {
				i = len(rounds)
				byName[key] = i
				rounds = append(rounds, round{key: key, label: label})
			}
			rounds[i].entries = append(rounds[i].entries, e)
		case key != "":
			dated = append(dated, e)
		default:
			undated = append(undated, e)
		}
	}
	order.Stable(dated, func(a, b Entry) int { return cmp.Compare(a.A.Profile.Date, b.A.Profile.Date) })
	for i := 0; i < len(dated); {
		j := i + 1
		for j < len(dated) && daysBetween(dated[i].A.Profile.Date, dated[j].A.Profile.Date) <= RoundGap {
			j++
		}
		first, last := dated[i].A.Profile.Date, dated[j-1].A.Profile.Date
		label := l10n.StoredDate(first)
		if last != first {
			label = l10n.F("%s to %s", label, l10n.StoredDate(last))
		}
		rounds = append(rounds, round{key: "date:" + first, label: label, entries: dated[i:j:j]})
		i = j
	}
	if len(undated) > 0 {
		rounds = append(rounds, round{entries: undated})
	}
	for i := range rounds {
		r := &rounds[i]
		for _, e := range r.entries {
			if d := e.A.Profile.Date; d != "" && (r.date == "" || d < r.date) {
				r.date = d
			}
		}
	}
	order.Stable(rounds, func(a, b round) int {
		if (a.date == "") != (b.date == "") {
			if a.date == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.key, b.key))
	})
	return rounds
}

// daysBetween returns the days from a to b (YYYY-MM-DD), or a large
// number when either does not parse.
func daysBetween(a, b string) int {
	ta, ea := time.Parse(time.DateOnly, a)
	tb, eb := time.Parse(time.DateOnly, b)
	if ea != nil || eb != nil {
		return 1 << 30
	}
	d := int(tb.Sub(ta).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// Change is the difference between two consolidated scores, in points out
// of 100; without a score on either side there is none (HasDelta false).
type Change struct {
	Delta    float64
	HasDelta bool
}

func change(from, to Cell) Change {
	if !from.HasScore || !to.HasScore {
		return Change{}
	}
	return Change{Delta: to.Score - from.Score, HasDelta: true}
}

// Trend is the rounds of one site, oldest first, and what changed from
// each round to the next. Only sites assessed in two or more rounds have
// one.
type Trend struct {
	SiteKey string
	Name    string // the site, as Set.Sites names it
	Rounds  []int  // indices into Set.Sites, oldest first
	// Steps[i] goes from Rounds[i] to Rounds[i+1].
	Steps []TrendStep
}

// TrendStep is what changed between two rounds of one site.
type TrendStep struct {
	From, To int // indices into Set.Sites
	// Unlike says why the two rounds cannot be set against each other;
	// LikeRounds when they can. Only then do Areas and Overall hold
	// changes, can a finding count as closed and an action as no longer
	// needed.
	Unlike  Unlike
	Areas   []Change // in Set.Areas order
	Overall Change
	// Closed are the findings raised in the earlier round that the later
	// round re-assessed and no longer raises: every question behind the
	// finding is asked and rated at a level there, and every matrix row
	// behind it filled (see reassessed). NotReassessed are those the later
	// round no longer raises without that: a question left unanswered,
	// rated "not applicable" or no longer asked, or rounds that are not
	// alike. Opened are raised in the later round and not in the earlier.
	// A round's findings are its consensus assessment's when it has one,
	// else every finding any of its respondents raises.
	Closed, NotReassessed, Opened []assessment.Finding
	// Actions is what became of the actions open or in progress in the
	// earlier round's plan (see ActionProgress).
	Actions ActionProgress
}

// Unlike is why two rounds of a site cannot be set against each other.
type Unlike string

const (
	// LikeRounds: both rounds rest on a consensus assessment, or both on
	// respondents who answered in the same roles.
	LikeRounds Unlike = ""
	// UnlikeBasis: one round rests on a consensus assessment, the other on
	// the mean of its respondents. A consensus takes the lower answer on
	// every question left unsettled, so its score is not the mean's, and
	// the difference would read as progress or decline that is neither
	// (ISO/IEC 27001 9.1 asks for results that are comparable).
	UnlikeBasis Unlike = "basis"
	// UnlikeRespondents: the respondents answered in other roles, or there
	// are more or fewer of them. A finding one OT lead raised is not closed
	// because the follow-up asked only the IT lead.
	UnlikeRespondents Unlike = "respondents"
	// UnlikeScope: a scope field of the profile changed between the
	// rounds (assessment.ScopeFields): another set of questions is asked
	// and other checks apply, so a finding can vanish without any change
	// on the plant floor.
	UnlikeScope Unlike = "scope"
)

// basisOf returns what a round's scores, findings and plan rest on: its
// consensus assessment when it has one, else its respondents'.
func basisOf(s Site) []assessment.Assessment {
	from := make([]assessment.Assessment, 0, len(s.Respondents))
	for _, r := range s.Respondents {
		if r.A.IsConsensus() {
			return []assessment.Assessment{r.A}
		}
		from = append(from, r.A)
	}
	return from
}

// unlike tells whether the rounds a and b can be set against each other
// (see Unlike).
func unlike(a, b Site) Unlike {
	ca, cb := a.hasConsensus(), b.hasConsensus()
	switch {
	case ca && cb:
		if scopeDiffers(a, b) {
			return UnlikeScope
		}
		return LikeRounds
	case ca != cb:
		return UnlikeBasis
	}
	roles := func(s Site) []assessment.Role {
		out := make([]assessment.Role, len(s.Respondents))
		for i, r := range s.Respondents {
			out[i] = r.Role
		}
		slices.Sort(out)
		return out
	}
	if !slices.Equal(roles(a), roles(b)) {
		return UnlikeRespondents
	}
	if scopeDiffers(a, b) {
		return UnlikeScope
	}
	return LikeRounds
}

// hasConsensus reports whether one of the round's assessments is a
// consensus assessment.
func (s Site) hasConsensus() bool {
	return slices.ContainsFunc(s.Respondents, func(r Respondent) bool { return r.A.IsConsensus() })
}

// Counted is how many of the site's assessments its figures rest on: one
// when the round has a consensus (its figures are the consensus's, see
// consolidate), else every respondent.
func (s Site) Counted() int {
	if s.hasConsensus() {
		return 1
	}
	return len(s.Respondents)
}

// reassessed reports whether the assessments of a round looked again at
// what raised f: each of its questions asked and rated at a level (0 to
// 4) by at least one of them, and each of its matrix rows filled in at
// least one. A finding raised by neither (the role register, the
// authority table, the matrix as a whole) rests on records every
// assessment holds, so it is re-assessed.
func reassessed(f assessment.Finding, as []assessment.Assessment) bool {
	for _, id := range f.Questions {
		q, ok := assessment.QuestionByID(id)
		if !ok || !slices.ContainsFunc(as, func(a assessment.Assessment) bool {
			_, rated := a.Answers[id].Rating.Level()
			return rated && assessment.SkipReason(q, a) == ""
		}) {
			return false
		}
	}
	for _, k := range f.Cells {
		if !slices.ContainsFunc(as, func(a assessment.Assessment) bool { return len(a.Matrix[k]) > 0 }) {
			return false
		}
	}
	return true
}

// trends builds the trend of every site with two or more rounds. sites is
// in site, then round order.
func trends(sites []Site, areas int) []Trend {
	var out []Trend
	for i := 0; i < len(sites); {
		j := i + 1
		for j < len(sites) && sites[j].SiteKey == sites[i].SiteKey {
			j++
		}
		if j-i > 1 {
			t := Trend{SiteKey: sites[i].SiteKey, Name: sites[i].Name}
			for k := i; k < j; k++ {
				t.Rounds = append(t.Rounds, k)
			}
			prev, plan := roundFindings(sites[i]), roundPlan(sites[i])
			for k := i + 1; k < j; k++ {
				cur := roundFindings(sites[k])
				st := TrendStep{From: k - 1, To: k, Unlike: unlike(sites[k-1], sites[k]), Areas: make([]Change, areas)}
				if st.Unlike == LikeRounds {
					st.Overall = change(sites[k-1].Overall, sites[k].Overall)
					for a := range areas {
						st.Areas[a] = change(sites[k-1].Areas[a], sites[k].Areas[a])
					}
				}
				later := basisOf(sites[k])
				for _, f := range findingsDiff(prev, cur) {
					if st.Unlike == LikeRounds && reassessed(f, later) {
						st.Closed = append(st.Closed, f)
					} else {
						st.NotReassessed = append(st.NotReassessed, f)
					}
				}
				st.Opened = findingsDiff(cur, prev)
				next := roundPlan(sites[k])
				st.Actions = actionProgress(plan, next, st.Unlike == LikeRounds)
				t.Steps = append(t.Steps, st)
				prev, plan = cur, next
			}
			out = append(out, t)
		}
		i = j
	}
	return out
}

// roundFindings returns the findings of a round (see TrendStep.Closed).
func roundFindings(s Site) []assessment.Finding {
	var out []assessment.Finding
	for _, a := range basisOf(s) {
		for _, f := range assessment.Findings(a) {
			if !slices.ContainsFunc(out, func(g assessment.Finding) bool { return g.ID == f.ID }) {
				out = append(out, f)
			}
		}
	}
	return out
}

// findingsDiff returns the findings of a whose ID b does not raise.
func findingsDiff(a, b []assessment.Finding) []assessment.Finding {
	var out []assessment.Finding
	for _, f := range a {
		if !slices.ContainsFunc(b, func(g assessment.Finding) bool { return g.ID == f.ID }) {
			out = append(out, f)
		}
	}
	return out
}

// TrendOf returns the trend of the site of Set.Sites[i], if it has one.
func (s *Set) TrendOf(i int) (Trend, bool) {
	for _, t := range s.Trends {
		if slices.Contains(t.Rounds, i) {
			return t, true
		}
	}
	return Trend{}, false
}

// SiteCount counts the distinct sites of the comparison, whatever their
// rounds.
func (s *Set) SiteCount() int {
	n := 0
	for i, site := range s.Sites {
		if i == 0 || s.Sites[i-1].SiteKey != site.SiteKey {
			n++
		}
	}
	return n
}
