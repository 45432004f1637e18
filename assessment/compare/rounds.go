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
	Unlike Unlike
	// Roles are the respondent roles whose scores the step sets against
	// each other when the two rounds were answered by different sets of
	// roles that share some. OnlyFrom and OnlyTo are the roles that
	// answered in one round only. All three are nil when both rounds have
	// the same roles. Findings and actions are judged on every respondent
	// of both rounds all the same: what a role that did not answer again
	// raised is not re-assessed, never closed.
	Roles, OnlyFrom, OnlyTo []assessment.Role
	// OwnAnswers is set when a round has a consensus: the step then sets
	// the respondents' own assessments against each other, since a
	// consensus does not keep each role's own answers.
	OwnAnswers bool
	// FromScores and ToScores are the scores the step sets against each
	// other: the rounds' own (Site.Areas, Site.Overall), or, with Roles,
	// those of the respondents in Roles.
	FromScores, ToScores Scores
	Areas                []Change // in Set.Areas order
	Overall              Change
	// Unrated counts the questions a role rated in the earlier round and
	// does not rate in the later: the change of score then sets partly
	// different answers against each other.
	Unrated int
	// ProfileChanges says which scope fields of the profile changed
	// between the rounds ("IT/OT connectivity: Integrated → Brokered").
	// With UnlikeScope they changed what is asked or checked; otherwise
	// the rounds are still compared, and the change is to be read with
	// them.
	ProfileChanges []string
	// Closed are the findings raised in the earlier round that the later
	// round re-assessed and no longer raises (see reassessed).
	// NotReassessed are those the later round no longer raises without
	// that: a question left unanswered, rated "not applicable" or no
	// longer asked, a role that did not answer again, or rounds that are
	// not alike. Opened are raised in the later round and not in the
	// earlier; when the rounds' roles differ, not those only a newly
	// joined role raises (NewRoleRaised). A round's findings are its
	// consensus assessment's when it has one, else every finding any of
	// its respondents raises; the respondents' own assessments decide
	// whether a finding was re-assessed.
	Closed, NotReassessed, Opened []assessment.Finding
	// Overruled are raised in a respondent's own answers in the later
	// round, but not by its consensus nor in the earlier round: the group
	// settled them otherwise (the consensus's results give the rationale).
	Overruled []assessment.Finding
	// NewRoleRaised are raised in the later round, not in the earlier,
	// and only by roles that did not answer in the earlier round
	// (OnlyTo): not necessarily new, as nobody in those roles was asked
	// before. Empty when the rounds are not alike, where Opened lists
	// them. NewRoles are the joined roles that raise them.
	NewRoleRaised []assessment.Finding
	NewRoles      []assessment.Role
	// Persisting are raised in both rounds: the earlier round's findings
	// that the later round still raises, as the later round words them,
	// the most severe first, then the longest raised.
	Persisting []Repeat
	// Actions is what became of the actions open or in progress in the
	// earlier round's plan (see ActionProgress).
	Actions ActionProgress
}

// Scores are a round's consolidated scores, as a trend step compares them.
type Scores struct {
	Areas   []Cell // in Set.Areas order
	Overall Cell
}

// Unlike is why two rounds of a site cannot be set against each other.
type Unlike string

