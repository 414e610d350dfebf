package content

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Markdown converts bodies to HTML with one configured goldmark, safe for
// concurrent use. plain is the same without headings' attributes, for the
// bodies whose attributes goldmark cannot take (see Convert).
type Markdown struct {
	md, plain goldmark.Markdown
	// published reports whether the site publishes a file at a path from
	// its root ("img/plan.png"), to which a link from the server's root
	// leads (see fromRoot); nil where it is not known.
	published func(string) bool
	// source is the source folder, where the files beside a content file
	// that a body refers to are looked up (see besideRef); nil: nowhere.
	source fs.FS
}

// NewMarkdown returns the converter: GFM, footnotes and definition lists
// (Hugo's goldmark has them on, so people write them), heading ids, a heading's own id and
// classes (## Ziel {#ziel .wichtig}, as in Hugo), and raw HTML only when
// the site allows it. Dangerous link schemes are removed in both cases.
func NewMarkdown(unsafeHTML bool) *Markdown {
	with := func(parserOpts ...parser.Option) goldmark.Markdown {
		opts := []goldmark.Option{
			goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.DefinitionList),
			goldmark.WithParserOptions(append(parserOpts,
				parser.WithAutoHeadingID(),
				parser.WithASTTransformers(
					util.Prioritized(safeLinks{keepsHTML: unsafeHTML}, 1000),
					util.Prioritized(headingAttributes{}, 1000),
					util.Prioritized(callouts{}, 1000),
					util.Prioritized(labelLines{}, 1000),
					util.Prioritized(belowTitle{}, 1000),
					util.Prioritized(sizeAttributes{}, 1000),
					util.Prioritized(spans{}, 1000),
					util.Prioritized(numberCells{}, 1000),
				))...),
		}
		// Before goldmark's own renderer of a text (1000): a text is tied.
		opts = append(opts, goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(newTiedTexts(), 100))))
		if unsafeHTML {
			opts = append(opts, goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
		}
		return goldmark.New(opts...)
	}
	return &Markdown{md: with(parser.WithAttribute()), plain: with()} // attributes on headings only, as Hugo's default
}

// HTML renders body, the body of the file at src (its path in the source
// folder, "content/ideas/crm.md", which its relative links start from).
// This is the one place where fokus marks text as safe HTML: goldmark
// escapes text, raw HTML is omitted unless unsafe_html is set, and
// safeLinks has removed links that could run script.
func (m *Markdown) HTML(src string, body []byte) (template.HTML, error) {
	h, _, err := m.Convert(src, body)
	return h, err
}

// Note is a place in a body that check has something to say about, or
// looks at: Offset is where it starts in the body, Kind what it is.
//   - "" is an image: one from elsewhere (Remote) is shown as a link to it,
//     since a page of fokus loads nothing from outside the site (SPEC); one
//     with a local path (Dest) shows only if the site publishes that file.
//   - "md" is a link to a Markdown file that is no content of the site
//     (Dest: its path as written); "html-md" one of raw HTML to the page of
//     a content file (Dest: that page).
//   - "root" is a link from the server's root ("/ideas/x/"), which breaks
//     in a sub-folder and from file://.
//   - "page" is a relative link (to Dest), to a page or a file of the site
//     that the parser and the site check is there.
//   - "html" is the first raw HTML of a body whose raw HTML is dropped.
//   - "scheme" is a link, image or address whose scheme (Dest: "ftp") is
//     none a page may link to, removed.
//   - "char" is the first character of the body that no page may hold
//     (Dest: "control character (U+0001)"), left out.
//   - "attr" is a heading's attribute other than its id and classes
//     (Dest: its name), removed; "attr-id" an id that is no text, for
//     which the body's headings lose their attributes.
//   - "file", "file-no" and "near" are an image or a link to File, a file
//     beside the content file (see besideRef).
type Note struct {
	Offset int
	Kind   string
	Remote bool
	Dest   string
	File   string
	// What is, for an address of raw HTML, what it is to the page (see
	// htmlWhat); "" for Markdown's.
	What string
}

// Convert is HTML that also returns the images and links of body that check
// has something to say about (see Note).
func (m *Markdown) Convert(src string, body []byte) (template.HTML, []Note, error) {
	h, notes, err := m.convert(m.md, src, body)
	if errors.Is(err, errGoldmark) {
		// goldmark takes a heading's id for text, and panics on one that
		// is a number or true ({id=1}): content must not end a build or
		// the preview (review). Such a body's headings lose their {…}.
		h, notes, err = m.convert(m.plain, src, body)
		notes = append(notes, Note{Offset: max(0, bytes.Index(body, []byte("id="))), Kind: "attr-id"})
	}
	return h, notes, err
}

// errGoldmark is a panic of goldmark's, for the body that caused it.
var errGoldmark = errors.New("goldmark failed on this body")

func (m *Markdown) convert(md goldmark.Markdown, src string, body []byte) (h template.HTML, notes []Note, err error) {
	c := conversions.Get().(*conversion)
	defer conversions.Put(c)
	defer func() {
		if r := recover(); r != nil {
			h, notes, err = "", nil, fmt.Errorf("%w: %v", errGoldmark, r)
		}
	}()
	c.buf.Reset()
	c.w.Reset(&c.buf)
	ctx := parser.NewContext(parser.WithIDs(newHeadingIDs()))
	ctx.Set(sourceKey, src)
	ctx.Set(publishedKey, m.published)
	if m.source != nil {
		ctx.Set(besideKey, m.source)
	}
	if err := md.Convert(body, c.w, parser.WithContext(ctx)); err != nil {
		return "", nil, err
	}
	notes, _ = ctx.Get(notesKey).([]Note)
	out := c.buf.Bytes()
	if hasUnshowable(out, false) {
		// A control character or a noncharacter, written as it is or as
		// an entity (&#1;, &#xFFFE;), which goldmark writes as the
		// character: no page may hold one (the validator: "Forbidden code
		// point"), and none is ever part of the markup around it.
		out = bytes.Map(func(r rune) rune {
			if unshowable(r) {
				return -1
			}
			return r
		}, out)
		if i := bytes.IndexFunc(body, unshowable); i >= 0 {
			r, _ := utf8.DecodeRune(body[i:])
			what := "control character"
			if nonCharacter(r) {
				what = "noncharacter"
			}
			notes = append(notes, Note{Offset: i, Kind: "char", Dest: fmt.Sprintf("%s (U+%04X)", what, r)})
		}
	}
	return template.HTML(out), notes, nil
}

