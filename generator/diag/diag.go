// Package diag describes the problems fokus finds in content, so that every
// stage can collect them and only the command line decides how to print them.
package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Severity tells whether a problem stops the build (Error) or is only shown (Warning).
type Severity int

const (
	Error Severity = iota
	Warning
)

// MarshalText writes "error" or "warning", for `fokus check --format json`.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem, located in the source file where it can be fixed.
// Line and Col count from 1 in the file itself (not in its front matter block);
// Col counts characters, as editors do. Code names a focus rule ("stale", …) and
// is empty for plain content errors.
type Diagnostic struct {
	Path     string   `json:"path"`
	Line     int      `json:"line"`
	Col      int      `json:"col"`
	Severity Severity `json:"severity"`
	Code     string   `json:"code"`
	Message  string   `json:"message"`
}

// String formats d the way compilers do, so editors can jump to it, in the
// form SPEC gives, "path:line:col: error|warning: message"; a focus rule's
// code follows the message as gcc writes its -W flags, "… [stale]", so a
// tool that reads the SPEC's form reads a rule's finding too (QA: it was
// "warning[stale]:", which no reader of "warning: " found).
func (d Diagnostic) String() string {
	msg := Printable(d.Message)
	if d.Code != "" {
		msg += " [" + d.Code + "]"
	}
	line, col := max(d.Line, 1), max(d.Col, 1)
	return fmt.Sprintf("%s:%d:%d: %s: %s", Printable(d.Path), line, col, d.Severity, msg)
}

// Printable writes the characters of s that a terminal or a CI log would
// act on as escapes (\x1b, \u202e): a title or a file name with a line
// break and "path:1:1: error: …" after it forged a diagnostic, and an
// escape sequence cleared the screen or, in a CI log, became a command.
// Exported for the lines other than diagnostics that name a file.
func Printable(s string) string {
	if !strings.ContainsFunc(s, controlling) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !controlling(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// controlling reports whether r is a control character but a tab: C0 and
// C1, line and paragraph separators, and the marks that reorder text (bidi).
func controlling(r rune) bool {
	return r < 0x20 && r != '\t' || r >= 0x7f && r < 0xa0 || r == 0x2028 || r == 0x2029 ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

// Error makes a diagnostic an error, for a problem found where only an
// error can be returned (a body read again while rendering).
func (d Diagnostic) Error() string { return d.String() }

// List collects diagnostics of one run.
type List []Diagnostic

// Errorf adds an error at path:line:col.
func (l *List) Errorf(path string, line, col int, format string, args ...any) {
	*l = append(*l, Diagnostic{Path: path, Line: line, Col: col, Severity: Error, Message: fmt.Sprintf(format, args...)})
}

// Warnf adds a warning at path:line:col.
func (l *List) Warnf(path string, line, col int, format string, args ...any) {
	*l = append(*l, Diagnostic{Path: path, Line: line, Col: col, Severity: Warning, Message: fmt.Sprintf(format, args...)})
}

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns the number of errors and warnings.
func (l List) Count() (errors, warnings int) {
	for _, d := range l {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// Summary counts the list in words: "2 errors, 1 warning".
func (l List) Summary() string {
	errs, warns := l.Count()
	return Plural(errs, "error") + ", " + Plural(warns, "warning")
}

// Plural writes a count with its noun: "1 idea", "3 ideas".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Sort orders by path, line and column, so output is stable and reads top to bottom.
func (l List) Sort() { slices.SortStableFunc(l, Compare) }

// Compare orders two diagnostics as Sort does: by path, line, column and
// message.
func Compare(a, b Diagnostic) int {
	if c := cmp.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Line, b.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Col, b.Col); c != 0 {
		return c
	}
	return cmp.Compare(a.Message, b.Message)
}

// Merge returns the diagnostics of two sorted lists as one sorted list,
// those of a first among equals, as sorting a followed by b orders them.
// A preview's save changes a few of a site's thousands of diagnostics:
// merging them in is cheaper than sorting all again.
func Merge(a, b List) List {
	out := make(List, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if Compare(b[0], a[0]) < 0 {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// String returns one diagnostic per line.
func (l List) String() string {
	var b strings.Builder
	for _, d := range l {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}
