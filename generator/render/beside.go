package render

import (
	"fmt"
	"io"
	"path"

	"fokus/generator/content"
	"fokus/generator/diag"
	"fokus/generator/site"
)

// besideFile is a file beside a content file that the site publishes in
// the folder of its document's page (see content.File).
type besideFile struct {
	out string      // its path in the output: "ideas/crm/ablauf.png"
	src string      // its path in the source folder: "content/ideas/ablauf.png"
	doc any         // the document whose body refers to it, which PageInputs names
	at  string      // that document's file
	pos content.Pos // where in it the body refers to the file
}

// besideFiles are the files that the site's documents publish beside their
// pages, and the set of their paths in the output.
func besideFiles(s *site.Site) ([]besideFile, map[string]bool) {
	var out []besideFile
	for _, b := range s.Beside() {
		for _, f := range b.Doc.Files {
			out = append(out, besideFile{out: b.Folder + f.Out, src: f.Src, doc: b.Owner, at: b.Doc.Path, pos: f.Pos})
		}
	}
	taken := make(map[string]bool, len(out))
	for _, f := range out {
		taken[f.out] = true
	}
	return out, taken
}

// besideTaken reports whether a static file at p collides with a file
// published beside a page: one at the same path, or one where p needs a
// folder.
func besideTaken(p string, taken map[string]bool) bool {
	for ; p != "."; p = path.Dir(p) {
		if taken[p] {
			return true
		}
	}
	return false
}

// copyBeside copies the file f from the source folder into w, streamed:
// a PDF of 200 MB is never held whole. A file gone or unreadable since its
// content file was parsed is an error at the reference to it, which the
// build fails on, leaving the site it built before.
func (t *Theme) copyBeside(w io.Writer, f besideFile) error {
	if t.Content == nil {
		return fmt.Errorf("rendering %s: the theme has no source folder to copy it from", f.out)
	}
	r, err := t.Content.Open(f.src)
	if err == nil {
		_, err = io.Copy(w, r)
		r.Close()
	}
	if err != nil {
		return diag.Diagnostic{Path: f.at, Line: f.pos.Line, Col: f.pos.Col, Severity: diag.Error,
			Message: fmt.Sprintf("cannot publish %s, which the body refers to: %v; build again", f.src, err)}
	}
	return nil
}
