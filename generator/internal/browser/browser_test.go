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
	if err := Close(); err != nil {
		t.Fatal(err)
	}
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

// Tests share one browser, a tab each: the second test's tab is in the
// browser the first started, and a test's tab is closed when it ends
// (review: the page tests had started a hundred browsers).
func TestTestsShareOneBrowserATabEach(t *testing.T) {
	t.Cleanup(func() { Close() })
	var first *os.Process
	var firstTab string
	t.Run("first", func(t *testing.T) {
		c := chromedp.FromContext(Start(t))
		first, firstTab = c.Browser.Process(), string(c.Target.TargetID)
	})
	t.Run("second", func(t *testing.T) {
		ctx := Start(t)
		c := chromedp.FromContext(ctx)
		if got := c.Browser.Process(); got == nil || first == nil || got.Pid != first.Pid {
			t.Fatalf("the second test has browser %v, want the first test's %v", got, first)
		}
		targets, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, target := range targets {
			if string(target.TargetID) == firstTab {
				t.Errorf("the first test's tab is still open: %+v", target)
			}
		}
	})
}

// A test that kills the browser leaves the next test a new one, not a
// failure (a crash of Chromium in one page test must not fail the rest).
func TestABrowserThatEndedIsStartedAgain(t *testing.T) {
	t.Cleanup(func() { Close() })
	var killed int
	t.Run("kills it", func(t *testing.T) {
		p := chromedp.FromContext(Start(t)).Browser.Process()
		if err := p.Kill(); err != nil {
			t.Fatal(err)
		}
		p.Wait()
		killed = p.Pid
	})
	t.Run("after", func(t *testing.T) {
		ctx := Start(t)
		if p := chromedp.FromContext(ctx).Browser.Process(); p == nil || p.Pid == killed {
			t.Fatalf("the test after has browser %v, the one killed (%d)", p, killed)
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int]("1 + 1"))
		if err != nil || n != 2 {
			t.Fatalf("1 + 1 = %d (%v) in the new browser", n, err)
		}
	})
}
