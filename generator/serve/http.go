package serve

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"fokus/generator/content"
	"fokus/generator/diag"
)

// Paths below prefix belong to the server, not to the site.
const prefix = "/__fokus/"

//go:embed live.js
var liveJS []byte

//go:embed worker.js
var workerJS []byte

// ServeHTTP serves the built site from memory, the live-reload script and
// its event stream.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.hostOK(r.Host) {
		s.refuse(r.Host)
		// Another site's page that resolves its own name to this machine
		// (DNS rebinding) must not read the preview.
		http.Error(w, "fokus serve: refusing Host "+strconv.Quote(r.Host)+": "+s.answersTo()+"; open the address fokus printed", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	h := w.Header()
	h.Set("Cache-Control", "no-store") // a preview must never show yesterday's page
	h.Set("X-Content-Type-Options", "nosniff")
	switch r.URL.Path {
	case prefix + "events":
		s.events(w, r)
		return
	case prefix + "live.js":
		h.Set("Content-Type", contentType("live.js"))
		http.ServeContent(w, r, "live.js", time.Time{}, bytes.NewReader(liveJS))
		return
	case prefix + "worker.js":
		h.Set("Content-Type", contentType("worker.js"))
		http.ServeContent(w, r, "worker.js", time.Time{}, bytes.NewReader(workerJS))
		return
	}
	if esc := r.URL.EscapedPath(); strings.Contains(esc, "//") {
		// //ideas/x/ or ideas/x//, as a hand or a tool writes a link: the
		// page, as Hugo's server gives it (QA: 400 bad path).
		// Relative, as the other redirect: up from the folder the browser
		// is in to the root it was served from, then down the path with
		// one slash each (a proxy's sub-path stays; no host ever comes
		// of it).
		dir := esc[:strings.LastIndex(esc, "/")+1]
		to := strings.Repeat("../", strings.Count(dir, "/")-1) + strings.TrimPrefix(manySlashes.ReplaceAllString(esc, "/"), "/")
		if to == "" {
			to = "./"
		}
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery
		}
		w.Header().Set("Location", to)
		w.WriteHeader(http.StatusFound)
		return
	}
	p, ok := sitePath(r)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	st := s.current()
	if st.pages == nil {
		s.special(w, r, st, p, http.StatusInternalServerError, words(st.lang).notBuilt)
		return
	}
	pg, found := st.pages[p]
	if !found {
		if _, dir := st.pages[p+"/index.html"]; dir {
			// Escaped again: a slug may hold "?", "#", "%" or a space,
			// which the decoded path would turn into a query, a fragment
			// or a bad request (QA).
			// Relative, "./x/": a proxy may serve the preview from a
			// sub-path that this server does not know (review).
			to := "./" + (&url.URL{Path: path.Base(r.URL.Path) + "/"}).EscapedPath()
			if r.URL.RawQuery != "" {
				to += "?" + r.URL.RawQuery
			}
			w.Header().Set("Location", to)
			w.WriteHeader(http.StatusFound)
			return
		}
		if to, ok := st.moved[p]; ok {
			if _, there := st.pages[to]; there {
				// Relative, as the redirect above: from ideas/old/ (or
				// ideas/old/index.html) to ../new/ of the same section.
				loc := "../" + (&url.URL{Path: path.Base(path.Dir(to)) + "/"}).EscapedPath()
				if strings.HasSuffix(r.URL.Path, "/index.html") {
					loc += "index.html"
				}
				if r.URL.RawQuery != "" {
					loc += "?" + r.URL.RawQuery
				}
				w.Header().Set("Location", loc)
				w.WriteHeader(http.StatusFound)
				return
			}
		}
		if pageLike(p) {
			// ideas/x without its slash: the page it would be, so that the
			// tab turns into it once the file is written (QA: plain text).
			p += "/index.html"
		}
		s.special(w, r, st, p, http.StatusNotFound, fmt.Sprintf(words(st.lang).notFound, r.URL.Path))
		return
	}
	data := pg.data
	if isPage(p) {
		data = inject(data, snippet(st, p, r.URL.Path, st.version(p)))
	}
	if ct := contentType(p); ct != "" {
		h.Set("Content-Type", ct)
	}
	http.ServeContent(w, r, p, time.Time{}, bytes.NewReader(data))
}

// contentType is the type of the files a page needs, by the extension of
// name, or "" for the system's tables to tell. They are not asked for
// these: on Windows they are the registry, where some programs write
// text/plain for .css or .js, or application/xml for .css, and with
// nosniff a browser then refuses the stylesheet, the scripts and the
// preview's own live reload (Go itself only keeps .js and .mjs from
// text/plain). A web server that the site is published on has types of
// its own for them.
func contentType(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm":
		return "text/html; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".json":
		return "application/json"
	case ".svg":
		return "image/svg+xml"
	case ".xml":
		return "text/xml; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	return ""
}

