package render_test

import (
	"bytes"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"fokus/generator/internal/wcag"
	"fokus/themes"
)

// Findings of an accessibility review (WCAG 2.1 AA) of the built site, held
// here so that they stay fixed.

// themeCSS is the built-in stylesheet.
func themeCSS(t *testing.T) string {
	t.Helper()
	data, err := fs.ReadFile(themes.Default(), "static/assets/fokus.css")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// cssVar is the value of a custom property of :root.
func cssVar(t *testing.T, css, name string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(name) + `:\s*([^;]+);`).FindStringSubmatch(css)
	if m == nil {
		t.Fatalf("fokus.css sets no %s", name)
	}
	return strings.TrimSpace(m[1])
}

// cssRule is the declarations of the first rule whose selector is exactly
// selector, searched in css (a whole sheet or a block of one).
func cssRule(t *testing.T, css, selector string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)(?:^|[}\n])\s*` + regexp.QuoteMeta(selector) + `\s*\{([^}]*)\}`).FindStringSubmatch(css)
	if m == nil {
		t.Fatalf("fokus.css has no rule for %q", selector)
	}
	return m[1]
}

// cssColour is the colour that a declaration of prop in decls gives, with
// var(--x) looked up in :root.
func cssColour(t *testing.T, css, decls, prop string) string {
	t.Helper()
	m := regexp.MustCompile(`(?:^|[;{\s])` + regexp.QuoteMeta(prop) + `:\s*([^;]+)`).FindStringSubmatch(decls)
	if m == nil {
		t.Fatalf("no %s in %q", prop, decls)
	}
	v := m[1]
	if vm := regexp.MustCompile(`var\((--[a-z-]+)\)`).FindStringSubmatch(v); vm != nil {
		return cssVar(t, css, vm[1])
	}
	if c := regexp.MustCompile(`#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b`).FindString(v); c != "" {
		return c
	}
	t.Fatalf("%s: %q is no colour", prop, v)
	return ""
}

func atLeast(t *testing.T, what, fg, bg string, want float64) {
	t.Helper()
	r, err := wcag.Contrast(fg, bg)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if r < want {
		t.Errorf("%s: %s on %s has a contrast of %.2f:1, want at least %.1f:1", what, fg, bg, r, want)
	}
}

// Muted text (ranks, formulas, meta lines) is read on the page, on cards,
// on striped and on hovered rows; green carries white text (done, the bar
// of a key result reached) and is text itself ("no findings") (1.4.3).
// The backlog filter's fields are told by their border (1.4.11).
func TestThemeColoursHaveTheContrastTheyNeed(t *testing.T) {
	css := themeCSS(t)
	muted, ok, bg := cssVar(t, css, "--muted"), cssVar(t, css, "--ok"), cssVar(t, css, "--bg")
	for _, under := range []string{bg, cssVar(t, css, "--card"), "#fafbfd", "#f2f5fc", "#f0f2f7"} {
		atLeast(t, "--muted", muted, under, 4.5)
	}
	atLeast(t, "white on --ok", "#ffffff", ok, 4.5)
	atLeast(t, "--ok as text", ok, bg, 4.5)
	atLeast(t, ".status-done", cssColour(t, css, cssRule(t, css, ".status-done"), "color"), cssColour(t, css, cssRule(t, css, ".status-done"), "background"), 4.5)
	atLeast(t, ".all-clear", cssColour(t, css, cssRule(t, css, ".all-clear"), "color"), bg, 4.5)
	atLeast(t, "the filter's fields' border", cssColour(t, css, cssRule(t, css, ".filter input, .filter select"), "border"), "#ffffff", 3)
}

// A callout (GitHub's > [!NOTE]) has a title in English and German, in a
// colour readable on its background (1.4.3).
func TestCalloutsHaveATitleAndItsContrast(t *testing.T) {
	css := themeCSS(t)
	background := cssColour(t, css, cssRule(t, css, ".prose blockquote.callout"), "background")
	for _, kind := range []string{"note", "tip", "important", "warning", "caution"} {
		atLeast(t, "the title of "+kind, cssColour(t, css, cssRule(t, css, ".callout-"+kind), "--callout"), background, 4.5)
		for _, rule := range []string{".callout-" + kind + "::before", ":lang(de) .callout-" + kind + "::before"} {
			if !regexp.MustCompile(`content: "\pL+"`).MatchString(cssRule(t, css, rule)) {
				t.Errorf("%s gives no title", rule)
			}
		}
	}
}

