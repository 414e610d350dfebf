package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/fsnotify/fsnotify"

	"fokus/generator"
	"fokus/generator/diag"
	"fokus/generator/internal/corpus"
	"fokus/generator/internal/testfs"
	"fokus/generator/internal/testsite"
)

// site is a small valid site; tests copy it into a temporary folder.
const site = `
-- fokus.toml --
title = "Preview"
language = "en"
period = "2026-Q4"
-- content/teams/sales.md --
+++
title = "Sales"
capacity = 50
+++
Sells.
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
current = 4
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
The CRM is a mess.
-- content/ideas/webinar.md --
+++
title = "Webinar series"
submitted = 2026-11-02

[score]
value = 3
time_criticality = 3
risk_reduction = 3
job_size = 3
+++
Talk to customers.
`

// idea returns an idea file with the given title.
func idea(title string) string {
	return fmt.Sprintf("+++\ntitle = %q\nsubmitted = 2026-11-03\n\n[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 1\n+++\nBody of %s.\n", title, title)
}

// syncBuffer is a log that the server writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type preview struct {
	t    testing.TB
	dir  string
	srv  *Server
	addr string // host:port
	log  *syncBuffer
}

// start serves a copy of archive from a temporary folder on a free loopback port.
func start(t testing.TB, archive string) *preview {
	t.Helper()
	dir := t.TempDir()
	if err := testsite.Write(dir, archive); err != nil {
		t.Fatal(err)
	}
	return startDir(t, dir)
}

func startDir(t testing.TB, dir string) *preview {
	t.Helper()
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	return startDirAt(t, dir, func() time.Time { return now })
}

// startPatient is start with errors in files just saved waiting a second
// for more of them, not 150 ms. The tests that save a file in pieces 60 ms
// apart failed now and then on a machine too busy to keep to 150 ms; with
// the longer wait they still fail without it.
func startPatient(t testing.TB, archive string) *preview {
	t.Helper()
	dir := t.TempDir()
	if err := testsite.Write(dir, archive); err != nil {
		t.Fatal(err)
	}
	return startPatientDir(t, dir)
}

// startPatientDir is startPatient for a site already written to dir.
func startPatientDir(t testing.TB, dir string) *preview {
	t.Helper()
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	return startWith(t, Options{Source: dir, Now: func() time.Time { return now }, errorGrace: time.Second}, nil)
}

// startDirAt is startDir with the server's clock.
func startDirAt(t testing.TB, dir string, now func() time.Time) *preview {
	t.Helper()
	return startWith(t, Options{Source: dir, Now: now}, nil)
}

// startWith serves opts.Source with opts, its log in the test's buffer, on
// ln or else on a free loopback port.
func startWith(t testing.TB, opts Options, ln net.Listener) *preview {
	t.Helper()
	log := &syncBuffer{}
	opts.Log = log
	srv, err := New(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if ln == nil {
		if ln, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
		if t.Failed() {
			t.Logf("server log:\n%s", log.String())
		}
	})
	return &preview{t: t, dir: opts.Source, srv: srv, addr: ln.Addr().String(), log: log}
}

func (p *preview) write(name, data string) {
	p.t.Helper()
	full := filepath.Join(p.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(data), 0o644); err != nil {
		p.t.Fatal(err)
	}
}

// get fetches a path and returns the status and body.
func (p *preview) get(path string) (int, string) {
	p.t.Helper()
	resp, err := http.Get("http://" + p.addr + path)
	if err != nil {
		p.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// patience is how long a test waits for what must come: a last guard
// against a preview that hangs, never a pace. On a machine loaded 25 deep,
// a rebuild of the small test site with -race took 8 s, and one of 400 new
// ideas more than 5 s: the 5 and 10 s guards before failed tests there
// whose preview was only slow.
const patience = time.Minute

// eventually polls cond until it holds, for up to patience.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting: %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// pageHas waits until the page at path answers 200 with want in its body.
func (p *preview) pageHas(path, want string) {
	p.t.Helper()
	eventually(p.t, path+" shows "+want, func() bool {
		code, body := p.get(path)
		return code == 200 && strings.Contains(body, want)
	})
}

func (p *preview) builds() (int, [][]string) {
	p.srv.mu.Lock()
	defer p.srv.mu.Unlock()
	return p.srv.builds, append([][]string(nil), p.srv.seen...)
}

func TestServesBuiltSiteWithReloadScript(t *testing.T) {
	p := start(t, site)
	code, body := p.get("/ideas/crm/")
	if code != 200 || !strings.Contains(body, "Clean the CRM") {
		t.Fatalf("GET /ideas/crm/: %d\n%s", code, body)
	}
	// Relative, so that a proxy may serve the preview from a sub-path (QA).
	if !strings.Contains(body, `src="../../__fokus/live.js"`) || !strings.Contains(body, `data-path="ideas/crm/index.html"`) {
		t.Errorf("served page has no live-reload script")
	}
	// The built output itself stays clean: only serving adds the script.
	for path, pg := range p.srv.current().pages {
		if bytes.Contains(pg.data, []byte("__fokus")) {
			t.Errorf("built %s contains the live-reload script", path)
		}
	}
	if code, _ := p.get("/__fokus/live.js"); code != 200 {
		t.Errorf("live.js: %d", code)
	}
	if code, _ := p.get("/backlog"); code != 200 { // redirected to /backlog/
		t.Errorf("GET /backlog: %d", code)
	}
	if code, body := p.get("/no/such/page/"); code != 404 || !strings.Contains(body, "live.js") {
		t.Errorf("missing page: %d, want 404 that reloads once the page exists", code)
	}
	// Without its slash too, watching the page it would be (QA: plain text).
	if code, body := p.get("/ideas/nope"); code != 404 || !strings.Contains(body, `data-path="ideas/nope/index.html"`) {
		t.Errorf("missing page without its slash: %d\n%s", code, body)
	}
	// Slashes in a row, as a hand writes a link: the page (QA: 400).
	for _, target := range []string{"//ideas/crm/", "/ideas//crm/", "/ideas/crm//", "//evil.example/"} {
		code, body := p.get(target)
		want := 200
		if target == "//evil.example/" {
			want = 404 // /evil.example/ of this site, never another host
		}
		if code != want || want == 200 && !strings.Contains(body, "Clean the CRM") {
			t.Errorf("GET %s: %d, want %d", target, code, want)
		}
	}
	if code, body := p.get("/ideas/release-2.0"); code != 404 || !strings.Contains(body, `data-path="ideas/release-2.0/index.html"`) {
		t.Errorf("missing page with a dot in its slug, without its slash: %d\n%s", code, body)
	}
	if code, body := p.get("/assets/nope.css"); code != 404 || strings.Contains(body, "live.js") {
		t.Errorf("missing stylesheet: %d, want a plain 404\n%s", code, body)
	}
}

func TestAtomicSaveShowsUp(t *testing.T) {
	p := start(t, site)
	// What VS Code, JetBrains and vim with backupcopy=no do: write a
	// temporary file, then rename it over the original.
	tmp := filepath.Join(p.dir, "content/ideas/crm.md.tmp.4711")
	if err := os.WriteFile(tmp, []byte(idea("Clean the CRM, atomically")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(p.dir, "content/ideas/crm.md")); err != nil {
		t.Fatal(err)
	}
	p.pageHas("/ideas/crm/", "Clean the CRM, atomically")
	// And a second save to the same file still arrives: the watch survived the rename.
	p.write("content/ideas/crm.md", idea("Clean the CRM, again"))
	p.pageHas("/ideas/crm/", "Clean the CRM, again")
}

func TestFileInNewNestedFolderShowsUp(t *testing.T) {
	p := start(t, site)
	// mkdir -p and a file written at once: the watch on c cannot exist
	// before the file does.
	p.write("content/ideas/2027/q1/deep/nested.md", idea("Deeply nested"))
	p.pageHas("/ideas/nested/", "Deeply nested")
	// The new folders are watched from then on.
	p.write("content/ideas/2027/q1/deep/nested.md", idea("Deeply nested, edited"))
	p.pageHas("/ideas/nested/", "Deeply nested, edited")
	p.write("content/ideas/2027/q1/deep/second.md", idea("Second in there"))
	p.pageHas("/ideas/second/", "Second in there")
}

func TestDeleteAndFolderRename(t *testing.T) {
	p := start(t, site)
	p.write("content/ideas/old/moved.md", idea("Moving idea"))
	p.pageHas("/ideas/moved/", "Moving idea")
	if err := os.Rename(filepath.Join(p.dir, "content/ideas/old"), filepath.Join(p.dir, "content/ideas/new")); err != nil {
		t.Fatal(err)
	}
	p.write("content/ideas/new/moved.md", idea("Moved idea"))
	p.pageHas("/ideas/moved/", "Moved idea")
	if err := os.Remove(filepath.Join(p.dir, "content/ideas/webinar.md")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "deleted idea's page is gone", func() bool {
		code, _ := p.get("/ideas/webinar/")
		return code == 404
	})
}

func TestEditorDroppingsCauseNoRebuild(t *testing.T) {
	p := start(t, site)
	droppings := []string{"4913", ".crm.md.swp", ".crm.md.swx", "crm.md~", "crm.md___jb_tmp___", "crm.md___jb_old___", ".#crm.md", "#crm.md#"}
	for _, name := range droppings {
		p.write("content/ideas/"+name, "not content")
	}
	// A real save after them; once it shows, every dropping's event has
	// been seen (events arrive in order), so their absence is meaningful.
	p.write("content/ideas/crm.md", idea("Sentinel"))
	p.pageHas("/ideas/crm/", "Sentinel")
	n, seen := p.builds()
	if n != 1 {
		t.Errorf("%d rebuilds, want 1: %v", n, seen)
	}
	for _, batch := range seen {
		for _, path := range batch {
			for _, d := range droppings {
				if strings.HasSuffix(path, "/"+d) {
					t.Errorf("dropping %s reached a rebuild", path)
				}
			}
		}
	}
}

func TestBrokenFileShowsOverlayAndFixHeals(t *testing.T) {
	p := start(t, site)
	broken := "+++\ntitle = \"Clean the CRM\"\nsubmitted = 2026-11-01\n\n[score]\nvalue = 5\ntime_criticality = 3\nrisk_reduction = 2\njob_size = 0\n+++\n"
	p.write("content/ideas/crm.md", broken)
	eventually(t, "overlay with the diagnostic", func() bool {
		code, body := p.get("/")
		return code == 200 && strings.Contains(body, "fokus-overlay") && strings.Contains(body, "content/ideas/crm.md:9:")
	})
	_, body := p.get("/backlog/")
	if !strings.Contains(body, "fokus-overlay") || !strings.Contains(body, "job_size = 0") {
		t.Errorf("every page shows the overlay with the source line; /backlog/ does not:\n%s", body)
	}
	if !strings.Contains(body, "Clean the CRM") {
		t.Errorf("the overlay covers the last good version; it is not there")
	}
	p.write("content/ideas/crm.md", idea("Clean the CRM, fixed"))
	p.pageHas("/ideas/crm/", "Clean the CRM, fixed")
	if _, body := p.get("/"); strings.Contains(body, "fokus-overlay") {
		t.Errorf("overlay still shown after the fix")
	}
}

func TestFirstBuildFailingServesErrorPage(t *testing.T) {
	p := start(t, site+"-- content/ideas/bad.md --\n+++\ntitle = \"Bad\"\nsubmitted = \"not a date\"\n+++\n")
	code, body := p.get("/")
	if code != http.StatusInternalServerError || !strings.Contains(body, "fokus-overlay") || !strings.Contains(body, "content/ideas/bad.md:3:13") {
		t.Fatalf("GET / with a broken first build: %d\n%s", code, body)
	}
	// Another broken save: there is still no good version under the
	// errors, and the terminal does not say there is (second review).
	p.write("content/ideas/bad.md", "+++\ntitle = \"Bad\"\nsubmitted = \"still not a date\"\n+++\n")
	eventually(t, "the second failure's line", func() bool { return strings.Contains(p.log.String(), "until they are fixed") })
	if log := p.log.String(); strings.Contains(log, "last good version") {
		t.Errorf("the terminal speaks of a last good version that there is not:\n%s", log)
	}
	p.write("content/ideas/bad.md", idea("Bad no more"))
	p.pageHas("/ideas/bad/", "Bad no more")
}

// The preview's own pages and its overlay speak the site's language: German
// for a site that sets none, English for one that says "en", and the other
// once fokus.toml changes. The path asked for is escaped, and the script
// that shows the overlay later has its heading from the page.
func TestThePreviewsOwnPagesAreInTheSitesLanguage(t *testing.T) {
	german := strings.Replace(site, "language = \"en\"\n", "", 1)
	p := start(t, german)
	code, body := p.get("/nope/")
	if code != http.StatusNotFound || !strings.Contains(body, "<p>Diese Seite gibt es (noch) nicht: /nope/</p>") || !strings.Contains(body, `<html lang="de">`) {
		t.Errorf("GET /nope/ on a German site: %d\n%s", code, body)
	}
	if code, body := p.raw("GET", "/%3Cb%3Ebold%3C/b%3E/", p.addr); code != http.StatusNotFound ||
		!strings.Contains(body, "nicht: /&lt;b&gt;bold&lt;/b&gt;/</p>") || strings.Contains(body, "<b>") {
		t.Errorf("GET of a path with markup: %d, want it escaped\n%s", code, body)
	}
	if code, body := p.get("/nope.css"); code != http.StatusNotFound || !strings.Contains(body, "Diese Seite gibt es (noch) nicht: /nope.css") {
		t.Errorf("GET /nope.css on a German site: %d\n%s", code, body)
	}
	p.write("content/ideas/crm.md", "+++\ntitle = \"X\"\nsubmitted = \"not a date\"\n+++\n")
	eventually(t, "the overlay in German", func() bool {
		_, body := p.get("/")
		return strings.Contains(body, ">fokus: Die Website hat Fehler; angezeigt wird die letzte gute Version</h2>")
	})
	_, body = p.get("/")
	if !strings.Contains(body, `data-heading="fokus: Die Website hat Fehler" data-last-good="; angezeigt wird die letzte gute Version"`) {
		t.Errorf("the script is not given the German heading:\n%s", body)
	}
	if !strings.Contains(body, "content/ideas/crm.md:3:") {
		t.Errorf("the diagnostic is not in the overlay as it is:\n%s", body)
	}
	// The script shows the heading it is given, not words of its own.
	if js := string(liveJS); strings.Contains(js, "the site has errors") || !strings.Contains(js, `getAttribute("data-heading")`) {
		t.Errorf("live.js does not take its heading from the page")
	}

	// The overlay is over the last good version, and in its language: a
	// switch to English with errors left keeps the German page and heading.
	p.write("fokus.toml", "title = \"Preview\"\nlanguage = \"en\"\nperiod = \"2026-Q4\"\n")
	p.rebuiltWith("fokus.toml")
	if _, body := p.get("/"); !strings.Contains(body, ">fokus: Die Website hat Fehler; angezeigt wird die letzte gute Version</h2>") {
		t.Errorf("with errors left, the overlay is not the German version's:\n%s", body)
	}
	p.write("content/ideas/crm.md", idea("Clean the CRM"))
	eventually(t, "the page that is not there in English", func() bool {
		code, body := p.get("/nope/")
		return code == http.StatusNotFound && strings.Contains(body, "<p>There is no page /nope/ (yet).</p>") && strings.Contains(body, `<html lang="en">`)
	})
	// A language fokus does not have is an error; the English version stays,
	// and so does its heading (QA: it turned German).
	p.write("fokus.toml", "title = \"Preview\"\nlanguage = \"fr\"\nperiod = \"2026-Q4\"\n")
	eventually(t, "the overlay in English", func() bool {
		_, body := p.get("/")
		return strings.Contains(body, ">fokus: the site has errors; this is the last good version</h2>") &&
			strings.Contains(body, `data-heading="fokus: the site has errors"`) && strings.Contains(body, "fokus.toml:2:12")
	})

	// No good build yet.
	q := start(t, german+"-- content/ideas/bad.md --\n+++\ntitle = \"Bad\"\nsubmitted = \"not a date\"\n+++\n")
	code, body = q.get("/")
	if code != http.StatusInternalServerError || !strings.Contains(body, "<p>Die Website ist noch nicht gebaut.</p>") ||
		!strings.Contains(body, ">fokus: Die Website hat Fehler</h2>") {
		t.Errorf("GET / on a German site that never built: %d\n%s", code, body)
	}
}

// A page that is not there, as a bookmark of an idea since renamed or a
// tab left on a deleted file shows it, links to the site's start page, in
// the site's language, from every depth and with or without its slash.
func TestAPageThatIsNotThereLinksToTheStartPage(t *testing.T) {
	p := start(t, site)
	home := regexp.MustCompile(`<a href="([^"]*)">To the dashboard</a>`)
	for _, path := range []string{"/nope/", "/nope", "/ideas/gone/", "/ideas/gone", "/ideas/gone/index.html", "/objectives/sales/old/", "/%C3%BCbersicht/"} {
		code, body := p.get(path)
		m := home.FindStringSubmatch(body)
		if code != http.StatusNotFound || m == nil {
			t.Errorf("GET %s: %d, no link to the start page\n%s", path, code, body)
			continue
		}
		u, err := url.Parse("http://" + p.addr + path)
		if err != nil {
			t.Fatal(err)
		}
		link, err := u.Parse(m[1])
		if err != nil {
			t.Fatal(err)
		}
		if link.Path != "/index.html" {
			t.Errorf("GET %s: the link %q leads to %s, not the start page", path, m[1], link.Path)
		}
		if code, body := p.get(link.Path); code != 200 || !strings.Contains(body, "<title>") {
			t.Errorf("the start page the link of %s leads to: %d", path, code)
		}
	}
	german := start(t, strings.Replace(site, "language = \"en\"\n", "", 1))
	if _, body := german.get("/ideas/gone/"); !strings.Contains(body, `<a href="../../index.html">Zur Übersicht</a>`) {
		t.Errorf("a German site's page that is not there does not link to its Übersicht:\n%s", body)
	}
}

// The event stream asks a proxy in front of the preview to pass each event
// on at once: nginx, as its proxy_pass is set up by default, buffers a
// response unless told X-Accel-Buffering: no, and behind it no tab ever
// reloaded (QA, nginx 1.22); a proxy that compresses must not transform
// it either.
func TestTheEventStreamAsksAProxyNotToBufferIt(t *testing.T) {
	resp := openEvents(t, start(t, site))
	if got := resp.Header.Get("X-Accel-Buffering"); got != "no" {
		t.Errorf("X-Accel-Buffering %q, want no", got)
	}
	if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "no-transform") || !strings.Contains(cc, "no-store") {
		t.Errorf("Cache-Control %q, want no-store and no-transform", cc)
	}
}

// openEvents opens the event stream for the start page, as a tab's worker
// does, for at most patience; it is closed when the test ends.
func openEvents(t *testing.T, p *preview) *http.Response {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+p.addr+"/__fokus/events?path=index.html", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// HEAD of the event stream (curl -I) is answered with its headers, not
// kept waiting for a stream that never ends.
func TestHeadOfTheEventStreamEnds(t *testing.T) {
	p := start(t, site)
	conn, err := net.Dial("tcp", p.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// As curl -I asks: the answer is complete when the server closes.
	fmt.Fprintf(conn, "HEAD /__fokus/events?path=index.html HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", p.addr)
	conn.SetReadDeadline(time.Now().Add(patience))
	answer, err := io.ReadAll(conn)
	if err != nil {
		t.Fatalf("HEAD of the event stream did not end: %v; read %q", err, answer)
	}
	if !strings.HasPrefix(string(answer), "HTTP/1.1 200") || !strings.Contains(string(answer), "text/event-stream") {
		t.Errorf("HEAD of the event stream answered %q", answer)
	}
}

// A quiet event stream sends a comment now and then, so that a proxy in
// front of the preview does not take it for a dead one: nginx ends a
// response quiet for 60 s, with an error in its log, and the tabs behind it
// reconnected every minute.
func TestAQuietEventStreamSaysItIsAlive(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, site); err != nil {
		t.Fatal(err)
	}
	resp := openEvents(t, startWith(t, Options{Source: dir, keepAlive: 20 * time.Millisecond}, nil))
	sc := bufio.NewScanner(resp.Body)
	events, comments := 0, 0
	for comments < 2 && sc.Scan() {
		switch line := sc.Text(); {
		case strings.HasPrefix(line, "event: "):
			events++
		case strings.HasPrefix(line, ":"):
			comments++
		}
	}
	if comments < 2 {
		t.Fatalf("the quiet stream said nothing after its first event: %v", sc.Err())
	}
	if events != 1 {
		t.Errorf("%d events, want the page's one: a comment is not an event", events)
	}
}

// A page and what it loads have their types whatever the system's tables
// say: on Windows they are the registry, where some programs write
// text/plain for .css and .js, or application/xml for .css, and a browser
// then refused the preview's stylesheet, its scripts and its live reload
// (nosniff). The test writes into Go's table what such a registry says.
func TestPagesAndWhatTheyLoadHaveTheirTypesWhateverTheSystemSays(t *testing.T) {
	p := start(t, site)
	for ext, registry := range map[string]string{".css": "application/xml", ".js": "text/plain", ".html": "text/plain", ".svg": "text/xml", ".json": "text/plain"} {
		was := mime.TypeByExtension(ext)
		if err := mime.AddExtensionType(ext, registry); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { mime.AddExtensionType(ext, was) })
	}
	_, home := p.get("/")
	links := regexp.MustCompile(`(?:href|src)="(assets/[^"?]+\.(?:css|js|svg))`).FindAllStringSubmatch(home, -1)
	want := map[string]string{
		"/":                  "text/html; charset=utf-8",
		"/ideas/crm/":        "text/html; charset=utf-8",
		"/index.json":        "application/json",
		"/__fokus/live.js":   "text/javascript; charset=utf-8",
		"/__fokus/worker.js": "text/javascript; charset=utf-8",
	}
	for _, l := range links {
		want["/"+l[1]] = map[string]string{".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}[path.Ext(l[1])]
	}
	if len(want) < 8 {
		t.Fatalf("the start page loads too few assets to test: %v", links)
	}
	for u, ct := range want {
		resp, err := http.Get("http://" + p.addr + u)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || got != ct {
			t.Errorf("GET %s: %d, %s; want %s", u, resp.StatusCode, got, ct)
		}
	}
}

// events reads the event stream of one page.
func (p *preview) events(path string) <-chan message {
	p.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	p.t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+p.addr+"/__fokus/events?path="+path, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		p.t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		p.t.Fatalf("event stream Content-Type %q", ct)
	}
	ch := make(chan message, 100)
	go func() {
		defer resp.Body.Close()
		defer close(ch)
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var m message
				if json.Unmarshal([]byte(data), &m) == nil {
					ch <- m
				}
			}
		}
	}()
	return ch
}

