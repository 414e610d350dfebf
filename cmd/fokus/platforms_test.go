package main

import (
	"os"
	"os/exec"
	"testing"
)

// fokus is built for the laptops of the people who write its content, on
// Windows and macOS as on Linux: the whole module, tests included, compiles
// for them (QA: it built on Linux alone, for Linux's system calls). Its
// tests run on Linux here; this says that they and fokus build elsewhere.
// go vet type-checks each package with its tests without linking, for
// about the time of one build per system.
func TestFokusBuildsForWindowsAndMacOS(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the module twice")
	}
	for _, target := range []struct{ goos, goarch string }{{"windows", "amd64"}, {"darwin", "arm64"}} {
		t.Run(target.goos, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command("go", "vet", "../../...")
			cmd.Env = append(os.Environ(), "GOOS="+target.goos, "GOARCH="+target.goarch, "CGO_ENABLED=0")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("go vet ./... for %s/%s: %v\n%s", target.goos, target.goarch, err, out)
			}
		})
	}
}
