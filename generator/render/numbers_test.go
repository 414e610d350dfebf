package render_test

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

// Numbers as a WSJF or OKR reader reads them (QA, numbers audit).
func TestNumbersReadAsWhatTheyAre(t *testing.T) {
	idea := func(title, teams, score string) string {
		return "+++\ntitle = \"" + title + "\"\nsubmitted = 2026-11-01\nteams = [" + teams + "]\nstatus = \"accepted\"\n\n" + score +
			"\n[decision]\ndate = 2026-11-02\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"x\"]\n+++\n"
	}
	fsys := fstest.MapFS{
		"fokus.toml":          {Data: []byte("language = \"en\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/t1.md": {Data: []byte("+++\ntitle = \"T1\"\n+++\n")},
		"content/teams/t2.md": {Data: []byte("+++\ntitle = \"T2\"\n+++\n")},
		"content/teams/t3.md": {Data: []byte("+++\ntitle = \"T3\"\ncapacity = 3.33\n+++\n")},
		"content/ideas/third.md": {Data: []byte(idea("Third", `"t1", "t2", "t3"`,
			"[score]\nvalue = 2\ntime_criticality = 0\nrisk_reduction = 0\njob_size = 10\n"))},
		"content/ideas/whole.md": {Data: []byte(idea("Whole", `"t1"`,
			"[score]\nvalue = 2\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 2\n"))},
		"content/objectives/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"t3\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n" +
			"[[key_results]]\ntitle = \"Rate\"\nstart = 50\ntarget = 100\ncurrent = 75\nunit = \"%\"\n\n" +
			"[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 10\ncurrent = 5\n+++\n")},
	}
	out := build(t, fsys)
	// A score is written with = where the page shows it whole: 2 / 10 is
	// 0.2 and 4 / 2 is 2.
	page := string(out["ideas/third/index.html"])
	if !strings.Contains(page, "= (2 &#43; 0 &#43; 0) / 10 = 0.2<") {
		t.Errorf("an exact score is not written with =:\n%s", excerpt(page, "formula-line"))
	}
	backlog := string(out["backlog/index.html"])
	for _, want := range []string{`<strong>0.2</strong> <span class="formula">= (2 &#43; 0 &#43; 0) / 10</span>`, `<strong>2</strong> <span class="formula">= (2 &#43; 1 &#43; 1) / 2</span>`} {
		if !strings.Contains(backlog, want) {
			t.Errorf("backlog lacks %s", want)
		}
	}
	// 10/3 points over a capacity of 3.33 read as more than it.
	team := string(out["teams/t3/index.html"])
	if !strings.Contains(team, `<span class="load-figure">3.333&nbsp;/ 3.33 points</span>`) {
		t.Errorf("a load over capacity reads as equal to it:\n%s", excerpt(team, "load-figure"))
	}
	if prio := string(out["priorities/index.html"]); !strings.Contains(prio, `<td class="num load-figure">3.333&nbsp;/ 3.33</td>`) {
		t.Errorf("the load table writes a load over capacity as equal to it:\n%s", excerpt(prio, "load-figure"))
	}
	// "75% / 100%" from a start of 50% is half done, and says its start.
	card := string(out["objectives/index.html"])
	for _, want := range []string{"<span class=\"kr-value\">75%\u00a0/ 100% (start\u00a050%)</span>", "<span class=\"kr-value\">5\u00a0/ 10</span>"} {
		if !strings.Contains(card, want) {
			t.Errorf("the objective's card lacks %s:\n%s", want, excerpt(card, "kr-value"))
		}
	}
}

