package assessment

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Load reads an assessment record of any schema from 1 to SchemaVersion,
// upgrades it step by step and validates it against the built-in bank.
func Load(raw []byte) (Assessment, error) {
	a, err := Upgrade(raw)
	if err != nil {
		return Assessment{}, err
	}
	if err := Validate(a); err != nil {
		return Assessment{}, fmt.Errorf(l10n.T("invalid assessment: %w"), err)
	}
	return a, nil
}

// doc is a record as generic JSON: upgrade steps rewrite the fields they
// know and pass every other field through untouched.
type doc = map[string]json.RawMessage

// upgradeStep turns a record of schema n into one of schema n+1. It must
// not touch the "schema" field; the chain sets it.
type upgradeStep func(doc) (doc, error)

// upgrades[n] upgrades schema n to n+1. A new schema adds one step here
// and bumps SchemaVersion.
var upgrades = map[int]upgradeStep{
	1: upgrade1to2,
	2: upgrade2to3,
	3: upgrade3to4,
	4: upgrade4to5,
	5: upgrade5to6,
	6: upgrade6to7,
	7: upgrade7to8,
	8: upgrade8to9,
}

// Upgrade reads an assessment record of any schema from 1 to SchemaVersion
// and brings it to SchemaVersion without validating it, so that callers
// can show what an invalid file contains.
func Upgrade(raw []byte) (Assessment, error) {
	// The common case, a current record, is read in one pass; anything else
	// (older, newer, or broken) goes through the generic path below, which
	// also gives the precise error.
	var a Assessment
	if err := json.Unmarshal(raw, &a); err == nil && a.Schema == SchemaVersion {
		return a, nil
	}
	var d doc
	if err := json.Unmarshal(raw, &d); err != nil {
		return Assessment{}, fmt.Errorf(l10n.T("reading assessment: %w"), err)
	}
	rawVersion, ok := d["schema"]
	if !ok {
		return Assessment{}, errors.New(l10n.T("reading assessment: no schema version; this does not look like an assessment file"))
	}
	var version int
	if err := json.Unmarshal(rawVersion, &version); err != nil {
		return Assessment{}, fmt.Errorf(l10n.T("reading assessment: schema version: %w"), err)
	}
	switch {
	case version < 1:
		return Assessment{}, fmt.Errorf(l10n.T("reading assessment: schema %d is not a valid version"), version)
	case version > SchemaVersion:
		return Assessment{}, fmt.Errorf(l10n.T("assessment schema %d is newer than this tool supports (%d); open it with a newer version of the tool"), version, SchemaVersion)
	}
	for v := version; v < SchemaVersion; v++ {
		step := upgrades[v]
		if step == nil {
			return Assessment{}, fmt.Errorf(l10n.T("upgrading schema %d to %d: no upgrade step"), v, v+1)
		}
		next, err := step(d)
		if err != nil {
			return Assessment{}, fmt.Errorf(l10n.T("upgrading schema %d to %d: %w"), v, v+1, err)
		}
		next["schema"] = json.RawMessage(strconv.Itoa(v + 1))
		d = next
	}
	b, err := json.Marshal(d)
	if err != nil {
		return Assessment{}, fmt.Errorf(l10n.T("reading assessment: %w"), err)
	}
	a = Assessment{}
	if err := json.Unmarshal(b, &a); err != nil {
		return Assessment{}, fmt.Errorf(l10n.T("reading assessment: %w"), err)
	}
	return a, nil
}

// Schema 1 is the format of the first release:
//
//	{
//	  "schema": 1,
//	  "id": "…", "name": "…", "created": "RFC 3339", "updated": "RFC 3339",
//	  "profile": {
//	    "organisation", "site", "sector", "plants", "centralRisk",
//	    "connectivity", "assessor", "respondent", "respondentRole", "date":
//	        as in schema 2,
//	    "regulated": "none" | "gmp" | "safety" | "both"
//	  },
//	  "answers": {"GOV-01": {"level": 3, "note": "…", "owner": "it"}},
//	  "raci": {"5.1": {"it": {"isms-owner": "A"}, "ot": {…}, "shared": {…}}}
//	}
//
// "level" is 0..4, or -1 for not applicable; absent means not answered.
// Schema 1 had no "unknown" rating, no target dates and no model field.
type v1Profile struct {
	Organisation   string `json:"organisation,omitempty"`
	Site           string `json:"site,omitempty"`
	Sector         string `json:"sector,omitempty"`
	Regulated      string `json:"regulated,omitempty"`
	Plants         int    `json:"plants,omitempty"`
	CentralRisk    bool   `json:"centralRisk,omitempty"`
	Connectivity   string `json:"connectivity,omitempty"`
	Assessor       string `json:"assessor,omitempty"`
	Respondent     string `json:"respondent,omitempty"`
	RespondentRole Role   `json:"respondentRole,omitempty"`
	Date           string `json:"date,omitempty"`
}

