package assessment

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// healthy returns an assessment that raises no flag against the test bank:
// every question at level 3 and the federated preset as matrix.
func healthy(t *testing.T) Assessment {
	t.Helper()
	m, err := PresetWith(ModelFederated, testControls, Profile{})
	if err != nil {
		t.Fatal(err)
	}
	a := Assessment{Answers: map[string]Answer{}, Matrix: m}
	for _, q := range testBank {
		a.Answers[q.ID] = Answer{Rating: Rating3}
	}
	return a
}

// giveA makes role the only A of the given rows, keeping other letters
// (a former A/R keeps its R).
func giveA(m Matrix, role Role, keys ...CellKey) Matrix {
	for _, k := range keys {
		for r, l := range m[k] {
			switch l {
			case LetterAccountable:
				m = SetLetter(m, k, r, LetterNone)
			case LetterAccountableResponsible:
				m = SetLetter(m, k, r, LetterResponsible)
			}
		}
		m = SetLetter(m, k, role, LetterAccountable)
	}
	return m
}

func rows(controls []string, domains ...Domain) []CellKey {
	if len(domains) == 0 {
		domains = Domains
	}
	var out []CellKey
	for _, c := range controls {
		for _, d := range domains {
			out = append(out, CellKey{c, d})
		}
	}
	return out
}