// conversion is what a conversion writes into, kept for the next one:
// goldmark wraps a writer that is not buffered into a new bufio.Writer, and
// a buffer made for each body was grown and then copied into the result.
// Reused, the result is the only allocation for the HTML (at 10,000 ideas,
// 85 MB less allocated per build).
type conversion struct {
	buf bytes.Buffer
	w   *bufio.Writer
}

var conversions = sync.Pool{New: func() any {
	c := &conversion{}
	c.w = bufio.NewWriterSize(&c.buf, 8<<10)
	return c
}}

// notesKey carries the Notes out of a conversion; sourceKey carries the
// path of the file converted into it, publishedKey the Markdown's published.
var notesKey, sourceKey, publishedKey = parser.NewContextKey(), parser.NewContextKey(), parser.NewContextKey()

// fromRoot returns a link's destination from the server's root ("/img/plan.png",
// "/ideas/crm/", as Hugo's sites write them) as a link from the page of the
// file at src ("../../img/plan.png"), when it leads to a file or a page of
// the site: the site works in a sub-folder and from file:// only with links
// relative to the page, and the author meant the site's file (Markdown QA:
// "/images/x.png" showed in the preview and nowhere else), as Hugo's
// relativeURLs does. It returns "" for any other destination, such as a
// place beside the site on its server ("/handbuch/"), which check warns of.
func fromRoot(pc parser.Context, src, dest string) string {
	if !strings.HasPrefix(dest, "/") || strings.HasPrefix(dest, "//") || PageFolder(src) == "" {
		return ""
	}
	if rel, ok := inPageFolder(src, dest); ok {
		return rel // into the page's own folder: the shortest way there
	}
	p := strings.TrimPrefix(localPath(dest), "/")
	published, _ := pc.Get(publishedKey).(func(string) bool)
	first, _, _ := strings.Cut(p, "/")
	if p == "" || !(published != nil && published(p)) && !siteFolders[first] {
		return ""
	}
	return toRoot(src) + dest[1:]
}

// siteFolders are the folders of the site's pages, which a link from the
// server's root leads into (see fromRoot).
var siteFolders = map[string]bool{"ideas": true, "objectives": true, "teams": true, "posters": true,
	"backlog": true, "priorities": true, "decisions": true}

// localImage reports whether an image source is a path on this machine
// rather than a URL: relative ("img/a.png") or absolute ("/a.png").
func localImage(src string) bool {
	if src == "" || strings.HasPrefix(src, "//") {
		return false
	}
	colon := strings.IndexByte(src, ':')
	slash := strings.IndexByte(src, '/')
	return colon < 0 || (slash >= 0 && slash < colon)
}

// headingAttributes keeps of the attributes a heading is given in braces
// ({#id .class style=…}) its id and its classes. Others could restyle the
// page (style) or name a handler the renderer would have to know to leave
// out; they are removed and noted. An id is kept as written unless the page
// has it already (an earlier heading's, or one of the theme's), or it is
// no id HTML allows (empty, or with a space): then it gets one made like
// the other headings', so that a page's ids stay unique.
type headingAttributes struct{}

func (headingAttributes) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	if bytes.IndexByte(reader.Source(), '{') < 0 {
		return // no attributes, and the ids goldmark made are unique
	}
	seen := map[string]bool{}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Type() == ast.TypeInline {
			return ast.WalkSkipChildren, nil
		}
		h, ok := n.(*ast.Heading)
		if !ok {
			return ast.WalkContinue, nil
		}
		var id, class []byte
		for _, a := range h.Attributes() {
			switch string(a.Name) {
			case "id":
				id, _ = a.Value.([]byte)
			case "class":
				class = fmt.Append(nil, a.Value) // {class=1} is a number
				if text, ok := a.Value.([]byte); ok {
					class = text
				}
			default:
				notes, _ := pc.Get(notesKey).([]Note)
				pc.Set(notesKey, append(notes, Note{Offset: headingOffset(h, reader.Source()), Kind: "attr", Dest: string(a.Name)}))
			}
		}
		// fn:1, fnref:1 and fnref2:1 (a second reference) are the
		// footnotes' ids (goldmark's), which a heading would take twice
		// (QA: {#fn:1} beside [^1]).
		if s := string(id); s == "" || strings.ContainsFunc(s, unicode.IsSpace) || seen[s] || slices.Contains(reservedIDs, s) ||
			footnoteID.MatchString(s) {
			base := id
			if len(bytes.TrimSpace(base)) == 0 {
				base = h.Lines().Value(reader.Source())
			}
			id = pc.IDs().Generate(base, ast.KindHeading)
		}
		seen[string(id)] = true
		h.RemoveAttributes()
		h.SetAttribute([]byte("id"), id)
		if len(class) > 0 {
			h.SetAttribute([]byte("class"), class)
		}
		return ast.WalkSkipChildren, nil
	})
}

var footnoteID = regexp.MustCompile(`^fn(ref[0-9]*)?:`)

// callouts makes GitHub's alerts, a quote whose first line is [!NOTE],
// [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION] alone, a quote of the
// class "callout callout-note" (…) without that line; the theme gives it
// its colour and its title in the page's language. Written in GitHub and
// pasted here, they had read "[!WARNING]" (QA). As in GitHub, only a quote
// of the body's own, not one inside a list or another quote, is one.
type callouts struct{}

func (callouts) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	source := reader.Source()
	if !bytes.Contains(source, []byte("[!")) {
		return
	}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		quote, ok := n.(*ast.Blockquote)
		if !ok {
			continue
		}
		p, ok := quote.FirstChild().(*ast.Paragraph)
		if !ok || p.Lines().Len() == 0 {
			continue
		}
		first := p.Lines().At(0)
		marker := strings.ToLower(strings.TrimSpace(string(first.Value(source))))
		kind, ok := strings.CutPrefix(marker, "[!")
		kind, ok2 := strings.CutSuffix(kind, "]")
		if !ok || !ok2 || !slices.Contains(calloutKinds, kind) || p.Lines().Len() < 2 && p.NextSibling() == nil {
			continue // an alert says something besides its kind
		}
		// The marker's line goes: its inlines, up to and with the one
		// that ends the line.
		for c := p.FirstChild(); c != nil; {
			next := c.NextSibling()
			t, isText := c.(*ast.Text)
			p.RemoveChild(p, c)
			if isText && (t.SoftLineBreak() || t.HardLineBreak()) {
				break
			}
			c = next
		}
		if p.FirstChild() == nil {
			quote.RemoveChild(quote, p)
		}
		quote.SetAttributeString("class", []byte("callout callout-"+kind))
	}
}

// sizeAttributes leaves out the attributes that pandoc writes after a
// picture or a link of a Word document it converts,
// ![](media/image1.png){width="6.3in" height="3.5in"}: Markdown has none,
// and the page showed them as text after every picture (Markdown QA). The
// picture takes the width of the body's column either way.
type sizeAttributes struct{}

