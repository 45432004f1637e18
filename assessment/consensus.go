package assessment

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
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
	// Changed is set when the consensus's answer was changed after the
	// consensus was stored (see MarkChangesAfterSession); SessionAnswer
	// is then the answer it held when stored (RatingNone for none). The
	// fields above still say what the session decided, and whose answers
	// differed from SessionAnswer, not from the answer now.
	Changed       bool   `json:"changed,omitempty"`
	SessionAnswer Rating `json:"sessionAnswer,omitempty"`
	// ChangedOn is the day (YYYY-MM-DD) of the last change while
	// Changed, and ChangeReason why it was changed, as the assessor
	// wrote it: documented information records when and why it was
	// changed (ISO/IEC 27001 7.5.3).
	ChangedOn    string `json:"changedOn,omitempty"`
	ChangeReason string `json:"changeReason,omitempty"`
}

// KeepChangesAfterSession returns imported, a consensus read from a file
// to replace the stored record stored, with each answer and matrix row
// that differs from what the consensus held when stored marked as changed
// on day (see MarkChangesAfterSession): a file edited in a spreadsheet,
// or stripped of its changed rows, does not wipe the marks. The marks the
// stored record holds come first; then whatever the file changed against
// it. Unless both are consensus assessments, imported is returned as is.
func KeepChangesAfterSession(stored, imported Assessment, day string) Assessment {
	if !stored.IsConsensus() || !imported.IsConsensus() {
		return imported
	}
	cons := maps.Clone(imported.Consensus)
	for q, ag := range stored.Consensus {
		if in := cons[q]; ag.Changed && !in.Changed {
			if cons == nil {
				cons = map[string]Agreement{}
			}
			in.Changed, in.SessionAnswer, in.ChangedOn, in.ChangeReason = true, ag.SessionAnswer, ag.ChangedOn, ag.ChangeReason
			cons[q] = in
		}
	}
	rows := maps.Clone(imported.RowConsensus)
	for k, ag := range stored.RowConsensus {
		if in := rows[k]; ag.Changed && !in.Changed {
			if rows == nil {
				rows = map[CellKey]RowAgreement{}
			}
			in.Changed, in.SessionRow, in.ChangedOn, in.ChangeReason = true, ag.SessionRow, ag.ChangedOn, ag.ChangeReason
			rows[k] = in
		}
	}
	imported.Consensus, imported.RowConsensus = cons, rows
	return MarkChangesAfterSession(stored, keepProfileChanges(stored, imported), day)
}

// empty reports whether ag records nothing: an empty agreement only marks
// a consensus in which nobody differed (see BuildConsensusWith).
func (ag Agreement) empty() bool {
	return !ag.Agreed && ag.Rationale == "" && len(ag.Dissent) == 0 && !ag.Changed && ag.ChangeReason == ""
}

// empty reports whether ag records nothing.
func (ag RowAgreement) empty() bool {
	return !ag.Agreed && ag.Rationale == "" && len(ag.Dissent) == 0 && !ag.Changed && ag.ChangeReason == ""
}

// Held says how a consensus came to hold the answer it had when it was
// stored, for an answer changed since (see Agreement.HeldAs).
type Held int

const (
	// HeldAgreed: the session agreed it.
	HeldAgreed Held = iota
	// HeldLowest: the session settled none, and the consensus took the
	// lowest level given (see BuildConsensus).
	HeldLowest
	// HeldShared: every respondent who answered gave it.
	HeldShared
	// HeldNone: no respondent answered, so the consensus had no answer.
	HeldNone
)

// HeldAs says how the consensus came to hold SessionAnswer.
func (ag Agreement) HeldAs() Held {
	switch {
	case ag.Agreed:
		return HeldAgreed
	case len(ag.Dissent) > 0:
		return HeldLowest
	case ag.SessionAnswer == RatingNone:
		return HeldNone
	}
	return HeldShared
}

