package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"fokus/generator/internal/testfs"
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
	if got := entries(t, parent); got != ".public.fokus-prev public" {
		t.Errorf("parent holds %s, want public and the previous output (staging folders left behind?)", got)
	}
}

// entries lists the names in dir.
func entries(t *testing.T, dir string) string {
	t.Helper()
	list, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range list {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ")
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

// A folder that a file manager showed holds its .DS_Store or Thumbs.db
// and looks empty to the user who made it, or emptied it, for the site.
func TestAFolderWithOnlyAFileManagersFilesIsReplaced(t *testing.T) {
	dest := t.TempDir()
	os.WriteFile(filepath.Join(dest, ".DS_Store"), []byte("finder"), 0o644)
	os.WriteFile(filepath.Join(dest, "Thumbs.db"), []byte("explorer"), 0o644)
	if err := Write(dest, map[string][]byte{"index.html": []byte("x")}); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dest); keys(got) != ".fokus-output index.html" {
		t.Errorf("tree = %v", got)
	}
	// With anything else beside them, it is still refused.
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, ".DS_Store"), []byte("finder"), 0o644)
	os.Mkdir(filepath.Join(other, "drafts"), 0o755)
	if err := Write(other, map[string][]byte{"index.html": []byte("x")}); !errors.Is(err, ErrNotOurs) {
		t.Errorf("err = %v, want ErrNotOurs", err)
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

// A folder put into the output since its build is refused: a deploy that
// copied the output into a web root brings the marker along, and the other
// sites there would be moved aside and deleted a build later (QA).
func TestAFolderAddedToTheOutputIsRefused(t *testing.T) {
	files := map[string][]byte{"index.html": []byte("home"), "ideas/a/index.html": []byte("a")}
	dest := filepath.Join(t.TempDir(), "www")
	if err := Write(dest, files); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dest, "othersite"), 0o755)
	os.WriteFile(filepath.Join(dest, "othersite", "index.html"), []byte("theirs"), 0o644)
	before := tree(t, dest)
	if err := Write(dest, files); !errors.Is(err, ErrAddedFolder) || !strings.Contains(err.Error(), "othersite") {
		t.Fatalf("err = %v, want ErrAddedFolder naming othersite", err)
	}
	if after := tree(t, dest); keys(after) != keys(before) || after["othersite/index.html"] != "theirs" {
		t.Fatalf("folder changed: %v", after)
	}
	// A tool's hidden folder (certbot's .well-known/) is replaced with the
	// rest, and named, as a file is (review: every build after a renewal
	// failed).
	os.RemoveAll(filepath.Join(dest, "othersite"))
	os.MkdirAll(filepath.Join(dest, ".well-known", "acme-challenge"), 0o755)
	st, err := NewStage(dest)
	if err != nil {
		t.Fatalf("a .well-known/ added: %v", err)
	}
	if len(st.Added) != 1 || filepath.Base(st.Added[0]) != ".well-known" {
		t.Errorf("added = %v, want .well-known", st.Added)
	}
	st.Abort()
	// Another hidden folder may be another tool's repository (review: a
	// .jj was moved aside, and lost a build later).
	os.RemoveAll(filepath.Join(dest, ".well-known"))
	os.MkdirAll(filepath.Join(dest, ".notes"), 0o755)
	if err := Write(dest, files); !errors.Is(err, ErrAddedFolder) {
		t.Errorf("a .notes/ added: %v, want ErrAddedFolder", err)
	}
	os.RemoveAll(filepath.Join(dest, ".notes"))
	os.MkdirAll(filepath.Join(dest, ".jj", "repo"), 0o755)
	if err := Write(dest, files); !errors.Is(err, ErrForeign) {
		t.Errorf("a .jj/ added: %v, want ErrForeign", err)
	}
}

