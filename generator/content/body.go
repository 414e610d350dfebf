package content

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"html/template"
	"io"
	"io/fs"
	"regexp"
	"sync"

	"fokus/generator/diag"
)

// A document's body is converted to HTML either when its file is parsed or,
// in a one-off build, when the page that shows it is rendered. The HTML of
// every body is most of what a large site holds in memory between reading
// and rendering (40 MB at 10,000 ideas, over half the live heap), and a page
// needs its body only for the moment it is rendered. So Load does not keep
// it: it remembers where the file is and a checksum of what it read, and
// Doc.HTML reads the file again (from the page cache) and converts it there.
// The conversion is done once either way; it moves from the loading workers
// to the rendering ones.
//
// Bodies that may hold an image, a link or raw HTML that check looks at
// are converted when parsed all the same, because their warnings are
// check's to report (see Note and the scans below, which may say yes for a
// body without any, never no for one with some).

// rereader reads bodies again for Doc.HTML.
type rereader struct {
	fsys fs.FS
	md   *Markdown
}

// sumSeed seeds the checksums that tell a re-read file from the one parsed.
var sumSeed = maphash.MakeSeed()

// defers reports whether body's conversion can wait until it is rendered:
// in a one-off build, for a body without anything check looks at.
func (p *Parser) defers(body []byte) bool {
	return p.later != nil && len(body) > 0 && !mayNote(body)
}

// mayNote reports whether body may hold anything check warns about (see
// Note), which is then converted when parsed, for check's warnings: an
// image, a link that may not work, raw HTML, a heading's attributes, or a
// character that no page may hold. It may say yes for a body without any,
// never no for one with some.
func mayNote(body []byte) bool {
	return bytes.Contains(body, []byte("![")) || mayLink(body) || mayHaveHTML(body) ||
		bytes.Contains(body, []byte("ftp://")) || // GFM links ftp:// addresses in text (lower case only)
		mayHaveAttributes(body) || hasUnshowable(body, false)
}

// mayHaveAttributes reports whether body has a line that ends in "}", as
// a heading with attributes does (## Ziel {style=…}); braces elsewhere (a
// {Kunde} placeholder, JSON in a code block) leave a body to wait.
func mayHaveAttributes(body []byte) bool {
	for off := 0; ; {
		i := bytes.IndexByte(body[off:], '}')
		if i < 0 {
			return false
		}
		off += i + 1
		rest := body[off:]
		if end := bytes.IndexByte(rest, '\n'); end >= 0 {
			rest = rest[:end]
		}
		if len(bytes.TrimRight(rest, " \t\r")) == 0 {
			return true
		}
	}
}

// mayHaveHTML reports whether body may hold raw HTML that check warns
// about (see Note): a "<" followed by a letter, "/", "?" or "!" that is
// neither a comment nor an autolink (<https://…>, <a@b.ch>, as CommonMark
// writes them). It may say yes for a body without any, never no for one
// with some.
func mayHaveHTML(body []byte) bool {
	for off := 0; ; {
		i := bytes.IndexByte(body[off:], '<')
		if i < 0 {
			return false
		}
		j := off + i + 1
		off = j
		switch {
		case j >= len(body) || bytes.HasPrefix(body[j:], []byte("!--")):
			continue
		case body[j] == '/' || body[j] == '?' || body[j] == '!':
			return true // a closing tag, a processing instruction (<?xml:…), a declaration
		case !isLetter(body[j]):
			continue
		}
		end := j
		for end < len(body) && body[end] != '>' && body[end] != '<' && !endsDest(body[end]) && body[end] != ')' {
			end++
		}
		if end >= len(body) || body[end] != '>' || !autolink.Match(body[j:end]) || !SafeURL(string(body[j:end])) {
			return true // raw HTML, or an autolink that is removed (<ftp://…>)
		}
	}
}

