package app

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Flow is the guided question flow: one question at a time, with the areas
// and the progress in a side navigation.
//
// The answer being edited is kept in local state (ans) and handed whole to
// the session on every change. The Answers passed back are then the same;
// the form takes them again only when the session loaded the assessment
// afresh (Loads changed: another window, an import, an undo), so a render
// never overwrites what the user is typing.
type Flow struct {
	app.Compo
	Env      *Env
	ID       string
	Question string // from the route; "" means the first unanswered question
	Answers  map[string]assessment.Answer
	Profile  assessment.Profile // decides, with Model and the answers, which questions are asked
	Model    string             // the preset the matrix was built from (assessment.ModelInUse)
	// Consensus is a consensus assessment's agreements: an answer changed
	// after the consensus was stored asks why.
	Consensus map[string]assessment.Agreement
	Loads     int // the session's Loads

	ready   bool
	asked   []assessment.Question // the questions asked, in display order
	skipped map[string]string     // question ID -> why it is not asked
	routeID string                // the ID and Question the current question was resolved from
	routeQ  string
	missing string // a question ID in the route that does not exist

	q        assessment.Question
	area     assessment.Area
	inArea   int // 1-based position in its area
	areaLen  int
	overall  int // 1-based position in the bank
	total    int
	answered int
	prev     string // question IDs; "" at either end of the bank
	next     string
	nextOpen string // the next unanswered question after this one, wrapping
	nav      []flowArea
	here     []flowItem // the questions of the current area

	ans     assessment.Answer // the answer as edited here
	loaded  int               // the Loads that ans was last taken at
	dateErr string
	// shown is the answer as last loaded into the form controls, and loads
	// counts the loads: the controls are rendered from shown, so they are
	// never written to while the user edits them, and each load is written
	// into them once (see flow_form.go).
	shown assessment.Answer
	loads int
	// reason is the reason for a change after the consensus was stored,
	// as last loaded, for the same reason as shown.
	reason string

	focus bool        // move focus to the question heading after the next render
	keys  app.Func    // window keydown listener for Alt+N / Alt+P
	ctx   app.Context // this component's context, for the listener (and tests)
}

// flowArea is one area of the side navigation.
type flowArea struct {
	ID, Title, Href string
	Answered, Total int
	Current         bool
}

// flowItem is one question of the current area in the side navigation.
type flowItem struct {
	ID, Text, Href string
	Num            int
	Answered       bool
	Current        bool
	Skipped        bool // not asked here; its page says why
}

// IDs of the elements other code refers to (focus, tests, labels).
const (
	flowHeadingID = "flow-heading"
	flowNoteID    = "flow-note"
	flowOwnerID   = "flow-owner"
	flowTargetID  = "flow-target"
	// flowOwnerNone is the value of the owner list's "not set" choice.
	// go-app drops an empty value attribute, and an option without one
	// takes its text as its value, which is no role.
	flowOwnerNone = "none"
	flowNextID    = "flow-next"
	flowPrevID    = "flow-prev"
)

// OnInit derives the question and the navigation before the first render,
// so the view never paints empty.
func (f *Flow) OnInit() { f.sync() }

// OnPreRender does the same when rendered natively (tests).
func (f *Flow) OnPreRender(ctx app.Context) {
	f.ctx = ctx
	f.sync()
}

// OnMount starts the keyboard shortcuts and moves focus to the question,
// since arriving here is a change of page for keyboard and screen reader
// users.
func (f *Flow) OnMount(ctx app.Context) {
	f.ctx = ctx
	f.sync()
	f.focus = true
	f.afterRender(ctx)
	f.listenKeys(ctx)
}

// OnUpdate follows the route and the answers Root passes down.
func (f *Flow) OnUpdate(ctx app.Context) {
	f.sync()
	f.afterRender(ctx)
}

// OnDismount removes the keyboard listener.
func (f *Flow) OnDismount() {
	if f.keys != nil {
		app.Window().Call("removeEventListener", "keydown", f.keys)
		f.keys.Release()
		f.keys = nil
	}
}

