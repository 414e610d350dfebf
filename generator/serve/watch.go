package serve

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"fokus/generator/content"
	"fokus/generator/render"
)

// batch is what changed since the last rebuild: source-relative paths with
// forward slashes, or "everything" when the watcher may have lost events.
type batch struct {
	paths map[string]bool
	full  bool
	day   bool // no file changed, but the day did: what counts days is new
	lost  bool // a content file of paths was gone when the rebuild read them (set by rebuild)
}

func (b *batch) empty() bool { return !b.full && !b.day && len(b.paths) == 0 }

// watcher turns fsnotify events into batches. It watches the source folder
// itself (for fokus.toml, whose atomic save replaces the file and would end a
// watch on the file) and content/ and themes/ recursively, adding folders the
// moment they appear, since inotify and friends do not recurse.
type watcher struct {
	root    string
	fsw     *fsnotify.Watcher
	quiet   time.Duration // rebuild this long after the last event…
	maxWait time.Duration // …but no later than this after the first, so a stream of events still rebuilds
	logf    func(format string, args ...any)
	canOpen func(path string) bool  // see Options.canOpen
	add     func(path string) error // see Options.addWatch
	// atLimit is set when a watch was refused for the system's limit, so
	// that the limit is told once, not for each folder after it.
	atLimit bool

	mu      sync.Mutex
	pending batch
	kick    chan struct{} // a batch is ready; capacity 1

	rootGone bool              // the source folder was removed (only run's goroutine uses it)
	readable map[string]bool   // whether a path could be read when last seen (run's goroutine; see chmod)
	rootID   string            // the source folder's device and inode when it was watched
	links    map[string]string // content files that are links → their target's fileID when watched (run's goroutine)
}

// folderID names the folder at path by its device and inode, or "" when
// there is none.
func folderID(path string) string {
	info, err := os.Stat(path)
	if err != nil || !info.IsDir() {
		return ""
	}
	return fileID(info)
}

// rootPoll is how often a removed source folder is looked for.
const rootPoll = 300 * time.Millisecond

// newWatcher watches root with opts as withDefaults fills them in.
func newWatcher(root string, opts Options, logf func(string, ...any)) (*watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if limit := watchLimit(err); limit != "" {
		return nil, errors.New(limit)
	} else if err != nil {
		return nil, err
	}
	w := &watcher{root: filepath.Clean(root), fsw: fsw, quiet: opts.Quiet, maxWait: opts.MaxWait, logf: logf, canOpen: opts.canOpen, add: opts.addWatch,
		pending: batch{paths: map[string]bool{}}, kick: make(chan struct{}, 1), readable: map[string]bool{}, links: map[string]string{}}
	if w.add == nil {
		w.add = fsw.Add
	}
	if err := w.add(root); err != nil {
		fsw.Close()
		if limit := watchLimit(err); limit != "" {
			return nil, errors.New(limit)
		}
		return nil, err
	}
	w.rootID = folderID(root)
	w.note(filepath.Join(w.root, "fokus.toml"))
	for _, dir := range watchedDirs {
		w.addTree(filepath.Join(root, dir))
	}
	return w, nil
}

// addTree watches dir and every folder below it.
func (w *watcher) addTree(dir string) { w.addTreeOnce(dir, map[string]bool{}) }

// addTreeOnce is addTree that follows links to folders, each folder once
// (seen holds their identities): a theme or a content folder shared by
// several sites is a link (QA: edits in a linked theme were never seen).
// inotify follows the link, and names the events by the link's path.
func (w *watcher) addTreeOnce(dir string, seen map[string]bool) {
	top := filepath.Clean(dir)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		p = filepath.Clean(p) // the linked folder's own path ends in a separator
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				w.readable[p] = false // a folder it cannot read: see chmod
			}
			return nil // gone already; its Remove event follows
		}
		w.note(p)
		if d.Type()&fs.ModeSymlink != 0 {
			w.watchLink(p)
			if id := folderID(p); id != "" && !seen[id] && w.followed(p) {
				seen[id] = true
				// Through the link: WalkDir does not follow it, but it
				// does follow a path that ends in a separator.
				w.addTreeOnce(p+string(filepath.Separator), seen)
			}
		}
		if d.IsDir() {
			if p != top && ignoredDir(d.Name()) {
				return filepath.SkipDir
			}
			w.watch(p, "")
		}
		return nil
	})
}

