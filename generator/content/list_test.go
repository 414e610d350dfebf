package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestListWarnsAboutALinkToAFolderItDoesNotFollow(t *testing.T) {
	dir := t.TempDir()
	elsewhere := filepath.Join(t.TempDir(), "archive")
	for _, p := range []string{filepath.Join(dir, "content", "ideas"), elsewhere} {
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	idea := "+++\ntitle = \"A\"\nsubmitted = 2026-11-01\n+++\n"
	os.WriteFile(filepath.Join(elsewhere, "old.md"), []byte(idea), 0o644)
	os.WriteFile(filepath.Join(elsewhere, "linked.md"), []byte(idea), 0o644)
	if err := os.Symlink(elsewhere, filepath.Join(dir, "content", "ideas", "2025")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	// A link to a file is read like the file.
	os.Symlink(filepath.Join(elsewhere, "linked.md"), filepath.Join(dir, "content", "ideas", "linked.md"))
	files, diags, err := List(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(files, " ") != "content/ideas/linked.md" {
		t.Errorf("files = %q", files)
	}
	if len(diags) != 1 || diags[0].Path != "content/ideas/2025" || !strings.Contains(diags[0].Message, "link to a folder") {
		t.Errorf("diagnostics = %v, want one warning at content/ideas/2025", diags)
	}
}

// A site moved from Hugo keeps its _index.md files: they are no ideas.
func TestListSkipsHugoSectionFilesWithAWarning(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "content", "ideas", "2025"), 0o755)
	os.WriteFile(filepath.Join(dir, "content", "ideas", "_index.md"), []byte("+++\ntitle = \"Ideas\"\n+++\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content", "ideas", "2025", "_index.md"), []byte("+++\ntitle = \"2025\"\n+++\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content", "ideas", "x.md"), []byte("+++\ntitle = \"X\"\nsubmitted = 2026-11-01\n+++\n"), 0o644)
	files, diags, err := List(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(files, " ") != "content/ideas/x.md" {
		t.Errorf("files = %q", files)
	}
	if len(diags) != 2 || diags[0].Path != "content/ideas/2025/_index.md" || !strings.Contains(diags[1].Message, "_index.md describes a list page in Hugo") {
		t.Errorf("diagnostics = %v, want a warning at each _index.md", diags)
	}
}
