package compare

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// ExportHeader is the header row of the consolidated CSV: the site and
// round, who answered, then the columns of the assessment CSV
// (csvio.Header) without meta rows.
var ExportHeader = append([]string{"site", "round", "respondent", "respondent_role"}, csvio.Header...)

// RowsPerRespondent is the number of data rows Export writes for each
// respondent: every profile field, every question and every control in
// every domain, filled or not, so that each respondent has the same rows and
// a pivot table lines them up.
var RowsPerRespondent = csvio.DataRowsPerAssessment()

// Export writes the consolidated CSV: one row per site × round ×
// respondent × item (profile field, question, matrix row), then one per
// finding the respondent's assessment raises (SectionFinding), sites and
// respondents in Set order, each site and round followed by its scores as
// the heat map shows them (SectionSiteScore, RowsPerSite rows) and by
// what its respondents differ on (SectionProfileDifference,
// SectionDisagreement, SectionRACIDisagreement,
// SectionHolderDisagreement), then the trend rows of every site assessed
// in several rounds (SectionTrend, SectionTrendFinding,
// SectionTrendAction), and last which candidate counted where the
// comparison was given several (SectionConsensusChoice, SectionVersion).
// A consensus assessment's rows carry ConsensusRole in respondent_role,
// so that a pivot by role does not count it as one more respondent, and
// are followed by its consensus and dissent rows.
// Like the assessment CSV it is UTF-8 with a byte order mark, CRLF line
// endings, RFC 4180 quoting and formula-escaped cells (csvio.WriteRecord).
func (s *Set) Export(w io.Writer) error {
	var buf bytes.Buffer
	buf.Grow(s.Assessments()*RowsPerRespondent*120 + 512)
	buf.WriteString("\ufeff")
	writeRow(&buf, ExportHeader)
	// Scratch space, reused from one respondent to the next.
	rows := make([]csvio.Row, 0, RowsPerRespondent)
	cells := make([]string, 0, len(ExportHeader))
	for si, site := range s.Sites {
		for _, r := range site.Respondents {
			// The assessment CSV's data rows, each behind who answered.
			rows = csvio.AppendDataRows(rows[:0], r.A)
			role := string(r.Role)
			if r.A.IsConsensus() {
				role = ConsensusRole
				rows = csvio.AppendConsensusRows(rows, r.A)
			}
			rows = appendFindingRows(rows, r.A)
			for i := range rows {
				cells = rows[i].AppendCells(append(cells[:0], site.Name, site.Round, r.Name, role))
				writeRow(&buf, cells)
			}
		}
		rows = s.appendDifferenceRows(s.appendSiteScoreRows(rows[:0], site), si)
		for i := range rows {
			cells = rows[i].AppendCells(append(cells[:0], site.Name, site.Round, "", ""))
			writeRow(&buf, cells)
		}
	}
	for _, t := range s.Trends {
		for _, st := range t.Steps {
			rows = s.appendTrendRows(rows[:0], st)
			for i := range rows {
				cells = rows[i].AppendCells(append(cells[:0], t.Name, s.Sites[st.To].Round, "", ""))
				writeRow(&buf, cells)
			}
		}
	}
	for _, cc := range s.ConsensusConflicts {
		rows = appendConsensusChoiceRows(rows[:0], cc)
		for i := range rows {
			cells = rows[i].AppendCells(append(cells[:0], cc.Site, cc.Round, "", ConsensusRole))
			writeRow(&buf, cells)
		}
	}
	for _, vc := range s.VersionConflicts {
		rows = appendVersionRows(rows[:0], vc)
		for i := range rows {
			cells = rows[i].AppendCells(append(cells[:0], "", "", "", ""))
			writeRow(&buf, cells)
		}
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("consolidated csv: %w", err)
	}
	return nil
}

// SectionFinding is the section of an assessment's finding rows in the
// consolidated CSV, one per finding it raises, after its data rows:
// item_id the finding's ID, label its title, value its severity
// (critical, high or medium), value_label what raised it (the answers,
// the matrix rows, the figures of the matrix or what the register or the
// profile records), refs what it rests on. A consensus's findings are
// those of its agreed answers. They let a pivot count findings by site
// and round, as the results of each assessment show them.
const SectionFinding = "finding"

