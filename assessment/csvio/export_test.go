package csvio

import (
	"bytes"
	"encoding/csv"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// TestExportGolden pins the export of the sample byte for byte: BOM, CRLF,
// column order, quoting and formula escapes. It also (re)writes the re-save
// fixtures under -update, since they are derived from it.
func TestExportGolden(t *testing.T) {
	got := export(t, sample())
	golden(t, goldenName, got)
	if *update {
		for _, f := range fixtures {
			writeFixture(t, f.name, resave(t, got, f.d))
		}
	}
}

// TestExportShape checks the contract independently of the golden file, with
// encoding/csv as a second opinion on the quoting.
func TestExportShape(t *testing.T) {
	data := export(t, sample())
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Fatal("export does not start with a UTF-8 BOM")
	}
	const wantHeader = "assessment_id,section,item_id,domain,label,value,value_label,owner,target,note,executive,isms-owner,site,it,ot,operations,maintenance,quality,ehs,legal,dpo,hr,procurement,integrator,refs\r\n"
	if body := data[3:]; !bytes.HasPrefix(body, []byte(wantHeader)) {
		t.Fatalf("header is %q, want %q", body[:bytes.IndexByte(body, '\n')+1], wantHeader)
	}
	r := csv.NewReader(bytes.NewReader(data[3:]))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read the export: %v", err)
	}
	nq, nc, nr := len(assessment.Questions()), len(assessment.Controls()), len(assessment.RACIRoles)
	np := len(assessment.ProfileFields())
	na := len(assessment.RiskLevels) * len(assessment.RiskContexts)
	if want := 1 + len(metaItems) + np + nr + nr + na + nq + nc*3; len(recs) != want {
		t.Fatalf("export has %d records, want %d (header, meta, %d profile, %d roles, %d holders, %d authority, %d answers, %d×3 raci)", len(recs), want, np, nr, nr, na, nq, nc)
	}
	sections := map[string]int{}
	for i, rec := range recs[1:] {
		sections[rec[colSection]]++
		for j, c := range rec {
			if c != "" && isFormulaStart(c[0]) && !isWholeNumber(c) {
				t.Errorf("record %d, column %d starts with a formula character: %q", i+2, j+1, c)
			}
		}
	}
	want := map[string]int{"meta": len(metaItems), "profile": np, "role": nr, "holder": nr, "authority": na, "answer": nq, "raci": nc * 3}
	for s, n := range want {
		if sections[s] != n {
			t.Errorf("section %s has %d rows, want %d", s, sections[s], n)
		}
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Error("export does not end with CRLF")
	}
	// First answer and first raci rows, as a reader of the sheet sees them.
	q := assessment.Questions()[0]
	role := recs[1+len(metaItems)+np+2]
	if role[colSection] != "role" || role[colItemID] != "site" || role[colLabel] != "Site / plant director" || role[colValue] != "'=Werkleiter" {
		t.Errorf("role row of the site director = %q", role)
	}
	ans := recs[1+len(metaItems)+np+nr+nr+na]
	if ans[colItemID] != q.ID || ans[colSection] != "answer" || ans[colValue] != "0" || ans[colValueLabel] != "Not in place" {
		t.Errorf("first answer row = %q", ans)
	}
	raci := recs[1+len(metaItems)+np+nr+nr+na+nq]
	if raci[colItemID] != "A."+assessment.Controls()[0].ID || raci[colDomain] != "it" || raci[colFirstRole] != "A/R" {
		t.Errorf("first raci row = %q", raci)
	}
}

func TestExportEscapesFormulas(t *testing.T) {
	for _, tc := range []struct{ in, out string }{
		{"=1+1", "'=1+1"},
		{"+1", "'+1"},
		{"-5", "-5"},      // a whole number: read as a number, runs nothing
		{"-0", "'-0"},     // a re-save writes 0
		{"-007", "'-007"}, // a re-save writes -7
		{"-12345678901", "-12345678901"},
		{"-123456789012", "'-123456789012"}, // Excel writes it back as -1.23457E+11
		{"-5a", "'-5a"},
		{"-5 ", "'-5 "},
		{"-", "'-"},
		{"--5", "'--5"},
		{"-5.5", "'-5.5"},
		{"+5", "'+5"},
		{"'-5", "''-5"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"\nx", "'\nx"},
		{"'=x", "''=x"},
		{"''-x", "'''-x"},
		{"'x", "'x"},
		{"'", "'"},
		{"x=1", "x=1"},
		{"", ""},
		{" =1", " =1"},
	} {
		if got := escapeCell(tc.in); got != tc.out {
			t.Errorf("escapeCell(%q) = %q, want %q", tc.in, got, tc.out)
		}
		if got := unescapeCell(escapeCell(tc.in)); got != tc.in {
			t.Errorf("unescapeCell(escapeCell(%q)) = %q", tc.in, got)
		}
	}
	// Excel may drop the apostrophe: the bare formula text is kept verbatim.
	for _, s := range []string{"=1", "+1", "'x", "x"} {
		if got := unescapeCell(s); got != s {
			t.Errorf("unescapeCell(%q) = %q, want it unchanged", s, got)
		}
	}
}

