package content

import (
	"errors"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/yuin/goldmark/ast"

	"fokus/themes"
)

func TestSplitAcceptsBOMAndCRLFAndCountsLinesInTheFile(t *testing.T) {
	src, err := Split([]byte("\ufeff+++\r\ntitle = \"X\"\r\n+++\r\n\r\nBody\r\n"))
	if err != nil {
		t.Fatal(err.Message)
	}
	if src.Front != "title = \"X\"\n" || string(src.Body) != "\nBody\n" || src.FrontLine != 2 || src.BodyLine != 4 {
		t.Fatalf("got %+v", src)
	}
}

func TestSplitTakesTheFirstClosingDelimiter(t *testing.T) {
	src, err := Split([]byte("+++\na = 1\n+++ \nbody\n+++\nmore\n"))
	if err != nil {
		t.Fatal(err.Message)
	}
	if src.Front != "a = 1\n" || string(src.Body) != "body\n+++\nmore\n" {
		t.Fatalf("got %+v", src)
	}
}

func TestSplitOfAFileWithoutBody(t *testing.T) {
	src, err := Split([]byte("+++\na = 1\n+++"))
	if err != nil {
		t.Fatal(err.Message)
	}
	if src.Front != "a = 1\n" || len(src.Body) != 0 {
		t.Fatalf("got %+v", src)
	}
}

func TestPositionsOfKeysValuesAndArrayElements(t *testing.T) {
	front := `title = "X"   # comment
teams = [
  "a",   # first
  "b", "c",
]
"quoted key" = 1
desc = """
[not a table]
"""
score.job_size = 0

[decision]
  by = "Ü"

[[key_results]]
title = "one"

[[key_results]]
title = "two"

[[key_results.checkins]]
value = 1

[[key_results.checkins]]
value = 2
`
	p := scanPositions(front, 2)
	for path, want := range map[string]Pos{
		"title":                           {2, 9},
		"title#key":                       {2, 1},
		"teams":                           {3, 9},
		"teams.0":                         {4, 3},
		"teams.1":                         {5, 3},
		"teams.2":                         {5, 8},
		"quoted key#key":                  {7, 1},
		"desc":                            {8, 8},
		"score.job_size":                  {11, 18},
		"decision":                        {13, 1},
		"decision.by":                     {14, 8},
		"decision.by#key":                 {14, 3},
		"key_results.0.title":             {17, 9},
		"key_results.1":                   {19, 1},
		"key_results.1.title":             {20, 9},
		"key_results.1.checkins.1.value":  {26, 9},
		"key_results.1.checkins.0":        {22, 1},
		"key_results.1.checkins.0.absent": {22, 1},
		"absent":                          {1, 1},
	} {
		if got := p.at(path); strings.HasSuffix(path, "#key") {
			got = p.keyAt(strings.TrimSuffix(path, "#key"))
			if got != want {
				t.Errorf("keyAt(%q) = %v, want %v", path, got, want)
			}
		} else if got != want {
			t.Errorf("at(%q) = %v, want %v", path, got, want)
		}
	}
	if _, ok := p.m["not a table"]; ok {
		t.Error("a line inside a multi-line string was taken for a table header")
	}
}

func TestSafeURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://example.com":         true,
		"http://example.com":          true,
		"mailto:a@example.com":        true,
		"tel:+41441234567":            true,
		"../ideas/x/":                 true,
		"#top":                        true,
		"a/b:c":                       true,
		"javascript:alert(1)":         false,
		"JaVaScRiPt:alert(1)":         false,
		"jav&#x61;script:alert(1)":    false,
		"&#106;avascript:alert(1)":    false,
		"java%73cript:alert(1)":       false,
		"java\tscript:alert(1)":       false,
		" javascript:alert(1)":        false,
		"javascript&colon;alert(1)":   false,
		"vbscript:msgbox(1)":          false,
		"data:text/html;base64,PHNj":  false,
		"file:///etc/passwd":          false,
		"java%zzscript:alert(1)":      false,
		"\x00javascript:alert(1)":     false,
		"https://example.com/?q=a:b":  true,
		"ideas/x?next=javascript:foo": true,
	} {
		if got := SafeURL(u); got != want {
			t.Errorf("SafeURL(%q) = %t, want %t", u, got, want)
		}
	}
}

