//go:build !js

package browser

import (
	"errors"
	"testing"
)

func TestFakes(t *testing.T) {
	data := []byte("a,b\n")
	if err := Download("x.csv", "text/csv", data); err != nil {
		t.Fatal(err)
	}
	data[0] = 'z'
	if d, ok := LastDownload(); !ok || d.Filename != "x.csv" || d.MIME != "text/csv" || string(d.Data) != "a,b\n" {
		t.Errorf("LastDownload = %+v, %v", d, ok)
	}
	if _, err := ReadFile(nil); !errors.Is(err, ErrNoBrowser) {
		t.Errorf("ReadFile: %v", err)
	}
	Mark("app-ready")
	SetAppState("ready")
	if m := Marks(); len(m) != 1 || m[0] != "app-ready" || AppState() != "ready" {
		t.Errorf("marks %v, state %q", m, AppState())
	}
	n := 0
	stop := OnPageHide(func() { n++ })
	FirePageHide()
	stop()
	FirePageHide()
	if n != 1 {
		t.Errorf("page hide ran %d times", n)
	}
	_ = Print()
	if Prints() != 1 {
		t.Errorf("prints = %d", Prints())
	}
}

func TestTooLargeMessage(t *testing.T) {
	err := tooLarge("big.csv", 20<<20, DefaultMaxFile)
	if !errors.Is(err, ErrTooLarge) || err.Error() != `read "big.csv": the file is too large: it is 20.0 MB and the limit is 16.0 MB; choose an exported assessment file` {
		t.Errorf("%v", err)
	}
}
