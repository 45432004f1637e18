package storage

import (
	"bytes"
	"cmp"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// Prefix is the namespace of every key this package reads or writes. Keys
// outside it belong to other tools sharing the file:// bucket and are never
// touched.
const Prefix = "isms-ownership/v1/"

const (
	indexKey         = Prefix + "index"
	assessmentPrefix = Prefix + "a/"
	quarantinePrefix = Prefix + "quarantine/"
)

// Errors returned (wrapped) by Store. Test them with errors.Is.
var (
	// ErrNotFound: no assessment is stored under the id.
	ErrNotFound = errors.New(l10n.M("assessment not found"))
	// ErrConflict: the stored revision is not the one this window last
	// loaded or saved; another tab or window saved in between.
	ErrConflict = errors.New(l10n.M("the assessment was changed in another tab or window"))
	// ErrDeleted: Save was given the revision this window loaded or last
	// saved, but nothing is stored under the id any more: another tab or
	// window deleted it. Save does not store it again on its own; saving
	// it with base revision 0 does, on the user's explicit choice.
	ErrDeleted = errors.New(l10n.M("the assessment was deleted in another tab or window"))
	// ErrTooNew: the stored value was written by a newer version of the tool.
	// It is left untouched.
	ErrTooNew = errors.New(l10n.M("the assessment was saved by a newer version of this tool"))
	// ErrCorrupt: the stored value cannot be read. It is left in place and a
	// copy is kept in quarantine.
	ErrCorrupt = errors.New(l10n.M("the stored assessment cannot be read"))
	// ErrExists: Duplicate was asked to write over an existing assessment.
	ErrExists = errors.New(l10n.M("an assessment with this id already exists"))
	// ErrInvalid: Save was given a record that Load would reject. It is not
	// written, because a stored record that cannot be loaded back would
	// only end up in quarantine.
	ErrInvalid = errors.New(l10n.M("the assessment is not valid"))
)

// Summary is one row of the home list, kept in the index so that the list
// shows without decoding every assessment. Progress and Score are computed by
// the caller (storage does not depend on scoring) and stored as given.
type Summary struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Site       string  `json:"site,omitempty"`
	Respondent string  `json:"respondent,omitempty"`
	Date       string  `json:"date,omitempty"`    // Profile.Date, YYYY-MM-DD
	Updated    string  `json:"updated,omitempty"` // RFC 3339
	Revision   int     `json:"revision"`
	Progress   float64 `json:"progress"` // caller-defined, e.g. share of questions answered
	Score      float64 `json:"score"`    // caller-defined
	// Unmeasured is true when the summary was rebuilt from the stored record
	// (the index was missing, corrupt or out of date) without a
	// Store.Measure function: Progress and Score are then zero or out of
	// date, and the caller may recompute them.
	Unmeasured bool `json:"unmeasured,omitempty"`
	// Size is the length of the stored envelope in UTF-16 code units. With
	// Revision it lets List trust this entry after reading only the head of
	// the stored value; 0 (an index from an earlier version) means unknown.
	Size int `json:"size,omitempty"`
}

// IssueKind says why a stored assessment is not in the list.
type IssueKind string

// The kinds of Issue.
const (
	IssueUnreadable IssueKind = "unreadable" // bad JSON, bad envelope or invalid data; quarantined
	IssueTooNew     IssueKind = "too-new"    // written by a newer version; left untouched
)

// Issue describes a stored assessment that List could not show. Its value is
// never changed or removed because of the issue.
type Issue struct {
	Kind IssueKind
	Key  string // where the value is stored (and stays)
	ID   string // assessment id taken from the key
	// QuarantineKey is where a copy of an unreadable value was put for
	// download; empty for IssueTooNew or when the copy could not be written.
	QuarantineKey string
	Message       string // for the user
}

// Quarantine is a kept copy of a stored value that could not be read,
// offered to the user for download.
type Quarantine struct {
	Key    string // the quarantine key, for DiscardQuarantine
	Source string // the key the value was read from
	Reason string // why it could not be read
	At     string // when it was quarantined, RFC 3339
	Raw    string // the original value, exactly as it was stored
}

// Store keeps assessments in a Backend. Its methods are synchronous (like
// localStorage) and safe for concurrent use.
//
// Never-lose rules:
//   - Save writes the assessment key first and the index second, so a crash
//     between the two leaves an index that List repairs from the keys.
//   - The index is a cache, not user data: when it is missing, corrupt or
//     stale, List rebuilds it from the assessment keys (it is not
//     quarantined).
//   - A value that cannot be read is copied byte for byte to a quarantine
//     key and reported; the original key stays as it is, and Save refuses
//     to write over it (ErrCorrupt) until the user explicitly discards it
//     with DiscardQuarantine (or deletes the assessment with Delete).
//   - A value written by a newer schema is reported, never overwritten.
//   - Save refuses (ErrConflict) when the stored revision is not the base
//     revision the caller loaded or last saved, and (ErrDeleted) when that
//     revision was deleted meanwhile: a deletion elsewhere is undone only
//     by an explicit save from revision 0.
type Store struct {
	b   Backend
	now func() time.Time

	// mu serialises the public methods: the Autosaver saves from timer
	// goroutines while the UI lists and loads.
	mu sync.Mutex
	// known holds, by key, the value this Store last loaded or saved. A
	// stored value equal to it is known to be readable, which spares Save a
	// full decode of the value it is about to replace.
	known map[string]string

	// Measure, when set, computes Progress and Score for summaries that List
	// has to rebuild from stored records. Without it such summaries are
	// marked Unmeasured.
	Measure func(a assessment.Assessment) (progress, score float64)
}

