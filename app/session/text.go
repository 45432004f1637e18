package session

import "strconv"

// Plural writes n with the singular or plural noun: "1 assessment",
// "3 assessments", "0 assessments".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
