package assessment

import (
	"strconv"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// RefKind is the document a reference points into.
type RefKind string

// The documents questions cite. Each has its list under
// ../shared/reference, which the tests check every reference against.
const (
	RefClause RefKind = "iso27001" // a numbered requirement of ISO/IEC 27001:2022, clauses 4–10
	RefAnnexA RefKind = "annex-a"  // an Annex A control of ISO/IEC 27001:2022
	RefSPE    RefKind = "iec62443" // a security program element of IEC 62443-2-1:2024
	RefNIS2   RefKind = "nis2"     // an article of Directive (EU) 2022/2555 (NIS2)
)

// Ref is one requirement a question rests on, as typed data so that it can
// be checked against the reference lists and cited in reports and the CSV.
type Ref struct {
	Kind RefKind
	ID   string // "6.1.3", "5.3", "SPE 1", "20(1)": as the reference list writes it
}

// String is the short citation a consultant writes in a gap analysis:
// "ISO 27001 6.1.3", "Annex A 5.3", "IEC 62443-2-1 SPE 1", "NIS2 Art. 23".
// In German only the Annex A one changes ("Anhang A 5.3"): the others are
// cited the same way in both languages. The CSV's refs column that holds
// it is written for people and never read back.
func (r Ref) String() string {
	switch r.Kind {
	case RefClause:
		return "ISO 27001 " + r.ID
	case RefAnnexA:
		return l10n.T("Annex A") + " " + r.ID
	case RefSPE:
		return "IEC 62443-2-1 " + r.ID
	case RefNIS2:
		return "NIS2 Art. " + r.ID
	}
	return r.ID
}

// RefsText joins the citations of refs with "; ", the form the CSV and
// the report use.
func RefsText(refs []Ref) string {
	parts := make([]string, len(refs))
	for i, r := range refs {
		parts[i] = r.String()
	}
	return strings.Join(parts, "; ")
}

// Constructors for the content files: they keep the question table short
// and the kinds right.
func refs(r ...Ref) []Ref     { return r }
func clause(id string) Ref    { return Ref{RefClause, id} }
func annexA(id string) Ref    { return Ref{RefAnnexA, id} }
func spe(n int) Ref           { return Ref{RefSPE, "SPE " + strconv.Itoa(n)} }
func nis2(article string) Ref { return Ref{RefNIS2, article} }
