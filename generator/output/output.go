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
	dest, err := filepath.Abs(dest)
	if err != nil {
		return err
	}
	// A destination that is a symbolic link (public → /var/www/fokus) is
	// replaced where it points, so the link keeps serving the new site.
	if real, err := filepath.EvalSymlinks(dest); err == nil {
		dest = real
	}
	if err := checkReplaceable(dest); err != nil {
		return err
	}
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	stage, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+".fokus-stage-")
	if err != nil {
		return err
	}
	if err := os.Chmod(stage, 0o755); err != nil {
		os.RemoveAll(stage)
		return err
	}
	if err := writeAll(stage, files); err != nil {
		os.RemoveAll(stage)
		return err
	}
	if err := swap(stage, dest); err != nil {
		os.RemoveAll(stage)
		return err
	}
	return nil
}

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

func writeAll(root string, files map[string][]byte) error {
	paths := make([]string, 0, len(files))
	seen := map[string]bool{}
	var dirs []string
	for p := range files {
		paths = append(paths, p)
		for d := filepath.Dir(filepath.FromSlash(p)); d != "." && !seen[d]; d = filepath.Dir(d) {
			seen[d] = true
			dirs = append(dirs, d)
		}
	}
	sort.Strings(paths)
	for _, level := range byDepth(dirs) {
		err := parallel(level, func(d string) error { return os.Mkdir(filepath.Join(root, d), 0o755) })
		if err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(root, Marker), []byte(markerText), 0o644); err != nil {
		return err
	}
	return parallel(paths, func(p string) error {
		return os.WriteFile(filepath.Join(root, filepath.FromSlash(p)), files[p], 0o644)
	})
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
