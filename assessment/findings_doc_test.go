package assessment

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// findingsDocPath documents, for people, which questions and matrix
// states raise which finding: generated from findingRules, so that the
// mapping has one home (the data) and cannot drift.
var findingsDocPath = filepath.Join("..", "docs", "findings.md")

// TestFindingsDoc keeps docs/findings.md in step with the rules:
//
//	go test ./assessment/ -run FindingsDoc -update
func TestFindingsDoc(t *testing.T) {
	got := findingsDoc()
	if *update {
		if err := os.WriteFile(findingsDocPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(findingsDocPath)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if !bytes.Equal(bytes.ReplaceAll(want, []byte("\r\n"), []byte("\n")), got) {
		t.Errorf("%s is out of date; rerun with -update:\n%s", findingsDocPath, goldenLineDiff(string(want), string(got)))
	}
}

func findingsDoc() []byte {
	var b strings.Builder
	cell := func(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
	b.WriteString(`# Findings

Generated from ` + "`assessment/findings.go`" + ` by
` + "`go test ./assessment/ -run FindingsDoc -update`" + `; do not edit by hand.

A finding is a weakness that is a major risk on its own. A question
raises its finding when it is asked (not skipped by the profile) and
rated 0, 1 or "unknown"; "not applicable" and unanswered never do. One
rule is raised at level 2 instead ("at level 2" below): GOV-08 asks about
one approval, and its level 2 (approved, but not for the plants) still
falls short of Annex A 5.1, while policy-not-approved covers 0, 1 and
"unknown". Two are raised by "not applicable" ("when not applicable"
below): requirement-excluded, on the questions that ask about a
requirement of ISO/IEC 27001 clauses 4 to 10, which no ISMS claiming
conformity can exclude (clause 1), and nis2-duty-excluded, on the NIS2
questions, which are asked only of an organisation the profile records
as an essential or important entity, to which the articles apply. While
the question a finding summarises is rated 3 or 4, the finding does not
fire at all, whatever the matrix or other answers say, so that no
finding contradicts an answer. Matrix states come from the ownership
matrix checks. The role register and the risk-acceptance authority
table raise their findings from what they record; a register with no
holder named, or a table with no row filled, raises none of the
"once started" findings. One finding is raised by the profile alone:
nis2-status-unknown, when it records the NIS2 status as not known.
For an organisation the profile records as an essential or important
entity, a finding also cites the NIS2 measures of the questions that
raised it (see the question bank) and, where the severity column says
so, the measure its matrix rows bear on.

The findings on how much of the matrix is decided (matrix-not-started,
matrix-mostly-empty, matrix-incomplete, matrix-gaps) name CTL-01, which
asks whether the matrix is recorded, as the question whose action works
on them: that action lists them among the findings it helps close. When
CTL-01 claims more than the matrix shows (Defined or better while the
matrix is not started or mostly empty, Implemented or better while rows
are undecided), the finding says so and asks for the matrix kept
elsewhere to be entered here or the answer to be corrected; it decides
neither.

Severity: **critical** where the weakness can on its own hurt people,
product or production at a plant; **high** where it leaves a major
ISMS duty unowned; **medium** otherwise. Findings are listed critical
first, then high, then medium, each by ID.

| Finding | Severity | Raised by answers | Summarises | Raised by the matrix | Raised by the register, authority table or profile | What was found |
|---|---|---|---|---|---|---|
`)
	for _, r := range FindingRules() {
		qs := strings.Join(r.Questions, ", ")
		if r.AtLevel2 {
			qs += " (at level 2)"
		}
		if r.Excluded {
			qs += " (when not applicable)"
		}
		if r.OnlyIf != "" {
			qs += " (" + r.OnlyIf + ")"
		}
		sev := string(r.Severity)
		if r.CriticalIfSafety {
			sev += " (critical in a safety-critical process)"
		}
		if r.HighIfNIS2 {
			sev += " (high for a NIS2 essential or important entity)"
		}
		if r.HighIfSafety {
			sev += " (high in a safety-critical process)"
		}
		if r.NIS2 != (Ref{}) {
			sev += "; cites " + r.NIS2.String() + " for a NIS2 entity"
		}
		b.WriteString("| " + r.ID + " | " + sev + " | " + qs + " | " + r.Summary + " | " + cell(r.Matrix) + " | " + cell(r.Register+r.Profile) + " | " + cell(r.Title) + " |\n")
	}
	b.WriteString(`
## Wording by profile

Some findings are worded for what the profile records: where the
general wording would contradict it (plants recorded as isolated told
to close their office links), where the first step must involve a
function the profile brings in (Quality on a GMP site, EHS in a
safety-critical process), or where a duty binds only such an
organisation (NIS2). The wording never changes the severity.

`)
	for _, r := range FindingRules() {
		for _, v := range r.Variants {
			b.WriteString("- " + r.ID + ": " + v + ".\n")
		}
	}
	return []byte(b.String())
}
