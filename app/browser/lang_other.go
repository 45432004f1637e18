//go:build !js

package browser

// pageLang is what PageLang returns outside the browser; tests set it
// with SetPageLang.
var pageLang string

// PageLang returns the language SetPageLang last gave, for tests.
func PageLang() string {
	mu.Lock()
	defer mu.Unlock()
	return pageLang
}

// SetPageLang sets what PageLang returns, for tests.
func SetPageLang(tag string) {
	mu.Lock()
	defer mu.Unlock()
	pageLang = tag
}

// chosen records ChooseLang's calls for tests.
var chosen []string

// ChooseLang records tag for tests (see ChosenLangs); nothing reloads.
func ChooseLang(tag string) error {
	mu.Lock()
	defer mu.Unlock()
	chosen = append(chosen, tag)
	return nil
}

// ChosenLangs returns the tags passed to ChooseLang so far, for tests.
func ChosenLangs() []string {
	mu.Lock()
	defer mu.Unlock()
	return append([]string(nil), chosen...)
}
