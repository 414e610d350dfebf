package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"fokus/generator/diag"
)

// Set is everything read from a source folder.
type Set struct {
	Config     *Config
	Teams      []*Team
	Ideas      []*Idea
	Objectives []*Objective
	// Drafts are the ideas marked draft that Options left out; they are
	// still checked, so that a draft's mistakes show before it is published.
	Drafts []*Idea
	// Unreadable are the files that could not be parsed at all.
	Unreadable []*Unreadable
}

// ForgetPositions lets go of where the front matter keys of every document
// are: once the model is built and checked, a build that only renders needs
// none, because each diagnostic carries its own line and column. They are
// the front matter text and, for files with findings, a map of its keys:
// 12 MB at 10,000 ideas, held through the render otherwise. Doc.At gives
// line 1 afterwards.
func (s *Set) ForgetPositions() {
	for _, list := range [][]*Idea{s.Ideas, s.Drafts} {
		for _, d := range list {
			d.pos = nil
		}
	}
	for _, d := range s.Teams {
		d.pos = nil
	}
	for _, d := range s.Objectives {
		d.pos = nil
	}
}

// Exists reports whether a file of the kind with the slug is in the source
// folder, parsed or not.
func (s *Set) Exists(kind Kind, slug string) bool {
	for _, u := range s.Unreadable {
		if u.Kind == kind && u.Slug == slug {
			return true
		}
	}
	switch kind {
	case KindTeam:
		for _, t := range s.Teams {
			if t.Slug == slug {
				return true
			}
		}
	case KindObjective:
		for _, o := range s.Objectives {
			if o.Slug == slug {
				return true
			}
		}
	case KindIdea:
		for _, list := range [][]*Idea{s.Ideas, s.Drafts} {
			for _, i := range list {
				if i.Slug == slug {
					return true
				}
			}
		}
	}
	return false
}

// Options changes what Load keeps.
type Options struct {
	Drafts bool // keep ideas marked draft
	// DeferBodies leaves bodies to be converted when rendered (see Doc.HTML),
	// for a build that renders once; a preview server keeps them converted.
	DeferBodies bool
	// Published reports whether the output has a file that is not a page
	// (see NewParser).
	Published func(path string) bool
	// Today is the build's day, which a date in words is told from (see
	// Parser.On); zero tells none.
	Today time.Time
}

// ErrNoContent means the source folder has no content/ folder and no
// fokus.toml: most likely fokus was started in the wrong folder.
var ErrNoContent = errors.New("no content/ folder")

