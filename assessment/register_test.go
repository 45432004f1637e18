package assessment

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidateHolder(t *testing.T) {
	tests := []struct {
		name  string
		role  Role
		h     Holder
		today string
		err   string
	}{
		{name: "Empty", role: RoleIT},
		{name: "Full", role: RoleIT, h: Holder{Name: "A. Example", Deputy: "B. Example", Confirmed: "2026-03-01"}, today: "2026-03-01"},
		{name: "DeputyOnly", role: RoleOT, h: Holder{Deputy: "B. Example"}},
		{name: "NoToday", role: RoleIT, h: Holder{Name: "A", Confirmed: "2999-01-01"}},
		{name: "NotMatrixRole", role: RoleConsultant, h: Holder{Name: "A"}, err: `holder of "consultant": not a matrix role`},
		{name: "Unknown", role: "cfo", err: `holder of "cfo": not a matrix role`},
		{name: "Untrimmed", role: RoleIT, h: Holder{Name: " A"}, err: `holder of "it": name: " A" starts or ends with white space`},
		{name: "TooLong", role: RoleIT, h: Holder{Deputy: strings.Repeat("é", MaxPersonLen+1)}, err: `holder of "it": deputy: longer than 100 characters`},
		{name: "Control", role: RoleIT, h: Holder{Name: "A\tB"}, err: `holder of "it": name: "A\tB" contains a control character such as a line break or tab`},
		{name: "BadUTF8", role: RoleIT, h: Holder{Name: "\xff"}, err: `holder of "it": name: not valid UTF-8`},
		{name: "DeputyIsHolder", role: RoleIT, h: Holder{Name: "A. Example", Deputy: "a.  example"}, err: `holder of "it": deputy: "a.  example" is the holder; a deputy must be someone else`},
		{name: "DateWithoutHolder", role: RoleIT, h: Holder{Deputy: "B", Confirmed: "2026-01-01"}, err: `holder of "it": confirmed: a date without a named holder; name who confirmed the role`},
		{name: "NotADate", role: RoleIT, h: Holder{Name: "A", Confirmed: "2026-02-30"}, err: `holder of "it": confirmed "2026-02-30": not a real YYYY-MM-DD date`},
		{name: "Future", role: RoleIT, h: Holder{Name: "A", Confirmed: "2026-03-02"}, today: "2026-03-01", err: `holder of "it": confirmed 2026-03-02: in the future (today is 2026-03-01)`},
		{name: "BadToday", role: RoleIT, h: Holder{Name: "A", Confirmed: "2026-03-02"}, today: "today", err: `holder of "it": today "today": not a real YYYY-MM-DD date`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateHolder(tt.role, tt.h, tt.today)
			if tt.err == "" {
				assert.NoError(t, err)
				return
			}
			assert.EqualError(t, err, tt.err)
		})
	}
}

func TestSetHolder(t *testing.T) {
	h, err := SetHolder(nil, RoleIT, Holder{Name: "  A. Example ", Deputy: " B ", Confirmed: " 2026-01-01"}, "2026-03-01")
	require.NoError(t, err)
	assert.Equal(t, map[Role]Holder{RoleIT: {Name: "A. Example", Deputy: "B", Confirmed: "2026-01-01"}}, h)

	// Refused: the input comes back unchanged.
	got, err := SetHolder(h, RoleOT, Holder{Name: "C", Deputy: "c"}, "")
	require.Error(t, err)
	assert.Equal(t, h, got)

	// Clearing removes the entry, and the last one makes the register nil.
	h2, err := SetHolder(h, RoleOT, Holder{Name: "C"}, "")
	require.NoError(t, err)
	assert.Len(t, h2, 2)
	assert.Len(t, h, 1, "the input is never modified")
	h3, err := SetHolder(h2, RoleOT, Holder{Name: "  "}, "")
	require.NoError(t, err)
	assert.Equal(t, h, h3)
	h4, err := SetHolder(h3, RoleIT, Holder{}, "")
	require.NoError(t, err)
	assert.Nil(t, h4)
}

