package content

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// hint is what to add to the TOML parser's message for an error in src: how
// to write what the line means, in the words of someone who has never seen
// TOML (QA: "author = Anna", „quotes“, "draft = yes" and a front matter
// left open got the parser's words alone). of says what file src is.
func hint(src Source, perr toml.ParseError, of hintFor) string {
	lines := strings.Split(src.Front, "\n")
	line := perr.Position.Line
	if line < 1 || line > len(lines) {
		return ""
	}
	for _, l := range lines {
		// A merge stopped on the file: the parser's words say nothing of
		// it. Its first marker, <<<<<<<, tells it: ======= alone may be a
		// heading's underline in a text of several lines (review).
		if isConflictMarker([]byte(l), '<') {
			return "; " + conflictMessage
		}
	}
	if q, ok := strings.CutPrefix(perr.Message, "unexpected EOF; expected "); ok && (q == `'"""'` || q == `"'''"`) {
		// Text of several lines without its closing quotes (QA: the
		// parser's words alone, at the opening ones or at the end).
		q = q[1 : len(q)-1]
		opened := 0
		for i, l := range lines[:min(line, len(lines))] {
			if strings.Count(l, q)%2 == 1 {
				if opened == 0 {
					opened = i + 1
				} else {
					opened = 0
				}
			}
		}
		if opened == 0 {
			return ""
		}
		return fmt.Sprintf("; the text that begins with %s on line %d is not closed: write %s right after its last word", q, src.FrontLine+opened-1, q)
	}
	if of.config && strings.TrimSpace(lines[line-1]) == "+++" {
		// Written as a content file's front matter is (QA: the parser's
		// words alone, "expected '.' or '=', but got '+'").
		return "; " + ConfigFile + " is TOML alone: remove the +++ lines, which only a content file has around its front matter"
	}
	if strings.HasSuffix(perr.Message, "control characters: '0x0d'") {
		// A line ended by CR alone, the old Mac OS's, in a file of LF
		// lines (a line pasted from an old file), which editors show as
		// two lines: the hint for the value before it was no help (QA:
		// "submitted is a date" at a date written right).
		return "; here is a CR alone, the line ending of the old Mac OS, in a file whose lines end otherwise; editors show it as a line break, TOML does not read one: save the file with one kind of line endings (LF or CRLF)"
	}
	if key, _ := nextKey(lines[line-1], perr); key != "" {
		return fmt.Sprintf("; TOML takes one key per line: put %s = … on a line of its own", key)
	}
	if key, value, at := escapeAt(lines[line-1], perr); at >= 0 {
		fixed := escaped(value)
		if start, in := pathStart(value), at-strings.LastIndex(lines[line-1], value); start >= 0 && in >= start && fixed != clip(fixed) {
			// A path in a long text: the path, which clip would cut off.
			path := value[start:pathEnd(value, start, in)]
			return fmt.Sprintf(`; a \ in text between double quotes begins a sign such as \n (a new line): write a backslash as \\: %s`, escaped(path))
		}
		return fmt.Sprintf(`; a \ in text between double quotes begins a sign such as \n (a new line): write a backslash as \\: %s = %s`, key, clip(fixed))
	}
	if h := unclosedHint(lines, line, src.FrontLine, perr); h != "" {
		return h
	}
	if h := inlineHint(lines, line, perr, of.model); h != "" {
		return h
	}
	if key, value, at := excelText(lines[line-1], perr); at >= 0 {
		if textKey(tableOf(lines, line), key) {
			return fmt.Sprintf("; text is written in double quotes: %s = %q", key, clip(value))
		}
		if n, ok := plainNumber(value); ok {
			value = n // '3,5
		}
		return fmt.Sprintf("; this ' is Excel's mark for a cell kept as text: write %s = %s", key, clip(value))
	}
	if l, c := lines[line-1], perr.Position.Col; c >= 1 && c <= len(l) && (l[c-1] == ']' || l[c-1] == '}') && strings.HasPrefix(perr.Message, "expected a top-level item to end with") {
		// tags = ["a", "b"]]: one more than is open (QA: the parser's
		// words alone).
		return fmt.Sprintf("; this %c closes nothing that is open: remove it: %s", l[c-1], clip(strings.TrimSpace(l[:c-1]+l[c:])))
	}
	if l, c := lines[line-1], perr.Position.Col; c >= 1 && c <= len(l) && (l[c-1] == ';' || l[c-1] == ',') {
		// A line ended as in a program, or as an item of a list (QA: the
		// parser's words alone), before a comment too: the parser's
		// column is past the value, which may hold a ; or a # of its own.
		if rest := strings.TrimSpace(l[c:]); rest == "" || rest[0] == '#' {
			if g := pair.FindStringSubmatch(l[:c-1]); g != nil {
				return fmt.Sprintf("; a line ends after its value, without %c: %s = %s", l[c-1], g[1], g[2])
			}
		}
	}
	if g := pair.FindStringSubmatch(lines[line-1]); g != nil && g[1] == "period" && (of.config || of.kind == KindObjective) && tableOf(lines, line) == "" {
		value, _, _ := strings.Cut(g[2], " #")
		if h := periodHint(strings.TrimSpace(value), of.period); h != "" {
			return h // before valueHint's, for 2027 Q1
		}
	}
	if h := valueHint(src.Front, line, of.model); h != "" {
		return h
	}
	if h := invisibleHint(perr.Message); h != "" {
		return h
	}
	if l, c := lines[line-1], perr.Position.Col; c > 1 && c <= len(l) && (l[c-1] == '(' || l[c-1] == '?' || strings.HasPrefix(l[c-1:], "--")) && strings.HasPrefix(perr.Message, "expected a top-level item to end with") {
		// A note after a whole value, as a sheet's cell or a mail has
		// one: value = 5 (geschätzt), author = "Anna" -- Vertrieb (QA:
		// the parser's words alone, or draft = true (bis Freigabe) told
		// to quote it all, a text where draft takes true or false).
		if g := pair.FindStringSubmatch(l[:c-1]); g != nil && g[2] != "" {
			note := strings.TrimSpace(l[c-1:])
			if inner := strings.Trim(note, "()- "); inner != "" {
				note = inner
			}
			return fmt.Sprintf("; a note after a value is written after a #, as a comment: %s = %s # %s", g[1], g[2], clip(note))
		}
	}
	if h := syntaxHint(lines, line, src.FrontLine, perr.Message, of); h != "" {
		return h
	}
	if of.labels && strings.HasPrefix(perr.Message, "expected '.' or '='") {
		// Text without its key: there is no front matter to close.
		return "; every label is a line key = \"text\""
	}
	if !of.config && strings.HasPrefix(perr.Message, "expected '.' or '='") {
		// Text where a key belongs: the body's (review: not inside an
		// array or a string of several lines, which have other messages).
		return openFrontMatter(lines, line, src.FrontLine)
	}
	return ""
}

// hintFor is what a hint knows of the file besides its text: the kind of
// document it holds, or that it is fokus.toml (config), which has no
// front matter to close; the site's scoring model, on whose scale a
// score's input is told the number to write ("" when unknown); and the
// build's day, which a date in words is told from (see vagueDate).
type hintFor struct {
	kind   Kind
	config bool
	labels bool // a theme's strings file (see DecodeTOML): TOML alone, a label a line
	model  string
	today  time.Time
	period string // the current period, as fokus.toml writes it ("" when it names none)
}

// A quarter, half or tertial (four months) with the year before or after
// it, upper-cased: "2026-Q4", "2026 Q4", "2026Q4", "Q4 2026", "Q4/2026",
// "2026-H2", "2026-T3".
var (
	yearPartForm = regexp.MustCompile(`^(\d{4})[-/ ]?([QHT])(\d)$`)
	partYearForm = regexp.MustCompile(`^([QHT])(\d)[-/ ]?(\d{4})$`)
)

// YearAndPart splits n, a period's name upper-cased, "2026-Q4" or "Q4
// 2026", into 2026, "Q" and 4. The hint for a period without quotes reads
// it as the site does.
func YearAndPart(n string) (year int, part string, num int, ok bool) {
	if m := yearPartForm.FindStringSubmatch(n); m != nil {
		year, _ = strconv.Atoi(m[1])
		return year, m[2], int(m[3][0] - '0'), true
	}
	if m := partYearForm.FindStringSubmatch(n); m != nil {
		year, _ = strconv.Atoi(m[3])
		return year, m[1], int(m[2][0] - '0'), true
	}
	return 0, "", 0, false
}

// periodHint is the hint for value, a period written without quotes,
// when it names a quarter, half or tertial: in quotes, as fokus.toml writes
// the current period where it is that one, or else year first, as the
// spec writes one, where value writes it another way (QA: period =
// Q1/2027 was told "Q1/2027", which the site then warned to write as
// "2027-Q1"). It is "" for another value.
func periodHint(value, current string) string {
	year, part, num, ok := YearAndPart(strings.ToUpper(value))
	if !ok || num < 1 || num > map[string]int{"Q": 4, "H": 2, "T": 3}[part] {
		return ""
	}
	if y, p, n, ok := YearAndPart(strings.ToUpper(current)); ok && y == year && p == part && n == num {
		return fmt.Sprintf("; text is written in double quotes, and this period as fokus.toml writes the current one: period = %q", current)
	}
	if form := fmt.Sprintf("%d-%s%d", year, part, num); form != value {
		return fmt.Sprintf("; text is written in double quotes, and %s year first: period = %q", map[string]string{"Q": "a quarter", "H": "a half-year", "T": "a tertial"}[part], form)
	}
	return ""
}

var (
	// A key and its value as people write them before they know TOML.
	colonPair    = regexp.MustCompile(`^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$`)
	bulleted     = regexp.MustCompile(`^\s*([•·▪◦‣*-]|\d{1,2}[.)])[ \t]+([A-Za-z_][\w.-]*\s*=.*)$`)
	cellPair     = regexp.MustCompile(`^\s*([a-z_]+)[ \t]+((?:["'\[{\d-]|true\b|false\b).*?)\s*$`) // a value, not a word of prose
	jsonPair     = regexp.MustCompile(`^\s*"([A-Za-z_][\w-]*)"\s*:\s*(.*?),?\s*$`)
	blockScalar  = regexp.MustCompile(`^[|>][-+]?\d?$`)
	nullWord     = regexp.MustCompile(`(?i)^(?:null|nil|none|~|undefined)$`)
	colonEquals  = regexp.MustCompile(`^\s*([A-Za-z_][\w.-]*)\s*:\s*=\s*(.*?)\s*$`)
	umlautKey    = regexp.MustCompile(`^\s*([\pL\d_-]*[^\x00-\x7f][\pL\d_-]*)\s*=`)
	spacedKey    = regexp.MustCompile(`^\s*([A-Za-z_][\w-]*(?:[ \t]+[\w-]+)+)\s*=`)
	spacedHeader = regexp.MustCompile(`^\s*(\[\[?)\s*([A-Za-z_][\w.-]*(?:[ \t]+[\w.-]+)+)\s*\]`)
	pair         = regexp.MustCompile(`^\s*([\w.-]+)\s*=\s*(.*?)\s*$`)
	nextPair     = regexp.MustCompile(`^[ \t,;]*([A-Za-z_][\w.-]*|"[^"]*")\s*=`)
	dateThenKey  = regexp.MustCompile(`^\s*[\w.-]+\s*=\s*\d{4}-\d\d-\d\d[ \t]+([A-Za-z_"])`)
	bareYesNo    = regexp.MustCompile(`(?i)^(yes|no|ja|nein|wahr|falsch|on|off|y|n|true|false)$`)
	bareWord     = regexp.MustCompile(`^\pL`)
)

// nextKey finds a second key on the line l of a parser's error, joined
// to the first as in a program or a table's cell (tags = ["a"]; teams =
// ["b"], title = "X", submitted = …), which the parser's words alone did
// not tell (QA: "but got ';'"). It returns the key and the column (in
// bytes, from 1) where the line is to be broken, or "" and 0. The parser
// stops where the first value ends, so the rest of the line from there
// tells it: a ; inside a string or a comment after a value is no error,
// and never comes here. A space after a date is read as the one before a
// time, so there the parser speaks of a date (2026-11-20TT).
func nextKey(l string, perr toml.ParseError) (string, int) {
	col := perr.Position.Col
	switch {
	case strings.HasPrefix(perr.Message, "expected a top-level item to end with"):
	case strings.HasPrefix(perr.Message, "invalid datetime"):
		g := dateThenKey.FindStringSubmatchIndex(l)
		if g == nil {
			return "", 0
		}
		col = g[2] + 1
	default:
		return "", 0
	}
	if col < 1 || col > len(l) {
		return "", 0
	}
	if g := nextPair.FindStringSubmatch(l[col-1:]); g != nil {
		return g[1], col
	}
	return "", 0
}

// markCol is the column (in bytes, from 1) of line l to point at for the
// parser's error perr: where its hint says the mistake is, when that is
// not where the parser stopped (see nextKey, escapeAt).
func markCol(l string, perr toml.ParseError) int {
	if _, col := nextKey(l, perr); col > 0 {
		return col
	}
	if g := bulleted.FindStringSubmatchIndex(l); g != nil && strings.HasPrefix(perr.Message, "expected '.' or '='") {
		return g[2] + 1 // the bullet, where the parser counts on past it
	}
	if _, _, at := escapeAt(l, perr); at >= 0 {
		return at + 1
	}
	if _, _, at := excelText(l, perr); at >= 0 {
		return at + 1
	}
	return perr.Position.Col
}

