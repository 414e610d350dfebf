package generator

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io/fs"
	"math"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fokus/generator/diag"
	"fokus/generator/internal/testfs"
	"fokus/generator/internal/testsite"
	"fokus/generator/render"
	"fokus/themes"
)

// exampleSite has every kind of page: teams, ideas across statuses (one in a
// sub-folder, one draft), objectives with numeric, falling and yes/no results.
const exampleSite = `
-- fokus.toml --
title = "Acme Innovation"
language = "en"
period = "2026-Q4"
-- content/teams/sales.md --
+++
title = "Inside Sales"
capacity = 10
wip_limit = 2
door = "Room 2.08"
members = ["Ann", "Ben"]
+++
Sales team.
-- content/teams/marketing.md --
+++
title = "Marketing"
capacity = 20
+++
-- content/objectives/sales/pipeline.md --
+++
title = "Fill the pipeline"
team = "sales"
period = "2026-Q4"
owner = "Ann"
reviewed = 2026-11-20

[[key_results]]
title = "Qualified leads"
start = 0
target = 40
unit = "leads"

[[key_results.checkins]]
date = 2026-10-01
value = 10

[[key_results.checkins]]
date = 2026-11-01
value = 20

[[key_results]]
title = "Cost per lead"
start = 200
target = 100
current = 150

[[key_results]]
title = "Playbook published"
done = true
+++
Why it matters.
-- content/objectives/marketing/old.md --
+++
title = "Last quarter"
team = "marketing"
period = "2026-Q3"
reviewed = 2026-09-20

[[key_results]]
title = "Done thing"
done = false
+++
-- content/ideas/linkedin.md --
+++
title = "LinkedIn thought leadership"
submitted = 2026-10-01
author = "Ann"
teams = ["marketing"]
tags = ["social"]
objectives = ["pipeline"]

[score]
value = 8
time_criticality = 5
risk_reduction = 3
job_size = 4
+++
## Problem

Nobody knows us.
-- content/ideas/2025/newsletter.md --
+++
title = "Revive the newsletter"
submitted = 2025-09-01
teams = ["marketing", "sales"]
status = "accepted"
objectives = ["pipeline"]

[score]
value = 3
time_criticality = 1
risk_reduction = 2
job_size = 2

[decision]
date = 2026-11-02
by = "Innovation team"
rationale = "Cheap and our customers ask for it."
stops = ["print mailing", "linkedin"]
+++
-- content/ideas/tiktok.md --
+++
title = "TikTok for apprentices"
submitted = 2026-03-01
status = "rejected"

[decision]
date = 2026-04-01
by = "Board"
rationale = "Wrong audience."
+++
-- content/ideas/chatbot.md --
+++
title = "Website chatbot"
submitted = 2026-11-20
teams = ["sales"]
+++
-- content/ideas/secret.md --
+++
title = "Secret plan"
submitted = 2026-11-20
draft = true
+++
`

func build(t *testing.T, archive string, drafts bool) render.Output {
	t.Helper()
	res, err := Build(Options{Source: testsite.MapFS(archive), Now: testNow, NowDay: true, Drafts: drafts})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	if res.Failed() {
		t.Fatalf("Build failed:\n%s", res.Diagnostics)
	}
	return res.Output
}

func TestBuildWritesThePagesOfTheSpec(t *testing.T) {
	out := build(t, exampleSite, false)
	for _, p := range []string{
		"index.html", "backlog/index.html", "objectives/index.html", "decisions/index.html", "index.json",
		"ideas/linkedin/index.html", "ideas/newsletter/index.html", "ideas/tiktok/index.html", "ideas/chatbot/index.html",
		"objectives/pipeline/index.html", "objectives/old/index.html",
		"teams/sales/index.html", "teams/marketing/index.html",
	} {
		if _, ok := out[p]; !ok {
			t.Errorf("missing %s", p)
		}
	}
	if _, ok := out["ideas/2025/newsletter/index.html"]; ok {
		t.Error("an idea in a sub-folder got the sub-folder in its URL; its slug is the file name")
	}
	for p, data := range out {
		if strings.HasSuffix(p, ".html") && !bytes.HasPrefix(data, []byte("<!DOCTYPE html>")) {
			t.Errorf("%s does not start with <!DOCTYPE html>", p)
		}
	}
	idea := string(out["ideas/newsletter/index.html"])
	for _, want := range []string{"Revive the newsletter", "Cheap and our customers ask for it.", "Innovation team", "print mailing",
		`href="../../ideas/linkedin/index.html"`, `href="../../objectives/pipeline/index.html"`, "(3 &#43; 1 &#43; 2) / 2 = 3"} {
		if !strings.Contains(idea, want) {
			t.Errorf("idea page lacks %q", want)
		}
	}
	if !strings.Contains(string(out["ideas/linkedin/index.html"]), `<h2 id="problem">Problem</h2>`) {
		t.Error("the idea body is not rendered with heading ids")
	}
	if !strings.Contains(string(out["decisions/index.html"]), "Wrong audience.") {
		t.Error("decision log lacks a rationale")
	}
}

func TestIndexJSONHasScoresRanksProgressAndLoad(t *testing.T) {
	var got struct {
		Now   string `json:"now"`
		Ideas []struct {
			Slug  string `json:"slug"`
			Rank  *int   `json:"rank"`
			Score *struct {
				Value  float64 `json:"value"`
				Worked string  `json:"worked"`
			} `json:"score"`
		} `json:"ideas"`
		Objectives []struct {
			Slug     string  `json:"slug"`
			Progress float64 `json:"progress"`
		} `json:"objectives"`
		Teams []struct {
			Slug string  `json:"slug"`
			Load float64 `json:"load"`
		} `json:"teams"`
	}
	if err := json.Unmarshal(build(t, exampleSite, false)["index.json"], &got); err != nil {
		t.Fatal(err)
	}
	if got.Now != "2026-11-26" {
		t.Errorf("now = %q", got.Now)
	}
	type rs struct {
		rank  int
		score float64
	}
	ideas := map[string]rs{}
	for _, i := range got.Ideas {
		r := rs{-1, -1}
		if i.Rank != nil {
			r.rank = *i.Rank
		}
		if i.Score != nil {
			r.score = i.Score.Value
		}
		ideas[i.Slug] = r
	}
	want := map[string]rs{
		"linkedin":   {1, 4}, // (8+5+3)/4
		"newsletter": {2, 3}, // (3+1+2)/2
		"chatbot":    {-1, -1},
		"tiktok":     {-1, -1},
	}
	if len(ideas) != len(want) {
		t.Errorf("ideas = %v; want %v (drafts left out)", ideas, want)
	}
	for slug, w := range want {
		if ideas[slug] != w {
			t.Errorf("%s: rank, score = %v, want %v", slug, ideas[slug], w)
		}
	}
	// Numeric 20 of 40 = 0.5; falling 200→100 at 150 = 0.5; yes/no done = 1.
	progress := map[string]float64{}
	for _, o := range got.Objectives {
		progress[o.Slug] = o.Progress
	}
	// index.json has figures as computed, not rounded (see render/json.go).
	if p := progress["pipeline"]; math.Abs(p-2.0/3) > 1e-9 {
		t.Errorf("progress of pipeline = %v, want 2/3", p)
	}
	if p := progress["old"]; p != 0 {
		t.Errorf("progress of old = %v, want 0", p)
	}
	// newsletter (job size 2, accepted) is shared by two teams.
	load := map[string]float64{}
	for _, tm := range got.Teams {
		load[tm.Slug] = tm.Load
	}
	if load["sales"] != 1 || load["marketing"] != 1 {
		t.Errorf("load = %v, want 1 for each team", load)
	}
}

