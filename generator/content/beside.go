package content

import (
	"errors"
	"io/fs"
	"maps"
	"net/url"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
)

// A picture or a file that a body refers to by a path from its content
// file, ![Ablauf](ablauf.png) in content/ideas/crm.md for
// content/ideas/ablauf.png, is published in the folder of the document's
// page, ideas/crm/ablauf.png, where the reference finds it unchanged from
// the page, in the preview and from file://. That is where people put a
// screenshot (dragged next to the file they write), where Hugo's page
// bundles keep theirs, and where a repository's file view finds it; before,
// such a picture was missing from the page, with a warning to move it into
// static/. With unsafe_html, so is one that the body's raw HTML shows or
// links to, <img src="ablauf.png">. Only the files a body refers to are
// published, never every file of content/: a team's notes beside its file
// are not for the intranet. A picture of two ideas is published with each
// of their pages.

// File is a file of content/ that a document's body shows or links to,
// published in the folder of the document's page.
type File struct {
	Src string // its path in the source folder: "content/ideas/ablauf.png"
	Out string // its path in the page's folder: "ablauf.png", "bilder/ablauf.png"
	// Pos is where in the content file the body first refers to it, for
	// the error of a copy that fails (the file gone since it was parsed).
	Pos Pos
}

// Refers reports whether the body of d refers to the file of content/ at
// p, or to a file in the folder p, whether that file is there or not: a
// preview parses d again when it comes, changes or goes. Letter case and
// Unicode's form aside: on macOS and Windows, Ablauf.png in a body is the
// file ablauf.png, on macOS Übersicht.png the file whose name writes Ü as
// U and an accent (see unicodeTwin), and a watcher names the file as it is
// on disk.
func (d *Doc) Refers(p string) bool {
	return slices.ContainsFunc(d.refs, func(r string) bool {
		for ; ; r = path.Dir(r) {
			if strings.EqualFold(r, p) || sameLooking(r, p) {
				return true
			}
			if !strings.Contains(r, "/") {
				return false
			}
		}
	})
}

// LinksInto reports whether a link or an image of d's body leads into the
// folder of a page among pages ("objectives/q4-leads/"): which file of
// content/ it means depends on where that page's file is (see
// inOtherFolder), and a preview parses d again when that file comes or goes.
func (d *Doc) LinksInto(pages map[string]bool) bool {
	folder := PageFolder(d.Path)
	return slices.ContainsFunc(d.Links, func(l Link) bool {
		parts := strings.SplitN(path.Join(folder, l.Dest), "/", 3)
		return len(parts) == 3 && pages[parts[0]+"/"+parts[1]+"/"]
	})
}

// addFile adds f to d's files, once: a body may show a picture twice.
func (d *Doc) addFile(f File) {
	if !slices.ContainsFunc(d.Files, f.Same) {
		d.Files = append(d.Files, f)
	}
}

// Same reports whether f and g are one file published at one place,
// wherever the body refers to them: a line added above a picture moves
// its reference, not what the page publishes.
func (f File) Same(g File) bool { return f.Src == g.Src && f.Out == g.Out }

// besideKey carries the source folder (an fs.FS) that a body's references
// to files beside its content file are looked up in; besideOutsKey the
// files taken so far in the page's folder, Out in lower case → {Out, Src}.
var besideKey, besideOutsKey = parser.NewContextKey(), parser.NewContextKey()

