package generator

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

const script = `<script>alert(1)</script>`

// hostileSite puts a script into every field that reaches a page, and
// script links of every spelling into a body.
const hostileSite = `
-- fokus.toml --
title = "<script>alert(1)</script>"
period = "<script>alert(1)</script>"
-- content/teams/t.md --
+++
title = "<script>alert(1)</script>"
door = "<script>alert(1)</script>"
members = ["<script>alert(1)</script>"]
capacity = 1
+++
<script>alert(1)</script>
-- content/objectives/o.md --
+++
title = "<script>alert(1)</script>"
team = "t"
period = "<script>alert(1)</script>"
owner = "<script>alert(1)</script>"
reviewed = 2026-11-01

[[key_results]]
title = "<script>alert(1)</script>"
start = 0
target = 10
unit = "<script>alert(1)</script>"

[[key_results.checkins]]
date = 2026-11-01
value = 3
note = "<script>alert(1)</script>"
+++
<script>alert(1)</script>
-- content/ideas/i.md --
+++
title = "<script>alert(1)</script>"
submitted = 2026-11-01
author = "<script>alert(1)</script>"
tags = ["<script>alert(1)</script>"]
teams = ["t"]
objectives = ["o"]
status = "accepted"

[score]
value = 1
time_criticality = 1
risk_reduction = 1
job_size = 1

[decision]
date = 2026-11-02
by = "<script>alert(1)</script>"
rationale = "<script>alert(1)</script>"
stops = ["<script>alert(1)</script>"]
+++
# Body

<script>alert(1)</script>

<a href="javascript:alert(1)">raw</a> <img src=x onerror=alert(1)>

[a](javascript:alert(1))
[b](JaVaScRiPt:alert(1))
[c](jav&#x61;script:alert(1))
[d](java%73cript:alert(1))
[e]( javascript:alert(1) "t")
[f](&#106;avascript:alert(1))
[g](java&#09;script:alert(1))
[h](vbscript:msgbox(1))
[i](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
![img](javascript:alert(1))
<javascript:alert(1)>
<JAVASCRIPT:alert(1)>
[j](javascript&amp;colon;alert(1)//)
[k](vbscript&amp;colon;x//)
[l](javascript&amp;#58;alert(1)//)
[ref][r]

[r]: javascript:alert(1)

[ok](https://example.com/) <https://example.com/auto> [rel](../x)
`

var dangerous = regexp.MustCompile(`(?i)(<script>alert|javascript:|vbscript:|data:text/html|onerror=)`)

func TestContentNeverReachesPagesAsMarkupOrScriptLinks(t *testing.T) {
	for _, unsafe := range []bool{false, true} {
		archive := hostileSite
		if unsafe {
			// Raw HTML is the site's explicit choice then; links stay filtered.
			archive = strings.Replace(archive, "<script>alert(1)</script>\n\n<a href=\"javascript:alert(1)\">raw</a> <img src=x onerror=alert(1)>\n", "", 1)
			archive = strings.ReplaceAll(archive, "+++\n<script>alert(1)</script>\n", "+++\n")
			archive = strings.Replace(archive, "-- fokus.toml --\n", "-- fokus.toml --\nunsafe_html = true\n", 1)
		}
		out := build(t, archive, false)
		pages := 0
		for p, data := range out {
			if !strings.HasSuffix(p, ".html") && p != "index.json" {
				continue
			}
			pages++
			text := string(data)
			for _, m := range dangerous.FindAllStringIndex(text, -1) {
				t.Errorf("unsafe_html=%t: %s contains %q", unsafe, p, excerpt(text, m[0]))
			}
			// Entities must not hide a script link inside an attribute either.
			for _, m := range attrRE.FindAllStringSubmatch(text, -1) {
				if dangerous.MatchString(strings.Join(strings.Fields(html.UnescapeString(m[1])), "")) {
					t.Errorf("unsafe_html=%t: %s has the attribute %s", unsafe, p, m[0])
				}
			}
		}
		if pages < 6 {
			t.Fatalf("only %d pages scanned", pages)
		}
		idea := string(out["ideas/i/index.html"])
		for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", `href="https://example.com/"`, `href="https://example.com/auto"`, `href="../x/index.html"`} {
			if !strings.Contains(idea, want) {
				t.Errorf("unsafe_html=%t: idea page lacks %q", unsafe, want)
			}
		}
	}
}

func excerpt(s string, i int) string {
	return s[max(0, i-40):min(len(s), i+40)]
}

