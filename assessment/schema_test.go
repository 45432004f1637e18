package assessment

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schema1Full is a first-release record using every schema 1 feature.
const schema1Full = `{
  "schema": 1,
  "id": "3f2a9c0d1e4b5a6978877665544332211",
  "name": "Werk Süd workshop",
  "created": "2024-05-02T08:00:00Z",
  "updated": "2024-05-03T16:30:00Z",
  "tool": "0.9.0",
  "profile": {
    "organisation": "Acme Pharma",
    "site": "Werk Süd",
    "sector": "pharmaceuticals",
    "regulated": "both",
    "plants": 4,
    "centralRisk": true,
    "connectivity": "brokered",
    "assessor": "J. Doe",
    "respondent": "A. Smith",
    "respondentRole": "ot",
    "date": "2024-05-02"
  },
  "answers": {
    "GOV-01": {"level": 3, "note": "CISO named in the ISMS charter", "owner": "isms-owner"},
    "GOV-02": {"level": 0},
    "SCO-01": {"level": -1, "note": "scope set by group"},
    "CHG-01": {"note": "ask the automation lead", "owner": "ot"},
    "INC-01": {"level": 4},
    "PRA-01": {}
  },
  "raci": {
    "5.1": {"it": {"isms-owner": "A", "it": "R"}, "ot": {"isms-owner": "A", "ot": "R"}},
    "8.20": {"shared": {"isms-owner": "A", "it": "R", "ot": "R"}, "ot": {}}
  }
}`

func TestUpgradeSchema1Golden(t *testing.T) {
	a, err := Upgrade([]byte(schema1Full))
	if err != nil {
		t.Fatalf("Upgrade: %v", err)
	}
	got, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "schema1_upgraded.golden", append(got, '\n'))

	// The golden file pins the format; these pin the meaning.
	if a.Schema != SchemaVersion || !a.Profile.Validated || !a.Profile.SafetyCritical || a.Profile.Plants != 4 {
		t.Errorf("upgraded profile = %+v (schema %d)", a.Profile, a.Schema)
	}
	wantAnswers := map[string]Answer{
		"GOV-01": {Rating: Rating3, Note: "CISO named in the ISMS charter", Owner: RoleISMSOwner},
		"GOV-02": {Rating: Rating0},
		"SCO-01": {Rating: RatingNotApplicable, Note: "scope set by group"},
		"CHG-01": {Note: "ask the automation lead", Owner: RoleOT},
		"INC-01": {Rating: Rating4},
	}
	if !reflect.DeepEqual(a.Answers, wantAnswers) {
		t.Errorf("answers = %+v\nwant %+v", a.Answers, wantAnswers)
	}
	wantMatrix := Matrix{
		{"5.1", DomainIT}:      {RoleISMSOwner: LetterAccountable, RoleIT: LetterResponsible},
		{"5.1", DomainOT}:      {RoleISMSOwner: LetterAccountable, RoleOT: LetterResponsible},
		{"8.20", DomainShared}: {RoleISMSOwner: LetterAccountable, RoleIT: LetterResponsible, RoleOT: LetterResponsible},
	}
	if !reflect.DeepEqual(a.Matrix, wantMatrix) {
		t.Errorf("matrix = %v\nwant %v", a.Matrix, wantMatrix)
	}
}

// schema2Full is a record of the last schema 2 release: R, A, C and I
// only, ten roles, no role names; the federated model it names is the old
// one, with the ISMS owner accountable on every row.
const schema2Full = `{
  "schema": 2,
  "id": "7c1e0b2a9d8f4e3c",
  "name": "Lyon – packaging hall",
  "created": "2026-01-12T08:00:00Z",
  "updated": "2026-02-03T17:20:00Z",
  "profile": {
    "organisation": "Acme Pharma",
    "site": "Lyon",
    "validated": true,
    "plants": 3,
    "centralRisk": true,
    "connectivity": "brokered",
    "respondentRole": "ot",
    "date": "2026-01-12"
  },
  "answers": {
    "GOV-01": {"rating": "3", "note": "CISO named in the charter", "owner": "isms-owner", "target": "2026-06-30"},
    "CHG-01": {"rating": "unknown"}
  },
  "matrix": {
    "5.9/ot": {"isms-owner": "A", "ot": "C"},
    "8.8/it": {"isms-owner": "A", "it": "C"},
    "8.32/ot": {"isms-owner": "A", "ot": "R", "quality": "C", "ehs": "C", "operations": "C"},
    "8.20/shared": {"isms-owner": "A", "it": "R", "ot": "R"},
    "7.2/ot": {"isms-owner": "A", "operations": "R", "ot": "I"}
  },
  "model": "federated"
}`

