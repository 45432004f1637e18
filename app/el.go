package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The views build their elements with the small helpers below rather than
// with go-app's method chains. Both produce the same elements; the helpers
// make one call where a chain makes one per method, and in Go's wasm code
// every call site is large (a chain costs about 650 bytes for a tag with a
// class and a text, elt about 190). They are kept out of line
// (go:noinline) for the same reason. See "Conventions" in the README.

// attrs lists an element's attributes as name, value pairs, applied in order
// with go-app's Attr, so a repeated "class" adds classes as Class does. An
// odd number of strings is a programming error: the helpers panic rather
// than drop the last name, and TestAttrsListsArePairs finds such literals
// before anything runs.
type attrs []string

// mustPair panics when a has an odd number of strings.
func (a attrs) mustPair() {
	if len(a)%2 != 0 {
		panic("app: attrs has an odd number of strings, the last name has no value: " + strings.Join(a, ", "))
	}
}

// elh builds an element whose event handlers the caller then adds.
//
//go:noinline
func elh(tag string, a attrs, kids ...app.UI) app.HTMLElem {
	a.mustPair()
	e := app.Elem(tag)
	for i := 0; i < len(a); i += 2 {
		e.Attr(a[i], a[i+1])
	}
	if len(kids) > 0 {
		e.Body(kids...)
	}
	return e
}

// el builds an element with its attributes and children.
//
//go:noinline
func el(tag string, a attrs, kids ...app.UI) app.UI { return elh(tag, a, kids...) }

// elt builds an element whose only child is a text.
//
//go:noinline
func elt(tag string, a attrs, text string) app.UI { return elh(tag, a, app.Text(text)) }

// eltIf is elt with a class alone, or nothing when text is empty: a line
// shown only when there is something to say.
func eltIf(tag, class, text string) app.UI {
	if text == "" {
		return nil
	}
	return elt(tag, attrs{"class", class}, text)
}

// elv builds a void element, such as input.
//
//go:noinline
func elv(tag string, a attrs) app.HTMLElemSelfClosing {
	a.mustPair()
	e := app.ElemSelfClosing(tag)
	for i := 0; i < len(a); i += 2 {
		e.Attr(a[i], a[i+1])
	}
	return e
}

// txt is a text node: app.Text, out of line.
//
//go:noinline
func txt(s string) app.UI { return app.Text(s) }

// colHeads is a table head of text columns: one th scope="col" per label.
func colHeads(labels ...string) app.UI { return tableHead(labels, len(labels)) }

// numHeads is a table head whose first column names the rows and whose
// other columns hold numbers, right-aligned (class num).
func numHeads(first string, nums ...string) app.UI {
	return tableHead(append([]string{first}, nums...), 1)
}

// tableHead is a head row with a column heading per label; those from
// index num on head columns of numbers.
func tableHead(labels []string, num int) app.UI {
	cells := make([]app.UI, len(labels))
	for i, label := range labels {
		a := attrs{"scope", "col"}
		if i >= num {
			a = attrs{"scope", "col", "class", "num"}
		}
		cells[i] = elt("th", a, label)
	}
	return el("thead", nil, el("tr", nil, cells...))
}

// tableWrap holds a table that may be wider than the page: it scrolls
// sideways, and so it is a named region in the Tab order, where the arrow
// keys scroll it (a scrollable box the keyboard cannot reach fails WCAG
// 2.1.1).
func tableWrap(label string, table app.UI) app.UI {
	return el("div", attrs{"class", "table-wrap", "role", "region", "aria-label", label, "tabindex", "0"}, table)
}
