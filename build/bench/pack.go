package main

import (
	"fmt"
	"strconv"

	"github.com/isms-tools/ownership-assessment/assessment/pack"
)

// packFigures times, in the page, each document of the evidence pack for
// one full assessment (sample-0000, with its matrix, role register and
// authority table): from the click on its button, on a results page that
// is idle, to the page handing the file to the browser.
func packFigures(b *browser, rep *Report, product string) error {
	const runs = 5
	kv, err := storedSamples(1)
	if err != nil {
		return err
	}
	if err := seed(b, product, kv); err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	for _, k := range pack.Kinds() {
		times, err := repeat(runs, func() (float64, error) {
			var ms float64
			err := inTab(b, "pack "+k.ID, product, "#/sample-0000/results", "downloadTime("+strconv.Quote("pack-"+k.ID)+")", &ms)
			return ms, err
		})
		if err != nil {
			return fmt.Errorf("%s: %w", k.ID, err)
		}
		rep.add(single("evidence pack: "+k.Title+" ("+k.Ext[1:]+"), click to file (median)", "ms", median(times), "≤ 300 ms", func(v float64) bool { return v <= 300 }))
	}
	return nil
}
