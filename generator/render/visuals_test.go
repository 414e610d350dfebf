package render_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"math"
	"path"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// chartData returns the JSON of every chart data script on a page, by id.
func chartData(t *testing.T, page []byte) map[string][]byte {
	t.Helper()
	re := regexp.MustCompile(`(?s)<script type="application/json" id="([a-z-]+)-data">(.*?)</script>`)
	out := map[string][]byte{}
	for _, m := range re.FindAllSubmatch(page, -1) {
		out[string(m[1])] = m[2]
	}
	return out
}

func TestChartDataIsEscapedJSONThatKeepsTitlesAsText(t *testing.T) {
	out := build(t, stressSite("A4", "portrait", "/"))
	page := out["priorities/index.html"]
	for _, bad := range []string{"<script>alert(1)", "function(){alert(1)}</", "alert(1)}\n"} {
		if bytes.Contains(page, []byte(bad)) {
			t.Errorf("priorities page holds %q unescaped", bad)
		}
	}
	data := chartData(t, page)
	for _, id := range []string{"chart-priorities", "chart-ranking", "chart-load"} {
		raw, ok := data[id]
		if !ok {
			t.Fatalf("no data script for %s", id)
		}
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatalf("%s: data is not JSON: %v\n%s", id, err, raw)
		}
		if id == "chart-priorities" {
			s := string(raw)
			// The titles come back, character for character, once the JSON is read.
			for _, title := range []string{scriptTitle, funcTitle} {
				enc, _ := json.Marshal(title)
				var back string
				if err := json.Unmarshal(enc, &back); err != nil || back != title {
					t.Fatal("json round trip")
				}
				if !strings.Contains(s, string(enc)) {
					t.Errorf("title %q is not in the matrix data as the JSON string %s", title, enc)
				}
			}
		}
	}
	// The same holds on the objective page, whose check-in note is the script tag.
	obj := out["objectives/ziel-1/index.html"]
	if bytes.Contains(obj, []byte("<script>alert(1)")) {
		t.Error("objective page holds the note's script tag unescaped")
	}
	if _, ok := chartData(t, obj)["chart-history"]; !ok {
		t.Error("objective with check-ins has no history chart")
	}
}

func TestBuildsAreByteIdentical(t *testing.T) {
	a := build(t, stressSite("A3", "landscape", "https://example.com/fokus/"))
	b := build(t, stressSite("A3", "landscape", "https://example.com/fokus/"))
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Errorf("%s differs between two builds of the same source", p)
		}
	}
}

func TestEveryChartHasATableOfItsData(t *testing.T) {
	out := build(t, stressSite("A4", "portrait", "/"))
	re := regexp.MustCompile(`<div class="chart" id="([a-z-]+)"`)
	charts := 0
	for _, p := range out.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		page := string(out[p])
		for _, m := range re.FindAllStringSubmatch(page, -1) {
			charts++
			id := m[1]
			i := strings.Index(page, `data-chart-for="`+id+`"`)
			if i < 0 || !strings.Contains(page[i:], "<table") {
				t.Errorf("%s: chart %s has no table fallback", p, id)
			}
			if !strings.Contains(page, `id="`+id+`" data-height=`) || !strings.Contains(page, `hidden></div>`) {
				t.Errorf("%s: chart %s is not hidden until drawn", p, id)
			}
		}
	}
	if charts < 4 {
		t.Errorf("found %d charts in the site, want the priority page's three and more", charts)
	}
	for _, p := range []string{"priorities/index.html", "teams/big/index.html"} {
		if !bytes.Contains(out[p], []byte(`src="../`)) || !bytes.Contains(out[p], []byte(`assets/vendor/echarts/echarts.min.js?v=`)) {
			t.Errorf("%s does not load the vendored echarts by a relative path", p)
		}
	}
}

func TestPosterHasQRCodeOnlyForAnAbsoluteBaseURL(t *testing.T) {
	for base, want := range map[string]bool{"https://intranet.example/fokus/": true, "http://x.example": true, "/": false, "/fokus/": false} {
		out := build(t, stressSite("A4", "portrait", base))
		got := bytes.Contains(out["posters/big/index.html"], []byte(`class="poster-qr"`))
		if got != want {
			t.Errorf("base_url %q: QR code %v, want %v", base, got, want)
		}
		if want && !bytes.Contains(out["posters/big/index.html"], []byte(strings.TrimSuffix(base, "/")+"/teams/big/")) {
			t.Errorf("base_url %q: poster does not name the team page's URL", base)
		}
	}
}

// A poster prints its team page's address as people read it, letters and
// not %-escapes (QA); the QR code carries the escaped URL.
func TestPosterPrintsItsAddressReadably(t *testing.T) {
	fsys := stressSite("A4", "portrait", "https://intranet.example/fokus/")
	fsys["content/teams/équipe-café.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Équipe café\"\n+++\n")}
	page := string(build(t, fsys)["posters/équipe-café/index.html"])
	if !strings.Contains(page, `<span class="poster-url">https://intranet.example/fokus/teams/équipe-café/</span>`) {
		t.Errorf("the poster does not print the readable address:\n%s", page[strings.Index(page, "poster-foot"):])
	}
	// The site's own address is printed as written: a host escaped to read
	// as another's ("%D0%B0pple", a Cyrillic a) stays escaped (security review).
	fsys = stressSite("A4", "portrait", "https://%D0%B0pple.example/")
	fsys["content/teams/équipe-café.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Équipe café\"\n+++\n")}
	page = string(build(t, fsys)["posters/équipe-café/index.html"])
	if !strings.Contains(page, `<span class="poster-url">https://%D0%B0pple.example/teams/équipe-café/</span>`) {
		t.Errorf("the poster unescapes the host:\n%s", page[strings.Index(page, "poster-foot"):])
	}
}

func TestPosterShowsWhatStopsWhatRunsAndWhatIsOverdue(t *testing.T) {
	out := build(t, stressSite("letter", "portrait", "/"))
	page := string(out["posters/big/index.html"])
	for _, want := range []string{
		"Wir hören auf mit\u00a0…", "Kaltakquise am Freitag", "Das zweite CRM",
		"Noch eine laufende Idee", "Zuletzt überprüft", "⚠ Überprüfung überfällig",
		"Gebäude C, 3. Stock", "Periode 2027-Q1", "Stand", "26.1.2027",
		"size: 215.9mm 279.4mm", "Zuversicht",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("poster lacks %q", want)
		}
	}
	if n := strings.Count(page, "poster-overdue"); n != 1 {
		t.Errorf("%d overdue marks, want 1 (one stale objective)", n)
	}
	if strings.Contains(page, "Eingereichte Idee") {
		t.Error("a proposed idea is on the poster")
	}
	all := string(out["posters/index.html"])
	if n := strings.Count(all, `<article class="poster `); n != 2 {
		t.Errorf("posters/index.html has %d posters, want one per team (2)", n)
	}
}

