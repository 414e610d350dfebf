package output

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// tree returns every file below dir, relative path → content.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func keys(m map[string]string) string {
	var k []string
	for p := range m {
		k = append(k, p)
	}
	sort.Strings(k)
	return strings.Join(k, " ")
}

func TestWriteCreatesTheFilesAndTheMarker(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "site", "public")
	err := Write(dest, map[string][]byte{"index.html": []byte("home"), "ideas/a/index.html": []byte("a")})
	if err != nil {
		t.Fatal(err)
	}
	got := tree(t, dest)
	if keys(got) != ".fokus-output ideas/a/index.html index.html" || got["ideas/a/index.html"] != "a" {
		t.Fatalf("tree = %v", got)
	}
	info, err := os.Stat(dest)
	if err != nil || info.Mode().Perm() != 0o755 {
		t.Errorf("destination mode = %v, %v; want 0755", info.Mode(), err)
	}
}

func TestRewriteRemovesFilesOfDeletedContentAndLeavesNoStaging(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	if err := Write(dest, map[string][]byte{"index.html": []byte("1"), "ideas/old/index.html": []byte("old")}); err != nil {
		t.Fatal(err)
	}
	if err := Write(dest, map[string][]byte{"index.html": []byte("2")}); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dest); keys(got) != ".fokus-output index.html" || got["index.html"] != "2" {
		t.Fatalf("tree after rebuild = %v", got)
	}
	entries, _ := os.ReadDir(parent)
	if len(entries) != 1 {
		t.Errorf("parent holds %d entries, want only public (staging folders left behind?)", len(entries))
	}
}

func TestEmptyFolderIsReplaced(t *testing.T) {
	dest := t.TempDir()
	if err := Write(dest, map[string][]byte{"index.html": []byte("x")}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dest, "index.html")); err != nil {
		t.Fatal(err)
	}
}

func TestNonEmptyFolderWithoutMarkerIsRefusedAndUntouched(t *testing.T) {
	dest := t.TempDir()
	os.WriteFile(filepath.Join(dest, "thesis.docx"), []byte("years of work"), 0o644)
	before := tree(t, dest)
	err := Write(dest, map[string][]byte{"index.html": []byte("x")})
	if !errors.Is(err, ErrNotOurs) {
		t.Fatalf("err = %v, want ErrNotOurs", err)
	}
	if after := tree(t, dest); keys(after) != keys(before) || after["thesis.docx"] != "years of work" {
		t.Fatalf("folder changed: %v", after)
	}
}

func TestDestinationThatIsAFileIsRefused(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	os.WriteFile(dest, []byte("a file"), 0o644)
	if err := Write(dest, map[string][]byte{"index.html": []byte("x")}); err == nil {
		t.Fatal("no error for a destination that is a file")
	}
	if data, _ := os.ReadFile(dest); string(data) != "a file" {
		t.Fatalf("file changed to %q", data)
	}
}

func TestFailedWriteLeavesThePreviousOutput(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	if err := Write(dest, map[string][]byte{"index.html": []byte("1")}); err != nil {
		t.Fatal(err)
	}
	before := tree(t, dest)
	// "a" cannot be a file and a folder at once.
	err := Write(dest, map[string][]byte{"a": []byte("file"), "a/b.html": []byte("x")})
	if err == nil {
		t.Fatal("no error for a file that is also a folder")
	}
	if after := tree(t, dest); keys(after) != keys(before) || after["index.html"] != "1" {
		t.Fatalf("destination changed: %v", after)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("parent holds %d entries, want only public", len(entries))
	}
}

func TestDestinationThatIsALinkIsReplacedWhereItPoints(t *testing.T) {
	parent := t.TempDir()
	real := filepath.Join(parent, "www")
	if err := Write(real, map[string][]byte{"index.html": []byte("1")}); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(parent, "public")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := Write(link, map[string][]byte{"index.html": []byte("2")}); err != nil {
		t.Fatal(err)
	}
	if target, err := os.Readlink(link); err != nil || target != real {
		t.Fatalf("link = %q, %v; want it kept pointing to %s", target, err, real)
	}
	if data, _ := os.ReadFile(filepath.Join(real, "index.html")); string(data) != "2" {
		t.Fatalf("index.html = %q, want the new build where the link points", data)
	}
}
