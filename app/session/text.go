package session

import "strconv"

// Plural writes n with the singular or plural noun: "1 assessment",
// "3 assessments", "0 assessments". It is English only: text shown to the
// user counts with l10n.N and a whole-phrase format instead.
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