func TestPosterTypeShrinksWithContent(t *testing.T) {
	re := regexp.MustCompile(`--fs: ([0-9.]+)mm`)
	size := func(page []byte) float64 {
		m := re.FindSubmatch(page)
		if m == nil {
			t.Fatal("poster without a font size")
		}
		f, err := strconv.ParseFloat(string(m[1]), 64)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	out := build(t, stressSite("A4", "portrait", "/"))
	big, small := size(out["posters/big/index.html"]), size(out["posters/small/index.html"])
	if big >= small {
		t.Errorf("crowded poster has type %vmm, sparse one %vmm: the crowded one should be smaller", big, small)
	}
	a3 := build(t, stressSite("A3", "portrait", "/"))
	if s := size(a3["posters/small/index.html"]); s <= small {
		t.Errorf("A3 poster type %vmm is not larger than A4's %vmm", s, small)
	}
	landscape := build(t, stressSite("A4", "landscape", "/"))
	land := string(landscape["posters/big/index.html"])
	if !strings.Contains(land, "size: 297mm 210mm") || !strings.Contains(land, "poster-cols-2") {
		t.Error("A4 landscape poster has the wrong page size or a single column")
	}
	// A team's one objective spans the landscape page, not its left half
	// with the right one blank, and its type is no smaller than in portrait.
	one := landscape["posters/small/index.html"]
	if !strings.Contains(string(one), "poster-cols-1") {
		t.Error("the landscape poster of one objective sets it in one of two columns")
	}
	if s := size(one); s < small {
		t.Errorf("the landscape poster of one objective has type %vmm, smaller than the portrait one's %vmm", s, small)
	}
}

// An A3 poster is read from further away than an A4 one, as an A4 poster
// enlarged on a copier is: a team with more than a page holds gets type
// as much larger as the paper is (√2), in either orientation, and its A3
// poster says what it leaves out as the A4 one does, rather than set
// everything in A4's least type on a sheet twice the size (QA).
func TestA3PosterOfACrowdedTeamIsSetLargerThanA4s(t *testing.T) {
	re := regexp.MustCompile(`--fs: ([0-9.]+)mm`)
	size := func(page []byte) float64 {
		m := re.FindSubmatch(page)
		if m == nil {
			t.Fatal("poster without a font size")
		}
		f, _ := strconv.ParseFloat(string(m[1]), 64)
		return f
	}
	for _, orientation := range []string{"portrait", "landscape"} {
		a4 := build(t, overloaded(stressSite("A4", orientation, "/"), "voll", 16, 7))["posters/voll/index.html"]
		a3 := build(t, overloaded(stressSite("A3", orientation, "/"), "voll", 16, 7))["posters/voll/index.html"]
		if s4, s3 := size(a4), size(a3); s3 < 1.4*s4 {
			t.Errorf("%s: the crowded A3 poster has type %vmm, A4's %vmm: not enlarged with the paper", orientation, s3, s4)
		}
		if c, _ := countPoster(t, a3); c.moreObjectives == 0 || c.objectives+c.moreObjectives != 16 {
			t.Errorf("%s: the crowded A3 poster shows %d objectives and says %d more, want some left off of 16", orientation, c.objectives, c.moreObjectives)
		}
	}
}

// overloaded adds to a site a team, slug, that has taken on far more than
// one poster holds even in its smallest readable type: objectives current
// objectives of krs key results with long titles, and twelve ideas in
// progress that stop two long-winded things each.
func overloaded(fsys fstest.MapFS, slug string, objectives, krs int) fstest.MapFS {
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	add("content/teams/"+slug+".md", `+++
title = "Außendienst Süd mit viel zu vielen Vorhaben"
capacity = 5
wip_limit = 3
door = "Gebäude A, 1. Stock, Raum 1.204"
+++
`)
	long := "mit einem sehr langen Titel, der auf dem Poster mehrere Zeilen braucht und trotzdem lesbar bleiben muss"
	for o := 1; o <= objectives; o++ {
		var b strings.Builder
		fmt.Fprintf(&b, "+++\ntitle = \"Vollziel %d %s\"\nteam = %q\nperiod = \"2027-Q1\"\nowner = \"Person %d\"\nreviewed = 2027-01-20\n", o, long, slug, o)
		for k := 1; k <= krs; k++ {
			fmt.Fprintf(&b, "\n[[key_results]]\ntitle = \"Ergebnis %d.%d %s\"\nstart = 0\ntarget = 1000\ncurrent = %d\nunit = \"Besuche\"\nconfidence = 0.%d\n", o, k, long, 100*k, k%10)
		}
		b.WriteString("+++\n")
		add(fmt.Sprintf("content/objectives/%s/%s-ziel-%02d.md", slug, slug, o), b.String())
	}
	for i := 1; i <= 12; i++ {
		add(fmt.Sprintf("content/ideas/%s-%02d.md", slug, i), fmt.Sprintf(`+++
title = "Laufendes Vorhaben %d %s"
submitted = 2027-01-02
teams = [%q]
status = "in-progress"

[score]
value = 5
time_criticality = 3
risk_reduction = 1
job_size = 3

[decision]
date = 2027-01-10
by = "Innovationsteam"
rationale = "Weil."
stops = ["%s: Sache %d.1 %s, %s", "%s: Sache %d.2 %s, %s"]
+++
`, i, long, slug, slug, i, long, long, slug, i, long, long))
	}
	return fsys
}

// withMembers gives the team slug n members (at most 48), of names as long
// as a person's and each another, the first one trying to become markup: a
// name listed twice is shown once.
func withMembers(fsys fstest.MapFS, slug string, n int) fstest.MapFS {
	first := []string{"Anna", "Bernhard", "Chiara", "Dominik", "Elif", "Friederike", "Gül", "Hannes"}
	last := []string{"Müller", "Zimmermann", "Bernasconi", "Demir", "Keller-Schwarzenbach", "Huber"}
	names := []string{strconv.Quote("<b>Ann</b>")}
	for i := 1; i < n; i++ {
		names = append(names, strconv.Quote(first[i%len(first)]+" "+last[i/len(first)%len(last)]))
	}
	file := "content/teams/" + slug + ".md"
	fsys[file] = &fstest.MapFile{Data: []byte(strings.Replace(string(fsys[file].Data), "+++\n", "+++\nmembers = ["+strings.Join(names, ", ")+"]\n", 1))}
	return fsys
}

// A door poster says who sits behind the door: the team's members under
// the door, escaped, all of a small team, and of a team of forty as many
// as fit two lines and "+ N weitere" for the rest.
func TestPosterNamesWhoSitsBehindTheDoor(t *testing.T) {
	out := build(t, withMembers(withMembers(stressSite("A4", "portrait", "https://intranet.example/fokus/"), "small", 3), "big", 40))
	members := regexp.MustCompile(`<p class="poster-members">(.*?)</p>`)
	for _, tc := range []struct {
		slug       string
		shown, all int
	}{{"small", 3, 3}, {"big", 0, 40}} {
		page := string(out["posters/"+tc.slug+"/index.html"])
		if strings.Contains(page, "<b>Ann") {
			t.Fatalf("%s: a member's name reached the poster as markup", tc.slug)
		}
		m := members.FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("%s: the poster names no members", tc.slug)
		}
		// Those it carries hidden for poster.js to name where the lines
		// have room after all are not named without it.
		carried := regexp.MustCompile(`<span hidden data-more="[^"]*">, <bdi>[^<]*</bdi></span>`)
		if tc.all > 10 && !carried.MatchString(m[1]) {
			t.Errorf("%s: the poster carries none of the members it leaves off hidden: %s", tc.slug, m[1])
		}
		m[1] = carried.ReplaceAllString(m[1], "")
		shown := strings.Count(m[1], "<bdi>")
		if !strings.Contains(m[1], "<bdi>&lt;b&gt;Ann&lt;/b&gt;</bdi>") {
			t.Errorf("%s: the first member is not named as text: %s", tc.slug, m[1])
		}
		more := 0
		if _, rest, ok := strings.Cut(m[1], `<span class="poster-members-more">&#43; `); ok {
			more, _ = strconv.Atoi(strings.TrimSuffix(rest, " weitere</span></span>"))
		}
		if shown+more != tc.all || (tc.shown > 0 && shown != tc.shown) || shown == 0 || (tc.all > 10 && more == 0) {
			t.Errorf("%s: the poster names %d of %d members and says %d more: %s", tc.slug, shown, tc.all, more, m[1])
		}
	}
}

// compounds adds a team whose titles are made of long German compounds and
// a URL, which wrap whole and leave lines half empty, so that the poster's
// estimate of their height errs low (visual QA: the "+ N more" lines under
// the lists were cut off).
func compounds(fsys fstest.MapFS, slug string) fstest.MapFS {
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	word := "Kundenbindungsmaßnahmenverantwortlichkeitsübersicht"
	add("content/teams/"+slug+".md", "+++\ntitle = \"Vertriebsinnendienst "+word+" Nordwestschweiz und Liechtenstein\"\nwip_limit = 4\ndoor = \"Raum 4.01 – Grossraumbüro Ost, hinter der Kaffeemaschine\"\n+++\n")
	for o := 1; o <= 7; o++ {
		var b strings.Builder
		fmt.Fprintf(&b, "+++\ntitle = \"Ziel %d: Wir machen die %s zur Grundlage jedes Kundengesprächs in der ganzen Region Nordwest\"\nteam = %q\nperiod = \"2027-Q1\"\nowner = \"Anna Beispiel-Mustermann-Langnamen\"\nreviewed = 2027-01-20\n", o, word, slug)
		for k := 1; k <= 5; k++ {
			fmt.Fprintf(&b, "\n[[key_results]]\ntitle = \"Schlüsselergebnis %d mit einem ziemlich langen Titel: Anteil der %s-Einträge mit Verantwortlichen\"\nstart = 0\ntarget = 100\ncurrent = %d\nunit = \"%%\"\nconfidence = 0.%d\n", k, word, 10*k, k)
		}
		b.WriteString("+++\n")
		add(fmt.Sprintf("content/objectives/%s/%s-%d.md", slug, slug, o), b.String())
	}
	for i := 1; i <= 12; i++ {
		status, decision := "in-progress", ""
		if i <= 4 {
			status = "accepted"
			decision = fmt.Sprintf("\n[decision]\ndate = 2027-01-10\nby = \"Innovationsteam\"\nrationale = \"Weil.\"\nstops = [\"%s-Workshop Nummer %d\", \"https://example.com/a/very/long/url/that/goes/on/and/on/without/any/breaks/%d/index.html\"]\n", word, i, i)
		}
		add(fmt.Sprintf("content/ideas/%s-%02d.md", slug, i), fmt.Sprintf("+++\ntitle = \"Laufendes Vorhaben %d: %s für alle Bestandskunden im Raum Basel einführen und messen\"\nsubmitted = 2027-01-02\nteams = [%q]\nstatus = %q\n\n[score]\nvalue = 5\ntime_criticality = 3\nrisk_reduction = 1\njob_size = 3\n%s+++\n", i, word, slug, status, decision))
	}
	return fsys
}

// bigNumbers adds a team of two objectives whose key results have values
// in the millions, from a start other than 0: on a poster with room to
// spare, the type grows and such a value ran into the next column (QA).
func bigNumbers(fsys fstest.MapFS, slug string) fstest.MapFS {
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	add("content/teams/"+slug+".md", "+++\ntitle = \"Zahlen\"\n+++\n")
	for o := 1; o <= 2; o++ {
		var b strings.Builder
		fmt.Fprintf(&b, "+++\ntitle = \"Pipeline %d\"\nteam = %q\nperiod = \"2027-Q1\"\nreviewed = 2027-01-20\n", o, slug)
		fmt.Fprintf(&b, "\n[[key_results]]\ntitle = \"Pipeline aus Marketing\"\nstart = 4200000\ntarget = 7500000\ncurrent = 5900000\nunit = \"CHF\"\nconfidence = 0.6\n")
		fmt.Fprintf(&b, "\n[[key_results]]\ntitle = \"Sitzungen\"\nstart = 38000\ntarget = 60000\ncurrent = 44800\nunit = \"Sitzungen\"\n")
		fmt.Fprintf(&b, "\n[[key_results]]\ntitle = \"Kosten\"\nstart = 960\ntarget = 800\ncurrent = 900\nunit = \"CHF\"\n")
		fmt.Fprintf(&b, "+++\n")
		add(fmt.Sprintf("content/objectives/%s/%s-%d.md", slug, slug, o), b.String())
	}
	return fsys
}

