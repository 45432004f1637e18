package assessment

import (
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// OwnerCheckKind is why the tool asks to check an action's owning
// function. The kinds are in the order a legend explains them.
type OwnerCheckKind int

// The owner checks.
const (
	// OwnerUnusual: the routing table gives the action to another
	// function (Action.UsualOwner).
	OwnerUnusual OwnerCheckKind = iota + 1
	// OwnerAdvisesOnly: the data protection officer owns the action,
	// who advises and must stay independent of the decisions.
	OwnerAdvisesOnly
	// OwnerVacant: the role register, once started, names nobody for
	// the owning function.
	OwnerVacant
	// OwnerSaysVacant: the register's entry for the owning function
	// says it is vacant, at some plants or everywhere (SaysVacant):
	// where it is, the action has nobody to carry it.
	OwnerSaysVacant
	// OwnerOffMatrix: the ownership matrix gives the owning function no
	// R, A or C on any decided row of the Annex A controls the action's
	// question cites, in the domains it applies to (offMatrix).
	OwnerOffMatrix
)

// OwnerCheck is one doubt about an action's owning function. The
// recorded owner stands: the check only asks the consultant to look.
type OwnerCheck struct {
	Kind OwnerCheckKind
	// Short fits under the owner in a table cell, one line per check;
	// OwnerCheckLegend explains it.
	Short string
	// Full says the same in a sentence, with what to do.
	Full string
}

// OwnerChecks returns the checks on act's owning function in a, in the
// order a table cell lists them; nil when there is nothing to check. It
// is the one statement of the rule for the plan, the report and the
// action-plan workbook.
//
// An action owned by the data protection officer is only to be
// reassigned: whoever takes it over is then checked in turn, so neither
// the usual owner nor the register's gap is worth a line. Otherwise an
// unusual owner and a vacancy, an empty entry or one that says vacant
// (SaysVacant), are independent and both shown: an owner
// that is both unusual and vacant needs both looked at. The vacancy comes
// first, right under the owner it is about; after "usually: X" it would
// read as said of X. A vacancy counts only once the register is started
// (RegisterStarted): an empty register has a finding of its own, and
// flagging every action would bury it.
func (a Assessment) OwnerChecks(act Action) []OwnerCheck {
	if act.Owner == RoleDPO {
		return []OwnerCheck{{
			Kind:  OwnerAdvisesOnly,
			Short: l10n.T("to be reassigned: advises only"),
			Full:  l10n.T("The data protection officer advises and must stay independent: give this action to a function that decides on it."),
		}}
	}
	var out []OwnerCheck
	// A first step that cannot wait cannot wait for the appointment
	// either: top management sees it done meanwhile (ISO/IEC 27001 5.3).
	meanwhile := ""
	if act.FirstStep != "" && act.Owner != RoleExecutive {
		meanwhile = " " + l10n.T("Its first step cannot wait: wherever the function has no holder yet, the executive sponsor has it carried out meanwhile.")
	}
	if name := a.Holders[act.Owner].Name; act.Owner != "" && RegisterStarted(a) {
		switch {
		case name == "":
			out = append(out, OwnerCheck{
				Kind:  OwnerVacant,
				Short: l10n.T("no holder named in the register"),
				Full:  l10n.T("The role register names nobody for this function: have the executive sponsor name a holder, or give the action to a function that has one.") + meanwhile,
			})
		case SaysVacant(name):
			out = append(out, OwnerCheck{
				Kind:  OwnerSaysVacant,
				Short: l10n.T("register entry says vacant"),
				Full:  l10n.F("The role register\u2019s entry for this function says it is vacant (\u201c%s\u201d): have the executive sponsor name a holder wherever it is, or give the action there to a function that has one.", name) + meanwhile,
			})
		}
	}
	if controls, rows, accountable := offMatrix(a, act); rows != "" {
		out = append(out, OwnerCheck{
			Kind:  OwnerOffMatrix,
			Short: l10n.F("no R, A or C in the matrix on %s", controls),
			Full:  l10n.F("The ownership matrix gives this function no R, A or C on %s (accountable there: %s): check that it can do the work, or bring the plan and the matrix into line.", rows, accountable),
		})
	}
	if r, ok := act.UsualOwner(); ok {
		out = append(out, OwnerCheck{
			Kind:  OwnerUnusual,
			Short: l10n.F("to be confirmed; usually: %s", a.RoleName(r)),
			Full:  l10n.F("Usually done by: %s. Check that the function chosen here can do it, or change it.", a.RoleName(r)),
		})
	}
	return out
}

// offMatrix returns, for an action generated from a question, the
// matrix rows its owning function has no part in, as a list of controls
// and a list of row labels, and the roles accountable on them: the
// decided rows of the Annex A controls the question cites, in the domains
// the question applies to (plant OT and the shared infrastructure plant
// systems run on, for a plant-floor question; every domain for one that
// applies to both), when the owner is neither R, A nor C on any of them.
// Consulted counts: an owner the matrix consults on a control (EHS on
// plant-floor changes in a safety-critical process) may well own the work
// that joins the control to its own procedures. "" when the owner is R, A
// or C on one of them, when none of them is decided, for an added action,
// and for an action of top management or the ISMS owner, who answer for
// the management system as a whole (ISO/IEC 27001 5.1, 5.3) and may take
// up work on any control. For any other owner, the plan and the matrix
// would tell the owners two different things, which an auditor asks about.
func offMatrix(a Assessment, act Action) (controls, rows, accountable string) {
	q, ok := QuestionByID(act.Question)
	if act.Added || !ok || act.Owner == "" || act.Owner == RoleExecutive || act.Owner == RoleISMSOwner {
		return "", "", ""
	}
	domains := Domains
	switch q.Applies {
	case AppliesOT:
		domains = []Domain{DomainOT, DomainShared}
	case AppliesIT:
		domains = []Domain{DomainIT}
	}
	var ctls, labels, accs []string
	for _, ref := range q.RefsFor(a.Profile) {
		if ref.Kind != RefAnnexA {
			continue
		}
		for _, d := range domains {
			k := CellKey{Control: ref.ID, Domain: d}
			row := a.Matrix[k]
			if len(row) == 0 {
				continue
			}
			if row[act.Owner].Involved() {
				return "", "", ""
			}
			if !slices.Contains(ctls, ref.ID) {
				ctls = append(ctls, ref.ID)
			}
			labels = append(labels, k.Label())
			for _, r := range RACIRoles {
				if row[r].Accountable() {
					if name := a.RoleName(r); !slices.Contains(accs, name) {
						accs = append(accs, name)
					}
				}
			}
		}
	}
	if len(labels) == 0 {
		return "", "", ""
	}
	return strings.Join(ctls, ", "), strings.Join(labels, ", "), strings.Join(accs, ", ")
}

// ownerCheckLegends explain the short form of each kind, in the words
// of its label.
var ownerCheckLegends = map[OwnerCheckKind]string{
	OwnerUnusual:     l10n.M("\u201cTo be confirmed\u201d: the owner recorded is not the function that usually does this work, named beside it."),
	OwnerAdvisesOnly: l10n.M("\u201cTo be reassigned\u201d: the data protection officer only advises."),
	OwnerVacant:      l10n.M("\u201cNo holder named\u201d: the role register, though started, names nobody for the owning function."),
	OwnerSaysVacant:  l10n.M("\u201cRegister entry says vacant\u201d: the role register\u2019s entry for the owning function says it is vacant, at some plants or everywhere."),
	OwnerOffMatrix:   l10n.M("\u201cNo R, A or C in the matrix\u201d: the matrix gives the owner no part in the listed controls, which the action's question cites."),
}

// OwnerCheckLegend explains the short forms of the kinds of checks
// found in checks, and only those: a legend for a label no row shows
// would make the reader look for it. "" when checks holds none.
func OwnerCheckLegend(checks ...[]OwnerCheck) string {
	shown := map[OwnerCheckKind]bool{}
	for _, cs := range checks {
		for _, c := range cs {
			shown[c.Kind] = true
		}
	}
	var out string
	for _, k := range []OwnerCheckKind{OwnerUnusual, OwnerAdvisesOnly, OwnerVacant, OwnerSaysVacant, OwnerOffMatrix} {
		if shown[k] {
			if out != "" {
				out += " "
			}
			out += l10n.T(ownerCheckLegends[k])
		}
	}
	return out
}

// NamedOwner is the person who carries act in a: the one the consultant
// recorded on the action (Action.Person), else the holder the role
// register names for its owning function (RegisterHolds), reported with
// fromRegister true, since nobody assigned the action to that person yet;
// "" when neither names anyone. An entry that says the role is vacant
// names nobody.
func (a Assessment) NamedOwner(act Action) (name string, fromRegister bool) {
	if act.Person != "" {
		return act.Person, false
	}
	if RegisterHolds(a, act.Owner) {
		return a.Holders[act.Owner].Name, true
	}
	return "", false
}
