// Package generator orchestrates a build: load content, build the model,
// render the theme. Each stage is a plain function of its input; this package
// only wires them together and keeps their diagnostics.
package generator

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fokus/generator/content"
	"fokus/generator/diag"
	"fokus/generator/render"
	"fokus/generator/site"
	"fokus/themes"
)

// Options say what to build.
type Options struct {
	Source  fs.FS     // the site's source folder
	Drafts  bool      // include ideas marked draft
	BaseURL string    // overrides base_url of fokus.toml when set
	Now     time.Time // "now" for staleness and dates; the caller decides, so builds are reproducible
	NowDay  bool      // Now names a calendar day (--now 2026-11-26), not an instant
}

// today is the calendar day of opts.Now in the site's time zone.
func (opts Options) today(tz *time.Location) time.Time {
	t := opts.Now
	if !opts.NowDay {
		t = t.In(tz)
	}
	return content.Day(t.Year(), t.Month(), t.Day())
}

// Result is a build's outcome. Output is nil when Diagnostics has errors.
type Result struct {
	Site        *site.Site
	Output      render.Output
	Diagnostics diag.List
	theme       *render.Theme // parsed by Check, used by RenderTo
}

// Failed reports whether the build has errors and so no output.
func (r *Result) Failed() bool { return r.Diagnostics.HasErrors() }

// Build loads, checks and renders the site. Content problems are diagnostics
// in the result; the error is for problems outside the content (an unreadable
// source folder, a broken theme).
func Build(opts Options) (*Result, error) {
	res, err := Check(opts)
	if err != nil || res.Failed() {
		return res, err
	}
	res.Output, err = res.theme.Render(res.Site)
	return res, err
}

// BuildTo is Build that streams the rendered files into sink as they are
// made, instead of keeping the site in memory; Result.Output stays nil.
// Nothing reaches sink when the content has errors. A template that fails
// while rendering (the theme's problem) or a body that changed meanwhile
// (the content's) is a diagnostic like any other, at its file and line;
// what sink got then is incomplete.
func BuildTo(opts Options, sink render.Sink) (*Result, error) {
	res, err := Check(opts)
	if err != nil || res.Failed() {
		return res, err
	}
	RenderChecked(opts.Source, res, sink)
	return res, nil
}

// RenderChecked renders a checked site without errors into sink, as
// BuildTo does: a failure while rendering becomes diagnostics of res.
func RenderChecked(source fs.FS, res *Result, sink render.Sink) {
	if err := RenderTo(source, res, sink); err != nil {
		res.Diagnostics = append(res.Diagnostics, RenderDiagnostics(source, res.Site.Config, err)...)
		res.Diagnostics.Sort()
	}
}

// RenderTo renders a checked site (Check's result without errors) into sink
// with the theme the site names; source is where a custom theme is found.
func RenderTo(source fs.FS, res *Result, sink render.Sink) error {
	theme := res.theme
	if theme == nil {
		var err error
		if theme, err = LoadTheme(source, res.Site.Config.Theme); err != nil {
			return err
		}
	}
	return theme.Write(res.Site, sink, nil)
}

// Check loads and checks the site without rendering it.
func Check(opts Options) (*Result, error) {
	// The theme first, which tells what files besides the pages the site
	// has, for the bodies' images and links; a broken theme is found by
	// check too, not only by build. fokus.toml is read for its name here,
	// and by Load for everything else.
	cfg, _ := content.LoadConfig(opts.Source)
	theme, themeErr := LoadTheme(opts.Source, cfg.Theme)
	var published func(string) bool
	if theme != nil {
		published = theme.Publishes
	}
	set, diags, err := content.Load(opts.Source, content.Options{Drafts: opts.Drafts, DeferBodies: true, Published: published})
	if err != nil {
		return &Result{Diagnostics: diags}, err
	}
	res := model(set, opts, append(diags, staticDiagnostics(opts.Source)...))
	set.ForgetPositions() // every diagnostic has its place now
	res.theme = theme
	if theme != nil {
		res.Diagnostics = append(res.Diagnostics, themeWarnings(opts.Source, set.Config, theme, res)...)
		res.Diagnostics.Sort()
	}
	if themeErr != nil {
		res.Diagnostics = append(res.Diagnostics, ThemeDiagnostics(opts.Source, set.Config, themeErr)...)
		res.Diagnostics.Sort()
	}
	return res, nil
}

