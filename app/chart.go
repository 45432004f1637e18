package app

import (
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The chart is drawn by our own code as inline SVG: the page's policy forbids
// inline styles and external scripts, so no charting library could size its
// bars anyway. Geometry attributes (x, y, width, height) are not styles and
// pass the policy. Everything else (colours, font sizes, text anchors,
// halos) comes from classes in 40-results.css and 90-print.css: each
// attribute is one more call from wasm to JavaScript when the chart is
// mounted, which happens on every visit to the results.

const svgNS = "http://www.w3.org/2000/svg"

// Geometry of the horizontal bar chart, in viewBox units.
const (
	chartWidth    = 760.0 // whole drawing
	chartLabelEnd = 292.0 // right edge of the area names (text-anchor end)
	chartPlotX    = 304.0 // x of score 0
	chartPlotW    = 400.0 // width of 0..100
	chartTop      = 12.0  // space above the first row
	chartRowH     = 38.0  // one area
	chartBarH     = 22.0  // one bar, centred in its row
	chartAxisH    = 34.0  // tick labels below the plot
)

// ChartBar is one row of a bar chart: a label and a score from 0 to 100,
// or no score at all (drawn as "no score yet", never as a zero bar).
type ChartBar struct {
	Label    string
	Value    float64
	HasValue bool
}

// svg builds an element in the SVG namespace, as el does in HTML's (and
// out of line for the same reason). go-app creates elements with
// createElement unless told the namespace, and an SVG <rect> created that
// way is an unknown HTML element that draws nothing.
//
//go:noinline
func svg(tag string, a attrs, kids ...app.UI) app.UI { return elh(tag, a, kids...).XMLNS(svgNS) }

// num formats a coordinate compactly and deterministically.
func num(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// chartBarWidth is the drawn width of a score, clamped to 0..100.
func chartBarWidth(v float64) float64 {
	return chartPlotW * min(max(v, 0), 100) / 100
}

// chartHeight is the height of a chart with n rows.
func chartHeight(n int) float64 { return chartTop + float64(n)*chartRowH + chartAxisH }

// percent formats a score for people: "62%"; German sets the sign apart
// by a no-break space, "62\u00a0%".
func percent(v float64) string {
	return l10n.Percent(wholeText(v))
}

// wholeText is v rounded to a whole number, as fmt's %.0f writes it
// (halves to even). Home shows such numbers on its first render, and fmt's
// float formatting is a lot of code for V8 to compile before the page is
// ready (about 2 ms on the bench's machine).
func wholeText(v float64) string { return strconv.Itoa(int(math.RoundToEven(v))) }

// BarChart draws scores as a horizontal bar chart with gridlines at 25, 50
// and 75. It is one image for assistive technology (role img, with a title
// and a description listing every value); pages that show it also give the
// numbers in a table. id must be unique in the page: it prefixes the ids
// the title and description are referenced by.
func BarChart(id, title string, bars []ChartBar) app.UI {
	h := chartHeight(len(bars))
	plotBottom := chartTop + float64(len(bars))*chartRowH
	var parts []string
	for _, b := range bars {
		v := l10n.T("no score yet")
		if b.HasValue {
			v = percent(b.Value)
		}
		parts = append(parts, b.Label+": "+v)
	}
	desc := l10n.F("Score out of 100 per area. %s.", strings.Join(parts, "; "))

	body := make([]app.UI, 0, 1+2*5+3*len(bars))
	// Tracks first (one path for all rows), then gridlines over them, then
	// bars over the gridlines.
	var tracks strings.Builder
	for i := range bars {
		y := chartTop + float64(i)*chartRowH + (chartRowH-chartBarH)/2
		tracks.WriteString("M" + num(chartPlotX) + " " + num(y) + "h" + num(chartPlotW) + "v" + num(chartBarH) + "h-" + num(chartPlotW) + "z")
	}
	if tracks.Len() > 0 {
		body = append(body, svg("path", attrs{"class", "chart-track", "d", tracks.String()}))
	}
	body = append(body, chartScale(plotBottom)...)
	for i, b := range bars {
		rowY := chartTop + float64(i)*chartRowH
		y := rowY + (chartRowH-chartBarH)/2
		mid := rowY + chartRowH/2 + 5 // baseline that centres 14-unit text
		body = append(body, chartLabel(b.Label, mid))
		if !b.HasValue {
			body = append(body, svg("text", attrs{"class", "chart-none", "x", num(chartPlotX + 10), "y", num(mid)}, txt(l10n.T("no score yet"))))
			continue
		}
		w := chartBarWidth(b.Value)
		body = append(body,
			svg("rect", attrs{"class", "chart-bar", "x", num(chartPlotX), "y", num(y), "width", num(w), "height", num(chartBarH)}),
			// A halo in the track colour (CSS) keeps gridlines from
			// crossing the text.
			svg("text", attrs{"class", "chart-value", "x", num(chartPlotX + w + 8), "y", num(mid)}, txt(percent(b.Value))),
		)
	}
	return chartFrame("chart", id, title, desc, h, body)
}

// chartFrame is the svg element of a chart of height h: one image whose
// accessible name is its title and its description (which lists every
// value), drawing body.
func chartFrame(class, id, title, desc string, h float64, body []app.UI) app.UI {
	kids := make([]app.UI, 0, 2+len(body))
	kids = append(kids,
		svg("title", attrs{"id", id + "-title"}, txt(title)),
		svg("desc", attrs{"id", id + "-desc"}, txt(desc)),
	)
	return svg("svg", attrs{
		"class", class,
		"id", id,
		"role", "img",
		"aria-labelledby", id + "-title " + id + "-desc",
		"viewBox", "0 0 " + num(chartWidth) + " " + num(h),
		"width", num(chartWidth),
		"height", num(h),
		"focusable", "false",
	}, append(kids, body...)...)
}

// chartLabelMax is the longest label, in characters, drawn on one line;
// longer ones wrap onto two so they never run off the left edge.
const chartLabelMax = 30

// chartLabel draws an area name right-aligned before its bar, on one line
// or two.
func chartLabel(label string, mid float64) app.UI {
	a := attrs{"class", "chart-label", "x", num(chartLabelEnd), "y", num(mid)}
	lines := chartLabelLines(label)
	if len(lines) == 1 {
		return svg("text", a, txt(label))
	}
	return svg("text", a,
		svg("tspan", attrs{"x", num(chartLabelEnd), "dy", "-8"}, txt(lines[0])),
		svg("tspan", attrs{"x", num(chartLabelEnd), "dy", "16"}, txt(lines[1])),
	)
}

// chartLabelLines splits a long label at the space nearest its middle.
func chartLabelLines(s string) []string {
	r := []rune(s)
	if len(r) <= chartLabelMax {
		return []string{s}
	}
	best := -1
	for i, c := range r {
		if c == ' ' && (best < 0 || abs(i-len(r)/2) < abs(best-len(r)/2)) {
			best = i
		}
	}
	if best < 0 {
		return []string{s}
	}
	return []string{string(r[:best]), string(r[best+1:])}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// areaBars turns a score result into chart rows, in area order.
func areaBars(res assessment.Result) []ChartBar {
	titles := make(map[string]string, len(assessment.Areas()))
	for _, a := range assessment.Areas() {
		titles[a.ID] = a.Title
	}
	out := make([]ChartBar, 0, len(res.Areas))
	for _, s := range res.Areas {
		label := titles[s.Area]
		if label == "" {
			label = s.Area
		}
		out = append(out, ChartBar{Label: label, Value: s.Score, HasValue: s.HasScore})
	}
	return out
}

// chartScale is the 0–100 scale of a bar chart whose plot ends at
// plotBottom: a grid line every 25 points (the axis at 0 and 100) with
// its tick label.
func chartScale(plotBottom float64) []app.UI {
	var out []app.UI
	for _, t := range []float64{0, 25, 50, 75, 100} {
		x := num(chartPlotX + chartBarWidth(t))
		class := "chart-grid"
		if t == 0 || t == 100 {
			class = "chart-axis"
		}
		out = append(out,
			svg("line", attrs{"class", class, "x1", x, "x2", x, "y1", num(chartTop - 4), "y2", num(plotBottom + 4)}),
			svg("text", attrs{"class", "chart-tick", "x", x, "y", num(plotBottom + 22)}, txt(strconv.Itoa(int(t)))),
		)
	}
	return out
}
