// Package serve is fokus's preview server: it builds the site into memory,
// serves it from there, watches the source folder, rebuilds what changed and
// tells browsers over Server-Sent Events when their page or the theme's
// assets have new bytes.
//
// Nothing is written anywhere: the built pages live in a map that is replaced
// whole after each rebuild, so a request sees either the old or the new site,
// never half of each, and a browser is only told to reload once the new bytes
// are there to be fetched.
package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"maps"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"fokus/generator"
	"fokus/generator/content"
	"fokus/generator/diag"
	"fokus/generator/render"
)

// Options configure a Server.
type Options struct {
	Source  string           // the site's source folder
	Drafts  bool             // include ideas marked draft
	Bind    string           // the address the server is reached at, accepted as Host; the listener's address when empty
	Log     io.Writer        // where rebuilds and diagnostics are reported; nil discards
	Now     func() time.Time // "now" for each rebuild; nil uses the clock
	NowDay  bool             // Now names a calendar day (--now 2027-03-01), not an instant (see generator.Options)
	Quiet   time.Duration    // rebuild this long after the last change; 0 uses 10 ms
	MaxWait time.Duration    // rebuild at most this long after the first change of a stream, 0 uses 1 s

	// What tests change, so that no test changes a package's variables:
	// zero means the value a preview runs with (see withDefaults).
	dayCheck   time.Duration           // how often to look whether the day has changed
	settleFor  time.Duration           // how long a rebuild waits for an empty or a missing file to be written
	errorGrace time.Duration           // how long errors in files just saved wait for more of them (see moreComing)
	keepAlive  time.Duration           // how long an event stream is quiet at most (see events)
	canOpen    func(path string) bool  // whether this process can open path for reading
	addWatch   func(path string) error // adds a watch; nil: the file watcher's own
	hostname   func() (string, error)  // this machine's name, accepted as Host when listening on every interface
	beforeAll  func()                  // called before a rebuild renders the whole site; nil does nothing
}