// ChangedFrom reports whether the answer now, now, is not the one the
// consensus held when stored, and that one if so.
func (ag Agreement) ChangedFrom(now Rating) (Rating, bool) {
	return ag.SessionAnswer, ag.Changed && ag.SessionAnswer != now
}

// Unsettled reports whether the answer to question id of consensus a is
// the lowest of differing answers, taken because the session settled
// none of them, and not changed since: what a finding or an action draws
// from it rests on that default until the group agrees. False for a
// respondent's own assessment.
func (a Assessment) Unsettled(id string) bool {
	ag, ok := a.Consensus[id]
	if !ok || ag.Agreed || len(ag.Dissent) == 0 {
		return false
	}
	_, changed := ag.ChangedFrom(a.Answers[id].Rating)
	return !changed
}

// Disputed reports whether the answer to question id of consensus a is
// Unsettled and some respondent gave it at level 2 or above, or as not
// applicable: a finding the lowest answer raises would not stand on that
// respondent's answer. Where every respondent's answer is at 0, 1 or
// "unknown", a finding on the question stands whoever is right, and only
// its wording or level is open.
func (a Assessment) Disputed(id string) bool {
	if !a.Unsettled(id) {
		return false
	}
	return slices.ContainsFunc(a.Consensus[id].Dissent, func(d Dissent) bool {
		l, ok := d.Rating.Level()
		return ok && l >= 2 || d.Rating == RatingNotApplicable
	})
}

// RestsOnDisputed reports whether finding f of consensus a is raised by
// answers alone, every one of them Disputed: on some respondent's answer
// the finding would not stand, and the group has not agreed which holds.
// A finding every respondent's answer raises stands whoever is right; one
// the matrix, the register or the profile raises does not rest on the
// answers alone. False for a respondent's own assessment.
func (a Assessment) RestsOnDisputed(f Finding) bool {
	if len(f.Questions) == 0 || len(f.Cells) > 0 || f.Detail != "" {
		return false
	}
	return !slices.ContainsFunc(f.Questions, func(id string) bool { return !a.Disputed(id) })
}

// SessionOutcome is how the session of a consensus reached one answer.
type SessionOutcome int

// The outcomes of SessionOutcomeOf.
const (
	// OutcomeNone: a respondent's own answer, one every respondent gave
	// alike, or one changed after the consensus was stored (its
	// agreement says so).
	OutcomeNone SessionOutcome = iota
	// OutcomeAgreed: the session agreed the answer.
	OutcomeAgreed
	// OutcomeUnsettled: the lowest of differing answers, which the
	// session did not settle (Unsettled).
	OutcomeUnsettled
)

// SessionOutcomeOf says how the session of consensus a reached its
// answer to question id, with the session's rationale for an agreed one.
// The report's annex and every evidence line read it, so that a note the
// session overruled never reads as the evidence for the answer.
func (a Assessment) SessionOutcomeOf(id string) (SessionOutcome, string) {
	ag, ok := a.Consensus[id]
	if !ok {
		return OutcomeNone, ""
	}
	if _, changed := ag.ChangedFrom(a.Answers[id].Rating); changed {
		return OutcomeNone, ""
	}
	switch {
	case ag.Agreed:
		return OutcomeAgreed, ag.Rationale
	case a.Unsettled(id):
		return OutcomeUnsettled, ""
	}
	return OutcomeNone, ""
}

// ConsensusEvidence is what follows an answer of consensus a where a
// finding cites it as evidence, beside the respondents' own notes
// (SessionOutcomeOf); "" for none. It starts with a space.
func ConsensusEvidence(a Assessment, id string) string {
	switch out, why := a.SessionOutcomeOf(id); {
	case out == OutcomeAgreed && why != "":
		return " " + l10n.F("(agreed in the session: %s)", why)
	case out == OutcomeAgreed:
		return " " + l10n.T("(agreed in the session)")
	case out == OutcomeUnsettled:
		return l10n.T(" (the lowest of the respondents' answers, not settled in the session)")
	}
	return ""
}

