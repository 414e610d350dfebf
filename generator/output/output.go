// Package output writes a built site to its destination folder so that
// readers never see half a site: the files are staged beside the
// destination, then swapped in with one rename.
package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Marker is the file that marks a folder as fokus's output, so that a build
// only ever replaces a folder it created itself.
const Marker = ".fokus-output"

const markerText = "This folder is built by fokus and replaced as a whole on every build.\n"

// ErrNotOurs means the destination holds files that fokus did not write.
var ErrNotOurs = errors.New("destination is a non-empty folder that fokus did not create; refusing to replace it")

// ErrForeign means fokus's own output holds a repository (the .git of a
// GitHub Pages checkout): no build writes one, and replacing the folder
// would delete it.
var ErrForeign = errors.New("a repository in the output, which a build would delete with the rest (it replaces the folder as a whole); keep the repository elsewhere and copy the built site into it")

// ErrAddedFolder means someone put a folder into fokus's output since its
// build (another site beside it in a web root, the site's own source): a
// build would delete it with the rest.
var ErrAddedFolder = errors.New("a folder that fokus did not write, which a build would delete with the rest (it replaces the destination as a whole); move it out of the destination (files to publish belong in static/)")

// ErrPlace means the destination cannot be replaced where it is: its
// folder is not writable, or it is a mount point. A build writes the new
// site beside the destination and renames it into place (see Stage).
var ErrPlace = errors.New("cannot replace the destination where it is")

// ErrWrite means the new site could not be written beside the destination
// (a full disk, a limit on the size of a file): the build is given up, and
// the destination left as it was.
var ErrWrite = errors.New("cannot write the new site")

// ErrNotFolder means the destination is a file.
var ErrNotFolder = errors.New("destination is a file, not a folder")

// ErrInFile means a folder on the way to the destination is a file.
var ErrInFile = errors.New("the folder the destination is to be made in is a file")

// Write replaces the folder dest with exactly the files in files (path with
// forward slashes → content). If anything fails, dest is left as it was.
func Write(dest string, files map[string][]byte) error {
	st, err := NewStage(dest)
	if err != nil {
		return err
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	err = parallel(paths, func(p string) error { return st.Put(p, files[p]) })
	if err != nil {
		st.Abort()
		return err
	}
	return st.Commit()
}

// Stage is a destination being rebuilt: files are put into a folder beside
// it as they are rendered, so a build never holds the whole site in memory,
// and Commit swaps the folder in at the end. Until then dest is untouched.
//
// The output that a swap replaces is not deleted but kept beside dest (see
// Previous) and the next build is written into it: its folders exist and its
// files are overwritten in place. Creating and deleting some 20,000 files and
// folders per build is what made writing slow, and it got slower from build
// to build, since the file system skips recently freed inodes when it makes
// new ones (10,000 pages: 3.1 s, 6.0 s, 7.9 s for three builds in a row).
type Stage struct {
	// Added is what someone put at the top of the output since the build
	// that made it (a CNAME, notes): Commit replaces it with the rest, and
	// it stays in Previous(dest) until the build after.
	Added []string

	dest string
	dir  string
	dirs sync.Map // folders already created below dir

	// Set only when the stage is a recycled previous output.
	recycled bool
	broken   atomic.Bool           // writing into it failed
	failure  atomic.Pointer[error] // the first write that failed (see Failure)
	listed   chan struct{}         // closed when old and oldDirs are filled
	listErr  error
	old      map[string]bool // its files (relative paths)
	oldDirs  []string        // its folders (relative paths)
	mu       sync.Mutex
	written  map[string]bool // files put by this build

	// beforeRename is a test's hook, run where a first build has found no
	// destination and renames its stage there: another build of it may
	// commit just then (see swap).
	beforeRename func()
}

// Kept is where Commit keeps the output it replaces (see Previous).
func (st *Stage) Kept() string { return Previous(st.dest) }

// Previous returns where the output that dest had before its last build is
// kept, to be overwritten by the next build: a hidden folder beside dest.
func Previous(dest string) string {
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".fokus-prev")
}

