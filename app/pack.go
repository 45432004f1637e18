package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
)

// evidencePack offers the documents of the evidence pack for download,
// each built on click from the open assessment. Building happens only
// then: a document nobody asked for costs nothing.
type evidencePack struct {
	app.Compo
	Env      *Env
	Findings []assessment.Finding // the assessment's findings, as the results derived them
	Actions  []assessment.Action  // its action plan, likewise
	// Named and Filled count the role holders the register names and the
	// authority table's rows that are filled; what is missing becomes a
	// placeholder in the documents, so the section says so first.
	Named, Filled int
	RolesHref     string // the Roles & authority view of the assessment
}

// packInputs counts what a's role register and authority table hold, for
// evidencePack.
func packInputs(a assessment.Assessment) (named, filled int) {
	for _, r := range assessment.RACIRoles {
		if a.Holders[r].Name != "" {
			named++
		}
	}
	for _, row := range assessment.AuthorityRows(a) {
		if !row.IsZero() {
			filled++
		}
	}
	return named, filled
}

// Render lists the documents, one button each, with their format.
func (p *evidencePack) Render() app.UI {
	kinds := pack.Kinds()
	items := make([]app.UI, len(kinds))
	for i, k := range kinds {
		format := l10n.T("Excel workbook (XLSX)")
		if k.Ext == ".docx" {
			format = l10n.T("Word document (DOCX)")
		}
		items[i] = el("li", nil,
			elh("button", attrs{"type", "button", "class", "secondary", "id", "pack-" + k.ID},
				txt(k.Title)).OnClick(p.download(k.ID)),
			elt("span", attrs{"class", "pack-format"}, format),
		)
	}
	return el("div", attrs{"class", "evidence-pack"},
		elt("p", nil, l10n.T("Draft documents built from this assessment, for you to complete and issue: "+
			"each says at the top what it was generated from and what is left to fill in. "+
			"Nothing in them is invented; where the assessment holds nothing, a placeholder says what is missing.")),
		app.If(p.Named < len(assessment.RACIRoles) || p.Filled < len(assessment.RiskLevels)*len(assessment.RiskContexts), p.renderMissing),
		el("ul", attrs{"class", "pack-list"}, items...),
	)
}

// renderMissing says how much of the register and the authority table is
// still empty, with the way to fill them.
func (p *evidencePack) renderMissing() app.UI {
	return el("p", attrs{"class", "pack-missing", "id", "pack-missing"},
		txt(l10n.F("The role register names %d of %d role holders and the authority table fills %d of %d rows; "+
			"what is missing appears in the documents as “[to complete: …]”. ",
			p.Named, len(assessment.RACIRoles), p.Filled, len(assessment.RiskLevels)*len(assessment.RiskContexts))),
		elt("a", attrs{"href", p.RolesHref}, l10n.T("Complete them in Roles & authority.")),
	)
}

// download returns the click handler of the document kind.
func (p *evidencePack) download(kind string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		// The error is already in the notice, in the user's words.
		_ = p.Env.DownloadPack(kind, p.Findings, p.Actions)
	}
}