func TestDraftsAreLeftOutUnlessAsked(t *testing.T) {
	out := build(t, exampleSite, false)
	if _, ok := out["ideas/secret/index.html"]; ok {
		t.Error("draft idea has a page")
	}
	for p, data := range out {
		if bytes.Contains(data, []byte("Secret plan")) {
			t.Errorf("%s mentions the draft", p)
		}
	}
	out = build(t, exampleSite, true)
	if _, ok := out["ideas/secret/index.html"]; !ok {
		t.Error("draft idea has no page with Drafts")
	}
}

var attrRE = regexp.MustCompile(`(?i)\s(?:href|src|action|poster|srcset)\s*=\s*"([^"]*)"`)

func TestLinksAreRelativeAndLeadToPagesOfTheSite(t *testing.T) {
	archive := exampleSite + "-- content/ideas/links.md --\n+++\ntitle = \"Links\"\nsubmitted = 2026-11-01\n+++\n[out](https://example.com/x) [mail](mailto:a@example.com) [anchor](#top)\n"
	// File names are slugs, and some characters in them mean something in a URL.
	for _, name := range []string{"a#b", "q?x", "pct%41", "mit leer", "ä&ö"} {
		archive += "-- content/ideas/" + name + ".md --\n+++\ntitle = \"" + name + "\"\nsubmitted = 2026-11-01\nteams = [\"sales\"]\n+++\n"
	}
	archive = strings.Replace(archive, `title = "Acme Innovation"`, "title = \"Acme Innovation\"\nbase_url = \"https://fokus.example/sub/\"", 1)
	out := build(t, archive, false)
	for p, data := range out {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, m := range attrRE.FindAllStringSubmatch(string(data), -1) {
			u := m[1]
			switch {
			case strings.HasPrefix(u, "/"):
				t.Errorf("%s: absolute link %q; links must be relative", p, u)
			case strings.HasPrefix(u, "https://fokus.example"):
				t.Errorf("%s: link %q into the site through base_url; links must be relative", p, u)
			case strings.HasPrefix(u, "http:"), strings.HasPrefix(u, "https:"):
				if !strings.Contains(m[0], "href") {
					t.Errorf("%s: loads %q from outside the site", p, u)
				}
			case strings.HasPrefix(u, "mailto:"), strings.HasPrefix(u, "tel:"), strings.HasPrefix(u, "#"), strings.HasPrefix(u, "data:"):
			default:
				target := html.UnescapeString(u)
				if i := strings.IndexAny(target, "#?"); i >= 0 {
					target = target[:i]
				}
				target, err := url.PathUnescape(target)
				if err != nil {
					t.Errorf("%s: link %q is not a valid URL path: %v", p, u, err)
				}
				target = path.Join(path.Dir(p), target)
				if strings.HasSuffix(u, "/") {
					t.Errorf("%s: link %q to a folder does not work from file://", p, u)
				}
				if _, ok := out[target]; !ok {
					t.Errorf("%s: link %q leads to %s, which is not in the output", p, u, target)
				}
			}
		}
	}
}

func TestInterfaceTextFollowsTheLanguage(t *testing.T) {
	en := build(t, exampleSite, false)
	de := build(t, strings.Replace(exampleSite, `language = "en"`, `language = "de"`, 1), false)
	for _, c := range []struct {
		out  render.Output
		want []string
	}{
		{en, []string{`<html lang="en"`, ">Dashboard<", ">Decisions<"}},
		{de, []string{`<html lang="de"`, ">Übersicht<", ">Entscheide<"}},
	} {
		page := string(c.out["index.html"])
		for _, w := range c.want {
			if !strings.Contains(page, w) {
				t.Errorf("index.html lacks %q", w)
			}
		}
	}
	if !strings.Contains(string(de["ideas/linkedin/index.html"]), "1.10.2026") {
		t.Error("German pages do not write dates as 1.10.2026")
	}
}

func TestSameSourceAndNowGiveIdenticalOutput(t *testing.T) {
	first := build(t, exampleSite, false)
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	for _, procs := range []int{1, 3, 16} {
		runtime.GOMAXPROCS(procs)
		again := build(t, exampleSite, false)
		if len(again) != len(first) {
			t.Fatalf("GOMAXPROCS=%d: %d files, want %d", procs, len(again), len(first))
		}
		for p, data := range first {
			if !bytes.Equal(again[p], data) {
				t.Errorf("GOMAXPROCS=%d: %s differs between two builds", procs, p)
			}
		}
	}
}

func TestHeadingsInBodiesDoNotTakeTheIDsOfThePage(t *testing.T) {
	archive := exampleSite + "-- content/objectives/sales/charted.md --\n+++\ntitle = \"Charted\"\nteam = \"sales\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 10\n\n[[key_results.checkins]]\ndate = 2026-11-01\nvalue = 3\n+++\n## Chart history\n\n## Main\n"
	out := build(t, archive, false)
	page := string(out["objectives/charted/index.html"])
	for _, id := range []string{`id="chart-history"`, `id="main"`} {
		if n := strings.Count(page, id); n != 1 {
			t.Errorf("%s appears %d times on the page", id, n)
		}
	}
}

// The source folder's static/ folder is published, as Hugo's is, over the
// theme's files but under the pages fokus makes; an image in a body that is
// one of its files, or of the theme's static/ folder, is no warning, and one
// that the site does not have is (Hugo QA: the warning said the picture was
// missing when the theme published it, and static/ was left out silently).
func TestTheSiteStaticFolderIsPublishedAndImagesFoundThere(t *testing.T) {
	const x = "content/ideas/bild.md"
	archive := exampleSite + "-- fokus.toml --\ntheme = \"mine\"\n" +
		"-- static/img/plan.png --\nPNG\n" +
		"-- static/assets/fokus.css --\nmine\n" +
		"-- static/index.html --\nnot the dashboard\n" +
		"-- static/templates/layout.html --\n{{define \"base\"}}broken{{end}}\n" +
		"-- themes/mine/static/logo.svg --\n<svg/>\n" +
		"-- " + x + " --\n+++\ntitle = \"Bild\"\nsubmitted = 2026-11-20\n+++\n" +
		"![Plan](../../img/plan.png) ![Logo](../../logo.svg) ![fehlt](../../img/fehlt.png) ![lokal](plan.png)\n"
	out := build(t, archive, false)
	if string(out["img/plan.png"]) != "PNG\n" || string(out["logo.svg"]) != "<svg/>\n" || string(out["assets/fokus.css"]) != "mine\n" {
		t.Errorf("static files: img/plan.png %q, logo.svg %q, assets/fokus.css %q", out["img/plan.png"], out["logo.svg"], out["assets/fokus.css"])
	}
	if strings.Contains(string(out["index.html"]), "not the dashboard") || !strings.Contains(string(out["ideas/bild/index.html"]), `src="../../img/plan.png"`) {
		t.Error("static/index.html replaced the dashboard, or the image is not on the page")
	}
	if _, ok := out["templates/layout.html"]; !ok {
		t.Error("static/templates/layout.html is a file of static/ like any other and is published")
	}
	var got []string
	for _, d := range check(t, archive) {
		if strings.Contains(d.Message, "image") {
			got = append(got, fmt.Sprintf("%s:%d:%d", d.Path, d.Line, d.Col))
		}
	}
	if want := []string{x + ":5:53", x + ":5:83"}; !slices.Equal(got, want) {
		t.Errorf("image warnings at %v, want %v", got, want)
	}
}