// A score rounded for the page is written with ≈, not =.
func TestARoundedScoreIsApproximate(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml": {Data: []byte("language = \"en\"\n")},
		"content/ideas/x.md": {Data: []byte("+++\ntitle = \"X\"\nsubmitted = 2026-11-01\n\n" +
			"[score]\nvalue = 2\ntime_criticality = 0\nrisk_reduction = 0\njob_size = 3\n+++\n")},
		"content/ideas/small.md": {Data: []byte("+++\ntitle = \"Small\"\nsubmitted = 2026-11-01\n\n" +
			"[score]\nvalue = 1\ntime_criticality = 0\nrisk_reduction = 0\njob_size = 250\n+++\n")},
	}
	out := build(t, fsys)
	// 1 / 250 is 0.004, written whole, though below two decimals (review).
	if page := string(out["ideas/small/index.html"]); !strings.Contains(page, "= (1 &#43; 0 &#43; 0) / 250 = 0.004<") {
		t.Errorf("an exact small score is written with ≈:\n%s", excerpt(page, "formula-line"))
	}
	if page := string(out["ideas/x/index.html"]); !strings.Contains(page, "= (2 &#43; 0 &#43; 0) / 3 ≈ 0.67<") {
		t.Errorf("a rounded score is written with =:\n%s", excerpt(page, "formula-line"))
	}
	if backlog := string(out["backlog/index.html"]); !strings.Contains(backlog, `<strong>0.67</strong> <span class="formula">≈ (2 &#43; 0 &#43; 0) / 3</span>`) {
		t.Errorf("the backlog writes a rounded score with =:\n%s", excerpt(backlog, "formula"))
	}
}

// Two ranked ideas whose scores two decimals write alike are written with
// the decimals that tell them apart, on every page and chart that shows
// them: 26/21 and 21/17 are 1.238 and 1.235, not 1.24 twice with the newer
// first (QA).
func TestScoresThatRoundAlikeReadApart(t *testing.T) {
	idea := func(title, submitted, score string) []byte {
		return []byte("+++\ntitle = \"" + title + "\"\nsubmitted = " + submitted + "\n\n[score]\n" + score + "+++\n")
	}
	fsys := fstest.MapFS{
		"fokus.toml":             {Data: []byte("language = \"en\"\n")},
		"content/ideas/newer.md": {Data: idea("Newer", "2026-11-10", "value = 8\ntime_criticality = 13\nrisk_reduction = 5\njob_size = 21\n")},
		"content/ideas/older.md": {Data: idea("Older", "2026-10-10", "value = 8\ntime_criticality = 8\nrisk_reduction = 5\njob_size = 17\n")},
	}
	out := build(t, fsys)
	backlog := string(out["backlog/index.html"])
	for _, want := range []string{`<strong>1.238</strong> <span class="formula">≈ (8 &#43; 13 &#43; 5) / 21</span>`, `<strong>1.235</strong> <span class="formula">≈ (8 &#43; 8 &#43; 5) / 17</span>`} {
		if !strings.Contains(backlog, want) {
			t.Errorf("the backlog lacks %s:\n%s", want, excerpt(backlog, "formula"))
		}
	}
	if page := string(out["ideas/newer/index.html"]); !strings.Contains(page, `<p class="big-score" style="--chars: 5">1.238</p>`) || !strings.Contains(page, "= (8 &#43; 13 &#43; 5) / 21 ≈ 1.238<") {
		t.Errorf("the idea's page writes its score otherwise than the backlog:\n%s", excerpt(page, "score"))
	}
	if prio := string(out["priorities/index.html"]); !strings.Contains(prio, `"formatter":"1.238"`) || !strings.Contains(prio, `Score: 1.235 ≈ (8 + 8 + 5) / 17`) {
		t.Errorf("the ranking writes the scores otherwise than the backlog:\n%s", excerpt(prio, "1.2"))
	}
}

// ICE gives ideas no size: a team's load is no "0 / 5 points" (QA).
func TestICESitesShowNoLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n[scoring]\nmodel = \"ice\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\ncapacity = 5\n+++\n")},
		"content/ideas/x.md": {Data: []byte("+++\ntitle = \"X\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"accepted\"\n\n" +
			"[score]\nimpact = 5\nconfidence = 5\nease = 5\n\n[decision]\ndate = 2026-11-02\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"x\"]\n+++\n")},
	}
	out := build(t, fsys)
	for _, p := range []string{"index.html", "teams/a/index.html", "teams/index.html"} {
		page := string(out[p])
		if !strings.Contains(page, `<span class="load-figure muted">ICE measures no effort&nbsp;· Capacity 5</span>`) || strings.Contains(page, "0&nbsp;/ 5") {
			t.Errorf("%s shows a load under ICE:\n%s", p, excerpt(page, "load"))
		}
	}
}

