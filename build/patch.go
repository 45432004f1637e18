package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// filePatch is one file's section of a unified diff: the hunks between a
// "--- a/path" and "+++ b/path" header and the next header or commentary.
type filePatch struct {
	path  string // slash-separated, relative to the tree the diff applies to
	line  int    // of its "---" line in the diff, for errors
	hunks []hunk
}

// hunk is one "@@" block of a unified diff.
type hunk struct {
	line   int    // of its "@@" header in the diff, for errors
	header string // the "@@" line itself
	// old is its context and removed lines, new its context and added
	// lines, in order, each line with its newline (unless the diff marks
	// it "\ No newline at end of file").
	old, new string
}

// applyPatch applies the unified diff text, named name in errors, to the
// files of src, and returns the content of every file it changes. Nothing
// is written: the caller decides where the result goes.
//
// It applies exactly or not at all. Each hunk's context and removed lines
// must occur at exactly one place in the file, starting at a line start;
// line numbers in "@@" headers only delimit hunks and are not trusted for
// placement. A hunk that is not found, or found more than once, fails the
// whole patch with the diff's line and the file's lines. Hunks apply in
// order to the file as changed by the ones before them, so a later section
// for the same file sees the earlier sections' result. Files are never
// created, deleted or renamed.
func applyPatch(name string, diff []byte, src fs.FS) (map[string][]byte, error) {
	files, err := parsePatch(name, diff)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, f := range files {
		text, ok := out[f.path]
		if !ok {
			if text, err = fs.ReadFile(src, f.path); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, f.line, err)
			}
		}
		s := string(text)
		for _, h := range f.hunks {
			if s, err = h.apply(s); err != nil {
				return nil, fmt.Errorf("%s:%d: %s: %w", name, h.line, f.path, err)
			}
		}
		out[f.path] = []byte(s)
	}
	return out, nil
}

// apply returns s with the hunk's old lines replaced by its new lines.
func (h hunk) apply(s string) (string, error) {
	if h.old == "" {
		return "", errors.New("hunk has no context or removed lines to place it by")
	}
	var at []int
	for i := 0; i <= len(s)-len(h.old); {
		j := strings.Index(s[i:], h.old)
		if j < 0 {
			break
		}
		j += i
		// Whole lines only; and a last line without a newline ends the file.
		if (j == 0 || s[j-1] == '\n') && (strings.HasSuffix(h.old, "\n") || j+len(h.old) == len(s)) {
			at = append(at, j)
		}
		i = j + 1
	}
	switch len(at) {
	case 0:
		return "", fmt.Errorf("hunk %s: its context and removed lines are not in the file (was it changed upstream?)", h.header)
	case 1:
		return s[:at[0]] + h.new + s[at[0]+len(h.old):], nil
	}
	lines := make([]string, len(at))
	for i, j := range at {
		lines[i] = strconv.Itoa(strings.Count(s[:j], "\n") + 1)
	}
	return "", fmt.Errorf("hunk %s: its context and removed lines match %d places, at lines %s: add context to make it unique", h.header, len(at), strings.Join(lines, ", "))
}

// parsePatch reads a unified diff. Lines outside file sections are
// commentary, except that a line right after a hunk may not start with ' ',
// '-' or '+'. Inside a hunk, a line starts with ' ', '-' or '+', is empty
// (an empty context line whose space an editor removed), or is a "\ No
// newline at end of file" marker; the "@@" counts say where the hunk ends,
// and must agree with its lines.
func parsePatch(name string, diff []byte) ([]filePatch, error) {
	// Split on '\n' alone: a '\r' belongs to the line, so that a patch
	// with CRLF endings matches only files with them.
	lines := strings.Split(strings.TrimSuffix(string(diff), "\n"), "\n")
	var files []filePatch
	for i := 0; i < len(lines); {
		line := lines[i]
		switch {
		case strings.HasPrefix(line, "--- "):
			f, next, err := parseFile(name, lines, i)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
			i = next
		case strings.HasPrefix(line, "+++ "), strings.HasPrefix(line, "@@"):
			return nil, fmt.Errorf("%s:%d: %q outside a file section (a \"--- a/path\" line must come first)", name, i+1, line)
		default:
			i++
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no file sections (\"--- a/path\", \"+++ b/path\", \"@@ … @@\")", name)
	}
	return files, nil
}

// parseFile reads the file section whose "---" line is lines[i], and
// returns it with the index of the first line after it.
func parseFile(name string, lines []string, i int) (filePatch, int, error) {
	from, err := sectionPath(lines[i], "--- ", "a/")
	if err != nil {
		return filePatch{}, 0, fmt.Errorf("%s:%d: %w", name, i+1, err)
	}
	if i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "+++ ") {
		return filePatch{}, 0, fmt.Errorf("%s:%d: a \"+++ b/path\" line must follow %q", name, i+2, lines[i])
	}
	to, err := sectionPath(lines[i+1], "+++ ", "b/")
	if err != nil {
		return filePatch{}, 0, fmt.Errorf("%s:%d: %w", name, i+2, err)
	}
	if from != to {
		return filePatch{}, 0, fmt.Errorf("%s:%d: %s becomes %s: renaming files is not supported", name, i+2, from, to)
	}
	f := filePatch{path: from, line: i + 1}
	i += 2
	for i < len(lines) && strings.HasPrefix(lines[i], "@@") {
		h, next, err := parseHunk(name, lines, i)
		if err != nil {
			return filePatch{}, 0, err
		}
		f.hunks = append(f.hunks, h)
		i = next
		// Commentary may follow a hunk, but not a line that reads as one of
		// its own: the counts would have cut the hunk short.
		if i < len(lines) && lines[i] != "" && strings.ContainsRune(" +-", rune(lines[i][0])) &&
			!strings.HasPrefix(lines[i], "--- ") && !strings.HasPrefix(lines[i], "+++ ") {
			return filePatch{}, 0, fmt.Errorf("%s:%d: hunk %s has more lines than it counts", name, i+1, h.header)
		}
	}
	if len(f.hunks) == 0 {
		return filePatch{}, 0, fmt.Errorf("%s:%d: %s has no hunks", name, i+1, f.path)
	}
	return f, i, nil
}

