package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// longTaskJS picks a file on Home and resolves, once the import preview
// is open, to the milliseconds from the pick and the longest task the
// main thread ran meanwhile (a PerformanceObserver for "longtask" sees
// those over 50 ms; none means at most 50). The preview is then cancelled.
const longTaskJS = `(async (files) => {
	await waitFor(() => document.getElementById("import-file"));
	await idle();
	let longest = 0;
	const obs = new PerformanceObserver(l => { for (const e of l.getEntries()) longest = Math.max(longest, e.duration); });
	obs.observe({type: "longtask"});
	const t0 = pick("import-file", files);
	const t1 = await waitFor(() => { const d = document.getElementById("import-dialog"); return d && d.open; }, 300000);
	// Tasks end before they are reported: wait for the report of the
	// task that opened the dialog.
	await new Promise(r => setTimeout(r, 100));
	obs.takeRecords().forEach(e => { longest = Math.max(longest, e.duration); });
	obs.disconnect();
	document.getElementById("import-cancel").click();
	return JSON.stringify([t1 - t0, longest]);
})`

// previewTimes picks text as file name on Home runs times, each in a
// fresh tab, and returns the times to the open preview and the longest
// main-thread tasks meanwhile, in milliseconds.
func previewTimes(b *browser, product, name, text string, runs int) (times, longest []float64, err error) {
	data, err := json.Marshal([][2]string{{name, text}})
	if err != nil {
		return nil, nil, err
	}
	for range runs {
		var raw string
		if err := inTab(b, "preview "+name, product, "#/", longTaskJS+"("+string(data)+")", &raw); err != nil {
			return nil, nil, err
		}
		var got [2]float64
		if err := json.Unmarshal([]byte(raw), &got); err != nil {
			return nil, nil, fmt.Errorf("read the timings: %w", err)
		}
		times, longest = append(times, got[0]), append(longest, got[1])
	}
	return times, longest, nil
}

// tinyAssessments is a file of n assessments holding only their required
// meta rows, about 88 bytes each: the file that froze the page for half a
// minute when it was read in one go.
func tinyAssessments(n int) string {
	var sb strings.Builder
	sb.WriteString(strings.Join(csvio.Header, ",") + "\r\n")
	pad := strings.Repeat(",", len(csvio.Header)-6)
	for i := range n {
		fmt.Fprintf(&sb, "t%05d,meta,schema,,,%d%s\r\n", i, assessment.SchemaVersion, pad)
		fmt.Fprintf(&sb, "t%05d,meta,name,,,Tiny %d%s\r\n", i, i, pad)
	}
	return sb.String()
}

// backupFigures times what restoring a backup costs the user: the
// 60-assessment backup to its preview, and how long the page may freeze
// while a 10,000-assessment file (and, for insight, a backup of the most
// assessments one file holds) is read.
func backupFigures(b *browser, rep *Report, product string) error {
	const runs = 3
	now := time.Now()
	backup := func(n int) (string, error) {
		as := make([]assessment.Assessment, n)
		for i := range as {
			as[i] = assessment.Sample(5000+i, now)
		}
		return exportCSV(as...)
	}

	sixty, err := backup(60)
	if err != nil {
		return err
	}
	ms, long, err := previewTimes(b, product, "backup-60.csv", sixty, runs)
	if err != nil {
		return fmt.Errorf("backup of 60: %w", err)
	}
	rep.add(single(fmt.Sprintf("restore a backup of 60 full assessments (%.1f MB), to preview (median)", float64(len(sixty))/1e6), "ms", median(ms), "≤ 1000 ms", func(v float64) bool { return v <= 1000 }))
	rep.add(single("longest main-thread task while previewing it (median)", "ms", median(long), "", nil))

	tiny := tinyAssessments(10_000)
	ms, long, err = previewTimes(b, product, "tiny-10000.csv", tiny, runs)
	if err != nil {
		return fmt.Errorf("10,000 tiny assessments: %w", err)
	}
	rep.add(single(fmt.Sprintf("longest main-thread task, previewing 10,000 assessments (%.0f kB, median)", float64(len(tiny))/1e3), "ms", median(long), "≤ 200 ms", func(v float64) bool { return v <= 200 }))
	rep.add(single("previewing 10,000 assessments, to preview (median)", "ms", median(ms), "", nil))

	// The largest file Import reads: as many full assessments as one file
	// holds (ExportParts splits a larger backup by MaxFileAssessments and
	// MaxBytes), so that the figure is the heaviest preview a user meets.
	n := csvio.MaxFileAssessments
	full, err := backup(n)
	for err == nil && len(full) > csvio.MaxBytes {
		n--
		full, err = backup(n)
	}
	if err != nil {
		return err
	}
	ms, long, err = previewTimes(b, product, "backup-largest.csv", full, 1)
	if err != nil {
		return fmt.Errorf("backup of %d: %w", n, err)
	}
	rep.add(single(fmt.Sprintf("longest main-thread task, previewing the largest backup file, %d full assessments (%.1f MB)", n, float64(len(full))/1e6), "ms", long[0], "", nil))
	rep.add(single(fmt.Sprintf("previewing the largest backup file, %d full assessments, to preview", n), "ms", ms[0], "", nil))
	return nil
}
