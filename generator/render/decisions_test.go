package render_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fokus/generator"
	"fokus/generator/content"
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
	for _, entry := range strings.Split(page, `<li class="card decision-entry"`)[1:] {
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
	if !strings.Contains(parked, `Revisit: <time datetime="2027-03-01">Mar 1, 2027</time>`) {
		t.Errorf("the parked idea's entry does not say when it is revisited:\n%s", parked)
	}
	if strings.Contains(rejected, "Revisit") {
		t.Errorf("an entry without a revisit date names one:\n%s", rejected)
	}
}

// Wording found in a QA pass: plurals, never-reviewed objectives, doors
// and a ranking that shows only the best ideas saying so.
// Only a decision that takes an idea up stops what it names: a parked or
// rejected idea's stops are listed neither in the decision log nor on its
// page, where the facilitator would read them as stopped (QA).
func TestAParkedDecisionsStopsAreNotListed(t *testing.T) {
	idea := func(title, status string) []byte {
		return []byte("+++\ntitle = \"" + title + "\"\nsubmitted = 2026-11-01\nstatus = \"" + status + "\"\n\n" +
			"[decision]\ndate = 2026-11-02\nby = \"Board\"\nrationale = \"R.\"\nstops = [\"Weekly calls\"]\n+++\n")
	}
	fsys := fstest.MapFS{
		"fokus.toml":                {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":        {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/parked.md":   {Data: idea("Parked idea", "parked")},
		"content/ideas/accepted.md": {Data: idea("Accepted idea", "accepted")},
	}
	out := build(t, fsys)
	for _, entry := range strings.Split(string(out["decisions/index.html"]), `<li class="card decision-entry"`)[1:] {
		if listed := strings.Contains(entry, "Weekly calls"); listed != strings.Contains(entry, "Accepted idea") {
			t.Errorf("stops listed: %v, in the entry:\n%s", listed, entry)
		}
	}
	if page := string(out["ideas/parked/index.html"]); strings.Contains(page, "Weekly calls") {
		t.Error("the parked idea's page lists what its decision would stop")
	}
	if page := string(out["ideas/accepted/index.html"]); !strings.Contains(page, "Weekly calls") {
		t.Error("the accepted idea's page does not list what it stops")
	}
}

func TestPagesSayWhatTheyShowInWholeSentences(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\ncapacity = 10\ndoor = \"2.11\"\n+++\n")},
		"content/teams/b.md": {Data: []byte("+++\ntitle = \"B\"\ndoor = \"Room 3.14\"\n+++\n")},
		"content/teams/c.md": {Data: []byte("+++\ntitle = \"C\"\ndoor = \"3rd Floor, East\"\n+++\n")},
		"content/teams/d.md": {Data: []byte("+++\ntitle = \"D\"\ndoor = \"4B\"\n+++\n")},
		"content/objectives/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"a\"\nperiod = \"2026-Q4\"\n\n" +
			"[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 3\n+++\n")},
	}
	for i := range 17 {
		fsys[fmt.Sprintf("content/ideas/i%02d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %d\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"in-progress\"\n\n"+
			"[score]\nvalue = %d\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 1\n\n[decision]\ndate = 2026-11-02\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"x\"]\n+++\n", i, i))}
	}
	out := build(t, fsys)
	for page, want := range map[string]string{
		"priorities/index.html":   "The 15 best-scored of 17 scored open ideas; all of them are in",
		"objectives/o/index.html": "Never reviewed",
		"backlog/index.html":      "ranked by score, the older first on equal scores",
		"teams/a/index.html":      `<span class="door">Room 2.11</span>`,
		"teams/b/index.html":      `<span class="door">Room 3.14</span>`,
		"posters/b/index.html":    `<span class="poster-door">Room 3.14</span>`,
		// A floor says what it is; a room's number alone does not.
		"posters/c/index.html": `<span class="poster-door">3rd Floor, East</span>`,
		"posters/d/index.html": `<span class="poster-door">Room 4B</span>`,
		// The dot before the teams stays with what precedes it: no line
		// starts with it.
		"ideas/i00/index.html": `&nbsp;· <a href="../../teams/a/index.html">A</a></span>`,
	} {
		if !strings.Contains(string(out[page]), want) {
			t.Errorf("%s lacks %q", page, want)
		}
	}
	if strings.Contains(string(out["objectives/o/index.html"]), "Reviewed never") {
		t.Error(`objective page says "Reviewed never"`)
	}
	if !strings.Contains(string(out["teams/a/index.html"]), `<th scope="col" class="num">Points</th>`) {
		t.Error(`the team's load table's header is not "Points"`)
	}
	if !strings.Contains(string(out["priorities/index.html"]), `A: 1 point"`) {
		t.Error(`the load chart does not say "1 point"`)
	}
}

// One of a kind is said in the singular on the dashboard (QA: "1 decisions").
func TestTheDashboardCountsOneInTheSingular(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "1 scored open idea&nbsp;· 0 not yet assessed&nbsp;· 1 decision</p>",
		"de": "1 bewertete offene Idee&nbsp;· 0 noch nicht bewertet&nbsp;· 1 Entscheid</p>",
	} {
		fsys := fstest.MapFS{
			"fokus.toml":         {Data: []byte("language = \"" + lang + "\"\n")},
			"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
			"content/ideas/open.md": {Data: []byte("+++\ntitle = \"Open\"\nsubmitted = 2027-01-20\n\n" +
				"[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 1\n+++\n")},
			"content/ideas/no.md": {Data: []byte("+++\ntitle = \"No\"\nsubmitted = 2027-01-20\nstatus = \"rejected\"\n\n" +
				"[decision]\ndate = 2027-01-21\nby = \"Ann\"\nrationale = \"No.\"\n+++\n")},
		}
		if page := string(build(t, fsys)["index.html"]); !strings.Contains(page, want) {
			t.Errorf("%s dashboard lacks %q", lang, want)
		}
	}
}

// A team without objectives in the period is named where the objectives are
// listed by team, rather than silently left out (QA).
func TestATeamWithoutObjectivesIsNamedBesideTheOthers(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/teams/b.md": {Data: []byte("+++\ntitle = \"B <team>\"\n+++\n")},
		"content/objectives/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"a\"\nperiod = \"2026-Q4\"\n\n" +
			"[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 3\n+++\n")},
	}
	out := build(t, fsys)
	for page, link := range map[string]string{"index.html": "teams/b/index.html", "objectives/index.html": "../teams/b/index.html"} {
		want := `<p class="without-objectives">No objectives this period: <a href="` + link + `">B &lt;team&gt;</a></p>`
		if !strings.Contains(string(out[page]), want) {
			t.Errorf("%s lacks %s", page, want)
		}
	}
	delete(fsys, "content/objectives/o.md")
	if strings.Contains(string(build(t, fsys)["index.html"]), "without-objectives") {
		t.Error("with no objectives at all, the dashboard lists every team as without")
	}
}