// listenKeys handles Alt+N and Alt+P anywhere in the page. Alt+letter
// types nothing in form controls and is not a browser menu key for N and P,
// so the shortcuts work from inside the note field without fighting it.
func (f *Flow) listenKeys(ctx app.Context) {
	if f.keys != nil {
		return
	}
	f.keys = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		e := args[0]
		if !e.Get("altKey").Bool() || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("shiftKey").Bool() {
			return nil
		}
		var dir int
		switch e.Get("code").String() {
		case "KeyN":
			dir = 1
		case "KeyP":
			dir = -1
		default:
			return nil
		}
		e.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) { f.step(ctx, dir) })
		return nil
	})
	app.Window().Call("addEventListener", "keydown", f.keys)
}

// step goes to the next (dir 1) or previous (dir -1) question; past the
// last question it goes to the results.
func (f *Flow) step(ctx app.Context, dir int) {
	switch {
	case dir > 0 && f.next != "":
		f.Env.Go(ctx, Route{ID: f.ID, View: ViewQuestions, Question: f.next})
	case dir > 0:
		f.Env.Go(ctx, Route{ID: f.ID, View: ViewResults})
	case dir < 0 && f.prev != "":
		f.Env.Go(ctx, Route{ID: f.ID, View: ViewQuestions, Question: f.prev})
	}
}

// afterRender moves the focus to the question heading once the DOM is
// updated, when a new question was shown, for keyboard and screen reader
// users.
func (f *Flow) afterRender(ctx app.Context) {
	if !f.focus {
		return
	}
	f.focus = false
	ctx.Defer(func(ctx app.Context) {
		if h := app.Window().GetElementByID(flowHeadingID); h.Truthy() {
			h.Call("focus")
		}
	})
}

// sync resolves the question from the route and refreshes the derived
// state. It is cheap (73 questions) and runs on every update.
//
// The pager and "first open" walk the questions asked; a skipped question
// is still reachable from the navigation and by its route, and then says
// why it is not asked.
func (f *Flow) sync() {
	all := assessment.Questions()
	if len(all) == 0 {
		return
	}
	a := assessment.Assessment{Profile: f.Profile, Model: f.Model, Answers: f.Answers}
	f.asked = f.asked[:0]
	clear(f.skipped)
	for _, q := range all {
		if why := assessment.SkipReason(q, a); why != "" {
			if f.skipped == nil {
				f.skipped = map[string]string{}
			}
			f.skipped[q.ID] = why
			continue
		}
		f.asked = append(f.asked, q)
	}
	bank := f.asked
	if len(bank) == 0 {
		bank = all
	}
	if !f.ready || f.routeQ != f.Question || f.routeID != f.ID {
		id := f.Question
		f.missing = ""
		if _, ok := assessment.QuestionByID(id); id != "" && !ok {
			f.missing, id = id, ""
		}
		if id == "" {
			// Resolved once per route: answering the first unanswered
			// question must not make the view jump to the next one.
			id = firstOpen(bank, f.Answers, 0)
		}
		changed := !f.ready || id != f.q.ID || f.routeID != f.ID
		f.ready, f.routeQ, f.routeID = true, f.Question, f.ID
		f.q, _ = assessment.QuestionByID(id)
		if changed {
			f.load(f.Answers[id])
			f.focus = true
		}
	} else if f.Loads != f.loaded {
		// Loaded afresh by the session: another window, an import, an undo.
		f.load(f.Answers[f.q.ID])
	}
	f.derive(bank)
}

// load puts an answer into the form controls.
func (f *Flow) load(a assessment.Answer) {
	f.ans, f.shown, f.loaded, f.dateErr = a, a, f.Loads, ""
	f.reason = f.Consensus[f.q.ID].ChangeReason
	f.loads++
}

// formKey identifies one loaded answer; see Flow.shown.
func (f *Flow) formKey() string { return f.q.ID + "/" + strconv.Itoa(f.loads) }

