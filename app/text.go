package app

import (
	"unicode"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// inSentence adapts a label for use inside a sentence: its first letter is
// lower-cased unless the first word is an abbreviation written in
// capitals ("Site" becomes "site"; "IT/OT connectivity" and "GMP / GxP
// validated systems" stay as they are). In German the label is returned
// as it is: nouns keep their capital inside a sentence.
func inSentence(label string) string {
	if l10n.Current() == l10n.DE {
		return label
	}
	first, n := utf8.DecodeRuneInString(label)
	if !unicode.IsUpper(first) {
		return label
	}
	if second, _ := utf8.DecodeRuneInString(label[n:]); unicode.IsUpper(second) {
		return label
	}
	return string(unicode.ToLower(first)) + label[n:]
}
