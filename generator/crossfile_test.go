package generator

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fokus/generator/content"
)

// previewStep is one edit of a site on disk as a preview sees it: the
// paths a watcher reports, and then the diagnostics of the next Model,
// which must be a build's of the same files.
type previewStep struct {
	what  string
	do    func(dir string) // the edit
	paths []string         // what the watcher reports
}

// write returns an edit that writes text to the file at p.
func write(p, text string) func(string) {
	return func(dir string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, filepath.FromSlash(p))), 0o755); err != nil {
			panic(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(p)), []byte(text), 0o644); err != nil {
			panic(err)
		}
	}
}

// remove returns an edit that deletes the file at p.
func remove(p string) func(string) {
	return func(dir string) {
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(p))); err != nil {
			panic(err)
		}
	}
}

// rename returns an edit that renames the file at from to to.
func rename(from, to string) func(string) {
	return func(dir string) {
		if err := os.Rename(filepath.Join(dir, filepath.FromSlash(from)), filepath.Join(dir, filepath.FromSlash(to))); err != nil {
			panic(err)
		}
	}
}

// previewMatchesBuild writes files into a new site, then makes each step's
// edit, tells a Builder the step's paths and compares its diagnostics with
// those of a build of the folder as it then is. A check of one file whose
// outcome depends on another must be done again when that other changes.
func previewMatchesBuild(t *testing.T, files map[string]string, steps []previewStep) {
	t.Helper()
	previewMatchesBuildWith(t, files, steps, nil)
}

// previewMatchesBuildWith is previewMatchesBuild whose diagnostics after
// the step of each what in want also hold the lines want has of it.
func previewMatchesBuildWith(t *testing.T, files map[string]string, steps []previewStep, want map[string][]string) {
	t.Helper()
	dir := t.TempDir()
	for p, text := range files {
		write(p, text)(dir)
	}
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	opts := Options{Source: os.DirFS(dir), Now: content.Day(2026, 11, 26), NowDay: true}
	b := NewBuilder(opts)
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	compare := func(what string, got string) {
		t.Helper()
		res, err := Check(opts)
		if err != nil {
			t.Fatal(err)
		}
		if want := res.Diagnostics.String(); got != want {
			t.Errorf("after %s, the preview reports\n%s\na build\n%s", what, got, want)
		}
	}
	compare("the start", b.Model(now).Diagnostics.String())
	for _, s := range steps {
		s.do(dir)
		if _, _, err := b.Update(s.paths); err != nil {
			t.Fatal(err)
		}
		got := b.Model(now).Diagnostics.String()
		compare(s.what, got)
		for _, w := range want[s.what] {
			if !strings.Contains(got, w+"\n") {
				t.Errorf("after %s, the preview does not report\n%s\nbut\n%s", s.what, w, got)
			}
		}
	}
}

func titled(title string) string {
	return "+++\ntitle = \"" + title + "\"\nsubmitted = 2026-11-20\n+++\nText.\n"
}

// "crm (1).md" is a sync program's copy only while it has crm.md's title:
// an edit of either title, which the preview patches into its model, makes
// it a copy or a document of its own, as in a build.
func TestAPreviewTellsASyncCopyByItsTitleAsABuildDoes(t *testing.T) {
	const orig, copy = "content/ideas/crm.md", "content/ideas/crm (1).md"
	previewMatchesBuild(t, map[string]string{"fokus.toml": "language = \"en\"\n", orig: titled("CRM")}, []previewStep{
		{"the copy made", write(copy, titled("CRM")), []string{copy}},
		{"the original's title changed", write(orig, titled("CRM neu")), []string{orig}},
		{"the original's title back", write(orig, titled("CRM")), []string{orig}},
		{"the copy's title changed", write(copy, titled("CRM 2")), []string{copy}},
		{"the copy's title back", write(copy, titled("crm")), []string{copy}},
		{"the original deleted", remove(orig), []string{orig}},
		{"the copy renamed to the original", rename(copy, orig), []string{copy, orig}},
		{"a copy again, of another title", write(copy, titled("Other")), []string{copy}},
		{"the original takes the copy's title", write(orig, titled("Other")), []string{orig}},
	})
}

