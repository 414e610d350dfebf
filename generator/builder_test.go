package generator

import (
	"bytes"
	"errors"
	"fmt"
	"fokus/generator/render"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fokus/generator/content"
	"fokus/generator/diag"
	"fokus/generator/internal/corpus"
	"fokus/generator/internal/testfs"
	"fokus/generator/internal/testsite"
)

// A Builder patches its last model after edits of bodies and of one idea's
// front matter, and builds a new one after other edits. Either way the result must be what a builder
// that reads everything afresh gives: the same diagnostics, the same pages.
func TestBuilderAfterEditsMatchesAFreshBuild(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, 60, 3); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	b := NewBuilder(Options{Source: os.DirFS(dir)})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	res := b.Model(now)
	if res.Failed() {
		t.Fatal(res.Diagnostics)
	}
	// Ideas of the corpus: one accepted with a score, one just proposed.
	var accepted, proposed string
	entries, err := os.ReadDir(filepath.Join(dir, "content", "ideas"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(dir, "content", "ideas", e.Name()))
		text := string(data)
		switch {
		case accepted == "" && strings.Contains(text, "status = \"accepted\"") && strings.Contains(text, "[score]"):
			accepted = "content/ideas/" + e.Name()
		case proposed == "" && strings.Contains(text, "status = \"proposed\""):
			proposed = "content/ideas/" + e.Name()
		}
	}
	if accepted == "" || proposed == "" {
		t.Fatal("the corpus has no accepted idea with a score or no proposed idea")
	}
	team, objective := "content/teams/team-1.md", ""
	if entries, err = os.ReadDir(filepath.Join(dir, "content", "objectives", "team-1")); err != nil || len(entries) == 0 {
		t.Fatal("no objectives of team-1", err)
	}
	objective = "content/objectives/team-1/" + entries[0].Name()
	// The title of the proposed idea, and an objective of the period before.
	data, _ := os.ReadFile(filepath.Join(dir, proposed))
	proposedTitle := regexp.MustCompile(`(?m)^title = "(.*)"$`).FindStringSubmatch(string(data))[1]
	olds, _ := filepath.Glob(filepath.Join(dir, "content", "objectives", "*", "*.md"))
	olds = slices.DeleteFunc(olds, func(p string) bool {
		data, _ := os.ReadFile(p)
		return !strings.Contains(string(data), `period = "2026-Q3"`)
	})
	if len(olds) == 0 {
		t.Fatal("no objective of 2026-Q3")
	}
	oldObjective := strings.TrimSuffix(filepath.Base(olds[0]), ".md")
	appendBody := func(text string) func(string) string {
		return func(s string) string { return s + text }
	}
	set := func(key, value string) func(string) string {
		re := regexp.MustCompile(`(?m)^` + key + ` = .*$`)
		return func(s string) string { return re.ReplaceAllLiteralString(s, key+" = "+value) }
	}
	then := func(edits ...func(string) string) func(string) string {
		return func(s string) string {
			for _, e := range edits {
				s = e(s)
			}
			return s
		}
	}
	type edits = map[string]func(string) string
	steps := []struct {
		name    string
		edits   edits
		patched bool
		has     string // in a diagnostic, if set
	}{
		{"an idea's body", edits{accepted: appendBody("\nOne more sentence.\n")}, true, ""},
		{"a body with a link to a page the site does not have", edits{accepted: appendBody("\nSee [old](../gone/).\n")}, true, `the idea "gone" (ideas/gone/)`},
		{"a body with an image that is a warning", edits{accepted: appendBody("\n![plan](img/plan.png)\n")}, true, "ideas/gone/"},
		{"the image gone again, and a team's and an objective's bodies", edits{
			accepted:  func(s string) string { return strings.Replace(s, "\n![plan](img/plan.png)\n", "", 1) },
			team:      appendBody("\nWe moved to the second floor.\n"),
			objective: appendBody("\n## Notes\n\nOn track.\n"),
		}, true, "ideas/gone/"},
		{"an idea's author, and the link right", edits{accepted: then(set("author", `"Dr. A. Muster"`),
			func(s string) string {
				return strings.Replace(s, "../gone/", "../"+strings.TrimSuffix(filepath.Base(proposed), ".md")+"/", 1)
			})}, true, ""},
		{"its score, so its rank", edits{accepted: set("value", "1")}, true, ""},
		{"its status, to in progress", edits{accepted: set("status", `"in-progress"`)}, true, ""},
		{"its teams, now shared", edits{accepted: set("teams", `["team-1", "team-2"]`)}, true, ""},
		{"an unknown team, an error", edits{accepted: set("teams", `["team-99"]`)}, true, ""},
		{"the team right again, and another idea's body", edits{accepted: set("teams", `["team-3"]`), proposed: appendBody("\nMore.\n")}, true, ""},
		{"done, so no longer ranked", edits{accepted: set("status", `"done"`)}, true, ""},
		{"accepted again", edits{accepted: set("status", `"accepted"`)}, true, ""},
		{"made a draft", edits{accepted: set("author", "\"A\"\ndraft = true")}, false, ""},
		{"a draft no more", edits{accepted: set("draft", "false")}, false, ""},
		{"two ideas' front matter", edits{accepted: set("status", `"done"`), proposed: set("status", `"rejected"`)}, false, ""},
		{"an objective's front matter", edits{objective: set("title", `"Renamed"`)}, false, ""},
		{"a front matter edit once more", edits{proposed: then(set("status", `"assessing"`), appendBody("\nAnd another.\n"))}, true, ""},
		{"a decision that stops another idea", edits{accepted: set("stops", `["`+strings.TrimSuffix(filepath.Base(proposed), ".md")+`"]`)}, true, ""},
		{"that decision's date", edits{accepted: set("date", "2026-11-20")}, true, ""},
		// The rules' findings are kept per document (site.applyRules):
		// each edit that changes what they read words them again.
		{"the stopped idea in progress", edits{proposed: set("status", `"in-progress"`)}, true, "still-running"},
		{"the stop names it by its title", edits{accepted: set("stops", `["`+proposedTitle+`"]`)}, true, "still-running"},
		{"the stopped idea retitled", edits{proposed: set("title", `"Ganz neu"`)}, false, ""},
		{"the decision that stops it rejected", edits{accepted: set("status", `"rejected"`)}, true, ""},
		{"accepted once more, for an objective of a period that is over", edits{accepted: then(set("status", `"accepted"`),
			func(s string) string {
				return regexp.MustCompile(`(?m)^objectives = .*\n`).ReplaceAllLiteralString(s, "")
			},
			set("author", `"A"`+"\nobjectives = [\""+oldObjective+`"]`))}, true, "periods that are over"},
		{"rules made errors or switched off", edits{"fokus.toml": appendBody("\n[rules]\nstill-running = \"error\"\nunaligned = \"off\"\nunassessed = \"error\"\n")}, false, ""},
		{"a save under those rules", edits{proposed: set("status", `"assessing"`)}, true, "still-running"},
		{"the rules as they were", edits{"fokus.toml": func(s string) string { return s[:strings.Index(s, "\n[rules]")] }}, false, ""},
		{"a save once more", edits{proposed: set("status", `"in-progress"`)}, true, "still-running"},
	}
	// What the preview serves: each render's pages, and the kept pages of
	// the render before (see Builder.Render).
	served, _, err := b.Render(res.Site)
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range steps {
		var paths []string
		for p, edit := range step.edits {
			data, err := os.ReadFile(filepath.Join(dir, p))
			if err != nil {
				t.Fatal(err)
			}
			edited := edit(string(data))
			if edited == string(data) {
				t.Fatalf("%s: the edit of %s changes nothing", step.name, p)
			}
			if err := os.WriteFile(filepath.Join(dir, p), []byte(edited), 0o644); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, p)
		}
		slices.Sort(paths)
		if _, _, err := b.Update(paths); err != nil {
			t.Fatal(err)
		}
		prev := res.Site
		res = b.Model(now)
		if patched := res.Site == prev; patched != step.patched {
			t.Errorf("%s: model patched = %v, want %v", step.name, patched, step.patched)
		}
		if got := res.Diagnostics.String(); step.has != "" && !strings.Contains(got, step.has) {
			t.Errorf("%s: no diagnostic says %s:\n%s", step.name, step.has, got)
		}
		if step.has == "" && strings.Contains(res.Diagnostics.String(), "ideas/gone/") {
			t.Errorf("%s: the link to ideas/gone/ is still reported", step.name)
		}
		served = sameAsAFreshBuild(t, step.name, b, res, os.DirFS(dir), now, served)
	}
}

