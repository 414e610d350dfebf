package render_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fokus/generator"
	"fokus/generator/content"
)

// With unsafe_html, what fokus warns about as loading from another server
// is what Chromium loads from one when it shows the page: each case's
// address (on a second loopback server, which is outside the site) is
// both warned about and asked for, or neither, and a case that loads only
// on the reader's doing (a form, a ping, captions, a screen of twice the
// pixels) or only connects (preconnect) is warned about. CSS escapes and
// comments decide as the browser's CSS tokenizer does (security review: a
// pattern over the text let u\rl( and @\69mport pass without a word).
func TestBrowserKeptHTMLWarnsOfWhatLoadsFromElsewhere(t *testing.T) {
	ctx := browser(t)
	elsewhere := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(elsewhere.Close)
	host := strings.TrimPrefix(elsewhere.URL, "http://")
	const (
		view    = iota // loaded as the page shows: warned about and asked for
		warned         // loaded on the reader's doing: warned about
		neither        // loads nothing: neither
	)
	// Each case's HTML has its address as %[1]s (//host/c/NAME), and its
	// host and path as %[2]s and %[3]s.
	cases := map[string]struct {
		html string
		how  int
	}{
		"esc-r":            {`<div style="background:u\rl(%[1]s)">x</div>`, view},
		"esc-hex":          {`<div style="background:\75 rl(%[1]s)">x</div>`, view},
		"esc-hex6":         {`<div style="background:\000075rl(%[1]s)">x</div>`, view},
		"upper":            {`<div style="background:URL( '%[1]s' )">x</div>`, view},
		"entity":           {`<div style="background:url(&quot;%[1]s&quot;)">x</div>`, view},
		"image-set":        {`<div style="background:image-set('%[1]s' 1x)">x</div>`, view},
		"webkit-image-set": {`<div style="background:-webkit-image-set('%[1]s' 1x)">x</div>`, view},
		"import-esc":       {"<style>\n@\\69mport '%[1]s';\n</style>", view},
		"import-comment":   {`<style>@import/**/"%[1]s";</style>`, view},
		"import-nospace":   {`<style>@import"%[1]s";</style>`, view},
		"style-block":      {"<style>\n.sb { background: u\\rl(%[1]s) }\n</style>\n\n<div class=\"sb\">x</div>", view},
		"inline-style":     {`Text <style>.inl{background:url(%[1]s)}</style> <span class="inl">x</span>`, view},
		"fill":             {`<svg width="10" height="10"><rect width="10" height="10" fill="url(%[1]s#g)"/></svg>`, view},
		"mask":             {`<svg width="10" height="10"><rect width="10" height="10" style="mask:url(%[1]s#m)"/></svg>`, view},
		"svg-image":        {`<svg width="10" height="10"><image href="%[1]s" width="5" height="5"/></svg>`, view},
		"img-space":        {`<img alt="" src="  %[1]s">`, view},
		"img-backslash":    {`<img alt="" src="/\%[2]s%[3]s">`, view},
		"picture":          {`<picture><source srcset="%[1]s"><img alt="" src="../../assets/favicon.svg"></picture>`, view},
		"video-poster":     {`<video poster="%[1]s"></video>`, view},
		"video-src":        {`<video src="%[1]s"></video>`, view},
		"audio":            {`<audio src="%[1]s"></audio>`, view},
		"source":           {`<video><source src="%[1]s"></video>`, view},
		"iframe":           {`<iframe src="%[1]s"></iframe>`, view},
		"iframe-srcdoc":    {`<iframe srcdoc="&lt;img alt='' src='%[1]s'&gt;"></iframe>`, view},
		"object":           {`<object data="%[1]s"></object>`, view},
		"embed":            {`<embed src="%[1]s">`, view},
		"input-image":      {`<input type="image" alt="x" src="%[1]s">`, view},
		// The theme gives a table a background of its own, over the
		// attribute's; another theme may not.
		"table-bg":        {`<table background="%[1]s"><tr><td>x</td></tr></table>`, warned},
		"td-bg":           {`<table><tr><td background="%[1]s">x</td></tr></table>`, view},
		"link-stylesheet": {`<link rel="stylesheet" href="%[1]s">`, view},
		"link-preload":    {`<link rel="preload" as="image" href="%[1]s">`, view},
		"link-prefetch":   {`<link rel="prefetch" href="%[1]s">`, view},
		"link-module":     {`<link rel="modulepreload" href="%[1]s">`, view},
		"track":           {`<video src="../../assets/none.mp4"><track src="%[1]s"></video>`, warned},
		"preconnect":      {`<link rel="preconnect" href="%[1]s">`, warned},
		"dns-prefetch":    {`<link rel="dns-prefetch" href="%[1]s">`, warned},
		"form":            {`<form action="%[1]s"><button>x</button></form>`, warned},
		"ping":            {`<a href="#main" ping="%[1]s">x</a>`, warned},
		"srcset-2x":       {`<img alt="" src="../../assets/favicon.svg" srcset="../../assets/favicon.svg 1x, %[1]s 2x">`, warned},
		"custom-property": {`<div style="--x:url(%[1]s)">x</div>`, warned},
		"comment-inside":  {`<div style="background:ur/**/l(%[1]s)">x</div>`, neither},
		"url-comment-q":   {`<div style="background:url(/**/'%[1]s')">x</div>`, neither},
		"src-function":    {`<div style="background:src('%[1]s')">x</div>`, neither},
		"dimension":       {`<div style="background:10url(%[1]s)">x</div>`, neither},
		"css-comment":     {`<style>/* .c { background: url(%[1]s) } */</style>`, neither},
		"namespace":       {`<style>@namespace x url(%[1]s);</style>`, neither},
		"inline-quoted":   {`Text <style>.iq{background:url("%[1]s")}</style> <span class="iq">x</span>`, neither},
		"input-text":      {`<input alt="x" src="%[1]s">`, neither},
		"div-bg":          {`<div background="%[1]s">x</div>`, neither},
		"link-icon":       {`<link rel="icon" href="%[1]s">`, neither},
		"link-alternate":  {`<link rel="alternate" href="%[1]s">`, neither},
		"a-href":          {`<a href="%[1]s">x</a>`, neither},
	}
	names := make([]string, 0, len(cases))
	for name := range cases {
		names = append(names, name)
	}
	slices.Sort(names)
	var body strings.Builder
	for _, name := range names {
		fmt.Fprintf(&body, cases[name].html+"\n\n", "//"+host+"/c/"+name, host, "/c/"+name)
	}
	src := stressSite("A4", "portrait", "/")
	src["fokus.toml"] = &fstest.MapFile{Data: append([]byte("unsafe_html = true\n"), src["fokus.toml"].Data...)}
	src["content/ideas/html.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"HTML\"\nsubmitted = 2027-01-02\n+++\n" + body.String())}
	src["content/ideas/refresh.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Refresh\"\nsubmitted = 2027-01-02\n+++\n" +
		"<meta http-equiv=\"refresh\" content=\"0; url=//" + host + "/c/refresh\">\n")}
	res, err := generator.Build(generator.Options{Source: src, Now: content.Day(2027, time.January, 26), NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %v", err, res.Diagnostics)
	}
	address := regexp.MustCompile(`/c/([a-z0-9-]+)`)
	warnedOf := map[string]bool{}
	for _, d := range res.Diagnostics {
		// Of another server: an address that leads to a file the site
		// does not have is told too, as url("…") in a paragraph's
		// <style>, whose quotes the page writes as &quot;, which makes
		// it a path of the site.
		if m := address.FindStringSubmatch(d.Message); m != nil && strings.HasPrefix(d.Path, "content/ideas/") && strings.Contains(d.Message, "another server") {
			warnedOf[m[1]] = true
		}
	}
	srv := serveSite(t, res.Output)
	tb := newTab(t, ctx, srv)
	// requested are the cases whose address the page asked for, once
	// nothing new has been asked for a while.
	requested := func(page string) map[string]bool {
		tb.open(srv.URL + "/" + page)
		got := map[string]bool{}
		for quiet, deadline := 0, time.Now().Add(10*time.Second); quiet < 4 && time.Now().Before(deadline); {
			time.Sleep(250 * time.Millisecond)
			tb.mu.Lock()
			before := len(got)
			for _, b := range tb.bad {
				if u, ok := strings.CutPrefix(b, "request outside the site: "); ok && strings.Contains(u, host) {
					if m := address.FindStringSubmatch(u); m != nil {
						got[m[1]] = true
					}
				}
			}
			tb.bad = nil // the rest: blocked loads that the page reports as errors
			tb.mu.Unlock()
			if len(got) == before {
				quiet++
			} else {
				quiet = 0
			}
		}
		return got
	}
	loaded := requested("ideas/html/index.html")
	for _, name := range names {
		c := cases[name]
		switch {
		case c.how == view && (!warnedOf[name] || !loaded[name]):
			t.Errorf("%s: warned about %t, loaded %t; want both: %s", name, warnedOf[name], loaded[name], c.html)
		case c.how == warned && !warnedOf[name]:
			t.Errorf("%s: not warned about, though it leads to another server: %s", name, c.html)
		case c.how == neither && (warnedOf[name] || loaded[name]):
			t.Errorf("%s: warned about %t, loaded %t; want neither: %s", name, warnedOf[name], loaded[name], c.html)
		}
	}
	if !warnedOf["refresh"] || !requested("ideas/refresh/index.html")["refresh"] {
		t.Errorf("a refresh to another server: warned about %t, want it warned about and followed", warnedOf["refresh"])
	}
}
