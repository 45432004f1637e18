package assessment

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// presetProfiles are the profiles every preset must pass for: GMP on and
// off, safety-critical on and off, one plant and many, with and without a
// central risk function.
func presetProfiles() []Profile {
	var out []Profile
	for _, gmp := range []bool{false, true} {
		for _, safety := range []bool{false, true} {
			for _, plants := range []int{1, 7} {
				for _, central := range []bool{false, true} {
					out = append(out, Profile{Validated: gmp, SafetyCritical: safety, Plants: plants, CentralRisk: central})
				}
			}
		}
	}
	return out
}

func profileName(p Profile) string {
	return fmt.Sprintf("gmp=%v/safety=%v/plants=%d/central=%v", p.Validated, p.SafetyCritical, p.Plants, p.CentralRisk)
}

// syntheticAnnexA is every Annex A 2022 number at one relevance, so that no
// relevance judgement in the shipped content can hide a preset row that
// fails a check.
func syntheticAnnexA(rel Relevance) []Control {
	themes := []struct {
		clause string
		n      int
		theme  Theme
	}{{"5", 37, ThemeOrganizational}, {"6", 8, ThemePeople}, {"7", 14, ThemePhysical}, {"8", 34, ThemeTechnological}}
	var controls []Control
	for _, th := range themes {
		for i := 1; i <= th.n; i++ {
			controls = append(controls, Control{ID: th.clause + "." + strconv.Itoa(i), Theme: th.theme, Relevance: rel})
		}
	}
	return controls
}

// TestPresetsPassEveryCheck runs every check on every preset for every
// profile of presetProfiles, over the shipped controls and over all 93
// numbers at each relevance, and requires zero problems, a row for every
// control in every domain, and a valid record.
func TestPresetsPassEveryCheck(t *testing.T) {
	lists := map[string][]Control{
		"shipped": Controls(),
		"low":     syntheticAnnexA(RelevanceLow),
		"medium":  syntheticAnnexA(RelevanceMedium),
		"high":    syntheticAnnexA(RelevanceHigh),
	}
	for _, m := range Models() {
		for _, p := range presetProfiles() {
			for name, controls := range lists {
				t.Run(m.ID+"/"+profileName(p)+"/"+name, func(t *testing.T) {
					mx, err := PresetWith(m.ID, controls, p)
					require.NoError(t, err)
					require.Len(t, mx, len(controls)*len(Domains), "one row per control and domain")
					a := Assessment{Schema: SchemaVersion, ID: "x", Profile: p, Matrix: mx, Model: m.ID, Holders: everyRoleHeld()}
					for _, pr := range CheckMatrixWith(a, controls) {
						t.Errorf("%s: %s: %s (%v)", pr.Key, pr.Kind, pr.Message, mx[pr.Key])
					}
					st := MatrixStatusWith(a, controls)
					assert.True(t, st.Passes(), "status %s", st.State)
					assert.NoError(t, ValidateWith(a, nil, controls))
				})
			}
		}
	}
}

// everyRoleHeld is a role register naming a different person for every
// role, the DPO included, so that the checks that read the register (the
// same person approving and doing, the DPO on privacy) run on presets too.
func everyRoleHeld() map[Role]Holder {
	h := map[Role]Holder{}
	for i, r := range RACIRoles {
		h[r] = Holder{Name: fmt.Sprintf("Person %d", i+1)}
	}
	return h
}

