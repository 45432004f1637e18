//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

var pfFilled = assessment.Profile{
	Organisation: "Acme Pharma", Site: "Lyon", Sector: "Chemicals", Plants: 3,
	Connectivity: assessment.ConnectivityBrokered, Respondent: "A. Martin",
	RespondentRole: assessment.RoleOT, Date: "2026-03-14",
}

func TestProfileShowsTheFields(t *testing.T) {
	p := &ProfileForm{Name: "Lyon 2026", Profile: pfFilled}
	homeMount(t, p)
	html := homeRender(p)
	homeRequire(t, html, ">Organisation and respondent</h1>",
		`for="pf-name"`, `value="Lyon 2026"`, `for="pf-site"`, `value="Lyon"`, `for="pf-sector"`,
		`for="pf-validated"`, `for="pf-safetyCritical"`, `for="pf-plants"`, `value="3"`, `for="pf-centralRisk"`,
		`for="pf-conn-isolated"`, `for="pf-conn-brokered"`, `for="pf-conn-integrated"`,
		`for="pf-assessor"`, `for="pf-respondent"`, `for="pf-role"`, assessment.RoleLabel(assessment.RoleConsultant),
		`for="pf-date"`, `type="date"`, `value="2026-03-14"`, "<legend>IT/OT connectivity</legend>")
	if tag := homeTag(html, "pf-conn-brokered"); !pfChecked(tag) {
		t.Errorf("the stored connectivity is not checked: %q", tag)
	}
	if tag := homeTag(html, "pf-conn-isolated"); pfChecked(tag) {
		t.Errorf("another connectivity is checked: %q", tag)
	}
	homeLacks(t, html, "field-error", "Recommended: choose")
}

// The form shows Root's values in its first render: in the browser go-app
// runs OnMount a frame later, and the fields were empty until then.
func TestProfileFirstRenderHasTheValues(t *testing.T) {
	p := &ProfileForm{ID: "a1", Name: "Lyon 2026", Profile: pfFilled}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil { // renders without calling OnMount
		t.Fatal(err)
	}
	e.ConsumeAll()
	homeRequire(t, homeRender(p), `value="Lyon 2026"`, `value="Lyon"`, `value="Acme Pharma"`, `value="3"`,
		`href="#/a1/questions"`)
}

func TestProfileSiteRequired(t *testing.T) {
	p := &ProfileForm{Profile: pfFilled}
	e, host := homeMount(t, p)
	p.setText(host.ctx, "site", "")
	e.ConsumeAll()
	html := homeRender(p)
	homeRequire(t, html, pfMsgSite)
	tag := homeTag(html, "pf-site")
	if !homeInvalid(tag) || !strings.Contains(tag, "pf-site-error") {
		t.Errorf("empty site not marked invalid and described: %q", tag)
	}
	// The change itself is still saved: a site can be filled in later.
	if got := host.posted(actProfile); len(got) != 1 || got[0].Value.(assessment.Profile).Site != "" {
		t.Errorf("posted %+v", got)
	}

	p.setText(host.ctx, "site", "Brno")
	homeLacks(t, homeRender(p), pfMsgSite)
}

func TestProfileRoleRecommended(t *testing.T) {
	p := &ProfileForm{Profile: assessment.Profile{Site: "Lyon"}}
	e, host := homeMount(t, p)
	homeLacks(t, homeRender(p), pfMsgRole) // not on a blank form
	p.setText(host.ctx, "respondent", "A. Martin")
	e.ConsumeAll()
	html := homeRender(p)
	homeRequire(t, html, pfMsgRole)
	if tag := homeTag(html, "pf-role"); homeInvalid(tag) || !strings.Contains(tag, "pf-role-advice") {
		t.Errorf("role field: %q", tag)
	}
	p.setRole(host.ctx, string(assessment.RoleQuality))
	homeLacks(t, homeRender(p), pfMsgRole)
}

func TestProfilePlantsValidation(t *testing.T) {
	for _, bad := range []string{"abc", "-1", "10001", "1.5", " 2 3"} {
		t.Run(bad, func(t *testing.T) {
			p := &ProfileForm{Profile: pfFilled}
			e, host := homeMount(t, p)
			p.setPlants(host.ctx, bad, false)
			e.ConsumeAll()
			html := homeRender(p)
			homeRequire(t, html, pfMsgPlants)
			tag := homeTag(html, "pf-plants")
			if !homeInvalid(tag) || !strings.Contains(tag, "pf-plants-error") {
				t.Errorf("plants field not marked: %q", tag)
			}
			if !strings.Contains(tag, `value="`+bad+`"`) {
				t.Errorf("the typed text is not kept: %q", tag)
			}
			if n := len(host.posted(actProfile)); n != 0 {
				t.Errorf("an invalid number was posted (%d)", n)
			}
			// Root passing the (unchanged) profile back keeps the typed text.
			p.OnUpdate(host.ctx)
			homeRequire(t, homeRender(p), pfMsgPlants)
		})
	}
	p := &ProfileForm{Profile: pfFilled}
	e, host := homeMount(t, p)
	p.setPlants(host.ctx, "", true) // the browser's verdict: not a number
	homeRequire(t, homeRender(p), pfMsgPlants)
	p.setPlants(host.ctx, "10000", false)
	e.ConsumeAll()
	homeLacks(t, homeRender(p), pfMsgPlants)
	got := host.posted(actProfile)
	if len(got) != 1 {
		t.Fatalf("posted %d profiles, want 1", len(got))
	}
	want := pfFilled
	want.Plants = 10000
	if got[0].Value != want {
		t.Errorf("posted %+v, want %+v", got[0].Value, want)
	}
}