// An undeclared project is said in words where it is listed: in the idea
// tables (a flag with a tooltip says nothing on a phone or on paper) and on
// the door poster, which would otherwise list it like decided work (QA).
func TestAnUndeclaredProjectIsMarkedInTablesAndOnThePoster(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":           {Data: []byte("language = \"en\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/a.md":   {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/sub.md": {Data: []byte("+++\ntitle = \"Chatbot\"\nsubmitted = 2027-01-20\nteams = [\"a\"]\nstatus = \"in-progress\"\n+++\n")},
		"content/ideas/ok.md": {Data: []byte("+++\ntitle = \"Webinars\"\nsubmitted = 2027-01-20\nteams = [\"a\"]\nstatus = \"in-progress\"\n\n" +
			"[decision]\ndate = 2027-01-21\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"x\"]\n+++\n")},
	}
	out := build(t, fsys)
	chip := `<span class="rule rule-undeclared">Undeclared project</span>`
	for _, page := range []string{"backlog/index.html", "teams/a/index.html"} {
		rows := map[string]string{}
		for _, row := range strings.Split(string(out[page]), "<tr") {
			for _, title := range []string{"Chatbot", "Webinars"} {
				if strings.Contains(row, `class="title-cell"`) && strings.Contains(row, ">"+title+"</a>") {
					rows[title] = row
				}
			}
		}
		if !strings.Contains(rows["Chatbot"], chip) {
			t.Errorf("%s: the undeclared idea's row lacks %s:\n%s", page, chip, rows["Chatbot"])
		}
		if rows["Webinars"] == "" || strings.Contains(rows["Webinars"], "rule-undeclared") {
			t.Errorf("%s: the decided idea's row is missing or marked undeclared:\n%s", page, rows["Webinars"])
		}
	}
	poster := string(out["posters/a/index.html"])
	if !strings.Contains(poster, `<li dir="auto"><span class="poster-uboot">Undeclared:</span> Chatbot</li>`) || !strings.Contains(poster, `<li dir="auto">Webinars</li>`) {
		t.Errorf("the poster does not mark the undeclared idea in progress:\n%s", poster)
	}
}

// A draft, built with --drafts, is marked in the tables that list it, as on
// its own page (QA).
func TestADraftIsMarkedInItsRow(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":            {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":    {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/wip.md":  {Data: []byte("+++\ntitle = \"Half-written\"\nsubmitted = 2027-01-20\ndraft = true\n+++\n")},
		"content/ideas/done.md": {Data: []byte("+++\ntitle = \"Written\"\nsubmitted = 2027-01-20\n+++\n")},
	}
	res, err := generator.Build(generator.Options{Source: fsys, Now: content.Day(2027, time.January, 26), NowDay: true, Drafts: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %v", err, res.Diagnostics)
	}
	page := string(res.Output["backlog/index.html"])
	if !strings.Contains(page, `>Half-written</a> <span class="badge draft">Draft</span>`) {
		t.Errorf("the draft's row is not marked:\n%s", page)
	}
	if strings.Count(page, `class="badge draft"`) != 1 {
		t.Error("a row that is no draft is marked as one")
	}
}

// Without base_url as the site's address the posters have no QR code; the
// print hint says so on screen, before anyone prints (QA).
func TestThePrintHintSaysWhenPostersHaveNoQRCode(t *testing.T) {
	for base, want := range map[string]bool{"/": true, "/intranet/fokus/": true, "https://intranet.example.com/fokus/": false} {
		fsys := fstest.MapFS{
			"fokus.toml":         {Data: []byte("language = \"en\"\nbase_url = \"" + base + "\"\n")},
			"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		}
		page := string(build(t, fsys)["posters/a/index.html"])
		if got := strings.Contains(page, `<span class="no-qr">No QR code: base_url`); got != want {
			t.Errorf("base_url %q: the print hint says there is no QR code: %v, want %v", base, got, want)
		}
		if got := strings.Contains(page, `class="poster-qr"`); got == want {
			t.Errorf("base_url %q: a QR code: %v", base, got)
		}
	}
}

// A team's page leads to its objectives of other periods with their scores
// (QA: past results and next plans were only on the objectives page), and
// index.json has reviewed as null for an objective never reviewed, as it has
// a missing score or decision (QA: the key was left out).
func TestATeamPageListsItsOtherPeriodsAndIndexJSONHasNulls(t *testing.T) {
	objective := func(title, period, extra string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\nteam = \"a\"\nperiod = \"" + period + "\"\n" + extra +
			"\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 10\ncurrent = 7\n+++\n")}
	}
	fsys := fstest.MapFS{
		"fokus.toml":                 {Data: []byte("language = \"en\"\nperiod = \"2027-Q1\"\n")},
		"content/teams/a.md":         {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/teams/b.md":         {Data: []byte("+++\ntitle = \"B\"\n+++\n")},
		"content/objectives/now.md":  objective("Now", "2027-Q1", "reviewed = 2027-01-20"),
		"content/objectives/last.md": objective("Last quarter", "2026-Q4", ""),
	}
	out := build(t, fsys)
	team := string(out["teams/a/index.html"])
	if !strings.Contains(team, `<li><a href="../../objectives/last/index.html">Last quarter</a> <span class="muted">2026-Q4&nbsp;· 70%</span></li>`) {
		t.Errorf("team page lacks its objective of another period:\n%s", team)
	}
	if strings.Contains(string(out["teams/b/index.html"]), "Last quarter") {
		t.Error("another team's page lists the objective")
	}
	if data := string(out["index.json"]); !strings.Contains(data, `"reviewed": null`) || !strings.Contains(data, `"reviewed": "2027-01-20"`) {
		t.Errorf("index.json's reviewed:\n%s", data)
	}
}