func (sizeAttributes) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	source := reader.Source()
	if !bytes.Contains(source, []byte("){")) {
		return
	}
	var after []*ast.Text
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n.(type) {
		case *ast.Image, *ast.Link:
			if t, ok := n.NextSibling().(*ast.Text); ok && entering {
				after = append(after, t)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, t := range after {
		// Found in the source: GFM's autolinks split the text at its
		// spaces, the block into several texts.
		m := attributeBlock.Find(source[t.Segment.Start:])
		if m == nil {
			continue
		}
		stop := t.Segment.Start + len(m)
		for n := ast.Node(t); n != nil; {
			text, ok := n.(*ast.Text)
			if !ok || text.Segment.Start >= stop {
				break
			}
			n = n.NextSibling()
			switch {
			case text.Segment.Stop > stop:
				text.Segment = text.Segment.WithStart(stop)
			case text.SoftLineBreak() || text.HardLineBreak():
				text.Segment = text.Segment.WithStart(text.Segment.Stop) // its line's end stays
			default:
				text.Parent().RemoveChild(text.Parent(), text)
			}
		}
	}
}

// attributeBlock is pandoc's attributes in braces at the start of a text:
// {width="6.3in" height="3.5in"}, {#fig:1 .wide}, {width=50%}.
// It ends on its line, and each of its parts at the next quote, space or
// brace: finding it costs no more than the text up to the next one.
var attributeBlock = regexp.MustCompile(`^\{[ \t]*(?:(?:[#.][\w:-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'{}]+))[ \t]*)+\}`)

// spans shows the text of pandoc's spans, [unterstrichen]{.underline} as
// pandoc writes underlined text of a Word document, without their brackets
// and attributes, which Markdown does not read: the page showed the
// brackets and {.underline} around every underlined word (Markdown QA).
// The text is shown plain, as Markdown has no underline.
type spans struct{}

func (spans) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	source := reader.Source()
	if !bytes.Contains(source, []byte("]{")) {
		return
	}
	// A span's cuts split its texts: each round cuts the first span, in
	// texts as they are then, and the next round finds the next.
	for range maxSpanRounds {
		type span struct {
			open, close  *ast.Text
			at, from, to int // "[" at at, "]{…}" from from to to
		}
		var found *span
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if _, code := n.(*ast.CodeSpan); code {
				return ast.WalkSkipChildren, nil // a code span is as written
			}
			t, ok := n.(*ast.Text)
			if !entering || !ok {
				return ast.WalkContinue, nil
			}
			// One pass over the text, which knows the last "[" before each
			// "]" (a text of many "]{" took time of its length squared).
			v := t.Segment.Value(source)
			open, closed := -1, false
			for i, c := range v {
				switch c {
				case '[':
					open = i
				case ']':
					if i+1 < len(v) && v[i+1] == '{' {
						if m := attributeBlock.Find(source[t.Segment.Start+i+1:]); m != nil {
							s := span{close: t, from: t.Segment.Start + i, to: t.Segment.Start + i + 1 + len(m)}
							switch {
							case open >= 0:
								s.open, s.at = t, t.Segment.Start+open
							case !closed:
								s.open, s.at = spanOpen(t, source)
							}
							if s.open != nil {
								found = &s
								return ast.WalkStop, nil
							}
						}
					}
					open, closed = -1, true
				}
			}
			return ast.WalkContinue, nil
		})
		if found == nil {
			return
		}
		cutText(found.close, found.from, found.to)
		cutText(found.open, found.at, found.at+1)
	}
}

// maxSpanRounds is how many spans of a body spans shows plain; a body of
// more keeps the others as written (each round walks the body).
const maxSpanRounds = 50

// spanOpen finds the "[" that opens a span whose "]" is in t, which has
// no "[" or "]" before it: in a text before t among its siblings, with no
// "]" between and no link, which would have taken the brackets. It returns
// the text it is in and its place in the source.
func spanOpen(t *ast.Text, source []byte) (*ast.Text, int) {
	for n := t.PreviousSibling(); n != nil; n = n.PreviousSibling() {
		switch n := n.(type) {
		case *ast.Text:
			v := n.Segment.Value(source)
			i := bytes.LastIndexByte(v, '[')
			if j := bytes.LastIndexByte(v, ']'); j > i {
				return nil, -1
			}
			if i >= 0 {
				return n, n.Segment.Start + i
			}
		case *ast.Link, *ast.Image, *ast.AutoLink:
			return nil, -1
		}
	}
	return nil, -1
}

// cutText leaves the source from from to to out of t's text; a cut in its
// middle makes it two texts, the second keeping t's line break.
func cutText(t *ast.Text, from, to int) {
	seg := t.Segment
	switch {
	case from <= seg.Start:
		t.Segment = seg.WithStart(min(to, seg.Stop))
	case to >= seg.Stop:
		t.Segment = seg.WithStop(from)
	default:
		rest := ast.NewTextSegment(text.NewSegment(to, seg.Stop))
		rest.SetSoftLineBreak(t.SoftLineBreak())
		rest.SetHardLineBreak(t.HardLineBreak())
		t.SetSoftLineBreak(false)
		t.SetHardLineBreak(false)
		t.Segment = seg.WithStop(from)
		t.Parent().InsertAfter(t.Parent(), t, rest)
	}
}

// belowTitle moves a body's headings one level down when it has a top
// heading of its own (# Überblick, as Word, Confluence and Notion export a
// document's first heading): the page's title is its h1, and a second one
// fought it, as large, and broke the page's outline of one h1 (Markdown QA).
// The body's # becomes an h2, its ## an h3, and so on; a body that starts
// at ##, as fokus new writes one, keeps its levels. A first heading that
// repeats the title is left out before (see titleHeading). A quote (a
// document or a mail quoted) is set so on its own: its # is an h2 and its
// ## an h3, and the body's own ## sections stay h2, where they had been
// set as h3 for a heading of another's text (review).
type belowTitle struct{}

func (belowTitle) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	type heading struct {
		h     *ast.Heading
		quote ast.Node // the outermost quote it is in, or nil
	}
	var headings []heading
	top := map[ast.Node]bool{} // of the body (nil) and of each quote: a # heading
	var quote ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if n.Type() == ast.TypeInline {
			return ast.WalkSkipChildren, nil
		}
		switch n := n.(type) {
		case *ast.Blockquote:
			if entering && quote == nil {
				quote = n
			} else if !entering && quote == n {
				quote = nil
			}
		case *ast.Heading:
			if entering {
				headings = append(headings, heading{n, quote})
				top[quote] = top[quote] || n.Level == 1
			}
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			return ast.WalkSkipChildren, nil // their children are inline: no heading
		}
		return ast.WalkContinue, nil
	})
	for _, h := range headings {
		if top[h.quote] {
			h.h.Level = min(h.h.Level+1, 6)
		}
	}
}

