package content

import (
	"fmt"
	"strings"
	"testing"
)

// The attributes that lead a page to another server are read as a
// browser reads them: entities decoded, a srcset's every address, a
// refresh's address, an <input>'s src only of type image, a <link>'s href
// only of a rel that loads.
func TestHTMLLoadsReadsTagsAsABrowserDoes(t *testing.T) {
	for h, want := range map[string]string{
		`<img alt="" src = " //x.example/a.png">`:                                                            "0 //x.example/a.png",
		`<img src="/\x.example/a.png">`:                                                                      `0 /\x.example/a.png`,
		`<IMG SRCSET="/a.png 1x, data:image/png;base64,A,B 2x,https://x.example/b">`:                         "1 https://x.example/b",
		`<input type=image src=//x.example/a>`:                                                               "0 //x.example/a",
		`<input src=//x.example/a>`:                                                                          "",
		`<link rel="Preconnect" href="https://x.example">`:                                                   "0 https://x.example",
		`<link rel="alternate" href="https://x.example/feed">`:                                               "",
		`<meta http-equiv="refresh" content="0;URL='https://x.example/'">`:                                   "3 https://x.example/",
		`<meta http-equiv="refresh" content="5">`:                                                            "",
		`<meta name="x" content="https://x.example/">`:                                                       "",
		`<form action="https://x.example/f"><button formaction=//y.example>`:                                 "4 https://x.example/f 4 //y.example",
		`<a href="https://x.example/" ping="/p https://x.example/p">`:                                        "5 https://x.example/p",
		`<div style="background:url(&quot;//x.example/a&quot;)">`:                                            "2 //x.example/a",
		`<svg><rect fill="url(//x.example/s.svg#g)"/></svg>`:                                                 "2 //x.example/s.svg#g",
		`<div background="//x.example/a">`:                                                                   "",
		`<td background="//x.example/a">`:                                                                    "0 //x.example/a",
		`<img src="a.png" src="//x.example/a">`:                                                              "",
		`<!-- <img src=//x.example/a> --><textarea><img src=//x.example/a></textarea>`:                       "",
		"x <style>\n@import '//x.example/a.css';</style>":                                                    "2 //x.example/a.css",
		`<img src="//x.example/a"`:                                                                           "",
		`<iframe srcdoc="&lt;img src=&quot;//x.example/a&quot;&gt;"></iframe>`:                               "0 //x.example/a",
		`<iframe srcdoc='<iframe srcdoc="&lt;style>@import &amp;quot;//x.example/b&amp;quot;&lt;/style>">'>`: "2 //x.example/b",
		`<div srcdoc="<img src=//x.example/a>">`:                                                             "",
	} {
		got := ""
		loads, _ := htmlRefs(h)
		for _, l := range loads {
			if got != "" {
				got += " "
			}
			got += fmt.Sprintf("%d %s", l.via, l.url)
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", h, got, want)
		}
	}
}

// No HTML makes htmlRefs fail, and each load and file is within the HTML.
func FuzzHTMLLoads(f *testing.F) {
	for _, s := range []string{`<img src=//x/a srcset=",,//x 2x">`, `<style>@import"//x";`, `<meta http-equiv=refresh content="0;url='//x`, `<!--><a ping=//x>`, `<a b='`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		loads, files := htmlRefs(h)
		for _, l := range append(loads, files...) {
			if l.at < 0 || l.at > len(h) {
				t.Errorf("%q: load %+v", h, l)
			}
		}
	})
}

// A file of raw HTML is at its address in the attribute's value, each of a
// srcset's and a style's at its own, and at the value's start where
// entities make the value longer than the address read from it, or where
// the address is in an <iframe srcdoc>'s document; with what it is to the
// page.
func TestHTMLRefsPutsAFileAtItsAddress(t *testing.T) {
	for h, want := range map[string]string{
		`<img alt="x" srcset="a.png 1x,  b.png 2x">`:                 "21 image a.png, 32 image b.png",
		`<a title=x href = plan.pdf>`:                                "18 link plan.pdf",
		`<div style="background:url( 'c.png' )">`:                    "29 image c.png",
		`<video src="&#x64;emo.mp4" poster="p.png">`:                 "12 video demo.mp4, 35 image p.png",
		`<iframe srcdoc="&lt;embed src=e.pdf&gt;" src="k.html">`:     "46 frame k.html, 16 embedded file e.pdf",
		`<base href="x/"><object data=o.pdf></object><source src=v>`: "29 embedded file o.pdf, 56 video or sound v", // a <base> names no file
	} {
		_, files := htmlRefs(h)
		var got []string
		for _, f := range files {
			got = append(got, fmt.Sprintf("%d %s %s", f.at, f.what, f.url))
		}
		if g := strings.Join(got, ", "); g != want {
			t.Errorf("%s: got %q, want %q", h, g, want)
		}
	}
}