// mediaBlocks are the bodies of the @media blocks of css with this query.
func mediaBlocks(css, query string) []string {
	var out []string
	head := "@media " + query + " {"
	for rest := css; ; {
		i := strings.Index(rest, head)
		if i < 0 {
			return out
		}
		rest = rest[i+len(head):]
		depth, end := 1, 0
		for end = 0; end < len(rest) && depth > 0; end++ {
			switch rest[end] {
			case '{':
				depth++
			case '}':
				depth--
			}
		}
		out = append(out, rest[:end-1])
		rest = rest[end:]
	}
}

// On a phone the idea tables are cards: their column headers are out of
// sight, but a screen reader still names each cell's column (1.3.1).
func TestIdeaTablesKeepTheirHeadersForScreenReadersOnAPhone(t *testing.T) {
	css := themeCSS(t)
	var thead string
	for _, block := range mediaBlocks(css, "screen and (max-width: 959px)") { // a phone, a tablet upright
		if strings.Contains(block, "table.ideas thead") {
			thead = cssRule(t, block, "table.ideas thead")
		}
	}
	if thead == "" {
		t.Fatal("the phone layout says nothing about the idea tables' header")
	}
	if regexp.MustCompile(`display:\s*none|visibility:\s*hidden`).MatchString(thead) {
		t.Errorf("the phone layout takes the idea tables' header out of the accessibility tree: %q", thead)
	}
	for _, want := range []string{"position: absolute", "overflow: hidden", "clip-path: inset(50%)"} {
		if !strings.Contains(thead, want) {
			t.Errorf("the idea tables' header on a phone lacks %q (hidden to the eye only): %q", want, thead)
		}
	}
}

// In the load table an idea's row starts with an empty cell under its
// team's row: each team's rows are a row group headed by the team, and the
// empty cell names the team for a screen reader (1.3.1).
func TestTheLoadTableTiesEachIdeaToItsTeam(t *testing.T) {
	out := exampleSite(t)
	page := string(out["priorities/index.html"])
	table := regexp.MustCompile(`(?s)<table class="load-table">.*?</table>`).FindString(page)
	if table == "" {
		t.Fatal("no load table")
	}
	groups := regexp.MustCompile(`(?s)<tbody>(.*?)</tbody>`).FindAllStringSubmatch(table, -1)
	if want := strings.Count(string(out["teams/index.html"]), `<td class="load-cell"`); len(groups) != want || want == 0 {
		t.Fatalf("load table has %d row groups, want one per team (%d)", len(groups), want)
	}
	ideas := 0
	for _, g := range groups {
		head := regexp.MustCompile(`<th scope="rowgroup"><a class="team-name" href="[^"]+"[^>]*>([^<]+)</a></th>`).FindStringSubmatch(g[1])
		if head == nil {
			t.Errorf("a row group without its team as header: %.200s", g[1])
			continue
		}
		rows := strings.Split(g[1], "<tr>")[1:]
		for _, row := range rows {
			ideas++
			if !strings.HasPrefix(row, `<td><span class="visually-hidden">`+head[1]+`</span></td>`) {
				t.Errorf("an idea's row under %s does not name its team: %.160s", head[1], row)
			}
		}
	}
	if ideas == 0 {
		t.Error("no idea rows in the load table")
	}
	if strings.Contains(table, "<td></td>") {
		t.Error("the load table has an empty cell")
	}
}

var headingRe = regexp.MustCompile(`<h([1-6])[\s>]`)

// headings are the levels of a page's headings, in order.
func headings(page []byte) []int {
	var out []int
	for _, m := range headingRe.FindAllSubmatch(page, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		out = append(out, n)
	}
	return out
}

