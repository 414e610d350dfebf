package content

import (
	"fmt"
	"math"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"fokus/generator/diag"
)

// decoder turns a decoded TOML map into typed values, reporting every problem
// (wrong type, missing key, unknown key) at its position instead of stopping at
// the first, as a plain struct decode would.
type decoder struct {
	path  string
	pos   *positions
	diags *diag.List
	tz    *time.Location
	model string    // the scoring model (see Parser)
	today time.Time // the build's day (see Parser)
	// dots is whether the front matter has a number like 10.000 or 1.500
	// anywhere (1), or not (2), once a number asked (0 before).
	dots int8
	// backslashes is whether the front matter has a :\ or a \\ anywhere,
	// where a Windows path may begin (1), or not (2), once a string with a
	// colon or a backslash asked (0 before); see mayHavePath.
	backslashes int8
}

// grouped reports whether the float of key is written like a number with a
// point between groups of thousands, as German and Swiss sheets write them:
// 10.000 or 1.500, which TOML reads as 10 and 1.5 (QA: a target of 1.500
// kCHF was met by 250). Three decimals that end in zero, after one to three
// digits of which the first is not 0, are what nobody writes for a decimal.
// The front matter is looked at once, so that the positions of a file
// without such a number are never scanned.
func (t *table) grouped(key string) (Pos, string, bool) {
	d := t.d
	if d.dots == 0 {
		d.dots = 2
		if d.pos != nil && thousandsDot.MatchString(d.pos.front) {
			d.dots = 1
		}
	}
	if d.dots != 1 {
		return Pos{}, "", false
	}
	pos := d.pos.at(t.path(key))
	lit := d.pos.literal(pos)
	return pos, lit, thousandsNumber.MatchString(lit)
}

var (
	thousandsDot    = regexp.MustCompile(`[0-9]\.[0-9][0-9]0(?:[^0-9_eE]|$)`)
	thousandsNumber = regexp.MustCompile(`^[+-]?[1-9][0-9]{0,2}\.[0-9][0-9]0$`)
)

func (d *decoder) errorf(p Pos, format string, args ...any) {
	d.diags.Errorf(d.path, p.Line, p.Col, format, args...)
}

// warnf reports what the decoder leaves out without stopping the build but
// which the author most likely did not mean, such as a blank list entry.
func (d *decoder) warnf(p Pos, format string, args ...any) {
	*d.diags = append(*d.diags, diag.Diagnostic{Path: d.path, Line: p.Line, Col: p.Col, Severity: diag.Warning, Message: fmt.Sprintf(format, args...)})
}

// table is one TOML table under decoding; prefix is its key path.
type table struct {
	d      *decoder
	prefix string
	m      map[string]any
	kind   string // what the table is, for messages: "idea", "[decision]", …
}

func (t *table) path(key string) string { return join(t.prefix, key) }

// label names a key in messages with its table, the way it is written in TOML.
func (t *table) label(key string) string {
	if t.prefix == "" {
		return key
	}
	return dotted(t.prefix) + "." + key
}

// Dotted drops array indexes from a key path, as TOML names the key:
// "key_results.1.target" → "key_results.target".
func Dotted(path string) string { return dotted(path) }

// dotted drops array indexes from a key path: "key_results.1.target" → "key_results.target".
func dotted(path string) string {
	parts := strings.Split(path, ".")
	out := parts[:0]
	for _, p := range parts {
		if _, err := strconv.Atoi(p); err != nil {
			out = append(out, p)
		}
	}
	return strings.Join(out, ".")
}

func (t *table) missing(key string) {
	if t.aliased(key) {
		// created_at for submitted, or Hugo's date: one mistake, which
		// the error at that key tells how to write (QA: also told that
		// submitted is missing, at 1:1).
		return
	}
	t.d.errorf(t.d.pos.at(t.prefix), "missing required key %q in %s", key, t.kind)
}

// aliased reports whether the unknown-key error of a key of t points to
// key, as "did you mean" or as the name fokus has for it (titel, taget,
// created_at, baseline): that error says how to write it, and key is not
// also missing. It asks the error itself (see unknowns), so that the two
// cannot disagree (review: submitter, told that fokus calls it author,
// hid that submitted was missing).
func (t *table) aliased(key string) bool {
	for _, u := range t.unknowns(tableKeys[t.kind]) {
		if u.want == key {
			return true
		}
	}
	return false
}

func (t *table) wrongType(key string, want string, v any) {
	t.d.errorf(t.d.pos.at(t.path(key)), "%s must be %s, not %s", t.label(key), want, describe(v))
}

func describe(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("a string (%q)", v)
	case int64:
		return fmt.Sprintf("an integer (%d)", v)
	case float64:
		return fmt.Sprintf("a number (%g)", v)
	case bool:
		return fmt.Sprintf("a boolean (%t)", v)
	case time.Time:
		return "a date"
	case []map[string]any:
		return "an array of tables"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}

