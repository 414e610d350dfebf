package content

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"hash/maphash"
	"html/template"
	"io/fs"
	"math"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"fokus/generator/diag"
)

// Doc is what every content file has: where it is, its slug, its body (see
// HTML), and the positions of its front matter keys for the diagnostics of
// the model (Set.ForgetPositions lets go of them once those are made).
type Doc struct {
	Path string // relative to the source folder, with forward slashes
	Slug string // file name without .md
	pos  *positions

	// Links are the body's relative links to pages of the site, for the
	// site to check that each page is there.
	Links []Link
	// Files are the files beside the content file that the body shows or
	// links to, which the site publishes in the page's folder (see File);
	// refs are the paths in content/ of every such reference, whether its
	// file is there or not (see Refers).
	Files []File
	refs  []string

	html  template.HTML // the body, when converted as the file was parsed
	later *rereader     // else where to read it again
	sum   uint64        // and the checksum of the file that was parsed
	// title is where the body's first line repeats the title as a
	// heading (# Title), left out of the page (see titleHeading).
	title [2]int
}

// Link is a relative link in a body, to the page at Dest (a path relative
// to the page of the document, as written, without query and fragment).
type Link struct {
	Dest string
	Pos  Pos
	// Ref is the name that Hugo's {{< ref "crm" >}} gives in place of the
	// link's address, or a wiki link [[crm]], without a folder (Dest is
	// empty): the site, which knows its documents, tells the file's path
	// (see RefMessage and WikiMessage). Wiki is the wiki link's text.
	Ref, Wiki string
	// Picture is the warning of an image whose address is in another
	// document's page folder (/ideas/y/plan.png): it stands unless that
	// document publishes a file there, which the site knows once all
	// documents are read.
	Picture string
	// Elsewhere is the file of content/ that Dest, an address in another
	// page's folder, most likely means, when there is one (see
	// inOtherFolder): the site tells why it is not published there and
	// how to show it, where "there is no file" would be confusing.
	Elsewhere string
	// What is, for an address of raw HTML, what it is to the page (see
	// Note.What); "" for Markdown's.
	What string
	// Page is the address, to write instead, of the page of a content
	// file that an address of raw HTML names as the file (other-idea.md),
	// which the site does not publish; Dest is that page, which the site
	// tells the address of once it knows the page is there (see
	// PageMessage).
	Page string
	// Climbed is the content file ("content/ideas/x.md") that Dest, the
	// path of a Markdown link to a Markdown file, names by a path that
	// climbs out of content/ (see climbedFile): the site, which knows
	// where that document's file is, tells the path that leads to it.
	Climbed string
}

// MarkdownFileMessage is the warning of a link to a Markdown file that is
// no content file of the site, a link of raw HTML that is what to the
// page (see Note.What), or of Markdown's ("").
func MarkdownFileMessage(what string) string {
	if what != "" {
		return fmt.Sprintf("this %s of raw HTML leads to a Markdown file, which the site does not publish: write the address of a page of the site (../slug/index.html) or a full https:// address", what)
	}
	return "this link to a Markdown file will not work on the site, which publishes pages, not .md files; link a content file of the site (it leads to its page) or a full https:// address"
}

// climbedFile is the content file that p, the path of a link to a Markdown
// file from the content file src, names by a path that climbs out of
// content/: ../../../ideas/x.md from content/objectives/vertrieb/q4-leads.md
// for content/ideas/x.md, a "../" too many, as counted from the page or
// once for each folder the file is in. It returns "" for a path that stays
// in content/ or leads to no folder of documents.
func climbedFile(src, p string) string {
	file := path.Join(path.Dir(src), p)
	if strings.HasPrefix(p, "/") || strings.HasPrefix(file, "content/") {
		return ""
	}
	for strings.HasPrefix(file, "../") {
		file = file[len("../"):]
	}
	file = "content/" + strings.TrimPrefix(file, "content/")
	if KindOf(file) == "" {
		return ""
	}
	return file
}

// PageMessage is the warning of an address of raw HTML, what to the page,
// that names a content file, whose page, at page, the site has: fokus leads
// a Markdown link to a file's page, but leaves raw HTML as written (QA:
// told to link a content file, as it did).
func PageMessage(what, page string) string {
	write := page
	if what == "link" {
		write = fmt.Sprintf("href=%q", page)
	}
	return fmt.Sprintf("this %s of raw HTML leads to a Markdown file, and the site publishes its page, not the .md file; fokus leads a Markdown link to the page, but leaves raw HTML as written: write the page's address, %s", what, write)
}

// WontShow is how the warning of a file that the site does not have begins,
// for what the body refers to it as (see Note.What): "this image will not
// show" for a Markdown image, "this video will not load" for <video src>.
func WontShow(what string) string {
	if what == "" || what == "image" {
		return "this image will not show"
	}
	return "this " + what + " will not load"
}

// DocOf returns the Doc of an idea, an objective or a team, or nil for
// anything else (an Unreadable has no body).
func DocOf(doc any) *Doc {
	switch doc := doc.(type) {
	case *Idea:
		return &doc.Doc
	case *Objective:
		return &doc.Doc
	case *Team:
		return &doc.Doc
	}
	return nil
}

// At returns the position of a front matter key path such as "teams.1" or
// "key_results.0.target"; see positions for the path syntax.
func (d *Doc) At(keyPath string) Pos { return d.pos.at(keyPath) }

// Team is one file of content/teams.
type Team struct {
	Doc
	Title    string
	Capacity float64 // 0: not set
	WIPLimit int     // 0: not set
	Door     string
	Members  []string
}

// KeyResultPlaceholders are the titles of the key result that fokus new
// objective writes, German and English: one still there was never filled in.
var KeyResultPlaceholders = []string{"Messbares Schlüsselergebnis", "Measurable key result"}

// Statuses an idea can have, in the order an idea moves through them.
var Statuses = []string{"proposed", "assessing", "accepted", "in-progress", "done", "rejected", "parked", "dropped"}

// germanStatus is each status as a German site shows it (the default
// theme's i18n/de.toml), and statusWords other words for a status that
// idea tools and people use: a status copied from the page or said in the
// meeting is told its name (QA: "angenommen" got only the list of names).
var (
	germanStatus = map[string]string{
		"proposed": "eingereicht", "assessing": "in Bewertung", "accepted": "angenommen", "in-progress": "in Arbeit",
		"done": "umgesetzt", "rejected": "abgelehnt", "parked": "geparkt", "dropped": "fallen gelassen",
	}
	statusWords = map[string]string{
		"new": "proposed", "neu": "proposed", "submitted": "proposed", "open": "proposed", "offen": "proposed",
		"in review": "assessing", "under review": "assessing", "in prüfung": "assessing", "review": "assessing", "evaluating": "assessing",
		"backlog": "proposed", "idee": "proposed", "idea": "proposed",
		"doing": "in-progress", "in bearbeitung": "in-progress", "paused": "parked", "pausiert": "parked",
		"approved": "accepted", "genehmigt": "accepted", "freigegeben": "accepted", "akzeptiert": "accepted",
		"to do": "proposed", "todo": "proposed", // Jira's first column
		"wip": "in-progress", "started": "in-progress", "in umsetzung": "in-progress", "läuft": "in-progress",
		"erledigt": "done", "fertig": "done", "abgeschlossen": "done", "completed": "done", "finished": "done",
		"declined": "rejected", "verworfen": "rejected",
		"on hold": "parked", "zurückgestellt": "parked", "deferred": "parked",
		"gestoppt": "dropped", "stopped": "dropped", "cancelled": "dropped", "canceled": "dropped", "abgebrochen": "dropped",
		// As American product and marketing teams say them (QA: "killed"
		// and "shipped" got the list of names).
		"killed": "dropped", "shelved": "parked", "icebox": "parked", "greenlit": "accepted", "green lit": "accepted",
		"in flight": "in-progress", "shipped": "done", "launched": "done", "won't do": "rejected", "won’t do": "rejected", "wont do": "rejected",
	}
)

// statusFor is fokus's status for s, a status written in another case,
// with the site's German label or in another word of statusWords, or "".
func statusFor(s string) string {
	word := statusWord(s)
	for _, st := range Statuses {
		if strings.ReplaceAll(st, "-", " ") == word {
			return st
		}
	}
	if st, _ := fromGerman(word); st != "" {
		return st
	}
	return statusWords[word]
}

// statusWord is a status as written, in small letters, with spaces for
// the dashes and underscores of a tracker's ("in-review", "on_hold").
func statusWord(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.NewReplacer("-", " ", "_", " ").Replace(s)), " "))
}

// fromGerman is the status whose German label is word (see statusWord),
// and the label; "" where none is.
func fromGerman(word string) (status, label string) {
	for _, s := range Statuses {
		if l := germanStatus[s]; strings.ToLower(l) == word {
			return s, l
		}
	}
	return "", ""
}