// besideRef looks at dest, the destination of a relative image or link in
// the body of the content file src, as a path from src's folder, or of one
// from the server's root into the page's folder (see inPageFolder). It
// returns a note with Kind
//   - "" when dest leads to no place in content/ (static/, a page, a
//     server), for the caller to handle as before;
//   - "file" for a plain file there, published in the page's folder at
//     Dest, with page the destination the page writes: dest as written,
//     or for a path that climbs out of src's folder (../bilder/a.png), the
//     one from the page's folder to where the file is published;
//   - "file-no" for a file there that is not published, with why in Dest;
//   - "near" for no file there: the caller handles dest as before, and a
//     preview parses src again when the file comes (see Doc.Refers).
//
// Without anyKind (unsafe_html), only a kind of file that nothing runs is
// published (see passiveFiles). asWritten is for an address that is
// kept as written, in raw HTML: one that climbs out of src's folder
// would lead elsewhere from the page, and its file is not published.
//
// It looks at the referenced file and at the folders on its way below
// content/, nothing else of content/ (but the folder of a missing file
// whose name has a letter beyond ASCII, see unicodeTwin): a build stats
// no file that no body refers to.
func besideRef(pc parser.Context, src, dest string, anyKind, asWritten bool) (note Note, page string) {
	fsys, _ := pc.Get(besideKey).(fs.FS)
	p := localPath(dest)
	if strings.HasPrefix(p, "/") {
		if rel, ok := inPageFolder(src, dest); ok {
			dest, p = rel, localPath(rel) // the file's own address, from the server's root
		}
	}
	if fsys == nil || p == "" || strings.HasPrefix(p, "/") || strings.HasSuffix(p, "/") || PageFolder(src) == "" {
		return Note{}, ""
	}
	file := BesidePath(src, p)
	if file == "" || !fs.ValidPath(file) {
		return Note{}, "" // out of content/: static/ as before, or nothing fokus publishes
	}
	// A content file leads to its page, never is published: its name as
	// the file system finds it, where "geheim.md/." is geheim.md (a
	// draft's text on the site that leaves it out), and Windows takes
	// "geheim.md." and "geheim.md " for it too.
	if strings.HasSuffix(strings.TrimRight(strings.ToLower(file), ". "), ".md") {
		return Note{}, ""
	}
	out := path.Clean(p)
	for strings.HasPrefix(out, "../") {
		out = out[len("../"):]
	}
	note = Note{Kind: "file", Dest: out, File: file}
	switch why := besideFile(fsys, file); {
	case why == "missing":
		twin := unicodeTwin(fsys, file)
		if twin == "" {
			return Note{Kind: "near", File: file}, ""
		}
		note.Kind, note.Dest = "file-no", twin
	case why != "":
		note.Kind, note.Dest = "file-no", why
	case slices.ContainsFunc(strings.Split(out, "/"), func(s string) bool { return strings.HasPrefix(s, ".") }):
		note.Kind, note.Dest = "file-no", "has a hidden name, and fokus publishes no hidden files; rename it"
	case strings.EqualFold(strings.Split(out, "/")[0], "index.html"):
		note.Kind, note.Dest = "file-no", "would take the place of the page itself, index.html in its folder; rename it"
	case asWritten && out != path.Clean(p) && inAnotherPage(src, p):
		// From the page it leads into another page's folder, where that
		// page may publish the file: the site, which knows, tells (see
		// Parser.inOtherFolder), and a preview parses src again when the
		// file comes or goes.
		return Note{Kind: "near", File: file}, ""
	case asWritten && out != path.Clean(p):
		note.Kind, note.Dest = "file-no", "is out of this file's folder, and fokus keeps raw HTML as it is written, where from the page's folder "+
			dest+" leads elsewhere: move the file into this file's folder, or refer to it in Markdown, ![…]("+dest+"), whose address fokus writes anew"
	case !anyKind && !passiveFiles[strings.ToLower(path.Ext(out))]:
		note.Kind, note.Dest = "file-no", "may be run by a browser or the web server, as a page, an SVG drawing or a script is: beside a page fokus publishes only "+
			"pictures, documents, sound, video and archives (.png, .jpg, .pdf, .docx, .mp4, .zip, …), unless fokus.toml sets unsafe_html = true; "+
			"put it into the folder static/, or save it as a PNG or a PDF"
	default:
		// Keyed in one letter case: Plan.png and plan.png are one file
		// where the site is built or copied on macOS or Windows.
		outs, _ := pc.Get(besideOutsKey).(map[string][2]string)
		if outs == nil {
			outs = map[string][2]string{}
			pc.Set(besideOutsKey, outs)
		}
		key := strings.ToLower(out)
		other, ok := outs[key]
		if !ok && !ascii(key) {
			// Übersicht.png in both of Unicode's forms, one file on
			// macOS (see unicodeTwin); seldom, and a page has few files.
			for _, k := range slices.Sorted(maps.Keys(outs)) {
				if sameLooking(k, key) {
					other, ok = outs[k], true
					break
				}
			}
		}
		if ok && other[1] != file {
			// ../bilder/a.png and bilder/a.png, two files of one name
			// in the page's folder.
			note.Kind, note.Dest = "file-no", "would be published as "+out+" in the page's folder, where "+other[1]+" is"
			switch {
			case strings.ToLower(other[0]) != key:
				note.Dest += ", a name that looks the same, written in the other of Unicode's two forms (NFC, NFD), which macOS takes for the same"
			case other[0] != out:
				note.Dest += ", a name that macOS and Windows take for the same"
			}
			note.Dest += "; rename one of them"
			break
		}
		outs[key] = [2]string{out, file}
	}
	if note.Kind == "file" && out != path.Clean(p) {
		rest := dest[strings.IndexAny(dest+"?", "?#"):] // query and fragment, as written
		return note, (&url.URL{Path: out}).EscapedPath() + rest
	}
	return note, dest
}

