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

// RoundGap is the widest gap, in days, between the assessment dates of two
// assessments of one site without a round name that still makes them one
// round: the respondents of a round answer within days or weeks of each
// other, and rounds are months apart. A round name in the profile
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
		for j < len(dated) && daysBetween(dated[j-1].A.Profile.Date, dated[j].A.Profile.Date) <= RoundGap {
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
	From, To int      // indices into Set.Sites
	Areas    []Change // in Set.Areas order
	Overall  Change
	// Closed are the findings raised in the earlier round and no longer
	// in the later one; Opened the reverse. A round's findings are its
	// consensus assessment's when it has one, else every finding any of
	// its respondents raises.
	Closed, Opened []assessment.Finding
	// Actions is what became of the actions open or in progress in the
	// earlier round's plan (see ActionProgress).
	Actions ActionProgress
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
				st := TrendStep{From: k - 1, To: k, Overall: change(sites[k-1].Overall, sites[k].Overall), Areas: make([]Change, areas)}
				for a := range areas {
					st.Areas[a] = change(sites[k-1].Areas[a], sites[k].Areas[a])
				}
				st.Closed, st.Opened = findingsDiff(prev, cur), findingsDiff(cur, prev)
				next := roundPlan(sites[k])
				st.Actions = actionProgress(plan, next)
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
	for _, r := range s.Respondents {
		if r.A.IsConsensus() {
			return assessment.Findings(r.A)
		}
	}
	var out []assessment.Finding
	for _, r := range s.Respondents {
		for _, f := range assessment.Findings(r.A) {
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
