package generator

// A theme's mistakes, as diagnostics: where in which file a template error
// is (text/template names a parse error's line only, and a call's place
// before the mistake's), which files and labels of a theme have no effect.

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fokus/generator/content"
	"fokus/generator/diag"
	"fokus/generator/render"
	"fokus/generator/site"
	"fokus/themes"
)

// themeWarnings are the warnings about a theme's files: those that are not
// read, and, for a site without errors, its static files that the site's
// own pages win over.
func themeWarnings(source fs.FS, cfg *content.Config, theme *render.Theme, res *Result) diag.List {
	var out diag.List
	own := "themes/" + cfg.Theme + "/"
	missing := theme.MissingLabels(cfg.Language)
	for _, u := range slices.Concat(theme.Unread, theme.Unshown, theme.StrayLabels()) {
		if u.Lacks == cfg.Language && slices.ContainsFunc(missing, func(m render.LabelUse) bool { return m.Key == u.Label }) {
			// Said where the site's own pages ask for it, below: one
			// warning for one missing text (review).
			continue
		}
		out = append(out, diag.Diagnostic{Path: own + u.File, Line: u.Line, Col: 1, Severity: diag.Warning, Message: u.Message})
	}
	for _, m := range missing {
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
	out = append(out, shadowedStatic(source, cfg)...)
	if file := editedDefault(source); file != "" {
		out = append(out, diag.Diagnostic{Path: "themes/default/" + file, Line: 1, Col: 1, Severity: diag.Warning,
			Message: "ignored: the default theme is built into fokus, and themes/default/ is not read; to change it, copy it under another name (themes/mine/) and set theme = \"mine\" in " + content.ConfigFile})
	}
	return out
}

// shadowedStatic warns of a file in the site's or the theme's static/
// where the built-in theme has a folder, or a folder where it has a file:
// the first layer's wins whole, and a file named assets hid the built-in
// stylesheet and scripts without a word (QA).
func shadowedStatic(source fs.FS, cfg *content.Config) diag.List {
	if source == nil {
		return nil
	}
	prefixes := []string{"static/"}
	if cfg.Theme != "" && cfg.Theme != "default" {
		prefixes = append(prefixes, "themes/"+cfg.Theme+"/static/")
	}
	var out diag.List
	builtin, _ := fs.Sub(themes.Default(), "static")
	fs.WalkDir(builtin, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." {
			return nil
		}
		for _, prefix := range prefixes {
			info, err := fs.Stat(source, prefix+p)
			if err != nil || info.IsDir() == d.IsDir() {
				continue
			}
			what, hidden := "a file", "folder "+p+"/"
			if info.IsDir() {
				what, hidden = "a folder", "file "+p
			}
			out = append(out, diag.Diagnostic{Path: prefix + p, Line: 1, Col: 1, Severity: diag.Warning,
				Message: fmt.Sprintf("%s where the built-in theme has the %s, which it hides: every page loads the theme's stylesheet and scripts from assets/; rename it", what, hidden)})
		}
		return nil
	})
	return out
}

// editedDefault is the first file of a themes/default/ folder in source
// that differs from the built-in theme's, or "": a copy made to be edited,
// as a Hugo user would (QA: the edits showed nowhere, and nothing said
// why). An unchanged copy, such as fokus's own repository holds, is no
// mistake.
func editedDefault(source fs.FS) string {
	if source == nil {
		return ""
	}
	copied, err := fs.Sub(source, "themes/default")
	if err != nil {
		return ""
	}
	builtin := themes.Default()
	found := ""
	fs.WalkDir(copied, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || found != "" {
			return fs.SkipAll
		}
		if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		mine, err1 := fs.ReadFile(copied, p)
		theirs, err2 := fs.ReadFile(builtin, p)
		if err1 != nil || err2 != nil || string(mine) != string(theirs) {
			found = p
		}
		return nil
	})
	return found
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
		d.Message = inWords(msg[m[1]:])
		if m[6] < 0 {
			placeParseError(source, &d) // text/template gives a parse error's line only
		}
		if hint := replacedPart(source, cfg, d.Message); hint != "" {
			d.Message += hint
		} else {
			d.Message += nearPart(source, at, d.Message)
		}
		d.Message += fieldHint(d.Message)
		d.Message += argsHint(d.Message)
		if strings.HasSuffix(d.Message, "exceeded maximum template depth (100000)") {
			// A part that calls itself (QA, theme author: Go's words
			// alone, after seconds of it).
			d.Message += "; a part that calls itself, directly or through another, never ends: call it under an {{if}} that comes to an end"
		}
		d.Message += nilHint(d.Message)
		var context []string
		if len(places) > 1 {
			caller := places[len(places)-2]
			context = append(context, "called from "+msg[caller[2]:caller[3]]+":"+msg[caller[4]:caller[5]])
		}
		// A part called through a function (badge) whose HTML is broken:
		// the escaper names no line, and the place above is the call's
		// (QA: the mistake in partials.html was blamed on five callers).
		if e := escapeErr.FindStringSubmatch(d.Message); e != nil {
			if file, line, col, ok := findInTheme(source, cfg, e[2], e[1], renderedPage(msg), at); ok {
				context = []string{"called from " + msg[m[2]:m[3]] + ":" + msg[m[4]:m[5]]}
				d.Path, d.Line, d.Col, d.Message = file, line, col, inWords(e[2])
			}
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
		if te.Col > 0 {
			d.Col = te.Col
		}
		return d
	}
	if m := escapeErr.FindStringSubmatch(msg); m != nil {
		// html/template's escaper names no line for a mistake in the
		// HTML between actions: it is found by the text it quotes, or at
		// the part that ends in the middle of a tag (QA: at fokus.toml).
		d.Message = inWords(m[2])
		if file, line, col, ok := findInTheme(source, cfg, m[2], m[1], renderedPage(msg), at); ok {
			d.Path, d.Line, d.Col = file, line, col
			if r := renderingErr.FindStringSubmatch(msg); r != nil {
				d.Message += " (rendering " + r[1] + ")"
			}
			return d
		}
	}
	p := cfg.At("theme")
	d.Line, d.Col = p.Line, p.Col
	return d
}

