//go:build !wasm

package app

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// ftHost stands in for Root above one view: it renders the view from its
// own fields (a fresh component each render, as Root does, so go-app copies
// the exported fields into the mounted one and calls OnUpdate), records the
// actions the view posts, and applies actAnswer to its answers like Root.
type ftHost struct {
	app.Compo
	ctx     app.Context
	posted  []app.Action
	view    func(h *ftHost) app.UI
	a       assessment.Assessment
	route   string
	flow    *Flow // the mounted Flow, captured on the first render
	noApply bool  // record actAnswer without applying it
}

func (h *ftHost) OnPreRender(ctx app.Context) {
	h.ctx = ctx
	rec := func(ctx app.Context, a app.Action) { h.posted = append(h.posted, a) }
	for _, name := range []string{actGo, actPrint, actNotice} {
		ctx.Handle(name, rec)
	}
	ctx.Handle(actAnswer, func(ctx app.Context, a app.Action) {
		h.posted = append(h.posted, a)
		if c, ok := a.Value.(AnswerChange); ok && !h.noApply {
			h.apply(c)
		}
	})
}

// apply mirrors Root.setAnswer: always a new map.
func (h *ftHost) apply(c AnswerChange) {
	m := map[string]assessment.Answer{}
	for k, v := range h.a.Answers {
		m[k] = v
	}
	if c.Answer.IsZero() {
		delete(m, c.Question)
	} else {
		m[c.Question] = c.Answer
	}
	h.a.Answers = m
}

func (h *ftHost) Render() app.UI { return app.Div().Body(h.view(h)) }

// ftFlowHost renders a Flow for the host's assessment and route.
func ftFlowHost(h *ftHost) app.UI {
	f := &Flow{ID: h.a.ID, Question: h.route, Answers: h.a.Answers, Validated: h.a.Profile.Validated}
	if h.flow == nil {
		h.flow = f
	}
	return f
}

type ftView struct {
	t *testing.T
	e app.TestEngine
	h *ftHost
}

func ftLoad(t *testing.T, h *ftHost) *ftView {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(h); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return &ftView{t: t, e: e, h: h}
}

func ftNewAssessment() assessment.Assessment {
	return assessment.Assessment{Schema: assessment.SchemaVersion, ID: "a1", Name: "Plant A workshop"}
}

// update changes the host's state on the UI goroutine and re-renders.
func (v *ftView) update(fn func(h *ftHost)) {
	v.h.ctx.Dispatch(func(app.Context) { fn(v.h) })
	v.e.ConsumeAll()
}

// do runs a Flow handler with the Flow's own context, as an event would,
// and processes what it posts.
func (v *ftView) do(fn func(ctx app.Context)) {
	v.h.flow.ctx.Dispatch(fn)
	v.e.ConsumeAll()
}

func (v *ftView) html() string { return app.HTMLString(v.h) }

// answers returns the AnswerChange payloads posted so far.
func (v *ftView) answers() []AnswerChange {
	var out []AnswerChange
	for _, a := range v.h.posted {
		if c, ok := a.Value.(AnswerChange); ok && a.Name == actAnswer {
			out = append(out, c)
		}
	}
	return out
}

var (
	ftTagRe  = regexp.MustCompile(`<([a-zA-Z0-9]+)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="(?:[^"\\]|\\.)*")?)*)\s*>`)
	ftAttrRe = regexp.MustCompile(`([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="((?:[^"\\]|\\.)*)")?`)
)

// ftTag is one start tag of an encoded page.
type ftTag struct {
	Name  string
	Attrs map[string]string
}

// has reports a boolean attribute that is on: present, and not "false".
func (t ftTag) has(name string) bool {
	v, ok := t.Attrs[name]
	return ok && v != "false"
}