// TestEscapeIdentityExhaustive checks escape then unescape on every string
// of up to four characters over an alphabet of the interesting bytes.
func TestEscapeIdentityExhaustive(t *testing.T) {
	alphabet := []byte{'\'', '=', '+', '-', '@', '\t', '\r', '\n', 'a', ' ', '1'}
	var rec func(prefix []byte)
	rec = func(prefix []byte) {
		s := string(prefix)
		e := escapeCell(s)
		if unescapeCell(e) != s {
			t.Fatalf("identity fails for %q (escaped %q)", s, e)
		}
		if e != "" && isFormulaStart(e[0]) && !isWholeNumber(e) {
			t.Fatalf("escaped %q starts with a formula character", e)
		}
		if len(prefix) == 4 {
			return
		}
		for _, c := range alphabet {
			rec(append(prefix, c))
		}
	}
	rec(nil)
}

func TestExportRefuses(t *testing.T) {
	base := sample()
	qid := assessment.Questions()[0].ID
	cid := assessment.Controls()[0].ID
	for _, tc := range []struct {
		name   string
		change func(a *assessment.Assessment)
		want   string
	}{
		{"bad id", func(a *assessment.Assessment) { a.ID = "a b" }, `csv export: assessment "a b": assessment_id "a b" is not 1 to 64 letters, digits, _ or -`},
		{"old schema", func(a *assessment.Assessment) { a.Schema = 1 }, `csv export: assessment "a1b2c3d4e5f60718293a4b5c6d7e8f90": schema 1 is not the current schema 9; upgrade the record first`},
		{"unknown question", func(a *assessment.Assessment) { a.Answers["ZZZ-99"] = assessment.Answer{Rating: "1"} }, `csv export: assessment "a1b2c3d4e5f60718293a4b5c6d7e8f90": answer "ZZZ-99": unknown question`},
		{"invalid utf-8", func(a *assessment.Assessment) { a.Profile.Site = "M\xfcller" }, `csv export: assessment "a1b2c3d4e5f60718293a4b5c6d7e8f90": site: text is not valid UTF-8`},
		{"nul in note", func(a *assessment.Assessment) { a.Answers[qid] = assessment.Answer{Note: "a\x00b"} }, `csv export: assessment "a1b2c3d4e5f60718293a4b5c6d7e8f90": answer to ` + qid + `: note: text contains a NUL character`},
		{"non-canonical date", func(a *assessment.Assessment) { a.Profile.Date = "2026-03-01 00:00" }, `csv export: assessment "a1b2c3d4e5f60718293a4b5c6d7e8f90": profile.date "2026-03-01 00:00": not a real YYYY-MM-DD date`},
		{"upper-case role", func(a *assessment.Assessment) {
			a.Answers[qid] = assessment.Answer{Owner: "IT"}
		}, `csv export: assessment "a1b2c3d4e5f60718293a4b5c6d7e8f90": answer "` + qid + `": owner "IT": unknown role`},
		{"empty letter", func(a *assessment.Assessment) {
			a.Matrix[assessment.CellKey{Control: cid, Domain: "it"}] = assessment.RACI{assessment.RoleHR: ""}
		}, `csv export: assessment "a1b2c3d4e5f60718293a4b5c6d7e8f90": matrix row "` + cid + `/it": role "hr": letter "" is not one of R, A, A/R, C, I`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := clone(base)
			tc.change(&a)
			var buf bytes.Buffer
			err := Export(&buf, a)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("Export error = %v\nwant %s", err, tc.want)
			}
			if buf.Len() != 0 {
				t.Errorf("Export wrote %d bytes despite the error", buf.Len())
			}
		})
	}

	if err := Export(&bytes.Buffer{}); err == nil || err.Error() != "csv export: no assessments to export" {
		t.Errorf("Export() error = %v", err)
	}
	if err := Export(&bytes.Buffer{}, base, sparse(), base); err == nil ||
		err.Error() != `csv export: assessments 1 and 3 share the id "a1b2c3d4e5f60718293a4b5c6d7e8f90"` {
		t.Errorf("Export(duplicate ids) error = %v", err)
	}
}

