package generator

import (
	"errors"
	"hash/maphash"
	"io/fs"
	"maps"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"fokus/generator/content"
	"fokus/generator/diag"
	"fokus/generator/render"
	"fokus/generator/site"
)

// Builder keeps a site's parsed documents between builds, so that a preview
// server re-reads and re-parses only the files an editor touched: at 10,000
// ideas parsing everything takes over a second, parsing one file well under a
// millisecond. The model is rebuilt whole (70 ms at 10,000 ideas) only when
// files come or go; after edits of bodies, the most common edit while
// writing, and of one idea's front matter, the last one is patched. A Builder
// is not safe for concurrent use; one goroutine owns it.
type Builder struct {
	opts     Options
	cfg      *content.Config
	cfgErr   diag.List // fokus.toml problems
	parser   *content.Parser
	theme    *render.Theme
	themeErr error
	files    map[string]parsed // content path → what parsing it gave
	inputs   map[string]uint64 // page → fingerprint of its inputs at the last Render
	listErr  error             // the last Reload could not list the content: files is not the site
	partial  bool              // it could not read some folder: their files are missing
	links    map[string]string // links among the content → the paths they point to (see content.ListLinks)
	// named are the documents whose addresses inputs hashes (see
	// render.Theme.PageInputs), kept alive with it: a document the
	// collector freed gave its address to a new one, which then passed
	// for it (a stopping idea's page kept the old title of the idea it
	// stops, after an edit that failed and its fix).
	named []any

	// Since the last Model: the parse results it used of the files edited
	// since, and whether files were added or removed.
	last    *Result
	lastDay time.Time
	edited  map[string]parsed
	stale   bool
	// The files named as a copy of another by SyncCopyOf's patterns, at
	// the last model built whole: patch, which namedCopy is for, patches
	// only while no file came or went.
	copyNamed []string

	// Since the last Model whose result did not fail: each file changed
	// since, as that model had it, and that model's "now" (see LastGood).
	// nil when there is no such model to go back to: none yet, or a
	// Reload since, which may have changed the theme and how files parse.
	sinceGood map[string]prior
	goodNow   time.Time
}

// prior is a content file as an earlier model had it.
type prior struct {
	parsed
	had bool // false: the file was not there
}

// parsed is one content file's parse result; doc is nil for a file that
// cannot be used at all, or for a Markdown file in no known folder (which
// only has a warning).
type parsed struct {
	doc   any
	diags diag.List
	front uint64 // hash of the front matter block, to tell a body-only edit
	sum   uint64 // hash of the whole file, to tell a save that changed nothing; 0 if unread
}

// frontSeed hashes front matter blocks for parsed.front.
var frontSeed = maphash.MakeSeed()

// NewBuilder returns a builder for opts; call Reload before the first Model.
func NewBuilder(opts Options) *Builder {
	return &Builder{opts: opts, files: map[string]parsed{}}
}

// Reload reads fokus.toml, the theme and every content file again. A change
// of fokus.toml or of the theme needs it, because the time zone and
// unsafe_html change how every file parses; so does a watcher that lost events.
// The error is for a source folder without content/ or that cannot be read;
// a broken theme is reported by Render, so the model can still be checked.
func (b *Builder) Reload() error {
	b.inputs, b.named = nil, nil // a new theme or configuration: every page is new
	b.last = nil
	b.sinceGood = nil
	b.cfg, b.cfgErr = content.LoadConfig(b.opts.Source)
	b.cfgErr = append(b.cfgErr, staticDiagnostics(b.opts.Source, b.cfg.Theme)...)
	b.theme, b.themeErr = LoadTheme(b.opts.Source, b.cfg.Theme)
	var published func(string) bool
	if b.theme != nil {
		published = b.theme.Publishes
	}
	b.parser = content.NewParser(b.cfg, published).On(b.parseDay()).From(b.opts.Source)
	files, warnings, links, err := content.ListLinks(b.opts.Source)
	b.listErr, b.links = err, links
	if err != nil {
		b.files = map[string]parsed{}
		return err
	}
	b.files = make(map[string]parsed, len(files)+len(warnings))
	b.partial = warnings.HasErrors()
	for _, w := range warnings {
		b.files[w.Path] = parsed{diags: diag.List{w}}
	}
	b.parseAll(files)
	return nil
}

