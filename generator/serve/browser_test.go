package serve

import (
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	browsertest "fokus/generator/internal/browser"
	"fokus/generator/internal/testsite"
)

// The preview's browser tests share one browser, a tab each
// (browsertest.Start).
func TestMain(m *testing.M) { browsertest.Main(m) }

// Eight tabs of the preview all load, and all reload after an edit: a
// browser keeps six connections to a host, and with an event stream per
// tab the seventh tab never loaded (QA). The tabs share one stream.
func TestBrowserManyTabsLoadAndReload(t *testing.T) {
	ctx := browsertest.Start(t)
	p := start(t, site)
	pages := []string{"/", "/backlog/", "/ideas/crm/", "/teams/", "/teams/sales/", "/objectives/", "/objectives/grow/", "/decisions/"}
	var tabs []context.Context
	for _, page := range pages {
		tab, cancel := chromedp.NewContext(ctx)
		t.Cleanup(cancel)
		tab, cancelTimeout := context.WithTimeout(tab, 2*patience)
		t.Cleanup(cancelTimeout)
		// The page is loaded when its live script has run; marked, so
		// that a reload shows as the mark gone.
		if err := chromedp.Do(tab, chromedp.Navigate("http://"+p.addr+page)); err != nil {
			t.Fatalf("tab %d (%s) did not load: %v", len(tabs)+1, page, err)
		}
		if _, err := chromedp.Run(tab, chromedp.Evaluate[int](`window.fokusMark = 1`)); err != nil {
			t.Fatalf("tab %d (%s) did not load: %v", len(tabs)+1, page, err)
		}
		tabs = append(tabs, tab)
	}
	// waitTab waits until js is true in tab i.
	waitTab := func(i int, js, what string) {
		t.Helper()
		deadline := time.Now().Add(patience)
		for {
			ok, err := chromedp.Run(tabs[i], chromedp.Evaluate[bool](js))
			if err == nil && ok {
				return
			}
			if time.Now().After(deadline) {
				t.Errorf("tab %d (%s): %s: %v", i+1, pages[i], what, err)
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	// A body's edit changes its own page alone: that tab reloads, the
	// others, which share its stream, do not.
	p.write("content/ideas/crm.md", strings.Replace(testsite.Files(site)["content/ideas/crm.md"], "The CRM is a mess.", "The CRM is a bigger mess.", 1))
	waitTab(2, `window.fokusMark === undefined && document.readyState === "complete" && document.body.textContent.includes("bigger mess")`, "the edited idea's page did not reload")
	if _, err := chromedp.Run(tabs[2], chromedp.Evaluate[int](`window.fokusMark = 1`)); err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{3, 4} {
		if marked, err := chromedp.Run(tabs[i], chromedp.Evaluate[bool](`window.fokusMark === 1`)); err != nil || !marked {
			t.Errorf("tab %d (%s) reloaded for another page's edit", i+1, pages[i])
		}
	}
	// The site's title is on every page: every tab has a new version.
	p.write("fokus.toml", "title = \"Preview anew\"\nlanguage = \"en\"\nperiod = \"2026-Q4\"\n")
	for i := range tabs {
		waitTab(i, `window.fokusMark === undefined && document.readyState === "complete" && document.title.includes("Preview anew")`, "no reload with the site's new title")
	}
	// A content error shows over every tab, without a reload.
	p.write("content/ideas/bad.md", "+++\ntitle = \"Bad\"\n")
	for i := range tabs {
		waitTab(i, `!!document.getElementById("fokus-overlay") && document.getElementById("fokus-overlay").textContent.includes("content/ideas/bad.md")`, "no overlay for the broken file")
	}
	// Closed with ×, the overlay stays closed when another tab comes.
	if _, err := chromedp.Run(tabs[0], chromedp.Evaluate[bool](`(document.querySelector("#fokus-overlay button").click(), true)`)); err != nil {
		t.Fatal(err)
	}
	extra, cancel := chromedp.NewContext(ctx)
	defer cancel()
	if err := chromedp.Do(extra, chromedp.Navigate("http://"+p.addr+"/teams/")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	if back, err := chromedp.Run(tabs[0], chromedp.Evaluate[bool](`!!document.getElementById("fokus-overlay")`)); err != nil || back {
		t.Errorf("the overlay closed in tab 1 came back when a tab opened (%v)", err)
	}

	// The error fixed, a tab whose page the fix changed reloads, and the
	// overlay goes with the reload: it was first taken off the stale page,
	// then the page reloaded (QA: a flicker, and a lost scroll position).
	for _, tab := range tabs {
		if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`window.fokusMark = 1, new MutationObserver(function () {
			if (!document.getElementById("fokus-overlay")) sessionStorage.setItem("fokusBare", "1");
		}).observe(document.body, {childList: true}), true`)); err != nil {
			t.Fatal(err)
		}
	}
	p.write("content/ideas/bad.md", "+++\ntitle = \"Bad no more\"\nsubmitted = 2026-11-20\n+++\n")
	eventually(t, "the fix rendered whole", func() bool {
		st := p.srv.current()
		return p.srv.idle() && st.whole && st.problems == nil
	})
	st, reloaded := p.srv.current(), 0
	for i := range tabs {
		v := st.version(strings.TrimPrefix(pages[i], "/") + "index.html")
		waitTab(i, `document.readyState === "complete" && !document.getElementById("fokus-overlay") && document.querySelector("script[data-version]").dataset.version === "`+v+`"`, "not at the fixed version, without the overlay")
		again, err := chromedp.Run(tabs[i], chromedp.Evaluate[bool](`window.fokusMark === undefined`))
		bare, err2 := chromedp.Run(tabs[i], chromedp.Evaluate[bool](`sessionStorage.getItem("fokusBare") === "1"`))
		if err != nil || err2 != nil {
			t.Fatal(err, err2)
		}
		if again {
			reloaded++
		}
		if again && bare {
			t.Errorf("tab %d (%s): the overlay was taken off its stale page before it reloaded", i+1, pages[i])
		}
	}
	if reloaded == 0 || reloaded == len(tabs) {
		t.Errorf("%d of %d tabs reloaded for the fix: want the dashboard's and the backlog's, not the objectives'", reloaded, len(tabs))
	}
}

// Behind a proxy that serves the preview from a sub-path, as an intranet's
// web server does (/fokus/ → the preview), a page still reloads after an
// edit: its script and event stream are found beside the page, not at the
// host's root (QA: /__fokus/live.js was 404).
func TestBrowserReloadsBehindAProxysSubPath(t *testing.T) {
	ctx := browsertest.Start(t)
	p := start(t, site)
	target, _ := url.Parse("http://" + p.addr)
	proxy := httputil.NewSingleHostReverseProxy(target)
	mux := http.NewServeMux()
	mux.Handle("/fokus/", http.StripPrefix("/fokus", proxy))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	tab, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	tab, cancelTimeout := context.WithTimeout(tab, 2*patience)
	t.Cleanup(cancelTimeout)
	if err := chromedp.Do(tab, chromedp.Navigate("http://"+ln.Addr().String()+"/fokus/ideas/crm/")); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(tab, chromedp.Evaluate[int](`window.fokusMark = 1`)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the event stream is open
	p.write("content/ideas/crm.md", strings.Replace(testsite.Files(site)["content/ideas/crm.md"], "The CRM is a mess.", "The CRM is a proxied mess.", 1))
	deadline := time.Now().Add(patience)
	for {
		ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](`window.fokusMark === undefined && document.readyState === "complete" && document.body.textContent.includes("proxied mess")`))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page behind the proxy did not reload: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Behind a proxy, a preview restarted (Ctrl-C, then fokus serve again)
// is found again and its tabs reload for an edit made meanwhile: while it
// was down, the proxy answered the event stream with a 502, and an
// EventSource gives up for good on that (QA: the tabs behind nginx never
// reloaded again). So does a tab of a browser without shared workers,
// which holds a stream of its own.
func TestBrowserTabsBehindAProxyFindARestartedPreview(t *testing.T) {
	ctx := browsertest.Start(t)
	dir := t.TempDir()
	if err := testsite.Write(dir, site); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	// serve runs a preview of dir on ln until the returned stop.
	serve := func(ln net.Listener) (stop func()) {
		srv, err := New(context.Background(), Options{Source: dir})
		if err != nil {
			t.Fatal(err)
		}
		sctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- srv.Serve(sctx, ln) }()
		return func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Serve: %v", err)
			}
		}
	}
	stop := serve(ln)
	target, _ := url.Parse("http://" + addr)
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ErrorLog = log.New(io.Discard, "", 0)
	front, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fs := &http.Server{Handler: proxy}
	go fs.Serve(front)
	t.Cleanup(func() { fs.Close() })

	var tabs []context.Context
	for _, noWorker := range []bool{false, true} {
		tab, cancel := chromedp.NewContext(ctx)
		t.Cleanup(cancel)
		tab, cancelTimeout := context.WithTimeout(tab, 2*patience)
		t.Cleanup(cancelTimeout)
		if noWorker {
			if _, err := chromedp.Call(tab, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: "delete window.SharedWorker"}); err != nil {
				t.Fatal(err)
			}
		}
		if err := chromedp.Do(tab, chromedp.Navigate("http://"+front.Addr().String()+"/ideas/crm/")); err != nil {
			t.Fatal(err)
		}
		if ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](`window.fokusMark = 1, !window.SharedWorker`)); err != nil || ok != noWorker {
			t.Fatalf("tab without shared workers %v: %v, %v", noWorker, ok, err)
		}
		tabs = append(tabs, tab)
	}
	time.Sleep(500 * time.Millisecond) // the event streams are open
	stop()
	// Down long enough for the streams to be refused by the proxy.
	time.Sleep(1500 * time.Millisecond)
	if err := os.WriteFile(filepath.Join(dir, "content", "ideas", "crm.md"), []byte(strings.Replace(testsite.Files(site)["content/ideas/crm.md"], "The CRM is a mess.", "The CRM is a restarted mess.", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	again, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer serve(again)()
	for i, tab := range tabs {
		deadline := time.Now().Add(patience)
		for {
			ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](`window.fokusMark === undefined && document.readyState === "complete" && document.body.textContent.includes("restarted mess")`))
			if err == nil && ok {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("tab %d (shared worker: %v) did not reload after the preview restarted: %v", i+1, i == 0, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}
