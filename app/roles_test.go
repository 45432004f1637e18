//go:build !wasm

package app

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
)

// openRoles stores a, opens its roles view and returns the mounted view.
func openRoles(t *testing.T, a assessment.Assessment) (*tester, *RolesView) {
	t.Helper()
	ts := openSeeded(t, a, ViewRoles)
	return ts, mounted[*RolesView](ts)
}

func TestRolesRoute(t *testing.T) {
	r := ParseRoute("#/abc/roles")
	assert.Equal(t, Route{ID: "abc", View: ViewRoles}, r)
	assert.Equal(t, "#/abc/roles", r.Fragment())
	assert.Equal(t, "Roles & authority", viewLabel(ViewRoles))
}

// TestRolesGoldenNew is the view of a new assessment: every field empty,
// no finding, and no model to fill the table from yet.
func TestRolesGoldenNew(t *testing.T) {
	ts := newTester(t, nil)
	id := ts.create()
	ts.goTo(Route{ID: id, View: ViewRoles})
	html := ts.html()
	assert.Equal(t, "page", htmlByID(t, html, "tab-roles").Attrs["aria-current"])
	assert.Contains(t, htmlText(htmlID(t, html, "roles-found")), "raise no finding")
	assert.Contains(t, htmlText(htmlID(t, html, "ra-preset-hint")), "choose the model in the profile")
	golden(t, "roles-new", mxMainHTML(t, ts))
}

// TestRolesGoldenSample is the view of the sample: a full register and
// the federated table, nothing to report.
func TestRolesGoldenSample(t *testing.T) {
	a := sample(1)
	ts, _ := openRoles(t, a)
	html := ts.html()
	assert.Equal(t, "A. Example", htmlByID(t, html, "rr-executive-name").Attrs["value"])
	assert.Equal(t, "24", htmlByID(t, html, "ra-low-it-months").Attrs["value"])
	assert.True(t, htmlByID(t, html, "ra-critical-ot-consult-executive").has("disabled"), "the acceptor is not consulted")
	golden(t, "roles-sample1", mainHTML(t, ts))
}

// TestRolesHolderForm records a holder, refuses a future confirmation
// next to its field without saving it, and shows the vacancy the register
// then records.
func TestRolesHolderForm(t *testing.T) {
	a := withMatrix(nil)
	a.Profile.Plants = 3
	a.Matrix, _ = assessment.Preset(assessment.ModelFederated, a.Profile)
	ts, v := openRoles(t, a)

	ts.in(v, func(ctx app.Context) { v.setHolder(assessment.RoleOT, assessment.Holder{Name: "Max Muster"}, "rr-ot") })
	assert.Equal(t, "Max Muster", ts.env().Current().Holders[assessment.RoleOT].Name)
	html := ts.html()
	require.Contains(t, html, `id="roles-finding-role-vacant"`, "once started, the vacant roles show")
	assert.Contains(t, htmlText(htmlID(t, html, "roles-finding-role-vacant")), "No holder named for: Executive sponsor")
	assert.NotContains(t, htmlText(htmlID(t, html, "roles-finding-role-vacant")), "OT / automation lead")

	ts.in(v, func(ctx app.Context) {
		v.setHolder(assessment.RoleOT, assessment.Holder{Name: "Max Muster", Confirmed: "2026-03-15"}, "rr-ot")
	})
	html = ts.html()
	assert.Equal(t, "Not saved: in the future (today is 2026-03-14).", htmlText(htmlID(t, html, "rr-ot-confirmed-err")))
	assert.Equal(t, "true", htmlByID(t, html, "rr-ot-confirmed").Attrs["aria-invalid"])
	assert.Empty(t, ts.env().Current().Holders[assessment.RoleOT].Confirmed, "nothing saved")
	assert.Nil(t, ts.env().Notice(), "the message stands next to the field")

	ts.in(v, func(ctx app.Context) {
		v.setHolder(assessment.RoleOT, assessment.Holder{Name: "Max Muster", Confirmed: "2026-03-14"}, "rr-ot")
	})
	html = ts.html()
	assert.NotContains(t, html, "rr-ot-confirmed-err")
	assert.Equal(t, "2026-03-14", ts.env().Current().Holders[assessment.RoleOT].Confirmed)

	// With several plants the form asks for a holder per plant and a
	// plant marked vacant shows as a vacancy, quoted.
	assert.Contains(t, htmlText(htmlID(t, html, "rr-plants-hint")), "Plant 1: A. Name; Plant 2: vacant")
	ts.in(v, func(ctx app.Context) {
		v.setHolder(assessment.RoleOT, assessment.Holder{Name: "Max Muster (Plant 1); Plant 2 vacant", Confirmed: "2026-03-14"}, "rr-ot")
	})
	assert.Contains(t, htmlText(htmlID(t, ts.html(), "roles-finding-role-vacant")), "Vacant in part, as the register records: OT / automation lead (\u201cMax Muster (Plant 1); Plant 2 vacant\u201d).")
}

