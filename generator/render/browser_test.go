package render_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"fokus/generator"
	"fokus/generator/content"
	browsertest "fokus/generator/internal/browser"
	"fokus/generator/output"
	"fokus/generator/render"
	"fokus/generator/site"
	"fokus/themes"
)

// Browser tests drive Debian's chromium (or FOKUS_BROWSER) through chromedp.
// Without a browser they skip, unless FOKUS_REQUIRE_BROWSER=1 (as in CI).
func browser(t *testing.T) context.Context { return browsertest.Start(t) }

// The page tests share one browser, a tab each (browsertest.Start).
func TestMain(m *testing.M) { browsertest.Main(m) }

// serveSite writes a built site into a temporary folder, as fokus build
// does, and serves it on loopback.
func serveSite(t *testing.T, out render.Output) *httptest.Server {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "public")
	if err := output.Write(dir, out); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	return srv
}

// tab is one browser tab that records what a page must never do: ask for
// anything outside the site (such requests are blocked), log an error,
// throw, open a dialog, or get an error status for one of its files.
type tab struct {
	t   *testing.T
	ctx context.Context
	mu  sync.Mutex
	bad []string
}

func newTab(t *testing.T, browserCtx context.Context, site *httptest.Server) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel() })
	tb := &tab{t: t, ctx: ctx}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	siteURL, _ := url.Parse(site.URL)

	paused := chromedp.Events(ctx, fetch.RequestPaused)
	consoles := chromedp.Events(ctx, runtime.ConsoleAPICalled)
	exceptions := chromedp.Events(ctx, runtime.ExceptionThrown)
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	responses := chromedp.Events(ctx, network.ResponseReceived)
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			u, perr := url.Parse(ev.Request.URL)
			local := perr == nil && (u.Scheme == "data" || u.Scheme == "blob" || u.Host == siteURL.Host)
			if local {
				_, _ = chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
				continue
			}
			tb.report("request outside the site: %s", ev.Request.URL)
			_, _ = chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID, ErrorReason: network.ErrorReasonBlockedByClient})
		}
	}()
	go func() {
		for ev, err := range consoles {
			if err != nil {
				return
			}
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				tb.report("console.%s: %s", ev.Type, strings.Join(args, " "))
			}
		}
	}()
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			tb.report("exception: %s", (&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
		}
	}()
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			tb.report("a %s dialog opened: %q", ev.Type, ev.Message)
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	go func() {
		for ev, err := range responses {
			if err != nil {
				return
			}
			if ev.Response.Status >= 400 {
				tb.report("HTTP %d for %s", ev.Response.Status, ev.Response.URL)
			}
		}
	}()
	return tb
}

func (tb *tab) report(format string, args ...any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.bad = append(tb.bad, fmt.Sprintf(format, args...))
}

// clean fails the test with everything the tab recorded so far.
func (tb *tab) clean(where string) {
	tb.t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, b := range tb.bad {
		tb.t.Errorf("%s: %s", where, b)
	}
	tb.bad = nil
}

func (tb *tab) open(u string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(u)); err != nil {
		tb.t.Fatalf("open %s: %v", u, err)
	}
}

func eval[T any](tb *tab, js string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		tb.t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// waitFor evaluates js until it returns true or the deadline passes.
func waitFor(tb *tab, js string, within time.Duration) bool {
	tb.t.Helper()
	deadline := time.Now().Add(within)
	for {
		if eval[bool](tb, js) {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// matrixRows counts the rows of the matrix's table: one per scored open idea.
func matrixRows(t *testing.T, page []byte) int {
	t.Helper()
	m := regexp.MustCompile(`(?s)<table class="matrix-table">.*?</table>`).Find(page)
	if m == nil {
		t.Fatal("no matrix table")
	}
	return bytes.Count(m, []byte(`<tr><td class="num rank">`))
}

// keep writes a file into FOKUS_ARTIFACTS when it is set, for a person to
// look at (pdftoppm -png); tests never write anywhere else.
func keep(t *testing.T, name string, data []byte) {
	dir := os.Getenv("FOKUS_ARTIFACTS")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Log(err)
		return
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Log(err)
	}
}

var pageRe = regexp.MustCompile(`/Type\s*/Page\b`)

// pdfPages counts the page objects of a PDF (/Type /Page, not /Pages).
func pdfPages(pdf []byte) int { return len(pageRe.FindAll(pdf, -1)) }

func printPDF(tb *tab) []byte {
	tb.t.Helper()
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground(), func(p *page.PrintToPDFParams) {
		yes := true
		p.PreferCSSPageSize = &yes
	}))
	if err != nil {
		tb.t.Fatal(err)
	}
	return pdf
}

// notBlank fails unless a PNG screenshot has real variation in its pixels.
func notBlank(t *testing.T, name string, shot []byte) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	b := img.Bounds()
	var n, sum, sumSq float64
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			l := (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(bl)) / 257
			n++
			sum += l
			sumSq += l * l
		}
	}
	mean := sum / n
	if variance := sumSq/n - mean*mean; variance < 100 {
		t.Errorf("%s: screenshot looks blank (luminance variance %.1f)", name, variance)
	}
}

func exampleSite(t *testing.T) render.Output {
	t.Helper()
	res, err := generator.Build(generator.Options{Source: os.DirFS("../.."), Now: content.Day(2026, time.November, 26), NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("building the example site: %v %v", err, res.Diagnostics)
	}
	return res.Output
}

func TestBrowserPriorityChartDrawsEveryOpenIdeaWithoutErrors(t *testing.T) {
	ctx := browser(t)
	for _, tc := range []struct {
		name string
		out  render.Output
	}{
		{"example", exampleSite(t)},
		{"stress", build(t, stressSite("A4", "portrait", "/"))},
		{"rice-log", build(t, riceWideSite())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := matrixRows(t, tc.out["priorities/index.html"])
			srv := serveSite(t, tc.out)
			tb := newTab(t, ctx, srv)
			tb.open(srv.URL + "/priorities/index.html")
			const count = `(() => {
				const el = document.getElementById('chart-priorities');
				const chart = el && window.echarts && echarts.getInstanceByDom(el);
				if (!chart) return -1;
				let n = 0;
				for (const s of chart.getOption().series) if (s.type === 'scatter') n += (s.data || []).length;
				return n;
			})()`
			if !waitFor(tb, count+` >= `+fmt.Sprint(want), 5*time.Second) {
				t.Fatalf("the matrix did not draw %d marks within 5 s (has %d)", want, eval[int](tb, count))
			}
			if got := eval[int](tb, count); got != want {
				t.Errorf("matrix has %d marks, want one per scored open idea: %d", got, want)
			}
			// The SVG renderer draws each bubble as a path in its status colour.
			paths := eval[int](tb, `[...document.querySelectorAll('#chart-priorities svg path')].filter(p =>
				['#5f687b', '#7a4cc2', '#2f6fb3', '#1a7a50'].includes((p.getAttribute('fill') || '').toLowerCase())).length`)
			if paths < want {
				t.Errorf("the SVG has %d bubble paths, want at least %d", paths, want)
			}
			for _, id := range []string{"chart-ranking", "chart-load"} {
				if !waitFor(tb, `!!document.querySelector('#`+id+` svg path')`, 5*time.Second) {
					t.Errorf("%s drew nothing", id)
				}
			}
			// Show every tooltip, so the titles pass through the formatter.
			eval[bool](tb, `(() => {
				const chart = echarts.getInstanceByDom(document.getElementById('chart-priorities'));
				chart.getOption().series.forEach((s, si) => (s.data || []).forEach((d, di) =>
					chart.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: di})));
				return true;
			})()`)
			if tc.name == "stress" {
				names := eval[[]string](tb, `echarts.getInstanceByDom(document.getElementById('chart-priorities')).getOption().series.flatMap(s => (s.data || []).map(d => d.name))`)
				for _, title := range []string{scriptTitle, funcTitle} {
					found := false
					for _, n := range names {
						found = found || n == title
					}
					if !found {
						t.Errorf("title %q did not reach the chart as text; names: %q", title, names)
					}
				}
				if n := eval[int](tb, `document.querySelectorAll('script:not([type="application/json"])').length`); n != 2 {
					t.Errorf("page runs %d scripts, want our 2 (echarts and fokus-charts)", n)
				}
				tip := eval[string](tb, `(document.querySelector('#chart-priorities div[style*="z-index"]') || {}).textContent || ''`)
				if strings.Contains(tip, "alert") && !strings.Contains(tip, scriptTitle) && !strings.Contains(tip, funcTitle) {
					t.Errorf("tooltip text is mangled: %q", tip)
				}
			}
			if tc.name == "rice-log" {
				// On the log axis, every bubble's centre lies in the grid.
				out := eval[string](tb, `(() => {
					const chart = echarts.getInstanceByDom(document.getElementById('chart-priorities'));
					if (chart.getOption().yAxis[0].type !== 'log') return 'the benefit axis is not logarithmic';
					const rect = chart.getModel().getComponent('grid').coordinateSystem.getRect(), bad = [];
					chart.getOption().series.forEach((s, si) => (s.data || []).forEach(d => {
						const [x, y] = chart.convertToPixel({seriesIndex: si}, d.value.slice(0, 2));
						if (!(x >= rect.x - 1 && x <= rect.x + rect.width + 1 && y >= rect.y - 1 && y <= rect.y + rect.height + 1)) bad.push(d.name + ' at ' + x + ',' + y);
					}));
					return bad.join('; ');
				})()`)
				if out != "" {
					t.Errorf("rice-log: %s", out)
				}
			}
			// The tables went aside into <details> once the charts were drawn.
			if n := eval[int](tb, `document.querySelectorAll('details.chart-data [data-chart-for]').length`); n != 3 {
				t.Errorf("%d chart tables moved into details, want 3", n)
			}
			tb.clean("priorities")
		})
	}
}

func TestBrowserPagesLoadNothingFromOutsideTheSite(t *testing.T) {
	ctx := browser(t)
	out := exampleSite(t)
	srv := serveSite(t, out)
	tb := newTab(t, ctx, srv)
	var pages []string
	for _, p := range out.Paths() {
		if strings.HasSuffix(p, "index.html") && (strings.Count(p, "/") <= 1 || strings.HasPrefix(p, "teams/") || strings.HasPrefix(p, "posters/") || p == "objectives/termine-fuer-den-aussendienst/index.html" || p == "ideas/angebotsvorlagen/index.html") {
			pages = append(pages, p)
		}
	}
	for _, p := range pages {
		tb.open(srv.URL + "/" + p)
		if p == render.IdeasIndex {
			// It leads on to the backlog at once; that page is the next
			// one the browser opens here, not one opened after it.
			if !waitFor(tb, `/\/backlog\/(index\.html)?$/.test(location.pathname) && document.readyState === 'complete'`, 5*time.Second) {
				t.Errorf("ideas/ did not lead on to the backlog: at %s", eval[string](tb, `location.pathname`))
			}
		}
		// Let the charts draw: they are what could reach out.
		waitFor(tb, `[...document.querySelectorAll('div.chart')].every(el => el.querySelector('svg'))`, 5*time.Second)
		tb.clean(p)
	}
	if len(pages) < 12 {
		t.Errorf("visited only %d pages", len(pages))
	}
}

func TestBrowserChartsStayTablesWithoutJavaScript(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/priorities/index.html")
	visible := eval[int](tb, `[...document.querySelectorAll('[data-chart-for] table')].filter(t => t.offsetHeight > 0).length`)
	if visible != 3 {
		t.Errorf("%d chart tables visible without JavaScript, want 3", visible)
	}
	if n := eval[int](tb, `[...document.querySelectorAll('div.chart')].filter(el => el.offsetHeight > 0).length`); n != 0 {
		t.Errorf("%d empty chart areas take space without JavaScript", n)
	}
	// The backlog's filter needs the script: without it, no form that does nothing.
	tb.open(srv.URL + "/backlog/index.html")
	if n := eval[int](tb, `[...document.querySelectorAll('form.filter')].filter(el => el.offsetHeight > 0).length`); n != 0 {
		t.Error("the backlog's filter shows without JavaScript")
	}
	if n := eval[int](tb, `[...document.querySelectorAll('table.ideas tr[data-status]')].filter(r => r.offsetHeight > 0).length`); n < 30 {
		t.Errorf("without JavaScript the backlog shows %d ideas", n)
	}
}

func TestBrowserPostersPrintOnOnePageOnEveryPaper(t *testing.T) {
	ctx := browser(t)
	for _, paper := range []string{"A4", "A3", "letter"} {
		for _, orientation := range []string{"portrait", "landscape"} {
			t.Run(paper+"-"+orientation, func(t *testing.T) {
				// Besides the stress site's teams, two that are over-committed
				// far beyond what a page holds: their posters must still show
				// header and footer and cut nothing, saying "+ N more" instead.
				// The team of the longest name and door has forty members,
				// whose line under the door must not push the poster onto a
				// second page either.
				site := withMembers(stressSite(paper, orientation, "https://intranet.example/fokus/"), "big", 40)
				out := build(t, longUnit(bigNumbers(withMembers(compounds(overloaded(overloaded(site, "voll", 7, 5), "uebervoll", 16, 7), "woerter"), "woerter", 9), "zahlen"), "einheit"))
				srv := serveSite(t, out)
				tb := newTab(t, ctx, srv)
				// Wider than any paper, so that the preview is not scaled
				// down (poster.js) and the box is measured at its real size.
				if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1800, 1200)); err != nil {
					t.Fatal(err)
				}
				// The printable height of the page in CSS px (@page margin 8 mm).
				size := map[string][2]float64{"A4": {210, 297}, "A3": {297, 420}, "letter": {215.9, 279.4}}[paper]
				w, h := size[0], size[1]
				if orientation == "landscape" {
					w, h = h, w
				}
				printable := fmt.Sprintf("{w: %f, h: %f}", (w-16)*96/25.4, (h-16)*96/25.4)
				teams := 0
				for _, p := range out.Paths() {
					if !strings.HasPrefix(p, "posters/") || p == "posters/index.html" || !strings.HasSuffix(p, "/index.html") {
						continue
					}
					teams++
					tb.open(srv.URL + "/" + p)
					// The type is set, and an overloaded poster capped, so the
					// content fits: nothing is cut off by the box or by its body.
					over := eval[string](tb, `[...document.querySelectorAll('.poster')].map(p => {
						const box = p.getBoundingClientRect(), pad = parseFloat(getComputedStyle(p).paddingBottom);
						const last = p.lastElementChild.getBoundingClientRect();
						const body = p.querySelector('.poster-body');
						if (!body) return p.getAttribute('aria-label') + ' (no .poster-body)';
						return last.bottom > box.bottom - pad + 1 || p.scrollHeight > p.clientHeight + 1 || body.scrollHeight > body.clientHeight + 1 ? p.getAttribute('aria-label') : '';
					}).join('')`)
					if over != "" {
						t.Errorf("%s: content overflows the poster box: %s", p, over)
					}
					// Nor does anything run out of its objective's column into
					// the next (QA: a value in the millions did).
					wide := eval[string](tb, `[...document.querySelectorAll('.poster-obj')].flatMap(o => {
						const r = o.getBoundingClientRect();
						return [...o.querySelectorAll('*')].filter(e => { const q = e.getBoundingClientRect(); return q.width > 0 && q.right > r.right + 1; }).map(e => e.className + ': ' + e.textContent.trim().slice(0, 40));
					}).join(' | ')`)
					if wide != "" {
						t.Errorf("%s: runs out of its column: %s", p, wide)
					}
					// And no column runs out of the poster's box.
					outside := eval[string](tb, `[...document.querySelectorAll('.poster')].flatMap(p => {
						const r = p.getBoundingClientRect();
						return [...p.querySelectorAll('.poster-body, .poster-obj, .poster-kr-value')].filter(e => { const q = e.getBoundingClientRect(); return q.width > 0 && (q.right > r.right + 1 || q.left < r.left - 1); }).map(e => e.className + ': ' + e.textContent.trim().slice(0, 40));
					}).join(' | ')`)
					if outside != "" {
						t.Errorf("%s: runs out of the poster: %s", p, outside)
					}
					// A list item's mark and its first word share a line, also
					// when the word is a URL too long for it (visual QA).
					alone := eval[int](tb, `[...document.querySelectorAll('.poster-lists li')].filter(li => {
						const t = li.firstChild;
						if (!t || t.nodeType !== 3 || !t.textContent.trim()) return false;
						const r = document.createRange();
						r.setStart(t, 0); r.setEnd(t, 1);
						return r.getBoundingClientRect().top > li.getBoundingClientRect().top + 2;
					}).length`)
					if alone > 0 {
						t.Errorf("%s: %d list items show their mark alone on their first line", p, alone)
					}
					// The members' line names whom it names whole, its "+ N
					// more" included: none of it is cut at its two lines.
					if cut := eval[string](tb, `[...document.querySelectorAll('.poster-members')].filter(m => m.scrollHeight > m.clientHeight + 1).map(m => m.textContent).join(' | ')`); cut != "" {
						t.Errorf("%s: the members' line is cut: %s", p, cut)
					}
					// Printed, the header and the footer with the print date and
					// the URL lie inside the poster box and inside the page.
					if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
						t.Fatal(err)
					}
					lost := eval[string](tb, `(() => {
						const page = `+printable+`, p = document.querySelector('.poster'), box = p.getBoundingClientRect(), bad = [];
						for (const [sel, text] of [['.poster-head .poster-team', ''], ['.poster-foot', 'Stand 26.1.2027'], ['.poster-foot .poster-url', 'https://intranet.example/fokus/teams/']]) {
							const el = p.querySelector(sel);
							if (!el) { bad.push(sel + ' missing'); continue; }
							const r = el.getBoundingClientRect(), top = r.top + scrollY, bottom = r.bottom + scrollY;
							if (r.height < 1 || r.width < 1) bad.push(sel + ' has no size');
							if (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1) bad.push(sel + ' lies outside the poster box');
							if (top < -1 || bottom > page.h + 1 || r.right > page.w + 1) bad.push(sel + ' lies outside the page (bottom ' + bottom + 'px of ' + page.h + 'px)');
							if (!el.textContent.includes(text)) bad.push(sel + ' lacks ' + text);
						}
						return bad.join('; ');
					})()`)
					if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
						t.Fatal(err)
					}
					if lost != "" {
						t.Errorf("%s printed: %s", p, lost)
					}
					pdf := printPDF(tb)
					keep(t, paper+"-"+orientation+"-"+strings.ReplaceAll(strings.TrimSuffix(p, "/index.html"), "/", "-")+".pdf", pdf)
					if n := pdfPages(pdf); n != 1 {
						t.Errorf("%s prints on %d pages, want 1", p, n)
					}
					tb.clean(p)
				}
				tb.open(srv.URL + "/posters/index.html")
				pdf := printPDF(tb)
				keep(t, paper+"-"+orientation+"-posters.pdf", pdf)
				if n := pdfPages(pdf); n != teams {
					t.Errorf("posters/index.html prints on %d pages, want one per team (%d)", n, teams)
				}
				tb.clean("posters/index.html")
			})
		}
	}
}

func TestBrowserScreenshotsAreNotBlank(t *testing.T) {
	ctx := browser(t)
	out := exampleSite(t)
	srv := serveSite(t, out)
	tb := newTab(t, ctx, srv)
	for _, p := range []string{"index.html", "priorities/index.html", "posters/inside-sales/index.html"} {
		tb.open(srv.URL + "/" + p)
		waitFor(tb, `[...document.querySelectorAll('div.chart')].every(el => el.querySelector('svg'))`, 5*time.Second)
		shot, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		keep(t, strings.ReplaceAll(p, "/", "-")+".png", shot)
		notBlank(t, p, shot)
		tb.clean(p)
	}
}

// A body's wide table scrolls inside the body's column: it must not run
// under the score and decision cards beside it.
func TestBrowserAWideTableInABodyStaysInItsColumn(t *testing.T) {
	ctx := browser(t)
	row := func(cells ...string) string { return "| " + strings.Join(cells, " | ") + " |\n" }
	body := "Vergleich:\n\n" +
		row("Anbieter", "Preis pro Jahr", "Integration CRM", "Datenschutz (Hosting)", "Scoring-Modell", "Support-Sprache", "Vertragslaufzeit") +
		row("---", "---", "---", "---", "---", "---", "---") +
		row("HubSpot Marketing Hub Professional", "CHF 9'600", "nativ", "USA / EU", "regelbasiert + prädiktiv", "Deutsch, Englisch", "12 Monate") +
		"\nSiehe https://example.com/ein/sehr/langer/pfad/der/nicht/umbricht/und/immer/weiter/geht/bis/zum/ende/der/welt\n" +
		"\n```\nfokus build --source /ein/sehr/langer/pfad/zur/quelle --destination /ein/sehr/langer/pfad/zum/ziel --now 2026-11-26\n```\n"
	fsys := stressSite("A4", "portrait", "/")
	fsys["content/ideas/wide.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Breite Tabelle\"\nsubmitted = 2027-01-20\n+++\n" + body)}
	out := build(t, fsys)
	srv := serveSite(t, out)
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{1400, 1024, 390} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/ideas/wide/index.html")
		overlap := eval[string](tb, `(() => {
			const body = document.querySelector('.idea-body').getBoundingClientRect();
			const side = document.querySelector('.idea-side').getBoundingClientRect();
			const out = [];
			for (const el of document.querySelectorAll('.idea-body table, .idea-body p')) {
				const r = el.getBoundingClientRect();
				const besides = side.left > body.left; // on a phone the cards come below
				if (r.right > body.right + 1 || (besides && r.right > side.left)) out.push(el.tagName + ' ends at ' + r.right + ', body column at ' + body.right + ', cards at ' + side.left);
			}
			return out.join('; ');
		})()`)
		if overlap != "" {
			t.Errorf("at %d px: %s", width, overlap)
		}
		if n := eval[int](tb, `document.querySelector('.idea-body table').scrollWidth > document.querySelector('.idea-body table').clientWidth ? 1 : 0`); n != 1 {
			t.Errorf("at %d px: the table does not scroll (is it too narrow for the test?)", width)
		}
		// Nothing in the body makes the page wider than the window.
		if w := eval[int](tb, `document.documentElement.scrollWidth`); w > int(width) {
			t.Errorf("at %d px: the page is %d px wide", width, w)
		}
	}
	tb.clean("wide table")
}

// On a phone the idea page shows its score and decision before its body,
// and what it stops after it; beside the body on a wide screen (QA: at
// 390 px a reader scrolled past the whole body to find the decision).
func TestBrowserOnAPhoneAnIdeasScoreAndDecisionComeBeforeItsBody(t *testing.T) {
	ctx := browser(t)
	fsys := stressSite("A4", "portrait", "/")
	f := fsys["content/ideas/a.md"]
	f.Data = append(f.Data, []byte(strings.Repeat("## Problem\n\nEin Absatz, der auf einem Telefon einige Zeilen braucht, um gelesen zu werden.\n\n", 8))...)
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{1280, 390} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 844)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/ideas/a/index.html")
		got := eval[map[string]float64](tb, `(() => {
			const r = sel => document.querySelector(sel).getBoundingClientRect();
			const body = r('.idea-body'), score = r('.score-card'), decision = r('.card.decision'), stops = r('.card.stops');
			return {bodyTop: body.top, bodyBottom: body.bottom, bodyRight: body.right, scoreTop: score.top, scoreLeft: score.left, decisionBottom: decision.bottom, stopsTop: stops.top};
		})()`)
		if width == 390 {
			if got["scoreTop"] >= got["bodyTop"] || got["decisionBottom"] > got["bodyTop"] || got["stopsTop"] < got["bodyBottom"] {
				t.Errorf("at 390 px: score at %v, decision ends at %v, body from %v to %v, what stops at %v; want score and decision before the body, what stops after it",
					got["scoreTop"], got["decisionBottom"], got["bodyTop"], got["bodyBottom"], got["stopsTop"])
			}
		} else if got["scoreLeft"] < got["bodyRight"] || got["scoreTop"] > got["bodyTop"]+50 {
			t.Errorf("at %d px the score card is not beside the body: %v", width, got)
		}
	}
	tb.clean("idea on a phone")
}

// A URL or a long compound word in a rationale, in what stops, in a team's
// name or in a finding breaks inside its card or cell: it neither widens
// the page past the window nor runs over the next column (QA: one URL in
// a rationale made the idea page 1760 px wide at 1280).
func TestBrowserLongWordsAndURLsStayInTheirBoxes(t *testing.T) {
	ctx := browser(t)
	fsys := stressSite("A4", "portrait", "/")
	word := "Kundenbindungsmaßnahmenverantwortlichkeitsübersichtsabteilung"
	url := "https://confluence.alpwerk.example/display/VERTRIEB/Angebotsvorlagen+Pilot+2026+Auswertung+Gesamtbericht"
	fsys["content/teams/lw.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"" + word + "\"\ncapacity = 1\ndoor = \"" + word + "\"\n+++\n")}
	// A unit of one long word, in the key results' and check-ins' tables
	// (QA: it pushed the target and progress columns off the page).
	fsys["content/objectives/lw/einheit.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Lange Einheit\"\nteam = \"lw\"\nperiod = \"2027-Q1\"\nreviewed = 2027-01-20\n\n" +
		"[[key_results]]\ntitle = \"Befragte\"\nstart = 0\ntarget = 1200\nunit = \"" + word + "\"\n\n[[key_results.checkins]]\ndate = 2027-01-15\nvalue = 300\n+++\n")}
	// A long name of many words is one line in the backlog's team filter,
	// which widened the page at any width (QA).
	fsys["content/teams/lt.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"" + strings.Repeat("Vertrieb und Partnerschaften der Region ", 5) + "\"\n+++\n")}
	fsys["content/ideas/lang.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Lange Wörter\"\nsubmitted = 2027-01-02\nteams = [\"lw\", \"big\"]\nstatus = \"accepted\"\n\n" +
		"[score]\nvalue = 5\ntime_criticality = 3\nrisk_reduction = 1\njob_size = 3\n\n" +
		"[decision]\ndate = 2027-01-10\nby = \"" + word + "\"\nrationale = \"Details: " + url + ". " + word + ".\"\nstops = [\"" + word + word + "\"]\n+++\nText.\n")}
	out := build(t, fsys)
	srv := serveSite(t, out)
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{1280, 768, 390} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, page := range []string{"ideas/lang/", "decisions/", "backlog/", "", "teams/", "teams/lw/", "objectives/einheit/"} {
			tb.open(srv.URL + "/" + page + "index.html")
			if !strings.Contains(eval[string](tb, `document.body.textContent`), word) {
				t.Fatalf("/%s does not show the long word; the test tests nothing there", page)
			}
			if w := eval[int](tb, `document.documentElement.scrollWidth`); w > int(width) {
				t.Errorf("at %d px: /%s is %d px wide: %s", width, page, w, eval[string](tb, `[...document.querySelectorAll('body *')].filter(el => el.getBoundingClientRect().right > innerWidth + 1 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > innerWidth + 1)).slice(0, 3).map(el => el.tagName + '.' + el.className + ' ' + el.textContent.slice(0, 40)).join(' | ')`))
			}
			over := eval[[]string](tb, `[...document.querySelectorAll('table.ideas td, .idea-side .card, .decision-entry, .rule-group, .teams-table td')]
				.filter(el => el.offsetWidth > 0 && el.scrollWidth > el.clientWidth + 1)
				.map(el => el.className + ': ' + el.scrollWidth + ' px of text in ' + el.clientWidth + ' px')`)
			for _, o := range over {
				t.Errorf("at %d px on /%s, text runs out of its box: %s", width, page, o)
			}
			// On a tablet held upright, the idea tables are cards: their
			// columns had run past the panel, the decision out of sight
			// (QA, 768 px).
			if width == 768 {
				if n := eval[int](tb, `[...document.querySelectorAll('.table-wrap')].filter(w => w.querySelector('table.ideas') && w.scrollWidth > w.clientWidth + 1).length`); n > 0 {
					t.Errorf("at %d px on /%s, %d idea tables scroll sideways", width, page, n)
				}
			}
			if page == "objectives/einheit/" && width == 1280 {
				if n := eval[int](tb, `[...document.querySelectorAll('.table-wrap')].filter(w => w.scrollWidth > w.clientWidth + 1).length`); n > 0 {
					t.Errorf("at %d px on /%s, %d tables scroll sideways", width, page, n)
				}
			}
		}
	}
	tb.clean("long words")
}

