package content

import (
	"strings"
	"unicode/utf8"
)

// CSSLoad is an address that a stylesheet loads: Offset is where it
// starts in the stylesheet, URL what it is once its escapes are decoded.
type CSSLoad struct {
	Offset int
	URL    string
}

// CSSLoads returns the addresses of other servers that css, a stylesheet
// or a style attribute's declarations, loads: by url(), @import "…" and
// image-set("…"). The text is read as the CSS syntax spec tokenizes it,
// so that an escape (u\rl(, \75 rl(, @\69mport) or a comment (@import/**/"…")
// hides no load from the check, as a pattern over the text let them pass,
// and an address in a comment or in @namespace (which loads nothing) is
// none.
func CSSLoads(css string) []CSSLoad { return cssLoads(css, true) }

// cssLoads returns the addresses that css loads (see CSSLoads) from other
// servers, or with remote false those in the site: a picture beside a
// content file that a body's raw CSS shows is published (see htmlRefs).
func cssLoads(css string, remote bool) []CSSLoad {
	var out []CSSLoad
	var open []string // the functions and brackets the scanner is in; "" for a bracket
	// urlFn and imports: a url( or an @import that a string may follow;
	// namespace: in @namespace, whose url() names and loads nothing.
	var urlFn, imports, namespace bool
	add := func(at int, u string) {
		if !namespace && fromAnotherServer(u) == remote {
			out = append(out, CSSLoad{at, u})
		}
	}
	s := cssScanner{s: css}
	for {
		t := s.next()
		switch t.kind {
		case cssEOF:
			return out
		case cssSpace:
			continue
		case cssString:
			inSet := len(open) > 0 && (open[len(open)-1] == "image-set" || open[len(open)-1] == "-webkit-image-set")
			if urlFn || imports || inSet {
				add(t.at, t.value)
			}
		case cssURL:
			add(t.at, t.value)
		case cssFunction:
			open = append(open, strings.ToLower(t.value))
		case cssAtKeyword:
			switch strings.ToLower(t.value) {
			case "import":
				imports = true
				continue
			case "namespace":
				namespace = true
			}
		case cssDelim:
			switch t.value {
			case "(", "[", "{":
				open = append(open, "")
			case ")", "]", "}":
				if len(open) > 0 {
					open = open[:len(open)-1]
				}
			}
			if t.value == ";" || t.value == "{" || t.value == "}" {
				namespace = false
			}
		}
		urlFn = t.kind == cssFunction && strings.EqualFold(t.value, "url")
		imports = false
	}
}

// fromAnotherServer reports whether the address u, as a browser reads it
// from a page of the site, is another server's: two slashes (or
// backslashes, which a browser takes for slashes) before it, a scheme of
// the web (https:host/x.png is another server's from file:// and from a
// page of the other scheme), or another scheme with two slashes. The
// browser's own cleaning goes first: space around it, and tabs and line
// breaks in it, go.
func fromAnotherServer(u string) bool {
	u = strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(u, "\t\n\r") {
		u = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, u)
	}
	if len(u) >= 2 && (u[0] == '/' || u[0] == '\\') && (u[1] == '/' || u[1] == '\\') {
		return true
	}
	colon := strings.IndexByte(u, ':')
	if colon <= 0 || !isASCIILetter(u[0]) {
		return false // a path of the site's, or no address
	}
	for _, c := range []byte(u[:colon]) {
		if !isASCIILetter(c) && (c < '0' || c > '9') && c != '+' && c != '-' && c != '.' {
			return false // a colon in a path (a/b:c)
		}
	}
	switch strings.ToLower(u[:colon]) {
	case "http", "https", "ftp", "ws", "wss":
		return true
	}
	return strings.HasPrefix(u[colon+1:], "//")
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// The kinds of a cssToken: only those that tell where a load is.
const (
	cssEOF = iota
	cssSpace
	cssString
	cssURL
	cssFunction
	cssAtKeyword
	cssIdent
	cssDelim // a single character, brackets and ; among them
	cssOther // a number, a bad string or url, <!-- and -->
)

