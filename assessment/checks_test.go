package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	lR  = LetterResponsible
	lA  = LetterAccountable
	lAR = LetterAccountableResponsible
	lC  = LetterConsulted
	lI  = LetterInformed
)

var (
	gmp    = Profile{Validated: true}
	safety = Profile{SafetyCritical: true}
)

// checkTests are the rules of Checker.Row, each shown firing and not
// firing, on the shipped controls (whose relevance the empty-row rule
// reads: 8.20 high, 5.1 medium, 5.11 low).
var checkTests = []struct {
	Name    string
	Control string
	Domain  Domain
	Profile Profile
	Row     RACI
	Want    []ProblemKind
	Roles   []Role // Roles of the first problem, when set
}{{
	Name: "EmptyITSilent", Control: "8.20", Domain: DomainIT,
}, {
	Name: "EmptyOTHighUnassigned", Control: "8.20", Domain: DomainOT,
	Want: []ProblemKind{ProblemUnassigned},
}, {
	Name: "EmptyOTMediumSilent", Control: "5.1", Domain: DomainOT,
}, {
	Name: "EmptySharedMediumUnassigned", Control: "5.1", Domain: DomainShared,
	Want: []ProblemKind{ProblemUnassigned},
}, {
	Name: "EmptySharedLowSilent", Control: "5.11", Domain: DomainShared,
}, {
	Name: "ClearedLettersAreEmpty", Control: "8.20", Domain: DomainOT, Row: RACI{RoleOT: LetterNone},
	Want: []ProblemKind{ProblemUnassigned},
}, {
	// An empty row reports only that it is empty, whatever the profile.
	Name: "EmptyReportsNothingElse", Control: "8.32", Domain: DomainOT, Profile: Profile{Validated: true, SafetyCritical: true},
	Want: []ProblemKind{ProblemUnassigned},
}, {
	Name: "AROnItsOwnPasses", Control: "8.20", Domain: DomainIT, Row: RACI{RoleIT: lAR},
}, {
	// The example: the OT lead as A/R on the asset register.
	Name: "ARKeepsTheR", Control: "5.9", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleISMSOwner: lC},
}, {
	Name: "NoAccountable", Control: "8.20", Domain: DomainIT, Row: RACI{RoleIT: lR, RoleOT: lC},
	Want: []ProblemKind{ProblemNoAccountable},
}, {
	Name: "SeveralAccountableARCounts", Control: "5.15", Domain: DomainIT, Row: RACI{RoleIT: lA, RoleISMSOwner: lAR},
	Want: []ProblemKind{ProblemSeveralAccountable}, Roles: []Role{RoleISMSOwner, RoleIT},
}, {
	Name: "OneAOneR", Control: "5.15", Domain: DomainIT, Row: RACI{RoleISMSOwner: lA, RoleIT: lR},
}, {
	// Corporate IT rows need an R too.
	Name: "ITNoResponsible", Control: "8.8", Domain: DomainIT, Row: RACI{RoleISMSOwner: lA, RoleIT: lC},
	Want: []ProblemKind{ProblemNoResponsible},
}, {
	Name: "OTNoResponsible", Control: "5.10", Domain: DomainOT, Row: RACI{RoleOT: lA, RoleQuality: lC},
	Want: []ProblemKind{ProblemNoResponsible},
}, {
	// Low relevance on the plant floor no longer excuses a missing R:
	// with A/R there is always a way to say who does the work.
	Name: "OTLowRelevanceNoResponsible", Control: "5.11", Domain: DomainOT, Row: RACI{RoleHR: lA},
	Want: []ProblemKind{ProblemNoResponsible},
}, {
	Name: "SharedNoResponsible", Control: "8.20", Domain: DomainShared, Row: RACI{RoleISMSOwner: lA, RoleIT: lC, RoleOT: lC},
	Want: []ProblemKind{ProblemNoResponsible},
}, {
	Name: "OnlyInformed", Control: "8.20", Domain: DomainOT, Row: RACI{RoleOT: lI},
	Want: []ProblemKind{ProblemNoAccountable, ProblemNoResponsible},
}, {
	Name: "SeveralAndNoR", Control: "8.20", Domain: DomainOT, Row: RACI{RoleOT: lA, RoleIT: lA},
	Want: []ProblemKind{ProblemSeveralAccountable, ProblemNoResponsible},
}, {
	Name: "SharedNoOwner", Control: "8.20", Domain: DomainShared, Row: RACI{RoleIT: lC, RoleOT: lC},
	Want: []ProblemKind{ProblemSharedNoOwner},
}, {
	Name: "SharedROnly", Control: "8.20", Domain: DomainShared, Row: RACI{RoleIT: lR, RoleOT: lR},
	Want: []ProblemKind{ProblemNoAccountable},
}, {
	Name: "SharedOwned", Control: "8.20", Domain: DomainShared, Row: RACI{RoleIT: lAR, RoleOT: lR, RoleISMSOwner: lC},
}, {
	Name: "ProcurementAOnPlantNetwork", Control: "8.20", Domain: DomainOT, Row: RACI{RoleProcurement: lA, RoleOT: lR},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleProcurement},
}, {
	Name: "HRAOnSharedPremises", Control: "7.2", Domain: DomainShared, Row: RACI{RoleHR: lA, RoleSite: lR, RoleIT: lC, RoleOT: lC},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleHR},
}, {
	// Two reasons at once: no authority over plant systems, and a DPO
	// may not answer for a control at all.
	Name: "DPOAOnPlantBackup", Control: "8.13", Domain: DomainOT, Row: RACI{RoleDPO: lA, RoleOT: lR},
	Want: []ProblemKind{ProblemCannotAct, ProblemDPOAccountable}, Roles: []Role{RoleDPO},
}, {
	// Office functions do not run the office network or premises either.
	Name: "HRAOnCorporateNetwork", Control: "8.20", Domain: DomainIT, Row: RACI{RoleHR: lA, RoleIT: lR},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleHR},
}, {
	Name: "ProcurementAOnOfficePerimeter", Control: "7.1", Domain: DomainIT, Row: RACI{RoleProcurement: lA, RoleIT: lR},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleProcurement},
}, {
	// Deleting information is a decision about data, which Legal may own.
	Name: "LegalAOnCorporateDeletion", Control: "8.10", Domain: DomainIT, Row: RACI{RoleLegal: lA, RoleIT: lR},
}, {
	Name: "HRAOnCorporateScreening", Control: "6.1", Domain: DomainIT, Row: RACI{RoleHR: lAR},
}, {
	// The exceptions belong to the role they suit: Procurement has no
	// say over clear desks or deleting data.
	Name: "ProcurementAOnCorporateDeletion", Control: "8.10", Domain: DomainIT, Row: RACI{RoleProcurement: lA, RoleIT: lR},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleProcurement},
}, {
	Name: "HRAOnCorporateClearDesk", Control: "7.7", Domain: DomainIT, Row: RACI{RoleHR: lA, RoleIT: lR},
}, {
	Name: "OTLeadAOnCorporateNetwork", Control: "8.20", Domain: DomainIT, Row: RACI{RoleOT: lA, RoleIT: lR},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleOT},
}, {
	Name: "MaintenanceAOnCorporateEndpoints", Control: "8.1", Domain: DomainIT, Row: RACI{RoleMaintenance: lAR},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleMaintenance},
}, {
	// An office function cannot decide to isolate the plant or stop a
	// line, even where plant operations does the response.
	Name: "ProcurementAOnPlantIncidentResponse", Control: "5.26", Domain: DomainOT, Row: RACI{RoleProcurement: lA, RoleOperations: lR, RoleSite: lC},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleProcurement},
}, {
	Name: "ITLeadAOnPlantIncidentResponse", Control: "5.26", Domain: DomainOT, Row: RACI{RoleIT: lA, RoleOperations: lR, RoleSite: lC},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleIT},
}, {
	Name: "QualityAOnPlantIncidentResponse", Control: "5.26", Domain: DomainOT, Row: RACI{RoleQuality: lA, RoleOperations: lR, RoleSite: lC},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleQuality},
}, {
	Name: "SiteAOnPlantIncidentResponse", Control: "5.26", Domain: DomainOT, Row: RACI{RoleSite: lA, RoleOperations: lR, RoleOT: lR},
}, {
	// The IT lead may answer for the response in corporate IT.
	Name: "ITLeadAOnCorporateIncidentResponse", Control: "5.26", Domain: DomainIT, Row: RACI{RoleIT: lAR},
}, {
	Name: "HRAOnSharedContinuity", Control: "5.30", Domain: DomainShared, Row: RACI{RoleHR: lA, RoleIT: lR, RoleOT: lR},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleHR},
}, {
	// Collecting evidence for legal use is Legal's own field.
	Name: "LegalAOnPlantEvidence", Control: "5.28", Domain: DomainOT, Row: RACI{RoleLegal: lA, RoleOT: lR},
}, {
	// Office functions may own their own field on the plant floor.
	Name: "ProcurementAOnOTSuppliers", Control: "5.19", Domain: DomainOT, Row: RACI{RoleProcurement: lAR, RoleOT: lR},
}, {
	Name: "LegalAOnOTLegalDuties", Control: "5.31", Domain: DomainOT, Row: RACI{RoleLegal: lAR, RoleOT: lR},
}, {
	Name: "HRAOnCorporatePremises", Control: "7.7", Domain: DomainIT, Row: RACI{RoleHR: lAR},
}, {
	// A plant role may own shared infrastructure.
	Name: "OTLeadAOnSharedNetwork", Control: "8.22", Domain: DomainShared, Row: RACI{RoleOT: lAR, RoleIT: lR},
}, {
	// An office function may do (R) what it cannot answer for.
	Name: "ProcurementROnPlantNetwork", Control: "8.21", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleProcurement: lR},
}, {
	// The vendor is the only R: nobody inside directs and checks its work.
	Name: "VendorOnlyResponsible", Control: "8.16", Domain: DomainOT, Row: RACI{RoleOT: lA, RoleIntegrator: lR},
	Want: []ProblemKind{ProblemVendorOwns}, Roles: []Role{RoleIntegrator},
}, {
	// Outsourced development: the OT lead directs, monitors and accepts
	// the integrator's work as its A (Annex A 8.30).
	Name: "VendorDevelopsOTLeadAccepts", Control: "8.29", Domain: DomainOT, Row: RACI{RoleOT: lA, RoleIntegrator: lR},
}, {
	// Not so when the A cannot direct technical work.
	Name: "VendorDevelopsISMSOwnerAccountable", Control: "8.30", Domain: DomainOT, Row: RACI{RoleISMSOwner: lA, RoleIntegrator: lR},
	Want: []ProblemKind{ProblemVendorOwns}, Roles: []Role{RoleIntegrator},
}, {
	// Procurement cannot direct technical work: its R is not the
	// internal R beside the vendor's.
	Name: "VendorWithProcurementR", Control: "8.2", Domain: DomainOT, Row: RACI{RoleOT: lA, RoleIntegrator: lR, RoleProcurement: lR},
	Want: []ProblemKind{ProblemVendorOwns}, Roles: []Role{RoleIntegrator},
}, {
	// An integrator developing plant software under contract beside the
	// OT lead, who answers for it and directs the work: sound (8.1).
	Name: "VendorResponsibleBesideInternalAR", Control: "8.28", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleIntegrator: lR},
}, {
	// A managed monitoring service beside the OT lead's own R.
	Name: "VendorResponsibleBesideInternalR", Control: "8.16", Domain: DomainOT, Row: RACI{RoleISMSOwner: lA, RoleOT: lR, RoleIntegrator: lR},
}, {
	Name: "VendorAccountable", Control: "8.30", Domain: DomainOT, Row: RACI{RoleIntegrator: lA, RoleOT: lR},
	Want: []ProblemKind{ProblemVendorOwns},
}, {
	Name: "VendorAR", Control: "7.13", Domain: DomainIT, Row: RACI{RoleIntegrator: lAR},
	Want: []ProblemKind{ProblemVendorOwns},
}, {
	Name: "VendorConsulted", Control: "8.30", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleIntegrator: lC},
}, {
	Name: "VendorInformed", Control: "8.30", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleIntegrator: lI},
}, {
	Name: "ChangeApprovedAndDoneAlone", Control: "8.32", Domain: DomainOT, Row: RACI{RoleOT: lAR},
	Want: []ProblemKind{ProblemDutiesNotSeparated}, Roles: []Role{RoleOT},
}, {
	// Being told afterwards separates nothing.
	Name: "ChangeAloneWithInformed", Control: "8.32", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleOperations: lI, RoleEHS: lI},
	Want: []ProblemKind{ProblemDutiesNotSeparated},
}, {
	// Consulted is neither approval nor review: the approver still does
	// the work.
	Name: "ChangeWithConsultedIsNotSeparated", Control: "8.32", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleMaintenance: lC},
	Want: []ProblemKind{ProblemDutiesNotSeparated},
}, {
	Name: "ChangeWithIntegratorConsulted", Control: "8.32", Domain: DomainIT, Row: RACI{RoleIT: lAR, RoleIntegrator: lC},
	Want: []ProblemKind{ProblemDutiesNotSeparated}, Roles: []Role{RoleIT},
}, {
	// A second R does not help while the approver also does the work.
	Name: "PrivilegedAccessWithSecondR", Control: "8.2", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleMaintenance: lR},
	Want: []ProblemKind{ProblemDutiesNotSeparated},
}, {
	// The owner of the systems approves, the OT lead does the work.
	Name: "ChangeApprovedByOperations", Control: "8.32", Domain: DomainOT, Row: RACI{RoleOperations: lA, RoleOT: lR},
}, {
	Name: "PrivilegedAccessSplitAR", Control: "8.2", Domain: DomainOT, Row: RACI{RoleISMSOwner: lA, RoleOT: lR},
}, {
	Name: "PrivilegedAccessAloneInIT", Control: "8.2", Domain: DomainIT, Row: RACI{RoleIT: lAR},
	Want: []ProblemKind{ProblemDutiesNotSeparated},
}, {
	Name: "AccessRightsAloneOnShared", Control: "5.18", Domain: DomainShared, Row: RACI{RoleIT: lAR},
	Want: []ProblemKind{ProblemDutiesNotSeparated},
}, {
	// A/R alone is normal where 5.3 names no conflict.
	Name: "NetworkAloneIsFine", Control: "8.20", Domain: DomainOT, Row: RACI{RoleOT: lAR},
}, {
	// An incident on a GxP system can affect the batches made meanwhile.
	Name: "GMPIncidentResponseWithoutQuality", Control: "5.26", Domain: DomainOT, Profile: gmp, Row: RACI{RoleSite: lA, RoleOT: lR},
	Want: []ProblemKind{ProblemQualityNotConsulted},
}, {
	// Acceptance testing of a validated system is part of its validation.
	Name: "GMPAcceptanceTestingWithoutQuality", Control: "8.29", Domain: DomainOT, Profile: gmp, Row: RACI{RoleOT: lA, RoleIntegrator: lR},
	Want: []ProblemKind{ProblemQualityNotConsulted},
}, {
	Name: "GMPPatchWithoutQuality", Control: "8.8", Domain: DomainOT, Profile: gmp, Row: RACI{RoleOT: lAR, RoleISMSOwner: lC},
	Want: []ProblemKind{ProblemQualityNotConsulted},
}, {
	Name: "GMPQualityInformedIsNotEnough", Control: "8.9", Domain: DomainOT, Profile: gmp, Row: RACI{RoleOT: lAR, RoleQuality: lI},
	Want: []ProblemKind{ProblemQualityNotConsulted},
}, {
	Name: "GMPQualityConsulted", Control: "8.13", Domain: DomainOT, Profile: gmp, Row: RACI{RoleOT: lAR, RoleQuality: lC},
}, {
	Name: "GMPQualityAccountableForChange", Control: "8.32", Domain: DomainOT, Profile: gmp, Row: RACI{RoleQuality: lA, RoleOT: lR},
}, {
	Name: "GMPRecordsQualityResponsible", Control: "5.33", Domain: DomainOT, Profile: gmp, Row: RACI{RoleISMSOwner: lA, RoleOT: lR, RoleQuality: lR},
}, {
	Name: "NoGMPNoQualityRule", Control: "8.8", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleISMSOwner: lC},
}, {
	Name: "GMPOnlyOnThePlantFloor", Control: "8.8", Domain: DomainIT, Profile: gmp, Row: RACI{RoleIT: lAR, RoleISMSOwner: lC},
}, {
	Name: "GMPOnlyOnTheNamedControls", Control: "8.20", Domain: DomainOT, Profile: gmp, Row: RACI{RoleOT: lAR},
}, {
	// Change control is Quality's process on a GMP site: a C is not enough.
	Name: "GMPChangeQualityOnlyConsulted", Control: "8.32", Domain: DomainOT, Profile: gmp, Row: RACI{RoleOperations: lA, RoleOT: lR, RoleQuality: lC},
	Want: []ProblemKind{ProblemQualityNotConsulted},
}, {
	Name: "GMPChangeQualityRunsChangeControl", Control: "8.32", Domain: DomainOT, Profile: gmp, Row: RACI{RoleOperations: lA, RoleOT: lR, RoleQuality: lR},
}, {
	Name: "GMPAuditTrailsWithoutQuality", Control: "8.15", Domain: DomainOT, Profile: gmp, Row: RACI{RoleOT: lAR},
	Want: []ProblemKind{ProblemQualityNotConsulted},
}, {
	Name: "GMPAccessRightsWithoutQuality", Control: "5.18", Domain: DomainOT, Profile: gmp, Row: RACI{RoleOperations: lA, RoleOT: lR},
	Want: []ProblemKind{ProblemQualityNotConsulted},
}, {
	// The shared backup, log collection, time source and directory serve
	// GxP systems: Quality is consulted there too.
	Name: "GMPSharedBackupWithoutQuality", Control: "8.13", Domain: DomainShared, Profile: gmp, Row: RACI{RoleIT: lA, RoleOT: lR},
	Want: []ProblemKind{ProblemQualityNotConsulted},
}, {
	Name: "GMPSharedTimeSourceQualityConsulted", Control: "8.17", Domain: DomainShared, Profile: gmp, Row: RACI{RoleIT: lAR, RoleOT: lC, RoleQuality: lC},
}, {
	// Whether a change to a shared component touches a validated system
	// depends on the site.
	Name: "GMPSharedPatchingSilent", Control: "8.8", Domain: DomainShared, Profile: gmp, Row: RACI{RoleIT: lAR, RoleOT: lC},
}, {
	Name: "NoGMPSharedBackupSilent", Control: "8.13", Domain: DomainShared, Row: RACI{RoleIT: lA, RoleOT: lR},
}, {
	Name: "GMPPrivilegedAccessQualityConsulted", Control: "8.2", Domain: DomainOT, Profile: gmp, Row: RACI{RoleOperations: lA, RoleOT: lR, RoleQuality: lC},
}, {
	Name: "SafetyIncidentWithoutEHS", Control: "5.26", Domain: DomainOT, Profile: safety, Row: RACI{RoleOT: lAR, RoleOperations: lR},
	Want: []ProblemKind{ProblemSafetyNotConsulted},
}, {
	Name: "SafetyChangeEHSInformed", Control: "8.32", Domain: DomainOT, Profile: safety, Row: RACI{RoleOT: lA, RoleMaintenance: lR, RoleEHS: lI},
	Want: []ProblemKind{ProblemSafetyNotConsulted},
}, {
	Name: "SafetyEHSConsulted", Control: "5.25", Domain: DomainOT, Profile: safety, Row: RACI{RoleOT: lAR, RoleEHS: lC},
}, {
	Name: "NoSafetyNoEHSRule", Control: "5.26", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleOperations: lR},
}, {
	Name: "SafetyOnlyOnThePlantFloor", Control: "5.26", Domain: DomainShared, Profile: safety, Row: RACI{RoleIT: lAR, RoleOT: lR},
}, {
	Name: "SafetyNotOnOtherControls", Control: "8.15", Domain: DomainOT, Profile: safety, Row: RACI{RoleOT: lAR},
}, {
	// Patching, configuring and installing software on a control system
	// are process-safety changes as much as 8.32 is.
	Name: "SafetyPatchingWithoutEHS", Control: "8.8", Domain: DomainOT, Profile: safety, Row: RACI{RoleOT: lAR},
	Want: []ProblemKind{ProblemSafetyNotConsulted},
}, {
	Name: "SafetySoftwareInstallEHSConsulted", Control: "8.19", Domain: DomainOT, Profile: safety, Row: RACI{RoleOT: lAR, RoleEHS: lC},
}, {
	Name: "SafetyContinuityWithoutEHS", Control: "5.30", Domain: DomainOT, Profile: safety, Row: RACI{RoleExecutive: lA, RoleOT: lR, RoleOperations: lR},
	Want: []ProblemKind{ProblemSafetyNotConsulted},
}, {
	Name: "SafetyContinuityEHSConsulted", Control: "5.29", Domain: DomainOT, Profile: safety, Row: RACI{RoleExecutive: lA, RoleOT: lR, RoleOperations: lR, RoleEHS: lC},
}, {
	// Running the plant by hand through an outage is the site's people's
	// work; a remote owner with the site only consulted cannot do it.
	Name: "PlantContinuitySiteOnlyConsulted", Control: "5.30", Domain: DomainOT, Row: RACI{RoleExecutive: lA, RoleOT: lR, RoleSite: lC, RoleOperations: lC},
	Want: []ProblemKind{ProblemNoPlantHands},
}, {
	Name: "PlantDisruptionSiteAccountable", Control: "5.29", Domain: DomainOT, Row: RACI{RoleSite: lA, RoleOT: lR},
}, {
	Name: "ContinuityHandsOnlyOnThePlantFloor", Control: "5.30", Domain: DomainIT, Row: RACI{RoleIT: lAR},
}, {
	// The plant's gate, badges and control-room keys are the site's.
	Name: "PlantEntryCentralOnly", Control: "7.2", Domain: DomainOT, Row: RACI{RoleISMSOwner: lA, RoleOT: lR, RoleSite: lC},
	Want: []ProblemKind{ProblemSiteNotOnPremises},
}, {
	Name: "PlantPerimeterSiteResponsible", Control: "7.1", Domain: DomainOT, Row: RACI{RoleISMSOwner: lA, RoleSite: lR},
}, {
	Name: "OfficeEntryNotTheSite", Control: "7.2", Domain: DomainIT, Row: RACI{RoleISMSOwner: lA, RoleIT: lR},
}, {
	// Screening runs through HR's own process.
	Name: "ScreeningWithoutHR", Control: "6.1", Domain: DomainOT, Row: RACI{RoleOT: lAR},
	Want: []ProblemKind{ProblemFunctionLeftOut}, Roles: []Role{RoleHR},
}, {
	Name: "ScreeningHRConsulted", Control: "6.1", Domain: DomainOT, Row: RACI{RoleOT: lAR, RoleHR: lC},
}, {
	// Being told afterwards is not taking part.
	Name: "SupplierAgreementsProcurementInformed", Control: "5.20", Domain: DomainIT, Row: RACI{RoleISMSOwner: lA, RoleIT: lR, RoleProcurement: lI},
	Want: []ProblemKind{ProblemFunctionLeftOut}, Roles: []Role{RoleProcurement},
}, {
	Name: "SupplierAgreementsByProcurement", Control: "5.20", Domain: DomainShared, Row: RACI{RoleProcurement: lAR, RoleIT: lC, RoleOT: lC},
}, {
	// A remote owner with the site only consulted cannot stop a line.
	Name: "PlantResponseSiteOnlyConsulted", Control: "5.26", Domain: DomainOT, Row: RACI{RoleISMSOwner: lA, RoleOT: lR, RoleSite: lC, RoleOperations: lC},
	Want: []ProblemKind{ProblemCannotAct, ProblemNoAuthorityToStop}, Roles: []Role{RoleISMSOwner},
}, {
	Name: "PlantResponseSiteAccountable", Control: "5.26", Domain: DomainOT, Row: RACI{RoleSite: lA, RoleOT: lR},
}, {
	// Operations can act, but the ISMS owner cannot decide the response.
	Name: "PlantResponseOperationsResponsible", Control: "5.26", Domain: DomainOT, Row: RACI{RoleISMSOwner: lA, RoleOperations: lR},
	Want: []ProblemKind{ProblemCannotAct}, Roles: []Role{RoleISMSOwner},
}, {
	Name: "PlantResponseOTLeadWithOperations", Control: "5.26", Domain: DomainOT, Row: RACI{RoleOT: lA, RoleOperations: lR},
}, {
	Name: "ResponseAuthorityOnlyOnThePlantFloor", Control: "5.26", Domain: DomainIT, Row: RACI{RoleISMSOwner: lAR},
}, {
	Name: "PolicyOwnedByISMSOwner", Control: "5.1", Domain: DomainIT, Row: RACI{RoleISMSOwner: lAR, RoleIT: lC},
	Want: []ProblemKind{ProblemManagementNotAccountable}, Roles: []Role{RoleISMSOwner},
}, {
	Name: "ManagementDutiesOwnedByOTLead", Control: "5.4", Domain: DomainOT, Row: RACI{RoleOT: lAR},
	Want: []ProblemKind{ProblemManagementNotAccountable}, Roles: []Role{RoleOT},
}, {
	Name: "PolicyApprovedByExecutive", Control: "5.1", Domain: DomainOT, Row: RACI{RoleExecutive: lA, RoleISMSOwner: lR, RoleOT: lR},
}, {
	// Without any A the row reports only that.
	Name: "RolesWithoutA", Control: "5.2", Domain: DomainIT, Row: RACI{RoleISMSOwner: lR},
	Want: []ProblemKind{ProblemNoAccountable},
}, {
	Name: "ReviewOwnedByISMSOwner", Control: "5.35", Domain: DomainIT, Row: RACI{RoleISMSOwner: lAR},
	Want: []ProblemKind{ProblemReviewNotIndependent}, Roles: []Role{RoleISMSOwner},
}, {
	Name: "ReviewOwnedByExecutive", Control: "5.35", Domain: DomainShared, Row: RACI{RoleExecutive: lA, RoleISMSOwner: lR, RoleIT: lC, RoleOT: lC},
}, {
	// The IT lead's own work is what the review examines.
	Name: "ReviewOwnedByITLead", Control: "5.35", Domain: DomainIT, Row: RACI{RoleIT: lAR},
	Want: []ProblemKind{ProblemReviewNotIndependent}, Roles: []Role{RoleIT},
}, {
	Name: "ReviewOwnedBySite", Control: "5.35", Domain: DomainOT, Row: RACI{RoleSite: lA, RoleISMSOwner: lR},
	Want: []ProblemKind{ProblemReviewNotIndependent}, Roles: []Role{RoleSite},
}, {
	// Quality runs none of the security under review (GMP plants often
	// have it run audits).
	Name: "ReviewOwnedByQuality", Control: "5.35", Domain: DomainOT, Row: RACI{RoleQuality: lA, RoleISMSOwner: lR},
}, {
	// Segregation of duties is decided in assigning roles: top
	// management's, like 5.1, 5.2 and 5.4, and one of the governance rows
	// whose split accountability is a finding.
	Name: "SegregationOwnedByISMSOwner", Control: "5.3", Domain: DomainOT, Row: RACI{RoleISMSOwner: lAR},
	Want: []ProblemKind{ProblemManagementNotAccountable}, Roles: []Role{RoleISMSOwner},
}, {
	Name: "SegregationOwnedByExecutive", Control: "5.3", Domain: DomainIT, Row: RACI{RoleExecutive: lA, RoleISMSOwner: lR},
}, {
	// Quality approves and runs change control; the OT lead makes the
	// change: approval and execution are apart, as the GMP rule asks.
	Name: "GMPChangeQualityRunsChangeControl", Control: "8.32", Domain: DomainOT, Profile: gmp, Row: RACI{RoleQuality: lAR, RoleOT: lR},
}, {
	// Quality alone approves and carries out: nothing is apart.
	Name: "GMPChangeQualityAlone", Control: "8.32", Domain: DomainOT, Profile: gmp, Row: RACI{RoleQuality: lAR, RoleOT: lC},
	Want: []ProblemKind{ProblemDutiesNotSeparated}, Roles: []Role{RoleQuality},
}, {
	Name: "AccessApprovedByISMSOwnerGrantedByIT", Control: "5.18", Domain: DomainIT, Row: RACI{RoleISMSOwner: lAR, RoleIT: lR},
}, {
	// A vendor's R does not carry out an internal approver's duty apart.
	Name: "AccessISMSOwnerWithVendorOnly", Control: "5.18", Domain: DomainIT, Row: RACI{RoleISMSOwner: lAR, RoleIntegrator: lR},
	Want: []ProblemKind{ProblemDutiesNotSeparated}, Roles: []Role{RoleISMSOwner},
}, {
	Name: "DPOAccountableForPrivacy", Control: "5.34", Domain: DomainIT, Row: RACI{RoleDPO: lA, RoleLegal: lR},
	Want: []ProblemKind{ProblemDPOAccountable}, Roles: []Role{RoleDPO},
}, {
	Name: "DPOAdvisesAndDoes", Control: "5.34", Domain: DomainIT, Row: RACI{RoleLegal: lA, RoleDPO: lR},
}, {
	// The DMZ firewall run by IT alone: the seed's central failure case.
	Name: "SharedNetworkWithoutOT", Control: "8.22", Domain: DomainShared, Row: RACI{RoleIT: lAR},
	Want: []ProblemKind{ProblemSharedSideMissing}, Roles: []Role{RoleOT},
}, {
	Name: "SharedNetworkOTOnlyInformed", Control: "8.21", Domain: DomainShared, Row: RACI{RoleIT: lAR, RoleOT: lI},
	Want: []ProblemKind{ProblemSharedSideMissing}, Roles: []Role{RoleOT},
}, {
	Name: "SharedNetworkNeitherLead", Control: "8.20", Domain: DomainShared, Row: RACI{RoleISMSOwner: lAR},
	Want: []ProblemKind{ProblemSharedSideMissing}, Roles: []Role{RoleIT, RoleOT},
}, {
	Name: "SharedNetworkBothLeads", Control: "8.22", Domain: DomainShared, Row: RACI{RoleIT: lAR, RoleOT: lC},
}, {
	// Medium relevance: one side alone is allowed.
	Name: "SharedMediumOneSide", Control: "8.3", Domain: DomainShared, Row: RACI{RoleIT: lAR},
}, {
	Name: "EveryRuleAtOnce", Control: "8.32", Domain: DomainOT, Profile: Profile{Validated: true, SafetyCritical: true}, Row: RACI{RoleOT: lAR},
	Want: []ProblemKind{ProblemDutiesNotSeparated, ProblemQualityNotConsulted, ProblemSafetyNotConsulted},
}}