// maxFindingRows is how many matrix rows a finding row names before it
// counts the rest.
const maxFindingRows = 12

// appendFindingRows appends a finding row per finding of a to rows.
func appendFindingRows(rows []csvio.Row, a assessment.Assessment) []csvio.Row {
	for _, f := range assessment.Findings(a) {
		rows = append(rows, csvio.Row{AssessmentID: a.ID, Section: SectionFinding, ItemID: f.ID, Label: f.Title,
			Value: string(f.Severity), ValueLabel: findingEvidence(f), Refs: assessment.RefsText(f.Refs)})
	}
	return rows
}

// findingEvidence says in words what raised f.
func findingEvidence(f assessment.Finding) string {
	var parts []string
	if len(f.Questions) > 0 {
		parts = append(parts, l10n.F("answers: %s", strings.Join(f.Questions, ", ")))
	}
	if len(f.Cells) > 0 {
		shown := f.Cells[:min(len(f.Cells), maxFindingRows)]
		keys := make([]string, len(shown))
		for i, k := range shown {
			keys[i] = k.Label()
		}
		rowsText := strings.Join(keys, ", ")
		if more := len(f.Cells) - len(shown); more > 0 {
			rowsText += l10n.N(more, " and %d more row", " and %d more rows")
		}
		parts = append(parts, l10n.F("matrix rows: %s", rowsText))
	}
	if f.Detail != "" {
		parts = append(parts, f.Detail)
	}
	return strings.Join(parts, "; ")
}

// SectionSiteScore is the section of a site and round's score rows in the
// consolidated CSV, one for the overall score and one per area, as the
// heat map shows them: item_id "overall" or the area's ID, value the score
// out of 100 as a whole number ("" without a score), value_label whose
// score it is, how many of the questions asked were answered, whether it
// is partial (Cell.Partial) and how many questions the respondents answer
// two or more levels apart. respondent and respondent_role are empty.
const SectionSiteScore = "site-score"

// RowsPerSite is the number of SectionSiteScore rows Export writes for
// each site and round: the overall score and one per area.
func (s *Set) RowsPerSite() int { return 1 + len(s.Areas) }

// appendSiteScoreRows appends site's SectionSiteScore rows to rows.
func (s *Set) appendSiteScoreRows(rows []csvio.Row, site Site) []csvio.Row {
	consensus := site.hasConsensus()
	row := func(id, label string, c Cell, split int) csvio.Row {
		r := csvio.Row{Section: SectionSiteScore, ItemID: id, Label: label, ValueLabel: l10n.T("no score")}
		if c.HasScore {
			// The respondents with a score there (Cell.N), not the site's.
			whose := l10n.F("the mean of %d respondents", c.N)
			switch {
			case consensus:
				whose = l10n.T("the consensus")
			case c.N == 1:
				whose = l10n.T("one respondent")
			}
			r.Value = strconv.Itoa(int(c.Score + 0.5))
			r.ValueLabel = l10n.F("%s; %d of %d questions asked answered", whose, c.Answered, c.Asked)
			if c.Partial() {
				r.ValueLabel += l10n.F("; partial: a respondent answered fewer than %d%% of the questions asked, not banded or ranked", MinAnsweredPercent)
			}
		}
		if split > 0 {
			r.ValueLabel += l10n.N(split, "; %d question answered two or more levels apart", "; %d questions answered two or more levels apart")
		}
		return r
	}
	rows = append(rows, row("overall", l10n.T("Overall"), site.Overall, site.SplitTotal()))
	for i, a := range s.Areas {
		split := 0
		if site.Splits != nil {
			split = site.Splits[i]
		}
		rows = append(rows, row(a.ID, a.Title, site.Areas[i], split))
	}
	return rows
}

