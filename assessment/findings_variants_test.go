package assessment

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// emergencyClause is how every first step that closes plant connections
// (SCO-03, BRF-06, BRF-08, finding and action alike) says under which
// authority: it presumes no emergency change route, which the answers
// may say does not exist. emergencyClauseGMP is its form on a GMP site,
// where the equipment concerned may be validated; mocClause and
// mocClauseGMP its forms in a safety-critical process, which always has
// a management of change with an emergency route.
const (
	emergencyClause    = "once operations confirm it, by emergency change or, lacking such a route, with the site director's recorded approval"
	emergencyClauseGMP = "once operations confirm it, by emergency change or, lacking such a route, with the recorded approval of the site director and Quality"
	mocClause          = "once operations confirm it, under the plant's management of change, by its emergency route or, lacking one, by a change review the site director convenes the same day with EHS"
	mocClauseGMP       = "once operations confirm it, under the plant's management of change, by its emergency route or, lacking one, by a change review the site director convenes the same day with EHS and Quality"
)

// boundaryAt is the it-ot-boundary-open finding of a top assessment whose
// profile records connectivity conn and whose BRF-08 is rated r.
func boundaryAt(t *testing.T, conn string, r Rating) Finding {
	t.Helper()
	a := topAssessment(t)
	a.Profile.Connectivity = conn
	// The GMP form of the steps is TestEmergencyClauseConsistent's.
	a.Profile.Validated = false
	a.Answers["BRF-08"] = Answer{Rating: r}
	// No OT lead recorded: the steps keep who acts until one is named.
	a.Answers["ROL-03"] = Answer{Rating: Rating2}
	f, ok := findingByID(Findings(a), FindingBoundaryOpen)
	require.True(t, ok, "BRF-08=%s on %q raises %s", r, conn, FindingBoundaryOpen)
	return f
}

// TestBoundaryFindingByConnectivity: on plants the profile records as
// isolated, the boundary finding says the answer contradicts, or leaves
// unconfirmed, the isolation, and its step confirms the isolation on site
// instead of closing links and building a DMZ; on plants connected through
// a DMZ, diode or jump hosts only, it speaks of links that bypass those
// points; on integrated plants, which often share one network with the
// office, it closes unused access into plant systems and separates the
// plant network line by line in planned windows; elsewhere it closes the
// office-to-plant connections. Whatever the wording, the finding stays
// critical.
func TestBoundaryFindingByConnectivity(t *testing.T) {
	const (
		isolatedStep = "Have the OT lead (until one is named, an engineer the site director names) and IT confirm on site that no network path joins the plant networks and corporate IT;"
		// majorProfile is safety-critical: the steps go through the
		// plant's management of change (mocClause).
		directStep   = "Have IT and the OT lead (until one is named, an engineer the site director names) close access into plant systems no running process needs, " + mocClause + ";"
		brokeredStep = "Have IT and the OT lead (until one is named, an engineer the site director names) close links that bypass controlled points once operations confirm no process needs them, under the plant's management of change, by its emergency route or, lacking one, by a change review the site director convenes the same day with EHS;"
		directTitle  = "Traffic between corporate IT and the plant networks is not restricted to documented flows"
		// Integrated: office and plant systems share a network, so the
		// first step closes unused access into plant systems, and the
		// separation follows line by line in planned windows.
		integratedStep = "Have IT and the OT lead (until one is named, an engineer the site director names) close access into plant systems no running process needs (remote administration and file shares open to office computers, services reachable from the internet), " + mocClause + ";"
	)
	tests := []struct {
		name   string
		conn   string
		rating Rating
		title  string
		step   string   // the step, after any "First establish …" prefix, begins with it
		reason string   // the reason contains it
		says   []string // the step contains them
		never  []string // neither the step nor the reason contains them
	}{
		{"Isolated/0", ConnectivityIsolated, Rating0,
			"The plants are recorded as isolated from corporate IT, but the isolation is answered as not checked and its crossings as not controlled",
			isolatedStep, "The profile records the plants as isolated, but the answer to BRF-08 does not confirm it.",
			[]string{"list every remaining crossing with its owner and control", "where a link must stay, record the plant as connected, not isolated"},
			[]string{"DMZ", "office-to-plant", "unrestricted", "safety instrumented"}},
		{"Isolated/1", ConnectivityIsolated, Rating1,
			"The plants are recorded as isolated from corporate IT, but the isolation and its crossings are answered as checked and controlled only in part",
			isolatedStep, "does not confirm it", nil, []string{"DMZ"}},
		{"Isolated/unknown", ConnectivityIsolated, RatingUnknown,
			"Not established whether the plants are in fact isolated from corporate IT",
			isolatedStep, "does not confirm it", []string{"where a link must stay, record the plant as connected, not isolated"}, []string{"DMZ"}},
		{"Brokered/0", ConnectivityBrokered, Rating0, directTitle,
			brokeredStep, "The profile records exchange with corporate IT through a DMZ, a data diode or jump hosts only",
			[]string{"name one owner of the boundary rule set"}, []string{"office-to-plant", "unrestricted"}},
		{"Integrated/0", ConnectivityIntegrated, Rating0, directTitle,
			integratedStep, "The profile records routine direct connections between corporate IT and plant systems",
			[]string{"in planned windows, one line or unit at a time", "name one owner of the boundary rule set"},
			[]string{"office-to-plant connections", "DMZ", "data diode", "emergency change route", "unrestricted"}},
		{"Integrated/unknown", ConnectivityIntegrated, RatingUnknown,
			"Not established whether traffic between corporate IT and the plant networks is restricted to documented flows through controlled points",
			integratedStep, "Where office and plant systems share a network", nil, nil},
		{"NotRecorded/1", "", Rating1, "Traffic between corporate IT and the plant networks is restricted only in part",
			directStep, "Where the boundary is not restricted", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := boundaryAt(t, tt.conn, tt.rating)
			assert.Equal(t, SeverityCritical, f.Severity, "an open or unconfirmed boundary is critical whatever the profile records")
			assert.Equal(t, tt.title, f.Title)
			// An "unknown" answer leads the step with finding out, except
			// where the step itself finds out (the isolated wording).
			step := f.Step
			step, led := strings.CutPrefix(step, "First establish whether this is in place and rate BRF-08 again; if it is not: ")
			assert.Equal(t, tt.rating == RatingUnknown && tt.conn != ConnectivityIsolated, led, f.Step)
			want := tt.step
			if tt.conn != ConnectivityIsolated {
				// Safety-critical (majorProfile): the path to the safety
				// instrumented systems is checked and closed first.
				want = "Check whether the safety instrumented systems and their engineering stations can be reached from office computers or remote access, and close any such path before anything else, under the process-safety management of change with EHS; then h" + want[1:]
			}
			assert.True(t, strings.HasPrefix(step, want), "step begins %q:\n%s", want, step)
			assert.Contains(t, f.Reason, tt.reason)
			for _, s := range tt.says {
				assert.Contains(t, f.Step, s)
			}
			for _, s := range tt.never {
				assert.NotContains(t, f.Step, s)
				assert.NotContains(t, f.Reason, s)
			}
		})
	}
}

