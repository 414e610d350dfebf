package content

import (
	"bufio"
	"io"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// Tie ties the spaces before a dash or dot to the word before it, a hyphen
// only when it stands between spaces, and leaves every other text as it is.
func TestTieKeepsASpacedDashWithTheWordBefore(t *testing.T) {
	for in, want := range map[string]string{
		"Müller & Söhne – Außendienst": "Müller & Söhne\u00a0– Außendienst",
		"Plan — 2027 · Q1":             "Plan\u00a0— 2027\u00a0· Q1",
		"Süd - West":                   "Süd\u00a0- West",
		"Ende -":                       "Ende\u00a0-",
		"Seiten 10 –20":                "Seiten 10\u00a0–20",
		"zwei  \t– Leerzeichen":        "zwei\u00a0– Leerzeichen",
		"schmal\u2009– Leerzeichen":    "schmal\u00a0– Leerzeichen",
		"A – – B":                      "A\u00a0–\u00a0– B",
		"Groß- und Kleinhandel":        "Groß- und Kleinhandel",
		"Umsatz -5 %":                  "Umsatz -5 %",
		"CRM-Migration 2027–2028":      "CRM-Migration 2027–2028",
		"schon\u00a0– gebunden":        "schon\u00a0– gebunden",
		"– vorne":                      "– vorne",
		"":                             "",
	} {
		if got := Tie(in); got != want {
			t.Errorf("Tie(%q) = %q, want %q", in, got, want)
		}
	}
}

// A body's texts are tied as a title is: in a paragraph, across a line
// break of the source and the emphasis, link or autolink that splits a
// line into texts, in a table's cell, a heading and a list's item. Code,
// a link's address and title, a picture's alt text and a hard line break
// stay as written, as do a hyphen in or before a word and a text without
// a dash, which is written as goldmark writes it.
func TestMarkdownTiesASpacedDash(t *testing.T) {
	md := NewMarkdown(false)
	for in, want := range map[string]string{
		"Müller & Söhne – Außendienst · Süd - West":                    "<p>Müller &amp; Söhne\u00a0– Außendienst\u00a0· Süd\u00a0- West</p>\n",
		"Kosten\n– einmalig\n— und laufend":                            "<p>Kosten\u00a0– einmalig\u00a0— und laufend</p>\n",
		"Ende\n- Punkt":                                                "<p>Ende</p>\n<ul>\n<li>Punkt</li>\n</ul>\n",
		"**Vertrieb** – Außendienst":                                   "<p><strong>Vertrieb</strong>\u00a0– Außendienst</p>\n",
		"Vertrieb *– Außendienst*":                                     "<p>Vertrieb\u00a0<em>– Außendienst</em></p>\n",
		"*Vertrieb*\n– Außendienst":                                    "<p><em>Vertrieb</em>\u00a0– Außendienst</p>\n",
		"siehe www.example.ch – dort":                                  "<p>siehe <a href=\"http://www.example.ch\">www.example.ch</a>\u00a0– dort</p>\n",
		"[Plan – 2027](https://x.ch/a–b \"Plan – 2027\")":              "<p><a href=\"https://x.ch/a%E2%80%93b\" title=\"Plan – 2027\">Plan\u00a0– 2027</a></p>\n",
		"![Plan – 2027](plan.png)":                                     "<p><img src=\"plan.png\" alt=\"Plan – 2027\"></p>\n",
		"`a – b` und ``c - d``":                                        "<p><code>a – b</code> und <code>c - d</code></p>\n",
		"```\na – b\n```":                                              "<pre><code>a – b\n</code></pre>\n",
		"## Plan – 2027":                                               "<h2 id=\"plan-2027\">Plan\u00a0– 2027</h2>\n",
		"- Punkt – eins\n- Umsatz -5 %, Groß- und Kleinhandel, Ende -": "<ul>\n<li>Punkt\u00a0– eins</li>\n<li>Umsatz -5 %, Groß- und Kleinhandel, Ende\u00a0-</li>\n</ul>\n",
		"| Kosten – CHF |\n|---|\n| Lizenz – jährlich |":               "<table>\n<thead>\n<tr>\n<th>Kosten\u00a0– CHF</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Lizenz\u00a0– jährlich</td>\n</tr>\n</tbody>\n</table>\n",
		"Zeile  \n– neue Zeile":                                        "<p>Zeile<br>\n– neue Zeile</p>\n",
		"Wert -(x) und *a* -5":                                         "<p>Wert -(x) und <em>a</em> -5</p>\n",
		"CRM-Migration 2027–2028\nohne Strich":                         "<p>CRM-Migration 2027–2028\nohne Strich</p>\n",
	} {
		got, err := md.HTML("content/ideas/crm.md", []byte(in))
		if err != nil || string(got) != want {
			t.Errorf("%q:\n got %q, %v\nwant %q", in, got, err, want)
		}
	}
	// With unsafe_html, the CSS of a <style> in a paragraph stays as
	// written: a no-break space is no space to CSS.
	in := "Breit <style>.x { width: calc(100% - 2em) }</style> – schmal <b>fett</b> – dünn"
	want := "<p>Breit <style>.x { width: calc(100% - 2em) }</style>\u00a0– schmal <b>fett</b>\u00a0– dünn</p>\n"
	if got, err := NewMarkdown(true).HTML("content/ideas/crm.md", []byte(in)); err != nil || string(got) != want {
		t.Errorf("%q:\n got %q, %v\nwant %q", in, got, err, want)
	}
}

// A text of a body with no dash or dot to tie, nearly every one, costs a
// scan and no copy: bodies are the most text a build writes (10,000
// ideas), and a title is tied on every page that shows it.
func TestATextWithoutADashToTieAllocatesNothing(t *testing.T) {
	source := []byte("## CRM-Migration 2027–2028\n\nEine Zeile ohne Strich zum Binden, aber länger als 32 Bytes.\nDie *Vorlagen* für Angebote, Groß- und Kleinhandel,\nUmsatz -5 %: siehe [Plan](plan.md) und www.example.ch.\n\n| Kosten | CHF |\n|---|---|\n| Lizenz | 1'200 |\n")
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(source))
	var texts []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if n.Kind() == ast.KindText && entering {
			texts = append(texts, n)
		}
		return ast.WalkContinue, nil
	})
	if len(texts) < 10 {
		t.Fatalf("%d texts", len(texts))
	}
	tt := newTiedTexts()
	reg := nodeFuncs{}
	tt.RegisterFuncs(reg)
	w := bufio.NewWriter(io.Discard)
	if n := testing.AllocsPerRun(100, func() {
		for _, n := range texts {
			_, _ = reg[ast.KindText](w, source, n, true)
		}
	}); n != 0 {
		t.Errorf("writing the texts allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { Tie("CRM-Migration 2027–2028, Groß- und Kleinhandel") }); n != 0 {
		t.Errorf("Tie allocates %v times for a title with nothing to tie, want 0", n)
	}
}
