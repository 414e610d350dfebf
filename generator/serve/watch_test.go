package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// The watcher passes on what a build reads: fokus.toml, content/, themes/
// and the published static/ folder, but no editor droppings or hidden files;
// and what a build warns of at the top (Fokus.toml, Hugo's config.toml and
// layouts/), but not what is in there.
func TestTheWatcherPassesOnWhatABuildReads(t *testing.T) {
	for rel, want := range map[string]bool{
		"fokus.toml":                   true,
		"Fokus.toml":                   true,
		"config.toml":                  true,
		"layouts":                      true,
		"layouts/_default/single.html": false,
		"content.toml":                 false,
		"content/ideas/a.md":           true,
		"themes/mine/templates/x":      true,
		"static/img/plan.png":          true,
		"static/.git/HEAD":             false,
		"content/ideas/a.md.swp":       false,
		"public/index.html":            false,
		"README.md":                    false,
		"content/ideas/.hidden.md":     false,
		"static/img/plan.png~":         false,
		"themes/mine/static/.DS_Store": false,
	} {
		if got := relevant(rel); got != want {
			t.Errorf("relevant(%q) = %v, want %v", rel, got, want)
		}
	}
}

// When the system's limit on watches is reached, the log says so once, in
// words that do not read like a full disk, and says how to raise it (QA:
// "no space left on device" for every folder, and a promised rescan that
// never came).
func TestAWatchRefusedForTheSystemsLimitIsToldOnceWithWhatToDo(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"content/ideas/a", "content/ideas/b", "content/objectives/c", "content/teams"} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.FromSlash(d)), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var log []string
	logf := func(format string, args ...any) { log = append(log, fmt.Sprintf(format, args...)) }
	watched := 0
	opts := Options{addWatch: func(string) error {
		if watched == 3 { // the source folder, content and content/ideas
			return syscall.ENOSPC
		}
		watched++
		return nil
	}}.withDefaults()
	w, err := newWatcher(dir, opts, logf)
	if err != nil {
		t.Fatal(err)
	}
	defer w.fsw.Close()
	if len(log) != 1 || !strings.Contains(log[0], "cannot watch content/ideas/a or what comes after it: the system's limit on watched folders is reached (fs.inotify.max_user_watches") ||
		!strings.Contains(log[0], "sysctl fs.inotify.max_user_watches=") || strings.Contains(log[0], "space") || strings.Contains(log[0], "rescan") {
		t.Errorf("want one line on the limit, got:\n%s", strings.Join(log, "\n"))
	}
	// Any other refusal is told for its folder, without a rescan promised.
	log = nil
	opts.addWatch = func(p string) error {
		if strings.HasSuffix(p, "teams") {
			return syscall.EACCES
		}
		return nil
	}
	w2, err := newWatcher(dir, opts, logf)
	if err != nil {
		t.Fatal(err)
	}
	defer w2.fsw.Close()
	if len(log) != 1 || !strings.Contains(log[0], "cannot watch content/teams: permission denied; edits there are not seen until fokus serve is restarted") {
		t.Errorf("want one line on content/teams, got:\n%s", strings.Join(log, "\n"))
	}
	// Without a watch on the source folder there is no preview; the error
	// says why.
	opts.addWatch = func(string) error { return syscall.ENOSPC }
	if _, err := newWatcher(dir, opts, logf); err == nil || !strings.Contains(err.Error(), "fs.inotify.max_user_watches") {
		t.Errorf("watching the source folder at the limit: %v", err)
	}
}