// New returns a Store over b. now supplies the time stamps written into
// envelopes; nil means time.Now.
func New(b Backend, now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	return &Store{b: b, now: now, known: map[string]string{}}
}

// IsAssessmentKey reports whether key is the key of a stored assessment and
// returns its id. The UI uses it on storage events from other tabs.
func IsAssessmentKey(key string) (id string, ok bool) {
	id, ok = strings.CutPrefix(key, assessmentPrefix)
	return id, ok && id != ""
}

// IsOwnKey reports whether key is in this package's namespace.
func IsOwnKey(key string) bool { return strings.HasPrefix(key, Prefix) }

// UTF16Len returns the length of s in UTF-16 code units, the unit in which
// browsers measure localStorage quotas.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func keyOf(id string) string { return assessmentPrefix + id }

// checkID refuses an id that assessment.ValidID rejects: no such record can
// be saved (Validate asks the same rule), so none is looked for either.
func checkID(id string) error {
	switch {
	case id == "":
		return errors.New("assessment has no id")
	case !assessment.ValidID(id):
		return fmt.Errorf("assessment id %q is not 1 to %d letters, digits, '-' or '_'", id, assessment.MaxIDLen)
	}
	return nil
}

// envelope is the stored form of one assessment.
type envelope struct {
	Schema     int             `json:"schema"`
	AppVersion string          `json:"appVersion"`
	SavedAt    string          `json:"savedAt"`
	Revision   int             `json:"revision"`
	Data       json.RawMessage `json:"data"`
}

// marshalEnvelope returns what json.Marshal(env) does, for Data that is
// compact JSON (as json.Marshal writes it), without scanning Data again to
// compact it: that pass over the whole value was a fifth of a save.
func marshalEnvelope(env envelope) ([]byte, error) {
	version, err := json.Marshal(env.AppVersion)
	if err != nil {
		return nil, err
	}
	saved, err := json.Marshal(env.SavedAt)
	if err != nil {
		return nil, err
	}
	b := make([]byte, 0, len(env.Data)+len(version)+len(saved)+64)
	b = append(b, `{"schema":`...)
	b = strconv.AppendInt(b, int64(env.Schema), 10)
	b = append(b, `,"appVersion":`...)
	b = append(b, version...)
	b = append(b, `,"savedAt":`...)
	b = append(b, saved...)
	b = append(b, `,"revision":`...)
	b = strconv.AppendInt(b, int64(env.Revision), 10)
	b = append(b, `,"data":`...)
	b = append(b, env.Data...)
	return append(b, '}'), nil
}

// headLen is how much of a stored envelope List reads to check it against
// the index: the envelope's fields before "data" take about 100 characters.
const headLen = 256

// headMatches reports whether head, the start of a stored envelope as save
// writes it, says revision and a schema this version reads. It scans the
// few fields by hand (envelopeHead); anything unexpected is a mismatch,
// and the caller then reads and checks the whole value.
func headMatches(head string, revision int) bool {
	env, rest, ok := envelopeHead(head)
	return ok && env.Revision == revision && strings.HasPrefix(rest, `,"data":`)
}

// envelopeHead reads the fields before "data" of a stored envelope in
// exactly the form save writes, {"schema":N,"appVersion":"…","savedAt":"…",
// "revision":N, with a schema this version reads, plain ASCII strings and
// JSON whole numbers, and returns what follows them; ok is false for
// anything else.
func envelopeHead(s string) (env envelope, rest string, ok bool) {
	rest, ok = strings.CutPrefix(s, `{"schema":`)
	if !ok {
		return env, s, false
	}
	if env.Schema, rest = jsonCount(rest); env.Schema < 1 || env.Schema > assessment.SchemaVersion {
		return env, s, false
	}
	if env.AppVersion, rest, ok = plainString(rest, `,"appVersion":`); !ok {
		return env, s, false
	}
	if env.SavedAt, rest, ok = plainString(rest, `,"savedAt":`); !ok {
		return env, s, false
	}
	if rest, ok = strings.CutPrefix(rest, `,"revision":`); !ok {
		return env, s, false
	}
	if env.Revision, rest = jsonCount(rest); env.Revision < 1 {
		return env, s, false
	}
	return env, rest, true
}