// longUnit adds the team slug with one objective whose only key result has a
// unit of one long word, which the poster's large type cannot set on a line
// (QA: it widened the poster's body, and "300 /" ran off the page).
func longUnit(fsys fstest.MapFS, slug string) fstest.MapFS {
	fsys["content/teams/"+slug+".md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Einheit\"\n+++\n")}
	fsys["content/objectives/"+slug+"/"+slug+".md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Zufriedene Kunden\"\nteam = \"" + slug + "\"\nperiod = \"2027-Q1\"\nreviewed = 2027-01-20\n\n" +
		"[[key_results]]\ntitle = \"Befragung\"\nstart = 0\ntarget = 1200\ncurrent = 300\nunit = \"Kundenzufriedenheitsbefragungsteilnehmer\"\n+++\n")}
	return fsys
}

// hiddenItem is an item that a poster carries hidden (Poster.HiddenStops).
var hiddenItem = regexp.MustCompile(`(?s)<li hidden data-more="[^"]*">.*?</li>`)

// posterCounts reads off a poster page what it shows and how much it says it
// leaves out.
type posterCounts struct {
	objectives, moreObjectives int
	krs, moreKRs               int
	stops, moreStops           int
	wip, moreWIP               int
}

func countPoster(t *testing.T, page []byte) (posterCounts, string) {
	t.Helper()
	// What the poster carries hidden for poster.js to show where the page
	// has room is not shown without it.
	text := hiddenItem.ReplaceAllString(html.UnescapeString(string(page)), "")
	section := func(class string) string {
		m := regexp.MustCompile(`(?s)<section class="` + class + `">.*?</section>`).FindString(text)
		if m == "" {
			t.Fatalf("poster without %s", class)
		}
		return m
	}
	sum := func(re, in string) int {
		n := 0
		for _, m := range regexp.MustCompile(re).FindAllStringSubmatch(in, -1) {
			v, _ := strconv.Atoi(m[1])
			n += v
		}
		return n
	}
	more := `<li class="poster-more">\+ (\d+) (?:weitere|more)</li>`
	stops, wip := section("poster-stops"), section("poster-wip")
	return posterCounts{
		objectives:     strings.Count(text, `<section class="poster-obj`),
		moreObjectives: sum(`\+ (\d+) (?:weiteres? Ziele?|more objectives?)\x{a0}— (?:siehe|see) <a href="[^"]*">[^<]+</a>`, text),
		krs:            strings.Count(text, `class="poster-kr-line"`),
		moreKRs:        sum(`\+ (\d+) (?:weiteres? Schlüsselergebniss?e?|more key results?)<`, text),
		stops:          strings.Count(stops, `<li dir="auto">`), moreStops: sum(more, stops),
		wip: strings.Count(wip, `<li dir="auto">`), moreWIP: sum(more, wip),
	}, text
}

func TestOverloadedPosterSaysWhatItLeavesOutAndKeepsItsFooter(t *testing.T) {
	type team struct {
		slug            string
		objectives, krs int
	}
	teams := []team{{"voll", 4, 2}, {"uebervoll", 16, 7}}
	type setup struct{ lang, paper, orientation string }
	var setups []setup
	for _, paper := range []string{"A4", "A3", "letter"} {
		for _, orientation := range []string{"portrait", "landscape"} {
			setups = append(setups, setup{"de", paper, orientation})
		}
	}
	setups = append(setups, setup{"en", "A4", "portrait"})
	for _, su := range setups {
		lang, paper, orientation := su.lang, su.paper, su.orientation
		name := lang + "-" + paper + "-" + orientation
		fsys := stressSite(paper, orientation, "https://intranet.example/fokus/")
		fsys["fokus.toml"].Data = bytes.Replace(fsys["fokus.toml"].Data, []byte(`language = "de"`), []byte(`language = "`+lang+`"`), 1)
		for _, tm := range teams {
			overloaded(fsys, tm.slug, tm.objectives, tm.krs)
		}
		out := build(t, fsys)
		for _, tm := range teams {
			page := out["posters/"+tm.slug+"/index.html"]
			c, text := countPoster(t, page)
			// Nothing goes missing without a word: what is shown and
			// what the "+ N" lines count add up to everything.
			if got := c.objectives + c.moreObjectives; got != tm.objectives {
				t.Errorf("%s %s: %d objectives shown + %d more, want %d in all", name, tm.slug, c.objectives, c.moreObjectives, tm.objectives)
			}
			if c.krs+c.moreKRs != c.objectives*tm.krs {
				t.Errorf("%s %s: %d key results shown + %d more on %d objectives, want %d", name, tm.slug, c.krs, c.moreKRs, c.objectives, c.objectives*tm.krs)
			}
			if c.stops+c.moreStops != 24 || c.wip+c.moreWIP != 12 {
				t.Errorf("%s %s: %d+%d stops and %d+%d ideas in progress, want 24 and 12", name, tm.slug, c.stops, c.moreStops, c.wip, c.moreWIP)
			}
			// Objectives are kept first, so the lists give way before
			// them, yet keep a few items each.
			if (tm.slug == "uebervoll" || paper != "A3") && c.moreStops == 0 && c.moreWIP == 0 {
				t.Errorf("%s %s: all 24 stops and 12 ideas in progress shown: this much cannot fit", name, tm.slug)
			}
			if c.stops < 3 || c.wip < 3 {
				t.Errorf("%s %s: only %d stops and %d ideas in progress shown, want at least 3 each", name, tm.slug, c.stops, c.wip)
			}
			if tm.slug == "voll" && (c.moreObjectives != 0 || c.moreKRs != 0) {
				t.Errorf("%s voll: %d objectives and %d key results left off, though capping the lists makes room for all", name, c.moreObjectives, c.moreKRs)
			}
			if tm.slug == "uebervoll" && c.moreKRs == 0 {
				t.Errorf("%s uebervoll: all %d key results shown: this much cannot fit", name, c.krs)
			}
			if tm.slug == "uebervoll" && paper == "A4" && orientation == "portrait" && c.moreObjectives == 0 {
				t.Errorf("%s uebervoll: all 16 objectives shown: this much cannot fit", name)
			}
			if c.moreObjectives > 0 && !strings.Contains(text, `<a href="../../teams/`+tm.slug+`/index.html">https://intranet.example/fokus/teams/`+tm.slug+`/</a>`) {
				t.Errorf("%s %s: the objectives left off do not point to the team page", name, tm.slug)
			}
			// The header and the footer are always there.
			foot := regexp.MustCompile(`(?s)<footer class="poster-foot">.*?</footer>`).FindString(text)
			for _, want := range []string{`datetime="2027-01-26"`, "https://intranet.example/fokus/teams/" + tm.slug + "/"} {
				if !strings.Contains(foot, want) {
					t.Errorf("%s %s: footer lacks %q", name, tm.slug, want)
				}
			}
			if !strings.Contains(text, `<h1 class="poster-team">`) || !strings.Contains(text, `class="poster-qr"`) {
				t.Errorf("%s %s: poster without its header", name, tm.slug)
			}
		}
		// A poster that fits is not capped.
		if c, _ := countPoster(t, out["posters/small/index.html"]); c.moreObjectives+c.moreKRs+c.moreStops+c.moreWIP != 0 || c.objectives != 1 {
			t.Errorf("%s: the small team's poster, which fits, is capped: %+v", name, c)
		}
		if lang == "en" {
			_, text := countPoster(t, out["posters/uebervoll/index.html"])
			for _, want := range []string{" more</li>", " more key results</li>", " more objectives\u00a0— see "} {
				if !strings.Contains(text, want) {
					t.Errorf("English poster lacks %q", want)
				}
			}
		}
		again := build(t, fsys)
		for _, tm := range teams {
			if p := "posters/" + tm.slug + "/index.html"; !bytes.Equal(out[p], again[p]) {
				t.Errorf("%s: %s differs between two builds", name, p)
			}
		}
	}
}

func TestPrioritiesWithoutScoresSayWhyInsteadOfEmptyCharts(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":             {Data: []byte("title = \"Neu\"\n")},
		"content/teams/a.md":     {Data: []byte("+++\ntitle = \"Team A\"\ncapacity = 10\n+++\n")},
		"content/ideas/first.md": {Data: []byte("+++\ntitle = \"Erste Idee\"\nsubmitted = 2027-01-20\nteams = [\"a\"]\n+++\n")},
	}
	page := string(build(t, fsys)["priorities/index.html"])
	for _, id := range []string{"chart-priorities", "chart-ranking", "chart-load"} {
		if strings.Contains(page, `<div class="chart" id="`+id+`"`) || strings.Contains(page, `id="`+id+`-data"`) {
			t.Errorf("%s is drawn without any mark", id)
		}
		if !strings.Contains(page, `<p class="chart-empty" id="`+id+`">`) {
			t.Errorf("%s: no sentence in its place", id)
		}
	}
	for _, text := range []string{"Noch hat keine offene Idee eine Punktzahl", "Die Rangfolge beginnt", "Kein Team trägt"} {
		if !strings.Contains(page, text) {
			t.Errorf("page does not say %q", text)
		}
	}
	if strings.Contains(page, `data-chart-for="chart-priorities"`) || strings.Contains(page, `data-chart-for="chart-ranking"`) {
		t.Error("empty matrix and ranking tables are still shown")
	}
	if !strings.Contains(page, `data-chart-for="chart-load"`) {
		t.Error("the load table (every team with its capacity) is gone")
	}
}

