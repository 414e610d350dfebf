package content

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Source is one content file split into its TOML front matter and Markdown body.
// FrontLine and BodyLine are the file lines where each part starts, so that a
// position inside a part can be reported as a line of the file itself.
type Source struct {
	Front     string
	FrontLine int
	Body      []byte
	BodyLine  int
}

// splitError is a problem found while splitting, located in the file.
type splitError struct {
	Line, Col int
	Message   string
}

const delimiter = "+++"

// Split separates front matter from body. It accepts a UTF-8 byte-order mark and
// CRLF line endings (and CR alone, see LineEnds), and refuses text that is
// not UTF-8, since every later position (and the reader's editor) depends on
// it.
func Split(data []byte) (Source, *splitError) {
	if isUTF16(data) {
		return Source{}, &splitError{1, 1, utf16Message}
	}
	if IsBinary(data) {
		return Source{}, &splitError{1, 1, binaryMessage}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return Source{}, &splitError{1, 1, "file is empty; a content file starts with a line +++, its TOML front matter and a closing +++"}
	}
	// Lines first, so that a bad byte of an old Mac's file (CR alone,
	// often MacRoman too) is placed on its line (review).
	data = LineEnds(data)
	if !utf8.Valid(data) {
		line, col := invalidUTF8At(data)
		return Source{}, &splitError{line, col, notUTF8Message}
	}
	first, rest, _ := bytes.Cut(data, []byte("\n"))
	if string(bytes.TrimRight(first, " \t")) != delimiter {
		// Hugo also reads YAML (---) and JSON ({) front matter; say so.
		if r := invisibleBefore(string(first)); r != 0 {
			return Source{}, &splitError{1, 1, fmt.Sprintf("missing front matter: the first line must be +++, and %s stands before it: delete it, or type the line again", invisibleName(r))}
		}
		switch t := string(bytes.TrimSpace(first)); {
		case len(t) > 3 && (t[:3] == delimiter || t[:3] == "---") && markWord.MatchString(t[3:]):
			// The language named after the marks, as a code block or
			// gray-matter's ---toml writes it (QA: told only that the first
			// line must be +++, which it seemed to be).
			word := strings.TrimSpace(t[3:])
			col := bytes.Index(first, []byte(word)) + 1
			switch {
			case t[:3] == delimiter:
				return Source{}, &splitError{1, col, fmt.Sprintf("missing front matter: the first line must be +++ alone: leave out %q after it", word)}
			case tomlBetweenDashes(rest):
				return Source{}, &splitError{1, col, fmt.Sprintf("front matter between --- lines is not read: fokus reads TOML between +++ lines; replace the two --- lines with +++, and leave out %q after the first", word)}
			}
			return Source{}, &splitError{1, 1, "YAML front matter (---) is not read: fokus reads TOML between +++ lines (title = \"…\" instead of title: …)"}
		case t == "---" && tomlBetweenDashes(rest):
			// TOML already, between YAML's lines (QA: told to write
			// title = "…", as it was).
			return Source{}, &splitError{1, 1, "front matter between --- lines is not read: fokus reads TOML between +++ lines; replace the two --- lines with +++"}
		case t == "---":
			return Source{}, &splitError{1, 1, "YAML front matter (---) is not read: fokus reads TOML between +++ lines (title = \"…\" instead of title: …)"}
		case t == delimiter:
			return Source{}, &splitError{1, 1, "missing front matter: the first line must be +++, without " + indent(string(first)) + " before it"}
		case t == "":
			return Source{}, &splitError{1, 1, "missing front matter: the first line must be +++, and this one is blank; remove it"}
		case strings.HasPrefix(t, "{"):
			return Source{}, &splitError{1, 1, "JSON front matter is not read: fokus reads TOML between +++ lines"}
		case isConflictMarker(first, '<'):
			return Source{}, &splitError{1, 1, "missing front matter: the first line must be +++; " + conflictMessage}
		case strings.Trim(t, "+") == "":
			return Source{}, &splitError{1, 1, fmt.Sprintf("missing front matter: the first line must be +++, three + signs, not %d", len(t))}
		}
		if n := laterDelimiter(rest); n >= 0 {
			// A heading or a code block's ``` above it, as copied from a
			// page (QA: told only that the first line must be +++).
			return Source{}, &splitError{1, 1, fmt.Sprintf("missing front matter: the first line must be +++, and the front matter begins on line %d: move what is above it below its closing +++, into the body, or remove it", n+2)}
		}
		if t := string(bytes.TrimSpace(first)); len(bytes.TrimSpace(rest)) == 0 && strings.HasSuffix(t, ".md") && strings.Contains(t, "/") && !strings.ContainsAny(t, " \t") {
			// A link as Git writes it where it makes no links (Windows,
			// core.symlinks off): a file that holds the path it leads to.
			return Source{}, &splitError{1, 1, fmt.Sprintf("missing front matter: the file holds only the path %s, as Git writes a link on a system where it makes none (Windows without links turned on); a content file is the file itself, not a link to it", t)}
		}
		return Source{}, &splitError{1, 1, "missing front matter: the first line must be +++"}
	}
	line := 2
	start := len(first) + 1
	for off := 0; off < len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		next := len(rest)
		if end >= 0 {
			next = off + end + 1
			end = off + end
		} else {
			end = len(rest)
		}
		if string(bytes.TrimRight(rest[off:end], " \t")) == delimiter {
			return Source{
				Front:     string(data[start : start+off]),
				FrontLine: 2,
				Body:      rest[next:],
				BodyLine:  line + 1,
			}, nil
		}
		off = next
		line++
	}
	// A line meant to close it, but written another way (QA: all told
	// "add a line +++" at 1:1); one after the body began (a line that is no
	// TOML) is the body's, such as a rule written --- (review).
	inString := false // in a string of several lines
	all := strings.Split(string(rest), "\n")
	for n, l := range all {
		if multiLine(l) {
			inString = !inString
			continue
		}
		if inString {
			continue
		}
		if r := invisibleBefore(l); r != 0 {
			return Source{}, &splitError{n + 2, 1, fmt.Sprintf("front matter is not closed: this +++ has %s before it: delete it, or type the line again", invisibleName(r))}
		}
		switch t := strings.TrimSpace(l); {
		case t != "" && strings.Trim(t, "+") == "" && t != delimiter:
			return Source{}, &splitError{n + 2, 1, fmt.Sprintf("front matter is not closed: the line that closes it is +++, three + signs, not %d", len(t))}
		case t == delimiter:
			return Source{}, &splitError{n + 2, 1, "front matter is not closed: this +++ has " + indent(l) + " before it; write it at the line's start"}
		case t == "---":
			return Source{}, &splitError{n + 2, 1, "front matter is not closed: a front matter opened with +++ is closed with +++, not ---"}
		case strings.HasPrefix(l, delimiter):
			return Source{}, &splitError{n + 2, 4, "front matter is not closed: the line +++ that closes it has nothing after it; put this text on the next line"}
		case !tomlLine.MatchString(l):
			// The body began: the closing line goes above it, and
			// above its headings, which read as TOML's comments
			// (QA: told "add a line +++ after it" at the opening
			// line, a user looked for where "it" ended).
			return Source{}, &splitError{bodyStart(all, n) + 2, 1, "front matter is not closed: add a line +++ above this line, where the body begins"}
		}
	}
	return Source{}, &splitError{1, 1, "front matter is not closed: add a line +++ after it"}
}

