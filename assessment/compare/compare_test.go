package compare

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func siteNames(s *Set) []string {
	var out []string
	for _, site := range s.Sites {
		out = append(out, site.Name)
	}
	return out
}

func areaIndex(t *testing.T, s *Set, id string) int {
	t.Helper()
	i := slices.IndexFunc(s.Areas, func(a assessment.Area) bool { return a.ID == id })
	if i < 0 {
		t.Fatalf("no area %s", id)
	}
	return i
}

func TestGroupingAndRespondents(t *testing.T) {
	s := New(loadFixtures(t))
	if got, want := siteNames(s), []string{"Plant A", "Plant B"}; !slices.Equal(got, want) {
		t.Fatalf("sites = %q, want %q (\"  plant  A \" must join \"Plant A\")", got, want)
	}
	var labels []string
	for _, r := range s.Sites[0].Respondents {
		labels = append(labels, r.Label())
	}
	if want := []string{"Anna Berg (IT lead)", "Omar Ortiz (OT / automation lead)"}; !slices.Equal(labels, want) {
		t.Errorf("Plant A respondents = %q, want %q", labels, want)
	}
	if s.Assessments() != 3 {
		t.Errorf("Assessments() = %d, want 3", s.Assessments())
	}
}

func TestNoSiteAndNamesAndDuplicates(t *testing.T) {
	a := assessment.New("x1", fixtureTime)
	a.Name = "Walk-through"
	b := assessment.New("x2", fixtureTime)
	b.Name = ""
	b.Profile.Site = "Zeta"
	entries := []Entry{{Source: "a.csv", A: a}, {Source: "b.csv", A: b}, {Source: SourceStored, A: a}}
	s := New(entries)
	if got, want := siteNames(s), []string{"Zeta", NoSite}; !slices.Equal(got, want) {
		t.Errorf("sites = %q, want %q (no site last)", got, want)
	}
	if got := s.Sites[1].Respondents[0].Label(); got != "Walk-through" {
		t.Errorf("respondent without name or role = %q, want the assessment name", got)
	}
	if got := s.Sites[0].Respondents[0].Name; got != "Unnamed respondent" {
		t.Errorf("respondent without any name = %q", got)
	}
	want := []Duplicate{{ID: "x1", Source: SourceStored, KeptSource: "a.csv", Same: true}}
	if !slices.Equal(s.Duplicates, want) {
		t.Errorf("duplicates = %+v, want %+v", s.Duplicates, want)
	}
	if s.Assessments() != 2 {
		t.Errorf("the duplicate was counted: %d assessments", s.Assessments())
	}
}

func TestHeatMapValues(t *testing.T) {
	s := New(loadFixtures(t))
	tests := []struct {
		site, area string
		score      float64
		n          int
		has        bool
	}{
		// Anna GOV: (3+4+2+0)×3 / 12×4 = 56.25, her "not applicable" on
		// GOV-08 counting as 0, since a requirement of ISO/IEC 27001
		// (5.2) cannot be excluded; Omar: (2+1+4+3)×3 / 12×4 = 62.5.
		{"Plant A", "GOV", 59.375, 2, true},
		// Anna SCO-01 = 2 → 50; Omar unknown → 0.
		{"Plant A", "SCO", 25, 2, true},
		// Anna unknown → 0; Omar 3 → 75.
		{"Plant A", "INC", 37.5, 2, true},
		// Only Anna answered CHG: the mean is over those who have a score.
		{"Plant A", "CHG", 75, 1, true},
		{"Plant A", "PRA", 0, 0, false},
		{"Plant B", "GOV", 100, 1, true},
		{"Plant B", "PRA", 25, 1, true},
		{"Plant B", "SCO", 0, 0, false},
	}
	for _, tt := range tests {
		si := slices.Index(siteNames(s), tt.site)
		c := s.Sites[si].Areas[areaIndex(t, s, tt.area)]
		if c.HasScore != tt.has || c.N != tt.n || !near(c.Score, tt.score) {
			t.Errorf("%s %s = %+v, want score %v n %d has %v", tt.site, tt.area, c, tt.score, tt.n, tt.has)
		}
	}
	// Overall: Anna 42/84 (GOV-08 counted at 0), Omar 39/72; the site is
	// their mean.
	if o := s.Sites[0].Overall; !near(o.Score, (42.0/84+39.0/72)*50) || o.N != 2 {
		t.Errorf("Plant A overall = %+v, want %v", o, (42.0/84+39.0/72)*50)
	}
	if o := s.Sites[1].Overall; !near(o.Score, 75) || o.N != 1 {
		t.Errorf("Plant B overall = %+v, want 75", o)
	}
}

