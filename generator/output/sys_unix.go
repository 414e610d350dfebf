//go:build unix

package output

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// writable reports whether this user may create and remove entries in dir.
func writable(dir string) bool { return unix.Access(dir, unix.W_OK|unix.X_OK) == nil }

// mountPoint reports whether the folder dest is where a file system is
// mounted: on another device than its parent, or listed as a mount point
// (a bind mount of the same device).
func mountPoint(dest string) bool {
	var st, up unix.Stat_t
	if unix.Stat(dest, &st) != nil || unix.Stat(filepath.Dir(dest), &up) != nil {
		return false
	}
	if st.Dev != up.Dev {
		return true
	}
	data, err := os.ReadFile("/proc/self/mountinfo")
	if err != nil {
		return false
	}
	for line := range strings.Lines(string(data)) {
		// The fifth field is the mount point, with spaces as \040.
		if f := strings.Fields(line); len(f) > 4 && unescapeMount(f[4]) == dest {
			return true
		}
	}
	return false
}

// unescapeMount undoes the octal escapes of /proc/self/mountinfo.
func unescapeMount(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// alive reports whether a process with the id runs.
func alive(pid int) bool {
	err := unix.Kill(pid, 0)
	return err == nil || errors.Is(err, unix.EPERM)
}

// openPlain opens the file at path for writing only if it is a plain file:
// a link fails (O_NOFOLLOW), and so does a named pipe someone left there,
// instead of blocking (O_NONBLOCK).
func openPlain(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_WRONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}

// removeFile removes the file at path unless it is gone or a folder now
// (unlink fails for a folder).
func removeFile(path string) error { return ignoreGone(syscall.Unlink(path)) }

// removeDir removes the empty folder at path unless it is gone or a file
// now (rmdir fails for a file).
func removeDir(path string) error { return ignoreGone(syscall.Rmdir(path)) }

// readUmask returns the process's mask of file modes: setting it is the
// only portable way to read it.
func readUmask() os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return os.FileMode(m)
}

// linked reports whether a file has other hard links.
func linked(info os.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && st.Nlink > 1
}
