package content

import (
	"bytes"
	"fmt"
	"strings"
)

// Limits of the TOML that fokus hands to its decoder. The decoder's time and
// memory grow with the square of a value's nesting and of a key's parts, and
// a deep enough array overflows its stack, which no recover catches: one
// pasted or generated file of 30 KB took a minute and gigabytes, one of 4 MB
// ended the preview server (QA). Front matter needs a few levels at most.
const (
	maxNesting  = 32 // arrays and tables inside one another
	maxKeyParts = 32 // the parts of one dotted key, a.b.c
)

// Limits of a Markdown body: goldmark's time grows with the square of how
// deeply lists and quotes nest (a list 2,000 levels deep, 4 MB, took 20 s;
// "- - - … x" on one line as much), and no page needs more than a few
// levels. 256 columns are 128 levels of a list; at these limits a body
// converts at once.
const (
	maxIndent     = 256 // columns of a line's leading white space
	maxContainers = 64  // quote marks and list markers before a line's text
)

// deepBody returns the offset of the first line of body that begins with
// more white space, quote marks or list markers than the limits allow, or
// -1. Lines in fenced code are counted too: whether a fence holds them
// depends on the containers around it (a fence in a list item ends with the
// item), and a limit that a fence could switch off would be no limit. No
// code starts a line with 64 list markers or 256 columns of indentation.
func deepBody(body []byte) int {
	for start := 0; start < len(body); {
		end := bytes.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		line := body[start:end]
		cols, containers := 0, 0
	lead:
		for i := 0; i < len(line); i++ {
			switch c := line[i]; {
			case c == ' ':
				cols++
			case c == '\t':
				cols += 4 - cols%4
			case c == '>':
				containers++
			case (c == '-' || c == '*' || c == '+') && (i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t'):
				containers++
			case c >= '0' && c <= '9':
				j := i
				for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
					j++
				}
				if j < len(line) && (line[j] == '.' || line[j] == ')') && (j+1 == len(line) || line[j+1] == ' ' || line[j+1] == '\t') {
					containers++
					i = j
				} else {
					break lead
				}
			default:
				break lead
			}
			if cols > maxIndent || containers > maxContainers {
				return start
			}
		}
		start = end + 1
	}
	return -1
}

// Limits of a body's tables: goldmark fills every row of a table out to
// its columns, so cells grow with columns × rows, and a table of 6,000
// columns in a file of 36 KB ran the preview out of memory (security
// review). No page needs more.
const (
	maxTableColumns = 100
	maxTableCells   = 50_000
)

// wideTable returns the offset of the first table of body (its delimiter
// row, "|---|:--|") wider than maxTableColumns, or of the table that brings
// the body's tables past maxTableCells in all, with a message; or -1. Each
// line is read once: a table's rows are not read again as lines of their
// own (review: 49,000 lines of "-|" took 75 s). Tables in quotes and list
// items count too, as goldmark finds them there.
func wideTable(body []byte) (off int, msg string) {
	if bytes.IndexByte(body, '|') < 0 {
		return -1, ""
	}
	total := 0
	for start := 0; start < len(body); {
		end := lineEnd(body, start)
		cols := delimiterCells(inner(body[start:end]))
		if cols == 0 {
			start = end + 1
			continue
		}
		rows, next := 0, end+1
		for next < len(body) {
			e := lineEnd(body, next)
			if len(bytes.TrimSpace(inner(body[next:e]))) == 0 {
				break
			}
			rows++
			next = e + 1
		}
		total += cols * (rows + 1)
		switch {
		case cols > maxTableColumns:
			return start, fmt.Sprintf("a table of %d columns is more than fokus shows on a page (at most %d), so it does not convert this body; publish a table this large as a file (put the .csv or .xlsx into static/ and link it) and show a summary here", cols, maxTableColumns)
		case total > maxTableCells:
			return start, fmt.Sprintf("the tables have %d cells in all up to this one, more than fokus shows on a page (at most %d), so it does not convert this body; publish a table this large as a file (put the .csv or .xlsx into static/ and link it) and show a summary here", total, maxTableCells)
		}
		start = next
	}
	return -1, ""
}

// maxInlineWork limits how much work goldmark's inline parsing of a body
// may take, counted for each paragraph (lines up to a blank one) as the
// link brackets and emphasis marks it holds ('[', '*', '_') times its
// length in bytes, summed over the body. goldmark's time grows with that
// product where links or emphasis stay open: "[a](" 50,000 times (200 KB)
// took 45 s, "*a_" 20,000 times (60 KB, 2.4·10⁹) 8 s (security review).
// Closed links cost far less: a table of 600 accounts with two links each
// (83 KB, 4.5·10⁸) converts in 40 ms, and must not be refused (review of
// the limit, which had been 10⁸). Just under the limit, "*a_" 12,800 times
// (38 KB, 9.8·10⁸) converts in 1.1 s, as a body of a few MB does.
const maxInlineWork = 1_000_000_000