// ftTags returns the start tags named name (all tags for "") in html.
func ftTags(html, name string) []ftTag {
	var out []ftTag
	for _, m := range ftTagRe.FindAllStringSubmatch(html, -1) {
		if name != "" && m[1] != name {
			continue
		}
		t := ftTag{Name: m[1], Attrs: map[string]string{}}
		for _, a := range ftAttrRe.FindAllStringSubmatch(m[2], -1) {
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

// ftByID returns the start tag with the given id.
func ftByID(t *testing.T, html, id string) ftTag {
	t.Helper()
	for _, tag := range ftTags(html, "") {
		if tag.Attrs["id"] == id {
			return tag
		}
	}
	t.Fatalf("no element with id %q in:\n%s", id, html)
	return ftTag{}
}

// ftText is the page's text with tags removed and white space collapsed.
func ftText(html string) string {
	s := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(html, " ")
	s = strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// ftElem returns the outer HTML of the element whose start tag satisfies
// match (the first one), nesting of the same tag name included. Attribute
// order in go-app's output is random, so tests never match raw tag text.
func ftElem(t *testing.T, html string, match func(ftTag) bool) string {
	t.Helper()
	for _, loc := range ftTagRe.FindAllStringSubmatchIndex(html, -1) {
		tags := ftTags(html[loc[0]:loc[1]], "")
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

// ftID returns the outer HTML of the element with the given id.
func ftID(t *testing.T, html, id string) string {
	t.Helper()
	return ftElem(t, html, func(tag ftTag) bool { return tag.Attrs["id"] == id })
}

// ftClass returns the outer HTML of the first element with the given class.
func ftClass(t *testing.T, html, class string) string {
	t.Helper()
	return ftElem(t, html, func(tag ftTag) bool {
		for _, c := range strings.Fields(tag.Attrs["class"]) {
			if c == class {
				return true
			}
		}
		return false
	})
}

func TestFlowStartsOnFirstQuestionWhenNothingAnswered(t *testing.T) {
	v := ftLoad(t, &ftHost{view: ftFlowHost, a: ftNewAssessment()})
	html := v.html()
	text := ftText(html)
	first := assessment.Questions()[0]
	if v.h.flow.q.ID != first.ID {
		t.Fatalf("question = %q, want %q", v.h.flow.q.ID, first.ID)
	}
	for _, want := range []string{
		first.Text,
		"Accountability and governance",
		"Question 1 of 7 in this area \u00b7 1 of 64 overall",
		"0 of 64 answered",
		"Why it matters", first.Why,
		"What good looks like", first.Good,
		"Applies to IT and OT",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if h := ftByID(t, html, flowHeadingID); h.Attrs["tabindex"] != "-1" {
		t.Errorf("question heading is not focusable by script: %v", h.Attrs)
	}
	if len(ftTags(html, "h1")) != 1 {
		t.Errorf("want exactly one h1, got %d", len(ftTags(html, "h1")))
	}
	// No previous link on the first question; next goes to the second.
	if strings.Contains(html, `id="`+flowPrevID+`"`) {
		t.Error("the first question offers a Previous link")
	}
	if next := ftByID(t, html, flowNextID); next.Attrs["href"] != "#/a1/questions/GOV-02" {
		t.Errorf("Next href = %q", next.Attrs["href"])
	}
}

func TestFlowChoicesAreRadiosInFieldsetWithLegend(t *testing.T) {
	a := ftNewAssessment()
	a.Answers = map[string]assessment.Answer{"GOV-03": {Rating: assessment.Rating2, Note: "seen the manual"}}
	v := ftLoad(t, &ftHost{view: ftFlowHost, a: a, route: "GOV-03"})
	html := v.html()
	fs := ftClass(t, html, "flow-question")
	legend := ftElem(t, fs, func(tag ftTag) bool { return tag.Name == "legend" })
	q, _ := assessment.QuestionByID("GOV-03")
	if !strings.Contains(legend, "<h1") || !strings.Contains(ftText(legend), q.Text) {
		t.Errorf("legend does not hold the question heading: %s", legend)
	}
	radios := ftTags(fs, "input")
	if len(radios) != len(assessment.Ratings) {
		t.Fatalf("%d inputs in the fieldset, want %d", len(radios), len(assessment.Ratings))
	}
	for i, r := range radios {
		want := assessment.Ratings[i]
		if r.Attrs["type"] != "radio" || r.Attrs["name"] != "rating" || r.Attrs["value"] != string(want) {
			t.Errorf("input %d = %v", i, r.Attrs)
		}
		if got := r.has("checked"); got != (want == assessment.Rating2) {
			t.Errorf("radio %s checked = %v", want, got)
		}
		// Every radio has a label tied to it.
		if !strings.Contains(fs, `for="`+r.Attrs["id"]+`"`) {
			t.Errorf("radio %s has no label", r.Attrs["id"])
		}
	}
	for _, want := range []string{"Not applicable", "Unknown", "Reviewed and improved", "Defined"} {
		if !strings.Contains(ftText(fs), want) {
			t.Errorf("choices lack %q", want)
		}
	}
	if note := ftByID(t, html, flowNoteID); note.Attrs["value"] != "seen the manual" {
		t.Errorf("note value = %q", note.Attrs["value"])
	}
}

func TestFlowChoosingPostsWholeAnswer(t *testing.T) {
	a := ftNewAssessment()
	a.Answers = map[string]assessment.Answer{"GOV-02": {Note: "ask the CIO", Owner: assessment.RoleIT, Target: "2026-06-30"}}
	v := ftLoad(t, &ftHost{view: ftFlowHost, a: a, route: "GOV-02"})
	v.do(func(ctx app.Context) { v.h.flow.choose(ctx, assessment.Rating3) })
	got := v.answers()
	want := AnswerChange{Question: "GOV-02", Answer: assessment.Answer{Rating: assessment.Rating3, Note: "ask the CIO", Owner: assessment.RoleIT, Target: "2026-06-30"}}
	if len(got) != 1 || got[0] != want {
		t.Fatalf("posted %+v, want [%+v]", got, want)
	}
	// The host applied it like Root; the view keeps the choice and does not
	// remount the controls the user is working in (the browser already
	// shows the checked radio).
	if f := v.h.flow; f.ans.Rating != assessment.Rating3 || f.loads != 1 || len(f.posted) != 0 {
		t.Errorf("after choosing: rating %q, %d loads, %d pending", f.ans.Rating, f.loads, len(f.posted))
	}
	v.do(func(ctx app.Context) { v.h.flow.setOwner(ctx, string(assessment.RoleOT)) })
	if got := v.answers(); len(got) != 2 || got[1].Answer.Owner != assessment.RoleOT || got[1].Answer.Rating != assessment.Rating3 {
		t.Errorf("owner change posted %+v", got)
	}
	// The "not set" choice clears the owner. Its value is not empty:
	// go-app drops an empty value attribute, and the option would then
	// take its text as its value.
	v.do(func(ctx app.Context) { v.h.flow.setOwner(ctx, flowOwnerNone) })
	if got := v.answers(); len(got) != 3 || got[2].Answer.Owner != "" || got[2].Answer.Rating != assessment.Rating3 {
		t.Errorf("clearing the owner posted %+v", got)
	}
	opts := ftTags(ftID(t, v.html(), flowOwnerID), "option")
	if len(opts) == 0 || opts[0].Attrs["value"] != flowOwnerNone {
		t.Errorf("the \"not set\" option is %v", opts)
	}
}

func TestFlowNavShowsProgressPerArea(t *testing.T) {
	a := ftNewAssessment()
	a.Answers = map[string]assessment.Answer{
		"GOV-01": {Rating: assessment.Rating3}, "GOV-02": {Rating: assessment.RatingUnknown},
		"GOV-04": {Rating: assessment.RatingNotApplicable}, "GOV-07": {Rating: assessment.Rating1},
		"SCO-01": {Rating: assessment.Rating2},
		"ROL-01": {Note: "a note alone is not an answer"},
	}
	v := ftLoad(t, &ftHost{view: ftFlowHost, a: a, route: "GOV-03"})
	html := v.html()
	nav := ftClass(t, html, "flow-nav")
	text := ftText(nav)
	for _, want := range []string{"5 of 64 answered", "Accountability and governance 4 of 7 answered", "Scope definition 1 of 6 answered", "Roles and RACI 0 of 6 answered"} {
		if !strings.Contains(text, want) {
			t.Errorf("nav lacks %q in %q", want, text)
		}
	}
	if n := strings.Count(text, "Answered: "); n != 4 {
		t.Errorf("%d questions marked answered in the current area, want 4", n)
	}
	if n := strings.Count(text, "Not answered: "); n != 3 {
		t.Errorf("%d questions marked not answered, want 3", n)
	}
	// The current question is marked for assistive technology.
	var current []string
	for _, tag := range ftTags(nav, "a") {
		if tag.Attrs["aria-current"] == "step" {
			current = append(current, tag.Attrs["href"])
		}
	}
	if len(current) != 1 || current[0] != "#/a1/questions/GOV-03" {
		t.Errorf("aria-current=step on %v", current)
	}
	// Next unanswered skips answered questions after the current one.
	if l := ftByID(t, html, "flow-next-open"); l.Attrs["href"] != "#/a1/questions/GOV-05" {
		t.Errorf("next unanswered = %q", l.Attrs["href"])
	}
}

func TestFlowOpenRouteStaysOnQuestionOnceAnswered(t *testing.T) {
	a := ftNewAssessment()
	a.Answers = map[string]assessment.Answer{"GOV-01": {Rating: assessment.Rating3}}
	v := ftLoad(t, &ftHost{view: ftFlowHost, a: a})
	if v.h.flow.q.ID != "GOV-02" {
		t.Fatalf("first open question = %q, want GOV-02", v.h.flow.q.ID)
	}
	v.do(func(ctx app.Context) { v.h.flow.choose(ctx, assessment.Rating2) })
	if v.h.flow.q.ID != "GOV-02" {
		t.Errorf("after answering, the view moved to %q", v.h.flow.q.ID)
	}
	key := v.h.flow.formKey()
	v.update(func(h *ftHost) { h.route = "SCO-02" })
	if v.h.flow.formKey() == key {
		t.Error("the form controls are not mounted afresh for another question")
	}
	if v.h.flow.q.ID != "SCO-02" || !strings.Contains(ftText(v.html()), "Question 2 of 6 in this area") {
		t.Errorf("route change not followed: %q", v.h.flow.q.ID)
	}
}

func TestFlowTypingIsNotOverwrittenByLaggingAnswers(t *testing.T) {
	a := ftNewAssessment()
	v := ftLoad(t, &ftHost{view: ftFlowHost, a: a, route: "GOV-01", noApply: true})
	v.do(func(ctx app.Context) {
		v.h.flow.setNote(ctx, "D")
		v.h.flow.setNote(ctx, "DM")
		v.h.flow.setNote(ctx, "DMZ")
	})
	// Root has only applied the first keystroke so far: the view keeps
	// what was typed and leaves the field alone (no new load, so go-app
	// writes nothing into the textarea).
	key := v.h.flow.formKey()
	v.update(func(h *ftHost) { h.apply(v.answers()[0]) })
	if got := v.h.flow.ans.Note; got != "DMZ" || v.h.flow.formKey() != key {
		t.Fatalf("after a lagging update: note %q, form %q (was %q)", got, v.h.flow.formKey(), key)
	}
	v.update(func(h *ftHost) { h.apply(v.answers()[2]) })
	if got := v.h.flow.ans.Note; got != "DMZ" || len(v.h.flow.posted) != 0 {
		t.Fatalf("after catching up: note %q, %d pending", got, len(v.h.flow.posted))
	}
	// A change made elsewhere (another window) is taken.
	v.update(func(h *ftHost) {
		h.apply(AnswerChange{Question: "GOV-01", Answer: assessment.Answer{Rating: assessment.Rating1, Note: "from the other tab"}})
	})
	if got := ftByID(t, v.html(), flowNoteID).Attrs["value"]; got != "from the other tab" || v.h.flow.formKey() == key {
		t.Errorf("external change not shown: note = %q, form %q", got, v.h.flow.formKey())
	}
	if r := ftByID(t, v.html(), "rating-1"); !r.has("checked") {
		t.Error("external rating not shown")
	}
}

func TestFlowTargetDateIsValidated(t *testing.T) {
	v := ftLoad(t, &ftHost{view: ftFlowHost, a: ftNewAssessment(), route: "CHG-01"})
	v.do(func(ctx app.Context) { v.h.flow.setTarget(ctx, "", true) })
	html := v.html()
	in := ftByID(t, html, flowTargetID)
	if in.Attrs["aria-invalid"] != "true" || in.Attrs["aria-describedby"] != flowTargetID+"-error" {
		t.Errorf("date input not marked invalid: %v", in.Attrs)
	}
	if !strings.Contains(ftText(html), "Enter a complete date") {
		t.Error("no message next to the date field")
	}
	if len(v.answers()) != 0 {
		t.Errorf("an invalid date was posted: %+v", v.answers())
	}
	v.do(func(ctx app.Context) { v.h.flow.setTarget(ctx, "2026-03-31", false) })
	if got := v.answers(); len(got) != 1 || got[0].Answer.Target != "2026-03-31" || got[0].Question != "CHG-01" {
		t.Errorf("valid date posted %+v", got)
	}
	if strings.Contains(v.html(), flowTargetID+"-error") {
		t.Error("the error stays after a valid date")
	}
	for _, c := range []struct {
		in  string
		bad bool
	}{{"2026-02-30", true}, {"1899-01-01", true}, {"31/03/2026", true}, {"", false}, {"2030-12-01", false}} {
		if got := targetDateError(c.in, false) != ""; got != c.bad {
			t.Errorf("targetDateError(%q) bad = %v, want %v", c.in, got, c.bad)
		}
	}
}

func TestFlowDowntimeTagAndLastQuestion(t *testing.T) {
	var down, last assessment.Question
	for _, q := range assessment.Questions() {
		if q.Downtime && down.ID == "" {
			down = q
		}
		last = q
	}
	if down.ID == "" {
		t.Skip("no downtime question in the bank")
	}
	a := ftNewAssessment()
	a.Profile.Validated = true
	v := ftLoad(t, &ftHost{view: ftFlowHost, a: a, route: down.ID})
	if !strings.Contains(ftText(v.html()), "Usually needs a downtime window and requalification") {
		t.Errorf("%s lacks the downtime tag", down.ID)
	}
	v.update(func(h *ftHost) { h.route = last.ID })
	if next := ftByID(t, v.html(), flowNextID); next.Attrs["href"] != "#/a1/results" {
		t.Errorf("Next on the last question = %q, want the results", next.Attrs["href"])
	}
	v.do(func(ctx app.Context) { v.h.flow.step(ctx, 1) })
	v.do(func(ctx app.Context) { v.h.flow.step(ctx, -1) })
	var gone []Route
	for _, p := range v.h.posted {
		if r, ok := p.Value.(Route); ok && p.Name == actGo {
			gone = append(gone, r)
		}
	}
	prev := assessment.Questions()[len(assessment.Questions())-2].ID
	if len(gone) != 2 || gone[0].View != ViewResults || gone[1].Question != prev {
		t.Errorf("keyboard steps posted %+v", gone)
	}
}

func TestFlowUnknownQuestionInRoute(t *testing.T) {
	v := ftLoad(t, &ftHost{view: ftFlowHost, a: ftNewAssessment(), route: "XYZ-99"})
	if !strings.Contains(ftText(v.html()), "There is no question \u201cXYZ-99\u201d") || v.h.flow.q.ID != "GOV-01" {
		t.Errorf("unknown question: showing %q", v.h.flow.q.ID)
	}
}
