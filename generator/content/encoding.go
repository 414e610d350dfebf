package content

import "bytes"

// utf16Message is the problem with a file saved as UTF-16, and
// notUTF8Message with one in another encoding: they say how to save it as
// UTF-8 where non-developers save files, in Notepad (QA: "save it as
// UTF-8" alone left a sales rep without a next step).
const (
	utf16Message   = "file is saved as UTF-16 (Notepad's \"UTF-16 LE\" or \"Unicode\", or by PowerShell); save it as UTF-8 (in Notepad: Save as, then Encoding: UTF-8)"
	notUTF8Message = "file is not valid UTF-8 (it is saved as ANSI or another old encoding, as older Notepad and Excel do); save it as UTF-8 (in Notepad: Save as, then Encoding: UTF-8)"
	// binaryMessage is the problem with a file that is no text at all:
	// told to save it as UTF-8, as a file of another encoding is, its
	// owner looked for an encoding in a picture (QA).
	binaryMessage = "file is not text but binary (a picture, a PDF, a Word document or a program, saved as .md?); a content file is text, as a text editor saves it"
)

// binarySniff is how much of a file IsBinary looks at, as much as Git does
// to tell a binary file from text.
const binarySniff = 8000

// IsBinary reports whether data is no text: a NUL byte near its start, as
// Git decides it, where no text in UTF-8 has one, in a file that does not
// begin as content does. A NUL pasted into a content file's title is
// better told at its line. Looked at after isUTF16, whose text has a NUL in
// every other byte.
func IsBinary(data []byte) bool {
	return bytes.IndexByte(data[:min(len(data), binarySniff)], 0) >= 0 &&
		!bytes.HasPrefix(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), []byte(delimiter))
}

// isUTF16 reports whether data is text in UTF-16, of either byte order:
// with a byte-order mark, or without one (Python's encode("utf-16-le")),
// where the text's ASCII letters leave a NUL in every other byte. Read as
// UTF-8, the first was "not valid UTF-8" and the second "missing front
// matter" at a first line that reads +++ in the file's editor (QA).
func isUTF16(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return true
	}
	head := data[:min(len(data), 64)&^1]
	if bytes.IndexByte(head, 0) < 0 {
		return false // text, at once: no NUL near the start
	}
	var even, odd int // NULs at even and at odd offsets
	for i, c := range head {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	// Most of one half NUL, the other half nearly none: a stray NUL in
	// text, or a binary file, is not taken for UTF-16.
	pairs := len(head) / 2
	return odd*2 > pairs && even*8 <= odd || even*2 > pairs && odd*8 <= even
}

// LineEnds turns CRLF line endings into LF, and so the CR alone of a file
// that has no LF at all (saved with the line endings of the old Mac OS, as
// some Mac programs still write them), so that every line is one for the
// parser as it is for the editors that show the file. A lone CR in a file
// of LF or CRLF lines is no line break of the file: it stays, and reading
// it is TOML's and Markdown's concern.
func LineEnds(data []byte) []byte {
	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	if bytes.IndexByte(data, '\n') < 0 {
		return bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	return bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
}