// An idea's score, in big type at the head of its card, is one line of
// figures at every width: its type is as big as the card lets it be (QA: a
// score of eleven figures, 19 999 990 000, broke "00 / 0" on a phone, and
// one of sixteen ran past the card at 1280 px), and a short score keeps the
// card's full size.
func TestBrowserABigScoreIsOneLineInItsCard(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("[scoring]\nmodel = \"rice\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"Team A\"\n+++\n")},
	}
	scores := []struct{ reach, effort float64 }{{5, 3}, {41152263, 1}, {6666666667, 1}, {1234567891, 7}, {333333333333, 1}, {999999999999, 1}}
	for i, s := range scores {
		fsys[fmt.Sprintf("content/ideas/i%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %d\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\n\n"+
			"[score]\nreach = %.0f\nimpact = 3\nconfidence = 100\neffort = %.0f\n+++\n", i, s.reach, s.effort))}
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{320, 380, 768, 1280} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for i := range scores {
			tb.open(fmt.Sprintf("%s/ideas/i%d/index.html", srv.URL, i))
			got := eval[map[string]any](tb, `(() => {
				const s = document.querySelector('.big-score'), card = s.closest('.card'), r = s.getBoundingClientRect(), c = card.getBoundingClientRect();
				const range = document.createRange(); range.selectNodeContents(s);
				const tops = new Set([...range.getClientRects()].map(q => Math.round(q.top)));
				return {text: s.textContent, lines: tops.size, over: Math.max(range.getBoundingClientRect().right - (c.right - parseFloat(getComputedStyle(card).paddingRight)), 0),
					size: parseFloat(getComputedStyle(s).fontSize), rem: parseFloat(getComputedStyle(document.documentElement).fontSize)};
			})()`)
			text, _ := got["text"].(string)
			if lines, _ := got["lines"].(float64); lines != 1 {
				t.Errorf("at %d px: the score %s is %.0f lines", width, text, lines)
			}
			if over, _ := got["over"].(float64); over > 0.5 {
				t.Errorf("at %d px: the score %s runs %.1f px past its card", width, text, over)
			}
			size, _ := got["size"].(float64)
			rem, _ := got["rem"].(float64)
			if i == 0 && size < 2.4*rem-0.5 {
				t.Errorf("at %d px: the short score %s is set in %.1f px, smaller than the card's 2.4rem", width, text, size)
			}
		}
	}
	tb.clean("big scores")
}

// An idea table without ideas says so where a card's text begins, on a
// phone as on a screen, not a rank's column further in (QA: "None." stood
// 2rem in from the card's edge on a team's page at 380 px).
func TestBrowserAnEmptyIdeaTableSaysSoAtTheCardsEdge(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, build(t, fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"Sales\"\n+++\n")},
	}))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{380, 768, 1280} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, page := range []string{"teams/a/", "", "backlog/"} {
			tb.open(srv.URL + "/" + page + "index.html")
			in := eval[[]float64](tb, `[...document.querySelectorAll('table.ideas td.empty')].map(td => {
				const row = td.closest('tr'), r = row.getBoundingClientRect(), s = getComputedStyle(row), c = getComputedStyle(td);
				const range = document.createRange(); range.selectNodeContents(td);
				return range.getBoundingClientRect().left - r.left - parseFloat(s.paddingLeft) - parseFloat(c.paddingLeft);
			})`)
			if len(in) == 0 {
				t.Fatalf("/%s has no empty idea table; the test tests nothing there", page)
			}
			for _, x := range in {
				if x > 1 {
					t.Errorf("at %d px on /%s: the empty table's text stands %.0f px in from its row's start", width, page, x)
				}
			}
		}
	}
	tb.clean("empty idea tables")
}

// On a phone the check-in history's legend names every key result at once,
// on as many lines as it needs and above the plot, instead of paging
// through them one name at a time ("1/3"), which hid which line is which.
func TestBrowserHistoryLegendWrapsOnAPhone(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(390, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/objectives/jede-anfrage-am-selben-tag/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-history svg')`, 5*time.Second) {
		t.Fatal("the history chart was not drawn")
	}
	names := eval[[]string](tb, `JSON.parse(document.getElementById('chart-history-data').textContent).series.map(s => s.name)`)
	if len(names) < 3 {
		t.Fatalf("the example's objective has %d key results in its history; the test needs three", len(names))
	}
	shown := eval[[]string](tb, `(() => {
		const box = document.getElementById('chart-history').getBoundingClientRect();
		return [...document.querySelectorAll('#chart-history svg text')].filter(t => {
			const r = t.getBoundingClientRect();
			return r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1;
		}).map(t => t.textContent);
	})()`)
	for _, name := range names {
		if !slices.Contains(shown, name) {
			t.Errorf("the legend does not show %q within the chart; it shows %q", name, shown)
		}
	}
	// The legend ends above the plot: its lowest name is above the top
	// grid line's label ("100").
	if gap := eval[float64](tb, `(() => {
		const texts = [...document.querySelectorAll('#chart-history svg text')];
		const names = new Set(JSON.parse(document.getElementById('chart-history-data').textContent).series.map(s => s.name));
		const legendBottom = Math.max(...texts.filter(t => names.has(t.textContent)).map(t => t.getBoundingClientRect().bottom));
		const top = texts.find(t => t.textContent === '100');
		return top.getBoundingClientRect().top - legendBottom;
	})()`); gap < 0 {
		t.Errorf("the legend runs %.0f px into the plot", -gap)
	}
	tb.clean("history legend")
}

// The days along a history's time axis keep apart: ECharts labelled the
// last check-in's day beside its weekly ticks, and "22 Sep 2026" ran into
// "28 Sep 2026" (QA).
func TestBrowserHistoryDaysDoNotTouch(t *testing.T) {
	ctx := browser(t)
	var b strings.Builder
	b.WriteString("+++\ntitle = \"Funnel\"\nteam = \"a\"\nperiod = \"2026-Q3\"\nreviewed = 2026-09-28\n\n[[key_results]]\ntitle = \"Rate\"\nstart = 0.6\ntarget = 1.2\nunit = \"%\"\n")
	for _, day := range []string{"2026-07-01", "2026-07-13", "2026-08-06", "2026-09-05", "2026-09-28"} {
		fmt.Fprintf(&b, "\n[[key_results.checkins]]\ndate = %s\nvalue = 0.9\n", day)
	}
	b.WriteString("+++\n")
	fsys := fstest.MapFS{
		"fokus.toml":              {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md":      {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/objectives/o.md": {Data: []byte(b.String())},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/objectives/o/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-history svg text')`, 5*time.Second) {
		t.Fatal("the history chart was not drawn")
	}
	touching := eval[string](tb, `(() => {
		const days = [...document.querySelectorAll('#chart-history svg text')].filter(t => /\d{4}$/.test(t.textContent.trim()))
			.map(t => ({text: t.textContent, r: t.getBoundingClientRect()})).filter(d => d.r.width > 0).sort((a, b) => a.r.left - b.r.left);
		const bad = [];
		for (let i = 1; i < days.length; i++) if (days[i].r.left - days[i-1].r.right < 4) bad.push(days[i-1].text + ' | ' + days[i].text);
		return days.length < 3 ? 'only ' + days.length + ' days labelled' : bad.join('; ');
	})()`)
	if touching != "" {
		t.Errorf("days on the history's axis touch: %s", touching)
	}
	// An English axis writes its days as the page does, month first.
	ends := eval[string](tb, `(() => {
		const days = [...document.querySelectorAll('#chart-history svg text')].filter(t => /\d{4}$/.test(t.textContent.trim()))
			.filter(t => t.getBoundingClientRect().width > 0).sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
		return days.length ? days[0].textContent + ' | ' + days[days.length-1].textContent : '';
	})()`)
	if ends != "Jul 1, 2026 | Sep 28, 2026" {
		t.Errorf("the history's axis runs from %q, want \"Jul 1, 2026 | Sep 28, 2026\"", ends)
	}
	tb.clean("history days")
}

// A history's time axis always labels its first and its last day, the
// newest check-in's included, and no two days' labels touch: with one
// check-in, two, or one every three days for a quarter, on a screen and on
// a phone (QA: the last check-in's "19.1." was not labelled).
func TestBrowserHistoryLabelsItsFirstAndLastDay(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("period = \"2027-Q1\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	var many []string // every three days to the period's end
	for d := content.Day(2027, time.January, 4); d.Before(content.Day(2027, time.March, 31)); d = d.AddDate(0, 0, 3) {
		many = append(many, d.Format("2006-01-02"))
	}
	cases := []struct {
		slug        string
		days        []string
		first, last string
	}{
		// One check-in draws from the period's first day.
		{"one", []string{"2027-01-19"}, "1.1.2027", "19.1.2027"},
		// One on the period's first day is the axis's only day.
		{"lone", []string{"2027-01-01"}, "1.1.2027", "1.1.2027"},
		{"two", []string{"2027-01-01", "2027-01-19"}, "1.1.2027", "19.1.2027"},
		{"many", many, "1.1.2027", "29.3.2027"},
	}
	for _, c := range cases {
		var b strings.Builder
		b.WriteString("+++\ntitle = \"O\"\nteam = \"a\"\nperiod = \"2027-Q1\"\nreviewed = 2027-01-19\n\n[[key_results]]\ntitle = \"Rate\"\nstart = 0\ntarget = 100\n")
		for _, day := range c.days {
			fmt.Fprintf(&b, "\n[[key_results.checkins]]\ndate = %s\nvalue = 40\n", day)
		}
		b.WriteString("+++\n")
		fsys["content/objectives/"+c.slug+".md"] = &fstest.MapFile{Data: []byte(b.String())}
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{1280, 375} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			tb.open(srv.URL + "/objectives/" + c.slug + "/index.html")
			if !waitFor(tb, `!!document.querySelector('#chart-history svg text')`, 5*time.Second) {
				t.Fatal("the history chart was not drawn")
			}
			// The days drawn on the axis, left to right, as ECharts drew them.
			days := eval[[]string](tb, `[...document.querySelectorAll('#chart-history svg text')]
				.filter(t => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(t.textContent.trim()) && t.getBoundingClientRect().width > 0)
				.sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left).map(t => t.textContent.trim())`)
			if len(days) == 0 || days[0] != c.first || days[len(days)-1] != c.last {
				t.Errorf("at %d px, /objectives/%s/: the axis labels %q; want %s first and %s last", width, c.slug, days, c.first, c.last)
			}
			if c.slug == "many" && len(days) < 3 {
				t.Errorf("at %d px, %d check-ins are labelled by only %q", width, len(c.days), days)
			}
			touching := eval[string](tb, `(() => {
				const days = [...document.querySelectorAll('#chart-history svg text')].filter(t => /\d{4}$/.test(t.textContent.trim()))
					.map(t => ({text: t.textContent, r: t.getBoundingClientRect()})).filter(d => d.r.width > 0).sort((a, b) => a.r.left - b.r.left);
				const box = document.getElementById('chart-history').getBoundingClientRect();
				const bad = [];
				for (let i = 1; i < days.length; i++) if (days[i].r.left - days[i-1].r.right < 4) bad.push(days[i-1].text + ' | ' + days[i].text);
				days.forEach(d => { if (d.r.left < box.left || d.r.right > box.right) bad.push(d.text + ' outside the chart'); });
				return bad.join('; ');
			})()`)
			if touching != "" {
				t.Errorf("at %d px, /objectives/%s/: %s", width, c.slug, touching)
			}
		}
	}
	tb.clean("history's first and last day")
}

// German compounds in narrow places stay in their boxes: a team's name, its
// door, a long period, a tag, a key result's unit, on a poster, in a card
// and in a table column, on a phone and on a wide screen (QA: a long period
// kept on one line ran past the poster's edge and was cut off). Where the
// browser has German's hyphenation rules, hyphens: auto breaks them with a
// hyphen; Debian's headless chromium has none (measured: its breaks are the
// same with hyphens: auto as with manual), so there overflow-wrap breaks
// them anywhere, and the page must say it is German for either.
// breaksJS defines breaks(el, hyphens): the offsets in el's text where
// its lines break, laid out with that hyphens value.
const breaksJS = `function breaks(el, hyphens) {
	const before = el.style.hyphens;
	el.style.hyphens = hyphens;
	const text = el.textContent, out = [];
	const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), r = document.createRange();
	let top = null, offset = 0;
	while (walker.nextNode()) {
		const n = walker.currentNode;
		for (let i = 0; i < n.length; i++) {
			r.setStart(n, i); r.setEnd(n, i + 1);
			const q = r.getClientRects()[0];
			if (q && top !== null && q.top > top + 2) out.push(offset + i);
			if (q) top = q.top;
		}
		offset += n.length;
	}
	el.style.hyphens = before;
	return out.join(',');
};`

func TestBrowserLongCompoundsStayInNarrowBoxes(t *testing.T) {
	ctx := browser(t)
	w1, w2 := "Kundenzufriedenheitsbefragung", "Vertriebsmitarbeiterschulung"
	period := "Geschäftsjahresplanungsperiode 2027 zweites Halbjahr"
	site := func(lang string) fstest.MapFS {
		return fstest.MapFS{
			"fokus.toml":         {Data: []byte("period = \"" + period + "\"\nlanguage = \"" + lang + "\"\n")},
			"content/teams/a.md": {Data: []byte("+++\ntitle = \"" + w2 + "\"\ncapacity = 10\ndoor = \"" + w1 + "sraum\"\n+++\n")},
			"content/objectives/o.md": {Data: []byte("+++\ntitle = \"" + w1 + " und " + w2 + "\"\nteam = \"a\"\nperiod = \"" + period + "\"\nowner = \"" + w2 + "\"\nreviewed = 2027-01-20\n\n" +
				"[[key_results]]\ntitle = \"" + w1 + "\"\nstart = 0\ntarget = 100\nunit = \"" + w2 + "\"\n\n[[key_results.checkins]]\ndate = 2027-01-19\nvalue = 30\n+++\n")},
			"content/ideas/i.md": {Data: []byte("+++\ntitle = \"" + w1 + " " + w2 + "\"\nsubmitted = 2027-01-02\nauthor = \"" + w2 + "\"\nteams = [\"a\"]\nstatus = \"in-progress\"\n" +
				"tags = [\"" + w1 + "sauswertung\"]\nobjectives = [\"o\"]\n\n[score]\nvalue = 5\ntime_criticality = 3\nrisk_reduction = 1\njob_size = 3\n\n" +
				"[decision]\ndate = 2027-01-10\nby = \"" + w2 + "\"\nrationale = \"" + w1 + "\"\nstops = [\"" + w1 + "\"]\n+++\n" + w1 + "\n")},
		}
	}
	if en := string(build(t, site("en"))["posters/a/index.html"]); !strings.Contains(en, `<html lang="en">`) {
		t.Errorf("an English site's poster does not say it is English: %.80q", en)
	}
	srv := serveSite(t, build(t, site("de")))
	tb := newTab(t, ctx, srv)
	// hyphenates: whether this browser hyphenates German at all, told by
	// where a compound in a narrow box breaks with hyphens: auto and with
	// hyphens: manual.
	hyphenates := eval[bool](tb, breaksJS+`(() => {
		const d = document.createElement('div');
		d.lang = 'de';
		d.style.cssText = 'width: 90px; font: 16px sans-serif; overflow-wrap: anywhere';
		d.textContent = '`+w1+` `+w2+`';
		document.body.appendChild(d);
		const auto = breaks(d, 'auto'), manual = breaks(d, 'manual');
		d.remove();
		return auto !== manual;
	})()`)
	t.Logf("this chromium hyphenates German: %v", hyphenates)
	for _, width := range []int64{375, 1280} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, page := range []string{"posters/a/", "posters/", "teams/a/", "backlog/", "objectives/o/", "ideas/i/"} {
			tb.open(srv.URL + "/" + page + "index.html")
			if lang := eval[string](tb, `document.documentElement.lang`); lang != "de" {
				t.Fatalf("/%s says its language is %q", page, lang)
			}
			// Every box ends within the window and within the box that
			// clips it; a table that scrolls sideways may be wider.
			for _, o := range eval[[]string](tb, `[...document.body.querySelectorAll('*')].filter(el => !el.closest('svg, script, style, [hidden], .visually-hidden, thead, details:not([open])')).flatMap(el => {
				const r = el.getBoundingClientRect();
				if (r.width < 1) return [];
				const name = el.tagName + '.' + el.className + ' "' + el.textContent.trim().slice(0, 40) + '"';
				for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
					const overflow = getComputedStyle(a).overflowX;
					if (overflow === 'auto' || overflow === 'scroll') return [];
					if (overflow !== 'visible') {
						const b = a.getBoundingClientRect();
						return r.right > b.right + 1 || r.left < b.left - 1 ? [name + ' is cut off by ' + a.tagName + '.' + a.className] : [];
					}
				}
				return r.right > innerWidth + 1 ? [name + ' runs past the window'] : [];
			})`) {
				t.Errorf("at %d px on /%s: %s", width, page, o)
			}
			// The compounds may be hyphenated wherever they stand.
			if bad := eval[[]string](tb, `[...document.querySelectorAll('main *')].filter(el => [...el.childNodes].some(n => n.nodeType === 3 && /`+w1[:10]+`|`+w2[:10]+`/.test(n.textContent)))
				.filter(el => !el.closest('select, code') && (getComputedStyle(el).hyphens !== 'auto' || el.closest('[lang]').lang !== 'de')).map(el => el.tagName + '.' + el.className)`); len(bad) > 0 {
				t.Errorf("at %d px on /%s, compounds that may not be hyphenated in %q", width, page, bad)
			}
			if hyphenates && page == "posters/a/" && width == 375 {
				// The door, broken across lines on a phone, is broken at a
				// syllable with a hyphen, not where the line is full.
				if eval[bool](tb, breaksJS+`(() => { const d = document.querySelector('.poster-door'); return breaks(d, 'auto') === breaks(d, 'manual'); })()`) {
					t.Errorf("chromium hyphenates German, but the poster's door breaks as without hyphens: auto")
				}
			}
		}
	}
	tb.clean("long compounds")
}

// The load chart names its teams whole where there is room, and each
// team's "Capacity N" stands nearer its own bar than the one above it (QA:
// on a phone it read as the capacity of the team above).
func TestBrowserLoadChartLabelsBelongToTheirRows(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{"fokus.toml": {Data: []byte("language = \"en\"\n")}}
	teams := []string{"Alpha Customer Marketing & Advocacy", "Beta Partner & Channel Marketing EMEA", "Gamma Revenue Operations & Enablement"}
	for n, title := range teams {
		slug := string(rune('a' + n))
		fsys["content/teams/"+slug+".md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = %q\ncapacity = %d\n+++\n", title, 11*(n+1)))}
		for i := range 3 {
			fsys[fmt.Sprintf("content/ideas/%s%d.md", slug, i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %s%d\"\nsubmitted = 2026-11-01\nteams = [%q]\nstatus = \"in-progress\"\n\n"+
				"[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = %d\n+++\n", slug, i, slug, 2+i))}
		}
	}
	srv := serveSite(t, build(t, fsys))
	for _, width := range []int64{390, 1280} {
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 1200)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/priorities/index.html")
		if !waitFor(tb, `!!document.querySelector('#chart-load svg text')`, 5*time.Second) {
			t.Fatal("the load chart was not drawn")
		}
		got := eval[string](tb, `(() => {
			const texts = [...document.querySelectorAll('#chart-load svg text')].map(t => ({s: t.textContent, r: t.getBoundingClientRect()})).filter(t => t.r.width > 0);
			const names = '`+strings.ReplaceAll(mustJSON(teams), "'", "\\'")+`';
			const rows = JSON.parse(names).map(n => texts.find(t => n.startsWith(t.s.replace(/…$|\.\.\.$/, '').trim()) && t.s.length > 3));
			const bad = [];
			rows.forEach((row, i) => {
				if (!row) { bad.push('no label for ' + JSON.parse(names)[i]); return; }
				if (`+fmt.Sprint(width)+` >= 1000 && row.s !== JSON.parse(names)[i]) bad.push('cut: ' + row.s);
				const cap = texts.find(t => t.s === 'Capacity ' + 11 * (i + 1));
				if (!cap) { bad.push('no capacity label for row ' + i); return; }
				const y = (cap.r.top + cap.r.bottom) / 2;
				const nearest = rows.reduce((best, r, j) => r && Math.abs((r.r.top + r.r.bottom) / 2 - y) < Math.abs((rows[best].r.top + rows[best].r.bottom) / 2 - y) ? j : best, 0);
				if (nearest !== i) bad.push(cap.s + ' is nearer row ' + nearest + ' than its own, ' + i);
			});
			return bad.join('; ');
		})()`)
		if got != "" {
			t.Errorf("at %d px: %s", width, got)
		}
		tb.clean("load labels")
	}
}

// On a phone the load chart names each team whole, on as many lines as
// its row has room for, on the priorities and on the team's own page (QA:
// "Marketing & Sales O…" beside room for a second line); a word longer
// than a line breaks where it is full, as on the page, and every name
// stays inside the chart.
func TestBrowserLoadChartNamesItsTeamsWholeOnAPhone(t *testing.T) {
	ctx := browser(t)
	teams := []string{"Marketing & Sales Operations", "Key Account Management", "Geschäftskundenbetreuungsteam"}
	fsys := fstest.MapFS{}
	for n, title := range teams {
		slug := string(rune('a' + n))
		fsys["content/teams/"+slug+".md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = %q\ncapacity = 20\n+++\n", title))}
		fsys["content/ideas/"+slug+".md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idee %s\"\nsubmitted = 2026-11-01\nteams = [%q]\nstatus = \"in-progress\"\n\n"+
			"[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = %d\n+++\n", slug, slug, 4+n))}
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{375, 1280} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 1200)); err != nil {
			t.Fatal(err)
		}
		for _, page := range []string{"priorities/", "teams/a/", "teams/c/"} {
			tb.open(srv.URL + "/" + page + "index.html")
			if !waitFor(tb, `!!document.querySelector('#chart-load svg text')`, 5*time.Second) {
				t.Fatalf("at %d px on /%s the load chart was not drawn", width, page)
			}
			// The texts left of the plot, top to bottom, are the names.
			names := eval[string](tb, `(() => {
				const chart = document.querySelector('#chart-load').getBoundingClientRect();
				const axis = Math.min(...[...document.querySelectorAll('#chart-load svg text')].filter(t => /^\d+$/.test(t.textContent)).map(t => t.getBoundingClientRect().left));
				const texts = [...document.querySelectorAll('#chart-load svg text')].map(t => ({s: t.textContent, r: t.getBoundingClientRect()}))
					.filter(t => t.r.width > 0 && t.r.right < axis);
				const out = texts.filter(t => t.r.left < chart.left - 1 || t.r.right > chart.right + 1).map(t => 'outside the chart: ' + t.s);
				return out.length ? out.join('; ') : texts.sort((a, b) => a.r.top - b.r.top).map(t => t.s).join('|');
			})()`)
			for n, title := range teams {
				if page != "priorities/" && page != "teams/"+string(rune('a'+n))+"/" {
					continue
				}
				// A line ends at a space or inside a word longer than a line.
				if !strings.Contains(strings.ReplaceAll(names, "|", " "), title) && !strings.Contains(strings.ReplaceAll(names, "|", ""), title) {
					t.Errorf("at %d px on /%s the load chart does not name %q whole: %q", width, page, title, names)
				}
			}
		}
	}
	tb.clean("load names on a phone")
}

// A load of many small ideas against a large capacity shows as a bar:
// each segment a pixel or two wide, drawn with a white border, was white
// all over, and the QA site's teams had no bar at all.
func TestBrowserALoadOfManySmallIdeasShowsItsBar(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{"content/teams/a.md": {Data: []byte("+++\ntitle = \"Inside Sales\"\ncapacity = 3400\n+++\n")}}
	for i := range 16 {
		fsys[fmt.Sprintf("content/ideas/i%02d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idee %d\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"in-progress\"\n\n"+
			"[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 12\n+++\n", i))}
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{375, 1280} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/teams/a/index.html")
		if !waitFor(tb, `!!document.querySelector('#chart-load.is-drawn svg')`, 5*time.Second) {
			t.Fatal("the load chart was not drawn")
		}
		// The painted width of the bar's segments (less the white border's
		// width, half of it on each side) against the load's length.
		got := eval[[]float64](tb, `(() => {
			const chart = echarts.getInstanceByDom(document.getElementById('chart-load'));
			const length = chart.convertToPixel({xAxisIndex: 0}, 192) - chart.convertToPixel({xAxisIndex: 0}, 0);
			const painted = [...document.querySelectorAll('#chart-load svg path')].filter(p => p.getAttribute('fill') && !/^(none|#fff|#ffffff|transparent)$/i.test(p.getAttribute('fill')) && p.getAttribute('stroke') !== null)
				.map(p => { const b = p.getBBox(); return b.height > 10 && b.width < length + 2 ? Math.max(0, b.width - (parseFloat(p.getAttribute('stroke-width')) || 0)) : 0; })
				.reduce((a, b) => a + b, 0);
			return [painted, length];
		})()`)
		if got[1] < 8 || got[0] < 0.8*got[1] {
			t.Errorf("at %d px the load of 192 points is painted %.1f px wide of its %.1f", width, got[0], got[1])
		}
	}
	tb.clean("a load of small ideas")
}