// presetRuleTests pin, per model, a representative row in each Annex A
// theme and domain, whole, with the reason for it. A change to a preset
// that moves one of these letters must change this table too, and the
// reason with it.
var presetRuleTests = []struct {
	Name    string
	Model   string
	Control string
	Domain  Domain
	Profile Profile
	Want    RACI
}{{
	// Organizational, management system: top management approves the
	// policy (Annex A 5.1, clause 5.1) even in a centralised model; the
	// central team writes it.
	Name: "CentralisedPolicyIT", Model: ModelCentralised, Control: "5.1", Domain: DomainIT,
	Want: RACI{RoleExecutive: lA, RoleISMSOwner: lR, RoleIT: lC},
}, {
	// Organizational on the plant floor: the OT lead carries the OT part
	// of the policy (an OT annex); the site director and Quality make it
	// work in production; top management approves it.
	Name: "CentralisedPolicyOT", Model: ModelCentralised, Control: "5.1", Domain: DomainOT,
	Want: RACI{RoleExecutive: lA, RoleISMSOwner: lR, RoleOT: lR, RoleSite: lC, RoleQuality: lC},
}, {
	// Technological in corporate IT: the central team directs, IT runs
	// patching; this is the row the old preset left without R.
	Name: "CentralisedPatchingIT", Model: ModelCentralised, Control: "8.8", Domain: DomainIT,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR},
}, {
	// A security team does not run backups: IT does, under central
	// direction.
	Name: "CentralisedBackupIT", Model: ModelCentralised, Control: "8.13", Domain: DomainIT,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR},
}, {
	// Corporate IT premises (server rooms) are IT's, not the plant
	// director's.
	Name: "CentralisedPerimeterIT", Model: ModelCentralised, Control: "7.1", Domain: DomainIT,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR},
}, {
	// Independent review: top management answers for it, the ISMS owner
	// commissions it; the ISMS owner cannot answer for a review of itself.
	Name: "CentralisedReviewIT", Model: ModelCentralised, Control: "5.35", Domain: DomainIT,
	Want: RACI{RoleExecutive: lA, RoleISMSOwner: lR, RoleIT: lC},
}, {
	// Plant-floor incident response: the site director can stop the line,
	// so it holds the A even where the central team owns everything else.
	Name: "CentralisedResponseOT", Model: ModelCentralised, Control: "5.26", Domain: DomainOT,
	Want: RACI{RoleSite: lA, RoleOT: lR, RoleOperations: lR, RoleISMSOwner: lC, RoleQuality: lC, RoleEHS: lI},
}, {
	// A cloud service is bought under a supplier agreement: Procurement
	// is consulted in every model.
	Name: "FederatedCloudOTProcurement", Model: ModelFederated, Control: "5.23", Domain: DomainOT,
	Want: RACI{RoleOT: lAR, RoleISMSOwner: lC, RoleProcurement: lC},
}, {
	// Clear desk and clear screen are a rule for people's conduct: HR
	// makes it known and enforces it beside the premises' owner.
	Name: "FederatedClearDeskOT", Model: ModelFederated, Control: "7.7", Domain: DomainOT,
	Want: RACI{RoleSite: lAR, RoleOT: lR, RoleHR: lR, RoleISMSOwner: lC, RoleOperations: lC},
}, {
	Name: "CentralisedClearDeskIT", Model: ModelCentralised, Control: "7.7", Domain: DomainIT,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR, RoleHR: lR},
}, {
	// GMP change control is Quality's process in every model.
	Name: "CentralisedChangeOTGMP", Model: ModelCentralised, Control: "8.32", Domain: DomainOT, Profile: gmp,
	Want: RACI{RoleQuality: lA, RoleOT: lR, RoleISMSOwner: lC, RoleOperations: lC, RoleMaintenance: lC, RoleEHS: lI},
}, {
	// Technological on the plant floor of a GMP site: the OT lead patches
	// under central direction, Quality is consulted because a patch
	// changes a validated system.
	Name: "CentralisedPatchingOTGMP", Model: ModelCentralised, Control: "8.8", Domain: DomainOT, Profile: gmp,
	Want: RACI{RoleISMSOwner: lA, RoleOT: lR, RoleQuality: lC},
}, {
	// Shared change management on a GMP site: the checks cannot tell
	// whether a shared component serves a validated system, so the preset
	// consults Quality anyway.
	Name: "CentralisedChangeSharedGMP", Model: ModelCentralised, Control: "8.32", Domain: DomainShared, Profile: gmp,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR, RoleOT: lC, RoleQuality: lC},
}, {
	// Corporate IT on a GMP site runs GxP applications too (LIMS, the
	// electronic quality system): Quality is consulted on their changes.
	Name: "FederatedChangeITGMP", Model: ModelFederated, Control: "8.32", Domain: DomainIT, Profile: gmp,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR, RoleQuality: lC},
}, {
	// Authentication on GxP systems, electronic signatures among them
	// (Annex 11 §14): Quality is consulted.
	Name: "FederatedAuthenticationITGMP", Model: ModelFederated, Control: "8.5", Domain: DomainIT, Profile: gmp,
	Want: RACI{RoleIT: lAR, RoleISMSOwner: lC, RoleQuality: lC},
}, {
	// The same for EHS on shared incident response at a safety-critical
	// site.
	Name: "FederatedResponseSharedSafety", Model: ModelFederated, Control: "5.26", Domain: DomainShared, Profile: safety,
	Want: RACI{RoleIT: lAR, RoleOT: lR, RoleISMSOwner: lC, RoleEHS: lC},
}, {
	// Plant continuity is the plant's own business in Federated: the site
	// director answers for it; the OT lead recovers the control systems
	// and operations runs the plant by hand meanwhile (R).
	Name: "FederatedContinuityOT", Model: ModelFederated, Control: "5.29", Domain: DomainOT,
	Want: RACI{RoleSite: lA, RoleOT: lR, RoleOperations: lR, RoleISMSOwner: lC, RoleQuality: lC, RoleEHS: lI},
}, {
	// Shared infrastructure: the central team directs, IT runs the
	// network, the OT lead is at least consulted, so neither side can
	// change the DMZ alone.
	Name: "CentralisedNetworkShared", Model: ModelCentralised, Control: "8.20", Domain: DomainShared,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR, RoleOT: lC},
}, {
	// People: HR does the training even in a centralised model; on the
	// plant floor the OT lead makes it fit operators and contractors.
	Name: "CentralisedAwarenessOT", Model: ModelCentralised, Control: "6.3", Domain: DomainOT,
	Want: RACI{RoleISMSOwner: lA, RoleOT: lR, RoleHR: lR},
}, {
	// Physical: the site director runs entry control to the plant;
	// operations is consulted because visitors enter production areas.
	Name: "CentralisedEntryOT", Model: ModelCentralised, Control: "7.2", Domain: DomainOT,
	Want: RACI{RoleISMSOwner: lA, RoleSite: lR, RoleOT: lR, RoleOperations: lC},
}, {
	// Segregation (5.3): the central team approves admin rights, IT
	// grants them: A and R are different roles.
	Name: "CentralisedPrivilegedIT", Model: ModelCentralised, Control: "8.2", Domain: DomainIT,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR},
}, {
	// Management system: top management approves the policy in every
	// model; federated does not hand policy to the domains.
	Name: "FederatedPolicyIT", Model: ModelFederated, Control: "5.1", Domain: DomainIT,
	Want: RACI{RoleExecutive: lA, RoleISMSOwner: lR, RoleIT: lC},
}, {
	// Independent review on the plant floor: top management answers, the
	// ISMS owner commissions, the OT lead is reviewed and so consulted.
	Name: "FederatedReviewOT", Model: ModelFederated, Control: "5.35", Domain: DomainOT,
	Want: RACI{RoleExecutive: lA, RoleISMSOwner: lR, RoleOT: lC, RoleSite: lC, RoleQuality: lC},
}, {
	// Corporate IT premises: the IT lead's field, not the plant
	// director's.
	Name: "FederatedPerimeterIT", Model: ModelFederated, Control: "7.1", Domain: DomainIT,
	Want: RACI{RoleIT: lAR, RoleISMSOwner: lC},
}, {
	// Segregation in corporate IT: the ISMS owner approves access rights,
	// the IT lead grants them.
	Name: "FederatedAccessRightsIT", Model: ModelFederated, Control: "5.18", Domain: DomainIT,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR},
}, {
	// Segregation on the plant floor of a GMP site: operations, the owner
	// of the production systems, approves admin rights, the OT lead grants
	// them, Quality is consulted because they reach GxP data.
	Name: "FederatedPrivilegedOTGMP", Model: ModelFederated, Control: "8.2", Domain: DomainOT, Profile: gmp,
	Want: RACI{RoleOperations: lA, RoleOT: lR, RoleQuality: lC, RoleISMSOwner: lC},
}, {
	// Shared change: the ISMS owner approves, IT and OT carry it out
	// together, so neither side changes the DMZ alone.
	Name: "FederatedChangeShared", Model: ModelFederated, Control: "8.32", Domain: DomainShared,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR, RoleOT: lR},
}, {
	// Audit trails on a GMP plant floor: Quality is consulted (Annex 11 §9).
	Name: "FederatedLoggingOTGMP", Model: ModelFederated, Control: "8.15", Domain: DomainOT, Profile: gmp,
	Want: RACI{RoleOT: lAR, RoleQuality: lC, RoleISMSOwner: lC},
}, {
	// Legal duties are management-system controls: ISMS owner A, Legal
	// does the work; on the plant floor the OT lead applies them and EHS
	// is consulted because safety regulators are among the authorities.
	Name: "FederatedLegalOT", Model: ModelFederated, Control: "5.31", Domain: DomainOT,
	Want: RACI{RoleISMSOwner: lA, RoleLegal: lR, RoleOT: lR, RoleEHS: lC},
}, {
	// The example: the OT lead owns and keeps the plant asset
	// register (A/R), the ISMS owner oversees.
	Name: "FederatedAssetsOT", Model: ModelFederated, Control: "5.9", Domain: DomainOT,
	Want: RACI{RoleOT: lAR, RoleISMSOwner: lC},
}, {
	// Technological in corporate IT: the IT lead owns and runs patching.
	Name: "FederatedPatchingIT", Model: ModelFederated, Control: "8.8", Domain: DomainIT,
	Want: RACI{RoleIT: lAR, RoleISMSOwner: lC},
}, {
	// Shared: the IT lead owns the shared network, the OT lead does the
	// plant side, the ISMS owner oversees.
	Name: "FederatedNetworkShared", Model: ModelFederated, Control: "8.20", Domain: DomainShared,
	Want: RACI{RoleIT: lAR, RoleOT: lR, RoleISMSOwner: lC},
}, {
	// Suppliers: Procurement's field; on the plant floor the OT lead sets
	// what machine builders may do.
	Name: "FederatedSuppliersOT", Model: ModelFederated, Control: "5.19", Domain: DomainOT,
	Want: RACI{RoleProcurement: lAR, RoleOT: lR, RoleISMSOwner: lC},
}, {
	// People: HR's field, not the ISMS owner's.
	Name: "FederatedAwarenessIT", Model: ModelFederated, Control: "6.3", Domain: DomainIT,
	Want: RACI{RoleHR: lAR, RoleIT: lC, RoleISMSOwner: lC},
}, {
	// Physical: the site director's field, not the ISMS owner's;
	// maintenance keeps the power and cooling running.
	Name: "FederatedUtilitiesOT", Model: ModelFederated, Control: "7.11", Domain: DomainOT,
	Want: RACI{RoleSite: lAR, RoleOT: lR, RoleMaintenance: lR, RoleOperations: lC, RoleISMSOwner: lC},
}, {
	// Change on a GMP plant floor: Quality owns change control and
	// approves, the OT lead carries out, maintenance and operations are
	// consulted, EHS informed (no safety-critical process).
	Name: "FederatedChangeOTGMP", Model: ModelFederated, Control: "8.32", Domain: DomainOT, Profile: gmp,
	Want: RACI{RoleQuality: lA, RoleOT: lR, RoleOperations: lC, RoleMaintenance: lC, RoleEHS: lI, RoleISMSOwner: lC},
}, {
	// Change without GMP: operations, which owns the process, approves;
	// the OT lead carries the change out (5.3: not the same role); Quality,
	// maintenance and the ISMS owner are consulted.
	Name: "FederatedChangeOT", Model: ModelFederated, Control: "8.32", Domain: DomainOT,
	Want: RACI{RoleOperations: lA, RoleOT: lR, RoleQuality: lC, RoleMaintenance: lC, RoleEHS: lI, RoleISMSOwner: lC},
}, {
	// Incident response on a safety-critical plant floor: the site
	// director answers, because it decides whether production stops; the
	// OT lead leads the technical response, operations contains on the
	// line, EHS and Quality are consulted.
	Name: "FederatedResponseOTSafety", Model: ModelFederated, Control: "5.26", Domain: DomainOT, Profile: safety,
	Want: RACI{RoleSite: lA, RoleOT: lR, RoleOperations: lR, RoleQuality: lC, RoleEHS: lC, RoleISMSOwner: lC},
}, {
	// Integrator-built software: the vendor is consulted, never R.
	Name: "FederatedCodingOT", Model: ModelFederated, Control: "8.28", Domain: DomainOT,
	Want: RACI{RoleOT: lAR, RoleIntegrator: lC, RoleISMSOwner: lC},
}, {
	// Management system: the executive answers for the policy set, the
	// ISMS owner writes it as custodian.
	Name: "ExecutivePolicyIT", Model: ModelExecutiveLed, Control: "5.1", Domain: DomainIT,
	Want: RACI{RoleExecutive: lA, RoleISMSOwner: lR, RoleIT: lC},
}, {
	// Privacy is a legal duty: the executive answers, the ISMS owner and
	// Legal do the work, the DPO advises and is never accountable.
	Name: "ExecutivePrivacyIT", Model: ModelExecutiveLed, Control: "5.34", Domain: DomainIT,
	Want: RACI{RoleExecutive: lA, RoleISMSOwner: lR, RoleLegal: lR, RoleDPO: lC, RoleIT: lC},
}, {
	// Continuity: the executive answers; the OT lead recovers the plant
	// and operations runs it by hand, brings it to a safe state and
	// restarts it (R); the ISMS owner coordinates (C); EHS is consulted on
	// a safety site.
	Name: "ExecutiveContinuityOTSafety", Model: ModelExecutiveLed, Control: "5.30", Domain: DomainOT, Profile: safety,
	Want: RACI{RoleExecutive: lA, RoleOT: lR, RoleISMSOwner: lC, RoleSite: lC, RoleOperations: lR, RoleQuality: lC, RoleEHS: lC},
}, {
	// GMP change control is Quality's process in every model.
	Name: "ExecutiveChangeOTGMP", Model: ModelExecutiveLed, Control: "8.32", Domain: DomainOT, Profile: gmp,
	Want: RACI{RoleQuality: lA, RoleOT: lR, RoleISMSOwner: lC, RoleOperations: lC, RoleMaintenance: lC, RoleEHS: lI},
}, {
	// Plant-floor incident response: the site director answers in every
	// model.
	Name: "ExecutiveResponseOT", Model: ModelExecutiveLed, Control: "5.26", Domain: DomainOT,
	Want: RACI{RoleSite: lA, RoleOT: lR, RoleOperations: lR, RoleISMSOwner: lC, RoleQuality: lC, RoleEHS: lI},
}, {
	// Shared network: both leads run their side; neither is left out.
	Name: "ExecutiveSegregationShared", Model: ModelExecutiveLed, Control: "8.22", Domain: DomainShared,
	Want: RACI{RoleISMSOwner: lA, RoleIT: lR, RoleOT: lR},
}, {
	// Plant network segregation in a safety-critical process: a zone
	// boundary changed on a running network can stop a line (operations),
	// and the safety system's network must stay apart from the control
	// system's (EHS).
	Name: "ExecutiveSegregationOTSafety", Model: ModelExecutiveLed, Control: "8.22", Domain: DomainOT, Profile: safety,
	Want: RACI{RoleISMSOwner: lA, RoleOT: lR, RoleOperations: lC, RoleEHS: lC},
}, {
	// Contact with authorities on the plant floor: the site director
	// speaks for the plant to its permit and major-accident regulators.
	Name: "ExecutiveAuthoritiesOTSafety", Model: ModelExecutiveLed, Control: "5.5", Domain: DomainOT, Profile: safety,
	Want: RACI{RoleExecutive: lA, RoleISMSOwner: lR, RoleLegal: lR, RoleOT: lR, RoleSite: lC, RoleEHS: lC},
}, {
	// On a GMP site the plant network is qualified infrastructure of
	// validated systems: Quality is consulted on its security.
	Name: "FederatedNetworkOTGMP", Model: ModelFederated, Control: "8.20", Domain: DomainOT, Profile: gmp,
	Want: RACI{RoleOT: lAR, RoleISMSOwner: lC, RoleOperations: lC, RoleQuality: lC},
}, {
	// Technological: the ISMS owner answers for running the control, the
	// domain delivers it (separate A and R, so no 5.3 issue).
	Name: "ExecutivePrivilegedOT", Model: ModelExecutiveLed, Control: "8.2", Domain: DomainOT,
	Want: RACI{RoleISMSOwner: lA, RoleOT: lR},
}, {
	// People: the ISMS owner answers, HR delivers.
	Name: "ExecutiveScreeningIT", Model: ModelExecutiveLed, Control: "6.1", Domain: DomainIT,
	Want: RACI{RoleISMSOwner: lA, RoleHR: lR, RoleIT: lC},
}, {
	// Physical on shared infrastructure: the site director delivers the
	// locked rooms where DMZ racks stand, both leads consulted.
	Name: "ExecutiveRoomsShared", Model: ModelExecutiveLed, Control: "7.3", Domain: DomainShared,
	Want: RACI{RoleISMSOwner: lA, RoleSite: lR, RoleIT: lC, RoleOT: lC},
}, {
	// Records on a GMP plant floor: GxP data integrity is Quality's
	// programme (EU GMP Annex 11 §7, §17), so Quality answers for them in
	// every model and does part of the work.
	Name: "ExecutiveRecordsOTGMP", Model: ModelExecutiveLed, Control: "5.33", Domain: DomainOT, Profile: gmp,
	Want: RACI{RoleISMSOwner: lR, RoleOT: lR, RoleQuality: lAR, RoleLegal: lC},
}, {
	// Centralised, the ISMS owner, who would otherwise answer, is
	// consulted.
	Name: "CentralisedRecordsOTGMP", Model: ModelCentralised, Control: "5.33", Domain: DomainOT, Profile: gmp,
	Want: RACI{RoleISMSOwner: lC, RoleOT: lR, RoleQuality: lAR, RoleLegal: lC},
}}

