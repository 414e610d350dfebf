package render_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"fokus/generator"
)

// A printed page says in its margin which site and which day it shows, and
// its page of how many: the minutes of a meeting had no date (accessibility
// QA), and the screen's footer, printed, took a page of its own. The site's
// title is content, escaped in the style's string. A poster, whose foot
// says all of it, keeps its margins empty.
func TestPrintedPagesNameTheSiteTheDayAndThePage(t *testing.T) {
	src := fstest.MapFS{
		"fokus.toml":         {Data: []byte("title = 'Sales \"Q4\" </style><script>alert(1)</script>'\nlanguage = \"en\"\n")},
		"content/teams/t.md": {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
		"content/ideas/a.md": {Data: []byte("+++\ntitle = \"A\"\nsubmitted = 2026-09-01\nteams = [\"t\"]\n+++\n")},
	}
	res, err := generator.Build(generator.Options{Source: src, Now: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	for _, path := range []string{"index.html", "backlog/index.html", "priorities/index.html", "ideas/a/index.html", "teams/t/index.html"} {
		page := string(res.Output[path])
		if strings.Contains(page, "<script>alert") {
			t.Fatalf("%s: the title's script reached the page", path)
		}
		_, style, ok := strings.Cut(page, "@page { @bottom-left { content: \"")
		if !ok {
			t.Errorf("%s has no print margins", path)
			continue
		}
		style, _, _ = strings.Cut(style, "</style>")
		text, _, _ := strings.Cut(style, `"`) // the string ends at the first quote: none of the title's
		if !strings.HasPrefix(text, `Sales \22Q4\22  \3c\2fstyle\3e`) || !strings.HasSuffix(text, `\a0· As of Nov 26, 2026`) ||
			!strings.Contains(style, `content: counter(page) " / " counter(pages)`) {
			t.Errorf("%s: print margins %q; want the site's title escaped, the day and the page of how many", path, style)
		}
	}
	poster := string(res.Output["posters/t/index.html"])
	if !strings.Contains(poster, "@bottom-left { content: none; } @bottom-right { content: none; }") {
		t.Errorf("the poster's margins are not kept empty")
	}
}

// A team's findings, printed, begin under their heading: as a grid, the
// list that did not fit below it went to the next page whole, and the
// example's Inside Sales printed an empty panel under "Befunde" at the
// foot of its first page, the rest a page later, on five pages of A4
// instead of four (print QA).
func TestBrowserAPrintedTeamsFindingsBeginUnderTheirHeading(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/teams/inside-sales/index.html")
	if n := eval[int](tb, `document.querySelectorAll('.warn-panel .finding').length`); n != 4 {
		t.Fatalf("the example's Inside Sales has %d findings; the test counts on the 4 it had", n)
	}
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground(), func(p *page.PrintToPDFParams) {
		p.PaperWidth, p.PaperHeight = 210/25.4, 297/25.4
	}))
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "team-findings-a4.pdf", pdf)
	if n := pdfPages(pdf); n != 4 {
		t.Errorf("the printed Inside Sales takes %d pages of A4, want 4: its findings begin under their heading on the first", n)
	}
	tb.clean("team findings")
}

// printCut records, before the page's own scripts can, the layout that a
// print cuts into pages: the browser counts the pages before the charts'
// script hears of the paper and redraws them, so a box that moves after
// that leaves its page empty, or an empty page at the end (print QA). The
// listener runs first, as it was added first; window.printCut holds the
// page's height and the top and bottom of each box the selector matches
// that is printed, from the top of the first page.
func printCut(t *testing.T, tb *tab, selector string) {
	t.Helper()
	js := `matchMedia('print').addEventListener('change', e => {
		if (!e.matches) return;
		const top = document.documentElement.getBoundingClientRect().top;
		window.printCut = [document.documentElement.clientHeight].concat(...[...document.querySelectorAll(` + strconv.Quote(selector) + `)].filter(b => b.getClientRects().length).map(b => {
			const r = b.getBoundingClientRect();
			return [r.top - top, r.bottom - top];
		}));
	})`
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js}); err != nil {
		t.Fatal(err)
	}
}

// box is an element's box as printed, in px from the first page's corner.
type box struct{ left, top, right, bottom int }

// printedBoxes opens url in tb, prints it on paper (keeping the PDF under
// name) and returns the printed boxes of the first elements that a and b
// match, recorded as printCut records its boxes: before the page's own
// scripts hear of the paper.
func printedBoxes(t *testing.T, tb *tab, url string, paper func(*page.PrintToPDFParams), name, a, b string) (box, box) {
	t.Helper()
	js := `matchMedia('print').addEventListener('change', e => {
		if (!e.matches) return;
		window.printedBoxes = [` + strconv.Quote(a) + `, ` + strconv.Quote(b) + `].map(s => {
			const r = document.querySelector(s).getBoundingClientRect();
			return [r.left, r.top, r.right, r.bottom].map(Math.round);
		});
	})`
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js}); err != nil {
		t.Fatal(err)
	}
	tb.open(url)
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground(), paper))
	if err != nil {
		t.Fatal(err)
	}
	keep(t, strings.ReplaceAll(name, " ", "-")+".pdf", pdf)
	boxes := eval[[][]int](tb, `window.printedBoxes || []`)
	if len(boxes) != 2 || len(boxes[0]) != 4 || len(boxes[1]) != 4 {
		t.Fatalf("%s: the print's layout was not recorded: %v", name, boxes)
	}
	at := func(r []int) box { return box{r[0], r[1], r[2], r[3]} }
	return at(boxes[0]), at(boxes[1])
}

