package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// MinSpread is the smallest difference in maturity level between two
// respondents of one site that counts as a disagreement. One level apart is
// normal calibration noise between people; two or more means they describe
// different realities.
const MinSpread = 2

// Rated is one respondent's answer to one question.
type Rated struct {
	Respondent int // index into the site's Respondents
	Rating     assessment.Rating
	// Level is the level that enters means and spreads; Counted says
	// whether it does. Levels 0–4 count as themselves and "unknown" counts
	// as 0, as in the score: a lead who does not know who owns something
	// while a colleague calls it well established is exactly the gap the
	// comparison must show (the view labels it "unknown", not "0").
	// "Not applicable" and unanswered questions do not count, except that
	// "not applicable" on a requirement that cannot be excluded, on a
	// question asked of the respondent, counts as 0 as in the score
	// (Excluded; assessment.Question.Excluded): it is not a claim about
	// scope that another respondent's level could dispute.
	Level    int
	Counted  bool
	Excluded bool
	Note     string
}

// rated is respondent i's answer to q in a.
func rated(i int, q assessment.Question, a assessment.Assessment) Rated {
	ans := a.Answers[q.ID]
	r := Rated{Respondent: i, Rating: ans.Rating, Note: ans.Note}
	if lvl, ok := ans.Rating.Level(); ok {
		r.Level, r.Counted = lvl, true
	} else if ans.Rating == assessment.RatingUnknown {
		r.Counted = true
	} else if q.Excluded(ans.Rating) && assessment.SkipReason(q, a) == "" {
		r.Counted, r.Excluded = true, true
	}
	return r
}

// notApplicable reports whether r rates its question not applicable as a
// claim about scope: an answer counted as 0 (Excluded) is not one.
func (r Rated) notApplicable() bool {
	return r.Rating == assessment.RatingNotApplicable && !r.Excluded
}

// Disagreement is a question on which respondents of one site differ by at
// least MinSpread levels, or disagree on whether it applies (see
// Applicability); Set.Minor holds the smaller differences in the same
// form.
type Disagreement struct {
	Site      int // index into Set.Sites
	Question  assessment.Question
	Low, High int // lowest and highest counted level
	Spread    int // High - Low
	// Applicability is set when one respondent rates the question not
	// applicable and another gives it level MinSpread or above. The two
	// describe different scopes, not two readings of one practice: one
	// sees a defined practice where the other sees nothing to do. Against
	// level 0 or 1 (little or nothing in place either way) it stays a
	// smaller difference.
	Applicability bool
	// Rank is Distance × question weight: a wide split on a critical
	// question comes before the same split on a useful one.
	Rank    int
	Answers []Rated // every respondent of the site, in respondent order
}

// Distance is how far apart the answers of d are, in levels: Spread, or
// for a disagreement on applicability High when that is more, as "not
// applicable" against level 4 weighs as a split from nothing to 4.
func (d Disagreement) Distance() int {
	if d.Applicability {
		return max(d.Spread, d.High)
	}
	return d.Spread
}

func disagreements(sites []Site) []Disagreement {
	var out []Disagreement
	bankOrder := map[string]int{}
	for i, q := range assessment.Questions() {
		bankOrder[q.ID] = i
	}
	for si, site := range sites {
		if len(site.Respondents) < 2 {
			continue
		}
		for _, q := range assessment.Questions() {
			low, high, n := assessment.MaxLevel+1, -1, 0
			notApplicable := false
			for ri := range site.Respondents {
				if site.Respondents[ri].A.IsConsensus() {
					continue // the agreed answer, not one more opinion
				}
				r := rated(ri, q, site.Respondents[ri].A)
				if r.Counted {
					low, high, n = min(low, r.Level), max(high, r.Level), n+1
				}
				notApplicable = notApplicable || r.notApplicable()
			}
			applicability := notApplicable && high >= MinSpread
			if !applicability && (n < 2 || high-low < MinSpread) {
				continue
			}
			d := Disagreement{Site: si, Question: q, Low: low, High: high, Spread: high - low, Applicability: applicability}
			d.Rank = d.Distance() * max(q.Weight, 1)
			d.Answers = make([]Rated, len(site.Respondents))
			for ri := range site.Respondents {
				d.Answers[ri] = rated(ri, q, site.Respondents[ri].A)
			}
			out = append(out, d)
		}
	}
	order.Stable(out, func(a, b Disagreement) int {
		return cmp.Or(
			cmp.Compare(b.Rank, a.Rank),
			cmp.Compare(b.Spread, a.Spread),
			cmp.Compare(a.Site, b.Site),
			cmp.Compare(bankOrder[a.Question.ID], bankOrder[b.Question.ID]),
		)
	})
	return out
}