func TestPresetRules(t *testing.T) {
	for _, tt := range presetRuleTests {
		t.Run(tt.Name, func(t *testing.T) {
			m, err := Preset(tt.Model, tt.Profile)
			require.NoError(t, err)
			assert.Equal(t, tt.Want, m[CellKey{tt.Control, tt.Domain}])
		})
	}
}

// The federated model must not make the ISMS owner accountable for the
// fields the model gives to the domain heads: the issue found it A on all
// 279 rows, physical and people controls included.
func TestFederatedDelegates(t *testing.T) {
	m, err := Preset(ModelFederated, Profile{Validated: true})
	require.NoError(t, err)
	holders := map[Role]int{}
	for k, row := range m {
		for r, l := range row {
			if !l.Accountable() {
				continue
			}
			holders[r]++
			c, _ := ControlByID(k.Control)
			switch c.Theme {
			case ThemePeople:
				if k.Control != "6.7" && k.Control != "6.8" {
					assert.Equal(t, RoleHR, r, "%s", k)
				}
			case ThemePhysical:
				assert.NotEqual(t, RoleISMSOwner, r, "%s", k)
			}
		}
	}
	for _, r := range []Role{RoleExecutive, RoleISMSOwner, RoleIT, RoleOT, RoleHR, RoleSite, RoleProcurement, RoleQuality, RoleOperations} {
		assert.Positive(t, holders[r], "%s is accountable for nothing", r)
	}
	assert.Less(t, holders[RoleISMSOwner], len(m)/3, "the ISMS owner keeps the management system, not the whole matrix")
	for _, d := range Domains {
		for _, id := range []string{"5.1", "5.2", "5.3", "5.4", "5.35"} {
			assert.True(t, m[CellKey{id, d}][RoleExecutive].Accountable(), "%s/%s: top management's own duty", id, d)
			assert.True(t, m[CellKey{id, d}][RoleISMSOwner].Responsible(), "%s/%s: the ISMS owner does the work", id, d)
		}
		for _, id := range []string{"5.31", "5.32", "5.33", "5.34", "5.36"} {
			if id == "5.33" && d == DomainOT {
				// GxP records on a GMP plant floor: Quality's programme.
				assert.True(t, m[CellKey{id, d}][RoleQuality].Accountable(), "%s/%s", id, d)
				continue
			}
			assert.True(t, m[CellKey{id, d}][RoleISMSOwner].Accountable(), "%s/%s", id, d)
		}
	}
}