type v1Answer struct {
	Level *int   `json:"level"`
	Note  string `json:"note,omitempty"`
	Owner Role   `json:"owner,omitempty"`
}

// upgrade1to2 replaces profile.regulated by the validated and
// safetyCritical flags, numeric levels by ratings, and the nested "raci"
// object by the flat "matrix" keyed "control/domain".
func upgrade1to2(d doc) (doc, error) {
	out := maps.Clone(d)

	if raw, ok := d["profile"]; ok {
		var p1 v1Profile
		if err := json.Unmarshal(raw, &p1); err != nil {
			return nil, fmt.Errorf("profile: %w", err)
		}
		p := Profile{
			Organisation: p1.Organisation, Site: p1.Site, Sector: p1.Sector,
			Plants: p1.Plants, CentralRisk: p1.CentralRisk, Connectivity: p1.Connectivity,
			Assessor: p1.Assessor, Respondent: p1.Respondent, RespondentRole: p1.RespondentRole,
			Date: p1.Date,
		}
		switch p1.Regulated {
		case "", "none":
		case "gmp":
			p.Validated = true
		case "safety":
			p.SafetyCritical = true
		case "both":
			p.Validated, p.SafetyCritical = true, true
		default:
			return nil, fmt.Errorf(l10n.T("profile.regulated %q: want none, gmp, safety or both"), p1.Regulated)
		}
		if err := setField(out, "profile", p); err != nil {
			return nil, err
		}
	}

	if raw, ok := d["answers"]; ok {
		var a1 map[string]v1Answer
		if err := json.Unmarshal(raw, &a1); err != nil {
			return nil, fmt.Errorf("answers: %w", err)
		}
		answers := make(map[string]Answer, len(a1))
		for _, id := range slices.Sorted(maps.Keys(a1)) {
			v := a1[id]
			ans := Answer{Note: v.Note, Owner: v.Owner}
			if v.Level != nil {
				switch l := *v.Level; {
				case l == -1:
					ans.Rating = RatingNotApplicable
				case l >= 0 && l <= MaxLevel:
					ans.Rating = Rating(strconv.Itoa(l))
				default:
					return nil, fmt.Errorf(l10n.T("answer %q: level %d is not between -1 and %d"), id, l, MaxLevel)
				}
			}
			if !ans.IsZero() {
				answers[id] = ans
			}
		}
		if err := setField(out, "answers", answers); err != nil {
			return nil, err
		}
	}

	if raw, ok := d["raci"]; ok {
		var r1 map[string]map[Domain]RACI
		if err := json.Unmarshal(raw, &r1); err != nil {
			return nil, fmt.Errorf("raci: %w", err)
		}
		m := Matrix{}
		for control, domains := range r1 {
			for dom, row := range domains {
				if len(row) > 0 {
					m[CellKey{control, dom}] = row
				}
			}
		}
		delete(out, "raci")
		if err := setField(out, "matrix", m); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func setField(d doc, name string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	d[name] = b
	return nil
}

// upgrade2to3 brings a schema 2 record to schema 3, which added the A/R
// letter and the optional "roleNames" object. Schema 2 holds neither, so
// every field carries over as it is: in particular each R, A, C and I keeps
// its role and its meaning. The step does not merge a role's A with an R
// it never had, nor add names: the upgraded matrix says exactly what its
// author said, and the checks then show where it falls short. The step
// refuses letters or roles schema 2 never allowed, so that a damaged
// record is reported at the step that knows its format.
func upgrade2to3(d doc) (doc, error) {
	out := maps.Clone(d)
	if _, ok := d["roleNames"]; ok {
		return nil, errors.New(l10n.T(`roleNames: not part of schema 2`))
	}
	raw, ok := d["matrix"]
	if !ok {
		return out, nil
	}
	var m map[string]map[Role]Letter
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("matrix: %w", err)
	}
	for _, key := range slices.Sorted(maps.Keys(m)) {
		row := m[key]
		for _, r := range slices.Sorted(maps.Keys(row)) {
			if !slices.Contains(schema2Roles, r) && isRACIRole(r) {
				return nil, fmt.Errorf(l10n.T("matrix row %q: role %q is not a schema 2 role"), key, r)
			}
			if row[r] == LetterAccountableResponsible {
				return nil, fmt.Errorf(l10n.T("matrix row %q, role %q: A/R is not a schema 2 letter"), key, r)
			}
		}
	}
	return out, nil
}

// schema2Roles are the matrix roles of schema 2; schema 3 added the site
// director, maintenance, the DPO and the integrator.
var schema2Roles = []Role{
	RoleExecutive, RoleISMSOwner, RoleIT, RoleOT, RoleQuality,
	RoleEHS, RoleLegal, RoleHR, RoleProcurement, RoleOperations,
}

// upgrade3to4 moves the answers from question bank 1 to bank 2 with
// UpgradeBank1Answers. Everything else carries over as it is: the profile
// fields nis2 and ownershipModel that schema 4 added start empty.
func upgrade3to4(d doc) (doc, error) {
	out := maps.Clone(d)
	if _, ok := d["retired"]; ok {
		return nil, errors.New(l10n.T("retired: not part of schema 3"))
	}
	raw, ok := d["answers"]
	if !ok {
		return out, nil
	}
	var old map[string]Answer
	if err := json.Unmarshal(raw, &old); err != nil {
		return nil, fmt.Errorf("answers: %w", err)
	}
	answers, retired := UpgradeBank1Answers(old)
	if err := setField(out, "answers", answers); err != nil {
		return nil, err
	}
	if len(retired) > 0 {
		if err := setField(out, "retired", retired); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// upgrade4to5 adds nothing: schema 5 only added the plan, which a schema
// 4 record cannot hold, so one that does is refused as damaged.
func upgrade4to5(d doc) (doc, error) {
	if _, ok := d["plan"]; ok {
		return nil, errors.New(l10n.T("plan: not part of schema 4"))
	}
	return maps.Clone(d), nil
}

// upgrade5to6 adds nothing: schema 6 only added the role register and
// the authority table, which a schema 5 record cannot hold, so one that
// does is refused as damaged. The version is bumped anyway so that a
// schema 5 build refuses a schema 6 record instead of dropping the
// register and the table on its next save.
func upgrade5to6(d doc) (doc, error) {
	for _, f := range []string{"holders", "authority"} {
		if _, ok := d[f]; ok {
			return nil, fmt.Errorf(l10n.T("%s: not part of schema 5"), f)
		}
	}
	return maps.Clone(d), nil
}

// upgrade6to7 adds nothing: schema 7 only added the consensus session,
// which a schema 6 record cannot hold, so one that does is refused as
// damaged.
func upgrade6to7(d doc) (doc, error) {
	if _, ok := d["session"]; ok {
		return nil, errors.New(l10n.T("session: not part of schema 6"))
	}
	return maps.Clone(d), nil
}

// upgrade7to8 adds nothing: schema 8 only added the marks of a
// consensus's answers and matrix rows changed after it was stored, which
// a schema 7 record cannot hold, so one that does is refused as damaged.
func upgrade7to8(d doc) (doc, error) {
	for _, f := range []string{"consensus", "rowConsensus"} {
		raw, ok := d[f]
		if !ok {
			continue
		}
		var entries map[string]map[string]json.RawMessage
		if err := json.Unmarshal(raw, &entries); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, e := range entries {
			for _, k := range []string{"changed", "sessionAnswer", "sessionRow", "changedOn", "changeReason"} {
				if _, ok := e[k]; ok {
					return nil, fmt.Errorf(l10n.T("%s: a change after the session is not part of schema 7"), f)
				}
			}
		}
	}
	return maps.Clone(d), nil
}

// upgrade8to9 adds nothing: schema 9 only added the marks of a
// consensus's profile fields changed after it was stored and the reason
// for a matrix row's change, which a schema 8 record cannot hold, so one
// that does is refused as damaged.
func upgrade8to9(d doc) (doc, error) {
	for _, f := range []string{"sessionProfile", "profileChanges"} {
		if _, ok := d[f]; ok {
			return nil, fmt.Errorf(l10n.T("%s: a change of the profile after the session is not part of schema 8"), f)
		}
	}
	if raw, ok := d["rowConsensus"]; ok {
		var entries map[string]map[string]json.RawMessage
		if err := json.Unmarshal(raw, &entries); err != nil {
			return nil, fmt.Errorf("rowConsensus: %w", err)
		}
		for _, e := range entries {
			if _, ok := e["changeReason"]; ok {
				return nil, errors.New(l10n.T("rowConsensus: the reason for a matrix row's change is not part of schema 8"))
			}
		}
	}
	return maps.Clone(d), nil
}

// UpgradeBank1Answers maps answers keyed by question bank 1 IDs (schemas 1
// to 3, records and CSV files alike) to bank 2, following BankChanges. No
// answer is lost: each ends up in answers or in retired, unchanged except
// for notes appended as described below.
//
//   - Kept and reworded questions keep their ID and their answer.
//   - Split and removed questions: the answer goes to retired under its
//     bank 1 ID. It cannot be credited to a question that asks something
//     else.
//   - Merged questions: every answer carried to the same bank 2 question
//     competes, and the best by BetterAnswer is kept there (on a tie, the
//     one already under that ID, then the first in bank 1 order). Each
//     other one goes to retired under its bank 1 ID, and its note is
//     appended to the kept answer's note, labelled with where it came
//     from, when the result fits MaxTextLen.
//   - IDs that are in neither bank pass through to answers unchanged, so
//     that Validate reports them.
func UpgradeBank1Answers(old map[string]Answer) (answers, retired map[string]Answer) {
	answers = make(map[string]Answer, len(old))
	retired = map[string]Answer{}
	targets := map[string][]string{} // bank 2 ID -> bank 1 IDs carried to it
	var order []string               // bank 2 IDs in first-seen order
	for _, c := range bankChanges {
		ans, ok := old[c.ID]
		if !ok || c.Kind == ChangeAdded {
			continue
		}
		t := c.ID
		switch c.Kind {
		case ChangeMerged:
			t = c.Into[0]
		case ChangeSplit, ChangeRemoved:
			retired[c.ID] = ans
			continue
		}
		if _, seen := targets[t]; !seen {
			order = append(order, t)
		}
		if t == c.ID {
			// The answer already under the bank 2 ID goes first, so that
			// it wins ties.
			targets[t] = append([]string{c.ID}, targets[t]...)
		} else {
			targets[t] = append(targets[t], c.ID)
		}
	}
	for id, ans := range old {
		if !IsBank1Question(id) {
			answers[id] = ans
		}
	}
	for _, t := range order {
		ids := targets[t]
		win := ids[0]
		for _, id := range ids[1:] {
			if BetterAnswer(old[id], old[win]) {
				win = id
			}
		}
		kept := old[win]
		for _, id := range ids {
			if id == win {
				continue
			}
			lost := old[id]
			retired[id] = lost
			if lost.Note == "" || lost.Note == kept.Note {
				continue
			}
			// The note is stored: it stays English whatever the page's
			// language, so that an upgrade gives the same record in both.
			from := "Carried over from the bank 1 answer to " + id
			if lost.Rating != RatingNone {
				from += " (" + lost.Rating.labelKey() + ")"
			}
			note := from + ": " + lost.Note
			if kept.Note != "" {
				note = kept.Note + "\n\n" + note
			}
			if utf8.RuneCountInString(note) <= MaxTextLen {
				kept.Note = note
			}
		}
		answers[t] = kept
	}
	if len(retired) == 0 {
		retired = nil
	}
	return answers, retired
}

// BetterAnswer reports whether answer a is better evidenced than b, the
// rule that decides which of two answers merged into one question is kept:
//
//  1. A rating on the 0–4 scale beats "unknown", which beats "not
//     applicable", which beats no rating at all: a level someone committed
//     to says more than a shrug, and a shrug more than nothing.
//  2. Between two levels, the one with a note (the evidence recorded)
//     beats the one without.
//  3. Between two levels both with or both without a note, the lower
//     level wins: the merged question asks at least what both asked, and
//     an auditor credits the weaker evidence until the stronger is shown
//     to cover the whole question.
//
// Otherwise neither is better.
func BetterAnswer(a, b Answer) bool {
	if ra, rb := evidenceRank(a.Rating), evidenceRank(b.Rating); ra != rb {
		return ra > rb
	}
	la, aScored := a.Rating.Level()
	lb, _ := b.Rating.Level()
	if !aScored {
		return false
	}
	if (a.Note != "") != (b.Note != "") {
		return a.Note != ""
	}
	return la < lb
}

func evidenceRank(r Rating) int {
	switch {
	case r == RatingUnknown:
		return 2
	case r == RatingNotApplicable:
		return 1
	case r == RatingNone:
		return 0
	}
	if _, ok := r.Level(); ok {
		return 3
	}
	return 0
}
