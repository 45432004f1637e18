//go:build !js

package browser

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// A file over the limit is refused in German in a German page, with the
// sizes written the German way; errors.Is still finds ErrTooLarge.
func TestTooLargeMessageInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	err := tooLarge("groß.csv", 20<<20+1<<19, 16<<20)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Equal(t, `Lesen von "groß.csv": die Datei ist zu groß (20,5 MB, zulässig sind 16,0 MB). Wählen Sie eine exportierte Bewertungsdatei.`, err.Error())
	assert.Equal(t, "3 KB", formatSize(3<<10))
	assert.Equal(t, "12 Byte", formatSize(12))
	assert.Equal(t, "Datei", displayName(""))
}