// Centralised and executive-led keep one accountable role per field as
// their summaries say, apart from the rows every model gives the same A
// (commonAccountable: top management's own duties, plant-floor incident
// response, GMP change control): the ISMS owner everywhere else for
// centralised, with IT doing the technical work in corporate IT and on
// shared infrastructure; the executive exactly on the management-system,
// legal and continuity rows for executive-led.
func TestCentralisedAndExecutiveMatchTheirSummaries(t *testing.T) {
	for _, p := range []Profile{{}, {Validated: true, SafetyCritical: true}} {
		c, err := Preset(ModelCentralised, p)
		require.NoError(t, err)
		for k, row := range c {
			ctl, _ := ControlByID(k.Control)
			if a := commonAccountable(ctl, k.Domain, p); a != "" {
				assert.True(t, row[a].Accountable(), "centralised %s: %v", k, row)
				continue
			}
			assert.True(t, row[RoleISMSOwner].Accountable(), "centralised %s: %v", k, row)
			if k.Domain != DomainOT && ctl.Theme == ThemeTechnological {
				assert.True(t, row[RoleIT].Responsible(), "centralised %s: IT runs operations: %v", k, row)
			}
		}
		e, err := Preset(ModelExecutiveLed, p)
		require.NoError(t, err)
		for k, row := range e {
			ctl, _ := ControlByID(k.Control)
			if a := commonAccountable(ctl, k.Domain, p); a != "" {
				assert.True(t, row[a].Accountable(), "executive-led %s: %v", k, row)
				continue
			}
			switch fieldOf(ctl) {
			case fieldISMS, fieldCompliance, fieldContinuity:
				assert.True(t, row[RoleExecutive].Accountable(), "executive-led %s: %v", k, row)
			default:
				assert.True(t, row[RoleISMSOwner].Accountable(), "executive-led %s: %v", k, row)
			}
		}
	}
}

