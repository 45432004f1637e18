package main

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// applyTests are unified diffs applied to small trees, in the manner of
// encoding/csv's readTests: Output holds the changed files when the patch
// applies, Error the whole error when it does not.
var applyTests = []struct {
	Name   string
	Patch  string
	Files  map[string]string
	Output map[string]string
	Error  string
}{{
	Name: "OneHunk",
	Patch: `--- a/x.go
+++ b/x.go
@@ -1,3 +1,3 @@
 one
-two
+TWO
 three
`,
	Files:  map[string]string{"x.go": "one\ntwo\nthree\nfour\n", "y.go": "untouched\n"},
	Output: map[string]string{"x.go": "one\nTWO\nthree\nfour\n"},
}, {
	Name: "MultipleHunks",
	Patch: `--- a/x.go
+++ b/x.go
@@ -1,2 +1,3 @@
 a
+a2
 b
@@ -5,2 +6,1 @@
 e
-f
--- a/dir/y.go
+++ b/dir/y.go
@@ -1 +1 @@
-y
+Y
`,
	Files:  map[string]string{"x.go": "a\nb\nc\nd\ne\nf\n", "dir/y.go": "y\n"},
	Output: map[string]string{"x.go": "a\na2\nb\nc\nd\ne\n", "dir/y.go": "Y\n"},
}, {
	Name: "CommentaryAndTimestamps",
	Patch: `Why: the reason for the change.
diff -u a/x.go b/x.go
--- a/x.go	2026-01-01 00:00:00.000000000 +0000
+++ b/x.go	2026-01-01 00:00:01.000000000 +0000
@@ -1,2 +1,2 @@
-a
+A
 b
More commentary after the section.
`,
	Files:  map[string]string{"x.go": "a\nb\n"},
	Output: map[string]string{"x.go": "A\nb\n"},
}, {
	Name: "SameFileTwice",
	Patch: `--- a/x.go
+++ b/x.go
@@ -1,2 +1,2 @@
-a
+A
 b
The second section sees the first one's result.
--- a/x.go
+++ b/x.go
@@ -1,2 +1,2 @@
 A
-b
+B
`,
	Files:  map[string]string{"x.go": "a\nb\n"},
	Output: map[string]string{"x.go": "A\nB\n"},
}, {
	Name: "HeaderLineNumbersDoNotPlace",
	Patch: `--- a/x.go
+++ b/x.go
@@ -40,2 +40,2 @@
 c
-d
+D
`,
	Files:  map[string]string{"x.go": "a\nb\nc\nd\n"},
	Output: map[string]string{"x.go": "a\nb\nc\nD\n"},
}, {
	Name: "WholeLinesOnly",
	Patch: `--- a/x.go
+++ b/x.go
@@ -2 +2 @@
-b
+B
`,
	Files:  map[string]string{"x.go": "ab\nb\nbc\n"},
	Output: map[string]string{"x.go": "ab\nB\nbc\n"},
}, {
	Name:   "EmptyContextLineWithoutItsSpace",
	Patch:  "--- a/x.go\n+++ b/x.go\n@@ -1,3 +1,3 @@\n a\n\n-c\n+C\n",
	Files:  map[string]string{"x.go": "a\n\nc\n"},
	Output: map[string]string{"x.go": "a\n\nC\n"},
}, {
	Name: "NoNewlineAtEndOfFile",
	Patch: `--- a/x.go
+++ b/x.go
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+b
`,
	Files:  map[string]string{"x.go": "a\nb"},
	Output: map[string]string{"x.go": "a\nb\n"},
}, {
	Name:  "LineAfterNoNewline",
	Patch: "--- a/x.go\n+++ b/x.go\n@@ -1,2 +1,2 @@\n-a\n\\ No newline at end of file\n b\n+A\n",
	Error: `test.patch:6: " b" follows a line with no newline at the end of the file`,
}, {
	Name:  "NoNewlineTwice",
	Patch: "--- a/x.go\n+++ b/x.go\n@@ -1 +1 @@\n a\n\\ No newline at end of file\n\\ No newline at end of file\n",
	Error: `test.patch:6: "\\ No newline at end of file" does not follow a line of the hunk`,
}, {
	Name: "ContextMismatch",
	Patch: `--- a/x.go
+++ b/x.go
@@ -1,3 +1,3 @@
 one
-two
+TWO
 three
`,
	Files: map[string]string{"x.go": "one\ntwo\nTHREE\n"},
	Error: "test.patch:3: x.go: hunk @@ -1,3 +1,3 @@: its context and removed lines are not in the file (was it changed upstream?)",
}, {
	Name: "RemovedLineMismatch",
	Patch: `--- a/x.go
+++ b/x.go
@@ -1,2 +1,2 @@
 one
-engine.Start(120)
+engine.Start(1000)
`,
	Files: map[string]string{"x.go": "one\nengine.Start(60)\n"},
	Error: "test.patch:3: x.go: hunk @@ -1,2 +1,2 @@: its context and removed lines are not in the file (was it changed upstream?)",
}, {
	Name: "NoNewlineMismatch",
	Patch: `--- a/x.go
+++ b/x.go
@@ -1 +1 @@
-b
\ No newline at end of file
+B
`,
	Files: map[string]string{"x.go": "b\n"},
	Error: "test.patch:3: x.go: hunk @@ -1 +1 @@: its context and removed lines are not in the file (was it changed upstream?)",
}, {
	Name: "Ambiguous",
	Patch: `--- a/x.go
+++ b/x.go
@@ -1,2 +1,2 @@
 }
-return
+return nil
`,
	Files: map[string]string{"x.go": "}\nreturn\n}\n}\nreturn\n"},
	Error: "test.patch:3: x.go: hunk @@ -1,2 +1,2 @@: its context and removed lines match 2 places, at lines 1, 4: add context to make it unique",
}, {
	Name: "AmbiguousOverlapping",
	Patch: `--- a/x.go
+++ b/x.go
@@ -1,2 +1,1 @@
 a
-a
`,
	Files: map[string]string{"x.go": "a\na\na\n"},
	Error: "test.patch:3: x.go: hunk @@ -1,2 +1,1 @@: its context and removed lines match 2 places, at lines 1, 2: add context to make it unique",
}, {
	Name: "SecondHunkFails",
	Patch: `--- a/x.go
+++ b/x.go
@@ -1 +1 @@
-a
+A
--- a/y.go
+++ b/y.go
@@ -1 +1 @@
-y
+Y
`,
	Files: map[string]string{"x.go": "a\n", "y.go": "z\n"},
	Error: "test.patch:8: y.go: hunk @@ -1 +1 @@: its context and removed lines are not in the file (was it changed upstream?)",
}, {
	Name: "FileMissing",
	Patch: `--- a/pkg/gone.go
+++ b/pkg/gone.go
@@ -1 +1 @@
-a
+A
`,
	Files: map[string]string{"x.go": "a\n"},
	Error: "test.patch:1: open pkg/gone.go: file does not exist",
}, {
	Name: "NoContext",
	Patch: `--- a/x.go
+++ b/x.go
@@ -0,0 +1 @@
+new
`,
	Files: map[string]string{"x.go": "a\n"},
	Error: "test.patch:3: x.go: hunk has no context or removed lines to place it by",
}, {
	Name:  "NoSections",
	Patch: "Only commentary.\n",
	Error: `test.patch: no file sections ("--- a/path", "+++ b/path", "@@ … @@")`,
}, {
	Name: "HunkOutsideSection",
	Patch: `@@ -1 +1 @@
-a
+A
`,
	Error: `test.patch:1: "@@ -1 +1 @@" outside a file section (a "--- a/path" line must come first)`,
}, {
	Name:  "SectionWithoutHunks",
	Patch: "--- a/x.go\n+++ b/x.go\nprose\n",
	Error: "test.patch:3: x.go has no hunks",
}, {
	Name:  "MissingPlusLine",
	Patch: "--- a/x.go\n@@ -1 +1 @@\n-a\n+A\n",
	Error: `test.patch:2: a "+++ b/path" line must follow "--- a/x.go"`,
}, {
	Name:  "NewFile",
	Patch: "--- /dev/null\n+++ b/x.go\n@@ -0,0 +1 @@\n+a\n",
	Error: "test.patch:1: creating or deleting files is not supported",
}, {
	Name:  "Rename",
	Patch: "--- a/x.go\n+++ b/y.go\n@@ -1 +1 @@\n-a\n+A\n",
	Error: "test.patch:2: x.go becomes y.go: renaming files is not supported",
}, {
	Name:  "PathOutsideTree",
	Patch: "--- a/../x.go\n+++ b/../x.go\n@@ -1 +1 @@\n-a\n+A\n",
	Error: `test.patch:1: path "a/../x.go": want a/ followed by a path inside the tree`,
}, {
	Name:  "NoPrefix",
	Patch: "--- x.go\n+++ x.go\n@@ -1 +1 @@\n-a\n+A\n",
	Error: `test.patch:1: path "x.go": want a/ followed by a path inside the tree`,
}, {
	Name:  "BadHunkHeader",
	Patch: "--- a/x.go\n+++ b/x.go\n@@ -1 @@\n-a\n",
	Error: `test.patch:3: "@@ -1 @@": want "@@ -line,count +line,count @@"`,
}, {
	Name:  "HunkEndsEarly",
	Patch: "--- a/x.go\n+++ b/x.go\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n",
	Error: "test.patch:7: hunk @@ -1,3 +1,3 @@ ends 1 old and 1 new lines short",
}, {
	Name:  "HunkLongerThanItCounts",
	Patch: "--- a/x.go\n+++ b/x.go\n@@ -1 +1 @@\n a\n-b\n",
	Error: "test.patch:5: hunk @@ -1 +1 @@ has more lines than it counts",
}, {
	Name:  "StrayLineInHunk",
	Patch: "--- a/x.go\n+++ b/x.go\n@@ -1,2 +1,2 @@\n a\n*b\n",
	Error: `test.patch:5: "*b" in a hunk: want a line starting with ' ', '-' or '+'`,
}}

func TestApplyPatch(t *testing.T) {
	for _, tt := range applyTests {
		t.Run(tt.Name, func(t *testing.T) {
			src := fstest.MapFS{}
			for name, text := range tt.Files {
				src[name] = &fstest.MapFile{Data: []byte(text)}
			}
			out, err := applyPatch("test.patch", []byte(tt.Patch), src)
			if tt.Error != "" {
				assert.EqualError(t, err, tt.Error)
				assert.Nil(t, out)
				return
			}
			require.NoError(t, err)
			got := map[string]string{}
			for name, b := range out {
				got[name] = string(b)
			}
			assert.Equal(t, tt.Output, got)
		})
	}
}