// excelText finds a number or a date on line l written after an
// apostrophe alone ('3, '2026-11-26), as Excel marks a cell's number kept
// as text and a sheet exported so writes it (QA: "strings cannot contain
// newlines", at the line's end). It returns the line's key, the value
// without the apostrophe, and the apostrophe's index in l, or -1.
func excelText(l string, perr toml.ParseError) (key, value string, at int) {
	if !strings.HasPrefix(perr.Message, "strings cannot contain newlines") {
		return "", "", -1
	}
	g := pair.FindStringSubmatchIndex(l)
	if g == nil || !strings.HasPrefix(l[g[4]:], "'") {
		return "", "", -1
	}
	value = strings.TrimSpace(l[g[4]+1 : g[5]])
	if v, _, ok := strings.Cut(value, " #"); ok {
		value = strings.TrimSpace(v)
	}
	if !numberLike.MatchString(value) || strings.ContainsAny(value, "' ") {
		return "", "", -1
	}
	return l[g[2]:g[3]], value, g[4]
}

// escapeAt finds a backslash in the text between double quotes on line l
// that begins no sign TOML knows, as in a Windows path ("C:\Users\anna",
// QA: "expected eight hexadecimal digits after '\U'", at the text's start).
// It returns the line's key and value and the backslash's index in l, or -1.
func escapeAt(l string, perr toml.ParseError) (key, value string, at int) {
	if !strings.Contains(perr.Message, "escape") && !strings.Contains(perr.Message, "hexadecimal digits after '\\") {
		return "", "", -1
	}
	g := pair.FindStringSubmatchIndex(l)
	if g == nil || !strings.HasPrefix(l[g[4]:], `"`) || strings.HasPrefix(l[g[4]:], `"""`) {
		return "", "", -1
	}
	for i := g[4] + 1; i < len(l) && l[i] != '"'; i++ {
		if l[i] != '\\' {
			continue
		}
		if n := escapeLen(l[i:]); n > 0 {
			i += n - 1
			continue
		}
		return l[g[2]:g[3]], l[g[4]:g[5]], i
	}
	return "", "", -1
}

// escapeLen is the length of the sign that the backslash s begins with
// writes (\n, \", \u00e4), or 0 when it writes none.
func escapeLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	hex := func(n int) int {
		if len(s) < 2+n {
			return 0
		}
		if _, err := strconv.ParseUint(s[2:2+n], 16, 64); err != nil {
			return 0
		}
		return 2 + n
	}
	switch s[1] {
	case 'b', 't', 'n', 'f', 'r', 'e', '"', '\\':
		return 2
	case 'u':
		return hex(4)
	case 'U':
		return hex(8)
	}
	return 0
}

// escaped is a value between double quotes with each backslash that
// begins no sign written \\, as TOML reads a backslash, and each of a
// Windows path (see pathStart) but \\, which writes one already: the \n
// of C:\neu\plan is the path's too (QA: told to write C:\neu\\plan).
func escaped(value string) string {
	var b strings.Builder
	start := pathStart(value)
	for i := 0; i < len(value); i++ {
		if start >= 0 && i >= start && value[i] == '\\' {
			if n := escapeLen(value[i:]); n == 2 && value[i+1] == '\\' && (i > start || strings.HasPrefix(value[i:], `\\\\`)) {
				b.WriteString(`\\`) // one backslash, written right
				i++
				continue
			}
			if i == start && strings.HasPrefix(value[i:], `\\`) {
				b.WriteString(`\\\\`) // \\server, a server's name
				i++
				continue
			}
			b.WriteString(`\\`)
			continue
		}
		if value[i] == '\\' && i > 0 && i < len(value)-1 {
			if n := escapeLen(value[i:]); n > 0 {
				b.WriteString(value[i : i+n])
				i += n - 1
				continue
			}
			b.WriteString(`\\`)
			continue
		}
		b.WriteByte(value[i])
	}
	return b.String()
}

// inlineHint is the hint for a parser's error inside an inline table on
// line (from 1) of lines, written as people write a table before they know
// TOML's: its keys separated by ; or by nothing ({value = 1; job_size =
// 2}), a colon for = ({value: 1}, {"value": 1}) or == (QA: the parser's
// words alone, or the hint for an array, which quoted the table's words as
// its items). The table is shown as TOML writes it.
func inlineHint(lines []string, line int, perr toml.ParseError, model string) string {
	l := lines[line-1]
	g := pair.FindStringSubmatch(l)
	if g != nil && !strings.Contains(g[2], "{") && strings.HasPrefix(perr.Message, "expected a comma or an inline table terminator '}'") {
		// A line of a table over several lines, as TOML 1.1 lets one go.
		return "; an inline table separates its keys with commas, on each of its lines too"
	}
	if g == nil || !strings.Contains(g[2], "{") {
		return ""
	}
	if in, _ := nesting(l[:min(max(perr.Position.Col-1, 0), len(l))], '{'); in <= 0 {
		return "" // the mistake is not inside the braces
	}
	if !strings.Contains(perr.Message, "already") {
		if h := inlineItemHint(join(tableOf(lines, line), g[1]), l, perr.Position.Col, model); h != "" {
			return h
		}
	}
	var what string
	switch msg := perr.Message; {
	case strings.HasPrefix(msg, "expected a comma or an inline table terminator '}'"):
		what = "an inline table separates its keys with commas"
	case strings.HasPrefix(msg, "expected '.' or '='") && strings.Contains(msg, "got ':'"):
		what = "a key and its value are joined with =, in braces too"
	case strings.HasPrefix(msg, "expected value but found '='"):
		what = "a key and its value are joined with one ="
	case strings.HasPrefix(msg, "expected value but found ','"), strings.HasPrefix(msg, "expected value but found '}'"):
		// {value = , job_size = 2}: an empty cell of a sheet.
		if k := emptyKey.FindStringSubmatch(l[:min(max(perr.Position.Col-1, 0), len(l))]); k != nil {
			return "; " + unknownValue(g[1], k[1], "a value after =")
		}
		return ""
	default:
		return ""
	}
	if fixed := inlineTable(g[2]); utf8.RuneCountInString(fixed) <= 100 {
		return fmt.Sprintf("; %s: %s = %s", what, g[1], fixed)
	}
	return "; " + what
}

// inlineItemHint is the hint for the value of the item of an inline table
// in table that the parser stopped in at col (bytes, from 1) of line l, as
// for the same key = value on a line below [table]: score = {confidence =
// 80%, …} was told to separate its keys with commas, which it did (QA).
func inlineItemHint(table, l string, col int, model string) string {
	col = min(max(col-1, 0), len(l))
	start := strings.LastIndexAny(l[:col], "{,") + 1
	end := strings.IndexAny(l[col:], ",}")
	if end < 0 {
		end = len(l) - col
	}
	item := strings.TrimLeft(l[start:col+end], " \t")
	g := inlineKey.FindStringSubmatch(item)
	if g == nil || strings.Contains(g[0], ":") || strings.Contains(g[0], "==") {
		return "" // the mistake is how the key is joined to its value
	}
	key, value := strings.Trim(g[1], `"'`), strings.TrimSpace(item[len(g[0]):])
	if h := valueHint(fmt.Sprintf("[%s]\n%s = %s", table, key, value), 2, model); h != "" {
		return h
	}
	return numberHint(table, key, value, model)
}

// inlineTwice is the index in line l of the second key of an inline table
// that is named as the last part of key ("score.value"), or -1.
func inlineTwice(l, key string) int {
	if !strings.Contains(l, "{") {
		return -1
	}
	name := key[strings.LastIndex(key, ".")+1:]
	seen := false
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '"', '\'':
			i = stringEnd(l, i)
		case '{', ',':
			rest := strings.TrimLeft(l[i+1:], " \t")
			g := inlineKey.FindStringSubmatch(rest)
			if g == nil || strings.Trim(g[1], `"'`) != name {
				continue
			}
			if seen {
				return len(l) - len(rest)
			}
			seen = true
		}
	}
	return -1
}

// unclosedHint is the hint for a parser's error at the end of line (from
// 1) of lines, the last of an array or an inline table whose ] or } was
// left out (see unclosedAt). first is the file's line of the front
// matter's first line.
func unclosedHint(lines []string, line, first int, perr toml.ParseError) string {
	open := closing(perr.Message)
	if open == 0 {
		return ""
	}
	l := lines[line-1]
	if _, end := nesting(l, open); perr.Position.Col <= len(strings.TrimRight(l[:end], " \t")) {
		return "" // not at the line's end: a comma is missing
	}
	o := unclosed(lines, line, open)
	if o == 0 {
		return ""
	}
	close, after := "]", "its last item"
	if open == '{' {
		close, after = "}", "the table's last value"
	}
	if o < line {
		return fmt.Sprintf("; the %c on line %d is not closed: write %s at the end of this line, after %s", open, first+o-1, close, after)
	}
	g := pair.FindStringSubmatch(l)
	if fixed := ""; g != nil {
		if fixed = inlineTable(g[2]); utf8.RuneCountInString(fixed) <= 100 {
			return fmt.Sprintf("; the %c on this line is not closed: write %s after %s: %s = %s", open, close, after, g[1], fixed)
		}
	}
	return fmt.Sprintf("; the %c on this line is not closed: write %s after %s", open, close, after)
}

// closing is what the parser's message says is not closed: an array
// ('[') or an inline table ('{'), or 0.
func closing(msg string) byte {
	switch {
	case strings.HasPrefix(msg, "expected a comma or an inline table terminator '}'"):
		return '{'
	case strings.HasPrefix(msg, "expected a comma (',') or array terminator (']')"):
		return '['
	}
	return 0
}

// unclosedAt is the line and column (from 1) of lines to report a parser's
// error at when it is past an array or an inline table whose ] or } was
// left out: the end of the table's or array's last line, where the ] or }
// belongs. The parser reads such a one on over the lines below (an inline
// table as TOML 1.1 lets it) and stops at the next key or table, whose
// hint it got (QA: "yes and no are written true and false" at a draft =
// false below tags = ["a", "b"). It is 0, 0 for another error.
func unclosedAt(lines []string, perr toml.ParseError) (int, int) {
	open, line := closing(perr.Message), perr.Position.Line
	if open == 0 || line < 1 || line > len(lines) {
		return 0, 0
	}
	if strings.Contains(perr.Message, "got end of file") {
		// At the front matter's end, which the parser may count on the
		// line before (QA).
		line = len(lines) + 1
	} else if l := lines[line-1]; line < 2 || !pair.MatchString(l) && !tableHeader.MatchString(l) {
		// Not at a key or a table (the parser's column there is no help:
		// it counts on from the line before).
		return 0, 0
	}
	last := line - 1 // the last line with more than a comment on it
	for last > 1 && last <= len(lines) && strings.TrimSpace(lines[last-1][:codeEnd(lines[last-1], open)]) == "" {
		last--
	}
	if unclosed(lines, last, open) == 0 {
		return 0, 0
	}
	l := lines[last-1]
	return last, len(strings.TrimRight(l[:codeEnd(l, open)], " \t")) + 1
}

// tableHeader is a line that opens a table: [score], [[key_results]].
var tableHeader = regexp.MustCompile(`^\s*\[\[?\s*[\w."' -]+\]\]?\s*(?:#.*)?$`)

// codeEnd is where the comment of line l begins, or its length.
func codeEnd(l string, open byte) int {
	_, end := nesting(l, open)
	return end
}

// unclosed is the line (from 1) of lines that opens an array or inline
// table (open is '[' or '{') that is open at the end of line last, and
// that no line below closes, or 0.
func unclosed(lines []string, last int, open byte) int {
	depth := 0
	for i := last - 1; i >= 0 && i >= last-100; i-- {
		d, _ := nesting(lines[i], open)
		if depth += d; depth <= 0 {
			continue
		}
		for _, l := range lines[last:] {
			d, _ := nesting(l, open)
			depth += d
		}
		if depth > 0 {
			return i + 1
		}
		return 0
	}
	return 0
}

// stringEnd is the index in l of the quote that closes the string that
// the quote at i opens (a ' or a "), or len(l) when the line does not.
func stringEnd(l string, i int) int {
	c := l[i]
	for i++; i < len(l) && l[i] != c; i++ {
		if c == '"' && l[i] == '\\' {
			i++
		}
	}
	return min(i, len(l))
}

// nesting is how many brackets or braces (open is '[' or '{') line l
// opens, less those it closes, outside its strings and its comment, and
// the index where its comment begins (or its length).
func nesting(l string, open byte) (depth, end int) {
	close := byte(']')
	if open == '{' {
		close = '}'
	}
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '"', '\'':
			i = stringEnd(l, i)
		case open:
			depth++
		case close:
			depth--
		case '#':
			return depth, i
		}
	}
	return depth, len(l)
}

// emptyKey is a key of an inline table with = and no value after it, at
// the end of the text before the parser's error.
var emptyKey = regexp.MustCompile(`([A-Za-z0-9_-]+)\s*=\s*$`)

// inlineKey is a key at the start of an inline table's item, with what
// joins it to its value: = or, as YAML and JSON write it, a colon.
var inlineKey = regexp.MustCompile(`^([A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*|"[^"\\]*"|'[^']*')\s*(?:==?|:)\s*`)

