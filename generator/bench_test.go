package generator

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"fokus/generator/internal/corpus"
)

// BenchmarkBuild measures what `fokus build` does: load, check, render and
// stream into a staged folder, then swap it in, for a generated site of N
// ideas, N/10 objectives and 8 teams.
func BenchmarkBuild(b *testing.B) {
	now, _ := time.Parse("2006-01-02", corpus.Now)
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("ideas=%d", n), func(b *testing.B) {
			src := corpus.MapFS(n, 1)
			dest := b.TempDir() + "/public"
			b.ReportAllocs()
			for b.Loop() {
				buildTo(b, src, now, dest)
			}
		})
	}
}

func TestGeneratedCorpusIsValid(t *testing.T) {
	now, _ := time.Parse("2006-01-02", corpus.Now)
	res, err := Check(Options{Source: corpus.MapFS(300, 7), Now: now, NowDay: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := errorsOf(res.Diagnostics); len(got) > 0 {
		t.Fatalf("generated corpus has %d errors, first: %s", len(got), got[0])
	}
	// Built at corpus.Now, as its command says, it has no day after it.
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Message, "after today") {
			t.Errorf("a date of the corpus is after corpus.Now: %s", d)
		}
	}
	if len(res.Site.Ideas) != 300 || len(res.Site.Objectives) != 30 || len(res.Site.Teams) != corpus.Teams {
		t.Fatalf("corpus has %d ideas, %d objectives, %d teams", len(res.Site.Ideas), len(res.Site.Objectives), len(res.Site.Teams))
	}
	a, b := corpus.Files(50, 3), corpus.Files(50, 3)
	for p := range a {
		if string(a[p]) != string(b[p]) {
			t.Fatalf("%s differs between two runs with the same seed", p)
		}
	}
}

// discard is a sink that drops what it gets, to time rendering alone.
type discard struct{}

func (discard) Create(string) (io.WriteCloser, error) { return nopCloser{io.Discard}, nil }

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// BenchmarkRender measures rendering alone: the theme's templates over the
// model of a generated site, with nothing written.
func BenchmarkRender(b *testing.B) {
	now, _ := time.Parse("2006-01-02", corpus.Now)
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("ideas=%d", n), func(b *testing.B) {
			src := corpus.MapFS(n, 1)
			res, err := Check(Options{Source: src, Now: now, NowDay: true})
			if err != nil {
				b.Fatal(err)
			}
			theme, err := LoadTheme(src, "default")
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := theme.Write(res.Site, discard{}, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkModel measures building the model from parsed documents, the
// step a preview server repeats on every save.
func BenchmarkModel(b *testing.B) {
	now, _ := time.Parse("2006-01-02", corpus.Now)
	builder := NewBuilder(Options{Source: corpus.MapFS(10000, 1), NowDay: true})
	if err := builder.Reload(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		builder.stale = true // as after an edit of front matter: no patching
		builder.Model(now)
	}
}

// BenchmarkModelAfterTitleEdit measures what a preview's save of one idea's
// title costs the model: the file read again and the model patched
// (Site.UpdateIdea), without the watcher, the render and the disk of
// BenchmarkSaveToReloadEvent.
func BenchmarkModelAfterTitleEdit(b *testing.B) {
	now, _ := time.Parse("2006-01-02", corpus.Now)
	fsys := corpus.MapFS(10000, 1)
	builder := NewBuilder(Options{Source: fsys, NowDay: true})
	if err := builder.Reload(); err != nil {
		b.Fatal(err)
	}
	builder.Model(now)
	var p string // an idea of the corpus, the same in every run
	for name := range fsys {
		if strings.HasPrefix(name, "content/ideas/idee-00042-") {
			p = name
		}
	}
	orig := fsys[p].Data
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		fsys[p].Data = bytes.Replace(orig, []byte(`title = "`), fmt.Appendf(nil, `title = "E%d `, n), 1)
		if _, _, err := builder.Update([]string{p}); err != nil {
			b.Fatal(err)
		}
		if builder.Model(now).Failed() {
			b.Fatal("the model failed")
		}
	}
}
