package assessment

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The two inputs of the ownership evidence pack: who holds each matrix
// role (the role register) and who may accept which risk (the
// risk-acceptance authority table). ISO/IEC 27001:2022 5.3 asks for roles
// to be assigned and communicated, 6.1.3 for risk owners to approve the
// residual risk; an auditor asks for the names behind both.

// Holder is who holds one matrix role at the site. All fields are free
// text the user typed except Confirmed, a date.
type Holder struct {
	Name   string `json:"name,omitempty"`   // the person who holds the role
	Deputy string `json:"deputy,omitempty"` // who stands in when the holder is absent
	// Confirmed is when the holder last confirmed the role, YYYY-MM-DD;
	// "" never.
	Confirmed string `json:"confirmed,omitempty"`
}

// IsZero reports whether h holds nothing.
func (h Holder) IsZero() bool { return h == Holder{} }

// RiskLevel is a level of the organisation's risk scale.
type RiskLevel string

// The risk levels of the authority table, lowest first.
const (
	RiskLow      RiskLevel = "low"
	RiskMedium   RiskLevel = "medium"
	RiskHigh     RiskLevel = "high"
	RiskCritical RiskLevel = "critical"
)

// RiskLevels lists the levels in display order, lowest first.
var RiskLevels = []RiskLevel{RiskLow, RiskMedium, RiskHigh, RiskCritical}

// RiskContext is where a risk sits, which decides who must be heard
// before it is accepted.
type RiskContext string

// The contexts of the authority table.
const (
	ContextIT RiskContext = "it" // corporate IT
	ContextOT RiskContext = "ot" // plant OT
	// ContextShared is shared IT/OT infrastructure: the IT/OT
	// demilitarised zone, plant domain controllers, remote-access
	// gateways, run by one side and relied on by both.
	ContextShared RiskContext = "shared"
	// ContextRegulated is a risk that touches process safety or a
	// validated (GxP) system: EHS or Quality must be consulted.
	//
	// It takes precedence over the domain: a risk that touches process
	// safety or a validated (GxP) system is safety- or quality-relevant
	// whatever the domain it sits in, corporate IT, plant OT or shared
	// infrastructure, and is accepted under this row, never under the
	// row of its domain. This is the one statement of the rule; the
	// documents of the pack repeat it in words (PrecedenceRule).
	ContextRegulated RiskContext = "regulated"
)

// PrecedenceRule is the precedence of ContextRegulated, and what holds for
// every other risk, for the page and the documents that print the
// authority table. It is English, marked
// for the catalogue: whoever shows it writes l10n.T(PrecedenceRule).
var PrecedenceRule = l10n.M("A risk that touches process safety or a validated (GxP) system is safety- or quality-relevant whatever its domain (corporate IT, plant OT or shared infrastructure): it is accepted under the safety- or quality-relevant row of its level, never under the row of its domain. Any other risk is accepted under the row of its domain and level.")

// RegulatedVoices says who is consulted on the safety- or
// quality-relevant rows of a site with profile p: Quality where it records
// validated (GMP) systems, EHS where it records a safety-critical process,
// and both where it records both or neither, since the row itself says
// the risk touches safety or quality and the profile does not tell which.
// It is the one statement of that choice: the authority preset consults
// them, and the rules printed with the table give them a veto.
func RegulatedVoices(p Profile) (quality, ehs bool) {
	both := p.Validated == p.SafetyCritical
	return p.Validated || both, p.SafetyCritical || both
}

