// Package themes holds the default theme, embedded so that the fokus binary
// runs from any folder.
package themes

import (
	"embed"
	"io/fs"
)

//go:embed all:default
var embedded embed.FS

// Default returns the default theme: templates/, i18n/ and static/.
func Default() fs.FS {
	sub, err := fs.Sub(embedded, "default")
	if err != nil {
		panic(err) // the folder is embedded above; this cannot fail
	}
	return sub
}
