package site

import (
	"cmp"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"

	"fokus/generator/content"
	"fokus/generator/diag"
)

// LinkWarnings checks the relative links in the body of doc (an idea,
// objective or team of the site) against the pages the site has. A link to
// the page of an idea that was deleted, renamed or mistyped, or that is a
// draft the site leaves out, would be a "page not found" for the reader;
// nobody follows every link after a rename, so check does. Links that lead
// elsewhere on the site's server (above its root) or to a file of a theme
// are not the model's to know and pass, but one above the root to a page
// or file of this site, a "../" too many (see aboveRoot).
func (s *Site) LinkWarnings(doc any) diag.List {
	d := content.DocOf(doc)
	if d == nil {
		return nil
	}
	var out diag.List
	for _, l := range d.Links {
		if l.Ref != "" {
			msg := content.RefMessage(d.Path, s.refFile(content.KindOf(d.Path), l.Ref))
			if l.Wiki != "" {
				msg = content.WikiMessage(content.WikiLink(d.Path, l.Wiki, s.refFile(content.KindOf(d.Path), l.Ref)))
			}
			out.Warnf(d.Path, l.Pos.Line, l.Pos.Col, "%s", msg)
			continue
		}
		if l.Climbed != "" {
			out.Warnf(d.Path, l.Pos.Line, l.Pos.Col, "%s", s.climbedLink(d.Path, l))
			continue
		}
		if l.Picture != "" {
			target := path.Join(content.PageFolder(d.Path), l.Dest)
			switch above := s.aboveRoot(d.Path, target, cmp.Or(l.What, "image")); {
			case s.publishesBeside(target):
			case above != "":
				out.Warnf(d.Path, l.Pos.Line, l.Pos.Col, "%s", above)
			case l.Elsewhere != "":
				out.Warnf(d.Path, l.Pos.Line, l.Pos.Col, "%s: it leads to %s, a file the site does not have: %s", content.WontShow(l.What), target, s.otherFolder(d.Path, target, l.Elsewhere, l.What))
			default:
				out.Warnf(d.Path, l.Pos.Line, l.Pos.Col, "%s", l.Picture)
			}
			continue
		}
		if msg := s.brokenLink(d.Path, l.Dest, l.Elsewhere, l.What); msg != "" {
			out.Warnf(d.Path, l.Pos.Line, l.Pos.Col, "%s", msg)
		} else if l.Page != "" {
			out.Warnf(d.Path, l.Pos.Line, l.Pos.Col, "%s", content.PageMessage(l.What, l.Page))
		}
	}
	return out
}

// climbedLink says how to write l, a Markdown link to a Markdown file
// whose path climbs out of content/ (see content.Link.Climbed), in the
// body of the content file src: by the path from src to the file of the
// document it names, wherever in its kind's folder that is; as any link to
// a Markdown file of no document when the site has none of that name.
func (s *Site) climbedLink(src string, l content.Link) string {
	kind := content.KindOf(l.Climbed)
	d := s.pageDoc(string(kind)+"s", content.SlugOf(l.Climbed))
	if d == nil {
		return content.MarkdownFileMessage("")
	}
	return "this link leads out of content/, to " + path.Join(path.Dir(src), l.Dest) + ", where fokus finds no content file: a link to a content file starts from the folder of this file, " +
		path.Dir(src) + "/; the " + string(kind) + " " + quote(d.Slug) + " (" + d.Path + ") is " + mdPath(content.PathFrom(src, d.Path)) + " from there, which leads to its page"
}

// mdPath is a path as Markdown takes it in a link: in angle brackets when
// it has a space.
func mdPath(p string) string {
	if strings.ContainsAny(p, " \t") {
		return "<" + p + ">"
	}
	return p
}

// refFile is the content file, from content/ ("/ideas/crm.md#kosten"),
// of the document that Hugo's ref or a wiki link names without a folder
// ("crm#kosten"),
// as Hugo finds it anywhere: of the kind of the linking file's first,
// then an idea, an objective or a team. A name the site has no document
// of stays as it is.
func (s *Site) refFile(kind content.Kind, ref string) string {
	name, frag, hasFrag := strings.Cut(ref, "#")
	slug := content.SlugRef(strings.TrimSuffix(name, ".md"))
	var found []string
	if i := s.ideas[slug]; i != nil {
		found = append(found, i.Path)
	}
	if o := s.objectives[slug]; o != nil {
		found = append(found, o.Path)
	}
	if t := s.teams[slug]; t != nil {
		found = append(found, t.Path)
	}
	if len(found) == 0 {
		return ref
	}
	file := found[0]
	if at := slices.IndexFunc(found, func(f string) bool { return content.KindOf(f) == kind }); at >= 0 {
		file = found[at]
	}
	file = "/" + strings.TrimPrefix(file, "content/")
	if hasFrag {
		file += "#" + frag
	}
	return file
}

