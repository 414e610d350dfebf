package render

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
)

// Folding T into the templates must not change a byte of any page, whatever
// the context the text stands in, and must leave alone what it cannot fold.
func TestFoldedStringsRenderTheSame(t *testing.T) {
	const src = `{{define "base"}}{{$p := .}}<h1 title="{{$p.T "title"}}">{{.T "title"}}</h1>` +
		`<a href="/{{$p.T "path"}}">{{printf "%s!" ($p.T "title")}}</a>` +
		`<script>var label = {{$p.T "title"}};</script>` +
		`<p>{{$p.T "missing"}} {{$p.T "title" | printf "%q"}} {{template "part" $p}}</p>{{end}}` +
		`{{define "part"}}{{with .}}<em>{{.T "quote"}}</em>{{end}}{{end}}`
	set := template.Must(template.New("page").Parse(src))
	words := map[string]string{"title": `Ideen & "Ziele" <jetzt>`, "path": "a b/ü", "quote": "it's"}
	folded, err := foldStrings(set, words)
	if err != nil {
		t.Fatal(err)
	}
	p := &Page{strings: words}
	var want, got bytes.Buffer
	if err := set.ExecuteTemplate(&want, "base", p); err != nil {
		t.Fatal(err)
	}
	if err := folded.ExecuteTemplate(&got, "base", p); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Fatalf("folded:\n%s\nwant:\n%s", &got, &want)
	}
	// Every literal key is folded, one without text to the key, as T gives
	// it: a template works or fails alike whether a label has text or not
	// (QA: {{.T "x"}} where the dot is no page failed only without text).
	var calls []string
	for _, tm := range folded.Templates() {
		for _, s := range []string{`$p.T "title"`, `$p.T "path"`, `.T "quote"`, `$p.T "missing"`} {
			if tm.Tree != nil && strings.Contains(tm.Tree.Root.String(), s) {
				calls = append(calls, s)
			}
		}
	}
	if len(calls) != 0 {
		t.Errorf("T calls left after folding: %v, want none", calls)
	}
	// The set it was folded from is left as it was.
	if !strings.Contains(set.Lookup("part").Tree.Root.String(), `.T "quote"`) {
		t.Error("folding changed the original set")
	}
}