const (
	// LikeRounds: the respondents of the two rounds share at least one
	// role (see TrendStep.Roles), and the same questions are asked and the
	// same checks apply in both.
	LikeRounds Unlike = ""
	// UnlikeRespondents: no respondent role answered in both rounds. A
	// finding one OT lead raised is not closed because the follow-up
	// asked only the IT lead.
	UnlikeRespondents Unlike = "respondents"
	// UnlikeParticipants: a round rests on a consensus whose respondents
	// are not in the comparison. A consensus does not record who reached
	// it, so the trend compares respondents' own assessments (ISO/IEC
	// 27001 9.1 asks for results that are comparable), and here it has
	// none.
	UnlikeParticipants Unlike = "participants"
	// UnlikeScope: the profile changed between the rounds so that other
	// questions are asked or other checks apply (GMP, safety-critical,
	// NIS2, one or several plants, the model in use): a finding can then
	// vanish without any change on the plant floor.
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

// roundRoles returns the roles the respondents of a round answered in,
// sorted and each once.
func roundRoles(s Site) []assessment.Role {
	var roles []assessment.Role
	for _, r := range s.Respondents {
		if !slices.Contains(roles, r.Role) {
			roles = append(roles, r.Role)
		}
	}
	slices.Sort(roles)
	return roles
}

// onlyRoles returns the site with only its respondents in roles.
func onlyRoles(s Site, roles []assessment.Role) Site {
	s.Respondents = slices.DeleteFunc(slices.Clone(s.Respondents), func(r Respondent) bool { return !slices.Contains(roles, r.Role) })
	return s
}

// ownAnswers returns the site with its consensus assessment left out.
func ownAnswers(s Site) Site {
	s.Respondents = slices.DeleteFunc(slices.Clone(s.Respondents), func(r Respondent) bool { return r.A.IsConsensus() })
	return s
}

// alike works out whether rounds a and b can be set against each other,
// and returns the rounds to judge: a and b, or, when one has a consensus,
// both with their respondents' own assessments only (st.OwnAnswers).
func alike(a, b Site, st *TrendStep) (Site, Site) {
	if a.hasConsensus() || b.hasConsensus() {
		oa, ob := ownAnswers(a), ownAnswers(b)
		if len(oa.Respondents) == 0 || len(ob.Respondents) == 0 {
			// Nothing to judge but the rounds as they are, and nothing
			// counts as closed between them.
			st.Unlike = UnlikeParticipants
			return a, b
		}
		st.OwnAnswers, a, b = true, oa, ob
	}
	ra, rb := roundRoles(a), roundRoles(b)
	common := slices.DeleteFunc(slices.Clone(ra), func(r assessment.Role) bool {
		// Respondents who gave no role share one only when the same
		// person answered in both rounds.
		return !slices.Contains(rb, r) || (r == "" && !samePersonWithoutRole(a, b))
	})
	if len(common) == 0 {
		st.Unlike, st.OnlyFrom, st.OnlyTo = UnlikeRespondents, ra, rb
		return a, b
	}
	if !slices.Equal(ra, rb) || len(common) != len(ra) {
		st.Roles = common
		st.OnlyFrom = slices.DeleteFunc(slices.Clone(ra), func(r assessment.Role) bool { return slices.Contains(common, r) })
		st.OnlyTo = slices.DeleteFunc(slices.Clone(rb), func(r assessment.Role) bool { return slices.Contains(common, r) })
	}
	var scope bool
	st.ProfileChanges, scope = profileChanges(a, b, common)
	if scope {
		st.Unlike = UnlikeScope
	}
	return a, b
}

// samePersonWithoutRole reports whether a respondent who gave no role in
// round a answered in round b too, under the same name (or, neither
// naming themselves, as the one anonymous respondent the tool can tell).
func samePersonWithoutRole(a, b Site) bool {
	for _, ra := range a.Respondents {
		if k := assessment.PersonKey(ra.A.Profile.Respondent); ra.Role == "" &&
			slices.ContainsFunc(b.Respondents, func(rb Respondent) bool {
				return rb.Role == "" && assessment.PersonKey(rb.A.Profile.Respondent) == k
			}) {
			return true
		}
	}
	return false
}

// Consensus returns the round's consensus assessment, as a respondent of
// the site, if one of its assessments is one.
func (s Site) Consensus() (Respondent, bool) {
	if i := slices.IndexFunc(s.Respondents, func(r Respondent) bool { return r.A.IsConsensus() }); i >= 0 {
		return s.Respondents[i], true
	}
	return Respondent{}, false
}

// hasConsensus reports whether one of the round's assessments is a
// consensus assessment.
func (s Site) hasConsensus() bool {
	_, ok := s.Consensus()
	return ok
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

// roleFindings are the findings one assessment of a round raises, with the
// role it answered in ("" for a consensus).
type roleFindings struct {
	role     assessment.Role
	person   string // the respondent's PersonKey, for one who gave no role
	findings []assessment.Finding
}

// findingsByRole returns the findings of each assessment a round rests on.
func findingsByRole(s Site) []roleFindings {
	as := basisOf(s)
	out := make([]roleFindings, len(as))
	for i, a := range as {
		out[i] = roleFindings{role: respondentRole(a), person: assessment.PersonKey(a.Profile.Respondent), findings: assessment.Findings(a)}
	}
	return out
}

// respondentRole is the role a counted assessment answered in: its
// respondent's, or "" for a consensus, which answers for the round.
func respondentRole(a assessment.Assessment) assessment.Role {
	if a.IsConsensus() {
		return ""
	}
	return a.Profile.RespondentRole
}

// reassessed reports whether the later round looked again at what raised
// f in the earlier one: for each earlier assessment that raised it, an
// assessment of the later round in the same role asks and rates each of
// the questions behind it at a level (0 to 4) and fills each of its
// matrix rows. Another role's word does not close the OT lead's finding,
// and a respondent who gave no role is matched only by their name (Anna's
// finding is not closed by Jens). A finding raised by neither questions
// nor rows (the role register, the authority table, the matrix as a
// whole) rests on records every assessment holds, so the same role's
// assessment suffices. A finding no
// earlier assessment raised (a consensus agreed a lower answer than any
// respondent gave) needs some later assessment to have looked again.
func reassessed(f assessment.Finding, before []roleFindings, after []assessment.Assessment) bool {
	raised := false
	for _, rf := range before {
		if !hasFinding(rf.findings, f.ID) {
			continue
		}
		raised = true
		if !slices.ContainsFunc(after, func(a assessment.Assessment) bool {
			return sameRespondentRole(rf, a) && lookedAgain(f, a)
		}) {
			return false
		}
	}
	return raised || slices.ContainsFunc(after, func(a assessment.Assessment) bool { return lookedAgain(f, a) })
}

// sameRespondentRole reports whether a answered in the role of rf: the
// same role, or, for a respondent who gave none, the same named person.
func sameRespondentRole(rf roleFindings, a assessment.Assessment) bool {
	if respondentRole(a) != rf.role {
		return false
	}
	return rf.role != "" || assessment.PersonKey(a.Profile.Respondent) == rf.person
}

// lookedAgain reports whether a asks and rates at a level every question
// behind f and fills every matrix row behind it.
func lookedAgain(f assessment.Finding, a assessment.Assessment) bool {
	for _, id := range f.Questions {
		q, ok := assessment.QuestionByID(id)
		if _, rated := a.Answers[id].Rating.Level(); !ok || !rated || assessment.SkipReason(q, a) != "" {
			return false
		}
	}
	for _, k := range f.Cells {
		if len(a.Matrix[k]) == 0 {
			return false
		}
	}
	return true
}

// unrated counts the questions a role asked and rated in round a and does
// not rate in round b.
func unrated(a, b []assessment.Assessment) int {
	rated := func(as []assessment.Assessment, role assessment.Role, q assessment.Question) bool {
		return slices.ContainsFunc(as, func(x assessment.Assessment) bool {
			return respondentRole(x) == role && x.Answers[q.ID].Rating != assessment.RatingNone && assessment.SkipReason(q, x) == ""
		})
	}
	n := 0
	for _, q := range assessment.Questions() {
		if slices.ContainsFunc(a, func(x assessment.Assessment) bool {
			return rated(a, respondentRole(x), q) && !rated(b, respondentRole(x), q)
		}) {
			n++
		}
	}
	return n
}

// profileChanges lists the scope fields whose value differs, role by
// role, between the first assessment of each shared role in rounds a and
// b ("OT / automation lead: GMP …: yes → no" when the roles' profiles
// differ, without the role when all say the same), and tells whether that
// changes which questions the profile asks or whether the GMP and safety
// checks apply. Questions skipped because of an earlier answer do not
// count: that is the answer's doing, not the profile's.
func profileChanges(a, b Site, roles []assessment.Role) (changes []string, scope bool) {
	first := func(s Site, role assessment.Role) assessment.Assessment {
		i := slices.IndexFunc(s.Respondents, func(r Respondent) bool { return r.Role == role })
		return s.Respondents[i].A
	}
	asked := func(x assessment.Assessment) []string {
		x.Answers = nil
		var ids []string
		for _, q := range assessment.Asked(x) {
			ids = append(ids, q.ID)
		}
		return ids
	}
	perRole := map[assessment.Role][]string{}
	fields := assessment.ScopeFields()
	for _, role := range roles {
		pa, pb := first(a, role), first(b, role)
		for _, f := range fields {
			if va, vb := f.Display(&pa.Profile), f.Display(&pb.Profile); va != vb {
				perRole[role] = append(perRole[role], f.Label+": "+va+" \u2192 "+vb)
			}
		}
		if pa.Profile.Validated != pb.Profile.Validated || pa.Profile.SafetyCritical != pb.Profile.SafetyCritical || !slices.Equal(asked(pa), asked(pb)) {
			scope = true
		}
	}
	same := true
	for _, role := range roles[1:] {
		same = same && slices.Equal(perRole[role], perRole[roles[0]])
	}
	if same {
		changes = perRole[roles[0]]
	} else {
		for _, role := range roles {
			for _, c := range perRole[role] {
				changes = append(changes, RoleList([]assessment.Role{role})+": "+c)
			}
		}
	}
	if scope && len(changes) == 0 {
		// The model in use can come from the matrix preset (see
		// ModelInUse), which no scope field shows.
		changes = append(changes, l10n.T("the ownership model in use, taken from the matrix preset"))
	}
	return changes, scope
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
				if k > i {
					t.Steps = append(t.Steps, trendStep(sites, k-1, k, areas))
					n := len(t.Steps)
					if n > 1 {
						repeatsSince(&t.Steps[n-2], &t.Steps[n-1])
					}
					sortRepeats(t.Steps[n-1].Persisting)
				}
			}
			out = append(out, t)
		}
		i = j
	}
	return out
}

