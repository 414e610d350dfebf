package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// rulesSite is a source folder whose only finding (from 2026-11-27 on) is the
// stale objective: reviewed 2026-11-12, review every 14 days.
var rulesSite = map[string]string{
	"fokus.toml": `title = "Rules"
period = "2026-Q4"
`,
	"content/teams/sales.md": `+++
title = "Sales"
+++
`,
	"content/objectives/sales/grow.md": `+++
title = "Grow"
team = "sales"
period = "2026-Q4"
reviewed = 2026-11-12

[[key_results]]
title = "Leads"
start = 0
target = 10
+++
`,
}

// writeRulesSite writes files over rulesSite into a new temporary folder.
func writeRulesSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	all := map[string]string{}
	for p, s := range rulesSite {
		all[p] = s
	}
	for p, s := range files {
		all[p] = s
	}
	for p, s := range all {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runRulesCLI runs fokus with args and returns its exit status and output.
func runRulesCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = exitCode(run(args, &out, &errOut), &out, &errOut)
	return code, out.String(), errOut.String()
}

// diagnosticLines returns the lines of stderr that are diagnostics.
func diagnosticLines(stderr string) []string {
	var out []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "content/") || strings.HasPrefix(l, "fokus.toml:") {
			out = append(out, l)
		}
	}
	return out
}

const staleLine = `content/objectives/sales/grow.md:5:12: warning: "Grow" was last reviewed 15 days ago (review every 14 days); review it and update reviewed [stale]`

func TestCheckExitsZeroWithWarningsAndOneWithStrict(t *testing.T) {
	dir := writeRulesSite(t, nil)
	code, stdout, stderr := runRulesCLI(t, "check", "--source", dir, "--now", "2026-11-27")
	if code != 0 {
		t.Fatalf("check with a warning exited %d, want 0:\n%s", code, stderr)
	}
	if got := diagnosticLines(stderr); !slices.Equal(got, []string{staleLine}) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), staleLine)
	}
	if !strings.Contains(stdout, ": 1 warning\n") {
		t.Errorf("summary %q does not count the warning", stdout)
	}

	code, _, stderr = runRulesCLI(t, "check", "--strict", "--source", dir, "--now", "2026-11-27")
	if code != 1 {
		t.Fatalf("check --strict with a warning exited %d, want 1:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, staleLine) || !strings.Contains(stderr, "0 errors, 1 warning\n") {
		t.Errorf("check --strict stderr:\n%s", stderr)
	}
}

func TestCheckStrictPassesAContentRepositoryWithoutFindings(t *testing.T) {
	dir := writeRulesSite(t, nil)
	code, _, stderr := runRulesCLI(t, "check", "--strict", "--source", dir, "--now", "2026-11-26")
	if code != 0 || len(diagnosticLines(stderr)) > 0 {
		t.Fatalf("check --strict exited %d:\n%s", code, stderr)
	}
}

func TestNowMovesAnObjectiveIntoStaleness(t *testing.T) {
	dir := writeRulesSite(t, nil)
	// Reviewed 2026-11-12: exactly 14 days on the 26th, 15 on the 27th.
	_, _, stderr := runRulesCLI(t, "check", "--source", dir, "--now", "2026-11-26")
	if strings.Contains(stderr, "[stale]") {
		t.Errorf("objective is stale exactly review_every after its review:\n%s", stderr)
	}
	_, _, stderr = runRulesCLI(t, "check", "--source", dir, "--now", "2026-11-27")
	if !strings.Contains(stderr, staleLine) {
		t.Errorf("objective is not stale a day later:\n%s", stderr)
	}
	// An instant is taken as a day in the site's time zone (Europe/Zurich):
	// 23:30 UTC on the 26th is already the 27th there.
	_, _, stderr = runRulesCLI(t, "check", "--source", dir, "--now", "2026-11-26T23:30:00Z")
	if !strings.Contains(stderr, staleLine) {
		t.Errorf("--now as an instant is not read in the site's time zone:\n%s", stderr)
	}
	// A local time, as front matter writes one, is a time in the site's
	// zone: 23:30 on the 26th is the 26th (QA: it was refused).
	code, _, stderr := runRulesCLI(t, "check", "--source", dir, "--now", "2026-11-26T23:30:00")
	if code != 0 || strings.Contains(stderr, "[stale]") {
		t.Errorf("--now as a local time: exit %d\n%s", code, stderr)
	}
}