// The priorities printed on paper across keep their heading on the page
// of the matrix, whether the print dialog turns the paper or a site's
// custom.css does with @page: the matrix's panel was too tall for the
// rest of the first page, went whole onto the second, and left the
// heading alone on the first (print QA). Across, the quadrants' key and
// the ideas not in the matrix stand beside it, and the print takes three
// pages, none of them empty.
func TestBrowserThePrioritiesPrintedAcrossKeepTheirHeadingWithTheMatrix(t *testing.T) {
	ctx := browser(t)
	letterAcross := exampleWith(t)
	letterAcross["static/assets/custom.css"] = &fstest.MapFile{Data: []byte("@page { size: letter landscape; }\n")}
	yes := true
	for _, c := range []struct {
		name  string
		src   fstest.MapFS
		paper func(*page.PrintToPDFParams)
	}{
		{"A4 turned in the print dialog", exampleWith(t), func(p *page.PrintToPDFParams) {
			p.PaperWidth, p.PaperHeight, p.Landscape = 210/25.4, 297/25.4, &yes
		}},
		{"Letter turned by custom.css", letterAcross, func(p *page.PrintToPDFParams) { p.PreferCSSPageSize = &yes }},
	} {
		res, err := generator.Build(generator.Options{Source: c.src, Now: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), NowDay: true})
		if err != nil || res.Failed() {
			t.Fatalf("build: %v %s", err, res.Diagnostics)
		}
		srv := serveSite(t, res.Output)
		tb := newTab(t, ctx, srv)
		pdf, cut := printedPriorities(t, tb, srv, ".page-head, .panel:has(#matrix-h)", c.paper, "priorities-across-"+strings.Fields(c.name)[0]+".pdf")
		if len(cut) != 5 {
			t.Fatalf("%s: the print's layout was not recorded: %v", c.name, cut)
		}
		if page, head, matrix := cut[0], cut[2], cut[3]; head > page || matrix >= page {
			t.Errorf("%s: the heading ends %.0f px and the matrix's panel begins %.0f px down a page of %.0f px: the heading stands alone on the first page", c.name, head, matrix, page)
		}
		if n := pdfPages(pdf); n != 3 {
			t.Errorf("%s: the priorities print on %d pages, want 3: the matrix under the heading, the ranking, the load", c.name, n)
		}
		tb.clean(c.name)
	}
}

// printedPriorities prints the priorities in tb on paper, once their
// charts are drawn, keeps the PDF under name, and returns it with the
// layout that printCut recorded for the boxes selector matches.
func printedPriorities(t *testing.T, tb *tab, srv *httptest.Server, selector string, paper func(*page.PrintToPDFParams), name string) ([]byte, []float64) {
	t.Helper()
	printCut(t, tb, selector)
	tb.open(srv.URL + "/priorities/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-priorities svg') && !!document.querySelector('#chart-load svg')`, 5*time.Second) {
		t.Fatalf("%s: the charts were not drawn", name)
	}
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground(), paper))
	if err != nil {
		t.Fatal(err)
	}
	keep(t, name, pdf)
	return pdf, eval[[]float64](tb, `window.printCut || []`)
}

// printTab opens a tab that lays pages out as printed on a paper whose
// page is width px wide (718 for A4 upright, 741 for Letter).
func printTab(t *testing.T, ctx context.Context, srv *httptest.Server, width int64) *tab {
	t.Helper()
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	return tb
}

// A printed idea table's score column says "noch nicht bewertet" of an
// idea without a score inside the column, on two lines: on one, in the
// column of 12 %, it ran into the decision beside it (print QA).
func TestBrowserAPrintedIdeaTableSaysNotAssessedInItsColumn(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	for _, width := range []int64{718, 741} {
		tb := printTab(t, ctx, srv, width)
		for _, page := range []string{"/backlog/index.html", "/teams/demand-gen/index.html"} {
			tb.open(srv.URL + page)
			cells := eval[[]string](tb, `[...document.querySelectorAll('table.ideas td.num')].filter(td => td.querySelector('.muted')).map(td => td.scrollWidth > td.clientWidth + 1 ? 'over' : 'in')`)
			if !slices.Contains(cells, "in") && !slices.Contains(cells, "over") {
				t.Fatalf("%s has no idea without a score; the test counts on the example's", page)
			}
			if n := len(slices.DeleteFunc(cells, func(c string) bool { return c == "in" })); n > 0 {
				t.Errorf("printed %d px wide, %s: %d ideas' \"not assessed\" run out of the score's column", width, page, n)
			}
		}
		tb.clean("not assessed printed")
	}
}

// A printed objective's key results stay within the page's width: in
// German their headings in capitals ("SCHLÜSSELERGEBNIS", "ZUVERSICHT")
// made the table 713 px wide on A4 upright's 686, and its last column ran
// into the margin (print QA).
func TestBrowserAPrintedObjectivesKeyResultsFitThePage(t *testing.T) {
	ctx := browser(t)
	out := exampleSite(t)
	srv := serveSite(t, out)
	var pages []string
	for p := range out {
		if strings.HasPrefix(p, "objectives/") && strings.Count(p, "/") == 2 {
			pages = append(pages, p)
		}
	}
	slices.Sort(pages)
	if len(pages) < 10 {
		t.Fatalf("the example has %d objective pages; the test counts on its 16", len(pages))
	}
	for _, width := range []int64{718, 741} {
		tb := printTab(t, ctx, srv, width)
		for _, p := range pages {
			tb.open(srv.URL + "/" + p)
			if over := eval[int](tb, `Math.round(document.querySelector('table.krs-table').getBoundingClientRect().right - document.querySelector('main').getBoundingClientRect().right)`); over > 0 {
				t.Errorf("printed %d px wide, %s: the key results run %d px past the page's text", width, p, over)
			}
		}
		tb.clean("key results printed")
	}
}

// A printed page ends with its last box: the room the screen keeps below
// it (3rem and a panel's margin) printed as an empty last page wherever the
// content ended within it of a page's foot (print QA: a dashboard on
// Letter printed page 6 of 6 blank).
func TestBrowserAPrintedPageEndsWithItsLastBox(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := printTab(t, ctx, srv, 718)
	for _, p := range []string{"index.html", "backlog/index.html", "ideas/crm-datenbereinigung/index.html", "objectives/index.html",
		"objectives/webinare-als-pipeline-motor/index.html", "teams/index.html", "teams/inside-sales/index.html", "priorities/index.html", "decisions/index.html"} {
		tb.open(srv.URL + "/" + p)
		if after := eval[int](tb, `(() => {
			const main = document.querySelector('main');
			const last = Math.max(...[...main.children].filter(c => c.getClientRects().length).map(c => c.getBoundingClientRect().bottom));
			return Math.round(main.getBoundingClientRect().bottom - last);
		})()`); after > 1 {
			t.Errorf("printed, %s keeps %d px below its last box, which can print as an empty page", p, after)
		}
	}
	tb.clean("page ends")
}

