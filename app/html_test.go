//go:build !wasm

package app

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Reading the HTML that go-app writes (app.HTMLString) in tests. go-app
// writes attributes in map order, so tests never match raw tag text: they
// look tags and elements up by name, id or class.

var (
	htmlTagRe  = regexp.MustCompile(`<([a-zA-Z0-9]+)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="(?:[^"\\]|\\.)*")?)*)\s*>`)
	htmlAttrRe = regexp.MustCompile(`([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="((?:[^"\\]|\\.)*)")?`)
)

// htmlTag is one start tag of an encoded page.
type htmlTag struct {
	Name  string
	Attrs map[string]string
}

// has reports a boolean attribute that is on: present, and not "false".
func (t htmlTag) has(name string) bool {
	v, ok := t.Attrs[name]
	return ok && v != "false"
}

// htmlTags returns the start tags named name (all tags for "") in html.
func htmlTags(html, name string) []htmlTag {
	var out []htmlTag
	for _, m := range htmlTagRe.FindAllStringSubmatch(html, -1) {
		if name != "" && m[1] != name {
			continue
		}
		t := htmlTag{Name: m[1], Attrs: map[string]string{}}
		for _, a := range htmlAttrRe.FindAllStringSubmatch(m[2], -1) {
			val := a[2]
			if u, err := strconv.Unquote(`"` + val + `"`); err == nil {
				val = u
			}
			if !strings.Contains(a[0], "=") {
				val = "true"
			}
			t.Attrs[a[1]] = val
		}
		out = append(out, t)
	}
	return out
}

// htmlByID returns the start tag with the given id.
func htmlByID(t *testing.T, html, id string) htmlTag {
	t.Helper()
	for _, tag := range htmlTags(html, "") {
		if tag.Attrs["id"] == id {
			return tag
		}
	}
	t.Fatalf("no element with id %q in:\n%s", id, html)
	return htmlTag{}
}

// htmlText is the page's text with tags removed and white space collapsed.
func htmlText(html string) string {
	s := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(html, " ")
	s = strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// htmlElem returns the outer HTML of the element whose start tag satisfies
// match (the first one), nesting of the same tag name included. Attribute
// order in go-app's output is random, so tests never match raw tag text.
func htmlElem(t *testing.T, html string, match func(htmlTag) bool) string {
	t.Helper()
	for _, loc := range htmlTagRe.FindAllStringSubmatchIndex(html, -1) {
		tags := htmlTags(html[loc[0]:loc[1]], "")
		if len(tags) != 1 || !match(tags[0]) {
			continue
		}
		name := tags[0].Name
		openRe := regexp.MustCompile(`<` + name + `[\s>]`)
		closeTag := "</" + name + ">"
		depth, pos := 1, loc[1]
		for depth > 0 {
			c := strings.Index(html[pos:], closeTag)
			if c < 0 {
				t.Fatalf("<%s> not closed", name)
			}
			depth += len(openRe.FindAllString(html[pos:pos+c], -1)) - 1
			pos += c + len(closeTag)
		}
		return html[loc[0]:pos]
	}
	t.Fatalf("no matching element in:\n%s", html)
	return ""
}

// htmlID returns the outer HTML of the element with the given id.
func htmlID(t *testing.T, html, id string) string {
	t.Helper()
	return htmlElem(t, html, func(tag htmlTag) bool { return tag.Attrs["id"] == id })
}

// htmlClass returns the outer HTML of the first element with the given class.
func htmlClass(t *testing.T, html, class string) string {
	t.Helper()
	return htmlElem(t, html, func(tag htmlTag) bool {
		for _, c := range strings.Fields(tag.Attrs["class"]) {
			if c == class {
				return true
			}
		}
		return false
	})
}
