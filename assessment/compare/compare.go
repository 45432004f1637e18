// Package compare consolidates several assessments, typically one per
// respondent of each plant, into the comparison a steering group needs:
// a site × area heat map, a drill-down per area, the questions on which
// respondents of the same site disagree, the ownership-matrix rows they
// fill in differently, the Accountable role each site names for every
// control, and one tidy CSV of everything.
//
// Like package assessment it imports neither syscall/js nor go-app, so every
// rule here is decided and tested natively.
package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// NoSite is the group of assessments whose profile names no site, as
// English names it; Site.Name is its translation in the current language
// (a site whose SiteKey is "" is that group, whatever the language).
const NoSite = "(no site)"

// SourceStored is the Entry.Source of an assessment loaded from the
// browser's storage rather than from a file.
const SourceStored = "stored"

// Entry is one assessment to compare and where it came from.
type Entry struct {
	Source   string // file name, or SourceStored
	A        assessment.Assessment
	Revision int // the stored revision, for a stored one; 0 for a file's
}

// Respondent is one assessment within its site.
type Respondent struct {
	Entry
	Name   string          // Profile.Respondent, else the assessment's name
	Role   assessment.Role // Profile.RespondentRole; may be empty
	Result assessment.Result
}

// Label names the respondent and the role they answered in, e.g.
// "Anna Berg (IT lead)".
func (r Respondent) Label() string {
	if r.Role == "" {
		return r.Name
	}
	return r.Name + " (" + assessment.RoleLabel(r.Role) + ")"
}

// Cell is a consolidated score: the mean of the scores of the respondents
// who have one. N counts them; without any, HasScore is false. Answered
// and Asked sum, over those respondents, the questions they answered (any
// answer, "unknown" and "not applicable" included) and the questions
// they were asked; Thin counts those of them whose own score there rests
// on fewer than MinAnsweredPercent of the questions asked them. A score
// resting on a few answers is not a site's position (see Partial).
type Cell struct {
	Score           float64
	N               int
	HasScore        bool
	Answered, Asked int
	Thin            int
}

// MinAnsweredPercent is the share of the questions asked, in percent,
// that must be answered for a cell's score to be set beside the others':
// below it the score is Partial.
const MinAnsweredPercent = 80

// Partial reports whether c has a score of which a part rests on fewer
// than MinAnsweredPercent of the questions asked: one respondent's thin
// answers are half of a two-respondent mean, however complete the other's.
// The heat map shows it without a band and Order does not rank it: a site
// that answered three questions of sixty would otherwise rank above one
// that answered all.
func (c Cell) Partial() bool { return c.HasScore && c.Thin > 0 }

// thin reports whether answered of asked questions fall short of
// MinAnsweredPercent.
func thin(answered, asked int) bool { return answered*100 < asked*MinAnsweredPercent }

// Site is one plant (or other site) in one round, and its respondents.
// The rounds of one site are separate Sites with the same SiteKey, next
// to each other, oldest first; Set.Trends compares them.
type Site struct {
	Key         string // grouping key of the site and round
	SiteKey     string // case- and space-insensitive key of the site alone
	Name        string // as first written, trimmed; NoSite (in the current language) when empty
	Round       string // the round's label (see splitRounds); "" when no respondent gives a round or date
	RoundDate   string // the earliest assessment date of the round, "" when none
	Respondents []Respondent
	Areas       []Cell // in Set.Areas order
	Overall     Cell
	// MinorDifferences counts the questions on which its respondents
	// answer differently without a Disagreement: one level apart, one
	// rating the question not applicable where another gives level 0 or 1
	// or "unknown", or "unknown" against level 0. A
	// consensus built without settling them takes the lowest answer given
	// (see assessment.BuildConsensus), so the facilitator must know they
	// are there.
	MinorDifferences int
	// Splits counts, per area in Set.Areas order, the questions its
	// respondents answer MinSpread or more levels apart or disagree on
	// applying (its Disagreements): a mean of 2 from answers of 0 and 4 is
	// not a site at level 2, nor is a 3 that another respondent calls not
	// applicable a site at level 3, and the heat map must not read as if
	// it were. Nil once the
	// round has a consensus, whose figures the heat map shows instead.
	Splits []int
	// ConsensusUnsettled is true when the round holds several consensus
	// assessments and the user has not chosen the one that counts (see
	// ConsensusConflict): none is among Respondents, and no new consensus
	// is to be recorded for the round either.
	ConsensusUnsettled bool
}