// brokenLink says why a link to dest in the body of the content file
// file finds no page of the site, or returns "". elsewhere is the file
// that dest most likely means (see content.Link); raw is what the link is
// to raw HTML, kept as written, or "" for Markdown's (see content.Link).
func (s *Site) brokenLink(file, dest, elsewhere, raw string) string {
	dir := content.PageFolder(file)
	target := path.Join(dir, dest)
	if strings.HasPrefix(target, "../") {
		return s.aboveRoot(file, target, cmp.Or(raw, "link"))
	}
	if target == ".." || s.publishesBeside(target) {
		return "" // beside the site, on its server; or another page's file
	}
	parts := strings.Split(strings.TrimSuffix(target, "/index.html"), "/")
	kind, ok := pageKinds[parts[0]]
	noun := string(kind)
	if parts[0] == "posters" {
		noun = "poster of team"
	}
	switch {
	case !ok:
		return ""
	case len(parts) == 1:
		if kind == content.KindIdea {
			return "this link leads to ideas/, where the site has no page; the list of all ideas is backlog/"
		}
		return ""
	case fileName(parts[len(parts)-1]) && !s.hasPage(kind, content.SlugRef(parts[len(parts)-1])):
		// A file beside the document's file, as a repository's view finds
		// it ([Angebot](angebot.pdf)): the site has none there (Markdown
		// QA: "where the site has no page" said nothing of what to do).
		name := parts[len(parts)-1]
		msg := "this link leads to " + target + ", a file the site does not have: "
		if elsewhere != "" {
			return msg + s.otherFolder(file, target, elsewhere, raw)
		}
		if beside := content.BesidePath(file, dest); beside != "" {
			msg += "there is no file " + beside + "; put the file there, beside this file, or into the folder static/"
		} else {
			msg += "a file to link to goes beside this file, or into the folder static/"
		}
		return msg + " (static/files/" + name + " is " + strings.Repeat("../", strings.Count(dir, "/")) + "files/" + name + " from this page)"
	case len(parts) > 2:
		// Below a document's folder the site has its page only.
		msg := "this link leads to " + strings.Join(parts, "/") + ", where the site has no page"
		if name := strings.TrimSuffix(parts[len(parts)-1], ".html"); s.hasPage(kind, name) {
			return msg + "; the page of " + noun + " " + quote(name) + " is " + from(dir, parts[0], name)
		}
		// ../teams/sales from an idea's page: a "../" too few to the
		// team's page (Markdown QA: no hint).
		for i := 1; i+1 < len(parts); i++ {
			if other, ok := pageKinds[parts[i]]; ok && s.hasPage(other, content.SlugRef(parts[i+1])) {
				name, what := content.SlugRef(parts[i+1]), string(other)
				if parts[i] == "posters" {
					what = "poster of team"
				}
				return msg + "; the page of " + what + " " + quote(name) + " is " + from(dir, parts[i], name)
			}
		}
		return msg
	}
	slug := content.SlugRef(parts[1])
	if file := strings.TrimSuffix(slug, ".html"); file != slug && s.hasPage(kind, file) {
		return "this link leads to " + target + ", a file the site does not have; the page of " + noun + " " + quote(file) + " is " + from(dir, parts[0], file)
	}
	if s.hasPage(kind, slug) {
		return ""
	}
	msg := "this link leads to the " + noun + " " + quote(slug) + " (" + parts[0] + "/" + slug + "/), "
	switch {
	case kind == content.KindIdea && s.isDraft(slug):
		return msg + "a draft, which the site leaves out (fokus build --drafts shows drafts)"
	case s.set.Exists(kind, slug):
		return "" // its file has errors of its own
	}
	msg += "which the site does not have"
	var known []string
	switch kind {
	case content.KindIdea:
		known = s.ideaSlugs()
	case content.KindObjective:
		known = s.objSlugs
	default:
		known = s.teamSlugs
	}
	// Not the page the link is on: "idee-00.md" from idee-01 means another.
	known = slices.DeleteFunc(slices.Clone(known), func(k string) bool { return dir == parts[0]+"/"+k+"/" })
	if sug := content.Suggest(slug, known); sug != "" {
		return msg + "; did you mean " + quote(sug) + "?"
	}
	if other, title := s.titled(string(kind), slug); other != "" {
		return msg + "; did you mean " + quote(other) + ", the " + string(kind) + " titled " + quote(title) + "?"
	}
	if kind == content.KindTeam {
		return msg + ": no file content/teams/" + slug + ".md"
	}
	return msg + ": no file content/" + string(kind) + "s/…/" + slug + ".md"
}

// aboveRoot says how to write the address of a link or image (what, as
// content.WontShow has it) of the content file src that leads above the
// site's root, to target ("../ideas/x/skizze.png"), where what is left of
// it without its "../" is a page of a document or a file that one
// publishes: a "../" too many, as counted from an objective's file kept in
// a folder per team or an idea's in a sub-folder, which is a folder deeper
// than its page. It returns "" for another target: a place beside the
// site on its server, which is not the site's to know.
func (s *Site) aboveRoot(src, target, what string) string {
	rest, above := strings.CutPrefix(target, "../")
	for strings.HasPrefix(rest, "../") {
		rest = rest[len("../"):]
	}
	parts := strings.Split(strings.TrimSuffix(rest, "/index.html"), "/")
	kind, ok := pageKinds[parts[0]]
	if !above || !ok || len(parts) < 2 || !(len(parts) == 2 && s.hasPage(kind, content.SlugRef(parts[1])) || s.publishesBeside(rest)) {
		return ""
	}
	return "this " + what + " leads to " + target + ", " + content.AboveRoot(src, rest)
}