// RegulatedRowRules states, in the page's language, the rules that go
// with the safety- or quality-relevant rows of a's authority table beyond
// the roles they name, for every place that prints the table: a site
// director named there accepts only for the systems of their own plant,
// and the objection of Quality or EHS, whichever RegulatedVoices consults
// for the profile, blocks an acceptance rather than being heard and
// overruled (EU GMP Part I ch. 1 and Annex 11: Quality decides on what
// affects product quality). A function the profile does not consult is
// given no veto.
func RegulatedRowRules(a Assessment) string {
	var out []string
	for _, row := range AuthorityRows(a) {
		if row.Key.Context == ContextRegulated && row.Accept == RoleSite {
			out = append(out, l10n.F("Where the safety- or quality-relevant rows name “%s”, that is the director of the plant whose systems carry the risk; a risk on corporate IT, on shared infrastructure or on a system that serves several plants is accepted by “%s” instead.",
				RoleName(a.RoleNames, RoleSite), RoleName(a.RoleNames, RoleExecutive)))
			break
		}
	}
	switch quality, ehs := RegulatedVoices(a.Profile); {
	case quality && !ehs:
		out = append(out, l10n.T("On the safety- or quality-relevant rows, consulting means more than hearing: a residual risk to product quality is not accepted while Quality objects. The risk is then treated further until the objection is withdrawn; the escalation role, or top management where none is named, decides how, not whether to accept it over the objection."))
	case ehs && !quality:
		out = append(out, l10n.T("On the safety- or quality-relevant rows, consulting means more than hearing: a residual risk to process safety is not accepted while EHS objects. The risk is then treated further until the objection is withdrawn; the escalation role, or top management where none is named, decides how, not whether to accept it over the objection."))
	default:
		out = append(out, l10n.T("On the safety- or quality-relevant rows, consulting means more than hearing: a residual risk to product quality is not accepted while Quality objects, nor one to process safety while EHS objects. The risk is then treated further until the objection is withdrawn; the escalation role, or top management where none is named, decides how, not whether to accept it over the objection."))
	}
	return strings.Join(out, " ")
}

// RiskContexts lists the contexts in display order. Records written
// before ContextShared existed simply have no shared rows: they read as
// not filled in.
var RiskContexts = []RiskContext{ContextIT, ContextOT, ContextShared, ContextRegulated}

// AuthorityKey addresses one row of the authority table.
type AuthorityKey struct {
	Level   RiskLevel
	Context RiskContext
}

// String returns the key as "high/ot", the form used in JSON map keys
// and in the CSV item ID.
func (k AuthorityKey) String() string { return string(k.Level) + "/" + string(k.Context) }

// MarshalText lets AuthorityKey be a JSON map key.
func (k AuthorityKey) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Authority says who may accept a risk of one level in one context.
type Authority struct {
	Accept  Role   `json:"accept,omitempty"`  // the role that may accept the risk
	Consult []Role `json:"consult,omitempty"` // roles that must be consulted first, in RACIRoles order
	// MaxMonths is the longest period, in months, for which the risk may
	// stay accepted before it is reviewed again; 0 not set.
	MaxMonths int  `json:"maxMonths,omitempty"`
	Escalate  Role `json:"escalate,omitempty"` // where a disagreement or an overrun goes
}

// UnmarshalText parses the "high/ot" form.
func (k *AuthorityKey) UnmarshalText(b []byte) error {
	l, c, ok := strings.Cut(string(b), "/")
	if !ok || l == "" || c == "" {
		return fmt.Errorf("authority key %q is not of the form level/context", b)
	}
	k.Level, k.Context = RiskLevel(l), RiskContext(c)
	return nil
}

// AuthorityRow is one row of the authority table.
type AuthorityRow struct {
	Key AuthorityKey
	Authority
}

// AuthorityRows returns every row of a's authority table in display
// order, level by level and within a level context by context, with what
// a stores; a row not filled in holds the zero Authority.
func AuthorityRows(a Assessment) []AuthorityRow {
	rows := make([]AuthorityRow, 0, len(RiskLevels)*len(RiskContexts))
	for _, l := range RiskLevels {
		for _, c := range RiskContexts {
			k := AuthorityKey{Level: l, Context: c}
			rows = append(rows, AuthorityRow{Key: k, Authority: a.Authority[k]})
		}
	}
	return rows
}

// RiskLevelLabel returns the display label of l.
func RiskLevelLabel(l RiskLevel) string {
	switch l {
	case RiskLow:
		return l10n.T("Low")
	case RiskMedium:
		return l10n.T("Medium")
	case RiskHigh:
		return l10n.T("High")
	case RiskCritical:
		return l10n.T("Critical")
	}
	return string(l)
}

// RiskContextLabel returns the display label of c.
func RiskContextLabel(c RiskContext) string {
	switch c {
	case ContextIT:
		return l10n.T("Corporate IT")
	case ContextOT:
		return l10n.T("Plant OT")
	case ContextShared:
		return l10n.T("Shared IT/OT infrastructure")
	case ContextRegulated:
		return l10n.T("Safety- or quality-relevant")
	}
	return string(c)
}

// MaxPersonLen is the most characters of a holder's or deputy's name: a
// name with a job title in brackets fits, a paragraph does not.
const MaxPersonLen = 100