// TestBoundaryFindingMatchesIsolatedAction: on isolated plants the
// finding's first step and the action on BRF-08 (isolatedTasks) start the
// same way, by checking on site that no network path joins the plants and
// corporate IT, and both list the crossings.
func TestBoundaryFindingMatchesIsolatedAction(t *testing.T) {
	f := boundaryAt(t, ConnectivityIsolated, Rating0)
	a := topAssessment(t)
	a.Profile.Connectivity = ConnectivityIsolated
	a.Answers["BRF-08"] = Answer{Rating: Rating0}
	act, ok := findAction(Actions(a), "BRF-08")
	require.True(t, ok)
	require.Equal(t, isolatedTasks["BRF-08"].task, act.Title)
	for _, s := range []string{"no network path joins the", "with its owner and control"} {
		assert.Contains(t, f.Step, s)
		assert.Contains(t, act.Title, s)
	}
	assert.Equal(t, f.Severity, act.Gap, "the action's gap is its finding's severity")
}

// TestBoundaryFindingGerman: the isolated wording is German too, the
// "unknown" title with the clause in German word order.
func TestBoundaryFindingGerman(t *testing.T) {
	defer l10n.Set(l10n.DE)()
	f := boundaryAt(t, ConnectivityIsolated, RatingUnknown)
	assert.Equal(t, "Nicht geklärt, ob die Werke tatsächlich von der Unternehmens-IT isoliert sind", f.Title)
	assert.True(t, strings.HasPrefix(f.Step, "Von der OT-Leitung"), f.Step)
	assert.True(t, strings.HasPrefix(f.Reason, "Das Profil erfasst die Werke als isoliert"), f.Reason)
}