// leadingInt parses the decimal digits at the start of s (-1 when there are
// none, or too many) and returns what follows them.
func leadingInt(s string) (int, string) {
	n, i := 0, 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || (i < len(s) && s[i] >= '0' && s[i] <= '9') {
		return -1, s
	}
	return n, s[i:]
}

// problem says why a stored value cannot be used.
type problem struct {
	tooNew bool
	reason string
}

// parseEnvelope checks the envelope of a stored value without decoding the
// assessment. The schema is looked at before anything else so that a newer
// version may change the rest of the envelope and still be recognised as
// "too new" rather than "corrupt".
func parseEnvelope(raw string) (envelope, *problem) {
	var r struct {
		Schema, AppVersion, SavedAt, Revision, Data json.RawMessage
	}
	if err := json.Unmarshal([]byte(raw), &r); err != nil {
		return envelope{}, &problem{reason: l10n.F("not valid JSON: %s", err.Error())}
	}
	var env envelope
	if len(r.Schema) == 0 {
		return env, &problem{reason: l10n.T("the envelope has no schema version")}
	}
	if err := json.Unmarshal(r.Schema, &env.Schema); err != nil {
		return env, &problem{reason: l10n.T("the schema version is not a whole number")}
	}
	_ = json.Unmarshal(r.AppVersion, &env.AppVersion) // informative only
	if env.Schema > assessment.SchemaVersion {
		return env, tooNew(env.Schema, env.AppVersion)
	}
	if env.Schema < 1 {
		return env, &problem{reason: l10n.F("the schema version %d is not valid", env.Schema)}
	}
	_ = json.Unmarshal(r.SavedAt, &env.SavedAt)
	if err := json.Unmarshal(r.Revision, &env.Revision); err != nil || env.Revision < 1 {
		return env, &problem{reason: l10n.T("the envelope has no valid revision number")}
	}
	if len(r.Data) == 0 || string(r.Data) == "null" {
		return env, &problem{reason: l10n.T("the envelope holds no assessment data")}
	}
	env.Data = r.Data
	ds, err := dataSchema(env.Data)
	if err != nil {
		return env, &problem{reason: l10n.T("the assessment data is not a JSON object")}
	}
	if ds > assessment.SchemaVersion {
		return env, tooNew(ds, env.AppVersion)
	}
	return env, nil
}