// withDefaults fills in what opts leaves zero.
func (opts Options) withDefaults() Options {
	if opts.Quiet <= 0 {
		opts.Quiet = 10 * time.Millisecond
	}
	if opts.MaxWait <= 0 {
		opts.MaxWait = time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.dayCheck <= 0 {
		opts.dayCheck = time.Minute
	}
	if opts.settleFor <= 0 {
		opts.settleFor = 150 * time.Millisecond
	}
	if opts.errorGrace <= 0 {
		opts.errorGrace = 150 * time.Millisecond
	}
	if opts.keepAlive <= 0 {
		opts.keepAlive = 30 * time.Second
	}
	if opts.canOpen == nil {
		opts.canOpen = canOpen
	}
	if opts.hostname == nil {
		opts.hostname = os.Hostname
	}
	return opts
}

// Server is one preview of one source folder.
type Server struct {
	opts    Options
	fsys    fs.FS
	builder *generator.Builder
	watch   *watcher
	log     io.Writer
	done    chan struct{}   // closed on shutdown, ending event streams
	printed map[string]bool // the warnings the last run printed (report); used by the rebuild loop only
	// heldSince is when a rebuild first held back its errors for more of a
	// file being written (moreComing); zero when none is held. Rebuild loop only.
	heldSince time.Time
	// held are the files whose errors are held back: a save of another
	// file in between must not show them (QA: an error of 20 ms flashed
	// when another file was saved while the first was written).
	held   map[string]bool
	behind bool // the last whole-site render stopped for newer changes: the next one must not
	// whole is, while behind, the state the stopped rebuild began with:
	// its pages are one version's whole render, which the served ones are
	// not since that rebuild published its own pages ahead. Rebuild loop only.
	whole *state
	// unshown are, while behind, the files whose changes the stopped
	// renders left to the next one (see Builder.Saved): that render's line
	// in the terminal names them too, instead of "0 content files changed"
	// when the newer save had the same bytes (QA). Rebuild loop only.
	unshown []string
	lang    string // the site's language, for the preview's own words (see words); rebuild loop only

	mu     sync.Mutex
	cur    *state
	busy   bool          // a rebuild is running
	builds int           // rebuilds done, for tests
	seen   [][]string    // paths of each batch read, rebuilt or not (see builds), for tests
	took   time.Duration // the last rebuild, both steps, for benchmarks

	hosts    map[string]bool // acceptable Host names, lower case, without port
	wildcard bool            // listening on every interface: any IP literal is fine as Host
	refused  map[string]bool // Host names refused and reported (see refuse); under mu
}

// state is one published version of the site. It is never changed after it
// is published; next is closed when a newer one replaces it.
type state struct {
	pages    map[string]page   // nil: no build has succeeded yet
	assets   string            // version of the files pages load (see assetsVersion)
	besides  map[string]string // page → version of the files beside it (see besideVersions)
	problems []problem         // content errors shown over every page; nil when there are none
	overlay  []byte            // problems as JSON for the browser
	lang     string            // the site's language when published (see words)
	moved    map[string]string // pages renamed in the preview: old path → new (see movedPages)
	whole    bool              // pages is a whole render of the site, not a changed file's pages ahead of it
	ahead    bool              // pages are changed files' own, ahead of the whole render that follows: news to those alone (see events)
	came     []string          // pages that are new in this state (see pagesOf)
	gone     []string          // pages of the state before that a whole render no longer has
	arrived  []string          // pages that came since the last whole render was published
	next     chan struct{}
}

type page struct {
	data    []byte
	version string // changes exactly when data does
}

// version is what a browser showing p compares with its own to know whether
// to reload. A page looks as its CSS, scripts, images and fonts make it, so
// its version is that of its bytes and of the assets together: a changed
// stylesheet reloads every open page, a changed page only itself.
func (st *state) version(p string) string {
	pg, ok := st.pages[p]
	if !ok || !isPage(p) {
		return pg.version
	}
	if b := st.besides[p]; b != "" {
		return pg.version + "." + st.assets + "." + b
	}
	return pg.version + "." + st.assets
}

// isPage reports whether p is a page, which the server shows with its script.
func isPage(p string) bool { return strings.HasSuffix(p, ".html") }

// dataFiles are the files made from the content that no page loads: they
// change with nearly every edit, and reloading every open page for them
// would undo what the pages' own versions are for.
var dataFiles = map[string]bool{"index.json": true, render.FeedPath: true}

// loadable are the kinds of file a page loads by itself (see assetsVersion).
var loadable = map[string]bool{".css": true, ".js": true, ".mjs": true, ".woff": true, ".woff2": true, ".ttf": true, ".otf": true,
	".svg": true, ".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".avif": true, ".ico": true}

// assetsVersion is the version of the files that any page may load: the
// stylesheets, scripts, fonts and images of the theme and of static/. A
// PDF or a text file put into static/ is no reason to reload every page.
func assetsVersion(pages map[string]page) string {
	var assets []string
	for p := range pages {
		if isFile(p) && loadable[strings.ToLower(path.Ext(p))] && besidePage(p) == "" {
			assets = append(assets, p)
		}
	}
	sort.Strings(assets)
	h := fnv.New64a()
	for _, p := range assets {
		fmt.Fprintf(h, "%s\x00%s\x00", p, pages[p].version)
	}
	return strconv.FormatUint(h.Sum64(), 36)
}

// besideVersions is, for each page with files in its folder beside it (a
// picture its body shows, see content.File), a version of those files: a
// changed picture reloads the page that shows it, not every open page as
// a changed stylesheet does.
func besideVersions(pages map[string]page) map[string]string {
	sums := map[string]uint64{}
	for p, pg := range pages {
		if owner := besidePage(p); owner != "" {
			h := fnv.New64a()
			fmt.Fprintf(h, "%s\x00%s", p, pg.version)
			sums[owner] ^= h.Sum64() // of the files in any order
		}
	}
	out := make(map[string]string, len(sums))
	for p, sum := range sums {
		out[p] = strconv.FormatUint(sum, 36)
	}
	return out
}

// besidePage is the page in whose folder the file p is, beside it
// ("ideas/crm/index.html" for ideas/crm/plan.png), or "" when p is no
// file in the folder of a document's page.
func besidePage(p string) string {
	section, rest, _ := strings.Cut(p, "/")
	slug, name, ok := strings.Cut(rest, "/")
	if !ok || name == "index.html" || section != "ideas" && section != "objectives" && section != "teams" {
		return ""
	}
	return section + "/" + slug + "/index.html"
}

// New builds the site once and starts watching the source folder before
// doing so, so that a save during the first build is not lost. A site with
// content errors is no error here: the server shows them in the browser.
// When ctx ends during the build (Ctrl-C while 10,000 pages render), New
// stops it and returns ctx's error.
func New(ctx context.Context, opts Options) (*Server, error) {
	opts = opts.withDefaults()
	// The source by its absolute name, not through the working folder: a
	// source deleted and made again (a fresh clone) is a new folder, which
	// "." never becomes (see watcher.rootGone).
	root, err := filepath.Abs(opts.Source)
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, fsys: os.DirFS(root), log: opts.Log, done: make(chan struct{}),
		cur: &state{next: make(chan struct{})}}
	if s.log == nil {
		s.log = io.Discard
	}
	w, err := newWatcher(root, opts, s.logf)
	if err != nil {
		return nil, fmt.Errorf("watching %s: %w", opts.Source, err)
	}
	s.watch = w
	s.builder = generator.NewBuilder(generator.Options{Source: s.fsys, Drafts: opts.Drafts, Now: opts.Now(), NowDay: opts.NowDay})
	start := time.Now()
	if err := s.builder.Reload(); errors.Is(err, content.ErrNoContent) {
		w.fsw.Close()
		return nil, fmt.Errorf("%s: %w; is this a fokus site?", opts.Source, err)
	} else if err != nil {
		s.logf("fokus: %v", err)
		s.readLanguage()
		s.publishProblems(errorDiag(err))
		return s, nil
	}
	res := s.builder.Model(opts.Now())
	s.lang = res.Site.Config.Language
	s.report(res.Diagnostics, res.Failed())
	if res.Failed() {
		s.logf("fokus: %s; the browser shows them", res.Diagnostics.Summary())
		s.publishProblems(res.Diagnostics)
		return s, nil
	}
	out, _, err := s.builder.RenderUntil(res.Site, func() bool { return ctx.Err() != nil })
	if errors.Is(err, render.ErrStopped) {
		w.fsw.Close()
		return nil, ctx.Err()
	}
	if err != nil {
		ds := generator.RenderDiagnostics(s.fsys, res.Site.Config, err)
		ds.Sort()
		for _, d := range ds {
			fmt.Fprintln(s.log, d.String())
		}
		s.logf("fokus: %s; the browser shows them", append(slices.Clone(res.Diagnostics), ds...).Summary())
		s.publishProblems(ds)
		return s, nil
	}
	s.publishPages(out, false, nil)
	s.logf("fokus: built %s, %s, %s (%s) in %d ms",
		diag.Plural(len(res.Site.Ideas), "idea"), diag.Plural(len(res.Site.Objectives), "objective"), diag.Plural(len(res.Site.Teams), "team"),
		diag.Plural(len(out), "file"), time.Since(start).Milliseconds())
	return s, nil
}

// readLanguage takes the site's language from fokus.toml when there is no
// model to take it from: the content could not be read, but the page that
// says so is still for the site's readers. Without a readable fokus.toml
// it is the default language, as for a build.
func (s *Server) readLanguage() {
	cfg, _ := content.LoadConfig(s.fsys)
	s.lang = cfg.Language
}

// errorDiag turns an error that is in no file (an unreadable folder) into
// something the overlay can show. A broken theme is in a file: see
// generator.RenderDiagnostic.
func errorDiag(err error) diag.List {
	return diag.List{{Severity: diag.Error, Message: err.Error()}}
}

// logf prints one line of the preview's own, escaped as diagnostics are
// (diag.Printable): it names files, and a file name's escape sequence
// cleared the terminal, its line break began a line of its own (QA).
func (s *Server) logf(format string, args ...any) {
	fmt.Fprintln(s.log, diag.Printable(fmt.Sprintf(format, args...)))
}

// Serve answers requests on ln and rebuilds on changes until ctx ends, then
// shuts down: open event streams are ended, other requests may finish.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	s.allowHosts(ln.Addr())
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); s.watch.run(ctx) }()
	go func() { defer wg.Done(); s.loop(ctx) }()
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	close(s.done)
	cancel()
	// A preview has no request worth waiting for: the event streams have
	// ended, a page being sent gets half a second, then the rest is cut.
	shutdown, stop := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer stop()
	if e := srv.Shutdown(shutdown); errors.Is(e, context.DeadlineExceeded) {
		srv.Close()
	} else if err == nil && e != nil {
		err = e
	}
	wg.Wait()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// allowHosts decides which Host headers are ours: a page of another site