// TestRestoreStepByProfile: the first step on unowned backups first
// gathers the copies there are into an offline store, then has each
// owner restore once on a spare or test system; on a GMP site it agrees
// the check with Quality, in a safety-critical process EHS verifies
// restored safety-system logic, on a site that is both it says both, and
// on a site that is neither it names neither.
func TestRestoreStepByProfile(t *testing.T) {
	const (
		base    = "Have the OT lead (until one is named, an engineer the site director names) copy now the latest programs and configurations of the plant systems, wherever they are kept (engineering laptops, project archives, vendor deliveries), into a controlled offline store, leaving the originals in place; then name an owner for the backups of each plant system, starting with those whose loss stops a line, and have each owner check that a current offline copy exists, matches what is running and has been restored once on a spare or test system."
		quality = "Agree the backup and restore check of validated systems with Quality."
		ehs     = "Have EHS verify restored safety-related logic (safety instrumented systems, safety PLCs) against the safety requirements before the system returns to service."
	)
	tests := []struct {
		name string
		p    Profile
		want string
	}{
		{"Neither", Profile{Plants: 2}, base},
		{"Validated", Profile{Validated: true}, base + " " + quality},
		{"SafetyCritical", Profile{SafetyCritical: true}, base + " " + ehs},
		{"Both", Profile{Validated: true, SafetyCritical: true}, base + " " + quality + " " + ehs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := findingByID(Findings(Assessment{Profile: tt.p, Answers: answers("CTL-07=0")}), FindingRestoreUnowned)
			require.True(t, ok)
			assert.Equal(t, tt.want, f.Step)
			assert.Contains(t, f.Reason, "the copies are often missing or out of date")
			assert.Equal(t, SeverityHigh, f.Severity, "the profile changes the wording, not the severity")
		})
	}
	// German: each added sentence in German, in the same order.
	defer l10n.Set(l10n.DE)()
	f, ok := findingByID(Findings(Assessment{Profile: Profile{Validated: true, SafetyCritical: true}, Answers: answers("CTL-07=0")}), FindingRestoreUnowned)
	require.True(t, ok)
	assert.True(t, strings.HasSuffix(f.Step, "wiederhergestellt wurde. Die Prüfung von Sicherung und Wiederherstellung validierter Systeme mit der Qualitätssicherung abstimmen. Wiederhergestellte sicherheitsgerichtete Logik (SIS, Sicherheitssteuerungen) von EHS gegen die Sicherheitsanforderungen prüfen lassen, bevor das System wieder in Betrieb geht."), f.Step)
}

// TestVendorContractsReasonByNIS2: the reason of vendor-contracts names
// NIS2 Article 21(2)(d) only for an organisation the profile records as
// an essential or important entity; an organisation outside NIS2, or one
// whose status is not known, is not told the Directive binds it.
func TestVendorContractsReasonByNIS2(t *testing.T) {
	for _, tt := range []struct {
		nis2   string
		entity bool
	}{
		{"", false},
		{NIS2OutOfScope, false},
		{NIS2Unknown, false},
		{NIS2Important, true},
		{NIS2Essential, true},
	} {
		t.Run("status="+tt.nis2, func(t *testing.T) {
			a := Assessment{Profile: Profile{NIS2: tt.nis2}, Answers: answers("INT-04=0")}
			f, ok := findingByID(Findings(a), FindingVendorContracts)
			require.True(t, ok)
			assert.True(t, strings.HasPrefix(f.Reason, "Without remote access rules, patch support and incident notification in the contract"), f.Reason)
			assert.Equal(t, tt.entity, strings.Contains(f.Reason, "NIS2"), f.Reason)
			assert.Equal(t, tt.entity, strings.HasSuffix(f.Reason, " entity under NIS2, the organisation must include security in the supply chain among its measures (Article 21(2)(d))."), f.Reason)
			// The reason names the class the profile records, not both.
			assert.NotContains(t, f.Reason, "essential or important")
			if tt.entity {
				assert.Contains(t, f.Reason, " As an "+tt.nis2+" entity under NIS2,", f.Reason)
			}
		})
	}
}

// TestFindingWording: findings say no more than the answer and the
// standard do, and their first steps work when the role they would send
// the work to is missing.
func TestFindingWording(t *testing.T) {
	tests := []struct {
		name    string
		finding string
		answer  string // "ID=rating"
		field   func(Finding) string
		says    []string
		never   []string
	}{
		{"PolicyLevel1Title", FindingPolicyNotApproved, "GOV-08=1", func(f Finding) string { return f.Title },
			[]string{"No current information security policy approved by top management"}, []string{"signed below"}},
		{"LeaversReason", FindingRolesHeldByLeavers, "ROL-07=0", func(f Finding) string { return f.Reason },
			[]string{"nonconformity against ISO/IEC 27001 5.3", "in an incident nobody takes the call"}, []string{"fails"}},
		{"LeaversStep", FindingRolesHeldByLeavers, "ROL-07=0", func(f Finding) string { return f.Step },
			[]string{"report each vacant role to the executive sponsor, who names a successor", "role register (create it if none exists)"}, []string{"ISMS owner"}},
		{"ReviewReason", FindingNoReviewDecisions, "PRA-04=0", func(f Finding) string { return f.Reason },
			[]string{"9.3.3", "decisions on continual improvement and on any changes needed to the ISMS"}, []string{"records a nonconformity"}},
		{"ReportingReason", FindingNIS2Reporting, "INC-08=0", func(f Finding) string { return f.Reason },
			[]string{"exposes the entity to supervisory measures and fines", "to liability under Article 20(1)"}, []string{"Directive's sanctions"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := topAssessment(t)
			id, r, _ := strings.Cut(tt.answer, "=")
			a.Answers[id] = Answer{Rating: Rating(r)}
			f, ok := findingByID(Findings(a), tt.finding)
			require.True(t, ok)
			for _, s := range tt.says {
				assert.Contains(t, tt.field(f), s)
			}
			for _, s := range tt.never {
				assert.NotContains(t, tt.field(f), s)
			}
		})
	}
	// The management body's liability is stated once.
	a := topAssessment(t)
	a.Answers["GOV-11"] = Answer{Rating: Rating0}
	f, ok := findingByID(Findings(a), FindingNIS2NotApproved)
	require.True(t, ok)
	assert.Equal(t, 1, strings.Count(f.Reason, "held liable"), f.Reason)
}