// The year's objective is shown beside the quarter's wherever the current
// objectives are, the door poster included, and named by its period there,
// as the quarter's are by the heading above them; it is no "other period"
// on the objectives page. Last year's stays among those (QA, OKR coach:
// "yearly objectives beside quarterly ones are never on the door").
func TestTheYearsObjectiveIsOnTheDoorBesideTheQuarters(t *testing.T) {
	objective := func(title, period string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\nteam = \"a\"\nperiod = \"" + period + "\"\nreviewed = 2027-01-20\n" +
			"\n[[key_results]]\ntitle = \"K\"\ndone = true\n+++\n")}
	}
	fsys := fstest.MapFS{
		"fokus.toml":                {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":        {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/objectives/q.md":   objective("Quarter goal", "2027-Q1"),
		"content/objectives/y.md":   objective("Year goal", "2027"),
		"content/objectives/old.md": objective("Last year goal", "2026"),
	}
	out := build(t, fsys) // on 2027-01-26
	for _, page := range []string{"index.html", "objectives/index.html", "teams/a/index.html"} {
		html := string(out[page])
		card := regexp.MustCompile(`(?s)<article class="card objective-card[^"]*">.*?</article>`).FindAllString(html, -1)
		var titles []string
		for _, c := range card {
			switch {
			case strings.Contains(c, ">Quarter goal<") && !strings.Contains(c, "period-chip"):
				titles = append(titles, "quarter")
			case strings.Contains(c, ">Year goal<") && strings.Contains(c, `<span class="period-chip">2027</span>`):
				titles = append(titles, "year with its period")
			default:
				titles = append(titles, "other")
			}
		}
		if got := strings.Join(titles, ", "); got != "quarter, year with its period" {
			t.Errorf("%s: cards %s, want the quarter's, then the year's with its period", page, got)
		}
	}
	poster := string(out["posters/a/index.html"])
	if !strings.Contains(poster, "Quarter goal") || !regexp.MustCompile(`Year goal</span> <span class="poster-pct"><span class="poster-obj-period">2027</span> `).MatchString(poster) {
		t.Errorf("the poster lacks the year's objective with its period:\n%s", poster)
	}
	if strings.Contains(poster, "Last year goal") {
		t.Error("the poster shows last year's objective")
	}
	index := string(out["objectives/index.html"])
	if strings.Contains(index, ">2027</h3>") || !strings.Contains(index, `<h3 id="period-2026">2026</h3>`) {
		t.Errorf("other periods on the objectives page: want 2026 alone:\n%s", index)
	}
	if data := string(out["index.json"]); !strings.Contains(data, `"objectives": [
        "q",
        "y"
      ]`) {
		t.Errorf("index.json: the team's objectives are not the quarter's and the year's:\n%s", data)
	}
}

// doneObjective is the file of an objective of team and period whose one
// key result is done, reviewed in 2027-Q1.
func doneObjective(title, team, period string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\nteam = \"" + team + "\"\nperiod = \"" + period + "\"\nreviewed = 2027-01-20\n" +
		"\n[[key_results]]\ntitle = \"K\"\ndone = true\n+++\n")}
}

// A team of program increments on a site of quarters has its newest
// increment on its door, in its poster's and its page's heading, and named
// on its card on the dashboard, which is headed by the quarter (QA, OKR
// coach: the increment team's door was empty).
func TestATeamOfProgramIncrementsShowsItsIncrementOnItsDoor(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":                {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":        {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/teams/pi.md":       {Data: []byte("+++\ntitle = \"Trains\"\n+++\n")},
		"content/objectives/q.md":   doneObjective("Quarter goal", "a", "2027-Q1"),
		"content/objectives/p9.md":  doneObjective("Old increment", "pi", "PI 27.9"),
		"content/objectives/p10.md": doneObjective("New increment", "pi", "PI 27.10"),
	}
	out := build(t, fsys)
	if poster := string(out["posters/pi/index.html"]); !strings.Contains(poster, `<span class="poster-period">Period PI 27.10</span>`) ||
		!strings.Contains(poster, "New increment") || strings.Contains(poster, "Old increment") || strings.Contains(poster, "poster-obj-period") {
		t.Errorf("the increment team's poster:\n%s", poster)
	}
	if team := string(out["teams/pi/index.html"]); !strings.Contains(team, "<h2>Objectives PI 27.10</h2>") || strings.Contains(team, `<span class="period-chip">PI 27.10</span>`) {
		t.Errorf("the increment team's page:\n%s", team)
	}
	if dash := string(out["index.html"]); !strings.Contains(dash, `<span class="period-chip">PI 27.10</span>`) || !strings.Contains(dash, "Objectives 2027-Q1") {
		t.Errorf("the dashboard does not name the increment on its card:\n%s", dash)
	}
}