func TestCheckRow(t *testing.T) {
	for _, tt := range checkTests {
		t.Run(tt.Name, func(t *testing.T) {
			c, ok := ControlByID(tt.Control)
			require.True(t, ok, "control %s", tt.Control)
			k := CellKey{tt.Control, tt.Domain}
			got := CheckRow(k, tt.Row, c, tt.Profile)
			var kinds []ProblemKind
			for _, p := range got {
				kinds = append(kinds, p.Kind)
				assert.Equal(t, k, p.Key)
				assert.NotEmpty(t, p.Message, "%s has no message", p.Kind)
			}
			assert.Equal(t, tt.Want, kinds)
			if tt.Roles != nil && len(got) > 0 {
				assert.Equal(t, tt.Roles, got[0].Roles)
			}
		})
	}
}

// Messages speak of roles by the names the organisation gave them.
func TestCheckRowUsesRoleNames(t *testing.T) {
	ch := Checker{
		Profile: Profile{Validated: true},
		Names:   map[Role]string{RoleOT: "Head of Automation", RoleIT: "CIO", RoleQuality: "QA"},
	}
	c, _ := ControlByID("8.32")
	ps := ch.Row(CellKey{"8.32", DomainOT}, RACI{RoleOT: lAR, RoleIT: lA}, c)
	require.Len(t, ps, 3)
	assert.Equal(t, "CIO and Head of Automation are both accountable (A or A/R). Keep exactly one; the other can be R or C.", ps[0].Message)
	three := ch.Row(CellKey{"8.32", DomainOT}, RACI{RoleOT: lAR, RoleIT: lA, RoleQuality: lA}, c)
	assert.Equal(t, "CIO, Head of Automation and QA are all accountable (A or A/R). Keep exactly one; the others can be R or C.", three[0].Message, "three or more are all")
	assert.Contains(t, ps[1].Message, "Head of Automation both approves and does this (A/R).")
	assert.Contains(t, ps[2].Message, "Give QA the A (it approves) or an R (it runs change control).")
	p5, _ := ControlByID("8.13")
	ps = ch.Row(CellKey{"8.13", DomainOT}, RACI{RoleOT: lAR}, p5)
	require.Len(t, ps, 1)
	assert.Contains(t, ps[0].Message, "Give QA at least a C.")
	assert.NotContains(t, ps[0].Message, "change control", "backup is a data-integrity duty, not a change")
}