// Load reads fokus.toml and every content file, on all cores. Problems in
// files are diagnostics; the error is for a source folder that cannot be read.
func Load(fsys fs.FS, opts Options) (*Set, diag.List, error) {
	cfg, diags := LoadConfig(fsys)
	files, extra, err := List(fsys)
	if err != nil {
		return nil, diags, err
	}
	diags = append(diags, extra...)
	parser := NewParser(cfg, opts.Published).On(opts.Today).From(fsys).Among(func() []string { return files })
	if opts.DeferBodies {
		parser.later = &rereader{fsys: fsys, md: parser.md}
	}
	docs := make([]any, len(files))
	fileDiags := make([]diag.List, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var data []byte // reused: Parse keeps nothing of it
			for i := range next {
				f := files[i]
				var err error
				data, err = readInto(fsys, f, data)
				if err != nil {
					fileDiags[i].Errorf(f, 1, 1, "%s", ReadError(fsys, f, err))
					docs[i] = &Unreadable{Kind: KindOf(f), Doc: Doc{Path: f, Slug: SlugOf(f)}}
					continue
				}
				docs[i], fileDiags[i] = parser.Parse(KindOf(f), f, data)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, d := range fileDiags {
		diags = append(diags, d...)
	}
	set := Assemble(cfg, docs, opts, &diags)
	return set, diags, nil
}

// List returns the content files below content/, sorted, and warnings for
// Markdown files that are in no known folder.
func List(fsys fs.FS) ([]string, diag.List, error) {
	return list(fsys, nil)
}

// ListLinks is List that also returns the links to files among the content
// (a file's path → the path it links to, "" when that is outside fsys).
// What List makes of a link depends on the file it links to, which a
// preview that reads only the files that changed must know: a link to an
// idea read already is left out, and when that idea goes, it is a broken
// link, an error.
func ListLinks(fsys fs.FS) ([]string, diag.List, map[string]string, error) {
	links := map[string]string{}
	files, diags, err := list(fsys, links)
	return files, diags, links, err
}

func list(fsys fs.FS, links map[string]string) ([]string, diag.List, error) {
	var files []string
	var diags diag.List
	err := fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil && p != "content" {
			// A folder that cannot be read (chmod 000) is an error at its
			// place, among the run's others; its files would be missing.
			why := err
			var pe *fs.PathError
			if errors.As(err, &pe) {
				why = pe.Err
			}
			msg := fmt.Sprintf("cannot read it (%v); the files in it would be missing from the site", why)
			if !utf8.ValidString(path.Base(p)) {
				// As for a file's (see ReadError): "invalid argument" said
				// nothing of the name (QA).
				msg = "the folder's name is not valid UTF-8 text, so it cannot be read, and the files in it would be missing from the site; rename it"
			}
			diags = append(diags, diag.Diagnostic{Path: p, Line: 1, Col: 1, Severity: diag.Error, Message: msg})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != "content" && strings.HasPrefix(name, ".") {
				return fs.SkipDir
			}
			return nil
		}
		if kind := folderKind(p); kind != "" {
			// A file where the folder of a kind should be: every document
			// of the kind would be missing from the site, without a word
			// (QA: an idea saved as content/ideas, without .md). An error,
			// so that a build keeps the site it built before.
			if info, err := fs.Stat(fsys, p); err != nil || !info.IsDir() {
				diags = append(diags, diag.Diagnostic{Path: p, Line: 1, Col: 1, Severity: diag.Error,
					Message: fmt.Sprintf("this is a file, where fokus reads the %ss from a folder %s/; rename the file, and keep the %ss in a folder of this name", kind, p, kind)})
				return nil
			}
		}
		if links != nil && d.Type()&fs.ModeSymlink != 0 {
			links[p] = linkTarget(fsys, p)
		}
		if KindOf(p) != "" {
			if d.Type()&fs.ModeSymlink != 0 {
				if target := leadsOut(fsys, p); target != "" {
					diags = append(diags, diag.Diagnostic{Path: p, Line: 1, Col: 1, Severity: diag.Warning, Message: outsideLink(target)})
					return nil
				}
			}
			if !plain(fsys, p, d) {
				// Reading a named pipe would wait for a writer forever.
				diags = append(diags, diag.Diagnostic{Path: p, Line: 1, Col: 1, Severity: diag.Warning,
					Message: "ignored: not a plain file (a named pipe, a socket or a device); fokus reads only plain files"})
				return nil
			}
			if target := linkedContent(fsys, p, d); target != "" {
				diags = append(diags, diag.Diagnostic{Path: p, Line: 1, Col: 1, Severity: diag.Warning,
					Message: fmt.Sprintf("ignored: a link to %s, which fokus reads already: the %s would be on the site twice; remove the link", target, KindOf(target))})
				return nil
			}
			files = append(files, p)
		} else if w, ok := IgnoredFile(fsys, p); ok {
			diags = append(diags, w)
		} else if isReadme(name) && d.Type().IsRegular() && startsWithFrontMatter(fsys, p) {
			// (Only a plain file is opened: a named pipe would block.)
			// Meant as content after all (review: an idea titled
			// "Readme" was left out without a word).
			diags = append(diags, diag.Diagnostic{Path: p, Line: 1, Col: 1, Severity: diag.Warning,
				Message: "ignored: a README.md is a folder's notes for a Git host, not content; rename it to make it an idea, an objective or a team"})
		} else if w, ok := TextIgnored(fsys, p); ok && d.Type().IsRegular() {
			diags = append(diags, w)
		} else if d.Type()&fs.ModeSymlink != 0 && !strings.HasPrefix(name, ".") {
			// WalkDir does not follow a link to a folder; without a word,
			// its ideas would just be missing from the site.
			if info, err := fs.Stat(fsys, p); err == nil && info.IsDir() {
				msg := "ignored: a link to a folder; fokus does not follow links to folders, move the folder here or link its files one by one"
				if target := leadsOut(fsys, p); target != "" {
					// Its files linked one by one would lead out too.
					msg = "ignored: a link to a folder outside the site's folder (" + target + "), whose files fokus does not read: move the folder into the site's folder"
				}
				diags = append(diags, diag.Diagnostic{Path: p, Line: 1, Col: 1, Severity: diag.Warning, Message: msg})
			}
		}
		return nil
	})
	if err != nil {
		if errorsIsNotExist(err) {
			// A folder with fokus.toml is a site, as for fokus new and for
			// Hugo with its config file: without content/ yet, an empty one.
			if info, cerr := fs.Stat(fsys, ConfigFile); cerr == nil && info.Mode().IsRegular() {
				return nil, nil, nil
			}
			return nil, nil, ErrNoContent
		}
		return nil, nil, err
	}
	sort.Strings(files)
	return files, diags, nil
}