// A group of the dashboard's findings printed keeps its heading with its
// first finding: on A4 across, "Über Kapazität" ended the first page and
// its team began the second (print QA).
func TestBrowserAPrintedGroupOfFindingsKeepsItsHeadingWithAFinding(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	printCut(t, tb, ".rule-group[open] summary, .rule-group[open] li:first-child")
	tb.open(srv.URL + "/index.html")
	yes := true
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground(), func(p *page.PrintToPDFParams) {
		p.PaperWidth, p.PaperHeight, p.Landscape = 210/25.4, 297/25.4, &yes
	}))
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "dashboard-across.pdf", pdf)
	cut := eval[[]float64](tb, `window.printCut || []`)
	if len(cut) < 9 {
		t.Fatalf("the print's layout was not recorded, or the example's dashboard has fewer open groups of findings than its 6: %v", cut)
	}
	page := cut[0]
	for i := 1; i+3 < len(cut); i += 4 {
		if heading, first := int(cut[i]/page), int(cut[i+2]/page); heading != first {
			t.Errorf("a group of findings' heading is printed on page %d, its first finding on page %d", heading+1, first+1)
		}
	}
	tb.clean("groups of findings printed")
}

// The dashboard's link to every idea is not printed, where on Letter the
// English example's "All ideas →" printed alone on the ninth page (print
// QA): the table's last row, on its page, is the last thing printed.
func TestBrowserAPrintedDashboardEndsWithItsTopIdeas(t *testing.T) {
	ctx := browser(t)
	res, err := generator.Build(generator.Options{Source: exampleWith(t, `language = "de"`, `language = "en"`), Now: time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC), NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	srv := serveSite(t, res.Output)
	tb := newTab(t, ctx, srv)
	printCut(t, tb, "#top-h ~ .table-wrap tbody tr:last-child, #top-h ~ .more")
	tb.open(srv.URL + "/index.html")
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground(), func(p *page.PrintToPDFParams) {
		p.PaperWidth, p.PaperHeight = 8.5, 11
	}))
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "dashboard-letter.pdf", pdf)
	cut := eval[[]float64](tb, `window.printCut || []`)
	if len(cut) < 3 {
		t.Fatalf("the print's layout was not recorded: %v", cut)
	}
	if last := int(cut[1] / cut[0]); len(cut) > 3 || pdfPages(pdf) != last+1 {
		t.Errorf("the top ideas' last row is printed on page %d of %d, and after it %d other boxes", last+1, pdfPages(pdf), (len(cut)-3)/2)
	}
	tb.clean("dashboard's end printed")
}

// A chart printed by a browser whose print tells the page's script only
// "beforeprint", not the paper, is whole in its box: Firefox prints a
// copy of the page in which no script runs, and hears nothing of the
// print media query. The chart stays as the script drew it before the
// print, as high and as wide as upright paper holds it, while the
// stylesheet holds its box at 63 % of the page's height and, across, the
// matrix beside its key: the load of 30 teams on A4 across lost its last
// teams and its axis, and the matrix lost its axis and ran under the
// quadrants' key (print QA). The drawing now shrinks into its box.
func TestBrowserAChartPrintedWithoutHearingThePaperIsWhole(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, build(t, thirtyTeams(func(i int) string {
		return fmt.Sprintf("value = %d\ntime_criticality = %d\nrisk_reduction = 2\njob_size = %d\n", i%10+1, i%7+1, i%5+1)
	})))
	tb := newTab(t, ctx, srv)
	// The page's script hears nothing of the print media query, as in
	// Firefox; the test's own listener, added first, still does, and
	// records each drawn chart's box and its drawing as printed.
	js := `(() => {
		const real = window.matchMedia.bind(window);
		real('print').addEventListener('change', e => {
			if (!e.matches) return;
			window.printedCharts = [...document.querySelectorAll('.chart.is-drawn')].map(c => {
				// The drawing's first rect is as large as the chart was drawn.
				const box = c.getBoundingClientRect(), svg = c.querySelector('svg > rect').getBoundingClientRect();
				const under = [...c.parentElement.children].filter(s => s !== c && s.getClientRects().length).filter(s => {
					const r = s.getBoundingClientRect();
					return Math.min(r.right, svg.right) - Math.max(r.left, svg.left) > 1 && Math.min(r.bottom, svg.bottom) - Math.max(r.top, svg.top) > 1;
				}).length;
				return [c.id, Math.round(svg.width - box.width), Math.round(svg.height - box.height), under].join(' ');
			});
		});
		window.matchMedia = q => q === 'print' ? { matches: false, media: q, addEventListener() {}, addListener() {} } : real(q);
	})()`
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js}); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/priorities/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-priorities svg') && !!document.querySelector('#chart-load svg')`, 5*time.Second) {
		t.Fatal("the charts were not drawn")
	}
	across := true
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground(), func(p *page.PrintToPDFParams) {
		p.PaperWidth, p.PaperHeight, p.Landscape = 210/25.4, 297/25.4, &across
	}))
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "priorities-30-teams-across-unheard.pdf", pdf)
	charts := eval[[]string](tb, `window.printedCharts || []`)
	if len(charts) != 3 {
		t.Fatalf("the print's charts were not recorded: %q", charts)
	}
	for _, c := range charts {
		var id string
		var wider, taller, under int
		if _, err := fmt.Sscan(c, &id, &wider, &taller, &under); err != nil {
			t.Fatal(err)
		}
		if wider > 1 || taller > 1 {
			t.Errorf("printed on A4 across, %s is drawn %d px wider and %d px taller than its box, which cuts it", id, wider, taller)
		}
		if under > 0 {
			t.Errorf("printed on A4 across, %s is drawn over %d of the boxes beside it", id, under)
		}
	}
	tb.clean("charts printed unheard")
}

// A printed idea table keeps a status, a team's name and a score in their
// columns: in English a team's word of 14 letters broke inside
// ("Communicatio" over "ns"), a RICE score of 18,461.54 ran into the
// decision beside it, and German's "vorgeschlagen" and "fallen gelassen"
// fill their column to the edge (print QA).
func TestBrowserAPrintedIdeaTableKeepsStatusTeamsAndScoreInTheirColumns(t *testing.T) {
	printedIdeaTableColumns(t, []string{"Brand & Communications", "Revenue Operations", "Key Account Management", "Field Marketing"})
}

