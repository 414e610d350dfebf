package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"fokus/generator/content"
	"fokus/generator/diag"
	scoring "fokus/generator/site"
)

func cmdNew(args []string, stdout, stderr io.Writer) error {
	fset := flags("new")
	source := fset.String("source", "", "site source folder (default: the nearest folder here or above with a fokus.toml or a content/ folder)")
	team := fset.String("team", "", "team slug (an objective's team; an idea's teams, separated by commas)")
	nowFlag := fset.String("now", "", "fix today's date, e.g. 2026-11-26 (else SOURCE_DATE_EPOCH, else the clock)")
	period := fset.String("period", "", "a new objective's period, e.g. 2027-Q1 (default: the site's current period)")
	rest, err := parse(fset, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usageError{"new needs a kind (idea, objective, team) and a title"}
	}
	// The kind and the flags are checked before anything is looked up or
	// said about the site: "fokus new site x" is a mistake, not a site.
	kind := rest[0]
	if err := checkKind(kind); err != nil {
		return err
	}
	switch {
	case kind != "objective" && *period != "":
		return usageError{"--period is for a new objective"}
	case kind == "team" && *team != "":
		return usageError{"--team is for a new idea or objective, not for a team"}
	case kind == "objective" && *team == "":
		return usageError{"new objective needs --team SLUG"}
	}
	if len(rest) < 2 {
		return usageError{fmt.Sprintf("new %s needs a title", kind)}
	}
	title := strings.TrimSpace(strings.Join(rest[1:], " "))
	if title == "" {
		return usageError{"the title is empty"}
	}
	if err := notAFileName(kind, title, *team); err != nil {
		return err
	}
	slug := content.Slugify(title)
	if slug == "" {
		return usageError{fmt.Sprintf("cannot make a file name from %q; use letters or digits", title)}
	}
	if slug == "readme" {
		// README.md is a folder's notes to fokus, not content (review).
		return usageError{fmt.Sprintf("%q would make a file README.md, which fokus reads as a folder's notes, not as content; choose another title", title)}
	}
	if content.WindowsDevice(slug) {
		// Windows keeps no file of a device's name: colleagues there could
		// not check the site out, and check warns of it (QA: "Aux").
		return usageError{fmt.Sprintf("%q would make a file %s.md, which Windows cannot keep (the name of one of its devices); choose another title", title, slug)}
	}
	t, day, err := now(*nowFlag)
	if err != nil {
		return err
	}
	root, display, err := siteRoot(fset, *source, stderr)
	if err != nil {
		return err
	}
	src := os.DirFS(root)
	cfg, diags := content.LoadConfig(src)
	if diags.HasErrors() {
		// The file is made all the same, but not silently from settings
		// fokus could not read (QA: a template in German, with "(: )" for
		// the formula of a model misspelled).
		for _, d := range diags {
			if d.Severity == diag.Error {
				fmt.Fprintln(stderr, d.String())
			}
		}
		fmt.Fprintf(stderr, "fokus: warning: %s has errors; the new file follows the defaults where it could not be read\n", content.ConfigFile)
	}
	if cfg.ScoringModel == "" {
		cfg.ScoringModel = content.DefaultConfig().ScoringModel
	}
	if !day {
		t = t.In(cfg.Location)
	}
	today := t.Format("2006-01-02")
	lang := cfg.Language

	var rel, text string
	switch kind {
	case "idea":
		var teams []string
		if *team != "" {
			// A team named twice (--team sales,sales, or a script that
			// joins lists) is written once: check calls a team listed
			// twice an error, and the file new writes must pass it.
			seen := map[string]bool{}
			for t := range strings.SplitSeq(*team, ",") {
				t = strings.TrimSpace(t)
				if err := teamExists(src, t); err != nil {
					return err
				}
				if !seen[t] {
					seen[t] = true
					teams = append(teams, t)
				}
			}
		}
		rel = "content/ideas/" + slug + ".md"
		text = ideaTemplate(lang, cfg.ScoringModel, title, today, teams)
	case "team":
		rel = "content/teams/" + slug + ".md"
		text = teamTemplate(lang, cfg.ScoringModel, title)
	case "objective":
		if err := teamExists(src, *team); err != nil {
			return err
		}
		p := strings.TrimSpace(*period)
		if typo := scoring.PeriodTypo(p, content.Day(t.Year(), t.Month(), t.Day())); p != "" && typo != "" {
			// check warns of it at once, and the objective would be on no
			// team's door until the file is corrected (newcomer: --period Q1).
			return refusal{fmt.Sprintf("--period %q %s", p, typo)}
		}
		if p == "" {
			p = sitePeriod(src, cfg, t, content.SlugRef(*team)) // drafting next quarter's: --period 2027-Q1
			if running := scoring.RunningPeriod(p, content.Day(t.Year(), t.Month(), t.Day())); running != p && cfg.Period == "" {
				// The site's objectives are all of a period that is over:
				// a new one is for the period that runs (QA).
				fmt.Fprintf(stderr, "fokus: the objectives' period %s is over; this one is for %s (--period sets another)\n", p, running)
				p = running
			} else if running != p {
				// fokus.toml names it, so the objective is for it, as the
				// dashboard shows it; but a new objective of a period that
				// is over is most likely meant for the next one (QA: on the
				// first day of a quarter it went silently into the last).
				fmt.Fprintf(stderr, "fokus: period %s in fokus.toml is over, and this objective is for it; for the period that runs, write it with --period %s and set period = %q in fokus.toml\n", p, running, running)
			}
		}
		old := sameSlug(src, content.KindObjective, slug)
		if other := periodOf(src, cfg, old); other != "" && !scoring.SamePeriod(other, p) && content.Slugify(p) != "" {
			// An objective carried into the next period is a file of its
			// own: editing the old one's period would lose its record (QA).
			slug += "-" + content.Slugify(p)
			fmt.Fprintf(stderr, "fokus: %s is this objective of %s; the one for %s is a file of its own\n", old, other, p)
		}
		rel = objectiveFolder(src, cfg, *team, p) + "/" + slug + ".md"
		text = objectiveTemplate(lang, title, *team, p, today)
	}
	if existing := sameSlug(src, content.Kind(kind), slug); existing != "" {
		return refusal{fmt.Sprintf("%s already exists; choose another title or edit that file", existing)}
	}
	if link := linkInTheWay(root, rel); link != "" {
		// A build warns of it and leaves the folder out: the new file
		// would not be on the site (QA: written into content/ideas, a
		// link to a shared folder).
		return refusal{fmt.Sprintf("%s is a link to a folder, which fokus does not follow, so the new %s would not be on the site; move the folder here, or link its files one by one", display(filepath.Join(root, filepath.FromSlash(link))), kind)}
	}
	path := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		if file := fileInTheWay(root, rel); file != "" {
			// content/ideas saved as a file: "mkdir …: not a directory" (QA).
			return refusal{fmt.Sprintf("%s is a file, not a folder, so the new %s cannot go into it; rename that file", display(filepath.Join(root, filepath.FromSlash(file))), kind)}
		}
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return refusal{fmt.Sprintf("%s already exists; fokus new never overwrites a file", rel)}
	}
	if err != nil {
		return err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintln(stdout, display(path))
	return nil
}