// TestEmergencyClauseConsistent: the three first steps that close plant
// connections, in the findings and in the actions, name the same
// authority in the same words for each profile, none presumes an
// emergency change route outside a safety-critical process, and none
// lets a safety-critical process bypass its management of change.
func TestEmergencyClauseConsistent(t *testing.T) {
	clauses := []string{emergencyClause, emergencyClauseGMP, mocClause, mocClauseGMP}
	for _, tt := range []struct {
		gmp, safety bool
		clause      string
	}{
		{false, false, emergencyClause},
		{true, false, emergencyClauseGMP},
		{false, true, mocClause},
		{true, true, mocClauseGMP},
	} {
		a := topAssessment(t)
		a.Profile.Connectivity = ConnectivityIntegrated
		a.Profile.Validated, a.Profile.SafetyCritical = tt.gmp, tt.safety
		for _, id := range []string{"SCO-03", "BRF-06", "BRF-08"} {
			a.Answers[id] = Answer{Rating: Rating0}
		}
		fs := Findings(a)
		acts := Actions(a)
		for _, q := range []struct{ question, finding string }{
			{"SCO-03", FindingVendorRoutesUnknown},
			{"BRF-06", FindingVendorSessionsOpen},
			{"BRF-08", FindingBoundaryOpen},
		} {
			t.Run(fmt.Sprintf("%s/gmp=%v/safety=%v", q.question, tt.gmp, tt.safety), func(t *testing.T) {
				f, ok := findingByID(fs, q.finding)
				require.True(t, ok)
				act, ok := findAction(acts, q.question)
				require.True(t, ok)
				for _, text := range []string{f.Step, act.Title} {
					// SCO-03 confirms "no running process needs them"; the
					// authority that follows is the same.
					want := strings.TrimPrefix(tt.clause, "once operations confirm it, ")
					assert.Contains(t, text, want)
					for _, c := range clauses {
						c = strings.TrimPrefix(c, "once operations confirm it, ")
						// mocClause begins mocClauseGMP.
						if c != want && !strings.HasPrefix(want, c) {
							assert.NotContains(t, text, c)
						}
					}
					assert.NotContains(t, text, "emergency change route")
					assert.NotContains(t, text, "where that route exists")
					if tt.safety {
						assert.NotContains(t, text, "site director's recorded approval", "a safety-critical process is not changed round its management of change")
					}
					// BRF-08 checks the path to the safety instrumented
					// systems first, in a safety-critical process only.
					sis := "check whether the safety instrumented systems and their engineering stations can be reached"
					if q.question == "BRF-08" && tt.safety {
						assert.Contains(t, strings.ToLower(text[:120]), sis)
					} else {
						assert.NotContains(t, strings.ToLower(text), sis)
					}
				}
				// On a GMP site the finding adds the change-control route
				// for a change made now, unless the step's own route
				// already brings Quality into the management of change
				// (safety-critical): one fallback, not two.
				assert.Equal(t, tt.gmp && !tt.safety, strings.Contains(f.Step, "raise it with Quality as a deviation"), f.Step)
				// A task saved unchanged reads back as the tool's own
				// (isGeneratedTask), in either language.
				assert.True(t, IsGeneratedTask(q.question, act.Title), q.question)
				defer l10n.Set(l10n.DE)()
				act, _ = findAction(Actions(a), q.question)
				assert.True(t, IsGeneratedTask(q.question, act.Title), act.Title)
			})
		}
	}
}

