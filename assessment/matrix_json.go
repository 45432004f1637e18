package assessment

import (
	"bytes"
	"encoding/json"
)

// UnmarshalJSON reads a matrix without reflection. Through encoding/json's
// reflection, the 279 small maps of a full matrix took four fifths of
// loading a stored assessment (about 7 ms in the browser, where it sits
// between picking a file and seeing its import preview). The fast path takes
// only the plain shape the tool writes: ASCII strings without escapes.
// Anything else goes to encoding/json, so edge cases and errors are its own.
func (m *Matrix) UnmarshalJSON(b []byte) error {
	if fast, ok := parseMatrix(b, *m); ok {
		*m = fast
		return nil
	}
	return json.Unmarshal(b, (*map[CellKey]RACI)(m))
}

// parseMatrix adds the rows of b to into (a new map when nil), as
// encoding/json would, or reports false without touching into when b is
// not of the plain shape.
func parseMatrix(b []byte, into Matrix) (Matrix, bool) {
	p := jsonScan{b: b}
	if !p.byte('{') {
		return nil, false
	}
	type row struct {
		key  CellKey
		raci RACI
	}
	var rows []row
	if !p.byte('}') {
		for {
			key, ok := p.str()
			if !ok || !p.byte(':') || !p.byte('{') {
				return nil, false
			}
			control, domain, found := bytes.Cut(key, []byte{'/'})
			if !found || len(control) == 0 {
				return nil, false // encoding/json gives the key's error
			}
			r := row{key: CellKey{Control: string(control), Domain: internDomain(domain)}, raci: RACI{}}
			if !p.byte('}') {
				for {
					role, ok := p.str()
					if !ok || !p.byte(':') {
						return nil, false
					}
					letter, ok := p.str()
					if !ok {
						return nil, false
					}
					r.raci[internRole(role)] = internLetter(letter)
					if p.byte('}') {
						break
					}
					if !p.byte(',') {
						return nil, false
					}
				}
			}
			rows = append(rows, r)
			if p.byte('}') {
				break
			}
			if !p.byte(',') {
				return nil, false
			}
		}
	}
	if p.space(); p.i != len(b) {
		return nil, false
	}
	if into == nil {
		into = make(Matrix, len(rows))
	}
	for _, r := range rows {
		into[r.key] = r.raci
	}
	return into, true
}

// jsonScan walks the plain subset of JSON that parseMatrix accepts.
type jsonScan struct {
	b []byte
	i int
}

func (p *jsonScan) space() {
	for p.i < len(p.b) && (p.b[p.i] == ' ' || p.b[p.i] == '\t' || p.b[p.i] == '\n' || p.b[p.i] == '\r') {
		p.i++
	}
}

// byte skips white space and then c, reporting whether c was there.
func (p *jsonScan) byte(c byte) bool {
	p.space()
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// str reads a string of printable ASCII without escapes and returns its
// content, which aliases the input.
func (p *jsonScan) str() ([]byte, bool) {
	if !p.byte('"') {
		return nil, false
	}
	start := p.i
	for ; p.i < len(p.b); p.i++ {
		switch c := p.b[p.i]; {
		case c == '"':
			p.i++
			return p.b[start : p.i-1], true
		case c == '\\' || c < 0x20 || c >= 0x7f:
			return nil, false
		}
	}
	return nil, false
}

// The intern functions return the constant for a known value, so that a
// matrix read from storage allocates no string per letter, role or domain.

func internRole(b []byte) Role {
	for _, r := range RACIRoles {
		if string(r) == string(b) {
			return r
		}
	}
	return Role(b)
}

func internLetter(b []byte) Letter {
	for _, l := range Letters {
		if string(l) == string(b) {
			return l
		}
	}
	return Letter(b)
}

func internDomain(b []byte) Domain {
	for _, d := range Domains {
		if string(d) == string(b) {
			return d
		}
	}
	return Domain(b)
}