// TestUpgradeSchema2Golden pins the upgrade of a schema 2 record: the
// schema number changes, and nothing else. In particular no A becomes A/R
// (the author never said the A does the work), so the upgraded matrix
// then shows the missing R the old checks hid on IT rows.
func TestUpgradeSchema2Golden(t *testing.T) {
	a, err := Upgrade([]byte(schema2Full))
	require.NoError(t, err)
	got, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)
	golden(t, "schema2_upgraded.golden", append(got, '\n'))

	assert.Equal(t, SchemaVersion, a.Schema)
	assert.Nil(t, a.RoleNames)
	assert.Equal(t, Matrix{
		{"5.9", DomainOT}:      {RoleISMSOwner: LetterAccountable, RoleOT: LetterConsulted},
		{"8.8", DomainIT}:      {RoleISMSOwner: LetterAccountable, RoleIT: LetterConsulted},
		{"8.32", DomainOT}:     {RoleISMSOwner: LetterAccountable, RoleOT: LetterResponsible, RoleQuality: LetterConsulted, RoleEHS: LetterConsulted, RoleOperations: LetterConsulted},
		{"8.20", DomainShared}: {RoleISMSOwner: LetterAccountable, RoleIT: LetterResponsible, RoleOT: LetterResponsible},
		{"7.2", DomainOT}:      {RoleISMSOwner: LetterAccountable, RoleOperations: LetterResponsible, RoleOT: LetterInformed},
	}, a.Matrix)
	require.NoError(t, Validate(a))

	// What the old checks let pass, the new ones report.
	var kinds []string
	for _, p := range CheckMatrix(a) {
		if a.Matrix[p.Key] != nil {
			kinds = append(kinds, p.Key.String()+" "+string(p.Kind))
		}
	}
	// On this GMP site Quality is only consulted on plant-floor change,
	// where it must approve or run change control.
	assert.Equal(t, []string{"5.9/ot no-responsible", "8.8/it no-responsible", "8.32/ot quality-not-consulted"}, kinds)
}

func TestUpgradeSchema2Refuses(t *testing.T) {
	for _, tt := range []struct {
		Name, Input, Err string
	}{{
		Name:  "ARInSchema2",
		Input: `{"schema":2,"id":"x","matrix":{"5.1/it":{"it":"A/R"}}}`,
		Err:   `upgrading schema 2 to 3: matrix row "5.1/it", role "it": A/R is not a schema 2 letter`,
	}, {
		Name:  "NewRoleInSchema2",
		Input: `{"schema":2,"id":"x","matrix":{"5.1/it":{"dpo":"C","it":"A"}}}`,
		Err:   `upgrading schema 2 to 3: matrix row "5.1/it": role "dpo" is not a schema 2 role`,
	}, {
		Name:  "RoleNamesInSchema2",
		Input: `{"schema":2,"id":"x","roleNames":{"it":"CIO"}}`,
		Err:   `upgrading schema 2 to 3: roleNames: not part of schema 2`,
	}, {
		Name:  "MatrixNotAnObject",
		Input: `{"schema":2,"id":"x","matrix":[1]}`,
		Err:   `upgrading schema 2 to 3: matrix: json: cannot unmarshal array into Go value of type map[string]map[assessment.Role]assessment.Letter`,
	}} {
		t.Run(tt.Name, func(t *testing.T) {
			_, err := Upgrade([]byte(tt.Input))
			require.Error(t, err)
			assert.Equal(t, tt.Err, err.Error())
		})
	}
}

