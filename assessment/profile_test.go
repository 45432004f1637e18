package assessment

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProfileFieldsDeclareProfile checks that the table has one entry per
// field of Profile, in struct order, keyed by the JSON name: a field added
// to Profile but not to the table fails here.
func TestProfileFieldsDeclareProfile(t *testing.T) {
	typ := reflect.TypeFor[Profile]()
	require.Len(t, ProfileFields(), typ.NumField())
	for i, f := range ProfileFields() {
		sf := typ.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		assert.Equal(t, name, f.Key, "field %d (%s)", i, sf.Name)
		assert.NotEmpty(t, f.Label, f.Key)

		// The accessor returns that very struct field.
		var p Profile
		got := reflect.ValueOf(f.field(&p))
		require.Equal(t, reflect.Pointer, got.Kind(), f.Key)
		assert.Equal(t, reflect.ValueOf(&p).Elem().Field(i).Addr().Pointer(), got.Pointer(), "%s points at another field", f.Key)
	}
}

func TestProfileFieldsMatchTheirKind(t *testing.T) {
	for _, f := range ProfileFields() {
		var p Profile
		switch v := f.field(&p); f.Kind {
		case FieldText, FieldDate:
			assert.IsType(t, (*string)(nil), v, f.Key)
		case FieldChoice:
			assert.True(t, isType[*string](v) || isType[*Role](v), "%s: %T", f.Key, v)
			assert.NotEmpty(t, f.Choices, f.Key)
			for _, c := range f.Choices {
				assert.Equal(t, strings.ToLower(c.Value), c.Value, "%s: choice values are lower-case (the CSV reader lower-cases)", f.Key)
				assert.NotEmpty(t, c.Label, f.Key)
			}
		case FieldBool:
			assert.IsType(t, (*bool)(nil), v, f.Key)
		case FieldNumber:
			assert.IsType(t, (*int)(nil), v, f.Key)
			assert.Positive(t, f.Max, f.Key)
		default:
			t.Errorf("%s: unknown kind %d", f.Key, f.Kind)
		}
		if f.Kind == FieldText {
			assert.Positive(t, f.Max, f.Key)
		}
	}
}

func isType[T any](v any) bool {
	_, ok := v.(T)
	return ok
}

func TestProfileFieldGetSet(t *testing.T) {
	var p Profile
	for _, f := range ProfileFields() {
		switch f.Kind {
		case FieldText, FieldDate:
			f.SetText(&p, "v-"+f.Key)
		case FieldChoice:
			f.SetText(&p, f.Choices[len(f.Choices)-1].Value)
		case FieldBool:
			f.SetBool(&p, true)
		case FieldNumber:
			f.SetInt(&p, 7)
		}
	}
	want := Profile{
		Organisation: "v-organisation", Site: "v-site", Sector: "v-sector",
		Validated: true, SafetyCritical: true, Plants: 7, CentralRisk: true,
		Connectivity: ConnectivityIntegrated, NIS2: NIS2Unknown, OwnershipModel: ModelExecutiveLed, Assessor: "v-assessor", Respondent: "v-respondent",
		RespondentRole: RoleConsultant, Date: "v-date", Round: "v-round",
	}
	require.Equal(t, want, p)

	for _, f := range ProfileFields() {
		switch f.Kind {
		case FieldText, FieldDate, FieldChoice:
			assert.NotEmpty(t, f.Text(&p), f.Key)
			assert.False(t, f.Bool(&p), f.Key)
			assert.Zero(t, f.Int(&p), f.Key)
		case FieldBool:
			assert.True(t, f.Bool(&p), f.Key)
			assert.Empty(t, f.Text(&p), f.Key)
		case FieldNumber:
			assert.Equal(t, 7, f.Int(&p), f.Key)
			assert.Empty(t, f.Text(&p), f.Key)
		}
	}

	// Setters of another kind change nothing.
	before := p
	for _, f := range ProfileFields() {
		if f.Kind == FieldBool {
			f.SetText(&p, "x")
			f.SetInt(&p, 1)
		} else {
			f.SetBool(&p, false)
		}
	}
	assert.Equal(t, before, p)
}