// Repeat is a finding of TrendStep.Persisting: raised in both rounds of
// a step.
type Repeat struct {
	assessment.Finding
	// Since is the first of the site's consecutive rounds, up to the
	// step's later one, that each raise the finding (an index into
	// Set.Sites): the step's earlier round, or one before it.
	Since int
	// Done are the IDs of the actions on the finding's questions (those
	// of any of the later round's assessments that raise it) that the
	// later round's plan marks done (ActionProgress.Done): work reported
	// that the answers behind the finding do not bear out.
	Done []string
	// Pending and Dropped are the IDs of the actions on the finding's
	// questions in either round that were open in the earlier round's
	// plan and are still open or in progress in the later one
	// (ActionProgress.Pending), or that the later plan no longer holds
	// (ActionProgress.Gone). DoneBefore and DroppedBefore are those the
	// earlier plan already marked done, or had dropped
	// (ActionProgress.EarlierDone and EarlierDropped): work reported done
	// that did not remove the finding, or a decision not to act. (A
	// question below the target level always has a generated action, so
	// a finding that rests on answers has one in some state.) A repeat
	// finding whose work was dropped calls for a decision on record: act on it
	// (10.2 a)), or, for a security risk rather than a requirement of the
	// standard left unmet, have the role entitled to accept it accept
	// what remains (6.1.3 f)).
	Pending, Dropped          []string
	DoneBefore, DroppedBefore []string
	// Earlier is the finding as the earlier round raised it. Its Title
	// differs from the later one's when the evidence behind it changed:
	// from "not established whether" to a confirmed gap, or from missing
	// to case by case.
	Earlier assessment.Finding
	// OtherRoles is set when the rounds were answered by different sets
	// of roles and no role that answered in both raises the finding in
	// both: it is raised again, but not on the same role's word, so not
	// necessarily a repeat.
	OtherRoles bool
}

