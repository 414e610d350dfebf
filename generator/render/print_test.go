package render_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

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
		if !strings.HasPrefix(text, `Sales \22Q4\22  \3c\2fstyle\3e`) || !strings.HasSuffix(text, " · As of Nov 26, 2026") ||
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