// NewStage checks that dest may be replaced and creates the staging folder.
func NewStage(dest string) (*Stage, error) {
	dest, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	// A destination that is a symbolic link (public → /var/www/fokus) is
	// replaced where it points, so the link keeps serving the new site.
	if real, err := filepath.EvalSymlinks(dest); err == nil {
		dest = real
	} else {
		dest = linkTarget(dest)
	}
	added, err := checkReplaceable(dest)
	if err != nil {
		return nil, err
	}
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	if err := checkPlace(dest, parent); err != nil {
		return nil, err
	}
	adoptOrphans(dest)
	if st := recycle(dest); st != nil {
		st.Added = added
		return st, nil
	}
	dir := stageName(dest)
	if err := os.Mkdir(dir, 0o755); err != nil {
		return nil, err
	}
	if err := os.Chmod(dir, 0o700); err != nil { // its owner's while it is built; see Commit
		os.Remove(dir)
		return nil, err
	}
	return &Stage{dest: dest, dir: dir, Added: added}, nil
}

// checkPlace refuses, before any work, a destination that no rename can
// replace (QA: the raw "permission denied" of a stage folder, and "device
// or resource busy" after the whole build): one in a folder this user may
// not write, as /var/www often is, and a mount point (a container's
// volume). Both name what to do instead.
func checkPlace(dest, parent string) error {
	if !writable(parent) {
		return fmt.Errorf("%w: %s is not writable for this user, and a build writes the new site beside %s before it swaps it in; make %s writable, or build into a folder inside %s", ErrPlace, parent, filepath.Base(dest), parent, filepath.Base(dest))
	}
	if mountPoint(dest) {
		return fmt.Errorf("%w: %s is a mount point, which a build cannot swap for the new site; build into a folder inside it (--destination %s), or mount the folder above it", ErrPlace, dest, filepath.Join(dest, "site"))
	}
	return nil
}

// linkTarget follows dest while it is a link to something not made yet
// (public → /var/www/fokus before the first build): the output is made where
// the last link points, as Hugo does; a rename onto a link would fail. A
// relative target is read from the folder the link really is in.
func linkTarget(dest string) string {
	for range 40 {
		target, err := os.Readlink(dest)
		if err != nil {
			return dest
		}
		dir := filepath.Dir(dest)
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			dir = real
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(dir, target)
		}
		dest = filepath.Clean(target)
	}
	return dest
}

// stagePrefix is how the names of dest's stage folders begin; stageName
// adds this process's id, so that a later build can tell the stage of one
// that was killed (Ctrl-C) from that of one still running.
func stagePrefix(dest string) string {
	return "." + filepath.Base(dest) + ".fokus-stage-"
}

func stageName(dest string) string {
	return filepath.Join(filepath.Dir(dest), fmt.Sprintf("%s%d-%d", stagePrefix(dest), os.Getpid(), time.Now().UnixNano()))
}

// adoptOrphans deals with the stages that killed builds of dest left: one
// that holds an output of fokus becomes the previous output when there is
// none (it may be the only copy of it: a recycled stage was the previous
// output), the others are removed, so that they do not pile up.
func adoptOrphans(dest string) {
	parent := filepath.Dir(dest)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), stagePrefix(dest))
		if !ok || !e.IsDir() {
			continue
		}
		pid, _, _ := strings.Cut(rest, "-")
		if n, err := strconv.Atoi(pid); err != nil || n == os.Getpid() || alive(n) {
			continue // another build's, running now, or not one of ours
		}
		dir := filepath.Join(parent, e.Name())
		if _, err := os.Lstat(filepath.Join(dir, Marker)); err == nil {
			if os.Rename(dir, Previous(dest)) == nil {
				_ = os.Chmod(Previous(dest), 0o700) // as keep leaves it
				continue
			}
		}
		_ = removeTree(dir)
	}
}

// recycle claims the previous output beside dest as the stage, or returns
// nil when there is none. The claim is a rename to a name of its own, so two
// builds of the same destination at once never share a folder.
func recycle(dest string) *Stage {
	prev := Previous(dest)
	if info, err := os.Lstat(prev); err != nil || !info.IsDir() {
		return nil
	}
	if _, err := os.Lstat(filepath.Join(prev, Marker)); err != nil {
		return nil // not ours: leave it alone
	}
	dir := stageName(dest)
	if err := os.Rename(prev, dir); err != nil {
		return nil
	}
	// It stays its owner's (see keep) while it is built: it still holds the
	// pages of the build before the last. Commit opens it.
	if err := os.Chmod(dir, 0o700); err != nil {
		_ = os.Rename(dir, prev)
		return nil
	}
	st := &Stage{dest: dest, dir: dir, recycled: true, listed: make(chan struct{}),
		old: map[string]bool{}, written: map[string]bool{}}
	// What the old output holds is needed only at Commit, to remove what
	// this build does not write; listing 10,000 folders takes a good part of
	// a second, so it runs while the site is read and rendered.
	go st.list()
	return st
}