// "idee.md " or idee.MD beside an idee.md is told to be merged into it,
// and without one to be renamed to it: the preview tells it anew when
// idee.md comes or goes, as a build does.
func TestAPreviewTellsANameToMergeOrRenameAsIdeeMdComesAndGoes(t *testing.T) {
	const orig = "content/ideas/idee.md"
	for _, name := range []string{"content/ideas/idee.md ", "content/ideas/idee.MD", "content/ideas/idee.md.txt", "content/ideas/idee.txt"} {
		t.Run(name, func(t *testing.T) {
			previewMatchesBuild(t, map[string]string{"fokus.toml": "language = \"en\"\n", name: titled("Idee")}, []previewStep{
				{"idee.md made", write(orig, titled("Idee")), []string{orig}},
				{"idee.md deleted", remove(orig), []string{orig}},
			})
			previewMatchesBuild(t, map[string]string{"fokus.toml": "language = \"en\"\n", orig: titled("Idee"), "content/ideas/other.md": titled("Other")}, []previewStep{
				{"the name made beside idee.md", write(name, titled("Idee")), []string{name}},
				{"idee.md renamed away", rename(orig, "content/ideas/idee-alt.md"), []string{orig, "content/ideas/idee-alt.md"}},
				{"another file renamed to idee.md", rename("content/ideas/other.md", orig), []string{"content/ideas/other.md", orig}},
			})
		})
	}
}

// A link to an idea that fokus reads already is left out with a warning;
// when that idea goes, the link is a broken one, an error, and when it
// comes back, a link left out again, in the preview as in a build.
func TestAPreviewTellsALinkByWhatItLinksTo(t *testing.T) {
	const target, link = "content/ideas/crm.md", "content/ideas/2026/crm.md"
	dir := func(d string) {
		if err := os.MkdirAll(filepath.Join(d, "content", "ideas", "2026"), 0o755); err != nil {
			panic(err)
		}
		if err := os.Symlink("../crm.md", filepath.Join(d, filepath.FromSlash(link))); err != nil {
			panic(err)
		}
	}
	previewMatchesBuild(t, map[string]string{"fokus.toml": "language = \"en\"\n", target: titled("CRM"), "content/teams/sales.md": "+++\ntitle = \"Sales\"\n+++\n"}, []previewStep{
		{"the link made", dir, []string{"content/ideas/2026"}},
		{"the idea it links to deleted", remove(target), []string{target}},
		{"the idea back", write(target, titled("CRM")), []string{target}},
		{"the idea renamed away", rename(target, "content/ideas/crm-alt.md"), []string{target, "content/ideas/crm-alt.md"}},
		{"the idea renamed back", rename("content/ideas/crm-alt.md", target), []string{target, "content/ideas/crm-alt.md"}},
	})
}

func teamText(title string) string { return "+++\ntitle = \"" + title + "\"\n+++\nBody.\n" }
func objectiveText(title, team string) string {
	return "+++\ntitle = \"" + title + "\"\nteam = \"" + team + "\"\nperiod = \"2026-Q4\"\n\n[[key_results]]\ntitle = \"KR\"\nstart = 0\ntarget = 10\ncurrent = 5\n+++\n"
}

