package content

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// fuzzSeeds are the tricky inputs: BOM, CRLF, unclosed and empty front
// matter, invalid UTF-8, multi-line values, arrays of tables, dotted keys.
var fuzzSeeds = []string{
	"",
	"\n\n",
	"+++",
	"+++\n",
	"+++\n+++",
	"+++\n+++\n",
	"\ufeff+++\r\ntitle = \"X\"\r\nsubmitted = 2026-01-01\r\n+++\r\nbody\r\n",
	"+++\rtitle = \"X\"\rsubmitted = 2026-01-01\rautor = 1\r+++\rbody\r",
	"+\x00+\x00+\x00\n\x00",
	"+++\ntitle = \"X\"\n",
	"+++ \ntitle = \"X\"\n+++\t\n",
	"+++\ntitle = \"Gr\xf6\xdfe\"\n+++\n",
	"\xff",
	"\r\x81", // a bad byte on the second of CR-ended lines (review)
	"+++\ntitle = \"\"\"\nmulti\n+++\nline\"\"\"\nsubmitted = 2026-01-01\n+++\n",
	"+++\ntitle = 'X'\nsubmitted = 2026-02-30\n+++\n",
	"+++\ntitle = \"X\"\nsubmitted = \"next week\"\nteams = [\n  \"a\", # c\n  \"b\",\n]\n+++\n",
	"+++\ntitle = \"X\"\nsubmitted = 2026-01-01\nscore = { value = 1, job_size = 0 }\nscore.x = 1\n+++\n",
	"+++\ntitle = \"X\"\nsubmitted = 2026-01-01\nscore = { value = 3/2, job_size = ~2, reach = 2 - 3 }\n[[x]]\ny = {a = 1}\ny.b = 80%\n+++\n",
	"+++\n\"a.b\" = {c = 1}\n[a.b]\nx = 1\n+++\n", // a quoted key with a dot, in braces, then a table of its name
	"+++\ntitle = \"X\"\nsubmitted = 2026-01-01\n[score]\nvalue = \"a\"\n[decision]\n\"by\" = 1\n+++\n",
	"+++\ntitle = \"O\"\nteam = \"t\"\nperiod = \"p\"\n[[key_results]]\ntitle = \"k\"\nstart = 1\ntarget = 1\n[[key_results.checkins]]\ndate = 2026-01-01\n[[key_results]]\n+++\n",
	"+++\n[a.b.\"c.d\"]\n'x' = [[1], {y = [2, 3]}]\n+++\n",
	"+++\nkey_results = []\n+++\n",
	"+++\n\"Ü\" = 1\nx = \"\\\"\n+++\n",
	"+++\n[[key_results.checkins]]\n[key_results]\n+++\n",
	// Inline tables: in arrays, nested, over several lines, with strings
	// that hold brackets, commas, equals signs and hashes, quoted and dotted keys.
	"+++\ntitle = \"O\"\nteam = \"t\"\nperiod = \"p\"\nkey_results = [\n  { title = \"a\", start = 0, target = 10, current = 3 },\n  { title = \"b, {x} = #y\", start = 0, target = 10, current = \"x\" },\n]\n+++\n",
	"+++\ntitle = \"O\"\nteam = \"t\"\nperiod = \"p\"\nkey_results = [{ title = \"a\", start = 0, target = 4, checkins = [{ date = 2026-10-01, value = \"3\" }, { date = 2026-10-02 }] }]\n+++\n",
	"+++\ntitle = \"X\"\nsubmitted = 2026-01-01\nscore = { impact = 3, confidence = 3, ease = \"3\", \"Größe\" = 1, a.b = 2 }\n+++\n",
	"+++\ntitle = \"X\"\nsubmitted = 2026-01-01\nstatus = \"parked\"\ndecision = { date = 2026-02-01, by = '}', rationale = \"\"\"\n{ \"\"\", revist.date = 2027-01-01, stops = [\"a\", 2,] }\n+++\n",
	"+++\ntitle = \"X\"\nsubmitted = 2026-01-01\nscore = {\n  value = 1, # a comment = }\n  job_size = '''\n0''',\n}\n+++\n",
	"+++\nx = { a = [[{ b = { c = [] } }]], d = \"\\\"}\", e = 1979-05-27 07:32:00Z }\n+++\n",
	// Not TOML, or TOML at its edges: unclosed brackets, empty keys.
	"+++\nx = {{{[[[\n+++\n",
	"+++\nx = { = 1, \"\" = 2, a. = 3 }\n+++\n",
	"+++\n[\"\"]\n''=[[],{0=[]}]\n+++\n",
	// Slips of YAML and of a program's lines (tomlhint.go).
	"+++\ntitle: X\ntags:\n  - a\n  - 'b'\nsubmitted: \"2026-01-01\" # x\n+++\n",
	"+++\ntags = [\"a\"] ; teams = [\"b\"]\nsubmitted = 2026-01-01 teams = []\nvalue = 1,\n+++\n",
	"+++\ntitle = \"X\"\ndoor = \"C:\\Users\\a\\u12\"\nauthor = \"\\\"\n+++\n",
	"+++\nscore = {value = 1; \"a\\\"\": 2 b = [{c: 'd;'}\ntags = [\"a\"]\n+++\n",
	"+++\nx = [{a = 1 #\ny = {\"\": 2,,; c = {\n+++\n",
	"+++\ntags = [\"a\",\n  \"b\"\n\n[score]\nvalue = –3\njob_size = '1,5\ndraft == 'x\ns = {a = 1, b = , a = 2}\n+++\n",
}

// lineCount is the number of lines of data as diagnostics count them: a
// file of old Mac line endings (CR alone) has its lines too.
func lineCount(data []byte) int { return bytes.Count(LineEnds(data), []byte("\n")) + 1 }

