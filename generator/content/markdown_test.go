package content

import (
	"strings"
	"testing"
)

// Hugo's goldmark renders footnotes, so people write them; without the
// extension "[^1]: note" became a link to a page called "note".
func TestMarkdownRendersFootnotes(t *testing.T) {
	html, err := NewMarkdown(false).HTML("", []byte("Claim[^1].\n\n[^1]: Source, <script>x</script> [link](javascript:alert(1)).\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a>`, `<li id="fn:1">`, `href="#fnref:1"`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("HTML lacks %s:\n%s", want, html)
		}
	}
	for _, bad := range []string{`href="note"`, "<script", "javascript:"} {
		if strings.Contains(string(html), bad) {
			t.Errorf("HTML has %s:\n%s", bad, html)
		}
	}
}

// A body with braces that are no heading's attributes (a placeholder, a
// sentence) still waits for its page, as bodies without notes do: the
// deferral keeps 40 MB out of memory at 10,000 ideas (review).
func TestBracesElsewhereLetABodyWait(t *testing.T) {
	for body, want := range map[string]bool{
		"Hallo {Kunde}, wie geht es?\n":   false,
		"Preis {netto} und {brutto} CHF.": false,
		"## Ziel {#ziel}\n":               true,
		"## Ziel {#ziel}  \r\nText\n":     true,
		"Ziel {style=\"x\"}\n===\n":       true,
	} {
		if got := mayNote([]byte(body)); got != want {
			t.Errorf("mayNote(%q) = %t, want %t", body, got, want)
		}
	}
}

// escapedDest writes a destination so that goldmark's decoding (resolved)
// gives it back exactly: a second decoding made "javascript&colon;" a
// script (review).
func TestEscapedDestIsUndoneByResolved(t *testing.T) {
	for _, dest := range []string{"../b/index.html?q=1&r=2#x%20y", `../x\y/index.html`, `../b\&c/index.html`, "javascript&colon;x//index.html",
		"a&amp;b", `\\`, "&#58;", "plain"} {
		if got := resolved(escapedDest(dest)); got != dest {
			t.Errorf("resolved(escapedDest(%q)) = %q", dest, got)
		}
	}
}

// lineIndex gives every offset the line and column lineCol does.
func TestLineIndexAgreesWithLineCol(t *testing.T) {
	text := []byte("ab\n\nüx\r\nlast")
	x := newLineIndex(text)
	for off := -1; off <= len(text)+1; off++ {
		l1, c1 := lineCol(text, max(off, 0))
		l2, c2 := x.at(off)
		if l1 != l2 || c1 != c2 {
			t.Errorf("offset %d: lineIndex %d:%d, lineCol %d:%d", off, l2, c2, l1, c1)
		}
	}
}