// Two teams of one title, two objectives of one team and period of one
// title, a sync program's copies of them, two Hugo page bundles and a
// file named idee.md.md are told in the preview as in a build, after edits
// in every order.
func TestAPreviewTellsFilesOfOneTitleOrNameAsABuildDoes(t *testing.T) {
	cfg := "language = \"en\"\n"
	previewMatchesBuild(t, map[string]string{"fokus.toml": cfg, "content/teams/sales.md": teamText("Sales"), "content/teams/marketing.md": teamText("Marketing")}, []previewStep{
		{"marketing retitled Sales", write("content/teams/marketing.md", teamText("Sales")), []string{"content/teams/marketing.md"}},
		{"marketing body", write("content/teams/marketing.md", teamText("Sales")+"more\n"), []string{"content/teams/marketing.md"}},
		{"back", write("content/teams/marketing.md", teamText("Marketing")), []string{"content/teams/marketing.md"}},
		{"sales (1) copy", write("content/teams/sales (1).md", teamText("Sales")), []string{"content/teams/sales (1).md"}},
		{"sales retitled", write("content/teams/sales.md", teamText("Sales Team")), []string{"content/teams/sales.md"}},
		{"sales deleted", remove("content/teams/sales.md"), []string{"content/teams/sales.md"}},
		{"conflict copy", write("content/teams/marketing (Konflikt 2026-11-28).md", teamText("Marketing")), []string{"content/teams/marketing (Konflikt 2026-11-28).md"}},
		{"marketing gone", rename("content/teams/marketing.md", "content/teams/mkt.md"), []string{"content/teams/marketing.md", "content/teams/mkt.md"}},
		{"marketing back", rename("content/teams/mkt.md", "content/teams/marketing.md"), []string{"content/teams/marketing.md", "content/teams/mkt.md"}},
	})
	previewMatchesBuild(t, map[string]string{"fokus.toml": cfg, "content/teams/sales.md": teamText("Sales"), "content/objectives/a.md": objectiveText("Grow", "sales"), "content/objectives/b.md": objectiveText("Other", "sales")}, []previewStep{
		{"b retitled", write("content/objectives/b.md", objectiveText("Grow", "sales")), []string{"content/objectives/b.md"}},
		{"b body", write("content/objectives/b.md", objectiveText("Grow", "sales")+"x\n"), []string{"content/objectives/b.md"}},
		{"a retitled", write("content/objectives/a.md", objectiveText("Grown", "sales")), []string{"content/objectives/a.md"}},
		{"a (1)", write("content/objectives/a (1).md", objectiveText("Grown", "sales")), []string{"content/objectives/a (1).md"}},
		{"a retitled again", write("content/objectives/a.md", objectiveText("X", "sales")), []string{"content/objectives/a.md"}},
	})
	previewMatchesBuild(t, map[string]string{"fokus.toml": cfg, "content/ideas/x/index.md": titled("X")}, []previewStep{
		{"second bundle", write("content/ideas/y/index.md", titled("Y")), []string{"content/ideas/y"}},
		{"third bundle", write("content/ideas/a/index.md", titled("A")), []string{"content/ideas/a/index.md"}},
		{"first body", write("content/ideas/x/index.md", titled("X")+"more"), []string{"content/ideas/x/index.md"}},
		{"first title", write("content/ideas/a/index.md", titled("AA")), []string{"content/ideas/a/index.md"}},
		{"x renamed", rename("content/ideas/x/index.md", "content/ideas/x/x.md"), []string{"content/ideas/x/index.md", "content/ideas/x/x.md"}},
		{"a deleted", remove("content/ideas/a/index.md"), []string{"content/ideas/a/index.md"}},
		{"idee.md.md", write("content/ideas/idee.md.md", titled("I")), []string{"content/ideas/idee.md.md"}},
		{"idee.md", write("content/ideas/idee.md", titled("I2")), []string{"content/ideas/idee.md"}},
		{"idee.md title", write("content/ideas/idee.md", titled("I")), []string{"content/ideas/idee.md"}},
		{"idee.md.md title", write("content/ideas/idee.md.md", titled("I3")), []string{"content/ideas/idee.md.md"}},
		{"idee.md gone", remove("content/ideas/idee.md"), []string{"content/ideas/idee.md"}},
		{"crm konflikt", write("content/ideas/crm (Konflikt 2026-11-28).md", titled("C")), []string{"content/ideas/crm (Konflikt 2026-11-28).md"}},
		{"crm", write("content/ideas/crm.md", titled("C")), []string{"content/ideas/crm.md"}},
		{"crm title", write("content/ideas/crm.md", titled("D")), []string{"content/ideas/crm.md"}},
		{"konflikt title", write("content/ideas/crm (Konflikt 2026-11-28).md", titled("D")), []string{"content/ideas/crm (Konflikt 2026-11-28).md"}},
		{"crm (1) of same title", write("content/ideas/crm (1).md", titled("D")), []string{"content/ideas/crm (1).md"}},
		{"crm title again", write("content/ideas/crm.md", titled("E")), []string{"content/ideas/crm.md"}},
		{"crm gone", remove("content/ideas/crm.md"), []string{"content/ideas/crm.md"}},
	})
}

