package render

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"html/template"
	"math"
	"net/url"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"fokus/generator/content"
	"fokus/generator/site"
)

// Page is the view data of one page. Its methods are what templates call for
// links, text in the site's language and formatted numbers; the model itself
// comes sorted and computed from package site.
type Page struct {
	Site      *site.Site
	Root      string // "" or "../"… from this page to the site root
	Title     string
	Section   string // which navigation entry is active
	Idea      *site.Idea
	Objective *site.Objective
	Team      *site.Team

	lang    string
	strings map[string]string
	tmpl    *template.Template // the page's template set, for Fragment
	cache   *sync.Map          // fragments shared by the pages of one render
	rows    *sync.Map          // the built-in theme's rows and what they render, with rootStandIn
	// sharable says which templates may be rendered once for many pages
	// (see Theme.sharable); nil: all.
	sharable map[string]bool
	// theme is the theme the page is rendered with, for Link to know its
	// static files and their versions; nil: Link checks nothing and links
	// without versions.
	theme *Theme
	// depth is how many parts rendered through a function (fragment,
	// badge, ideaRow…) enclose the one being rendered: see enter.
	depth int
}

// maxDepth is the most parts rendered through functions inside each
// other. The built-in theme nests three; a part that calls itself through
// fragment or badge nests without end, and each call is an execution of
// its own, which text/template's limit of nesting does not count: the
// stack overflowed, and killed fokus serve with it (QA, theme author).
const maxDepth = 100

// enter is the page to render the part name with, one level deeper than
// p, or an error when that is too deep.
func (p *Page) enter(name string) (*Page, error) {
	if p.depth >= maxDepth {
		return nil, fmt.Errorf("the part %q is rendered inside itself %d times: a part that calls itself through fragment, badge or another function, directly or through another part, never ends", name, maxDepth)
	}
	q := *p
	q.depth++
	return &q, nil
}

// Fragment renders the named template once per render for all pages with
// the same root and section (the navigation, the footer) and reuses it:
// thousands of pages share a handful of variants, and executing them again
// for each page was a third of the render time. The fragment must depend on
// nothing but the site, the root and the section.
func (p *Page) Fragment(name string) (template.HTML, error) {
	return p.memo(name+"\x00"+p.Root+"\x00"+p.Section, name, p)
}

// IdeaRow renders one idea's row of an idea table. The same idea is listed
// on the backlog, the priorities, its teams' and its objectives' pages and
// the dashboard: 36,000 rows at 10,000 ideas, of 10,000 ideas.
//
// The built-in theme's row uses the page's root only at the start of the
// href of its links, so it is rendered once per idea, with rootStandIn as
// the root, and each page puts in its own. The stand-in is letters and
// digits, which html/template leaves as they are in a URL, and a root is
// dots and slashes, which need no escaping at the start of an href; the
// row stays as html/template escaped it. What the row renders with the
// stand-in (its team links, its badge) is kept apart from what pages
// render (Page.rows), so that the stand-in reaches no page unreplaced.
//
// Another theme's row may use the root in any way, so it is rendered once
// per idea and root.
func (p *Page) IdeaRow(idea *site.Idea) (template.HTML, error) {
	if p.rows == nil {
		return p.memo("idea-row\x00"+p.Root+"\x00"+idea.Slug, "idea-row", Pair{p, idea})
	}
	if p.tmpl == nil {
		return "", fmt.Errorf("idea row: page has no template set")
	}
	key := "idea-row\x00" + idea.Slug
	v, ok := p.rows.Load(key)
	if !ok {
		stand, err := p.enter("idea-row")
		if err != nil {
			return "", err
		}
		stand.Root, stand.cache = rootStandIn, p.rows
		row, err := execute(p.tmpl, "idea-row", Pair{stand, idea})
		if err != nil {
			return "", err
		}
		v, _ = p.rows.LoadOrStore(key, row)
	}
	return template.HTML(strings.ReplaceAll(v.(string), rootStandIn, p.Root)), nil
}

// rootStandIn stands for the root in rows rendered for many pages. It is
// new in every run, so that no content can spell it.
var rootStandIn = "fokusroot" + rand.Text()

// IdeaPart renders the named template with Pair{page, idea} once per idea
// for every page: the parts of an idea's row without links, in themes made
// from the default theme of 2026-11-26. The template must not use the
// page's root or section.
func (p *Page) IdeaPart(name string, idea *site.Idea) (template.HTML, error) {
	return p.memo(name+"\x00"+idea.Slug, name, Pair{p, idea})
}

// Badge is the "badge" partial of a status, rendered once per status.
func (p *Page) Badge(status string) (template.HTML, error) {
	return p.memo("badge\x00"+status, "badge", Pair{p, status})
}

// Bar is the "bar" partial of a progress, rendered once per value.
func (p *Page) Bar(f float64) (template.HTML, error) {
	return p.memo("bar\x00"+strconv.FormatFloat(f, 'g', -1, 64), "bar", Pair{p, f})
}

// ShownBar is the "shown-bar" partial of a progress, rendered once per
// value: the bar where its figure is printed beside it, hidden from screen
// readers, which would read the figure twice. A theme's partials.html from
// before it had one gets its "bar".
func (p *Page) ShownBar(f float64) (template.HTML, error) {
	if p.tmpl != nil && p.tmpl.Lookup("shown-bar") == nil {
		return p.Bar(f)
	}
	return p.memo("shown-bar\x00"+strconv.FormatFloat(f, 'g', -1, 64), "shown-bar", Pair{p, f})
}

// Filter is the "filter" partial of the page, the form of the filter of
// its ideas (the backlog's, the decision log's). A theme's partials.html
// from before it had one gets the built-in one (review: such a theme lost
// the backlog's filter it had, without a word); a set without any, as
// tests make them, gives no filter: the page lists every idea, as it does
// without JavaScript.
func (p *Page) Filter() (template.HTML, error) {
	set := p.tmpl
	if set != nil && set.Lookup("filter") == nil && p.theme != nil {
		set = p.theme.builtinFilter
	}
	if set == nil || set.Lookup("filter") == nil {
		return "", nil
	}
	q, err := p.enter("filter")
	if err != nil {
		return "", err
	}
	out, err := execute(set, "filter", q)
	return template.HTML(out), err
}

