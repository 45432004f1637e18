package pack

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The roles document, section 2: where the profile records the model the
// organisation runs, the section opens with how the assessment stands to
// it (assessment.Recommendation.InUseText). A tie that includes that model
// calls for no change and puts nothing to a decision; a tie that leaves it
// out is put to top management, whose decision a change of model is
// (ISO/IEC 27001 5.3), first as whether to keep it, with its score and one
// blank for the decision and its rationale (lead-auditor review N5); and a
// reason that counts for no model is not filed as in favour of another.
// Not parallel: the German cases set the program's language.

// recoCase is a profile and a uniform rating for every question, with
// the answers that differ from it: the scenarios of the lead-auditor
// review (S1 single GMP plant, S3 plain single plant) and the other two
// pairs of tied models.
type recoCase struct {
	profile assessment.Profile
	rating  assessment.Rating
	answers map[string]assessment.Rating
}

// S1: a single GMP plant with a central risk function, answers at 3
// but for MOD-01 at 2, so that the model in use is not shown as chosen
// deliberately (assessment.Recommendation.InUseWorks). Validated gives
// executive-led 2, the single plant centralised 2; the established
// plant-floor practice and the central risk function are weighed for
// the federated model and not counted. Executive-led and centralised tie.
var recoS1 = recoCase{
	profile: assessment.Profile{Organisation: "PharmaCo", Site: "Plant Basel", Validated: true, Plants: 1, CentralRisk: true, Connectivity: assessment.ConnectivityBrokered},
	rating:  assessment.Rating3,
	answers: map[string]assessment.Rating{"MOD-01": assessment.Rating2},
}

// recoS1Works is S1 with MOD-01 at 3 as well: whichever model the
// organisation runs, its answers show it chosen deliberately and working.
var recoS1Works = recoCase{profile: recoS1.profile, rating: assessment.Rating3}

// S3 plain: a single plant, not regulated, every answer at 4 but MOD-01
// (the model chosen deliberately) at 2. Only the centralised model
// scores; the established plant-floor practice and the central risk
// function are weighed for the federated model and not counted.
var recoS3Plain = recoCase{
	profile: assessment.Profile{Organisation: "TopCo", Site: "Plant Top", Plants: 1, CentralRisk: true, Connectivity: assessment.ConnectivityBrokered},
	rating:  assessment.Rating4,
	answers: map[string]assessment.Rating{"MOD-01": assessment.Rating2},
}

// recoS1Review is S1 as the lead-auditor review built it
// (/tmp/review/main.go: s1): its profile with one plant, and its answers,
// levels 2, 3, 2, 3, 2 in turn over the questions, with CHG-03, INC-04,
// GOV-09, INC-01 and GOV-08 at 1 and SCO-03 and ROL-07 "unknown".
// Executive-led and centralised tie at 2; the federated model scores 0.
var recoS1Review = func() recoCase {
	lv := []assessment.Rating{assessment.Rating2, assessment.Rating3, assessment.Rating2, assessment.Rating3, assessment.Rating2}
	answers := map[string]assessment.Rating{}
	for i, q := range assessment.Questions() {
		answers[q.ID] = lv[i%len(lv)]
	}
	for _, id := range []string{"CHG-03", "INC-04", "GOV-09", "INC-01", "GOV-08"} {
		answers[id] = assessment.Rating1
	}
	answers["SCO-03"], answers["ROL-07"] = assessment.RatingUnknown, assessment.RatingUnknown
	// Not in the review: the model in use not shown chosen deliberately,
	// so that its choice is put to top management.
	answers["MOD-01"] = assessment.Rating2
	return recoCase{
		profile: assessment.Profile{Organisation: "PharmaCo", Site: "Plant Basel", Sector: "Pharmaceuticals", Validated: true, Plants: 1, CentralRisk: true, Connectivity: assessment.ConnectivityBrokered, NIS2: assessment.NIS2Important, Assessor: "Auditor", Respondent: "R1", RespondentRole: assessment.RoleQuality},
		answers: answers,
	}
}()