// noSuchTemplate is text/template's error for a part that no file defines.
// A part called through a function (teamList) is "undefined" instead.
var noSuchTemplate = regexp.MustCompile(`^no such template "([^"]+)"|html/template: "([^"]+)" is undefined$`)

// replacedPart is what to add to an error about a part that no file
// defines when the theme replaced the built-in file that defines it: files
// are replaced whole, and a partials.html with one part of its own drops
// every other (QA, theme author: nine errors and no word why).
func replacedPart(source fs.FS, cfg *content.Config, msg string) string {
	m := noSuchTemplate.FindStringSubmatch(msg)
	if m == nil || cfg.Theme == "" || cfg.Theme == "default" || source == nil {
		return ""
	}
	if m[1] == "" {
		m[1] = m[2]
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

// nearPart is what to add to an error about a part that no file defines
// when a file in use defines one of a name near it (QA: {{template
// "idea-rows" .}} said only that there was none).
func nearPart(source fs.FS, at func(string) string, msg string) string {
	m := noSuchTemplate.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	name := m[1] + m[2]
	var names []string
	files, _ := fs.Glob(themes.Default(), "templates/*.html")
	for _, f := range files {
		if text, ok := themeFile(source, at(f)); ok {
			for _, d := range definedPart.FindAllStringSubmatch(text, -1) {
				names = append(names, d[1])
			}
		}
	}
	if near := content.Suggest(name, names); near != "" && near != name {
		return fmt.Sprintf("; did you mean %q?", near)
	}
	return ""
}

// definedPart is a {{define}} or {{block}} of a part, with its name.
var definedPart = regexp.MustCompile(`\{\{-?\s*(?:define|block)\s+"([^"]+)"`)

// unknownField is text/template's error for a field or method that the
// value has not: can't evaluate field Titel in type *content.Idea.
var unknownField = regexp.MustCompile(`can't evaluate field (\w+) in type (\S+)$`)

// templateTypes are the types of the values a theme's templates meet, by
// the name text/template gives them in an error.
var templateTypes = func() map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for _, t := range []reflect.Type{
		reflect.TypeFor[*render.Page](), reflect.TypeFor[render.Pair](), reflect.TypeFor[render.ObjectiveCard](),
		reflect.TypeFor[render.DecisionMonth](), reflect.TypeFor[*site.Site](), reflect.TypeFor[*site.Idea](),
		reflect.TypeFor[*site.Objective](), reflect.TypeFor[*site.Team](), reflect.TypeFor[*site.KeyResult](),
		reflect.TypeFor[*site.Score](), reflect.TypeFor[*site.Finding](), reflect.TypeFor[site.Stop](),
		reflect.TypeFor[*content.Idea](), reflect.TypeFor[*content.Objective](), reflect.TypeFor[*content.Team](),
		reflect.TypeFor[*content.Decision](), reflect.TypeFor[*content.Config](),
	} {
		out[t.String()] = t
	}
	return out
}()

// executingPart is the part that text/template names in an error of
// executing it.
var executingPart = regexp.MustCompile(`executing "([^"]+)" at <`)

// fieldHint is what to add to an error about a field that a value has
// not (QA, theme author: {{.Site.Title}} inside {{with .Idea}}, and
// .Idea.Titel, said only which Go type had no such field): that the dot
// is not the page there, or the name that is nearest.
func fieldHint(msg string) string {
	m := unknownField.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	field, t := m[1], templateTypes[m[2]]
	if t == nil {
		return ""
	}
	if part := executingPart.FindStringSubmatch(msg); part != nil && (field == "P" || field == "V") && t != reflect.TypeFor[render.Pair]() {
		// {{template "objective-card" .}}, as Hugo's partial takes the
		// dot (QA, theme author: told .X for .P).
		return fmt.Sprintf("; the part %q reads the page as .P and a value as .V: call it as {{template %q (pair $p …)}}", part[1], part[1])
	}
	names := fieldsAndMethods(t)
	if t == reflect.TypeFor[*site.Site]() && slices.Contains(fieldsAndMethods(reflect.TypeFor[*content.Config]()), field) {
		// Hugo's .Site.Title
		return "; a setting of " + content.ConfigFile + " is .Site.Config." + field
	}
	if instead, ok := hugoFields[m[2]+"."+field]; ok {
		// Hugo's field of this type, before the page's method of its name
		// (Page.Date formats a day; an idea has none of Hugo's).
		return "; that is Hugo's: in fokus, write " + instead + " (see docs/themes.md)"
	}
	// The dot is not the page where the field is the first of an action's
	// on the dot ({{.Site.X}}), not one further down ({{$p.Site.Title}}).
	onDot := strings.Contains(msg, "at <."+field+">") || strings.Contains(msg, "at <."+field+".")
	page := reflect.TypeFor[*render.Page]()
	if onDot && t != page && slices.Contains(fieldsAndMethods(page), field) {
		if t == reflect.TypeFor[render.Pair]() {
			return "; a part called with (pair $p …) has the page as .P and the value as .V: write .P." + field
		}
		return "; inside {{with}} and {{range}} the dot is what they took, not the page: name the page by a variable ({{$p := .}} at its start, then $p." + field + ")"
	}
	if near := content.Suggest(field, names); near != "" {
		return "; did you mean ." + near + "?"
	}
	if instead, ok := hugoFields[field]; ok {
		return "; that is Hugo's: in fokus, write " + instead + " (see docs/themes.md)"
	}
	return ""
}

// wrongArgs is text/template's error for a call of a function with too
// few or too many arguments, and for an argument of the wrong type.
var wrongArgs = regexp.MustCompile(`wrong number of args for (\w+): want (\d+) got (\d+)$|wrong type for value; expected \*render\.Page; got |expected string; found '(.)'$`)

// argsHint is what to add to an error about a function's arguments:
// fokus's functions take the page first, which Hugo's do not ({{date
// .Date}}, QA, theme author), and a text is in double quotes.
func argsHint(msg string) string {
	m := wrongArgs.FindStringSubmatch(msg)
	switch {
	case m == nil:
		return ""
	case m[4] != "":
		return "; a text is written in double quotes: " + strconv.Quote(m[4])
	case m[1] == "":
		return "; fokus's functions take the page first, as in {{date $p .Date}}"
	}
	want, _ := strconv.Atoi(m[2])
	got, _ := strconv.Atoi(m[3])
	if got >= want || !render.PageFirst(m[1]) {
		return ""
	}
	if want == 1 {
		return fmt.Sprintf("; %s takes the page: {{%s $p}}", m[1], m[1])
	}
	return fmt.Sprintf("; %s takes the page first: {{%s $p …}}", m[1], m[1])
}

// nilField is text/template's error for a field of a value that is not
// set: at <.Score.Value>: nil pointer evaluating *site.Score.Value.
var nilField = regexp.MustCompile(`at <(\$?[\w.$]*)\.(\w+)>: nil pointer evaluating \S+\.(\w+)$`)

// nilHint is what to add to an error about a field of a value that is
// not set, which an idea's .Score and .Decision, and a page's .Idea, .Team
// and .Objective on the other pages, are not always (QA, theme author).
func nilHint(msg string) string {
	m := nilField.FindStringSubmatch(msg)
	if m == nil || m[1] == "" || m[1] == "$" || m[2] != m[3] {
		return ""
	}
	return fmt.Sprintf("; %s is not set here: write {{with %s}}{{.%s}}{{end}}", m[1], m[1], m[2])
}

// hugoFields are fields of Hugo's pages that people bring along, and what
// a fokus theme writes instead.
var hugoFields = map[string]string{
	"Content":      "{{.Idea.HTML}} (an objective's, a team's: .Objective.HTML, .Team.HTML), the body converted already",
	"Permalink":    "{{ideaLink $p .}} (objectiveLink, teamLink), a link relative to the page",
	"RelPermalink": "{{ideaLink $p .}} (objectiveLink, teamLink), a link relative to the page",
	"Params":       "the document's field by its name: .Idea.Author, .Idea.Tags",
	// Of one type only, by the name text/template gives it: the site has
	// no params (QA, theme author: told to write .Idea.Author), and an
	// idea's day is the one it was deposited.
	"*site.Site.Params":       "the value into the template, or as a label of your own into i18n/ ({{$p.T \"my_key\"}})",
	"*content.Idea.Date":      ".Submitted, the day it was deposited, or .Decision.Date",
	"*site.Idea.Date":         ".Idea.Submitted, the day it was deposited, or .Idea.Decision.Date",
	"*site.Site.Pages":        ".Site.Ideas, .Site.Objectives or .Site.Teams",
	"*site.Site.AllPages":     ".Site.Ideas, .Site.Objectives or .Site.Teams",
	"*site.Site.RegularPages": ".Site.Ideas, .Site.Objectives or .Site.Teams",
}

// fieldsAndMethods are the names a template can call on a value of type
// t: its exported fields, also those of embedded structs, and methods.
func fieldsAndMethods(t reflect.Type) []string {
	var names []string
	for i := range t.NumMethod() {
		names = append(names, t.Method(i).Name)
	}
	s := t
	if s.Kind() == reflect.Pointer {
		s = s.Elem()
	}
	if s.Kind() == reflect.Struct {
		for _, f := range reflect.VisibleFields(s) {
			if f.IsExported() {
				names = append(names, f.Name)
			}
		}
	}
	return names
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
	defer func() { d.Message += codeHint(text, lines, d) }()
	// An {{end}} too many ends its block and those around it early, one
	// left out leaves them open: text/template says so where that first
	// breaks something, which is before that place.
	if extraEnd.MatchString(d.Message) {
		if a, ok := oddAction(text, "end", d.Line); ok {
			msg := "unexpected {{end}}: one {{end}} too many, and this one closes nothing"
			if a.line != d.Line || !strings.HasPrefix(d.Message, "unexpected {{end}}") {
				msg += fmt.Sprintf("; it ends a block early, so that line %d has: %s", d.Line, d.Message)
			}
			d.Line, d.Col, d.Message = a.line, a.col, msg
			return
		}
	}
	if missingEnd.MatchString(d.Message) {
		// Not the {{define}} that the parser met: one inside a block, by
		// itself, is the mistake.
		if a, ok := oddAction(text, "open", d.Line); ok && (a.line != d.Line || a.word != "define") {
			d.Message = fmt.Sprintf("an {{end}} is missing, and this {{%s}} is left open; so that line %d has: %s", a.word, d.Line, d.Message)
			d.Line, d.Col = a.line, a.col
			return
		}
	}
	switch {
	case strings.HasPrefix(d.Message, "unexpected EOF"):
		if line, col, word := unclosedAction(text); line > 0 {
			d.Line, d.Col = line, col
			d.Message = fmt.Sprintf("unexpected EOF: an {{end}} is missing, and this {{%s}} is left open", word)
		}
	case strings.HasPrefix(d.Message, "missing value for ") && d.Line >= 1 && d.Line <= len(lines):
		// {{if}}, {{range}}, {{with}} without their pipeline.
		word := strings.TrimPrefix(d.Message, "missing value for ")
		line := lines[d.Line-1]
		// The action without one ({{if}}, {{else if -}}), else the word's first.
		for _, re := range []string{`\{\{-?\s*(?:else\s+)?` + regexp.QuoteMeta(word) + `\s*-?\}\}`, `\{\{-?\s*(?:else\s+)?` + regexp.QuoteMeta(word) + `\b`} {
			if loc := regexp.MustCompile(re).FindStringIndex(line); loc != nil {
				d.Col = utf8.RuneCountInString(line[:loc[0]]) + 1
				break
			}
		}
	case d.Line >= 1 && d.Line <= len(lines) && namedWord.MatchString(d.Message):
		// A word the parser names without its place (QA: "5:1" under the
		// indentation): a function, a variable, what it did not expect.
		m := namedWord.FindStringSubmatch(d.Message)
		word := m[1] + m[2] + m[3]
		if at := wordInAction(lines[d.Line-1], word); at >= 0 {
			d.Col = utf8.RuneCountInString(lines[d.Line-1][:at]) + 1
		}
		if m[1] != "" {
			if instead, ok := hugoFuncs[m[1]]; ok {
				d.Message += "; that is Hugo's: in fokus, write " + instead + " (see docs/themes.md)"
			} else if near := content.Suggest(m[1], render.FuncNames()); near != "" {
				d.Message += fmt.Sprintf("; did you mean %s?", near)
			}
		}
	case d.Line >= 1 && d.Line <= len(lines) && misplacedToken.MatchString(d.Message):
		if strings.HasPrefix(d.Message, "unexpected <define> in command") {
			d.Message += "; a {{define}} stands alone, after the {{end}} of the one before"
		}
		// A token the parser did not expect, named without its place (QA:
		// "{{ .Title }" was at column 1 under the line's indentation).
		if at := tokenInAction(lines[d.Line-1], d.Message); at >= 0 {
			d.Col = utf8.RuneCountInString(lines[d.Line-1][:at]) + 1
		}
		if strings.HasPrefix(d.Message, `unexpected "}" in `) {
			d.Message += "; an action ends with }}"
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
		if r == '}' {
			// {{.Title}: the same brace left out as {{ .Title }, which
			// the parser names otherwise.
			d.Message += "; an action ends with }}"
		}
	case strings.HasPrefix(d.Message, "unterminated ") && d.Line >= 1 && d.Line <= len(lines):
		// A string of an action whose quote is left open, which the
		// lexer names at its line only (QA, theme author: at 4:1).
		if at := openString(lines[d.Line-1]); at >= 0 {
			d.Col = utf8.RuneCountInString(lines[d.Line-1][:at]) + 1
			d.Message += fmt.Sprintf("; its closing %c is missing", lines[d.Line-1][at])
		}
	case d.Message == "unclosed comment" && d.Line >= 1 && d.Line <= len(lines):
		if locs := commentStart.FindAllStringIndex(lines[d.Line-1], -1); locs != nil {
			d.Col = utf8.RuneCountInString(lines[d.Line-1][:locs[len(locs)-1][0]]) + 1
		}
		d.Message += "; a comment ends with */}}"
	case strings.HasPrefix(d.Message, "malformed character constant: ") && d.Line >= 1 && d.Line <= len(lines):
		// {{$p.T 'key'}}: a text in single quotes, as JavaScript and
		// Hugo's examples write it, is a Go character.
		quoted := strings.TrimPrefix(d.Message, "malformed character constant: ")
		if at := wordInAction(lines[d.Line-1], quoted); at >= 0 {
			d.Col = utf8.RuneCountInString(lines[d.Line-1][:at]) + 1
		}
		if text, ok := strings.CutPrefix(quoted, "'"); ok {
			d.Message += "; a text is written in double quotes: " + strconv.Quote(strings.TrimSuffix(text, "'"))
		}
	}
}

// commentStart is the beginning of a comment action: {{/* or {{- /*.
var commentStart = regexp.MustCompile(`\{\{(?:-\s)?/\*`)

// openString is the byte offset in line of the quote (", ` or ') of a
// string inside an action that the line leaves open, or -1.
func openString(line string) int {
	_, open := scanActions(line)
	return open
}

// codeHint is what to add to a parse error inside a <script> or a
// <style>, where a designer's {{ is JavaScript's or CSS's braces (QA:
// `if (x) {{return 1}}` was `function "return" not defined`); it moves
// an error without its column to the line's first action.
func codeHint(text string, lines []string, d *diag.Diagnostic) string {
	if d.Line < 1 || d.Line > len(lines) || strings.Contains(d.Message, "{{end}}") {
		return ""
	}
	line := lines[d.Line-1]
	col := d.Col
	if i := strings.Index(line, "{{"); col == 1 && i >= 0 {
		col = utf8.RuneCountInString(line[:i]) + 1
	}
	offset := len(strings.Join(lines[:d.Line-1], "\n")) + len(string([]rune(line)[:min(col-1, utf8.RuneCountInString(line))]))
	if d.Line > 1 {
		offset++
	}
	before := strings.ToLower(text[:offset])
	for _, tag := range []string{"script", "style"} {
		if open := strings.LastIndex(before, "<"+tag); open >= 0 && open > strings.LastIndex(before, "</"+tag) {
			d.Col = col
			return fmt.Sprintf("; if these are the braces of a <%s>: {{ begins an action there too, so write { { or keep the %s in a file of static/", tag, tag)
		}
	}
	return ""
}

// extraEnd matches text/template's parse errors that an {{end}} too many
// causes: at the {{end}} that is left over at the end of the file, at an
// {{else}} whose block it ended, at a variable of that block.
var extraEnd = regexp.MustCompile(`^(?:unexpected \{\{end\}\}|unexpected \{\{else\}\}|undefined variable ")`)

// missingEnd matches text/template's parse errors that an {{end}} left
// out causes before the end of the file: at the next {{define}}, at an
// {{else if}} that falls to a {{range}}.
var missingEnd = regexp.MustCompile(`^unexpected <(?:define> in command|if> in input|with> in input)`)

// namedWord matches text/template's parse errors that name a word but
// give no column: function "foo" not defined, undefined variable "$y",
// unexpected {{end}}.
var namedWord = regexp.MustCompile(`^(?:function "([^"]+)" not defined|undefined variable "([^"]+)"|unexpected (\{\{end\}\}|\{\{else\}\}))`)

// misplacedToken matches text/template's parse errors about one token of
// an action that give no column: unexpected "}" in operand (a brace left
// out), unexpected <define> in command, unexpected right paren, unclosed
// left paren, bad number syntax: "3x". A token of more than ten
// characters is cut: unexpected ".Idea.Titl"... in operand.
var misplacedToken = regexp.MustCompile(`^(?:unexpected (?:"((?:[^"\\]|\\.)*)"(?:\.\.\.)?|<(\w+)>) in |bad number syntax: "((?:[^"\\]|\\.)*)"|(unexpected right paren|unclosed left paren))`)

// tokenInAction is the byte offset in line of the token that a
// misplacedToken error names, inside an action and outside its strings:
// the first such token, the first ) that closes nothing, or the first (
// that nothing closes; -1 if there is none.
func tokenInAction(line, msg string) int {
	m := misplacedToken.FindStringSubmatch(msg)
	if m == nil {
		return -1
	}
	offsets := actionOffsets(line)
	switch m[4] {
	case "unexpected right paren", "unclosed left paren":
		var open []int
		for _, i := range offsets {
			switch line[i] {
			case '(':
				open = append(open, i)
			case ')':
				if len(open) == 0 {
					if m[4] == "unexpected right paren" {
						return i
					}
					continue
				}
				open = open[:len(open)-1]
			}
		}
		if m[4] == "unclosed left paren" && len(open) > 0 {
			return open[0]
		}
		return -1
	}
	token := m[1] + m[2] + m[3]
	if unquoted, err := strconv.Unquote(`"` + m[1] + `"`); m[1] != "" && err == nil {
		token = unquoted
	}
	if token == "" {
		return -1
	}
	word := isWordByte(token[0])
	for _, i := range offsets {
		if !strings.HasPrefix(line[i:], token) {
			continue
		}
		if word && (i > 0 && isWordByte(line[i-1])) {
			continue // .Rank is not found in $p.Rank's Rank, nor define in redefine
		}
		return i
	}
	return -1
}

// actionOffsets are the byte offsets of line that are inside an action
// ({{ … }}), outside its strings and its delimiters.
func actionOffsets(line string) []int {
	code, _ := scanActions(line)
	return code
}

// scanActions reads line as text/template does: code is the byte offsets
// inside its actions ({{ … }}), outside their strings and delimiters, and
// open the offset of the quote (", ` or ') of a string that the line
// leaves open, or -1.
func scanActions(line string) (code []int, open int) {
	inside, quote, open := false, byte(0), -1
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case !inside:
			if strings.HasPrefix(line[i:], "{{") {
				inside = true
				i++
			}
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == '\\' && quote != '`' {
				i++ // an escaped character, \" among them
			}
		case strings.HasPrefix(line[i:], "}}"):
			inside = false
			i++
		case c == '"' || c == '`' || c == '\'':
			quote, open = c, i
		default:
			code = append(code, i)
		}
	}
	if quote == 0 {
		open = -1
	}
	return code, open
}