// firstOpen returns the first unanswered question at or after index from,
// wrapping around, or the first question when all are answered.
func firstOpen(bank []assessment.Question, answers map[string]assessment.Answer, from int) string {
	for i := range bank {
		q := bank[(from+i)%len(bank)]
		if answers[q.ID].Rating == assessment.RatingNone {
			return q.ID
		}
	}
	return bank[0].ID
}

func (f *Flow) href(qid string) string {
	return Route{ID: f.ID, View: ViewQuestions, Question: qid}.Fragment()
}

// derive computes the positions, the neighbours and the navigation over
// bank, the questions asked. The current question may be a skipped one
// (reached by its route): its neighbours are then the asked questions
// around it in display order.
func (f *Flow) derive(bank []assessment.Question) {
	idx := slices.IndexFunc(bank, func(q assessment.Question) bool { return q.ID == f.q.ID })
	f.overall, f.total = idx+1, len(bank)
	f.prev, f.next, f.nextOpen = "", "", ""
	if idx < 0 {
		// A skipped question: place it between the asked ones.
		pos := slices.IndexFunc(assessment.Questions(), func(q assessment.Question) bool { return q.ID == f.q.ID })
		idx = 0
		for idx < len(bank) && slices.IndexFunc(assessment.Questions(), func(q assessment.Question) bool { return q.ID == bank[idx].ID }) < pos {
			idx++
		}
		f.overall = 0
		if idx > 0 {
			f.prev = bank[idx-1].ID
		}
		if idx < len(bank) {
			f.next = bank[idx].ID
		}
		idx-- // for the walk below, which starts after idx
	} else {
		if idx > 0 {
			f.prev = bank[idx-1].ID
		}
		if idx+1 < len(bank) {
			f.next = bank[idx+1].ID
		}
	}
	f.answered = 0
	for i := range bank {
		q := bank[(idx+1+i+len(bank))%len(bank)]
		if f.Answers[q.ID].Rating != assessment.RatingNone {
			f.answered++
		} else if f.nextOpen == "" && q.ID != f.q.ID {
			f.nextOpen = q.ID
		}
	}

	f.nav, f.here = f.nav[:0], nil
	for _, ar := range assessment.Areas() {
		qs := assessment.QuestionsInArea(ar.ID)
		fa := flowArea{ID: ar.ID, Title: ar.Title, Current: ar.ID == f.q.Area}
		first, num := "", 0
		for _, q := range qs {
			_, skip := f.skipped[q.ID]
			done := f.Answers[q.ID].Rating != assessment.RatingNone
			if !skip {
				num++
				fa.Total++
				if done {
					fa.Answered++
				} else if first == "" {
					first = q.ID
				}
			}
			if fa.Current {
				it := flowItem{ID: q.ID, Text: q.For(f.Profile).Text, Href: f.href(q.ID), Num: num,
					Answered: done && !skip, Current: q.ID == f.q.ID, Skipped: skip}
				f.here = append(f.here, it)
				if q.ID == f.q.ID {
					f.area = ar
					f.inArea = num
					if skip {
						f.inArea = 0
					}
				}
			}
		}
		if fa.Current {
			f.areaLen = fa.Total
		}
		if first == "" {
			for _, q := range qs {
				if _, skip := f.skipped[q.ID]; !skip {
					first = q.ID
					break
				}
			}
		}
		if first == "" && len(qs) > 0 {
			first = qs[0].ID
		}
		fa.Href = f.href(first)
		f.nav = append(f.nav, fa)
	}
}

// choose records a rating.
func (f *Flow) choose(ctx app.Context, r assessment.Rating) {
	f.ans.Rating = r
	f.post()
}

// setNote records the note as typed.
func (f *Flow) setNote(ctx app.Context, v string) {
	if n := []rune(v); len(n) > assessment.MaxTextLen {
		v = string(n[:assessment.MaxTextLen])
	}
	f.ans.Note = v
	f.post()
}

