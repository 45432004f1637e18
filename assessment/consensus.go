package assessment

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Agreement records how a consensus assessment reached its answer to one
// question, and keeps visible who answered otherwise: a consensus that
// hides its dissent would tell an auditor less than the respondents did.
type Agreement struct {
	// Agreed is true when the facilitator recorded the answer with the
	// respondents; false when nobody settled the difference and the
	// lowest answer was taken (see BuildConsensus).
	Agreed bool `json:"agreed,omitempty"`
	// Rationale is why the group settled on the answer, as the
	// facilitator wrote it.
	Rationale string `json:"rationale,omitempty"`
	// Dissent lists the respondents whose own answer differs from the
	// consensus answer, in the order they were given.
	Dissent []Dissent `json:"dissent,omitempty"`
}

// Dissent is one respondent's own answer where it differs from the
// consensus.
type Dissent struct {
	Respondent string `json:"respondent,omitempty"` // the respondent's name, as their profile gave it
	Role       Role   `json:"role,omitempty"`       // the role they answered in
	Rating     Rating `json:"rating,omitempty"`
}

// Label names the dissenting respondent with their role: "Anna Berg (IT
// lead)", or the role alone when the name was removed.
func (d Dissent) Label() string {
	name := strings.TrimSpace(d.Respondent)
	switch {
	case name == "" && d.Role == "":
		return "A respondent"
	case name == "":
		return RoleLabel(d.Role)
	case d.Role == "":
		return name
	}
	return name + " (" + RoleLabel(d.Role) + ")"
}

// Decision is the facilitator's record for one disagreement: the answer
// the respondents agreed on and why.
type Decision struct {
	Rating    Rating
	Rationale string
}

// IsConsensus reports whether a is a consensus assessment.
func (a Assessment) IsConsensus() bool { return len(a.Consensus) > 0 }

// BuildConsensus builds the consensus assessment of one site and round
// from the assessments of its respondents (in the order given) and the
// facilitator's decisions, by question ID. The record is new (id, stamped
// now) and takes its profile from the first respondent, without the
// respondent's name and role: the consensus is the group's.
//
// For each question of the bank:
//   - a decision with a rating is the answer, Agreed, with its rationale;
//   - otherwise, when every respondent who answered gave the same rating,
//     that rating is the answer;
//   - otherwise the lowest counted answer is taken ("unknown" counting as
//     level 0, "not applicable" only when nobody gave a level): an
//     auditor credits the weaker evidence until the stronger is shown.
//
// Every respondent whose rating differs from the answer is kept in the
// question's Dissent. Owners and target dates carry over only when all
// who answered agree on them; notes do not carry over, they are each
// respondent's own. Matrix rows carry over when every respondent who
// filled the row filled it alike; a row filled differently is left empty
// for the group to decide in the matrix. The role register and the
// authority table carry over the same way, role by role and row by row
// (a holder named alike, ignoring case and spacing, keeps the first
// respondent's spelling and deputy and confirmation only when those agree
// too).
func BuildConsensus(id string, now time.Time, from []Assessment, decided map[string]Decision) Assessment {
	a := New(id, now)
	if len(from) == 0 {
		return a
	}
	a.Profile = from[0].Profile
	a.Profile.Respondent, a.Profile.RespondentRole = "", ""
	a.Name = consensusName(a.Profile)
	a.Consensus = map[string]Agreement{}
	for _, q := range Questions() {
		var given []int // indices into from of those who answered
		for i, f := range from {
			if f.Answers[q.ID].Rating != RatingNone {
				given = append(given, i)
			}
		}
		d, isDecided := decided[q.ID]
		isDecided = isDecided && d.Rating != RatingNone && d.Rating.Valid()
		if len(given) == 0 && !isDecided {
			continue
		}
		var ans Answer
		ag := Agreement{}
		switch {
		case isDecided:
			ans.Rating = d.Rating
			ag.Agreed, ag.Rationale = true, strings.TrimSpace(d.Rationale)
		default:
			ans.Rating = lowestRating(from, given, q.ID)
		}
		owner, target := from[given0(given)].Answers[q.ID].Owner, from[given0(given)].Answers[q.ID].Target
		for _, i := range given {
			o := from[i].Answers[q.ID]
			if o.Owner != owner {
				owner = ""
			}
			if o.Target != target {
				target = ""
			}
			if o.Rating != ans.Rating {
				ag.Dissent = append(ag.Dissent, Dissent{Respondent: strings.TrimSpace(from[i].Profile.Respondent), Role: from[i].Profile.RespondentRole, Rating: o.Rating})
			}
		}
		if len(given) > 0 {
			ans.Owner, ans.Target = owner, target
		}
		a.Answers[q.ID] = ans
		if ag.Agreed || len(ag.Dissent) > 0 {
			a.Consensus[q.ID] = ag
		}
	}
	if len(a.Consensus) == 0 {
		// Still a consensus: mark it with an empty agreement on the first
		// answered question so that IsConsensus holds.
		for _, q := range Questions() {
			if _, ok := a.Answers[q.ID]; ok {
				a.Consensus[q.ID] = Agreement{}
				break
			}
		}
	}
	for _, k := range sortedKeys(unionMatrix(from)) {
		var row RACI
		same := true
		for _, f := range from {
			r := f.Matrix[k]
			if len(r) == 0 {
				continue
			}
			if row == nil {
				row = r
			} else if !maps.Equal(row, r) {
				same = false
			}
		}
		if same && len(row) > 0 {
			a.Matrix[k] = maps.Clone(row)
		}
	}
	a.Holders = agreedHolders(from)
	a.Authority = agreedAuthority(from)
	return a
}