// TestRolesAuthorityForm edits a row and fills the table from the model,
// asking before it replaces a row filled by hand.
func TestRolesAuthorityForm(t *testing.T) {
	a := withMatrix(nil)
	a.Model = assessment.ModelFederated
	ts, v := openRoles(t, a)
	k := assessment.AuthorityKey{Level: assessment.RiskCritical, Context: assessment.ContextOT}

	ts.in(v, func(ctx app.Context) {
		v.setAuthority(k, "ra-critical-ot", func(x *assessment.Authority) { x.Accept = assessment.RoleSite })
	})
	html := ts.html()
	assert.Contains(t, htmlText(htmlID(t, html, "roles-finding-authority-critical-below-top")), "Plant OT by Site / plant director")
	assert.Contains(t, htmlText(htmlID(t, html, "roles-finding-authority-no-acceptor")), "Low · Corporate IT")

	// Escalating to the acceptor is refused next to the escalation.
	ts.in(v, func(ctx app.Context) {
		v.setAuthority(k, "ra-critical-ot", func(x *assessment.Authority) { x.Escalate = assessment.RoleSite })
	})
	assert.Contains(t, htmlText(htmlID(t, ts.html(), "ra-critical-ot-escalate-err")), "escalation must go to another role")

	// One row is filled: the button asks first.
	ts.in(v, func(ctx app.Context) { v.asking = true })
	html = ts.html()
	require.Contains(t, html, `id="ra-preset-fill"`)
	assert.Contains(t, htmlText(htmlID(t, html, "ra-ask-text")), "1 row is already filled")
	ts.in(v, func(ctx app.Context) { v.applyPreset(false) })
	got := ts.env().Current().Authority
	assert.Equal(t, assessment.RoleSite, got[k].Accept, "the row filled by hand stays")
	assert.Len(t, got, 16)
	assert.Equal(t, "Filled 15 rows of the authority table from the Federated model.", ts.env().Notice().Text)

	ts.in(v, func(ctx app.Context) { v.applyPreset(true) })
	assert.Equal(t, assessment.AuthorityPreset(assessment.ModelFederated, a.Profile), ts.env().Current().Authority)
	assert.NotContains(t, ts.html(), `id="roles-finding-`, "the preset raises nothing")
}

// TestResultsLinkRegisterFindings: a register finding names the register
// as its evidence, not the matrix.
func TestResultsLinkRegisterFindings(t *testing.T) {
	a := sample(1)
	delete(a.Holders, assessment.RoleIT)
	ts := openSeeded(t, a, ViewResults)
	f := htmlID(t, ts.html(), "finding-"+assessment.FindingRoleVacant)
	assert.Contains(t, htmlText(f), "No holder named for: IT lead.")
	assert.Contains(t, htmlText(f), "Evidence: the role register")
	assert.NotContains(t, htmlText(f), "the ownership matrix")
}

// TestResultsLinkProfileFindings: a finding raised by the profile names
// the profile as its evidence and links there, not to the matrix.
func TestResultsLinkProfileFindings(t *testing.T) {
	a := sample(1)
	a.Profile.NIS2 = assessment.NIS2Unknown
	ts := openSeeded(t, a, ViewResults)
	f := htmlID(t, ts.html(), "finding-"+assessment.FindingNIS2StatusUnknown)
	assert.Contains(t, htmlText(f), "The profile records the NIS2 status as \u201cNot known yet\u201d.")
	assert.Contains(t, htmlText(f), "Evidence: the profile")
	assert.Contains(t, f, `href="`+Route{ID: a.ID, View: ViewProfile}.Fragment()+`"`)
	assert.NotContains(t, htmlText(f), "the ownership matrix")
}

// TestCompareHolderDisagreements: two respondents of one site who name
// different holders for a role get a line; the section is absent
// otherwise.
func TestCompareHolderDisagreements(t *testing.T) {
	a, b := sample(1), sample(2)
	require.Equal(t, a.Profile.Site, b.Profile.Site)
	mem := storage.NewMemory()
	seed(t, mem, a, b)
	ts := newTester(t, mem)
	c := openCompare(ts)
	ts.in(c, func(ctx app.Context) { c.toggleAll(ctx, true) })
	assert.NotContains(t, compareHTML(t, ts), `id="holders-within"`, "the same register: nothing to settle")

	h := b.Holders[assessment.RoleOT]
	h.Name = "Z. Other"
	b.Holders[assessment.RoleOT] = h
	mem = storage.NewMemory()
	seed(t, mem, a, b)
	ts = newTester(t, mem)
	c = openCompare(ts)
	ts.in(c, func(ctx app.Context) { c.toggleAll(ctx, true) })
	text := htmlText(htmlID(t, compareHTML(t, ts), "holders-within"))
	assert.Contains(t, text, "OT / automation lead")
	assert.Contains(t, text, "E. Example")
	assert.Contains(t, text, "Z. Other")
}