// inPageFolder returns dest, a path from the server's root into the folder
// of the page of the content file src ("/ideas/crm/plan.png" from
// content/ideas/crm.md), as a path from that folder ("plan.png"), with its
// query and fragment as written; false for any other dest. That is where
// the page publishes a file beside src, as Hugo publishes a page bundle's
// resource at its page's address, which an author may copy from the
// browser: it is that file, and from the page it works in a sub-folder
// and from file:// too.
func inPageFolder(src, dest string) (string, bool) {
	p := localPath(dest)
	folder := PageFolder(src)
	if !strings.HasPrefix(p, "/") || strings.HasSuffix(p, "/") || folder == "" || strings.Contains(strings.ToLower(p), "%2f") {
		return "", false // %2F: a path left as written (see localPath), which no file has
	}
	rel, ok := strings.CutPrefix(path.Clean(p), "/"+folder)
	if !ok || rel == "" {
		return "", false
	}
	page := (&url.URL{Path: rel}).EscapedPath()
	if first, _, _ := strings.Cut(rel, "/"); strings.Contains(first, ":") {
		page = "./" + page // a:b.png would be read as the scheme a
	}
	return page + dest[strings.IndexAny(dest+"?", "?#"):], true
}

// inAnotherPage reports whether the relative address dest leads from the
// page of the content file src into the folder of another document's
// page, ideas/y/ from ideas/x/: where the site may have a file that y
// publishes.
func inAnotherPage(src, dest string) bool {
	folder := PageFolder(src)
	parts := strings.SplitN(path.Join(folder, dest), "/", 3)
	return len(parts) == 3 && folder != parts[0]+"/"+parts[1]+"/" && (parts[0] == "ideas" || parts[0] == "objectives" || parts[0] == "teams")
}

// inOtherFolder returns the file of content/ that target, an address in
// the folder of another page (ideas/y/skizze.png, written ../y/skizze.png
// or /ideas/y/skizze.png from the page, dest), names: where dest leads
// from d's file, as a repository's view finds it (raw HTML keeps dest as
// written, which from the page leads to target); or in a folder of that
// page's own, beside its file where it is kept in a folder of its name
// (content/ideas/y/y.md), or in the folder named as its file beside it
// (content/objectives/vertrieb/q4-leads/ for an objective kept in a
// folder per team); or, for a page of d's kind, from the folder of d's
// file, y/skizze.png from content/ideas/x.md; for another kind's, from
// that kind's folder of content/, content/ideas/y/ for ideas/y/ from a
// team's page; the first that fsys has. A folder named as a page is where
// its pictures are kept (as in Hugo's page bundles), so the author most
// likely means that file, which then is there, not "no file". They are
// among d's references either way, for a preview to tell anew when one
// comes or goes (see Doc.Refers). It looks at those files, and only for
// an address into another page's folder.
func (p *Parser) inOtherFolder(d *Doc, target, dest string) string {
	parts := strings.SplitN(target, "/", 3)
	folder := PageFolder(d.Path)
	if len(parts) < 3 || folder == parts[0]+"/"+parts[1]+"/" || parts[2] == "index.html" {
		return "" // not another page's folder, or that page itself
	}
	var named string
	switch parts[0] + "/" {
	case folder[:strings.IndexByte(folder, '/')+1]:
		named = path.Join(path.Dir(d.Path), parts[1], parts[2])
	case "ideas/", "objectives/", "teams/":
		named = path.Join("content", parts[0], parts[1], parts[2])
	default:
		return ""
	}
	files := []string{BesidePath(d.Path, dest)}
	if own := p.docs.file(parts[0], parts[1]); own != "" {
		if bundle := path.Dir(own); path.Base(bundle) == strings.TrimSuffix(path.Base(own), ".md") {
			files = append(files, path.Join(bundle, parts[2]))
		}
		files = append(files, path.Join(strings.TrimSuffix(own, ".md"), parts[2]))
	}
	files = append(files, named)
	for i, file := range files {
		if file == "" || slices.Contains(files[:i], file) || !fs.ValidPath(file) || strings.HasSuffix(strings.ToLower(file), ".md") {
			continue
		}
		d.refs = append(d.refs, file)
		if p.md.source != nil && besideFile(p.md.source, file) != "missing" {
			return file
		}
	}
	return ""
}

