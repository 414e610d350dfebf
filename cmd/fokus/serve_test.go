package main

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// served is a fokus serve running in the test, on a free port.
type served struct {
	url            string
	stdout, stderr strings.Builder
	cancel         context.CancelFunc
	done           chan error
}

// startServe runs fokus serve on dir, with args after the others, until
// stop or the end of the test, and waits until it listens.
func startServe(t *testing.T, dir string, args ...string) *served {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	srv := &served{cancel: cancel, done: make(chan error, 1)}
	urls := make(chan string, 1)
	go func() {
		srv.done <- serveUntil(ctx, append([]string{"--source", dir, "--port", "0"}, args...), &srv.stdout, &srv.stderr, func(u string) { urls <- u })
	}()
	select {
	case srv.url = <-urls:
	case err := <-srv.done:
		t.Fatalf("serve ended before listening: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not start")
	}
	return srv
}

// stop cancels serve and checks that it ends without an error.
func (srv *served) stop(t *testing.T) {
	t.Helper()
	srv.cancel()
	select {
	case err := <-srv.done:
		if err != nil {
			t.Errorf("serve after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServePrintsURLServesAndStopsOnCancel(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content", "teams"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fokus.toml"), []byte("title = \"Served\"\nlanguage = \"en\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "teams", "sales.md"), []byte("+++\ntitle = \"Sales\"\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := startServe(t, dir)
	url := srv.url
	if !strings.HasPrefix(url, "http://127.0.0.1:") {
		t.Errorf("URL %q: want the default bind address", url)
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Served") {
		t.Errorf("GET %s: %d\n%s", url, resp.StatusCode, body)
	}
	srv.stop(t)
	// The printed URL is the one it served on, and nothing was written.
	if out := srv.stdout.String(); !strings.Contains(out, url) {
		t.Errorf("stdout does not name %s:\n%s", url, out)
	}
	if log := srv.stderr.String(); !strings.Contains(log, "fokus: built 0 ideas, 0 objectives, 1 team (") {
		t.Errorf("serve's log does not count in words:\n%s", log)
	}
}

// Ctrl-C before the first build is done ends serve as a Ctrl-C later does:
// "stopped", and no error.
func TestServeStopsQuietlyWhenCancelledWhileBuilding(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content", "teams"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "teams", "sales.md"), []byte("+++\ntitle = \"Sales\"\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr strings.Builder
	if err := serveUntil(ctx, []string{"--source", dir, "--port", "0"}, &stdout, &stderr, nil); err != nil {
		t.Errorf("serve cancelled while building: %v", err)
	}
	if out := stdout.String(); out != "fokus: stopped\n" {
		t.Errorf("stdout = %q, want only that it stopped", out)
	}
}

// SOURCE_DATE_EPOCH fixes today for the preview as for build and check
// (QA: the preview went by the clock).
func TestServeTakesTodayFromSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1764158400") // 2025-11-26T12:00:00Z
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content", "teams"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "teams", "sales.md"), []byte("+++\ntitle = \"Sales\"\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := startServe(t, dir)
	resp, err := http.Get(srv.url + "index.json")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `"now": "2025-11-26"`) {
		t.Errorf("index.json does not have today from SOURCE_DATE_EPOCH:\n%.300s", body)
	}
	srv.stop(t)
}

// --now fixes today for the preview as for build and check: the calendar
// day it names in the site's time zone, also west of Greenwich, where its
// midnight in UTC is the evening before.
func TestServeTakesTodayFromNow(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1764158400") // 2025-11-26T12:00:00Z, which --now overrides
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content", "teams"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fokus.toml"), []byte("timezone = \"America/New_York\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "teams", "sales.md"), []byte("+++\ntitle = \"Sales\"\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := startServe(t, dir, "--now", "2027-03-01")
	resp, err := http.Get(srv.url + "index.json")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `"now": "2027-03-01"`) {
		t.Errorf("index.json does not have today from --now 2027-03-01:\n%.300s", body)
	}
	srv.stop(t)
}

func TestServeUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"extra"}, {"--port", "70000"}, {"--source", "/no/such/folder"}, {"--bogus"}, {"--now", "tomorrow"}, {"--clock", "2027-03-01"}} {
		err := serveUntil(context.Background(), args, io.Discard, io.Discard, nil)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("serve %v: %v, want a usage error", args, err)
		}
	}
}

func TestServeRefusesFolderWithoutContent(t *testing.T) {
	err := serveUntil(context.Background(), []string{"--source", t.TempDir(), "--port", "0"}, io.Discard, io.Discard, nil)
	if err == nil || !strings.Contains(err.Error(), "content/") {
		t.Errorf("serve in a folder without content/: %v", err)
	}
}

// A theme broken when serve starts is reported as build reports it, in the
// terminal and over the page, at the template's file and line; serve runs on.
// check fails at the same line.
func TestServeReportsABrokenThemeAsBuildDoes(t *testing.T) {
	for name, template := range map[string]string{
		"parse":   "{{define \"main\"}}\n<h1>Our teams</h1>\n{{if .Site}}\n<p>some</p>\n{{end}}\n",
		"execute": "{{define \"main\"}}\n<h1>Our teams</h1>\n<p>{{index .Site.Teams 7}}</p>\n{{end}}\n",
	} {
		t.Run(name, func(t *testing.T) {
			dir := newSite(t, strings.Replace(site, "language = \"en\"\n", "language = \"en\"\ntheme = \"mine\"\n", 1)+
				"-- themes/mine/templates/teams.html --\n"+template)
			build := fokus(t, dir, nil, "build")
			build.want(t, 1)
			want, _, _ := strings.Cut(build.stderr, "\n")
			where, _, _ := strings.Cut(want, ": error: ")
			if !strings.HasPrefix(where, "themes/mine/templates/teams.html:") {
				t.Fatalf("build reports the broken theme as %q", want)
			}
			// check, the gate of a content repository's CI, fails as build does.
			check := fokus(t, dir, nil, "check")
			check.want(t, 1)
			if lines := strings.Split(check.stderr, "\n"); !slices.Contains(lines, want) {
				t.Errorf("check printed\n%s\nwant the line build prints:\n%s", check.stderr, want)
			}

			srv := startServe(t, dir)
			resp, err := http.Get(srv.url + "teams/")
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if !strings.Contains(string(body), "fokus-overlay") || !strings.Contains(string(body), where) {
				t.Errorf("GET /teams/: %d, want the overlay naming %s\n%s", resp.StatusCode, where, body)
			}
			srv.stop(t)
			if lines := strings.Split(srv.stderr.String(), "\n"); !slices.Contains(lines, want) {
				t.Errorf("serve printed\n%s\nwant the line build prints:\n%s", srv.stderr.String(), want)
			}
			// And the count of the whole run, as build counts it.
			summary := regexp.MustCompile(`(?m)^fokus: \d+ errors?, \d+ warnings?`).FindString(build.stderr)
			if summary == "" || !strings.Contains(srv.stderr.String(), summary+"; the browser shows them") {
				t.Errorf("serve printed\n%s\nwant build's count %q", srv.stderr.String(), summary)
			}
		})
	}
}

// On every interface the preview names the address to share, by the
// machine's name, which the server answers to (generator/serve tests that
// with a listener that only says it listens on every interface: a test
// listens on loopback only).
func TestServeOnEveryInterfaceNamesTheAddressToShare(t *testing.T) {
	name := func() (string, error) { return "build-vm", nil }
	for _, c := range []struct{ bind, local, shared string }{
		{"0.0.0.0", "http://localhost:1313/", "http://build-vm:1313/"},
		{"::", "http://localhost:1313/", "http://build-vm:1313/"},
		{"127.0.0.1", "http://127.0.0.1:1313/", ""},
		{"", "http://localhost:1313/", "http://build-vm:1313/"}, // "" listens on every interface too
	} {
		local, shared := addresses(c.bind, "1313", name)
		if local != c.local || shared != c.shared {
			t.Errorf("--bind %q: %s, %q; want %s, %q", c.bind, local, shared, c.local, c.shared)
		}
		// Open to others, the preview says so: it has no password.
		if note := openNote(shared); (note != "") != (c.shared != "") || note != "" && !strings.Contains(note, "anyone who can reach this machine") {
			t.Errorf("--bind %q: says %q", c.bind, note)
		}
	}
	if _, shared := addresses("0.0.0.0", "1313", func() (string, error) { return "localhost", nil }); shared != "" {
		t.Errorf("a machine called localhost shares %q", shared)
	}
}

