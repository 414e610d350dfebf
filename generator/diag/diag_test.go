package diag

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestDiagnosticsPrintAsCompilersDo(t *testing.T) {
	l := List{
		{Path: "content/ideas/b.md", Line: 3, Col: 7, Severity: Warning, Code: "stale", Message: "old"},
		{Path: "content/ideas/a.md", Line: 0, Col: 0, Severity: Error, Message: "bad"},
	}
	l.Sort()
	want := "content/ideas/a.md:1:1: error: bad\ncontent/ideas/b.md:3:7: warning: old [stale]\n"
	if got := l.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if got := l.Summary(); got != "1 error, 1 warning" {
		t.Errorf("Summary() = %q", got)
	}
	if got := (List{}).Summary(); got != "0 errors, 0 warnings" {
		t.Errorf("empty Summary() = %q", got)
	}
	if got := Plural(3, "idea"); got != "3 ideas" {
		t.Errorf("Plural(3) = %q", got)
	}
}

// A title or a file name is content: its control characters are printed as
// escapes, so that it can neither forge a diagnostic on a line of its own
// nor send a terminal or a CI log an escape sequence (security QA).
func TestDiagnosticsPrintContentsControlCharactersAsEscapes(t *testing.T) {
	d := Diagnostic{Path: "content/x\x1b]0;T\a\nfake.md:9:9: error: y.md", Line: 2, Col: 3, Severity: Warning, Code: "over-capacity",
		Message: "Inside\x1b[2J Sales\r\nfake/path.md:1:1: error: injected \u202eevil\u2028\tend é"}
	want := `content/x\x1b]0;T\x07\x0afake.md:9:9: error: y.md:2:3: warning: Inside\x1b[2J Sales\x0d\x0afake/path.md:1:1: error: injected \u202eevil\u2028` + "\tend é [over-capacity]"
	if got := d.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// Merging two sorted lists gives what sorting them one after the other
// gives, equal diagnostics of the first list first (the preview merges a
// save's diagnostics into the site's instead of sorting all of them again).
func TestMergeIsSortingBothLists(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	some := func(n int) List {
		l := make(List, n)
		for i := range l {
			l[i] = Diagnostic{Path: []string{"a.md", "b.md", "c.md"}[r.IntN(3)], Line: r.IntN(4), Col: r.IntN(3),
				Severity: Severity(r.IntN(2)), Message: []string{"x", "y"}[r.IntN(2)]}
		}
		l.Sort()
		return l
	}
	for range 500 {
		a, b := some(r.IntN(12)), some(r.IntN(5))
		want := append(slices.Clone(a), b...)
		want.Sort()
		if got := Merge(a, b); !slices.Equal(got, want) {
			t.Fatalf("Merge(%v, %v) = %v, want %v", a, b, got, want)
		}
	}
}
