// Package render turns a site model into the files of the static site:
// html/template pages of the theme, its static assets and index.json.
package render

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/maphash"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"fokus/generator/content"
	"fokus/generator/diag"
	"fokus/generator/site"
)

// Output is the built site: file path (relative, forward slashes) → content.
type Output map[string][]byte

// Paths returns the output's paths, sorted.
func (o Output) Paths() []string {
	paths := make([]string, 0, len(o))
	for p := range o {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// Theme is a parsed theme: one template set per page kind, its strings per
// language and its static files. Parse it once and render many times.
type Theme struct {
	// Builtin is set for the embedded default theme, whose pages' inputs
	// PageInputs knows.
	Builtin bool
	// Content is the site's source folder, from which the files beside
	// content files that bodies refer to are published (see
	// content.File); nil when there is none.
	Content fs.FS
	seed    maphash.Seed
	pages   map[string]*template.Template
	// ownLabels are the labels of the theme's own strings files that the
	// built-in ones lack, with their lines, by language; builtinLabels
	// are the built-in ones (see StrayLabels).
	ownLabels     map[string]map[string]int
	ownFiles      map[string]bool // the languages the theme has a strings file of its own for
	builtinLabels []string
	labelsOnce    sync.Once
	labels        []LabelUse // see labelUses
	straysOnce    sync.Once
	strays        []*ThemeFileError // see StrayLabels
	// Unread are the theme's files that look like templates but are not
	// read (see unreadFiles), for check's warnings.
	Unread []*ThemeFileError
	// Unshown are the labels that had characters no page shows, which
	// were left out (see content.Shown), for check's warnings.
	Unshown []*ThemeFileError
	// sharable is, for each page kind, which of its templates may be
	// rendered once for many pages (see sharable); nil when the theme has
	// no templates of its own, and every one may.
	sharable map[string]map[string]bool
	// builtinFilter is the built-in theme's set with the part "filter",
	// for a theme whose own partials.html has none (see Page.Filter); nil
	// when the theme has no templates of its own.
	builtinFilter *template.Template
	foldMu        sync.Mutex
	folded        map[string]map[string]*template.Template // language → page → set with T folded in, made on first use
	strings       map[string]map[string]string             // language → key → text
	static        fs.FS

	staticOnce sync.Once
	staticList []string        // the static files published, walked once (see staticFiles)
	staticSet  map[string]bool // the same, for Publishes
	versions   sync.Map        // static path → the version of its bytes, read on first use (see version)
}

// version returns a short fingerprint of the bytes of the published static
// file at p, or "" when the theme publishes none there. A page links its
// stylesheets and scripts with it (Page.Link), so that a browser or proxy
// that keeps assets/fokus.css for a day (an intranet server's Expires, or
// the heuristic caching of a file without one) loads the new one as soon
// as a rebuild changed it, as Hugo's fingerprinted assets do (QA: a
// rebuilt site showed its new pages in the old stylesheet).
//
// It is read once per theme: a preview loads the theme anew when a file
// of static/ or of the theme changes (Builder.Update).
func (t *Theme) version(p string) string {
	if v, ok := t.versions.Load(p); ok {
		return v.(string)
	}
	if _, set := t.staticFiles(); !set[p] {
		return ""
	}
	v := ""
	if f, err := t.static.Open(p); err == nil { // else said where it is published; linked without
		h := sha256.New()
		if _, err := io.Copy(h, f); err == nil {
			v = hex.EncodeToString(h.Sum(nil))[:10]
		}
		f.Close()
	}
	t.versions.Store(p, v)
	return v
}

// staticFiles lists the static files that are published (see Unpublished),
// with forward slashes from the site's root. The folder is walked once per
// theme: a site asks for every image and link to one of them.
func (t *Theme) staticFiles() ([]string, map[string]bool) {
	t.staticOnce.Do(func() {
		t.staticSet = map[string]bool{}
		_ = fs.WalkDir(t.static, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // unreadable: not published, and said by check at its path
			}
			if p != "." && (Unpublished(d) != "" || Litter(d)) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() {
				t.staticList = append(t.staticList, p)
				t.staticSet[p] = true
			}
			return nil
		})
	})
	return t.staticList, t.staticSet
}

// StaticConflicts lists the static files that the site makes a file or a
// folder of its own at (static/index.html, static/backlog as a file): the
// site's wins, and the static file is not published.
func (t *Theme) StaticConflicts(s *site.Site) []string {
	files, _ := t.staticFiles()
	_, taken := besideFiles(s)
	var out []string
	for _, p := range files {
		if conflicts(p, s) || besideTaken(p, taken) {
			out = append(out, p)
		}
	}
	return out
}