// chartTexts returns the text of every SVG text element of a drawn chart.
func chartTexts(tb *tab, id string) []string {
	tb.t.Helper()
	return eval[[]string](tb, `[...document.querySelectorAll('#`+id+` svg text')].map(t => t.textContent)`)
}

// Every number a chart shows is written as the page writes numbers
// (Page.Num): ECharts labels value axes itself, and on a German page it
// wrote 12,000, which a German reader reads as twelve. The history's time
// axis labels days as the page writes days (Page.Date).
func TestBrowserChartNumbersFollowTheSiteLanguage(t *testing.T) {
	ctx := browser(t)
	grouped := map[string]*regexp.Regexp{
		"de": regexp.MustCompile("^\\d{1,3}(\u202f\\d{3})+$"),
		"en": regexp.MustCompile(`^\d{1,3}(,\d{3})+$`),
	}
	// A number as ECharts writes it, grouped with commas: wrong in German.
	echartsGrouped := regexp.MustCompile(`\d,\d{3}`)
	for _, c := range []struct {
		lang string
		// Page.Num's results, as in page_test.go, and more.
		nums map[float64]string
		tip  string // the tooltip of an item without tip lines
		day  *regexp.Regexp
	}{
		{"de", map[float64]string{0: "0", 3.5: "3,5", 4.3333: "4,33", 0.125: "0,13", 0.145: "0,15", 1.005: "1,01", 0.00125: "0,0013", -0.004: "\u22120,004", 0.006: "0,006", 0.015: "0,015", 0.0115: "0,012", 0.05: "0,05", 999: "999", 1000: "1000", 5240: "5240",
			12000: "12\u202f000", 150000: "150\u202f000", 1180000: "1\u202f180\u202f000", -12345.5: "\u221212\u202f345,5", 2.5e9: "2\u202f500\u202f000\u202f000"},
			"S: 1234,5 / 12\u202f345", regexp.MustCompile(`^\d{1,2}\.\d{1,2}\.2027$`)},
		{"en", map[float64]string{0: "0", 3.5: "3.5", 4.3333: "4.33", 0.125: "0.13", 0.145: "0.15", 1.005: "1.01", 0.00125: "0.0013", -0.004: "\u22120.004", 0.006: "0.006", 0.015: "0.015", 0.0115: "0.012", 0.05: "0.05", 999: "999", 1000: "1,000", 5240: "5,240",
			12000: "12,000", 150000: "150,000", 1180000: "1,180,000", -12345.5: "\u221212,345.5", 2.5e9: "2,500,000,000"},
			"S: 1,234.5 / 12,345", regexp.MustCompile(`^Jan \d{1,2}, 2027$`)},
	} {
		t.Run(c.lang, func(t *testing.T) {
			srv := serveSite(t, build(t, scoredSite(c.lang, "rice")))
			tb := newTab(t, ctx, srv)
			tb.open(srv.URL + "/priorities/index.html")
			ids := []string{"chart-priorities", "chart-ranking", "chart-load"}
			if !waitFor(tb, `['`+strings.Join(ids, `','`)+`'].every(id => document.querySelector('#' + id + ' svg text'))`, 5*time.Second) {
				t.Fatal("the charts did not draw within 5 s")
			}
			for _, id := range ids {
				texts := chartTexts(tb, id)
				numbers := 0
				for _, s := range texts {
					if grouped[c.lang].MatchString(s) {
						numbers++
					}
					if c.lang == "de" && echartsGrouped.MatchString(s) || c.lang == "en" && strings.Contains(s, "\u202f") {
						t.Errorf("%s shows %q, not as the page writes numbers", id, s)
					}
				}
				// The matrix's and the ranking's axes run into the ten thousands.
				if id != "chart-load" && numbers < 2 {
					t.Errorf("%s shows no two numbers grouped in thousands as the page groups them: %q", id, texts)
				}
				if id == "chart-load" && !slices.Contains(texts, map[string]string{"de": "Kapazität 12,5", "en": "Capacity 12.5"}[c.lang]) {
					t.Errorf("chart-load does not label the capacity as the page writes it: %q", texts)
				}
			}
			// The axes' formatter is Page.Num to the letter (ticks of 0.006
			// and 0.008 are no 0.01, QA), and the tooltip of an item without
			// tip lines writes its values with it.
			got := eval[map[string]string](tb, `(() => {
				const opt = echarts.getInstanceByDom(document.getElementById('chart-ranking')).getOption(), out = {};
				for (const v of [`+func() string {
				var vs []string
				for v := range c.nums {
					vs = append(vs, strconv.FormatFloat(v, 'f', -1, 64))
				}
				return strings.Join(vs, ",")
			}()+`]) out[String(v)] = opt.xAxis[0].axisLabel.formatter(v, 0);
				out.tip = opt.tooltip[0].formatter({seriesName: 'S', value: [1234.5, 12345]});
				out.area = opt.tooltip[0].formatter({seriesName: 'S', name: 'Quick Wins', value: undefined});
				return out;
			})()`)
			for v, want := range c.nums {
				if s := got[strconv.FormatFloat(v, 'f', -1, 64)]; s != want {
					t.Errorf("axis label of %v is %q, want %q", v, s, want)
				}
			}
			if got["tip"] != "<strong>"+c.tip+"</strong>" {
				t.Errorf("tooltip without tip lines is %q, want %q", got["tip"], c.tip)
			}
			// A quadrant's area has a name and no value.
			if got["area"] != "<strong>Quick Wins</strong>" {
				t.Errorf("tooltip of a quadrant is %q, want its name", got["area"])
			}
			tb.clean("priorities")

			// The history's time axis labels days as the page does.
			fsys := stressSite("A4", "portrait", "/")
			fsys["fokus.toml"].Data = bytes.Replace(fsys["fokus.toml"].Data, []byte(`language = "de"`), []byte(`language = "`+c.lang+`"`), 1)
			srv = serveSite(t, build(t, fsys))
			tb = newTab(t, ctx, srv)
			tb.open(srv.URL + "/objectives/ziel-1/index.html")
			if !waitFor(tb, `!!document.querySelector('#chart-history svg text')`, 5*time.Second) {
				t.Fatal("the history did not draw within 5 s")
			}
			texts := chartTexts(tb, "chart-history")
			days := 0
			for _, s := range texts {
				if c.day.MatchString(s) {
					days++
				}
			}
			if days < 2 {
				t.Errorf("the history's time axis shows no two days as the page writes them: %q", texts)
			}
			tb.clean("objective")
		})
	}
}

// ECharts describes a chart to screen readers in English with raw numbers;
// fokus gives it the chart's name in the page's language instead.
func TestBrowserChartsAreNamedInThePagesLanguage(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/priorities/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-priorities svg')`, 5*time.Second) {
		t.Fatal("the matrix was not drawn")
	}
	label := eval[string](tb, `document.getElementById('chart-priorities').getAttribute('aria-label') || ''`)
	if label != "Prioritätenmatrix. Die Daten stehen auch als Tabelle auf dieser Seite." {
		t.Errorf("matrix aria-label = %q", label)
	}
	tb.clean("priorities")
}

// A poster with little on it sets larger type, but not so large that a word
// of the team's name breaks (QA: "Marktforschu" / "ng").
func TestBrowserPosterTypeGrowsNoWordOfTheNameApart(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":              {Data: []byte("period = \"2026-Q4\"\n")},
		"content/teams/mf.md":     {Data: []byte("+++\ntitle = \"Marktforschung\"\n+++\n")},
		"content/objectives/o.md": {Data: []byte("+++\ntitle = \"Kunden verstehen\"\nteam = \"mf\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n[[key_results]]\ntitle = \"Befragte\"\nstart = 0\ntarget = 1200\ncurrent = 300\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1800, 1200)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/posters/mf/index.html")
	lines := eval[int](tb, `(() => {
		const h = document.querySelector('.poster-team'), r = document.createRange();
		r.selectNodeContents(h);
		return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;
	})()`)
	if lines != 1 {
		t.Errorf("the one-word team name takes %d lines", lines)
	}
	if grown := eval[bool](tb, `parseFloat(document.querySelector('.poster').style.getPropertyValue('--fs')) > 0`); !grown {
		t.Error("the poster has no type size set")
	}
	tb.clean("poster")
}

// The type grows into a sparse poster's room only while what was one line
// stays one: the period in its dark box, the footer's URL, the QR code's
// caption, a key result's value (QA: on the poster of a team "PR" with one
// key result, the period went to two lines and the URL broke inside the
// team's slug, ".../teams/ku" above "rz/").
func TestBrowserPosterTypeGrowsBreakingNoLineThatWasOne(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":            {Data: []byte("title = \"Vertrieb\"\nbase_url = \"https://intranet.example.com/\"\n")},
		"content/teams/kurz.md": {Data: []byte("+++\ntitle = \"PR\"\n+++\n")},
		"content/objectives/kurz.md": {Data: []byte("+++\ntitle = \"Sichtbar werden\"\nteam = \"kurz\"\nperiod = \"2027-Q1\"\nreviewed = 2027-01-20\n\n" +
			"[[key_results]]\ntitle = \"Artikel\"\nstart = 0\ntarget = 6\ncurrent = 2\n+++\n")},
	}
	out := build(t, fsys)
	m := regexp.MustCompile(`--fs: ([0-9.]+)mm`).FindStringSubmatch(string(out["posters/kurz/index.html"]))
	if m == nil {
		t.Fatal("the poster has no --fs")
	}
	set, _ := strconv.ParseFloat(m[1], 64)
	srv := serveSite(t, out)
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1800, 1200)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/posters/kurz/index.html")
	broken := eval[string](tb, `[...document.querySelectorAll('.poster-period, .poster-url, .poster-qr figcaption, .poster-kr-value')].filter(e => e.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(e).lineHeight)).map(e => e.textContent).join(' | ')`)
	if broken != "" {
		t.Errorf("on more than one line: %s", broken)
	}
	if drawn := eval[float64](tb, `parseFloat(document.querySelector('.poster').style.getPropertyValue('--fs'))`); drawn < set {
		t.Errorf("the type shrank from %v to %v mm", set, drawn)
	}
	if pages := pdfPages(printPDF(tb)); pages != 1 {
		t.Errorf("the poster prints on %d pages", pages)
	}
	tb.clean("poster")
}