// index.json names the period on each team's door, which is not always
// the site's: a team still grading the last quarter in the first weeks of
// the next, beside the new year's objectives, and a team of program
// increments, have their own, as their posters do.
func TestIndexJSONNamesThePeriodOnEachTeamsDoor(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":                 {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":         {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/teams/grading.md":   {Data: []byte("+++\ntitle = \"Grading\"\n+++\n")},
		"content/teams/pi.md":        {Data: []byte("+++\ntitle = \"Trains\"\n+++\n")},
		"content/objectives/q.md":    doneObjective("Quarter goal", "a", "2027-Q1"),
		"content/objectives/last.md": doneObjective("Last quarter", "grading", "2026-Q4"),
		"content/objectives/year.md": doneObjective("New year", "grading", "2027"),
		"content/objectives/p10.md":  doneObjective("New increment", "pi", "PI 27.10"),
	}
	out := build(t, fsys)
	period, got := doors(t, out)
	want := []string{"a 2027-Q1 q", "grading 2026-Q4 last,year", "pi PI 27.10 p10"}
	if period != "2027-Q1" || !slices.Equal(got, want) {
		t.Errorf("index.json: period %s, teams:\n%s\nwant period 2027-Q1, teams:\n%s", period, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if poster := string(out["posters/grading/index.html"]); !strings.Contains(poster, `<span class="poster-period">Period 2026-Q4</span>`) || !strings.Contains(poster, "New year") {
		t.Errorf("the grading team's poster:\n%s", poster)
	}
}

// A team of months two months late beside a team of quarters has the month
// that runs on its door, in index.json, its page's heading and its poster,
// each saying it has no objectives for it yet, and the dashboard names it
// among the teams without, not the site's quarter, empty (QA).
func TestATeamOfMonthsTwoMonthsLateHasTheMonthThatRunsOnItsPageAndPoster(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":                     {Data: []byte("language = \"en\"\n")},
		"content/teams/sales.md":         {Data: []byte("+++\ntitle = \"Sales\"\n+++\n")},
		"content/teams/marketing.md":     {Data: []byte("+++\ntitle = \"Marketing\"\n+++\n")},
		"content/objectives/january.md":  doneObjective("January goal", "sales", "2027-01"),
		"content/objectives/february.md": doneObjective("February goal", "sales", "2027-02"),
		"content/objectives/q1.md":       doneObjective("First quarter", "marketing", "2027-Q1"),
		"content/objectives/q2.md":       doneObjective("Second quarter", "marketing", "2027-Q2"),
	}
	res, err := generator.Build(generator.Options{Source: fsys, Now: content.Day(2027, time.April, 10), NowDay: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Failed() {
		t.Fatalf("build failed:\n%v", res.Diagnostics)
	}
	out := res.Output
	period, got := doors(t, out)
	if want := []string{"marketing 2027-Q2 q2", "sales 2027-04 "}; period != "2027-Q2" || !slices.Equal(got, want) {
		t.Errorf("index.json: period %s, teams:\n%s\nwant period 2027-Q2, teams:\n%s", period, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if page := string(out["teams/sales/index.html"]); !strings.Contains(page, "<h2>Objectives 2027-04</h2>") || !strings.Contains(page, "No objectives for this period yet.") {
		t.Errorf("the sales team's page:\n%s", page)
	}
	if poster := string(out["posters/sales/index.html"]); !strings.Contains(poster, `<span class="poster-period">Period 2027-04</span>`) || !strings.Contains(poster, "No objectives for this period yet.") {
		t.Errorf("the sales team's poster:\n%s", poster)
	}
	if dash := string(out["index.html"]); !regexp.MustCompile(`No objectives this period: <a href="[^"]*">Sales</a></p>`).MatchString(dash) {
		t.Errorf("the dashboard does not name sales among the teams without objectives:\n%s", dash)
	}
}

// A past period written two ways ("2026-Q3", "Q3 2026") is one heading on
// the objectives page, with both objectives under it (review).
func TestAPeriodWrittenTwoWaysIsOneHeading(t *testing.T) {
	objective := func(title, period string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\nteam = \"a\"\nperiod = \"" + period + "\"\n" +
			"\n[[key_results]]\ntitle = \"K\"\ndone = true\n+++\n")}
	}
	fsys := fstest.MapFS{
		"fokus.toml":               {Data: []byte("language = \"en\"\nperiod = \"2027-Q1\"\n")},
		"content/teams/a.md":       {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/objectives/n.md":  objective("Now", "2027-Q1"),
		"content/objectives/p1.md": objective("Past one", "2026-Q3"),
		"content/objectives/p2.md": objective("Past two", "Q3 2026"),
	}
	page := string(build(t, fsys)["objectives/index.html"])
	if n := strings.Count(page, `<h3 id="period-2026-q3">2026-Q3</h3>`) + strings.Count(page, `<h3 id="period-q3-2026">Q3 2026</h3>`); n != 1 {
		t.Errorf("%d headings for 2026-Q3:\n%s", n, page)
	}
	if !strings.Contains(page, "Past one") || !strings.Contains(page, "Past two") {
		t.Error("an objective of the past period is missing")
	}
}

// The spellings of one fiscal quarter ("Q1 FY27", "FY27 Q1", "FY27-Q1")
// are one period: its team's door, page and poster and index.json name it
// as most objectives write it, with all its objectives, and a past one is
// one heading on the objectives page, with its objectives under it (QA:
// a heading, and a door, of each spelling).
func TestTheSpellingsOfAFiscalQuarterAreOneHeadingAndOneDoor(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":                 {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":         {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/teams/fy.md":        {Data: []byte("+++\ntitle = \"Finance\"\n+++\n")},
		"content/objectives/q.md":    doneObjective("Quarter goal", "a", "2027-Q1"),
		"content/objectives/f1.md":   doneObjective("Cash first", "fy", "FY27 Q1"),
		"content/objectives/f2.md":   doneObjective("Cash second", "fy", "Q1 FY27"),
		"content/objectives/f3.md":   doneObjective("Cash third", "fy", "Q1 FY27"),
		"content/objectives/f4.md":   doneObjective("Cash fourth", "fy", "FY27-Q1"),
		"content/objectives/old1.md": doneObjective("Old one", "fy", "Q4 FY26"),
		"content/objectives/old2.md": doneObjective("Old two", "fy", "FY26 Q4"),
		"content/objectives/old3.md": doneObjective("Old three", "fy", "FY 26 Q4"),
		"content/objectives/old4.md": doneObjective("Old four", "fy", "FY26 Q4"),
	}
	out := build(t, fsys)
	_, got := doors(t, out)
	if want := []string{"a 2027-Q1 q", "fy Q1 FY27 f1,f2,f3,f4"}; !slices.Equal(got, want) {
		t.Errorf("index.json's teams:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	page := string(out["objectives/index.html"])
	if headings := regexp.MustCompile(`<h3 id="[^"]*">[^<]*</h3>`).FindAllString(page, -1); !slices.Equal(headings, []string{`<h3 id="period-fy26-q4">FY26 Q4</h3>`}) {
		t.Errorf("the past periods' headings: %q, want one of FY26 Q4", headings)
	}
	for _, title := range []string{"Old one", "Old two", "Old three", "Old four"} {
		if !strings.Contains(page, title) {
			t.Errorf("the objectives page lacks %q", title)
		}
	}
	team, poster := string(out["teams/fy/index.html"]), string(out["posters/fy/index.html"])
	if !strings.Contains(team, "<h2>Objectives Q1 FY27</h2>") || !strings.Contains(poster, `<span class="poster-period">Period Q1 FY27</span>`) {
		t.Errorf("the finance team's page or poster is not headed by Q1 FY27:\n%s\n%s", team, poster)
	}
	for _, title := range []string{"Cash first", "Cash second", "Cash third", "Cash fourth"} {
		if !strings.Contains(poster, title) {
			t.Errorf("the finance team's poster lacks %q", title)
		}
	}
}

// An objective's page links its period to that period's objectives and
// their scores on the objectives page, and a past period's heading there
// has an id for it, whichever way the objective writes the period; the
// current period's and the year's around it lead to the page's top (QA,
// OKR coach: last year's objectives were found by scrolling through every
// period since the site began).
func TestAnObjectivesPeriodLeadsToItsPeriodsObjectives(t *testing.T) {
	objective := func(title, period string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\nteam = \"a\"\nperiod = \"" + period + "\"\n" +
			"\n[[key_results]]\ntitle = \"K\"\ndone = true\n+++\n")}
	}
	fsys := fstest.MapFS{
		"fokus.toml":               {Data: []byte("language = \"en\"\nperiod = \"2027-Q1\"\n")},
		"content/teams/a.md":       {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/objectives/n.md":  objective("Now", "2027-Q1"),
		"content/objectives/y.md":  objective("Year", "2027"),
		"content/objectives/p1.md": objective("Past one", "2026-Q3"),
		"content/objectives/p2.md": objective("Past two", "Q3 2026"),
		"content/objectives/p3.md": objective("Past three", "2026-Q3"),
		"content/objectives/pi.md": objective("Increment", "PI 26.10"),
	}
	out := build(t, fsys)
	index := string(out["objectives/index.html"])
	for slug, want := range map[string]string{
		"n": `href="../../objectives/index.html">2027-Q1</a>`, "y": `href="../../objectives/index.html">2027</a>`,
		"p1": `href="../../objectives/index.html#period-2026-q3">2026-Q3</a>`, "p2": `href="../../objectives/index.html#period-2026-q3">Q3 2026</a>`,
		"pi": `href="../../objectives/index.html#period-pi-26-10">PI 26.10</a>`,
	} {
		page := string(out["objectives/"+slug+"/index.html"])
		if !strings.Contains(page, `<a class="period-chip" `+want) {
			t.Errorf("objective %s: its period does not link %s:\n%s", slug, want, page)
		}
		if id := regexp.MustCompile(`#([^"]+)"`).FindStringSubmatch(want); id != nil && !strings.Contains(index, `<h3 id="`+id[1]+`">`) {
			t.Errorf("the objectives page has no heading %s:\n%s", id[1], index)
		}
	}
}

// An increment that is one team's newest and another's past is on the
// first's door only: the objectives page lists the other's among the
// other periods, under the increment's heading, which its page links to,
// and not the first's, which is above (review).
func TestAnIncrementOfOneTeamsPastIsAmongTheOtherPeriods(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":                {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":        {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/teams/ahead.md":    {Data: []byte("+++\ntitle = \"Ahead\"\n+++\n")},
		"content/teams/behind.md":   {Data: []byte("+++\ntitle = \"Behind\"\n+++\n")},
		"content/objectives/q.md":   doneObjective("Quarter goal", "a", "2027-Q1"),
		"content/objectives/a9.md":  doneObjective("Ahead old", "ahead", "PI 27.9"),
		"content/objectives/a10.md": doneObjective("Ahead new", "ahead", "PI 27.10"),
		"content/objectives/b9.md":  doneObjective("Behind new", "behind", "PI 27.9"),
	}
	out := build(t, fsys)
	index := string(out["objectives/index.html"])
	others := index[strings.Index(index, `<section class="panel">`)+1:]
	if !strings.Contains(others, `<h3 id="period-pi-27-9">PI 27.9</h3>`) || !strings.Contains(others, ">Ahead old<") || strings.Contains(others, ">Behind new<") {
		t.Errorf("the other periods do not list the ahead team's PI 27.9 alone:\n%s", index)
	}
	for slug, want := range map[string]string{
		"a9": `href="../../objectives/index.html#period-pi-27-9">PI 27.9</a>`,
		"b9": `href="../../objectives/index.html">PI 27.9</a>`,
	} {
		if page := string(out["objectives/"+slug+"/index.html"]); !strings.Contains(page, `<a class="period-chip" `+want) {
			t.Errorf("objective %s: its period does not link %s:\n%s", slug, want, page)
		}
	}
	if poster := string(out["posters/ahead/index.html"]); strings.Contains(poster, "Ahead old") || !strings.Contains(poster, "Ahead new") {
		t.Errorf("the ahead team's poster:\n%s", poster)
	}
}

