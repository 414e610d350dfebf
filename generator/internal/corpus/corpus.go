// Package corpus generates large, valid fokus sites for benchmarks: N ideas
// with about 3 KB of German-ish Markdown each, N/10 objectives with two to
// four key results and check-ins, and eight teams. The same arguments always
// give the same files, so benchmark runs compare like with like.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing/fstest"
	"unicode"
	"unicode/utf8"
)

// Teams is how many teams every corpus has.
const Teams = 8

// Period is the current period of every corpus; Now is a day within it, to
// pass as --now.
const (
	Period = "2026-Q4"
	Now    = "2026-11-26"
)

// Files returns the corpus as path (forward slashes, relative to the source
// folder) → content.
func Files(ideas int, seed int64) map[string][]byte {
	g := &gen{r: rand.New(rand.NewPCG(uint64(seed), 0x666f6b7573)), files: map[string][]byte{}}
	g.config()
	g.teams()
	g.objectives(ideas / 10)
	g.ideas(ideas)
	return g.files
}

// MapFS returns the corpus as an in-memory file system.
func MapFS(ideas int, seed int64) fstest.MapFS {
	fsys := fstest.MapFS{}
	for p, data := range Files(ideas, seed) {
		fsys[p] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return fsys
}

// Write writes the corpus below dir, which is created if needed.
func Write(dir string, ideas int, seed int64) error {
	files := Files(ideas, seed)
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	made := map[string]bool{}
	for _, p := range paths {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if d := filepath.Dir(full); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			made[d] = true
		}
		if err := os.WriteFile(full, files[p], 0o644); err != nil {
			return err
		}
	}
	return nil
}

type gen struct {
	r         *rand.Rand
	files     map[string][]byte
	teamSlugs []string
	current   []string // objectives of the current period
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *gen) config() {
	g.files["fokus.toml"] = []byte(`title = "Fokus · Benchmark AG"
base_url = "https://fokus.example/"
language = "de"
timezone = "Europe/Zurich"
period = "` + Period + `"
review_every = "14d"

[scoring]
model = "wsjf"
`)
}

var teamNames = []string{"Content & Brand", "Demand Generation", "Inside Sales", "Key Account", "Sales Operations",
	"Produktmarketing", "Partnervertrieb", "Customer Success"}

func (g *gen) teams() {
	for i := range Teams {
		name := teamNames[i%len(teamNames)]
		slug := fmt.Sprintf("team-%d", i+1)
		g.teamSlugs = append(g.teamSlugs, slug)
		g.files["content/teams/"+slug+".md"] = fmt.Appendf(nil, `+++
title = %q
capacity = %d
wip_limit = %d
door = "Raum %d.%02d"
members = [%q, %q, %q]
+++

%s
`, name, 2000+g.r.IntN(2000), 400+g.r.IntN(200), 1+i/3, 10+i, g.person(), g.person(), g.person(), g.paragraph())
	}
}

func (g *gen) objectives(n int) {
	for i := range n {
		team := g.teamSlugs[i%len(g.teamSlugs)]
		slug := fmt.Sprintf("ziel-%05d-%s", i+1, g.pick(slugWords))
		period := Period
		if i%5 == 4 {
			period = "2026-Q3"
		} else {
			g.current = append(g.current, slug)
		}
		var b strings.Builder
		title, owner := g.title(), g.person()
		fmt.Fprintf(&b, "+++\ntitle = %q\nteam = %q\nperiod = %q\nowner = %q\nreviewed = %s\n",
			title, team, period, owner, past(10+g.r.IntN(2), 1+g.r.IntN(28)))
		for k := range 2 + g.r.IntN(3) {
			fmt.Fprintf(&b, "\n[[key_results]]\ntitle = %q\n", g.title())
			switch k % 3 {
			case 0: // rising
				target := 20 + g.r.IntN(200)
				fmt.Fprintf(&b, "start = 0\ntarget = %d\nunit = \"Leads\"\nconfidence = 0.%d\n", target, 1+g.r.IntN(9))
				g.checkins(&b, 0, target)
			case 1: // falling
				start := 100 + g.r.IntN(200)
				fmt.Fprintf(&b, "start = %d\ntarget = %d\ncurrent = %d\nunit = \"CHF\"\n", start, start/2, start-g.r.IntN(start/2))
			default: // yes/no
				fmt.Fprintf(&b, "done = %t\n", g.r.IntN(2) == 0)
			}
		}
		b.WriteString("+++\n\n")
		b.WriteString(g.paragraph())
		b.WriteString("\n")
		g.files["content/objectives/"+team+"/"+slug+".md"] = []byte(b.String())
	}
}

func (g *gen) checkins(b *strings.Builder, start, target int) {
	v := start
	for m := range g.r.IntN(5) {
		v += g.r.IntN(target/4 + 1)
		fmt.Fprintf(b, "\n[[key_results.checkins]]\ndate = 2026-%02d-15\nvalue = %d\n", 7+m, v)
		if g.r.IntN(2) == 0 {
			fmt.Fprintf(b, "note = %q\n", g.sentence())
		}
	}
}

var statuses = []string{"proposed", "proposed", "proposed", "assessing", "assessing", "accepted", "in-progress", "done", "rejected", "parked", "dropped"}