func TestCheckMatrixWith(t *testing.T) {
	controls := []Control{
		{ID: "5.10", Relevance: RelevanceHigh},
		{ID: "5.9", Relevance: RelevanceLow},
	}
	a := Assessment{Matrix: Matrix{
		{"5.9", DomainIT}:     {RoleIT: lR},
		{"5.10", DomainIT}:    {RoleIT: lAR},
		{"5.10", DomainOT}:    {RoleOT: lA},
		{"99.1", DomainOT}:    {RoleOT: lC}, // outside the grid: ignored
		{"5.9", DomainShared}: {RoleIT: lAR},
	}}
	var got []Problem
	for _, p := range CheckMatrixWith(a, controls) {
		got = append(got, Problem{Key: p.Key, Kind: p.Kind})
	}
	assert.Equal(t, []Problem{
		{Key: CellKey{"5.10", DomainOT}, Kind: ProblemNoResponsible},
		{Key: CellKey{"5.10", DomainShared}, Kind: ProblemUnassigned},
		{Key: CellKey{"5.9", DomainIT}, Kind: ProblemNoAccountable},
	}, got, "controls order, then domain order")
	assert.Empty(t, CheckMatrixWith(Assessment{}, nil))
}

func TestProblemKindsAreExplained(t *testing.T) {
	seen := map[ProblemKind]bool{}
	for _, k := range ProblemKinds {
		assert.False(t, seen[k], "%s listed twice", k)
		seen[k] = true
		assert.NotEqual(t, string(k), k.Title(), "%s has no title", k)
		assert.NotEmpty(t, k.Explanation(), "%s has no explanation", k)
	}
	// Every kind a test saw is listed, and every listed kind is shown
	// firing by at least one test.
	fired := map[ProblemKind]bool{}
	for _, tt := range checkTests {
		for _, k := range tt.Want {
			assert.True(t, seen[k], "%s is not in ProblemKinds", k)
			fired[k] = true
		}
	}
	// The by-person check needs the role register: TestCheckRowSamePerson.
	fired[ProblemSamePerson] = true
	for _, k := range ProblemKinds {
		assert.True(t, fired[k], "no test shows %s firing", k)
	}
}