// conflicts reports whether a static file at p collides with what the site
// makes: a file at the same path, a folder there, or a file where p needs
// a folder.
func conflicts(p string, s *site.Site) bool {
	if file, dir := SiteHas(s, p); file || dir {
		return true
	}
	for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
		if file, _ := SiteHas(s, dir); file {
			return true
		}
	}
	return false
}

// IdeasIndex is the folder of the ideas' pages as a page (ideas.html): it
// sends the browser on to the backlog, which lists them. Trimmed from an idea's
// address, as people do to go up, /ideas/ had been "not found", where
// Hugo lists a section.
const IdeasIndex = "ideas/index.html"

// fixedFolders are the folders of the pages that are no document's.
var fixedFolders = []string{"backlog", "objectives", "teams", "decisions", "priorities", "posters"}

// SiteHas reports whether the theme makes a file at p for s (a page, or a
// file beside the pages), or a folder that holds some. It looks up rather
// than lists, since a preview asks at every rebuild.
func SiteHas(s *site.Site, p string) (file, dir bool) {
	switch p {
	case "index.html", "index.json", FeedPath, IdeasIndex:
		return true, false
	case "ideas":
		return false, true
	}
	parts := strings.Split(p, "/")
	if slices.Contains(fixedFolders, parts[0]) && len(parts) <= 2 {
		if len(parts) == 1 {
			return false, true
		}
		if parts[1] == "index.html" {
			return true, false
		}
	}
	if len(parts) < 2 || len(parts) > 3 || len(parts) == 3 && parts[2] != "index.html" {
		return false, false
	}
	var has bool
	switch parts[0] {
	case "ideas":
		has = s.Idea(parts[1]) != nil
	case "objectives":
		has = s.Objective(parts[1]) != nil
	case "teams", "posters":
		has = s.Team(parts[1]) != nil
	}
	return has && len(parts) == 3, has && len(parts) == 2
}

// sets returns the template sets of the page kinds for a language. The sets
// with the language's text folded in are made when a language is first
// rendered: a site is in one language, and copies for the other one are
// megabytes of template trees.
func (t *Theme) sets(lang string) (map[string]*template.Template, error) {
	t.foldMu.Lock()
	defer t.foldMu.Unlock()
	if sets, ok := t.folded[lang]; ok {
		return sets, nil
	}
	words, ok := t.strings[lang]
	if !ok {
		return t.pages, nil
	}
	sets := make(map[string]*template.Template, len(t.pages))
	for name, set := range t.pages {
		folded, err := foldStrings(set, words)
		if err != nil {
			return nil, err
		}
		sets[name] = folded
	}
	t.folded[lang] = sets
	return sets, nil
}

// pageTemplates are the theme's page templates; each defines "main" and is
// executed through "base" (layout.html).
var pageTemplates = []string{"dashboard", "backlog", "ideas", "idea", "objectives", "objective", "teams", "team", "decisions", "priorities", "poster", "posters"}

// ThemeFileError is a problem in a theme file other than a template
// (html/template's own errors name their template and line already).
type ThemeFileError struct {
	File    string // relative to the theme folder, e.g. "i18n/de.toml"
	Line    int
	Col     int // from 1, in characters; 0 for the line's start
	Message string
	// Label and Lacks are, for a label of the theme's own with text in one
	// language only, its key and the language without it (see StrayLabels).
	Label, Lacks string
}

func (e *ThemeFileError) Error() string {
	return fmt.Sprintf("theme: %s:%d: %s", e.File, e.Line, e.Message)
}

