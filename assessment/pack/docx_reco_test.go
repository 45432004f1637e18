package pack

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The roles document, section 2: a tie between two models is put to the
// steering group as a decision, with a blank for the rationale where the
// organisation runs neither tied model; and a reason that counts for no
// model is not filed as in favour of another. Not parallel: the German
// cases set the program's language.

// recoCase is a profile and a uniform rating for every question, with
// the answers that differ from it: the scenarios of the lead-auditor
// review (S1 single GMP plant, S3 plain single plant) and the other two
// pairs of tied models.
type recoCase struct {
	profile assessment.Profile
	rating  assessment.Rating
	answers map[string]assessment.Rating
}

// S1: a single GMP plant with a central risk function, answers at 3.
// Validated gives executive-led 2, the single plant centralised 2; the
// established plant-floor practice and the central risk function are
// weighed for the federated model and not counted. Executive-led and
// centralised tie.
var recoS1 = recoCase{
	profile: assessment.Profile{Organisation: "PharmaCo", Site: "Plant Basel", Validated: true, Plants: 1, CentralRisk: true, Connectivity: assessment.ConnectivityBrokered},
	rating:  assessment.Rating3,
}

// S3 plain: a single plant, not regulated, every answer at 4. Only the
// centralised model scores; the established plant-floor practice and the
// central risk function are weighed for the federated model and not
// counted.
var recoS3Plain = recoCase{
	profile: assessment.Profile{Organisation: "TopCo", Site: "Plant Top", Plants: 1, CentralRisk: true, Connectivity: assessment.ConnectivityBrokered},
	rating:  assessment.Rating4,
}

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
	for _, tc := range []struct {
		name  string
		lang  l10n.Lang
		c     recoCase
		model string   // the model the organisation runs
		tied  []string // nil: no tie
		// want is the end of the tie paragraph: the decision, and the
		// blank where the running model is not tied.
		want  string
		blank string // the rationale blank, which must not follow the decision when the running model is tied
	}{
		{"S1 tie, runs a tied model", l10n.EN, recoS1, assessment.ModelCentralised,
			[]string{assessment.ModelExecutiveLed, assessment.ModelCentralised},
			"Executive-led and Centralised score equally. To decide in the steering group: whether what is missing is leadership commitment and authority over risk (executive-led), or capacity to deliver the basics (centralised).",
			blankEN},
		{"S1 tie, runs a model not tied", l10n.EN, recoS1, assessment.ModelFederated,
			[]string{assessment.ModelExecutiveLed, assessment.ModelCentralised},
			"Executive-led and Centralised score equally. To decide in the steering group: whether what is missing is leadership commitment and authority over risk (executive-led), or capacity to deliver the basics (centralised). " + blankEN,
			""},
		{"federated and centralised tie", l10n.EN, fedCent, assessment.ModelExecutiveLed,
			[]string{assessment.ModelFederated, assessment.ModelCentralised},
			"score equally. To decide in the steering group: whether the plants have local IT and OT people able to deliver their own controls (federated), or one central team has to do it for them (centralised). " + blankEN,
			""},
		{"federated and executive-led tie", l10n.EN, fedExec, assessment.ModelFederated,
			[]string{assessment.ModelFederated, assessment.ModelExecutiveLed},
			"score equally. To decide in the steering group: whether a central risk or security function can oversee the plants' own control owners (federated), or that oversight and the risk decisions have to come from an executive sponsor (executive-led).",
			blankEN},
		{"S1 tie in German, runs a tied model", l10n.DE, recoS1, assessment.ModelCentralised,
			[]string{assessment.ModelExecutiveLed, assessment.ModelCentralised},
			"erreichen gleich viele Punkte. Im Lenkungskreis zu entscheiden: ob das Engagement der Leitung und die Befugnis über Risiken fehlen (von der Geschäftsleitung geführt) oder die Kapazität, die Grundlagen umzusetzen (zentral).",
			blankDE},
		{"S1 tie in German, runs a model not tied", l10n.DE, recoS1, assessment.ModelFederated,
			[]string{assessment.ModelExecutiveLed, assessment.ModelCentralised},
			"erreichen gleich viele Punkte. Im Lenkungskreis zu entscheiden: ob das Engagement der Leitung und die Befugnis über Risiken fehlen (von der Geschäftsleitung geführt) oder die Kapazität, die Grundlagen umzusetzen (zentral). " + blankDE,
			""},
		{"federated and centralised tie in German", l10n.DE, fedCent, assessment.ModelExecutiveLed,
			[]string{assessment.ModelFederated, assessment.ModelCentralised},
			"erreichen gleich viele Punkte. Im Lenkungskreis zu entscheiden: ob die Werke eigene IT- und OT-Fachleute haben, die ihre Maßnahmen selbst umsetzen können (föderiert), oder ob ein zentrales Team das für sie übernehmen muss (zentral). " + blankDE,
			""},
		{"federated and executive-led tie in German", l10n.DE, fedExec, assessment.ModelExecutiveLed,
			[]string{assessment.ModelFederated, assessment.ModelExecutiveLed},
			"erreichen gleich viele Punkte. Im Lenkungskreis zu entscheiden: ob eine zentrale Risiko- oder Informationssicherheitsfunktion die Maßnahmenverantwortlichen der Werke beaufsichtigen kann (föderiert) oder ob Aufsicht und Risikoentscheidungen von einem Sponsor aus der Geschäftsleitung kommen müssen (von der Geschäftsleitung geführt).",
			blankDE},
		{"S3 plain, no tie", l10n.EN, recoS3Plain, assessment.ModelCentralised, nil, "", blankEN},
		{"S3 plain, no tie, in German", l10n.DE, recoS3Plain, assessment.ModelCentralised, nil, "", blankDE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			restore := l10n.Set(tc.lang)
			defer restore()
			a := recoAssessment(t, tc.c, tc.model)
			require.Equal(t, tc.tied, assessment.Recommend(a).Tied, "the scenario's premise")
			section := strings.Join(recoSection(t, a), "\n")
			lead := l10n.T("To decide in the steering group: %s")
			lead = lead[:len(lead)-len("%s")]
			if tc.tied == nil {
				assert.NotContains(t, section, lead)
				assert.NotContains(t, section, tc.blank)
				return
			}
			assert.Contains(t, section, tc.want+"\n", "the decision ends the paragraph")
			assert.Equal(t, 1, strings.Count(section, lead), "one decision")
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
			[]string{"A single plant can be covered by one central team that knows the site."}},
		{"S1, runs centralised", l10n.EN, recoS1, assessment.ModelCentralised,
			[]string{federatedPractice, federatedCentral},
			[]string{"Validated or safety-critical systems are in scope:"}},
		{"three plants: every reason counts", l10n.EN, multi, assessment.ModelCentralised,
			nil,
			[]string{"With 3 plants a central team cannot run controls in every site", federatedPractice, federatedCentral}},
		{"S3 plain in German, runs centralised", l10n.DE, recoS3Plain, assessment.ModelCentralised,
			[]string{federatedPracticeDE, "Es gibt eine zentrale Risiko- oder Informationssicherheitsfunktion"}, nil},
		{"S3 plain in German, runs federated", l10n.DE, recoS3Plain, assessment.ModelFederated,
			[]string{federatedPracticeDE, "Es gibt eine zentrale Risiko- oder Informationssicherheitsfunktion"},
			[]string{"Ein einzelnes Werk kann ein zentrales Team abdecken"}},
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
