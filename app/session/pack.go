package session

import (
	"fmt"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
)

// DownloadPack builds one document of the evidence pack (a pack.Kind ID)
// from the open assessment and hands it to the user. found and acts are
// the assessment's findings and action plan when the caller has them
// already (the results view does); nil computes them.
func (s *Session) DownloadPack(kind string, found []assessment.Finding, acts []assessment.Action) error {
	if !s.open {
		s.fail(l10n.T("Could not build the document"), ErrNotOpen)
		return fmt.Errorf("download evidence document %q: %w", kind, ErrNotOpen)
	}
	f, err := pack.Build(kind, pack.Input{A: s.cur, Generated: s.Now(), Findings: found, Actions: acts})
	if err != nil {
		// A build error is a defect of the tool, not of the assessment:
		// say so plainly rather than show the internal reason.
		title := kind
		if k, ok := pack.KindByID(kind); ok {
			title = l10n.T(k.Title)
		}
		s.notice = &Notice{Kind: NoticeError, Text: l10n.F("Could not build the %s. The assessment is unchanged; the other documents can still be downloaded.", title)}
		return fmt.Errorf("download evidence document %q: %w", kind, err)
	}
	return s.Download(f.Name, f.MIME, f.Data)
}
