//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// assessmentWith is an assessment as a new one is stored, under a fixed ID (so
// that the golden files do not change with a random one), with answers.
func assessmentWith(id string, answers map[string]assessment.Answer) assessment.Assessment {
	a := assessment.New(id, testNow)
	for q, ans := range answers {
		a.Answers[q] = ans
	}
	return a
}

// openFlow stores a, opens it on the question route q ("" for the first
// open question) and returns the mounted Flow.
func openFlow(t *testing.T, a assessment.Assessment, q string) (*tester, *Flow) {
	t.Helper()
	mem := storage.NewMemory()
	seed(t, mem, a)
	ts := newTester(t, mem)
	ts.goTo(Route{ID: a.ID, View: ViewQuestions, Question: q})
	require.Equal(t, Route{ID: a.ID, View: ViewQuestions, Question: q}, ts.route())
	return ts, mounted[*Flow](ts)
}

// saveInOtherWindow makes edit in another window on ts's storage, stores
// it, and lets ts follow the storage event as the page does. ts must have
// no unsaved change (flush it first), or it does not reload.
func saveInOtherWindow(t *testing.T, ts *tester, edit func(env *Env)) {
	t.Helper()
	id := ts.env().Current().ID
	loads := ts.env().Loads()
	other := newTester(t, ts.mem)
	other.goTo(Route{ID: id, View: ViewHome})
	other.do(func(ctx app.Context) {
		require.NoError(t, other.env().Open(id))
		edit(other.env())
	})
	other.flush()
	storage.FireStorageEvent(storage.Prefix + "a/" + id)
	ts.e.ConsumeAll()
	require.Greater(t, ts.env().Loads(), loads, "the window did not load the other window's save")
}

// main is the view area of the page.
func mainHTML(t *testing.T, ts *tester) string {
	t.Helper()
	return htmlID(t, ts.html(), "main")
}

func TestFlowResolvesTheQuestion(t *testing.T) {
	tests := []struct {
		name     string
		answers  map[string]assessment.Answer
		route    string // the route's question
		want     string
		position string
		missing  bool // the route names no question
	}{{
		name:     "NothingAnswered",
		want:     "GOV-01",
		position: "Question 1 of 9 in this area \u00b7 1 of 61 overall",
	}, {
		name:     "FirstOpen",
		answers:  map[string]assessment.Answer{"GOV-01": {Rating: assessment.Rating3}, "GOV-03": {Rating: assessment.Rating1}},
		want:     "GOV-02",
		position: "Question 2 of 9 in this area \u00b7 2 of 61 overall",
	}, {
		name:     "NoteIsNoAnswer",
		answers:  map[string]assessment.Answer{"GOV-01": {Note: "to be asked"}},
		want:     "GOV-01",
		position: "Question 1 of 9 in this area \u00b7 1 of 61 overall",
	}, {
		name:     "AllAnswered",
		answers:  sample(1).Answers,
		want:     "GOV-01",
		position: "Question 1 of 9 in this area \u00b7 1 of 61 overall",
	}, {
		name:     "Named",
		route:    "SCO-02",
		want:     "SCO-02",
		position: "Question 2 of 6 in this area \u00b7 11 of 61 overall",
	}, {
		name:     "Last",
		route:    "PRA-08",
		want:     "PRA-08",
		position: "Question 7 of 7 in this area \u00b7 61 of 61 overall",
	}, {
		// A question the profile does not call for is shown, and says so.
		name:     "Skipped",
		route:    "GOV-11",
		want:     "GOV-11",
		position: "Not asked in this assessment \u00b7 9 questions asked in this area",
	}, {
		name:     "Unknown",
		route:    "XYZ-99",
		want:     "GOV-01",
		position: "Question 1 of 9 in this area \u00b7 1 of 61 overall",
		missing:  true,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, f := openFlow(t, assessmentWith("a1", tt.answers), tt.route)
			assert.Equal(t, tt.want, f.q.ID)
			html := mainHTML(t, ts)
			q, ok := assessment.QuestionByID(tt.want)
			require.True(t, ok)
			assert.Equal(t, q.Text, htmlText(htmlID(t, html, flowHeadingID)))
			assert.Equal(t, tt.position, htmlText(htmlClass(t, html, "flow-position")))
			const notice = "There is no question \u201cXYZ-99\u201d; showing the first open question instead."
			if tt.missing {
				assert.Contains(t, htmlText(html), notice)
			} else {
				assert.NotContains(t, htmlText(html), "There is no question")
			}
		})
	}
}

