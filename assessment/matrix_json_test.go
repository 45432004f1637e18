package assessment

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"
)

// stdMatrix decodes b the way encoding/json does without our method.
func stdMatrix(b []byte, into Matrix) (Matrix, error) {
	m := into
	err := json.Unmarshal(b, (*map[CellKey]RACI)(&m))
	return m, err
}

func TestMatrixUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name  string
		input string
		into  Matrix
		fast  bool // the fast path takes it
	}{
		{name: "Empty", input: `{}`, fast: true},
		{name: "OneRow", input: `{"5.1/it":{"isms-owner":"A","it":"R"}}`, fast: true},
		{name: "EmptyRow", input: `{"5.1/it":{}}`, fast: true},
		{name: "Spaces", input: " {\n \"5.1/ot\" : { \"ot\" : \"R\" } ,\r\n\t\"8.9/shared\":{\"it\":\"C\"} } ", fast: true},
		{name: "DuplicateRowLastWins", input: `{"5.1/it":{"it":"R"},"5.1/it":{"ot":"C"}}`, fast: true},
		{name: "DuplicateRole", input: `{"5.1/it":{"it":"R","it":"A"}}`, fast: true},
		{name: "UnknownValuesKept", input: `{"9.9/lab":{"janitor":"X"}}`, fast: true},
		{name: "MergesIntoExisting", input: `{"5.1/it":{"it":"R"}}`, into: Matrix{{"5.2", DomainOT}: {RoleOT: LetterAccountable}}, fast: true},
		{name: "Null", input: `null`},
		{name: "NullRow", input: `{"5.1/it":null}`},
		{name: "Escape", input: `{"5.1\/it":{"it":"R"}}`},
		{name: "Unicode", input: `{"5.1/it":{"it":"É"}}`},
		{name: "BadKey", input: `{"5.1":{"it":"R"}}`},
		{name: "EmptyControl", input: `{"/it":{"it":"R"}}`},
		{name: "NumberLetter", input: `{"5.1/it":{"it":1}}`},
		{name: "TrailingComma", input: `{"5.1/it":{"it":"R"},}`},
		{name: "NotObject", input: `[1]`},
		{name: "Truncated", input: `{"5.1/it":{"it":"R"}`},
		{name: "TrailingData", input: `{} {}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := parseMatrix([]byte(tt.input), nil); ok != tt.fast {
				t.Errorf("fast path taken = %v, want %v", ok, tt.fast)
			}
			want, wantErr := stdMatrix([]byte(tt.input), copyInto(tt.into))
			got := copyInto(tt.into)
			err := got.UnmarshalJSON([]byte(tt.input))
			if fmt.Sprint(err) != fmt.Sprint(wantErr) {
				t.Fatalf("error = %v, want %v", err, wantErr)
			}
			if err == nil && !reflect.DeepEqual(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

// copyInto copies m, keeping nil as nil, so that both decoders start from
// equal maps.
func copyInto(m Matrix) Matrix {
	if m == nil {
		return nil
	}
	return cloneMatrix(m)
}

// A stored assessment's matrix, as the tool writes it, takes the fast path
// and reads back equal.
func TestMatrixUnmarshalSample(t *testing.T) {
	a := Sample(3, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
	raw, err := json.Marshal(a.Matrix)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := parseMatrix(raw, nil); !ok {
		t.Fatal("the tool's own matrix JSON misses the fast path")
	}
	var got Matrix
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, a.Matrix) {
		t.Error("matrix changed on the way through JSON")
	}
}

func FuzzMatrixUnmarshalJSON(f *testing.F) {
	raw, _ := json.Marshal(Sample(1, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)).Matrix)
	for _, s := range []string{`{}`, `{"5.1/it":{"it":"R"}}`, `{"5.1/it":null}`, string(raw)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		want, wantErr := stdMatrix(b, nil)
		var got Matrix
		err := got.UnmarshalJSON(b)
		if (err == nil) != (wantErr == nil) {
			t.Fatalf("error = %v, want %v", err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	raw, err := json.Marshal(Sample(0, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(raw); err != nil {
			b.Fatal(err)
		}
	}
}
