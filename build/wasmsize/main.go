// Command wasmsize attributes the code of a Go wasm binary to packages, so
// that size regressions can be traced to their cause. Build the binary
// without -s (the name section carries the function names):
//
//	GOOS=js GOARCH=wasm go build -o /tmp/app.wasm ./wasm
//	go run ./build/wasmsize /tmp/app.wasm
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize FILE.wasm")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	sizes, total, err := packageSizes(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	type row struct {
		pkg  string
		size int
	}
	var rows []row
	for p, s := range sizes {
		rows = append(rows, row{p, s})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].size > rows[j].size })
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "code bytes by package (total %d)\n", total)
	for i, r := range rows {
		if i == 40 {
			break
		}
		fmt.Fprintf(w, "%9d  %5.1f%%  %s\n", r.size, 100*float64(r.size)/float64(total), r.pkg)
	}
}

// packageSizes returns the code size of each package's functions.
func packageSizes(b []byte) (map[string]int, int, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, 0, errors.New("not a wasm binary")
	}
	r := &reader{b: b, i: 8}
	var imported int
	var bodies []int
	names := map[int]string{}
	for r.i < len(b) {
		id := r.byte()
		size := int(r.uleb())
		end := r.i + size
		switch id {
		case 2: // imports: count the imported functions, which come first in the index space
			n := int(r.uleb())
			for k := 0; k < n; k++ {
				r.skip(int(r.uleb())) // module
				r.skip(int(r.uleb())) // field
				kind := r.byte()
				switch kind {
				case 0:
					r.uleb()
					imported++
				case 1:
					r.byte()
					r.limits()
				case 2:
					r.limits()
				case 3:
					r.byte()
					r.byte()
				}
			}
		case 10: // code
			n := int(r.uleb())
			for k := 0; k < n; k++ {
				s := int(r.uleb())
				bodies = append(bodies, s)
				r.skip(s)
			}
		case 0: // custom
			name := string(r.bytes(int(r.uleb())))
			if name == "name" {
				for r.i < end {
					sub := r.byte()
					subSize := int(r.uleb())
					subEnd := r.i + subSize
					if sub == 1 {
						n := int(r.uleb())
						for k := 0; k < n; k++ {
							idx := int(r.uleb())
							names[idx] = string(r.bytes(int(r.uleb())))
						}
					}
					r.i = subEnd
				}
			}
		}
		if r.err != nil {
			return nil, 0, r.err
		}
		r.i = end
	}
	if len(names) == 0 {
		return nil, 0, errors.New("no name section: build without -ldflags=-s")
	}
	sizes := map[string]int{}
	total := 0
	for k, s := range bodies {
		total += s
		sizes[pkgOf(names[imported+k])] += s
	}
	return sizes, total, nil
}

// pkgOf returns the package part of a function name as the Go linker
// writes it into the wasm name section: "/" and "-" become "_", so
// "github.com/a/b-c.(*T).M" reads "github.com_a_b_c.(*T).M", and
// "encoding/json.Marshal" reads "encoding_json.Marshal".
func pkgOf(fn string) string {
	if fn == "" {
		return "(unnamed)"
	}
	start := 0
	if u := strings.Index(fn, "_"); u > 0 && strings.Contains(fn[:u], ".") {
		start = u + 1 // skip a domain such as github.com
	}
	if dot := strings.Index(fn[start:], "."); dot >= 0 {
		return fn[:start+dot]
	}
	return fn
}

type reader struct {
	b   []byte
	i   int
	err error
}

func (r *reader) byte() byte {
	if r.i >= len(r.b) {
		r.err = io.ErrUnexpectedEOF
		return 0
	}
	c := r.b[r.i]
	r.i++
	return c
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			break
		}
	}
	return v
}

func (r *reader) skip(n int) { r.i += n }

func (r *reader) bytes(n int) []byte {
	if r.i+n > len(r.b) {
		r.err = io.ErrUnexpectedEOF
		return nil
	}
	s := r.b[r.i : r.i+n]
	r.i += n
	return s
}

func (r *reader) limits() {
	if r.byte()&1 == 1 {
		r.uleb()
	}
	r.uleb()
}
