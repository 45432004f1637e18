package l10n

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"de", DE, true},
		{"de-AT", DE, true},
		{"DE_ch", DE, true},
		{"en-GB", EN, true},
		{"en", EN, true},
		{"fr-FR", EN, false},
		{"", EN, false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in)
		assert.Equalf(t, tt.want, got, "Parse(%q)", tt.in)
		assert.Equalf(t, tt.ok, ok, "Parse(%q) ok", tt.in)
	}
}

func TestFormatsPerLanguage(t *testing.T) {
	day := time.Date(2026, time.March, 5, 14, 7, 0, 0, time.UTC)
	tests := []struct {
		lang  Lang
		fn    func() string
		want  string
		label string
	}{
		{EN, func() string { return Decimal(2.5, 1) }, "2.5", "Decimal"},
		{DE, func() string { return Decimal(2.5, 1) }, "2,5", "Decimal"},
		{EN, func() string { return LongDate(day) }, "5 March 2026", "LongDate"},
		{DE, func() string { return LongDate(day) }, "5. März 2026", "LongDate"},
		{DE, func() string { return ShortDate(day) }, "5. März 2026", "ShortDate"},
		{EN, func() string { return ShortDate(day) }, "5 Mar 2026", "ShortDate"},
		{DE, func() string { return Clock(day) }, "14:07", "Clock"},
		{EN, func() string { return Percent("62") }, "62%", "Percent"},
		{DE, func() string { return Percent("1,2") }, "1,2\u00a0%", "Percent"},
		{EN, func() string { return StoredDate("2026-03-05") }, "2026-03-05", "StoredDate"},
		{DE, func() string { return StoredDate("2026-03-05") }, "5. März 2026", "StoredDate"},
		{DE, func() string { return StoredDate("not a day") }, "not a day", "StoredDate"},
	}
	for _, tt := range tests {
		restore := Set(tt.lang)
		assert.Equalf(t, tt.want, tt.fn(), "%s in %s", tt.label, tt.lang)
		restore()
	}
}

func TestTranslate(t *testing.T) {
	deParts = append(deParts, part{"test", []pair{{"%d row", "%d Zeile"}, {"%d rows", "%d Zeilen"}, {"Results", "Ergebnisse"}, {"Open", "Offen"}, {"link\x04Open", "Öffnen"}}})
	defer func() { deParts = deParts[:len(deParts)-1] }()
	german = onceGerman()
	defer func() { german = onceGerman() }()

	assert.Equal(t, "Results", T("Results"), "English is the key")
	assert.Equal(t, "Open", X("link", "Open"), "English ignores the context")
	restore := Set(DE)
	defer restore()
	assert.Equal(t, "Ergebnisse", T("Results"))
	assert.Equal(t, "Not in the catalogue", T("Not in the catalogue"), "a missing key falls back to English")
	assert.Equal(t, "1 Zeile", N(1, "%d row", "%d rows"))
	assert.Equal(t, "3 Zeilen", N(3, "%d row", "%d rows"))
	assert.Equal(t, "Results", In(EN, "Results"))
	assert.Equal(t, "Offen", T("Open"))
	assert.Equal(t, "Öffnen", X("link", "Open"), "a context picks its own German")
	assert.Equal(t, "Missing", X("link", "Missing"), "a missing context key falls back to English")
	assert.Equal(t, DE, Current())
	restore()
	assert.Equal(t, EN, Current(), "restore brings back the previous language")
}