// GitHub's alerts, written there and pasted here, are callouts: a quote of
// their kind's class without the marker's line. A marker with text beside
// it, alone, of a kind GitHub does not have, or in a list is a quote as
// written, as in GitHub (QA: pages read "[!WARNING]").
func TestGitHubAlertsAreCallouts(t *testing.T) {
	for body, want := range map[string]string{
		"> [!NOTE]\n> Runs *until* January.\n\nAfter.": "<blockquote class=\"callout callout-note\"><p>Runs <em>until</em> January.</p>\n</blockquote>\n<p>After.</p>\n",
		"> [!warning]\n> One.\n>\n> Two.":              "<blockquote class=\"callout callout-warning\"><p>One.</p>\n<p>Two.</p>\n</blockquote>\n",
		"> [!CAUTION]  \n> Hard break.":                "<blockquote class=\"callout callout-caution\"><p>Hard break.</p>\n</blockquote>\n",
		"> [!NOTE] Beside.\n> Next.":                   "<blockquote>\n<p>[!NOTE] Beside.\nNext.</p>\n</blockquote>\n",
		"> [!NOTE]":                                    "<blockquote>\n<p>[!NOTE]</p>\n</blockquote>\n",
		"> [!FYI]\n> Text.":                            "<blockquote>\n<p>[!FYI]\nText.</p>\n</blockquote>\n",
		"- > [!TIP]\n  > Text.":                        "<ul>\n<li>\n<blockquote>\n<p>[!TIP]\nText.</p>\n</blockquote>\n</li>\n</ul>\n",
	} {
		html, err := NewMarkdown(false).HTML("content/ideas/x.md", []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		if string(html) != want {
			t.Errorf("%q:\n%s\nwant\n%s", body, html, want)
		}
	}
}

// A mail's header pasted as text, and a fact sheet of "Label: value" lines,
// keep their lines: joined, the page read "Von: Anna Muster Gesendet: …"
// as one line (Markdown QA). Prose whose lines are joined in Hugo and
// GitHub stays joined, also where a colon comes a few words into a line.
func TestLinesThatEachStartWithALabelKeepTheirBreaks(t *testing.T) {
	body := "Von: Anna Muster <anna@example.com>\nGesendet: Montag, 23. November 2026 10:15\nAn: Ben Beispiel\nBetreff: AW: CRM\n\n" +
		"> **Budget (CHF):** 20'000\n> Nächster Schritt: *Pilot*\n> E-Mail: ben@example.com\n\n" +
		"Wir wissen: es wirkt\nnicht sofort.\n\n" +
		"Ziel: mehr Leads, und das ist der Grund: wir\nwachsen.\n\n" +
		"- Budget: 20'000\n  Dauer: 3 Monate\n- Pilot mit\n  Kunde: Muster AG\n"
	html, err := NewMarkdown(false).HTML("", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"<p>Von: Anna Muster <a href=\"mailto:anna@example.com\">anna@example.com</a><br>\nGesendet: Montag, 23. November 2026 10:15<br>\nAn: Ben Beispiel<br>\nBetreff: AW: CRM</p>",
		"<p><strong>Budget (CHF):</strong> 20'000<br>\nNächster Schritt: <em>Pilot</em><br>\nE-Mail: <a href=\"mailto:ben@example.com\">ben@example.com</a></p>",
		"<p>Wir wissen: es wirkt\nnicht sofort.</p>",
		"<p>Ziel: mehr Leads, und das ist der Grund: wir\nwachsen.</p>",
		// The items of a tight list, as a paragraph (review).
		"<li>Budget: 20'000<br>\nDauer: 3 Monate</li>",
		"<li>Pilot mit\nKunde: Muster AG</li>",
	} {
		if !strings.Contains(string(html), want) {
			t.Errorf("HTML lacks %s:\n%s", want, html)
		}
	}
}

// A Word document converted by pandoc gives each picture its size in
// braces, which Markdown does not read: the page showed
// {width="6.3in" height="3.5in"} after every picture (Markdown QA). Braces
// elsewhere in the text stay.
func TestPandocsSizesAfterAPictureAreLeftOut(t *testing.T) {
	body := "![Ablauf](media/image1.png){width=\"6.3in\" height=\"3.5in\"}\n\n" +
		"Siehe ![](a.png){#fig:1 .wide} und [Link](https://example.com/){target=_blank} im\nText.\n\n" +
		"Ein {Platzhalter} und ![](b.png) {width=2}.\n"
	html, err := NewMarkdown(false).HTML("content/ideas/x.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	want := "<p><img src=\"media/image1.png\" alt=\"Ablauf\"></p>\n" +
		"<p>Siehe <img src=\"a.png\" alt=\"\"> und <a href=\"https://example.com/\">Link</a> im\nText.</p>\n" +
		"<p>Ein {Platzhalter} und <img src=\"b.png\" alt=\"\"> {width=2}.</p>\n"
	if string(html) != want {
		t.Errorf("got\n%s\nwant\n%s", html, want)
	}
}

// pandoc writes a Word document's underlined words as spans,
// [unterstrichen]{.underline}, which Markdown does not read: the page
// showed brackets and braces around them (Markdown QA). Their text is
// shown; brackets and braces of other kinds, and code, stay as written.
func TestPandocsSpansShowTheirText(t *testing.T) {
	body := "Das ist [wichtig]{.underline} und [**fett** da]{.mark}, [a]{.x}[b]{#y} und\n[über\nzwei]{.underline} Zeilen.\n\n" +
		"Bleibt: [kein Span] {x}, `[a]{.b}`, x] y]{.c}, [Link](https://example.com/) und [^1]{.x}.\n\n[^1]: Fußnote.\n"
	html, err := NewMarkdown(false).HTML("content/ideas/x.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"<p>Das ist wichtig und <strong>fett</strong> da, ab und\nüber\nzwei Zeilen.</p>",
		"<p>Bleibt: [kein Span] {x}, <code>[a]{.b}</code>, x] y]{.c}, <a href=\"https://example.com/\">Link</a> und <sup id=\"fnref:1\">",
		"</sup>{.x}.</p>",
	} {
		if !strings.Contains(string(html), want) {
			t.Errorf("HTML lacks %s:\n%s", want, html)
		}
	}
}

// A # heading in a quote (a document or a mail quoted) is set below the
// page's title, with the quote's ## below it, but leaves the body's own ##
// sections h2: they had been set as h3 for a heading of the quoted text
// (review).
func TestAQuotesTopHeadingLeavesTheBodysLevels(t *testing.T) {
	html, err := NewMarkdown(false).HTML("", []byte("## Problem\n\n> # Aus dem Konzept\n>\n> ## Teil\n\n> [!NOTE]\n> # Hinweis\n\n## Lösung\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<h2 id="problem">Problem</h2>`, `<h2 id="aus-dem-konzept">Aus dem Konzept</h2>`, `<h3 id="teil">Teil</h3>`,
		`<h2 id="hinweis">Hinweis</h2>`, `<h2 id="loesung">Lösung</h2>`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("HTML lacks %s:\n%s", want, html)
		}
	}
	if strings.Contains(string(html), "<h1") {
		t.Errorf("a quote's heading is a second h1:\n%s", html)
	}
}

// A table's cell that holds a number is marked, so that a printed page,
// whose wide table breaks its cells anywhere to fit the paper, keeps the
// number on one line; text, a link and a short number are not.
func TestATablesNumbersAreMarkedToKeepThemWhole(t *testing.T) {
	body := "| Messe | Umsatz | Preis | Anteil | Kontakte | Link | Jahr |\n|---|--:|---|---|---|---|---|\n" +
		"| EMO Hannover | 1'240'000 | CHF 9'600 | -12.5 % | 412 | [1'000](x.md) | 2026 besser |\n"
	html, err := NewMarkdown(false).HTML("", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<td>EMO Hannover</td>`,
		`<td class="number" style="text-align:right">1'240'000</td>`,
		`<td class="number">CHF 9'600</td>`,
		`<td class="number">-12.5 %</td>`,
		`<td>412</td>`,
		`<td><a href=`,
		`<td>2026 besser</td>`,
	} {
		if !strings.Contains(string(html), want) {
			t.Errorf("HTML lacks %s:\n%s", want, html)
		}
	}
}