// LoadTheme parses the theme's templates and strings. A theme is given as
// layers, the theme's own folder first and the theme it builds on last: a
// file is read from the first layer that has it, and the strings of a
// language are merged key by key, so that a theme that words one label
// differently keeps the others.
func LoadTheme(layers ...fs.FS) (*Theme, error) {
	theme := fs.FS(overlay(layers))
	t := &Theme{folded: map[string]map[string]*template.Template{}, strings: map[string]map[string]string{}, seed: maphash.MakeSeed(),
		ownLabels: map[string]map[string]int{}, ownFiles: map[string]bool{}}
	builtinKeys := map[string]bool{} // the labels of the theme built on, in either language
	// A theme's mistakes in templates and in strings files are reported
	// together, so that one run shows every one (README).
	var broken []error
	var err error
	if t.pages, err = parsePages(theme); err != nil {
		broken = append(broken, err)
	}
	t.Unread = unreadFiles(layers[:len(layers)-1])
	if builtin := layers[len(layers)-1]; err == nil && ownTemplates(layers[:len(layers)-1]) {
		// The theme it builds on, to tell its parts from the theme's own
		// (see sharable).
		base, err := parsePages(builtin)
		if err != nil {
			return nil, err
		}
		t.sharable = map[string]map[string]bool{}
		for name, set := range t.pages {
			t.sharable[name] = sharable(set, base[name])
		}
		t.builtinFilter = base["backlog"]
	}
	for _, lang := range []string{"de", "en"} {
		file := "i18n/" + lang + ".toml"
		m := map[string]string{}
		setBy := map[string]int{}      // key → the layer whose text it has
		builtin := map[string]string{} // the texts of the theme built on
		data := make([]string, len(layers))
		found := false
		for i := len(layers) - 1; i >= 0; i-- {
			raw, err := fs.ReadFile(layers[i], file)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("theme: %w", err)
			}
			found = true
			if i < len(layers)-1 {
				t.ownFiles[lang] = true
			}
			data[i] = string(raw)
			layer, diags := content.DecodeTOML(file, data[i])
			if diags.HasErrors() {
				for _, d := range diags {
					if d.Severity != diag.Error {
						continue
					}
					broken = append(broken, &ThemeFileError{File: file, Line: d.Line, Col: d.Col, Message: d.Message})
				}
				continue
			}
			for _, k := range slices.Sorted(maps.Keys(layer)) {
				text, ok := layer[k].(string)
				if !ok {
					// At the key, not at the file's first line (QA).
					line := keyLine(data[i], k)
					msg := fmt.Sprintf("%q must be a string, the label's text, not %s; every label is a line key = \"text\"", k, tomlType(layer[k]))
					if dotted, _, ok := strings.Cut(strings.TrimSpace(strings.Split(data[i], "\n")[line-1]), "="); ok && strings.HasPrefix(dotted, k+".") {
						// status.accepted = "…" is a table to TOML (QA).
						msg = fmt.Sprintf("%s is a table to TOML, not a label: a key with a dot is written in quotes, %q = …", strings.TrimSpace(dotted), strings.TrimSpace(dotted))
					}
					broken = append(broken, &ThemeFileError{File: file, Line: line, Message: msg})
					continue
				}
				if shown, why := content.Shown(text); why != "" {
					text = shown
					t.Unshown = append(t.Unshown, &ThemeFileError{File: file, Line: keyLine(data[i], k), Message: fmt.Sprintf("label %q has %s; it is left out", k, why)})
				}
				m[k], setBy[k] = text, i
				if i == len(layers)-1 {
					builtinKeys[k], builtin[k] = true, text
				} else if !builtinKeys[k] {
					if t.ownLabels[lang] == nil {
						t.ownLabels[lang] = map[string]int{}
					}
					t.ownLabels[lang][k] = keyLine(data[i], k)
				} else if msg := placeholdersDiffer(text, builtin[k]); msg != "" {
					broken = append(broken, &ThemeFileError{File: file, Line: keyLine(data[i], k), Message: fmt.Sprintf("%q %s", k, msg)})
				}
			}
		}
		if !found {
			return nil, fmt.Errorf("theme: open %s: %w", file, fs.ErrNotExist)
		}
		// A theme that words a counted label ("ranked_open") but not its
		// singular ("ranked_open_one") has its own word for one as well,
		// rather than the built-in singular of another wording.
		for k := range m {
			if base, ok := strings.CutSuffix(k, "_one"); ok {
				if b, has := setBy[base]; has && b < setBy[k] {
					delete(m, k)
				}
			}
		}
		t.strings[lang] = m
	}
	if len(broken) > 0 {
		return nil, errors.Join(broken...)
	}
	t.builtinLabels = slices.Sorted(maps.Keys(builtinKeys))
	if t.static, err = fs.Sub(theme, "static"); err != nil {
		return nil, err
	}
	return t, nil
}

// keyLine is the line (from 1) of a strings file where key is set, as
// key = … or as a table [key]; 1 if it is not found.
func keyLine(data, key string) int {
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		for _, k := range []string{key, strconv.Quote(key)} {
			if rest, ok := strings.CutPrefix(line, k); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
				return i + 1
			}
			if strings.HasPrefix(line, "["+k+"]") || strings.HasPrefix(line, "["+k+".") {
				return i + 1
			}
			if rest, ok := strings.CutPrefix(line, k+"."); ok && strings.Contains(rest, "=") {
				return i + 1 // a dotted key: status.accepted = "…"
			}
		}
	}
	return 1
}

// tomlType names the kind of a decoded TOML value for a message.
func tomlType(v any) string {
	switch v.(type) {
	case int64, float64:
		return fmt.Sprintf("the number %v", v)
	case bool:
		return fmt.Sprintf("%v", v)
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "a list"
	}
	return fmt.Sprintf("%T", v)
}