// trendStep sets round to of a site against round from.
func trendStep(sites []Site, from, to, areas int) TrendStep {
	st := TrendStep{From: from, To: to}
	a, b := alike(sites[from], sites[to], &st)
	if st.Roles == nil && !st.OwnAnswers {
		st.FromScores = Scores{Areas: a.Areas, Overall: a.Overall}
		st.ToScores = Scores{Areas: b.Areas, Overall: b.Overall}
	} else {
		sa, sb := a, b
		if st.Roles != nil {
			sa, sb = onlyRoles(a, st.Roles), onlyRoles(b, st.Roles)
		}
		st.FromScores.Areas, st.FromScores.Overall = consolidate(sa.Respondents, areas)
		st.ToScores.Areas, st.ToScores.Overall = consolidate(sb.Respondents, areas)
	}
	like := st.Unlike == LikeRounds
	st.Areas = make([]Change, areas)
	if like {
		st.Overall = change(st.FromScores.Overall, st.ToScores.Overall)
		for k := range areas {
			st.Areas[k] = change(st.FromScores.Areas[k], st.ToScores.Areas[k])
		}
	}
	// Findings and actions on every respondent of both rounds: a role
	// that did not answer again leaves what it raised not re-assessed.
	before, after := basisOf(a), basisOf(b)
	st.Unrated = unrated(before, after)
	byRole, nextByRole := findingsByRole(a), findingsByRole(b)
	// A round's findings are its consensus's when it has one: the
	// group's agreed position. The respondents' own answers then show only
	// whether a finding was looked at again, and whose answers raise it.
	prev, cur := roundFindings(byRole), roundFindings(nextByRole)
	if c, ok := sites[from].Consensus(); ok {
		prev = assessment.Findings(c.A)
	}
	if c, ok := sites[to].Consensus(); ok {
		own := cur
		cur = assessment.Findings(c.A)
		st.Overruled = findingsDiff(findingsDiff(own, cur), prev)
	}
	for _, f := range findingsDiff(prev, cur) {
		if like && reassessed(f, byRole, after) {
			st.Closed = append(st.Closed, f)
		} else {
			st.NotReassessed = append(st.NotReassessed, f)
		}
	}
	// New only where nobody raised it before; and when the rounds' roles
	// differ, not what only a newly joined role raises, which may have
	// been there all along, unasked.
	st.Opened = findingsDiff(cur, prev)
	if like && st.Roles != nil {
		opened := st.Opened
		st.Opened = nil
		for _, f := range opened {
			if raisedIn(nextByRole, st.OnlyTo, f.ID) && !raisedIn(nextByRole, st.Roles, f.ID) {
				st.NewRoleRaised = append(st.NewRoleRaised, f)
			} else {
				st.Opened = append(st.Opened, f)
			}
		}
		for _, role := range st.OnlyTo {
			if slices.ContainsFunc(st.NewRoleRaised, func(f assessment.Finding) bool { return raisedIn(nextByRole, []assessment.Role{role}, f.ID) }) {
				st.NewRoles = append(st.NewRoles, role)
			}
		}
	}
	st.Actions = actionProgress(roundPlan(sites[from], a), roundPlan(sites[to], b), like)
	st.Persisting = repeats(prev, cur, byRole, nextByRole, st)
	return st
}

