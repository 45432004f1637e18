package app

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Report is the printable report: a clean document on screen that prints
// (or saves as PDF) without the application around it; see 90-print.css.
//
// Printed, it is a deliverable: a cover with the contents, a one-page
// executive summary, the main sections (position by area, findings, the
// ownership matrix, the recommended model, the action plan) and the
// annexes (every answer, the whole matrix). Every page after the cover
// carries a running header (organisation, site, date) and its number,
// drawn by @page margin boxes; those inherit from the root element only,
// so the report puts the header's text there while it is shown (see
// printHead).
type Report struct {
	app.Compo
	Env *Env
	A   assessment.Assessment

	d         resultData
	generated string
	head      string // the running header (runningHead)
	top       []topFinding
	plan      []planRow
	matrix    []annexRow
	answers   []reportArea
	retired   []reportAnswer // answers to bank 1 questions no longer asked
	records   []string       // how far the role register and authority table are filled in (assessment.RecordsSummary)
}

type reportArea struct {
	ID, Title, Intro, Score string
	Items                   []reportAnswer
}

type reportAnswer struct {
	ID, Text, Rating, Owner, Target, Note string
	Refs                                  string // the citations, assessment.RefsText
	Skipped                               string // why the question is not asked, or ""
	// Basis says, for an answer of a consensus, how the session reached
	// it (consensusBasis); "" for a respondent's own answer and one every
	// respondent gave alike.
	Basis    string
	Answered bool
}

// The root element's custom properties the print rules read in their
// @page margin boxes (90-print.css).
const (
	printHeadVar  = "--isms-print-head"
	printTitleVar = "--isms-print-title"
)

// reportTitle is the document's title, on the cover and at the top right
// of every page.
func reportTitle() string { return l10n.T("ISMS ownership assessment") }

// OnInit derives the report before the first render.
func (r *Report) OnInit() { r.derive(r.Env.Now()) }

// OnMount puts the running header where the print rules read it.
func (r *Report) OnMount(ctx app.Context) { r.printHead() }

// OnPreRender derives the report when rendered natively (tests), where
// OnMount is not called.
func (r *Report) OnPreRender(ctx app.Context) {
	r.derive(r.Env.Now())
	r.printHead()
}

// OnUpdate re-derives when the assessment changes.
func (r *Report) OnUpdate(ctx app.Context) {
	r.derive(r.Env.Now())
	r.printHead()
}

// OnDismount takes the running header away with the report: other views
// print without it.
func (r *Report) OnDismount() {
	browser.SetRootStyle(printHeadVar, "")
	browser.SetRootStyle(printTitleVar, "")
}

// printHead sets the running header's text on the root element, as CSS
// strings (the print rules show them in the page margins).
func (r *Report) printHead() {
	browser.SetRootStyle(printHeadVar, cssString(r.head))
	browser.SetRootStyle(printTitleVar, cssString(reportTitle()))
}

func (r *Report) derive(now time.Time) {
	r.d = r.Env.derived(r.A)
	r.generated = l10n.LongDate(now) + ", " + l10n.Clock(now)
	r.head = runningHead(r.A, l10n.LongDate(now))
	r.top = reportTop(r.A, r.d.found, reportTopFindings)
	r.plan = reportPlan(r.A, r.d.acts)
	r.matrix = reportMatrix(r.A)
	r.records = assessment.RecordsSummary(r.A)
	r.answers = r.answers[:0]
	for _, ar := range assessment.Areas() {
		ra := reportArea{ID: ar.ID, Title: ar.Title, Intro: ar.Intro, Score: l10n.T("no score yet")}
		if s, ok := r.d.score.Area(ar.ID); ok && s.HasScore {
			ra.Score = percent(s.Score)
		}
		for _, q := range assessment.QuestionsInArea(ar.ID) {
			it := reportItem(r.A, q.ID, q.For(r.A.Profile).Text, r.A.Answers[q.ID])
			it.Refs = assessment.RefsText(q.RefsFor(r.A.Profile))
			if why := assessment.SkipReason(q, r.A); why != "" {
				it = notAskedItem(it, why)
			}
			ra.Items = append(ra.Items, it)
		}
		r.answers = append(r.answers, ra)
	}
	r.retired = r.retired[:0]
	for _, id := range slices.Sorted(maps.Keys(r.A.Retired)) {
		c, _ := assessment.RetiredQuestion(id)
		it := reportItem(r.A, id, c.OldText, r.A.Retired[id])
		it.Skipped = retiredFate(c)
		r.retired = append(r.retired, it)
	}
}