// parsePages parses the page templates of a theme's files: one set for each
// page kind, the page's template over the layout and the partials. Every
// page template that does not parse is reported, not only the first: a
// theme author fixes them all in one go.
func parsePages(theme fs.FS) (map[string]*template.Template, error) {
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(theme, "templates/layout.html", "templates/partials.html", "templates/visuals.html")
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	if base.Lookup("base") == nil {
		// Hugo's baseof.html, or a whole page: every page would fail at
		// its first render, blamed on fokus.toml (QA).
		return nil, &ThemeFileError{File: "templates/layout.html", Line: 1,
			Message: `defines no {{define "base"}}: the layout is the page around every page's {{template "main" .}}, as {{define "base"}}…{{end}}`}
	}
	if !reaches(base, "base", "main", map[string]bool{}) {
		// Every page would be the layout alone, without a word (QA: the
		// call deleted with the markup around it).
		line := 1
		if data, err := fs.ReadFile(theme, "templates/layout.html"); err == nil {
			if at := defineBase.FindIndex(data); at != nil {
				line = bytes.Count(data[:at[0]], []byte("\n")) + 1
			}
		}
		return nil, &ThemeFileError{File: "templates/layout.html", Line: line,
			Message: `{{define "base"}} has no {{template "main" .}}: every page's own content would be left out`}
	}
	if err := escapeLayout(base); err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	pages := map[string]*template.Template{}
	var broken []error
	for _, name := range pageTemplates {
		clone, err := base.Clone()
		if err != nil {
			return nil, err
		}
		file := "templates/" + name + ".html"
		if pages[name], err = clone.ParseFS(theme, file); err != nil {
			broken = append(broken, fmt.Errorf("theme: %w", err))
		} else if pages[name].Lookup("main") == nil {
			// A whole page as Hugo writes it: the layout would fail at its
			// {{template "main"}}, and be blamed.
			broken = append(broken, &ThemeFileError{File: file, Line: 1,
				Message: `defines no {{define "main"}}: a page's template fills the main part of the layout (layout.html), as {{define "main"}}…{{end}}`})
		}
	}
	if len(broken) > 0 {
		return nil, errors.Join(broken...)
	}
	return pages, nil
}

// defineBase is the layout's {{define "base"}}.
var defineBase = regexp.MustCompile(`\{\{-?\s*(?:define|block)\s+"base"`)

// reaches reports whether template from of set invokes template to,
// directly or through the parts it invokes.
func reaches(set *template.Template, from, to string, seen map[string]bool) bool {
	t := set.Lookup(from)
	if t == nil || t.Tree == nil || seen[from] {
		return false
	}
	seen[from] = true
	for _, name := range invoked(t.Tree.Root, nil) {
		if name == to || reaches(set, name, to, seen) {
			return true
		}
	}
	return false
}

// escapeLayout returns the escaping error of the layout's "base" with an
// empty "main", or nil. A mistake in the layout's HTML before its
// {{template "main"}} (an attribute's quote left open) leaves every page's
// main in the middle of a tag, and html/template blamed it on each page's
// template, twelve files that are fine (QA, theme author).
func escapeLayout(base *template.Template) error {
	probe, err := base.Clone()
	if err != nil {
		return err
	}
	if probe.Lookup("main") == nil {
		if _, err := probe.New("main").Parse(""); err != nil {
			return err
		}
	}
	// Without a page the execution fails at the first field; escaping,
	// which comes first, has then found its mistakes or none.
	var escaping *template.Error
	if err := probe.ExecuteTemplate(io.Discard, "base", nil); errors.As(err, &escaping) {
		return err
	}
	return nil
}

// templateFiles are the files of a theme's templates/ folder that fokus
// reads.
var templateFiles = append([]string{"layout.html", "partials.html", "visuals.html"}, func() []string {
	var out []string
	for _, p := range pageTemplates {
		out = append(out, p+".html")
	}
	return out
}()...)