func (t *table) str(key string, required bool) string {
	v, ok := t.m[key]
	if !ok {
		if required {
			t.missing(key)
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		pos := t.d.pos.at(t.path(key))
		t.d.errorf(pos, "%s must be a string, not %s%s", t.label(key), describe(v), textHint(key, v, t.d.pos.literal(pos)))
		return ""
	}
	// A copy: the decoder's strings are slices of its own copy of the whole
	// front matter, which a kept title would keep alive with them (at 10,000
	// ideas, 15 MB more peak memory in a build).
	s = t.shown(key, key, strings.Clone(s))
	if required && strings.TrimSpace(s) == "" {
		t.d.errorf(t.d.pos.at(t.path(key)), "%s must not be empty", t.label(key))
	}
	return s
}

// text is str without the spaces and line breaks around it, for a title or
// a name: one copied from a spreadsheet's cell keeps them ("   Leerzeichen
// "), and a heading, a poster or index.json has no use for them (QA).
func (t *table) text(key string, required bool) string {
	return strings.TrimSpace(t.str(key, required))
}

// shown is s, the value of key at keyPath, without the control characters
// that no HTML page may hold ("\u0001" written in a TOML string), with a
// warning at its place; tabs and line breaks stay.
func (t *table) shown(key, keyPath, s string) string {
	text, why := Shown(s)
	if t.mayHavePath(s) && t.pathEscape(key, keyPath) && why != "" {
		if r, _ := utf8.DecodeRuneInString(s[strings.IndexFunc(s, noText):]); r == '\b' || r == '\f' || r == '\x1b' {
			why = "" // the path's warning said it
		}
	}
	if why != "" {
		for _, c := range escapeOf {
			// The one warned of, in a Windows path between double
			// quotes, "C:\eigene" or "C:\bilder" (QA: told of the
			// character alone); not one written \u001b, as a
			// terminal's colours are.
			if i := strings.IndexRune(s, c.r); i >= 0 && i == strings.IndexFunc(s, noText) && t.d.pos != nil && strings.Contains(t.d.pos.front, c.e) {
				why += fmt.Sprintf(` (%s between double quotes writes it; a backslash there is written \\)`, c.e)
				break
			}
		}
		t.d.warnf(t.d.pos.at(t.path(keyPath)), "%s has %s; it is left out", t.label(key), why)
	}
	return text
}

// mayHavePath reports whether s, a decoded string, may be or hold a
// Windows path whose backslash TOML read as the sign of another
// character: one that begins as a path (see windowsPath), or, for a path
// in running text ("siehe C:\neu"), one with a colon or a backslash in a
// front matter that has a :\ or a \\ somewhere. Byte checks, for every
// string of every file; the value as written is looked at only then.
func (t *table) mayHavePath(s string) bool {
	if windowsPath(s) {
		return true
	}
	if strings.IndexByte(s, ':') < 0 && strings.IndexByte(s, '\\') < 0 {
		return false
	}
	d := t.d
	if d.backslashes == 0 {
		d.backslashes = 2
		if d.pos != nil && (strings.Contains(d.pos.front, `:\`) || strings.Contains(d.pos.front, `\\`)) {
			d.backslashes = 1
		}
	}
	return d.backslashes == 1
}

// windowsPath reports whether s, a decoded string, begins as a Windows path
// (C:\, \\server) and holds a control character that a backslash between
// double quotes writes, as \n in "C:\neu" does: a byte check, for every
// string of every file.
func windowsPath(s string) bool {
	if len(s) < 3 {
		return false
	}
	c := s[0] | 0x20
	if !(c >= 'a' && c <= 'z' && s[1] == ':' && strings.IndexByte("\\\n\t\r\b\f\x1b", s[2]) >= 0) && s[0] != '\\' {
		return false
	}
	return strings.ContainsAny(s, "\n\t\r\b\f\x1b")
}

// pathEscape warns at the value of key at keyPath, text between double
// quotes that is or holds a Windows path, of the first backslash in the
// path that TOML read as the sign of another character: "C:\neu" is C:, a
// line break and eu, and valid TOML, so nothing said so (QA: a door
// printed on two lines, a path in a note cut in two). It reports whether
// it warned: the value, as written on its line, has such a sign, which
// text written over several lines, with its line breaks as they are, has
// not. A path in running text ("siehe C:\neu") is told at its sign.
func (t *table) pathEscape(key, keyPath string) bool {
	pos := t.d.pos.at(t.path(keyPath))
	lit := t.d.pos.rest(pos)
	quote := `"`
	if strings.HasPrefix(lit, `"""`) {
		quote = `"""`
	} else if !strings.HasPrefix(lit, `"`) {
		return false
	}
	inner := lit[len(quote):]
	if end := basicEnd(inner, quote); end >= 0 {
		inner = inner[:end]
	}
	start := pathStart(inner)
	at := pathSign(inner, start)
	if at < 0 || strings.HasPrefix(inner, `"`) {
		return false
	}
	sign := inner[at+1]
	var what string
	switch sign {
	case 'u', 'U':
		n, _ := strconv.ParseUint(inner[at+2:at+escapeLen(inner[at:])], 16, 32)
		if r := rune(n); unicode.IsPrint(r) {
			what = fmt.Sprintf("the character %c (U+%04X) in TOML", r, r)
		} else {
			what = fmt.Sprintf("the character U+%04X in TOML", r)
		}
	case 'b', 'f', 'e':
		what = map[byte]string{'b': "a backspace", 'f': "a form feed", 'e': "an escape character"}[sign] + " in TOML, which a page cannot show: it is left out"
	default:
		what = map[byte]string{'n': "a line break", 't': "a tab", 'r': "a carriage return"}[sign] + " in TOML"
	}
	// The key as its line writes it: rationale below [decision], where
	// decision.rationale = … would be a key of its own (review).
	set := t.label(key) + " = "
	if written, _, ok := strings.Cut(t.d.pos.rest(t.d.pos.keyAt(t.path(key))), "="); ok {
		set = strings.TrimSpace(written) + " = "
	}
	if keyPath != key {
		set = "" // an item of a list
	}
	before := inner[:start]
	meant, written := pathMeant(inner[start:])
	if start == 0 {
		msg := fmt.Sprintf(`%s: %s in "%s" is %s; write each backslash as \\`, t.label(key), inner[at:at+escapeLen(inner[at:])], inner, what)
		if utf8.RuneCountInString(meant) <= 60 {
			msg += fmt.Sprintf(` (%s"%s")`, set, written)
			if !strings.Contains(meant, "'") {
				msg += fmt.Sprintf(", or the path between single quotes (%s'%s')", set, meant)
			}
		} else if !strings.Contains(meant, "'") {
			msg += ", or the path between single quotes"
		}
		t.d.warnf(pos, "%s", msg)
		return true
	}
	// In running text: the path up to the space or the mark after it is
	// quoted, and single quotes are offered only where no backslash before
	// the path writes a sign that they would write as it stands.
	shown := inner[start:pathEnd(inner, start, at)]
	msg := fmt.Sprintf(`%s: %s in the path "%s" is %s; write each backslash in it as \\`, t.label(key), inner[at:at+escapeLen(inner[at:])], shown, what)
	single := !strings.Contains(before, `\`) && !strings.Contains(meant, "'") && !strings.Contains(before, "'")
	if utf8.RuneCountInString(before+meant) <= 60 {
		msg += fmt.Sprintf(` (%s"%s%s")`, set, before, written)
		if single {
			msg += fmt.Sprintf(", or the text between single quotes (%s'%s%s')", set, before, meant)
		}
	} else {
		_, path := pathMeant(shown)
		msg += " (" + path + ")"
		if single {
			msg += ", or the text between single quotes"
		}
	}
	t.d.warnf(Pos{pos.Line, pos.Col + utf8.RuneCountInString(lit[:len(quote)+at])}, "%s", msg)
	return true
}

// pathMeant is the path that path, written between double quotes from its
// start (C:\neu, \\server\new), means, and how it is written there: \\
// is one backslash, but at the start, where it begins a server's name.
func pathMeant(path string) (meant, written string) {
	lead := ""
	if strings.HasPrefix(path, `\\`) && !strings.HasPrefix(path, `\\\\`) {
		lead, path = `\\`, path[2:]
	}
	meant = lead + strings.ReplaceAll(path, `\\`, `\`)
	return meant, strings.ReplaceAll(meant, `\`, `\\`)
}

// basicEnd is the index in inner, the text after a basic string's opening
// quote (quote) as written, of its closing quote, or -1 when it is not on
// this line.
func basicEnd(inner, quote string) int {
	for i := 0; i < len(inner); i++ {
		if inner[i] == '"' && strings.HasPrefix(inner[i:], quote) {
			return i
		}
		if inner[i] == '\\' {
			i++
		}
	}
	return -1
}

// pathStart is the index in inner, the text of a basic string as written,
// where a Windows path begins, or -1: a drive (C:\) or a server's name
// (\\server, or \\\\server written as TOML writes it), not inside a word
// (Ablage:\n is none).
func pathStart(inner string) int {
	for i := 0; i+2 < len(inner); i++ {
		if i > 0 && (wordByte(inner[i-1]) || inner[i-1] == '\\') {
			continue
		}
		c := inner[i]
		if c|0x20 >= 'a' && c|0x20 <= 'z' && inner[i+1] == ':' && inner[i+2] == '\\' {
			return i
		}
		if c == '\\' && inner[i+1] == '\\' {
			name := strings.TrimPrefix(inner[i+2:], `\\`)
			if name != "" && wordByte(name[0]) {
				return i
			}
		}
	}
	return -1
}

// wordByte reports whether c is a byte of a word: a letter, a digit, _ or
// a byte of a character beyond ASCII (ä).
func wordByte(c byte) bool {
	return c >= 0x80 || c == '_' || c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9'
}

// pathSign is the index in inner of the first backslash at or after start
// (a path's, see pathStart) that writes a character other than itself or a
// quote (\n, \t, \u2026), or -1. After a path that is no whole string, a
// \n or \t before a capital (Phase A:\nKonzept) starts a line of text, as
// a letter of a path's folder would not.
func pathSign(inner string, start int) int {
	if start < 0 {
		return -1
	}
	for i := 0; i < len(inner); i++ {
		if inner[i] != '\\' {
			continue
		}
		n := escapeLen(inner[i:])
		if n == 0 {
			return -1 // no valid TOML: the parser told it
		}
		if i >= start && strings.IndexByte("ntrbfeuU", inner[i+1]) >= 0 {
			if start > 0 && n == 2 && i+2 < len(inner) && inner[i+2] >= 'A' && inner[i+2] <= 'Z' {
				return -1
			}
			return i
		}
		i += n - 1
	}
	return -1
}

// pathEnd is the index in inner where the path that starts at start and
// holds the sign at at ends: at the first space after the sign, without a
// mark that ends a sentence or a clause (liegt auf \\server\new, bitte).
func pathEnd(inner string, start, at int) int {
	end := len(inner)
	if i := strings.IndexAny(inner[at:], " \t"); i >= 0 {
		end = at + i
	}
	return start + len(strings.TrimRight(inner[start:end], `.,;:!?)"`))
}

// Shown is s without the characters that no HTML page may hold or that
// turn the direction of the text after them (see noText), and, if s had
// one, what the first is and why it is left out, for a warning: "a
// control character (U+0007), which a page cannot show". A theme's labels
// are text as content's strings are (security review).
func Shown(s string) (text, why string) {
	if !hasControl(s) {
		return s, ""
	}
	i := strings.IndexFunc(s, noText)
	r, _ := utf8.DecodeRuneInString(s[i:])
	switch {
	case bidiControl(r):
		why = fmt.Sprintf("a character that turns the direction of the text after it (U+%04X), which makes it read as what it is not", r)
	case nonCharacter(r):
		why = fmt.Sprintf("a noncharacter (U+%04X), which a page cannot show", r)
	default:
		why = fmt.Sprintf("a control character (U+%04X), which a page cannot show", r)
	}
	return strings.Map(func(r rune) rune {
		if noText(r) {
			return -1
		}
		return r
	}, s), why
}

// escapeOf is how TOML writes the control characters that a backslash
// before a letter writes between double quotes, and a page cannot show.
var escapeOf = []struct {
	r rune
	e string
}{{'\b', `\b`}, {'\f', `\f`}, {'\x1b', `\e`}}

// hasControl is strings.ContainsFunc(s, noText) byte by byte, for every
// string of every file.
func hasControl(s string) bool {
	return hasUnshowable(s, true)
}

// hasUnshowable is a byte scan for unshowable characters in s (see
// unshowable), and bidi controls too: C1 controls are U+0080-U+009F,
// 0xC2 0x80-0x9F; noncharacters are U+FDD0-U+FDEF, 0xEF 0xB7 0x90-0xAF,
// and the last two of each plane, which end in 0xBF 0xBE or 0xBF 0xBF.
func hasUnshowable[T string | []byte](s T, bidi bool) bool {
	for i := 0; i < len(s); i++ {
		if !mayBeginUnshowable[s[i]] {
			continue // most bytes, umlauts' too: one look-up
		}
		switch c := s[i]; {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xa0:
			return true
		case bidi && c == 0xe2 && i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] >= 0xaa && s[i+2] <= 0xae || s[i+1] == 0x81 && s[i+2] >= 0xa6 && s[i+2] <= 0xa9):
			return true // U+202A-U+202E, U+2066-U+2069 (bidiControl)
		case c == 0xef && i+2 < len(s) && (s[i+1] == 0xb7 && s[i+2] >= 0x90 && s[i+2] <= 0xaf || s[i+1] == 0xbf && s[i+2] >= 0xbe):
			return true // U+FDD0-U+FDEF, U+FFFE, U+FFFF
		case c >= 0xf0 && i+3 < len(s) && s[i+1]&0x0f == 0x0f && s[i+2] == 0xbf && s[i+3] >= 0xbe:
			return true // U+1FFFE … U+10FFFF
		}
	}
	return false
}

// mayBeginUnshowable holds the bytes that begin an unshowable character or
// a bidi control in UTF-8 (see hasUnshowable): controls but a tab and line
// breaks, 0x7F, 0xC2 (C1 controls), 0xE2 (bidi controls), 0xEF
// (U+FDD0-U+FDEF, U+FFFE, U+FFFF) and 0xF0 on (the ends of the planes).
var mayBeginUnshowable = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\t' && c != '\n' && c != '\r'
	}
	for _, c := range []byte{0x7f, 0xc2, 0xe2, 0xef} {
		t[c] = true
	}
	for c := 0xf0; c <= 0xff; c++ {
		t[c] = true
	}
	return t
}()

// noText reports whether r is a character that no HTML page may hold
// (unshowable), or one that turns the direction of the text around it
// (bidiControl).
func noText(r rune) bool {
	return unshowable(r) || bidiControl(r)
}

// unshowable reports whether r is a control character other than a tab or
// a line break, or a noncharacter (U+FFFE, U+FDD0): HTML allows none of
// them in a page, and the validator calls a page that has one invalid
// ("Forbidden code point U+fffe").
func unshowable(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0 || nonCharacter(r)
}

// nonCharacter reports whether r is one of Unicode's noncharacters,
// U+FDD0-U+FDEF and the last two code points of every plane.
func nonCharacter(r rune) bool {
	return r >= 0xfdd0 && r <= 0xfdef || r&0xfffe == 0xfffe && r <= utf8.MaxRune
}

