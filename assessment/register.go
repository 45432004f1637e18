package assessment

import (
	"fmt"
	"strings"
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
	// ContextRegulated is a risk that touches process safety or a
	// validated (GxP) system: EHS or Quality must be consulted.
	ContextRegulated RiskContext = "regulated"
)

// RiskContexts lists the contexts in display order.
var RiskContexts = []RiskContext{ContextIT, ContextOT, ContextRegulated}

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
		return "Low"
	case RiskMedium:
		return "Medium"
	case RiskHigh:
		return "High"
	case RiskCritical:
		return "Critical"
	}
	return string(l)
}

// RiskContextLabel returns the display label of c.
func RiskContextLabel(c RiskContext) string {
	switch c {
	case ContextIT:
		return "Corporate IT"
	case ContextOT:
		return "Plant OT"
	case ContextRegulated:
		return "Safety- or quality-relevant"
	}
	return string(c)
}