// list fills old and oldDirs from the recycled folder.
func (st *Stage) list() {
	defer close(st.listed)
	st.listErr = filepath.WalkDir(st.dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			// The build may have removed it meanwhile, to put a file or a
			// folder in its place; it knows what it wrote.
			return ignoreGone(err)
		}
		rel, _ := filepath.Rel(st.dir, p)
		switch {
		case rel == ".":
		case d.IsDir():
			st.oldDirs = append(st.oldDirs, rel)
		default:
			st.old[rel] = true
		}
		return nil
	})
}

// Put writes one file (path with forward slashes). It is safe for
// concurrent use and does not keep data.
func (st *Stage) Put(path string, data []byte) error {
	w, err := st.Create(path)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}

// Create opens one file (path with forward slashes) for writing, so that a
// large page streams to disk instead of being held whole. It is safe for
// concurrent use. A file that fails to be written breaks the stage: it is
// not kept for the next build.
func (st *Stage) Create(path string) (io.WriteCloser, error) {
	w, err := st.create(filepath.FromSlash(path))
	if err != nil {
		return nil, st.fail(err)
	}
	return w, nil
}

// fail breaks the stage for err, a write into it that failed, and returns
// err in words that name the destination and what to do, where the system
// names only the hidden stage beside it (QA, a full disk: "write
// …/.public.fokus-stage-…/index.json: no space left on device", as an
// error of fokus.toml).
func (st *Stage) fail(err error) error {
	st.broken.Store(true)
	err = fmt.Errorf("%w of %s beside it: %w%s", ErrWrite, st.dest, err, writeHint(err))
	st.failure.CompareAndSwap(nil, &err)
	return err
}

// Failure is the first write into the stage that failed (see ErrWrite), or
// nil: a render that fails for it fails for the disk, not for the theme.
func (st *Stage) Failure() error {
	if err := st.failure.Load(); err != nil {
		return *err
	}
	return nil
}

// writeHint says what to do about err, a write that failed, where the
// system's words alone do not.
func writeHint(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return " (the disk is full: make room for the site, and build again)"
	case errors.Is(err, syscall.EDQUOT):
		return " (this user's disk quota is used up: make room for the site, and build again)"
	case errors.Is(err, syscall.EFBIG):
		return " (larger than the file system, or this user's limit on the size of a file, ulimit -f, takes)"
	case errors.Is(err, syscall.EROFS):
		return " (the file system is mounted read-only: build into a folder on another one)"
	}
	return ""
}

func (st *Stage) create(rel string) (*stageFile, error) {
	full := filepath.Join(st.dir, rel)
	if err := st.folder(filepath.Dir(rel)); err != nil {
		return nil, err
	}
	if st.recycled {
		st.mu.Lock()
		_, isDir := st.dirs.Load(rel)
		if !isDir {
			st.written[rel] = true
		}
		st.mu.Unlock()
		if isDir {
			return nil, &fs.PathError{Op: "open", Path: full, Err: syscall.EISDIR} // a folder of this build
		}
		// Most files of a build were in the build before the last one too.
		if f, size, err := openOwn(full); err == nil {
			return &stageFile{st: st, f: f, old: size}, nil
		}
		// Nothing there, or nothing fokus may write into: a folder, a link, a
		// file that is read-only or has other links. Replaced by a new file.
		if err := os.RemoveAll(full); err != nil {
			return nil, err
		}
	}
	f, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, err
	}
	return &stageFile{st: st, f: f}, nil
}

// stageFile is a file being written into a stage. An existing file is
// overwritten in place; what is left of its old content beyond the new is
// cut off when it is closed.
type stageFile struct {
	st     *Stage
	f      *os.File
	old, n int64 // old size, bytes written
}

func (w *stageFile) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	w.n += int64(n)
	if err != nil {
		err = w.st.fail(err)
	}
	return n, err
}

func (w *stageFile) Close() error {
	var err error
	if w.old > w.n {
		err = w.f.Truncate(w.n)
	}
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		err = w.st.fail(err)
	}
	return err
}

