package assessment

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// actionDocPath is the action catalogue and its routing table for people,
// generated from actions_content.go so that it cannot drift.
var actionDocPath = filepath.Join("..", "docs", "action-plan.md")

// TestActionDoc keeps docs/action-plan.md in step with the catalogue:
//
//	go test ./assessment/ -run ActionDoc -update
func TestActionDoc(t *testing.T) {
	got := actionDoc()
	if *update {
		if err := os.WriteFile(actionDocPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(actionDocPath)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if !bytes.Equal(bytes.ReplaceAll(want, []byte("\r\n"), []byte("\n")), got) {
		t.Errorf("%s is out of date; rerun with -update:\n%s", actionDocPath, goldenLineDiff(string(want), string(got)))
	}
}

func actionDoc() []byte {
	var b strings.Builder
	cell := func(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
	b.WriteString(`# Action plan: catalogue and routing table

Generated from ` + "`assessment/actions_content.go`" + ` by
` + "`go test ./assessment/ -run ActionDoc -update`" + `; do not edit by hand.

Every answer below level 3 (Implemented), and every "unknown", gives one
action: the task below, routed to the function that owns its deliverable.
The assessor can rewrite the task, route it elsewhere, name a person, set
a due date and a status, drop it or add actions of their own; those
changes are kept in the assessment (schema 5) and its CSV (section
` + "`action`" + `).

- **Aim**: the next realistic level. From 0, 1 or unknown the plan aims at
  2 (written down and agreed); from 2 at 3 (applied everywhere in scope,
  with evidence). The level's description is shown with the action. A
  question about one act (an appointment, an approval, a resolution, a
  training, an exercise) has its own level descriptions and aims at 3
  from any level.
- **Order**: the actions whose answer raises a critical finding come
  first, then those whose answer raises a high one, then the rest; within
  each, by priority, and among equal priorities the action whose answer
  raises the more severe finding comes first. A finding is a major risk
  on its own: a policy nobody at the top approved (GOV-08, priority 6)
  must not wait behind procedures that only weigh more at the IT/OT
  interface.
- **Priority**: weight × gap to level 3 × interface risk, 1 to 27.
- **Effort**: S fits in a few days of one owner's time, M takes weeks and
  several functions, L is a project with budget or plant windows.
- **Quick win**: effort S, no downtime, and high value (weight × interface
  risk of 6 or more).
- **Downtime**: questions marked so carry a note on downtime windows, and
  on requalification with Quality (validated plants) and the safety case
  with EHS (safety-critical processes). Actions that only write a
  procedure or plan carry no such note; those that change running plant
  connections (SCO-03, BRF-06, CTL-03) carry one on the plant's management
  of change instead, and are never quick wins.
- **Isolated plants**: where the profile records the plants as isolated,
  CTL-03 keeps the isolation (offline export or one-way transfer) instead
  of connecting plant systems to central services.
- **Owner**: the function in the table, unless the answer names a
  follow-up owner or the assessor routes it elsewhere. On a
  safety-critical site without validated systems, INT-02 and INC-06 go to
  EHS instead of Quality; where the site is both, INT-02 goes to the ISMS
  owner, since Quality and EHS are both parties to it.
- **Findings it helps close**: each action names the findings its question
  raised (severity and title, as the roles document's open gaps), on the
  results page and in the action-plan workbook; the printed report keeps
  that link through each finding's questions and each action's question.
  Findings no answer raised (on the matrix, the role register or the
  authority table) are rows of the workbook with their first step.

## Routing rules

| Function | Owns |
|---|---|
| Executive sponsor | what only top management or the management body can decide or approve |
| ISMS owner | the management system's own documents and processes |
| IT lead | corporate services, the corporate directory, what IT runs for the plants |
| OT / automation lead | plant systems and networks, remote access into the plants, OT inventory, patching and plant change procedures |
| Quality & validation | validation, product and batch impact, CAPA, quality against security |
| EHS / process safety | process safety, safety instrumented systems, safety in incidents and change |
| Legal & compliance | authorities, regulators, reporting obligations |
| HR | training of staff, and joiners, movers and leavers |
| Procurement | contract clauses with vendors, machine builders and integrators |
| Site / plant director | what each plant director puts in place at the plant |

## The actions

| Question | Owner | Effort | Downtime | Task |
|---|---|---|---|---|
`)
	for _, q := range Questions() {
		s := actionSpecs[q.ID]
		dt := ""
		if q.Downtime {
			dt = "yes"
		}
		b.WriteString("| " + q.ID + " | " + RoleLabel(actionRouting[q.ID]) + " | " + string(s.Effort) + " | " + dt + " | " + cell(s.Task) + " |\n")
	}
	return []byte(b.String())
}