// A team's load says how many of its accepted and in-progress ideas it
// leaves out for want of a score: three accepted without a job size read
// "0 / 10 points" without a word (QA). A proposal without one is not
// committed, and a team without such ideas gets no note.
func TestTheLoadSaysWhichIdeasItLeavesOut(t *testing.T) {
	idea := func(title, status, score string) string {
		return "+++\ntitle = \"" + title + "\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"" + status + "\"\n" + score +
			"\n[decision]\ndate = 2026-11-02\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"x\"]\n+++\n"
	}
	fsys := fstest.MapFS{
		"fokus.toml":                {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":        {Data: []byte("+++\ntitle = \"A\"\ncapacity = 10\n+++\n")},
		"content/teams/b.md":        {Data: []byte("+++\ntitle = \"B\"\ncapacity = 10\n+++\n")},
		"content/ideas/sized.md":    {Data: []byte(idea("Sized", "accepted", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 3\n"))},
		"content/ideas/accepted.md": {Data: []byte(idea("Accepted", "accepted", ""))},
		"content/ideas/running.md":  {Data: []byte(idea("Running", "in-progress", ""))},
		"content/ideas/parked.md":   {Data: []byte(idea("Parked", "parked", ""))},
		"content/ideas/proposal.md": {Data: []byte("+++\ntitle = \"P\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\n+++\n")},
	}
	out := build(t, fsys)
	note := `<p class="load-note">2 accepted or in-progress ideas have no score and are not counted</p>`
	for _, p := range []string{"index.html", "teams/a/index.html", "teams/index.html"} {
		if page := string(out[p]); !strings.Contains(page, `3&nbsp;/ 10 points`) || strings.Count(page, note) != 1 || strings.Count(page, "load-note") != 1 {
			t.Errorf("%s does not say which ideas the load leaves out:\n%s", p, excerpt(page, "load"))
		}
	}
	if page := string(out["teams/b/index.html"]); strings.Contains(page, "load-note") {
		t.Errorf("a team without unscored ideas gets a note:\n%s", excerpt(page, "load-note"))
	}
	// The priorities' chart of every team's load says it of the team it
	// concerns, and of no other: its bar of 3 / 10 hid the two.
	if page := string(out["priorities/index.html"]); !strings.Contains(page, `<p class="load-note"><a href="../teams/a/index.html">A</a>: 2 accepted or in-progress ideas have no score and are not counted</p>`) ||
		strings.Count(page, "load-note") != 1 {
		t.Errorf("the priorities' load does not say which ideas it leaves out:\n%s", excerpt(page, "load-note"))
	}
	delete(fsys, "content/ideas/running.md")
	fsys["fokus.toml"] = &fstest.MapFile{Data: []byte("language = \"de\"\n")}
	if page := string(build(t, fsys)["teams/a/index.html"]); !strings.Contains(page, `<p class="load-note">1 angenommene oder laufende Idee hat keine Bewertung und zählt nicht mit</p>`) {
		t.Errorf("one idea left out is not told in the singular:\n%s", excerpt(page, "load-note"))
	}
}

// On an English site a team's door label is headed, and a bare number
// named, "Room": "Door" above "Suite 400, Room 412", and "Door 4B" on a
// poster, were German's Tür word for word (QA).
func TestTheTeamsRoomIsNamedAsEnglishNamesIt(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\ndoor = \"Suite 400, Room 412\"\n+++\n")},
		"content/teams/b.md": {Data: []byte("+++\ntitle = \"B\"\ndoor = \"4B\"\n+++\n")},
	}
	out := build(t, fsys)
	if page := string(out["teams/index.html"]); !strings.Contains(page, `<th scope="col">Room</th>`) || !strings.Contains(page, `<td data-label="Room">Suite 400, Room 412</td>`) {
		t.Errorf("the teams' rooms are not headed Room:\n%s", excerpt(page, "<thead>"))
	}
	if page := string(out["posters/b/index.html"]); !strings.Contains(page, `<span class="poster-door">Room 4B</span>`) {
		t.Errorf("a bare door number is not named a room:\n%s", excerpt(page, "poster-door"))
	}
}

