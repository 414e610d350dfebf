//go:build windows

package output

import (
	"errors"
	"io/fs"
	"os"
)

// On Windows, fokus builds as on Linux and macOS, with what the system
// offers: rights are for the rename to judge, and no file has a mask of
// modes or, to fokus, hard links.

// writable is left to the build: Windows' access lists are not answered by
// a mode, and a folder that is not writable fails the stage's creation with
// the system's message, before any work.
func writable(dir string) bool { return true }

// mountPoint: a drive is a volume of its own, not a folder to swap, and a
// folder mounted inside another is rare enough to leave to the rename.
func mountPoint(dest string) bool { return false }

// alive reports whether a process with the id runs: FindProcess opens it,
// which fails for one that has ended. One that ended while something still
// holds it open counts as running, so its stage is left for a later build
// to clean up rather than taken from a build that may still write it.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}

// openPlain opens the file at path for writing only if it is a plain file:
// Windows has no O_NOFOLLOW, so a link is refused by its Lstat, and the
// build then replaces it instead of writing through it to a file outside
// the output (review).
func openPlain(path string) (*os.File, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: path, Err: errors.New("not a plain file")}
	}
	return os.OpenFile(path, os.O_WRONLY, 0)
}

// removeFile removes the file at path unless it is gone or a folder now:
// DeleteFile fails for a folder with "access denied", which says nothing of
// why, so the kind is looked at first.
func removeFile(path string) error {
	if info, err := os.Lstat(path); err != nil || info.IsDir() {
		return ignoreGone(err)
	}
	return ignoreGone(os.Remove(path))
}

// removeDir removes the empty folder at path unless it is gone or a file
// now (RemoveDirectory fails for a file with an error of its own).
func removeDir(path string) error {
	if info, err := os.Lstat(path); err != nil || !info.IsDir() {
		return ignoreGone(err)
	}
	return ignoreGone(os.Remove(path))
}

// readUmask: Windows has no mask of file modes.
func readUmask() os.FileMode { return 0 }

// linked: fokus does not look for hard links on Windows.
func linked(info os.FileInfo) bool { return false }
