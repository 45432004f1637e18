//go:build !wasm

package app

import (
	"regexp"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
)

// pfFilled is a profile with most fields set.
var pfFilled = assessment.Profile{
	Organisation: "Acme Pharma", Site: "Lyon", Sector: "Chemicals", Plants: 3,
	SafetyCritical: true, Connectivity: assessment.ConnectivityBrokered,
	Respondent: "A. Martin", RespondentRole: assessment.RoleOT, Date: "2026-03-14",
}

// withProfile is a stored new assessment named name with profile p.
func withProfile(id, name string, p assessment.Profile) assessment.Assessment {
	a := assessmentWith(id, nil)
	a.Name, a.Profile = name, p
	return a
}

// openProfile stores a, opens its profile and returns the mounted form.
func openProfile(t *testing.T, a assessment.Assessment) (*tester, *ProfileForm) {
	t.Helper()
	mem := storage.NewMemory()
	seed(t, mem, a)
	ts := newTester(t, mem)
	ts.goTo(Route{ID: a.ID, View: ViewProfile})
	require.Equal(t, Route{ID: a.ID, View: ViewProfile}, ts.route())
	return ts, mounted[*ProfileForm](ts)
}

// selectedOption is the value of the selected option of the select with
// the given id ("" for none); it fails when several are selected.
func selectedOption(t *testing.T, html, id string) string {
	t.Helper()
	var got []string
	for _, o := range htmlTags(htmlID(t, html, id), "option") {
		if o.has("selected") {
			got = append(got, o.Attrs["value"])
		}
	}
	require.LessOrEqual(t, len(got), 1, "options selected in %s: %v", id, got)
	if len(got) == 0 {
		return ""
	}
	return got[0]
}

// TestProfileShowsThePassedProfile: the form shows what Root passes in
// the render that mounts it. In the browser go-app runs OnMount a frame
// later, and natively not at all, so these values come from OnInit.
func TestProfileShowsThePassedProfile(t *testing.T) {
	ts, p := openProfile(t, withProfile("p1", "Lyon 2026", pfFilled))
	assert.Equal(t, pfFilled, p.cur)
	html := mainHTML(t, ts)

	values := map[string]string{
		"pf-name": "Lyon 2026", "pf-organisation": "Acme Pharma", "pf-site": "Lyon",
		"pf-plants": "3", "pf-assessor": "", "pf-respondent": "A. Martin", "pf-date": "2026-03-14",
	}
	for id, want := range values {
		assert.Equal(t, want, htmlByID(t, html, id).Attrs["value"], "value of %s", id)
	}
	checked := map[string]bool{
		"pf-conn-isolated": false, "pf-conn-brokered": true, "pf-conn-integrated": false,
		"pf-validated": false, "pf-safetyCritical": true, "pf-centralRisk": false,
		// Neither NIS2 status nor model recorded: no NIS2 radio checked,
		// and the model's "none decided" one.
		"pf-nis2-essential": false, "pf-nis2-important": false, "pf-nis2-out-of-scope": false, "pf-nis2-unknown": false,
		"pf-model-none": true, "pf-model-centralised": false, "pf-model-federated": false, "pf-model-executive-led": false,
	}
	for id, want := range checked {
		assert.Equal(t, want, htmlByID(t, html, id).has("checked"), "%s checked", id)
	}
	assert.Equal(t, "Chemicals", selectedOption(t, html, "pf-sector"))
	assert.Equal(t, string(assessment.RoleOT), selectedOption(t, html, "pf-role"))
	assert.Equal(t, "date", htmlByID(t, html, "pf-date").Attrs["type"])

	labelled := map[string]bool{}
	for _, l := range htmlTags(html, "label") {
		labelled[l.Attrs["for"]] = true
	}
	for _, in := range append(htmlTags(html, "input"), htmlTags(html, "select")...) {
		assert.True(t, labelled[in.Attrs["id"]], "%s has no label", in.Attrs["id"])
	}
	text := htmlText(html)
	for _, want := range []string{"Organisation and respondent", "IT/OT connectivity", assessment.RoleLabel(assessment.RoleConsultant), "Site (required)"} {
		assert.Contains(t, text, want)
	}
	assert.NotContains(t, html, "field-error")
	assert.NotContains(t, html, "pf-role-advice")
	assert.Equal(t, "#/p1/questions", htmlByID(t, html, "profile-next").Attrs["href"])
}

