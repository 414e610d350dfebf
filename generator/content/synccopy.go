package content

import (
	"path"
	"regexp"
	"strings"
)

// syncCopyNames are the names that programs give the copy of a file they
// keep beside it: a sync program's when the file was changed in two places
// at once (Dropbox, Nextcloud, ownCloud and Syncthing name it so in any
// language), and a download's or Google Drive's second copy. sure is false
// for a name that is also a name of its own (OneDrive's -DESKTOP-ABC1234
// from the computer's default name, "(1)", a conflict without its day):
// it is taken for a copy only beside the file it would copy, and
// Assemble only while it has that file's title.
var syncCopyNames = []struct {
	re   *regexp.Regexp
	sure bool
}{
	// With the day it was made, as every sync program writes it: without
	// one, "workshop (conflict resolution)" is a name of its own.
	{regexp.MustCompile(`^(.+?) \([^()]*(?i:conflict|konflikt|conflit|conflitto|conflicto)[^()]*\d{4}-\d{2}-\d{2}[^()]*\)$`), true},
	{regexp.MustCompile(`^(.+)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?$`), true},
	{regexp.MustCompile(`^(.+)_conflict-\d{8}-\d{6}$`), true},
	{regexp.MustCompile(`^(.+)-(?:DESKTOP|LAPTOP)-[A-Z0-9]{7}$`), false},
	{regexp.MustCompile(`^(.+?) \(\d{1,3}\)$`), false},
	{regexp.MustCompile(`^(.+?) \([^()]*(?i:conflict|konflikt|conflit|conflitto|conflicto)[^()]*\)$`), false},
}

// SyncCopyOf returns the path of the content file that the one at p is a
// copy of by its name (crm.md for "crm (Konflikt 2026-11-28).md"), when
// exists says that file is there or the name says so for certain (a sync
// program's conflict copy). A sync program keeps both versions of a file
// changed on two laptops, and the copy was a second idea on the site, the
// same one, counted twice in its teams' load (QA).
func SyncCopyOf(p string, exists func(string) bool) (string, bool) {
	stem, ok := strings.CutSuffix(path.Base(p), ".md")
	// Most names are none: they are told without a regular expression.
	if !ok || !strings.HasSuffix(stem, ")") && !strings.Contains(stem, "conflict-") && !strings.Contains(stem, "-DESKTOP-") && !strings.Contains(stem, "-LAPTOP-") {
		return "", false
	}
	for _, n := range syncCopyNames {
		m := n.re.FindStringSubmatch(stem)
		if m == nil {
			continue
		}
		orig := path.Join(path.Dir(p), strings.TrimSpace(m[1])+".md")
		if n.sure || exists(orig) {
			return orig, true
		}
	}
	return "", false
}

// syncCopyMessage is the warning for a file that is by its name a copy of
// orig, a document of kind; there says whether orig is there.
func syncCopyMessage(kind Kind, orig string, there bool) string {
	o := path.Base(orig)
	if there {
		return "by its name, this is a copy of " + o + " that a sync program (OneDrive, Dropbox, Google Drive, Nextcloud, Syncthing) kept when the file was changed in two places at once, and the site shows it as a second " + string(kind) + ": merge what differs into " + o + ", then delete this file"
	}
	return "by its name, this is a copy of " + o + " that a sync program (Dropbox, Nextcloud, Syncthing) kept when the file was changed in two places at once, and there is no " + o + ": rename it to " + o + ", the name that references and the page's address use"
}