// ConsensusBasis counts, for consensus a, the answers the session agreed
// and those it left unsettled (Unsettled), not changed since; zero for
// a respondent's own assessment. Answers every respondent gave alike are
// neither.
func (a Assessment) ConsensusBasis() (agreed, unsettled int) {
	for id := range a.Consensus {
		switch out, _ := a.SessionOutcomeOf(id); out {
		case OutcomeAgreed:
			agreed++
		case OutcomeUnsettled:
			unsettled++
		}
	}
	return agreed, unsettled
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
func (d Dissent) Label() string { return respondentLabel(d.Respondent, d.Role) }

func respondentLabel(name string, role Role) string {
	name = strings.TrimSpace(name)
	switch {
	case name == "" && role == "":
		return l10n.T("A respondent")
	case name == "":
		return RoleLabel(role)
	case role == "":
		return name
	}
	return name + " (" + RoleLabel(role) + ")"
}

// RowAgreement records how a consensus assessment reached one matrix row,
// and keeps visible who filled it otherwise, as Agreement does for a
// question.
type RowAgreement struct {
	// Agreed is true when the facilitator recorded the row with the
	// respondents; false when nobody settled the difference, and the
	// consensus leaves the row empty (see BuildConsensusWith).
	Agreed bool `json:"agreed,omitempty"`
	// Rationale is why the group settled on the row, as the facilitator
	// wrote it.
	Rationale string `json:"rationale,omitempty"`
	// Dissent lists the respondents who filled the row and whose row
	// differs from the consensus row, in the order they were given.
	Dissent []RowDissent `json:"dissent,omitempty"`
	// Changed, SessionRow, ChangedOn and ChangeReason are Agreement's
	// Changed, SessionAnswer, ChangedOn and ChangeReason for a matrix row:
	// SessionRow is the row when the consensus was stored (nil for an
	// empty one). ChangeReason is schema 9.
	Changed      bool   `json:"changed,omitempty"`
	SessionRow   RACI   `json:"sessionRow,omitempty"`
	ChangedOn    string `json:"changedOn,omitempty"`
	ChangeReason string `json:"changeReason,omitempty"`
}

// ChangedFrom reports whether the row now, now, is not the one the
// consensus held when stored, and that one if so.
func (ag RowAgreement) ChangedFrom(now RACI) (RACI, bool) {
	return ag.SessionRow, ag.Changed && !RowsEqual(ag.SessionRow, now)
}

// MarkChangesAfterSession returns after, an edit of the assessment
// before made on day (YYYY-MM-DD), with each answer and matrix row that
// the edit changed marked as changed since the consensus was stored,
// when before is a consensus: the record then no longer says that the
// session decided what the answer now is. The first change of an item
// keeps what the consensus held when stored; each change records its
// day; a change back to the stored value removes the mark. An
// assessment that is not a consensus is returned unchanged.
func MarkChangesAfterSession(before, after Assessment, day string) Assessment {
	if !before.IsConsensus() {
		return after
	}
	var cons map[string]Agreement
	for _, q := range Questions() {
		was, now := before.Answers[q.ID].Rating, after.Answers[q.ID].Rating
		if was == now {
			continue
		}
		if cons == nil {
			cons = maps.Clone(after.Consensus)
			if cons == nil {
				cons = map[string]Agreement{}
			}
		}
		ag := cons[q.ID]
		if !ag.Changed {
			ag.Changed, ag.SessionAnswer = true, was
		}
		ag.ChangedOn = day
		cons[q.ID] = ag
		if ag.SessionAnswer == now {
			ag.Changed, ag.SessionAnswer, ag.ChangedOn, ag.ChangeReason = false, RatingNone, "", ""
			cons[q.ID] = ag
			if ag.empty() && len(cons)+len(after.RowConsensus) > 1 {
				delete(cons, q.ID) // the mark was all it held
			}
		}
	}
	if cons != nil {
		after.Consensus = cons
	}
	var rows map[CellKey]RowAgreement
	mark := func(k CellKey) {
		was, now := before.Matrix[k], after.Matrix[k]
		if RowsEqual(was, now) {
			return
		}
		if rows == nil {
			rows = maps.Clone(after.RowConsensus)
			if rows == nil {
				rows = map[CellKey]RowAgreement{}
			}
		}
		ag := rows[k]
		if !ag.Changed {
			ag.Changed, ag.SessionRow = true, clean(was)
		}
		ag.ChangedOn = day
		rows[k] = ag
		if RowsEqual(ag.SessionRow, now) {
			ag.Changed, ag.SessionRow, ag.ChangedOn, ag.ChangeReason = false, nil, "", ""
			rows[k] = ag
			if ag.empty() && len(rows)+len(after.Consensus) > 1 {
				delete(rows, k)
			}
		}
	}
	for k := range after.Matrix {
		mark(k)
	}
	for k := range before.Matrix {
		if _, ok := after.Matrix[k]; !ok {
			mark(k)
		}
	}
	if rows != nil {
		after.RowConsensus = rows
	}
	return markProfileChanges(before, after, day)
}

// RowDissent is one respondent's own matrix row where it differs from the
// consensus.
type RowDissent struct {
	Respondent string `json:"respondent,omitempty"` // as their profile gave it
	Role       Role   `json:"role,omitempty"`       // the role they answered in
	Row        RACI   `json:"row,omitempty"`        // their letters
}

// Label names the dissenting respondent as Dissent.Label does.
func (d RowDissent) Label() string { return respondentLabel(d.Respondent, d.Role) }

// RowDecision is the facilitator's record for one matrix row on which
// respondents differ: the row they agreed on and why.
type RowDecision struct {
	Row       RACI
	Rationale string
}

// Decision is the facilitator's record for one disagreement: the answer
// the respondents agreed on and why.
type Decision struct {
	Rating    Rating
	Rationale string
}

// Session is the facilitated session in which the respondents of one
// site and round reached a consensus. An agreement is evidence of a
// decision only with when and by whom it was reached: documented
// information carries its identification, such as a date and an author
// (ISO/IEC 27001 7.5.2 a), and is kept as evidence of the evaluation's
// results (9.1), so the facilitator records the session with the
// consensus.
type Session struct {
	Date        string `json:"date,omitempty"`        // YYYY-MM-DD, the day of the session
	Facilitator string `json:"facilitator,omitempty"` // who led the session
	// Participants are who took part, names and roles as the facilitator
	// writes them (SessionParticipants proposes the respondents).
	Participants string `json:"participants,omitempty"`
}

// IsZero reports whether s records nothing.
func (s Session) IsZero() bool { return s == Session{} }

// SessionParticipants proposes the participants of the session that
// builds a consensus from the assessments from: each respondent's name
// with their role's label, "; " between them, in the order given. A
// respondent without a name is named by the role alone; one without
// either is left out.
func SessionParticipants(from []Assessment) string {
	var parts []string
	for _, a := range from {
		name, role := strings.TrimSpace(a.Profile.Respondent), a.Profile.RespondentRole
		switch {
		case name != "" && role != "":
			parts = append(parts, name+" ("+RoleLabel(role)+")")
		case name != "":
			parts = append(parts, name)
		case role != "":
			parts = append(parts, RoleLabel(role))
		}
	}
	return strings.Join(parts, "; ")
}

// validateSession checks the session of a consensus assessment.
func validateSession(a Assessment) error {
	if a.Session == nil {
		return nil
	}
	if !a.IsConsensus() {
		return errors.New(l10n.T("session: only a consensus assessment records a session"))
	}
	if a.Session.IsZero() {
		return errors.New(l10n.T("session: empty; leave it out instead"))
	}
	if err := validDate("session date", a.Session.Date); err != nil {
		return err
	}
	if err := maxLen("session facilitator", a.Session.Facilitator, MaxPersonLen); err != nil {
		return err
	}
	return maxLen("session participants", a.Session.Participants, MaxTextLen)
}

// IsConsensus reports whether a is a consensus assessment.
func (a Assessment) IsConsensus() bool { return len(a.Consensus) > 0 || len(a.RowConsensus) > 0 }

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
// who answered agree on them; each respondent's note carries over under
// their name (respondentNotes). Matrix rows are built as
// BuildConsensusWith says, here without any decision on them. The role
// register and the authority table carry over role by role and row by
// row where the respondents agree (a holder named alike, ignoring case
// and spacing, keeps the first respondent's spelling, and the deputy and
// confirmation only when those agree too).
func BuildConsensus(id string, now time.Time, from []Assessment, decided map[string]Decision) Assessment {
	return BuildConsensusWith(id, now, from, decided, nil)
}

// BuildConsensusWith is BuildConsensus with the facilitator's decisions on
// matrix rows, by row. For each matrix row that a respondent filled or a
// decision names:
//   - a decision with a valid, filled row is the row, Agreed, with its
//     rationale;
//   - otherwise, when every respondent who filled the row filled it
//     alike, that row is the row;
//   - otherwise, when they name the same accountable and responsible
//     roles and differ only in whom they consult or inform, the row is
//     those A and R letters with the C and I letters all of them gave:
//     ownership is settled, and no advice line is invented;
//   - otherwise the row stays empty: there is no lowest answer to take
//     between two owners, and an empty row reads as undecided in the
//     matrix, which is what it is until the group agrees.
//
// Every respondent who filled the row otherwise than the consensus is
// kept in the row's RowConsensus dissent; a respondent who left the row
// empty gave no answer there, so is not a dissent.
func BuildConsensusWith(id string, now time.Time, from []Assessment, decided map[string]Decision, rows map[CellKey]RowDecision) Assessment {
	a := New(id, now)
	if len(from) == 0 {
		return a
	}
	a.Profile = from[0].Profile
	a.Profile.Respondent, a.Profile.RespondentRole = "", ""
	// The preset a matrix was built from stands for the model in use when
	// the profile records none (see ModelInUse): kept when every
	// respondent's is the same, so that the model questions stay asked.
	if !slices.ContainsFunc(from, func(f Assessment) bool { return f.Model != from[0].Model }) {
		a.Model = from[0].Model
	}
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
		ans.Note = respondentNotes(from, q.ID)
		a.Answers[q.ID] = ans
		if ag.Agreed || len(ag.Dissent) > 0 {
			a.Consensus[q.ID] = ag
		}
	}
	a.RowConsensus = buildRowConsensus(a.Matrix, from, rows)
	if len(a.RowConsensus) == 0 {
		a.RowConsensus = nil
	}
	if len(a.Consensus) == 0 && len(a.RowConsensus) == 0 {
		// Still a consensus: mark it with an empty agreement on the first
		// answered question so that IsConsensus holds.
		for _, q := range Questions() {
			if _, ok := a.Answers[q.ID]; ok {
				a.Consensus[q.ID] = Agreement{}
				break
			}
		}
	}
	if len(a.Consensus) == 0 {
		a.Consensus = nil
	}
	a.Holders = agreedHolders(from)
	a.Authority = agreedAuthority(from)
	return a
}

