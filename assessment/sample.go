package assessment

import (
	"fmt"
	"time"
)

// Sample returns a complete, realistic and deterministic assessment: every
// question answered with a note, owner and target date, the profile filled,
// the matrix started from the federated model with a few local changes, a
// complete role register and the federated authority table.
// Benchmarks, end-to-end tests and size estimates use it as "one full
// assessment"; n varies the site, the respondent and the answers.
func Sample(n int, now time.Time) Assessment {
	a := New(fmt.Sprintf("sample-%04d", n), now)
	a.Name = fmt.Sprintf("Plant %d – %s", n, sampleRoles[n%len(sampleRoles)].label)
	a.Profile = Profile{
		Organisation:   "Example Manufacturing Group",
		Site:           fmt.Sprintf("Plant %d", n/3+1),
		Sector:         "Pharmaceuticals",
		Validated:      n%2 == 0,
		SafetyCritical: n%3 == 0,
		Plants:         4 + n%5,
		CentralRisk:    n%4 != 1,
		Connectivity:   []string{ConnectivityIsolated, ConnectivityBrokered, ConnectivityIntegrated}[n%3],
		Assessor:       "A. Consultant",
		Respondent:     fmt.Sprintf("Respondent %d", n),
		RespondentRole: sampleRoles[n%len(sampleRoles)].role,
		Date:           now.Format(dateLayout),
	}
	for i, q := range Questions() {
		r := Ratings[(i*5+n*3)%len(Ratings)]
		if q.Excluded(r) {
			// The form does not offer "not applicable" on a requirement
			// that cannot be excluded; a sample gives what it offers.
			r = Rating3
		}
		a.Answers[q.ID] = Answer{
			Rating: r,
			Note:   fmt.Sprintf("Workshop %d: evidence for %s reviewed with the site team; minutes, RACI extract and change records on file.", n, q.ID),
			Owner:  RACIRoles[(i+n)%len(RACIRoles)],
			Target: now.AddDate(0, 1+i%12, 0).Format(dateLayout),
		}
	}
	m, err := Preset(ModelFederated, a.Profile)
	if err == nil {
		a.Matrix = m
		a.Model = ModelFederated
	}
	for i, c := range Controls() {
		// The local change consults plant operations, except where the
		// model already makes it the approver (A), which stays.
		k := CellKey{Control: c.ID, Domain: DomainOT}
		if (i+n)%9 == 0 && !a.Matrix[k][RoleOperations].Accountable() {
			a.Matrix = SetLetter(a.Matrix, k, RoleOperations, LetterConsulted)
		}
	}
	// A complete role register with invented, obviously sample names
	// ("A. Example", deputy "A. Sample"), every holder confirmed within the
	// year, and the authority table as the model presets it.
	a.Holders = make(map[Role]Holder, len(RACIRoles))
	for i, r := range RACIRoles {
		a.Holders[r] = Holder{
			Name:      fmt.Sprintf("%c. Example", 'A'+i),
			Deputy:    fmt.Sprintf("%c. Sample", 'A'+i),
			Confirmed: now.AddDate(0, -1-i%6, 0).Format(dateLayout),
		}
	}
	a.Authority = AuthorityPreset(ModelFederated, a.Profile)
	return a
}

var sampleRoles = []struct {
	role  Role
	label string
}{
	{RoleIT, "IT view"},
	{RoleOT, "OT view"},
	{RoleQuality, "Quality view"},
}