// bidiControl reports whether r embeds, overrides or isolates a direction
// of text (U+202A-U+202E, U+2066-U+2069): "accounts\u202e" printed a
// poster's next words backwards (security review). Pages isolate texts of
// content themselves; the marks U+200E and U+200F stay.
func bidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// num reads a number; integers and floats are both accepted.
func (t *table) num(key string) (float64, bool) {
	v, ok := t.m[key]
	if !ok {
		return 0, false
	}
	var n float64
	switch v := v.(type) {
	case int64:
		n = float64(v)
	case float64:
		// TOML has nan and inf; no count, score or target is either.
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.d.errorf(t.d.pos.at(t.path(key)), "%s must be a finite number, not %v", t.label(key), v)
			return 0, false
		}
		n = v
		// Only a value of 1 to 999 with at most two decimals can be
		// written so: the literal is looked up for no other (review).
		if a := math.Abs(v); a >= 1 && a < 1000 && math.Abs(a*100-math.Round(a*100)) < 1e-9 {
			if pos, lit, ok := t.grouped(key); ok {
				shown := strconv.FormatFloat(v, 'f', -1, 64)
				t.d.warnf(pos, "%s = %s is %s, since a point in a number is its decimal point; if you meant %s, write it without a separator, and for %s, write %s",
					t.label(key), lit, shown, strings.ReplaceAll(lit, ".", ""), shown, shown)
			}
		}
	case string:
		msg := fmt.Sprintf("%s must be a number, not %s", t.label(key), describe(v))
		if e := sheetError.FindString(strings.TrimSpace(v)); e != "" {
			// "#NV", copied from a sheet (QA: told only what it must be).
			msg += "; " + failedFormula(e, dotted(t.prefix), key) + ", without quotes"
		} else if n, ok := ratedOutOf(v); ok && t.kind == "[[key_results]]" && key == "confidence" {
			// "3/10", "3 von 10": a rating as Radical Focus asks for one
			// (QA: told 0.7 as an example, and "3 von 10" a unit).
			msg += "; write " + strconv.FormatFloat(n, 'f', -1, 64) + ", without quotes: a key result's confidence is from 0 (not at all) to 1 (certain)"
		} else if n, percent, ok := quotedNumber(v); ok {
			if t.kind == "[[key_results]]" && key == "confidence" {
				n = resultConfidence(n, percent)
				if n < 0 || n > 1 {
					// "1.5", "150%": told to write 1.5, which is out of
					// range in its turn (review).
					t.d.errorf(t.d.pos.at(t.path(key)), "%s", msg+confidenceHint)
					return 0, false
				}
			}
			ice := percent && t.kind == "[score]" && key == "confidence" && t.d.model == "ice"
			if ice {
				n /= 10 // ICE's confidence is 1 to 10 (QA: "80%" was told 80)
			}
			if beyond := beyondRange(dotted(t.prefix), key, t.d.model, n); beyond != "" {
				t.d.errorf(t.d.pos.at(t.path(key)), "%s; %s, written without quotes", msg, beyond) // "0" of a divisor
				return 0, false
			}
			msg += "; write " + strconv.FormatFloat(n, 'f', -1, 64) + ", without quotes"
			if ice {
				msg += ": ICE rates confidence from 1 to 10"
			} else if percent && t.kind == "[score]" && key == "confidence" && t.d.model == "" {
				// RICE's confidence is a percent, ICE's a rating of 1 to 10
				// (review: "80%" was told to be 80 under ICE).
				msg += " (under ICE, whose confidence is 1 to 10: " + strconv.FormatFloat(n/10, 'f', -1, 64) + ")"
			}
			if percent && strings.HasPrefix(t.kind, "[[key_results") && key != "confidence" {
				msg += `, with unit = "%" on the key result`
			}
		} else if p, ok := plainNumber(v); ok && numberLike.MatchString(strings.TrimSpace(v)) {
			// "1.000", "10.000,5" from a German sheet (QA: told only that
			// it must be a number). One separator before three digits
			// may be a decimal point, as it is without quotes.
			n, _ := strconv.ParseFloat(p, 64)
			if beyond := beyondRange(dotted(t.prefix), key, t.d.model, n); beyond != "" {
				t.d.errorf(t.d.pos.at(t.path(key)), "%s; %s, written without quotes", msg, beyond)
				return 0, false
			}
			msg += "; write " + strconv.FormatFloat(n, 'f', -1, 64) + ", without quotes and without a thousands separator"
			if f := strings.TrimSpace(v); thousands.MatchString(f) && strings.Count(f, ".")+strings.Count(f, ",") == 1 {
				d, _ := strconv.ParseFloat(strings.Replace(f, ",", ".", 1), 64)
				msg += fmt.Sprintf(" (or %s, if the %c separates decimals)", strconv.FormatFloat(d, 'f', -1, 64), f[strings.IndexAny(f, ".,")])
			}
		} else if hint := scoreWord(t.d.model, key, v); hint != "" && t.kind == "[score]" {
			msg += "; " + hint
		} else if figures, what, beyond := loose(dotted(t.prefix), key, t.d.model, strings.TrimSpace(v)); beyond != "" {
			msg += "; " + beyond + ", written without quotes"
		} else if what == "a range" {
			// "2-3", "~80", "3/2" (QA: told only that it must be a number).
			msg += "; write one number, such as " + figures[0] + " or " + figures[1] + ", without quotes"
		} else if what != "" {
			msg += "; write " + figures[0] + ", without quotes"
		} else if n, unit, without, ok := writtenAmount(v); ok && strings.HasPrefix(t.kind, "[[key_results") && key != "confidence" {
			// "$4,500,000", as the site shows an amount, or "$4.5M" from a
			// slide (QA: told only that it must be a number).
			msg += "; write " + strconv.FormatFloat(n, 'f', -1, 64) + ", without quotes and without " + without
			if t.kind == "[[key_results]]" {
				msg += ", and unit = " + strconv.Quote(unit) + " on the key result"
			}
		} else if g := numberWithUnit.FindStringSubmatch(strings.TrimSpace(v)); g != nil {
			// "10k" is ten thousand, not 10 and a word to leave out: a
			// score's reach told so was a thousandth (review). A key
			// result and its check-ins keep it in their unit ("Mio. CHF").
			word, rest, _ := strings.Cut(g[2], " ")
			scale := magnitudes[strings.TrimSuffix(word, ".")]
			if strings.HasPrefix(t.kind, "[[key_results") {
				scale = 0
			}
			if n, _, ok := quotedNumber(g[1]); ok && scale > 0 {
				msg += "; write " + strconv.FormatFloat(math.Round(n*scale*1000)/1000, 'f', -1, 64) + ", without quotes"
				if rest = strings.TrimSpace(rest); rest != "" {
					msg += " and without " + strconv.Quote(rest)
				}
			} else if beyond := beyondRange(dotted(t.prefix), key, t.d.model, n); ok && beyond != "" {
				msg += "; " + beyond + ", written without quotes and without " + strconv.Quote(g[2])
			} else if ok {
				// "50 Leads", "20 Punkte" (QA: told only what it must be).
				msg += "; write " + strconv.FormatFloat(n, 'f', -1, 64) + ", without quotes and without " + strconv.Quote(g[2])
				if t.kind == "[[key_results]]" {
					msg += ", and unit = " + strconv.Quote(g[2]) + " on the key result"
				}
			}
		} else if t.kind == "[[key_results]]" && key == "confidence" {
			// A word ("hoch", "high", an OKR tool's "on track") (QA: told
			// only that it must be a number).
			msg += confidenceHint
		}
		t.d.errorf(t.d.pos.at(t.path(key)), "%s", msg)
		return 0, false
	default:
		t.wrongType(key, "a number", v)
		return 0, false
	}
	// Loads, progress and chart axes add and scale these: 1e308 became
	// infinite there and failed the build in the theme, far from its file.
	if math.Abs(n) > maxNumber {
		t.d.errorf(t.d.pos.at(t.path(key)), "%s = %s", t.label(key), beyond(n, figure(n), t.negativeOK()))
		return 0, false
	}
	// The site writes each figure in digits: 1e-320 filled a poster with
	// 320 zeros, and a capacity of 1e-300 its warning (QA).
	if n != 0 && math.Abs(n) < minNumber {
		msg := "the smallest figure fokus takes is 0.000000001 (a milliardth)"
		if t.negativeOK() {
			msg = "write 0, or a figure at least 0.000000001 (a milliardth) from it"
		}
		t.d.errorf(t.d.pos.at(t.path(key)), "%s = %s is too close to 0; %s", t.label(key), strconv.FormatFloat(n, 'g', -1, 64), msg)
		return 0, false
	}
	return n, true
}

// resultConfidence is n, a key result's confidence written as a number
// that is no fraction of 1, as one: a percentage ("70%", 70) or a rating
// out of ten (7), as the error of one out of range says. Another n is
// itself.
func resultConfidence(n float64, percent bool) float64 {
	switch {
	case percent || n > 10 && n <= 100:
		return n / 100
	case n >= 2 && n <= 10:
		return n / 10
	}
	return n
}

// scoreWord is how to write the input key of a score under model, written
// v, as a word or a fraction the way a workshop rates ideas: a T-shirt size
// ("M"), a level ("hoch", "high") or "7/10" (QA: told only that it must be
// a number). RICE has words of its own, Intercom's, which are told with
// their numbers; WSJF's and ICE's ratings are relative, so they are told
// their scale and not a number for a word. "" when v is none of these.
func scoreWord(model, key, v string) string {
	word := strings.ToLower(strings.Join(strings.Fields(v), " "))
	size := key == "job_size" || key == "effort"
	if n, ok := tshirt[strings.ToUpper(word)]; ok && size {
		return fmt.Sprintf("a T-shirt size is written as the points it stands for, in the unit of the teams' capacity: with XS 1, S 2, M 3, L 5, XL 8 and XXL 13, write %s = %d", key, n)
	}
	if g := ratio.FindStringSubmatch(word); g != nil {
		n, _ := strconv.ParseFloat(strings.Replace(g[1], ",", ".", 1), 64)
		d, _ := strconv.ParseFloat(g[2], 64)
		switch {
		case d == 0 || n > d:
		case model == "ice" && n/d < 0.1:
			// Not a number ICE refuses next (second review: 0/10).
			return fmt.Sprintf("ICE rates %s from 1 to 10: write %s = 1 for the least, without quotes", key, key)
		case model == "ice":
			return fmt.Sprintf("write %s = %s, without quotes: ICE rates it from 1 to 10", key, strconv.FormatFloat(math.Round(n/d*100)/10, 'f', -1, 64))
		case model == "rice" && key == "confidence":
			return fmt.Sprintf("write confidence = %s, without quotes: RICE's confidence is a percentage", strconv.FormatFloat(math.Round(n/d*1000)/10, 'f', -1, 64))
		case d == 10 && !size:
			// The number read, not as written: 7,5 is no TOML (review).
			return fmt.Sprintf("write %s = %s, without quotes", key, strconv.FormatFloat(n, 'f', -1, 64))
		}
		return ""
	}
	level, ok := levels[word]
	if !ok {
		return ""
	}
	switch {
	case model == "rice" && key == "impact":
		n := map[string]string{"massive": "3", "high": "2", "medium": "1", "low": "0.5", "minimal": "0.25"}[level]
		return "RICE rates impact 3 for massive, 2 for high, 1 for medium, 0.5 for low and 0.25 for minimal: write impact = " + n
	case model == "rice" && key == "confidence":
		n := map[string]string{"massive": "100", "high": "100", "medium": "80", "low": "50", "minimal": "50"}[level]
		return "RICE's confidence is a percentage, 100 for high, 80 for medium and 50 for low: write confidence = " + n
	case model == "rice" && key == "reach":
		return "reach is how many people or events the idea reaches in a period: write that number, without quotes"
	case size:
		return "write the size of the work as a number of points, in the unit of the teams' capacity, without quotes"
	case model == "ice":
		return "ICE rates each input with a number from 1 (least) to 10 (most): write that number, without quotes"
	case model == "wsjf":
		return "WSJF rates it with a number against the other ideas, often 1, 2, 3, 5, 8, 13 or 20 (the more, the higher): write that number, without quotes"
	}
	return ""
}

var (
	// tshirt are T-shirt sizes, with the points of the scale that
	// scoreWord proposes for them (a Fibonacci scale, as SAFe sizes jobs).
	tshirt = map[string]int{"XS": 1, "S": 2, "M": 3, "L": 5, "XL": 8, "XXL": 13}
	// levels are the words of a rating, in German and English, by RICE's
	// word for the level.
	levels = map[string]string{
		"massive": "massive", "massiv": "massive", "very high": "massive", "sehr hoch": "massive", "sehr gross": "massive", "sehr groß": "massive",
		"high": "high", "hoch": "high", "gross": "high", "groß": "high", "large": "high",
		"medium": "medium", "mittel": "medium", "mid": "medium", "moderate": "medium", "mässig": "medium", "mäßig": "medium",
		"low": "low", "niedrig": "low", "gering": "low", "tief": "low", "klein": "low", "small": "low",
		"minimal": "minimal", "very low": "minimal", "sehr niedrig": "minimal", "sehr gering": "minimal", "sehr tief": "minimal",
	}
	// ratio is a rating written as a fraction: "7/10", "4 / 5".
	ratio = regexp.MustCompile(`^(\d+(?:[.,]\d+)?) ?/ ?(\d+)$`)
)