// respondentNotes joins the respondents' notes on question id, each
// under the respondent's name (noteAuthor), one a line, in the order the
// respondents are given: a note is evidence (the router in the cabinet,
// the program only on a vendor's laptop) that the consensus keeps,
// whoever wrote it and whether or not their answer prevailed. Cut to
// MaxTextLen, with an ellipsis, when the notes together are longer.
func respondentNotes(from []Assessment, id string) string {
	var lines []string
	for _, f := range from {
		if n := strings.TrimSpace(f.Answers[id].Note); n != "" {
			lines = append(lines, noteAuthor(f.Profile)+": "+n)
		}
	}
	out := strings.Join(lines, "\n")
	if utf8.RuneCountInString(out) > MaxTextLen {
		r := []rune(out)
		out = string(r[:MaxTextLen-1]) + "\u2026"
	}
	return out
}

// noteAuthor names the respondent of profile p in front of a note the
// consensus keeps: the name as given, which reads the same in every
// language of the page; without a name, the role's English label, since
// the note is stored text and must not change with the language it was
// built in.
func noteAuthor(p Profile) string {
	if name := strings.TrimSpace(p.Respondent); name != "" {
		return name
	}
	if l, ok := roleLabels[p.RespondentRole]; ok {
		return l
	}
	return "A respondent"
}