// Sections of a site and round's difference rows in the consolidated CSV,
// written after its score rows: what the comparison lists for the group
// to settle, one row each, in the order it is best settled (the scope
// first, since it decides which questions are asked). respondent and
// respondent_role are empty; value_label names each respondent (as
// Respondent.Label) with what they gave, joined with "; ".
const (
	// SectionProfileDifference: a scope field the respondents give
	// differently (Set.ProfileDifferences): item_id the field's key, label
	// its name.
	SectionProfileDifference = "profile-difference"
	// SectionDisagreement: a question answered MinSpread or more levels
	// apart, or disputed as applicable (Set.Disagreements): item_id the
	// question's ID, label its text, value how far apart in levels
	// (Disagreement.Distance), value_label how (Disagreement.SpreadText)
	// then each answer, refs what the question rests on. The smaller
	// differences (Set.Minor) are left to the respondents' own rows.
	SectionDisagreement = "disagreement"
	// SectionRACIDisagreement: a matrix row filled with different
	// Accountable roles, or with the same and different Responsible roles
	// (Set.RACIDisagreements): item_id and domain as the row's in the
	// assessment CSV, label the control's name, value what is disputed
	// (Dispute: "accountable" or "responsible").
	SectionRACIDisagreement = "raci-disagreement"
	// SectionHolderDisagreement: a role whose holder the respondents'
	// registers name differently (Set.HolderDisagreements): item_id the
	// role's ID, label its name.
	SectionHolderDisagreement = "holder-disagreement"
)

// appendDifferenceRows appends the difference rows of site si to rows.
func (s *Set) appendDifferenceRows(rows []csvio.Row, si int) []csvio.Row {
	site := s.Sites[si]
	views := func(n int, each func(i int) (Respondent, string)) string {
		parts := make([]string, n)
		for i := range n {
			r, v := each(i)
			parts[i] = r.Label() + ": " + v
		}
		return strings.Join(parts, "; ")
	}
	for _, d := range s.ProfileDifferences {
		if d.Site == si {
			rows = append(rows, csvio.Row{Section: SectionProfileDifference, ItemID: d.Field.Key, Label: l10n.T(d.Field.Label),
				ValueLabel: views(len(d.Values), func(i int) (Respondent, string) {
					return site.Respondents[d.Values[i].Respondent], d.Values[i].Text
				})})
		}
	}
	for _, d := range s.Disagreements {
		if d.Site == si {
			rows = append(rows, csvio.Row{Section: SectionDisagreement, ItemID: d.Question.ID, Label: d.Question.Text,
				Value: strconv.Itoa(d.Distance()),
				ValueLabel: d.SpreadText() + ": " + views(len(d.Answers), func(i int) (Respondent, string) {
					return site.Respondents[d.Answers[i].Respondent], d.Answers[i].Text()
				}),
				Refs: assessment.RefsText(d.Question.RefsFor(site.nis2Profile()))})
		}
	}
	for _, d := range s.RACIDisagreements {
		if d.Site == si {
			rows = append(rows, csvio.Row{Section: SectionRACIDisagreement, ItemID: csvio.ControlRef(d.Key.Control), Domain: string(d.Key.Domain),
				Label: d.Control.Label, Value: string(d.On),
				ValueLabel: views(len(d.Views), func(i int) (Respondent, string) {
					v := d.Views[i]
					if d.On == DisputeResponsible {
						return site.Respondents[v.Respondent], l10n.F("Responsible: %s", ResponsibleLabel(v.Responsible))
					}
					return site.Respondents[v.Respondent], AccountableLabel(v.Accountable)
				})})
		}
	}
	for _, d := range s.HolderDisagreements {
		if d.Site == si {
			rows = append(rows, csvio.Row{Section: SectionHolderDisagreement, ItemID: string(d.Role), Label: assessment.RoleLabel(d.Role),
				ValueLabel: views(len(d.Views), func(i int) (Respondent, string) {
					return site.Respondents[d.Views[i].Respondent], d.Views[i].Name
				})})
		}
	}
	return rows
}

// Sections of the consolidated CSV's choice rows, written last: where
// the comparison was given several candidates for one place and counted
// one, so that a reader of the file knows which, and why.
const (
	// SectionConsensusChoice: one row per consensus assessment of a round
	// that holds several (Set.ConsensusConflicts), in the round's site and
	// round columns: assessment_id its ID, label which one
	// (Entry.ConsensusText), value ChoiceCounted, ChoiceNotCounted or
	// ChoiceNone, value_label what that means for the round's figures.
	SectionConsensusChoice = "consensus-choice"
	// SectionVersion: one row per version of an assessment given in
	// versions with different content (Set.VersionConflicts):
	// assessment_id its ID, item_id the version's place in the order
	// picked (1, 2, …), label which version (Version.Text), value
	// ChoiceCounted or ChoiceNotCounted, value_label why the counted one
	// counts.
	SectionVersion = "version"
)