func TestFindingsWith(t *testing.T) {
	rate := func(pairs ...string) func(*Assessment) {
		return func(a *Assessment) {
			for id, ans := range answers(pairs...) {
				a.Answers[id] = ans
			}
		}
	}
	withCTL03 := slices.Concat(testBank, []Question{{ID: "CTL-03", Area: "CTL", Applies: AppliesOT, Weight: 2, InterfaceRisk: 2}})
	withPRA08 := slices.Concat(testBank, []Question{{ID: "PRA-08", Area: "PRA", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2}})
	tests := []struct {
		name string
		mod  func(*Assessment)
		bank []Question // testBank when nil
		want []string   // finding IDs, in the expected order
		// For the finding of (the first when ""), when set:
		of        string
		questions []string
		cells     []CellKey
	}{
		{name: "Healthy"},
		{name: "Empty", mod: func(a *Assessment) { *a = Assessment{} }, want: []string{FindingMatrixNotStarted}},
		{name: "CentralisedPresetHealthy", mod: func(a *Assessment) { a.Matrix, _ = PresetWith(ModelCentralised, testControls, Profile{}) }},
		{name: "ExecutiveLedPresetHealthy", mod: func(a *Assessment) { a.Matrix, _ = PresetWith(ModelExecutiveLed, testControls, Profile{}) }},
		{name: "RegulatedPresetHealthy", mod: func(a *Assessment) {
			a.Profile = Profile{Validated: true, SafetyCritical: true}
			a.Matrix, _ = PresetWith(ModelFederated, testControls, a.Profile)
		}},
		{name: "LevelTwoIsNotAFlag", mod: rate("GOV-01=2", "GOV-02=2", "GOV-09=2", "CHG-01=2", "INC-01=2", "PRA-01=2")},
		{name: "NotApplicableIsNotAFlag", mod: rate("GOV-05=na", "CHG-01=na", "INC-01=na")},
		// Except on a requirement of clauses 4 to 10, which cannot be
		// excluded (ISO/IEC 27001 clause 1).
		{name: "NotApplicableOnARequirement", mod: rate("GOV-01=na", "GOV-05=na", "GOV-08=na"), want: []string{FindingRequirementExcluded}, questions: []string{"GOV-01", "GOV-08"}},
		{name: "UnansweredIsNotAFlag", mod: func(a *Assessment) { a.Answers = map[string]Answer{"GOV-01": {Note: "ask the CIO"}} }},

		{name: "NoSingleOwnerAnswer", mod: rate("GOV-01=1"), want: []string{FindingNoSingleOwner}, questions: []string{"GOV-01"}},
		{name: "NoSingleOwnerUnknown", mod: rate("GOV-01=unknown"), want: []string{FindingNoSingleOwner}},
		{name: "NoSingleOwnerQuestionNotInBank", mod: rate("GOV-01=0"), bank: testBank[1:]},
		{name: "NoSingleOwnerSplitAcrossRows",
			mod: func(a *Assessment) {
				delete(a.Answers, "GOV-01")
				a.Matrix = giveA(a.Matrix, RoleIT, CellKey{"5.2", DomainIT})
			},
			// The IT lead as A on 5.2 also takes it from top management.
			want:  []string{FindingManagementNotAccountable, FindingNoSingleOwner},
			of:    FindingNoSingleOwner,
			cells: rows([]string{"5.1", "5.2", "5.3", "5.4"})},
		{name: "NoSingleOwnerSeveralInRow",
			mod: func(a *Assessment) {
				a.Answers["GOV-01"] = Answer{Rating: Rating2}
				a.Matrix = SetLetter(a.Matrix, CellKey{"5.3", DomainOT}, RoleOT, LetterAccountable)
			},
			want: []string{FindingNoSingleOwner, FindingMatrixAccountable}},
		{name: "NoSingleOwnerAnsweredStrongWinsOverMatrix",
			// GOV-01 at 3 says one person is accountable: no finding may
			// say the opposite; the row with two A is still named.
			mod: func(a *Assessment) {
				a.Matrix = SetLetter(a.Matrix, CellKey{"5.3", DomainOT}, RoleOT, LetterAccountable)
			},
			want: []string{FindingMatrixAccountable}},

		{name: "OwnerNotEnterpriseAnswer", mod: rate("GOV-02=0"), want: []string{FindingOwnerNotEnterprise}, questions: []string{"GOV-02"}},
		{name: "OwnerNotEnterpriseITHoldsA",
			mod: func(a *Assessment) {
				delete(a.Answers, "GOV-02")
				a.Matrix = giveA(a.Matrix, RoleIT, rows([]string{"5.1", "5.2", "5.3", "5.4"})...)
			},
			want:  []string{FindingManagementNotAccountable, FindingOwnerNotEnterprise},
			of:    FindingOwnerNotEnterprise,
			cells: rows([]string{"5.1", "5.2"})},
		{name: "OwnerNotEnterpriseOTHoldsOneRow",
			// OT holds A on 5.1/ot only: accountability is split, but
			// the ISMS owner still holds the other rows, so the owner
			// is not "IT or OT only".
			mod: func(a *Assessment) {
				delete(a.Answers, "GOV-01")
				a.Matrix = giveA(a.Matrix, RoleOT, CellKey{"5.1", DomainOT})
				a.Matrix = SetLetter(a.Matrix, CellKey{"5.1", DomainOT}, RoleOperations, LetterResponsible)
			},
			want: []string{FindingManagementNotAccountable, FindingNoSingleOwner}},

		{name: "OwnerWithoutLevers", mod: rate("GOV-03=1"), want: []string{FindingOwnerWithoutLevers}},
		{name: "NoRiskAcceptanceRiskOwners", mod: rate("GOV-09=0"), want: []string{FindingRiskNotAccepted}, questions: []string{"GOV-09"}},
		{name: "NoRiskAcceptanceAuthority", mod: rate("GOV-05=unknown"), want: []string{FindingNoRiskAcceptance}, questions: []string{"GOV-05"}},
		{name: "NoRiskAcceptanceBoth", mod: rate("GOV-09=1", "GOV-05=1"), want: []string{FindingNoRiskAcceptance, FindingRiskNotAccepted}, questions: []string{"GOV-05"}},
		{name: "PaperRolesLeaver", mod: rate("ROL-07=0"), want: []string{FindingRolesHeldByLeavers}, questions: []string{"ROL-07"}},
		{name: "NoSteeringGroup", mod: rate("GOV-06=1"), want: []string{FindingNoSteeringGroup}},
		{name: "ScopeGapsPlants", mod: rate("SCO-01=0"), want: []string{FindingScopeGaps}, questions: []string{"SCO-01"}},
		{name: "ScopeGapsShared", mod: rate("SCO-02=unknown"), want: []string{FindingSharedComponentsNoOwner}, questions: []string{"SCO-02"}},
		{name: "RACINotSeparated", mod: rate("ROL-01=0"), want: []string{FindingRACINotSeparated}},

		{name: "MatrixNoAccountable",
			mod: func(a *Assessment) {
				a.Matrix = SetLetter(a.Matrix, CellKey{"8.20", DomainIT}, RoleIT, LetterResponsible)
			},
			want:  []string{FindingMatrixAccountable},
			cells: []CellKey{{"8.20", DomainIT}}},
		{name: "OTNoResponsible",
			mod: func(a *Assessment) {
				a.Matrix = SetLetter(a.Matrix, CellKey{"8.20", DomainOT}, RoleOT, LetterAccountable)
			},
			want:  []string{FindingOTNoResponsible},
			cells: []CellKey{{"8.20", DomainOT}}},
		{name: "ITNoResponsible",
			// Corporate IT rows are held to the R rule too.
			mod: func(a *Assessment) {
				a.Matrix = SetLetter(a.Matrix, CellKey{"8.20", DomainIT}, RoleIT, LetterAccountable)
			},
			want:  []string{FindingNoResponsible},
			cells: []CellKey{{"8.20", DomainIT}}},
		{name: "ManagementNotAccountable",
			mod: func(a *Assessment) {
				k := CellKey{"5.4", DomainIT}
				a.Matrix = SetLetter(SetLetter(a.Matrix, k, RoleExecutive, LetterInformed), k, RoleISMSOwner, LetterAccountableResponsible)
			},
			want:  []string{FindingManagementNotAccountable},
			cells: []CellKey{{"5.4", DomainIT}}},
		{name: "SharedSideMissing",
			mod: func(a *Assessment) {
				a.Matrix[CellKey{"8.20", DomainShared}] = RACI{RoleIT: LetterAccountableResponsible}
			},
			want:  []string{FindingSharedSideMissing},
			cells: []CellKey{{"8.20", DomainShared}}},
		{name: "SharedNoOwner",
			mod: func(a *Assessment) {
				a.Matrix[CellKey{"8.20", DomainShared}] = RACI{RoleIT: LetterConsulted, RoleOT: LetterConsulted}
			},
			want:  []string{FindingSharedNoOwner},
			cells: []CellKey{{"8.20", DomainShared}}},
		{name: "MatrixGaps",
			mod: func(a *Assessment) {
				delete(a.Matrix, CellKey{"8.32", DomainOT})
				delete(a.Matrix, CellKey{"8.24", DomainOT}) // low relevance: undecided, not a gap that matters
				delete(a.Matrix, CellKey{"5.1", DomainShared})
			},
			want:  []string{FindingMatrixGaps, FindingMatrixIncomplete},
			cells: []CellKey{{"5.1", DomainShared}, {"8.32", DomainOT}}},
		{name: "EmptyMatrixIsNotStartedNotGaps", mod: func(a *Assessment) { a.Matrix = nil }, want: []string{FindingMatrixNotStarted}},
		{name: "MatrixMostlyEmpty",
			mod: func(a *Assessment) {
				for k := range a.Matrix {
					if k.Domain != DomainIT {
						delete(a.Matrix, k)
					}
				}
			},
			// 12 of 36 rows: the gaps that matter are named as well.
			want: []string{FindingMatrixMostlyEmpty, FindingMatrixGaps}},
		{name: "QualityNotConsulted",
			mod: func(a *Assessment) {
				a.Profile.Validated = true
				a.Matrix = SetLetter(a.Matrix, CellKey{"8.32", DomainOT}, RoleQuality, LetterNone)
			},
			want:  []string{FindingQualityNotConsulted},
			cells: []CellKey{{"8.32", DomainOT}}},
		{name: "SafetyNotConsultedAfterProfileChange",
			// The preset was built for a site without a safety-critical
			// process (EHS informed); ticking it later raises the flag.
			mod:   func(a *Assessment) { a.Profile.SafetyCritical = true },
			want:  []string{FindingSafetyNotConsulted},
			cells: []CellKey{{"5.24", DomainOT}, {"8.32", DomainOT}}},
		{name: "VendorOwnsControl",
			mod: func(a *Assessment) {
				// A vendor may do work beside an internal R; it may not answer for the control.
				a.Matrix = giveA(a.Matrix, RoleIntegrator, CellKey{"8.20", DomainOT})
			},
			want:  []string{FindingVendorOwnsControl},
			cells: []CellKey{{"8.20", DomainOT}}},
		{name: "DutiesNotSeparated",
			mod: func(a *Assessment) {
				a.Matrix = SetLetter(a.Matrix, CellKey{"8.32", DomainIT}, RoleISMSOwner, LetterNone)
				a.Matrix = SetLetter(a.Matrix, CellKey{"8.32", DomainIT}, RoleIT, LetterAccountableResponsible)
			},
			want:  []string{FindingDutiesNotSeparated},
			cells: []CellKey{{"8.32", DomainIT}}},
		{name: "OwnerCannotAct",
			mod:   func(a *Assessment) { a.Matrix = giveA(a.Matrix, RoleProcurement, CellKey{"8.20", DomainOT}) },
			want:  []string{FindingOwnerCannotAct},
			cells: []CellKey{{"8.20", DomainOT}}},

		{name: "ChangesIgnoreDowntime", mod: rate("CHG-01=1"), want: []string{FindingChangesIgnoreDowntime}, questions: []string{"CHG-01"}},
		// CHG-01 at 3 says changes are planned around plant constraints: a
		// weak CHG-02 raises its own finding, never the downtime one.
		{name: "ChangesBypassMOC", mod: rate("CHG-02=0"), want: []string{FindingChangesBypassMOC}, questions: []string{"CHG-02"}},
		{name: "ChangesBothWeak",
			mod: func(a *Assessment) {
				rate("CHG-01=0", "CHG-02=1")(a)
				a.Profile.SafetyCritical = true
				a.Matrix, _ = PresetWith(ModelFederated, testControls, a.Profile)
			},
			want:      []string{FindingChangesBypassMOC, FindingChangesIgnoreDowntime},
			questions: []string{"CHG-02"}},
		{name: "OTIncidentsIsolated", mod: rate("INC-01=unknown"), want: []string{FindingOTIncidentsIsolated}},
		{name: "PaperRoles", mod: rate("PRA-01=0"), want: []string{FindingPaperRoles}},
		{name: "SharedServicesNoSplit", mod: rate("CTL-02=1"), want: []string{FindingSharedServicesNoSplit}},
		// An agreement in writing, if not yet followed everywhere, is no
		// longer a missing split.
		{name: "SharedServicesSplitDefined", mod: rate("CTL-02=2")},
		{name: "OTMonitoringMissing", mod: rate("CTL-03=0"), bank: withCTL03, want: []string{FindingOTMonitoringMissing}},
		{name: "OTMonitoringDefined", mod: rate("CTL-03=2"), bank: withCTL03},
		{name: "ProviderUnmanaged", mod: rate("PRA-08=1"), bank: withPRA08, want: []string{FindingProviderUnmanaged}},
		{name: "ProviderManaged", mod: rate("PRA-08=2"), bank: withPRA08},

		{name: "SortedBySeverityThenID",
			mod: rate("PRA-01=0", "CHG-02=0", "GOV-06=1", "GOV-01=0", "ROL-01=1", "SCO-01=1"),
			want: []string{FindingChangesBypassMOC, FindingNoSingleOwner, FindingScopeGaps,
				FindingNoSteeringGroup, FindingPaperRoles, FindingRACINotSeparated}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := healthy(t)
			if tt.mod != nil {
				tt.mod(&a)
			}
			bank := tt.bank
			if bank == nil {
				bank = testBank
			}
			got := FindingsWith(a, bank, testControls)
			var ids []string
			for _, f := range got {
				ids = append(ids, f.ID)
				if f.Title == "" || f.Reason == "" || f.Step == "" || len(f.Refs) == 0 && len(f.Questions) == 0 || f.Severity.Rank() >= len(Severities) {
					t.Errorf("finding %s incomplete: %+v", f.ID, f)
				}
				if len(f.Questions) == 0 && len(f.Cells) == 0 && f.Detail == "" {
					t.Errorf("finding %s names neither questions nor cells nor figures", f.ID)
				}
			}
			if !slices.Equal(ids, tt.want) {
				t.Fatalf("findings = %v, want %v", ids, tt.want)
			}
			if len(got) == 0 {
				return
			}
			subject := got[0]
			if tt.of != "" {
				subject = got[slices.Index(ids, tt.of)]
			}
			if tt.questions != nil && !slices.Equal(subject.Questions, tt.questions) {
				t.Errorf("%s questions = %v, want %v", subject.ID, subject.Questions, tt.questions)
			}
			if tt.cells != nil && !slices.Equal(subject.Cells, tt.cells) {
				t.Errorf("%s cells = %v, want %v", subject.ID, subject.Cells, tt.cells)
			}
		})
	}
}

