package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	scoring "fokus/generator/site"
)

// fokusBin is the real binary, built once for all tests.
var fokusBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "fokus-cli-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	removeOnSignal(dir)
	fokusBin = filepath.Join(dir, "fokus")
	if out, err := exec.Command("go", "build", "-o", fokusBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// removeOnSignal removes dir when the tests are interrupted, with Ctrl-C
// or as a CI job is cancelled, and then ends the process as the signal
// would have: it ends without returning from m.Run, and a run that was
// stopped so left its binary of 19 MB in a folder fokus-cli-test-* in
// $TMPDIR.
func removeOnSignal(dir string) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-signals
		os.RemoveAll(dir)
		signal.Stop(signals)
		if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(sig) == nil {
			time.Sleep(10 * time.Second) // while the signal ends the process
		}
		os.Exit(2)
	}()
}

type result struct {
	code           int
	stdout, stderr string
}

// fokus runs the binary in dir with args; env adds variables.
func fokus(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(fokusBin, args...)
	cmd.Dir = dir
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "SOURCE_DATE_EPOCH=") {
			cmd.Env = append(cmd.Env, e)
		}
	}
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	code := 0
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, stdout.String(), stderr.String()}
}

func (r result) want(t *testing.T, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit status %d, want %d\nstdout: %s\nstderr: %s", r.code, code, r.stdout, r.stderr)
	}
}

const site = `
-- fokus.toml --
language = "en"
period = "2026-Q4"
-- content/teams/sales.md --
+++
title = "Sales"
capacity = 10
+++
-- content/objectives/sales/grow.md --
+++
title = "Grow"
team = "sales"
period = "2026-Q4"
reviewed = 2026-11-20

[[key_results]]
title = "Leads"
start = 0
target = 10
+++
-- content/ideas/crm.md --
+++
title = "Clean the CRM"
submitted = 2026-11-01
teams = ["sales"]
objectives = ["grow"]

[score]
value = 5
time_criticality = 3
risk_reduction = 2
job_size = 5
+++
Body.
`

func newSite(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	writeArchive(t, dir, archive)
	return dir
}