// minorDifferences returns the questions of each site, other than those
// listed, on which two of its respondents give different answers (see
// Set.Minor), the weightiest first, and sets each site's
// MinorDifferences to their number.
func minorDifferences(sites []Site, listed []Disagreement) []Disagreement {
	byQ := map[int]map[string]bool{}
	for _, d := range listed {
		if byQ[d.Site] == nil {
			byQ[d.Site] = map[string]bool{}
		}
		byQ[d.Site][d.Question.ID] = true
	}
	var out []Disagreement
	for i := range sites {
		if len(sites[i].Respondents) > 1 {
			minor := minorIn(i, sites[i], byQ[i])
			sites[i].MinorDifferences = len(minor)
			out = append(out, minor...)
		}
	}
	// The weightiest questions first, as a workshop settles them in the
	// time it has; then site and bank order.
	slices.SortStableFunc(out, func(a, b Disagreement) int { return cmp.Compare(b.Question.Weight, a.Question.Weight) })
	return out
}

// minorIn returns the questions of site i, other than those listed, on
// which two of its respondents give different answers, in bank order.
func minorIn(i int, site Site, listed map[string]bool) []Disagreement {
	var out []Disagreement
	for _, q := range assessment.Questions() {
		if listed[q.ID] {
			continue
		}
		var first assessment.Rating
		differ := false
		low, high := assessment.MaxLevel+1, -1
		for ri, r := range site.Respondents {
			got := r.A.Answers[q.ID].Rating
			if r.A.IsConsensus() || got == assessment.RatingNone {
				continue
			}
			if rt := rated(ri, q, r.A); rt.Counted {
				low, high = min(low, rt.Level), max(high, rt.Level)
			}
			if first == assessment.RatingNone {
				first = got
			} else if got != first {
				differ = true
			}
		}
		if !differ {
			continue
		}
		d := Disagreement{Site: i, Question: q, Low: max(low, 0), High: max(high, 0)}
		if high >= 0 {
			d.Spread = high - low
		}
		d.Rank = d.Spread * max(q.Weight, 1)
		d.Answers = make([]Rated, len(site.Respondents))
		for ri := range site.Respondents {
			d.Answers[ri] = rated(ri, q, site.Respondents[ri].A)
		}
		out = append(out, d)
	}
	return out
}

// DrillCell is one site's answers to one question.
type DrillCell struct {
	// Mean is the mean counted level (unknown as 0), meaningful when
	// HasMean; in a round with a consensus it is the consensus's level
	// alone, as the heat map's scores are the consensus's.
	Mean    float64
	N       int // respondents counted
	HasMean bool
	Ratings []Rated // every respondent of the site, in respondent order
}

// DrillRow is one site's answers to the questions of an area.
type DrillRow struct {
	Site  int         // index into Set.Sites
	Cells []DrillCell // in Drill.Questions order
}

// Drill is one area's questions across every site.
type Drill struct {
	Area      assessment.Area
	Questions []assessment.Question
	Rows      []DrillRow // in Set.Sites order
}

// Drill returns the questions of area across every site, or false when the
// area is unknown.
func (s *Set) Drill(area string) (Drill, bool) {
	i := slices.IndexFunc(s.Areas, func(a assessment.Area) bool { return a.ID == area })
	if i < 0 {
		return Drill{}, false
	}
	d := Drill{Area: s.Areas[i], Questions: assessment.QuestionsInArea(area)}
	d.Rows = make([]DrillRow, len(s.Sites))
	for si, site := range s.Sites {
		row := DrillRow{Site: si, Cells: make([]DrillCell, len(d.Questions))}
		consensus := site.hasConsensus()
		for qi, q := range d.Questions {
			c := &row.Cells[qi]
			c.Ratings = make([]Rated, len(site.Respondents))
			sum := 0
			for ri := range site.Respondents {
				r := rated(ri, q, site.Respondents[ri].A)
				c.Ratings[ri] = r
				if r.Counted && (!consensus || site.Respondents[ri].A.IsConsensus()) {
					sum += r.Level
					c.N++
				}
			}
			if c.N > 0 {
				c.HasMean = true
				c.Mean = float64(sum) / float64(c.N)
			}
		}
		d.Rows[si] = row
	}
	return d, true
}