// Every page has one h1, and no heading is more than one level below the
// one before it: on the dashboard a team is an h3 and its objectives' cards
// are h4; on the page of all posters each poster is an h2, its parts h3.
func TestHeadingsNestWithoutSkippingALevel(t *testing.T) {
	out := exampleSite(t)
	pages := 0
	for _, p := range out.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		pages++
		levels := headings(out[p])
		h1 := 0
		for i, l := range levels {
			if l == 1 {
				h1++
			}
			if i > 0 && l > levels[i-1]+1 {
				t.Errorf("%s: an h%d follows an h%d", p, l, levels[i-1])
			}
		}
		if h1 != 1 || len(levels) == 0 || levels[0] != 1 {
			t.Errorf("%s: %d h1 among headings %v, want one, first", p, h1, levels)
		}
	}
	if pages < 50 {
		t.Fatalf("only %d pages", pages)
	}

	dash := string(out["index.html"])
	objectives := dash[strings.Index(dash, `id="obj-h"`):]
	if !strings.Contains(objectives, `<h3 class="team-head">`) {
		t.Fatal("the dashboard's objectives are not under their teams' h3")
	}
	cards := regexp.MustCompile(`(?s)<article class="card objective-card[^"]*">\s*<header>\s*<h(\d)>`).FindAllStringSubmatch(objectives, -1)
	if len(cards) == 0 {
		t.Fatal("no objective cards on the dashboard")
	}
	for _, c := range cards {
		if c[1] != "4" {
			t.Errorf("a card on the dashboard is headed by an h%s under its team's h3, want h4", c[1])
		}
	}
	// Elsewhere a card is under an h2 and keeps its h3.
	team := string(out["teams/inside-sales/index.html"])
	if !regexp.MustCompile(`(?s)<article class="card objective-card[^"]*">\s*<header>\s*<h3>`).MatchString(team) {
		t.Error("a team page's objective cards are no longer h3 under the section's h2")
	}

	all := out["posters/index.html"]
	if n := bytes.Count(all, []byte("<h1")); n != 1 {
		t.Errorf("posters/index.html has %d h1, want 1 (each poster's name is an h2)", n)
	}
	if n, teams := bytes.Count(all, []byte(`<h2 class="poster-team">`)), bytes.Count(all, []byte(`<article class="poster `)); n != teams || n == 0 {
		t.Errorf("posters/index.html: %d posters named by an h2, of %d", n, teams)
	}
	if one := out["posters/inside-sales/index.html"]; !bytes.Contains(one, []byte(`<h1 class="poster-team">Inside Sales</h1>`)) {
		t.Error("a team's poster page does not have the poster's name as its h1")
	}
}

// Small things a screen reader says better: a breadcrumb trail is named,
// the footer's data link says what it is, an arrow in a link is not read
// out, a progress bar beside its figure is not read as well, the charts'
// tables are named after their charts, and the print hint of a poster
// points to the same content as a web page.
func TestPagesSayWhatTheirPartsAre(t *testing.T) {
	out := exampleSite(t)
	crumbs := 0
	for _, p := range out.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		page := string(out[p])
		for _, nav := range regexp.MustCompile(`<nav class="crumbs"[^>]*>`).FindAllString(page, -1) {
			crumbs++
			if nav != `<nav class="crumbs" aria-label="Pfad">` {
				t.Errorf("%s: breadcrumb %s is not named", p, nav)
			}
		}
		if !strings.Contains(page, `index.json">Daten (JSON)</a>`) {
			t.Errorf("%s: the footer's link to index.json does not say it is the data", p)
		}
		if strings.Contains(page, "→</a>") {
			t.Errorf("%s: a link ends in an arrow that a screen reader reads out", p)
		}
		for _, bar := range regexp.MustCompile(`<span class="bar(?: bar-full)?"[^>]*>`).FindAllString(page, -1) {
			if !strings.Contains(bar, `aria-hidden="true"`) && !strings.Contains(bar, `role="img" aria-label="`) {
				t.Errorf("%s: a bar is neither named nor hidden: %s", p, bar)
			}
		}
	}
	if crumbs < 10 {
		t.Errorf("only %d breadcrumb trails", crumbs)
	}
	// A figure is printed beside the bar: the bar is hidden.
	for p, re := range map[string]string{
		"objectives/eine-wahrheit-im-crm/index.html": `<div class="progress-row big"><span class="bar[^"]*" aria-hidden="true">`,
		"index.html":       `<div class="progress-row"><span class="bar[^"]*" aria-hidden="true">`,
		"teams/index.html": `<span class="bar" aria-hidden="true"><span class="bar-fill" style="width: [^"]+"></span></span>\s*<span class="load-figure">`,
	} {
		if !regexp.MustCompile(re).Match(out[p]) {
			t.Errorf("%s: a bar beside its figure is not hidden from screen readers (%s)", p, re)
		}
	}
	// No figure beside a key result's bar in a card: it keeps its name.
	if !regexp.MustCompile(`<span class="kr-value">[^<]*</span><span class="bar[^"]*" role="img" aria-label="\d+[^"%]*%">`).Match(out["index.html"]) {
		t.Error("a key result's bar in a card, with no percentage beside it, is not named")
	}

	names := regexp.MustCompile(`data-table-label="Daten als Tabelle" data-table-name="([^"]+)"`).FindAllStringSubmatch(string(out["priorities/index.html"]), -1)
	if len(names) != 3 || names[0][1] == names[1][1] || names[1][1] == names[2][1] {
		t.Errorf("the priorities' chart tables are named %v, want three names", names)
	}

	one := string(out["posters/inside-sales/index.html"])
	hint := regexp.MustCompile(`(?s)<div class="print-hint".*?</div>`).FindString(one)
	if !strings.Contains(hint, `<a href="../../teams/inside-sales/index.html">die Seite des Teams Inside Sales</a>`) {
		t.Errorf("the poster's print hint does not link the team's page: %s", hint)
	}
	all := regexp.MustCompile(`(?s)<div class="print-hint".*?</div>`).FindString(string(out["posters/index.html"]))
	if !strings.Contains(all, `<a href="../teams/index.html">`) {
		t.Errorf("the posters' print hint does not link the teams' pages: %s", all)
	}

	// In English too.
	en := build(t, scoredSite("en", "wsjf"))
	idea := string(en["ideas/idee-1/index.html"])
	if !strings.Contains(idea, `<nav class="crumbs" aria-label="Breadcrumb">`) || !strings.Contains(idea, `index.json">Data (JSON)</a>`) {
		t.Error("an English page's breadcrumb or data link is not in English")
	}
}