// cssToken is a token of CSS Syntax Level 3: at is where it starts (a
// string's or url's at its value), value its name or value with its
// escapes decoded, or a delimiter's character.
type cssToken struct {
	kind  int
	at    int
	value string
}

// cssScanner tokenizes CSS as the CSS Syntax Module Level 3 does, §4.3.
type cssScanner struct {
	s string
	i int
}

func (c *cssScanner) peek(k int) byte {
	if c.i+k < len(c.s) {
		return c.s[c.i+k]
	}
	return 0
}

func isCSSSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' }

func isHex(b byte) bool {
	return b >= '0' && b <= '9' || b|0x20 >= 'a' && b|0x20 <= 'f'
}

func isNameStart(b byte) bool { return isASCIILetter(b) || b == '_' || b >= utf8.RuneSelf }

func isNameChar(b byte) bool { return isNameStart(b) || b >= '0' && b <= '9' || b == '-' }

// validEscape reports whether a backslash k ahead starts an escape: one
// before a line break continues a string's line, and is none.
func (c *cssScanner) validEscape(k int) bool {
	b := c.peek(k + 1)
	return c.peek(k) == '\\' && b != '\n' && b != '\r' && b != '\f'
}

// startsIdent reports whether an ident begins k ahead.
func (c *cssScanner) startsIdent(k int) bool {
	switch b := c.peek(k); b {
	case '-':
		return isNameStart(c.peek(k+1)) || c.peek(k+1) == '-' || c.validEscape(k+1)
	case '\\':
		return c.validEscape(k)
	default:
		return isNameStart(b)
	}
}

// startsNumber reports whether a number begins here.
func (c *cssScanner) startsNumber() bool {
	digit := func(k int) bool { b := c.peek(k); return b >= '0' && b <= '9' }
	switch c.peek(0) {
	case '+', '-':
		return digit(1) || c.peek(1) == '.' && digit(2)
	case '.':
		return digit(1)
	}
	return digit(0)
}

// escape consumes an escape after its backslash, which is consumed.
func (c *cssScanner) escape(b *strings.Builder) {
	if c.i >= len(c.s) {
		b.WriteRune(utf8.RuneError)
		return
	}
	if isHex(c.s[c.i]) {
		var r rune
		for n := 0; n < 6 && c.i < len(c.s) && isHex(c.s[c.i]); n++ {
			d := c.s[c.i]
			switch {
			case d <= '9':
				r = r*16 + rune(d-'0')
			default:
				r = r*16 + rune(d|0x20-'a'+10)
			}
			c.i++
		}
		if c.peek(0) == '\r' && c.peek(1) == '\n' {
			c.i += 2
		} else if isCSSSpace(c.peek(0)) {
			c.i++
		}
		if r == 0 || r > utf8.MaxRune || r >= 0xD800 && r <= 0xDFFF {
			r = utf8.RuneError
		}
		b.WriteRune(r)
		return
	}
	r, n := utf8.DecodeRuneInString(c.s[c.i:])
	c.i += n
	b.WriteRune(r)
}

// name consumes a name, its escapes decoded.
func (c *cssScanner) name() string {
	var b strings.Builder
	for c.i < len(c.s) {
		switch ch := c.s[c.i]; {
		case isNameChar(ch):
			b.WriteByte(ch)
			c.i++
		case c.validEscape(0):
			c.i++
			c.escape(&b)
		default:
			return b.String()
		}
	}
	return b.String()
}

