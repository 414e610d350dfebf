package content

import (
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Slugify makes a file name from a title: lower case, German umlauts
// transliterated (ä → ae, ß → ss), other accents dropped, the letters of
// other scripts kept, anything else a hyphen. A long one is cut to 80
// letters at the end of a word, unless that word ends in the first half:
// then mid-word.
func Slugify(title string) string {
	// maxSlug keeps a file name readable in a listing and far below any
	// file system's limit.
	const maxSlug = 80
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
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
type headingIDs struct{ used map[string]bool }

// reservedIDs are ids the default theme's pages use themselves (sections,
// charts and their data), which a heading in a body must not take: a page
// with two equal ids is not valid HTML, and a chart could draw into a heading.
var reservedIDs = []string{
	"main", "idea-filter", "focus-h", "obj-h", "top-h", "ranked-h", "unassessed-h", "closed-h",
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
	for i := 1; h.used[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	h.used[id] = true
	return []byte(id)
}

func (h *headingIDs) Put(value []byte) { h.used[string(value)] = true }

// decomposed returns s lower-cased with its accented Latin letters written
// as a letter and a combining mark, as macOS stores file names (NFD): two
// slugs that differ only in how an accent is written (ü, or u and ¨) are
// the same name there. It knows the accents of European languages; a
// letter it does not know stays as it is.
func decomposed(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	s = strings.ToLower(s)
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if d, ok := decompositions[r]; ok {
			b.WriteString(d)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// SlugOf is the slug of the content file at filePath: its name without
// ".md", with the accents that macOS writes as a letter and a mark (NFD)
// written as one letter, as keyboards type them (QA: teams = ["équipe-café"]
// was an unknown team when the file's name was written the macOS way).
func SlugOf(filePath string) string {
	return composed(strings.TrimSuffix(path.Base(filePath), ".md"))
}

// SlugRef is a reference to a document's slug as SlugOf writes slugs: a
// reference copied from a file's name on macOS finds it too.
func SlugRef(ref string) string { return composed(ref) }

// composed writes the accented Latin letters of s that decomposed knows as
// one letter: the inverse of decomposed, without the lower-casing.
func composed(s string) string {
	mark := false
	for _, r := range s {
		if r >= 0x300 && r <= 0x36f {
			mark = true
			break
		}
	}
	if !mark {
		return s
	}
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); i++ {
		if i+1 < len(runes) {
			if c, ok := compositions[string(runes[i:i+2])]; ok {
				b.WriteRune(c)
				i++
				continue
			}
		}
		b.WriteRune(runes[i])
	}
	return b.String()
}

// compositions maps a letter and a combining mark to the accented letter,
// in both cases.
var compositions = func() map[string]rune {
	m := map[string]rune{}
	for r, d := range decompositions {
		m[d] = r
		if up := unicode.ToUpper(r); up != r {
			m[strings.ToUpper(d[:1])+d[1:]] = up
		}
	}
	return m
}()

// decompositions maps an accented letter to its letter and combining mark.
var decompositions = func() map[rune]string {
	m := map[rune]string{}
	for mark, letters := range map[rune]string{
		'\u0300': "aàeèiìoòuù", '\u0301': "aáeéiíoóuúyýcćnńsśzź", '\u0302': "aâeêiîoôuûcĉgĝ",
		'\u0303': "aãnñoõ", '\u0304': "aāeēiīoōuū", '\u0306': "aăgğuŭ", '\u0307': "cċeėzż",
		'\u0308': "aäeëiïoöuüyÿ", '\u030a': "aåuů", '\u030b': "oőuű",
		'\u030c': "cčdďeěnňrřsšzžtť", '\u0327': "cçsştţ", '\u0328': "aąeęiįuų",
	} {
		pairs := []rune(letters)
		for i := 0; i+1 < len(pairs); i += 2 {
			m[pairs[i+1]] = string(pairs[i]) + string(mark)
		}
	}
	return m
}()