// excerpt returns some of page from the first mention of mark.
func excerpt(page, mark string) string {
	i := max(0, strings.Index(page, mark))
	return page[i:min(len(page), i+500)]
}

// Every url in index.json is a page of the site, as docs/data.md writes
// them (ideas/x/index.html), so that it opens from file:// too (QA).
func TestIndexJSONURLsArePagesOfTheSite(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("period = \"2026-Q4\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/x.md": {Data: []byte("+++\ntitle = \"X\"\nsubmitted = 2026-01-01\nteams = [\"a\"]\nstatus = \"in-progress\"\n+++\n")},
		"content/objectives/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"a\"\nperiod = \"2026-Q4\"\n\n" +
			"[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 3\n+++\n")},
	}
	out := build(t, fsys)
	var data struct {
		Teams, Ideas, Objectives, Findings []struct{ URL string }
	}
	if err := json.Unmarshal(out["index.json"], &data); err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, list := range [][]struct{ URL string }{data.Teams, data.Ideas, data.Objectives, data.Findings} {
		for _, item := range list {
			urls = append(urls, item.URL)
		}
	}
	if len(data.Findings) == 0 || len(urls) < 4 {
		t.Fatalf("the site lacks a finding or a document: %s", out["index.json"])
	}
	for _, u := range urls {
		if !strings.HasSuffix(u, "/index.html") || out[u] == nil {
			t.Errorf("url %q is no page of the site", u)
		}
	}
}

// A negative value reads with the minus sign that German and English type
// set (U+2212), not a hyphen, wherever it is shown, tips of the charts
// included; index.json and the charts' data keep it a number.
func TestNegativeNumbersReadWithAMinusSign(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"de\"\nperiod = \"2027-Q1\"\n")},
		"content/teams/t.md": {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
		"content/objectives/t/nps.md": {Data: []byte("+++\ntitle = \"NPS\"\nteam = \"t\"\nperiod = \"2027-Q1\"\nreviewed = 2027-01-20\n\n" +
			"[[key_results]]\ntitle = \"NPS\"\nstart = -10\ntarget = 20\n\n" +
			"[[key_results.checkins]]\ndate = 2027-01-05\nvalue = -5.5\n\n[[key_results.checkins]]\ndate = 2027-01-19\nvalue = -3\n+++\n")},
	}
	out := build(t, fsys)
	for _, page := range []string{"index.html", "objectives/index.html", "teams/t/index.html", "posters/t/index.html"} {
		text := string(out[page])
		if !strings.Contains(text, "\u22123\u00a0/ 20 (Start\u00a0\u221210)") {
			t.Errorf("%s lacks %q", page, "\u22123\u00a0/ 20 (Start\u00a0\u221210)")
		}
		if strings.Contains(text, "-3\u00a0/ 20") || strings.Contains(text, "Start\u00a0-10") {
			t.Errorf("%s writes a negative number with a hyphen", page)
		}
	}
	obj := string(out["objectives/nps/index.html"])
	if !strings.Contains(obj, `data-label="Aktuell">−3<`) || !strings.Contains(obj, `data-label="Start">−10<`) || !strings.Contains(obj, `<td class="num">−5,5</td>`) {
		t.Errorf("the objective's tables lack −3, −10 or −5,5:\n%s", excerpt(obj, `<table class="krs-table">`))
	}
	if !strings.Contains(obj, "\"value\":[\"2027-01-05\",15],\"tip\":[\"NPS\",\"5.1.2027: \u22125,5 (15\u202f%)\"]") {
		t.Errorf("the history chart's tip or data:\n%s", excerpt(obj, `id="chart-history-data"`))
	}
	var data struct {
		Objectives []struct {
			KeyResults []struct {
				Start, Current float64
				Checkins       []struct{ Value float64 }
			} `json:"key_results"`
		}
	}
	if err := json.Unmarshal(out["index.json"], &data); err != nil {
		t.Fatal(err)
	}
	if kr := data.Objectives[0].KeyResults[0]; kr.Start != -10 || kr.Current != -3 || kr.Checkins[0].Value != -5.5 {
		t.Errorf("index.json has %+v, want the numbers as numbers", kr)
	}
}