// A current period that has ended, still on the dashboard because the next
// one has no objectives yet, says so above its objectives, and what comes
// next; one that runs says nothing (QA, OKR coach: in February the
// dashboard showed last quarter's objectives as current, and nothing said
// that the quarter was over).
func TestACurrentPeriodThatEndedSaysSo(t *testing.T) {
	site := func(config, period string) fstest.MapFS {
		return fstest.MapFS{
			"fokus.toml":         {Data: []byte("language = \"en\"\n" + config)},
			"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
			"content/objectives/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"a\"\nperiod = \"" + period + "\"\nreviewed = 2027-01-20\n" +
				"\n[[key_results]]\ntitle = \"K\"\ndone = true\n+++\n")},
		}
	}
	for _, c := range []struct {
		config, period, want string
	}{
		{"", "2026-Q4", `<p class="period-ended">Period 2026-Q4 ended on Dec 31, 2026. Its objectives are shown until those of 2027-Q1 are written: close them with their final values, and write the next ones.</p>`},
		{"period = \"2026-Q4\"\n", "2026-Q4", `<p class="period-ended">Period 2026-Q4 ended on Dec 31, 2026. Its objectives are shown until period in fokus.toml names 2027-Q1: close them with their final values, write the next ones, and set it.</p>`},
		{"", "2027-Q1", ""},
		{"", "PI 27.1", ""},
	} {
		out := build(t, site(c.config, c.period)) // on 2027-01-26
		for _, page := range []string{"index.html", "objectives/index.html"} {
			html := string(out[page])
			if c.want == "" && strings.Contains(html, "period-ended") || c.want != "" && !strings.Contains(html, c.want) {
				t.Errorf("%s of %q (%s): want %q:\n%s", page, c.period, c.config, c.want, html)
			}
		}
	}
}

// A team without a capacity has its load read out as points without a
// capacity, not as "3 / 0", a capacity of nothing; one point is one (QA).
func TestTheLoadOfATeamWithoutCapacityIsReadOutWithoutOne(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/teams/b.md": {Data: []byte("+++\ntitle = \"B\"\ncapacity = 10\n+++\n")},
		"content/teams/c.md": {Data: []byte("+++\ntitle = \"C\"\n+++\n")},
		"content/ideas/y.md": {Data: []byte("+++\ntitle = \"Y\"\nsubmitted = 2026-11-01\nteams = [\"c\"]\nstatus = \"accepted\"\n\n" +
			"[decision]\ndate = 2026-11-02\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"z\"]\n\n[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 1\n+++\n")},
		"content/ideas/x.md": {Data: []byte("+++\ntitle = \"X\"\nsubmitted = 2026-11-01\nteams = [\"a\", \"b\"]\nstatus = \"accepted\"\n\n" +
			"[decision]\ndate = 2026-11-02\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"y\"]\n\n[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 6\n+++\n")},
	}
	out := build(t, fsys)
	// The figure beside the bar is what a screen reader reads out; the bar
	// itself is hidden from it, so that the load is not read twice.
	for page, want := range map[string]string{
		"teams/a/index.html": `<span class="load-figure">3 points&nbsp;· no capacity set</span>`,
		"teams/b/index.html": `<span class="load-figure">3&nbsp;/ 10 points</span>`,
		"teams/c/index.html": `<span class="load-figure">1 point&nbsp;· no capacity set</span>`, // one, not "1 points"
	} {
		if !strings.Contains(string(out[page]), want) {
			t.Errorf("%s lacks %s", page, want)
		}
		if strings.Contains(string(out[page]), `aria-label="3 / 0`) || strings.Contains(string(out[page]), `>3&nbsp;/ 0`) {
			t.Errorf("%s reads out a capacity of 0", page)
		}
		if !strings.Contains(string(out[page]), `<span class="bar" aria-hidden="true">`) {
			t.Errorf("%s: the load bar beside its figure is not hidden from screen readers", page)
		}
	}
}

