// Package app holds the go-app components of the assessment tool.
package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Title is the product name shown in the page title and the header.
const Title = "ISMS Ownership Assessment"

// Shell is the first screen, pre-rendered into the HTML file by the bundler
// so that the page paints before the wasm program starts. It must not depend
// on anything stored in the browser, since it is rendered at build time.
type Shell struct {
	app.Compo
}

// Render draws the header and a short loading notice.
func (s *Shell) Render() app.UI {
	return app.Div().ID("app").Body(
		header(),
		app.Main().Class("app-main").ID("main").Body(
			app.P().Class("app-loading").Text("Opening the assessment tool. Everything stays in this browser; nothing is sent anywhere."),
		),
	)
}

func header() app.UI {
	return app.Header().Class("app-header").Body(
		app.H1().Text(Title),
	)
}

// Root is the component mounted by the wasm program for every path: under
// file:// the path is the file's own path, so views are state, not routes.
type Root struct {
	app.Compo
}

// OnMount tells the loader that the first real component is on screen.
func (r *Root) OnMount(ctx app.Context) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", "app-ready")
		app.Window().Get("document").Get("documentElement").Get("dataset").Set("appState", "ready")
	}
}

// Render draws the application.
func (r *Root) Render() app.UI {
	return app.Div().ID("app").Body(
		header(),
		app.Main().Class("app-main").ID("main").Body(
			app.P().Text("Ready."),
		),
	)
}
