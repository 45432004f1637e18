package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// impIntegrity says whether an imported assessment is unchanged since its
// export, was edited afterwards, or cannot tell (csvio.Seal). It informs;
// it never blocks the import.
func impIntegrity(it session.ImportItem) app.UI {
	class := "imp-seal"
	switch it.Integrity.Seal {
	case csvio.SealUnchanged:
		class += " imp-seal-unchanged"
	case csvio.SealEdited:
		class += " imp-seal-edited"
	default:
		class += " imp-seal-missing"
	}
	return elt("p", attrs{"class", class, "id", "imp-seal-" + it.ID}, it.Integrity.Sentence())
}