// Values of the choice rows' value column.
const (
	ChoiceCounted    = "counted"
	ChoiceNotCounted = "not-counted"
	// ChoiceNone: nobody chose among a round's consensus assessments, so
	// none counts.
	ChoiceNone = "none-chosen"
)

// appendConsensusChoiceRows appends a SectionConsensusChoice row per
// consensus assessment of cc.
func appendConsensusChoiceRows(rows []csvio.Row, cc ConsensusConflict) []csvio.Row {
	for j, v := range cc.Versions {
		r := csvio.Row{AssessmentID: v.A.ID, Section: SectionConsensusChoice, ItemID: strconv.Itoa(j + 1), Label: v.ConsensusText()}
		switch {
		case cc.Counted < 0:
			r.Value, r.ValueLabel = ChoiceNone, l10n.T("None chosen: the round is compared on its respondents' own answers until one is.")
		case j == cc.Counted:
			r.Value, r.ValueLabel = ChoiceCounted, l10n.T("Chosen in the comparison as the one that records the round's session.")
		default:
			r.Value, r.ValueLabel = ChoiceNotCounted, l10n.T("Another consensus was chosen for the round.")
		}
		rows = append(rows, r)
	}
	return rows
}

// appendVersionRows appends a SectionVersion row per version of vc.
func appendVersionRows(rows []csvio.Row, vc VersionConflict) []csvio.Row {
	why := vc.Default
	if vc.Chosen {
		why = l10n.T("Chosen in the comparison.")
	}
	for j, v := range vc.Versions {
		r := csvio.Row{AssessmentID: vc.ID, Section: SectionVersion, ItemID: strconv.Itoa(j + 1), Label: v.Text(), Value: ChoiceNotCounted}
		if j == vc.Counted {
			r.Value, r.ValueLabel = ChoiceCounted, why
		}
		rows = append(rows, r)
	}
	return rows
}

// nis2Profile is the profile a site's difference rows cite references
// for: that of a respondent who records an essential or important entity
// under NIS2, where one does, so that the NIS2 measures are cited whatever
// the order of the files; otherwise the first respondent's. Whether the
// site is such an entity is then itself a profile-difference row.
func (s Site) nis2Profile() assessment.Profile {
	for _, r := range s.Respondents {
		if r.A.Profile.NIS2Entity() {
			return r.A.Profile
		}
	}
	return s.Respondents[0].A.Profile
}

// ConsensusRole is the respondent_role of a consensus assessment's rows in
// the consolidated CSV: no respondent answered in it, the group agreed.
const ConsensusRole = "consensus"

// Sections of the consolidated CSV's trend rows, written after the
// respondents' rows: one per area (and overall) and one per finding closed
// or opened, for each step from one round of a site to the next. The
// round column names the later round; value_label the earlier.
const (
	// SectionTrend: item_id an area ID or "overall", value the change in
	// points out of 100 as a whole number a spreadsheet can sum and chart
	// ("12", "-3", "0"; "" without a score on either side or when the
	// rounds are not comparable), value_label the two scores or why they
	// are not comparable (see Unlike).
	SectionTrend = "trend"
	// SectionTrendFinding: item_id a finding ID, value TrendClosed,
	// TrendFindingNotReassessed, TrendOpened, TrendRaisedNotComparable,
	// TrendOverruled, TrendRaisedByNewRole or TrendStillRaised (see
	// TrendStep).
	SectionTrendFinding = "trend-finding"
	// SectionTrendAction: one row per action open or in progress in the
	// earlier round (TrendStep.Actions), item_id the action's ID, label
	// its task, owner its function, value what became of it by the later
	// round: TrendDone, TrendResolved, TrendPending, TrendNotReassessed or
	// TrendGone. The rows
	// of a step add up to the actions that were open.
	SectionTrendAction = "trend-action"
)

