package diag

import "testing"

func TestDiagnosticsPrintAsCompilersDo(t *testing.T) {
	l := List{
		{Path: "content/ideas/b.md", Line: 3, Col: 7, Severity: Warning, Code: "stale", Message: "old"},
		{Path: "content/ideas/a.md", Line: 0, Col: 0, Severity: Error, Message: "bad"},
	}
	l.Sort()
	want := "content/ideas/a.md:1:1: error: bad\ncontent/ideas/b.md:3:7: warning[stale]: old\n"
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
