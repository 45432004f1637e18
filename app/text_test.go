package app

import (
	"testing"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/stretchr/testify/assert"
)

func TestPlural(t *testing.T) {
	tests := []struct {
		Name string
		N    int
		Want string
	}{
		{Name: "Zero", N: 0, Want: "0 files"},
		{Name: "One", N: 1, Want: "1 file"},
		{Name: "Two", N: 2, Want: "2 files"},
		{Name: "Many", N: 1500, Want: "1500 files"},
		{Name: "MinusOne", N: -1, Want: "-1 files"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, session.Plural(tt.N, "file", "files"))
		})
	}
	assert.Equal(t, "1 matrix row", session.Plural(1, "matrix row", "matrix rows"))
}

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