// labelLines keeps the line breaks of a paragraph whose every line starts
// with a label, "Von: Anna Muster" / "Betreff: AW: CRM" of a mail pasted as
// text, or "Budget: CHF 20'000" / "Dauer: 3 Monate" of a fact sheet: Markdown
// joins a paragraph's lines, and the page showed "Von: Anna Muster
// Gesendet: Montag, 23. November 2026 An: Ben Beispiel Betreff: AW: CRM" as
// one line (Markdown QA). Nobody means such lines as one sentence; other
// paragraphs' lines are joined, as in Hugo and GitHub.
type labelLines struct{}

func (labelLines) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	source := reader.Source()
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Type() == ast.TypeInline {
			return ast.WalkSkipChildren, nil
		}
		// A tight list's item holds its lines in a text block, not a
		// paragraph: "- Budget: 20'000" / "  Dauer: 3 Monate" is a fact
		// sheet as well (review: an item read "Budget: 20'000 Dauer: …").
		var p ast.Node
		switch n.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			p = n
		default:
			return ast.WalkContinue, nil
		}
		lines := p.Lines()
		if lines.Len() < 2 {
			return ast.WalkSkipChildren, nil
		}
		for i := 0; i < lines.Len(); i++ {
			// A colon first, found at once: most lines have none.
			seg := lines.At(i)
			if line := seg.Value(source); bytes.IndexByte(line, ':') < 0 || !labelLine.Match(line) {
				return ast.WalkSkipChildren, nil
			}
		}
		_ = ast.Walk(p, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
			if t, ok := c.(*ast.Text); ok && entering && t.SoftLineBreak() {
				t.SetSoftLineBreak(false)
				t.SetHardLineBreak(true)
			}
			return ast.WalkContinue, nil
		})
		return ast.WalkSkipChildren, nil
	})
}

// numberCells marks a table's cell that holds one number ("1'240'000",
// "CHF 9'600", "-12.5 %") with the class "number", which the printed page
// keeps on one line: on paper a wide table's cells break anywhere to fit
// the page's width, and a printed idea read "1'240'00" over "0" (look at
// the printed site). A number of three characters or fewer fits the
// narrowest column and is left as it is.
type numberCells struct{}

func (numberCells) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	source := reader.Source()
	if bytes.IndexByte(source, '|') < 0 {
		return // no table: most bodies
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Type() == ast.TypeInline {
			return ast.WalkSkipChildren, nil
		}
		switch n.Kind() {
		case east.KindTableCell:
		case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading, ast.KindCodeBlock, ast.KindFencedCodeBlock:
			return ast.WalkSkipChildren, nil // no table in them
		default:
			return ast.WalkContinue, nil
		}
		var cell []byte
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			t, ok := c.(*ast.Text)
			if !ok {
				return ast.WalkSkipChildren, nil // a link, an emphasis, code: text of its own
			}
			cell = append(cell, t.Segment.Value(source)...)
		}
		// A digit first, found at once: most cells are words.
		if cell = bytes.TrimSpace(cell); bytes.ContainsAny(cell, "0123456789") && utf8.RuneCount(cell) > 3 && utf8.RuneCount(cell) <= 24 && numberCell.Match(cell) {
			n.SetAttributeString("class", "number")
		}
		return ast.WalkSkipChildren, nil
	})
}

// numberCell is a number with its sign, its thousands' and decimal
// separators as Swiss, German and English texts write them, and a currency
// or unit of up to four letters or a symbol before or after it.
var numberCell = regexp.MustCompile(`^(?:[\pL\p{Sc}]{1,4}\.?[ \x{a0}\x{202f}]?)?[-+−±~≈<>]?[ \x{a0}\x{202f}]?\d(?:[\d'’.,\x{a0}\x{202f}]*\d)?(?:[ \x{a0}\x{202f}]?(?:%|‰|[\pL\p{Sc}]{1,4}\.?))?$`)

// labelLine is a line that starts with a label, of up to three words
// and a capital, and a colon, bold or not: "Von:", "Tel.:", "E-Mail:",
// "**Budget (CHF):**", "Nächster Schritt:". A line of prose that a colon
// follows a few words into ("und das ist der Grund: …") is none.
var labelLine = regexp.MustCompile(`^[ \t]*(?:\*\*|__)?\p{Lu}[\pL\pN.&/()'-]{0,24}(?: [\pL\pN.&/()'-]{1,24}){0,2}(?:\*\*|__)?:(?:\*\*|__)?(?:\s|$)`)

// calloutKinds are GitHub's alerts.
var calloutKinds = []string{"note", "tip", "important", "warning", "caution"}

// headingOffset is where heading h starts in source: its line's start.
func headingOffset(h *ast.Heading, source []byte) int {
	if h.Lines().Len() == 0 {
		return 0
	}
	start := h.Lines().At(0).Start
	return bytes.LastIndexByte(source[:start], '\n') + 1
}

// safeLinks unwraps links (keeping their text) and drops images and
// autolinks whose destination has a scheme
// other than http, https, mailto or tel, so "javascript:" never reaches the
// page, however it is spelled (entities, percent-encoding, control characters).
// An image from outside the site becomes a link to it, with its alt text.
//
// Where raw HTML is dropped (no unsafe_html), its first place is noted, so
// that check says why a part of the body is missing from the page.
type safeLinks struct{ keepsHTML bool }