// A printed idea table keeps a team's name of one long German word whole
// in its column, on A4 and Letter upright, in a German site and in an
// English one: "Vertriebsinnendienst" broke as "Vertriebsinnendie" over
// "nst", where the browser has no German hyphenation (Chromium on Linux),
// and the column had no room for it (print QA). Such a site's teams get a
// column as wide as their longest word, up to 24 letters.
func TestBrowserAPrintedIdeaTableKeepsAGermanTeamOfOneWordWhole(t *testing.T) {
	printedIdeaTableColumns(t, []string{"Vertriebsinnendienst", "Marketingkommunikation", "Geschäftskundenbetreuung", "Key Account Management"})
}

// A team's word longer than the 24 letters its column is made room for,
// "Geschäftskundenbetreuungsteam" (29), is set smaller, and is printed
// whole on A4 and Letter upright: it broke as "…tea" over "m" (print QA).
func TestBrowserAPrintedIdeaTableKeepsATeamsWordOf29LettersWhole(t *testing.T) {
	printedIdeaTableColumns(t, []string{"Geschäftskundenbetreuungsteam Nord", "Inside Sales", "Vertriebsinnendienst", "Key Account Management"})
}

// printedIdeaTableColumns prints the backlog of ten ideas, each of two of
// the teams, in German (WSJF) and in English (RICE, scores of five
// figures), on A4 and on Letter upright, and fails for a status, a
// score, a decision or a word of a team's name out of its column, and for
// a word of a team's name broken.
func printedIdeaTableColumns(t *testing.T, teams []string) {
	t.Helper()
	ctx := browser(t)
	sites := map[string]fstest.MapFS{
		"en": {"fokus.toml": {Data: []byte("language = \"en\"\n[scoring]\nmodel = \"rice\"\n")}},
		"de": {"fokus.toml": {Data: []byte("language = \"de\"\n")}},
	}
	statuses := []string{"proposed", "assessing", "accepted", "in-progress", "dropped"}
	for lang, fsys := range sites {
		for i, team := range teams {
			fsys[fmt.Sprintf("content/teams/t%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = %q\ncapacity = 200\n+++\n", team))}
		}
		for i := range 10 {
			score := fmt.Sprintf("[score]\nvalue = %d\ntime_criticality = 8\nrisk_reduction = 13\njob_size = 3\n", i+5)
			if lang == "en" {
				score = fmt.Sprintf("[score]\nreach = %d\nimpact = 2\nconfidence = 80\neffort = 10.4\n", 120000+i*1000)
			}
			decision := ""
			if statuses[i%5] != "proposed" && statuses[i%5] != "assessing" {
				decision = "[decision]\ndate = 2026-11-10\nby = \"Board\"\nrationale = \"Go.\"\nstops = [\"Trade fair\"]\n"
			}
			fsys[fmt.Sprintf("content/ideas/i%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea number %d\"\nsubmitted = 2026-11-01\nteams = [\"t%d\", \"t%d\"]\nstatus = %q\n%s\n%s+++\n",
				i, i%len(teams), (i+1)%len(teams), statuses[i%5], decision, score))}
		}
		srv := serveSite(t, build(t, fsys))
		for _, width := range []int64{718, 741} {
			tb := printTab(t, ctx, srv, width)
			tb.open(srv.URL + "/backlog/index.html")
			out := eval[[]string](tb, `(() => {
				const out = [], inside = (el, td) => { const r = el.getBoundingClientRect(), c = td.getBoundingClientRect(); return r.left >= c.left - 0.5 && r.right <= c.right + 0.5; };
				const words = el => { const ws = [], w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); for (let n; (n = w.nextNode());) for (const m of n.data.matchAll(/\S+/g)) { const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length); ws.push([m[0], r]); } return ws; };
				const rows = [...document.querySelectorAll('table.ideas tbody tr')].filter(tr => tr.querySelector('.teams-cell'));
				out.push('rows ' + rows.length);
				for (const tr of rows) {
					const status = tr.children[2], teams = tr.querySelector('.teams-cell'), strong = tr.querySelector('td.num:not(.rank) strong');
					for (const b of status.querySelectorAll('.badge')) if (!inside(b, status)) out.push('status out: ' + b.textContent);
					if (strong && !inside(strong, strong.closest('td'))) out.push('score out: ' + strong.textContent);
					const decision = tr.children[5];
					if (decision.scrollWidth > decision.clientWidth + 1) out.push('decision out: ' + decision.textContent);
					for (const [w, r] of words(teams)) {
						if (r.getClientRects().length > 1) out.push('team word broken: ' + w);
						else if (r.getBoundingClientRect().right > teams.getBoundingClientRect().right + 0.5) out.push('team word out: ' + w);
					}
				}
				return out;
			})()`)
			if len(out) == 0 || out[0] != "rows 10" {
				t.Fatalf("%s, %d px: the backlog has %v; the test counts on 10 rows", lang, width, out)
			}
			for _, o := range out[1:] {
				t.Errorf("%s printed %d px wide: %s", lang, width, o)
			}
			tb.clean("idea table columns")
		}
	}
}

