package assessment

import (
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// registered returns healthy(t) with a full role register (every matrix
// role held by its own person, with a deputy, confirmed on the assessment
// date) and the federated authority preset for its profile.
func registered(t *testing.T, p Profile) Assessment {
	t.Helper()
	a := healthy(t)
	a.Profile = p
	a.Profile.Date = "2026-06-30"
	a.Holders = map[Role]Holder{}
	for i, r := range RACIRoles {
		a.Holders[r] = Holder{Name: fmt.Sprintf("Holder %d", i), Deputy: fmt.Sprintf("Deputy %d", i), Confirmed: "2026-01-15"}
	}
	a.Authority = AuthorityPreset(ModelFederated, a.Profile)
	require.NoError(t, validateHolders(a.Holders))
	return a
}

func TestRegisterFindings(t *testing.T) {
	hold := func(r Role, h Holder) func(*Assessment) {
		return func(a *Assessment) { a.Holders[r] = h }
	}
	drop := func(rs ...Role) func(*Assessment) {
		return func(a *Assessment) {
			for _, r := range rs {
				delete(a.Holders, r)
			}
		}
	}
	same := func(x, y Role) func(*Assessment) {
		return func(a *Assessment) {
			h := a.Holders[y]
			h.Name = a.Holders[x].Name
			a.Holders[y] = h
		}
	}
	setAuth := func(l RiskLevel, c RiskContext, f func(*Authority)) func(*Assessment) {
		return func(a *Assessment) {
			k := AuthorityKey{l, c}
			v := a.Authority[k]
			f(&v)
			a.Authority[k] = v
		}
	}
	gmp := Profile{Validated: true}
	safety := Profile{SafetyCritical: true}
	tests := []struct {
		name    string
		profile Profile
		mod     func(*Assessment)
		finding string // "" when no register finding fires
		roles   []Role
		risks   []AuthorityKey
		cells   []CellKey
		detail  string
	}{
		{name: "Complete"},
		{name: "CompleteGMPSafety", profile: Profile{Validated: true, SafetyCritical: true}},

		// role-vacant
		{name: "VacantIT", mod: drop(RoleIT), finding: FindingRoleVacant, roles: []Role{RoleIT}, detail: "No holder named for: IT lead."},
		{name: "VacantDeputyOnly", mod: hold(RoleOT, Holder{Deputy: "X"}), finding: FindingRoleVacant, roles: []Role{RoleOT}},
		{name: "NotStartedIsSilent", mod: func(a *Assessment) { a.Holders = nil }},
		{name: "DeputiesOnlyIsNotStarted", mod: func(a *Assessment) { a.Holders = map[Role]Holder{RoleIT: {Deputy: "X"}} }},
		{name: "RoleWithoutAorRNeedsNoHolder", mod: func(a *Assessment) {
			for k, row := range a.Matrix {
				if ownsOrRuns(row[RoleIntegrator]) {
					a.Matrix = SetLetter(a.Matrix, k, RoleIntegrator, LetterConsulted)
				}
			}
			delete(a.Holders, RoleIntegrator)
		}},
		{name: "RenamedRoleInDetail", mod: func(a *Assessment) {
			delete(a.Holders, RoleOT)
			a.RoleNames = map[Role]string{RoleOT: "Head of Automation"}
		}, finding: FindingRoleVacant, detail: "No holder named for: Head of Automation."},
		{name: "VacantAtOnePlant", mod: hold(RoleSite, Holder{Name: "G. Example (Plant 1); Plant 2 and 3 vacant", Deputy: "D", Confirmed: "2026-01-15"}),
			finding: FindingRoleVacant, roles: []Role{RoleSite},
			detail: "Vacant in part, as the register records: Site / plant director (\u201cG. Example (Plant 1); Plant 2 and 3 vacant\u201d)."},
		{name: "VacantInGermanAndEmpty", mod: func(a *Assessment) {
			delete(a.Holders, RoleIT)
			a.Holders[RoleOT] = Holder{Name: "Werk 2: vakant", Deputy: "D", Confirmed: "2026-01-15"}
		}, finding: FindingRoleVacant, roles: []Role{RoleIT, RoleOT},
			detail: "No holder named for: IT lead. Vacant in part, as the register records: OT / automation lead (\u201cWerk 2: vakant\u201d)."},

		// role-no-deputy
		{name: "NoDeputyISMSOwner", mod: hold(RoleISMSOwner, Holder{Name: "Holder 1", Confirmed: "2026-01-15"}), finding: FindingRoleNoDeputy,
			roles: []Role{RoleISMSOwner}, detail: "No deputy named for: ISMS owner (CISO / risk)."},
		{name: "NoDeputyNotAccountable", mod: func(a *Assessment) {
			a.Matrix = Matrix{{"5.1", DomainIT}: {RoleExecutive: LetterAccountable, RoleHR: LetterResponsible}}
			a.Holders[RoleHR] = Holder{Name: "H", Confirmed: "2026-01-15"}
		}, finding: ""},
		{name: "NoDeputyVacantIsVacancy", mod: hold(RoleISMSOwner, Holder{}), finding: FindingRoleVacant},
		// Top management may be a board, which has no deputy.
		{name: "NoDeputyExecutiveNotAsked", mod: hold(RoleExecutive, Holder{Name: "Executive Board", Confirmed: "2026-01-15"}), finding: ""},

		// roles-conflict
		{name: "ConflictExecutiveISMS", mod: same(RoleExecutive, RoleISMSOwner), finding: FindingRolesConflict,
			roles:  []Role{RoleExecutive, RoleISMSOwner},
			detail: "Executive sponsor and ISMS owner (CISO / risk) have the same holder: top management would review its own management system."},
		{name: "ConflictIgnoresCaseAndSpaces", mod: func(a *Assessment) {
			a.Holders[RoleIT] = Holder{Name: "holder   1", Deputy: "D", Confirmed: "2026-01-15"}
		}, finding: FindingRolesConflict, roles: []Role{RoleISMSOwner, RoleIT}},
		{name: "ConflictDPO", mod: same(RoleIT, RoleDPO), finding: FindingRolesConflict, roles: []Role{RoleIT, RoleDPO}},
		{name: "ConflictQualityOTOnGMP", profile: gmp, mod: same(RoleOT, RoleQuality), finding: FindingRolesConflict, roles: []Role{RoleOT, RoleQuality}},
		{name: "NoConflictQualityOTWithoutGMP", mod: same(RoleOT, RoleQuality)},
		{name: "ConflictQualityProductionOnGMP", profile: gmp, mod: same(RoleOperations, RoleQuality), finding: FindingRolesConflict},
		{name: "ConflictEHSOTSafety", profile: safety, mod: same(RoleOT, RoleEHS), finding: FindingRolesConflict, roles: []Role{RoleOT, RoleEHS}},
		{name: "NoConflictEHSOTWithoutSafety", mod: same(RoleOT, RoleEHS)},
		{name: "NoConflictITAndOT", mod: same(RoleIT, RoleOT)},
		{name: "SamePersonApprovesAndDoes", mod: func(a *Assessment) {
			a.Matrix = Matrix{
				{"5.18", DomainIT}:     {RoleISMSOwner: LetterAccountable, RoleIT: LetterResponsible},
				{"8.32", DomainShared}: {RoleISMSOwner: LetterAccountable, RoleIT: LetterResponsible, RoleOT: LetterConsulted},
				{"8.32", DomainOT}:     {RoleSite: LetterAccountable, RoleMaintenance: LetterResponsible},
				{"5.15", DomainIT}:     {RoleSite: LetterAccountable, RoleMaintenance: LetterResponsible},
			}
			same(RoleSite, RoleMaintenance)(a)
		}, finding: FindingRolesConflict, roles: []Role{RoleSite, RoleMaintenance}, cells: []CellKey{{"8.32", DomainOT}},
			detail: "Site / plant director (A) and Maintenance & engineering (R) have the same holder on 8.32 Plant OT: one person approves and does the access or change work."},
		{name: "ConflictingPairWithItsRows", mod: func(a *Assessment) {
			a.Matrix = Matrix{
				{"5.18", DomainIT}:     {RoleISMSOwner: LetterAccountable, RoleIT: LetterResponsible},
				{"8.2", DomainShared}:  {RoleISMSOwner: LetterAccountable, RoleIT: LetterResponsible},
				{"8.32", DomainShared}: {RoleIT: LetterAccountable, RoleISMSOwner: LetterResponsible},
			}
			same(RoleISMSOwner, RoleIT)(a)
		}, finding: FindingRolesConflict, roles: []Role{RoleISMSOwner, RoleIT},
			cells: []CellKey{{"5.18", DomainIT}, {"8.2", DomainShared}, {"8.32", DomainShared}},
			detail: "ISMS owner (CISO / risk) and IT lead have the same holder: the ISMS owner would oversee and accept the risks of its own domain. " +
				"ISMS owner (CISO / risk) (A) and IT lead (R) have the same holder on 5.18 Corporate IT, 8.2 Shared infrastructure: one person approves and does the access or change work. " +
				"IT lead (A) and ISMS owner (CISO / risk) (R) have the same holder on 8.32 Shared infrastructure: one person approves and does the access or change work."},
		{name: "DeputyOfBothIsNoConflict", mod: func(a *Assessment) {
			for _, r := range []Role{RoleExecutive, RoleISMSOwner} {
				h := a.Holders[r]
				h.Deputy = "Same Deputy"
				a.Holders[r] = h
			}
		}},

		// role-not-confirmed
		{name: "NeverConfirmed", mod: hold(RoleHR, Holder{Name: "Holder 11", Deputy: "D"}), finding: FindingRoleNotConfirmed,
			roles: []Role{RoleHR}, detail: "No confirmation recorded: HR."},
		{name: "ConfirmedOverAYearAgo", mod: hold(RoleHR, Holder{Name: "Holder 11", Deputy: "D", Confirmed: "2025-06-29"}), finding: FindingRoleNotConfirmed,
			roles: []Role{RoleHR}, detail: "Last confirmed more than a year before 2026-06-30: HR."},
		// The integrator is bound by its contract, not by a confirmation.
		{name: "IntegratorNeedsNoConfirmation", mod: hold(RoleIntegrator, Holder{Name: "Example Automation GmbH"})},
		{name: "ConfirmedExactlyAYearAgo", mod: hold(RoleHR, Holder{Name: "Holder 11", Deputy: "D", Confirmed: "2025-06-30"})},
		// A vacancy has nobody to confirm it nor a deputy to name: it is
		// role-vacant's alone.
		{name: "VacantNeedsNoConfirmationNorDeputy", mod: hold(RoleHR, Holder{Name: "vacant (external adviser)"}), finding: FindingRoleVacant,
			roles: []Role{RoleHR}, detail: "Vacant in part, as the register records: HR (\u201cvacant (external adviser)\u201d)."},
		{name: "AsOfFromUpdated", mod: func(a *Assessment) {
			a.Profile.Date = ""
			a.Updated = "2027-02-01T10:00:00Z"
		}, finding: FindingRoleNotConfirmed, detail: "Last confirmed more than a year before 2027-02-01: Executive sponsor, ISMS owner (CISO / risk), Site / plant director, IT lead, OT / automation lead, Plant operations, Maintenance & engineering, Quality & validation, EHS / process safety, Legal & compliance, Data protection officer, HR, Procurement."},
		{name: "NoDateOnlyNever", mod: func(a *Assessment) { a.Profile.Date = "" }},

		// authority-no-acceptor
		{name: "NoAcceptor", mod: setAuth(RiskMedium, ContextOT, func(v *Authority) { v.Accept = "" }), finding: FindingAuthorityNoAcceptor,
			risks: []AuthorityKey{{RiskMedium, ContextOT}}, detail: "Nobody named to accept: Medium · Plant OT."},
		{name: "NoAcceptorShared", mod: setAuth(RiskHigh, ContextShared, func(v *Authority) { v.Accept = "" }), finding: FindingAuthorityNoAcceptor,
			risks: []AuthorityKey{{RiskHigh, ContextShared}}, detail: "Nobody named to accept: High · Shared IT/OT infrastructure."},
		{name: "TableBeforeSharedContext", mod: func(a *Assessment) {
			for _, l := range RiskLevels {
				delete(a.Authority, AuthorityKey{l, ContextShared})
			}
		}, finding: FindingAuthorityNoAcceptor, risks: []AuthorityKey{{RiskLow, ContextShared}, {RiskMedium, ContextShared}, {RiskHigh, ContextShared}, {RiskCritical, ContextShared}}},
		{name: "CriticalSharedBelowTop", mod: setAuth(RiskCritical, ContextShared, func(v *Authority) {
			v.Accept, v.Consult, v.Escalate = RoleISMSOwner, []Role{RoleIT, RoleOT}, RoleExecutive
		}), finding: FindingAuthorityCriticalBelowTop, detail: "Critical risks accepted below top management: Shared IT/OT infrastructure by ISMS owner (CISO / risk)."},
		{name: "PartialTable", mod: func(a *Assessment) {
			a.Authority = map[AuthorityKey]Authority{{RiskLow, ContextIT}: {Accept: RoleIT}}
		}, finding: FindingAuthorityNoAcceptor},
		{name: "TableNotStarted", mod: func(a *Assessment) { a.Authority = nil }},

		// authority-critical-below-top
		{name: "CriticalByISMSOwner", mod: setAuth(RiskCritical, ContextIT, func(v *Authority) {
			v.Accept, v.Consult, v.Escalate = RoleISMSOwner, []Role{RoleIT}, RoleExecutive
		}), finding: FindingAuthorityCriticalBelowTop, risks: []AuthorityKey{{RiskCritical, ContextIT}},
			detail: "Critical risks accepted below top management: Corporate IT by ISMS owner (CISO / risk)."},
		{name: "HighByISMSOwnerIsFine", mod: setAuth(RiskHigh, ContextIT, func(v *Authority) { v.Accept = RoleISMSOwner })},

		// authority-regulated-unheard
		{name: "RegulatedWithoutEHS", profile: safety, mod: setAuth(RiskLow, ContextRegulated, func(v *Authority) {
			v.Consult = []Role{RoleOT, RoleOperations}
		}), finding: FindingAuthorityRegulatedUnheard, risks: []AuthorityKey{{RiskLow, ContextRegulated}},
			detail: "Safety- or quality-relevant risks: Low without EHS / process safety."},
		{name: "RegulatedWithoutQuality", profile: gmp, mod: setAuth(RiskHigh, ContextRegulated, func(v *Authority) {
			v.Consult = nil
		}), finding: FindingAuthorityRegulatedUnheard, detail: "Safety- or quality-relevant risks: High without Quality & validation."},
		{name: "QualityAcceptsIsHeard", profile: gmp, mod: setAuth(RiskLow, ContextRegulated, func(v *Authority) {
			v.Accept, v.Consult, v.Escalate = RoleQuality, nil, RoleSite
		})},
		{name: "NoFlagsNoNeed", mod: setAuth(RiskLow, ContextRegulated, func(v *Authority) { v.Consult = nil })},
	}
	ids := map[string]bool{}
	for _, r := range findingRules {
		if r.register != nil {
			ids[r.id] = true
		}
	}
	fired := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := registered(t, tt.profile)
			if tt.mod != nil {
				tt.mod(&a)
			}
			var got []Finding
			for _, f := range FindingsWith(a, testBank, testControls) {
				if ids[f.ID] {
					got = append(got, f)
				}
			}
			if tt.finding == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1, "%v", got)
			f := got[0]
			fired[f.ID] = true
			assert.Equal(t, tt.finding, f.ID)
			assert.NotEmpty(t, f.Refs)
			assert.NotEmpty(t, f.Detail)
			if tt.roles != nil {
				assert.Equal(t, tt.roles, f.Roles)
			}
			if tt.risks != nil {
				assert.Equal(t, tt.risks, f.Risks)
			}
			if tt.cells != nil {
				assert.Equal(t, tt.cells, f.Cells)
			}
			if tt.detail != "" {
				assert.Equal(t, tt.detail, f.Detail)
			}
		})
	}
	for id := range ids {
		assert.True(t, fired[id], "no case fires %s", id)
	}
}