// quotedNumber reads a number written as text the way a spreadsheet
// shows it: "4,2" with a decimal comma, "42 %", "1'500" or "1 500" with
// thousands marks (QA: current = "4,2" said only "must be a number"). A
// text with both a point and a comma, or with groups of three digits
// after either, is left alone: which one is the decimal mark is a guess.
func quotedNumber(s string) (n float64, percent bool, ok bool) {
	s = strings.TrimSpace(s)
	if t, cut := strings.CutSuffix(s, "%"); cut {
		s, percent = strings.TrimSpace(t), true
	}
	if strings.Contains(s, ".") && strings.Contains(s, ",") || thousands.MatchString(s) {
		return 0, false, false
	}
	if strings.Count(s, ",") == 1 {
		s = strings.Replace(s, ",", ".", 1)
	}
	s = strings.NewReplacer("'", "", "’", "", " ", "", "\u00a0", "", "\u202f", "", "_", "").Replace(s)
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false, false
	}
	return f, percent, true
}

// confidenceHint ends the error of a key result's confidence written as
// no number that fokus can tell the value of.
const confidenceHint = "; a key result's confidence is how sure the team is to reach it, from 0 (not at all) to 1 (certain): write a number such as confidence = 0.7, without quotes"

// outOf is a rating written with its scale: "3/10", "3 von 10", "7 out
// of 10", "4 of 5".
var outOf = regexp.MustCompile(`^(\d+(?:[.,]\d+)?)\s*(?:/|von|aus|of|out of)\s*(\d+)$`)

// ratedOutOf is the fraction that a rating such as "3/10" is, when it is
// no more than its scale.
func ratedOutOf(s string) (float64, bool) {
	m := outOf.FindStringSubmatch(strings.ToLower(strings.TrimSpace(s)))
	if m == nil {
		return 0, false
	}
	n, _, ok := quotedNumber(m[1])
	scale, _ := strconv.ParseFloat(m[2], 64)
	if !ok || scale == 0 || n > scale {
		return 0, false
	}
	return math.Round(n/scale*1000) / 1000, true
}

// numberWithUnit is a figure written with what it counts: "50 Leads",
// "20 Punkte", "1,5 Mio. CHF".
var numberWithUnit = regexp.MustCompile(`^([-+]?\d[\d'’ ]*(?:[.,]\d+)?)\s*(\pL[\pL\pN .€$/-]*)$`)

// amountWritten is an amount with its currency's symbol before it, as the
// site shows one ("$4,500,000", "US$ 250,000") or a slide ("$4.5M", "$4.5
// million"): the symbol, the figure and the magnitude.
var amountWritten = regexp.MustCompile(`^([A-Z]{0,3}[$€£¥])\s*(\d[\d,.'’ ]*?)\s*(k|K|M|MM|B|bn|thousand|million|billion)?$`)

// groupedThousands is a figure whose thousands are grouped with commas, or
// with dots, and a decimal part after the other mark.
var groupedThousands = [2]*regexp.Regexp{
	regexp.MustCompile(`^\d{1,3}(,\d{3})+(\.\d+)?$`),
	regexp.MustCompile(`^\d{1,3}(\.\d{3})+(,\d+)?$`),
}

// writtenAmount reads an amount written as amountWritten matches: its
// figure, the unit that shows it so on the site ("$", "$M") and the marks
// to leave out ("\"$\"", "\"$\" and \"M\""). Thousands grouped with one mark
// only ("€1.500") are one and a half in some countries and a thousand
// and a half in others, and are not read, except after a dollar sign,
// where a comma groups the thousands.
func writtenAmount(v string) (n float64, unit, without string, ok bool) {
	g := amountWritten.FindStringSubmatch(strings.TrimSpace(v))
	if g == nil {
		return 0, "", "", false
	}
	figure := g[2]
	n, percent, ok := quotedNumber(figure)
	if !ok || percent {
		dollar := strings.HasSuffix(g[1], "$")
		switch {
		case groupedThousands[0].MatchString(figure) && (dollar || strings.Count(figure, ",") > 1 || strings.Contains(figure, ".")):
			figure = strings.ReplaceAll(figure, ",", "")
		case groupedThousands[1].MatchString(figure) && (strings.Count(figure, ".") > 1 || strings.Contains(figure, ",")):
			figure = strings.Replace(strings.ReplaceAll(figure, ".", ""), ",", ".", 1)
		default:
			return 0, "", "", false
		}
		var err error
		if n, err = strconv.ParseFloat(figure, 64); err != nil {
			return 0, "", "", false
		}
	}
	magnitude := map[string]string{"thousand": "k", "million": "M", "billion": "B"}[g[3]]
	if magnitude == "" {
		magnitude = g[3]
	}
	without = strconv.Quote(g[1])
	if g[3] != "" {
		without += " and " + strconv.Quote(g[3])
	}
	return n, g[1] + magnitude, without, true
}

// magnitudes are the words for a thousand, a million and a milliard
// written after a figure, as sheets and slides write them ("10k", "1,5
// Mio."), with what they multiply it by.
var magnitudes = map[string]float64{
	"k": 1e3, "K": 1e3, "Tsd": 1e3, "tsd": 1e3, "Tausend": 1e3, "thousand": 1e3,
	"M": 1e6, "Mio": 1e6, "mio": 1e6, "Mn": 1e6, "mn": 1e6, "million": 1e6, "Million": 1e6, "Millionen": 1e6,
	"Mrd": 1e9, "mrd": 1e9, "bn": 1e9, "Bn": 1e9, "billion": 1e9, "Milliarden": 1e9,
}

// thousands matches "1.500" and "1,500": a thousand and a half, or one and
// a half, as the writer's country has it.
var thousands = regexp.MustCompile(`^[+-]?[0-9]{1,3}([.,][0-9]{3})+$`)

// maxNumber is the largest figure fokus computes with: far beyond any
// count, amount or score, and small enough that the loads of any number
// of ideas add up to a finite number.
const maxNumber = 1e12

// minNumber is the figure closest to 0, other than 0, that fokus takes: a
// milliardth, the divisor the scoring models still divide by.
const minNumber = 1e-9

// beyond says that n, written as written, is beyond maxNumber, in digits
// as a file writes a number, not as Go's %g does (QA: "capacity = 1e+13
// is too large; at most 1e+12" for 10_000_000_000_000), and below it for
// a negative one, which was called too large.
func beyond(n float64, written string, negativeOK bool) string {
	limit := strconv.FormatFloat(maxNumber, 'f', -1, 64) + " (a million millions)"
	if n < 0 && !negativeOK {
		// A capacity or a score's input: "at least -1000000000000" was
		// the next error (second review).
		return written + " is less than zero, which it cannot be"
	}
	if n < 0 {
		return written + " is too small; at least -" + limit
	}
	return written + " is too large; at most " + limit
}

// negativeOK reports whether a number of t may be below zero: a key
// result's and its check-ins' (a temperature, a margin), not a team's or
// a score's.
func (t *table) negativeOK() bool {
	return strings.HasPrefix(t.kind, "[[key_results")
}

// figure writes n in digits, without an exponent, unless it has more than
// twenty of them (1e308).
func figure(n float64) string {
	if math.Abs(n) < 1e21 {
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	return strconv.FormatFloat(n, 'g', -1, 64)
}

func (t *table) integer(key string) (int, bool) {
	v, ok := t.m[key]
	if !ok {
		return 0, false
	}
	n, ok := v.(int64)
	if f, isFloat := v.(float64); isFloat {
		if f != math.Trunc(f) && f > 0 && f < maxNumber {
			// wip_limit = 2.5, for a team's half-time work (QA: told only
			// what it must be).
			write := fmt.Sprintf("%g or %g", math.Floor(f), math.Ceil(f))
			if f < 1 {
				write = "1" // 0 is no limit it takes
			}
			t.d.errorf(t.d.pos.at(t.path(key)), "%s must be a whole number, not %g, since it counts whole ideas: write %s = %s", t.label(key), f, key, write)
			return 0, false
		}
		if f != math.Trunc(f) || math.Abs(f) > maxNumber {
			t.d.errorf(t.d.pos.at(t.path(key)), "%s must be a whole number, not %g", t.label(key), f)
			return 0, false
		}
		// 2.0 is the whole number 2 to anyone but TOML (QA: "must be a
		// whole number, not 2").
		n, ok = int64(f), true
	}
	if text, isText := v.(string); !ok && isText {
		msg := fmt.Sprintf("%s must be a whole number, not %s", t.label(key), describe(v))
		if n, _, ok := quotedNumber(text); ok && n == math.Trunc(n) && n > 0 {
			msg += fmt.Sprintf("; write %s = %g, without quotes", key, n) // wip_limit = "3"
		} else if ok && n == math.Trunc(n) {
			// "0", as a tool writes no limit: 0 would be the next error
			// (review).
			msg += fmt.Sprintf("; %s is 1 or more, without quotes: write the most ideas the team takes on at once, or leave the line out for no limit", key)
		} else if g := numberWithUnit.FindStringSubmatch(strings.TrimSpace(text)); g != nil {
			if n, _, ok := quotedNumber(g[1]); ok && n == math.Trunc(n) && n > 0 {
				msg += fmt.Sprintf("; write %s = %g, without quotes and without %q", key, n, g[2]) // "3 Ideen"
			}
		}
		t.d.errorf(t.d.pos.at(t.path(key)), "%s", msg)
		return 0, false
	}
	if !ok {
		t.wrongType(key, "a whole number", v)
		return 0, false
	}
	// As num's: far beyond any real count, and within what a script
	// reading index.json holds exactly (QA: 2^63 - 1 was written as is).
	if n > maxNumber || n < -maxNumber {
		t.d.errorf(t.d.pos.at(t.path(key)), "%s = %s", t.label(key), beyond(float64(n), strconv.FormatInt(n, 10), t.negativeOK()))
		return 0, false
	}
	return int(n), true
}

func (t *table) boolean(key string) (bool, bool) {
	v, ok := t.m[key]
	if !ok {
		return false, false
	}
	b, ok := v.(bool)
	if !ok {
		msg := fmt.Sprintf("%s must be true or false, not %s", t.label(key), describe(v))
		if text, isText := v.(string); isText && bareYesNo.MatchString(strings.TrimSpace(text)) {
			// done = "yes", as a sheet's column has it (QA: told only
			// what it must be).
			msg += fmt.Sprintf("; write %s = %t, without quotes", key, yes(text))
		} else if done, ok := doneWords[strings.ToLower(strings.Join(strings.Fields(text), " "))]; isText && ok && key == "done" {
			// done = "erledigt", as a tracker's column says it (QA).
			msg += fmt.Sprintf("; write %s = %t, without quotes", key, done)
		} else if n, isInt := v.(int64); isInt && (n == 0 || n == 1) {
			// done = 1, as a sheet's checkbox column exports it, and as a
			// yes/no result's check-in may write it (QA: told only what
			// it must be).
			msg += fmt.Sprintf("; write %s = %t", key, n == 1)
		}
		t.d.errorf(t.d.pos.at(t.path(key)), "%s", msg)
		return false, false
	}
	return b, true
}

// doneWords are the states of a yes/no result as trackers and sheets say
// them, with the done they mean.
var doneWords = map[string]bool{
	"erledigt": true, "fertig": true, "erreicht": true, "abgeschlossen": true, "geschafft": true, "done": true, "completed": true, "achieved": true, "✓": true, "✅": true, "x": true,
	"offen": false, "open": false, "nicht erreicht": false, "nicht erledigt": false, "not done": false, "pending": false, "todo": false, "to do": false, "in arbeit": false, "in progress": false,
}

// textHint is how to write v, a number (written lit), a yes or no, or a
// list, as the text that key takes (QA: door = 211 and author = ["Anna",
// "Ben"] were told only what they must be).
func textHint(key string, v any, lit string) string {
	switch v := v.(type) {
	case int64, float64:
		if lit == "" {
			lit = fmt.Sprint(v)
		}
		return fmt.Sprintf("; write it in double quotes: %s = \"%s\"", key, lit)
	case bool:
		return fmt.Sprintf("; write it in double quotes: %s = \"%t\"", key, v)
	case time.Time:
		// period = 2027-04-01, the day the period begins, as a sheet's
		// column of dates has it (QA): a quarter is what OKR tools plan.
		if key == "period" {
			return fmt.Sprintf("; a period is named in double quotes: period = \"%d-Q%d\" for the quarter of %s, or \"%d-%02d\" for its month",
				v.Year(), (int(v.Month())-1)/3+1, v.Format(time.DateOnly), v.Year(), int(v.Month()))
		}
	case []any:
		var items []string
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return ""
			}
			items = append(items, s)
		}
		if len(items) > 1 {
			return fmt.Sprintf("; it takes one text: %s = %q", key, clip(strings.Join(items, ", ")))
		}
		if len(items) == 1 {
			return fmt.Sprintf("; write it without brackets: %s = %q", key, clip(items[0]))
		}
	}
	return ""
}

