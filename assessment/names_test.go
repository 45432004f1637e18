package assessment

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestValidID(t *testing.T) {
	tests := []struct {
		Name  string
		ID    string
		Valid bool
	}{
		{Name: "Hex", ID: "00112233445566778899aabbccddeeff", Valid: true},
		{Name: "OneChar", ID: "a", Valid: true},
		{Name: "AllClasses", ID: "Az09_-", Valid: true},
		{Name: "MaxLen", ID: strings.Repeat("x", MaxIDLen), Valid: true},
		{Name: "Empty", ID: ""},
		{Name: "TooLong", ID: strings.Repeat("x", MaxIDLen+1)},
		{Name: "Slash", ID: "a/b"},
		{Name: "Space", ID: "a b"},
		{Name: "Dot", ID: "a.b"},
		{Name: "NUL", ID: "a\x00b"},
		{Name: "Percent", ID: "a%2Fb"},
		{Name: "NonASCIILetter", ID: "café"},
		{Name: "KelvinSign", ID: "\u212a"},
		{Name: "InvalidUTF8", ID: "a\xff"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Valid, ValidID(tt.ID), "ValidID(%q)", tt.ID)
			// Validate applies the same rule to a record's ID.
			err := validateID(tt.ID)
			if tt.Valid {
				assert.NoError(t, err)
			} else {
				assert.Error(t, err)
			}
		})
	}
}

func TestNewIDIsValid(t *testing.T) {
	assert.True(t, ValidID(NewID(make([]byte, 16))))
	assert.True(t, ValidID(NewID([]byte{0xff})))
}

func TestDisplayName(t *testing.T) {
	tests := []struct {
		Name  string
		Input string
		Want  string
	}{
		{Name: "Plain", Input: "Lyon 2026", Want: "Lyon 2026"},
		{Name: "Trimmed", Input: "  Lyon 2026\t", Want: "Lyon 2026"},
		{Name: "InnerSpaceKept", Input: "Lyon  2026", Want: "Lyon  2026"},
		{Name: "Empty", Input: "", Want: "Untitled assessment"},
		{Name: "OnlySpace", Input: " \t\n", Want: "Untitled assessment"},
		{Name: "NoBreakSpace", Input: "\u00a0", Want: "Untitled assessment"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, DisplayName(tt.Input))
		})
	}
}