// SplitTotal sums Splits over the areas.
func (s Site) SplitTotal() int {
	n := 0
	for _, v := range s.Splits {
		n += v
	}
	return n
}

// Duplicate is an entry left out because an entry with the same assessment
// ID and the same content came first: the same assessment picked twice
// (stored and as a file, or one file twice) would otherwise count twice in
// every mean. Entries with the same ID and other content are a Conflict.
type Duplicate struct {
	ID, Source, KeptSource string
	Same                   bool // the content is the same: always true since content is compared
}

// ConsensusConflict is a round holding more than one consensus
// assessment. A round is settled by one consensus: averaging two would
// report levels that neither session agreed, and their dissent twice.
// Nor can the tool tell which one records the round's workshop: a
// consensus moved into the round by a changed site, date or round is the
// one saved last. So none counts until the user chooses
// (Choices.Consensus), and until then the round is compared on its
// respondents' own answers (Site.ConsensusUnsettled). Two reach one round
// that way, or when consensus files from two laptops are compared; the
// tool itself refuses to store a second one for a round it can see.
type ConsensusConflict struct {
	Key, Site, Round string  // the round (Site.Key), its site's name and label
	Versions         []Entry // its consensus assessments, in the order given
	Counted          int     // index into Versions of the one chosen; -1 until the user chooses
}

// Set is a consolidated comparison. Build it with New; it is read-only
// afterwards and safe to share between goroutines.
type Set struct {
	Areas      []assessment.Area
	Sites      []Site // sorted by name, NoSite last
	Duplicates []Duplicate
	// VersionConflicts lists the assessment IDs given in versions with
	// different content, and which version counts.
	VersionConflicts []VersionConflict
	// ConsensusConflicts lists the rounds holding more than one consensus
	// assessment, and which one counts (see ConsensusConflict).
	ConsensusConflicts []ConsensusConflict

	// Disagreements lists the questions on which respondents of one site
	// differ by MinSpread or more or disagree on whether they apply, most
	// serious first (see Disagreement).
	Disagreements []Disagreement
	// Minor lists the questions on which respondents of one site answer
	// differently without a Disagreement (see Site.MinorDifferences),
	// the weightiest questions first, each with every respondent's answer:
	// the facilitator may settle them as a disagreement, or leave the
	// consensus to take the lowest answer given.
	Minor []Disagreement
	// RACIDisagreements lists the matrix rows where respondents of one
	// site name different Accountable roles, then those where they name
	// the same but different Responsible roles; most relevant control
	// first within each.
	RACIDisagreements []RACIDisagreement
	// RACI is the consolidated matrix: every row that at least one site
	// filled, in Annex A and domain order. Across sites, each site counts
	// with its latest round only: rounds of one site differ in time, not
	// in opinion.
	RACI []RACIRow
	// HolderDisagreements lists the roles for which respondents of one
	// site and round name different holders in their role registers.
	HolderDisagreements []HolderDisagreement
	// Trends compares the rounds of each site assessed more than once.
	Trends []Trend
	// ProfileDifferences lists the scope fields on which respondents of
	// one site and round differ (see ProfileDifference).
	ProfileDifferences []ProfileDifference
}

// New groups entries by site and round and computes the whole comparison.
//
// Sites are grouped by Profile.Site with surrounding space trimmed, inner
// runs of space collapsed and case ignored; an empty site is NoSite.
// Within a site, assessments are grouped into rounds (see splitRounds and
// RoundGap): respondents are compared within their round, and the rounds
// of a site form its trend.
// Respondents within a site are ordered by role (RespondentRoles order),
// then name. Entries with one assessment ID count once: identical content
// is reported in Duplicates, different content in VersionConflicts, where
// the newer version counts (see NewWith).
func New(entries []Entry) *Set { return NewWith(entries, Choices{}) }