func TestUpgradeRegulated(t *testing.T) {
	for _, tt := range []struct {
		regulated         string
		validated, safety bool
	}{
		{`"none"`, false, false},
		{`""`, false, false},
		{`"gmp"`, true, false},
		{`"safety"`, false, true},
		{`"both"`, true, true},
	} {
		a, err := Upgrade([]byte(`{"schema":1,"id":"x","profile":{"regulated":` + tt.regulated + `}}`))
		if err != nil {
			t.Errorf("regulated %s: %v", tt.regulated, err)
			continue
		}
		if a.Profile.Validated != tt.validated || a.Profile.SafetyCritical != tt.safety {
			t.Errorf("regulated %s = validated %v safety %v", tt.regulated, a.Profile.Validated, a.Profile.SafetyCritical)
		}
	}
}

func TestUpgradeChainIsComplete(t *testing.T) {
	for v := 1; v < SchemaVersion; v++ {
		if upgrades[v] == nil {
			t.Errorf("no upgrade step from schema %d", v)
		}
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  Assessment
		err   string
	}{{
		name:  "Schema1",
		input: `{"schema":1,"id":"a1","name":"Old","profile":{"regulated":"gmp","plants":2},"answers":{"GOV-01":{"level":-1}},"raci":{"5.1":{"ot":{"ot":"R","isms-owner":"A"}}}}`,
		want: Assessment{
			Schema: SchemaVersion, ID: "a1", Name: "Old",
			Profile: Profile{Validated: true, Plants: 2},
			Answers: map[string]Answer{"GOV-01": {Rating: RatingNotApplicable}},
			Matrix:  Matrix{{"5.1", DomainOT}: {RoleOT: LetterResponsible, RoleISMSOwner: LetterAccountable}},
		},
	}, {
		name:  "Schema2",
		input: `{"schema":2,"id":"b2","name":"Now","profile":{"safetyCritical":true},"answers":{"GOV-01":{"rating":"unknown","target":"2025-12-31"}},"matrix":{"5.1/it":{"it":"A"}},"model":"federated"}`,
		want: Assessment{
			Schema: SchemaVersion, ID: "b2", Name: "Now",
			Profile: Profile{SafetyCritical: true},
			Answers: map[string]Answer{"GOV-01": {Rating: RatingUnknown, Target: "2025-12-31"}},
			Matrix:  Matrix{{"5.1", DomainIT}: {RoleIT: LetterAccountable}},
			Model:   ModelFederated,
		},
	}, {
		name:  "Schema3",
		input: `{"schema":3,"id":"c3","name":"Next","matrix":{"5.9/ot":{"ot":"A/R","site":"C"}},"roleNames":{"ot":"Head of Automation"}}`,
		want: Assessment{
			Schema: SchemaVersion, ID: "c3", Name: "Next",
			Matrix:    Matrix{{"5.9", DomainOT}: {RoleOT: LetterAccountableResponsible, RoleSite: LetterConsulted}},
			RoleNames: map[Role]string{RoleOT: "Head of Automation"},
		},
	}, {
		name:  "Garbage",
		input: `not json`,
		err:   "reading assessment: invalid character 'o' in literal null (expecting 'u')",
	}, {
		name:  "Empty",
		input: ``,
		err:   "reading assessment: unexpected end of JSON input",
	}, {
		name:  "Truncated",
		input: `{"schema":2,"id":"x"`,
		err:   "reading assessment: unexpected end of JSON input",
	}, {
		name:  "NotAnObject",
		input: `[1,2]`,
		err:   "reading assessment: json: cannot unmarshal array into Go value of type map[string]json.RawMessage",
	}, {
		name:  "Null",
		input: `null`,
		err:   "reading assessment: no schema version; this does not look like an assessment file",
	}, {
		name:  "MissingSchema",
		input: `{"id":"x","answers":{}}`,
		err:   "reading assessment: no schema version; this does not look like an assessment file",
	}, {
		name:  "SchemaZero",
		input: `{"schema":0,"id":"x"}`,
		err:   "reading assessment: schema 0 is not a valid version",
	}, {
		name:  "SchemaNegative",
		input: `{"schema":-2,"id":"x"}`,
		err:   "reading assessment: schema -2 is not a valid version",
	}, {
		name:  "SchemaString",
		input: `{"schema":"2","id":"x"}`,
		err:   "reading assessment: schema version: json: cannot unmarshal string into Go value of type int",
	}, {
		name:  "SchemaNewer",
		input: `{"schema":10,"id":"x","whatever":{"new":true}}`,
		err:   "assessment schema 10 is newer than this tool supports (9); open it with a newer version of the tool",
	}, {
		name:  "SchemaMuchNewer",
		input: `{"schema":42}`,
		err:   "assessment schema 42 is newer than this tool supports (9); open it with a newer version of the tool",
	}, {
		name:  "Schema1BadRegulated",
		input: `{"schema":1,"id":"x","profile":{"regulated":"pharma"}}`,
		err:   `upgrading schema 1 to 2: profile.regulated "pharma": want none, gmp, safety or both`,
	}, {
		name:  "Schema1BadLevel",
		input: `{"schema":1,"id":"x","answers":{"GOV-01":{"level":5}}}`,
		err:   `upgrading schema 1 to 2: answer "GOV-01": level 5 is not between -1 and 4`,
	}, {
		name:  "Schema1LevelNotNumber",
		input: `{"schema":1,"id":"x","answers":{"GOV-01":{"level":"3"}}}`,
		err:   "upgrading schema 1 to 2: answers: json: cannot unmarshal string into Go struct field v1Answer.level of type int",
	}, {
		name:  "Schema1BadRaci",
		input: `{"schema":1,"id":"x","raci":["5.1"]}`,
		err:   "upgrading schema 1 to 2: raci: json: cannot unmarshal array into Go value of type map[string]map[assessment.Domain]assessment.RACI",
	}, {
		name:  "Schema1UnknownQuestion",
		input: `{"schema":1,"id":"x","answers":{"GOV-99":{"level":2}}}`,
		err:   `invalid assessment: answer "GOV-99": unknown question`,
	}, {
		name:  "Schema2BadMatrixKey",
		input: `{"schema":2,"id":"x","matrix":{"5.1":{"it":"A"}}}`,
		err:   `reading assessment: matrix key "5.1" is not of the form control/domain`,
	}, {
		name:  "Schema3BadRoleName",
		input: `{"schema":3,"id":"x","roleNames":{"it":"OT / automation lead"}}`,
		err:   `invalid assessment: role name for "ot": "OT / automation lead" is already the name of "it"`,
	}, {
		name:  "Schema2Invalid",
		input: `{"schema":2,"id":"x y"}`,
		err:   `invalid assessment: id "x y": only letters, digits, '-' and '_' are allowed`,
	}, {
		name:  "Schema2BadRating",
		input: `{"schema":2,"id":"x","answers":{"GOV-01":{"rating":"3.5"}}}`,
		err:   `invalid assessment: answer "GOV-01": rating "3.5" is not one of 0, 1, 2, 3, 4, na, unknown`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Load([]byte(tt.input))
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("Load error:\n got %v\nwant %s", err, tt.err)
				}
				if !reflect.DeepEqual(got, Assessment{}) {
					t.Errorf("Load returned a record with an error: %+v", got)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: unexpected error %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Load =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestLoadRoundTrip(t *testing.T) {
	a := New(NewID([]byte("0123456789abcdef")), mustTime(t, "2025-04-01T09:00:00Z"))
	a.Answers["GOV-01"] = Answer{Rating: Rating2, Note: "deputy CIO", Owner: RoleExecutive, Target: "2025-10-01"}
	a.Matrix, _ = Preset(ModelExecutiveLed, a.Profile)
	a.Model = ModelExecutiveLed
	a.RoleNames = map[Role]string{RoleSite: "Werkleiter", RoleIntegrator: "Siemens service"}
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load(raw)
	if err != nil {
		t.Fatalf("Load of a freshly written record: %v", err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Errorf("round trip changed the record:\n got %+v\nwant %+v", got, a)
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}