func TestFlowFirstQuestionOfNewAssessment(t *testing.T) {
	ts, _ := openFlow(t, assessmentWith("flow-new", nil), "")
	html := mainHTML(t, ts)
	text := htmlText(html)
	first := assessment.Questions()[0]
	for _, want := range []string{
		first.Text,
		"Accountability and governance",
		"0 of 61 answered",
		"Why it matters", first.Why,
		"What good looks like", first.Good,
		"Applies to IT and OT",
	} {
		assert.Contains(t, text, want)
	}
	assert.NotContains(t, text, "Usually needs a downtime window")
	assert.Equal(t, "-1", htmlByID(t, html, flowHeadingID).Attrs["tabindex"], "the question heading is focusable by script")
	assert.Len(t, htmlTags(ts.html(), "h1"), 1, "one h1 on the page")
	assert.NotContains(t, html, `id="`+flowPrevID+`"`, "the first question offers a Previous link")
	next := htmlByID(t, html, flowNextID)
	assert.Equal(t, "#/flow-new/questions/GOV-02", next.Attrs["href"])
	assert.Equal(t, "Alt+N", next.Attrs["aria-keyshortcuts"])
	assert.NotContains(t, html, `id="flow-next-open"`, "Next unanswered is offered when it is Next")
	assert.NotContains(t, text, "Every question is answered")
	for _, r := range htmlTags(html, "input") {
		assert.False(t, r.has("checked"), "%s is checked on a new assessment", r.Attrs["id"])
	}
	golden(t, "flow-first-question", html)
}

// TestFlowIsolatedQuestion: on plants recorded as isolated, the question
// page asks BRF-08 about the isolation and what crosses it, with its own
// reason and target state, in the heading and in the area's list; on a
// connected site it asks the bank's question.
func TestFlowIsolatedQuestion(t *testing.T) {
	tests := []struct {
		name    string
		conn    string
		lang    l10n.Lang
		heading string // the heading begins with it
		why     string
		not     string
	}{
		{"Isolated", assessment.ConnectivityIsolated, l10n.EN, "Is the plants' isolation from corporate IT checked on site", "An isolation nobody checks decays", "DMZ"},
		{"IsolatedGerman", assessment.ConnectivityIsolated, l10n.DE, "Wird die Trennung der Werke von der Unternehmens-IT vor Ort geprüft", "Eine Trennung, die niemand prüft, verfällt", "DMZ"},
		{"Brokered", assessment.ConnectivityBrokered, l10n.EN, "Is traffic between the plant networks and corporate IT restricted", "Most attacks that stop production", "air gap"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer l10n.Set(tt.lang)()
			a := assessmentWith("flow-isolated", nil)
			a.Profile.Plants, a.Profile.Connectivity = 2, tt.conn
			ts, f := openFlow(t, a, "BRF-08")
			require.Equal(t, "BRF-08", f.q.ID)
			page := mainHTML(t, ts)
			heading := htmlText(htmlClass(t, page, "flow-heading"))
			assert.True(t, strings.HasPrefix(strings.TrimSpace(heading), tt.heading), "heading %q", heading)
			assert.Contains(t, htmlText(htmlClass(t, page, "hint-why")), tt.why)
			assert.NotContains(t, heading, tt.not)
			assert.NotContains(t, htmlText(htmlClass(t, page, "hint-good")), tt.not)
			require.NotEmpty(t, f.here, "the area's list")
			for _, it := range f.here {
				if it.ID == "BRF-08" {
					assert.Equal(t, heading, it.Text, "the list names the question as the heading does")
				}
			}
		})
	}
}

