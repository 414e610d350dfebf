package content

import (
	"html"
	"strings"
)

// How an attribute's value leads the page to another server.
const (
	viaURL     = iota // an address the page loads
	viaSrcset         // a srcset: addresses, each with its width or density
	viaCSS            // CSS, whose url(), @import and image-set() load
	viaRefresh        // <meta http-equiv="refresh">: "0;url=…", where the page goes
	viaForm           // where a form sends what the reader enters
	viaPing           // addresses a link reports each click to
	// A <base>'s href or target, which every relative address or every
	// link of the page then takes, the theme's too (see baseTag).
	viaBase
	viaBaseTarget
)

// htmlAddress is an attribute of an element that leads the page to an
// address: how, and on which condition ("type=image": the element's type
// is image; "rel=a b": its rel has a or b).
type htmlAddress struct {
	attr string
	via  int
	when string
}

// htmlAddresses are, for each element, the attributes through which a
// browser loads from an address, goes there or sends there on its own:
// one list, so that each element a page may hold with unsafe_html is
// looked at one way (security review: a pattern of some attributes let
// <meta http-equiv="refresh">, a form's action and ping="" pass without a
// word, and warned of an <input>'s src that loads nothing). "" is every
// element. Chromium is tested to load what it lists
// (TestBrowserKeptHTMLWarnsOfWhatLoadsFromElsewhere).
var htmlAddresses = map[string][]htmlAddress{
	"": {{attr: "style", via: viaCSS},
		// SVG's presentation attributes are CSS: fill="url(…#g)" loads the
		// drawing that has g.
		{attr: "fill", via: viaCSS}, {attr: "stroke", via: viaCSS}, {attr: "mask", via: viaCSS}, {attr: "filter", via: viaCSS},
		{attr: "clip-path", via: viaCSS}, {attr: "marker-start", via: viaCSS}, {attr: "marker-mid", via: viaCSS},
		{attr: "marker-end", via: viaCSS}, {attr: "cursor", via: viaCSS}},
	"img":    {{attr: "src"}, {attr: "srcset", via: viaSrcset}},
	"image":  {{attr: "src"}, {attr: "href"}, {attr: "xlink:href"}}, // <image src> is an <img>; SVG's <image href>
	"source": {{attr: "src"}, {attr: "srcset", via: viaSrcset}},
	"video":  {{attr: "src"}, {attr: "poster"}},
	"audio":  {{attr: "src"}},
	"track":  {{attr: "src"}}, // loaded once the reader turns captions on
	"iframe": {{attr: "src"}},
	"frame":  {{attr: "src"}},
	"embed":  {{attr: "src"}},
	"object": {{attr: "data"}},
	"script": {{attr: "src"}, {attr: "href"}, {attr: "xlink:href"}},
	"input":  {{attr: "src", when: "type=image"}, {attr: "formaction", via: viaForm}},
	// A link in a page's body loads only by these.
	"link":    {{attr: "href", when: "rel=stylesheet preload prefetch modulepreload preconnect dns-prefetch"}},
	"use":     {{attr: "href"}, {attr: "xlink:href"}},
	"feimage": {{attr: "href"}, {attr: "xlink:href"}},
	"body":    {{attr: "background"}},
	"table":   {{attr: "background"}},
	"thead":   {{attr: "background"}},
	"tbody":   {{attr: "background"}},
	"tfoot":   {{attr: "background"}},
	"tr":      {{attr: "background"}},
	"td":      {{attr: "background"}},
	"th":      {{attr: "background"}},
	"meta":    {{attr: "content", via: viaRefresh, when: "http-equiv=refresh"}},
	"form":    {{attr: "action", via: viaForm}},
	"button":  {{attr: "formaction", via: viaForm}},
	"a":       {{attr: "ping", via: viaPing}},
	"area":    {{attr: "ping", via: viaPing}},
}

// htmlLoad is an address that HTML leads the page to: at is where in the
// HTML its tag starts (a file's: its address, see htmlRefs), via how. what
// is what a file is to the page (see htmlWhat).
type htmlLoad struct {
	at   int
	url  string
	via  int
	what string
}