// TeamList is the "teams-inline" partial of a list of teams, rendered once
// per root and list.
func (p *Page) TeamList(teams []*site.Team) (template.HTML, error) {
	key := "teams-inline\x00" + p.Root
	for _, t := range teams {
		key += "\x00" + t.Slug
	}
	return p.memo(key, "teams-inline", Pair{p, teams})
}

// TeamWord is how many letters the longest word of a team's name has, a
// word ending at a space or after a hyphen, where a line may break. The
// idea tables give it to the stylesheet, which makes their printed teams'
// column room for it: a German team of one long word
// ("Geschäftskundenbetreuung") broke inside it, "Vertriebsinnendie" over
// "nst", on A4 upright, where a browser without hyphenation rules for
// German (Chromium on Linux) breaks a word anywhere (print QA).
func (p *Page) TeamWord() int {
	longest := 0
	for _, t := range p.Site.Teams {
		longest = max(longest, teamWord(t))
	}
	return longest
}

// teamWord is how many letters the longest word of a team's name has
// (see TeamWord), the hyphen that ends one counted. A soft hyphen
// (U+00AD, "Geschäftskunden\u00ADbetreuungsteam" in TOML) ends a word
// too: its writer says where the word may break, which a browser without
// German hyphenation rules does not know.
func teamWord(t *site.Team) int {
	longest, n := 0, 0
	for _, r := range content.Tie(t.Title) { // as the pages set it
		if content.Breakable(r) {
			n = 0
			continue
		}
		n++
		longest = max(longest, n)
		if r == '-' || r == '\u00ad' {
			n = 0
		}
	}
	return longest
}

// TeamWordOf is TeamWord of the teams that these ideas name: a table's
// printed teams' column is as wide as its own teams' names need. Set by
// the site's longest word, every idea table of a site with one team of a
// long word ("Geschäftskundenbetreuungsteam Nord") gave its teams a
// quarter of the paper, also where no row names that team, and the
// decision beside it ran to twice the lines (print QA). Each team's word
// is counted once per render.
func (p *Page) TeamWordOf(ideas []*site.Idea) int {
	words := p.teamWords()
	longest := 0
	for _, i := range ideas {
		for _, t := range i.Teams {
			longest = max(longest, words[t])
		}
	}
	return longest
}

// WordOf is TeamWord of one team: a heading of its name sets a word
// longer than a phone's line smaller (fokus.css, .team-name), where
// "Geschäftskundenbetreuungsteam" broke as "…betreu" over "ungsteam" in
// its page's h1 at 375 px (QA).
func (p *Page) WordOf(t *site.Team) int { return p.teamWords()[t] }

func (p *Page) teamWords() map[*site.Team]int {
	const key = "team-words"
	if p.cache != nil {
		if v, ok := p.cache.Load(key); ok {
			return v.(map[*site.Team]int)
		}
	}
	words := make(map[*site.Team]int, len(p.Site.Teams))
	for _, t := range p.Site.Teams {
		words[t] = teamWord(t)
	}
	if p.cache != nil {
		p.cache.Store(key, words)
	}
	return words
}

// ScoreWidth is how many characters the longest score of the site has as
// the pages write it. The idea tables give it to the stylesheet, which
// makes their printed score column room for it, up to a fifth of the
// paper, and sets a longer score smaller: RICE's scores have any number
// of figures, and in the column of 13 % a score of seven (6,000,000) or of
// five and two decimals (55,384.62) ran into the decision beside it on A4
// upright (print QA). Every idea table of every page asks, so it is worked
// out once per render.
func (p *Page) ScoreWidth() int {
	if p.cache == nil {
		return scoreWidth(p)
	}
	const key = "score-width"
	if v, ok := p.cache.Load(key); ok {
		return v.(int)
	}
	w := scoreWidth(p)
	p.cache.Store(key, w)
	return w
}

func scoreWidth(p *Page) int {
	widest := 0
	for _, idea := range p.Site.Ideas {
		if idea.Score != nil {
			widest = max(widest, p.ScoreChars(idea.Score))
		}
	}
	return widest
}

// ScoreChars is how many characters a score has as ScoreNum writes it. An
// idea's card gives it to the stylesheet, which sets a long score smaller
// so that it stays one line in the card (QA: 19 999 990 000 broke "00 / 0"
// on a phone).
func (p *Page) ScoreChars(s *site.Score) int { return utf8.RuneCountInString(p.ScoreNum(s)) }

// memo executes template name with data, or returns what it gave before
// under key. The result is html/template's own output for an HTML text
// context, inserted back into the same context, so it stays safe HTML.
// A theme's own template is executed for every page (see sharable).
func (p *Page) memo(key, name string, data any) (template.HTML, error) {
	if p.cache == nil || p.tmpl == nil {
		return "", fmt.Errorf("fragment %q: page has no template set", name)
	}
	shared := p.sharable == nil || p.sharable[name]
	if v, ok := p.cache.Load(key); ok && shared {
		return v.(template.HTML), nil
	}
	q, err := p.enter(name)
	if err != nil {
		return "", err
	}
	switch d := data.(type) {
	case *Page:
		data = q
	case Pair:
		d.P = q
		data = d
	}
	out, err := execute(p.tmpl, name, data)
	if err != nil {
		return "", err
	}
	h := template.HTML(out)
	if shared {
		p.cache.Store(key, h)
	}
	return h, nil
}

// execute renders the named template into a reused buffer and returns a
// copy of exactly its size. The fragments of a build are kept until its end
// (10,000 rows at 10,000 ideas); a strings.Builder's doubling had left them
// a third larger than their text, and the peak memory of a build is twice
// what is kept.
func execute(t *template.Template, name string, data any) (string, error) {
	b := fragments.Get().(*bytes.Buffer)
	defer fragments.Put(b)
	b.Reset()
	if err := t.ExecuteTemplate(b, name, data); err != nil {
		return "", err
	}
	return b.String(), nil
}

var fragments = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Current is the aria-current of the navigation's link to section: "page"
// on the section's own page, "true" on a page within it (an idea's page is
// in the backlog), "" elsewhere. An idea's page had said that the link to
// the backlog was the page itself (accessibility QA).
func (p *Page) Current(section string) string {
	switch {
	case p.Section != section:
		return ""
	case p.document() != "":
		return "true"
	}
	return "page"
}