// Links inside running text are underlined, not told by their colour
// alone (1.4.1); navigation, the brand and title links are not.
func TestLinksInRunningTextAreUnderlined(t *testing.T) {
	css := regexp.MustCompile(`(?s)/\*.*?\*/`).ReplaceAllString(themeCSS(t), "")
	m := regexp.MustCompile(`(?s)\n([^{}]*\.prose a[^{}]*)\{([^}]*)\}`).FindStringSubmatch(css)
	if m == nil {
		t.Fatal("no rule for the links in prose")
	}
	if !strings.Contains(m[2], "text-decoration: underline") {
		t.Errorf("links in running text are not underlined: %q", m[2])
	}
	selectors := strings.Split(m[1], ",")
	for i := range selectors {
		selectors[i] = strings.TrimSpace(selectors[i])
	}
	for _, want := range []string{".prose a", ".meta a", ".chart-note a", ".load-note a", ".without-objectives a", ".stops-line a", ".finding a"} {
		if !strings.Contains(","+strings.Join(selectors, ",")+",", ","+want+",") {
			t.Errorf("links of %s are not underlined", want)
		}
	}
	for _, plain := range []string{".nav a", ".brand", ".title-cell a"} {
		for _, s := range selectors {
			if s == plain {
				t.Errorf("%s is underlined too", plain)
			}
		}
	}
}