// repeats returns the findings of cur that prev raised too (see
// TrendStep.Persisting), with what became of the actions on them in st.
func repeats(prev, cur []assessment.Finding, byRole, nextByRole []roleFindings, st TrendStep) []Repeat {
	var out []Repeat
	for _, f := range cur {
		j := slices.IndexFunc(prev, func(g assessment.Finding) bool { return g.ID == f.ID })
		if j < 0 {
			continue
		}
		r := Repeat{Finding: f, Since: st.From, Earlier: prev[j]}
		later := findingQuestions(f, nextByRole)
		both := append(findingQuestions(prev[j], byRole), later...)
		on := func(questions []string, acts []ActionChange) (ids []string) {
			for _, act := range acts {
				if slices.Contains(questions, act.ID) {
					ids = append(ids, act.ID)
				}
			}
			return ids
		}
		ap := st.Actions
		r.Done, r.Pending, r.Dropped = on(later, ap.Done), on(both, ap.Pending), on(both, ap.Gone)
		for _, id := range ap.EarlierDone {
			if slices.Contains(both, id) {
				r.DoneBefore = append(r.DoneBefore, id)
			}
		}
		for _, id := range ap.EarlierDropped {
			if slices.Contains(both, id) {
				r.DroppedBefore = append(r.DroppedBefore, id)
			}
		}
		if st.Roles != nil {
			r.OtherRoles = !slices.ContainsFunc(st.Roles, func(role assessment.Role) bool {
				return raisedIn(byRole, []assessment.Role{role}, f.ID) && raisedIn(nextByRole, []assessment.Role{role}, f.ID)
			})
		}
		out = append(out, r)
	}
	return out
}