// document is the content file of a document's page, or "".
func (p *Page) document() string {
	switch {
	case p.Idea != nil:
		return p.Idea.Path
	case p.Objective != nil:
		return p.Objective.Path
	case p.Team != nil:
		return p.Team.Path
	}
	return ""
}

// Lang is the page's language code.
func (p *Page) Lang() string { return p.lang }

// T returns the interface text for key in the site's language.
func (p *Page) T(key string) string {
	if s, ok := p.strings[key]; ok {
		return s
	}
	return key
}

// Count is n with the text of key, or of key_one when n is 1 and the
// language has one: "1 decision", "2 decisions".
func (p *Page) Count(n int, key string) string {
	if n == 1 {
		if s, ok := p.strings[key+"_one"]; ok {
			return "1 " + s
		}
	}
	return p.Num(float64(n)) + " " + p.T(key)
}

// Points is a number of points with its unit, in the singular for exactly
// one ("1 point", "1.5 points").
func (p *Page) Points(f float64) string {
	if f == 1 {
		return "1 " + p.T("point")
	}
	return p.Num(f) + " " + p.T("points")
}

// PointsUnit is the unit after "load / capacity": one point only when
// neither is more than one ("1 / 1 point", "2 / 1 points").
func (p *Page) PointsUnit(load, capacity float64) string {
	if max(load, capacity) == 1 {
		return p.T("point")
	}
	return p.T("points")
}

// Tf is T with fmt-style arguments. A theme's text may leave out the last
// of them ("The best ideas" for "The %d best of %d"; see
// placeholdersDiffer), which fmt would add as "%!(EXTRA int=15)".
func (p *Page) Tf(key string, args ...any) string {
	text := p.T(key)
	if n, reordered := placeholders(text); !reordered && len(n) < len(args) {
		args = args[:len(n)]
	}
	return fmt.Sprintf(text, args...)
}

// Link returns a relative URL to a site path; a path ending in "/" gets
// index.html, so links also work when the site is opened from file://.
//
// As Hugo's relURL does, an address with a scheme (https:, mailto:) or a
// host (//cdn) is left as it is, and a path from the server's root
// ("/backlog/") is taken from the site's; a fragment or query stays after
// the index.html (QA, theme author: "../../https://…", "../..//backlog/").
//
// A link to a file of the theme's or the site's static/ folder carries the
// version of its bytes (assets/fokus.css?v=…; see Theme.version), so that
// a changed stylesheet is not taken from a browser's cache. A static
// server and file:// ignore the query.
//
// A path where the site has no page or file is an error, as teamLink's
// slug of no team is: {{.Link "teams/nope/"}} linked to a page that is
// not there, without a word (QA).
func (p *Page) Link(target string) (string, error) {
	if err := p.noTarget(target); err != nil {
		return "", err
	}
	return p.href(target), nil
}

// href is Link without its check, for the links that fokus makes itself
// to the pages it renders.
func (p *Page) href(target string) string {
	if strings.HasPrefix(target, "//") {
		return target
	}
	if strings.IndexByte(target, ':') >= 0 { // parsed only then: links are many
		if u, err := url.Parse(target); err == nil && u.Scheme != "" {
			return target
		}
	}
	target = strings.TrimLeft(target, "/")
	rest := ""
	if i := strings.IndexAny(target, "?#"); i >= 0 {
		target, rest = target[:i], target[i:]
	}
	if target == "" || strings.HasSuffix(target, "/") {
		target += "index.html"
	} else if p.theme != nil && !strings.HasPrefix(rest, "?") {
		if v := p.theme.version(target); v != "" && !conflicts(target, p.Site) {
			rest = "?v=" + v + rest
		}
	}
	return p.Root + target + rest
}

// noTarget is the error for a site path that Link is given where the site
// has no page or file, with the nearest path it has; or nil. An address
// elsewhere, or above the site's root, is not the site's to know.
func (p *Page) noTarget(target string) error {
	if p.Site == nil || p.theme == nil || strings.HasPrefix(target, "//") {
		return nil
	}
	if strings.IndexByte(target, ':') >= 0 {
		if u, err := url.Parse(target); err == nil && u.Scheme != "" {
			return nil
		}
	}
	written := strings.TrimLeft(target, "/")
	if i := strings.IndexAny(written, "?#"); i >= 0 {
		written = written[:i]
	}
	file := written
	if file == "" || strings.HasSuffix(file, "/") {
		file += "index.html"
	}
	if unescaped, err := url.PathUnescape(file); err == nil {
		file = unescaped
	}
	// "./backlog/" and "teams/../backlog/" lead where a browser takes them.
	file = path.Clean(file)
	if file == ".." || strings.HasPrefix(file, "../") {
		return nil
	}
	has, dir := SiteHas(p.Site, file)
	files, static := p.theme.staticFiles()
	if has || static[file] || p.theme.unpublished(file) {
		return nil
	}
	if dir {
		return fmt.Errorf("%q is a folder: a link to its page ends in a slash, %q", written, written+"/")
	}
	if parts := strings.Split(file, "/"); len(parts) == 3 && parts[2] == "index.html" {
		if _, ok := pageKinds[parts[0]]; ok {
			msg := fmt.Sprintf("the site has no page %s: no %s has the slug %q", written, pageKinds[parts[0]], parts[1])
			if near := p.nearSlug(parts[0], parts[1]); near != "" {
				msg += fmt.Sprintf("; did you mean %q?", PagePath(parts[0], near))
			}
			return errors.New(msg)
		}
	}
	msg := fmt.Sprintf("the site has no page or file at %q", written)
	known := []string{"index.json", FeedPath}
	for _, f := range append(fixedFolders, "ideas") {
		known = append(known, f+"/")
	}
	if near := content.Suggest(written, append(known, files...)); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	}
	return errors.New(msg)
}

// pageKinds are the folders of the documents' pages, and whose pages
// they are.
var pageKinds = map[string]string{"ideas": "idea", "objectives": "objective", "teams": "team", "posters": "team"}