// htmlWhat is what the file that the attribute attr of the element el
// loads by via is to the page, as a warning names it when the site does not
// have the file: "link" for a link's, which the reader follows, "image" for
// a picture's, as a Markdown image's (see WontShow).
func htmlWhat(el, attr string, via int) string {
	switch {
	case el == "a" || el == "area":
		return "link"
	case via != viaURL, attr == "poster", attr == "background":
		return "image" // a srcset's, a background's: pictures
	}
	switch el {
	case "video":
		return "video"
	case "audio":
		return "sound"
	case "source":
		return "video or sound"
	case "track":
		return "caption file"
	case "iframe", "frame":
		return "frame"
	case "embed", "object":
		return "embedded file"
	case "script":
		return "script"
	case "link":
		return "file"
	case "use":
		return "drawing"
	}
	return "image" // <img>, SVG's <image>, <input type=image>, <feImage>
}

// rawTextElements are the elements whose text an HTML parser takes as it
// is, up to their end tag: no tag inside them is one.
var rawTextElements = map[string]bool{"style": true, "script": true, "textarea": true, "title": true,
	"xmp": true, "iframe": true, "noembed": true, "noframes": true, "noscript": true}

// htmlRefs reads the HTML h once as a browser's HTML tokenizer reads it:
// a tag's attributes with their entities decoded, a <style>'s text as CSS
// (see CSSLoads), and the document an <iframe srcdoc="…"> holds, which the
// browser shows as a page of its own that loads what it names, resolving
// its addresses as the page's (review: `<iframe srcdoc="<img
// src=//elsewhere/x>">` loaded from another server without a word); the
// attribute's entities are decoded, so each document within is shorter
// than the one it is in. It returns
//   - loads: what h leads the page to on other servers, each tag's first,
//     and each address of a <style>'s; and what a <base> does (see baseTag);
//   - files: the addresses in the site that h loads a file from (<img
//     src>, a srcset's, <video poster>, a style's url(), …: see
//     htmlAddresses), or links to (<a href>): a file beside the content
//     file that the page's raw HTML shows is published as one that its
//     Markdown shows (see besideRef), and one the site does not have is
//     told where it is written.
//
// A load is at where its tag starts; a file at its address in the
// attribute's value (at the value's start where entities make the value
// longer in HTML than the address read from it, and for a file of an
// <iframe srcdoc>'s document), or in a <style>, at the address.
func htmlRefs(h string) (loads, files []htmlLoad) {
	eachTag(h, func(at int, name string, attrs map[string]string, text string, textAt int) {
		// Where each value starts in the tag: read again once it has a
		// file, which few tags have.
		var valueAt map[string]int
		valueStart := func(attr string) int {
			if valueAt == nil {
				valueAt = map[string]int{}
				readTag(h[at:], valueAt)
			}
			return at + valueAt[attr]
		}
		if l, ok := tagLoad(name, attrs); ok {
			loads = append(loads, htmlLoad{at, l.url, l.via, ""})
		}
		if l, ok := baseTag(name, attrs); ok {
			l.at = at
			loads = append(loads, l)
		}
		for _, list := range [][]htmlAddress{htmlAddresses[name], htmlAddresses[""], htmlLinks[name]} {
			for _, a := range list {
				v, ok := attrs[a.attr]
				if !ok || a.via != viaURL && a.via != viaSrcset && a.via != viaCSS || !htmlWhen(a.when, attrs) {
					continue
				}
				var urls []CSSLoad
				switch a.via {
				case viaURL:
					urls = []CSSLoad{{0, v}}
				case viaSrcset:
					from := 0
					for _, u := range srcsetURLs(v) {
						i := max(0, strings.Index(v[from:], u)) + from
						urls = append(urls, CSSLoad{i, u})
						from = i + len(u)
					}
				case viaCSS:
					urls = cssLoads(v, false)
				}
				for _, u := range urls {
					// As a browser reads an address: without the
					// spaces around it.
					if s := strings.TrimSpace(u.URL); s != "" && !fromAnotherServer(s) {
						// At the address where the value is written as
						// it reads, without entities; else at the value.
						fAt := valueStart(a.attr)
						if fAt+len(v) <= len(h) && h[fAt:fAt+len(v)] == v {
							fAt += u.Offset + strings.Index(u.URL, s)
						}
						files = append(files, htmlLoad{min(fAt, len(h)), s, a.via, htmlWhat(name, a.attr, a.via)})
					}
				}
			}
		}
		if doc, ok := attrs["srcdoc"]; ok && name == "iframe" {
			inLoads, inFiles := htmlRefs(doc)
			for _, l := range inLoads {
				if l.via != viaBase && l.via != viaBaseTarget { // the frame's own
					loads = append(loads, htmlLoad{at, l.url, l.via, ""})
				}
			}
			for _, l := range inFiles {
				files = append(files, htmlLoad{min(valueStart("srcdoc"), len(h)), l.url, l.via, l.what})
			}
		}
		if name == "style" {
			for _, l := range CSSLoads(text) {
				loads = append(loads, htmlLoad{textAt + l.Offset, l.URL, viaCSS, ""})
			}
			for _, l := range cssLoads(text, false) {
				files = append(files, htmlLoad{textAt + l.Offset, l.URL, viaCSS, "image"})
			}
		}
	})
	return loads, files
}

