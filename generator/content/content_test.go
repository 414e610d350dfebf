package content

import (
	"strings"
	"testing"
	"time"
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
	html, err := NewMarkdown(false).HTML([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<h1 id="ueber-uns">Über uns</h1>`,
		`<h2 id="problem">Problem</h2>`,
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
	safe, _ := NewMarkdown(false).HTML(body)
	if strings.Contains(string(safe), "<div") || strings.Contains(string(safe), "<b>") {
		t.Errorf("raw HTML rendered without unsafe_html:\n%s", safe)
	}
	unsafe, _ := NewMarkdown(true).HTML(body)
	if !strings.Contains(string(unsafe), `<div class="x">hi</div>`) || !strings.Contains(string(unsafe), "<b>bold</b>") {
		t.Errorf("raw HTML not rendered with unsafe_html:\n%s", unsafe)
	}
}

func TestMarkdownKeepsTheTextOfRemovedLinks(t *testing.T) {
	html, _ := NewMarkdown(false).HTML([]byte("[click **here**](javascript:alert(1)) and ![pic](javascript:x) <javascript:alert(1)>\n"))
	if got := string(html); got != "<p>click <strong>here</strong> and  </p>\n" {
		t.Errorf("got %q", got)
	}
}

func TestQuotedDatesAreAcceptedAsCalendarDays(t *testing.T) {
	p := NewParser(DefaultConfig())
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
	p := NewParser(DefaultConfig())
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
	_ = time.UTC
}

func TestHeadingIDsAreUniqueAndKeepUmlautsReadable(t *testing.T) {
	html, _ := NewMarkdown(false).HTML([]byte("## Größe & Kosten\n\n## Größe & Kosten\n\n## Main\n\n## ???\n"))
	for _, want := range []string{`<h2 id="groesse-kosten">`, `<h2 id="groesse-kosten-1">`, `<h2 id="main-1">`, `<h2 id="heading">`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("HTML lacks %s:\n%s", want, html)
		}
	}
}

func TestSlugify(t *testing.T) {
	for title, want := range map[string]string{
		"Über Größe":                        "ueber-groesse",
		"  LinkedIn: Thought-Leadership!  ": "linkedin-thought-leadership",
		"Café crème à la carte":             "cafe-creme-a-la-carte",
		"ÄÖÜ äöü ß":                         "aeoeue-aeoeue-ss",
		"2027 – Q1 / PI 27.1":               "2027-q1-pi-27-1",
		"!!!":                               "",
		"日本":                                "",
		strings.Repeat("a", 100):            strings.Repeat("a", 80),
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
