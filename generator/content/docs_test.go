package content

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// The README's part on content names every key that fokus reads, each
// where it tells of its file: an idea's and its decision's in the example
// idea, an objective's, a key result's and a check-in's in the paragraph
// on objectives, a team's in the one on teams, fokus.toml's in the table
// of its keys. A key added to the decoder without a word there fails here.
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
		{"the table of fokus.toml", paragraph("| key | default |"), configKeys},
		{"the table of fokus.toml", paragraph("| key | default |"), []string{"model", "paper", "orientation"}},
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

// The README's table of fokus.toml's keys gives each the default that a
// site without it gets.
func TestTheReadmeGivesTheDefaultsOfFokusToml(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(readme), "\n| key | default | what |\n|---|---|---|\n")
	if !ok {
		t.Fatal("the README has no table of fokus.toml's keys")
	}
	table, _, _ = strings.Cut(table, "\n\n")
	d := DefaultConfig()
	want := map[string]string{
		"`title`": fmt.Sprintf("%q", d.Title), "`base_url`": fmt.Sprintf("%q", d.BaseURL),
		"`language`": fmt.Sprintf("%q", d.Language), "`timezone`": fmt.Sprintf("%q", d.Timezone),
		"`period`": "see below", "`review_every`": fmt.Sprintf(`"%dd"`, d.ReviewEvery),
		"`assess_within`": fmt.Sprintf(`"%dd"`, d.AssessWithin), "`unsafe_html`": fmt.Sprint(d.UnsafeHTML),
		"`theme`": fmt.Sprintf("%q", d.Theme), "`[scoring] model`": fmt.Sprintf("%q", d.ScoringModel),
		"`[poster] paper`": fmt.Sprintf("%q", d.Paper), "`[poster] orientation`": fmt.Sprintf("%q", d.Orientation),
		"`[rules]`": "",
	}
	rows := strings.Split(table, "\n")
	if len(rows) != len(want) {
		t.Errorf("the table has %d rows, want one for each of %d keys", len(rows), len(want))
	}
	for _, row := range rows {
		cells := strings.Split(row, "|")
		if len(cells) < 4 {
			t.Errorf("a row without three cells: %q", row)
			continue
		}
		key, def := strings.TrimSpace(cells[1]), strings.TrimSpace(cells[2])
		if w, ok := want[key]; !ok {
			t.Errorf("the table has a key %s that the test does not know", key)
		} else if def != w {
			t.Errorf("the README gives %s the default %s; a site without it gets %s", key, def, w)
		}
	}
}