// unreadFiles are warnings for what a theme's layers hold that looks like
// templates but is not read: another file or a folder in templates/ (a
// row.html, Hugo's partials/), or Hugo's layouts/ folder. Without a word,
// a theme author's change just has no effect (QA).
func unreadFiles(layers []fs.FS) []*ThemeFileError {
	var out []*ThemeFileError
	for _, l := range layers {
		if info, err := fs.Stat(l, "layouts"); err == nil && info.IsDir() {
			out = append(out, &ThemeFileError{File: "layouts/", Line: 1, Message: "not read: fokus reads a theme's templates from templates/, not from Hugo's layouts/"})
		}
		out = append(out, unreadTop(l)...)
		entries, _ := fs.ReadDir(l, "templates")
		for _, e := range entries {
			switch name := e.Name(); {
			case e.IsDir():
				out = append(out, &ThemeFileError{File: "templates/" + name + "/", Line: 1, Message: "not read: fokus reads the files in templates/ itself, not in folders; put its {{define}}s into partials.html"})
			case strings.HasSuffix(name, ".html") && !slices.Contains(templateFiles, name):
				out = append(out, &ThemeFileError{File: "templates/" + name, Line: 1, Message: "not read: fokus reads " + strings.Join(templateFiles, ", ") + "; put its {{define}}s into partials.html, or name it as the page it is"})
			case templateLike[path.Ext(name)]:
				// idea.htm, idea.tmpl: the page keeps the built-in template (QA).
				out = append(out, &ThemeFileError{File: "templates/" + name, Line: 1, Message: "not read: fokus reads templates ending in .html; rename it to " + strings.TrimSuffix(name, path.Ext(name)) + ".html"})
			}
		}
		entries, _ = fs.ReadDir(l, "i18n")
		for _, e := range entries {
			if name := e.Name(); !e.IsDir() && name != "de.toml" && name != "en.toml" && !strings.HasPrefix(name, ".") && !Leftover(name) {
				out = append(out, &ThemeFileError{File: "i18n/" + name, Line: 1, Message: "not read: fokus's interface is in de (i18n/de.toml) or en (i18n/en.toml), chosen by language in fokus.toml"})
			}
		}
	}
	return out
}

// unreadTop are warnings for what a theme's folder holds beside
// templates/, i18n/ and static/ that looks like a part of the theme: a
// stylesheet in Hugo's assets/ or in the folder itself, a template or a
// strings file outside its folder (QA, theme author: the logo and the CSS
// were missing without a word why). A README or a LICENSE is no part.
func unreadTop(l fs.FS) []*ThemeFileError {
	var out []*ThemeFileError
	entries, _ := fs.ReadDir(l, ".")
	for _, e := range entries {
		name := e.Name()
		ext := strings.ToLower(path.Ext(name))
		switch {
		case strings.HasPrefix(name, "."), name == "templates", name == "i18n", name == "static", name == "layouts":
		case e.IsDir() && name == "assets":
			out = append(out, &ThemeFileError{File: name + "/", Line: 1, Message: "not read: fokus publishes a theme's stylesheets, scripts and images from static/ as they are (static/assets/ is where the built-in theme keeps its own); move assets/ into static/"})
		case e.IsDir():
			out = append(out, &ThemeFileError{File: name + "/", Line: 1, Message: "not read: fokus reads a theme's templates/, i18n/ and static/; move what is in " + name + "/ into one of them"})
		case ext == ".html" || templateLike[ext]:
			out = append(out, &ThemeFileError{File: name, Line: 1, Message: "not read: a theme's templates are in its templates/ folder; move it to templates/" + name})
		case name == "de.toml" || name == "en.toml":
			out = append(out, &ThemeFileError{File: name, Line: 1, Message: "not read: a theme's labels are in its i18n/ folder; move it to i18n/" + name})
		case publishedLike[ext]:
			out = append(out, &ThemeFileError{File: name, Line: 1, Message: "not read: a theme publishes the files of its static/ folder; move it to static/assets/" + name + " and link it as assets/" + name})
		}
	}
	return out
}