// date reads a TOML local date or offset date-time as a calendar day in the
// site's time zone. A quoted "2026-11-26" is accepted too, since front matter
// written for Hugo often quotes dates.
func (t *table) date(key string, required bool) (time.Time, bool) {
	day, _, ok := t.dateTime(key, required)
	return day, ok
}

// dateTime is date that also returns the instant when the value has a time
// of day (2027-02-03T18:00:00+13:00, or a local date-time in the site's
// time zone), and zero for a date: of two check-ins on one day, the later
// in the day is the newer.
func (t *table) dateTime(key string, required bool) (day, at time.Time, ok bool) {
	v, ok := t.m[key]
	if !ok {
		if required {
			t.missing(key)
		}
		return time.Time{}, time.Time{}, false
	}
	switch v := v.(type) {
	case time.Time:
		// The decoder marks local values with these zone names.
		switch v.Location().String() {
		case "date-local":
		case "datetime-local":
			at = time.Date(v.Year(), v.Month(), v.Day(), v.Hour(), v.Minute(), v.Second(), v.Nanosecond(), t.d.tz)
		case "time-local":
			t.d.errorf(t.d.pos.at(t.path(key)), "%s must be a date like 2026-11-26, not a time of day", t.label(key))
			return time.Time{}, time.Time{}, false
		default:
			v = v.In(t.d.tz)
			at = v
		}
		return Day(v.Year(), v.Month(), v.Day()), at, true
	case string:
		d, err := time.Parse("2006-01-02", strings.TrimSpace(v))
		if err != nil {
			hint := quotedDateHint(v)
			if e := sheetError.FindString(strings.TrimSpace(v)); e != "" {
				hint = "; " + failedFormula(e, dotted(t.prefix), key) + ", without quotes"
			}
			if vague := vagueDate(key, v, t.d.today); hint == "" && vague != "" {
				hint = "; " + vague
			}
			t.d.errorf(t.d.pos.at(t.path(key)), "%s must be a date like 2026-11-26, not %q%s", t.label(key), v, hint)
			return time.Time{}, time.Time{}, false
		}
		return d, time.Time{}, true
	case int64, float64:
		if write := writtenDate(fmt.Sprint(v)); write != "" {
			// 20261103, as a script writes a day without its dashes.
			t.d.errorf(t.d.pos.at(t.path(key)), "%s must be a date like 2026-11-26, not %s; write %s", t.label(key), describe(v), write)
			return time.Time{}, time.Time{}, false
		}
		if day, ok := excelDay(v); ok {
			// A script copying cells from Excel writes a date as the
			// spreadsheet keeps it, a number of days (QA: 46095).
			t.d.errorf(t.d.pos.at(t.path(key)), "%s must be a date like 2026-11-26, not %s; as an Excel day number, %v is %s: write %s",
				t.label(key), describe(v), v, day.Format("2006-01-02"), day.Format("2006-01-02"))
			return time.Time{}, time.Time{}, false
		}
	}
	t.wrongType(key, "a date like 2026-11-26", v)
	return time.Time{}, time.Time{}, false
}

// excelDay is the calendar day that v means as a day number of Excel, when
// v is in the range of the days such numbers stand for in fokus's content
// (30000 is 1982-02-18, 80000 is 2119-01-11). Excel counts 1900-01-01 as
// day 1 and has a 29 February 1900, taken over from Lotus 1-2-3, so from
// 1900-03-01 on its number is the days since 1899-12-30 (45000 is
// 2023-03-15). A fraction of a day is a time of day.
func excelDay(v any) (time.Time, bool) {
	var n float64
	switch v := v.(type) {
	case int64:
		n = float64(v)
	case float64:
		n = v
	}
	if !(n >= 30000 && n < 80001) {
		return time.Time{}, false
	}
	return Day(1899, time.December, 30+int(n)), true
}

// Dates written as text another way than TOML writes them, quoted: 27.11.2026
// (or 27.11.26), 2026/11/27, and 2026-11-3 without its zero.
var (
	dottedDate   = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$`)
	slashedDate  = regexp.MustCompile(`^(\d{4})/(\d{1,2})/(\d{1,2})$`)
	unpaddedDate = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	dayMonthYear = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$`) // 28/11/2026 or 11/28/2026
)

// quotedDateHint is what to add to "must be a date like 2026-11-26, not
// "<v>"" when the string v is a date or a date-time written so that TOML
// would read it without its quotes, or a date written another way: how to
// write it (QA: told only what it is not).
func quotedDateHint(v string) string {
	v = strings.TrimSpace(v)
	if !strings.ContainsAny(v, "\n\r\"'#=[]{}") {
		// A date-time as TOML reads it: 2026-11-27T09:30:00Z, or one in
		// the site's time zone, 2026-11-27 09:30.
		var m map[string]any
		if _, err := toml.Decode("v = "+v, &m); err == nil {
			if at, ok := m["v"].(time.Time); ok && len(m) == 1 && at.Location().String() != "time-local" {
				return "; write it without quotes: " + v
			}
		}
	}
	if w := DateRewrite(v); w != "" {
		return "; write " + w
	}
	return ""
}

// DateRewrite is the date v as TOML and --now write it, when v is one
// written another way (27.11.2026, 2026-1-5, Nov 3, 2026); both readings
// when it reads both ways (3/11/2026); else "". The CLI's --now tells it
// as front matter does (QA: --now 05.01.2026 was told only what it is not).
func DateRewrite(v string) string {
	v = strings.TrimSpace(v)
	var y, mo, d string
	if g := dottedDate.FindStringSubmatch(v); g != nil {
		d, mo, y = g[1], g[2], g[3]
		if len(y) == 2 {
			y = "20" + y // 27.11.26
		}
	} else if g := slashedDate.FindStringSubmatch(v); g != nil {
		y, mo, d = g[1], g[2], g[3]
	} else if g := unpaddedDate.FindStringSubmatch(v); g != nil {
		y, mo, d = g[1], g[2], g[3]
	} else if g := dayMonthYear.FindStringSubmatch(v); g != nil {
		return dayMonthWrite(g[1], g[2], g[3])
	} else {
		return writtenDate(v)
	}
	year, _ := strconv.Atoi(y)
	month, _ := strconv.Atoi(mo)
	day, _ := strconv.Atoi(d)
	date := Day(year, time.Month(month), day)
	if month < 1 || month > 12 || date.Day() != day {
		return "" // no day of the calendar: 31.11.2026
	}
	return date.Format("2006-01-02")
}

// Day is a calendar day, as fokus keeps dates: midnight UTC, so that day
// arithmetic never meets a daylight-saving change.
func Day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func (t *table) strs(key string) []string {
	v, ok := t.m[key]
	if !ok {
		return nil
	}
	arr, ok := v.([]any)
	if text, isString := v.(string); isString {
		// members = "Anna, Ben": the list it was meant to be. It is an
		// error, and the list is read as meant, so that the rules do not
		// add warnings about the same mistake (QA: teams = "sales" was
		// also an idea of no team that serves no objective).
		var items, quoted []string
		// Outlook and a German sheet's CSV separate with ; (QA: tags =
		// "crm; leads" was told ["crm; leads"], one tag).
		for _, item := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ';' }) {
			if item = strings.TrimSpace(item); item != "" {
				items = append(items, strings.Clone(item))
				quoted = append(quoted, strconv.Quote(item))
			}
		}
		t.wrongType(key, "an array of strings, like ["+strings.Join(quoted, ", ")+"]", v)
		return items
	}
	if !ok {
		t.wrongType(key, "an array of strings", v)
		return nil
	}
	out := make([]string, 0, len(arr))
	for i, e := range arr {
		s, ok := e.(string)
		if !ok {
			t.d.errorf(t.d.pos.at(t.path(key)+"."+strconv.Itoa(i)), "%s must be an array of strings, but element %d is %s", t.label(key), i+1, describe(e))
			continue
		}
		// Not a slice of the decoder's text either (see str). Interning
		// the names that recur (unique.Make) cost a tenth of check's time.
		out = append(out, strings.Clone(t.shown(key, key+"."+strconv.Itoa(i), s)))
	}
	return out
}

// stops reads decision.stops. A blank entry names nothing that stops, and
// neither does a placeholder ("-", "N/A"): each is left out, with a warning
// at its place, rather than shown as a bullet or counted as something named.
func (t *table) stops() (out []string, at []int) {
	all := t.strs("stops")
	arr, _ := t.m["stops"].([]any)
	for i, e := range arr {
		s, ok := e.(string)
		switch {
		case !ok:
		case strings.TrimSpace(s) == "":
			t.d.warnf(t.d.pos.at(t.path("stops")+"."+strconv.Itoa(i)), "%s has a blank entry, which names nothing and is left out; remove it or name what stops", t.label("stops"))
		case Placeholder(s):
			t.d.warnf(t.d.pos.at(t.path("stops")+"."+strconv.Itoa(i)), "%s lists %q, a placeholder: name what stops, or remove the entry", t.label("stops"), strings.TrimSpace(s))
		}
	}
	for i, s := range all {
		if strings.TrimSpace(s) != "" && !Placeholder(s) {
			out, at = append(out, s), append(at, i)
		}
	}
	return out, at
}

