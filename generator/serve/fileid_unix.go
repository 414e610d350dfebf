//go:build unix

package serve

import (
	"fmt"
	"io/fs"
	"syscall"
)

// fileID names a file by its device and inode ("?" where the system has
// none).
func fileID(info fs.FileInfo) string {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return fmt.Sprint(st.Dev, ":", st.Ino)
	}
	return "?"
}
