// Package assessment is the pure domain of the ISMS ownership assessment:
// the question bank, the Annex A control list, the RACI matrix, scoring,
// findings, ownership-model presets and the versioned assessment record.
//
// It imports neither syscall/js nor go-app so that everything that can be
// decided without a browser is decided (and tested) natively.
package assessment

import (
	"fmt"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// SchemaVersion is the version of the Assessment record this build writes.
// Older records are upgraded step by step by Upgrade; newer ones are refused.
//
// Schema 3 added the A/R letter and Assessment.RoleNames. A build that knows
// only schema 2 must refuse such a record rather than load it: it would
// reject A/R as an unknown letter, or silently drop the role names on its
// next save.
//
// Schema 4 is question bank 2: answers are keyed by its IDs, answers to
// questions of bank 1 that are no longer asked are kept in
// Assessment.Retired, and the profile gained nis2 and ownershipModel. A
// schema 3 build would read bank 2 answers against bank 1 questions.
//
// Schema 5 added Assessment.Plan, the consultant's edits to the action
// plan. A schema 4 build would drop them on its next save.
//
// Schema 6 added Assessment.Holders (the role register) and
// Assessment.Authority (the risk-acceptance authority table), and
// Assessment.RowConsensus (agreed matrix rows of a consensus and their
// dissent). Nothing older converts into them; the bump is there because a
// schema 5 build would load a schema 6 record and silently drop them on
// its next save.
//
// Schema 7 added Assessment.Session, the date, facilitator and
// participants of the session that reached a consensus. A schema 6 build
// would drop them on its next save.
//
// Schema 8 added the marks of a consensus's answers and matrix rows
// changed after it was stored (Agreement.Changed, RowAgreement.Changed,
// with what the session gave). A schema 7 build would drop them on its
// next save, and the consensus would again read as the session's.
//
// Schema 9 added the marks of a consensus's profile fields changed after
// it was stored (Assessment.ProfileChanges, with the profile as stored in
// Assessment.SessionProfile), and the reason for a matrix row's change
// (RowAgreement.ChangeReason). The profile decides which questions are
// asked; a schema 8 build would drop the marks on its next save.
const SchemaVersion = 9

// Role is a stable identifier of an organisational role. Roles are used both
// for respondents and as the columns of the RACI matrix.
type Role string

// The roles the tool knows. The identifiers are stored and exported, so they
// never change; default labels live in RoleLabel, and an assessment may
// rename any matrix role to the organisation's own title (RoleNames).
const (
	RoleExecutive   Role = "executive"   // executive sponsor / top management
	RoleISMSOwner   Role = "isms-owner"  // CISO, CIO or head of risk and compliance
	RoleSite        Role = "site"        // site / plant director, with facilities and site services
	RoleIT          Role = "it"          // head of IT / infrastructure
	RoleOT          Role = "ot"          // OT, automation or plant digital lead
	RoleOperations  Role = "operations"  // plant operations / production
	RoleMaintenance Role = "maintenance" // maintenance and engineering
	RoleQuality     Role = "quality"     // quality / validation
	RoleEHS         Role = "ehs"         // environment, health and safety
	RoleLegal       Role = "legal"       // legal and compliance counsel
	RoleDPO         Role = "dpo"         // data protection officer
	RoleHR          Role = "hr"          // human resources
	RoleProcurement Role = "procurement" // procurement / supplier management
	RoleIntegrator  Role = "integrator"  // external system integrator or vendor; C or I only
	RoleConsultant  Role = "consultant"  // external assessor; never a RACI column
)

// RACIRoles are the matrix columns, in display order: the management
// system first (executive, ISMS owner, site director), then the two
// technical domain leads, the plant's own hands (operations, maintenance),
// the functions that assure or support (Quality, EHS, Legal, DPO, HR,
// Procurement), and last the outside party. Reading left to right goes
// from who answers for the ISMS to who only advises. The CSV writes its
// role columns in this order; import maps them by name, so the order may
// change without breaking old files.
var RACIRoles = []Role{
	RoleExecutive, RoleISMSOwner, RoleSite,
	RoleIT, RoleOT,
	RoleOperations, RoleMaintenance,
	RoleQuality, RoleEHS, RoleLegal, RoleDPO, RoleHR, RoleProcurement,
	RoleIntegrator,
}

// RespondentRoles are the roles a respondent may declare, in display order.
var RespondentRoles = append(append([]Role{}, RACIRoles...), RoleConsultant)

var roleLabels = map[Role]string{
	RoleExecutive:   l10n.M("Executive sponsor"),
	RoleISMSOwner:   l10n.M("ISMS owner (CISO / risk)"),
	RoleSite:        l10n.M("Site / plant director"),
	RoleIT:          l10n.M("IT lead"),
	RoleOT:          l10n.M("OT / automation lead"),
	RoleOperations:  l10n.M("Plant operations"),
	RoleMaintenance: l10n.M("Maintenance & engineering"),
	RoleQuality:     l10n.M("Quality & validation"),
	RoleEHS:         l10n.M("EHS / process safety"),
	RoleLegal:       l10n.M("Legal & compliance"),
	RoleDPO:         l10n.M("Data protection officer"),
	RoleHR:          l10n.M("HR"),
	RoleProcurement: l10n.M("Procurement"),
	RoleIntegrator:  l10n.M("System integrator / vendor"),
	RoleConsultant:  l10n.M("Consultant / assessor"),
}

// RoleLabel returns the default display label of r, or r itself when
// unknown. Views that show one assessment's matrix use RoleName instead,
// which honours the assessment's own titles.
func RoleLabel(r Role) string {
	if l, ok := roleLabels[r]; ok {
		return l10n.T(l)
	}
	return string(r)
}

// ValidRole reports whether r is one of the known roles.
func ValidRole(r Role) bool {
	_, ok := roleLabels[r]
	return ok
}

// Domain is the part of the estate a RACI assignment covers.
type Domain string

// The three domains of the ownership matrix.
const (
	DomainIT     Domain = "it"
	DomainOT     Domain = "ot"
	DomainShared Domain = "shared"
)

// Domains lists the matrix domains in display order.
var Domains = []Domain{DomainIT, DomainOT, DomainShared}

// DomainLabel returns the display label of d.
func DomainLabel(d Domain) string {
	switch d {
	case DomainIT:
		return l10n.T("Corporate IT")
	case DomainOT:
		return l10n.T("Plant OT")
	case DomainShared:
		return l10n.T("Shared infrastructure")
	}
	return string(d)
}

// SharedComponents names what the shared-infrastructure rows of the
// matrix cover on a site with p's connectivity, as the matrix legend, the
// RACI workbook and the roles document give it. Where the plants are
// isolated there is no DMZ or plant domain joined to IT: what the two
// sides share is what crosses the air gap, and a list of DMZ components
// would describe another site. Where they are integrated (direct
// connections, shared identity), the profile records no DMZ either: what
// they share is the network and the services both use.
func SharedComponents(p Profile) string {
	switch p.Connectivity {
	case ConnectivityIsolated:
		return l10n.T("what crosses the air gap, such as removable-media transfer stations, vendor dial-in or remote-access links, offline exports of logs and patches, and engineering laptops that move between the two sides")
	case ConnectivityIntegrated:
		return l10n.T("the network both sides use (switches, firewalls, wireless), plant domain controllers and shared accounts, remote-access and remote-support tools, servers holding plant programs or data, and the cloud links of plant systems")
	}
	return l10n.T("the IT/OT demilitarised zone, plant domain controllers, remote-access gateways, DMZ historians and data diodes")
}

// Applies says which part of the estate a question concerns.
type Applies string

// Values of Applies.
const (
	AppliesIT   Applies = "it"
	AppliesOT   Applies = "ot"
	AppliesBoth Applies = "both"
)

// Rating is an answer on the maturity scale, or one of the two non-scored
// answers. It is stored as text so that exported files stay readable.
type Rating string

// The maturity scale and the two non-scored answers. The empty Rating means
// "not answered yet".
const (
	RatingNone          Rating = ""
	Rating0             Rating = "0" // not in place
	Rating1             Rating = "1" // initial
	Rating2             Rating = "2" // defined
	Rating3             Rating = "3" // implemented
	Rating4             Rating = "4" // reviewed and improved
	RatingNotApplicable Rating = "na"
	RatingUnknown       Rating = "unknown"
)

// Ratings lists every answer value in display order.
var Ratings = []Rating{Rating0, Rating1, Rating2, Rating3, Rating4, RatingNotApplicable, RatingUnknown}

// MaxLevel is the top of the maturity scale.
const MaxLevel = 4

// Level returns the numeric maturity level and true for a scored rating.
func (r Rating) Level() (int, bool) {
	if len(r) == 1 && r[0] >= '0' && r[0] <= '4' {
		return int(r[0] - '0'), true
	}
	return 0, false
}

// Valid reports whether r is empty or one of Ratings.
func (r Rating) Valid() bool {
	if r == RatingNone {
		return true
	}
	for _, v := range Ratings {
		if r == v {
			return true
		}
	}
	return false
}

// Label returns the display label of r.
func (r Rating) Label() string { return l10n.T(r.labelKey()) }

// labelKey is r's label in English, the catalogue key of Label: for text
// that is stored, which must not depend on the page's language.
func (r Rating) labelKey() string {
	switch r {
	case Rating0:
		return l10n.M("Not in place")
	case Rating1:
		return l10n.M("Initial")
	case Rating2:
		return l10n.M("Defined")
	case Rating3:
		return l10n.M("Implemented")
	case Rating4:
		return l10n.M("Reviewed and improved")
	case RatingNotApplicable:
		return l10n.M("Not applicable")
	case RatingUnknown:
		return l10n.M("Unknown")
	}
	return l10n.M("Not answered")
}

// ParseRating parses the stored or exported form of a rating strictly: only
// the exact strings of Ratings (and "" for unanswered) are accepted.
func ParseRating(s string) (Rating, error) {
	r := Rating(s)
	if !r.Valid() {
		return "", fmt.Errorf(l10n.T("rating %q is not one of 0, 1, 2, 3, 4, na, unknown"), s)
	}
	return r, nil
}

// Answer is one respondent's answer to one question.
type Answer struct {
	Rating Rating `json:"rating,omitempty"`
	Note   string `json:"note,omitempty"`   // notes and evidence
	Owner  Role   `json:"owner,omitempty"`  // who owns the follow-up
	Target string `json:"target,omitempty"` // target date, YYYY-MM-DD, optional
}

// IsZero reports whether the answer holds nothing at all.
func (a Answer) IsZero() bool { return a == Answer{} }

// Letter is what one role holds in one matrix row.
type Letter string

// The RACI letters. The empty Letter means "no involvement".
//
// A/R is one role that both answers for the control and does the work,
// which is how most domain leads actually work: the OT lead who owns the
// asset register also keeps it. Without it, making that lead A wiped their
// R, and the row then looked as if nobody did the work.
const (
	LetterNone                   Letter = ""
	LetterResponsible            Letter = "R"
	LetterAccountable            Letter = "A"
	LetterAccountableResponsible Letter = "A/R"
	LetterConsulted              Letter = "C"
	LetterInformed               Letter = "I"
)

// Letters lists the RACI letters in display order.
var Letters = []Letter{LetterResponsible, LetterAccountable, LetterAccountableResponsible, LetterConsulted, LetterInformed}

// Valid reports whether l is one of Letters (LetterNone is not: a stored
// row leaves a role out rather than holding an empty letter).
func (l Letter) Valid() bool {
	switch l {
	case LetterResponsible, LetterAccountable, LetterAccountableResponsible, LetterConsulted, LetterInformed:
		return true
	}
	return false
}

// Accountable reports whether l makes its role answer for the row: A or
// A/R. Every count of accountable roles goes through it, so that A/R is
// never missed.
func (l Letter) Accountable() bool {
	return l == LetterAccountable || l == LetterAccountableResponsible
}

// Responsible reports whether l makes its role do the work: R or A/R.
func (l Letter) Responsible() bool {
	return l == LetterResponsible || l == LetterAccountableResponsible
}

// Involved reports whether l takes its role into the work before the
// fact: R, A, A/R or C. I does not count: a role told afterwards cannot
// stop or shape anything.
func (l Letter) Involved() bool { return l.Valid() && l != LetterInformed }

// CellKey addresses one row of the matrix: a control in one domain.
type CellKey struct {
	Control string
	Domain  Domain
}

// String returns the key as "5.1/ot", the form used in JSON map keys.
func (k CellKey) String() string { return k.Control + "/" + string(k.Domain) }

// Label names the row for people, "8.20 Plant OT": the control's number
// and the domain's label in the page's language. Sentences and cells
// that list matrix rows use it.
func (k CellKey) Label() string { return k.Control + " " + DomainLabel(k.Domain) }

// MarshalText lets CellKey be a JSON map key.
func (k CellKey) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText parses the "5.1/ot" form.
func (k *CellKey) UnmarshalText(b []byte) error {
	c, d, ok := strings.Cut(string(b), "/")
	if !ok || c == "" {
		return fmt.Errorf(l10n.T("matrix key %q is not of the form control/domain"), b)
	}
	k.Control, k.Domain = c, Domain(d)
	return nil
}

// RACI is the assignment of letters to roles for one matrix row. Roles with
// no involvement are absent.
type RACI map[Role]Letter

// Matrix is the whole control ownership matrix. Rows never assigned are
// absent.
type Matrix map[CellKey]RACI

// Profile describes the organisation, the site and the respondent.
type Profile struct {
	Organisation   string `json:"organisation,omitempty"`
	Site           string `json:"site,omitempty"`
	Sector         string `json:"sector,omitempty"`
	Validated      bool   `json:"validated,omitempty"`      // GMP / GxP validated systems in scope
	SafetyCritical bool   `json:"safetyCritical,omitempty"` // safety-critical process (SIS, hazardous materials)
	Plants         int    `json:"plants,omitempty"`
	CentralRisk    bool   `json:"centralRisk,omitempty"`  // a central security / risk function exists
	Connectivity   string `json:"connectivity,omitempty"` // one of Connectivity* constants
	NIS2           string `json:"nis2,omitempty"`         // one of NIS2* constants; "" not given
	// OwnershipModel is the ownership model the organisation runs, a
	// Model ID; "" not given. It decides which model questions are asked.
	OwnershipModel string `json:"ownershipModel,omitempty"`
	Assessor       string `json:"assessor,omitempty"`
	Respondent     string `json:"respondent,omitempty"`
	RespondentRole Role   `json:"respondentRole,omitempty"`
	Date           string `json:"date,omitempty"` // YYYY-MM-DD
	// Round names the assessment round ("Baseline 2026", "Follow-up Q3")
	// when the assessment date alone does not say it; see RoundOf.
	Round string `json:"round,omitempty"`
}

// IT/OT connectivity levels of Profile.Connectivity.
const (
	ConnectivityIsolated   = "isolated"   // air-gapped or no routine data exchange
	ConnectivityBrokered   = "brokered"   // exchange only through a DMZ / diode / jump hosts
	ConnectivityIntegrated = "integrated" // routine direct connections, shared identity, cloud links
)

// NIS2 status values of Profile.NIS2: how Directive (EU) 2022/2555
// classifies the organisation.
const (
	NIS2Essential  = "essential"    // essential entity
	NIS2Important  = "important"    // important entity
	NIS2OutOfScope = "out-of-scope" // neither
	NIS2Unknown    = "unknown"      // not yet determined
)

// NIS2Entity reports whether p records the organisation as an essential or
// important entity, to which the Directive's duties apply.
func (p Profile) NIS2Entity() bool { return p.NIS2 == NIS2Essential || p.NIS2 == NIS2Important }

// Assessment is one respondent's assessment of one site: the record that is
// stored, exported and imported.
type Assessment struct {
	Schema  int               `json:"schema"`
	ID      string            `json:"id"`                // stable, random; survives export/import
	Name    string            `json:"name"`              // user-facing title, renameable
	Created string            `json:"created,omitempty"` // RFC 3339
	Updated string            `json:"updated,omitempty"` // RFC 3339
	Profile Profile           `json:"profile"`
	Answers map[string]Answer `json:"answers,omitempty"` // by question ID
	Matrix  Matrix            `json:"matrix,omitempty"`
	Model   string            `json:"model,omitempty"` // ID of the last ownership preset applied, if any
	// Retired holds answers given to bank 1 questions that bank 2 no
	// longer asks (removed, split, or the weaker side of a merge), keyed
	// by their bank 1 ID; see RetiredQuestion. They are kept so that
	// upgrading never drops what a respondent said. Nil when none.
	Retired map[string]Answer `json:"retired,omitempty"`
	// RoleNames are the organisation's own titles for matrix roles, by
	// role; a role absent here shows its default label. IDs stay the
	// stable key in storage and in the CSV. Nil when nothing is renamed.
	RoleNames map[Role]string `json:"roleNames,omitempty"`
	// Plan holds the consultant's changes to the action plan, by action
	// ID (see PlanEntry and Actions). Nil when the plan is as generated.
	// Schema 5.
	Plan map[string]PlanEntry `json:"plan,omitempty"`
	// Consensus marks a consensus assessment, built in a facilitated
	// session from the respondents of one site and round: by question ID,
	// how the answer was reached and who answered otherwise (see
	// Agreement). Nil for a respondent's own assessment.
	Consensus map[string]Agreement `json:"consensus,omitempty"`
	// RowConsensus is Consensus for the matrix: by matrix row, how a
	// consensus assessment reached the row and which respondents filled
	// it otherwise (see RowAgreement). Nil for a respondent's own
	// assessment, and for a consensus on whose matrix rows everyone
	// agreed.
	RowConsensus map[CellKey]RowAgreement `json:"rowConsensus,omitempty"`
	// Session records the facilitated session that reached a consensus
	// assessment: its date, who led it and who took part. Nil for a
	// respondent's own assessment, and for a consensus stored before
	// schema 7 or without any of the three. Schema 7.
	Session *Session `json:"session,omitempty"`
	// SessionProfile is the profile of a consensus as it was when the
	// consensus was stored, kept from the first change of a profile field
	// afterwards; ProfileChanges marks, by ProfileField.Key, the fields
	// that differ from it now (see MarkChangesAfterSession). Both nil when
	// no field differs. Schema 9.
	SessionProfile *Profile               `json:"sessionProfile,omitempty"`
	ProfileChanges map[string]FieldChange `json:"profileChanges,omitempty"`
	// Holders is the role register: who holds each matrix role, by role.
	// Nil when nobody is named. Schema 6.
	Holders map[Role]Holder `json:"holders,omitempty"`
	// Authority is the risk-acceptance authority table, by level and
	// context. Nil when not filled in. Schema 6.
	Authority map[AuthorityKey]Authority `json:"authority,omitempty"`
}