// A page links the stylesheets and scripts with the version of their bytes,
// so that a browser that keeps them for a day loads a changed one at once;
// the feed and index.json, whose addresses are subscribed to and copied
// into scripts, keep theirs.
func TestChangedAssetsAreLinkedUnderNewAddresses(t *testing.T) {
	href := regexp.MustCompile(`(?:href|src)="([^"]*(?:assets/[^"]*|feed\.xml|index\.json))"`)
	links := func(archive string) []string {
		var out []string
		for _, m := range href.FindAllStringSubmatch(string(build(t, archive, false)["ideas/linkedin/index.html"]), -1) {
			out = append(out, m[1])
		}
		return out
	}
	before := links(exampleSite + "-- static/assets/custom.css --\n:root { --accent: #b4233c; }\n")
	after := links(exampleSite + "-- static/assets/custom.css --\n:root { --accent: #0a7d5a; }\n")
	if len(before) == 0 || len(before) != len(after) {
		t.Fatalf("links before %q, after %q", before, after)
	}
	for i := range before {
		changed := before[i] != after[i]
		switch {
		case strings.Contains(before[i], "custom.css"):
			if !changed || !strings.HasPrefix(before[i], "../../assets/custom.css?v=") {
				t.Errorf("custom.css linked as %q, then %q: want a new version", before[i], after[i])
			}
		case strings.Contains(before[i], "assets/"):
			if changed || !strings.Contains(before[i], "?v=") {
				t.Errorf("an unchanged asset linked as %q, then %q: want the same version", before[i], after[i])
			}
		default:
			if strings.Contains(before[i], "?") {
				t.Errorf("%q has a version; its address is subscribed to", before[i])
			}
		}
	}
}

// New colours need no theme: a site's static/assets/custom.css replaces the
// built-in theme's empty one, which every page loads after fokus.css, so
// that its variables win (theme author QA: a designer had to copy
// layout.html or the whole stylesheet to change the accent).
func TestASitesCustomStylesheetIsLoadedAfterTheBuiltInOne(t *testing.T) {
	mine := ":root { --accent: #b4233c; }\n"
	for name, archive := range map[string]string{"site": exampleSite + "-- static/assets/custom.css --\n" + mine, "none": exampleSite} {
		out := build(t, archive, false)
		css := string(out["assets/custom.css"])
		if name == "site" && css != mine || name == "none" && (css == "" || strings.Contains(css, "\n:root")) {
			t.Errorf("%s: assets/custom.css is %q", name, css)
		}
		for _, page := range []string{"index.html", "ideas/linkedin/index.html", "posters/sales/index.html"} {
			html := string(out[page])
			builtin, custom := strings.Index(html, `assets/fokus.css?v=`), strings.Index(html, `assets/custom.css?v=`)
			if builtin < 0 || custom < builtin {
				t.Errorf("%s: %s loads fokus.css at %d and custom.css at %d; want custom.css after it", name, page, builtin, custom)
			}
		}
	}
}

// A theme's static file at the path of a generated file does not replace
// it: both would be written at once.
func TestStaticFileDoesNotShadowAGeneratedOne(t *testing.T) {
	archive := exampleSite + "-- fokus.toml --\ntheme = \"custom\"\n" +
		"-- themes/custom/static/index.json --\n{\"static\": true}\n" +
		"-- themes/custom/static/decisions/feed.xml --\nstatic\n" +
		"-- themes/custom/static/ideas/index.html --\nstatic\n" +
		"-- themes/custom/static/extra.txt --\nkept\n"
	out := build(t, archive, false)
	if strings.Contains(string(out["index.json"]), "static") || !strings.Contains(string(out["index.json"]), "\"ideas\"") {
		t.Errorf("index.json is the theme's static file:\n%.200s", out["index.json"])
	}
	if string(out["decisions/feed.xml"]) == "static\n" {
		t.Error("the feed is the theme's static file")
	}
	if string(out["ideas/index.html"]) == "static\n" {
		t.Error("ideas/index.html is the theme's static file")
	}
	if string(out["extra.txt"]) != "kept\n" {
		t.Errorf("extra.txt = %q", out["extra.txt"])
	}
}

// /ideas/, trimmed from an idea's address to go up, sends the browser on to
// the backlog, in the site's language: it had been "not found".
func TestTheIdeasFolderLeadsToTheBacklog(t *testing.T) {
	out := build(t, exampleSite+"-- fokus.toml --\nlanguage = \"en\"\n", false)
	page := string(out["ideas/index.html"])
	for _, want := range []string{`<html lang="en">`, `<meta http-equiv="refresh" content="0; url=../backlog/index.html">`, `<a href="../backlog/index.html">Ideas</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("ideas/index.html lacks %s:\n%s", want, page)
		}
	}
	// It is not the backlog, which the navigation would say (review).
	if strings.Contains(page, "aria-current") {
		t.Errorf("ideas/index.html says a link of the navigation is where it is")
	}
}

// The README tells theme authors that a document's body is .HTML.
func TestAThemeGetsABodyAsHTML(t *testing.T) {
	archive := exampleSite + "-- fokus.toml --\ntheme = \"custom\"\n" +
		"-- themes/custom/templates/idea.html --\n{{define \"main\"}}<div class=\"mine\">{{.Idea.HTML}}</div>{{end}}\n"
	page := string(build(t, archive, false)["ideas/linkedin/index.html"])
	if !strings.Contains(page, `<div class="mine"><h2 id=`) || !strings.Contains(page, "<p>Nobody knows us.</p>\n</div>") {
		t.Errorf("the custom idea page lacks its body:\n%s", page)
	}
}

// A theme's strings file that words one label differently keeps the
// built-in text of every other label, as Hugo merges translations by key.
func TestAThemeStringsFileOverridesOnlyTheKeysItHas(t *testing.T) {
	archive := exampleSite + "-- fokus.toml --\nlanguage = \"en\"\ntheme = \"custom\"\n" +
		"-- themes/custom/i18n/en.toml --\ndashboard = \"Board\"\n"
	page := string(build(t, archive, false)["index.html"])
	for _, want := range []string{`aria-current="page">Board</a>`, `>Ideas</a>`, `>Teams</a>`, `aria-label="Main navigation"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the dashboard lacks %s", want)
		}
	}
	if strings.Contains(page, ">backlog<") {
		t.Error("a label without text in the theme's file shows its key")
	}
	// A counted label worded anew keeps its wording for one too, instead
	// of the built-in singular of the other wording.
	archive = exampleSite + "-- fokus.toml --\nlanguage = \"en\"\ntheme = \"custom\"\n" +
		"-- themes/custom/i18n/en.toml --\ndecisions_made = \"rulings\"\n" +
		"-- content/ideas/tiktok.md --\n+++\ntitle = \"TikTok for apprentices\"\nsubmitted = 2026-03-01\n+++\n" // one decision left
	if page := string(build(t, archive, false)["index.html"]); strings.Contains(page, "1 decision</p>") || !strings.Contains(page, "1 rulings</p>") {
		t.Errorf("the dashboard's count of decisions mixes wordings:\n%s", page[strings.Index(page, `class="lead"`):][:300])
	}
}

// A theme's text for a label with placeholders may leave out the last
// ones: the numbers fokus would have put there are left out, not printed
// as "%!(EXTRA int=15)" (QA).
func TestAThemeTextMayLeaveOutTheLastPlaceholders(t *testing.T) {
	archive := exampleSite + "-- fokus.toml --\nlanguage = \"en\"\ntheme = \"custom\"\n" +
		"-- themes/custom/i18n/en.toml --\n\"poster.team_page_of\" = \"the page of the team\"\n"
	out := build(t, archive, false)
	if page := string(out["posters/sales/index.html"]); !strings.Contains(page, ">the page of the team</a>") {
		t.Errorf("the posters lack the theme's text")
	}
	for path, data := range out {
		if bytes.Contains(data, []byte("%!")) {
			t.Errorf("%s has a placeholder fmt could not fill: %s", path, data[bytes.Index(data, []byte("%!")):][:60])
		}
	}
}