// On a phone an idea table's rows are cards and its header is out of
// sight, yet a screen reader finds the six column headers (1.3.1).
func TestBrowserIdeaTablesKeepTheirColumnHeadersOnAPhone(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(390, 900)); err != nil {
		t.Fatal(err)
	}
	tb.open(srv.URL + "/backlog/index.html")
	if box := eval[[]float64](tb, `(() => { const r = document.querySelector('table.ideas thead').getBoundingClientRect(); return [r.width, r.height]; })()`); box[0] > 1 || box[1] > 1 {
		t.Errorf("at 390 px the idea table's header shows, %.0f × %.0f px", box[0], box[1])
	}
	if d := eval[string](tb, `getComputedStyle(document.querySelector('table.ideas tbody tr')).display`); d != "grid" {
		t.Errorf("at 390 px an idea's row is laid out as %s, not as a card (grid)", d)
	}
	table, err := chromedp.Call(tb.ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: `document.querySelector('table.ideas')`})
	if err != nil || table.Result == nil || table.Result.ObjectID == "" {
		t.Fatalf("no idea table: %v", err)
	}
	ax, err := chromedp.Call(tb.ctx, accessibility.QueryAXTree, accessibility.QueryAXTreeParams{ObjectID: table.Result.ObjectID, Role: "columnheader"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, n := range ax.Nodes {
		if !n.Ignored && n.Name != nil {
			names = append(names, string(n.Name.Value))
		}
	}
	if len(names) != 6 {
		t.Errorf("at 390 px the idea table has %d column headers in the accessibility tree, want 6: %v", len(names), names)
	}
	tb.clean("backlog on a phone")
}

// Under the sticky header: what a link jumps to is not hidden below the
// header, and the skip link moves the focus to the content (2.4.1). A
// chart's tip stays while the pointer moves onto it and closes on Escape
// (1.4.13).
func TestBrowserSkipLinkAndAnchorsClearTheHeaderAndEscapeClosesATip(t *testing.T) {
	ctx := browser(t)
	srv := serveSite(t, exampleSite(t))
	tb := newTab(t, ctx, srv)
	// At 1000 px the navigation takes two lines, at 1280 px one.
	for _, width := range []int64{1000, 1280} {
		if _, err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(width, 800)); err != nil {
			t.Fatal(err)
		}
		tb.open(srv.URL + "/backlog/index.html#unassessed-h")
		if !waitFor(tb, `scrollY > 0`, 3*time.Second) {
			t.Fatal("the link to #unassessed-h did not scroll")
		}
		if gap := eval[float64](tb, `document.getElementById('unassessed-h').getBoundingClientRect().top - document.querySelector('.topbar').getBoundingClientRect().bottom`); gap < 0 {
			t.Errorf("at %d px the heading a link jumps to lies %.0f px under the sticky header", width, -gap)
		}
	}
	eval[bool](tb, `scrollTo(0, document.body.scrollHeight), true`)
	eval[bool](tb, `document.querySelector('a.skip').focus(), true`)
	if _, err := chromedp.Run(tb.ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	if !waitFor(tb, `document.activeElement && document.activeElement.id === 'main'`, 3*time.Second) {
		t.Errorf("the skip link left the focus on %s", eval[string](tb, `document.activeElement ? document.activeElement.tagName + '.' + document.activeElement.className : 'nothing'`))
	}

	tb.open(srv.URL + "/priorities/index.html")
	if !waitFor(tb, `!!document.querySelector('#chart-load svg path')`, 5*time.Second) {
		t.Fatal("the load chart drew nothing")
	}
	if !eval[bool](tb, `echarts.getInstanceByDom(document.getElementById('chart-load')).getOption().tooltip[0].enterable === true`) {
		t.Error("the load chart's tip closes as the pointer moves onto it")
	}
	const shown = `(() => { const tip = document.querySelector('#chart-load div[style*="z-index"]');
		if (!tip) return false;
		const s = getComputedStyle(tip);
		return s.display !== 'none' && s.visibility !== 'hidden' && s.opacity !== '0' && tip.textContent.length > 0; })()`
	eval[bool](tb, `(() => {
		const chart = echarts.getInstanceByDom(document.getElementById('chart-load'));
		const series = chart.getOption().series;
		const si = series.findIndex(s => s.type === 'bar' && (s.data || []).some(d => d && typeof d === 'object'));
		const di = series[si].data.findIndex(d => d && typeof d === 'object');
		chart.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: di});
		return true;
	})()`)
	if !waitFor(tb, shown, 3*time.Second) {
		t.Fatal("the load chart's tip did not show")
	}
	if _, err := chromedp.Run(tb.ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	if !waitFor(tb, `!`+shown, 3*time.Second) {
		t.Error("Escape did not close the load chart's tip")
	}
	// The disclosures of the charts' tables are told apart by the chart's name.
	labels := eval[[]string](tb, `[...document.querySelectorAll('details.chart-data > summary')].map(s => s.textContent)`)
	if len(labels) != 3 || labels[0] == labels[1] || labels[1] == labels[2] || !strings.HasPrefix(labels[0], "Daten als Tabelle") {
		t.Errorf("the charts' tables are disclosed as %q, want three named after their charts", labels)
	}
	tb.clean("skip link, anchors and tips")
}

// A theme whose partials.html was copied before the cards' heading level
// and the hidden bar (shown-bar) still builds: its own card reads the
// dashboard's card as it read an objective, and where the pages ask for
// the hidden bar it gets its own bar.
func TestAThemesOlderPartialsStillRender(t *testing.T) {
	data, err := fs.ReadFile(themes.Default(), "templates/partials.html")
	if err != nil {
		t.Fatal(err)
	}
	old := string(data)
	for _, r := range []struct{ re, with string }{
		{`(?m)^\{\{define "shown-bar"\}\}.*\{\{end\}\}\n`, ""},
		{`\{\{\$c := card \.V\}\}\{\{\$h := \$c\.Heading\}\}\{\{with \$c\.Objective\}\}`, `{{with .V}}`},
		{`(?s)\{\{- if eq \$h 4\}\}.*?\{\{- end\}\}`, `<h3 class="old"><a href="{{objectiveLink $p .}}">{{.Objective.Title}}</a></h3>`},
		{`\{\{shownBar \$p \.Progress\}\}`, `{{bar $p .Progress}}`},
	} {
		re := regexp.MustCompile(r.re)
		if !re.MatchString(old) {
			t.Fatalf("partials.html no longer has %s", r.re)
		}
		old = re.ReplaceAllLiteralString(old, r.with)
	}
	if strings.Contains(old, "card .V") || strings.Contains(old, `{{define "shown-bar"`) || strings.Contains(old, "{{shownBar") {
		t.Fatal("the old partials still use what they did not have")
	}
	fsys := stressSite("A4", "portrait", "/")
	fsys["fokus.toml"].Data = append([]byte("theme = \"old\"\n"), fsys["fokus.toml"].Data...)
	fsys["themes/old/templates/partials.html"] = &fstest.MapFile{Data: []byte(old)}
	out := build(t, fsys)
	if n := bytes.Count(out["index.html"], []byte(`<h3 class="old"><a href="objectives/`)); n == 0 {
		t.Error("the dashboard does not show the theme's own cards")
	}
	if !regexp.MustCompile(`<div class="progress-row big"><span class="bar[^"]*" role="img" aria-label="`).Match(out["objectives/ziel-1/index.html"]) {
		t.Error("an objective page of the old theme lacks its bar")
	}
}

// Long German compounds are hyphenated at a syllable where the browser has
// the language's rules, before they are broken anywhere; code keeps its
// characters.
func TestWordsAreHyphenatedButCodeIsNot(t *testing.T) {
	css := themeCSS(t)
	if !regexp.MustCompile(`(?m)^body \{[^}]*[^-]hyphens: auto;`).MatchString(css) {
		t.Error("fokus.css does not hyphenate the body's words")
	}
	if !regexp.MustCompile(`(?m)^code, pre[^{]*\{[^}]*[^-]hyphens: manual;`).MatchString(css) {
		t.Error("fokus.css hyphenates code")
	}
}

// A body with a top heading of its own (# Überblick, as Word and Confluence
// export one) is set below the page's title: the page keeps one h1, and
// the body's # and ## are its h2 and h3 (Markdown QA: a second h1, as large
// as the title, on the idea's, the objective's and the team's page). A
// body that starts at ##, as fokus new writes one, keeps its levels.
func TestABodysTopHeadingIsSetBelowThePageTitle(t *testing.T) {
	body := "# Überblick\n\nText.\n\n## Details\n\nMehr.\n\nAuch\n===\n"
	fsys := fstest.MapFS{
		"content/teams/t.md":      {Data: []byte("+++\ntitle = \"T\"\n+++\n" + body)},
		"content/ideas/a.md":      {Data: []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\nteams = [\"t\"]\n+++\n" + body)},
		"content/ideas/b.md":      {Data: []byte("+++\ntitle = \"B\"\nsubmitted = 2026-11-01\n+++\n## Problem\n\nText.\n\n### Teil\n")},
		"content/objectives/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"t\"\nperiod = \"2026-Q4\"\n\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 1\n+++\n" + body)},
	}
	out := build(t, fsys)
	for _, p := range []string{"ideas/a/index.html", "objectives/o/index.html", "teams/t/index.html"} {
		page := string(out[p])
		if n := strings.Count(page, "<h1"); n != 1 {
			t.Errorf("%s has %d h1, want the title's only", p, n)
		}
		for _, want := range []string{`<h2 id="ueberblick">Überblick</h2>`, `<h3 id="details">Details</h3>`, `<h2 id="auch">Auch</h2>`} {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %s", p, want)
			}
		}
	}
	if b := string(out["ideas/b/index.html"]); !strings.Contains(b, `<h2 id="problem">Problem</h2>`) || !strings.Contains(b, `<h3 id="teil">Teil</h3>`) {
		t.Error("a body that starts at ## does not keep its levels")
	}
}
