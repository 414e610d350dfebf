package content

import "testing"

// Two names look alike when Unicode takes them for one name in its two
// forms, and only then: Ü and U with a diaeresis are; Ü and U with an
// acute accent, or names of other letters, are not.
func TestLooksAlikeOnlyForOneNameInUnicodesTwoForms(t *testing.T) {
	for _, c := range []struct {
		a, b         string
		letter, base string
	}{
		{"\u00dcbersicht.png", "U\u0308bersicht.png", "\u00dc", "U"},
		{"U\u0308bersicht.png", "\u00dcbersicht.png", "\u00dc", "U"},
		{"caf\u00e9", "cafe\u0301", "\u00e9", "e"},
		{"\u00dcbersicht.png", "U\u0301bersicht.png", "", ""},
		{"\u00dcbersicht.png", "\u00dcbersicht.png", "", ""},
		{"\u00dcbersicht.png", "Ubersicht.png", "", ""},
		{"\u00e9t\u00e9", "e\u0301te", "", ""},
	} {
		letter, base, ok := looksAlike(c.a, c.b)
		if ok != (c.letter != "") || letter != c.letter || base != c.base {
			t.Errorf("looksAlike(%+q, %+q) = %q, %q, %t; want %q, %q", c.a, c.b, letter, base, ok, c.letter, c.base)
		}
	}
}
