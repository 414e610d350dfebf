// Package testsite reads a whole site written as one string, in the txtar
// format ("-- path --" lines, each followed by the file's content), so that a
// test shows its input and its assertions side by side, as Hugo's tests do.
package testsite

import (
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
)

// Files returns the files of archive, path → content. Text before the first
// "-- path --" line is a comment and ignored.
func Files(archive string) map[string]string {
	files := map[string]string{}
	name := ""
	var body strings.Builder
	flush := func() {
		if name != "" {
			files[name] = body.String()
		}
		body.Reset()
	}
	for _, line := range strings.SplitAfter(archive, "\n") {
		trimmed := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			flush()
			name = strings.TrimSpace(trimmed[3 : len(trimmed)-3])
			continue
		}
		if name != "" {
			body.WriteString(line)
		}
	}
	flush()
	return files
}

// MapFS returns archive as a file system.
func MapFS(archive string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range Files(archive) {
		fsys[name] = &fstest.MapFile{Data: []byte(data), Mode: 0o644}
	}
	return fsys
}

// Write writes the files of archive below dir.
func Write(dir, archive string) error {
	for name, data := range Files(archive) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			return err
		}
	}
	return nil
}
