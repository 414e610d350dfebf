package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fokus/generator/internal/corpus"
)

// A Builder patches its last model after edits of bodies alone and builds a
// new one after any other edit. Either way the result must be what a builder
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
	first := func(sub string) string {
		entries, err := os.ReadDir(filepath.Join(dir, "content", sub))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !e.IsDir() {
				return "content/" + sub + "/" + e.Name()
			}
		}
		t.Fatalf("no file in content/%s", sub)
		return ""
	}
	idea := first("ideas")
	team := first("teams")
	objective := first("objectives/team-1")
	appendBody := func(text string) func(string) string {
		return func(s string) string { return s + text }
	}
	steps := []struct {
		name     string
		edits    map[string]func(string) string
		bodyOnly bool
	}{
		{"an idea's body", map[string]func(string) string{idea: appendBody("\nOne more sentence.\n")}, true},
		{"a body with an image that is a warning", map[string]func(string) string{idea: appendBody("\n![plan](img/plan.png)\n")}, true},
		{"the image gone again, and a team's and an objective's bodies", map[string]func(string) string{
			idea:      func(s string) string { return strings.Replace(s, "\n![plan](img/plan.png)\n", "", 1) },
			team:      appendBody("\nWe moved to the second floor.\n"),
			objective: appendBody("\n## Notes\n\nOn track.\n"),
		}, true},
		{"an idea's author", map[string]func(string) string{idea: func(s string) string {
			return strings.Replace(s, "\nauthor = \"", "\nauthor = \"Dr. ", 1)
		}}, false},
		{"a body after a front matter edit", map[string]func(string) string{idea: appendBody("\nAnd another.\n")}, true},
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
		if patched := res.Site == prev; patched != step.bodyOnly {
			t.Errorf("%s: model patched = %v, want %v", step.name, patched, step.bodyOnly)
		}

		fresh := NewBuilder(Options{Source: os.DirFS(dir)})
		if err := fresh.Reload(); err != nil {
			t.Fatal(err)
		}
		want := fresh.Model(now)
		if got, want := res.Diagnostics.String(), want.Diagnostics.String(); got != want {
			t.Errorf("%s: diagnostics\n%s\nwant\n%s", step.name, got, want)
		}
		got, err := b.theme.Render(res.Site)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := fresh.theme.Render(want.Site)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(whole) {
			t.Fatalf("%s: %d files, a fresh build has %d", step.name, len(got), len(whole))
		}
		for p, data := range whole {
			if !bytes.Equal(got[p], data) {
				t.Errorf("%s: %s differs from a fresh build's", step.name, p)
			}
		}
	}
}