// baseTag is what a <base> does to the page, if anything: with an href,
// every relative address of the page, the theme's stylesheet, scripts and
// menu too, leads from there, not from the page (from "../../", every link
// of the site's menu leads above its root; from another server, its
// scripts load from there), and the links that check looks at from the page
// lead elsewhere; with a target, every link opens there, the menu's too.
// It is no load of another server's, and no file.
// An empty href, or the target _self, changes nothing.
func baseTag(name string, attrs map[string]string) (htmlLoad, bool) {
	if name != "base" {
		return htmlLoad{}, false
	}
	if href := strings.TrimSpace(attrs["href"]); href != "" {
		return htmlLoad{url: href, via: viaBase}, true
	}
	if target := strings.TrimSpace(attrs["target"]); target != "" && !strings.EqualFold(target, "_self") {
		return htmlLoad{url: target, via: viaBaseTarget}, true
	}
	return htmlLoad{}, false
}

// htmlLinks are the attributes of elements that link to an address, which
// the reader follows, not the page on its own (see htmlAddresses).
var htmlLinks = map[string][]htmlAddress{"a": {{attr: "href"}}, "area": {{attr: "href"}}}

// eachTag calls f for each start tag of the HTML h as a browser's HTML
// tokenizer reads it (see htmlTag), with where it starts, and for an
// element whose text is raw (a <style>, a <script>) with that text and
// where it starts.
func eachTag(h string, f func(at int, name string, attrs map[string]string, text string, textAt int)) {
	for i := 0; ; {
		lt := strings.IndexByte(h[i:], '<')
		if lt < 0 {
			return
		}
		i += lt
		rest := h[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest[2:], "-->") // <!--> ends at once, as in a browser
			if end < 0 {
				return
			}
			i += 2 + end + 3
			continue
		case strings.HasPrefix(rest, "<!") || strings.HasPrefix(rest, "<?") || strings.HasPrefix(rest, "</"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return
			}
			i += end + 1
			continue
		case len(rest) < 2 || !isASCIILetter(rest[1]):
			i++
			continue
		}
		name, attrs, n := htmlTag(rest)
		if n < 0 {
			return // a tag the HTML ends in: a browser drops it
		}
		at := i
		i += n
		if !rawTextElements[name] {
			f(at, name, attrs, "", 0)
			continue
		}
		end := indexFold(h[i:], "</"+name)
		if end < 0 {
			end = len(h) - i
		}
		f(at, name, attrs, h[i:i+end], i)
		i += end
	}
}

// tagLoad is the first address of another server that a tag named name
// with attrs leads the page to.
func tagLoad(name string, attrs map[string]string) (htmlLoad, bool) {
	for _, list := range [][]htmlAddress{htmlAddresses[name], htmlAddresses[""]} {
		for _, a := range list {
			v, ok := attrs[a.attr]
			if !ok || !htmlWhen(a.when, attrs) {
				continue
			}
			var urls []string
			switch a.via {
			case viaURL, viaForm:
				urls = []string{v}
			case viaSrcset:
				urls = srcsetURLs(v)
			case viaPing:
				urls = strings.Fields(v)
			case viaRefresh:
				urls = []string{refreshURL(v)}
			case viaCSS:
				if l := CSSLoads(v); len(l) > 0 {
					urls = []string{l[0].URL}
				}
			}
			for _, u := range urls {
				if fromAnotherServer(u) {
					return htmlLoad{url: strings.TrimSpace(u), via: a.via}, true
				}
			}
		}
	}
	return htmlLoad{}, false
}

