//go:build windows

package output

import "os"

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
// which fails for one that has ended.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}

// openOwnFlags: Windows opens no named pipe by a file's path, and a link is
// the build's own to replace.
const openOwnFlags = 0

// readUmask: Windows has no mask of file modes.
func readUmask() os.FileMode { return 0 }

// linked: fokus does not look for hard links on Windows.
func linked(info os.FileInfo) bool { return false }