func TestProfileGolden(t *testing.T) {
	tests := []struct {
		name string
		a    assessment.Assessment
	}{
		{"profile-new", assessment.New("profile-new", testNow)},
		{"profile-sample", sample(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, _ := openProfile(t, tt.a)
			golden(t, tt.name, mainHTML(t, ts))
		})
	}
}

// TestProfileChangesReachTheSession: each change hands the whole profile,
// with the changes before it, to the session.
func TestProfileChangesReachTheSession(t *testing.T) {
	ts, p := openProfile(t, withProfile("p1", "Lyon 2026", pfFilled))
	want := pfFilled
	steps := []struct {
		name string
		do   func(ctx app.Context)
		edit func(p *assessment.Profile)
	}{
		{"Organisation", func(ctx app.Context) { p.setText(ctx, "organisation", "Acme Group") }, func(p *assessment.Profile) { p.Organisation = "Acme Group" }},
		{"Assessor", func(ctx app.Context) { p.setText(ctx, "assessor", "B. Consultant") }, func(p *assessment.Profile) { p.Assessor = "B. Consultant" }},
		{"Respondent", func(ctx app.Context) { p.setText(ctx, "respondent", "") }, func(p *assessment.Profile) { p.Respondent = "" }},
		{"NotAText", func(ctx app.Context) { p.setText(ctx, "validated", "yes") }, func(p *assessment.Profile) {}},
		{"Validated", func(ctx app.Context) { p.setFlag(ctx, "validated", true) }, func(p *assessment.Profile) { p.Validated = true }},
		{"SafetyCritical", func(ctx app.Context) { p.setFlag(ctx, "safetyCritical", false) }, func(p *assessment.Profile) { p.SafetyCritical = false }},
		{"CentralRisk", func(ctx app.Context) { p.setFlag(ctx, "centralRisk", true) }, func(p *assessment.Profile) { p.CentralRisk = true }},
		{"NotAFlag", func(ctx app.Context) { p.setFlag(ctx, "site", true) }, func(p *assessment.Profile) {}},
		{"Connectivity", func(ctx app.Context) { p.setChoice(ctx, "connectivity", assessment.ConnectivityIntegrated) },
			func(p *assessment.Profile) { p.Connectivity = assessment.ConnectivityIntegrated }},
		{"NIS2", func(ctx app.Context) { p.setChoice(ctx, "nis2", assessment.NIS2Important) },
			func(p *assessment.Profile) { p.NIS2 = assessment.NIS2Important }},
		{"Model", func(ctx app.Context) { p.setChoice(ctx, "ownershipModel", assessment.ModelFederated) },
			func(p *assessment.Profile) { p.OwnershipModel = assessment.ModelFederated }},
		{"ModelTakenBack", func(ctx app.Context) { p.setChoice(ctx, "ownershipModel", pfNone) },
			func(p *assessment.Profile) { p.OwnershipModel = "" }},
		{"ModelAgain", func(ctx app.Context) { p.setChoice(ctx, "ownershipModel", assessment.ModelExecutiveLed) },
			func(p *assessment.Profile) { p.OwnershipModel = assessment.ModelExecutiveLed }},
		{"NotAChoice", func(ctx app.Context) { p.setChoice(ctx, "site", "x") }, func(p *assessment.Profile) {}},
		{"Sector", func(ctx app.Context) { p.setSector(ctx, "Medical devices") }, func(p *assessment.Profile) { p.Sector = "Medical devices" }},
		{"Role", func(ctx app.Context) { p.setRole(ctx, string(assessment.RoleQuality)) }, func(p *assessment.Profile) { p.RespondentRole = assessment.RoleQuality }},
		{"Plants", func(ctx app.Context) { p.setPlants(ctx, "12", false) }, func(p *assessment.Profile) { p.Plants = 12 }},
		{"Date", func(ctx app.Context) { p.setDate(ctx, "2026-04-01", false) }, func(p *assessment.Profile) { p.Date = "2026-04-01" }},
	}
	for _, st := range steps {
		ts.in(p, st.do)
		st.edit(&want)
		assert.Equal(t, want, ts.env().Current().Profile, "after %s", st.name)
	}
	html := mainHTML(t, ts)
	assert.Equal(t, "Medical devices", selectedOption(t, html, "pf-sector"))
	assert.Equal(t, string(assessment.RoleQuality), selectedOption(t, html, "pf-role"))
	assert.True(t, htmlByID(t, html, "pf-conn-integrated").has("checked"))
	assert.False(t, htmlByID(t, html, "pf-conn-brokered").has("checked"))
	assert.True(t, htmlByID(t, html, "pf-nis2-important").has("checked"))
	assert.True(t, htmlByID(t, html, "pf-model-executive-led").has("checked"))
	assert.False(t, htmlByID(t, html, "pf-model-none").has("checked"))

	ts.flush()
	other := newTester(t, ts.mem)
	other.goTo(Route{ID: "p1", View: ViewProfile})
	assert.Equal(t, want, other.env().Current().Profile, "the profile is stored")
}

