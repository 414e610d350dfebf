package site_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fokus/generator/content"
	"fokus/generator/site"
)

// docs/rules.md lists the focus rules in a table and says how many there
// are: a rule added, renamed or dropped in the code without a word there,
// or a row for a rule that is gone, fails here. Each rule has its section,
// which the table's row links to, and the row says what kind of file the
// rule reports on, as the rule does.
func TestRulesDocListsEveryRule(t *testing.T) {
	doc, err := os.ReadFile("../../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	_, table, ok := strings.Cut(text, "\n## The rules at a glance\n")
	if !ok {
		t.Fatal(`docs/rules.md has no section "The rules at a glance"`)
	}
	table, _, _ = strings.Cut(table, "\n\n###")
	row := regexp.MustCompile("(?m)^\\| \\[`([a-z-]+)`\\]\\(#([a-z-]+)\\) \\|[^|]*\\| the (?:[a-z]+ )?(idea|team|objective)\\b")
	kinds := map[string]content.Kind{"idea": content.KindIdea, "team": content.KindTeam, "objective": content.KindObjective}
	var listed []string
	for _, m := range row.FindAllStringSubmatch(table, -1) {
		code, anchor, kind := m[1], m[2], m[3]
		listed = append(listed, code)
		if anchor != code {
			t.Errorf("the row of %s links to #%s", code, anchor)
		}
		if !strings.Contains(text, "\n## "+code+"\n") {
			t.Errorf("docs/rules.md has no section ## %s", code)
		}
		i := slices.IndexFunc(site.Rules, func(r site.Rule) bool { return r.Code == code })
		if i >= 0 && site.Rules[i].Subject != kinds[kind] {
			t.Errorf("docs/rules.md says %s reports on the %s; it reports on %v", code, kind, site.Rules[i].Subject)
		}
	}
	if codes := site.RuleCodes(); !slices.Equal(listed, codes) {
		t.Errorf("docs/rules.md's table lists the rules\n%v\nthe code has\n%v", listed, codes)
	}
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"}
	if n := len(site.Rules); n >= len(words) || !strings.Contains(strings.Join(strings.Fields(text), " "), words[n]+" **focus rules**") {
		t.Errorf("docs/rules.md does not say that there are %d **focus rules**", n)
	}
}
