// Package browser starts the headless Chromium that the browser tests
// drive through chromedp: Debian's chromium, or FOKUS_BROWSER. Without
// one, a test skips, unless FOKUS_REQUIRE_BROWSER=1 (as in CI), which
// makes a missing browser a failure.
package browser

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
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

// closeTimeout bounds how long the browser may take to close; one that
// takes longer is killed.
const closeTimeout = 20 * time.Second

// shared is the one browser of a test binary: starting one took about a
// second, and the page tests start a hundred, so each test gets a tab of
// its own in it instead (tabs share no emulation, and each test's site
// has its own loopback origin, so no storage either).
var shared struct {
	sync.Mutex
	ctx   context.Context // its first tab; cancelled, it closes the browser
	close func() error
}

// Start opens a tab for the test in the test binary's headless browser,
// starting the browser if it is not running (or is no longer: a test that
// crashed it leaves the next test a new one), and closes the tab when the
// test ends. The package's TestMain calls Close after its tests.
func Start(t *testing.T) context.Context {
	t.Helper()
	path := Find()
	if path == "" {
		if os.Getenv("FOKUS_REQUIRE_BROWSER") == "1" {
			t.Fatal("FOKUS_REQUIRE_BROWSER=1 but no chromium found (set FOKUS_BROWSER)")
		}
		t.Skip("no chromium found; set FOKUS_BROWSER or install chromium")
	}
	shared.Lock()
	defer shared.Unlock()
	for attempt := 0; ; attempt++ {
		if shared.ctx == nil || shared.ctx.Err() != nil {
			if err := closeLocked(); err != nil {
				t.Logf("closing the browser that ended: %v", err)
			}
			if err := startLocked(path); err != nil {
				t.Fatalf("starting %s: %v", path, err)
			}
		}
		tab, cancel := chromedp.NewContext(shared.ctx)
		err := chromedp.Do(tab)
		if err == nil {
			t.Cleanup(cancel)
			return tab
		}
		cancel()
		if attempt > 0 {
			t.Fatalf("opening a tab in %s: %v", path, err)
		}
		// The browser is there but does not answer: start a new one.
		if err := closeLocked(); err != nil {
			t.Logf("closing the browser that did not answer: %v", err)
		}
	}
}

// Close closes the browser that Start started, if any, and waits until it
// has ended and its folder is removed.
func Close() error {
	shared.Lock()
	defer shared.Unlock()
	return closeLocked()
}

func closeLocked() error {
	if shared.close == nil {
		return nil
	}
	err := shared.close()
	shared.ctx, shared.close = nil, nil
	return err
}

// startLocked starts a headless browser with a fresh profile and nothing
// that phones home.
//
// The browser leaves nothing behind in the temporary folder. Chromium
// makes a folder org.chromium.Chromium.XXXXXX for its singleton's socket
// in $TMPDIR, and removes it when it is closed, not when it is killed, as
// a cancelled chromedp context kills it: a run of the tests left one per
// browser test in /tmp. So the browser gets a temporary folder of its own,
// which holds its profile too, and is closed as a user closes it; the
// folder is removed once the browser has ended. The folder is not a
// test's t.TempDir, whose path, named after the test, leaves no room for
// the socket's within the 108 bytes a socket's path may have.
func startLocked(path string) error {
	dir, err := os.MkdirTemp("", "chromium-")
	if err != nil {
		return err
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
	shared.ctx = ctx
	shared.close = func() error {
		closing, cancelClosing := context.WithTimeout(ctx, closeTimeout)
		err := chromedp.Cancel(closing)
		cancelClosing()
		cancel()
		cancelAlloc() // waits until the browser's process has ended
		if rerr := os.RemoveAll(dir); err == nil {
			err = rerr
		}
		return err
	}
	if err := chromedp.Do(ctx); err != nil {
		closeLocked()
		return err
	}
	return nil
}

// Main runs a package's tests and then closes the browser they shared, so
// that it leaves no process and no folder behind: the TestMain of a
// package with browser tests.
func Main(m *testing.M) {
	code := m.Run()
	if err := Close(); err != nil {
		fmt.Fprintln(os.Stderr, "closing the browser:", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}