// A time as date prints it: without seconds (date -Iminutes) or with a
// space for the T (date '+%F %T'), as TOML reads one too (QA: refused as
// no time).
func TestNowTakesATimeWithoutSecondsOrWithASpace(t *testing.T) {
	dir := writeRulesSite(t, nil)
	for _, now := range []string{"2026-11-26T23:30Z", "2026-11-26T23:30+00:00", "2026-11-26 23:30:00Z"} {
		code, _, stderr := runRulesCLI(t, "check", "--source", dir, "--now", now)
		if code != 0 || !strings.Contains(stderr, staleLine) {
			t.Errorf("--now %s, an instant that is the 27th in Zurich: exit %d\n%s", now, code, stderr)
		}
	}
	for _, now := range []string{"2026-11-26T23:30", "2026-11-26 23:30:00", "2026-11-26 23:30"} {
		code, _, stderr := runRulesCLI(t, "check", "--source", dir, "--now", now)
		if code != 0 || strings.Contains(stderr, "[stale]") {
			t.Errorf("--now %s, a local time of the 26th: exit %d\n%s", now, code, stderr)
		}
	}
}

func TestCheckFormatJSONPrintsDiagnosticsAsAnArray(t *testing.T) {
	dir := writeRulesSite(t, map[string]string{
		"content/ideas/chatbot.md": `+++
title = "Chatbot"
submitted = 2026-11-01
teams = ["sales"]
status = "in-progress"
+++
`,
	})
	code, stdout, stderr := runRulesCLI(t, "check", "--format", "json", "--source", dir, "--now", "2026-11-27")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if stderr != "" {
		t.Errorf("--format json writes to stderr:\n%s", stderr)
	}
	var raw []map[string]any
	if err := json.Unmarshal([]byte(stdout), &raw); err != nil {
		t.Fatalf("stdout is not a JSON array: %v\n%s", err, stdout)
	}
	var list []struct {
		Path, Severity, Code, Message string
		Line, Col                     int
	}
	if err := json.Unmarshal([]byte(stdout), &list); err != nil {
		t.Fatal(err)
	}
	var codes []string
	for i, d := range raw {
		for _, key := range []string{"path", "line", "col", "severity", "code", "message"} {
			if _, ok := d[key]; !ok {
				t.Errorf("diagnostic %d has no %q: %v", i, key, d)
			}
		}
		codes = append(codes, list[i].Code)
		if list[i].Severity != "warning" || list[i].Line < 1 || list[i].Col < 1 || list[i].Message == "" {
			t.Errorf("diagnostic %d = %+v", i, list[i])
		}
	}
	// Sorted by file and line: the idea's status (line 5) gets three findings,
	// then the objective.
	if got := slices.Sorted(slices.Values(codes[:3])); !slices.Equal(got, []string{"no-stop", "unaligned", "undeclared"}) || codes[3] != "stale" {
		t.Errorf("codes = %v, want undeclared, no-stop and unaligned, then stale", codes)
	}
	for _, d := range list[:3] {
		if d.Path != "content/ideas/chatbot.md" || d.Line != 5 || d.Col != 10 {
			t.Errorf("%s at %s:%d:%d, want content/ideas/chatbot.md:5:10", d.Code, d.Path, d.Line, d.Col)
		}
	}
	if list[3].Path != "content/objectives/sales/grow.md" || list[3].Line != 5 || list[3].Col != 12 {
		t.Errorf("stale at %s:%d:%d, want content/objectives/sales/grow.md:5:12", list[3].Path, list[3].Line, list[3].Col)
	}
}

func TestCheckFormatJSONPrintsAnEmptyArrayWithoutFindings(t *testing.T) {
	dir := writeRulesSite(t, nil)
	code, stdout, _ := runRulesCLI(t, "check", "--format", "json", "--strict", "--source", dir, "--now", "2026-11-26")
	if code != 0 || strings.TrimSpace(stdout) != "[]" {
		t.Errorf("exit %d, stdout %q; want 0 and []", code, stdout)
	}
}

func TestCheckFormatJSONExitsOneWithStrict(t *testing.T) {
	dir := writeRulesSite(t, nil)
	code, stdout, _ := runRulesCLI(t, "check", "--format", "json", "--strict", "--source", dir, "--now", "2026-11-27")
	var list []map[string]any
	if err := json.Unmarshal([]byte(stdout), &list); err != nil || len(list) != 1 {
		t.Errorf("stdout = %q (%v), want one diagnostic", stdout, err)
	}
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
}

// A run that cannot check at all still prints an array, with why, and the
// exit status of a usage error (QA: `| jq` failed on an empty stdout), also
// for a misspelt flag or an argument too many, before or after --format.
func TestCheckFormatJSONSaysWhyItCouldNotCheck(t *testing.T) {
	notASite := t.TempDir()
	site := writeRulesSite(t, nil)
	for _, args := range [][]string{
		{"--format", "json", "--source", notASite},
		{"--format", "json", "--source", filepath.Join(notASite, "missing")},
		{"--format", "json", "--source", site, "--now", "bogus"},
		{"--format", "json", "--source", site, "--strcit"},
		{"--source", site, "--strcit", "--format=json"},
		{"--source", site, "--format", "json", "extra"},
	} {
		code, stdout, stderr := runRulesCLI(t, append([]string{"check"}, args...)...)
		var list []struct{ Severity, Message string }
		if err := json.Unmarshal([]byte(stdout), &list); err != nil || len(list) != 1 || list[0].Severity != "error" || list[0].Message == "" {
			t.Errorf("%v: stdout %q (%v), want one error", args, stdout, err)
		}
		if code != 2 || strings.Contains(stderr, "Usage:") {
			t.Errorf("%v: exit %d, stderr %q; want 2 without the usage", args, code, stderr)
		}
	}
}

