package render_test

import (
	"strings"
	"testing"
	"testing/fstest"
)

// A parked or rejected idea's revisit date is part of its decision: the
// decision log shows it, not only the idea's page.
func TestDecisionLogShowsWhenADecisionIsRevisited(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/parked.md": {Data: []byte("+++\ntitle = \"Parked idea\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"parked\"\n\n" +
			"[decision]\ndate = 2026-11-02\nby = \"Board\"\nrationale = \"Later.\"\nrevisit = 2027-03-01\n+++\n")},
		"content/ideas/rejected.md": {Data: []byte("+++\ntitle = \"Rejected idea\"\nsubmitted = 2026-11-01\nstatus = \"rejected\"\n\n" +
			"[decision]\ndate = 2026-11-03\nby = \"Board\"\nrationale = \"No.\"\n+++\n")},
	}
	page := string(build(t, fsys)["decisions/index.html"])
	var parked, rejected string
	for _, entry := range strings.Split(page, `<li class="card decision-entry">`)[1:] {
		switch {
		case strings.Contains(entry, "Parked idea"):
			parked = entry
		case strings.Contains(entry, "Rejected idea"):
			rejected = entry
		}
	}
	if parked == "" || rejected == "" {
		t.Fatalf("decision log lacks an entry:\n%s", page)
	}
	if !strings.Contains(parked, `Revisit: <time datetime="2027-03-01">1 Mar 2027</time>`) {
		t.Errorf("the parked idea's entry does not say when it is revisited:\n%s", parked)
	}
	if strings.Contains(rejected, "Revisit") {
		t.Errorf("an entry without a revisit date names one:\n%s", rejected)
	}
}