// A control character or a noncharacter that content holds, in a string of
// its front matter or in its body, as it is or as an entity, reaches no
// page: the validator calls a page with one invalid ("Forbidden code point
// U+fffe"), as the SPEC's pages never are, and the feed's XML would be
// broken by one.
func TestNoPageHoldsAControlCharacterOrANoncharacter(t *testing.T) {
	out := build(t, `
-- fokus.toml --
title = "Site\uFFFE"
period = "2026-Q4"
-- content/teams/t.md --
+++
title = "Team\uFDD0"
door = "4B\uFFFF"
members = ["Ann\u0001"]
+++
`+"Team \x01 body \uFFFE.\n"+`-- content/objectives/o.md --
+++
title = "Objective\uFFFE"
team = "t"
period = "2026-Q4"
reviewed = 2026-11-20

[[key_results]]
title = "Result\U0001FFFE"
start = 0
target = 10
unit = "\uFFFF"

[[key_results.checkins]]
date = 2026-11-01
value = 3
note = "Note\uFFFE"
+++
-- content/ideas/i.md --
+++
title = "Idea\uFFFE"
submitted = 2026-11-01
author = "Ann\uFFFF"
tags = ["tag\uFDEF"]
teams = ["t"]
objectives = ["o"]
status = "rejected"

[decision]
date = 2026-11-02
by = "Board\uFFFE"
rationale = "Too \u0085late\uFFFF."
+++
`+"A body with \uFFFE, \uFDD0, \U0010FFFF, \x7f and \x08 as they are,\n"+
		"and &#xFFFE; &#1; &#x9f; &#xFDD0; as entities; `code \uFFFF`\n\n    indented \uFFFE\n", false)
	pages := 0
	for p, data := range out {
		if !strings.HasSuffix(p, ".html") && !strings.HasSuffix(p, ".xml") && p != "index.json" {
			continue
		}
		pages++
		for i, r := range string(data) {
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0 || r >= 0xfdd0 && r <= 0xfdef || r&0xfffe == 0xfffe {
				t.Errorf("%s holds U+%04X: %q", p, r, excerpt(string(data), i))
				break
			}
		}
	}
	if pages < 6 {
		t.Fatalf("only %d pages scanned", pages)
	}
	if idea := string(out["ideas/i/index.html"]); !strings.Contains(idea, "A body with , , ,  and  as they are") {
		t.Errorf("the body's text is not kept around what is left out:\n%s", idea)
	}
}

// A theme is trusted code, but its labels are text: a control character,
// a noncharacter or a direction override written into one (a paste, an
// escape typed as "\u001b") reaches no page, as one in content does not,
// and is warned about at its line, where it had passed into every page
// without a word and made each invalid HTML.
func TestAThemeLabelHoldsNoControlCharacterOnAPage(t *testing.T) {
	res := buildArchive(t, strings.Replace(hostileSite, "-- fokus.toml --\n", "-- fokus.toml --\ntheme = \"x\"\nlanguage = \"en\"\n", 1)+`-- themes/x/i18n/en.toml --
dashboard = "Board\u0007 room"

backlog = "Ideas\uFFFE"
priorities = "Order\u202E"
`)
	if res.Failed() {
		t.Fatalf("build failed:\n%s", res.Diagnostics)
	}
	pages := 0
	for p, data := range res.Output {
		if !strings.HasSuffix(p, ".html") && !strings.HasSuffix(p, ".xml") && p != "index.json" {
			continue
		}
		pages++
		for i, r := range string(data) {
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0 || r&0xfffe == 0xfffe || r == 0x202e {
				t.Errorf("%s holds U+%04X: %q", p, r, excerpt(string(data), i))
				break
			}
		}
	}
	if pages < 6 {
		t.Fatalf("only %d pages scanned", pages)
	}
	if !strings.Contains(string(res.Output["index.html"]), "Board room") {
		t.Error("the label's text is not kept around what is left out")
	}
	var got []string
	for _, d := range res.Diagnostics {
		if strings.HasPrefix(d.Path, "themes/") {
			got = append(got, d.String())
		}
	}
	want := []string{
		`themes/x/i18n/en.toml:1:1: warning: label "dashboard" has a control character (U+0007), which a page cannot show; it is left out`,
		`themes/x/i18n/en.toml:3:1: warning: label "backlog" has a noncharacter (U+FFFE), which a page cannot show; it is left out`,
		`themes/x/i18n/en.toml:4:1: warning: label "priorities" has a character that turns the direction of the text after it (U+202E), which makes it read as what it is not; it is left out`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("theme warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