// hugoFuncs are Hugo's template functions that people bring along, and
// what a fokus theme writes instead.
var hugoFuncs = map[string]string{
	"partial":       `{{template "part" .}}`,
	"partialCached": `{{template "part" .}}`,
	"i18n":          `{{$p.T "key"}}`,
	"T":             `{{$p.T "key"}}`,
	"relURL":        `{{link $p "path/"}}`,
	"absURL":        `{{link $p "path/"}}`,
	"relLangURL":    `{{link $p "path/"}}`,
	"dateFormat":    `{{date $p .}}`,
	"markdownify":   "{{.Doc.HTML}}, the document's body converted already",
	"lower":         "the text as it is, and CSS's text-transform: lowercase",
	"title":         "the text as it is, and CSS's text-transform: capitalize",
	"truncate":      "the text as it is, and CSS's overflow: hidden and text-overflow: ellipsis",
	"now":           "$p.Site.Now, the site's today (which --now fixes)",
	"default":       "{{with .X}}{{.}}{{else}}…{{end}}",
	"first":         `{{range $i, $x := …}}{{if lt $i 3}}…{{end}}{{end}}`,
	"where":         `{{range}} with an {{if}} ({{if eq .Idea.Status "done"}}), or a list the site keeps: .Site.Ranked, .Site.Unassessed, .Site.Closed, .Site.Decisions`,
	"dict":          "(pair $p value), which a part reads as .P and .V",
	"delimit":       "{{range $i, $t := .Idea.Tags}}{{if $i}}, {{end}}{{$t}}{{end}}",
	"safeHTML":      "the value alone: a body's .HTML is HTML already, and any other text is escaped for where it stands",
	"safeURL":       `the address alone, or {{link $p "path/"}}: an href keeps http, https and mailto addresses as they are`,
}

