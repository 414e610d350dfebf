//go:build unix

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A destination in a folder that the user may not write (/var/www/fokus,
// owned by the deploy user, in /var/www, owned by root) is refused before
// the build, and the message says why: the new site is written beside it
// (QA: "mkdir …/.fokus.fokus-stage-…: permission denied", exit 1).
func TestBuildRefusesADestinationInAFolderItCannotWrite(t *testing.T) {
	dir := t.TempDir()
	www := filepath.Join(dir, "www")
	writeArchive(t, filepath.Join(dir, "site"), site)
	if err := os.MkdirAll(filepath.Join(www, "fokus"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(fokusBin, "build", "--source", filepath.Join(dir, "site"), "--destination", filepath.Join(www, "fokus"), "--now", "2026-11-26")
	if os.Geteuid() == 0 {
		// Root may write anywhere: build as nobody, who owns www/fokus
		// (and may read the site and run the binary) but not www.
		const nobody = 65534
		bin := filepath.Join(dir, "fokus")
		data, err := os.ReadFile(fokusBin)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(bin, data, 0o755); err != nil {
			t.Fatal(err)
		}
		// Only the test's own folders, the two that t.TempDir made: the
		// folders above keep their modes. /tmp had lost its sticky bit
		// (review), and again where GOTMPDIR, in which t.TempDir makes
		// its folders, was not $TMPDIR: the walk up to $TMPDIR passed it.
		os.Chmod(dir, 0o755)
		os.Chmod(filepath.Dir(dir), 0o755)
		for d := filepath.Dir(filepath.Dir(dir)); ; d = filepath.Dir(d) {
			if fi, err := os.Stat(d); err == nil && fi.Mode().Perm()&0o001 == 0 {
				t.Skipf("nobody may not enter %s, so cannot run fokus in the test's folder", d)
			}
			if d == filepath.Dir(d) {
				break
			}
		}
		filepath.WalkDir(filepath.Join(dir, "site"), func(p string, d os.DirEntry, err error) error {
			return os.Chmod(p, map[bool]os.FileMode{true: 0o755, false: 0o644}[d.IsDir()])
		})
		if err := os.Chown(filepath.Join(www, "fokus"), nobody, nobody); err != nil {
			t.Fatal(err)
		}
		cmd.Path, cmd.Args[0] = bin, bin
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	} else if err := os.Chmod(www, 0o555); err != nil {
		t.Fatal(err)
	} else {
		defer os.Chmod(www, 0o755)
	}
	out, err := cmd.CombinedOutput()
	if errors.Is(err, syscall.EPERM) {
		t.Skipf("cannot run the build as another user here: %v", err) // root without CAP_SETUID
	}
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Fatalf("build: %v, want exit status 2\n%s", err, out)
	}
	if want := www + " is not writable for this user, and a build writes the new site beside fokus before it swaps it in"; !strings.Contains(string(out), want) {
		t.Errorf("output does not say %q:\n%s", want, out)
	}
}

// A write that fails while the new site is written beside the destination
// (a full disk, here a limit on the size of a file) is told once, naming
// the destination and what happened, and that nothing was written, where
// it was an error of fokus.toml:1:1 that named the hidden stage only; the
// build leaves nothing behind, and a destination it had is left as it was.
func TestAWriteThatFailsIsToldWithTheDestination(t *testing.T) {
	dir := t.TempDir()
	writeArchive(t, filepath.Join(dir, "site"), site)
	out := filepath.Join(dir, "out")
	dest := filepath.Join(out, "public")
	build := func() (string, int) {
		t.Helper()
		// 64 blocks of 512 bytes: the pages fit, the theme's charts' script does not.
		cmd := exec.Command("sh", "-c", `ulimit -f 64 && exec "$@"`, "sh", fokusBin, "build", "--source", filepath.Join(dir, "site"), "--destination", dest, "--now", "2026-11-26")
		stderr, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("build: %v, want a failure\n%s", err, stderr)
		}
		return string(stderr), exit.ExitCode()
	}
	for _, left := range []string{"nothing was written", dest + " was left as it was"} {
		stderr, code := build()
		if code != 1 || !strings.Contains(stderr, "fokus: cannot write the new site of "+dest+" beside it: write ") ||
			!strings.Contains(stderr, ": file too large (larger than the file system, or this user's limit on the size of a file, ulimit -f, takes); "+left+"\n") ||
			strings.Contains(stderr, "error") {
			t.Errorf("exit status %d, output:\n%s\nwant the destination named, and %q", code, stderr, left)
		}
		var names []string
		list, err := os.ReadDir(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range list {
			names = append(names, e.Name())
		}
		if got := strings.Join(names, " "); left == "nothing was written" && got != "" || left != "nothing was written" && got != "public" {
			t.Errorf("beside the destination: %q", got)
		}
		if r := fokus(t, dir, nil, "build", "--source", "site", "--destination", dest, "--now", "2026-11-26"); r.code != 0 {
			t.Fatalf("build without the limit: %d\n%s", r.code, r.stderr)
		}
	}
}

// The build as nobody opens only the test's own folders: where GOTMPDIR,
// in which t.TempDir makes them, was not $TMPDIR, it opened every folder
// above them, /tmp included, which lost its sticky bit. The test runs that
// test with a GOTMPDIR of a mode of its own beside $TMPDIR.
func TestTheBuildAsNobodyOpensOnlyTheTestsFolders(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("the build runs as nobody where the tests run as root")
	}
	top := t.TempDir()
	// Folders nobody may enter, up to gotmp, so that the build runs.
	for _, d := range []string{top, filepath.Dir(top)} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	gotmp, tmp := filepath.Join(top, "go"), filepath.Join(top, "tmp")
	if err := os.Mkdir(gotmp, 0o751); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(tmp, 0o700); err != nil {
		t.Fatal(err)
	}
	modes := map[string]os.FileMode{}
	for d := gotmp; ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil {
			t.Fatal(err)
		}
		modes[d] = fi.Mode()
		if d == filepath.Dir(d) {
			break
		}
	}
	// A mode changed is put back, also when the test of the build fails:
	// the folders above are the machine's, /tmp among them (review: a run
	// of this test against the walk it replaces left /tmp without its
	// sticky bit, to every other user of the machine).
	defer func() {
		for d, mode := range modes {
			if fi, err := os.Stat(d); err != nil {
				t.Error(err)
			} else if fi.Mode() != mode {
				t.Errorf("%s: mode %v after the test, was %v", d, fi.Mode(), mode)
				if err := os.Chmod(d, mode); err != nil {
					t.Error(err)
				}
			}
		}
	}()
	cmd := exec.Command(os.Args[0], "-test.run=^TestBuildRefusesADestinationInAFolderItCannotWrite$", "-test.v")
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp, "GOTMPDIR="+gotmp)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the test of the build as nobody: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "--- SKIP") {
		t.Skipf("the build as nobody did not run here:\n%s", out)
	}
}

