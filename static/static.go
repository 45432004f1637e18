// Package static holds the page template, the loader script and the style
// sheets that the bundler inlines into the single HTML file.
package static

import (
	"embed"
	"io/fs"
	"strings"
)

// Template is the HTML page template (text/template syntax, see build/).
//
//go:embed index.html.tmpl
var Template string

// Loader is the script that inflates and starts the wasm program.
//
//go:embed loader.js
var Loader string

// LangScript is the head script that chooses the page's language before
// anything paints.
//
//go:embed lang.js
var LangScript string

// FirstScript puts the first screen of the chosen language in place.
//
//go:embed first.js
var FirstScript string

//go:embed css/*.css
var css embed.FS

// Style is every style sheet under css/, screen and print, joined in file
// name order (the numeric prefixes set the cascade order), so that each view
// keeps its rules in a file of its own.
var Style = func() string {
	names, err := fs.Glob(css, "css/*.css")
	if err != nil {
		panic(err)
	}
	var b strings.Builder
	for _, name := range names { // fs.Glob returns names sorted
		data, err := css.ReadFile(name)
		if err != nil {
			panic(err)
		}
		b.WriteString("/* " + strings.TrimPrefix(name, "css/") + " */\n")
		b.Write(data)
		b.WriteString("\n")
	}
	return b.String()
}()