// dataSchema reads the "schema" member of the data object, or 0 when it has
// none that is a whole number. The records this tool writes start with it,
// so the common case reads a few bytes, not the whole record (List does this
// for every stored assessment).
func dataSchema(data json.RawMessage) (int, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return 0, errors.New("not an object")
	}
	if dec.More() {
		key, err := dec.Token()
		if err != nil {
			return 0, err
		}
		if key == "schema" {
			var v int
			if dec.Decode(&v) == nil {
				return v, nil
			}
			return 0, nil
		}
	}
	// Written by someone else: read the whole object.
	var d struct {
		Schema json.RawMessage `json:"schema"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return 0, err
	}
	var v int
	_ = json.Unmarshal(d.Schema, &v)
	return v, nil
}

func tooNew(schema int, appVersion string) *problem {
	if appVersion != "" && appVersion != assessment.ToolVersion {
		return &problem{tooNew: true, reason: l10n.F(
			"it was saved by version %s of this tool (data format %d; this is version %s, format %d)",
			appVersion, schema, assessment.ToolVersion, assessment.SchemaVersion)}
	}
	return &problem{tooNew: true, reason: l10n.F(
		"it was saved by a newer version of this tool (data format %d; this is version %s, format %d)",
		schema, assessment.ToolVersion, assessment.SchemaVersion)}
}

// decodeData decodes and validates the assessment inside a good envelope.
func decodeData(id string, env envelope) (assessment.Assessment, *problem) {
	a, err := assessment.Load(env.Data)
	if err != nil {
		return a, &problem{reason: l10n.F("the assessment data is invalid: %s", err.Error())}
	}
	if a.ID != id {
		return a, &problem{reason: l10n.F("the record's id %q does not match its key", a.ID)}
	}
	return a, nil
}

// issue turns a problem with the value under key into an Issue, first
// copying an unreadable value to quarantine.
func (s *Store) issue(key, raw string, p *problem) Issue {
	id, _ := IsAssessmentKey(key)
	is := Issue{Kind: IssueUnreadable, Key: key, ID: id}
	if p.tooNew {
		is.Kind = IssueTooNew
		is.Message = l10n.F("Assessment %q cannot be opened: %s. It is left untouched; open it with that version.", id, p.reason)
		return is
	}
	qk, err := s.quarantine(key, raw, p.reason)
	if err != nil {
		is.Message = l10n.F("Assessment %q cannot be read: %s. It is left untouched, but a copy for download could not be made (%v).", id, p.reason, err)
		return is
	}
	is.QuarantineKey = qk
	is.Message = l10n.F("Assessment %q cannot be read: %s. It is left untouched and a copy is kept under storage issues for download.", id, p.reason)
	return is
}

// problemErr is the error Load, Save and Delete return for a problem value.
func (s *Store) problemErr(op, key, raw string, p *problem) error {
	id, _ := IsAssessmentKey(key)
	if p.tooNew {
		return fmt.Errorf("%s %q: %w: %s", op, id, ErrTooNew, p.reason)
	}
	is := s.issue(key, raw, p)
	if is.QuarantineKey == "" {
		return fmt.Errorf("%s %q: %w: %s; it is left untouched but no copy could be made", op, id, ErrCorrupt, p.reason)
	}
	return fmt.Errorf("%s %q: %w: %s; it is left untouched and a copy is kept in quarantine", op, id, ErrCorrupt, p.reason)
}

// List returns the summaries of every readable assessment, newest first,
// and the issues of those that cannot be shown. It repairs the index when
// it is missing, corrupt or out of date.
func (s *Store) List() ([]Summary, []Issue, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys, err := s.b.Keys()
	if err != nil {
		return nil, nil, fmt.Errorf("list assessments: %w", err)
	}
	index, indexOK := s.readIndex()
	changed := !indexOK
	var (
		sums   []Summary
		issues []Issue
		seen   = map[string]bool{}
	)
	for _, key := range keys {
		id, ok := IsAssessmentKey(key)
		if !ok {
			continue
		}
		// An index entry is trusted when the stored value still has its
		// length and, in its head, its revision and a schema this version
		// reads. Any other value is read whole and checked, which catches
		// stale entries, corrupt values and values from newer versions
		// before the user opens them. Reading every value whole instead
		// took a JSON scan of up to 5 M characters at every start.
		head, size, ok, err := s.b.Head(key, headLen)
		if err != nil {
			return nil, nil, fmt.Errorf("list assessments: read %q: %w", id, err)
		}
		if !ok {
			continue // removed by another tab while listing
		}
		if sum, in := index[id]; in && sum.Size == size && headMatches(head, sum.Revision) {
			seen[id] = true
			sums = append(sums, sum)
			continue
		}
		raw, ok, err := s.b.Get(key)
		if err != nil {
			return nil, nil, fmt.Errorf("list assessments: read %q: %w", id, err)
		}
		if !ok {
			continue
		}
		env, p := parseEnvelope(raw)
		if p != nil {
			issues = append(issues, s.issue(key, raw, p))
			continue
		}
		if sum, ok := index[id]; ok && sum.Revision == env.Revision {
			seen[id] = true
			sum.Size = UTF16Len(raw)
			sums = append(sums, sum)
			changed = true // the entry gains its size
			continue
		}
		a, p := decodeData(id, env)
		if p != nil {
			issues = append(issues, s.issue(key, raw, p))
			continue
		}
		seen[id] = true
		var prev *Summary
		if sum, ok := index[id]; ok && s.Measure == nil {
			prev = &sum // stale but better than nothing; still marked below
			prev.Unmeasured = true
		}
		sum := s.summarize(a, env.Revision, prev)
		sum.Size = UTF16Len(raw)
		sums = append(sums, sum)
		changed = true
	}
	for id := range index {
		if !seen[id] {
			changed = true
		}
	}
	if changed {
		// Best effort: the index is a cache and is repaired again next time.
		_ = s.writeIndex(sums)
	}
	sortSummaries(sums)
	return sums, issues, nil
}

func sortSummaries(sums []Summary) {
	order.Stable(sums, func(a, b Summary) int {
		return cmp.Or(
			strings.Compare(b.Updated, a.Updated),
			strings.Compare(a.Name, b.Name),
			strings.Compare(a.ID, b.ID))
	})
}

// summarize builds the index entry of a. The fields that describe the record
// come from a; Progress and Score come from progress (the caller's summary)
// or, failing that, from Measure.
func (s *Store) summarize(a assessment.Assessment, revision int, progress *Summary) Summary {
	sum := Summary{
		ID: a.ID, Name: a.Name, Site: a.Profile.Site, Respondent: a.Profile.Respondent,
		Date: a.Profile.Date, Updated: a.Updated, Revision: revision,
	}
	switch {
	case progress != nil:
		sum.Progress, sum.Score, sum.Unmeasured = progress.Progress, progress.Score, progress.Unmeasured
	case s.Measure != nil:
		sum.Progress, sum.Score = s.Measure(a)
	default:
		sum.Unmeasured = true
	}
	return sum
}

// readIndex returns the index by id; ok is false when it is missing or
// corrupt (the caller then rebuilds it).
func (s *Store) readIndex() (map[string]Summary, bool) {
	raw, ok, err := s.b.Get(indexKey)
	if err != nil || !ok {
		return map[string]Summary{}, false
	}
	var list []Summary
	if json.Unmarshal([]byte(raw), &list) != nil {
		return map[string]Summary{}, false
	}
	m := make(map[string]Summary, len(list))
	for _, sum := range list {
		if sum.ID == "" || sum.Revision < 1 {
			return map[string]Summary{}, false
		}
		m[sum.ID] = sum
	}
	return m, true
}

func (s *Store) writeIndex(sums []Summary) error {
	list := slices.Clone(sums)
	if list == nil {
		list = []Summary{}
	}
	order.Stable(list, func(a, b Summary) int { return strings.Compare(a.ID, b.ID) })
	raw, err := json.Marshal(list)
	if err != nil {
		return fmt.Errorf("encode index: %w", err)
	}
	return s.b.Set(indexKey, string(raw))
}

// updateIndex applies edit to the index and writes it back. Failures are
// ignored: the assessment keys are the truth and List repairs the index.
func (s *Store) updateIndex(edit func(map[string]Summary)) {
	index, _ := s.readIndex()
	edit(index)
	list := make([]Summary, 0, len(index))
	for _, sum := range index {
		list = append(list, sum)
	}
	_ = s.writeIndex(list)
}

// Load returns the stored assessment id and its revision, to pass as the
// base revision of the next Save. It returns ErrNotFound, ErrTooNew, or
// ErrCorrupt (after copying the value to quarantine).
func (s *Store) Load(id string) (assessment.Assessment, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.load(id)
}

func (s *Store) load(id string) (assessment.Assessment, int, error) {
	if err := checkID(id); err != nil {
		return assessment.Assessment{}, 0, fmt.Errorf("load: %w", err)
	}
	key := keyOf(id)
	raw, ok, err := s.b.Get(key)
	if err != nil {
		return assessment.Assessment{}, 0, fmt.Errorf("load %q: %w", id, err)
	}
	if !ok {
		return assessment.Assessment{}, 0, fmt.Errorf("load %q: %w", id, ErrNotFound)
	}
	a, rev, p := readValue(id, raw)
	if p != nil {
		return assessment.Assessment{}, 0, s.problemErr("load", key, raw, p)
	}
	s.known[key] = raw
	return a, rev, nil
}

// readValue decodes the stored value raw of assessment id.
func readValue(id, raw string) (assessment.Assessment, int, *problem) {
	env, p := parseEnvelope(raw)
	if p != nil {
		return assessment.Assessment{}, 0, p
	}
	a, p := decodeData(id, env)
	if p != nil {
		return assessment.Assessment{}, 0, p
	}
	return a, env.Revision, nil
}

// jsonCount parses a JSON number that is a whole number of up to nine
// digits at the start of s, and returns what follows it; -1 when there is
// none (JSON allows no leading zeros).
func jsonCount(s string) (int, string) {
	if len(s) > 1 && s[0] == '0' && s[1] >= '0' && s[1] <= '9' {
		return -1, s
	}
	return leadingInt(s)
}

// plainString reads prefix followed by a JSON string of printable ASCII
// without escapes, and returns the string and what follows it.
func plainString(s, prefix string) (string, string, bool) {
	rest, ok := strings.CutPrefix(s, prefix+`"`)
	if !ok {
		return "", s, false
	}
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case c == '"':
			return rest[:i], rest[i+1:], true
		case c < 0x20 || c > 0x7e || c == '\\':
			return "", s, false
		}
	}
	return "", s, false
}