// IdeaLink, TeamLink, ObjectiveLink and PosterLink return relative URLs to
// those pages, for a document or its slug: {{$p.IdeaLink .}} reads the slug
// in Go, which is cheaper than html/template finding .Slug by reflection
// through the embedded document. The slug is a file name and may hold
// characters that mean something in a URL ("#", "?", "%"), so it is escaped
// as a path segment.
func (p *Page) IdeaLink(doc any) (string, error)      { return p.docLink("ideas", doc) }
func (p *Page) TeamLink(doc any) (string, error)      { return p.docLink("teams", doc) }
func (p *Page) ObjectiveLink(doc any) (string, error) { return p.docLink("objectives", doc) }
func (p *Page) PosterLink(doc any) (string, error)    { return p.docLink("posters", doc) }

func (p *Page) docLink(section string, doc any) (string, error) {
	var slug string
	switch d := doc.(type) {
	case string:
		slug = d
		if err := p.noDocument(section, slug); err != nil {
			return "", err
		}
	case *site.Idea:
		slug = d.Slug
	case *site.Team:
		slug = d.Slug
	case *site.Objective:
		slug = d.Slug
	case ObjectiveCard:
		slug = d.Slug
	default:
		return "", fmt.Errorf("a link to %s needs a slug or a document, not %T", section, doc)
	}
	return p.href(PagePath(section, slug)), nil
}

// noDocument is the error for a slug that no published document of
// section has, or nil: a theme's {{teamLink $p "sales"}} for a team that
// is not there linked to a page that is not there, without a word (QA).
func (p *Page) noDocument(section, slug string) error {
	if p.Site == nil {
		return nil
	}
	switch section {
	case "ideas":
		if p.Site.Idea(slug) != nil {
			return nil
		}
	case "objectives":
		if p.Site.Objective(slug) != nil {
			return nil
		}
	default: // teams, posters
		if p.Site.Team(slug) != nil {
			return nil
		}
	}
	msg := fmt.Sprintf("no %s has the slug %q, so there is no page to link to", strings.TrimSuffix(section, "s"), slug)
	if section == "posters" {
		msg = fmt.Sprintf("no team has the slug %q, so there is no poster to link to", slug)
	}
	if near := p.nearSlug(section, slug); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	}
	return errors.New(msg)
}

// nearSlug is the slug of a published document of section (ideas,
// objectives, teams, posters) nearest to slug, if one is near.
func (p *Page) nearSlug(section, slug string) string {
	var slugs []string
	switch section {
	case "ideas":
		for _, i := range p.Site.Ideas {
			slugs = append(slugs, i.Slug)
		}
	case "objectives":
		for _, o := range p.Site.Objectives {
			slugs = append(slugs, o.Slug)
		}
	default: // teams, and the posters, one per team
		for _, t := range p.Site.Teams {
			slugs = append(slugs, t.Slug)
		}
	}
	return content.Suggest(slug, slugs)
}

// PagePath is the URL path, relative to the site root, of a document's page:
// section/slug/, with the slug escaped as a path segment.
func PagePath(section, slug string) string { return section + "/" + url.PathEscape(slug) + "/" }

// FindingLink returns the page where a finding is fixed.
func (p *Page) FindingLink(f *site.Finding) string {
	return p.href(PagePath(string(f.Kind)+"s", f.Slug))
}

// IsHere reports whether a finding is about the document whose page this
// is: its page needs no link to itself (QA).
func (p *Page) IsHere(f *site.Finding) bool {
	switch {
	case p.Idea != nil:
		return f.Kind == content.KindIdea && f.Slug == p.Idea.Slug
	case p.Objective != nil:
		return f.Kind == content.KindObjective && f.Slug == p.Objective.Slug
	case p.Team != nil:
		return f.Kind == content.KindTeam && f.Slug == p.Team.Slug && p.Section != "posters"
	}
	return false
}

// Num formats a number the way the site's language writes it: 3.5 / 3,5.
// Large numbers are grouped in thousands: 1,180,000 in English, and with
// narrow spaces (1 180 000) in German, which Swiss, German and Austrian
// readers all read the same way. It keeps two decimals, and two
// significant digits below 0.1 (see small).
func (p *Page) Num(f float64) string {
	s := strconv.FormatFloat(site.Round(f, 2), 'f', -1, 64)
	if math.Abs(f) < 0.1 {
		s = small(f)
	}
	return p.grouped(s)
}

// Exact formats a number that someone wrote (a key result's start, target
// or check-in, a score's input, a capacity) with all its decimals, as Num
// does otherwise. Rounded to two, a rate's start of 0.005 and target of
// 0.015 read 0.01 and 0.02, and a current value of 0.0049 looked below
// its start (QA).
func (p *Page) Exact(f float64) string {
	return p.grouped(strconv.FormatFloat(f, 'f', -1, 64))
}

// grouped writes s, a number as strconv writes it, in the site's language,
// a negative one with the minus sign (U+2212) that German and English type
// sets, not the hyphen of "-3". It is for reading only: attributes, JSON
// and chart data keep their numbers as numbers.
func (p *Page) grouped(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "\u2212", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	sep, point, minDigits := ",", ".", 4
	if p.lang == "de" {
		sep, point, minDigits = "\u202f", ",", 5
	}
	if len(whole) >= minDigits {
		var b strings.Builder
		for i, c := range whole {
			if i > 0 && (len(whole)-i)%3 == 0 {
				b.WriteString(sep)
			}
			b.WriteRune(c)
		}
		whole = b.String()
	}
	if hasFrac {
		return sign + whole + point + frac
	}
	return sign + whole
}

// small writes a number below 0.1 with two significant digits (0.00125 as
// 0.0013, 0.008 as 0.008), so that a small RICE score is not shown as a
// zero that outranks another zero, nor as 0.01 beside a 0.0025 that is a
// third of it, at the end of a bar that ends at 0.008 (QA). A half is
// rounded up as it is written, as Round does.
func small(f float64) string {
	if f == 0 || math.Abs(f) < 1e-9 {
		return "0"
	}
	return strconv.FormatFloat(site.Round(f, smallDigits(f)), 'f', -1, 64)
}

// smallDigits is how many decimals small writes f with: those of its two
// significant digits.
func smallDigits(f float64) int {
	if f == 0 || math.Abs(f) < 1e-9 {
		return 0
	}
	return int(-math.Floor(math.Log10(math.Abs(f)))) + 1
}