// followed reports whether the link to a folder at p is watched through:
// a watched folder itself that is a link (content/ or themes/ shared by
// several sites), and a link in themes/ (one company theme), as the build
// reads through both; never to a folder inside a watched folder, whose
// events would then be named by the link (review: an edited idea's page
// stayed stale), and never a link deeper in content/ or static/, which the
// build does not read (a link to /usr in static/ took 22,000 watches).
func (w *watcher) followed(p string) bool {
	rel := w.rel(p)
	if !slices.Contains(watchedDirs[:], rel) && !strings.HasPrefix(rel, "themes/") {
		return false
	}
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		return false
	}
	root, err := filepath.EvalSymlinks(w.root)
	if err != nil {
		return false
	}
	for _, dir := range watchedDirs {
		in, err := filepath.Rel(filepath.Join(root, dir), target)
		if err == nil && in != ".." && !strings.HasPrefix(in, ".."+string(filepath.Separator)) {
			return false
		}
	}
	return true
}

// watchLink watches the file that a link in the site points to. Its folder
// may be outside the site, where no other watch sees it being edited (QA: a
// linked idea's page stayed stale). inotify follows the link, and reports
// the target's events under the link's name. The target is remembered by
// its identity: a save that replaces it (a new file under the name) ends
// the watch, which rewatchLinks notices and puts right.
func (w *watcher) watchLink(link string) {
	info, err := os.Stat(link)
	if err != nil || !info.Mode().IsRegular() {
		return
	}
	id := fileID(info)
	if w.links[link] == id {
		return // watched already, or tried and refused: not again every poll
	}
	w.links[link] = id
	w.watch(link, "what links to ")
}

// watch adds a watch on p and says in the log when it cannot (what names
// what p is). There is no rescan that would see what happens where no
// watch is, so the log says what to do instead (QA: it promised a rescan
// that never came).
func (w *watcher) watch(p, what string) {
	err := w.add(p)
	switch {
	case err == nil:
		w.atLimit = false
	case errors.Is(err, fs.ErrNotExist):
		// Gone already; its Remove event follows.
	case watchLimit(err) != "":
		if !w.atLimit {
			w.logf("fokus: cannot watch %s%s or what comes after it: %s", what, w.rel(p), watchLimit(err))
		}
		w.atLimit = true
	default:
		w.logf("fokus: cannot watch %s%s: %v; edits there are not seen until fokus serve is restarted", what, w.rel(p), err)
	}
}

// watchLimit is what to do when err is the refusal of a watch for the
// system's limit on them, or "". Linux counts watches and watchers per
// user, over all programs: editors and other previews use them too, and
// a large content folder can reach the limit. Its errors ("no space left
// on device", "too many open files") would read like a full disk.
func watchLimit(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return "the system's limit on watched folders is reached (fs.inotify.max_user_watches, shared by every program of this user); " +
			"edits there are not seen until it is raised, e.g. with sudo sysctl fs.inotify.max_user_watches=524288, and fokus serve is restarted"
	case errors.Is(err, syscall.EMFILE):
		return "the system's limit on file watchers is reached (fs.inotify.max_user_instances, shared by every program of this user, editors too); " +
			"close another preview or editor, or raise it, e.g. with sudo sysctl fs.inotify.max_user_instances=1024, and start fokus serve again"
	}
	return ""
}

// rewatchLinks watches again the targets of links that were replaced: a
// target replaced by an atomic save takes its watch with it, and fsnotify
// does not report that end when it watches the link's folder as well. The
// replacement itself was seen (the old file's link count changed); a link
// watched again is read again too, for what was written to its new target
// before the watch was in place (a rebuild of the same bytes does nothing).
// It reports whether there was such a link.
func (w *watcher) rewatchLinks() bool {
	again := false
	for link, id := range w.links {
		info, err := os.Lstat(link)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			delete(w.links, link)
			continue
		}
		target, err := os.Stat(link)
		if err != nil || fileID(target) == id {
			continue
		}
		w.watchLink(link)
		w.mu.Lock()
		w.pending.paths[w.rel(link)] = true
		w.mu.Unlock()
		again = true
	}
	return again
}

// unwatchTree ends the watches of dir and of every folder below it. A folder
// renamed keeps its inode, and inotify its watch, which reports what happens
// under the new name with the old one; in the folders below it too, and in a
// folder moved out of the site as well. So the watches go with the name.
func (w *watcher) unwatchTree(dir string) {
	for _, p := range w.fsw.WatchList() {
		if p == dir || strings.HasPrefix(p, dir+string(filepath.Separator)) {
			// An error means the watch ended already, with its folder.
			w.fsw.Remove(p)
		}
	}
}