func TestProfileSiteRequired(t *testing.T) {
	ts, p := openProfile(t, assessmentWith("p1", nil))
	assert.NotContains(t, mainHTML(t, ts), pfMsgSite, "a blank new form greets the user with an error")
	assert.NotContains(t, mainHTML(t, ts), pfMsgRole)

	ts.in(p, func(ctx app.Context) { p.setText(ctx, "site", "  ") })
	html := mainHTML(t, ts)
	assert.Equal(t, pfMsgSite, htmlText(htmlID(t, html, "pf-site-error")))
	site := htmlByID(t, html, "pf-site")
	assert.True(t, site.has("aria-invalid"))
	assert.True(t, site.has("aria-required"))
	assert.Equal(t, "pf-site-hint pf-site-error", site.Attrs["aria-describedby"])
	assert.Contains(t, htmlText(html), pfMsgRole, "touching the form points out the missing role too")
	// The change is saved all the same: a site can be filled in later.
	assert.Equal(t, "  ", ts.env().Current().Profile.Site)

	ts.in(p, func(ctx app.Context) { p.setText(ctx, "site", "Brno") })
	html = mainHTML(t, ts)
	assert.NotContains(t, html, pfMsgSite)
	assert.False(t, htmlByID(t, html, "pf-site").has("aria-invalid"))
	assert.Equal(t, "Brno", ts.env().Current().Profile.Site)

	// A form someone has filled in says so at once.
	filled := pfFilled
	filled.Site = ""
	ts, _ = openProfile(t, withProfile("p2", "Lyon 2026", filled))
	assert.Contains(t, mainHTML(t, ts), pfMsgSite)
}

func TestProfileRoleRecommended(t *testing.T) {
	ts, p := openProfile(t, withProfile("p1", "", assessment.Profile{Site: "Lyon"}))
	assert.NotContains(t, mainHTML(t, ts), pfMsgRole, "not on a blank form")
	ts.in(p, func(ctx app.Context) { p.setText(ctx, "respondent", "A. Martin") })
	html := mainHTML(t, ts)
	assert.Equal(t, pfMsgRole, htmlText(htmlID(t, html, "pf-role-advice")))
	role := htmlByID(t, html, "pf-role")
	assert.False(t, role.has("aria-invalid"), "a recommendation is not an error")
	assert.Equal(t, "pf-role-advice", role.Attrs["aria-describedby"])
	ts.in(p, func(ctx app.Context) { p.setRole(ctx, string(assessment.RoleQuality)) })
	assert.NotContains(t, mainHTML(t, ts), pfMsgRole)
}