// Values of SectionTrendAction rows, one per list of ActionProgress.
const (
	TrendDone          = "done"
	TrendResolved      = "answer-at-target"
	TrendPending       = "still-open"
	TrendNotReassessed = "not-reassessed"
	TrendGone          = "not-in-plan"
)

// Values of SectionTrendFinding rows, one per finding list of TrendStep.
const (
	TrendClosed = "closed"
	// TrendFindingNotReassessed shares TrendNotReassessed's value: the
	// same words for a finding and an action.
	TrendFindingNotReassessed = TrendNotReassessed
	TrendOpened               = "opened"
	// TrendRaisedNotComparable is an Opened finding of rounds that are not
	// comparable: raised in the later round only, but not necessarily new.
	TrendRaisedNotComparable = "raised-not-comparable"
	// TrendRaisedByNewRole is a NewRoleRaised finding: raised in the later
	// round only by roles that did not answer in the earlier one.
	TrendRaisedByNewRole = "raised-by-new-role"
	// TrendOverruled is an Overruled finding: raised in a respondent's own
	// answers in the later round, which its consensus settled otherwise.
	TrendOverruled = "overruled-by-consensus"
	// TrendStillRaised is a Persisting finding: raised in both rounds.
	TrendStillRaised = "still-raised"
)

// UnlikeText says in a clause why the two rounds of st cannot be set
// against each other, or "" when they can.
func (st TrendStep) UnlikeText() string {
	switch st.Unlike {
	case UnlikeRespondents:
		return l10n.F("no respondent role answered in both rounds (%s, then %s)", RoleList(st.OnlyFrom), RoleList(st.OnlyTo))
	case UnlikeParticipants:
		return l10n.T("a round has a consensus but none of its respondents' own assessments is in this comparison, and a consensus does not keep each role's own answers; add their assessments to compare the rounds")
	case UnlikeScope:
		return l10n.F("the profile changed so that other questions are asked or other checks apply: %s", strings.Join(st.ProfileChanges, "; "))
	}
	return ""
}