func next(t testing.TB, ch <-chan message) message {
	t.Helper()
	select {
	case m, ok := <-ch:
		if !ok {
			t.Fatal("event stream ended")
		}
		return m
	case <-time.After(patience):
		t.Fatalf("no event within %v", patience)
	}
	return message{}
}

func TestReloadEventArrivesAfterNewBytesAreServed(t *testing.T) {
	p := start(t, site)
	ch := p.events("ideas/crm/index.html")
	first := next(t, ch)
	if first.Version == "" {
		t.Fatal("first event has no version for an existing page")
	}
	p.write("content/ideas/crm.md", idea("Clean the CRM, reloaded"))
	for {
		m := next(t, ch)
		if m.Version == first.Version {
			continue // the overlay changed, not the page
		}
		// Told to reload: the page must already be the new one, at that version.
		_, body := p.get("/ideas/crm/")
		if !strings.Contains(body, "Clean the CRM, reloaded") || !strings.Contains(body, `data-version="`+m.Version+`"`) {
			t.Fatalf("reload event for version %s, but the page served is not it:\n%s", m.Version, body)
		}
		break
	}
	// A page that did not change gets no reload for it: the teams page
	// stream stays at its version across an edit of the objective text.
	teams := p.events("teams/index.html")
	v := next(t, teams).Version
	p.write("content/ideas/webinar.md", idea("Webinar series, renamed"))
	p.pageHas("/ideas/webinar/", "Webinar series, renamed")
	select {
	case m := <-teams:
		if m.Version != v {
			// Allowed only if the bytes really changed.
			_, body := p.get("/teams/")
			if !strings.Contains(body, m.Version) {
				t.Errorf("teams page told to reload to %s, but serves another version", m.Version)
			}
		}
	default:
	}
}

func TestOverlayArrivesOverEventStream(t *testing.T) {
	p := start(t, site)
	ch := p.events("index.html")
	first := next(t, ch)
	p.write("content/ideas/crm.md", "+++\ntitle = \"X\"\nsubmitted = 2026-11-01\nstatus = \"accepted\"\n+++\n")
	m := next(t, ch)
	var probs []problem
	if err := json.Unmarshal(m.Problems, &probs); err != nil || len(probs) == 0 {
		t.Fatalf("no problems in event: %s", m.Problems)
	}
	if m.Version != first.Version {
		t.Errorf("a broken build changed the page version; the last good version should stay")
	}
	if !strings.HasPrefix(probs[0].Where, "content/ideas/crm.md:") || probs[0].Source == "" {
		t.Errorf("problem %+v: want path:line:col and the source line", probs[0])
	}
}

// openPages opens an event stream for each of pages, as a tab of each
// does, and returns them with the version each was opened at.
func (p *preview) openPages(pages []string) (streams map[string]<-chan message, versions map[string]string) {
	p.t.Helper()
	streams, versions = map[string]<-chan message{}, map[string]string{}
	for _, pg := range pages {
		streams[pg] = p.events(pg)
		versions[pg] = next(p.t, streams[pg]).Version
	}
	return streams, versions
}

// untilProblems returns the events on ch before the next one with
// problems: what a stream said between two saves, the second of them a
// broken one that every open page hears of (the stream sends in order).
func untilProblems(t testing.TB, ch <-chan message) []message {
	t.Helper()
	var got []message
	for {
		m := next(t, ch)
		if string(m.Problems) != "[]" && string(m.Problems) != "null" {
			return got
		}
		got = append(got, m)
	}
}

// Fixing an error tells each open page once: a page that the fix changed
// reloads, and the reload is what takes the overlay off it; one that it did
// not change only loses the overlay. The dashboard was first told to take
// the overlay off its last good version, when the fixed idea's own page was
// published ahead, then to reload (QA: a tab flickered, and lost its place).
func TestFixingAnErrorTellsEachPageOnce(t *testing.T) {
	p := start(t, site)
	pages := []string{"ideas/crm/index.html", "index.html", "backlog/index.html", "ideas/webinar/index.html", "teams/sales/index.html"}
	streams, before := p.openPages(pages)
	broken := "+++\ntitle = \"Clean the CRM\nsubmitted = 2026-11-01\n+++\n" // a string not closed
	p.write("content/ideas/crm.md", broken)
	for _, pg := range pages {
		if got := untilProblems(t, streams[pg]); len(got) > 0 {
			t.Fatalf("%s: events before the error's: %v", pg, got)
		}
	}
	// A fix that changes the idea's title, so its page, the dashboard and
	// the backlog, not the other idea's page.
	p.write("content/ideas/crm.md", strings.Replace(testsite.Files(site)["content/ideas/crm.md"], "Clean the CRM", "Clean the CRM now", 1))
	p.pageHas("/backlog/", "Clean the CRM now")
	eventually(t, "the whole site rebuilt", func() bool {
		return p.srv.idle() && p.srv.current().whole && len(p.srv.current().problems) == 0
	})
	after := map[string]string{}
	for _, pg := range pages {
		after[pg] = p.srv.current().version(pg)
	}
	if after["ideas/crm/index.html"] == before["ideas/crm/index.html"] || after["ideas/webinar/index.html"] != before["ideas/webinar/index.html"] {
		t.Fatalf("the fix should change the idea's page and not the other idea's: %v, then %v", before, after)
	}
	p.write("content/ideas/crm.md", broken) // the end of what the fix sent
	for _, pg := range pages {
		got := untilProblems(t, streams[pg])
		if len(got) != 1 || got[0].Version != after[pg] {
			t.Errorf("%s: events for one fix %+v, want one at version %s (before %s)", pg, got, after[pg], before[pg])
		}
	}
}

// A save that changes nothing, as an editor's save of an unchanged file or a
// touch, reloads no page; an editor's save of an edit, however the editor
// writes the file, reloads each page it changed once.
func TestASaveReloadsWhatItChangedOnce(t *testing.T) {
	crm := testsite.Files(site)["content/ideas/crm.md"]
	edited := strings.Replace(crm, "Clean the CRM", "Clean the CRM now", 1)
	file := "content/ideas/crm.md"
	for _, tc := range []struct {
		name string
		data string // what the file holds after the save
		save func(p *preview)
	}{
		{"touched", crm, func(p *preview) {
			now := time.Now()
			if err := os.Chtimes(filepath.Join(p.dir, file), now, now); err != nil {
				t.Fatal(err)
			}
		}},
		{"saved unchanged", crm, func(p *preview) { p.write(file, crm) }},
		{"saved unchanged through a temporary file", crm, func(p *preview) { replaceThroughTemp(p, file, crm) }},
		{"saved through a temporary file", edited, func(p *preview) { replaceThroughTemp(p, file, edited) }},
		// Vim with backupcopy=no, Emacs: the file renamed away, written
		// anew, the copy removed.
		{"renamed away and written anew", edited, func(p *preview) {
			full := filepath.Join(p.dir, file)
			p.rename(file, file+"~")
			p.write(file, edited)
			if err := os.Remove(full + "~"); err != nil {
				t.Fatal(err)
			}
		}},
		// JetBrains' safe write.
		{"written beside, renamed away and over", edited, func(p *preview) {
			p.write(file+"___jb_tmp___", edited)
			p.rename(file, file+"___jb_old___")
			p.rename(file+"___jb_tmp___", file)
			if err := os.Remove(filepath.Join(p.dir, file+"___jb_old___")); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := start(t, site)
			pages := []string{"ideas/crm/index.html", "index.html", "ideas/webinar/index.html"}
			streams, before := p.openPages(pages)
			read := p.seenCount()
			tc.save(p)
			// Done once a batch that read the file has been rebuilt, and
			// nothing is left to do.
			eventually(t, "the save read, and no rebuild running", func() bool {
				p.srv.mu.Lock()
				seen := slices.Concat(p.srv.seen[read:]...)
				p.srv.mu.Unlock()
				return slices.Contains(seen, file) && p.srv.idle()
			})
			if tc.data == edited {
				p.pageHas("/ideas/crm/", "Clean the CRM now")
			}
			after := map[string]string{}
			for _, pg := range pages {
				after[pg] = p.srv.current().version(pg)
			}
			p.write("content/ideas/webinar.md", "+++\ntitle = \"Webinar\n+++\n") // the end of what the save sent
			for _, pg := range pages {
				got := untilProblems(t, streams[pg])
				switch {
				case after[pg] == before[pg] && len(got) > 0:
					t.Errorf("%s, which the save did not change: %+v, want no event", pg, got)
				case after[pg] != before[pg] && (len(got) != 1 || got[0].Version != after[pg]):
					t.Errorf("%s: %+v, want one reload to %s (from %s)", pg, got, after[pg], before[pg])
				}
			}
			if changed := after["ideas/crm/index.html"] != before["ideas/crm/index.html"]; changed != (tc.data != crm) {
				t.Errorf("the idea's page changed: %v, want %v", changed, tc.data != crm)
			}
		})
	}
}