// setOwner records the follow-up owner (flowOwnerNone or "" for none).
func (f *Flow) setOwner(ctx app.Context, v string) {
	if v == flowOwnerNone {
		v = ""
	}
	r := assessment.Role(v)
	if r != "" && !assessment.ValidRole(r) {
		return
	}
	f.ans.Owner = r
	f.post()
}

// setTarget validates and records the target date. badInput is the
// browser's verdict on a partly typed date, for which the value is "".
func (f *Flow) setTarget(ctx app.Context, v string, badInput bool) {
	if msg := targetDateError(v, badInput); msg != "" {
		f.dateErr = msg
		return
	}
	f.dateErr = ""
	if v == f.ans.Target {
		return
	}
	f.ans.Target = v
	f.post()
}

// targetDateError explains what is wrong with a target date, or returns "".
func targetDateError(v string, badInput bool) string {
	if badInput {
		return l10n.T("Enter a complete date (day, month and year), or clear the field.")
	}
	if v == "" {
		return ""
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return l10n.T("Enter a real date, for example 2026-03-31.")
	}
	if t.Year() < 2000 || t.Year() > 2100 {
		return l10n.T("Choose a date between the years 2000 and 2100.")
	}
	return ""
}

// post hands the edited answer to the session, which saves it.
func (f *Flow) post() {
	_ = f.Env.SetAnswer(f.q.ID, f.ans)
}

// Render draws the navigation and the current question.
func (f *Flow) Render() app.UI {
	if f.q.ID == "" {
		return el("section", attrs{"class", "flow"}, elt("h1", nil, l10n.T("Questions")), elt("p", nil, l10n.T("The question bank is empty.")))
	}
	return el("div", attrs{"class", "flow"},
		f.renderNav(),
		el("div", attrs{"class", "flow-main"},
			app.If(f.missing != "", func() app.UI {
				return elt("p", attrs{"class", "notice notice-info"}, l10n.F("There is no question \u201c%s\u201d; showing the first open question instead.", f.missing))
			}),
			el("p", attrs{"class", "flow-kicker"},
				elt("span", attrs{"class", "flow-area-name"}, f.area.Title),
				elt("span", attrs{"class", "flow-position"}, f.position()),
			),
			f.renderIntro(),
			f.renderQuestion(),
			f.renderChanged(),
			app.If(f.skipped[f.q.ID] == "", func() app.UI {
				return &flowFollowUp{Key: f.formKey(), Note: f.shown.Note, Owner: f.shown.Owner, Target: f.shown.Target, DateErr: f.dateErr, flow: f}
			}),
			f.renderPager(),
		),
	)
}

// position says where the question stands in its area and in the bank;
// a skipped question has no place in the count.
func (f *Flow) position() string {
	if f.inArea == 0 {
		return l10n.T("Not asked in this assessment") + " \u00b7 " + l10n.F("%d questions asked in this area", f.areaLen)
	}
	return l10n.F("Question %d of %d in this area", f.inArea, f.areaLen) + " \u00b7 " +
		l10n.F("%d of %d overall", f.overall, f.total)
}

// renderNav draws the side navigation: the overall progress, the
// questions of the current area, and every area with its progress.
//
// The questions of the current area have their own block, at the top,
// rather than a list nested in the current area's entry: moving to another
// area then patches the texts and links of one list in place, where a
// nested list would be removed from one entry and built anew in another
// (about 70 DOM nodes, each a series of calls from wasm to JavaScript, on
// every move between areas).
func (f *Flow) renderNav() app.UI {
	return el("nav", attrs{"class", "flow-nav", "aria-label", l10n.T("Questions and areas")},
		el("div", attrs{"class", "flow-nav-total"},
			elt("span", nil, l10n.F("%d of %d answered", f.answered, f.total)),
			progressBar(f.answered, f.total),
		),
		&flowNavQuestions{Area: f.area.Title, Items: f.here},
		elt("p", attrs{"class", "flow-nav-label", "id", "flow-areas-label"}, l10n.T("All areas")),
		el("ol", attrs{"class", "flow-areas", "aria-labelledby", "flow-areas-label"},
			app.Range(f.nav).Slice(func(i int) app.UI {
				a := &f.nav[i]
				return &flowNavArea{Title: a.Title, Href: a.Href, Answered: a.Answered, Total: a.Total, Current: a.Current}
			}),
		),
	)
}