func (sl safeLinks) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	htmlNotes, lineEnd := 0, -1 // raw HTML left out: noted so far; where the line of the last ends
	noteHTML := func(offset int, kind string) {
		// Of inline tags, whose text stays, the first of a line is enough.
		if htmlNotes >= maxHTMLNotes || offset < lineEnd {
			return
		}
		source := reader.Source()
		if lineEnd = bytes.IndexByte(source[offset:], '\n'); lineEnd < 0 {
			lineEnd = len(source)
		} else {
			lineEnd += offset
		}
		htmlNotes++
		notes, _ := pc.Get(notesKey).([]Note)
		pc.Set(notesKey, append(notes, Note{Offset: offset, Kind: kind}))
	}
	var unsafe []ast.Node
	var remotes []*ast.Image
	var breaks []*ast.RawHTML
	var anchors []*ast.Link // to a place on the page: checked once all ids are known
	var comments []ast.Node // with unsafe_html, comments only: left out
	var blanks []*ast.Image
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			if !SafeURL(string(n.Destination)) {
				unsafe = append(unsafe, n)
				notes, _ := pc.Get(notesKey).([]Note)
				pc.Set(notesKey, append(notes, Note{Offset: linkOffset(n), Kind: "scheme", Dest: scheme(string(n.Destination))}))
				break
			}
			// As the page will have it: goldmark resolves escapes and
			// entities when it writes the href (my\_idea.md, &#x2F;).
			src, _ := pc.Get(sourceKey).(string)
			dest := resolved(n.Destination)
			if len(dest) > 1 && dest[0] == '#' {
				anchors = append(anchors, n)
				break
			}
			if besides(pc, n, src, dest, linkOffset(n), sl.keepsHTML) {
				break
			}
			if rel := fromRoot(pc, src, dest); rel != "" {
				dest, n.Destination = rel, escapedDest(rel)
			}
			if page := pageLink(src, dest); page != dest {
				// Written so that goldmark's decoding gives page back: the
				// decoded text as the new destination was decoded a second
				// time, and "javascript&amp;colon;…" became a script.
				dest, n.Destination = page, escapedDest(page)
			}
			if broken := brokenLink(dest); broken != "" {
				notes, _ := pc.Get(notesKey).([]Note)
				pc.Set(notesKey, append(notes, Note{Offset: linkOffset(n), Kind: broken, Dest: localPath(dest)}))
			} else if page := localPath(dest); page != "" {
				notes, _ := pc.Get(notesKey).([]Note)
				pc.Set(notesKey, append(notes, Note{Offset: linkOffset(n), Kind: "page", Dest: page}))
			}
		case *ast.Image:
			if len(bytes.TrimSpace(n.Destination)) == 0 {
				// ![Plan]() would be <img src="">, no HTML (QA); its alt
				// text stays.
				blanks = append(blanks, n)
				notes, _ := pc.Get(notesKey).([]Note)
				pc.Set(notesKey, append(notes, Note{Offset: imageOffset(n), Kind: "img-empty"}))
				break
			}
			if !SafeURL(string(n.Destination)) {
				unsafe = append(unsafe, n)
				notes, _ := pc.Get(notesKey).([]Note)
				pc.Set(notesKey, append(notes, Note{Offset: imageOffset(n), Kind: "scheme", Dest: scheme(string(n.Destination))}))
			} else {
				src, _ := pc.Get(sourceKey).(string)
				if dest := resolved(n.Destination); localImage(dest) {
					if besides(pc, n, src, dest, imageOffset(n), sl.keepsHTML) {
						break
					}
					if rel := fromRoot(pc, src, dest); rel != "" {
						dest, n.Destination = rel, escapedDest(rel)
					}
					if page := pageLink(src, dest); page != dest {
						n.Destination = escapedDest(page) // ../../static/img/x.png from the file
					}
				}
				// Decided on the source as the page will have it: goldmark
				// decodes "&#47;&#47;host/x.png" to "//host/x.png".
				remote := len(n.Destination) > 0 && !localImage(resolved(n.Destination))
				notes, _ := pc.Get(notesKey).([]Note)
				pc.Set(notesKey, append(notes, Note{Offset: imageOffset(n), Remote: remote, Dest: localPath(resolved(n.Destination))}))
				if remote {
					remotes = append(remotes, n)
				}
			}
		case *ast.AutoLink:
			if url := string(n.URL(reader.Source())); !SafeURL(url) {
				unsafe = append(unsafe, n)
				notes, _ := pc.Get(notesKey).([]Note)
				pc.Set(notesKey, append(notes, Note{Offset: autolinkOffset(n, reader.Source()), Kind: "scheme", Dest: scheme(url)}))
			}
		case *ast.HTMLBlock:
			if sl.keepsHTML {
				sl.keptHTML(pc, n, n.Lines(), reader.Source(), &comments)
				break
			}
			// A comment (Hugo's <!--more-->) shows as nothing either way,
			// but not HTML after it on its line. Each block is noted, not
			// only a body's first (QA: the author could not find what was
			// lost); one of several lines loses the text in it too.
			if !sl.keepsHTML && (n.HTMLBlockType != ast.HTMLBlockType2 || htmlAfterComment(n, reader.Source())) && n.Lines().Len() > 0 {
				kind := "html"
				if n.Lines().Len() > 1 {
					kind = "html-block"
				}
				// A block of closing tags (</details>) loses what its
				// opening one is noted for; a lone <br> is a blank line.
				if first := n.Lines().At(0); !closingOrBreak.Match(bytes.TrimSpace(first.Value(reader.Source()))) || kind != "html" {
					noteHTML(first.Start, kind)
				}
			}
		case *ast.RawHTML:
			if sl.keepsHTML {
				sl.keptHTML(pc, n, n.Segments, reader.Source(), &comments)
				break
			}
			if n.Segments.Len() == 0 {
				break
			}
			seg := n.Segments.At(0)
			switch first := seg.Value(reader.Source()); {
			case lineBreakTag.Match(first):
				// <br>, as GitHub writes a line break in a table's cell:
				// a line break, which is no HTML of the author's (QA:
				// "Zeile 1<br>Zeile 2" read "Zeile 1Zeile 2").
				breaks = append(breaks, n)
			case bytes.HasPrefix(first, []byte("<!--")), bytes.HasPrefix(first, []byte("</")):
				// A comment shows as nothing; a closing tag's opening one
				// is noted.
			default:
				noteHTML(seg.Start, "html")
			}
		}
		return ast.WalkContinue, nil
	})
	if len(anchors) > 0 {
		ids := pageIDs(doc, reader.Source(), sl.keepsHTML)
		for _, a := range anchors {
			frag := resolved(a.Destination)[1:]
			if f, err := url.PathUnescape(frag); err == nil {
				frag = f
			}
			if ids[frag] || strings.HasPrefix(frag, "fn") || strings.EqualFold(frag, "top") {
				continue // a heading's, the theme's, a footnote's, or the page's top (HTML)
			}
			dest := ""
			if id := Slugify(frag); ids[id] {
				dest = id // as GitHub writes it (#größe--kosten-), fokus's id is #groesse-kosten
			}
			notes, _ := pc.Get(notesKey).([]Note)
			pc.Set(notesKey, append(notes, Note{Offset: linkOffset(a), Kind: "anchor", Dest: dest}))
		}
	}
	for _, c := range comments {
		c.Parent().RemoveChild(c.Parent(), c)
	}
	for _, img := range blanks {
		parent := img.Parent()
		for c := img.FirstChild(); c != nil; {
			next := c.NextSibling()
			parent.InsertBefore(parent, img, c)
			c = next
		}
		parent.RemoveChild(parent, img)
	}
	for _, br := range breaks {
		t := ast.NewText()
		t.SetHardLineBreak(true)
		br.Parent().ReplaceChild(br.Parent(), br, t)
	}
	for _, n := range unsafe {
		parent := n.Parent()
		switch n := n.(type) {
		case *ast.Link:
			for c := n.FirstChild(); c != nil; {
				next := c.NextSibling()
				parent.InsertBefore(parent, n, c)
				c = next
			}
		case *ast.AutoLink:
			// An address of another scheme (ftp://, file://) stays as
			// text, since readers may need it; a script's goes entirely, as
			// an image does: no trace of "javascript:" reaches the page.
			if s := scheme(string(n.URL(reader.Source()))); s != "javascript" && s != "vbscript" && s != "data" {
				parent.InsertBefore(parent, n, ast.NewString(n.Label(reader.Source())))
			}
		}
		parent.RemoveChild(parent, n)
	}
	for _, img := range remotes {
		parent := img.Parent()
		if inLink(img) {
			// A link in a link is no HTML: an image that is itself linked
			// ([![badge](…)](page)) or whose alt text links becomes its
			// alt text.
			for c := img.FirstChild(); c != nil; {
				next := c.NextSibling()
				parent.InsertBefore(parent, img, c)
				c = next
			}
			parent.RemoveChild(parent, img)
			continue
		}
		link := ast.NewLink()
		link.Destination, link.Title = img.Destination, img.Title
		for c := img.FirstChild(); c != nil; {
			next := c.NextSibling()
			link.AppendChild(link, c)
			c = next
		}
		if !link.HasChildren() {
			link.AppendChild(link, ast.NewString(img.Destination))
		}
		parent.ReplaceChild(parent, img, link)
	}
}