// Placeholder reports whether s is what a spreadsheet's empty cell is
// filled with rather than a name: "-", "N/A", "none", "keine", "tbd". A
// script moving ideas from Excel writes them into stops, where they named
// nothing and yet kept no-stop quiet, or matched an idea titled "N/A" (QA).
func Placeholder(s string) bool {
	return slices.Contains(placeholders, strings.ToLower(strings.TrimSpace(s)))
}

var placeholders = []string{"-", "--", "–", "—", "?", "...", "…", "n/a", "n.a.", "na", "none", "nothing", "nichts", "kein", "keine", "tbd", "tba"}

func (t *table) sub(key, kind string) *table {
	v, ok := t.m[key]
	if !ok {
		return nil
	}
	m, ok := v.(map[string]any)
	if text, isText := v.(string); !ok && isText && valueKey[kind] != "" {
		// scoring = "rice", as the README's "[scoring] model" reads to
		// someone who has not met a TOML table (QA: "must be a table").
		setting := valueKey[kind]
		if kind == "[poster]" && (strings.EqualFold(text, "portrait") || strings.EqualFold(text, "landscape")) {
			setting = "orientation" // not paper = "landscape" (review)
		}
		t.d.errorf(t.d.pos.at(t.path(key)), "%s is a group of settings: write a line %s, and below it %s = %q", t.label(key), kind, setting, text)
		return nil
	}
	if !ok {
		t.wrongType(key, "a table ["+t.label(key)+"]", v)
		return nil
	}
	return &table{d: t.d, prefix: t.path(key), m: m, kind: kind}
}

// valueKey is, for a table of fokus.toml, its key that a text written as
// the table's value means (a poster's portrait or landscape is its
// orientation).
var valueKey = map[string]string{"[scoring]": "model", "[poster]": "paper"}

func (t *table) subs(key, kind string) []*table {
	v, ok := t.m[key]
	if !ok {
		return nil
	}
	var maps []map[string]any
	switch v := v.(type) {
	case []map[string]any:
		maps = v
	case []any:
		for _, e := range v {
			m, ok := e.(map[string]any)
			if title, isText := e.(string); !ok && isText {
				// key_results = ["Mehr Leads", …], a list as an OKR
				// sheet has it (QA: "must be an array of tables").
				t.d.errorf(t.d.pos.at(t.path(key)), "%s is not a list of titles: each is a block of its own, a line [[%s]] and below it title = %q with its other keys", t.label(key), t.label(key), title)
				return nil
			}
			if !ok {
				t.wrongType(key, "an array of tables [["+t.label(key)+"]]", v)
				return nil
			}
			maps = append(maps, m)
		}
	case map[string]any:
		// [key_results] for an objective's only key result (QA: "must be
		// an array of tables").
		t.d.errorf(t.d.pos.at(t.path(key)), "[%s] has single brackets: write [[%s]], with two on each side, also for only one", t.label(key), t.label(key))
		return nil
	default:
		t.wrongType(key, "an array of tables [["+t.label(key)+"]]", v)
		return nil
	}
	out := make([]*table, len(maps))
	for i, m := range maps {
		out[i] = &table{d: t.d, prefix: t.path(key) + "." + strconv.Itoa(i), m: m, kind: kind}
	}
	return out
}

// unknown reports every key of t that is not in known, suggesting the closest.
func (t *table) unknown(known ...string) {
	for _, u := range t.unknowns(known) {
		t.report(u)
	}
}

// unknownKey reports the key k of t, which is none of known.
func (t *table) unknownKey(k string, known []string) {
	t.report(t.advise(k, known))
}

// report reports the error u of a key of t.
func (t *table) report(u keyError) {
	t.d.errorf(t.d.pos.keyAt(t.path(u.key)), "%s", u.msg)
}

// keyError is the error for a key of a table that is none of its own:
// its message and the key of the table that the message tells to write
// instead (want, or "").
type keyError struct {
	key, msg, want string
}

// unknowns are the errors for the keys of t that are none of known, in
// the order of the keys. It changes nothing: missing asks it before the
// errors are reported.
func (t *table) unknowns(known []string) []keyError {
	keys := make([]string, 0, len(t.m))
	for k := range t.m {
		if !slices.Contains(known, k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := make([]keyError, len(keys))
	for i, k := range keys {
		out[i] = t.advise(k, known)
	}
	return out
}

// advise is the error for the key k of t, which is none of known.
func (t *table) advise(k string, known []string) keyError {
	u := keyError{key: k}
	msg := fmt.Sprintf("unknown key %q in %s", t.label(k), t.kind)
	hints := hugoKeys
	if t.kind == ConfigFile {
		hints = hugoConfigKeys
	}
	// A check-in's current, without a value beside it, is its measure, as
	// OKR tools name it, not the key result's current written too low.
	valueAlias := t.kind == "[[key_results.checkins]]" && k == "current" && t.m["value"] == nil
	if hint, ok := hints[k]; ok && t.prefix == "" && (hint.want == "" || slices.Contains(known, hint.want)) {
		u.want = hint.want
		if slug, ok := t.m[k].(string); k == "slug" && ok && Slugify(slug) != "" && !strings.ContainsAny(slug, "/\\") {
			// The name that fokus new gives a file of that title: a slug
			// as Hugo takes it ("Webinar Reihe Q4!") is no file's name
			// (review).
			if own := SlugOf(t.d.path); own == strings.TrimSpace(slug) || own == Slugify(slug) {
				// Not "rename lead-scoring.md to lead-scoring.md"
				// (second review).
				msg += "; the slug is the file's name, " + own + " already: remove this line"
			} else {
				msg += fmt.Sprintf("; the slug is the file's name: rename %s to %s.md, and remove this line", path.Base(t.d.path), Slugify(slug))
			}
		} else {
			msg += "; " + hint.text
		}
		if _, has := t.m[hint.want]; hint.want == "submitted" && !has {
			// Hugo's date in place of submitted: the one mistake, said
			// once with the line to write (missing says nothing of
			// submitted then).
			if day, ok := t.m[k].(time.Time); ok {
				if zone := day.Location().String(); zone != "date-local" && zone != "datetime-local" {
					day = day.In(t.d.tz)
				}
				msg += ": write submitted = " + day.Format("2006-01-02")
			} else if text, _ := t.m[k].(string); vagueDate("submitted", text, t.d.today) != "" {
				msg += ": " + vagueDate("submitted", text, t.d.today) // "Anfang November"
			} else if !t.d.today.IsZero() {
				msg += ": write the day it was deposited, such as submitted = " + t.d.today.Format("2006-01-02") + " for today"
			} else {
				msg += ": write the day it was deposited as submitted = year-month-day"
			}
		}
	} else if owner, header, ok := enclosing(t.kind, k); ok && !valueAlias {
		if first := firstTable(t.d.pos); owner == "the idea" && first != "" && first != header {
			// Above [decision] would still be below [score] (review).
			header = first + ", the first table"
		}
		// A script that writes a sheet's columns in order puts "status"
		// after [score]: TOML puts it into that table (QA).
		msg += fmt.Sprintf("; %s belongs to %s: write it above %s, since TOML puts every key below a table's header into that table", k, owner, header)
	} else if t.d.path == ConfigFile && t.prefix != "" && slices.Contains(configKeys, k) {
		// Appended at the end of fokus.toml, a setting lands in its last
		// table.
		msg += fmt.Sprintf("; %s is a setting of its own: write it above the first [table], since TOML puts every key below [%s] into that table", k, t.prefix)
	} else if header, ok := headerOf[t.kind][k]; ok && t.prefix == "" {
		if _, has := t.m[strings.Trim(header.name, "[]")]; has {
			msg += fmt.Sprintf("; %s is %s: move it below the line %s", k, header.owner, header.name)
		} else if t.kind == ConfigFile {
			msg += fmt.Sprintf("; %s is %s: write it below a line %s at the end of fokus.toml", k, header.owner, header.name)
		} else {
			msg += fmt.Sprintf("; %s is %s: write it below a line %s at the end of the front matter", k, header.owner, header.name)
		}
	} else if hint, ok := okrKeys[t.kind][k]; ok {
		msg += "; " + hint.text
		u.want = hint.want
	} else if hint, want := t.wrapped(k, known); hint != "" {
		msg += "; " + hint
		u.want = want
	} else if en := keyWords[strings.ToLower(k)]; slices.Contains(known, en) && t.m[en] == nil {
		msg += fmt.Sprintf("; fokus calls this %q", en)
		u.want = en
	} else if s := suggest(k, known); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
		u.want = s
	} else if en := germanKeys[strings.ToLower(k)]; slices.Contains(known, en) {
		msg += fmt.Sprintf("; keys are written in English, as fokus names them: %s", en)
		u.want = en
	} else if kind, ok := strings.CutSuffix(t.kind, " front matter"); ok && t.prefix == "" && len(known) > 0 {
		// A sheet's extra column (QA: 250 files said "unknown key" and
		// nothing of where such data may go).
		msg += fmt.Sprintf("; %s %s has %s only: keep other notes in the body, or after a # as a comment", article(Kind(kind)), kind, strings.Join(known, ", "))
	}
	u.msg = msg
	return u
}

// wrapped is the hint for k, a table at the top of a front matter that is
// none of its keys (known) but holds some of them: Hugo's [params], an
// [idea] around an idea's keys, or [[objectives.key_results]] for
// [[key_results]], one table too deep (QA: told that an objective "has
// title, team, … key_results only", and at 1:1 that it has no key
// results). want is the first key of the front matter it holds, which
// is then not also told missing.
func (t *table) wrapped(k string, known []string) (hint, want string) {
	m, ok := t.m[k].(map[string]any)
	if !ok || t.prefix != "" || t.d.pos == nil {
		return "", ""
	}
	var own []string
	for _, key := range known {
		if _, has := m[key]; has {
			own = append(own, key)
		}
	}
	if len(own) == 0 {
		return "", ""
	}
	whose := strings.TrimSuffix(t.kind, " front matter")
	var header string // the first header of the table, without spaces
	for line := range strings.SplitSeq(t.d.pos.front, "\n") {
		h, _, _ := strings.Cut(line, "#")
		if h = strings.Join(strings.Fields(h), ""); strings.HasPrefix(h, "[") && (strings.HasPrefix(strings.TrimLeft(h, "["), k+".") || strings.TrimLeft(h, "[") == k+"]") {
			header = h
			break
		}
	}
	if within := strings.Replace(header, k+".", "", 1); within != header && slices.Contains(own, strings.Trim(within, "[]")) {
		return fmt.Sprintf("%s belongs to the %s itself: write %s instead of %s", strings.Trim(within, "[]"), whose, within, header), own[0]
	}
	are := "is"
	if len(own) > 1 {
		are = "are"
	}
	if header == "" {
		// Dotted keys (idea.submitted = …), or a list's number before
		// a key (2. submitted = …), which TOML reads as one.
		if g := bulleted.FindStringSubmatch(t.d.pos.rest(t.d.pos.keyAt(k))); g != nil {
			return "a line of TOML begins with its key, without a bullet or a number before it: " + clip(strings.TrimSpace(g[2])), own[0]
		}
		return fmt.Sprintf("%s %s the %s's own: write %s without %s. before it", strings.Join(own, ", "), are, whose, strings.Join(own, ", "), k), own[0]
	}
	hint = fmt.Sprintf("%s below [%s] %s the %s's own: ", strings.Join(own, ", "), k, are, whose)
	if first := strings.Join(strings.Fields(firstTable(t.d.pos)), ""); first == "["+k+"]" {
		return hint + fmt.Sprintf("remove the line [%s] above them", k), own[0]
	}
	return hint + fmt.Sprintf("write them above %s, the first table, and remove the line [%s]", firstTable(t.d.pos), k), own[0]
}

// The keys of each kind of file and of its tables.
var (
	teamKeys      = []string{"title", "capacity", "wip_limit", "door", "members"}
	ideaKeys      = []string{"title", "submitted", "author", "teams", "status", "tags", "objectives", "draft", "score", "decision"}
	decisionKeys  = []string{"date", "by", "rationale", "stops", "revisit"}
	objectiveKeys = []string{"title", "team", "period", "owner", "reviewed", "key_results"}
	keyResultKeys = []string{"title", "start", "target", "current", "unit", "done", "confidence", "checkins"}
	checkinKeys   = []string{"date", "value", "note"}
)

// tableKeys are the keys of each kind of table, by its name in messages.
var tableKeys = map[string][]string{
	"team front matter": teamKeys, "idea front matter": ideaKeys, "objective front matter": objectiveKeys,
	"[decision]": decisionKeys, "[[key_results]]": keyResultKeys, "[[key_results.checkins]]": checkinKeys,
}

// enclosing says, for a key k unknown in a table of the given kind, whose
// key it is when it is one of a table around it, and the header it was
// written below.
func enclosing(kind, k string) (owner, header string, ok bool) {
	switch {
	case (kind == "[score]" || kind == "[decision]") && slices.Contains(ideaKeys, k):
		return "the idea", kind, true
	case kind == "[[key_results.checkins]]" && slices.Contains(keyResultKeys, k):
		return "the key result", "its first [[key_results.checkins]]", true
	case (kind == "[[key_results]]" || kind == "[[key_results.checkins]]") && slices.Contains(objectiveKeys, k):
		return "the objective", "the first [[key_results]]", true
	}
	return "", "", false
}

// firstTable is the header of the front matter's first table ("[score]"),
// or "".
func firstTable(p *positions) string {
	if p == nil {
		return ""
	}
	for line := range strings.SplitSeq(p.front, "\n") {
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "[") {
			name, _, _ := strings.Cut(t, "#")
			return strings.TrimSpace(name)
		}
	}
	return ""
}

