package compare

import (
	"slices"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// HolderView is what one respondent's role register says about a role.
type HolderView struct {
	Respondent int    // index into the site's Respondents
	Name       string // the holder named, as typed
}

// HolderDisagreement is a role that two or more respondents of one site
// and round name different holders for (compared by
// assessment.PersonKey). Respondents who name nobody are not counted: a
// register not filled in is a question not answered, not an answer. The
// steering group must settle who holds the role before the roles
// document is issued (ISO/IEC 27001:2022 5.3).
type HolderDisagreement struct {
	Site  int // index into Set.Sites
	Role  assessment.Role
	Views []HolderView // the respondents who named a holder, in respondent order
}

// holderDisagreements lists, site by site and role by role (in
// assessment.RACIRoles order), the roles whose named holders differ.
func holderDisagreements(sites []Site) []HolderDisagreement {
	var out []HolderDisagreement
	for si, site := range sites {
		if len(site.Respondents) < 2 {
			continue
		}
		for _, role := range assessment.RACIRoles {
			var views []HolderView
			var keys []string
			for ri, r := range site.Respondents {
				n := r.A.Holders[role].Name
				if n == "" {
					continue
				}
				views = append(views, HolderView{Respondent: ri, Name: n})
				if k := assessment.PersonKey(n); !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
			}
			if len(keys) > 1 {
				out = append(out, HolderDisagreement{Site: si, Role: role, Views: views})
			}
		}
	}
	return out
}
