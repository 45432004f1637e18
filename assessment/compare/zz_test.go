package compare

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

func BenchmarkZZPipeline(b *testing.B) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	var files [][]byte
	for f := 0; f < 3; f++ {
		var as []assessment.Assessment
		for i := 0; i < 50; i++ {
			a := assessment.Sample(1000+f*50+i, now)
			a.Profile.Site = fmt.Sprintf("Plant %02d", i)
			as = append(as, a)
		}
		var buf bytes.Buffer
		if err := csvio.Export(&buf, as...); err != nil {
			b.Fatal(err)
		}
		files = append(files, buf.Bytes())
	}
	b.ReportAllocs()
	for b.Loop() {
		var es []Entry
		for _, d := range files {
			as, err := csvio.Import(d)
			if err != nil {
				b.Fatal(err)
			}
			for _, a := range as {
				es = append(es, Entry{Source: "f", A: a})
			}
		}
		New(es)
	}
}
