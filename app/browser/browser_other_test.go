//go:build !js

package browser

import (
	"errors"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFakes(t *testing.T) {
	data := []byte("a,b\n")
	require.NoError(t, Download("x.csv", "text/csv", data))
	data[0] = 'z'
	d, ok := LastDownload()
	require.True(t, ok)
	assert.Equal(t, Downloaded{Filename: "x.csv", MIME: "text/csv", Data: []byte("a,b\n")}, d)

	assert.Empty(t, EventFiles(app.Event{}))

	Mark("app-ready")
	SetAppState("ready")
	assert.Equal(t, []string{"app-ready"}, Marks())
	assert.Equal(t, "ready", AppState())

	n := 0
	stop := OnPageHide(func() { n++ })
	FirePageHide()
	stop()
	FirePageHide()
	assert.Equal(t, 1, n, "page hide runs")

	require.NoError(t, Print())
	assert.Equal(t, 1, Prints())
}

func TestReadFiles(t *testing.T) {
	errGone := errors.New("NotReadableError: the file changed")
	list := FakeFiles(
		File{Name: "export.csv", Data: []byte("a,\xe2\x9c\x93\n\x00\xff")},
		File{Name: "big.csv", Data: make([]byte, 9)},
		File{Name: "gone.csv", Err: errGone},
		File{Name: "", Data: []byte("12345678")},
		File{Name: "empty.csv"},
	)
	require.Len(t, list, 5)
	assert.Equal(t, "export.csv", list[0].Name)
	assert.Equal(t, 8, list[0].Size)

	tests := []struct {
		Name  string
		Data  string
		Err   error  // nil when the file is read
		Error string // the error's text, when Err is set
	}{
		{Name: "export.csv", Data: "a,✓\n\x00\xff"},
		{Name: "big.csv", Err: ErrTooLarge, Error: `read "big.csv": the file is too large: it is 9 bytes and the limit is 8 bytes; choose an exported assessment file`},
		{Name: "gone.csv", Err: errGone, Error: `read "gone.csv": NotReadableError: the file changed`},
		{Name: "", Data: "12345678"},
		{Name: "empty.csv", Data: ""},
	}
	got := ReadFiles(list, 8)
	require.Len(t, got, len(tests))
	for i, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			f := got[i]
			assert.Equal(t, tt.Name, f.Name)
			if tt.Err != nil {
				require.ErrorIs(t, f.Err, tt.Err)
				assert.EqualError(t, f.Err, tt.Error)
				assert.Nil(t, f.Data)
				return
			}
			require.NoError(t, f.Err)
			assert.Equal(t, tt.Data, string(f.Data))
		})
	}

	// The data read is the caller's: changing it changes no later read.
	got[0].Data[0] = 'z'
	assert.Equal(t, "a,", string(ReadFiles(list[:1], 8)[0].Data[:2]))
	assert.Empty(t, ReadFiles(nil, 8))

	// A FileRef not made by FakeFiles has nothing to read natively.
	f := ReadFiles(FileList{{Name: "x.csv", Size: 1}}, 8)[0]
	assert.ErrorIs(t, f.Err, ErrNoBrowser)
	f = ReadFiles(FileList{{Name: "", Size: -1}}, 8)[0]
	assert.EqualError(t, f.Err, `read "file": the value is not a file`)
}

func TestTooLargeMessage(t *testing.T) {
	err := tooLarge("big.csv", 20<<20, 16<<20)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.EqualError(t, err, `read "big.csv": the file is too large: it is 20.0 MB and the limit is 16.0 MB; choose an exported assessment file`)
}