// TestFlowGoodForOnePlant: the question page shows the target state in
// its one-plant form where the profile records one plant, and the bank's
// general text for several plants or a number not recorded; in German
// too.
func TestFlowGoodForOnePlant(t *testing.T) {
	tests := []struct {
		name   string
		plants int
		lang   l10n.Lang
		want   string // the hint begins with it
		not    string // and does not contain it; "" to skip
	}{
		{"OnePlant", 1, l10n.EN, "A named OT lead for the plant holds this responsibility", "per plant"},
		{"ThreePlants", 3, l10n.EN, "A named OT lead per plant or region holds this responsibility", ""},
		{"NotRecorded", 0, l10n.EN, "A named OT lead per plant or region holds this responsibility", ""},
		{"OnePlantGerman", 1, l10n.DE, "Eine namentlich benannte OT-Leitung des Werks trägt", "je Werk"},
		{"ThreePlantsGerman", 3, l10n.DE, "Eine namentlich benannte OT-Leitung je Werk oder Region", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer l10n.Set(tt.lang)()
			a := assessmentWith("flow-good", nil)
			a.Profile.Plants = tt.plants
			ts, f := openFlow(t, a, "ROL-03")
			require.Equal(t, "ROL-03", f.q.ID)
			q, ok := assessment.QuestionByID("ROL-03")
			require.True(t, ok)
			good := htmlText(htmlClass(t, mainHTML(t, ts), "hint-good"))
			assert.Contains(t, good, q.GoodFor(a.Profile))
			assert.Contains(t, good, tt.want)
			if tt.not != "" {
				assert.NotContains(t, good, tt.not)
				assert.NotContains(t, good, q.Good, "the general text is not shown to one plant")
			}
		})
	}
}

func TestFlowAnsweredQuestionWithNote(t *testing.T) {
	a := assessmentWith("flow-note", map[string]assessment.Answer{
		"GOV-03": {Rating: assessment.Rating2, Note: "seen the manual", Owner: assessment.RoleQuality, Target: "2026-06-30"},
	})
	ts, _ := openFlow(t, a, "GOV-03")
	html := mainHTML(t, ts)

	fs := htmlClass(t, html, "flow-question")
	assert.Equal(t, "2", htmlTags(fs, "fieldset")[0].Attrs["data-rating"])
	legend := htmlElem(t, fs, func(tag htmlTag) bool { return tag.Name == "legend" })
	q, _ := assessment.QuestionByID("GOV-03")
	assert.Len(t, htmlTags(legend, "h1"), 1, "the legend holds the question heading")
	assert.Equal(t, q.Text, htmlText(legend))

	radios := htmlTags(fs, "input")
	require.Len(t, radios, len(assessment.Ratings))
	for i, r := range radios {
		want := assessment.Ratings[i]
		assert.Equal(t, "radio", r.Attrs["type"])
		assert.Equal(t, "rating", r.Attrs["name"])
		assert.Equal(t, string(want), r.Attrs["value"])
		assert.Equal(t, want == assessment.Rating2, r.has("checked"), "radio %s", want)
		label := htmlElem(t, fs, func(tag htmlTag) bool { return tag.Name == "label" && tag.Attrs["for"] == r.Attrs["id"] })
		assert.Contains(t, htmlText(label), want.Label(), "radio %s is labelled", want)
		assert.Contains(t, htmlText(label), assessment.LevelText(want, assessment.AppliesBoth))
	}
	assert.Contains(t, htmlText(fs), "Level 4: Reviewed and improved", "a level is named for screen readers")

	assert.Equal(t, "seen the manual", htmlByID(t, html, flowNoteID).Attrs["value"])
	assert.Equal(t, "2026-06-30", htmlByID(t, html, flowTargetID).Attrs["value"])
	assert.Equal(t, "false", htmlByID(t, html, flowTargetID).Attrs["aria-invalid"])
	var selected []string
	for _, o := range htmlTags(htmlID(t, html, flowOwnerID), "option") {
		if o.has("selected") {
			selected = append(selected, o.Attrs["value"])
		}
	}
	assert.Equal(t, []string{string(assessment.RoleQuality)}, selected)
	assert.Contains(t, htmlText(htmlClass(t, html, "flow-nav-total")), "1 of 61 answered")
	assert.Equal(t, "#/flow-note/questions/GOV-02", htmlByID(t, html, flowPrevID).Attrs["href"])
	golden(t, "flow-answered-with-note", html)
}