// writeArchive writes the files of a txtar archive ("-- path --" lines, each
// followed by the file's content) below dir.
func writeArchive(t *testing.T, dir, archive string) {
	t.Helper()
	name, body := "", ""
	flush := func() {
		if name == "" {
			return
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, line := range strings.SplitAfter(archive, "\n") {
		if l := strings.TrimRight(line, "\n"); strings.HasPrefix(l, "-- ") && strings.HasSuffix(l, " --") && len(l) > 6 {
			flush()
			name, body = strings.TrimSpace(l[3:len(l)-3]), ""
			continue
		}
		body += line
	}
	flush()
}

// hashTree fingerprints every file, folder and mode below dir.
func hashTree(t *testing.T, dir string) string {
	t.Helper()
	var lines []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		line := rel + " " + info.Mode().String()
		if !d.IsDir() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			line += fmt.Sprintf(" %x", sha256.Sum256(data))
		}
		lines = append(lines, line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func TestVersionPrintsTheVersion(t *testing.T) {
	r := fokus(t, t.TempDir(), nil, "version")
	r.want(t, 0)
	if !strings.HasPrefix(r.stdout, "fokus ") {
		t.Errorf("stdout = %q", r.stdout)
	}
}

func TestUsageErrorsExitWithTwo(t *testing.T) {
	dir := newSite(t, site)
	for _, args := range [][]string{
		{},
		{"bild"},
		{"build", "--bogus"},
		{"build", "--now", "garbage"},
		{"build", "extra"},
		{"version", "extra"},
		{"check", "--now", "2026-13-01"},
		{"check", "--format", "yaml"},
		{"build", "--source", "does-not-exist"},
		{"build", "--source", "content"}, // a folder, but no site: no content/ in it
		{"check", "--source", "content"},
		{"serve", "--source", "content", "--port", "0"},
		{"new"},
		{"new", "thing", "Title"},
		{"new", "objective", "No team"},
		{"new", "idea", "!!!"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := fokus(t, dir, nil, args...)
			r.want(t, 2)
			if !strings.Contains(r.stderr, "Usage:") || !strings.HasPrefix(r.stderr, "fokus: ") {
				t.Errorf("stderr lacks the message and usage:\n%s", r.stderr)
			}
		})
	}
	// The environment's mistake is said alone: the usage says nothing of it.
	r := fokus(t, dir, []string{"SOURCE_DATE_EPOCH=yesterday"}, "build")
	r.want(t, 2)
	if !strings.HasPrefix(r.stderr, `fokus: SOURCE_DATE_EPOCH="yesterday" is not a number of seconds`) || strings.Contains(r.stderr, "Usage:") {
		t.Errorf("a SOURCE_DATE_EPOCH that is no number: stderr\n%s", r.stderr)
	}
	// Milliseconds (Date.now()) are no day a site can be built on: the
	// year 57872.
	r = fokus(t, dir, []string{"SOURCE_DATE_EPOCH=1764158400000"}, "build")
	r.want(t, 2)
	if want := "fokus: SOURCE_DATE_EPOCH=1764158400000 lies after the year 9999; it counts seconds since 1970, not milliseconds: SOURCE_DATE_EPOCH=1764158400; or use --now 2026-11-26\n"; r.stderr != want {
		t.Errorf("SOURCE_DATE_EPOCH in milliseconds: stderr\n%s\nwant\n%s", r.stderr, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); err == nil {
		t.Error("a site was built on the year 57872")
	}
}

// A --now written as a person writes a date says how fokus takes it, as
// the same date in front matter does (QA: told only what it is not).
func TestANowWrittenAnotherWaySaysHowToWriteIt(t *testing.T) {
	dir := newSite(t, site)
	for now, want := range map[string]string{
		"05.01.2026": `fokus: --now "05.01.2026": expected a date like 2026-11-26 or a time like 2026-11-26T09:00:00+01:00; write 2026-01-05`,
		"2026-1-5":   `fokus: --now "2026-1-5": expected a date like 2026-11-26 or a time like 2026-11-26T09:00:00+01:00; write 2026-01-05`,
		"garbage":    `fokus: --now "garbage": expected a date like 2026-11-26 or a time like 2026-11-26T09:00:00+01:00`,
	} {
		r := fokus(t, dir, nil, "build", "--now", now)
		r.want(t, 2)
		if got, _, _ := strings.Cut(r.stderr, "\n"); got != want {
			t.Errorf("--now %s: stderr begins\n%s\nwant\n%s", now, got, want)
		}
	}
}

func TestBuildWritesTheSiteIntoPublicBesideTheSource(t *testing.T) {
	dir := newSite(t, site)
	r := fokus(t, t.TempDir(), nil, "build", "--source", dir, "--now", "2026-11-26")
	r.want(t, 0)
	if r.stderr != "" {
		t.Errorf("stderr = %q", r.stderr)
	}
	for _, p := range []string{"index.html", "ideas/crm/index.html", "objectives/grow/index.html", "teams/sales/index.html", "index.json", ".fokus-output"} {
		if _, err := os.Stat(filepath.Join(dir, "public", p)); err != nil {
			t.Error(err)
		}
	}
}

func TestBuildWithContentErrorsLeavesTheDestinationAsItWas(t *testing.T) {
	dir := newSite(t, site)
	fokus(t, dir, nil, "build", "--now", "2026-11-26").want(t, 0)
	before := hashTree(t, filepath.Join(dir, "public"))
	os.WriteFile(filepath.Join(dir, "content/ideas/bad.md"), []byte("+++\ntitle = \"Bad\"\nsubmitted = 2026-11-01\nteams = [\"sales\", \"nobody\"]\nscore.job_size = 0\n+++\n"), 0o644)
	r := fokus(t, dir, nil, "build", "--now", "2026-11-26")
	r.want(t, 1)
	for _, want := range []string{
		"content/ideas/bad.md:4:19: error: unknown team \"nobody\"; no file content/teams/nobody.md; the teams are sales\n",
		"fokus: ",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if after := hashTree(t, filepath.Join(dir, "public")); after != before {
		t.Errorf("destination changed by a failed build:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "fokus-stage") {
			t.Errorf("staging folder %s left behind", e.Name())
		}
	}
}

// An idea deposited as index.html.md, whose page folder would be named as
// the ideas' list is, is an error at that file, not a build that failed
// to write with "not a directory" at fokus.toml (security review).
func TestBuildNamesAFileWhosePageWouldBeTheListOfItsKind(t *testing.T) {
	dir := newSite(t, site+"-- content/ideas/index.html.md --\n+++\ntitle = \"Index\"\nsubmitted = 2026-11-01\n+++\n")
	r := fokus(t, dir, nil, "build", "--now", "2026-11-26")
	r.want(t, 1)
	want := "content/ideas/index.html.md:1:1: error: the file's name makes the page folder ideas/index.html/, where the page that lists the ideas is (ideas/index.html); rename the file\n"
	if !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "fokus.toml") {
		t.Errorf("stderr:\n%s\nwant %s", r.stderr, want)
	}
}

func TestDiagnosticsArePrintedRelativeToTheSource(t *testing.T) {
	dir := newSite(t, site+"-- content/ideas/x.md --\n+++\ntitle = 1\nsubmitted = 2026-11-01\nautor = \"A\"\n+++\n")
	r := fokus(t, filepath.Dir(dir), nil, "check", "--source", filepath.Base(dir), "--now", "2026-11-26")
	r.want(t, 1)
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	want := []string{
		`content/ideas/x.md:2:9: error: title must be a string, not an integer (1); write it in double quotes: title = "1"`,
		`content/ideas/x.md:4:1: error: unknown key "autor" in idea front matter; did you mean "author"?`,
		`fokus: 2 errors, 0 warnings`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.stderr, strings.Join(want, "\n"))
	}
}

func TestRebuildRemovesPagesOfDeletedContent(t *testing.T) {
	dir := newSite(t, site)
	fokus(t, dir, nil, "build", "--now", "2026-11-26").want(t, 0)
	if err := os.Remove(filepath.Join(dir, "content/ideas/crm.md")); err != nil {
		t.Fatal(err)
	}
	fokus(t, dir, nil, "build", "--now", "2026-11-26").want(t, 0)
	if _, err := os.Stat(filepath.Join(dir, "public/ideas/crm")); !os.IsNotExist(err) {
		t.Errorf("page of a deleted idea is still there: %v", err)
	}
}

// A .git put into public/ (a GitHub Pages checkout) would be deleted by
// the build after next: the build refuses, names it, and prints no usage,
// which says nothing about it (QA). Anything else added is replaced with a
// warning.
func TestBuildRefusesAnOutputSomeoneAddedTo(t *testing.T) {
	dir := newSite(t, site)
	fokus(t, dir, nil, "build", "--now", "2026-11-26").want(t, 0)
	os.MkdirAll(filepath.Join(dir, "public", ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, "public", ".git", "HEAD"), []byte("ref: refs/heads/main\n"), 0o644)
	for range 2 {
		r := fokus(t, dir, nil, "build", "--now", "2026-11-26")
		r.want(t, 2)
		if !strings.Contains(r.stderr, filepath.Join("public", ".git")+": a repository in the output, which a build would delete") || strings.Contains(r.stderr, "Usage:") {
			t.Errorf("stderr = %q", r.stderr)
		}
	}
	if data, err := os.ReadFile(filepath.Join(dir, "public", ".git", "HEAD")); err != nil || string(data) != "ref: refs/heads/main\n" {
		t.Errorf(".git/HEAD = %q, %v", data, err)
	}
	// Anything else is replaced with the folder, as the SPEC wants, but
	// not silently: a warning names it and where it is kept.
	os.RemoveAll(filepath.Join(dir, "public", ".git"))
	os.WriteFile(filepath.Join(dir, "public", "CNAME"), []byte("fokus.example\n"), 0o644)
	r := fokus(t, dir, nil, "build", "--now", "2026-11-26")
	r.want(t, 0)
	if !strings.Contains(r.stderr, filepath.Join("public", "CNAME")+" was not written by fokus; the build replaced the folder as a whole, and it is kept in ") {
		t.Errorf("stderr = %q", r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "CNAME")); !os.IsNotExist(err) {
		t.Errorf("the CNAME is still in the output: %v", err)
	}
	if data, err := os.ReadFile(filepath.Join(dir, ".public.fokus-prev", "CNAME")); err != nil || string(data) != "fokus.example\n" {
		t.Errorf("the CNAME is not kept beside the output: %q, %v", data, err)
	}
}

// A site checked out inside its own output is refused as a destination:
// the build would replace the source with the rest (QA: it was moved
// aside with a warning, and deleted by the next build, .git and all).
func TestBuildRefusesADestinationThatHoldsTheSource(t *testing.T) {
	dir := newSite(t, site)
	fokus(t, dir, nil, "build", "--now", "2026-11-26").want(t, 0)
	r := fokus(t, dir, nil, "build", "--now", "2026-11-26", "--destination", "..")
	r.want(t, 2)
	if !strings.Contains(r.stderr, "--destination .. holds the source folder") {
		t.Errorf("stderr = %q", r.stderr)
	}
	// And a folder someone put into the output is refused, not moved aside.
	os.MkdirAll(filepath.Join(dir, "public", "wiki"), 0o755)
	os.WriteFile(filepath.Join(dir, "public", "wiki", "index.html"), []byte("theirs"), 0o644)
	r = fokus(t, dir, nil, "build", "--now", "2026-11-26")
	r.want(t, 2)
	if !strings.Contains(r.stderr, filepath.Join("public", "wiki")+": a folder that fokus did not write") {
		t.Errorf("stderr = %q", r.stderr)
	}
	if data, err := os.ReadFile(filepath.Join(dir, "public", "wiki", "index.html")); err != nil || string(data) != "theirs" {
		t.Errorf("wiki/index.html = %q, %v", data, err)
	}
}

// A folder with only fokus.toml is a site without content yet, as fokus new
// takes it and as Hugo builds a site with only its config: build and check
// succeed (QA: "is this a fokus site?", exit status 2); a folder with
// neither is still refused.
func TestASiteWithOnlyFokusTomlBuilds(t *testing.T) {
	dir := newSite(t, "-- fokus.toml --\ntitle = \"Leer\"\n")
	fokus(t, dir, nil, "check", "--now", "2026-11-26").want(t, 0)
	fokus(t, dir, nil, "build", "--now", "2026-11-26").want(t, 0)
	for _, p := range []string{"index.html", "backlog/index.html", "index.json"} {
		if _, err := os.Stat(filepath.Join(dir, "public", p)); err != nil {
			t.Errorf("public/%s: %v", p, err)
		}
	}
	r := fokus(t, t.TempDir(), nil, "build")
	r.want(t, 2)
	// An empty folder is where a new site starts: the message says how.
	if want := `has no content/ folder: is this a fokus site? Run fokus in the site's folder or name it with --source; to start a new site here, run fokus new team "Name of the team"`; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr = %q, want it to say %q", r.stderr, want)
	}
}

// A --source that is the site's content/ folder, or a folder in it, gets
// the site's folder (QA: "is this a fokus site?").
func TestASourceInsideTheSiteNamesTheSite(t *testing.T) {
	dir := newSite(t, site)
	r := fokus(t, dir, nil, "check", "--source", "content")
	r.want(t, 2)
	if !strings.Contains(r.stderr, "content has no content/ folder: it is in the site in .; run fokus there, or use --source .") {
		t.Errorf("stderr = %q", r.stderr)
	}
	r = fokus(t, filepath.Join(dir, "content", "teams"), nil, "check")
	r.want(t, 2)
	if !strings.Contains(r.stderr, "it is in the site in ../..; run fokus there, or use --source ../..") {
		t.Errorf("stderr = %q", r.stderr)
	}
}

// A first build that fails writes nothing, and does not say that a
// destination that never was "was left as it was" (QA).
func TestAFailedFirstBuildSaysNothingWasWritten(t *testing.T) {
	dir := newSite(t, site+"-- content/ideas/bad.md --\n+++\ntitle = 1\nsubmitted = 2026-11-01\n+++\n")
	r := fokus(t, dir, nil, "build", "--now", "2026-11-26")
	r.want(t, 1)
	if !strings.Contains(r.stderr, "; nothing was written\n") {
		t.Errorf("stderr = %q", r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Errorf("a failed first build made public/: %v", err)
	}
}

// Flags are named as fokus's usage writes them, with two dashes, and a
// --bind that is no address of this machine says which flag is wrong (QA).
func TestFlagErrorsNameFlagsWithTwoDashes(t *testing.T) {
	dir := newSite(t, site)
	for _, tc := range []struct {
		args []string
		want string
	}{
		// A value the flag cannot take says what it takes, not the flag
		// package's "parse error" (QA).
		{[]string{"check", "--strict=maybe"}, `fokus: --strict=maybe: write --strict alone, or --strict=false` + "\n"},
		{[]string{"serve", "--port", "abc"}, `fokus: --port "abc": use a number from 0 to 65535` + "\n"},
		{[]string{"serve", "--port", "99999999999999999999"}, `fokus: --port "99999999999999999999": use a number from 0 to 65535` + "\n"},
		{[]string{"check", "--now"}, "fokus: flag needs an argument: --now"},
		// An address of no interface here (TEST-NET-1): no name to look up.
		{[]string{"serve", "--bind", "192.0.2.1", "--port", "0"}, "fokus: --bind 192.0.2.1 --port 0: cannot listen there (bind: cannot assign requested address)"},
	} {
		r := fokus(t, dir, nil, tc.args...)
		if r.code != 2 || !strings.HasPrefix(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2, %q…", tc.args, r.code, r.stderr, tc.want)
		}
	}
}

func TestBuildRefusesAFolderItDidNotCreate(t *testing.T) {
	dir := newSite(t, site+"-- mine/notes.txt --\nprecious\n")
	before := hashTree(t, filepath.Join(dir, "mine"))
	// A destination fokus may not write is a mistake on the command line:
	// exit status 2, as for any other usage error.
	r := fokus(t, dir, nil, "build", "--destination", "mine", "--now", "2026-11-26")
	r.want(t, 2)
	if !strings.Contains(r.stderr, "did not create") {
		t.Errorf("stderr = %q", r.stderr)
	}
	if after := hashTree(t, filepath.Join(dir, "mine")); after != before {
		t.Errorf("folder changed:\n%s", after)
	}
	os.WriteFile(filepath.Join(dir, "file"), []byte("x"), 0o644)
	if r := fokus(t, dir, nil, "build", "--destination", "file", "--now", "2026-11-26"); r.code != 2 || !strings.Contains(r.stderr, "is a file") {
		t.Errorf("destination is a file: %+v", r)
	}
	if r := fokus(t, dir, nil, "build", "--destination", "", "--now", "2026-11-26"); r.code != 2 || !strings.Contains(r.stderr, "--destination is empty") {
		t.Errorf("empty destination: %+v", r)
	}
	// A link to content/ leads inside it too.
	if err := os.Symlink(filepath.Join(dir, "content"), filepath.Join(dir, "into-content")); err != nil {
		t.Fatal(err)
	}
	for _, dest := range []string{"content", "content/ideas/out", filepath.Join(dir, "content", "site"), "into-content/out"} {
		if r := fokus(t, dir, nil, "build", "--destination", dest, "--now", "2026-11-26"); r.code != 2 || !strings.Contains(r.stderr, "inside content/") {
			t.Errorf("destination %s: %+v", dest, r)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "ideas", "out")); err == nil {
		t.Error("a refused destination was created")
	}
	// Nor inside static/, which would publish each build in the next (QA).
	if r := fokus(t, dir, nil, "build", "--destination", "static/site", "--now", "2026-11-26"); r.code != 2 || !strings.Contains(r.stderr, "inside static/") {
		t.Errorf("destination static/site: %+v", r)
	}
	// A folder that only starts like content/ is not inside it.
	fokus(t, dir, nil, "build", "--destination", "content-site", "--now", "2026-11-26").want(t, 0)
}

func TestSameNowGivesTheSameOutputAlsoThroughSourceDateEpoch(t *testing.T) {
	dir := newSite(t, site)
	a, b, c := t.TempDir()+"/a", t.TempDir()+"/b", t.TempDir()+"/c"
	fokus(t, dir, nil, "build", "--destination", a, "--now", "2026-11-26").want(t, 0)
	fokus(t, dir, nil, "build", "--destination", b, "--now", "2026-11-26").want(t, 0)
	noon := strconv.FormatInt(time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC).Unix(), 10)
	fokus(t, dir, []string{"SOURCE_DATE_EPOCH=" + noon}, "build", "--destination", c).want(t, 0)
	ha, hb, hc := hashTree(t, a), hashTree(t, b), hashTree(t, c)
	if ha != hb {
		t.Error("two builds with the same --now differ")
	}
	if ha != hc {
		t.Error("SOURCE_DATE_EPOCH of the same day gives other output than --now")
	}
}

func TestCheckExitsWithOneOnWarningsOnlyWhenStrict(t *testing.T) {
	// The idea is old and has no score: an "unassessed" warning.
	dir := newSite(t, site+"-- content/ideas/old.md --\n+++\ntitle = \"Old\"\nsubmitted = 2026-01-01\n+++\n")
	r := fokus(t, dir, nil, "check", "--now", "2026-11-26")
	r.want(t, 0)
	if !strings.Contains(r.stderr, "content/ideas/old.md:3:13: warning: ") || !strings.Contains(r.stderr, " [unassessed]\n") {
		t.Errorf("stderr = %q", r.stderr)
	}
	fokus(t, dir, nil, "check", "--strict", "--now", "2026-11-26").want(t, 1)
}

func TestNewIdeaWritesAFileNamedAfterTheTitleWithToday(t *testing.T) {
	dir := newSite(t, site)
	r := fokus(t, dir, nil, "new", "idea", "Über Größe", "--now", "2026-11-26")
	r.want(t, 0)
	if r.stdout != "content/ideas/ueber-groesse.md\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
	path := filepath.Join(dir, "content/ideas/ueber-groesse.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"+++\ntitle = \"Über Größe\"\nsubmitted = 2026-11-26\n", "## Problem", "## What would stop"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("new file lacks %q:\n%s", want, data)
		}
	}
	fokus(t, dir, nil, "check", "--now", "2026-11-26").want(t, 0)

	os.WriteFile(path, []byte("+++\ntitle = \"Mine\"\nsubmitted = 2026-11-01\n+++\nedited\n"), 0o644)
	r = fokus(t, dir, nil, "new", "idea", "Über Größe", "--now", "2026-11-27")
	r.want(t, 2) // the command line's mistake, not the content's
	if !strings.Contains(r.stderr, "already exists") {
		t.Errorf("stderr = %q", r.stderr)
	}
	if data, _ := os.ReadFile(path); !bytes.Contains(data, []byte("edited")) {
		t.Error("fokus new overwrote an existing file")
	}
	// A slug that differs only in letter case collides too.
	os.WriteFile(filepath.Join(dir, "content/ideas/Webinar.md"), []byte("+++\ntitle = \"W\"\nsubmitted = 2026-11-01\n+++\n"), 0o644)
	if r := fokus(t, dir, nil, "new", "idea", "webinar"); r.code != 2 || !strings.Contains(r.stderr, "content/ideas/Webinar.md already exists") {
		t.Errorf("new idea with the slug of another file in other letter case: %+v", r)
	}
}