// wordInAction is the byte offset in line of word inside an action
// ({{ … }}, outside its strings), or -1. An {{end}} is found as a whole
// action, also written {{- end -}}.
func wordInAction(line, word string) int {
	if strings.HasPrefix(word, "{{") {
		re := regexp.MustCompile(`\{\{-?\s*` + regexp.QuoteMeta(strings.Trim(word, "{}")) + `\s*-?\}\}`)
		if loc := re.FindStringIndex(line); loc != nil {
			return loc[0]
		}
		return -1
	}
	for from := 0; ; {
		i := strings.Index(line[from:], word)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(word)
		// A word ends before a field: $x in $x.Title, now in Hugo's
		// now.Year (QA: at 4:1).
		boundary := (i == 0 || !isWordByte(line[i-1])) && (end == len(line) || !isWordByte(line[end]) || line[end] == '.')
		if boundary && insideAction(line, i) {
			return i
		}
		from = end
	}
}

func isWordByte(b byte) bool {
	return b == '_' || b == '$' || b == '.' || '0' <= b && b <= '9' || 'a' <= b|0x20 && b|0x20 <= 'z'
}

// insideAction reports whether byte offset at of line is inside an action
// and outside its strings.
func insideAction(line string, at int) bool {
	inside, quote := false, rune(0)
	for i, c := range line {
		if i >= at {
			return inside && quote == 0
		}
		switch {
		case !inside:
			inside = strings.HasPrefix(line[i:], "{{")
		case quote != 0:
			if c == quote && (quote == '`' || line[i-1] != '\\') {
				quote = 0
			}
		case c == '"' || c == '`' || c == '\'':
			quote = c
		case strings.HasPrefix(line[i:], "}}"):
			inside = false
		}
	}
	return false
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

// blockAction is an action of a template's text that opens a block
// ({{if}}, {{range}}, {{with}}, {{define}}, {{block}}), continues one
// ({{else}}) or closes one ({{end}}), with what its place says of the
// block its author meant it for.
type blockAction struct {
	offset, line, col int // col from 1, in characters
	word              string
	indent            int  // of its line
	lineStart         bool // only the indentation and {{end}}s before it on its line
	inline            bool // text follows it on its line: {{if .X}} <span>…
	top               bool // an {{end}} that the next {{define}} or the file's end follows
}

// blockActions are the block actions of a template's text, in order;
// comments are left out.
func blockActions(text string) []blockAction {
	var out []blockAction
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
		if n := len(out); n > 0 && out[n-1].word == "end" {
			out[n-1].top = first == "define"
		}
		switch first {
		case "if", "range", "with", "define", "block", "else", "end":
		default:
			continue
		}
		lineStart := strings.LastIndex(text[:start], "\n") + 1
		before := text[lineStart:start]
		rest := strings.TrimLeft(before, " \t")
		for {
			loc := endAction.FindStringIndex(rest)
			if loc == nil {
				break
			}
			rest = strings.TrimLeft(rest[loc[1]:], " \t")
		}
		after, _, _ := strings.Cut(text[i:], "\n")
		out = append(out, blockAction{
			offset: start, line: strings.Count(text[:start], "\n") + 1, col: utf8.RuneCountInString(before) + 1,
			word: first, indent: len(before) - len(strings.TrimLeft(before, " \t")),
			lineStart: rest == "", inline: strings.TrimSpace(anyAction.ReplaceAllString(after, "")) != "", top: first == "end",
		})
	}
	return out
}

