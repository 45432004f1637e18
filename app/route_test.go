package app

import "testing"

func TestParseRoute(t *testing.T) {
	tests := []struct {
		Name     string
		Fragment string
		Want     Route
	}{
		{"Empty", "", Route{View: ViewHome}},
		{"Hash", "#", Route{View: ViewHome}},
		{"Slash", "#/", Route{View: ViewHome}},
		{"Compare", "#/compare", Route{View: ViewCompare}},
		{"IDOnly", "#/abc123", Route{ID: "abc123", View: ViewProfile}},
		{"Matrix", "#/abc123/matrix", Route{ID: "abc123", View: ViewMatrix}},
		{"Question", "#/abc123/questions/GOV-02", Route{ID: "abc123", View: ViewQuestions, Question: "GOV-02"}},
		{"Control", "#/abc123/matrix/8.16", Route{ID: "abc123", View: ViewMatrix, Control: "8.16"}},
		{"UnknownControl", "#/abc123/matrix/9.99", Route{ID: "abc123", View: ViewMatrix}},
		{"ControlOfAnotherView", "#/abc123/results/8.16", Route{ID: "abc123", View: ViewResults}},
		{"UnknownView", "#/abc123/nope", Route{ID: "abc123", View: ViewProfile}},
		{"BadID", "#/<script>/matrix", Route{View: ViewHome}},
		{"LongID", "#/" + string(make([]byte, 65)), Route{View: ViewHome}},
		{"NoHash", "/abc123/results", Route{ID: "abc123", View: ViewResults}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := ParseRoute(tt.Fragment); got != tt.Want {
				t.Errorf("ParseRoute(%q) = %+v, want %+v", tt.Fragment, got, tt.Want)
			}
		})
	}
}

func TestRouteFragmentRoundTrip(t *testing.T) {
	for _, r := range []Route{
		{View: ViewHome},
		{View: ViewCompare},
		{ID: "a1", View: ViewProfile},
		{ID: "a1", View: ViewQuestions},
		{ID: "a1", View: ViewQuestions, Question: "CHG-03"},
		{ID: "a_b-c", View: ViewReport},
		{ID: "a1", View: ViewMatrix, Control: "5.15"},
	} {
		if got := ParseRoute(r.Fragment()); got != r {
			t.Errorf("ParseRoute(%q) = %+v, want %+v", r.Fragment(), got, r)
		}
	}
}