// pageIDs are the ids a body's page has: its headings' and the theme's,
// and, where the page keeps raw HTML, those its HTML gives (<a id="x">).
func pageIDs(doc ast.Node, source []byte, keepsHTML bool) map[string]bool {
	ids := map[string]bool{}
	for _, id := range reservedIDs {
		ids[id] = true
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if id, ok := n.AttributeString("id"); ok {
				if b, ok := id.([]byte); ok {
					ids[string(b)] = true
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock, *ast.RawHTML:
			if !keepsHTML {
				break
			}
			var segs *text.Segments
			if b, ok := n.(*ast.HTMLBlock); ok {
				segs = b.Lines()
			} else {
				segs = n.(*ast.RawHTML).Segments
			}
			for i := 0; i < segs.Len(); i++ {
				seg := segs.At(i)
				for _, m := range htmlID.FindAllSubmatch(seg.Value(source), -1) {
					ids[string(m[1])] = true
				}
			}
		}
		return ast.WalkContinue, nil
	})
	return ids
}

// htmlID is an id that raw HTML gives an element.
var htmlID = regexp.MustCompile(`(?i)\b(?:id|name)\s*=\s*["']?([^"'\s>]+)`)

// keptHTML looks at raw HTML that the page keeps (unsafe_html): what it
// loads from another server (or goes or sends to there) is noted, since a
// page of fokus otherwise loads nothing from outside the site (SPEC), and
// a node of comments only goes to comments, to be left out: a note to the
// authors ("<!-- not for publication -->") was published in the page's
// source (Markdown QA).
func (safeLinks) keptHTML(pc parser.Context, n ast.Node, segs *text.Segments, source []byte, comments *[]ast.Node) {
	if segs.Len() == 0 {
		return
	}
	var raw textMap
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		raw.add(seg.Value(source), seg.Start)
	}
	if block, ok := n.(*ast.HTMLBlock); ok && block.HasClosure() {
		raw.add(block.ClosureLine.Value(source), block.ClosureLine.Start)
	}
	if onlyComments.MatchString(raw.text.String()) {
		*comments = append(*comments, n)
		return
	}
	h := raw.text.String()
	loads, files := htmlRefs(h)
	// A picture beside the content file that the HTML shows, <img
	// src="ablauf.png"> or a style's url(ablauf.png), is published as one
	// that Markdown shows, of any kind: unsafe_html lets through whatever
	// the HTML loads.
	src, _ := pc.Get(sourceKey).(string)
	if inline, ok := n.(*ast.RawHTML); ok {
		if css, ok := inlineStyle(inline, source); ok {
			// A <style> within a paragraph holds the paragraph's text up
			// to its </style>, which the browser reads as CSS.
			text := css.text.String()
			for _, l := range CSSLoads(text) {
				notes, _ := pc.Get(notesKey).([]Note)
				pc.Set(notesKey, append(notes, Note{Offset: css.source(l.Offset), Kind: "html-remote", Dest: l.URL}))
			}
			for _, l := range cssLoads(text, false) {
				rawFile(pc, n, src, l.URL, "image", css.source(l.Offset))
			}
		}
	}
	for _, l := range loads {
		notes, _ := pc.Get(notesKey).([]Note)
		pc.Set(notesKey, append(notes, Note{Offset: raw.source(l.at), Kind: htmlLoadKinds[l.via], Dest: l.url}))
	}
	for _, f := range files {
		rawFile(pc, n, src, f.url, f.what, raw.source(f.at))
	}
}

// rawFile notes the address dest at offset, from which raw HTML (the node
// n of the body of src) loads a file or to which it links as what (see
// htmlWhat): a file beside src is published (see besides); else, kept as
// written, the address leads from the page where a Markdown image's or
// link's does, and is noted as one, so that a file or page the site does
// not have there is told as one of Markdown is, where the page showed a
// broken picture, frame or video, or its link led nowhere, without a
// word. A path from the server's root is the site's only where it leads
// into the site's folders (see fromRoot); elsewhere on its server it is
// not fokus's to know, as a link above the site's root.
func rawFile(pc parser.Context, n ast.Node, src, dest, what string, offset int) {
	if besides(pc, n, src, dest, offset, true) || what == "" {
		return
	}
	if strings.HasPrefix(localPath(dest), "/") {
		if dest = fromRoot(pc, src, dest); dest == "" {
			return
		}
	}
	note := Note{Offset: offset, Dest: localPath(dest), What: what}
	base := path.Base(note.Dest)
	switch {
	case note.Dest == "":
		return // a place on the page, or another scheme's address
	case brokenLink(dest) == "md":
		// Raw HTML keeps its address as written, where a Markdown link's
		// leads to the file's page (see pageLink): that page's address is
		// the one to write (QA: told to link a content file, as it did).
		note.Kind = "md"
		if page := pageLink(src, dest); page != dest {
			note.Kind, note.Dest = "html-md", page
		} else if file := climbedFile(src, note.Dest); file != "" {
			// A "../" too many (see climbedFile): the page of the file it
			// names, as from a path that stays in content/.
			note.Kind, note.Dest = "html-md", pageLink(src, PathFrom(src, file)+dest[strings.IndexAny(dest+"?", "?#"):])
		}
	case what == "link",
		// A page in a frame, or in an <object> or <embed>, which show
		// pages too; a picture or a video is a file, whatever its name.
		(what == "frame" || what == "embedded file") && (strings.HasSuffix(note.Dest, "/") || !strings.Contains(base, ".") || base == ".." || base == "index.html"):
		note.Kind = "page"
	}
	notes, _ := pc.Get(notesKey).([]Note)
	pc.Set(notesKey, append(notes, note))
}