// Revision returns the revision of the stored assessment id, to pass as
// the base revision of a Save that overwrites whatever is stored: the UI
// uses it when the user chose to keep this window's version after a
// conflict. It returns ErrNotFound when nothing is stored under id (then
// base revision 0 stores it again), ErrTooNew, or ErrCorrupt.
func (s *Store) Revision(id string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkID(id); err != nil {
		return 0, fmt.Errorf("read revision: %w", err)
	}
	key := keyOf(id)
	raw, ok, err := s.b.Get(key)
	if err != nil {
		return 0, fmt.Errorf("read revision of %q: %w", id, err)
	}
	if !ok {
		return 0, fmt.Errorf("read revision of %q: %w", id, ErrNotFound)
	}
	env, p := parseEnvelope(raw)
	if p != nil {
		return 0, s.problemErr("read revision of", key, raw, p)
	}
	return env.Revision, nil
}

// Save stores a and returns its new revision. baseRevision is the revision
// the caller loaded or last saved (0 for a new assessment); when the stored
// revision differs, another window saved in between and Save returns
// ErrConflict instead of overwriting. When baseRevision is above 0 and
// nothing is stored any more, another window deleted the assessment and
// Save returns ErrDeleted instead of bringing it back; the caller asks the
// user, and stores it again with baseRevision 0. Save also refuses to
// overwrite a value from a newer version (ErrTooNew) or an unreadable one
// (ErrCorrupt).
//
// Save fills the summary's ID, Name, Site, Respondent, Date, Updated and
// Revision from a; the caller supplies Progress and Score. a is validated
// first (ErrInvalid). On failure (including ErrQuota) the previously stored
// value is unchanged.
func (s *Store) Save(a assessment.Assessment, sum Summary, baseRevision int) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.save(a, sum, baseRevision)
}