// agreedHolders is the role register every respondent who named a holder
// agrees on, role by role; nil when none. A deputy or a confirmation date
// carries over only when all who gave one agree on it.
func agreedHolders(from []Assessment) map[Role]Holder {
	var out map[Role]Holder
	for _, r := range RACIRoles {
		var h Holder
		same, first := true, true
		for _, f := range from {
			x := f.Holders[r]
			if x.Name == "" {
				continue
			}
			if first {
				h, first = x, false
				continue
			}
			if PersonKey(x.Name) != PersonKey(h.Name) {
				same = false
				break
			}
			if x.Deputy != "" && PersonKey(x.Deputy) != PersonKey(h.Deputy) {
				h.Deputy = ""
			}
			if x.Confirmed != h.Confirmed {
				h.Confirmed = ""
			}
		}
		if !same || first {
			continue
		}
		if out == nil {
			out = map[Role]Holder{}
		}
		out[r] = h
	}
	return out
}

// agreedAuthority is the authority table every respondent who filled a
// row agrees on, row by row; nil when none.
func agreedAuthority(from []Assessment) map[AuthorityKey]Authority {
	var out map[AuthorityKey]Authority
	for _, l := range RiskLevels {
		for _, c := range RiskContexts {
			k := AuthorityKey{Level: l, Context: c}
			var v Authority
			same, first := true, true
			for _, f := range from {
				x, ok := f.Authority[k]
				if !ok || x.IsZero() {
					continue
				}
				if first {
					v, first = x, false
					continue
				}
				if x.Accept != v.Accept || x.MaxMonths != v.MaxMonths || x.Escalate != v.Escalate || !slices.Equal(x.Consult, v.Consult) {
					same = false
					break
				}
			}
			if !same || first {
				continue
			}
			if out == nil {
				out = map[AuthorityKey]Authority{}
			}
			v.Consult = slices.Clone(v.Consult)
			out[k] = v
		}
	}
	return out
}

func given0(given []int) int {
	if len(given) == 0 {
		return 0
	}
	return given[0]
}

func unionMatrix(from []Assessment) Matrix {
	m := Matrix{}
	for _, f := range from {
		for k, r := range f.Matrix {
			if len(r) > 0 {
				m[k] = r
			}
		}
	}
	return m
}

// lowestRating returns the lowest counted rating of question id among the
// respondents given: a level, "unknown" as level 0 (below level 0 itself,
// since it says less), and "not applicable" only when nobody counted.
func lowestRating(from []Assessment, given []int, id string) Rating {
	best, rank := RatingNone, 100
	for _, i := range given {
		r := from[i].Answers[id].Rating
		k := 50 // not applicable
		if lvl, ok := r.Level(); ok {
			k = lvl + 1
		} else if r == RatingUnknown {
			k = 0
		}
		if k < rank {
			best, rank = r, k
		}
	}
	return best
}