// publishedLike are the endings of files that a site publishes: its
// stylesheets, scripts, images and fonts.
var publishedLike = map[string]bool{".css": true, ".js": true, ".svg": true, ".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".ico": true, ".woff": true, ".woff2": true}

// templateLike are the endings of template files in other tools.
var templateLike = map[string]bool{".htm": true, ".tmpl": true, ".gohtml": true, ".tpl": true}

// ownTemplates reports whether any of the layers has a templates/ folder
// with something in it.
func ownTemplates(layers []fs.FS) bool {
	for _, l := range layers {
		if entries, err := fs.ReadDir(l, "templates"); err == nil && len(entries) > 0 {
			return true
		}
	}
	return false
}

// Unpublished says why a static file or folder is not published, or "": a
// link, which could bring any file of the machine onto the site; anything
// but a plain file or folder (a named pipe would block the build); a hidden
// name (.git, .env), except .well-known/ and .htaccess, which web servers
// read.
func Unpublished(d fs.DirEntry) string {
	name := d.Name()
	switch {
	case d.Type()&fs.ModeSymlink != 0:
		return "a link; fokus publishes no links, so that no file from elsewhere on the machine reaches the site: copy the file here"
	case !d.IsDir() && !d.Type().IsRegular():
		return "not a plain file (a named pipe, a socket or a device)"
	case strings.HasPrefix(name, ".") && name != ".well-known" && name != ".htaccess":
		return "a hidden name; fokus publishes no hidden files but .htaccess and .well-known/"
	}
	return ""
}

// Litter reports whether d is a file that a file manager leaves in any
// folder it shows (.DS_Store, Thumbs.db), or beside each file it copies
// (a Mac's ._custom.css on a shared or USB drive), or an editor beside the
// file it saves (see Leftover): no one's work, so it is neither published
// nor warned about (QA: a warning for each failed check --strict on a Mac,
// while Thumbs.db was published).
func Litter(d fs.DirEntry) bool {
	if d.IsDir() {
		return false
	}
	switch name := d.Name(); {
	case name == ".DS_Store", name == "Thumbs.db", name == "ehthumbs.db", name == "desktop.ini", name == "Desktop.ini", name == ".directory":
		return true
	case strings.HasPrefix(name, "._"):
		return true
	}
	return Leftover(d.Name())
}

// Leftover reports whether a file of that name is what an editor writes
// beside the file it saves: Emacs's backup (custom.css~), which stays, its
// auto-save (#custom.css#) and lock (.#custom.css, a link); Vim's swap file
// (.custom.css.swp) and its probe 4913; JetBrains' safe write
// (custom.css___jb_old___). The preview never rebuilds for them (QA: it
// would reload every tab several times per save), so a build that
// published them, as it did static/assets/custom.css~ beside an edited
// stylesheet, wrote what the preview did not show; and a vim open on a
// stylesheet warned of its swap file.
func Leftover(name string) bool {
	switch {
	case name == "4913":
		return true
	case strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swx"), strings.HasSuffix(name, ".swpx"):
		return true
	case strings.HasSuffix(name, "~"):
		return true
	case strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"):
		return true
	case strings.HasPrefix(name, ".#"):
		return true
	case len(name) > 1 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true
	}
	return false
}

// unpublished reports whether the theme's or the source's static/ has a
// file at p that is not published (a link, a file that a static file
// "assets" hides), which a warning names at that file already (see
// Unpublished): a link to it is not another mistake.
func (t *Theme) unpublished(p string) bool {
	_, set := t.staticFiles()
	for i := range len(p) {
		if p[i] == '/' && set[p[:i]] {
			return true // a file "assets" where the theme has a folder
		}
	}
	entries, err := fs.ReadDir(t.static, path.Dir(p))
	if err != nil {
		return false
	}
	return slices.ContainsFunc(entries, func(e fs.DirEntry) bool { return e.Name() == path.Base(p) })
}

// Publishes reports whether the site's output has the static file at p (a
// path from its root, with forward slashes): one of the theme's or of the
// source's static/ folder that Write publishes.
func (t *Theme) Publishes(p string) bool {
	_, set := t.staticFiles()
	return set[p]
}

// job is one file to write: a page to render with a template, or a file
// that make writes (index.json, the feed, a static file).
type job struct {
	out      string // output path
	template string
	data     *Page
	make     func(w io.Writer) error
}

// Sink receives the files of a rendered site. Each file is written as it is
// rendered, so that no page is held whole: the backlog of 10,000 ideas is
// 8 MB, index.json 12 MB. Create is called from several goroutines at once.
type Sink interface {
	Create(path string) (io.WriteCloser, error)
}

// memory is a Sink that keeps everything, for Render.
type memory struct {
	mu  sync.Mutex
	out Output
}

func (m *memory) Create(path string) (io.WriteCloser, error) {
	return &memoryFile{m: m, path: path}, nil
}

// memoryFile is a file of a memory sink; it is kept when closed.
type memoryFile struct {
	bytes.Buffer
	m    *memory
	path string
}

func (f *memoryFile) Close() error {
	f.m.mu.Lock()
	f.m.out[f.path] = f.Bytes()
	f.m.mu.Unlock()
	return nil
}

// Render renders every file of the site into memory.
func (t *Theme) Render(s *site.Site) (Output, error) {
	m := &memory{out: Output{}}
	err := t.Write(s, m, nil)
	return m.out, err
}

// RenderPaths renders only the files at paths (output paths such as
// "ideas/x/index.html"); paths the site does not have are skipped.
func (t *Theme) RenderPaths(s *site.Site, paths []string) (Output, error) {
	want := make(map[string]bool, len(paths))
	for _, p := range paths {
		want[p] = true
	}
	return t.RenderOnly(s, func(p string) bool { return want[p] })
}

// RenderOnly renders into memory the files for which only returns true.
func (t *Theme) RenderOnly(s *site.Site, only func(path string) bool) (Output, error) {
	return t.RenderOnlyUntil(s, only, nil)
}

// Docs are documents of a site whose own pages a render is limited to
// (see RenderDocs).
type Docs struct {
	Ideas      []*site.Idea
	Objectives []*site.Objective
	Teams      []*site.Team
}

// RenderDocs renders into memory only the own pages of docs: an idea's or
// an objective's page, a team's page and poster, each with the files
// beside it that its body shows. They are what a preview shows first after
// a save, before the whole site; they are exactly what Render gives for
// them. Only these documents are walked: finding one idea's page among
// 10,000 took 5 ms of a 50 ms save.
func (t *Theme) RenderDocs(s *site.Site, docs Docs) (Output, error) {
	var folders []string
	for _, i := range docs.Ideas {
		folders = append(folders, "ideas/"+i.Slug+"/")
	}
	for _, o := range docs.Objectives {
		folders = append(folders, "objectives/"+o.Slug+"/")
	}
	for _, team := range docs.Teams {
		folders = append(folders, "teams/"+team.Slug+"/", "posters/"+team.Slug+"/")
	}
	inFolder := func(p string) bool {
		return slices.ContainsFunc(folders, func(f string) bool { return strings.HasPrefix(p, f) })
	}
	m := &memory{out: Output{}}
	err := t.write(s, m, inFolder, &docs, nil)
	return m.out, err
}

// ErrStopped is RenderOnlyUntil's error when stop said to stop.
var ErrStopped = errors.New("rendering stopped for newer changes")

// RenderOnlyUntil is RenderOnly that stops starting pages once stop (if
// not nil) returns true, and then returns ErrStopped: the preview leaves a
// render of the whole site that newer changes make stale to the next one.
func (t *Theme) RenderOnlyUntil(s *site.Site, only func(path string) bool, stop func() bool) (Output, error) {
	m := &memory{out: Output{}}
	err := t.write(s, m, only, nil, stop)
	return m.out, err
}

// Write renders the site's files (those for which only returns true, or all
// when only is nil) into sink, on all cores.
func (t *Theme) Write(s *site.Site, sink Sink, only func(path string) bool) error {
	return t.write(s, sink, only, nil, nil)
}

// write renders into sink the files for which only (if not nil) returns
// true: of the whole site, or, when docs is not nil, of only their own
// pages and the files beside them.
func (t *Theme) write(s *site.Site, sink Sink, only func(path string) bool, docs *Docs, stop func() bool) error {
	lang := s.Config.Language
	tr := t.strings[lang]
	sets, err := t.sets(lang)
	if err != nil {
		return err
	}
	var jobs []job
	cache := &sync.Map{}
	var rows *sync.Map // see Page.IdeaRow
	if t.Builtin {
		rows = &sync.Map{}
	}
	add := func(out, tmpl, title, section string, fill func(p *Page)) {
		if only != nil && !only(out) {
			return
		}
		p := &Page{Site: s, Root: rootOf(out), Title: title, Section: section, lang: lang, strings: tr,
			tmpl: sets[tmpl], cache: cache, rows: rows, sharable: t.sharable[tmpl], theme: t}
		if fill != nil {
			fill(p)
		}
		jobs = append(jobs, job{out: out, template: tmpl, data: p})
	}
	teams, ideas, objectives := s.Teams, s.Ideas, s.Objectives
	if docs != nil {
		teams, ideas, objectives = docs.Teams, docs.Ideas, docs.Objectives
	} else {
		add("index.html", "dashboard", tr["dashboard"], "dashboard", nil)
		add("backlog/index.html", "backlog", tr["backlog"], "backlog", nil)
		add(IdeasIndex, "ideas", tr["backlog"], "", nil) // no section: the navigation names none its page (review)
		add("objectives/index.html", "objectives", tr["objectives"], "objectives", nil)
		add("teams/index.html", "teams", tr["teams"], "teams", nil)
		add("decisions/index.html", "decisions", tr["decisions"], "decisions", nil)
		add("priorities/index.html", "priorities", tr["priorities"], "priorities", nil)
		add("posters/index.html", "posters", tr["posters"], "posters", nil)
	}
	// Team pages list all of a team's ideas: long jobs, so early ones.
	for _, team := range teams {
		add("teams/"+team.Slug+"/index.html", "team", team.Title, "teams", func(p *Page) { p.Team = team })
		add("posters/"+team.Slug+"/index.html", "poster", tr["poster"]+" "+team.Title, "posters", func(p *Page) { p.Team = team })
	}
	for _, idea := range ideas {
		add("ideas/"+idea.Slug+"/index.html", "idea", idea.Title, "backlog", func(p *Page) { p.Idea = idea })
	}
	for _, o := range objectives {
		add("objectives/"+o.Slug+"/index.html", "objective", o.Title, "objectives", func(p *Page) { p.Objective = o })
	}

	// The files that are not pages go first, with the large list pages,
	// so that no core is left with a long job at the end.
	var files []job
	if only == nil || only("index.json") {
		files = append(files, job{out: "index.json", make: func(w io.Writer) error { return writeJSON(w, s) }})
	}
	if only == nil || only(FeedPath) {
		files = append(files, job{out: FeedPath, make: func(w io.Writer) error {
			data, err := exportFeed(s, tr)
			if err == nil {
				_, err = w.Write(data)
			}
			return err
		}})
	}
	besides, taken := besideFiles(s)
	for _, f := range besides {
		if only == nil || only(f.out) {
			files = append(files, job{out: f.out, make: func(w io.Writer) error { return t.copyBeside(w, f) }})
		}
	}
	// A static file where the site makes a file or a folder of its own
	// would be written twice at once, or be no folder where one is needed;
	// the site's wins (see StaticConflicts), and so does a page's own file.
	var static []string
	if docs == nil { // no static file is a document's own
		static, _ = t.staticFiles()
	}
	for _, p := range static {
		if (only != nil && !only(p)) || conflicts(p, s) || besideTaken(p, taken) {
			continue
		}
		files = append(files, job{out: p, make: func(w io.Writer) error {
			f, err := t.static.Open(p)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = io.Copy(w, f)
			return err
		}})
	}
	jobs = append(files, jobs...)

	// A theme's mistake fails many pages of a kind alike. For each page
	// template (and for the other files together) the error reported is
	// that of its first failing job in the order above, whichever worker got
	// to it first, so that the same theme always reports the same places;
	// no job of a template is started after one of its jobs failed, and
	// every job before a failing one was. Other templates go on, so that
	// one run reports every broken template.
	var wg sync.WaitGroup
	var mu sync.Mutex
	failedAt := map[string]int{} // template → index of its first failing job
	errs := map[int]error{}
	var failures atomic.Int32
	fail := func(i int, err error) {
		mu.Lock()
		if at, ok := failedAt[jobs[i].template]; !ok || i < at {
			if ok {
				delete(errs, at)
			}
			failedAt[jobs[i].template], errs[i] = i, err
		}
		mu.Unlock()
		failures.Add(1)
	}
	skip := func(i int) bool {
		if failures.Load() == 0 {
			return false
		}
		mu.Lock()
		defer mu.Unlock()
		_, failed := failedAt[jobs[i].template]
		return failed
	}
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			// Most pages fit the buffer and reach the sink in one write.
			w := bufio.NewWriterSize(nil, 64<<10)
			for i := range next {
				if err := jobs[i].write(sink, w); err != nil {
					fail(i, err)
				}
			}
		})
	}
	stopped := false
	for i := range jobs {
		if stop != nil && stop() {
			stopped = true
			break
		}
		if !skip(i) {
			next <- i
		}
	}
	close(next)
	wg.Wait()
	if stopped && len(errs) == 0 {
		return ErrStopped
	}
	if len(errs) == 0 {
		return nil
	}
	at := slices.Sorted(maps.Keys(errs))
	out := make([]error, len(at))
	for k, i := range at {
		out[k] = errs[i]
	}
	if len(out) == 1 {
		return out[0]
	}
	return errors.Join(out...)
}