// that resolves its own name to 127.0.0.1 (DNS rebinding) must not read ours.
func (s *Server) allowHosts(addr net.Addr) {
	s.hosts = map[string]bool{"localhost": true, "127.0.0.1": true, "::1": true}
	host, _, err := net.SplitHostPort(addr.String())
	if err == nil {
		s.hosts[strings.ToLower(host)] = true
	}
	if b := strings.ToLower(strings.Trim(s.opts.Bind, "[]")); b != "" {
		s.hosts[b] = true
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		s.wildcard = true
		// Listening on every interface is for others, and a colleague's
		// browser asks for the machine by its name (http://vm:1313/). That
		// name is the machine owner's, not one a foreign site controls.
		if name, err := s.opts.hostname(); err == nil && name != "" {
			for _, n := range machineNames(name) {
				s.hosts[n] = true
			}
		}
	}
}

// machineNames are the names a colleague reaches this machine by, from
// its host name: the name, its first label (a Mac's "annas-mbp.local" is
// "annas-mbp" to a Windows colleague), and that label in .local, as
// Bonjour and Avahi answer for it (QA: http://vm.local:1313/ was refused).
// Neither a single label nor a .local name is one a foreign site can give
// itself: public DNS has neither.
func machineNames(hostname string) []string {
	name := strings.ToLower(strings.TrimSuffix(hostname, "."))
	short, _, _ := strings.Cut(name, ".")
	if short == "" {
		return []string{name}
	}
	return []string{name, short, short + ".local"}
}

// hostName is the name in a Host header, without its port, lower case.
// Any port is ours: rebinding needs a name the attacker controls, not a
// port, and a preview reached through a forwarded port (ssh -L, docker -p,
// an editor's port forwarding) arrives with the port of the other end.
func hostName(hostport string) string {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	return strings.ToLower(strings.Trim(host, "[]"))
}