// ScoreNum writes a score as Num does, or with its Decimals where two
// would show it as the differing score of a ranked idea next to it.
func (p *Page) ScoreNum(s *site.Score) string {
	if d := s.Decimals; d > max(2, smallDigits(s.Value)) {
		return p.grouped(strconv.FormatFloat(site.Round(s.Value, d), 'f', -1, 64))
	}
	return p.Num(s.Value)
}

// ScoreEq is EqSign for a score as ScoreNum writes it.
func (p *Page) ScoreEq(s *site.Score) string {
	if d := s.Decimals; d > max(2, smallDigits(s.Value)) {
		if site.Round(s.Value, d) != s.Value {
			return "≈"
		}
		return "="
	}
	return p.EqSign(s.Value)
}

// Worked is a score's formula with the idea's numbers, written the way the
// site's language writes numbers.
func (p *Page) Worked(s *site.Score) string { return s.WorkedWith(p.Exact) }

// Pct formats a fraction 0…1 as a whole percentage. Only what is done reads
// 100 %, and only nothing 0 %: a key result at 996 of 1,000 is at 99 %, one
// barely begun at "<1 %".
func (p *Page) Pct(f float64) string {
	rounded := site.Round(f*100, 0)
	switch {
	case rounded >= 100 && f < 1:
		rounded = 99
	case rounded <= 0 && f > 0:
		if p.lang == "de" {
			return "<1\u202f%"
		}
		return "<1%"
	}
	n := strconv.Itoa(int(rounded))
	if p.lang == "de" {
		return n + "\u202f%"
	}
	return n + "%"
}

// Width returns a fraction 0…1 as a CSS percentage for progress bars.
func (p *Page) Width(f float64) template.CSS {
	f = math.Max(0, math.Min(1, f))
	return template.CSS(strconv.FormatFloat(math.Round(f*1000)/10, 'f', -1, 64) + "%")
}

// Date formats a calendar day; the zero day is "—". English writes the
// month first, "Feb 10, 2027", as Hugo's and CLDR's "en" does and a US
// team reads a day (QA: "10 Feb 2027" is British).
func (p *Page) Date(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	if p.lang == "de" {
		return t.Format("2.1.2006")
	}
	return t.Format("Jan 2, 2006")
}

// DecisionMonth is a month of the decision log: its decisions, newest first.
type DecisionMonth struct {
	ID        string // "2026-11", for the heading's id
	Name      string // "November 2026" in the page's language
	Decisions []*site.Idea
}

// DecisionMonths is the decision log by month, newest first: in a site's
// second year the log is hundreds of entries, and the review of a quarter
// starts at its months (QA).
func (p *Page) DecisionMonths() []DecisionMonth {
	var out []DecisionMonth
	for _, idea := range p.Site.Decisions {
		d := idea.Idea.Decision.Date
		id := d.Format("2006-01")
		if len(out) == 0 || out[len(out)-1].ID != id {
			out = append(out, DecisionMonth{ID: id, Name: p.T("month."+strconv.Itoa(int(d.Month()))) + " " + strconv.Itoa(d.Year())})
		}
		last := &out[len(out)-1]
		last.Decisions = append(last.Decisions, idea)
	}
	return out
}

// ISODate formats a day for <time datetime>.
func (p *Page) ISODate(t time.Time) string { return t.Format("2006-01-02") }

// Door is a team's door label as the page shows it: "Raum 2.11" says what
// it is, a bare "2.11" or "4B" gets the theme's word in front ("Tür 4B",
// and "Room 4B" in English, where a door has no number). A label
// with a word in it says what it is too: "3rd Floor, East" and "2. OG"
// read wrong as "Door 3rd Floor, East" (QA).
func (p *Page) Door(label string) string {
	if r, _ := utf8.DecodeRuneInString(label); unicode.IsLetter(r) {
		return label
	}
	run := 0
	for _, r := range label {
		if !unicode.IsLetter(r) {
			run = 0
		} else if run++; run == 2 {
			return label
		}
	}
	return p.T("door") + " " + label
}

// Status returns the label of an idea status.
func (p *Page) Status(status string) string { return p.T("status." + status) }

// Rule returns the name of a focus rule.
func (p *Page) Rule(code string) string { return p.T("rule." + code) }

// RuleHint says what to do about a focus rule.
func (p *Page) RuleHint(code string) string { return p.T("rule." + code + ".hint") }

// Load returns a team's load as a fraction of its capacity (0 without capacity).
func (p *Page) Load(t *site.Team) float64 {
	if t.Capacity <= 0 {
		return 0
	}
	return t.Load / t.Capacity
}

// LoadFigure writes a team's load as Num does, or, when it exceeds the
// capacity, with as many decimals as it takes to read as more (see
// site.AboveCapacity).
func (p *Page) LoadFigure(t *site.Team) string {
	if t.OverCapacity() {
		return p.Exact(site.AboveCapacity(t.Load, t.Capacity))
	}
	return p.Num(t.Load)
}

// EqSign is the sign between a number as Num writes it and what it stands
// for: "≈" when Num rounded it ((2 + 0 + 0) / 3 ≈ 0.67), "=" otherwise.
func (p *Page) EqSign(f float64) string {
	shown := site.Round(f, 2)
	if math.Abs(f) < 0.1 {
		shown, _ = strconv.ParseFloat(small(f), 64) // as Num writes it (review: 0.004 is exact)
	}
	if shown != f {
		return "≈"
	}
	return "="
}

// Amount is a number someone wrote with its unit, as the site's language
// writes the two: Figure is the number, with the unit in it where the
// language writes the unit onto the number, and Unit is the unit that
// follows it as a word, or "". A template writes Unit apart, so that a
// long word wraps in a narrow cell; as text, an Amount is both.
type Amount struct {
	Figure string
	Unit   string
}

// longUnit is the most letters a word of a unit may have and stay whole
// in a figure's column: "Dubletten" printed as "Dublette" over "n" (look
// at the printed objective), while three columns of a 60-letter word
// pushed the key results' table off the page (QA).
const longUnit = 20

