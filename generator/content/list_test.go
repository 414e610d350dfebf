package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fokus/generator/internal/testfs"
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
	// A link to a file in the site's folder is read like the file.
	os.MkdirAll(filepath.Join(dir, "archiv"), 0o755)
	os.WriteFile(filepath.Join(dir, "archiv", "linked.md"), []byte(idea), 0o644)
	os.Symlink(filepath.Join("..", "..", "archiv", "linked.md"), filepath.Join(dir, "content", "ideas", "linked.md"))
	os.Symlink(filepath.Join("..", "..", "archiv"), filepath.Join(dir, "content", "ideas", "2024"))
	files, diags, err := List(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(files, " ") != "content/ideas/linked.md" {
		t.Errorf("files = %q", files)
	}
	// Its files linked one by one would lead out of the site's folder,
	// which fokus does not read (see TestListLeavesOutALinkOutOfTheSite).
	want := []string{
		"content/ideas/2024:1:1: warning: ignored: a link to a folder; fokus does not follow links to folders, move the folder here or link its files one by one",
		"content/ideas/2025:1:1: warning: ignored: a link to a folder outside the site's folder (" + elsewhere + "), whose files fokus does not read: move the folder into the site's folder",
	}
	if strings.TrimSpace(diags.String()) != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", diags, strings.Join(want, "\n"))
	}
}

// A content file that is a link which leads outside the site's folder is
// not read, with a warning at it: whoever may write an idea could link
// /etc/passwd or a home folder's secrets, and the site published their text
// (security review). Links inside the site's folder are read, also through
// a folder of its own that is a link.
func TestListLeavesOutALinkOutOfTheSite(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "site")
	ideas := filepath.Join(dir, "content", "ideas")
	idea := []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\n+++\n")
	for _, d := range []string{ideas, filepath.Join(dir, "archiv"), filepath.Join(root, "secret")} {
		os.MkdirAll(d, 0o755)
	}
	os.WriteFile(filepath.Join(dir, "archiv", "alt.md"), idea, 0o644)
	os.WriteFile(filepath.Join(root, "secret", "s.md"), idea, 0o644)
	links := map[string]string{
		"inside.md":          "../../archiv/alt.md",
		"absolute.md":        filepath.Join(root, "secret", "s.md"),
		"up.md":              "../../../secret/s.md",
		"up-and-back.md":     "../../../site/archiv/alt.md", // inside, but by a path out of the site's folder
		"chain.md":           "up.md",
		"through-archiv.md":  "archiv-link/alt.md",
		"through-secret.md":  "secret-link/s.md",
		"out-of-the-link.md": "archiv-link/../../secret/s.md",
		"archiv-link":        "../../archiv",
		"secret-link":        filepath.Join(root, "secret"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(ideas, name)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	files, diags, err := List(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(files, " "); got != "content/ideas/inside.md content/ideas/through-archiv.md" {
		t.Errorf("files = %s", got)
	}
	const why = "fokus reads no file from outside the site's folder, which the link would publish; copy the file into the site's folder"
	want := []string{
		"content/ideas/absolute.md:1:1: warning: ignored: a link to " + links["absolute.md"] + ", an absolute path, which may lead anywhere on the machine: " + why + ", or, if it is there, link to it by a path relative to the link",
		"content/ideas/archiv-link:1:1: warning: ignored: a link to a folder; fokus does not follow links to folders, move the folder here or link its files one by one",
		"content/ideas/chain.md:1:1: warning: ignored: a link to up.md, which leads outside the site's folder: " + why,
		"content/ideas/out-of-the-link.md:1:1: warning: ignored: a link to archiv-link/../../secret/s.md, which leads outside the site's folder: " + why,
		"content/ideas/secret-link:1:1: warning: ignored: a link to a folder outside the site's folder (" + links["secret-link"] + "), whose files fokus does not read: move the folder into the site's folder",
		"content/ideas/through-secret.md:1:1: warning: ignored: a link to secret-link/s.md, which leads outside the site's folder: " + why,
		"content/ideas/up-and-back.md:1:1: warning: ignored: a link to ../../../site/archiv/alt.md, which leads outside the site's folder: " + why,
		"content/ideas/up.md:1:1: warning: ignored: a link to ../../../secret/s.md, which leads outside the site's folder: " + why,
	}
	if strings.TrimSpace(diags.String()) != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", diags, strings.Join(want, "\n"))
	}

	// A content folder that is itself a link (shared by several sites)
	// is the site's: a link in it to a file beside is read, and one up
	// out of it, which leads out of the folder it links to, is not.
	shared := filepath.Join(root, "shared")
	os.MkdirAll(filepath.Join(shared, "content", "ideas"), 0o755)
	os.WriteFile(filepath.Join(shared, "content", "ideas", "a.md"), idea, 0o644)
	os.MkdirAll(filepath.Join(shared, "content", "notes"), 0o755)
	os.WriteFile(filepath.Join(shared, "content", "notes", "n.txt"), idea, 0o644)
	os.WriteFile(filepath.Join(shared, "s.md"), idea, 0o644)
	os.Symlink("../notes/n.txt", filepath.Join(shared, "content", "ideas", "beside.md"))
	os.Symlink("../../s.md", filepath.Join(shared, "content", "ideas", "up.md"))
	other := filepath.Join(root, "other")
	os.MkdirAll(other, 0o755)
	os.Symlink(filepath.Join(shared, "content"), filepath.Join(other, "content"))
	files, diags, err = List(os.DirFS(other))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(files, " "); got != "content/ideas/a.md content/ideas/beside.md" {
		t.Errorf("files in a linked content folder = %s", got)
	}
	if len(diags) != 1 || diags[0].String() != "content/ideas/up.md:1:1: warning: ignored: a link to ../../s.md, which leads outside the site's folder: "+why {
		t.Errorf("diagnostics in a linked content folder:\n%s", diags)
	}
}

// A site moved from Hugo keeps its _index.md files: they are no ideas.
func TestListSkipsHugoSectionFilesWithAWarning(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "content", "ideas", "2025"), 0o755)
	os.WriteFile(filepath.Join(dir, "content", "ideas", "_index.md"), []byte("+++\ntitle = \"Ideas\"\n+++\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content", "ideas", "2025", "_index.de.md"), []byte("+++\ntitle = \"2025\"\n+++\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content", "ideas", "x.md"), []byte("+++\ntitle = \"X\"\nsubmitted = 2026-11-01\n+++\n"), 0o644)
	files, diags, err := List(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(files, " ") != "content/ideas/x.md" {
		t.Errorf("files = %q", files)
	}
	if len(diags) != 2 || diags[0].Path != "content/ideas/2025/_index.de.md" || !strings.Contains(diags[1].Message, "_index.md describes a list page in Hugo") {
		t.Errorf("diagnostics = %v, want a warning at each _index.md", diags)
	}
}