func (s *Server) hostOK(hostport string) bool {
	host := hostName(hostport)
	if s.hosts[host] {
		return true
	}
	// Rebinding needs a name the attacker controls; an IP address is not one.
	return s.wildcard && net.ParseIP(host) != nil
}

// maxRefused is how many refused Host names are reported: a page that
// tries name after name must not fill the terminal.
const maxRefused = 20

// refuse says in the terminal that a request for hostport was refused,
// once per name. The browser shows only a 403; the fix is with the person
// who started the preview, and it is a flag.
func (s *Server) refuse(hostport string) {
	name := hostName(hostport)
	s.mu.Lock()
	report := !s.refused[name] && len(s.refused) < maxRefused
	if report {
		if s.refused == nil {
			s.refused = map[string]bool{}
		}
		s.refused[name] = true
	}
	s.mu.Unlock()
	if !report {
		return
	}
	if name == "" {
		s.logf("fokus: refused a request without a Host name; %s", s.answersTo())
		return
	}
	if strings.Contains(name, ".") {
		// A name with a domain is how another site's page asks (DNS
		// rebinding): no advice that would let it in.
		s.logf("fokus: refused a request for Host %q: %s", hostport, s.answersTo())
		return
	}
	s.logf("fokus: refused a request for Host %q: %s; if %s is this machine's name, serve with --bind %s",
		hostport, s.answersTo(), name, name)
}

// answersTo says which Host names the preview accepts (see allowHosts).
func (s *Server) answersTo() string {
	if s.wildcard {
		return "the preview answers only to localhost and this machine's addresses and name"
	}
	return "the preview answers only to localhost and the address it listens on (--bind)"
}

// loop rebuilds whenever the watcher has a batch ready, and when the day
// changes while the preview is open (see Builder.NewDay).
func (s *Server) loop(ctx context.Context) {
	days := time.NewTicker(s.opts.dayCheck)
	defer days.Stop()
	for {
		var b batch
		select {
		case <-ctx.Done():
			return
		case <-s.watch.kick:
			s.setBusy(true) // before take, so that idle never sees neither a batch nor a rebuild
			b = s.watch.take()
		case <-days.C:
			if !s.builder.NewDay(s.opts.Now()) {
				continue
			}
			s.setBusy(true)
			b = batch{day: true}
		}
		if !b.empty() {
			s.rebuild(ctx, b)
		}
		s.setBusy(false)
	}
}

// phaseOneMax is the most changed documents whose own pages are rendered
// ahead of the whole site; beyond it (a git checkout) the whole site is
// rendered at once, since rendering a handful of pages first only pays
// when it is a handful.
const phaseOneMax = 16

