//go:build js && wasm

// Command wasm is the browser program of the assessment tool. The bundler
// in build/ compiles it and inlines it into the single HTML file.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	ui "github.com/isms-tools/ownership-assessment/app"
)

func main() {
	// Before anything renders: the language the page's head script chose.
	ui.StartLang()
	// One catch-all route: opened from file://, the path is the file's path,
	// which we neither know nor may change.
	app.RouteWithRegexp("^/.*", app.NewZeroComponentFactory(&ui.Root{}))
	app.RunWhenOnBrowser()
}
