package app

import (
	"bytes"
	"errors"
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// CompareView consolidates several assessments (stored ones and CSV files
// from other laptops, typically one per respondent of each plant) into the
// comparison a steering group needs: where plants differ, and where the IT
// and OT leads of one plant see the same ownership question differently.
//
// Everything slow happens off the UI goroutine: files are read and parsed,
// stored records loaded and the comparison built in ctx.Async goroutines
// that hand their results back with ctx.Dispatch.
type CompareView struct {
	app.Compo
	Env   *Env
	Items []storage.Summary

	selected  map[string]bool          // stored ids ticked
	stored    map[string]compare.Entry // ticked and loaded
	storedErr map[string]string        // ticked but unreadable, by id
	files     []cmpFile                // picked or dropped, in order

	queue       []cmpJob // waiting to be loaded
	running     bool     // a chunk is being loaded
	done, total int      // progress of the current loading run, in jobs

	set       *compare.Set
	choices   compare.Choices   // the versions and consensuses the user chose to count
	order     []int             // heat map rows, derived from set and the sort
	drilled   *compare.Drill    // the drill-down of the area chosen, if any
	conflicts []compare.RACIRow // set.Conflicts(), derived once per build
	multi     int               // matrix rows filled at two or more sites
	plans     []cmpPlan         // each respondent's action plan in counts (compare_actions.go)
	building  bool
	buildGen  int // discards a build overtaken by a newer one
	// below: the sections under the heat map are rendered. A new build
	// shows its summary and heat map in the first frame and the rest in
	// the next: with 150 assessments the lists below cost as much to
	// render as the heat map, which is what the eye goes to first.
	below   bool
	fileSeq int

	sortKey  string
	sortDesc bool
	drill    string          // area shown in the drill-down; none at first
	showAll  map[string]bool // lists expanded beyond cmpListLimit
	// showMinor: the smaller differences (Set.Minor) are listed to be
	// settled; they can be many, so they wait for the facilitator's click.
	showMinor bool
	drop      dropZone  // files hovering over the view
	export    bool      // an export is being prepared
	rounds    cmpRounds // the facilitator's consensus records (compare_rounds.go)
}

// cmpFile is one CSV file picked or dropped.
type cmpFile struct {
	seq      int
	name     string
	loading  bool
	entries  []compare.Entry
	problems []string // why the file was refused, with line and column
}

// cmpJob is one unit of loading work: a stored assessment or a file.
type cmpJob struct {
	storedID string
	fileSeq  int
	name     string
	size     int                    // bytes, files only (0 when unknown)
	read     func() ([]byte, error) // files only
}

// cmpResult is what loading one job produced.
type cmpResult struct {
	job      cmpJob
	entries  []compare.Entry
	problems []string
}

const (
	// cmpChunk is how many jobs are loaded between two yields to the
	// browser, so that the page repaints and the progress moves while 150
	// assessments load.
	cmpChunk = 10
	// cmpChunkBytes also ends a chunk: parsing a few megabytes of CSV takes
	// a while in the browser, so big files are read one per chunk.
	cmpChunkBytes = 1 << 20
	// cmpYield is the pause between chunks: long enough for a frame.
	cmpYield = 16 * time.Millisecond
	// cmpListLimit is how many items a list shows before "Show all".
	cmpListLimit = 20
)

func (c *CompareView) init() {
	if c.selected == nil {
		c.selected = map[string]bool{}
		c.stored = map[string]compare.Entry{}
		c.storedErr = map[string]string{}
		c.showAll = map[string]bool{}
		c.sortKey = compare.SortSite
	}
}

// OnInit prepares the state before the first render.
func (c *CompareView) OnInit() { c.init() }

// OnUpdate drops ticked assessments that are no longer stored (deleted in
// another tab, for example).
func (c *CompareView) OnUpdate(ctx app.Context) {
	c.init()
	present := make(map[string]bool, len(c.Items))
	for _, it := range c.Items {
		present[it.ID] = true
	}
	changed := false
	for id := range c.selected {
		if !present[id] {
			c.unselect(id)
			changed = true
		}
	}
	if changed && !c.running {
		c.rebuild(ctx)
	}
}

// --- sources ---------------------------------------------------------------

func (c *CompareView) toggleStored(ctx app.Context, id string, on bool) {
	c.init()
	if on {
		c.selectStored(id)
	} else {
		c.unselect(id)
	}
	c.pump(ctx)
}

func (c *CompareView) toggleAll(ctx app.Context, on bool) {
	c.init()
	for _, it := range c.Items {
		if on {
			c.selectStored(it.ID)
		} else {
			c.unselect(it.ID)
		}
	}
	c.pump(ctx)
}

func (c *CompareView) selectStored(id string) {
	if c.selected[id] {
		return
	}
	c.selected[id] = true
	c.enqueue(cmpJob{storedID: id, name: id})
}

func (c *CompareView) unselect(id string) {
	if !c.selected[id] {
		return
	}
	delete(c.selected, id)
	delete(c.stored, id)
	delete(c.storedErr, id)
	before := len(c.queue)
	c.queue = slices.DeleteFunc(c.queue, func(j cmpJob) bool { return j.storedID == id })
	c.total -= before - len(c.queue)
}

// addFiles queues files for reading. Each job's read is called on a
// goroutine.
func (c *CompareView) addFiles(ctx app.Context, jobs []cmpJob) {
	c.init()
	for _, j := range jobs {
		c.fileSeq++
		j.fileSeq = c.fileSeq
		c.files = append(c.files, cmpFile{seq: j.fileSeq, name: j.name, loading: true})
		c.enqueue(j)
	}
	c.pump(ctx)
}

// cmpBrowserFiles turns picked or dropped files into jobs.
func cmpBrowserFiles(files browser.FileList) []cmpJob {
	jobs := make([]cmpJob, 0, len(files))
	for i, f := range files {
		name := f.Name
		if name == "" {
			name = l10n.T("file")
		}
		jobs = append(jobs, cmpJob{name: name, size: max(f.Size, 0), read: func() ([]byte, error) {
			got := browser.ReadFiles(files[i:i+1], csvio.MaxBytes)[0]
			return got.Data, got.Err
		}})
	}
	return jobs
}

func (c *CompareView) removeFile(ctx app.Context, seq int) {
	c.files = slices.DeleteFunc(c.files, func(f cmpFile) bool { return f.seq == seq })
	before := len(c.queue)
	c.queue = slices.DeleteFunc(c.queue, func(j cmpJob) bool { return j.fileSeq == seq })
	c.total -= before - len(c.queue)
	if !c.running {
		c.pump(ctx)
	}
}

func (c *CompareView) enqueue(j cmpJob) {
	if !c.running && len(c.queue) == 0 {
		c.done, c.total = 0, 0
	}
	c.queue = append(c.queue, j)
	c.total++
}

// pump loads the next chunk of the queue on a goroutine, or rebuilds the
// comparison when the queue is empty. Each chunk's results come back
// through ctx.Dispatch, which renders the progress and starts the next
// chunk after a short pause: 150 assessments never hold the page for
// more than one chunk.
func (c *CompareView) pump(ctx app.Context) {
	if c.running {
		return
	}
	if len(c.queue) == 0 {
		if c.total > 0 {
			browser.Mark("compare-loaded")
		}
		c.done, c.total = 0, 0
		c.rebuild(ctx)
		return
	}
	if c.done == 0 {
		browser.Mark("compare-load-start")
	}
	n, size := 0, 0
	for n < len(c.queue) && n < cmpChunk {
		if n > 0 && size+c.queue[n].size > cmpChunkBytes {
			break
		}
		size += c.queue[n].size
		n++
	}
	chunk := slices.Clone(c.queue[:n])
	c.queue = slices.Delete(c.queue, 0, n)
	c.running = true
	first := c.done == 0
	s := c.Env.Session
	ctx.Async(func() {
		if !first {
			time.Sleep(cmpYield)
		}
		results := make([]cmpResult, len(chunk))
		for i, j := range chunk {
			results[i] = cmpLoadJob(s, j)
		}
		ctx.Dispatch(func(ctx app.Context) {
			c.running = false
			c.apply(results)
			c.done = min(c.done+len(results), c.total)
			c.pump(ctx)
		})
	})
}

// cmpLoadJob loads one stored assessment or reads and parses one file. It
// runs on a goroutine and touches no view state.
func cmpLoadJob(s *session.Session, j cmpJob) cmpResult {
	r := cmpResult{job: j}
	if j.storedID != "" {
		a, rev, err := s.LoadRevision(j.storedID)
		if err != nil {
			r.problems = []string{session.UserMessage(err)}
			return r
		}
		r.entries = []compare.Entry{{Source: compare.SourceStored, A: a, Revision: rev}}
		return r
	}
	data, err := j.read()
	if err != nil {
		r.problems = []string{err.Error()}
		return r
	}
	as, err := csvio.Import(data)
	if err != nil {
		var ie *csvio.ImportError
		if errors.As(err, &ie) && len(ie.Problems) > 0 {
			for _, p := range ie.Problems {
				r.problems = append(r.problems, p.String())
			}
		} else {
			r.problems = []string{err.Error()}
		}
		return r
	}
	if len(as) == 0 {
		r.problems = []string{l10n.T("the file holds no assessment")}
		return r
	}
	for _, a := range as {
		r.entries = append(r.entries, compare.Entry{Source: j.name, A: a})
	}
	return r
}

// apply files the results of a chunk, ignoring those whose source was
// removed meanwhile.
func (c *CompareView) apply(results []cmpResult) {
	for _, r := range results {
		if id := r.job.storedID; id != "" {
			if !c.selected[id] {
				continue
			}
			if len(r.problems) > 0 {
				c.storedErr[id] = r.problems[0]
			} else {
				c.stored[id] = r.entries[0]
			}
			continue
		}
		for i := range c.files {
			if c.files[i].seq == r.job.fileSeq {
				c.files[i].loading = false
				c.files[i].entries = r.entries
				c.files[i].problems = r.problems
			}
		}
	}
}

// entries lists what is to be compared: ticked stored assessments in list
// order, then the files in the order they were added.
func (c *CompareView) entries() []compare.Entry {
	var out []compare.Entry
	for _, it := range c.Items {
		if e, ok := c.stored[it.ID]; ok && c.selected[it.ID] {
			out = append(out, e)
		}
	}
	for _, f := range c.files {
		out = append(out, f.entries...)
	}
	return out
}

// rebuild builds the comparison on a goroutine.
func (c *CompareView) rebuild(ctx app.Context) {
	c.buildGen++
	gen := c.buildGen
	entries := c.entries()
	choices := c.choices.Clone()
	if len(entries) == 0 {
		c.set, c.building = nil, false
		c.derive()
		return
	}
	c.building = true
	ctx.Async(func() {
		browser.Mark("compare-build-start")
		s := compare.NewWith(entries, choices)
		ctx.Dispatch(func(ctx app.Context) {
			if gen != c.buildGen {
				return
			}
			c.set, c.building = s, false
			c.derive()
			c.below = false
			ctx.Defer(func(ctx app.Context) { ctx.Dispatch(func(app.Context) { c.below = true }) })
			browser.Mark("compare-built")
		})
	})
}

// choose counts the version from source of assessment id.
func (c *CompareView) choose(ctx app.Context, id, source string) {
	if c.choices.Versions == nil {
		c.choices.Versions = map[string]string{}
	}
	c.choices.Versions[id] = source
	c.rebuild(ctx)
}

// chooseConsensus counts the consensus assessment id in the round key.
func (c *CompareView) chooseConsensus(ctx app.Context, key, id string) {
	if c.choices.Consensus == nil {
		c.choices.Consensus = map[string]string{}
	}
	c.choices.Consensus[key] = id
	c.rebuild(ctx)
}

// --- events ----------------------------------------------------------------

func (c *CompareView) onPick(ctx app.Context, e app.Event) {
	c.addFiles(ctx, cmpBrowserFiles(browser.EventFiles(e)))
}

func (c *CompareView) onDragEnter(ctx app.Context, e app.Event) { c.drop.enter(e) }
func (c *CompareView) onDragOver(ctx app.Context, e app.Event)  { c.drop.over(e) }
func (c *CompareView) onDragLeave(ctx app.Context, e app.Event) { c.drop.leave() }

func (c *CompareView) onDrop(ctx app.Context, e app.Event) {
	if files := c.drop.take(c.Env, e, l10n.T("Drop CSV files exported by this tool to add them to the comparison.")); len(files) > 0 {
		c.addFiles(ctx, cmpBrowserFiles(files))
	}
}

// derive computes what Render shows from the set, the sort and the drill
// choice, so that Render itself stays cheap.
func (c *CompareView) derive() {
	c.order, c.drilled, c.conflicts, c.multi, c.plans = nil, nil, nil, 0, nil
	s := c.set
	if s == nil {
		return
	}
	c.plans = cmpPlans(s)
	c.order = s.Order(c.sortKey, c.sortDesc)
	if d, ok := s.Drill(c.drill); ok {
		c.drilled = &d
	} else {
		c.drill = ""
	}
	c.conflicts = s.Conflicts()
	for _, r := range s.RACI {
		if len(r.Sites) > 1 {
			c.multi++
		}
	}
}

func (c *CompareView) sortBy(key string) {
	if c.sortKey == key {
		c.sortDesc = !c.sortDesc
	} else {
		c.sortKey = key
		// Names read best A to Z; scores are looked at best first.
		c.sortDesc = key != compare.SortSite
	}
	if c.set != nil {
		c.order = c.set.Order(c.sortKey, c.sortDesc)
	}
}

// drillInto shows the questions of area across sites; choosing the area
// shown again closes the drill-down.
func (c *CompareView) drillInto(area string) {
	if c.drill == area {
		area = ""
	}
	c.drill, c.drilled = area, nil
	if c.set == nil || area == "" {
		return
	}
	if d, ok := c.set.Drill(area); ok {
		c.drilled = &d
	}
}

// exportCSV builds the consolidated CSV on a goroutine and downloads it.
func (c *CompareView) exportCSV(ctx app.Context) {
	s := c.set
	if s == nil || c.export {
		return
	}
	c.export = true
	name := compare.ExportFilename(c.Env.Now().Format("2006-01-02"))
	ctx.Async(func() {
		var buf bytes.Buffer
		err := s.Export(&buf)
		ctx.Dispatch(func(ctx app.Context) {
			c.export = false
			if err != nil {
				c.Env.Notify(session.Notice{Kind: session.NoticeError, Text: l10n.F("Could not write the consolidated CSV: %s", session.UserMessage(err))})
				return
			}
			_ = c.Env.Download(name, "text/csv;charset=utf-8", buf.Bytes())
		})
	})
}