// themeWarnings are the warnings about a theme's files: those that are not
// read, and, for a site without errors, its static files that the site's
// own pages win over.
func themeWarnings(source fs.FS, cfg *content.Config, theme *render.Theme, res *Result) diag.List {
	var out diag.List
	own := "themes/" + cfg.Theme + "/"
	for _, u := range append(theme.Unread, theme.StrayLabels()...) {
		out = append(out, diag.Diagnostic{Path: own + u.File, Line: u.Line, Col: 1, Severity: diag.Warning, Message: u.Message})
	}
	for _, m := range theme.MissingLabels(cfg.Language) {
		d := diag.Diagnostic{Path: own + m.File, Line: m.Line, Col: m.Col + 1, Severity: diag.Warning,
			Message: fmt.Sprintf("label %q has no text in %s, so the page shows the key; add %s = \"…\" to the theme's i18n/%s.toml", m.Key, cfg.Language, m.Key, cfg.Language)}
		if line, ok := themeLine(source, d.Path, d.Line); ok && m.Col <= len(line) {
			d.Col = utf8.RuneCountInString(line[:m.Col]) + 1
		}
		out = append(out, d)
	}
	if !res.Failed() {
		out = append(out, conflictDiagnostics(source, cfg, theme, res.Site)...)
	}
	return out
}

// conflictDiagnostics are warnings for static files at the place of a file
// or folder that the site makes itself, which are not published.
func conflictDiagnostics(source fs.FS, cfg *content.Config, theme *render.Theme, s *site.Site) diag.List {
	var out diag.List
	for _, p := range theme.StaticConflicts(s) {
		at := "static/" + p
		if _, err := fs.Stat(source, at); err != nil {
			at = "themes/" + cfg.Theme + "/static/" + p
		}
		out = append(out, diag.Diagnostic{Path: printable(at), Line: 1, Col: 1, Severity: diag.Warning,
			Message: "not published: the site makes its own " + p + " (or a folder of pages there), which wins"})
	}
	return out
}

// printable is p, or p quoted when it holds a control character.
func printable(p string) string {
	if strings.ContainsFunc(p, unicode.IsControl) {
		return strconv.Quote(p)
	}
	return p
}

// staticDiagnostics are warnings for what of the source's static/ folder is
// not published (see render.Unpublished), which would be missing from the
// site without a word.
func staticDiagnostics(source fs.FS) diag.List {
	if why := staticFolder(source); why != "" {
		return diag.List{{Path: "static", Line: 1, Col: 1, Severity: diag.Warning, Message: "not published: " + why}}
	}
	var out diag.List
	_ = fs.WalkDir(source, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "static" {
			return nil
		}
		if why := render.Unpublished(d); why != "" {
			// A name is shown as Go quotes it when it has a line break or
			// another control character, which would forge a line of its own.
			out = append(out, diag.Diagnostic{Path: printable(p), Line: 1, Col: 1, Severity: diag.Warning, Message: "not published: " + why})
			if d.IsDir() {
				return fs.SkipDir
			}
		}
		return nil
	})
	return out
}

// templateErr matches html/template's errors: "template: idea.html:12:5: message"
// (the column is missing for parse errors), and those of its escaping, which
// runs at the first execution: "html/template:idea.html:12:5: message".
// An error in a template that another calls through a function (badge,
// fragment) holds the place of each call, the innermost last.
var templateErr = regexp.MustCompile(`template: ?([^:\s]+\.html):(\d+):(?:(\d+):)? `)

// renderingErr is how render.Theme.Write names the page that failed: its
// output path and, for a document's page, the document's file.
var renderingErr = regexp.MustCompile(`^rendering (.+?)(?: from (.+?))?: (?:html/)?template: ?`)

// RenderDiagnostics turns an error of rendering into diagnostics, one for
// each error it joins (a theme's broken templates, see render.Theme.Write):
// at a content file whose body could not be read again, else at the theme
// (see ThemeDiagnostic).
func RenderDiagnostics(source fs.FS, cfg *content.Config, err error) diag.List {
	var out diag.List
	for _, e := range splitErrors(err) {
		var d diag.Diagnostic
		if !errors.As(e, &d) {
			d = ThemeDiagnostic(source, cfg, e)
		}
		// A broken layout fails every kind of page at the same place: it
		// is said once, for the first page.
		if !slices.ContainsFunc(out, func(o diag.Diagnostic) bool { return o.Path == d.Path && o.Line == d.Line && o.Col == d.Col }) {
			out = append(out, d)
		}
	}
	return out
}