// Money and percentages read as the site's language writes them: a US
// sales site's "0 $" and "18 %" read as German (QA), "$4,500,000" and
// "18%" as its readers write them; German keeps "4 500 000 $" and "18 %".
func TestUnitsAreWrittenAsTheLanguageWritesThem(t *testing.T) {
	objective := "+++\ntitle = \"Pipeline\"\nteam = \"t\"\nperiod = \"2027-Q1\"\nreviewed = 2027-02-05\n\n" +
		"[[key_results]]\ntitle = \"Pipeline\"\nstart = 0\ntarget = 4500000\nunit = \"$\"\n\n" +
		"[[key_results.checkins]]\ndate = 2027-01-09\nvalue = 650000\n\n" +
		"[[key_results]]\ntitle = \"Win rate\"\nstart = 18\ntarget = 30\ncurrent = 23.4\nunit = \"%\"\n\n" +
		"[[key_results]]\ntitle = \"Bookings\"\nstart = 1.5\ntarget = 4.5\ncurrent = 2\nunit = \"US$M\"\n\n" +
		"[[key_results]]\ntitle = \"Churned ARR\"\nstart = -20000\ntarget = 0\ncurrent = -5000\nunit = \"$\"\n\n" +
		"[[key_results]]\ntitle = \"Cycle\"\nstart = 94\ntarget = 60\ncurrent = 80\nunit = \"days\"\n\n" +
		"[[key_results]]\ntitle = \"Cost per click\"\nstart = 90\ntarget = 60\ncurrent = 75\nunit = \"¢\"\n+++\n"
	site := func(lang string) fstest.MapFS {
		return fstest.MapFS{
			"fokus.toml":              {Data: []byte("language = \"" + lang + "\"\ntimezone = \"America/New_York\"\nperiod = \"2027-Q1\"\n")},
			"content/teams/t.md":      {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
			"content/objectives/o.md": {Data: []byte(objective)},
		}
	}
	nb := "\u00a0"
	cases := []struct {
		lang  string
		cards []string // the objective's card
		cells []string // the key results' table and the check-ins' table
		tips  []string // the history's tooltips
	}{
		{"en",
			[]string{"$650,000" + nb + "/ $4,500,000<", "23.4%" + nb + "/ 30% (start" + nb + "18%)", "US$2M" + nb + "/ US$4.5M (start" + nb + "US$1.5M)",
				"\u2212$5,000" + nb + "/ $0 (start" + nb + "\u2212$20,000)", "80" + nb + "→ 60" + nb + "days (start" + nb + "94)", "75¢" + nb + "→ 60¢ (start" + nb + "90¢)"},
			[]string{`data-label="Start">$0</td>`, `data-label="Target">$4,500,000</td>`, `data-label="Current">23.4%</td>`,
				`<td class="num">$650,000</td>`, `data-label="Target">60<span class="unit"> days</span></td>`},
			[]string{"Jan 1, 2027: $0 (0%)", "Jan 9, 2027: $650,000 (14%)"}},
		{"de",
			[]string{"650\u202f000" + nb + "/ 4\u202f500\u202f000" + nb + "$<", "23,4" + nb + "/ 30" + nb + "% (Start" + nb + "18)"},
			[]string{`data-label="Start">0<span class="unit"> $</span></td>`, `data-label="Aktuell">23,4<span class="unit"> %</span></td>`,
				"<td class=\"num\">650\u202f000<span class=\"unit\"> $</span></td>"},
			[]string{"9.1.2027: 650\u202f000" + nb + "$ (14\u202f%)"}},
	}
	for _, c := range cases {
		out := build(t, site(c.lang))
		card := string(out["objectives/index.html"])
		for _, want := range c.cards {
			if !strings.Contains(card, want) {
				t.Errorf("%s: the objective's card lacks %q:\n%s", c.lang, want, excerpt(card, "kr-value"))
			}
		}
		page := string(out["objectives/o/index.html"])
		for _, want := range c.cells {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the objective's page lacks %q:\n%s", c.lang, want, excerpt(page, "class=\"num\""))
			}
		}
		for _, want := range c.tips {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the history's tooltips lack %q:\n%s", c.lang, want, excerpt(page, "\"tip\""))
			}
		}
	}
}
