package assessment

import (
	"fmt"
	"maps"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// actionByID returns the action of acts with id.
func actionByID(t *testing.T, acts []Action, id string) Action {
	t.Helper()
	for _, act := range acts {
		if act.ID == id {
			return act
		}
	}
	require.Failf(t, "no action", "the plan has no action %s", id)
	return Action{}
}

func TestActionsGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()

	a := Assessment{
		Profile: Profile{Validated: true, SafetyCritical: true},
		// INC-02 at 2: its test in a planned window carries the downtime
		// note (at 0, 1 or unknown naming who decides carries none).
		Answers: answers("GOV-01=1", "INC-02=2", "GOV-05=unknown"),
	}
	acts := Actions(a)

	gov := actionByID(t, acts, "GOV-01")
	assert.Equal(t, "Eine namentlich benannte Person als ISMS-Verantwortliche/n für Unternehmens-IT und Werke gleichermaßen mit unterschriebenem Ernennungsschreiben bestellen und den Namen im ISMS-Handbuch und in der RACI festhalten.", gov.Title)
	assert.Equal(t, gov.Title, gov.Generated)
	assert.Equal(t, gov.Title, GeneratedTask("GOV-01"))
	assert.Equal(t, "Klein", gov.Effort.Label())
	assert.Equal(t, "Offen", gov.Status.Label())

	// "Today: ... Aim for ...": the level text keeps its capital letter
	// in German.
	// GOV-01 asks about one act, so its action aims at level 3.
	prefix := "Heute: " + Rating1.Label() + " (1). Ziel: " + Rating3.Label() + " (3) – "
	require.Contains(t, gov.Detail, prefix)
	rest := gov.Detail[len(prefix):]
	first, _ := utf8.DecodeRuneInString(rest)
	assert.True(t, unicode.IsUpper(first), "the level text starts with a capital in German: %q", gov.Detail)
	assert.Equal(t, QuestionLevelText("GOV-01", Rating3, AppliesBoth), rest, "GOV-01 has its own level texts")

	unknown := actionByID(t, acts, "GOV-05")
	assert.Contains(t, unknown.Detail, "Als unbekannt beantwortet")
	assert.Contains(t, unknown.Detail, "Ziel: "+Rating2.Label()+" (2) – ")

	chg := actionByID(t, acts, "INC-02")
	assert.Equal(t, "Erfordert ein geplantes Stillstandsfenster oder eine Revision der betroffenen Linien. "+
		"Bei validierten Systemen entscheidet die Änderungskontrolle des Standorts, in welchem Umfang requalifiziert werden muss: dies vor der Terminplanung mit der Qualitätssicherung abstimmen. "+
		"Die Änderung vor der Inbetriebnahme mit EHS anhand der Gefährdungs- und Risikobeurteilung der Anlage prüfen.", chg.Downtime)
	assert.Equal(t, "Mittel", chg.Effort.Label())
}

func TestActionLabelsGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	assert.Equal(t, []string{"Klein", "Mittel", "Groß"}, []string{EffortS.Label(), EffortM.Label(), EffortL.Label()})
	assert.Equal(t, []string{"Offen", "In Bearbeitung", "Erledigt", "Offen"},
		[]string{StatusOpen.Label(), StatusInProgress.Label(), StatusDone.Label(), ActionStatus("").Label()})
	assert.EqualError(t, ValidatePlanEntry("ADD-3", PlanEntry{Person: "P"}, false), "eine hinzugefügte Aktion braucht einen Text")
	assert.EqualError(t, validatePlan(map[string]PlanEntry{"NOPE": {Text: "x"}}, nil),
		`Aktion "NOPE": weder eine Frage des Fragenkatalogs noch eine hinzugefügte Aktion (ADD-1, ADD-2, …)`)
}

// TestActionsGermanTasksComplete: every generated task has a German text
// that is not the English one.
func TestActionsGermanTasksComplete(t *testing.T) {
	for id, spec := range actionSpecs {
		de := l10n.In(l10n.DE, spec.Task)
		assert.NotEqual(t, spec.Task, de, "%s has no German task", id)
	}
}