// folderKind is the kind of document that the folder at p holds, if p is
// one of the three folders of content/, else "".
func folderKind(p string) Kind {
	switch p {
	case "content/teams":
		return KindTeam
	case "content/ideas":
		return KindIdea
	case "content/objectives":
		return KindObjective
	}
	return ""
}

// startsWithFrontMatter reports whether the file at p begins with +++.
func startsWithFrontMatter(fsys fs.FS, p string) bool {
	f, err := fsys.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 8)
	n, _ := io.ReadFull(f, head)
	return bytes.HasPrefix(bytes.TrimPrefix(head[:n], []byte("\xef\xbb\xbf")), []byte(delimiter))
}

// TextIgnored returns the warning for the plain file at p when it is a text
// file meant as content: one without .md in its name (ending in .txt, or
// in no extension) in the folder of a kind of content, that begins with
// front matter. Notepad saves "Neue Idee" as Neue Idee.txt when its type
// is left at "Text Documents" (QA: left out without a word). Only such
// names are opened to see, not every picture beside the ideas.
func TextIgnored(fsys fs.FS, p string) (diag.Diagnostic, bool) {
	name := path.Base(p)
	if strings.HasPrefix(name, ".") || strings.Contains(strings.ToLower(name), ".md") || KindOf(path.Dir(p)+"/x.md") == "" {
		return diag.Diagnostic{}, false
	}
	if ext := strings.ToLower(path.Ext(name)); ext != "" && ext != ".txt" && ext != ".text" || !startsWithFrontMatter(fsys, p) {
		return diag.Diagnostic{}, false
	}
	w := diag.Diagnostic{Path: p, Line: 1, Col: 1, Severity: diag.Warning,
		Message: "ignored: fokus reads files ending in .md; rename it to " + strings.TrimSuffix(name, path.Ext(name)) + ".md"}
	mergeIfThere(fsys, &w)
	return w, true
}