// The register findings never read the clock: the same record gives the
// same findings on any day.
func TestAsOf(t *testing.T) {
	assert.Equal(t, "2026-01-02", AsOf(Assessment{Profile: Profile{Date: "2026-01-02"}, Updated: "2027-01-01T00:00:00Z"}))
	assert.Equal(t, "2027-01-01", AsOf(Assessment{Updated: "2027-01-01T00:00:00Z"}))
	assert.Equal(t, "", AsOf(Assessment{Profile: Profile{Date: "soon"}}))
}

// The sample has a complete register and the preset table: none of their
// findings fires, so e2e tests see one appear when they break it.
func TestSampleRegisterClean(t *testing.T) {
	for n := range 6 {
		a := Sample(n, time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC))
		require.Len(t, a.Holders, len(RACIRoles))
		require.Len(t, a.Authority, len(RiskLevels)*len(RiskContexts))
		for _, f := range Findings(a) {
			assert.NotContains(t, []string{FindingRoleVacant, FindingRoleNoDeputy, FindingRolesConflict, FindingRoleNotConfirmed,
				FindingAuthorityNoAcceptor, FindingAuthorityCriticalBelowTop, FindingAuthorityRegulatedUnheard}, f.ID, "sample %d", n)
		}
	}
}

// RegisterFindings gives exactly the register findings of Findings.
func TestRegisterFindingsSubset(t *testing.T) {
	a := Sample(1, time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC))
	delete(a.Holders, RoleIT)
	h := a.Holders[RoleOT]
	h.Deputy = ""
	a.Holders[RoleOT] = h
	k := AuthorityKey{RiskCritical, ContextOT}
	v := a.Authority[k]
	v.Accept, v.Consult = RoleSite, nil
	a.Authority[k] = v
	var want []Finding
	for _, f := range Findings(a) {
		if len(f.Roles) > 0 || len(f.Risks) > 0 {
			want = append(want, f)
		}
	}
	got := RegisterFindings(a)
	require.Len(t, got, 3)
	assert.Equal(t, want, got)
}