func TestProfilePlants(t *testing.T) {
	tests := []struct {
		text     string
		badInput bool // the browser's verdict: not a number
		want     int  // the stored number; -1: invalid, pfFilled's stays
	}{
		{"abc", false, -1},
		{"-1", false, -1},
		{"10001", false, -1},
		{"1.5", false, -1},
		{" 2 3", false, -1},
		{"", true, -1},
		{"10000", false, 10000},
		{"0", false, 0},
		{"", false, 0},
		{" 7 ", false, 7},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ts, p := openProfile(t, withProfile("p1", "Lyon 2026", pfFilled))
			ts.in(p, func(ctx app.Context) { p.setPlants(ctx, tt.text, tt.badInput) })
			html := mainHTML(t, ts)
			in := htmlByID(t, html, "pf-plants")
			assert.Equal(t, tt.text, in.Attrs["value"], "the typed text is kept")
			if tt.want >= 0 {
				assert.NotContains(t, html, pfMsgPlants)
				assert.False(t, in.has("aria-invalid"))
				assert.Equal(t, tt.want, ts.env().Current().Profile.Plants)
				return
			}
			assert.Equal(t, pfMsgPlants, htmlText(htmlID(t, html, "pf-plants-error")))
			assert.True(t, in.has("aria-invalid"))
			assert.Equal(t, "pf-plants-hint pf-plants-error", in.Attrs["aria-describedby"])
			assert.Equal(t, pfFilled.Plants, ts.env().Current().Profile.Plants, "an invalid number reached the session")

			// A render after another field's change keeps the typed text
			// and its message.
			ts.in(p, func(ctx app.Context) { p.setText(ctx, "organisation", "Acme Group") })
			html = mainHTML(t, ts)
			assert.Equal(t, tt.text, htmlByID(t, html, "pf-plants").Attrs["value"])
			assert.Contains(t, html, pfMsgPlants)
		})
	}
}

func TestProfileDate(t *testing.T) {
	tests := []struct {
		value    string
		badInput bool // a partly typed date
		valid    bool
	}{
		{"2026-02-30", false, false},
		{"14/03/2026", false, false},
		{"", true, false},
		{"2024-02-29", false, true},
		{"", false, true},
	}
	for _, tt := range tests {
		ts, p := openProfile(t, withProfile("p1", "Lyon 2026", pfFilled))
		ts.in(p, func(ctx app.Context) { p.setDate(ctx, tt.value, tt.badInput) })
		html := mainHTML(t, ts)
		in := htmlByID(t, html, "pf-date")
		if tt.valid {
			assert.NotContains(t, html, pfMsgDate, "%q", tt.value)
			assert.False(t, in.has("aria-invalid"), "%q", tt.value)
			assert.Equal(t, tt.value, ts.env().Current().Profile.Date)
			continue
		}
		assert.Equal(t, pfMsgDate, htmlText(htmlID(t, html, "pf-date-error")), "%q", tt.value)
		assert.True(t, in.has("aria-invalid"), "%q", tt.value)
		assert.Equal(t, "pf-date-error", in.Attrs["aria-describedby"], "%q", tt.value)
		assert.Equal(t, pfFilled.Date, ts.env().Current().Profile.Date, "%q reached the session", tt.value)
	}
}

