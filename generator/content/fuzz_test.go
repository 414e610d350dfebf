package content

import (
	"bytes"
	"testing"
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
	"+++\ntitle = \"X\"\n",
	"+++ \ntitle = \"X\"\n+++\t\n",
	"+++\ntitle = \"Gr\xf6\xdfe\"\n+++\n",
	"\xff",
	"+++\ntitle = \"\"\"\nmulti\n+++\nline\"\"\"\nsubmitted = 2026-01-01\n+++\n",
	"+++\ntitle = 'X'\nsubmitted = 2026-02-30\n+++\n",
	"+++\ntitle = \"X\"\nsubmitted = \"next week\"\nteams = [\n  \"a\", # c\n  \"b\",\n]\n+++\n",
	"+++\ntitle = \"X\"\nsubmitted = 2026-01-01\nscore = { value = 1, job_size = 0 }\nscore.x = 1\n+++\n",
	"+++\ntitle = \"X\"\nsubmitted = 2026-01-01\n[score]\nvalue = \"a\"\n[decision]\n\"by\" = 1\n+++\n",
	"+++\ntitle = \"O\"\nteam = \"t\"\nperiod = \"p\"\n[[key_results]]\ntitle = \"k\"\nstart = 1\ntarget = 1\n[[key_results.checkins]]\ndate = 2026-01-01\n[[key_results]]\n+++\n",
	"+++\n[a.b.\"c.d\"]\n'x' = [[1], {y = [2, 3]}]\n+++\n",
	"+++\nkey_results = []\n+++\n",
	"+++\n\"Ü\" = 1\nx = \"\\\"\n+++\n",
	"+++\n[[key_results.checkins]]\n[key_results]\n+++\n",
}

func lineCount(data []byte) int { return bytes.Count(data, []byte("\n")) + 1 }

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
	p := NewParser(DefaultConfig())
	kinds := []Kind{KindIdea, KindObjective, KindTeam}
	f.Fuzz(func(t *testing.T, data []byte, k uint8) {
		kind := kinds[int(k)%len(kinds)]
		doc, diags := p.Parse(kind, "content/x.md", data)
		if doc == nil && !diags.HasErrors() {
			t.Fatal("no document and no error")
		}
		lines := lineCount(data)
		for _, d := range diags {
			if d.Line < 1 || d.Col < 1 || d.Line > lines {
				t.Fatalf("diagnostic at %d:%d in a file of %d lines: %s", d.Line, d.Col, lines, d.Message)
			}
		}
	})
}