// fileInTheWay is the folder of rel, a path below root, that is a file,
// or "".
func fileInTheWay(root, rel string) string {
	var file string
	for dir := path.Dir(rel); dir != "." && dir != "/"; dir = path.Dir(dir) {
		if info, err := os.Stat(filepath.Join(root, filepath.FromSlash(dir))); err == nil && !info.IsDir() {
			file = dir // the one nearest root: a file has no folders in it
		}
	}
	return file
}

// linkInTheWay is the folder of rel, a path below root, that is a link,
// below content/ (which a build follows, as Hugo does), or "".
func linkInTheWay(root, rel string) string {
	for dir := path.Dir(rel); strings.HasPrefix(dir, "content/"); dir = path.Dir(dir) {
		if info, err := os.Lstat(filepath.Join(root, filepath.FromSlash(dir))); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			return dir
		}
	}
	return ""
}

// kinds are what fokus new writes.
var kinds = []string{"idea", "objective", "team"}

// checkKind refuses a kind fokus new does not write. Hugo's "new site" has
// no counterpart: a folder with content/ is a site, and new starts one
// where there is none.
func checkKind(kind string) error {
	switch kind {
	case "idea", "objective", "team":
		return nil
	case "site":
		return usageError{`fokus needs no new site: a site is a folder with content/; run fokus new team "…" or fokus new idea "…" in it`}
	}
	if s := content.Suggest(kind, kinds); s != "" {
		return usageError{fmt.Sprintf("unknown kind %q; did you mean %q?", kind, s)}
	}
	return usageError{fmt.Sprintf("unknown kind %q; use idea, objective or team", kind)}
}

