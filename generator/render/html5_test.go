package render_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"fokus/generator/output"
	"fokus/generator/render"
)

// vnu returns the Nu HTML Checker's jar (FOKUS_VNU), or skips the test when
// there is none, unless FOKUS_REQUIRE_VNU=1 (as in CI, which installs it).
func vnu(t *testing.T) (java, jar string) {
	t.Helper()
	jar = os.Getenv("FOKUS_VNU")
	java, err := exec.LookPath("java")
	if jar == "" || err != nil {
		if os.Getenv("FOKUS_REQUIRE_VNU") == "1" {
			t.Fatalf("FOKUS_REQUIRE_VNU=1 but no checker: FOKUS_VNU=%q, java: %v", jar, err)
		}
		t.Skip("no Nu HTML Checker; set FOKUS_VNU to vnu.jar (npm package vnu-jar) and install Java")
	}
	return java, jar
}

// vnuCommand is the checker's command line for the pages in dir. Java
// keeps its performance data in /tmp/hsperfdata_USER, whatever $TMPDIR
// says, a folder that stays after the tests; -XX:-UsePerfData leaves it out.
func vnuCommand(java, jar, dir string) *exec.Cmd {
	return exec.Command(java, "-XX:-UsePerfData", "-jar", jar, "--errors-only", "--skip-non-html", dir)
}

// Every page is valid HTML5 (SPEC), as the Nu HTML Checker reads it: the
// example site, the stress site with long words and overloaded posters, and
// a body that uses every Markdown construct, raw HTML included (left out).
func TestPagesAreValidHTML5(t *testing.T) {
	java, jar := vnu(t)
	site := compounds(overloaded(stressSite("A4", "portrait", "https://intranet.example/fokus/"), "voll", 7, 5), "woerter")
	site["content/ideas/markdown.md"] = &fstest.MapFile{Data: []byte(`+++
title = "Markdown <b>alles</b> & \"mehr\""
submitted = 2027-01-02
tags = ["a<b", "c&d"]
+++
# Überschrift {#eigene-id .klasse}

## Überschrift

Text mit **fett**, *kursiv*, ~~durch~~, ` + "`code <b>`" + `, [Link](https://example.com "Titel"), <https://auto.example>, www.example.com.

<div>raw html</div> <span onclick="x">inline</span> <!-- comment -->

- [ ] offen
- [x] erledigt
  1. eins
     > Zitat mit **fett**

| Links | Mitte | Rechts |
|:------|:-----:|-------:|
| a | b | <i>c</i> |
| **x** | [l](../x/) | ![bild](https://cdn.example/p.png) |

Fussnote[^1].

[^1]: Die Notiz.

    eingerückter Code

Hard  
break and \*escaped\* and &copy; &nbsp; &bogus;
`)}
	for name, out := range map[string]render.Output{"example": exampleSite(t), "stress": build(t, site)} {
		dir := filepath.Join(t.TempDir(), name)
		if err := output.Write(dir, out); err != nil {
			t.Fatal(err)
		}
		msg, err := vnuCommand(java, jar, dir).CombinedOutput()
		if err != nil || len(strings.TrimSpace(string(msg))) > 0 {
			t.Errorf("%s site: the checker says (%v):\n%s", name, err, msg)
		}
	}
}