// PersonKey is the form under which two names count as the same person:
// trimmed, inner white space collapsed, case folded. The conflicting-roles
// finding compares holders by it, so that "A. Example" and "a.  example"
// are one person.
func PersonKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// RespondentHolds returns the roles whose holder the role register names
// as the profile's respondent (the same PersonKey), in RACIRoles order;
// nil when the profile names no respondent. A respondent recorded under
// one role while the register names them for another answered from that
// other seat too, and a reader of their answers should know it.
func RespondentHolds(a Assessment) []Role {
	who := PersonKey(a.Profile.Respondent)
	if who == "" {
		return nil
	}
	var out []Role
	for _, r := range RACIRoles {
		if PersonKey(a.Holders[r].Name) == who {
			out = append(out, r)
		}
	}
	return out
}

// NormaliseHolder returns h with surrounding white space dropped from the
// names and the date, the form SetHolder stores.
func NormaliseHolder(h Holder) Holder {
	h.Name = strings.TrimSpace(h.Name)
	h.Deputy = strings.TrimSpace(h.Deputy)
	h.Confirmed = strings.TrimSpace(h.Confirmed)
	return h
}

// ValidateHolder checks one entry of the role register for role r.
// today, YYYY-MM-DD, bounds the confirmation date: a role cannot have
// been confirmed in the future. "" skips that bound; a stored record is
// checked without it, since it may come from a machine whose clock ran
// ahead, and the form that edits the register passes the day.
//
// Rules, each for the reason given:
//   - r is a matrix role: the register names the people behind the
//     matrix columns (5.3), nothing else;
//   - names are trimmed, at most MaxPersonLen characters, free of control
//     characters: they are table cells in the roles document and the CSV;
//   - the deputy is not the holder: a deputy is someone else who can act
//     when the holder is absent;
//   - Confirmed is a real YYYY-MM-DD date, and only a named holder can
//     have confirmed the role.
func ValidateHolder(r Role, h Holder, today string) error {
	if !isRACIRole(r) {
		return fmt.Errorf("holder of %q: not a matrix role", r)
	}
	for _, f := range []struct{ what, s string }{{"name", h.Name}, {"deputy", h.Deputy}} {
		if err := checkPerson(f.s); err != nil {
			return fieldError(f.what, fmt.Sprintf("holder of %q: %s", r, f.what), err)
		}
	}
	if h.Name != "" && h.Deputy != "" && PersonKey(h.Name) == PersonKey(h.Deputy) {
		return fieldError("deputy", fmt.Sprintf("holder of %q: deputy", r), errors.New(l10n.F("%q is the holder; a deputy must be someone else", h.Deputy)))
	}
	if h.Confirmed == "" {
		return nil
	}
	if h.Name == "" {
		return fieldError("confirmed", fmt.Sprintf("holder of %q: confirmed", r), errors.New(l10n.T("a date without a named holder; name who confirmed the role")))
	}
	d, err := time.Parse(dateLayout, h.Confirmed)
	if err != nil {
		return fieldError("confirmed", fmt.Sprintf("holder of %q: confirmed %q", r, h.Confirmed), errors.New(l10n.T("not a real YYYY-MM-DD date")))
	}
	if today != "" {
		t, err := time.Parse(dateLayout, today)
		if err != nil {
			return fmt.Errorf("holder of %q: today %q: not a real YYYY-MM-DD date", r, today)
		}
		if d.After(t) {
			return fieldError("confirmed", fmt.Sprintf("holder of %q: confirmed %s", r, h.Confirmed), errors.New(l10n.F("in the future (today is %s)", l10n.StoredDate(today))))
		}
	}
	return nil
}

// FieldError is a refused value of one field of the role register or the
// authority table: Field names it ("name", "deputy", "confirmed";
// "accept", "consult", "months", "escalate"), Msg says why in words a
// form can show next to that field. Error gives the whole message, with
// the role or row.
type FieldError struct {
	Field string
	Msg   string
	err   error
}

func (e *FieldError) Error() string { return e.err.Error() }

// Unwrap returns the error with the role or row.
func (e *FieldError) Unwrap() error { return errors.Unwrap(e.err) }

// fieldError makes a FieldError whose message is where: inner.
func fieldError(field, where string, inner error) error {
	return &FieldError{Field: field, Msg: inner.Error(), err: fmt.Errorf("%s: %w", where, inner)}
}