func FuzzSplit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := Split(data)
		lines := lineCount(data)
		if err != nil {
			if err.Line < 1 || err.Col < 1 || err.Line > lines {
				t.Fatalf("error at %d:%d in a file of %d lines: %s", err.Line, err.Col, lines, err.Message)
			}
			return
		}
		if src.FrontLine != 2 || src.BodyLine < 3 || src.BodyLine > lines+1 {
			t.Fatalf("front at line %d, body at line %d, in a file of %d lines", src.FrontLine, src.BodyLine, lines)
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s), uint8(0))
	}
	p := NewParser(DefaultConfig(), nil)
	kinds := []Kind{KindIdea, KindObjective, KindTeam}
	f.Fuzz(func(t *testing.T, data []byte, k uint8) {
		kind := kinds[int(k)%len(kinds)]
		doc, diags := p.Parse(kind, "content/x.md", data)
		if doc == nil && !diags.HasErrors() {
			t.Fatal("no document and no error")
		}
		lines := bytes.Split(LineEnds(data), []byte("\n"))
		for _, d := range diags {
			if d.Line < 1 || d.Col < 1 || d.Line > len(lines) || d.Col > utf8.RuneCount(lines[d.Line-1])+1 {
				t.Fatalf("diagnostic at %d:%d, outside the text of a file of %d lines: %s", d.Line, d.Col, len(lines), d.Message)
			}
		}
	})
}

// FuzzPositions runs the front matter scanner on its own, on any text, valid
// TOML or not: it must not panic, must place everything inside the text, and
// on valid TOML must find where every value starts.
func FuzzPositions(f *testing.F) {
	for _, s := range fuzzSeeds {
		if src, err := Split([]byte(s)); err == nil {
			s = src.Front
		}
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, front string) {
		p := scanPositions(front, 2)
		lines := strings.Split(front, "\n")
		for path, pos := range p.m {
			if pos.Line < 2 || pos.Line > len(lines)+1 || pos.Col < 1 || pos.Col > utf8.RuneCountInString(lines[pos.Line-2])+1 {
				t.Fatalf("%q at %d:%d, outside the text", path, pos.Line, pos.Col)
			}
		}
		var m map[string]any
		if _, err := toml.Decode(front, &m); err != nil {
			return
		}
		checkValues(t, p, lines, "", m)
	})
}

// checkValues checks that each array and each value that is not a table
// under path in v has a position of its own, at its first character.
func checkValues(t *testing.T, p *positions, lines []string, path string, v any) {
	t.Helper()
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			// Paths join keys with dots: an empty key, or one with a dot or
			// "#key" in it, may share its path with another, and is left out.
			// (The decoder also drops an empty array from the array of an
			// empty key in a table: [a] '' = [[], {b = 1}].)
			if k == "" || strings.ContainsAny(k, ".#") {
				continue
			}
			checkValues(t, p, lines, join(path, k), e)
		}
		return
	case []map[string]any: // an array of tables, or of inline tables
		for i, e := range v {
			checkValues(t, p, lines, path+"."+strconv.Itoa(i), e)
		}
		return
	}
	pos, ok := p.m[path]
	if !ok {
		t.Fatalf("no position for %q", path)
	}
	first := []rune(lines[pos.Line-2] + "\n")[pos.Col-1]
	if arr, ok := v.([]any); ok {
		if first != '[' {
			t.Fatalf("array %q at %d:%d, which is %q", path, pos.Line, pos.Col, first)
		}
		for i, e := range arr {
			checkValues(t, p, lines, path+"."+strconv.Itoa(i), e)
		}
		return
	}
	if strings.ContainsRune(" \t\n=,#[]{}", first) {
		t.Fatalf("value %q at %d:%d, which is %q", path, pos.Line, pos.Col, first)
	}
}

// FuzzBodyScansNeverMissANote checks the scans that let a body wait to be
// converted until its page is rendered: a body that converts with a note
// (an image, a link check looks at, raw HTML, a heading's attribute) must be one they say may
// have one, or fokus check and fokus build would miss its warning while
// the preview gives it (review: <?xml:…?> and [](>) slipped through).
func FuzzBodyScansNeverMissANote(f *testing.F) {
	for _, seed := range []string{
		"<?xml:namespace prefix=\"o\" ?>\n", "<!a:b>\n", "[](>)\n", "[x](\\/ideas/crm/)\n", "[x](my\\_idea.md)\n",
		"[x](&#x2F;ideas/)\n", "[x](..%2Fcrm%2F)\n", "<https://example.com/a> <a@b.ch> <b>x</b>\n",
		"[r]\n\n[r]: ../x/\n", "[a](</ideas/y/>)\n", "[a]( ../x )\n", "- [ ] task\n", "text <!-- c --> <br>\n",
		"![p](plan.png)\n", "[a](OTHER.MD)\n", "a < b and 3<4\n", "## H {#h style=\"x\"}\n", "H {onclick=\"f()\"}\n=\n", "## A {id=1}\n", "## B {id=true} \r\n", "[](< >)\n",
		"[j](javascript&amp;colon;x//)\n", "![e](https&#58;//evil.example/e.png)\n", "![e](\\/\\/evil.example/e.png)\n",
	} {
		f.Add(seed)
	}
	md := NewMarkdown(false)
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) || len(body) > 4096 {
			return
		}
		_, notes, err := md.Convert("content/ideas/x.md", []byte(body))
		if err != nil || len(notes) == 0 {
			return
		}
		b := []byte(body)
		if !mayNote(b) {
			t.Errorf("%q converts with notes %+v, but the scans say it has none", body, notes)
		}
	})
}