// buildRowConsensus fills m with the consensus matrix rows and returns
// their agreements (see BuildConsensusWith).
func buildRowConsensus(m Matrix, from []Assessment, rows map[CellKey]RowDecision) map[CellKey]RowAgreement {
	union := unionMatrix(from)
	for k, d := range rows {
		if validDecision(k, d) {
			union[k] = d.Row
		}
	}
	out := map[CellKey]RowAgreement{}
	for _, k := range sortedKeys(union) {
		var ag RowAgreement
		var row RACI
		if d, ok := rows[k]; ok && validDecision(k, d) {
			row = clean(d.Row)
			ag.Agreed, ag.Rationale = true, strings.TrimSpace(d.Rationale)
		} else {
			row = sharedRow(from, k)
		}
		if len(row) > 0 {
			m[k] = row
		}
		for _, f := range from {
			r := clean(f.Matrix[k])
			if len(r) > 0 && !maps.Equal(r, row) {
				ag.Dissent = append(ag.Dissent, RowDissent{Respondent: strings.TrimSpace(f.Profile.Respondent), Role: f.Profile.RespondentRole, Row: r})
			}
		}
		if ag.Agreed || len(ag.Dissent) > 0 {
			out[k] = ag
		}
	}
	return out
}

// validDecision reports whether d records a row for matrix row k: one
// with letters, of a known control and domain, that Validate accepts.
func validDecision(k CellKey, d RowDecision) bool {
	if !rowFilled(d.Row) {
		return false
	}
	if _, ok := ControlByID(k.Control); !ok {
		return false
	}
	return validateRow(k, d.Row, map[string]bool{k.Control: true}) == nil
}