// bodyStart is the index of the first line of the body in lines (the file
// after its opening line), given that of its first line that is no TOML:
// blank lines and the body's headings above it (## Problem, as fokus new
// writes them) are the body's too. A line of one # is taken for TOML's
// comment, as fokus new writes those above the closing line.
func bodyStart(lines []string, first int) int {
	start := first
	for n := first - 1; n >= 0; n-- {
		t := strings.TrimSpace(lines[n])
		if t == "" {
			continue
		}
		if !bodyHeading.MatchString(t) {
			break
		}
		start = n
	}
	return start
}

// bodyHeading is a Markdown heading of level 2 to 6, which a front matter
// hardly writes as a comment.
var bodyHeading = regexp.MustCompile(`^#{2,6}\s`)

// laterDelimiter is the index of the first line of rest (the file after
// its first line) that opens a front matter another +++ line closes, or -1
// for none: the front matter is there, below text that is not its.
func laterDelimiter(rest []byte) int {
	lines := strings.Split(string(rest), "\n")
	for n, l := range lines {
		if strings.TrimRight(l, " \t") != delimiter {
			continue
		}
		for _, m := range lines[n+1:] {
			if strings.TrimRight(m, " \t") == delimiter {
				return n
			}
		}
		return -1
	}
	return -1
}