// busyParagraph returns the offset of the paragraph of body that brings the
// body's inline work past maxInlineWork, with its marks and length, or -1.
// A paragraph here is a run of lines that holds every paragraph goldmark
// parses inline as one, and may hold more (a limit must not be fooled):
// lines up to a blank one, an ATX heading, or a list item that goldmark
// always starts there (a bullet with text, or "1."), not counting a fenced
// code block that opens after a blank line at the margin (review: 2,500
// links in a list and 3,000 lines of code had been refused). A table's rows
// count as one with the lines around them: a table of 1,600 accounts with
// links is refused; rows told apart had let a paragraph under a setext
// underline through.
func busyParagraph(body []byte) (off, marks, size int) {
	// No paragraph's marks times its length exceeds the body's marks times
	// its length: most bodies are done with three quick counts.
	all := bytes.Count(body, []byte("[")) + bytes.Count(body, []byte("*")) + bytes.Count(body, []byte("_"))
	if all*len(body) <= maxInlineWork {
		return -1, 0, 0
	}
	// An HTML block such as <!-- … --> may hold a line that looks like a
	// fence and is none; then no code is left out of the count.
	fences := !htmlBlockStart(body)
	work := 0
	first, n := -1, 0            // the run being counted: its start and marks
	done := func(end int) bool { // ends the run; true past the limit
		if first < 0 {
			return false
		}
		length := end - first
		work += n * length
		if work > maxInlineWork {
			off, marks, size = first, n, length
			return true
		}
		first, n = -1, 0
		return false
	}
	fence, afterBlank := "", true
	for start := 0; start < len(body); {
		end := lineEnd(body, start)
		line := body[start:end]
		next := min(end+1, len(body))
		switch {
		case fence != "":
			trimmed := bytes.TrimLeft(line, " ")
			if f := fenceOf(trimmed); f != "" && strings.HasPrefix(f, fence) && len(bytes.TrimSpace(trimmed[len(f):])) == 0 {
				fence = ""
			}
		case blank(line):
			if done(start) {
				return
			}
			afterBlank = true
		case fences && afterBlank && openingFence(line) != "":
			fence, afterBlank = openingFence(line), false
		default:
			heading := atxHeading(line)
			if (heading || listItem(line)) && done(start) {
				return
			}
			if first < 0 {
				first = start
			}
			for _, c := range line {
				if c == '[' || c == '*' || c == '_' {
					n++
				}
			}
			if heading && done(next) {
				return
			}
			afterBlank = false
		}
		start = next
	}
	if done(len(body)) {
		return
	}
	return -1, 0, 0
}

// openingFence is the fence that line opens at the margin (``` or ~~~), or
// "": a backtick fence's info string has no backtick, else the line is text.
func openingFence(line []byte) string {
	f := fenceOf(line)
	if f != "" && f[0] == '`' && bytes.IndexByte(line[len(f):], '`') >= 0 {
		return ""
	}
	return f
}

// htmlBlockStart reports whether body may hold an HTML block that blank
// lines do not end (<!-- -->, <?…?>, <!…>, <pre>, <script>, <style>,
// <textarea>).
func htmlBlockStart(body []byte) bool {
	lower := bytes.ToLower(body)
	for _, s := range []string{"<!", "<?", "<pre", "<script", "<style", "<textarea"} {
		if bytes.Contains(lower, []byte(s)) {
			return true
		}
	}
	return false
}

// blockLine is line without the quote marks before its text, if what is
// left is indented less than four spaces (else nil): where a block can
// start.
func blockLine(line []byte) []byte {
	for {
		i := 0
		for i < 3 && i < len(line) && line[i] == ' ' {
			i++
		}
		if i < len(line) && line[i] == '>' {
			line = line[i+1:]
			if len(line) > 0 && (line[0] == ' ' || line[0] == '\t') {
				line = line[1:]
			}
			continue
		}
		if i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			return nil
		}
		return line[i:]
	}
}

// atxHeading reports whether line is a heading of one to six #.
func atxHeading(line []byte) bool {
	line = blockLine(line)
	i := 0
	for i < len(line) && line[i] == '#' {
		i++
	}
	return i >= 1 && i <= 6 && (i == len(line) || line[i] == ' ' || line[i] == '\t')
}

// listItem reports whether line starts a list item wherever it stands, as
// goldmark reads it: a bullet with text, or an item numbered 1 with text
// (another number does not interrupt a paragraph).
func listItem(line []byte) bool {
	line = blockLine(line)
	rest := []byte(nil)
	switch {
	case len(line) >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && (line[1] == ' ' || line[1] == '\t'):
		rest = line[2:]
	default:
		i := 0
		for i < len(line) && i < 9 && line[i] == '0' {
			i++
		}
		if i < len(line) && line[i] == '1' && i+2 < len(line) && (line[i+1] == '.' || line[i+1] == ')') && (line[i+2] == ' ' || line[i+2] == '\t') {
			rest = line[i+3:]
		}
	}
	return len(bytes.TrimSpace(rest)) > 0
}

