package render_test

import (
	"encoding/json"
	"html"
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

// A numeric key result with neither a current value nor a check-in says so
// wherever its value is shown, instead of its start as if it were measured
// ("0 / 100"), and its objective says that it counts as 0 %; one whose
// current is written, even as its start, is measured.
func TestAKeyResultWithoutACheckinSaysSoInsteadOfItsStart(t *testing.T) {
	for _, lang := range []string{"de", "en"} {
		src := fstest.MapFS{
			"fokus.toml":         {Data: []byte("language = \"" + lang + "\"\nperiod = \"2026-Q4\"\n")},
			"content/teams/t.md": {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
			"content/objectives/t/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"t\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n" +
				"[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 100\nunit = \"Leads\"\n\n" +
				"[[key_results]]\ntitle = \"Cost\"\nstart = 120\ntarget = 80\nunit = \"CHF\"\n\n" +
				"[[key_results]]\ntitle = \"Rate\"\nstart = 20\ntarget = 30\ncurrent = 20\n+++\n")},
		}
		res, err := generator.Build(generator.Options{Source: src, Now: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), NowDay: true})
		if err != nil || res.Failed() {
			t.Fatalf("build: %v %s", err, res.Diagnostics)
		}
		want := map[string][]string{
			"de": {"noch kein Check-in (Ziel\u00a0100\u00a0Leads)", "noch kein Check-in (Ziel\u00a080\u00a0CHF, Start\u00a0120)", "20\u00a0/ 30 (Start\u00a020)",
				"2 Schlüsselergebnisse ohne Check-in zählen mit 0\u202f%"},
			"en": {"no check-in yet (target\u00a0100\u00a0Leads)", "no check-in yet (target\u00a080\u00a0CHF, start\u00a0120)", "20\u00a0/ 30 (start\u00a020)",
				"2 key results without a check-in count as 0%"},
		}[lang]
		for _, page := range []string{"index.html", "objectives/index.html", "teams/t/index.html", "posters/t/index.html"} {
			text := html.UnescapeString(string(res.Output[page]))
			for i, w := range want {
				if page == "posters/t/index.html" && i == 3 {
					continue // the poster's key results say it, each on its line
				}
				if !strings.Contains(text, w) {
					t.Errorf("%s %s lacks %q", lang, page, w)
				}
			}
			if strings.Contains(text, "0\u00a0/ 100") || strings.Contains(text, "120\u00a0→ 80") {
				t.Errorf("%s %s shows a start as a measured value", lang, page)
			}
		}
		obj := html.UnescapeString(string(res.Output["objectives/o/index.html"]))
		if n := strings.Count(obj, `<span class="no-checkin">`); n != 2 || !strings.Contains(obj, want[3]) {
			t.Errorf("%s: the objective's table marks %d values as not checked in, want 2; or lacks %q", lang, n, want[3])
		}
		var data struct {
			Objectives []struct {
				Progress   float64 `json:"progress"`
				KeyResults []struct {
					Current    *float64 `json:"current"`
					Progress   float64  `json:"progress"`
					Unmeasured bool     `json:"unmeasured"`
				} `json:"key_results"`
			} `json:"objectives"`
		}
		if err := json.Unmarshal(res.Output["index.json"], &data); err != nil {
			t.Fatal(err)
		}
		krs := data.Objectives[0].KeyResults
		if !krs[0].Unmeasured || !krs[1].Unmeasured || krs[2].Unmeasured || *krs[0].Current != 0 || *krs[1].Current != 120 || data.Objectives[0].Progress != 0 {
			t.Errorf("%s: index.json has %+v, want the first two unmeasured, at their start, and progress 0", lang, data.Objectives[0])
		}
	}
}

// The objective's table says, under each key result, the day and the note of
// its newest check-in, by date whatever the file's order: what the team said
// when it last measured was only in the chart's tooltips and its folded
// table (QA). A key result without check-ins says nothing of one.
func TestTheKeyResultsTableSaysTheNewestCheckinAndItsNote(t *testing.T) {
	src := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/t.md": {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
		"content/objectives/t/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"t\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n" +
			"[[key_results]]\ntitle = \"Churn\"\nstart = 8\ntarget = 5\nunit = \"%\"\n\n" +
			"[[key_results.checkins]]\ndate = 2026-11-16\nvalue = 6.5\nnote = \"New <onboarding> works\"\n\n" +
			"[[key_results.checkins]]\ndate = 2026-10-05\nvalue = 7.5\nnote = \"Old news\"\n\n" +
			"[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 10\n\n" +
			"[[key_results.checkins]]\ndate = 2026-11-02\nvalue = 4\n\n" +
			"[[key_results]]\ntitle = \"Launch\"\ndone = false\n+++\n")},
	}
	res, err := generator.Build(generator.Options{Source: src, Now: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	page := string(res.Output["objectives/o/index.html"])
	_, table, _ := strings.Cut(page, `<table class="krs-table">`)
	table, _, _ = strings.Cut(table, "</table>")
	for _, want := range []string{
		`Churn<span class="kr-last">Last check-in <time datetime="2026-11-16">Nov 16, 2026</time>: New &lt;onboarding&gt; works</span></th>`,
		`Leads<span class="kr-last">Last check-in <time datetime="2026-11-02">Nov 2, 2026</time></span></th>`,
		`<th scope="row">Launch</th>`,
	} {
		if !strings.Contains(table, want) {
			t.Errorf("the key results' table lacks\n%s\nin\n%s", want, table)
		}
	}
	if strings.Contains(table, "Old news") {
		t.Errorf("the key results' table shows an older check-in's note:\n%s", table)
	}
}