// signs are, for each kind, the keys that say a file is one of its kind:
// keys that no other kind of file has, and no Hugo page either (QA: an
// objective in content/ideas/ got an error for each of its keys). An
// objective's team or period alone is no sign (an idea's "team" is a
// misspelt teams), nor an idea's status or teams (an objective's status =
// "at-risk" and teams are habits of OKR tools), nor its draft, tags or
// author, which a team may be given by mistake and a Hugo page has (review:
// a team with draft = true was moved to the ideas, and every reference to
// it broke).
var signs = map[Kind][][]string{
	KindObjective: {{"key_results"}, {"team", "period"}},
	KindIdea:      {{"submitted"}, {"score"}, {"decision"}},
	KindTeam:      {{"capacity"}, {"wip_limit"}, {"members"}, {"door"}},
}

// kinds are the three kinds of document, and kindKeys the keys of each
// front matter: package variables, as every parsed file is looked at.
var (
	kinds    = [...]Kind{KindIdea, KindObjective, KindTeam}
	kindKeys = map[Kind][]string{KindIdea: ideaKeys, KindObjective: objectiveKeys, KindTeam: teamKeys}
)

// misplacedKind is the one error for a file in the folder of kind whose
// front matter m is another kind's: its keys would each be unknown, and
// its own ones missing, where the mistake is one, the folder.
func misplacedKind(kind Kind, filePath string, m map[string]any) (Kind, string) {
	other, keys, target := holds(kind, filePath, m)
	if other == "" {
		return "", ""
	}
	return other, fmt.Sprintf("this file holds %s %s (it has %s), but the files in content/%ss/ are read as %ss: move it to %s",
		article(other), other, keys, kind, kind, target)
}

// holds is the kind of document that the front matter m of the file at
// filePath, in the folder of kind (or "" outside the three), holds by its
// keys, with those keys and where it belongs. It is "" for a file with a
// sign of its own folder's kind or of no other, with signs of two others,
// or with no more of the other's keys than of its own: its folder then says
// what it is, and each key that does not fit is told on its own line. So
// an objective with an OKR tool's status or tags among the ideas is told
// to move, as it was by an older detector of unknown keys (review), and an
// idea without its date whose author and tags stand beside a team and a
// period stays an idea.
func holds(kind Kind, filePath string, m map[string]any) (other Kind, keys, target string) {
	if hasSign(kind, m) {
		return "", "", ""
	}
	for _, k := range kinds {
		if k != kind && hasSign(k, m) {
			if other != "" {
				return "", "", "" // keys of two other kinds: no guess
			}
			other = k
		}
	}
	if other == "" {
		return "", "", ""
	}
	var list []string
	for _, k := range kindKeys[other] {
		if _, ok := m[k]; ok && k != "title" {
			list = append(list, k)
		}
	}
	own := 0
	for _, k := range kindKeys[kind] {
		if _, ok := m[k]; ok && k != "title" {
			own++
		}
	}
	if own >= len(list) {
		return "", "", ""
	}
	folder := "content/" + string(other) + "s/"
	if team, ok := m["team"].(string); ok && other == KindObjective && team != "" && team != ".." && !strings.ContainsAny(team, "/\\") {
		folder += team + "/" // the folder of its team, as is usual
	}
	return other, andList(list), folder + path.Base(filePath)
}

// hasSign reports whether m has one of the signs of kind (none for "").
func hasSign(kind Kind, m map[string]any) bool {
	for _, sign := range signs[kind] {
		has := true
		for _, key := range sign {
			_, ok := m[key]
			has = has && ok
		}
		if has {
			return true
		}
	}
	return false
}

// andList joins words as a sentence lists them: "a", "a and b", "a, b and c".
func andList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// germanKeys are keys as the German site labels them, or as a German
// speaker names them, with fokus's key (QA: "mitglieder" and "begründung"
// were told only which keys there are, or the parser's words). A key
// with ä, ö or ü is none that TOML reads without quotes: the syntax hint
// names it, and the spellings with ae, oe and ue are here for when it is
// written so.
var germanKeys = map[string]string{
	"titel": "title", "eingereicht": "submitted", "einreichung": "submitted", "autor": "author", "autorin": "author",
	"ziele": "objectives", "schlagworte": "tags", "stichworte": "tags", "entwurf": "draft", "bewertung": "score",
	"entscheid": "decision", "entscheidung": "decision", "datum": "date", "von": "by", "entschieden_von": "by",
	"begründung": "rationale", "begruendung": "rationale", "stoppt": "stops", "stopp": "stops", "wiedervorlage": "revisit",
	"kapazität": "capacity", "kapazitaet": "capacity", "tür": "door", "tuer": "door", "raum": "door", "mitglieder": "members",
	"periode": "period", "zeitraum": "period", "verantwortlich": "owner", "besitzer": "owner",
	"überprüft": "reviewed", "ueberprueft": "reviewed", "geprüft": "reviewed", "geprueft": "reviewed",
	"schlüsselergebnisse": "key_results", "schluesselergebnisse": "key_results", "ergebnisse": "key_results",
	"ziel": "target", "zielwert": "target", "startwert": "start", "aktuell": "current", "ist": "current", "einheit": "unit",
	"erledigt": "done", "zuversicht": "confidence", "notiz": "note", "bemerkung": "note", "wert": "value",
	"zeitkritikalität": "time_criticality", "zeitkritikalitaet": "time_criticality", "dringlichkeit": "time_criticality",
	"risikoreduktion": "risk_reduction", "jobgröße": "job_size", "jobgroesse": "job_size",
	"reichweite": "reach", "wirkung": "impact", "aufwand": "effort", "einfachheit": "ease",
}

// keyWords are other names for fokus's keys, in English and German, as
// idea tools, OKR tools and sheets name their columns, with fokus's key
// (QA: "submitter" was asked whether it meant submitted, "room" and
// "erstellt_am" were told only which keys there are). One applies where
// its key is one of the table's.
var keyWords = map[string]string{
	"creator": "author", "submitter": "author", "submitted_by": "author", "requester": "author", "requestor": "author", "proposer": "author",
	"created_by": "author", "verfasser": "author", "verfasserin": "author", "einreicher": "author", "einreicherin": "author",
	"ideengeber": "author", "ideengeberin": "author", "urheber": "author", "ersteller": "author", "erstellt_von": "author", "eingereicht_von": "author",
	"created": "submitted", "created_at": "submitted", "created_on": "submitted", "date_submitted": "submitted", "submission_date": "submitted",
	"submitted_at": "submitted", "submitted_on": "submitted", "erstellt": "submitted", "erstellt_am": "submitted", "eingereicht_am": "submitted",
	"einreichedatum": "submitted", "einreichungsdatum": "submitted",
	"label": "tags", "labels": "tags", "keywords": "tags", "category": "tags", "kategorie": "tags", "kategorien": "tags", "schlagwort": "tags", "stichwort": "tags",
	"goal": "objectives", "goals": "objectives", "okr": "objectives", "okrs": "objectives",
	"department": "teams", "departments": "teams", "abteilung": "teams", "abteilungen": "teams", "bereich": "teams", "bereiche": "teams",
	"zustand": "status", "stand": "status", "phase": "status", "stage": "status",
	"room": "door", "office": "door", "location": "door", "raumnummer": "door", "buero": "door", "standort": "door",
	"team_members": "members", "people": "members", "staff": "members", "mitarbeiter": "members", "mitarbeitende": "members", "personen": "members",
	"name": "title", "bezeichnung": "title", "headline": "title", "ueberschrift": "title",
	"points": "capacity", "punkte": "capacity", "velocity": "capacity",
	"wip": "wip_limit", "max_wip": "wip_limit", "wip_max": "wip_limit",
	"responsible": "owner", "assignee": "owner", "lead": "owner", "leiter": "owner", "leiterin": "owner", "accountable": "owner",
	"ansprechpartner": "owner", "ansprechperson": "owner",
	"last_review": "reviewed", "last_reviewed": "reviewed", "review_date": "reviewed", "reviewed_at": "reviewed", "reviewed_on": "reviewed",
	"letzte_pruefung": "reviewed", "letzter_review": "reviewed",
	"sprache": "language", "locale": "language", "zeitzone": "timezone", "tz": "timezone", "time_zone": "timezone",
	"size": "paper", "paper_size": "paper", "papersize": "paper", "page_size": "paper", "format": "paper", "papier": "paper", "papierformat": "paper",
	"ausrichtung": "orientation", "orient": "orientation",
	"quarter": "period", "quartal": "period", "cycle": "period", "zyklus": "period", "timeframe": "period",
	"soll": "target", "sollwert": "target", "istwert": "current", "ausgangswert": "start", "basiswert": "start",
	"achieved": "done", "completed": "done", "erreicht": "done", "erfuellt": "done",
	"decided_by": "by", "decider": "by", "entscheider": "by", "entschieden_durch": "by", "gremium": "by",
	"reason": "rationale", "grund": "rationale", "why": "rationale", "warum": "rationale",
	"decided": "date", "decided_on": "date", "decision_date": "date", "entscheiddatum": "date", "entscheidungsdatum": "date",
	"stopped": "stops", "replaces": "stops", "instead_of": "stops", "stattdessen": "stops", "ersetzt": "stops",
	"follow_up": "revisit", "followup": "revisit", "review_on": "revisit", "revisit_on": "revisit", "wiedervorlage_am": "revisit",
}

