package session

import (
	"errors"
	"fmt"
	"maps"
	"reflect"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// ErrNoModel: ApplyAuthorityPreset found no ownership model to take the
// authority table from.
var ErrNoModel = errors.New(l10n.M("no ownership model is chosen yet: choose one in the profile or apply one to the ownership matrix"))

// today is the session's date, YYYY-MM-DD, which bounds a role's
// confirmation date.
func (s *Session) today() string { return s.cfg.Now().Format("2006-01-02") }

// SetHolder records who holds matrix role r in the open assessment's role
// register (name, deputy, confirmation date); an empty h clears the role.
// Values are checked by assessment.SetHolder, the date against the
// session's day. A refused value changes nothing and is returned as an
// error wrapping an *assessment.FieldError, whose Field and Msg let the
// form show it next to the field.
func (s *Session) SetHolder(r assessment.Role, h assessment.Holder) error {
	if !s.open {
		return ErrNotOpen
	}
	holders, err := assessment.SetHolder(s.cur.Holders, r, h, s.today())
	if err != nil {
		s.fail(l10n.F("Could not record the holder of %s", s.cur.RoleName(r)), err)
		return fmt.Errorf("set holder: %w", err)
	}
	if maps.Equal(holders, s.cur.Holders) {
		return nil
	}
	return s.edit(func(a *assessment.Assessment) { a.Holders = holders })
}

// SetAuthority sets row k of the open assessment's risk-acceptance
// authority table; a zero v clears it. Errors as for SetHolder.
func (s *Session) SetAuthority(k assessment.AuthorityKey, v assessment.Authority) error {
	if !s.open {
		return ErrNotOpen
	}
	table, err := assessment.SetAuthority(s.cur.Authority, k, v)
	if err != nil {
		s.fail(l10n.T("Could not change the authority table"), err)
		return fmt.Errorf("set authority: %w", err)
	}
	if reflect.DeepEqual(table, s.cur.Authority) {
		return nil
	}
	return s.edit(func(a *assessment.Assessment) { a.Authority = table })
}

// AuthorityModel is the ownership model the open assessment's authority
// preset comes from (assessment.AuthorityModel); ok is false when there
// is none.
func (s *Session) AuthorityModel() (assessment.Model, bool) {
	return assessment.AuthorityModel(s.cur)
}

// ApplyAuthorityPreset fills the open assessment's authority table from
// its ownership model (AuthorityModel) and profile, as
// assessment.AuthorityPreset reasons it. overwrite false fills only the
// rows nobody has filled; true replaces every row. The view asks before
// it passes true.
func (s *Session) ApplyAuthorityPreset(overwrite bool) error {
	if !s.open {
		return ErrNotOpen
	}
	m, ok := s.AuthorityModel()
	if !ok {
		s.fail(l10n.T("Could not fill the authority table"), ErrNoModel)
		return fmt.Errorf("authority preset: %w", ErrNoModel)
	}
	preset := assessment.AuthorityPreset(m.ID, s.cur.Profile)
	table := maps.Clone(s.cur.Authority)
	if table == nil {
		table = map[assessment.AuthorityKey]assessment.Authority{}
	}
	n := 0
	for k, v := range preset {
		if old, set := table[k]; set && !old.IsZero() && !overwrite {
			continue
		}
		table[k] = v
		n++
	}
	if n > 0 {
		_ = s.edit(func(a *assessment.Assessment) { a.Authority = table })
	}
	var text string
	switch n {
	case 0:
		text = l10n.T("Every row of the authority table is already filled; nothing was changed.")
	case 1:
		text = l10n.F("Filled %d row of the authority table from the %s model.", n, l10n.T(m.Name))
	default:
		text = l10n.F("Filled %d rows of the authority table from the %s model.", n, l10n.T(m.Name))
	}
	s.notice = &Notice{Kind: NoticeSuccess, Text: text}
	return nil
}