// NewWith is New with the user's choice of version for the conflicting
// assessment IDs; an ID not in choices counts its default version.
func NewWith(entries []Entry, choices Choices) *Set {
	s := &Set{Areas: assessment.Areas()}
	entries, s.Duplicates, s.VersionConflicts = resolve(entries, choices.Versions)
	bySite := map[string]int{}
	var groups [][]Entry
	for _, e := range entries {
		key, _ := siteKey(e.A.Profile.Site)
		i, ok := bySite[key]
		if !ok {
			i = len(groups)
			bySite[key] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], e)
	}
	for _, g := range groups {
		key, name := siteKey(g[0].A.Profile.Site)
		for _, r := range splitRounds(g) {
			site := Site{Key: key + "\x00" + r.key, SiteKey: key, Name: name, Round: r.label, RoundDate: r.date}
			entries, versions, counted := oneConsensus(r.entries, choices.Consensus[site.Key])
			for _, e := range entries {
				site.Respondents = append(site.Respondents, newRespondent(e))
			}
			if len(versions) > 0 {
				site.ConsensusUnsettled = counted < 0
				s.ConsensusConflicts = append(s.ConsensusConflicts, ConsensusConflict{Key: site.Key, Site: name, Round: r.label, Versions: versions, Counted: counted})
			}
			s.Sites = append(s.Sites, site)
		}
	}
	// Stable: the rounds of a site stay in the order splitRounds gave.
	order.Stable(s.Sites, func(a, b Site) int {
		if (a.SiteKey == "") != (b.SiteKey == "") {
			if a.SiteKey == "" {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.SiteKey, b.SiteKey)
	})
	for i := range s.Sites {
		site := &s.Sites[i]
		order.Stable(site.Respondents, compareRespondents)
		site.Areas, site.Overall = consolidate(site.Respondents, len(s.Areas))
	}
	s.Trends = trends(s.Sites, len(s.Areas))
	s.Disagreements = disagreements(s.Sites)
	areaIndex := map[string]int{}
	for i, a := range s.Areas {
		areaIndex[a.ID] = i
	}
	for _, d := range s.Disagreements {
		site := &s.Sites[d.Site]
		if site.hasConsensus() {
			continue
		}
		if site.Splits == nil {
			site.Splits = make([]int, len(s.Areas))
		}
		if i, ok := areaIndex[d.Question.Area]; ok {
			site.Splits[i]++
		}
	}
	s.ProfileDifferences = profileDifferences(s.Sites)
	s.Minor = minorDifferences(s.Sites, s.Disagreements)
	s.RACIDisagreements, s.RACI = consolidateRACI(s.Sites)
	s.HolderDisagreements = holderDisagreements(s.Sites)
	return s
}

// Assessments counts the assessments in the comparison.
func (s *Set) Assessments() int {
	n := 0
	for _, site := range s.Sites {
		n += len(site.Respondents)
	}
	return n
}

// siteKey returns the grouping key and the display name of a site. The
// key of no site is "", in every language; its name is NoSite's
// translation.
func siteKey(site string) (key, name string) {
	name = strings.Join(strings.Fields(site), " ")
	if name == "" {
		return "", l10n.T("(no site)") // NoSite
	}
	return strings.ToLower(name), name
}

func newRespondent(e Entry) Respondent {
	name := strings.TrimSpace(e.A.Profile.Respondent)
	if name == "" {
		name = strings.TrimSpace(e.A.Name)
	}
	if name == "" {
		name = l10n.T("Unnamed respondent")
	}
	return Respondent{
		Entry:  e,
		Name:   name,
		Role:   e.A.Profile.RespondentRole,
		Result: assessment.Score(e.A),
	}
}

func compareRespondents(a, b Respondent) int {
	return cmp.Or(
		cmp.Compare(roleIndex(a.Role), roleIndex(b.Role)),
		cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
		cmp.Compare(a.Source, b.Source),
		cmp.Compare(a.A.ID, b.A.ID),
	)
}

// roleIndex orders roles as RespondentRoles; no role or an unknown one
// comes last.
func roleIndex(r assessment.Role) int {
	if i := slices.Index(assessment.RespondentRoles, r); i >= 0 {
		return i
	}
	return len(assessment.RespondentRoles)
}

