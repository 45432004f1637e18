//go:build !wasm

package app

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestChartBarWidth(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{0, 0}, {50, chartPlotW / 2}, {25, chartPlotW / 4}, {100, chartPlotW}, {150, chartPlotW}, {-5, 0},
	} {
		if got := chartBarWidth(c.in); got != c.want {
			t.Errorf("chartBarWidth(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestBarChartGeometryAndAccessibility(t *testing.T) {
	html := app.HTMLString(BarChart("c1", "Maturity by area", []ChartBar{
		{Label: "Governance", Value: 50, HasValue: true},
		{Label: "Scope", HasValue: false},
		{Label: "Roles", Value: 100, HasValue: true},
		{Label: "Changes", Value: 0, HasValue: true},
	}))
	svgs := htmlTags(html, "svg")
	if len(svgs) != 1 {
		t.Fatalf("%d svg elements", len(svgs))
	}
	s := svgs[0]
	if s.Attrs["role"] != "img" || s.Attrs["aria-labelledby"] != "c1-title c1-desc" {
		t.Errorf("svg attrs %v", s.Attrs)
	}
	if !strings.Contains(html, "Maturity by area") || htmlByID(t, html, "c1-title").Name != "title" {
		t.Error("no <title> with the chart title")
	}
	desc := htmlText(htmlID(t, html, "c1-desc"))
	for _, want := range []string{"Governance: 50%", "Scope: no score yet", "Roles: 100%", "Changes: 0%"} {
		if !strings.Contains(desc, want) {
			t.Errorf("description %q lacks %q", desc, want)
		}
	}
	var bars []htmlTag
	for _, r := range htmlTags(html, "rect") {
		if r.Attrs["class"] == "chart-bar" {
			bars = append(bars, r)
		}
	}
	// Scope has no score: it gets no bar at all, not a zero-width one.
	if len(bars) != 3 {
		t.Fatalf("%d bars, want 3 (the area without a score gets none)", len(bars))
	}
	wantW := []float64{chartPlotW / 2, chartPlotW, 0}
	for i, b := range bars {
		w, err := strconv.ParseFloat(b.Attrs["width"], 64)
		if err != nil || w != wantW[i] {
			t.Errorf("bar %d width %q, want %v", i, b.Attrs["width"], wantW[i])
		}
		if x := b.Attrs["x"]; x != num(chartPlotX) {
			t.Errorf("bar %d starts at x=%s, want %s", i, x, num(chartPlotX))
		}
	}
	// Rows are stacked: Roles (row 2) sits two row heights below Governance.
	y0, _ := strconv.ParseFloat(bars[0].Attrs["y"], 64)
	y2, _ := strconv.ParseFloat(bars[1].Attrs["y"], 64)
	if y2-y0 != 2*chartRowH {
		t.Errorf("rows %v apart, want %v", y2-y0, 2*chartRowH)
	}
	text := htmlText(html)
	if strings.Count(text, "no score yet") != 2 { // once drawn, once in the description
		t.Errorf("the area without a score is not drawn as \"no score yet\": %q", text)
	}
	for _, want := range []string{"Governance", "Scope", "50%", "100%", "0%"} {
		if !strings.Contains(text, want) {
			t.Errorf("chart text lacks %q", want)
		}
	}
	grid := 0
	for _, l := range htmlTags(html, "line") {
		if l.Attrs["class"] == "chart-grid" {
			grid++
			x, _ := strconv.ParseFloat(l.Attrs["x1"], 64)
			if f := (x - chartPlotX) / chartPlotW * 100; f != 25 && f != 50 && f != 75 {
				t.Errorf("gridline at %v%%", f)
			}
		}
	}
	if grid != 3 {
		t.Errorf("%d gridlines, want 3 (25, 50, 75)", grid)
	}
	if vb := s.Attrs["viewBox"]; vb != "0 0 "+num(chartWidth)+" "+num(chartHeight(4)) {
		t.Errorf("viewBox %q", vb)
	}
}

func TestBarChartElementsAreSVG(t *testing.T) {
	// go-app creates an element in the SVG namespace only when told; an
	// HTML-namespace <rect> would draw nothing in the browser.
	type namespaced interface{ XMLNamespace() string }
	for name, ui := range map[string]app.UI{
		"chart": BarChart("c2", "t", []ChartBar{{Label: "x", Value: 10, HasValue: true}}),
		"rect":  svg("rect", nil),
		"bar":   progressBar(1, 2),
	} {
		if ns, ok := ui.(namespaced); !ok || ns.XMLNamespace() != svgNS {
			t.Errorf("%s is not created in the SVG namespace", name)
		}
	}
}

func TestChartLabelsWrapInsteadOfClipping(t *testing.T) {
	long := "Interfaces with other management systems"
	lines := chartLabelLines(long)
	if len(lines) != 2 || strings.Join(lines, " ") != long {
		t.Fatalf("lines = %q", lines)
	}
	for _, l := range lines {
		if len([]rune(l)) > chartLabelMax {
			t.Errorf("line %q longer than %d", l, chartLabelMax)
		}
	}
	if got := chartLabelLines("Scope definition"); len(got) != 1 {
		t.Errorf("short label split: %q", got)
	}
	html := app.HTMLString(BarChart("c3", "t", []ChartBar{{Label: long, Value: 40, HasValue: true}}))
	if n := len(htmlTags(html, "tspan")); n != 2 {
		t.Errorf("%d tspans for a long label, want 2", n)
	}
}

func TestWholeTextMatchesPrintf(t *testing.T) {
	for _, v := range []float64{0, 0.4, 0.5, 0.6, 1.5, 2.5, 12.5, 33.333333333333336, 49.5, 50, 66.66666666666667, 99.49, 99.5, 100, 87.5, 62.5} {
		if got, want := wholeText(v), fmt.Sprintf("%.0f", v); got != want {
			t.Errorf("wholeText(%v) = %q, want %q (as %%.0f)", v, got, want)
		}
		if got, want := percent(v), fmt.Sprintf("%.0f%%", v); got != want {
			t.Errorf("percent(%v) = %q, want %q", v, got, want)
		}
	}
}