type failWriter struct{}

var errDisk = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDisk }

func TestExportWriteError(t *testing.T) {
	err := Export(failWriter{}, sample())
	if !errors.Is(err, errDisk) || err.Error() != "csv export: disk full" {
		t.Fatalf("Export error = %v, want wrapped %v", err, errDisk)
	}
}

// clone deep-copies the maps of a so that a test can change it.
func clone(a assessment.Assessment) assessment.Assessment {
	b := a
	b.Answers = make(map[string]assessment.Answer, len(a.Answers))
	for k, v := range a.Answers {
		b.Answers[k] = v
	}
	b.Matrix = make(assessment.Matrix, len(a.Matrix))
	for k, r := range a.Matrix {
		c := make(assessment.RACI, len(r))
		for role, l := range r {
			c[role] = l
		}
		b.Matrix[k] = c
	}
	if a.RoleNames != nil {
		b.RoleNames = make(map[assessment.Role]string, len(a.RoleNames))
		for r, n := range a.RoleNames {
			b.RoleNames[r] = n
		}
	}
	return b
}

func TestFilename(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    assessment.Assessment
		want string
	}{
		{"full", sample(), "ownership-werk-sued-halle-3-dr-juergen-weiss-2026-03-01.csv"},
		{"name fallback", assessment.Assessment{Name: "Plant Ä/B", Updated: "2026-05-06T07:08:09Z"}, "ownership-plant-ae-b-2026-05-06.csv"},
		{"nothing", assessment.Assessment{}, "ownership-assessment.csv"},
		{"only symbols", assessment.Assessment{Name: "≠≠", Profile: assessment.Profile{Site: "../..", Date: "2026-13-01"}}, "ownership-assessment.csv"},
		{"long", assessment.Assessment{Profile: assessment.Profile{Site: strings.Repeat("ab ", 30), Date: "2026-01-02"}},
			"ownership-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-a-2026-01-02.csv"},
		{"path tricks", assessment.Assessment{Profile: assessment.Profile{Respondent: `C:\evil\..\x <script>`}}, "ownership-c-evil-x-script.csv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Filename(tc.a)
			if got != tc.want {
				t.Errorf("Filename = %q, want %q", got, tc.want)
			}
			for _, r := range got {
				if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.') {
					t.Errorf("Filename %q contains %q", got, r)
				}
			}
		})
	}
	if got := FilenameAll("2026-03-01"); got != "ownership-backup-2026-03-01.csv" {
		t.Errorf("FilenameAll = %q", got)
	}
	if got := FilenameAll(""); got != "ownership-backup.csv" {
		t.Errorf("FilenameAll(\"\") = %q", got)
	}
}

// Row's csv tags are what gocsv writes as the header; they must be Header,
// in order, and roles() must follow assessment.RACIRoles.
func TestRowLayoutIsHeader(t *testing.T) {
	rt := reflect.TypeOf(Row{})
	var tags []string
	for i := 0; i < rt.NumField(); i++ {
		tags = append(tags, rt.Field(i).Tag.Get("csv"))
	}
	if !reflect.DeepEqual(tags, Header) {
		t.Fatalf("Row tags = %q\nHeader   = %q", tags, Header)
	}
	if numRoles != len(assessment.RACIRoles) {
		t.Fatalf("numRoles = %d, want one per assessment.RACIRoles (%d)", numRoles, len(assessment.RACIRoles))
	}
	var r Row
	cols := r.roles()
	for i, role := range assessment.RACIRoles {
		*cols[i] = string(role)
	}
	v := reflect.ValueOf(r)
	first := colFirstRole
	for i, role := range assessment.RACIRoles {
		if got := v.Field(first + i).String(); got != string(role) {
			t.Errorf("roles()[%d] writes column %q, want the column of role %q", i, Header[first+i], role)
		}
	}
}
