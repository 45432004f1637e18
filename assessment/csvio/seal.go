package csvio

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"maps"
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Seal says whether an imported assessment is the one that was exported.
//
// Export writes, in the meta row content_sha256, a SHA-256 of the
// assessment's content in a canonical form: the cells that carry data
// (not label, value_label and refs, which derive from the bank, nor the
// meta rows tool_version and content_sha256 itself), each as Export
// writes it from the record, in Export's row order. Import computes the
// same from the record it read. So a spreadsheet re-save that only
// changes quoting, line endings, the byte order mark, the delimiter or a
// date's spelling leaves the seal intact, and any change of meaning
// breaks it. It is evidence against accidental or casual change, not a
// signature: whoever edits the content can write a new fingerprint.
type Seal int

// Values of Seal.
const (
	// SealMissing: the file has no fingerprint (an earlier version wrote
	// it, or the row was deleted), so nothing can be told.
	SealMissing Seal = iota
	// SealUnchanged: the content is the one exported.
	SealUnchanged
	// SealEdited: the content changed after the export.
	SealEdited
)

// Integrity is what Import tells about one assessment's history since
// export. It is informative and never refuses a file.
type Integrity struct {
	Seal Seal
	// Sanitised is true when the file says it was exported without names
	// and notes.
	Sanitised bool
}

// Sentence says the integrity for the import preview.
func (i Integrity) Sentence() string {
	var s string
	switch i.Seal {
	case SealUnchanged:
		s = l10n.T("Unchanged since it was exported: the content matches the fingerprint written at export.")
	case SealEdited:
		s = l10n.T("Edited after it was exported (in a spreadsheet, for example): the content no longer matches the fingerprint written at export. It can still be imported; check what it changes.")
	default:
		s = l10n.T("No export fingerprint: an earlier version of the tool wrote the file, or the row was removed, so whether it was edited after export cannot be told.")
	}
	if i.Sanitised {
		s += " " + l10n.T("It was exported without names and notes.")
	}
	return s
}

// SealOf returns the content fingerprint Export writes for a, as
// "sha256:" and 64 hex digits.
func SealOf(a assessment.Assessment, sanitised bool) string {
	seal, _ := sealInto(nil, a, sanitised)
	return seal
}

// sealInto is SealOf writing a's rows into buf, whose memory it reuses;
// it returns the buffer for the next call. An import checks one seal per
// assessment: a full assessment's rows take about half a megabyte, which
// would otherwise be allocated again for each.
func sealInto(buf []Row, a assessment.Assessment, sanitised bool) (string, []Row) {
	buf = appendAssessment(buf[:0], a, sanitised)
	seal := ""
	for _, r := range buf {
		if r.Section == SectionMeta && r.ItemID == metaHash {
			seal = r.Value
			break
		}
	}
	return seal, buf
}

// lateQuestions are the questions added to the bank after fingerprints
// were first written. An answer row of one of them that carries nothing
// (no rating, owner, target or note) is left out of the fingerprint: a
// file exported before the question existed has no row for it, and the
// record Import reads from it must seal as that file did, or every such
// file would be reported as edited. Answered, the row counts like any
// other. A question added to the bank is listed here;
// TestSeal/BeforeLateQuestions fails until it is.
var lateQuestions = map[string]bool{"CTL-07": true, "BRF-08": true, "PRA-08": true}

// sealSkips reports whether r is left out of the fingerprint: the meta
// rows that describe the file rather than the assessment, and the empty
// answer rows of lateQuestions.
func sealSkips(r *Row) bool {
	switch r.Section {
	case SectionMeta:
		return r.ItemID == metaHash || r.ItemID == metaToolVersion
	case SectionAnswer:
		return lateQuestions[r.ItemID] && r.Value == "" && r.Owner == "" && r.Target == "" && r.Note == ""
	}
	return false
}

// sealPrefix starts every fingerprint: it names the algorithm and keeps a
// spreadsheet from reading 64 digits as a number.
const sealPrefix = "sha256:"