// A folder's README.md, as a content repository keeps one for Git hosts to
// show, is notes on the folder: no idea, and nothing to warn about (QA:
// it failed the build as a file without front matter).
func TestListSkipsAFoldersReadme(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "content", "ideas"), 0o755)
	os.WriteFile(filepath.Join(dir, "content", "README.md"), []byte("# Our content\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content", "ideas", "Readme.md"), []byte("# How to write an idea\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content", "ideas", "x.md"), []byte("+++\ntitle = \"X\"\nsubmitted = 2026-11-01\n+++\n"), 0o644)
	files, diags, err := List(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(files, " ") != "content/ideas/x.md" || len(diags) != 0 {
		t.Errorf("files = %q, diagnostics = %v", files, diags)
	}
	// One with front matter was meant as content: it is said to be left out.
	os.WriteFile(filepath.Join(dir, "content", "ideas", "Readme.md"), []byte("+++\ntitle = \"Readme\"\n+++\n"), 0o644)
	_, diags, _ = List(os.DirFS(dir))
	if len(diags) != 1 || diags[0].Path != "content/ideas/Readme.md" || !strings.Contains(diags[0].Message, "rename it") {
		t.Errorf("a README.md with front matter: diagnostics = %v", diags)
	}
	// A named pipe of that name is not opened: it would block (review).
	os.Remove(filepath.Join(dir, "content", "ideas", "Readme.md"))
	testfs.Mkfifo(t, filepath.Join(dir, "content", "ideas", "README.md"))
	done := make(chan struct{})
	go func() { List(os.DirFS(dir)); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("List blocked on a named pipe called README.md")
	}
}

