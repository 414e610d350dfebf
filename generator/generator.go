// Package generator orchestrates a build: load content, build the model,
// render the theme. Each stage is a plain function of its input; this package
// only wires them together and keeps their diagnostics.
package generator

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"time"
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

// parseDay is the day the content's hints count a date in words from
// ("heute", "KW 2"): today, or none without a Now.
func (opts Options) parseDay(tz *time.Location) time.Time {
	if opts.Now.IsZero() {
		return time.Time{}
	}
	return opts.today(tz)
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
	set, diags, err := content.Load(opts.Source, content.Options{Drafts: opts.Drafts, DeferBodies: true, Published: published, Today: opts.parseDay(cfg.Location)})
	if err != nil {
		return &Result{Diagnostics: diags}, err
	}
	res := model(set, opts, append(diags, staticDiagnostics(opts.Source, cfg.Theme)...))
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

// conflictDiagnostics are warnings for static files at the place of a file
// or folder that the site makes itself, which are not published.
func conflictDiagnostics(source fs.FS, cfg *content.Config, theme *render.Theme, s *site.Site) diag.List {
	var out diag.List
	for _, p := range theme.StaticConflicts(s) {
		at := "static/" + p
		if _, err := fs.Stat(source, at); err != nil {
			at = "themes/" + cfg.Theme + "/static/" + p
		}
		out = append(out, diag.Diagnostic{Path: at, Line: 1, Col: 1, Severity: diag.Warning,
			Message: "not published: the site makes its own " + p + " (or a folder of pages there), which wins"})
	}
	return out
}

// staticDiagnostics are warnings for what of the source's static/ folder,
// and of the named theme's, is not published (see render.Unpublished),
// which would be missing from the site without a word.
func staticDiagnostics(source fs.FS, theme string) diag.List {
	var out diag.List
	if why := staticFolder(source); why != "" {
		out = append(out, diag.Diagnostic{Path: "static", Line: 1, Col: 1, Severity: diag.Warning, Message: "not published: " + why})
	} else {
		out = append(out, unpublished(source, "static")...)
	}
	if theme != "" && theme != "default" && fs.ValidPath("themes/"+theme) {
		out = append(out, unpublished(source, "themes/"+theme+"/static")...)
	}
	return out
}

// unpublished are the warnings for the files of the folder dir that are
// not published.
func unpublished(source fs.FS, dir string) diag.List {
	var out diag.List
	_ = fs.WalkDir(source, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir || render.Litter(d) {
			return nil
		}
		if why := render.Unpublished(d); why != "" {
			// A name's line break or other control character, which would
			// forge a line of its own, prints escaped (diag.Diagnostic.String).
			out = append(out, diag.Diagnostic{Path: p, Line: 1, Col: 1, Severity: diag.Warning, Message: "not published: " + why})
			if d.IsDir() {
				return fs.SkipDir
			}
		} else if !d.IsDir() && strings.EqualFold(path.Ext(p), ".css") {
			out = append(out, remoteLoads(source, p)...)
		}
		return nil
	})
	return out
}

// remoteLoads are the warnings for the files from another server that the
// published stylesheet at p loads, by url(), @import or image-set(),
// however escaped (see content.CSSLoads): custom.css is on every page,
// and a web font from a CDN there (as examples on the web write it) broke
// the SPEC's page that loads nothing from outside the site without a word
// (security review).
func remoteLoads(source fs.FS, p string) diag.List {
	data, err := fs.ReadFile(source, p)
	if err != nil {
		return nil // reading it to publish it says why
	}
	text := string(data)
	var out diag.List
	for _, l := range content.CSSLoads(text) {
		before := text[:l.Offset]
		lineStart := strings.LastIndexByte(before, '\n') + 1
		out = append(out, diag.Diagnostic{Path: p, Line: strings.Count(before, "\n") + 1, Col: utf8.RuneCountInString(before[lineStart:]) + 1, Severity: diag.Warning,
			Message: `this stylesheet loads a file from another server, which a page of fokus otherwise never does; put the file into static/ and write its path (url("fonts/inter.woff2") from static/assets/ loads static/assets/fonts/inter.woff2)`})
	}
	return out
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
				Message: fmt.Sprintf("%q has status %q but is a draft: the site, the focus rules and its teams' load leave it out; remove draft = true (or build with --drafts to see it)", d.Title, d.Status)})
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
			t.Builtin, t.Content = true, source
		}
		return t, err
	}
	sub, err := fs.Sub(source, "themes/"+name)
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(sub, "."); err != nil {
		msg := fmt.Sprintf("unknown theme %q: no folder themes/%s/ in the source folder (the built-in theme is \"default\")", name, name)
		var names []string
		entries, _ := fs.ReadDir(source, "themes")
		for _, e := range entries {
			if e.IsDir() {
				names = append(names, e.Name())
			}
		}
		if near := content.Suggest(name, names); near != "" {
			msg += fmt.Sprintf("; did you mean %q?", near) // QA: "Mine" for themes/mine/
		} else if len(names) > 0 {
			msg += "; themes/ has " + strings.Join(names, ", ")
		} else if other := misplacedTheme(source, name); other != "" {
			// QA, theme author: theme/mine/, as a Hugo site's one theme
			// is sometimes kept.
			msg += fmt.Sprintf("; the folder %s/ is not read: move it to themes/%s/", other, name)
		}
		return nil, errors.New(msg)
	}
	t, err := render.LoadTheme(site, sub, themes.Default())
	if t != nil {
		t.Content = source
	}
	return t, err
}

// misplacedTheme is a folder of the theme name in a folder of source
// that is not themes/ but looks meant for it (theme/, Themes/), or "".
func misplacedTheme(source fs.FS, name string) string {
	entries, _ := fs.ReadDir(source, ".")
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "themes" || !strings.EqualFold(strings.TrimSuffix(e.Name(), "s"), "theme") {
			continue
		}
		if info, err := fs.Stat(source, e.Name()+"/"+name); err == nil && info.IsDir() {
			return e.Name() + "/" + name
		}
	}
	return ""
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
