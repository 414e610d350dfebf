package content

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Pos is a place in a content file: line and column (in characters), from 1.
type Pos struct{ Line, Col int }

// positions maps a key path of the front matter to where its value starts.
// Paths join keys with dots and index arrays: "score.job_size",
// "key_results.1.checkins.0.value", "teams.2". A table is found under its own
// path, at its header or its '{' ("decision", "key_results.1"), and a key
// itself, inside inline tables too, under path + "#key", for errors about the
// key rather than its value.
//
// The TOML decoder keeps its key positions to itself, so this small scanner
// recovers them; it only has to be right for valid TOML, since a syntax error
// is reported by the decoder before any position is looked up.
//
// Most files never need a position, so the scan is done on the first look-up:
// a build of thousands of valid files keeps only their front matter text.
type positions struct {
	front string
	base  int // file line of the first front matter line, minus one
	once  sync.Once
	m     map[string]Pos

	linesOnce sync.Once
	lines     []string // front's lines, for literal
}

// newPositions returns the positions of front, which starts at file line firstLine.
func newPositions(front string, firstLine int) *positions {
	return &positions{front: front, base: firstLine - 1}
}

// scanPositions is newPositions, scanned at once.
func scanPositions(front string, firstLine int) *positions {
	p := newPositions(front, firstLine)
	p.load()
	return p
}

func (p *positions) load() map[string]Pos {
	p.once.Do(func() { p.m = p.scan() })
	return p.m
}

// at returns the position of path, or of its nearest enclosing key or table,
// or of the opening +++ when nothing encloses it.
func (p *positions) at(path string) Pos {
	if p == nil {
		return Pos{1, 1}
	}
	m := p.load()
	for {
		if pos, ok := m[path]; ok {
			return pos
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			return Pos{1, 1}
		}
		path = path[:i]
	}
}

// keyAt is at for the key itself (its first character) rather than its value.
func (p *positions) keyAt(path string) Pos {
	if p == nil {
		return Pos{1, 1}
	}
	if pos, ok := p.load()[path+"#key"]; ok {
		return pos
	}
	return p.at(path)
}

// scan maps every key path of the front matter to its position.
func (p *positions) scan() map[string]Pos {
	p.m = make(map[string]Pos)
	lines := strings.Split(p.front, "\n")
	table := ""
	aot := map[string]string{} // plain dotted name of an array of tables → its current element path
	counts := map[string]int{} // array path → elements seen
	for i := 0; i < len(lines); i++ {
		raw := lines[i]
		text := strings.TrimLeft(raw, " \t")
		indent := utf8.RuneCountInString(raw[:len(raw)-len(text)])
		if text == "" || text[0] == '#' {
			continue
		}
		if text[0] == '[' {
			array := strings.HasPrefix(text, "[[")
			name := text[1:]
			if array {
				name = text[2:]
			}
			if end := headerEnd(name); end >= 0 {
				name = name[:end]
			}
			parts := splitKey(name)
			resolved, plain := "", ""
			pos := Pos{p.base + i + 1, indent + 1}
			// The tables a header opens on its way ("a" of [a.b], the
			// array "decision" of [[decision]]) are placed at their first
			// header, so that a diagnostic about one of them as a whole
			// points at it rather than at the file's start.
			opened := func(path string) {
				if _, ok := p.m[path]; !ok {
					p.m[path], p.m[path+"#key"] = pos, pos
				}
			}
			for j, part := range parts {
				plain = join(plain, part)
				if array && j == len(parts)-1 {
					arr := join(resolved, part)
					opened(arr)
					resolved = arr + "." + strconv.Itoa(counts[arr])
					counts[arr]++
					aot[plain] = resolved
					continue
				}
				if r, ok := aot[plain]; ok {
					resolved = r
				} else {
					resolved = join(resolved, part)
				}
				if j < len(parts)-1 {
					opened(resolved)
				}
			}
			table = resolved
			p.m[table] = pos
			p.m[table+"#key"] = pos
			continue
		}
		eq := keyEnd(text)
		if eq < 0 {
			continue
		}
		key := p.setKey(table, splitKey(text[:eq]), Pos{p.base + i + 1, indent + 1})
		// The value may run over several lines (arrays, inline tables,
		// multi-line strings); the column counts characters, as a quoted key
		// may hold any.
		j := len(raw) - len(text) + eq + 1
		col := indent + utf8.RuneCountInString(text[:eq+1]) + 1
		for j < len(raw) && (raw[j] == ' ' || raw[j] == '\t') {
			j++
			col++
		}
		i = p.scanValue(key, lines, i, j, col)
	}
	return p.m
}