// The built-in theme renders each idea's row once, with a stand-in for the
// root that each page replaces (render.Page.IdeaRow): it must reach no file.
// Another theme's row may use the root in any way and is rendered per root.
func TestRowsLinkFromEveryPageAndNoStandInIsLeft(t *testing.T) {
	for name, out := range map[string]render.Output{
		"built-in": build(t, exampleSite, false),
		"custom": build(t, exampleSite+"-- fokus.toml --\ntheme = \"custom\"\n"+
			"-- themes/custom/templates/backlog.html --\n"+
			"{{define \"main\"}}{{template \"ideas-table\" (pair . .Site.Ranked)}}{{end}}\n"+
			"{{define \"idea-row\"}}<tr><td data-up=\"{{upper (link .P \"backlog/\")}}\"><a href=\"{{ideaLink .P .V}}\">{{.V.Idea.Title}}</a></td></tr>{{end}}\n", false),
	} {
		for path, data := range out {
			if bytes.Contains(bytes.ToLower(data), []byte("fokusroot")) {
				t.Errorf("%s theme: %s holds the stand-in root", name, path)
			}
		}
		if name == "custom" {
			if page := string(out["backlog/index.html"]); !strings.Contains(page, `data-up="../BACKLOG/INDEX.HTML"`) ||
				!strings.Contains(page, `<a href="../ideas/linkedin/index.html">`) {
				t.Errorf("custom row on the backlog:\n%s", page)
			}
		}
	}
}

// Numbers someone wrote are shown with every decimal on the objective's
// page, its card and its chart; worked-out ones (progress) as before (QA:
// a rate from 0.005 to 0.015 read 0.01 to 0.02).
func TestKeyResultValuesAreShownAsWritten(t *testing.T) {
	archive := exampleSite + "-- content/objectives/sales/rate.md --\n+++\ntitle = \"Better rate\"\nteam = \"sales\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n" +
		"[[key_results]]\ntitle = \"Reply rate\"\nstart = 0.005\ntarget = 0.015\n\n[[key_results.checkins]]\ndate = 2026-11-10\nvalue = 0.0049\n+++\n"
	out := build(t, archive, false)
	page := string(out["objectives/rate/index.html"])
	for _, want := range []string{`data-label="Start">0.005</td>`, `data-label="Current">0.0049</td>`, `data-label="Target">0.015</td>`, `<td class="num">0.0049</td>`, `: 0.0049 (`} {
		if !strings.Contains(page, want) {
			t.Errorf("objective page lacks %s", want)
		}
	}
	card := string(out["objectives/index.html"])
	if !strings.Contains(card, "<span class=\"kr-value\">0.0049\u00a0/ 0.015 (start\u00a00.005)</span>") {
		t.Errorf("the objective's card does not show its values as written:\n%s", card[strings.Index(card, "Better rate"):][:600])
	}
	// An idea's page says how far each objective it contributes to is
	// (QA: a bar without a figure).
	if idea := string(out["ideas/linkedin/index.html"]); !strings.Contains(idea, `<span class="muted">2026-Q4&nbsp;· 67%</span>`) {
		t.Errorf("the idea's objectives lack their progress:\n%s", idea[strings.Index(idea, "linked-objectives"):][:400])
	}
	// A falling result goes down to its target: "150 / 100" read as 150 of
	// 100 (QA).
	for _, want := range []string{"<span class=\"kr-value\">150\u00a0→ 100 (start\u00a0200)</span>", `<span class="kr-value">20` + "\u00a0" + `/ 40` + "\u00a0" + `leads</span>`} {
		if !strings.Contains(card, want) {
			t.Errorf("the cards lack %s", want)
		}
	}
	// Past its target, a falling result says its value and its target:
	// "15 → 20" read as still to rise to 20 (QA).
	beaten := strings.Replace(exampleSite, "current = 150", "current = 80", 1)
	if card := string(build(t, beaten, false)["objectives/index.html"]); !strings.Contains(card, "<span class=\"kr-value\">80 (target\u00a0100, start\u00a0200)</span>") {
		t.Errorf("a falling result past its target:\n%s", card[strings.Index(card, "kr-value"):][:300])
	}
}