// anyAction is an action, for blockAction.inline to see past them.
var anyAction = regexp.MustCompile(`\{\{.*?\}\}`)

// pairCost is how unlike its author's layout an {{end}} or {{else}} is
// for the block that open opens: on another line, at another indentation
// or after text, or for a block opened within a line of text; or a
// {{define}}'s {{end}} that is not the last before the next {{define}}
// (and the other way round).
func pairCost(open, a blockAction) int {
	cost := 0
	if open.line != a.line {
		if open.inline {
			cost++
		}
		switch {
		case a.lineStart && open.indent != a.indent:
			cost += 2
		case !a.lineStart:
			cost += 2
		}
	}
	if a.word == "end" && (open.word == "define") != a.top {
		cost++
	}
	return cost
}

// layoutCost pairs the block actions as text/template does, leaving out
// the one at index skip, and returns the sum of the pairs' pairCost, or
// -1 when they do not pair: an {{end}} or {{else}} with nothing open, a
// {{define}} inside a block, a block left open.
func layoutCost(acts []blockAction, skip int) int {
	var stack []blockAction
	cost := 0
	for i, a := range acts {
		if i == skip {
			continue
		}
		switch a.word {
		case "define":
			if len(stack) > 0 {
				return -1
			}
			stack = append(stack, a)
		case "else":
			if len(stack) == 0 || stack[len(stack)-1].word == "define" || stack[len(stack)-1].word == "block" {
				return -1
			}
			cost += pairCost(stack[len(stack)-1], a)
		case "end":
			if len(stack) == 0 {
				return -1
			}
			cost += pairCost(stack[len(stack)-1], a)
			stack = stack[:len(stack)-1]
		default:
			stack = append(stack, a)
		}
	}
	if len(stack) > 0 {
		return -1
	}
	return cost
}

