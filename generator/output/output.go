// Package output writes a built site to its destination folder so that
// readers never see half a site: the files are staged beside the
// destination, then swapped in with one rename.
package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// Marker is the file that marks a folder as fokus's output, so that a build
// only ever replaces a folder it created itself.
const Marker = ".fokus-output"

const markerText = "This folder is built by fokus and replaced as a whole on every build.\n"

// ErrNotOurs means the destination holds files that fokus did not write.
var ErrNotOurs = errors.New("destination is a non-empty folder that fokus did not create; refusing to replace it")

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
type Stage struct {
	dest string
	dir  string
	dirs sync.Map // folders already created below dir
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
	}
	if err := checkReplaceable(dest); err != nil {
		return nil, err
	}
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+".fokus-stage-")
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &Stage{dest: dest, dir: dir}, nil
}

// Put writes one file (path with forward slashes). It is safe for
// concurrent use and does not keep data.
func (st *Stage) Put(path string, data []byte) error {
	rel := filepath.FromSlash(path)
	if d := filepath.Dir(rel); d != "." {
		if _, done := st.dirs.Load(d); !done {
			if err := os.MkdirAll(filepath.Join(st.dir, d), 0o755); err != nil {
				return err
			}
			st.dirs.Store(d, true)
		}
	}
	return os.WriteFile(filepath.Join(st.dir, rel), data, 0o644)
}

// Commit marks the staged folder as fokus's output and swaps it in for dest.
func (st *Stage) Commit() error {
	if err := os.WriteFile(filepath.Join(st.dir, Marker), []byte(markerText), 0o644); err != nil {
		st.Abort()
		return err
	}
	if err := swap(st.dir, st.dest); err != nil {
		st.Abort()
		return err
	}
	return nil
}

// Abort removes the staged folder; dest stays as it was.
func (st *Stage) Abort() { _ = removeTree(st.dir) }

// checkReplaceable refuses a destination that is a file, or a non-empty
// folder without the marker.
func checkReplaceable(dest string) error {
	info, err := os.Stat(dest)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("%s: %w", dest, errors.New("destination is a file, not a folder"))
	}
	entries, err := os.ReadDir(dest)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dest, Marker)); err != nil {
		return fmt.Errorf("%s: %w", dest, ErrNotOurs)
	}
	return nil
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

// swap puts stage in dest's place. On Linux both folders are exchanged in one
// atomic rename; elsewhere dest is moved aside first, for a moment's gap.
func swap(stage, dest string) error {
	if _, err := os.Stat(dest); errors.Is(err, os.ErrNotExist) {
		return os.Rename(stage, dest)
	}
	if runtime.GOOS == "linux" {
		err := unix.Renameat2(unix.AT_FDCWD, stage, unix.AT_FDCWD, dest, unix.RENAME_EXCHANGE)
		if err == nil {
			return removeTree(stage) // stage now holds the old output
		}
	}
	old := stage + "-old"
	if err := os.Rename(dest, old); err != nil {
		return err
	}
	if err := os.Rename(stage, dest); err != nil {
		_ = os.Rename(old, dest)
		return err
	}
	return removeTree(old)
}
