//go:build !linux

package output

import "errors"

// exchange is Linux's alone: elsewhere swap moves dest aside first.
func exchange(a, b string) error { return errors.ErrUnsupported }