// consensusBasis says how the session of consensus a reached its answer
// to question id, beside the answer in Annex 1: the notes there are the
// respondents' own, written before the session, and one the session
// overruled must not read as the evidence for the answer. "" for a
// respondent's own assessment, an answer every respondent gave alike and
// one changed after the consensus was stored (the consensus section says
// so).
func consensusBasis(a assessment.Assessment, id string) string {
	switch out, why := a.SessionOutcomeOf(id); {
	case out == assessment.OutcomeAgreed && why != "":
		return l10n.T("Agreed in the session.") + " " + l10n.F("Rationale: %s", why)
	case out == assessment.OutcomeAgreed:
		return l10n.T("Agreed in the session.")
	case out == assessment.OutcomeUnsettled:
		return l10n.T("Not settled in the session: the lowest level given counts until the group agrees.")
	}
	return ""
}

// notAskedItem is it for a question the profile does not ask: "Not
// asked" in place of a rating, no follow-up, and why. An answer given
// before the profile changed is kept (assessment.SkipReason) and named,
// so that the report neither shows it as the organisation's current
// position nor hides that it exists.
func notAskedItem(it reportAnswer, why string) reportAnswer {
	it.Skipped = why
	if it.Answered {
		it.Skipped += " " + l10n.F("The answer given earlier (%s) is kept but not counted.", it.Rating)
	}
	it.Rating, it.Owner, it.Target = l10n.T("Not asked"), "", ""
	return it
}

// reportItem is one answer as the report shows it.
func reportItem(a assessment.Assessment, id, text string, ans assessment.Answer) reportAnswer {
	it := reportAnswer{ID: id, Text: text, Rating: ans.Rating.Label(), Note: ans.Note, Target: ans.Target,
		Answered: ans.Rating != assessment.RatingNone}
	if lvl, ok := ans.Rating.Level(); ok {
		it.Rating = strconv.Itoa(lvl) + " \u00b7 " + it.Rating
	}
	if q, ok := assessment.QuestionByID(id); ok && q.Excluded(ans.Rating) {
		it.Rating = q.ExcludedLabel(it.Rating)
	}
	if ans.Owner != "" {
		it.Owner = a.RoleName(ans.Owner)
	}
	it.Basis = consensusBasis(a, id)
	return it
}

// retiredFate says in a few words what became of a bank 1 question.
func retiredFate(c assessment.BankChange) string {
	into := strings.Join(c.Into, l10n.T(" and "))
	switch c.Kind {
	case assessment.ChangeSplit:
		return l10n.F("Split into %s; rate those again.", into)
	case assessment.ChangeRemoved:
		if into != "" {
			return l10n.F("Removed; replaced by %s.", into)
		}
		return l10n.T("Removed.")
	case assessment.ChangeMerged:
		return l10n.F("Merged into %s; the better-evidenced answer was kept there.", into)
	}
	return l10n.F("Merged with another question; the better-evidenced answer was kept under %s.", c.ID)
}

// shortRole is how a dense table names role r: the organisation's own
// title when it gave one, else the default label without its explanation
// in brackets ("ISMS owner" rather than "ISMS owner (CISO / risk)").
func shortRole(names map[assessment.Role]string, r assessment.Role) string {
	if n, ok := names[r]; ok && n != "" {
		return n
	}
	l, _, _ := strings.Cut(assessment.RoleLabel(r), " (")
	return l
}

// humanDate renders a YYYY-MM-DD date as "10 March 2026" ("10. März
// 2026"), or returns it unchanged when it is not one.
func humanDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return l10n.LongDate(t)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "\u2014"
	}
	return s
}

func yesNo(b bool) string {
	if b {
		return l10n.T("Yes")
	}
	return l10n.T("No")
}

// profileFact is one fact of the report's cover, labelled as the profile
// field key is everywhere (assessment.ProfileFields).
func profileFact(key, value string) app.UI { return fact(assessment.ProfileLabel(key), value) }

// choiceText is the label of the value of the choice field key of p, or a
// dash when none is chosen.
func choiceText(key string, p *assessment.Profile) string {
	f, _ := assessment.ProfileFieldByKey(key)
	return orDash(f.ChoiceLabel(f.Text(p)))
}

