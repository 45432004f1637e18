package assessment

import (
	"strings"
	"testing"
	"time"
)

// The synthetic bank and control list used by the engine tests, so that the
// tests do not depend on the shipped content. IDs of the contract questions
// keep their fixed meaning.
var (
	testAreas = []Area{{ID: "GOV"}, {ID: "SCO"}, {ID: "ROL"}, {ID: "CHG"}, {ID: "INC"}, {ID: "CTL"}, {ID: "PRA"}}
	testBank  = []Question{
		{ID: "GOV-01", Area: "GOV", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2, Good: "Name one accountable ISMS owner."},
		{ID: "GOV-02", Area: "GOV", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2, Good: "Place the owner at enterprise level."},
		{ID: "GOV-03", Area: "GOV", Applies: AppliesBoth, Weight: 2, InterfaceRisk: 1, Good: "Give the owner the ISMS levers."},
		{ID: "GOV-08", Area: "GOV", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 1, Good: "Have top management approve the policy."},
		{ID: "GOV-05", Area: "GOV", Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2, Good: "Define risk-acceptance authority."},
		{ID: "GOV-06", Area: "GOV", Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2, Good: "Run an IT/OT steering group."},
		{ID: "GOV-09", Area: "GOV", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2, Good: "Have risk owners accept residual risk."},
		{ID: "SCO-01", Area: "SCO", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2, Good: "State plants, networks, systems, data."},
		{ID: "SCO-02", Area: "SCO", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 3, Good: "Own shared components."},
		{ID: "ROL-01", Area: "ROL", Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2, Good: "Separate accountability from responsibility."},
		{ID: "ROL-07", Area: "ROL", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2, Good: "Hand roles over before their holders leave."},
		{ID: "CHG-01", Area: "CHG", Applies: AppliesOT, Weight: 3, InterfaceRisk: 3, Downtime: true, Good: "Plan changes around downtime."},
		{ID: "CHG-02", Area: "CHG", Applies: AppliesOT, Weight: 2, InterfaceRisk: 2, Downtime: true, Good: "Route changes through validation."},
		{ID: "INC-01", Area: "INC", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 3, Good: "Join cyber and safety incident handling."},
		{ID: "CTL-01", Area: "CTL", Applies: AppliesOT, Weight: 2, InterfaceRisk: 3, Downtime: true, Good: "Segment plant networks."},
		{ID: "CTL-02", Area: "CTL", Applies: AppliesIT, Weight: 1, InterfaceRisk: 1, Good: "Enforce MFA on corporate IT."},
		{ID: "PRA-01", Area: "PRA", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 1, Good: "Show roles exercised in decisions."},
	}
	testControls = []Control{
		{ID: "5.1", Theme: ThemeOrganizational, Relevance: RelevanceMedium},
		{ID: "5.2", Theme: ThemeOrganizational, Relevance: RelevanceMedium},
		{ID: "5.3", Theme: ThemeOrganizational, Relevance: RelevanceLow},
		{ID: "5.4", Theme: ThemeOrganizational, Relevance: RelevanceLow},
		{ID: "5.19", Theme: ThemeOrganizational, Relevance: RelevanceHigh},
		{ID: "5.24", Theme: ThemeOrganizational, Relevance: RelevanceMedium},
		{ID: "5.31", Theme: ThemeOrganizational, Relevance: RelevanceLow},
		{ID: "6.3", Theme: ThemePeople, Relevance: RelevanceMedium},
		{ID: "7.4", Theme: ThemePhysical, Relevance: RelevanceMedium},
		{ID: "8.20", Theme: ThemeTechnological, Relevance: RelevanceHigh},
		{ID: "8.24", Theme: ThemeTechnological, Relevance: RelevanceLow},
		{ID: "8.32", Theme: ThemeTechnological, Relevance: RelevanceHigh},
	}
)

