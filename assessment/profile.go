package assessment

import (
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// FieldKind says what a profile field holds, and so how it is validated,
// written to the CSV file and edited.
type FieldKind int

// The kinds of ProfileField.
const (
	FieldText   FieldKind = iota + 1 // free text of at most Max characters
	FieldBool                        // yes or no
	FieldNumber                      // a whole number from 0 to Max; 0 means not given
	FieldChoice                      // "" or the Value of one of Choices
	FieldDate                        // "" or a real calendar date, YYYY-MM-DD
)

// Choice is one value a FieldChoice field may hold.
type Choice struct {
	Value string // stored and exported, so it never changes; lower-case ASCII
	Label string // for people
}

// ProfileField declares one field of Profile for every part of the tool
// that handles fields one by one: validation, the CSV file, the import
// preview, the profile form and the report. Adding a field to Profile
// means adding it to profileFields, and nowhere else.
type ProfileField struct {
	Key     string    // the JSON name: the storage key and the CSV item_id
	Label   string    // for people; also the CSV label column, so changing it changes exports
	Kind    FieldKind // what the field holds
	Max     int       // FieldText: the most characters; FieldNumber: the largest value
	Choices []Choice  // FieldChoice: the allowed values besides "", in display order

	// field returns the field of p: a *string (FieldText, FieldDate), a
	// *Role or *string (FieldChoice), a *bool (FieldBool) or an *int
	// (FieldNumber). TestProfileFieldsMatchTheirKind checks the pairing.
	field func(p *Profile) any
}

// profileFields lists the fields of Profile in record order, which is also
// the order of the CSV rows and of Validate's checks.
var profileFields = []ProfileField{
	{Key: "organisation", Label: l10n.M("Organisation"), Kind: FieldText, Max: MaxNameLen,
		field: func(p *Profile) any { return &p.Organisation }},
	{Key: "site", Label: l10n.M("Site"), Kind: FieldText, Max: MaxNameLen,
		field: func(p *Profile) any { return &p.Site }},
	{Key: "sector", Label: l10n.M("Sector"), Kind: FieldText, Max: MaxNameLen,
		field: func(p *Profile) any { return &p.Sector }},
	{Key: "validated", Label: l10n.M("GMP / GxP validated systems in scope"), Kind: FieldBool,
		field: func(p *Profile) any { return &p.Validated }},
	{Key: "safetyCritical", Label: l10n.M("Safety-critical process"), Kind: FieldBool,
		field: func(p *Profile) any { return &p.SafetyCritical }},
	{Key: "plants", Label: l10n.M("Number of plants"), Kind: FieldNumber, Max: MaxPlants,
		field: func(p *Profile) any { return &p.Plants }},
	{Key: "centralRisk", Label: l10n.M("Central security / risk function exists"), Kind: FieldBool,
		field: func(p *Profile) any { return &p.CentralRisk }},
	{Key: "connectivity", Label: l10n.M("IT/OT connectivity"), Kind: FieldChoice, Choices: []Choice{
		{ConnectivityIsolated, l10n.M("Isolated (air-gapped, no routine exchange)")},
		{ConnectivityBrokered, l10n.M("Brokered (DMZ, diode or jump hosts only)")},
		{ConnectivityIntegrated, l10n.M("Integrated (direct connections, shared identity, cloud)")},
	}, field: func(p *Profile) any { return &p.Connectivity }},
	{Key: "nis2", Label: l10n.M("NIS2 status"), Kind: FieldChoice, Choices: []Choice{
		{NIS2Essential, l10n.M("Essential entity")},
		{NIS2Important, l10n.M("Important entity")},
		{NIS2OutOfScope, l10n.M("Not in scope of NIS2")},
		{NIS2Unknown, l10n.M("Not known yet")},
	}, field: func(p *Profile) any { return &p.NIS2 }},
	{Key: "ownershipModel", Label: l10n.M("Ownership model in use"), Kind: FieldChoice, Choices: []Choice{
		{ModelCentralised, l10n.M("Centralised")},
		{ModelFederated, l10n.M("Federated")},
		{ModelExecutiveLed, l10n.M("Executive-led")},
	}, field: func(p *Profile) any { return &p.OwnershipModel }},
	{Key: "assessor", Label: l10n.M("Assessor"), Kind: FieldText, Max: MaxNameLen,
		field: func(p *Profile) any { return &p.Assessor }},
	{Key: "respondent", Label: l10n.M("Respondent"), Kind: FieldText, Max: MaxNameLen,
		field: func(p *Profile) any { return &p.Respondent }},
	{Key: "respondentRole", Label: l10n.M("Respondent role"), Kind: FieldChoice, Choices: roleChoices(RespondentRoles),
		field: func(p *Profile) any { return &p.RespondentRole }},
	{Key: "date", Label: l10n.M("Assessment date"), Kind: FieldDate,
		field: func(p *Profile) any { return &p.Date }},
	{Key: "round", Label: l10n.M("Assessment round"), Kind: FieldText, Max: MaxNameLen,
		field: func(p *Profile) any { return &p.Round }},
}

// roleChoices lists roles as choices labelled with RoleLabel.
func roleChoices(roles []Role) []Choice {
	out := make([]Choice, len(roles))
	for i, r := range roles {
		out[i] = Choice{Value: string(r), Label: RoleLabel(r)}
	}
	return out
}

// ProfileFields returns the fields of Profile in record order, with their
// labels in the current language. The slice is shared: callers must not
// modify it.
func ProfileFields() []ProfileField {
	if l10n.Current() == l10n.DE {
		return profileFieldsDE()
	}
	return profileFields
}

// profileFieldsDE is profileFields with German labels, built on first use.
// Keys, kinds and choice values stay as they are: only the labels people
// read change with the language.
var profileFieldsDE = sync.OnceValue(func() []ProfileField {
	out := make([]ProfileField, len(profileFields))
	for i, f := range profileFields {
		f.Label = l10n.In(l10n.DE, f.Label)
		if f.Choices != nil {
			cs := make([]Choice, len(f.Choices))
			for j, c := range f.Choices {
				// Role choices carry RoleLabel's English, a key of the
				// common part of the catalogue.
				cs[j] = Choice{Value: c.Value, Label: l10n.In(l10n.DE, c.Label)}
			}
			f.Choices = cs
		}
		out[i] = f
	}
	return out
})

// ProfileFieldByKey returns the field with the given Key, labelled in the
// current language.
func ProfileFieldByKey(key string) (ProfileField, bool) {
	for _, f := range ProfileFields() {
		if f.Key == key {
			return f, true
		}
	}
	return ProfileField{}, false
}

// ProfileLabel returns the Label of the field with the given key, or the
// key itself when there is no such field (so that a typo shows on screen
// rather than an empty label).
func ProfileLabel(key string) string {
	if f, ok := ProfileFieldByKey(key); ok {
		return f.Label
	}
	return key
}

// Text returns the value of a FieldText, FieldChoice or FieldDate field of
// p, and "" for the other kinds. The getters take p by pointer, and only
// read it, so that a loop over the fields copies no Profile.
func (f ProfileField) Text(p *Profile) string {
	switch v := f.field(p).(type) {
	case *string:
		return *v
	case *Role:
		return string(*v)
	}
	return ""
}

// SetText sets a FieldText, FieldChoice or FieldDate field of p to s,
// unchecked (see Check); it does nothing for the other kinds.
func (f ProfileField) SetText(p *Profile, s string) {
	switch v := f.field(p).(type) {
	case *string:
		*v = s
	case *Role:
		*v = Role(s)
	}
}

// Bool returns the value of a FieldBool field of p, and false for the
// other kinds.
func (f ProfileField) Bool(p *Profile) bool {
	if v, ok := f.field(p).(*bool); ok {
		return *v
	}
	return false
}

// SetBool sets a FieldBool field of p; it does nothing for the other kinds.
func (f ProfileField) SetBool(p *Profile, b bool) {
	if v, ok := f.field(p).(*bool); ok {
		*v = b
	}
}

// Int returns the value of a FieldNumber field of p, and 0 for the other
// kinds.
func (f ProfileField) Int(p *Profile) int {
	if v, ok := f.field(p).(*int); ok {
		return *v
	}
	return 0
}

// SetInt sets a FieldNumber field of p, unchecked (see Check); it does
// nothing for the other kinds.
func (f ProfileField) SetInt(p *Profile, n int) {
	if v, ok := f.field(p).(*int); ok {
		*v = n
	}
}

// Equal reports whether the field holds the same value in p and q.
func (f ProfileField) Equal(p, q *Profile) bool {
	switch f.Kind {
	case FieldBool:
		return f.Bool(p) == f.Bool(q)
	case FieldNumber:
		return f.Int(p) == f.Int(q)
	}
	return f.Text(p) == f.Text(q)
}

// CopyTo sets the field of dst to its value in src.
func (f ProfileField) CopyTo(dst, src *Profile) {
	switch f.Kind {
	case FieldBool:
		f.SetBool(dst, f.Bool(src))
	case FieldNumber:
		f.SetInt(dst, f.Int(src))
	default:
		f.SetText(dst, f.Text(src))
	}
}

// ChoiceLabel returns the Label of the choice v of a FieldChoice field, and
// "" when v is not one of its Choices (or is empty).
func (f ProfileField) ChoiceLabel(v string) string {
	for _, c := range f.Choices {
		if c.Value == v {
			return c.Label
		}
	}
	return ""
}

// Display says the field's value in p for people: "yes" or "no", a
// number, the choice's label (in the language of the field, as
// ProfileFields gives it), "not given" for a number or choice left empty,
// and text as it is.
func (f ProfileField) Display(p *Profile) string {
	switch f.Kind {
	case FieldBool:
		if f.Bool(p) {
			return l10n.T("yes")
		}
		return l10n.T("no")
	case FieldNumber:
		if n := f.Int(p); n > 0 {
			return strconv.Itoa(n)
		}
		return l10n.T("not given")
	case FieldChoice:
		if s := f.Text(p); s != "" {
			return f.ChoiceLabel(s)
		}
		return l10n.T("not given")
	}
	return f.Text(p)
}

// scopeKeys are the keys of ScopeFields, in profile order.
var scopeKeys = []string{"validated", "safetyCritical", "plants", "centralRisk", "connectivity", "nis2", "ownershipModel"}

// ScopeFields returns, labelled in the current language, the profile
// fields that describe what an assessment covers: GMP, safety-critical,
// plants, central risk function, connectivity, NIS2 and the ownership
// model. Most of them decide which questions are asked and which matrix
// checks apply. Two assessments that differ on one do not describe the
// same scope (ISO/IEC 27001 4.3), whatever their answers.
func ScopeFields() []ProfileField {
	out := make([]ProfileField, 0, len(scopeKeys))
	for _, key := range scopeKeys {
		if f, ok := ProfileFieldByKey(key); ok {
			out = append(out, f)
		}
	}
	return out
}

// Check reports why the field's value in p breaks the rule of its kind;
// Validate calls it for every field. Errors name the field
// "profile.<Key>". p is only read.
func (f ProfileField) Check(p *Profile) error {
	name := "profile." + f.Key
	switch f.Kind {
	case FieldText:
		return maxLen(name, f.Text(p), f.Max)
	case FieldNumber:
		if n := f.Int(p); n < 0 || n > f.Max {
			return errors.New(l10n.F("%s %d: must be between 0 and %d", name, n, f.Max))
		}
	case FieldChoice:
		if v := f.Text(p); v != "" && f.ChoiceLabel(v) == "" {
			return errors.New(l10n.F("%s %q: must be empty or one of %s", name, v, strings.Join(f.ChoiceValues(), ", ")))
		}
	case FieldDate:
		return validDate(name, f.Text(p))
	}
	return nil
}

// ChoiceValues returns the Values of Choices, in order.
func (f ProfileField) ChoiceValues() []string {
	out := make([]string, len(f.Choices))
	for i, c := range f.Choices {
		out[i] = c.Value
	}
	return out
}

// validateProfile checks every field of p, in record order.
func validateProfile(p Profile) error {
	for _, f := range profileFields {
		if err := f.Check(&p); err != nil {
			return err
		}
	}
	return nil
}