// replaceThroughTemp saves name as most editors save atomically: the data
// written to a temporary file beside it, which is then renamed over it.
func replaceThroughTemp(p *preview, name, data string) {
	p.t.Helper()
	tmp := name + ".tmp.4711"
	p.write(tmp, data)
	p.rename(tmp, name)
}

// raw sends a request line as given, so no client cleans the path first.
func (p *preview) raw(method, target, host string) (int, string) {
	p.t.Helper()
	conn, err := net.Dial("tcp", p.addr)
	if err != nil {
		p.t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "%s %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", method, target, host)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		p.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestRefusesTraversalForeignHostAndWrites(t *testing.T) {
	p := start(t, site)
	_, port, _ := net.SplitHostPort(p.addr)
	for _, target := range []string{
		"/../fokus.toml", "/../../etc/passwd", "/%2e%2e/fokus.toml", "/%2E%2E/%2E%2E/etc/passwd",
		"/ideas/..%2f..%2ffokus.toml", "/ideas%2fcrm/index.html", "/ideas/%5c..%5cfokus.toml",
		"/./index.html", "/fokus.toml", "/content/ideas/crm.md", "/content/", "/themes/",
	} {
		code, body := p.raw("GET", target, p.addr)
		if code == 200 || strings.Contains(body, "Preview\"") || strings.Contains(body, "+++") {
			t.Errorf("GET %s: %d, want it refused\n%s", target, code, body)
		}
	}
	for _, host := range []string{"evil.example:" + port, "evil.example", "127.0.0.1.nip.io:" + port, "localhost.evil.example:" + port, "127.0.0.2:" + port} {
		if code, _ := p.raw("GET", "/", host); code != http.StatusForbidden {
			t.Errorf("Host %s: %d, want 403", host, code)
		}
	}
	// The refusal says what the preview answers to (QA: it named "this
	// machine's addresses", which only --bind 0.0.0.0 makes true).
	if _, body := p.raw("GET", "/", "evil.example"); !strings.Contains(body, "the preview answers only to localhost and the address it listens on (--bind)") {
		t.Errorf("the refusal says: %s", body)
	}
	// The port may differ: a forwarded port (ssh -L 8080:localhost:1313,
	// docker -p 8080:1313) brings the Host of the other end.
	for _, host := range []string{p.addr, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port, "localhost:8080", "127.0.0.1:1", "localhost"} {
		if code, _ := p.raw("GET", "/", host); code != 200 {
			t.Errorf("Host %s: %d, want 200", host, code)
		}
	}
	for _, method := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS"} {
		if code, _ := p.raw(method, "/", p.addr); code != http.StatusMethodNotAllowed {
			t.Errorf("%s /: %d, want 405", method, code)
		}
	}
	if code, body := p.raw("HEAD", "/", p.addr); code != 200 || body != "" {
		t.Errorf("HEAD /: %d with %d bytes of body", code, len(body))
	}
}

// everyInterface is a loopback listener that says it listens on every
// interface, as `fokus serve --bind 0.0.0.0` does: the server decides by
// the address its listener has, and the test is not open to the network.
type everyInterface struct{ net.Listener }

func (l everyInterface) Addr() net.Addr {
	_, port, _ := net.SplitHostPort(l.Listener.Addr().String())
	n, _ := strconv.Atoi(port)
	return &net.TCPAddr{IP: net.IPv4zero, Port: n}
}

// Served on every interface, the preview answers to the machine's name, in
// any case and with any port, as a colleague's browser asks for it; other
// names are still refused, and each refused name is said once in the
// terminal with the flag that would accept it. The name in .local, as
// Bonjour and Avahi answer for it, is the machine's too. On loopback only,
// the machine's name is refused as before.
func TestEveryInterfaceAnswersToTheMachinesName(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, site); err != nil {
		t.Fatal(err)
	}
	hostname := func() (string, error) { return "Build-VM", nil }
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := startWith(t, Options{Source: dir, hostname: hostname}, everyInterface{ln})
	for _, host := range []string{"build-vm:1313", "BUILD-VM:8080", "Build-VM", "10.1.2.3:1313", "localhost:1313", "build-vm.local:1313", "Build-VM.local"} {
		if code, _ := p.raw("GET", "/", host); code != 200 {
			t.Errorf("on every interface, Host %s: %d, want 200", host, code)
		}
	}
	for _, host := range []string{"evil.example:1313", "build-vm.evil.example:1313", "EVIL.example:1", "evil.example", "other-vm:1313", "other-vm.local", "local"} {
		if code, body := p.raw("GET", "/", host); code != http.StatusForbidden {
			t.Errorf("on every interface, Host %s: %d, want 403\n%s", host, code, body)
		}
	}
	log := p.log.String()
	// A name with a domain is how another site asks: refused once each,
	// with no advice to let it in; a short name may be this machine's.
	for name, want := range map[string]int{"evil.example": 0, "build-vm.evil.example": 0, "other-vm": 1, "build-vm": 0, "10.1.2.3": 0} {
		if got := strings.Count(log, "serve with --bind "+name+"\n"); got != want {
			t.Errorf("the log names --bind %s %d times, want %d:\n%s", name, got, want, log)
		}
	}
	if got := strings.Count(log, `fokus: refused a request for Host "evil.example`); got != 1 {
		t.Errorf("the log says %d times that evil.example was refused, want once:\n%s", got, log)
	}

	// A Mac's name is in .local already; Windows colleagues ask for it
	// without.
	ln, err = net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mac := startWith(t, Options{Source: dir, hostname: func() (string, error) { return "Annas-MBP.local", nil }}, everyInterface{ln})
	for _, host := range []string{"annas-mbp.local:1313", "Annas-MBP:1313"} {
		if code, _ := mac.raw("GET", "/", host); code != 200 {
			t.Errorf("on every interface of a Mac, Host %s: %d, want 200", host, code)
		}
	}
	if code, _ := mac.raw("GET", "/", "annas-mbp.evil.example"); code != http.StatusForbidden {
		t.Errorf("on every interface of a Mac, Host annas-mbp.evil.example: %d, want 403", code)
	}

	loopback := startWith(t, Options{Source: dir, hostname: hostname}, nil)
	if code, _ := loopback.raw("GET", "/", "build-vm:1313"); code != http.StatusForbidden {
		t.Errorf("on loopback, Host build-vm: %d, want 403", code)
	}
	if log := loopback.log.String(); !strings.Contains(log, "serve with --bind build-vm\n") {
		t.Errorf("on loopback, the refused machine name is not in the log:\n%s", log)
	}
}

func TestMassChangeRebuildsOnce(t *testing.T) {
	p := start(t, site)
	// Like a git checkout: hundreds of files in a few milliseconds, some in
	// new folders.
	const n = 400
	began, last, pauses := time.Now(), time.Now(), 0
	for i := range n {
		p.write(fmt.Sprintf("content/ideas/batch-%d/mass-%03d.md", i/100, i), idea(fmt.Sprintf("Mass %d", i)))
		// A pause longer than a mass change's quiet time (see quietFor)
		// ends a batch, as it should: on a machine loaded 25 deep the
		// writing here stopped for that long now and then (8 rebuilds
		// where the seconds of writing allowed 6).
		now := time.Now()
		if now.Sub(last) > 10*p.srv.opts.Quiet {
			pauses++
		}
		last = now
	}
	// The preview rebuilds at least once a MaxWait (1 s) while files keep
	// coming: on a machine busy enough that writing them takes longer,
	// each second of writing may add a rebuild (CI beside other builds),
	// and so may each pause.
	most := 2 + int(time.Since(began)/time.Second) + pauses
	p.pageHas(fmt.Sprintf("/ideas/mass-%03d/", n-1), fmt.Sprintf("Mass %d", n-1))
	eventually(t, "server idle", p.srv.idle)
	for i := range n {
		if _, ok := p.srv.current().pages[fmt.Sprintf("ideas/mass-%03d/index.html", i)]; !ok {
			t.Fatalf("idea mass-%03d missing", i)
		}
	}
	if n, _ := p.builds(); n > most {
		t.Errorf("%d rebuilds for one mass change, want 1 (%d at most, after %d pauses in the writing)", n, most, pauses)
	}
}

func TestWatcherOverflowRescansEverything(t *testing.T) {
	p := start(t, site)
	// An overflow means events were lost: simulate one, with a change that
	// has no event of its own (written before the overflow is "noticed",
	// into a folder nobody reports).
	p.srv.watch.fsw.Errors <- fsnotify.ErrEventOverflow
	p.pageHas("/", "Preview") // still alive
	eventually(t, "a full rescan", func() bool { n, _ := p.builds(); return n >= 1 })
	p.srv.watch.fsw.Errors <- errors.New("watch failed")
	eventually(t, "a second full rescan", func() bool { n, _ := p.builds(); return n >= 2 })
	p.write("content/ideas/crm.md", idea("After overflow"))
	p.pageHas("/ideas/crm/", "After overflow")
}

func TestConfigChangeRebuildsEverything(t *testing.T) {
	p := start(t, site)
	cfg := strings.Replace(testsite.Files(site)["fokus.toml"], "Preview", "Renamed preview", 1)
	// Atomic save of fokus.toml: the watch is on the folder, so it survives.
	tmp := filepath.Join(p.dir, "fokus.toml.tmp")
	if err := os.WriteFile(tmp, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(p.dir, "fokus.toml")); err != nil {
		t.Fatal(err)
	}
	p.pageHas("/ideas/crm/", "Renamed preview")
}

// The fast path renders the edited documents' own pages alone; they must be
// exactly what the whole render gives for them.
func TestOwnPagesRenderedFirstMatchWholeSite(t *testing.T) {
	small := t.TempDir()
	if err := testsite.Write(small, site); err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]fs.FS{"small": os.DirFS(small), "example": os.DirFS("../.."), "corpus": corpus.MapFS(200, 1)} {
		b := generator.NewBuilder(generator.Options{Source: src})
		if err := b.Reload(); err != nil {
			t.Fatal(err)
		}
		res := b.Model(time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC))
		if res.Failed() {
			t.Fatalf("%s: %s", name, res.Diagnostics)
		}
		all, _, err := b.Render(res.Site)
		if err != nil {
			t.Fatal(err)
		}
		// Every other document, so that a document left out shows too;
		// their own pages are everything under their folders.
		var docs, folders []string
		for k, i := range res.Site.Ideas {
			if k%2 == 0 {
				docs, folders = append(docs, i.Path), append(folders, "ideas/"+i.Slug+"/")
			}
		}
		for k, o := range res.Site.Objectives {
			if k%2 == 0 {
				docs, folders = append(docs, o.Path), append(folders, "objectives/"+o.Slug+"/")
			}
		}
		for k, team := range res.Site.Teams {
			if k%2 == 0 {
				docs, folders = append(docs, team.Path), append(folders, "teams/"+team.Slug+"/", "posters/"+team.Slug+"/")
			}
		}
		some, err := b.RenderDocs(res.Site, append(docs, "content/ideas/no-such-idea.md", "fokus.toml"))
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for path := range all {
			if slices.ContainsFunc(folders, func(f string) bool { return strings.HasPrefix(path, f) }) {
				want++
				if _, ok := some[path]; !ok {
					t.Errorf("%s: %s is not among the pages rendered first", name, path)
				}
			}
		}
		if len(some) != want || want < len(docs) {
			t.Errorf("%s: RenderDocs gave %d files for %d documents; their own pages and files are %d", name, len(some), len(docs), want)
		}
		for path, data := range some {
			if !bytes.Equal(data, all[path]) {
				t.Errorf("%s: %s rendered on its own differs from the whole site's", name, path)
			}
		}
	}
}

// After an edit, the idea and objective pages whose inputs did not change
// are kept rather than rendered again; what the server then holds must be
// byte for byte what a whole render of the new site gives. The edit renames
// an idea that another idea's decision stops, that contributes to an
// objective and belongs to a team, so pages beyond its own must change too.
func TestPagesKeptAfterAnEditMatchAWholeRender(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, site); err != nil {
		t.Fatal(err)
	}
	extra := map[string]string{
		"content/ideas/stopper.md": "+++\ntitle = \"Stopper\"\nsubmitted = 2026-10-01\nteams = [\"sales\"]\nstatus = \"accepted\"\nobjectives = [\"grow\"]\n\n[decision]\ndate = 2026-10-05\nby = \"Team\"\nrationale = \"Room.\"\nstops = [\"crm\"]\n+++\n",
	}
	for name, text := range extra {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	b := generator.NewBuilder(generator.Options{Source: os.DirFS(dir)})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	res := b.Model(now)
	if res.Failed() {
		t.Fatal(res.Diagnostics)
	}
	before, kept, err := b.Render(res.Site)
	if err != nil || len(kept) != 0 {
		t.Fatalf("first render: kept %v, err %v", kept, err)
	}

	path := filepath.Join(dir, "content/ideas/crm.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(data, []byte("title = \""), []byte("title = \"Renamed "), 1)
	if bytes.Equal(edited, data) {
		t.Fatal("the test site's crm idea has no title line to edit")
	}
	if err := os.WriteFile(path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := b.Update([]string{"content/ideas/crm.md"}); err != nil {
		t.Fatal(err)
	}
	res = b.Model(now)
	after, kept, err := b.Render(res.Site)
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) == 0 {
		t.Fatal("no page was kept after a one-file edit")
	}
	served := maps.Clone(after)
	for _, p := range kept {
		served[p] = before[p]
	}
	theme, err := generator.LoadTheme(os.DirFS(dir), "default")
	if err != nil {
		t.Fatal(err)
	}
	whole, err := theme.Render(res.Site)
	if err != nil {
		t.Fatal(err)
	}
	if len(served) != len(whole) {
		t.Fatalf("served %d files, a whole render has %d", len(served), len(whole))
	}
	for p, data := range whole {
		if !bytes.Equal(served[p], data) {
			t.Errorf("%s: kept or rendered page differs from a whole render", p)
		}
	}
	for _, p := range []string{"ideas/crm/index.html", "ideas/stopper/index.html"} {
		if slices.Contains(kept, p) {
			t.Errorf("%s was kept, though it shows the renamed idea", p)
		}
	}
}

// rename moves a file or folder; names relative to the site are taken in it,
// absolute ones as they are, so a folder can come from or go outside the site.
func (p *preview) rename(from, to string) {
	p.t.Helper()
	abs := func(name string) string {
		if filepath.IsAbs(name) {
			return name
		}
		return filepath.Join(p.dir, filepath.FromSlash(name))
	}
	if err := os.Rename(abs(from), abs(to)); err != nil {
		p.t.Fatal(err)
	}
}

