package diag

import "testing"

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
