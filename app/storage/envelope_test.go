package storage

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// sameRead fails unless readValue and readFull agree on raw.
func sameRead(t *testing.T, name, id, raw string) {
	t.Helper()
	a1, r1, p1 := readValue(id, raw)
	a2, r2, p2 := readFull(id, raw)
	if !reflect.DeepEqual(a1, a2) || r1 != r2 || !reflect.DeepEqual(p1, p2) {
		t.Errorf("%s: readValue = rev %d, problem %+v; the full read = rev %d, problem %+v (same assessment: %v)",
			name, r1, p1, r2, p2, reflect.DeepEqual(a1, a2))
	}
}

// storedRaw is the value Save writes for a.
func storedRaw(t testing.TB, a assessment.Assessment) string {
	t.Helper()
	m := NewMemory()
	if _, err := New(m, fixedNow).Save(a, Summary{}, 0); err != nil {
		t.Fatal(err)
	}
	raw, ok, err := m.Get(keyOf(a.ID))
	if err != nil || !ok {
		t.Fatalf("stored value of %s: %v %v", a.ID, ok, err)
	}
	return raw
}

// TestReadValueFastPath: the hand-read envelope takes exactly the values
// save writes, and every value reads the same as with encoding/json alone.
func TestReadValueFastPath(t *testing.T) {
	raw := storedRaw(t, sample("f", "Fast"))
	sv := strconv.Itoa(assessment.SchemaVersion)
	if !strings.HasPrefix(raw, `{"schema":`+sv+`,"appVersion":"`) || !strings.Contains(raw, `","revision":1,"data":{"schema":`+sv+`,`) {
		t.Fatalf("save writes another form than fastEnvelope reads: %.120s", raw)
	}
	head, data, _ := strings.Cut(raw, `"data":`)
	// swap replaces old in raw, where "S" in old and new stands for the
	// schema version.
	swap := func(old, new string) string {
		old, new = strings.ReplaceAll(old, "S", sv), strings.ReplaceAll(new, "S", sv)
		if !strings.Contains(raw, old) {
			t.Fatalf("the stored value has no %q", old)
		}
		return strings.Replace(raw, old, new, 1)
	}
	tests := []struct {
		name string
		raw  string
		fast bool // fastEnvelope accepts it
	}{
		{"as saved", raw, true},
		{"schema with a leading zero", swap(`{"schema":S`, `{"schema":0S`), false},
		{"revision with a leading zero", swap(`"revision":1,`, `"revision":01,`), false},
		{"revision 0", swap(`"revision":1,`, `"revision":0,`), false},
		{"negative revision", swap(`"revision":1,`, `"revision":-1,`), false},
		{"revision with a fraction", swap(`"revision":1,`, `"revision":1.5,`), false},
		{"newer schema", swap(`{"schema":S`, `{"schema":9`), false},
		{"escaped app version", swap(`"appVersion":"`, `"appVersion":"\u0031`), false},
		{"non-ASCII date", swap(`"savedAt":"`, `"savedAt":"é`), false},
		{"space after a colon", swap(`"revision":1,`, `"revision": 1,`), false},
		{"space at the end", raw + " ", false},
		{"member after data", strings.TrimSuffix(raw, "}") + `,"note":"x"}`, true},
		{"data schema too new", swap(`"data":{"schema":S,`, `"data":{"schema":9,`), false},
		{"data schema with a fraction", swap(`"data":{"schema":S,`, `"data":{"schema":S.0,`), false},
		{"data without schema first", head + `"data":{"id":"f",` + strings.TrimPrefix(data, `{"schema":`+sv+`,`), false},
		{"data cut short", raw[:len(raw)-40] + "}", true},
		{"data not JSON", head + `"data":{"schema":` + sv + `,]}`, true},
		{"other id", swap(`"id":"f"`, `"id":"g"`), true},
		{"not JSON", "garbage", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		if _, ok := fastEnvelope(tt.raw); ok != tt.fast {
			t.Errorf("%s: fastEnvelope ok = %v, want %v", tt.name, ok, tt.fast)
		}
		sameRead(t, tt.name, "f", tt.raw)
	}
	// The plain case really is read, not handed on.
	if a, rev, p := readValue("f", raw); p != nil || rev != 1 || a.Name != "Fast" {
		t.Errorf("readValue(as saved) = %q, rev %d, %+v", a.Name, rev, p)
	}
}

func TestJSONCount(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		rest string
	}{
		{"0,", 0, ","}, {"7}", 7, "}"}, {"42", 42, ""}, {"01", -1, "01"}, {"00", -1, "00"},
		{"", -1, ""}, {"-1", -1, "-1"}, {"123456789,", 123456789, ","}, {"1234567890", -1, "1234567890"},
	} {
		if n, rest := jsonCount(tt.in); n != tt.n || rest != tt.rest {
			t.Errorf("jsonCount(%q) = %d, %q; want %d, %q", tt.in, n, rest, tt.n, tt.rest)
		}
	}
}

// FuzzReadValue: whatever is stored, the fast path reads it as the full
// read does.
func FuzzReadValue(f *testing.F) {
	raw := storedRaw(f, sample("f", "Fuzz"))
	f.Add(raw)
	f.Add(strings.Replace(raw, `"revision":1`, `"revision":01`, 1))
	f.Add(strings.TrimSuffix(raw, "}") + `,"x":1}`)
	f.Add(`{"schema":2,"appVersion":"a","savedAt":"b","revision":3,"data":{"schema":2}}`)
	f.Fuzz(func(t *testing.T, raw string) {
		sameRead(t, "fuzz", "f", raw)
	})
}

func TestMarshalEnvelope(t *testing.T) {
	data, err := json.Marshal(assessment.Sample(1, fixedNow()))
	if err != nil {
		t.Fatal(err)
	}
	for _, env := range []envelope{
		{Schema: assessment.SchemaVersion, AppVersion: assessment.ToolVersion, SavedAt: "2026-03-01T10:00:00Z", Revision: 7, Data: data},
		{Schema: 1, AppVersion: `odd "<&>" é`, SavedAt: "", Revision: 123456789012, Data: json.RawMessage(`{"schema":1}`)},
	} {
		want, err := json.Marshal(env)
		if err != nil {
			t.Fatal(err)
		}
		got, err := marshalEnvelope(env)
		if err != nil || string(got) != string(want) {
			t.Errorf("marshalEnvelope = %.200s, %v\nwant            %.200s", got, err, want)
		}
	}
}