// setKey records where the key with the dotted parts, in table, starts, and
// returns its path. The tables its leading parts open are found at the key
// that first names them, for errors about such a table or its missing keys.
func (p *positions) setKey(table string, parts []string, at Pos) string {
	if len(parts) > maxDepth {
		// No key of fokus is this deep: the whole path only, as the tables
		// of every prefix would cost time and memory in the square of it.
		path := join(table, strings.Join(parts, "."))
		p.m[path+"#key"] = at
		return path
	}
	path := table
	for k, part := range parts {
		path = join(path, part)
		if k == len(parts)-1 {
			break
		}
		if _, ok := p.m[path]; !ok {
			p.m[path] = at
			p.m[path+"#key"] = at
		}
	}
	p.m[path+"#key"] = at
	return path
}

// maxDepth is how deep positions are recorded, in nested arrays and inline
// tables and in the parts of a dotted key. The deepest key fokus reads is
// key_results.N.checkins.M.value, four levels; recording every level of a
// file nested 50,000 deep took gigabytes (a path per level, each as long as
// its depth), and content is untrusted.
const maxDepth = 8

// container is an array or inline table that scanValue is inside.
type container struct {
	path  string
	table bool
	n     int // elements seen so far, for an array
}

// What scanValue expects next.
const (
	wantValue = iota // a value
	wantItem         // after '[', '{' or ',': an element or a key, or the closing bracket
	wantSep          // after a value: ',' or the closing bracket
)

// scanValue records where the value of key starts, at byte j (column col) of
// line i, and inside it where each array element, and each key and value of
// an inline table, starts: "teams.1", "score.ease#key", "score.ease",
// "key_results.0.checkins.1.value". It returns the last line the value
// occupies. It reads the text once, keeping the open arrays and inline
// tables on a stack rather than recursing, so no nesting is too deep.
func (p *positions) scanValue(key string, lines []string, i, j, col int) int {
	c := cursor{lines: lines, i: i, j: j, col: col}
	var stack []container
	path, state := key, wantValue
	for {
		if len(stack) == 0 && state != wantValue {
			return c.i
		}
		// Inside brackets, values may sit on lines of their own, with comments.
		c.skipBlank(len(stack) > 0)
		if c.eof() {
			return min(c.i, len(lines)-1)
		}
		ch := c.peek()
		switch {
		case state == wantValue:
			if path != "" {
				p.m[path] = c.pos(p.base)
			}
			switch ch {
			case '[', '{':
				if len(stack) >= maxDepth {
					path = "" // deeper than any key fokus reads: not recorded
				}
				stack = append(stack, container{path: path, table: ch == '{'})
				c.next()
				state = wantItem
			case '"', '\'':
				c.skipString()
				state = wantSep
			default:
				if len(stack) == 0 {
					return c.i // a number, boolean or date ends with its line
				}
				c.skipScalar()
				state = wantSep
			}
		case ch == ']' || ch == '}':
			c.next()
			stack = stack[:len(stack)-1]
			state = wantSep
		case ch == ',':
			c.next()
			state = wantItem
		case state == wantSep:
			c.next() // not TOML; the decoder has reported it
		case stack[len(stack)-1].table:
			at := c.pos(p.base)
			rest := c.rest()
			eq := keyEnd(rest)
			if eq < 0 {
				c.advance(len(rest)) // not TOML either
				continue
			}
			if top := stack[len(stack)-1].path; top != "" {
				path = p.setKey(top, splitKey(rest[:eq]), at)
			} else {
				path = ""
			}
			c.advance(eq + 1)
			state = wantValue
		default:
			top := &stack[len(stack)-1]
			path = ""
			if top.path != "" {
				path = top.path + "." + strconv.Itoa(top.n)
			}
			top.n++
			state = wantValue
		}
	}
}

// cursor walks the front matter lines character by character, counting the
// column in characters.
type cursor struct {
	lines []string
	i, j  int // line, and byte in it
	col   int // column of byte j, from 1
}

func (c *cursor) eof() bool {
	return c.i >= len(c.lines) || c.i == len(c.lines)-1 && c.j >= len(c.lines[c.i])
}

// peek returns the byte at the cursor: '\n' at the end of a line, 0 at the end.
func (c *cursor) peek() byte {
	switch {
	case c.eof():
		return 0
	case c.j >= len(c.lines[c.i]):
		return '\n'
	}
	return c.lines[c.i][c.j]
}

// next moves past one character, or to the start of the next line.
func (c *cursor) next() {
	switch {
	case c.eof():
	case c.j >= len(c.lines[c.i]):
		c.i, c.j, c.col = c.i+1, 0, 1
	default:
		_, size := utf8.DecodeRuneInString(c.lines[c.i][c.j:])
		c.j += size
		c.col++
	}
}

// advance moves n bytes on, within the line.
func (c *cursor) advance(n int) {
	c.col += utf8.RuneCountInString(c.rest()[:n])
	c.j += n
}

