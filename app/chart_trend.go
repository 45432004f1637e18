package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// TrendBar is one row of a trend chart: an area's score in an earlier and
// a later round, either of which may be missing.
type TrendBar struct {
	Label            string
	From, To         float64
	HasFrom, HasTo   bool
	FromName, ToName string // the rounds, for the description
	// NotComparable draws both scores without the line and the signed
	// change between them: the rounds rest on different bases (see
	// compare.Unlike), so the difference is neither progress nor decline.
	NotComparable bool
}

// trendText says one row for people: "Governance: 40 to 75 (+35)".
func trendText(b TrendBar) string {
	switch {
	case b.HasFrom && b.HasTo && b.NotComparable:
		return l10n.F("%s: %s, then %s (not comparable)", b.Label, wholeText(b.From), wholeText(b.To))
	case b.HasFrom && b.HasTo:
		return l10n.F("%s: %s to %s (%s)", b.Label, wholeText(b.From), wholeText(b.To), signedText(b.To-b.From))
	case b.HasTo:
		return l10n.F("%s: no score in the earlier round, %s now", b.Label, wholeText(b.To))
	case b.HasFrom:
		return l10n.F("%s: %s in the earlier round, no score now", b.Label, wholeText(b.From))
	}
	return l10n.F("%s: no score in either round", b.Label)
}

// signedText writes a change in whole points with its sign.
func signedText(v float64) string {
	s := wholeText(v)
	if s != "0" && !strings.HasPrefix(s, "-") {
		return "+" + s
	}
	if strings.HasPrefix(s, "-") {
		return "\u2212" + s[1:]
	}
	return s
}

// TrendChart draws, per area, the earlier round's score as a hollow
// marker and the later one's as a filled marker joined by a line: the
// line's length is the change, its direction the sign. It has the
// geometry and the accessibility of BarChart (one image with a title and
// a description listing every value); pages that show it also give the
// numbers in a table.
func TrendChart(id, title string, bars []TrendBar) app.UI {
	h := chartHeight(len(bars))
	plotBottom := chartTop + float64(len(bars))*chartRowH
	parts := make([]string, len(bars))
	for i, b := range bars {
		parts[i] = trendText(b)
	}
	body := chartScale(plotBottom)
	for i, b := range bars {
		rowY := chartTop + float64(i)*chartRowH
		cy := rowY + chartRowH/2
		mid := cy + 5
		body = append(body, chartLabel(b.Label, mid))
		if !b.HasFrom && !b.HasTo {
			body = append(body, svg("text", attrs{"class", "chart-none", "x", num(chartPlotX + 10), "y", num(mid)}, txt(l10n.T("no score yet"))))
			continue
		}
		x0, x1 := chartPlotX+chartBarWidth(b.From), chartPlotX+chartBarWidth(b.To)
		if b.HasFrom && b.HasTo && !b.NotComparable {
			class := "trend-line trend-up"
			if b.To < b.From {
				class = "trend-line trend-down"
			}
			body = append(body, svg("line", attrs{"class", class, "x1", num(x0), "x2", num(x1), "y1", num(cy), "y2", num(cy)}))
		}
		if b.HasFrom {
			body = append(body, svg("circle", attrs{"class", "trend-from", "cx", num(x0), "cy", num(cy), "r", "6"}))
		}
		last := x0
		if b.HasTo {
			body = append(body, svg("circle", attrs{"class", "trend-to", "cx", num(x1), "cy", num(cy), "r", "7"}))
			last = x1
		}
		label := ""
		switch {
		case b.HasFrom && b.HasTo && b.NotComparable:
			label = wholeText(b.To)
		case b.HasFrom && b.HasTo:
			label = wholeText(b.To) + " (" + signedText(b.To-b.From) + ")"
		case b.HasTo:
			label = l10n.F("%s (new)", wholeText(b.To))
		default:
			label = l10n.F("%s (no score now)", wholeText(b.From))
		}
		body = append(body, svg("text", attrs{"class", "chart-value", "x", num(max(last, x0) + 12), "y", num(mid)}, txt(label)))
	}
	desc := l10n.F("Score out of 100 per area, earlier round to later round. %s.", strings.Join(parts, "; "))
	return chartFrame("chart chart-trend", id, title, desc, h, body)
}
