package assessment

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// pluralPlantDE matches German wording that presumes several plants.
var pluralPlantDE = regexp.MustCompile(`(?i)\bWerke\b|\bWerken\b|\b(?:jedes|je|alle) Werk\b`)

// withoutAllowed is text with the phrases of singlePlantAllowed removed.
func withoutAllowed(text string) string {
	for _, s := range singlePlantAllowed {
		text = strings.ReplaceAll(text, s, "")
	}
	return text
}

// TestGoodFor: the one-plant form of the target state is shown only where
// the profile records exactly one plant and the question has one; with
// several plants, the number not recorded or no one-plant form, it is the
// bank's text. German follows the current language.
func TestGoodFor(t *testing.T) {
	tests := []struct {
		name   string
		id     string
		p      Profile
		want   string // English
		german string // the German begins with it
	}{
		{"ROL-03/1", "ROL-03", Profile{Plants: 1}, goodSinglePlant["ROL-03"], "Eine namentlich benannte OT-Leitung des Werks"},
		{"ROL-03/3", "ROL-03", Profile{Plants: 3}, "A named OT lead per plant or region", "Eine namentlich benannte OT-Leitung je Werk oder Region"},
		{"ROL-03/not recorded", "ROL-03", Profile{}, "A named OT lead per plant or region", "Eine namentlich benannte OT-Leitung je Werk oder Region"},
		{"SCO-04/1", "SCO-04", Profile{Plants: 1, Connectivity: ConnectivityIsolated}, goodSinglePlant["SCO-04"], "Ein aktuelles Datenflussdiagramm des Werks"},
		{"MOD-02/1", "MOD-02", Profile{Plants: 1, OwnershipModel: ModelCentralised}, goodSinglePlant["MOD-02"], "Das Werk hat eine namentlich benannte Ansprechperson"},
		{"MOD-02/2", "MOD-02", Profile{Plants: 2}, "Each plant has a named security contact", "Jedes Werk hat"},
		{"GOV-01/1 no one-plant form", "GOV-01", Profile{Plants: 1}, "A single named owner appears in the ISMS manual", "Eine einzige, namentlich benannte"},
		{"CTL-07/1 each plant system", "CTL-07", Profile{Plants: 1}, "A backup register lists each plant system", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ok := QuestionByID(tt.id)
			require.True(t, ok)
			got := q.GoodFor(tt.p)
			assert.True(t, strings.HasPrefix(got, tt.want), "%q begins %q", got, tt.want)
			if _, one := goodSinglePlant[tt.id]; tt.p.Plants == 1 && one {
				assert.NotEqual(t, q.Good, got)
			} else {
				assert.Equal(t, q.Good, got)
			}
			if tt.german == "" {
				return
			}
			defer l10n.Set(l10n.DE)()
			q, _ = QuestionByID(tt.id)
			got = q.GoodFor(tt.p)
			assert.True(t, strings.HasPrefix(got, tt.german), "%q begins %q", got, tt.german)
		})
	}
}

// TestGoodSinglePlantData: every one-plant form belongs to a question of
// the bank asked of a single plant, differs from the bank's text, speaks
// of one plant in English and German and keeps about its length; and
// every question asked of a single plant whose target state speaks of
// several plants has one.
func TestGoodSinglePlantData(t *testing.T) {
	for _, id := range slices.Sorted(maps.Keys(goodSinglePlant)) {
		one := goodSinglePlant[id]
		q, ok := QuestionByID(id)
		require.True(t, ok, id)
		assert.NotEqual(t, WhenMultiPlant, q.When, "%s is asked only of several plants", id)
		assert.NotEqual(t, q.Good, one, id)
		assert.False(t, pluralPlant.MatchString(withoutAllowed(one)), "%s: %q", id, one)
		assert.InDelta(t, len(q.Good), len(one), 0.15*float64(len(q.Good)), "%s: about the bank's length", id)
		assert.True(t, strings.HasSuffix(one, "."), id)
		de := l10n.In(l10n.DE, one)
		assert.NotEqual(t, one, de, "%s: translated", id)
		assert.False(t, pluralPlantDE.MatchString(de), "%s: %q", id, de)
	}
	var missing []string
	for _, q := range questions {
		if q.When == WhenMultiPlant {
			continue
		}
		if _, ok := goodSinglePlant[q.ID]; !ok && pluralPlant.MatchString(withoutAllowed(q.Good)) {
			missing = append(missing, q.ID)
		}
	}
	assert.Empty(t, missing, "target states that speak of several plants without a one-plant form")
	assert.Len(t, goodSinglePlant, 19)
}