// rebuiltWith waits until a rebuild has read the source-relative path, and
// then until none runs: the watcher has seen its event, and what the
// preview did about it is done.
func (p *preview) rebuiltWith(path string) {
	p.t.Helper()
	eventually(p.t, "a rebuild that read "+path, func() bool {
		_, seen := p.builds()
		for _, batch := range seen {
			if slices.Contains(batch, path) {
				return p.srv.idle()
			}
		}
		return false
	})
}

// A renamed folder keeps the inode and so the watch of its old name; the
// events in it must arrive under the new name, in the folders below it too.
func TestRenamedFolderIsWatchedUnderItsNewName(t *testing.T) {
	p := start(t, site+"-- content/ideas/2025/q4/old.md --\n"+idea("Old one")+"-- content/ideas/2025/top.md --\n"+idea("Top one"))
	// A folder that was there when the server started.
	p.rename("content/ideas/2025", "content/ideas/archiv-2025")
	p.rebuiltWith("content/ideas/archiv-2025")
	p.write("content/ideas/archiv-2025/q4/old.md", idea("Old one, edited"))
	p.write("content/ideas/archiv-2025/fresh.md", idea("Fresh one"))
	p.pageHas("/ideas/old/", "Old one, edited")
	p.pageHas("/ideas/fresh/", "Fresh one")
	p.pageHas("/ideas/top/", "Top one")

	// A folder made while serving.
	p.write("content/ideas/grp/sub/g1.md", idea("G1"))
	p.pageHas("/ideas/g1/", "G1")
	p.rename("content/ideas/grp", "content/ideas/grp2")
	p.rebuiltWith("content/ideas/grp2")
	p.write("content/ideas/grp2/g2.md", idea("G2"))
	p.write("content/ideas/grp2/sub/g1.md", idea("G1 edited"))
	p.pageHas("/ideas/g2/", "G2")
	p.pageHas("/ideas/g1/", "G1 edited")
}

// A folder moved out of the site must not stay watched (its events would come
// under its old name), and one moved in is watched, also when it comes back.
func TestFolderMovedOutAndBackInIsWatched(t *testing.T) {
	p := start(t, site)
	outside := t.TempDir()
	if err := os.MkdirAll(filepath.Join(outside, "batch", "deep"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outside, "batch", "deep", "a.md"), []byte(idea("A")), 0o644); err != nil {
		t.Fatal(err)
	}
	p.rename(filepath.Join(outside, "batch"), "content/ideas/batch")
	p.pageHas("/ideas/a/", "A")
	p.write("content/ideas/batch/deep/a.md", idea("A edited"))
	p.pageHas("/ideas/a/", "A edited")

	p.rename("content/ideas/batch", filepath.Join(outside, "batch"))
	eventually(t, "the moved-out idea's page is gone", func() bool {
		code, _ := p.get("/ideas/a/")
		return code == 404
	})
	for _, w := range p.srv.watch.fsw.WatchList() {
		if _, err := os.Stat(w); err != nil {
			t.Errorf("still watching %s, which moved away", w)
		}
	}

	p.rename(filepath.Join(outside, "batch"), "content/ideas/back")
	p.rebuiltWith("content/ideas/back")
	p.write("content/ideas/back/deep/a.md", idea("A is back"))
	p.pageHas("/ideas/a/", "A is back")
}

// dataVersion returns the version a served page carries for its script.
func (p *preview) dataVersion(path string) string {
	p.t.Helper()
	_, body := p.get(path)
	_, rest, ok := strings.Cut(body, `data-version="`)
	v, _, _ := strings.Cut(rest, `"`)
	if !ok || v == "" {
		p.t.Fatalf("%s carries no version:\n%s", path, body)
	}
	return v
}

// nextVersion returns the first event on ch whose version is not v.
func nextVersion(t testing.TB, ch <-chan message, v string) string {
	t.Helper()
	for {
		if m := next(t, ch); m.Version != v {
			return m.Version
		}
	}
}