// inlineTable is value, a key's value that is or holds inline tables, as
// TOML writes them: keys separated by commas where they are by ; or by
// nothing, joined to their values by = where by a colon, a quoted key
// without its quotes where it needs none, and closed where they are not.
// What follows the value (a comment) is left out.
func inlineTable(value string) string {
	var b []byte
	var open []byte // the brackets and braces open at i
	key := false    // in braces, where a key begins
	sep := func() {
		b = append(bytes.TrimRight(b, " \t"), ", "...)
		key = true
	}
scan:
	for i := 0; i < len(value); i++ {
		inTable := len(open) > 0 && open[len(open)-1] == '{'
		if inTable && key {
			for i < len(value) && (value[i] == ' ' || value[i] == '\t') {
				i++
			}
			key = false
			if g := inlineKey.FindStringSubmatch(value[i:]); g != nil {
				k := g[1]
				if q := strings.Trim(k, `"'`); q != k && bareKey.MatchString(q) {
					k = q
				}
				b = append(b, k+" = "...)
				i += len(g[0]) - 1
				continue
			}
			if i == len(value) {
				break scan
			}
		}
		switch c := value[i]; {
		case c == '"' || c == '\'':
			end := min(stringEnd(value, i)+1, len(value))
			b = append(b, value[i:end]...)
			i = end - 1
		case c == '{' || c == '[':
			open = append(open, c)
			b = append(b, c)
			key = c == '{'
		case c == '}' || c == ']':
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
			b = append(bytes.TrimRight(b, " \t,"), c) // {value = 1;}: no comma before the end
			if len(open) == 0 {
				return string(b)
			}
		case inTable && (c == ';' || c == ','):
			sep()
		case inTable && (c == ' ' || c == '\t'):
			rest := strings.TrimLeft(value[i:], " \t")
			if rest != "" && (bareWord.MatchString(rest) || rest[0] == '_' || rest[0] == '"') && inlineKey.MatchString(rest) {
				sep() // a comma left out between two keys
				i = len(value) - len(rest) - 1
				continue
			}
			b = append(b, c)
		case c == '#':
			break scan // a comment, after a table left open too
		default:
			b = append(b, c)
		}
	}
	b = bytes.TrimRight(b, " \t,")
	for i := len(open) - 1; i >= 0; i-- {
		b = append(b, map[byte]byte{'{': '}', '[': ']'}[open[i]])
	}
	return string(b)
}

// bareKey is a key that TOML reads without quotes.
var bareKey = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

// syntaxHint says how to write a line that is no TOML yet: a colon for =,
// a key with spaces, text without quotes or in typographic ones, yes and no,
// an array of bare words or without commas, a key set twice. first is the
// file's line of the front matter's first line.
func syntaxHint(lines []string, line, first int, msg string, of hintFor) string {
	l := lines[line-1]
	if key, ok := strings.CutPrefix(msg, "Key '"); ok && strings.HasSuffix(msg, "has already been defined.") {
		key, _, _ = strings.Cut(key, "'")
		if inlineTwice(lines[line-1], key) >= 0 {
			return fmt.Sprintf("; %s is set twice in these braces: set each key once", key[strings.LastIndex(key, ".")+1:])
		}
		if h := inlineAgain(lines, line, first, key); h != "" {
			return h
		}
		if at := firstSet(lines, line, key); at > 0 {
			return fmt.Sprintf("; it is set on line %d already: set each key once", first+at-1)
		}
		if at := headerLine(lines, line, func(h string) bool { return h == "["+key+"]" }); at > 0 {
			if arrayTables[key] {
				// Two key results in single brackets: they are two, not
				// one table to merge (review: told to remove this one).
				return fmt.Sprintf("; lines %d and %d write [%s] with single brackets: each of several is written [[%s]], with two on each side", first+at-1, first+line-1, key, key)
			}
			// A table written twice (QA: a [decision] added below the
			// first for its revisit date got the parser's words alone).
			return fmt.Sprintf("; [%s] is written on line %d already: write all its keys below that line, and remove this one", key, first+at-1)
		}
		return ""
	}
	if key, ok := strings.CutPrefix(msg, "Key '"); ok && strings.HasSuffix(msg, "cannot be used as an array.") {
		// [[key_results]] after a table that made key_results one: a
		// check-in written above its key result, or [key_results] with
		// single brackets (QA: the parser's words alone).
		key, _, _ = strings.Cut(key, "'")
		if at := headerLine(lines, line, func(h string) bool { return h == "["+key+"]" }); at > 0 {
			return fmt.Sprintf("; line %d writes [%s] with single brackets: each of several is written [[%s]], the first one too", first+at-1, key, key)
		}
		if at := headerLine(lines, line, func(h string) bool { return strings.HasPrefix(h, "[["+key+".") }); at > 0 {
			return fmt.Sprintf("; the %s on line %d comes before any [[%s]]: write it below the [[%s]] it belongs to", strings.TrimSpace(lines[at-1]), first+at-1, key, key)
		}
		if at, written := setTo(lines, line, key, '['); at > 0 {
			// key_results = [{…}] and then [[key_results]]: the list in
			// brackets holds all of them (QA: the parser's words alone).
			return fmt.Sprintf("; %s is set on line %d already, as a list in brackets, which holds all its tables: write each as a [[%s]] with its keys below it, and remove line %d", written, first+at-1, key, first+at-1)
		}
		return ""
	}
	if t := strings.TrimSpace(l); strings.HasPrefix(t, "//") || strings.HasPrefix(t, ";") {
		// A comment as JavaScript and Word macros write it, or an INI
		// file (QA: told to close the front matter above it).
		mark := "//"
		if t[0] == ';' {
			mark = ";"
		}
		return fmt.Sprintf("; a comment begins with #, not %s: # %s", mark, strings.TrimSpace(strings.TrimLeft(t, "/;")))
	}
	if h := arrayLineHint(lines, line, first, msg); h != "" {
		return h
	}
	if g := bulleted.FindStringSubmatch(l); g != nil && strings.HasPrefix(msg, "expected '.' or '='") {
		// A list of Word or of Markdown, pasted (QA: the parser's
		// words alone).
		return fmt.Sprintf("; a line of TOML begins with its key, without a bullet or a number before it: %s", clip(strings.TrimSpace(g[2])))
	}
	if g := cellPair.FindStringSubmatch(l); g != nil && !strings.Contains(l, "=") && fokusKey(g[1]) && strings.HasPrefix(msg, "expected '.' or '='") {
		// Two cells of a sheet, pasted: the key, a tab, the value (QA:
		// told to close the front matter above it).
		return fmt.Sprintf("; a key and its value are joined with =: %s = %s", g[1], yamlValue(lines, line, g[1], g[2]))
	}
	if g := colonEquals.FindStringSubmatch(l); g != nil {
		// title: = "X", or := as Go and Pascal write it (QA: the
		// parser's words alone).
		return fmt.Sprintf("; a key and its value are joined with = alone: %s = %s", g[1], clip(g[2]))
	}
	g := colonPair.FindStringSubmatch(l)
	if g == nil {
		g = jsonPair.FindStringSubmatch(l) // "author": "Anna", as JSON writes it
	}
	if g != nil && !strings.Contains(l, "=") && blockScalar.MatchString(g[2]) {
		// YAML's rationale: | with its lines indented below (QA: told
		// to write rationale = "|").
		return fmt.Sprintf(`; a key and its value are joined with =, and text of several lines is written between three double quotes: %s = """ on this line, the text on the lines below it, and """ after its last word`, g[1])
	}
	if g != nil && !strings.Contains(l, "=") {
		if g[2] == "" && line < len(lines) && yamlNested.MatchString(lines[line]) {
			// A table as YAML writes it, its keys indented below
			// (QA: told decision = "…").
			if arrayTables[g[1]] {
				return fmt.Sprintf("; each of several tables is written [[%s]] on a line of its own, with its keys below it as key = value", g[1])
			}
			return fmt.Sprintf("; a table is written [%s] on a line of its own, with its keys below it as key = value", g[1])
		}
		return fmt.Sprintf("; a key and its value are joined with =, not a colon: %s = %s", g[1], yamlValue(lines, line, g[1], g[2]))
	}
	if g := umlautKey.FindStringSubmatch(l); g != nil && strings.Contains(msg, "expected '.' or '='") {
		// begründung = "…", as the German site labels it.
		if en := germanKeys[strings.ToLower(g[1])]; en != "" {
			return fmt.Sprintf("; keys are written in English, as fokus names them: %s", en)
		}
		return "; a key is written with the letters a to z, digits, _ and - only, without ä, ö or ü"
	}
	if g := spacedKey.FindStringSubmatch(l); g != nil {
		return fmt.Sprintf("; a key has no spaces: %s", strings.Join(strings.Fields(g[1]), "_"))
	}
	if g := spacedHeader.FindStringSubmatch(l); g != nil && strings.HasPrefix(msg, "expected '.' or ']' to end table name") {
		// [[Key Results]], as a heading writes it (QA: the parser's
		// words alone); fokus's tables are named in small letters.
		parts := strings.Split(g[2], ".")
		for i, p := range parts {
			parts[i] = strings.ToLower(strings.Join(strings.Fields(p), "_"))
		}
		return fmt.Sprintf("; a table's name has no spaces: %s%s%s", g[1], strings.Join(parts, "."), strings.ReplaceAll(g[1], "[", "]"))
	}
	g = pair.FindStringSubmatch(l)
	if g == nil {
		return ""
	}
	key, value := g[1], g[2]
	if items := yamlItems(lines, line); value == "" && len(items) > 0 {
		// A list as YAML writes it, an item a line (QA: told to leave
		// the line out until it is known).
		return fmt.Sprintf("; a list is written in square brackets on its key's line: %s = %s", key, arrayOf(strings.Join(items, ","), false))
	}
	if e := sheetError.FindString(value); e != "" {
		// #NV, as the cell showed it: no empty cell to leave out, but a
		// figure its formula failed to give (QA: told to leave the
		// line out, as for an empty cell).
		return "; " + failedFormula(e, tableOf(lines, line), key)
	}
	if value == "" || strings.HasPrefix(value, "#") {
		// An empty cell of a sheet, written as it was.
		return "; " + unknownValue(tableOf(lines, line), key, "a value after =")
	}
	if !strings.HasPrefix(value, `"`) && !strings.HasPrefix(value, "'") && !strings.HasPrefix(value, "[") && !opensTypographic(value) {
		// A comment after a value without quotes is no part of it (review:
		// "draft = yes # later" was told to write a string); "C# Kurs"
		// has no space before its #.
		if v, _, ok := strings.Cut(value, " #"); ok {
			value = strings.TrimSpace(v)
		}
	}
	if h := quotedItemsHint(tableOf(lines, line), key, value); h != "" {
		return h
	}
	for _, mark := range []string{"//", ";"} {
		// A ; after a whole value, not between an array's items.
		if strings.Contains(msg, "got '"+mark[:1]+"'") && (mark == "//" || strings.HasPrefix(msg, "expected a top-level item to end with")) {
			if v, comment, ok := strings.Cut(value, mark); ok && strings.TrimSpace(v) != "" {
				return fmt.Sprintf("; a comment begins with #, not %s: %s = %s # %s", mark, key, strings.TrimSpace(v), strings.TrimSpace(strings.TrimLeft(comment, mark[:1])))
			}
		}
	}
	if r, n := utf8.DecodeRuneInString(value); strings.ContainsRune("–—−", r) && numberLike.MatchString(value[n:]) {
		// –3, as Word sets a minus (QA: the parser's words alone).
		return fmt.Sprintf("; a minus is written -, not %c: %s = -%s", r, key, clip(value[n:]))
	}
	if g := looseNumber.FindStringSubmatch(value); g != nil {
		// .5, 3. and 03, as a sheet or a calculator writes them (QA:
		// the parser's words alone).
		n, _ := strconv.ParseFloat(value, 64)
		return fmt.Sprintf("; TOML writes this number so: %s = %s", key, strconv.FormatFloat(n, 'f', -1, 64))
	}
	if strings.HasPrefix(msg, "expected value but found '='") && formula.MatchString(value) {
		// A cell's formula, copied with it (=SUMME(B2:B4)): told to write
		// it after one =, it was the next error.
		return fmt.Sprintf("; this is a sheet's formula, which TOML does not compute: write the figure it gives, such as %s = %s", key, example(tableOf(lines, line), key))
	}
	if strings.HasPrefix(msg, "expected value but found '='") && strings.HasPrefix(value, "=") {
		// == as a program compares (QA: the parser's words alone).
		return fmt.Sprintf("; a key and its value are joined with one =: %s = %s", key, clip(strings.TrimSpace(strings.TrimLeft(value, "="))))
	}
	if nullWord.MatchString(value) {
		// YAML's ~ and null, Python's None (QA: told to quote it, or
		// to write an example day).
		return "; TOML has no null for no value: " + unknownValue(tableOf(lines, line), key, "a value")
	}
	full := value
	value = clip(value)
	if h := numberHint(tableOf(lines, line), key, value, of.model); h != "" {
		return h
	}
	if h := dateHint(tableOf(lines, line), key, value, of.today); h != "" {
		return h
	}
	switch {
	case strings.HasPrefix(value, "[") && opensTypographic(strings.TrimLeft(value[1:], " \t")):
		// tags = [„crm“, „leads“], as Word sets quotes (QA: the parser's
		// words alone).
		return fmt.Sprintf("; text is written between straight double quotes (\"), not typographic ones: %s = %s", key, typographicQuotes.Replace(value))
	case opensTypographic(value):
		return fmt.Sprintf("; text is written between straight double quotes (\"), not typographic ones: %s = %s", key, straightQuotes(value))
	case bareYesNo.MatchString(value):
		return fmt.Sprintf("; yes and no are written true and false, in small letters: %s = %t", key, yes(value))
	case strings.HasPrefix(value, "["):
		if strings.Contains(msg, "expected a comma") {
			return fmt.Sprintf("; the items of an array are separated by commas: %s = %s", key, arrayOf(value, true))
		}
		if inner := strings.TrimSpace(strings.Trim(value, "[] \t")); inner != "" && bareWord.MatchString(inner) || strings.HasPrefix(msg, `expected value but found "`) {
			// A word without quotes, first or after quoted ones (QA:
			// ["a", launch] got the parser's words alone).
			return fmt.Sprintf("; text in an array is written in double quotes too: %s = %s", key, arrayOf(value, false))
		}
	case strings.HasPrefix(full, `"`) && !strings.HasPrefix(full, `"""`) && strings.Count(full, `"`)%2 == 1 && continuesOn(lines, line):
		// A rationale pasted with its line breaks (QA: told to end the
		// text on its first line).
		return fmt.Sprintf(`; text of several lines begins and ends with three double quotes: %s = """%s … """`, key, strings.TrimPrefix(value, `"`))
	case strings.HasPrefix(full, `"`) && strings.Count(full, `"`)%2 == 1:
		return fmt.Sprintf("; text ends with a double quote too: %s = %s\"", key, strings.TrimRight(value, `"`))
	case strings.HasPrefix(full, "'") && strings.Count(full, "'") == 1:
		return fmt.Sprintf("; text ends with a quote too: %s = %s'", key, value)
	case len(full) > 2 && strings.HasPrefix(full, `"`) && strings.HasSuffix(full, `"`) && strings.Count(full, `"`) > 2:
		// Quotes inside the text, as pasted (QA: "Der "Pilot" war gut"
		// got the parser's words alone).
		inner := strings.ReplaceAll(full[1:len(full)-1], `"`, `\"`)
		if utf8.RuneCountInString(inner) > 60 {
			return `; a double quote inside text is written \" (\"like this\")`
		}
		return fmt.Sprintf(`; a double quote inside text is written \": %s = "%s"`, key, inner)
	case len(full) > 2 && strings.HasPrefix(full, "'") && strings.Count(full, "'") > 2:
		// 'Tom's idea': an apostrophe ends text between single quotes.
		return fmt.Sprintf("; text with an apostrophe is written between double quotes: %s = %s", key, strconv.Quote(clip(strings.TrimSuffix(full[1:], "'"))))
	case key == "status" && of.kind == KindIdea && tableOf(lines, line) == "" && statusFor(value) != "" && statusFor(value) != value:
		// status = Accepted, or in Arbeit: quoted as written, it would be
		// the next error (QA). An objective or a team has no status
		// (review: status = Done in an objective was told "done", which
		// then is an unknown key).
		return fmt.Sprintf("; a status is written in double quotes, with fokus's name for it: status = %q", statusFor(value))
	case key == "status" && (of.kind == KindObjective || of.kind == KindTeam) && tableOf(lines, line) == "":
		// Quoted, it is the next error: neither has a status (second
		// review: status = On Track was told to quote it).
		if of.kind == KindTeam {
			return "; a team has no status: remove this line"
		}
		return "; an objective has no status: its state is its key results' progress, with a confidence (0 to 1) on each key result; remove this line"
	case listKey(tableOf(lines, line), key) && foreignList(full):
		// tags = ("a", "b"), as Python writes a list, or {"a", "b"}
		// (QA: told tags = ["(", "a", "b", ")"], or the parser's words
		// alone).
		return fmt.Sprintf("; a list is written in square brackets: %s = %s", key, arrayOf(strings.TrimSpace(full[1:len(full)-1]), false))
	case listKey(tableOf(lines, line), key) && !strings.ContainsAny(value[:1], `"'[{`):
		// tags = crm, leads: quoted, it would be one text, the next error
		// (QA).
		return fmt.Sprintf("; a list is written in square brackets, each item in double quotes: %s = %s", key, arrayOf(value, false))
	case bareWord.MatchString(value):
		return fmt.Sprintf("; text is written in double quotes: %s = %s", key, quoted(value))
	case textKey(tableOf(lines, line), key) && !strings.ContainsAny(value[:1], `"'[{`):
		// unit = %, or € (QA: the parser's words alone).
		return fmt.Sprintf("; text is written in double quotes: %s = %s", key, quoted(value))
	}
	return ""
}