func (w *watcher) rel(p string) string {
	r, err := filepath.Rel(w.root, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

// ignoredDir skips version-control and editor folders such as .git or .idea.
func ignoredDir(name string) bool { return hiddenName(name) }

// hiddenName reports whether a file or folder of that name is hidden from
// the build: a dot name, but for the two that a build publishes from a
// static/ folder, which a web server reads (see render.Unpublished; QA: an
// edit of static/.well-known/security.txt never reached the preview).
func hiddenName(name string) bool {
	return strings.HasPrefix(name, ".") && name != ".well-known" && name != ".htaccess"
}

// ignored reports editor droppings: files that editors write next to the one
// being saved and that never are content, nor published from static/ (see
// render.Leftover). A rebuild for them would reload every browser for
// nothing, several times per save.
func ignored(name string) bool {
	switch {
	case render.Leftover(name):
		return true
	case name == ".DS_Store", strings.HasPrefix(name, "._"): // macOS metadata
		return true
	case strings.HasSuffix(name, ".tmp") && strings.Contains(name, ".md."): // some editors' atomic save temp files
		return true
	}
	return false
}

// relevant reports whether a source-relative path can change the site.
func relevant(rel string) bool {
	if ignored(path.Base(rel)) {
		return false
	}
	top, below, _ := strings.Cut(rel, "/")
	if !slices.Contains(watchedDirs[:], top) {
		return below == "" && content.ReadAtTop(top)
	}
	for _, part := range strings.Split(rel, "/") {
		if hiddenName(part) {
			return false // .git, .idea and friends, and hidden files fokus skips anyway
		}
	}
	return true
}

// run collects events until ctx ends, handing batches over through kick.
func (w *watcher) run(ctx context.Context) {
	defer w.fsw.Close()
	var quiet, deadline <-chan time.Time
	var quietT, deadlineT *time.Timer
	stop := func() {
		if quietT != nil {
			quietT.Stop()
			deadlineT.Stop()
		}
		quiet, deadline, quietT, deadlineT = nil, nil, nil, nil
	}
	touched := func() {
		if quietT == nil {
			quietT, deadlineT = time.NewTimer(w.quiet), time.NewTimer(w.maxWait)
			quiet, deadline = quietT.C, deadlineT.C
			return
		}
		quietT.Reset(w.quietFor())
	}
	poll := time.NewTicker(rootPoll)
	defer poll.Stop()
	for {
		select {
		case <-ctx.Done():
			stop()
			return
		case <-poll.C:
			// A source folder deleted and made again (a fresh clone, a
			// restored backup) is a new folder that nothing watches yet.
			// Its removal is not always reported: while a process (this
			// one, when serving ".") still has the old folder as its
			// working folder, Linux reports no deletion. So the folder
			// under the source's name is compared with the one watched.
			if w.rewatchLinks() {
				touched()
			}
			id := folderID(w.root)
			if id == "" {
				w.rootGone = true
			} else if (w.rootGone || id != w.rootID) && w.add(w.root) == nil {
				w.rootGone, w.rootID = false, id
				w.rewatch()
				w.mu.Lock()
				w.pending.full = true
				w.mu.Unlock()
				touched()
			}
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if w.event(ev) {
				touched()
			}
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			// Overflow or any other watch error: events were lost, so the
			// only safe answer is to read everything again.
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				w.logf("fokus: too many changes at once for the file watcher; reading everything again")
			} else {
				w.logf("fokus: file watcher: %v; reading everything again", err)
			}
			w.mu.Lock()
			w.pending.full = true
			w.mu.Unlock()
			w.rewatch()
			touched()
		case <-quiet:
			stop()
			w.ready()
		case <-deadline:
			stop()
			w.ready()
		}
	}
}

// massChange is how many files a batch must touch to be taken for a mass
// change (git checkout, a copied folder) rather than an editor's save.
const massChange = 3

// quietFor is how long to wait for the next event before rebuilding. An
// editor's save touches one file, and the page should follow at once; a
// checkout touches hundreds, with pauses between them on a busy machine, and
// should give one rebuild, so once a batch holds several files it waits ten
// times as long.
func (w *watcher) quietFor() time.Duration {
	w.mu.Lock()
	n := len(w.pending.paths)
	w.mu.Unlock()
	if n >= massChange {
		return 10 * w.quiet
	}
	return w.quiet
}

// rewatch watches the folders afresh: folders may have appeared unseen, and
// a lost rename leaves a watch reporting under a name that is gone.
func (w *watcher) rewatch() {
	for _, dir := range watchedDirs {
		w.unwatchTree(filepath.Join(w.root, dir))
		w.addTree(filepath.Join(w.root, dir))
	}
}

// watchedDirs are the folders of the source that a build reads, besides
// fokus.toml: what the watcher watches, and what of the rest it passes on.
var watchedDirs = [...]string{"content", "themes", "static"}

// event records one fsnotify event and reports whether it matters.
func (w *watcher) event(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return w.chmod(ev.Name)
	}
	if ev.Name == w.root && (ev.Op.Has(fsnotify.Remove) || ev.Op.Has(fsnotify.Rename)) {
		// The source folder itself is gone, and its watch with it; run
		// looks out for a folder of that name to come back.
		w.rootGone = true
		w.mu.Lock()
		w.pending.full = true
		w.mu.Unlock()
		return true
	}
	if ev.Op.Has(fsnotify.Rename) || ev.Op.Has(fsnotify.Remove) {
		delete(w.readable, ev.Name)
		// A folder renamed or moved away loses its watches (see
		// unwatchTree), also one whose name the filter below passes over.
		// Its new name, if in the site, comes as a Create and is watched
		// afresh below, which needs the old watches gone first: inotify
		// hands the same watch back for the same inode.
		w.unwatchTree(ev.Name)
	}
	rel := w.rel(ev.Name)
	if !relevant(rel) {
		return false
	}
	if ev.Op.Has(fsnotify.Create) || ev.Op.Has(fsnotify.Rename) || ev.Op.Has(fsnotify.Remove) {
		// A link made, or its target replaced: watch what it points to now.
		if info, err := os.Lstat(ev.Name); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			w.watchLink(ev.Name)
		}
	}
	if ev.Op.Has(fsnotify.Create) || ev.Op.Has(fsnotify.Write) {
		w.note(ev.Name) // an editor may save a file it cannot read back
	}
	if ev.Op.Has(fsnotify.Create) {
		if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
			// mkdir -p a/b/c arrives as one Create for a: b and c are only
			// found by walking, and files written into them before their
			// watch was in place have no events at all. The folder's path
			// in the batch makes the rebuild read it whole. A folder renamed
			// or moved in comes the same way; its old name, from the Rename,
			// makes the rebuild forget the files it had there.
			w.addTree(ev.Name)
		}
	}
	w.mu.Lock()
	w.pending.paths[rel] = true
	w.mu.Unlock()
	return true
}

