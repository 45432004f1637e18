package compare

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// update rewrites the fixtures and golden files instead of comparing:
//
//	go test ./assessment/compare/ -update
var update = flag.Bool("update", false, "rewrite fixtures and golden files")

func fixturePath(name string) string {
	return filepath.Join("..", "..", "testdata", "compare", name)
}

// fixtureFiles are the CSV files of the workshop the tests replay: Plant A
// with an IT lead and an OT lead who disagree, Plant B with one respondent.
var fixtureFiles = []string{"plant-a-it.csv", "plant-a-ot.csv", "plant-b-quality.csv"}

var fixtureTime = time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)

func answer(r assessment.Rating, note string) assessment.Answer {
	return assessment.Answer{Rating: r, Note: note}
}

func row(kv ...string) assessment.RACI {
	out := assessment.RACI{}
	for i := 0; i+1 < len(kv); i += 2 {
		out[assessment.Role(kv[i])] = assessment.Letter(kv[i+1])
	}
	return out
}

func key(control string, d assessment.Domain) assessment.CellKey {
	return assessment.CellKey{Control: control, Domain: d}
}

// fixtureAssessments builds the records behind fixtureFiles. The expected
// values of the tests are worked out by hand from these answers (question
// weights: GOV-01..03, GOV-08, SCO-01, INC-01, CHG-01 and PRA-01 all weigh 3).
func fixtureAssessments() [][]assessment.Assessment {
	anna := assessment.New("fixture-plant-a-it", fixtureTime)
	anna.Name = "Plant A – IT view"
	anna.Profile = assessment.Profile{Organisation: "Acme Chemicals", Site: "Plant A", Sector: "Chemicals",
		Respondent: "Anna Berg", RespondentRole: assessment.RoleIT, Assessor: "C. Consultant",
		Connectivity: assessment.ConnectivityBrokered, Plants: 2, Date: "2026-03-10"}
	anna.Answers = map[string]assessment.Answer{
		"GOV-01": answer(assessment.Rating3, ""),
		"GOV-02": answer(assessment.Rating4, "The CISO decides IT/OT disputes; see the steering minutes, 2025-11."),
		"GOV-03": answer(assessment.Rating2, ""),
		"GOV-08": answer(assessment.RatingNotApplicable, ""),
		"SCO-01": answer(assessment.Rating2, "Scope lists both plants, \"as of\" last audit"),
		"INC-01": answer(assessment.RatingUnknown, "Not sure how plant events reach us."),
		"CHG-01": answer(assessment.Rating3, ""),
	}
	anna.Matrix = assessment.Matrix{
		key("5.15", assessment.DomainOT):     row("it", "A", "ot", "R"),
		key("5.15", assessment.DomainIT):     row("it", "A"),
		key("5.1", assessment.DomainIT):      row("isms-owner", "A", "it", "R"),
		key("8.1", assessment.DomainOT):      row("ot", "R", "it", "C"),
		key("5.2", assessment.DomainShared):  row("isms-owner", "A"),
		key("5.9", assessment.DomainOT):      row("ot", "A"),
		key("8.20", assessment.DomainShared): row("it", "A", "ot", "R"),
	}

	omar := assessment.New("fixture-plant-a-ot", fixtureTime)
	omar.Name = "Plant A – OT view"
	// Written differently on purpose: sites group case- and space-insensitively.
	omar.Profile = assessment.Profile{Organisation: "Acme Chemicals", Site: "  plant  A ", Sector: "Chemicals",
		Respondent: "Omar Ortiz", RespondentRole: assessment.RoleOT, Date: "2026-03-10"}
	omar.Answers = map[string]assessment.Answer{
		"GOV-01": answer(assessment.Rating2, ""),
		"GOV-02": answer(assessment.Rating1, "=Plant manager decides alone; nobody central."),
		"GOV-03": answer(assessment.Rating4, ""),
		"GOV-08": answer(assessment.Rating3, ""),
		"SCO-01": answer(assessment.RatingUnknown, ""),
		"INC-01": answer(assessment.Rating3, "Shift lead calls the OT lead,\r\nthen Quality."),
	}
	omar.Matrix = assessment.Matrix{
		key("5.15", assessment.DomainOT):     row("ot", "A", "operations", "R"),
		key("5.15", assessment.DomainIT):     row("it", "A"),
		key("8.1", assessment.DomainOT):      row("ot", "A", "operations", "R"),
		key("5.2", assessment.DomainShared):  row("isms-owner", "A"),
		key("5.9", assessment.DomainOT):      row("ot", "A"),
		key("8.20", assessment.DomainShared): row("it", "A", "ot", "A"),
	}

	bea := assessment.New("fixture-plant-b-quality", fixtureTime)
	bea.Name = "Plant B"
	bea.Profile = assessment.Profile{Organisation: "Acme Chemicals", Site: "Plant B", Validated: true,
		Respondent: "Bea Brandt", RespondentRole: assessment.RoleQuality, Date: "2026-03-12"}
	bea.Answers = map[string]assessment.Answer{
		"GOV-01": answer(assessment.Rating4, ""),
		"GOV-02": answer(assessment.Rating4, ""),
		"PRA-01": answer(assessment.Rating1, "+ roles exist on paper only"),
	}
	bea.Matrix = assessment.Matrix{
		key("5.15", assessment.DomainOT):     row("ot", "A"),
		key("5.15", assessment.DomainIT):     row("isms-owner", "A"),
		key("5.1", assessment.DomainIT):      row("isms-owner", "A"),
		key("5.2", assessment.DomainShared):  row("isms-owner", "A"),
		key("7.4", assessment.DomainOT):      row("ot", "R"),
		key("5.9", assessment.DomainOT):      row("operations", "A"),
		key("8.20", assessment.DomainShared): row("it", "A"),
	}
	return [][]assessment.Assessment{{anna}, {omar}, {bea}}
}

