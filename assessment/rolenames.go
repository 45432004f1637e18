package assessment

import (
	"errors"
	"fmt"
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// MaxRoleNameLen is the most characters of a role's own name. A name is a
// column heading of the matrix and a word inside problem messages: a title
// such as "Head of Automation & Plant Digitalisation" fits, a sentence
// does not.
const MaxRoleNameLen = 60

// RoleName returns how role r is called in an assessment whose own names
// are names: the organisation's title when it has given one, else the
// default label. Problem messages, the report and the matrix use it, so
// that people read the titles they know.
func RoleName(names map[Role]string, r Role) string {
	if n, ok := names[r]; ok && n != "" && !IsDefaultRoleName(r, n) {
		return n
	}
	return RoleLabel(r)
}

// IsDefaultRoleName reports whether name is role r's default label in any
// language of the tool: such a name means "not renamed", whatever the
// language it was typed or stored in, so that a record reads the same in
// every language.
func IsDefaultRoleName(r Role, name string) bool {
	en, ok := roleLabels[r]
	return ok && (name == en || name == l10n.In(l10n.DE, en))
}

// defaultRoleNames are role r's default labels, English then German.
func defaultRoleNames(r Role) [2]string {
	en := roleLabels[r]
	return [2]string{en, l10n.In(l10n.DE, en)}
}

// RoleNameClash returns the other matrix role that name would clash with
// if role r were called name under names, ignoring case: its own name, or
// either of its default labels when it is not renamed. The check is the
// same in every language, so that a record valid in one is valid in all.
func RoleNameClash(names map[Role]string, r Role, name string) (Role, bool) {
	for _, other := range RACIRoles {
		if other == r {
			continue
		}
		if n, ok := names[other]; ok && n != "" && !IsDefaultRoleName(other, n) {
			if strings.EqualFold(n, name) {
				return other, true
			}
			continue
		}
		for _, d := range defaultRoleNames(other) {
			if strings.EqualFold(d, name) {
				return other, true
			}
		}
	}
	return "", false
}

// RoleName returns how role r is called in a (see the package function).
func (a Assessment) RoleName(r Role) string { return RoleName(a.RoleNames, r) }

// JoinRoleNames names roles as names calls them (see RoleName), joined
// with commas: "IT lead, OT / automation lead".
func JoinRoleNames(names map[Role]string, roles []Role) string {
	out := make([]string, len(roles))
	for i, r := range roles {
		out[i] = RoleName(names, r)
	}
	return strings.Join(out, ", ")
}

// SetRoleName returns names with role r called name. The input is never
// modified. Surrounding white space is dropped; an empty name, or the
// default label itself, removes the entry, so that "never renamed" and
// "renamed back" look the same, and a map left empty becomes nil. The
// result is checked as Validate would check it, so the form that calls
// this can show the error next to the field.
func SetRoleName(names map[Role]string, r Role, name string) (map[Role]string, error) {
	name = strings.TrimSpace(name)
	out := maps.Clone(names)
	if out == nil {
		out = map[Role]string{}
	}
	if name == "" || IsDefaultRoleName(r, name) {
		delete(out, r)
	} else {
		out[r] = name
	}
	if len(out) == 0 {
		out = nil
	}
	// A clash is reported against the role being renamed, the field the
	// user is typing in, rather than against the other role.
	if n, ok := out[r]; ok {
		if other, clash := RoleNameClash(out, r, n); clash {
			return names, fmt.Errorf(l10n.T("role name for %q: %q is already the name of %q"), r, n, other)
		}
	}
	if err := validateRoleNames(out); err != nil {
		return names, err
	}
	return out, nil
}

// validateRoleNames checks the role names of a record, in RACIRoles order:
//
//   - only matrix roles may be renamed: the names are column headings, and
//     the respondent roles outside the matrix have nothing to head;
//   - a name is 1 to MaxRoleNameLen characters with no leading or trailing
//     white space and no control characters, because it is a heading and a
//     CSV cell, where a line break or a tab would break the layout;
//   - no two roles may end up with the same name (ignoring case), counting
//     the default labels of roles not renamed: a matrix with two columns
//     called "Engineering" cannot say who holds which letter.
func validateRoleNames(names map[Role]string) error {
	for r := range names {
		if !isRACIRole(r) {
			return fmt.Errorf(l10n.T("role name for %q: not a matrix role"), r)
		}
	}
	if len(names) == 0 {
		return nil // the default labels never clash (a test checks it)
	}
	// A role not renamed goes by both its default labels, English and
	// German, so that the verdict does not depend on the page's language.
	seen := make(map[string]Role, 2*len(RACIRoles))
	for _, r := range RACIRoles {
		var own []string
		if n, renamed := names[r]; renamed && !IsDefaultRoleName(r, n) {
			if err := checkRoleName(n); err != nil {
				return fmt.Errorf(l10n.T("role name for %q: %w"), r, err)
			}
			own = []string{n}
		} else {
			d := defaultRoleNames(r)
			own = d[:]
			if d[0] == d[1] {
				own = d[:1]
			}
		}
		for _, n := range own {
			key := strings.ToLower(n)
			if other, dup := seen[key]; dup {
				return fmt.Errorf(l10n.T("role name for %q: %q is already the name of %q"), r, n, other)
			}
			seen[key] = r
		}
	}
	return nil
}

func checkRoleName(n string) error {
	switch {
	case n == "":
		return errors.New(l10n.T("empty; leave the role out to keep its default name"))
	case strings.TrimSpace(n) != n:
		return fmt.Errorf(l10n.T("%q starts or ends with white space"), n)
	case utf8.RuneCountInString(n) > MaxRoleNameLen:
		return fmt.Errorf(l10n.T("longer than %d characters"), MaxRoleNameLen)
	case !utf8.ValidString(n):
		return errors.New(l10n.T("not valid UTF-8"))
	}
	for _, c := range n {
		if unicode.IsControl(c) {
			return fmt.Errorf(l10n.T("%q contains a control character such as a line break or tab"), n)
		}
	}
	return nil
}

// isRACIRole reports whether r is a matrix column. It is a switch rather
// than a search of RACIRoles because Validate asks it for every letter of
// every row.
func isRACIRole(r Role) bool {
	switch r {
	case RoleExecutive, RoleISMSOwner, RoleSite, RoleIT, RoleOT, RoleOperations, RoleMaintenance,
		RoleQuality, RoleEHS, RoleLegal, RoleDPO, RoleHR, RoleProcurement, RoleIntegrator:
		return true
	}
	return false
}

// proseRoleTerms are the words the findings' and actions' sentences use
// for the roles they name ("have the OT lead …"), in the order
// RoleTermsText lists them. The sentences are fixed text in two
// languages and cannot take an organisation's titles in their grammar, so
// a document for an organisation that renamed these roles says once which
// title each word stands for.
var proseRoleTerms = []struct {
	role Role
	term string
}{
	{RoleExecutive, l10n.M("the executive sponsor")},
	{RoleISMSOwner, l10n.M("the ISMS owner")},
	{RoleSite, l10n.M("the site director")},
	{RoleIT, l10n.M("the IT lead")},
	{RoleOT, l10n.M("the OT lead")},
}

// RoleTerm is the word the findings' and actions' sentences use for r
// ("the OT lead"), in the current language; the role's label where they
// have none.
func RoleTerm(r Role) string {
	for _, t := range proseRoleTerms {
		if t.role == r {
			return l10n.T(t.term)
		}
	}
	return RoleLabel(r)
}

// RoleTermsText says, for an organisation whose own titles names rename
// roles that the findings and actions name in words, which title each
// word stands for: "In the findings and actions, “the ISMS owner” stands
// for CISO; “the OT lead” stands for Head of Automation." It is "" when
// none of those roles is renamed.
func RoleTermsText(names map[Role]string) string {
	var parts []string
	for _, t := range proseRoleTerms {
		if n, ok := names[t.role]; ok && n != "" && !IsDefaultRoleName(t.role, n) {
			parts = append(parts, l10n.F("\u201c%s\u201d stands for %s", l10n.T(t.term), n))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return l10n.F("In the findings and actions, %s.", strings.Join(parts, "; "))
}