// respondentText is who answered: the profile's respondent and role,
// "Dana Smith, OT / automation lead", or "" when neither is recorded;
// with the roles the register names them for, where those differ.
func respondentText(a assessment.Assessment) string {
	p := a.Profile
	// The register may name the respondent for another role: the ISMS
	// owner rating their own ISMS reads differently. The register's
	// title then comes first, and the recorded role is named by the
	// tool's own label: the organisation's title for it belongs to its
	// holder, who is someone else.
	if held := assessment.RespondentHolds(a); len(held) > 0 && !slices.Contains(held, p.RespondentRole) {
		respondent := p.Respondent + l10n.F(", named in the role register as %s", assessment.JoinRoleNames(a.RoleNames, held))
		if p.RespondentRole != "" {
			respondent += l10n.F("; respondent role recorded as %s", assessment.RoleLabel(p.RespondentRole))
		}
		return respondent
	}
	respondent := p.Respondent
	if p.RespondentRole != "" {
		if respondent != "" {
			respondent += ", "
		}
		respondent += a.RoleName(p.RespondentRole)
	}
	return respondent
}

// modelInUseText is the cover's model in use: the profile's, or, when the
// profile records none, a dash that says which preset the matrix was
// started from, so that the tool's proposal never reads as the
// organisation's choice.
func modelInUseText(a assessment.Assessment) string {
	p := a.Profile
	if m, ok := assessment.ModelByID(assessment.PresetAsModel(a)); ok {
		return l10n.F("\u2014 (matrix started from the %s model)", m.Name)
	}
	return choiceText("ownershipModel", &p)
}

// reportSection is one entry of the contents: a numbered section of the
// main part or an annex, and the element it heads.
type reportSection struct{ Num, Title, ID string }

// sections are the report's sections in order, as the contents list them
// and their headings say.
func (r *Report) sections() []reportSection {
	s := []reportSection{
		{"1.", l10n.T("Executive summary"), "report-summary"},
		{"2.", l10n.T("Position by area"), "report-areas"},
		{"3.", l10n.T("Findings"), "report-flags"},
		{"4.", l10n.T("Ownership matrix"), "report-raci"},
		{"5.", l10n.T("Recommended ownership model"), "report-model"},
		{"6.", l10n.T("Action plan"), "report-actions"},
		{l10n.T("Annex 1."), l10n.T("Answers and notes"), "report-answers"},
		{l10n.T("Annex 2."), l10n.T("Ownership matrix, every row"), "report-matrix"},
		{l10n.T("Annex 3."), l10n.T("The three models compared"), "report-models"},
	}
	if len(r.retired) > 0 {
		s = append(s, reportSection{l10n.T("Annex 4."), l10n.T("Retired answers"), "report-retired"})
	}
	return s
}

// Render draws the report.
func (r *Report) Render() app.UI {
	secs := r.sections()
	return el("article", attrs{"class", "report"},
		el("div", attrs{"class", "report-toolbar"},
			elt("p", attrs{"class", "muted"}, l10n.T("This page is laid out for printing on A4 or Letter. Choose \u201cSave as PDF\u201d in the print dialog to keep a copy.")),
			elh("button", attrs{"type", "button", "id", "report-print"},
				printIcon(),
				txt(l10n.T("Print / Save as PDF")),
			).OnClick(func(ctx app.Context, e app.Event) { r.Env.Print() }),
		),
		r.renderCover(secs),
		r.section(secs[0], "report-summary", r.renderSummary()),
		r.section(secs[1], "", renderAreaChart(&r.d, "report-chart"), renderAreaTable(&r.d), renderStrengths(&r.d, "report-strengths")),
		r.section(secs[2], "", renderFindings(&r.d, true),
			app.If(r.A.IsConsensus(), func() app.UI { return renderConsensus(r.A, "report", l10n.T("Consensus and dissent")) }),
		),
		r.section(secs[3], "", renderMatrixStatus(&r.d, "report-mst", true),
			el("div", attrs{"id", "report-records"}, app.Range(r.records).Slice(func(i int) app.UI { return elt("p", nil, r.records[i]) })),
			app.If(r.d.mx.State != assessment.MatrixNotStarted, func() app.UI {
				return elt("p", attrs{"class", "muted report-see"}, l10n.T("Annex 2 lists every row of the matrix with its letters."))
			}),
		),
		r.section(secs[4], "", renderModel(&r.d, false),
			elt("p", attrs{"class", "muted report-see"}, l10n.T("Annex 3 compares the three models: what each gives to whom, its strengths and drawbacks, and when it fits.")),
		),
		r.section(secs[5], "", r.renderPlan()),
		r.section(secs[6], "report-annex", app.Range(r.answers).Slice(func(i int) app.UI { return r.renderArea(r.answers[i]) })),
		r.section(secs[7], "report-annex", r.renderMatrixAnnex()),
		r.section(secs[8], "report-annex", el("div", attrs{"id", modelCompareID}, renderModelCards(&r.d))),
		app.If(len(r.retired) > 0, func() app.UI { return r.renderRetired(secs[9]) }),
		elt("footer", attrs{"class", "report-footer muted"}, l10n.F("Generated by the ISMS Ownership Assessment on %s. Scores, findings and actions are derived from the answers and the matrix as they stood then.", r.generated)),
	)
}

