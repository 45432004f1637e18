package l10n_test

import (
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// While the catalogue is being written area by area, -under and -part
// narrow the checks to one area:
//
//	go test ./assessment/l10n -args -under=app/home.go,app/flow -part=app_work
var (
	under    = flag.String("under", "", "check only keys used in files under these module-relative path prefixes (comma-separated)")
	partName = flag.String("part", "", "check only this part of the catalogue for unused keys")
)

// keyArgs says which arguments of each l10n function are catalogue keys.
var keyArgs = map[string][]int{
	"T":  {0},
	"F":  {0},
	"M":  {0},
	"N":  {1, 2},
	"In": {1},
	// X: context and text together make the key (see sourceKeys).
}

// sourceKey is a catalogue key found in the code, with where it was found.
type sourceKey struct {
	text string
	pos  string
}

// sourceKeys parses every Go file of the module outside tests and returns
// the literal keys passed to T, F, N, M and In.
func sourceKeys(t *testing.T) []sourceKey {
	t.Helper()
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	_, err = os.Stat(filepath.Join(root, "go.mod"))
	require.NoError(t, err, "the module root is two levels up")
	fset := token.NewFileSet()
	var keys []sourceKey
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "dist", "testdata", "node_modules", ".git":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		if !underPrefix(root, path) {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "l10n" {
				return true
			}
			if sel.Sel.Name == "X" && len(call.Args) == 2 {
				ctx, ok1 := literal(call.Args[0])
				en, ok2 := literal(call.Args[1])
				if ok1 && ok2 {
					keys = append(keys, sourceKey{ctx + "\x04" + en, fset.Position(call.Args[1].Pos()).String()})
				}
				return true
			}
			for _, i := range keyArgs[sel.Sel.Name] {
				if i >= len(call.Args) {
					continue
				}
				if s, ok := literal(call.Args[i]); ok {
					keys = append(keys, sourceKey{s, fset.Position(call.Args[i].Pos()).String()})
				}
			}
			return true
		})
		return nil
	})
	require.NoError(t, err)
	return keys
}

// literal returns the value of a string literal or a sum of them.
func literal(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := literal(e.X)
		b, ok2 := literal(e.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return literal(e.X)
	}
	return "", false
}

func TestEveryKeyHasGerman(t *testing.T) {
	keys := sourceKeys(t)
	require.NotEmpty(t, keys, "the scan found no l10n calls")
	de := l10n.Catalogue()
	for _, k := range keys {
		if strings.TrimSpace(k.text) == "" {
			continue
		}
		got, ok := de[k.text]
		if assert.Truef(t, ok, "%s: no German for %q", k.pos, k.text) {
			assert.NotEmptyf(t, strings.TrimSpace(got), "%s: empty German for %q", k.pos, k.text)
		}
	}
}

func TestNoUnusedGerman(t *testing.T) {
	if *under != "" && *partName == "" {
		t.Skip("-under without -part: keys of other areas look unused")
	}
	used := map[string]bool{}
	for _, k := range sourceKeys(t) {
		used[k.text] = true
	}
	check := l10n.Catalogue()
	if *partName != "" {
		check = l10n.PartsForTest()[*partName]
		require.NotNilf(t, check, "no catalogue part %q", *partName)
	}
	var unused []string
	for k := range check {
		if !used[k] {
			unused = append(unused, k)
		}
	}
	slices.Sort(unused)
	assert.Empty(t, unused, "catalogue keys no code uses (stale after an English edit?)")
}

// verbRE matches a fmt verb with its flags, width, precision and index.
var verbRE = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*(\d+|\*)?(\.(\d+|\*))?[a-zA-Z%]`)

// verbs lists the verbs of a format, without %%; indexed is true when one
// of them names its argument. %q counts as %s: both take a string, and
// German text may quote with „%s“ where English quotes with %q.
func verbs(s string) (vs []string, indexed bool) {
	for _, v := range verbRE.FindAllString(s, -1) {
		if v == "%%" {
			continue
		}
		if strings.HasSuffix(v, "q") {
			v = v[:len(v)-1] + "s"
		}
		if strings.Contains(v, "[") {
			indexed = true
		}
		vs = append(vs, v)
	}
	return vs, indexed
}

func TestPlaceholdersMatch(t *testing.T) {
	for en, de := range l10n.Catalogue() {
		ve, ie := verbs(en)
		vd, id := verbs(de)
		if ie || id {
			// With indexed verbs the order may change; compare the
			// arguments each side uses.
			assert.ElementsMatchf(t, argVerbs(ve), argVerbs(vd), "verbs of %q and %q", en, de)
			continue
		}
		assert.Equalf(t, ve, vd, "verbs of %q and its German %q", en, de)
	}
}

// argVerbs turns verbs into "index:verb" pairs, numbering unindexed verbs
// as fmt does.
func argVerbs(vs []string) []string {
	out := make([]string, 0, len(vs))
	next := 1
	for _, v := range vs {
		if m := regexp.MustCompile(`^%\[(\d+)\]`).FindStringSubmatch(v); m != nil {
			next, _ = strconv.Atoi(m[1])
			v = "%" + v[len(m[0]):]
		}
		out = append(out, strconv.Itoa(next)+":"+v[len(v)-1:])
		next++
	}
	return out
}

// informal matches the familiar forms of address; the tool says "Sie".
var informal = regexp.MustCompile(`\b(du|Du|dich|Dich|dir|Dir|dein|Dein|deine|Deine|deinen|deinem|deiner|deines|euch|euer|eure)\b`)

func TestGermanSaysSie(t *testing.T) {
	for en, de := range l10n.Catalogue() {
		assert.Falsef(t, informal.MatchString(de), "informal address in the German of %q: %q", en, de)
	}
}

func TestEachKeyOnce(t *testing.T) {
	// Catalogue merges the parts; a key given twice, in one part or in
	// two, would keep one of its translations.
	seen := map[string]bool{}
	for _, k := range l10n.KeysForTest() {
		assert.Falsef(t, seen[k], "%q is in the German catalogue more than once", k)
		seen[k] = true
	}
}

// underPrefix reports whether path is under one of -under's prefixes.
func underPrefix(root, path string) bool {
	if *under == "" {
		return true
	}
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return false
	}
	for _, p := range strings.Split(*under, ",") {
		if p != "" && strings.HasPrefix(filepath.ToSlash(rel), p) {
			return true
		}
	}
	return false
}