// mergeIfThere turns the advice of w, a warning at a file, to rename it to
// a name that a file beside it has already into the advice to merge it
// into that file: renamed as told, it would replace that file (review:
// "idee.md " or idee.md.txt beside idee.md). It reads the folder's names,
// not a Stat: on a disk that ignores case, IDEE.MD's IDEE.md is the file
// itself.
func mergeIfThere(fsys fs.FS, w *diag.Diagnostic) {
	i := strings.LastIndex(w.Message, "; rename it to ")
	if i < 0 {
		return
	}
	to := w.Message[i+len("; rename it to "):]
	entries, _ := fs.ReadDir(fsys, path.Dir(w.Path))
	if slices.ContainsFunc(entries, func(e fs.DirEntry) bool { return e.Name() == to }) {
		w.Message = w.Message[:i] + "; " + to + " is there already: merge what differs into it, then delete this file"
	}
}

// IgnoredFile is Ignored for the file at p in fsys, which says, for a
// Markdown file outside the three folders whose front matter holds an
// idea, an objective or a team, where to move it (QA: an idea saved
// into content/ was told only the three folders).
func IgnoredFile(fsys fs.FS, p string) (diag.Diagnostic, bool) {
	w, ok := Ignored(p)
	if ok {
		mergeIfThere(fsys, &w)
	}
	if !ok || path.Ext(p) != ".md" || isHugoSection(path.Base(p)) {
		return w, ok
	}
	if info, err := fs.Stat(fsys, p); err != nil || !info.Mode().IsRegular() || !startsWithFrontMatter(fsys, p) {
		return w, ok // (a named pipe would block)
	}
	f, err := fsys.Open(p)
	if err != nil {
		return w, ok
	}
	defer f.Close()
	data, _ := io.ReadAll(io.LimitReader(f, 64<<10)) // a front matter's worth
	src, serr := Split(data)
	var m map[string]any
	if serr != nil {
		return w, ok
	}
	if _, err := toml.Decode(src.Front, &m); err != nil {
		return w, ok
	}
	if kind, keys, target := holds("", p, m); kind != "" {
		w.Message = fmt.Sprintf("ignored: this file holds %s %s (it has %s), and fokus reads %ss from content/%ss/ only: move it to %s",
			article(kind), kind, keys, kind, kind, target)
	}
	return w, ok
}

// linkedContent is the path of the content file that the entry d at p
// links to, when that file is one fokus reads itself, or "". A link to an
// idea from a folder of this year's, to show it there too, made the idea
// twice, each told to give itself a title of its own (QA).
func linkedContent(fsys fs.FS, p string, d fs.DirEntry) string {
	if d.Type()&fs.ModeSymlink == 0 {
		return ""
	}
	target := linkTarget(fsys, p)
	if target == "" || KindOf(target) == "" || strings.Contains(target, "/.") { // (a hidden folder is not read)
		return ""
	}
	if l, err := fs.Lstat(fsys, target); err != nil || !l.Mode().IsRegular() {
		return ""
	}
	// Through a link to a folder, which List does not follow, the file is
	// not read: a link to it is how the warning on such a folder says to
	// bring its files in (QA: told to remove the link, the idea was gone).
	for dir := path.Dir(target); dir != "content" && dir != "."; dir = path.Dir(dir) {
		if l, err := fs.Lstat(fsys, dir); err != nil || !l.IsDir() {
			return ""
		}
	}
	return target
}