func TestFindingsUsesBuiltInContent(t *testing.T) {
	// GOV-01 is a contract question: it must be in the shipped bank and
	// fire through the parameterless entry point.
	a := Assessment{Answers: answers("GOV-01=0")}
	a.Matrix, _ = Preset(ModelFederated, a.Profile)
	got := Findings(a)
	if len(got) == 0 || got[0].ID != FindingNoSingleOwner {
		t.Errorf("Findings = %+v, want %s first", got, FindingNoSingleOwner)
	}
}

func TestFindingUnasked(t *testing.T) {
	assert.True(t, Finding{ID: "matrix-gaps", Cells: []CellKey{{Control: "5.1", Domain: DomainOT}}}.Unasked())
	assert.False(t, Finding{ID: "no-single-owner", Questions: []string{"GOV-01"}}.Unasked())
}

// TestHelpsClose checks what the action plan lists as the findings an
// action works towards closing: every finding its question raised, and
// every finding it is related to, in the findings' order, each named by
// its severity and title; none for an action the consultant added ("").
func TestHelpsClose(t *testing.T) {
	fs := []Finding{
		{ID: "a", Severity: SeverityCritical, Title: "First", Questions: []string{"GOV-01", "GOV-03"}},
		{ID: "b", Severity: SeverityMedium, Title: "Second", Questions: []string{"GOV-03"}},
		{ID: "c", Severity: SeverityHigh, Title: "On the matrix only"},
		{ID: "d", Severity: SeverityHigh, Title: "Matrix half empty", Related: "CTL-01"},
		{ID: "e", Severity: SeverityMedium, Title: "Rows that matter", Questions: []string{"CTL-02"}, Related: "CTL-01"},
	}
	tests := []struct {
		question string
		want     []string
	}{
		{"GOV-01", []string{"Critical: First"}},
		{"GOV-03", []string{"Critical: First", "Medium: Second"}},
		{"GOV-02", nil},
		{"CTL-01", []string{"High: Matrix half empty", "Medium: Rows that matter"}},
		{"CTL-02", []string{"Medium: Rows that matter"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range HelpsClose(fs, tt.question) {
			got = append(got, f.Line())
		}
		assert.Equal(t, tt.want, got, tt.question)
	}
}

// TestMatrixRatingContradicted checks the sentence a matrix-state finding
// adds when CTL-01, which asks whether the matrix is recorded, is rated
// higher than the matrix bears out, and that the finding names CTL-01 as
// the question whose action works on it.
func TestMatrixRatingContradicted(t *testing.T) {
	preset, err := PresetWith(ModelFederated, testControls, Profile{})
	require.NoError(t, err)
	keep := func(ok func(CellKey) bool) Matrix {
		m := Matrix{}
		for k, v := range preset {
			if ok(k) {
				m[k] = v
			}
		}
		return m
	}
	none := func(CellKey) bool { return false }
	itOnly := func(k CellKey) bool { return k.Domain == DomainIT }
	allBut := func(k CellKey) bool { return k != CellKey{"8.24", DomainOT} }
	withoutCTL01 := slices.DeleteFunc(slices.Clone(testBank), func(q Question) bool { return q.ID == "CTL-01" })
	tests := []struct {
		name    string
		rating  Rating
		matrix  func(CellKey) bool
		bank    []Question // testBank when nil
		finding string
		want    bool // the sentence is there
	}{
		{"NotStartedRatedDefined", Rating2, none, nil, FindingMatrixNotStarted, true},
		{"NotStartedRatedInitial", Rating1, none, nil, FindingMatrixNotStarted, false},
		{"NotStartedUnknown", RatingUnknown, none, nil, FindingMatrixNotStarted, false},
		{"NotStartedNotApplicable", RatingNotApplicable, none, nil, FindingMatrixNotStarted, false},
		{"NotStartedUnanswered", RatingNone, none, nil, FindingMatrixNotStarted, false},
		{"MostlyEmptyRatedImproved", Rating4, itOnly, nil, FindingMatrixMostlyEmpty, true},
		{"MostlyEmptyRatedInitial", Rating1, itOnly, nil, FindingMatrixMostlyEmpty, false},
		// Defined (2) is written down, not yet applied everywhere: a few
		// undecided rows do not gainsay it; Implemented (3) means none.
		{"IncompleteRatedDefined", Rating2, allBut, nil, FindingMatrixIncomplete, false},
		{"IncompleteRatedImplemented", Rating3, allBut, nil, FindingMatrixIncomplete, true},
		{"NotAsked", Rating4, none, withoutCTL01, FindingMatrixNotStarted, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bank := tt.bank
			if bank == nil {
				bank = testBank
			}
			a := Assessment{Matrix: keep(tt.matrix), Answers: map[string]Answer{}}
			if tt.rating != RatingNone {
				a.Answers["CTL-01"] = Answer{Rating: tt.rating}
			}
			f, ok := findingByID(FindingsWith(a, bank, testControls), tt.finding)
			require.True(t, ok, "%s is raised", tt.finding)
			sentence := "CTL-01 is answered " + tt.rating.Label() + " (level " + string(tt.rating) + "), but the matrix here does not show that."
			if tt.want {
				assert.Contains(t, f.Detail, sentence)
			} else {
				assert.NotContains(t, f.Detail, "the matrix here does not show that")
			}
			if tt.bank == nil {
				assert.Equal(t, "CTL-01", f.Related)
			} else {
				assert.Empty(t, f.Related)
			}
		})
	}
}

// TestNoAuthorityToStopSeverity: nobody on site in plant-floor incident
// response is high, and critical where the process is safety-critical,
// as the answer-based finding on isolation authority is.
func TestNoAuthorityToStopSeverity(t *testing.T) {
	for _, tt := range []struct {
		name   string
		safety bool
		want   Severity
	}{{"NotSafetyCritical", false, SeverityHigh}, {"SafetyCritical", true, SeverityCritical}} {
		t.Run(tt.name, func(t *testing.T) {
			a := New("a", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
			a.Profile.SafetyCritical = tt.safety
			m, err := Preset(ModelFederated, a.Profile)
			require.NoError(t, err)
			a.Matrix = m
			a.Matrix[CellKey{"5.26", DomainOT}] = RACI{RoleOT: LetterAccountableResponsible, RoleEHS: LetterConsulted}
			i := slices.IndexFunc(Findings(a), func(f Finding) bool { return f.ID == FindingNoAuthorityToStop })
			require.GreaterOrEqual(t, i, 0, "the finding is raised")
			assert.Equal(t, tt.want, Findings(a)[i].Severity)
		})
	}
}

// TestSiteAndFunctionFindings: the checks on the site's part in plant
// continuity and premises and on supporting functions each raise a
// finding, and an empty plant-floor incident-response row raises the
// finding on the authority to stop once the matrix is started.
func TestSiteAndFunctionFindings(t *testing.T) {
	dpo := map[Role]Holder{RoleDPO: {Name: "M. Weber"}}
	tests := []struct {
		name    string
		safety  bool
		holders map[Role]Holder
		key     CellKey
		row     RACI // nil deletes the row
		empty   bool // start from an untouched matrix
		want    string
		sev     Severity
	}{
		{name: "EmptyPlantResponse", key: CellKey{"5.26", DomainOT}, want: FindingNoAuthorityToStop, sev: SeverityHigh},
		{name: "EmptyPlantResponseSafety", safety: true, key: CellKey{"5.26", DomainOT}, want: FindingNoAuthorityToStop, sev: SeverityCritical},
		{name: "UntouchedMatrix", empty: true, key: CellKey{"5.26", DomainOT}},
		{name: "PlantContinuityNoSite", key: CellKey{"5.29", DomainOT}, row: RACI{RoleOT: LetterAccountableResponsible, RoleSite: LetterConsulted, RoleOperations: LetterConsulted}, want: FindingNoPlantHands, sev: SeverityHigh},
		// High in a safety-critical process too: the decision to stop or
		// isolate is no-authority-to-stop's (5.26).
		{name: "PlantContinuityNoSiteSafety", safety: true, key: CellKey{"5.30", DomainOT}, row: RACI{RoleOT: LetterAccountableResponsible, RoleEHS: LetterConsulted}, want: FindingNoPlantHands, sev: SeverityHigh},
		{name: "PlantEntryCentral", key: CellKey{"7.2", DomainOT}, row: RACI{RoleISMSOwner: LetterAccountable, RoleOT: LetterResponsible, RoleSite: LetterConsulted}, want: FindingSiteNotOnPremises, sev: SeverityMedium},
		{name: "ScreeningWithoutHR", key: CellKey{"6.1", DomainIT}, row: RACI{RoleISMSOwner: LetterAccountable, RoleIT: LetterResponsible}, want: FindingFunctionLeftOut, sev: SeverityMedium},
		{name: "NamedDPOLeftOut", holders: dpo, key: CellKey{"5.34", DomainIT}, row: RACI{RoleISMSOwner: LetterAccountable, RoleLegal: LetterResponsible}, want: FindingFunctionLeftOut, sev: SeverityMedium},
		{name: "NoDPONamed", key: CellKey{"5.34", DomainIT}, row: RACI{RoleISMSOwner: LetterAccountable, RoleLegal: LetterResponsible}},
	}
	matrixFindings := []string{FindingNoAuthorityToStop, FindingNoPlantHands, FindingSiteNotOnPremises, FindingFunctionLeftOut}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := New("a", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
			a.Profile.SafetyCritical = tt.safety
			a.Holders = tt.holders
			if !tt.empty {
				m, err := Preset(ModelFederated, a.Profile)
				require.NoError(t, err)
				a.Matrix = m
			}
			if tt.row == nil {
				delete(a.Matrix, tt.key)
			} else {
				a.Matrix[tt.key] = tt.row
			}
			var got []Finding
			for _, f := range Findings(a) {
				if slices.Contains(matrixFindings, f.ID) {
					got = append(got, f)
				}
			}
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1, "one of the site and function findings")
			assert.Equal(t, tt.want, got[0].ID)
			assert.Equal(t, tt.sev, got[0].Severity)
			assert.Equal(t, []CellKey{tt.key}, got[0].Cells, "the row that raises it")
		})
	}
}

