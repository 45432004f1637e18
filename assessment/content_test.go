package assessment

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// referenceRelPath is where the Annex A reference list lives, relative to
// some ancestor of the package directory. It is read, never copied.
var referenceRelPath = filepath.Join("shared", "reference", "iso27001-2022-annexA.csv")

type referenceControl struct {
	ID, Title, Theme string
}

// referenceFallback is where the shared reference lists live on the
// project machine; a worktree checked out elsewhere (e.g. under /tmp) has
// no shared/ among its ancestors and reads them from here.
var referenceFallback = filepath.Join(string(filepath.Separator)+"work", referenceRelPath)

// findReference walks up from the working directory looking for the
// reference file; in CI the repository clone has shared/ as a sibling, so
// from the package directory it is ../../shared/reference/. Failing that it
// tries referenceFallback.
func findReference(t *testing.T) string {
	t.Helper()
	start, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for dir := start; ; {
		p := filepath.Join(dir, referenceRelPath)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			if _, err := os.Stat(referenceFallback); err == nil {
				return referenceFallback
			}
			t.Fatalf("Annex A reference list %s not found in %s, any parent directory or %s; "+
				"the shared/ directory must sit next to the repository clone (e.g. ../../%s from assessment/)",
				referenceRelPath, start, referenceFallback, filepath.ToSlash(referenceRelPath))
		}
		dir = parent
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func loadReference(t *testing.T) []referenceControl {
	t.Helper()
	path := findReference(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("opening reference: %v", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("parsing reference %s: %v", path, err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != "control_id,title,theme" {
		t.Fatalf("reference %s: unexpected header %v", path, rows[:min(1, len(rows))])
	}
	var out []referenceControl
	for i, r := range rows[1:] {
		if len(r) != 3 {
			t.Fatalf("reference %s row %d: %d columns, want 3", path, i+2, len(r))
		}
		out = append(out, referenceControl{ID: strings.TrimSpace(r[0]), Title: strings.TrimSpace(r[1]), Theme: strings.TrimSpace(r[2])})
	}
	if len(out) != 93 {
		t.Fatalf("reference %s has %d controls, want 93", path, len(out))
	}
	return out
}

func TestControlsMatchAnnexAReference(t *testing.T) {
	ref := loadReference(t)
	got := Controls()
	if len(got) != len(ref) {
		t.Fatalf("we have %d controls, reference has %d", len(got), len(ref))
	}
	for i, r := range ref {
		c := got[i]
		if c.ID != r.ID {
			t.Errorf("position %d: control %q, reference has %q (same IDs in Annex A order required)", i, c.ID, r.ID)
		}
		if string(c.Theme) != r.Theme {
			t.Errorf("control %s: theme %q, reference has %q", c.ID, c.Theme, r.Theme)
		}
	}
}

func TestControlLabelsAreOurOwn(t *testing.T) {
	norm := func(s string) string {
		s = strings.ToLower(s)
		s = strings.NewReplacer("isation", "ization", "-", " ", ",", "", ".", "").Replace(s)
		return strings.Join(strings.Fields(s), " ")
	}
	titles := map[string]string{}
	for _, r := range loadReference(t) {
		titles[r.ID] = r.Title
	}
	for _, c := range Controls() {
		title, ok := titles[c.ID]
		if !ok {
			t.Errorf("control %s not in reference", c.ID)
			continue
		}
		if norm(c.Label) == norm(title) {
			t.Errorf("control %s: label %q copies the reference title %q", c.ID, c.Label, title)
		}
	}
}

func TestControlsStructure(t *testing.T) {
	wantCount := map[Theme]int{ThemeOrganizational: 37, ThemePeople: 8, ThemePhysical: 14, ThemeTechnological: 34}
	themeOfPrefix := map[string]Theme{"5": ThemeOrganizational, "6": ThemePeople, "7": ThemePhysical, "8": ThemeTechnological}
	count := map[Theme]int{}
	seen := map[string]bool{}
	next := map[string]int{"5": 1, "6": 1, "7": 1, "8": 1}
	order := ""
	for _, c := range Controls() {
		t.Run(c.ID, func(t *testing.T) {
			prefix, num, ok := strings.Cut(c.ID, ".")
			if !ok {
				t.Fatalf("ID %q is not of the form N.M", c.ID)
			}
			if th, ok := themeOfPrefix[prefix]; !ok || th != c.Theme {
				t.Errorf("theme %q does not match clause %s", c.Theme, prefix)
			}
			if want := fmt.Sprint(next[prefix]); num != want {
				t.Errorf("number %s out of order, want %s.%s", c.ID, prefix, want)
			}
			next[prefix]++
			if prefix < order {
				t.Errorf("clause %s appears after clause %s", prefix, order)
			}
			order = prefix
			if seen[c.ID] {
				t.Errorf("duplicate control ID")
			}
			seen[c.ID] = true
			if c.Relevance < RelevanceLow || c.Relevance > RelevanceHigh {
				t.Errorf("relevance %d outside 1..3", c.Relevance)
			}
			if strings.TrimSpace(c.OTNote) == "" {
				t.Errorf("empty OTNote")
			}
			if !strings.HasSuffix(c.OTNote, ".") {
				t.Errorf("OTNote %q should be a full sentence ending with a period", c.OTNote)
			}
			if n := len(strings.Fields(c.Label)); n < 2 || n > 6 {
				t.Errorf("label %q has %d words, want 2..6", c.Label, n)
			}
			got, ok := ControlByID(c.ID)
			if !ok || got != c {
				t.Errorf("ControlByID(%q) = %+v, %v", c.ID, got, ok)
			}
		})
		count[c.Theme]++
	}
	for th, n := range wantCount {
		if count[th] != n {
			t.Errorf("theme %s: %d controls, want %d", th, count[th], n)
		}
	}
	if len(Controls()) != 93 {
		t.Errorf("%d controls, want 93", len(Controls()))
	}
	if _, ok := ControlByID("9.1"); ok {
		t.Errorf("ControlByID found a control that does not exist")
	}
	// The controls explicitly judged central to OT must be High.
	for _, id := range []string{
		"5.19", "5.20", "5.21", "5.22", "5.24", "5.25", "5.26", "5.27", "5.28", "5.29", "5.30",
		"7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.9", "7.10", "7.11", "7.12", "7.13", "7.14",
		"8.7", "8.8", "8.9", "8.13", "8.15", "8.16", "8.20", "8.21", "8.22", "8.32",
	} {
		if c, _ := ControlByID(id); c.Relevance != RelevanceHigh {
			t.Errorf("control %s: relevance %d, want High", id, c.Relevance)
		}
	}
}

func TestQuestionsGolden(t *testing.T) {
	var b strings.Builder
	for _, q := range Questions() {
		when := string(q.When)
		fmt.Fprintf(&b, "%s\t%s\t%s\t%d\t%s\t%s\n", q.ID, q.Area, q.Applies, q.Weight, when, RefsText(q.Refs))
	}
	golden(t, "questions.golden", []byte(b.String()))
}

func TestAreas(t *testing.T) {
	want := []struct{ id, title string }{
		{"GOV", "Accountability and governance"},
		{"SCO", "Scope definition"},
		{"ROL", "Roles and RACI"},
		{"INT", "Interfaces with other management systems"},
		{"CTL", "Control ownership by domain"},
		{"CHG", "Change and downtime constraints"},
		{"INC", "Incident response integration"},
		{"BRF", "Brownfield and lifecycle"},
		{"MOD", "Ownership model choice"},
		{"PRA", "Ownership in practice"},
	}
	got := Areas()
	if len(got) != len(want) {
		t.Fatalf("%d areas, want %d", len(got), len(want))
	}
	for i, w := range want {
		a := got[i]
		if a.ID != w.id {
			t.Errorf("area %d: ID %q, want %q", i, a.ID, w.id)
		}
		if a.Title != w.title {
			t.Errorf("area %s: title %q, want %q", a.ID, a.Title, w.title)
		}
		if strings.TrimSpace(a.Intro) == "" {
			t.Errorf("area %s: empty intro", a.ID)
		}
		if n := len(QuestionsInArea(a.ID)); n < 4 {
			t.Errorf("area %s: %d questions, want at least 4", a.ID, n)
		}
	}
}

var questionIDPattern = regexp.MustCompile(`^[A-Z]{3}-\d{2}$`)

func TestQuestionStructure(t *testing.T) {
	qs := Questions()
	// A workshop goes through the bank in a day: much past 75 questions
	// it no longer does, and below 50 the areas are not covered.
	if len(qs) < 50 || len(qs) > 75 {
		t.Errorf("%d questions, want 50 to 75", len(qs))
	}
	areaIDs := map[string]bool{}
	for _, a := range Areas() {
		areaIDs[a.ID] = true
	}
	seeds := map[string]bool{}
	for _, s := range SeedPoints() {
		seeds[s.ID] = true
	}
	seen := map[string]bool{}
	last := map[string]string{}
	for _, q := range qs {
		t.Run(q.ID, func(t *testing.T) {
			if !questionIDPattern.MatchString(q.ID) {
				t.Fatalf("ID %q does not match %s", q.ID, questionIDPattern)
			}
			if seen[q.ID] {
				t.Errorf("duplicate question ID")
			}
			seen[q.ID] = true
			if !areaIDs[q.Area] {
				t.Errorf("unknown area %q", q.Area)
			}
			if !strings.HasPrefix(q.ID, q.Area+"-") {
				t.Errorf("ID prefix does not match area %q", q.Area)
			}
			// IDs ascend within an area; numbers of bank 1 questions that
			// were split, merged away or removed are never used again.
			if q.ID <= last[q.Area] {
				t.Errorf("ID after %s: keep an area's questions in ID order", last[q.Area])
			}
			last[q.Area] = q.ID
			if c, ok := bank1Change(q.ID); ok && c.Kind != ChangeKept && c.Kind != ChangeReworded {
				t.Errorf("ID of a bank 1 question that was %s is reused", c.Kind)
			}
			for name, v := range map[string]string{"Text": q.Text, "Why": q.Why, "Good": q.Good, "Seed": q.Seed} {
				if strings.TrimSpace(v) == "" {
					t.Errorf("empty %s", name)
				}
			}
			if !strings.HasSuffix(q.Text, "?") {
				t.Errorf("Text should be a question: %q", q.Text)
			}
			if !seeds[q.Seed] {
				t.Errorf("seed %q is not a seed point", q.Seed)
			}
			switch q.Applies {
			case AppliesIT, AppliesOT, AppliesBoth:
			default:
				t.Errorf("Applies %q invalid", q.Applies)
			}
			if q.Weight < 1 || q.Weight > 3 {
				t.Errorf("Weight %d outside 1..3", q.Weight)
			}
			if q.InterfaceRisk < 1 || q.InterfaceRisk > 3 {
				t.Errorf("InterfaceRisk %d outside 1..3", q.InterfaceRisk)
			}
			if q.Downtime && q.Applies == AppliesIT {
				t.Errorf("Downtime set on an IT-only question")
			}
			got, ok := QuestionByID(q.ID)
			if !ok || !reflect.DeepEqual(got, q) {
				t.Errorf("QuestionByID(%q) = %+v, %v", q.ID, got, ok)
			}
		})
	}
	if _, ok := QuestionByID("XYZ-01"); ok {
		t.Errorf("QuestionByID found a question that does not exist")
	}
	// The bank is grouped by area in area order, so QuestionsInArea over
	// Areas() reproduces Questions() exactly.
	var regrouped []Question
	for _, a := range Areas() {
		for _, q := range QuestionsInArea(a.ID) {
			if q.Area != a.ID {
				t.Errorf("QuestionsInArea(%s) returned %s of area %s", a.ID, q.ID, q.Area)
			}
			regrouped = append(regrouped, q)
		}
	}
	if len(regrouped) != len(qs) {
		t.Fatalf("areas hold %d questions, bank has %d", len(regrouped), len(qs))
	}
	for i := range qs {
		if regrouped[i].ID != qs[i].ID {
			t.Errorf("position %d: bank has %s but grouping by area gives %s; keep questions grouped in area order", i, qs[i].ID, regrouped[i].ID)
			break
		}
	}
	if got := QuestionsInArea("NOPE"); len(got) != 0 {
		t.Errorf("QuestionsInArea of an unknown area returned %d questions", len(got))
	}
}

var kebabPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestSeedPointsCovered(t *testing.T) {
	covered := map[string][]string{}
	for _, q := range Questions() {
		covered[q.Seed] = append(covered[q.Seed], q.ID)
	}
	seen := map[string]bool{}
	for _, s := range SeedPoints() {
		if !kebabPattern.MatchString(s.ID) {
			t.Errorf("seed point ID %q is not kebab-case", s.ID)
		}
		if seen[s.ID] {
			t.Errorf("duplicate seed point %q", s.ID)
		}
		seen[s.ID] = true
		if strings.TrimSpace(s.Summary) == "" {
			t.Errorf("seed point %s: empty summary", s.ID)
		}
		if len(covered[s.ID]) == 0 {
			t.Errorf("seed point %s is not covered by any question", s.ID)
		}
	}
	// Design points the brief requires by name; renaming one breaks traceability.
	for _, id := range []string{
		"single-accountable-owner", "enterprise-level-placement", "owner-holds-isms-core",
		"regulator-auditor-interface", "it-domain-responsibility", "ot-domain-responsibility",
		"shared-infrastructure-coordination", "supporting-functions", "raci-accountability-vs-responsibility",
		"it-only-scope-gaps", "ot-only-scope-gaps", "conflicting-priorities", "regulated-change-control",
		"supplier-lifecycle-realities", "central-risk-arbitration", "scope-definition", "shared-components-scope",
		"management-system-interfaces", "quality-safety-precedence", "control-ownership-by-domain",
		"change-downtime-constraints", "ot-incident-integration", "map-not-replace", "risk-based-prioritisation",
		"change-control-gates", "steering-group", "executive-accountability", "isms-manager-custodian",
		"control-owners", "model-centralised", "model-federated", "model-executive-led", "model-choice-fit",
		"paper-roles", "delegation-without-accountability", "risk-acceptance-authority", "documentation-over-behaviour",
	} {
		if !seen[id] {
			t.Errorf("required seed point %q missing", id)
		}
	}
}

// TestContractQuestions pins the questions the findings engine depends on:
// each must exist in its area and still be about the same thing.
func TestContractQuestions(t *testing.T) {
	tests := []struct {
		id       string
		keywords []string // each must appear (case-insensitive) in Text
		seed     string
	}{
		{"GOV-01", []string{"one named", "accountable", "isms"}, "single-accountable-owner"},
		{"GOV-02", []string{"enterprise level", "plant", "it team", "ot team"}, "enterprise-level-placement"},
		{"GOV-03", []string{"scope", "policy", "risk", "statement of applicability", "internal audit", "management review"}, "owner-holds-isms-core"},
		{"GOV-05", []string{"accept", "level of risk", "exception"}, "risk-acceptance-authority"},
		{"GOV-08", []string{"top management", "approve", "policy"}, "executive-accountability"},
		{"GOV-09", []string{"risk owners", "treatment plan", "accept the residual risk"}, "risk-acceptance-authority"},
		{"ROL-07", []string{"leaves", "successor"}, "paper-roles"},
		{"GOV-06", []string{"steering group", "it", "ot", "quality", "operations"}, "steering-group"},
		{"CHG-01", []string{"patching", "segmentation", "mfa", "downtime", "turnaround", "requalification"}, "change-downtime-constraints"},
		{"INC-01", []string{"incident", "safety", "operations", "quality"}, "ot-incident-integration"},
		{"SCO-01", []string{"scope", "plant", "network", "system", "data"}, "scope-definition"},
		{"SCO-02", []string{"domain controllers", "dmz", "data diodes", "vpn", "cloud historians", "owner"}, "shared-components-scope"},
		{"ROL-01", []string{"raci", "accountability", "responsibility"}, "raci-accountability-vs-responsibility"},
		{"PRA-01", []string{"roles", "exercised", "decisions", "reviews"}, "paper-roles"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			q, ok := QuestionByID(tc.id)
			if !ok {
				t.Fatalf("contract question %s missing", tc.id)
			}
			if area, _, _ := strings.Cut(tc.id, "-"); q.Area != area {
				t.Errorf("in area %s, want %s", q.Area, area)
			}
			if q.Seed != tc.seed {
				t.Errorf("seed %q, want %q", q.Seed, tc.seed)
			}
			text := strings.ToLower(q.Text)
			for _, k := range tc.keywords {
				if !strings.Contains(text, k) {
					t.Errorf("text no longer mentions %q: %q", k, q.Text)
				}
			}
		})
	}
	if q, _ := QuestionByID("CHG-01"); !q.Downtime {
		t.Errorf("CHG-01 must be marked Downtime")
	}
}

func TestContentHasNoURLs(t *testing.T) {
	check := func(where, s string) {
		if strings.Contains(strings.ToLower(s), "http") || strings.Contains(s, "www.") {
			t.Errorf("%s contains a URL: %q", where, s)
		}
	}
	for _, a := range Areas() {
		check("area "+a.ID+" title", a.Title)
		check("area "+a.ID+" intro", a.Intro)
	}
	for _, s := range SeedPoints() {
		check("seed "+s.ID, s.Summary)
	}
	for _, q := range Questions() {
		check(q.ID+" text", q.Text)
		check(q.ID+" why", q.Why)
		check(q.ID+" good", q.Good)
	}
	for _, c := range Controls() {
		check("control "+c.ID+" label", c.Label)
		check("control "+c.ID+" note", c.OTNote)
	}
}

// TestInterfaceRiskForHighRiskInterfaces checks that the questions about the
// interfaces the domain material singles out (remote access into OT, links
// between plants, vendor support routes) are rated at the top of the scale.
func TestInterfaceRiskForHighRiskInterfaces(t *testing.T) {
	n := 0
	for _, q := range Questions() {
		text := strings.ToLower(q.Text)
		if strings.Contains(text, "remote access") || strings.Contains(text, "between plants") || strings.Contains(text, "vendor support route") {
			n++
			if q.InterfaceRisk != 3 {
				t.Errorf("%s concerns a high-risk interface but has InterfaceRisk %d", q.ID, q.InterfaceRisk)
			}
		}
	}
	if n == 0 {
		t.Errorf("no question covers remote access, cross-plant links or vendor support routes")
	}
}