// linkTarget is the path in fsys that the link at p points to, or "" when
// it cannot be told or is outside fsys's view (an absolute one).
func linkTarget(fsys fs.FS, p string) string {
	target, err := fs.ReadLink(fsys, p)
	if err != nil || path.IsAbs(target) || strings.Contains(target, `\`) {
		return ""
	}
	return path.Join(path.Dir(p), target)
}

// leadsOut says where the link at p leads when that is outside fsys, the
// site's folder, or "": a link to a file among the content would publish
// that file, and one to /etc or to a home folder's secrets, committed by
// whoever may write an idea, published them with the site (security
// review). Hugo follows a link to a content file; fokus does so only
// inside the site's folder, as the operating system resolves the link:
// through the links on the way (a folder of the site's that is a link to
// another of its folders) and up out of folders, but never up out of one
// that is itself a link (content/ shared by several sites: its parent is
// not the site's folder), nor to an absolute path, which fsys cannot tell
// to be inside. A loop or a broken link is left to the reading, which says
// what it is.
func leadsOut(fsys fs.FS, p string) string {
	first, err := fs.ReadLink(fsys, p)
	if err != nil {
		return ""
	}
	dir := strings.Split(path.Dir(p), "/")
	todo := []string{path.Base(p)}
	for hops := 0; len(todo) > 0; {
		name := todo[0]
		todo = todo[1:]
		switch name {
		case "", ".":
			continue
		case "..":
			if len(dir) == 0 {
				return first
			}
			if l, err := fs.Lstat(fsys, path.Join(dir...)); err != nil || l.Mode()&(fs.ModeSymlink|fs.ModeIrregular) != 0 {
				return first
			}
			dir = dir[:len(dir)-1]
			continue
		}
		at := path.Join(append(dir, name)...)
		l, err := fs.Lstat(fsys, at)
		switch {
		case err != nil:
			return "" // not there: the reading says so
		case l.Mode()&fs.ModeIrregular != 0:
			// A Windows junction, which Go reports as irregular: it
			// leads anywhere, as a link does.
			return first
		case l.Mode()&fs.ModeSymlink == 0:
			dir = append(dir, name)
			continue
		}
		if hops++; hops > 40 { // as Linux's limit: a loop, which the reading reports
			return ""
		}
		target, err := fs.ReadLink(fsys, at)
		if err != nil {
			return ""
		}
		if runtime.GOOS == "windows" {
			target = strings.ReplaceAll(target, `\`, "/")
		}
		if path.IsAbs(target) || len(target) > 1 && target[1] == ':' {
			return first
		}
		todo = append(strings.Split(target, "/"), todo...)
	}
	return ""
}

// outsideLink is the warning at a content file that is a link to target,
// which leads outside the site's folder (see leadsOut).
func outsideLink(target string) string {
	const why = "fokus reads no file from outside the site's folder, which the link would publish; copy the file into the site's folder"
	if path.IsAbs(target) || len(target) > 1 && target[1] == ':' {
		// It may lead into the site's folder, which fokus cannot tell;
		// it works on no other machine either.
		return "ignored: a link to " + target + ", an absolute path, which may lead anywhere on the machine: " + why + ", or, if it is there, link to it by a path relative to the link"
	}
	return "ignored: a link to " + target + ", which leads outside the site's folder: " + why
}

// plain reports whether the entry d at p is a plain file, or a link to one.
func plain(fsys fs.FS, p string, d fs.DirEntry) bool {
	if d.Type()&fs.ModeSymlink != 0 {
		info, err := fs.Stat(fsys, p)
		return err != nil || info.Mode().IsRegular() // a broken link: "cannot read" when read
	}
	return d.Type()&(fs.ModeNamedPipe|fs.ModeSocket|fs.ModeDevice|fs.ModeCharDevice|fs.ModeIrregular) == 0
}

// Ignored returns the warning for a file below content/ that looks like
// content but is not read: a Markdown file outside the three folders, or
// one ending in .MD, .markdown or .md.txt. Other files (images, notes) are
// ignored without a word, and so are an editor's backups (x.md~, x.md.bak,
// x.md.orig): they sit beside the file they copy, which is read, and a
// warning for each would be noise on every build of an Emacs or Vim user.
func Ignored(p string) (diag.Diagnostic, bool) {
	name := path.Base(p)
	w := diag.Diagnostic{Path: p, Line: 1, Col: 1, Severity: diag.Warning}
	switch ext := path.Ext(name); {
	case KindOf(p) != "" || strings.HasPrefix(name, ".") || isReadme(name) || isLockFile(name):
		return w, false
	case isHugoSection(name):
		w.Message = "ignored: " + name + " describes a list page in Hugo; fokus makes its list pages itself"
	case ext == ".md":
		w.Message = "ignored: content files belong in content/teams/, content/ideas/ or content/objectives/"
		// content/idea/x.md, content/Teams/x.md: a folder a letter off.
		if parts := strings.Split(p, "/"); len(parts) > 2 && parts[0] == "content" {
			if s := Suggest(parts[1], []string{"teams", "ideas", "objectives"}); s != "" {
				w.Message += fmt.Sprintf("; did you mean content/%s/?", s)
			}
		}
	case strings.EqualFold(ext, ".md") || strings.EqualFold(ext, ".markdown"):
		w.Message = "ignored: fokus reads files ending in .md (lower case); rename it to " + strings.TrimSuffix(name, ext) + ".md"
	case name != strings.TrimRight(name, " .") && strings.EqualFold(path.Ext(strings.TrimRight(name, " .")), ".md"):
		// "idee.md " renamed in the Finder with a space too many, which
		// no listing shows, and Windows drops with a final dot: left out
		// without a word (QA).
		trimmed := strings.TrimRight(name, " .")
		w.Message = fmt.Sprintf("ignored: the name %q ends in a space or a dot after .md, which no file list shows; rename it to %s.md", name, strings.TrimSuffix(trimmed, path.Ext(trimmed)))
	case strings.EqualFold(ext, ".txt") && strings.EqualFold(path.Ext(strings.TrimSuffix(name, ext)), ".md"):
		// Notepad saves "idee.md" as idee.md.txt, and Windows hides the
		// .txt (QA: ignored without a word).
		w.Message = "ignored: the name ends in .txt, which Windows hides (Notepad adds it when saving); rename it to " + strings.TrimSuffix(name, path.Ext(strings.TrimSuffix(name, ext))+ext) + ".md"
	default:
		return w, false
	}
	return w, true
}

// Assemble sorts parsed documents into a Set, drops drafts unless asked to
// keep them, and reports slugs that collide within a kind (also by letter
// case, as they would on macOS and Windows, and by how an accent is written,
// as on macOS). docs must be in path order.
//
// Of two files with the same slug, the second is left out. Two whose slugs
// differ only in letter case are both kept: each is what the references
// spelled like it mean, and they must not get an "unknown team" on top of
// the one error that says to rename a file.
func Assemble(cfg *Config, docs []any, opts Options, diags *diag.List) *Set {
	set := &Set{Config: cfg}
	seen := map[string]*Doc{}
	type claimed struct {
		kind  Kind
		doc   *Doc
		title string
	}
	var copies []claimed  // named as copies, to be told once every name is known
	var doubled []claimed // named x.md.md, likewise
	titles := map[*Doc]string{}
	claim := func(kind Kind, d *Doc, title string) bool {
		if _, ok := SyncCopyOf(d.Path, func(string) bool { return true }); ok {
			copies = append(copies, claimed{kind, d, title})
		}
		if msg := windowsName(d.Path); msg != "" {
			diags.Warnf(d.Path, 1, 1, "%s", msg)
		}
		if trimmed := strings.TrimSpace(d.Slug); trimmed != d.Slug && trimmed != "" {
			// "vertrieb .md": a reference to "vertrieb" got "did you mean
			// "vertrieb "?", a difference nobody sees (QA).
			diags.Warnf(d.Path, 1, 1, "the name %q has a space at its start or before .md, which stays in its slug %q (what references and the page's address use); rename it to %s.md", path.Base(d.Path), d.Slug, trimmed)
		}
		if stem := d.Slug[:len(d.Slug)-len(path.Ext(d.Slug))]; strings.EqualFold(path.Ext(d.Slug), ".md") && stem != "" {
			doubled = append(doubled, claimed{kind, d, title})
		}
		key := string(kind) + "/" + decomposed(d.Slug)
		if first, dup := seen[key]; dup {
			const accent = "how an accent is written (one letter, or a letter and a mark, as macOS writes names)"
			if first.Slug != d.Slug {
				how := "letter case"
				if strings.ToLower(strings.ToUpper(first.Slug)) != strings.ToLower(strings.ToUpper(d.Slug)) { // as decomposed folds
					how = accent
				}
				diags.Errorf(d.Path, 1, 1, "duplicate %s slug %q: %s has a slug that differs only in %s; rename one file", kind, d.Slug, first.Path, how)
				return true
			}
			if path.Base(first.Path) != path.Base(d.Path) {
				// Slugs write accents as one letter (SlugOf): the names differ
				// in how, and the second is left out like any duplicate.
				// The two paths look the same in the message and in a file
				// list, so it says which is written which way (QA: which
				// one was meant could not be told).
				diags.Errorf(d.Path, 1, 1, "duplicate %s slug %q: %s has the same name with its accents written another way, which looks the same: this file's name writes them as %s, that one's as %s; rename one file", kind, d.Slug, first.Path, accentsOf(d.Path), accentsOf(first.Path))
				return false
			}
			if path.Base(d.Path) == "index.md" {
				// Hugo's page bundles, each named by its folder: renaming
				// one file would leave the next one "index" (review).
				diags.Errorf(d.Path, 1, 1, "duplicate %s slug %q: %s is \"index\" too, as the slug is the file's name (fokus has no page bundles); rename each index.md to its folder's name, this one to %s.md", kind, d.Slug, first.Path, path.Base(path.Dir(d.Path)))
				return false
			}
			diags.Errorf(d.Path, 1, 1, "duplicate %s slug %q: %s has the same slug; rename one file", kind, d.Slug, first.Path)
			return false
		}
		seen[key] = d
		titles[d] = title
		return true
	}
	for _, doc := range docs {
		switch d := doc.(type) {
		case *Team:
			if claim(KindTeam, &d.Doc, d.Title) {
				set.Teams = append(set.Teams, d)
			}
		case *Idea:
			switch {
			case !claim(KindIdea, &d.Doc, d.Title):
			case d.Draft && !opts.Drafts:
				set.Drafts = append(set.Drafts, d)
			default:
				set.Ideas = append(set.Ideas, d)
			}
		case *Objective:
			if claim(KindObjective, &d.Doc, d.Title) {
				set.Objectives = append(set.Objectives, d)
			}
		case *Unreadable:
			if claim(d.Kind, &d.Doc, "") {
				set.Unreadable = append(set.Unreadable, d)
			}
		}
	}
	for _, c := range doubled {
		// "idee.md" typed as the name in an editor that adds .md, which
		// Windows then hides: the slug "idee.md" was in the page's
		// address and had to be written so in references (QA).
		stem := c.doc.Slug[:len(c.doc.Slug)-len(path.Ext(c.doc.Slug))]
		do := "rename it to " + stem + ".md"
		if orig := seen[string(c.kind)+"/"+decomposed(stem)]; orig != nil {
			// Renamed as told, it would replace that file (review).
			do = orig.Path + " is there already: merge what differs into it, then delete this file"
		}
		diags.Warnf(c.doc.Path, 1, 1, "the name %q ends in .md twice (an editor added .md to a name that had it, and Windows hides the second), which stays in its slug %q (what references and the page's address use); %s", path.Base(c.doc.Path), c.doc.Slug, do)
	}
	for _, c := range copies {
		there := func(p string) bool {
			d := seen[string(c.kind)+"/"+decomposed(SlugOf(p))]
			return d != nil && path.Dir(d.Path) == path.Dir(p)
		}
		// A name that is also a name of its own (phase (2).md beside
		// phase.md) is a copy only while it has the title of the file it
		// would copy: a title of its own says it is a document of its own
		// (QA: "Phase 2" was told to be merged into "Phase 1" and deleted).
		sameTitle := func(p string) bool {
			d := seen[string(c.kind)+"/"+decomposed(SlugOf(p))]
			return there(p) && strings.EqualFold(strings.TrimSpace(titles[d]), strings.TrimSpace(c.title))
		}
		if orig, ok := SyncCopyOf(c.doc.Path, sameTitle); ok {
			diags.Warnf(c.doc.Path, 1, 1, "%s", syncCopyMessage(c.kind, orig, there(orig)))
		}
	}
	return set
}

// accentsOf says how the name of the file at p writes its accents.
func accentsOf(p string) string {
	if composed(path.Base(p)) == path.Base(p) {
		return "one letter each"
	}
	return "a letter and a mark (as macOS writes names)"
}

// windowsName says why Windows cannot keep a file at p, or "": a folder or
// file named as one of its devices (con.md, aux.md: the part before the
// first dot counts), or a name with a character it does not allow. The
// site builds, but colleagues on Windows cannot check out a repository
// that has it, or save the file (QA).
func windowsName(p string) string {
	for part := range strings.SplitSeq(p, "/") {
		switch {
		case WindowsDevice(part):
			return fmt.Sprintf("Windows keeps no file or folder named %s (the name of one of its devices, whatever follows the dot): colleagues on Windows cannot check it out or save it; rename it", part)
		case strings.ContainsFunc(part, func(r rune) bool { return r < 0x20 }):
			// A line break, a tab or an escape, which Windows refuses as
			// it does < > : (QA: "a\nb.md" was built without a word).
			return fmt.Sprintf("Windows keeps no file or folder whose name has a control character (a tab, a line break, an escape: %q): colleagues on Windows cannot check it out or save it; rename it", part)
		case strings.ContainsAny(part, `<>:"\|?*`):
			return fmt.Sprintf("Windows keeps no file or folder whose name has one of < > : \" \\ | ? * (%s): colleagues on Windows cannot check it out or save it; rename it", part)
		}
	}
	return ""
}