// recoAssessment builds c with model as the model the organisation runs
// (both recorded in the profile and the matrix's preset).
func recoAssessment(t *testing.T, c recoCase, model string) assessment.Assessment {
	t.Helper()
	a := assessment.New("reco", time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	a.Profile = c.profile
	a.Profile.Date = "2026-11-20"
	a.Profile.OwnershipModel = model
	for _, q := range assessment.Questions() {
		a.Answers[q.ID] = assessment.Answer{Rating: c.rating}
	}
	for id, r := range c.answers {
		a.Answers[id] = assessment.Answer{Rating: r}
	}
	m, err := assessment.Preset(model, a.Profile)
	require.NoError(t, err)
	a.Matrix, a.Model = m, model
	return a
}

// recoSection returns the lines of section 2 of the roles document built
// from a, in the current language.
func recoSection(t *testing.T, a assessment.Assessment) []string {
	t.Helper()
	_, body := docxBuild(t, "roles", Input{A: a, Generated: docxGenerated})
	start := "\n" + l10n.T("2. Ownership model") + "\n"
	end := "\n" + l10n.T("3. Top management and the accountable ISMS owner") + "\n"
	_, rest, ok := strings.Cut(body, start)
	require.True(t, ok, "section 2 heading %q", start)
	section, _, ok := strings.Cut(rest, end)
	require.True(t, ok, "section 3 heading %q", end)
	return strings.Split(section, "\n")
}

// recoBlocks groups the lines of a section under the headings given:
// heading → the lines after it, up to the next heading.
func recoBlocks(lines []string, headings ...string) map[string][]string {
	out := map[string][]string{}
	cur := ""
	for _, l := range lines {
		if l == "" {
			continue
		}
		for _, h := range headings {
			if l == h {
				cur = h
				out[h] = []string{}
				break
			}
		}
		if cur != "" && l != cur {
			out[cur] = append(out[cur], l)
		}
	}
	return out
}

func TestRolesTieIsADecision(t *testing.T) {
	const blankEN, blankDE = "[to complete: rationale for the model chosen]", "[zu ergänzen: Begründung für das gewählte Modell]"
	// The tie that leaves out the model in use ends with the one blank
	// for the decision on it.
	const keepEN, keepDE = "[to complete: the decision and its rationale]", "[zu ergänzen: Entscheidung und Begründung]"
	fedCent := recoCase{
		// No central risk function with two plants: centralised 1;
		// isolated networks: federated 1. Answers at 2: neither strong
		// OT practice nor low maturity.
		profile: assessment.Profile{Organisation: "Co", Site: "Plant 1", Plants: 2, Connectivity: assessment.ConnectivityIsolated},
		rating:  assessment.Rating2,
	}
	fedExec := recoCase{
		// A central risk function: federated 1; GOV-05 at 1 (no written
		// risk-acceptance scheme): executive-led 1.
		profile: assessment.Profile{Organisation: "Co", Site: "Plant 1", Plants: 2, CentralRisk: true, Connectivity: assessment.ConnectivityBrokered},
		rating:  assessment.Rating2,
		answers: map[string]assessment.Rating{"GOV-05": assessment.Rating1},
	}
	// fedExecOne: federated and executive-led tie at 2 and centralised
	// scores 1. The central risk function and the isolated networks give
	// federated 2, validated systems executive-led 2; answers at 1 (GOV-05
	// at 3, no executive-led point) make the maturity low: centralised 1.
	fedExecOne := recoCase{
		profile: assessment.Profile{Organisation: "Co", Site: "Plant 1", Plants: 2, Validated: true, CentralRisk: true, Connectivity: assessment.ConnectivityIsolated},
		rating:  assessment.Rating1,
		answers: map[string]assessment.Rating{"GOV-05": assessment.Rating3},
	}
	// fedExecProfile: the same profile with no answer: federated and
	// executive-led tie at 2 on the profile alone, centralised scores 0.
	fedExecProfile := recoCase{profile: fedExecOne.profile}
	const (
		execCentEN  = "whether what is missing is leadership commitment and authority over risk (executive-led), or capacity to deliver the basics (centralised)."
		fedCentEN   = "whether the plants have local IT and OT people able to deliver their own controls (federated), or one central team has to do it for them (centralised)."
		fedExecEN   = "whether a central risk or security function can oversee the plants' own control owners (federated), or that oversight and the risk decisions have to come from an executive sponsor (executive-led)."
		execCentDE  = "ob das Engagement der Leitung und die Befugnis über Risiken fehlen (von der Geschäftsleitung geführt) oder die Kapazität, die Grundlagen umzusetzen (zentral)."
		fedCentDE   = "ob die Werke eigene IT- und OT-Fachleute haben, die ihre Maßnahmen selbst umsetzen können (föderiert), oder ob ein zentrales Team das für sie übernehmen muss (zentral)."
		fedExecDE   = "ob eine zentrale Risiko- oder Informationssicherheitsfunktion die Maßnahmenverantwortlichen der Werke beaufsichtigen kann (föderiert) oder ob Aufsicht und Risikoentscheidungen von einem Sponsor aus der Geschäftsleitung kommen müssen (von der Geschäftsleitung geführt)."
		noChangeEN  = " model, so the answers do not call for a change of model. What would decide it: "
		noChangeDE  = "; die Antworten verlangen daher keinen Wechsel des Modells. Was den Ausschlag gäbe: "
		topDecideEN = "Changing the model is top management's decision (ISO/IEC 27001 5.3): weigh the reasons for it against the cost of the change. "
		topDecideDE = "Über einen Wechsel des Modells entscheidet die oberste Leitung (ISO/IEC 27001 5.3): Wägen Sie die Gründe dafür gegen die Kosten des Wechsels ab. "
	)
	for _, tc := range []struct {
		name   string
		lang   l10n.Lang
		c      recoCase
		model  string         // the model the organisation runs
		tied   []string       // nil: no tie
		scores map[string]int // nil: not checked
		// want is the end of the tie paragraph: what would decide it
		// where the running model is tied, else the decision put to top
		// management, and the blank where the running model is not tied.
		want  string
		blank string // the rationale blank, which must not follow the paragraph when the running model is tied
		// blanks is the number of "[to complete" blanks in section 2.
		blanks int
		// noRule: no rule favours the running model, and the line that
		// says so under "In favour of …" carries no blank of its own.
		noRule bool
	}{
		{"S1 tie, runs a tied model", l10n.EN, recoS1, assessment.ModelCentralised,
			[]string{assessment.ModelExecutiveLed, assessment.ModelCentralised}, nil,
			"The organisation runs the Centralised model. This assessment scores it level with the Executive-led" + noChangeEN + "W" + execCentEN[1:],
			blankEN, 0, false},
		{"S1 tie, runs a model not tied", l10n.EN, recoS1, assessment.ModelFederated,
			[]string{assessment.ModelExecutiveLed, assessment.ModelCentralised}, nil,
			"The organisation runs the Federated model; this assessment points to the Executive-led and Centralised models, which score equally. " + topDecideEN + "They score 2 points each, the Federated model 0 points. For top management to decide: whether to keep the Federated model and, if not, " + execCentEN + " " + keepEN,
			"", 1, true},
		{"S1 of the review, runs federated", l10n.EN, recoS1Review, assessment.ModelFederated,
			[]string{assessment.ModelExecutiveLed, assessment.ModelCentralised},
			map[string]int{assessment.ModelExecutiveLed: 2, assessment.ModelCentralised: 2, assessment.ModelFederated: 0},
			"They score 2 points each, the Federated model 0 points. For top management to decide: whether to keep the Federated model and, if not, " + execCentEN + " " + keepEN,
			"", 1, true},
		{"federated and centralised tie", l10n.EN, fedCent, assessment.ModelExecutiveLed,
			[]string{assessment.ModelFederated, assessment.ModelCentralised}, nil,
			"The organisation runs the Executive-led model; this assessment points to the Federated and Centralised models, which score equally. " + topDecideEN + "They score 1 point each, the Executive-led model 0 points. For top management to decide: whether to keep the Executive-led model and, if not, " + fedCentEN + " " + keepEN,
			"", 1, true},
		{"federated and executive-led tie", l10n.EN, fedExec, assessment.ModelFederated,
			[]string{assessment.ModelFederated, assessment.ModelExecutiveLed}, nil,
			"The organisation runs the Federated model. This assessment scores it level with the Executive-led" + noChangeEN + "W" + fedExecEN[1:],
			blankEN, 0, false},
		{"federated and executive-led tie, runs centralised with 1 point", l10n.EN, fedExecOne, assessment.ModelCentralised,
			[]string{assessment.ModelFederated, assessment.ModelExecutiveLed},
			map[string]int{assessment.ModelFederated: 2, assessment.ModelExecutiveLed: 2, assessment.ModelCentralised: 1},
			"They score 2 points each, the Centralised model 1 point. For top management to decide: whether to keep the Centralised model and, if not, " + fedExecEN + " " + keepEN,
			"", 1, false},
		{"profile alone, runs centralised", l10n.EN, fedExecProfile, assessment.ModelCentralised,
			[]string{assessment.ModelFederated, assessment.ModelExecutiveLed}, nil,
			"They score 2 points each, the Centralised model 0 points. For top management to decide: whether to keep the Centralised model and, if not, " + fedExecEN + " " + keepEN,
			"", 1, true},
		{"S1 tie in German, runs a tied model", l10n.DE, recoS1, assessment.ModelCentralised,
			[]string{assessment.ModelExecutiveLed, assessment.ModelCentralised}, nil,
			"Die Organisation arbeitet nach dem Modell „Zentral“. Diese Bewertung gibt ihm ebenso viele Punkte wie dem Modell „Von der Geschäftsleitung geführt“" + noChangeDE + "O" + execCentDE[1:],
			blankDE, 0, false},
		{"S1 tie in German, runs a model not tied", l10n.DE, recoS1, assessment.ModelFederated,
			[]string{assessment.ModelExecutiveLed, assessment.ModelCentralised}, nil,
			"Die Organisation arbeitet nach dem Modell „Föderiert“; diese Bewertung spricht gleichermaßen für die Modelle „Von der Geschäftsleitung geführt“ und „Zentral“. " + topDecideDE + "Sie erreichen je 2 Punkte, das Modell „Föderiert“ 0 Punkte. Von der obersten Leitung zu entscheiden: ob das Modell „Föderiert“ beibehalten wird und, falls nicht, " + execCentDE + " " + keepDE,
			"", 1, true},
		{"S1 of the review in German, runs federated", l10n.DE, recoS1Review, assessment.ModelFederated,
			[]string{assessment.ModelExecutiveLed, assessment.ModelCentralised},
			map[string]int{assessment.ModelExecutiveLed: 2, assessment.ModelCentralised: 2, assessment.ModelFederated: 0},
			"Sie erreichen je 2 Punkte, das Modell „Föderiert“ 0 Punkte. Von der obersten Leitung zu entscheiden: ob das Modell „Föderiert“ beibehalten wird und, falls nicht, " + execCentDE + " " + keepDE,
			"", 1, true},
		{"federated and centralised tie in German", l10n.DE, fedCent, assessment.ModelExecutiveLed,
			[]string{assessment.ModelFederated, assessment.ModelCentralised}, nil,
			"Sie erreichen je 1 Punkt, das Modell „Von der Geschäftsleitung geführt“ 0 Punkte. Von der obersten Leitung zu entscheiden: ob das Modell „Von der Geschäftsleitung geführt“ beibehalten wird und, falls nicht, " + fedCentDE + " " + keepDE,
			"", 1, true},
		{"federated and executive-led tie in German", l10n.DE, fedExec, assessment.ModelExecutiveLed,
			[]string{assessment.ModelFederated, assessment.ModelExecutiveLed}, nil,
			"Die Organisation arbeitet nach dem Modell „Von der Geschäftsleitung geführt“. Diese Bewertung gibt ihm ebenso viele Punkte wie dem Modell „Föderiert“" + noChangeDE + "O" + fedExecDE[1:],
			blankDE, 0, false},
		{"federated and executive-led tie in German, runs centralised with 1 point", l10n.DE, fedExecOne, assessment.ModelCentralised,
			[]string{assessment.ModelFederated, assessment.ModelExecutiveLed},
			map[string]int{assessment.ModelFederated: 2, assessment.ModelExecutiveLed: 2, assessment.ModelCentralised: 1},
			"Sie erreichen je 2 Punkte, das Modell „Zentral“ 1 Punkt. Von der obersten Leitung zu entscheiden: ob das Modell „Zentral“ beibehalten wird und, falls nicht, " + fedExecDE + " " + keepDE,
			"", 1, false},
		{"profile alone in German, runs centralised", l10n.DE, fedExecProfile, assessment.ModelCentralised,
			[]string{assessment.ModelFederated, assessment.ModelExecutiveLed}, nil,
			"Sie erreichen je 2 Punkte, das Modell „Zentral“ 0 Punkte. Von der obersten Leitung zu entscheiden: ob das Modell „Zentral“ beibehalten wird und, falls nicht, " + fedExecDE + " " + keepDE,
			"", 1, true},
		{"S3 plain, no tie", l10n.EN, recoS3Plain, assessment.ModelCentralised, nil, nil, "", blankEN, 0, false},
		{"S3 plain, no tie, in German", l10n.DE, recoS3Plain, assessment.ModelCentralised, nil, nil, "", blankDE, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			restore := l10n.Set(tc.lang)
			defer restore()
			a := recoAssessment(t, tc.c, tc.model)
			rec := assessment.Recommend(a)
			require.Equal(t, tc.tied, rec.Tied, "the scenario's premise")
			for id, n := range tc.scores {
				require.Equal(t, n, rec.Scores[id], "the scenario's premise: %s", id)
			}
			lines := recoSection(t, a)
			section := strings.Join(lines, "\n")
			todoOpen := l10n.T("[to complete: %s]")
			todoOpen = todoOpen[:len(todoOpen)-len("%s]")]
			assert.Equal(t, tc.blanks, strings.Count(section, todoOpen), "blanks in section 2:\n%s", section)
			if tc.noRule {
				m, _ := assessment.ModelByID(tc.model)
				favour := l10n.F("In favour of the %s model:", m.Name)
				blocks := recoBlocks(lines, favour, l10n.T("Weighed, in favour of other models:"), l10n.T("Weighed, not counted for any model:"))
				assert.Equal(t, []string{l10n.T("No rule of the assessment favours this model.")}, blocks[favour], "%s", favour)
			}
			// The model is recorded: the paragraph opens with how the
			// assessment stands to it, and the steering group is never
			// asked to choose it.
			assert.Contains(t, section, "\n"+rec.InUseText(tc.model), "the sentence on the model in use opens the paragraph")
			steering := l10n.T("To decide in the steering group: %s")
			steering = steering[:len(steering)-len("%s")]
			assert.NotContains(t, section, steering)
			top := l10n.T("For top management to decide: whether to keep the %s model and, if not, %s")
			top = top[:strings.Index(top, ":")+1]
			if tc.tied == nil {
				assert.NotContains(t, section, top)
				assert.NotContains(t, section, tc.blank)
				return
			}
			assert.Contains(t, section, tc.want+"\n", "the decision ends the paragraph")
			if slices.Contains(tc.tied, tc.model) {
				assert.NotContains(t, section, top, "a tie with the model in use calls for no decision")
			} else {
				assert.Equal(t, 1, strings.Count(section, top), "one decision")
			}
			if tc.blank != "" {
				assert.NotContains(t, section, tc.want+" "+tc.blank, "no rationale blank while the running model is tied")
			}
		})
	}
}

