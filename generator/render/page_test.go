package render

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"fokus/generator/content"
	"fokus/generator/site"
	"fokus/themes"
)

func TestNumbersAreWrittenTheWayTheSiteLanguageWritesThem(t *testing.T) {
	cases := []struct {
		lang string
		in   float64
		want string
	}{
		{"de", 3.5, "3,5"},
		{"de", 4.3333, "4,33"},
		{"de", 5240, "5240"},
		{"de", 1180000, "1\u202f180\u202f000"},
		{"de", -12345.5, "\u221212\u202f345,5"},
		{"en", 3.5, "3.5"},
		{"en", 5240, "5,240"},
		{"en", 1180000, "1,180,000"},
		{"en", 999, "999"},
		// Below 0.1, two significant digits: two decimals would write
		// these as 0, or 0.008 as 0.01 beside a 0.0025 (QA).
		{"en", 0.00125, "0.0013"},
		{"de", 0.00125, "0,0013"},
		{"en", 0.000625, "0.00063"},
		{"en", -0.004, "\u22120.004"},
		{"en", 0.004999, "0.005"},
		{"en", 0, "0"},
		{"en", 0.005, "0.005"},
		{"en", 0.008, "0.008"},
		{"de", 1.0 / 15, "0,067"},
		{"en", 0.0115, "0.012"},
		{"en", 0.00145, "0.0015"},
		{"en", -0.0999, "\u22120.1"},
		{"en", 0.125, "0.13"},
	}
	for _, c := range cases {
		p := &Page{lang: c.lang}
		if got := p.Num(c.in); got != c.want {
			t.Errorf("Num(%v) in %s = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
}

// A number someone wrote keeps every decimal: a rate's key result from
// 0.005 to 0.015 read "0.01 / 0.02" rounded, and a current 0.0049 looked
// below its start (QA).
func TestWrittenNumbersKeepTheirDecimals(t *testing.T) {
	for _, c := range []struct {
		lang string
		in   float64
		want string
	}{
		{"de", 0.005, "0,005"},
		{"en", 0.0049, "0.0049"},
		{"en", 1.005, "1.005"},
		{"de", 12.345, "12,345"},
		{"de", 1180000.25, "1\u202f180\u202f000,25"},
		{"en", -3, "\u22123"},
	} {
		p := &Page{lang: c.lang}
		if got := p.Exact(c.in); got != c.want {
			t.Errorf("Exact(%v) in %s = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
}

// link takes what a theme author writes, as Hugo's relURL does (QA): an
// address elsewhere as it is, a path from the server's root from the
// site's, a fragment or query after the index.html.
func TestLinkTakesWhatThemeAuthorsWrite(t *testing.T) {
	p := &Page{Root: "../../"}
	for in, want := range map[string]string{
		"":                               "../../index.html",
		"backlog/":                       "../../backlog/index.html",
		"assets/fokus.css":               "../../assets/fokus.css",
		"/backlog/":                      "../../backlog/index.html",
		"backlog/#ranked":                "../../backlog/index.html#ranked",
		"backlog/?q=crm":                 "../../backlog/index.html?q=crm",
		"#top":                           "../../index.html#top",
		"https://example.com/x":          "https://example.com/x",
		"mailto:innovation@acme.example": "mailto:innovation@acme.example",
		"//cdn.example/x.js":             "//cdn.example/x.js",
		"ideas/a:b/":                     "../../ideas/a:b/index.html",
	} {
		if got, err := p.Link(in); got != want || err != nil {
			t.Errorf("Link(%q) = %q, %v, want %q", in, got, err, want)
		}
	}
}

// A link takes a document or its slug, and says so when given anything else.
func TestLinksTakeADocumentOrItsSlug(t *testing.T) {
	p := &Page{Root: "../../"}
	doc := content.Doc{Slug: "a#b"}
	idea := &site.Idea{Idea: &content.Idea{Doc: doc}}
	team := &site.Team{Team: &content.Team{Doc: doc}}
	objective := &site.Objective{Objective: &content.Objective{Doc: doc}}
	for _, c := range []struct {
		link func(any) (string, error)
		doc  any
		want string
	}{
		{p.IdeaLink, idea, "../../ideas/a%23b/index.html"},
		{p.IdeaLink, "a#b", "../../ideas/a%23b/index.html"},
		{p.TeamLink, team, "../../teams/a%23b/index.html"},
		{p.PosterLink, team, "../../posters/a%23b/index.html"},
		{p.ObjectiveLink, objective, "../../objectives/a%23b/index.html"},
	} {
		if got, err := c.link(c.doc); got != c.want || err != nil {
			t.Errorf("link(%T) = %q, %v; want %q", c.doc, got, err, c.want)
		}
	}
	if _, err := p.IdeaLink(42); err == nil {
		t.Error("no error for a link to a number")
	}
}

func TestPercentagesReadDoneOnlyWhenDone(t *testing.T) {
	for _, c := range []struct {
		lang string
		in   float64
		want string
	}{
		{"en", 0.996, "99%"},
		{"en", 1, "100%"},
		{"en", 1.2, "120%"},
		{"en", 0.004, "<1%"},
		{"de", 0.004, "<1\u202f%"},
		{"en", 0, "0%"},
		{"en", 0.5, "50%"},
		{"de", 0.5, "50\u202f%"},
		{"en", 0.994, "99%"},
	} {
		p := &Page{lang: c.lang}
		if got := p.Pct(c.in); got != c.want {
			t.Errorf("Pct(%v) in %s = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
}

// A theme that rewords a poster's "+ N more" line gets its own wording for
// one as well, not the built-in singular of another wording, as counted
// labels do (review: the poster's singulars were keyed apart).
func TestAThemesPosterMoreLineKeepsItsWordingForOne(t *testing.T) {
	custom := fstest.MapFS{"i18n/en.toml": &fstest.MapFile{Data: []byte(`"poster.more_objectives" = "and %d others"` + "\n")}}
	theme, err := LoadTheme(custom, themes.Default())
	if err != nil {
		t.Fatal(err)
	}
	p := &Page{lang: "en", strings: theme.strings["en"]}
	if got := p.PosterMore("poster.more_objectives", 1); got != "and 1 others" {
		t.Errorf("custom wording, 1: %q", got)
	}
	builtin, err := LoadTheme(themes.Default())
	if err != nil {
		t.Fatal(err)
	}
	p = &Page{lang: "en", strings: builtin.strings["en"]}
	if got := p.PosterMore("poster.more_objectives", 1); got != "+ 1 more objective" {
		t.Errorf("built-in wording, 1: %q", got)
	}
}

// Every label the built-in templates ask for has a text in both languages.
func TestTheBuiltInTemplatesLabelsAllHaveTexts(t *testing.T) {
	theme, err := LoadTheme(themes.Default())
	if err != nil {
		t.Fatal(err)
	}
	if len(theme.labelUses()) < 50 {
		t.Fatalf("only %d labels found in the built-in templates", len(theme.labelUses()))
	}
	for _, lang := range []string{"de", "en"} {
		for _, m := range theme.MissingLabels(lang) {
			t.Errorf("%s:%d: label %q has no text in %s", m.File, m.Line, m.Key, lang)
		}
	}
}

// A theme that copies the built-in templates unchanged keeps every part
// shared (Page.memo); one whose badge is its own shares neither the badge
// nor the row that calls it, but still the navigation.
func TestCopiedPartsStayShared(t *testing.T) {
	files := fstest.MapFS{}
	for _, name := range []string{"layout.html", "partials.html", "idea.html"} {
		data, err := fs.ReadFile(themes.Default(), "templates/"+name)
		if err != nil {
			t.Fatal(err)
		}
		files["templates/"+name] = &fstest.MapFile{Data: data}
	}
	theme, err := LoadTheme(files, themes.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"site-header", "site-footer", "idea-row", "badge", "teams-inline"} {
		if !theme.sharable["backlog"][name] {
			t.Errorf("%s of a copied theme is not shared", name)
		}
	}
	partials := string(files["templates/partials.html"].Data)
	files["templates/partials.html"] = &fstest.MapFile{Data: []byte(strings.Replace(partials, `{{define "badge"}}<span class="badge`, `{{define "badge"}}<span title="{{.P.Title}}" class="badge`, 1))}
	theme, err = LoadTheme(files, themes.Default())
	if err != nil {
		t.Fatal(err)
	}
	if s := theme.sharable["backlog"]; s["badge"] || s["idea-row"] || !s["site-header"] {
		t.Errorf("a theme's own badge: badge shared %t, idea-row shared %t, site-header shared %t", s["badge"], s["idea-row"], s["site-header"])
	}
}

// An ellipsis is bound to the word before it, so that a line never starts
// with it ("We stop" / "…" on a poster of large type, QA).
func TestEllipsesStayWithTheirWord(t *testing.T) {
	for _, name := range []string{"i18n/de.toml", "i18n/en.toml"} {
		data, err := fs.ReadFile(themes.Default(), name)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			if strings.Contains(line, " …") {
				t.Errorf("%s:%d: a space before …, where a line may break: %s", name, i+1, line)
			}
		}
	}
}

// The address a poster prints: letters, not %-escapes, but what must stay
// escaped to mean the same address does (see TestPosterPrintsItsAddressReadably).
func TestReadableURLUnescapesLettersOnly(t *testing.T) {
	for u, want := range map[string]string{
		"https://x.example/teams/%C3%A9quipe/":              "https://x.example/teams/équipe/",
		"https://x.example/teams/%D9%81%D8%B1%D9%8A%D9%82/": "https://x.example/teams/فريق/",
		"https://x.example/teams/a%20b%25c%23/":             "https://x.example/teams/a%20b%25c%23/",
		"https://x.example/teams/caf%C3%A9%20x/":            "https://x.example/teams/café%20x/",
		"https://x.example/teams/bad%C3/":                   "https://x.example/teams/bad%C3/",
	} {
		if got := readableURL(u); got != want {
			t.Errorf("readableURL(%s) = %s, want %s", u, got, want)
		}
	}
}

// A theme's text keeps fokus's placeholders in order, may leave out the
// last, and may write %v for any of them, which prints it as it is.
func TestPlaceholdersOfAThemesText(t *testing.T) {
	for _, c := range []struct {
		own, builtin string
		ok           bool
	}{
		{"Top %d of %d", "The %d best of %d", true},
		{"The best", "The %d best of %d", true},
		{"+ %v more", "+ %d more", true},
		{"%[2]d of %[1]d", "The %d best of %d", true},
		{"team %d %s", "the page of team %s", false},
		{"%s best", "The %d best of %d", false},
		// a label that fokus does not format prints a placeholder as written
		{"Ideen %d", "scored open ideas", false},
		{"100 % sicher, 50%", "sure", true},
		// where fokus fills in, a percent sign is written %% (QA: "at
		// 100%" showed as "at 100%!(NOVERB)")
		{"the page of %s at 100%", "the page of team %s", false},
		{"the page of %s (100%!)", "the page of team %s", false},
		{"the page of %s at 100%%", "the page of team %s", true},
		{"50%% of %d", "The %d best of %d", true},
		{"%d von %d Ideen", "{shown} of {total} ideas", false},
		{"{anzahl} von {total}", "{shown} of {total} ideas", false},
		{"{shown} Ideen", "{shown} of {total} ideas", true},
	} {
		if got := placeholdersDiffer(c.own, c.builtin) == ""; got != c.ok {
			t.Errorf("%q for %q: accepted %v, want %v", c.own, c.builtin, got, c.ok)
		}
	}
}

// A poster's QR code holds its team's address in ASCII (a host in
// punycode), and base_url as it is written otherwise.
func TestTheQRCodesAddressIsASCII(t *testing.T) {
	for base, want := range map[string]string{
		"https://intranet.example/ideen-für-alle/": "https://intranet.example/ideen-f%C3%BCr-alle/teams/inside-sales/",
		"https://intranet.example/innovation":      "https://intranet.example/innovation/teams/inside-sales/",
		"https://intranet.example":                 "https://intranet.example/teams/inside-sales/",
		"http://Intranet.example:8080/a%20b/%7Ex/": "http://Intranet.example:8080/a%20b/%7Ex/teams/inside-sales/",
		"/innovation/":                       "",
		"https://Fokus.Bücher.example:8443/": "https://Fokus.xn--bcher-kva.example:8443/teams/inside-sales/",
		"https://例え.テスト/":                    "https://xn--r8jz45g.xn--zckzah/teams/inside-sales/",
		"https://bu\u0308cher.example/":      "https://xn--bcher-kva.example/teams/inside-sales/", // ü as macOS writes it
	} {
		if got := teamURL(base, "inside-sales"); got != want {
			t.Errorf("base_url %q: the QR code holds %q, want %q", base, got, want)
		}
	}
}

// The punycode of RFC 3492's examples and of hosts as intranets name them.
func TestPunycodeIsRFC3492s(t *testing.T) {
	for in, want := range map[string]string{
		"bücher":        "bcher-kva",
		"münchen":       "mnchen-3ya",
		"テスト":           "zckzah",
		"例え":            "r8jz45g",
		"他们为什么不说中文":     "ihqwcrb4cv8a8dqg056pqjye",
		"zürich-intern": "zrich-intern-dlb",
	} {
		if got := punycode(in); got != want {
			t.Errorf("punycode(%q) = %q, want %q", in, got, want)
		}
	}
}