// folder makes sure that rel below the stage is a folder. In a recycled
// stage, a file or a link found in its place is removed first: following a
// link someone put into the output would write outside of it.
func (st *Stage) folder(rel string) error {
	if rel == "." {
		return nil
	}
	if _, ok := st.dirs.Load(rel); ok {
		return nil
	}
	if err := st.folder(filepath.Dir(rel)); err != nil {
		return err
	}
	full := filepath.Join(st.dir, rel)
	if st.recycled {
		// Under the lock that put takes too, so that a path this build
		// wants as a file and as a folder is an error, whichever comes first.
		st.mu.Lock()
		defer st.mu.Unlock()
		if st.written[rel] {
			return &fs.PathError{Op: "mkdir", Path: full, Err: syscall.ENOTDIR} // a file of this build
		}
		info, err := os.Lstat(full)
		switch {
		case err != nil:
		case !info.IsDir():
			if err := os.Remove(full); err != nil {
				return err
			}
		case info.Mode().Perm() != dirMode:
			if err := os.Chmod(full, dirMode); err != nil {
				return err
			}
		default:
			// Most folders of a build were in the build before the last one
			// too; a mkdir that fails would cost as much as the Lstat again.
			st.dirs.Store(rel, true)
			return nil
		}
	}
	if err := os.Mkdir(full, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	st.dirs.Store(rel, true)
	return nil
}

// openOwn opens the existing plain file at path for writing over its
// content in place, which keeps its inode, and returns its size. It fails
// for anything else, a link (O_NOFOLLOW) or a pipe included, and for a file
// with other hard links: someone kept a copy of an old build with cp -al or
// rsync --link-dest, which must stay as it was.
func openOwn(path string) (*os.File, int64, error) {
	f, err := openPlain(path)
	if err != nil {
		return nil, 0, err
	}
	info, err := f.Stat()
	if err == nil && (!info.Mode().IsRegular() || linked(info)) {
		err = errors.New("not a plain file of fokus's own")
	}
	if err == nil && info.Mode().Perm() != fileMode {
		err = f.Chmod(fileMode)
	}
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, info.Size(), nil
}

// umask is the process's mask of file modes, read once at its start:
// setting it is the only portable way to read it.
var umask = readUmask()

// fileMode and dirMode are the modes that a fresh build gives the files
// and folders it creates. A file or folder of a recycled output is given
// them too, so that the modes are this build's, not those of the umask of
// a build before (QA: files made under umask 077 stayed unreadable to the
// web server through any number of builds under 022).
var (
	fileMode = 0o644 &^ umask
	dirMode  = 0o755 &^ umask
)

// Commit marks the staged folder as fokus's output and swaps it in for dest.
func (st *Stage) Commit() error {
	if st.recycled {
		<-st.listed
		err := st.listErr
		if err == nil {
			err = st.removeLeftovers()
		}
		if err != nil {
			st.broken.Store(true)
			st.Abort()
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(st.dir, Marker), marker(st.dir), 0o644); err != nil {
		err = st.fail(err)
		st.Abort()
		return err
	}
	// A recycled marker keeps its mode otherwise: see fileMode.
	_ = os.Chmod(filepath.Join(st.dir, Marker), fileMode)
	if err := os.Chmod(st.dir, 0o755); err != nil { // whatever the umask: it is served
		st.Abort()
		return err
	}
	if err := st.swap(); err != nil {
		st.Abort()
		return err
	}
	return nil
}

// removeLeftovers removes the files of the recycled output that this build
// did not write, then the folders left without any file, deepest first.
func (st *Stage) removeLeftovers() error {
	var files []string
	for rel := range st.old {
		if !st.written[rel] && rel != Marker {
			files = append(files, filepath.Join(st.dir, rel))
		}
	}
	// removeFile, not os.Remove: a path that is a folder now must stay.
	if err := parallel(files, removeFile); err != nil {
		return err
	}
	used := map[string]bool{}
	for rel := range st.written {
		for d := filepath.Dir(rel); d != "." && !used[d]; d = filepath.Dir(d) {
			used[d] = true
		}
	}
	var dirs []string
	for _, rel := range st.oldDirs {
		if !used[rel] {
			dirs = append(dirs, filepath.Join(st.dir, rel))
		}
	}
	levels := byDepth(dirs)
	for i := len(levels) - 1; i >= 0; i-- {
		// removeDir, not os.Remove: a path that is a file now must stay.
		if err := parallel(levels[i], removeDir); err != nil {
			return err
		}
	}
	return nil
}

// ignoreGone drops the errors of removing what is gone already, or is no
// longer a file or folder of the old output because the new one differs.
func ignoreGone(err error) error {
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) || errors.Is(err, syscall.EISDIR) {
		return nil
	}
	return err
}

// Abort gives up the stage; dest stays as it was. A recycled stage is kept
// for the next build again (Commit of that build removes what this one left),
// unless writing into it failed: whatever made it fail would make the next
// build fail too. A new stage is removed.
func (st *Stage) Abort() {
	if st.recycled {
		<-st.listed // the listing reads the folder that is moved or removed now
	}
	if st.recycled && !st.broken.Load() {
		keep(st.dir, st.dest)
		return
	}
	_ = removeTree(st.dir)
}

// keep makes old, a former output of dest, the folder the next build of dest
// is written into. A .gitignore in it keeps it out of git, as the output
// itself usually is; the next build removes that file again, like any file it
// does not write.
func keep(old, dest string) {
	if _, err := os.Lstat(filepath.Join(old, Marker)); err != nil {
		// Not an output of fokus: the empty folder a first build replaced.
		_ = removeTree(old)
		return
	}
	_ = os.WriteFile(filepath.Join(old, ".gitignore"), []byte(gitignoreText), 0o644)
	// Readable by its owner only: a web server that serves the folder above
	// dest (under another user, as servers run) cannot serve the pages of
	// the previous build, such as those of content deleted since.
	_ = os.Chmod(old, 0o700)
	if err := os.Rename(old, Previous(dest)); err != nil {
		// Another build kept its own meanwhile: one is enough.
		_ = removeTree(old)
	}
}

const gitignoreText = "# fokus keeps the previous build here and writes the next one into it.\n*\n"

// checkReplaceable refuses a destination that is a file, a non-empty
// folder without the marker, or an output of fokus that holds a repository.
// It returns what else someone added to the output since its build: the
// build replaces the folder as a whole (SPEC), and says so.
func checkReplaceable(dest string) (added []string, err error) {
	info, err := os.Stat(dest)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if errors.Is(err, syscall.ENOTDIR) {
		// The system's "not a directory" names dest, not the file.
		for dir := filepath.Dir(dest); dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
			if info, serr := os.Stat(dir); serr == nil && !info.IsDir() {
				return nil, fmt.Errorf("%s: %w: %s", dest, ErrInFile, dir)
			}
		}
	}
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s: %w", dest, ErrNotFolder)
	}
	entries, err := os.ReadDir(dest)
	if err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(entries, func(e os.DirEntry) bool { return e.IsDir() || !osLitter[e.Name()] }) {
		// Empty, or as empty as a file manager leaves a folder it showed
		// (a .DS_Store): one a user made for the site, or emptied in
		// Finder, is not refused as holding someone's work.
		return nil, nil
	}
	mark, err := os.ReadFile(filepath.Join(dest, Marker))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dest, ErrNotOurs)
	}
	// A repository is never fokus's output, whatever the marker says (an
	// earlier fokus's lists nothing): deleting one loses its history. What
	// else was added is replaced, as the SPEC wants, but not silently.
	// A folder added is refused too: it may be another site in a web root
	// that a deploy copied the output into, marker and all, or the site's
	// own source (QA: both were moved aside, and lost a build later). A
	// file added (a CNAME) is replaced, and named.
	names, listed := written(mark)
	var repos, folders []string
	for _, e := range entries {
		switch name := e.Name(); {
		case vcs[name]:
			repos = append(repos, filepath.Join(dest, name))
		case listed && name != Marker && !names[name] && !osLitter[name]:
			// certbot's .well-known/ after a renewal is replaced, and
			// named (review: every build after one failed); any other
			// folder may hold work (a repository of another tool).
			if e.IsDir() && name != ".well-known" {
				folders = append(folders, filepath.Join(dest, name))
			} else {
				added = append(added, filepath.Join(dest, name))
			}
		}
	}
	if len(repos) > 0 {
		return nil, fmt.Errorf("%s: %w", strings.Join(repos, ", "), ErrForeign)
	}
	if len(folders) > 0 {
		return nil, fmt.Errorf("%s: %w", strings.Join(folders, ", "), ErrAddedFolder)
	}
	return added, nil
}