// autolink is what CommonMark reads between < and > as a URL or an email
// address rather than as HTML.
var autolink = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\x00-\x20<>]*|[A-Za-z0-9.!#$%&'*+/=?^_` + "`" + `{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)$`)

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// HTML returns the body as HTML: the HTML made when the file was parsed, or
// the file read and converted now. A file that changed since it was parsed
// is an error, a diagnostic at the file: its body would be shown with front
// matter and checks that are not its own.
func (d *Doc) HTML() (template.HTML, error) {
	if d.later == nil {
		return d.html, nil
	}
	buf := rereads.Get().(*[]byte)
	defer rereads.Put(buf)
	data, err := readInto(d.later.fsys, d.Path, *buf)
	*buf = data
	if err != nil {
		return "", diag.Diagnostic{Path: d.Path, Line: 1, Col: 1, Severity: diag.Error,
			Message: fmt.Sprintf("cannot read it again: %v", err)}
	}
	if maphash.Bytes(sumSeed, data) != d.sum {
		return "", diag.Diagnostic{Path: d.Path, Line: 1, Col: 1, Severity: diag.Error,
			Message: "changed while the site was being built; build again"}
	}
	src, serr := Split(data)
	if serr != nil { // cannot be: the same bytes split before
		return "", diag.Diagnostic{Path: d.Path, Line: serr.Line, Col: serr.Col, Severity: diag.Error, Message: serr.Message}
	}
	body := src.Body
	if d.title[1] > 0 {
		body = blankOut(body, d.title[0], d.title[1])
	}
	return d.later.md.HTML(d.Path, body)
}

// Body is HTML under the name that themes made from the default theme of
// 2026-11-26 use ({{.Doc.Body}}, when it was a field).
func (d *Doc) Body() (template.HTML, error) { return d.HTML() }

// MaxFileSize is the most bytes fokus reads of a content file. A link in
// content/ may lead to any file of the machine, and some of them never end:
// /proc/self/pagemap is a plain file of size 0 that reads out the address
// space, and ended the build, the check and the preview out of memory
// (security review). No page needs a file a fraction as large.
const MaxFileSize = 64 << 20

// ErrTooLarge is the error of reading a file larger than MaxFileSize.
var ErrTooLarge = fmt.Errorf("the file is larger than %d MiB, more than any page needs; fokus reads content files up to that size", MaxFileSize>>20)

// ErrSystemLink is the error of a link to a file that says it is empty: the
// files of /proc and /sys do, and their reading may never end (/proc/kmsg)
// or put what is no content into a diagnostic, a build's log or the
// preview's overlay (/proc/self/environ holds the secrets of a CI job's
// environment; security review). A link to an empty file has nothing to
// read either.
var ErrSystemLink = errors.New("it is a link to a file of size 0: an empty file, or one of /proc or /sys, whose reading may never end or show what is no content; fokus does not read it: link to a content file")

// ReadFile reads the content file name, at most MaxFileSize bytes of it.
func ReadFile(fsys fs.FS, name string) ([]byte, error) {
	return readInto(fsys, name, nil)
}

// readInto reads the file name into buf, grown as needed, and returns what
// it read, or ErrTooLarge past MaxFileSize. Reading every file of a site
// twice into new buffers was 80 MB of garbage per build at 10,000 ideas;
// the callers reuse one buffer.
func readInto(fsys fs.FS, name string, buf []byte) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return buf[:0], err
	}
	defer f.Close()
	size := 0
	if info, err := f.Stat(); err == nil {
		if info.Size() > MaxFileSize {
			return buf[:0], ErrTooLarge
		}
		if info.Size() == 0 {
			// Looked at only then, so that other files cost no Lstat.
			if l, err := fs.Lstat(fsys, name); err == nil && l.Mode()&fs.ModeSymlink != 0 {
				return buf[:0], ErrSystemLink
			}
		}
		size = int(info.Size())
	}
	if cap(buf) < size+512 {
		buf = make([]byte, 0, size+512)
	}
	buf = buf[:0]
	for {
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) > MaxFileSize {
			return buf[:0], ErrTooLarge // grown since Stat, or sized 0 as in /proc
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the file grew since Stat
		}
	}
}

// rereads holds the buffers Doc.HTML reads files into.
var rereads = sync.Pool{New: func() any { return new([]byte) }}

// endsDest reports whether c ends a link's destination in mayLink's scan.
func endsDest(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ')'
}

// mayLink reports whether body may hold a link that check looks at (see
// Note): ".md" in any letter case, a "]" followed, past spaces, line breaks,
// "(", "<" and ":", by "/", or "](" or "]:" followed by a destination
// without a scheme. It may say yes for a body without one (the body is then
// only converted earlier), never no for one with one.
func mayLink(body []byte) bool {
	for i := 0; i+2 < len(body); i++ {
		if body[i] == '.' && (body[i+1]|0x20) == 'm' && (body[i+2]|0x20) == 'd' {
			return true
		}
	}
	for off := 0; ; {
		i := bytes.IndexByte(body[off:], ']')
		if i < 0 {
			return false
		}
		j := off + i + 1
		opened, angle := false, false // by "(" or ":": a destination may follow; "<" ends it with ">"
		inAngle := 0                  // where a destination in <…> starts: its spaces are its own ("[](< >)")
		for j < len(body) && (body[j] == ' ' || body[j] == '\t' || body[j] == '\n' || body[j] == '\r' || !opened && (body[j] == '(' || body[j] == ':') || !angle && body[j] == '<') {
			opened = opened || body[j] == '(' || body[j] == ':' // one: "((" is a destination "("
			if !angle && body[j] == '<' {
				angle, inAngle = true, j+1
			}
			j++
		}
		if j < len(body) && body[j] == '/' {
			return true
		}
		if opened {
			end := j
			for end < len(body) && (angle && body[end] != '>' && body[end] != '\n' || !angle && !endsDest(body[end])) {
				end++
			}
			// A relative one is checked, one of a scheme a page may not
			// link to is removed with a warning.
			start := j
			if angle {
				start = min(inAngle, end)
			}
			if dest := string(body[start:end]); localPath(dest) != "" || !SafeURL(dest) || len(dest) > 1 && dest[0] == '#' {
				return true // a link to a heading too, whose id is checked
			}
		}
		off += i + 1
	}
}