// The controls the rules name exist, and the messages say something
// specific about each.
func TestRuleControlsExist(t *testing.T) {
	for name, ids := range map[string][]string{"GMP": GMPControls, "safety": SafetyControls, "separated": SeparatedControls, "management": ManagementControls,
		"GMP shared": GMPSharedControls, "premises": PremisesControls} {
		for _, id := range ids {
			_, ok := ControlByID(id)
			assert.True(t, ok, "%s control %s is not an Annex A control", name, id)
		}
	}
	for _, id := range GMPControls {
		assert.NotEqual(t, gmpReason(""), gmpReason(id), id)
	}
	for _, id := range GMPSharedControls {
		assert.Contains(t, GMPControls, id, "a shared GMP control is a GMP control")
		assert.NotEqual(t, gmpSharedReason(""), gmpSharedReason(id), id)
	}
	for _, id := range SeparatedControls {
		assert.NotEqual(t, "these duties", separatedDuty(id), id)
	}
	for _, id := range ManagementControls {
		assert.NotEqual(t, "this", managementDuty(id), id)
	}
}

func TestCheckerMatchesCheckRow(t *testing.T) {
	a := Sample(0, mustTime(t, "2026-03-01T00:00:00Z"))
	ch := NewChecker(a)
	var viaRow []Problem
	for _, c := range Controls() {
		for _, d := range Domains {
			k := CellKey{c.ID, d}
			viaRow = append(viaRow, CheckRow(k, a.Matrix[k], c, a.Profile)...)
		}
	}
	assert.Equal(t, viaRow, ch.Matrix(a.Matrix, Controls()))
	assert.Equal(t, viaRow, CheckMatrix(a))
}