// vcs are the folders of version control systems, which no build writes.
var vcs = map[string]bool{".git": true, ".hg": true, ".svn": true, ".jj": true, ".bzr": true, ".sl": true, ".pijul": true, "_darcs": true, ".fossil": true}

// osLitter are files that a file manager leaves in any folder it shows: no
// one's work, and replaced with the folder like the pages.
var osLitter = map[string]bool{".DS_Store": true, "Thumbs.db": true, "desktop.ini": true, ".directory": true}

// marker returns the marker file's text for the output in dir: what it is,
// and the names at its top that the build wrote, so that the next build can
// tell what someone added since (see Stage.Added). Only the top is listed:
// that is where a .git or a CNAME goes, and listing it costs one ReadDir.
func marker(dir string) []byte {
	b := []byte(markerText + markerList)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != Marker {
			b = append(b, "\n"+e.Name()...)
		}
	}
	return append(b, '\n')
}

const markerList = "Written at the top of the folder by its last build:"

// written returns the names that marker listed; listed is false for a
// marker of a fokus that did not list them.
func written(mark []byte) (names map[string]bool, listed bool) {
	_, list, listed := strings.Cut(string(mark), markerList+"\n")
	if !listed {
		return nil, false
	}
	names = map[string]bool{}
	for _, name := range strings.Split(list, "\n") {
		if name != "" {
			names[name] = true
		}
	}
	return names, true
}