// fokusKey reports whether key is one that a file of fokus or one of its
// tables has.
func fokusKey(key string) bool {
	if _, ok := inputNames[key]; ok {
		return true
	}
	for _, keys := range tableKeys {
		if slices.Contains(keys, key) {
			return true
		}
	}
	return false
}

// listKey reports whether key in table holds a list of texts.
func listKey(table, key string) bool {
	switch table {
	case "":
		return key == "teams" || key == "tags" || key == "objectives" || key == "members"
	case "decision":
		return key == "stops"
	}
	return false
}

// arrayTables are the keys that fokus reads as arrays of tables, written
// [[key_results]]: one block for each of several.
var arrayTables = map[string]bool{"key_results": true, "key_results.checkins": true}

// yes reports whether a word that bareYesNo matches means yes.
func yes(word string) bool {
	word = strings.TrimSpace(word)
	return strings.Contains("yjtwo", strings.ToLower(word[:1])) && !strings.EqualFold(word, "off")
}

// continuesOn reports whether the text that line (from 1) opens and does
// not close goes on over the lines after it: a later line ends it with a
// double quote before the next key = value line or table.
func continuesOn(lines []string, line int) bool {
	for i := line; i < len(lines) && i < line+100; i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
		case strings.HasPrefix(t, "["), pair.MatchString(lines[i]) && !strings.HasSuffix(t, `"`):
			return false
		case strings.HasSuffix(t, `"`) && strings.Count(t, `"`)%2 == 1:
			return true
		}
	}
	return false
}

// openFrontMatter is the hint for a line of the body read as front matter:
// its closing +++ was left out, and the front matter runs on to a later
// +++. A heading of the body passes as a TOML comment, so the error is on
// the first line of text.
func openFrontMatter(lines []string, line, first int) string {
	l := strings.TrimSpace(lines[line-1])
	if l == "" || strings.Contains(l, "=") || strings.HasPrefix(l, "[") {
		return ""
	}
	last := 0 // the last line that is TOML: a key = value or a table
	for i := line - 2; i >= 0; i-- {
		if t := strings.TrimSpace(lines[i]); strings.Contains(t, "=") || strings.HasPrefix(t, "[") {
			last = i + 1
			break
		}
	}
	if last == 0 {
		return ""
	}
	return fmt.Sprintf("; this is no key = value line: if the front matter ends on line %d, close it there with a line +++", first+last-1)
}

// inlineAgain is the hint for key, a whole dotted key as the parser names
// it, set again where its table, or the table it is in, was written in
// braces above (score = {value = 3, job_size = 2}): braces hold all the
// keys of their table, so a [score] or a score.value = 2 below is a second
// definition (QA: the parser's words alone, or "it is set on line 4
// already" of a [score] that sets nothing twice). It is "" for another key.
func inlineAgain(lines []string, line, first int, key string) string {
	if strings.HasPrefix(strings.TrimSpace(lines[line-1]), "[") {
		if at, written := setTo(lines, line, key, '{'); at > 0 {
			return fmt.Sprintf("; %s is set as a table on line %d already, its keys in braces: write them below this [%s] instead, a key = value a line, and remove line %d", written, first+at-1, key, first+at-1)
		}
		return ""
	}
	for table := key; strings.Contains(table, "."); {
		table = table[:strings.LastIndexByte(table, '.')]
		if at, written := setTo(lines, line, table, '{'); at > 0 {
			if g := pair.FindStringSubmatch(lines[line-1]); g != nil && join(tableOf(lines, line), g[1]) == table {
				return fmt.Sprintf("; it is set on line %d already: set each key once", first+at-1) // score = {…} twice
			}
			name, _, _ := strings.Cut(key[len(table)+1:], ".")
			return fmt.Sprintf("; %s is set as a table on line %d already, its keys in braces, %s among them: set %s once, in those braces, and remove this line", written, first+at-1, name, name)
		}
	}
	return ""
}

// reopened finds a key set below a table written in braces, into that
// table: score = {value = 3, job_size = 2}, and further down
// score.time_criticality = 1. TOML closes a table with its brace, and
// every other reader refuses the key, but BurntSushi/toml takes it in
// without a word, so a misspelt one was told as an unknown input alone
// (QA). It returns the key's line and column (bytes, from 1) in front and
// the hint, or 0; first is the file's line of front's first. Only a front
// matter with a brace in it comes here.
func reopened(front string, first int) (line, col int, hint string) {
	// A path is a key's parts joined by a byte no key has: a quoted part
	// may hold a dot ("a.b" = {…} is no table a with b in it).
	const sep = "\x00"
	lines := strings.Split(front, "\n")
	table := ""
	braced := map[string]int{} // a table written in braces → its line
	for i := 0; i < len(lines); i++ {
		text := strings.TrimLeft(lines[i], " \t")
		if text == "" || text[0] == '#' {
			continue
		}
		path, value, keyLine := "", "", i
		if text[0] == '[' {
			table = strings.Join(splitKey(headerName(text)), sep)
			path = table
			if strings.HasPrefix(text, "[[") {
				// A new element of an array of tables: what the one
				// before wrote in braces is its own.
				for p := range braced {
					if strings.HasPrefix(p, table+sep) {
						delete(braced, p)
					}
				}
			}
		} else {
			eq := keyEnd(text)
			if eq < 0 {
				continue
			}
			path = strings.Join(splitKey(text[:eq]), sep)
			if table != "" {
				path = table + sep + path
			}
			value = strings.TrimSpace(text[eq+1:])
			at := i + 1
			// A value over several lines: its lines are no keys.
			if q := multiQuote(value); q != "" {
				for i++; i < len(lines) && !strings.Contains(lines[i], q); i++ {
				}
			} else {
				for depth := opens(value); depth > 0 && i+1 < len(lines); depth += opens(lines[i]) {
					i++
				}
			}
			if strings.HasPrefix(value, "{") {
				braced[path] = at
				continue
			}
		}
		for p := path; strings.Contains(p, sep); {
			p = p[:strings.LastIndex(p, sep)]
			at, ok := braced[p]
			if !ok {
				continue
			}
			at += first - 1
			written, rest := p, path[len(p)+1:]
			if text[0] != '[' && len(p) > len(table) && table != "" {
				written = p[len(table)+1:] // as its line writes it, in its table
			}
			written, rest = tomlKey(strings.Split(written, sep)), tomlKey(strings.Split(rest, sep))
			col := len(lines[keyLine]) - len(text) + 1
			if text[0] == '[' {
				return keyLine + 1, col, fmt.Sprintf("%s is set as a table on line %d already, its keys in braces, which hold all of them: write %s = {…} in those braces, with the keys below this line, and remove this line and them", written, at, rest)
			}
			if v, _, ok := strings.Cut(value, " #"); ok && !strings.ContainsAny(value[:1], `"'`) {
				value = strings.TrimSpace(v) // a comment is no part of it
			}
			return keyLine + 1, col, fmt.Sprintf("%s is set as a table on line %d already, its keys in braces, which hold all of them: write %s = %s in those braces, and remove this line", written, at, rest, clip(value))
		}
	}
	return 0, 0, ""
}

// tomlKey is the dotted key of parts as TOML writes it: a part in quotes
// where it is no bare key ("a.b", "Key Results").
func tomlKey(parts []string) string {
	for i, p := range parts {
		if !bareKey.MatchString(p) {
			parts[i] = strconv.Quote(p)
		}
	}
	return strings.Join(parts, ".")
}

// setTo is the first line (from 1) before line that sets key, a whole
// dotted key, to a value in braces or brackets (open is '{' or '['), and
// the key as that line writes it (in its table), or 0 and "".
func setTo(lines []string, line int, key string, open byte) (int, string) {
	table := ""
	for i := 0; i < line-1 && i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); strings.HasPrefix(t, "[") {
			table = headerName(t)
			continue
		}
		if g := pair.FindStringSubmatch(lines[i]); g != nil && strings.HasPrefix(g[2], string(open)) && join(table, g[1]) == key {
			return i + 1, g[1]
		}
	}
	return 0, ""
}

// firstSet is the line (from 1) before line where key is set in the same
// table, or 0.
func firstSet(lines []string, line int, key string) int {
	for i := line - 2; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, "[") {
			return 0
		}
		// The key as the line writes it: whole (score.value = …) or, in
		// its table, its last part (value = … under [score]).
		if k, _, ok := strings.Cut(t, "="); ok {
			if k = strings.Trim(strings.TrimSpace(k), `"'`); k == key || k == key[strings.LastIndex(key, ".")+1:] {
				return i + 1
			}
		}
	}
	return 0
}

// headerLine is the first line (from 1) before line whose table header,
// written without spaces, is one that is reports true for, or 0.
func headerLine(lines []string, line int, is func(header string) bool) int {
	for i := 0; i < line-1 && i < len(lines); i++ {
		h, _, _ := strings.Cut(lines[i], "#")
		if h = strings.Join(strings.Fields(h), ""); strings.HasPrefix(h, "[") && is(h) {
			return i + 1
		}
	}
	return 0
}

// opensTypographic reports whether value begins with a typographic quote
// („Anna“, “Anna”, «Anna»): an apostrophe inside the text (It’s) is none
// (review).
func opensTypographic(value string) bool {
	r, _ := utf8.DecodeRuneInString(value)
	return strings.ContainsRune("„“”‟«»‚‘’", r) // ’ first is a quote, as a Mac's keyboard sets one
}