// consensusName names a consensus assessment after its site and round.
func consensusName(p Profile) string {
	parts := []string{"Consensus"}
	if s := strings.TrimSpace(p.Site); s != "" {
		parts = append(parts, s)
	}
	if _, label := RoundOf(p); label != "" {
		parts = append(parts, label)
	}
	name := strings.Join(parts, " \u2013 ")
	if utf8.RuneCountInString(name) > MaxNameLen {
		name = string([]rune(name)[:MaxNameLen])
	}
	return name
}

// validateConsensus checks the agreements of a consensus assessment: each
// is keyed by a question of the bank and holds text within the limits.
func validateConsensus(c map[string]Agreement, questions map[string]bool) error {
	for _, id := range slices.Sorted(maps.Keys(c)) {
		ag := c[id]
		if !questions[id] {
			return fmt.Errorf("consensus %q: unknown question", id)
		}
		if err := maxLen("consensus "+id+" rationale", ag.Rationale, MaxTextLen); err != nil {
			return err
		}
		for _, d := range ag.Dissent {
			if err := maxLen("consensus "+id+" respondent", d.Respondent, MaxNameLen); err != nil {
				return err
			}
			if d.Role != "" && !ValidRole(d.Role) {
				return fmt.Errorf("consensus %q: unknown role %q", id, d.Role)
			}
			if !d.Rating.Valid() {
				return fmt.Errorf("consensus %q: rating %q is not valid", id, d.Rating)
			}
		}
	}
	return nil
}

// Sanitise returns a copy of a fit to share outside the assessment team:
// without person names (assessor, respondent, the respondents named in
// the consensus dissent), notes (answers and retired answers, consensus
// rationales) and other free text that may name people (the assessment's
// name, which becomes a neutral one, and the organisation's own role
// titles, which fall back to the default labels). What the assessment is
// about is kept: organisation, site, sector, round, dates, ratings,
// owners (roles, not people), targets and the matrix. The role register
// keeps its shape with the names replaced (see PseudonymiseHolders), and
// the authority table, which holds roles only, is kept.
func Sanitise(a Assessment) Assessment {
	out := a
	out.Holders = PseudonymiseHolders(a.Holders)
	out.Name = "Assessment without names and notes"
	out.Profile.Assessor, out.Profile.Respondent = "", ""
	out.RoleNames = nil
	out.Answers = withoutNotes(a.Answers)
	out.Retired = withoutNotes(a.Retired)
	out.Plan = planWithoutText(a.Plan)
	if a.Consensus != nil {
		out.Consensus = make(map[string]Agreement, len(a.Consensus))
		for id, ag := range a.Consensus {
			ag.Rationale = ""
			ds := make([]Dissent, len(ag.Dissent))
			for i, d := range ag.Dissent {
				d.Respondent = ""
				ds[i] = d
			}
			if len(ds) == 0 {
				ds = nil
			}
			ag.Dissent = ds
			out.Consensus[id] = ag
		}
	}
	return out
}

// sanitisedTask stands for the text of an action the team added, which
// is free text and so removed for sharing; status and due date stay.
const sanitisedTask = "Action added by the assessment team (its text was removed for sharing)."

// planWithoutText is the plan p without named owners and the team's own
// task texts: a generated action goes back to the tool's text, an added
// one keeps a placeholder. Entries left with nothing to change go.
func planWithoutText(p map[string]PlanEntry) map[string]PlanEntry {
	if p == nil {
		return nil
	}
	out := make(map[string]PlanEntry, len(p))
	for id, e := range p {
		e.Person, e.Text = "", ""
		if IsAddedAction(id) {
			e.Text = sanitisedTask
		}
		if !e.IsZero() {
			out[id] = e
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func withoutNotes(m map[string]Answer) map[string]Answer {
	if m == nil {
		return nil
	}
	out := make(map[string]Answer, len(m))
	for id, ans := range m {
		ans.Note = ""
		if !ans.IsZero() {
			out[id] = ans
		}
	}
	return out
}