// rebuild brings the served site up to date with the changes in b.
//
// It renders in two steps. First only the own pages of the edited documents,
// which are published at once, so that the page being edited reloads without
// waiting for thousands of others; then the whole site, published again so
// that every page whose bytes changed (ranks, lists, team pages) is updated
// and the result is exactly what `fokus build` writes.
func (s *Server) rebuild(ctx context.Context, b batch) {
	start := time.Now()
	var changed, saved []string
	reloaded := b.full
	var err error
	if b.full {
		err = s.builder.Reload()
	} else {
		paths := make([]string, 0, len(b.paths))
		for p := range b.paths {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		s.settle(paths)
		b.lost = s.lost(paths)
		changed, reloaded, err = s.builder.Update(paths)
		// What the log names: the picture saved, not the idea that shows it.
		saved = s.builder.Saved(paths, changed)
	}
	seen := make([]string, 0, len(b.paths))
	for p := range b.paths {
		seen = append(seen, p)
	}
	sort.Strings(seen)
	s.mu.Lock()
	s.seen = append(s.seen, seen)
	s.mu.Unlock()
	if err == nil && !reloaded && len(changed) == 0 && !b.day && s.heldSince.IsZero() && !s.behind {
		return // only files that are not content, such as notes.txt
	}
	s.mu.Lock()
	s.builds++
	s.mu.Unlock()
	if err != nil {
		if errors.Is(err, content.ErrNoContent) && folderID(s.watch.root) == "" {
			// "no content/ folder" it has, wherever it went (QA).
			err = fmt.Errorf("the source folder %s is gone (moved or deleted); the preview shows its last good version until a folder of that name is back", s.watch.root)
		}
		s.logf("fokus: %v", err) // over the last version's language (see New)
		s.publishProblems(errorDiag(err))
		return
	}
	res := s.builder.Model(s.opts.Now())
	if !res.Failed() {
		// Over errors the overlay is the heading of the last good version,
		// which is in that version's language (QA: a language = "fr" typo
		// put a German heading over the English site).
		s.lang = res.Site.Config.Language
	}
	if res.Failed() {
		if s.moreComing(res.Diagnostics, b) {
			// The next batch builds again, with the file written whole;
			// held back, its errors show then even if it changes nothing.
			if s.heldSince.IsZero() {
				s.heldSince, s.held = time.Now(), map[string]bool{}
			}
			maps.Copy(s.held, b.paths)
			return
		}
		s.heldSince, s.held = time.Time{}, nil
		s.fail(res.Diagnostics, nil)
		if s.behind {
			s.showLastGood(ctx)
		}
		return
	}
	s.heldSince, s.held = time.Time{}, nil
	// The last good site, which the second step's failure brings back: the
	// first step's pages belong to a site that did not build.
	good := s.lastWhole()
	first := 0
	// While errors show, the pages under them are the last good version,
	// and only a whole render that succeeds replaces it: pages published
	// ahead of a render that then failed (a site's own template that fails
	// on another page) were taken back with it, and their tabs reloaded
	// twice, into a site that did not build and out of it again, on every
	// save while a template failed. With a theme of its own, a fix shows
	// with the whole site, reloading once what it changed, or nothing when
	// that render fails too; the built-in theme's does not fail, and its
	// fix shows first (at 10,000 ideas in 50 ms, not after a second).
	if cur := s.current(); !reloaded && len(changed) <= phaseOneMax && cur.pages != nil && (cur.problems == nil || !s.builder.OwnTheme()) {
		out, err := s.builder.RenderDocs(res.Site, changed)
		if err == nil && len(out) > 0 {
			first = s.publishPages(out, true, nil)
		}
	}
	firstAt := time.Since(start)
	// A save that comes while the whole site renders (an editor's auto-save
	// every second on a site of thousands of ideas) would wait for it, and
	// its own page with it; the render stops and the newer changes go
	// first, their whole-site render with them (QA: 0.1-0.8 s per save).
	if s.opts.beforeAll != nil {
		s.opts.beforeAll()
	}
	// Stopped only when its own pages are shown already, and never twice
	// in a row: a save every second on a site whose render takes longer
	// would otherwise keep the lists stale for as long as someone types.
	newer := func() bool { return false }
	if first > 0 && !s.behind {
		newer = s.watch.waiting
	}
	// Ctrl-C stops the render too: a preview has nothing to finish
	// (QA: fokus went on for seconds after it, rendering 3,000 pages).
	stop := func() bool { return ctx.Err() != nil || newer() }
	out, kept, err := s.builder.RenderUntil(res.Site, stop)
	if errors.Is(err, render.ErrStopped) && ctx.Err() != nil {
		return
	}
	if errors.Is(err, render.ErrStopped) {
		s.behind, s.whole = true, good
		s.unshown = append(s.unshown, saved...)
		s.logf("fokus: %s shown in %d ms; the rest waits for the newer changes", diag.Plural(first, "page"), firstAt.Milliseconds())
		return
	}
	shown := saved
	if len(s.unshown) > 0 {
		shown = append(slices.Clone(s.unshown), saved...)
		slices.Sort(shown)
		shown = slices.Compact(shown)
	}
	s.behind, s.whole, s.unshown = false, nil, nil
	if err == nil {
		err = s.renderMissing(res, out, kept)
	}
	if err != nil {
		// A template that fails to parse or to execute: reported at its
		// file and line, as `fokus build` does.
		// The count is the whole run's, as build's, warnings included.
		all := append(slices.Clone(res.Diagnostics), generator.RenderDiagnostics(s.fsys, res.Site.Config, err)...)
		all.Sort()
		s.fail(all, good)
		return
	}
	s.report(res.Diagnostics, false)
	n := s.publishPages(out, false, kept)
	s.mu.Lock()
	s.took = time.Since(start)
	s.mu.Unlock()
	what := strconv.Itoa(len(shown)) + " content files changed"
	if len(shown) == 1 {
		what = shown[0] + " changed"
	}
	if reloaded {
		what = "everything read again"
	} else if b.day && len(shown) == 0 {
		what = "a new day"
	}
	if first > 0 {
		// The pages of the files named before: "their" for several (QA:
		// "4 content files changed; its 4 pages").
		whose := "its"
		if len(shown) > 1 {
			whose = "their"
		}
		s.logf("fokus: rebuilt in %d ms (%s; %s %s after %d ms, then %s changed)",
			time.Since(start).Milliseconds(), what, whose, diag.Plural(first, "page"), firstAt.Milliseconds(), diag.Plural(n, "other file"))
	} else {
		// Files, not pages: a stylesheet is one too (QA: a CSS edit was
		// "1 page changed").
		s.logf("fokus: rebuilt in %d ms (%s; %s changed)", time.Since(start).Milliseconds(), what, diag.Plural(n, "file"))
	}
}

// renderMissing renders into out the kept pages that the server does not
// have (it never served a version of this site).
func (s *Server) renderMissing(res *generator.Result, out render.Output, kept []string) error {
	var missing []string
	for _, p := range kept {
		if _, ok := s.current().pages[p]; !ok {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	more, err := s.builder.RenderPaths(res.Site, missing)
	maps.Copy(out, more)
	return err
}

// lastWhole is the last state whose pages are one version's whole render:
// the current one, unless a whole-site render stopped since, after its own
// pages were published ahead. Errors show over it, so that the pages under
// them are those of one build (QA: an idea's page had its new title, the
// backlog the old one).
func (s *Server) lastWhole() *state {
	if s.behind {
		return s.whole
	}
	return s.current()
}

// showLastGood shows the errors of a save that came while the whole site
// of the last good save was rendered, and stopped that render, over that
// whole site, rendered now. Until then they show over the version before
// it (lastWhole), at once: at 10,000 ideas the render takes a second or
// more, and the errors are what the person who saved wants to see. It
// stops, leaving that version, for newer changes, which go first again.
func (s *Server) showLastGood(ctx context.Context) {
	start := time.Now()
	good := s.builder.LastGood()
	if good == nil || good.Failed() {
		return // a Reload came since: another theme, perhaps; the version before stays
	}
	out, kept, err := s.builder.RenderUntil(good.Site, func() bool { return ctx.Err() != nil || s.watch.waiting() })
	if err == nil {
		err = s.renderMissing(good, out, kept)
	}
	if err != nil {
		// Stopped, or a template that fails on this version: the version
		// before stays under the errors.
		return
	}
	cur := s.current()
	st, _ := s.pagesOf(out, false, kept)
	st.problems, st.overlay = cur.problems, cur.overlay
	s.publish(st)
	s.behind, s.whole, s.unshown = false, nil, nil
	s.logf("fokus: the errors show over the last good version's whole site, rendered in %d ms", time.Since(start).Milliseconds())
}

// moreComing reports whether, within opts.errorGrace, more changes arrive after
// a rebuild that found errors in files of its batch b (or in its folders), or
// in files whose errors are held back already, or whose batch lost a file. An
// editor or a slow network drive may write a file in pieces further apart than
// the watcher's quiet time: the first piece alone is "front matter is not
// closed", which would flash over every open page (QA). Errors can wait a
// moment; a good build is never held back.
func (s *Server) moreComing(diags diag.List, b batch) bool {
	own := false
	for _, d := range diags {
		if d.Severity != diag.Error {
			continue
		}
		// A file in a folder of b or held is its too: a folder copied or
		// moved in (cp -r, unzip, git checkout) comes as the folder alone,
		// and a file in it read while still empty was "file is empty"
		// over every page until its write arrived (QA).
		for p := d.Path; p != "" && p != "."; p = path.Dir(p) {
			own = own || b.paths[p] || s.held[p]
		}
		if own {
			break
		}
	}
	// A content file that the rebuild found gone may be back in a moment:
	// Emacs, and Vim with backupcopy=no, save by renaming the file to x~
	// and writing it anew, and meanwhile every idea that names the team
	// or objective is an error of its own file (QA: a dozen "unknown
	// team" errors flashed over every page on saving a team).
	own = own || b.lost
	// A file written for longer than a second is shown as it is meanwhile.
	if !own || !s.heldSince.IsZero() && time.Since(s.heldSince) > time.Second {
		return false
	}
	for deadline := time.Now().Add(s.opts.errorGrace); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		s.watch.mu.Lock()
		more := !s.watch.pending.empty()
		s.watch.mu.Unlock()
		if more {
			return true
		}
	}
	return false
}

// lost reports whether a content file among paths is gone, as the rebuild
// about to read them finds it (see moreComing). Looked at before the
// rebuild, not after it: on a large site the file is back by then.
func (s *Server) lost(paths []string) bool {
	for _, p := range paths {
		if content.KindOf(p) == "" {
			continue
		}
		if _, err := fs.Lstat(s.fsys, p); errors.Is(err, fs.ErrNotExist) {
			return true
		}
	}
	return false
}

// settle waits a moment for the files among paths that are empty or gone:
// an editor that truncates a file and then writes it (cat > f, some save
// modes) leaves it empty for a few milliseconds, and one that renames it
// away first (Emacs, Vim with backupcopy=no) leaves no file at all; "file
// is empty" for that moment would flash over every open page. Not only
// content files: an empty or missing fokus.toml is a valid one, of
// defaults, and so is an empty translation or stylesheet of a theme; the
// site of that moment reloaded every open page in another language and
// title (QA). A file still empty or gone after Options.settleFor is read
// as it is. A content file that is gone is waited for only while the
// editor's copy of it is there (renamedAway): deleting and renaming ideas
// is common, and waiting for every gone file made each reload 150 ms later
// (review), while an idea renamed away to be written anew took its page
// down for a moment (second review).
func (s *Server) settle(paths []string) {
	deadline := time.Now().Add(s.opts.settleFor)
	for _, p := range paths {
		for time.Now().Before(deadline) {
			info, err := fs.Stat(s.fsys, p)
			gone := errors.Is(err, fs.ErrNotExist)
			if err != nil && (!gone || strings.HasPrefix(p, "content/") && !s.renamedAway(p)) || err == nil && (!info.Mode().IsRegular() || info.Size() > 0) {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
}

// backupSuffixes are what editors that save by renaming the file away and
// writing it anew append to its name meanwhile: Vim and Emacs (~),
// JetBrains' safe write (___jb_old___).
var backupSuffixes = []string{"~", "___jb_old___"}

// renamedAway reports whether the gone file p has an editor's copy beside
// it, as while it is saved by renaming it away and writing it anew.
func (s *Server) renamedAway(p string) bool {
	for _, suffix := range backupSuffixes {
		if _, err := fs.Stat(s.fsys, p+suffix); err == nil {
			return true
		}
	}
	return false
}

// fail reports the errors that stop a rebuild: in the terminal as `fokus
// build` prints them, in the browser over the last good version.
// With good, the pages of that state are shown again under the overlay.
func (s *Server) fail(diags diag.List, good *state) {
	s.report(diags, true)
	if last := s.lastWhole(); (good == nil || good.pages == nil) && (last == nil || last.pages == nil) {
		// Never built whole: there is no good version under them (second
		// review: said to be there).
		s.logf("fokus: %s; the browser shows them until they are fixed", diags.Summary())
	} else {
		s.logf("fokus: %s; the browser shows them over the last good version", diags.Summary())
	}
	if good != nil && good.pages != nil {
		probs := s.problems(diags)
		s.publish(&state{pages: good.pages, assets: good.assets, besides: good.besides, problems: probs, overlay: overlayJSON(probs)})
		return
	}
	s.publishProblems(diags)
}

// report prints the errors of a run and the warnings that the run before
// did not have: a warning a save brings (an undeclared project) shows in
// the terminal as build prints it, and the others are not repeated on
// every save.
//
// A failed run keeps the warnings printed before: it may not reach them (a
// file that does not parse has none, a fokus.toml that does not parse
// leaves the load uncounted), and saying they no longer apply, then
// printing them again once the error is mended, was not true (QA).
func (s *Server) report(diags diag.List, failed bool) {
	printed := make(map[string]bool, len(diags))
	if failed {
		maps.Copy(printed, s.printed)
	}
	for _, d := range diags {
		line := d.String()
		if d.Severity == diag.Error || !s.printed[line] {
			fmt.Fprintln(s.log, line)
		}
		if d.Severity != diag.Error {
			printed[line] = true
		}
	}
	// A warning that a save put right goes without a line of its own: the
	// count says that it is gone (QA: nothing said so).
	gone := 0
	for line := range s.printed {
		if !printed[line] {
			gone++
		}
	}
	if gone > 0 {
		fmt.Fprintf(s.log, "fokus: %s no longer %s; %s left\n", count(gone, "warning"), map[bool]string{true: "applies", false: "apply"}[gone == 1], count(len(printed), "warning"))
	}
	s.printed = printed
}

// count is n and the noun, in the plural unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func (s *Server) setBusy(b bool) {
	s.mu.Lock()
	s.busy = b
	s.mu.Unlock()
}

// idle reports whether no change waits and no rebuild runs, for benchmarks
// that measure one edit at a time.
func (s *Server) idle() bool {
	s.watch.mu.Lock()
	pending := !s.watch.pending.empty()
	s.watch.mu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	return !pending && !s.busy && len(s.watch.kick) == 0
}

func (s *Server) current() *state {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur
}

// publish makes st the served state and wakes every event stream.
func (s *Server) publish(st *state) {
	st.next = make(chan struct{})
	st.lang = s.lang
	s.mu.Lock()
	prev := s.cur
	movedPages(prev, st)
	s.cur = st
	s.mu.Unlock()
	close(prev.next)
}

// movedPages records in st the pages renamed since prev, with those of
// prev: an idea, objective or team whose file was renamed has a page of a
// new name in place of its old one. A tab showing the old page reloads
// into a 404 page; the server sends it to the new one instead (QA: a
// renamed idea's open tab showed "not found"). A rename is, when the whole
// site is published, in each section of such pages, one page gone and one
// come since the whole site was published before (a rebuild publishes a
// changed file's own pages ahead of the rest), with the same title: a
// team's rename moves its page and its poster (review: a renamed team's
// page, one of two pages gone, was not followed). A page that comes back
// is no longer redirected, also once it is deleted again (review).
func movedPages(prev, st *state) {
	defer func() { st.came, st.gone = nil, nil }() // the first build's came are every page
	st.moved = prev.moved
	arrived := append(slices.Clip(prev.arrived), st.came...)
	if !st.whole {
		st.arrived = arrived // problems over the same pages, or a changed file's pages ahead
		return
	}
	moves := renames(prev, st, arrived)
	if len(moves) == 0 && !slices.ContainsFunc(arrived, func(p string) bool { _, ok := prev.moved[p]; return ok }) {
		return
	}
	st.moved = make(map[string]string, len(prev.moved)+len(moves))
	for old, now := range prev.moved {
		if to, ok := moves[now]; ok {
			now = to // renamed twice: the first name leads to the last
		}
		if old != now && !slices.Contains(arrived, old) {
			st.moved[old] = now
		}
	}
	maps.Copy(st.moved, moves)
}

// renames are the pages of st.gone that arrived under a new name: old
// path → new, or nil where what went and came is not one rename.
func renames(prev, st *state, arrived []string) map[string]string {
	// Of the pages published ahead, those the site still has: a file
	// written and renamed at once had its first name's pages ahead too.
	arrived = slices.DeleteFunc(slices.Clone(arrived), func(p string) bool { _, ok := st.pages[p]; return !ok })
	gone, came := bySection(st.gone), bySection(arrived)
	if len(gone) == 0 || len(gone) != len(st.gone) || len(came) != len(arrived) {
		return nil // a page of no one thing, or two of a section: not one rename
	}
	moves := make(map[string]string, len(gone))
	for sec, from := range gone {
		to, ok := came[sec]
		if !ok || !bytes.Equal(pageTitle(prev.pages[from].data), pageTitle(st.pages[to].data)) {
			return nil // one idea deleted and another added, in one save of several files
		}
		moves[from] = to
	}
	return moves
}

// bySection is pages of one thing each (see section) by their section;
// of a section of two, one is kept.
func bySection(pages []string) map[string]string {
	m := make(map[string]string, len(pages))
	for _, p := range pages {
		if sec := section(p); sec != "" {
			m[sec] = p
		}
	}
	return m
}

// pageTitle is the text of a page's <title>, which names what it shows.
func pageTitle(data []byte) []byte {
	_, after, ok := bytes.Cut(data, []byte("<title>"))
	title, _, closed := bytes.Cut(after, []byte("</title>"))
	if !ok || !closed {
		return nil
	}
	return title
}

// section is the folder of a page of one thing, "ideas" of
// "ideas/crm/index.html", or "" for another page.
func section(p string) string {
	parts := strings.Split(p, "/")
	if len(parts) != 3 || parts[2] != "index.html" {
		return ""
	}
	return parts[0]
}

// publishPages serves out, clearing any problems. With merge, out adds to
// and replaces the served pages; otherwise it is the whole site. It returns
// the number of pages whose bytes changed.
func (s *Server) publishPages(out render.Output, merge bool, kept []string) int {
	st, n := s.pagesOf(out, merge, kept)
	st.overlay = []byte("[]")
	s.publish(st)
	return n
}

// pagesOf is what publishPages serves, as a state without problems, and
// the number of pages whose bytes changed.
func (s *Server) pagesOf(out render.Output, merge bool, kept []string) (*state, int) {
	prev := s.current()
	st := &state{pages: make(map[string]page, len(out)+len(kept)), whole: !merge, ahead: merge}
	if merge {
		st.pages = maps.Clone(prev.pages)
	}
	// Pages whose inputs did not change keep their bytes from before.
	for _, p := range kept {
		if old, ok := prev.pages[p]; ok {
			st.pages[p] = old
		}
	}
	n := 0
	for p, data := range out {
		old, ok := prev.pages[p]
		if ok && bytes.Equal(old.data, data) {
			st.pages[p] = old
			continue
		}
		if !ok && isPage(p) {
			st.came = append(st.came, p)
		}
		st.pages[p] = page{data: data, version: version(data)}
		n++
	}
	if !merge {
		for p := range prev.pages {
			if _, ok := st.pages[p]; !ok {
				n++ // removed
				if isPage(p) {
					st.gone = append(st.gone, p)
				}
			}
		}
	}
	// Pages and data alone change neither version: a preview's save of a
	// body is not worth two walks over 20,000 files.
	files := !merge
	for p := range out {
		if isFile(p) {
			files = true
			break
		}
	}
	if files {
		st.assets, st.besides = assetsVersion(st.pages), besideVersions(st.pages)
	} else {
		st.assets, st.besides = prev.assets, prev.besides
	}
	return st, n
}

// isFile reports whether p is one of the files that a page loads or links
// to, neither a page nor a data file: what assetsVersion and
// besideVersions are made of.
func isFile(p string) bool { return !isPage(p) && !dataFiles[p] }

// publishProblems keeps serving the last good pages and shows the errors
// over them: those of one version (see lastWhole).
func (s *Server) publishProblems(diags diag.List) {
	probs := s.problems(diags)
	cur := s.lastWhole()
	s.publish(&state{pages: cur.pages, assets: cur.assets, besides: cur.besides, problems: probs, overlay: overlayJSON(probs)})
}

func version(data []byte) string {
	h := fnv.New64a()
	h.Write(data)
	return strconv.FormatUint(h.Sum64(), 36)
}
