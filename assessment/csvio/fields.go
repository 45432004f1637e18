package csvio

import (
	"errors"
	"strings"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The parsers below are shared by Import (to read a cell) and Export (to
// make sure a stored value will be read back unchanged). Each returns the
// canonical stored form. They are strict about meaning and lenient only
// about spelling a spreadsheet or a person plausibly changes (letter case,
// yes/true, a date in a locale's format, "4.0" for 4).

// checkID is assessment.ValidID as an error that names the column, for
// Import's problems and Export's refusals.
func checkID(id string) error {
	if !assessment.ValidID(id) {
		return errors.New(l10n.F("assessment_id %q is not 1 to %d letters, digits, _ or -", id, assessment.MaxIDLen))
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
	return parseDigits(what, s, s, max)
}

// parseDigits is parseUint of digits, quoting cell (the cell as written,
// which may carry more than the digits) in its errors.
func parseDigits(what, cell, digits string, max int) (int, error) {
	bad := digits == "" || len(digits) > 1 && digits[0] == '0'
	for i := 0; !bad && i < len(digits); i++ {
		bad = digits[i] < '0' || digits[i] > '9'
	}
	if bad {
		return 0, errors.New(l10n.F("%s %q is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)", what, cell))
	}
	n := 0
	for i := 0; i < len(digits); i++ {
		n = n*10 + int(digits[i]-'0')
		if n > max {
			return 0, errors.New(l10n.F("%s %s is out of range (0 to %d)", what, cell, max))
		}
	}
	return n, nil
}

// parseNumber reads the cell s of a FieldNumber profile field, named what,
// from 0 to max. It is parseUint, also accepting a decimal part of one or
// two zeros ("4.0", "4,00"): that is how a spreadsheet writes the number 4
// in a cell formatted with decimals, and it cannot mean anything else.
// Three digits after the separator are refused even when they are zeros,
// because the separator may be a thousands separator: "4.000" is four
// thousand in German, "4,000" in English.
func parseNumber(what, s string, max int) (int, error) {
	i := strings.IndexAny(s, ".,")
	if i < 0 {
		return parseUint(what, s, max)
	}
	whole, frac := s[:i], s[i+1:]
	switch frac {
	case "0", "00":
		return parseDigits(what, s, whole, max)
	}
	if len(frac) == 3 && isDigits(frac) && isDigits(whole) && whole != "" {
		return 0, errors.New(l10n.F("%s %q is ambiguous: the %q may separate thousands or decimals; write the number without separators", what, s, s[i:i+1]))
	}
	return parseUint(what, s, max)
}

// isDigits reports whether s is made of ASCII digits only.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
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
	return false, errors.New(l10n.F("%s %q is not yes or no", what, s))
}

// parseTimestamp accepts an empty string or an RFC 3339 timestamp, kept
// verbatim.
func parseTimestamp(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if _, err := time.Parse(time.RFC3339, s); err != nil || strings.TrimSpace(s) != s {
		return "", errors.New(l10n.F("timestamp %q is not of the form 2026-03-01T09:30:00Z (RFC 3339); if a spreadsheet reformatted it, restore the exported value", s))
	}
	return s, nil
}

// parseChoice reads the cell s of FieldChoice profile field f: one of its
// choice values in any letter case, or empty.
func parseChoice(f assessment.ProfileField, s string) (string, error) {
	v := asciiLower(s)
	if v == "" || f.ChoiceLabel(v) != "" {
		return v, nil
	}
	return "", errors.New(l10n.F("%s %q is not one of %s (or empty)", f.Key, s, strings.Join(f.ChoiceValues(), ", ")))
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
	return "", errors.New(l10n.F("%s %q is not one of %s (or empty)", what, s, strings.Join(ids, ", ")))
}

// parseOwner accepts any known role as the owner of a follow-up.
func parseOwner(s string) (string, error) {
	return parseRoleIn(l10n.T("role"), s, assessment.RespondentRoles)
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

// parseLetter accepts R, A, A/R, C, I in either case, or empty. A/R may
// also be typed R/A, AR or RA, with blanks around the slash: each can only
// mean the one role that is both accountable and responsible.
func parseLetter(s string) (string, error) {
	switch s {
	case "", "R", "A", "C", "I", "A/R":
		return s, nil
	}
	t := strings.ToUpper(strings.ReplaceAll(s, " ", ""))
	switch t {
	case "R", "A", "C", "I":
		return t, nil
	case "A/R", "R/A", "AR", "RA":
		return string(assessment.LetterAccountableResponsible), nil
	}
	return "", errors.New(l10n.F("letter %q is not one of R, A, A/R, C, I (or empty)", s))
}

// parseRoleName reads a role's own name: surrounding blanks, which a
// person or a spreadsheet may add, are dropped; empty means the default
// label. The rules of the name itself are assessment.Validate's.
func parseRoleName(s string) (string, error) { return strings.TrimSpace(s), nil }

func parseDomain(s string) (string, error) {
	v := asciiLower(s)
	for _, d := range assessment.Domains {
		if string(d) == v {
			return v, nil
		}
	}
	return "", errors.New(l10n.F("domain %q is not one of it, ot, shared", s))
}