func TestMatrixStatus(t *testing.T) {
	controls := []Control{
		{ID: "5.1", Theme: ThemeOrganizational, Relevance: RelevanceMedium},
		{ID: "8.20", Theme: ThemeTechnological, Relevance: RelevanceHigh},
	}
	full, err := PresetWith(ModelFederated, controls, Profile{})
	require.NoError(t, err)
	without := func(keys ...CellKey) Matrix {
		m := cloneMatrix(full)
		for _, k := range keys {
			delete(m, k)
		}
		return m
	}
	tests := []struct {
		Name    string
		Matrix  Matrix
		State   MatrixState
		Domains []MatrixState // IT, OT, shared
		Decided int
		Detail  string
	}{{
		Name: "Untouched", Matrix: nil, State: MatrixNotStarted,
		Domains: []MatrixState{MatrixNotStarted, MatrixNotStarted, MatrixNotStarted},
		Detail:  "0 of 6 rows decided: Corporate IT 0 of 2, Plant OT 0 of 2, Shared infrastructure 0 of 2.",
	}, {
		Name: "OnlyClearedLetters", Matrix: Matrix{{"5.1", DomainIT}: {RoleIT: LetterNone}}, State: MatrixNotStarted,
		Domains: []MatrixState{MatrixNotStarted, MatrixNotStarted, MatrixNotStarted},
	}, {
		Name: "Complete", Matrix: full, State: MatrixPasses, Decided: 6,
		Domains: []MatrixState{MatrixPasses, MatrixPasses, MatrixPasses},
	}, {
		// An empty IT row reports no problem of its own, yet IT does
		// not pass: it is not decided.
		Name: "OneITRowMissing", Matrix: without(CellKey{"8.20", DomainIT}), State: MatrixIncomplete, Decided: 5,
		Domains: []MatrixState{MatrixIncomplete, MatrixPasses, MatrixPasses},
	}, {
		Name: "ITOnly", Matrix: without(CellKey{"5.1", DomainOT}, CellKey{"8.20", DomainOT}, CellKey{"5.1", DomainShared}, CellKey{"8.20", DomainShared}),
		State: MatrixIncomplete, Decided: 2,
		Domains: []MatrixState{MatrixPasses, MatrixNotStarted, MatrixNotStarted},
	}, {
		Name: "CompleteWithAProblem", Matrix: SetLetter(full, CellKey{"8.20", DomainOT}, RoleOT, lA), State: MatrixProblems, Decided: 6,
		Domains: []MatrixState{MatrixPasses, MatrixProblems, MatrixPasses},
	}}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			st := MatrixStatusWith(Assessment{Matrix: tt.Matrix}, controls)
			assert.Equal(t, tt.State, st.State)
			assert.Equal(t, tt.State == MatrixPasses, st.Passes())
			assert.Equal(t, 6, st.Needed)
			assert.Equal(t, tt.Decided, st.Decided)
			require.Len(t, st.Domains, 3)
			for i, d := range st.Domains {
				assert.Equal(t, Domains[i], d.Domain)
				assert.Equal(t, 2, d.Needed)
				assert.Equal(t, tt.Domains[i], d.State, "%s", d.Domain)
				assert.Equal(t, d.Passing+d.ProblemRows >= d.Decided, true)
			}
			if tt.Detail != "" {
				assert.Equal(t, tt.Detail, st.Detail())
			}
		})
	}
}

