// Package browser starts the headless Chromium that the browser tests
// drive through chromedp: Debian's chromium, or FOKUS_BROWSER. Without
// one, a test skips, unless FOKUS_REQUIRE_BROWSER=1 (as in CI), which
// makes a missing browser a failure.
package browser

import (
	"context"
	"os"
	"os/exec"
	"testing"

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

// Start starts a headless browser for the test, with a fresh profile and
// nothing that phones home, and stops it when the test ends.
func Start(t *testing.T) context.Context {
	t.Helper()
	path := Find()
	if path == "" {
		if os.Getenv("FOKUS_REQUIRE_BROWSER") == "1" {
			t.Fatal("FOKUS_REQUIRE_BROWSER=1 but no chromium found (set FOKUS_BROWSER)")
		}
		t.Skip("no chromium found; set FOKUS_BROWSER or install chromium")
	}
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
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}