// manySlashes are slashes in a row in a path.
var manySlashes = regexp.MustCompile(`/{2,}`)

// pageLike reports whether p, which the site does not have, names a page
// without its slash: no extension, or a page's folder of ideas/, teams/,
// objectives/ or posters/ (a slug may hold a dot: release-2.0).
func pageLike(p string) bool {
	if path.Ext(p) == "" {
		return true
	}
	section, name, ok := strings.Cut(p, "/")
	return ok && !strings.Contains(name, "/") && (section == "ideas" || section == "teams" || section == "objectives" || section == "posters")
}

// sitePath maps a request to a path of the built site. Only the in-memory
// output is ever served, so nothing outside it is reachable anyway; this
// refuses what is clearly an attempt (.., encoded slashes) rather than
// answering it with a not-found page.
func sitePath(r *http.Request) (string, bool) {
	esc := strings.ToLower(r.URL.EscapedPath())
	if strings.Contains(esc, "%2f") || strings.Contains(esc, "%5c") || strings.Contains(esc, "%00") {
		return "", false
	}
	p := r.URL.Path
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return "", false
	}
	p = p[1:]
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." || seg == "." {
			return "", false
		}
	}
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	if !fs.ValidPath(p) {
		return "", false
	}
	return p, true
}

// special answers a page that cannot be served as built: the site has no
// good build yet, or the path does not exist. It still carries the overlay
// and the live-reload script, so it turns into the page once there is one.
func (s *Server) special(w http.ResponseWriter, r *http.Request, st *state, p string, status int, msg string) {
	if !strings.HasSuffix(p, ".html") {
		http.Error(w, msg, status)
		return
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "<!doctype html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>fokus</title></head>\n<body style=\"font-family:system-ui,sans-serif;margin:2rem\"><p>%s</p>\n",
		template.HTMLEscapeString(st.lang), template.HTMLEscapeString(msg))
	if status == http.StatusNotFound {
		// A bookmark or a tab of an idea since renamed or deleted leads
		// somewhere: the site's start page, as a web server's 404 page
		// does (QA: a dead end, with only the browser's back button).
		fmt.Fprintf(&b, "<p><a href=\"%sindex.html\">%s</a></p>\n", root(r.URL.Path), template.HTMLEscapeString(words(st.lang).home))
	}
	b.WriteString("</body></html>\n")
	data := inject(b.Bytes(), snippet(st, p, r.URL.Path, ""))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}

// texts are the preview's own words on the pages it serves. A site's
// readers read its language, and so do the pages the preview puts in
// place of the site's; the diagnostics stay as the terminal prints them.
type texts struct {
	notBuilt string // no build has succeeded yet
	notFound string // %s is the path asked for
	home     string // the link from a page that is not there to the start page
	errors   string // the overlay's heading
	lastGood string // added to the heading while the last good version shows under it
	more     string // the overlay's last line when it shows only some errors; %d is how many more
	failed   string // the overlay's line for a build that failed without a diagnostic
}

// languages has the texts for each language a site can have (see
// content.Config.Language).
var languages = map[string]texts{
	"de": {
		notBuilt: "Die Website ist noch nicht gebaut.",
		notFound: "Diese Seite gibt es (noch) nicht: %s",
		home:     "Zur Übersicht",
		errors:   "fokus: Die Website hat Fehler",
		lastGood: "; angezeigt wird die letzte gute Version",
		more:     "und %d weitere Fehler; siehe Terminal",
		failed:   "Die Website konnte nicht gebaut werden",
	},
	"en": {
		notBuilt: "The site has not been built yet.",
		notFound: "There is no page %s (yet).",
		home:     "To the dashboard",
		errors:   "fokus: the site has errors",
		lastGood: "; this is the last good version",
		more:     "and %d more errors; see the terminal",
		failed:   "the build failed",
	},
}

// words returns the texts in lang; in English for a language the preview
// has no texts for.
func words(lang string) texts {
	if t, ok := languages[lang]; ok {
		return t
	}
	return languages["en"]
}

// inject puts the snippet before the page's closing body tag. Only served
// pages get it; the Output that `fokus build` writes never passes here.
func inject(page, snippet []byte) []byte {
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(snippet))
	out = append(out, page[:i]...)
	out = append(out, snippet...)
	return append(out, page[i:]...)
}