func (g *gen) ideas(n int) {
	slugs := make([]string, n)
	for i := range n {
		slugs[i] = fmt.Sprintf("idee-%05d-%s", i+1, g.pick(slugWords))
	}
	for i, slug := range slugs {
		status := g.pick(statuses)
		var b strings.Builder
		title, submitted := g.title(), past(1+g.r.IntN(11), 1+g.r.IntN(28))
		fmt.Fprintf(&b, "+++\ntitle = %q\nsubmitted = %s\nauthor = %q\n", title, submitted, g.person())
		teams := []string{g.pick(g.teamSlugs)}
		if g.r.IntN(3) == 0 {
			if other := g.pick(g.teamSlugs); other != teams[0] {
				teams = append(teams, other)
			}
		}
		fmt.Fprintf(&b, "teams = [%s]\nstatus = %q\ntags = [%q, %q]\n", quoted(teams), status, g.pick(slugWords), g.pick(slugWords))
		if len(g.current) > 0 && g.r.IntN(3) > 0 {
			fmt.Fprintf(&b, "objectives = [%q]\n", g.pick(g.current))
		}
		if status != "proposed" || g.r.IntN(2) == 0 {
			fmt.Fprintf(&b, "\n[score]\nvalue = %d\ntime_criticality = %d\nrisk_reduction = %d\njob_size = %d\n",
				1+g.r.IntN(20), g.r.IntN(13), g.r.IntN(8), 1+g.r.IntN(13))
		}
		if status != "proposed" && status != "assessing" {
			// Decided after it was submitted, as real ideas are: one
			// before would be a warning in every other file.
			date := max(past(1+g.r.IntN(11), 1+g.r.IntN(28)), submitted)
			fmt.Fprintf(&b, "\n[decision]\ndate = %s\nby = \"Innovationsteam\"\nrationale = %q\nstops = [%q, %q]\n",
				date, g.sentence()+" "+g.sentence(), g.sentence(), slugs[(i+1)%n])
		}
		b.WriteString("+++\n\n")
		g.body(&b)
		dir := "content/ideas/"
		if i%3 == 0 {
			dir += "2025/"
		}
		g.files[dir+slug+".md"] = []byte(b.String())
	}
}

// body writes about 3 KB of Markdown: headings, paragraphs, a list, a
// table, a task list and links.
func (g *gen) body(b *strings.Builder) {
	start := b.Len()
	fmt.Fprintf(b, "## Problem\n\n%s\n\n%s\n\n", g.paragraph(), g.paragraph())
	fmt.Fprintf(b, "## Hypothese\n\nWir glauben, dass %s. Mehr dazu im [Wiki](https://wiki.example/%s) und bei <https://intranet.example/%s>.\n\n",
		strings.ToLower(g.sentence()), g.pick(slugWords), g.pick(slugWords))
	b.WriteString("### Was es braucht\n\n")
	for range 4 + g.r.IntN(3) {
		fmt.Fprintf(b, "- %s\n", g.sentence())
	}
	b.WriteString("\n| Kanal | Aufwand | Wirkung |\n|---|---:|---|\n")
	for range 4 {
		fmt.Fprintf(b, "| %s | %d h | **%s** |\n", g.pick(words), 4+g.r.IntN(80), g.pick(words))
	}
	b.WriteString("\n## Nächste Schritte\n\n")
	for range 3 {
		fmt.Fprintf(b, "- [%s] %s\n", map[bool]string{true: "x", false: " "}[g.r.IntN(2) == 0], g.sentence())
	}
	b.WriteString("\n")
	for b.Len()-start < 3000 {
		fmt.Fprintf(b, "%s ~~%s~~ *%s*.\n\n", g.paragraph(), g.pick(words), g.pick(words))
	}
}

func (g *gen) sentence() string {
	n := 7 + g.r.IntN(9)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.pick(words)
	}
	return capitalize(strings.Join(ws, " ")) + "."
}

func (g *gen) paragraph() string {
	parts := make([]string, 3+g.r.IntN(3))
	for i := range parts {
		parts[i] = g.sentence()
	}
	return strings.Join(parts, " ")
}

func (g *gen) title() string {
	ws := make([]string, 3+g.r.IntN(4))
	for i := range ws {
		ws[i] = g.pick(words)
	}
	return capitalize(strings.Join(ws, " "))
}

func (g *gen) person() string { return g.pick(firstNames) + " " + g.pick(lastNames) }

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

func quoted(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

var words = strings.Fields(`Kunde Vertrieb Marketing Lead Pipeline Angebot Messe Webinar Newsletter Kampagne
Zielgruppe Fertigung Maschine Ersatzteil Service Wartung Händler Partner Umsatz Marge Budget Reichweite
Anfrage Termin Besuch Gespräch Entscheider Einkauf Technik Nutzen Mehrwert Prozess Datenpflege Qualität
wir bauen prüfen messen verbessern gewinnen verlieren schneller einfacher günstiger zuverlässig digital
regional international neue bestehende wichtige grössere kleinere für mit ohne durch über unter nach
und oder aber weil damit sodass jede Woche Monat Quartal Jahr Schweiz Deutschland Österreich Italien
Kundenbindung Empfehlung Referenz Fallstudie Whitepaper Präsentation Vorlage Playbook Schulung Coaching`)

var slugWords = strings.Fields(`crm messe webinar newsletter linkedin podcast partner portal chatbot
referenz whitepaper preis angebot schulung video demo events social abm intent scoring`)

var firstNames = strings.Fields(`Anna Ben Chiara David Elena Fabian Gina Hannes Ines Jonas Katrin Luca Mia Nico Olga Paul Rahel Simon Tanja Urs`)

var lastNames = strings.Fields(`Meier Keller Brunner Moser Fischer Baumann Wyss Frei Hofer Steiner Graf Roth Zimmermann Weber Huber Schmid`)

// past is the day of 2026 in month m, moved back to Now when it would be
// after it: a corpus built --now Now has no dates in the future (QA), and
// the random numbers drawn stay those of earlier corpora.
func past(m, d int) string {
	day := fmt.Sprintf("2026-%02d-%02d", m, d)
	return min(day, Now)
}
