package serve

import "testing"

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