func testControl(t *testing.T, id string) Control {
	t.Helper()
	for _, c := range testControls {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no test control %s", id)
	return Control{}
}

// answers builds an answer map from "ID=rating" pairs.
func answers(pairs ...string) map[string]Answer {
	m := map[string]Answer{}
	for _, p := range pairs {
		id, r, _ := strings.Cut(p, "=")
		m[id] = Answer{Rating: Rating(r)}
	}
	return m
}

func TestNew(t *testing.T) {
	now := time.Date(2025, 3, 9, 23, 30, 0, 0, time.FixedZone("CET", 3600))
	a := New("abc", now)
	if a.Schema != SchemaVersion || a.ID != "abc" || a.Name != "New assessment" {
		t.Errorf("New = schema %d id %q name %q", a.Schema, a.ID, a.Name)
	}
	if a.Created != "2025-03-09T22:30:00Z" || a.Updated != a.Created {
		t.Errorf("timestamps = %q, %q; want UTC RFC 3339", a.Created, a.Updated)
	}
	if a.Profile.Date != "2025-03-09" {
		t.Errorf("profile date = %q, want the local date 2025-03-09", a.Profile.Date)
	}
	if a.Answers == nil || a.Matrix == nil {
		t.Error("New must return usable maps")
	}
	if err := ValidateWith(a, testBank, testControls); err != nil {
		t.Errorf("a new assessment must be valid: %v", err)
	}
}

func TestNewID(t *testing.T) {
	b := make([]byte, 20)
	for i := range b {
		b[i] = byte(i * 17)
	}
	got := NewID(b)
	if want := "00112233445566778899aabbccddeeff"; got != want {
		t.Errorf("NewID = %q, want %q", got, want)
	}
	if err := validateID(got); err != nil {
		t.Errorf("NewID result not a valid ID: %v", err)
	}
}

func TestProgress(t *testing.T) {
	a := Assessment{Answers: map[string]Answer{
		"GOV-01": {Rating: Rating2},
		"GOV-02": {Rating: RatingNotApplicable},
		"GOV-03": {Rating: RatingUnknown},
		"GOV-08": {Note: "note only, no rating"},
		"CHG-01": {Rating: Rating4},
		"XXX-99": {Rating: Rating4}, // not in the bank: never counted
	}}
	if got, total := ProgressWith(a, testBank); got != 4 || total != len(testBank) {
		t.Errorf("ProgressWith = %d/%d, want 4/%d", got, total, len(testBank))
	}
	for _, tt := range []struct {
		area            string
		answered, total int
	}{
		{"GOV", 3, 7},
		{"CHG", 1, 2},
		{"INC", 0, 1},
		{"NOPE", 0, 0},
	} {
		if got, total := AreaProgressWith(a, testBank, tt.area); got != tt.answered || total != tt.total {
			t.Errorf("AreaProgressWith(%s) = %d/%d, want %d/%d", tt.area, got, total, tt.answered, tt.total)
		}
	}
}

func validAssessment() Assessment {
	return Assessment{
		Schema: SchemaVersion, ID: "a1_B-2", Name: "Plant Nord",
		Created: "2025-01-02T10:00:00Z", Updated: "2025-01-03T10:00:00+01:00",
		Profile: Profile{Organisation: "Acme", Plants: 3, Connectivity: ConnectivityBrokered, RespondentRole: RoleOT, Date: "2024-02-29"},
		Answers: map[string]Answer{
			"GOV-01": {Rating: Rating3, Owner: RoleISMSOwner, Target: "2025-06-30", Note: "named in the charter"},
			"CHG-01": {Rating: RatingUnknown},
			"INC-01": {Rating: RatingNotApplicable},
		},
		Matrix: Matrix{
			{"5.1", DomainIT}:  {RoleISMSOwner: LetterAccountable, RoleIT: LetterResponsible},
			{"8.20", DomainOT}: {RoleISMSOwner: LetterAccountable, RoleOT: LetterResponsible, RoleOperations: LetterConsulted, RoleQuality: LetterInformed},
		},
		Model: ModelFederated,
	}
}

func TestValidate(t *testing.T) {
	long := func(n int) string { return strings.Repeat("é", n) }
	tests := []struct {
		name   string
		modify func(a *Assessment)
		err    string
	}{
		{name: "Valid", modify: func(*Assessment) {}},
		{name: "EmptyOptional", modify: func(a *Assessment) {
			a.Name, a.Created, a.Updated, a.Profile, a.Answers, a.Matrix, a.Model = "", "", "", Profile{}, nil, nil, ""
		}},
		{name: "LimitsInclusive", modify: func(a *Assessment) {
			a.ID = strings.Repeat("x", 64)
			a.Name = long(200)
			a.Profile.Site = long(200)
			a.Profile.Plants = 10000
			a.Answers["GOV-01"] = Answer{Note: long(4000)}
		}},
		{name: "SchemaOld", modify: func(a *Assessment) { a.Schema = 1 }, err: "schema 1: this tool reads schema 9"},
		{name: "SchemaZero", modify: func(a *Assessment) { a.Schema = 0 }, err: "schema 0: this tool reads schema 9"},
		{name: "IDEmpty", modify: func(a *Assessment) { a.ID = "" }, err: `id "": must be 1 to 64 characters long`},
		{name: "IDLong", modify: func(a *Assessment) { a.ID = strings.Repeat("x", 65) },
			err: `id "` + strings.Repeat("x", 65) + `": must be 1 to 64 characters long`},
		{name: "IDChars", modify: func(a *Assessment) { a.ID = "a/b" }, err: `id "a/b": only letters, digits, '-' and '_' are allowed`},
		{name: "NameLong", modify: func(a *Assessment) { a.Name = long(201) }, err: "name: longer than 200 characters"},
		{name: "Created", modify: func(a *Assessment) { a.Created = "yesterday" }, err: `created "yesterday": not an RFC 3339 timestamp`},
		{name: "Updated", modify: func(a *Assessment) { a.Updated = "2025-01-02" }, err: `updated "2025-01-02": not an RFC 3339 timestamp`},
		{name: "Organisation", modify: func(a *Assessment) { a.Profile.Organisation = long(201) }, err: "profile.organisation: longer than 200 characters"},
		{name: "Site", modify: func(a *Assessment) { a.Profile.Site = long(201) }, err: "profile.site: longer than 200 characters"},
		{name: "Sector", modify: func(a *Assessment) { a.Profile.Sector = long(201) }, err: "profile.sector: longer than 200 characters"},
		{name: "Assessor", modify: func(a *Assessment) { a.Profile.Assessor = long(201) }, err: "profile.assessor: longer than 200 characters"},
		{name: "Respondent", modify: func(a *Assessment) { a.Profile.Respondent = long(201) }, err: "profile.respondent: longer than 200 characters"},
		{name: "PlantsNegative", modify: func(a *Assessment) { a.Profile.Plants = -1 }, err: "profile.plants -1: must be between 0 and 10000"},
		{name: "PlantsHigh", modify: func(a *Assessment) { a.Profile.Plants = 10001 }, err: "profile.plants 10001: must be between 0 and 10000"},
		{name: "Connectivity", modify: func(a *Assessment) { a.Profile.Connectivity = "wifi" },
			err: `profile.connectivity "wifi": must be empty or one of isolated, brokered, integrated`},
		{name: "RespondentRole", modify: func(a *Assessment) { a.Profile.RespondentRole = "boss" }, err: `profile.respondentRole "boss": must be empty or one of executive, isms-owner, site, it, ot, operations, maintenance, quality, ehs, legal, dpo, hr, procurement, integrator, consultant`},
		{name: "ProfileDateFormat", modify: func(a *Assessment) { a.Profile.Date = "9.3.2025" }, err: `profile.date "9.3.2025": not a real YYYY-MM-DD date`},
		{name: "ProfileDateImpossible", modify: func(a *Assessment) { a.Profile.Date = "2025-02-29" }, err: `profile.date "2025-02-29": not a real YYYY-MM-DD date`},
		{name: "AnswerUnknownQuestion", modify: func(a *Assessment) { a.Answers["GOV-99"] = Answer{Rating: Rating1} }, err: `answer "GOV-99": unknown question`},
		{name: "AnswerRating", modify: func(a *Assessment) { a.Answers["GOV-02"] = Answer{Rating: "5"} },
			err: `answer "GOV-02": rating "5" is not one of 0, 1, 2, 3, 4, na, unknown`},
		{name: "AnswerOwner", modify: func(a *Assessment) { a.Answers["GOV-02"] = Answer{Owner: "boss"} }, err: `answer "GOV-02": owner "boss": unknown role`},
		{name: "AnswerTarget", modify: func(a *Assessment) { a.Answers["GOV-02"] = Answer{Target: "2025-13-01"} },
			err: `answer "GOV-02": target "2025-13-01": not a real YYYY-MM-DD date`},
		{name: "AnswerNote", modify: func(a *Assessment) { a.Answers["GOV-02"] = Answer{Note: long(4001)} }, err: `answer "GOV-02": note: longer than 4000 characters`},
		{name: "AnswerFirstInKeyOrder", modify: func(a *Assessment) {
			a.Answers["ZZZ-1"] = Answer{}
			a.Answers["AAA-1"] = Answer{}
		}, err: `answer "AAA-1": unknown question`},
		{name: "MatrixUnknownControl", modify: func(a *Assessment) { a.Matrix[CellKey{"9.9", DomainIT}] = RACI{RoleIT: LetterAccountable} },
			err: `matrix row "9.9/it": unknown control`},
		{name: "MatrixUnknownDomain", modify: func(a *Assessment) { a.Matrix[CellKey{"5.1", "cloud"}] = RACI{RoleIT: LetterAccountable} },
			err: `matrix row "5.1/cloud": unknown domain "cloud"`},
		{name: "MatrixRole", modify: func(a *Assessment) { a.Matrix[CellKey{"5.1", DomainOT}] = RACI{RoleConsultant: LetterConsulted} },
			err: `matrix row "5.1/ot": role "consultant": not a matrix role`},
		{name: "MatrixLetter", modify: func(a *Assessment) { a.Matrix[CellKey{"5.1", DomainOT}] = RACI{RoleOT: "X"} },
			err: `matrix row "5.1/ot": role "ot": letter "X" is not one of R, A, A/R, C, I`},
		{name: "MatrixEmptyLetter", modify: func(a *Assessment) { a.Matrix[CellKey{"5.1", DomainOT}] = RACI{RoleOT: LetterNone} },
			err: `matrix row "5.1/ot": role "ot": letter "" is not one of R, A, A/R, C, I`},
		{name: "MatrixControlOrder", modify: func(a *Assessment) {
			a.Matrix[CellKey{"5.19", DomainIT}] = RACI{RoleIT: "X"}
			a.Matrix[CellKey{"5.2", DomainIT}] = RACI{RoleIT: "Y"}
		}, err: `matrix row "5.2/it": role "it": letter "Y" is not one of R, A, A/R, C, I`},
		{name: "Model", modify: func(a *Assessment) { a.Model = "anarchy" }, err: `model "anarchy": unknown ownership model`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := validAssessment()
			tt.modify(&a)
			err := ValidateWith(a, testBank, testControls)
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("ValidateWith: unexpected error %q", err)
			case tt.err != "" && err == nil:
				t.Fatalf("ValidateWith: no error, want %q", tt.err)
			case tt.err != "" && err.Error() != tt.err:
				t.Fatalf("ValidateWith error:\n got %q\nwant %q", err, tt.err)
			}
		})
	}
}

func TestSampleIsValidAndComplete(t *testing.T) {
	for n := 0; n < 6; n++ {
		a := Sample(n, time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC))
		if err := Validate(a); err != nil {
			t.Fatalf("Sample(%d) is not valid: %v", n, err)
		}
		if answered, total := Progress(a); answered != total {
			t.Errorf("Sample(%d) answers %d of %d questions", n, answered, total)
		}
		if len(a.Matrix) == 0 {
			t.Errorf("Sample(%d) has an empty matrix", n)
		}
		seen := map[Rating]bool{}
		for _, ans := range a.Answers {
			seen[ans.Rating] = true
		}
		if len(seen) != len(Ratings) {
			t.Errorf("Sample(%d) uses %d of the %d answer values; benchmarks need them all", n, len(seen), len(Ratings))
		}
	}
	if Sample(1, time.Now()).Profile.Site == Sample(4, time.Now()).Profile.Site {
		t.Error("samples 1 and 4 share a site; the comparison benchmark needs several sites")
	}
}