// sameAsAFreshBuild checks that res, the model that b gave after edits of
// source, and its pages, with those it kept from served (what the preview
// served before, see Builder.Render), are what a builder that reads source
// afresh gives; it returns the pages that the preview serves now.
func sameAsAFreshBuild(t *testing.T, name string, b *Builder, res *Result, source fs.FS, now time.Time, served render.Output) render.Output {
	t.Helper()
	fresh := NewBuilder(Options{Source: source})
	if err := fresh.Reload(); err != nil {
		t.Fatal(err)
	}
	want := fresh.Model(now)
	if got, want := res.Diagnostics.String(), want.Diagnostics.String(); got != want {
		t.Errorf("%s: diagnostics\n%s\nwant\n%s", name, got, want)
	}
	got, kept, err := b.Render(res.Site)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range kept {
		got[p] = served[p]
	}
	whole, err := fresh.theme.Render(want.Site)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(whole) {
		t.Fatalf("%s: %d files, a fresh build has %d", name, len(got), len(whole))
	}
	for p, data := range whole {
		if !bytes.Equal(got[p], data) {
			t.Errorf("%s: %s differs from a fresh build's", name, p)
		}
	}
	return got
}

// failingDir is a file system whose folder fails to be listed while broken
// is set, as an unreadable folder does.
type failingDir struct {
	fs.FS
	dir    string
	broken *bool
}

