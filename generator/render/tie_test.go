package render

import (
	"strings"
	"testing"

	"fokus/generator/content"
	"fokus/generator/site"
)

// A team name's spaced dash is measured with the word before it, as the
// poster sets it (tie): the estimate that sizes the name counted "–" as a
// word of its own, which may start a line, and so wrapped the name into
// fewer lines than the browser does.
func TestTeamScaleMeasuresATiedDashWithTheWordBefore(t *testing.T) {
	scale := func(name string) float64 {
		return teamScale(&Poster{Team: &site.Team{Team: &content.Team{Title: name}}}, nil, 60, 4.4)
	}
	for _, name := range []string{"Service Süd – Nord Team", "Kundendienst Region – Außendienst Süd", "Vertrieb Süd — Vertrieb Ersatzteile"} {
		joined := strings.Replace(name, " –", "x–", 1) // one word of the same width
		joined = strings.Replace(joined, " —", "x—", 1)
		if got, want := scale(name), scale(joined); got != want {
			t.Errorf("%q is set at %v, %q at %v; want the same", name, got, joined, want)
		}
	}
}

// The idea tables make their teams' column as wide as the longest word of
// a team's name that no line breaks inside: with its tied dash.
func TestTeamWordCountsATiedDash(t *testing.T) {
	p := &Page{Site: &site.Site{Teams: []*site.Team{{Team: &content.Team{Title: "Innendienst – Nord-West"}}}}}
	if got := p.TeamWord(); got != len([]rune("Innendienst\u00a0–")) {
		t.Errorf("TeamWord = %d, want the letters of %q", got, "Innendienst –")
	}
}
