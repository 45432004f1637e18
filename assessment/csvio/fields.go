package csvio

import (
	"fmt"
	"strings"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// maxPlants bounds Profile.Plants as assessment.Validate does; checking it
// here puts the line and column on the message.
const maxPlants = assessment.MaxPlants

// maxIDLen is the longest assessment ID accepted.
const maxIDLen = assessment.MaxIDLen

// The parsers below are shared by Import (to read a cell) and Export (to
// make sure a stored value will be read back unchanged). Each returns the
// canonical stored form. They are strict about meaning and lenient only
// about spelling a spreadsheet or a person plausibly changes (letter case,
// yes/true, a midnight time after a date).

// checkID reports whether id is a valid assessment ID: 1 to 64 ASCII
// letters, digits, '_' or '-'. The bound keeps IDs usable as storage keys.
func checkID(id string) error {
	ok := id != "" && len(id) <= maxIDLen
	for i := 0; ok && i < len(id); i++ {
		c := id[i]
		ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
	}
	if !ok {
		return fmt.Errorf("assessment_id %q is not 1 to %d letters, digits, _ or -", id, maxIDLen)
	}
	return nil
}

// asciiLower lower-cases ASCII letters only, so that no exotic Unicode
// (such as the Kelvin sign, which strings.ToLower maps to "k") can match a
// keyword.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// parseUint parses a whole number strictly: base 10, digits only, no sign,
// no leading zero except "0" itself, at most max.
func parseUint(what, s string, max int) (int, error) {
	bad := s == "" || len(s) > 1 && s[0] == '0'
	for i := 0; !bad && i < len(s); i++ {
		bad = s[i] < '0' || s[i] > '9'
	}
	if bad {
		return 0, fmt.Errorf("%s %q is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)", what, s)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > max {
			return 0, fmt.Errorf("%s %s is out of range (0 to %d)", what, s, max)
		}
	}
	return n, nil
}

func checkPlants(n int) error {
	if n < 0 || n > maxPlants {
		return fmt.Errorf("plants %d is out of range (0 to %d)", n, maxPlants)
	}
	return nil
}

// formatBool is the stored form of a boolean.
func formatBool(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// parseBool accepts yes/no and, because spreadsheets turn typed booleans
// into TRUE/FALSE, true/false, in any letter case. An empty cell is "no",
// like an absent row.
func parseBool(what, s string) (bool, error) {
	switch asciiLower(s) {
	case "yes", "true":
		return true, nil
	case "no", "false", "":
		return false, nil
	}
	return false, fmt.Errorf("%s %q is not yes or no", what, s)
}

// parseDate accepts YYYY-MM-DD, optionally followed by a midnight time
// (" 00:00", " 00:00:00" or "T00:00:00"), which is how spreadsheets write a
// date cell they recognised when ISO dates are set. Locale forms such as
// 01/03/2026 are refused: day and month order cannot be told apart.
func parseDate(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	d, rest := s, ""
	if len(s) > 10 {
		d, rest = s[:10], s[10:]
	}
	switch rest {
	case "", " 00:00", " 00:00:00", "T00:00:00":
	default:
		return "", dateFormatError(s)
	}
	if len(d) != 10 || d[4] != '-' || d[7] != '-' {
		return "", dateFormatError(s)
	}
	for _, i := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
		if d[i] < '0' || d[i] > '9' {
			return "", dateFormatError(s)
		}
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		return "", fmt.Errorf("date %q does not exist", s)
	}
	return d, nil
}

func dateFormatError(s string) error {
	return fmt.Errorf("date %q is not of the form YYYY-MM-DD (e.g. 2026-03-01); if a spreadsheet reformatted it, format the column as text and type the date again", s)
}

// parseTimestamp accepts an empty string or an RFC 3339 timestamp, kept
// verbatim.
func parseTimestamp(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if _, err := time.Parse(time.RFC3339, s); err != nil || strings.TrimSpace(s) != s {
		return "", fmt.Errorf("timestamp %q is not of the form 2026-03-01T09:30:00Z (RFC 3339); if a spreadsheet reformatted it, restore the exported value", s)
	}
	return s, nil
}

func parseConnectivity(s string) (string, error) {
	v := asciiLower(s)
	if _, ok := connectivityLabels[v]; ok || v == "" {
		return v, nil
	}
	return "", fmt.Errorf("connectivity %q is not one of %s, %s, %s (or empty)", s,
		assessment.ConnectivityIsolated, assessment.ConnectivityBrokered, assessment.ConnectivityIntegrated)
}

func parseRoleIn(what, s string, roles []assessment.Role) (string, error) {
	v := asciiLower(s)
	if v == "" {
		return "", nil
	}
	for _, r := range roles {
		if string(r) == v {
			return v, nil
		}
	}
	ids := make([]string, len(roles))
	for i, r := range roles {
		ids[i] = string(r)
	}
	return "", fmt.Errorf("%s %q is not one of %s (or empty)", what, s, strings.Join(ids, ", "))
}

func parseRespondentRole(s string) (string, error) {
	return parseRoleIn("role", s, assessment.RespondentRoles)
}

// parseOwner accepts any known role as the owner of a follow-up.
func parseOwner(s string) (string, error) {
	return parseRoleIn("role", s, assessment.RespondentRoles)
}

// parseRatingValue is assessment.ParseRating, lenient only about the case
// of "na" and "unknown".
func parseRatingValue(s string) (string, error) {
	if r := asciiLower(s); assessment.Rating(r).Valid() {
		return r, nil
	}
	_, err := assessment.ParseRating(s)
	return "", err
}

// parseLetter accepts R, A, C, I in either case, or empty.
func parseLetter(s string) (string, error) {
	switch s {
	case "", "R", "A", "C", "I":
		return s, nil
	case "r", "a", "c", "i":
		return strings.ToUpper(s), nil
	}
	return "", fmt.Errorf("letter %q is not one of R, A, C, I (or empty)", s)
}

func parseDomain(s string) (string, error) {
	v := asciiLower(s)
	for _, d := range assessment.Domains {
		if string(d) == v {
			return v, nil
		}
	}
	return "", fmt.Errorf("domain %q is not one of it, ot, shared", s)
}
