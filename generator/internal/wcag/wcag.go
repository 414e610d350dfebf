// Package wcag computes the contrast ratio of two colours as WCAG 2.1
// defines it, for the tests that hold the theme's and the charts' colours
// to the ratios that text (4.5:1) and controls (3:1) need.
package wcag

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Luminance is the relative luminance of a colour written #rrggbb or #rgb.
func Luminance(hex string) (float64, error) {
	h := strings.TrimPrefix(strings.TrimSpace(hex), "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 {
		return 0, fmt.Errorf("colour %q is not #rrggbb or #rgb", hex)
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("colour %q is not #rrggbb or #rgb", hex)
	}
	channel := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*channel(v>>16&0xff) + 0.7152*channel(v>>8&0xff) + 0.0722*channel(v&0xff), nil
}

// Contrast is the contrast ratio of two colours, from 1 to 21, whichever
// of them is the lighter.
func Contrast(a, b string) (float64, error) {
	la, err := Luminance(a)
	if err != nil {
		return 0, err
	}
	lb, err := Luminance(b)
	if err != nil {
		return 0, err
	}
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05), nil
}