// LongUnit reports whether a word of the unit is longer than longUnit,
// which its cell then breaks anywhere.
func (a Amount) LongUnit() bool {
	for _, w := range strings.Fields(a.Unit) {
		if utf8.RuneCountInString(w) > longUnit {
			return true
		}
	}
	return false
}

func (a Amount) String() string {
	if a.Unit == "" {
		return a.Figure
	}
	return a.Figure + "\u00a0" + a.Unit
}

// Amount writes a number with its unit. English writes a currency symbol
// before the number and a percent sign onto it: a US sales site's "0 $"
// and "18 %" read as German (QA); "$4,500,000", "$4.5M" and "18%" are
// what its readers write. German writes both after a space (4 500 000 $,
// 18 %), as every other unit in either language ("60 days").
func (p *Page) Amount(f float64, unit string) Amount {
	figure := p.Exact(f)
	if unit == "" || p.lang == "de" {
		return Amount{Figure: figure, Unit: unit}
	}
	if unit == "%" || unit == "¢" {
		return Amount{Figure: figure + unit} // 18%, 75¢
	}
	if symbol, magnitude, ok := currency(unit); ok {
		sign, digits := "", figure
		if rest, negative := strings.CutPrefix(figure, "\u2212"); negative {
			sign, digits = "\u2212", rest
		}
		return Amount{Figure: sign + symbol + digits + magnitude}
	}
	return Amount{Figure: figure, Unit: unit}
}