// A door poster says what the site says: an idea that a decision stops yet
// runs on is marked where it is listed in progress, and more ideas in
// progress than the team's limit are marked as over it (QA).
func TestAPosterMarksWhatIsStoppedYetRunsAndWorkOverTheLimit(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\nwip_limit = 1\n+++\n")},
		"content/ideas/calls.md": {Data: []byte("+++\ntitle = \"Cold calls\"\nsubmitted = 2027-01-20\nteams = [\"a\"]\nstatus = \"in-progress\"\n\n" +
			"[decision]\ndate = 2027-01-02\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"x\"]\n+++\n")},
		"content/ideas/crm.md": {Data: []byte("+++\ntitle = \"CRM\"\nsubmitted = 2027-01-20\nteams = [\"a\"]\nstatus = \"in-progress\"\n\n" +
			"[decision]\ndate = 2027-01-21\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"calls\"]\n+++\n")},
	}
	poster := string(build(t, fsys)["posters/a/index.html"])
	for _, want := range []string{
		`<li dir="auto"><span class="poster-uboot">Stopped, still running:</span> Cold calls</li>`,
		`<li dir="auto">CRM</li>`,
		`<span class="poster-wip-count is-over">⚠ 2&nbsp;/ 1</span>`,
	} {
		if !strings.Contains(poster, want) {
			t.Errorf("the poster lacks %s", want)
		}
	}
	fsys["content/teams/a.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"A\"\nwip_limit = 2\n+++\n")}
	if poster := string(build(t, fsys)["posters/a/index.html"]); !strings.Contains(poster, `<span class="poster-wip-count">2&nbsp;/ 2</span>`) {
		t.Error("a team at its limit is marked as over it")
	}
}

// An idea that a decision stopped and that was accepted again later runs
// on its newer decision: the door lists it under neither "we stop" nor
// "stopped, still running", the team page and the dashboard name no
// finding about it, and the page of the idea that stopped it says it was
// taken up again (QA: the door said "we stop" what the team had just
// accepted again).
func TestAnIdeaTakenUpAgainIsNotStoppedOnTheDoor(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/calls.md": {Data: []byte("+++\ntitle = \"Cold calls\"\nsubmitted = 2026-08-01\nteams = [\"a\"]\nstatus = \"in-progress\"\n\n" +
			"[decision]\ndate = 2026-11-10\nby = \"Ann\"\nrationale = \"The webinars did not sell.\"\nstops = [\"Trade fair\"]\n+++\n")},
		"content/ideas/webinars.md": {Data: []byte("+++\ntitle = \"Webinars\"\nsubmitted = 2026-09-01\nteams = [\"a\"]\nstatus = \"in-progress\"\n\n" +
			"[decision]\ndate = 2026-10-01\nby = \"Ann\"\nrationale = \"Reach more.\"\nstops = [\"calls\"]\n+++\n")},
	}
	out := build(t, fsys)
	poster := string(out["posters/a/index.html"])
	stops := regexp.MustCompile(`(?s)We stop[^<]*</h2>\s*<ul>(.*?)</ul>`).FindStringSubmatch(poster)
	if stops == nil || stops[1] != `<li dir="auto">Trade fair</li>` || strings.Contains(poster, "Stopped, still running") || !strings.Contains(poster, `<li dir="auto">Cold calls</li>`) {
		t.Errorf("the poster's lists:\n%s", excerpt(poster, "We stop"))
	}
	for _, page := range []string{"teams/a/index.html", "index.html", "ideas/calls/index.html"} {
		if html := string(out[page]); strings.Contains(html, "rule-still-running") || strings.Contains(html, "Stops to make room for") {
			t.Errorf("%s still calls Cold calls stopped", page)
		}
	}
	if page := string(out["ideas/webinars/index.html"]); !strings.Contains(page, `<a href="../../ideas/calls/index.html">Cold calls</a> <span class="muted">taken up again on <time datetime="2026-11-10">Nov 10, 2026</time></span>`) {
		t.Errorf("the page of the idea that stopped it:\n%s", excerpt(page, "What stops"))
	}
	if log := string(out["decisions/index.html"]); !strings.Contains(log, `<a href="../ideas/calls/index.html">Cold calls</a>`) {
		t.Error("the decision log no longer says what the decision of October stopped")
	}
}

// An idea taken up again after the decision that stopped it, and done
// since, was finished, not stopped: the door does not list it under "we
// stop" again, nor does its page say it stops for the older decision
// (review: both came back the day it was set done). One parked by its
// newer decision is stopped still.
func TestAnIdeaTakenUpAgainAndDoneIsNotStoppedOnTheDoor(t *testing.T) {
	idea := func(title, status, date, stops string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\nsubmitted = 2026-08-01\nteams = [\"a\"]\nstatus = \"" + status + "\"\n\n" +
			"[decision]\ndate = " + date + "\nby = \"Ann\"\nrationale = \"Why.\"\nstops = [" + stops + "]\n+++\n")}
	}
	fsys := fstest.MapFS{
		"fokus.toml":                {Data: []byte("language = \"en\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/a.md":        {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/webinars.md": idea("Webinars", "in-progress", "2026-10-01", `"calls", "ads"`),
		"content/ideas/calls.md":    idea("Cold calls", "done", "2026-11-10", ""),
		"content/ideas/ads.md":      idea("Print ads", "parked", "2026-11-12", ""),
	}
	out := build(t, fsys)
	poster := string(out["posters/a/index.html"])
	if stops := regexp.MustCompile(`(?s)We stop[^<]*</h2>\s*<ul>(.*?)</ul>`).FindStringSubmatch(poster); stops == nil || stops[1] != `<li dir="auto">Print ads</li>` {
		t.Errorf("the poster's lists:\n%s", excerpt(poster, "We stop"))
	}
	if page := string(out["ideas/calls/index.html"]); strings.Contains(page, "Stops to make room for") {
		t.Error("the page of the idea done says it stops for the older decision")
	}
	if page := string(out["ideas/ads/index.html"]); !strings.Contains(page, "Stops to make room for") {
		t.Error("the page of the idea parked no longer says it stops")
	}
	if page := string(out["ideas/webinars/index.html"]); !strings.Contains(page, `<a href="../../ideas/calls/index.html">Cold calls</a> <span class="muted">taken up again on <time datetime="2026-11-10">Nov 10, 2026</time></span>`) ||
		strings.Contains(page, "taken up again on <time datetime=\"2026-11-12\"") {
		t.Errorf("the page of the idea that stopped them:\n%s", excerpt(page, "What stops"))
	}
}

// What an objective's file says (why it matters) and a team's description
// come before the numbers, under the page's heading, not after every table
// above the footer (QA: nobody read them there).
func TestDescriptionsComeBeforeTheNumbers(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":              {Data: []byte("language = \"en\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/a.md":      {Data: []byte("+++\ntitle = \"A\"\n+++\nWe sell to hospitals.\n")},
		"content/objectives/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"a\"\nperiod = \"2026-Q4\"\n\n[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 10\n+++\nWhy this matters: hospitals buy in spring.\n")},
	}
	out := build(t, fsys)
	for page, order := range map[string][2]string{
		"objectives/o/index.html": {"Why this matters", "<h2>Key results</h2>"},
		"teams/a/index.html":      {"We sell to hospitals.", "<h2>Load</h2>"},
	} {
		html := string(out[page])
		first, then := strings.Index(html, order[0]), strings.Index(html, order[1])
		if first < 0 || then < 0 || first > then {
			t.Errorf("%s: %q at %d, %q at %d", page, order[0], first, order[1], then)
		}
	}
}