// A long team name is set smaller on its poster, not split mid-word or cut
// off: the door shows whose door it is.
func TestBrowserPosterKeepsALongTeamNameWhole(t *testing.T) {
	ctx := browser(t)
	const long = "Vertriebsinnendienst Nord und Süd mit Kundendienst-Hotline"
	fsys := fstest.MapFS{
		"fokus.toml":            {Data: []byte("base_url = \"https://intranet.example/fokus/\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/lang.md": {Data: []byte("+++\ntitle = \"" + long + "\"\ndoor = \"2.11\"\n+++\n")},
		"content/objectives/o.md": {Data: []byte("+++\ntitle = \"Jede Anfrage am selben Tag beantwortet\"\nteam = \"lang\"\nperiod = \"2026-Q4\"\nreviewed = 2027-01-20\n\n" +
			"[[key_results]]\ntitle = \"Antwortzeit\"\nstart = 48\ntarget = 8\ncurrent = 20\nunit = \"h\"\n+++\n")},
	}
	out := build(t, fsys)
	if !strings.Contains(string(out["posters/lang/index.html"]), "--team-scale: 0.") {
		t.Error("the long team name is not set smaller")
	}
	srv := serveSite(t, out)
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/posters/lang/index.html")
	if bad := posterTeamNameCut(tb); bad != "" {
		t.Errorf("team name on the poster: %s", bad)
	}
	// The first key result keeps its distance from the review line, as key
	// results keep theirs (QA: a rule of poster.css lost to ".poster p").
	if gap := eval[float64](tb, `document.querySelector('.poster-kr-line').getBoundingClientRect().top - document.querySelector('.poster-reviewed').getBoundingClientRect().bottom`); gap < 4 {
		t.Errorf("the first key result is %.1f px below the review line", gap)
	}
	if pages := pdfPages(printPDF(tb)); pages != 1 {
		t.Errorf("the poster prints on %d pages", pages)
	}
	tb.clean("poster")
}

// A poster of large type, of a team with no objectives yet, sets a name of
// a word of 29 letters smaller than its text to keep the word whole, and
// grows its type no further than the word stays whole: on A4 upright
// "Geschäftskundenbetreuungsteam" broke as "…betr" over "euungsteam" at
// the name's least size, and as "…tea" over "m" once the type grew (print
// QA).
func TestBrowserPosterOfLargeTypeKeepsAWordOf29LettersWhole(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":          {Data: []byte("base_url = \"https://intranet.example/fokus/\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/gk.md": {Data: []byte("+++\ntitle = \"Geschäftskundenbetreuungsteam Nord\"\ndoor = \"Raum 4.02\"\nmembers = [\"Anna Keller\", \"Beat Suter\", \"Chiara Rossi\"]\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/posters/gk/index.html")
	if bad := posterTeamNameCut(tb); bad != "" {
		t.Errorf("team name on the poster: %s", bad)
	}
	if pages := pdfPages(printPDF(tb)); pages != 1 {
		t.Errorf("the poster prints on %d pages", pages)
	}
	tb.clean("poster")
}

// posterTeamNameCut says how the poster's team name is cut off at its
// lines or has a word split over two lines, or "" where it is whole.
func posterTeamNameCut(tb *tab) string {
	return eval[string](tb, `(() => {
		const h = document.querySelector('.poster-team'), out = [];
		if (h.scrollHeight > h.clientHeight + 1) out.push('cut off: ' + h.scrollHeight + ' > ' + h.clientHeight);
		const text = h.firstChild, s = text.textContent;
		for (const m of s.matchAll(/[^\s-]+-?/g)) { // a line may end after a hyphen
			const r = document.createRange();
			r.setStart(text, m.index); r.setEnd(text, m.index + m[0].length);
			const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
			if (tops.size > 1) out.push('"' + m[0] + '" is split over ' + tops.size + ' lines');
		}
		return out.join('; ');
	})()`)
}

// A name of one word too long for any line breaks inside it beside the QR
// code, and the QR code stays on the poster (visual QA: it was pushed off
// the page's right edge and the name cut there).
func TestBrowserPosterKeepsItsQRCodeBesideAOneWordName(t *testing.T) {
	ctx := browser(t)
	word := strings.Repeat("Kundenbindungsmaßnahmenverantwortlichkeitsübersicht", 2)
	fsys := fstest.MapFS{
		"fokus.toml":            {Data: []byte("base_url = \"https://intranet.example/fokus/\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/lang.md": {Data: []byte("+++\ntitle = \"" + word + "\"\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/posters/lang/index.html")
	bad := eval[string](tb, `(() => {
		const p = document.querySelector('.poster'), box = p.getBoundingClientRect(), out = [];
		for (const sel of ['.poster-qr svg', '.poster-team']) {
			const r = p.querySelector(sel).getBoundingClientRect();
			if (r.width < 1 || r.right > box.right + 1) out.push(sel + ' ends at ' + r.right + ', the poster at ' + box.right);
		}
		const h = p.querySelector('.poster-team');
		if (h.scrollWidth > h.clientWidth + 1) out.push('the name runs ' + (h.scrollWidth - h.clientWidth) + ' px out of its box');
		return out.join('; ');
	})()`)
	if bad != "" {
		t.Error(bad)
	}
	tb.clean("poster")
}

// manyIdeasSite is the stress site with n more proposed ideas of job sizes
// 1 to 8 and one of job size 40, which would push all others into the
// matrix's left tenth.
func manyIdeasSite(n int) fstest.MapFS {
	fsys := stressSite("A4", "portrait", "/")
	for i := 0; i < n; i++ {
		size := 1 + (i*7)%8
		if i == 0 {
			size = 40
		}
		fsys[fmt.Sprintf("content/ideas/viele-%03d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"+++\ntitle = \"Idee Nummer %d mit einem recht langen Titel für die Rangfolge\"\nsubmitted = 2027-01-02\nteams = [\"big\"]\nstatus = \"proposed\"\n\n[score]\nvalue = %d\ntime_criticality = %d\nrisk_reduction = %d\njob_size = %d\n+++\n",
			i, 1+(i*5)%10, 1+(i*3)%10, 1+i%5, size))}
	}
	return fsys
}

// On a phone (and on a desktop) the priority charts fit the width they
// have: each ranking label keeps its rank and lies inside the chart, so do
// the bars' value labels and the axis's name, and every bubble of the
// matrix lies whole inside its grid, clear of the axes' numbers.
func TestBrowserPriorityChartsFitAPhone(t *testing.T) {
	ctx := browser(t)
	for _, tc := range []struct {
		name string
		out  render.Output
	}{
		{"example", exampleSite(t)},
		{"many", build(t, manyIdeasSite(300))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := serveSite(t, tc.out)
			tb := newTab(t, ctx, srv)
			for _, width := range []int64{390, 1280} {
				if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
					t.Fatal(err)
				}
				tb.open(srv.URL + "/priorities/index.html")
				if !waitFor(tb, `document.querySelectorAll('div.chart.is-drawn svg').length === 3`, 5*time.Second) {
					t.Fatalf("at %d px: the charts were not drawn", width)
				}
				// Texts of the ranking: those of the y axis start with
				// their rank; all lie inside the chart's box.
				type label struct {
					Text                     string
					Left, Right, Top, Bottom float64
				}
				texts := func(id string) ([]label, [4]float64) {
					out := eval[struct {
						Box    [4]float64
						Labels []label
					}](tb, `(() => {
						const el = document.getElementById('`+id+`');
						const b = el.getBoundingClientRect();
						return {Box: [b.left, b.top, b.right, b.bottom], Labels: [...el.querySelectorAll('svg text')].filter(t => t.textContent.trim()).map(t => {
							const r = t.getBoundingClientRect();
							return {Text: t.textContent, Left: r.left, Right: r.right, Top: r.top, Bottom: r.bottom};
						})};
					})()`)
					return out.Labels, out.Box
				}
				rankRe := regexp.MustCompile(`^(\d+)\. `)
				labels, box := texts("chart-ranking")
				marks := eval[int](tb, `+document.getElementById('chart-ranking').dataset.marks`)
				ranks := map[int]bool{}
				for _, l := range labels {
					if l.Left < box[0]-1 || l.Right > box[2]+1 || l.Top < box[1]-1 || l.Bottom > box[3]+1 {
						t.Errorf("at %d px: ranking text %q at %.0f–%.0f leaves the chart (%.0f–%.0f)", width, l.Text, l.Left, l.Right, box[0], box[2])
					}
					if m := rankRe.FindStringSubmatch(l.Text); m != nil {
						n, _ := strconv.Atoi(m[1])
						ranks[n] = true
					}
				}
				for n := 1; n <= marks; n++ {
					if !ranks[n] {
						t.Errorf("at %d px: no ranking label starts with %q; labels: %v", width, strconv.Itoa(n)+". ", labels)
					}
				}
				// On a phone a title keeps more than its first word or two:
				// its name may take half the chart (QA: about twelve letters).
				if width < 640 {
					widest := 0.0
					for _, l := range labels {
						if rankRe.MatchString(l.Text) {
							widest = max(widest, l.Right-l.Left)
						}
					}
					if widest < 0.42*(box[2]-box[0]) {
						t.Errorf("at %d px: the widest ranking name is %.0f px of a %.0f px chart", width, widest, box[2]-box[0])
					}
				}
				loadLabels, loadBox := texts("chart-load")
				for _, l := range loadLabels {
					if l.Left < loadBox[0]-1 || l.Right > loadBox[2]+1 {
						t.Errorf("at %d px: load text %q at %.0f–%.0f leaves the chart (%.0f–%.0f)", width, l.Text, l.Left, l.Right, loadBox[0], loadBox[2])
					}
				}
				// On a phone, a rank (or a count of ideas on one spot)
				// wider than its bubble is not drawn (it was cut to its
				// first digit), and the legend wraps
				// instead of paging.
				if width < 640 && tc.name == "many" {
					cut := eval[int](tb, `(() => {
						const opt = echarts.getInstanceByDom(document.getElementById('chart-priorities')).getOption();
						return opt.series.filter(s => s.type === 'scatter').flatMap(s => s.data).filter(d => d && d.value &&
							!(d.label && d.label.show === false) && (String((d.label && d.label.formatter) || d.value[3]).length * 9 * 0.62 + 2 > d.symbolSize || 12 > d.symbolSize)).length;
					})()`)
					if cut > 0 {
						t.Errorf("at %d px: %d ranks drawn in bubbles too small for them", width, cut)
					}
					if legend := eval[string](tb, `echarts.getInstanceByDom(document.getElementById('chart-priorities')).getOption().legend[0].type`); legend != "plain" {
						t.Errorf("at %d px: the matrix's legend is %q, want plain (wrapping)", width, legend)
					}
				}
				// The load's segments are named where they are wide
				// enough: on a desktop, the example's widest ones.
				if width >= 1280 && tc.name == "example" {
					named := eval[int](tb, `echarts.getInstanceByDom(document.getElementById('chart-load')).getOption().series
						.filter(s => s.type === 'bar').flatMap(s => s.data).filter(d => d && d.label && d.label.show && d.label.formatter).length`)
					if named == 0 {
						t.Errorf("at %d px: no segment of the load chart carries its idea's title", width)
					}
					// No label is struck through by its row's capacity mark: the
					// segment the mark crosses is named on the larger side of it.
					tb.open(srv.URL + "/teams/inside-sales/index.html")
					if !waitFor(tb, `!!document.querySelector('#chart-load.is-drawn svg')`, 5*time.Second) {
						t.Fatal("the team's load chart was not drawn")
					}
					crossed := eval[[]string](tb, `(() => {
						const chart = echarts.getInstanceByDom(document.getElementById('chart-load')), opt = chart.getOption(), cap = [], start = [], out = [];
						const px = v => chart.convertToPixel({xAxisIndex: 0}, v);
						opt.series.filter(s => s.type === 'scatter').forEach(s => s.data.forEach(d => { if (d && d.value) cap[d.value[1]] = d.value[0]; }));
						opt.series.filter(s => s.type === 'bar').forEach(s => s.data.forEach((d, row) => {
							if (!d || typeof d !== 'object') return;
							const from = start[row] || 0, to = from + d.value;
							start[row] = to;
							if (!(cap[row] > from && cap[row] < to)) return;
							if (!d.label || !d.label.show) { out.push('unnamed ' + d.name); return; }
							const room = d.label.position === 'insideLeft' ? px(cap[row]) - px(from) : d.label.position === 'insideRight' ? px(to) - px(cap[row]) : 0;
							out.push((d.label.width + 8 <= room ? 'beside ' : 'struck ') + d.name);
						}));
						return out;
					})()`)
					if len(crossed) != 1 || !strings.HasPrefix(crossed[0], "beside ") {
						t.Errorf("at %d px: the segment the capacity mark crosses: %q, want one, named beside the mark", width, crossed)
					}
					tb.open(srv.URL + "/priorities/index.html")
					if !waitFor(tb, `document.querySelectorAll('div.chart.is-drawn svg').length === 3`, 5*time.Second) {
						t.Fatalf("at %d px: the charts were not drawn again", width)
					}
				}
				// Every bubble, its offset and radius, inside the grid.
				outside := eval[[]string](tb, `(() => {
					const chart = echarts.getInstanceByDom(document.getElementById('chart-priorities'));
					const rect = chart.getModel().getComponent('grid').coordinateSystem.getRect();
					const out = [];
					chart.getOption().series.forEach((s, si) => (s.data || []).forEach(d => {
						const p = chart.convertToPixel({seriesIndex: si}, d.value.slice(0, 2));
						const off = d.symbolOffset || [0, 0];
						const r = (d.symbolSize || 0) / 2;
						const x = p[0] + off[0], y = p[1] + off[1];
						if (x < rect.x || x > rect.x + rect.width || y < rect.y || y > rect.y + rect.height) {
							out.push('centre of ' + d.value[3] + ' at ' + x + ',' + y + ' outside the grid');
						} else if (x - r < rect.x - 1 || x + r > rect.x + rect.width + 1 || y - r < rect.y - 1 || y + r > rect.y + rect.height + 1) {
							out.push('bubble ' + d.value[3] + ' (r ' + r + ') at ' + x + ',' + y + ' reaches over the grid ' + JSON.stringify(rect));
						}
					}));
					return out;
				})()`)
				for _, o := range outside {
					t.Errorf("at %d px: %s", width, o)
				}
				// The axes still label their range: 0 stands under the matrix.
				if n := eval[int](tb, `[...document.querySelectorAll('#chart-priorities svg text')].filter(t => t.textContent === '0').length`); n < 1 {
					t.Errorf("at %d px: the matrix's axes lost their 0", width)
				}
			}
			tb.clean("priorities on a phone")
		})
	}
}

// In landscape, objectives stand in two columns: an objective's title gets
// three lines there before it is cut, and the type is set for that; the
// example site's titles all show whole (QA: "…in der…" beside free space).
func TestBrowserLandscapePostersShowTheExamplesObjectivesWhole(t *testing.T) {
	ctx := browser(t)
	src := exampleWith(t, `orientation = "portrait"`, `orientation = "landscape"`)
	res, err := generator.Build(generator.Options{Source: src, Now: content.Day(2026, time.November, 26), NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("building the example in landscape: %v %v", err, res.Diagnostics)
	}
	srv := serveSite(t, res.Output)
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/posters/index.html")
	cut := eval[[]string](tb, `[...document.querySelectorAll('.poster-obj-title')].filter(e => e.scrollHeight > e.clientHeight + 1).map(e => e.textContent)`)
	if len(cut) > 0 {
		t.Errorf("objective titles cut on landscape posters: %q", cut)
	}
	// The type grows into the room the generator's estimate left (poster.js):
	// the estimate errs high, so some poster has room.
	var set []float64
	for _, m := range regexp.MustCompile(`--fs: ([0-9.]+)mm`).FindAllStringSubmatch(string(res.Output["posters/index.html"]), -1) {
		f, _ := strconv.ParseFloat(m[1], 64)
		set = append(set, f)
	}
	drawn := eval[[]float64](tb, `[...document.querySelectorAll('.poster')].map(p => parseFloat(p.style.getPropertyValue('--fs')))`)
	grown := 0
	for i := range min(len(set), len(drawn)) {
		if drawn[i] < set[i] {
			t.Errorf("poster %d: type shrank from %v to %v mm", i, set[i], drawn[i])
		}
		if drawn[i] > set[i]*1.03 {
			grown++
		}
	}
	if len(set) != len(drawn) || grown == 0 {
		t.Errorf("no poster's type grew into its room: set %v, drawn %v", set, drawn)
	}
	if n := pdfPages(printPDF(tb)); n != len(res.Site.Teams) {
		t.Errorf("posters/index.html prints on %d pages, want %d", n, len(res.Site.Teams))
	}
	tb.clean("landscape posters")
}

// On a phone the poster preview is scaled to the screen's width, so that it
// shows whole; printed from there, it is still one page (QA).
// On a phone the poster's preview is scaled down, but not below 0.6 of its
// size, so that the browser's zoom still enlarges its text (WCAG 1.4.4):
// what is wider scrolls sideways in its own box, and the page around it
// keeps the phone's width.
func TestBrowserAPosterFitsAPhoneAndStillPrintsOnOnePage(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(390, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/posters/inside-sales/index.html")
	if !waitFor(tb, `document.querySelector('.poster').getBoundingClientRect().right <= document.documentElement.clientWidth`, 3*time.Second) {
		right := eval[float64](tb, `document.querySelector('.poster').getBoundingClientRect().right`)
		t.Errorf("at 390 px the poster reaches to %.0f px", right)
	}
	if w := eval[[]float64](tb, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`); w[0] > w[1] {
		t.Errorf("at 390 px the page is %.0f px wide, wider than the phone's %.0f px", w[0], w[1])
	}
	// The same content as a page that reflows: the team's, linked.
	if !eval[bool](tb, `!!document.querySelector('.print-hint a[href$="teams/inside-sales/index.html"]')`) {
		t.Error("the poster's page does not link the team page as the web version")
	}
	if n := pdfPages(printPDF(tb)); n != 1 {
		t.Errorf("the poster printed from a phone-wide window takes %d pages, want 1", n)
	}
	tb.clean("poster on a phone")
}

// The type grows into a poster's room only while no more of a cut text is
// hidden: a list item cut at its line limit already must not lose more of
// its words to larger type (QA: only "Undeclared, no decisio…" was left).
func TestBrowserPosterTypeGrowsWithoutHidingMoreText(t *testing.T) {
	ctx := browser(t)
	long := strings.Repeat("a really very extraordinarily long idea title that goes on ", 4)
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/x.md": {Data: []byte("+++\ntitle = \"Idea X: " + long + "\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"in-progress\"\n+++\n")},
	}
	out := build(t, fsys)
	m := regexp.MustCompile(`--fs: ([0-9.]+)mm`).FindStringSubmatch(string(out["posters/a/index.html"]))
	if m == nil {
		t.Fatal("the poster has no --fs")
	}
	srv := serveSite(t, out)
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1800, 1200)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/posters/a/index.html")
	hidden := `[...document.querySelectorAll('.poster-lists li')].map(e => Math.round((e.scrollHeight - e.clientHeight) / parseFloat(getComputedStyle(e).lineHeight))).reduce((a, b) => a + b, 0)`
	grown := eval[int](tb, hidden)
	eval[bool](tb, `document.querySelector('.poster').style.setProperty('--fs', '`+m[1]+`mm'), true`)
	set := eval[int](tb, hidden)
	if grown > set {
		t.Errorf("the grown type hides %d lines of the lists, the generator's %d", grown, set)
	}
	tb.clean("poster type and cut text")
}

// On a phone, a one-digit rank in a bubble of the least size (next to an
// idea whose score dwarfs the others) is not drawn: it would smother the
// bubble (QA).
func TestBrowserSmallBubblesOnAPhoneCarryNoRank(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	for i := range 6 {
		value := 1
		if i == 0 {
			value = 400
		}
		fsys[fmt.Sprintf("content/ideas/i%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %d\"\nsubmitted = 2026-11-01\n\n"+
			"[score]\nvalue = %d\ntime_criticality = 1\nrisk_reduction = 1\njob_size = %d\n+++\n", i, value, i+1))}
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(390, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/priorities/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-priorities.is-drawn svg')`, 5*time.Second) {
		t.Fatal("the matrix was not drawn")
	}
	smothered := eval[int](tb, `echarts.getInstanceByDom(document.getElementById('chart-priorities')).getOption().series
		.filter(s => s.type === 'scatter').flatMap(s => s.data).filter(d => d && d.value && d.symbolSize < 12 && !(d.label && d.label.show === false)).length`)
	if smothered > 0 {
		t.Errorf("%d bubbles under 12 px carry their rank", smothered)
	}
	tb.clean("small bubbles on a phone")
}

// The backlog's filter narrows its lists to the ideas that match a text
// (any letter case, "fur" finds "für"), a status and a team, keeps the
// filter in the address so that a reload or a sent link shows the same
// list, and shows every idea again once cleared.
func TestBrowserBacklogFilterNarrowsTheLists(t *testing.T) {
	res, tb := openFiltered(t, "backlog/index.html")
	rows := `[...document.querySelectorAll('table.ideas tr[data-status]')]`
	visible := rows + `.filter(r => r.offsetHeight > 0)`
	total := len(res.Site.Ideas)
	if n := eval[int](tb, visible+`.length`); n != total {
		t.Fatalf("%d rows visible before filtering, want %d", n, total)
	}
	set := func(name, value string) { t.Helper(); setFilter(t, tb, name, value) }
	settle := func(want int) int { t.Helper(); return settleAt(tb, visible, want) }

	// A text: every idea whose title, tags, teams or decision name LinkedIn.
	want := 0
	for _, i := range res.Site.Ideas {
		text := i.Title + " " + strings.Join(i.Tags, " ")
		for _, team := range i.Teams {
			text += " " + team.Title
		}
		if i.Decision != nil {
			text += " " + i.Decision.Rationale + " " + i.Decision.By
		}
		if strings.Contains(strings.ToLower(text), "linkedin") {
			want++
		}
	}
	if want < 2 || want == total {
		t.Fatalf("the example has %d ideas about LinkedIn; the test needs a few", want)
	}
	set("q", "LinkedIn")
	if n := settle(want); n != want {
		t.Errorf(`"LinkedIn" shows %d rows, want %d`, n, want)
	}
	if bad := eval[int](tb, visible+`.filter(r => !r.textContent.toLowerCase().includes('linkedin')).length`); bad != 0 {
		t.Errorf("%d rows shown that do not mention LinkedIn", bad)
	}
	if got, wantText := eval[string](tb, `document.querySelector('#idea-filter output').textContent`), fmt.Sprintf("%d von %d Ideen", want, total); got != wantText {
		t.Errorf("count says %q, want %q", got, wantText)
	}
	if q := eval[string](tb, `new URLSearchParams(location.search).get('q')`); q != "LinkedIn" {
		t.Errorf("the address keeps q=%q", q)
	}
	tb.open(eval[string](tb, `location.href`))
	if n := settle(want); n != want {
		t.Errorf("after a reload %d rows are shown, want %d", n, want)
	}

	// Umlauts: "fur" finds every row that says "für".
	set("q", "fur")
	withFuer := eval[int](tb, rows+`.filter(r => r.textContent.toLowerCase().includes('für')).length`)
	if withFuer == 0 {
		t.Fatal("no row of the example says für")
	}
	shownFuer := visible + `.filter(r => r.textContent.toLowerCase().includes('für')).length`
	waitFor(tb, fmt.Sprintf(`%s === %d`, shownFuer, withFuer), 3*time.Second)
	if n := eval[int](tb, shownFuer); n != withFuer {
		t.Errorf(`"fur" shows %d of the %d rows with "für"`, n, withFuer)
	}

	// "fuer", as typed without umlauts, finds them too.
	set("q", "fuer")
	waitFor(tb, fmt.Sprintf(`%s === %d`, shownFuer, withFuer), 3*time.Second)
	if n := eval[int](tb, shownFuer); n != withFuer {
		t.Errorf(`"fuer" shows %d of the %d rows with "für"`, n, withFuer)
	}
	// The score's formula is not searched: "=" is in every worked formula.
	set("q", "=")
	waitFor(tb, visible+`.length < 5`, 3*time.Second)
	if n := eval[int](tb, visible+`.filter(r => ![...r.cells].some(c => !c.classList.contains('num') && c.textContent.includes('='))).length`); n != 0 {
		t.Errorf(`"=" shows %d rows for the formula in their score`, n)
	}

	// Emptied, the count says that all are shown again (accessibility
	// QA: a screen reader heard nothing).
	set("q", "")
	if n := settle(total); n != total {
		t.Errorf("the emptied filter shows %d rows, want %d", n, total)
	}
	if got, wantText := eval[string](tb, `document.querySelector('#idea-filter output').textContent`), fmt.Sprintf("%d von %d Ideen", total, total); got != wantText {
		t.Errorf("emptied, the count says %q, want %q", got, wantText)
	}

	// A status and a team, with no text.
	set("status", "in-progress")
	team := res.Site.Teams[0]
	set("team", team.Slug)
	want = 0
	for _, i := range res.Site.Ideas {
		if i.Status == "in-progress" && slices.Contains(i.Teams, team) {
			want++
		}
	}
	if n := settle(want); n != want {
		t.Errorf("in progress at %s: %d rows shown, want %d", team.Slug, n, want)
	}
	if want == 0 && eval[int](tb, `[...document.querySelectorAll('tr.filter-empty')].filter(r => r.offsetHeight > 0).length`) == 0 {
		t.Error("an empty result says nothing")
	}

	// Cleared, the lists are whole again and the address is plain.
	set("status", "")
	set("team", "")
	if n := settle(total); n != total {
		t.Errorf("%d rows visible after clearing, want %d", n, total)
	}
	if s := eval[string](tb, `location.search`); s != "" {
		t.Errorf("the address keeps %q after clearing", s)
	}
	if n := eval[int](tb, `[...document.querySelectorAll('tr.filter-empty')].filter(r => r.offsetHeight > 0).length`); n != 0 {
		t.Errorf("%d 'no match' rows shown without a filter", n)
	}
	tb.clean("backlog")
}

// The decision log has the backlog's filter (QA): a status, a team, a
// text narrow its entries, a month with none of them is hidden, each
// month counts what it shows, the address keeps the choice, and a filter
// that leaves nothing says so once.
func TestBrowserDecisionLogFilterNarrowsTheMonths(t *testing.T) {
	res, tb := openFiltered(t, "decisions/index.html")
	visible := `[...document.querySelectorAll('li.decision-entry[data-status]')].filter(e => e.offsetHeight > 0)`
	months := `[...document.querySelectorAll('section.decision-month')].filter(s => s.offsetHeight > 0)`
	empty := `[...document.querySelectorAll('.filter-empty')].filter(e => e.offsetHeight > 0).length`
	total := len(res.Site.Decisions)
	if n := eval[int](tb, visible+`.length`); n != total {
		t.Fatalf("%d entries visible before filtering, want %d", n, total)
	}
	set := func(name, value string) { t.Helper(); setFilter(t, tb, name, value) }
	settle := func(want int) int { t.Helper(); return settleAt(tb, visible, want) }
	// what the example's decisions of a status and a team are, by month
	expect := func(status, team string) (n int, perMonth map[string]int) {
		perMonth = map[string]int{}
		for _, i := range res.Site.Decisions {
			if (status == "" || i.Status == status) && (team == "" || slices.ContainsFunc(i.Teams, func(t *site.Team) bool { return t.Slug == team })) {
				n++
				perMonth[i.Decision.Date.Format("2006-01")]++
			}
		}
		return n, perMonth
	}

	want, perMonth := expect("rejected", "")
	if want < 2 || len(perMonth) < 2 {
		t.Fatalf("the example has %d rejections in %d months; the test needs a few", want, len(perMonth))
	}
	set("status", "rejected")
	if n := settle(want); n != want {
		t.Errorf("rejected: %d entries shown, want %d", n, want)
	}
	if bad := eval[int](tb, visible+`.filter(e => e.dataset.status !== 'rejected').length`); bad != 0 {
		t.Errorf("%d entries shown that are not rejected", bad)
	}
	if n := eval[int](tb, months+`.length`); n != len(perMonth) {
		t.Errorf("%d months shown, want the %d with a rejection", n, len(perMonth))
	}
	for id, n := range perMonth {
		all := 0
		for _, m := range res.Site.Decisions {
			if m.Decision.Date.Format("2006-01") == id {
				all++
			}
		}
		if got, want := eval[string](tb, fmt.Sprintf(`document.querySelector('#month-%s .count').textContent`, id)), fmt.Sprintf("%d / %d", n, all); got != want {
			t.Errorf("month %s counts %q, want %q", id, got, want)
		}
	}
	if got, wantText := eval[string](tb, `document.querySelector('#idea-filter output').textContent`), fmt.Sprintf("%d von %d Ideen", want, total); got != wantText {
		t.Errorf("count says %q, want %q", got, wantText)
	}
	if n := eval[int](tb, empty); n != 0 {
		t.Errorf("%d 'no match' notes shown beside matches", n)
	}
	tb.open(eval[string](tb, `location.href`))
	if n := settle(want); n != want {
		t.Errorf("after a reload %d entries are shown, want %d", n, want)
	}

	// A team, with a status: its decisions of that status only.
	team := res.Site.Teams[0].Slug
	set("status", "")
	set("team", team)
	want, _ = expect("", team)
	if n := settle(want); n != want {
		t.Errorf("team %s: %d entries shown, want %d", team, n, want)
	}

	// A text that nothing has: no month, and the page says so once.
	set("team", "")
	set("q", "zzyzx")
	if n := settle(0); n != 0 {
		t.Errorf(`"zzyzx" shows %d entries`, n)
	}
	if n := eval[int](tb, months+`.length`); n != 0 {
		t.Errorf("%d months shown without an entry", n)
	}
	waitFor(tb, empty+` === 1`, 3*time.Second)
	if n := eval[int](tb, empty); n != 1 {
		t.Errorf("an empty result says so %d times, want once", n)
	}

	// Cleared, every month is back and the address is plain.
	set("q", "")
	if n := settle(total); n != total {
		t.Errorf("%d entries visible after clearing, want %d", n, total)
	}
	if n := eval[int](tb, empty); n != 0 {
		t.Errorf("%d 'no match' notes shown without a filter", n)
	}
	if s := eval[string](tb, `location.search`); s != "" {
		t.Errorf("the address keeps %q after clearing", s)
	}
	tb.clean("decisions")
}

// openFiltered opens the example site's page at p, whose filter must
// show.
func openFiltered(t *testing.T, p string) (*generator.Result, *tab) {
	t.Helper()
	ctx := browser(t)
	res, err := generator.Build(generator.Options{Source: os.DirFS("../.."), Now: content.Day(2026, time.November, 26), NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("building the example site: %v %v", err, res.Diagnostics)
	}
	srv := serveSite(t, res.Output)
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/" + p)
	if !eval[bool](tb, `!document.getElementById('idea-filter').hidden`) {
		t.Fatal("the filter is not shown")
	}
	return res, tb
}

// setFilter sets a field of the page's filter as a person does, and
// waits until the filter has run: until the address says what was chosen.
func setFilter(t *testing.T, tb *tab, name, value string) {
	t.Helper()
	js := fmt.Sprintf(`(() => { const f = document.getElementById('idea-filter').elements[%q]; f.value = %q; f.dispatchEvent(new Event(f.tagName === 'SELECT' ? 'change' : 'input', {bubbles: true})); return f.value === %q })()`, name, value, value)
	if !eval[bool](tb, js) {
		t.Fatalf("cannot set %s to %q", name, value)
	}
	if !waitFor(tb, fmt.Sprintf(`(new URLSearchParams(location.search).get(%q) || '') === %q`, name, value), 3*time.Second) {
		t.Fatalf("the filter did not apply %s = %q", name, value)
	}
}

// settleAt waits a while for the list of elements that visible selects
// to be want long, and returns its length.
func settleAt(tb *tab, visible string, want int) int {
	waitFor(tb, fmt.Sprintf(`%s.length === %d`, visible, want), 3*time.Second)
	return eval[int](tb, visible+`.length`)
}

// A team name of capitals and wide signs ("&", "<") is wider than the
// generator's average says: on the posters page, with and without
// JavaScript, no line of any team's name is cut (QA: "Growth & Demand
// <Gen>" printed as "Growth & Deman…").
func TestBrowserPosterTeamNamesOfWideLettersAreNotCut(t *testing.T) {
	ctx := browser(t)
	names := []string{"Growth & Demand <Gen>", "IT & CRM <Ops> WWW", "MWMW & WMWM <MW> @MW", "Sales & Marketing Ops", "Demand Generation"}
	fsys := fstest.MapFS{"fokus.toml": {Data: []byte("language = \"en\"\nbase_url = \"https://intra.example.com/\"\nperiod = \"2027-Q1\"\n")}}
	for i, n := range names {
		fsys[fmt.Sprintf("content/teams/t%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = %q\n+++\n", n))}
	}
	srv := serveSite(t, build(t, fsys))
	cut := `[...document.querySelectorAll('.poster-team')].filter(h => h.scrollHeight > h.clientHeight + 1).map(h => h.textContent).join(' | ')`
	for _, js := range []bool{true, false} {
		tb := newTab(t, ctx, srv)
		if !js {
			if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
				t.Fatal(err)
			}
		}
		tb.open(srv.URL + "/posters/index.html")
		if n := eval[int](tb, `document.querySelectorAll('.poster-team').length`); n != len(names) {
			t.Fatalf("%d posters, want %d", n, len(names))
		}
		if got := eval[string](tb, cut); got != "" {
			t.Errorf("JavaScript %v: team names cut on screen: %s", js, got)
		}
		if pages := pdfPages(printPDF(tb)); pages != len(names) {
			t.Errorf("JavaScript %v: %d posters print on %d pages", js, len(names), pages)
		}
		if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		if got := eval[string](tb, cut); got != "" {
			t.Errorf("JavaScript %v: team names cut in print: %s", js, got)
		}
		tb.clean("posters")
	}
}

// The filter finds a team whose slug is "teams" (review: the path's first
// "teams" was taken for the slug's folder), and it is not offered by a theme
// whose rows carry no status, where it could filter nothing.
func TestBrowserBacklogFilterEdgeCases(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":             {Data: []byte("language = \"en\"\n")},
		"content/teams/teams.md": {Data: []byte("+++\ntitle = \"The Teams team\"\n+++\n")},
		"content/teams/sales.md": {Data: []byte("+++\ntitle = \"Sales\"\n+++\n")},
		"content/ideas/a.md":     {Data: []byte("+++\ntitle = \"A\"\nsubmitted = 2027-01-02\nteams = [\"teams\"]\n+++\n")},
		"content/ideas/b.md":     {Data: []byte("+++\ntitle = \"B\"\nsubmitted = 2027-01-02\nteams = [\"sales\", \"teams\"]\n+++\n")},
		"content/ideas/c.md":     {Data: []byte("+++\ntitle = \"C\"\nsubmitted = 2027-01-02\nteams = [\"sales\"]\n+++\n")},
		"content/ideas/d.md":     {Data: []byte("+++\ntitle = \"Michael's plan\"\nsubmitted = 2027-01-02\n+++\n")},
		"content/ideas/e.md":     {Data: []byte("+++\ntitle = \"Michal's plan, über alles\"\nsubmitted = 2027-01-02\n+++\n")},
		"content/ideas/f.md":     {Data: []byte("+++\ntitle = \"LinkedIn デジタル施策\"\nsubmitted = 2027-01-02\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/backlog/index.html?team=teams")
	visible := `[...document.querySelectorAll('table.ideas tr[data-status]')].filter(r => r.offsetHeight > 0).map(r => r.querySelector('.title-cell a').textContent).join(' ')`
	if got := eval[string](tb, visible); got != "A B" {
		t.Errorf("?team=teams shows %q, want A B", got)
	}
	// Printed, a filtered list says its filter, and an unfiltered one
	// prints no form (accessibility QA: the minutes of a filtered backlog
	// read as the whole backlog).
	printsFilter := func() string {
		if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		defer chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
		return eval[string](tb, `(f => f.offsetHeight > 0 ? f.querySelector('select[name=team]').selectedOptions[0].textContent + ' | ' + f.querySelector('output').textContent : '')(document.getElementById('idea-filter'))`)
	}
	if got := printsFilter(); got != "The Teams team | 2 of 6 ideas" {
		t.Errorf("?team=teams prints the filter as %q, want its team and count", got)
	}
	tb.open(srv.URL + "/backlog/index.html")
	if got := printsFilter(); got != "" {
		t.Errorf("the unfiltered backlog prints its filter: %q", got)
	}
	// A term is found in the text as written and with its umlauts spelt
	// wide, but "michael" is not "Michal" (QA).
	for q, want := range map[string]string{"michal": "Michal's plan, über alles", "ueber": "Michal's plan, über alles",
		"michael": "Michael's plan", "uber": "Michal's plan, über alles", "über": "Michal's plan, über alles", "plan ueber": "Michal's plan, über alles",
		// Full-width Latin and half-width katakana, as Japanese input
		// methods type them, find the usual forms (QA).
		"ＬｉｎｋｅｄＩｎ": "LinkedIn デジタル施策", "ﾃﾞｼﾞﾀﾙ": "LinkedIn デジタル施策"} {
		tb.open(srv.URL + "/backlog/index.html?q=" + url.QueryEscape(q))
		if got := eval[string](tb, visible); got != want {
			t.Errorf("?q=%s shows %q, want %q", q, got, want)
		}
	}
	tb.clean("backlog")

	partials, err := fs.ReadFile(themes.Default(), "templates/partials.html")
	if err != nil {
		t.Fatal(err)
	}
	old := strings.Replace(string(partials), ` data-status="{{.Idea.Status}}"`, "", 1)
	if old == string(partials) {
		t.Fatal("the row template has no data-status to take out")
	}
	fsys["fokus.toml"] = &fstest.MapFile{Data: []byte("language = \"en\"\ntheme = \"mine\"\n")}
	fsys["themes/mine/templates/partials.html"] = &fstest.MapFile{Data: []byte(old)}
	srv = serveSite(t, build(t, fsys))
	tb = newTab(t, ctx, srv)
	tb.open(srv.URL + "/backlog/index.html")
	if n := eval[int](tb, `[...document.querySelectorAll('form.filter')].filter(el => el.offsetHeight > 0).length`); n != 0 {
		t.Error("the filter shows in a theme whose rows it cannot filter")
	}
	tb.clean("backlog of an older theme")
}

// The type grows only while no text is cut more than at the generator's
// size, text by text: a key result's title cut at that size, which larger
// type lets wrap whole, does not pay for the only "we stop" item being cut
// (QA: a poster two-thirds empty printed "✕ Weihnachtskar…").
func TestBrowserPosterTypeCutsNoTextThatWasWhole(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":                 {Data: []byte("title = \"Marketing Bergblick\"\n")},
		"content/teams/marketing.md": {Data: []byte("+++\ntitle = \"Marketing\"\ncapacity = 20\nwip_limit = 2\ndoor = \"Büro 1.07\"\n+++\n")},
		"content/teams/vertrieb.md":  {Data: []byte("+++\ntitle = \"Vertrieb\"\n+++\n")},
		"content/objectives/mehr-anfragen.md": {Data: []byte("+++\ntitle = \"Mehr qualifizierte Anfragen über die Website\"\nteam = \"marketing\"\nperiod = \"2027-Q1\"\nowner = \"Jana Köhler\"\nreviewed = 2027-01-20\n\n" +
			"[[key_results]]\ntitle = \"Anfragen über das Kontaktformular pro Monat\"\nstart = 20\ntarget = 50\nunit = \"Anfragen\"\n\n[[key_results.checkins]]\ndate = 2027-01-20\nvalue = 27\n\n" +
			"[[key_results]]\ntitle = \"Neue Startseite ist online\"\ndone = true\n+++\n")},
		"content/ideas/google.md": {Data: []byte("+++\ntitle = \"Kunden um Google-Bewertungen bitten\"\nsubmitted = 2027-01-15\nteams = [\"vertrieb\"]\nstatus = \"in-progress\"\n+++\n")},
		"content/ideas/newsletter.md": {Data: []byte("+++\ntitle = \"Quartalsnewsletter für Bestandskunden\"\nsubmitted = 2027-01-10\nteams = [\"marketing\"]\nstatus = \"accepted\"\n\n" +
			"[decision]\ndate = 2027-01-20\nby = \"Geschäftsleitung\"\nrationale = \"Günstig.\"\nstops = [\"Weihnachtskarten per Post\"]\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/posters/index.html")
	cut := `[...document.querySelectorAll('.poster-team, .poster-obj-title, .poster-kr-title, .poster-lists li')].filter(e => e.scrollHeight - e.clientHeight > 1 && e.closest('.poster-lists')).map(e => e.textContent).join(' | ')`
	if got := eval[string](tb, cut); got != "" {
		t.Errorf("list items cut on the posters: %s", got)
	}
	if pages := pdfPages(printPDF(tb)); pages != 2 {
		t.Errorf("2 posters print on %d pages", pages)
	}
	tb.clean("posters")
}

// A key result's title a little too long for its half of the line, beside
// a short value, takes the whole line on a poster with room for it, rather
// than lose its last word (QA: "Fachartikel in Branchenmedien…" on a
// poster of two key results).
func TestBrowserPosterKeyResultTitleBesideItsValueIsNotCut(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":                 {Data: []byte("title = \"Marketing & Sales Innovation\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/marketing.md": {Data: []byte("+++\ntitle = \"Marketing\"\ncapacity = 20\nwip_limit = 3\n+++\n")},
		"content/objectives/marketing/marke.md": {Data: []byte("+++\ntitle = \"Marke im Mittelstand stärken\"\nteam = \"marketing\"\nperiod = \"2026-Q4\"\nowner = \"Lena Brand\"\nreviewed = 2026-11-27\n\n" +
			"[[key_results]]\ntitle = \"Gestützte Markenbekanntheit in der Zielgruppe\"\nstart = 12\ntarget = 20\ncurrent = 14\nunit = \"%\"\nconfidence = 0.6\n\n" +
			"[[key_results]]\ntitle = \"Fachartikel in Branchenmedien veröffentlicht\"\nstart = 0\ntarget = 6\ncurrent = 2\nunit = \"Artikel\"\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/posters/marketing/index.html")
	cut := `[...document.querySelectorAll('.poster-kr-title')].filter(e => e.scrollHeight - e.clientHeight > 1).map(e => e.textContent).join(' | ')`
	if got := eval[string](tb, cut); got != "" {
		t.Errorf("key result titles cut on the poster: %s", got)
	}
	if pages := pdfPages(printPDF(tb)); pages != 1 {
		t.Errorf("the poster prints on %d pages", pages)
	}
	tb.clean("poster")
}

// A long objective, the team's one, is shown whole on its poster, as are
// its key results' long titles: the type is set a little smaller rather
// than cut the objective after four lines (QA: "Wir gewinnen im
// Mittelstand der DACH-Region neue Kunden über Empfehlungen…" lost its
// second half on a poster set in its largest type).
func TestBrowserPosterShowsALongObjectiveWhole(t *testing.T) {
	ctx := browser(t)
	objective := "Wir gewinnen im Mittelstand der DACH-Region neue Kunden über Empfehlungen unserer bestehenden Kunden und bauen dafür ein messbares, wiederholbares Empfehlungsprogramm mit klaren Zuständigkeiten auf"
	kr := "Anteil der Neukunden, die über eine Empfehlung eines Bestandskunden zu uns kommen, gemessen im CRM an der Lead-Quelle aller gewonnenen Opportunities"
	fsys := fstest.MapFS{
		"fokus.toml":            {Data: []byte("title = \"Vertrieb\"\nbase_url = \"https://intranet.example.com/\"\n")},
		"content/teams/lang.md": {Data: []byte("+++\ntitle = \"Empfehlungen\"\ndoor = \"4.02\"\n+++\n")},
		"content/objectives/lang.md": {Data: []byte("+++\ntitle = \"" + objective + "\"\nteam = \"lang\"\nperiod = \"2027-Q1\"\nowner = \"Maximiliane Müller-Lüdenscheidt\"\nreviewed = 2027-01-20\n\n" +
			"[[key_results]]\ntitle = \"" + kr + "\"\nstart = 5\ntarget = 25\ncurrent = 12\nunit = \"%\"\nconfidence = 0.6\n\n" +
			"[[key_results]]\ntitle = \"" + kr + " und im Quartalsreview bestätigt\"\ndone = false\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1800, 1200)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/posters/lang/index.html")
	cut := `[...document.querySelectorAll('.poster-obj-title, .poster-kr-title')].filter(e => e.scrollHeight - e.clientHeight > 1).map(e => e.textContent.slice(0, 40) + '…').join(' | ')`
	if got := eval[string](tb, cut); got != "" {
		t.Errorf("titles cut on the poster: %s", got)
	}
	if small := eval[bool](tb, `(p => parseFloat(p.style.getPropertyValue('--fs')) < parseFloat(p.style.getPropertyValue('--fs-least')))(document.querySelector('.poster'))`); small {
		t.Error("the type is set below the generator's least")
	}
	if pages := pdfPages(printPDF(tb)); pages != 1 {
		t.Errorf("the poster prints on %d pages", pages)
	}
	tb.clean("poster")
}

// The idea tables of a page line up, column by column, also one that is
// empty or whose rows are short (QA: an empty table's headers sat apart).
func TestBrowserTheIdeaTablesOfAPageShareTheirColumns(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
		"content/ideas/x.md": {Data: []byte("+++\ntitle = \"A rather long title of an idea that wraps\"\nsubmitted = 2027-01-02\nteams = [\"a\"]\n\n[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 1\n+++\n")},
		"content/ideas/y.md": {Data: []byte("+++\ntitle = \"Y\"\nsubmitted = 2027-01-02\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/backlog/index.html")
	lefts := eval[[]string](tb, `[...document.querySelectorAll('table.ideas')].map(t => [...t.tHead.rows[0].cells].map(c => Math.round(c.getBoundingClientRect().left)).join(','))`)
	if len(lefts) != 3 {
		t.Fatalf("%d idea tables, want 3", len(lefts))
	}
	for i, l := range lefts[1:] {
		if l != lefts[0] {
			t.Errorf("table %d's columns start at %s, the first's at %s", i+2, l, lefts[0])
		}
	}
	tb.clean("backlog")
}

// A long idea list goes on in a new table every 200 rows, whose layout the
// browser skips while it is off screen (the backlog of 10,000 ideas took 8 s
// to show as one table). To the eye it stays one list: one header, the
// columns of every part in line, a line between the parts; the filter
// finds a row in a part never shown and leaves no gap for the parts it
// hides; and on paper every row is printed.
func TestBrowserALongIdeaListIsOneListInPartsLaidOutWhenSeen(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	const n = 450 // parts of 200, 200 and 50 rows
	for i := range n {
		title := fmt.Sprintf("Idea number %03d with a title that takes a line", i)
		if i == 420 {
			title = "Zebrafish campaign"
		}
		fsys[fmt.Sprintf("content/ideas/i%03d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = %q\nsubmitted = 2026-11-01\nteams = [\"a\"]\n\n"+
			"[score]\nvalue = %d\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 1\n+++\n", title, 1000-i))}
	}
	srv := serveSite(t, build(t, fsys))
	const parts = `document.querySelectorAll('#ranked-h ~ .table-wrap > .rows')`
	for _, width := range []int64{1280, 1000} {
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/backlog/index.html")
		if got := eval[[]int](tb, `[...`+parts+`].map(p => p.querySelectorAll('tr[data-status]').length)`); !slices.Equal(got, []int{200, 200, 50}) {
			t.Fatalf("at %d px the ranked list's parts have %v rows, want [200 200 50]", width, got)
		}
		if eval[bool](tb, parts+`[2].querySelector('tr').checkVisibility({contentVisibilityAuto: true})`) {
			t.Errorf("at %d px the last part is laid out while it is off screen", width)
		}
		if got := eval[[]int](tb, `[...`+parts+`].map(p => Math.round(p.querySelector('thead').getBoundingClientRect().height))`); got[0] < 20 || got[1] > 1 || got[2] > 1 {
			t.Errorf("at %d px the parts' headers are %v px high; want the first one shown and the others for screen readers", width, got)
		}
		// The columns of the last part, scrolled to, under the header's.
		eval[bool](tb, `(() => { `+parts+`[2].scrollIntoView(); return true })()`)
		lefts := eval[[]string](tb, `[`+parts+`[0].querySelector('thead tr'), `+parts+`[2].querySelector('tbody tr')].map(r => [...r.cells].map(c => Math.round(c.getBoundingClientRect().left)).join(','))`)
		if lefts[0] != lefts[1] {
			t.Errorf("at %d px the last part's columns start at %s, the header's at %s", width, lefts[1], lefts[0])
		}
		if got := eval[string](tb, `getComputedStyle(`+parts+`[0].querySelector('tbody tr:last-child td')).borderBottomWidth`); got != "1px" {
			t.Errorf("at %d px the first part's last row has a bottom line of %s, want 1px", width, got)
		}
		tb.clean(fmt.Sprintf("long list at %d px", width))
	}

	// The filter finds the idea in the last part, unseen so far, and
	// hides the parts without a match, leaving no space where they were.
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/backlog/index.html?q=zebrafish")
	visible := `[...document.querySelectorAll('table.ideas tr[data-status]')].filter(r => r.offsetHeight > 0).map(r => r.querySelector('.title-cell a').textContent)`
	if !waitFor(tb, visible+`.join() === 'Zebrafish campaign'`, 3*time.Second) {
		t.Errorf("filtered for zebrafish the list shows %v", eval[[]string](tb, visible))
	}
	// A part none of whose rows is shown is hidden: off screen, it would
	// otherwise keep its guessed height, a gap of 200 rows in the list.
	if got := eval[[]bool](tb, `[...`+parts+`].map(p => p.hidden)`); !slices.Equal(got, []bool{false, true, false}) {
		t.Errorf("filtered, the parts are hidden %v; want only the middle one, which has no match", got)
	}
	// The browser finds the part with the row near the screen at its
	// next frame, and lays it out then: until then it has its guessed
	// height, which a loaded machine may show for a moment.
	listHeight := `document.querySelector('#ranked-h ~ .table-wrap').getBoundingClientRect().height`
	if !waitFor(tb, listHeight+` <= 300`, 3*time.Second) {
		t.Errorf("the list of one filtered row is %.0f px high", eval[float64](tb, listHeight))
	}
	tb.clean("long list filtered")

	// On paper every part is laid out, and every row printed.
	tb = newTab(t, ctx, srv)
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/backlog/index.html")
	if !eval[bool](tb, parts+`[2].querySelector('tr').checkVisibility({contentVisibilityAuto: true})`) {
		t.Errorf("printed, the last part of the list is not laid out")
	}
	tb.clean("long list printed")
}

// A RICE formula with a reach in the thousands is wider than the score
// column: it wraps there instead of running into the decision (QA).
func TestBrowserALongFormulaStaysInTheScoreColumn(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n[scoring]\nmodel = \"rice\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	for i := range 3 {
		fsys[fmt.Sprintf("content/ideas/i%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %d\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"accepted\"\n\n"+
			"[score]\nreach = 12%03d\nimpact = 1.5\nconfidence = 50\neffort = 6.25\n\n[decision]\ndate = 2026-11-02\nby = \"Innovation council (Priya R., Kevin T., Dana S.)\"\nrationale = \"Because.\"\nstops = [\"x\"]\n+++\n", i, i))}
	}
	srv := serveSite(t, build(t, fsys))
	for _, width := range []int64{1280, 2560} {
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/backlog/index.html")
		over := eval[string](tb, `[...document.querySelectorAll('table.ideas td')].filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.trim().slice(0, 40)).join(' | ')`)
		if over != "" {
			t.Errorf("at %d px: text runs out of its cell: %s", width, over)
		}
		tb.clean("backlog")
	}
}

// In the fixed columns of the idea tables nothing runs into the next cell,
// at a small laptop's width as at a large screen's (review: at 1024 px
// "Zustandsüberwachung" ran over the status).
func TestBrowserIdeaTablesKeepTheirTextInTheirCells(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	for _, width := range []int64{1024, 1440} {
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, page := range []string{"/backlog/index.html", "/index.html", "/teams/inside-sales/index.html"} {
			tb.open(srv.URL + page)
			over := eval[string](tb, `[...document.querySelectorAll('table.ideas td')].filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.trim().slice(0, 40)).join(' | ')`)
			if over != "" {
				t.Errorf("at %d px, %s: text runs out of its cell: %s", width, page, over)
			}
		}
		tb.clean("idea tables")
	}
}

// thirtyTeams is an English site of 30 teams, each carrying one accepted
// idea whose WSJF score's fields score(i) gives: the load of many teams.
func thirtyTeams(score func(i int) string) fstest.MapFS {
	fsys := fstest.MapFS{"fokus.toml": {Data: []byte("language = \"en\"\n")}}
	for i := range 30 {
		fsys[fmt.Sprintf("content/teams/t%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Team number %d\"\ncapacity = 20\n+++\n", i))}
		fsys[fmt.Sprintf("content/ideas/i%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea number %d\"\nsubmitted = 2026-11-01\nteams = [\"t%d\"]\n"+
			"status = \"accepted\"\n\n[decision]\ndate = 2026-11-10\nby = \"B\"\nrationale = \"R\"\nstops = [\"x\"]\n\n[score]\n%s+++\n", i, i, score(i)))}
	}
	return fsys
}

// Printed, a load of many teams is drawn as tall as a page holds, under its
// heading (QA: the load of 30 teams began a page below its heading, which
// stood alone on its page, and ran on over a second page).
func TestBrowserThePrintedLoadOfManyTeamsFitsAPageUnderItsHeading(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, build(t, thirtyTeams(func(i int) string {
		return fmt.Sprintf("value = %d\ntime_criticality = 3\nrisk_reduction = 2\njob_size = 5\n", i%10+1)
	})))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(800, 600)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/priorities/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-load svg')`, 5*time.Second) {
		t.Fatal("the load was not drawn")
	}
	pdf := printPDF(tb)
	keep(t, "priorities-30-teams.pdf", pdf)
	// The matrix, the ranking and the load, each on a page of its own.
	if n := pdfPages(pdf); n != 3 {
		t.Errorf("the priorities of 30 teams print on %d pages, want 3", n)
	}
	// On A4 across too, with no fourth page: the browser counted the
	// pages while the load was still as tall as upright paper holds it,
	// and printed an empty fourth page after the script drew it lower.
	tb.open(srv.URL + "/priorities/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-load svg')`, 5*time.Second) {
		t.Fatal("the load was not drawn")
	}
	across := true
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground(), func(p *page.PrintToPDFParams) {
		p.PaperWidth, p.PaperHeight, p.Landscape = 210/25.4, 297/25.4, &across
	}))
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "priorities-30-teams-across.pdf", pdf)
	if n := pdfPages(pdf); n != 3 {
		t.Errorf("the priorities of 30 teams print on %d pages of A4 across, want 3", n)
	}
	tb.clean("printed load")
}