// findingQuestions returns the questions behind finding f: its own and
// those of the same finding in each assessment of rfs.
func findingQuestions(f assessment.Finding, rfs []roleFindings) []string {
	questions := slices.Clone(f.Questions)
	for _, rf := range rfs {
		if i := slices.IndexFunc(rf.findings, func(g assessment.Finding) bool { return g.ID == f.ID }); i >= 0 {
			questions = append(questions, rf.findings[i].Questions...)
		}
	}
	return questions
}

// sortRepeats orders repeats the most severe first, then the longest
// raised; it runs once each Since is known (see repeatsSince).
func sortRepeats(rs []Repeat) {
	slices.SortStableFunc(rs, func(x, y Repeat) int {
		return cmp.Or(cmp.Compare(x.Severity.Rank(), y.Severity.Rank()), cmp.Compare(x.Since, y.Since))
	})
}

// repeatsSince sets each Repeat.Since of step to that of the step before
// it when the finding persisted there too: it has then been raised in
// every round since that step's Since.
func repeatsSince(before *TrendStep, step *TrendStep) {
	for i, r := range step.Persisting {
		j := slices.IndexFunc(before.Persisting, func(p Repeat) bool { return p.ID == r.ID })
		if j >= 0 {
			step.Persisting[i].Since = before.Persisting[j].Since
		}
	}
}

// raisedIn reports whether an assessment of rfs answered in one of roles
// raises the finding id.
func raisedIn(rfs []roleFindings, roles []assessment.Role, id string) bool {
	return slices.ContainsFunc(rfs, func(rf roleFindings) bool { return slices.Contains(roles, rf.role) && hasFinding(rf.findings, id) })
}

// hasFinding reports whether fs holds the finding id.
func hasFinding(fs []assessment.Finding, id string) bool {
	return slices.ContainsFunc(fs, func(f assessment.Finding) bool { return f.ID == id })
}

// roundFindings returns the findings of a round's assessments (see
// TrendStep.Closed), each finding once.
func roundFindings(byRole []roleFindings) []assessment.Finding {
	var out []assessment.Finding
	for _, rf := range byRole {
		for _, f := range rf.findings {
			if !hasFinding(out, f.ID) {
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
		if !hasFinding(b, f.ID) {
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