// section is one section of the report under its numbered heading; class
// adds to "report-section".
func (r *Report) section(s reportSection, class string, kids ...app.UI) app.UI {
	cls := "report-section"
	if class != "" {
		cls += " " + class
	}
	head := s.ID + "-title"
	return el("section", attrs{"class", cls, "id", s.ID, "aria-labelledby", head},
		append([]app.UI{el("h2", attrs{"id", head}, elt("span", attrs{"class", "report-num"}, s.Num), txt(" "+s.Title))}, kids...)...,
	)
}

// renderCover is the first page: what the report is about, for whom and
// when, the context it was made in, and the contents.
func (r *Report) renderCover(secs []reportSection) app.UI {
	a := r.A
	p := a.Profile
	respondent := respondentText(a)
	if a.IsConsensus() && respondent == "" {
		// A consensus has no single respondent: the cover says whose
		// answers it holds instead of a dash.
		respondent = l10n.T("The respondents' consensus (section 3, \u201cConsensus and dissent\u201d)")
	}
	plants := "\u2014"
	if p.Plants > 0 {
		plants = strconv.Itoa(p.Plants)
	}
	return el("section", attrs{"class", "report-cover", "id", "report-cover", "aria-labelledby", "report-title"},
		elt("p", attrs{"class", "report-kicker"}, l10n.T("ISO/IEC 27001 \u00b7 ownership across corporate IT and plant OT")),
		elt("h1", attrs{"id", "report-title"}, reportTitle()),
		elt("p", attrs{"class", "report-name"}, assessment.DisplayName(a.Name)),
		el("dl", attrs{"class", "report-facts"},
			profileFact("organisation", orDash(p.Organisation)),
			profileFact("site", orDash(p.Site)),
			profileFact("respondent", orDash(respondent)),
			profileFact("assessor", orDash(p.Assessor)),
			profileFact("date", orDash(humanDate(p.Date))),
			app.If(p.Round != "", func() app.UI { return profileFact("round", p.Round) }),
			fact(l10n.T("Generated on"), r.generated),
		),
		elt("h2", attrs{"class", "report-subhead"}, l10n.T("Context")),
		el("dl", attrs{"class", "report-facts report-context"},
			profileFact("sector", orDash(l10n.T(p.Sector))), // a sector chosen from the list is stored in English
			profileFact("plants", plants),
			profileFact("validated", yesNo(p.Validated)),
			profileFact("safetyCritical", yesNo(p.SafetyCritical)),
			profileFact("centralRisk", yesNo(p.CentralRisk)),
			profileFact("connectivity", choiceText("connectivity", &p)),
			profileFact("nis2", choiceText("nis2", &p)),
			profileFact("ownershipModel", modelInUseText(a)),
		),
		app.If(len(a.ProfileChanges) > 0, func() app.UI {
			return elt("p", attrs{"class", "report-cover-changed", "id", "report-cover-changed"}, reportProfileChangedText(a))
		}),
		// Before the first page that uses the words.
		app.If(r.d.roleTerms != "", func() app.UI { return elt("p", attrs{"class", "muted", "id", "report-role-terms"}, r.d.roleTerms) }),
		el("nav", attrs{"class", "report-contents", "id", "report-contents", "aria-labelledby", "report-contents-title"},
			elt("h2", attrs{"class", "report-subhead", "id", "report-contents-title"}, l10n.T("Contents")),
			el("ol", nil, app.Range(secs).Slice(func(i int) app.UI {
				return el("li", nil, elt("span", attrs{"class", "report-num"}, secs[i].Num), txt(" "+secs[i].Title))
			})),
		),
		elt("p", attrs{"class", "report-confidential"}, l10n.T("Confidential: this report describes gaps in how information security is owned and run. Share it only with the people who need it.")),
	)
}

