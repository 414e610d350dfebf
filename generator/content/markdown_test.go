package content

import (
	"strings"
	"testing"
)

// Hugo's goldmark renders footnotes, so people write them; without the
// extension "[^1]: note" became a link to a page called "note".
func TestMarkdownRendersFootnotes(t *testing.T) {
	html, err := NewMarkdown(false).HTML("", []byte("Claim[^1].\n\n[^1]: Source, <script>x</script> [link](javascript:alert(1)).\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a>`, `<li id="fn:1">`, `href="#fnref:1"`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("HTML lacks %s:\n%s", want, html)
		}
	}
	for _, bad := range []string{`href="note"`, "<script", "javascript:"} {
		if strings.Contains(string(html), bad) {
			t.Errorf("HTML has %s:\n%s", bad, html)
		}
	}
}