// appendTrendRows appends the trend rows of one step.
func (s *Set) appendTrendRows(rows []csvio.Row, st TrendStep) []csvio.Row {
	from := s.Sites[st.From]
	// The earlier round by its label, or "the round without a date": whole
	// sentences, as German declines the article.
	since := l10n.T("since the round without a date")
	openIn := func(words string) string {
		return l10n.F("open or in progress in the round without a date; %s", words)
	}
	if from.Round != "" {
		since = l10n.F("since %s", from.Round)
		openIn = func(words string) string { return l10n.F("open or in progress in %s; %s", from.Round, words) }
	}
	row := func(id, label string, c Change, a, b Cell) csvio.Row {
		r := csvio.Row{Section: SectionTrend, ItemID: id, Label: label, ValueLabel: since}
		if st.Unlike != LikeRounds {
			r.ValueLabel = l10n.F("%s: not comparable, as %s", since, st.UnlikeText())
		}
		if c.HasDelta {
			r.Value = strconv.Itoa(int(math.Round(c.Delta)))
			r.ValueLabel = l10n.F("%s: %.0f to %.0f", since, a.Score, b.Score)
			if st.Roles != nil {
				r.ValueLabel += l10n.F(", on the roles that answered in both rounds: %s", RoleList(st.Roles))
			}
			if st.OwnAnswers {
				r.ValueLabel += l10n.T(", on the respondents' own answers, as a consensus does not keep each role's own answers")
			}
			if st.Unrated > 0 {
				r.ValueLabel += l10n.N(st.Unrated, "; %d question rated in the earlier round is not rated by the same role in the later one",
					"; %d questions rated in the earlier round are not rated by the same role in the later one")
			}
			if len(st.ProfileChanges) > 0 {
				r.ValueLabel += l10n.F("; the profile changed between the rounds: %s", strings.Join(st.ProfileChanges, "; "))
			}
		}
		return r
	}
	rows = append(rows, row("overall", l10n.T("Overall"), st.Overall, st.FromScores.Overall, st.ToScores.Overall))
	for i, a := range s.Areas {
		rows = append(rows, row(a.ID, a.Title, st.Areas[i], st.FromScores.Areas[i], st.ToScores.Areas[i]))
	}
	opened, openedValue, openedLabel := st.Opened, TrendOpened, since
	if st.Unlike != LikeRounds {
		openedValue, openedLabel = TrendRaisedNotComparable, l10n.F("%s; raised in the later round only, which is not comparable: not necessarily new", since)
	}
	for _, l := range []struct {
		fs           []assessment.Finding
		value, label string
	}{
		{st.Closed, TrendClosed, since},
		{st.NotReassessed, TrendFindingNotReassessed, l10n.F("%s; no longer raised, but not re-assessed: not counted as closed", since)},
		{opened, openedValue, openedLabel},
		{st.Overruled, TrendOverruled, l10n.F("%s; raised in a respondent's own answers in the later round, overruled by its consensus", since)},
		{st.NewRoleRaised, TrendRaisedByNewRole, l10n.F("%s; raised only by roles that did not answer in the earlier round (%s): not necessarily new", since, RoleList(st.NewRoles))},
	} {
		for _, f := range l.fs {
			rows = append(rows, csvio.Row{Section: SectionTrendFinding, ItemID: f.ID, Label: FindingLabel(f), Value: l.value, ValueLabel: l.label})
		}
	}
	for _, r := range st.Persisting {
		label := l10n.F("%s; raised in both rounds", since)
		if r.Since != st.From {
			label = since + "; " + s.RaisedSince(r.Since, st.To)
		}
		if r.OtherRoles {
			label += l10n.T("; raised by other roles in the later round than in the earlier, so not necessarily a repeat")
		}
		if st.Unlike != LikeRounds {
			label += l10n.F("; the rounds are not comparable, as %s: not necessarily a repeat", st.UnlikeText())
		}
		for _, note := range r.Notes(l10n.T("in the earlier round"), l10n.T("in the later round")) {
			label += "; " + note
		}
		rows = append(rows, csvio.Row{Section: SectionTrendFinding, ItemID: r.ID, Label: FindingLabel(r.Finding), Value: TrendStillRaised, ValueLabel: label})
	}
	ap := st.Actions
	for _, l := range []struct {
		acts         []ActionChange
		value, words string
	}{
		{ap.Done, TrendDone, l10n.T("marked done")},
		{ap.Resolved, TrendResolved, l10n.T("no longer needed: the answer now reaches level 3")},
		{ap.Pending, TrendPending, l10n.T("still open or in progress")},
		{ap.NotReassessed, TrendNotReassessed, l10n.T("not re-assessed (its question unrated in the later round, or rounds not comparable): not counted as done")},
		{ap.Gone, TrendGone, l10n.T("not in the later plan (dropped or not applicable): not counted as done")},
	} {
		for _, act := range l.acts {
			words := l.words
			if act.Shown != ShownNone {
				words += "; " + act.ShownText(l10n.T("in the earlier round"), l10n.T("in the later round"))
			}
			rows = append(rows, csvio.Row{Section: SectionTrendAction, ItemID: act.ID, Label: act.Title, Owner: string(act.Owner),
				Value: l.value, ValueLabel: openIn(words)})
		}
	}
	return rows
}

// RaisedSince says that a finding has been raised in every round of its
// site from Sites[i] to Sites[to], and in how many.
func (s *Set) RaisedSince(i, to int) string {
	if s.Sites[i].Round == "" {
		return l10n.F("raised in every round since the round without a date (%d rounds)", to-i+1)
	}
	return l10n.F("raised in every round since %s (%d rounds)", s.Sites[i].Round, to-i+1)
}

// LevelName names an action's level: "level 2"; "level 0 or unknown"
// for 0, where an action counts "unknown" (see assessment.Action.Level).
func LevelName(level int) string {
	if level == 0 {
		return l10n.T("level 0 or unknown")
	}
	return l10n.F("level %d", level)
}