// maxFootnoteMarks is the most "[^" (footnote references and definitions) a
// body may hold. goldmark looks up each reference's definition in a list,
// so its time grows with references times definitions: 20,000 footnotes
// in 560 KB took 6 s, and twice as many four times that (security review).
// At the limit a body converts at once; no page has a thousand footnotes.
const maxFootnoteMarks = 10_000

// manyFootnotes returns the offset of the "[^" past maxFootnoteMarks in
// body, or -1.
func manyFootnotes(body []byte) int {
	off := 0
	for n := 0; ; n++ {
		i := bytes.Index(body[off:], []byte("[^"))
		if i < 0 {
			return -1
		}
		if n == maxFootnoteMarks {
			return off + i
		}
		off += i + 2
	}
}

// blank reports whether line ends a paragraph as a blank line does: white
// space and quote marks only. A list marker alone ("- ") does not: an empty
// item cannot interrupt a paragraph, so the paragraph goes on past it.
func blank(line []byte) bool {
	return len(bytes.Trim(line, " \t\r>")) == 0
}

// inner is a line without the white space, quote marks and list markers
// before its text.
func inner(line []byte) []byte {
	for len(line) > 0 {
		switch c := line[0]; {
		case c == ' ' || c == '\t' || c == '>':
			line = line[1:]
		case (c == '-' || c == '*' || c == '+') && len(line) > 1 && (line[1] == ' ' || line[1] == '\t'):
			line = line[2:]
		default:
			return line
		}
	}
	return line
}

func lineEnd(body []byte, start int) int {
	if i := bytes.IndexByte(body[start:], '\n'); i >= 0 {
		return start + i
	}
	return len(body)
}

// delimiterCells returns the cells of a table's delimiter row ("| --- | :-: |"),
// or 0 for any other line.
func delimiterCells(line []byte) int {
	cells, dash, pipe := 0, false, false
	for _, c := range line {
		switch c {
		case '-':
			if !dash {
				cells++
			}
			dash = true
		case '|':
			dash, pipe = false, true
		case ':', ' ', '\t', '\r':
		default:
			return 0
		}
	}
	if !pipe {
		return 0 // "---" alone is a rule, not a table
	}
	return cells
}

// checkShape scans TOML for a value nested deeper than maxNesting or a key of
// more than maxKeyParts parts, outside strings and comments, and returns where
// (line and byte column, from 1) and what, or ok.
func checkShape(text string) (line, col int, msg string, ok bool) {
	depth, dots := 0, 0
	line, lineStart := 1, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
			line, lineStart, dots = line+1, i+1, 0
		case c == '#':
			for i+1 < len(text) && text[i+1] != '\n' {
				i++
			}
		case c == '"' || c == '\'':
			end, lines, last := skipTOMLString(text, i)
			if lines > 0 {
				line, lineStart = line+lines, last
			}
			i = end - 1
		case c == '[' || c == '{':
			if depth++; depth > maxNesting {
				return line, i - lineStart + 1, fmt.Sprintf("values nest more than %d levels deep; fokus reads at most %d", maxNesting, maxNesting), false
			}
		case c == ']' || c == '}':
			depth = max(depth-1, 0)
		case c == '.':
			// A dot between digits is a number's (1.5); others join the
			// parts of a key. A line holds at most one key's parts in a row.
			digit := func(j int) bool { return j >= 0 && j < len(text) && text[j] >= '0' && text[j] <= '9' }
			if !digit(i-1) || !digit(i+1) {
				if dots++; dots >= maxKeyParts {
					return line, i - lineStart + 1, fmt.Sprintf("a key has more than %d parts (a.b.c…); fokus reads at most %d", maxKeyParts, maxKeyParts), false
				}
			}
		}
	}
	return 0, 0, "", true
}

// skipTOMLString returns the index just past the string that starts at
// text[i] (basic or literal, one line or multi-line), how many newlines it
// holds and the index just past the last of them. An unclosed string ends
// at the end of its line (one-line) or of the text; the decoder reports it.
func skipTOMLString(text string, i int) (end, lines, last int) {
	q := text[i]
	multi := i+2 < len(text) && text[i+1] == q && text[i+2] == q
	j := i + 1
	if multi {
		j = i + 3
	}
	for j < len(text) {
		c := text[j]
		switch {
		case c == '\\' && q == '"':
			if j+1 < len(text) && text[j+1] == '\n' { // a line-ending backslash
				lines, last = lines+1, j+2
			}
			j += 2
			continue
		case c == '\n':
			if !multi {
				return j, lines, last
			}
			lines, last = lines+1, j+1
		case c == q && !multi:
			return j + 1, lines, last
		case c == q && j+2 < len(text) && text[j+1] == q && text[j+2] == q:
			// Up to two more quotes may close a multi-line string ("""a"""").
			j += 3
			for k := 0; k < 2 && j < len(text) && text[j] == q; k++ {
				j++
			}
			return j, lines, last
		}
		j++
	}
	return len(text), lines, last
}