// publishesBeside reports whether the site publishes a file beside a
// document's page at target ("ideas/y/plan.png"), one its body shows or
// links to: another page may show it from there too.
func (s *Site) publishesBeside(target string) bool {
	parts := strings.SplitN(target, "/", 3)
	if len(parts) < 3 {
		return false
	}
	if name, err := url.PathUnescape(parts[2]); err == nil {
		parts[2] = name
	}
	d := s.pageDoc(parts[0], parts[1])
	return d != nil && slices.ContainsFunc(d.Files, func(f content.File) bool { return f.Out == parts[2] })
}

// pageDoc is the document whose page is in the site's folder and
// folder/slug ("ideas", "y"), or nil.
func (s *Site) pageDoc(folder, slug string) *content.Doc {
	switch slug = content.SlugRef(slug); folder {
	case "ideas":
		if i := s.ideas[slug]; i != nil {
			return &i.Idea.Doc
		}
	case "objectives":
		if o := s.objectives[slug]; o != nil {
			return &o.Objective.Doc
		}
	case "teams":
		if t := s.teams[slug]; t != nil {
			return &t.Team.Doc
		}
	}
	return nil
}

// otherFolder says why the site does not publish elsewhere, the file of
// content/ that a reference of the content file src to target in another
// page's folder means (see content.Link), and how to show it: on that
// page, when it is beside its file where target leads, or from src's
// page, by its path from src, which is always there. raw is what a
// reference of raw HTML is to the page (see content.Link), "" for
// Markdown's: raw HTML is kept as written, where a path that climbs out of
// src's folder leads elsewhere from the page, so it is told to refer to
// the file in Markdown, whose address fokus writes anew.
func (s *Site) otherFolder(src, target, elsewhere, raw string) string {
	parts := strings.SplitN(target, "/", 3)
	write := mdPath(content.PathFrom(src, elsewhere))
	that, its := "write that, for this page to publish it", "write "+write+", its path from this file, for this page to publish it too"
	if raw != "" && strings.HasPrefix(write, "../") {
		ref := "![…](" + write + ")"
		if raw == "link" {
			ref = ref[1:]
		}
		that = "move it into this file's folder, or refer to it in Markdown, " + ref + ", whose address fokus writes anew, for this page to publish it"
		its = "refer to it in Markdown by its path from this file, " + ref + ", whose address fokus writes anew, for this page to publish it too"
	}
	d := s.pageDoc(parts[0], parts[1])
	if d == nil {
		return elsewhere + " is " + write + " from this file: " + that
	}
	page := string(content.KindOf(d.Path)) + " " + quote(d.Slug) + " (" + d.Path + ")"
	if path.Join(path.Dir(d.Path), parts[2]) == elsewhere {
		return elsewhere + " is beside the file of " + page + ", whose page does not show or link to it, so the site does not publish it there; " +
			"show or link to it on that page (as " + mdPath(parts[2]) + "), or " + its
	}
	return "the page of " + page + " publishes no file there; " + elsewhere + " is " + write + " from this file: " + that
}

// fileName reports whether the last part of a link's path names a file, as
// angebot.pdf or skizze.png: it ends in an extension of a few letters, other
// than a page's .html.
func fileName(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext != ".html" && ext != ".htm" && fileExt.MatchString(ext)
}

var fileExt = regexp.MustCompile(`^\.[a-z][a-z0-9]{1,4}$`)

// from is how a link from the page folder dir writes the page of the
// document slug in folder: "../slug/" beside it, else from the site's root.
func from(dir, folder, slug string) string {
	if strings.HasPrefix(dir, folder+"/") {
		return "../" + slug + "/"
	}
	return strings.Repeat("../", strings.Count(dir, "/")) + folder + "/" + slug + "/"
}

// pageKinds are the site's folders with a page per document, and the kind
// of document each is for.
var pageKinds = map[string]content.Kind{"ideas": content.KindIdea, "objectives": content.KindObjective,
	"teams": content.KindTeam, "posters": content.KindTeam}

// hasPage reports whether the site has a page for the document of kind
// with slug.
func (s *Site) hasPage(kind content.Kind, slug string) bool {
	switch kind {
	case content.KindIdea:
		return s.ideas[slug] != nil
	case content.KindObjective:
		return s.objectives[slug] != nil
	}
	return s.teams[slug] != nil
}

// isDraft reports whether slug is an idea that the site left out as a draft.
func (s *Site) isDraft(slug string) bool {
	for _, d := range s.set.Drafts {
		if d.Slug == slug {
			return true
		}
	}
	return false
}