// sharedRow returns the row the respondents who filled matrix row k
// share without a decision: their row when they all filled it alike;
// when they name the same accountable and responsible roles and differ
// only in whom they consult or inform, those A and R letters with the C
// and I letters all of them gave; otherwise nil, as they differ on who
// owns the control.
func sharedRow(from []Assessment, k CellKey) RACI {
	var rows []RACI
	for _, f := range from {
		if r := clean(f.Matrix[k]); len(r) > 0 {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	for _, r := range rows[1:] {
		if !maps.Equal(ownership(r), ownership(rows[0])) {
			return nil
		}
	}
	out := RACI{}
	for role, l := range rows[0] {
		all := true
		for _, r := range rows[1:] {
			all = all && r[role] == l
		}
		if all {
			out[role] = l
		}
	}
	return out
}

// ownership is the A, A/R and R letters of r: who answers for the control
// and who does the work.
func ownership(r RACI) RACI {
	out := RACI{}
	for role, l := range r {
		if l.Accountable() || l == LetterResponsible {
			out[role] = l
		}
	}
	return out
}

// rowFilled reports whether r holds any letter.
func rowFilled(r RACI) bool {
	for _, l := range r {
		if l != LetterNone {
			return true
		}
	}
	return false
}

// clean returns a copy of r without empty letters, or nil when none is
// left, so that rows compare by the letters they hold.
func clean(r RACI) RACI {
	var out RACI
	for role, l := range r {
		if l == LetterNone {
			continue
		}
		if out == nil {
			out = RACI{}
		}
		out[role] = l
	}
	return out
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
	parts := []string{l10n.T("Consensus")}
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
		if !ag.SessionAnswer.Valid() {
			return fmt.Errorf("consensus %q: the session's rating %q is not valid", id, ag.SessionAnswer)
		}
		if !ag.Changed && (ag.SessionAnswer != RatingNone || ag.ChangedOn != "" || ag.ChangeReason != "") {
			return fmt.Errorf("consensus %q: a session's rating, a day or a reason of change without a change after the session", id)
		}
		if err := maxLen("consensus "+id+" change reason", ag.ChangeReason, MaxTextLen); err != nil {
			return err
		}
		if ag.ChangedOn != "" {
			if err := validDate("consensus "+id+" changedOn", ag.ChangedOn); err != nil {
				return err
			}
		}
	}
	return nil
}

// validateRowConsensus checks the matrix agreements of a consensus
// assessment: each is keyed by a matrix row of a known control and
// domain, holds text within the limits and dissenting rows that are
// valid matrix rows.
func validateRowConsensus(rc map[CellKey]RowAgreement) error {
	if len(rc) == 0 {
		return nil
	}
	known := make(map[string]bool, len(Controls()))
	for _, c := range Controls() {
		known[c.ID] = true
	}
	for _, k := range sortedKeys(rowAgreementKeys(rc)) {
		ag := rc[k]
		if err := validateRow(k, nil, known); err != nil {
			return fmt.Errorf("matrix consensus %q: %w", k.String(), err)
		}
		if err := maxLen("matrix consensus "+k.String()+" rationale", ag.Rationale, MaxTextLen); err != nil {
			return err
		}
		for _, d := range ag.Dissent {
			if err := maxLen("matrix consensus "+k.String()+" respondent", d.Respondent, MaxNameLen); err != nil {
				return err
			}
			if d.Role != "" && !ValidRole(d.Role) {
				return fmt.Errorf("matrix consensus %q: unknown role %q", k.String(), d.Role)
			}
			if !rowFilled(d.Row) {
				return fmt.Errorf("matrix consensus %q: a dissenting row is empty", k.String())
			}
			if err := validateRow(k, d.Row, known); err != nil {
				return fmt.Errorf("matrix consensus %q: %w", k.String(), err)
			}
		}
		if err := validateRow(k, ag.SessionRow, known); err != nil {
			return fmt.Errorf("matrix consensus %q: the session's row: %w", k.String(), err)
		}
		if !ag.Changed && (len(ag.SessionRow) > 0 || ag.ChangedOn != "" || ag.ChangeReason != "") {
			return fmt.Errorf("matrix consensus %q: a session's row, a day or a reason of change without a change after the session", k.String())
		}
		if err := maxLen("matrix consensus "+k.String()+" change reason", ag.ChangeReason, MaxTextLen); err != nil {
			return err
		}
		if ag.ChangedOn != "" {
			if err := validDate("matrix consensus "+k.String()+" changedOn", ag.ChangedOn); err != nil {
				return err
			}
		}
	}
	return nil
}

// rowAgreementKeys is the keys of rc as a Matrix, for sortedKeys.
func rowAgreementKeys(rc map[CellKey]RowAgreement) Matrix {
	m := make(Matrix, len(rc))
	for k := range rc {
		m[k] = nil
	}
	return m
}

// Sanitise returns a copy of a fit to share outside the assessment team:
// without person names (assessor, respondent, the respondents named in
// the consensus dissent, for questions and matrix rows), notes (answers
// and retired answers, consensus rationales and reasons for changes
// after the session) and other free text that may name people (the
// assessment's name, which becomes a neutral one, and the organisation's
// own role titles, which fall back to the default labels). What the assessment is
// about is kept: organisation, site, sector, round, dates, ratings,
// owners (roles, not people), targets and the matrix. The role register
// keeps its shape with the names replaced (see PseudonymiseHolders), and
// the authority table, which holds roles only, is kept.
func Sanitise(a Assessment) Assessment {
	out := a
	out.Holders = PseudonymiseHolders(a.Holders)
	out.Name = l10n.T("Assessment without names and notes")
	out.Profile.Assessor, out.Profile.Respondent = "", ""
	out.RoleNames = nil
	out.Answers = withoutNotes(a.Answers)
	out.Retired = withoutNotes(a.Retired)
	out.Plan = planWithoutText(a.Plan)
	out.Consensus = stripEach(a.Consensus, func(ag Agreement) Agreement {
		ag.Rationale, ag.ChangeReason = "", ""
		ag.Dissent = blankEach(ag.Dissent, func(d *Dissent) { d.Respondent = "" })
		return ag
	})
	out.RowConsensus = stripEach(a.RowConsensus, func(ag RowAgreement) RowAgreement {
		ag.Rationale, ag.ChangeReason = "", ""
		ag.Dissent = blankEach(ag.Dissent, func(d *RowDissent) { d.Respondent = "" })
		return ag
	})
	out.SessionProfile, out.ProfileChanges = sanitisedProfileChanges(a)
	if a.Session != nil {
		// The date stays: it names no one.
		out.Session = &Session{Date: a.Session.Date}
		if out.Session.IsZero() {
			out.Session = nil
		}
	}
	return out
}

// stripEach returns a copy of m with strip applied to each value; nil
// stays nil.
func stripEach[K comparable, V any](m map[K]V, strip func(V) V) map[K]V {
	if m == nil {
		return nil
	}
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = strip(v)
	}
	return out
}