// A site without a team yet has no load to list: the priorities say that no
// team carries ideas, without a table of headings and no row under it (QA: a
// new site of fokus.toml and one idea showed "Team Idee Status Punkte" alone).
func TestPrioritiesWithoutTeamsShowNoEmptyLoadTable(t *testing.T) {
	for _, files := range []fstest.MapFS{
		{"fokus.toml": {Data: []byte("title = \"Leer\"\n")}},
		{
			"fokus.toml":             {Data: []byte("title = \"Neu\"\nlanguage = \"en\"\n")},
			"content/ideas/first.md": {Data: []byte("+++\ntitle = \"First idea\"\nsubmitted = 2027-01-20\nstatus = \"assessing\"\n[score]\nvalue = 3\ntime_criticality = 2\nrisk_reduction = 1\njob_size = 2\n+++\n")},
		},
	} {
		page := string(build(t, files)["priorities/index.html"])
		if !strings.Contains(page, `<p class="chart-empty" id="chart-load">`) {
			t.Error("the load chart's place does not say that no team carries ideas")
		}
		if strings.Contains(page, `class="load-table"`) {
			t.Error("a load table without a team is shown: its headings and no row")
		}
	}
}

// A site without a team has no findings, and its dashboard says just that,
// not that every team is working with focus (QA).
func TestTheDashboardOfASiteWithoutTeamsPraisesNoTeam(t *testing.T) {
	for lang, want := range map[string]string{"de": `<p class="all-clear">Keine Befunde.</p>`, "en": `<p class="all-clear">No findings.</p>`} {
		page := string(build(t, fstest.MapFS{"fokus.toml": {Data: []byte("language = \"" + lang + "\"\n")}})["index.html"])
		if !strings.Contains(page, want) {
			t.Errorf("%s: the dashboard of a site without teams does not say %s", lang, want)
		}
	}
}

// An objective without check-ins has its history all the same, saying that
// there are none yet, as the priorities' empty charts say why, instead of a
// page without the history its URL promises.
func TestAnObjectiveWithoutCheckinsSaysItHasNoneYet(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":                 {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":         {Data: []byte("+++\ntitle = \"Team A\"\n+++\n")},
		"content/objectives/grow.md": {Data: []byte("+++\ntitle = \"Grow\"\nteam = \"a\"\nperiod = \"2026-Q4\"\n[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 10\ncurrent = 4\n+++\n")},
	}
	page := string(build(t, fsys)["objectives/grow/index.html"])
	if !strings.Contains(page, "<h2>History</h2>") || !strings.Contains(page, `<p class="chart-empty" id="chart-history">No check-ins yet.</p>`) {
		t.Errorf("the objective's page does not say it has no check-ins yet:\n%s", page)
	}
	if strings.Contains(page, `id="chart-history-data"`) || strings.Contains(page, `data-chart-for="chart-history"`) || strings.Contains(page, "echarts") {
		t.Error("an empty history is drawn, with its table or the chart's scripts")
	}
}

// scoredSite is a small site in lang scored with model: one team with a
// capacity of 12.5 and ideas in every open status, two of them committed
// (accepted, in progress), each with the score inputs of the model. Under
// rice the numbers run into the hundreds of thousands, so that the charts'
// axes need groups of thousands, and the effort of the committed ideas has
// decimals. Under wsjf the ideas are not scored at all.
func scoredSite(lang, model string) fstest.MapFS {
	fsys := fstest.MapFS{}
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	add("fokus.toml", fmt.Sprintf("title = \"Zahlen\"\nlanguage = %q\nperiod = \"2027-Q1\"\n\n[scoring]\nmodel = %q\n", lang, model))
	add("content/teams/a.md", "+++\ntitle = \"Team A\"\ncapacity = 12.5\n+++\n")
	inputs := map[string][]string{
		"rice": {"reach = 50000\nimpact = 3\nconfidence = 80\neffort = 2.5\n", "reach = 20000\nimpact = 2\nconfidence = 50\neffort = 4.5\n",
			"reach = 8000\nimpact = 1\nconfidence = 100\neffort = 1\n", "reach = 1200\nimpact = 0.5\nconfidence = 90\neffort = 3\n"},
		"ice": {"impact = 9\nconfidence = 8\nease = 7\n", "impact = 5\nconfidence = 5\nease = 5\n",
			"impact = 3\nconfidence = 6\nease = 9\n", "impact = 2\nconfidence = 4\nease = 3\n"},
		"wsjf": {"", "", "", ""},
	}[model]
	for n, status := range []string{"accepted", "in-progress", "proposed", "assessing"} {
		var b strings.Builder
		fmt.Fprintf(&b, "+++\ntitle = \"Idee %d\"\nsubmitted = 2027-01-02\nteams = [\"a\"]\nstatus = %q\n", n+1, status)
		if inputs[n] != "" {
			b.WriteString("\n[score]\n" + inputs[n])
		}
		if status == "accepted" || status == "in-progress" {
			b.WriteString("\n[decision]\ndate = 2027-01-10\nby = \"Innovationsteam\"\nrationale = \"Weil.\"\nstops = [\"Etwas anderes\"]\n")
		}
		b.WriteString("+++\n")
		add(fmt.Sprintf("content/ideas/idee-%d.md", n+1), b.String())
	}
	return fsys
}

// chartOption reads the option of chart id on a page.
func chartOption(t *testing.T, page []byte, id string) map[string]any {
	t.Helper()
	raw, ok := chartData(t, page)[id]
	if !ok {
		t.Fatalf("no data script for %s", id)
	}
	var opt map[string]any
	if err := json.Unmarshal(raw, &opt); err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	return opt
}

// tips collects the tooltip lines of a chart's items.
func tips(opt map[string]any) []string {
	var out []string
	for _, s := range opt["series"].([]any) {
		for _, d := range s.(map[string]any)["data"].([]any) {
			if item, ok := d.(map[string]any); ok {
				for _, line := range item["tip"].([]any) {
					out = append(out, line.(string))
				}
			}
		}
	}
	return out
}

// What the charts write themselves (not what ECharts writes from the
// option's numbers) is in the page's language: the history's days and
// percentages, the load's capacity, the scores of the ranking.
func TestChartTextIsInTheSiteLanguage(t *testing.T) {
	for _, c := range []struct {
		lang              string
		checkin, capacity string
		ranking           []string
	}{
		{"de", "19.1.2027: 150\u00a0Kundentermine (15\u202f%)", "Kapazität 12,5", []string{"48\u202f000", "4444,44"}},
		{"en", "Jan 19, 2027: 150\u00a0Kundentermine (15%)", "Capacity 12.5", []string{"48,000", "4,444.44"}},
	} {
		fsys := stressSite("A4", "portrait", "/")
		fsys["fokus.toml"].Data = bytes.Replace(fsys["fokus.toml"].Data, []byte(`language = "de"`), []byte(`language = "`+c.lang+`"`), 1)
		out := build(t, fsys)
		history := chartOption(t, out["objectives/ziel-1/index.html"], "chart-history")
		if lines := strings.Join(tips(history), "\n"); !strings.Contains(lines, c.checkin) || strings.Contains(lines, "2027-01-19") {
			t.Errorf("%s: history tooltips do not say %q:\n%s", c.lang, c.checkin, lines)
		}
		target := history["series"].([]any)[0].(map[string]any)["markLine"].(map[string]any)["label"].(map[string]any)["formatter"]
		if want := map[string]string{"de": "Ziel 100\u202f%", "en": "Target 100%"}[c.lang]; target != want {
			t.Errorf("%s: target line says %q, want %q", c.lang, target, want)
		}

		rice := build(t, scoredSite(c.lang, "rice"))
		page := rice["priorities/index.html"]
		load, _ := json.Marshal(chartOption(t, page, "chart-load"))
		if !strings.Contains(string(load), `"formatter":"`+c.capacity+`"`) || strings.Contains(string(load), "{@") {
			t.Errorf("%s: the capacity mark is not labelled %q: %s", c.lang, c.capacity, load)
		}
		ranking, _ := json.Marshal(chartOption(t, page, "chart-ranking"))
		for _, score := range c.ranking {
			if !strings.Contains(string(ranking), `"label":{"formatter":"`+score+`"}`) {
				t.Errorf("%s: no ranking bar is labelled %q: %s", c.lang, score, ranking)
			}
		}
	}
}

// Under ice no idea has a size, so the load chart has no bars although the
// team carries ideas: the page says so instead of claiming that no team
// carries any; likewise when the committed ideas are not scored yet.
func TestLoadWithoutSizesSaysSoInsteadOfNoTeamCarriesAnything(t *testing.T) {
	for _, c := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"ice de", scoredSite("de", "ice"), "ICE misst keinen Aufwand: Die angenommenen und laufenden Ideen haben keine Größe, die gegen die Kapazität zählt."},
		{"ice en", scoredSite("en", "ice"), "ICE measures no effort: the accepted and in-progress ideas have no size to count against capacity."},
		{"wsjf unscored", scoredSite("de", "wsjf"), "Noch hat keine angenommene oder laufende Idee eine Punktzahl"},
	} {
		out := build(t, c.fsys)
		// The team page draws its load chart only when there are bars.
		for _, p := range []string{"priorities/index.html", "teams/a/index.html"} {
			page := html.UnescapeString(string(out[p]))
			if p == "priorities/index.html" && !strings.Contains(page, `<p class="chart-empty" id="chart-load">`+c.want) {
				t.Errorf("%s %s: the load chart's place does not say %q", c.name, p, c.want)
			}
			for _, wrong := range []string{"Kein Team trägt", "No team carries"} {
				if strings.Contains(page, wrong) {
					t.Errorf("%s %s: says %q, though the team carries two committed ideas", c.name, p, wrong)
				}
			}
			// Under ice a load is not measured, and no table says it is 0
			// (look at the printed priorities: "0 / 12,5" for every team).
			if strings.HasPrefix(c.name, "ice") && (strings.Contains(page, `class="load-table"`) || strings.Contains(page, "0&nbsp;/ 12")) {
				t.Errorf("%s %s: a table gives the team a load of 0 beside the sentence that ice measures none", c.name, p)
			}
		}
	}
}

