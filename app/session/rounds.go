package session

import (
	"bytes"
	"fmt"
	"maps"
	"strings"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// loadLatest reads assessment id, the open one with its latest edits.
func (s *Session) loadLatest(id string) (assessment.Assessment, error) {
	if s.open && s.cur.ID == id {
		s.Flush()
		return s.cur, nil
	}
	a, _, err := s.store.Load(id)
	return a, err
}

// NewRespondent stores a new assessment for another respondent of the
// site and round of assessment id: the profile (round and date included)
// and the organisation's role titles are copied; the respondent's name
// and role, the answers, notes, matrix and any consensus are not, so the
// new respondent starts blank and answers in their own words. It returns
// the new assessment's ID.
func (s *Session) NewRespondent(id string) (string, error) {
	src, err := s.loadLatest(id)
	if err != nil {
		s.fail(l10n.T("Could not start a new respondent"), err)
		return "", fmt.Errorf("new respondent for %q: %w", id, err)
	}
	a := assessment.New(s.cfg.NewID(), s.cfg.Now())
	a.Profile = src.Profile
	a.Profile.Respondent, a.Profile.RespondentRole = "", ""
	if src.RoleNames != nil {
		a.RoleNames = maps.Clone(src.RoleNames)
	}
	a.Name = newRespondentName(src.Profile)
	if _, err := s.store.Save(a, Summarize(a), 0); err != nil {
		s.fail(l10n.T("Could not start a new respondent"), err)
		return "", fmt.Errorf("new respondent for %q: %w", id, err)
	}
	s.Refresh()
	where := l10n.T("this site")
	if site := strings.TrimSpace(src.Profile.Site); site != "" {
		where = site
	}
	if _, round := assessment.RoundOf(src.Profile); round != "" {
		where = l10n.F("%s, round %s", where, round)
	}
	s.notice = &Notice{Kind: NoticeSuccess, Text: l10n.F("Created a blank assessment for another respondent of %s"+
		": enter the respondent\u2019s name and role, then the answers. Nothing of the first respondent\u2019s answers, notes or matrix was copied.", where)}
	return a.ID, nil
}

// newRespondentName names a new respondent's assessment after its site
// and round.
func newRespondentName(p assessment.Profile) string {
	var parts []string
	if site := strings.TrimSpace(p.Site); site != "" {
		parts = append(parts, site)
	}
	if _, round := assessment.RoundOf(p); round != "" {
		parts = append(parts, round)
	}
	parts = append(parts, l10n.T("new respondent"))
	name := strings.Join(parts, " \u2013 ")
	if utf8.RuneCountInString(name) > assessment.MaxNameLen {
		name = string([]rune(name)[:assessment.MaxNameLen])
	}
	return name
}

// ExportSanitised hands assessment id to the user as a CSV file without
// person names, notes and free text (see assessment.Sanitise), for
// sharing outside the assessment team. The file name says so and carries
// no person name either.
func (s *Session) ExportSanitised(id string) error {
	a, err := s.loadLatest(id)
	if err != nil {
		s.fail(l10n.T("Could not export the assessment"), err)
		return fmt.Errorf("export %q: %w", id, err)
	}
	var buf bytes.Buffer
	if err := csvio.ExportWith(&buf, csvio.ExportOptions{Sanitise: true}, a); err != nil {
		s.fail(l10n.T("Could not export the assessment"), err)
		return fmt.Errorf("export %q: %w", id, err)
	}
	name := strings.TrimSuffix(csvio.Filename(assessment.Sanitise(a)), ".csv") + "-without-names.csv"
	return s.Download(name, csvMIME, buf.Bytes())
}

// SaveConsensus stores a consensus assessment built in Compare (see
// assessment.BuildConsensus) as a new assessment and says so.
func (s *Session) SaveConsensus(a assessment.Assessment) error {
	if err := assessment.Validate(a); err != nil {
		s.fail(l10n.T("Could not store the consensus assessment"), err)
		return fmt.Errorf("save consensus: %w", err)
	}
	if _, err := s.store.Save(a, Summarize(a), 0); err != nil {
		s.fail(l10n.T("Could not store the consensus assessment"), err)
		return fmt.Errorf("save consensus: %w", err)
	}
	s.Refresh()
	s.notice = &Notice{Kind: NoticeSuccess, Text: l10n.F("Stored \u201c%s\u201d: the agreed answers, with every dissenting answer kept beside them.", assessment.DisplayName(a.Name))}
	return nil
}

// NewID returns a new assessment ID from the session's source.
func (s *Session) NewID() string { return s.cfg.NewID() }

// SetChangeReason records why the open consensus's answer to question q
// was changed after the consensus was stored (assessment.Agreement
// ChangeReason); it fails when that answer has not been changed.
func (s *Session) SetChangeReason(q, reason string) error {
	return s.setReason(q, s.cur.Consensus[q].Changed, reason, func(a *assessment.Assessment, r string) {
		cons := maps.Clone(a.Consensus)
		ag := cons[q]
		ag.ChangeReason = r
		cons[q] = ag
		a.Consensus = cons
	})
}

// SetRowChangeReason records why the open consensus's matrix row k was
// changed after the consensus was stored (assessment.RowAgreement
// ChangeReason); it fails when that row has not been changed.
func (s *Session) SetRowChangeReason(k assessment.CellKey, reason string) error {
	return s.setReason(k.String(), s.cur.RowConsensus[k].Changed, reason, func(a *assessment.Assessment, r string) {
		rows := maps.Clone(a.RowConsensus)
		ag := rows[k]
		ag.ChangeReason = r
		rows[k] = ag
		a.RowConsensus = rows
	})
}

// SetProfileChangeReason records why the open consensus's profile field
// key was changed after the consensus was stored (assessment.FieldChange
// ChangeReason); it fails when that field has not been changed.
func (s *Session) SetProfileChangeReason(key, reason string) error {
	_, changed := s.cur.ProfileChanges[key]
	return s.setReason(key, changed, reason, func(a *assessment.Assessment, r string) {
		marks := maps.Clone(a.ProfileChanges)
		c := marks[key]
		c.ChangeReason = r
		marks[key] = c
		a.ProfileChanges = marks
	})
}

// setReason is the common path of the reasons for a change after the
// consensus was stored: what names the item in errors, changed says
// whether it was changed, and set writes the reason, cut to the length a
// record holds, into the assessment being edited.
func (s *Session) setReason(what string, changed bool, reason string, set func(a *assessment.Assessment, reason string)) error {
	if !s.open {
		return ErrNotOpen
	}
	if !changed {
		return fmt.Errorf("change reason of %s: %w", what, ErrNotChanged)
	}
	reason = clipReason(reason)
	return s.edit(func(a *assessment.Assessment) { set(a, reason) })
}

// clipReason cuts a reason to the length a record holds, as the field's
// maxlength does in the page.
func clipReason(reason string) string {
	if r := []rune(reason); len(r) > assessment.MaxTextLen {
		return string(r[:assessment.MaxTextLen])
	}
	return reason
}