// htmlLoadKinds are the kinds of Note of how HTML leads to another server,
// or changes where all of the page's addresses lead (see baseTag).
var htmlLoadKinds = map[int]string{viaURL: "html-remote", viaSrcset: "html-remote", viaCSS: "html-remote",
	viaRefresh: "html-refresh", viaForm: "html-form", viaPing: "html-ping", viaBase: "html-base", viaBaseTarget: "html-base-target"}

// textMap is a text made of pieces of a body, and where each piece starts
// in the body, to tell where a place of the text is in the file.
type textMap struct {
	text   strings.Builder
	pieces [][2]int // where a piece starts in text, and in the body
}

func (m *textMap) add(b []byte, at int) {
	m.pieces = append(m.pieces, [2]int{m.text.Len(), at})
	m.text.Write(b)
}

// source is where the place i of the text is in the body: within its
// piece, which is the body's text as it is, or a text made of it.
func (m *textMap) source(i int) int {
	at := 0
	for _, p := range m.pieces {
		if p[0] > i {
			break
		}
		at = p[1] + i - p[0]
	}
	return at
}

// inlineStyle is the text of the <style> that the inline tag n opens, up
// to its </style> in the paragraph, as the page has it: goldmark writes
// the text between escaped ("…" as &quot;…&quot;) and other Markdown as
// tags, which CSS reads as the browser does; false if n opens no <style>.
func inlineStyle(n *ast.RawHTML, source []byte) (*textMap, bool) {
	if n.Segments.Len() == 0 {
		return nil, false
	}
	tag := n.Segments.Value(source)
	if len(tag) < 7 || !strings.EqualFold(string(tag[1:6]), "style") {
		return nil, false // not read as a tag: most tags are not
	}
	if name, _, _ := htmlTag(string(tag)); name != "style" {
		return nil, false
	}
	css := &textMap{}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	var write func(c ast.Node) bool
	write = func(c ast.Node) bool { // false at the </style>
		switch c := c.(type) {
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				if i == 0 && len(seg.Value(source)) > 1 && indexFold(string(seg.Value(source)), "</style") == 0 {
					return false
				}
				css.add(seg.Value(source), seg.Start)
			}
		case *ast.Text:
			buf.Reset()
			seg := c.Segment
			gmhtml.DefaultWriter.Write(w, seg.Value(source))
			_ = w.Flush()
			css.add(buf.Bytes(), seg.Start)
			if c.SoftLineBreak() || c.HardLineBreak() {
				css.add([]byte("\n"), seg.Stop)
			}
		default:
			// Emphasis, a code span, a link: written as tags around their
			// text, which CSS reads as no address.
			css.add([]byte("<x>"), 0)
			for k := c.FirstChild(); k != nil; k = k.NextSibling() {
				if !write(k) {
					return false
				}
			}
		}
		return true
	}
	for c := n.NextSibling(); c != nil && write(c); c = c.NextSibling() {
	}
	return css, true
}

// onlyComments is HTML of comments and space only.
var onlyComments = regexp.MustCompile(`^(?:\s*<!--(?:[^-]|-[^-]|--[^>])*-->)+\s*$`)

// maxHTMLNotes is how many places of raw HTML left out a body's warnings
// name: enough to find them, not a page of warnings for a pasted page.
const maxHTMLNotes = 10

// lineBreakTag is an HTML line break as people write it: <br>, <br/>, <BR />.
var lineBreakTag = regexp.MustCompile(`(?i)^<br\s*/?>$`)

// closingOrBreak is a line of closing tags and line breaks only.
var closingOrBreak = regexp.MustCompile(`(?i)^(?:</[a-z][a-z0-9-]*\s*>|<br\s*/?>|\s)+$`)

// staticFile reports whether p, a path relative to the content file src,
// leads into the site's static/ folder, as an editor's preview finds a
// picture (../../static/img/plan.png from content/ideas/), and returns
// the file's path on the site (img/plan.png): the page's link leads there
// from the page (Markdown QA: no path worked in the editor and on the site).
func staticFile(src, p string) (string, bool) {
	if !strings.HasPrefix(p, "../") || PageFolder(src) == "" {
		return "", false
	}
	file, ok := strings.CutPrefix(path.Join(path.Dir(src), p), "static/")
	return file, ok && file != "" && !strings.HasSuffix(p, "/")
}

// brokenLink says why a link's destination will not work on the site: a
// Markdown file of the source, or a path from the server's root; "" if it
// is none of them.
func brokenLink(dest string) string {
	if strings.HasPrefix(dest, "//") || strings.Contains(dest, ":") {
		return "" // another server's, or a scheme's
	}
	p, _, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	switch {
	case strings.HasSuffix(strings.ToLower(p), ".md"):
		return "md"
	case strings.HasPrefix(p, "/"):
		return "root"
	}
	return ""
}

// pageLink returns a relative link's destination as it works on the site,
// from the page of the file at src: a link to another content file
// ("crm.md", "../objectives/q1/leads.md"), which works in a repository's
// file view, leads to that document's page, and a link to a folder
// ("../crm/") to its index.html, as the site's own links do, so that it
// opens the page from file:// too. Other destinations are returned as
// they are.
func pageLink(src, dest string) string {
	p := localPath(dest)
	if p == "" || strings.HasPrefix(p, "/") {
		return dest
	}
	rest := dest[strings.IndexAny(dest+"?", "?#"):] // query and fragment, as written
	if file, ok := staticFile(src, p); ok {
		return (&url.URL{Path: toRoot(src) + file}).EscapedPath() + rest
	}
	if strings.HasSuffix(strings.ToLower(p), ".md") {
		target := PageFolder(path.Join(path.Dir(src), p))
		from := PageFolder(src)
		if target == "" || from == "" {
			return dest // not a document of the site: brokenLink warns
		}
		rel := strings.Repeat("../", strings.Count(from, "/")) + target
		if folder := from[:strings.IndexByte(from, '/')+1]; strings.HasPrefix(target, folder) {
			rel = "../" + target[len(folder):] // beside it, as a person writes it
		}
		return (&url.URL{Path: rel}).EscapedPath() + "index.html" + rest
	}
	if base := path.Base(p); strings.HasSuffix(p, "/") || base == "." || base == ".." || !strings.Contains(base, ".") && pageTarget(src, p) {
		return strings.TrimSuffix(dest[:len(dest)-len(rest)], "/") + "/index.html" + rest
	}
	return dest
}