// Update re-reads the given paths (relative to the source folder, with
// forward slashes; files or folders, existing or gone) and reports which
// content files changed, and whether it had to Reload everything because
// fokus.toml or a theme file is among them (or what fokus.toml's reading
// warns of at the top, see content.ReadAtTop). A folder is read whole, because
// an editor or `git checkout` may have filled it before a watcher saw it.
//
// Whatever content.List treats in its own way is left to it, by reading
// everything again, so that the preview shows what a build does: a link, a
// file or folder that cannot be read, and any change after a Reload that
// could not list the content at all (its files are not the site).
// A file saved with the same bytes is not a change; a document whose body
// refers to a file among paths (a picture beside it) is one.
func (b *Builder) Update(paths []string) (changed []string, reloaded bool, err error) {
	if b.listErr != nil || b.partial {
		return nil, true, b.Reload()
	}
	var todo, others []string
	before := map[string]parsed{}
	for _, p := range paths {
		p = path.Clean(p)
		if b.linkedTo(p) {
			// What a link is depends on what it points to (see
			// content.ListLinks): told anew, as a build tells it (QA:
			// the idea a link showed again deleted, the preview kept
			// its warning, a build failed on the broken link).
			return nil, true, b.Reload()
		}
		switch {
		case p == "." || !strings.Contains(p, "/") && content.ReadAtTop(p) || p == "themes" || strings.HasPrefix(p, "themes/"),
			p == "static" || strings.HasPrefix(p, "static/"): // published files, and images found or not
			return nil, true, b.Reload()
		case p == "content":
			return nil, true, b.Reload()
		case !strings.HasPrefix(p, "content/"):
			continue
		}
		if content.KindOf(p) == "" {
			others = append(others, p) // a picture beside an idea, perhaps, or its folder
		}
		// A file the site had has no files under it; a folder's are found
		// among all.
		if f, ok := b.files[p]; ok {
			before[p] = f
			delete(b.files, p)
			changed = append(changed, p)
		} else {
			dir := p + "/"
			for old, f := range b.files {
				if strings.HasPrefix(old, dir) {
					before[old] = f
					delete(b.files, old)
					changed = append(changed, old)
				}
			}
		}
		info, err := fs.Lstat(b.opts.Source, p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue // gone: forgetting it was all there was to do
		case err != nil || info.Mode()&fs.ModeSymlink != 0 || !info.IsDir() && !info.Mode().IsRegular():
			return nil, true, b.Reload()
		case !info.IsDir() && path.Dir(p) == "content" && content.KindOf(p+"/x.md") != "":
			// A file where the folder of a kind belongs, an error of
			// content.List's (QA: the preview showed the site without
			// its ideas, and no error, where a build failed).
			return nil, true, b.Reload()
		case !info.IsDir():
			todo = append(todo, p)
			continue
		}
		irregular := false
		err = fs.WalkDir(b.opts.Source, p, func(q string, d fs.DirEntry, err error) error {
			switch {
			case errors.Is(err, fs.ErrNotExist):
				return nil // vanished while walking: the watcher reports it again
			case err != nil || d.Type()&fs.ModeSymlink != 0 || !d.IsDir() && !d.Type().IsRegular():
				irregular = true
				return fs.SkipAll
			case d.IsDir():
				if hidden(q) {
					return fs.SkipDir
				}
				return nil
			}
			todo = append(todo, q)
			return nil
		})
		if err != nil || irregular {
			return nil, true, b.Reload()
		}
	}
	var parse []string
	for _, p := range todo {
		if hidden(p) {
			continue
		}
		switch {
		case content.KindOf(p) != "":
			parse = append(parse, p)
		default:
			// The same warning content.List gives, so a rebuild reports what a build does.
			w, ok := ignoredWarning(b.opts.Source, p)
			if !ok {
				continue
			}
			b.files[p] = parsed{diags: diag.List{w}}
		}
		changed = append(changed, p)
	}
	// A document whose body refers to a file that came, changed or went
	// is parsed again: what it publishes and warns of changes with it
	// (see content.Doc.Refers), and its page's files are copied again.
	// So is one whose link leads into the folder of a page whose file came
	// or went (an objective moved to another team's folder): which file of
	// content/ that address means depends on where the page's file is (see
	// content.Parser.Among).
	parsing := make(map[string]bool, len(parse)) // a git checkout's thousands
	for _, p := range parse {
		parsing[p] = true
	}
	pages := map[string]bool{}
	for _, p := range changed {
		if _, had := before[p]; content.KindOf(p) != "" && had != parsing[p] {
			pages[content.PageFolder(p)] = true
		}
	}
	beside := map[string]bool{}
	if len(others) > 0 || len(pages) > 0 {
		for p, f := range b.files {
			if d := content.DocOf(f.doc); d != nil && !parsing[p] && (slices.ContainsFunc(others, d.Refers) || d.LinksInto(pages)) {
				beside[p], before[p] = true, f
				parse = append(parse, p)
				changed = append(changed, p)
			}
		}
	}
	b.parseAll(parse)
	changed = append(changed, b.retell(changed, before)...)
	for _, p := range parse {
		if old, ok := before[p]; ok && old.sum != 0 && b.files[p].sum == old.sum && !beside[p] {
			// The same bytes (touch, a permission that changed nothing, an
			// editor saving unchanged): the model keeps its documents.
			b.files[p] = old
			changed = slices.DeleteFunc(changed, func(c string) bool { return c == p })
		}
	}
	sort.Strings(changed)
	changed = slices.Compact(changed)
	for _, p := range changed {
		old, had := before[p]
		b.note(p, old)
		if _, ok := b.sinceGood[p]; !ok && b.sinceGood != nil {
			b.sinceGood[p] = prior{old, had} // edited twice: the good model has the first version
		}
	}
	return changed, false, nil
}