// flowNavQuestions lists the questions of the current area. As a component
// it is left alone by the renders that change nothing in it (a note being
// typed re-renders Flow on every keystroke).
type flowNavQuestions struct {
	app.Compo
	Area  string
	Items []flowItem // 6 or 7
}

// Render draws the area's name and its questions.
func (q *flowNavQuestions) Render() app.UI {
	return el("div", attrs{"class", "flow-here"},
		elt("p", attrs{"class", "flow-nav-label flow-here-title", "id", "flow-here-title"}, q.Area),
		el("ol", attrs{"class", "flow-questions", "aria-labelledby", "flow-here-title"},
			app.Range(q.Items).Slice(func(i int) app.UI {
				it := &q.Items[i]
				mark, state, cls := "\u25cb", l10n.M("Not answered"), "flow-q"
				switch {
				case it.Skipped:
					mark, state, cls = "\u2013", l10n.M("Not asked"), "flow-q skipped"
				case it.Answered:
					mark, state, cls = "\u2713", l10n.M("Answered"), "flow-q answered"
				}
				if it.Current {
					cls += " current"
				}
				return el("li", attrs{"class", cls},
					el("a", attrs{"class", "flow-q-link", "href", it.Href, "aria-current", ariaCurrentStep(it.Current, "step")},
						elt("span", attrs{"class", "flow-q-mark", "aria-hidden", "true"}, mark),
						elt("span", attrs{"class", "visually-hidden"}, l10n.T(state)+": "),
						app.If(!it.Skipped, func() app.UI {
							return elt("span", attrs{"class", "flow-q-num"}, strconv.Itoa(it.Num)+".")
						}).Else(func() app.UI { return elt("span", attrs{"class", "flow-q-num"}, "") }),
						elt("span", attrs{"class", "flow-q-text"}, it.Text),
					),
				)
			}),
		),
	)
}

// flowNavArea is one area of the side navigation. It is a component of
// small value fields so that moving to another question re-renders only
// the entries that changed (the areas left and entered, or the one whose
// count changed), not the whole list.
type flowNavArea struct {
	app.Compo
	Title, Href     string
	Answered, Total int
	Current         bool
}

// Render draws the area's link with its progress.
func (a *flowNavArea) Render() app.UI {
	cls := "flow-area"
	if a.Current {
		cls += " current"
	}
	if a.Answered == a.Total {
		cls += " complete"
	}
	return el("li", attrs{"class", cls},
		el("a", attrs{"class", "flow-area-link", "href", a.Href, "aria-current", ariaCurrentStep(a.Current, "true")},
			elt("span", attrs{"class", "flow-area-title"}, a.Title),
			el("span", attrs{"class", "flow-area-count"},
				app.If(a.Answered == a.Total, func() app.UI {
					return elt("span", attrs{"class", "flow-done-mark", "aria-hidden", "true"}, "\u2713 ")
				}),
				txt(l10n.F("%d of %d", a.Answered, a.Total)),
				elt("span", attrs{"class", "visually-hidden"}, " "+l10n.T("answered")),
			),
			progressBar(a.Answered, a.Total),
		),
	)
}

func ariaCurrentStep(on bool, v string) string {
	if on {
		return v
	}
	return "false"
}

// progressBar is a small decorative bar; the numbers are always given as
// text next to it.
func progressBar(done, total int) app.UI {
	w := 0.0
	if total > 0 {
		w = 100 * float64(done) / float64(total)
	}
	// The track is the svg's background and the colours come from
	// 20-flow.css: every attribute is a call from wasm to JavaScript.
	return svg("svg", attrs{"class", "flow-bar", "viewBox", "0 0 100 6", "preserveAspectRatio", "none", "aria-hidden", "true", "focusable", "false"},
		svg("rect", attrs{"class", "flow-bar-fill", "width", num(w), "height", "6"}),
	)
}

