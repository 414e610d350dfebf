package serve

import "testing"

// The watcher passes on what a build reads: fokus.toml, content/, themes/
// and the published static/ folder, but no editor droppings or hidden files.
func TestTheWatcherPassesOnWhatABuildReads(t *testing.T) {
	for rel, want := range map[string]bool{
		"fokus.toml":                   true,
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