// snippet is the overlay (while there are errors) and the script that
// reloads the page when its version (state.version) changes.
// urlPath is the path the browser asked for: the script is found from its
// folder, which for a page without its slash (/ideas/x) is one up.
func snippet(st *state, p, urlPath, version string) []byte {
	var b bytes.Buffer
	t := words(st.lang)
	if err := snippetTmpl.Execute(&b, struct {
		Problems []problem
		Built    bool
		Root     string // relative: the preview also works behind a proxy's sub-path (QA)
		Path     string
		Version  string
		Heading  string
		LastGood string
	}{st.problems, st.pages != nil, root(urlPath), p, version, t.errors, t.lastGood}); err != nil {
		return nil
	}
	return b.Bytes()
}

// root is the way up from the folder of urlPath, the path the browser
// asked for, to the site's root: relative, so that it holds behind a
// proxy's sub-path too. For a page without its slash (/ideas/x) the folder
// is one up.
func root(urlPath string) string {
	return strings.Repeat("../", strings.Count(strings.TrimPrefix(urlPath, "/"), "/"))
}

var snippetTmpl = template.Must(template.New("snippet").Parse(`
{{- if .Problems}}<div id="fokus-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.93);color:#f4f4f4;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;padding:2rem">
<button type="button" onclick="this.parentNode.remove()" style="float:right;font:inherit;background:#444;color:#fff;border:0;padding:.3rem .7rem;cursor:pointer">×</button>
<h2 style="font:600 18px system-ui,sans-serif;color:#ff8a80;margin:0 0 1rem">{{.Heading}}{{if .Built}}{{.LastGood}}{{end}}</h2>
{{range .Problems}}<div class="fokus-problem" style="margin:0 0 1.2rem"><div><span style="color:#ffd54f">{{.Where}}</span>: <span style="color:#ff8a80">{{.Severity}}</span>: {{.Message}}</div>{{if .Source}}<pre style="margin:.3rem 0 0;color:#bbb;white-space:pre-wrap">{{.Source}}
{{.Marker}}</pre>{{end}}</div>
{{end}}</div>{{end}}
<script src="{{.Root}}__fokus/live.js" data-path="{{.Path}}" data-version="{{.Version}}" data-heading="{{.Heading}}" data-last-good="{{.LastGood}}"></script>
`))

