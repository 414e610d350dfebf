// Package render turns a site model into the files of the static site:
// html/template pages of the theme, its static assets and index.json.
package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

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
	pages   map[string]*template.Template
	strings map[string]map[string]string // language → key → text
	static  fs.FS
}

// pageTemplates are the theme's page templates; each defines "main" and is
// executed through "base" (layout.html).
var pageTemplates = []string{"dashboard", "backlog", "idea", "objectives", "objective", "teams", "team", "decisions", "priorities", "poster", "posters"}

// LoadTheme parses the theme's templates and strings.
func LoadTheme(theme fs.FS) (*Theme, error) {
	t := &Theme{pages: map[string]*template.Template{}, strings: map[string]map[string]string{}}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(theme, "templates/layout.html", "templates/partials.html", "templates/visuals.html")
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	for _, name := range pageTemplates {
		clone, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if t.pages[name], err = clone.ParseFS(theme, "templates/"+name+".html"); err != nil {
			return nil, fmt.Errorf("theme: %w", err)
		}
	}
	for _, lang := range []string{"de", "en"} {
		data, err := fs.ReadFile(theme, "i18n/"+lang+".toml")
		if err != nil {
			return nil, fmt.Errorf("theme: %w", err)
		}
		m := map[string]string{}
		if _, err := toml.Decode(string(data), &m); err != nil {
			return nil, fmt.Errorf("theme: i18n/%s.toml: %w", lang, err)
		}
		t.strings[lang] = m
	}
	if t.static, err = fs.Sub(theme, "static"); err != nil {
		return nil, err
	}
	return t, nil
}

// job is one page to render.
type job struct {
	out      string // output path
	template string
	data     *Page
}

// Render renders every page of s on all cores.
func (t *Theme) Render(s *site.Site) (Output, error) {
	lang := s.Config.Language
	tr := t.strings[lang]
	var jobs []job
	add := func(out, tmpl, title, section string, fill func(p *Page)) {
		p := &Page{Site: s, Root: rootOf(out), Title: title, Section: section, lang: lang, strings: tr}
		if fill != nil {
			fill(p)
		}
		jobs = append(jobs, job{out: out, template: tmpl, data: p})
	}
	add("index.html", "dashboard", tr["dashboard"], "dashboard", nil)
	add("backlog/index.html", "backlog", tr["backlog"], "backlog", nil)
	add("objectives/index.html", "objectives", tr["objectives"], "objectives", nil)
	add("teams/index.html", "teams", tr["teams"], "teams", nil)
	add("decisions/index.html", "decisions", tr["decisions"], "decisions", nil)
	add("priorities/index.html", "priorities", tr["priorities"], "priorities", nil)
	add("posters/index.html", "posters", tr["posters"], "posters", nil)
	for _, idea := range s.Ideas {
		add("ideas/"+idea.Slug+"/index.html", "idea", idea.Title, "backlog", func(p *Page) { p.Idea = idea })
	}
	for _, o := range s.Objectives {
		add("objectives/"+o.Slug+"/index.html", "objective", o.Title, "objectives", func(p *Page) { p.Objective = o })
	}
	for _, team := range s.Teams {
		add("teams/"+team.Slug+"/index.html", "team", team.Title, "teams", func(p *Page) { p.Team = team })
		add("posters/"+team.Slug+"/index.html", "poster", tr["poster"]+" "+team.Title, "posters", func(p *Page) { p.Team = team })
	}

	results := make([][]byte, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for i := range next {
				buf.Reset()
				j := jobs[i]
				if err := t.pages[j.template].ExecuteTemplate(&buf, "base", j.data); err != nil {
					errs[i] = fmt.Errorf("rendering %s: %w", j.out, err)
					continue
				}
				results[i] = bytes.Clone(buf.Bytes())
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()

	out := make(Output, len(jobs)+8)
	for i, j := range jobs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		out[j.out] = results[i]
	}
	data, err := exportJSON(s)
	if err != nil {
		return nil, err
	}
	out["index.json"] = data
	err = fs.WalkDir(t.static, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(t.static, p)
		out[p] = b
		return err
	})
	return out, err
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