// currency splits a unit that is a currency symbol, perhaps with its
// country's letters before it (US$, CA$) and a magnitude after it ($k,
// $M), into the symbol and the magnitude. A unit with more ("$ ARR",
// "USD") is a word after the number. The cent sign follows the number
// (75¢); Amount writes it so before it asks.
func currency(unit string) (symbol, magnitude string, ok bool) {
	i := strings.IndexFunc(unit, func(r rune) bool { return unicode.Is(unicode.Sc, r) })
	if i < 0 || i > 3 || strings.IndexFunc(unit[:i], func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(unit[i:])
	symbol, magnitude = unit[:i+size], unit[i+size:]
	switch magnitude {
	case "", "k", "K", "M", "MM", "B", "bn":
		return symbol, magnitude, true
	}
	return "", "", false
}

// KRValue formats a key result's current value against its target.
func (p *Page) KRValue(kr *site.KeyResult) string {
	if kr.YesNo {
		if kr.Done {
			return p.T("kr.done")
		}
		return p.T("kr.open")
	}
	// A unit written onto the number ($4,500,000, 18%) is on each, a
	// word once after the pair ("6 / 9 deals").
	unit := ""
	figure := func(f float64) string { return p.Amount(f, kr.Unit).Figure }
	if p.Amount(0, kr.Unit).Unit != "" {
		unit = "\u00a0" + kr.Unit
		figure = p.Exact
	}
	if kr.Unmeasured() {
		// Its start is no measure: "0 / 100" read as measured at 0 (QA).
		v := p.T("kr.no_checkin") + " (" + p.T("kr.target") + "\u00a0" + figure(kr.Target) + unit
		if kr.Start != 0 {
			v += ", " + p.T("kr.start") + "\u00a0" + figure(kr.Start)
		}
		return v + ")"
	}
	if kr.Target < kr.Start && kr.Current <= kr.Target {
		// Past a falling target, "15 → 20" read as still to rise to 20
		// (QA): the value, then its target and start.
		v := figure(kr.Current) + unit + " (" + p.T("kr.target") + "\u00a0" + figure(kr.Target) + unit
		if kr.Start != 0 {
			v += ", " + p.T("kr.start") + "\u00a0" + figure(kr.Start)
		}
		return v + ")"
	}
	// "760 / 300" reads as 760 of 300: a falling result goes down to its
	// target (QA). The sign stays with the value before it: a line that
	// starts "/ 60 Termine" reads as a value of its own.
	sep := "\u00a0/ "
	if kr.Target < kr.Start {
		sep = "\u00a0→ "
	}
	v := figure(kr.Current) + sep + figure(kr.Target) + unit
	if kr.Start != 0 {
		// "75 / 100 %" reads as three quarters done; from a start of 50
		// it is half (QA). "900 → 800" says as little without its start.
		v += " (" + p.T("kr.start") + "\u00a0" + figure(kr.Start) + ")" // wraps as one
	}
	return v
}

// PeriodOver reports whether a period has ended by the site's today: an
// objective of last quarter, opened for the review, says that its figures
// are final (QA: in a site's second year it read as if it ran).
func (p *Page) PeriodOver(period string) bool { return site.PeriodOver(period, p.Site.Now) }

// PeriodAround is an objective's period when it is current as the year or
// half-year around the current period ("2026" beside "2026-Q4"), which its
// card and its poster name; "" for the current period itself, whose name
// the page's heading gives, and for any other. It takes the period, not
// the objective, so that a theme's card that reads a card as it read an
// objective passes it alike (.Objective.Period).
func (p *Page) PeriodAround(period string) string {
	heading := p.Site.Period
	if p.Team != nil {
		heading = p.Site.TeamPeriod(p.Team) // a team's page and poster are headed by its own
	}
	if site.SamePeriod(period, heading) || !p.Site.IsCurrent(period) {
		return ""
	}
	return period
}

// PeriodEnded says, when the current period has ended and is still the
// one the dashboard and the doors show, that it is over and what comes
// next: its objectives are to be closed and the next period's written, or
// fokus.toml moved on; "" while it runs (QA, OKR coach: in February the
// dashboard showed last quarter as current, every card overdue, and
// nothing said that it was over).
func (p *Page) PeriodEnded() string {
	last, ok := site.PeriodLastDay(p.Site.Period)
	if !ok || !site.PeriodOver(p.Site.Period, p.Site.Now) {
		return ""
	}
	next := site.RunningPeriod(p.Site.Period, p.Site.Now)
	if p.Site.Config.Period != "" {
		return p.Tf("period_ended_config", p.Site.Period, p.Date(last), next)
	}
	return p.Tf("period_ended", p.Site.Period, p.Date(last), next)
}

// PeriodBegins says when a period that lies ahead begins ("Begins Apr 1,
// 2027"), or "" for one that has begun or has no dates: next quarter's
// objective, drafted early, read as one that runs, at 0 % and never
// reviewed (QA), as last quarter's did before it said that it was over.
func (p *Page) PeriodBegins(period string) string {
	start, ok := site.PeriodStart(period)
	if !ok || !p.Site.Now.Before(start) {
		return ""
	}
	return p.Tf("period_begins", p.Date(start))
}

// UnsizedNote says how many of a team's accepted and in-progress ideas its
// load leaves out for want of a score, or "" when it counts them all.
func (p *Page) UnsizedNote(t *site.Team) string {
	switch n := t.Unsized(); {
	case n == 0 || p.Site.Config.ScoringModel == "ice":
		return ""
	case n == 1:
		if _, ok := p.strings["load.unsized_one"]; ok {
			return p.T("load.unsized_one")
		}
		fallthrough
	default:
		return p.Tf("load.unsized", n)
	}
}

// UnmeasuredNote says how an objective's progress counts its key results
// without a check-in (as 0 %, SPEC's progress of a result at its start),
// or "" when it has none: a reader of "13 %" otherwise cannot tell a
// measured standstill from nothing measured yet. It takes an objective or
// its card, as objectiveLink does, for a theme's card from before the cards.
func (p *Page) UnmeasuredNote(objective any) (string, error) {
	c, err := card(objective)
	if err != nil {
		return "", err
	}
	n := c.Unmeasured()
	switch {
	case n == 0:
		return "", nil
	case n == 1:
		if _, ok := p.strings["kr.unmeasured_one"]; ok {
			return p.Tf("kr.unmeasured_one", p.Pct(0)), nil
		}
	}
	return p.Tf("kr.unmeasured", n, p.Pct(0)), nil
}

// TeamFindings returns the findings about one team and its ideas and
// objectives, for the team page.
func (p *Page) TeamFindings(t *site.Team) []*site.Finding {
	var out []*site.Finding
	out = append(out, t.Findings...)
	for _, o := range t.Objectives {
		out = append(out, o.Findings...)
	}
	for _, i := range t.Ideas {
		out = append(out, i.Findings...)
	}
	return out
}

// RuleGroup is the findings of one rule.
type RuleGroup struct {
	Code     string
	Findings []*site.Finding
}

// FindingsByRule groups the site's findings by rule, in the rules' order.
func (p *Page) FindingsByRule() []RuleGroup { return p.GroupByRule(p.Site.Findings) }

// GroupByRule groups findings by rule, in the rules' order: the dashboard's
// findings, and a team's when they are more than a screen holds.
func (p *Page) GroupByRule(findings []*site.Finding) []RuleGroup {
	var groups []RuleGroup
	for _, r := range site.Rules {
		var g RuleGroup
		g.Code = r.Code
		for _, f := range findings {
			if f.Code == r.Code {
				g.Findings = append(g.Findings, f)
			}
		}
		if len(g.Findings) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

// Top returns at most n ideas of list.
func (p *Page) Top(list []*site.Idea, n int) []*site.Idea {
	if len(list) > n {
		return list[:n]
	}
	return list
}

// ObjectivesOf returns the objectives of a period, for the objectives index.
func (p *Page) ObjectivesOf(period string) []*site.Objective {
	var out []*site.Objective
	for _, o := range p.Site.Objectives {
		if site.SamePeriod(o.Period, period) {
			out = append(out, o)
		}
	}
	return out
}

// OtherObjectivesOf lists a team's objectives of other periods than the
// current one, newest period first: its past scores and its next plans.
func (p *Page) OtherObjectivesOf(t *site.Team) []*site.Objective {
	var out []*site.Objective
	for _, o := range p.Site.Objectives {
		if o.TeamRef == t && !o.Current {
			out = append(out, o)
		}
	}
	return out
}

// TeamGroup is a team's objectives of one period.
type TeamGroup struct {
	Team       *site.Team
	Slug       string
	Objectives []*site.Objective
}

// ByTeam groups objectives of a period by team, in team order. (An
// objective of an unknown team is an error: a site that renders has none.)
func (p *Page) ByTeam(objectives []*site.Objective) []TeamGroup {
	var groups []TeamGroup
	for _, t := range p.Site.Teams {
		g := TeamGroup{Team: t, Slug: t.Slug}
		for _, o := range objectives {
			if o.TeamRef == t {
				g.Objectives = append(g.Objectives, o)
			}
		}
		if len(g.Objectives) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

// TeamsWithout lists the teams that have none of the objectives, so that a
// page grouping them by team does not silently leave a team out; nil when no
// team has any (the page says that there are none).
func (p *Page) TeamsWithout(objectives []*site.Objective) []*site.Team {
	has := make(map[*site.Team]bool, len(p.Site.Teams))
	for _, o := range objectives {
		has[o.TeamRef] = true
	}
	var out []*site.Team
	for _, t := range p.Site.Teams {
		if !has[t] {
			out = append(out, t)
		}
	}
	if len(out) == len(p.Site.Teams) {
		return nil
	}
	return out
}

// Pair carries the page along with a value into a partial template.
type Pair struct {
	P *Page
	V any
}

// ObjectiveCard is an objective with the level of its card's heading, so
// that a card's heading sits one level below the heading it is under: an h4
// under a team's h3 on the dashboard, an h3 under a section's h2 elsewhere.
// The objective is embedded, so that a theme's objective-card from before
// the level reads it as it read the objective.
type ObjectiveCard struct {
	*site.Objective
	Heading int // 3 or 4
}

// ideaChunk is the most rows of one idea table; a longer list goes on in
// the next. A browser lays out an off-screen table of a long list only when
// it comes near (content-visibility in fokus.css): the backlog of 10,000
// ideas took 12–19 s to show in headless Chromium as one table, and
// 5.3–6.5 s in parts (same minutes, loaded machine), most of it reading the
// HTML. An even number keeps the rows' stripes going from part to part.
const ideaChunk = 200

// chunks cuts a list of ideas into runs of ideaChunk rows, and an empty
// list into one empty run, whose table says that there is none.
func chunks(ideas []*site.Idea) [][]*site.Idea {
	if len(ideas) == 0 {
		return [][]*site.Idea{nil}
	}
	out := make([][]*site.Idea, 0, (len(ideas)+ideaChunk-1)/ideaChunk)
	for len(ideas) > ideaChunk {
		out = append(out, ideas[:ideaChunk])
		ideas = ideas[ideaChunk:]
	}
	return append(out, ideas)
}

// card makes an objective card: card o 4 is o's card with an h4; card of an
// objective alone, or of a card, is that card, with an h3 by default.
func card(v any, level ...int) (ObjectiveCard, error) {
	var c ObjectiveCard
	switch v := v.(type) {
	case ObjectiveCard:
		c = v
	case *site.Objective:
		c = ObjectiveCard{Objective: v, Heading: 3}
	default:
		return c, fmt.Errorf("card needs an objective, not %T", v)
	}
	if len(level) > 0 {
		c.Heading = level[0]
	}
	if c.Heading != 3 && c.Heading != 4 {
		return c, fmt.Errorf("card: a card's heading is an h3 or an h4, not an h%d", c.Heading)
	}
	return c, nil
}

var funcs = template.FuncMap{
	"pair":   func(p *Page, v any) Pair { return Pair{p, v} },
	"sub":    func(a, b int) int { return a - b },
	"card":   card,
	"chunks": chunks,
	"upper":  strings.ToUpper,
	"tie":    content.Tie,

	// The page methods that the built-in theme calls most, as functions
	// of the page: {{num $p .Value}} does what {{$p.Num .Value}} does.
	// text/template looks a method up by name through reflection on every
	// call, which builds the method's type anew; a function is found in a
	// map. 0.8 µs and two allocations less per call, and a build makes about
	// a million such calls.
	"num":           (*Page).Num,
	"exact":         (*Page).Exact,
	"pct":           (*Page).Pct,
	"worked":        (*Page).Worked,
	"eqSign":        (*Page).EqSign,
	"scoreNum":      (*Page).ScoreNum,
	"scoreEq":       (*Page).ScoreEq,
	"date":          (*Page).Date,
	"isoDate":       (*Page).ISODate,
	"link":          (*Page).Link,
	"ideaLink":      (*Page).IdeaLink,
	"teamLink":      (*Page).TeamLink,
	"objectiveLink": (*Page).ObjectiveLink,
	"badge":         (*Page).Badge,
	"bar":           (*Page).Bar,
	"shownBar":      (*Page).ShownBar,
	"teamList":      (*Page).TeamList,
	"ideaRow":       (*Page).IdeaRow,
	"krValue":       (*Page).KRValue,
	"amount":        (*Page).Amount,
	"rule":          (*Page).Rule,
	"fragment":      (*Page).Fragment,
	"filter":        (*Page).Filter,
}

// FuncNames are the names of the functions that a theme's templates
// can call: fokus's and text/template's own, for "did you mean" hints.
func FuncNames() []string {
	names := []string{"and", "call", "eq", "ge", "gt", "html", "index", "js", "le", "len", "lt", "ne", "not", "or", "print", "printf", "println", "slice", "urlquery"}
	for name := range funcs {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// PageFirst reports whether the function name of a theme's templates takes
// the page as its first argument ({{date $p .Date}}), for the hint to a
// call that leaves it out.
func PageFirst(name string) bool {
	f, ok := funcs[name]
	if !ok {
		return false
	}
	t := reflect.TypeOf(f)
	return t.NumIn() > 0 && t.In(0) == reflect.TypeFor[*Page]()
}

// FormulaText is the formula of the site's scoring model.
func (p *Page) FormulaText() string { return site.Formula(p.Site.Config.ScoringModel) }

// IdeaStatuses are the statuses that the page's ideas have (the site's,
// the decision log's), in the order an idea moves through them: the
// choices of its filter.
func (p *Page) IdeaStatuses() []string {
	ideas := p.Site.Ideas
	if p.Section == "decisions" {
		ideas = p.Site.Decisions
	}
	have := map[string]bool{}
	for _, i := range ideas {
		have[i.Status] = true
	}
	var out []string
	for _, s := range content.Statuses {
		if have[s] {
			out = append(out, s)
		}
	}
	return out
}

// PeriodID is the id of a period's heading among the other periods on the
// objectives page ("period-2026-q3"), however the period is written, so
// that an objective's page links to its period's objectives and their
// final scores (QA, OKR coach: last year's objectives were a long list
// to scroll through, and an objective's page led to none of its period).
func (p *Page) PeriodID(period string) string { return periodID(p.Site, period) }

// periodID is Page.PeriodID, for PageInputs too: a period written anew
// may number the ids of others.
func periodID(s *site.Site, period string) string {
	at := slices.IndexFunc(s.Periods, func(o string) bool { return site.SamePeriod(o, period) })
	if at < 0 {
		return ""
	}
	slug := content.Slugify(s.Periods[at])
	for i, other := range s.Periods {
		if slug == "" || i != at && content.Slugify(other) == slug {
			// A name of no letters or digits, or one that differs
			// from another only in them ("PI 27.1", "PI-27-1").
			return "period-" + strconv.Itoa(len(s.Periods)-at)
		}
	}
	return "period-" + slug
}

// PeriodLink leads to a period's objectives on the objectives page: to the
// page itself for the current ones, to the period's heading for another.
// On an objective's page, its own period leads where the objective is
// listed: an increment that is another team's newest is this one's past.
func (p *Page) PeriodLink(period string) string {
	link := p.href("objectives/")
	current := p.Site.IsCurrent(period)
	if o := p.Objective; o != nil && site.SamePeriod(o.Period, period) {
		current = o.Current
	}
	if id := p.PeriodID(period); id != "" && !current {
		link += "#" + id
	}
	return link
}

// OtherPeriods are the periods of the objectives that are not current
// (the current period and the year around it, which the page shows above):
// also an increment that is one team's newest and another's past.
func (p *Page) OtherPeriods() []string {
	past := map[string]bool{} // as the objectives write them
	for _, o := range p.Site.Objectives {
		if !o.Current {
			past[o.Period] = true
		}
	}
	var out []string
	for _, period := range p.Site.Periods {
		// One heading per period, however many ways it is written.
		if slices.ContainsFunc(out, func(o string) bool { return site.SamePeriod(o, period) }) {
			continue
		}
		for written := range past {
			if site.SamePeriod(written, period) {
				out = append(out, period)
				break
			}
		}
	}
	return out
}
