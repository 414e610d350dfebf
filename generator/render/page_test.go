package render

import "testing"

func TestNumbersAreWrittenTheWayTheSiteLanguageWritesThem(t *testing.T) {
	cases := []struct {
		lang string
		in   float64
		want string
	}{
		{"de", 3.5, "3,5"},
		{"de", 4.3333, "4,33"},
		{"de", 5240, "5240"},
		{"de", 1180000, "1\u202f180\u202f000"},
		{"de", -12345.5, "-12\u202f345,5"},
		{"en", 3.5, "3.5"},
		{"en", 5240, "5,240"},
		{"en", 1180000, "1,180,000"},
		{"en", 999, "999"},
	}
	for _, c := range cases {
		p := &Page{lang: c.lang}
		if got := p.Num(c.in); got != c.want {
			t.Errorf("Num(%v) in %s = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
}
