package content

import (
	"os"
	"strings"
	"testing"
)

// The README's part on content names every key that fokus reads, each
// where it tells of its file: an idea's and its decision's in the example
// idea, an objective's, a key result's and a check-in's in the paragraph
// on objectives, a team's in the one on teams, fokus.toml's in the one on
// its keys. A key added to the decoder without a word there fails here.
func TestTheReadmeNamesEveryKey(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	// paragraph is the README from a line that begins with prefix to the
	// next blank line, or to the end of a code block that begins so.
	paragraph := func(prefix string) string {
		_, rest, ok := strings.Cut("\n"+string(readme), "\n"+prefix)
		if !ok {
			t.Fatalf("the README has no line that begins with %q", prefix)
		}
		end := "\n\n"
		if strings.HasPrefix(prefix, "```") {
			end = "\n```"
		}
		text, _, _ := strings.Cut(rest, end)
		return prefix + text
	}
	example := paragraph("```toml\n+++\n")
	for _, tc := range []struct {
		where string
		text  string
		keys  []string
	}{
		{"the example idea", example, ideaKeys},
		{"the example idea", example, decisionKeys},
		{"the paragraph on objectives", paragraph("An objective has"), objectiveKeys},
		{"the paragraph on objectives", paragraph("An objective has"), keyResultKeys},
		{"the paragraph on objectives", paragraph("An objective has"), checkinKeys},
		{"the paragraph on objectives", paragraph("An objective has"), []string{"key_results.checkins"}},
		{"the paragraph on teams", paragraph("A team has"), teamKeys},
		{"the paragraph on fokus.toml", paragraph("`fokus.toml` keys"), configKeys},
		{"the paragraph on fokus.toml", paragraph("`fokus.toml` keys"), []string{"model", "paper", "orientation"}},
	} {
		for _, k := range tc.keys {
			named := strings.Contains(tc.text, "`"+k+"`") || strings.Contains(tc.text, "`"+k+" ") ||
				strings.Contains(tc.text, "] "+k+"`") || strings.Contains(tc.text, "."+k+"]]") ||
				strings.Contains(tc.text, "\n"+k+" = ") || strings.Contains(tc.text, "# "+k+" = ") ||
				strings.Contains(tc.text, "\n["+k+"]") || strings.Contains(tc.text, "`["+k+"]") ||
				strings.Contains(tc.text, "`[["+k+"]]`")
			if !named {
				t.Errorf("the README does not name the key %s in %s", k, tc.where)
			}
		}
	}
}