func TestMarkdownRendersGFMAndHeadingIDs(t *testing.T) {
	body := "# Über uns\n\n## Problem\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~alt~~\n\n- [x] erledigt\n- [ ] offen\n\nSiehe https://example.com/x und www.example.org.\n"
	html, err := NewMarkdown(false).HTML("", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<h2 id="ueber-uns">Über uns</h2>`, // below the page's title, its h1 (see belowTitle)
		`<h3 id="problem">Problem</h3>`,
		"<table>", `<th style="text-align:right">b</th>`, "<td>1</td>",
		"<del>alt</del>",
		`<input checked="" disabled="" type="checkbox"> erledigt`,
		`<input disabled="" type="checkbox"> offen`,
		`<a href="https://example.com/x">https://example.com/x</a>`,
		`<a href="http://www.example.org">www.example.org</a>`,
	} {
		if !strings.Contains(string(html), want) {
			t.Errorf("HTML lacks %s:\n%s", want, html)
		}
	}
}

func TestMarkdownOmitsRawHTMLUnlessAllowed(t *testing.T) {
	body := []byte("<div class=\"x\">hi</div>\n\ntext <b>bold</b>\n")
	safe, _ := NewMarkdown(false).HTML("", body)
	if strings.Contains(string(safe), "<div") || strings.Contains(string(safe), "<b>") {
		t.Errorf("raw HTML rendered without unsafe_html:\n%s", safe)
	}
	unsafe, _ := NewMarkdown(true).HTML("", body)
	if !strings.Contains(string(unsafe), `<div class="x">hi</div>`) || !strings.Contains(string(unsafe), "<b>bold</b>") {
		t.Errorf("raw HTML not rendered with unsafe_html:\n%s", unsafe)
	}
}

func TestMarkdownKeepsTheTextOfRemovedLinks(t *testing.T) {
	html, _ := NewMarkdown(false).HTML("", []byte("[click **here**](javascript:alert(1)) and ![pic](javascript:x) <javascript:alert(1)>\n"))
	if got := string(html); got != "<p>click <strong>here</strong> and  </p>\n" {
		t.Errorf("got %q", got)
	}
}

