package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/session"
)

// dropZone is the state of a view that accepts dropped files. Children fire
// their own dragenter and dragleave, so the view counts them: files hover
// while depth is above 0, and the view shows its highlight.
type dropZone struct{ depth int }

func (d *dropZone) hovering() bool { return d.depth > 0 }

func (d *dropZone) enter(e app.Event) {
	if draggingFiles(e) {
		e.PreventDefault()
		d.depth++
	}
}

func (d *dropZone) over(e app.Event) {
	if !draggingFiles(e) {
		return
	}
	// Without this the browser refuses the drop, or opens the file in
	// place of the tool.
	e.PreventDefault()
	if dt := e.Get("dataTransfer"); dt.Truthy() {
		dt.Set("dropEffect", "copy")
	}
	if d.depth == 0 {
		d.depth = 1
	}
}

func (d *dropZone) leave() {
	if d.depth > 0 {
		d.depth--
	}
}

// take ends a drop and returns its files. A drop without files (text or a
// link) returns none and tells the user hint.
func (d *dropZone) take(env *Env, e app.Event, hint string) browser.FileList {
	d.depth = 0
	dt := e.Get("dataTransfer")
	if !dt.Truthy() {
		return nil
	}
	e.PreventDefault()
	files := browser.EventFiles(e)
	if len(files) == 0 {
		env.Notify(session.Notice{Kind: session.NoticeInfo, Text: hint})
	}
	return files
}

// draggingFiles reports whether a drag event carries files (not text or a
// link dragged within the page).
func draggingFiles(e app.Event) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	dt := e.Get("dataTransfer")
	if !dt.Truthy() {
		return false
	}
	types := dt.Get("types")
	for i := range types.Length() {
		if types.Index(i).String() == "Files" {
			return true
		}
	}
	return false
}