// The charts write a score and a load as the pages do (QA): a rounded score
// with "≈" before its formula, not "="; a load over its capacity with as
// many decimals as it takes to read as more, and the capacity as written.
// Halves are rounded as written: a score of 0.145 is 0.15, a key result at
// 57 of 200 is at 29 %.
func TestChartsWriteNumbersAsThePagesDo(t *testing.T) {
	fsys := fstest.MapFS{}
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	add("fokus.toml", "title = \"Numbers\"\nlanguage = \"en\"\nperiod = \"2027-Q1\"\n")
	add("content/teams/a.md", "+++\ntitle = \"Team A\"\ncapacity = 3.333\n+++\n")
	add("content/teams/b.md", "+++\ntitle = \"Team B\"\n+++\n")
	add("content/teams/c.md", "+++\ntitle = \"Team C\"\n+++\n")
	idea := func(slug, status, teams, score string) {
		text := "+++\ntitle = \"" + slug + "\"\nsubmitted = 2027-01-02\nteams = [" + teams + "]\nstatus = \"" + status + "\"\n\n[score]\n" + score
		if status == "accepted" {
			text += "\n[decision]\ndate = 2027-01-10\nby = \"Board\"\nrationale = \"Because.\"\nstops = [\"Something else\"]\n"
		}
		add("content/ideas/"+slug+".md", text+"+++\n")
	}
	idea("shared", "accepted", `"a", "b", "c"`, "value = 1\ntime_criticality = 0\nrisk_reduction = 0\njob_size = 10\n")
	idea("tiny", "proposed", `"a"`, "value = 1\ntime_criticality = 0\nrisk_reduction = 0\njob_size = 800\n")
	idea("half", "proposed", `"a"`, "value = 0.145\ntime_criticality = 0\nrisk_reduction = 0\njob_size = 1\n")
	add("content/objectives/o.md", "+++\ntitle = \"O\"\nteam = \"a\"\nperiod = \"2027-Q1\"\nreviewed = 2027-01-20\n\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 200\ncurrent = 57\n+++\n")
	out := build(t, fsys)
	page := out["priorities/index.html"]

	load := strings.Join(tips(chartOption(t, page, "chart-load")), "\n")
	for _, want := range []string{"Capacity: 3.333 points", "Load: 3.3333 points", "Over capacity"} {
		if !strings.Contains(load, want) {
			t.Errorf("the load chart's tooltips do not say %q:\n%s", want, load)
		}
	}
	if raw, _ := json.Marshal(chartOption(t, page, "chart-load")); !strings.Contains(string(raw), `"formatter":"Capacity 3.333"`) {
		t.Errorf("the capacity mark is not labelled as written: %s", raw)
	}
	for _, id := range []string{"chart-priorities", "chart-ranking"} {
		lines := strings.Join(tips(chartOption(t, page, id)), "\n")
		for _, want := range []string{"Score: 0.0013 ≈ (1 + 0 + 0) / 800", "Score: 0.15 ≈ (0.145 + 0 + 0) / 1"} {
			if !strings.Contains(lines, want) {
				t.Errorf("%s: the tooltips do not say %q:\n%s", id, want, lines)
			}
		}
	}
	backlog := html.UnescapeString(string(out["backlog/index.html"]))
	if !strings.Contains(backlog, "<strong>0.15</strong> <span class=\"formula\">≈") {
		t.Errorf("the backlog does not show the score 0.145 as 0.15 ≈ …")
	}
	if obj := html.UnescapeString(string(out["objectives/o/index.html"])); !strings.Contains(obj, ">29%<") {
		t.Errorf("the key result at 57 of 200 is not shown at 29%%")
	}
}

// An idea's page marks a stale objective it contributes to as overdue, as
// the objective's card does everywhere (QA: rules.md said so, the list on
// the idea's page had no mark).
func TestIdeaPageMarksAStaleObjectiveOverdue(t *testing.T) {
	fsys := fstest.MapFS{}
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	add("fokus.toml", "title = \"T\"\nlanguage = \"en\"\nperiod = \"2027-Q1\"\n")
	add("content/teams/a.md", "+++\ntitle = \"Team A\"\n+++\n")
	for slug, reviewed := range map[string]string{"old": "2026-12-01", "fresh": "2027-01-20"} {
		add("content/objectives/"+slug+".md", "+++\ntitle = \""+slug+"\"\nteam = \"a\"\nperiod = \"2027-Q1\"\nreviewed = "+reviewed+"\n\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 10\n+++\n")
	}
	add("content/ideas/i.md", "+++\ntitle = \"I\"\nsubmitted = 2027-01-02\nobjectives = [\"old\", \"fresh\"]\n+++\n")
	page := string(build(t, fsys)["ideas/i/index.html"])
	start := strings.Index(page, `<ul class="linked-objectives">`)
	if start < 0 {
		t.Fatal("the idea's page lists no objectives")
	}
	list := page[start : start+strings.Index(page[start:], "</ul>")]
	items := strings.Split(list, "<li>")[1:]
	if len(items) != 2 {
		t.Fatalf("%d objectives listed, want 2:\n%s", len(items), list)
	}
	for _, item := range items {
		stale := strings.Contains(item, ">old</a>")
		if got := strings.Contains(item, `<span class="stale-mark">Review overdue</span>`); got != stale {
			t.Errorf("overdue mark %v, want %v:\n%s", got, stale, item)
		}
	}
}

// A body's definition list is one, as in Hugo; an idea without a body says
// so instead of leaving its column empty (Markdown QA).
func TestIdeaBodiesWithDefinitionsOrNothing(t *testing.T) {
	fsys := fstest.MapFS{}
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	add("fokus.toml", "title = \"T\"\nlanguage = \"en\"\n")
	add("content/ideas/defs.md", "+++\ntitle = \"Defs\"\nsubmitted = 2027-01-02\n+++\nMQL\n: Marketing Qualified Lead\n")
	add("content/ideas/empty.md", "+++\ntitle = \"Empty\"\nsubmitted = 2027-01-02\n+++\n  \n\n")
	out := build(t, fsys)
	if page := string(out["ideas/defs/index.html"]); !strings.Contains(page, "<dl>\n<dt>MQL</dt>\n<dd>Marketing Qualified Lead</dd>\n</dl>") {
		t.Errorf("no definition list on the page:\n%s", page)
	}
	if page := string(out["ideas/empty/index.html"]); !strings.Contains(page, `<div class="idea-body prose"><p class="muted">No description yet: the idea&#39;s file has its front matter only.</p></div>`) {
		t.Errorf("the empty body does not say so")
	}
}

// A body that begins with the title as its top heading, as notes from
// Obsidian or Notion do, shows the title once: the page's own <h1> (Markdown
// QA); a first heading that says something else stays, below the title
// as an h2 (see TestABodysTopHeadingIsSetBelowThePageTitle).
func TestABodysFirstHeadingThatRepeatsTheTitleIsLeftOut(t *testing.T) {
	fsys := fstest.MapFS{}
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	add("fokus.toml", "title = \"T\"\nlanguage = \"en\"\n")
	add("content/teams/a.md", "+++\ntitle = \"Team A\"\n+++\n")
	add("content/ideas/same.md", "+++\ntitle = \"Webinar  Reihe\"\nsubmitted = 2027-01-02\n+++\n\n# webinar reihe #\n\nWhy.\n")
	add("content/ideas/other.md", "+++\ntitle = \"Other\"\nsubmitted = 2027-01-02\n+++\n# Background\n\nWhy.\n")
	add("content/objectives/o.md", "+++\ntitle = \"Grow\"\nteam = \"a\"\nperiod = \"2027-Q1\"\n\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 10\n+++\r\n# Grow\r\n\r\nBecause.\r\n")
	out := build(t, fsys)
	for page, want := range map[string]int{"ideas/same/index.html": 1, "ideas/other/index.html": 1, "objectives/o/index.html": 1} {
		if n := strings.Count(string(out[page]), "<h1"); n != want {
			t.Errorf("%s has %d <h1>, want %d", page, n, want)
		}
	}
	if !strings.Contains(string(out["ideas/same/index.html"]), "<p>Why.</p>") {
		t.Error("the body after the heading is gone")
	}
	if !strings.Contains(string(out["ideas/other/index.html"]), `<h2 id="background">Background</h2>`) {
		t.Error("a first heading that says something else is gone")
	}
}

// The navigation says which link is the page itself ("page") and which is
// the section a page is in ("true"): an idea's page had said the link to
// the backlog was the page itself (accessibility QA).
func TestTheNavigationSaysWhereThePageIs(t *testing.T) {
	out := build(t, stressSite("A4", "portrait", "/"))
	for page, want := range map[string]string{
		"backlog/index.html":     `<a href="../backlog/index.html" aria-current="page">`,
		"ideas/a/index.html":     `<a href="../../backlog/index.html" aria-current="true">`,
		"teams/index.html":       `<a href="../teams/index.html" aria-current="page">`,
		"teams/big/index.html":   `<a href="../../teams/index.html" aria-current="true">`,
		"posters/big/index.html": `<a href="../../posters/index.html" aria-current="true">`,
	} {
		if !strings.Contains(string(out[page]), want) {
			t.Errorf("%s lacks %s", page, want)
		}
	}
}