// TestOrder: sorting by a score ranks the sites whose score rests on
// enough answers; a partial score (Echo answered one question) and no
// score come after, in name order, whichever the direction.
func TestOrder(t *testing.T) {
	mk := func(site string, r assessment.Rating, all bool) Entry {
		a := assessment.New("id-"+strings.ReplaceAll(site, " ", ""), fixtureTime)
		a.Profile.Site = site
		if r != "" {
			for _, q := range assessment.Asked(a) {
				if all || q.ID == "GOV-01" {
					a.Answers[q.ID] = assessment.Answer{Rating: r}
				}
			}
		}
		return Entry{Source: "t", A: a}
	}
	s := New([]Entry{mk("Delta", "1", true), mk("alpha", "4", true), mk("Charlie", "", true), mk("Bravo", "1", true), mk("Echo", "4", false)})
	names := func(idx []int) []string {
		var out []string
		for _, i := range idx {
			out = append(out, s.Sites[i].Name)
		}
		return out
	}
	echo := s.Sites[slices.IndexFunc(s.Sites, func(x Site) bool { return x.Name == "Echo" })]
	require.True(t, echo.Overall.Partial(), "one answer of %d", echo.Overall.Asked)
	assert.Equal(t, 1, echo.Overall.Answered)
	for _, x := range s.Sites {
		if x.Name != "Echo" {
			assert.False(t, x.Overall.Partial(), x.Name)
		}
	}
	tests := []struct {
		key  string
		desc bool
		want []string
	}{
		{SortSite, false, []string{"alpha", "Bravo", "Charlie", "Delta", "Echo"}},
		{SortSite, true, []string{"Echo", "Delta", "Charlie", "Bravo", "alpha"}},
		// Ties keep name order; a partial score comes after the ranked
		// ones and no score is last, either way.
		{SortOverall, false, []string{"Bravo", "Delta", "alpha", "Echo", "Charlie"}},
		{SortOverall, true, []string{"alpha", "Bravo", "Delta", "Echo", "Charlie"}},
		{"GOV", true, []string{"alpha", "Bravo", "Delta", "Echo", "Charlie"}},
		{"SCO", false, []string{"Bravo", "Delta", "alpha", "Charlie", "Echo"}},
		{"nonsense", false, []string{"alpha", "Bravo", "Charlie", "Delta", "Echo"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, names(s.Order(tt.key, tt.desc)), "Order(%q, %v)", tt.key, tt.desc)
	}
}

func TestBand(t *testing.T) {
	for _, tt := range []struct {
		score float64
		want  int
	}{{0, 0}, {19.99, 0}, {20, 1}, {39.9, 1}, {40, 2}, {59.9, 2}, {60, 3}, {79.99, 3}, {80, 4}, {100, 4}} {
		if got := Band(tt.score); got != tt.want {
			t.Errorf("Band(%v) = %d, want %d", tt.score, got, tt.want)
		}
	}
}

func TestDisagreements(t *testing.T) {
	s := New(loadFixtures(t))
	type got struct {
		site, q            string
		low, high, spr, rk int
	}
	var list []got
	for _, d := range s.Disagreements {
		list = append(list, got{s.Sites[d.Site].Name, d.Question.ID, d.Low, d.High, d.Spread, d.Rank})
	}
	want := []got{
		{"Plant A", "GOV-02", 1, 4, 3, 9},
		// GOV-08 (N/A vs 3): the policy's approval is a requirement of
		// ISO/IEC 27001 5.2 that cannot be excluded, so N/A counts as 0,
		// as in the score: 3 levels apart, not a question of scope.
		{"Plant A", "GOV-08", 0, 3, 3, 9},
		{"Plant A", "INC-01", 0, 3, 3, 9}, // unknown counts as 0
		{"Plant A", "GOV-03", 2, 4, 2, 6}, // 2 levels: listed
		{"Plant A", "SCO-01", 0, 2, 2, 6}, // unknown vs 2
		// GOV-01 (3 vs 2) differs by 1 level: not listed. CHG-01: only one
		// answer. Plant B: one respondent.
	}
	if !slices.Equal(list, want) {
		t.Fatalf("disagreements =\n %+v\nwant\n %+v", list, want)
	}
	d := s.Disagreements[0]
	if len(d.Answers) != 2 {
		t.Fatalf("answers = %+v", d.Answers)
	}
	anna, omar := d.Answers[0], d.Answers[1]
	if anna.Rating != "4" || !strings.HasPrefix(anna.Note, "The CISO decides") || omar.Rating != "1" || !strings.HasPrefix(omar.Note, "=Plant manager") {
		t.Errorf("who answered what: %+v / %+v", anna, omar)
	}
	gov := s.Disagreements[1].Answers[0]
	if gov.Rating != assessment.RatingNotApplicable || !gov.Counted || !gov.Excluded || gov.Level != 0 {
		t.Errorf("not applicable on a requirement = %+v, want counted as level 0, excluded, with its rating kept", gov)
	}
	inc := s.Disagreements[2].Answers[0]
	if inc.Rating != assessment.RatingUnknown || !inc.Counted || inc.Excluded || inc.Level != 0 {
		t.Errorf("unknown answer = %+v, want counted as level 0 with its rating kept", inc)
	}
}

func TestDisagreementThreshold(t *testing.T) {
	for _, tt := range []struct {
		a, b          assessment.Rating
		listed        bool
		applicability bool
		distance      int
	}{
		{"2", "3", false, false, 0}, {"1", "3", true, false, 2}, {"0", "4", true, false, 4},
		{"unknown", "1", false, false, 0}, {"unknown", "2", true, false, 2},
		// Not applicable against a defined practice is a difference of
		// scope; against little or nothing in place it is a smaller one.
		{"na", "4", true, true, 4}, {"na", "2", true, true, 2},
		{"na", "1", false, false, 0}, {"na", "0", false, false, 0}, {"na", "unknown", false, false, 0},
		{"", "4", false, false, 0}, {"unknown", "unknown", false, false, 0},
	} {
		x := assessment.New("x", fixtureTime)
		x.Profile.Site = "S"
		y := assessment.New("y", fixtureTime)
		y.Profile.Site = "s"
		x.Answers["ROL-01"] = assessment.Answer{Rating: tt.a}
		y.Answers["ROL-01"] = assessment.Answer{Rating: tt.b}
		s := New([]Entry{{Source: "x", A: x}, {Source: "y", A: y}})
		if got := len(s.Disagreements) == 1; got != tt.listed {
			t.Errorf("%q vs %q listed = %v, want %v", tt.a, tt.b, got, tt.listed)
			continue
		}
		if tt.listed {
			d := s.Disagreements[0]
			assert.Equal(t, tt.applicability, d.Applicability, "%q vs %q applicability", tt.a, tt.b)
			assert.Equal(t, tt.distance, d.Distance(), "%q vs %q distance", tt.a, tt.b)
			assert.Equal(t, tt.distance*max(d.Question.Weight, 1), d.Rank, "%q vs %q rank", tt.a, tt.b)
		}
	}
}

func TestDrill(t *testing.T) {
	s := New(loadFixtures(t))
	if _, ok := s.Drill("NOPE"); ok {
		t.Error("Drill of an unknown area succeeded")
	}
	d, ok := s.Drill("GOV")
	if !ok || d.Area.ID != "GOV" || len(d.Questions) != len(assessment.QuestionsInArea("GOV")) || len(d.Rows) != 2 {
		t.Fatalf("drill = %+v", d)
	}
	cells := map[string]DrillCell{}
	for qi, q := range d.Questions {
		cells["A "+q.ID] = d.Rows[0].Cells[qi]
		cells["B "+q.ID] = d.Rows[1].Cells[qi]
	}
	for _, tt := range []struct {
		cell string
		mean float64
		n    int
		has  bool
	}{
		{"A GOV-01", 2.5, 2, true},
		{"A GOV-02", 2.5, 2, true},
		{"A GOV-08", 1.5, 2, true}, // N/A on a requirement counts as 0
		{"A GOV-05", 0, 0, false},
		{"B GOV-01", 4, 1, true},
	} {
		c := cells[tt.cell]
		if c.HasMean != tt.has || c.N != tt.n || !near(c.Mean, tt.mean) {
			t.Errorf("%s = %+v, want mean %v n %d", tt.cell, c, tt.mean, tt.n)
		}
	}
	if r := cells["A GOV-08"].Ratings; len(r) != 2 || r[0].Rating != assessment.RatingNotApplicable || r[1].Rating != "3" {
		t.Errorf("per-respondent ratings = %+v", r)
	}
}

func TestAccountable(t *testing.T) {
	for _, tt := range []struct {
		row    assessment.RACI
		v      string
		filled bool
		label  string
	}{
		{nil, "", false, "No accountable role"},
		{row("it", ""), "", false, "No accountable role"},
		{row("ot", "R"), "", true, "No accountable role"},
		{row("ot", "A", "it", "C"), "ot", true, "OT / automation lead"},
		{row("ot", "A", "it", "A"), "it+ot", true, "IT lead + OT / automation lead (several A)"},
	} {
		v, filled := AccountableOf(tt.row)
		if v != tt.v || filled != tt.filled || AccountableLabel(v) != tt.label {
			t.Errorf("AccountableOf(%v) = %q, %v (%q), want %q, %v (%q)", tt.row, v, filled, AccountableLabel(v), tt.v, tt.filled, tt.label)
		}
	}
}

func TestRACIWithinSites(t *testing.T) {
	s := New(loadFixtures(t))
	var got []string
	for _, d := range s.RACIDisagreements {
		var vs []string
		for _, v := range d.Views {
			vs = append(vs, s.Sites[d.Site].Respondents[v.Respondent].Name+"="+v.Accountable)
		}
		got = append(got, fmt.Sprintf("%s %s %s", s.Sites[d.Site].Name, d.Key, strings.Join(vs, ",")))
	}
	want := []string{
		// High relevance first, then Annex A order.
		"Plant A 8.1/ot Anna Berg=,Omar Ortiz=ot",           // one has none
		"Plant A 8.20/shared Anna Berg=it,Omar Ortiz=it+ot", // several A
		"Plant A 5.15/ot Anna Berg=it,Omar Ortiz=ot",
		// 5.1/it: Omar left the row empty, which is not a disagreement;
		// 5.15/it, 5.2/shared and 5.9/ot: both name the same A.
	}
	if !slices.Equal(got, want) {
		t.Errorf("RACI disagreements within sites =\n %q\nwant\n %q", got, want)
	}
}

func TestRACIAcrossSites(t *testing.T) {
	s := New(loadFixtures(t))
	status := map[string]RACIStatus{}
	for _, r := range s.RACI {
		status[r.Key.String()] = r.Status
	}
	wantStatus := map[string]RACIStatus{
		"5.1/it":      RACIAgree, // Anna and Bea: isms-owner; Omar left it empty
		"5.2/shared":  RACIAgree,
		"5.9/ot":      RACIConflict,
		"5.15/it":     RACIConflict,
		"5.15/ot":     RACIConflict,
		"7.4/ot":      RACINoAccountable,
		"8.1/ot":      RACIDisputed, // only Plant A, split inside
		"8.20/shared": RACIConflict,
	}
	if fmt.Sprint(status) != fmt.Sprint(wantStatus) {
		t.Errorf("statuses =\n %v\nwant\n %v", status, wantStatus)
	}
	if s.AgreedRows() != 2 {
		t.Errorf("AgreedRows = %d, want 2", s.AgreedRows())
	}
	var got []string
	for _, r := range s.Conflicts() {
		var per []string
		for _, sa := range r.Sites {
			per = append(per, s.Sites[sa.Site].Name+"="+strings.Join(sa.Values, "|"))
		}
		got = append(got, r.Key.String()+" "+strings.Join(per, ","))
	}
	want := []string{
		"5.9/ot Plant A=ot,Plant B=operations",
		"8.20/shared Plant A=it|it+ot,Plant B=it",
		"5.15/it Plant A=it,Plant B=isms-owner",
		"5.15/ot Plant A=it|ot,Plant B=ot",
	}
	if !slices.Equal(got, want) {
		t.Errorf("conflicts =\n %q\nwant\n %q", got, want)
	}
}

func TestExportGolden(t *testing.T) {
	s := New(loadFixtures(t))
	var buf bytes.Buffer
	if err := s.Export(&buf); err != nil {
		t.Fatal(err)
	}
	golden(t, "consolidated.golden.csv", buf.Bytes())

	data := buf.Bytes()
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Error("no byte order mark")
	}
	if bytes.Count(data, []byte("\n")) != bytes.Count(data, []byte("\r\n")) {
		t.Error("a line ends with LF alone; the export uses CRLF")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read the export: %v", err)
	}
	if !slices.Equal(recs[0], ExportHeader) {
		t.Errorf("header = %q", recs[0])
	}
	// Three respondents of two sites, each respondent's rows followed by
	// its findings and each site by its scores.
	findings := 0
	for _, site := range s.Sites {
		for _, r := range site.Respondents {
			fs := assessment.Findings(r.A)
			findings += len(fs)
			var got []string
			for _, rec := range recs[1:] {
				if rec[5] == SectionFinding && rec[2] == r.Name {
					got = append(got, rec[6]+"="+rec[9])
				}
			}
			var want []string
			for _, f := range fs {
				want = append(want, f.ID+"="+string(f.Severity))
			}
			assert.Equal(t, want, got, "%s's finding rows", r.Name)
		}
	}
	require.NotZero(t, findings, "the fixtures raise findings")
	// What Plant A's two respondents differ on, one row each, after the
	// site's scores.
	differences := len(s.ProfileDifferences) + len(s.Disagreements) + len(s.RACIDisagreements) + len(s.HolderDisagreements)
	require.NotEmpty(t, s.Disagreements, "the fixtures' respondents disagree")
	require.NotEmpty(t, s.RACIDisagreements, "the fixtures' respondents fill matrix rows differently")
	for _, d := range s.Disagreements {
		site := s.Sites[d.Site]
		i := slices.IndexFunc(recs, func(rec []string) bool {
			return rec[0] == site.Name && rec[5] == SectionDisagreement && rec[6] == d.Question.ID
		})
		if !assert.GreaterOrEqual(t, i, 0, "a row for %s at %s", d.Question.ID, site.Name) {
			continue
		}
		rec := recs[i]
		assert.Equal(t, []string{"", ""}, rec[2:4], "no respondent: what the site's respondents differ on")
		assert.Equal(t, strconv.Itoa(d.Distance()), rec[9], "%s: how far apart", d.Question.ID)
		assert.True(t, strings.HasPrefix(rec[10], d.SpreadText()+": "), "%s: %q says how far apart first", d.Question.ID, rec[10])
		for _, a := range d.Answers {
			assert.Contains(t, rec[10], site.Respondents[a.Respondent].Label()+": "+a.Text(), "%s names each answer", d.Question.ID)
		}
		last := slices.IndexFunc(recs, func(rec []string) bool { return rec[0] == site.Name && rec[5] == SectionSiteScore })
		assert.Greater(t, i, last, "the difference rows follow the site's scores")
	}
	for _, d := range s.RACIDisagreements {
		ok := slices.ContainsFunc(recs, func(rec []string) bool {
			return rec[0] == s.Sites[d.Site].Name && rec[5] == SectionRACIDisagreement && rec[6] == "A."+d.Key.Control && rec[7] == string(d.Key.Domain) && rec[9] == string(d.On)
		})
		assert.True(t, ok, "a row for %v", d.Key)
	}
	if got, want := len(recs)-1, 3*RowsPerRespondent+findings+2*s.RowsPerSite()+differences; got != want {
		t.Errorf("%d data rows, want %d", got, want)
	}
	if RowsPerRespondent != 15+14+14+16+73+93*3 { // profile, roles, holders, authority, answers, matrix
		t.Errorf("RowsPerRespondent = %d", RowsPerRespondent)
	}
	found := false
	for _, rec := range recs[1:] {
		if rec[0] == "Plant A" && rec[2] == "Omar Ortiz" && rec[6] == "GOV-02" {
			found = true
			if rec[1] != "2026-03-10" || rec[3] != "ot" || rec[9] != "1" || rec[10] != "Initial" || rec[13] != "'=Plant manager decides alone; nobody central." {
				t.Errorf("Omar's GOV-02 row = %q", rec)
			}
		}
	}
	if !found {
		t.Error("no row for Omar's GOV-02")
	}
	// The heat map's figures, as the view shows them: Plant B's overall
	// 75 rests on 3 of the 63 questions asked, so it is partial.
	var plantB []string
	for _, rec := range recs[1:] {
		if rec[0] == "Plant B" && rec[5] == SectionSiteScore && rec[6] == "overall" {
			plantB = rec
		}
	}
	require.NotNil(t, plantB, "Plant B's overall score row")
	assert.Equal(t, []string{"", ""}, plantB[2:4], "no respondent: the site's figure")
	assert.Equal(t, "75", plantB[9])
	assert.Equal(t, "one respondent; 3 of 63 questions asked answered; partial: a respondent answered fewer than 80% of the questions asked, not banded or ranked", plantB[10])
}