func TestValidateAuthority(t *testing.T) {
	k := AuthorityKey{Level: RiskHigh, Context: ContextOT}
	tests := []struct {
		name string
		k    AuthorityKey
		a    Authority
		err  string
	}{
		{name: "Empty", k: k},
		{name: "Full", k: k, a: Authority{Accept: RoleISMSOwner, Consult: []Role{RoleSite, RoleOT, RoleOperations}, MaxMonths: 6, Escalate: RoleExecutive}},
		{name: "TopHasNoEscalation", k: k, a: Authority{Accept: RoleExecutive, MaxMonths: MaxAcceptMonths}},
		{name: "BadLevel", k: AuthorityKey{"severe", ContextOT}, err: `authority severe/ot: unknown risk level "severe"`},
		{name: "BadContext", k: AuthorityKey{RiskLow, "cloud"}, err: `authority low/cloud: unknown risk context "cloud"`},
		{name: "AcceptUnknown", k: k, a: Authority{Accept: "cfo"}, err: `authority high/ot: accept: "cfo" is not a matrix role`},
		{name: "AcceptConsultant", k: k, a: Authority{Accept: RoleConsultant}, err: `authority high/ot: accept: "consultant" is not a matrix role`},
		{name: "AcceptVendor", k: k, a: Authority{Accept: RoleIntegrator}, err: `authority high/ot: accept: an integrator or vendor cannot decide on the organisation's risk`},
		{name: "EscalateVendor", k: k, a: Authority{Escalate: RoleIntegrator}, err: `authority high/ot: escalate: an integrator or vendor cannot decide on the organisation's risk`},
		{name: "ConsultUnknown", k: k, a: Authority{Consult: []Role{"cfo"}}, err: `authority high/ot: consult: "cfo" is not a matrix role`},
		{name: "ConsultAcceptor", k: k, a: Authority{Accept: RoleOT, Consult: []Role{RoleOT}}, err: `authority high/ot: consult: "ot" is the role that accepts; it is not consulted about its own decision`},
		{name: "ConsultTwice", k: k, a: Authority{Consult: []Role{RoleEHS, RoleEHS}}, err: `authority high/ot: consult: "ehs" is listed twice`},
		{name: "ConsultOrder", k: k, a: Authority{Consult: []Role{RoleEHS, RoleQuality}}, err: `authority high/ot: consult: roles are not in matrix column order`},
		{name: "ConsultVendorAllowed", k: k, a: Authority{Consult: []Role{RoleIntegrator}}},
		{name: "MonthsNegative", k: k, a: Authority{MaxMonths: -1}, err: `authority high/ot: longest acceptance: -1 months is not between 0 and 60`},
		{name: "MonthsTooMany", k: k, a: Authority{MaxMonths: 61}, err: `authority high/ot: longest acceptance: 61 months is not between 0 and 60`},
		{name: "EscalateToSelf", k: k, a: Authority{Accept: RoleSite, Escalate: RoleSite}, err: `authority high/ot: escalate: "site" is the role that accepts; escalation must go to another role`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateAuthority(tt.k, tt.a)
			if tt.err == "" {
				assert.NoError(t, err)
				return
			}
			assert.EqualError(t, err, tt.err)
		})
	}
}

func TestSetAuthority(t *testing.T) {
	k := AuthorityKey{Level: RiskLow, Context: ContextIT}
	m, err := SetAuthority(nil, k, Authority{Accept: RoleIT, Consult: []Role{RoleEHS, RoleQuality, RoleEHS}})
	require.NoError(t, err)
	assert.Equal(t, []Role{RoleQuality, RoleEHS}, m[k].Consult, "sorted into matrix order, once each")
	got, err := SetAuthority(m, k, Authority{Accept: RoleIT, Escalate: RoleIT})
	require.Error(t, err)
	assert.Equal(t, m, got)
	got, err = SetAuthority(m, k, Authority{})
	require.NoError(t, err)
	assert.Nil(t, got)
}

