// Package packtest reads back the Office Open XML files the pack writes
// (a ZIP package of XML parts), for the tests of the writers, of the
// documents and of the browser. The product never imports it.
package packtest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Parts returns the parts of a package by name, and fails when the file
// is not a ZIP archive or a part ending in .xml or .rels is not
// well-formed XML.
func Parts(data []byte) (map[string]string, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("read package: %w", err)
	}
	parts := make(map[string]string, len(z.File))
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("open part %s: %w", f.Name, err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("read part %s: %w", f.Name, err)
		}
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			if err := WellFormed(string(b)); err != nil {
				return nil, fmt.Errorf("part %s is not well-formed XML: %w", f.Name, err)
			}
		}
		parts[f.Name] = string(b)
	}
	return parts, nil
}

// WellFormed reads every token of an XML document, which fails on
// anything not well-formed, including characters XML 1.0 forbids.
func WellFormed(doc string) error {
	d := xml.NewDecoder(strings.NewReader(doc))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// Text returns the text of a WordprocessingML part as a reader sees it:
// the content of its w:t elements, w:tab as a tab, w:br as a line break,
// and a line per paragraph (so each table cell is a line).
func Text(part string) (string, error) {
	dec := xml.NewDecoder(strings.NewReader(part))
	var b strings.Builder
	in := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return b.String(), nil
		}
		if err != nil {
			return "", fmt.Errorf("read text: %w", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "t":
				in = true
			case "tab":
				b.WriteString("\t")
			case "br":
				b.WriteString("\n")
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "t":
				in = false
			case "p":
				b.WriteString("\n")
			}
		case xml.CharData:
			if in {
				b.Write(e)
			}
		}
	}
}