// Accountable values: a matrix row's A (or A/R) roles in RACIRoles order joined with
// "+" ("ot", or "it+ot" when several roles hold an A), or NoAccountable for
// a row that has letters but no A.
const NoAccountable = ""

// AccountableOf returns the Accountable value of a matrix row and whether
// the row is filled at all (has any letter).
func AccountableOf(row assessment.RACI) (string, bool) {
	// Ranging over the row (two or three letters, typically) is several
	// times cheaper than looking up all ten roles, and this runs for every
	// row of every respondent.
	var buf [4]assessment.Role
	as := buf[:0]
	filled := false
	for r, l := range row {
		switch {
		case l == assessment.LetterNone:
		case l.Accountable(): // A or A/R
			as = append(as, r)
			filled = true
		default:
			filled = true
		}
	}
	switch len(as) {
	case 0:
		return NoAccountable, filled
	case 1:
		return string(as[0]), true
	}
	order.Stable(as, func(a, b assessment.Role) int {
		return cmp.Or(cmp.Compare(roleIndex(a), roleIndex(b)), cmp.Compare(a, b))
	})
	parts := make([]string, len(as))
	for i, r := range as {
		parts[i] = string(r)
	}
	return strings.Join(parts, "+"), true
}

// AccountableLabel describes an Accountable value for people, in the
// current language.
func AccountableLabel(v string) string {
	if v == NoAccountable {
		return l10n.T("No accountable role")
	}
	parts := strings.Split(v, "+")
	for i, p := range parts {
		parts[i] = assessment.RoleLabel(assessment.Role(p))
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return l10n.F("%s (several A)", strings.Join(parts, " + "))
}

// ResponsibleOf returns the roles a matrix row makes Responsible (R or
// A/R), in RACIRoles order joined with "+", or "" when none.
func ResponsibleOf(row assessment.RACI) string {
	// Ranging over the row, as AccountableOf does: this runs for every
	// row of every respondent.
	var buf [4]assessment.Role
	rs := buf[:0]
	for r, l := range row {
		if l == assessment.LetterResponsible || l == assessment.LetterAccountableResponsible {
			rs = append(rs, r)
		}
	}
	switch len(rs) {
	case 0:
		return ""
	case 1:
		return string(rs[0])
	}
	// An insertion sort in RACIRoles order: a sort with a function value
	// would move buf to the heap on every call.
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && roleBefore(rs[j], rs[j-1]); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	if len(rs) == 2 {
		return string(rs[0]) + "+" + string(rs[1]) // one allocation, the common case
	}
	var b strings.Builder
	for i, r := range rs {
		if i > 0 {
			b.WriteByte('+')
		}
		b.WriteString(string(r))
	}
	return b.String()
}

// roleBefore orders roles as RespondentRoles, unknown ones last by ID.
func roleBefore(a, b assessment.Role) bool {
	return cmp.Or(cmp.Compare(roleIndex(a), roleIndex(b)), cmp.Compare(a, b)) < 0
}

// ResponsibleLabel describes a ResponsibleOf value for people, in the
// current language.
func ResponsibleLabel(v string) string {
	if v == "" {
		return l10n.T("No responsible role")
	}
	parts := strings.Split(v, "+")
	for i, p := range parts {
		parts[i] = assessment.RoleLabel(assessment.Role(p))
	}
	return strings.Join(parts, " + ")
}

// RACIView is one respondent's filling of one matrix row.
type RACIView struct {
	Respondent  int // index into the site's Respondents
	Accountable string
	Responsible string // see ResponsibleOf
	Row         assessment.RACI
}

// Dispute says what the respondents of a RACIDisagreement differ on.
type Dispute string

// Values of Dispute.
const (
	// DisputeAccountable: they name different Accountable values.
	DisputeAccountable Dispute = "accountable"
	// DisputeResponsible: they name the same Accountable value but
	// different Responsible roles: who answers for the control is
	// settled, who does the work is not.
	DisputeResponsible Dispute = "responsible"
)

// RACIDisagreement is a matrix row that two or more respondents of one site
// filled with different Accountable values (one of which may be none), or
// with the same Accountable value and different Responsible roles.
// Respondents who left the row empty are not counted: an empty row is a
// question not answered, not an answer. Consulted and Informed roles
// alone do not make a disagreement: they are advice and reporting lines,
// not ownership.
type RACIDisagreement struct {
	Site    int // index into Set.Sites
	Key     assessment.CellKey
	Control assessment.Control
	On      Dispute
	Views   []RACIView // the respondents who filled the row, in respondent order
}

// SiteAccountable is what one site's respondents name as Accountable for a
// row. More than one value means they disagree among themselves.
type SiteAccountable struct {
	Site   int      // index into Set.Sites
	Values []string // distinct, in respondent order
}

// RACIStatus classifies a consolidated matrix row.
type RACIStatus string

// Values of RACIStatus.
const (
	// RACIAgree: every site that filled the row names the same single A.
	RACIAgree RACIStatus = "agree"
	// RACIConflict: two or more sites filled the row and between them
	// name different Accountable values (one possibly none, and a site
	// whose respondents disagree brings each of their values).
	RACIConflict RACIStatus = "conflict"
	// RACIDisputed: only one site filled the row and its respondents
	// disagree; RACIDisagreements has the details.
	RACIDisputed RACIStatus = "disputed"
	// RACINoAccountable: the row is filled, but nobody names an A.
	RACINoAccountable RACIStatus = "no-accountable"
)

// RACIRow is one row of the consolidated matrix.
type RACIRow struct {
	Key     assessment.CellKey
	Control assessment.Control
	Sites   []SiteAccountable // the sites that filled the row, in site order
	Values  []string          // distinct values across those sites
	Status  RACIStatus
}

// Conflicts returns the consolidated rows whose status is RACIConflict,
// most relevant control first, then those with the most distinct answers.
func (s *Set) Conflicts() []RACIRow {
	var out []RACIRow
	for _, r := range s.RACI {
		if r.Status == RACIConflict {
			out = append(out, r)
		}
	}
	order.Stable(out, func(a, b RACIRow) int {
		return cmp.Or(
			cmp.Compare(b.Control.Relevance, a.Control.Relevance),
			cmp.Compare(len(b.Values), len(a.Values)),
		)
	})
	return out
}

// AgreedRows counts the consolidated rows every filling site agrees on.
func (s *Set) AgreedRows() int {
	n := 0
	for _, r := range s.RACI {
		if r.Status == RACIAgree {
			n++
		}
	}
	return n
}

func consolidateRACI(sites []Site) ([]RACIDisagreement, []RACIRow) {
	var within []RACIDisagreement
	var rows []RACIRow
	views := make([]RACIView, 0, 8)
	// latest[si]: sites[si] is the latest round of its site, the only one
	// that counts across sites.
	latest := make([]bool, len(sites))
	for si := range sites {
		latest[si] = si+1 == len(sites) || sites[si+1].SiteKey != sites[si].SiteKey
	}
	for _, c := range assessment.Controls() {
		for _, d := range assessment.Domains {
			key := assessment.CellKey{Control: c.ID, Domain: d}
			row := RACIRow{Key: key, Control: c}
			for si, site := range sites {
				views = views[:0]
				var values []string
				// Whether the views differ in their Responsible roles,
				// without a slice per row and site: this loop runs for
				// every matrix row of every site.
				firstResp, respsDiffer := "", false
				for ri := range site.Respondents {
					m := site.Respondents[ri].A.Matrix
					if m == nil || site.Respondents[ri].A.IsConsensus() {
						continue
					}
					v, filled := AccountableOf(m[key])
					if !filled {
						continue
					}
					resp := ResponsibleOf(m[key])
					views = append(views, RACIView{Respondent: ri, Accountable: v, Responsible: resp, Row: m[key]})
					if !slices.Contains(values, v) {
						values = append(values, v)
					}
					if len(views) == 1 {
						firstResp = resp
					} else if resp != firstResp {
						respsDiffer = true
					}
				}
				if len(views) == 0 {
					continue
				}
				switch {
				case len(values) > 1:
					within = append(within, RACIDisagreement{Site: si, Key: key, Control: c, On: DisputeAccountable, Views: slices.Clone(views)})
				case respsDiffer:
					within = append(within, RACIDisagreement{Site: si, Key: key, Control: c, On: DisputeResponsible, Views: slices.Clone(views)})
				}
				if !latest[si] {
					continue
				}
				row.Sites = append(row.Sites, SiteAccountable{Site: si, Values: values})
				for _, v := range values {
					if !slices.Contains(row.Values, v) {
						row.Values = append(row.Values, v)
					}
				}
			}
			if len(row.Sites) == 0 {
				continue
			}
			switch {
			case len(row.Values) == 1 && row.Values[0] == NoAccountable:
				row.Status = RACINoAccountable
			case len(row.Values) == 1:
				row.Status = RACIAgree
			case len(row.Sites) == 1:
				row.Status = RACIDisputed
			default:
				row.Status = RACIConflict
			}
			rows = append(rows, row)
		}
	}
	// Accountability first, then the most relevant controls; within
	// those, Annex A order is kept (the loop above runs in that order and
	// the sort is stable).
	order.Stable(within, func(a, b RACIDisagreement) int {
		return cmp.Or(cmp.Compare(disputeRank(a.On), disputeRank(b.On)), cmp.Compare(b.Control.Relevance, a.Control.Relevance))
	})
	return within, rows
}

func disputeRank(d Dispute) int {
	if d == DisputeAccountable {
		return 0
	}
	return 1
}

// AcrossSites counts the consolidated matrix rows filled at two or more
// sites, the only rows sites can agree or differ on, and splits them:
// every one of them either names the same single Accountable role at
// every site (agree), names different values (differ), or is filled
// without an Accountable role anywhere (none). agree+differ+none == filled.
func (s *Set) AcrossSites() (filled, agree, differ, none int) {
	for _, r := range s.RACI {
		if len(r.Sites) < 2 {
			continue
		}
		filled++
		switch r.Status {
		case RACIAgree:
			agree++
		case RACINoAccountable:
			none++
		default:
			differ++
		}
	}
	return filled, agree, differ, none
}

// SpreadText says how far apart the answers of d are: "3 levels apart"
// for a disagreement, whether it is on applicability, and for a smaller
// difference which kind. The view's badge and the consolidated CSV say it
// alike.
func (d Disagreement) SpreadText() string {
	switch {
	case d.Applicability && d.Spread >= MinSpread:
		return l10n.F("%d levels apart; another respondent rates it not applicable", d.Spread)
	case d.Applicability:
		return l10n.F("level %d against not applicable", d.High)
	case d.Spread >= MinSpread:
		return l10n.F("%d levels apart", d.Spread)
	case slices.ContainsFunc(d.Answers, Rated.notApplicable):
		return l10n.T("applicable or not")
	case d.Spread == 1:
		return l10n.T("one level apart")
	}
	return l10n.T("unknown against level 0")
}

// Text is RatingText for a respondent's answer, saying why "not
// applicable" counts as 0 where it does (Excluded).
func (r Rated) Text() string {
	if r.Excluded {
		return l10n.T("Not applicable (counts as 0: a requirement that cannot be excluded)")
	}
	return RatingText(r.Rating)
}

// RatingText names an answer in full, with how the comparison counts it:
// "2 – Defined", "Unknown (counts as 0)".
func RatingText(r assessment.Rating) string {
	switch r {
	case assessment.RatingUnknown:
		return l10n.T("Unknown (counts as 0)")
	case assessment.RatingNotApplicable:
		return l10n.T("Not applicable (not counted)")
	case assessment.RatingNone:
		return l10n.T("Not answered")
	}
	return string(r) + " \u2013 " + r.Label()
}