func TestDomainStatusSummary(t *testing.T) {
	for _, tt := range []struct {
		d    DomainStatus
		want string
	}{
		{DomainStatus{Domain: DomainIT, Needed: 93, State: MatrixNotStarted}, "Corporate IT: not started (0 of 93 rows decided)"},
		{DomainStatus{Domain: DomainOT, Needed: 93, Decided: 80, ProblemRows: 5, State: MatrixIncomplete}, "Plant OT: 80 of 93 rows decided, 5 with problems"},
		{DomainStatus{Domain: DomainOT, Needed: 93, Decided: 80, State: MatrixIncomplete}, "Plant OT: 80 of 93 rows decided"},
		{DomainStatus{Domain: DomainShared, Needed: 93, Decided: 93, Passing: 93, State: MatrixPasses}, "Shared infrastructure: 93 of 93 rows decided, all pass"},
	} {
		assert.Equal(t, tt.want, tt.d.Summary())
	}
	for _, s := range []MatrixState{MatrixNotStarted, MatrixIncomplete, MatrixProblems, MatrixPasses} {
		assert.False(t, strings.Contains(s.Label(), "-"), "label of %s", s)
	}
	assert.True(t, slices.Contains([]string{"Not started"}, MatrixNotStarted.Label()))
}

// The DPO on privacy and PII (rule 15b): asked for only where the role
// register names one, since not every organisation must have a DPO.
func TestCheckRowDPOInvolved(t *testing.T) {
	dpo := map[Role]Holder{RoleDPO: {Name: " M. Weber "}}
	tests := []struct {
		name    string
		control string
		domain  Domain
		row     RACI
		holders map[Role]Holder
		want    bool // a function-left-out problem naming the DPO
	}{
		{name: "NamedDPOLeftOut", control: "5.34", domain: DomainIT, row: RACI{RoleLegal: lA, RoleIT: lR}, holders: dpo, want: true},
		{name: "NamedDPOInformedOnThePlantFloor", control: "5.34", domain: DomainOT, row: RACI{RoleLegal: lA, RoleOT: lR, RoleDPO: lI}, holders: dpo, want: true},
		{name: "NamedDPOConsulted", control: "5.34", domain: DomainShared, row: RACI{RoleLegal: lA, RoleIT: lR, RoleDPO: lC}, holders: dpo},
		{name: "NoDPONamed", control: "5.34", domain: DomainIT, row: RACI{RoleLegal: lA, RoleIT: lR}, holders: map[Role]Holder{RoleDPO: {Deputy: "X"}}},
		{name: "NoRegister", control: "5.34", domain: DomainIT, row: RACI{RoleLegal: lA, RoleIT: lR}},
		{name: "OtherControl", control: "5.33", domain: DomainIT, row: RACI{RoleLegal: lA, RoleIT: lR}, holders: dpo},
		{name: "EmptyRow", control: "5.34", domain: DomainIT, holders: dpo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := ControlByID(tt.control)
			require.True(t, ok, tt.control)
			var got []Problem
			for _, p := range (Checker{Holders: tt.holders}).Row(CellKey{tt.control, tt.domain}, tt.row, c) {
				if p.Kind == ProblemFunctionLeftOut {
					got = append(got, p)
				}
			}
			if !tt.want {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, []Role{RoleDPO}, got[0].Roles)
			assert.Contains(t, got[0].Message, "names M. Weber as Data protection officer")
			assert.Contains(t, got[0].Message, "GDPR Art. 38(1)")
		})
	}
}