func TestQuotedDatesAreAcceptedAsCalendarDays(t *testing.T) {
	p := NewParser(DefaultConfig(), nil)
	doc, diags := p.Parse(KindIdea, "content/ideas/x.md", []byte("+++\ntitle = \"X\"\nsubmitted = \"2026-03-29\"\n[decision]\ndate = 2026-03-29T23:30:00Z\nby = \"B\"\nrationale = \"R\"\n+++\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	idea := doc.(*Idea)
	if !idea.Submitted.Equal(Day(2026, 3, 29)) {
		t.Errorf("submitted = %v", idea.Submitted)
	}
	// 23:30 UTC is already the next day in Zurich (summer time since that night).
	if !idea.Decision.Date.Equal(Day(2026, 3, 30)) {
		t.Errorf("decision date = %v, want the day in the site's time zone", idea.Decision.Date)
	}
}

func TestCheckinsGiveTheCurrentValueOfAKeyResult(t *testing.T) {
	p := NewParser(DefaultConfig(), nil)
	doc, diags := p.Parse(KindObjective, "content/objectives/o.md", []byte(`+++
title = "O"
team = "t"
period = "2026-Q4"

[[key_results]]
title = "K"
start = 0
target = 10
current = 1

[[key_results.checkins]]
date = 2026-11-01
value = 7

[[key_results.checkins]]
date = 2026-10-01
value = 4

[[key_results]]
title = "Y"
done = false

[[key_results.checkins]]
date = 2026-11-01
value = 1

[[key_results]]
title = "Written as done is"
done = false

[[key_results.checkins]]
date = 2026-10-01
value = false

[[key_results.checkins]]
date = 2026-11-01
value = true
+++
`))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	o := doc.(*Objective)
	if kr := o.KeyResults[0]; kr.Current != 7 || kr.YesNo {
		t.Errorf("numeric result: current = %v (newest check-in is 7)", kr.Current)
	}
	if kr := o.KeyResults[1]; !kr.YesNo || !kr.Done {
		t.Errorf("yes/no result with a check-in of 1: %+v", kr)
	}
	if kr := o.KeyResults[2]; !kr.YesNo || !kr.Done || len(kr.Checkins) != 2 || kr.Checkins[0].Value != 0 || kr.Checkins[1].Value != 1 {
		t.Errorf("yes/no result with check-ins of false and true: %+v", kr)
	}
	_ = time.UTC
}

// Two check-ins on one day with times: the later in the day is the newest,
// whatever the order they are written in (QA: the one written last won);
// a local date-time is in the site's time zone, as the offset ones are.
func TestTheLaterCheckinOfADayIsTheNewest(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Location, _ = time.LoadLocation("Pacific/Auckland")
	p := NewParser(cfg, nil)
	doc, diags := p.Parse(KindObjective, "content/objectives/o.md", []byte(`+++
title = "O"
team = "t"
period = "2027-Q1"

[[key_results]]
title = "Offsets"
start = 0
target = 100

[[key_results.checkins]]
date = 2027-02-03T18:00:00+13:00
value = 80

[[key_results.checkins]]
date = 2027-02-03T09:00:00+13:00
value = 30

[[key_results]]
title = "Local times"
start = 0
target = 100

[[key_results.checkins]]
date = 2027-02-03T17:00:00
value = 60

[[key_results.checkins]]
date = 2027-02-03T05:00:00Z
value = 40

[[key_results]]
title = "With and without a time"
start = 0
target = 100

[[key_results.checkins]]
date = 2027-02-03T10:00:00+13:00
value = 10

[[key_results.checkins]]
date = 2027-02-03
value = 0

[[key_results.checkins]]
date = 2027-02-03T09:00:00+13:00
value = 9
+++
`))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	o := doc.(*Objective)
	if kr := o.KeyResults[0]; kr.Current != 80 {
		t.Errorf("offset times: current = %v, want 80 (18:00 is newer than 09:00)", kr.Current)
	}
	// 05:00 UTC is 18:00 in Auckland (UTC+13), an hour after 17:00 there.
	if kr := o.KeyResults[1]; kr.Current != 40 {
		t.Errorf("local and UTC times: current = %v, want 40", kr.Current)
	}
	// One without a time is at the day's beginning (review: 09:00 won).
	if kr := o.KeyResults[2]; kr.Current != 10 {
		t.Errorf("with and without a time: current = %v, want 10", kr.Current)
	}
}

// review_every is read as a person writes it: "14d", "14D", "2w", "2W",
// 14 and 14.0 (QA: "14D" and 14.0 were refused, the latter with a message
// that called 14 wrong).
func TestReviewEveryIsReadInEveryUsualSpelling(t *testing.T) {
	for value, want := range map[string]int{`"14d"`: 14, `"14D"`: 14, `"2w"`: 14, `"3W"`: 21, `14`: 14, `14.0`: 14, `" 7 d "`: 7} {
		cfg, diags := LoadConfig(fstest.MapFS{"fokus.toml": {Data: []byte("review_every = " + value + "\n")}})
		if len(diags) > 0 || cfg.ReviewEvery != want {
			t.Errorf("review_every = %s: %d days, %v; want %d", value, cfg.ReviewEvery, diags, want)
		}
	}
}

func TestHeadingIDsAreUniqueAndKeepUmlautsReadable(t *testing.T) {
	html, _ := NewMarkdown(false).HTML("", []byte("## Größe & Kosten\n\n## Größe & Kosten\n\n## Main\n\n## ???\n"))
	for _, want := range []string{`<h2 id="groesse-kosten">`, `<h2 id="groesse-kosten-1">`, `<h2 id="main-1">`, `<h2 id="heading">`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("HTML lacks %s:\n%s", want, html)
		}
	}
}

func TestSlugify(t *testing.T) {
	for title, want := range map[string]string{
		"Über Größe":                        "ueber-groesse",
		"CO₂-Bilanz pro m²":                 "co2-bilanz-pro-m2",
		"  LinkedIn: Thought-Leadership!  ": "linkedin-thought-leadership",
		"Café crème à la carte":             "cafe-creme-a-la-carte",
		"ÄÖÜ äöü ß":                         "aeoeue-aeoeue-ss",
		"2027 – Q1 / PI 27.1":               "2027-q1-pi-27-1",
		"Don't cold-call: Q1's plan":        "dont-cold-call-q1s-plan",
		"It’s O’Neill’s CHF 1'000":          "its-oneills-chf-1000",
		"'Quoted' rock 'n' roll":            "quoted-rock-n-roll",
		"!!!":                               "",
		"日本":                                "日本",
		"Привет мир":                        "привет-мир",
		"Ελληνικά Νέα":                      "ελληνικά-νέα",
		"مشروع الولاء":                      "مشروع-الولاء",
		"नमस्ते दुनिया":                     "नमस्ते-दुनिया",
		"— ́x":                              "x",
		strings.Repeat("a", 100):            strings.Repeat("a", 80),
		strings.Repeat("я", 100):            strings.Repeat("я", 80),
		// Letters of four bytes: 50 of them are 200 bytes, far below the
		// 255 a file name may have (QA: 80 were "file name too long").
		strings.Repeat("𠮷", 90):   strings.Repeat("𠮷", 50),
		strings.Repeat("𠮷𠮷 ", 30): strings.TrimSuffix(strings.Repeat("𠮷𠮷-", 22), "-"),
		// Cut at the end of the last whole word, not in it.
		strings.Repeat("wort ", 15) + "qualifizierung": strings.Repeat("wort-", 15)[:74],
		strings.Repeat("wort ", 16) + "mehr":           strings.Repeat("wort-", 16)[:79],
		// A word boundary only in the first half: cut mid-word.
		"ab " + strings.Repeat("x", 100): "ab-" + strings.Repeat("x", 77),
	} {
		if got := Slugify(title); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestPositionsOfQuotedTableNamesWithBrackets(t *testing.T) {
	p := scanPositions("[\"a]b\".c]\nx = 1\n['q\"']\ny = 2\n", 2)
	if got := p.at("a]b.c.x"); got != (Pos{3, 5}) {
		t.Errorf("at(a]b.c.x) = %v", got)
	}
	if got := p.at("q\".y"); got != (Pos{5, 5}) {
		t.Errorf("at(q\".y) = %v", got)
	}
}

func TestPositionsInsideInlineTables(t *testing.T) {
	front := `score = { impact = 3, confidence = 3, ease = "3" }
key_results = [
  { title = "a", start = 0, target = 10, current = 3 },
  { title = "b, {x} = #y", "qu.ote" = 'x', c.d = 1, nest = { k = [1, { m = 2 }] } },
]
desc = """
{ not = "a table" }
"""
multi = {
  a = 1, # a comment, with = and }
  b = """
x""", c = 'z',
}
"Ü" = { "ä" = "é", "ö" = 2 }
tail = { s = "\"}", t = 1979-05-27 07:32:00Z, u = [] }
after = 1
`
	var m map[string]any
	if _, err := toml.Decode(front, &m); err != nil {
		t.Fatalf("the test's front matter is not TOML: %v", err)
	}
	p := scanPositions(front, 2)
	for path, want := range map[string]Pos{
		"score":                        {2, 9},
		"score.impact#key":             {2, 11},
		"score.impact":                 {2, 20},
		"score.ease#key":               {2, 39},
		"score.ease":                   {2, 46},
		"score.absent":                 {2, 9}, // a missing key: the table's '{'
		"key_results.0":                {4, 3},
		"key_results.0.current#key":    {4, 42},
		"key_results.0.current":        {4, 52},
		"key_results.1":                {5, 3},
		"key_results.1.absent":         {5, 3},
		"key_results.1.qu.ote#key":     {5, 28},
		"key_results.1.qu.ote":         {5, 39},
		"key_results.1.c#key":          {5, 44}, // a dotted key opens its table where it starts
		"key_results.1.c":              {5, 44},
		"key_results.1.c.d#key":        {5, 44},
		"key_results.1.c.d":            {5, 50},
		"key_results.1.nest#key":       {5, 53},
		"key_results.1.nest.k.0":       {5, 67},
		"key_results.1.nest.k.1":       {5, 70},
		"key_results.1.nest.k.1.m#key": {5, 72},
		"key_results.1.nest.k.1.m":     {5, 76},
		"key_results.1.nest.k.1.x":     {5, 70},
		"desc":                         {7, 8},
		"multi.a#key":                  {11, 3},
		"multi.b#key":                  {12, 3},
		"multi.c#key":                  {13, 7},
		"multi.c":                      {13, 11},
		"Ü":                            {15, 7}, // columns count characters
		"Ü.ä#key":                      {15, 9},
		"Ü.ö":                          {15, 26},
		"tail.t":                       {16, 25},
		"tail.u#key":                   {16, 47},
		"tail.u":                       {16, 51},
		"after":                        {17, 9},
	} {
		if key, ok := strings.CutSuffix(path, "#key"); ok {
			if got := p.keyAt(key); got != want {
				t.Errorf("keyAt(%q) = %v, want %v", key, got, want)
			}
		} else if got := p.at(path); got != want {
			t.Errorf("at(%q) = %v, want %v", path, got, want)
		}
	}
	if _, ok := p.m["not"]; ok {
		t.Error("a line inside a multi-line string was taken for a key")
	}
}

func TestPositionsOfDottedKeysOpenTheirTables(t *testing.T) {
	p := scanPositions("title = \"X\"\nscroe.value = 1\nscroe.job_size = 2\n", 2)
	if got := p.keyAt("scroe"); got != (Pos{3, 1}) {
		t.Errorf("keyAt(scroe) = %v", got)
	}
	if got := p.at("scroe.absent"); got != (Pos{3, 1}) {
		t.Errorf("at(scroe.absent) = %v", got)
	}
}

// A content folder that cannot be read is that error, not "no content/
// folder", which would send the user looking for a folder that is there.
func TestAnUnreadableContentFolderIsNotAMissingOne(t *testing.T) {
	if _, _, err := List(fstest.MapFS{"notes.txt": {}}); !errors.Is(err, ErrNoContent) {
		t.Errorf("no content/: got %v, want ErrNoContent", err)
	}
	_, _, err := List(deniedFS{})
	if err == nil || errors.Is(err, ErrNoContent) || !errors.Is(err, fs.ErrPermission) {
		t.Errorf("unreadable content/: got %v, want a permission error", err)
	}
}

// A folder with fokus.toml and no content/ yet is a site without content,
// as for fokus new, and as a Hugo site with only its config builds.
func TestASiteWithOnlyFokusTomlHasNoFiles(t *testing.T) {
	files, diags, err := List(fstest.MapFS{"fokus.toml": {Data: []byte("title = \"x\"\n")}})
	if err != nil || len(files) != 0 || len(diags) != 0 {
		t.Errorf("List = %v, %v, %v; want no files, no diagnostics, no error", files, diags, err)
	}
}

// deniedFS has a content folder that may not be read.
type deniedFS struct{}

func (deniedFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
}

// Every id the default theme's templates write is kept from headings, so
// that a body's heading cannot make a page's id twice (review: the
// backlog's filter was missing from the list).
func TestHeadingsCannotTakeAnIDOfTheDefaultTheme(t *testing.T) {
	literal := regexp.MustCompile(`\bid="([A-Za-z][\w-]*)"`)
	found := 0
	theme := themes.Default()
	err := fs.WalkDir(theme, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		data, err := fs.ReadFile(theme, p)
		for _, m := range literal.FindAllStringSubmatch(string(data), -1) {
			found++
			if got := string(newHeadingIDs().Generate([]byte(m[1]), ast.KindHeading)); got == m[1] {
				t.Errorf("%s: a heading %q takes the id %q of the page", p, m[1], got)
			}
		}
		return err
	})
	if err != nil || found == 0 {
		t.Fatalf("no ids found in the default theme (%v)", err)
	}
}

// A control character in a string (TOML's "\u0001") would make every page
// that shows it invalid HTML: it is left out of the value, with a warning;
// tabs and line breaks stay.
func TestControlCharactersAreLeftOutOfStrings(t *testing.T) {
	p := NewParser(DefaultConfig(), nil)
	doc, diags := p.Parse(KindIdea, "content/ideas/x.md", []byte("+++\ntitle = \"A\\u0001B\\u009fC\"\nsubmitted = 2026-03-29\ntags = [\"x\\u001by\"]\n[decision]\ndate = 2026-03-29\nby = \"B\"\nrationale = \"\"\"\nLine one,\tand\nline two.\"\"\"\n+++\n"))
	idea := doc.(*Idea)
	if idea.Title != "ABC" || idea.Tags[0] != "xy" || idea.Decision.Rationale != "Line one,\tand\nline two." {
		t.Errorf("title %q, tags %q, rationale %q", idea.Title, idea.Tags, idea.Decision.Rationale)
	}
	if len(diags) != 2 {
		t.Errorf("want a warning for the title and the tag, got %v", diags)
	}
	// Characters that turn the text's direction too (security review).
	doc, diags = p.Parse(KindIdea, "content/ideas/x.md", []byte("+++\ntitle = \"accounts\u202e 80 %\"\nsubmitted = 2026-03-29\n+++\n"))
	if title := doc.(*Idea).Title; title != "accounts 80 %" || len(diags) != 1 || !strings.Contains(diags[0].Message, "turns the direction of the text after it (U+202E)") {
		t.Errorf("title %q, diagnostics %v", title, diags)
	}
}

// hasControl, the byte scan every string gets, says what noText says.
func TestHasControlIsContainsFuncOfNoText(t *testing.T) {
	for _, s := range []string{"", "plain", "Über Größe ß €", "tab\there", "line\nbreak\r\n", "a\x00b", "\x1b[2J", "del\x7f",
		"c1 \u0085 nel", "c1 \u009f", "nbsp\u00a0ok", "\u00bfok", "emoji 🎉", "\u2028 is text here",
		"rlo\u202e", "lre\u202a", "\u2066isolate\u2069", "marks \u200e\u200f stay", "\u2029 \u2070 \u20ac \u2065 \u206a",
		"\ufffe", "\uffff", "\ufffd ok", "\ufdd0", "\ufdef", "\ufdcf \ufdf0 ok", "\U0001fffe", "\U0010ffff", "\U0001fffd \U0002fffd \U0001f600 ok", "\U000efffe", "\uefff \uf8ff ok"} {
		if got, want := hasControl(s), strings.ContainsFunc(s, noText); got != want {
			t.Errorf("hasControl(%q) = %v, want %v", s, got, want)
		}
	}
}

// The scan takes eight bytes at once where it can: a character is found at
// every place in a longer text, and printable ASCII around it is none.
func TestHasUnshowableFindsACharacterAtEveryPlace(t *testing.T) {
	for _, c := range []string{"\x00", "\x01", "\x1f", "\x7f", "\u0085", "\ufffe", "\U0010ffff", "\u202e", " ", "~", "\t", "\n", "ä", "€", "\u00a0", "🎉"} {
		for at := range 20 {
			s := strings.Repeat("a", at) + c + strings.Repeat("Z", 19-at)
			if got, want := hasControl(s), strings.ContainsFunc(s, noText); got != want {
				t.Errorf("hasControl(%q) = %v, want %v", s, got, want)
			}
			if got, want := hasUnshowable([]byte(s), false), strings.ContainsFunc(s, unshowable); got != want {
				t.Errorf("hasUnshowable(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// A name that grows past what file systems take in its composed form is an
// error at the file, not a failed write of the page (security review).
func TestANameTooLongForAFolderIsAnErrorAtTheFile(t *testing.T) {
	p := NewParser(DefaultConfig(), nil)
	name := "content/ideas/" + strings.Repeat("\u0958", 84) + ".md"
	_, diags := p.Parse(KindIdea, name, []byte("+++\ntitle = \"X\"\nsubmitted = 2026-03-29\n+++\n"))
	if len(diags) != 1 || diags[0].Path != name || !strings.Contains(diags[0].Message, "page folder of 504 bytes") {
		t.Errorf("diagnostics %v", diags)
	}
}

// Two escaped slashes are a name's, not an empty folder (review).
func TestBaseURLWithEscapedSlashesIsNoEmptyFolder(t *testing.T) {
	if err := CheckBaseURL("https://ex.com/a%2F%2Fb/"); err != nil {
		t.Errorf("https://ex.com/a%%2F%%2Fb/: %v", err)
	}
	if err := CheckBaseURL("https://ex.com//"); err == nil {
		t.Error("https://ex.com// is accepted")
	}
}

// A body is untrusted: a line of 400 KB of brackets or braces must not hold
// the build, the check or the preview for minutes while fokus looks for
// wiki links and shortcodes in it (security review: each bracket searched
// the rest of the line, and counted the backticks before it).
func TestForeignSyntaxInALongLineOfBracketsIsFoundWithoutDelay(t *testing.T) {
	n := 400_000
	cases := []struct {
		body string
		off  int
		wiki string
	}{
		{strings.Repeat("[", n) + "[[Plan]]\n", n, "[Plan](Plan.md)"},
		{strings.Repeat("{", n) + "{{< x >}}\n", n, ""},
		{"`" + strings.Repeat("[", n) + "` [[A|B]] ![[p.png]]\n", n + 3, "[B](A.md)"},
	}
	// No timing here (a loaded machine is slow): quadratic time at this
	// size runs into the test's own timeout.
	for i, c := range cases {
		if got := foreignSyntax([]byte(c.body)); len(got) == 0 || got[0].off != c.off || got[0].wiki != c.wiki {
			t.Errorf("case %d: marks %+v, want the first at %d with %q", i, got, c.off, c.wiki)
		}
	}
}

// A calendar week is told the Monday that calendars in Germany and
// Switzerland begin it on (ISO 8601: week 1 holds the year's first
// Thursday), and a week the year does not have is told nothing.
func TestAWeekIsToldItsMonday(t *testing.T) {
	for s, want := range map[string]string{
		"KW 1/2027":  "such as date = 2027-01-04",
		"kw53 2026":  "week 53 of 2026 runs from 2026-12-28 to 2027-01-03",
		"2027-W52":   "such as date = 2027-12-27",
		"KW 53/2027": "",
		"KW 0/2027":  "",
		"Q2/27":      "Q2 2027 runs from 2027-04-01 to 2027-06-30",
		"13/2026":    "",
	} {
		got := vagueDate("date", s, time.Time{})
		if want == "" && got != "" || !strings.Contains(got, want) {
			t.Errorf("%q: got %q, want it to say %q", s, got, want)
		}
	}
}

// Every entry at the top of a site that LoadConfig warns about is one that
// ReadAtTop names, so that the preview reads the settings again when it
// comes and warns at once, as a build does (review: the two kept lists of
// their own).
func TestWhatLoadConfigWarnsOfAtTheTopIsReadAtTop(t *testing.T) {
	fsys := fstest.MapFS{"Fokus.toml": {Data: []byte("title = \"x\"\n")}}
	for _, name := range []string{"layouts", "i18n", "templates", "static", "content", "archetypes"} {
		fsys[name+"/x"] = &fstest.MapFile{Data: []byte("x")}
	}
	_, diags := LoadConfig(fsys)
	if len(diags) != 4 {
		t.Fatalf("want warnings of Fokus.toml, layouts/, i18n/ and templates/, got:\n%v", diags)
	}
	for _, d := range diags {
		if name := strings.TrimSuffix(d.Path, "/"); !ReadAtTop(name) {
			t.Errorf("LoadConfig warns of %s, which ReadAtTop does not name", name)
		}
	}
}

// Without the build's day (a parser not given one), a date in words is
// told what to write and no day, rather than a day of a year that may be
// past.
func TestADateInWordsWithoutTheBuildsDayIsToldNoDay(t *testing.T) {
	day := regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
	for _, s := range []string{"heute", "KW 2", "Q1", "Ende Januar"} {
		if got := vagueDate("revisit", s, time.Time{}); got == "" || day.MatchString(got) {
			t.Errorf("%q: got %q, want advice without a day", s, got)
		}
	}
}

// A Mac's file system finds a zone's file in any case: "Europe/zurich"
// loaded there and was refused on Linux. The folder tells the spelling.
func TestZoneFileIsSpeltAsTheFolderListsIt(t *testing.T) {
	zones := fstest.MapFS{"Europe/Zurich": {}, "America/Argentina/Buenos_Aires": {}, "CET": {}}
	for name, want := range map[string]string{
		"Europe/Zurich":                  "Europe/Zurich",
		"Europe/zurich":                  "Europe/Zurich",
		"europe/Zurich":                  "Europe/Zurich",
		"America/argentina/buenos_Aires": "America/Argentina/Buenos_Aires",
		"Cet":                            "CET",
		"Europe/Bern":                    "",
		"Europe":                         "Europe",
	} {
		if got := zoneFile([]fs.FS{fstest.MapFS{}, zones}, name); got != want {
			t.Errorf("zoneFile(%q) = %q, want %q", name, got, want)
		}
	}
}

// A key in quotes may hold a dot: "a.b" = {…} is one key, and [a.b] below
// it a table a with b in it, valid TOML that the check for a key set into
// braces from below must leave to the decoder (review: told to write x = 1
// in the braces of "a.b").
func TestAKeyInQuotesWithADotIsNoTableOfItsParts(t *testing.T) {
	if line, _, hint := reopened("\"a.b\" = {c = 1}\n[a.b]\nx = 1", 2); line != 0 {
		t.Errorf("reopened: line %d, %q; want none", line, hint)
	}
	if _, _, hint := reopened("[x]\n\"a.b\" = {c = 1}\n\"a.b\".d = 1", 2); !strings.HasPrefix(hint, `"a.b" is set as a table on line 3 already`) {
		t.Errorf("reopened: %q; want it to name \"a.b\", in quotes, on line 3", hint)
	}
}
