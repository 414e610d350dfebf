package content

import (
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// Tie keeps a dash or dot that content sets off with spaces ("Müller &
// Söhne – Außendienst", "Plan — 2027", "Fokus · Vertrieb") with the word
// before it: the spaces before it become one no-break space, as the
// theme's own "&nbsp;·" does, so that no line of a poster or of a narrow
// page starts with "– Außendienst", which reads as a new item. A hyphen
// counts when it stands between spaces, as a dash typed without the key
// for one does ("Süd - West"); "Groß- und Kleinhandel" and "-5 %" stay as
// they are. The templates tie what a page shows as text (the template
// function tie), and the Markdown of a body is written so (see tiedTexts);
// index.json, the charts, the feed and the messages keep the text as
// written, and the backlog's filter finds a tied title by its spaces (it
// folds U+00A0 to a space). A text without such a sign, nearly every
// title, is one scan and no copy: the backlog of 10,000 ideas ties each
// title on every page.
func Tie(s string) string {
	if t := tied(s, false, ""); t != nil {
		return string(t)
	}
	return s
}

// tied is s tied as Tie ties it, or nil where that changes nothing. s may
// be a piece of a line, as a text of Markdown between two emphases is:
// before says that a word comes before s on its line, and next is the
// text that follows s on it ("" at the line's end), so that the spaces
// that end s are tied to a sign that starts next, and a hyphen that ends
// s is a dash when next starts with a space. It takes a string or bytes,
// so that neither is copied to be looked at.
func tied[T ~string | ~[]byte](s T, before bool, next T) []byte {
	var out []byte
	last := 0 // s[:last] is in out
	for i := 0; i < len(s); {
		for i < len(s) && !signStart[s[i]] {
			i++
		}
		k := i
		size := signAt(s, k)
		if size == 0 {
			i++
			continue
		}
		i += size
		start := spacesBefore(s, last, k)
		if start == k || start == 0 && !before || s[k] == '-' && !spaceAt(s, i, next) {
			continue
		}
		out = append(append(out, s[last:start]...), "\u00a0"...)
		last = k
	}
	if startsTied(next) { // seldom: the spaces that end s are looked at then
		if start := spacesBefore(s, last, len(s)); start < len(s) && (start > 0 || before) {
			out = append(append(out, s[last:start]...), "\u00a0"...)
			last = len(s)
		}
	}
	if out == nil {
		return nil
	}
	return append(out, s[last:]...)
}

// startsTied reports whether s starts with a sign that the spaces before
// it would be tied to: a dash or dot, or a hyphen that a space or the end
// of s follows.
func startsTied[T ~string | ~[]byte](s T) bool {
	size := signAt(s, 0)
	return size > 0 && (s[0] != '-' || spaceAt(s, size, s[:0]))
}

// signStart are the bytes that start a sign (see signAt): a loop that
// looks up each byte of a body's texts here, nearly all of which start
// none, took half the time of one that asks signAt.
var signStart = [256]bool{'-': true, 0xC2: true, 0xE2: true} // "·" is C2 B7, "–" and "—" are E2 80 93 and 94

// signAt is the length of the dash or dot at s[k:], 0 if there is none
// ("–", "—", "·" or a hyphen). A byte that starts none of them, nearly
// every one, is told at once.
func signAt[T ~string | ~[]byte](s T, k int) int {
	if k >= len(s) {
		return 0
	}
	switch s[k] {
	case '-':
		return 1
	case "·"[0]:
		if k+2 <= len(s) && string(s[k:k+2]) == "·" {
			return 2
		}
	case "–"[0]: // and "—"
		if k+3 <= len(s) && (string(s[k:k+3]) == "–" || string(s[k:k+3]) == "—") {
			return 3
		}
	}
	return 0
}

// spacesBefore is where the breakable spaces that end s[from:to] start.
func spacesBefore[T ~string | ~[]byte](s T, from, to int) int {
	for to > from {
		// The last rune, from at most its own bytes: a short piece is
		// converted on the stack.
		r, n := utf8.DecodeLastRuneInString(string(s[max(from, to-utf8.UTFMax):to]))
		if !Breakable(r) {
			break
		}
		to -= n
	}
	return to
}

// spaceAt reports whether a breakable space or the end of the line comes
// at s[i:], where next follows s.
func spaceAt[T ~string | ~[]byte](s T, i int, next T) bool {
	if i == len(s) {
		s, i = next, 0
		if len(s) == 0 {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
	return Breakable(r)
}

// Breakable reports whether a line may break at the space r: every space
// but the no-break ones.
func Breakable(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007'
}

// tiedTexts writes the texts of a body as Tie ties a title: in its
// paragraphs, lists, tables and headings, not in code, raw HTML, a link's
// address or a picture's alt text, which goldmark writes without a text's
// renderer. goldmark splits a line into several texts (at an emphasis, a
// link, and at spaces where GFM's autolinks look for an address), so each
// is tied with what comes before and after it on its line; a line break
// in the source before a dash ("Kosten\n– einmalig"), which the page shows
// as a space, becomes the no-break space. A text without a dash or dot,
// nearly every one, is written by goldmark's own renderer as it was.
type tiedTexts struct {
	html *gmhtml.Renderer
	text renderer.NodeRendererFunc // goldmark's
}

func newTiedTexts() *tiedTexts { return &tiedTexts{html: gmhtml.NewRenderer().(*gmhtml.Renderer)} }

// SetOption passes goldmark's options on to its renderer.
func (t *tiedTexts) SetOption(name renderer.OptionName, value any) { t.html.SetOption(name, value) }

func (t *tiedTexts) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	own := nodeFuncs{}
	t.html.RegisterFuncs(own)
	t.text = own[ast.KindText]
	reg.Register(ast.KindText, t.render)
}

// nodeFuncs takes the functions a renderer registers.
type nodeFuncs map[ast.NodeKind]renderer.NodeRendererFunc

func (f nodeFuncs) Register(k ast.NodeKind, fn renderer.NodeRendererFunc) { f[k] = fn }

func (t *tiedTexts) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Text)
	if !entering || n.IsRaw() {
		return t.text(w, source, node, entering)
	}
	value := n.Segment.Value(source)
	var next []byte // on the same line
	soft := n.SoftLineBreak() && !n.HardLineBreak()
	if !n.SoftLineBreak() && !n.HardLineBreak() {
		next = textAfter(n, source)
	}
	tiedValue := tied(value, wordBefore(n), next)
	tiedBreak := soft && (len(value) > 0 || wordBefore(n)) && startsTied(textAfter(n, source))
	if tiedValue == nil && !tiedBreak || inStyle(n, source) {
		return t.text(w, source, node, entering)
	}
	if tiedValue != nil {
		value = tiedValue
	}
	// As goldmark writes a text, with the options fokus gives it (no
	// XHTML, no hard wraps).
	t.html.Writer.Write(w, value)
	switch {
	case tiedBreak:
		_, _ = w.WriteString("\u00a0")
	case n.HardLineBreak():
		_, _ = w.WriteString("<br>\n")
	case soft:
		_ = w.WriteByte('\n')
	}
	return ast.WalkContinue, nil
}

