package render_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fokus/generator"
	"fokus/generator/content"
	"fokus/generator/render"
)

// Titles that must stay text wherever they appear: one closes the script
// element the chart data sits in, the other is go-echarts' marker for
// "embed this string as a JavaScript function".
const (
	scriptTitle = `</script><script>alert(1)</script>`
	funcTitle   = `__f__function(){alert(1)}__f__`
)

// stressSite is a site built to strain the posters and charts: a team with a
// long name and five objectives of five key results with long titles, a
// stale objective, ideas that stop things, and ideas whose titles try to
// escape into script.
func stressSite(paper, orientation, baseURL string) fstest.MapFS {
	fsys := fstest.MapFS{}
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	add("fokus.toml", fmt.Sprintf(`title = "Stress"
base_url = %q
language = "de"
period = "2027-Q1"

[poster]
paper = %q
orientation = %q
`, baseURL, paper, orientation))
	add("content/teams/big.md", `+++
title = "Vertriebsinnendienst Industriekunden Deutschland, Österreich und Schweiz"
capacity = 10
wip_limit = 2
door = "Gebäude C, 3. Stock, Raum 3.117 (hinter der Kaffeeküche)"
+++
`)
	add("content/teams/small.md", `+++
title = "Kleines Team"
door = "1.01"
+++
`)
	long := "mit einem sehr langen Titel, der auf dem Poster mehrere Zeilen braucht und trotzdem lesbar bleiben muss"
	for o := 1; o <= 5; o++ {
		var b strings.Builder
		reviewed := "2027-01-20"
		if o == 3 {
			reviewed = "2026-10-01" // stale
		}
		fmt.Fprintf(&b, "+++\ntitle = \"Ziel %d %s\"\nteam = \"big\"\nperiod = \"2027-Q1\"\nowner = \"Person %d\"\nreviewed = %s\n", o, long, o, reviewed)
		for k := 1; k <= 5; k++ {
			fmt.Fprintf(&b, "\n[[key_results]]\ntitle = \"Schlüsselergebnis %d.%d %s\"\nstart = 0\ntarget = 1000\ncurrent = %d\nunit = \"Kundentermine\"\nconfidence = 0.%d\n", o, k, long, 150*k, k+3)
			if k == 1 {
				b.WriteString("\n[[key_results.checkins]]\ndate = 2027-01-05\nvalue = 50\n\n[[key_results.checkins]]\ndate = 2027-01-19\nvalue = 150\nnote = \"" + scriptTitle + "\"\n")
			}
		}
		b.WriteString("+++\n")
		add(fmt.Sprintf("content/objectives/big/ziel-%d.md", o), b.String())
	}
	add("content/objectives/small/one.md", `+++
title = "Ein Ziel"
team = "small"
period = "2027-Q1"
reviewed = 2027-01-20

[[key_results]]
title = "Erledigt"
done = true
+++
`)
	idea := func(slug, title, status string, size int, stops ...string) {
		var b strings.Builder
		fmt.Fprintf(&b, "+++\ntitle = %q\nsubmitted = 2027-01-02\nteams = [\"big\"]\nstatus = %q\n\n[score]\nvalue = %d\ntime_criticality = 3\nrisk_reduction = 1\njob_size = %d\n", title, status, 10-size, size)
		if status != "proposed" && status != "assessing" {
			b.WriteString("\n[decision]\ndate = 2027-01-10\nby = \"Innovationsteam\"\nrationale = \"Weil.\"\n")
			if len(stops) > 0 {
				b.WriteString("stops = [")
				for i, s := range stops {
					if i > 0 {
						b.WriteString(", ")
					}
					fmt.Fprintf(&b, "%q", s)
				}
				b.WriteString("]\n")
			}
		}
		b.WriteString("+++\n")
		add("content/ideas/"+slug+".md", b.String())
	}
	idea("script", scriptTitle, "proposed", 2)
	idea("func", funcTitle, "assessing", 3)
	idea("a", "Angenommene Idee "+long, "accepted", 3, "Den wöchentlichen Statusbericht per E-Mail "+long, "Kaltakquise am Freitag")
	idea("b", "Laufende Idee "+long, "in-progress", 4, "Die Messe in Hannover", "Den Newsletter auf Papier "+long)
	idea("c", "Noch eine laufende Idee", "in-progress", 2, "Das zweite CRM")
	idea("d", "Eingereichte Idee", "proposed", 5)
	return fsys
}

// build renders a source folder at a fixed day and fails the test on any error.
func build(t testing.TB, fsys fstest.MapFS) render.Output {
	t.Helper()
	res, err := generator.Build(generator.Options{Source: fsys, Now: content.Day(2027, time.January, 26), NowDay: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Failed() {
		t.Fatalf("build failed:\n%v", res.Diagnostics)
	}
	return res.Output
}
