// Package browser starts the headless Chromium that the browser tests
// drive through chromedp: Debian's chromium, or FOKUS_BROWSER. Without
// one, a test skips, unless FOKUS_REQUIRE_BROWSER=1 (as in CI), which
// makes a missing browser a failure.
package browser

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Find returns the browser to drive, or "".
func Find() string {
	if p := os.Getenv("FOKUS_BROWSER"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// closeTimeout bounds how long a browser may take to close when its test
// ends; one that takes longer is killed.
const closeTimeout = 20 * time.Second

// Start starts a headless browser for the test, with a fresh profile and
// nothing that phones home, and closes it when the test ends.
//
// The browser leaves nothing behind in the temporary folder. Chromium
// makes a folder org.chromium.Chromium.XXXXXX for its singleton's socket
// in $TMPDIR, and removes it when it is closed, not when it is killed, as
// a cancelled chromedp context kills it: a run of the tests left one per
// browser test in /tmp. So the browser gets a temporary folder of its own,
// which holds its profile too, and is closed as a user closes it; the
// folder is removed once the browser has ended. The folder is not the
// test's t.TempDir, whose path, named after the test, leaves no room for
// the socket's within the 108 bytes a socket's path may have.
func Start(t *testing.T) context.Context {
	t.Helper()
	path := Find()
	if path == "" {
		if os.Getenv("FOKUS_REQUIRE_BROWSER") == "1" {
			t.Fatal("FOKUS_REQUIRE_BROWSER=1 but no chromium found (set FOKUS_BROWSER)")
		}
		t.Skip("no chromium found; set FOKUS_BROWSER or install chromium")
	}
	dir, err := os.MkdirTemp("", "chromium-")
	if err != nil {
		t.Fatal(err)
	}
	profile := filepath.Join(dir, "profile")
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(profile),
		// Chromium's temporary folder: TMPDIR on Linux, TMP and TEMP on
		// Windows. On macOS it takes the user's own, where it removes its
		// folder when it is closed.
		chromedp.Env("TMPDIR="+dir, "TMP="+dir, "TEMP="+dir),
		chromedp.WindowSize(1400, 1000),
	)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		closing, cancelClosing := context.WithTimeout(ctx, closeTimeout)
		if err := chromedp.Cancel(closing); err != nil {
			t.Logf("closing the browser: %v", err)
		}
		cancelClosing()
		cancel()
		cancelAlloc() // waits until the browser's process has ended
		if err := os.RemoveAll(dir); err != nil {
			t.Errorf("removing the browser's folder: %v", err)
		}
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}