// The priorities printed keep their heading with the matrix also where a
// dozen ideas not yet assessed, of long titles, make the list beside or
// under the matrix taller than the rest of the first page: the matrix's
// panel, kept whole, went to the second page and left the page's heading
// alone on the first, on A4 and Letter, across and upright (print QA).
// The matrix stays whole under its heading; the list goes on over the
// next page.
func TestBrowserThePrintedPrioritiesKeepTheirHeadingWithTheMatrixBesideALongList(t *testing.T) {
	ctx := browser(t)
	long := func(src fstest.MapFS) fstest.MapFS {
		for i := range 12 {
			src[fmt.Sprintf("content/ideas/lang-%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Eine sehr lange Idee Nummer %d über die Neuausrichtung der Kundenkommunikation im Vertriebsinnendienst\"\n"+
				"submitted = 2026-11-%02d\nteams = [\"inside-sales\"]\nstatus = \"proposed\"\n+++\n", i, i+1))}
		}
		return src
	}
	letterAcross := long(exampleWith(t))
	letterAcross["static/assets/custom.css"] = &fstest.MapFile{Data: []byte("@page { size: letter landscape; }\n")}
	yes := true
	for _, c := range []struct {
		name  string
		src   fstest.MapFS
		paper func(*page.PrintToPDFParams)
	}{
		{"A4 turned in the print dialog", long(exampleWith(t)), func(p *page.PrintToPDFParams) {
			p.PaperWidth, p.PaperHeight, p.Landscape = 210/25.4, 297/25.4, &yes
		}},
		{"Letter turned by custom.css", letterAcross, func(p *page.PrintToPDFParams) { p.PreferCSSPageSize = &yes }},
		{"A4 upright", long(exampleWith(t)), func(p *page.PrintToPDFParams) { p.PaperWidth, p.PaperHeight = 210/25.4, 297/25.4 }},
		{"Letter upright", long(exampleWith(t)), func(p *page.PrintToPDFParams) { p.PaperWidth, p.PaperHeight = 8.5, 11 }},
	} {
		res, err := generator.Build(generator.Options{Source: c.src, Now: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), NowDay: true})
		if err != nil || res.Failed() {
			t.Fatalf("build: %v %s", err, res.Diagnostics)
		}
		srv := serveSite(t, res.Output)
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
			t.Fatal(err)
		}
		_, cut := printedPriorities(t, tb, srv, ".page-head, #chart-priorities, .matrix-body > .chart-note:last-child", c.paper, "priorities-long-list-"+strings.ReplaceAll(c.name, " ", "-")+".pdf")
		if len(cut) != 7 {
			t.Fatalf("%s: the print's layout was not recorded, or the list of ideas not assessed is missing: %v", c.name, cut)
		}
		page, head, chartTop, chartBottom, listBottom := cut[0], cut[2], cut[3], cut[4], cut[6]
		if head > page || chartTop >= page || chartBottom > page {
			t.Errorf("%s: the heading ends %.0f px and the matrix runs from %.0f to %.0f px down a page of %.0f px: the matrix is not whole under the heading on the first page", c.name, head, chartTop, chartBottom, page)
		}
		if listBottom <= page {
			t.Errorf("%s: the list of ideas not assessed ends %.0f px down a page of %.0f px; the test counts on one that goes on over the next page", c.name, listBottom, page)
		}
		tb.clean(c.name)
	}
}

// An idea printed across has its cards beside its body, as a screen as
// wide has them, whether the print dialog turns the paper or custom.css
// does with @page; upright, they follow the body. Turned by custom.css,
// the cards printed under the body: the stylesheet asked a media query
// for the page's width, which sees only the dialog's paper (print QA).
func TestBrowserAnIdeaPrintedAcrossHasItsCardsBesideItsBody(t *testing.T) {
	ctx := browser(t)
	withPage := func(size string) fstest.MapFS {
		src := exampleWith(t)
		src["static/assets/custom.css"] = &fstest.MapFile{Data: []byte("@page { size: " + size + "; }\n")}
		return src
	}
	yes := true
	for _, c := range []struct {
		name   string
		src    fstest.MapFS
		paper  func(*page.PrintToPDFParams)
		beside bool
	}{
		{"A4 turned by custom.css", withPage("A4 landscape"), func(p *page.PrintToPDFParams) { p.PreferCSSPageSize = &yes }, true},
		{"Letter turned by custom.css", withPage("letter landscape"), func(p *page.PrintToPDFParams) { p.PreferCSSPageSize = &yes }, true},
		{"A4 turned in the print dialog", exampleWith(t), func(p *page.PrintToPDFParams) {
			p.PaperWidth, p.PaperHeight, p.Landscape = 210/25.4, 297/25.4, &yes
		}, true},
		{"A4 upright by custom.css, across in the print dialog", withPage("A4 portrait"), func(p *page.PrintToPDFParams) { p.PreferCSSPageSize, p.Landscape = &yes, &yes }, false},
		{"Letter upright in the print dialog", exampleWith(t), func(p *page.PrintToPDFParams) { p.PaperWidth, p.PaperHeight = 8.5, 11 }, false},
	} {
		srv := serveSite(t, build(t, c.src))
		tb := newTab(t, ctx, srv)
		body, card := printedBoxes(t, tb, srv.URL+"/ideas/crm-datenbereinigung/index.html", c.paper, "idea-"+c.name, ".idea-body", ".score-card")
		bodyRight, bodyTop, bodyBottom, cardLeft, cardTop := body.right, body.top, body.bottom, card.left, card.top
		beside := cardLeft >= bodyRight && cardTop < bodyBottom
		under := cardTop >= bodyBottom
		if c.beside && !beside {
			t.Errorf("%s: the score's card begins %d px down at %d px across, the body runs from %d to %d px down and ends %d px across: the card is not beside the body", c.name, cardTop, cardLeft, bodyTop, bodyBottom, bodyRight)
		}
		if !c.beside && !under {
			t.Errorf("%s: the score's card begins %d px down, the body ends %d px down: upright, the card is not under the body", c.name, cardTop, bodyBottom)
		}
		tb.clean(c.name)
	}
}

// The idea tables tell the stylesheet how many letters the longest word of
// a team's name has, which their printed teams' column is made room for: a
// word ends at a space or after a hyphen, where a line may break anyway,
// and a letter written with a mark is one.
func TestIdeaTablesTellTheLongestWordOfATeamsName(t *testing.T) {
	for _, c := range []struct {
		teams []string
		want  string
	}{
		{[]string{"Inside Sales", "Geschäftskundenbetreuung"}, "24"},
		{[]string{"Key-Account-Management", "Brand & Communications"}, "14"},
		{[]string{"Vertriebs-Innendienst"}, "11"},
	} {
		fsys := fstest.MapFS{"fokus.toml": {Data: []byte("language = \"de\"\n")}}
		for i, team := range c.teams {
			fsys[fmt.Sprintf("content/teams/t%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = %q\n+++\n", team))}
		}
		var slugs []string
		for i := range c.teams {
			slugs = append(slugs, fmt.Sprintf("%q", fmt.Sprintf("t%d", i)))
		}
		fsys["content/ideas/a.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\nteams = [" + strings.Join(slugs, ", ") + "]\n+++\n")}
		out := build(t, fsys)
		for _, p := range []string{"backlog/index.html", "teams/t0/index.html"} {
			// A table without a row here (in progress, open, the
			// dashboard's top ideas, as a is not scored) says 0.
			var got []string
			for _, m := range regexp.MustCompile(`<table class="ideas" style="--team-word: (\d+);`).FindAllSubmatch(out[p], -1) {
				if string(m[1]) != "0" {
					got = append(got, string(m[1]))
				}
			}
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("teams %q: %s's idea table of a says --team-word %q, want %s", c.teams, p, got, c.want)
			}
		}
	}
}