// A file saved where the folder of ideas belongs is an error in the
// preview as in a build, not a site without its ideas and no word.
func TestAPreviewTellsAFileWhereAFolderBelongsAsABuildDoes(t *testing.T) {
	cfg := "language = \"en\"\n"
	previewMatchesBuild(t, map[string]string{"fokus.toml": cfg, "content/teams/sales.md": teamText("Sales"), "content/ideas/a.md": titled("A")}, []previewStep{
		{"ideas folder replaced by a file", func(dir string) {
			remove("content/ideas/a.md")(dir)
			remove("content/ideas")(dir)
			write("content/ideas", titled("A"))(dir)
		}, []string{"content/ideas"}},
		{"the file edited", write("content/ideas", titled("B")), []string{"content/ideas"}},
		{"the folder back", func(dir string) {
			remove("content/ideas")(dir)
			write("content/ideas/a.md", titled("A"))(dir)
		}, []string{"content/ideas"}},
		{"objectives as a file", write("content/objectives", "x"), []string{"content/objectives"}},
	})
}

// A link of an objective's file kept in a folder per team with a "../" too
// many (../../../ideas/y.md, ../../../ideas/y/skizze.png) is told the path
// that leads to the idea's file wherever it is, or to the file its page
// publishes, in the preview as in a build, as the idea moves into a
// sub-folder, stops showing its picture, goes and comes back, and as the
// objective moves out of its team's folder.
func TestAPreviewTellsALinkWithADotDotTooManyAsABuildDoes(t *testing.T) {
	const o, y, y2 = "content/objectives/sales/mehr.md", "content/ideas/y.md", "content/ideas/2026/y.md"
	links := "[Y](../../../ideas/y.md) ![S](../../../ideas/y/skizze.png)\n"
	shows := titled("Y") + "![S](skizze.png)\n"
	md := func(from, to, file, write string) string {
		return from + ":12:1: warning: this link leads out of content/, to " + to + ", where fokus finds no content file: a link to a content file starts from the folder of this file, " +
			path.Dir(from) + "/; the idea \"y\" (" + file + ") is " + write + " from there, which leads to its page"
	}
	const image = o + ":12:26: warning: this image leads to ../ideas/y/skizze.png, above the site's root, beside the site where it is hosted; a page's links start from its page (objectives/mehr/), not from its file: for this site's ideas/y/skizze.png, write ../../ideas/y/skizze.png"
	previewMatchesBuildWith(t, map[string]string{"fokus.toml": "language = \"en\"\n", "content/teams/sales.md": teamText("Sales"),
		o: objectiveText("Mehr", "sales") + links, y: shows, "content/ideas/skizze.png": "PNG"}, []previewStep{
		{"a body edit", write(o, objectiveText("Mehr", "sales")+links+"More.\n"), []string{o}},
		{"the idea moved into a sub-folder", func(dir string) { write(y2, shows)(dir); remove(y)(dir) }, []string{y, y2}},
		{"the picture moved with it", rename("content/ideas/skizze.png", "content/ideas/2026/skizze.png"), []string{"content/ideas/skizze.png", "content/ideas/2026/skizze.png"}},
		{"the picture no longer shown", write(y2, titled("Y")), []string{y2}},
		{"the idea gone", remove(y2), []string{y2}},
		{"the idea back, showing its picture", write(y2, shows), []string{y2}},
		{"the objective out of its team's folder", rename(o, "content/objectives/mehr.md"), []string{o, "content/objectives/mehr.md"}},
	}, map[string][]string{
		"a body edit":                            {md(o, "ideas/y.md", y, "../../ideas/y.md"), image},
		"the picture moved with it":              {md(o, "ideas/y.md", y2, "../../ideas/2026/y.md"), image},
		"the idea back, showing its picture":     {image},
		"the objective out of its team's folder": {md("content/objectives/mehr.md", "../ideas/y.md", y2, "../ideas/2026/y.md")},
	})
}