// sealRows fingerprints the rows of one assessment (see Seal).
func sealRows(rows []Row) string {
	h := sha256.New()
	// Each row's cells are hashed in one Write, each as its length (a
	// varint) then its bytes, from a buffer the rows share.
	var b []byte
	put := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for i := range rows {
		r := &rows[i]
		if sealSkips(r) {
			continue
		}
		b = b[:0]
		for _, c := range [...]string{r.AssessmentID, r.Section, r.ItemID, r.Domain, r.Value, r.Owner, r.Target, r.Note} {
			put(c)
		}
		if r.Section == SectionAction {
			put(r.Label) // the consultant's task text: the one label Import reads
		}
		for _, c := range r.roles() {
			put(*c)
		}
		h.Write(b)
	}
	return sealPrefix + hex.EncodeToString(h.Sum(nil))
}

// integrity records, for a group read without problems, whether its
// content matches the fingerprint in its file.
func (im *importer) integrity(g *group) {
	if im.noSeals {
		return
	}
	if im.seals == nil {
		im.seals = map[string]Integrity{}
	}
	in := Integrity{Sanitised: g.sanitised}
	if g.hasHash && g.hash != "" {
		// The fingerprint covers the schema row: a file an earlier schema's
		// build wrote is checked with the schema it states, not the one
		// the record was read into, whose content it shares.
		a := g.a
		if n := im.schemaOf[g.id]; n > 0 {
			a.Schema = n
		}
		var seal string
		seal, im.sealRows = sealInto(im.sealRows, a, g.sanitised)
		in.Seal = SealEdited
		if seal == g.hash {
			in.Seal = SealUnchanged
		}
	}
	im.seals[g.id] = in
}

// consensusAgreed is the value of a consensus row whose answer the
// facilitator recorded.
const consensusAgreed = "agreed"

// appendConsensus appends the consensus and dissent rows of a consensus
// assessment, in bank order.
func appendConsensus(rows []Row, a assessment.Assessment) []Row {
	if len(a.Consensus) == 0 {
		return rows
	}
	ids := make([]string, 0, len(a.Consensus))
	for _, q := range assessment.Questions() {
		if _, ok := a.Consensus[q.ID]; ok {
			ids = append(ids, q.ID)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(a.Consensus)) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id) // Validate refuses it; Export never gets here
		}
	}
	for _, id := range ids {
		ag := a.Consensus[id]
		q, _ := assessment.QuestionByID(id)
		v, vl := "", l10n.T("Lowest level taken, not settled in the session")
		switch {
		case ag.Agreed:
			v, vl = consensusAgreed, l10n.T("Agreed in the session")
		case len(ag.Dissent) == 0:
			vl = l10n.T("No respondent answered otherwise")
		}
		rows = append(rows, Row{AssessmentID: a.ID, Section: SectionConsensus, ItemID: id, Label: q.For(a.Profile).Text, Value: v, ValueLabel: vl, Note: ag.Rationale})
		label := l10n.T("Answered otherwise")
		switch {
		case ag.Changed:
			label = l10n.T("Differed from the answer when the consensus was stored")
		case ag.Agreed:
			label = l10n.T("Answered before the session")
		}
		for _, d := range ag.Dissent {
			vl := ""
			if d.Rating != assessment.RatingNone {
				vl = d.Rating.Label()
			}
			rows = append(rows, Row{AssessmentID: a.ID, Section: SectionDissent, ItemID: id, Label: label,
				Value: string(d.Rating), ValueLabel: vl, Owner: string(d.Role), Note: d.Respondent})
		}
		if ag.Changed {
			var vl string
			switch ag.HeldAs() {
			case assessment.HeldAgreed:
				vl = l10n.F("The session's answer: %s", ag.SessionAnswer.Label())
			case assessment.HeldLowest:
				vl = l10n.F("Taken by the consensus, the lowest level given: %s", ag.SessionAnswer.Label())
			case assessment.HeldShared:
				vl = l10n.F("Given by every respondent who answered: %s", ag.SessionAnswer.Label())
			default:
				vl = l10n.T("No respondent had answered it")
			}
			rows = append(rows, Row{AssessmentID: a.ID, Section: SectionChanged, ItemID: id, Label: l10n.T("Changed after the consensus was stored"),
				Value: string(ag.SessionAnswer), ValueLabel: vl, Target: ag.ChangedOn, Note: ag.ChangeReason})
		}
	}
	return rows
}