// An idea table's teams' column is made room for the longest word of the
// teams its rows name, not of every team of the site: one team of a long
// word ("Geschäftskundenbetreuungsteam Nord") gave every printed table's
// teams a quarter of the paper, where no row named it, and the decision
// beside them twice the lines (print QA). A soft hyphen in a team's name
// ends a word, where its writer lets it break.
func TestAnIdeaTableMakesRoomForTheWordsOfItsOwnTeams(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":            {Data: []byte("language = \"de\"\n")},
		"content/teams/is.md":   {Data: []byte("+++\ntitle = \"Inside Sales\"\n+++\n")},
		"content/teams/gk.md":   {Data: []byte("+++\ntitle = \"Geschäftskundenbetreuungsteam Nord\"\n+++\n")},
		"content/teams/soft.md": {Data: []byte("+++\ntitle = \"Geschäftskunden\\u00ADbetreuungsteam Süd\"\n+++\n")},
		"content/ideas/a.md":    {Data: []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\nteams = [\"is\"]\n+++\n")},
		"content/ideas/b.md":    {Data: []byte("+++\ntitle = \"B\"\nsubmitted = 2026-11-01\nteams = [\"gk\"]\n+++\n")},
		"content/ideas/c.md":    {Data: []byte("+++\ntitle = \"C\"\nsubmitted = 2026-11-01\nteams = [\"soft\"]\n+++\n")},
	}
	out := build(t, fsys)
	for page, want := range map[string]string{
		"teams/is/index.html":   "6",  // "Inside": no row names the long word's team
		"teams/gk/index.html":   "29", // "Geschäftskundenbetreuungsteam"
		"teams/soft/index.html": "16", // "Geschäftskunden" and the hyphen it breaks with
		"backlog/index.html":    "29", // a, b and c are in one table
	} {
		// Of a page's tables one has the ideas, the others (in progress,
		// open, closed) no row here, and say 0.
		var got []string
		for _, m := range regexp.MustCompile(`<table class="ideas" style="--team-word: (\d+);`).FindAllSubmatch(out[page], -1) {
			if string(m[1]) != "0" {
				got = append(got, string(m[1]))
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s's idea tables of rows say --team-word %q, want %s", page, got, want)
		}
	}
}

// The idea tables tell the stylesheet how many characters the site's
// longest score has as the pages write it, whichever page and whatever
// the idea's status: an accepted idea's score is printed as well.
func TestIdeaTablesTellTheLongestScore(t *testing.T) {
	for _, c := range []struct {
		lang, reach, status, want string
	}{
		{"en", "1234567891", "accepted", "14"}, // 529,100,524.71
		{"de", "1234567891", "proposed", "14"}, // 529 100 524,71
		{"en", "7", "proposed", "1"},
	} {
		fsys := fstest.MapFS{
			"fokus.toml":         {Data: []byte("language = \"" + c.lang + "\"\n[scoring]\nmodel = \"rice\"\n")},
			"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
			"content/ideas/a.md": {Data: []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"" + c.status + "\"\n\n" +
				"[decision]\ndate = 2026-11-02\nby = \"B\"\nrationale = \"R\"\nstops = [\"x\"]\n\n[score]\nreach = " + c.reach + "\nimpact = 3\nconfidence = 100\neffort = 7\n+++\n")},
			"content/ideas/b.md": {Data: []byte("+++\ntitle = \"B\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\n+++\n")},
		}
		out := build(t, fsys)
		for _, p := range []string{"index.html", "backlog/index.html", "teams/a/index.html"} {
			if got := regexp.MustCompile(`<table class="ideas" style="[^"]*--score-width: (\d+)">`).FindSubmatch(out[p]); got == nil || string(got[1]) != c.want {
				t.Errorf("%s, reach %s: %s's idea table says %q, want --score-width: %s", c.lang, c.reach, p, got, c.want)
			}
		}
	}
}

// A decision printed across has its date beside it, as a screen as wide
// has it, whether the print dialog turns the paper or custom.css does
// with @page; upright, the date stands above it. Turned by custom.css,
// the date printed above: the stylesheet asked a media query for the
// page's width, which sees only the dialog's paper (print QA).
func TestBrowserADecisionPrintedAcrossHasItsDateBesideIt(t *testing.T) {
	ctx := browser(t)
	across := exampleWith(t)
	across["static/assets/custom.css"] = &fstest.MapFile{Data: []byte("@page { size: A4 landscape; }\n")}
	upright := exampleWith(t)
	upright["static/assets/custom.css"] = &fstest.MapFile{Data: []byte("@page { size: A4 portrait; }\n")}
	yes := true
	for _, c := range []struct {
		name   string
		src    fstest.MapFS
		paper  func(*page.PrintToPDFParams)
		beside bool
	}{
		{"A4 turned by custom.css", across, func(p *page.PrintToPDFParams) { p.PreferCSSPageSize = &yes }, true},
		{"A4 turned in the print dialog", exampleWith(t), func(p *page.PrintToPDFParams) {
			p.PaperWidth, p.PaperHeight, p.Landscape = 210/25.4, 297/25.4, &yes
		}, true},
		{"A4 upright by custom.css, across in the print dialog", upright, func(p *page.PrintToPDFParams) { p.PreferCSSPageSize, p.Landscape = &yes, &yes }, false},
	} {
		srv := serveSite(t, build(t, c.src))
		tb := newTab(t, ctx, srv)
		date, title := printedBoxes(t, tb, srv.URL+"/decisions/index.html", c.paper, "decisions-"+c.name, ".decision-date", ".decision-entry h3")
		dateRight, dateBottom, titleLeft, titleTop := date.right, date.bottom, title.left, title.top
		if beside := dateRight <= titleLeft && dateBottom > titleTop; beside != c.beside {
			t.Errorf("%s: the first decision's date ends %d px across and %d px down, its title begins %d px across and %d px down: beside it is %v, want %v", c.name, dateRight, dateBottom, titleLeft, titleTop, beside, c.beside)
		}
		tb.clean(c.name)
	}
}

