package l10n

// PartsForTest exposes the catalogue's parts, by name, to the external
// tests, each as its list of English keys and as a map.
func PartsForTest() map[string]map[string]string {
	out := make(map[string]map[string]string, len(deParts))
	for _, p := range deParts {
		m := make(map[string]string, len(p.pairs))
		for _, e := range p.pairs {
			m[e.en] = e.de
		}
		out[p.name] = m
	}
	return out
}

// KeysForTest lists every key of every part, repeats included.
func KeysForTest() []string {
	var keys []string
	for _, p := range deParts {
		for _, e := range p.pairs {
			keys = append(keys, e.en)
		}
	}
	return keys
}