// TestLevel2TaskSinglePlant: an answer at level 2 gives the level-2 task,
// which quotes the target state in the one-plant form where the profile
// records one plant, and the bank's where it records three or none; the
// plan recognises either as the tool's own task, in English and German.
func TestLevel2TaskSinglePlant(t *testing.T) {
	base := Profile{OwnershipModel: ModelCentralised, Validated: true, SafetyCritical: true, NIS2: NIS2Essential, Connectivity: ConnectivityBrokered}
	tests := []struct {
		name   string
		plants int
		single bool // the one-plant form is quoted
	}{
		{"one plant", 1, true},
		{"three plants", 3, false},
		{"not recorded", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := base
			p.Plants = tt.plants
			for _, id := range slices.Sorted(maps.Keys(goodSinglePlant)) {
				q, ok := QuestionByID(id)
				require.True(t, ok, id)
				a := Assessment{Profile: p, Answers: answers(id + "=2")}
				require.Empty(t, SkipReason(q, a), id)
				good := q.Good
				if tt.single {
					good = goodSinglePlant[id]
				}
				act := actionByID(t, ActionsWith(a, Questions()), id)
				assert.Equal(t, fmt.Sprintf(level2TaskFor(id), good), act.Title, id)
				if tt.single {
					assert.False(t, pluralPlant.MatchString(withoutAllowed(act.Title)), "%s: %s", id, act.Title)
				}
				assert.True(t, IsGeneratedTask(id, act.Title), "%s: the English task is the tool's own", id)

				func() {
					defer l10n.Set(l10n.DE)()
					act := actionByID(t, ActionsWith(a, Questions()), id)
					assert.Equal(t, l10n.F(level2TaskFor(id), l10n.T(good)), act.Title, id)
					if tt.single {
						assert.False(t, pluralPlantDE.MatchString(act.Title), "%s: %s", id, act.Title)
					}
					assert.True(t, IsGeneratedTask(id, act.Title), "%s: the German task is the tool's own", id)
				}()
			}
		})
	}
}

