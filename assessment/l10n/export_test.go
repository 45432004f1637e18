package l10n

// PartsForTest exposes the catalogue's parts, by name, to the external
// tests.
func PartsForTest() map[string]map[string]string {
	out := make(map[string]map[string]string, len(deParts))
	for _, p := range deParts {
		out[p.name] = p.m
	}
	return out
}