// Segregation of duties by person: on the rows of SeparatedControls the
// role that approves and a role that does the work must be held by
// different people in the role register.
func TestCheckRowSamePerson(t *testing.T) {
	novak := Holder{Name: "J. Novak"}
	tests := []struct {
		name    string
		control string
		domain  Domain
		row     RACI
		holders map[Role]Holder
		roles   []Role // nil: no same-person problem
		msg     string
	}{
		{name: "ApproverAndDoerSamePerson", control: "5.18", domain: DomainIT,
			row:     RACI{RoleISMSOwner: lA, RoleIT: lR},
			holders: map[Role]Holder{RoleISMSOwner: novak, RoleIT: novak},
			roles:   []Role{RoleISMSOwner, RoleIT},
			msg:     "J. Novak holds both ISMS owner (CISO / risk), which approves here (A), and IT lead, which does the work (R): one person would be approving and granting access rights."},
		{name: "NamesComparedAsPersonKey", control: "8.32", domain: DomainShared,
			row:     RACI{RoleISMSOwner: lA, RoleIT: lR, RoleOT: lC},
			holders: map[Role]Holder{RoleISMSOwner: novak, RoleIT: {Name: " j.  novak"}},
			roles:   []Role{RoleISMSOwner, RoleIT}},
		{name: "DoerAmongSeveralR", control: "8.2", domain: DomainOT,
			row:     RACI{RoleSite: lA, RoleOT: lR, RoleMaintenance: lR},
			holders: map[Role]Holder{RoleSite: novak, RoleMaintenance: novak, RoleOT: {Name: "B"}},
			roles:   []Role{RoleSite, RoleMaintenance}},
		{name: "DifferentPeople", control: "5.18", domain: DomainIT,
			row:     RACI{RoleISMSOwner: lA, RoleIT: lR},
			holders: map[Role]Holder{RoleISMSOwner: novak, RoleIT: {Name: "B. Other"}}},
		{name: "SamePersonOnlyConsulted", control: "5.18", domain: DomainIT,
			row:     RACI{RoleISMSOwner: lA, RoleIT: lR, RoleHR: lC},
			holders: map[Role]Holder{RoleISMSOwner: novak, RoleHR: novak}},
		{name: "NotASeparatedControl", control: "5.15", domain: DomainIT,
			row:     RACI{RoleISMSOwner: lA, RoleIT: lR},
			holders: map[Role]Holder{RoleISMSOwner: novak, RoleIT: novak}},
		{name: "BothVacant", control: "5.18", domain: DomainIT,
			row:     RACI{RoleISMSOwner: lA, RoleIT: lR},
			holders: map[Role]Holder{RoleHR: novak}},
		{name: "NoRegister", control: "5.18", domain: DomainIT,
			row: RACI{RoleISMSOwner: lA, RoleIT: lR}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := ControlByID(tt.control)
			require.True(t, ok)
			k := CellKey{tt.control, tt.domain}
			var got []Problem
			for _, p := range (Checker{Holders: tt.holders}).Row(k, tt.row, c) {
				if p.Kind == ProblemSamePerson {
					got = append(got, p)
				}
			}
			if tt.roles == nil {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, tt.roles, got[0].Roles)
			if tt.msg != "" {
				assert.Contains(t, got[0].Message, tt.msg)
			}
			// The role-level check knows nothing of people.
			assert.NotContains(t, kindsOf(CheckRow(k, tt.row, c, Profile{})), ProblemSamePerson)
		})
	}
}

func kindsOf(ps []Problem) []ProblemKind {
	var out []ProblemKind
	for _, p := range ps {
		out = append(out, p.Kind)
	}
	return out
}