// Content is untrusted: a value nested 50,000 deep or a key of 20,000 dotted
// parts must not make the position scanner record a path per level (each as
// long as its depth: gigabytes). Positions stop at maxDepth; what is above
// it is still found.
func TestPositionsOfDeepNestingStayBounded(t *testing.T) {
	const n = 50000
	front := "title = 1\nextra = " + strings.Repeat("[", n) + "1" + strings.Repeat("]", n) +
		"\nwide = { " + strings.Repeat("b.", 20000) + "c = 1 }\n" + strings.Repeat("d.", 20000) + "e = 2\nlast = 3\n"
	p := scanPositions(front, 1)
	if got := len(p.m); got > 100 {
		t.Errorf("%d positions recorded for one deep value and two long keys, want a handful", got)
	}
	for path, want := range map[string]Pos{"title": {1, 9}, "extra": {2, 9}, "extra.0.0": {2, 11}, "wide": {3, 8}, "last": {5, 8}} {
		if got := p.at(path); got != want {
			t.Errorf("%s at %v, want %v", path, got, want)
		}
	}
}

// unreadable is a file system whose folder bad cannot be read, as a
// folder with mode 000 is for a user other than root.
type unreadable struct {
	fstest.MapFS
	bad string
}

func (u unreadable) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == u.bad {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return u.MapFS.ReadDir(name)
}

// A folder that cannot be read is an error at its place, and the other
// files are still listed (serve QA: "fokus: open content/ideas/2025:
// permission denied" ended the run without a place).
func TestListReportsAnUnreadableFolderAtItsPlace(t *testing.T) {
	idea := &fstest.MapFile{Data: []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\n+++\n")}
	fsys := unreadable{fstest.MapFS{"content/ideas/a.md": idea, "content/ideas/2025/b.md": idea}, "content/ideas/2025"}
	files, diags, err := List(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0] != "content/ideas/a.md" {
		t.Errorf("files %q", files)
	}
	want := "content/ideas/2025:1:1: error: cannot read it (permission denied); the files in it would be missing from the site"
	if len(diags) != 1 || diags[0].String() != want {
		t.Errorf("diagnostics %v, want %s", diags, want)
	}
}

// Word writes an owner file (~$idee.md) beside a file it has open: binary,
// and no idea. Read as one, it failed every build while a colleague had the
// file open (QA); it is left alone without a word, as an editor's backup is.
func TestListLeavesOfficeOwnerFilesAlone(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "content", "ideas"), 0o755)
	os.WriteFile(filepath.Join(dir, "content", "ideas", "~$idee.md"), []byte("\x0bClaudia W.\x00\x00"), 0o644)
	os.WriteFile(filepath.Join(dir, "content", "ideas", "idee.md"), []byte("+++\ntitle = \"X\"\nsubmitted = 2026-11-01\n+++\n"), 0o644)
	files, diags, err := List(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(files, " ") != "content/ideas/idee.md" || len(diags) != 0 {
		t.Errorf("files = %q, diagnostics = %v", files, diags)
	}
	if _, warned := Ignored("content/ideas/~$idee.md"); warned {
		t.Error("the owner file is warned about")
	}
}