// formula is a sheet's formula: =SUMME(B2:B4), =B2*C2.
var formula = regexp.MustCompile(`^=\s*(?:[A-Za-z][A-Za-z.]*\(|\$?[A-Za-z]{1,3}\$?\d)`)

// quotedItems is several texts in quotes, as a list of them is written
// without its brackets: "crm", "leads".
var quotedItems = regexp.MustCompile(`^"[^"]*"(?:\s*[,;]?\s*"[^"]*")+$`)

// quotedItemsHint is the hint for value, several texts in quotes, of key
// in table: tags = "crm", "leads", as two cells of a sheet are pasted, is a
// list, and author = "Anna", "Ben" one text (QA: told to write each quote
// inside one text as \", or a ; as a comment's #).
func quotedItemsHint(table, key, value string) string {
	if end := strings.LastIndexByte(value, '"'); end >= 0 && strings.HasPrefix(strings.TrimSpace(value[end+1:]), "#") {
		value = value[:end+1] // a comment after it
	}
	switch {
	case !quotedItems.MatchString(value):
	case listKey(table, key):
		return fmt.Sprintf("; a list is written in square brackets: %s = %s", key, arrayOf(value, false))
	case textKey(table, key):
		items := strings.Split(strings.Trim(arrayOf(value, false), "[]"), ", ")
		for i, item := range items {
			items[i], _ = strconv.Unquote(item)
		}
		return fmt.Sprintf("; %s takes one text: %s = %s", key, key, strconv.Quote(clip(strings.Join(items, ", "))))
	}
	return ""
}

// typographicQuotes writes the typographic double quotes of a list's items
// straight.
var typographicQuotes = strings.NewReplacer("„", `"`, "“", `"`, "”", `"`, "‟", `"`, "«", `"`, "»", `"`)

// straightQuotes writes value between straight quotes instead of its
// typographic ones, at its two ends only.
func straightQuotes(value string) string {
	_, first := utf8.DecodeRuneInString(value)
	value = value[first:]
	if r, last := utf8.DecodeLastRuneInString(value); strings.ContainsRune("“”‟«»‘’", r) {
		value = value[:len(value)-last]
	}
	return strconv.Quote(value)
}

// quoted is text as a TOML string, its comment left out.
func quoted(value string) string {
	if v, _, ok := strings.Cut(value, " #"); ok {
		value = v
	}
	return strconv.Quote(strings.Trim(strings.TrimSpace(value), `"`))
}

// yamlValue is the value of key on line (from 1) of lines, written after a
// colon as YAML and Hugo's front matter write it, as TOML writes it: a list
// in square brackets with its text in quotes (also one written an item a
// line below, or as words: tags: a, b), a date, number, true or false as
// it is, other text in double quotes (QA: tags: [a, b] was told to write
// tags = "[a, b]", and submitted: "2026-11-20" the quotes that are the
// next error).
func yamlValue(lines []string, line int, key, value string) string {
	table := tableOf(lines, line)
	// What follows the value is a comment: after its closing quote, or
	// after " #" where it has none.
	if q := value[:min(1, len(value))]; q == `"` || q == "'" {
		if end := strings.Index(value[1:], q); end >= 0 {
			value = value[:end+2]
		}
	} else if v, _, ok := strings.Cut(value, " #"); ok {
		value = strings.TrimSpace(v)
	}
	unquoted := strings.Trim(value, `"'`)
	switch {
	case value == "":
		if items := yamlItems(lines, line); len(items) > 0 {
			return arrayOf(strings.Join(items, ","), false)
		}
		return example(table, key)
	case strings.HasPrefix(value, "[") || listKey(table, key):
		return clip(arrayOf(value, false))
	case key == "draft" || key == "done":
		if bareYesNo.MatchString(unquoted) {
			return strconv.FormatBool(yes(unquoted))
		}
	case numberKey(table, key) && numberLike.MatchString(unquoted),
		isoDay.MatchString(unquoted) && !textKey(table, key):
		return clip(unquoted)
	case dateKey(table, key) && DateRewrite(unquoted) != "":
		// submitted: 26.11.2026 (QA: told to quote it, the next error).
		return DateRewrite(unquoted)
	case unquoted == value && !textKey(table, key):
		// A number without quotes is one in YAML too.
		if _, err := strconv.ParseFloat(value, 64); err == nil {
			return clip(value)
		}
	}
	return strconv.Quote(clip(unquoted))
}

// yamlNested is a line of a table as YAML writes it below its key:
// indented, as key: value or as an item of a list of them.
var yamlNested = regexp.MustCompile(`^[ \t]+(?:- )?[A-Za-z_][\w-]*\s*:`)

// isoDay is a value that begins as a TOML date does.
var isoDay = regexp.MustCompile(`^\d{4}-\d\d-\d\d`)

// yamlItems are the items of a list written below line (from 1) of lines
// as YAML writes them, "- item" a line, or none.
func yamlItems(lines []string, line int) []string {
	var items []string
	for _, l := range lines[line:] {
		item, ok := strings.CutPrefix(strings.TrimSpace(l), "- ")
		if !ok {
			break
		}
		items = append(items, strings.TrimSpace(item))
	}
	return items
}

// arrayOf is an array's items as TOML writes them: numbers as they are,
// text in quotes, separated by commas. Between items it takes a comma, a
// semicolon (as a sheet in German separates a list: QA, ["Anna"; "Ben"]
// was told to write ";" as an item) or nothing between quoted ones. spaced
// splits items without quotes at spaces too, where the commas between
// them are missing ([1 2 3]).
func arrayOf(value string, spaced bool) string {
	inner := strings.TrimSpace(strings.Trim(value, "[] \t"))
	stops := `,;"`
	if spaced {
		stops += " \t"
	}
	var items []string
	for inner != "" {
		switch c := inner[0]; {
		case c == '"':
			item, rest, _ := strings.Cut(inner[1:], `"`)
			items, inner = append(items, strconv.Quote(item)), rest
		case strings.IndexByte(",; \t", c) >= 0:
			inner = inner[1:]
		default:
			end := strings.IndexAny(inner, stops)
			if end < 0 {
				end = len(inner)
			}
			item := strings.TrimSpace(inner[:end])
			if _, err := strconv.ParseFloat(item, 64); err == nil {
				items = append(items, item)
			} else {
				items = append(items, strconv.Quote(item))
			}
			inner = inner[end:]
		}
	}
	return "[" + strings.Join(items, ", ") + "]"
}

// foreignList reports whether value is a list of items between brackets
// that are not TOML's, ( ) or { }: with no = in it, which would make
// braces an inline table.
func foreignList(value string) bool {
	if len(value) < 3 || strings.Contains(value, "=") {
		return false
	}
	first, last := value[0], value[len(value)-1]
	return first == '(' && last == ')' || first == '{' && last == '}'
}

// arrayLineHint is the hint for a line of an array written over several
// lines whose item the parser did not expect: the comma after the item
// on the line before is missing (QA: the parser's words alone). first is
// the file's line of the front matter's first line.
func arrayLineHint(lines []string, line, first int, msg string) string {
	if !strings.HasPrefix(msg, "expected a comma") || pair.MatchString(lines[line-1]) {
		return ""
	}
	for i := line - 2; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if before, _, ok := strings.Cut(t, " #"); ok {
			t = strings.TrimSpace(before)
		}
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if strings.HasSuffix(t, ",") || strings.HasSuffix(t, "[") {
			return ""
		}
		if _, value, ok := strings.Cut(t, "["); ok && pair.MatchString(t) {
			t = value
		}
		return fmt.Sprintf("; the items of an array are separated by commas: end line %d with a comma, after %s", first+i, clip(t))
	}
	return ""
}

// clip is a value to quote in a hint, cut short: the line may be megabytes
// long, and the parser's message quotes it already.
func clip(value string) string {
	if r := []rune(value); len(r) > 30 {
		return string(r[:20]) + "…"
	}
	return value
}

func pad2(s string) string { return strings.Repeat("0", 2-len(s)) + s }

// invisibleHint names the character the parser stopped at when it looks
// like a space or like nothing: the parser's '\u00a0' says nothing to
// someone who pasted a line from Word or Outlook (QA).
func invisibleHint(msg string) string {
	switch {
	case strings.Contains(msg, `'\u00a0'`), strings.Contains(msg, `'\u202f'`), strings.Contains(msg, `'\u2007'`):
		return "; here is a no-break space (as Word and Outlook paste them), which TOML does not read as a space: delete it and type a plain space"
	case strings.Contains(msg, `'\u200b'`), strings.Contains(msg, `'\u2060'`), strings.Contains(msg, `'\ufeff'`):
		return "; here is an invisible character (pasted with the text): delete it, or type the line again"
	}
	return ""
}

// germanDate, slashDate and shortDate are dates as people write them that
// TOML does not read: 03.11.2026 (or 03.11.26), 2026/11/03, and 2026-11-3
// without its zeros; commaNumber and percent are numbers so: 3,5 and 45%.
var (
	germanDate  = regexp.MustCompile(`=\s*(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\s*(?:#.*)?$`)
	slashDate   = regexp.MustCompile(`=\s*(\d{4})/(\d{1,2})/(\d{1,2})\s*(?:#.*)?$`)
	shortDate   = regexp.MustCompile(`=\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*(?:#.*)?$`)
	commaNumber = regexp.MustCompile(`=\s*(-?\d+),(\d+)\s*(?:#.*)?$`)
	// groupedNumber is a figure with separators between its thousands that
	// TOML does not read: 10'000, 1.500.000, 1,234.56, 10 000.
	groupedNumber = regexp.MustCompile(`=\s*([-+]?\d{1,3}(?:['’.,\x{a0}\x{202f} ]\d{3})+(?:[.,]\d+)?)\s*(?:#.*)?$`)
	percent       = regexp.MustCompile(`=\s*(-?\d+(?:[.,]\d+)?)\s*%\s*(?:#.*)?$`)
)

// dayMonthDate is 28/11/2026 (day first, as in Britain) or 11/28/2026
// (month first, as in the US).
var dayMonthDate = regexp.MustCompile(`=\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\s*(?:#.*)?$`)

// valueHint is what to add to a TOML syntax error on line (from 1) of text
// whose value is a date or a number written another way: how TOML writes
// it (QA: "3,5" and "45%" got the parser's message alone), on the scale of
// the site's scoring model for a score's input.
func valueHint(text string, line int, model string) string {
	lines := strings.Split(text, "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	if g := pair.FindStringSubmatch(lines[line-1]); g != nil && textKey(tableOf(lines, line), g[1]) && numberLike.MatchString(g[2]) {
		// door = 1 205: text, not a number to write another way (review).
		value := g[2]
		if v, _, ok := strings.Cut(value, " #"); ok {
			value = strings.TrimSpace(v)
		}
		return fmt.Sprintf("; text is written in double quotes: %s = %s", g[1], quoted(clip(value)))
	}
	if g := percent.FindStringSubmatch(lines[line-1]); g != nil {
		n := strings.Replace(g[1], ",", ".", 1)
		key, _, _ := strings.Cut(strings.TrimSpace(lines[line-1]), "=")
		// A key result's confidence is a fraction; a score's (RICE) is a
		// percentage, for which the plain number is the advice (QA: "80%"
		// in [score] was told 0.8, which the model then read as 0.8 %).
		f, _ := strconv.ParseFloat(n, 64)
		table, key := tableOf(lines, line), strings.TrimSpace(key)
		if b := beyondRange(table, key, model, scaled(table, key, model, f, true, false)); b != "" {
			return "; a number is written without %, and " + b // 150 %
		}
		switch inResult := strings.HasPrefix(table, "key_results"); {
		case inResult && key == "confidence":
			return fmt.Sprintf("; confidence is a fraction from 0 to 1: %s", strconv.FormatFloat(scaled(table, key, model, f, true, false), 'f', -1, 64))
		case inResult:
			return fmt.Sprintf("; a number is written without %%: %s, and a key result's unit = \"%%\" says what it counts", n)
		case table == "score" && model == "ice":
			// ICE rates from 1 to 10 (QA: told 80, then out of range).
			return fmt.Sprintf("; ICE rates from 1 to 10: %s = %s", key, strconv.FormatFloat(scaled(table, key, model, f, true, false), 'f', -1, 64))
		}
		return fmt.Sprintf("; a number is written without %%: %s", n)
	}
	if g := commaNumber.FindStringSubmatch(lines[line-1]); g != nil {
		if k := pair.FindStringSubmatch(lines[line-1]); k != nil && len(g[2]) != 3 {
			if f, _ := strconv.ParseFloat(g[1]+"."+g[2], 64); beyondRange(tableOf(lines, line), k[1], model, f) != "" {
				// confidence = 1,5: 1.5 is the next error.
				return "; decimals are written with a point, and " + beyondRange(tableOf(lines, line), k[1], model, f)
			}
		}
		if len(g[2]) == 3 {
			// 1,500: a thousand and a half in English, one and a half in German.
			f, _ := strconv.ParseFloat(g[1]+"."+g[2], 64)
			return fmt.Sprintf("; numbers are written without a thousands separator and with a decimal point: %s%s, or %s", g[1], g[2], strconv.FormatFloat(f, 'f', -1, 64))
		}
		return fmt.Sprintf("; decimals are written with a point: %s.%s", g[1], g[2])
	}
	if g := groupedNumber.FindStringSubmatch(lines[line-1]); g != nil {
		if n, ok := plainNumber(g[1]); ok {
			return fmt.Sprintf("; numbers are written without a thousands separator and with a decimal point: %s", n)
		}
	}
	var y, m, d string
	if g := germanDate.FindStringSubmatch(lines[line-1]); g != nil {
		d, m, y = g[1], g[2], g[3]
		if len(y) == 2 {
			y = "20" + y // 20.11.26
		}
	} else if g := slashDate.FindStringSubmatch(lines[line-1]); g != nil {
		y, m, d = g[1], g[2], g[3]
	} else if g := dayMonthDate.FindStringSubmatch(lines[line-1]); g != nil {
		if write := dayMonthWrite(g[1], g[2], g[3]); write != "" {
			return "; dates are written year-month-day with two digits each, without quotes: " + write
		}
		return ""
	} else if g := shortDate.FindStringSubmatch(lines[line-1]); g != nil && len(g[2]+g[3]) < 4 {
		y, m, d = g[1], g[2], g[3]
	} else if g := shortDate.FindStringSubmatch(lines[line-1]); g != nil {
		// Written right, but no day of the calendar: 2026-13-01, 2026-11-31.
		year, _ := strconv.Atoi(g[1])
		month, _ := strconv.Atoi(g[2])
		day, _ := strconv.Atoi(g[3])
		if month < 1 || month > 12 {
			return fmt.Sprintf("; a year has months 01 to 12, not %s", g[2])
		}
		if last := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day(); day < 1 || day > last {
			return fmt.Sprintf("; %s-%s has days 01 to %d, not %s", g[1], g[2], last, g[3])
		}
		return ""
	} else {
		return ""
	}
	return fmt.Sprintf("; dates are written year-month-day with two digits each, without quotes: %s-%s-%s", y, pad2(m), pad2(d))
}