// TestFlowEditsReachTheSession: each control hands the whole answer to the
// session, which keeps what the other controls hold.
func TestFlowEditsReachTheSession(t *testing.T) {
	a := assessmentWith("a1", map[string]assessment.Answer{
		"GOV-02": {Note: "ask the CIO", Owner: assessment.RoleIT, Target: "2026-06-30"},
	})
	ts, f := openFlow(t, a, "GOV-02")
	answer := func() assessment.Answer { return ts.env().Current().Answers["GOV-02"] }
	want := assessment.Answer{Note: "ask the CIO", Owner: assessment.RoleIT, Target: "2026-06-30"}

	steps := []struct {
		name string
		do   func(ctx app.Context)
		edit func(a *assessment.Answer)
	}{
		{"Choose", func(ctx app.Context) { f.choose(ctx, assessment.Rating3) }, func(a *assessment.Answer) { a.Rating = assessment.Rating3 }},
		{"Owner", func(ctx app.Context) { f.setOwner(ctx, string(assessment.RoleOT)) }, func(a *assessment.Answer) { a.Owner = assessment.RoleOT }},
		{"UnknownOwner", func(ctx app.Context) { f.setOwner(ctx, "janitor") }, func(a *assessment.Answer) {}},
		// The "not set" choice clears the owner.
		{"NoOwner", func(ctx app.Context) { f.setOwner(ctx, flowOwnerNone) }, func(a *assessment.Answer) { a.Owner = "" }},
		{"Note", func(ctx app.Context) { f.setNote(ctx, "CIO confirmed") }, func(a *assessment.Answer) { a.Note = "CIO confirmed" }},
		{"LongNote", func(ctx app.Context) { f.setNote(ctx, strings.Repeat("é", assessment.MaxTextLen+5)) },
			func(a *assessment.Answer) { a.Note = strings.Repeat("é", assessment.MaxTextLen) }},
		{"Target", func(ctx app.Context) { f.setTarget(ctx, "2027-01-31", false) }, func(a *assessment.Answer) { a.Target = "2027-01-31" }},
		{"ClearTarget", func(ctx app.Context) { f.setTarget(ctx, "", false) }, func(a *assessment.Answer) { a.Target = "" }},
		{"OtherRating", func(ctx app.Context) { f.choose(ctx, assessment.RatingUnknown) }, func(a *assessment.Answer) { a.Rating = assessment.RatingUnknown }},
	}
	for _, st := range steps {
		ts.in(f, st.do)
		st.edit(&want)
		assert.Equal(t, want, answer(), "after %s", st.name)
		assert.Equal(t, want, f.ans, "the form's answer after %s", st.name)
	}
	html := mainHTML(t, ts)
	assert.Equal(t, string(assessment.RatingUnknown), htmlTags(htmlClass(t, html, "flow-question"), "fieldset")[0].Attrs["data-rating"],
		"Root passes the stored answer down")
	assert.Contains(t, htmlText(htmlClass(t, html, "flow-nav-total")), "1 of 61 answered")
	assert.Contains(t, ts.html(), "Saving", "the change is on its way to storage")

	// The "not set" option's value is not empty: go-app drops an empty value
	// attribute, and the option would then take its text as its value.
	opts := htmlTags(htmlID(t, html, flowOwnerID), "option")
	require.NotEmpty(t, opts)
	assert.Equal(t, flowOwnerNone, opts[0].Attrs["value"])

	ts.flush()
	other := newTester(t, ts.mem)
	other.goTo(Route{ID: "a1", View: ViewQuestions, Question: "GOV-02"})
	assert.Equal(t, want, other.env().Current().Answers["GOV-02"], "the answer is stored")
}