// readChanged reads a changed row (see SectionChanged): of a matrix row
// when its domain is given, else of a question.
func (im *importer) readChanged(r *row, g *group, item string) {
	if n := im.schemaOf[g.id]; n < changedSchema {
		im.at(r, colSection, l10n.F("a schema %d file has no changed rows (they came with schema %d)", n, changedSchema))
		return
	}
	if r.str(colDomain) != "" {
		if _, ok := assessment.ControlByID(item); !ok {
			im.at(r, colItemID, l10n.F("unknown control %q: expected an ISO/IEC 27001:2022 Annex A control such as A.5.1 (a changed row with a domain is about a matrix row)", r.str(colItemID)))
			return
		}
		if r.str(colValue) != "" {
			im.at(r, colValue, l10n.T("must be empty in a changed row of a matrix row (the session's letters are in the role columns)"))
		}
		if r.str(colNote) != "" && im.schemaOf[g.id] < profileChangedSchema {
			im.at(r, colNote, l10n.F("must be empty in a changed row of a matrix row in a schema %d file (a matrix row's reason came with schema %d)", im.schemaOf[g.id], profileChangedSchema))
		}
		d, _ := parseDomain(r.str(colDomain)) // checked by readItem
		k := assessment.CellKey{Control: item, Domain: assessment.Domain(d)}
		if g.a.RowConsensus == nil {
			g.a.RowConsensus = map[assessment.CellKey]assessment.RowAgreement{}
		}
		ag := g.a.RowConsensus[k]
		ag.Changed, ag.SessionRow = true, im.readLetters(r)
		ag.ChangedOn, _ = im.date(r, colTarget)
		ag.ChangeReason = r.str(colNote)
		im.checkLen(r, colNote, l10n.T("reason for the change"), ag.ChangeReason, assessment.MaxTextLen)
		g.a.RowConsensus[k] = ag
		return
	}
	if f, ok := assessment.ProfileFieldByKey(item); ok {
		im.readProfileChanged(r, g, f)
		return
	}
	im.noLetters(r, l10n.T("must be empty in a changed row of a question (only a matrix row's, with a domain, has letters)"))
	if _, ok := assessment.QuestionByID(item); !ok {
		im.at(r, colItemID, l10n.F("unknown question %q: it is not in this tool's question bank", item))
		return
	}
	v, err := parseRatingValue(r.str(colValue))
	if err != nil {
		im.at(r, colValue, err.Error())
		return
	}
	if g.a.Consensus == nil {
		g.a.Consensus = map[string]assessment.Agreement{}
	}
	ag := g.a.Consensus[item]
	ag.Changed, ag.SessionAnswer = true, assessment.Rating(v)
	ag.ChangedOn, _ = im.date(r, colTarget)
	ag.ChangeReason = r.str(colNote)
	im.checkLen(r, colNote, l10n.T("reason for the change"), ag.ChangeReason, assessment.MaxTextLen)
	g.a.Consensus[item] = ag
}

// noLetters reports msg on each role column of r that holds a letter: a
// row that is not a matrix row's has none.
func (im *importer) noLetters(r *row, msg string) {
	for i := range numRoles {
		if c := colFirstRole + i; r.str(c) != "" {
			im.at(r, c, msg)
		}
	}
}

// appendProfileChanges appends a consensus's changed rows of profile
// fields (see SectionChanged), in profile order.
func appendProfileChanges(rows []Row, a assessment.Assessment) []Row {
	for _, f := range a.ProfileChangedFields() {
		c := a.ProfileChanges[f.Key]
		v, _ := profileValue(f, a.SessionProfile)
		rows = append(rows, Row{AssessmentID: a.ID, Section: SectionChanged, ItemID: f.Key, Label: l10n.T(f.Label), Value: v,
			ValueLabel: l10n.F("When the consensus was stored: %s", f.Display(a.SessionProfile)), Target: c.ChangedOn, Note: c.ChangeReason})
	}
	return rows
}

// readProfileChanged reads a changed row of profile field f: its value
// when the consensus was stored goes to the group's stored profile,
// which finish completes from the profile read.
func (im *importer) readProfileChanged(r *row, g *group, f assessment.ProfileField) {
	if n := im.schemaOf[g.id]; n < profileChangedSchema {
		im.at(r, colItemID, l10n.F("a schema %d file has no changed rows of profile fields (they came with schema %d)", n, profileChangedSchema))
		return
	}
	im.noLetters(r, l10n.T("must be empty in a changed row of a profile field (only a matrix row's, with a domain, has letters)"))
	im.readProfileValue(r, f, &g.session)
	if g.sessionFields == nil {
		g.sessionFields = map[string]assessment.FieldChange{}
	}
	var c assessment.FieldChange
	c.ChangedOn, _ = im.date(r, colTarget)
	c.ChangeReason = r.str(colNote)
	im.checkLen(r, colNote, l10n.T("reason for the change"), c.ChangeReason, assessment.MaxTextLen)
	g.sessionFields[f.Key] = c
}

