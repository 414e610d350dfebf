package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The fokus.exe on a colleague's Windows laptop, or fokus in a container
// built FROM scratch, finds no zone database on the machine: Windows has
// none that Go reads, and Go's own zoneinfo.zip is only where Go is
// installed. fokus carries one, so timezone = "Europe/Berlin" is read
// there as here (QA: "unknown time zone", and without fokus.toml "today"
// fell back to UTC, a day early before one in the morning in Zurich).
// Linux is the system on which a test can take the database away: the
// binary runs in a mount namespace of its own, with an empty folder over
// each place Go looks in.
func TestTimezonesAreReadWithoutAZoneDatabaseOnTheMachine(t *testing.T) {
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("needs unshare(1) to hide the zone database")
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	hide := []string{"/usr/share/zoneinfo", "/usr/share/lib/zoneinfo", "/usr/lib/locale/TZ", "/etc/zoneinfo",
		filepath.Join(strings.TrimSpace(string(goroot)), "lib", "time")}
	// The script hides each folder that exists, makes sure that Go's
	// Europe/Berlin is gone, and then runs fokus with the test's arguments.
	script := `for d in ` + strings.Join(hide, " ") + `; do [ -d "$d" ] && { mount -t tmpfs none "$d" || exit 97; }; done
for d in ` + strings.Join(hide, " ") + `; do [ -e "$d/Europe/Berlin" ] && exit 97; [ -e "$d/zoneinfo.zip" ] && exit 97; done
exec "$@"`
	run := func(dir string, args ...string) result {
		t.Helper()
		cmd := exec.Command("unshare", append([]string{"--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", fokusBin}, args...)...)
		cmd.Dir = dir
		for _, e := range os.Environ() {
			if !strings.HasPrefix(e, "ZONEINFO=") && !strings.HasPrefix(e, "SOURCE_DATE_EPOCH=") && !strings.HasPrefix(e, "TZ=") {
				cmd.Env = append(cmd.Env, e)
			}
		}
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := cmd.ProcessState.ExitCode()
		if code == 97 || (err != nil && code <= 0) {
			t.Skipf("cannot hide the zone database here (unshare: %v, %s)", err, stderr.String())
		}
		return result{code, stdout.String(), stderr.String()}
	}

	berlin := newSite(t, strings.Replace(site, `language = "en"`, `language = "en"`+"\n"+`timezone = "Europe/Berlin"`, 1))
	r := run(berlin, "check", "--now", "2026-11-26")
	r.want(t, 0)
	if strings.Contains(r.stderr, "time zone") {
		t.Errorf("timezone = \"Europe/Berlin\" was refused:\n%s", r.stderr)
	}

	// Without fokus.toml "today" is Zurich's: 23:30 in London is half past
	// midnight there, the next day.
	zurich := newSite(t, site[strings.Index(site, "-- content/"):])
	run(zurich, "build", "--now", "2026-11-26T23:30:00Z").want(t, 0)
	data, err := os.ReadFile(filepath.Join(zurich, "public", "index.json"))
	if err != nil {
		t.Fatal(err)
	}
	var index struct{ Now string }
	if err := json.Unmarshal(data, &index); err != nil {
		t.Fatal(err)
	}
	if index.Now != "2026-11-27" {
		t.Errorf("today without fokus.toml, at 2026-11-26T23:30:00Z = %s, want 2026-11-27 (Europe/Zurich)", index.Now)
	}
}