func TestFlowNavShowsProgressPerArea(t *testing.T) {
	a := assessmentWith("a1", map[string]assessment.Answer{
		"GOV-01": {Rating: assessment.Rating3}, "GOV-02": {Rating: assessment.RatingUnknown},
		"GOV-08": {Rating: assessment.RatingNotApplicable}, "GOV-07": {Rating: assessment.Rating1},
		"GOV-05": {Rating: assessment.Rating2},
		"SCO-01": {Rating: assessment.Rating2},
		"ROL-01": {Note: "a note alone is not an answer"},
	})
	ts, _ := openFlow(t, a, "GOV-03")
	html := mainHTML(t, ts)
	nav := htmlClass(t, html, "flow-nav")
	text := htmlText(nav)
	for _, want := range []string{
		"6 of 61 answered",
		"Accountability and governance 5 of 9 answered",
		"Scope definition 1 of 6 answered",
		"Roles and RACI 0 of 10 answered",
	} {
		assert.Contains(t, text, want)
	}
	here := htmlText(htmlClass(t, nav, "flow-here"))
	assert.Equal(t, 5, strings.Count(here, "Answered: "), "answered questions of the area (case-sensitive: not \"Not answered: \")")
	assert.Equal(t, 4, strings.Count(here, "Not answered: "))
	assert.Equal(t, 3, strings.Count(here, "Not asked: "), "the NIS2 questions, with no NIS2 status in the profile")

	// Each area links to its first open question, or its first when done.
	areas := map[string]string{}
	var current []string
	for _, tag := range htmlTags(nav, "a") {
		if tag.Attrs["class"] == "flow-area-link" {
			areas[tag.Attrs["href"]] = tag.Attrs["aria-current"]
		}
		if tag.Attrs["aria-current"] == "step" {
			current = append(current, tag.Attrs["href"])
		}
	}
	assert.Len(t, areas, len(assessment.Areas()))
	assert.Equal(t, "true", areas["#/a1/questions/GOV-03"], "the current area")
	assert.Equal(t, "false", areas["#/a1/questions/SCO-02"])
	assert.Equal(t, "false", areas["#/a1/questions/ROL-01"])
	assert.Equal(t, []string{"#/a1/questions/GOV-03"}, current, "the current question is marked for assistive technology")
	assert.Equal(t, "#/a1/questions/GOV-06", htmlByID(t, html, "flow-next-open").Attrs["href"],
		"Next unanswered skips answered questions after the current one")
	assert.Equal(t, "#/a1/questions/GOV-05", htmlByID(t, html, flowNextID).Attrs["href"])

	done := assessmentWith("a2", sample(2).Answers)
	ts, _ = openFlow(t, done, "")
	html = mainHTML(t, ts)
	assert.Contains(t, htmlText(html), "61 of 61 answered")
	assert.Contains(t, htmlText(html), "Every question is answered. Go to the results")
	assert.Equal(t, len(assessment.Areas()), strings.Count(html, "flow-done-mark"), "every area is marked complete")
	assert.NotContains(t, html, `id="flow-next-open"`)
}

// The first open question is resolved once for the route: answering it
// does not move the view on, a new route does.
func TestFlowOpenRouteStaysOnQuestionOnceAnswered(t *testing.T) {
	ts, f := openFlow(t, assessmentWith("a1", map[string]assessment.Answer{"GOV-01": {Rating: assessment.Rating3}}), "")
	require.Equal(t, "GOV-02", f.q.ID)
	key := f.formKey()
	ts.in(f, func(ctx app.Context) { f.choose(ctx, assessment.Rating2) })
	assert.Equal(t, "GOV-02", f.q.ID, "answering moved the view on")
	assert.Equal(t, assessment.Rating2, ts.env().Current().Answers["GOV-02"].Rating)
	assert.Equal(t, key, f.formKey(), "the form was loaded again after its own change")

	ts.goTo(Route{ID: "a1", View: ViewQuestions, Question: "SCO-02"})
	assert.Equal(t, "SCO-02", f.q.ID)
	assert.NotEqual(t, key, f.formKey(), "the controls are not loaded for another question")
	assert.Contains(t, htmlText(mainHTML(t, ts)), "Question 2 of 6 in this area")
	assert.Same(t, f, mounted[*Flow](ts), "moving to another question rebuilt the view")
}