// ThemeDiagnostics is ThemeDiagnostic for each error that err joins.
func ThemeDiagnostics(source fs.FS, cfg *content.Config, err error) diag.List {
	var out diag.List
	for _, e := range splitErrors(err) {
		if d := ThemeDiagnostic(source, cfg, e); !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// splitErrors returns the errors that err joins (errors.Join), or err.
func splitErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, splitErrors(e)...)
		}
		return out
	}
	return []error{err}
}

// builtinRoot is how diagnostics name the embedded default theme's folder,
// which is in no folder the user can open.
const builtinRoot = "themes/default/ (built in) "

// themeFile returns a theme file as a diagnostic names it: in the embedded
// default theme, or in source.
func themeFile(source fs.FS, file string) (string, bool) {
	fsys := source
	if rest, ok := strings.CutPrefix(file, builtinRoot); ok {
		fsys, file = themes.Default(), rest
	}
	if fsys == nil {
		return "", false
	}
	data, err := fs.ReadFile(fsys, file)
	return string(data), err == nil
}

// themeLine returns line n (from 1) of a theme file as a diagnostic names it.
func themeLine(source fs.FS, file string, n int) (string, bool) {
	data, ok := themeFile(source, file)
	if !ok {
		return "", false
	}
	lines := strings.Split(data, "\n")
	if n < 1 || n > len(lines) {
		return "", false
	}
	return lines[n-1], true
}

// ThemeDiagnostic turns an error of loading or executing a theme into a
// diagnostic at the theme file and line it names, or at the theme key of
// fokus.toml when it names none. A custom theme's file that the theme in
// source leaves out is the built-in one filling in, and named so.
func ThemeDiagnostic(source fs.FS, cfg *content.Config, err error) diag.Diagnostic {
	d := diag.Diagnostic{Path: content.ConfigFile, Line: 1, Col: 1, Severity: diag.Error, Message: err.Error()}
	at := func(file string) string {
		if cfg.Theme == "" || cfg.Theme == "default" {
			return builtinRoot + file
		}
		own := "themes/" + cfg.Theme + "/" + file
		if source != nil {
			if _, err := fs.Stat(source, own); err != nil {
				return builtinRoot + file
			}
		}
		return own
	}
	msg := err.Error()
	if places := templateErr.FindAllStringSubmatchIndex(msg, -1); places != nil {
		// The place of the mistake is the innermost; the page, and the
		// call that led there, say when it happens.
		m := places[len(places)-1]
		d.Path = at("templates/" + msg[m[2]:m[3]])
		d.Line, _ = strconv.Atoi(msg[m[4]:m[5]])
		if m[6] >= 0 {
			// text/template counts bytes from 0, diagnostics characters
			// from 1: "<p>Über {{.X}}" has .X in column 11, at byte 11.
			offset, _ := strconv.Atoi(msg[m[6]:m[7]])
			d.Col = offset + 1
			if line, ok := themeLine(source, d.Path, d.Line); ok && offset <= len(line) {
				d.Col = utf8.RuneCountInString(line[:offset]) + 1
			}
		}
		d.Message = msg[m[1]:]
		if m[6] < 0 {
			placeParseError(source, &d) // text/template gives a parse error's line only
		}
		d.Message += replacedPart(source, cfg, d.Message)
		var context []string
		if len(places) > 1 {
			caller := places[len(places)-2]
			context = append(context, "called from "+msg[caller[2]:caller[3]]+":"+msg[caller[4]:caller[5]])
		}
		if r := renderingErr.FindStringSubmatch(msg); r != nil {
			page := "rendering " + r[1]
			if r[2] != "" {
				page += " from " + r[2]
			}
			context = append(context, page)
		}
		if len(context) > 0 {
			d.Message += " (" + strings.Join(context, ", ") + ")"
		}
		return d
	}
	var te *render.ThemeFileError
	if errors.As(err, &te) {
		d.Path, d.Line, d.Message = at(te.File), te.Line, te.Message
		return d
	}
	p := cfg.At("theme")
	d.Line, d.Col = p.Line, p.Col
	return d
}