// TestRequiredQuestions: the questions on a requirement that cannot be
// excluded cite it (a clause of 4 to 10 of ISO/IEC 27001, or an article
// of NIS2 on a question asked only of NIS2 entities), are exactly the
// questions of the finding for their kind of requirement, count "not
// applicable" as level 0 in the score and, rated 0, raise a finding of
// their own.
func TestRequiredQuestions(t *testing.T) {
	excludedBy := map[RefKind]string{RefClause: FindingRequirementExcluded, RefNIS2: FindingNIS2DutyExcluded}
	required := map[RefKind][]string{}
	for _, q := range Questions() {
		if q.Required == (Ref{}) {
			assert.False(t, q.Excluded(RatingNotApplicable), q.ID)
			assert.Empty(t, q.WhyRequired(), q.ID)
			continue
		}
		required[q.Required.Kind] = append(required[q.Required.Kind], q.ID)
		assert.Contains(t, q.Refs, q.Required, "%s cites the requirement it asks about", q.ID)
		assert.NotEmpty(t, q.WhyRequired(), q.ID)
		assert.Contains(t, q.WhyRequired(), q.Required.ID, q.ID)
		switch q.Required.Kind {
		case RefClause:
			n, err := strconv.Atoi(strings.SplitN(q.Required.ID, ".", 2)[0])
			require.NoError(t, err, q.ID)
			assert.True(t, n >= 4 && n <= 10, "%s: clause %s is not one of 4 to 10", q.ID, q.Required.ID)
		case RefNIS2:
			// An article binds only an entity in NIS2's scope, and only
			// such an entity is asked the question.
			assert.Equal(t, WhenNIS2, q.When, q.ID)
		default:
			t.Errorf("%s: a %s reference is not a requirement that cannot be excluded", q.ID, q.Required.Kind)
		}
		assert.True(t, q.Excluded(RatingNotApplicable), q.ID)
		assert.False(t, q.Excluded(Rating0), q.ID)

		bank := []Question{q}
		na := ScoreWith(bank, Areas(), map[string]Answer{q.ID: {Rating: RatingNotApplicable}})
		zero := ScoreWith(bank, Areas(), map[string]Answer{q.ID: {Rating: Rating0}})
		assert.Equal(t, zero.HasScore, na.HasScore, q.ID)
		assert.Equal(t, zero.Overall, na.Overall, "%s: not applicable scores as level 0", q.ID)
		fs := FindingsWith(Assessment{Answers: map[string]Answer{q.ID: {Rating: RatingNotApplicable}}}, bank, nil)
		assert.True(t, slices.ContainsFunc(fs, func(f Finding) bool {
			return f.ID == excludedBy[q.Required.Kind] && slices.Contains(f.Questions, q.ID)
		}), "%s answered not applicable raises %s", q.ID, excludedBy[q.Required.Kind])
		// Not in place is no better than not applicable: a requirement
		// rated 0 raises a finding of its own.
		fs = FindingsWith(Assessment{Answers: map[string]Answer{q.ID: {Rating: Rating0}}}, bank, nil)
		assert.True(t, slices.ContainsFunc(fs, func(f Finding) bool {
			return f.ID != excludedBy[q.Required.Kind] && slices.Contains(f.Questions, q.ID)
		}), "%s at 0 raises a finding", q.ID)
	}
	for kind, id := range excludedBy {
		i := slices.IndexFunc(findingRules, func(r findingRule) bool { return r.id == id })
		require.GreaterOrEqual(t, i, 0, id)
		assert.True(t, findingRules[i].excluded, id)
		assert.ElementsMatch(t, required[kind], findingRules[i].questions, id)
	}
	assert.Len(t, required[RefClause], 6)
	assert.Len(t, required[RefNIS2], 4)
}