// checkPerson checks a holder's or deputy's name; "" is allowed (nobody
// named).
func checkPerson(s string) error {
	switch {
	case s == "":
		return nil
	case !utf8.ValidString(s):
		return errors.New(l10n.T("not valid UTF-8"))
	case strings.TrimSpace(s) != s:
		return errors.New(l10n.F("%q starts or ends with white space", s))
	case utf8.RuneCountInString(s) > MaxPersonLen:
		return errors.New(l10n.F("longer than %d characters", MaxPersonLen))
	}
	for _, c := range s {
		if unicode.IsControl(c) {
			return errors.New(l10n.F("%q contains a control character such as a line break or tab", s))
		}
	}
	return nil
}

// SetHolder returns holders with role r held as h, normalised
// (NormaliseHolder) and checked by ValidateHolder against today. The input
// is never modified; an empty h removes the entry, and a register left
// empty is nil, so that "never named" and "cleared" look the same. On an
// error holders is returned unchanged.
func SetHolder(holders map[Role]Holder, r Role, h Holder, today string) (map[Role]Holder, error) {
	h = NormaliseHolder(h)
	if err := ValidateHolder(r, h, today); err != nil {
		return holders, err
	}
	out := maps.Clone(holders)
	if out == nil {
		out = map[Role]Holder{}
	}
	if h.IsZero() {
		delete(out, r)
	} else {
		out[r] = h
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// validateHolders checks the register of a record, in RACIRoles order so
// that the same record always reports the same problem.
func validateHolders(holders map[Role]Holder) error {
	for r := range holders {
		if !isRACIRole(r) {
			return fmt.Errorf("holder of %q: not a matrix role", r)
		}
	}
	for _, r := range RACIRoles {
		h, ok := holders[r]
		if !ok {
			continue
		}
		if h.IsZero() {
			return fmt.Errorf("holder of %q: empty; leave the role out instead", r)
		}
		if err := ValidateHolder(r, h, ""); err != nil {
			return err
		}
	}
	return nil
}

// MaxAcceptMonths is the longest acceptance period the authority table
// takes: five years, beyond which an "acceptance" is a decision never to
// look again, which 6.1.2 and 8.2 (risk assessment at planned intervals)
// do not allow.
const MaxAcceptMonths = 60

// ValidRiskLevel reports whether l is one of RiskLevels.
func ValidRiskLevel(l RiskLevel) bool { return slices.Contains(RiskLevels, l) }

// ValidRiskContext reports whether c is one of RiskContexts.
func ValidRiskContext(c RiskContext) bool { return slices.Contains(RiskContexts, c) }

// ValidateAuthority checks one row of the authority table:
//   - the key is a known level and context;
//   - Accept and Escalate are matrix roles other than the system
//     integrator: an outside party cannot accept or arbitrate the
//     organisation's risk (6.1.3 f asks the organisation's risk owners);
//   - Consult holds matrix roles, each once, in RACIRoles order (the one
//     stored form), never the accepting role: the acceptor is not
//     consulted about its own decision;
//   - MaxMonths is 0 (not set) to MaxAcceptMonths;
//   - Escalate differs from Accept: escalating to oneself goes nowhere.
func ValidateAuthority(k AuthorityKey, a Authority) error {
	if !ValidRiskLevel(k.Level) {
		return fmt.Errorf("authority %s: unknown risk level %q", k, k.Level)
	}
	if !ValidRiskContext(k.Context) {
		return fmt.Errorf("authority %s: unknown risk context %q", k, k.Context)
	}
	for _, f := range []struct {
		what string
		r    Role
	}{{"accept", a.Accept}, {"escalate", a.Escalate}} {
		if f.r == "" {
			continue
		}
		if !isRACIRole(f.r) {
			return fieldError(f.what, fmt.Sprintf("authority %s: %s", k, f.what), errors.New(l10n.F("%q is not a matrix role", f.r)))
		}
		if f.r == RoleIntegrator {
			return fieldError(f.what, fmt.Sprintf("authority %s: %s", k, f.what), errors.New(l10n.T("an integrator or vendor cannot decide on the organisation's risk")))
		}
	}
	last := -1
	for _, r := range a.Consult {
		i := slices.Index(RACIRoles, r)
		switch {
		case i < 0:
			return fieldError("consult", fmt.Sprintf("authority %s: consult", k), errors.New(l10n.F("%q is not a matrix role", r)))
		case r == a.Accept:
			return fieldError("consult", fmt.Sprintf("authority %s: consult", k), errors.New(l10n.F("%q is the role that accepts; it is not consulted about its own decision", r)))
		case i == last:
			return fieldError("consult", fmt.Sprintf("authority %s: consult", k), errors.New(l10n.F("%q is listed twice", r)))
		case i < last:
			return fieldError("consult", fmt.Sprintf("authority %s: consult", k), errors.New(l10n.T("roles are not in matrix column order")))
		}
		last = i
	}
	if a.MaxMonths < 0 || a.MaxMonths > MaxAcceptMonths {
		return fieldError("months", fmt.Sprintf("authority %s: longest acceptance", k), errors.New(l10n.F("%d months is not between 0 and %d", a.MaxMonths, MaxAcceptMonths)))
	}
	if a.Escalate != "" && a.Escalate == a.Accept {
		return fieldError("escalate", fmt.Sprintf("authority %s: escalate", k), errors.New(l10n.F("%q is the role that accepts; escalation must go to another role", a.Escalate)))
	}
	return nil
}

// IsZero reports whether a holds nothing.
func (a Authority) IsZero() bool {
	return a.Accept == "" && len(a.Consult) == 0 && a.MaxMonths == 0 && a.Escalate == ""
}

// SortRoles returns roles in RACIRoles order without duplicates, roles not
// in the matrix last in their order: the stored order of
// Authority.Consult.
func SortRoles(roles []Role) []Role {
	out := make([]Role, 0, len(roles))
	for _, r := range RACIRoles {
		if slices.Contains(roles, r) {
			out = append(out, r)
		}
	}
	for _, r := range roles {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// SetAuthority returns table with row k set to a, its Consult put in
// RACIRoles order and checked by ValidateAuthority. The input is never
// modified; a zero a removes the row, and a table left empty is nil. On
// an error table is returned unchanged.
func SetAuthority(table map[AuthorityKey]Authority, k AuthorityKey, a Authority) (map[AuthorityKey]Authority, error) {
	a.Consult = SortRoles(a.Consult)
	if err := ValidateAuthority(k, a); err != nil {
		return table, err
	}
	out := maps.Clone(table)
	if out == nil {
		out = map[AuthorityKey]Authority{}
	}
	if a.IsZero() {
		delete(out, k)
	} else {
		out[k] = a
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// validateAuthorityTable checks the table of a record in AuthorityRows
// order.
func validateAuthorityTable(table map[AuthorityKey]Authority) error {
	for k := range table {
		if !ValidRiskLevel(k.Level) || !ValidRiskContext(k.Context) {
			return ValidateAuthority(k, table[k])
		}
	}
	for _, l := range RiskLevels {
		for _, c := range RiskContexts {
			k := AuthorityKey{Level: l, Context: c}
			a, ok := table[k]
			if !ok {
				continue
			}
			if a.IsZero() {
				return fmt.Errorf("authority %s: empty; leave the row out instead", k)
			}
			if err := ValidateAuthority(k, a); err != nil {
				return err
			}
		}
	}
	return nil
}

// AuthorityPreset returns the authority table the ownership model modelID
// suggests for profile p, or nil for an unknown model. It is a starting
// point the consultant edits with the client, reasoned as follows.
//
// Who accepts (ISO/IEC 27001:2022 6.1.2 c 2 names risk owners, 6.1.3 f
// has them approve the treatment and accept the residual risk; 5.1 makes
// top management answer for the ISMS):
//   - low: the lead of the domain the risk sits in (IT lead, OT lead),
//     who owns the systems and lives with the risk;
//   - medium: in corporate IT the ISMS owner, who keeps the risk method
//     and sees every domain; on the plant floor the site director, who
//     answers for the plant's production and people: the ISMS function
//     maintains the risk register but does not own the plant's risks;
//   - high: in corporate IT the ISMS owner, on the plant floor the site
//     director, escalating to the executive sponsor; in the executive-led
//     model the executive sponsor accepts;
//   - critical: only the executive sponsor, top management (5.1, 6.1.3):
//     a risk that can stop the business is not accepted below the people
//     who answer for the business.
//
// Wherever the site director accepts, the ISMS owner is consulted: it
// checks the acceptance against the risk criteria and records it.
//
// The safety- or quality-relevant context is never accepted by a domain
// lead alone, whose view is the system's, not the product's or the
// people's: low and medium go to the site director, high and critical to
// the executive sponsor. There, EHS is consulted on a safety-critical
// process, Quality on a GMP site (EU GMP Annex 11: changes to validated
// systems under Quality's control), both when both; when the profile
// says neither, both are consulted, since the context itself says the
// risk touches safety or quality and the profile does not tell which
// (RegulatedVoices).
//
// Shared IT/OT infrastructure is accepted as corporate IT is (the IT
// lead, the ISMS owner, the executive sponsor by level), since corporate
// IT usually runs it, but with the OT lead and the site director
// consulted first at every level: the DMZ, a plant domain controller or a
// remote-access gateway is what the plant's systems depend on, so a risk
// left there can stop a line. The OT lead knows which plant systems rely
// on the component, the site director answers for the production it
// carries; neither would otherwise hear of a risk accepted on the IT side
// (the same reason the matrix wants both leads on shared rows).
//
// Plant OT risks always consult plant operations (who carry the downtime
// and the workaround) and the site director wherever the site director
// does not accept. Whoever owns the systems is consulted when someone
// above accepts. The longest acceptance is shorter for higher levels:
// 24, 12, 6 and 3 months, so that the worst risks come back to the
// risk owner soonest (6.1.2 d, 8.2).
func AuthorityPreset(modelID string, p Profile) map[AuthorityKey]Authority {
	if _, ok := ModelByID(modelID); !ok {
		return nil
	}
	months := map[RiskLevel]int{RiskLow: 24, RiskMedium: 12, RiskHigh: 6, RiskCritical: 3}
	out := make(map[AuthorityKey]Authority, len(RiskLevels)*len(RiskContexts))
	for _, l := range RiskLevels {
		for _, c := range RiskContexts {
			accept := presetAcceptor(modelID, l, c)
			var consult []Role
			add := func(rs ...Role) {
				for _, r := range rs {
					if r != accept {
						consult = append(consult, r)
					}
				}
			}
			switch c {
			case ContextIT:
				if l != RiskLow {
					add(RoleIT)
				}
				if accept == RoleExecutive {
					add(RoleISMSOwner)
				}
			case ContextShared:
				if l != RiskLow {
					add(RoleIT)
				}
				add(RoleOT, RoleSite)
				if accept == RoleExecutive {
					add(RoleISMSOwner)
				}
			case ContextOT, ContextRegulated:
				add(RoleOT, RoleOperations, RoleSite)
				if accept == RoleExecutive || accept == RoleSite {
					add(RoleISMSOwner)
				}
			}
			if c == ContextRegulated {
				// The context spans every domain: the lead who runs a
				// corporate system (LIMS, ERP, eQMS) is heard too.
				add(RoleIT)
				quality, ehs := RegulatedVoices(p)
				if quality {
					add(RoleQuality)
				}
				if ehs {
					add(RoleEHS)
				}
			}
			out[AuthorityKey{Level: l, Context: c}] = Authority{
				Accept:    accept,
				Consult:   SortRoles(consult),
				MaxMonths: months[l],
				Escalate:  presetEscalation(accept, c),
			}
		}
	}
	return out
}

// presetAcceptor is who accepts a risk of level l in context c under
// model (see AuthorityPreset).
func presetAcceptor(model string, l RiskLevel, c RiskContext) Role {
	if c == ContextShared {
		c = ContextIT // accepted as corporate IT is; see AuthorityPreset
	}
	switch {
	case l == RiskCritical:
		return RoleExecutive
	case l == RiskHigh && (model == ModelExecutiveLed || c == ContextRegulated):
		return RoleExecutive
	case c == ContextRegulated || (c == ContextOT && l != RiskLow):
		return RoleSite
	case l == RiskHigh || l == RiskMedium:
		return RoleISMSOwner
	case c == ContextOT:
		return RoleOT
	}
	return RoleIT
}

// presetEscalation is where a disagreement or an overrun goes from the
// acceptor: a domain lead escalates to the ISMS owner (on the plant floor
// to the site director, who owns the plant's risks), the ISMS owner and the
// site director to the executive sponsor. Top management has nobody above
// it in the matrix: "" (its own forum, the board, is not a matrix role).
func presetEscalation(accept Role, c RiskContext) Role {
	switch accept {
	case RoleIT:
		return RoleISMSOwner
	case RoleOT:
		if c == ContextOT {
			return RoleSite // the plant's risks stay with the plant
		}
		return RoleISMSOwner
	case RoleISMSOwner, RoleSite:
		return RoleExecutive
	}
	return ""
}

// PseudonymiseHolders returns holders with every name replaced by
// "Person 1", "Person 2", … numbered by first appearance (roles in
// RACIRoles order, holder before deputy), one number per person
// (PersonKey). Confirmation dates stay. A sanitised copy so still tells a
// vacant role from a held one, a missing deputy and one person holding
// two roles, and the register findings read the same, without naming
// anybody.
func PseudonymiseHolders(holders map[Role]Holder) map[Role]Holder {
	if holders == nil {
		return nil
	}
	seen := map[string]string{}
	alias := func(name string) string {
		if name == "" {
			return ""
		}
		k := PersonKey(name)
		if p, ok := seen[k]; ok {
			return p
		}
		p := "Person " + strconv.Itoa(len(seen)+1)
		seen[k] = p
		return p
	}
	out := make(map[Role]Holder, len(holders))
	for _, r := range roleOrder(holders) {
		h := holders[r]
		h.Name = alias(h.Name)
		h.Deputy = alias(h.Deputy)
		out[r] = h
	}
	return out
}

// plantSeats and itSeats are the functions that work on one side of the
// estate only: the plant floor, or corporate IT.
var (
	plantSeats = []Role{RoleSite, RoleOT, RoleOperations, RoleMaintenance, RoleQuality, RoleEHS}
	itSeats    = []Role{RoleIT}
)

// ownerRoleQuestions are the questions that rate the ISMS owner's own
// role: that one person is accountable (GOV-01), where the role sits
// (GOV-02), what it keeps (GOV-03) and that it leads external audits
// (PRA-05).
var ownerRoleQuestions = []string{"GOV-01", "GOV-02", "GOV-03", "PRA-05"}

// OwnRoleAnswers returns, when the respondent holds the ISMS owner role
// (the profile's role, or the register names them for it), the questions
// of ownerRoleQuestions asked of a and answered at level 2 or above, in
// bank order: those answers rate the respondent's own role, a
// self-assessment that top management, which assigns the role (ISO/IEC
// 27001 5.3), should confirm. nil otherwise.
func OwnRoleAnswers(a Assessment) []string {
	if a.Profile.RespondentRole != RoleISMSOwner && !slices.Contains(RespondentHolds(a), RoleISMSOwner) {
		return nil
	}
	var ids []string
	for _, q := range Asked(a) {
		if l, ok := a.Answers[q.ID].Rating.Level(); ok && l >= 2 && slices.Contains(ownerRoleQuestions, q.ID) {
			ids = append(ids, q.ID)
		}
	}
	return ids
}

// OutsideSeat returns the questions asked of a and answered on the scale
// (0 to 4) that concern only the side of the estate the respondent does
// not work on, in bank order, and the role that works there, who can
// confirm them. The respondent's seat is the profile's role and every
// role the register names them for (RespondentHolds); a seat on the
// plant floor makes the IT-only questions outside it, a seat in IT the
// OT-only ones, and a seat on both sides or on neither (top management,
// the ISMS owner, a supporting function) none. One person's answer on the
// other side's practice is hearsay until that side confirms it.
func OutsideSeat(a Assessment) (ids []string, confirm Role) {
	seats := append([]Role{a.Profile.RespondentRole}, RespondentHolds(a)...)
	plant := slices.ContainsFunc(seats, func(r Role) bool { return slices.Contains(plantSeats, r) })
	it := slices.ContainsFunc(seats, func(r Role) bool { return slices.Contains(itSeats, r) })
	var other Applies
	switch {
	case plant && !it:
		other, confirm = AppliesIT, RoleIT
	case it && !plant:
		other, confirm = AppliesOT, RoleOT
	default:
		return nil, ""
	}
	for _, q := range Asked(a) {
		if _, scored := a.Answers[q.ID].Rating.Level(); scored && q.Applies == other {
			ids = append(ids, q.ID)
		}
	}
	if len(ids) == 0 {
		return nil, ""
	}
	return ids, confirm
}