// Screen readers find an idea's or objective's findings by a heading, as
// on a team's page, and a key result's name heads its row (accessibility QA).
func TestFindingsHaveAHeadingAndKeyResultsHeadTheirRows(t *testing.T) {
	out := build(t, stressSite("A4", "portrait", "/"))
	obj := string(out["objectives/ziel-3/index.html"]) // stale: it has findings
	for _, want := range []string{`<section class="panel warn-panel" aria-labelledby="findings-h"><h2 class="visually-hidden" id="findings-h">Befunde</h2>`, `<th scope="row">Schlüsselergebnis 3.1`} {
		if !strings.Contains(obj, want) {
			t.Errorf("the objective's page lacks %s", want)
		}
	}
}

// A team's tile on the dashboard says in words that it has findings, not
// by its tint alone (WCAG 1.4.1; accessibility QA).
func TestADashboardTileSaysItsFindingsInWords(t *testing.T) {
	page := string(exampleSite(t)["index.html"])
	tiles := strings.Split(page, `<div class="team-tile`)[1:]
	if len(tiles) < 2 {
		t.Fatalf("%d team tiles, want the example's", len(tiles))
	}
	for _, tile := range tiles {
		tile = tile[:min(len(tile), strings.Index(tile, "</h3>")+600)]
		tinted := strings.HasPrefix(tile, " has-findings")
		if says := strings.Contains(tile, `<div class="tile-findings">Befunde: <strong>`); says != tinted {
			t.Errorf("a tile tinted %v says its findings in words %v:\n%s", tinted, says, tile)
		}
	}
	if !strings.Contains(page, ` has-findings`) {
		t.Error("no tile has findings; the test needs one")
	}
}

// A team's tile on the dashboard counts the findings its page lists and the
// teams page counts: about the team, its objectives and its ideas (QA: in
// a site's second year a tile said "Befunde: 2" of a team whose page listed
// 9, the revisits and stale proposals of its ideas; a tile said none of a
// team with a stale objective).
func TestADashboardTileCountsTheFindingsItsTeamPageLists(t *testing.T) {
	out := build(t, stressSite("A4", "portrait", "/"))
	row := string(out["teams/index.html"])
	row = row[strings.Index(row, `href="../teams/big/index.html"`):]
	row = row[:strings.Index(row, "</tr>")]
	cells := strings.Split(row, `data-label="Befunde">`)
	if len(cells) != 2 {
		t.Fatalf("the teams page's row of team big has no findings cell:\n%s", row)
	}
	count := cells[1][:strings.Index(cells[1], "<")]
	if count == "0" {
		t.Fatal("team big has no findings; the test needs some")
	}
	page := string(out["index.html"])
	at := strings.Index(page, `<h3><a class="team-name" href="teams/big/index.html"`)
	if at < 0 {
		t.Fatal("the dashboard has no tile of team big")
	}
	tile := page[strings.LastIndex(page[:at], `<div class="team-tile`):]
	tile = tile[:strings.Index(tile, "\n    </div>")]
	if want := `<div class="team-tile has-findings">`; !strings.HasPrefix(tile, want) {
		t.Errorf("team big's tile is not tinted as having findings:\n%s", tile)
	}
	if want := `<div class="tile-findings">Befunde: <strong>` + count + `</strong></div>`; !strings.Contains(tile, want) {
		t.Errorf("team big's tile lacks %s, the count of the teams page:\n%s", want, tile)
	}
}

func TestOverloadedPosterKeepsItsOverdueObjectives(t *testing.T) {
	fsys := overloaded(stressSite("A4", "portrait", "https://intranet.example/fokus/"), "uebervoll", 16, 3)
	// The last two objectives in the team's order are overdue for review:
	// the ones a poster cut from the end would hide.
	for _, o := range []string{"15", "16"} {
		f := fsys["content/objectives/uebervoll/uebervoll-ziel-"+o+".md"]
		f.Data = bytes.Replace(f.Data, []byte("reviewed = 2027-01-20"), []byte("reviewed = 2026-10-01"), 1)
	}
	c, text := countPoster(t, build(t, fsys)["posters/uebervoll/index.html"])
	if c.moreObjectives == 0 {
		t.Fatal("all 16 objectives shown: this much cannot fit")
	}
	if n := strings.Count(text, `<section class="poster-obj is-stale">`); n != 2 {
		t.Errorf("%d overdue objectives on the poster, want both (2)", n)
	}
	if i, j := strings.Index(text, "Vollziel 1 "), strings.Index(text, "Vollziel 15 "); i < 0 || j < i {
		t.Error("the objectives kept are not in the team's order")
	}
	if strings.Contains(text, "überfällig)") || strings.Contains(text, "davon") {
		t.Error("the poster says overdue objectives are left off, though it shows them all")
	}

	// When not even the overdue ones fit, the "+ N more" line says how
	// many of those it leaves off are overdue.
	for o := 1; o <= 16; o++ {
		f := fsys[fmt.Sprintf("content/objectives/uebervoll/uebervoll-ziel-%02d.md", o)]
		f.Data = bytes.Replace(f.Data, []byte("reviewed = 2027-01-20"), []byte("reviewed = 2026-10-01"), 1)
	}
	c, text = countPoster(t, build(t, fsys)["posters/uebervoll/index.html"])
	want := fmt.Sprintf(`<strong class="poster-overdue">⚠ davon %d überfällig</strong></p>`, c.moreObjectives)
	if !strings.Contains(text, want) {
		t.Errorf("the poster leaves off %d overdue objectives without saying so; want %q", c.moreObjectives, want)
	}
}

// Every file of the site has an extension that a web server sends with
// its type (as nginx's and Apache's mime.types name them): a server that
// goes by the name sent ECharts' LICENSE and NOTICE as a download
// (application/octet-stream), not as text to read (QA).
func TestEveryFileHasAnExtensionAServerKnows(t *testing.T) {
	known := map[string]bool{".html": true, ".css": true, ".js": true, ".json": true, ".xml": true, ".svg": true, ".txt": true,
		".png": true, ".jpg": true, ".webp": true, ".woff2": true}
	for _, p := range exampleSite(t).Paths() {
		if !known[path.Ext(p)] {
			t.Errorf("%s: a server does not know the type of %q", p, path.Ext(p))
		}
	}
}

// busyTeam is a site of one team, "vertrieb", of 30 members, with
// objectives objectives of three key results and 25 ideas in progress, of
// titles as long as a sales team's are, on paper in orientation: more than
// a poster lists, so that it leaves some off.
func busyTeam(paper, orientation string, objectives int) fstest.MapFS {
	fsys := fstest.MapFS{}
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	add("fokus.toml", "title = \"Fokus\"\nbase_url = \"https://fokus.intranet.example/\"\nlanguage = \"en\"\nperiod = \"2027-Q1\"\n\n[poster]\npaper = \""+paper+"\"\norientation = \""+orientation+"\"\n")
	add("content/teams/vertrieb.md", "+++\ntitle = \"Inside Sales\"\ndoor = \"Room 2.07\"\nwip_limit = 6\n+++\n")
	withMembers(fsys, "vertrieb", 30)
	for o := 1; o <= objectives; o++ {
		var b strings.Builder
		fmt.Fprintf(&b, "+++\ntitle = \"Nobody waits for us %d\"\nteam = \"vertrieb\"\nperiod = \"2027-Q1\"\nreviewed = 2027-01-20\n", o)
		for k, kr := range []string{"Response time to new leads (median)", "Lead time of retrofit quotes", "Callbacks within two hours"} {
			fmt.Fprintf(&b, "\n[[key_results]]\ntitle = %q\nstart = 10\ntarget = 20\ncurrent = %d\nunit = \"days\"\n", kr, 12+3*k)
		}
		b.WriteString("+++\n")
		add(fmt.Sprintf("content/objectives/vertrieb-%d.md", o), b.String())
	}
	titles := []string{
		"Define lead scoring together with Inside Sales", "CRM data cleanup",
		"Webinar series Manufacturing 4.0 for production managers in mid-sized firms", "Customer advisory board",
		"Price calculator for retrofit quotes on the website", "Retrofit sales playbook",
		"Roll out LinkedIn Sales Navigator to the key account team and train them", "Video product demos",
		"Actively manage review portals", "Win-loss interviews after every lost tender above 50,000 USD",
		"Energy efficiency white paper", "Chip Flight podcast", "ROI calculator for condition monitoring",
		"Unify quote templates", "Partner webinars with tool makers", "Multilingual website (FR, IT, EN)",
		"Event app for the in-house fair", "Pilot AI-assisted quote texts with two sales regions", "Callback guarantee",
		"Social selling training", "Intent data", "Self-service spare parts shop for customers with machines older than ten years",
		"ABM pilot top 50", "Customer reference stories", "Replace marketing automation",
	}
	for i, title := range titles {
		stops := ""
		if i < 6 {
			stops = fmt.Sprintf("stops = [\"Cold calling list %d\"]\n", i+1)
		}
		add(fmt.Sprintf("content/ideas/idea-%02d.md", i), fmt.Sprintf("+++\ntitle = %q\nsubmitted = 2027-01-02\nteams = [\"vertrieb\"]\nstatus = \"in-progress\"\n\n[score]\nvalue = 5\ntime_criticality = 3\nrisk_reduction = 1\njob_size = 3\n\n[decision]\ndate = 2027-01-10\nby = \"Innovation team\"\nrationale = \"Because.\"\n%s+++\n", title, stops))
	}
	return fsys
}