// oddAction is the block action of a template's text that is one too
// many, when one is: the opening action that no {{end}} closes (want
// "open"), or the {{end}} that closes nothing (want "end"), on line before
// or above: where text/template found what it broke. Of those whose
// leaving out pairs the rest, it is the one that leaves the rest most as
// their indentation and lines show them meant (QA: line 1's {{define}}
// was named for an {{if}} left open in it, and an {{end}} too many was
// "undefined variable" further down); of equals, the last.
func oddAction(text, want string, before int) (blockAction, bool) {
	acts := blockActions(text)
	opens, ends := 0, 0
	for _, a := range acts {
		switch a.word {
		case "end":
			ends++
		case "else":
		default:
			opens++
		}
	}
	if want == "open" && opens != ends+1 || want == "end" && ends != opens+1 {
		return blockAction{}, false
	}
	best, bestCost := -1, 0
	for i, a := range acts {
		if (a.word == "end") != (want == "end") || a.word == "else" || a.line > before {
			continue
		}
		if c := layoutCost(acts, i); c >= 0 && (best < 0 || c <= bestCost) {
			best, bestCost = i, c
		}
	}
	if best < 0 {
		return blockAction{}, false
	}
	return acts[best], true
}

// unclosedAction finds the {{if}}, {{range}}, {{with}}, {{define}} or
// {{block}} of a template's text that no {{end}} closes: its line and
// column (from 1) and its word, or line 0. With more than one left open,
// it is the innermost.
func unclosedAction(text string) (line, col int, word string) {
	if a, ok := oddAction(text, "open", strings.Count(text, "\n")+1); ok {
		return a.line, a.col, a.word
	}
	var stack []blockAction
	for _, a := range blockActions(text) {
		switch a.word {
		case "else":
		case "end":
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		default:
			stack = append(stack, a)
		}
	}
	if len(stack) == 0 {
		return 0, 0, ""
	}
	a := stack[len(stack)-1]
	return a.line, a.col, a.word
}