// WindowsDevice says whether Windows keeps no file of this name, as it is
// one of its devices: con.md, aux.md, lpt1.md (the part before the first
// dot counts, in any letter case). fokus new refuses a title that makes one,
// as a build warns of it.
func WindowsDevice(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	stem = strings.TrimRight(stem, " ")
	switch len(stem) {
	case 3:
		return strings.EqualFold(stem, "con") || strings.EqualFold(stem, "prn") || strings.EqualFold(stem, "aux") || strings.EqualFold(stem, "nul")
	case 4:
		return (strings.EqualFold(stem[:3], "com") || strings.EqualFold(stem[:3], "lpt")) && stem[3] >= '1' && stem[3] <= '9'
	}
	return false
}

// errorsIsNotExist reports whether err says that the content folder is not
// there; another error reading it (no permission) is that error.
func errorsIsNotExist(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && path.Clean(pe.Path) == "content" && errors.Is(err, fs.ErrNotExist)
}

// ReadError says why the content file at name in fsys could not be read.
// A name that is not UTF-8 (written on an old system in Latin-1: "caf\xe9.md") is
// one Go's file systems refuse to open, with "invalid argument" (QA).
// The file's path, which the diagnostic begins with, is not said again,
// and a link whose file is gone says where it leads: "no such file" at a
// file that a listing shows was no help (QA).
func ReadError(fsys fs.FS, name string, err error) string {
	if !utf8.ValidString(name) {
		return "the file's name is not valid UTF-8 text, so it cannot be read; rename it"
	}
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return fmt.Sprintf("cannot read: %v", err)
	}
	if target, lerr := fs.ReadLink(fsys, name); lerr == nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Sprintf("cannot read: it is a link to %s, which is not there (moved, deleted, or on a drive not connected); remove the link, or point it at the file", target)
		}
		return fmt.Sprintf("cannot read: it is a link to %s (%v)", target, pe.Err)
	}
	return fmt.Sprintf("cannot read: %v", pe.Err)
}