// reportProfileChangedText names, for the cover, the profile fields of a
// consensus changed after it was stored, each with the value it held:
// they decide which questions and checks the report rests on.
func reportProfileChangedText(a assessment.Assessment) string {
	var parts []string
	for _, f := range a.ProfileChangedFields() {
		parts = append(parts, l10n.F("%s (was %s)", f.Label, f.Display(a.SessionProfile)))
	}
	return l10n.F("Changed after the consensus was stored: %s. The section \u201cConsensus and dissent\u201d gives the day, the reason and the questions affected.", strings.Join(parts, "; "))
}

// printIcon is a small printer drawn in SVG (symbol fonts vary too much
// between the PCs the file is opened on).
func printIcon() app.UI {
	stroke := attrs{"fill", "none", "stroke", "currentColor", "stroke-width", "1.6", "stroke-linejoin", "round"}
	return svg("svg", attrs{"class", "icon", "viewBox", "0 0 16 16", "width", "16", "height", "16", "aria-hidden", "true", "focusable", "false"},
		svg("path", append(attrs{"d", "M4.5 6V1.8h7V6"}, stroke...)),
		svg("rect", append(attrs{"x", "1.8", "y", "6", "width", "12.4", "height", "5.4", "rx", "1"}, stroke...)),
		svg("rect", append(attrs{"x", "4.5", "y", "9.5", "width", "7", "height", "4.7"}, stroke...)),
	)
}

func fact(term, value string) app.UI {
	return el("div", attrs{"class", "fact"}, elt("dt", nil, term), elt("dd", nil, value))
}

// renderRetired lists the answers given to questions of the earlier
// question bank that are no longer asked: kept, shown, never scored.
func (r *Report) renderRetired(s reportSection) app.UI {
	return r.section(s, "report-annex",
		elt("p", attrs{"class", "muted"}, l10n.T("Answers given to questions of the earlier question bank that are no longer asked in this form. They are kept as they were given, and do not count in the scores, findings or actions.")),
		r.answersTable(r.retired, l10n.T("Question (earlier bank)")),
	)
}

func (r *Report) renderArea(ra reportArea) app.UI {
	return el("div", attrs{"class", "report-area"},
		el("h3", nil,
			txt(ra.Title),
			elt("span", attrs{"class", "report-area-score muted"}, l10n.F(" \u00b7 score %s", ra.Score)),
		),
		elt("p", attrs{"class", "report-area-intro"}, ra.Intro),
		r.answersTable(ra.Items, l10n.T("Question")),
	)
}

// answersTable draws answers with their follow-up and notes. Under each
// question stand its references and, when it is not asked, why.
func (r *Report) answersTable(items []reportAnswer, qHead string) app.UI {
	return tableWrap(l10n.T("Answers"), el("table", attrs{"class", "data-table answers-table"},
		el("thead", nil, el("tr", nil,
			elt("th", attrs{"scope", "col", "class", "col-q"}, qHead),
			elt("th", attrs{"scope", "col"}, l10n.T("Answer")),
			elt("th", attrs{"scope", "col"}, l10n.T("Follow-up")),
			elt("th", attrs{"scope", "col", "class", "col-note"}, l10n.T("Notes and evidence")),
		)),
		el("tbody", nil, app.Range(items).Slice(func(i int) app.UI {
			it := items[i]
			cls := ""
			switch {
			case it.Skipped != "":
				cls = "skipped"
			case !it.Answered:
				cls = "unanswered"
			}
			return el("tr", attrs{"class", cls},
				el("td", attrs{"class", "col-q"},
					elt("span", attrs{"class", "q-id"}, it.ID),
					txt(" "+it.Text),
					app.If(it.Refs != "", func() app.UI { return elt("div", attrs{"class", "q-refs muted"}, it.Refs) }),
					app.If(it.Skipped != "", func() app.UI { return elt("div", attrs{"class", "q-skipped"}, it.Skipped) }),
				),
				elt("td", attrs{"class", "answer-rating"}, it.Rating),
				el("td", nil,
					app.If(it.Owner == "" && it.Target == "", func() app.UI { return dateCell("") }),
					app.If(it.Owner != "", func() app.UI { return elt("div", nil, it.Owner) }),
					app.If(it.Target != "", func() app.UI { return elt("div", nil, l10n.F("by %s", humanDate(it.Target))) }),
				),
				el("td", attrs{"class", "col-note note-text"},
					app.If(it.Basis != "", func() app.UI { return elt("div", attrs{"class", "answer-basis"}, it.Basis) }),
					txt(it.Note),
				),
			)
		})),
	))
}