// blankEach returns a copy of ds with blank applied to each element, or
// nil when ds is empty: the caller's slice is never written.
func blankEach[D any](ds []D, blank func(*D)) []D {
	if len(ds) == 0 {
		return nil
	}
	out := slices.Clone(ds)
	for i := range out {
		blank(&out[i])
	}
	return out
}

// sanitisedTask stands for the text of an action the team added, which
// is free text and so removed for sharing; status and due date stay. Like
// the name Sanitise gives, it is written in the language of the export.
func sanitisedTask() string {
	return l10n.T("Action added by the assessment team (its text was removed for sharing).")
}

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
			e.Text = sanitisedTask()
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

// DissentCount is how often one respondent's own answers differ from a
// consensus: on questions and on matrix rows.
type DissentCount struct {
	Label     string // as Dissent.Label names the respondent
	Questions int
	Rows      int
}

// DissentCounts lists, for a consensus assessment, each respondent whose
// own answer differs from the consensus on a question or a matrix row,
// with how many of each, in the order they first differ (bank order, then
// matrix order); nil for any other assessment or when nobody differed.
// The report and the results give it before the item-by-item list, so a
// reader sees at once whose view the consensus moved away from.
func (a Assessment) DissentCounts() []DissentCount {
	if !a.IsConsensus() {
		return nil
	}
	var out []DissentCount
	at := func(label string) *DissentCount {
		i := slices.IndexFunc(out, func(c DissentCount) bool { return c.Label == label })
		if i < 0 {
			out = append(out, DissentCount{Label: label})
			i = len(out) - 1
		}
		return &out[i]
	}
	for _, q := range Questions() {
		for _, d := range a.Consensus[q.ID].Dissent {
			at(d.Label()).Questions++
		}
	}
	for _, c := range Controls() {
		for _, dom := range Domains {
			for _, d := range a.RowConsensus[CellKey{Control: c.ID, Domain: dom}].Dissent {
				at(d.Label()).Rows++
			}
		}
	}
	return out
}