func TestRolesReasonsCountedForNoModel(t *testing.T) {
	multi := recoS3Plain
	multi.profile.Plants = 3
	const federatedPractice = "Plant-floor practices are already well established, so the OT function can own delivery of its controls."
	const federatedCentral = "A central risk or security function exists and can provide the oversight and arbitration a federated model needs."
	const federatedPracticeDE = "Die Praxis in der Produktion ist bereits gut etabliert"
	for _, tc := range []struct {
		name  string
		lang  l10n.Lang
		c     recoCase
		model string
		// uncounted and other are the beginnings of the reasons expected
		// under "Weighed, not counted for any model:" and "Weighed, in
		// favour of other models:", in order; nil: no such heading.
		uncounted, other []string
	}{
		{"S3 plain, runs centralised", l10n.EN, recoS3Plain, assessment.ModelCentralised,
			[]string{federatedPractice, federatedCentral}, nil},
		{"S3 plain, runs federated", l10n.EN, recoS3Plain, assessment.ModelFederated,
			[]string{federatedPractice, federatedCentral},
			[]string{"A single plant can be covered by one owner, or one small team, that knows the site."}},
		{"S1, runs centralised", l10n.EN, recoS1, assessment.ModelCentralised,
			[]string{federatedPractice, federatedCentral},
			[]string{"Validated (GMP) systems are in scope:"}},
		{"three plants: every reason counts", l10n.EN, multi, assessment.ModelCentralised,
			nil,
			[]string{"With 3 plants a central team cannot run every control at every site", federatedPractice, federatedCentral}},
		{"S3 plain in German, runs centralised", l10n.DE, recoS3Plain, assessment.ModelCentralised,
			[]string{federatedPracticeDE, "Es gibt eine zentrale Risiko- oder Informationssicherheitsfunktion"}, nil},
		{"S3 plain in German, runs federated", l10n.DE, recoS3Plain, assessment.ModelFederated,
			[]string{federatedPracticeDE, "Es gibt eine zentrale Risiko- oder Informationssicherheitsfunktion"},
			[]string{"Ein einzelnes Werk kann eine verantwortliche Person oder ein kleines Team abdecken"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			restore := l10n.Set(tc.lang)
			defer restore()
			a := recoAssessment(t, tc.c, tc.model)
			m, _ := assessment.ModelByID(tc.model)
			favour := l10n.F("In favour of the %s model:", m.Name)
			otherH, uncountedH := l10n.T("Weighed, in favour of other models:"), l10n.T("Weighed, not counted for any model:")
			blocks := recoBlocks(recoSection(t, a), favour, otherH, uncountedH)
			require.Contains(t, blocks, favour)
			for _, want := range []struct {
				heading string
				reasons []string
			}{{uncountedH, tc.uncounted}, {otherH, tc.other}} {
				if want.reasons == nil {
					assert.NotContains(t, blocks, want.heading)
					continue
				}
				got := blocks[want.heading]
				if assert.Len(t, got, len(want.reasons), "%s %q", want.heading, got) {
					for i, r := range want.reasons {
						assert.True(t, strings.HasPrefix(got[i], r), "%s: %q does not start with %q", want.heading, got[i], r)
					}
				}
			}
			// Every reason that counts for no model is under its own
			// heading and nowhere else.
			for _, d := range assessment.Recommend(a).Details {
				if countsForAny(d) {
					assert.NotContains(t, blocks[uncountedH], d.Text)
					continue
				}
				assert.Contains(t, blocks[uncountedH], d.Text)
				assert.NotContains(t, blocks[otherH], d.Text)
				assert.NotContains(t, blocks[favour], d.Text)
			}
		})
	}
}