// tomlLine is a line a front matter in TOML may have: key = value, a
// [table], a comment, an array's items, a blank line.
var tomlLine = regexp.MustCompile(`^\s*(?:[\w."'-]+\s*=|\[|\]|\{|\}|#|"|'|[-+]?\d|[-+]?(?:inf|nan)\b|true\b|false\b|$)`)

// multiLine reports whether line opens or closes a TOML string of several
// lines: it holds an odd number of """ or of ”'.
func multiLine(line string) bool {
	return strings.Count(line, `"""`)%2 == 1 || strings.Count(line, "'''")%2 == 1
}

// tomlBetweenDashes reports whether the lines up to the next --- (rest of
// a file whose first line is ---) are TOML, not YAML: a key = value, and
// no key: value (review: a body's "timeout = 30" made YAML look like TOML).
func tomlBetweenDashes(rest []byte) bool {
	keyValue, inString := false, false
	for _, l := range strings.Split(string(rest), "\n") {
		if multiLine(l) {
			inString = !inString
		}
		if inString {
			continue
		}
		if strings.TrimSpace(l) == "---" {
			break
		}
		if yamlKey.MatchString(l) {
			return false
		}
		keyValue = keyValue || strings.Contains(l, "=") && tomlLine.MatchString(l)
	}
	return keyValue
}

// markWord is a word after the marks of a front matter's first line: the
// name of its language (+++ toml, ---yaml).
var markWord = regexp.MustCompile(`^\s*[A-Za-z]+$`)

// yamlKey is YAML's key: value.
var yamlKey = regexp.MustCompile(`^\s*[\w-]+:(?:\s|$)`)

func invalidUTF8At(data []byte) (line, col int) {
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return line, col
}

// invisibleBefore is the first character that editors show as nothing
// (a zero-width space, a second byte-order mark) before line l's +++, as
// pasted from a web page or a chat with it, or 0: the line reads +++ to
// its writer (QA: told "the first line must be +++", or to close the
// front matter above a +++).
func invisibleBefore(l string) rune {
	t := strings.TrimLeftFunc(l, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) })
	if strings.TrimRight(t, " \t") != delimiter {
		return 0
	}
	for _, r := range l[:len(l)-len(t)] {
		if unicode.Is(unicode.Cf, r) {
			return r
		}
	}
	return 0
}

// invisibleName names r, a character that editors show as nothing.
func invisibleName(r rune) string {
	return fmt.Sprintf("an invisible character (U+%04X, pasted with the text)", r)
}

// indent names what stands before the text of line l, as its writer sees
// it: an editor shows a tab as a wide space, and "spaces" sent a writer
// looking for spaces that were not there (QA).
func indent(l string) string {
	lead := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
	switch tabs := strings.Count(lead, "\t"); {
	case tabs == 0:
		return "spaces"
	case tabs < len(lead):
		return "spaces and tabs"
	case tabs == 1:
		return "a tab"
	}
	return "tabs"
}