// Idea is one file of content/ideas.
type Idea struct {
	Doc
	Title      string
	Submitted  time.Time
	Author     string
	Teams      []string
	Status     string
	Tags       []string
	Objectives []string
	Draft      bool
	Score      map[string]float64 // inputs of the scoring model; nil: not assessed
	Decision   *Decision

	// teamAt and objectiveAt are, for each of Teams and of Objectives, its
	// index in the file's list, when blank entries were left out of it;
	// nil when none was (see EntryAt).
	teamAt, objectiveAt []int
}

// EntryAt is the key path of entry n of Teams (key "teams") or of
// Objectives ("objectives") in the file, for diagnostics at it: the file's
// list may hold blank entries that these leave out.
func (i *Idea) EntryAt(key string, n int) string {
	at := i.teamAt
	if key == "objectives" {
		at = i.objectiveAt
	}
	if n < len(at) {
		n = at[n]
	}
	return key + "." + strconv.Itoa(n)
}

// Decision is an idea's [decision] table.
type Decision struct {
	Date      time.Time
	By        string
	Rationale string
	Stops     []string
	// StopAt is, for each of Stops, its index in the file's list, which
	// may hold blank entries that Stops leaves out: for diagnostics at it.
	StopAt  []int
	Revisit time.Time // zero: none
}

// Objective is one file of content/objectives.
type Objective struct {
	Doc
	Title    string
	Team     string
	Period   string
	Owner    string
	Reviewed time.Time // zero: never reviewed, or not a date
	// Unreviewable is a reviewed that is written but is no date: its error
	// says so, and a second finding that it was never reviewed would
	// contradict the file (review).
	Unreviewable bool
	KeyResults   []KeyResult
}

// KeyResult is numeric (Start, Target, Current) or yes/no (Done).
type KeyResult struct {
	Title      string
	YesNo      bool
	Done       bool
	Start      float64
	Target     float64
	Current    float64
	Unit       string
	Confidence float64 // -1: not set
	Checkins   []Checkin

	// What the file says, before the newest check-in overrides Current and
	// Done; nil where it says nothing (or nothing valid). The model warns
	// when a value written here has no effect.
	WrittenCurrent *float64
	WrittenDone    *bool
}

// Checkin is one entry of a key result's history.
type Checkin struct {
	Date  time.Time // the calendar day
	At    time.Time // the instant, when written with a time of day; else zero
	Value float64
	Note  string
}

// Compare orders check-ins by day and, on one day, by time, one without a
// time first, as at the day's beginning (so that the order is one a sort
// can take: "equal to both 09:00 and 10:00" was not, review); -1, 0 or 1,
// as strings.Compare does. Of two that compare equal, the one written last
// counts.
func (c Checkin) Compare(o Checkin) int {
	if d := c.Date.Compare(o.Date); d != 0 {
		return d
	}
	switch {
	case c.At.IsZero() && o.At.IsZero():
		return 0
	case c.At.IsZero():
		return -1
	case o.At.IsZero():
		return 1
	}
	return c.At.Compare(o.At)
}

// Kind is the sort of content a file holds, taken from its folder.
type Kind string

const (
	KindTeam      Kind = "team"
	KindIdea      Kind = "idea"
	KindObjective Kind = "objective"
)

// KindOf returns the kind of the content file at p (relative to the source
// folder), or "" if p is not a content file fokus reads.
func KindOf(p string) Kind {
	if !strings.HasSuffix(p, ".md") || strings.HasPrefix(path.Base(p), ".") || isHugoSection(path.Base(p)) || isReadme(path.Base(p)) || isLockFile(path.Base(p)) {
		return ""
	}
	switch {
	case strings.HasPrefix(p, "content/teams/"):
		return KindTeam
	case strings.HasPrefix(p, "content/ideas/"):
		return KindIdea
	case strings.HasPrefix(p, "content/objectives/"):
		return KindObjective
	}
	return ""
}

// isReadme reports whether name is a folder's README.md, which Git hosts
// show under the folder's files: notes on the folder, no idea (QA: it
// failed the build as a file without front matter).
func isReadme(name string) bool { return strings.EqualFold(name, "README.md") }

// isLockFile reports whether name is the owner file that Word and other
// Office programs write beside a file they have open (~$idee.md, or ~$ee.md
// for a longer name): binary, and gone when the file is closed. Read as an
// idea, it failed every build while a colleague had the file open in Word
// (QA).
func isLockFile(name string) bool { return strings.HasPrefix(name, "~$") }

// isHugoSection reports whether name is the file that describes a folder's
// list page in Hugo: _index.md, or _index.de.md in a site of several
// languages. fokus makes its list pages itself; a site moved from Hugo keeps
// such files, and they are no ideas without a date.
func isHugoSection(name string) bool {
	return name == "_index.md" || strings.HasPrefix(name, "_index.") && strings.HasSuffix(name, ".md") && strings.Count(name, ".") == 2
}

// Parser parses content files for one configuration.
type Parser struct {
	tz        *time.Location
	model     string    // the scoring model, for how to write a score's input ("" when fokus.toml names none it has)
	period    string    // the current period, as fokus.toml writes it, for the hint of an objective's (see periodHint)
	today     time.Time // the build's day, for how to write a date in words (zero: none, see On)
	md        *Markdown
	later     *rereader              // set by Load: bodies are converted when rendered
	published func(path string) bool // see Published
	docs      *docFiles              // the site's content files, for a page's folder (see Among)
}

// NewParser returns a parser for the site configured by cfg. published
// reports whether the site's output has a file at a path from its root
// that is not a page: one of the theme's or of the source's static/ folder
// (nil: none), so that a body's image or link to it is no warning.
func NewParser(cfg *Config, published func(path string) bool) *Parser {
	md := NewMarkdown(cfg.UnsafeHTML)
	md.published = published
	return &Parser{tz: cfg.Location, model: cfg.ScoringModel, period: cfg.Period, md: md, published: published}
}

// On returns a parser like p for a build on day: the hints for a date
// written as a word, a week or a month without its year ("heute", "KW 2")
// name the day it means counted from that day, where without it they
// name none.
func (p *Parser) On(day time.Time) *Parser {
	q := *p
	q.today = day
	return &q
}

// From returns a parser like p that looks up the files beside a content
// file that its body refers to in fsys, the source folder, and publishes
// them with its page (see File); without it, such references are told
// that the site has no such file.
func (p *Parser) From(fsys fs.FS) *Parser {
	q := *p
	md := *p.md
	md.source = fsys
	q.md = &md
	return &q
}

// Among returns a parser like p for a run that parses the content files
// that files lists: a reference into another page's folder looks for the
// file in a folder of that page's own (see inOtherFolder), which only the
// list of files knows where an objective is kept in a folder per team.
// files is called once, and only when such a reference needs it, while no
// one changes what it lists.
func (p *Parser) Among(files func() []string) *Parser {
	q := *p
	q.docs = &docFiles{list: files}
	return &q
}

// Today is the day that p counts dates in words from (see On).
func (p *Parser) Today() time.Time { return p.today }

// Published reports whether the site's output has the file at path that is
// not a page (see NewParser).
func (p *Parser) Published(path string) bool {
	return p.published != nil && path != "" && path != ".." && !strings.HasPrefix(path, "../") && p.published(path)
}

// fixedPages are the pages of the SPEC's URL table that are no document's,
// and the files beside them, as a relative link reaches them.
var fixedPages = map[string]bool{".": true, "index.html": true, "index.json": true,
	"backlog": true, "priorities": true, "decisions": true, "decisions/feed.xml": true,
	"objectives": true, "teams": true, "posters": true}

// hasFile reports whether a link to target (a path from the site's root)
// may find a file: a page of the site (a document's page is checked by
// the site, which knows them all), a published file, or a place beside the
// site on its server, which is not fokus's to know.
func (p *Parser) hasFile(target string) bool {
	first, _, _ := strings.Cut(target, "/")
	switch {
	case target == ".." || strings.HasPrefix(target, "../"):
		return true
	case first == "ideas" || first == "objectives" || first == "teams" || first == "posters":
		return true
	}
	return fixedPages[strings.TrimSuffix(target, "/index.html")] || p.Published(target)
}

// Unreadable stands for a content file that cannot be used at all (no or
// unclosed front matter, invalid TOML, not UTF-8). It keeps the file's slug,
// so that documents referring to it are not also told it does not exist.
type Unreadable struct {
	Kind Kind
	Doc
}