// The posters page names the paper as it is written: Letter, like A4 (QA).
func TestThePostersPageNamesThePaper(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n[poster]\npaper = \"letter\"\norientation = \"landscape\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	if page := string(build(t, fsys)["posters/index.html"]); !strings.Contains(page, "Letter\u00a0· landscape") {
		t.Errorf("the posters page does not say Letter · landscape, the dot tied to Letter")
	}
}

// A large backlog does not bury the pages: the priorities page names the
// first twelve ideas it cannot place and links the rest, and the dashboard
// closes a rule's group of more than eight findings (QA: 46 links in a
// row, 3,500 px of findings above the objectives).
func TestLongListsOfIdeasAreShortenedOnTheOverviews(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	for i := range 20 {
		fsys[fmt.Sprintf("content/ideas/i%02d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %02d\"\nsubmitted = 2026-01-01\nteams = [\"a\"]\n+++\n", i))}
	}
	out := build(t, fsys)
	note := regexp.MustCompile(`(?s)<p class="chart-note">Not yet assessed.*?</p>`).FindString(string(out["priorities/index.html"]))
	if n := strings.Count(note, `href="../ideas/`); n != 12 || !strings.Contains(note, `&#43; 8 more</a>`) {
		t.Errorf("the note names %d ideas:\n%s", n, note)
	}
	dash := string(out["index.html"])
	if !strings.Contains(dash, `<details class="rule-group">`) || strings.Contains(dash, `<details class="rule-group" open>`) {
		t.Errorf("20 unassessed findings are not closed on the dashboard")
	}
}

// The priorities page explains quadrants only when the matrix has them.
func TestThePrioritiesPageNamesQuadrantsFromFourIdeas(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	for n := range 4 {
		fsys[fmt.Sprintf("content/ideas/i%d.md", n)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %d\"\nsubmitted = 2026-01-01\n\n[score]\nvalue = %d\ntime_criticality = 1\nrisk_reduction = 1\njob_size = %d\n+++\n", n, n+1, 4-n))}
		page := string(build(t, fsys)["priorities/index.html"])
		if has := strings.Contains(page, `class="quadrant-key"`); has != (n == 3) {
			t.Errorf("%d ideas: quadrant key shown %v", n+1, has)
		}
		if few := strings.Contains(page, "From four scored open ideas on"); few != (n < 3) {
			t.Errorf("%d ideas: the note for few ideas shown %v", n+1, few)
		}
	}
}

// An idea that a decision stops links that decision's idea; "what stops"
// is asked only of ideas that take room (QA: "Nothing named." on a
// rejected idea read like something missing).
func TestAStoppedIdeaLinksWhatStopsIt(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/new.md": {Data: []byte("+++\ntitle = \"New thing\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"accepted\"\n\n" +
			"[decision]\ndate = 2026-11-02\nby = \"Board\"\nrationale = \"Yes.\"\nstops = [\"old\"]\n+++\n")},
		"content/ideas/old.md": {Data: []byte("+++\ntitle = \"Old thing\"\nsubmitted = 2026-01-01\nstatus = \"dropped\"\n\n" +
			"[decision]\ndate = 2026-11-02\nby = \"Board\"\nrationale = \"Room for the new.\"\n+++\n")},
		"content/ideas/no.md": {Data: []byte("+++\ntitle = \"No thing\"\nsubmitted = 2026-01-01\nstatus = \"rejected\"\n\n" +
			"[decision]\ndate = 2026-11-03\nby = \"Board\"\nrationale = \"No.\"\nstops = [\"old\"]\n+++\n")},
	}
	out := build(t, fsys)
	old := string(out["ideas/old/index.html"])
	if !strings.Contains(old, `<h2>Stops to make room for</h2>`) || !strings.Contains(old, `<a href="../../ideas/new/index.html">New thing</a>`) {
		t.Errorf("the stopped idea does not link what stops it:\n%s", old)
	}
	if strings.Contains(old, "What stops") {
		t.Error("a dropped idea is asked what stops for it")
	}
	// A rejected idea's stops stop nothing (review).
	if strings.Contains(old, "No thing") {
		t.Error("the stopped idea names a rejected idea as what it makes room for")
	}
	if page := string(out["ideas/new/index.html"]); !strings.Contains(page, "What stops") || strings.Contains(page, "Stops to make room for") {
		t.Errorf("the accepted idea's page:\n%s", page)
	}
}

// A page's findings about its own document name it without a link to the
// page itself; the team page links the idea's (QA).
func TestFindingsLinkOnlyOtherPages(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":            {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":    {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/side.md": {Data: []byte("+++\ntitle = \"Side project\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"in-progress\"\n+++\n")},
	}
	out := build(t, fsys)
	idea := string(out["ideas/side/index.html"])
	if !strings.Contains(idea, `<span class="finding-here">Side project</span>`) || strings.Contains(idea, `<a href="../../ideas/side/index.html">Side project</a>`) {
		t.Errorf("the idea's own finding links its page:\n%s", excerpt(idea, "findings"))
	}
	if team := string(out["teams/a/index.html"]); !strings.Contains(team, `<a href="../../ideas/side/index.html">Side project</a>`) {
		t.Errorf("the team page does not link the idea's finding:\n%s", excerpt(team, "findings"))
	}
}

// multiLineRationale is a site with an accepted idea whose rationale is a
// TOML string of several lines, one of them blank.
func multiLineRationale() fstest.MapFS {
	return fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/x.md": {Data: []byte("+++\ntitle = \"X\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"accepted\"\n\n" +
			"[score]\nvalue = 5\ntime_criticality = 3\nrisk_reduction = 1\njob_size = 3\n\n" +
			"[decision]\ndate = 2026-11-02\nby = \"Board\"\nrationale = \"\"\"\nFirst line.\nSecond line.\n\nA paragraph.\n\"\"\"\nstops = [\"Calls\"]\n+++\n")},
	}
}

