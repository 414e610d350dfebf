package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tie keeps a dash or dot that content sets off with spaces ("Müller &
// Söhne – Außendienst", "Plan — 2027", "Fokus · Vertrieb") with the word
// before it: the spaces before it become one no-break space, as the
// theme's own "&nbsp;·" does, so that no line of a poster or of a narrow
// page starts with "– Außendienst", which reads as a new item. A hyphen
// counts when it stands between spaces, as a dash typed without the key
// for one does ("Süd - West"); "Groß- und Kleinhandel" and "-5 %" stay as
// they are. The templates tie what a page shows as text; index.json, the
// charts, the feed and the messages keep the text as written, and the
// backlog's filter finds a tied title by its spaces (it folds U+00A0 to a
// space). A text without such a sign, nearly every title, is one scan and
// no copy: the backlog of 10,000 ideas ties each title on every page.
func tie(s string) string {
	var out []byte
	last := 0 // s[:last] is in out
	for i := 0; ; {
		k := strings.IndexAny(s[i:], "–—·-")
		if k < 0 {
			break
		}
		k += i
		_, size := utf8.DecodeRuneInString(s[k:])
		i = k + size
		start := k // the spaces before the sign are s[start:k]
		for start > last {
			r, n := utf8.DecodeLastRuneInString(s[last:start])
			if !breakable(r) {
				break
			}
			start -= n
		}
		if next, _ := utf8.DecodeRuneInString(s[i:]); start == k || start == 0 || s[k] == '-' && i < len(s) && !breakable(next) {
			continue
		}
		out = append(append(out, s[last:start]...), "\u00a0"...)
		last = k
	}
	if out == nil {
		return s
	}
	return string(append(out, s[last:]...))
}

// breakable reports whether a line may break at the space r: every space
// but the no-break ones.
func breakable(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007'
}