func TestExportFilename(t *testing.T) {
	for in, want := range map[string]string{
		"2026-03-10": "ownership-comparison-2026-03-10.csv",
		"":           "ownership-comparison.csv",
		"../x/2026":  "ownership-comparison-2026.csv",
	} {
		if got := ExportFilename(in); got != want {
			t.Errorf("ExportFilename(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBuild150(t *testing.T) {
	s := New(synthetic(50, 3))
	if len(s.Sites) != 50 || s.Assessments() != 150 {
		t.Fatalf("%d sites, %d assessments", len(s.Sites), s.Assessments())
	}
	if len(s.Disagreements) == 0 || len(s.Conflicts()) == 0 {
		t.Error("random answers and mixed presets should disagree somewhere")
	}
	var buf bytes.Buffer
	if err := s.Export(&buf); err != nil {
		t.Fatal(err)
	}
	findings := 0
	for _, site := range s.Sites {
		for _, r := range site.Respondents {
			findings += len(assessment.Findings(r.A))
		}
	}
	differences := len(s.ProfileDifferences) + len(s.Disagreements) + len(s.RACIDisagreements) + len(s.HolderDisagreements)
	if got, want := bytes.Count(buf.Bytes(), []byte("\r\n")), 1+150*RowsPerRespondent+findings+50*s.RowsPerSite()+differences; got != want {
		t.Errorf("%d lines, want %d", got, want)
	}
}

func BenchmarkBuild150(b *testing.B) {
	entries := synthetic(50, 3)
	b.ReportAllocs()
	for b.Loop() {
		New(entries)
	}
}

func BenchmarkExport150(b *testing.B) {
	s := New(synthetic(50, 3))
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := s.Export(&buf); err != nil {
			b.Fatal(err)
		}
	}
}

// TestRatedExcluded: "not applicable" counts as level 0 on a requirement
// that cannot be excluded, where the question is asked of the respondent;
// elsewhere it is a claim about scope and is not counted.
func TestRatedExcluded(t *testing.T) {
	for _, tt := range []struct {
		name, q, nis2 string
		counted       bool
	}{
		{"ClauseRequirement", "GOV-08", "", true},
		{"OtherQuestion", "GOV-05", "", false},
		{"NIS2DutyInScope", "INC-08", assessment.NIS2Essential, true},
		{"NIS2DutyOutOfScope", "INC-08", assessment.NIS2OutOfScope, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q, ok := assessment.QuestionByID(tt.q)
			require.True(t, ok, tt.q)
			a := assessment.Assessment{Profile: assessment.Profile{NIS2: tt.nis2},
				Answers: map[string]assessment.Answer{tt.q: {Rating: assessment.RatingNotApplicable}}}
			r := rated(0, q, a)
			assert.Equal(t, tt.counted, r.Counted)
			assert.Equal(t, tt.counted, r.Excluded)
			assert.Zero(t, r.Level)
			assert.Equal(t, !tt.counted, r.notApplicable(), "a claim about scope")
		})
	}
}

// TestPartialOneThinRespondent: a site's score is partial when one of its
// respondents answered too little, even if the answers of all of them
// together reach the share: half of the mean rests on that respondent.
func TestPartialOneThinRespondent(t *testing.T) {
	mk := func(id string, r assessment.Rating, share int) Entry {
		a := assessment.New(id, fixtureTime)
		a.Profile.Site = "Plant A"
		asked := assessment.Asked(a)
		for i, q := range asked {
			if i*100 < share*len(asked) {
				a.Answers[q.ID] = assessment.Answer{Rating: r}
			}
		}
		return Entry{Source: id, A: a}
	}
	full := New([]Entry{mk("it", assessment.Rating2, 100), mk("ot", assessment.Rating4, 100)})
	require.Len(t, full.Sites, 1)
	assert.False(t, full.Sites[0].Overall.Partial(), "both answered everything")
	s := New([]Entry{mk("it", assessment.Rating2, 100), mk("ot", assessment.Rating4, 67)})
	require.Len(t, s.Sites, 1)
	o := s.Sites[0].Overall
	require.Equal(t, 2, o.N)
	assert.GreaterOrEqual(t, o.Answered*100, o.Asked*MinAnsweredPercent, "together they answered enough")
	assert.Equal(t, 1, o.Thin)
	assert.True(t, o.Partial(), "one respondent answered two thirds")
}