// sectionPath reads the path of a "--- a/path" or "+++ b/path" line; a
// tab ends it (diff -u puts a time stamp there).
func sectionPath(line, marker, prefix string) (string, error) {
	p, _, _ := strings.Cut(strings.TrimPrefix(line, marker), "\t")
	if p == "/dev/null" {
		return "", errors.New("creating or deleting files is not supported")
	}
	rest, ok := strings.CutPrefix(p, prefix)
	if !ok || !fs.ValidPath(rest) || rest == "." {
		return "", fmt.Errorf("path %q: want %s followed by a path inside the tree", p, prefix)
	}
	return rest, nil
}

// parseHunk reads the hunk whose "@@" line is lines[i], and returns it with
// the index of the first line after it.
func parseHunk(name string, lines []string, i int) (hunk, int, error) {
	h := hunk{line: i + 1, header: lines[i]}
	oldN, newN, err := hunkCounts(lines[i])
	if err != nil {
		return hunk{}, 0, fmt.Errorf("%s:%d: %w", name, i+1, err)
	}
	var old, new strings.Builder
	last := byte(0) // the kind of the previous line, for "\ No newline"
	// oldEnded and newEnded: a side's last line had no newline, so no line
	// may follow it on that side.
	oldEnded, newEnded := false, false
	for i++; i < len(lines); i++ {
		l := lines[i]
		if oldN == 0 && newN == 0 && !strings.HasPrefix(l, `\`) {
			break
		}
		kind := byte(' ')
		if l != "" {
			kind = l[0]
		}
		body := ""
		if l != "" {
			body = l[1:]
		}
		if (kind != '+' && kind != '\\' && oldEnded) || (kind != '-' && kind != '\\' && newEnded) {
			return hunk{}, 0, fmt.Errorf("%s:%d: %q follows a line with no newline at the end of the file", name, i+1, l)
		}
		switch kind {
		case ' ':
			oldN--
			newN--
			old.WriteString(body + "\n")
			new.WriteString(body + "\n")
		case '-':
			oldN--
			old.WriteString(body + "\n")
		case '+':
			newN--
			new.WriteString(body + "\n")
		case '\\':
			if last == 0 || last == '\\' {
				return hunk{}, 0, fmt.Errorf("%s:%d: %q does not follow a line of the hunk", name, i+1, l)
			}
			if last != '+' {
				trimNewline(&old)
				oldEnded = true
			}
			if last != '-' {
				trimNewline(&new)
				newEnded = true
			}
		default:
			return hunk{}, 0, fmt.Errorf("%s:%d: %q in a hunk: want a line starting with ' ', '-' or '+'", name, i+1, l)
		}
		if oldN < 0 || newN < 0 {
			return hunk{}, 0, fmt.Errorf("%s:%d: hunk %s has more lines than it counts", name, i+1, h.header)
		}
		last = kind
	}
	if oldN != 0 || newN != 0 {
		return hunk{}, 0, fmt.Errorf("%s:%d: hunk %s ends %d old and %d new lines short", name, i+1, h.header, oldN, newN)
	}
	h.old, h.new = old.String(), new.String()
	return h, i, nil
}

// trimNewline removes the newline that ends b.
func trimNewline(b *strings.Builder) {
	s := strings.TrimSuffix(b.String(), "\n")
	b.Reset()
	b.WriteString(s)
}

// hunkCounts reads the line counts of "@@ -l[,n] +l[,n] @@": a count left
// out is 1.
func hunkCounts(header string) (oldN, newN int, err error) {
	rest, ok := strings.CutPrefix(header, "@@ -")
	ranges, _, found := strings.Cut(rest, " @@")
	oldR, newR, two := strings.Cut(ranges, " +")
	if !ok || !found || !two {
		return 0, 0, fmt.Errorf("%q: want \"@@ -line,count +line,count @@\"", header)
	}
	count := func(r string) (int, error) {
		start, n, hasN := strings.Cut(r, ",")
		if _, err := strconv.ParseUint(start, 10, 32); err != nil {
			return 0, err
		}
		if !hasN {
			return 1, nil
		}
		c, err := strconv.ParseUint(n, 10, 32)
		return int(c), err
	}
	if oldN, err = count(oldR); err == nil {
		newN, err = count(newR)
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%q: %w", header, err)
	}
	return oldN, newN, nil
}