// A rationale written on several lines keeps its line breaks wherever it is
// shown (QA: they ran into one line): every page that shows it has it,
// breaks and all, in an element of the class rationale, and the theme sets
// that class's white-space to pre-line.
func TestARationaleOfSeveralLinesKeepsItsLineBreaks(t *testing.T) {
	const text = "First line.\nSecond line.\n\nA paragraph.\n"
	out := build(t, multiLineRationale())
	for _, p := range []string{"backlog/index.html", "ideas/x/index.html", "decisions/index.html", "index.html", "teams/a/index.html"} {
		page := string(out[p])
		all := strings.Count(page, "First line.")
		kept := len(regexp.MustCompile(`<(?:div|p|dd) class="rationale">`+regexp.QuoteMeta(text)+`</(?:div|p|dd)>`).FindAllString(page, -1))
		if all == 0 && p != "index.html" && p != "teams/a/index.html" {
			t.Errorf("%s does not show the rationale", p)
		}
		if kept != all {
			t.Errorf("%s shows the rationale %d times, %d of them whole in an element of the class rationale", p, all, kept)
		}
	}
	if decls := cssRule(t, themeCSS(t), ".rationale"); !regexp.MustCompile(`white-space:\s*pre-line`).MatchString(decls) {
		t.Errorf(".rationale { %s }: want white-space: pre-line, which keeps a rationale's line breaks", decls)
	}
}

// An objective of a period that has ended says so on its page, where a
// team lead preparing the quarterly review opens it; one of the running
// period, of one without dates, or of one ahead does not (QA, a site in its
// second year: last quarter's objective read as if it ran).
func TestAnObjectiveOfAnEndedPeriodSaysSo(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\nperiod = \"2027-Q1\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	for slug, period := range map[string]string{"last": "2026-Q4", "now": "2027-Q1", "pi": "PI 27.1", "next": "2027-Q2", "december": "2026-12"} {
		fsys["content/objectives/"+slug+".md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"O\"\nteam = \"a\"\nperiod = %q\nreviewed = 2027-01-20\n\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 1\n+++\n", period))}
	}
	out := build(t, fsys) // on 2027-01-26
	for slug, want := range map[string]bool{"last": true, "december": true, "now": false, "pi": false, "next": false} {
		page := string(out["objectives/"+slug+"/index.html"])
		if got := strings.Contains(page, `<span class="period-over">Period over</span>`); got != want {
			t.Errorf("objective of %s: says its period is over: %v, want %v", slug, got, want)
		}
	}
}

// An objective of a period that lies ahead, drafted early, says when its
// period begins; one of the running period, of one without dates, or of
// one that ended does not (QA: at 0 % and never reviewed, it read as one
// that runs).
func TestAnObjectiveOfAPeriodAheadSaysWhenItBegins(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\nperiod = \"2027-Q1\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	for slug, period := range map[string]string{"last": "2026-Q4", "now": "2027-Q1", "pi": "PI 27.2", "next": "2027-Q2", "year": "2028"} {
		fsys["content/objectives/"+slug+".md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"O\"\nteam = \"a\"\nperiod = %q\n\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 1\n+++\n", period))}
	}
	out := build(t, fsys) // on 2027-01-26
	for slug, want := range map[string]string{"next": "Begins Apr 1, 2027", "year": "Begins Jan 1, 2028", "last": "", "now": "", "pi": ""} {
		page := string(out["objectives/"+slug+"/index.html"])
		got := ""
		if m := regexp.MustCompile(`<span class="period-over">(Begins [^<]*)</span>`).FindStringSubmatch(page); m != nil {
			got = m[1]
		}
		if got != want {
			t.Errorf("objective of %s: %q, want %q", slug, got, want)
		}
	}
}

// The decision log is by month, newest first, each month with its count:
// in a site's second year it is hundreds of entries, and a quarter's review
// starts at its months (QA). Entries are h3 under their month's h2; a
// month of one year is not one of the year before.
func TestTheDecisionLogIsByMonthNewestFirst(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	for slug, date := range map[string]string{"jan": "2027-01-05", "dec-late": "2026-12-30", "dec-early": "2026-12-01", "nov": "2026-11-20", "nov-year-before": "2025-11-20"} {
		fsys["content/ideas/"+slug+".md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %s\"\nsubmitted = 2025-11-01\nstatus = \"rejected\"\n\n[decision]\ndate = %s\nby = \"Board\"\nrationale = \"No.\"\n+++\n", slug, date))}
	}
	page := string(build(t, fsys)["decisions/index.html"])
	months := regexp.MustCompile(`<h2 id="month-([0-9-]+)">([^<]*) <span class="count">(\d+)</span></h2>`).FindAllStringSubmatch(page, -1)
	var got []string
	for _, m := range months {
		got = append(got, m[1]+" "+m[2]+" "+m[3])
	}
	if want := []string{"2027-01 January 2027 1", "2026-12 December 2026 2", "2026-11 November 2026 1", "2025-11 November 2025 1"}; !slices.Equal(got, want) {
		t.Fatalf("the log's months are %q, want %q", got, want)
	}
	_, dec, _ := strings.Cut(page, `id="month-2026-12"`)
	dec, _, _ = strings.Cut(dec, "</section>")
	late, early := strings.Index(dec, "<h3><a href=\"../ideas/dec-late/"), strings.Index(dec, "<h3><a href=\"../ideas/dec-early/")
	if late < 0 || early < 0 || late > early {
		t.Errorf("December's entries are not both under it, newest first:\n%s", dec)
	}
	if empty := string(build(t, fstest.MapFS{"fokus.toml": {Data: []byte("language = \"en\"\n")}})["decisions/index.html"]); !strings.Contains(empty, `<p class="empty">`) {
		t.Errorf("an empty log says nothing:\n%s", empty)
	}
}

// doors reads index.json of a built site: the current period, and each
// team as "slug period objective,objective" (its door's period and the
// slugs of the objectives on it, sorted).
func doors(t *testing.T, out map[string][]byte) (period string, teams []string) {
	t.Helper()
	var data struct {
		Period string
		Teams  []struct {
			Slug       string
			Period     string
			Objectives []string
		}
	}
	if err := json.Unmarshal(out["index.json"], &data); err != nil {
		t.Fatal(err)
	}
	for _, team := range data.Teams {
		objectives := slices.Clone(team.Objectives)
		slices.Sort(objectives)
		teams = append(teams, team.Slug+" "+team.Period+" "+strings.Join(objectives, ","))
	}
	return data.Period, teams
}