// Someone keeps public/ as a GitHub Pages checkout: its .git, added after
// a build, would be deleted by the one after the next (QA). A build refuses
// a repository. Anything else added at the top of the output is replaced
// with the folder, as the SPEC wants, and named (Stage.Added); it is kept
// beside the output until the build after.
func TestARepositoryInTheOutputIsRefusedAndWhatElseWasAddedIsNamed(t *testing.T) {
	files := map[string][]byte{"index.html": []byte("home"), "ideas/a/index.html": []byte("a")}
	dest := filepath.Join(t.TempDir(), "public")
	if err := Write(dest, files); err != nil {
		t.Fatal(err)
	}
	if err := Write(dest, files); err != nil { // a second build: rebuilding is no addition
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dest, ".git"), 0o755)
	os.WriteFile(filepath.Join(dest, ".git", "HEAD"), []byte("mine"), 0o644)
	before := tree(t, dest)
	for range 2 {
		if err := Write(dest, files); !errors.Is(err, ErrForeign) || !strings.Contains(err.Error(), ".git") {
			t.Fatalf("err = %v, want ErrForeign naming .git", err)
		}
	}
	if after := tree(t, dest); keys(after) != keys(before) || after[".git/HEAD"] != "mine" {
		t.Fatalf("folder changed: %v", after)
	}
	os.RemoveAll(filepath.Join(dest, ".git"))

	os.WriteFile(filepath.Join(dest, "CNAME"), []byte("fokus.example"), 0o644)
	os.WriteFile(filepath.Join(dest, ".DS_Store"), []byte("finder"), 0o644) // no one's work: not named
	st, err := NewStage(dest)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Added) != 1 || filepath.Base(st.Added[0]) != "CNAME" {
		t.Errorf("added = %v, want the CNAME", st.Added)
	}
	for p, data := range files {
		if err := st.Put(p, data); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := keys(tree(t, dest)); got != ".fokus-output ideas/a/index.html index.html" {
		t.Errorf("the output is not replaced as a whole: %s", got)
	}
	if data, err := os.ReadFile(filepath.Join(st.Kept(), "CNAME")); err != nil || string(data) != "fokus.example" {
		t.Errorf("the CNAME is not kept beside the output: %q, %v", data, err)
	}
}