func TestRuleSetToErrorFailsCheckAndBuild(t *testing.T) {
	dir := writeRulesSite(t, map[string]string{"fokus.toml": rulesSite["fokus.toml"] + "\n[rules]\nstale = \"error\"\n"})
	wantLine := strings.Replace(staleLine, ": warning: ", ": error: ", 1)

	code, _, stderr := runRulesCLI(t, "check", "--source", dir, "--now", "2026-11-27")
	if code != 1 || !slices.Equal(diagnosticLines(stderr), []string{wantLine}) {
		t.Errorf("check exited %d with:\n%s\nwant 1 with:\n%s", code, stderr, wantLine)
	}

	dest := filepath.Join(t.TempDir(), "public")
	code, _, stderr = runRulesCLI(t, "build", "--source", dir, "--destination", dest, "--now", "2026-11-27")
	if code != 1 || !strings.Contains(stderr, wantLine) {
		t.Errorf("build exited %d with:\n%s\nwant 1 with:\n%s", code, stderr, wantLine)
	}
	if _, err := os.Stat(dest); !os.IsNotExist(err) {
		t.Errorf("failed build created %s", dest)
	}
}

func TestRuleSetToOffIsSilentInCheckAndBuild(t *testing.T) {
	dir := writeRulesSite(t, map[string]string{"fokus.toml": rulesSite["fokus.toml"] + "\n[rules]\nstale = \"off\"\n"})
	code, _, stderr := runRulesCLI(t, "check", "--strict", "--source", dir, "--now", "2027-01-01")
	if code != 0 || stderr != "" {
		t.Errorf("check --strict with the rule off exited %d:\n%s", code, stderr)
	}
	dest := filepath.Join(t.TempDir(), "public")
	code, _, stderr = runRulesCLI(t, "build", "--source", dir, "--destination", dest, "--now", "2027-01-01")
	if code != 0 || stderr != "" {
		t.Errorf("build with the rule off exited %d:\n%s", code, stderr)
	}
}

func TestBuildPrintsRuleWarningsAndSucceeds(t *testing.T) {
	dir := writeRulesSite(t, nil)
	dest := filepath.Join(t.TempDir(), "public")
	code, _, stderr := runRulesCLI(t, "build", "--source", dir, "--destination", dest, "--now", "2026-11-27")
	if code != 0 {
		t.Fatalf("build with a warning exited %d:\n%s", code, stderr)
	}
	if !slices.Equal(diagnosticLines(stderr), []string{staleLine}) {
		t.Errorf("build stderr:\n%s\nwant:\n%s", stderr, staleLine)
	}
	if _, err := os.Stat(filepath.Join(dest, "index.html")); err != nil {
		t.Error(err)
	}
}

func TestUnknownRuleNameIsAnErrorAtItsLineInConfig(t *testing.T) {
	// [rules] is on line 4, the misspelt rule on line 6.
	dir := writeRulesSite(t, map[string]string{"fokus.toml": rulesSite["fokus.toml"] + "\n[rules]\nstale = \"warning\"\nover-wp = \"error\"\n"})
	code, _, stderr := runRulesCLI(t, "check", "--source", dir, "--now", "2026-11-26")
	want := `fokus.toml:6:1: error: unknown rule "over-wp" in [rules]; did you mean "over-wip"?`
	if code != 1 || !slices.Equal(diagnosticLines(stderr), []string{want}) {
		t.Errorf("exit %d with:\n%s\nwant 1 with:\n%s", code, stderr, want)
	}
}

func TestUnknownRuleSeverityIsAnError(t *testing.T) {
	dir := writeRulesSite(t, map[string]string{"fokus.toml": rulesSite["fokus.toml"] + "\n[rules]\nstale = \"fatal\"\n"})
	code, _, stderr := runRulesCLI(t, "check", "--source", dir, "--now", "2026-11-26")
	lines := diagnosticLines(stderr)
	if code != 1 || len(lines) != 1 || !strings.HasPrefix(lines[0], "fokus.toml:5:") || !strings.Contains(lines[0], `"off", "warning", "error"`) {
		t.Errorf("exit %d with:\n%s", code, stderr)
	}
}
