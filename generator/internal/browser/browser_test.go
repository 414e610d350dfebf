package browser

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A browser test leaves nothing in the temporary folder and no process
// behind: a run of the tests had left a folder org.chromium.Chromium.XXXXXX
// in /tmp for every browser test, 4,679 of them on one machine.
func TestABrowserLeavesNothingBehind(t *testing.T) {
	// A folder of a short name: the browser's socket has a path of at most
	// 108 bytes, so its folder cannot be in t.TempDir's, named after the test.
	tmp, err := os.MkdirTemp("", "t")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	t.Setenv("TMPDIR", tmp)
	t.Setenv("GOTMPDIR", tmp) // where t.TempDir makes its folders, if set
	t.Run("browser", func(t *testing.T) {
		ctx := Start(t)
		if err := chromedp.Do(ctx, chromedp.Navigate("data:text/html,<h1>fokus</h1>")); err != nil {
			t.Fatal(err)
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int]("document.querySelectorAll('h1').length"))
		if err != nil || n != 1 {
			t.Fatalf("the page has %d headings (%v), want 1", n, err)
		}
	})
	entries, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("left in $TMPDIR: %s", e.Name())
	}
	// Linux lists each process's command line in /proc; the browser's
	// processes name their profile, which is in tmp.
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		cmdline, err := os.ReadFile(p)
		if err == nil && bytes.Contains(cmdline, []byte(tmp)) {
			t.Errorf("still running: %s", strings.ReplaceAll(string(cmdline), "\x00", " "))
		}
	}
}