// TestFlowTypingSurvivesRenders: the session's own copy of an edit comes
// back to the form with every render, and must never be written into the
// field being typed in; a load (another window saved) must.
func TestFlowTypingSurvivesRenders(t *testing.T) {
	ts, f := openFlow(t, assessmentWith("a1", nil), "GOV-01")
	key, loads := f.formKey(), ts.env().Loads()
	for _, typed := range []string{"D", "DM", "DMZ"} {
		ts.in(f, func(ctx app.Context) { f.setNote(ctx, typed) })
		assert.Equal(t, typed, ts.env().Current().Answers["GOV-01"].Note, "the session has the keystroke")
		assert.Equal(t, typed, f.ans.Note)
		assert.Equal(t, key, f.formKey(), "the form was loaded again after its own change")
		// The textarea is rendered from the answer as loaded, so go-app's
		// diff leaves the field that the browser shows as typed alone.
		assert.Equal(t, "", htmlByID(t, mainHTML(t, ts), flowNoteID).Attrs["value"], "the render wrote into the field")
	}
	ts.in(f, func(ctx app.Context) { f.choose(ctx, assessment.Rating2) })
	assert.Equal(t, assessment.Answer{Rating: assessment.Rating2, Note: "DMZ"}, ts.env().Current().Answers["GOV-01"])
	assert.Equal(t, loads, ts.env().Loads(), "this window's edits are not loads")
	assert.Equal(t, key, f.formKey())

	ts.flush()
	saveInOtherWindow(t, ts, func(env *Env) {
		require.NoError(t, env.SetAnswer("GOV-01", assessment.Answer{Rating: assessment.Rating1, Note: "from the other tab"}))
	})
	html := mainHTML(t, ts)
	assert.NotEqual(t, key, f.formKey(), "the load is not written into the controls")
	assert.Equal(t, assessment.Answer{Rating: assessment.Rating1, Note: "from the other tab"}, f.ans)
	assert.Equal(t, "from the other tab", htmlByID(t, html, flowNoteID).Attrs["value"])
	assert.True(t, htmlByID(t, html, "rating-1").has("checked"), "the other window's rating is not shown")
	assert.False(t, htmlByID(t, html, "rating-2").has("checked"))
	assert.Contains(t, ts.html(), "updated in another tab or window")

	// Typing goes on from the loaded answer.
	ts.in(f, func(ctx app.Context) { f.setNote(ctx, "from the other tab, checked") })
	assert.Equal(t, assessment.Answer{Rating: assessment.Rating1, Note: "from the other tab, checked"}, ts.env().Current().Answers["GOV-01"])
}

func TestFlowTargetDateIsValidated(t *testing.T) {
	ts, f := openFlow(t, assessmentWith("a1", nil), "CHG-01")
	ts.in(f, func(ctx app.Context) { f.setTarget(ctx, "", true) }) // a partly typed date
	html := mainHTML(t, ts)
	in := htmlByID(t, html, flowTargetID)
	assert.Equal(t, "true", in.Attrs["aria-invalid"])
	assert.Equal(t, flowTargetID+"-error", in.Attrs["aria-describedby"])
	assert.Equal(t, "Enter a complete date (day, month and year), or clear the field.", htmlText(htmlID(t, html, flowTargetID+"-error")))
	assert.NotContains(t, ts.env().Current().Answers, "CHG-01", "an invalid date reached the session")

	ts.in(f, func(ctx app.Context) { f.setTarget(ctx, "2026-03-31", false) })
	assert.Equal(t, "2026-03-31", ts.env().Current().Answers["CHG-01"].Target)
	html = mainHTML(t, ts)
	assert.NotContains(t, html, flowTargetID+"-error", "the error stays after a valid date")
	assert.Equal(t, "false", htmlByID(t, html, flowTargetID).Attrs["aria-invalid"])

	ts.in(f, func(ctx app.Context) { f.setTarget(ctx, "1999-12-31", false) })
	assert.Contains(t, mainHTML(t, ts), flowTargetID+"-error")
	assert.Equal(t, "2026-03-31", ts.env().Current().Answers["CHG-01"].Target, "an out-of-range date replaced a valid one")
}

