// Package l10n holds the tool's languages: which one the page shows, the
// German catalogue, and number and date formatting per language.
//
// The English text in the code is the key (as gettext does): T("Results")
// returns "Results" in English and the catalogue's German in German, so the
// English wording lives in one place, next to the code that uses it, and a
// reader of the code sees the text the user sees. Text kept in data tables
// (question banks, control labels) is translated where it is shown, by T on
// the field; M marks a literal for the catalogue test without translating
// it, for tables whose text is translated later.
//
// The language is a property of the page, like its time zone: the page
// sets it once at start-up, before its first render, and changing it
// reloads the page. Everything that produces text (findings, reports,
// documents, messages) reads it through T, F and N. Tests that need German
// set it with Set and restore it with the function Set returns.
package l10n

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Lang is a language the tool is written in, as its BCP 47 primary tag.
type Lang string

// The languages of the tool. English is the language of the code.
const (
	EN Lang = "en"
	DE Lang = "de"
)

// Langs lists the languages in the order the switch offers them.
func Langs() []Lang { return []Lang{EN, DE} }

// Name is the language's own name, as the switch shows it.
func (l Lang) Name() string {
	if l == DE {
		return "Deutsch"
	}
	return "English"
}

// Parse reads a language tag as browsers and our storage write it ("de",
// "de-AT", "en-GB") and returns the tool's language for it; ok is false for
// a language the tool is not written in.
func Parse(tag string) (l Lang, ok bool) {
	primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
	primary, _, _ = strings.Cut(primary, "_")
	switch Lang(primary) {
	case EN:
		return EN, true
	case DE:
		return DE, true
	}
	return EN, false
}

// current is the page's language; see the package comment for why it is
// one value for the whole program.
var current = EN

// Current returns the language text is produced in.
func Current() Lang { return current }

// Set makes l the language of all text produced from now on and returns a
// function that restores the previous one (for tests).
func Set(l Lang) (restore func()) {
	prev := current
	if l != DE {
		l = EN
	}
	current = l
	return func() { current = prev }
}

// T returns the text en in the current language: en itself in English, its
// catalogue entry in German, and en again when the catalogue lacks it (a
// test keeps that from happening in a release).
func T(en string) string { return In(current, en) }

// X is T for a short text whose German depends on where it stands: "Open"
// on a link is "Öffnen", as a status "Offen". The catalogue key is
// context, the byte 0x04 and en, as gettext's message contexts are;
// English shows en.
func X(context, en string) string {
	if current != DE || en == "" {
		return en
	}
	return lookup(context+"\x04"+en, en)
}

// In returns en in language l, whatever the current language is.
func In(l Lang, en string) string {
	if l != DE || en == "" {
		return en
	}
	return lookup(en, en)
}

// lookup returns the German catalogue's text for key, or fallback when
// the catalogue lacks it.
func lookup(key, fallback string) string {
	if s, ok := german()[key]; ok {
		return s
	}
	return fallback
}

// F formats with the translation of format, as fmt.Sprintf does. A German
// format has the same verbs as the English one (a test checks it), in the
// same order unless they are indexed (%[2]s).
func F(format string, args ...any) string {
	return fmt.Sprintf(T(format), args...)
}

// N formats a count with the singular or the plural format, both keys of
// the catalogue that take the count as their one verb: N(n, "%d row",
// "%d rows"). English and German both use the singular for exactly one.
func N(n int, one, other string) string {
	f := other
	if n == 1 {
		f = one
	}
	return fmt.Sprintf(T(f), n)
}

// M marks en as catalogue text and returns it unchanged: for tables whose
// text is translated with T where it is shown.
func M(en string) string { return en }

// Percent writes number, already formatted, as a percentage: "62%" in
// English; "62 %" in German, which sets the sign apart by a no-break
// space.
func Percent(number string) string {
	if current == DE {
		return number + "\u00a0%"
	}
	return number + "%"
}

// Decimal writes x with the given number of decimals and the current
// language's decimal mark: 2.5 in English, 2,5 in German.
func Decimal(x float64, decimals int) string {
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	if current == DE {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

var monthsDE = [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni",
	"Juli", "August", "September", "Oktober", "November", "Dezember"}

var monthsShortDE = [...]string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni",
	"Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."}

// LongDate writes a day as people write it in the current language:
// "5 December 2026", "5. Dezember 2026".
func LongDate(t time.Time) string {
	if current == DE {
		return strconv.Itoa(t.Day()) + ". " + monthsDE[t.Month()-1] + " " + strconv.Itoa(t.Year())
	}
	return t.Format("2 January 2006")
}

// StoredDate writes a stored YYYY-MM-DD day for a reader: as it is in
// English, where the tool has always shown days so, and as LongDate in
// German. Anything that is not such a day is returned as it is.
func StoredDate(s string) string {
	if current != DE {
		return s
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return LongDate(t)
}

// ShortDate writes a day with an abbreviated month: "5 Dec 2026",
// "5. Dez. 2026".
func ShortDate(t time.Time) string {
	if current == DE {
		return strconv.Itoa(t.Day()) + ". " + monthsShortDE[t.Month()-1] + " " + strconv.Itoa(t.Year())
	}
	return t.Format("2 Jan 2006")
}

// Clock writes a time of day on the 24-hour clock, in both languages.
func Clock(t time.Time) string { return t.Format("15:04") }

// german merges the catalogue's parts once, on the first German lookup, so
// that an English page pays nothing for it.
var german = onceGerman()

func onceGerman() func() map[string]string {
	return sync.OnceValue(mergeGerman)
}

func mergeGerman() map[string]string {
	n := 0
	for _, p := range deParts {
		n += len(p.pairs)
	}
	m := make(map[string]string, n)
	for _, p := range deParts {
		for _, e := range p.pairs {
			m[e.en] = e.de
		}
	}
	return m
}

// Catalogue returns the German catalogue: English key to German text. The
// map is shared; callers must not change it.
func Catalogue() map[string]string { return german() }