// Every preset is a valid, complete table that raises none of the
// authority findings for the profile it was made for, and follows the
// reasoning AuthorityPreset documents.
func TestAuthorityPreset(t *testing.T) {
	assert.Nil(t, AuthorityPreset("", Profile{}))
	assert.Nil(t, AuthorityPreset("matrix", Profile{}))
	profiles := []Profile{{}, {Validated: true}, {SafetyCritical: true}, {Validated: true, SafetyCritical: true}}
	for _, m := range Models() {
		for _, p := range profiles {
			t.Run(fmt.Sprintf("%s/gmp=%v/safety=%v", m.ID, p.Validated, p.SafetyCritical), func(t *testing.T) {
				table := AuthorityPreset(m.ID, p)
				require.Len(t, table, len(RiskLevels)*len(RiskContexts))
				require.NoError(t, validateAuthorityTable(table))
				a := Assessment{Profile: p, Authority: table}
				for _, c := range []registerCheck{checkNoAcceptor, checkCriticalBelowTop, checkRegulatedUnheard} {
					assert.Empty(t, c(a).detail)
				}
				prevMonths := MaxAcceptMonths + 1
				for _, row := range AuthorityRows(a) {
					if row.Key.Context == ContextIT {
						assert.Less(t, row.MaxMonths, prevMonths, "shorter for higher levels")
						prevMonths = row.MaxMonths
					}
					if row.Key.Level == RiskCritical {
						assert.Equal(t, RoleExecutive, row.Accept)
					}
					if row.Key.Context == ContextOT || row.Key.Context == ContextRegulated {
						assert.Contains(t, row.Consult, RoleOperations, "%s: OT risks consult operations", row.Key)
					}
					if row.Key.Context != ContextIT && row.Accept != RoleSite {
						assert.Contains(t, row.Consult, RoleSite, row.Key)
					}
					if row.Key.Context == ContextShared {
						it := table[AuthorityKey{row.Key.Level, ContextIT}]
						assert.Equal(t, it.Accept, row.Accept, "%s: accepted as corporate IT is", row.Key)
						assert.Equal(t, it.Escalate, row.Escalate, row.Key)
						assert.Equal(t, it.MaxMonths, row.MaxMonths, row.Key)
						assert.Equal(t, SortRoles(append(slices.Clone(it.Consult), RoleOT, RoleSite)), row.Consult,
							"%s: as corporate IT, with the OT lead and the site director consulted", row.Key)
					}
					if row.Key.Context == ContextRegulated {
						assert.NotContains(t, []Role{RoleIT, RoleOT}, row.Accept, "%s: never a domain lead alone", row.Key)
						assert.Equal(t, p.Validated || !p.SafetyCritical, row.Accept == RoleQuality || containsRole(row.Consult, RoleQuality), row.Key)
						assert.Equal(t, p.SafetyCritical || !p.Validated, containsRole(row.Consult, RoleEHS), row.Key)
					}
				}
			})
		}
	}
	fed := AuthorityPreset(ModelFederated, Profile{})
	assert.Equal(t, RoleSite, fed[AuthorityKey{RiskMedium, ContextOT}].Accept)
	assert.Equal(t, RoleOT, fed[AuthorityKey{RiskLow, ContextOT}].Accept)
	assert.Equal(t, RoleIT, fed[AuthorityKey{RiskLow, ContextIT}].Accept)
	// The ISMS function keeps the register but does not own the plant's
	// risks: in every model a plant or regulated risk above low is
	// accepted by the site director (or top management), with the ISMS
	// owner consulted.
	cen := AuthorityPreset(ModelCentralised, Profile{Validated: true})
	for _, k := range []AuthorityKey{{RiskMedium, ContextOT}, {RiskHigh, ContextOT}, {RiskLow, ContextRegulated}, {RiskMedium, ContextRegulated}} {
		assert.Equal(t, RoleSite, cen[k].Accept, k)
		assert.Contains(t, cen[k].Consult, RoleISMSOwner, k)
	}
	assert.Equal(t, RoleExecutive, cen[AuthorityKey{RiskHigh, ContextRegulated}].Accept)
	assert.Equal(t, RoleExecutive, AuthorityPreset(ModelExecutiveLed, Profile{})[AuthorityKey{RiskHigh, ContextIT}].Accept)
	assert.Equal(t, RoleISMSOwner, AuthorityPreset(ModelCentralised, Profile{})[AuthorityKey{RiskHigh, ContextIT}].Accept)
	assert.Equal(t, RoleExecutive, AuthorityPreset(ModelCentralised, Profile{})[AuthorityKey{RiskHigh, ContextIT}].Escalate)
}