// A title in another script is deposited under its own letters, and its
// page is built at that name (QA: "Привет мир" was refused as having none).
func TestNewIdeaKeepsTheLettersOfOtherScripts(t *testing.T) {
	dir := newSite(t, site)
	r := fokus(t, dir, nil, "new", "idea", "Привет мир", "--now", "2026-11-26")
	r.want(t, 0)
	if r.stdout != "content/ideas/привет-мир.md\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
	fokus(t, dir, nil, "build", "--now", "2026-11-26").want(t, 0)
	if _, err := os.Stat(filepath.Join(dir, "public/ideas/привет-мир/index.html")); err != nil {
		t.Error(err)
	}
	if r := fokus(t, dir, nil, "new", "idea", "!!! ???"); r.code != 2 || !strings.Contains(r.stderr, "cannot make a file name") {
		t.Errorf("a title without letters: %+v", r)
	}
}

// An English title's apostrophe is no word break: "Don't" is "dont", as
// Hugo and GitHub make it, not "don-t".
func TestNewIdeaDropsApostrophesFromTheFileName(t *testing.T) {
	dir := newSite(t, site)
	r := fokus(t, dir, nil, "new", "idea", "Don't cold-call: Q1’s plan", "--now", "2026-11-26")
	r.want(t, 0)
	if r.stdout != "content/ideas/dont-cold-call-q1s-plan.md\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
}

func TestNewTakesTodayFromSourceDateEpochInTheSiteTimeZone(t *testing.T) {
	dir := newSite(t, strings.Replace(site, `language = "en"`, "language = \"en\"\ntimezone = \"Europe/Zurich\"", 1))
	// 23:30 UTC is already the next day in Zurich.
	epoch := strconv.FormatInt(time.Date(2026, 11, 26, 23, 30, 0, 0, time.UTC).Unix(), 10)
	fokus(t, dir, []string{"SOURCE_DATE_EPOCH=" + epoch}, "new", "idea", "Late idea").want(t, 0)
	data, _ := os.ReadFile(filepath.Join(dir, "content/ideas/late-idea.md"))
	if !bytes.Contains(data, []byte("submitted = 2026-11-27\n")) {
		t.Errorf("new file:\n%s", data)
	}
}