func (s *Store) save(a assessment.Assessment, sum Summary, baseRevision int) (int, error) {
	if err := checkID(a.ID); err != nil {
		return 0, fmt.Errorf("save: %w", err)
	}
	if a.Schema > assessment.SchemaVersion {
		return 0, fmt.Errorf("save %q: %w: record format %d, this version writes %d", a.ID, ErrTooNew, a.Schema, assessment.SchemaVersion)
	}
	key := keyOf(a.ID)
	cur, exists, err := s.b.Get(key)
	if err != nil {
		return 0, fmt.Errorf("save %q: read the stored version: %w", a.ID, err)
	}
	rev := 1
	if !exists && baseRevision > 0 {
		return 0, fmt.Errorf("save %q: %w (this window has revision %d): store it again explicitly, or close it", a.ID, ErrDeleted, baseRevision)
	}
	if exists {
		env, fast := envelope{}, false
		if s.known[key] == cur {
			// The value this Store loaded or wrote, so known to be good: its
			// revision, in the head, is all that is needed, and every
			// autosave is spared decoding the whole value.
			var rest string
			env, rest, fast = envelopeHead(cur)
			fast = fast && strings.HasPrefix(rest, `,"data":`)
		}
		if !fast {
			var p *problem
			env, p = parseEnvelope(cur)
			if p == nil && s.known[key] != cur {
				// Not the value this Store loaded or wrote: check that it
				// is readable before replacing it.
				_, p = decodeData(a.ID, env)
			}
			if p != nil {
				return 0, s.problemErr("save", key, cur, p)
			}
		}
		if env.Revision != baseRevision {
			return 0, fmt.Errorf("save %q: %w (stored revision %d, this window has revision %d): reload it, or keep this window's version explicitly",
				a.ID, ErrConflict, env.Revision, baseRevision)
		}
		rev = env.Revision + 1
	}
	a.Schema = assessment.SchemaVersion
	if err := assessment.Validate(a); err != nil {
		return 0, fmt.Errorf("save %q: %w: %w", a.ID, ErrInvalid, err)
	}
	data, err := json.Marshal(a)
	if err != nil {
		return 0, fmt.Errorf("save %q: encode: %w", a.ID, err)
	}
	raw, err := marshalEnvelope(envelope{
		Schema:     assessment.SchemaVersion,
		AppVersion: assessment.ToolVersion,
		SavedAt:    s.now().UTC().Format(time.RFC3339),
		Revision:   rev,
		Data:       data,
	})
	if err != nil {
		return 0, fmt.Errorf("save %q: encode envelope: %w", a.ID, err)
	}
	if err := s.b.Set(key, string(raw)); err != nil {
		return 0, fmt.Errorf("save %q: %w; the previously saved version is unchanged", a.ID, err)
	}
	s.known[key] = string(raw)
	// Assessment first, index second: see the Store comment.
	entry := s.summarize(a, rev, &sum)
	entry.Size = UTF16Len(string(raw))
	s.updateIndex(func(m map[string]Summary) { m[a.ID] = entry })
	return rev, nil
}

// Delete removes the assessment id. Deleting a missing assessment is not an
// error. An unreadable value is copied to quarantine first; if that copy
// cannot be made, Delete refuses so that nothing is lost unseen.
func (s *Store) Delete(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkID(id); err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	key := keyOf(id)
	raw, ok, err := s.b.Get(key)
	if err != nil {
		return fmt.Errorf("delete %q: %w", id, err)
	}
	if ok {
		env, p := parseEnvelope(raw)
		if p == nil {
			_, p = decodeData(id, env)
		}
		if p != nil && !p.tooNew {
			if _, err := s.quarantine(key, raw, p.reason); err != nil {
				return fmt.Errorf("delete %q: it cannot be read and a copy could not be kept, so it was not deleted: %w", id, err)
			}
		}
		if err := s.b.Remove(key); err != nil {
			return fmt.Errorf("delete %q: %w", id, err)
		}
	}
	delete(s.known, key)
	s.updateIndex(func(m map[string]Summary) { delete(m, id) })
	return nil
}

// Rename sets the name of the stored assessment id. It bumps the revision,
// so a window that has the assessment open sees a conflict on its next
// save; the open editor should rename through its Autosaver instead.
func (s *Store) Rename(id, name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	name = strings.TrimSpace(name)
	if name == "" {
		return fmt.Errorf(l10n.T("rename %q: the name is empty"), id)
	}
	a, rev, err := s.load(id)
	if err != nil {
		return fmt.Errorf("rename: %w", err)
	}
	a.Name = name
	a.Updated = s.now().UTC().Format(time.RFC3339)
	if _, err := s.save(a, s.indexed(id), rev); err != nil {
		return fmt.Errorf("rename: %w", err)
	}
	return nil
}