// headerOf is, by the kind of table the key is unknown in, the keys of a
// table written without its header, or above it: a score's inputs and a
// decision's keys at the top of an idea, a poster's paper at the top of
// fokus.toml (QA: told only what an idea has).
var headerOf = func() map[string]map[string]struct{ name, owner string } {
	score := struct{ name, owner string }{"[score]", "an input of the score"}
	decision := struct{ name, owner string }{"[decision]", "part of the decision"}
	idea := map[string]struct{ name, owner string }{}
	for k := range inputNames {
		idea[k] = score
	}
	for _, k := range decisionKeys {
		if k != "date" { // Hugo's date: the idea's submitted (hugoKeys)
			idea[k] = decision
		}
	}
	poster := struct{ name, owner string }{"[poster]", "a setting of the posters"}
	return map[string]map[string]struct{ name, owner string }{
		"idea front matter": idea,
		ConfigFile:          {"paper": poster, "orientation": poster, "model": {"[scoring]", "a setting of the scoring"}},
	}
}()

// okrKeys are keys that OKR tools have in an objective or a key result,
// by the kind of table fokus reads them in, with what to write instead
// (QA: baseline, weight and teams met only "unknown key"), and the key of
// fokus the hint names as the one to write (want), which is then not also
// told to be missing.
var okrKeys = map[string]map[string]struct{ want, text string }{
	"objective front matter": {
		"teams":      {"team", `an objective belongs to one team (team = "slug"); for an objective that two teams share, write one for each team with the key results it carries, and let ideas name both`},
		"status":     {"", "an objective's state is its key results' progress, with a confidence (0 to 1) on each key result; note anything else in the body"},
		"confidence": {"", "confidence is a key result's: write it in each [[key_results]], from 0 to 1"},
		"progress":   {"", "an objective's progress is worked out: the mean of its key results' progress"},
		"parent":     {"", "objectives are not nested in fokus; ideas name the objectives they contribute to"},
		"due":        {"", `an objective runs for its period (period = "2026-Q4"); write a date that matters in the body`},
		"deadline":   {"", `an objective runs for its period (period = "2026-Q4"); write a date that matters in the body`},
		// A key result's keys with its header left out (QA: told only what
		// an objective has).
		"start":    {"", `start is a key result's: write a line [[key_results]] and its title = "…" above it`},
		"target":   {"", `target is a key result's: write a line [[key_results]] and its title = "…" above it`},
		"current":  {"", `current is a key result's: write a line [[key_results]] and its title = "…" above it`},
		"unit":     {"", `unit is a key result's: write a line [[key_results]] and its title = "…" above it`},
		"done":     {"", `done is a key result's: write a line [[key_results]] and its title = "…" above it`},
		"checkins": {"", "check-ins belong to a key result: write [[key_results.checkins]] below the [[key_results]] they measure"},
	},
	// What an idea tool or a sheet keeps on an idea that fokus keeps
	// otherwise (QA: told only which keys an idea has).
	"idea front matter": {
		"owner":       {"", `an idea names who deposited it as author = "…", and the teams that would carry it as teams = ["…"]`},
		"priority":    {"", "fokus ranks ideas by their score, which it computes from the inputs under [score]"},
		"prioritaet":  {"", "fokus ranks ideas by their score, which it computes from the inputs under [score]"},
		"deadline":    {"", "an idea has no due date: time_criticality under [score] says how urgent it is, and a parked idea's decision can say when to revisit it"},
		"due":         {"", "an idea has no due date: time_criticality under [score] says how urgent it is, and a parked idea's decision can say when to revisit it"},
		"due_date":    {"", "an idea has no due date: time_criticality under [score] says how urgent it is, and a parked idea's decision can say when to revisit it"},
		"description": {"", "an idea's text is its body: write it below the closing +++"},
		"summary":     {"", "an idea's text is its body: write it below the closing +++"},
	},
	"[[key_results]]": {
		"baseline":  {"start", `fokus calls the value a key result starts from "start"`},
		"initial":   {"start", `fokus calls the value a key result starts from "start"`},
		"from":      {"start", `fokus calls the value a key result starts from "start"`},
		"goal":      {"target", `fokus calls the value to reach "target"`},
		"to":        {"target", `fokus calls the value to reach "target"`},
		"actual":    {"current", `fokus calls the value reached "current" (or keeps a history of [[key_results.checkins]])`},
		"value":     {"current", `fokus calls the value reached "current" (or keeps a history of [[key_results.checkins]])`},
		"progress":  {"", "progress is worked out from start, target and current (of a yes/no result, from done): write current, or add a check-in"},
		"weight":    {"", "the key results of an objective weigh the same (its progress is their mean); split a result that counts more, or make it an objective of its own"},
		"direction": {"", "a falling key result needs no direction: write a target below its start (start = 48, target = 24)"},
		"type":      {"", "the kind of a key result follows from its keys: start and target for a number, done = true or false for a yes/no result (a milestone)"},
		"due":       {"", "a key result is due with its objective's period; a milestone's date can go into its title"},
		"deadline":  {"", "a key result is due with its objective's period; a milestone's date can go into its title"},
		"status":    {"", "a key result's state is its progress; confidence (0 to 1) says how sure the team is to reach it"},
	},
	// A check-in as OKR tools write one (QA: Perdoo's comment met only
	// "unknown key").
	"[[key_results.checkins]]": {
		"comment":  {"note", `fokus calls a check-in's text "note"`},
		"comments": {"note", `fokus calls a check-in's text "note"`},
		"remark":   {"note", `fokus calls a check-in's text "note"`},
		"text":     {"note", `fokus calls a check-in's text "note"`},
		"current":  {"value", `fokus calls a check-in's measure "value"`},
		"actual":   {"value", `fokus calls a check-in's measure "value"`},
		"progress": {"", `a check-in's progress is worked out from its value: write the measure as value`},
		"day":      {"date", `fokus calls a check-in's day "date"`},
		"when":     {"date", `fokus calls a check-in's day "date"`},
	},
}

func article(k Kind) string {
	if k == KindIdea || k == KindObjective {
		return "an"
	}
	return "a"
}

// hugoKeys are front matter keys of Hugo that fokus has under another name
// or not at all, with what to write instead; a hint with want applies only
// where that key is known (submitted is an idea's, not a team's).
var hugoKeys = map[string]struct{ want, text string }{
	"date":        {"submitted", `fokus calls an idea's date "submitted"`},
	"publishDate": {"submitted", `fokus calls an idea's date "submitted"`},
	"slug":        {"", "the slug is the file's name: rename the file to change it"},
	"url":         {"", "a page's address follows from the file's name: rename the file to change it"},
	"aliases":     {"", "fokus makes no redirects; a page's address follows from the file's name"},
	"categories":  {"tags", `fokus has "tags" for this`},
	"draft":       {"", "only ideas can be drafts"},
	"weight":      {"", "fokus orders pages itself: ideas by their score, the rest by title"},
	"layout":      {"", "a theme's templates are chosen by the kind of page (see themes/default)"},
	"type":        {"", "the kind of a file follows from its folder: content/ideas, content/objectives or content/teams"},
	// Hugo's other keys of a page, which a site moved over keeps (QA:
	// told only which keys an idea has).
	"lastmod":    {"", "fokus shows no date of the last change; the repository's history keeps it"},
	"expiryDate": {"", "fokus takes no page off the site by date; a parked or rejected idea's decision can say when to revisit it"},
	"linkTitle":  {"", "a page has one name, its title"},
	"toc":        {"", "fokus makes no table of contents; link a heading with [text](#its-id)"},
	"images":     {"", "a picture is shown in the body: ![Plan](../../img/plan.png), with the file in static/img/"},
	"menu":       {"", "fokus makes its menu itself"},
}

// hugoConfigKeys are settings of Hugo's configuration that fokus.toml has
// under another name or not at all.
var hugoConfigKeys = map[string]struct{ want, text string }{
	"languageCode":           {"language", `fokus.toml has "language" ("de" or "en") for the interface text`},
	"defaultContentLanguage": {"language", `fokus.toml has "language" ("de" or "en") for the interface text`},
	"languages":              {"language", `a fokus site has one language: language = "de" or "en"`},
	"markup":                 {"unsafe_html", `fokus's Markdown is GFM with footnotes; raw HTML is kept with unsafe_html = true`},
	"params":                 {"", "fokus has no [params]; a theme's texts are in its i18n/ files"},
	"paginate":               {"", "fokus lists every idea on one page, with a filter"},
	"pagination":             {"", "fokus lists every idea on one page, with a filter"},
	"relativeURLs":           {"", "fokus's links are always relative"},
	"uglyURLs":               {"", "fokus's pages are folders with an index.html, linked with index.html"},
}

// Suggest returns the known word closest to s, if it is close enough to be a
// typo, for "did you mean" hints; "" otherwise.
func Suggest(s string, known []string) string { return suggest(s, known) }

func suggest(s string, known []string) string {
	best, bestDist := "", 1<<30
	for _, k := range known {
		if otherNumber(s, k) {
			continue
		}
		d := editDistance(strings.ToLower(s), strings.ToLower(k))
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	limit := 2
	if len(s) <= 4 {
		limit = 1
	}
	if bestDist <= limit {
		return best
	}
	// A key cut short (unsafe for unsafe_html) is far from it in edits,
	// and maybe nearer to another.
	if len(s) >= 4 {
		for _, k := range known {
			if strings.HasPrefix(strings.ToLower(k), strings.ToLower(s)) {
				return k
			}
		}
	}
	return ""
}

// otherNumber reports whether a and b differ, and only in digits at the
// same places: "pipeline-2026-q2" names another year's objective than
// "pipeline-2027-q2", and "idee-017" another idea than "idee-018". Such a
// word is no typo to suggest (QA: a site in its second year was told to
// link a new idea to the objective of the year before).
func otherNumber(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || a == b {
		return false
	}
	for i := range ra {
		if ra[i] != rb[i] && !(isDigit(ra[i]) && isDigit(rb[i])) {
			return false
		}
	}
	return true
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// editDistance is the optimal-string-alignment distance: insertions,
// deletions, substitutions and swaps of neighbours each count as one edit.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