// write renders the job's file into sink through w.
func (j job) write(sink Sink, w *bufio.Writer) error {
	f, err := sink.Create(j.out)
	if err != nil {
		return err
	}
	w.Reset(f)
	if j.make != nil {
		err = j.make(w)
	} else if err = j.data.tmpl.ExecuteTemplate(w, "base", j.data); err != nil {
		// A template that fails for some pages only (a field of an idea
		// without a decision) is fixed with the page in hand.
		from := ""
		if doc := j.data.document(); doc != "" {
			from = " from " + doc
		}
		err = fmt.Errorf("rendering %s%s: %w", j.out, from, err)
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// rootOf returns the relative path from the page at out to the site root,
// so that every link works in a sub-folder and from file://.
func rootOf(out string) string {
	depth := strings.Count(path.Dir(out), "/")
	if path.Dir(out) == "." {
		return ""
	}
	return strings.Repeat("../", depth+1)
}

// overlay is a theme's layers as one file system: a file is read from the
// first layer that has it, and a folder lists the files of all layers, so
// that a theme that adds one static file keeps the others.
type overlay []fs.FS

func (o overlay) Open(name string) (fs.File, error) {
	var first error
	for _, layer := range o {
		f, err := layer.Open(name)
		if err == nil {
			return f, nil
		}
		if first == nil {
			first = err
		}
	}
	if first == nil {
		first = &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return nil, first
}

func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	var out []fs.DirEntry
	var first error
	found := false
	seen := map[string]bool{}
	for _, layer := range o {
		entries, err := fs.ReadDir(layer, name)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		found = true
		for _, e := range entries {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	if !found {
		return nil, first
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}
