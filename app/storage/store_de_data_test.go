package storage

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// A stored value that cannot be read is reported in German in a German
// page, and the autosave says in German why a change is not saved.
func TestStorageMessagesInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	b := NewMemory()
	require.NoError(t, b.Set(assessmentPrefix+"broken1", "{not json"))
	s := New(b, func() time.Time { return time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC) })
	_, issues, err := s.List()
	require.NoError(t, err)
	require.Len(t, issues, 1)
	assert.Regexp(t, `^Die Bewertung "broken1" kann nicht gelesen werden: kein gültiges JSON: .+\. Sie bleibt unverändert; eine Kopie zum Herunterladen wird unter „Aufbewahrte Kopien nicht lesbarer Daten“ aufbewahrt\.$`, issues[0].Message)

	assert.Equal(t, "Ihre letzten Änderungen sind noch nicht gespeichert: der Browserspeicher ist voll: Exportieren Sie eine Sicherung und löschen Sie alte Bewertungen, um Platz zu schaffen. Die zuvor gespeicherte Fassung ist unverändert.",
		userMessage(errors.Join(errors.New("save"), ErrQuota)))
	assert.Equal(t, StateConflict, (&Autosaver{halted: ErrConflict}).haltedStatus().State)
	assert.Equal(t, "Diese Bewertung wurde in einem anderen Tab oder Fenster geändert. Laden Sie sie neu, um diese Änderungen zu sehen, oder behalten Sie die Fassung dieses Fensters.",
		(&Autosaver{halted: ErrConflict}).haltedStatus().Message)
}
