package assessment

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnswerTensions: a practice at level 3 or 4 that presupposes another
// answered at 0 or 1 is named with both answers; level 2, "unknown", "not
// applicable" and a question the profile does not ask name nothing.
func TestAnswerTensions(t *testing.T) {
	nis2 := Profile{NIS2: NIS2Essential, Plants: 2}
	gmpNIS2 := Profile{NIS2: NIS2Essential, Plants: 2, Validated: true}
	tests := []struct {
		name    string
		profile Profile
		answers []string
		want    []string // "HIGH>LOW"
	}{
		{"none answered", nis2, nil, nil},
		{"high over weak", nis2, []string{"GOV-09=3", "ROL-05=1"}, []string{"GOV-09>ROL-05"}},
		{"level 4 over 0", nis2, []string{"GOV-02=4", "GOV-01=0"}, []string{"GOV-02>GOV-01"}},
		{"high over defined", nis2, []string{"GOV-09=3", "ROL-05=2"}, nil},
		{"defined over weak", nis2, []string{"GOV-09=2", "ROL-05=0"}, nil},
		{"high over unknown", nis2, []string{"GOV-09=4", "ROL-05=unknown"}, nil},
		{"high over not applicable", nis2, []string{"BRF-06=3", "SCO-03=na"}, nil},
		{"one low, two highs", nis2, []string{"INC-07=3", "INC-08=4", "INC-01=1"}, []string{"INC-07>INC-01", "INC-08>INC-01"}},
		// INC-08 is a NIS2 question: outside NIS2 it is not asked.
		{"high not asked", Profile{NIS2: NIS2OutOfScope, Plants: 2}, []string{"INC-08=4", "INC-01=1"}, nil},
		// CHG-03 is asked on a GMP site only.
		{"validation not asked", nis2, []string{"CHG-02=3", "CHG-03=1"}, nil},
		{"every rule", gmpNIS2, []string{"GOV-02=3", "GOV-01=1", "GOV-09=3", "ROL-05=0", "ROL-08=3", "ROL-03=1", "BRF-06=4", "SCO-03=0", "CHG-04=3", "BRF-03=1", "CHG-02=3", "CHG-03=0", "INC-07=3", "INC-08=3", "INC-01=0", "PRA-05=4", "PRA-07=0"},
			[]string{"GOV-02>GOV-01", "GOV-09>ROL-05", "ROL-08>ROL-03", "BRF-06>SCO-03", "CHG-04>BRF-03", "CHG-02>CHG-03", "INC-07>INC-01", "PRA-05>PRA-07", "INC-08>INC-01"}},
		// Review 44: the audit lead's practice praised at level 4 while
		// no audit reaches the plants.
		{"audits praised, plants unaudited", nis2, []string{"PRA-05=4", "PRA-07=1"}, []string{"PRA-05>PRA-07"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, x := range AnswerTensions(Assessment{Profile: tt.profile, Answers: answers(tt.answers...)}) {
				got = append(got, x.High+">"+x.Low)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestAnswerTensionText: the sentence gives both answers as given and the
// reason.
func TestAnswerTensionText(t *testing.T) {
	ts := AnswerTensions(Assessment{Profile: Profile{Plants: 2}, Answers: answers("GOV-09=3", "ROL-05=1")})
	require.Len(t, ts, 1)
	assert.Equal(t, "GOV-09 is answered \u201cImplemented\u201d, but ROL-05 \u201cInitial\u201d: if the ISMS team owns the risks, the acceptances GOV-09 counts were signed by people without authority over the plants; check who signed the last acceptances for plant systems.", ts[0].Text())
}

// TestTensionRulesAsked: every rule names two questions of the bank, and
// no question presupposes itself.
func TestTensionRulesAsked(t *testing.T) {
	for _, r := range tensionRules {
		_, ok := QuestionByID(r.high)
		assert.True(t, ok, r.high)
		_, ok = QuestionByID(r.low)
		assert.True(t, ok, r.low)
		assert.NotEqual(t, r.high, r.low)
	}
}