// Printed, the example's priorities take two pages, not one per chart with
// the first holding only the heading (QA): charts are drawn smaller on paper.
func TestBrowserThePrioritiesPrintOnTwoPages(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	// A window about as wide as the paper: a wider one draws wider charts,
	// which the browser then shrinks with the whole page to fit the paper.
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(800, 600)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/priorities/index.html")
	pdf := printPDF(tb)
	keep(t, "priorities.pdf", pdf)
	if n := pdfPages(pdf); n != 2 {
		t.Errorf("the priorities print on %d pages, want 2", n)
	}
	// After printing, the charts are as tall as before.
	if h := eval[int](tb, `document.getElementById('chart-priorities').clientHeight`); h != 560 {
		t.Errorf("the matrix is %d px tall after printing, want 560", h)
	}
	tb.clean("priorities")
}

// On a tablet and on paper an idea's title keeps a column a title can be
// read in (QA: printed, fixed columns left it four letters wide).
func TestBrowserIdeaTitlesKeepAReadableColumnOnTabletsAndPaper(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	for _, media := range []struct {
		name  string
		width int64
	}{{"screen", 768}, {"print", 718}} {
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(media.width, 900)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media.name}); err != nil {
			t.Fatal(err)
		}
		for _, page := range []string{"/backlog/index.html", "/teams/inside-sales/index.html"} {
			tb.open(srv.URL + page)
			narrow := eval[string](tb, `[...document.querySelectorAll('table.ideas td.title-cell')].filter(td => td.getBoundingClientRect().width < 150).map(td => Math.round(td.getBoundingClientRect().width) + 'px ' + td.textContent.trim().slice(0, 30)).slice(0, 3).join(' | ')`)
			if narrow != "" {
				t.Errorf("%s at %d px, %s: title cells narrower than 150 px: %s", media.name, media.width, page, narrow)
			}
		}
		tb.clean("idea titles " + media.name)
	}
}

// riceWideSite is a RICE site whose reach runs from 10 key accounts to
// 45,000 site visitors, and one idea of 0 % confidence: its matrix has a log
// benefit axis.
func riceWideSite() fstest.MapFS {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n[scoring]\nmodel = \"rice\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\n+++\n")},
	}
	reaches := []int{10, 25, 40, 60, 120, 200, 350, 800, 1500, 3000, 6000, 12000, 20000, 45000, 500, 90, 15, 2500}
	for i, reach := range reaches {
		confidence := 80
		if i == len(reaches)-1 {
			confidence = 0
		}
		status := "proposed"
		if i%3 == 0 {
			status = "in-progress" // for the load chart
		}
		fsys[fmt.Sprintf("content/ideas/r%02d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Reach %d\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = %q\n\n"+
			"[score]\nreach = %d\nimpact = 1\nconfidence = %d\neffort = %d\n+++\n", reach, status, reach, confidence, 1+i%7))}
	}
	return fsys
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// Names and titles written from right to left keep their order beside the
// words around them (QA: in "Entschieden von: لجنة الابتكار · فريق المبيعات
// 2026 (MENA)" the team's link was split in two around the decider's name).
func TestBrowserRightToLeftTextKeepsItsOrder(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml": {Data: []byte("language = \"en\"\n")},
		"content/teams/فريق-المبيعات.md": {Data: []byte("+++\ntitle = \"فريق المبيعات 2026 (MENA)\"\n+++\n")},
		"content/ideas/x.md": {Data: []byte("+++\ntitle = \"زيادة المبيعات بنسبة 25% في Q1 2027 عبر LinkedIn\"\nsubmitted = 2026-11-01\nstatus = \"accepted\"\nteams = [\"فريق-المبيعات\"]\n\n" +
			"[score]\nvalue = 5\ntime_criticality = 3\nrisk_reduction = 1\njob_size = 3\n\n" +
			"[decision]\ndate = 2026-11-10\nby = \"لجنة الابتكار\"\nrationale = \"نوقف حملة البريد 3 لصالح LinkedIn Ads بقيمة 5000 USD.\"\nstops = [\"حملة البريد\"]\n+++\n")},
	}
	for slug, title := range map[string]string{"y": "حملة تسويقية جديدة على LinkedIn لعملاء الشرق الأوسط وشمال أفريقيا في الربع الأول", "z": "Partner webinar series for the MENA region"} {
		fsys["content/ideas/"+slug+".md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\nsubmitted = 2026-11-01\nstatus = \"in-progress\"\nteams = [\"فريق-المبيعات\"]\n\n" +
			"[decision]\ndate = 2026-11-10\nby = \"لجنة الابتكار\"\nrationale = \"x\"\n+++\n")}
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/decisions/index.html")
	bad := eval[string](tb, `(() => {
		const meta = document.querySelector('.decision-entry .meta'), link = meta.querySelector('a'), by = meta.querySelector('bdi'), out = [];
		if (!link || !by) return 'no team link or decider in: ' + meta.innerHTML;
		const a = link.getBoundingClientRect(), b = by.getBoundingClientRect();
		if (b.right > a.left) out.push('the decider (' + b.left + '–' + b.right + ') is not before the team (' + a.left + '–' + a.right + ')');
		const title = document.querySelector('.decision-entry h3 a');
		if (getComputedStyle(title).unicodeBidi !== 'plaintext') out.push('the title is not isolated');
		return out.join('; ');
	})()`)
	if bad != "" {
		t.Errorf("decision log: %s", bad)
	}
	// The idea's title stays at the left, where the page's headings are,
	// not at the far right of a wide screen (review).
	tb.open(srv.URL + "/ideas/x/index.html")
	if off := eval[float64](tb, `(() => {
		const h = document.querySelector('h1'), r = document.createRange();
		r.selectNodeContents(h);
		return r.getBoundingClientRect().left - h.getBoundingClientRect().left;
	})()`); off > 2 {
		t.Errorf("the right-to-left title begins %.0f px right of its heading's left edge", off)
	}
	// On the door, an entry in a right-to-left script hangs its mark at
	// the right, where its lines start, and the mark points into the text;
	// one in a left-to-right script as before (QA: ▸ stood at the right
	// pointing away, and a wrapped line had no hanging indent).
	tb.open(srv.URL + "/posters/" + url.PathEscape("فريق-المبيعات") + "/index.html")
	if bad := eval[string](tb, `(() => {
		const out = [];
		for (const [start, dir, mark, side] of [['حملة', 'rtl', '◂', 'Right'], ['Partner', 'ltr', '▸', 'Left']]) {
			const li = [...document.querySelectorAll('.poster-wip li')].find(li => li.textContent.trim().startsWith(start));
			if (!li) { out.push('no entry ' + start); continue; }
			const css = getComputedStyle(li), before = getComputedStyle(li, '::before');
			if (css.direction !== dir) out.push(start + ': direction ' + css.direction);
			if (!before.content.includes(mark)) out.push(start + ': mark ' + before.content);
			if (!(parseFloat(css['padding' + side]) > 0)) out.push(start + ': no room for the mark at the ' + side.toLowerCase());
		}
		return out.join('; ');
	})()`); bad != "" {
		t.Errorf("poster: %s", bad)
	}
	tb.clean("right to left")
}

// On a wide screen too, the history's legend names every key result (QA:
// with five long titles it paged "1/3" and cut the third through its mark).
func TestBrowserHistoryLegendNamesEveryKeyResultOnAScreen(t *testing.T) {
	ctx := browser(t)
	var b strings.Builder
	b.WriteString("+++\ntitle = \"Viele Schlüsselergebnisse\"\nteam = \"t\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n")
	for i := range 5 {
		fmt.Fprintf(&b, "\n[[key_results]]\ntitle = \"Schlüsselergebnis %d mit einem recht langen Titel über Kundenzufriedenheit\"\nstart = 0\ntarget = 10\n\n[[key_results.checkins]]\ndate = 2026-11-1%d\nvalue = %d\n", i+1, i, i+2)
	}
	b.WriteString("+++\n")
	fsys := fstest.MapFS{
		"fokus.toml":                {Data: []byte("period = \"2026-Q4\"\n")},
		"content/teams/t.md":        {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
		"content/objectives/t/o.md": {Data: []byte(b.String())},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/objectives/o/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-history svg')`, 5*time.Second) {
		t.Fatal("the history chart was not drawn")
	}
	shown := eval[int](tb, `(() => {
		const box = document.getElementById('chart-history').getBoundingClientRect();
		return [...document.querySelectorAll('#chart-history svg text')].filter(t => {
			const r = t.getBoundingClientRect();
			return r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1 && t.textContent.startsWith('Schlüsselergebnis ');
		}).length;
	})()`)
	if shown != 5 {
		t.Errorf("the legend shows %d of 5 key results within the chart", shown)
	}
	// Titles in Chinese, wider than Latin letters, take as many lines as
	// they fill: the plot starts below them (review: the third line lay
	// over "100").
	var cjk strings.Builder
	cjk.WriteString("+++\ntitle = \"目标\"\nteam = \"t\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n")
	for i := range 8 {
		fmt.Fprintf(&cjk, "\n[[key_results]]\ntitle = \"客户满意度调查自动化与数据分析平台建设以及销售流程数字化第%d阶段\"\nstart = 0\ntarget = 10\n\n[[key_results.checkins]]\ndate = 2026-11-1%d\nvalue = %d\n", i+1, i, i+2)
	}
	cjk.WriteString("+++\n")
	fsys["content/objectives/t/cjk.md"] = &fstest.MapFile{Data: []byte(cjk.String())}
	srv = serveSite(t, build(t, fsys))
	tb.clean("history legend on a screen")
	tb = newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/objectives/cjk/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-history svg')`, 5*time.Second) {
		t.Fatal("the history chart was not drawn")
	}
	if gap := eval[float64](tb, `(() => {
		const texts = [...document.querySelectorAll('#chart-history svg text')];
		const legendBottom = Math.max(...texts.filter(t => t.textContent.startsWith('客户')).map(t => t.getBoundingClientRect().bottom));
		const top = texts.find(t => t.textContent === '100');
		return top.getBoundingClientRect().top - legendBottom;
	})()`); gap < 0 {
		t.Errorf("the legend of Chinese titles runs %.0f px into the plot", -gap)
	}
	// A tip with a long title wraps within its box (QA: 150 letters ran
	// past the chart's edge).
	if css := eval[string](tb, `echarts.getInstanceByDom(document.getElementById('chart-history')).getOption().tooltip[0].extraCssText || ''`); !strings.Contains(css, "max-width") || !strings.Contains(css, "white-space: normal") {
		t.Errorf("tooltips do not wrap: %q", css)
	}
	tb.clean("history legend on a screen")
}

// Names cut to fit a chart are cut between whole characters: ECharts cut an
// emoji in two, and "🚀🔥 Raketenstart" showed as "□�…" (QA).
func TestBrowserChartsCutNamesBetweenWholeCharacters(t *testing.T) {
	ctx := browser(t)
	title := "🚀🔥 Raketenstart für das neue Kundenportal mit sehr vielen Wörtern 👩‍👩‍👧"
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/t.md": {Data: []byte("+++\ntitle = \"🚀 Team mit einem langen Namen für die Achse, der gekürzt wird\"\ncapacity = 20\n+++\n")},
	}
	for i, size := range []int{3, 5, 8, 13} {
		fsys[fmt.Sprintf("content/ideas/r%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"%s %d\"\nsubmitted = 2026-11-01\nstatus = \"accepted\"\nteams = [\"t\"]\nobjectives = []\n\n"+
			"[score]\nvalue = 5\ntime_criticality = 3\nrisk_reduction = 1\njob_size = %d\n\n[decision]\ndate = 2026-11-10\nby = \"B\"\nrationale = \"R.\"\nstops = [\"x\"]\n+++\n", title, i, size))}
	}
	// and a legend: the history's, of key results named so
	fsys["content/objectives/t/o.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"O\"\nteam = \"t\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n" +
		"[[key_results]]\ntitle = \"" + title + " A\"\nstart = 0\ntarget = 10\n\n[[key_results.checkins]]\ndate = 2026-11-10\nvalue = 3\n\n" +
		"[[key_results]]\ntitle = \"Ziel " + strings.Repeat("🚀", 60) + "\"\nstart = 0\ntarget = 10\n\n[[key_results.checkins]]\ndate = 2026-11-12\nvalue = 5\n+++\n")}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	half := `.map(t => t.textContent).filter(s => s.includes('\ufffd') || /[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/.test(s))`
	for _, width := range []int64{390, 1280} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/objectives/o/index.html")
		if !waitFor(tb, `!!document.querySelector('#chart-history svg')`, 5*time.Second) {
			t.Fatal("the history was not drawn")
		}
		if bad := eval[[]string](tb, `[...document.querySelectorAll('#chart-history svg text')]`+half); len(bad) > 0 {
			t.Errorf("at %d px, the history's texts with half a character: %q", width, bad)
		}
		tb.open(srv.URL + "/priorities/index.html")
		if !waitFor(tb, `!!document.querySelector('#chart-load svg') && !!document.querySelector('#chart-ranking svg')`, 5*time.Second) {
			t.Fatal("the charts were not drawn")
		}
		bad := eval[[]string](tb, `[...document.querySelectorAll('#chart-load svg text, #chart-ranking svg text')]`+half)
		if len(bad) > 0 {
			t.Errorf("at %d px, chart texts with half a character: %q", width, bad)
		}
		cut := eval[int](tb, `[...document.querySelectorAll('#chart-load svg text, #chart-ranking svg text')].filter(t => t.textContent.endsWith('…')).length`)
		if width == 390 && cut == 0 {
			t.Error("at 390 px no name was cut: the test tests nothing")
		}
	}
	tb.clean("cut names")
}