// dayMonthWrite is what to write for a date written a/b/year: the date,
// day first where a is over 12 and month first where b is, or both
// readings where either may be the month (QA: 11/28/2026 got the parser's
// "got '/'" alone); "" for no day of the calendar either way.
func dayMonthWrite(a, b, y string) string {
	switch dates := dayMonthDates(a, b, y); len(dates) {
	case 1:
		return dates[0]
	case 2:
		return dates[0] + " if " + a + " is the day, " + dates[1] + " if it is the month"
	}
	return ""
}

// dayMonthDates is the date a/b/y means: one where a or b is over 12 (or
// both are the same), else day first and month first. A date that is no
// day of the calendar either way is none.
func dayMonthDates(a, b, y string) []string {
	if len(y) == 2 {
		y = "20" + y
	}
	year, _ := strconv.Atoi(y)
	first, _ := strconv.Atoi(a)
	second, _ := strconv.Atoi(b)
	var out []string
	for _, md := range [][2]int{{second, first}, {first, second}} {
		date := time.Date(year, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
		if md[0] < 1 || md[0] > 12 || date.Day() != md[1] {
			continue
		}
		if s := date.Format("2006-01-02"); len(out) == 0 || out[0] != s {
			out = append(out, s)
		}
	}
	return out
}

// tableOf is the name of the TOML table that line (from 1) of lines is in:
// "score", "key_results.checkins", or "" at the top.
func tableOf(lines []string, line int) string {
	for i := line - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if strings.HasPrefix(l, "[") {
			return headerName(l)
		}
	}
	return ""
}

// headerName is the name of the table that the header l opens, without
// its brackets and spaces: "score" of "[ score ]".
func headerName(l string) string {
	name, _, _ := strings.Cut(strings.Trim(l, "[ \t"), "]")
	return strings.ReplaceAll(strings.TrimSpace(name), " ", "")
}

// numberKey reports whether key, in the table of that name, holds a number
// (a check-in's value may be true or false too).
func numberKey(table, key string) bool {
	switch table {
	case "":
		return key == "capacity" || key == "wip_limit"
	case "score":
		return true
	case "key_results":
		return key == "start" || key == "target" || key == "current" || key == "confidence"
	case "key_results.checkins":
		return key == "value"
	}
	return false
}

// unknownValue says what to do about key, in the table of that name, whose
// value is not known yet (an empty cell, N/A): leave an optional key out,
// and a score until the idea is assessed; write one that is needed, as
// example shows. The advice must not lead to the next error (review:
// "status = """ and "job_size = 0" were advised, and are errors).
func unknownValue(table, key, what string) string {
	switch {
	case table == "score":
		return "leave [score] out until the idea is assessed; an idea without it is \"not yet assessed\""
	case table == "key_results.checkins":
		return "leave the check-in out until it is measured"
	case optionalKey(table, key):
		return fmt.Sprintf("leave the line out until it is known (%s is optional)", key)
	}
	return fmt.Sprintf("write %s: %s = %s", what, key, example(table, key))
}

// optionalKey reports whether key may be left out of its table.
func optionalKey(table, key string) bool {
	switch table {
	case "":
		switch key {
		case "title", "submitted", "team", "period", "key_results":
			return false
		}
		return true // author, teams, status, capacity, door, owner, reviewed, …
	case "decision":
		return key == "stops" || key == "revisit"
	case "key_results":
		return key != "title" && key != "start" && key != "target"
	}
	return false
}

// example is a value of key that fokus reads, to show how one is written.
func example(table, key string) string {
	switch key {
	case "submitted", "date", "reviewed", "revisit":
		return "2026-11-26"
	case "status":
		return `"proposed"`
	case "start":
		return "0"
	case "target", "capacity":
		return "20"
	case "wip_limit":
		return "3"
	case "confidence":
		if table == "key_results" {
			return "0.7"
		}
		return "80"
	case "current", "value":
		return "12"
	case "teams", "tags", "objectives", "members", "stops":
		return `["…"]`
	case "draft", "done":
		return "false"
	}
	if table == "score" {
		return "3"
	}
	return `"…"`
}

// looseNumber is a number that TOML does not read: .5, 3., 03.
var looseNumber = regexp.MustCompile(`^[-+]?(?:\.\d+|\d+\.|0\d+(?:\.\d+)?)$`)

// numberLike is a value that begins as a number does.
var numberLike = regexp.MustCompile(`^[-+]?[0-9]`)

var (
	// sheetError is the error value a sheet shows in a cell whose formula
	// failed, as Excel writes it in English and German, LibreOffice and
	// Google Sheets too.
	sheetError = regexp.MustCompile(`^#(?:NV|N/A|DIV/0!|WERT!|VALUE!|BEZUG!|REF!|NAME\?|ZAHL!|NUM!|NULL!|ÜBERLAUF!|SPILL!|CALC!|ERROR!)`)
	// placeholder is what a sheet holds where a number is not known yet.
	placeholder = regexp.MustCompile(`(?i)^(n/?a|-+|–|—|\?+|tbd|k\.? ?a\.?|offen|none|null|nil|leer)$`)
	// withUnit is a number written with its unit before or after it.
	withUnit = regexp.MustCompile(`^(?:([\pL€$£]+\.?)\s*([-+]?\d[\d'’.,\s\x{a0}\x{202f}]*)|([-+]?\d[\d'’.,\s\x{a0}\x{202f}]*?)\s*([\pL€$£]+\.?))$`)
)

// failedFormula is the hint for e, a sheet's error value (see sheetError)
// written as key's value in table: the value to write instead.
func failedFormula(e, table, key string) string {
	return fmt.Sprintf("%s is the error a sheet shows where its formula failed, not a value: write the value itself, such as %s = %s", e, key, example(table, key))
}

// numberHint is the hint for the value of a key that holds a number but is
// written as no number: a placeholder, yes or no, a figure with its unit, a
// word. Quoting it, the hint for text, would lead to the next error (QA).
// model is the site's scoring model, whose scale a score's input is told
// on (review: RICE's confidence = 7/10 was told 7, which is 7 %).
func numberHint(table, key, value, model string) string {
	if !numberKey(table, key) {
		return ""
	}
	switch {
	case placeholder.MatchString(value):
		return fmt.Sprintf("; %s is a number, which cannot be left open with %q: %s", key, value, unknownValue(table, key, "the number"))
	case bareYesNo.MatchString(value) && table == "key_results.checkins":
		return "" // a yes/no result's check-in: the yes/no hint says it
	case bareYesNo.MatchString(value):
		return fmt.Sprintf("; %s is a number, not yes or no", key)
	}
	if n, ok := ratedOutOf(value); ok && table == "key_results" && key == "confidence" {
		// 7/10, a rating as Radical Focus asks for one.
		return fmt.Sprintf("; confidence is a fraction from 0 to 1: confidence = %s", strconv.FormatFloat(n, 'f', -1, 64))
	}
	if hint := scoreWord(model, key, value); table == "score" && hint != "" {
		return "; " + hint // job_size = M, confidence = 3/4
	}
	switch figures, what, beyond := loose(table, key, model, value); what {
	case "":
	case "a range", "a fraction":
		if beyond != "" {
			return fmt.Sprintf("; a number is written as one figure, not as %s, and %s", what, beyond)
		}
		if what == "a fraction" {
			return fmt.Sprintf("; a number is written as one figure, not as a fraction: %s = %s", key, figures[0])
		}
		// effort = 2-3: which one is the author's to say (QA: the
		// parser's words alone, "invalid datetime").
		return fmt.Sprintf("; %s is one number, not a range: choose one, such as %s = %s or %s = %s", key, key, figures[0], key, figures[1])
	default:
		// ca. 80 was told to leave out its unit "ca.", and ~80 the
		// parser's words alone (QA).
		if beyond != "" {
			return fmt.Sprintf("; a number is written without %s, and %s", what, beyond)
		}
		return fmt.Sprintf("; a number is written without %s: %s = %s", what, key, figures[0])
	}
	if g := withUnit.FindStringSubmatch(value); g != nil {
		figure, unit := g[2], g[1]
		if figure == "" {
			figure, unit = g[3], g[4]
		}
		if n, ok := plainNumber(figure); ok {
			if scale := magnitudes[strings.TrimSuffix(unit, ".")]; scale > 0 && !strings.HasPrefix(table, "key_results") {
				// reach = 10k is ten thousand, as it is in quotes (QA:
				// told reach = 10, a thousandth); a key result keeps
				// it in its unit, as there.
				f, _ := strconv.ParseFloat(n, 64)
				return fmt.Sprintf("; a number is written with all its digits: %s = %s", key, strconv.FormatFloat(math.Round(f*scale*1000)/1000, 'f', -1, 64))
			}
			if f, _ := strconv.ParseFloat(n, 64); beyondRange(table, key, model, f) != "" {
				return fmt.Sprintf("; a number is written without its unit, and %s", beyondRange(table, key, model, f))
			}
			advice := fmt.Sprintf("; a number is written without its unit: %s = %s", key, n)
			if table == "key_results" {
				advice += fmt.Sprintf(", and unit = %q says what it counts", unit)
			}
			return advice
		}
	}
	if bareWord.MatchString(value) {
		return fmt.Sprintf("; %s is a number, like %s = %s, not text", key, key, example(table, key))
	}
	return ""
}