// rest is the text from the cursor to the end of its line.
func (c *cursor) rest() string {
	if c.i >= len(c.lines) || c.j >= len(c.lines[c.i]) {
		return ""
	}
	return c.lines[c.i][c.j:]
}

func (c *cursor) pos(base int) Pos { return Pos{base + c.i + 1, c.col} }

// skipBlank moves past spaces and tabs and, if lines is set, line ends and comments.
func (c *cursor) skipBlank(lines bool) {
	for {
		switch c.peek() {
		case ' ', '\t', '\r':
			c.next()
		case '\n':
			if !lines {
				return
			}
			c.next()
		case '#':
			if !lines {
				return
			}
			c.advance(len(c.rest()))
		default:
			return
		}
	}
}

// skipScalar moves past a number, boolean or date: up to what ends it in an
// array or inline table, since a date-time may contain a space.
func (c *cursor) skipScalar() {
	for {
		switch c.peek() {
		case ',', ']', '}', '#', '\n', 0:
			return
		}
		c.next()
	}
}

// skipString moves past the string literal at the cursor. Basic strings
// escape with a backslash; a multi-line string runs to its closing three
// quotes, which up to two more quotes of the string itself may precede.
func (c *cursor) skipString() {
	q := c.peek()
	delim := `"""`
	if q == '\'' {
		delim = "'''"
	}
	if strings.HasPrefix(c.rest(), delim) {
		c.advance(3)
		for !c.eof() {
			switch {
			case q == '"' && c.peek() == '\\':
				c.next()
				c.next() // the escaped character, or the line end of a line-ending backslash
			case strings.HasPrefix(c.rest(), delim):
				c.advance(3)
				for k := 0; k < 2 && c.peek() == q; k++ {
					c.next()
				}
				return
			default:
				c.next()
			}
		}
		return
	}
	c.next()
	for {
		switch c.peek() {
		case '\n', 0:
			return
		case q:
			c.next()
			return
		case '\\':
			if q == '"' {
				c.next()
				if c.peek() == '\n' {
					return
				}
			}
		}
		c.next()
	}
}

// closingQuote returns the index just after the string literal starting at s[j].
func closingQuote(s string, j int) int {
	q := s[j]
	for k := j + 1; k < len(s); k++ {
		if q == '"' && s[k] == '\\' {
			k++
			continue
		}
		if s[k] == q {
			return k + 1
		}
	}
	return len(s)
}

// headerEnd returns the index of the ']' that ends a table name, skipping
// quoted parts such as ["a]b"].
func headerEnd(name string) int {
	for j := 0; j < len(name); j++ {
		switch name[j] {
		case '"', '\'':
			j = closingQuote(name, j) - 1
		case ']':
			return j
		}
	}
	return -1
}

// keyEnd returns the index of the '=' that ends the key of a key/value line.
func keyEnd(text string) int {
	for j := 0; j < len(text); j++ {
		switch text[j] {
		case '"', '\'':
			j = closingQuote(text, j) - 1
		case '=':
			return j
		}
	}
	return -1
}

// splitKey splits a dotted TOML key into its parts, unquoting quoted parts.
func splitKey(s string) []string {
	var parts []string
	s = strings.TrimSpace(s)
	for s != "" {
		var part string
		if s[0] == '"' || s[0] == '\'' {
			end := closingQuote(s, 0)
			part = s[1:end]
			if end >= 2 && s[end-1] == s[0] {
				part = s[1 : end-1]
			}
			if s[0] == '"' {
				if u, err := strconv.Unquote(s[:end]); err == nil {
					part = u
				}
			}
			s = s[end:]
		} else {
			end := strings.IndexByte(s, '.')
			if end < 0 {
				end = len(s)
			}
			part = strings.TrimSpace(s[:end])
			s = s[end:]
		}
		parts = append(parts, part)
		s = strings.TrimSpace(s)
		s = strings.TrimPrefix(s, ".")
		s = strings.TrimSpace(s)
	}
	return parts
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// literal returns the number written at pos, a value's position: the
// characters a TOML number may have.
func (p *positions) literal(pos Pos) string {
	rest := p.rest(pos)
	end := 0
	for end < len(rest) && strings.IndexByte("+-0123456789._eE", rest[end]) >= 0 {
		end++
	}
	return rest[:end]
}

// rest returns the text of the line of pos from pos on.
func (p *positions) rest(pos Pos) string {
	if p == nil {
		return ""
	}
	i := pos.Line - p.base - 1
	p.linesOnce.Do(func() { p.lines = strings.Split(p.front, "\n") })
	lines := p.lines
	if i < 0 || i >= len(lines) {
		return ""
	}
	line, col := lines[i], 1
	for at := range line {
		if col == pos.Col {
			return line[at:]
		}
		col++
	}
	return ""
}
