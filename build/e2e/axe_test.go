//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// axeViolation is the part of an axe-core result the tests report.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// Axe runs axe-core's WCAG 2.1 A and AA rules on the current page and
// returns its violations, formatted. axe-core is installed by `make test`
// (pinned in the Makefile) under dist/node_modules; DevTools evaluation is
// not subject to the page's Content-Security-Policy.
func (b *Browser) Axe() []string {
	b.t.Helper()
	path := filepath.Join(repoRoot, "dist", "node_modules", "axe-core", "axe.min.js")
	src, err := os.ReadFile(path)
	if err != nil {
		b.t.Fatalf("axe-core is missing (make deps-e2e installs it): %v", err)
	}
	var loaded bool
	b.Eval(string(src)+"\n;typeof axe === 'object'", &loaded)
	if !loaded {
		b.t.Fatal("axe-core did not load")
	}
	var raw string
	b.Eval(`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations))`, &raw)
	var vs []axeViolation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		b.t.Fatalf("read axe result: %v", err)
	}
	var out []string
	for _, v := range vs {
		var nodes []string
		for i, n := range v.Nodes {
			if i == 3 {
				nodes = append(nodes, fmt.Sprintf("… %d more", len(v.Nodes)-3))
				break
			}
			nodes = append(nodes, fmt.Sprint(n.Target)+" "+truncate(n.HTML, 100))
		}
		out = append(out, fmt.Sprintf("%s (%s): %s\n      %s", v.ID, v.Impact, v.Help, strings.Join(nodes, "\n      ")))
	}
	return out
}

// RequireAxeClean fails the test when axe-core finds WCAG 2.1 A/AA violations.
func (b *Browser) RequireAxeClean(view string) {
	b.t.Helper()
	if vs := b.Axe(); len(vs) > 0 {
		b.t.Errorf("axe-core: %d WCAG 2.1 A/AA violation(s) on %s:\n  %s", len(vs), view, strings.Join(vs, "\n  "))
	}
}
