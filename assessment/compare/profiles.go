package compare

import (
	"github.com/isms-tools/ownership-assessment/assessment"
)

// ProfileDifference is a scope field (see assessment.ScopeFields) on which the
// respondents of one site and round differ: they describe different
// scopes, so their answers are not about the same thing, and which
// questions the consensus asks depends on which profile it takes.
type ProfileDifference struct {
	Site  int // index into Set.Sites
	Field assessment.ProfileField
	// Values are each respondent's value, as Field.Display says it, in
	// respondent order; a consensus assessment is left out.
	Values []ProfileValue
}

// ProfileValue is one respondent's value of a ProfileDifference's field.
type ProfileValue struct {
	Respondent int // index into the site's Respondents
	Text       string
}

// profileDifferences lists, per site in Set order, the scope fields its
// respondents give differently, in assessment.ScopeFields order.
func profileDifferences(sites []Site) []ProfileDifference {
	var out []ProfileDifference
	fields := assessment.ScopeFields()
	for si, site := range sites {
		for _, f := range fields {
			var d ProfileDifference
			differ := false
			for ri, r := range site.Respondents {
				if r.A.IsConsensus() {
					continue
				}
				v := ProfileValue{Respondent: ri, Text: f.Display(&r.A.Profile)}
				differ = differ || len(d.Values) > 0 && v.Text != d.Values[0].Text
				d.Values = append(d.Values, v)
			}
			if differ {
				d.Site, d.Field = si, f
				out = append(out, d)
			}
		}
	}
	return out
}
