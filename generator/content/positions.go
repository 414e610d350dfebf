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
// "key_results.1.checkins.0.value", "teams.2". A table header is found under
// the table's own path ("decision", "key_results.1"), and the key itself under
// path + "#key", for errors about the key rather than its value.
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
			for j, part := range parts {
				plain = join(plain, part)
				if array && j == len(parts)-1 {
					arr := join(resolved, part)
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
			}
			table = resolved
			pos := Pos{p.base + i + 1, indent + 1}
			p.m[table] = pos
			p.m[table+"#key"] = pos
			continue
		}
		eq := keyEnd(text)
		if eq < 0 {
			continue
		}
		key := join(table, strings.Join(splitKey(text[:eq]), "."))
		p.m[key+"#key"] = Pos{p.base + i + 1, indent + 1}
		// The value may run over several lines (arrays, multi-line strings).
		rest := text[eq+1:]
		valueCol := indent + eq + 2
		for len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t') {
			rest = rest[1:]
			valueCol++
		}
		i = p.scanValue(key, lines, i, rest, valueCol)
	}
	return p.m
}

// scanValue records the position of the value of key starting at column col
// of line i with text rest, and of each element if it is an array. It returns
// the last line the value occupies.
func (p *positions) scanValue(key string, lines []string, i int, rest string, col int) int {
	p.m[key] = Pos{p.base + i + 1, col}
	if strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, "'''") {
		closer := rest[:3]
		if strings.Contains(rest[3:], closer) {
			return i
		}
		for i++; i < len(lines); i++ {
			if strings.Contains(lines[i], closer) {
				return i
			}
		}
		return i
	}
	if !strings.HasPrefix(rest, "[") {
		return i
	}
	// An array: walk it character by character, across lines, noting where
	// each element at depth one starts.
	depth, index := 0, 0
	line, text, c := i, rest, col
	expectElement := false
	for {
		for j := 0; j < len(text); {
			r, size := utf8.DecodeRuneInString(text[j:])
			switch {
			case r == '#':
				j = len(text)
				continue
			case r == '"' || r == '\'':
				if depth == 1 && expectElement {
					p.m[key+"."+strconv.Itoa(index)] = Pos{p.base + line + 1, c}
					index++
					expectElement = false
				}
				end := closingQuote(text, j)
				c += utf8.RuneCountInString(text[j:end])
				j = end
				continue
			case r == '[' || r == '{':
				if depth == 1 && expectElement {
					p.m[key+"."+strconv.Itoa(index)] = Pos{p.base + line + 1, c}
					index++
					expectElement = false
				}
				depth++
				if depth == 1 {
					expectElement = true
				}
			case r == ']' || r == '}':
				depth--
				if depth == 0 {
					return line
				}
			case r == ',':
				if depth == 1 {
					expectElement = true
				}
			case r == ' ' || r == '\t':
			default:
				if depth == 1 && expectElement {
					p.m[key+"."+strconv.Itoa(index)] = Pos{p.base + line + 1, c}
					index++
					expectElement = false
				}
			}
			j += size
			c++
		}
		line++
		if line >= len(lines) {
			return line - 1
		}
		text = lines[line]
		c = 1
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