// A team whose file's name macOS wrote (é as e and an accent) is found by
// its name as typed, as build finds it (review).
func TestNewObjectiveFindsATeamNamedTheMacOSWay(t *testing.T) {
	dir := newSite(t, site)
	if err := os.WriteFile(filepath.Join(dir, "content/teams/e\u0301quipe.md"), []byte("+++\ntitle = \"Équipe\"\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fokus(t, dir, nil, "new", "objective", "--team", "\u00e9quipe", "More leads", "--now", "2026-11-26").want(t, 0)
	fokus(t, dir, nil, "check", "--now", "2026-11-26").want(t, 0)
}

// A team kept in a folder of its region, content/teams/emea/dach.md, is a
// team of the site, as build reads it: fokus new finds it by its slug, and
// suggests it for a slug mistyped or written as its title (QA: told that
// content/teams/dach.md does not exist, to make a second team of it).
func TestNewFindsATeamInASubFolder(t *testing.T) {
	dir := newSite(t, site)
	if err := os.MkdirAll(filepath.Join(dir, "content/teams/emea"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content/teams/emea/dach.md"), []byte("+++\ntitle = \"Vertrieb DACH\"\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fokus(t, dir, nil, "new", "objective", "--team", "dach", "More leads", "--now", "2026-11-26").want(t, 0)
	fokus(t, dir, nil, "new", "idea", "--team", "dach,sales", "Messe DACH", "--now", "2026-11-26").want(t, 0)
	fokus(t, dir, nil, "check", "--now", "2026-11-26").want(t, 0)
	if r := fokus(t, dir, nil, "new", "idea", "--team", "dahc", "Messe", "--now", "2026-11-26"); r.code != 2 ||
		!strings.Contains(r.stderr, `did you mean "dach"?`) {
		t.Errorf("a mistyped team in a sub-folder: %d %q", r.code, r.stderr)
	}
	if r := fokus(t, dir, nil, "new", "idea", "--team", "Vertrieb DACH", "Messe", "--now", "2026-11-26"); r.code != 2 ||
		!strings.Contains(r.stderr, `did you mean "dach", the team titled "Vertrieb DACH"?`) {
		t.Errorf("a team in a sub-folder named by its title: %d %q", r.code, r.stderr)
	}
}

func TestNewObjectiveNeedsAnExistingTeam(t *testing.T) {
	dir := newSite(t, site)
	r := fokus(t, dir, nil, "new", "objective", "--team", "x", "More leads", "--now", "2026-11-26")
	if r.code == 0 {
		t.Fatal("new objective for an unknown team succeeded")
	}
	// A team mistyped on the command line is a usage error (exit 2), not
	// an error in the content (1), and the message says the fix without
	// the whole usage after it.
	if r.code != 2 || strings.Contains(r.stderr, "Usage:") {
		t.Errorf("new objective for an unknown team: exit %d, stderr %q; want 2 without the usage", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, `no team "x"`) {
		t.Errorf("stderr = %q", r.stderr)
	}
	// A slug mistyped gets the one it meant, as check gives it (QA).
	if r := fokus(t, dir, nil, "new", "objective", "--team", "sals", "More leads", "--now", "2026-11-26"); r.code != 2 ||
		!strings.Contains(r.stderr, `no team "sals": content/teams/sals.md does not exist; did you mean "sales"?`) {
		t.Errorf("a mistyped team: %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "content/objectives/x")); !os.IsNotExist(err) {
		t.Error("a folder was created for the unknown team")
	}
	// The team's title for its slug: the newcomer's first guess (QA: told
	// to make the team, a second one of that title).
	os.WriteFile(filepath.Join(dir, "content/teams/vertrieb-sued.md"), []byte("+++\ntitle = \"Vertrieb Süd\"\n+++\n"), 0o644)
	if r := fokus(t, dir, nil, "new", "objective", "--team", "Vertrieb Süd", "More leads", "--now", "2026-11-26"); r.code == 0 ||
		!strings.Contains(r.stderr, `did you mean "vertrieb-sued", the team titled "Vertrieb Süd"?`) {
		t.Errorf("a team's title: %d %q", r.code, r.stderr)
	}
	r = fokus(t, dir, nil, "new", "objective", "--team", "sales", "More leads", "--now", "2026-11-26")
	r.want(t, 0)
	if r.stdout != "content/objectives/sales/more-leads.md\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
	fokus(t, dir, nil, "new", "team", "Key Account Management").want(t, 0)
	// Each setting says what it is for, capacity in which unit.
	if data, err := os.ReadFile(filepath.Join(dir, "content/teams/key-account-management.md")); err != nil {
		t.Error(err)
	} else if !strings.Contains(string(data), "capacity = 20     # points per period, in the unit of the ideas' job_size") || !strings.Contains(string(data), "# room or place, printed on the door poster") {
		t.Errorf("the new team's settings are not explained:\n%s", data)
	} else if !strings.Contains(string(data), `members = []      # names, e.g. ["Jane Doe", "John Smith"]`) {
		// An English site's example names are English ones (QA: "Anna
		// Muster" and "Ben Beispiel", German for a sample).
		t.Errorf("the new team's members are not explained in English:\n%s", data)
	}
	r = fokus(t, dir, nil, "check", "--now", "2026-11-26")
	r.want(t, 0)
	// The new objective's key result is still the template's: a warning,
	// so that check --strict does not pass an objective nobody filled in.
	const placeholder = `content/objectives/sales/more-leads.md:9:9: warning: key result "Measurable key result" is still the placeholder of fokus new; write what you will measure, with its start, target and unit`
	if !strings.Contains(r.stderr, placeholder) {
		t.Errorf("check after new objective:\n%s", r.stderr)
	}
	fokus(t, dir, nil, "check", "--strict", "--now", "2026-11-26").want(t, 1)

	// Filled in as a falling result without a measure yet, it has made no
	// progress: a current = 0 of the template counted it as reached (QA).
	path := filepath.Join(dir, "content/objectives/sales/more-leads.md")
	data, _ := os.ReadFile(path)
	filled := strings.NewReplacer(`"Measurable key result"`, `"Cost per lead"`, "start = 0\n", "start = 120\n", "target = 100\n", "target = 80\n").Replace(string(data))
	os.WriteFile(path, []byte(filled), 0o644)
	fokus(t, dir, nil, "build", "--now", "2026-11-26").want(t, 0)
	index, _ := os.ReadFile(filepath.Join(dir, "public/index.json"))
	if !regexp.MustCompile(`"title": "Cost per lead",\s+"progress": 0,`).Match(index) {
		t.Errorf("a falling result filled into the template:\n%s\nin index.json:\n%s", filled, index)
	}
}

// Next quarter's objectives are drafted with --period; the flag is for
// objectives only (QA: --period was unknown).
func TestNewObjectiveTakesAPeriod(t *testing.T) {
	dir := newSite(t, site)
	fokus(t, dir, nil, "new", "objective", "--team", "sales", "--period", "2027-Q1", "Next leads", "--now", "2026-11-26").want(t, 0)
	data, _ := os.ReadFile(filepath.Join(dir, "content/objectives/sales/next-leads.md"))
	if !bytes.Contains(data, []byte("\nperiod = \"2027-Q1\"\n")) {
		t.Errorf("new objective is not for 2027-Q1:\n%s", data)
	}
	// The same objective carried into another period is a file of its
	// own, beside the old one's record (QA: "already exists; edit that
	// file" would have lost it); in the same period it is refused.
	r := fokus(t, dir, nil, "new", "objective", "--team", "sales", "--period", "2027-Q2", "Next leads", "--now", "2026-11-26")
	r.want(t, 0)
	if r.stdout != "content/objectives/sales/next-leads-2027-q2.md\n" || !strings.Contains(r.stderr, "fokus: content/objectives/sales/next-leads.md is this objective of 2027-Q1; the one for 2027-Q2 is a file of its own") {
		t.Errorf("carried into 2027-Q2: %+v", r)
	}
	if r := fokus(t, dir, nil, "new", "objective", "--team", "sales", "--period", "Q1 2027", "Next leads", "--now", "2026-11-26"); r.code == 0 || !strings.Contains(r.stderr, "next-leads.md already exists") {
		t.Errorf("the same objective in the same period: %+v", r)
	}
	fokus(t, dir, nil, "check", "--now", "2026-11-26").want(t, 0)
	// A period that check would warn of is refused with the fix, before a
	// file is written.
	for period, want := range map[string]string{
		"Q1":      `--period "Q1" has no year of four digits (write 2027-Q1)`,
		"2027-Q5": `--period "2027-Q5" is no quarter (a year has Q1 to Q4)`,
	} {
		r := fokus(t, dir, nil, "new", "objective", "--team", "sales", "--period", period, "Later leads", "--now", "2026-11-26")
		if r.code == 0 || !strings.Contains(r.stderr, want) {
			t.Errorf("--period %s: %+v", period, r)
		}
		if _, err := os.Stat(filepath.Join(dir, "content/objectives/sales/later-leads.md")); err == nil {
			t.Fatalf("--period %s wrote the objective", period)
		}
	}
	for _, kind := range []string{"idea", "team"} {
		if r := fokus(t, dir, nil, "new", kind, "--period", "2027-Q1", "X"); r.code != 2 || !strings.Contains(r.stderr, "--period is for a new objective") {
			t.Errorf("new %s --period: %+v", kind, r)
		}
	}
}

// A site that keeps its objectives by period and team gets a new one beside
// the team's objectives of its period, not in a folder of the team's slug
// beside them (QA); one of a period the team has none of yet, or whose
// objectives are in several folders, goes into the team's folder.
func TestNewObjectiveGoesBesideTheTeamsObjectivesOfItsPeriod(t *testing.T) {
	dir := newSite(t, strings.Replace(site, "-- content/objectives/sales/grow.md --", "-- content/objectives/2026-q4/vertrieb/grow.md --", 1))
	for _, c := range []struct{ period, title, want string }{
		{"", "More leads", "content/objectives/2026-q4/vertrieb/more-leads.md"},
		{"2027-Q1", "Next leads", "content/objectives/sales/next-leads.md"},
		{"2026-Q4", "Grow", ""}, // the same objective in the same period is refused
	} {
		args := []string{"new", "objective", "--team", "sales", c.title, "--now", "2026-11-26"}
		if c.period != "" {
			args = append(args, "--period", c.period)
		}
		r := fokus(t, dir, nil, args...)
		if c.want == "" {
			if r.code == 0 {
				t.Errorf("%s in %s was made again: %+v", c.title, c.period, r)
			}
			continue
		}
		if r.want(t, 0); r.stdout != c.want+"\n" {
			t.Errorf("new objective %q for %q went to %q, want %s", c.title, c.period, r.stdout, c.want)
		}
	}
	fokus(t, dir, nil, "check", "--now", "2026-11-26").want(t, 0)
	// Spread over two folders, the team's objectives of a period name no
	// folder: the team's own.
	writeArchive(t, dir, "-- content/objectives/other/x.md --\n+++\ntitle = \"X\"\nteam = \"sales\"\nperiod = \"2026-Q4\"\nreviewed = 2026-11-20\n\n[[key_results]]\ntitle = \"K\"\ndone = false\n+++\n")
	if r := fokus(t, dir, nil, "new", "objective", "--team", "sales", "Spread", "--now", "2026-11-26"); r.stdout != "content/objectives/sales/spread.md\n" {
		t.Errorf("new objective beside objectives in two folders: %+v", r)
	}
}

// A team whose file was renamed (sales.md to inside-sales.md) keeps its
// objectives in the folder of its old name: a new one of a period it has
// none of yet goes there too, where most of them are, not into a folder of
// its new name beside it (QA); a team without objectives gets its own.
func TestNewObjectiveOfARenamedTeamGoesWhereItsObjectivesAre(t *testing.T) {
	obj := func(path, team, period string) string {
		return "-- " + path + " --\n+++\ntitle = \"" + path + "\"\nteam = \"" + team + "\"\nperiod = \"" + period + "\"\nreviewed = 2026-12-20\n\n[[key_results]]\ntitle = \"K\"\ndone = false\n+++\n"
	}
	dir := newSite(t, "-- fokus.toml --\nlanguage = \"en\"\n"+
		"-- content/teams/inside-sales.md --\n+++\ntitle = \"Inside Sales\"\n+++\n-- content/teams/new.md --\n+++\ntitle = \"New\"\n+++\n"+
		obj("content/objectives/sales/grow.md", "inside-sales", "2026-Q4")+
		obj("content/objectives/sales/win.md", "inside-sales", "2026-Q3")+
		obj("content/objectives/archive/old.md", "inside-sales", "2026-Q2"))
	for team, want := range map[string]string{"inside-sales": "content/objectives/sales/next-inside-sales.md", "new": "content/objectives/new/next-new.md"} {
		r := fokus(t, dir, nil, "new", "objective", "--team", team, "Next "+team, "--period", "2027-Q1", "--now", "2026-12-20")
		if r.want(t, 0); r.stdout != want+"\n" {
			t.Errorf("new objective of %s went to %q, want %s", team, r.stdout, want)
		}
	}
}

// Without a period in fokus.toml, a new objective is for the period a build
// takes as current, so that it shows beside the others; a site whose periods
// are PI names must not get a calendar quarter.
func TestNewObjectiveIsForTheSitesCurrentPeriod(t *testing.T) {
	archive := strings.Replace(site, "period = \"2026-Q4\"\n", "", 1)
	archive = strings.Replace(archive, "period = \"2026-Q4\"\n", "period = \"PI 27.1\"\n", 1)
	dir := newSite(t, archive)
	fokus(t, dir, nil, "new", "objective", "--team", "sales", "More leads", "--now", "2026-11-26").want(t, 0)
	data, _ := os.ReadFile(filepath.Join(dir, "content/objectives/sales/more-leads.md"))
	if !bytes.Contains(data, []byte("\nperiod = \"PI 27.1\"\n")) {
		t.Errorf("new objective is not for the site's period PI 27.1:\n%s", data)
	}
	// The period that has started on the day in the site's zone: half an
	// hour into 2027 in Zurich is 2027-Q1, as the dashboard shows it.
	dir = newSite(t, strings.Replace(archive, "language = \"en\"\n", "language = \"en\"\ntimezone = \"Europe/Zurich\"\n", 1)+
		"-- content/objectives/sales/next.md --\n+++\ntitle = \"Next\"\nteam = \"sales\"\nperiod = \"2027-Q1\"\n\n[[key_results]]\ntitle = \"K\"\ndone = false\n+++\n"+
		"-- content/objectives/sales/now.md --\n+++\ntitle = \"Now\"\nteam = \"sales\"\nperiod = \"2026-Q4\"\n\n[[key_results]]\ntitle = \"K\"\ndone = false\n+++\n")
	fokus(t, dir, nil, "new", "objective", "--team", "sales", "New year", "--now", "2027-01-01T00:30:00+01:00").want(t, 0)
	if data, _ := os.ReadFile(filepath.Join(dir, "content/objectives/sales/new-year.md")); !bytes.Contains(data, []byte("\nperiod = \"2027-Q1\"\n")) {
		t.Errorf("new objective half an hour into 2027 in Zurich:\n%s", data)
	}
	// Objectives of a period that is over: the period that runs, in the
	// spec's form, and a word about it (QA: a new objective in January
	// went into last year's Q4).
	dir = newSite(t, strings.Replace(site, "period = \"2026-Q4\"\n", "", 1))
	r := fokus(t, dir, nil, "new", "objective", "--team", "sales", "January", "--now", "2027-01-12")
	r.want(t, 0)
	if data, _ := os.ReadFile(filepath.Join(dir, "content/objectives/sales/january.md")); !bytes.Contains(data, []byte("\nperiod = \"2027-Q1\"\n")) ||
		!strings.Contains(r.stderr, "fokus: the objectives' period 2026-Q4 is over; this one is for 2027-Q1 (--period sets another)") {
		t.Errorf("new objective in January after Q4:\n%s\n%s", data, r.stderr)
	}
	// A site without objectives: today's quarter.
	dir = newSite(t, "-- content/teams/sales.md --\n+++\ntitle = \"Sales\"\n+++\n")
	fokus(t, dir, nil, "new", "objective", "--team", "sales", "First", "--now", "2026-11-26").want(t, 0)
	if data, _ := os.ReadFile(filepath.Join(dir, "content/objectives/sales/first.md")); !bytes.Contains(data, []byte("\nperiod = \"2026-Q4\"\n")) {
		t.Errorf("first objective of a site:\n%s", data)
	}
}

// A new objective of a team that plans in program increments, on a site of
// quarters, is for the team's newest increment, not for the quarter, which
// would take the team's door from its increments (QA, OKR coach).
func TestNewObjectiveOfATeamOfIncrementsIsForItsIncrement(t *testing.T) {
	obj := func(slug, team, period string) string {
		return "-- content/objectives/" + team + "/" + slug + ".md --\n+++\ntitle = \"" + slug + "\"\nteam = \"" + team + "\"\nperiod = \"" + period + "\"\n\n[[key_results]]\ntitle = \"K\"\ndone = false\n+++\n"
	}
	for _, config := range []string{"", "period = \"2026-Q4\"\n"} {
		dir := newSite(t, "-- fokus.toml --\nlanguage = \"en\"\n"+config+"-- content/teams/sales.md --\n+++\ntitle = \"Sales\"\n+++\n-- content/teams/trains.md --\n+++\ntitle = \"Trains\"\n+++\n"+
			obj("q", "sales", "2026-Q4")+obj("p9", "trains", "PI 26.9")+obj("p10", "trains", "PI 26.10"))
		fokus(t, dir, nil, "new", "objective", "--team", "trains", "Faster trains", "--now", "2026-11-26").want(t, 0)
		fokus(t, dir, nil, "new", "objective", "--team", "sales", "More leads", "--now", "2026-11-26").want(t, 0)
		if data, _ := os.ReadFile(filepath.Join(dir, "content/objectives/trains/faster-trains.md")); !bytes.Contains(data, []byte("\nperiod = \"PI 26.10\"\n")) {
			t.Errorf("%snew objective of the increment team:\n%s", config, data)
		}
		if data, _ := os.ReadFile(filepath.Join(dir, "content/objectives/sales/more-leads.md")); !bytes.Contains(data, []byte("\nperiod = \"2026-Q4\"\n")) {
			t.Errorf("%snew objective of the quarter team:\n%s", config, data)
		}
	}
}

// A site of yearly and quarterly objectives keeps the quarter that ended on
// the door while it is graded and the next quarter's objectives are not
// written yet, and a new objective is for the next quarter, not for the
// year that runs (QA: on April 3 the doors showed the year's objectives
// alone, and fokus new wrote period = "2027").
func TestAQuarterThatEndedStaysCurrentOverItsYearWhileItIsClosed(t *testing.T) {
	obj := func(slug, period string) string {
		return "-- content/objectives/sales/" + slug + ".md --\n+++\ntitle = \"" + slug + "\"\nteam = \"sales\"\nperiod = \"" + period + "\"\nreviewed = 2027-03-25\n\n[[key_results]]\ntitle = \"K\"\ndone = false\n+++\n"
	}
	dir := newSite(t, "-- fokus.toml --\nlanguage = \"en\"\n-- content/teams/sales.md --\n+++\ntitle = \"Sales\"\n+++\n"+obj("year", "2027")+obj("first", "2027-Q1"))
	fokus(t, dir, nil, "build", "--now", "2027-04-03").want(t, 0)
	var index struct{ Period string }
	if data, err := os.ReadFile(filepath.Join(dir, "public/index.json")); err != nil || json.Unmarshal(data, &index) != nil || index.Period != "2027-Q1" {
		t.Errorf("the current period on April 3 is %q (%v), want 2027-Q1", index.Period, err)
	}
	r := fokus(t, dir, nil, "new", "objective", "--team", "sales", "Next pipeline", "--now", "2027-04-03")
	r.want(t, 0)
	if data, _ := os.ReadFile(filepath.Join(dir, "content/objectives/sales/next-pipeline.md")); !bytes.Contains(data, []byte("\nperiod = \"2027-Q2\"\n")) {
		t.Errorf("new objective on April 3 is not for 2027-Q2:\n%s\n%s", data, r.stderr)
	}
}

// A team still grading the quarter that ended, while another team has
// written the new quarter's objectives, gets a new objective for the new
// quarter, without a word that its period is over: the quarter on its door
// is the one it closes (review).
func TestNewObjectiveOfATeamStillGradingIsForTheQuarterThatRuns(t *testing.T) {
	obj := func(slug, team, period string) string {
		return "-- content/objectives/" + team + "/" + slug + ".md --\n+++\ntitle = \"" + slug + "\"\nteam = \"" + team + "\"\nperiod = \"" + period + "\"\nreviewed = 2026-12-31\n\n[[key_results]]\ntitle = \"K\"\ndone = false\n+++\n"
	}
	teamA := "-- fokus.toml --\nlanguage = \"en\"\n-- content/teams/a.md --\n+++\ntitle = \"A\"\n+++\n"
	teamsAB := teamA + "-- content/teams/b.md --\n+++\ntitle = \"B\"\n+++\n"
	for _, c := range []struct{ what, site, now, period string }{
		{"the grading team", teamsAB + obj("a-q4", "a", "2026-Q4") + obj("b-q4", "b", "2026-Q4") + obj("b-q1", "b", "2027-Q1"), "2027-01-06", "2027-Q1"},
		// A team alone on its site, that has written the new year's
		// objectives and still grades the last quarter, gets one for the
		// new quarter too, not for the year, the site's current period.
		{"the grading team beside the new year's", teamA + obj("a-q4", "a", "2026-Q4") + obj("a-2027", "a", "2027"), "2027-01-06", "2027-Q1"},
		// The only team of months beside a team of quarters, past closing
		// January, gets one for February, the month on its door, not for
		// the quarter that heads the site.
		{"the team of months", teamsAB + obj("a-jan", "a", "2027-01") + obj("b-q1", "b", "2027-Q1"), "2027-02-15", "2027-02"},
		// Two months late, in April, beside the new quarter's objectives
		// of the team of quarters, it gets one for April, not the quarter.
		{"the team of months two months late", teamsAB + obj("a-jan", "a", "2027-01") + obj("a-feb", "a", "2027-02") + obj("b-q1", "b", "2027-Q1") + obj("b-q2", "b", "2027-Q2"), "2027-04-10", "2027-04"},
		// Past closing December, in the year's closing weeks, a team of
		// months that wrote objectives of the year that ended gets one for
		// January, not one of the next year (QA: it got period = "2027").
		{"the team of months past closing December", teamsAB + obj("a-dec", "a", "2026-12") + obj("a-year", "a", "2026") + obj("b-q4", "b", "2026-Q4") + obj("b-q1", "b", "2027-Q1"), "2027-01-15", "2027-01"},
	} {
		dir := newSite(t, c.site)
		r := fokus(t, dir, nil, "new", "objective", "--team", "a", "Next pipeline", "--now", c.now)
		r.want(t, 0)
		if data, _ := os.ReadFile(filepath.Join(dir, "content/objectives/a/next-pipeline.md")); !bytes.Contains(data, []byte("\nperiod = \""+c.period+"\"\n")) || strings.Contains(r.stderr, "is over") {
			t.Errorf("new objective of %s, want period %s without a word that it is over:\n%s\n%s", c.what, c.period, data, r.stderr)
		}
	}
}

// A period that fokus.toml names is the new objective's, also when it is
// over; but that is said, with the period that runs (QA: on the first day
// of a quarter, before fokus.toml was moved forward, a new objective went
// silently into the quarter that had ended).
func TestNewObjectiveSaysWhenTheConfiguredPeriodIsOver(t *testing.T) {
	dir := newSite(t, site)
	r := fokus(t, dir, nil, "new", "objective", "--team", "sales", "Next quarter", "--now", "2027-01-01")
	r.want(t, 0)
	if data, _ := os.ReadFile(filepath.Join(dir, "content/objectives/sales/next-quarter.md")); !bytes.Contains(data, []byte("\nperiod = \"2026-Q4\"\n")) {
		t.Errorf("new objective is not for the period of fokus.toml:\n%s", data)
	}
	if want := `fokus: period 2026-Q4 in fokus.toml is over, and this objective is for it; for the period that runs, write it with --period 2027-Q1 and set period = "2027-Q1" in fokus.toml`; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
	}
	// While it runs, nothing is said.
	r = fokus(t, dir, nil, "new", "objective", "--team", "sales", "This quarter", "--now", "2026-12-31")
	r.want(t, 0)
	if strings.Contains(r.stderr, "is over") {
		t.Errorf("stderr on the period's last day:\n%s", r.stderr)
	}
}

// --team fills in a new idea's teams, which must exist; a new team has none.
func TestNewIdeaTakesItsTeams(t *testing.T) {
	dir := newSite(t, site+"-- content/teams/marketing.md --\n+++\ntitle = \"Marketing\"\n+++\n")
	fokus(t, dir, nil, "new", "idea", "--team", "sales, marketing", "Joint webinar", "--now", "2026-11-26").want(t, 0)
	data, _ := os.ReadFile(filepath.Join(dir, "content/ideas/joint-webinar.md"))
	if !bytes.Contains(data, []byte("\nteams = [\"sales\", \"marketing\"]\n")) {
		t.Errorf("new idea lacks its teams:\n%s", data)
	}
	fokus(t, dir, nil, "check", "--now", "2026-11-26").want(t, 0)
	if r := fokus(t, dir, nil, "new", "idea", "--team", "nope", "Other", "--now", "2026-11-26"); r.code != 2 || !strings.Contains(r.stderr, `no team "nope"`) {
		t.Errorf("new idea for an unknown team: %+v", r)
	}
	if _, err := os.Stat(filepath.Join(dir, "content/ideas/other.md")); !os.IsNotExist(err) {
		t.Error("the idea for an unknown team was written")
	}
	fokus(t, dir, nil, "new", "team", "--team", "sales", "Ops").want(t, 2)
}

// A team given twice is written once, so the new idea passes check, which
// calls a team listed twice an error.
func TestNewIdeaWritesATeamGivenTwiceOnce(t *testing.T) {
	dir := newSite(t, site)
	fokus(t, dir, nil, "new", "idea", "--team", "sales, sales", "Joint webinar", "--now", "2026-11-26").want(t, 0)
	data, _ := os.ReadFile(filepath.Join(dir, "content/ideas/joint-webinar.md"))
	if !bytes.Contains(data, []byte("\nteams = [\"sales\"]\n")) {
		t.Errorf("new idea's teams:\n%s", data)
	}
	fokus(t, dir, nil, "check", "--strict", "--now", "2026-11-26").want(t, 0)
}

func TestNewIdeaOffersTheInputsOfTheSitesScoringModel(t *testing.T) {
	dir := newSite(t, strings.Replace(site, "period = \"2026-Q4\"\n", "period = \"2026-Q4\"\n[scoring]\nmodel = \"rice\"\n", 1))
	fokus(t, dir, nil, "new", "idea", "Partner webinars", "--now", "2026-11-26").want(t, 0)
	path := filepath.Join(dir, "content/ideas/partner-webinars.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Each input with a valid value and its range; a percentage is not
	// offered as 1, which would read as 1 %.
	if !bytes.Contains(data, []byte("# [score]\n# reach = 1   # >= 0\n# impact = 1   # >= 0\n# confidence = 50   # between 0 and 100 (percent)\n# effort = 1   # > 0 (it divides the score)\n")) || bytes.Contains(data, []byte("job_size")) {
		t.Fatalf("new idea does not offer the RICE inputs:\n%s", data)
	}
	// Uncommenting the block gives a valid, scored idea.
	for _, line := range []string{"[score]", "reach = 1", "impact = 1", "confidence = 50", "effort = 1"} {
		data = bytes.Replace(data, []byte("# "+line), []byte(line), 1)
	}
	os.WriteFile(path, data, 0o644)
	// The test site's other ideas are scored with WSJF; only this file counts.
	if r := fokus(t, dir, nil, "check", "--now", "2026-11-26"); strings.Contains(r.stderr, "partner-webinars.md") {
		t.Fatalf("the uncommented score block is not valid:\n%s", r.stderr)
	}
}

// A fokus.toml with errors does not stop new, but is named, and the new
// idea offers the default model's inputs (QA: silently "(: )" for the
// formula of a model misspelled).
func TestNewSaysThatFokusTomlHasErrors(t *testing.T) {
	dir := newSite(t, strings.Replace(site, "period = \"2026-Q4\"\n", "period = \"2026-Q4\"\n[scoring]\nmodel = \"rise\"\n", 1))
	r := fokus(t, dir, nil, "new", "idea", "Partner webinars", "--now", "2026-11-26")
	r.want(t, 0)
	if !strings.Contains(r.stderr, "fokus.toml:") || !strings.Contains(r.stderr, "fokus: warning: fokus.toml has errors; the new file follows the defaults") {
		t.Errorf("stderr = %q", r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "content/ideas/partner-webinars.md"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("(: )")) || !bytes.Contains(data, []byte("# job_size = ")) {
		t.Errorf("new idea does not offer the default model's inputs:\n%s", data)
	}
}

func TestHelpOnACommandPrintsTheUsageAndSucceeds(t *testing.T) {
	dir := newSite(t, site)
	// A command's help is its usage line and its flags with their defaults.
	for args, want := range map[string][]string{
		"build -h":     {"fokus build  [--source DIR]", `-destination string`, `a relative one is taken from --source`, `(default "public")`, "else SOURCE_DATE_EPOCH"},
		"check --help": {"fokus check  [--source DIR]", "-strict", "-format string", "json (an array on stdout"},
		"serve --help": {"fokus serve  [--source DIR]", "(0: any free port) (default 1313)", `(default "127.0.0.1")`},
		"new -h":       {"fokus new    idea", "-team string"},
		"help":         {"fokus build  [--source DIR]", "fokus new    idea"},
	} {
		r := fokus(t, dir, nil, strings.Fields(args)...)
		r.want(t, 0)
		for _, w := range want {
			if !strings.Contains(r.stdout, w) || r.stderr != "" {
				t.Errorf("fokus %s: stdout lacks %q (stderr %q):\n%s", args, w, r.stderr, r.stdout)
			}
		}
	}
}

func TestNewWritesIntoTheSiteAboveTheWorkingFolder(t *testing.T) {
	dir := newSite(t, site)
	inside := filepath.Join(dir, "content", "ideas")
	r := fokus(t, inside, nil, "new", "idea", "From inside", "--now", "2026-11-26")
	r.want(t, 0)
	if r.stdout != "from-inside.md\n" {
		t.Errorf("stdout = %q, want the path from the working folder", r.stdout)
	}
	if _, err := os.Stat(filepath.Join(dir, "content/ideas/from-inside.md")); err != nil {
		t.Errorf("not written into the site: %v", err)
	}
	if _, err := os.Stat(filepath.Join(inside, "content")); err == nil {
		t.Error("wrote a content/ folder inside content/ideas/")
	}
	fokus(t, dir, nil, "check", "--now", "2026-11-26").want(t, 0)

	// --source is taken as it is.
	r = fokus(t, inside, nil, "new", "team", "Elsewhere", "--source", dir)
	r.want(t, 0)
	if _, err := os.Stat(filepath.Join(dir, "content/teams/elsewhere.md")); err != nil {
		t.Errorf("--source: %v (stdout %q)", err, r.stdout)
	}

	// Without a site anywhere above, new starts one here and says so.
	empty := t.TempDir()
	r = fokus(t, empty, nil, "new", "team", "First team")
	r.want(t, 0)
	// Its files are in German, and it says how to make them English (QA).
	if r.stdout != "content/teams/first-team.md\n" || !strings.Contains(r.stderr, "starting a new site in") ||
		!strings.Contains(r.stderr, `, in German, the language of a site without fokus.toml; language = "en" in fokus.toml makes it English`) {
		t.Errorf("new in an empty folder: %+v", r)
	}
}

// --source is checked as build and check check it: a mistyped one is no
// new site made silently, a file is no site, and a folder inside a site's
// content/ is not a site with a content/ of its own.
func TestNewChecksItsSourceAsBuildDoes(t *testing.T) {
	dir := newSite(t, site)
	before := hashTree(t, dir)
	for want, source := range map[string]string{
		"--source " + filepath.Join(dir, "sitee") + ": no such folder": filepath.Join(dir, "sitee"),
		"is not a folder": filepath.Join(dir, "fokus.toml"),
		"content/ideas has no content/ folder: it is in the site in .; use --source ., or leave": "content/ideas",
	} {
		r := fokus(t, dir, nil, "new", "idea", "Lost", "--source", source, "--now", "2026-11-26")
		r.want(t, 2)
		if !strings.Contains(r.stderr, want) {
			t.Errorf("--source %s: stderr = %q, want %q", source, r.stderr, want)
		}
	}
	// From outside the site, leaving --source out would write elsewhere.
	r := fokus(t, t.TempDir(), nil, "new", "idea", "Lost", "--source", filepath.Join(dir, "content", "ideas"), "--now", "2026-11-26")
	r.want(t, 2)
	if !strings.Contains(r.stderr, "; use --source "+dir+"\n") {
		t.Errorf("--source content/ideas from outside the site: stderr = %q", r.stderr)
	}
	if hashTree(t, dir) != before {
		t.Error("a refused --source wrote a file")
	}
	// An empty folder named with --source starts a site, and says so.
	empty := t.TempDir()
	r = fokus(t, dir, nil, "new", "team", "First team", "--source", empty)
	r.want(t, 0)
	if !strings.Contains(r.stderr, `starting a new site there, in German`) {
		t.Errorf("new --source of an empty folder: %+v", r)
	}
}

func TestBaseURLMustBeAnHTTPAddressOrAPath(t *testing.T) {
	for _, tc := range []struct {
		base string
		ok   bool
	}{
		{"https://intranet.example.com/fokus/", true},
		{"http://fokus.local", true},
		{"/fokus/", true},
		{"javascript:alert(1)//", false},
		{"not a url", false},
		{"intranet.example.com/fokus/", false},
		{"//intranet.example.com/", false},
		{"https:///fokus/", false},
		{"ftp://files.example.com/", false},
	} {
		dir := newSite(t, strings.Replace(site, "language = \"en\"\n", "language = \"en\"\nbase_url = "+strconv.Quote(tc.base)+"\n", 1))
		r := fokus(t, dir, nil, "check", "--now", "2026-11-26")
		if tc.ok {
			if r.code != 0 {
				t.Errorf("base_url %q refused: %s", tc.base, r.stderr)
			}
			continue
		}
		// base_url is on line 2 of fokus.toml, its value at column 12.
		if want := "fokus.toml:2:12: error: base_url " + strconv.Quote(tc.base) + " is neither an http(s) address nor a path"; r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("base_url %q: exit %d, stderr %q; want 1 and %q", tc.base, r.code, r.stderr, want)
		}
		r = fokus(t, newSite(t, site), nil, "build", "--base-url", tc.base, "--now", "2026-11-26")
		if r.code != 2 || !strings.Contains(r.stderr, "--base-url "+strconv.Quote(tc.base)) {
			t.Errorf("--base-url %q: exit %d, stderr %q; want a usage error", tc.base, r.code, r.stderr)
		}
	}
}

// A base_url that url.Parse lets pass but a QR code or a feed reader would
// not take (QA): characters an address cannot hold, a query, a fragment.
func TestBaseURLWithoutPathsItCanTakeIsRefused(t *testing.T) {
	for base, want := range map[string]string{
		"https://ex.com/a b/":       "has characters that an address cannot hold as they are",
		"https://ex.com/?x=<y>":     "has characters that an address cannot hold as they are",
		"https://ex.com/f/?lang=de": "has a query or a fragment",
		"https://ex.com/f/#top":     "has a query or a fragment",
		// invisible, or turning the text's direction (security review)
		"https://ex.example\u202e/": "has characters that do not show or that turn the text's direction",
		// printed on every poster, or printed wrong (QA)
		"https://user:pw@ex.com/":         "has a user name or password",
		"https://ex.com:99999/":           "has no port number from 1 to 65535",
		"https://ex.com//":                "has an empty folder (//) in its path",
		"https://ex.com/fokus/index.html": `names a page; fokus adds the pages' paths to base_url, so give the site's folder: "https://ex.com/fokus/"`,
	} {
		r := fokus(t, newSite(t, site), nil, "build", "--base-url", base, "--now", "2026-11-26")
		if r.code != 2 || !strings.Contains(r.stderr, strconv.Quote(base)+" "+want) && !strings.Contains(r.stderr, strconv.QuoteToASCII(base)+" "+want) {
			t.Errorf("--base-url %q: exit %d, stderr %q; want 2 and %q", base, r.code, r.stderr, want)
		}
	}
}

// A theme's broken templates are printed by build in the order of their
// files, as check prints them (review: build printed them as rendered).
func TestBuildPrintsBrokenTemplatesInTheOrderOfTheirFiles(t *testing.T) {
	dir := newSite(t, site+"-- themes/mine/templates/team.html --\n{{define \"main\"}}{{.Nor}}{{end}}\n-- themes/mine/templates/idea.html --\n{{define \"main\"}}{{.Nope}}{{end}}\n")
	if err := os.WriteFile(filepath.Join(dir, "fokus.toml"), append(must(os.ReadFile(filepath.Join(dir, "fokus.toml"))), "theme = \"mine\"\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"build", "check"} {
		r := fokus(t, dir, nil, cmd, "--now", "2026-11-26")
		r.want(t, 1)
		idea, team := strings.Index(r.stderr, "themes/mine/templates/idea.html:1:"), strings.Index(r.stderr, "themes/mine/templates/team.html:1:")
		if idea < 0 || team < 0 || idea > team {
			t.Errorf("fokus %s:\n%s", cmd, r.stderr)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Hugo's spellings of flags are answered with fokus's, on the line before
// the usage, and a typo of a flag with the flag it is close to (QA).
func TestHugoFlagsAreAnsweredWithWhatFokusCallsThem(t *testing.T) {
	dir := newSite(t, site)
	for _, tc := range []struct {
		args string
		want string
	}{
		{"build -s h -d out", "unknown flag -s; fokus calls it --source"},
		{"build -d out", "unknown flag -d; fokus calls it --destination"},
		{"build --baseURL https://ex.com/", "unknown flag --baseURL; fokus calls it --base-url"},
		{"build --baseUrl=https://ex.com/", "unknown flag --baseUrl; fokus calls it --base-url"},
		{"build -b https://ex.com/", "unknown flag -b; fokus calls it --base-url"},
		{"build -D", "unknown flag -D; fokus calls it --drafts"},
		{"build --buildDrafts", "unknown flag --buildDrafts; fokus calls it --drafts"},
		{"serve -p 8080", "unknown flag -p; fokus calls it --port"},
		{"build --minify", "unknown flag --minify; fokus writes no minified output; leave it out"},
		{"build --watch", "unknown flag --watch; use fokus serve to watch"},
		{"build -w", "unknown flag -w; use fokus serve to watch"},
		{"build --sorce x", "unknown flag --sorce; did you mean --source?"},
		{"check --stict", "unknown flag --stict; did you mean --strict?"},
		{"build --bogus", "unknown flag --bogus"},
	} {
		r := fokus(t, dir, nil, strings.Fields(tc.args)...)
		r.want(t, 2)
		if first, rest, _ := strings.Cut(r.stderr, "\n"); first != "fokus: "+tc.want || !strings.Contains(rest, "Usage:") {
			t.Errorf("fokus %s: stderr:\n%s\nwant first line %q, then the usage", tc.args, r.stderr, "fokus: "+tc.want)
		}
	}
}

// A command's help lists its flags as the usage line spells them, with two
// dashes; "fokus help build" is "fokus build -h" (QA).
func TestCommandHelpSpellsFlagsWithTwoDashes(t *testing.T) {
	dir := t.TempDir()
	for _, cmd := range []string{"build", "check", "serve", "new"} {
		r := fokus(t, dir, nil, cmd, "-h")
		r.want(t, 0)
		flags := r.stdout[strings.Index(r.stdout, "Flags:\n"):]
		for _, line := range strings.Split(flags, "\n") {
			if strings.HasPrefix(line, "  -") && !strings.HasPrefix(line, "  --") {
				t.Errorf("fokus %s -h lists %q with one dash:\n%s", cmd, line, r.stdout)
			}
		}
		// fokus new looks for the site in the folders above, so its
		// default is no "." (QA: the help said so).
		source := "site source folder (default \".\")"
		if cmd == "new" {
			source = "site source folder (default: the nearest folder here or above with a fokus.toml or a content/ folder)"
		}
		if !strings.Contains(r.stdout, "\n  --source string\n    \t"+source+"\n") {
			t.Errorf("fokus %s -h lacks --source with its default:\n%s", cmd, r.stdout)
		}
		h := fokus(t, dir, nil, "help", cmd)
		h.want(t, 0)
		if h.stdout != r.stdout {
			t.Errorf("fokus help %s:\n%s\nwant what fokus %s -h prints:\n%s", cmd, h.stdout, cmd, r.stdout)
		}
	}
	r := fokus(t, dir, nil, "serve", "-h")
	for _, want := range []string{"  --port int\n    \tport to listen on (0: any free port) (default 1313)\n", "  --drafts\n    \tinclude ideas marked draft\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("fokus serve -h lacks %q:\n%s", want, r.stdout)
		}
	}
	fokus(t, dir, nil, "help", "server").want(t, 2)
}

func TestNearMissCommandsAreNamed(t *testing.T) {
	for cmd, want := range map[string]string{"server": "serve", "biuld": "build", "chek": "check"} {
		r := fokus(t, t.TempDir(), nil, cmd)
		r.want(t, 2)
		if want := fmt.Sprintf("fokus: unknown command %q; did you mean %q?\n", cmd, want); !strings.HasPrefix(r.stderr, want) {
			t.Errorf("fokus %s: stderr:\n%s\nwant %q", cmd, r.stderr, want)
		}
	}
	if r := fokus(t, t.TempDir(), nil, "deploy"); r.code != 2 || !strings.HasPrefix(r.stderr, "fokus: unknown command \"deploy\"\n") {
		t.Errorf("fokus deploy: %+v", r)
	}
}

// A flag whose value was forgotten takes the next flag as its value in the
// flag package: --destination --drafts built into a folder named --drafts.
func TestAFlagIsNoValueOfTheFlagBeforeIt(t *testing.T) {
	dir := newSite(t, site)
	for want, args := range map[string][]string{
		"fokus: --destination needs a value before --drafts: write --destination DIR --drafts\n": {"build", "--destination", "--drafts"},
		"fokus: --destination needs a value before --now: write --destination DIR --now\n":       {"build", "--destination=--now", "2026-11-26"},
		"fokus: --source needs a value before -strict: write --source DIR -strict\n":             {"check", "--source", "-strict"},
		"fokus: --team needs a value before --now: write --team SLUG --now\n":                    {"new", "idea", "--team", "--now", "2026-11-26", "X"},
		"fokus: --format needs a value before --strict: write --format json --strict\n":          {"check", "--format", "--strict"},
	} {
		r := fokus(t, dir, nil, args...)
		r.want(t, 2)
		if !strings.HasPrefix(r.stderr, want) {
			t.Errorf("fokus %v: stderr = %q, want %q…", args, r.stderr, want)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "--") {
			t.Errorf("a flag was taken for a folder: %s", e.Name())
		}
	}
	// A folder whose name starts with a dash but names no flag is built into.
	fokus(t, dir, nil, "build", "--destination", "-old", "--now", "2026-11-26").want(t, 0)
}

// Hugo's flags before the command ("hugo --source site server") are told
// to come after it, in the command line to write, not called an unknown
// command "--source".
func TestFlagsBeforeTheCommandAreToldToComeAfterIt(t *testing.T) {
	r := fokus(t, t.TempDir(), nil, "--source", "my site", "--now", "2026-11-26", "check", "--strict")
	r.want(t, 2)
	if want := "fokus: --source comes after the command: fokus check --source 'my site' --now 2026-11-26 --strict\n"; !strings.HasPrefix(r.stderr, want) {
		t.Errorf("stderr:\n%s\nwant %q", r.stderr, want)
	}
	// Hugo's names are told fokus's: "fokus build -s site" fails again.
	r = fokus(t, t.TempDir(), nil, "-s", "site", "-D", "--baseURL=http://x/", "build")
	r.want(t, 2)
	if want := "fokus: -s comes after the command: fokus build --source site --drafts '--base-url=http://x/'\n"; !strings.HasPrefix(r.stderr, want) {
		t.Errorf("stderr:\n%s\nwant %q", r.stderr, want)
	}
	if r := fokus(t, t.TempDir(), nil, "--bogus"); r.code != 2 || !strings.HasPrefix(r.stderr, "fokus: unknown command \"--bogus\"\n") {
		t.Errorf("fokus --bogus: %+v", r)
	}
}

// "fokus build site1" is Hugo's habit of naming the site's folder; a folder
// given as an argument gets the flag that names it (QA).
func TestAFolderGivenAsArgumentIsPointedToSource(t *testing.T) {
	dir := t.TempDir()
	writeArchive(t, filepath.Join(dir, "site1"), site)
	for _, cmd := range []string{"build", "check", "serve"} {
		r := fokus(t, dir, nil, cmd, "site1")
		r.want(t, 2)
		if want := fmt.Sprintf("fokus: %s takes no arguments, got \"site1\"; to %s the site in site1, use --source site1\n", cmd, cmd); !strings.HasPrefix(r.stderr, want) {
			t.Errorf("fokus %s site1: stderr:\n%s\nwant %q", cmd, r.stderr, want)
		}
	}
	r := fokus(t, dir, nil, "build", "nothing")
	r.want(t, 2)
	if !strings.HasPrefix(r.stderr, "fokus: build takes no arguments, got \"nothing\"\n") {
		t.Errorf("fokus build nothing: stderr:\n%s", r.stderr)
	}
}

func TestAMissingSourceFolderIsNamedSo(t *testing.T) {
	dir := newSite(t, site)
	for _, cmd := range []string{"build", "check", "serve"} {
		r := fokus(t, dir, nil, cmd, "--source", "nope")
		r.want(t, 2)
		if !strings.HasPrefix(r.stderr, "fokus: --source nope: no such folder\n") {
			t.Errorf("fokus %s --source nope: stderr:\n%s", cmd, r.stderr)
		}
	}
	r := fokus(t, dir, nil, "build", "--source", "fokus.toml")
	r.want(t, 2)
	if !strings.HasPrefix(r.stderr, "fokus: --source \"fokus.toml\" is not a folder\n") {
		t.Errorf("fokus build --source fokus.toml: stderr:\n%s", r.stderr)
	}
}

// Hugo's "new site" and "new content PATH" are refused for what they are,
// before new says anything about starting a site, and write nothing (QA).
func TestNewChecksTheKindBeforeLookingForTheSite(t *testing.T) {
	empty := t.TempDir()
	r := fokus(t, empty, nil, "new", "site", "foo")
	r.want(t, 2)
	want := "fokus: fokus needs no new site: a site is a folder with content/; run fokus new team \"…\" or fokus new idea \"…\" in it\n"
	if !strings.HasPrefix(r.stderr, want) {
		t.Errorf("fokus new site foo: stderr:\n%s\nwant %q", r.stderr, want)
	}
	for _, args := range [][]string{{"new", "content", "ideas/x.md"}, {"new", "ideas", "X"}, {"new", "team", "--team", "x", "Y"}} {
		r := fokus(t, empty, nil, args...)
		r.want(t, 2)
		if strings.Contains(r.stderr, "starting a new site") {
			t.Errorf("fokus %s: stderr:\n%s", strings.Join(args, " "), r.stderr)
		}
	}
	if r := fokus(t, empty, nil, "new", "ideas", "X"); !strings.HasPrefix(r.stderr, "fokus: unknown kind \"ideas\"; did you mean \"idea\"?\n") {
		t.Errorf("fokus new ideas X: stderr:\n%s", r.stderr)
	}
	if entries, _ := os.ReadDir(empty); len(entries) > 0 {
		t.Errorf("a refused new wrote %s", entries[0].Name())
	}
}

// A file name given as the title is refused with the title it names,
// instead of an idea titled "ideas/social-selling.md" (QA).
// A title that makes README.md would make a file fokus does not read as
// content (review).
func TestNewRefusesATitleThatMakesAReadme(t *testing.T) {
	dir := newSite(t, site)
	r := fokus(t, dir, nil, "new", "idea", "Readme", "--now", "2026-11-26")
	r.want(t, 2)
	if !strings.Contains(r.stderr, "which fokus reads as a folder's notes") {
		t.Errorf("stderr = %q", r.stderr)
	}
}

// A title that makes a file of a Windows device's name (aux.md) is
// refused: check warns of the file, and colleagues on Windows could not
// check the site out.
func TestNewRefusesATitleThatMakesAWindowsDevice(t *testing.T) {
	dir := newSite(t, site)
	for _, args := range [][]string{{"idea", "AUX"}, {"team", "Com1"}, {"objective", "--team", "sales", "Con"}} {
		r := fokus(t, dir, nil, append(append([]string{"new"}, args...), "--now", "2026-11-26")...)
		r.want(t, 2)
		if !strings.Contains(r.stderr, "which Windows cannot keep") {
			t.Errorf("fokus new %v: stderr = %q", args, r.stderr)
		}
	}
	fokus(t, dir, nil, "check", "--strict", "--now", "2026-11-26").want(t, 0)
}

func TestNewRefusesAFileNameAsTitle(t *testing.T) {
	dir := newSite(t, site)
	before := hashTree(t, dir)
	for args, want := range map[string]string{
		"new idea ideas/social-selling.md":              "give the idea's title, not a file name: fokus new idea \"Social selling\"",
		"new idea content/ideas/lead_scoring":           "give the idea's title, not a file name: fokus new idea \"Lead scoring\"",
		"new idea webinar.md":                           "give the idea's title, not a file name: fokus new idea \"Webinar\"",
		"new objective --team sales objectives/grow.md": "give the objective's title, not a file name: fokus new objective --team sales \"Grow\"",
		"new team teams/inside-sales.MD":                "give the team's title, not a file name: fokus new team \"Inside sales\"",
	} {
		r := fokus(t, dir, nil, strings.Fields(args)...)
		r.want(t, 2)
		if !strings.HasPrefix(r.stderr, "fokus: "+want+"\n") {
			t.Errorf("fokus %s: stderr:\n%s\nwant %q", args, r.stderr, want)
		}
	}
	if after := hashTree(t, dir); after != before {
		t.Errorf("a refused new changed the site:\n%s", after)
	}
	// A title with words around a slash is a title, and so is one with a
	// slash between words (review: "CRM/ERP-Schnittstelle" was refused).
	for title, file := range map[string]string{"Marketing / Sales handover": "marketing-sales-handover", "CRM/ERP-Schnittstelle": "crm-erp-schnittstelle"} {
		r := fokus(t, dir, nil, "new", "idea", title, "--now", "2026-11-26")
		r.want(t, 0)
		if r.stdout != "content/ideas/"+file+".md\n" {
			t.Errorf("stdout = %q", r.stdout)
		}
	}
}

// A long title's file name ends with a whole word (QA: "…-lead-qualifizierung-i.md").
func TestNewCutsALongTitleAfterAWord(t *testing.T) {
	dir := newSite(t, site)
	title := "Automatisierte Bewertung eingehender Anfragen der Kunden zur Verbesserung der gesamten Lead-Qualifizierung im Vertrieb"
	r := fokus(t, dir, nil, "new", "idea", title, "--now", "2026-11-26")
	r.want(t, 0)
	if want := "content/ideas/automatisierte-bewertung-eingehender-anfragen-der-kunden-zur-verbesserung-der.md\n"; r.stdout != want {
		t.Errorf("stdout = %q, want %q", r.stdout, want)
	}
}

// A German site's new idea comments its score inputs in German, beside
// its German questions (QA).
func TestNewIdeaOnAGermanSiteCommentsInGerman(t *testing.T) {
	for model, want := range map[string]string{
		"wsjf": "# value = 1   # mindestens 0\n# time_criticality = 1   # mindestens 0\n# risk_reduction = 1   # mindestens 0\n# job_size = 1   # größer als 0 (teilt die Punktzahl)\n",
		"rice": "# confidence = 50   # zwischen 0 und 100 (Prozent)\n# effort = 1   # größer als 0 (teilt die Punktzahl)\n",
		"ice":  "# impact = 1   # zwischen 1 und 10\n",
	} {
		archive := strings.Replace(site, "language = \"en\"\n", "", 1)
		dir := newSite(t, strings.Replace(archive, "period = \"2026-Q4\"\n", "period = \"2026-Q4\"\n[scoring]\nmodel = \""+model+"\"\n", 1))
		fokus(t, dir, nil, "new", "idea", "Neue Idee", "--now", "2026-11-26").want(t, 0)
		data := string(must(os.ReadFile(filepath.Join(dir, "content/ideas/neue-idee.md"))))
		if !strings.Contains(data, want) || !strings.Contains(data, "## Hypothese") {
			t.Errorf("%s: new idea on a German site:\n%s\nwant %q", model, data, want)
		}
		for _, english := range []string{"divides", "between", "percent", ">= 0"} {
			if strings.Contains(data, english) {
				t.Errorf("%s: new idea on a German site has %q:\n%s", model, english, data)
			}
		}
	}
}

// Every range that a scoring model's input has is commented in German on a
// German site; a new range must be translated too.
func TestEveryScoreInputRangeHasAGermanComment(t *testing.T) {
	for _, model := range []string{"wsjf", "rice", "ice"} {
		for _, in := range scoring.Inputs(model) {
			if _, rule := scoring.InputHint(model, in); inputRulesDE[rule] == "" {
				t.Errorf("%s input %s: no German for %q in inputRulesDE", model, in, rule)
			}
		}
	}
}

// ICE gives ideas no size: a new team's capacity says so, rather than
// naming an input ICE does not have (review).
func TestANewTeamsCapacityFollowsTheScoringModel(t *testing.T) {
	for model, want := range map[string]string{"wsjf": "the ideas' job_size", "rice": "the ideas' effort", "ice": "ICE gives ideas no size"} {
		if got := teamTemplate("en", model, "X"); !strings.Contains(got, want) {
			t.Errorf("%s: %s", model, got)
		}
	}
}

// The README's list of commands is fokus's usage, line for line, and each
// flag a usage line names is one its command takes: a flag added, renamed
// or dropped in one place and not the other fails here.
func TestTheReadmeListsTheCommandsAsTheUsageDoes(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "\n## Commands\n\n```\n")
	if !ok {
		t.Fatal("the README has no ## Commands section with a code block")
	}
	block, _, _ := strings.Cut(rest, "```")
	_, lines, _ := strings.Cut(usage, "Usage:\n")
	if want := strings.ReplaceAll(lines, "\n  ", "\n")[2:]; block != want {
		t.Errorf("the README lists the commands as\n%s\nthe usage has\n%s", block, want)
	}
	dir := newSite(t, site)
	flagName := regexp.MustCompile(`--[a-z-]+`)
	for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
		cmd := strings.Fields(line)[1]
		r := fokus(t, dir, nil, cmd, "--help")
		r.want(t, 0)
		for _, f := range flagName.FindAllString(line, -1) {
			if !strings.Contains(r.stdout, "\n  "+f+" ") && !strings.Contains(r.stdout, "\n  "+f+"\n") {
				t.Errorf("the usage of fokus %s names %s, which it does not take:\n%s", cmd, f, r.stdout)
			}
		}
	}
}

// A file named content or content/ideas (an idea saved without .md) is
// said to be a file, not a folder that is missing, or "mkdir …: not a
// directory" (QA).
func TestAFileWhereAFolderOfTheSiteShouldBeIsNamedSo(t *testing.T) {
	dir := newSite(t, "-- fokus.toml --\ntitle = \"T\"\n-- content --\n+++\ntitle = \"X\"\n+++\n")
	r := fokus(t, dir, nil, "check")
	r.want(t, 2)
	if want := "fokus: content is a file, not a folder: fokus reads a site's content from a folder content/; rename the file\n"; !strings.HasPrefix(r.stderr, want) {
		t.Errorf("stderr = %q, want it to begin %q", r.stderr, want)
	}
	dir = newSite(t, "-- fokus.toml --\ntitle = \"T\"\n-- content/ideas --\n+++\ntitle = \"X\"\n+++\n")
	r = fokus(t, dir, nil, "new", "idea", "Neue Idee")
	r.want(t, 2)
	if want := "fokus: content/ideas is a file, not a folder, so the new idea cannot go into it; rename that file\n"; r.stderr != want {
		t.Errorf("stderr = %q, want %q", r.stderr, want)
	}
}

// A build leaves out a folder that is a link, with a warning, so fokus new
// does not write into one (QA: the new idea went into content/ideas, a
// link to a shared folder, and was not on the site).
func TestNewDoesNotWriteIntoALinkToAFolder(t *testing.T) {
	dir := newSite(t, "-- fokus.toml --\ntitle = \"T\"\n-- content/teams/t.md --\n+++\ntitle = \"T\"\n+++\n")
	shared := t.TempDir()
	if err := os.Symlink(shared, filepath.Join(dir, "content", "ideas")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	r := fokus(t, dir, nil, "new", "idea", "Neue Idee", "--now", "2026-11-26")
	r.want(t, 2)
	if want := "fokus: content/ideas is a link to a folder, which fokus does not follow, so the new idea would not be on the site; move the folder here, or link its files one by one\n"; r.stderr != want {
		t.Errorf("stderr = %q, want %q", r.stderr, want)
	}
	if entries, _ := os.ReadDir(shared); len(entries) != 0 {
		t.Errorf("fokus new wrote %s into the linked folder", entries[0].Name())
	}
}

// The README's first steps for a site of one's own run as written: its
// fokus.toml, then each fokus command but serve, in an empty folder, and
// the files are in the language it chose (QA: a newcomer's first fokus
// new team wrote German, with nothing in the README to say why).
func TestTheReadmesFirstStepsRunAsWritten(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "\n## Your own site\n")
	if !ok {
		t.Fatal("the README has no ## Your own site section")
	}
	section, _, _ := strings.Cut(rest, "\n## ")
	_, toml, ok1 := strings.Cut(section, "```toml\n")
	toml, _, _ = strings.Cut(toml, "```")
	_, sh, ok2 := strings.Cut(section, "```sh\n")
	sh, _, _ = strings.Cut(sh, "```")
	if !ok1 || !ok2 {
		t.Fatalf("the section has no toml and sh blocks:\n%s", section)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "fokus.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, line := range strings.Split(strings.TrimSpace(sh), "\n") {
		line, comment, _ := strings.Cut(line, "#")
		args := shellFields(t, line)
		if len(args) < 2 || args[0] != "fokus" {
			t.Fatalf("a line of the steps is no fokus command: %q", line)
		}
		if args[1] == "serve" {
			continue
		}
		r := fokus(t, dir, nil, args[1:]...)
		r.want(t, 0)
		ran++
		if args[1] == "check" && strings.Contains(comment, "placeholder") && !strings.Contains(r.stderr, "is still the placeholder of fokus new") {
			t.Errorf("fokus check says no placeholder, as the README's comment has it:\n%s", r.stderr)
		}
	}
	if ran < 4 {
		t.Errorf("the steps ran %d fokus commands", ran)
	}
	team, _ := os.ReadFile(filepath.Join(dir, "content/teams/demand-generation.md"))
	if !strings.Contains(string(team), "What does the team stand for?") {
		t.Errorf("the new team is not in English:\n%s", team)
	}
	page, _ := os.ReadFile(filepath.Join(dir, "public/index.html"))
	if !strings.Contains(string(page), `<html lang="en"`) {
		t.Errorf("the built site is not in English:\n%.300s", page)
	}
}

// shellFields splits a command line as a shell does where words are plain
// or in double quotes.
func shellFields(t *testing.T, line string) []string {
	t.Helper()
	var fields []string
	for _, m := range regexp.MustCompile(`"([^"]*)"|(\S+)`).FindAllStringSubmatch(line, -1) {
		if m[2] != "" {
			fields = append(fields, m[2])
		} else {
			fields = append(fields, m[1])
		}
	}
	return fields
}
