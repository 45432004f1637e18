// Package pack builds the ownership evidence pack: the documents a
// consultant hands over after the workshop (the ISMS roles document, the
// RACI annex, the Statement of Applicability skeleton, the
// risk-acceptance authority matrix, the action plan and the steering
// group's terms of reference), as XLSX and DOCX, from one assessment.
//
// It is pure Go so that every document is built and checked natively; the
// browser only downloads the bytes. Every document is a draft: it says so
// at the top, with the assessment it comes from and what the consultant
// must complete, and it never invents a fact the assessment does not hold.
package pack

import (
	"fmt"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// MIME types of the two formats.
const (
	MIMEXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	MIMEDOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
)

// Kind is one document of the pack.
type Kind struct {
	ID    string // stable, part of the file name
	Title string // the document's title in the current language, as shown on the download button
	Ext   string // ".xlsx" or ".docx"
	build func(Input) ([]byte, error)
}

// MIME returns the media type of k's file.
func (k Kind) MIME() string {
	if k.Ext == ".docx" {
		return MIMEDOCX
	}
	return MIMEXLSX
}

// Kinds lists the documents of the pack in the order they are offered,
// their titles in the current language.
func Kinds() []Kind {
	return []Kind{
		{ID: "roles", Title: l10n.T("ISMS roles, responsibilities and authorities"), Ext: ".docx", build: buildRoles},
		{ID: "raci", Title: l10n.T("RACI annex"), Ext: ".xlsx", build: buildRACI},
		{ID: "soa", Title: l10n.T("Statement of Applicability skeleton"), Ext: ".xlsx", build: buildSoA},
		{ID: "authority", Title: l10n.T("Risk-acceptance authority matrix"), Ext: ".xlsx", build: buildAuthority},
		{ID: "actions", Title: l10n.T("Action plan"), Ext: ".xlsx", build: buildActions},
		{ID: "steering", Title: l10n.T("Steering group terms of reference"), Ext: ".docx", build: buildSteering},
	}
}

// KindByID returns the kind with the given ID.
func KindByID(id string) (Kind, bool) {
	for _, k := range Kinds() {
		if k.ID == id {
			return k, true
		}
	}
	return Kind{}, false
}

// Input is what every document is built from: the assessment, and what
// the caller has already derived from it (so that a view that shows
// findings and actions does not compute them twice). Findings and Actions
// nil are computed here, the findings in the order the results and the
// report list them (assessment.ByPlanOrder), which a caller passing its
// own keeps too.
type Input struct {
	A         assessment.Assessment
	Generated time.Time // when the pack is generated; its date is on every document
	Findings  []assessment.Finding
	Actions   []assessment.Action
}

// File is one generated document.
type File struct {
	Name string // proposed download name
	MIME string
	Data []byte
}

// Build generates the document of kind id from in.
func Build(id string, in Input) (File, error) {
	k, ok := KindByID(id)
	if !ok {
		return File{}, fmt.Errorf("build evidence document: no document %q", id)
	}
	if in.Actions == nil {
		in.Actions = assessment.Actions(in.A)
	}
	if in.Findings == nil {
		in.Findings = assessment.ByPlanOrder(assessment.Findings(in.A), in.Actions)
	}
	data, err := k.build(in)
	if err != nil {
		return File{}, fmt.Errorf("build %s: %w", k.Title, err)
	}
	return File{Name: Filename(k, in.A, in.Generated), MIME: k.MIME(), Data: data}, nil
}

// Filename proposes the download name of kind k for a generated on day:
// "<kind>-<site>-<YYYY-MM-DD><ext>", the site made file-name safe as the
// CSV export does; without a site, the assessment's name, else
// "assessment".
func Filename(k Kind, a assessment.Assessment, day time.Time) string {
	site := csvio.Slug(a.Profile.Site)
	if site == "" {
		site = csvio.Slug(a.Name)
	}
	if site == "" {
		site = "assessment"
	}
	return "ownership-" + k.ID + "-" + site + "-" + day.Format("2006-01-02") + k.Ext
}