// A bar chart's names take the width they need, not the generator's width
// for long ones: on a phone "Alpha" took 170 px and left the bars 100 (QA).
func TestBrowserShortNamesLeaveTheBarsTheirWidth(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"Alpha\"\ncapacity = 20\n+++\n")},
		"content/ideas/x.md": {Data: []byte("+++\ntitle = \"X\"\nsubmitted = 2026-11-01\nstatus = \"accepted\"\nteams = [\"a\"]\n\n" +
			"[score]\nvalue = 5\ntime_criticality = 3\nrisk_reduction = 1\njob_size = 3\n\n[decision]\ndate = 2026-11-10\nby = \"B\"\nrationale = \"R.\"\nstops = [\"x\"]\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(390, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/teams/a/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-load svg')`, 5*time.Second) {
		t.Fatal("the load chart was not drawn")
	}
	if w := eval[float64](tb, `echarts.getInstanceByDom(document.getElementById('chart-load')).getOption().yAxis[0].axisLabel.width`); w > 80 {
		t.Errorf("at 390 px the name Alpha gets %.0f px", w)
	}
	tb.clean("short names")
}

// On a phone, a log axis is labelled at its powers of ten, not only at its
// ends, and the quadrants' names do not run into each other (QA: "Quick
// WGroße Vorhaben", and 1 and 10,000,000 alone on eight decades).
func TestBrowserTheMatrixOnAPhoneLabelsItsDecadesAndQuadrants(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"de\"\n[scoring]\nmodel = \"rice\"\n")},
		"content/teams/t.md": {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
	}
	for i, reach := range []int{1, 3, 10, 40, 100, 500, 1000, 9000, 50000, 200000, 1000000, 2000000} {
		effort := []int{1, 1, 2, 1, 3, 1, 2, 1, 13, 2, 5, 13}[i]
		fsys[fmt.Sprintf("content/ideas/i%02d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %d\"\nsubmitted = 2026-11-01\n\n"+
			"[score]\nreach = %d\nimpact = 1\nconfidence = 80\neffort = %d\n+++\n", i, reach, effort))}
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(390, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/priorities/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-priorities svg')`, 5*time.Second) {
		t.Fatal("the matrix was not drawn")
	}
	if typ := eval[string](tb, `echarts.getInstanceByDom(document.getElementById('chart-priorities')).getOption().yAxis[0].type`); typ != "log" {
		t.Fatalf("the benefit axis is %q; the test needs a log axis", typ)
	}
	decades := eval[int](tb, `[...document.querySelectorAll('#chart-priorities svg text')].filter(t => /^1(\s?0{3})*$|^10{1,2}$|^10(\s|,)000/.test(t.textContent.replace(/[\u202f\u00a0,]/g, ''))).length`)
	if decades < 5 {
		t.Errorf("the log axis labels %d powers of ten", decades)
	}
	overlap := eval[[]string](tb, `(() => {
		const opt = echarts.getInstanceByDom(document.getElementById('chart-priorities')).getOption();
		const names = new Set(opt.series.flatMap(s => (s.markArea && s.markArea.data || []).map(p => p[0].name)));
		const boxes = [...document.querySelectorAll('#chart-priorities svg text')].filter(t => [...names].some(n => n.startsWith(t.textContent.replace(/…$/, '')) && t.textContent.length > 0)).map(t => [t.textContent, t.getBoundingClientRect()]);
		const out = [];
		for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
			const [a, r] = boxes[i], [b, q] = boxes[j];
			if (r.left < q.right - 1 && q.left < r.right - 1 && r.top < q.bottom - 1 && q.top < r.bottom - 1) out.push(a + ' / ' + b);
		}
		return out;
	})()`)
	if len(overlap) > 0 {
		t.Errorf("quadrant names run into each other: %q", overlap)
	}
	tb.clean("matrix on a phone")
}

// On a phone the matrix names its quadrants whole, smaller or on two
// lines where a quadrant is narrow (QA: the example's read "Quick..." and
// "Lücke..." at 375 px), each inside the plot.
func TestBrowserTheMatrixOnAPhoneNamesItsQuadrantsWhole(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{320, 375, 768} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/priorities/index.html")
		if !waitFor(tb, `!!document.querySelector('#chart-priorities.is-drawn svg text')`, 5*time.Second) {
			t.Fatal("the matrix was not drawn")
		}
		got := eval[string](tb, `(() => {
			const opt = echarts.getInstanceByDom(document.getElementById('chart-priorities')).getOption();
			const names = opt.series.flatMap(s => (s.markArea && s.markArea.data || []).map(p => p[0].name));
			const grid = document.querySelector('#chart-priorities svg').getBoundingClientRect();
			const texts = [...document.querySelectorAll('#chart-priorities svg text')].map(t => ({s: t.textContent, r: t.getBoundingClientRect()})).filter(t => t.r.width > 0);
			const bad = [];
			for (const n of names) {
				const words = n.split(' ');
				const lines = texts.filter(t => words.includes(t.s) || t.s === n || n.startsWith(t.s.replace(/(\.\.\.|…)$/, '')) && t.s.length > 1);
				if (lines.map(t => t.s).join(' ') !== n) bad.push(n + ' reads ' + JSON.stringify(lines.map(t => t.s)));
				for (const t of lines) if (t.r.right > grid.right + 1 || t.r.left < grid.left - 1) bad.push(t.s + ' runs out of the chart');
			}
			return names.length === 4 ? bad.join('; ') : 'the matrix has ' + names.length + ' quadrants';
		})()`)
		if got != "" {
			t.Errorf("at %d px: %s", width, got)
		}
	}
	tb.clean("quadrants on a phone")
}

// A rationale of several lines is shown on several lines, on a screen and
// in the idea tables' card layout on a phone, and stays in its box (QA: its
// line breaks ran into one line).
func TestBrowserARationaleKeepsItsLineBreaks(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, build(t, multiLineRationale()))
	for _, width := range []int64{1280, 400} {
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, page := range []string{"/backlog/index.html", "/ideas/x/index.html", "/decisions/index.html"} {
			tb.open(srv.URL + page)
			bad := eval[string](tb, `(() => {
				const all = [...document.querySelectorAll('.rationale')], out = [];
				if (all.length === 0) return 'no rationale';
				for (const e of all) {
					const s = getComputedStyle(e), lines = e.getBoundingClientRect().height / parseFloat(s.lineHeight);
					if (s.whiteSpace !== 'pre-line') out.push('white-space ' + s.whiteSpace);
					if (lines < 3.5) out.push('on ' + lines.toFixed(1) + ' lines, not 4');
					if (e.scrollWidth > e.clientWidth + 1) out.push('runs out of its box');
				}
				return out.join('; ');
			})()`)
			if bad != "" {
				t.Errorf("at %d px, %s: %s", width, page, bad)
			}
		}
		tb.clean("rationale")
	}
}

// A table in a body keeps its header as written, wrapping, and not in the
// capitals of the lists' headers (QA: "iPhone" read "IPHONE", and on a
// phone a long header widened its column and squeezed the others).
func TestBrowserABodysTableHeaderReadsAsWritten(t *testing.T) {
	ctx := browser(t)
	fsys := stressSite("A4", "portrait", "/")
	fsys["content/ideas/table.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Tabelle\"\nsubmitted = 2027-01-20\n+++\n" +
		"| Maßnahme | Erwarteter Umsatz im ersten Jahr mit dem iPhone |\n|---|---|\n| Webinar | 10 |\n")}
	out := build(t, fsys)
	srv := serveSite(t, out)
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(390, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/ideas/table/index.html")
	got := eval[string](tb, `(() => {
		const th = document.querySelectorAll('.idea-body thead th')[1];
		const s = getComputedStyle(th);
		return s.textTransform + ' ' + s.whiteSpace + ' ' + (th.getBoundingClientRect().height > parseFloat(s.lineHeight) * 1.5 ? 'wraps' : 'one-line');
	})()`)
	if got != "none normal wraps" {
		t.Errorf("the body's table header is %q, want text-transform none, white-space normal, wrapping at 390 px", got)
	}
	tb.clean("body table header")
}

// A list nested eight deep in an idea's body stays readable on a phone:
// at the browser's 40 px a level, its deepest items were a few letters
// wide and broke their words letter by letter (Markdown QA). From the
// fourth level on a level is indented less, as GitHub does; the first
// three stay where they were, on a phone as on a screen.
func TestBrowserADeepListStaysReadableOnAPhone(t *testing.T) {
	ctx := browser(t)
	var body strings.Builder
	indent := ""
	for level := 1; level <= 8; level++ {
		marker := "- "
		if level%2 == 0 {
			marker = "1. "
		}
		fmt.Fprintf(&body, "%s%sLevel %d: follow up after the trade fair\n", indent, marker, level)
		indent += strings.Repeat(" ", len(marker))
	}
	fsys := stressSite("A4", "portrait", "/")
	fsys["content/ideas/deep.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Deep\"\nsubmitted = 2027-01-20\n+++\n" + body.String())}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{390, 1280} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 844)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/ideas/deep/index.html")
		indents := eval[[]int](tb, `(() => {
			const left = document.querySelector('.idea-body').getBoundingClientRect().left;
			return [...document.querySelectorAll('.idea-body li')].map(li => Math.round(li.getBoundingClientRect().left - left));
		})()`)
		if len(indents) != 8 {
			t.Fatalf("at %d px the body has %d items, want the 8 levels'", width, len(indents))
		}
		if want := []int{40, 80, 120}; !slices.Equal(indents[:3], want) {
			t.Errorf("at %d px the first three levels are indented %v px, want the browser's %v", width, indents[:3], want)
		}
		if width == 390 {
			for _, w := range splitWords(tb, ".idea-body") {
				t.Errorf("at %d px a nested item breaks %q inside the word", width, w)
			}
		}
	}
	tb.clean("deep list")
}

// No line starts with the dot that separates the parts of a line, as an
// idea's teams from who submitted it: on a phone the idea's header showed
// "· Team A" on a line of its own, and the decision log "· Inside Sales"
// (QA). The dot stays with what precedes it, and what follows goes on the
// next line.
func TestBrowserNoLineStartsWithADot(t *testing.T) {
	ctx := browser(t)
	fsys := stressSite("A4", "portrait", "/")
	fsys["content/teams/is.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Inside Sales\"\n+++\n")}
	fsys["content/teams/dg.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Demand Generation\"\n+++\n")}
	var slugs []string
	for i, author := range []string{"", "Anna Keller", "Dr. Maximiliane Müller-Lüdenscheidt"} {
		for j, teams := range []string{`["is"]`, `["is", "dg"]`, `["small", "is", "dg"]`} {
			slug := fmt.Sprintf("dot-%d-%d", i, j)
			slugs = append(slugs, slug)
			fsys["content/ideas/"+slug+".md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Punkt %d %d\"\nsubmitted = 2027-01-%02d\nauthor = %q\nteams = %s\nstatus = \"accepted\"\n\n"+
				"[decision]\ndate = 2027-01-%02d\nby = \"Innovationsteam\"\nrationale = \"Weil.\"\nrevisit = 2027-06-01\nstops = [\"Kaltakquise\", \"Newsletter auf Papier\", \"Messe Hannover\"]\n+++\n", i, j, 2+3*i+j, author, teams, 12+3*i+j))}
		}
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	pages := []string{"decisions/index.html"}
	for i, slug := range slugs {
		if i%4 == 0 { // no author and one team, an author and two, a long one and three
			pages = append(pages, "ideas/"+slug+"/index.html")
		}
	}
	for _, width := range []int64{320, 360, 390, 400, 414, 440} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 844)); err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			tb.open(srv.URL + "/" + p)
			// Each dot's line is the line of the last letter before it.
			starts := eval[[]string](tb, `(() => {
				const out = [];
				for (const el of document.querySelectorAll('.page-head .meta, .decision-entry .meta, .stops-line')) {
					const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					let before = null;
					for (let text = walk.nextNode(); text; text = walk.nextNode()) {
						for (let i = 0; i < text.data.length; i++) {
							if (/\s/.test(text.data[i])) continue;
							const r = document.createRange();
							r.setStart(text, i);
							r.setEnd(text, i + 1);
							const box = r.getBoundingClientRect();
							if (text.data[i] === '·' && (!before || Math.abs((box.top + box.bottom) / 2 - (before.top + before.bottom) / 2) > box.height / 2)) {
								out.push(el.textContent.trim().replace(/\s+/g, ' '));
							}
							before = box;
						}
					}
				}
				return out;
			})()`)
			for _, s := range starts {
				t.Errorf("at %d px on /%s a line starts with the dot in %q", width, p, s)
			}
		}
	}
	tb.clean("dots")
}

// A ticked task is told from an open one by more than the browser's pale
// disabled box (Markdown QA): the ticked box is filled, the open one not.
func TestBrowserTickedTasksStandOut(t *testing.T) {
	ctx := browser(t)
	fsys := stressSite("A4", "portrait", "/")
	fsys["content/ideas/tasks.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Aufgaben\"\nsubmitted = 2027-01-20\n+++\n- [x] Erledigt\n- [ ] Offen\n")}
	out := build(t, fsys)
	srv := serveSite(t, out)
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/ideas/tasks/index.html")
	got := eval[string](tb, `Array.from(document.querySelectorAll('.idea-body li > input[type=checkbox]')).map(b => getComputedStyle(b).backgroundColor).join(' | ')`)
	if got != "rgb(47, 91, 211) | rgb(255, 255, 255)" {
		t.Errorf("the boxes' backgrounds are %q, want the accent for the ticked one and white for the open one", got)
	}
	tb.clean("task boxes")
}

// Charts are drawn for printing as wide as a page of A4 or Letter upright,
// not as wide as the window: at 1280 px the matrix ran off the paper (QA).
// After printing they are as wide as the window again.
func TestBrowserChartsPrintAsWideAsThePaper(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/priorities/index.html")
	ids := `['chart-priorities', 'chart-ranking', 'chart-load']`
	if !waitFor(tb, ids+`.every(id => document.querySelector('#' + id + ' svg'))`, 5*time.Second) {
		t.Fatal("the charts did not draw within 5 s")
	}
	widths := func() string {
		return eval[string](tb, ids+`.map(id => Math.round(document.querySelector('#' + id + ' svg').getBoundingClientRect().width)).join(' ')`)
	}
	eval[bool](tb, `window.dispatchEvent(new Event('beforeprint')) || true`)
	for _, w := range strings.Fields(widths()) {
		if n, _ := strconv.Atoi(w); n > 680 {
			t.Errorf("a chart is drawn %s px wide for printing, wider than a page (680 px): %s", w, widths())
			break
		}
	}
	eval[bool](tb, `window.dispatchEvent(new Event('afterprint')) || true`)
	for _, w := range strings.Fields(widths()) {
		if n, _ := strconv.Atoi(w); n < 1000 {
			t.Errorf("after printing a chart is %s px wide, not as wide as the window again: %s", w, widths())
			break
		}
	}
	tb.clean("charts in print")
}

// For the meeting room and its minutes (accessibility QA): a printed idea
// table keeps its columns and headers on A4 upright, white-on-colour marks
// print in colour without background graphics, forced colours (Windows
// high contrast) keep bars and charts visible, a closed group of findings
// shows that it opens, and the focus ring is visible from afar.
func TestBrowserPagesServeTheMeetingRoom(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	media := func(m string, features ...*emulation.MediaFeature) {
		if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m, Features: features}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(718, 1000)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/backlog/index.html")
	media("print")
	if got := eval[string](tb, `getComputedStyle(document.querySelector('table.ideas thead')).display + ' ' + getComputedStyle(document.querySelector('table.ideas tbody tr')).display`); got != "table-header-group table-row" {
		t.Errorf("a printed idea table on A4 upright is %q, want its header and rows as a table's", got)
	}
	// The decision and its rationale get a share of the paper: left to
	// their content, they got a column a few words wide.
	if share := eval[float64](tb, `(() => { const t = document.querySelector('table.ideas'), th = t.querySelectorAll('thead th'); return th[th.length - 1].getBoundingClientRect().width / t.getBoundingClientRect().width; })()`); share < 0.25 {
		t.Errorf("on paper the decision column is %.0f %% of the table, want at least 25 %%", share*100)
	}
	if got := eval[string](tb, `getComputedStyle(document.querySelector('.badge')).printColorAdjust`); got != "exact" {
		t.Errorf("a badge prints with print-color-adjust %q, want exact", got)
	}
	media("screen")
	if got := eval[string](tb, `getComputedStyle(document.querySelector('table.ideas thead')).position`); got != "absolute" {
		t.Errorf("on a screen 718 px wide the idea tables are not cards (thead %q)", got)
	}

	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/index.html")
	media("screen", &emulation.MediaFeature{Name: "forced-colors", Value: "active"})
	if got := eval[string](tb, `(() => { const b = document.querySelector('.bar'), f = b.querySelector('.bar-fill');
		return getComputedStyle(b).borderTopWidth + ' ' + (getComputedStyle(f).backgroundColor !== 'rgba(0, 0, 0, 0)'); })()`); got != "1px true" {
		t.Errorf("in forced colours a bar is %q, want an outline of 1px and a filled part", got)
	}
	media("screen")
	if got := eval[string](tb, `(() => { const s = document.querySelector('.rule-group summary'); return s ? getComputedStyle(s, '::before').content : 'none'; })()`); got != `"▸"` && got != `"▾"` {
		t.Errorf("a group of findings shows no marker that it opens: %s", got)
	}
	if got := eval[string](tb, `(() => { const a = document.querySelector('main a[href]'); a.focus(); return a.matches(':focus-visible') ? getComputedStyle(a).outlineWidth : 'not focus-visible'; })()`); got != "3px" {
		t.Errorf("the focus ring is %q wide, want 3px", got)
	}
	tb.clean("meeting room")
}

// Where the reader asks for less motion, a chart's tip jumps from mark to
// mark instead of sliding (WCAG 2.3.3; accessibility QA).
func TestBrowserChartTipsDoNotSlideForReducedMotion(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}}}); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/priorities/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-priorities svg')`, 5*time.Second) {
		t.Fatal("the matrix did not draw within 5 s")
	}
	if got := eval[float64](tb, `echarts.getInstanceByDom(document.getElementById('chart-priorities')).getOption().tooltip[0].transitionDuration`); got != 0 {
		t.Errorf("the tip slides for %v s under prefers-reduced-motion, want 0", got)
	}
	tb.clean("reduced motion")
}

// A table in its frame ends on the frame's line alone: the last row's
// header cell kept a line of its own above it, so under a key result's
// title the bottom line was doubled and under its figures not (visual
// check of the objective page).
func TestBrowserFramedTablesEndOnTheFramesLineAlone(t *testing.T) {
	ctx := browser(t)
	fsys := stressSite("A4", "portrait", "/")
	fsys["content/objectives/big/leads.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Mehr Leads\"\nteam = \"big\"\nperiod = \"2027-Q1\"\nreviewed = 2027-01-20\n\n" +
		"[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 100\ncurrent = 40\n\n[[key_results]]\ntitle = \"Abweichung\"\nstart = -10\ntarget = 5\ncurrent = -4\n+++\n")}
	out := build(t, fsys)
	srv := serveSite(t, out)
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"/objectives/leads/index.html", "/teams/big/index.html", "/backlog/index.html"} {
		tb.open(srv.URL + page)
		got := eval[string](tb, `(() => {
			const cells = document.querySelectorAll(':is(.table-wrap > table, .table-wrap > .rows:last-child > table) > tbody:last-child > tr:last-child > :is(th, td)');
			if (cells.length === 0) return 'no framed table';
			return Array.from(cells).filter(c => parseFloat(getComputedStyle(c).borderBottomWidth) > 0).map(c => c.tagName + ' ' + c.textContent.trim().slice(0, 20)).join(' | ');
		})()`)
		if got != "" {
			t.Errorf("%s: cells of a framed table's last row with a bottom line of their own: %s", page, got)
		}
	}
	tb.clean("framed tables")
}

// A site rebuilt with a new stylesheet looks new in a browser that kept the
// old one: an intranet's web server lets browsers keep stylesheets and
// scripts for a day (Expires, Cache-Control), and the pages opened after a
// rebuild showed in the old colours until the next day (QA). The pages link
// the stylesheet with the version of its bytes.
func TestBrowserARebuiltStylesheetIsNotTakenFromTheCache(t *testing.T) {
	ctx := browser(t)
	dir := filepath.Join(t.TempDir(), "public")
	src := stressSite("A4", "portrait", "/")
	rebuild := func(accent string) {
		t.Helper()
		src["static/assets/custom.css"] = &fstest.MapFile{Data: []byte(":root { --accent: " + accent + "; }\n")}
		if err := output.Write(dir, build(t, src)); err != nil {
			t.Fatal(err)
		}
	}
	rebuild("#b4233c")
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if path.Ext(r.URL.Path) == ".html" || strings.HasSuffix(r.URL.Path, "/") {
			// Pages are asked for anew; the rebuild may fall into the
			// second of the first build, which Last-Modified cannot tell.
			r.Header.Del("If-Modified-Since")
			w.Header().Set("Cache-Control", "no-cache")
		} else {
			w.Header().Set("Cache-Control", "max-age=86400") // as an admin sets for static files
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	tb := newTab(t, ctx, srv)
	accent := `getComputedStyle(document.documentElement).getPropertyValue("--accent").trim()`
	tb.open(srv.URL + "/backlog/index.html")
	if got := eval[string](tb, accent); got != "#b4233c" {
		t.Fatalf("before the rebuild the accent is %q, want the site's #b4233c", got)
	}
	rebuild("#0a7d5a")
	for _, p := range []string{"/index.html", "/backlog/index.html"} {
		tb.open(srv.URL + p)
		if got := eval[string](tb, accent); got != "#0a7d5a" {
			t.Errorf("%s after the rebuild: the accent is %q, want the new stylesheet's #0a7d5a", p, got)
		}
	}
	tb.clean("after the rebuild")
}

// A poster shows as many ideas in progress as its page holds and says
// "+ N more" for the rest: the generator's estimate of their height errs
// high, and poster.js shows those it left off that fit after all, before
// it grows the type (QA: on letter landscape 13 of 25 ideas in progress
// stood above empty lines). Without JavaScript the poster shows what the
// estimate fits, says how many more there are, and prints on one page too.
func TestBrowserPosterShowsAsManyIdeasInProgressAsFit(t *testing.T) {
	ctx := browser(t)
	type counts struct {
		Shown, More     int
		MoreShown, Over bool
		NextFits        bool
		KRs, MoreKRs    int
		// The members under the door: named, said to be more, whether
		// their two lines cut them, and whether the next would fit.
		Members, MoreMembers int
		MembersCut           bool
		NextMemberFits       bool
	}
	// What the poster shows of its 25 ideas in progress, and whether the
	// first of those it leaves off would fit as well.
	const measure = `(() => {
		const p = document.querySelector('.poster'), body = p.querySelector('.poster-body'), list = p.querySelector('.poster-wip ul');
		const seen = el => el.offsetHeight > 0;
		const over = () => p.scrollHeight > p.clientHeight + 1 || body.scrollHeight > body.clientHeight + 1;
		const more = list.querySelector(':scope > li.poster-more');
		const c = {
			Shown: [...list.children].filter(li => seen(li) && !li.classList.contains('poster-more')).length,
			More: more && seen(more) ? +more.textContent.replace(/\D/g, '') : 0,
			MoreShown: !!more && seen(more),
			Over: over(),
			KRs: [...p.querySelectorAll('.poster-kr-line')].filter(seen).length,
			MoreKRs: [...p.querySelectorAll('.poster-krs > li.poster-more')].filter(seen).reduce((n, li) => n + +li.textContent.replace(/\D/g, ''), 0),
		};
		const names = p.querySelector('.poster-members'), rest = names.querySelector('.poster-members-rest');
		c.Members = [...names.querySelectorAll('bdi')].filter(seen).length;
		c.MoreMembers = rest && seen(rest) ? +rest.textContent.replace(/\D/g, '') : 0;
		c.MembersCut = names.scrollHeight > names.clientHeight + 1;
		const name = names.querySelector(':scope > [hidden][data-more]');
		if (name && rest) {
			const count = rest.querySelector('.poster-members-more'), said = count.textContent;
			name.hidden = false;
			if (name.dataset.more) count.textContent = name.dataset.more; else rest.hidden = true;
			c.NextMemberFits = names.scrollHeight <= names.clientHeight + 1 && !over();
			name.hidden = true;
			count.textContent = said;
			rest.hidden = false;
		}
		const next = list.querySelector(':scope > li[hidden][data-more]');
		if (next && more) {
			const said = more.textContent;
			next.hidden = false;
			if (next.dataset.more) more.textContent = next.dataset.more; else more.hidden = true;
			c.NextFits = !over();
			next.hidden = true;
			more.textContent = said;
			more.hidden = false;
		}
		return c;
	})()`
	// On letter portrait, of three objectives, all ideas in progress fit
	// after all, and the "+ N more" line goes.
	for _, tc := range []struct {
		paper, orientation string
		objectives         int
	}{{"letter", "landscape", 5}, {"A4", "portrait", 5}, {"letter", "portrait", 3}} {
		paper := [2]string{tc.paper, tc.orientation}
		t.Run(paper[0]+"-"+paper[1], func(t *testing.T) {
			out := build(t, busyTeam(paper[0], paper[1], tc.objectives))
			est, _ := countPoster(t, out["posters/vertrieb/index.html"])
			if est.moreWIP == 0 {
				t.Fatalf("the generator fits all %d ideas in progress: the test needs a fuller poster", est.wip)
			}
			srv := serveSite(t, out)
			for _, js := range []bool{true, false} {
				tb := newTab(t, ctx, srv)
				if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1800, 1200)); err != nil {
					t.Fatal(err)
				}
				if !js {
					if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
						t.Fatal(err)
					}
				}
				tb.open(srv.URL + "/posters/vertrieb/index.html")
				c := eval[counts](tb, measure)
				where := "with JavaScript"
				if !js {
					where = "without JavaScript"
				}
				if c.Shown+c.More != 25 || c.MoreShown != (c.More > 0) {
					t.Errorf("%s the poster shows %d ideas in progress and says %d more (its line shown: %v), want 25 in all", where, c.Shown, c.More, c.MoreShown)
				}
				if c.KRs+c.MoreKRs != 3*tc.objectives {
					t.Errorf("%s the poster shows %d key results and says %d more, want %d in all", where, c.KRs, c.MoreKRs, 3*tc.objectives)
				}
				if c.Members+c.MoreMembers != 30 || c.MembersCut || c.Members == 0 {
					t.Errorf("%s the poster names %d members and says %d more (cut: %v), want 30 in all, none cut", where, c.Members, c.MoreMembers, c.MembersCut)
				}
				if js && c.NextMemberFits {
					t.Errorf("with JavaScript the poster names %d members, and the next would fit as well", c.Members)
				}
				if c.Over {
					t.Errorf("%s the poster's content runs past its box", where)
				}
				switch {
				case js && c.Shown <= est.wip:
					t.Errorf("with JavaScript the poster shows %d ideas in progress, as many as the generator's estimate (%d), on a page with room for more", c.Shown, est.wip)
				case js && c.NextFits:
					t.Errorf("with JavaScript the poster shows %d ideas in progress, and the next would fit as well", c.Shown)
				case !js && c.Shown != est.wip:
					t.Errorf("without JavaScript the poster shows %d ideas in progress, want the generator's %d", c.Shown, est.wip)
				}
				pdf := printPDF(tb)
				keep(t, fmt.Sprintf("busy-%s-%s-js-%v.pdf", paper[0], paper[1], js), pdf)
				if n := pdfPages(pdf); n != 1 {
					t.Errorf("%s the poster prints on %d pages, want 1", where, n)
				}
				tb.clean(where)
			}
		})
	}
}