// TestFixturesAreCurrent pins the fixture CSVs to fixtureAssessments (and
// writes them with -update), so the files and the code that explains them
// cannot drift apart. It compares what the files hold, not their bytes:
// cosmetic changes of the CSV layout (the tool version in the meta rows,
// say) must not invalidate them while Import reads them the same.
func TestFixturesAreCurrent(t *testing.T) {
	for i, as := range fixtureAssessments() {
		if *update {
			var buf bytes.Buffer
			if err := csvio.Export(&buf, as...); err != nil {
				t.Fatal(err)
			}
			golden(t, fixtureFiles[i], buf.Bytes())
			continue
		}
		data, err := os.ReadFile(fixturePath(fixtureFiles[i]))
		if err != nil {
			t.Fatalf("%v (create the fixtures with -update)", err)
		}
		got, err := csvio.Import(data)
		if err != nil {
			t.Fatalf("import %s: %v", fixtureFiles[i], err)
		}
		if !reflect.DeepEqual(got, as) {
			t.Errorf("%s does not hold fixtureAssessments()[%d]; rerun with -update\n got %+v\nwant %+v", fixtureFiles[i], i, got, as)
		}
	}
}

// golden compares got with testdata/compare/<name> byte for byte, or
// rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := fixturePath(name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v (create it with -update)", path, err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; if intended, rerun with -update\n%s", path, firstDiff(want, got))
	}
}

func firstDiff(want, got []byte) string {
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			return fmt.Sprintf("line %d:\n want %q\n got  %q", i+1, w, g)
		}
	}
	return "(same lines, different bytes)"
}

// loadFixtures reads the fixture files the way the view does: csvio.Import.
func loadFixtures(t testing.TB) []Entry {
	t.Helper()
	var out []Entry
	for _, name := range fixtureFiles {
		data, err := os.ReadFile(fixturePath(name))
		if err != nil {
			t.Fatalf("%v (create the fixtures with -update)", err)
		}
		as, err := csvio.Import(data)
		if err != nil {
			t.Fatalf("import %s: %v", name, err)
		}
		for _, a := range as {
			out = append(out, Entry{Source: name, A: a})
		}
	}
	return out
}

// synthetic builds sites × perSite complete assessments with varied,
// reproducible answers and matrices, like a large roll-out.
func synthetic(sites, perSite int) []Entry {
	rng := rand.New(rand.NewPCG(1, 2))
	roles := []assessment.Role{assessment.RoleIT, assessment.RoleOT, assessment.RoleQuality, assessment.RoleOperations}
	ratings := assessment.Ratings
	models := assessment.Models()
	var out []Entry
	for s := range sites {
		for p := range perSite {
			a := assessment.New(fmt.Sprintf("site%02d-resp%d", s, p), fixtureTime)
			a.Profile.Site = fmt.Sprintf("Plant %02d", s)
			a.Profile.Respondent = fmt.Sprintf("Respondent %d-%d", s, p)
			a.Profile.RespondentRole = roles[p%len(roles)]
			for _, q := range assessment.Questions() {
				a.Answers[q.ID] = assessment.Answer{Rating: ratings[rng.IntN(len(ratings))], Note: "Observed in the workshop, " + q.ID}
			}
			m, err := assessment.Preset(models[rng.IntN(len(models))].ID, a.Profile)
			if err != nil {
				panic(err)
			}
			a.Matrix = m
			out = append(out, Entry{Source: "synthetic.csv", A: a})
		}
	}
	return out
}