// The cells the lead-auditor review asked for hold in every model and
// for every profile: top management answers for its own duties and for
// the independent review, the site can stop production, Quality owns
// plant-floor change control on a GMP site, no role both approves and does
// the duties 5.3 separates, and both leads are in every shared row of a
// high-relevance control.
func TestEveryModelKeepsTheCommonCells(t *testing.T) {
	for _, m := range Models() {
		for _, p := range presetProfiles() {
			mx, err := Preset(m.ID, p)
			require.NoError(t, err)
			name := m.ID + "/" + profileName(p)
			for _, d := range Domains {
				for _, id := range []string{"5.1", "5.2", "5.4", "5.35"} {
					assert.Equal(t, lA, mx[CellKey{id, d}][RoleExecutive], "%s %s/%s", name, id, d)
					assert.Equal(t, lR, mx[CellKey{id, d}][RoleISMSOwner], "%s %s/%s", name, id, d)
				}
				for _, id := range SeparatedControls {
					row := mx[CellKey{id, d}]
					for r, l := range row {
						assert.NotEqual(t, lAR, l, "%s %s/%s: %s approves and does", name, id, d, r)
					}
				}
			}
			assert.Equal(t, lA, mx[CellKey{"5.26", DomainOT}][RoleSite], name)
			if p.Validated {
				assert.Equal(t, lA, mx[CellKey{"8.32", DomainOT}][RoleQuality], name)
			}
			for _, c := range Controls() {
				if c.Relevance < RelevanceHigh {
					continue
				}
				row := mx[CellKey{c.ID, DomainShared}]
				assert.True(t, row[RoleIT].Involved() && row[RoleOT].Involved(), "%s %s/shared: %v", name, c.ID, row)
			}
		}
	}
}

