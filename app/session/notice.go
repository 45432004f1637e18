package session

import (
	"errors"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// NoticeKind sets the look and the urgency of a Notice.
type NoticeKind string

// Notice kinds.
const (
	NoticeInfo    NoticeKind = "info"
	NoticeSuccess NoticeKind = "success"
	NoticeError   NoticeKind = "error"
)

// Notice is a message shown at the top of the page until dismissed or
// replaced. Every error the user must know of ends up here, never only in
// the console.
type Notice struct {
	Kind    NoticeKind
	Text    string
	Details []string // e.g. the problems of an imported file, with line and column
	Undo    bool     // offer the undo button
}

// Notice returns the notice to show, or nil.
func (s *Session) Notice() *Notice { return s.notice }

// Notify shows n, replacing the current notice (a view's own message,
// such as a file that could not be read).
func (s *Session) Notify(n Notice) { s.notice = &n }

// Dismiss hides the notice.
func (s *Session) Dismiss() { s.notice = nil }

// fail shows that what failed, in a sentence for the user.
func (s *Session) fail(what string, err error) {
	s.notice = &Notice{Kind: NoticeError, Text: what + ": " + UserMessage(err)}
}

// UserMessage says what went wrong in the user's words. Storage errors the
// user can act on are named in their own words, without the wrapping
// added on the way up, and never with a browser's exception text.
func UserMessage(err error) string {
	for _, known := range []error{
		storage.ErrQuota, storage.ErrUnavailable, storage.ErrNotFound, storage.ErrConflict,
		storage.ErrDeleted, storage.ErrTooNew, storage.ErrCorrupt, storage.ErrExists, storage.ErrInvalid,
		ErrNotOpen, ErrNothingToUndo, ErrNoImport, ErrNoRoom, ErrNothingToExport, ErrNoModel,
	} {
		if errors.Is(err, known) {
			// The sentinels' texts are catalogue keys (l10n.M where
			// they are declared).
			return l10n.T(known.Error()) + "."
		}
	}
	if rn, ok := errors.AsType[*RoleNameError](err); ok {
		return rn.Text + "."
	}
	if fe, ok := errors.AsType[*assessment.FieldError](err); ok {
		return fe.Msg + "."
	}
	return err.Error() + "."
}