// A marker of a fokus that listed nothing leaves the output replaceable,
// but for a repository in it, which no build writes (review). All that a
// build would delete is named at once.
func TestAnOutputOfAnEarlierFokusIsReplaced(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	os.MkdirAll(filepath.Join(dest, "ideas"), 0o755)
	os.WriteFile(filepath.Join(dest, Marker), []byte(markerText), 0o644)
	os.WriteFile(filepath.Join(dest, "old.html"), []byte("old"), 0o644)
	os.MkdirAll(filepath.Join(dest, ".git"), 0o755)
	os.MkdirAll(filepath.Join(dest, ".hg"), 0o755)
	err := Write(dest, map[string][]byte{"index.html": []byte("home")})
	if !errors.Is(err, ErrForeign) || !strings.Contains(err.Error(), ".git") || !strings.Contains(err.Error(), ".hg") {
		t.Fatalf("err = %v, want ErrForeign naming .git and .hg", err)
	}
	os.RemoveAll(filepath.Join(dest, ".git"))
	os.RemoveAll(filepath.Join(dest, ".hg"))
	if err := Write(dest, map[string][]byte{"index.html": []byte("home")}); err != nil {
		t.Fatal(err)
	}
	if got := keys(tree(t, dest)); got != ".fokus-output index.html" {
		t.Errorf("tree = %s", got)
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

// A destination in a folder that is a file (--destination notes.txt/public)
// is refused as one that is a file, naming that file, where the system's
// "stat …/notes.txt/public: not a directory" came out raw, exit status 1.
func TestADestinationInAFileIsRefused(t *testing.T) {
	file := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(file, []byte("a file"), 0o644)
	dest := filepath.Join(file, "site", "public")
	err := Write(dest, map[string][]byte{"index.html": []byte("x")})
	if !errors.Is(err, ErrInFile) || err.Error() != dest+": "+ErrInFile.Error()+": "+file {
		t.Fatalf("err = %v, want ErrInFile, naming %s", err, file)
	}
	if data, _ := os.ReadFile(file); string(data) != "a file" {
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
	if got := entries(t, parent); got != "public" {
		t.Errorf("parent holds %s, want only public", got)
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

// A link to a folder that does not exist yet is built where it points, and
// keeps pointing there (QA: "rename …: not a directory", exit 1).
func TestALinkToAFolderNotMadeYetIsBuiltWhereItPoints(t *testing.T) {
	parent := t.TempDir()
	link := filepath.Join(parent, "public")
	if err := os.Symlink(filepath.Join("www", "fokus"), link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	for _, build := range []string{"1", "2"} {
		if err := Write(link, map[string][]byte{"index.html": []byte(build)}); err != nil {
			t.Fatalf("build %s: %v", build, err)
		}
		if data, _ := os.ReadFile(filepath.Join(parent, "www", "fokus", "index.html")); string(data) != build {
			t.Fatalf("build %s: index.html where the link points = %q", build, data)
		}
		if data, _ := os.ReadFile(filepath.Join(link, "index.html")); string(data) != build {
			t.Fatalf("build %s: index.html through the link = %q", build, data)
		}
	}
}

func TestEachBuildIsWrittenIntoTheOutputBeforeTheLast(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	builds := []map[string][]byte{
		{"index.html": []byte("one, and longer than the next"), "ideas/a/index.html": []byte("a1"), "ideas/b/index.html": []byte("b1"), "x": []byte("file")},
		{"index.html": []byte("two"), "ideas/a/index.html": []byte("a2")},
		// Recycles the first build: b is gone, a file became a folder.
		{"index.html": []byte("three"), "ideas/a/index.html": []byte("a3"), "x/index.html": []byte("folder")},
		// Recycles the second build.
		{"ideas/a/index.html": []byte("a4"), "ideas/c/index.html": []byte("c4")},
		// Recycles the third: a folder became a file.
		{"index.html": []byte("five"), "x": []byte("file again")},
	}
	var firstInode uint64
	for i, files := range builds {
		if err := Write(dest, files); err != nil {
			t.Fatalf("build %d: %v", i+1, err)
		}
		want := map[string]string{Marker: markerText + markerList + "\n" + strings.Join(topNames(files), "\n") + "\n"}
		for p, data := range files {
			want[p] = string(data)
		}
		if got := tree(t, dest); keys(got) != keys(want) {
			t.Fatalf("build %d wrote %s, want %s", i+1, keys(got), keys(want))
		} else {
			for p := range want {
				if got[p] != want[p] {
					t.Fatalf("build %d: %s = %q, want %q", i+1, p, got[p], want[p])
				}
			}
		}
		if i == 0 {
			firstInode = testfs.Inode(t, filepath.Join(dest, "index.html"))
		}
		if i == 2 && testfs.Inode(t, filepath.Join(dest, "index.html")) != firstInode {
			t.Errorf("build 3 did not overwrite the files of build 1 in place")
		}
		if i > 0 {
			if got := entries(t, parent); got != ".public.fokus-prev public" {
				t.Fatalf("after build %d the parent holds %s", i+1, got)
			}
			prev := tree(t, Previous(dest))
			if !strings.HasSuffix(prev[".gitignore"], "\n*\n") {
				t.Errorf("the previous output has no .gitignore that ignores it: %v", keys(prev))
			}
			// The previous output is its owner's only, so that a web server
			// serving the folder above does not serve it; the output is served.
			for path, want := range map[string]os.FileMode{Previous(dest): 0o700, dest: 0o755} {
				if info, err := os.Stat(path); err != nil || info.Mode().Perm() != want {
					t.Errorf("after build %d %s has mode %v (%v), want %v", i+1, filepath.Base(path), info.Mode().Perm(), err, want)
				}
			}
		}
	}
}

func TestACopyOfAnOldBuildByHardLinksIsNotOverwritten(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	if err := Write(dest, map[string][]byte{"index.html": []byte("release 1")}); err != nil {
		t.Fatal(err)
	}
	// cp -al public releases/1
	backup := filepath.Join(parent, "release-1.html")
	if err := os.Link(filepath.Join(dest, "index.html"), backup); err != nil {
		t.Skip("no hard links:", err)
	}
	for _, text := range []string{"release 2", "release 3"} {
		if err := Write(dest, map[string][]byte{"index.html": []byte(text)}); err != nil {
			t.Fatal(err)
		}
	}
	if data, _ := os.ReadFile(backup); string(data) != "release 1" {
		t.Fatalf("the hard-linked copy of build 1 reads %q", data)
	}
	if data, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(data) != "release 3" {
		t.Fatalf("index.html = %q", data)
	}
}

func TestAnAbortedRecycledStageLeavesTheOutputAndIsKept(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	for _, text := range []string{"1", "2"} {
		if err := Write(dest, map[string][]byte{"index.html": []byte(text), "a/index.html": []byte(text)}); err != nil {
			t.Fatal(err)
		}
	}
	st, err := NewStage(dest)
	if err != nil {
		t.Fatal(err)
	}
	if !st.recycled {
		t.Fatal("the third stage is not the first build's output")
	}
	if err := st.Put("index.html", []byte("half a build")); err != nil {
		t.Fatal(err)
	}
	st.Abort()
	if got := tree(t, dest); got["index.html"] != "2" || got["a/index.html"] != "2" {
		t.Fatalf("destination changed: %v", got)
	}
	if got := entries(t, parent); got != ".public.fokus-prev public" {
		t.Fatalf("parent holds %s", got)
	}
	// The next build removes what the aborted one left.
	if err := Write(dest, map[string][]byte{"b/index.html": []byte("3")}); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dest); keys(got) != ".fokus-output b/index.html" {
		t.Fatalf("after the next build: %v", keys(got))
	}
}

// twoStages are the stages of two builds of dest begun at once.
func twoStages(t *testing.T, dest string) (a, b *Stage) {
	t.Helper()
	a, err := NewStage(dest)
	if err != nil {
		t.Fatal(err)
	}
	b, err = NewStage(dest)
	if err != nil {
		t.Fatal(err)
	}
	return a, b
}

func TestTwoBuildsOfOneDestinationAtOnce(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	for _, text := range []string{"1", "2"} {
		if err := Write(dest, map[string][]byte{"index.html": []byte(text)}); err != nil {
			t.Fatal(err)
		}
	}
	a, b := twoStages(t, dest)
	if a.dir == b.dir || !a.recycled || b.recycled {
		t.Fatalf("stages %s (recycled %v) and %s (recycled %v): want one recycled and one new", a.dir, a.recycled, b.dir, b.recycled)
	}
	for _, st := range []*Stage{a, b} {
		if err := st.Put("index.html", []byte(st.dir)); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dest); got["index.html"] != b.dir {
		t.Fatalf("index.html = %q, want the last commit's", got["index.html"])
	}
	if got := entries(t, parent); got != ".public.fokus-prev public" {
		t.Fatalf("parent holds %s", got)
	}
}

// Two first builds of one destination at once, with no output there yet:
// the second to commit finds the first's output where it renames its
// stage, and replaces it as a repeated build does, its site whole, where
// it failed with the system's "directory not empty" or "file exists". A
// folder that someone made there meanwhile is refused as one that was
// there before, with the destination named, and nothing is left of the
// build.
func TestTwoFirstBuildsOfOneDestinationAtOnce(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	a, b := twoStages(t, dest)
	for _, st := range []*Stage{a, b} {
		for _, p := range []string{"index.html", "ideas/x/index.html"} {
			if err := st.Put(p, []byte(st.dir)); err != nil {
				t.Fatal(err)
			}
		}
	}
	// a commits while b has found no destination and renames its stage.
	b.beforeRename = func() {
		if err := a.Commit(); err != nil {
			t.Errorf("the first commit: %v", err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatalf("the second commit: %v", err)
	}
	if got := tree(t, dest); keys(got) != ".fokus-output ideas/x/index.html index.html" || got["index.html"] != b.dir || got["ideas/x/index.html"] != b.dir {
		t.Fatalf("the output is not the last commit's, whole: %v", got)
	}
	if got := entries(t, parent); got != ".public.fokus-prev public" {
		t.Fatalf("parent holds %s", got)
	}

	other := filepath.Join(t.TempDir(), "public")
	c, err := NewStage(other)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Put("index.html", []byte("c")); err != nil {
		t.Fatal(err)
	}
	c.beforeRename = func() {
		if err := os.Mkdir(other, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(other, "notes.txt"), []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	err = c.Commit()
	if !errors.Is(err, ErrNotOurs) || !strings.Contains(err.Error(), other+": ") || !strings.Contains(err.Error(), "made while this build ran") {
		t.Fatalf("err = %v, want ErrNotOurs of %s, made while the build ran", err, other)
	}
	if got := tree(t, other); keys(got) != "notes.txt" {
		t.Fatalf("the folder made meanwhile holds %v", got)
	}
	if got := entries(t, filepath.Dir(other)); got != "public" {
		t.Fatalf("beside it: %s", got)
	}
}

func TestAFolderNamedLikeThePreviousOutputButNotOursIsLeftAlone(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	prev := Previous(dest)
	os.MkdirAll(prev, 0o755)
	os.WriteFile(filepath.Join(prev, "notes.txt"), []byte("mine"), 0o644)
	for _, text := range []string{"1", "2", "3"} {
		if err := Write(dest, map[string][]byte{"index.html": []byte(text)}); err != nil {
			t.Fatal(err)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(prev, "notes.txt")); string(data) != "mine" {
		t.Fatalf("notes.txt = %q", data)
	}
	if got := tree(t, dest); keys(got) != ".fokus-output index.html" || got["index.html"] != "3" {
		t.Fatalf("destination: %v", got)
	}
}

// A link someone put into the output is replaced by the file the build
// writes, never written through, two builds later as well.
func TestLinksInAnOldOutputAreNotFollowed(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	source := filepath.Join(parent, "style.css")
	media := filepath.Join(parent, "media")
	os.WriteFile(source, []byte("the user's own file"), 0o644)
	os.Mkdir(media, 0o755)
	if err := Write(dest, map[string][]byte{"index.html": []byte("1"), "style.css": []byte("css1"), "ideas/a/index.html": []byte("a1"), "feed.xml": []byte("feed1")}); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dest, "style.css"))
	os.RemoveAll(filepath.Join(dest, "ideas"))
	os.Remove(filepath.Join(dest, "feed.xml"))
	if err := os.Symlink(source, filepath.Join(dest, "style.css")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	os.Symlink(media, filepath.Join(dest, "ideas"))
	os.Symlink(filepath.Join(parent, "nowhere"), filepath.Join(dest, "feed.xml"))
	for _, v := range []string{"2", "3", "4"} {
		files := map[string][]byte{"index.html": []byte(v), "style.css": []byte("css" + v), "ideas/a/index.html": []byte("a" + v), "feed.xml": []byte("feed" + v)}
		if err := Write(dest, files); err != nil {
			t.Fatalf("build %s: %v", v, err)
		}
		got := tree(t, dest)
		for p, data := range files {
			if got[p] != string(data) {
				t.Fatalf("build %s: %s = %q, want %q", v, p, got[p], data)
			}
			if info, err := os.Lstat(filepath.Join(dest, p)); err != nil || !info.Mode().IsRegular() {
				t.Fatalf("build %s: %s is not a plain file: %v %v", v, p, info.Mode(), err)
			}
		}
	}
	if data, _ := os.ReadFile(source); string(data) != "the user's own file" {
		t.Errorf("a build wrote through a link: %q", data)
	}
	if got := tree(t, media); len(got) != 0 {
		t.Errorf("a build wrote into a linked folder: %v", keys(got))
	}
	if _, err := os.Lstat(filepath.Join(parent, "nowhere")); err == nil {
		t.Error("a build created the target of a dangling link")
	}
}

// A file of the old output that cannot be written into is replaced, so it
// cannot make every later build fail.
func TestAReadOnlyFileInAnOldOutputIsReplaced(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes read-only files")
	}
	dest := filepath.Join(t.TempDir(), "public")
	if err := Write(dest, map[string][]byte{"index.html": []byte("1")}); err != nil {
		t.Fatal(err)
	}
	os.Chmod(filepath.Join(dest, "index.html"), 0o444)
	for _, v := range []string{"2", "3", "4"} {
		if err := Write(dest, map[string][]byte{"index.html": []byte(v)}); err != nil {
			t.Fatalf("build %s: %v", v, err)
		}
	}
}

// A recycled stage that failed to take a file is removed, not kept for the
// next build, which starts afresh.
func TestARecycledStageThatFailedIsNotKept(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	for _, v := range []string{"1", "2"} {
		if err := Write(dest, map[string][]byte{"index.html": []byte(v)}); err != nil {
			t.Fatal(err)
		}
	}
	// "a" cannot be a file and a folder at once.
	err := Write(dest, map[string][]byte{"a": []byte("file"), "a/b.html": []byte("x")})
	if err == nil {
		t.Fatal("no error for a file that is also a folder")
	}
	if got := tree(t, dest); keys(got) != ".fokus-output index.html" || got["index.html"] != "2" {
		t.Fatalf("destination changed: %v", got)
	}
	if got := entries(t, parent); got != "public" {
		t.Fatalf("parent holds %s, want the failed stage removed", got)
	}
}

// A first build into an empty folder leaves nothing behind but the output,
// and the builds after it recycle as usual.
func TestAnEmptyDestinationIsNotKeptAsAnOutput(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	os.Mkdir(dest, 0o755)
	for _, v := range []string{"1", "2", "3"} {
		if err := Write(dest, map[string][]byte{"index.html": []byte(v)}); err != nil {
			t.Fatal(err)
		}
	}
	if prev := tree(t, Previous(dest)); prev[Marker] == "" {
		t.Fatalf("the previous output is not an output of fokus: %v", keys(prev))
	}
	st, err := NewStage(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Abort()
	if !st.recycled {
		t.Error("the fourth build does not recycle")
	}
}

// deadPID returns the id of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("cannot run true:", err)
	}
	return cmd.Process.Pid
}

// A build killed while writing leaves its stage; the next build removes it,
// or, when it holds the only kept output, keeps it as the previous output.
func TestStagesOfKilledBuildsDoNotPileUp(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	if err := Write(dest, map[string][]byte{"index.html": []byte("1")}); err != nil {
		t.Fatal(err)
	}
	pid := deadPID(t)
	// A recycled stage (it has the marker: it was the previous output) and
	// a new one, both of a build that was killed, and one of a running build.
	recycled := filepath.Join(parent, fmt.Sprintf(".public.fokus-stage-%d-1", pid))
	fresh := filepath.Join(parent, fmt.Sprintf(".public.fokus-stage-%d-2", pid))
	running := filepath.Join(parent, fmt.Sprintf(".public.fokus-stage-%d-3", os.Getppid()))
	for _, dir := range []string{recycled, fresh, running} {
		os.MkdirAll(filepath.Join(dir, "ideas"), 0o755)
		os.WriteFile(filepath.Join(dir, "ideas", "old.html"), []byte("old"), 0o644)
	}
	os.WriteFile(filepath.Join(recycled, Marker), []byte(markerText), 0o644)

	st, err := NewStage(dest)
	if err != nil {
		t.Fatal(err)
	}
	if !st.recycled {
		t.Error("the killed build's recycled stage was not taken as the previous output")
	}
	if err := st.Put("index.html", []byte("2")); err != nil {
		t.Fatal(err)
	}
	if err := st.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dest); keys(got) != ".fokus-output index.html" || got["index.html"] != "2" {
		t.Fatalf("destination: %v", got)
	}
	want := ".public.fokus-prev " + filepath.Base(running) + " public"
	if got := entries(t, parent); got != want {
		t.Fatalf("parent holds %s, want %s", got, want)
	}
}

// While a build is written, its stage is its owner's only, a recycled one
// too: it holds the pages of the build before the last until Commit (review).
func TestAStageIsItsOwnersUntilCommitted(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	for i := range 3 {
		st, err := NewStage(dest)
		if err != nil {
			t.Fatal(err)
		}
		if info, err := os.Stat(st.dir); err != nil || info.Mode().Perm() != 0o700 {
			t.Errorf("build %d: the stage (recycled %v) has mode %v (%v), want 0700", i+1, st.recycled, info.Mode().Perm(), err)
		}
		if err := st.Put("index.html", []byte("x")); err != nil {
			t.Fatal(err)
		}
		if err := st.Commit(); err != nil {
			t.Fatal(err)
		}
		if info, _ := os.Stat(dest); info.Mode().Perm() != 0o755 {
			t.Errorf("build %d: the output has mode %v, want 0755", i+1, info.Mode().Perm())
		}
	}
}

// A link to a link to a folder not made yet is followed to its end, from
// the folder each link really is in (review).
func TestAChainOfLinksToAFolderNotMadeYetIsFollowed(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "real", "site"), 0o755)
	if err := os.Symlink(filepath.Join("real", "site"), filepath.Join(root, "site")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	// site/public → ../www, read in real/: real/www, not root/www.
	os.Symlink(filepath.Join("..", "www"), filepath.Join(root, "real", "site", "public"))
	os.Symlink("public", filepath.Join(root, "real", "site", "out")) // a link to that link
	if err := Write(filepath.Join(root, "site", "out"), map[string][]byte{"index.html": []byte("1")}); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(filepath.Join(root, "real", "www", "index.html")); err != nil || string(data) != "1" {
		t.Errorf("real/www/index.html: %q, %v; want the build there", data, err)
	}
	if _, err := os.Stat(filepath.Join(root, "www")); err == nil {
		t.Error("the build went to root/www, beside the link to real/site")
	}
}

// topNames returns the names at the top of files' paths, sorted, once each.
func topNames(files map[string][]byte) []string {
	var names []string
	for p := range files {
		name, _, _ := strings.Cut(p, "/")
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// The modes of a recycled output's files and folders are this build's:
// those a fresh build gives, not those of a build before under another
// umask (QA: files of a build under umask 077 stayed 0600, unreadable to
// the web server, through any number of builds under 022).
func TestARecycledOutputTakesTheModesOfAFreshBuild(t *testing.T) {
	files := map[string][]byte{"index.html": []byte("home"), "ideas/a/index.html": []byte("a")}
	dest := filepath.Join(t.TempDir(), "public")
	for range 2 {
		if err := Write(dest, files); err != nil {
			t.Fatal(err)
		}
	}
	// The output the next build recycles, as a build under another umask
	// left it: modes other than this process's (review: under umask 077,
	// 0600 and 0700 were this build's own, and the test could not fail).
	other := map[bool]fs.FileMode{true: 0o700, false: 0o600}
	if fileMode == 0o600 {
		other = map[bool]fs.FileMode{true: 0o755, false: 0o644}
	}
	filepath.WalkDir(Previous(dest), func(p string, d fs.DirEntry, err error) error {
		return os.Chmod(p, other[d.IsDir()])
	})
	if err := Write(dest, files); err != nil {
		t.Fatal(err)
	}
	filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		info, _ := d.Info()
		want := fileMode
		switch {
		case p == dest:
			want = 0o755
		case d.IsDir():
			want = dirMode
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", p, info.Mode().Perm(), want)
		}
		return nil
	})
}
