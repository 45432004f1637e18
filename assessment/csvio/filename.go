package csvio

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// maxSlug bounds each part of a file name, so that a long site name cannot
// produce a name some file systems refuse.
const maxSlug = 40

// Filename proposes a download name for one assessment:
// "ownership-<site>-<respondent>-<YYYY-MM-DD>.csv", each part made ASCII
// (common accented letters are transliterated: "Müller" becomes
// "mueller"), lower-case and hyphenated. Empty parts are left out; without a
// site and a respondent the assessment's name is used, then "assessment".
// The date is the profile date, else the date of the last update.
func Filename(a assessment.Assessment) string {
	var parts []string
	for _, s := range []string{a.Profile.Site, a.Profile.Respondent} {
		if sl := Slug(s); sl != "" {
			parts = append(parts, sl)
		}
	}
	if len(parts) == 0 {
		if sl := Slug(a.Name); sl != "" {
			parts = append(parts, sl)
		} else {
			parts = append(parts, "assessment")
		}
	}
	if d := FileDate(a); d != "" {
		parts = append(parts, d)
	}
	return "ownership-" + strings.Join(parts, "-") + ".csv"
}

// FilenameAll proposes the download name of an export of all assessments:
// "ownership-backup-<date>.csv", with date made file-name safe (normally
// YYYY-MM-DD); without a date, "ownership-backup.csv".
func FilenameAll(date string) string {
	if d := Slug(date); d != "" {
		return "ownership-backup-" + d + ".csv"
	}
	return "ownership-backup.csv"
}

// FileDate is the date a file name carries for a: the profile date, else
// the date of the last update, as YYYY-MM-DD; "" when neither is a date.
func FileDate(a assessment.Assessment) string {
	if d, err := parseDate(a.Profile.Date); err == nil && d != "" {
		return d
	}
	if len(a.Updated) >= 10 {
		if d, err := parseDate(a.Updated[:10]); err == nil {
			return d
		}
	}
	return ""
}

var translit = map[rune]string{
	'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'å': "a",
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ą': "a", 'ă': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ı': "i",
	'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ő': "o",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'ť': "t", 'ţ': "t", 'ț': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ű': "u", 'ů': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
}

// Slug returns s as lower-case ASCII letters and digits separated by single
// hyphens, at most maxSlug bytes long.
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	add := func(t string) {
		if hyphen && b.Len() > 0 {
			b.WriteByte('-')
		}
		hyphen = false
		b.WriteString(t)
	}
	for _, r := range s {
		r = unicode.ToLower(r)
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			add(string(r))
		case translit[r] != "":
			add(translit[r])
		default:
			hyphen = true
		}
		if b.Len() >= maxSlug {
			break
		}
	}
	out := b.String()
	if len(out) > maxSlug {
		out = out[:maxSlug]
	}
	return strings.TrimRight(out, "-")
}

// PartName names part i (from 1) of n of a backup whose whole would be
// named name: "ownership-backup-2026-03-14.csv" becomes
// "ownership-backup-2026-03-14-part-2-of-3.csv".
func PartName(name string, i, n int) string {
	return strings.TrimSuffix(name, ".csv") + "-part-" + strconv.Itoa(i) + "-of-" + strconv.Itoa(n) + ".csv"
}

// ParsePartName reads a name written by PartName back: the name of the
// whole, the part's number and the number of parts. A copy the browser
// renamed on download ("… (1).csv") is still a part; anything else is
// not (ok false).
func ParsePartName(name string) (whole string, i, n int, ok bool) {
	stem, found := strings.CutSuffix(name, ".csv")
	if !found {
		return "", 0, 0, false
	}
	if j := strings.LastIndex(stem, " ("); j > 0 && strings.HasSuffix(stem, ")") {
		if _, err := strconv.Atoi(stem[j+2 : len(stem)-1]); err == nil {
			stem = stem[:j]
		}
	}
	j := strings.LastIndex(stem, "-part-")
	if j <= 0 {
		return "", 0, 0, false
	}
	is, ns, found := strings.Cut(stem[j+len("-part-"):], "-of-")
	if !found {
		return "", 0, 0, false
	}
	i, err1 := strconv.Atoi(is)
	n, err2 := strconv.Atoi(ns)
	if err1 != nil || err2 != nil || n < 2 || i < 1 || i > n || strconv.Itoa(i) != is || strconv.Itoa(n) != ns {
		return "", 0, 0, false
	}
	return stem[:j] + ".csv", i, n, true
}