// pageTarget reports whether the link p from the page of the content file
// at src leads into a folder of the site's pages ("../crm" to ideas/crm),
// so that it is a page's folder even without its slash.
func pageTarget(src, p string) bool {
	from := PageFolder(src)
	if from == "" {
		return false
	}
	first, _, _ := strings.Cut(path.Join(from, p), "/")
	switch first {
	case "ideas", "objectives", "teams", "posters", "backlog", "priorities", "decisions":
		return true
	}
	return false
}

// PageFolder returns the folder of the page of the content file at src
// ("ideas/crm/" for "content/ideas/2026/crm.md"), or "" if it has none.
func PageFolder(src string) string {
	kind := KindOf(src)
	if kind == "" {
		return ""
	}
	return string(kind) + "s/" + composed(strings.TrimSuffix(path.Base(src), path.Ext(src))) + "/" // as SlugOf
}

// htmlAfterComment reports whether a comment block holds more than its
// comments: a tag after one on its line (<!-- c --><div>…).
func htmlAfterComment(n *ast.HTMLBlock, source []byte) bool {
	var text []byte
	for i := 0; i < n.Lines().Len(); i++ {
		line := n.Lines().At(i)
		text = append(text, line.Value(source)...)
	}
	if n.HasClosure() {
		text = append(text, n.ClosureLine.Value(source)...)
	}
	for {
		start := bytes.Index(text, []byte("<!--"))
		if start < 0 {
			break
		}
		end := bytes.Index(text[start:], []byte("-->"))
		if end < 0 {
			text = text[:start]
			break
		}
		text = append(text[:start:start], text[start+end+3:]...)
	}
	return mayHaveHTML(text)
}

// scheme is the scheme of a URL that SafeURL refuses, in lower case, as the
// warning names it ("ftp").
func scheme(u string) string {
	s := strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, html.UnescapeString(u)))
	if i := strings.IndexByte(s, ':'); i > 0 {
		return s[:i]
	}
	return s
}

// autolinkOffset is where an autolink starts in the source: at its "<", or
// at its text for one that GFM found in the text (ftp://…).
func autolinkOffset(n *ast.AutoLink, source []byte) int {
	// The label is a slice of the source (goldmark keeps its segment to
	// itself): where it starts follows from how much of the source's
	// capacity is left after it.
	label := n.Label(source)
	start := cap(source) - cap(label)
	if start < 0 || start > len(source) {
		return 0
	}
	if start > 0 && source[start-1] == '<' {
		return start - 1
	}
	return start
}

// resolved is a destination with its backslash escapes and entities
// resolved, as goldmark writes it into the page.
func resolved(dest []byte) string {
	return string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(dest))))
}

// escapedDest is a destination that resolved (and goldmark, which decodes
// the same way when it writes the href) turns into dest again.
func escapedDest(dest string) []byte {
	return []byte(strings.ReplaceAll(strings.ReplaceAll(dest, `\`, `\\`), "&", "&amp;"))
}

// localPath returns the path of a relative link's destination, without
// its query and fragment and with its %-escapes decoded ("../other/" for
// "../other/#x"): the page it leads to is the site's to know. It returns ""
// for a destination that is another server's, a scheme's, or only a
// fragment or query of the page itself.
func localPath(dest string) string {
	if strings.HasPrefix(dest, "//") || strings.Contains(dest, ":") && !relativeColon(dest) {
		return ""
	}
	p, _, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	// An escaped slash (%2F) is part of a name, not a folder's end: such a
	// path is left as written, a name no page has.
	if dec, err := url.PathUnescape(p); err == nil && !strings.Contains(strings.ToLower(p), "%2f") {
		p = dec
	}
	return p
}

// relativeColon reports whether the first colon of dest comes after a
// slash, "?" or "#": "a/b:c" is a relative path, not a scheme.
func relativeColon(dest string) bool {
	slash := strings.IndexAny(dest, "/?#")
	return slash >= 0 && slash < strings.IndexByte(dest, ':')
}

// inLink reports whether n is inside a link or has one inside it.
func inLink(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if _, ok := p.(*ast.Link); ok {
			return true
		}
	}
	found := false
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		switch c.(type) {
		case *ast.Link, *ast.AutoLink:
			found = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}

// SafeURL reports whether u may become an href: relative, a fragment, or one
// of the schemes http, https, mailto, tel.
func SafeURL(u string) bool {
	// Decoded until nothing changes: a text decoded once more on its way
	// to the page ("javascript&amp;colon;") must not become a scheme there.
	s := u
	for range 8 {
		dec := html.UnescapeString(s)
		if d, err := url.PathUnescape(dec); err == nil {
			dec = d
		}
		if dec == s {
			break
		}
		s = dec
	}
	s = strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, s)
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		return true
	}
	if slash := strings.IndexAny(s, "/?#"); slash >= 0 && slash < colon {
		return true // "a/b:c" is a relative path, not a scheme
	}
	switch strings.ToLower(s[:colon]) {
	case "http", "https", "mailto", "tel":
		return true
	}
	return false
}

// linkOffset is where a link starts in the source: the "[" before its text,
// or the first text inside it when it starts with markup ([**a**](x.md)).
func linkOffset(n ast.Node) int {
	if t, ok := n.FirstChild().(*ast.Text); ok {
		return max(t.Segment.Start-1, 0)
	}
	at := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			at = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if at >= 0 {
		return at
	}
	return imageOffset(n)
}

// imageOffset is where an image starts in the source: two bytes before its
// alt text ("!["), or the end of the text before it, or the start of its
// paragraph.
func imageOffset(n ast.Node) int {
	if t, ok := n.FirstChild().(*ast.Text); ok {
		return max(t.Segment.Start-2, 0)
	}
	// No alt text, or a formatted one: the image starts where the text
	// before it on its line ends (QA: "Text davor ![](…)" was at column 1).
	if t, ok := n.PreviousSibling().(*ast.Text); ok && !t.SoftLineBreak() && !t.HardLineBreak() {
		return t.Segment.Stop
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
}
