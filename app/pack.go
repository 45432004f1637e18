package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
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
}

// Render lists the documents, one button each, with their format.
func (p *evidencePack) Render() app.UI {
	kinds := pack.Kinds()
	items := make([]app.UI, len(kinds))
	for i, k := range kinds {
		format := "Excel workbook (XLSX)"
		if k.Ext == ".docx" {
			format = "Word document (DOCX)"
		}
		items[i] = el("li", nil,
			elh("button", attrs{"type", "button", "class", "secondary", "id", "pack-" + k.ID},
				txt(k.Title)).OnClick(p.download(k.ID)),
			elt("span", attrs{"class", "pack-format"}, format),
		)
	}
	return el("div", attrs{"class", "evidence-pack"},
		elt("p", nil, "Draft documents built from this assessment, for you to complete and issue: "+
			"each says at the top what it was generated from and what is left to fill in. "+
			"Nothing in them is invented; where the assessment holds nothing, a placeholder says what is missing."),
		el("ul", attrs{"class", "pack-list"}, items...),
	)
}

// download returns the click handler of the document kind.
func (p *evidencePack) download(kind string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		// The error is already in the notice, in the user's words.
		_ = p.Env.DownloadPack(kind, p.Findings, p.Actions)
	}
}