func TestCountsForAny(t *testing.T) {
	for _, tc := range []struct {
		points map[string]int
		want   bool
	}{
		{nil, false},
		{map[string]int{assessment.ModelFederated: 0}, false},
		{map[string]int{assessment.ModelFederated: 0, assessment.ModelCentralised: 1}, true},
		{map[string]int{assessment.ModelExecutiveLed: 2}, true},
	} {
		assert.Equal(t, tc.want, countsForAny(assessment.ModelReason{Points: tc.points}), "%v", tc.points)
	}
}

func TestLowerFirst(t *testing.T) {
	for in, want := range map[string]string{
		"Whether what is missing": "whether what is missing",
		"Ob das Engagement":       "ob das Engagement",
		"Über":                    "über",
		"IT and OT":               "IT and OT",
		"A":                       "a",
		"":                        "",
	} {
		assert.Equal(t, want, lowerFirst(in), "%q", in)
	}
}

// TestRolesOneRationaleBlank: with no tie, a recommendation that differs
// from the model the organisation runs asks for the rationale once, even
// when no rule favours the model in use (S3 plain, one plant, run as
// federated: only the centralised model scores).
func TestRolesOneRationaleBlank(t *testing.T) {
	a := recoAssessment(t, recoS3Plain, assessment.ModelFederated)
	rec := assessment.Recommend(a)
	require.False(t, rec.IsTie(), "the scenario's premise")
	require.Equal(t, assessment.ModelCentralised, rec.Model, "the scenario's premise")
	require.Zero(t, rec.Scores[assessment.ModelFederated], "the scenario's premise")
	lines := recoSection(t, a)
	section := strings.Join(lines, "\n")
	assert.Equal(t, 1, strings.Count(section, "[to complete:"), "blanks in section 2:\n%s", section)
	favour := l10n.F("In favour of the %s model:", "Federated")
	blocks := recoBlocks(lines, favour, l10n.T("Weighed, in favour of other models:"), l10n.T("Weighed, not counted for any model:"))
	assert.Equal(t, []string{"No rule of the assessment favours this model."}, blocks[favour])
}

