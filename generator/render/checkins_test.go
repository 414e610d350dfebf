package render_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fokus/generator"
)

// A yes/no key result's check-ins read done or open in their table, as the
// key result does (QA: 0 and 1).
func TestYesNoCheckinsReadDoneOrOpen(t *testing.T) {
	src := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/t.md": {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
		"content/objectives/t/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"t\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n" +
			"[[key_results]]\ntitle = \"Launch\"\ndone = false\n\n[[key_results.checkins]]\ndate = 2026-10-15\nvalue = false\n\n" +
			"[[key_results.checkins]]\ndate = 2026-11-15\nvalue = true\n+++\n")},
	}
	res, err := generator.Build(generator.Options{Source: src, Now: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	page := string(res.Output["objectives/o/index.html"])
	_, table, _ := strings.Cut(page, `<table class="checkins">`)
	table, _, _ = strings.Cut(table, "</table>")
	if !strings.Contains(table, `<td class="num">open</td>`) || !strings.Contains(table, `<td class="num">done</td>`) {
		t.Errorf("check-ins of a yes/no result:\n%s", table)
	}
}
