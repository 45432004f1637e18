//go:build js

package browser

import "fmt"

// PageLang returns the lang attribute of the page's root element. The
// page's head script sets it from the stored choice or the browser's
// languages before anything renders, so the program and the pre-rendered
// first screen always agree; "" without a document.
func PageLang() string {
	root, err := documentElement()
	if err != nil {
		return ""
	}
	return stringProp(root, "lang")
}

// ChooseLang stores tag as the language the user chose (under LangKey)
// and reloads the page, which then renders everything in it. The
// autosave's page-hide flush runs during the reload. Nothing is reloaded
// when the choice cannot be stored.
func ChooseLang(tag string) error {
	storage, err := global("localStorage")
	if err != nil {
		return fmt.Errorf("store the language: %w", err)
	}
	if _, err := storage.Call("setItem", LangKey, tag); err != nil {
		return fmt.Errorf("store the language: %w", err)
	}
	loc, err := global("location")
	if err != nil {
		return fmt.Errorf("reload the page: %w", err)
	}
	if _, err := loc.Call("reload"); err != nil {
		return fmt.Errorf("reload the page: %w", err)
	}
	return nil
}