// htmlWhen reports whether attrs meet the condition when of htmlAddress.
func htmlWhen(when string, attrs map[string]string) bool {
	if when == "" {
		return true
	}
	attr, values, _ := strings.Cut(when, "=")
	for _, v := range strings.Fields(strings.ToLower(attrs[attr])) {
		for _, want := range strings.Fields(values) {
			if v == want {
				return true
			}
		}
	}
	return false
}

// htmlTag reads the start tag that t begins with as a browser's tokenizer
// does: its name and attributes in small letters, each attribute's first
// value with its entities decoded, and how long it is; -1 if the text ends
// within it.
func htmlTag(t string) (name string, attrs map[string]string, n int) { return readTag(t, nil) }

// readTag is htmlTag, which also notes in valueAt, unless it is nil, where
// in t each attribute's value starts, for a warning at an address in it.
func readTag(t string, valueAt map[string]int) (name string, attrs map[string]string, n int) {
	isSpace := func(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' }
	i := 1
	for i < len(t) && !isSpace(t[i]) && t[i] != '/' && t[i] != '>' {
		i++
	}
	name = strings.ToLower(t[1:i])
	attrs = map[string]string{}
	for {
		for i < len(t) && (isSpace(t[i]) || t[i] == '/') {
			i++
		}
		if i >= len(t) {
			return name, attrs, -1
		}
		if t[i] == '>' {
			return name, attrs, i + 1
		}
		start := i
		i++ // a first = belongs to the name
		for i < len(t) && !isSpace(t[i]) && t[i] != '/' && t[i] != '>' && t[i] != '=' {
			i++
		}
		attr := strings.ToLower(t[start:i])
		for i < len(t) && isSpace(t[i]) {
			i++
		}
		value, at := "", i
		if i < len(t) && t[i] == '=' {
			i++
			for i < len(t) && isSpace(t[i]) {
				i++
			}
			if i < len(t) && (t[i] == '"' || t[i] == '\'') {
				end := strings.IndexByte(t[i+1:], t[i])
				if end < 0 {
					return name, attrs, -1
				}
				value, at = t[i+1:i+1+end], i+1
				i += end + 2
			} else {
				at = i
				for i < len(t) && !isSpace(t[i]) && t[i] != '>' {
					i++
				}
				value = t[at:i]
			}
		}
		if _, dup := attrs[attr]; !dup { // a browser keeps the first
			attrs[attr] = html.UnescapeString(value)
			if valueAt != nil {
				valueAt[attr] = at
			}
		}
	}
}

// srcsetURLs are the addresses of a srcset, as a browser parses it: each
// up to a space, its descriptors up to a comma; a comma within an address
// (data:image/png;base64,…) is part of it.
func srcsetURLs(v string) []string {
	var out []string
	for {
		v = strings.TrimLeft(v, " \t\n\r\f,")
		if v == "" {
			return out
		}
		end := strings.IndexAny(v, " \t\n\r\f")
		if end < 0 {
			end = len(v)
		}
		u := v[:end]
		v = v[end:]
		if trimmed := strings.TrimRight(u, ","); trimmed != u {
			out = append(out, trimmed)
			continue
		}
		out = append(out, u)
		depth := 0 // the descriptors, up to a comma outside parentheses
		i := 0
		for ; i < len(v) && (v[i] != ',' || depth > 0); i++ {
			switch v[i] {
			case '(':
				depth++
			case ')':
				depth = max(0, depth-1)
			}
		}
		v = v[i:]
	}
}

// refreshURL is the address of a <meta http-equiv="refresh">'s content,
// "5; url=https://…", as a browser reads it; "" for one that reloads the
// page itself.
func refreshURL(content string) string {
	s := strings.TrimLeft(content, " \t\n\r\f0123456789.")
	s = strings.TrimLeft(s, " \t\n\r\f")
	if s != "" && (s[0] == ';' || s[0] == ',') {
		s = strings.TrimLeft(s[1:], " \t\n\r\f")
	}
	if len(s) >= 3 && strings.EqualFold(s[:3], "url") {
		if rest := strings.TrimLeft(s[3:], " \t\n\r\f"); strings.HasPrefix(rest, "=") {
			s = strings.TrimLeft(rest[1:], " \t\n\r\f")
		}
	}
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		if end := strings.IndexByte(s[1:], s[0]); end >= 0 {
			return s[1 : 1+end]
		}
		return s[1:]
	}
	return s
}

// indexFold is strings.Index of sub in s, in any case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