// withHolder names a role and its holder once: an entry that starts with
// the role's title (a board entered under its own name) is not preceded
// by the title again.
func TestWithHolder(t *testing.T) {
	tests := []struct {
		name  string
		title string
		entry string
		want  string
	}{
		{"person", "", "K. Example", "Executive sponsor, K. Example"},
		{"nobody named", "", "", "Executive sponsor, [to complete: name]"},
		{"board under its own name", "Executive Board", "Executive Board (chair L. Example)", "Executive Board (chair L. Example)"},
		{"case differs", "Executive Board", "executive board", "executive board"},
		{"title elsewhere in the entry", "Board", "L. Example, chair of the Board", "Board, L. Example, chair of the Board"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := assessment.Assessment{Holders: map[assessment.Role]assessment.Holder{assessment.RoleExecutive: {Name: tt.entry}}}
			if tt.title != "" {
				a.RoleNames = map[assessment.Role]string{assessment.RoleExecutive: tt.title}
			}
			assert.Equal(t, tt.want, withHolder(a, assessment.RoleExecutive))
		})
	}
}

// A model in use that the answers show chosen deliberately and working
// (MOD-01 and its own question at 3 or more) is not put to a decision
// because other models score higher on the profile: section 2 says so
// and leaves no blank for a decision nobody has to take.
func TestRolesWorkingModelIsNoDecision(t *testing.T) {
	for _, lang := range l10n.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			restore := l10n.Set(lang)
			defer restore()
			a := recoAssessment(t, recoS1Works, assessment.ModelFederated)
			rec := assessment.Recommend(a)
			require.Equal(t, []string{assessment.ModelExecutiveLed, assessment.ModelCentralised}, rec.Tied, "the scenario's premise")
			require.NotEmpty(t, rec.InUseWorks, "the scenario's premise")
			section := strings.Join(recoSection(t, a), "\n")
			assert.Contains(t, section, "\n"+rec.InUseText(assessment.ModelFederated)+"\n")
			assert.Contains(t, section, "MOD-01: "+assessment.Rating3.Label())
			todoOpen := l10n.T("[to complete: %s]")
			assert.NotContains(t, section, todoOpen[:len(todoOpen)-len("%s]")], "no blank for a decision")
			top := l10n.T("For top management to decide: whether to keep the %s model and, if not, %s")
			assert.NotContains(t, section, top[:strings.Index(top, ":")+1])
		})
	}
}