// A page's look is its CSS and scripts as much as its HTML: a change of a
// theme's static file reloads every open page, not only pages whose HTML
// changed (none did). A page's own change still reloads that page alone.
func TestThemeAssetChangeReloadsEveryOpenPage(t *testing.T) {
	withTheme := strings.Replace(site, "language = \"en\"\n", "language = \"en\"\ntheme = \"mine\"\n", 1)
	p := start(t, withTheme+"-- themes/mine/static/assets/fokus.css --\nbody { color: black; }\n")
	dash, crm := p.events("index.html"), p.events("ideas/crm/index.html")
	dashV, crmV := next(t, dash).Version, next(t, crm).Version

	f, err := os.OpenFile(filepath.Join(p.dir, "themes/mine/static/assets/fokus.css"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("h1 { color: teal; }\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	dashV, crmV = nextVersion(t, dash, dashV), nextVersion(t, crm, crmV)
	// Told to reload, the browser gets the new CSS and a page at the version
	// it was told of, so that it does not reload again.
	if _, css := p.get("/assets/fokus.css"); !strings.Contains(css, "teal") {
		t.Errorf("reload sent, but the CSS served is the old one:\n%s", css)
	}
	// Files, not pages: the stylesheet, and the pages that link it with
	// the version of its bytes.
	eventually(t, "the log says files changed, not pages", func() bool {
		return regexp.MustCompile(`\(everything read again; \d+ files changed\)`).MatchString(p.log.String())
	})
	if v := p.dataVersion("/"); v != dashV {
		t.Errorf("dashboard told to reload to %s, serves %s", dashV, v)
	}
	if v := p.dataVersion("/ideas/crm/"); v != crmV {
		t.Errorf("crm page told to reload to %s, serves %s", crmV, v)
	}

	// An edit of another idea's body, then of this one's: the crm page's
	// stream must go from its version straight to the one with its edit.
	webinar := testsite.Files(site)["content/ideas/webinar.md"]
	p.write("content/ideas/webinar.md", strings.Replace(webinar, "Talk to customers.", "Talk to more customers.", 1))
	p.pageHas("/ideas/webinar/", "Talk to more customers.")
	crmFile := testsite.Files(site)["content/ideas/crm.md"]
	p.write("content/ideas/crm.md", strings.Replace(crmFile, "The CRM is a mess.", "The CRM is a bigger mess.", 1))
	p.pageHas("/ideas/crm/", "The CRM is a bigger mess.")
	if got, want := nextVersion(t, crm, crmV), p.dataVersion("/ideas/crm/"); got != want {
		t.Errorf("crm page told to reload to %s before its own edit (at %s): another page's edit reloads it", got, want)
	}

	// A file that no page loads by itself (a text, a PDF to link to) is
	// published, and reloads no page (QA: a new notes.txt reloaded every
	// open page).
	dashV = p.dataVersion("/")
	p.write("static/notes.txt", "notes\n")
	p.pageHas("/notes.txt", "notes")
	if v := p.dataVersion("/"); v != dashV {
		t.Errorf("a new static/notes.txt changed the dashboard's version from %s to %s", dashV, v)
	}
}

// problemsOf waits for an event on ch with problems, and returns them.
func problemsOf(t testing.TB, ch <-chan message) []problem {
	t.Helper()
	for {
		var probs []problem
		if err := json.Unmarshal(next(t, ch).Problems, &probs); err != nil {
			t.Fatal(err)
		}
		if len(probs) > 0 {
			return probs
		}
	}
}

// A broken theme is reported as `fokus build` reports it, at the template's
// file and line, in the terminal and over the page; fixing it heals.
func TestThemeErrorsShowAtTheirFileAndLineAndFixHeals(t *testing.T) {
	withTheme := strings.Replace(site, "language = \"en\"\n", "language = \"en\"\ntheme = \"mine\"\n", 1)
	p := start(t, withTheme+"-- themes/mine/templates/teams.html --\n{{define \"main\"}}<h1>Our teams</h1>{{end}}\n")
	p.pageHas("/teams/", "Our teams")
	for _, tc := range []struct{ name, template, where, source, line string }{
		{"parse", "{{define \"main\"}}\n<h1>Our teams</h1>\n{{if .Site}}\n<p>some</p>\n{{end}}\n",
			"themes/mine/templates/teams.html:3:1", `{{if .Site}}`, // the action left open, not the end of the file
			"themes/mine/templates/teams.html:3:1: error: unexpected EOF: an {{end}} is missing, and this {{if}} is left open"},
		{"execute", "{{define \"main\"}}\n<h1>Our teams</h1>\n<p>{{index .Site.Teams 7}}</p>\n{{end}}\n",
			"themes/mine/templates/teams.html:3:6", "<p>{{index .Site.Teams 7}}</p>",
			`themes/mine/templates/teams.html:3:6: error: executing "main" at <index .Site.Teams 7>: error calling index: index out of range: 7 (rendering teams/index.html)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := p.events("teams/index.html")
			next(t, ch)
			p.write("themes/mine/templates/teams.html", tc.template)
			probs := problemsOf(t, ch)
			if len(probs) != 1 || probs[0].Where != tc.where || probs[0].Source != tc.source {
				t.Errorf("overlay %+v: want one problem at %s, showing %q", probs, tc.where, tc.source)
			}
			eventually(t, "the terminal names "+tc.where, func() bool {
				return slices.Contains(strings.Split(p.log.String(), "\n"), tc.line)
			})
			if code, body := p.get("/teams/"); code != 200 || !strings.Contains(body, "Our teams") || !strings.Contains(body, "fokus-overlay") {
				t.Errorf("GET /teams/: %d, want the last good version under the overlay\n%s", code, body)
			}
			p.write("themes/mine/templates/teams.html", "{{define \"main\"}}<h1>Our teams, fixed</h1>{{end}}\n")
			p.pageHas("/teams/", "Our teams, fixed")
			if _, body := p.get("/teams/"); strings.Contains(body, "fokus-overlay") {
				t.Errorf("overlay still shown after the fix")
			}
			p.write("themes/mine/templates/teams.html", "{{define \"main\"}}<h1>Our teams</h1>{{end}}\n")
			p.pageHas("/teams/", "Our teams</h1>")
		})
	}
}

// A source folder deleted and made again (a fresh clone into the same
// place) is watched again: edits after it reach the preview (QA: it stayed
// on "no content/ folder" until a restart).
func TestASourceFolderMadeAgainIsWatchedAgain(t *testing.T) {
	for _, c := range []struct{ given, how string }{{"absolute", "move"}, {".", "move"}, {".", "delete"}} {
		t.Run(c.given+" "+c.how, func(t *testing.T) {
			var p *preview
			if c.given == "." {
				// serve's default: the working folder, which follows the
				// old folder wherever it is moved, and keeps it from being
				// reported as deleted while the server runs in it.
				dir := t.TempDir()
				if err := testsite.Write(dir, site); err != nil {
					t.Fatal(err)
				}
				t.Chdir(dir)
				p = startDir(t, ".")
				p.dir = dir
			} else {
				p = start(t, site)
			}
			p.pageHas("/ideas/crm/", "Clean the CRM")
			if c.how == "move" {
				if err := os.Rename(p.dir, filepath.Join(t.TempDir(), "site")); err != nil {
					t.Fatal(err)
				}
			} else if err := os.RemoveAll(p.dir); err != nil {
				t.Fatal(err)
			}
			// Said as it is, not as "no content/ folder", which the folder
			// still has wherever it went (QA).
			gone := "the source folder " + p.dir + " is gone (moved or deleted)"
			eventually(t, "the preview says the source folder is gone", func() bool {
				_, body := p.get("/")
				return strings.Contains(body, gone)
			})
			if !strings.Contains(p.log.String(), "fokus: "+gone) {
				t.Errorf("the terminal does not say %q:\n%s", gone, p.log.String())
			}
			// A new folder by the same name, as a fresh clone makes it.
			if err := testsite.Write(p.dir, site); err != nil {
				t.Fatal(err)
			}
			p.pageHas("/ideas/crm/", "Clean the CRM")
			p.write("content/ideas/crm.md", idea("Clean the CRM, once more"))
			p.pageHas("/ideas/crm/", "Clean the CRM, once more")
		})
	}
}

// The overlay shows a part of a long line around the column, not the line
// whole (QA: a line of 8 MB was copied into every page and event).
func TestTheOverlayShowsAnExcerptOfALongLine(t *testing.T) {
	for _, c := range []struct {
		line           string
		col            int
		source, marker string
	}{
		{"title = 3", 9, "title = 3", "        ^"},
		{"title =\t\t3", 10, "title =\t\t3", "       \t\t^"}, // tabs as wide as the source's
		{"x", 5000000, "x", " ^"},                            // a column past the end (a template's, in bytes)
		{strings.Repeat("a", 1000) + "X" + strings.Repeat("b", 1000), 1001,
			"…" + strings.Repeat("a", 80) + "X" + strings.Repeat("b", 79) + "…", strings.Repeat(" ", 81) + "^"},
		{"ü" + strings.Repeat("x", 300), 2, "ü" + strings.Repeat("x", 159) + "…", " ^"},
		{strings.Repeat("x", 300) + "é", 301, "…" + strings.Repeat("x", 159) + "é", strings.Repeat(" ", 160) + "^"},
	} {
		source, marker := excerpt(c.line, c.col)
		if source != c.source || marker != c.marker {
			t.Errorf("excerpt of a line of %d at %d:\n got %q\n     %q\nwant %q\n     %q", len(c.line), c.col, source, marker, c.source, c.marker)
		}
	}
}

// A page asked for without its slash is redirected with its query.
func TestTheSlashRedirectKeepsTheQuery(t *testing.T) {
	p := start(t, site)
	p.pageHas("/ideas/crm/", "Clean the CRM")
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get("http://" + p.addr + "/ideas/crm?from=mail")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	// Relative to the page asked for (see TestThePreviewsAddressesAreRelative).
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusFound || loc != "./crm/?from=mail" {
		t.Errorf("GET /ideas/crm?from=mail: %d to %q, want 302 to ./crm/?from=mail", resp.StatusCode, loc)
	}
	// A slug with "?", "#", "%" or a space is escaped again in the target.
	for slug, escaped := range map[string]string{"a?b#c": "a%3Fb%23c", "rabatt-10%": "rabatt-10%25", "über idee": "%C3%BCber%20idee"} {
		p.write("content/ideas/"+slug+".md", "+++\ntitle = \"Odd "+slug+"\"\nsubmitted = 2026-11-01\n+++\n")
		p.pageHas("/ideas/"+escaped+"/", "Odd "+slug)
		resp, err := client.Get("http://" + p.addr + "/ideas/" + escaped)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusFound || loc != "./"+escaped+"/" {
			t.Errorf("GET /ideas/%s: %d to %q, want 302 to ./%s/", escaped, resp.StatusCode, loc, escaped)
		}
	}
}

// A file that is empty or gone for a moment while an editor writes it is
// waited for, and read once written; one that stays empty or gone is read
// as it is.
func TestARebuildWaitsForAFileBeingWritten(t *testing.T) {
	dir := t.TempDir()
	// settleFor long enough that the writes below come first.
	s := &Server{fsys: os.DirFS(dir), opts: Options{settleFor: 5 * time.Second}.withDefaults()}
	p, back := "content/ideas/x.md", "fokus.toml"
	full, backFull := filepath.Join(dir, filepath.FromSlash(p)), filepath.Join(dir, back)
	os.MkdirAll(filepath.Dir(full), 0o755)
	os.WriteFile(full, nil, 0o644)
	go func() {
		time.Sleep(20 * time.Millisecond)
		os.WriteFile(full, []byte("+++\ntitle = \"X\"\n+++\n"), 0o644)
		time.Sleep(20 * time.Millisecond)
		os.WriteFile(backFull, []byte("title = \"X\"\n"), 0o644)
	}()
	s.settle([]string{p, back, "content/ideas"})
	if info, err := os.Stat(full); err != nil || info.Size() == 0 {
		t.Errorf("settle returned while the file was still empty: %v", err)
	}
	if _, err := os.Stat(backFull); err != nil {
		t.Errorf("settle returned while a file was still gone: %v", err)
	}

	// An empty file that stays empty is read as it is, after settleFor.
	s.opts.settleFor = 10 * time.Millisecond
	os.WriteFile(full, nil, 0o644)
	settles(t, s, p)

	// A content file that is gone is not waited for: ideas are deleted and
	// renamed, and each waited the whole settleFor (review).
	s.opts.settleFor = time.Hour
	settles(t, s, "content/ideas/gone.md")

	// Unless an editor renamed it away to write it anew (Vim, Emacs: x.md~;
	// JetBrains: x.md___jb_old___): its page would be gone for a moment.
	for _, suffix := range []string{"~", "___jb_old___"} {
		s.opts.settleFor = 5 * time.Second
		os.Remove(full)
		os.WriteFile(full+suffix, []byte("+++\ntitle = \"X\"\n+++\n"), 0o644)
		go func() {
			time.Sleep(20 * time.Millisecond)
			os.WriteFile(full, []byte("+++\ntitle = \"X\"\n+++\n"), 0o644)
		}()
		s.settle([]string{p})
		if _, err := os.Stat(full); err != nil {
			t.Errorf("settle returned while a file renamed to %s was not yet written anew: %v", filepath.Base(full)+suffix, err)
		}
		os.Remove(full + suffix)
	}
}

// settles fails the test unless s.settle(paths) returns well before
// s.opts.settleFor or a minute, whichever is sooner.
func settles(t *testing.T, s *Server, paths ...string) {
	t.Helper()
	done := make(chan struct{})
	go func() { s.settle(paths); close(done) }()
	select {
	case <-done:
	case <-time.After(min(time.Minute, s.opts.settleFor/2+5*time.Second)):
		t.Errorf("settle(%q) waited for a file that will not come", paths)
	}
}

// A fokus.toml that an editor empties, or renames away (Emacs, Vim with
// backupcopy=no), and then writes reloads the open pages once, with its
// new settings: a fokus.toml empty or missing is a valid one, of defaults,
// and the site of that moment (German, titled "fokus", every page changed)
// reloaded every page and was shown in between (QA: 60 to 100 ms between
// the two showed it).
func TestAFokusTomlSavedInTwoStepsReloadsOnce(t *testing.T) {
	for _, save := range []struct {
		name  string
		first func(cfg string) error // what the editor does before it writes the file anew
	}{
		{"emptied", func(cfg string) error { return os.Truncate(cfg, 0) }},
		{"renamed away", func(cfg string) error { return os.Rename(cfg, cfg+"~") }},
	} {
		t.Run(save.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := testsite.Write(dir, site); err != nil {
				t.Fatal(err)
			}
			now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
			// settleFor long enough that the write below comes first on a
			// busy machine too; the fix must not depend on it.
			p := startWith(t, Options{Source: dir, Now: func() time.Time { return now }, settleFor: 5 * time.Second}, nil)
			ch := p.events("index.html")
			before := next(t, ch).Version
			cfg := filepath.Join(dir, "fokus.toml")
			if err := save.first(cfg); err != nil {
				t.Fatal(err)
			}
			time.Sleep(60 * time.Millisecond)
			p.write("fokus.toml", strings.Replace(testsite.Files(site)["fokus.toml"], "Preview", "Preview anew", 1))
			p.pageHas("/", "Preview anew")
			if got, want := nextVersion(t, ch, before), p.dataVersion("/"); got != want {
				t.Errorf("the dashboard was reloaded with another version (%s) before the one of the new fokus.toml (%s):\n%s", got, want, p.log.String())
			}
		})
	}
}

// A change of permissions matters for a content file (it may be readable now
// or no longer) and for a content folder that was not watched (it could not
// be read before); a touch of a watched folder, of other files, of theme
// files or fokus.toml starts no rebuild (QA: chmod fixes went unnoticed;
// review: passing every chmod on would read whole folders again).
func TestAChangeOfPermissionsCountsWhereItMayMatter(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, site+"-- themes/mine/templates/idea.html --\nx\n-- content/ideas/notes.txt --\nx\n"); err != nil {
		t.Fatal(err)
	}
	// Whether a path can be read is what the test says for the paths it
	// locks (see below), and what the system says for the others.
	locked := map[string]bool{}
	opts := Options{Quiet: time.Millisecond, canOpen: func(p string) bool { return !locked[p] && canOpen(p) }}.withDefaults()
	w, err := newWatcher(dir, opts, func(string, ...any) {})
	if err != nil {
		t.Fatal(err)
	}
	defer w.fsw.Close()
	later := filepath.Join(dir, "content", "ideas", "later")
	if err := os.Mkdir(later, 0o755); err != nil { // made unseen: not watched
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"content/ideas/crm.md", true},
		{"content/ideas", false},
		{"content/ideas/later", true},
		{"content/ideas/later", false}, // watched now
		{"content/ideas/notes.txt", false},
		{"themes/mine/templates/idea.html", false},
		{"fokus.toml", false},
	} {
		if got := w.chmod(filepath.Join(dir, filepath.FromSlash(c.name))); got != c.want {
			t.Errorf("chmod of %s counts: %v, want %v", c.name, got, c.want)
		}
	}
	if !slices.Contains(w.fsw.WatchList(), later) {
		t.Error("the folder made readable is not watched")
	}
	// A theme's folder that could not be watched is watched once readable
	// (review: it healed once, then its edits were lost).
	themeLater := filepath.Join(dir, "themes", "mine", "static")
	if err := os.Mkdir(themeLater, 0o755); err != nil {
		t.Fatal(err)
	}
	w.readable[themeLater] = false // as addTree notes a folder it cannot read
	if !w.chmod(themeLater) || !slices.Contains(w.fsw.WatchList(), themeLater) {
		t.Error("a theme folder made readable is not counted and watched")
	}

	// A named pipe is never opened (that would wait forever): in content/
	// it counts, and the rebuild skips it; elsewhere it does not.
	for name, want := range map[string]bool{"content/ideas/pipe.md": true, "themes/mine/pipe": false} {
		full := filepath.Join(dir, filepath.FromSlash(name))
		testfs.Mkfifo(t, full)
		counted := make(chan bool, 1)
		go func() { counted <- w.chmod(full) }()
		select {
		case got := <-counted:
			if got != want {
				t.Errorf("chmod of the pipe %s counts: %v, want %v", name, got, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("chmod of the pipe %s waits on it", name)
		}
	}

	// Anything else counts when it turns unreadable, and readable again.
	for _, name := range []string{"fokus.toml", "content/ideas", "themes/mine/templates/idea.html"} {
		full := filepath.Join(dir, filepath.FromSlash(name))
		for _, step := range []struct {
			locked, want bool
		}{{true, true}, {true, false}, {false, true}, {false, false}} {
			locked[full] = step.locked
			if got := w.chmod(full); got != step.want {
				t.Errorf("chmod of %s to unreadable %v counts: %v, want %v", name, step.locked, got, step.want)
			}
		}
	}
	// Unreadable when the preview started: made readable, it counts.
	config := filepath.Join(dir, "fokus.toml")
	locked[config] = true
	w2, err := newWatcher(dir, opts, func(string, ...any) {})
	if err != nil {
		t.Fatal(err)
	}
	defer w2.fsw.Close()
	locked[config] = false
	if !w2.chmod(config) {
		t.Error("fokus.toml unreadable at the start and made readable does not count")
	}
}

// A message that quotes megabytes of a file is cut in the overlay, which is
// copied into every page and event stream.
func TestTheOverlayCutsALongMessage(t *testing.T) {
	s := &Server{fsys: fstest.MapFS{}}
	probs := s.problems(diag.List{{Path: "content/ideas/x.md", Line: 1, Col: 1, Severity: diag.Error, Message: strings.Repeat("x", 100000)}})
	if len(probs) != 1 || len([]rune(probs[0].Message)) > maxMessage+2 || !strings.HasSuffix(probs[0].Message, " …") {
		t.Errorf("overlay message of %d characters", len([]rune(probs[0].Message)))
	}
}

// The overlay shows the line a diagnostic names as the diagnostic counts
// lines: in a file of old Mac line endings (CR alone), the fourth line is
// the fourth CR-ended one, not nothing.
func TestTheOverlayShowsTheLineOfAFileWithCRLineEndings(t *testing.T) {
	s := &Server{fsys: fstest.MapFS{"content/ideas/x.md": {Data: []byte("+++\rtitle = \"X\"\rsubmitted = 2026-01-01\rautor = \"Ann\"\r+++\r")}}}
	probs := s.problems(diag.List{{Path: "content/ideas/x.md", Line: 4, Col: 1, Severity: diag.Error, Message: "unknown key"}})
	if len(probs) != 1 || probs[0].Source != `autor = "Ann"` {
		t.Errorf("overlay %+v: want the source line autor = \"Ann\"", probs)
	}
}

// What a Hugo user puts into the site's folder while the preview runs, a
// config.toml or a layouts/ folder, is warned about at once, as a build
// warns: fokus reads neither, and the preview said nothing until another
// file was saved, while the edits there changed nothing (QA).
func TestHugosFilesAtTheTopAreWarnedAboutAtOnce(t *testing.T) {
	p := start(t, site)
	p.write("layouts/_default/single.html", "{{ .Content }}\n")
	eventually(t, "the warning of layouts/", func() bool {
		return strings.Contains(p.log.String(), "layouts/:1:1: warning: ignored: templates and labels are a theme's")
	})
	p.write("config.toml", "title = \"Hugo's\"\n")
	eventually(t, "the warning of config.toml", func() bool {
		return strings.Contains(p.log.String(), "config.toml:1:1: warning: ignored: fokus reads its settings from fokus.toml")
	})
	if err := os.Rename(filepath.Join(p.dir, "fokus.toml"), filepath.Join(p.dir, "Fokus.toml")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the warning of Fokus.toml", func() bool {
		return strings.Contains(p.log.String(), "Fokus.toml:1:1: warning: ignored: fokus reads its settings from fokus.toml, in small letters")
	})
}

// A file name with an escape sequence or a line break is written in the
// terminal's line about the rebuild as diagnostics write it, escaped: the
// preview's own lines printed it as it is, and "\x1b[2J" cleared the
// screen, and a line break began a line of its own (QA).
func TestThePreviewsOwnLinesEscapeAFileName(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows allows no escape character or line break in a file name")
	}
	p := start(t, site)
	p.write("content/ideas/x\x1b[2J\ny.md", idea("Strange name"))
	eventually(t, "the rebuild's line", func() bool { return strings.Contains(p.log.String(), "fokus: rebuilt") })
	log := p.log.String()
	if strings.Contains(log, "\x1b") || !strings.Contains(log, `(content/ideas/x\x1b[2J\x0ay.md changed;`) {
		t.Errorf("the file's name is not escaped in the log:\n%q", log)
	}
}

// A picture saved as an idea is said to be binary in the overlay, without
// a line of its bytes under the message: they are no text to read, and
// showed as a row of replacement characters with a caret under one (QA).
func TestTheOverlayShowsNoLineOfABinaryFile(t *testing.T) {
	p := start(t, site)
	p.write("content/ideas/plan.md", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc8\x08\x06\x00\x00\x00")
	eventually(t, "the overlay", func() bool {
		_, body := p.get("/")
		return strings.Contains(body, "content/ideas/plan.md:1:1") && strings.Contains(body, "not text but binary")
	})
	if probs := p.srv.current().problems; len(probs) != 1 || probs[0].Source != "" || probs[0].Marker != "" {
		t.Errorf("overlay %+v: want the message without a line of the file", probs)
	}
}

// A preview left open overnight builds again when the day changes: what
// counts days (here the stale rule) follows today without any edit (QA).
func TestThePreviewFollowsANewDay(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, strings.Replace(site, "reviewed = 2026-11-20", "reviewed = 2026-11-12", 1)); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) // 14 days after the review: not stale yet
	p := startWith(t, Options{Source: dir, Now: func() time.Time { mu.Lock(); defer mu.Unlock(); return now }, dayCheck: 10 * time.Millisecond}, nil)
	if _, body := p.get("/"); strings.Contains(body, "rule-stale") {
		t.Fatal("the objective is stale before the day changes")
	}
	mu.Lock()
	now = now.Add(24 * time.Hour)
	mu.Unlock()
	eventually(t, "the dashboard shows the objective stale on the next day", func() bool {
		_, body := p.get("/")
		return strings.Contains(body, "rule-stale")
	})
}

// A warning that a save brings is printed in the terminal, as build prints
// it, once: later saves do not repeat it (QA: rebuilds printed none).
func TestARebuildPrintsTheWarningsItBrings(t *testing.T) {
	p := start(t, site)
	p.write("content/ideas/uboot.md", "+++\ntitle = \"Quiet side project\"\nsubmitted = 2026-11-01\nteams = [\"sales\"]\nstatus = \"in-progress\"\n+++\n")
	p.pageHas("/ideas/uboot/", "Quiet side project")
	warning := "content/ideas/uboot.md:5:10: warning: \"Quiet side project\" has status \"in-progress\" without a decision"
	eventually(t, "the warning in the log", func() bool { return strings.Contains(p.log.String(), warning) })
	p.write("content/ideas/crm.md", strings.Replace(testsite.Files(site)["content/ideas/crm.md"], "The CRM is a mess.", "The CRM is a big mess.", 1))
	p.pageHas("/ideas/crm/", "a big mess")
	eventually(t, "the second rebuild logged", func() bool { return strings.Count(p.log.String(), "fokus: rebuilt") >= 2 })
	if n := strings.Count(p.log.String(), warning); n != 1 {
		t.Errorf("the warning is printed %d times, want once:\n%s", n, p.log.String())
	}
	// Put right, it is said to be gone.
	p.write("content/ideas/uboot.md", "+++\ntitle = \"Quiet side project\"\nsubmitted = 2026-11-01\nteams = [\"sales\"]\n+++\n")
	eventually(t, "the warning said to be gone", func() bool {
		return strings.Contains(p.log.String(), "fokus: 3 warnings no longer apply; 0 warnings left\n")
	})
}

// A rebuild of several saved files says that the pages shown first are
// theirs, one of one file that they are its.
func TestARebuildOfSeveralFilesSaysTheirPages(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, site); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	// Quiet long enough that the two saves are one batch, however busy
	// the machine.
	p := startWith(t, Options{Source: dir, Now: func() time.Time { return now }, Quiet: 300 * time.Millisecond}, nil)
	files := testsite.Files(site)
	p.write("content/ideas/crm.md", strings.Replace(files["content/ideas/crm.md"], "The CRM is a mess.", "The CRM is a big mess.", 1))
	p.write("content/ideas/webinar.md", strings.Replace(files["content/ideas/webinar.md"], "Talk to customers.", "Talk to many customers.", 1))
	p.pageHas("/ideas/webinar/", "many customers")
	eventually(t, "the rebuild logged", func() bool { return strings.Contains(p.log.String(), "fokus: rebuilt") })
	if want := "(2 content files changed; their 2 pages after "; !strings.Contains(p.log.String(), want) {
		t.Errorf("the log does not say %q:\n%s", want, p.log.String())
	}
	p.write("content/ideas/crm.md", files["content/ideas/crm.md"])
	eventually(t, "the second rebuild logged", func() bool { return strings.Count(p.log.String(), "fokus: rebuilt") == 2 })
	if want := "(content/ideas/crm.md changed; its 1 page after "; !strings.Contains(p.log.String(), want) {
		t.Errorf("the log does not say %q:\n%s", want, p.log.String())
	}
}

// A save that breaks the site does not say that the warnings the broken
// run could not reach no longer apply, and the save that mends it does not
// print them again as new (QA: a typo in fokus.toml said "1 warning no
// longer applies", and its fix printed that warning anew).
func TestABrokenRunDoesNotSayItsWarningsAreGone(t *testing.T) {
	p := start(t, site)
	uboot := "+++\ntitle = \"Quiet side project\"\nsubmitted = 2026-11-01\nteams = [\"sales\"]\nstatus = \"in-progress\"\n+++\n"
	p.write("content/ideas/uboot.md", uboot)
	p.pageHas("/ideas/uboot/", "Quiet side project")
	warning := "content/ideas/uboot.md:5:10: warning: \"Quiet side project\" has status \"in-progress\" without a decision"
	eventually(t, "the warning in the log", func() bool { return strings.Contains(p.log.String(), warning) })
	p.write("content/ideas/uboot.md", strings.Replace(uboot, "title = \"Quiet side project\"", "title = \"Quiet side project", 1))
	eventually(t, "the error in the log", func() bool { return strings.Contains(p.log.String(), "content/ideas/uboot.md:2:") })
	p.write("content/ideas/uboot.md", strings.Replace(uboot, "\n+++\n", "\n+++\nMended.\n", 1))
	p.pageHas("/ideas/uboot/", "Mended.")
	eventually(t, "the mending rebuild logged", func() bool { return strings.Count(p.log.String(), "fokus: rebuilt") >= 2 })
	log := p.log.String()
	if n := strings.Count(log, warning); n != 1 {
		t.Errorf("the warning is printed %d times, want once:\n%s", n, log)
	}
	if strings.Contains(log, "no longer appl") {
		t.Errorf("a warning was said to be gone, and none is:\n%s", log)
	}
}

// When the whole site fails to render after the edited file's own page was
// published, that page goes back to the last good version under the
// overlay: no site that fails to build is ever shown as good (QA).
func TestAFailingSecondStepBringsBackTheLastGoodPages(t *testing.T) {
	theme := `-- fokus.toml --
title = "Preview"
language = "en"
theme = "mine"
-- themes/mine/templates/backlog.html --
{{define "main"}}{{range .Site.Ideas}}{{if eq .Idea.Title "BOOM"}}{{index .Idea.Tags 5}}{{end}}{{end}}<p>backlog</p>{{end}}
`
	p := start(t, site+theme)
	p.pageHas("/ideas/crm/", "Clean the CRM")
	p.write("content/ideas/crm.md", strings.Replace(testsite.Files(site)["content/ideas/crm.md"], `title = "Clean the CRM"`, `title = "BOOM"`, 1))
	eventually(t, "the overlay", func() bool {
		_, body := p.get("/ideas/crm/")
		return strings.Contains(body, "fokus-overlay") && strings.Contains(body, "backlog.html:1:")
	})
	if _, body := p.get("/ideas/crm/"); strings.Contains(body, "<h1>BOOM") || !strings.Contains(body, "<h1>Clean the CRM") {
		t.Errorf("the idea's page shows a site that did not build:\n%s", body)
	}
}

// A fix of a content error whose site then fails to render whole (a
// template that fails on another page, on the fix's data or on any), and
// any save while it fails so, tells each open page once and reloads none:
// the errors show over the same last good version as before, so only the
// overlay changes. The saved idea's own page was published ahead of the
// whole render, then taken back with it: its tab reloaded twice, into a
// page of a site that did not build and out of it again.
func TestASaveWhoseSiteFailsToRenderReloadsNoPage(t *testing.T) {
	crm := testsite.Files(site)["content/ideas/crm.md"]
	boom := strings.Replace(crm, `title = "Clean the CRM"`, `title = "BOOM"`, 1)
	failsOnBoom := `{{define "main"}}{{range .Site.Ideas}}{{if eq .Idea.Title "BOOM"}}{{index .Idea.Tags 5}}{{end}}{{end}}<p>backlog</p>{{end}}`
	for _, tc := range []struct {
		name      string
		backlog   string // the theme's backlog template at the start
		broken    string // what the idea is saved as first, to show errors
		meanwhile string // the backlog template saved while they show, if any
		fix       string // what the idea is saved as then
	}{
		{"a fix that fails on its data", failsOnBoom, "+++\ntitle = \"Clean the CRM\nsubmitted = 2026-11-01\n+++\n", "", boom},
		{"a fix after the template broke", `{{define "main"}}<p>backlog</p>{{end}}`, "+++\ntitle = \"Clean the CRM\nsubmitted = 2026-11-01\n+++\n",
			`{{define "main"}}{{index .Site.Ideas 99}}{{end}}`, strings.Replace(crm, "The CRM is a mess.", "The CRM is a mess, fixed.", 1)},
		{"a save while the site fails", failsOnBoom, boom, "", strings.Replace(boom, "The CRM is a mess.", "The CRM is a mess, still.", 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := start(t, strings.Replace(site, "language = \"en\"\n", "language = \"en\"\ntheme = \"mine\"\n", 1)+
				"-- themes/mine/templates/backlog.html --\n"+tc.backlog+"\n")
			pages := []string{"ideas/crm/index.html", "index.html", "ideas/webinar/index.html"}
			streams, before := p.openPages(pages)
			p.write("content/ideas/crm.md", tc.broken)
			for _, pg := range pages {
				untilProblems(t, streams[pg])
			}
			if tc.meanwhile != "" {
				p.write("themes/mine/templates/backlog.html", tc.meanwhile)
				p.rebuiltWith("themes/mine/templates/backlog.html")
			}
			read := p.seenCount()
			p.write("content/ideas/crm.md", tc.fix)
			eventually(t, "the save read, and the template's error shown", func() bool {
				_, seen := p.builds()
				return covers(seen[read:], []string{"content/ideas/crm.md"}) && p.srv.idle() && strings.Contains(string(p.srv.current().overlay), "backlog.html:1:")
			})
			p.write("content/ideas/webinar.md", "+++\ntitle = \"Webinar\n+++\n") // the end of what the save sent
			for _, pg := range pages {
				for _, m := range untilWebinarsError(t, streams[pg]) {
					if m.Version != before[pg] {
						t.Errorf("%s told to reload to %s (from %s), where its site did not change", pg, m.Version, before[pg])
					}
				}
			}
			if _, body := p.get("/ideas/crm/"); !strings.Contains(body, "fokus-overlay") || !strings.Contains(body, "<h1>Clean the CRM") {
				t.Errorf("the idea's page is not the last good one under the overlay:\n%s", body)
			}
		})
	}
}

// A fix of a content error on the built-in theme shows its page before the
// whole site, as any save does: the built-in theme renders every site its
// model accepts, so no page shown first is taken back, and at 10,000 ideas
// the whole site takes a second.
func TestAFixOnTheBuiltInThemeShowsItsPageFirst(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, site); err != nil {
		t.Fatal(err)
	}
	var hold atomic.Bool
	release := make(chan struct{})
	var once sync.Once
	opts := Options{Source: dir, Now: func() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) }}
	opts.beforeAll = func() {
		if hold.Load() {
			<-release
		}
	}
	p := startWith(t, opts, nil)
	// Run before the server's own cleanup, which waits for its rebuild.
	t.Cleanup(func() { once.Do(func() { close(release) }) })
	p.write("content/ideas/crm.md", "+++\ntitle = \"Clean the CRM\nsubmitted = 2026-11-01\n+++\n") // a string not closed
	eventually(t, "the error shown", func() bool { return len(p.srv.current().problems) > 0 })
	hold.Store(true)
	p.write("content/ideas/crm.md", strings.Replace(testsite.Files(site)["content/ideas/crm.md"], "Clean the CRM", "Clean the CRM now", 1))
	p.pageHas("/ideas/crm/", "Clean the CRM now") // while the whole site waits
	if _, body := p.get("/backlog/"); strings.Contains(body, "Clean the CRM now") {
		t.Fatalf("the backlog was rendered before the whole site")
	}
	once.Do(func() { close(release) })
	p.pageHas("/backlog/", "Clean the CRM now")
}

// untilWebinarsError returns the events on ch before the one whose
// problems are in content/ideas/webinar.md, a save that ends a test's.
func untilWebinarsError(t testing.TB, ch <-chan message) []message {
	t.Helper()
	var got []message
	for {
		m := next(t, ch)
		if strings.Contains(string(m.Problems), "content/ideas/webinar.md:") {
			return got
		}
		got = append(got, m)
	}
}

// A file written in two pieces, further apart than the watcher's quiet time
// (a slow network drive, an editor that writes in chunks), flashes no error
// over the open pages: errors in a file just saved wait a moment for more of
// it (QA: "front matter is not closed" flashed on every page).
func TestAFileWrittenInPiecesFlashesNoError(t *testing.T) {
	p := startPatient(t, site)
	ch := p.events("ideas/crm/index.html")
	next(t, ch) // the state at connection
	whole := strings.Replace(testsite.Files(site)["content/ideas/crm.md"], "The CRM is a mess.", "The CRM is a mess, written slowly.", 1)
	full := filepath.Join(p.dir, "content/ideas/crm.md")
	f, err := os.OpenFile(full, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(whole[:40])
	f.Sync()
	time.Sleep(60 * time.Millisecond)
	f.WriteString(whole[40:])
	f.Close()
	p.pageHas("/ideas/crm/", "written slowly")
	noErrorFlashed(t, ch)
	// A file that stays broken is still shown as broken.
	p.write("content/ideas/crm.md", whole[:40])
	eventually(t, "the overlay", func() bool {
		_, body := p.get("/ideas/crm/")
		return strings.Contains(body, "fokus-overlay") && strings.Contains(body, "front matter is not closed")
	})
}

// A folder copied or moved in while a file in it is still being written
// (cp -r, an unzip, a sync client, a git checkout of another branch)
// flashes no error either: the folder's files come without events of their
// own, and one read while still empty was shown as "file is empty" over
// every page until its write arrived (QA: 1 of 6 times, 50 ideas copied in).
func TestAFileStillWrittenInAFolderMovedInFlashesNoError(t *testing.T) {
	p := startPatient(t, site)
	ch := p.events("ideas/crm/index.html")
	next(t, ch) // the state at connection
	outside := filepath.Join(t.TempDir(), "2027")
	if err := os.MkdirAll(outside, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outside, "fresh.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	read := p.seenCount()
	p.rename(outside, "content/ideas/2027")
	eventually(t, "a rebuild that read the folder", func() bool {
		_, seen := p.builds()
		return covers(seen[read:], []string{"content/ideas/2027"})
	})
	p.write("content/ideas/2027/fresh.md", idea("Fresh from the folder"))
	p.pageHas("/ideas/fresh/", "Fresh from the folder")
	noErrorFlashed(t, ch)
}

// Another file saved while one is written in pieces does not show the
// first one's errors either (QA: they flashed, 10 of 10 times).
func TestAnotherSaveBetweenThePiecesFlashesNoError(t *testing.T) {
	p := startPatient(t, site)
	ch := p.events("ideas/crm/index.html")
	next(t, ch) // the state at connection
	whole := strings.Replace(testsite.Files(site)["content/ideas/crm.md"], "The CRM is a mess.", "The CRM is a mess, written in pieces.", 1)
	p.write("content/ideas/crm.md", whole[:40])
	time.Sleep(60 * time.Millisecond)
	p.write("content/ideas/webinar.md", testsite.Files(site)["content/ideas/webinar.md"]+"\nAnother file, saved meanwhile.\n")
	time.Sleep(60 * time.Millisecond)
	p.write("content/ideas/crm.md", whole)
	p.pageHas("/ideas/crm/", "written in pieces")
	noErrorFlashed(t, ch)
}

// A team saved by renaming it away and writing it anew (Emacs, Vim with
// backupcopy=no) does not flash the errors of the ideas that name it.
func TestATeamSavedByRenamingItAwayFlashesNoError(t *testing.T) {
	p := startPatient(t, site)
	ch := p.events("index.html")
	next(t, ch) // the state at connection
	team := filepath.Join(p.dir, "content/teams/sales.md")
	if err := os.Rename(team, team+"~"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(60 * time.Millisecond)
	p.write("content/teams/sales.md", strings.Replace(testsite.Files(site)["content/teams/sales.md"], "Sells.", "Sells, saved anew.", 1))
	if err := os.Remove(team + "~"); err != nil {
		t.Fatal(err)
	}
	p.pageHas("/teams/sales/", "saved anew")
	noErrorFlashed(t, ch)
	// A team that stays gone is still an error of the ideas that name it.
	if err := os.Remove(team); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the overlay", func() bool {
		_, body := p.get("/")
		return strings.Contains(body, "fokus-overlay") && strings.Contains(body, "content/ideas/crm.md:4:")
	})
}

// On a large site the team is back before the rebuild that missed it has
// checked its thousands of ideas: it still waits for the rest of the save.
func TestATeamSavedByRenamingItAwayOnALargeSiteFlashesNoError(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, 2000, 1); err != nil {
		t.Fatal(err)
	}
	p := startPatientDir(t, dir)
	ch := p.events("index.html")
	next(t, ch) // the state at connection
	team := filepath.Join(dir, "content/teams/team-1.md")
	data, err := os.ReadFile(team)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(team, team+"~"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(20 * time.Millisecond) // the rebuild has begun, without the team
	p.write("content/teams/team-1.md", string(data)+"\nSaved anew.\n")
	if err := os.Remove(team + "~"); err != nil {
		t.Fatal(err)
	}
	p.pageHas("/teams/team-1/", "Saved anew.")
	noErrorFlashed(t, ch)
}

// noErrorFlashed fails the test if ch brings an event with errors before it
// is quiet for 300 ms.
func noErrorFlashed(t *testing.T, ch <-chan message) {
	t.Helper()
	for {
		select {
		case m := <-ch:
			if string(m.Problems) != "[]" && string(m.Problems) != "null" {
				t.Fatalf("an error flashed while the file was written: %s", m.Problems)
			}
			continue
		case <-time.After(300 * time.Millisecond):
		}
		return
	}
}

// A content file that is a link to a file outside content/ follows that
// file's edits, in place and by atomic save (QA: its page stayed stale).
func TestALinkedContentFileFollowsItsTarget(t *testing.T) {
	p := start(t, site)
	outside := filepath.Join(p.dir, "shared", "linked.md")
	if err := os.MkdirAll(filepath.Dir(outside), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(title string) {
		if err := os.WriteFile(outside, []byte("+++\ntitle = \""+title+"\"\nsubmitted = 2026-11-01\n+++\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Linked one")
	if err := os.Symlink("../../shared/linked.md", filepath.Join(p.dir, "content/ideas/linked.md")); err != nil {
		t.Fatal(err)
	}
	p.pageHas("/ideas/linked/", "Linked one")
	write("Linked two") // in place
	p.pageHas("/ideas/linked/", "Linked two")
	tmp := outside + ".new" // an atomic save replaces the target
	if err := os.WriteFile(tmp, []byte("+++\ntitle = \"Linked three\"\nsubmitted = 2026-11-01\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, outside); err != nil {
		t.Fatal(err)
	}
	p.pageHas("/ideas/linked/", "Linked three")
	write("Linked four") // and the new target is followed too
	p.pageHas("/ideas/linked/", "Linked four")
}

// A content file made a link out of the site's folder while the preview
// runs is not read, as in a build: its text is not published, with the
// build's warning at the link, also when the link was one inside before
// and is pointed out, and also after its target is edited (security
// review: the preview followed such a link as any other).
func TestALinkOutOfTheSiteIsNotReadByThePreview(t *testing.T) {
	p := start(t, site)
	secret := filepath.Join(t.TempDir(), "secret.md")
	write := func(title string) {
		if err := os.WriteFile(secret, []byte("+++\ntitle = \""+title+"\"\nsubmitted = 2026-11-01\n+++\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Secret one")
	inside := filepath.Join(p.dir, "shared", "linked.md")
	if err := os.MkdirAll(filepath.Dir(inside), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(inside, []byte("+++\ntitle = \"Linked one\"\nsubmitted = 2026-11-01\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(p.dir, "content/ideas/linked.md")
	if err := os.Symlink("../../shared/linked.md", link); err != nil {
		t.Fatal(err)
	}
	p.pageHas("/ideas/linked/", "Linked one")
	// ln -sf: a new link in the old one's place, pointed out of the site.
	if err := os.Symlink(secret, link+".new"); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(link+".new", link); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("..", "..", "..", filepath.Base(filepath.Dir(secret)), "secret.md"), filepath.Join(p.dir, "content/ideas/up.md")); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"content/ideas/linked.md:1:1: warning: ignored: a link to " + secret + ", an absolute path",
		"content/ideas/up.md:1:1: warning: ignored: a link to ../../../",
	}
	eventually(t, "the warnings at both links", func() bool {
		return strings.Contains(p.log.String(), want[0]) && strings.Contains(p.log.String(), want[1])
	})
	write("Secret two")
	time.Sleep(500 * time.Millisecond) // the batch of the target's edit
	for _, page := range []string{"/ideas/linked/", "/ideas/up/", "/backlog/", "/index.json"} {
		code, body := p.get(page)
		if strings.Contains(body, "Secret") || strings.Contains(body, "Linked one") {
			t.Errorf("%s (%d) shows the linked file's text:\n%s", page, code, body)
		}
	}
}

// A theme folder that is a link (one company theme for several sites) is
// watched through the link, its sub-folders too: an edit there rebuilds
// (QA: build used the linked theme, serve never showed its edits).
func TestALinkedThemeFolderIsWatched(t *testing.T) {
	shared := filepath.Join(t.TempDir(), "corp")
	tmpl := filepath.Join(shared, "templates", "teams.html")
	write := func(heading string) {
		if err := os.WriteFile(tmpl, []byte("{{define \"main\"}}<h1>"+heading+"</h1>{{end}}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Dir(tmpl), 0o755); err != nil {
		t.Fatal(err)
	}
	write("Corporate teams")
	dir := t.TempDir()
	if err := testsite.Write(dir, strings.Replace(site, "language = \"en\"\n", "language = \"en\"\ntheme = \"corp\"\n", 1)); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "themes"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(shared, filepath.Join(dir, "themes", "corp")); err != nil {
		t.Fatal(err)
	}
	p := startDir(t, dir)
	p.pageHas("/teams/", "Corporate teams")
	write("Our teams, edited")
	p.pageHas("/teams/", "Our teams, edited")
}

// A content folder that is a link (shared by several sites) is watched
// through it, and so is a theme linked to a folder of the site outside
// content/, themes/ and static/ (review: neither was seen any more).
func TestLinkedContentAndThemeFoldersAreWatched(t *testing.T) {
	shared := t.TempDir()
	if err := testsite.Write(shared, site); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "fokus.toml"), []byte(testsite.Files(site)["fokus.toml"]+"theme = \"corp\"\n"), 0o644)
	if err := os.Symlink(filepath.Join(shared, "content"), filepath.Join(dir, "content")); err != nil {
		t.Fatal(err)
	}
	vendor := filepath.Join(dir, "vendor-corp", "templates")
	os.MkdirAll(vendor, 0o755)
	os.WriteFile(filepath.Join(vendor, "teams.html"), []byte("{{define \"main\"}}<h1>Corporate teams</h1>{{end}}\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "themes"), 0o755)
	if err := os.Symlink("../vendor-corp", filepath.Join(dir, "themes", "corp")); err != nil {
		t.Fatal(err)
	}
	p := startDir(t, dir)
	p.pageHas("/ideas/crm/", "Clean the CRM")
	p.pageHas("/teams/", "Corporate teams")
	os.WriteFile(filepath.Join(shared, "content", "ideas", "crm.md"), []byte(idea("Clean the CRM, shared")), 0o644)
	p.pageHas("/ideas/crm/", "Clean the CRM, shared")
	os.WriteFile(filepath.Join(vendor, "teams.html"), []byte("{{define \"main\"}}<h1>Vendor teams</h1>{{end}}\n"), 0o644)
	p.pageHas("/teams/", "Vendor teams")
}

// A link to a folder inside the site is not followed: its folder's events
// would be named by the link, and the edited page would stay stale
// (review).
func TestALinkToAFolderInsideTheSiteDoesNotHideItsEdits(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, site); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("ideas", filepath.Join(dir, "content", "aa")); err != nil {
		t.Fatal(err)
	}
	p := startDir(t, dir)
	p.pageHas("/ideas/crm/", "Clean the CRM")
	p.write("content/ideas/crm.md", idea("Clean the CRM now"))
	p.pageHas("/ideas/crm/", "Clean the CRM now")
}

// Errors held back for more of a file are shown when what follows changes
// no content: the same bytes saved again, or a file that is not content
// (review: the overlay never came).
func TestHeldBackErrorsShowWhenNothingMoreChanges(t *testing.T) {
	for _, then := range []string{"same bytes", "notes.txt"} {
		t.Run(then, func(t *testing.T) {
			p := start(t, site)
			p.pageHas("/ideas/crm/", "Clean the CRM")
			broken := "+++\ntitle = \"Clean the CRM\"\n" // front matter not closed
			p.write("content/ideas/crm.md", broken)
			time.Sleep(40 * time.Millisecond)
			if then == "same bytes" {
				p.write("content/ideas/crm.md", broken)
			} else {
				p.write("content/ideas/notes.txt", "x")
			}
			eventually(t, "the overlay", func() bool {
				_, body := p.get("/ideas/crm/")
				return strings.Contains(body, "front matter is not closed")
			})
		})
	}
}

// Two links to one file are both followed, and being watched once through
// either does not make the server read everything again and again (review:
// three full reloads a second, with nothing edited).
func TestTwoLinksToOneFileDoNotRebuildForever(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, site); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(dir, "shared", "shared.md")
	if err := os.MkdirAll(filepath.Dir(outside), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(outside, []byte("+++\ntitle = \"Shared one\"\nsubmitted = 2026-11-01\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"link-a.md", "link-b.md"} {
		if err := os.Symlink("../../shared/shared.md", filepath.Join(dir, "content/ideas", name)); err != nil {
			t.Fatal(err)
		}
	}
	p := startDir(t, dir)
	p.pageHas("/ideas/link-b/", "Shared one")
	time.Sleep(1500 * time.Millisecond) // five polls of the links
	if n, _ := p.builds(); n != 0 {
		t.Errorf("%d rebuilds with nothing edited", n)
	}
	if err := os.WriteFile(outside, []byte("+++\ntitle = \"Shared two\"\nsubmitted = 2026-11-01\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p.pageHas("/ideas/link-a/", "Shared two")
	p.pageHas("/ideas/link-b/", "Shared two")
}

// A file of static/ that is there when the preview starts is watched like
// content: an edit and a new file are published (review: only a static/
// made later was seen).
// The hidden names that a build publishes from static/ (.well-known/ and
// .htaccess) are watched as the rest of it.
func TestStaticWellKnownAndHtaccessAreWatched(t *testing.T) {
	p := start(t, site+"-- static/.well-known/security.txt --\nv1\n-- static/.htaccess --\nh1\n")
	if code, body := p.get("/.well-known/security.txt"); code != http.StatusOK || body != "v1\n" {
		t.Fatalf("GET /.well-known/security.txt: %d %q", code, body)
	}
	p.write("static/.well-known/security.txt", "v2\n")
	p.write("static/.htaccess", "h2\n")
	eventually(t, "the edited .well-known/security.txt and .htaccess", func() bool {
		_, a := p.get("/.well-known/security.txt")
		_, h := p.get("/.htaccess")
		return a == "v2\n" && h == "h2\n"
	})
	p.write("static/.well-known/new.txt", "new\n")
	eventually(t, "a file new in .well-known/", func() bool {
		code, b := p.get("/.well-known/new.txt")
		return code == http.StatusOK && b == "new\n"
	})
}

func TestStaticFilesAreWatched(t *testing.T) {
	p := start(t, site+"-- static/img/a.txt --\nv1\n")
	if code, body := p.get("/img/a.txt"); code != http.StatusOK || body != "v1\n" {
		t.Fatalf("GET /img/a.txt: %d %q", code, body)
	}
	p.write("static/img/a.txt", "v2\n")
	p.write("static/img/b.txt", "new\n")
	eventually(t, "the edited and the new static file", func() bool {
		_, a := p.get("/img/a.txt")
		code, b := p.get("/img/b.txt")
		return a == "v2\n" && code == http.StatusOK && b == "new\n"
	})
}

// What an editor leaves beside a stylesheet it saves (Emacs's backup
// custom.css~, which stays, its auto-save #custom.css# and lock .#custom.css,
// Vim's swap file), and a Mac beside a file on a shared drive, is published
// neither by the preview nor by a build. The preview never rebuilds for
// such a file; a build published the backup and the auto-save, which the
// preview showed only after the next save, and that save's rebuild warned
// of the swap file, the lock and the Mac's file (QA).
func TestAnEditorsLeftoversInStaticAreNotPublished(t *testing.T) {
	p := start(t, site+"-- static/assets/custom.css --\nbody { color: navy }\n")
	p.write("static/assets/#custom.css#", "body { color: te")
	p.write("static/assets/.custom.css.swp", "swap")
	p.write("static/assets/._custom.css", "a Mac's resource fork on a shared drive")
	if err := os.Symlink("someone@host.4711:1700000000", filepath.Join(p.dir, "static", "assets", ".#custom.css")); err != nil {
		t.Fatal(err)
	}
	// Emacs's save: the file renamed to its backup, and written anew.
	css := filepath.Join(p.dir, "static", "assets", "custom.css")
	if err := os.Rename(css, css+"~"); err != nil {
		t.Fatal(err)
	}
	p.write("static/assets/custom.css", "body { color: teal }\n")
	eventually(t, "the saved stylesheet", func() bool {
		_, body := p.get("/assets/custom.css")
		return body == "body { color: teal }\n"
	})
	leftovers := []string{"custom.css~", "#custom.css#", ".custom.css.swp", ".#custom.css", "._custom.css"}
	for _, name := range leftovers {
		if code, _ := p.get("/assets/" + url.PathEscape(name)); code != http.StatusNotFound {
			t.Errorf("GET /assets/%s: %d, want 404", name, code)
		}
	}
	if strings.Contains(p.log.String(), "static/assets/") {
		t.Errorf("the preview warned of an editor's leftovers:\n%s", p.log.String())
	}
	res, err := generator.Build(generator.Options{Source: os.DirFS(p.dir), Now: time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %v", err, res.Diagnostics)
	}
	for _, name := range leftovers {
		if _, ok := res.Output["assets/"+name]; ok {
			t.Errorf("the build publishes assets/%s, which the preview does not show", name)
		}
	}
	for _, d := range res.Diagnostics {
		t.Errorf("the build warns: %s", d)
	}
}

// The overlay's own lines are in the site's language too: the line for the
// errors it leaves out, and the one for a build without a diagnostic (QA).
func TestTheOverlaysOwnLinesAreInTheSitesLanguage(t *testing.T) {
	var many diag.List
	for i := range maxProblems + 10 {
		many = append(many, diag.Diagnostic{Path: "content/ideas/x.md", Line: i + 1, Col: 1, Severity: diag.Error, Message: "bad"})
	}
	for lang, want := range map[string][2]string{
		"de": {"und 10 weitere Fehler; siehe Terminal", "Die Website konnte nicht gebaut werden"},
		"en": {"and 10 more errors; see the terminal", "the build failed"},
	} {
		s := &Server{fsys: fstest.MapFS{}, lang: lang}
		probs := s.problems(many)
		if got := probs[len(probs)-1].Message; got != want[0] {
			t.Errorf("%s: last line %q, want %q", lang, got, want[0])
		}
		if got := s.problems(nil)[0].Message; got != want[1] {
			t.Errorf("%s: a failed build without diagnostics says %q, want %q", lang, got, want[1])
		}
	}
}

// Among many errors, the overlay shows those in the site's own files first:
// fokus.toml's one that explains 190 errors in content/ came last, past the
// 50 it shows (QA).
// A content folder that cannot be read comes before the errors it causes
// in the files that refer to what is in it.
func TestTheOverlayShowsAnUnreadableFolderFirst(t *testing.T) {
	var many diag.List
	for i := range maxProblems + 10 {
		many = append(many, diag.Diagnostic{Path: "content/ideas/x.md", Line: i + 1, Col: 1, Severity: diag.Error, Message: "unknown team"})
	}
	many = append(many, diag.Diagnostic{Path: "content/teams", Line: 1, Col: 1, Severity: diag.Error, Message: "cannot read it (permission denied)"})
	s := &Server{fsys: fstest.MapFS{}, lang: "en"}
	probs := s.problems(many)
	if probs[0].Where != "content/teams:1:1" || probs[1].Where != "content/ideas/x.md:1:1" {
		t.Errorf("the overlay begins with %q at %s, then %s", probs[0].Message, probs[0].Where, probs[1].Where)
	}
}

func TestTheOverlayShowsTheSitesOwnErrorsFirst(t *testing.T) {
	var many diag.List
	for i := range maxProblems + 10 {
		many = append(many, diag.Diagnostic{Path: "content/ideas/x.md", Line: i + 1, Col: 1, Severity: diag.Error, Message: "bad"})
	}
	many = append(many, diag.Diagnostic{Path: "fokus.toml", Line: 10, Col: 9, Severity: diag.Error, Message: "the cause"})
	s := &Server{fsys: fstest.MapFS{}, lang: "en"}
	probs := s.problems(many)
	if probs[0].Message != "the cause" || probs[1].Where != "content/ideas/x.md:1:1" {
		t.Errorf("the overlay begins with %q at %s, then %s", probs[0].Message, probs[0].Where, probs[1].Where)
	}
}

// A save that comes while the whole site is rendered stops that render:
// the newer change goes first, and its own whole-site render brings every
// page up to date with both (serve QA: with auto-save on a large site each
// save waited for the render before it, 0.1-0.8 s). A second save of the
// same bytes changes no content, and still brings the rest (review). The
// terminal names what the render that brings it shows: both saves, not
// "0 content files changed" (QA).
func TestASaveDuringTheWholeSiteRenderGoesFirst(t *testing.T) {
	for _, second := range []struct{ name, file, data, shows, logged string }{
		{"another file", "content/ideas/webinar.md", idea("Webinar series, second save"), "Webinar series, second save", "(2 content files changed;"},
		{"the same bytes", "content/ideas/crm.md", idea("Clean the CRM, first save"), "Clean the CRM, first save", "(content/ideas/crm.md changed;"},
	} {
		t.Run(second.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := testsite.Write(dir, site); err != nil {
				t.Fatal(err)
			}
			var armed atomic.Bool
			var p *preview
			opts := Options{Source: dir, Now: func() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) }}
			opts.beforeAll = func() {
				if !armed.CompareAndSwap(true, false) {
					return
				}
				// The second save, while the first one's whole site is due.
				os.WriteFile(filepath.Join(dir, filepath.FromSlash(second.file)), []byte(second.data), 0o644)
				deadline := time.Now().Add(patience)
				for !p.srv.watch.waiting() && time.Now().Before(deadline) {
					time.Sleep(5 * time.Millisecond)
				}
			}
			p = startWith(t, opts, nil)
			armed.Store(true)
			p.write("content/ideas/crm.md", idea("Clean the CRM, first save"))
			p.pageHas("/backlog/", second.shows)
			p.pageHas("/backlog/", "Clean the CRM, first save")
			if log := p.log.String(); !strings.Contains(log, "the rest waits for the newer changes") {
				t.Errorf("the whole-site render was not stopped for the second save:\n%s", log)
			}
			eventually(t, "the log of the render that was waited for", func() bool {
				return strings.Contains(p.log.String(), "rebuilt in")
			})
			if log := p.log.String(); !strings.Contains(log, second.logged) {
				t.Errorf("the log of the render that brings both saves does not say %q:\n%s", second.logged, log)
			}
		})
	}
}

// Ctrl-C while the whole site renders stops the render: the preview has
// nothing to finish, and it stops at once (QA: it went on for seconds and
// logged a rebuild after the Ctrl-C).
func TestStoppingDuringARenderStopsTheRender(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, site); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var armed atomic.Bool
	log := &syncBuffer{}
	opts := Options{Source: dir, Log: log, Now: func() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) }}
	opts.beforeAll = func() {
		if armed.Load() {
			cancel() // Ctrl-C, just as the whole site is to be rendered
		}
	}
	srv, err := New(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	p := &preview{t: t, dir: dir, srv: srv, addr: ln.Addr().String(), log: log}
	p.pageHas("/ideas/crm/", "Clean the CRM")
	armed.Store(true)
	p.write("content/ideas/crm.md", idea("Clean the CRM, then Ctrl-C"))
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(patience):
		t.Fatal("Serve did not return after its context ended")
	}
	if l := log.String(); strings.Contains(l, "rebuilt in") {
		t.Errorf("the whole site was rendered after the Ctrl-C:\n%s", l)
	}
}

// Ctrl-C during the first build, which takes seconds for a large site,
// stops it: New returns at once with the context's error, and the site is
// not built (QA: it rendered every page first, and only a second Ctrl-C
// ended it).
func TestCtrlCDuringTheFirstBuildStopsIt(t *testing.T) {
	dir := t.TempDir()
	if err := testsite.Write(dir, site); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	log := &syncBuffer{}
	srv, err := New(ctx, Options{Source: dir, Log: log})
	if !errors.Is(err, context.Canceled) || srv != nil {
		t.Fatalf("New after Ctrl-C: %v, %v; want no server and context.Canceled", srv, err)
	}
	if l := log.String(); strings.Contains(l, "built") {
		t.Errorf("the site was built after the Ctrl-C:\n%s", l)
	}
}

// Behind a proxy's sub-path, the preview's addresses are relative to the
// page the browser asked for: a redirect to the page's slash, and the
// script of a page asked for without it (review).
func TestThePreviewsAddressesAreRelative(t *testing.T) {
	p := start(t, site)
	p.pageHas("/ideas/crm/", "Clean the CRM")
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get("http://" + p.addr + "/ideas/crm")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusFound || loc != "./crm/" {
		t.Errorf("GET /ideas/crm: %d to %q, want 302 to ./crm/", resp.StatusCode, loc)
	}
	for from, to := range map[string]string{"/ideas//crm/": "../../../ideas/crm/", "//ideas/crm/": "../../../ideas/crm/", "/ideas/crm//?x=1": "../../../ideas/crm/?x=1"} {
		resp, err := client.Get("http://" + p.addr + from)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if loc := resp.Header.Get("Location"); loc != to {
			t.Errorf("GET %s: to %q, want %q", from, loc, to)
		}
	}
	if _, body := p.get("/ideas/nope"); !strings.Contains(body, `src="../__fokus/live.js"`) {
		t.Errorf("a missing page without its slash loads the script from elsewhere:\n%s", body)
	}
}

// One stream follows at most maxStreamPaths distinct pages: any web page
// may ask for one with 10,000, each with its copy of the overlay (security
// review: 500 MB sent). The same page named twice counts once.
func TestAnEventStreamFollowsABoundedNumberOfPages(t *testing.T) {
	p := start(t, site)
	q := url.Values{}
	for i := range maxStreamPaths + 1 {
		q.Add("path", fmt.Sprintf("ideas/p%d/index.html", i))
	}
	resp, err := http.Get("http://" + p.addr + "/__fokus/events?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("a stream for %d pages: status %d, want 400", maxStreamPaths+1, resp.StatusCode)
	}
	q = url.Values{}
	for range maxStreamPaths + 10 {
		q.Add("path", "ideas/crm/index.html")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+p.addr+"/__fokus/events?"+q.Encode(), nil)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("one page named %d times: status %d, want 200", maxStreamPaths+10, resp.StatusCode)
	}
}

// A content file that links to a file outside content/, whose target is
// then deleted, is an error as in a build: the preview must not keep the
// idea's page as if nothing happened.
func TestALinkedContentFileWhoseTargetIsDeletedIsAnError(t *testing.T) {
	p := start(t, site)
	outside := filepath.Join(p.dir, "shared", "linked.md")
	if err := os.MkdirAll(filepath.Dir(outside), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(outside, []byte("+++\ntitle = \"Linked one\"\nsubmitted = 2026-11-01\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../../shared/linked.md", filepath.Join(p.dir, "content/ideas/linked.md")); err != nil {
		t.Fatal(err)
	}
	p.pageHas("/ideas/linked/", "Linked one")
	if err := os.Remove(outside); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the overlay with the dangling link's error", func() bool {
		_, body := p.get("/backlog/")
		return strings.Contains(body, "fokus-overlay") && strings.Contains(body, "content/ideas/linked.md:1:1")
	})
}

// A good save whose whole-site render is stopped for a newer save that has
// an error: the overlay shows that error over the pages of one build, the
// good save's, not over the good save's own pages (published ahead) and
// everyone else's from the version before it, a mix that no build writes
// (QA: the idea's page had the new title, the backlog the old one). A save
// that reads everything again (fokus.toml) leaves no good model to render:
// the version before the good save shows then. The error fixed, the pages
// are a build's again.
func TestAnErrorDuringAStoppedRenderShowsOverOneBuild(t *testing.T) {
	const config = "title = \"Preview\"\nlanguage = \"en\"\nperiod = \"2026-Q4\"\n"
	for _, tc := range []struct {
		name, file, broken, fixed string
		overGoodSave              bool // the pages under the errors are the good save's, else the version's before
	}{
		{"an idea", "content/ideas/webinar.md", "+++\ntitle = \"Webinar series\"\nsubmitted = 2026-11-02\n", idea("Webinar series, fixed"), true},
		{"fokus.toml", "fokus.toml", strings.Replace(config, `"en"`, `"fr"`, 1), config, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
			build := func(dir string) *generator.Result {
				t.Helper()
				res, err := generator.Build(generator.Options{Source: os.DirFS(dir), Now: now})
				if err != nil {
					t.Fatal(err)
				}
				if res.Failed() {
					t.Fatalf("%s does not build: %s", dir, res.Diagnostics.Summary())
				}
				return res
			}
			dir := t.TempDir()
			if err := testsite.Write(dir, site); err != nil {
				t.Fatal(err)
			}
			goodSave := idea("Clean the CRM, retitled")
			// The version the errors show over, as `fokus build` writes it.
			underDir := t.TempDir()
			if err := testsite.Write(underDir, site); err != nil {
				t.Fatal(err)
			}
			if tc.overGoodSave {
				if err := os.WriteFile(filepath.Join(underDir, "content/ideas/crm.md"), []byte(goodSave), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			under := build(underDir)

			var armed atomic.Bool
			var p *preview
			opts := Options{Source: dir, Now: func() time.Time { return now }}
			opts.beforeAll = func() {
				if !armed.CompareAndSwap(true, false) {
					return
				}
				// The save with the error, while the good save's whole site is due.
				os.WriteFile(filepath.Join(dir, tc.file), []byte(tc.broken), 0o644)
				// Waiting for this save, not for any: on a loaded machine
				// a late event of the good save had made the watcher wait,
				// the good save's render went on whole, and the errors
				// came over it (CI flake).
				w := p.srv.watch
				seen := func() bool {
					w.mu.Lock()
					defer w.mu.Unlock()
					return w.pending.paths[tc.file] || w.pending.full
				}
				deadline := time.Now().Add(patience)
				for !(seen() && w.waiting()) && time.Now().Before(deadline) {
					time.Sleep(5 * time.Millisecond)
				}
			}
			p = startWith(t, opts, nil)
			armed.Store(true)
			p.write("content/ideas/crm.md", goodSave)
			eventually(t, "the overlay, and then no rebuild running", func() bool {
				return len(p.srv.current().problems) > 0 && p.srv.idle()
			})
			if log := p.log.String(); !strings.Contains(log, "the rest waits for the newer changes") {
				t.Fatalf("the good save's whole-site render was not stopped for the save with the error:\n%s", log)
			}
			if diffs := diffPages(p.srv.current(), under.Output); len(diffs) > 0 {
				t.Errorf("under the overlay, the pages are not those of one build:\n%s", strings.Join(diffs[:min(len(diffs), 10)], "\n"))
			}
			if _, body := p.get("/backlog/"); !strings.Contains(body, "fokus-overlay") || strings.Contains(body, "Clean the CRM, retitled") != tc.overGoodSave {
				t.Errorf("GET /backlog/ shows no overlay, or not over the backlog of the version it should:\n%s", body)
			}

			// The error fixed: the pages are a build of the files again.
			p.write(tc.file, tc.fixed)
			eventually(t, "the error gone, and then no rebuild running", func() bool {
				return len(p.srv.current().problems) == 0 && p.srv.idle()
			})
			if diffs := diffPages(p.srv.current(), build(dir).Output); len(diffs) > 0 {
				t.Errorf("after the fix, the pages are not a build's:\n%s", strings.Join(diffs[:min(len(diffs), 10)], "\n"))
			}
		})
	}
}

// A tab showing an idea whose file is renamed reloads into the idea's new
// page, not into "not found": the preview sends the old address there, as
// long as the old name does not come back (QA).
func TestRenamedIdeasOldPageLeadsToItsNewOne(t *testing.T) {
	p := start(t, site)
	p.pageHas("/ideas/crm/", "Clean the CRM")
	leadsTo := func(from, want string) {
		t.Helper()
		var code int
		var at string
		eventually(t, from+" leads to "+want, func() bool {
			resp, err := http.Get("http://" + p.addr + from)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			code, at = resp.StatusCode, resp.Request.URL.Path
			return code == 200 && at == want
		})
	}
	p.rename("content/ideas/crm.md", "content/ideas/crm-cleanup.md")
	p.pageHas("/ideas/crm-cleanup/", "Clean the CRM")
	leadsTo("/ideas/crm/", "/ideas/crm-cleanup/")
	leadsTo("/ideas/crm/index.html", "/ideas/crm-cleanup/index.html")
	// Renamed again, the first name leads to the last.
	p.rename("content/ideas/crm-cleanup.md", "content/ideas/crm-2027.md")
	p.pageHas("/ideas/crm-2027/", "Clean the CRM")
	leadsTo("/ideas/crm-cleanup/", "/ideas/crm-2027/")
	leadsTo("/ideas/crm/", "/ideas/crm-2027/")
	// A new idea of the old name is that idea, not a redirect.
	p.write("content/ideas/crm.md", idea("A new CRM idea"))
	p.pageHas("/ideas/crm/", "A new CRM idea")
	// A deleted idea is gone, not moved to one added with it.
	if err := os.Remove(filepath.Join(p.dir, "content/ideas/webinar.md")); err != nil {
		t.Fatal(err)
	}
	p.write("content/ideas/podcast.md", idea("A podcast"))
	p.pageHas("/ideas/podcast/", "A podcast")
	eventually(t, "deleted idea's page is gone", func() bool {
		code, _ := p.get("/ideas/webinar/")
		return code == 404
	})
	// The idea of the old name, deleted again, leaves its address not
	// found: it no longer leads to the renamed one (review).
	if err := os.Remove(filepath.Join(p.dir, "content/ideas/crm.md")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the deleted new idea's page is gone", func() bool {
		code, _ := p.get("/ideas/crm/")
		return code == 404
	})
}

// A renamed team has two pages of a new name, its page and its poster:
// both old addresses lead to the new ones (review: not found, as a team's
// rename was not taken for one).
func TestRenamedTeamsOldPagesLeadToItsNewOnes(t *testing.T) {
	p := start(t, site)
	p.write("content/teams/events.md", "+++\ntitle = \"Events\"\n+++\nFairs.\n")
	p.pageHas("/teams/events/", "Fairs.")
	p.rename("content/teams/events.md", "content/teams/fairs.md")
	p.pageHas("/teams/fairs/", "Fairs.")
	for from, want := range map[string]string{"/teams/events/": "/teams/fairs/", "/posters/events/": "/posters/fairs/"} {
		eventually(t, from+" leads to "+want, func() bool {
			resp, err := http.Get("http://" + p.addr + from)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			return resp.StatusCode == 200 && resp.Request.URL.Path == want
		})
	}
}

// A file renamed before the whole site of its first name was published
// (written, its pages published ahead, then renamed): the whole site has
// the pages of its last name, and the first name's lead there (review:
// the first name's pages, published ahead and gone, were taken for a
// second idea, and no rename was seen). Decided on the states alone, as
// the order in which a preview's renders end is not the test's to choose.
func TestPagesPublishedAheadAndRenamedLeadToTheNewName(t *testing.T) {
	pg := func(title string) page { return page{data: []byte("<title>" + title + "</title>")} }
	whole := &state{pages: map[string]page{"index.html": pg("Home")}, whole: true, next: make(chan struct{})}
	movedPages(&state{}, whole)
	ahead := &state{pages: map[string]page{"index.html": pg("Home"), "teams/events/index.html": pg("Events"), "posters/events/index.html": pg("Poster Events")},
		came: []string{"teams/events/index.html", "posters/events/index.html"}}
	movedPages(whole, ahead)
	renamed := &state{pages: map[string]page{"index.html": pg("Home"), "teams/events/index.html": pg("Events"), "posters/events/index.html": pg("Poster Events"),
		"teams/fairs/index.html": pg("Events"), "posters/fairs/index.html": pg("Poster Events")},
		came: []string{"teams/fairs/index.html", "posters/fairs/index.html"}}
	movedPages(ahead, renamed)
	last := &state{pages: map[string]page{"index.html": pg("Home"), "teams/fairs/index.html": pg("Events"), "posters/fairs/index.html": pg("Poster Events")},
		whole: true, gone: []string{"teams/events/index.html", "posters/events/index.html"}}
	movedPages(renamed, last)
	want := map[string]string{"teams/events/index.html": "teams/fairs/index.html", "posters/events/index.html": "posters/fairs/index.html"}
	if !maps.Equal(last.moved, want) {
		t.Errorf("moved %v, want %v", last.moved, want)
	}
}
