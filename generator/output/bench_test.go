package output

import (
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkWrite replaces a site of 10,000 pages of 8 KB, each in its own
// folder, as a build of 10,000 ideas does, again and again: from the third
// build on, each is written into the output of the build before the last.
func BenchmarkWrite(b *testing.B) {
	files := map[string][]byte{}
	page := make([]byte, 8<<10)
	for i := range 10000 {
		files[fmt.Sprintf("ideas/idea-%05d/index.html", i)] = page
	}
	dest := filepath.Join(b.TempDir(), "public")
	for range 2 {
		if err := Write(dest, files); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if err := Write(dest, files); err != nil {
			b.Fatal(err)
		}
	}
}
