package content

import (
	"bytes"
	"strings"
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
// CRLF line endings, and refuses text that is not UTF-8, since every later
// position (and the reader's editor) depends on it.
func Split(data []byte) (Source, *splitError) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return Source{}, &splitError{1, 1, "file is empty; a content file starts with a line +++, its TOML front matter and a closing +++"}
	}
	if !utf8.Valid(data) {
		line, col := invalidUTF8At(data)
		return Source{}, &splitError{line, col, "file is not valid UTF-8; save it with UTF-8 encoding"}
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	first, rest, _ := bytes.Cut(data, []byte("\n"))
	if string(bytes.TrimRight(first, " \t")) != delimiter {
		// Hugo also reads YAML (---) and JSON ({) front matter; say so.
		switch t := string(bytes.TrimSpace(first)); {
		case t == "---":
			return Source{}, &splitError{1, 1, "YAML front matter (---) is not read: fokus reads TOML between +++ lines (title = \"…\" instead of title: …)"}
		case strings.HasPrefix(t, "{"):
			return Source{}, &splitError{1, 1, "JSON front matter is not read: fokus reads TOML between +++ lines"}
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
	return Source{}, &splitError{1, 1, "front matter is not closed: add a line +++ after it"}
}

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