// Parse reads one content file of the given kind. It returns an *Unreadable
// and the problems when the file cannot be used at all; otherwise the
// document (which may still come with diagnostics).
func (p *Parser) Parse(kind Kind, filePath string, data []byte) (any, diag.List) {
	var diags diag.List
	if dir := path.Dir(filePath); path.Base(filePath) == "index.md" && dir != "content/"+string(kind)+"s" && path.Dir(dir) != "content/objectives" {
		// Hugo's page bundle takes its name from its folder; fokus from the file.
		diags = append(diags, diag.Diagnostic{Path: filePath, Line: 1, Col: 1, Severity: diag.Warning,
			Message: fmt.Sprintf("the slug is the file's name, so this %s is \"index\" (fokus has no page bundles); rename the file to %s.md", kind, path.Base(path.Dir(filePath)))})
	}
	unreadable := &Unreadable{Kind: kind, Doc: Doc{Path: filePath, Slug: SlugOf(filePath)}}
	src, serr := Split(data)
	if serr != nil {
		diags.Errorf(filePath, serr.Line, serr.Col, "%s", serr.Message)
		return unreadable, diags
	}
	m, ok := decodeTOML(filePath, src, &diags, hintFor{kind: kind, model: p.model, today: p.today, period: p.period})
	if !ok {
		return unreadable, diags
	}
	if other, msg := misplacedKind(kind, filePath, m); msg != "" {
		// It stands for the document it holds, so that references to it
		// are not told on top that no such document exists.
		diags.Errorf(filePath, 1, 1, "%s", msg)
		unreadable.Kind = other
		return unreadable, diags
	}
	d := &decoder{path: filePath, pos: newPositions(src.Front, src.FrontLine), diags: &diags, tz: p.tz, model: p.model, today: p.today}
	doc := Doc{Path: filePath, Slug: SlugOf(filePath), pos: d.pos}
	if len(doc.Slug) > maxSlugBytes {
		// In composed form a name can grow (U+0958, which Unicode keeps
		// out of composition, is written as two letters of three bytes):
		// the page's folder would be a name no file system takes, and the
		// build failed at fokus.toml (security review).
		diags.Errorf(filePath, 1, 1, "the file's name makes a page folder of %d bytes, more than file systems allow (%d); shorten it", len(doc.Slug), maxSlugBytes)
		return unreadable, diags
	}
	if strings.EqualFold(doc.Slug, "index.html") {
		// Its page would be ideas/index.html/index.html, where the list
		// of the ideas is the file ideas/index.html: a folder and a file
		// of one name, which no build can write (it failed at fokus.toml
		// with "not a directory", security review); on macOS and Windows
		// INDEX.HTML too.
		diags.Errorf(filePath, 1, 1, "the file's name makes the page folder %ss/%s/, where the page that lists the %ss is (%ss/index.html); rename the file", kind, doc.Slug, kind, kind)
		return unreadable, diags
	}
	var notes []Note
	var err error
	if off := deepBody(src.Body); off >= 0 {
		line, _ := lineCol(src.Body, off)
		diags.Errorf(filePath, src.BodyLine+line-1, 1, "lists or quotes nest deeper than any page needs (more than %d columns of indentation, or %d list markers and '>' at the start of a line); fokus does not convert this body", maxIndent, maxContainers)
		return unreadable, diags
	}
	if off, msg := wideTable(src.Body); off >= 0 {
		line, _ := lineCol(src.Body, off)
		diags.Errorf(filePath, src.BodyLine+line-1, 1, "%s", msg)
		return unreadable, diags
	}
	if off, marks, size := busyParagraph(src.Body); off >= 0 {
		line, _ := lineCol(src.Body, off)
		diags.Errorf(filePath, src.BodyLine+line-1, 1, "this paragraph has %d link brackets and emphasis marks ([, *, _) in %d bytes, more than fokus converts in reasonable time (the work grows with both); fokus does not convert this body: split the paragraph with blank lines, or publish it as a file in static/ and link it", marks, size)
		return unreadable, diags
	}
	if off := manyFootnotes(src.Body); off >= 0 {
		line, col := lineCol(src.Body, off)
		diags.Errorf(filePath, src.BodyLine+line-1, col, "the body has more than %d footnote references and definitions ([^…]), more than fokus converts in reasonable time; fokus does not convert this body: publish such a text as a file in static/ and link it", maxFootnoteMarks)
		return unreadable, diags
	}
	for _, off := range conflictMarkers(src.Body) {
		line, _ := lineCol(src.Body, off)
		diags.Errorf(filePath, src.BodyLine+line-1, 1, "%s; the page would show both, and ======= makes the line above it a heading", conflictMessage)
	}
	if off := secondFrontMatter(src.Body); off >= 0 {
		line, _ := lineCol(src.Body, off)
		diags = append(diags, diag.Diagnostic{Path: filePath, Line: src.BodyLine + line - 1, Col: 1, Severity: diag.Warning,
			Message: "a second front matter begins here, in the body: the page shows it as text, and the site has no document of it; one file holds one document, so move it and the text below it into a file of its own"})
	}
	if off := indentedProse(src.Body); off >= 0 {
		line, _ := lineCol(src.Body, off)
		diags = append(diags, diag.Diagnostic{Path: filePath, Line: src.BodyLine + line - 1, Col: 1, Severity: diag.Warning,
			Message: "this paragraph is indented (by a tab or four spaces), so the page shows it as code, in a box of fixed-width type: write its lines from the line's start; for code, write ``` on a line above it and below it instead"})
	}
	for _, m := range foreignSyntax(src.Body) {
		line, col := lineCol(src.Body, m.off)
		msg := "Hugo shortcodes ({{< … >}}, {{% … %}}) are not run by fokus; the page shows them as text"
		if m.ref != "" && !strings.Contains(m.ref, "/") {
			// A name alone may be any kind's document, which the site
			// finds: "crm.md" from an objective's file leads to an
			// objective (review: told for the idea crm).
			doc.Links = append(doc.Links, Link{Ref: m.ref, Pos: Pos{src.BodyLine + line - 1, col}})
			continue
		}
		if m.ref != "" {
			msg = RefMessage(filePath, m.ref)
		}
		if m.wikiRef != "" {
			// As a ref: [[crm]] in an objective's file is the idea crm.
			doc.Links = append(doc.Links, Link{Ref: m.wikiRef, Wiki: m.wikiText, Pos: Pos{src.BodyLine + line - 1, col}})
			continue
		}
		if m.wiki != "" {
			msg = WikiMessage(m.wiki)
		}
		diags = append(diags, diag.Diagnostic{Path: filePath, Line: src.BodyLine + line - 1, Col: col, Severity: diag.Warning, Message: msg})
	}
	for _, m := range spacedAddresses(src.Body) {
		line, col := lineCol(src.Body, m.off)
		what, no := "link", "no link"
		if m.fix[0] == '!' {
			what, no = "image", "no picture"
		}
		diags = append(diags, diag.Diagnostic{Path: filePath, Line: src.BodyLine + line - 1, Col: col, Severity: diag.Warning,
			Message: fmt.Sprintf("this %s's address has a space, where Markdown ends an address: the page shows the text as written, %s; write %s, or %%20 for each space", what, no, m.fix)})
	}
	body := src.Body
	if title, ok := m["title"].(string); ok {
		if start, end, ok := titleHeading(body, title); ok {
			doc.title, body = [2]int{start, end}, blankOut(body, start, end)
		}
	}
	if p.defers(body) {
		doc.later, doc.sum = p.later, maphash.Bytes(sumSeed, data)
	} else {
		doc.html, notes, err = p.md.Convert(filePath, body)
	}
	lines := newLineIndex(src.Body)
	for _, note := range notes {
		line, col := lines.at(note.Offset)
		switch note.Kind {
		case "file":
			doc.addFile(File{Src: note.File, Out: note.Dest, Pos: Pos{src.BodyLine + line - 1, col}})
			doc.refs = append(doc.refs, note.File)
			continue
		case "near":
			doc.refs = append(doc.refs, note.File)
			continue
		case "file-no":
			doc.refs = append(doc.refs, note.File)
			diags = append(diags, diag.Diagnostic{Path: filePath, Line: src.BodyLine + line - 1, Col: col, Severity: diag.Warning,
				Message: fmt.Sprintf("not published: %s %s", note.File, note.Dest)})
			continue
		}
		target := path.Join(PageFolder(filePath), note.Dest)
		if fix := p.misplaced(filePath, target); fix != "" && (note.Kind == "page" || note.Kind == "" && !note.Remote) {
			what := cmp.Or(note.What, "link")
			if note.Kind == "" {
				what = cmp.Or(note.What, "image")
			}
			diags = append(diags, diag.Diagnostic{Path: filePath, Line: src.BodyLine + line - 1, Col: col, Severity: diag.Warning,
				Message: fmt.Sprintf("this %s leads to %s, %s", what, target, fix)})
			continue
		}
		if note.Kind == "page" {
			if p.Published(target) {
				continue // a file of static/ in a page's folder, beside the page
			}
			if p.hasFile(target) {
				// A page of a document is the site's to check: its
				// documents are all known only once all are read.
				doc.Links = append(doc.Links, Link{Dest: note.Dest, Pos: Pos{src.BodyLine + line - 1, col}, Elsewhere: p.inOtherFolder(&doc, target, note.Dest), What: note.What})
				continue
			}
			diags = append(diags, diag.Diagnostic{Path: filePath, Line: src.BodyLine + line - 1, Col: col, Severity: diag.Warning,
				Message: fmt.Sprintf("this link leads to %s, which the site does not have; a file to link to goes into the folder static/ (static/%s is published as %s)", target, target, target)})
			continue
		}
		if note.Kind == "" && !note.Remote && p.Published(target) {
			continue // a file of the site's static/ folder, or its theme's
		}
		// Named with the picture's own name: the example of plan.png left
		// the author of skizze.png beside the file to work out where it
		// goes and how to write it (Markdown QA).
		// A path copied from Windows' Explorer (..\img\skizze.png) is named
		// by its last part too, not told to go into static/img/..\img\….
		name := path.Base(strings.ReplaceAll(note.Dest, `\`, "/"))
		// A video, a frame's page, … of raw HTML goes where a linked file
		// goes, static/files/ (see site.brokenLink).
		thing, folder := "picture", "img"
		if note.What != "" && note.What != "image" {
			thing, folder = "file", "files"
		}
		write := toRoot(filePath) + folder + "/" + name
		if strings.ContainsAny(write, " \t") {
			write = "<" + write + ">"
		}
		lead := WontShow(note.What)
		msg := fmt.Sprintf("%s: the site has no such file; put the %s into the folder static/, as static/%s/%s, and write %s, or link to where it is kept, [%s](https://…)", lead, thing, folder, name, write, thing)
		if file := BesidePath(filePath, note.Dest); file != "" {
			msg = fmt.Sprintf("%s: there is no file %s; put the %s there, beside this file, or into the folder static/, as static/%s/%s, and write %s", lead, file, thing, folder, name, write)
		} else if strings.HasPrefix(path.Join(path.Dir(filePath), note.Dest), "../") {
			msg = fmt.Sprintf("%s: it leads out of the site's folder, from where fokus publishes nothing; put the %s beside this file, or into the folder static/, as static/%s/%s, and write %s", lead, thing, folder, name, write)
		}
		switch {
		case note.Kind == "html-md" && note.Dest != "":
			// Whether the page is there is the site's to know (see Link.Page).
			doc.Links = append(doc.Links, Link{Dest: localPath(note.Dest), Pos: Pos{src.BodyLine + line - 1, col}, What: note.What, Page: note.Dest})
			continue
		case note.Kind == "md" && climbedFile(filePath, note.Dest) != "":
			// Where the document it names is, if the site has it, is the
			// site's to know (see Link.Climbed).
			doc.Links = append(doc.Links, Link{Dest: note.Dest, Pos: Pos{src.BodyLine + line - 1, col}, Climbed: climbedFile(filePath, note.Dest)})
			continue
		case note.Kind == "md":
			msg = MarkdownFileMessage(note.What)
		case note.Kind == "scheme":
			msg = fmt.Sprintf("this %s: address is not linked: a page links only to http, https, mailto and tel addresses; link the file's web address instead, or write the address as text in `code`", note.Dest)
		case note.Kind == "char":
			msg = fmt.Sprintf("the body has a %s, which a page cannot show; it is left out", note.Dest)
		case note.Kind == "attr-id":
			msg = "a heading's id is text, as {#ziel} or {id=\"ziel\"}; this body's headings are shown without their {…} attributes"
		case note.Kind == "attr":
			msg = fmt.Sprintf("the heading's attribute %s is left out: fokus keeps a heading's {#id} and {.class} only", note.Dest)
		case note.Kind == "anchor" && note.Dest != "":
			msg = fmt.Sprintf("this link leads to no heading of the page: fokus writes this heading's id as %s; write [text](#%s)", note.Dest, note.Dest)
		case note.Kind == "anchor":
			msg = "this link leads to no heading of the page; a heading's id is its text in small letters, with - for spaces and ae, oe, ue for ä, ö, ü (## Größe & Kosten is #groesse-kosten), or the one written after it, ## Kosten {#kosten}"
		case note.Kind == "html-remote":
			msg = fmt.Sprintf("this HTML loads %s from another server; a page of fokus loads nothing from outside the site (unsafe_html lets this through): put the file into static/ and link it from the page", clipAddress(note.Dest))
		case note.Kind == "html-refresh":
			msg = fmt.Sprintf("this HTML sends the reader on to %s, another server, by itself (a refresh); a page of fokus loads nothing from outside the site (unsafe_html lets this through): link the address instead", clipAddress(note.Dest))
		case note.Kind == "html-form":
			msg = fmt.Sprintf("this form sends what the reader enters to %s, another server; a page of fokus loads nothing from outside the site and sends nothing there (unsafe_html lets this through): link the form's own page instead", clipAddress(note.Dest))
		case note.Kind == "html-ping":
			msg = fmt.Sprintf("this link reports each click on it to %s, another server (ping); a page of fokus loads nothing from outside the site and sends nothing there (unsafe_html lets this through): leave out ping", clipAddress(note.Dest))
		case note.Kind == "html-base":
			msg = fmt.Sprintf("this <base> makes the page's relative addresses lead from %s, not from the page: the site's menu and the theme's scripts too, which then break, and the links that check looks at from the page; leave it out, and write each address from the page, or in full (https://…)", clipAddress(note.Dest))
		case note.Kind == "html-base-target":
			msg = fmt.Sprintf("this <base> opens every link of the page as target=%q does, the site's menu too; leave it out, and give target=%q to the links that are to open so", note.Dest, note.Dest)
		case note.Kind == "img-empty":
			msg = "this image has no address, so only its text is shown; write where the picture is, as ![Plan](../../img/plan.png) for static/img/plan.png"
		case note.Kind == "html":
			msg = "raw HTML is not shown: fokus leaves HTML in Markdown out of the page unless fokus.toml sets unsafe_html = true; write it in Markdown instead"
		case note.Kind == "html-block":
			msg = "raw HTML is not shown, and the text of its block (up to the next blank line) is left out with it: fokus leaves HTML in Markdown out of the page unless fokus.toml sets unsafe_html = true; write it in Markdown instead"
		case note.Kind == "root":
			msg = "this link starts at the server's root, so it breaks when the site is in a sub-folder or opened from a file; make it relative (../other-slug/) or a full https:// address"
		case note.Remote:
			msg = "this image is shown as a link to it: a page of fokus loads nothing from outside the site"
		case note.Kind == "" && strings.Count(target, "/") >= 2 && p.hasFile(target):
			// Another page may publish it there, or from a "../" less
			// (see site.LinkWarnings).
			doc.Links = append(doc.Links, Link{Dest: note.Dest, Pos: Pos{src.BodyLine + line - 1, col}, Picture: msg, Elsewhere: p.inOtherFolder(&doc, target, note.Dest), What: note.What})
			continue
		}
		diags = append(diags, diag.Diagnostic{Path: filePath, Line: src.BodyLine + line - 1, Col: col, Severity: diag.Warning, Message: msg})
	}
	if err != nil {
		diags.Errorf(filePath, src.BodyLine, 1, "cannot render Markdown: %v", err)
	}
	t := &table{d: d, m: m, kind: string(kind) + " front matter"}
	var out any
	switch kind {
	case KindTeam:
		out = decodeTeam(doc, t)
	case KindIdea:
		out = decodeIdea(doc, t)
	case KindObjective:
		out = decodeObjective(doc, t)
	}
	return out, diags
}

// DecodeTOML decodes a TOML file of its own that is no content file (a
// theme's i18n/de.toml), reporting a syntax error at its line and column
// with the hints a front matter's gets: a label's text without quotes is
// told to be quoted, not only "expected value" at its line (QA, theme
// author). A line of text is told to be a label, not to close a front
// matter with +++, which the file has none of (review).
func DecodeTOML(filePath, text string) (map[string]any, diag.List) {
	var diags diag.List
	m, _ := decodeTOML(filePath, Source{Front: text, FrontLine: 1}, &diags, hintFor{labels: true})
	return m, diags
}

// decodeTOML parses the front matter, reporting a syntax error at its place
// in the file with a hint for the file that of describes.
func decodeTOML(filePath string, src Source, diags *diag.List, of hintFor) (map[string]any, bool) {
	m := map[string]any{}
	if line, col, msg, ok := checkShape(src.Front); !ok {
		what := "front matter"
		if filePath == ConfigFile || of.labels {
			what = path.Base(filePath)
		}
		diags.Errorf(filePath, src.FrontLine+line-1, charCol(src.Front, line, col), "%s is too deep for fokus: %s", what, msg)
		return nil, false
	}
	if _, err := toml.Decode(src.Front, &m); err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			lines := strings.Split(src.Front, "\n")
			if at := newlineLine(lines, perr.Position.Line, perr.Message); at != perr.Position.Line {
				// At the end of the line before: one past its last byte.
				perr.Position.Line = at
				perr.Position.Col = len(lines[at-1]) + 1
			}
			if at, col := unclosedAt(lines, perr); at > 0 {
				perr.Position.Line, perr.Position.Col = at, col
			} else if perr.Position.Line >= 1 && perr.Position.Line <= len(lines) {
				perr.Position.Col = pastSpace(lines[perr.Position.Line-1], perr.Position.Col)
				perr.Position.Col = controlCol(lines[perr.Position.Line-1], perr.Position.Col, perr.Message)
				perr.Position.Col = markCol(lines[perr.Position.Line-1], perr)
			}
			line := src.FrontLine + perr.Position.Line - 1
			col := charCol(src.Front, perr.Position.Line, perr.Position.Col)
			if strings.HasSuffix(perr.Message, "has already been defined.") {
				// The parser is past the value by then (4:24 after a
				// string); the mistake is the key, at its line's start,
				// or the second of an inline table's keys of one name.
				col = keyCol(src.Front, perr.Position.Line, col)
				_, key, _ := strings.Cut(perr.Message, "'")
				key, _, _ = strings.Cut(key, "'")
				if perr.Position.Line >= 1 && perr.Position.Line <= len(lines) {
					if at := inlineTwice(lines[perr.Position.Line-1], key); at >= 0 {
						col = charCol(src.Front, perr.Position.Line, at+1)
					}
				}
			}
			msg, h := shorten(perr.Message), hint(src, perr, of)
			if h != "" {
				msg = strings.TrimSuffix(msg, ".") // "defined.; it is set"
			}
			diags.Errorf(filePath, line, col, "invalid TOML: %s%s", msg, h)
			for _, e := range moreErrors(src, perr.Position.Line, of) {
				diags.Errorf(filePath, src.FrontLine+e.line-1, charCol(src.Front, e.line, e.col), "%s", e.msg)
			}
		} else {
			diags.Errorf(filePath, src.FrontLine, 1, "invalid TOML: %s", shorten(err.Error()))
		}
		return nil, false
	}
	if strings.IndexByte(src.Front, '{') >= 0 {
		if line, col, h := reopened(src.Front, src.FrontLine); line > 0 {
			diags.Errorf(filePath, src.FrontLine+line-1, charCol(src.Front, line, col), "invalid TOML: %s", h)
			return nil, false
		}
	}
	return m, true
}

// inputName is a score input's name as the scoring models spell it, or a
// copy of k: a key of the decoded map is a slice of the decoder's copy of
// the whole front matter (see table.str).
func inputName(k string) string {
	if name, ok := inputNames[k]; ok {
		return name
	}
	return strings.Clone(k)
}

var inputNames = func() map[string]string {
	m := map[string]string{}
	for _, name := range []string{"value", "time_criticality", "risk_reduction", "job_size", "reach", "impact", "confidence", "effort", "ease"} {
		m[name] = name
	}
	return m
}()

// charCol turns the decoder's byte column on line (both from 1) of text into
// a column in characters, as editors count, kept within the line.
func charCol(text string, line, byteCol int) int {
	lines := strings.Split(text, "\n")
	if line < 1 || line > len(lines) {
		return 1
	}
	l := lines[line-1]
	if byteCol < 1 {
		return 1
	}
	if byteCol > len(l)+1 {
		// Past the end of the line: point at the line's first character,
		// where the key of the offending line starts.
		return utf8.RuneCountInString(l[:len(l)-len(strings.TrimLeft(l, " \t"))]) + 1
	}
	return utf8.RuneCountInString(l[:byteCol-1]) + 1
}

func decodeTeam(doc Doc, t *table) *Team {
	tm := &Team{Doc: doc}
	tm.Title = t.text("title", true)
	if c, ok := t.num("capacity"); ok {
		if c <= 0 {
			// 0 or -1 is how a spreadsheet says "none": say how fokus does.
			t.d.errorf(t.d.pos.at("capacity"), "capacity must be > 0, not %s; for a team without a capacity, leave the line out", strconv.FormatFloat(c, 'f', -1, 64))
		}
		tm.Capacity = c
	}
	if w, ok := t.integer("wip_limit"); ok {
		if w <= 0 {
			t.d.errorf(t.d.pos.at("wip_limit"), "wip_limit must be > 0, not %d; for a team without a WIP limit, leave the line out", w)
		}
		tm.WIPLimit = w
	}
	tm.Door = t.str("door", false)
	tm.Members = t.names("members", "member", "an empty name")
	t.unknown(teamKeys...)
	return tm
}

// refs reads a list of references to documents of kind, by slug (an
// idea's teams, its objectives), as SlugRef writes them. A blank entry names
// none: it is left out, with a warning at its place, as blank tags and stops
// are, rather than reported as an unknown team "" with no file
// content/teams/.md (QA). at is, for each entry of out, its index in the
// file's list, and nil when none was left out.
func (t *table) refs(key, kind string) (out []string, at []int) {
	refs := t.strs(key)
	arr, _ := t.m[key].([]any)
	blanks := false
	for _, r := range refs {
		blanks = blanks || strings.TrimSpace(r) == ""
	}
	if !blanks || len(arr) != len(refs) { // (an entry that is no string is an error)
		for i, r := range refs {
			refs[i] = SlugRef(r)
		}
		return refs, nil
	}
	out = refs[:0]
	for i, r := range refs {
		if strings.TrimSpace(r) == "" {
			t.d.warnf(t.d.pos.at(t.path(key)+"."+strconv.Itoa(i)), "%s has a blank entry, which names no %s and is left out; remove it or write the %s's slug", t.label(key), kind, kind)
			continue
		}
		out, at = append(out, SlugRef(r)), append(at, i)
	}
	return out, at
}

func decodeIdea(doc Doc, t *table) *Idea {
	idea := &Idea{Doc: doc}
	idea.Title = t.text("title", true)
	idea.Submitted, _ = t.date("submitted", true)
	idea.Author = t.text("author", false)
	idea.Teams, idea.teamAt = t.refs("teams", "team")
	idea.Status = t.str("status", false)
	// Without status an idea is proposed; status = "" is a status written
	// and left empty, as a script writes an empty cell, an error like
	// status = " " (QA: it passed as proposed without a word).
	if _, written := t.m["status"].(string); idea.Status == "" && !written {
		idea.Status = "proposed"
	} else if !slices.Contains(Statuses, idea.Status) {
		// Quoted, as the value is written (status = "in-progress").
		msg := "unknown status %q; use one of \"" + strings.Join(Statuses, "\", \"") + "\""
		// The status the hint for one without quotes names (statusFor),
		// so that the two cannot differ.
		if s := statusFor(idea.Status); s != "" {
			msg = "unknown status %q; did you mean \"" + s + "\"?"
			if _, label := fromGerman(statusWord(idea.Status)); label != "" {
				msg = "unknown status %q; write \"" + s + "\": the file takes a status's English name, which the site shows in German as \"" + label + "\""
			}
		} else if s := suggest(idea.Status, Statuses); s != "" {
			msg = "unknown status %q; did you mean \"" + s + "\"?"
		}
		t.d.errorf(t.d.pos.at("status"), msg, idea.Status)
	}
	idea.Tags = t.tags()
	idea.Objectives, idea.objectiveAt = t.refs("objectives", "objective")
	idea.Draft, _ = t.boolean("draft")
	switch v := t.m["score"].(type) {
	case int64, float64, string:
		// score = 7.5: the number the meeting agreed on (QA: told only
		// that it must be a table).
		t.d.errorf(t.d.pos.at(t.path("score")), "score must be a table [score] of the scoring model's inputs, not %s: fokus computes the score from them; write them under a line [score] at the end of the front matter, as the comment that fokus new writes shows", describe(v))
		delete(t.m, "score")
	}
	if s := t.sub("score", "[score]"); s != nil {
		idea.Score = map[string]float64{}
		for k := range s.m {
			if slices.Contains(ideaKeys, k) { // status = … written below [score]
				s.unknownKey(k, nil)
				continue
			}
			v, ok := s.num(k)
			if !ok {
				// Reported (a wrong type, too large); NaN tells the model it is
				// there but unusable, so it is not also reported as missing.
				v = math.NaN()
			}
			idea.Score[inputName(k)] = v
		}
	}
	if v, ok := t.m["decision"].(string); ok && statusFor(v) != "" {
		// decision = "accepted": what was decided, which fokus reads as
		// the status (QA: told only that it must be a table).
		t.d.errorf(t.d.pos.at(t.path("decision")), "decision must be a table [decision], not a string (%q): what was decided is the idea's status, status = %q, and [decision] holds the decision's date, by and rationale", v, statusFor(v))
		delete(t.m, "decision")
	}
	if dt := t.sub("decision", "[decision]"); dt != nil {
		dec := &Decision{}
		dec.Date, _ = dt.date("date", true)
		dec.By = dt.text("by", true)
		dec.Rationale = dt.str("rationale", true)
		dec.Stops, dec.StopAt = dt.stops()
		dec.Revisit, _ = dt.date("revisit", false)
		dt.unknown(decisionKeys...)
		idea.Decision = dec
	}
	t.unknown(ideaKeys...)
	return idea
}

func decodeObjective(doc Doc, t *table) *Objective {
	o := &Objective{Doc: doc}
	o.Title = t.text("title", true)
	list, isList := t.m["team"].([]any)
	name, isName := "", false
	if len(list) == 1 {
		name, isName = list[0].(string)
	}
	switch {
	case isList && len(list) > 1:
		// An OKR tool's shared objective (QA: "team must be a string"
		// said nothing of how to share one).
		t.d.errorf(t.d.pos.at(t.path("team")), "team names one team, not %d: an objective belongs to one team; for an objective that teams share, write one for each team with the key results it carries, and let ideas name both", len(list))
	case isName:
		// Read as the team it names, so that nothing more is said of it.
		t.d.errorf(t.d.pos.at(t.path("team")), "team is one team's slug, written as text: team = %q", name)
		o.Team = SlugRef(name)
	default:
		o.Team = SlugRef(t.str("team", true))
	}
	o.Period = strings.TrimSpace(t.str("period", true)) // " 2026-Q4" is 2026-Q4, also in headings
	o.Owner = t.text("owner", false)
	var ok bool
	o.Reviewed, ok = t.date("reviewed", false)
	_, written := t.m["reviewed"]
	o.Unreviewable = written && !ok
	krs := t.subs("key_results", "[[key_results]]")
	if v, ok := t.m["key_results"]; !ok && !t.aliased("key_results") {
		t.d.errorf(Pos{1, 1}, "objective has no key results; add at least one [[key_results]] with a title and a target")
	} else if len(krs) == 0 && isEmptyArray(v) {
		t.d.errorf(t.d.pos.at("key_results"), "objective has no key results; add at least one [[key_results]] with a title and a target")
	}
	for _, kt := range krs {
		o.KeyResults = append(o.KeyResults, decodeKeyResult(kt))
	}
	t.unknown(objectiveKeys...)
	return o
}

func decodeKeyResult(t *table) KeyResult {
	kr := KeyResult{Confidence: -1}
	kr.Title = t.text("title", true)
	kr.Unit = t.str("unit", false)
	if c, ok := t.num("confidence"); ok {
		if c < 0 || c > 1 {
			// Up to 10 it is a rating out of ten, as Radical Focus and
			// the OKR tools after it ask for one ("5/10"), not so many
			// percent; 1.01 is neither, a slip past 1.
			hint := ""
			switch {
			case c >= 2 && c <= 10:
				hint = fmt.Sprintf("; %g out of 10 is written %g", c, c/10)
			case c > 10 && c <= 100:
				hint = fmt.Sprintf("; %g%% is written %g", c, c/100)
			}
			t.d.errorf(t.d.pos.at(t.path("confidence")), "%s must be between 0 and 1, not %g%s", t.label("confidence"), c, hint)
		}
		kr.Confidence = c
	}
	for _, ct := range t.subs("checkins", "[[key_results.checkins]]") {
		var c Checkin
		c.Date, c.At, _ = ct.dateTime("date", true)
		_, yesNo := t.m["done"]
		value, present := ct.m["value"]
		_, isText := value.(string)
		if b, isBool := value.(bool); isBool && yesNo {
			// A yes/no result's check-in may say true or false, as done does.
			if b {
				c.Value = 1
			}
		} else if isText && yesNo {
			hint := "" // "ja", as done's hint says it
			if text := strings.TrimSpace(value.(string)); bareYesNo.MatchString(text) {
				hint = fmt.Sprintf("; write value = %t, without quotes", yes(text))
			}
			ct.d.errorf(ct.d.pos.at(ct.path("value")), "%s must be true or false (or 1 or 0) on a yes/no result, not %s%s", ct.label("value"), describe(value), hint)
		} else {
			v, ok := ct.num("value")
			if !ok && !present {
				ct.missing("value")
			}
			c.Value = v
		}
		c.Note = ct.str("note", false)
		ct.unknown(checkinKeys...)
		kr.Checkins = append(kr.Checkins, c)
	}
	done, hasDone := t.boolean("done")
	start, hasStart := t.num("start")
	target, hasTarget := t.num("target")
	current, hasCurrent := t.num("current")
	_, doneSet := t.m["done"]
	_, startSet := t.m["start"]
	_, targetSet := t.m["target"]
	switch {
	case doneSet && (startSet || targetSet):
		t.d.errorf(t.d.pos.keyAt(t.path("done")), "%s is a yes/no result (done) and a numeric one (start, target) at once; keep one", t.label("done"))
	case doneSet:
		kr.YesNo, kr.Done = true, done && hasDone
		if kr.Unit != "" {
			t.d.warnf(t.d.pos.at(t.path("unit")), "%s is not shown on a yes/no result (done), which has no number to measure; remove unit", t.label("unit"))
		}
		for i, c := range kr.Checkins {
			if c.Value != 0 && c.Value != 1 {
				at := t.path("checkins." + strconv.Itoa(i) + ".value")
				t.d.errorf(t.d.pos.at(at), "%s is a yes/no result: a check-in's value is 1 or true (done), 0 or false (not yet), not %g", t.label("checkins.value"), c.Value)
			}
		}
	case !startSet && !targetSet && !t.aliased("start") && !t.aliased("target") && !t.aliased("done"):
		t.d.errorf(t.d.pos.at(t.prefix), "key result %q needs start and target (a number to move) or done = true/false (a yes/no result)", kr.Title)
	case !startSet && !t.aliased("start"):
		// OKR tools start a result at 0 unless told otherwise; fokus
		// wants it written, as a falling result starts above its target
		// (QA: told only that it is missing). A start in other words
		// (ausgangswert) is told at its own key.
		t.d.errorf(t.d.pos.at(t.prefix), "missing required key %q in %s; write the value the result starts from, as measured when the period began: start = 0 for a count from zero", "start", t.kind)
	case !targetSet:
		t.missing("target")
	case hasStart && hasTarget && start == target:
		t.d.errorf(t.d.pos.at(t.path("target")), "%s equals start (%g); a key result must move from start to a different target", t.label("target"), target)
	}
	kr.Start, kr.Target = start, target
	kr.Current = start
	if hasCurrent {
		kr.Current, kr.WrittenCurrent = current, &current
	}
	if hasDone {
		kr.WrittenDone = &done
	}
	if n := len(kr.Checkins); n > 0 {
		newest := kr.Checkins[0]
		for _, c := range kr.Checkins[1:] {
			if c.Compare(newest) >= 0 {
				newest = c
			}
		}
		kr.Current = newest.Value
		if kr.YesNo {
			kr.Done = newest.Value >= 1
		}
	} else if kr.YesNo && kr.Done {
		kr.Current = 1
	} else if kr.YesNo {
		kr.Current = 0
	}
	t.unknown(keyResultKeys...)
	return kr
}

func isEmptyArray(v any) bool {
	switch v := v.(type) {
	case []any:
		return len(v) == 0
	case []map[string]any:
		return len(v) == 0
	}
	return false
}

// lineCol turns a byte offset in text into a line and a column (in
// characters), both from 1.
func lineCol(text []byte, off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off && i < len(text); i++ {
		if text[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCount(text[start:min(off, len(text))]) + 1
}

// lineIndex finds the line and column of offsets in a text: lineCol for
// many offsets, which scanned the text from its start for each (QA: a body
// of 1 MB with 4,400 links took 1.5 s to check).
type lineIndex struct {
	text   []byte
	starts []int // offsets where lines start
}

func newLineIndex(text []byte) *lineIndex { return &lineIndex{text: text} }

func (x *lineIndex) at(off int) (line, col int) {
	if x.starts == nil {
		x.starts = []int{0}
		for i, c := range x.text {
			if c == '\n' {
				x.starts = append(x.starts, i+1)
			}
		}
	}
	off = max(0, min(off, len(x.text)))
	// The last line that starts at or before off (a line starts after its
	// newline: an offset at a newline is on the line it ends).
	n := sort.SearchInts(x.starts, off+1) - 1
	return n + 1, utf8.RuneCount(x.text[x.starts[n]:off]) + 1
}

// foreignMark is a place where a body uses another tool's syntax, which
// the page shows as text: a Hugo shortcode, or a wiki link (wiki: the
// Markdown link to write instead).
type foreignMark struct {
	off  int
	wiki string
	// wikiRef and wikiText are a wiki link's name without a folder and its
	// text, whose file the site finds (see Link.Ref).
	wikiRef, wikiText string
	ref               string // the page that Hugo's ref or relref names ("crm", "/ideas/crm.md")
}

// refShortcode is Hugo's {{< ref "crm" >}} or {{< relref "crm.md" >}}, as
// a link's address is written in Hugo, at the start of what it is given.
var refShortcode = regexp.MustCompile(`^\{\{[<%]\s*(?:rel)?ref\s+"([^"\n]+)"\s*[>%]\}\}`)

// RefMessage tells the author of the file at src how to write the link
// that Hugo's ref gives to ref ("/ideas/crm.md", "crm#kosten"): as the
// content file's path, relative to src.
func RefMessage(src, ref string) string {
	return "Hugo's ref and relref are not run by fokus, and the page shows the link as text; write the content file's path, relative to this file, as the link's address: (" + refLink(src, ref) + ")"
}

// WikiMessage tells the author of a wiki link the Markdown link to write.
func WikiMessage(fix string) string {
	return "wiki links are not read by fokus, and the page shows them as text; write a Markdown link: " + fix
}

// WikiLink is the Markdown link to write for a wiki link of text to ref
// ("/ideas/crm.md"), from the file at src.
func WikiLink(src, text, ref string) string {
	return "[" + text + "](" + refLink(src, ref) + ")"
}

// refLink is the address fokus reads for the page that Hugo's ref names
// from the file at src: the file's path relative to src, "crm.md" for a
// name alone, which fokus finds beside it as Hugo finds it anywhere.
func refLink(src, ref string) string {
	ref, frag, _ := strings.Cut(ref, "#")
	if strings.Contains(ref, "/") {
		ref = PathFrom(src, path.Join("content", ref))
	}
	if path.Ext(ref) == "" {
		ref += ".md"
	}
	if frag != "" {
		ref += "#" + frag
	}
	return ref
}

// PathFrom is the path of the file of the source folder at file, as a
// body of the content file at src refers to it: from src's folder
// ("../ideas/y/skizze.png" from content/teams/sales.md).
func PathFrom(src, file string) string {
	rel, err := filepath.Rel(filepath.FromSlash(path.Dir(src)), filepath.FromSlash(file))
	if err != nil {
		return file
	}
	return filepath.ToSlash(rel)
}

// wikiLink is [[target]], [[target|label]] or ![[picture]], as Obsidian and
// other wikis write links. It matches only at the start of what it is given.
var wikiLink = regexp.MustCompile(`^(!?)\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]`)

// foreignSyntax finds the Hugo shortcodes and wiki links of a body, each
// (at most ten of each), outside code: in `code` or a fenced block they are
// shown as meant (Markdown QA: a shortcode quoted in code was warned about,
// a second one was not, and wiki links were left without a word).
func foreignSyntax(body []byte) []foreignMark {
	if !bytes.Contains(body, []byte("{{")) && !bytes.Contains(body, []byte("[[")) {
		return nil
	}
	var out []foreignMark
	shortcodes, wikis := 0, 0
	var code codeFences
	for start := 0; start < len(body); {
		end := lineEnd(body, start)
		line := body[start:end]
		if !code.in(line) {
			// Backticks before i, counted as i moves on: counting them
			// from the line's start at each brace took quadratic time, as
			// did searching the rest of the line for a wiki link at each
			// bracket; a line of 400 KB of "[" held check for minutes
			// (security review).
			ticks, counted := 0, 0
			for i := 0; i+1 < len(line); i++ {
				if line[i] != '{' && line[i] != '[' || line[i+1] != line[i] {
					continue
				}
				ticks += bytes.Count(line[counted:i], []byte("`"))
				counted = i
				if ticks%2 == 1 {
					continue // in a code span
				}
				if line[i] == '{' {
					if rest := bytes.TrimLeft(line[i+2:], " "); len(rest) > 0 && (rest[0] == '<' || rest[0] == '%') && shortcodes < 10 {
						shortcodes++
						mark := foreignMark{off: start + i}
						if g := refShortcode.FindSubmatch(line[i:]); g != nil {
							mark.ref = string(g[1])
						}
						out = append(out, mark)
					}
					i++
					continue
				}
				at := i
				if at > 0 && line[at-1] == '!' {
					at--
				}
				if wikis >= 10 {
					continue
				}
				g := wikiLink.FindSubmatch(line[at:])
				if g == nil {
					continue
				}
				wikis++
				target, label := strings.TrimSpace(string(g[2])), strings.TrimSpace(string(g[3]))
				fix := "[" + cmp.Or(label, target) + "](" + target + ".md)"
				if len(g[1]) > 0 || strings.Contains(path.Base(target), ".") {
					fix = "![" + label + "](../../img/" + target + ") for static/img/" + target
				}
				mark := foreignMark{off: start + at, wiki: fix}
				if !strings.HasPrefix(fix, "!") && !strings.Contains(target, "/") {
					mark.wikiRef, mark.wikiText = target, cmp.Or(label, target)
				}
				out = append(out, mark)
				i = at + len(g[0]) - 1
			}
		}
		start = end + 1
	}
	return out
}

// spacedAddresses returns the places of body, outside code, where a link
// or an image is written with a space in its address ("![Skizze](Mein
// Bild.png)", as a file manager names a file and Typora writes it), at most
// 10, each with the link to write instead: CommonMark ends an address at a
// space, so the page showed the brackets as text, and no word why
// (Markdown QA). Only an address with a dot or a slash is taken for one, so
// that "[siehe oben](wie besprochen)" in prose is left alone; one with a
// title (x.png "Plan") is none.
func spacedAddresses(body []byte) []spacedMark {
	if !bytes.Contains(body, []byte("](")) {
		return nil
	}
	var out []spacedMark
	var code codeFences
	for start := 0; start < len(body) && len(out) < 10; {
		end := lineEnd(body, start)
		line := body[start:end]
		if !code.in(line) && spacedParen(line) {
			for _, g := range spacedLink.FindAllSubmatchIndex(line, -1) {
				dest := bytes.TrimSpace(line[g[6]:g[7]])
				if !bytes.ContainsAny(dest, " \t") || !bytes.ContainsAny(dest, "./") || titled.Match(dest) ||
					bytes.Count(line[:g[0]], []byte("`"))%2 == 1 || len(out) >= 10 {
					continue
				}
				out = append(out, spacedMark{off: start + g[0], fix: string(line[g[2]:g[3]]) + "[" + string(line[g[4]:g[5]]) + "](<" + string(dest) + ">)"})
			}
		}
		start = end + 1
	}
	return out
}

// spacedParen reports whether line has a "](" followed by a space or a
// tab before its ")": a link or an image with a space in its address may
// be there. Most lines with links have none, and are not matched against
// spacedLink, which took a tenth of the time of parsing a file.
func spacedParen(line []byte) bool {
	for {
		i := bytes.Index(line, []byte("]("))
		if i < 0 {
			return false
		}
		line = line[i+2:]
		end := bytes.IndexByte(line, ')')
		if end < 0 {
			end = len(line)
		}
		if bytes.ContainsAny(line[:end], " \t") {
			return true
		}
	}
}

// spacedMark is a link or an image with a space in its address, at off,
// and fix, the link to write instead.
type spacedMark struct {
	off int
	fix string
}

var (
	// spacedLink is a link or an image as written, [text](address) or
	// ![alt](address), whose address is no <…> and holds no parentheses.
	spacedLink = regexp.MustCompile(`(!?)\[([^\[\]\n]*)\]\(([^()<>\n]*)\)`)
	// titled is an address followed by a title in quotes.
	titled = regexp.MustCompile(`^\S+\s+("[^"]*"|'[^']*')$`)
)

// fenceOf is the fence a line opens or closes (``` or ~~~, as long as
// written), or "".
// conflictMessage is what fokus says of a Git merge conflict left in a file.
const conflictMessage = "a Git merge conflict is left in the file (the lines <<<<<<<, ======= and >>>>>>>): keep the text you want, delete the other and the three marker lines"

// conflictMarkers returns the offsets of the lines of body that start a Git
// merge conflict (<<<<<<< ours), outside code blocks, at most 10. A merge
// that stopped on a content file left both sides on the page, and no word
// of it (QA).
func conflictMarkers(body []byte) []int {
	if !bytes.Contains(body, []byte("<<<<<<<")) {
		return nil
	}
	var out []int
	var code codeFences
	for start := 0; start < len(body) && len(out) < 10; {
		end := lineEnd(body, start)
		line := body[start:end]
		if !code.in(line) && isConflictMarker(line, '<') {
			out = append(out, start)
		}
		start = end + 1
	}
	return out
}

// secondFrontMatter is the offset of the body's first line +++ outside
// code blocks that a key = value line follows and another +++ closes, or
// -1: two ideas pasted into one file, the second of which was no idea of
// the site, and no word of it (QA).
func secondFrontMatter(body []byte) int {
	if !bytes.Contains(body, []byte(delimiter)) {
		return -1
	}
	var code codeFences
	opened := -1 // the +++ that a key = value line follows
	for start := 0; start < len(body); {
		end := lineEnd(body, start)
		if !code.in(body[start:end]) && string(bytes.TrimRight(body[start:end], " \t\r")) == delimiter {
			if opened >= 0 {
				return opened
			}
			if end < len(body) && pair.Match(body[end+1:lineEnd(body, end+1)]) {
				opened = start
			}
		}
		start = end + 1
	}
	return -1
}

// indentedProse is the offset of the body's first line of prose that its
// indent, a tab or four spaces, makes a block of code, or -1: a paragraph
// pasted from Word or a mail with its indent showed on the page in a box
// of fixed-width type, without a word of why (QA). An indented line after
// a list's item or a quote is theirs, not code, and one with a sign of
// code (=, {, <, …) or of fewer than four words is no prose.
func indentedProse(body []byte) int {
	if !bytes.Contains(body, []byte("\n\t")) && !bytes.Contains(body, []byte("\n    ")) {
		return -1 // most bodies
	}
	var code codeFences
	blank, inList := true, false
	for start := 0; start < len(body); start = lineEnd(body, start) + 1 {
		line := bytes.TrimRight(body[start:lineEnd(body, start)], " \t\r")
		switch {
		case code.in(line):
			blank = false
		case len(line) == 0:
			blank = true
		case line[0] == '\t' || bytes.HasPrefix(line, []byte("    ")):
			if text := bytes.TrimLeft(line, " \t"); blank && !inList && prose(text) {
				return start
			}
			blank = false
		default:
			// A line after a blank one begins a paragraph, unless it is
			// an item or a quote; without one, it goes on with its block.
			text := bytes.TrimLeft(line, " ")
			inList = listStart.Match(text) || text[0] == '>' || inList && !blank
			blank = false
		}
	}
	return -1
}

// prose reports whether line reads as a sentence: four words or more, and
// at most one in four of its parts no word (a figure, an option such as
// --source, a path).
func prose(line []byte) bool {
	parts := bytes.Fields(line)
	words := 0
	for _, p := range parts {
		if proseWord.Match(p) {
			words++
		}
	}
	return words >= 4 && words*4 >= len(parts)*3
}

// proseWord is a word of a sentence, with its marks; listStart is the
// start of a list's item after a blank line, where any number begins one
// (see listItem for one that interrupts a paragraph).
var (
	proseWord = regexp.MustCompile(`^["'„“‚‘«(]?\pL+(?:[-'’]\pL+)*[.,:;!?"'’“”«»)]*$`)
	listStart = regexp.MustCompile(`^(?:[-*+]|\d{1,9}[.)])(?:\s|$)`)
)

// isConflictMarker reports whether line is a marker line of a Git merge
// conflict made of c: seven of it, then the end or a space (<<<<<<< HEAD).
func isConflictMarker(line []byte, c byte) bool {
	line = bytes.TrimRight(line, "\r")
	if len(line) < 7 || bytes.Count(line[:7], []byte{c}) != 7 {
		return false
	}
	return len(line) == 7 || line[7] == ' '
}

// codeFences follows a body's fenced code blocks, line by line, for the
// scans that leave code alone.
type codeFences struct{ fence string }

// in reports whether line is a fence or inside fenced code, and moves on.
func (c *codeFences) in(line []byte) bool {
	trimmed := bytes.TrimLeft(line, " ")
	if f := fenceOf(trimmed); f != "" && len(line)-len(trimmed) < 4 {
		switch {
		case c.fence == "":
			c.fence = f
		case strings.HasPrefix(f, c.fence) && len(bytes.TrimSpace(trimmed[len(f):])) == 0:
			c.fence = ""
		}
		return true
	}
	return c.fence != ""
}

func fenceOf(line []byte) string {
	for _, c := range []byte("`~") {
		n := 0
		for n < len(line) && line[n] == c {
			n++
		}
		if n >= 3 {
			return string(line[:n])
		}
	}
	return ""
}

// clipAddress is an address to name in a warning, cut short: a tracker's
// may be hundreds of characters long, and its server is at its start.
func clipAddress(u string) string {
	if r := []rune(u); len(r) > 80 {
		return string(r[:70]) + "…"
	}
	return u
}

// shortenAt is the longest message of the TOML parser that is kept whole: it
// quotes what it found, which may be a line of megabytes.
const shortenAt = 300

// shorten cuts a message longer than shortenAt characters in its middle.
func shorten(msg string) string {
	r := []rune(msg)
	if len(r) <= shortenAt {
		return msg
	}
	return string(r[:shortenAt-60]) + " … " + string(r[len(r)-40:])
}

// tags returns an idea's tags without the empty ones and repeats, each
// with a warning: the backlog would show an empty badge, or one twice.
func (t *table) tags() []string { return t.names("tags", "tag", "an empty tag") }

// names reads a list of key whose items are each shown once, a blank one
// not at all, with a warning for each left out: an idea's tags, a team's
// members (QA: a member listed twice was printed twice on the door).
// one names an item, blank a blank one.
func (t *table) names(key, one, blank string) []string {
	tags := t.strs(key)
	out := tags[:0]
	// A place is looked up only for a warning: positions are read lazily,
	// and reading them for every idea cost the build and the preview time.
	at := func(i int) Pos { return t.d.pos.at(key + "." + strconv.Itoa(i)) }
	// Repeats are found in a map, not by comparing each tag with those
	// before it: 100,000 tags took 37 s (security review).
	var seen map[string]bool
	if len(tags) > 1 {
		seen = make(map[string]bool, len(tags))
	}
	for i, tag := range tags {
		if strings.TrimSpace(tag) == "" {
			t.d.warnf(at(i), "%s has %s; it is left out", key, blank)
			continue
		}
		folded := foldKey(strings.TrimSpace(tag))
		if seen[folded] {
			t.d.warnf(at(i), "%s %q is listed twice; it is shown once", one, tag)
			continue
		}
		if seen != nil {
			seen[folded] = true
		}
		out = append(out, tag)
	}
	return out
}

// foldKey is the same for two strings exactly when strings.EqualFold says
// they are equal: each letter upper, then lower case, but for İ and ı,
// which fold with no other letter.
func foldKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 'İ' || r == 'ı' {
			return r
		}
		return unicode.ToLower(unicode.ToUpper(r))
	}, s)
}

// keyCol returns the column (in characters) where the text of line n of
// front starts, or col when the line is empty.
func keyCol(front string, n, col int) int {
	lines := strings.SplitN(front, "\n", n+1)
	if n < 1 || n > len(lines) {
		return col
	}
	text := lines[n-1]
	trimmed := strings.TrimLeft(text, " \t")
	if trimmed == "" {
		return col
	}
	return utf8.RuneCountInString(text[:len(text)-len(trimmed)]) + 1
}

// misplaced says how to write a link or image from the page of the file at
// src whose target (a path from the site's root) misses a file the site
// publishes by a folder: written from the repository's root
// (static/files/t.pdf, which the site publishes as files/t.pdf), or with a
// "../" too many (from a file in a sub-folder of content/ideas/, whose page
// is still ideas/<slug>/). It returns "" when target is no such case. A
// link above the root that means a file beside the site on its server is
// told too when the site publishes a file of that name; the message says
// both.
func (p *Parser) misplaced(src, target string) string {
	from := toRoot(src)
	if rest, ok := strings.CutPrefix(target, "static/"); ok && !p.Published(target) && p.Published(rest) {
		return fmt.Sprintf("but static/ is published as the site's root: static/%s is %s on the site; write it from the page: %s%s", rest, rest, from, rest)
	}
	if strings.HasPrefix(target, "../") {
		rest := target
		for strings.HasPrefix(rest, "../") {
			rest = rest[3:]
		}
		rest = strings.TrimPrefix(rest, "static/")
		if p.Published(rest) {
			return AboveRoot(src, rest)
		}
	}
	return ""
}

// AboveRoot tells the author of the content file src how to write a link
// or image that leads above the site's root where rest, the path without
// its "../", is the site's file or page: from the page.
func AboveRoot(src, rest string) string {
	return fmt.Sprintf("above the site's root, beside the site where it is hosted; a page's links start from its page (%s), not from its file: for this site's %s, write %s%s", PageFolder(src), rest, toRoot(src), rest)
}

// toRoot is the way from the page of the content file at src to the site's
// root: "../../" from ideas/<slug>/.
func toRoot(src string) string { return strings.Repeat("../", strings.Count(PageFolder(src), "/")) }

// titleHeading finds a first line of body that repeats the title as the
// top heading ("# Der Titel"), as notes exported from Obsidian or Notion
// and READMEs begin: the page has the title as its heading already, and
// showed it twice, as a second <h1> (Markdown QA). It returns the line's
// start and end.
func titleHeading(body []byte, title string) (start, end int, ok bool) {
	for start < len(body) && (body[start] == '\n' || body[start] == '\r' || body[start] == ' ' || body[start] == '\t') {
		start++
	}
	if !bytes.HasPrefix(body[start:], []byte("# ")) {
		return 0, 0, false
	}
	hash := start
	for start > 0 && body[start-1] != '\n' { // the line's indentation
		start--
	}
	if hash-start > 3 {
		return 0, 0, false // indented code, no heading
	}
	end = start + bytes.IndexByte(body[start:], '\n')
	if end < start {
		end = len(body)
	}
	text := strings.TrimSpace(string(body[start:end]))
	text = strings.TrimSpace(strings.TrimPrefix(text, "#"))
	if closed := strings.TrimRight(text, "#"); closed != text && (closed == "" || strings.HasSuffix(closed, " ")) {
		text = strings.TrimSpace(closed) // "# Titel #"
	}
	if !strings.EqualFold(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(title), " ")) {
		return 0, 0, false
	}
	return start, end, true
}

// blankOut is body with the bytes from start to end as spaces: out of the
// page, while every offset of the body (for its warnings) stays.
func blankOut(body []byte, start, end int) []byte {
	out := bytes.Clone(body)
	for i := start; i < end; i++ {
		if out[i] != '\r' {
			out[i] = ' '
		}
	}
	return out
}