func containsRole(rs []Role, r Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func TestPseudonymiseHolders(t *testing.T) {
	in := map[Role]Holder{
		RoleISMSOwner: {Name: "Jane Roe", Deputy: "John Doe", Confirmed: "2026-01-01"},
		RoleIT:        {Name: "jane  roe"},
		RoleOT:        {Deputy: "Max Muster"},
	}
	got := PseudonymiseHolders(in)
	assert.Equal(t, map[Role]Holder{
		RoleISMSOwner: {Name: "Person 1", Deputy: "Person 2", Confirmed: "2026-01-01"},
		RoleIT:        {Name: "Person 1"},
		RoleOT:        {Deputy: "Person 3"},
	}, got)
	assert.Equal(t, "Jane Roe", in[RoleISMSOwner].Name, "the input is never modified")
	assert.Nil(t, PseudonymiseHolders(nil))
	// The register findings read the same on the sanitised copy.
	a := Assessment{Holders: in}
	b := Assessment{Holders: got}
	assert.Equal(t, checkConflicts(a), checkConflicts(b))
}

func TestValidateRegisterInRecord(t *testing.T) {
	a := New("x", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	a.Holders = map[Role]Holder{RoleIT: {Name: "A", Confirmed: "2030-01-01"}}
	assert.NoError(t, Validate(a), "a stored record is not checked against the clock")
	a.Holders[RoleOT] = Holder{}
	assert.EqualError(t, Validate(a), `holder of "ot": empty; leave the role out instead`)
	a.Holders = nil
	a.Authority = map[AuthorityKey]Authority{{RiskLow, ContextIT}: {}}
	assert.EqualError(t, Validate(a), `authority low/it: empty; leave the row out instead`)
	a.Authority = map[AuthorityKey]Authority{{"x", ContextIT}: {Accept: RoleIT}}
	assert.EqualError(t, Validate(a), `authority x/it: unknown risk level "x"`)
}

func TestUpgradeSchema5(t *testing.T) {
	a := New("x", time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	a.Matrix, a.Answers = nil, nil // omitted when empty, so read back as nil
	raw, err := json.Marshal(a)
	require.NoError(t, err)
	old := strings.Replace(string(raw), fmt.Sprintf(`"schema":%d`, SchemaVersion), `"schema":5`, 1)
	got, err := Load([]byte(old))
	require.NoError(t, err)
	assert.Equal(t, a, got)
	for _, f := range []string{"holders", "authority"} {
		bad := strings.Replace(old, `"profile"`, `"`+f+`":{},"profile"`, 1)
		_, err = Load([]byte(bad))
		assert.EqualError(t, err, "upgrading schema 5 to 6: "+f+": not part of schema 5")
	}
	// A schema 6 record keeps both through JSON.
	a.Holders = map[Role]Holder{RoleIT: {Name: "A. Example", Deputy: "B. Example", Confirmed: "2026-01-01"}}
	a.Authority = AuthorityPreset(ModelFederated, a.Profile)
	raw, err = json.Marshal(a)
	require.NoError(t, err)
	got, err = Load(raw)
	require.NoError(t, err)
	assert.Equal(t, a, got)
}

// A refused value says which field it is, so the form shows it there.
func TestFieldError(t *testing.T) {
	for _, tt := range []struct {
		err   error
		field string
		msg   string
	}{
		{ValidateHolder(RoleIT, Holder{Name: "A", Deputy: "a"}, ""), "deputy", `"a" is the holder; a deputy must be someone else`},
		{ValidateHolder(RoleIT, Holder{Name: "A", Confirmed: "2026-03-02"}, "2026-03-01"), "confirmed", "in the future (today is 2026-03-01)"},
		{ValidateHolder(RoleIT, Holder{Name: "A\n"}, ""), "name", `"A\n" starts or ends with white space`},
		{ValidateAuthority(AuthorityKey{RiskLow, ContextIT}, Authority{MaxMonths: 99}), "months", "99 months is not between 0 and 60"},
		{ValidateAuthority(AuthorityKey{RiskLow, ContextIT}, Authority{Accept: RoleIntegrator}), "accept", "an integrator or vendor cannot decide on the organisation's risk"},
		{ValidateAuthority(AuthorityKey{RiskLow, ContextIT}, Authority{Accept: RoleIT, Escalate: RoleIT}), "escalate", `"it" is the role that accepts; escalation must go to another role`},
	} {
		var fe *FieldError
		require.ErrorAs(t, tt.err, &fe)
		assert.Equal(t, tt.field, fe.Field)
		assert.Equal(t, tt.msg, fe.Msg)
	}
}

// A consensus keeps the holders and authority rows its respondents agree
// on and leaves the others for the group to decide.
func TestConsensusRegister(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	a, b := New("a", now), New("b", now)
	a.Holders = map[Role]Holder{
		RoleOT:        {Name: "Max Muster", Deputy: "Eva Example", Confirmed: "2026-01-01"},
		RoleIT:        {Name: "Ann Lee"},
		RoleISMSOwner: {Name: "Zoe Zed"},
	}
	b.Holders = map[Role]Holder{
		RoleOT: {Name: "max  muster", Deputy: "eva example", Confirmed: "2026-02-01"},
		RoleIT: {Name: "Bob Ray"},
	}
	a.Authority = AuthorityPreset(ModelFederated, a.Profile)
	b.Authority = AuthorityPreset(ModelFederated, b.Profile)
	k := AuthorityKey{RiskHigh, ContextOT}
	v := b.Authority[k]
	v.MaxMonths = 3
	b.Authority[k] = v
	c := BuildConsensus("c", now, []Assessment{a, b}, nil)
	assert.Equal(t, map[Role]Holder{
		RoleOT:        {Name: "Max Muster", Deputy: "Eva Example"}, // the dates differ
		RoleISMSOwner: {Name: "Zoe Zed"},                           // only one named a holder
	}, c.Holders)
	assert.Len(t, c.Authority, len(RiskLevels)*len(RiskContexts)-1)
	assert.NotContains(t, c.Authority, k)
	require.NoError(t, Validate(c))
}

// TestRegulatedRowRules: the objection rule always goes with the table;
// the site director's limit to one plant only where a regulated row
// names the site director.
func TestRegulatedRowRules(t *testing.T) {
	const limit = "that is the director of the plant whose systems carry the risk"
	preset := Assessment{Authority: AuthorityPreset(ModelCentralised, Profile{Validated: true})}
	assert.Contains(t, RegulatedRowRules(preset), limit)
	assert.Contains(t, RegulatedRowRules(preset), "“Site / plant director”")
	assert.Contains(t, RegulatedRowRules(preset), "not accepted while Quality objects")
	none := Assessment{}
	assert.NotContains(t, RegulatedRowRules(none), limit)
	assert.Contains(t, RegulatedRowRules(none), "not accepted while Quality objects")
	renamed := preset
	renamed.RoleNames = map[Role]string{RoleSite: "Werkleiter Nord"}
	assert.Contains(t, RegulatedRowRules(renamed), "“Werkleiter Nord”")
}

// TestRegulatedRowRulesFollowProfile: the veto goes to the functions the
// preset consults on the safety- or quality-relevant rows, and to no
// other: a safety-critical site without validated systems gives Quality
// no veto it is never asked for.
func TestRegulatedRowRulesFollowProfile(t *testing.T) {
	const (
		qualityVeto = "product quality is not accepted while Quality objects"
		ehsVeto     = "while EHS objects"
		treated     = "The risk is then treated further until the objection is withdrawn"
	)
	tests := []struct {
		name         string
		p            Profile
		quality, ehs bool
	}{
		{"neither recorded", Profile{}, true, true},
		{"validated only", Profile{Validated: true}, true, false},
		{"safety-critical only", Profile{SafetyCritical: true}, false, true},
		{"both", Profile{Validated: true, SafetyCritical: true}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quality, ehs := RegulatedVoices(tt.p)
			assert.Equal(t, tt.quality, quality)
			assert.Equal(t, tt.ehs, ehs)
			rules := RegulatedRowRules(Assessment{Profile: tt.p})
			assert.Equal(t, tt.quality, strings.Contains(rules, qualityVeto), rules)
			assert.Equal(t, tt.ehs, strings.Contains(rules, ehsVeto), rules)
			assert.Equal(t, tt.quality, strings.Contains(rules, "Quality"), "Quality named only where it has the veto: %s", rules)
			assert.Contains(t, rules, treated)
			// The preset consults exactly the functions given the veto.
			for _, m := range Models() {
				for _, l := range RiskLevels {
					v := AuthorityPreset(m.ID, tt.p)[AuthorityKey{Level: l, Context: ContextRegulated}]
					assert.Equal(t, tt.quality, slices.Contains(v.Consult, RoleQuality) || v.Accept == RoleQuality, "%s %s", m.ID, l)
					assert.Equal(t, tt.ehs, slices.Contains(v.Consult, RoleEHS) || v.Accept == RoleEHS, "%s %s", m.ID, l)
				}
			}
		})
	}
}

// The roles the register names the respondent for, by PersonKey.
func TestRespondentHolds(t *testing.T) {
	a := Assessment{
		Profile: Profile{Respondent: "k.  Example"},
		Holders: map[Role]Holder{RoleISMSOwner: {Name: "K. Example"}, RoleIT: {Name: "N. Example"}, RoleDPO: {Name: "K. Example"}},
	}
	assert.Equal(t, []Role{RoleISMSOwner, RoleDPO}, RespondentHolds(a))
	a.Profile.Respondent = "Z. Nobody"
	assert.Empty(t, RespondentHolds(a))
	a.Profile.Respondent = ""
	assert.Nil(t, RespondentHolds(a))
}

// TestOutsideSeat: a respondent on the plant floor answering IT-only
// questions, or one in IT answering OT-only ones, is named for those
// answers; a seat on both sides or on neither, or answers off the scale,
// name none.
func TestOutsideSeat(t *testing.T) {
	tests := []struct {
		name    string
		role    Role
		holds   Role // the register names the respondent for it too
		answers string
		want    []string
		confirm Role
	}{
		{"plant manager on IT questions", RoleSite, "", "SCO-05=2 ROL-02=0 GOV-01=1", []string{"SCO-05", "ROL-02"}, RoleIT},
		{"unknown and n/a are not claims", RoleSite, "", "SCO-05=unknown ROL-02=na", nil, ""},
		{"IT lead on an OT question", RoleIT, "", "BRF-06=3 SCO-05=2", []string{"BRF-06"}, RoleOT},
		{"ISMS owner sits on neither side", RoleISMSOwner, "", "SCO-05=2 BRF-06=3", nil, ""},
		{"a plant seat and an IT seat", RoleOT, RoleIT, "SCO-05=2 BRF-06=3", nil, ""},
		{"no respondent role, register seat only", "", RoleQuality, "ROL-02=1", []string{"ROL-02"}, RoleIT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: Profile{Respondent: "P. Example", RespondentRole: tt.role, Plants: 2}, Answers: answers(strings.Fields(tt.answers)...)}
			if tt.holds != "" {
				a.Holders = map[Role]Holder{tt.holds: {Name: "P. Example"}}
			}
			ids, confirm := OutsideSeat(a)
			assert.Equal(t, tt.want, ids)
			assert.Equal(t, tt.confirm, confirm)
		})
	}
}