func TestProfileName(t *testing.T) {
	ts, p := openProfile(t, withProfile("p1", "Lyon 2026", pfFilled))
	ts.in(p, func(ctx app.Context) { p.setName(ctx, "  ") })
	html := mainHTML(t, ts)
	assert.Equal(t, pfMsgName, htmlText(htmlID(t, html, "pf-name-error")))
	name := htmlByID(t, html, "pf-name")
	assert.True(t, name.has("aria-invalid"))
	assert.Equal(t, "pf-name-error", name.Attrs["aria-describedby"])
	assert.Equal(t, "  ", name.Attrs["value"], "the typed text is kept")
	assert.Equal(t, "Lyon 2026", ts.env().Current().Name, "an empty name reached the session")

	ts.in(p, func(ctx app.Context) { p.setName(ctx, "Lyon workshop") })
	html = mainHTML(t, ts)
	assert.NotContains(t, html, pfMsgName)
	assert.Equal(t, "Lyon workshop", ts.env().Current().Name)
	require.Len(t, ts.env().List().Items, 1)
	assert.Equal(t, "Lyon workshop", ts.env().List().Items[0].Name)
	assert.Contains(t, htmlText(ts.html()), "Lyon workshop", "the header names the assessment")
	next := htmlID(t, html, "profile-next")
	assert.Equal(t, "#/p1/questions", htmlTags(next, "a")[0].Attrs["href"])
	assert.Equal(t, "Next: answer the questions \u2192", htmlText(next))
}

// optionValue is what the browser reports as the value of the option
// showing text in the select with the given id: its value attribute, or
// its text when it has none (go-app writes no value attribute for "").
func optionValue(t *testing.T, html, id, text string) string {
	t.Helper()
	for _, m := range regexp.MustCompile(`(<option[^>]*>)([^<]*)</option>`).FindAllStringSubmatch(htmlID(t, html, id), -1) {
		if htmlText(m[2]) != text {
			continue
		}
		if v, ok := htmlTags(m[1], "option")[0].Attrs["value"]; ok {
			return v
		}
		return htmlText(m[2])
	}
	t.Fatalf("no option %q in %s", text, id)
	return ""
}

// TestProfileClearsSectorAndRole: the first option of the sector and the
// role lists takes the choice back, whatever value the browser reports
// for it.
func TestProfileClearsSectorAndRole(t *testing.T) {
	ts, p := openProfile(t, withProfile("p1", "Lyon 2026", pfFilled))
	html := mainHTML(t, ts)
	sector := optionValue(t, html, "pf-sector", "Choose a sector\u2026")
	role := optionValue(t, html, "pf-role", "Choose a role\u2026")
	ts.in(p, func(ctx app.Context) {
		p.setSector(ctx, sector)
		p.setRole(ctx, role)
	})
	got := ts.env().Current()
	assert.Empty(t, got.Profile.Sector)
	assert.Empty(t, got.Profile.RespondentRole)
	require.NoError(t, assessment.Validate(got), "the profile cannot be saved")
	html = mainHTML(t, ts)
	assert.Equal(t, sector, selectedOption(t, html, "pf-sector"))
	assert.Equal(t, role, selectedOption(t, html, "pf-role"))
	assert.NotContains(t, htmlText(htmlID(t, html, "pf-sector")), "Choose a sector\u2026 Choose a sector\u2026", "the choice came back as an unknown sector")
	ts.flush()
	assert.Equal(t, storage.StateSaved, ts.env().Status().State)
}

func TestProfileKeepsUnknownSector(t *testing.T) {
	prof := pfFilled
	prof.Sector = "Glassmaking"
	ts, _ := openProfile(t, withProfile("p1", "Lyon 2026", prof))
	html := mainHTML(t, ts)
	assert.Equal(t, "Glassmaking", selectedOption(t, html, "pf-sector"), "a sector outside the list is not offered")
	assert.Contains(t, htmlText(htmlID(t, html, "pf-sector")), "Glassmaking")
}