// chmod records a change of permissions (or of times: touch, Spotlight, a
// virus scanner, rsync) where it may matter. A content file is read again,
// and the rebuild finds nothing to do if its bytes are the same
// (Builder.Update). Anything else counts when it turns unreadable or
// readable again (a folder, fokus.toml, a theme's file: what a build would
// fail on), and a content folder also when it was not watched yet; reading
// a whole folder again for every touch of it would be a storm. A named
// pipe or a device is never opened: that would wait for a writer forever.
func (w *watcher) chmod(name string) bool {
	rel := w.rel(name)
	if !relevant(rel) {
		return false
	}
	content := strings.HasPrefix(rel, "content/")
	info, err := os.Stat(name)
	if err != nil {
		// Gone, or a folder above it unreadable: its own events follow.
		// Not for a link whose target outside the site was deleted: the
		// target's last link gone is all inotify reports under the link's
		// name, as its deletion is taken for the link folder's (QA: the
		// preview kept the page that a build fails on).
		if l, lerr := os.Lstat(name); lerr != nil || l.Mode()&fs.ModeSymlink == 0 || !content {
			return false
		}
		w.mu.Lock()
		w.pending.paths[rel] = true
		w.mu.Unlock()
		return true
	}
	counts := false
	switch {
	case !info.IsDir() && !info.Mode().IsRegular():
		counts = content // the rebuild reads everything again and skips it
	case !info.IsDir() && content && strings.HasSuffix(rel, ".md"):
		counts = true
		w.note(name)
	default:
		was, known := w.readable[name]
		now := w.note(name)
		counts = known && was != now || !known && !now
		if info.IsDir() && now && !slices.Contains(w.fsw.WatchList(), name) {
			w.addTree(name)
			counts = true
		}
	}
	if !counts {
		return false
	}
	w.mu.Lock()
	w.pending.paths[rel] = true
	w.mu.Unlock()
	return true
}

// note records whether the plain file or folder at path can be read now,
// for chmod to tell a change, and returns it.
func (w *watcher) note(path string) bool {
	info, err := os.Stat(path)
	if err != nil || !info.IsDir() && !info.Mode().IsRegular() {
		return false
	}
	ok := w.canOpen(path)
	w.readable[path] = ok
	return ok
}

// canOpen reports whether this process can open path for reading. Tests,
// which may run as a user that reads everything, replace it through
// Options.canOpen.
func canOpen(path string) bool {
	// O_NONBLOCK: a named pipe put in its place since the Stat before
	// fails instead of waiting for a writer.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return false
	}
	f.Close()
	return true
}

// ready signals the rebuild loop; if it is busy, the signal waits for it.
func (w *watcher) ready() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// waiting reports whether a batch is ready that the server has not taken.
func (w *watcher) waiting() bool { return len(w.kick) > 0 }

// take returns and clears what has changed.
func (w *watcher) take() batch {
	w.mu.Lock()
	defer w.mu.Unlock()
	b := w.pending
	w.pending = batch{paths: map[string]bool{}}
	return b
}