// problem is one diagnostic as the overlay shows it.
type problem struct {
	Where    string `json:"where"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Source   string `json:"source,omitempty"` // the line in the file
	Marker   string `json:"marker,omitempty"` // a caret under the column
}

// maxMessage is the most characters of a message the overlay shows.
const maxMessage = 500

// maxStreamPaths is the most pages one event stream follows.
const maxStreamPaths = 256

// maxProblems keeps the overlay readable when a whole folder is broken.
const maxProblems = 50

// problems turns the errors of diags into overlay entries, with the line of
// the file they point at, read now, so the user sees what fokus saw.
func (s *Server) problems(diags diag.List) []problem {
	lines := map[string][]string{}
	var out []problem
	errs := 0
	// The site's own files first (fokus.toml, a theme): an error there is
	// often the cause of many in content/, and among 190 it came last,
	// past the ones the overlay shows (QA: a scoring model switched).
	// So is a content folder that cannot be read: content/teams/ sorts
	// after every "unknown team" of the ideas it leaves without their
	// teams (QA: the overlay showed 50 of those, and not the cause).
	siteFirst := slices.Clone(diags)
	slices.SortStableFunc(siteFirst, func(a, b diag.Diagnostic) int {
		return cmp.Compare(b2i(content.KindOf(a.Path) != ""), b2i(content.KindOf(b.Path) != ""))
	})
	for _, d := range siteFirst {
		if d.Severity != diag.Error {
			continue
		}
		errs++
		if len(out) == maxProblems {
			continue
		}
		pr := problem{Severity: d.Severity.String(), Message: d.Message, Where: d.String()}
		if r := []rune(pr.Message); len(r) > maxMessage {
			// Any message from a file is copied into every page and event.
			pr.Message = string(r[:maxMessage]) + " …"
		}
		if d.Path != "" {
			pr.Where = fmt.Sprintf("%s:%d:%d", d.Path, max(d.Line, 1), max(d.Col, 1))
			ls, ok := lines[d.Path]
			if !ok {
				// A binary file has no line to show: its bytes showed
				// as a row of replacement characters (QA).
				if data, err := content.ReadFile(s.fsys, d.Path); err == nil && !content.IsBinary(data) {
					// Lines as the diagnostics count them.
					text := string(content.LineEnds(bytes.TrimPrefix(data, []byte("\ufeff"))))
					ls = strings.Split(text, "\n")
				}
				lines[d.Path] = ls
			}
			if d.Line >= 1 && d.Line <= len(ls) {
				pr.Source, pr.Marker = excerpt(ls[d.Line-1], max(d.Col, 1))
			}
		} else {
			pr.Where = "fokus"
		}
		out = append(out, pr)
	}
	if errs > len(out) {
		out = append(out, problem{Where: "fokus", Severity: "error", Message: fmt.Sprintf(words(s.lang).more, errs-len(out))})
	}
	if out == nil {
		out = []problem{{Where: "fokus", Severity: "error", Message: words(s.lang).failed}}
	}
	return out
}

// excerptWidth is how many characters of a line the overlay shows around
// the column: a line of 8 MB (a minified file, one line of binary) would
// otherwise be copied into every page and every event stream.
const excerptWidth = 160

// excerpt returns the part of line around col (from 1, in characters) that
// the overlay shows, with "…" where it was cut, and the marker under col.
func excerpt(line string, col int) (source, marker string) {
	runes := []rune(line)
	from := max(0, min(col-1-excerptWidth/2, len(runes)-excerptWidth))
	to := min(len(runes), from+excerptWidth)
	source, at := string(runes[from:to]), min(col-1, len(runes))-from
	if from > 0 {
		source, at = "…"+source, at+1
	}
	if to < len(runes) {
		source += "…"
	}
	// The marker copies the tabs before the column, which a <pre> shows as
	// wide as the source's, and is a space for every other character.
	var m strings.Builder
	for i, r := range []rune(source) {
		if i >= at {
			break
		}
		if r == '\t' {
			m.WriteRune('\t')
		} else {
			m.WriteByte(' ')
		}
	}
	for i := len([]rune(source)); i < at; i++ {
		m.WriteByte(' ')
	}
	return source, m.String() + "^"
}

func overlayJSON(probs []problem) []byte {
	data, err := json.Marshal(probs)
	if err != nil {
		return []byte("[]")
	}
	return data
}

// message is what an event stream sends: the current version of one of
// the pages the stream is for, and the problems to show over it.
type message struct {
	Path     string          `json:"path"`
	Version  string          `json:"version"`
	Problems json.RawMessage `json:"problems"`
}

// events streams the state of the pages named by path: each once at
// connection, so a browser that was away (or a server that restarted)
// catches up, and then whenever its version or the problems change, once
// per save (see state.ahead). A state is published only after
// its pages are in place, so a browser told to reload gets the new bytes.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	// One stream serves every page a browser has open (path=a&path=b…):
	// a browser keeps at most six connections to a host, and a stream per
	// tab left a seventh tab loading for ever (QA). live.js's worker holds
	// the one stream for all tabs.
	paths := r.URL.Query()["path"]
	// Distinct and at most maxStreamPaths: each path gets its own copy of
	// the overlay, and any page may send the request (it cannot read the
	// answer), so 10,000 of them made the preview send 500 MB (security
	// review). No one has more tabs of a site open.
	slices.Sort(paths)
	paths = slices.Compact(paths)
	if len(paths) > maxStreamPaths {
		http.Error(w, "too many pages for one stream", http.StatusBadRequest)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	// A proxy in front of the preview passes each event on as it comes:
	// nginx, as proxy_pass sets it up, held them back in its buffer, and
	// no tab reloaded behind it (QA). no-transform keeps a proxy that
	// compresses from collecting the stream to compress it.
	h.Set("X-Accel-Buffering", "no")
	h.Set("Cache-Control", "no-store, no-transform")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		// The headers alone (curl -I): a stream that never ends kept
		// the request waiting for ever (QA).
		return
	}
	// retry: a restarted server is found again within a second.
	if _, err := fmt.Fprint(w, "retry: 500\n\n"); err != nil {
		return
	}
	flusher.Flush()
	// A stream with nothing to say says so now and then: a proxy ends a
	// response that is quiet for long (nginx after 60 s, with an error in
	// its log each time), and the tabs behind it reconnected every minute.
	alive := time.NewTicker(s.opts.keepAlive)
	defer alive.Stop()
	sent := map[string]message{}
	for {
		st := s.current()
		for _, p := range paths {
			msg := message{Path: p, Version: st.version(p), Problems: st.overlay}
			if msg.Problems == nil {
				msg.Problems = json.RawMessage("[]")
			}
			// A page that a state published ahead did not change hears of
			// it with the whole render that follows: the dashboard, told
			// then to take the errors' overlay off and to reload, flickered
			// and lost its place (QA). Its reload takes the overlay off.
			if last, ok := sent[p]; ok && msg.Version == last.Version && (st.ahead || bytes.Equal(msg.Problems, last.Problems)) {
				continue
			}
			data, _ := json.Marshal(msg)
			if _, err := fmt.Fprintf(w, "event: page\ndata: %s\n\n", data); err != nil {
				return
			}
			sent[p] = msg
		}
		flusher.Flush()
		select {
		case <-st.next:
		case <-alive.C:
			if _, err := fmt.Fprint(w, ":\n\n"); err != nil {
				return
			}
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