// A run of these tests stopped with Ctrl-C leaves nothing in $TMPDIR:
// it had left the binary that TestMain builds, a folder fokus-cli-test-*
// of 19 MB for each run stopped. The test runs this test binary, which
// builds its own fokus, with a $TMPDIR of its own, and interrupts it in
// TestHelperWaitsToBeInterrupted.
func TestAnInterruptedRunLeavesNothingInTMPDIR(t *testing.T) {
	tmp := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWaitsToBeInterrupted$", "-test.v")
	cmd.Env = append(os.Environ(), "FOKUS_CLI_TEST_WAIT=1", "TMPDIR="+tmp, "GOTMPDIR="+tmp)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stdout)
	for lines.Scan() && lines.Text() != "waiting" {
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, stdout)
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGINT {
		t.Errorf("the interrupted run ended with %v, want the signal interrupt", err)
	}
	left, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("left in $TMPDIR: %s", e.Name())
	}
}

// TestHelperWaitsToBeInterrupted is the run that
// TestAnInterruptedRunLeavesNothingInTMPDIR interrupts.
func TestHelperWaitsToBeInterrupted(t *testing.T) {
	if os.Getenv("FOKUS_CLI_TEST_WAIT") != "1" {
		t.Skip("run by TestAnInterruptedRunLeavesNothingInTMPDIR")
	}
	fmt.Println("waiting")
	time.Sleep(time.Hour)
}