// endAction is an {{end}} (or {{- end -}}) at the start of a text.
var endAction = regexp.MustCompile(`^\{\{-?\s*end\s*-?\}\}`)

// escapeErr is an error of html/template's escaper without a place:
// "html/template:badge: ends in a non-text context: {stateAttr …}".
var escapeErr = regexp.MustCompile(`html/template:([^:\s]+): (.+)$`)

// quotedText is the text that an escaping error quotes last, where the
// escaper lost its way: "\"" in attribute name: "page-head\">\n    <h1>".
var quotedText = regexp.MustCompile(`: ("(?:[^"\\]|\\.)*")$`)

// findInTheme finds where an escaping error is in the theme's templates,
// of the files that render the page (page, its output path, may be ""):
// at the text it quotes, in the page's own template first and else in the
// one file that has it; or else at the {{define}} of the part it names,
// where the page's {{define "main"}} stands for the layout's "base" that
// the escaper names for any page. A built-in file that the theme replaced
// is never named.
func findInTheme(source fs.FS, cfg *content.Config, msg, part, page string, at func(string) string) (file string, line, col int, ok bool) {
	var pageFile string
	if kind := pageKind(page); kind != "" {
		pageFile = at("templates/" + kind + ".html")
	}
	var files []string // the files in use: the theme's, the built-in ones it keeps
	builtin, _ := fs.Glob(themes.Default(), "templates/*.html")
	for _, f := range builtin {
		files = append(files, at(f))
	}
	place := func(f string, i int, text string) {
		file, ok = f, true
		line = strings.Count(text[:i], "\n") + 1
		col = utf8.RuneCountInString(text[strings.LastIndex(text[:i], "\n")+1:i]) + 1
	}
	// find is the place of the first of files where index finds something,
	// when only one file does (unique) or at once.
	find := func(files []string, unique bool, index func(text string) int) bool {
		found := 0
		for _, f := range files {
			text, ok := themeFile(source, f)
			if !ok {
				continue
			}
			if i := index(text); i >= 0 {
				if found == 0 {
					place(f, i, text)
				}
				found++
				if !unique {
					return true
				}
			}
		}
		return found == 1
	}
	if q := quotedText.FindStringSubmatch(msg); q != nil {
		if text, err := strconv.Unquote(q[1]); err == nil && strings.TrimSpace(text) != "" {
			index := func(t string) int { return strings.Index(t, text) }
			if pageFile != "" && find([]string{pageFile}, false, index) || find(files, true, index) {
				return file, line, col, true
			}
		}
	}
	define := func(name string) func(string) int {
		re := regexp.MustCompile(`\{\{-?\s*(?:define|block)\s+"` + regexp.QuoteMeta(name) + `"`)
		return func(t string) int {
			if loc := re.FindStringIndex(t); loc != nil {
				return loc[0]
			}
			return -1
		}
	}
	// The page's main, when the theme has its own page and the built-in
	// layout: with a layout of its own, that may be where it is (review).
	if part == "base" && pageFile != "" && !strings.HasPrefix(pageFile, builtinRoot) &&
		strings.HasPrefix(at("templates/layout.html"), builtinRoot) && find([]string{pageFile}, false, define("main")) ||
		find(files, false, define(part)) {
		// A part that ends in an attribute's value: the line below its
		// {{define}} whose double quote is left open, rather than the
		// {{define}} (QA: a layout's tabindex="-1> was at layout.html:1:1).
		if strings.Contains(msg, "ends in a non-text context") && (strings.Contains(msg, "delimDoubleQuote") || strings.Contains(msg, "closing quote missing")) {
			if text, ok := themeFile(source, file); ok {
				if l, c := openQuote(text, line); l > 0 {
					line, col = l, c
				}
			}
		}
		return file, line, col, true
	}
	return "", 0, 0, false
}