// A port taken by another program is said as such, with what to do, and
// ends serve with status 2, as a --bind it cannot listen on: the command
// line names what the machine cannot give (not 1, content errors).
func TestServeOnAPortInUseSaysWhatToDo(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	_, port, _ := net.SplitHostPort(taken.Addr().String())
	res := fokus(t, newSite(t, site), nil, "serve", "--port", port)
	res.want(t, 2)
	want := "fokus: port " + port + " on 127.0.0.1 is in use (another fokus serve?); choose another with --port, or --port 0 for any free one\n"
	if res.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", res.stderr, want)
	}
}

// --bind [::1], an IPv6 address as a URL writes it, listens there and
// prints the URL to open (QA: "missing port in address").
func TestServeTakesAnIPv6AddressInBrackets(t *testing.T) {
	if ln, err := net.Listen("tcp", "[::1]:0"); err != nil {
		t.Skipf("no IPv6 loopback here: %v", err)
	} else {
		ln.Close()
	}
	srv := startServe(t, newSite(t, site), "--bind", "[::1]")
	if !strings.HasPrefix(srv.url, "http://[::1]:") {
		t.Errorf("URL %q: want http://[::1]:port/", srv.url)
	}
	resp, err := http.Get(srv.url + "backlog/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET %sbacklog/: %d", srv.url, resp.StatusCode)
	}
	srv.stop(t)
}

// A port or a URL in --bind, as other servers take it, is told the flags
// to write, not a failed lookup of a host named "127.0.0.1:8080".
func TestServeToldTheFlagsForAPortOrAURLInBind(t *testing.T) {
	dir := newSite(t, site)
	for bind, want := range map[string]string{
		"127.0.0.1:8080":         "fokus: --bind 127.0.0.1:8080: the port goes in --port; write --bind 127.0.0.1 --port 8080\n",
		"[::1]:1313":             "fokus: --bind [::1]:1313: the port goes in --port; write --bind ::1 --port 1313\n",
		":8080":                  "fokus: --bind :8080: the port goes in --port; write --port 8080\n",
		"http://localhost:8080/": "fokus: --bind http://localhost:8080/: --bind takes an address, not a URL; write --bind localhost --port 8080\n",
		"http://0.0.0.0":         "fokus: --bind http://0.0.0.0: --bind takes an address, not a URL; write --bind 0.0.0.0\n",
	} {
		res := fokus(t, dir, nil, "serve", "--bind", bind)
		res.want(t, 2)
		if first, _, _ := strings.Cut(res.stderr, "\n"); first+"\n" != want {
			t.Errorf("--bind %s:\n%s\nwant first line:\n%s", bind, res.stderr, want)
		}
	}
}

// A port the system refuses is told why on the system it happens on: on
// Windows, which keeps no ports below 1024 for itself, a port that Hyper-V
// or WSL keeps, with the command that lists them, not "below 1024" for
// the default 1313.
func TestServeSaysWhyTheSystemRefusesAPort(t *testing.T) {
	for _, c := range []struct {
		goos      string
		port      int
		want, not string
	}{
		{"windows", 1313, "netsh interface ipv4 show excludedportrange protocol=tcp", "below 1024"},
		{"windows", 80, "Hyper-V, WSL or Docker keeps it", "below 1024"},
		{"linux", 80, "only the system may listen on a port below 1024", "Windows"},
		{"linux", 8080, "the system does not let fokus listen on it; choose another, or --port 0", "below 1024"},
		{"darwin", 443, "below 1024; choose another, such as the default 1313", "Windows"},
	} {
		msg := portRefused(c.goos, c.port)
		if !strings.Contains(msg, c.want) || strings.Contains(msg, c.not) || !strings.HasPrefix(msg, "--port "+strconv.Itoa(c.port)+": ") {
			t.Errorf("%s, --port %d: %q", c.goos, c.port, msg)
		}
	}
}
