// Package static holds the page template, the loader script and the style
// sheet that the bundler inlines into the single HTML file.
package static

import _ "embed"

// Template is the HTML page template (text/template syntax, see build/).
//
//go:embed index.html.tmpl
var Template string

// Loader is the script that inflates and starts the wasm program.
//
//go:embed loader.js
var Loader string

// Style is the application's style sheet, screen and print.
//
//go:embed style.css
var Style string