// readConsensus reads a consensus or a dissent row: of a matrix row when
// its domain is given, else of a question. The rows of one item may come
// in any order; dissent keeps the file's order.
func (im *importer) readConsensus(r *row, g *group, sec, item string) {
	switch item {
	case sessionDate, sessionFacilitator, sessionParticipants:
		im.readSession(r, g, sec, item)
		return
	}
	if r.str(colDomain) != "" {
		im.readRowConsensus(r, g, sec, item)
		return
	}
	im.noLetters(r, l10n.F("must be empty in a %s row of a question (only a matrix row's, with a domain, has letters)", sec))
	if _, ok := assessment.QuestionByID(item); !ok {
		im.at(r, colItemID, l10n.F("unknown question %q: it is not in this tool's question bank", item))
		return
	}
	if g.a.Consensus == nil {
		g.a.Consensus = map[string]assessment.Agreement{}
	}
	ag := g.a.Consensus[item]
	if sec == SectionConsensus {
		ag.Agreed, ag.Rationale = im.readAgreement(r)
		g.a.Consensus[item] = ag
		return
	}
	var d assessment.Dissent
	if v, err := parseRatingValue(r.str(colValue)); err != nil {
		im.at(r, colValue, err.Error())
	} else {
		d.Rating = assessment.Rating(v)
	}
	d.Role, d.Respondent = im.readDissenter(r)
	ag.Dissent = append(ag.Dissent, d)
	g.a.Consensus[item] = ag
}

// readSession reads one session row of a consensus (see appendSession).
// An empty value records nothing, as Export writes no row for it.
func (im *importer) readSession(r *row, g *group, sec, item string) {
	if sec != SectionConsensus {
		im.at(r, colSection, l10n.F("%s belongs in a consensus row, not a %s row", item, sec))
		return
	}
	if n := im.schemaOf[g.id]; n < sessionSchema {
		im.at(r, colItemID, l10n.F("a schema %d file has no session rows (they came with schema %d)", n, sessionSchema))
		return
	}
	for _, c := range []int{colDomain, colNote} {
		if r.str(c) != "" {
			im.at(r, c, l10n.F("must be empty in a %s row (its text is in value)", item))
		}
	}
	v := r.str(colValue)
	if v == "" {
		return
	}
	if g.a.Session == nil {
		g.a.Session = &assessment.Session{}
	}
	switch item {
	case sessionDate:
		g.a.Session.Date, _ = im.date(r, colValue)
	case sessionFacilitator:
		im.checkLen(r, colValue, l10n.T("facilitator"), v, assessment.MaxPersonLen)
		g.a.Session.Facilitator = v
	case sessionParticipants:
		im.checkLen(r, colValue, l10n.T("participants"), v, assessment.MaxTextLen)
		g.a.Session.Participants = v
	}
}

// readRowConsensus reads the consensus or a dissent row of a matrix row:
// a consensus row as a question's, less the agreed letters, which are in
// the raci section; a dissent row with the respondent's letters in the
// role columns and no value.
func (im *importer) readRowConsensus(r *row, g *group, sec, item string) {
	if _, ok := assessment.ControlByID(item); !ok {
		im.at(r, colItemID, l10n.F("unknown control %q: expected an ISO/IEC 27001:2022 Annex A control such as A.5.1 (a consensus or dissent row with a domain is about a matrix row)", r.str(colItemID)))
		return
	}
	d, _ := parseDomain(r.str(colDomain)) // checked by readItem
	k := assessment.CellKey{Control: item, Domain: assessment.Domain(d)}
	if g.a.RowConsensus == nil {
		g.a.RowConsensus = map[assessment.CellKey]assessment.RowAgreement{}
	}
	ag := g.a.RowConsensus[k]
	if sec == SectionConsensus {
		ag.Agreed, ag.Rationale = im.readAgreement(r)
		g.a.RowConsensus[k] = ag
		return
	}
	if r.str(colValue) != "" {
		im.at(r, colValue, l10n.T("must be empty in a dissent row of a matrix row (its letters are in the role columns)"))
	}
	dis := assessment.RowDissent{Row: im.readLetters(r)}
	if dis.Row == nil {
		im.at(r, colFirstRole, l10n.T("a dissent row of a matrix row needs the respondent's letters in the role columns"))
	}
	dis.Role, dis.Respondent = im.readDissenter(r)
	ag.Dissent = append(ag.Dissent, dis)
	g.a.RowConsensus[k] = ag
}

