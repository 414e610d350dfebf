//go:build windows

package testfs

import "testing"

// Mkfifo skips the test: Windows has no named pipes in folders.
func Mkfifo(t testing.TB, path string) {
	t.Helper()
	t.Skip("Windows has no named pipes in folders")
}

// Inode skips the test: fokus does not tell files apart by their index on
// Windows.
func Inode(t testing.TB, path string) uint64 {
	t.Helper()
	t.Skip("no inode numbers on Windows")
	return 0
}