// TestQuestionFor: on plants recorded as isolated, the questions whose
// bank text presumes a network link are asked about what crosses the air
// gap, with the one-plant target state where the profile records a
// single plant; elsewhere the bank's text stands (with the one-plant
// target state of goodSinglePlant). German follows the current language.
func TestQuestionFor(t *testing.T) {
	isolated := func(plants int) Profile { return Profile{Plants: plants, Connectivity: ConnectivityIsolated} }
	tests := []struct {
		name            string
		id              string
		p               Profile
		text, why, good string // English: the begins of each
		germanText      string
		wantBankText    bool
		wantBankGood    bool
	}{
		{"BRF-08 isolated, 3 plants", "BRF-08", isolated(3), "Is the plants' isolation from corporate IT checked on site", "An isolation nobody checks decays", "A check on site, repeated on a schedule and after changes to the plant networks", "Wird die Trennung der Werke", false, false},
		{"BRF-08 isolated, 1 plant", "BRF-08", isolated(1), "Is the plant's isolation", "An isolation nobody checks", "A check on site, repeated on a schedule and after changes to the plant's networks", "", false, false},
		{"BRF-08 brokered, 1 plant", "BRF-08", Profile{Plants: 1, Connectivity: ConnectivityBrokered}, "Is traffic between the plant networks and corporate IT restricted", "Most attacks that stop production", goodSinglePlant["BRF-08"], "Ist der Verkehr", true, false},
		{"BRF-08 not recorded", "BRF-08", Profile{}, "Is traffic between", "Most attacks", "A zone and conduit diagram", "", true, true},
		{"INC-02 isolated, 1 plant", "INC-02", isolated(1), "Is it defined who may decide, during a cyber incident, to cut a plant off from every remaining crossing", "Containment on the plant floor", "The plant's playbooks name", "Ist festgelegt, wer während eines Cybervorfalls entscheiden darf, alle verbliebenen Übergänge", false, false},
		{"INC-02 integrated", "INC-02", Profile{Plants: 2, Connectivity: ConnectivityIntegrated}, "Is it defined who may decide, during a cyber incident, to isolate a plant from the corporate network", "Containment", "Playbooks per plant", "", true, true},
		{"CTL-02 isolated", "CTL-02", isolated(2), "Do IT and OT have an agreed split of duties for what they share across the air gap", "Where the plants are not networked", "An operating agreement for each shared item", "Haben IT und OT eine vereinbarte Aufgabenteilung für das", false, false},
		{"SCO-02 isolated, 1 plant: text only", "SCO-02", isolated(1), "Does each component or medium that crosses the air gap", "These components sit on the boundary", goodSinglePlant["SCO-02"], "Hat jede Komponente und jedes Medium", false, false},
		{"GOV-01 isolated: no isolated form", "GOV-01", isolated(2), "", "", "", "", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ok := QuestionByID(tt.id)
			require.True(t, ok)
			got := q.For(tt.p)
			assert.True(t, strings.HasPrefix(got.Text, tt.text), "text %q begins %q", got.Text, tt.text)
			assert.True(t, strings.HasPrefix(got.Why, tt.why), "why %q begins %q", got.Why, tt.why)
			assert.True(t, strings.HasPrefix(got.Good, tt.good), "good %q begins %q", got.Good, tt.good)
			assert.Equal(t, tt.wantBankText, got.Text == q.Text, "bank's question text")
			assert.Equal(t, tt.wantBankGood, got.Good == q.Good, "bank's target state")
			assert.Equal(t, got.Good, q.GoodFor(tt.p), "GoodFor is For's target state")
			assert.Equal(t, q.ID, got.ID)
			assert.Equal(t, q.Refs, got.Refs, "the form changes no reference")
			// Checking and listing what crosses the gap needs no window.
			assert.Equal(t, q.Downtime && !(tt.id == "BRF-08" && tt.p.Connectivity == ConnectivityIsolated), got.Downtime, "downtime")
			if tt.germanText == "" {
				return
			}
			defer l10n.Set(l10n.DE)()
			q, _ = QuestionByID(tt.id)
			got = q.For(tt.p)
			assert.True(t, strings.HasPrefix(got.Text, tt.germanText), "%q begins %q", got.Text, tt.germanText)
		})
	}
}

// TestIsolatedQuestionsData: every isolated form belongs to a question of
// the bank, differs from its text, mentions no DMZ and no corporate
// network to cut off, and has a one-plant target state wherever the
// bank's target state has one; and no question asked of an isolated
// single plant presumes a DMZ or several plants in its target state.
func TestIsolatedQuestionsData(t *testing.T) {
	dmz := regexp.MustCompile(`(?i)\bDMZ\b|corporate network|demilitari`)
	for _, id := range slices.Sorted(maps.Keys(isolatedQuestions)) {
		iso := isolatedQuestions[id]
		q, ok := QuestionByID(id)
		require.True(t, ok, id)
		for _, s := range []string{iso.text, iso.textSingle, iso.why, iso.good, iso.goodSingle} {
			assert.NotRegexp(t, dmz, s, id)
		}
		if iso.textSingle != "" {
			assert.NotRegexp(t, pluralPlant, withoutAllowed(iso.textSingle), id)
			assert.NotEmpty(t, iso.text, id)
		}
		assert.NotEqual(t, q.Text, iso.text, id)
		if _, one := goodSinglePlant[id]; one && iso.good != "" {
			assert.NotEmpty(t, iso.goodSingle, "%s: the isolated target state needs its one-plant form", id)
		}
		if iso.goodSingle != "" {
			assert.NotRegexp(t, pluralPlant, withoutAllowed(iso.goodSingle), id)
			assert.NotEmpty(t, iso.good, id)
		}
	}
	p := Profile{Plants: 1, Connectivity: ConnectivityIsolated}
	for _, q := range Questions() {
		f := q.For(p)
		assert.NotRegexp(t, dmz, f.Text, "%s asked of an isolated plant", q.ID)
		assert.NotRegexp(t, dmz, f.Good, "%s target state for an isolated plant", q.ID)
	}
}