func TestProfileFieldCheck(t *testing.T) {
	tests := []struct {
		Name  string
		Key   string
		Set   func(*Profile)
		Error string // "" when valid
	}{
		{Name: "TextEmpty", Key: "site", Set: func(*Profile) {}},
		{Name: "TextAtMax", Key: "site", Set: func(p *Profile) { p.Site = strings.Repeat("é", MaxNameLen) }},
		{Name: "TextTooLong", Key: "site", Set: func(p *Profile) { p.Site = strings.Repeat("é", MaxNameLen+1) },
			Error: "profile.site: longer than 200 characters"},
		{Name: "NumberZero", Key: "plants", Set: func(*Profile) {}},
		{Name: "NumberMax", Key: "plants", Set: func(p *Profile) { p.Plants = MaxPlants }},
		{Name: "NumberNegative", Key: "plants", Set: func(p *Profile) { p.Plants = -1 },
			Error: "profile.plants -1: must be between 0 and 10000"},
		{Name: "NumberHigh", Key: "plants", Set: func(p *Profile) { p.Plants = MaxPlants + 1 },
			Error: "profile.plants 10001: must be between 0 and 10000"},
		{Name: "ChoiceEmpty", Key: "connectivity", Set: func(*Profile) {}},
		{Name: "ChoiceKnown", Key: "connectivity", Set: func(p *Profile) { p.Connectivity = ConnectivityBrokered }},
		{Name: "ChoiceCase", Key: "connectivity", Set: func(p *Profile) { p.Connectivity = "Brokered" },
			Error: `profile.connectivity "Brokered": must be empty or one of isolated, brokered, integrated`},
		{Name: "RoleKnown", Key: "respondentRole", Set: func(p *Profile) { p.RespondentRole = RoleOT }},
		{Name: "RoleUnknown", Key: "respondentRole", Set: func(p *Profile) { p.RespondentRole = "boss" },
			Error: `profile.respondentRole "boss": must be empty or one of executive, isms-owner, site, it, ot, operations, maintenance, quality, ehs, legal, dpo, hr, procurement, integrator, consultant`},
		{Name: "DateEmpty", Key: "date", Set: func(*Profile) {}},
		{Name: "DateReal", Key: "date", Set: func(p *Profile) { p.Date = "2024-02-29" }},
		{Name: "DateImpossible", Key: "date", Set: func(p *Profile) { p.Date = "2025-02-29" },
			Error: `profile.date "2025-02-29": not a real YYYY-MM-DD date`},
		{Name: "Bool", Key: "validated", Set: func(p *Profile) { p.Validated = true }},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			f, ok := ProfileFieldByKey(tt.Key)
			require.True(t, ok, tt.Key)
			var p Profile
			tt.Set(&p)
			err := f.Check(&p)
			if tt.Error == "" {
				assert.NoError(t, err)
				assert.NoError(t, validateProfile(p))
				return
			}
			assert.EqualError(t, err, tt.Error)
			assert.EqualError(t, validateProfile(p), tt.Error)
		})
	}
}

func TestProfileLabel(t *testing.T) {
	assert.Equal(t, "Number of plants", ProfileLabel("plants"))
	assert.Equal(t, "nosuchfield", ProfileLabel("nosuchfield"))
	_, ok := ProfileFieldByKey("nosuchfield")
	assert.False(t, ok)

	f, ok := ProfileFieldByKey("respondentRole")
	require.True(t, ok)
	assert.Equal(t, RoleLabel(RoleOT), f.ChoiceLabel(string(RoleOT)))
	assert.Empty(t, f.ChoiceLabel(""))
	assert.Empty(t, f.ChoiceLabel("boss"))
}

// The shared rows cover what crosses the air gap on isolated plants, the
// network and services both sides use on integrated ones (no DMZ
// recorded), and the components that join IT and OT through a DMZ
// otherwise.
func TestSharedComponents(t *testing.T) {
	for _, conn := range []string{"", ConnectivityBrokered} {
		got := SharedComponents(Profile{Connectivity: conn})
		assert.Contains(t, got, "demilitarised zone", conn)
		assert.NotContains(t, got, "air gap", conn)
	}
	got := SharedComponents(Profile{Connectivity: ConnectivityIntegrated})
	assert.Contains(t, got, "the network both sides use")
	assert.NotRegexp(t, `DMZ|demilitarised|air gap|diode`, got)
	got = SharedComponents(Profile{Connectivity: ConnectivityIsolated})
	assert.Contains(t, got, "crosses the air gap")
	assert.NotContains(t, got, "demilitarised")
}
