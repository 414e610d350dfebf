//go:build unix

package testfs

import (
	"os"
	"syscall"
	"testing"
)

// Mkfifo makes a named pipe at path: a file whose reading blocks until
// someone writes, which fokus must never wait for.
func Mkfifo(t testing.TB, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Inode returns the number that names the file at path on its device.
func Inode(t testing.TB, path string) uint64 {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return uint64(info.Sys().(*syscall.Stat_t).Ino)
}
