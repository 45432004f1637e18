package storage

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

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

// TestEnvelopeHead: the hand-read head of a stored value takes exactly the
// form save writes, and agrees with encoding/json where it does.
func TestEnvelopeHead(t *testing.T) {
	raw := storedRaw(t, sample("f", "Fast"))
	sv := strconv.Itoa(assessment.SchemaVersion)
	require.True(t, strings.HasPrefix(raw, `{"schema":`+sv+`,"appVersion":"`), "save writes another form: %.120s", raw)
	// swap replaces old in raw, where "S" in old and new stands for the
	// schema version.
	swap := func(old, new string) string {
		old, new = strings.ReplaceAll(old, "S", sv), strings.ReplaceAll(new, "S", sv)
		require.Contains(t, raw, old)
		return strings.Replace(raw, old, new, 1)
	}
	for _, tt := range []struct {
		name string
		raw  string
		ok   bool // envelopeHead accepts it
	}{
		{"as saved", raw, true},
		{"schema with a leading zero", swap(`{"schema":S`, `{"schema":0S`), false},
		{"revision with a leading zero", swap(`"revision":1,`, `"revision":01,`), false},
		{"revision 0", swap(`"revision":1,`, `"revision":0,`), false},
		{"negative revision", swap(`"revision":1,`, `"revision":-1,`), false},
		{"revision with a fraction", swap(`"revision":1,`, `"revision":1.5,`), false},
		{"newer schema", swap(`{"schema":S`, `{"schema":10`), false},
		{"escaped app version", swap(`"appVersion":"`, `"appVersion":"\u0031`), false},
		{"non-ASCII date", swap(`"savedAt":"`, `"savedAt":"é`), false},
		{"space after a colon", swap(`"revision":1,`, `"revision": 1,`), false},
		{"not JSON", "garbage", false},
		{"empty", "", false},
	} {
		env, rest, ok := envelopeHead(tt.raw)
		ok = ok && strings.HasPrefix(rest, `,"data":`)
		assert.Equal(t, tt.ok, ok, tt.name)
		if !ok {
			continue
		}
		full, p := parseEnvelope(tt.raw)
		require.Nil(t, p, tt.name)
		full.Data = nil
		assert.Equal(t, full, env, tt.name)
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

// FuzzEnvelopeHead: whatever is stored, a head read by hand (and followed
// by the data, as List and Save check) has the fields encoding/json reads
// from the whole value.
func FuzzEnvelopeHead(f *testing.F) {
	raw := storedRaw(f, sample("f", "Fuzz"))
	f.Add(raw)
	f.Add(strings.Replace(raw, `"revision":1`, `"revision":01`, 1))
	f.Add(`{"schema":2,"appVersion":"a","savedAt":"b","revision":3,"data":{"schema":2}}`)
	f.Fuzz(func(t *testing.T, raw string) {
		env, rest, ok := envelopeHead(raw)
		full, p := parseEnvelope(raw)
		if !ok || !strings.HasPrefix(rest, `,"data":`) || p != nil {
			return
		}
		full.Data = nil
		if !reflect.DeepEqual(env, full) {
			t.Errorf("envelopeHead = %+v, encoding/json = %+v", env, full)
		}
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