// notAFileName refuses a title that is a file name or path, as Hugo's
// "hugo new content ideas/x.md" takes one: fokus names the file after the
// title, and "ideas/x.md" would become the idea's title and the file
// ideas-x-md.md. A title with spaces may hold a slash ("Marketing / Sales").
// The suggestion is the title read from the file name.
func notAFileName(kind, title, team string) error {
	lower := strings.ToLower(title)
	folder := false
	for _, f := range []string{"content/", "ideas/", "objectives/", "teams/"} {
		folder = folder || strings.HasPrefix(lower, f)
	}
	// "CRM/ERP-Schnittstelle" is a title; "ideas/x" or "x.md" is a file.
	if strings.ContainsFunc(title, unicode.IsSpace) || !strings.HasSuffix(lower, ".md") && !folder {
		return nil
	}
	base := title[strings.LastIndexAny(title, `/\`)+1:]
	if strings.HasSuffix(strings.ToLower(base), ".md") {
		base = base[:len(base)-len(".md")]
	}
	suggestion := strings.Join(strings.Fields(strings.NewReplacer("-", " ", "_", " ").Replace(base)), " ")
	if r, n := utf8.DecodeRuneInString(suggestion); n > 0 {
		suggestion = string(unicode.ToUpper(r)) + suggestion[n:]
	} else {
		suggestion = "…"
	}
	command := "fokus new " + kind
	if kind == "objective" {
		command += " --team " + shellWord(team)
	}
	return usageError{fmt.Sprintf("give the %s's title, not a file name: %s %q", kind, command, suggestion)}
}

// siteRoot is the folder new writes into: --source when given; otherwise
// the working folder or the nearest folder above it with a fokus.toml or a
// content/ folder, so that "fokus new" run inside content/ideas/ does not
// write content/ideas/content/ideas/x.md, which no build would read (as git
// finds its repository). Without a site above, it starts one here and says
// so. display turns the written path into what to print: relative to the
// working folder, so that it can be opened from there.
func siteRoot(fset *flag.FlagSet, source string, stderr io.Writer) (root string, display func(string) string, err error) {
	given := false
	fset.Visit(func(f *flag.Flag) { given = given || f.Name == "source" })
	if given {
		if source == "" {
			source = "."
		}
		// As build and check take it: a mistyped --source is not a new
		// site made silently in a folder of that name, nor is content/ideas
		// a site with a content/ideas/ of its own (QA).
		info, err := os.Stat(source)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return "", nil, usageError{fmt.Sprintf("--source %s: no such folder; to start a new site there, make the folder first (mkdir %s)", shellWord(source), shellWord(source))}
		case err != nil || !info.IsDir():
			return "", nil, usageError{fmt.Sprintf("--source %q is not a folder", source)}
		case !isSite(source):
			if site := siteAbove(source); site != "" {
				msg := fmt.Sprintf("%s has no content/ folder: it is in the site in %s; use --source %s", source, site, shellWord(site))
				// Without --source, new writes into the site the working
				// folder is in: from outside this one, into another (review).
				absSite, errSite := filepath.Abs(site)
				if wd, err := os.Getwd(); err == nil && errSite == nil && within(absSite, wd) {
					msg += ", or leave --source out to write into the site above"
				}
				return "", nil, usageError{msg}
			}
			fmt.Fprintf(stderr, "fokus: no fokus.toml or content/ folder in %s; starting a new site there%s\n", source, newSiteLanguage)
		}
		return source, func(p string) string { return filepath.ToSlash(p) }, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", nil, err
	}
	display = func(p string) string {
		if rel, err := filepath.Rel(wd, p); err == nil {
			return filepath.ToSlash(rel)
		}
		return p
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if isSite(dir) {
			return dir, display, nil
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	fmt.Fprintf(stderr, "fokus: no fokus.toml or content/ folder here or above; starting a new site in %s%s\n", wd, newSiteLanguage)
	return wd, display, nil
}

// newSiteLanguage ends the note that a new site is started: its files are
// written in German, a site's language without fokus.toml, and a newcomer
// from an English README got a team's file in German without a word why (QA).
const newSiteLanguage = `, in German, the language of a site without fokus.toml; language = "en" in fokus.toml makes it English`

// isSite says whether dir is a site's source folder.
func isSite(dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, "fokus.toml")); err == nil {
		return true
	}
	info, err := os.Stat(filepath.Join(dir, "content"))
	return err == nil && info.IsDir()
}

// teamExists says what is wrong when the team slug has no file. A team's
// file may be in a folder below content/teams/ (content/teams/emea/dach.md),
// as build reads it (QA: new told that the team did not exist).
func teamExists(src fs.FS, slug string) error {
	if slug == "" || strings.ContainsAny(slug, `/\`) {
		return usageError{fmt.Sprintf("--team needs a team's slug (the file name in content/teams/ without .md), not %q", slug)}
	}
	if _, err := fs.Stat(src, "content/teams/"+slug+".md"); err != nil {
		var teams []string
		files := map[string]string{} // slug → its file
		list, _, _ := content.List(src)
		for _, f := range list {
			if content.KindOf(f) != content.KindTeam {
				continue
			}
			name := content.SlugOf(f)
			if name == content.SlugRef(slug) {
				return nil // in a folder, or its name written the macOS way, as build finds it
			}
			teams = append(teams, name)
			files[name] = f
		}
		if near := content.Suggest(slug, teams); near != "" {
			return refusal{fmt.Sprintf("no team %q: content/teams/%s.md does not exist; did you mean %q?", slug, slug, near)}
		}
		// The team's title for its slug, the newcomer's first guess: "new
		// team" would make a second team of that title (QA).
		for _, name := range teams {
			if title := teamTitle(src, files[name]); title != "" && content.Slugify(title) == content.Slugify(slug) {
				return refusal{fmt.Sprintf("no team %q: --team takes a team's slug, the file name in content/teams/ without .md; did you mean %q, the team titled %q?", slug, name, title)}
			}
		}
		return refusal{fmt.Sprintf("no team %q: content/teams/%s.md does not exist (create it with: fokus new team TITLE)", slug, slug)}
	}
	return nil
}

// teamTitle is the title in the front matter of the team's file at p, or ""
// when it has none that can be read.
func teamTitle(src fs.FS, p string) string {
	data, err := content.ReadFile(src, p)
	if err != nil {
		return ""
	}
	doc, serr := content.Split(data)
	if serr != nil {
		return ""
	}
	var fm struct{ Title string }
	if _, err := toml.Decode(doc.Front, &fm); err != nil {
		return ""
	}
	return fm.Title
}

// sitePeriod is the period a new objective is for: the site's current one,
// as a build would choose it (fokus.toml's period, else from the periods of
// the objectives there are, see site.Build), so that a new objective lands
// beside the others on the dashboard and the posters. A team that plans in
// program increments ("PI 27.1") on a site of quarters gets its own: a
// quarter would take its door from its increments (see Site.TeamPeriod).
// Only a site without any objective gets today's quarter.
func sitePeriod(src fs.FS, cfg *content.Config, now time.Time, team string) string {
	if set, _, err := content.Load(src, content.Options{DeferBodies: true}); err == nil {
		// A day, as a build gives it (Options.today): the period that
		// has started by this day, wherever the site's zone lies.
		day := content.Day(now.Year(), now.Month(), now.Day())
		s, _ := scoring.Build(set, day)
		// A team still grading the quarter that ended has it on its
		// door, but its new objectives are for the quarter that runs:
		// the next of its kind, also where the site's current period is
		// the year, of which the team alone has written objectives (QA:
		// fokus new wrote period = "2027" in January).
		if t := s.Team(team); t != nil && s.TeamPeriod(t) != s.Period {
			switch own := s.TeamPeriod(t); {
			case !scoring.PeriodOver(own, day):
				return own
			case cfg.Period == "":
				return scoring.RunningPeriod(own, day)
			}
		}
		if cfg.Period != "" {
			return cfg.Period
		}
		if s.Period != "" {
			return s.Period
		}
	} else if cfg.Period != "" {
		return cfg.Period
	}
	return fmt.Sprintf("%d-Q%d", now.Year(), (int(now.Month())+2)/3)
}

// objectiveFolder is the folder a new objective of team for period goes
// into: the one that holds the team's objectives of that period, when they
// are all in one (the team's folder, when they are spread over several);
// for a period it has none of yet, the one that holds most of the team's
// objectives, of folders not named after a period; else the team's folder
// content/objectives/<team>. A site that keeps its objectives by period
// and team (content/objectives/2027-q1/customer-success/) got each new one
// in a folder beside them (QA). A team whose file was renamed keeps its
// objectives in the folder of its old name, which a new period's objective
// went beside, into a folder of the new name (QA); a folder of the last
// period's (2026-q4/) is no place for the next one's.
func objectiveFolder(src fs.FS, cfg *content.Config, team, period string) string {
	folder := "content/objectives/" + team
	files, _, err := content.List(src)
	if err != nil {
		return folder
	}
	parser := content.NewParser(cfg, nil)
	found := ""
	spread := false
	count := map[string]int{} // folder → the team's objectives in it, of folders named after no period
	for _, f := range files {
		if content.KindOf(f) != content.KindObjective {
			continue
		}
		data, err := content.ReadFile(src, f)
		if err != nil {
			continue
		}
		doc, _ := parser.Parse(content.KindObjective, f, data)
		o, ok := doc.(*content.Objective)
		if !ok || o.Team != content.SlugRef(team) {
			continue
		}
		dir := path.Dir(f)
		if !namesPeriod(dir, o.Period) {
			count[dir]++
		}
		if !scoring.SamePeriod(o.Period, period) {
			continue
		}
		if found == "" {
			found = dir
		} else if found != dir {
			spread = true // over folders: no one of them is the team's for the period
		}
	}
	switch {
	case spread:
		return folder
	case found != "":
		return found
	}
	most := 0
	for dir, n := range count {
		if n > most || n == most && dir < folder {
			folder, most = dir, n
		}
	}
	return folder
}

// namesPeriod reports whether a folder of objectives is named after a
// period: one of its parts is their period, as written or as a slug
// (content/objectives/pi-27-1/sales), or another whose dates fokus knows
// (content/objectives/2026/sales/2026-q4).
func namesPeriod(dir, period string) bool {
	for part := range strings.SplitSeq(dir, "/") {
		if _, dated := scoring.PeriodStart(part); dated || scoring.SamePeriod(part, period) || strings.EqualFold(part, content.Slugify(period)) {
			return true
		}
	}
	return false
}

// periodOf is the period of the objective in file ("" for none, or when
// it cannot be read).
func periodOf(src fs.FS, cfg *content.Config, file string) string {
	if file == "" {
		return ""
	}
	data, err := content.ReadFile(src, file)
	if err != nil {
		return ""
	}
	o, _ := content.NewParser(cfg, nil).Parse(content.KindObjective, file, data)
	if o, ok := o.(*content.Objective); ok {
		return o.Period
	}
	return ""
}

// sameSlug finds a file of the kind whose slug equals slug regardless of
// letter case, since slugs must be unique per kind.
func sameSlug(src fs.FS, kind content.Kind, slug string) string {
	files, _, err := content.List(src)
	if err != nil {
		return ""
	}
	for _, f := range files {
		if content.KindOf(f) == kind && strings.EqualFold(content.SlugOf(f), content.SlugRef(slug)) {
			return f
		}
	}
	return ""
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// ideaTemplate is a new idea: front matter with today's date and, commented
// out, the inputs of the site's scoring model; then the questions the
// innovation team needs answered before it decides.
func ideaTemplate(lang, model, title, today string, teams []string) string {
	quoted := make([]string, len(teams))
	for i, t := range teams {
		quoted[i] = tomlString(t)
	}
	var b strings.Builder
	b.WriteString("+++\ntitle = " + tomlString(title) + "\nsubmitted = " + today + `
author = ""
teams = [` + strings.Join(quoted, ", ") + `]
status = "proposed"
tags = []
objectives = []

`)
	note := "# Füllt das Innovationsteam bei der Bewertung aus"
	if lang == "en" {
		note = "# Filled in by the innovation team when it assesses the idea"
	}
	fmt.Fprintf(&b, "%s (%s: %s):\n# [score]\n", note, strings.ToUpper(model), scoring.Formula(model))
	for _, in := range scoring.Inputs(model) {
		example, rule := scoring.InputHint(model, in)
		if de, ok := inputRulesDE[rule]; ok && lang != "en" {
			rule = de
		}
		fmt.Fprintf(&b, "# %s = %s   # %s\n", in, example, rule)
	}
	b.WriteString("+++\n")
	questions := ideaQuestionsDE
	if lang == "en" {
		questions = ideaQuestionsEN
	}
	for _, q := range questions {
		fmt.Fprintf(&b, "\n## %s\n\n%s\n", q[0], q[1])
	}
	return b.String()
}

// inputRulesDE are the ranges of the scoring inputs (site.InputHint) as a
// German site's new idea comments them, beside its German questions.
var inputRulesDE = map[string]string{
	">= 0":                        "mindestens 0",
	"> 0 (it divides the score)":  "größer als 0 (teilt die Punktzahl)",
	"between 0 and 100 (percent)": "zwischen 0 und 100 (Prozent)",
	"between 1 and 10":            "zwischen 1 und 10",
}

var ideaQuestionsDE = [][2]string{
	{"Problem", "Welches Problem unserer Kundinnen und Kunden oder unserer Teams löst die Idee? Wer hat es, wie oft?"},
	{"Hypothese", "Wir glauben, dass … zu … führt. Wir wissen, dass es wirkt, wenn …"},
	{"Wie es skaliert, wenn es funktioniert", "Was passiert nach einem erfolgreichen Pilot: mehr Teams, mehr Märkte, mehr Kunden?"},
	{"Was es kostet", "Zeit, Geld, Personen, Werkzeuge. Welches Team trägt es?"},
	{"Was dafür aufhört", "Nichts Neues beginnt, ohne dass etwas anderes aufhört. Womit hören wir auf, um Platz zu schaffen?"},
}

var ideaQuestionsEN = [][2]string{
	{"Problem", "What problem of our customers or of our teams does this solve? Who has it, how often?"},
	{"Hypothesis", "We believe that … will lead to … We know it works when …"},
	{"How it scales if it works", "What happens after a successful pilot: more teams, more markets, more customers?"},
	{"What it costs", "Time, money, people, tools. Which team carries it?"},
	{"What would stop", "Nothing new starts unless something else stops. What do we stop doing to make room?"},
}

func teamTemplate(lang, model, title string) string {
	// The unit of capacity is that of the ideas' size in the scoring model;
	// ICE gives ideas no size, so no load is counted against it.
	size := "job_size"
	if model == "rice" {
		size = "effort"
	}
	capacityDE := "Punkte pro Periode, in der Einheit von " + size + " der Ideen"
	capacityEN := "points per period, in the unit of the ideas' " + size
	if model == "ice" {
		capacityDE = "Punkte pro Periode; ICE gibt Ideen keine Grösse, es wird keine Last gezählt"
		capacityEN = "points per period; ICE gives ideas no size, so no load is counted"
	}
	body := "Wofür steht das Team? Was liefert es, und für wen?\n"
	comments := [4]string{
		capacityDE,
		"so viele Ideen gleichzeitig in Arbeit, höchstens",
		"Raum oder Ort, steht auf dem Türposter",
		"Namen, z. B. [\"Anna Muster\", \"Ben Beispiel\"]",
	}
	if lang == "en" {
		body = "What does the team stand for? What does it deliver, and for whom?\n"
		comments = [4]string{
			capacityEN,
			"at most this many ideas in progress at once",
			"room or place, printed on the door poster",
			"names, e.g. [\"Jane Doe\", \"John Smith\"]",
		}
	}
	return "+++\ntitle = " + tomlString(title) + `
capacity = 20     # ` + comments[0] + `
wip_limit = 3     # ` + comments[1] + `
door = ""         # ` + comments[2] + `
members = []      # ` + comments[3] + `
+++

` + body
}

// objectiveTemplate leaves current out, as a comment: a current = 0 kept
// while start and target were filled in measured a falling result (cost
// per lead from 120 to 80) as reached, at 100 %, without a word (QA).
// Without it, the result says it has no check-in yet.
func objectiveTemplate(lang, title, team, period, today string) string {
	body := "Warum ist dieses Ziel jetzt wichtig?\n"
	krTitle := content.KeyResultPlaceholders[0]
	current := "der zuletzt gemessene Wert; bis dahin: noch kein Check-in"
	if lang == "en" {
		body = "Why does this objective matter now?\n"
		krTitle = content.KeyResultPlaceholders[1]
		current = "the latest measure; until then: no check-in yet"
	}
	return "+++\ntitle = " + tomlString(title) + "\nteam = " + tomlString(team) + "\nperiod = " + tomlString(period) + `
owner = ""
reviewed = ` + today + `

[[key_results]]
title = ` + tomlString(krTitle) + `
start = 0
target = 100
# current = 0     # ` + current + `
unit = ""
+++

` + body
}
