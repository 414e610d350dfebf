package serve

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fokus/generator/internal/corpus"
)

// BenchmarkSaveToReloadEvent measures what a user waits for: from an editor
// saving one idea file to the browser showing that idea being told to
// reload, through the real watcher, debounce, rebuild and event stream. It
// reports the median and 95th percentile; between edits it waits until the
// server is idle, so each edit is measured on its own. Run it with e.g.
// -benchtime=30x. An edit of the body alone (edit=body, what writing text
// is) leaves the model as it was; an edit of the front matter (edit=front,
// here the title) makes the server build the model again.
func BenchmarkSaveToReloadEvent(b *testing.B) {
	edits := []struct {
		name string
		edit func(original []byte, i int) []byte
	}{
		{"body", func(original []byte, i int) []byte {
			return fmt.Appendf(slices.Clip(original), "\nEdit number %d.\n", i)
		}},
		{"front", func(original []byte, i int) []byte {
			return bytes.Replace(original, []byte(`title = "`), fmt.Appendf(nil, `title = "%d `, i), 1)
		}},
	}
	for _, n := range []int{1000, 10000} {
		for _, e := range edits {
			b.Run(fmt.Sprintf("ideas=%d/edit=%s", n, e.name), func(b *testing.B) { benchSaveToReload(b, n, e.edit) })
		}
	}
}

func benchSaveToReload(b *testing.B, n int, edit func([]byte, int) []byte) {
	{
		{
			dir := b.TempDir()
			if err := corpus.Write(dir, n, 1); err != nil {
				b.Fatal(err)
			}
			file := firstIdea(b, dir)
			original, err := os.ReadFile(file)
			if err != nil {
				b.Fatal(err)
			}
			p := startDir(b, dir)
			slug := strings.TrimSuffix(filepath.Base(file), ".md")
			ch := p.events("ideas/" + slug + "/index.html")
			v := next(b, ch).Version
			var lat, full []time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				edited := edit(original, i)
				if bytes.Equal(edited, original) {
					b.Fatal("the edit changes nothing")
				}
				start := time.Now()
				if err := os.WriteFile(file, edited, 0o644); err != nil {
					b.Fatal(err)
				}
				for {
					m := next(b, ch)
					if m.Version != v {
						v = m.Version
						break
					}
				}
				lat = append(lat, time.Since(start))
				b.StopTimer()
				// The whole render after the fast one takes seconds at 10,000 ideas.
				for deadline := time.Now().Add(2 * time.Minute); !p.srv.idle(); time.Sleep(5 * time.Millisecond) {
					if time.Now().After(deadline) {
						b.Fatal("server not idle after 2 minutes")
					}
				}
				p.srv.mu.Lock()
				full = append(full, p.srv.took)
				p.srv.mu.Unlock()
				b.StartTimer()
			}
			b.ReportMetric(ms(percentile(lat, 50)), "median-ms")
			b.ReportMetric(ms(percentile(lat, 95)), "p95-ms")
			b.ReportMetric(ms(percentile(full, 50)), "whole-rebuild-median-ms")
		}
	}
}

func firstIdea(t testing.TB, dir string) string {
	var found string
	filepath.WalkDir(filepath.Join(dir, "content", "ideas"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && found == "" && !d.IsDir() && strings.HasSuffix(p, ".md") {
			found = p
		}
		return nil
	})
	if found == "" {
		t.Fatal("corpus has no ideas")
	}
	return found
}

func percentile(d []time.Duration, pct int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[min(len(s)-1, (len(s)*pct+99)/100-1)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