// Numbers as people write them where TOML takes one figure alone: an
// estimate (~80, ca. 80, >3, 3+), a fraction (3/2) and a range (2-3, 2 bis
// 3, 70–80%).
var (
	estimated   = regexp.MustCompile(`^(?i:(~|≈|ca\.?|circa|etwa|ungefähr|approx\.?|about|around|[<>]=?|[≤≥])\s*)(\d+(?:[.,]\d+)?)\s*(%?)$|^(\d+(?:[.,]\d+)?)\s*(%?)\s*(\+)$`)
	fraction    = regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)$`)
	numberRange = regexp.MustCompile(`^(\d+(?:[.,]\d+)?)\s*(%?)\s*(?:-|–|—|\.\.|bis|to)\s*(\d+(?:[.,]\d+)?)\s*(%?)$`)
)

// loose reads v, a number written as one of estimated, fraction and
// numberRange matches, as key in table takes it (see scaled): the figure,
// or a range's two ends, and what TOML does not take in it: the mark of an
// estimate ("~"), "a fraction" or "a range". It is none for another v.
// Where a figure is out of the key's range, figures is nil and beyond says
// what the key takes (see beyondRange).
func loose(table, key, model, v string) (figures []string, what, beyond string) {
	figure := func(s, pc string, fraction bool) string {
		n, _ := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
		n = math.Round(scaled(table, key, model, n, pc == "%", fraction)*100) / 100
		if b := beyondRange(table, key, model, n); b != "" {
			beyond = b
		}
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	switch g, f, r := estimated.FindStringSubmatch(v), fraction.FindStringSubmatch(v), numberRange.FindStringSubmatch(v); {
	case g != nil && g[1] == "":
		figures, what = []string{figure(g[4], g[5], false)}, g[6]
	case g != nil:
		figures, what = []string{figure(g[2], g[3], false)}, g[1]
	case f != nil:
		n, _ := strconv.ParseFloat(f[1], 64)
		d, _ := strconv.ParseFloat(f[2], 64)
		if d == 0 {
			return nil, "", ""
		}
		figures, what = []string{figure(strconv.FormatFloat(n/d, 'f', -1, 64), "", n <= d)}, "a fraction"
	case r != nil:
		pc := r[2] + r[4] // 70-80%: both ends in percent
		figures, what = []string{figure(r[1], pc, false), figure(r[3], pc, false)}, "a range"
	}
	if beyond != "" {
		figures = nil
	}
	return figures, what, beyond
}

// scaled is n, a figure written for key in table, on the scale fokus reads
// the key on: a key result's confidence is a fraction of 1, RICE's
// confidence a percentage, ICE's inputs ratings of 1 to 10; any other
// number is itself. percent says n was written with %, and fraction that
// it is a rating's share of its scale (3/4).
func scaled(table, key, model string, n float64, percent, fraction bool) float64 {
	switch {
	case table == "key_results" && key == "confidence":
		if fraction {
			return n
		}
		return resultConfidence(n, percent)
	case table == "score" && model == "ice":
		if percent {
			return n / 10
		}
		if fraction {
			return n * 10
		}
	case table == "score" && key == "confidence" && fraction:
		return n * 100 // RICE's, the only other confidence of a score
	}
	return n
}

// beyondRange is "" where n, a figure a hint would offer for key in table,
// is one the key takes under model, and otherwise what the key takes
// ("confidence takes a number from 0 to 1"), to say instead: a figure out
// of range is the next error (QA: a key result's confidence = 3/2 was told
// 1.5). The decoder and site/score.go hold these ranges as the errors of
// a figure written out of them.
func beyondRange(table, key, model string, n float64) string {
	low, high, takes := 0.0, math.Inf(1), "a number of 0 or more"
	above, whole := false, false
	switch {
	case table == "key_results" && key == "confidence":
		high, takes = 1, "a number from 0 to 1"
	case table == "" && key == "capacity", table == "score" && (key == "job_size" || key == "effort"):
		above, takes = true, "a number above 0" // a divisor
	case table == "" && key == "wip_limit":
		above, whole, takes = true, true, "a whole number above 0"
	case table != "score":
		return "" // start, target, a check-in's value: any figure
	case model == "ice" || key == "ease":
		low, high, takes = 1, 10, "a number from 1 to 10"
	case model == "rice" && key == "confidence":
		high, takes = 100, "a percentage from 0 to 100"
	}
	if n < low || above && n == low || n > high || whole && n != math.Trunc(n) {
		return key + " takes " + takes
	}
	return ""
}

// dateKey reports whether key, in the table of that name, holds a date.
func dateKey(table, key string) bool {
	switch {
	case table == "" && (key == "submitted" || key == "reviewed"),
		table == "decision" && (key == "date" || key == "revisit"),
		table == "key_results.checkins" && key == "date":
		return true
	}
	return false
}

// monthOnly is a date written without its day: 2027-01.
var monthOnly = regexp.MustCompile(`^(\d{4})-(\d{1,2})$`)

// dateHint is the hint for the value of a key that holds a date but is
// written as no date: a word (heute, Q1 2027), a month, a date in words.
// Quoting it, the hint for text, would lead to the next error (QA:
// "submitted = heute" was told to write "heute"). today is the build's
// day (see vagueDate).
func dateHint(table, key, value string, today time.Time) string {
	if !dateKey(table, key) {
		return ""
	}
	if g := monthOnly.FindStringSubmatch(value); g != nil {
		return fmt.Sprintf("; a date has its day too: %s = %s-%s-01", key, g[1], pad2(g[2]))
	}
	if write := writtenDate(value); write != "" {
		return fmt.Sprintf("; dates are written year-month-day with two digits each, without quotes: %s = %s", key, write)
	}
	if h := datedTimeHint(key, value); h != "" {
		return h
	}
	if vague := vagueDate(key, value, today); vague != "" {
		return "; " + vague
	}
	return fmt.Sprintf("; %s is a date, written year-month-day without quotes: %s = %s", key, key, example(table, key))
}

// A day with a time after it that TOML does not read (2026-11-03T9:30:00,
// 2026-11-03 9:30, 2026-11-03 09:30 Uhr), and the clock time in it.
var (
	datedTime = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})[Tt ]\s*(.*)$`)
	clockTime = regexp.MustCompile(`^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*(.*)$`)
	looseZone = regexp.MustCompile(`^([Zz]|[+-]\d{2}:?\d{2})(\[[\w/+-]+\])?$`)
	amPM      = regexp.MustCompile(`^(?i)([ap])\.?m\.?$`)
)

// datedTimeHint is the hint for a day written with a time that TOML does
// not read: the time as TOML writes it, or the day alone. The example day
// before (QA: "submitted = 2026-11-26") made the day of the idea another.
func datedTimeHint(key, value string) string {
	g := datedTime.FindStringSubmatch(value)
	if g == nil {
		return ""
	}
	year, _ := strconv.Atoi(g[1])
	month, _ := strconv.Atoi(g[2])
	day, _ := strconv.Atoi(g[3])
	date := Day(year, time.Month(month), day)
	if month < 1 || month > 12 || date.Day() != day {
		return "" // no day of the calendar: TOML's own words say so
	}
	alone := fmt.Sprintf("%s = %s", key, date.Format("2006-01-02"))
	c := clockTime.FindStringSubmatch(g[4])
	if c == nil {
		return fmt.Sprintf("; %s is a date: write the day alone: %s", key, alone)
	}
	h, _ := strconv.Atoi(c[1])
	m, _ := strconv.Atoi(c[2])
	sec := -1
	if c[3] != "" {
		sec, _ = strconv.Atoi(c[3])
	}
	rest, how := c[4], "with two digits each"
	if ap := amPM.FindStringSubmatch(rest); ap != nil && h >= 1 && h <= 12 {
		// 9:30 pm is 21:30.
		h %= 12
		if strings.EqualFold(ap[1], "p") {
			h += 12
		}
		rest, how = "", "in 24 hours"
	}
	if h > 23 || m > 59 || sec > 59 {
		return fmt.Sprintf("; %s is a date: write the day alone: %s", key, alone)
	}
	at := fmt.Sprintf("%sT%02d:%02d", date.Format("2006-01-02"), h, m)
	if sec >= 0 {
		at += fmt.Sprintf(":%02d", sec)
	}
	spaced := rest != "" && strings.ContainsAny(g[4][len(g[4])-len(rest)-1:][:1], " \t")
	digits := len(c[1]) == 2 && len(c[2]) == 2 && len(c[3]) != 1
	switch o := looseZone.FindStringSubmatch(rest); {
	case o != nil:
		// The offset as a sheet or Java writes it (QA: +0100 and
		// +01:00[Europe/Berlin] were told to leave out "words", and
		// " +01:00" that its two digits were not two).
		zone := o[1]
		if len(zone) == 5 {
			zone = zone[:3] + ":" + zone[3:]
		}
		at += zone
		switch {
		case !digits:
		case zone != o[1]:
			how = "with a colon in its offset"
		case o[2] != "":
			how = "with its offset alone, without the zone's name"
		case spaced:
			how = "without a space before its offset"
		}
	case rest != "":
		how = "without words" // 09:30 Uhr, 09:30 CET: the site's time zone is the time's
	}
	return fmt.Sprintf("; a time is written %s: %s = %s, or the day alone: %s", how, key, at, alone)
}