// A poster that leaves items off carries the first of them hidden, each
// saying what its "+ N more" line says once it is shown, for poster.js to
// show those that fit after all: the estimate of their height errs high
// (QA: 13 of 25 ideas in progress above empty lines). They are no more
// than a page holds, and without JavaScript they stay hidden.
func TestPosterCarriesHiddenWhatItLeavesOff(t *testing.T) {
	out := build(t, busyTeam("letter", "portrait", 5))
	page := string(out["posters/vertrieb/index.html"])
	c, _ := countPoster(t, out["posters/vertrieb/index.html"])
	if c.moreWIP == 0 || c.moreKRs == 0 {
		t.Fatalf("the poster leaves no idea in progress or key result off (%+v): the test needs a fuller one", c)
	}
	wip := regexp.MustCompile(`(?s)<section class="poster-wip">.*?</section>`).FindString(page)
	hidden := regexp.MustCompile(`<li dir="auto" hidden data-more="([^"]*)">`).FindAllStringSubmatch(wip, -1)
	if len(hidden) != c.moreWIP {
		t.Fatalf("the poster leaves %d ideas in progress off and carries %d hidden, want all of them", c.moreWIP, len(hidden))
	}
	for i, m := range hidden {
		want := ""
		if left := c.moreWIP - i - 1; left > 0 {
			want = fmt.Sprintf("&#43; %d more", left)
		}
		if m[1] != want {
			t.Errorf("hidden idea %d says %q once shown, want %q", i+1, m[1], want)
		}
	}
	if !strings.Contains(wip, `<li dir="auto" hidden data-more="">Replace marketing automation</li><li class="poster-more">&#43; `) {
		t.Errorf("the last idea is not carried hidden last, before the \"+ N more\" line: %s", wip)
	}
	krs := regexp.MustCompile(`<li hidden data-more="([^"]*)">\s*<div class="poster-kr-line">`).FindAllStringSubmatch(page, -1)
	if len(krs) != c.moreKRs || len(krs) == 0 || krs[0][1] != "" {
		t.Errorf("the poster leaves %d key results off and carries %d hidden (%v), want each, saying no more", c.moreKRs, len(krs), krs)
	}
	// A team of thousands carries no more than a page holds.
	fsys := busyTeam("A4", "portrait", 5)
	for i := range 3000 {
		fsys[fmt.Sprintf("content/ideas/more-%04d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"More %d\"\nsubmitted = 2027-01-02\nteams = [\"vertrieb\"]\nstatus = \"in-progress\"\n\n[decision]\ndate = 2027-01-10\nby = \"I\"\nrationale = \"R.\"\n+++\n", i))}
	}
	out = build(t, fsys)
	if n := strings.Count(string(out["posters/vertrieb/index.html"]), `<li dir="auto" hidden`); n == 0 || n > 100 {
		t.Errorf("a poster of 3025 ideas in progress carries %d hidden, want some, no more than a page holds", n)
	}
}

// A team's findings beyond a screen's worth are grouped by rule as on the
// dashboard, a long group closed, so that its objectives stay in reach (QA:
// a team of 150 ideas listed 71 findings one under the other, its objectives
// 7,000 pixels down on a phone). A few findings stay one list, as before.
func TestATeamsManyFindingsAreGroupedByRule(t *testing.T) {
	fsys := fstest.MapFS{}
	add := func(name, text string) { fsys[name] = &fstest.MapFile{Data: []byte(text)} }
	add("fokus.toml", "title = \"Viele\"\nperiod = \"2027-Q1\"\n")
	add("content/teams/a.md", "+++\ntitle = \"Team A\"\n+++\n")
	add("content/teams/b.md", "+++\ntitle = \"Team B\"\n+++\n")
	for i := range 12 {
		add(fmt.Sprintf("content/ideas/a%02d.md", i), fmt.Sprintf("+++\ntitle = \"Idee %d\"\nsubmitted = 2027-01-20\nteams = [\"a\"]\nstatus = \"in-progress\"\n+++\n", i))
	}
	add("content/ideas/b.md", "+++\ntitle = \"Idee B\"\nsubmitted = 2027-01-20\nteams = [\"b\"]\nstatus = \"in-progress\"\n+++\n")
	out := build(t, fsys)
	page := string(out["teams/a/index.html"])
	if strings.Contains(page, `<ul class="findings">`) {
		t.Error("team A's 36 findings are one list under each other")
	}
	groups := regexp.MustCompile(`<details class="rule-group"( open)?>`).FindAllStringSubmatch(page, -1)
	if len(groups) != 3 {
		t.Fatalf("team A's findings are in %d groups, want 3 (undeclared, no-stop, unaligned)", len(groups))
	}
	for _, g := range groups {
		if g[1] != "" {
			t.Error("a group of 12 findings is open, which keeps the objectives out of reach")
		}
	}
	if n := strings.Count(page, `href="../../ideas/a`); n < 36 {
		t.Errorf("the groups link %d findings' ideas, want 36", n)
	}
	page = string(out["teams/b/index.html"])
	if !strings.Contains(page, `<ul class="findings">`) || strings.Contains(page, `class="rule-group"`) {
		t.Error("team B's two findings are no longer one list")
	}
}

// The example's matrix has ideas of equal or nearly equal effort and
// benefit (ranks 1 and 2, 4 and 7, 15 and 16): no mark is drawn over
// another, as the page carries them, in a chart of 500 px, narrower than
// a desktop's and as narrow as a phone's for marks of full size. Each mark
// stays at its idea's real effort and benefit, which its tip gives too;
// only its offset moves it, by less than its own size.
func TestTheExamplesMatrixSetsNoMarkOverAnother(t *testing.T) {
	out := build(t, exampleWith(t))
	opt := chartOption(t, out["priorities/index.html"], "chart-priorities")
	var index struct {
		Ideas []struct {
			Rank  int
			Score *struct{ Inputs map[string]float64 }
		}
	}
	if err := json.Unmarshal(out["index.json"], &index); err != nil {
		t.Fatal(err)
	}
	real := map[int][2]float64{}
	for _, i := range index.Ideas {
		if i.Rank > 0 {
			in := i.Score.Inputs
			real[i.Rank] = [2]float64{in["job_size"], in["value"] + in["time_criticality"] + in["risk_reduction"]}
		}
	}
	num := func(v any) float64 { f, _ := v.(float64); return f }
	grid := opt["grid"].([]any)[0].(map[string]any)
	edge := func(k string) float64 { f, _ := strconv.ParseFloat(grid[k].(string), 64); return f }
	x, y := opt["xAxis"].([]any)[0].(map[string]any), opt["yAxis"].([]any)[0].(map[string]any)
	width, height := 500-edge("left")-edge("right"), 560-edge("top")-edge("bottom")
	type mark struct {
		rank        int
		x, y, r, by float64
	}
	var marks []mark
	for _, s := range opt["series"].([]any) {
		for _, d := range s.(map[string]any)["data"].([]any) {
			d := d.(map[string]any)
			v := d["value"].([]any)
			rank := int(num(v[3]))
			if want := real[rank]; num(v[0]) != want[0] || num(v[1]) != want[1] {
				t.Errorf("#%d is drawn at (%v, %v), want its effort and benefit (%v, %v)", rank, v[0], v[1], want[0], want[1])
			}
			if tip := d["tip"].([]any)[0].(string); !strings.HasPrefix(tip, "#"+strconv.Itoa(rank)+" ") {
				t.Errorf("#%d's tip begins %q", rank, tip)
			}
			m := mark{rank: rank, r: num(d["symbolSize"]) / 2,
				x: (num(v[0]) - num(x["min"])) / (num(x["max"]) - num(x["min"])) * width,
				y: (1 - (num(v[1])-num(y["min"]))/(num(y["max"])-num(y["min"]))) * height}
			if off, ok := d["symbolOffset"].([]any); ok {
				m.x, m.y, m.by = m.x+num(off[0]), m.y+num(off[1]), math.Hypot(num(off[0]), num(off[1]))
			}
			if m.by >= 2*m.r {
				t.Errorf("#%d is moved %.0f px off its spot, more than its size %.0f", rank, m.by, 2*m.r)
			}
			marks = append(marks, m)
		}
	}
	if len(marks) != len(real) {
		t.Fatalf("%d marks for %d ranked ideas", len(marks), len(real))
	}
	for a := range marks {
		for _, b := range marks[a+1:] {
			if d := math.Hypot(marks[a].x-b.x, marks[a].y-b.y); d < marks[a].r+b.r {
				t.Errorf("#%d and #%d are drawn %.0f px apart, over each other (radii %v and %v)", marks[a].rank, b.rank, d, marks[a].r, b.r)
			}
		}
	}
}

// No line of a poster starts with the dot between the parts of a line:
// the dot before an objective's owner, a key result's confidence and the
// paper's orientation stays with what precedes it, as on the screen's
// pages, where a long owner or a narrow column put "· Person 1" or
// "· Zuversicht 40 %" at the start of a line. Nor does the printed
// footer of the other pages, after a long site title. The posters of the
// stress site, whose long titles fill their lines, in both orientations.
func TestNoPosterLineCanStartWithADot(t *testing.T) {
	tags := regexp.MustCompile(`(?s)<title>.*?</title>|<[^>]*>`)
	breakable := regexp.MustCompile(`\s·`)
	for _, orientation := range []string{"portrait", "landscape"} {
		out := build(t, stressSite("A4", orientation, "/"))
		for _, page := range []string{"posters/big/index.html", "posters/index.html", "backlog/index.html"} {
			text := tags.ReplaceAllString(string(out[page]), "")
			if page != "backlog/index.html" && strings.Count(text, "·") < 3 {
				t.Errorf("%s %s: %d dots, want the owners', the confidences' and the paper's", orientation, page, strings.Count(text, "·"))
			}
			for _, at := range breakable.FindAllStringIndex(text, -1) {
				t.Errorf("%s %s: a line may start with the dot in %q", orientation, page, text[max(0, at[0]-40):min(len(text), at[1]+30)])
			}
		}
	}
}