func TestTargetDateError(t *testing.T) {
	tests := []struct {
		in       string
		badInput bool
		want     string
	}{
		{"", false, ""},
		{"2026-03-31", false, ""},
		{"2000-01-01", false, ""},
		{"2100-12-31", false, ""},
		{"", true, "Enter a complete date (day, month and year), or clear the field."},
		{"2026-02-30", false, "Enter a real date, for example 2026-03-31."},
		{"31/03/2026", false, "Enter a real date, for example 2026-03-31."},
		{"1899-01-01", false, "Choose a date between the years 2000 and 2100."},
		{"2101-01-01", false, "Choose a date between the years 2000 and 2100."},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, targetDateError(tt.in, tt.badInput), "targetDateError(%q, %v)", tt.in, tt.badInput)
	}
}

func TestFlowDowntimeTag(t *testing.T) {
	tests := []struct {
		question  string
		validated bool
		want      string // "" for no tag
	}{
		{"CHG-01", false, "Usually needs a downtime window"},
		{"CHG-01", true, "Usually needs a downtime window and requalification"},
		{"GOV-01", true, ""},
	}
	for _, tt := range tests {
		a := assessmentWith("a1", nil)
		a.Profile.Validated = tt.validated
		ts, _ := openFlow(t, a, tt.question)
		tags := htmlText(htmlClass(t, mainHTML(t, ts), "flow-tags"))
		if tt.want == "" {
			assert.NotContains(t, tags, "downtime", "%s", tt.question)
			continue
		}
		assert.Contains(t, tags, tt.want, "%s validated=%v", tt.question, tt.validated)
		if !tt.validated {
			assert.NotContains(t, tags, "requalification")
		}
	}
}

// TestFlowStep: Alt+N and Alt+P (the window's key listener, which exists
// only in the browser, calls step) go to the neighbouring question, and
// past the last one to the results.
func TestFlowStep(t *testing.T) {
	bank := assessment.Questions()
	last, beforeLast := bank[len(bank)-1].ID, bank[len(bank)-2].ID
	tests := []struct {
		from string
		dir  int
		want Route
	}{
		{"GOV-01", 1, Route{ID: "a1", View: ViewQuestions, Question: "GOV-02"}},
		{"GOV-10", 1, Route{ID: "a1", View: ViewQuestions, Question: "SCO-01"}}, // GOV-11..13 not asked
		{"SCO-01", -1, Route{ID: "a1", View: ViewQuestions, Question: "GOV-10"}},
		{"GOV-11", 1, Route{ID: "a1", View: ViewQuestions, Question: "SCO-01"}}, // from a skipped question
		{"GOV-12", -1, Route{ID: "a1", View: ViewQuestions, Question: "GOV-10"}},
		{"GOV-01", -1, Route{ID: "a1", View: ViewQuestions, Question: "GOV-01"}}, // nothing before the first
		{last, 1, Route{ID: "a1", View: ViewResults}},
		{last, -1, Route{ID: "a1", View: ViewQuestions, Question: beforeLast}},
	}
	for _, tt := range tests {
		ts, f := openFlow(t, assessmentWith("a1", nil), tt.from)
		ts.in(f, func(ctx app.Context) { f.step(ctx, tt.dir) })
		assert.Equal(t, tt.want, ts.route(), "step %d from %s", tt.dir, tt.from)
		if tt.want.View == ViewQuestions && tt.want.Question != tt.from {
			q, _ := assessment.QuestionByID(tt.want.Question)
			assert.Equal(t, q.Text, htmlText(htmlID(t, mainHTML(t, ts), flowHeadingID)), "step %d from %s", tt.dir, tt.from)
		}
	}

	ts, _ := openFlow(t, assessmentWith("a1", nil), last)
	next := htmlID(t, mainHTML(t, ts), flowNextID)
	assert.Equal(t, "#/a1/results", htmlTags(next, "a")[0].Attrs["href"], "Next on the last question")
	assert.Equal(t, "See the results \u2192", htmlText(next))
	assert.Equal(t, "Alt+P", htmlByID(t, mainHTML(t, ts), flowPrevID).Attrs["aria-keyshortcuts"])
}