// wordBefore reports whether something comes before the text n on its
// line: an inline before it, or before the emphasis or link it is in.
func wordBefore(n ast.Node) bool {
	for n.PreviousSibling() == nil {
		if n = n.Parent(); n == nil || n.Type() != ast.TypeInline {
			return false
		}
	}
	t, ok := n.PreviousSibling().(*ast.Text)
	return !ok || !t.HardLineBreak()
}

// inStyle reports whether the text n is CSS: after a <style> that raw
// HTML opens before it in its paragraph (unsafe_html), up to its
// </style>, where a no-break space is no space ("calc(100% - 2em)").
func inStyle(n ast.Node, source []byte) bool {
	for p := n.PreviousSibling(); p != nil; p = p.PreviousSibling() {
		if raw, ok := p.(*ast.RawHTML); ok && raw.Segments.Len() > 0 {
			tag := raw.Segments.At(0)
			name, _, _ := htmlTag(string(tag.Value(source)))
			return name == "style"
		}
	}
	return false
}

// textAfter is the text that follows the inline n: the next text, also
// after or inside the emphasis or link around it or after it; nil at the
// end of its block. Code, a picture or raw HTML counts as a word.
func textAfter(n ast.Node, source []byte) []byte {
	for n.NextSibling() == nil {
		if n = n.Parent(); n == nil || n.Type() != ast.TypeInline {
			return nil
		}
	}
	for c := n.NextSibling(); ; c = c.FirstChild() {
		switch c := c.(type) {
		case *ast.Text:
			if c.IsRaw() {
				return aWord
			}
			return c.Segment.Value(source)
		case *ast.Emphasis, *ast.Link, *east.Strikethrough:
			if c.FirstChild() != nil {
				continue
			}
		}
		return aWord
	}
}

// aWord stands for an inline that is no text.
var aWord = []byte("x")
