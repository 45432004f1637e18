package assessment

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
)

// Load reads an assessment record of any schema from 1 to SchemaVersion,
// upgrades it step by step and validates it against the built-in bank.
func Load(raw []byte) (Assessment, error) {
	a, err := Upgrade(raw)
	if err != nil {
		return Assessment{}, err
	}
	if err := Validate(a); err != nil {
		return Assessment{}, fmt.Errorf("invalid assessment: %w", err)
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
		return Assessment{}, fmt.Errorf("reading assessment: %w", err)
	}
	rawVersion, ok := d["schema"]
	if !ok {
		return Assessment{}, errors.New("reading assessment: no schema version; this does not look like an assessment file")
	}
	var version int
	if err := json.Unmarshal(rawVersion, &version); err != nil {
		return Assessment{}, fmt.Errorf("reading assessment: schema version: %w", err)
	}
	switch {
	case version < 1:
		return Assessment{}, fmt.Errorf("reading assessment: schema %d is not a valid version", version)
	case version > SchemaVersion:
		return Assessment{}, fmt.Errorf("assessment schema %d is newer than this tool supports (%d); open it with a newer version of the tool", version, SchemaVersion)
	}
	for v := version; v < SchemaVersion; v++ {
		step := upgrades[v]
		if step == nil {
			return Assessment{}, fmt.Errorf("upgrading schema %d to %d: no upgrade step", v, v+1)
		}
		next, err := step(d)
		if err != nil {
			return Assessment{}, fmt.Errorf("upgrading schema %d to %d: %w", v, v+1, err)
		}
		next["schema"] = json.RawMessage(strconv.Itoa(v + 1))
		d = next
	}
	b, err := json.Marshal(d)
	if err != nil {
		return Assessment{}, fmt.Errorf("reading assessment: %w", err)
	}
	a = Assessment{}
	if err := json.Unmarshal(b, &a); err != nil {
		return Assessment{}, fmt.Errorf("reading assessment: %w", err)
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
			return nil, fmt.Errorf("profile.regulated %q: want none, gmp, safety or both", p1.Regulated)
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
					return nil, fmt.Errorf("answer %q: level %d is not between -1 and %d", id, l, MaxLevel)
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
		return nil, errors.New(`roleNames: not part of schema 2`)
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
				return nil, fmt.Errorf("matrix row %q: role %q is not a schema 2 role", key, r)
			}
			if row[r] == LetterAccountableResponsible {
				return nil, fmt.Errorf("matrix row %q, role %q: A/R is not a schema 2 letter", key, r)
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
