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
