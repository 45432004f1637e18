package assessment

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bankDocPath is the change record of question bank 2 for people:
// generated from the bank and BankChanges, so that it cannot drift.
var bankDocPath = filepath.Join("..", "docs", "question-bank-v2.md")

// TestBankDoc keeps docs/question-bank-v2.md in step with the bank:
//
//	go test ./assessment/ -run BankDoc -update
func TestBankDoc(t *testing.T) {
	got := bankDoc()
	if *update {
		if err := os.WriteFile(bankDocPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(bankDocPath)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if !bytes.Equal(bytes.ReplaceAll(want, []byte("\r\n"), []byte("\n")), got) {
		t.Errorf("%s is out of date; rerun with -update:\n%s", bankDocPath, goldenLineDiff(string(want), string(got)))
	}
}

func bankDoc() []byte {
	var b strings.Builder
	cell := func(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
	b.WriteString(`# Question bank 2

Generated from ` + "`assessment/content_questions.go`" + ` and ` + "`assessment/bank_changes.go`" + ` by
` + "`go test ./assessment/ -run BankDoc -update`" + `; do not edit by hand.

Bank 2 (schema 4) replaces bank 1 (schemas 1 to 3). Each question asks one
thing, in neutral words, and cites what it rests on: ISO/IEC 27001:2022
clauses ("ISO 27001 6.1.3"), Annex A controls ("Annex A 5.3"), IEC
62443-2-1:2024 security program elements ("SPE 1") and NIS2 articles. The
tests check every reference against ` + "`../shared/reference`" + `.
A practice that is one of the measures NIS2 requires ("for a NIS2 entity
also" below) cites that measure only for an organisation the profile
records as an essential or important entity, in the question, its
findings, the report and the CSV; the Directive does not bind the others.

## How old answers move

- **Kept / reworded**: same ID, same core meaning; the answer carries over.
- **Merged**: the answers carried to one question compete; the better
  evidenced one is kept (a 0–4 level beats "unknown", which beats "not
  applicable", which beats no rating; between two levels the one with a
  note wins; then the lower level, since the merged question asks at least
  what both asked). The other answer is kept as a retired answer and its
  note is appended to the kept one's note.
- **Split / removed**: the answer is kept as a retired answer, never
  credited to a question that asks something else.

Retired answers stay in the assessment and its CSV (section ` + "`retired`" + `) and
show in the report; they do not count in scores, red flags or actions.

## When a question is asked

A question with a condition is asked only when the profile says it
applies; otherwise it says why and is left out of scores,
red flags and actions. A condition the profile leaves open (no ownership
model, NIS2 status not known, number of plants not given) skips the
question too, with a reason that says what to record. The model in use is
the profile's; when the profile leaves it open, the preset the matrix was
built from.

## The questions

| ID | Area | Domain | Asked when | References | Question |
|---|---|---|---|---|---|
`)
	for _, q := range Questions() {
		when := q.When.Label()
		refs := RefsText(q.Refs)
		if len(q.NIS2) > 0 {
			refs += "; for a NIS2 entity also " + RefsText(q.NIS2)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", q.ID, q.Area, q.Applies, when, refs, cell(q.Text))
	}
	b.WriteString("\n## Changes from bank 1\n\n| Bank 1 ID | Change | Now | Weight then → now | Reason |\n|---|---|---|---|---|\n")
	for _, c := range BankChanges() {
		if c.Kind == ChangeAdded {
			continue
		}
		now := strings.Join(c.Into, ", ")
		target := c.ID
		switch c.Kind {
		case ChangeKept, ChangeReworded:
			now = c.ID
		case ChangeMerged:
			target = c.Into[0]
		default:
			target = ""
		}
		weight := fmt.Sprint(c.OldWeight)
		if q, ok := QuestionByID(target); ok {
			weight += fmt.Sprintf(" → %d", q.Weight)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", c.ID, c.Kind, now, weight, cell(c.Reason))
	}
	b.WriteString("\n## Added in bank 2\n\n| ID | Reason |\n|---|---|\n")
	for _, c := range BankChanges() {
		if c.Kind == ChangeAdded {
			fmt.Fprintf(&b, "| %s | %s |\n", c.ID, cell(c.Reason))
		}
	}
	return []byte(b.String())
}