// TestActionsStoredGeneratedText: a plan entry whose text is the
// generated task (in English or German: kept by a file or an older
// version, never edited) shows the task in the page's language; an edited
// text shows as written; nothing stored changes.
func TestActionsStoredGeneratedText(t *testing.T) {
	en := actionSpecs["GOV-01"].Task
	de := l10n.In(l10n.DE, en)
	require.NotEqual(t, en, de)
	plan := map[string]PlanEntry{
		"GOV-01": {Text: en, Person: "Anna Berg"},
		"SCO-01": {Text: l10n.In(l10n.DE, actionSpecs["SCO-01"].Task)},
		"ROL-01": {Text: "Die RACI im Lenkungskreis beschließen."},
	}
	a := Assessment{Answers: answers("GOV-01=0", "SCO-01=1", "ROL-01=2"), Plan: maps.Clone(plan)}

	restore := l10n.Set(l10n.DE)
	acts := Actions(a)
	restore()
	gov := actionByID(t, acts, "GOV-01")
	assert.Equal(t, de, gov.Title, "English generated text shows in German")
	assert.Equal(t, gov.Generated, gov.Title, "not shown as edited")
	assert.Equal(t, "Anna Berg", gov.Person)
	sco := actionByID(t, acts, "SCO-01")
	assert.Equal(t, sco.Generated, sco.Title)
	assert.Equal(t, "Die RACI im Lenkungskreis beschließen.", actionByID(t, acts, "ROL-01").Title, "an edited text stands")
	assert.Equal(t, plan, a.Plan, "the stored plan is unchanged")

	// On an English page the English generated text is the generated
	// task, and edited text stands.
	acts = Actions(a)
	assert.Equal(t, en, actionByID(t, acts, "GOV-01").Title)
	assert.Equal(t, en, actionByID(t, acts, "GOV-01").Generated)
	assert.Equal(t, "Die RACI im Lenkungskreis beschließen.", actionByID(t, acts, "ROL-01").Title)
}

func TestIsGeneratedTask(t *testing.T) {
	en := actionSpecs["GOV-01"].Task
	assert.True(t, IsGeneratedTask("GOV-01", en))
	restore := l10n.Set(l10n.DE)
	assert.True(t, IsGeneratedTask("GOV-01", en), "English on a German page")
	assert.True(t, IsGeneratedTask("GOV-01", l10n.In(l10n.DE, en)))
	restore()
	assert.False(t, IsGeneratedTask("SCO-01", en), "another question's task")
	assert.False(t, IsGeneratedTask("GOV-01", "Appoint Ms Smith."))
	assert.False(t, IsGeneratedTask("ADD-1", ""), "an added action has no generated task")
	assert.False(t, IsGeneratedTask("XYZ-1", ""))

	// The level-2 task quoting a target state in the form a profile gives
	// it (Question.For) is the tool's own, in either language.
	for _, p := range []Profile{{Plants: 1, Connectivity: ConnectivityIsolated}, {Plants: 3, Connectivity: ConnectivityIsolated}} {
		a := Assessment{Profile: p, Answers: answers("INC-02=2")}
		title := actionByID(t, ActionsWith(a, Questions()), "INC-02").Title
		require.Contains(t, title, "stopping every crossing", "the isolated target state")
		assert.True(t, IsGeneratedTask("INC-02", title), "%d plants", p.Plants)
		restore := l10n.Set(l10n.DE)
		assert.True(t, IsGeneratedTask("INC-02", actionByID(t, ActionsWith(a, Questions()), "INC-02").Title), "German, %d plants", p.Plants)
		restore()
	}
}

// TestIsGeneratedTaskBefore: a level-2 task saved in the wording of
// earlier versions reads back as the tool's own, and the new wording too.
func TestIsGeneratedTaskBefore(t *testing.T) {
	q, ok := QuestionByID("ROL-10")
	require.True(t, ok)
	assert.True(t, IsGeneratedTask("ROL-10", fmt.Sprintf(level2TaskBefore, q.Good)))
	assert.True(t, IsGeneratedTask("ROL-10", fmt.Sprintf(level2Task, q.Good)))
	assert.False(t, IsGeneratedTask("ROL-10", fmt.Sprintf(level2TaskBefore, "Something else.")))
}

// TestIsGeneratedTaskEarlierCatalogue: a catalogue task saved as an
// earlier version worded it reads back as the tool's own; the same words
// under another question do not.
func TestIsGeneratedTaskEarlierCatalogue(t *testing.T) {
	for id, before := range tasksBefore {
		assert.True(t, IsGeneratedTask(id, before), id)
		assert.NotEqual(t, before, actionSpecs[id].Task, "%s: the earlier wording differs from today's", id)
		assert.False(t, IsGeneratedTask("GOV-01", before), "%s's earlier task under GOV-01", id)
	}
}