// TestProfileTypingSurvivesItsOwnChange: every change comes back from the
// session as Root's next render; the form must not take it again and
// overwrite what the user types meanwhile. Only a load (Loads changed)
// replaces the form's values.
func TestProfileTypingSurvivesItsOwnChange(t *testing.T) {
	ts, p := openProfile(t, withProfile("p1", "Lyon 2026", pfFilled))
	loads := ts.env().Loads()
	for _, typed := range []string{"B", "Br", "Brn", "Brno"} {
		ts.in(p, func(ctx app.Context) { p.setText(ctx, "site", typed) })
		assert.Equal(t, typed, ts.env().Current().Profile.Site)
		assert.Equal(t, typed, htmlByID(t, mainHTML(t, ts), "pf-site").Attrs["value"])
	}
	assert.Equal(t, loads, ts.env().Loads(), "this window's edits are not loads")

	// Half-typed fields that have not reached the session survive the
	// render of another field's change, and a rename.
	ts.in(p, func(ctx app.Context) {
		p.setPlants(ctx, "1e", false)
		p.setDate(ctx, "", true)
	})
	ts.in(p, func(ctx app.Context) { p.setText(ctx, "organisation", "Acme Group") })
	ts.in(p, func(ctx app.Context) { p.setName(ctx, "Renamed") })
	html := mainHTML(t, ts)
	assert.Equal(t, "1e", htmlByID(t, html, "pf-plants").Attrs["value"])
	assert.Contains(t, html, pfMsgPlants)
	assert.Contains(t, html, pfMsgDate)
	assert.Equal(t, "Acme Group", htmlByID(t, html, "pf-organisation").Attrs["value"])
	assert.Equal(t, "Brno", htmlByID(t, html, "pf-site").Attrs["value"])
	assert.Equal(t, "Renamed", htmlByID(t, html, "pf-name").Attrs["value"])
	want := pfFilled
	want.Site, want.Organisation = "Brno", "Acme Group"
	assert.Equal(t, want, ts.env().Current().Profile)
	assert.Equal(t, "Renamed", ts.env().Current().Name)
}

// TestProfileLoadReplacesTheForm: a change made elsewhere (another window
// saved; an undo or an import loads the same way) replaces what the form
// shows, half-typed fields and their messages included.
func TestProfileLoadReplacesTheForm(t *testing.T) {
	ts, p := openProfile(t, withProfile("p1", "Lyon 2026", pfFilled))
	ts.in(p, func(ctx app.Context) { p.setText(ctx, "site", "Brno") })
	ts.in(p, func(ctx app.Context) {
		p.setPlants(ctx, "abc", false)
		p.setName(ctx, "")
	})
	ts.flush()

	elsewhere := pfFilled
	elsewhere.Site, elsewhere.Plants, elsewhere.Sector = "Lyon packaging", 12, "Food and beverage"
	saveInOtherWindow(t, ts, func(env *Env) {
		require.NoError(t, env.SetProfile(elsewhere))
		require.NoError(t, env.Rename("p1", "From the other window"))
	})
	assert.Equal(t, elsewhere, p.cur)
	html := mainHTML(t, ts)
	assert.Equal(t, "Lyon packaging", htmlByID(t, html, "pf-site").Attrs["value"])
	assert.Equal(t, "12", htmlByID(t, html, "pf-plants").Attrs["value"])
	assert.Equal(t, "From the other window", htmlByID(t, html, "pf-name").Attrs["value"])
	assert.Equal(t, "Food and beverage", selectedOption(t, html, "pf-sector"))
	assert.NotContains(t, html, "field-error", "the messages about the replaced text stay")
	assert.Contains(t, ts.html(), "updated in another tab or window")

	// Editing goes on from the loaded values.
	ts.in(p, func(ctx app.Context) { p.setText(ctx, "respondent", "C. Dupont") })
	elsewhere.Respondent = "C. Dupont"
	assert.Equal(t, elsewhere, ts.env().Current().Profile)
}