// noSuchTemplate is text/template's error for a part that no file defines.
var noSuchTemplate = regexp.MustCompile(`^no such template "([^"]+)"`)

// replacedPart is what to add to an error about a part that no file
// defines when the theme replaced the built-in file that defines it: files
// are replaced whole, and a partials.html with one part of its own drops
// every other (QA, theme author: nine errors and no word why).
func replacedPart(source fs.FS, cfg *content.Config, msg string) string {
	m := noSuchTemplate.FindStringSubmatch(msg)
	if m == nil || cfg.Theme == "" || cfg.Theme == "default" || source == nil {
		return ""
	}
	builtin := themes.Default()
	files, _ := fs.Glob(builtin, "templates/*.html")
	for _, f := range files {
		data, err := fs.ReadFile(builtin, f)
		if err != nil || !regexp.MustCompile(`\{\{-?\s*define\s+"`+regexp.QuoteMeta(m[1])+`"`).Match(data) {
			continue
		}
		if _, err := fs.Stat(source, "themes/"+cfg.Theme+"/"+f); err == nil {
			return fmt.Sprintf("; the theme's %s replaces the built-in one, which defines %q: copy that part from it (see docs/themes.md)", f, m[1])
		}
	}
	return ""
}

// placeParseError moves a template's parse error to its column, and an
// unexpected end of the file to the action that it leaves open: text/template
// names the line only, and for {{if}} without {{end}} the file's last (QA).
func placeParseError(source fs.FS, d *diag.Diagnostic) {
	text, ok := themeFile(source, d.Path)
	if !ok {
		return
	}
	lines := strings.Split(text, "\n")
	switch {
	case strings.HasPrefix(d.Message, "unexpected EOF"):
		if line, col, word := unclosedAction(text); line > 0 {
			d.Line, d.Col = line, col
			d.Message = fmt.Sprintf("unexpected EOF: an {{end}} is missing, and this {{%s}} is left open", word)
		}
	case strings.HasPrefix(d.Message, "bad character") && d.Line >= 1 && d.Line <= len(lines):
		// The character in an action, outside its strings.
		line := lines[d.Line-1]
		bad, _, _ := strings.Cut(strings.TrimPrefix(d.Message, "bad character U+"), " ")
		r, err := strconv.ParseUint(bad, 16, 32)
		if err != nil {
			return
		}
		if at := inAction(line, rune(r)); at >= 0 {
			d.Col = utf8.RuneCountInString(line[:at]) + 1
		}
	}
}

// inAction returns the byte offset of the first r in line that is inside
// an action ({{ … }}) and outside the action's strings, or -1.
func inAction(line string, r rune) int {
	inside, quote := false, rune(0)
	for i, c := range line {
		switch {
		case !inside:
			inside = strings.HasPrefix(line[i:], "{{")
		case quote != 0:
			if c == quote && (quote == '`' || i == 0 || line[i-1] != '\\') {
				quote = 0
			}
		case c == '"' || c == '`' || c == '\'':
			quote = c
		case strings.HasPrefix(line[i:], "}}"):
			inside = false
		case c == r:
			return i
		}
	}
	return -1
}

// unclosedAction finds the {{if}}, {{range}}, {{with}}, {{define}} or
// {{block}} of a template's text that no {{end}} closes: its line and
// column (from 1) and its word, or line 0.
func unclosedAction(text string) (line, col int, word string) {
	type open struct {
		offset int
		word   string
	}
	var stack []open
	for i := 0; ; {
		start := strings.Index(text[i:], "{{")
		if start < 0 {
			break
		}
		start += i
		end := strings.Index(text[start:], "}}")
		if end < 0 {
			break
		}
		action := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(text[start+2:start+end], "-"), "-"))
		i = start + end + 2
		if strings.HasPrefix(action, "/*") {
			continue
		}
		first := action
		if end := strings.IndexFunc(action, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
			first = action[:end] // {{if(.X)}}, {{with.Idea}}, {{if\t.X}}
		}
		switch first {
		case "if", "range", "with", "define", "block":
			stack = append(stack, open{start, first})
		case "end":
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) == 0 {
		return 0, 0, ""
	}
	o := stack[len(stack)-1]
	before := text[:o.offset]
	line = strings.Count(before, "\n") + 1
	col = utf8.RuneCountInString(before[strings.LastIndex(before, "\n")+1:]) + 1
	return line, col, o.word
}