// A theme's own navigation, row or score may use anything of the page,
// and shows each page's own; the built-in theme's are rendered once for
// many pages (render.Page.memo), which would have shown every page the
// first page's title (QA). A theme that copies the built-in files as they
// are builds the same bytes as the built-in theme.
func TestAThemesOwnPartsShowEachPagesData(t *testing.T) {
	builtin := func(name string) string {
		data, err := fs.ReadFile(themes.Default(), "templates/"+name)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	layout := strings.Replace(builtin("layout.html"), `<nav class="nav"`, `<span class="here">{{.Title}}</span><nav class="nav"`, 1)
	partials := strings.Replace(builtin("partials.html"), `<strong>{{scoreNum $p .}}</strong>`, `<strong>{{scoreNum $p .}}</strong>[ON:{{$p.Title}}]`, 1)
	if layout == builtin("layout.html") || partials == builtin("partials.html") {
		t.Fatal("the built-in templates changed; adapt the test")
	}
	out := build(t, exampleSite+"-- fokus.toml --\ntheme = \"mine\"\n"+
		"-- themes/mine/templates/layout.html --\n"+layout+"-- themes/mine/templates/partials.html --\n"+partials, false)
	for page, title := range map[string]string{"ideas/linkedin/index.html": "LinkedIn", "ideas/newsletter/index.html": "Revive the newsletter", "teams/sales/index.html": "Inside Sales"} {
		if got := string(out[page]); !strings.Contains(got, `<span class="here">`+title) {
			t.Errorf("%s: the theme's navigation does not show its page's title %q:\n%.1500s", page, title, got)
		}
	}
	for page, title := range map[string]string{"backlog/index.html": "[ON:Ideen", "teams/sales/index.html": "[ON:Inside Sales", "teams/marketing/index.html": "[ON:Marketing"} {
		got := string(out[page])
		if n := strings.Count(got, "[ON:"); n == 0 || n != strings.Count(got, title) {
			t.Errorf("%s: %d scores of the theme's rows, %d of them with the page's title %q", page, n, strings.Count(got, title), title)
		}
	}

	// A part that a shared one calls through a function (badge in the
	// built-in row) makes the row the theme's own too (review).
	badge := strings.Replace(builtin("partials.html"), `{{define "badge"}}<span class="badge`, `{{define "badge"}}<span data-page="{{.P.Title}}" class="badge`, 1)
	if badge == builtin("partials.html") {
		t.Fatal("the built-in badge changed; adapt the test")
	}
	out = build(t, exampleSite+"-- fokus.toml --\ntheme = \"mine\"\n-- themes/mine/templates/partials.html --\n"+badge, false)
	for page, title := range map[string]string{"backlog/index.html": "Ideen", "teams/sales/index.html": "Inside Sales", "teams/marketing/index.html": "Marketing"} {
		got := string(out[page])
		if n := strings.Count(got, `data-page="`); n == 0 || n != strings.Count(got, `data-page="`+title+`"`) {
			t.Errorf("%s: %d badges, %d of them with the page's title %q", page, n, strings.Count(got, `data-page="`+title+`"`), title)
		}
	}

	copied := exampleSite + "-- fokus.toml --\ntheme = \"copy\"\n"
	for _, name := range []string{"layout.html", "partials.html", "visuals.html", "idea.html", "backlog.html", "team.html"} {
		copied += "-- themes/copy/templates/" + name + " --\n" + builtin(name)
	}
	same := build(t, copied, false)
	for p, data := range build(t, exampleSite+"-- fokus.toml --\ntheme = \"default\"\n", false) {
		if !bytes.Equal(same[p], data) {
			t.Errorf("%s differs between the built-in theme and a copy of its templates", p)
		}
	}
}

// Every name that docs/themes.md gives theme authors works in a theme's
// templates: a page that uses them all renders without an error.
func TestTheThemeReferenceNamesWhatTemplatesGet(t *testing.T) {
	page := `{{define "main"}}{{$p := .}}<p>{{.Site.Config.Title}} {{.Site.Config.Language}} {{.Site.Config.ScoringModel}} {{date $p .Site.Now}} {{.Site.Period}}
{{len .Site.Teams}} {{len .Site.Ideas}} {{len .Site.Objectives}} {{len .Site.Ranked}} {{len .Site.Unassessed}} {{len .Site.Closed}} {{len .Site.Decisions}} {{len .Site.Current}} {{len .Site.Periods}} {{len .Site.Findings}}
{{.Title}} {{.Section}} {{.Root}} {{.Lang}} {{.T "backlog"}} {{.Tf "backlog"}} {{.Count 1 "ranked_open"}} {{.Link "backlog/"}} {{.Status "accepted"}} {{.Rule "stale"}} {{.RuleHint "stale"}}
{{num $p 3.14159}} {{exact $p 0.005}} {{pct $p 0.5}} {{isoDate $p .Site.Now}} {{link $p "teams/"}} {{badge $p "accepted"}} {{bar $p 0.5}} {{rule $p "stale"}} {{fragment $p "site-footer"}} {{sub 3 1}} {{upper "x"}}</p>
{{range .Site.Ideas}}<div>{{ideaLink $p .}} {{.Idea.Title}} {{.Idea.Status}} {{.Idea.Author}} {{date $p .Idea.Submitted}} {{range .Idea.Tags}}{{.}}{{end}} {{.Idea.Draft}}
{{with .Idea.Decision}}{{isoDate $p .Date}} {{.By}} {{.Rationale}} {{.Revisit.IsZero}}{{end}} {{.Slug}} {{.HTML}}
{{with .Score}}{{num $p .Value}} {{.Formula}} {{len .Inputs}} {{worked $p .}}{{end}} {{.Rank}} {{teamList $p .Teams}} {{len .Objectives}} {{len .Stops}} {{len .Findings}} {{ideaRow $p .}} {{template "score" (pair $p .Score)}}</div>{{end}}
{{range .Site.Objectives}}<div>{{objectiveLink $p .}} {{.Objective.Title}} {{.Objective.Owner}} {{.Objective.Period}} {{.Objective.Reviewed.IsZero}} {{.HTML}} {{.Progress}} {{.TeamRef.Team.Title}} {{len .Ideas}} {{.Stale}} {{len .Findings}}
{{range .KeyResults}}{{krValue $p .}} {{.KeyResult.Title}} {{.Start}} {{.Target}} {{.Current}} {{.Unit}} {{.YesNo}} {{.Done}} {{.Confidence}} {{.Progress}} {{len .History}}{{end}}</div>{{end}}
{{range .Site.Teams}}<div>{{teamLink $p .}} {{.Team.Title}} {{.Team.Capacity}} {{range .Team.Members}}{{.}}{{end}} {{.Slug}} {{len .Objectives}} {{len .Ideas}} {{len .InProgress}} {{.Load}} {{len .LoadParts}} {{len .Findings}}</div>{{end}}
{{end}}
`
	res, err := Build(Options{Source: testsite.MapFS(exampleSite + "-- fokus.toml --\ntheme = \"ref\"\n-- themes/ref/templates/dashboard.html --\n" + page), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("a page with every name of the reference: %v\n%s", err, res.Diagnostics)
	}
	if got := string(res.Output["index.html"]); !strings.Contains(got, "LinkedIn thought leadership") || !strings.Contains(got, "Qualified leads") {
		t.Errorf("the page lacks the model:\n%s", got)
	}
}

// Themes made from the default theme of 2026-11-26 read a body as
// .Doc.Body and render a row's parts with IdeaPart.
func TestAThemeOfTheFirstDefaultStillBuilds(t *testing.T) {
	archive := exampleSite + "-- fokus.toml --\ntheme = \"old\"\n" +
		"-- themes/old/templates/idea.html --\n{{define \"main\"}}{{with .Idea}}{{$d := .Idea}}<div class=\"old\">{{$d.Doc.Body}}</div>{{end}}{{end}}\n" +
		"-- themes/old/templates/backlog.html --\n{{define \"main\"}}{{$p := .}}{{range .Site.Ranked}}<p>{{$p.IdeaPart \"part\" .}}</p>{{end}}{{end}}\n" +
		"{{define \"part\"}}<b>{{.V.Idea.Title}}</b>{{end}}\n"
	out := build(t, archive, false)
	if page := string(out["ideas/linkedin/index.html"]); !strings.Contains(page, "<div class=\"old\"><h2 id=") {
		t.Errorf("idea page:\n%s", page)
	}
	if page := string(out["backlog/index.html"]); !strings.Contains(page, "<p><b>") {
		t.Errorf("backlog:\n%s", page)
	}
}

// section returns the part of page from the heading with text h2 to the end
// of its section.
func section(t *testing.T, page, h2 string) string {
	t.Helper()
	i := strings.Index(page, "<h2>"+h2+"</h2>")
	if i < 0 {
		t.Fatalf("no section %q on the page", h2)
	}
	rest := page[i:]
	if j := strings.Index(rest, "</section>"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// linkOrder returns the slugs of the ideas that html links to, in order.
func linkOrder(html string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`href="[^"]*ideas/([^/"]+)/index\.html"`).FindAllStringSubmatch(html, -1) {
		out = append(out, m[1])
	}
	return out
}

// With period unset, the current period is the one running today, not a
// period whose objectives are drafted ahead: dashboard, objectives page,
// poster, index.json and the stale rule all follow it.
func TestTheCurrentPeriodIsTheOneRunningToday(t *testing.T) {
	obj := func(slug, period, title, reviewed string) string {
		return "-- content/objectives/sales/" + slug + ".md --\n+++\ntitle = \"" + title + "\"\nteam = \"sales\"\nperiod = \"" + period + "\"\n" + reviewed +
			"\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 10\n+++\n"
	}
	archive := "-- fokus.toml --\nlanguage = \"en\"\n-- content/teams/sales.md --\n+++\ntitle = \"Sales\"\n+++\n" +
		obj("running", "2026-Q4", "Running quarter", "reviewed = 2026-09-01") +
		obj("drafted", "2027-Q1", "Drafted next quarter", "") +
		obj("last", "2026-Q3", "Last quarter", "reviewed = 2026-09-01")
	res, err := Build(Options{Source: testsite.MapFS(archive), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	if res.Site.Period != "2026-Q4" {
		t.Errorf("current period %q, want 2026-Q4, which contains 2026-11-26", res.Site.Period)
	}
	var index struct {
		Period string `json:"period"`
	}
	if err := json.Unmarshal(res.Output["index.json"], &index); err != nil || index.Period != "2026-Q4" {
		t.Errorf("index.json period = %q (%v)", index.Period, err)
	}
	for _, p := range []string{"index.html", "objectives/index.html", "posters/sales/index.html", "teams/sales/index.html"} {
		page := string(res.Output[p])
		if !strings.Contains(page, "Running quarter") {
			t.Errorf("%s does not show the running quarter's objective", p)
		}
		// The objectives page and the team page list other periods too,
		// but not as the current period's cards.
		current := page
		if p == "objectives/index.html" || p == "teams/sales/index.html" {
			current = strings.Join(regexp.MustCompile(`(?s)<article class="card objective-card.*?</article>`).FindAllString(page, -1), "")
		}
		if strings.Contains(current, "Drafted next quarter") {
			t.Errorf("%s shows next quarter's objective as current", p)
		}
	}
	var stale []string
	for _, f := range res.Site.Findings {
		if f.Code == "stale" {
			stale = append(stale, f.Path)
		}
	}
	if want := []string{"content/objectives/sales/running.md"}; !slices.Equal(stale, want) {
		t.Errorf("stale findings on %v, want %v", stale, want)
	}
}

// Every list that shows the ideas' ranks is in the backlog's order, not by slug.
func TestIdeaListsWithRanksAreInTheBacklogsOrder(t *testing.T) {
	archive := "-- fokus.toml --\nlanguage = \"en\"\n-- content/teams/sales.md --\n+++\ntitle = \"Sales\"\n+++\n" +
		"-- content/objectives/sales/grow.md --\n+++\ntitle = \"Grow\"\nteam = \"sales\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 10\n+++\n"
	// c1…c4 rank 2, 1, 4, 3; u is unassessed and d is closed, both after them.
	for _, i := range []struct{ slug, status, value string }{{"c1", "in-progress", "6"}, {"c2", "in-progress", "8"}, {"c3", "in-progress", "2"}, {"c4", "in-progress", "4"}, {"a-unscored", "in-progress", ""}, {"b-done", "done", "9"}} {
		score := ""
		if i.value != "" {
			score = "\n[score]\nvalue = " + i.value + "\ntime_criticality = 0\nrisk_reduction = 0\njob_size = 1\n"
		}
		archive += "-- content/ideas/" + i.slug + ".md --\n+++\ntitle = \"" + i.slug + "\"\nsubmitted = 2026-11-01\nteams = [\"sales\"]\nstatus = \"" + i.status +
			"\"\nobjectives = [\"grow\"]\n" + score + "\n[decision]\ndate = 2026-11-02\nby = \"Board\"\nrationale = \"Go.\"\nstops = [\"x\"]\n+++\n"
	}
	out := build(t, archive, false)
	team, objective := string(out["teams/sales/index.html"]), string(out["objectives/grow/index.html"])
	for _, c := range []struct {
		where string
		got   []string
		want  string
	}{
		{"team page, in progress", linkOrder(section(t, team, "In progress")), "c2 c1 c4 c3 a-unscored"},
		{"team page, all ideas", linkOrder(section(t, team, "All of the team&#39;s ideas")), "c2 c1 c4 c3 a-unscored b-done"},
		{"objective page, contributing ideas", linkOrder(section(t, objective, "Ideas that contribute")), "c2 c1 c4 c3 a-unscored b-done"},
	} {
		if got := strings.Join(c.got, " "); got != c.want {
			t.Errorf("%s: %s, want %s", c.where, got, c.want)
		}
	}
}

// A blank entry in decision.stops names nothing: no empty bullet on the idea
// page, no empty item in the decision log or index.json, and no-stop still
// fires when nothing else is named.
func TestBlankStopsNameNothing(t *testing.T) {
	archive := exampleSite + `-- content/ideas/blank.md --
+++
title = "Only blanks"
submitted = 2026-11-01
status = "accepted"
objectives = ["pipeline"]

[decision]
date = 2026-11-03
by = "Board"
rationale = "Go."
stops = ["  ", ""]
+++
-- content/ideas/mixed.md --
+++
title = "One named"
submitted = 2026-11-01
status = "accepted"
objectives = ["pipeline"]

[decision]
date = 2026-11-04
by = "Board"
rationale = "Go."
stops = ["", "fax campaign", " "]
+++
`
	res, err := Build(Options{Source: testsite.MapFS(archive), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	if page := string(res.Output["ideas/blank/index.html"]); strings.Contains(page, "<li></li>") || !strings.Contains(page, "Nothing named.") {
		t.Error("the idea page of an idea whose stops are all blank does not say that nothing is named")
	}
	if page := string(res.Output["ideas/mixed/index.html"]); !strings.Contains(page, "<li>fax campaign</li></ul>") || strings.Contains(page, "<li></li>") {
		t.Error("the idea page lists blank stops")
	}
	log := string(res.Output["decisions/index.html"])
	if !strings.Contains(log, "<strong>Stops:</strong> <bdi>fax campaign</bdi></p>") || strings.Contains(log, "&nbsp;· </p>") || strings.Contains(log, "</strong> &nbsp;· ") {
		t.Errorf("the decision log lists blank stops:\n%s", log)
	}
	if !strings.Contains(log, "<strong>Stops:</strong> Nothing named.") {
		t.Error("the decision log does not say that the idea with blank stops names nothing")
	}
	var index struct {
		Ideas []struct {
			Slug     string `json:"slug"`
			Decision struct {
				Stops []string `json:"stops"`
			} `json:"decision"`
		} `json:"ideas"`
	}
	if err := json.Unmarshal(res.Output["index.json"], &index); err != nil {
		t.Fatal(err)
	}
	stops := map[string]string{}
	for _, i := range index.Ideas {
		stops[i.Slug] = strings.Join(i.Decision.Stops, "|")
	}
	if stops["blank"] != "" || stops["mixed"] != "fax campaign" {
		t.Errorf("index.json: stops of blank %q, of mixed %q; want none and \"fax campaign\"", stops["blank"], stops["mixed"])
	}
	var noStop []string
	for _, f := range res.Site.Findings {
		if f.Code == "no-stop" && strings.HasPrefix(f.Path, "content/ideas/") {
			noStop = append(noStop, f.Path)
		}
	}
	if !slices.Contains(noStop, "content/ideas/blank.md") || slices.Contains(noStop, "content/ideas/mixed.md") {
		t.Errorf("no-stop fires on %v; want blank.md, not mixed.md", noStop)
	}
}

// Titles and names lose the spaces around them, as a script copying cells
// from a spreadsheet writes them (QA: "   Leerzeichen   " in <h1> and
// index.json).
func TestTitlesAndNamesAreTrimmed(t *testing.T) {
	archive := exampleSite + `-- content/teams/spaced.md --
+++
title = "  Spaced team "
+++
-- content/ideas/spaced.md --
+++
title = "   Leerzeichen   "
submitted = 2026-11-01
author = " Ann  "
status = "rejected"

[decision]
date = 2026-11-03
by = "  Board "
rationale = "No."
+++
-- content/objectives/spaced.md --
+++
title = "\tGrow "
team = "spaced"
period = "2026-Q4"
owner = "  Olga "
reviewed = 2026-11-20

[[key_results]]
title = " Leads  "
start = 0
target = 10
+++
`
	out := build(t, archive, false)
	for p, h1 := range map[string]string{"ideas/spaced/index.html": "Leerzeichen", "teams/spaced/index.html": "Spaced team", "objectives/spaced/index.html": "Grow"} {
		// A team's page sets its name in a span (fokus.css, .team-name).
		if !regexp.MustCompile(`<h1>(<span class="team-name"[^>]*>)?` + regexp.QuoteMeta(h1) + `(</span>)?</h1>`).Match(out[p]) {
			t.Errorf("%s has no <h1>%s</h1>", p, h1)
		}
	}
	var index struct {
		Teams []struct{ Slug, Title string }
		Ideas []struct {
			Slug, Title, Author string
			Decision            struct{ By string }
		}
		Objectives []struct {
			Slug, Title, Owner string
			KeyResults         []struct{ Title string } `json:"key_results"`
		}
	}
	if err := json.Unmarshal(out["index.json"], &index); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tm := range index.Teams {
		if tm.Slug == "spaced" {
			got = append(got, tm.Title)
		}
	}
	for _, i := range index.Ideas {
		if i.Slug == "spaced" {
			got = append(got, i.Title, i.Author, i.Decision.By)
		}
	}
	for _, o := range index.Objectives {
		if o.Slug == "spaced" && len(o.KeyResults) == 1 {
			got = append(got, o.Title, o.Owner, o.KeyResults[0].Title)
		}
	}
	if want := []string{"Spaced team", "Leerzeichen", "Ann", "Board", "Grow", "Olga", "Leads"}; !slices.Equal(got, want) {
		t.Errorf("index.json has %q, want %q", got, want)
	}
}

// The README's example idea is checked as written, beside the example
// content it refers to, so that a newcomer can copy it (docs QA: it named an
// objective that does not exist).
func TestTheReadmesExampleIdeaChecksInTheExampleSite(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```toml\n(\\+\\+\\+\n.*?\n\\+\\+\\+\n)").FindSubmatch(readme)
	if m == nil {
		t.Fatal("the README has no example idea (a ```toml block between +++ lines)")
	}
	src := fstest.MapFS{"content/ideas/readme-example.md": {Data: m[1]}}
	err = fs.WalkDir(os.DirFS(".."), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(p == "fokus.toml" || strings.HasPrefix(p, "content/")) {
			return err
		}
		data, err := os.ReadFile(filepath.Join("..", p))
		src[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Check(Options{Source: src, Now: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), NowDay: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		if d.Path == "content/ideas/readme-example.md" && d.Severity == diag.Error {
			t.Errorf("README example: %s", d)
		}
	}
}

// On a new site whose ideas are not scored yet, the dashboard's top ideas
// say where the ideas are instead of only "Keine." (Hugo QA).
func TestTheDashboardPointsAtIdeasWaitingToBeScored(t *testing.T) {
	site := validSite + "-- content/ideas/a.md --\n" + idea(`title = "A"`, `submitted = 2026-11-20`) +
		"-- content/ideas/b.md --\n" + idea(`title = "B"`, `submitted = 2026-11-20`)
	page := string(build(t, site, false)["index.html"])
	if !strings.Contains(page, `2 Ideen warten auf eine Bewertung: <a href="backlog/index.html#unassessed-h">`) {
		t.Errorf("no pointer at the ideas waiting to be scored:\n%s", page)
	}
	scored := site + "-- content/ideas/c.md --\n" + idea(`title = "C"`, `submitted = 2026-11-20`, "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 1")
	if page := string(build(t, scored, false)["index.html"]); strings.Contains(page, "warten auf eine Bewertung") {
		t.Error("the pointer stays while the top ideas list a scored one")
	}
}

// Of static/, only plain files are published: a link could bring any file
// of the machine onto the site, and a named pipe would block the build;
// hidden files neither, but for .htaccess and .well-known/. Each left out
// is a warning. The built-in theme's files and a file of static/ in a
// page's folder are files of the site for a body's images and links
// (review).
func TestStaticPublishesPlainFilesOnly(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, validSite+
		"-- static/ok.txt --\nok\n-- static/.htaccess --\nDeny none\n-- static/.well-known/security.txt --\nContact: x\n"+
		"-- static/.git/config --\n[core]\n-- static/ideas/bild/slides.pdf --\nPDF\n"+
		"-- static/.DS_Store --\nfinder\n-- static/ideas/Thumbs.db --\nexplorer\n"+
		"-- static/custom.css~ --\nold\n-- static/#custom.css# --\nautosave\n-- static/.custom.css.swp --\nswap\n-- static/4913 --\n-- static/custom.css___jb_old___ --\nold\n"+
		"-- static/._custom.css --\nresource fork\n"+
		"-- content/ideas/bild.md --\n+++\ntitle = \"Bild\"\nsubmitted = 2026-11-20\n+++\n![Logo](../../assets/favicon.svg) [Folien](slides.pdf)\n"); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(secret, []byte("secret\n"), 0o644)
	if err := os.Symlink(secret, filepath.Join(dir, "static", "leak.txt")); err != nil {
		t.Fatal(err)
	}
	testfs.Mkfifo(t, filepath.Join(dir, "static", "pipe"))
	// Emacs's lock of a file it edits, a link to nowhere.
	if err := os.Symlink("someone@host.4711:1700000000", filepath.Join(dir, "static", ".#custom.css")); err != nil {
		t.Fatal(err)
	}
	res, err := Build(Options{Source: os.DirFS(dir), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %v", err, res.Diagnostics)
	}
	for p, want := range map[string]bool{"ok.txt": true, ".htaccess": true, ".well-known/security.txt": true, "ideas/bild/slides.pdf": true,
		"leak.txt": false, "pipe": false, ".git/config": false,
		// a file manager's, no one's work: neither published nor warned of (QA)
		".DS_Store": false, "ideas/Thumbs.db": false,
		// an editor's, beside the file it saves: nor these, which the
		// preview never shows
		"custom.css~": false, "#custom.css#": false, ".custom.css.swp": false, "4913": false, "custom.css___jb_old___": false, ".#custom.css": false,
		// a Mac's beside a file it copied to a shared drive
		"._custom.css": false} {
		if _, ok := res.Output[p]; ok != want {
			t.Errorf("%s published: %v, want %v", p, ok, want)
		}
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	want := []string{
		"static/.git:1:1: warning: not published: a hidden name; fokus publishes no hidden files but .htaccess and .well-known/",
		"static/leak.txt:1:1: warning: not published: a link; fokus publishes no links, so that no file from elsewhere on the machine reaches the site: copy the file here",
		"static/pipe:1:1: warning: not published: not a plain file (a named pipe, a socket or a device)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A theme's static files that are not published are warnings as the
// site's are: its stylesheet as a link went missing without a word.
func TestAThemesUnpublishedStaticFilesAreWarnings(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, validSite+"-- fokus.toml --\ntheme = \"mine\"\n-- themes/mine/static/assets/own.css --\nbody {}\n"); err != nil {
		t.Fatal(err)
	}
	elsewhere := filepath.Join(t.TempDir(), "fokus.css")
	os.WriteFile(elsewhere, []byte("body {}\n"), 0o644)
	if err := os.Symlink(elsewhere, filepath.Join(dir, "themes", "mine", "static", "assets", "fokus.css")); err != nil {
		t.Fatal(err)
	}
	res, err := Build(Options{Source: os.DirFS(dir), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %v", err, res.Diagnostics)
	}
	want := "themes/mine/static/assets/fokus.css:1:1: warning: not published: a link; fokus publishes no links, so that no file from elsewhere on the machine reaches the site: copy the file here"
	if got := res.Diagnostics.String(); !strings.Contains(got, want) {
		t.Errorf("diagnostics:\n%s\nwant among them:\n%s", got, want)
	}
	if _, ok := res.Output["assets/own.css"]; !ok {
		t.Error("the theme's plain file is not published")
	}
}

// A static "folder" that is a file, or a link, is not published, and the
// theme's files still are; static files where the site makes a file or a
// folder of its own are left out with a warning, and the build succeeds
// (QA: a file static/backlog failed the build at an internal path, and a
// file static hid the stylesheet).
func TestStaticFilesNeverBreakTheSite(t *testing.T) {
	for name, setup := range map[string]func(dir string) error{
		"a file": func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "static"), []byte("I am a file"), 0o644)
		},
		"a link": func(dir string) error {
			other := filepath.Join(filepath.Dir(dir), "elsewhere")
			os.MkdirAll(other, 0o755)
			os.WriteFile(filepath.Join(other, "secret.txt"), []byte("secret"), 0o644)
			return os.Symlink(other, filepath.Join(dir, "static"))
		},
	} {
		dir := filepath.Join(t.TempDir(), "site")
		if err := testsite.Write(dir, validSite); err != nil {
			t.Fatal(err)
		}
		if err := setup(dir); err != nil {
			t.Fatal(err)
		}
		res, err := Build(Options{Source: os.DirFS(dir), Now: testNow, NowDay: true})
		if err != nil || res.Failed() {
			t.Fatalf("%s: %v %v", name, err, res.Diagnostics)
		}
		if _, ok := res.Output["assets/fokus.css"]; !ok {
			t.Errorf("static/ as %s: the theme's stylesheet is not published", name)
		}
		if _, ok := res.Output["secret.txt"]; ok {
			t.Errorf("static/ as %s: a file from elsewhere is published", name)
		}
		if len(res.Diagnostics) != 1 || res.Diagnostics[0].Path != "static" || !strings.Contains(res.Diagnostics[0].Message, "not published") {
			t.Errorf("static/ as %s: diagnostics %v", name, res.Diagnostics)
		}
	}

	archive := validSite + "-- static/index.html --\nnot the dashboard\n-- static/backlog --\na file\n-- static/index.json/a.txt --\nx\n-- static/ok.txt --\nok\n"
	res, err := Build(Options{Source: testsite.MapFS(archive), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("conflicts: %v %v", err, res.Diagnostics)
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	want := []string{
		"static/backlog:1:1: warning: not published: the site makes its own backlog (or a folder of pages there), which wins",
		"static/index.html:1:1: warning: not published: the site makes its own index.html (or a folder of pages there), which wins",
		"static/index.json/a.txt:1:1: warning: not published: the site makes its own index.json/a.txt (or a folder of pages there), which wins",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if strings.Contains(string(res.Output["index.html"]), "not the dashboard") || string(res.Output["ok.txt"]) != "ok\n" {
		t.Error("the dashboard is the static file, or ok.txt is not published")
	}
}

// SiteHas, which tells static files where the site's own files are, says
// yes for every file the theme writes and for their folders, and no for
// other places.
func TestSiteHasTheFilesTheThemeWrites(t *testing.T) {
	res, err := Build(Options{Source: testsite.MapFS(exampleSite), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatal(err, res.Diagnostics)
	}
	for p := range res.Output {
		if strings.HasPrefix(p, "assets/") {
			continue
		}
		if file, _ := render.SiteHas(res.Site, p); !file {
			t.Errorf("%s is written, but SiteHas says no file is there", p)
		}
		for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
			if _, isDir := render.SiteHas(res.Site, dir); !isDir {
				t.Errorf("%s is a folder of %s, but SiteHas says no folder is there", dir, p)
			}
		}
	}
	for _, p := range []string{"ideas/nope/index.html", "ideas/nope", "backlog/x.html", "img/plan.png", "ideas/a/b/index.html"} {
		if file, dir := render.SiteHas(res.Site, p); file || dir {
			t.Errorf("SiteHas(%s) = %v, %v; the theme writes nothing there", p, file, dir)
		}
	}
}

// A file whose name is not UTF-8 (Latin-1, from an old system) is named as
// such, not "cannot read: … invalid argument" (QA).
func TestAFileNameThatIsNotUTF8IsNamedAsSuch(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, validSite); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "content", "ideas"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "ideas", "caf\xe9.md"), []byte("+++\ntitle = \"Café\"\nsubmitted = 2026-11-20\n+++\n"), 0o644); err != nil {
		t.Skip("this file system takes no such name:", err)
	}
	res, err := Check(Options{Source: os.DirFS(dir), Now: testNow, NowDay: true})
	if err != nil {
		t.Fatal(err)
	}
	want := "content/ideas/caf\xe9.md:1:1: error: the file's name is not valid UTF-8 text, so it cannot be read; rename it"
	if got := res.Diagnostics.String(); !strings.Contains(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
	}
}

// A folder whose name is not UTF-8 is named as such too, not "cannot read
// it (invalid argument)" (QA).
func TestAFolderNameThatIsNotUTF8IsNamedAsSuch(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, validSite); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "content", "ideas", "Gr\xf6\xdfe")
	if err := os.MkdirAll(folder, 0o755); err != nil {
		t.Skip("this file system takes no such name:", err)
	}
	if err := os.WriteFile(filepath.Join(folder, "b.md"), []byte("+++\ntitle = \"B\"\nsubmitted = 2026-11-20\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Check(Options{Source: os.DirFS(dir), Now: testNow, NowDay: true})
	if err != nil {
		t.Fatal(err)
	}
	want := "content/ideas/Gr\xf6\xdfe:1:1: error: the folder's name is not valid UTF-8 text, so it cannot be read, and the files in it would be missing from the site; rename it"
	if got := res.Diagnostics.String(); !strings.Contains(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
	}
}

// An objective of 30,000 key results is content, not a reason for the build
// or the preview to take minutes: the poster tried each number of key
// results to keep, from 29,999 down, each estimate over every key result
// (security review). It keeps those that fit, and says how many more.
func TestAPosterOfAnObjectiveWithThousandsOfKeyResultsIsQuick(t *testing.T) {
	var b strings.Builder
	b.WriteString("-- fokus.toml --\nlanguage = \"en\"\nperiod = \"2026-Q4\"\n-- content/teams/t.md --\n+++\ntitle = \"T\"\n+++\n-- content/objectives/o.md --\n+++\ntitle = \"O\"\nteam = \"t\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n")
	for i := range 30_000 {
		fmt.Fprintf(&b, "[[key_results]]\ntitle = \"k%d\"\nstart = 0\ntarget = 10\n", i)
	}
	b.WriteString("+++\n")
	// No timing here (a loaded machine is slow): the old quadratic search
	// at this size runs into the test's own timeout.
	poster := string(build(t, b.String(), false)["posters/t/index.html"])
	if !strings.Contains(poster, ">k0<") || strings.Contains(poster, ">k100<") || !regexp.MustCompile(`(\+|&#43;) 29\d{3} more key results`).MatchString(poster) {
		t.Errorf("the poster does not show the first key results and how many more")
	}
}

// Lists in front matter are content: 200,000 tags, team slugs or check-ins
// must not hold the check for a minute while each is compared with those
// before it (security review: 37 s for the tags, 35 s for the teams). Each
// repeat is still reported at its place.
func TestLongListsInFrontMatterAreCheckedInLinearTime(t *testing.T) {
	const n = 200_000
	var tags, teams, checkins strings.Builder
	for i := range n {
		fmt.Fprintf(&tags, "\"t%d\",", i%(n/2))
		fmt.Fprintf(&teams, "\"sales\",")
		fmt.Fprintf(&checkins, "[[key_results.checkins]]\ndate = 2026-%02d-%02d\nvalue = 1\n", 1+i%10, 1+i%28)
	}
	archive := "-- content/teams/sales.md --\n+++\ntitle = \"Sales\"\n+++\n" +
		"-- content/ideas/x.md --\n+++\ntitle = \"X\"\nsubmitted = 2026-01-01\ntags = [" + tags.String() + "\"T1\"]\nteams = [" + teams.String() + "]\n+++\n" +
		"-- content/objectives/o.md --\n+++\ntitle = \"O\"\nteam = \"sales\"\nperiod = \"2026-Q4\"\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 10\n" + checkins.String() + "+++\n"
	// No timing here (a loaded machine is slow): quadratic time at this
	// size runs into the test's own timeout.
	res, err := Check(Options{Source: testsite.MapFS(archive), Now: testNow, NowDay: true})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, d := range res.Diagnostics {
		switch {
		case strings.Contains(d.Message, "is listed twice; it is shown once"):
			count["tag"]++
		case strings.Contains(d.Message, `team "sales" is listed twice`):
			count["team"]++
		case strings.Contains(d.Message, "has a check-in already"):
			count["checkin"]++
		}
	}
	// The tags t0…t49999 twice each, and "T1" as t1 once more; the team
	// n-1 times; the check-ins on 140 days.
	if count["tag"] != n/2+1 || count["team"] != n-1 || count["checkin"] != n-140 {
		t.Errorf("repeats reported: %v", count)
	}
}