// Printed, the ranking names every idea it ranks (QA: on Letter the
// priorities named the first, third, fifth and seventh of eight, as
// ECharts leaves out names that its smaller print rows would crowd).
func TestBrowserThePrintedRankingNamesEveryIdea(t *testing.T) {
	ctx := browser(t)
	for _, count := range []int{2, 9} {
		fsys := fstest.MapFS{
			"fokus.toml":         {Data: []byte("language = \"en\"\n[scoring]\nmodel = \"rice\"\n")},
			"content/teams/a.md": {Data: []byte("+++\ntitle = \"Alpha\"\n+++\n")},
		}
		for i := range count {
			fsys[fmt.Sprintf("content/ideas/i%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea number %d\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\n\n"+
				"[score]\nreach = %d\nimpact = 1\nconfidence = 50\neffort = 2\n+++\n", i, 100*(i+1)))}
		}
		srv := serveSite(t, build(t, fsys))
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/priorities/index.html")
		if !waitFor(tb, `!!document.querySelector('#chart-ranking svg')`, 5*time.Second) {
			t.Fatal("the ranking was not drawn")
		}
		names := `[...document.querySelectorAll('#chart-ranking svg text')].map(t => t.textContent).filter(s => /^\d+\. Idea/.test(s)).length`
		if n := eval[int](tb, names); n != count {
			t.Errorf("on the screen the ranking names %d of %d ideas", n, count)
		}
		eval[bool](tb, `window.dispatchEvent(new Event('beforeprint')) || true`)
		if n := eval[int](tb, names); n != count {
			t.Errorf("printed, the ranking names %d of %d ideas: %v", n, count, chartTexts(tb, "chart-ranking"))
		}
		// Nor do the names run into each other.
		if got := eval[string](tb, `(() => {
			const r = [...document.querySelectorAll('#chart-ranking svg text')].filter(t => /^\d+\. Idea/.test(t.textContent)).map(t => t.getBoundingClientRect()).sort((a, b) => a.top - b.top);
			return r.slice(1).map((b, i) => b.top < r[i].bottom - 1 ? Math.round(r[i].bottom - b.top) + ' px' : '').filter(Boolean).join(' ');
		})()`); got != "" {
			t.Errorf("printed, the names of %d ideas overlap by %s", count, got)
		}
		eval[bool](tb, `window.dispatchEvent(new Event('afterprint')) || true`)
		tb.clean("printed ranking")
	}
}

// An idea's segment in the load is named with its title as written: ECharts
// fills "{@…}" in a label's text with the item's data, and a title with
// {@[3]} or {@value} lost it to a number (QA).
func TestBrowserLoadNamesAnIdeaWithBracesAsWritten(t *testing.T) {
	ctx := browser(t)
	title := "Preise {@[3]} & {@value} {a} {b|x}"
	fsys := fstest.MapFS{
		"content/teams/t.md": {Data: []byte("+++\ntitle = \"Team\"\ncapacity = 40\n+++\n")},
		"content/ideas/i.md": {Data: []byte("+++\ntitle = " + strconv.Quote(title) + "\nsubmitted = 2027-01-02\nteams = [\"t\"]\nstatus = \"in-progress\"\n\n" +
			"[decision]\ndate = 2027-01-10\nby = \"B\"\nrationale = \"R\"\nstops = [\"x\"]\n\n" +
			"[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 30\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"priorities/index.html", "teams/t/index.html"} {
		tb.open(srv.URL + "/" + page)
		if !waitFor(tb, `!!document.querySelector('#chart-load svg text')`, 5*time.Second) {
			t.Fatalf("%s: the load was not drawn", page)
		}
		if texts := chartTexts(tb, "chart-load"); !slices.Contains(texts, title) {
			t.Errorf("%s: the load does not name the idea %q; it shows %q", page, title, texts)
		}
		tb.clean(page)
	}
}

// A history's legend of many key results takes room of its own, above a
// plot as tall as the chart was built for, on a phone and on paper: it
// took the plot's, and twelve key results on a phone left a plot 40 px
// tall under its own axis's name; printed, the lines ran off it (QA).
func TestBrowserAHistoryOfManyKeyResultsKeepsItsPlot(t *testing.T) {
	ctx := browser(t)
	var b strings.Builder
	b.WriteString("+++\ntitle = \"Viele\"\nteam = \"t\"\nperiod = \"2027-Q1\"\nreviewed = 2027-01-20\n")
	for i := range 12 {
		fmt.Fprintf(&b, "\n[[key_results]]\ntitle = \"Schlüsselergebnis %d mit einem recht langen Titel\"\nstart = 0\ntarget = 10\n\n"+
			"[[key_results.checkins]]\ndate = 2027-01-%02d\nvalue = %d\n", i+1, i+2, i%10)
	}
	b.WriteString("+++\n")
	fsys := fstest.MapFS{
		"content/teams/t.md":      {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
		"content/objectives/o.md": {Data: []byte(b.String())},
	}
	srv := serveSite(t, build(t, fsys))
	// The plot from the top grid line to the bottom one, and how far the
	// legend's last line is above it.
	const measure = `(() => {
		const texts = [...document.querySelectorAll('#chart-history svg text')].filter(t => t.getBoundingClientRect().width > 0);
		const names = new Set(JSON.parse(document.getElementById('chart-history-data').textContent).series.map(s => s.name));
		const legend = Math.max(...texts.filter(t => names.has(t.textContent) || t.textContent.endsWith('…')).map(t => t.getBoundingClientRect().bottom));
		const top = texts.find(t => t.textContent === '100'), bottom = texts.find(t => t.textContent === '0');
		const name = texts.find(t => t.textContent === JSON.parse(document.getElementById('chart-history-data').textContent).yAxis[0].name);
		if (!top || !bottom || !name) return {plot: 0, gap: 0, height: 0};
		const mid = r => (r.top + r.bottom) / 2;
		return {plot: mid(bottom.getBoundingClientRect()) - mid(top.getBoundingClientRect()), gap: name.getBoundingClientRect().top - legend,
			blank: top.getBoundingClientRect().top - legend, height: document.getElementById('chart-history').getBoundingClientRect().height};
	})()`
	type sizes struct{ Plot, Gap, Blank, Height float64 }
	for _, tc := range []struct {
		width int64
		print bool
		least float64 // the plot as built: the chart's height less the grid's top and bottom
	}{
		{390, false, 360 - 56 - 36},
		{1280, false, 360 - 56 - 36},
		{800, true, 223 - 56 - 36},
	} {
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(tc.width, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/objectives/o/index.html")
		if !waitFor(tb, `!!document.querySelector('#chart-history svg text')`, 5*time.Second) {
			t.Fatal("the history was not drawn")
		}
		where := fmt.Sprintf("at %d px", tc.width)
		if tc.print {
			where += ", printed"
			eval[bool](tb, `window.dispatchEvent(new Event('beforeprint')), true`)
		}
		got := eval[sizes](tb, measure)
		if got.Plot < tc.least-2 {
			t.Errorf("%s: the plot is %.0f px tall, want the %.0f px it was built for", where, got.Plot, tc.least)
		}
		if got.Gap < 0 {
			t.Errorf("%s: the legend runs %.0f px into the axis's name above the plot", where, -got.Gap)
		}
		// Between the legend and the plot, the axis's name and no more.
		if got.Blank > 60 {
			t.Errorf("%s: the plot begins %.0f px below the legend", where, got.Blank)
		}
		if tc.print && got.Height > 640 {
			t.Errorf("%s: the chart is %.0f px tall, more than a page holds under its heading", where, got.Height)
		}
		tb.clean(where)
	}
}

// Printed, the load of many teams has rows lower than a capacity's label
// above its mark needs: each label stands at the end of its own row, where
// no bar is, and no label lies over another or over a bar's name (QA: 30
// teams on a page wrote every "Capacity" over the row above).
func TestBrowserThePrintedLoadOfManyTeamsLabelsEachCapacityInItsRow(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{"fokus.toml": {Data: []byte("language = \"en\"\n")}}
	for i := range 30 {
		fsys[fmt.Sprintf("content/teams/t%02d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Team %02d\"\ncapacity = %d\n+++\n", i, 10+i))}
		fsys[fmt.Sprintf("content/ideas/i%02d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea number %d\"\nsubmitted = 2026-11-01\nteams = [\"t%02d\"]\n"+
			"status = \"accepted\"\n\n[decision]\ndate = 2026-11-10\nby = \"B\"\nrationale = \"R\"\nstops = [\"x\"]\n\n"+
			"[score]\nvalue = 3\ntime_criticality = 3\nrisk_reduction = 2\njob_size = %d\n+++\n", i, i, 5+i*13%31))}
	}
	srv := serveSite(t, build(t, fsys))
	for _, print := range []bool{false, true} {
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(800, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/priorities/index.html")
		if !waitFor(tb, `!!document.querySelector('#chart-load svg text')`, 5*time.Second) {
			t.Fatal("the load was not drawn")
		}
		where := "on a screen"
		if print {
			where = "printed"
			eval[bool](tb, `window.dispatchEvent(new Event('beforeprint')), true`)
		}
		bad := eval[string](tb, `(() => {
			const box = document.getElementById('chart-load').getBoundingClientRect();
			const texts = [...document.querySelectorAll('#chart-load svg text')].map(t => ({s: t.textContent, r: t.getBoundingClientRect()})).filter(t => t.r.width > 0);
			const rows = texts.filter(t => /^Team \d\d$/.test(t.s)).sort((a, b) => a.r.top - b.r.top);
			const caps = texts.filter(t => /^Capacity \d+$/.test(t.s));
			const names = texts.filter(t => t.s.startsWith('Idea') || t.s.startsWith('Id'));
			const mid = r => (r.top + r.bottom) / 2;
			const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
			const out = [];
			if (rows.length !== 30) out.push(rows.length + ' teams named');
			if (caps.length !== 30) out.push(caps.length + ' capacities labelled');
			caps.forEach(c => {
				const i = +c.s.slice(9) - 10;
				const own = rows.find(r => r.s === 'Team ' + String(i).padStart(2, '0'));
				if (!own) return;
				const nearest = rows.reduce((best, r) => Math.abs(mid(r.r) - mid(c.r)) < Math.abs(mid(best.r) - mid(c.r)) ? r : best);
				if (nearest !== own) out.push(c.s + ' stands in the row of ' + nearest.s);
				if (c.r.left < box.left - 1 || c.r.right > box.right + 1 || c.r.top < box.top - 1 || c.r.bottom > box.bottom + 1) out.push(c.s + ' runs out of the chart');
				caps.concat(names).forEach(o => { if (o !== c && meet(c.r, o.r)) out.push(c.s + ' lies over ' + o.s); });
			});
			return out.slice(0, 8).join('; ');
		})()`)
		if bad != "" {
			t.Errorf("%s: %s", where, bad)
		}
		tb.clean(where)
	}
}

// A team's load, printed, is laid out for the height it is drawn at: the
// stylesheet holds a chart at least 200 px tall, and a capacity's mark
// sized for the rows of a chart of 93 px is a stub inside its bar.
func TestBrowserAPrintedTeamsCapacitySpansItsBar(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(800, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/teams/inside-sales/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-load svg path')`, 5*time.Second) {
		t.Fatal("the load was not drawn")
	}
	for _, print := range []bool{false, true} {
		where := "on a screen"
		if print {
			where = "printed"
			eval[bool](tb, `window.dispatchEvent(new Event('beforeprint')), true`)
		}
		got := eval[[]float64](tb, `(() => {
			const paths = [...document.querySelectorAll('#chart-load svg path')].map(p => ({fill: p.getAttribute('fill'), r: p.getBoundingClientRect()}));
			const mark = paths.find(p => p.fill === '#c53030');
			const bars = paths.filter(p => p.fill && p.fill !== '#c53030' && p.fill !== 'none' && p.fill !== '#fff' && p.fill !== '#ffffff' && p.r.width > 10 && p.r.height > 4);
			return mark && bars.length ? [mark.r.height, Math.max(...bars.map(b => b.r.height))] : [];
		})()`)
		if len(got) != 2 {
			t.Fatalf("%s: no capacity mark or no bar", where)
		}
		if got[0] < got[1] {
			t.Errorf("%s: the capacity's mark is %.0f px tall, lower than its bar's %.0f px", where, got[0], got[1])
		}
	}
	tb.clean("team load")
}

// On paper nothing scrolls: a body's wide table and a long line of code
// are printed whole, in the width of the page, instead of cut at its edge
// behind a scroll bar that paper does not have (Markdown QA: the printed
// idea lost the table's last six columns and the end of the command).
func TestBrowserAPrintedBodyShowsItsWideTableAndCodeWhole(t *testing.T) {
	ctx := browser(t)
	row := func(cells ...string) string { return "| " + strings.Join(cells, " | ") + " |\n" }
	body := "Vergleich:\n\n" +
		row("Anbieter", "Preis pro Jahr", "Integration CRM", "Datenschutz (Hosting)", "Scoring-Modell", "Support-Sprache", "Vertragslaufzeit", "Ansprechperson") +
		row("---", "---", "---", "---", "---", "---", "---", "---") +
		row("HubSpot Marketing Hub Professional", "CHF 9'600", "nativ", "USA / EU", "regelbasiert + prädiktiv", "Deutsch, Englisch",
			"12 Monate", "https://example.com/ein/sehr/langer/pfad/der/nicht/umbricht/und/immer/weiter/geht") +
		"\n```sh\nfokus build --source /ein/sehr/langer/pfad/zur/quelle --destination /ein/sehr/langer/pfad/zum/ziel --now 2026-11-26\n```\n"
	fsys := stressSite("A4", "portrait", "/")
	fsys["content/ideas/wide.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Breite Tabelle\"\nsubmitted = 2027-01-20\n+++\n" + body)}
	fsys["content/teams/wide.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Breit\"\n+++\n" + body)}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	// A4 upright, as the browser lays out a printed page.
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(718, 900)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"/ideas/wide/index.html", "/teams/wide/index.html"} {
		tb.open(srv.URL + page)
		cut := eval[[]string](tb, `[...document.querySelectorAll('.prose table, .prose pre, .prose td')]
			.filter(el => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > innerWidth + 1)
			.map(el => el.tagName + ': ' + el.scrollWidth + ' px of content in ' + el.clientWidth + ' px, ends at ' + Math.round(el.getBoundingClientRect().right))`)
		if len(cut) == 0 && eval[int](tb, `document.querySelectorAll('.prose table, .prose pre').length`) != 2 {
			t.Fatalf("%s has no table and code block; the test tests nothing", page)
		}
		for _, c := range cut {
			t.Errorf("printed %s is cut: %s", page, c)
		}
	}
	tb.clean("printed body")
}

// A number in a printed body's wide table stays whole, as wide as its
// column: the cells break anywhere to fit the paper, and a printed idea
// read "1'240'00" over "0", another number (print QA). The table still
// fits the page.
func TestBrowserAPrintedTablesNumbersStayWhole(t *testing.T) {
	ctx := browser(t)
	row := func(cells ...string) string { return "| " + strings.Join(cells, " | ") + " |\n" }
	body := "Messen:\n\n" +
		row("Messe", "Kontakte", "Nachgefasst nach 48 h", "Nachgefasst nach 2 Wochen", "Angebote", "Aufträge", "Umsatz CHF", "Kosten CHF", "Kosten pro Kontakt", "Bemerkung") +
		row("---", "---", "---", "---", "---", "---", "---", "---", "---", "---") +
		row("EMO Hannover", "412", "38", "190", "41", "9", "1'240'000", "CHF 180'000", "437.50", "Zu spät nachgefasst, viele Kontakte bereits beim Mitbewerber") +
		row("Prodex Basel", "233", "12", "140", "22", "4", "380'000", "CHF 95'000", "408.25", "Standpersonal hat Kontakte nicht erfasst")
	fsys := stressSite("A4", "portrait", "/")
	fsys["content/ideas/messen.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Messen\"\nsubmitted = 2027-01-20\n+++\n" + body)}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{718, 1000} { // A4 upright, and across beside the side cards
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/ideas/messen/index.html")
		numbers := []string{"1'240'000", "380'000", "CHF 180'000", "CHF 95'000", "437.50", "408.25"}
		lines := eval[map[string]int](tb, `(() => {
			const lines = {};
			for (const td of document.querySelectorAll('.prose td')) {
				const r = document.createRange();
				r.selectNodeContents(td);
				lines[td.textContent] = new Set([...r.getClientRects()].map(b => Math.round(b.top))).size;
			}
			return lines;
		})()`)
		for _, n := range numbers {
			switch l, ok := lines[n]; {
			case !ok:
				t.Fatalf("at %d px the table has no cell %q: %v", width, n, lines)
			case l != 1:
				t.Errorf("at %d px the printed %q takes %d lines, want it whole on one", width, n, l)
			}
		}
		if cut := eval[string](tb, `(() => {
				const t = document.querySelector('.prose table').getBoundingClientRect(),
					b = document.querySelector('.prose').getBoundingClientRect();
				if (t.right > Math.min(b.right, innerWidth) + 1) return 'ends at ' + Math.round(t.right) + ', beyond the body or the page';
				for (const c of document.querySelectorAll('.idea-side .card')) {
					const r = c.getBoundingClientRect();
					if (r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom) return 'runs under the card ' + c.className;
				}
				return '';
			})()`); cut != "" {
			t.Errorf("at %d px the printed table %s", width, cut)
		}
	}
	tb.clean("printed numbers")
}

// A team's count of ideas in progress against its limit stays one piece
// beside "In progress", or under it where the column is narrow: on a
// printed A4 poster, "1 /" stood at the heading's end and "2" alone on
// the next line (QA).
func TestBrowserPosterKeepsTheCountInProgressWhole(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":                  {Data: []byte("title = \"Acme Marketing\"\nlanguage = \"en\"\nperiod = \"2027-Q2\"\n")},
		"content/teams/demand-gen.md": {Data: []byte("+++\ntitle = \"Demand Generation\"\ncapacity = 25\nwip_limit = 2\ndoor = \"3.14\"\nmembers = [\"Anna Keller\", \"Ben Roth\", \"Clara Vogt\"]\n+++\n")},
		"content/objectives/revenue.md": {Data: []byte("+++\ntitle = \"Turn the pipeline into revenue\"\nteam = \"demand-gen\"\nperiod = \"2027-Q2\"\nowner = \"Anna Keller\"\nreviewed = 2027-05-03\n\n" +
			"[[key_results]]\ntitle = \"Sales-accepted leads per month\"\nstart = 40\ntarget = 90\ncurrent = 50\nunit = \"SAL\"\n+++\n")},
		"content/ideas/chatbot.md": {Data: []byte("+++\ntitle = \"Chatbot on the website\"\nsubmitted = 2027-01-26\nteams = [\"demand-gen\"]\nstatus = \"in-progress\"\nobjectives = [\"revenue\"]\n\n" +
			"[score]\nvalue = 3\ntime_criticality = 2\nrisk_reduction = 1\njob_size = 13\n\n" +
			"[decision]\ndate = 2027-02-08\nby = \"Innovation Board\"\nrationale = \"Runs already.\"\nstops = [\"Trade fair booth\", \"Print newsletter\", \"Webinar series\", \"Cold-call campaign\"]\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	// A4's width, as the poster prints.
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(794, 1123)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/posters/demand-gen/index.html")
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	lines := `(() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('.poster-wip-count')); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; })()`
	if n := eval[int](tb, lines); n != 1 {
		t.Errorf("the count in progress, %q, is on %d lines", eval[string](tb, `document.querySelector('.poster-wip-count').textContent`), n)
	}
	tb.clean("poster")
}

// A quadrant's name stays readable in its corner: an ICE idea rated
// 1 × 1 × 1 or 10 × 10 × 10 sits in a corner of the matrix, where its mark
// covered "Fill-ins" (look at the ICE matrix), on a screen, on a phone and
// printed.
func TestBrowserNoMarkCoversAQuadrantsName(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("language = \"en\"\n[scoring]\nmodel = \"ice\"\n")},
		"content/teams/t.md": {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
	}
	for i, s := range [][3]int{{10, 10, 10}, {1, 1, 1}, {10, 10, 1}, {1, 1, 10}, {5, 6, 7}, {3, 4, 8}, {7, 2, 3}} {
		fsys[fmt.Sprintf("content/ideas/i%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = \"Idea %d\"\nsubmitted = 2026-11-01\n\n"+
			"[score]\nimpact = %d\nconfidence = %d\nease = %d\n+++\n", i, s[0], s[1], s[2]))}
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	covered := func() []string {
		return eval[[]string](tb, `(() => {
			const el = document.getElementById('chart-priorities');
			const chart = echarts.getInstanceByDom(el);
			const names = new Set(chart.getOption().series.flatMap(s => (s.markArea && s.markArea.data || []).map(p => p[0].name)));
			const box = el.getBoundingClientRect();
			const grid = chart.getModel().getComponent('grid').coordinateSystem.getRect();
			const texts = [...el.querySelectorAll('svg text')].filter(t => t.textContent && [...names].some(n => n.startsWith(t.textContent.replace(/(\.\.\.|…)$/, ''))));
			if (texts.length !== 4) return ['found ' + texts.length + ' of the 4 quadrants\' names'];
			const colours = ['#5f687b', '#7a4cc2', '#2f6fb3', '#1a7a50'];
			const marks = [...el.querySelectorAll('svg path')].filter(p => colours.includes((p.getAttribute('fill') || '').toLowerCase()))
				.map(p => p.getBoundingClientRect()).filter(r => r.top - box.top >= grid.y - 1);
			if (marks.length < 7) return ['found ' + marks.length + ' of the 7 marks'];
			const out = [];
			for (const t of texts) {
				const r = t.getBoundingClientRect();
				for (const m of marks) {
					if (r.left < m.right - 1 && m.left < r.right - 1 && r.top < m.bottom - 1 && m.top < r.bottom - 1) {
						out.push(t.textContent + ' under a mark at ' + Math.round(m.left - box.left) + ',' + Math.round(m.top - box.top));
					}
				}
			}
			return out;
		})()`)
	}
	for _, width := range []int64{1280, 390} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/priorities/index.html")
		if !waitFor(tb, `!!document.querySelector('#chart-priorities svg')`, 5*time.Second) {
			t.Fatal("the matrix was not drawn")
		}
		for _, c := range covered() {
			t.Errorf("at %d px: %s", width, c)
		}
		if width == 1280 {
			eval[bool](tb, `window.dispatchEvent(new Event('beforeprint')), true`)
			for _, c := range covered() {
				t.Errorf("printed: %s", c)
			}
			eval[bool](tb, `window.dispatchEvent(new Event('afterprint')), true`)
		}
	}
	tb.clean("quadrants' names")
}

// A chart printed on paper across is drawn as wide as the paper, not as
// wide as a page upright: the priorities printed on A4 across had each
// chart on half of its page's width (print QA). Upright it still fits.
func TestBrowserChartsPrintedAcrossTakeThePapersWidth(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	for _, across := range []bool{true, false} {
		tb.open(srv.URL + "/priorities/index.html")
		ids := `['chart-priorities', 'chart-ranking', 'chart-load']`
		if !waitFor(tb, ids+`.every(id => document.querySelector('#' + id + ' svg'))`, 5*time.Second) {
			t.Fatal("the charts did not draw within 5 s")
		}
		// Called after the charts' own listeners, as the page lays out
		// on the paper. A chart's room is the width the stylesheet gives
		// its box: its panel's, or across, the matrix's beside its key.
		eval[bool](tb, `matchMedia('print').addEventListener('change', e => {
			if (e.matches) window.printed = `+ids+`.map(id => {
				const el = document.getElementById(id), set = el.style.width;
				el.style.width = '';
				const room = el.clientWidth;
				el.style.width = set;
				return [id, Math.round(el.querySelector('svg').getBoundingClientRect().width), room, document.documentElement.clientWidth];
			});
		}), true`)
		if _, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground(), func(p *page.PrintToPDFParams) {
			p.PaperWidth, p.PaperHeight, p.Landscape = 210/25.4, 297/25.4, &across
		})); err != nil {
			t.Fatal(err)
		}
		printed := eval[[][4]any](tb, `window.printed || []`)
		if len(printed) != 3 {
			t.Fatalf("across %v: the page was not laid out for print: %v", across, printed)
		}
		for _, c := range printed {
			svg, panel, page := c[1].(float64), c[2].(float64), c[3].(float64)
			if svg < panel-60 || svg > panel+1 {
				t.Errorf("across %v: %s is printed %.0f px wide in a panel of %.0f px on a page of %.0f px", across, c[0], svg, panel, page)
			}
		}
	}
	tb.clean("charts printed across")
}

