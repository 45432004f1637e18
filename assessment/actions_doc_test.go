package assessment

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
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
  each, by priority; among equal priorities an action whose first step
  cannot wait ("First, now: …") comes first, then the action whose answer
  raises the more severe finding. A finding is a major risk
  on its own: a policy nobody at the top approved (GOV-08, priority 6)
  must not wait behind procedures that only weigh more at the IT/OT
  interface. Then an action another one needs first (see "What comes
  first" below) moves up to stand just above the first action that needs
  it: no action is listed above one it waits for.
- **Priority**: weight × gap to level 3 × interface risk, 1 to 27.
- **Effort**: S fits in a few days of one owner's time, M takes weeks and
  several functions, L is a project with budget or plant windows.
- **Quick win**: effort S, no downtime, high value (weight × interface
  risk of 6 or more), and waiting for no other action.
- **Plant constraints**: an action on an OT question can carry a note on
  what it must be planned around, followed by requalification with
  Quality (validated plants) and the safety case with EHS
  (safety-critical processes). The note depends on the answer's level:
  from 0, 1 or unknown the task writes or starts a practice, at 2 it
  applies the written practice to the running plants. The table gives
  both columns, as the action-plan workbook shows them:
  - *downtime window*: the action changes or tests plant systems and
    needs a planned downtime window or turnaround on the affected lines;
  - *management of change*: the action changes running plant connections
    and goes through the plant's management of change, with operations
    agreeing the timing; it is never a quick win;
  - blank: no note, because the action only writes a procedure or plan
    (the changes later made under it carry their own), or does not touch
    plant systems.

  CHG-04 writes the patching procedure below level 2 and patches running
  OT assets at 2; CHG-02 writes the change rule below 2 and, at 2, also
  bars corporate deployment tools from OT; INC-02 names who may isolate
  the plant below 2, and at 2 tests the isolation in a planned window.
  The reason for each rule is given beside ` + "`plantWork`" + ` in
  ` + "`assessment/actions_content.go`" + `.
- **Critical findings**: where an answer raises a critical finding, the
  task begins with the finding's first step, the immediate one ("First,
  now: …"), and the longer work follows after "Then"; a step that needs a
  downtime window, or is effort L, is never the first. BRF-06 is effort M
  below level 2 (disable standing vendor connections, write the
  procedure, choose the access service) and L at 2 (roll the service out
  to every plant).
- **Isolated plants**: where the profile records the plants as isolated,
  CTL-03 keeps the isolation (offline export or one-way transfer) instead
  of connecting plant systems to central services.
- **Owner**: the function in the table, unless the answer names a
  follow-up owner or the assessor routes it elsewhere. On a
  safety-critical site without validated systems, INT-02 and INC-06 go to
  EHS instead of Quality; where the site is both, INT-02 goes to the ISMS
  owner, since Quality and EHS are both parties to it.
- **Owner check**: the recorded owner stands, but the plan, the report
  and the action-plan workbook flag it under the owner when it is the
  data protection officer ("to be reassigned: advises only"), when the
  role register, once started, names nobody for it ("no holder named in
  the register") and when it is not the function in the table ("to be
  confirmed; usually: …"), with a legend for the labels shown.
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
`)
	b.WriteString(`
## What comes first

An action waits for another while that other's answer is 0, 1 or
"unknown" and its action is not done: at level 2 what it stands for
exists in writing. Dropping that other action from the plan does not end
the wait while the answer still says it is missing. The plan and the workbook say it in "Needs first" and
"Needed first for". An action whose task opens with a step that cannot
wait ("First, now: …", BRF-06, INC-02, ROL-07 and CHG-03 below level 2)
keeps its place: the step waits for nothing, the plan shows when it is
due beside the action's due date, and the rest of the task waits. While
the OT lead or the ISMS owner who owns it is still to be appointed, the
site or plant director or the executive sponsor has the step carried
out. The
reason for each line is given beside
` + "`actionPrereqs`" + ` in ` + "`assessment/actions_order.go`" + `.

| Action | Needs first | Basis |
|---|---|---|
`)
	for _, id := range slices.Sorted(maps.Keys(actionPrereqs)) {
		for _, p := range actionPrereqs[id] {
			action := id
			if p.AtLevel2 {
				action += " (at level 2)"
			}
			fmt.Fprintf(&b, "| %s | %s | %s |\n", action, p.Question, p.Basis)
		}
	}
	for _, r := range slices.Sorted(maps.Keys(ownerPrereqs)) {
		p := ownerPrereqs[r]
		fmt.Fprintf(&b, "| every action owned by the %s | %s | %s |\n", RoleLabel(r), p.Question, p.Basis)
	}
	b.WriteString(`
## The actions

The task is the one given from level 0, 1 or unknown; at level 2 the task
measures what is written and agreed against the question's target state
and applies it.

| Question | Owner | Effort | Plant note at 0/1/unknown | Plant note at 2 | Task |
|---|---|---|---|---|---|
`)
	for _, q := range Questions() {
		s := actionSpecs[q.ID]
		effort := string(effortAt(q.ID, 0))
		if e2 := effortAt(q.ID, 2); e2 != effortAt(q.ID, 0) {
			effort += " (at 2: " + string(e2) + ")"
		}
		b.WriteString("| " + q.ID + " | " + RoleLabel(actionRouting[q.ID]) + " | " + effort + " | " +
			plantNoteWord(q, 0) + " | " + plantNoteWord(q, 2) + " | " + cell(s.Task) + " |\n")
	}
	return []byte(b.String())
}

// plantNoteWord names the plant-constraints note of the action on q from
// an answer at level, as the doc's table shows it: the note's first
// sentence (plantNoteLead) in a word or two, "" for none.
func plantNoteWord(q Question, level int) string {
	switch plantNoteLead(q, level, Profile{}) {
	case noteDowntime:
		return "downtime window"
	case noteConnections:
		return "management of change"
	}
	return ""
}
