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
	assert.Len(t, goodSinglePlant, 18)
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