// clockIcon is a small clock drawn in SVG: emoji and rarer symbols are
// missing from the fonts of many plant PCs.
func clockIcon() app.UI {
	return svg("svg", attrs{"class", "icon", "viewBox", "0 0 16 16", "width", "14", "height", "14", "aria-hidden", "true", "focusable", "false"},
		svg("circle", attrs{"cx", "8", "cy", "8", "r", "6.5", "fill", "none", "stroke", "currentColor", "stroke-width", "1.6"}),
		svg("path", attrs{"d", "M8 4.2V8l2.6 1.6", "fill", "none", "stroke", "currentColor", "stroke-width", "1.6", "stroke-linecap", "round"}),
	)
}

func appliesLabel(a assessment.Applies) string {
	switch a {
	case assessment.AppliesIT:
		return l10n.T("Applies to corporate IT")
	case assessment.AppliesOT:
		return l10n.T("Applies to plant OT")
	}
	return l10n.T("Applies to IT and OT")
}

// renderIntro draws the area's introduction at the start of an area (on
// its first question), with the area's questions that are not asked here
// and why.
func (f *Flow) renderIntro() app.UI {
	qs := assessment.QuestionsInArea(f.area.ID)
	if len(qs) == 0 || qs[0].ID != f.q.ID {
		return txt("")
	}
	var skipped []flowItem
	for _, it := range f.here {
		if it.Skipped {
			skipped = append(skipped, it)
		}
	}
	return el("section", attrs{"class", "flow-intro", "aria-label", l10n.T("About this area")},
		elt("p", attrs{"class", "flow-intro-text"}, f.area.Intro),
		app.If(len(skipped) > 0, func() app.UI {
			return el("div", attrs{"class", "flow-intro-skipped"},
				elt("p", attrs{"class", "flow-intro-skipped-title"}, l10n.T("Not asked in this assessment")+":"),
				el("ul", nil, app.Range(skipped).Slice(func(i int) app.UI {
					it := skipped[i]
					return el("li", nil,
						elt("a", attrs{"href", it.Href}, it.ID),
						txt(": "+skipWhy(f.skipped[it.ID])),
					)
				})),
			)
		}),
	)
}

// skipWhy is a skip reason (assessment.SkipReason) without its leading
// "Not asked: ", in English or in the page's language.
func skipWhy(reason string) string {
	if why, ok := strings.CutPrefix(reason, l10n.T("Not asked")+": "); ok {
		return why
	}
	return strings.TrimPrefix(reason, "Not asked: ")
}

// renderRefs cites what the question rests on.
func renderRefs(refs []assessment.Ref) app.UI {
	return el("p", attrs{"class", "flow-refs"},
		elt("span", attrs{"class", "flow-refs-label"}, l10n.T("Rests on:")+" "),
		txt(assessment.RefsText(refs)),
	)
}