// TestFlowFollowsAnotherAssessment: go-app keeps the mounted Flow when the
// route moves to the questions of another assessment; it must load that
// assessment's answers.
func TestFlowFollowsAnotherAssessment(t *testing.T) {
	mem := storage.NewMemory()
	seed(t, mem,
		assessmentWith("a1", map[string]assessment.Answer{"GOV-01": {Rating: assessment.Rating1, Note: "first plant"}}),
		assessmentWith("a2", map[string]assessment.Answer{"GOV-01": {Rating: assessment.Rating4, Note: "second plant"}}),
	)
	ts := newTester(t, mem)
	ts.goTo(Route{ID: "a1", View: ViewQuestions, Question: "GOV-01"})
	f := mounted[*Flow](ts)
	require.Equal(t, "first plant", f.ans.Note)
	ts.goTo(Route{ID: "a2", View: ViewQuestions, Question: "GOV-01"})
	require.Same(t, f, mounted[*Flow](ts), "go-app mounted a new Flow; the case is not tested")
	html := mainHTML(t, ts)
	assert.Equal(t, "second plant", htmlByID(t, html, flowNoteID).Attrs["value"])
	assert.True(t, htmlByID(t, html, "rating-4").has("checked"))
	assert.Equal(t, "#/a2/questions/GOV-02", htmlByID(t, html, flowNextID).Attrs["href"])

	ts.in(f, func(ctx app.Context) { f.setNote(ctx, "second plant, checked") })
	assert.Equal(t, "second plant, checked", ts.env().Current().Answers["GOV-01"].Note)
	assert.Equal(t, "a2", ts.env().Current().ID)
}

// TestFlowRequiredOffersNoNotApplicable: a question on a requirement that
// cannot be excluded does not offer "not applicable" and says why; an
// answer "not applicable" kept from a file stays shown, with the reason
// it counts as not in place. Other questions offer it as before.
func TestFlowRequiredOffersNoNotApplicable(t *testing.T) {
	const iso = "ISO/IEC 27001 5.2 is a requirement that no ISMS claiming conformity can exclude (clause 1). So \u201cnot applicable\u201d is not offered here and counts as not in place. Rate what is in place, or answer \u201cUnknown\u201d."
	for _, tt := range []struct {
		name, q   string
		nis2      string // the profile's NIS2 status
		rating    assessment.Rating
		radio     bool   // the N/A radio is there
		note      string // the note on the requirement, "" for none
		checkedNA bool
	}{
		{name: "Required", q: "GOV-08", note: iso},
		{name: "RequiredAnsweredNA", q: "GOV-08", rating: assessment.RatingNotApplicable, radio: true, note: iso, checkedNA: true},
		{name: "Optional", q: "GOV-05", radio: true},
		{name: "NIS2Duty", q: "INC-08", nis2: assessment.NIS2Important,
			note: "NIS2 Art. 23 applies to every essential or important entity, and the profile records the organisation as one; if it is not, correct the profile and the question is no longer asked. So \u201cnot applicable\u201d is not offered here and counts as not in place. Rate what is in place, or answer \u201cUnknown\u201d."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			answers := map[string]assessment.Answer{}
			if tt.rating != "" {
				answers[tt.q] = assessment.Answer{Rating: tt.rating}
			}
			a := assessmentWith("flow-required", answers)
			a.Profile.NIS2 = tt.nis2
			ts, _ := openFlow(t, a, tt.q)
			html := mainHTML(t, ts)
			assert.Equal(t, tt.radio, strings.Contains(html, `id="rating-na"`), "the N/A radio")
			if tt.radio {
				assert.Equal(t, tt.checkedNA, htmlByID(t, html, "rating-na").Attrs["checked"] == "true")
				assert.Equal(t, tt.note != "", strings.Contains(html, "The answer given; it counts as not in place, as a requirement cannot be excluded."),
					"what the N/A choice means here")
			}
			if tt.note == "" {
				assert.NotContains(t, html, `id="rating-required"`)
				return
			}
			assert.Equal(t, tt.note, htmlText(htmlID(t, html, "rating-required")))
			radios := 0
			for _, in := range htmlTags(html, "input") {
				if in.Attrs["name"] == "rating" {
					radios++
				}
			}
			want := 6 // the other ratings stay
			if tt.radio {
				want++
			}
			assert.Equal(t, want, radios, "rating radios")
		})
	}
}
