package assessment

import (
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Limits enforced by Validate on a loaded or imported record.
const (
	MaxIDLen   = 64    // characters of Assessment.ID
	MaxNameLen = 200   // characters of the name and of each profile string
	MaxTextLen = 4000  // characters of any other free text (answer notes)
	MaxPlants  = 10000 // Profile.Plants
	dateLayout = "2006-01-02"
)

// New returns an empty assessment with the given ID, stamped with now,
// named "New assessment" in the page's language (the name is the user's
// own free text, never compared or parsed). The
// timestamps are RFC 3339 in UTC; the profile date is the calendar date of
// now in now's own location, because the workshop date is a local date.
func New(id string, now time.Time) Assessment {
	ts := now.UTC().Format(time.RFC3339)
	return Assessment{
		Schema:  SchemaVersion,
		ID:      id,
		Name:    l10n.T("New assessment"),
		Created: ts,
		Updated: ts,
		Profile: Profile{Date: now.Format(dateLayout)},
		Answers: map[string]Answer{},
		Matrix:  Matrix{},
	}
}

// DisplayName is how an assessment's name is shown: without surrounding
// space, and "Untitled assessment" when nothing else is left. The stored
// name is not changed (the name field of the profile form shows it as
// typed).
func DisplayName(name string) string {
	if t := strings.TrimSpace(name); t != "" {
		return t
	}
	return l10n.T("Untitled assessment")
}

// NewID turns caller-supplied random bytes into an assessment ID: the hex
// form of the first 16 bytes, so 16 bytes give 32 characters. The caller
// supplies the randomness (crypto.getRandomValues in the browser) so that
// this package stays deterministic and testable.
func NewID(randBytes []byte) string {
	if len(randBytes) > 16 {
		randBytes = randBytes[:16]
	}
	return hex.EncodeToString(randBytes)
}

// ValidID reports whether id is a valid assessment ID: 1 to MaxIDLen (64)
// ASCII letters, digits, '-' or '_'. The ID is part of a storage key, a
// path segment of the URL fragment and a CSV cell: this alphabet needs no
// escaping in any of them, and the bound keeps keys short. NewID's hex IDs
// satisfy it. It is the one ID rule: Validate, storage, routing and the CSV
// format all ask it, so an ID one accepts the others accept too.
func ValidID(id string) bool {
	if id == "" || len(id) > MaxIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// Progress counts the questions asked in a (see Asked) that have an
// answer (any rating, including N/A and unknown) and the total.
func Progress(a Assessment) (answered, total int) {
	// Asked's list is not built: an import preview counts the progress
	// of thousands of assessments, and the garbage would cost more than
	// the count.
	for _, q := range Questions() {
		if SkipReason(q, a) != "" {
			continue
		}
		total++
		if a.Answers[q.ID].Rating != RatingNone {
			answered++
		}
	}
	return answered, total
}

// ProgressWith is Progress over bank.
func ProgressWith(a Assessment, bank []Question) (answered, total int) {
	for _, q := range bank {
		total++
		if a.Answers[q.ID].Rating != RatingNone {
			answered++
		}
	}
	return answered, total
}

// AreaProgress is Progress restricted to one area.
func AreaProgress(a Assessment, area string) (answered, total int) {
	return AreaProgressWith(a, Asked(a), area)
}

// AreaProgressWith is AreaProgress over bank.
func AreaProgressWith(a Assessment, bank []Question, area string) (answered, total int) {
	var qs []Question
	for _, q := range bank {
		if q.Area == area {
			qs = append(qs, q)
		}
	}
	return ProgressWith(a, qs)
}

// Validate checks the domain rules of a loaded or imported record against
// the built-in bank and controls. See ValidateWith.
func Validate(a Assessment) error { return ValidateWith(a, Questions(), Controls()) }

// ValidateWith checks a against bank and controls and returns an error that
// names the first problem found. Fields are checked in record order; answers
// in key order and matrix rows in control/domain order, so the same record
// always reports the same problem.
func ValidateWith(a Assessment, bank []Question, controls []Control) error {
	if a.Schema != SchemaVersion {
		return fmt.Errorf(l10n.T("schema %d: this tool reads schema %d"), a.Schema, SchemaVersion)
	}
	if err := validateID(a.ID); err != nil {
		return err
	}
	if err := maxLen("name", a.Name, MaxNameLen); err != nil {
		return err
	}
	if err := validTimestamp("created", a.Created); err != nil {
		return err
	}
	if err := validTimestamp("updated", a.Updated); err != nil {
		return err
	}
	if err := validateProfile(a.Profile); err != nil {
		return err
	}

	// The lookup tables are built only for a record that has something
	// to look up: a file may hold thousands of nearly empty ones.
	var questions map[string]bool
	if len(a.Answers) > 0 {
		questions = make(map[string]bool, len(bank))
		for _, q := range bank {
			questions[q.ID] = true
		}
	}
	// Most records are valid, and sorting the keys costs more than checking
	// them: the keys are sorted only when something is wrong, so that the
	// error reported is always the first one in a stable order.
	if !allValid(a.Answers, func(id string, ans Answer) bool { return validateAnswer(ans, questions[id]) == nil }) {
		for _, id := range slices.Sorted(maps.Keys(a.Answers)) {
			if err := validateAnswer(a.Answers[id], questions[id]); err != nil {
				return fmt.Errorf(l10n.T("answer %q: %w"), id, err)
			}
		}
	}

	var known map[string]bool
	if len(a.Matrix) > 0 {
		known = make(map[string]bool, len(controls))
		for _, c := range controls {
			known[c.ID] = true
		}
	}
	if !allValid(a.Matrix, func(k CellKey, row RACI) bool { return rowValid(k, row, known) }) {
		for _, k := range sortedKeys(a.Matrix) {
			if err := validateRow(k, a.Matrix[k], known); err != nil {
				return fmt.Errorf(l10n.T("matrix row %q: %w"), k.String(), err)
			}
		}
	}

	for _, id := range slices.Sorted(maps.Keys(a.Retired)) {
		_, known := RetiredQuestion(id)
		if err := validateAnswer(a.Retired[id], known); err != nil {
			return fmt.Errorf(l10n.T("retired answer %q: %w"), id, err)
		}
	}

	if a.Model != "" {
		if _, ok := ModelByID(a.Model); !ok {
			return fmt.Errorf(l10n.T("model %q: unknown ownership model"), a.Model)
		}
	}
	if err := validateConsensus(a.Consensus, questions); err != nil {
		return err
	}
	if err := validateRowConsensus(a.RowConsensus); err != nil {
		return err
	}
	if err := validateSession(a); err != nil {
		return err
	}
	if err := validateProfileChanges(a); err != nil {
		return err
	}
	if err := validateRoleNames(a.RoleNames); err != nil {
		return err
	}
	if err := validatePlan(a.Plan, questions); err != nil {
		return err
	}
	if err := validateHolders(a.Holders); err != nil {
		return err
	}
	return validateAuthorityTable(a.Authority)
}

// allValid reports whether ok holds for every entry of m, in map order.
func allValid[K comparable, V any](m map[K]V, ok func(K, V) bool) bool {
	for k, v := range m {
		if !ok(k, v) {
			return false
		}
	}
	return true
}

// validateID is ValidID as an error for Validate, saying which part of
// the rule id breaks.
func validateID(id string) error {
	switch {
	case ValidID(id):
		return nil
	case id == "" || len(id) > MaxIDLen:
		return fmt.Errorf(l10n.T("id %q: must be 1 to %d characters long"), id, MaxIDLen)
	}
	return fmt.Errorf(l10n.T("id %q: only letters, digits, '-' and '_' are allowed"), id)
}

func maxLen(field, s string, n int) error {
	if utf8.RuneCountInString(s) > n {
		return fmt.Errorf(l10n.T("%s: longer than %d characters"), field, n)
	}
	return nil
}

func validTimestamp(field, s string) error {
	if s == "" {
		return nil
	}
	if _, err := time.Parse(time.RFC3339, s); err != nil {
		return fmt.Errorf(l10n.T("%s %q: not an RFC 3339 timestamp"), field, s)
	}
	return nil
}

// validDate accepts "" or a real calendar date in YYYY-MM-DD form.
func validDate(field, s string) error {
	if s == "" {
		return nil
	}
	if _, err := time.Parse(dateLayout, s); err != nil {
		return fmt.Errorf(l10n.T("%s %q: not a real YYYY-MM-DD date"), field, s)
	}
	return nil
}

func validateAnswer(ans Answer, known bool) error {
	if !known {
		return errors.New(l10n.T("unknown question"))
	}
	if _, err := ParseRating(string(ans.Rating)); err != nil {
		return err
	}
	if ans.Owner != "" && !ValidRole(ans.Owner) {
		return fmt.Errorf(l10n.T("owner %q: unknown role"), ans.Owner)
	}
	if err := validDate("target", ans.Target); err != nil {
		return err
	}
	return maxLen("note", ans.Note, MaxTextLen)
}

// rowValid is validateRow's verdict without its message: it visits the row
// in map order and allocates nothing.
func rowValid(k CellKey, row RACI, known map[string]bool) bool {
	if !known[k.Control] || !slices.Contains(Domains, k.Domain) {
		return false
	}
	for r, l := range row {
		if !isRACIRole(r) || !l.Valid() {
			return false
		}
	}
	return true
}

func validateRow(k CellKey, row RACI, known map[string]bool) error {
	if !known[k.Control] {
		return errors.New(l10n.T("unknown control"))
	}
	if !slices.Contains(Domains, k.Domain) {
		return fmt.Errorf(l10n.T("unknown domain %q"), k.Domain)
	}
	for _, r := range roleOrder(row) {
		if !isRACIRole(r) {
			return fmt.Errorf(l10n.T("role %q: not a matrix role"), r)
		}
		if l := row[r]; !l.Valid() {
			return fmt.Errorf(l10n.T("role %q: letter %q is not one of R, A, A/R, C, I"), r, l)
		}
	}
	return nil
}