// openQuote is the place (from 1) of the last double quote, outside the
// actions, of the first line from line `from` on whose quotes outside
// actions are odd in number; or line 0.
func openQuote(text string, from int) (line, col int) {
	lines := strings.Split(text, "\n")
	for n := from - 1; n >= 0 && n < len(lines); n++ {
		count, last := 0, -1
		inAction := false
		for i := 0; i < len(lines[n]); i++ {
			switch {
			case !inAction && strings.HasPrefix(lines[n][i:], "{{"):
				// Skip the action: its strings are no attribute's quotes.
				end := strings.Index(lines[n][i:], "}}")
				if end < 0 {
					inAction = true
					break
				}
				i += end + 1
			case inAction:
				if strings.HasPrefix(lines[n][i:], "}}") {
					inAction = false
					i++
				}
			case lines[n][i] == '"':
				count, last = count+1, i
			}
		}
		if count%2 == 1 {
			return n + 1, utf8.RuneCountInString(lines[n][:last]) + 1
		}
	}
	return 0, 0
}

// renderedPage is the output path of the page whose rendering failed, as
// render.Theme.Write names it, or "".
func renderedPage(msg string) string {
	if r := renderingErr.FindStringSubmatch(msg); r != nil {
		return r[1]
	}
	if r := renderingAny.FindStringSubmatch(msg); r != nil {
		return r[1]
	}
	return ""
}

// renderingAny is "rendering <path>" before any error, not only a
// template's (the escaper's "html/template:base: …").
var renderingAny = regexp.MustCompile(`^rendering (\S+?)(?: from \S+)?: `)

// pageKind is the page template that renders the page at the output path
// p ("teams/sales/index.html": team), or "".
func pageKind(p string) string {
	parts := strings.Split(strings.TrimSuffix(p, "index.html"), "/")
	section := parts[0]
	switch {
	case p == "index.html":
		return "dashboard"
	case len(parts) == 2 && slices.Contains([]string{"backlog", "objectives", "teams", "decisions", "priorities", "posters"}, section):
		return section
	case len(parts) == 3 && slices.Contains([]string{"ideas", "objectives", "teams", "posters"}, section):
		return strings.TrimSuffix(section, "s")
	}
	return ""
}

// badTag is an escaping error in a tag's attributes, which a quote or a >
// left out causes.
var badTag = regexp.MustCompile(`^"(?:[^"\\]|\\.)*" in (?:attribute name|unquoted attr)|^expected space, attr name, or end of tag`)

// escapeState is html/template's dump of where in the HTML it is.
var escapeState = regexp.MustCompile(`\{(state\w+)(?: (delim\w+))?[^{}]*\}`)

// inWords says where an escaping error's HTML was left, instead of
// html/template's dump of its state ("{stateAttr delimDoubleQuote
// urlPartNone jsCtxRegexp [] attrNone elementNone <nil>}"), which tells a
// designer nothing (QA).
func inWords(msg string) string {
	if badTag.MatchString(msg) {
		msg += "; is a quote or a > missing before it?"
	}
	return escapeState.ReplaceAllStringFunc(msg, func(dump string) string {
		m := escapeState.FindStringSubmatch(dump)
		switch state, delim := m[1], m[2]; {
		case state == "stateText":
			return "in text"
		case state == "stateTag" || state == "stateAttrName" || state == "stateAfterName" || state == "stateBeforeValue":
			return "inside a tag (is its > missing?)"
		case (state == "stateAttr" || state == "stateURL" || state == "stateSrcset") && (delim == "delimDoubleQuote" || delim == "delimSingleQuote"):
			return "inside an attribute's value (is its closing quote missing?)"
		case state == "stateAttr" || state == "stateURL" || state == "stateSrcset":
			return "inside an attribute's value (is the tag's > missing?)"
		case state == "stateHTMLCmt":
			return "inside a comment (is its --> missing?)"
		case state == "stateRCDATA":
			return "inside a <title> or <textarea> (is its end tag missing?)"
		case strings.HasPrefix(state, "stateJS"):
			return "inside a script (is a quote or its </script> missing?)"
		case strings.HasPrefix(state, "stateCSS"):
			return "inside a style (is a quote or its </style> missing?)"
		}
		return dump
	})
}
