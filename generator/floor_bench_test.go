package generator

import (
	"fmt"
	"io/fs"
	"math"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"fokus/generator/content"
	"fokus/generator/internal/corpus"
	"fokus/generator/output"
)

// BenchmarkFloor measures the least any build of the corpus must do: list and
// read every content file, split off its front matter, decode the TOML into a
// plain map and convert the Markdown body, on all cores. It checks nothing
// and renders nothing, so BenchmarkBuild divided by it says how much the
// model, the theme and the output cost on top of the unavoidable parsing.
// Run both side by side: go test -run XXX -bench 'Build|Floor' ./generator/
func BenchmarkFloor(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("ideas=%d", n), func(b *testing.B) {
			benchFloor(b, corpus.MapFS(n, 1))
		})
	}
}

// BenchmarkFloorDisk is BenchmarkFloor reading the corpus from a folder, as
// `fokus build` does (the files are in the page cache after the first pass).
func BenchmarkFloorDisk(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("ideas=%d", n), func(b *testing.B) {
			benchFloor(b, diskCorpus(b, n))
		})
	}
}

// BenchmarkBuildDisk is BenchmarkBuild reading the corpus from a folder, to
// compare with BenchmarkFloorDisk and with the fokus binary; from the third
// iteration on, each build is written into the output of the one before the
// last, as repeated `fokus build` runs are.
func BenchmarkBuildDisk(b *testing.B) {
	now, _ := time.Parse("2006-01-02", corpus.Now)
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("ideas=%d", n), func(b *testing.B) {
			src := diskCorpus(b, n)
			dest := b.TempDir() + "/public"
			b.ReportAllocs()
			for b.Loop() {
				buildTo(b, src, now, dest)
			}
		})
	}
}

// BenchmarkBuildOverFloor alternates one floor pass and one full build (with
// output) on the disk corpus and reports their ratio, so that both see the
// same machine load: on a shared machine, BenchmarkBuild and BenchmarkFloor
// run minutes apart can disagree by more than the effect being measured.
// The build is what `fokus build` does (see buildTo).
func BenchmarkBuildOverFloor(b *testing.B) {
	now, _ := time.Parse("2006-01-02", corpus.Now)
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("ideas=%d", n), func(b *testing.B) {
			src := diskCorpus(b, n)
			dest := b.TempDir() + "/public"
			md := content.NewMarkdown(false)
			// Two builds first, so that every timed one is a repeated build,
			// written into the output of the build before the last.
			buildTo(b, src, now, dest)
			buildTo(b, src, now, dest)
			var floorTime, buildTime time.Duration
			minFloor, minBuild := time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
			for b.Loop() {
				start := time.Now()
				if err := floor(src, md); err != nil {
					b.Fatal(err)
				}
				mid := time.Now()
				buildTo(b, src, now, dest)
				floorTime += mid.Sub(start)
				buildTime += time.Since(mid)
				minFloor, minBuild = min(minFloor, mid.Sub(start)), min(minBuild, time.Since(mid))
			}
			b.ReportMetric(float64(floorTime.Milliseconds())/float64(b.N), "floor-ms/op")
			b.ReportMetric(float64(buildTime.Milliseconds())/float64(b.N), "build-ms/op")
			b.ReportMetric(float64(buildTime)/float64(floorTime), "build/floor")
			// On a machine whose speed varies (a shared VM), the fastest
			// of each is the least disturbed: their ratio is the steadier one.
			b.ReportMetric(float64(minBuild)/float64(minFloor), "min-build/min-floor")
		})
	}
}

// buildTo builds src into dest as `fokus build` does: the pages stream into
// a stage beside dest, which is swapped in at the end.
func buildTo(b *testing.B, src fs.FS, now time.Time, dest string) {
	b.Helper()
	stage, err := output.NewStage(dest)
	if err != nil {
		b.Fatal(err)
	}
	res, err := BuildTo(Options{Source: src, Now: now, NowDay: true}, stage)
	if err != nil {
		b.Fatal(err)
	}
	if res.Failed() {
		b.Fatalf("corpus has errors:\n%s", res.Diagnostics[:min(len(res.Diagnostics), 5)])
	}
	if err := stage.Commit(); err != nil {
		b.Fatal(err)
	}
}

// diskCorpus writes the corpus of n ideas (seed 1) to a temporary folder once
// and returns it as a file system.
func diskCorpus(b *testing.B, n int) fs.FS {
	dir := b.TempDir()
	if err := corpus.Write(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	return os.DirFS(dir)
}

func benchFloor(b *testing.B, fsys fs.FS) {
	md := content.NewMarkdown(false)
	b.ReportAllocs()
	for b.Loop() {
		if err := floor(fsys, md); err != nil {
			b.Fatal(err)
		}
	}
}

// floor lists the Markdown files below content/ and reads, splits, decodes
// and converts each of them with a pool of GOMAXPROCS workers.
func floor(fsys fs.FS, md *content.Markdown) error {
	var files []string
	err := fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				errs[i] = floorFile(fsys, files[i], md)
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func floorFile(fsys fs.FS, name string, md *content.Markdown) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	src, serr := content.Split(data)
	if serr != nil {
		return fmt.Errorf("%s:%d:%d: %s", name, serr.Line, serr.Col, serr.Message)
	}
	var front map[string]any
	if _, err := toml.Decode(src.Front, &front); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if _, err := md.HTML(name, src.Body); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