// TestFindingVariantsData keeps the variants sound: each says for which
// profiles it is, applies to at least one profile, words its steps as
// the rule's own are worded, and no two variants of a rule that replace
// the same text accept the same profile (textFor applies every match).
func TestFindingVariantsData(t *testing.T) {
	var profiles []Profile
	for _, conn := range []string{"", ConnectivityIsolated, ConnectivityBrokered, ConnectivityIntegrated} {
		for _, nis := range []string{"", NIS2OutOfScope, NIS2Unknown, NIS2Important, NIS2Essential} {
			for _, validated := range []bool{false, true} {
				for _, safety := range []bool{false, true} {
					for _, plants := range []int{0, 1, 3} {
						profiles = append(profiles, Profile{Connectivity: conn, NIS2: nis, Validated: validated, SafetyCritical: safety, Plants: plants})
					}
				}
			}
		}
	}
	n := 0
	for _, r := range findingRules {
		for i, v := range r.variants {
			n++
			require.NotNil(t, v.when, "%s variant %d", r.id, i)
			assert.NotEmpty(t, v.profileText, "%s variant %d says for which profiles it is", r.id, i)
			assert.True(t, slices.ContainsFunc(profiles, v.when), "%s variant %d applies to no profile", r.id, i)
			for _, s := range []string{v.step, v.stepAdd} {
				if s == "" {
					continue
				}
				first, _, _ := strings.Cut(s, " ")
				assert.Contains(t, findingVerbs, first, "%s variant %d: %q should start with a verb", r.id, i, s)
				assert.True(t, strings.HasSuffix(s, "."), "%s variant %d: %q", r.id, i, s)
			}
			for _, s := range []string{v.reason, v.reasonAdd} {
				assert.True(t, s == "" || strings.HasSuffix(s, "."), "%s variant %d: %q", r.id, i, s)
			}
			assert.False(t, strings.HasSuffix(v.whether, "."), "%s variant %d: whether is a clause inside a sentence", r.id, i)
			assert.True(t, v.whether == "" || len(r.questions) > 0, "%s variant %d: only a rule raised by answers asks whether", r.id, i)
			assert.True(t, v.partly == "" || r.partly != "", "%s variant %d: words level 1 apart where the rule does", r.id, i)
		}
		replaced := func(v findingVariant) []bool {
			return []bool{v.title != "", v.partly != "", v.whether != "", v.reason != "", v.step != ""}
		}
		for _, p := range profiles {
			count := make([]int, 5)
			for _, v := range r.variants {
				if !v.when(p) {
					continue
				}
				for k, set := range replaced(v) {
					if set {
						count[k]++
					}
				}
			}
			for k, c := range count {
				assert.LessOrEqual(t, c, 1, "%s: two variants replace field %d for %+v", r.id, k, p)
			}
		}
	}
	assert.GreaterOrEqual(t, n, 5, "the variants of the boundary, restore and vendor-contract findings")
	// FindingRules documents each variant.
	for _, r := range FindingRules() {
		i := slices.IndexFunc(findingRules, func(x findingRule) bool { return x.id == r.ID })
		assert.Len(t, r.Variants, len(findingRules[i].variants), r.ID)
	}
}

// TestSinglePlantFindingWording: for a profile recording a single plant,
// no finding, whatever raises it (answers, matrix, register, profile),
// speaks of several plants in any of its texts; for three plants every
// text is the one a profile that does not count the plants gets, the
// general wording. German for one: no-ot-lead names the plant's OT lead.
func TestSinglePlantFindingWording(t *testing.T) {
	texts := func(x findingText) []string {
		return append([]string{x.title, x.partly, x.whether, x.reason, x.step}, slices.Concat(x.reasonAdds, x.stepAdds)...)
	}
	// multiPlantOnly: a rule raised only by questions asked of two or
	// more plants (plants-not-segregated, BRF-07) never reaches a single
	// plant, and its text may speak of the plants.
	multiPlantOnly := func(r findingRule) bool {
		if len(r.questions) == 0 || r.cells != 0 || r.matrix != 0 || r.register != nil || r.profile != nil {
			return false
		}
		for _, id := range r.questions {
			if q, ok := QuestionByID(id); !ok || q.When != WhenMultiPlant {
				return false
			}
		}
		return true
	}
	for _, r := range findingRules {
		if multiPlantOnly(r) {
			continue
		}
		t.Run(r.id, func(t *testing.T) {
			for _, p := range plantProfiles(1) {
				for _, s := range texts(r.textFor(p)) {
					check := s
					for _, ok := range singlePlantAllowed {
						check = strings.ReplaceAll(check, ok, "")
					}
					assert.False(t, pluralPlant.MatchString(check), "%+v: %s", p, s)
				}
				several, unknown := p, p
				several.Plants, unknown.Plants = 3, 0
				assert.Equal(t, r.textFor(unknown), r.textFor(several), "several plants keep the general wording")
			}
		})
	}
	tests := []struct {
		plants int
		step   string
	}{
		{1, "Die OT-Leitung des Werks (Automatisierung, Technik oder Digitalisierung im Werk) benennen,"},
		{3, "Je Werk oder Region eine OT-Leitung"},
	}
	defer l10n.Set(l10n.DE)()
	for _, tt := range tests {
		f, ok := findingByID(Findings(Assessment{Profile: Profile{Plants: tt.plants}, Answers: answers("ROL-03=0")}), FindingNoOTLead)
		require.True(t, ok)
		assert.True(t, strings.HasPrefix(f.Step, tt.step), f.Step)
	}
}

// TestBoundaryOnPaper: BRF-08 at level 2 (the permitted flows written
// down, not enforced) raises a high finding where the profile records
// direct connections, and none on isolated or brokered plants or where
// the profile says nothing; below level 2 the critical finding speaks
// instead. The action on BRF-08 stands with the high ones.
func TestBoundaryOnPaper(t *testing.T) {
	tests := []struct {
		conn   string
		rating Rating
		want   string   // the boundary finding raised, "" for none
		gap    Severity // the BRF-08 action's gap
	}{
		{ConnectivityIntegrated, Rating2, FindingBoundaryOnPaper, SeverityHigh},
		{ConnectivityIsolated, Rating2, "", ""},
		{ConnectivityBrokered, Rating2, "", ""},
		{"", Rating2, "", ""},
		{ConnectivityIntegrated, Rating0, FindingBoundaryOpen, SeverityCritical},
		{ConnectivityIntegrated, Rating3, "", ""},
	}
	for _, tt := range tests {
		t.Run(cmp.Or(tt.conn, "none")+"/"+string(tt.rating), func(t *testing.T) {
			a := topAssessment(t)
			a.Profile.Connectivity = tt.conn
			a.Answers["BRF-08"] = Answer{Rating: tt.rating}
			var got []string
			for _, f := range Findings(a) {
				if f.ID == FindingBoundaryOpen || f.ID == FindingBoundaryOnPaper {
					got = append(got, f.ID)
					if f.ID == FindingBoundaryOnPaper {
						assert.Equal(t, SeverityHigh, f.Severity)
						assert.Equal(t, []string{"BRF-08"}, f.Questions)
					}
				}
			}
			if tt.want == "" {
				assert.Empty(t, got)
			} else {
				assert.Equal(t, []string{tt.want}, got)
			}
			for _, act := range Actions(a) {
				if act.Question == "BRF-08" {
					assert.Equal(t, tt.gap, act.Gap)
				}
			}
		})
	}
}