// Dates as people write them that TOML reads as no date, and the hints
// before knew no better for than an example day (QA: 03-11-2026 and
// "Nov 3, 2026" were told to write 2026-11-26).
var (
	dashedDayFirst  = regexp.MustCompile(`^(\d{1,2})-(\d{1,2})-(\d{4})$`)
	dottedYearFirst = regexp.MustCompile(`^(\d{4})\.(\d{1,2})\.(\d{1,2})$`)
	compactDate     = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	dayMonthName    = regexp.MustCompile(`^(\d{1,2})\.?\s*(\pL+)\.?,?\s+(\d{4})$`)
	monthNameDay    = regexp.MustCompile(`^(\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
)

// writtenDate is the date that s, a date written another way than the
// hints before know (03-11-2026, 2026.11.03, 20261103, 3. November 2026,
// Nov 3, 2026), means as TOML writes it, or "" if s is none.
func writtenDate(s string) string {
	s = strings.TrimSpace(s)
	var y, m, d string
	if g := dashedDayFirst.FindStringSubmatch(s); g != nil {
		return dayMonthWrite(g[1], g[2], g[3])
	} else if g := dottedYearFirst.FindStringSubmatch(s); g != nil {
		y, m, d = g[1], g[2], g[3]
	} else if g := compactDate.FindStringSubmatch(s); g != nil {
		y, m, d = g[1], g[2], g[3]
	} else if g := dayMonthName.FindStringSubmatch(s); g != nil && monthNumber(g[2]) > 0 {
		y, m, d = g[3], strconv.Itoa(monthNumber(g[2])), g[1]
	} else if g := monthNameDay.FindStringSubmatch(s); g != nil && monthNumber(g[1]) > 0 {
		y, m, d = g[3], strconv.Itoa(monthNumber(g[1])), g[2]
	} else {
		return ""
	}
	year, _ := strconv.Atoi(y)
	month, _ := strconv.Atoi(m)
	day, _ := strconv.Atoi(d)
	if month < 1 || month > 12 || Day(year, time.Month(month), day).Day() != day {
		return "" // no day of the calendar
	}
	return Day(year, time.Month(month), day).Format("2006-01-02")
}

// monthNumber is the month that name, German or English, whole or cut
// short, names, or 0.
func monthNumber(name string) int {
	name = strings.ToLower(name)
	for i, names := range [][]string{{"januar", "january", "jänner", "jan"}, {"februar", "february", "feb"}, {"märz", "maerz", "march", "mär", "mar"},
		{"april", "apr"}, {"mai", "may"}, {"juni", "june", "jun"}, {"juli", "july", "jul"}, {"august", "aug"},
		{"september", "sept", "sep"}, {"oktober", "october", "okt", "oct"}, {"november", "nov"}, {"dezember", "december", "dez", "dec"}} {
		if slices.Contains(names, name) {
			return i + 1
		}
	}
	return 0
}

// textKey reports whether key, in the table of that name, holds text: a
// number-like value there is to be quoted, not written as a number.
func textKey(table, key string) bool {
	switch key {
	case "title", "author", "door", "owner", "by", "rationale", "unit", "note", "period", "team", "status":
		return !numberKey(table, key)
	}
	return false
}

// plainNumber writes a figure as people write it (10'000, 1.500.000,
// 1,234.56, 1.234,56, 10 000) as TOML does: without a thousands separator,
// with a decimal point. A lone separator between groups of three is read as
// the thousands': 1.500 and 1,500 are 1500.
func plainNumber(figure string) (string, bool) {
	f := strings.Map(func(r rune) rune {
		switch r {
		case '\'', '’', ' ', '\t', '\u00a0', '\u202f':
			return -1
		}
		return r
	}, strings.TrimSpace(figure))
	lastDot, lastComma := strings.LastIndexByte(f, '.'), strings.LastIndexByte(f, ',')
	decimal := byte(0)
	switch {
	case lastDot >= 0 && lastComma >= 0: // the one written last separates the decimals
		decimal = f[max(lastDot, lastComma)]
	case lastDot >= 0 && strings.Count(f, ".") == 1 && len(f)-lastDot-1 != 3:
		decimal = '.'
	case lastComma >= 0 && strings.Count(f, ",") == 1 && len(f)-lastComma-1 != 3:
		decimal = ','
	}
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c == decimal:
			b.WriteByte('.')
		case c == '.' || c == ',':
		default:
			b.WriteByte(c)
		}
	}
	n := b.String()
	if _, err := strconv.ParseFloat(n, 64); err != nil {
		return "", false
	}
	return n, true
}

// lineError is a syntax error on one line of a front matter.
type lineError struct {
	line, col int // line from 1 in the front matter; col in bytes, from 1
	msg       string
}

// moreErrors finds the errors on the lines after line (from 1), the first
// the parser stopped at, that are no TOML on their own and have a hint:
// a script that writes a sheet's cells gets every one of them in one run,
// not one per run (QA: a date, a yes and a decimal comma took three runs).
// It stops where the lines stop being TOML's key = value (the body of a
// front matter left open) and skips strings and arrays of several lines,
// whose lines are no TOML on their own, and inline tables so (TOML 1.1).
func moreErrors(src Source, line int, of hintFor) []lineError {
	const most = 20
	lines := strings.Split(src.Front, "\n")
	if line < 1 || line > len(lines) {
		return nil
	}
	depth, inside := 0, false // open brackets and braces; whether the first error is in an array or table of several lines
	for i, l := range lines[:line] {
		inside = depth > 0
		brackets, _ := nesting(l, '[')
		braces, _ := nesting(l, '{')
		depth += brackets + braces
		if depth < 0 && i < line-1 {
			depth = 0
		}
	}
	if !inside && !pair.MatchString(lines[line-1]) && !colonPair.MatchString(lines[line-1]) {
		// The first error is on no key = value line, nor key: value as
		// YAML writes it, nor in an array of several lines: the body of
		// a front matter left open, or worse; its hint says what to do.
		return nil
	}
	if depth < 0 || unclosed(lines, line, '[') > 0 || unclosed(lines, line, '{') > 0 {
		// The first error is in no array or table of several lines, or
		// in one left open, whose hint said so: the lines below are TOML
		// of their own.
		depth = 0
	}
	var out []lineError
	closing, failed := "", 0 // a string's closing quotes; lines no TOML
	for i := line; i < len(lines) && len(out) < most; i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case closing != "":
			if strings.Count(l, closing)%2 == 1 {
				closing = ""
			}
			continue
		case depth > 0:
			depth += opens(l)
			continue
		case t == "" || t[0] == '#' || t[0] == '[' || strings.HasPrefix(t, "- "):
			continue // a YAML list's item: the hint at its key said it (yamlItems)
		}
		if g := pair.FindStringSubmatch(l); g != nil {
			value := g[2]
			if q := multiQuote(value); q != "" {
				closing = q
				continue
			}
			if strings.HasPrefix(value, "[") || strings.HasPrefix(value, "{") {
				if d := opens(value); d > 0 {
					depth = d
					continue
				}
			}
		} else if !colonPair.MatchString(l) {
			break
		}
		var m map[string]any
		_, err := toml.Decode(l+"\n", &m)
		var perr toml.ParseError
		if !errors.As(err, &perr) {
			continue
		}
		// Each hint looks through the whole front matter: a few dozen
		// lines are enough to say, and keep a long broken file quick
		// (review: 10,000 bad lines took 9 s).
		if failed++; failed > 50 {
			break
		}
		if perr.Position.Line > 1 { // at the line's end (see newlineLine)
			perr.Position.Col = len(l) + 1
		}
		perr.Position.Col = controlCol(l, pastSpace(l, perr.Position.Col), perr.Message)
		perr.Position.Col = markCol(l, perr)
		at := perr
		at.Position.Line = i + 1
		if h := hint(src, at, of); h != "" {
			out = append(out, lineError{i + 1, perr.Position.Col, "invalid TOML: " + strings.TrimSuffix(shorten(perr.Message), ".") + h})
		}
	}
	return out
}

// opens is how many brackets and braces s opens, less those it closes: an
// array, or an inline table as TOML 1.1 writes it, may go on over lines.
func opens(s string) int {
	return strings.Count(s, "[") + strings.Count(s, "{") - strings.Count(s, "]") - strings.Count(s, "}")
}

// multiQuote is the quotes that close a string of several lines that
// value opens, or "".
func multiQuote(value string) string {
	for _, q := range []string{`"""`, `'''`} {
		if strings.HasPrefix(value, q) && strings.Count(value, q)%2 == 1 {
			return q
		}
	}
	return ""
}

// newlineLine is the line of an error the parser found at a line's end:
// it counts the end of line with the next line ("value = -" on line 5 was
// reported on line 6). It is the line before when that one alone is no
// TOML and the line named is.
func newlineLine(lines []string, line int, msg string) int {
	if !strings.Contains(msg, `'\n'`) || line < 2 || line > len(lines) {
		return line
	}
	var m map[string]any
	if _, err := toml.Decode(lines[line-1], &m); err != nil {
		return line
	}
	if _, err := toml.Decode(lines[line-2], &m); err == nil {
		return line
	}
	return line - 1
}

// pastSpace moves a column (bytes, from 1) of line past the spaces it is
// on: the parser names the character after them ("got '5'" at the space
// of "1 500").
func pastSpace(line string, col int) int {
	for col >= 1 && col <= len(line) && (line[col-1] == ' ' || line[col-1] == '\t') {
		col++
	}
	return col
}

// controlCol is the column (in bytes, from 1) of the control character
// that the parser's message on line names ("cannot contain control
// characters: '0x0d'"), or col: the parser's is the character before it,
// the closing quote's column in "Mixed\r" (QA).
func controlCol(line string, col int, msg string) int {
	_, hex, ok := strings.Cut(msg, "control characters: '0x")
	if !ok {
		return col
	}
	c, err := strconv.ParseUint(strings.TrimSuffix(hex, "'"), 16, 8)
	if err != nil {
		return col
	}
	if i := strings.IndexByte(line, byte(c)); i >= 0 {
		return i + 1
	}
	return col
}

// Dates as a plan or a meeting names them, a week, a quarter, a month or
// a word, which TOML reads as no date (QA: "KW 45", "Q4 2026" and "Ende
// November" were told only what a date looks like).
var (
	weekDate    = regexp.MustCompile(`^(?:kw|cw|wk|week|woche|kalenderwoche)\s*\.?\s*(\d{1,2})(?:\s*[/,'-]?\s*(\d{4}|\d{2}))?$`)
	isoWeek     = regexp.MustCompile(`^(\d{4})-?w(\d{1,2})$`)
	quarterDate = regexp.MustCompile(`^(?:q([1-4])|([1-4])\.?\s*quartal)(?:\s*[/ -]?\s*(\d{4}|\d{2}))?$`)
	yearQuarter = regexp.MustCompile(`^(\d{4})\s*-?\s*q([1-4])$`)
	monthDate   = regexp.MustCompile(`^(?:(anfang|beginning of|start of|early|mitte|mid|middle of|ende|end of|late)\s+)?(\pL+)\.?(?:\s*[/ ]\s*(\d{4}))?$`)
	numberMonth = regexp.MustCompile(`^(?:(\d{4})-(\d{1,2})|(\d{1,2})[./](\d{4}))$`)
	partOfYear  = regexp.MustCompile(`^(anfang|beginning of|start of|early|mitte|mid|middle of|ende|end of|late)\s+(\d{4})$`)
	// A day without its year, as minutes write it: "26.11.", "26. Nov",
	// "Nov 26th".
	dottedDay = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.?$`)
	dayMonth  = regexp.MustCompile(`^(\d{1,2})\.?\s*(\pL+)\.?$`)
	monthDay  = regexp.MustCompile(`^(\pL+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?$`)
	// "11/28", as an American writes a day (28/11 in Britain).
	slashDay   = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})$`)
	todayWords = []string{"heute", "today", "jetzt", "now", "morgen", "tomorrow", "gestern", "yesterday"}
)

// vagueDate is how to write the date of key that s names as a week, a
// quarter, a month, a part of a year or a word such as "heute", as one
// day, or "". The days are counted from today, the build's day: "heute"
// is today, and a week, a quarter or a month without its year is the one
// of today's year, or for revisit, which lies ahead, the next one from
// today on, and for the other keys, which are days that have been, the
// last one that has begun (review: fixed in 2026, a build of 2027 was
// told 2026 for "heute", and a revisit "KW 2" a day in the past). With no
// today (zero), these are told no day.
func vagueDate(key, s string, today time.Time) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	year := func(y string) int {
		n, _ := strconv.Atoi(y)
		if len(y) == 2 {
			n += 2000
		}
		return n
	}
	runs := func(name string, from, to time.Time) string {
		return fmt.Sprintf("%s runs from %s to %s, and a date is one day: write the one you mean, such as %s = %s",
			name, from.Format("2006-01-02"), to.Format("2006-01-02"), key, from.Format("2006-01-02"))
	}
	// yearless is the advice for what, written without its year, whose
	// day in year y is at(y) (of names it), in a period that begins on
	// from; ok is false for a year without it (a week 53).
	yearless := func(what string, at func(y int) (from, day time.Time, of string, ok bool)) string {
		if today.IsZero() {
			return fmt.Sprintf("a date is one day with its year, not %s: write the one you mean, year-month-day", what)
		}
		y := today.Year()
		from, day, of, ok := at(y)
		switch {
		case key == "revisit" && ok && day.Before(today):
			from, day, of, ok = at(y + 1)
		case key != "revisit" && ok && (from.After(today) || day.After(today)):
			// The last such day that has been, not a day ahead, which
			// the next check warns of (second review: "Ende November" on
			// the 26th was told the 30th).
			from, day, of, ok = at(y - 1)
		}
		if !ok {
			return ""
		}
		return fmt.Sprintf("a date is one day with its year, not %s: write the one you mean, such as %s = %s for %s",
			what, key, day.Format("2006-01-02"), of)
	}
	if slices.Contains(todayWords, s) {
		if today.IsZero() {
			return fmt.Sprintf("a date is written as the day itself (%q means another day tomorrow), year-month-day", s)
		}
		day := today
		switch s {
		case "morgen", "tomorrow":
			day = today.AddDate(0, 0, 1)
		case "gestern", "yesterday":
			day = today.AddDate(0, 0, -1)
		}
		// A revisit lies ahead, the other dates have been: neither is told
		// a day that its next check warns of (second review).
		if key == "revisit" && day.Before(today) || key != "revisit" && day.After(today) {
			day = today
		}
		return fmt.Sprintf("a date is written as the day itself (%q means another day tomorrow), such as %s = %s", s, key, day.Format("2006-01-02"))
	}
	if g := weekDate.FindStringSubmatch(s); g != nil {
		w, _ := strconv.Atoi(g[1])
		if g[2] == "" {
			return yearless("a week", func(y int) (time.Time, time.Time, string, bool) {
				monday, ok := weekMonday(y, w)
				return monday, monday, fmt.Sprintf("the Monday of week %d in %d", w, y), ok
			})
		}
		if monday, ok := weekMonday(year(g[2]), w); ok {
			return runs(fmt.Sprintf("week %d of %d", w, year(g[2])), monday, monday.AddDate(0, 0, 6))
		}
		return ""
	}
	if g := isoWeek.FindStringSubmatch(s); g != nil {
		w, _ := strconv.Atoi(g[2])
		if monday, ok := weekMonday(year(g[1]), w); ok {
			return runs(fmt.Sprintf("week %d of %d", w, year(g[1])), monday, monday.AddDate(0, 0, 6))
		}
		return ""
	}
	quarter := func(q, y int) (time.Time, time.Time) {
		from := Day(y, time.Month(3*q-2), 1)
		return from, from.AddDate(0, 3, -1)
	}
	if g := quarterDate.FindStringSubmatch(s); g != nil {
		q, _ := strconv.Atoi(g[1] + g[2])
		if g[3] == "" {
			return yearless("a quarter", func(y int) (time.Time, time.Time, string, bool) {
				from, _ := quarter(q, y)
				return from, from, fmt.Sprintf("the start of Q%d %d", q, y), true
			})
		}
		from, to := quarter(q, year(g[3]))
		return runs(fmt.Sprintf("Q%d %d", q, year(g[3])), from, to)
	}
	if g := yearQuarter.FindStringSubmatch(s); g != nil {
		q, _ := strconv.Atoi(g[2])
		from, to := quarter(q, year(g[1]))
		return runs(fmt.Sprintf("Q%d %d", q, year(g[1])), from, to)
	}
	if g := numberMonth.FindStringSubmatch(s); g != nil {
		y, m := g[1], g[2]
		if y == "" {
			y, m = g[4], g[3]
		}
		month, _ := strconv.Atoi(m)
		if month < 1 || month > 12 {
			return ""
		}
		from := Day(year(y), time.Month(month), 1)
		return runs(from.Format("January 2006"), from, from.AddDate(0, 1, -1))
	}
	part := func(word string) int { // -1 the start, 0 the middle, 1 the end
		switch word {
		case "anfang", "beginning of", "start of", "early":
			return -1
		case "mitte", "mid", "middle of":
			return 0
		}
		return 1
	}
	parts := []string{"the start of", "the middle of", "the end of"}
	// inMonth is the day that the part written (or none) names of the
	// month from, and what it is.
	inMonth := func(written string, from time.Time) (time.Time, string) {
		name := from.Format("January 2006")
		if written == "" {
			return from, "the start of " + name
		}
		p := part(written)
		return []time.Time{from, from.AddDate(0, 0, 14), from.AddDate(0, 1, -1)}[p+1], parts[p+1] + " " + name
	}
	if g := monthDate.FindStringSubmatch(s); g != nil && monthNumber(g[2]) > 0 {
		month := time.Month(monthNumber(g[2]))
		if g[3] == "" {
			return yearless("a month", func(y int) (time.Time, time.Time, string, bool) {
				from := Day(y, month, 1)
				day, of := inMonth(g[1], from)
				return from, day, of, true
			})
		}
		from := Day(year(g[3]), month, 1)
		if g[1] == "" {
			return runs(from.Format("January 2006"), from, from.AddDate(0, 1, -1))
		}
		day, of := inMonth(g[1], from)
		return fmt.Sprintf("a date is one day: write %s = %s for %s", key, day.Format("2006-01-02"), of)
	}
	if g := partOfYear.FindStringSubmatch(s); g != nil {
		y := year(g[2])
		p := part(g[1])
		day := []time.Time{Day(y, 1, 1), Day(y, 7, 1), Day(y, 12, 31)}[p+1]
		return fmt.Sprintf("a date is one day: write %s = %s for %s %d", key, day.Format("2006-01-02"), parts[p+1], y)
	}
	var d, m int
	if g := dottedDay.FindStringSubmatch(s); g != nil {
		d, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
	} else if g := dayMonth.FindStringSubmatch(s); g != nil {
		d, _ = strconv.Atoi(g[1])
		m = monthNumber(g[2])
	} else if g := monthDay.FindStringSubmatch(s); g != nil {
		d, _ = strconv.Atoi(g[2])
		m = monthNumber(g[1])
	} else if g := slashDay.FindStringSubmatch(s); g != nil {
		// Read where it reads one way only (QA: "11/28" was told only
		// what a date looks like); 3/4 is March 4 in the US and 3 April
		// in Britain, and is told no day.
		a, _ := strconv.Atoi(g[1])
		b, _ := strconv.Atoi(g[2])
		switch {
		case a > 12:
			d, m = a, b
		case b > 12 || a == b:
			m, d = a, b
		}
	}
	if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
		return yearless("just a day and a month", func(y int) (time.Time, time.Time, string, bool) {
			day := Day(y, time.Month(m), d)
			return day, day, day.Format("January 2, 2006"), day.Day() == d // no February 29 in 2027
		})
	}
	return ""
}

// weekMonday is the Monday of ISO week w of year y (week 1 holds the
// year's first Thursday), as calendars in Germany and Switzerland count
// their Kalenderwochen; false when the year has no such week.
func weekMonday(y, w int) (time.Time, bool) {
	jan4 := Day(y, time.January, 4)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
	if wy, ww := monday.ISOWeek(); w < 1 || wy != y || ww != w {
		return time.Time{}, false
	}
	return monday, true
}
