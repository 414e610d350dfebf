package render

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// asciiHost writes a host's labels of other scripts and accents in
// punycode ("bücher" → "xn--bcher-kva"), as a browser sends them: a QR code
// holds bytes, and scanners read a host's UTF-8 as other letters, as they
// did a path's (QA), which for a host is another address or none. The
// labels are lower-cased and composed (NFC), as IDNA maps them: an "ü"
// written as "u" and a mark, as macOS writes a name it copies, looks the
// same in fokus.toml but is another punycode, another host. The rest of
// IDNA's mapping is left to the writer of base_url, who types the host as
// the intranet spells it.
func asciiHost(host string) string {
	if isASCII(host) {
		return host
	}
	name, port := host, ""
	if i := strings.LastIndexByte(host, ':'); i >= 0 && isASCII(host[i:]) {
		name, port = host[:i], host[i:]
	}
	labels := strings.Split(name, ".")
	for i, l := range labels {
		if !isASCII(l) {
			labels[i] = "xn--" + punycode(norm.NFC.String(strings.ToLower(l)))
		}
	}
	return strings.Join(labels, ".") + port
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// punycode encodes s by RFC 3492 (Bootstring with its parameters for
// IDNA), without the "xn--" prefix.
func punycode(s string) string {
	const (
		base, tmin, tmax, skew, damp = 36, 1, 26, 38, 700
		initialBias, initialN        = 72, 0x80
	)
	adapt := func(delta, points int, first bool) int {
		if first {
			delta /= damp
		} else {
			delta /= 2
		}
		delta += delta / points
		k := 0
		for delta > (base-tmin)*tmax/2 {
			delta /= base - tmin
			k += base
		}
		return k + (base-tmin+1)*delta/(delta+skew)
	}
	digit := func(d int) byte {
		if d < 26 {
			return byte('a' + d)
		}
		return byte('0' + d - 26)
	}
	runes := []rune(s)
	var out []byte
	for _, r := range runes {
		if r < 0x80 {
			out = append(out, byte(r))
		}
	}
	basic := len(out)
	if basic > 0 {
		out = append(out, '-')
	}
	n, delta, bias := initialN, 0, initialBias
	for h := basic; h < len(runes); {
		m := int(^uint(0) >> 1)
		for _, r := range runes {
			if int(r) >= n && int(r) < m {
				m = int(r)
			}
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, r := range runes {
			if int(r) < n {
				delta++
			}
			if int(r) != n {
				continue
			}
			q := delta
			for k := base; ; k += base {
				t := min(max(k-bias, tmin), tmax)
				if q < t {
					break
				}
				out = append(out, digit(t+(q-t)%(base-t)))
				q = (q - t) / (base - t)
			}
			out = append(out, digit(q))
			bias = adapt(delta, h+1, h == basic)
			delta = 0
			h++
		}
		delta++
		n++
	}
	return string(out)
}
