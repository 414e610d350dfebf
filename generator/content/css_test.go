package content

import (
	"fmt"
	"testing"
)

// A stylesheet's loads are found as a browser's CSS tokenizer finds them:
// through escapes and comments between tokens (which a pattern over the
// text let pass), and not in a comment, a bad url, a dimension, a
// function of another name or @namespace, which load nothing (Chromium
// agrees: TestBrowserKeptHTMLWarnsOfWhatLoadsFromElsewhere).
func TestCSSLoadsReadsCSSAsABrowserDoes(t *testing.T) {
	for css, want := range map[string]string{
		`a{background:url(https://x.example/a.png)}`:           "https://x.example/a.png@17",
		`a{background:u\rl(//x.example/a.png)}`:                "//x.example/a.png@18",
		`a{background:\75 rl(//x.example/a.png)}`:              "//x.example/a.png@20",
		`a{background:\000075rl(//x.example/a.png)}`:           "//x.example/a.png@23",
		`a{background:URL( '//x.example/a.png' )}`:             "//x.example/a.png@19",
		`a{background:url(\2f\2fx.example/a.png)}`:             "//x.example/a.png@17",
		`a{background:url("//x.example/\"a.png")}`:             `//x.example/"a.png@18`,
		"a{background:url('//x.example/b\\\nc.png')}":          "//x.example/bc.png@18",
		`@\69mport "//x.example/a.css";`:                       "//x.example/a.css@11",
		`@import"//x.example/a.css";`:                          "//x.example/a.css@8",
		`@import/**/'//x.example/a.css';`:                      "//x.example/a.css@12",
		`@import url(//x.example/a.css);`:                      "//x.example/a.css@12",
		`a{background:image-set("//x.example/a.png" 1x)}`:      "//x.example/a.png@24",
		`a{background:-webkit-image-set('//x.example/a' 1x)}`:  "//x.example/a@32",
		`a{background:image-set(url(//x.example/a.png) 2x)}`:   "//x.example/a.png@27",
		`a{background:url(\\\\x.example/a.png)}`:               `\\x.example/a.png@17`,
		`a{background:url(http:x.example/a.png)}`:              "http:x.example/a.png@17",
		`a{background:ur/**/l(//x.example/a.png)}`:             "",
		`a{background:url(/**/"//x.example/a.png")}`:           "",
		`a{background:url(/**///x.example/a.png)}`:             "",
		`/* url(//x.example/a.png) */ a{color:red}`:            "",
		`a{background:src("//x.example/a.png")}`:               "",
		`a{background:10url(//x.example/a.png)}`:               "",
		`a{background:image-set("a.png" type("//x.example"))}`: "",
		`@namespace svg url(http://www.w3.org/2000/svg);`:      "",
		`a{background:url(data:image/png;base64,AAAA)}`:        "",
		`a{background:url(../img/a.png)}`:                      "",
		`a{content:"//x.example/a.png"}`:                       "",
		`a{background:url(//x.example/a b.png)}`:               "",
	} {
		got := ""
		for _, l := range CSSLoads(css) {
			got += fmt.Sprintf("%s@%d", l.URL, l.Offset)
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", css, got, want)
		}
	}
}

// No stylesheet makes cssLoads fail, and each load, of another server or
// of the site, is where its text is: custom.css and a body's CSS are
// anybody's text.
func FuzzCSSLoads(f *testing.F) {
	for _, s := range []string{`a{background:u\rl(//x/a)}`, `@\69mport/**/"//x/a";`, `url(\`, `url(//x\`, "'a\\\n", `image-set("//x" 1x`, `\0 -\-->`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, css string) {
		for _, remote := range []bool{true, false} {
			for _, l := range cssLoads(css, remote) {
				if l.Offset < 0 || l.Offset > len(css) || fromAnotherServer(l.URL) != remote {
					t.Errorf("%q: load %+v (remote %v)", css, l, remote)
				}
			}
		}
	})
}