// Section 7 of the roles document describes the steering group that
// GOV-06 says exists, and sets one up where it does not; the chair is
// named once when the register enters the body under its own title.
func TestRolesSteeringAsAnswered(t *testing.T) {
	a := recoAssessment(t, recoS1Works, assessment.ModelExecutiveLed)
	a.RoleNames = map[assessment.Role]string{assessment.RoleExecutive: "Executive Board"}
	a.Holders = map[assessment.Role]assessment.Holder{assessment.RoleExecutive: {Name: "Executive Board (chair L. Example)"}}
	section := func() string {
		_, body := docxBuild(t, "roles", Input{A: a, Generated: docxGenerated})
		from, to := strings.Index(body, "7. Steering group\n"), strings.Index(body, "8. Role holders and deputies\n")
		require.True(t, from >= 0 && to > from)
		return body[from:to]
	}
	a.Answers["GOV-06"] = assessment.Answer{Rating: assessment.Rating3}
	s := section()
	assert.Contains(t, s, "The steering group directs the ISMS across IT and OT, settles what one domain cannot settle alone and prepares the management review (GOV-06: \u201cImplemented\u201d).")
	assert.Contains(t, s, "It is chaired by Executive Board (chair L. Example).")
	assert.NotContains(t, s, "Executive Board, Executive Board")

	a.Answers["GOV-06"] = assessment.Answer{Rating: assessment.Rating1}
	assert.Contains(t, section(), "A steering group is to direct the ISMS")
}