// workers is how many files are created or removed at once: file system
// calls mostly wait on the disk, so more than one per core pays off.
func workers() int { return max(16, 2*runtime.GOMAXPROCS(0)) }

// parallel runs f on every element of items with workers() goroutines and
// returns the first error.
func parallel[T any](items []T, f func(T) error) error {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	next := make(chan T)
	for range min(workers(), max(len(items), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for item := range next {
				if err := f(item); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	for _, item := range items {
		next <- item
	}
	close(next)
	wg.Wait()
	return first
}

// byDepth groups folder paths by their depth, shallowest first, so that each
// group can be created (or, reversed, removed) in parallel.
func byDepth(dirs []string) [][]string {
	sort.Strings(dirs)
	var levels [][]string
	for _, d := range dirs {
		depth := strings.Count(d, string(filepath.Separator))
		for len(levels) <= depth {
			levels = append(levels, nil)
		}
		levels[depth] = append(levels[depth], d)
	}
	return levels
}

// removeTree is os.RemoveAll for a tree of many files: they are removed in
// parallel, then the folders, deepest first.
func removeTree(root string) error {
	var files, dirs []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			dirs = append(dirs, p)
		} else {
			files = append(files, p)
		}
		return nil
	})
	if err == nil {
		err = parallel(files, os.Remove)
	}
	if err == nil {
		levels := byDepth(dirs)
		for i := len(levels) - 1; i >= 0 && err == nil; i-- {
			err = parallel(levels[i], os.Remove)
		}
	}
	if err != nil {
		return os.RemoveAll(root) // whatever went wrong, finish the plain way
	}
	return nil
}

// swap puts the stage in dest's place. On Linux both folders are exchanged
// in one atomic rename; elsewhere dest is moved aside first, for a moment's
// gap. A first build renames its stage to dest; when another build of dest,
// begun with no output there either, committed first, dest is there by
// then and the rename fails ("directory not empty", or "file exists"):
// the stage replaces that output as a repeated build's would, if it may, so
// that the last build to commit is the site, whole, as of two repeated
// builds at once.
func (st *Stage) swap() error {
	stage, dest := st.dir, st.dest
	if _, err := os.Stat(dest); errors.Is(err, os.ErrNotExist) {
		if st.beforeRename != nil {
			st.beforeRename()
		}
		err := os.Rename(stage, dest)
		if _, serr := os.Lstat(dest); err == nil || serr != nil {
			return err
		}
		// Someone's folder made meanwhile is refused as one there before.
		if _, err := checkReplaceable(dest); err != nil {
			return fmt.Errorf("%w (it was made while this build ran)", err)
		}
	}
	if exchange(stage, dest) == nil {
		keep(stage, dest) // stage now holds the old output
		return nil
	}
	old := stage + "-old"
	if err := os.Rename(dest, old); err != nil {
		return err
	}
	if err := os.Rename(stage, dest); err != nil {
		_ = os.Rename(old, dest)
		return err
	}
	keep(old, dest)
	return nil
}
