package render_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The HTML checker leaves nothing in /tmp, where Java made a folder
// hsperfdata_USER whatever $TMPDIR said. Linux is the system on which a
// test can give it an empty /tmp: the checker runs in a mount namespace
// of its own, with the pages in /mnt.
func TestTheHTMLCheckerLeavesNothingInTmp(t *testing.T) {
	java, jar := vnu(t)
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("needs unshare(1) to give the checker an empty /tmp")
	}
	pages := t.TempDir()
	if err := os.WriteFile(filepath.Join(pages, "index.html"), []byte(`<!DOCTYPE html><html lang="en"><head><title>fokus</title></head><body><p>fokus</p></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}
	const script = `mount --bind "$1" /mnt && mount -t tmpfs none /tmp || exit 97
shift
"$@" >&2 || exit 98
ls -A /tmp`
	cmd := exec.Command("unshare", append([]string{"--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", pages}, vnuCommand(java, jar, "/mnt").Args...)...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	switch code := cmd.ProcessState.ExitCode(); {
	case code == 97 || err != nil && code <= 0:
		t.Skipf("cannot give the checker an empty /tmp here (unshare: %v, %s)", err, stderr.String())
	case code == 98:
		t.Fatalf("the checker failed on a valid page:\n%s%s", stdout.String(), stderr.String())
	}
	if left := strings.Fields(stdout.String()); len(left) > 0 {
		t.Errorf("the checker left in /tmp: %s", strings.Join(left, " "))
	}
}
