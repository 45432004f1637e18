package assessment

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// TestQuestionBankInGerman checks that the bank's public API speaks German
// on a German page: every question, area and retired wording is
// translated, while IDs, references, weights and conditions stay those of
// the English bank.
func TestQuestionBankInGerman(t *testing.T) {
	en := Questions()
	enAreas := Areas()
	restore := l10n.Set(l10n.DE)
	defer restore()

	de := Questions()
	require.Len(t, de, len(en))
	for i, q := range de {
		e := en[i]
		assert.Equal(t, e.ID, q.ID)
		assert.Equal(t, e.Area, q.Area, q.ID)
		assert.Equal(t, e.Refs, q.Refs, q.ID)
		assert.Equal(t, e.NIS2, q.NIS2, q.ID)
		assert.Equal(t, e.Seed, q.Seed, q.ID)
		assert.Equal(t, e.Weight, q.Weight, q.ID)
		assert.Equal(t, e.InterfaceRisk, q.InterfaceRisk, q.ID)
		assert.Equal(t, e.When, q.When, q.ID)
		assert.Equal(t, e.Applies, q.Applies, q.ID)
		assert.NotEqual(t, e.Text, q.Text, "%s: question not translated", q.ID)
		assert.NotEqual(t, e.Why, q.Why, "%s: why not translated", q.ID)
		assert.NotEqual(t, e.Good, q.Good, "%s: good not translated", q.ID)
		assert.True(t, strings.HasSuffix(q.Text, "?"), "%s: the German is a question too: %q", q.ID, q.Text)
		got, ok := QuestionByID(q.ID)
		require.True(t, ok, q.ID)
		assert.Equal(t, q, got, "QuestionByID gives the German question")
	}

	q, ok := QuestionByID("GOV-01")
	require.True(t, ok)
	assert.Equal(t, "Ist eine namentlich benannte Person für das ISMS als Ganzes verantwortlich, und zwar für die Unternehmens-IT ebenso wie für die Werke?", q.Text)

	areas := Areas()
	require.Len(t, areas, len(enAreas))
	for i, a := range areas {
		assert.Equal(t, enAreas[i].ID, a.ID)
		assert.NotEqual(t, enAreas[i].Title, a.Title, a.ID)
		assert.NotEqual(t, enAreas[i].Intro, a.Intro, a.ID)
		for _, q := range QuestionsInArea(a.ID) {
			got, _ := QuestionByID(q.ID)
			assert.Equal(t, got, q, "QuestionsInArea gives the German question")
		}
	}
	assert.Equal(t, "Gesamtverantwortung und Governance", areas[0].Title)

	c, ok := RetiredQuestion("GOV-04")
	require.True(t, ok)
	assert.True(t, strings.HasPrefix(c.OldText, "Genehmigt die Geschäftsleitung"), c.OldText)
	assert.True(t, strings.HasPrefix(c.Reason, "Asked two things"), "the change reason is a documentation note and stays English")
	for i, c := range BankChanges() {
		en := bankChanges[i]
		assert.Equal(t, en.ID, c.ID)
		assert.Equal(t, en.Kind, c.Kind, c.ID)
		assert.Equal(t, en.Into, c.Into, c.ID)
		if en.OldText != "" {
			assert.NotEqual(t, en.OldText, c.OldText, "%s: old wording not translated", c.ID)
		}
	}
}

// TestQuestionBankEnglishUnchanged checks that a German page leaves the
// English tables alone and that the English path allocates nothing.
func TestQuestionBankEnglishUnchanged(t *testing.T) {
	func() {
		restore := l10n.Set(l10n.DE)
		defer restore()
		_ = Questions()
		_ = Areas()
		_ = ProfileFields()
		_ = BankChanges()
	}()
	q, ok := QuestionByID("GOV-01")
	require.True(t, ok)
	assert.Equal(t, "Is one named person accountable for the ISMS as a whole, covering both corporate IT and the plants?", q.Text)
	assert.Equal(t, "Accountability and governance", Areas()[0].Title)
	assert.Equal(t, "Site", ProfileLabel("site"))
	assert.Equal(t, &questions[0], &Questions()[0], "English returns the table itself")
	assert.Zero(t, testing.AllocsPerRun(10, func() {
		_ = Questions()
		_ = Areas()
		_ = ProfileFields()
		_ = BankChanges()
		_, _ = QuestionByID("SCO-02")
	}))
}

// TestProfileFieldsInGerman checks the profile form's labels and choices in
// German, with the stored values unchanged.
func TestProfileFieldsInGerman(t *testing.T) {
	enFields := ProfileFields()
	restore := l10n.Set(l10n.DE)
	defer restore()

	fields := ProfileFields()
	require.Len(t, fields, len(enFields))
	for i, f := range fields {
		assert.Equal(t, enFields[i].Key, f.Key)
		assert.Equal(t, enFields[i].Kind, f.Kind, f.Key)
		assert.Equal(t, enFields[i].ChoiceValues(), f.ChoiceValues(), "%s: stored values do not change", f.Key)
		if f.Key != "organisation" { // the same word in German
			assert.NotEqual(t, enFields[i].Label, f.Label, "%s: label not translated", f.Key)
		}
		for j, c := range f.Choices {
			assert.NotEqual(t, enFields[i].Choices[j].Label, c.Label, "%s=%s: choice not translated", f.Key, c.Value)
		}
	}
	assert.Equal(t, "Standort", ProfileLabel("site"))
	assert.Equal(t, "Anzahl der Werke", ProfileLabel("plants"))

	nis2, ok := ProfileFieldByKey("nis2")
	require.True(t, ok)
	assert.Equal(t, "Besonders wichtige Einrichtung", nis2.ChoiceLabel(NIS2Essential))
	model, _ := ProfileFieldByKey("ownershipModel")
	assert.Equal(t, "Von der Geschäftsleitung geführt", model.ChoiceLabel(ModelExecutiveLed))
	role, _ := ProfileFieldByKey("respondentRole")
	assert.Equal(t, RoleLabel(RoleIT), role.ChoiceLabel(string(RoleIT)))
	assert.Equal(t, "IT-Leitung", role.ChoiceLabel(string(RoleIT)))

	// Checks still accept every stored value, and say what is wrong in
	// German.
	p := Profile{NIS2: NIS2Important, Plants: MaxPlants + 1}
	require.NoError(t, nis2.Check(&p))
	plants, _ := ProfileFieldByKey("plants")
	err := plants.Check(&p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "muss zwischen 0 und")
	p.NIS2 = "maybe"
	err = nis2.Check(&p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "muss leer oder einer der Werte")
}

// TestScoreDoesNotDependOnLanguage scores the same assessment on an
// English and a German page.
func TestScoreDoesNotDependOnLanguage(t *testing.T) {
	a := Sample(3, time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC))
	en := Score(a)
	restore := l10n.Set(l10n.DE)
	defer restore()
	assert.Equal(t, en, Score(a))
	require.NoError(t, Validate(a))
}