// A printed score stays in its column however many figures it has, as RICE
// allows any (a reach of 20,000 at impact 3 and effort 1 scores 60,000): in
// the column of 13 % on A4 upright, the dashboard's 6,000,000 ended past
// its cell, and 55,384.62 ran 8 px into the decision beside it (print QA).
// The column is as wide as the site's longest score, up to a fifth of the
// paper; a longer one is set smaller.
func TestBrowserAPrintedScoreOfManyFiguresStaysInItsColumn(t *testing.T) {
	ctx := browser(t)
	for _, lang := range []string{"en", "de"} {
		fsys := fstest.MapFS{
			"fokus.toml":         {Data: []byte("language = \"" + lang + "\"\n[scoring]\nmodel = \"rice\"\n")},
			"content/teams/a.md": {Data: []byte("+++\ntitle = \"Team A\"\n+++\n")},
		}
		for i, s := range []struct{ reach, effort int }{{20000, 1}, {200000, 1}, {2000000, 1}, {240000, 13}, {41152263, 1}, {1234567891, 7}} {
			fsys[fmt.Sprintf("content/ideas/i%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %d\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\n\n"+
				"[score]\nreach = %d\nimpact = 3\nconfidence = 100\neffort = %d\n+++\n", i, s.reach, s.effort))}
		}
		srv := serveSite(t, build(t, fsys))
		for _, width := range []int64{718, 741} { // A4 and Letter upright
			tb := printTab(t, ctx, srv, width)
			for _, p := range []string{"/index.html", "/backlog/index.html", "/teams/a/index.html"} {
				tb.open(srv.URL + p)
				scores := eval[[]string](tb, `[...document.querySelectorAll('table.ideas .score strong')].map(s => {
					const td = s.closest('td'), cell = td.getBoundingClientRect(), end = cell.right - parseFloat(getComputedStyle(td).paddingRight);
					return s.textContent + ' ' + (s.getBoundingClientRect().right - end).toFixed(1);
				})`)
				if len(scores) != 6 {
					t.Fatalf("%s %s has %d scores, want the 6 ideas'", lang, p, len(scores))
				}
				for _, s := range scores {
					i := strings.LastIndexByte(s, ' ')
					if over, _ := strconv.ParseFloat(s[i+1:], 64); over > 0.5 {
						t.Errorf("%s, printed %d px wide, %s: the score %s ends %.1f px past its cell's text", lang, width, p, s[:i], over)
					}
				}
			}
			tb.clean("printed scores")
		}
	}
}

// bodyOfEveryKind is an idea whose body has a heading of every level and
// a block of code, for the tests of how a body looks and prints.
func bodyOfEveryKind() fstest.MapFS {
	fsys := stressSite("A4", "portrait", "/")
	fsys["content/ideas/body.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Body\"\nsubmitted = 2027-01-20\n+++\n" +
		"# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\nThe text under the headings.\n\n" +
		"```go\nfunc Campaign(ctx context.Context, leads []Lead) error {\n\treturn nil\n}\n```\n")}
	return fsys
}

// A body's heading is no smaller than its text, on a screen and on paper:
// the browser's h5 and h6 (##### and ######, set a level lower) were 0.83
// and 0.67 of the text, 10.7 px under 16 px text and 7 pt printed, so the
// smallest headings read as small print (QA of every page kind). Printed,
// they stay with what follows them, as h1 to h4 do.
func TestBrowserABodysHeadingsAreNoSmallerThanItsText(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, build(t, bodyOfEveryKind()))
	for _, printed := range []bool{false, true} {
		var tb *tab
		if printed {
			tb = printTab(t, ctx, srv, 718)
		} else {
			tb = newTab(t, ctx, srv)
		}
		tb.open(srv.URL + "/ideas/body/index.html")
		headings := eval[[]string](tb, `(() => {
			const text = parseFloat(getComputedStyle(document.querySelector('.prose p')).fontSize);
			return [...document.querySelectorAll('.prose :is(h2, h3, h4, h5, h6)')].map(h => {
				const s = getComputedStyle(h);
				return [h.tagName, parseFloat(s.fontSize) >= text ? 'size' : s.fontSize + ' under ' + text + 'px', s.breakAfter].join('|');
			});
		})()`)
		if len(headings) != 6 {
			t.Fatalf("the body has %d headings, want 6: %q", len(headings), headings)
		}
		for _, h := range headings {
			tag, rest, _ := strings.Cut(h, "|")
			size, breakAfter, _ := strings.Cut(rest, "|")
			if size != "size" {
				t.Errorf("printed %v: a body's %s is %s", printed, tag, size)
			}
			if printed && breakAfter != "avoid" {
				t.Errorf("printed, a body's %s may end a page (break-after: %s)", tag, breakAfter)
			}
		}
		tb.clean("headings")
	}
}

// A body's block of code prints dark on light, as its text does: the
// screen's light letters on a dark block printed, with background
// graphics, a block of toner as tall as the code, and without them pale
// grey letters on white (print QA of an idea with 60 lines of code).
func TestBrowserAPrintedCodeBlockIsDarkOnLight(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, build(t, bodyOfEveryKind()))
	tb := printTab(t, ctx, srv, 718)
	tb.open(srv.URL + "/ideas/body/index.html")
	got := eval[[]float64](tb, `(() => {
		const lum = c => { const [r, g, b, a = 1] = c.match(/[\d.]+/g).map(Number); return a < 0.1 ? 1 : (0.299 * r + 0.587 * g + 0.114 * b) / 255; };
		const pre = document.querySelector('.prose pre'), code = pre.querySelector('code');
		return [lum(getComputedStyle(pre).backgroundColor), lum(getComputedStyle(code).color)];
	})()`)
	if got[0] < 0.85 {
		t.Errorf("printed, a block of code has a dark background (luminance %.2f)", got[0])
	}
	if got[1] > 0.4 {
		t.Errorf("printed, a block of code has light letters (luminance %.2f)", got[1])
	}
	tb.clean("code printed")
}

