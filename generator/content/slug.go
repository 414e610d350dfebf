package content

import (
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/text/unicode/norm"
)

// Slugify makes a file name from a title: lower case, German umlauts
// transliterated (ä → ae, ß → ss), other accents dropped, the letters of
// other scripts kept, apostrophes dropped, anything else a hyphen. A long one is cut to 80
// letters at the end of a word, unless that word ends in the first half:
// then mid-word.
func Slugify(title string) string {
	// maxSlug keeps a file name readable in a listing and far below any
	// file system's limit.
	const maxSlug = 80
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		// An apostrophe is inside a word: "Don't", "Q1's plan" are
		// "dont", "q1s-plan" to Hugo's urlize and GitHub's anchors, where
		// a hyphen made "don-t" and "q1-s-plan" (QA, English site); Swiss
		// "CHF 1'000" is "chf-1000".
		if r == '\'' || r == '’' || r == 'ʼ' {
			continue
		}
		if t, ok := transliterate[r]; ok {
			b.WriteString(t)
			dash = false
			continue
		}
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
			continue
		}
		if base := stripAccent(r); base != 0 {
			b.WriteRune(base)
			dash = false
			continue
		}
		// Other scripts keep their letters: "Привет мир" → "привет-мир".
		if unicode.IsLetter(r) || unicode.IsDigit(r) || (unicode.IsMark(r) && !dash && b.Len() > 0) {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	// maxBytes keeps a name of letters of four bytes each (𠮷) below the
	// 255 bytes that file systems allow (QA: "file name too long").
	const maxBytes = 200
	if r := []rune(s); len(r) > maxSlug || len(s) > maxBytes {
		limit, size := 0, 0
		for limit < len(r) && limit < maxSlug && size+utf8.RuneLen(r[limit]) <= maxBytes {
			size += utf8.RuneLen(r[limit])
			limit++
		}
		cut := limit
		if limit < len(r) && r[limit] != '-' {
			for i := limit - 1; i >= limit/2; i-- {
				if r[i] == '-' {
					cut = i
					break
				}
			}
		}
		s = strings.TrimRight(string(r[:cut]), "-")
	}
	return s
}

var transliterate = func() map[rune]string {
	m := map[rune]string{'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'å': "a"}
	// Digits written small, as in CO₂ or m²: "co2", not "co" (QA).
	for d, r := range []rune("⁰¹²³⁴⁵⁶⁷⁸⁹") {
		m[r] = string(rune('0' + d))
	}
	for d, r := range []rune("₀₁₂₃₄₅₆₇₈₉") {
		m[r] = string(rune('0' + d))
	}
	return m
}()

// stripAccent returns the ASCII letter under a common accented one (é → e), or 0.
func stripAccent(r rune) rune {
	for base, accented := range accents {
		if strings.ContainsRune(accented, r) {
			return base
		}
	}
	return 0
}

var accents = map[rune]string{
	'a': "àáâãāăą", 'c': "çćčĉ", 'd': "ďđ", 'e': "èéêëēėęě", 'g': "ğĝ", 'i': "ìíîïīı",
	'l': "łľĺ", 'n': "ñńňņ", 'o': "òóôõōő", 'r': "řŕ", 's': "śšşș", 't': "ťţț",
	'u': "ùúûūůűų", 'y': "ýÿ", 'z': "źżž",
}

// headingIDs gives headings ids the way fokus makes slugs, so that a German
// heading keeps its words ("Über uns" → "ueber-uns", not goldmark's "ber-uns").
// One is made per document, since ids must be unique within a page.
type headingIDs struct {
	used map[string]bool
	next map[string]int // the next number to try after a base: 10,000 equal headings took n² tries (security review)
}

// reservedIDs are ids the default theme's pages use themselves (sections,
// charts and their data), which a heading in a body must not take: a page
// with two equal ids is not valid HTML, and a chart could draw into a heading.
var reservedIDs = []string{
	"main", "idea-filter", "findings-h", "focus-h", "obj-h", "top-h", "ranked-h", "unassessed-h", "closed-h",
	"load-h", "matrix-h", "ranking-h",
	"chart-priorities", "chart-priorities-data", "chart-ranking", "chart-ranking-data",
	"chart-history", "chart-history-data", "chart-load", "chart-load-data",
	"fokus-overlay", // the preview's error overlay (serve/live.js)
}

func newHeadingIDs() *headingIDs {
	ids := &headingIDs{used: map[string]bool{}}
	for _, id := range reservedIDs {
		ids.used[id] = true
	}
	return ids
}

func (h *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	base := Slugify(string(value))
	if base == "" {
		base = "heading"
	}
	id := base
	i := h.next[base]
	for ; h.used[id]; i++ {
		id = base + "-" + strconv.Itoa(i+1)
	}
	if i > 0 {
		if h.next == nil {
			h.next = map[string]int{}
		}
		h.next[base] = i
	}
	h.used[id] = true
	return []byte(id)
}

func (h *headingIDs) Put(value []byte) { h.used[string(value)] = true }

// decomposed returns s in one letter case and in Unicode's decomposed form (NFD),
// as macOS stores file names: two slugs that differ only in how an accent
// is written (ü, or u and ¨) are the same name there.
func decomposed(s string) string {
	// Upper, then lower case: ſ, ı and ς are s, i and σ to file systems
	// that ignore case (security review: "ſtop" and "stop" were two pages).
	if ascii(s) {
		return strings.ToLower(s) // ASCII has no such letters, and no marks
	}
	return norm.NFD.String(strings.ToLower(strings.ToUpper(s)))
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// SlugOf is the slug of the content file at filePath: its name without
// ".md", in Unicode's composed form (see composed): an accent that macOS
// writes as a letter and a mark is one letter, as keyboards type it (QA: teams = ["équipe-café"]
// was an unknown team when the file's name was written the macOS way).
func SlugOf(filePath string) string {
	return composed(strings.TrimSuffix(path.Base(filePath), ".md"))
}

// maxSlugBytes is the longest slug a page's folder can be named by: most
// file systems take names of 255 bytes.
const maxSlugBytes = 255

// SlugRef is a reference to a document's slug as SlugOf writes slugs: a
// reference copied from a file's name on macOS finds it too.
func SlugRef(ref string) string { return composed(ref) }

// composed writes s in Unicode's composed form (NFC): "é" as one letter,
// as keyboards type it, where macOS writes a file's name as "e" and a
// combining accent (NFD), in any script ("й", Greek tonos, kana with
// dakuten, Hangul).
func composed(s string) string {
	if ascii(s) {
		return s
	}
	return norm.NFC.String(s)
}
