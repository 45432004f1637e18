package csvio

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Sections of the role register and the risk-acceptance authority table
// (schema 6), written for every assessment, filled or not, so that a
// spreadsheet user sees where to type:
const (
	// SectionHolder is one row per matrix role (assessment.Holders):
	// item_id the role, label its default name, value the holder's name,
	// note the deputy's name, target the date the holder last confirmed
	// the role.
	SectionHolder = "holder"
	// SectionAuthority is one row per risk level and context
	// (assessment.Authority), item_id "level/context" such as "high/ot",
	// label the row in words. It reads like a RACI row: the accepting
	// role holds A in its role column and the roles to consult hold C;
	// owner is the role the risk escalates to; value the longest
	// acceptance in months (empty when not set), value_label the same in
	// words.
	SectionAuthority = "authority"
)

// registerSchema is the schema that brought the two sections.
const registerSchema = 6

// registerRows is the number of rows appendRegister appends.
func registerRows() int {
	return len(assessment.RACIRoles) + len(assessment.RiskLevels)*len(assessment.RiskContexts)
}

// appendRegister appends the holder rows, in assessment.RACIRoles order,
// then the authority rows, in assessment.AuthorityRows order.
func appendRegister(rows []Row, a assessment.Assessment) []Row {
	for _, r := range assessment.RACIRoles {
		h := a.Holders[r]
		rows = append(rows, Row{AssessmentID: a.ID, Section: SectionHolder, ItemID: string(r), Label: assessment.RoleLabel(r),
			Value: h.Name, Target: h.Confirmed, Note: h.Deputy})
	}
	for _, ar := range assessment.AuthorityRows(a) {
		row := Row{AssessmentID: a.ID, Section: SectionAuthority, ItemID: ar.Key.String(),
			Label: l10n.F("%s risk · %s", assessment.RiskLevelLabel(ar.Key.Level), assessment.RiskContextLabel(ar.Key.Context)),
			Owner: string(ar.Escalate)}
		if ar.MaxMonths > 0 {
			row.Value = strconv.Itoa(ar.MaxMonths)
			row.ValueLabel = l10n.F("at most %s months", row.Value)
		}
		cols := row.roles()
		if i := roleColumn(ar.Accept); i >= 0 {
			*cols[i] = string(assessment.LetterAccountable)
		}
		for _, c := range ar.Consult {
			if i := roleColumn(c); i >= 0 {
				*cols[i] = string(assessment.LetterConsulted)
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// checkRegisterExportable reports why a's register or table would not be
// read back unchanged.
func checkRegisterExportable(a assessment.Assessment) error {
	for r, h := range a.Holders {
		for _, s := range []string{h.Name, h.Deputy} {
			if err := checkText(s); err != nil {
				return fmt.Errorf(l10n.T("holder of %s: %w"), r, err)
			}
		}
		if err := roundTrips(h.Confirmed, parseDate); err != nil {
			return fmt.Errorf(l10n.T("holder of %s: confirmed: %w"), r, err)
		}
	}
	for k, v := range a.Authority {
		for _, r := range append([]assessment.Role{v.Accept}, v.Consult...) {
			if r != "" && roleColumn(r) < 0 {
				return errors.New(l10n.F("authority %s: role %q is not a RACI column", k, r))
			}
		}
	}
	return nil
}

// readHolder reads one role's holder, deputy and confirmation date.
// assessment.Validate, at the end, checks the rest (deputy not the
// holder, a date only with a holder).
func (im *importer) readHolder(r *row, g *group, item string) {
	if !im.registerAllowed(r, g, SectionHolder) {
		return
	}
	role := assessment.Role(item)
	if roleColumn(role) < 0 {
		im.at(r, colItemID, l10n.F("unknown matrix role %q (expected one of %s)", item, roleIDs()))
		return
	}
	h := assessment.Holder{Name: r.str(colValue), Deputy: r.str(colNote)}
	ok := im.checkLen(r, colValue, l10n.T("holder name"), h.Name, assessment.MaxPersonLen)
	ok = im.checkLen(r, colNote, l10n.T("deputy name"), h.Deputy, assessment.MaxPersonLen) && ok
	d, dok := im.date(r, colTarget)
	h.Confirmed = d
	h = assessment.NormaliseHolder(h)
	if !ok || !dok || h.IsZero() {
		return
	}
	if g.a.Holders == nil {
		g.a.Holders = map[assessment.Role]assessment.Holder{}
	}
	g.a.Holders[role] = h
}

// joinKeys lists stored values as "a, b, c" for an error message, so that
// the message follows the lists.
func joinKeys[S ~string](vs []S) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return strings.Join(out, ", ")
}

// readAuthority reads one row of the authority table.
func (im *importer) readAuthority(r *row, g *group, item string) {
	if !im.registerAllowed(r, g, SectionAuthority) {
		return
	}
	var k assessment.AuthorityKey
	if err := k.UnmarshalText([]byte(asciiLower(item))); err != nil || !assessment.ValidRiskLevel(k.Level) || !assessment.ValidRiskContext(k.Context) {
		im.at(r, colItemID, l10n.F("unknown authority row %q: expected level/context, the level one of %s, the context one of %s", item, joinKeys(assessment.RiskLevels), joinKeys(assessment.RiskContexts)))
		return
	}
	var v assessment.Authority
	bad := false
	if s := r.str(colValue); s != "" {
		n, err := parseNumber(l10n.T("longest acceptance in months"), s, assessment.MaxAcceptMonths)
		if err != nil {
			im.at(r, colValue, err.Error())
			bad = true
		}
		v.MaxMonths = n
	}
	if s, err := parseRoleIn(l10n.T("escalation role"), r.str(colOwner), assessment.RACIRoles); err != nil {
		im.at(r, colOwner, err.Error())
		bad = true
	} else {
		v.Escalate = assessment.Role(s)
	}
	for i, role := range assessment.RACIRoles {
		c := colFirstRole + i
		l, err := parseLetter(r.str(c))
		switch {
		case err != nil:
			im.at(r, c, err.Error())
			bad = true
		case l == "":
		case l == string(assessment.LetterAccountable) && v.Accept == "":
			v.Accept = role
		case l == string(assessment.LetterAccountable):
			im.at(r, c, l10n.F("a second A: only one role accepts the risk (%s already does)", v.Accept))
			bad = true
		case l == string(assessment.LetterConsulted):
			v.Consult = append(v.Consult, role)
		default:
			im.at(r, c, l10n.F("letter %q: an authority row takes A (accepts the risk) or C (consulted first) only", l))
			bad = true
		}
	}
	if bad || v.IsZero() {
		return
	}
	if g.a.Authority == nil {
		g.a.Authority = map[assessment.AuthorityKey]assessment.Authority{}
	}
	g.a.Authority[k] = v
}

// registerAllowed reports whether row r of section sec is to be read:
// in a file older than schema 6 an empty row is skipped (a spreadsheet
// user may paste the empty rows of a newer export) and one holding
// anything is reported, since that schema has nowhere to keep it.
func (im *importer) registerAllowed(r *row, g *group, sec string) bool {
	n := im.schemaOf[g.id]
	if n >= registerSchema {
		return true
	}
	allowed, _ := sectionColumns(sec)
	for c := range numCols {
		if allowed&(1<<c) != 0 && c != colAssessmentID && c != colSection && c != colItemID && c != colLabel && c != colValueLabel && c != colRefs && r.str(c) != "" {
			im.at(r, colSection, l10n.F("a schema %d file has no %s rows (they came with schema %d)", n, sec, registerSchema))
			return false
		}
	}
	return false
}

// roleIDs lists the matrix role IDs for messages.
func roleIDs() string {
	s := ""
	for i, x := range assessment.RACIRoles {
		if i > 0 {
			s += ", "
		}
		s += string(x)
	}
	return s
}