func (c *cssScanner) next() cssToken {
	if c.i >= len(c.s) {
		return cssToken{kind: cssEOF, at: c.i}
	}
	start := c.i
	switch ch := c.s[c.i]; {
	case ch == '/' && c.peek(1) == '*':
		if end := strings.Index(c.s[c.i+2:], "*/"); end >= 0 {
			c.i += 2 + end + 2
		} else {
			c.i = len(c.s)
		}
		return c.next() // a comment is no token
	case isCSSSpace(ch):
		for c.i < len(c.s) && isCSSSpace(c.s[c.i]) {
			c.i++
		}
		return cssToken{kind: cssSpace, at: start}
	case ch == '"' || ch == '\'':
		c.i++
		return c.str(ch)
	case c.startsNumber():
		c.i++
		for c.i < len(c.s) && (c.s[c.i] >= '0' && c.s[c.i] <= '9' || c.s[c.i] == '.' && c.peek(1) >= '0' && c.peek(1) <= '9') {
			c.i++
		}
		if c.startsIdent(0) {
			c.name() // a dimension's unit: 10url( is no url
		} else if c.peek(0) == '%' {
			c.i++
		}
		return cssToken{kind: cssOther, at: start}
	case ch == '-' && c.peek(1) == '-' && c.peek(2) == '>':
		c.i += 3
		return cssToken{kind: cssOther, at: start}
	case ch == '<' && strings.HasPrefix(c.s[c.i:], "<!--"):
		c.i += 4
		return cssToken{kind: cssOther, at: start}
	case ch == '@' && c.startsIdent(1):
		c.i++
		return cssToken{kind: cssAtKeyword, at: start, value: c.name()}
	case c.startsIdent(0):
		name := c.name()
		if c.peek(0) != '(' {
			return cssToken{kind: cssIdent, at: start, value: name}
		}
		c.i++
		if !strings.EqualFold(name, "url") {
			return cssToken{kind: cssFunction, at: start, value: name}
		}
		for isCSSSpace(c.peek(0)) && isCSSSpace(c.peek(1)) {
			c.i++
		}
		if q := c.peek(0); q == '"' || q == '\'' || isCSSSpace(q) && (c.peek(1) == '"' || c.peek(1) == '\'') {
			return cssToken{kind: cssFunction, at: start, value: name} // url("…"): a string follows
		}
		return c.url()
	}
	c.i++
	return cssToken{kind: cssDelim, at: start, value: c.s[start:c.i]}
}

// str consumes a string after its opening quote q.
func (c *cssScanner) str(q byte) cssToken {
	at := c.i
	var b strings.Builder
	for c.i < len(c.s) {
		switch ch := c.s[c.i]; {
		case ch == q:
			c.i++
			return cssToken{kind: cssString, at: at, value: b.String()}
		case ch == '\n' || ch == '\r' || ch == '\f':
			return cssToken{kind: cssOther, at: at} // a bad string
		case ch == '\\':
			c.i++
			switch {
			case c.i >= len(c.s):
			case c.s[c.i] == '\r' && c.peek(1) == '\n':
				c.i += 2 // a line continued
			case c.s[c.i] == '\n' || c.s[c.i] == '\r' || c.s[c.i] == '\f':
				c.i++
			default:
				c.escape(&b)
			}
		default:
			b.WriteByte(ch)
			c.i++
		}
	}
	return cssToken{kind: cssString, at: at, value: b.String()}
}

// url consumes an unquoted url( after its parenthesis.
func (c *cssScanner) url() cssToken {
	for isCSSSpace(c.peek(0)) {
		c.i++
	}
	at := c.i
	var b strings.Builder
	bad := func() cssToken {
		// The rest of a bad url, up to its ), is no other token.
		for c.i < len(c.s) && c.s[c.i] != ')' {
			if c.validEscape(0) {
				c.i++
			}
			c.i++
		}
		c.i = min(c.i+1, len(c.s))
		return cssToken{kind: cssOther, at: at}
	}
	for c.i < len(c.s) {
		switch ch := c.s[c.i]; {
		case ch == ')':
			c.i++
			return cssToken{kind: cssURL, at: at, value: b.String()}
		case isCSSSpace(ch):
			for isCSSSpace(c.peek(0)) {
				c.i++
			}
			if c.i >= len(c.s) || c.s[c.i] == ')' {
				continue
			}
			return bad()
		case ch == '"' || ch == '\'' || ch == '(' || ch < ' ' && ch != '\t' || ch == 0x7f:
			return bad()
		case ch == '\\':
			if !c.validEscape(0) {
				return bad()
			}
			c.i++
			c.escape(&b)
		default:
			b.WriteByte(ch)
			c.i++
		}
	}
	return cssToken{kind: cssURL, at: at, value: b.String()}
}