// TestUntilNamedClause: the steps that need an OT lead say who acts until
// one is named, unless the assessment records one (the register names the
// holder, or ROL-03 is implemented): the clause would then doubt what the
// assessment holds. Finding and action drop it alike, in both languages,
// and every text that has the clause has it in the one form that can be
// dropped.
func TestUntilNamedClause(t *testing.T) {
	base := Assessment{Profile: Profile{Plants: 3, Connectivity: ConnectivityIntegrated}, Answers: answers("BRF-08=0", "BRF-07=0", "CTL-07=0", "ROL-03=2")}
	named := base
	named.Holders = map[Role]Holder{RoleOT: {Name: "F. Example"}}
	implemented := base
	implemented.Answers = answers("BRF-08=0", "BRF-07=0", "CTL-07=0", "ROL-03=3")
	// An entry that says vacant names nobody (RegisterHolds); with the
	// site director named, the site director names the engineer.
	vacant := base
	vacant.Holders = map[Role]Holder{RoleOT: {Name: "vacant"}, RoleSite: {Name: "P. Example"}}
	// A register that names nobody for the site director either: the
	// executive sponsor names the engineer.
	noSite := base
	noSite.Holders = map[Role]Holder{RoleOT: {Name: "vacant"}}
	// An OT lead named at one plant and vacant at the others: the stand-in
	// is for the plants without one.
	inPart := base
	inPart.Holders = map[Role]Holder{RoleOT: {Name: "F. Example (Plant 1); vacant (Plants 2 and 3)"}, RoleSite: {Name: "P. Example"}}
	inPartNoSite := base
	inPartNoSite.Holders = map[Role]Holder{RoleOT: {Name: "F. Example (Plant 1); vacant (Plants 2 and 3)"}}
	for _, lang := range []l10n.Lang{l10n.EN, l10n.DE} {
		restore := l10n.Set(lang)
		for _, tt := range []struct {
			name   string
			a      Assessment
			clause string // the clause the steps carry, "" for none
		}{{"NoOTLead", base, untilOTLead}, {"RegisterNamesOne", named, ""}, {"RegisterSaysVacant", vacant, untilOTLead},
			{"RegisterNamesNoSiteDirector", noSite, untilOTLeadBySponsor}, {"RegisterVacantInPart", inPart, untilOTLeadInPart},
			{"VacantInPartNoSiteDirector", inPartNoSite, untilOTLeadInPartBySponsor}, {"ROL-03Implemented", implemented, ""}} {
			has := func(s string) bool {
				for _, c := range []string{untilOTLead, untilOTLeadBySponsor, untilOTLeadInPart, untilOTLeadInPartBySponsor} {
					if strings.Contains(s, l10n.T(c)) != (c == tt.clause) {
						return false
					}
				}
				return true
			}
			n := 0
			for _, f := range Findings(tt.a) {
				if slices.Contains([]string{FindingBoundaryOpen, FindingRestoreUnowned}, f.ID) {
					n++
					assert.True(t, has(f.Step), "%s %s: %s: %s", lang, tt.name, f.ID, f.Step)
				}
			}
			assert.Equal(t, 2, n, "%s %s", lang, tt.name)
			for _, act := range Actions(tt.a) {
				if slices.Contains([]string{"BRF-08", "CTL-07"}, act.Question) {
					assert.True(t, has(act.Title), "%s %s: %s: %s", lang, tt.name, act.Question, act.Title)
					assert.True(t, isGeneratedTask(act.Title, act.Question), "%s %s: %s is still the generated task", lang, tt.name, act.Question)
				}
			}
		}
		restore()
	}
	// Every catalogue text with the clause has it whole, in both languages.
	var texts []string
	for _, r := range findingRules {
		texts = append(texts, r.step)
		for _, v := range r.variants {
			texts = append(texts, v.step, v.stepAdd)
		}
	}
	for _, s := range actionSpecs {
		texts = append(texts, s.Task)
	}
	for _, s := range singlePlantTasks {
		texts = append(texts, s)
	}
	found := 0
	for _, en := range texts {
		if !strings.Contains(en, "until one is named") {
			continue
		}
		found++
		assert.Contains(t, en, untilOTLead)
		assert.Contains(t, l10n.In(l10n.DE, en), l10n.In(l10n.DE, untilOTLead), en)
	}
	assert.GreaterOrEqual(t, found, 6)
}