// No line of a poster or of a page starts with a dash or dot that content
// sets off with spaces: "Müller & Söhne – Außendienst" broke before "–",
// on a door poster and on a phone, as if "– Außendienst" were an item of
// its own. The team's, objective's, key result's and idea's titles, the
// site's, the door and what stops keep it with the word before, on every
// page, and so do the texts of a body, its paragraphs, headings, lists and
// tables, a decision's rationale and a check-in's note; index.json keeps
// the titles as written.
func TestNoLineStartsWithAContentDash(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":          {Data: []byte("title = \"Fokus · Vertrieb – Intranet\"\nperiod = \"2027-Q1\"\n")},
		"content/teams/ms.md": {Data: []byte("+++\ntitle = \"Müller & Söhne – Außendienst\"\ndoor = \"Raum 2.08 – 2. OG\"\nwip_limit = 3\n+++\n")},
		"content/objectives/plan.md": {Data: []byte("+++\ntitle = \"Plan — 2027\"\nteam = \"ms\"\nperiod = \"2027-Q1\"\nreviewed = 2027-01-20\n\n" +
			"[[key_results]]\ntitle = \"Umsatz – Neukunden\"\nstart = 0\ntarget = 10\ncurrent = 4\nconfidence = 0.5\n\n" +
			"[[key_results.checkins]]\ndate = 2027-01-15\nvalue = 4\nnote = \"Messe – zwei Abschlüsse\"\n+++\n")},
		"content/ideas/crm.md": {Data: []byte("+++\ntitle = \"Angebote · CRM - Vorlagen\"\nsubmitted = 2027-01-02\nteams = [\"ms\"]\nstatus = \"in-progress\"\nobjectives = [\"plan\"]\n\n" +
			"[decision]\ndate = 2027-01-10\nby = \"Team\"\nrationale = \"Weil – Vorlagen sparen Zeit.\"\nstops = [\"Kaltakquise – Callcenter\", \"alt\"]\n+++\n" +
			"## Kosten – einmalig\n\nLizenzen **Vertrieb** – Außendienst,\n– und *Innendienst* · Süd - West.\n\n- Schulung — Word\n\n| Posten – Art |\n|---|\n| Lizenz – jährlich |\n")},
		"content/ideas/alt.md": {Data: []byte("+++\ntitle = \"Alte Vorlagen — Word\"\nsubmitted = 2027-01-01\nstatus = \"dropped\"\n\n" +
			"[decision]\ndate = 2027-01-09\nby = \"Team\"\nrationale = \"Ersetzt.\"\n+++\n")},
	}
	out := build(t, fsys)
	hidden := regexp.MustCompile(`(?s)<title>.*?</title>|<script.*?</script>|<[^>]*>`)
	breakable := regexp.MustCompile(`\s[–—·]|\s-\s`)
	pages := 0
	for name, data := range out {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		text := html.UnescapeString(hidden.ReplaceAllString(string(data), ""))
		for _, at := range breakable.FindAllStringIndex(text, -1) {
			t.Errorf("%s: a line may start with the dash in %q", name, text[max(0, at[0]-30):min(len(text), at[1]+20)])
		}
	}
	poster := html.UnescapeString(string(out["posters/ms/index.html"]))
	for _, tied := range []string{"Müller & Söhne\u00a0– Außendienst", "Raum 2.08\u00a0– 2. OG", "Plan\u00a0— 2027", "Umsatz\u00a0– Neukunden",
		"Angebote\u00a0· CRM\u00a0- Vorlagen", "Kaltakquise\u00a0– Callcenter", "Alte Vorlagen\u00a0— Word", "Fokus\u00a0· Vertrieb\u00a0– Intranet"} {
		if !strings.Contains(poster, tied) {
			t.Errorf("the poster does not show %q", tied)
		}
	}
	idea := html.UnescapeString(string(out["ideas/crm/index.html"]))
	for _, tied := range []string{"Weil\u00a0– Vorlagen", "Kosten\u00a0– einmalig", "Vertrieb</strong>\u00a0– Außendienst,\u00a0– und", "Innendienst</em>\u00a0· Süd\u00a0- West", "Schulung\u00a0— Word", "Posten\u00a0– Art", "Lizenz\u00a0– jährlich"} {
		if !strings.Contains(idea, tied) {
			t.Errorf("the idea's body does not show %q", tied)
		}
	}
	for _, page := range []string{"decisions/index.html", "backlog/index.html"} {
		if !strings.Contains(html.UnescapeString(string(out[page])), "Weil\u00a0– Vorlagen") {
			t.Errorf("%s does not show the decision's rationale tied", page)
		}
	}
	if objective := html.UnescapeString(string(out["objectives/plan/index.html"])); strings.Count(objective, "Messe\u00a0– zwei Abschlüsse") != 2 {
		t.Errorf("the objective does not show the check-in's note tied, under the key result and in its history")
	}
	if pages < 10 {
		t.Errorf("%d pages", pages)
	}
	if data := string(out["index.json"]); !strings.Contains(data, `Söhne – Außendienst"`) || strings.Contains(data, "\u00a0") {
		t.Errorf("index.json does not keep the titles as written")
	}
}

// No line starts with the sign between two figures or between a label and
// what it points to: a key result's "38 / 60 Termine" and "7 → 4 Stunden",
// a team's load "22 / 16 Punkte" and its "3 / 3" ideas in progress, the
// matrix's axes "Umfang → · Nutzen ↑", a link's "Türposter →" and a
// poster's "+ 2 weitere Ziele — siehe …" keep the sign with what precedes
// it, where a narrow column put "/ 60 Termine" or "→" alone at the start
// of a line. A score's formula may break at any of its signs alike. The
// example and the stress site, whose big team's poster leaves objectives
// off; every page.
func TestNoLineStartsWithASeparatorBetweenFigures(t *testing.T) {
	boxes := regexp.MustCompile(`(?s)<title>.*?</title>|<script.*?</script>|<style.*?</style>|</?(td|th|tr|li|p|div|h[1-6]|br|ul|ol|section|header|footer|nav|table|thead|tbody|caption|figcaption|label|option)\b[^>]*>`)
	tags := regexp.MustCompile(`<[^>]*>`)
	breakable := regexp.MustCompile(`[ \t\n\r\f]+[/→↑—]`)
	for site, fsys := range map[string]fstest.MapFS{"example": exampleWith(t), "stress": stressSite("A4", "portrait", "/")} {
		out := build(t, fsys)
		signs := map[string]int{}
		for name, data := range out {
			if !strings.HasSuffix(name, ".html") {
				continue
			}
			text := html.UnescapeString(tags.ReplaceAllString(boxes.ReplaceAllString(string(data), "\x00"), ""))
			for _, at := range breakable.FindAllStringIndex(text, -1) {
				if at[0] > 0 && text[at[0]-1] == ')' {
					continue // a formula: (8 + 5 + 5) / 6
				}
				t.Errorf("%s %s: a line may start with the sign in %q", site, name, text[max(0, at[0]-30):min(len(text), at[1]+20)])
			}
			for _, sign := range []string{"\u00a0/ ", "\u00a0→", "\u00a0↑", "\u00a0— "} {
				signs[sign] += strings.Count(text, sign)
			}
		}
		for sign, n := range signs {
			if n == 0 && (site == "example") != (sign == "\u00a0— ") { // the example's posters leave no objective off
				t.Errorf("%s: no page has %q", site, sign)
			}
		}
	}
}

// A poster of large type, of a team with no objectives yet, sets a name of
// one word of 29 letters smaller than its least scale elsewhere (0.4), so
// that the word fits its line also where no script fits it (a print
// without JavaScript): at 0.4, "Geschäftskundenbetreuungsteam" broke as
// "…betr" over "euungsteam" on A4 upright (print QA). It stays at least
// half as large again as the poster's least type.
func TestAPosterOfLargeTypeSetsAWordOf29LettersSmallerToKeepItWhole(t *testing.T) {
	out := build(t, fstest.MapFS{
		"fokus.toml":          {Data: []byte("base_url = \"https://intranet.example/fokus/\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/gk.md": {Data: []byte("+++\ntitle = \"Geschäftskundenbetreuungsteam Nord\"\n+++\n")},
	})
	m := regexp.MustCompile(`--fs: ([0-9.]+)mm; --fs-least: ([0-9.]+)mm;.*--team-scale: ([0-9.]+);`).FindSubmatch(out["posters/gk/index.html"])
	if m == nil {
		t.Fatalf("the poster has no style: %s", out["posters/gk/index.html"])
	}
	fs, _ := strconv.ParseFloat(string(m[1]), 64)
	least, _ := strconv.ParseFloat(string(m[2]), 64)
	scale, _ := strconv.ParseFloat(string(m[3]), 64)
	if scale >= 0.4 || 2.4*fs*scale < 1.5*least-0.01 {
		t.Errorf("the name is set at %v of its size in type of %vmm (least %vmm): want below 0.4, and at least %vmm", scale, fs, least, 1.5*least)
	}
}