func (f failingDir) ReadDir(name string) ([]fs.DirEntry, error) {
	if *f.broken && name == f.dir {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return fs.ReadDir(f.FS, name)
}

// After a Reload that could not read a folder of the content, the builder
// holds part of the site, with an error at that folder: the next change of
// any one file reads everything again, which finds the folder's files once
// it can be read (QA: the preview showed one idea).
func TestBuilderReadsEverythingAfterAFailedReload(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, 20, 3); err != nil {
		t.Fatal(err)
	}
	broken := true
	b := NewBuilder(Options{Source: failingDir{os.DirFS(dir), "content/objectives", &broken}})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	if got := b.Model(time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)).Diagnostics.String(); !strings.Contains(got, "content/objectives:1:1: error: cannot read it (permission denied)") {
		t.Fatalf("no error at the folder that cannot be read:\n%s", got)
	}
	broken = false
	p := "content/ideas/new.md"
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(p)), []byte("+++\ntitle = \"New\"\nsubmitted = 2026-11-20\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, reloaded, err := b.Update([]string{p})
	if err != nil || !reloaded {
		t.Fatalf("Update after a failed Reload: reloaded %v, err %v; want everything read again", reloaded, err)
	}
	res := b.Model(time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC))
	if len(res.Site.Ideas) != 21 || len(res.Site.Objectives) != 2 || len(res.Site.Teams) == 0 {
		t.Errorf("site after the fix: %d ideas, %d objectives, %d teams; want 21, 2 and all teams", len(res.Site.Ideas), len(res.Site.Objectives), len(res.Site.Teams))
	}
}

// What content.List treats in its own way, a link to a folder, is left to
// it: the preview then warns as a build does instead of following the link.
// A file saved with the same bytes is no change at all.
func TestBuilderUpdateLeavesLinksToListAndSkipsUnchangedFiles(t *testing.T) {
	dir, b := corpusBuilder(t)
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	ideas := len(b.Model(now).Site.Ideas)

	entries, _ := os.ReadDir(filepath.Join(dir, "content", "ideas"))
	var some string
	for _, e := range entries {
		if !e.IsDir() {
			some = "content/ideas/" + e.Name()
			break
		}
	}
	data, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(some)))
	os.WriteFile(filepath.Join(dir, filepath.FromSlash(some)), data, 0o644)
	if changed, reloaded, err := b.Update([]string{some}); err != nil || reloaded || len(changed) != 0 {
		t.Errorf("a file saved unchanged: changed %v, reloaded %v, err %v; want no change", changed, reloaded, err)
	}

	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "linked.md"), []byte("+++\ntitle = \"Linked\"\nsubmitted = 2026-11-20\n+++\n"), 0o644)
	if err := os.Symlink(other, filepath.Join(dir, "content", "ideas", "shared")); err != nil {
		t.Fatal(err)
	}
	if _, reloaded, err := b.Update([]string{"content/ideas/shared"}); err != nil || !reloaded {
		t.Fatalf("a link to a folder: reloaded %v, err %v; want everything read again", reloaded, err)
	}
	res := b.Model(now)
	if len(res.Site.Ideas) != ideas {
		t.Errorf("%d ideas after a link to a folder, want %d: the link is not followed", len(res.Site.Ideas), ideas)
	}
	warned := false
	for _, d := range res.Diagnostics {
		warned = warned || d.Path == "content/ideas/shared" && strings.Contains(d.Message, "link to a folder")
	}
	if !warned {
		t.Errorf("no warning at the link:\n%s", res.Diagnostics)
	}
}

// A text file saved among the ideas with front matter (Notepad's "Neue
// Idee.txt") is warned about in the preview as a build warns, and the
// warning goes with the file.
func TestBuilderWarnsOfATextFileMeantAsContentAsABuildDoes(t *testing.T) {
	dir, b := corpusBuilder(t)
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	const txt = "content/ideas/Neue Idee.txt"
	const want = "content/ideas/Neue Idee.txt:1:1: warning: ignored: fokus reads files ending in .md; rename it to Neue Idee.md"
	os.WriteFile(filepath.Join(dir, filepath.FromSlash(txt)), []byte("+++\ntitle = \"Neu\"\nsubmitted = 2026-11-20\n+++\n"), 0o644)
	if _, _, err := b.Update([]string{txt}); err != nil {
		t.Fatal(err)
	}
	if got := b.Model(now).Diagnostics.String(); !strings.Contains(got, want) {
		t.Errorf("after the file was saved, no diagnostic says %s:\n%s", want, got)
	}
	os.Remove(filepath.Join(dir, filepath.FromSlash(txt)))
	if _, _, err := b.Update([]string{txt}); err != nil {
		t.Fatal(err)
	}
	if got := b.Model(now).Diagnostics.String(); strings.Contains(got, "Neue Idee.txt") {
		t.Errorf("after the file was removed, a diagnostic still names it:\n%s", got)
	}
}