// readAgreement reads the cells of a consensus row, of a question or a
// matrix row alike: whether the facilitator recorded the item as agreed,
// and why.
func (im *importer) readAgreement(r *row) (agreed bool, rationale string) {
	switch asciiLower(r.str(colValue)) {
	case consensusAgreed:
		agreed = true
	case "":
	default:
		im.at(r, colValue, l10n.F("%q is not %s (or empty)", r.str(colValue), consensusAgreed))
	}
	rationale = r.str(colNote)
	im.checkLen(r, colNote, l10n.T("rationale"), rationale, assessment.MaxTextLen)
	return agreed, rationale
}

// readDissenter reads who answered otherwise in a dissent row: the
// respondent's role in the owner column and name in the note column.
func (im *importer) readDissenter(r *row) (assessment.Role, string) {
	var role assessment.Role
	if v, err := parseRoleIn(l10n.T("role"), r.str(colOwner), assessment.RespondentRoles); err != nil {
		im.at(r, colOwner, err.Error())
	} else {
		role = assessment.Role(v)
	}
	name := r.str(colNote)
	im.checkLen(r, colNote, l10n.T("respondent"), name, assessment.MaxNameLen)
	return role, name
}

// appendRowConsensus appends the consensus and dissent rows of the
// matrix rows of a consensus assessment, in matrix order.
func appendRowConsensus(rows []Row, a assessment.Assessment) []Row {
	if len(a.RowConsensus) == 0 {
		return rows
	}
	keys := slices.SortedFunc(maps.Keys(a.RowConsensus), func(x, y assessment.CellKey) int {
		return cmp.Or(assessment.CompareKeys(x, y), strings.Compare(x.String(), y.String()))
	})
	for _, k := range keys {
		ag := a.RowConsensus[k]
		c, _ := assessment.ControlByID(k.Control)
		v, vl := "", l10n.T("Not settled in the session: the row is left empty")
		row := a.Matrix[k]
		if from, changed := ag.ChangedFrom(row); changed {
			row = from // what the session gave, which this row describes
		}
		switch {
		case ag.Agreed:
			v, vl = consensusAgreed, l10n.T("Agreed in the session")
		case len(row) > 0:
			vl = l10n.T("Accountable and responsible roles shared by all; only the consulted and informed roles all gave are kept")
		}
		rows = append(rows, Row{AssessmentID: a.ID, Section: SectionConsensus, ItemID: ControlRef(k.Control), Domain: string(k.Domain),
			Label: l10n.T(c.Label), Value: v, ValueLabel: vl, Note: ag.Rationale})
		label := l10n.T("Filled otherwise")
		switch {
		case ag.Changed && ag.Agreed:
			label = l10n.T("Differed from the row when the consensus was stored")
		case ag.Agreed:
			label = l10n.T("Filled before the session")
		}
		for _, d := range ag.Dissent {
			r := Row{AssessmentID: a.ID, Section: SectionDissent, ItemID: ControlRef(k.Control), Domain: string(k.Domain),
				Label: label, Owner: string(d.Role), Note: d.Respondent}
			cols := r.roles()
			for i, role := range assessment.RACIRoles {
				*cols[i] = string(d.Row[role])
			}
			rows = append(rows, r)
		}
		if ag.Changed {
			r := Row{AssessmentID: a.ID, Section: SectionChanged, ItemID: ControlRef(k.Control), Domain: string(k.Domain),
				Label: l10n.T("Changed after the consensus was stored"), ValueLabel: l10n.T("The letters when the consensus was stored are in the role columns"), Target: ag.ChangedOn,
				Note: ag.ChangeReason}
			cols := r.roles()
			for i, role := range assessment.RACIRoles {
				*cols[i] = string(ag.SessionRow[role])
			}
			rows = append(rows, r)
		}
	}
	return rows
}