// docFiles finds the content file of a document by its page's folder, in
// the list of a run's content files (see Parser.Among), which it indexes
// when first asked.
type docFiles struct {
	list  func() []string
	once  sync.Once
	files map[string]string // "objectives/q4-leads" → "content/objectives/vertrieb/q4-leads.md"
}

// file is the content file whose page is in the site's folder and
// folder/slug ("objectives", "q4-leads"), or "" when the run has none or
// is not known (a nil x).
func (x *docFiles) file(folder, slug string) string {
	if x == nil {
		return ""
	}
	x.once.Do(func() {
		x.files = map[string]string{}
		for _, f := range x.list() {
			// Of two files of one slug, the first, as the site keeps it.
			if k := strings.TrimSuffix(PageFolder(f), "/"); k != "" && (x.files[k] == "" || f < x.files[k]) {
				x.files[k] = f
			}
		}
	})
	return x.files[folder+"/"+SlugRef(slug)]
}

// BesidePath is the path in content/ that the relative path p (decoded,
// as localPath has it) leads to from the content file src, where a file
// that the site publishes beside the page is (see File); "" when it leads
// out of content/, or is a path from the server's root or from Windows.
func BesidePath(src, p string) string {
	file := path.Join(path.Dir(src), p)
	if strings.HasPrefix(p, "/") || strings.Contains(p, `\`) || !strings.HasPrefix(file, "content/") {
		return ""
	}
	return file
}

// passiveFiles are the endings of the files that fokus publishes beside a
// page (see File) without unsafe_html: pictures, documents, sound, video
// and archives, which a browser shows or saves and a web server sends as
// they are. Others it might run: a page, an SVG drawing or a script in the
// site's origin, where unsafe_html keeps scripts off the pages; PHP, SSI or
// a web.config on the server; or a file of no known type, which a server
// may send without one, for the browser to guess it is a page.
var passiveFiles = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".avif": true, ".bmp": true, ".ico": true, ".tif": true, ".tiff": true, ".heic": true,
	".pdf": true, ".txt": true, ".csv": true, ".rtf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true,
	".odt": true, ".ods": true, ".odp": true, ".vsdx": true, ".pages": true, ".numbers": true, ".key": true,
	".mp3": true, ".m4a": true, ".wav": true, ".ogg": true, ".mp4": true, ".m4v": true, ".mov": true, ".webm": true,
	".zip": true, ".7z": true,
}

// besideFile says why the file of content/ at p is not published, or ""
// when it is: "missing" when there is none. A link, to a file or to a
// folder on the way, is not published, as in static/, so that no file
// from elsewhere on the machine reaches the site (a link to /etc beside
// an idea); nor is anything but a plain file (a named pipe would block
// the build).
func besideFile(fsys fs.FS, p string) string {
	for q := p; q != "content"; q = path.Dir(q) {
		info, err := fs.Lstat(fsys, q)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return "missing"
		case err != nil:
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return "cannot be read (" + err.Error() + ")"
		case info.Mode()&fs.ModeSymlink != 0 && q == p:
			return "is a link; fokus publishes no links, so that no file from elsewhere on the machine reaches the site: copy the file here"
		case info.Mode()&fs.ModeSymlink != 0, q != p && info.Mode()&fs.ModeIrregular != 0:
			// Go reports a junction on Windows as irregular, neither a
			// folder nor a link; it leads anywhere as a link does.
			return "is in " + q + ", a link; fokus publishes no links, so that no file from elsewhere on the machine reaches the site: copy the folder here"
		case q != p && !info.IsDir(), q == p && info.IsDir():
			return "missing" // no file: a link to a folder is a page's, perhaps
		case q == p && !info.Mode().IsRegular():
			return "is not a plain file (a named pipe, a socket or a device)"
		}
	}
	return ""
}

// unicodeTwin says why the file of content/ at p, which is not there, is
// not published when the first name on its way that is not there, the
// file's or a folder's (bilder/Übersicht/plan.png), has a twin in its
// folder: a name that looks the same but is written in the other of
// Unicode's two forms, Ü as one letter (NFC, as Linux and Windows type it)
// or as U and a separate accent (NFD, as macOS saves names, and as a name
// copied from its Finder may be). macOS finds either; Linux, Windows and
// web servers take the two for other names, a difference nobody can see.
// It returns "" for none.
//
// fokus warns rather than publishes the file under the reference's name:
// a name mended where it is written mends it for the repository's file
// view and every other tool too. Only a reference with such a letter whose
// file is missing costs more: a look at each folder on its way below
// content/, and the folder of the first name missing read.
func unicodeTwin(fsys fs.FS, p string) string {
	if ascii(p) {
		return ""
	}
	dir, rest := "content", strings.TrimPrefix(p, "content/")
	for {
		name, after, folder := strings.Cut(rest, "/")
		if folder {
			if _, err := fs.Lstat(fsys, dir+"/"+name); err == nil {
				dir, rest = dir+"/"+name, after
				continue
			}
		}
		if ascii(name) {
			return ""
		}
		entries, _ := fs.ReadDir(fsys, dir)
		for _, e := range entries {
			letter, base, ok := looksAlike(name, e.Name())
			if !ok || folder && !e.IsDir() {
				continue
			}
			where, what := "its folder has "+e.Name(), "file"
			if folder {
				where, what = dir+" has the folder "+e.Name(), "folder"
			}
			if strings.ContainsFunc(name, accentMark) {
				return "is not there: " + where + ", a name that looks the same, but this reference writes " + letter + " as " + base +
					" and a separate accent (decomposed Unicode, NFD), as a name copied on macOS may be, which Linux, Windows and web servers take for another name; type the name anew in the reference"
			}
			return "is not there: " + where + ", a name that looks the same, but writes " + letter + " as " + base +
				" and a separate accent (decomposed Unicode, NFD), as macOS saves names, which Linux, Windows and web servers take for another name; rename the " + what + ", typing its name anew, or copy its name into the reference"
		}
		return ""
	}
}

// sameLooking reports whether a and b are names that look the same in any
// letter case, written in Unicode's two forms (see unicodeTwin).
func sameLooking(a, b string) bool {
	if ascii(a) || ascii(b) {
		return false // the common case, which takes no copy
	}
	_, _, ok := looksAlike(strings.ToLower(a), strings.ToLower(b))
	return ok
}

// looksAlike reports whether a and b differ only where one writes a letter
// as one character and the other as a letter followed by accents, and
// returns the first such letter of the one and the letter without accents
// of the other: "Ü" and "U". Unicode's tables decide that the two are one
// name (composed); the letters say which letter the message names.
func looksAlike(a, b string) (letter, base string, ok bool) {
	la, lb := letters(a), letters(b)
	if a == b || len(la) != len(lb) || composed(a) != composed(b) {
		return "", "", false
	}
	for i := range la {
		one, accented := la[i], lb[i]
		if one == accented {
			continue
		}
		if utf8.RuneCountInString(one) != 1 {
			one, accented = accented, one
		}
		r, _ := utf8.DecodeRuneInString(one)
		b, n := utf8.DecodeRuneInString(accented)
		if utf8.RuneCountInString(one) != 1 || n == len(accented) || r < 0xC0 || !unicode.IsLetter(r) || !unicode.IsLetter(b) || unicode.IsUpper(r) != unicode.IsUpper(b) {
			return "", "", false
		}
		if letter == "" {
			letter, base = one, string(b)
		}
	}
	return letter, base, letter != ""
}

// letters splits s into its characters, each with the accents written
// after it (see accentMark).
func letters(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if accentMark(r) && len(out) > 0 {
			out[len(out)-1] += s[i : i+n]
		} else {
			out = append(out, s[i:i+n])
		}
		i += n
	}
	return out
}

// accentMark reports whether r is one of Unicode's combining diacritical
// marks, the accents that a decomposed name writes after their letter.
func accentMark(r rune) bool { return r >= 0x300 && r <= 0x36f }

// besides notes what besideRef makes of dest, the destination of the image
// or link n at offset in the body of src, and reports whether n refers to
// a file beside src (published or not), which is then all there is to it:
// its destination becomes the one the page writes. n may be raw HTML too,
// which is kept as written.
func besides(pc parser.Context, n ast.Node, src, dest string, offset int, anyKind bool) bool {
	_, link := n.(*ast.Link)
	_, image := n.(*ast.Image)
	note, page := besideRef(pc, src, dest, anyKind, !link && !image)
	if note.Kind == "" {
		return false
	}
	note.Offset = offset
	notes, _ := pc.Get(notesKey).([]Note)
	pc.Set(notesKey, append(notes, note))
	if note.Kind == "near" {
		return false
	}
	if page != dest {
		// Written so that goldmark's decoding gives page back (see pageLink's caller).
		switch n := n.(type) {
		case *ast.Link:
			n.Destination = escapedDest(page)
		case *ast.Image:
			n.Destination = escapedDest(page)
		}
	}
	return true
}
