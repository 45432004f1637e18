//go:build e2e

package e2e

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// TestRoleRegisterAndAuthorityPersist fills a role holder and the
// authority table from the ownership model in the real file: the vacant
// roles the register then records show on the view at once and on
// Results, and both inputs are still there after a reload. axe finds
// nothing on the view.
func TestRoleRegisterAndAuthorityPersist(t *testing.T) {
	const id = "e2e-roles"
	a := assessment.New(id, time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC))
	a.Name = "Roles"
	a.Profile = assessment.Profile{Organisation: "Acme Foods", Site: "Lyon", Validated: true, SafetyCritical: true, Plants: 2, Date: "2026-03-10"}
	m, err := assessment.Preset(assessment.ModelFederated, a.Profile)
	require.NoError(t, err)
	a.Matrix, a.Model = m, assessment.ModelFederated

	b := NewBrowser(t)
	b.Viewport(1280, 720)
	b.OpenSeeded("#/"+id+"/roles", a)
	b.WaitPresent("the role register", "#rr-ot-name")
	assert.Contains(t, b.Text("#roles-found"), "raise no finding", "an untouched register raises nothing")

	// One holder named: the register is started, the other roles that own
	// or run controls show as vacant.
	b.SetValue("#rr-ot-name", "Claire Martin")
	b.SetValue("#rr-ot-deputy", "Paul Durand")
	b.SetValue("#rr-ot-confirmed", "2026-03-01")
	b.WaitPresent("the vacancy finding", "#roles-finding-role-vacant")
	assert.Contains(t, b.Text("#roles-finding-role-vacant"), "IT lead")
	assert.NotContains(t, b.Text("#roles-finding-role-vacant"), "OT / automation lead")

	// The table is empty: the button fills it without asking. (When
	// chromedp's click focuses the window, the browser scrolls back to
	// the field that had the focus, far above, and the click lands there;
	// so the test moves the focus to the button first.)
	showButton := func() {
		b.Eval(`document.getElementById("roles-authority").scrollIntoView({block: "start"}), document.getElementById("ra-preset").focus(), true`, nil)
		b.NextFrames()
	}
	showButton()
	b.Click("#ra-preset")
	b.WaitPresent("the filled table", `#ra-critical-ot-accept option[value="executive"]:checked`)
	assert.Contains(t, b.Text("#notice"), "Filled 16 rows of the authority table from the Federated model.")
	assert.Equal(t, "it", b.Value("#ra-low-it-accept"))
	assert.Equal(t, "24", b.Value("#ra-low-it-months"))
	assert.Contains(t, b.Text("#ra-low-regulated-consult summary"), "Quality & validation, EHS / process safety")
	b.WaitSaved(id, "Claire Martin")
	b.WaitStored(id, `"critical/regulated"`)

	// Once filled, the button asks before it replaces anything.
	showButton()
	b.Click("#ra-preset")
	b.WaitPresent("the question", "#ra-preset-replace")
	b.Click("#ra-preset-cancel")
	b.WaitGone("the question", "#ra-preset-replace")

	b.RequireAxeClean("Roles & authority")
	b.Eval(`window.scrollTo(0, 0), true`, nil)
	b.NextFrames()
	b.ViewportScreenshot("roles-authority-1280x720")
	showButton()
	b.ViewportScreenshot("roles-authority-table-1280x720")

	b.Reload()
	b.GoTo("#/" + id + "/roles")
	b.WaitPresent("the role register after a reload", "#rr-ot-name")
	assert.Equal(t, "Claire Martin", b.Value("#rr-ot-name"))
	assert.Equal(t, "Paul Durand", b.Value("#rr-ot-deputy"))
	assert.Equal(t, "2026-03-01", b.Value("#rr-ot-confirmed"))
	assert.Equal(t, "executive", b.Value("#ra-critical-ot-accept"))
	assert.Equal(t, "site", b.Value("#ra-medium-ot-accept"), "federated: the site director accepts medium plant risks")

	b.GoTo("#/" + id + "/results")
	b.WaitPresent("the finding on Results", "#finding-"+assessment.FindingRoleVacant)
	assert.Contains(t, b.Text("#finding-"+assessment.FindingRoleVacant+" .finding-refs"), "the role register")
	b.RequireHealthy()
}