// TestNIS2StatusUnknown: a profile that records the NIS2 status as not
// known raises nis2-status-unknown and says so; any other status, and a
// status left empty, raises nothing.
func TestNIS2StatusUnknown(t *testing.T) {
	for _, tt := range []struct {
		nis2  string
		fires bool
	}{
		{"", false},
		{NIS2Unknown, true},
		{NIS2Essential, false},
		{NIS2Important, false},
		{NIS2OutOfScope, false},
	} {
		t.Run("status="+tt.nis2, func(t *testing.T) {
			fs := Findings(Assessment{Profile: Profile{NIS2: tt.nis2}, Answers: map[string]Answer{}})
			i := slices.IndexFunc(fs, func(f Finding) bool { return f.ID == FindingNIS2StatusUnknown })
			if !tt.fires {
				assert.Equal(t, -1, i)
				return
			}
			require.GreaterOrEqual(t, i, 0)
			f := fs[i]
			assert.Equal(t, SeverityHigh, f.Severity)
			assert.Equal(t, "The profile records the NIS2 status as \u201cNot known yet\u201d.", f.Detail)
			assert.Contains(t, f.Refs, clause("4.2"))
			assert.Empty(t, f.Questions)
		})
	}
}

// TestVendorContractsHighForNIS2: OT vendor contracts without security
// requirements are a medium finding, and a high one citing NIS2 Art.
// 21(2)(d) for an essential or important entity; the action on INT-04
// follows its finding's severity.
func TestVendorContractsHighForNIS2(t *testing.T) {
	for _, tt := range []struct {
		nis2 string
		want Severity
	}{
		{"", SeverityMedium},
		{NIS2OutOfScope, SeverityMedium},
		{NIS2Unknown, SeverityMedium},
		{NIS2Important, SeverityHigh},
		{NIS2Essential, SeverityHigh},
	} {
		t.Run("status="+tt.nis2, func(t *testing.T) {
			a := Assessment{Profile: Profile{NIS2: tt.nis2}, Answers: map[string]Answer{"INT-04": {Rating: Rating0}}}
			fs := Findings(a)
			i := slices.IndexFunc(fs, func(f Finding) bool { return f.ID == FindingVendorContracts })
			require.GreaterOrEqual(t, i, 0)
			assert.Equal(t, tt.want, fs[i].Severity)
			assert.Equal(t, tt.want == SeverityHigh, slices.Contains(fs[i].Refs, nis2("21(2)(d)")), "cites NIS2 Art. 21(2)(d) for a NIS2 entity only")
			acts := Actions(a)
			j := slices.IndexFunc(acts, func(x Action) bool { return x.Question == "INT-04" })
			require.GreaterOrEqual(t, j, 0)
			assert.Equal(t, tt.want, acts[j].Gap, "the action's finding severity")
		})
	}
}

