package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bank1Size is the number of questions of bank 1.
const bank1Size = 64

// TestBankChangesComplete checks the change record against both banks:
// every bank 1 question has exactly one fate, every bank 2 question comes
// from bank 1 or is listed as added, and the IDs it names exist.
func TestBankChangesComplete(t *testing.T) {
	old := map[string]BankChange{}
	added := map[string]bool{}
	for _, c := range BankChanges() {
		assert.NotEmpty(t, c.Reason, "%s: a change needs its one-line reason", c.ID)
		if c.Kind == ChangeAdded {
			assert.False(t, added[c.ID], "%s added twice", c.ID)
			added[c.ID] = true
			_, ok := QuestionByID(c.ID)
			assert.True(t, ok, "%s is listed as added but is not in the bank", c.ID)
			continue
		}
		assert.NotContains(t, old, c.ID, "%s has two fates", c.ID)
		old[c.ID] = c
		assert.True(t, questionIDPattern.MatchString(c.ID), c.ID)
		assert.True(t, c.OldWeight >= 1 && c.OldWeight <= 3, "%s: old weight %d", c.ID, c.OldWeight)
		_, current := QuestionByID(c.ID)
		switch c.Kind {
		case ChangeKept, ChangeReworded:
			assert.True(t, current, "%s is %s but not in the bank", c.ID, c.Kind)
		case ChangeMerged:
			assert.False(t, current, "%s was merged away but its ID is still used", c.ID)
			assert.Len(t, c.Into, 1, "%s merges into one question", c.ID)
		case ChangeSplit:
			assert.False(t, current, "%s was split but its ID is still used", c.ID)
			assert.GreaterOrEqual(t, len(c.Into), 2, "%s splits into several questions", c.ID)
		case ChangeRemoved:
			assert.False(t, current, "%s was removed but its ID is still used", c.ID)
		default:
			t.Errorf("%s: unknown kind %q", c.ID, c.Kind)
		}
		for _, id := range c.Into {
			_, ok := QuestionByID(id)
			assert.True(t, ok, "%s: %s is not in the bank", c.ID, id)
		}
	}
	assert.Len(t, old, bank1Size, "every bank 1 question has its fate recorded")
	for _, q := range Questions() {
		c, fromBank1 := old[q.ID]
		fromBank1 = fromBank1 && (c.Kind == ChangeKept || c.Kind == ChangeReworded)
		assert.True(t, fromBank1 != added[q.ID], "%s: comes from bank 1 or is added, exactly one", q.ID)
	}
}

// TestMergedWeightsCarryOver checks that a question absorbing others
// weighs at least as much as the heaviest of them did.
func TestMergedWeightsCarryOver(t *testing.T) {
	for _, c := range BankChanges() {
		if c.Kind != ChangeMerged {
			continue
		}
		q, ok := QuestionByID(c.Into[0])
		require.True(t, ok)
		assert.GreaterOrEqual(t, q.Weight, c.OldWeight, "%s merged into %s", c.ID, q.ID)
		if own, ok := bank1Change(q.ID); ok {
			assert.GreaterOrEqual(t, q.Weight, own.OldWeight, "%s keeps its own weight", q.ID)
		}
	}
}

// TestRetirableAnswersHaveText checks that every bank 1 question whose
// answer UpgradeBank1Answers can retire has its old wording on record, so
// that the retired answer can be shown with its question.
func TestRetirableAnswersHaveText(t *testing.T) {
	targets := map[string]bool{}
	for _, c := range BankChanges() {
		if c.Kind == ChangeMerged {
			targets[c.Into[0]] = true
		}
	}
	for _, c := range BankChanges() {
		if c.Kind == ChangeAdded {
			assert.Empty(t, c.OldText, c.ID)
			continue
		}
		retirable := c.Kind == ChangeMerged || c.Kind == ChangeSplit || c.Kind == ChangeRemoved || targets[c.ID]
		if retirable {
			assert.True(t, strings.HasSuffix(c.OldText, "?"), "%s: old wording needed, as a question", c.ID)
			_, ok := RetiredQuestion(c.ID)
			assert.True(t, ok, c.ID)
		} else {
			assert.Empty(t, c.OldText, "%s cannot be retired; its old wording is not needed", c.ID)
		}
	}
	assert.True(t, IsBank1Question("MOD-06"))
	assert.False(t, IsBank1Question("GOV-09"))
	assert.False(t, slices.ContainsFunc(BankChanges(), func(c BankChange) bool { return c.ID == "" }))
}
