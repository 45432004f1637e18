package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// LangSwitch offers the tool's languages in the header. Choosing one
// stores it and reloads the page, so that everything on it, the
// pre-rendered first screen included, is produced in one language; the
// assessment and the view stay as they were (the autosave flushes on the
// way out and the URL keeps its fragment).
type LangSwitch struct {
	app.Compo

	failed bool // the last choice could not be stored
}

// Render draws one button per language, the current one pressed. Each
// language's name is written in that language and marked with its lang,
// so screen readers pronounce it right.
func (s *LangSwitch) Render() app.UI {
	cur := l10n.Current()
	kids := make([]app.UI, 0, len(l10n.Langs())+1)
	for _, l := range l10n.Langs() {
		pressed := "false"
		if l == cur {
			pressed = "true"
		}
		b := elh("button", attrs{"type", "button", "class", "lang-choice", "lang", string(l), "aria-pressed", pressed}, txt(l.Name()))
		if l != cur {
			b.OnClick(s.choose(l))
		}
		kids = append(kids, b)
	}
	if s.failed {
		kids = append(kids, elt("span", attrs{"class", "lang-problem", "role", "alert"},
			l10n.T("The language could not be saved in this browser, so it stays as it is.")))
	}
	return el("div", attrs{"class", "lang-switch", "role", "group", "aria-label", l10n.T("Language")}, kids...)
}

// choose returns the click handler that switches to l.
func (s *LangSwitch) choose(l l10n.Lang) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		s.failed = browser.ChooseLang(string(l)) != nil
	}
}

// StartLang sets the program's language from the page's lang attribute,
// which the head script chose; call it once, before the first render.
func StartLang() {
	l, _ := l10n.Parse(browser.PageLang())
	l10n.Set(l)
}