// TestFindingAddressedBy: only a finding no answer raised, with a related
// question whose action is in the plan, is addressed by that action.
func TestFindingAddressedBy(t *testing.T) {
	plan := []Action{{ID: "GOV-01", Question: "GOV-01"}, {ID: "CTL-01", Question: "CTL-01"}}
	tests := []struct {
		name string
		f    Finding
		want string // the action's question, "" for none
	}{
		{"related in the plan", Finding{Related: "CTL-01"}, "CTL-01"},
		{"related not in the plan", Finding{Related: "SCO-01"}, ""},
		{"no related question", Finding{}, ""},
		{"raised by an answer", Finding{Questions: []string{"CTL-01"}, Related: "CTL-01"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			act, ok := tt.f.AddressedBy(plan)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, act.Question)
		})
	}
}

// TestStepOwner: the ISMS owner carries the first step of a finding no
// answer raised, except where the profile's NIS2 status is for top
// management to settle, or the ISMS owner is one of the accountable roles
// the several-A finding is about.
func TestStepOwner(t *testing.T) {
	k := CellKey{Control: "5.24", Domain: DomainOT}
	withISMS := Assessment{Matrix: Matrix{k: {RoleISMSOwner: LetterAccountable, RoleSite: LetterAccountable}}}
	without := Assessment{Matrix: Matrix{k: {RoleOT: LetterAccountable, RoleSite: LetterAccountable}}}
	tests := []struct {
		name string
		f    Finding
		a    Assessment
		want Role
	}{
		{"register finding", Finding{ID: FindingRoleVacant}, withISMS, RoleISMSOwner},
		{"NIS2 status", Finding{ID: FindingNIS2StatusUnknown}, Assessment{}, RoleExecutive},
		{"several A, the ISMS owner among them", Finding{ID: FindingMatrixAccountable, Cells: []CellKey{k}}, withISMS, RoleExecutive},
		{"several A, the ISMS owner not among them", Finding{ID: FindingMatrixAccountable, Cells: []CellKey{k}}, without, RoleISMSOwner},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.f.StepOwner(tt.a), tt.name)
	}
}