// oneConsensus returns a round's entries with at most one consensus
// assessment. With several, versions lists them all, in entry order, and
// only the one whose ID is chosen is kept (counted is its index in
// versions); none is kept, and counted is -1, while chosen names none of
// them. With one or none, versions is nil and entries are kept as given.
func oneConsensus(entries []Entry, chosen string) (kept, versions []Entry, counted int) {
	n := 0
	for _, e := range entries {
		if e.A.IsConsensus() {
			n++
		}
	}
	if n < 2 {
		return entries, nil, 0
	}
	counted = -1
	for _, e := range entries {
		if !e.A.IsConsensus() {
			kept = append(kept, e)
			continue
		}
		if e.A.ID == chosen && counted < 0 {
			counted = len(versions)
			kept = append(kept, e)
		}
		versions = append(versions, e)
	}
	return kept, versions, counted
}

// consolidate averages the respondents' area and overall scores. Only
// respondents with a score in an area count for it: a respondent who
// answered nothing there must not pull the site towards zero.
//
// A round with a consensus assessment is scored by its consensus alone:
// the agreed answers replace the respondents' own, which the consensus
// keeps as dissent.
func consolidate(rs []Respondent, areas int) ([]Cell, Cell) {
	cells := make([]Cell, areas)
	var overall Cell
	if i := slices.IndexFunc(rs, func(r Respondent) bool { return r.A.IsConsensus() }); i >= 0 {
		rs = slices.DeleteFunc(slices.Clone(rs), func(r Respondent) bool { return !r.A.IsConsensus() })
	}
	for _, r := range rs {
		answered, asked := 0, 0
		for i, as := range r.Result.Areas {
			answered, asked = answered+as.Answered, asked+as.Total
			if i < areas && as.HasScore {
				cells[i].Score += as.Score
				cells[i].N++
				cells[i].Answered += as.Answered
				cells[i].Asked += as.Total
				if thin(as.Answered, as.Total) {
					cells[i].Thin++
				}
			}
		}
		if r.Result.HasScore {
			overall.Score += r.Result.Overall
			overall.N++
			overall.Answered += answered
			overall.Asked += asked
			if thin(answered, asked) {
				overall.Thin++
			}
		}
	}
	for i := range cells {
		finish(&cells[i])
	}
	finish(&overall)
	return cells, overall
}

func finish(c *Cell) {
	if c.N > 0 {
		c.HasScore = true
		c.Score /= float64(c.N)
	}
}

// Sort keys of Order besides area IDs.
const (
	SortSite    = "site"
	SortOverall = "overall"
)

// Order returns the indices of s.Sites sorted by key: SortSite (by name),
// SortOverall, or an area ID (by that area's score). Sites whose score for
// the key is Partial come after those ranked, and sites without a score
// last, in either direction and by name; ties go by site name. An unknown
// key sorts by name.
func (s *Set) Order(key string, desc bool) []int {
	idx := make([]int, len(s.Sites))
	for i := range idx {
		idx[i] = i // s.Sites is already in name order
	}
	area := slices.IndexFunc(s.Areas, func(a assessment.Area) bool { return a.ID == key })
	cell := func(i int) Cell {
		if key == SortOverall {
			return s.Sites[i].Overall
		}
		return s.Sites[i].Areas[area]
	}
	if key != SortOverall && area < 0 {
		if desc {
			slices.Reverse(idx)
		}
		return idx
	}
	group := func(c Cell) int {
		switch {
		case !c.HasScore:
			return 2
		case c.Partial():
			return 1
		}
		return 0
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		ca, cb := cell(a), cell(b)
		if ga, gb := group(ca), group(cb); ga != gb || ga != 0 {
			return cmp.Compare(ga, gb) // name order within the unranked groups
		}
		c := cmp.Compare(ca.Score, cb.Score)
		if desc {
			c = -c
		}
		return c // equal scores keep name order
	})
	return idx
}

// Band is the heat band of a percentage score: 0 below 20, 1 below 40,
// 2 below 60, 3 below 80, 4 from 80. The view colours and marks cells by
// band; the number is always shown as well.
func Band(score float64) int {
	switch {
	case score < 20:
		return 0
	case score < 40:
		return 1
	case score < 60:
		return 2
	case score < 80:
		return 3
	}
	return 4
}