// Duplicate stores a copy of assessment id under newID, named "<name>
// (copy)" and created at now, and returns it.
func (s *Store) Duplicate(id, newID string, now time.Time) (assessment.Assessment, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkID(newID); err != nil {
		return assessment.Assessment{}, fmt.Errorf("duplicate %q: %w", id, err)
	}
	a, _, err := s.load(id)
	if err != nil {
		return assessment.Assessment{}, fmt.Errorf("duplicate: %w", err)
	}
	if _, ok, err := s.b.Get(keyOf(newID)); err != nil {
		return assessment.Assessment{}, fmt.Errorf("duplicate %q: %w", id, err)
	} else if ok {
		return assessment.Assessment{}, fmt.Errorf("duplicate %q as %q: %w", id, newID, ErrExists)
	}
	// A JSON round trip gives a deep copy: the maps must not be shared with
	// the original, which the caller may still be editing.
	raw, err := json.Marshal(a)
	if err != nil {
		return assessment.Assessment{}, fmt.Errorf("duplicate %q: encode: %w", id, err)
	}
	var c assessment.Assessment
	if err := json.Unmarshal(raw, &c); err != nil {
		return assessment.Assessment{}, fmt.Errorf("duplicate %q: decode: %w", id, err)
	}
	stamp := now.UTC().Format(time.RFC3339)
	c.ID, c.Name, c.Created, c.Updated = newID, a.Name+" (copy)", stamp, stamp
	if _, err := s.save(c, s.indexed(id), 0); err != nil {
		return assessment.Assessment{}, fmt.Errorf("duplicate: %w", err)
	}
	return c, nil
}

// indexed returns the index entry of id (for its Progress and Score), or a
// zero Summary.
func (s *Store) indexed(id string) Summary {
	index, _ := s.readIndex()
	return index[id]
}

// Usage returns the size of this package's keys and values in UTF-16 code
// units, the unit of the browser quota (about 5 million for local files in
// Chromium, shared with every other local file).
func (s *Store) Usage() (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys, err := s.b.Keys()
	if err != nil {
		return 0, fmt.Errorf("measure storage: %w", err)
	}
	n := 0
	for _, k := range keys {
		if !IsOwnKey(k) {
			continue
		}
		_, size, ok, err := s.b.Head(k, 0)
		if err != nil {
			return 0, fmt.Errorf("measure storage: %w", err)
		}
		if ok {
			n += UTF16Len(k) + size
		}
	}
	return n, nil
}

// Raw returns the value stored under key exactly as stored, for download.
// key must be in this package's namespace.
func (s *Store) Raw(key string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !IsOwnKey(key) {
		return "", fmt.Errorf("read %q: not a key of this tool", key)
	}
	v, ok, err := s.b.Get(key)
	if err != nil {
		return "", fmt.Errorf("read %q: %w", key, err)
	}
	if !ok {
		return "", fmt.Errorf("read %q: nothing is stored there", key)
	}
	return v, nil
}

// quarantineRecord is the stored form of a Quarantine. The original value
// is kept as a JSON string, which round-trips any valid UTF-8 exactly (all
// strings read from localStorage are); anything else is kept in base64.
type quarantineRecord struct {
	Source    string `json:"source"`
	Reason    string `json:"reason"`
	At        string `json:"quarantinedAt"`
	Raw       string `json:"raw,omitempty"`
	RawBase64 string `json:"rawBase64,omitempty"`
}

// quarantine copies raw, read from key, to a new quarantine key and returns
// that key. It is idempotent: if the same value from the same key is already
// quarantined, it returns the existing key instead of making another copy.
func (s *Store) quarantine(key, raw, reason string) (string, error) {
	existing, err := s.quarantined()
	if err != nil {
		return "", err
	}
	name := strings.TrimPrefix(key, Prefix)
	if id, ok := IsAssessmentKey(key); ok {
		name = id
	}
	name = strings.ReplaceAll(name, "/", "_")
	n := 0
	for _, q := range existing {
		if q.Source == key && q.Raw == raw {
			return q.Key, nil
		}
		if rest, ok := strings.CutPrefix(q.Key, quarantinePrefix+name+"-"); ok {
			if i, err := strconv.Atoi(rest); err == nil && i > n {
				n = i
			}
		}
	}
	rec := quarantineRecord{Source: key, Reason: reason, At: s.now().UTC().Format(time.RFC3339)}
	if utf8.ValidString(raw) {
		rec.Raw = raw
	} else {
		rec.RawBase64 = base64.StdEncoding.EncodeToString([]byte(raw))
	}
	v, err := json.Marshal(rec)
	if err != nil {
		return "", fmt.Errorf("quarantine %q: encode: %w", key, err)
	}
	qk := quarantinePrefix + name + "-" + strconv.Itoa(n+1)
	if err := s.b.Set(qk, string(v)); err != nil {
		return "", fmt.Errorf("quarantine %q: %w", key, err)
	}
	return qk, nil
}

// Quarantined lists the kept copies of unreadable values, by key.
func (s *Store) Quarantined() ([]Quarantine, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.quarantined()
}

func (s *Store) quarantined() ([]Quarantine, error) {
	keys, err := s.b.Keys()
	if err != nil {
		return nil, fmt.Errorf("list quarantine: %w", err)
	}
	var out []Quarantine
	for _, k := range keys {
		if !strings.HasPrefix(k, quarantinePrefix) {
			continue
		}
		v, ok, err := s.b.Get(k)
		if err != nil {
			return nil, fmt.Errorf("list quarantine: read %q: %w", k, err)
		}
		if !ok {
			continue
		}
		out = append(out, parseQuarantine(k, v))
	}
	order.Stable(out, func(a, b Quarantine) int { return strings.Compare(a.Key, b.Key) })
	return out, nil
}

