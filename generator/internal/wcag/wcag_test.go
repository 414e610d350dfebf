package wcag

import (
	"math"
	"testing"
)

func TestContrastMatchesKnownRatios(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21},
		{"#fff", "#000", 21},
		{"#ffffff", "#ffffff", 1},
		{"#767676", "#ffffff", 4.54}, // the lightest grey that passes on white
		{"#777777", "#ffffff", 4.48},
		{"#1f8a5b", "#ffffff", 4.33},
	} {
		got, err := Contrast(c.a, c.b)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-c.want) > 0.01 {
			t.Errorf("contrast of %s on %s is %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
	for _, bad := range []string{"", "#12", "#gggggg", "red"} {
		if _, err := Contrast(bad, "#fff"); err == nil {
			t.Errorf("contrast of %q: no error", bad)
		}
	}
}