// ShownText says how far the later round's answers bear out an action
// marked done (ActionChange.Shown), naming the rounds by inFrom and inTo
// ("in 2026-03-10", "in the later round"); "" when it is not a generated
// action marked done.
func (a ActionChange) ShownText(inFrom, inTo string) string {
	now, before := LevelName(a.Now), LevelName(a.Before)
	var text string
	switch a.Shown {
	case ShownNone:
		return ""
	case ShownAim:
		text = l10n.F("now rated at %s %s, the level it aimed at; level 3 is not yet reached", now, inTo)
		if a.NextStepDone {
			text = l10n.F("now rated at %s %s, the level it aimed at; level 3 is not yet reached, yet its next step, toward level 3, is marked done as well %s: reopen it unless that work is done", now, inTo, inTo)
		}
	case ShownPartly:
		text = l10n.F("now rated at %s %s, up from %s, short of level %d, which it aimed at", now, inTo, before, assessment.AimLevel(a.Before))
	case ShownNot:
		text = l10n.F("still rated at %s %s, as %s: not borne out by the answers", now, inTo, inFrom)
	default:
		text = l10n.F("now rated at %s %s, down from %s %s: not borne out by the answers", now, inTo, before, inFrom)
	}
	if a.Lowest {
		text += l10n.F(" (the lowest answer given %s)", inTo)
	}
	return text
}

// Notes says what became of the work on a repeat finding, and how its
// wording changed, in the words of a trend list; inFrom and inTo name
// the two rounds ("in 2026-03-10"). The order is the wording first, then
// the actions: already done or dropped in the earlier round, marked done,
// still open, no longer planned in the later one.
func (r Repeat) Notes(inFrom, inTo string) []string {
	var notes []string
	if r.Earlier.Title != "" && (r.Earlier.Title != r.Title || r.Earlier.Severity != r.Severity) {
		notes = append(notes, l10n.F("raised %s as \u201c%s\u201d", inFrom, FindingLabel(r.Earlier)))
	}
	for _, l := range []struct {
		ids       []string
		one, many string
		in        string
	}{
		{r.DoneBefore, l10n.M("its action (%s) was already marked done %s, yet the finding is raised again: review whether it worked (ISO/IEC 27001 10.2 d))"),
			l10n.M("its actions (%s) were already marked done %s, yet the finding is raised again: review whether they worked (ISO/IEC 27001 10.2 d))"), inFrom},
		{r.DroppedBefore, l10n.M("its action (%s) had already left the plan %s"), l10n.M("its actions (%s) had already left the plan %s"), inFrom},
		{r.Done, l10n.M("its action (%s) is marked done %s; the finding stands: review whether the action worked (ISO/IEC 27001 10.2 d))"),
			l10n.M("its actions (%s) are marked done %s; the finding stands: review whether the actions worked (ISO/IEC 27001 10.2 d))"), inTo},
		{r.Pending, l10n.M("its action (%s) is still open %s"), l10n.M("its actions (%s) are still open %s"), inTo},
		{r.Dropped, l10n.M("its action (%s) is no longer in the plan %s"), l10n.M("its actions (%s) are no longer in the plan %s"), inTo},
	} {
		switch ids := strings.Join(l.ids, ", "); {
		case len(l.ids) == 1:
			notes = append(notes, l10n.F(l.one, ids, l.in))
		case len(l.ids) > 1:
			notes = append(notes, l10n.F(l.many, ids, l.in))
		}
	}
	return notes
}

// FindingLabel is a finding as trend lists name it: its severity, then
// its title ("Critical – It is not defined who may isolate a plant …").
func FindingLabel(f assessment.Finding) string {
	if sev := f.Severity.Label(); sev != "" {
		return sev + " \u2013 " + f.Title
	}
	return f.Title
}

// RoleList names roles by their labels, joined with commas; the empty
// role (a respondent who gave none) as such.
func RoleList(roles []assessment.Role) string {
	return assessment.JoinRoleNames(map[assessment.Role]string{"": l10n.T("no role given")}, roles)
}

// ExportFilename is the download name of the consolidated CSV:
// "ownership-comparison-<date>.csv", keeping only digits and hyphens of
// date (normally YYYY-MM-DD); without a date, "ownership-comparison.csv".
func ExportFilename(date string) string {
	d := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return -1
	}, date)
	d = strings.Trim(d, "-")
	if d == "" {
		return "ownership-comparison.csv"
	}
	return "ownership-comparison-" + d + ".csv"
}

// writeRow writes one record as the assessment CSV does (csvio.WriteRecord):
// RFC 4180, CRLF, every cell formula-escaped.
func writeRow(buf *bytes.Buffer, cells []string) { csvio.WriteRecord(buf, cells) }