func parseQuarantine(key, v string) Quarantine {
	var rec quarantineRecord
	if err := json.Unmarshal([]byte(v), &rec); err == nil && rec.Source != "" {
		q := Quarantine{Key: key, Source: rec.Source, Reason: rec.Reason, At: rec.At, Raw: rec.Raw}
		if rec.RawBase64 == "" {
			return q
		}
		if b, err := base64.StdEncoding.DecodeString(rec.RawBase64); err == nil {
			q.Raw = string(b)
			return q
		}
	}
	// Never hide a value: show what is there even if it is not a record.
	return Quarantine{Key: key, Reason: "the quarantine record itself is unreadable; shown as stored", Raw: v}
}

// DiscardQuarantine removes the quarantine copy under key, on the user's
// explicit request. If the original key still holds exactly the same value,
// that is removed too: the user has discarded that data, and removing it
// frees the id for new saves.
func (s *Store) DiscardQuarantine(key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.discardQuarantine(key); err != nil {
		return fmt.Errorf("discard %q: %w", key, err)
	}
	return nil
}

// discardQuarantine does the work of DiscardQuarantine, which adds the key
// to every error.
func (s *Store) discardQuarantine(key string) error {
	if !strings.HasPrefix(key, quarantinePrefix) {
		return errors.New("not a quarantine key")
	}
	v, ok, err := s.b.Get(key)
	if err != nil || !ok {
		return err
	}
	q := parseQuarantine(key, v)
	if q.Source != "" && IsOwnKey(q.Source) {
		cur, ok, err := s.b.Get(q.Source)
		if err != nil {
			return err
		}
		if ok && cur == q.Raw {
			if err := s.b.Remove(q.Source); err != nil {
				return fmt.Errorf("remove the original: %w", err)
			}
			delete(s.known, q.Source)
			if id, ok := IsAssessmentKey(q.Source); ok {
				s.updateIndex(func(m map[string]Summary) { delete(m, id) })
			}
		}
	}
	return s.b.Remove(key)
}

// Free returns how much of quota (UTF-16 code units over keys and values)
// is left, counting every key of the bucket: other local files' keys take
// the same quota. It is an estimate to check a large write against before
// starting it; the browser's own count decides, and a write it refuses
// still fails with ErrQuota.
func (s *Store) Free(quota int) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys, err := s.b.Keys()
	if err != nil {
		return 0, fmt.Errorf("measure storage: %w", err)
	}
	used := 0
	for _, k := range keys {
		_, size, ok, err := s.b.Head(k, 0)
		if err != nil {
			return 0, fmt.Errorf("measure storage: %w", err)
		}
		if ok {
			used += UTF16Len(k) + size
		}
	}
	return quota - used, nil
}

// StoredSize estimates what storing a takes, in UTF-16 code units: its key,
// its envelope and its index entry. Save writes exactly the first two; the
// index entry is counted generously.
func StoredSize(a assessment.Assessment) (int, error) {
	data, err := json.Marshal(a)
	if err != nil {
		return 0, fmt.Errorf("measure %q: %w", a.ID, err)
	}
	const envelopeAndIndex = 128 + 512
	return UTF16Len(keyOf(a.ID)) + UTF16Len(string(data)) + envelopeAndIndex, nil
}

// Size returns the stored size of assessment id, key and value, in UTF-16
// code units; 0 when none is stored.
func (s *Store) Size(id string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkID(id); err != nil {
		return 0, fmt.Errorf("measure: %w", err)
	}
	_, size, ok, err := s.b.Head(keyOf(id), 0)
	if err != nil || !ok {
		return 0, err
	}
	return UTF16Len(keyOf(id)) + size, nil
}

// RawValue returns the value stored for assessment id exactly as stored,
// for RestoreRaw; ok is false when none is stored.
func (s *Store) RawValue(id string) (raw string, ok bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkID(id); err != nil {
		return "", false, fmt.Errorf("read: %w", err)
	}
	raw, ok, err = s.b.Get(keyOf(id))
	if err != nil {
		return "", false, fmt.Errorf("read %q: %w", id, err)
	}
	return raw, ok, nil
}

// RestoreRaw puts back a value RawValue returned, byte for byte, revision
// included: an operation taken back leaves no trace, and a window that
// has the assessment open sees no conflict. Its index entry is dropped,
// for List to rebuild from the value.
func (s *Store) RestoreRaw(id, raw string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkID(id); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	key := keyOf(id)
	if err := s.b.Set(key, raw); err != nil {
		return fmt.Errorf("restore %q: %w", id, err)
	}
	s.known[key] = raw
	s.updateIndex(func(m map[string]Summary) { delete(m, id) })
	return nil
}