func (f *Flow) renderQuestion() app.UI {
	q := f.q.For(f.Profile)
	why, skipped := f.skipped[q.ID]
	// data-rating is the stored answer as Root last passed it: tests and
	// benchmarks read it to know the Go side has taken a choice in.
	return el("fieldset", attrs{"class", "flow-question", "data-rating", string(f.Answers[q.ID].Rating)},
		el("legend", attrs{"class", "flow-legend"},
			elt("h1", attrs{"id", flowHeadingID, "class", "flow-heading", "tabindex", "-1"}, q.Text),
		),
		el("div", attrs{"class", "flow-tags"},
			elt("span", attrs{"class", "tag tag-applies"}, appliesLabel(q.Applies)),
			app.If(q.When != assessment.Always, func() app.UI {
				return elt("span", attrs{"class", "tag tag-when"}, l10n.F("Asked when: %s", q.When.Label()))
			}),
			app.If(q.Downtime, func() app.UI {
				text := l10n.T("Usually needs a downtime window")
				if f.Profile.Validated {
					text = l10n.T("Usually needs a downtime window and requalification")
				}
				return el("span", attrs{"class", "tag tag-downtime"}, clockIcon(), txt(text))
			}),
		),
		renderRefs(q.RefsFor(f.Profile)),
		app.If(skipped, func() app.UI {
			note := " " + l10n.T("It is left out of the score, the findings and the actions.")
			if f.Answers[q.ID] != (assessment.Answer{}) {
				note += " " + l10n.T("The answer given earlier is kept.")
			}
			return elt("p", attrs{"class", "notice notice-info flow-skipped", "id", "flow-skipped"}, why+note)
		}),
		el("div", attrs{"class", "flow-body"},
			app.If(!skipped, func() app.UI {
				return &flowChoices{Key: f.formKey(), Rating: f.shown.Rating, Question: q.ID, Applies: q.Applies, Plants: f.Profile.Plants, Required: q.Required, flow: f}
			}),
			el("div", attrs{"class", "flow-hints"},
				el("div", attrs{"class", "hint hint-why"},
					elt("h2", attrs{"class", "hint-title"}, l10n.T("Why it matters")),
					elt("p", nil, q.Why),
				),
				el("div", attrs{"class", "hint hint-good"},
					elt("h2", attrs{"class", "hint-title"}, l10n.T("What good looks like")),
					elt("p", nil, q.Good),
				),
			),
		),
	)
}

// renderPager draws the previous and next links. A link that is not
// offered leaves an empty text node in its place, so that the links after
// it keep their positions and are patched, not rebuilt, from one question
// to the next.
func (f *Flow) renderPager() app.UI {
	return el("div", attrs{"class", "flow-pager"},
		el("div", attrs{"class", "flow-pager-buttons"},
			app.If(f.prev != "", func() app.UI {
				return el("a", attrs{"class", "button secondary", "id", flowPrevID, "href", f.href(f.prev), "aria-keyshortcuts", "Alt+P"}, elt("span", attrs{"aria-hidden", "true"}, "\u2190 "), txt(l10n.T("Previous")))
			}).Else(func() app.UI { return txt("") }),
			app.If(f.nextOpen != "" && f.nextOpen != f.next, func() app.UI {
				return elt("a", attrs{"class", "button secondary", "id", "flow-next-open", "href", f.href(f.nextOpen)}, l10n.T("Next unanswered"))
			}).Else(func() app.UI { return txt("") }),
			app.If(f.next != "", func() app.UI {
				return el("a", attrs{"class", "button flow-next", "id", flowNextID, "href", f.href(f.next), "aria-keyshortcuts", "Alt+N"}, txt(l10n.T("Next")), elt("span", attrs{"aria-hidden", "true"}, " \u2192"))
			}).Else(func() app.UI {
				return el("a", attrs{"class", "button flow-next", "id", flowNextID, "href", Route{ID: f.ID, View: ViewResults}.Fragment(), "aria-keyshortcuts", "Alt+N"}, txt(l10n.T("See the results")), elt("span", attrs{"aria-hidden", "true"}, " \u2192"))
			}),
		),
		app.If(f.answered == f.total, func() app.UI {
			return el("p", attrs{"class", "flow-complete"},
				elt("span", attrs{"aria-hidden", "true"}, "\u2713 "),
				txt(l10n.T("Every question is answered.")+" "),
				elt("a", attrs{"href", Route{ID: f.ID, View: ViewResults}.Fragment()}, l10n.T("Go to the results")),
			)
		}),
		el("p", attrs{"class", "flow-keys muted"},
			txt(l10n.T("Keyboard: arrow keys change the rating;")+" "),
			elt("kbd", nil, "Alt"),
			txt("+"),
			elt("kbd", nil, "N"),
			txt(" "+l10n.T("next question,")+" "),
			elt("kbd", nil, "Alt"),
			txt("+"),
			elt("kbd", nil, "P"),
			txt(" "+l10n.T("previous.")),
		),
	)
}
