//go:build js && wasm

// Command floor is the smallest go-app program, bundled by build/ exactly
// like the product. Benchmarks measure the product against it, and the
// end-to-end tests use its "#panic" fragment to prove that the loader shows
// the stop message when the Go program dies.
package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type floor struct{ app.Compo }

func (f *floor) OnMount(ctx app.Context) {
	if strings.HasSuffix(app.Window().URL().Fragment, "panic") {
		ctx.Defer(func(app.Context) { panic("floor: panic requested by the #panic fragment") })
		return
	}
	app.Window().Get("performance").Call("mark", "app-ready")
	app.Window().Get("document").Get("documentElement").Get("dataset").Set("appState", "ready")
}

func (f *floor) Render() app.UI { return app.Div().ID("app") }

func main() {
	app.RouteWithRegexp("^/.*", app.NewZeroComponentFactory(&floor{}))
	app.RunWhenOnBrowser()
}