// TestRecordsSummary: an empty register or authority table is said to be
// empty, a filled one is counted, and a written scheme GOV-05 reports is
// named while the table is empty or still the tool's proposal.
func TestRecordsSummary(t *testing.T) {
	full := registered(t, Profile{Plants: 2})
	full.Model = ModelFederated // the model its matrix and authority table were preset from
	require.NotEmpty(t, full.Holders[RoleISMSOwner].Name)
	n := len(RACIRoles)
	// Every row decided otherwise than the preset, then one row only.
	decided, partly := full, full
	decided.Authority, partly.Authority = map[AuthorityKey]Authority{}, maps.Clone(full.Authority)
	first := true
	for k, v := range full.Authority {
		v.Accept = RoleExecutive
		if full.Authority[k].Accept == RoleExecutive {
			v.Accept = RoleISMSOwner
		}
		decided.Authority[k] = v
		if first {
			partly.Authority[k], first = v, false
		}
	}
	tests := []struct {
		name string
		a    Assessment
		want []string
		lack []string
	}{{
		name: "nothing recorded",
		a:    Assessment{},
		want: []string{"The role register names nobody", "The risk-acceptance authority table is empty"},
		lack: []string{"GOV-05"},
	}, {
		name: "a written scheme outside the table",
		a:    Assessment{Answers: map[string]Answer{"GOV-05": {Rating: Rating2}}},
		want: []string{"The risk-acceptance authority table is empty", "GOV-05 reports a written acceptance scheme (answered \u201cDefined\u201d)"},
	}, {
		name: "no scheme",
		a:    Assessment{Answers: map[string]Answer{"GOV-05": {Rating: Rating1}}},
		want: []string{"The risk-acceptance authority table is empty"},
		lack: []string{"GOV-05"},
	}, {
		name: "one holder",
		a:    Assessment{Holders: map[Role]Holder{RoleOT: {Name: "J. Weber"}, RoleIT: {Deputy: "only a deputy"}}},
		want: []string{fmt.Sprintf("The role register names a holder for 1 of the %d roles.", n)},
		lack: []string{"names nobody"},
	}, {
		// An entry that says "vacant" names no holder: it is counted
		// apart, and a register of vacancies alone is not "nobody".
		name: "a vacant entry",
		a:    Assessment{Holders: map[Role]Holder{RoleOT: {Name: "J. Weber"}, RoleEHS: {Name: "vacant (external safety specialist)"}}},
		want: []string{fmt.Sprintf("The role register names a holder for 1 of the %d roles; 1 more entry records its role as vacant, in full or in part.", n)},
		lack: []string{"names nobody", "2 of the"},
	}, {
		name: "vacant entries only",
		a:    Assessment{Holders: map[Role]Holder{RoleOT: {Name: "Vakant"}, RoleEHS: {Name: "unbesetzt"}}},
		want: []string{fmt.Sprintf("The role register names a holder for 0 of the %d roles; 2 more entries record their roles as vacant, in full or in part.", n)},
		lack: []string{"names nobody"},
	}, {
		// The authority table as the model presets it is a proposal, not a
		// decision.
		name: "full records, authority as preset, no scheme",
		a:    withAnswer(full, "GOV-05", Rating1),
		want: []string{fmt.Sprintf("The role register names a holder for %d of the %d roles.", n, n), "The risk-acceptance authority table is the tool's proposal for the Federated model, unchanged: until top management decides it, nobody is recorded as entitled"},
		lack: []string{"empty", "GOV-05", "names who accepts"},
	}, {
		// A written scheme GOV-05 reports is the organisation's decision:
		// saying nobody is entitled would contradict the answer.
		name: "authority as preset beside a written scheme",
		a:    withAnswer(full, "GOV-05", Rating3),
		want: []string{"The risk-acceptance authority table is the tool's proposal for the Federated model, unchanged, while GOV-05 reports the organisation's own written acceptance scheme (answered \u201cImplemented\u201d): compare the two"},
		lack: []string{"empty", "nobody is recorded as entitled", "names who accepts"},
	}, {
		name: "authority decided",
		a:    decided,
		want: []string{"The risk-acceptance authority table names who accepts the risk in"},
		lack: []string{"the tool's proposal", "unchanged"},
	}, {
		name: "authority partly decided",
		a:    partly,
		want: []string{"The risk-acceptance authority table names who accepts the risk in", "of its rows are still the tool's proposal for the Federated model"},
	}, {
		// A named ISMS owner whom GOV-01 denies is stated, not glossed.
		name: "register against GOV-01",
		a:    withAnswer(full, "GOV-01", Rating0),
		want: []string{"It names " + full.Holders[RoleISMSOwner].Name + " as ISMS owner, but GOV-01 is answered \u201cNot in place\u201d"},
	}, {
		// A vacant entry names nobody whom GOV-01 could deny.
		name: "vacant ISMS owner against GOV-01",
		a: Assessment{
			Holders: map[Role]Holder{RoleISMSOwner: {Name: "vacant since March"}},
			Answers: map[string]Answer{"GOV-01": {Rating: Rating0}},
		},
		lack: []string{"but GOV-01", "as ISMS owner"},
	}, {
		name: "register agreeing with GOV-01",
		a:    withAnswer(full, "GOV-01", Rating3),
		lack: []string{"but GOV-01"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(RecordsSummary(tt.a), " ")
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, l := range tt.lack {
				assert.NotContains(t, got, l)
			}
		})
	}
}

// withAnswer is a with the answer to id rated r.
func withAnswer(a Assessment, id string, r Rating) Assessment {
	a.Answers = maps.Clone(a.Answers)
	if a.Answers == nil {
		a.Answers = map[string]Answer{}
	}
	a.Answers[id] = Answer{Rating: r}
	return a
}

// TestSaysVacant: the words people write for a role nobody holds mark the
// entry vacant as whole words, in both languages; names that merely
// contain them do not.
func TestSaysVacant(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"", false},
		{"J. Weber", false},
		{"vacant", true},
		{"Vacant (external safety specialist)", true},
		{"G. Example (Plant 1); Plant 2 vacant", true},
		{"one per plant (two named, two open)", true},
		{"Werk 2: offen", true},
		{"unbesetzt", true},
		{"Vakant seit März", true},
		{"TBD", true},
		{"N.N.", true},
		{"N.N. (Werk Süd)", true},
		{"R. Openshaw", false},
		{"Offenbach plant: K. Example", false},
		{"Example Opening Services GmbH", false},
		{"N. Newman", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, SaysVacant(tt.name), "%q", tt.name)
	}
}
