package app

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInSentence(t *testing.T) {
	tests := []struct {
		Name  string
		Label string
		Want  string
	}{
		{Name: "Word", Label: "Site", Want: "site"},
		{Name: "Words", Label: "Respondent role", Want: "respondent role"},
		{Name: "Abbreviation", Label: "IT/OT connectivity", Want: "IT/OT connectivity"},
		{Name: "AbbreviationWithSpace", Label: "GMP / GxP validated systems in scope", Want: "GMP / GxP validated systems in scope"},
		{Name: "Lower", Label: "already lower", Want: "already lower"},
		{Name: "NonASCII", Label: "Équipe", Want: "équipe"},
		{Name: "OneLetter", Label: "A", Want: "a"},
		{Name: "Empty", Label: "", Want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, inSentence(tt.Label))
		})
	}
}