// An idea saved into content/ instead of content/ideas/ is told in the
// preview, as a build tells it, where to move it.
func TestBuilderSaysWhereAFileOutsideTheFoldersBelongsAsABuildDoes(t *testing.T) {
	dir, b := corpusBuilder(t)
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	const md = "content/webinar.md"
	const want = "content/webinar.md:1:1: warning: ignored: this file holds an idea (it has submitted), and fokus reads ideas from content/ideas/ only: move it to content/ideas/webinar.md"
	os.WriteFile(filepath.Join(dir, filepath.FromSlash(md)), []byte("+++\ntitle = \"Neu\"\nsubmitted = 2026-11-20\n+++\n"), 0o644)
	if _, _, err := b.Update([]string{md}); err != nil {
		t.Fatal(err)
	}
	if got := b.Model(now).Diagnostics.String(); !strings.Contains(got, want) {
		t.Errorf("after the file was saved, no diagnostic says %s:\n%s", want, got)
	}
}

// noRead is a file system whose file cannot be opened, as one without read
// permission.
type noRead struct {
	fs.FS
	file string
}

func (f noRead) Open(name string) (fs.File, error) {
	if name == f.file {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.FS.Open(name)
}

// A file that cannot be read is reported once, as a build reports it; the
// documents that refer to it do not get "unknown team" on top.
func TestBuilderReportsAnUnreadableFileAsCheckDoes(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, 20, 3); err != nil {
		t.Fatal(err)
	}
	src := noRead{os.DirFS(dir), "content/teams/team-1.md"}
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	want, err := Check(Options{Source: src, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	b := NewBuilder(Options{Source: src})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	if got, want := errorsOf(b.Model(now).Diagnostics), errorsOf(want.Diagnostics); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("preview's errors:\n%s\nbuild's:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A named pipe among the content is skipped with a warning: reading it would
// wait for a writer forever, and the preview froze with it (QA).
func TestANamedPipeInTheContentIsSkipped(t *testing.T) {
	dir, b := corpusBuilder(t)
	pipe := "content/ideas/pipe.md"
	testfs.Mkfifo(t, filepath.Join(dir, filepath.FromSlash(pipe)))
	done := make(chan string, 2)
	go func() {
		res, err := Check(Options{Source: os.DirFS(dir), Now: time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)})
		if err != nil {
			done <- err.Error()
			return
		}
		done <- res.Diagnostics.String()
	}()
	go func() {
		if _, reloaded, err := b.Update([]string{pipe}); err != nil || !reloaded {
			done <- fmt.Sprintf("Update: reloaded %v, err %v", reloaded, err)
			return
		}
		done <- b.Model(time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)).Diagnostics.String()
	}()
	for range 2 {
		select {
		case got := <-done:
			if !strings.Contains(got, pipe+":1:1: warning: ignored: not a plain file") {
				t.Errorf("diagnostics lack the pipe's warning:\n%s", got)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("reading the content waits on the named pipe")
		}
	}
}

// corpusBuilder writes a generated site of 20 ideas to a folder and returns
// it with a builder that has read it.
func corpusBuilder(t *testing.T) (string, *Builder) {
	t.Helper()
	dir := t.TempDir()
	if err := corpus.Write(dir, 20, 3); err != nil {
		t.Fatal(err)
	}
	b := NewBuilder(Options{Source: os.DirFS(dir)})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	return dir, b
}

// A stop that names an idea by its title follows title edits in the
// preview as in a build: an idea renamed away from the title a stop names
// is no longer stopped, and one renamed to it is (review).
func TestAStopByTitleFollowsTitleEditsInThePreview(t *testing.T) {
	a := func(stop string) string {
		return "+++\ntitle = \"A\"\nsubmitted = 2026-11-01\nstatus = \"accepted\"\n[decision]\ndate = 2026-11-02\nby = \"X\"\nrationale = \"Y\"\nstops = [\"" + stop + "\"]\n+++\n"
	}
	b := func(title string) string { return "+++\ntitle = \"" + title + "\"\nsubmitted = 2026-11-01\n+++\n" }
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/ideas/a.md": {Data: []byte(a("Cold calls"))},
		"content/ideas/b.md": {Data: []byte(b("Cold calls"))},
		"content/ideas/c.md": {Data: []byte(b("Other"))},
	}
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	builder := NewBuilder(Options{Source: fsys})
	if err := builder.Reload(); err != nil {
		t.Fatal(err)
	}
	stops := func(res *Result) string {
		var out []string
		for _, s := range res.Site.Idea("a").Stops {
			if s.Idea != nil {
				out = append(out, "idea "+s.Idea.Slug)
			} else {
				out = append(out, "text "+s.Text)
			}
		}
		return strings.Join(out, ", ")
	}
	for _, step := range []struct{ file, data string }{
		{"content/ideas/b.md", b("Warm calls")}, // away from the title a stop names
		{"content/ideas/a.md", a("Warm calls")}, // a stop names the new title
		{"content/ideas/c.md", b("Other idea")}, // a title no stop names
		{"content/ideas/c.md", b("Warm Calls")}, // now two ideas have the title
		{"content/ideas/b.md", b("Hot calls")},  // and one again
	} {
		fsys[step.file] = &fstest.MapFile{Data: []byte(step.data)}
		if _, _, err := builder.Update([]string{step.file}); err != nil {
			t.Fatal(err)
		}
		got := stops(builder.Model(now))
		fresh, err := Check(Options{Source: fsys, Now: content.Day(2026, 11, 26), NowDay: true})
		if err != nil {
			t.Fatal(err)
		}
		if want := stops(fresh); got != want {
			t.Errorf("after %s: the preview has a stopping %s, a build %s", strings.TrimSpace(step.data[strings.Index(step.data, "title"):strings.Index(step.data, "\nsubmitted")]), got, want)
		}
	}
}

// An objective's page lists its ideas in a table as wide as the site's
// longest score and its teams' longest word make every idea table (see
// render.Page.ScoreWidth): an edit of an idea or a team that the page does
// not show changes them, and the preview renders the page again (QA: it
// kept the score column of the score before, where a build had the new).
func TestAnObjectivesIdeasFollowTheSitesWidestScoreAndTeamInThePreview(t *testing.T) {
	other := func(jobSize string) string {
		return "+++\ntitle = \"Other\"\nsubmitted = 2026-11-01\n[score]\nvalue = 20\ntime_criticality = 1\nrisk_reduction = 2\njob_size = " + jobSize + "\n+++\n"
	}
	team := func(title string) string { return "+++\ntitle = \"" + title + "\"\n+++\n" }
	fsys := fstest.MapFS{
		"fokus.toml":                   {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":           {Data: []byte(team("A"))},
		"content/teams/b.md":           {Data: []byte(team("B"))},
		"content/objectives/a/grow.md": {Data: []byte("+++\ntitle = \"Grow\"\nteam = \"a\"\nperiod = \"2026-Q4\"\n[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 10\n+++\n")},
		"content/ideas/contributes.md": {Data: []byte("+++\ntitle = \"Contributes\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nobjectives = [\"grow\"]\n[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 1\n+++\n")},
		"content/ideas/other.md":       {Data: []byte(other("3"))},
	}
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	b := NewBuilder(Options{Source: fsys})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	res := b.Model(now)
	if res.Failed() {
		t.Fatal(res.Diagnostics)
	}
	served, _, err := b.Render(res.Site)
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct{ name, file, data string }{
		{"the widest score narrower", "content/ideas/other.md", other("1")}, // 7.67 to 23
		{"a team's name of a longer word", "content/teams/b.md", team("Geschäftskundenbetreuung")},
	} {
		fsys[step.file] = &fstest.MapFile{Data: []byte(step.data)}
		if _, _, err := b.Update([]string{step.file}); err != nil {
			t.Fatal(err)
		}
		res = b.Model(now)
		served = sameAsAFreshBuild(t, step.name, b, res, fsys, now, served)
	}
}

// A picture put into static/ while the preview runs is published, and the
// warning of the body that shows it goes, without a save of the body.
func TestBuilderPublishesAPictureAddedToStatic(t *testing.T) {
	dir, b := corpusBuilder(t)
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	const bild = "content/ideas/bild.md"
	os.WriteFile(filepath.Join(dir, bild), []byte("+++\ntitle = \"Bild\"\nsubmitted = 2026-11-20\n+++\n![Plan](../../img/plan.png)\n"), 0o644)
	if _, _, err := b.Update([]string{bild}); err != nil {
		t.Fatal(err)
	}
	missing := func() bool {
		return strings.Contains(b.Model(now).Diagnostics.String(), bild+":5:1: warning: this image will not show")
	}
	if !missing() {
		t.Fatal("no warning for the picture that is not there")
	}
	os.MkdirAll(filepath.Join(dir, "static", "img"), 0o755)
	os.WriteFile(filepath.Join(dir, "static", "img", "plan.png"), []byte("PNG"), 0o644)
	if _, reloaded, err := b.Update([]string{"static/img/plan.png"}); err != nil || !reloaded {
		t.Fatalf("a file of static/: reloaded %v, err %v; want the theme and the site read again", reloaded, err)
	}
	if missing() {
		t.Error("the warning stays after the picture was put into static/")
	}
	out, _, err := b.Render(b.Model(now).Site)
	if err != nil || string(out["img/plan.png"]) != "PNG" {
		t.Errorf("img/plan.png = %q (%v)", out["img/plan.png"], err)
	}
}

// A render of the whole site stopped for newer changes serves nothing, and
// the next render renders every page whose inputs changed since the last
// render that finished, no more: the preview stops a stale render when a
// save comes (serve QA).
func TestARenderStoppedForNewerChangesLeavesItsPagesToTheNext(t *testing.T) {
	dir, b := corpusBuilder(t)
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	if _, _, err := b.Render(b.Model(now).Site); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "content", "ideas"))
	var name string
	for _, e := range entries {
		if !e.IsDir() {
			name = e.Name()
			break
		}
	}
	p := "content/ideas/" + name
	data, _ := os.ReadFile(filepath.Join(dir, "content", "ideas", name))
	os.WriteFile(filepath.Join(dir, "content", "ideas", name), append(data, "\nA new sentence.\n"...), 0o644)
	if _, _, err := b.Update([]string{p}); err != nil {
		t.Fatal(err)
	}
	calls := 0
	out, _, err := b.RenderUntil(b.Model(now).Site, func() bool { calls++; return calls > 3 })
	if !errors.Is(err, render.ErrStopped) || out != nil {
		t.Fatalf("a stopped render: %d files, err %v; want none and render.ErrStopped", len(out), err)
	}
	out, kept, err := b.Render(b.Model(now).Site)
	if err != nil {
		t.Fatal(err)
	}
	page := "ideas/" + strings.TrimSuffix(name, ".md") + "/index.html"
	if !strings.Contains(string(out[page]), "A new sentence.") {
		t.Errorf("the edited idea's page is not rendered after the stopped render")
	}
	// Pages whose inputs did not change are kept, as after any render.
	if len(kept) == 0 {
		t.Errorf("after the stopped render all %d files were rendered again, none kept", len(out))
	}
}

// endlessFS serves the file endless as /proc serves its files: of size 0
// and plain, and read, without end (here: twice content.MaxFileSize).
type endlessFS struct {
	fs.FS
	endless string
}

func (e endlessFS) Open(name string) (fs.File, error) {
	f, err := e.FS.Open(name)
	if err != nil || name != e.endless {
		return f, err
	}
	return &endlessFile{File: f}, nil
}

type endlessFile struct {
	fs.File
	read int
}

func (f *endlessFile) Read(p []byte) (int, error) {
	if f.read >= 2*content.MaxFileSize {
		return 0, io.EOF
	}
	n := min(len(p), 2*content.MaxFileSize-f.read)
	clear(p[:n])
	f.read += n
	return n, nil
}

// A link in content/ may lead to any file of the machine, and
// /proc/self/pagemap reads without end: the build, the check and the
// preview ran out of memory and ended (security review). Such a file is an
// error at it, in a build and in the preview's builder alike.
func TestAFileWithoutEndIsAnErrorNotTheEndOfTheBuild(t *testing.T) {
	src := endlessFS{testsite.MapFS(validSite + "-- content/ideas/endless.md --\n"), "content/ideas/endless.md"}
	want := "content/ideas/endless.md:1:1: error: cannot read: the file is larger than 64 MiB"
	res, err := Build(Options{Source: src, Now: testNow, NowDay: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Diagnostics.String(), want) {
		t.Errorf("build: diagnostics\n%s\nwant %q", res.Diagnostics, want)
	}
	b := NewBuilder(Options{Source: src})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	if got := b.Model(testNow).Diagnostics.String(); !strings.Contains(got, want) {
		t.Errorf("preview: diagnostics\n%s\nwant %q", got, want)
	}
}

// A link in content/ to a file of /proc reads what is no content, and
// /proc/kmsg, read as root as in many CI jobs, never ends: the check hung
// (security review). A link out of the site's folder is not read at all,
// and one to a file that says it is empty, as those of /proc and /sys do,
// is an error at the link, unread, in a build and in the preview's
// builder; an empty file of the site's own is read as ever.
func TestALinkToASystemFileIsAnErrorUnread(t *testing.T) {
	if _, err := os.Stat("/proc/self/environ"); err != nil {
		t.Skip("no /proc here")
	}
	dir := t.TempDir()
	if err := testsite.Write(dir, validSite+"-- content/ideas/empty.md --\n"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"environ.md": "/proc/self/environ", "linked-empty.md": "../../empty.md"} {
		if err := os.Symlink(target, filepath.Join(dir, "content/ideas", link)); err != nil {
			t.Fatal(err)
		}
	}
	const unread = "error: cannot read: it is a link to a file of size 0"
	const out = "warning: ignored: a link to /proc/self/environ, an absolute path"
	want := []string{"content/ideas/environ.md:1:1: " + out, "content/ideas/linked-empty.md:1:1: " + unread}
	check := func(what string, diags []string) {
		t.Helper()
		var got []string
		for _, d := range diags {
			for _, w := range []string{unread, out} {
				if strings.Contains(d, w) {
					got = append(got, d[:strings.Index(d, w)+len(w)])
				}
			}
			if strings.HasPrefix(d, "content/ideas/empty.md") && strings.Contains(d, unread) {
				t.Errorf("%s: the site's own empty file is taken for a link: %s", what, d)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %q, want %q", what, got, want)
		}
	}
	res, err := Check(Options{Source: os.DirFS(dir), Now: testNow, NowDay: true})
	if err != nil {
		t.Fatal(err)
	}
	check("check", strs(res.Diagnostics))
	b := NewBuilder(Options{Source: os.DirFS(dir), Now: testNow, NowDay: true})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	m := b.Model(testNow)
	check("preview", strs(m.Diagnostics))
}

func strs(l diag.List) []string {
	out := make([]string, len(l))
	for i, d := range l {
		out[i] = d.String()
	}
	return out
}

// The preview keeps a page whose inputs did not change since the last
// render, and its inputs name documents by their addresses. An edit that
// leaves the site with errors is not rendered; once its document is freed,
// the fix may be parsed into the same address, and the pages that show
// the idea (the page of the idea that stops it, the objective's) were kept
// with the title from before the failed edit. Each round gives the
// collector that chance; it took a few rounds at most.
func TestPagesShowingAnIdeaFollowItsFixAfterAnEditWithErrors(t *testing.T) {
	fsys := testsite.MapFS(`
-- fokus.toml --
language = "en"
-- content/teams/sales.md --
+++
title = "Sales"
+++
-- content/objectives/grow.md --
+++
title = "Grow"
team = "sales"
period = "2026-Q4"

[[key_results]]
title = "Leads"
start = 0
target = 10
current = 4
+++
-- content/ideas/x.md --
+++
title = "Title 0"
submitted = 2026-11-01
objectives = ["grow"]
+++
-- content/ideas/y.md --
+++
title = "Stopper"
submitted = 2026-11-01
status = "accepted"

[decision]
date = 2026-11-05
by = "Board"
rationale = "Room."
stops = ["x"]
+++
`)
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	b := NewBuilder(Options{Source: fsys})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	served, _, err := b.Render(b.Model(now).Site)
	if err != nil {
		t.Fatal(err)
	}
	save := func(text string) {
		fsys["content/ideas/x.md"] = &fstest.MapFile{Data: []byte(text), Mode: 0o644}
		if _, _, err := b.Update([]string{"content/ideas/x.md"}); err != nil {
			t.Fatal(err)
		}
	}
	for n := range 50 {
		save(fmt.Sprintf("+++\ntitle = \"Half typed %d\"\nsubmitted = 2026-11-01\nobjectives = [\"grow\"]\n\n[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 0\n+++\n", n))
		if res := b.Model(now); !res.Failed() {
			t.Fatal("a job_size of 0 is no error")
		}
		runtime.GC()
		title := fmt.Sprintf("Title %d", n+1)
		save("+++\ntitle = \"" + title + "\"\nsubmitted = 2026-11-01\nobjectives = [\"grow\"]\n+++\n")
		res := b.Model(now)
		if res.Failed() {
			t.Fatal(res.Diagnostics)
		}
		out, _, err := b.Render(res.Site)
		if err != nil {
			t.Fatal(err)
		}
		maps.Copy(served, out)
		for _, page := range []string{"ideas/y/index.html", "objectives/grow/index.html"} {
			if !strings.Contains(string(served[page]), title) {
				t.Fatalf("after %d fixed edits, %s does not show the idea's new title %q", n+1, page, title)
			}
		}
	}
}

// LastGood is the model of the last Model that did not fail, built anew:
// a preview shows the errors of a save over it when the save came before
// that model's pages were rendered. It must be that version's site whether
// the failing Models patched it in place or built new ones, and leave the
// builder to model the files as they are.
func TestBuilderLastGoodIsTheLastGoodVersion(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, `
-- fokus.toml --
title = "Last good"
language = "en"
period = "2026-Q4"
-- content/teams/sales.md --
+++
title = "Sales"
capacity = 10
+++
-- content/ideas/crm.md --
+++
title = "Clean the CRM"
submitted = 2026-11-01
teams = ["sales"]
+++
-- content/ideas/webinar.md --
+++
title = "Webinar series"
submitted = 2026-11-02
teams = ["sales"]
+++
`); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	write := func(p, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, p), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	crm := func(title, team string) string {
		return fmt.Sprintf("+++\ntitle = %q\nsubmitted = 2026-11-01\nteams = [%q]\n+++\n", title, team)
	}
	b := NewBuilder(Options{Source: os.DirFS(dir)})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	if b.LastGood() != nil {
		t.Error("a last good model before any Model")
	}
	b.Model(now)
	write("content/ideas/crm.md", crm("Clean the CRM, retitled", "sales"))
	if _, _, err := b.Update([]string{"content/ideas/crm.md"}); err != nil {
		t.Fatal(err)
	}
	good := b.Model(now)
	if good.Failed() {
		t.Fatal(good.Diagnostics)
	}
	served, _, err := b.Render(good.Site)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Build(Options{Source: os.DirFS(dir), Now: now})
	if err != nil || want.Failed() {
		t.Fatalf("build of the good version: %v, %s", err, want.Diagnostics)
	}

	// An error in the same idea's front matter: the model is patched in
	// place. Then a file gone and one new: a new model.
	write("content/ideas/crm.md", crm("Clean the CRM, unknown team", "nope"))
	if _, _, err := b.Update([]string{"content/ideas/crm.md"}); err != nil {
		t.Fatal(err)
	}
	if res := b.Model(now); !res.Failed() || res.Site != good.Site {
		t.Fatalf("the edit with an error: failed %v, patched %v; the test wants both", res.Failed(), res.Site == good.Site)
	}
	// The same idea saved again, still with an error: the good model had
	// the version before the first of the two.
	write("content/ideas/crm.md", crm("Clean the CRM, still broken", "nope"))
	if os.Remove(filepath.Join(dir, "content/ideas/webinar.md")) != nil {
		t.Fatal("cannot remove webinar.md")
	}
	write("content/ideas/new.md", crm("New one", "sales"))
	if _, _, err := b.Update([]string{"content/ideas/crm.md", "content/ideas/webinar.md", "content/ideas/new.md"}); err != nil {
		t.Fatal(err)
	}
	failed := b.Model(now)
	if !failed.Failed() {
		t.Fatal("the unknown team is no error")
	}

	last := b.LastGood()
	if last == nil {
		t.Fatal("no last good model after two Models that failed")
	}
	if got, want := last.Diagnostics.String(), want.Diagnostics.String(); got != want {
		t.Errorf("the last good model's diagnostics\n%s\nwant the build's\n%s", got, want)
	}
	got, kept, err := b.Render(last.Site)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range kept {
		got[p] = served[p]
	}
	for _, p := range slices.Sorted(maps.Keys(want.Output)) {
		if !bytes.Equal(got[p], want.Output[p]) {
			t.Errorf("%s: the last good model's page is not the build's", p)
		}
	}
	if len(got) != len(want.Output) {
		t.Errorf("the last good model has %d pages, the build %d", len(got), len(want.Output))
	}

	// The builder still models the files as they are.
	if got, want := b.Model(now).Diagnostics.String(), failed.Diagnostics.String(); got != want {
		t.Errorf("after LastGood, Model gives\n%s\nwant\n%s", got, want)
	}
	// Read again, the files have no last good version to go back to.
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	if b.LastGood() != nil {
		t.Error("a last good model after a Reload")
	}
}

// A preview runs across midnight: a date written as a word is told the
// day it means on the day of the model, not on the day the preview began
// (review: a fixed day of 2026 for "heute").
func TestAPreviewTellsADateInWordsTheDayOfItsModel(t *testing.T) {
	src := testsite.MapFS(`
-- content/teams/sales.md --
+++
title = "Sales"
+++
-- content/ideas/x.md --
+++
title = "X"
submitted = "heute"
+++
`)
	day := time.Date(2027, 3, 10, 12, 0, 0, 0, time.UTC)
	b := NewBuilder(Options{Source: src, Now: day})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	for _, now := range []time.Time{day, day.AddDate(0, 0, 1)} {
		want := "such as submitted = " + now.Format("2006-01-02")
		if got := b.Model(now).Diagnostics.String(); !strings.Contains(got, want) {
			t.Errorf("on %s: %s\nwant it to say %q", now.Format("2006-01-02"), got, want)
		}
	}
}

// replaceDiags takes its shortcuts (diagnostics both removed and added,
// positions none removed is at) without changing what it gives: list less
// one of each removed, plus added, sorted, as taking them out one by one
// and sorting gives; and list itself, the last model's, stays as it was.
func TestReplaceDiagsIsRemoveAddSort(t *testing.T) {
	// Few paths and positions, so that many diagnostics share one, as the
	// warnings at the title of thousands of ideas do.
	at := func(k int) diag.Diagnostic {
		return diag.Diagnostic{Path: fmt.Sprintf("content/ideas/i%d.md", k%5), Line: 1 + k%3, Col: 1 + k%2,
			Severity: diag.Severity(k % 2), Message: fmt.Sprintf("m%d", k%7)}
	}
	for seed := range 300 {
		r := seed*7919 + 1
		rnd := func(n int) int { r = (r*1103515245 + 12345) & 0x7fffffff; return r % n }
		var list, removed, added diag.List
		for range rnd(40) {
			list = append(list, at(rnd(1000)))
		}
		if seed%3 != 0 {
			list.Sort() // a model's list is sorted; replaceDiags sorts one that is not
		}
		for range rnd(6) {
			if len(list) > 0 && rnd(4) > 0 {
				removed = append(removed, list[rnd(len(list))])
			} else {
				removed = append(removed, at(rnd(1000)))
			}
		}
		for range rnd(6) {
			if len(removed) > 0 && rnd(2) == 0 {
				added = append(added, removed[rnd(len(removed))])
			} else {
				added = append(added, at(rnd(1000)))
			}
		}
		want, plus := slices.Clone(list), slices.Clone(added)
		for _, d := range removed {
			if k := slices.Index(want, d); k >= 0 {
				want = slices.Delete(want, k, k+1)
			} else if k := slices.Index(plus, d); k >= 0 {
				// Removed and added, but not in list: it stays out, as
				// it was.
				plus = slices.Delete(plus, k, k+1)
			}
		}
		want = append(want, plus...)
		want.Sort()
		before := slices.Clone(list)
		got := replaceDiags(list, removed, added)
		if !slices.Equal(got, want) {
			t.Fatalf("seed %d: list\n%s\nless\n%s\nplus\n%s\ngave\n%s\nwant\n%s", seed, list, removed, added, got, want)
		}
		if !slices.Equal(list, before) {
			t.Fatalf("seed %d: replaceDiags changed the list it was given", seed)
		}
	}
}
