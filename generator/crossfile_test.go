package generator

import (
	"os"
	"path/filepath"
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
		compare(s.what, b.Model(now).Diagnostics.String())
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
	for _, name := range []string{"content/ideas/idee.md ", "content/ideas/idee.MD", "content/ideas/idee.md.txt"} {
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

// A file saved where the folder of ideas belongs is an error in the
// preview as in a build, not a site without its ideas and no word.
func TestAPreviewTellsAFileWhereAFolderBelongsAsABuildDoes(t *testing.T) {
	cfg := "language = \"en\"\n"
	previewMatchesBuild(t, map[string]string{"fokus.toml": cfg, "content/teams/sales.md": "+++\ntitle = \"Sales\"\n+++\n", "content/ideas/a.md": titled("A")}, []previewStep{
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