// A printed body's table breaks its headings and cells between words, its
// columns as wide as their longest words: "Entscheidung" printed as
// "Entscheid" over "ung" and "Innendienstmitarbeitenden" as "…arbeite"
// over "nden" (print QA). The table still fits the page.
func TestBrowserAPrintedTableBreaksBetweenWords(t *testing.T) {
	ctx := browser(t)
	row := func(cells ...string) string { return "| " + strings.Join(cells, " | ") + " |\n" }
	body := "Plan:\n\n" +
		row("Nr", "Massnahme", "Verantwortlich", "Entscheidung", "Begründung", "Termin", "Budget", "Status") +
		row("---", "---", "---", "---", "---", "---", "---", "---") +
		row("1", "CRM-Felder bereinigen", "Daniel Moser", "angenommen", "Grundlage für alles weitere", "1. Dezember", "CHF 12'000", "offen") +
		row("2", "Schulung der Innendienstmitarbeitenden", "Laura Zimmermann", "vertagt", "Zuerst die Daten, dann die Schulung", "15. Februar", "CHF 4'500", "geplant")
	fsys := stressSite("A4", "portrait", "/")
	fsys["content/ideas/plan.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Plan\"\nsubmitted = 2027-01-20\n+++\n" + body)}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(718, 900)); err != nil { // A4 upright
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/ideas/plan/index.html")
	split := splitWords(tb, ".prose :is(th, td)")
	if n := eval[int](tb, `document.querySelectorAll('.prose th').length`); n != 8 {
		t.Fatalf("the body's table has %d headings, want 8", n)
	}
	for _, w := range split {
		t.Errorf("the printed table breaks %q inside the word", w)
	}
	if cut := eval[string](tb, `(() => {
		const t = document.querySelector('.prose table').getBoundingClientRect(), b = document.querySelector('.prose').getBoundingClientRect();
		return t.right > Math.min(b.right, innerWidth) + 1 ? 'ends at ' + Math.round(t.right) + ', beyond the body (' + Math.round(b.right) + ') or the page' : '';
	})()`); cut != "" {
		t.Errorf("the printed table %s", cut)
	}
	tb.clean("printed table's words")
}

// exampleWith is the example site's source with its fokus.toml's lines
// replaced, old by new, in pairs.
func exampleWith(t *testing.T, replace ...string) fstest.MapFS {
	t.Helper()
	example := os.DirFS("../..")
	config, err := fs.ReadFile(example, "fokus.toml")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(replace); i += 2 {
		if !bytes.Contains(config, []byte(replace[i])) {
			t.Fatalf("the example's fokus.toml has no %s to replace", replace[i])
		}
		config = bytes.Replace(config, []byte(replace[i]), []byte(replace[i+1]), 1)
	}
	src := fstest.MapFS{"fokus.toml": {Data: config}}
	err = fs.WalkDir(example, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(example, p)
		src[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// A poster printed without JavaScript keeps the generator's type, whose
// estimate leaves room: its objectives share that room out around them,
// instead of one empty band of 22 to 40 mm above the lists (print QA,
// scripts off), and it is still one page.
func TestBrowserAPosterWithoutJavaScriptSharesItsRoom(t *testing.T) {
	ctx := browser(t)
	for _, paper := range []string{"A4", "letter"} {
		srv := serveSite(t, build(t, exampleWith(t, `paper = "A4"`, `paper = "`+paper+`"`)))
		tb := newTab(t, ctx, srv)
		if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1800, 1200)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/posters/index.html")
		if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		bands := eval[[]float64](tb, `[...document.querySelectorAll('.poster')].map(p => {
			const lists = p.querySelector('.poster-lists').getBoundingClientRect();
			const last = Math.max(...[...p.querySelectorAll('.poster-objectives > *')].map(o => o.getBoundingClientRect().bottom));
			return (lists.top - last) * 25.4 / 96;
		})`)
		if len(bands) != 5 || eval[bool](tb, `[...document.querySelectorAll('.poster')].some(p => p.classList.contains('is-fitted'))`) {
			t.Fatalf("%s: %d posters, or one was fitted by a script that should not run", paper, len(bands))
		}
		for i, mm := range bands {
			if mm > 15 {
				t.Errorf("%s: poster %d leaves %.0f mm empty above its lists", paper, i+1, mm)
			}
		}
		if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
			t.Fatal(err)
		}
		if n := pdfPages(printPDF(tb)); n != 5 {
			t.Errorf("%s: the posters print on %d pages without JavaScript, want 5", paper, n)
		}
		tb.clean("posters without JavaScript")
	}
}

// splitWords lists the words of the texts in the elements that selector
// finds that lie on more than one line: broken inside.
func splitWords(tb *tab, selector string) []string {
	tb.t.Helper()
	return splitAt(tb, selector, `/\S+/g`)
}

// splitParts is splitWords where a line may also end after a hyphen
// ("Account-" over "Based-Marketing-Pilot"), as the browser breaks it.
func splitParts(tb *tab, selector string) []string {
	tb.t.Helper()
	return splitAt(tb, selector, `/[^\s-]+-?/g`)
}

// splitAt lists the pieces of text that the regular expression re finds
// in the elements of selector and that the browser set on several lines.
func splitAt(tb *tab, selector, re string) []string {
	tb.t.Helper()
	return eval[[]string](tb, `(() => {
		const out = [];
		for (const el of document.querySelectorAll(`+mustJSON(selector)+`)) {
			const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let text = walk.nextNode(); text; text = walk.nextNode()) {
				for (const m of text.data.matchAll(`+re+`)) {
					const r = document.createRange();
					r.setStart(text, m.index);
					r.setEnd(text, m.index + m[0].length);
					if (new Set([...r.getClientRects()].map(b => Math.round(b.top))).size > 1) out.push(m[0]);
				}
			}
		}
		return out;
	})()`)
}

// A printed key result's figures keep their unit's word whole: the
// example's "3400 Dubletten" printed on A4 as "Dublette" over "n" (look at
// the printed objective).
func TestBrowserAPrintedKeyResultKeepsItsUnitWhole(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{718, 390} { // A4 upright, and a phone
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/objectives/eine-wahrheit-im-crm/index.html")
		if !strings.Contains(eval[string](tb, `document.querySelector('.krs-table').textContent`), "Dubletten") {
			t.Fatal("the example's key results have no unit Dubletten; the test tests nothing")
		}
		for _, w := range splitWords(tb, ".krs-table td.num, .checkins td.num") {
			t.Errorf("at %d px the printed key results break %q inside the word", width, w)
		}
	}
	tb.clean("printed units")
}

// A printed idea table keeps a team's name's words whole: on A4 upright
// the dashboard's top ideas, in their panel, printed "Key Account
// Manageme" over "nt", and then ", Inside Sales" (look at the printed
// dashboard).
func TestBrowserAPrintedIdeaTableKeepsTeamNamesWhole(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(718, 900)); err != nil { // A4 upright
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"index.html", "backlog/index.html", "teams/key-account/index.html"} {
		tb.open(srv.URL + "/" + page)
		if !strings.Contains(eval[string](tb, `[...document.querySelectorAll('table.ideas .teams-cell')].map(c => c.textContent).join()`), "Key Account Management") {
			t.Fatalf("/%s lists no idea of Key Account Management; the test tests nothing there", page)
		}
		for _, w := range splitWords(tb, "table.ideas .teams-cell") {
			t.Errorf("printed, /%s breaks the team name's %q inside the word", page, w)
		}
		// The comma after a name stays on the name's line.
		for _, c := range eval[[]string](tb, `[...document.querySelectorAll('table.ideas .teams-cell a')].flatMap(a => {
			const t = a.nextSibling;
			if (!t || t.nodeType !== Node.TEXT_NODE || !t.data.startsWith(',')) return [];
			const r = document.createRange();
			r.setStart(t, 0);
			r.setEnd(t, 1);
			const rects = [...a.getClientRects()];
			return Math.abs(r.getBoundingClientRect().top - rects[rects.length - 1].top) > 2 ? [a.textContent] : [];
		})`) {
			t.Errorf("printed, /%s begins a line with the comma after %q", page, c)
		}
	}
	tb.clean("printed team names")
}

// A printed chart's panel whose chart is a sentence saying why it has none
// stays whole on its page, as one with a chart does: on Letter across an
// ICE site's load printed its heading and note at the foot of a page and
// "ICE measures no effort" alone on the next (look at the printed ICE
// priorities).
func TestBrowserAPrintedPanelOfAnEmptyChartStaysWhole(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, build(t, scoredSite("en", "ice")))
	tb := newTab(t, ctx, srv)
	tb.open(srv.URL + "/priorities/index.html")
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	got := eval[string](tb, `(() => {
		const empty = document.querySelector('p.chart-empty#chart-load');
		return empty ? getComputedStyle(empty.closest('.panel')).breakInside : 'no empty load chart';
	})()`)
	if got != "avoid" {
		t.Errorf("the printed panel of the empty load chart breaks inside: break-inside %q", got)
	}
	tb.clean("empty chart's panel")
}

// The backlog's filter says in its placeholder where a search looks, and
// says it whole in its field: on a phone a shorter one stands in, in German
// as in English (QA: "Titel, Schlagwort, Team, Entscheidu" at 390 px); on
// a desktop the full one shows. The shorter one still names the decision,
// which the decision log's filter is for (it said "Titel, Schlagwort,
// Team …"). The example's backlog and decision log, as on a phone of 320
// and of 390 px and on a desktop.
func TestBrowserTheFilterPlaceholderFitsItsField(t *testing.T) {
	ctx := browser(t)
	for _, lang := range []string{"de", "en"} {
		srv := serveSite(t, build(t, exampleWith(t, `language = "de"`, `language = "`+lang+`"`)))
		tb := newTab(t, ctx, srv)
		for _, at := range []struct {
			page  string
			width int64
		}{{"backlog", 320}, {"backlog", 380}, {"backlog", 390}, {"backlog", 1280}, {"decisions", 320}, {"decisions", 380}, {"decisions", 390}} {
			page, width := at.page, at.width
			if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 844)); err != nil {
				t.Fatal(err)
			}
			tb.open(srv.URL + "/" + page + "/index.html")
			got := eval[map[string]any](tb, `(() => {
				const input = document.querySelector('#idea-filter input[name=q]'), style = getComputedStyle(input);
				const c = document.createElement('canvas').getContext('2d');
				c.font = style.font;
				return {text: input.placeholder, width: c.measureText(input.placeholder).width,
					room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)};
			})()`)
			text, _ := got["text"].(string)
			w, _ := got["width"].(float64)
			room, _ := got["room"].(float64)
			if text == "" || w > room {
				t.Errorf("%s %s at %d px: the placeholder %q is %.0f px wide in a field of %.0f", lang, page, width, text, w, room)
			}
			// What the browser shows, not what a canvas measures: Chrome's
			// clear button takes its room beside the text even while the
			// field is empty and the button is hidden (QA: at 380 px the
			// German placeholder ended "Entscheid ." under a room that the
			// canvas said was enough).
			if shown, room := placeholderWidths(tb); shown > room {
				t.Errorf("%s %s at %d px: the placeholder %q shows %.0f px of its %.0f", lang, page, width, text, room, shown)
			}
			for _, word := range map[string][]string{"de": {"Team", "Entscheid"}, "en": {"team", "decision"}}[lang] {
				if !strings.Contains(text, word) {
					t.Errorf("%s %s at %d px: the placeholder %q does not name the %s", lang, page, width, text, word)
				}
			}
			if full := map[string]string{"de": "Titel, Schlagwort, Team, Entscheid\u00a0…", "en": "title, tag, team, decision\u00a0…"}[lang]; width == 1280 && text != full {
				t.Errorf("%s at %d px: the placeholder is %q, want the whole %q", lang, width, text, full)
			}
		}
		tb.clean("the filter's placeholder in " + lang)
	}
}

// placeholderWidths measures the filter field's placeholder as Chrome lays
// it out, in the field's own (user-agent) shadow tree, which a page's
// script cannot reach: how wide its text is and how wide the room it has.
func placeholderWidths(tb *tab) (text, room float64) {
	tb.t.Helper()
	depth, yes := int64(-1), true
	doc, err := chromedp.Call(tb.ctx, dom.GetDocument, dom.GetDocumentParams{Depth: &depth, Pierce: &yes})
	if err != nil {
		tb.t.Fatal(err)
	}
	attr := func(n *cdp.Node, name string) string {
		for i := 0; i+1 < len(n.Attributes); i += 2 {
			if n.Attributes[i] == name {
				return n.Attributes[i+1]
			}
		}
		return ""
	}
	var find func(n *cdp.Node, inField bool) *cdp.Node
	find = func(n *cdp.Node, inField bool) *cdp.Node {
		if inField && attr(n, "pseudo") == "-webkit-input-placeholder" {
			return n
		}
		inField = inField || n.NodeName == "INPUT" && attr(n, "name") == "q"
		for _, c := range append(append([]*cdp.Node{}, n.ShadowRoots...), n.Children...) {
			if p := find(c, inField); p != nil {
				return p
			}
		}
		return nil
	}
	p := find(doc.Root, false)
	if p == nil {
		tb.t.Fatal("the filter field has no placeholder in its shadow tree")
	}
	obj, err := chromedp.Call(tb.ctx, dom.ResolveNode, dom.ResolveNodeParams{BackendNodeID: p.BackendNodeID})
	if err != nil {
		tb.t.Fatal(err)
	}
	res, err := chromedp.Call(tb.ctx, runtime.CallFunctionOn, runtime.CallFunctionOnParams{ObjectID: obj.Object.ObjectID, ReturnByValue: &yes,
		FunctionDeclaration: `function() { return [this.scrollWidth, this.clientWidth]; }`})
	if err != nil {
		tb.t.Fatal(err)
	}
	var w []float64
	if err := json.Unmarshal(res.Result.Value, &w); err != nil || len(w) != 2 {
		tb.t.Fatalf("the placeholder's widths: %s %v", res.Result.Value, err)
	}
	return w[0], w[1]
}

// The load's table keeps its teams' names whole on a phone, where it is
// the chart's data behind "Daten als Tabelle" and where it shows because
// no team carries anything: its row of a team's load, "Auslastung /
// Kapazität" beside the figure, left the team's name a few letters,
// "Mark" over "eting", "Vertri" over "eb" (QA of the priorities of a site
// of one proposed idea).
func TestBrowserTheLoadTableKeepsItsTeamsWholeOnAPhone(t *testing.T) {
	ctx := browser(t)
	idle := fstest.MapFS{
		"content/teams/marketing.md": {Data: []byte("+++\ntitle = \"Marketing\"\ncapacity = 25\n+++\n")},
		"content/teams/vertrieb.md":  {Data: []byte("+++\ntitle = \"Vertrieb\"\ncapacity = 40\n+++\n")},
		"content/teams/kam.md":       {Data: []byte("+++\ntitle = \"Key Account Management\"\ncapacity = 30\n+++\n")},
		"content/ideas/eine.md": {Data: []byte("+++\ntitle = \"Eine Idee\"\nsubmitted = 2027-01-20\nteams = [\"vertrieb\"]\n" +
			"[score]\nvalue = 8\ntime_criticality = 5\nrisk_reduction = 3\njob_size = 5\n+++\n")},
	}
	for name, out := range map[string]render.Output{"no load": build(t, idle), "example": exampleSite(t)} {
		srv := serveSite(t, out)
		tb := newTab(t, ctx, srv)
		for _, width := range []int64{375, 390} {
			if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
				t.Fatal(err)
			}
			tb.open(srv.URL + "/priorities/index.html")
			if !waitFor(tb, `document.readyState === 'complete'`, 5*time.Second) {
				t.Fatal("the page did not load")
			}
			eval[bool](tb, `(document.querySelectorAll('details.chart-data').forEach(d => d.open = true), true)`)
			if n := eval[int](tb, `document.querySelectorAll('.load-table .load-total th').length`); n < 3 {
				t.Fatalf("%s: the load's table names %d teams", name, n)
			}
			for _, w := range splitParts(tb, ".load-table") {
				t.Errorf("%s at %d px: the load's table breaks %q inside the word", name, width, w)
			}
			if out := eval[int](tb, `(() => {
				const wrap = document.querySelector('.load-table').closest('.table-wrap').getBoundingClientRect();
				return [...document.querySelectorAll('.load-table td.num')].filter(td => td.getBoundingClientRect().right > wrap.right + 1).length;
			})()`); out > 0 {
				t.Errorf("%s at %d px: %d of the load's figures lie out of sight, right of the table's frame", name, width, out)
			}
		}
		tb.clean("load table on a phone")
	}
}

// The tables behind a chart's "Daten als Tabelle" keep their words whole
// and their figures in sight on a phone and an upright tablet: a team's
// load put "Kundenbeirat" and "Schlüsselkunden" on several lines at
// 375 px, an objective's check-ins broke their notes letter by letter and
// their days "20.10.202" over "6" also at 768 px, and the matrix's table
// "Lückenfül" over "ler" (QA of the example on a phone).
func TestBrowserChartTablesKeepTheirWordsWholeOnAPhone(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	for _, c := range []struct{ page, table, words string }{
		{"teams/key-account/index.html", "table.load-parts", "table.load-parts"},
		{"objectives/kunden-gestalten-mit/index.html", "table.checkins", "table.checkins"},
		{"priorities/index.html", "table.matrix-table", "table.matrix-table td:last-child"},
	} {
		for _, width := range []int64{375, 390, 768} {
			if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
				t.Fatal(err)
			}
			tb.open(srv.URL + "/" + c.page)
			if !waitFor(tb, `document.readyState === 'complete'`, 5*time.Second) {
				t.Fatal("the page did not load")
			}
			eval[bool](tb, `(document.querySelectorAll('details.chart-data').forEach(d => d.open = true), true)`)
			if n := eval[int](tb, `document.querySelectorAll(`+mustJSON(c.table+" tbody tr")+`).length`); n < 3 {
				t.Fatalf("%s has %d rows in %s; the test counts on the example's", c.page, n, c.table)
			}
			for _, w := range splitParts(tb, c.words) {
				t.Errorf("%s at %d px: %s breaks %q inside the word", c.page, width, c.table, w)
			}
			if c.table != "table.matrix-table" { // seven columns scroll in their frame
				if out := eval[int](tb, `(() => {
					const t = document.querySelector(`+mustJSON(c.table)+`), wrap = t.closest('.table-wrap').getBoundingClientRect();
					return [...t.querySelectorAll('td.num')].filter(td => td.getBoundingClientRect().right > wrap.right + 1).length;
				})()`); out > 0 {
					t.Errorf("%s at %d px: %d figures of %s lie right of its frame", c.page, width, out, c.table)
				}
			}
		}
	}
	tb.clean("chart tables on a phone")
}

// A team's tile on the dashboard is as wide as the longest word of a
// team's name: at 230 px, "Geschäftskundenbetreuung" broke as
// "Geschäftskundenbetre" over "uung" at every width above a phone's, also
// at 1920 px beside empty room (QA of the dashboard), where the browser
// has no German hyphenation (Chromium on Linux). Teams of shorter words
// keep tiles of 230 px.
func TestBrowserATeamsTileKeepsItsLongestWordWhole(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"content/teams/gk.md": {Data: []byte("+++\ntitle = \"Geschäftskundenbetreuung International\"\ncapacity = 10\n+++\n")},
		"content/teams/m.md":  {Data: []byte("+++\ntitle = \"Marketing\"\ncapacity = 10\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{375, 768, 1280, 1920} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/index.html")
		for _, w := range splitParts(tb, ".team-tile h3") {
			t.Errorf("at %d px a team's tile breaks %q inside the word", width, w)
		}
	}
	tb.clean("team tiles")
	example := serveSite(t, exampleSite(t))
	tb = newTab(t, ctx, example)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1920, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(example.URL + "/index.html")
	if got := eval[[]int](tb, `[...document.querySelectorAll('.team-tile')].map(e => Math.round(e.getBoundingClientRect().width))`); len(got) == 0 || slices.Min(got) < 230 || slices.Max(got) > 300 {
		t.Errorf("at 1920 px the example's team tiles are %v px wide, want its 230 to 300", got)
	}
	tb.clean("team tiles")
}

// A team's name of one long word stays whole on a screen, set smaller
// within limits, where Chromium has no German hyphenation: in its page's
// h1, the objectives' headings, its tile, the idea cards and the load's
// card on a phone (QA: "…betreu" over "ungsteam" at 375 px), and in the
// idea tables' teams at 1280 px ("…betr" over "euungsteam"). A site of
// short names keeps its columns.
func TestBrowserATeamsNameOfOneLongWordStaysWholeOnAScreen(t *testing.T) {
	ctx := browser(t)
	long := "Geschäftskundenbetreuungsteam"
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("period = \"2026-Q4\"\n")},
		"content/teams/g.md": {Data: []byte("+++\ntitle = \"" + long + "\"\ncapacity = 10\n+++\n")},
		"content/teams/m.md": {Data: []byte("+++\ntitle = \"Marketing\"\ncapacity = 10\n+++\n")},
		"content/objectives/o.md": {Data: []byte("+++\ntitle = \"Mehr Termine\"\nteam = \"g\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n" +
			"[[key_results]]\ntitle = \"Termine\"\nstart = 0\ntarget = 10\ncurrent = 4\n+++\n")},
		"content/ideas/i.md": {Data: []byte("+++\ntitle = \"Angebotsvorlagen\"\nsubmitted = 2026-11-02\nteams = [\"m\", \"g\"]\n\n" +
			"[score]\nvalue = 5\ntime_criticality = 3\nrisk_reduction = 1\njob_size = 3\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	for _, c := range []struct {
		width    int64
		page     string
		selector string
	}{
		{375, "teams/g/", "h1"},
		{375, "objectives/", "main h2"},
		{375, "", ".team-head"},
		{375, "", ".team-tile h3"},
		{375, "", ".teams-cell"},
		{375, "priorities/", ".load-table th"},
		{1280, "backlog/", ".teams-cell"},
		{1280, "", ".teams-cell"},
		{1280, "teams/g/", ".teams-cell"},
	} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(c.width, 900)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/" + c.page + "index.html")
		if !strings.Contains(eval[string](tb, `[...document.querySelectorAll(`+mustJSON(c.selector)+`)].map(e => e.textContent).join(' ')`), long) {
			t.Fatalf("at %d px /%s has no %s naming the team; the test tests nothing there", c.width, c.page, c.selector)
		}
		for _, w := range splitParts(tb, c.selector) {
			t.Errorf("at %d px on /%s, %s breaks %q inside the word", c.width, c.page, c.selector, w)
		}
		if px := eval[float64](tb, `Math.min(...[...document.querySelectorAll(`+mustJSON(c.selector)+`)].map(e => parseFloat(getComputedStyle(e.querySelector('a, span') || e).fontSize)))`); px < 12 {
			t.Errorf("at %d px on /%s, %s is set in %.1f px type, smaller than 12", c.width, c.page, c.selector, px)
		}
	}
	tb.clean("long team names")
	// The example's teams have no such word: its idea tables keep their
	// teams' column of 15 %, and their names their size.
	example := serveSite(t, exampleSite(t))
	tb = newTab(t, ctx, example)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(example.URL + "/backlog/index.html")
	if got := eval[string](tb, `(() => { const t = document.querySelector('table.ideas'), c = t.querySelector('.c-teams'), a = t.querySelector('.teams-cell a');
		return (c.getBoundingClientRect().width / t.getBoundingClientRect().width).toFixed(3) + ' ' + getComputedStyle(a).fontSize; })()`); got != "0.150 15.2px" {
		t.Errorf("at 1280 px the example's teams' column has a share and type of %s, want 0.150 15.2px", got)
	}
	tb.clean("example's team column")
}

// On a phone and a tablet a link or control that stands alone, not in a
// line of text, is at least 24 px high to tap (WCAG 2.5.8; phone QA: the
// breadcrumb was 16 px, the disclosure of a chart's table 22, the
// footer's link to the data 21).
func TestBrowserLoneTargetsAreBigEnoughToTapOnAPhone(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	for _, width := range []int64{375, 768} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 812)); err != nil {
			t.Fatal(err)
		}
		for _, page := range []string{"teams/inside-sales/", "objectives/eine-wahrheit-im-crm/", "priorities/", "ideas/abm-pilot-top-50/"} {
			tb.open(srv.URL + "/" + page + "index.html")
			waitFor(tb, `!document.querySelector('.chart:not(.is-drawn)')`, 5*time.Second)
			small := eval[[]string](tb, `[...document.querySelectorAll('.crumbs a, .footer a, .poster-link, .chart-data > summary, .nav a')]
				.filter(el => el.getClientRects().length && el.getBoundingClientRect().height < 24)
				.map(el => el.textContent.trim().slice(0, 30) + ': ' + el.getBoundingClientRect().height.toFixed(1) + ' px')`)
			if len(small) > 0 {
				t.Errorf("at %d px on /%s, targets lower than 24 px: %q", width, page, small)
			}
			if n := eval[int](tb, `document.querySelectorAll('.crumbs a, .footer a, .chart-data > summary').length`); n < 2 {
				t.Errorf("at %d px /%s has %d such targets; the test tests little there", width, page, n)
			}
		}
	}
	tb.clean("targets on a phone")
}

// On a phone, where the teams' table is a card per team with each figure
// named, a team without a door has no line "Tür:" with nothing after it
// (QA of the teams page); one with a door keeps it.
func TestBrowserATeamsCardNamesNoFigureItLacks(t *testing.T) {
	ctx := browser(t)
	fsys := fstest.MapFS{
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"Ohne Tür\"\n+++\n")},
		"content/teams/b.md": {Data: []byte("+++\ntitle = \"Mit Tür\"\ndoor = \"Raum 1.01\"\n+++\n")},
	}
	srv := serveSite(t, build(t, fsys))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(375, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/teams/index.html")
	lines := eval[[]string](tb, `[...document.querySelectorAll('.teams-table td[data-label]')].filter(td => td.getClientRects().length).map(td => getComputedStyle(td, '::before').content.replace(/^"|"$/g, '') + td.textContent.trim())`)
	doors := 0
	for _, l := range lines {
		if strings.HasSuffix(l, ": ") {
			t.Errorf("on a phone a team's card shows %q with nothing after it", l)
		}
		if strings.HasPrefix(l, "Tür: ") {
			doors++
		}
	}
	if doors != 1 {
		t.Errorf("on a phone the teams' cards show %d doors, want the one team's: %q", doors, lines)
	}
	tb.clean("teams on a phone")
}