func TestPresetUnknownModel(t *testing.T) {
	_, err := Preset("anarchy", Profile{})
	require.EqualError(t, err, `preset: unknown ownership model "anarchy"`)
}

// Only the GMP and safety-critical flags change a preset: the number of
// plants and the central risk function choose the model, not the letters.
func TestPresetDependsOnlyOnRegulation(t *testing.T) {
	for _, m := range Models() {
		base, _ := Preset(m.ID, Profile{Validated: true})
		other, _ := Preset(m.ID, Profile{Validated: true, Plants: 12, CentralRisk: true, Connectivity: ConnectivityIntegrated})
		assert.Equal(t, base, other, m.ID)
		plain, _ := Preset(m.ID, Profile{})
		assert.NotEqual(t, base, plain, "%s ignores GMP", m.ID)
		safe, _ := Preset(m.ID, Profile{SafetyCritical: true})
		assert.NotEqual(t, safe, plain, "%s ignores a safety-critical process", m.ID)
	}
}

// An assessment with every answer at the top level and a preset matrix
// (complete and passing every check) raises no red flag at all, for every
// model and profile: the checklist's "no critical finding", and more.
func TestTopAnswersAndPresetRaiseNoFinding(t *testing.T) {
	for _, m := range Models() {
		for _, p := range presetProfiles() {
			a := Assessment{Profile: p, Answers: map[string]Answer{}}
			for _, q := range Questions() {
				a.Answers[q.ID] = Answer{Rating: Rating4}
			}
			var err error
			a.Matrix, err = Preset(m.ID, p)
			require.NoError(t, err)
			assert.Empty(t, Findings(a), "%s %s", m.ID, profileName(p))
		}
	}
}