func TestProfileDateValidation(t *testing.T) {
	p := &ProfileForm{Profile: pfFilled}
	e, host := homeMount(t, p)
	for _, bad := range []string{"2026-02-30", "14/03/2026"} {
		p.setDate(host.ctx, bad, false)
		html := homeRender(p)
		homeRequire(t, html, pfMsgDate)
		if tag := homeTag(html, "pf-date"); !homeInvalid(tag) || !strings.Contains(tag, "pf-date-error") {
			t.Errorf("%s: date field not marked: %q", bad, tag)
		}
	}
	p.setDate(host.ctx, "", true)
	homeRequire(t, homeRender(p), pfMsgDate)
	e.ConsumeAll()
	if n := len(host.posted(actProfile)); n != 0 {
		t.Fatalf("invalid dates were posted (%d)", n)
	}
	p.setDate(host.ctx, "2024-02-29", false)
	e.ConsumeAll()
	homeLacks(t, homeRender(p), pfMsgDate)
	if got := host.posted(actProfile); len(got) != 1 || got[0].Value.(assessment.Profile).Date != "2024-02-29" {
		t.Errorf("posted %+v", got)
	}
}

func TestProfileChangePostsWholeProfile(t *testing.T) {
	p := &ProfileForm{Profile: pfFilled}
	e, host := homeMount(t, p)
	p.setText(host.ctx, "organisation", "Acme Group")
	p.setFlag(host.ctx, "validated", true)
	p.setConnectivity(host.ctx, assessment.ConnectivityIntegrated)
	p.setSector(host.ctx, "Medical devices")
	e.ConsumeAll()
	got := host.posted(actProfile)
	if len(got) != 4 {
		t.Fatalf("posted %d profiles, want 4", len(got))
	}
	// Each change builds on the previous ones, even before Root passed
	// them back.
	want := pfFilled
	want.Organisation, want.Validated, want.Connectivity, want.Sector = "Acme Group", true, assessment.ConnectivityIntegrated, "Medical devices"
	if last := got[3].Value.(assessment.Profile); last != want {
		t.Errorf("last posted %+v, want %+v", last, want)
	}
}

func TestProfileName(t *testing.T) {
	p := &ProfileForm{Name: "Lyon 2026", Profile: pfFilled}
	e, host := homeMount(t, p)
	p.id = "abc123"
	p.setName(host.ctx, "  ")
	e.ConsumeAll()
	html := homeRender(p)
	homeRequire(t, html, pfMsgName)
	if tag := homeTag(html, "pf-name"); !homeInvalid(tag) {
		t.Errorf("empty name not marked: %q", tag)
	}
	if n := len(host.posted(actRename)); n != 0 {
		t.Fatalf("an empty name was posted")
	}
	p.setName(host.ctx, "Lyon workshop")
	e.ConsumeAll()
	if got := host.posted(actRename); len(got) != 1 || got[0].Value != (Rename{ID: "abc123", Name: "Lyon workshop"}) {
		t.Errorf("posted %+v", got)
	}
	homeRequire(t, homeRender(p), `href="#/abc123/questions"`, "Next: answer the questions")
}

func TestProfileKeepsUnknownSector(t *testing.T) {
	prof := pfFilled
	prof.Sector = "Glassmaking"
	p := &ProfileForm{Profile: prof}
	homeMount(t, p)
	html := homeRender(p)
	if !strings.Contains(html, ">Glassmaking</option>") {
		t.Error("a sector outside the list is not offered")
	}
}

// pfChecked reports whether an opening tag has checked set (written bare).
func pfChecked(tag string) bool {
	return strings.Contains(tag, " checked ") || strings.Contains(tag, " checked>")
}

// Root may re-render between a change of this form and its handling of the
// change, passing an older profile: the form must keep what is typed.
func TestProfileKeepsTypingAheadOfRoot(t *testing.T) {
	p := &ProfileForm{Profile: pfFilled}
	e, host := homeMount(t, p)
	for _, v := range []string{"B", "Br", "Brn", "Brno"} {
		p.setText(host.ctx, "site", v)
	}
	e.ConsumeAll()
	pass := func(site string) {
		prof := pfFilled
		prof.Site = site
		p.Profile = prof
		p.OnUpdate(host.ctx)
	}
	pass("Br") // Root is behind
	if p.cur.Site != "Brno" || !strings.Contains(homeTag(homeRender(p), "pf-site"), `value="Brno"`) {
		t.Fatalf("a late update reset the site to %q", p.cur.Site)
	}
	pass("Brno") // Root caught up
	if p.cur.Site != "Brno" || len(p.pending) != 0 {
		t.Fatalf("site %q, %d changes still in flight", p.cur.Site, len(p.pending))
	}
	pass("Lyon") // a change from elsewhere (another window, an undo) wins
	if p.cur.Site != "Lyon" {
		t.Fatalf("an outside change was ignored: site %q", p.cur.Site)
	}

	// A rename passed back alone does not reset a profile change in flight.
	p.setText(host.ctx, "organisation", "Acme Group")
	p.Name = "Renamed"
	p.OnUpdate(host.ctx)
	if p.cur.Organisation != "Acme Group" || p.name != "Renamed" {
		t.Fatalf("organisation %q, name %q", p.cur.Organisation, p.name)
	}
}