// A file where the folder of a kind should be (an idea saved as
// content/ideas, without .md) left every idea out of the site without a
// word; an error keeps the site built before.
func TestListSaysThatAFileStandsWhereAFolderOfAKindShouldBe(t *testing.T) {
	fsys := fstest.MapFS{
		"content/ideas":      {Data: []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\n+++\n")},
		"content/teams/t.md": {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
	}
	files, diags, err := List(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(files, " ") != "content/teams/t.md" {
		t.Errorf("files = %q", files)
	}
	want := "content/ideas:1:1: error: this is a file, where fokus reads the ideas from a folder content/ideas/; rename the file, and keep the ideas in a folder of this name"
	if len(diags) != 1 || diags[0].String() != want {
		t.Errorf("diagnostics = %v, want %s", diags, want)
	}
}

// closedFile is a file system whose file bad cannot be opened, as a file
// with mode 000 is for a user other than root.
type closedFile struct {
	fs.FS
	bad string
}

func (c closedFile) Open(name string) (fs.File, error) {
	if name == c.bad {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return c.FS.Open(name)
}

func (c closedFile) ReadLink(name string) (string, error) { return fs.ReadLink(c.FS, name) }

func (c closedFile) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(c.FS, name) }

// A file that cannot be read says why without its path again, and a link
// whose file is gone where it leads: "open content/ideas/gone.md: no such
// file or directory" at a file that a listing shows was no help (QA).
func TestAFileThatCannotBeReadSaysWhy(t *testing.T) {
	dir := t.TempDir()
	ideas := filepath.Join(dir, "content", "ideas")
	os.MkdirAll(ideas, 0o755)
	os.WriteFile(filepath.Join(ideas, "closed.md"), []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\n+++\n"), 0o644)
	if err := os.Symlink(filepath.Join("..", "archiv", "gone.md"), filepath.Join(ideas, "gone.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	os.Symlink("loop-b.md", filepath.Join(ideas, "loop-a.md"))
	os.Symlink("loop-a.md", filepath.Join(ideas, "loop-b.md"))
	_, diags, err := Load(closedFile{os.DirFS(dir), "content/ideas/closed.md"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"content/ideas/closed.md:1:1: error: cannot read: permission denied",
		"content/ideas/gone.md:1:1: error: cannot read: it is a link to ../archiv/gone.md, which is not there (moved, deleted, or on a drive not connected); remove the link, or point it at the file",
		"content/ideas/loop-a.md:1:1: error: cannot read: it is a link to loop-b.md (",
		"content/ideas/loop-b.md:1:1: error: cannot read: it is a link to loop-a.md (",
	}
	if len(diags) != len(want) {
		t.Fatalf("diagnostics:\n%s\nwant %d", diags, len(want))
	}
	for i, d := range diags {
		if !strings.HasPrefix(d.String(), want[i]) {
			t.Errorf("diagnostic %s, want %s", d, want[i])
		}
	}
}

// A link to a content file that fokus reads itself (an idea linked into
// this year's folder, to show it there too) is left out with a warning:
// read twice, the idea was on the site twice, each told to give itself a
// title of its own (QA). A link to a file outside content/ is read.
func TestListLeavesOutALinkToAFileItReadsAlready(t *testing.T) {
	dir := t.TempDir()
	ideas := filepath.Join(dir, "content", "ideas")
	os.MkdirAll(filepath.Join(ideas, "2026"), 0o755)
	os.MkdirAll(filepath.Join(dir, "archiv"), 0o755)
	idea := []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\n+++\n")
	os.WriteFile(filepath.Join(ideas, "crm.md"), idea, 0o644)
	os.WriteFile(filepath.Join(dir, "archiv", "alt.md"), idea, 0o644)
	if err := os.Symlink(filepath.Join("..", "crm.md"), filepath.Join(ideas, "2026", "crm-2026.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	os.Symlink(filepath.Join("..", "..", "archiv", "alt.md"), filepath.Join(ideas, "alt.md"))
	files, diags, err := List(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(files, " ") != "content/ideas/alt.md content/ideas/crm.md" {
		t.Errorf("files = %q", files)
	}
	want := "content/ideas/2026/crm-2026.md:1:1: warning: ignored: a link to content/ideas/crm.md, which fokus reads already: the idea would be on the site twice; remove the link"
	if len(diags) != 1 || diags[0].String() != want {
		t.Errorf("diagnostics = %v, want %s", diags, want)
	}
}

// A link to a file through a link to a folder, which List does not follow,
// is read: it is how the warning on that folder says to bring its files in,
// and told to remove it, the idea was on the site no time at all (review).
func TestListReadsALinkToAFileInALinkedFolder(t *testing.T) {
	dir := t.TempDir()
	ideas := filepath.Join(dir, "content", "ideas")
	os.MkdirAll(ideas, 0o755)
	os.MkdirAll(filepath.Join(dir, "archiv"), 0o755)
	os.WriteFile(filepath.Join(dir, "archiv", "alt.md"), []byte("+++\ntitle = \"A\"\nsubmitted = 2026-11-01\n+++\n"), 0o644)
	if err := os.Symlink(filepath.Join("..", "..", "archiv"), filepath.Join(ideas, "archiv")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	os.Symlink(filepath.Join("archiv", "alt.md"), filepath.Join(ideas, "alt.md"))
	files, diags, err := List(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(files, " ") != "content/ideas/alt.md" {
		t.Errorf("files = %q", files)
	}
	for _, d := range diags {
		if strings.Contains(d.Message, "reads already") {
			t.Errorf("told to remove the only link to the idea: %s", d)
		}
	}
}
