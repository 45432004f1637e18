package assessment

import (
	"slices"
	"sync"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Area is a design area of the question bank.
type Area struct {
	ID    string // stable, e.g. "GOV"
	Title string
	// Intro is one or two sentences shown at the start of the area in the
	// question flow and in the report.
	Intro string
}

// SeedPoint is one design point of the domain material that the question
// bank must cover. Questions trace to it by ID.
type SeedPoint struct {
	ID      string // stable, e.g. "single-accountable-owner"
	Summary string // our own one-line wording
}

// Question is one item of the question bank.
type Question struct {
	ID   string // stable, e.g. "GOV-01"; pinned by a golden file
	Area string // Area.ID
	Text string // the question as asked
	Why  string // why it matters, one or two sentences
	Good string // what good looks like
	Seed string // SeedPoint.ID it traces to
	// Refs are the clauses, Annex A controls, IEC 62443-2-1 elements and
	// NIS2 articles the question rests on.
	Refs []Ref
	// NIS2 are the measures of NIS2 (Art. 21(2) points, or Art. 23) the
	// practice is part of. They are cited only for an organisation the
	// profile records as an essential or important entity (RefsFor): the
	// Directive does not bind the others, and a plant outside the EU would
	// be sent to a law that is not its own.
	NIS2    []Ref
	Applies Applies // IT, OT or both; also chooses the level texts (LevelText)
	// When is the condition under which the question is asked; see
	// SkipReason. Always for most questions.
	When   Condition
	Weight int // 1 (useful) .. 3 (critical)
	// InterfaceRisk is how risky the IT/OT or management-system interface
	// behind this question is, 1 (low) .. 3 (high: remote access into OT,
	// cross-plant links, vendor support routes, safety/quality interfaces).
	InterfaceRisk int
	// Downtime marks questions whose improvement actions on OT usually need
	// a downtime window, a turnaround or requalification.
	Downtime bool
	// Required is the requirement the question asks about as a whole, which
	// an answer "not applicable" cannot set aside; the zero Ref for none.
	// It is either a clause of ISO/IEC 27001 (4 to 10), none of which an
	// ISMS that claims conformity can exclude (clause 1), or an article of
	// NIS2 on a question asked only of essential and important entities
	// (WhenNIS2), to which the article applies by law. "Not applicable" is
	// not offered there, and such an answer kept from a file or an earlier
	// version counts as not in place (Excluded).
	Required Ref
}

// RefsFor is what q rests on for an organisation with profile p: Refs,
// then the NIS2 measures when p records an essential or important
// entity. The question form, the report, the CSV and the findings cite
// this, so they never disagree.
func (q Question) RefsFor(p Profile) []Ref {
	if len(q.NIS2) == 0 || !p.NIS2Entity() {
		return q.Refs
	}
	return appendRefs(slices.Clone(q.Refs), q.NIS2...)
}

// Stake is how much a gap in q weighs: its weight times its interface
// risk, each counted as at least 1. The plan's priority multiplies it by
// the gap, a quick win needs it high, and the strengths list the
// weightiest first.
func (q Question) Stake() int { return max(q.Weight, 1) * max(q.InterfaceRisk, 1) }

// Excluded reports whether r answers q as not applicable although q asks
// about a requirement that cannot be excluded (Required).
func (q Question) Excluded(r Rating) bool {
	return q.Required != (Ref{}) && r == RatingNotApplicable
}

// RequiredName names q's Required in full ("ISO/IEC 27001 5.3", "NIS2
// Art. 20(1)"); "" when q has none. A clause is named with the standard's
// full designation, which its short citation (Ref.String) abbreviates.
func (q Question) RequiredName() string {
	if q.Required.Kind == RefClause {
		return "ISO/IEC 27001 " + q.Required.ID
	}
	return q.Required.String()
}

// ExcludedLabel is label, the words of an answer "not applicable" to q,
// followed by why it counts as not in place (Excluded): as the report's
// annex and the CSV write it.
func (q Question) ExcludedLabel(label string) string {
	return l10n.F("%s \u2013 counts as not in place (a requirement of %s)", label, q.RequiredName())
}

// WhyRequired says, in one or two sentences, why q's requirement cannot be
// answered "not applicable"; "" when q has none. The question form, the
// plan and the report all give this reason.
func (q Question) WhyRequired() string {
	switch q.Required.Kind {
	case RefClause:
		return l10n.F("ISO/IEC 27001 %s is a requirement that no ISMS claiming conformity can exclude (clause 1).", q.Required.ID)
	case RefNIS2:
		return l10n.F("NIS2 Art. %s applies to every essential or important entity, and the profile records the organisation as one; if it is not, correct the profile and the question is no longer asked.", q.Required.ID)
	}
	return ""
}

// Theme is an Annex A theme.
type Theme string

// The four Annex A themes of ISO/IEC 27001:2022.
const (
	ThemeOrganizational Theme = "Organizational"
	ThemePeople         Theme = "People"
	ThemePhysical       Theme = "Physical"
	ThemeTechnological  Theme = "Technological"
)

// Themes lists the themes in Annex A order.
var Themes = []Theme{ThemeOrganizational, ThemePeople, ThemePhysical, ThemeTechnological}

// Relevance is how much a control matters on the plant floor.
type Relevance int

// Plant-floor relevance levels.
const (
	RelevanceLow    Relevance = 1 // mostly corporate; OT inherits it
	RelevanceMedium Relevance = 2 // applies to OT with adaptation
	RelevanceHigh   Relevance = 3 // central to OT security; OT must own delivery
)

// Control is one Annex A control with our own short label, which follows
// the standard's title closely (see content_controls.go).
type Control struct {
	ID        string // "5.1" .. "8.34"
	Theme     Theme
	Label     string // short wording close to the Annex A title; shown after ID
	Relevance Relevance
	// OTNote explains the plant-floor relevance judgement in a sentence.
	OTNote string
}

// Areas returns the design areas in display order, with their titles and
// intros in the current language.
func Areas() []Area {
	if l10n.Current() == l10n.DE {
		return areasDE()
	}
	return areas
}

// Questions returns the whole question bank in display order, its text in
// the current language.
func Questions() []Question {
	if l10n.Current() == l10n.DE {
		return questionsDE()
	}
	return questions
}

// SeedPoints returns the design points the bank covers. Their summaries
// are design notes for the bank's authors, not shown in the tool, and stay
// English.
func SeedPoints() []SeedPoint { return seedPoints }

// Controls returns the 93 Annex A controls in Annex A order, their labels
// and notes in the current language (see localControls).
func Controls() []Control { return localControls() }

var (
	questionIndex = indexQuestions(questions)
	controlIndex  = indexControls(controls)
)

// areasDE and questionsDE are the German copies of the bank, built on
// the first German use; IDs, references, weights and conditions are those
// of the English tables, so only the text people read depends on the
// language. The English path returns the tables themselves.
var (
	areasDE = sync.OnceValue(func() []Area {
		out := slices.Clone(areas)
		for i := range out {
			out[i].Title = l10n.In(l10n.DE, out[i].Title)
			out[i].Intro = l10n.In(l10n.DE, out[i].Intro)
		}
		return out
	})
	questionsDE = sync.OnceValue(func() []Question {
		out := slices.Clone(questions)
		for i := range out {
			out[i].Text = l10n.In(l10n.DE, out[i].Text)
			out[i].Why = l10n.In(l10n.DE, out[i].Why)
			out[i].Good = l10n.In(l10n.DE, out[i].Good)
		}
		return out
	})
)

// QuestionByID looks a question up by its stable ID.
func QuestionByID(id string) (Question, bool) {
	i, ok := questionIndex[id]
	if !ok {
		return Question{}, false
	}
	return Questions()[i], true
}

// ControlIndex is the position of control id in Controls(), or -1.
func ControlIndex(id string) int {
	if i, ok := controlIndex[id]; ok {
		return i
	}
	return -1
}

// ControlByID looks a control up by its Annex A number.
func ControlByID(id string) (Control, bool) {
	i, ok := controlIndex[id]
	if !ok {
		return Control{}, false
	}
	return localControls()[i], true
}

// QuestionsInArea returns the questions of one area in display order.
func QuestionsInArea(area string) []Question {
	var out []Question
	for _, q := range Questions() {
		if q.Area == area {
			out = append(out, q)
		}
	}
	return out
}

func indexQuestions(qs []Question) map[string]int {
	m := make(map[string]int, len(qs))
	for i, q := range qs {
		m[q.ID] = i
	}
	return m
}

func indexControls(cs []Control) map[string]int {
	m := make(map[string]int, len(cs))
	for i, c := range cs {
		m[c.ID] = i
	}
	return m
}