// A printed idea table's rows and the printed decision log are as short
// as their text: the formula, in type larger than the table's, took two
// lines of the score's column, an idea's findings and tags a line each
// under its title, and a decision a card of the screen's type, four to a
// page. The example's backlog took 7 pages of A4 upright and its decision
// log 8 (print QA).
func TestBrowserPrintedIdeaRowsAndDecisionsAreShort(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	for _, c := range []struct {
		page string
		most int
	}{{"backlog/index.html", 5}, {"decisions/index.html", 4}} {
		tb := newTab(t, ctx, srv)
		tb.open(srv.URL + "/" + c.page)
		pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground(), func(p *page.PrintToPDFParams) {
			p.PaperWidth, p.PaperHeight = 210/25.4, 297/25.4
		}))
		if err != nil {
			t.Fatal(err)
		}
		keep(t, strings.ReplaceAll(c.page, "/", "-")+".pdf", pdf)
		if n := pdfPages(pdf); n > c.most {
			t.Errorf("the example's %s prints on %d pages of A4 upright, want at most %d", c.page, n, c.most)
		}
		tb.clean(c.page)
	}
}

// An idea table without a row prints as its "None." alone, on a line:
// the columns' headings over no row said nothing, and a team with nothing
// in progress printed an empty table whose teams' column stood wide beside
// its other table's (print QA).
func TestBrowserAnEmptyIdeaTablePrintsAsItsNone(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, build(t, fstest.MapFS{
		"fokus.toml":          {Data: []byte("language = \"de\"\n")},
		"content/teams/gk.md": {Data: []byte("+++\ntitle = \"Geschäftskundenbetreuung\"\n+++\n")},
		"content/ideas/a.md":  {Data: []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\nteams = [\"gk\"]\n+++\n")},
	}))
	tb := printTab(t, ctx, srv, 718)
	tb.open(srv.URL + "/teams/gk/index.html")
	got := eval[[]string](tb, `[...document.querySelectorAll('table.ideas:has(td.empty)')].map(t => {
		const line = parseFloat(getComputedStyle(t.querySelector('td.empty')).lineHeight);
		return (t.tHead.getClientRects().length ? 'headings ' : '') + (t.getBoundingClientRect().height > 2 * line ? 'tall ' + Math.round(t.getBoundingClientRect().height) : '');
	})`)
	if len(got) != 1 {
		t.Fatalf("the team's page has %d empty idea tables, want its one of ideas in progress", len(got))
	}
	if got[0] != "" {
		t.Errorf("printed, the empty table of ideas in progress has %q: want its \"None.\" alone on a line", got[0])
	}
	tb.clean("empty table printed")
}

// The printed priorities name the ideas of each mark of several on one
// spot, under the matrix, and their note speaks of that list, not of a
// tooltip or a click: on paper a "×23" named no idea, as its tip does not
// print and the table behind the chart is not printed (print QA). On a
// screen the list is not shown; the tip and the table name them.
func TestBrowserThePrintedPrioritiesNameTheIdeasOfEachMarkOfSeveral(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, build(t, manyIdeasSite(80)))
	// Each group mark's count and the ranks its tip names, as the page's
	// script gets them.
	marks := `(() => {
		const opt = JSON.parse(document.getElementById('chart-priorities-data').textContent);
		return opt.series.flatMap(s => s.data || []).filter(d => String(d.name).startsWith('×'))
			.map(d => d.name + ' ' + d.tip.map(l => (l.match(/^#(\d+) /) || [])[1]).filter(Boolean).join(',')).sort();
	})()`
	listed := `[...document.querySelectorAll('.matrix-groups li')].filter(li => li.getClientRects().length)
		.map(li => li.querySelector('strong').textContent + ' ' + [...li.textContent.matchAll(/#(\d+)\u00a0/g)].map(m => m[1]).join(',')).sort()`
	note := `document.querySelector('.matrix-body > .chart-note').innerText`
	tb := printTab(t, ctx, srv, 718)
	tb.open(srv.URL + "/priorities/index.html")
	want, got := eval[[]string](tb, marks), eval[[]string](tb, listed)
	if len(want) == 0 {
		t.Fatal("the matrix has no mark of several ideas; the test counts on them")
	}
	if !slices.Equal(got, want) {
		t.Errorf("printed, the list under the matrix names\n%q\nwant the ideas of each mark of several\n%q", got, want)
	}
	if text := eval[string](tb, note); strings.Contains(text, "Tooltip") || strings.Contains(text, "Klick") || !strings.Contains(text, "die Liste unter der Matrix nennt sie") {
		t.Errorf("printed, the matrix's note says %q: want the list named, and no tooltip or click", text)
	}
	tb.clean("printed marks of several")
	screen := newTab(t, ctx, srv)
	screen.open(srv.URL + "/priorities/index.html")
	if got := eval[[]string](screen, listed); len(got) > 0 {
		t.Errorf("on a screen, the list of the marks of several is shown: %q", got)
	}
	if text := eval[string](screen, note); !strings.Contains(text, "Tooltip") || !strings.Contains(text, "Klick") {
		t.Errorf("on a screen, the matrix's note says %q: want the tooltip and the click", text)
	}
	screen.clean("marks of several on a screen")
}

// Printed on A4 or Letter upright, a team's objectives stand two to a
// row, on the dashboard, the objectives' page and the team's: one to a
// row, the example's dashboard printed three to a page (print QA).
func TestBrowserPrintedObjectivesStandTwoToARow(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	for _, width := range []int64{718, 741} {
		tb := printTab(t, ctx, srv, width)
		for _, p := range []string{"index.html", "objectives/index.html", "teams/inside-sales/index.html"} {
			tb.open(srv.URL + "/" + p)
			tops := eval[[]int](tb, `[...document.querySelector('.card-grid:has(> .objective-card + .objective-card)').children].slice(0, 2).map(c => Math.round(c.getBoundingClientRect().top))`)
			if len(tops) != 2 || tops[0] != tops[1] {
				t.Errorf("printed %d px wide, %s: the first two objectives begin %v px down, want side by side", width, p, tops)
			}
		}
		tb.clean("objectives printed")
	}
}
