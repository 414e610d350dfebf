package output

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// A mount point cannot be swapped for the new site by a rename: it is
// refused before the build, with what to do instead (QA: "device or
// resource busy" after the whole build, exit 1).
func TestAMountPointIsRefusedAsADestination(t *testing.T) {
	if !mountPoint("/proc") {
		t.Fatal("/proc is not seen as a mount point")
	}
	if dir := t.TempDir(); mountPoint(dir) {
		t.Errorf("%s is seen as a mount point", dir)
	}
	if got := unescapeMount(`/mnt/my\040site`); got != "/mnt/my site" {
		t.Errorf("unescapeMount = %q", got)
	}
	if os.Geteuid() == 0 { // only root may write /, where /proc is
		err := checkPlace("/proc", "/")
		if !errors.Is(err, ErrPlace) || !strings.Contains(err.Error(), "/proc is a mount point") {
			t.Errorf("checkPlace(/proc) = %v", err)
		}
	}
}
