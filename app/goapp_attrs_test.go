package app

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// attrProbe renders one element whose attributes follow its fields.
type attrProbe struct {
	app.Compo
	Attrs attrs
}

func (p *attrProbe) Render() app.UI { return el("p", p.Attrs, txt("x")) }

// probeParent passes Attrs down, so that an update reaches the probe as a
// change of its exported field.
type probeParent struct {
	app.Compo
	Attrs attrs
	ctx   app.Context
}

// OnPreRender keeps the context: natively go-app calls it where the
// browser calls OnMount.
func (p *probeParent) OnPreRender(ctx app.Context) { p.ctx = ctx }

func (p *probeParent) Render() app.UI { return el("div", nil, &attrProbe{Attrs: p.Attrs}) }

// TestGoAppAttributeUpdates checks the attribute handling that
// build/goapp.patch changes (an element's attributes are a slice, classes
// accumulate without a leading space): what an element shows after it is
// mounted and after each update, in the order of the table.
func TestGoAppAttributeUpdates(t *testing.T) {
	steps := []struct {
		name  string
		attrs attrs
		want  string
	}{
		{"mounted", attrs{"id", "a", "class", "one", "class", "two", "title", "t"}, `<p id="a" class="one two" title="t">`},
		{"a value changes", attrs{"id", "a", "class", "one", "title", "u"}, `<p id="a" class="one" title="u">`},
		{"an attribute goes", attrs{"id", "a", "class", "one"}, `<p id="a" class="one">`},
		{"an attribute comes back", attrs{"id", "a", "class", "one", "tabindex", "0"}, `<p id="a" class="one" tabindex="0">`},
		{"a class set to nothing is dropped", attrs{"id", "a", "class", ""}, `<p id="a">`},
		{"every attribute goes", nil, `<p>`},
		{"attributes on an element that had none", attrs{"class", "two"}, `<p class="two">`},
	}
	parent := &probeParent{Attrs: steps[0].attrs}
	e := app.NewTestEngine()
	require.NoError(t, e.Load(parent))
	e.ConsumeAll()
	require.NotNil(t, parent.ctx.Page, "the parent was not mounted")
	for i, s := range steps {
		if i > 0 {
			parent.ctx.Dispatch(func(app.Context) { parent.Attrs = s.attrs })
			e.ConsumeAll()
		}
		assert.Contains(t, app.HTMLString(parent), s.want, s.name)
	}
}
