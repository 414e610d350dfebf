package content

import "testing"

// Tie ties the spaces before a dash or dot to the word before it, a hyphen
// only when it stands between spaces, and leaves every other text as it is.
func TestTieKeepsASpacedDashWithTheWordBefore(t *testing.T) {
	for in, want := range map[string]string{
		"Müller & Söhne – Außendienst": "Müller & Söhne\u00a0– Außendienst",
		"Plan — 2027 · Q1":             "Plan\u00a0— 2027\u00a0· Q1",
		"Süd - West":                   "Süd\u00a0- West",
		"Ende -":                       "Ende\u00a0-",
		"Seiten 10 –20":                "Seiten 10\u00a0–20",
		"zwei  \t– Leerzeichen":        "zwei\u00a0– Leerzeichen",
		"schmal\u2009– Leerzeichen":    "schmal\u00a0– Leerzeichen",
		"A – – B":                      "A\u00a0–\u00a0– B",
		"Groß- und Kleinhandel":        "Groß- und Kleinhandel",
		"Umsatz -5 %":                  "Umsatz -5 %",
		"CRM-Migration 2027–2028":      "CRM-Migration 2027–2028",
		"schon\u00a0– gebunden":        "schon\u00a0– gebunden",
		"– vorne":                      "– vorne",
		"":                             "",
	} {
		if got := Tie(in); got != want {
			t.Errorf("Tie(%q) = %q, want %q", in, got, want)
		}
	}
}