// Saved names what was saved among paths, given to Update, for the
// content files it reported changed: each of them, and the files beside
// them among paths that their bodies refer to (see Update), in place of a
// document parsed again only for those, for a preview to say that the
// picture changed, not the idea that shows it, which nobody touched.
func (b *Builder) Saved(paths, changed []string) []string {
	given := make(map[string]bool, len(paths))
	var others []string
	for _, p := range paths {
		p = path.Clean(p)
		given[p] = true
		if content.KindOf(p) == "" {
			others = append(others, p)
		}
	}
	var out []string
	for _, c := range changed {
		n := len(out)
		if d := content.DocOf(b.files[c].doc); d != nil {
			for _, p := range others {
				if d.Refers(p) {
					out = append(out, p)
				}
			}
		}
		if len(out) == n || givenIn(c, given) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// givenIn reports whether the path p, or a folder it is in, is in given.
func givenIn(p string, given map[string]bool) bool {
	for ; p != "." && p != "/"; p = path.Dir(p) {
		if given[p] {
			return true
		}
	}
	return false
}

// linkedTo reports whether a link among the content points to p, or into
// the folder p.
func (b *Builder) linkedTo(p string) bool {
	for _, target := range b.links {
		if target == p || strings.HasPrefix(target, p+"/") {
			return true
		}
	}
	return false
}

// retell tells anew the ignored files beside a file that came or went, and
// returns those whose warning changed: "idee.md " or idee.MD is told to be
// renamed to idee.md, or to be merged into it when idee.md is there (see
// content.IgnoredFile), as a build tells it (QA: the preview kept telling
// to rename it onto the idee.md saved since). before are the files read
// again, as they were; changed are the files read again or forgotten.
func (b *Builder) retell(changed []string, before map[string]parsed) []string {
	dirs := map[string]bool{}
	for _, p := range changed {
		_, had := before[p]
		if _, has := b.files[p]; had != has {
			dirs[path.Dir(p)] = true // new or gone
		}
	}
	if len(dirs) == 0 {
		return nil
	}
	var out []string
	for p, f := range b.files {
		if f.doc != nil || !dirs[path.Dir(p)] {
			continue
		}
		if w, ok := ignoredWarning(b.opts.Source, p); ok && (len(f.diags) != 1 || w != f.diags[0]) {
			before[p] = f
			b.files[p] = parsed{diags: diag.List{w}}
			out = append(out, p)
		}
	}
	return out
}

// ignoredWarning is the warning content.List gives at p, a file it leaves
// out although it looks meant as content, and whether there is one.
func ignoredWarning(fsys fs.FS, p string) (diag.Diagnostic, bool) {
	if isIgnored(p) {
		return content.IgnoredFile(fsys, p)
	}
	return content.TextIgnored(fsys, p)
}

// note records that the file at p changed since the last Model, which used
// old for it (the zero parsed when it had none).
func (b *Builder) note(p string, old parsed) {
	if b.stale {
		return
	}
	if b.edited == nil {
		b.edited = map[string]parsed{}
	}
	if first, ok := b.edited[p]; ok {
		old = first // edited twice: the model has the first version
	}
	now, ok := b.files[p]
	if !ok || old.doc == nil || now.doc == nil || !sameKind(old.doc, now.doc) {
		b.stale = true // a file new, gone or unreadable: the documents differ
		return
	}
	b.edited[p] = old
}

// sameKind reports whether two parse results are documents of one kind that
// the model holds (an unreadable file is not).
func sameKind(a, b any) bool {
	switch a.(type) {
	case *content.Idea:
		_, ok := b.(*content.Idea)
		return ok
	case *content.Objective:
		_, ok := b.(*content.Objective)
		return ok
	case *content.Team:
		_, ok := b.(*content.Team)
		return ok
	}
	return false
}

func isIgnored(p string) bool {
	_, ok := content.Ignored(p)
	return ok
}

// hidden reports whether a path below content/ is, or is inside, a dot folder
// or a dot file, which content.List skips.
func hidden(p string) bool {
	for _, part := range strings.Split(strings.TrimPrefix(p, "content/"), "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}

// parseAll reads and parses files on all cores, as content.Load does.
func (b *Builder) parseAll(files []string) {
	// The site's content files, as they are while these are parsed: the
	// files known, of which those being parsed are taken out (see Update).
	parser := b.parser.Among(func() []string { return append(slices.Collect(maps.Keys(b.files)), files...) })
	results := make([]parsed, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f := files[i]
				data, err := content.ReadFile(b.opts.Source, f)
				if err != nil {
					if _, lerr := fs.Lstat(b.opts.Source, f); errors.Is(err, fs.ErrNotExist) && lerr != nil {
						results[i] = parsed{doc: gone{}}
						continue
					}
					// A link whose target is gone is still there: "cannot
					// read", as in a build (QA: the preview dropped the idea).
					// As content.Load has it: the document is there, so
					// references to it are not reported on top.
					results[i].diags.Errorf(f, 1, 1, "%s", content.ReadError(b.opts.Source, f, err))
					results[i].doc = &content.Unreadable{Kind: content.KindOf(f), Doc: content.Doc{Path: f, Slug: content.SlugOf(f)}}
					continue
				}
				results[i].doc, results[i].diags = parser.Parse(content.KindOf(f), f, data)
				results[i].sum = maphash.Bytes(frontSeed, data) | 1 // never 0, which is "unread"
				if src, err := content.Split(data); err == nil {
					results[i].front = maphash.String(frontSeed, src.Front)
				}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, f := range files {
		if _, ok := results[i].doc.(gone); ok {
			delete(b.files, f) // deleted between listing and reading
			continue
		}
		b.files[f] = results[i]
	}
}

// gone marks a file deleted while it was being read.
type gone struct{}

// Model links the parsed documents into a site and checks it, with "now" as
// today; opts.Now is ignored, since a server runs across midnight (it is
// only the day that a Reload before the first Model parses on). The
// result has no Output: render it with Render or RenderDocs. When the last
// model can be patched (see patch), its Site is changed in place and
// returned again: a Result of an earlier Model is only valid until the next.
func (b *Builder) Model(now time.Time) *Result {
	opts := b.opts
	opts.Now = now
	day := opts.today(b.cfg.Location)
	if b.parser != nil && !day.Equal(b.parser.Today()) {
		b.parseOn(day)
	}
	res := b.patch(day)
	if res == nil {
		res = b.modelOf(b.files, opts)
		b.copyNamed = b.copyNamed[:0]
		for p := range b.files {
			if _, ok := content.SyncCopyOf(p, func(string) bool { return true }); ok {
				b.copyNamed = append(b.copyNamed, p)
			}
		}
	}
	b.last, b.lastDay, b.edited, b.stale = res, day, nil, false
	if !res.Failed() {
		b.sinceGood, b.goodNow = map[string]prior{}, now
	}
	return res
}

// parseDay is the day the parser counts dates in words from ("heute",
// "KW 2"): the last model's, else that of opts.Now; zero before either.
func (b *Builder) parseDay() time.Time {
	if !b.lastDay.IsZero() {
		return b.lastDay
	}
	return b.opts.parseDay(b.cfg.Location)
}

// parseOn parses again, on a new day, the files whose parse had errors:
// their hints name days counted from the day they were parsed on
// ("heute" is told that day), and a preview runs across midnight. Other
// files' parse does not depend on the day.
func (b *Builder) parseOn(day time.Time) {
	b.parser = b.parser.On(day)
	var again []string
	for p, f := range b.files {
		if f.sum != 0 && f.diags.HasErrors() {
			again = append(again, p)
		}
	}
	sort.Strings(again)
	b.parseAll(again)
}

// LastGood returns the model of the last Model whose result did not fail,
// built anew from the files as they were then, or nil when there is none
// or a Reload came since. It leaves the builder as it is: the next Model
// is still of the files as they are.
//
// A preview that renders a model only after showing its edited pages
// needs it: Model changes the last site in place (see patch), so when a
// save with errors comes before the good save's whole site is rendered,
// the good model is gone, and the preview has to show the errors over
// that model's pages, not over a mix of it and the version before.
func (b *Builder) LastGood() *Result {
	if b.sinceGood == nil {
		return nil
	}
	files := maps.Clone(b.files)
	for p, old := range b.sinceGood {
		if old.had {
			files[p] = old.parsed
		} else {
			delete(files, p)
		}
	}
	opts := b.opts
	opts.Now = b.goodNow
	return b.modelOf(files, opts)
}

// NewDay reports whether the day at now, in the site's time zone, is another
// than that of the last Model: staleness, "after today" and the default
// period count days, so a preview left open overnight must build again.
func (b *Builder) NewDay(now time.Time) bool {
	if b.last == nil || b.cfg == nil {
		return false
	}
	opts := b.opts
	opts.Now = now
	return !opts.today(b.cfg.Location).Equal(b.lastDay)
}

// patch returns the last model with the edits since then put in, or nil
// when it cannot: the day changed, a file is new or gone, or the edits are
// more than the bodies of documents in the model and the front matter of at
// most one idea. The model is built from front matter alone, so after body
// edits it stays as it was and only the documents are new; after an edit of
// one idea's front matter, Site.UpdateIdea computes again what depends on
// it, which is a fifth of building the model.
func (b *Builder) patch(day time.Time) *Result {
	if b.last == nil || b.stale || !day.Equal(b.lastDay) {
		return nil
	}
	s := b.last.Site
	var front *content.Idea
	swap := make(map[string]func(), len(b.edited))
	for p, old := range b.edited {
		now := b.files[p]
		if d, was := content.DocOf(now.doc), content.DocOf(old.doc); d != nil && was != nil && !slices.EqualFunc(d.Files, was.Files, content.File.Same) {
			// A file beside a page that comes or goes may take the place
			// of a static file, which the new model warns of (see
			// conflictDiagnostics); it is seldom.
			return nil
		}
		if now.front == old.front {
			continue
		}
		idea, ok := now.doc.(*content.Idea)
		if !ok || front != nil || (idea.Draft && !b.opts.Drafts) {
			return nil
		}
		if was, ok := old.doc.(*content.Idea); ok && was.Title != idea.Title && b.namedCopy(p) {
			return nil
		}
		front = idea
		swap[p] = func() {}
	}
	for p := range b.edited {
		if swap[p] != nil {
			continue
		}
		if swap[p] = swapIn(s, b.files[p].doc, p); swap[p] == nil {
			return nil // a draft, a duplicate: a document the model does not have
		}
	}
	var removed, added diag.List
	if front != nil {
		var ok bool
		if removed, added, ok = s.UpdateIdea(front); !ok {
			return nil
		}
	}
	for p, old := range b.edited {
		swap[p]()
		// A body's links are checked against the site's pages, which
		// these edits leave as they were (files new or gone rebuild it).
		removed = append(append(removed, old.diags...), s.LinkWarnings(old.doc)...)
		added = append(append(added, b.files[p].diags...), s.LinkWarnings(b.files[p].doc)...)
	}
	res := &Result{Site: s, Diagnostics: replaceDiags(b.last.Diagnostics, removed, added)}
	if b.theme != nil && res.Failed() != b.last.Failed() {
		// A model that fails warns of no static file where the site makes
		// its own (see themeWarnings), and these edits leave those places
		// as they were: the warnings go with an error, and come back with
		// its fix.
		conflicts := conflictDiagnostics(b.opts.Source, b.cfg, b.theme, s)
		if res.Failed() {
			res.Diagnostics = replaceDiags(res.Diagnostics, conflicts, nil)
		} else {
			res.Diagnostics = replaceDiags(res.Diagnostics, nil, conflicts)
		}
	}
	return res
}

// swapIn returns what puts doc, read anew from p, into the model s in the
// place of the document it had from p; nil if s has none from p. It looks
// the document up by its slug: walking 10,000 ideas for it took 3 ms of a
// preview's save.
func swapIn(s *site.Site, doc any, p string) func() {
	switch d := doc.(type) {
	case *content.Idea:
		if i := s.Idea(d.Slug); i != nil && i.Path == p {
			return func() { i.Idea = d }
		}
	case *content.Objective:
		if o := s.Objective(d.Slug); o != nil && o.Path == p {
			return func() { o.Objective = d }
		}
	case *content.Team:
		if t := s.Team(d.Slug); t != nil && t.Path == p {
			return func() { t.Team = d }
		}
	}
	return nil
}

// namedCopy reports whether the file at p is named as a sync program's copy
// of another (content.SyncCopyOf), or another file is named as a copy of
// it. Whether "crm (1).md" is a copy depends on its title and crm.md's,
// which content.Assemble compares: after an edit of either title, the
// warning comes or goes with a new model (QA: the preview kept telling a
// file retitled as a document of its own to be merged and deleted).
func (b *Builder) namedCopy(p string) bool {
	if _, ok := content.SyncCopyOf(p, func(string) bool { return true }); ok {
		return true
	}
	of := func(o string) bool { return strings.EqualFold(o, p) }
	for _, q := range b.copyNamed {
		if orig, ok := content.SyncCopyOf(q, of); ok && of(orig) {
			return true
		}
	}
	return false
}

// replaceDiags returns list without one of each of removed, with added, sorted.
func replaceDiags(list, removed, added diag.List) diag.List {
	drop := make(map[diag.Diagnostic]int, len(removed))
	for _, d := range removed {
		drop[d]++
	}
	// One both removed and added stays: most of an edit's are the same
	// after it.
	var fresh diag.List
	for _, d := range added {
		if drop[d] > 0 {
			drop[d]--
		} else {
			fresh = append(fresh, d)
		}
	}
	// Where the others removed are: most of list is elsewhere, which this
	// tells without hashing the whole diagnostic (5,000 warnings took 3 ms
	// of a preview's save).
	at := map[[2]int]bool{}
	for d, n := range drop {
		if n > 0 {
			at[[2]int{d.Line, d.Col}] = true
		}
	}
	kept := list
	if len(at) > 0 {
		kept = make(diag.List, 0, len(list))
		for _, d := range list {
			if at[[2]int{d.Line, d.Col}] && drop[d] > 0 {
				drop[d]--
				continue
			}
			kept = append(kept, d)
		}
	}
	if !slices.IsSortedFunc(kept, diag.Compare) {
		kept = slices.Clone(kept)
		kept.Sort()
	}
	fresh.Sort()
	return diag.Merge(kept, fresh)
}

// modelOf links the parsed documents of files into a new site and checks it.
func (b *Builder) modelOf(files map[string]parsed, opts Options) *Result {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	diags := append(diag.List(nil), b.cfgErr...)
	docs := make([]any, 0, len(paths))
	for _, p := range paths {
		f := files[p]
		diags = append(diags, f.diags...)
		if f.doc != nil {
			docs = append(docs, f.doc)
		}
	}
	set := content.Assemble(b.cfg, docs, content.Options{Drafts: b.opts.Drafts}, &diags)
	res := model(set, opts, diags)
	if b.theme != nil {
		res.Diagnostics = append(res.Diagnostics, themeWarnings(b.opts.Source, b.cfg, b.theme, res)...)
		res.Diagnostics.Sort()
	}
	return res
}

// Render renders the pages of s with the theme of the last Reload, except
// the idea and objective pages whose inputs did not change since the last
// Render: it returns those in kept, and the caller keeps their bytes. After
// one saved file that leaves out nearly all of them; the pages that list
// many documents (backlog, dashboard, team pages) are always rendered.
func (b *Builder) Render(s *site.Site) (out render.Output, kept []string, err error) {
	return b.RenderUntil(s, nil)
}

// RenderUntil is Render that stops when stop returns true, with
// render.ErrStopped; the next Render then renders what this one left.
func (b *Builder) RenderUntil(s *site.Site, stop func() bool) (out render.Output, kept []string, err error) {
	if b.themeErr != nil {
		return nil, nil, b.themeErr
	}
	next := b.theme.PageInputs(s)
	prev := b.inputs
	b.inputs = nil // until this render has succeeded
	out, err = b.theme.RenderOnlyUntil(s, func(p string) bool {
		v, ok := next[p]
		if ok && prev != nil {
			if old, had := prev[p]; had && old == v {
				kept = append(kept, p)
				return false
			}
		}
		return true
	}, stop)
	if errors.Is(err, render.ErrStopped) {
		b.inputs = prev // nothing of this render is served
		return nil, nil, err
	}
	if err != nil {
		return nil, nil, err
	}
	b.inputs, b.named = next, documents(s)
	sort.Strings(kept)
	return out, kept, nil
}

// documents are the configuration and documents of s, which PageInputs
// names by their addresses.
func documents(s *site.Site) []any {
	out := make([]any, 0, 1+len(s.Ideas)+len(s.Objectives)+len(s.Teams))
	out = append(out, s.Config)
	for _, i := range s.Ideas {
		out = append(out, i.Idea)
	}
	for _, o := range s.Objectives {
		out = append(out, o.Objective)
	}
	for _, t := range s.Teams {
		out = append(out, t.Team)
	}
	return out
}

// RenderPaths renders only the pages at the given output paths.
func (b *Builder) RenderPaths(s *site.Site, paths []string) (render.Output, error) {
	if b.themeErr != nil {
		return nil, b.themeErr
	}
	return b.theme.RenderPaths(s, paths)
}

// OwnTheme reports whether the site renders with a theme of its own (see
// LoadTheme), whose templates may fail on some page's data: the embedded
// default renders every site that its model accepts.
func (b *Builder) OwnTheme() bool { return b.theme == nil || !b.theme.Builtin }

// RenderDocs renders only the own pages (ideas/<slug>/, objectives/<slug>/,
// teams/<slug>/, posters/<slug>/) of the documents at the given content paths,
// so that the page being edited can be shown before the whole site is
// rendered again; at 1,000 ideas that is about a tenth of the work. The pages
// are exactly what Render gives for them; pages that list many documents
// (backlog, dashboard) come with the whole render that follows.
func (b *Builder) RenderDocs(s *site.Site, paths []string) (render.Output, error) {
	if b.themeErr != nil {
		return nil, b.themeErr
	}
	// Looked up by slug, not found by walking the site's 10,000 ideas.
	var docs render.Docs
	for _, p := range paths {
		switch d := b.files[p].doc.(type) {
		case *content.Idea:
			if i := s.Idea(d.Slug); i != nil && i.Path == p {
				docs.Ideas = append(docs.Ideas, i)
			}
		case *content.Objective:
			if o := s.Objective(d.Slug); o != nil && o.Path == p {
				docs.Objectives = append(docs.Objectives, o)
			}
		case *content.Team:
			if t := s.Team(d.Slug); t != nil && t.Path == p {
				docs.Teams = append(docs.Teams, t)
			}
		}
	}
	if len(docs.Ideas)+len(docs.Objectives)+len(docs.Teams) == 0 {
		return render.Output{}, nil
	}
	return b.theme.RenderDocs(s, docs)
}