// TestNoOTLeadStepFollowsRegister: where the role register names the OT
// lead, the finding's first step confirms that person in writing, as
// ROL-03's action does; an empty or vacant entry keeps the step that
// names one.
func TestNoOTLeadStepFollowsRegister(t *testing.T) {
	for _, tt := range []struct {
		name, holder string
		plants       int
		want         string
	}{
		{"named, one plant", "S. Example", 1, otLeadRegisteredOne},
		{"named, three plants", "S. Example (Plant 1)", 3, otLeadRegistered},
		{"vacant", "vacant", 1, "Name the plant's OT lead"},
		{"empty", "", 3, "Name an OT lead per plant or region"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: Profile{Plants: tt.plants}, Answers: answers("ROL-03=0"), Holders: map[Role]Holder{RoleOT: {Name: tt.holder}}}
			f, ok := findingByID(Findings(a), FindingNoOTLead)
			require.True(t, ok)
			assert.True(t, strings.HasPrefix(f.Step, tt.want), f.Step)
			act := actionByID(t, Actions(a), "ROL-03")
			if RegisterHolds(a, RoleOT) {
				assert.Equal(t, act.Title, f.Step, "the finding's step is the action's task")
			}
		})
	}
}

// TestIncidentEscalationSafetyCritical: in a safety-critical process the
// escalation finding's step, and the action on INC-01 below level 2, add
// suspected cyber events to the site's alarm and emergency plan; without
// a safety-critical process neither does.
func TestIncidentEscalationSafetyCritical(t *testing.T) {
	const alarm = "triggers of the site's alarm and emergency plan"
	for _, safety := range []bool{true, false} {
		a := topAssessment(t)
		a.Profile.SafetyCritical = safety
		a.Answers["INC-01"] = Answer{Rating: Rating1}
		f, ok := findingByID(Findings(a), FindingOTIncidentsIsolated)
		require.True(t, ok)
		act, ok := findAction(Actions(a), "INC-01")
		require.True(t, ok)
		if safety {
			assert.Contains(t, f.Step, alarm)
			assert.Contains(t, act.Title, alarm)
		} else {
			assert.NotContains(t, f.Step, alarm)
			assert.NotContains(t, act.Title, alarm)
		}
	}
}

// TestReview44Findings: the rules review 44 (a three-plant automotive
// supplier) found missing or worded for another site. Each row rates one
// question on one profile and says which finding it raises, with what
// severity, and a phrase its text must or must not hold.
func TestReview44Findings(t *testing.T) {
	tests := []struct {
		name     string
		profile  Profile
		answer   string
		finding  string
		severity Severity // "" when the finding must not be raised
		text     string   // in the finding's title, reason and step
		absent   string   // not in them
	}{
		// BRF-05: equipment bought without security requirements.
		{"new equipment, outside NIS2", Profile{Plants: 3}, "BRF-05=0", FindingNewEquipmentUnsecured, SeverityMedium,
			"before the factory acceptance test", "NIS2"},
		{"new equipment, NIS2 important", Profile{Plants: 3, NIS2: NIS2Important}, "BRF-05=1", FindingNewEquipmentUnsecured, SeverityHigh,
			"As an important entity under NIS2, the organisation must include security in the acquisition", "essential"},
		{"new equipment, unknown", Profile{Plants: 3}, "BRF-05=unknown", FindingNewEquipmentUnsecured, SeverityMedium,
			"Not established whether security requirements are written into projects", ""},
		{"new equipment at level 2", Profile{Plants: 3}, "BRF-05=2", FindingNewEquipmentUnsecured, "", "", ""},
		// INT-02: no rule settles security against quality or safety.
		{"conflict rule, no safety-critical process", Profile{Plants: 3}, "INT-02=0", FindingNoConflictRule, SeverityMedium,
			"put from now on to the risk owner, who decides with the ISMS owner", ""},
		{"conflict rule case by case, safety-critical", Profile{Plants: 3, SafetyCritical: true}, "INT-02=1", FindingNoConflictRule, SeverityHigh,
			"settled case by case", ""},
		{"conflict rule at level 3", Profile{Plants: 3}, "INT-02=3", FindingNoConflictRule, "", "", ""},
		// SCO-01: for a NIS2 entity the measures cover the plants whatever
		// the scope leaves out.
		{"scope, NIS2 important", Profile{Plants: 3, NIS2: NIS2Important}, "SCO-01=1", FindingScopeGaps, SeverityHigh,
			"whatever the ISMS scope leaves out (Article 21(1))", ""},
		{"scope, NIS2 important, step", Profile{Plants: 3, NIS2: NIS2Important}, "SCO-01=0", FindingScopeGaps, SeverityHigh,
			"Document how the NIS2 measures reach every plant system the scope leaves out, or bring that system into scope.", ""},
		{"scope, outside NIS2", Profile{Plants: 3, NIS2: NIS2OutOfScope}, "SCO-01=1", FindingScopeGaps, SeverityHigh,
			"the certificate may claim more", "NIS2"},
		// INC-02: IT can cut connected plants off from its side.
		{"isolation, brokered", Profile{Plants: 3, Connectivity: ConnectivityBrokered}, "INC-02=1", FindingNoIsolationAuthority, SeverityCritical,
			"Agree with IT that it cuts plant systems off the corporate network only on the decision of the person named", ""},
		{"isolation, isolated plants", Profile{Plants: 3, Connectivity: ConnectivityIsolated}, "INC-02=1", FindingNoIsolationAuthority, SeverityCritical,
			"", "Agree with IT"},
		// BRF-06: a brokered site already has a place for sessions to pass.
		{"vendor sessions, brokered", Profile{Plants: 3, Connectivity: ConnectivityBrokered}, "BRF-06=1", FindingVendorSessionsOpen, SeverityCritical,
			"already in the IT/OT DMZ", ""},
		{"vendor sessions, integrated", Profile{Plants: 3, Connectivity: ConnectivityIntegrated}, "BRF-06=1", FindingVendorSessionsOpen, SeverityCritical,
			"", "IT/OT DMZ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: tt.profile, Answers: answers(tt.answer)}
			f, ok := findingByID(Findings(a), tt.finding)
			if tt.severity == "" {
				assert.False(t, ok, "%s must not be raised by %s", tt.finding, tt.answer)
				return
			}
			require.True(t, ok, "%s raised by %s", tt.finding, tt.answer)
			assert.Equal(t, tt.severity, f.Severity)
			text := f.Title + " " + f.Reason + " " + f.Step
			assert.Contains(t, text, tt.text)
			if tt.absent != "" {
				assert.NotContains(t, text, tt.absent)
			}
		})
	}
}