// model builds the site from loaded documents and collects every diagnostic
// of the run, the focus rules' warnings included, sorted by place.
func model(set *content.Set, opts Options, diags diag.List) *Result {
	if opts.BaseURL != "" {
		cfg := *set.Config // the caller's config stays as fokus.toml says
		cfg.BaseURL = opts.BaseURL
		set.Config = &cfg
	}
	today := opts.today(set.Config.Location)
	s, more := site.Build(set, today)
	diags = append(diags, more...)
	diags = append(diags, draftErrors(set, today)...)
	for _, f := range s.Findings {
		if f.Severity == diag.Warning {
			diags = append(diags, f.Diagnostic)
		}
	}
	diags.Sort()
	return &Result{Site: s, Diagnostics: diags}
}

// draftErrors checks the drafts a build leaves out as if they were in, and
// returns the errors found in them, and a warning for a draft that is work
// already committed (an unknown team, a score out of range):
// a draft's mistakes should show while it is written, not when it is published.
func draftErrors(set *content.Set, today time.Time) diag.List {
	if len(set.Drafts) == 0 {
		return nil
	}
	all := *set
	all.Ideas = append(append([]*content.Idea(nil), set.Ideas...), set.Drafts...)
	all.Drafts = nil
	drafts := make(map[string]bool, len(set.Drafts))
	for _, d := range set.Drafts {
		drafts[d.Path] = true
	}
	_, diags := site.Build(&all, today)
	var out diag.List
	for _, d := range diags {
		if d.Severity == diag.Error && drafts[d.Path] {
			out = append(out, d)
		}
	}
	// A draft is an idea still being written. One that is committed or
	// done is work the site does not show: no rule sees it (an undeclared
	// project stays hidden) and no team's load counts it (QA).
	for _, d := range set.Drafts {
		if d.Status == "accepted" || d.Status == "in-progress" || d.Status == "done" {
			at := d.At("draft")
			out = append(out, diag.Diagnostic{Path: d.Path, Line: at.Line, Col: at.Col, Severity: diag.Warning,
				Message: fmt.Sprintf("%q is %s but a draft: the site, the focus rules and its teams' load leave it out; remove draft = true (or build with --drafts to see it)", d.Title, strings.ReplaceAll(d.Status, "-", " "))})
		}
	}
	return out
}

// LoadTheme returns the named theme: the embedded default, or the source
// folder's themes/<name>/ with the default filling in what it leaves out.
//
// The source folder's static/ folder is published over the theme's, as in
// Hugo: the place for a site's own pictures and files.
func LoadTheme(source fs.FS, name string) (*render.Theme, error) {
	site := staticOnly{source}
	if why := staticFolder(source); why != "" {
		site.source = nil // see staticDiagnostics
	}
	if name == "" || name == "default" {
		t, err := render.LoadTheme(site, themes.Default())
		if t != nil {
			t.Builtin = true
		}
		return t, err
	}
	sub, err := fs.Sub(source, "themes/"+name)
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(sub, "."); err != nil {
		return nil, fmt.Errorf("unknown theme %q: no folder themes/%s/ in the source folder (the built-in theme is \"default\")", name, name)
	}
	return render.LoadTheme(site, sub, themes.Default())
}

// staticOnly is a source folder as a layer of a theme that has only its
// static/ folder: its other folders (a templates/ or i18n/ of its own) are
// no theme's.
type staticOnly struct{ source fs.FS }

func (s staticOnly) Open(name string) (fs.File, error) {
	if s.source == nil || name != "static" && !strings.HasPrefix(name, "static/") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return s.source.Open(name)
}

// staticFolder says why the source's static/ is not published, or "": a
// file in its place would hide the theme's files (its stylesheet), and a
// link to a folder could publish any folder of the machine.
func staticFolder(source fs.FS) string {
	entries, err := fs.ReadDir(source, ".")
	if err != nil {
		return ""
	}
	for _, e := range entries {
		if e.Name() != "static" {
			continue
		}
		switch {
		case e.Type()&fs.ModeSymlink != 0:
			return "a link; fokus publishes no links, so that no file from elsewhere on the machine reaches the site: make static/ a folder"
		case !e.IsDir():
			return "not a folder; the files to publish go into a folder static/"
		}
	}
	return ""
}