// TestTextSinglePlantData: each one-plant question belongs to a question
// of the bank asked of a single plant, differs from the bank's text and
// speaks of one plant in English and German; and every question asked of
// a single plant whose text speaks of several has one, but for the count
// of plants a model suits (MOD-01) and the isolated forms, which win.
func TestTextSinglePlantData(t *testing.T) {
	p := Profile{Plants: 1}
	asked := map[string]bool{}
	for _, q := range Questions() {
		asked[q.ID] = q.When != WhenMultiPlant
	}
	for _, id := range slices.Sorted(maps.Keys(textSinglePlant)) {
		one := textSinglePlant[id]
		q, ok := QuestionByID(id)
		require.True(t, ok, id)
		assert.True(t, asked[id], "%s is asked of a single plant", id)
		assert.NotEqual(t, q.Text, one, id)
		assert.NotRegexp(t, pluralPlant, withoutAllowed(one), id)
		assert.Equal(t, one, q.For(p).Text, id)
		restore := l10n.Set(l10n.DE)
		assert.NotRegexp(t, pluralPlantDE, l10n.T(one), id)
		restore()
	}
	for _, q := range Questions() {
		if !asked[q.ID] || q.ID == "MOD-01" {
			continue
		}
		assert.NotRegexp(t, pluralPlant, withoutAllowed(q.For(p).Text), "%s asked of one plant", q.ID)
	}
}

// TestLevelsSinglePlant: the one-plant level texts replace the general
// ones for a single plant only, speak of one plant, and leave a level
// they do not word to the general text.
func TestLevelsSinglePlant(t *testing.T) {
	assert.Equal(t, "The ISMS owner sits inside the IT team or the plant's own team, with no authority over the other side.", QuestionLevelTextAt("GOV-02", Rating0, AppliesBoth, 1))
	assert.Equal(t, questionLevels["GOV-02"][0], QuestionLevelTextAt("GOV-02", Rating0, AppliesBoth, 3))
	assert.Equal(t, questionLevels["GOV-01"][0], QuestionLevelTextAt("GOV-01", Rating0, AppliesBoth, 1), "a level the one-plant form leaves empty")
	for _, id := range slices.Sorted(maps.Keys(questionLevelsSinglePlant)) {
		require.Contains(t, questionLevels, id, "%s has general levels", id)
		for l, text := range questionLevelsSinglePlant[id] {
			if text == "" {
				continue
			}
			assert.NotEqual(t, questionLevels[id][l], text, "%s level %d", id, l)
			assert.NotRegexp(t, pluralPlant, text, "%s level %d", id, l)
			restore := l10n.Set(l10n.DE)
			assert.NotRegexp(t, pluralPlantDE, l10n.T(text), "%s level %d", id, l)
			restore()
		}
	}
	// Every general level that speaks of several plants has its one-plant
	// form.
	for id, ls := range questionLevels {
		for l, text := range ls {
			if pluralPlant.MatchString(withoutAllowed(text)) {
				assert.NotEmpty(t, questionLevelsSinglePlant[id][l], "%s level %d speaks of several plants", id, l)
			}
		}
	}
}