// TestRegisterWordingWithoutSiteDirector: where the role register names
// nobody for the site director, the first steps that close access now
// ask for the executive sponsor's approval instead of an empty seat's,
// in the finding and the action alike, in both languages, and the task
// still reads back as the tool's own.
func TestRegisterWordingWithoutSiteDirector(t *testing.T) {
	base := Assessment{Profile: Profile{Plants: 2, Validated: true, Connectivity: ConnectivityIntegrated}, Answers: answers("SCO-03=0")}
	noSite := base
	noSite.Holders = map[Role]Holder{RoleExecutive: {Name: "M. Example"}}
	withSite := base
	withSite.Holders = map[Role]Holder{RoleExecutive: {Name: "M. Example"}, RoleSite: {Name: "P. Example"}}
	for _, lang := range []l10n.Lang{l10n.EN, l10n.DE} {
		restore := l10n.Set(lang)
		for _, tt := range []struct {
			name      string
			a         Assessment
			want, not string
		}{
			{"NoSiteDirector", noSite, "with the recorded approval of the executive sponsor and Quality", "with the recorded approval of the site director and Quality"},
			{"SiteDirectorNamed", withSite, "with the recorded approval of the site director and Quality", "with the recorded approval of the executive sponsor and Quality"},
			// No register at all: nothing says the seat is empty.
			{"NoRegister", base, "with the recorded approval of the site director and Quality", "with the recorded approval of the executive sponsor and Quality"},
		} {
			f, ok := findingByID(Findings(tt.a), FindingVendorRoutesUnknown)
			require.True(t, ok, "%s %s", lang, tt.name)
			assert.Contains(t, f.Step, l10n.T(tt.want), "%s %s: finding", lang, tt.name)
			assert.NotContains(t, f.Step, l10n.T(tt.not), "%s %s: finding", lang, tt.name)
			found := false
			for _, act := range Actions(tt.a) {
				if act.Question == "SCO-03" {
					found = true
					assert.Contains(t, act.Title, l10n.T(tt.want), "%s %s: action", lang, tt.name)
					assert.True(t, isGeneratedTask(act.Title, "SCO-03"), "%s %s: the tool's own task", lang, tt.name)
				}
			}
			assert.True(t, found, "%s %s: SCO-03's action", lang, tt.name)
		}
		restore()
	}
}

// TestOTVacantInPart: an entry that names an OT lead at some plants and
// records the role as vacant at others is vacant in part; a bare vacancy,
// a name alone, or a single plant is not.
func TestOTVacantInPart(t *testing.T) {
	for _, tt := range []struct {
		name   string
		plants int
		want   bool
	}{
		{"E. Example (Moulding); vacant (Sterile Packing)", 2, true},
		{"E. Example (Werk Nord); Werk Süd unbesetzt", 0, true},
		{"vacant", 2, false},
		{"N.N.", 3, false},
		{"E. Example", 2, false},
		{"E. Example; vacant for the night shift", 1, false},
	} {
		a := Assessment{Profile: Profile{Plants: tt.plants}, Holders: map[Role]Holder{RoleOT: {Name: tt.name}}}
		assert.Equal(t, tt.want, OTVacantInPart(a), "%q, %d plants", tt.name, tt.plants)
	}
}
