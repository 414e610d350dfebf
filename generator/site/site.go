// Package site is fokus's model: teams, ideas and objectives linked by slug,
// with scores, progress, load and the focus rules computed. It does no I/O.
package site

import (
	"cmp"
	"fmt"
	"math"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"fokus/generator/content"
	"fokus/generator/diag"
)

// Site is the whole model a theme renders.
type Site struct {
	Config *content.Config
	Now    time.Time // today, as a calendar day in the site's time zone
	Period string    // the current objective period: fokus.toml's, else see currentPeriod

	Teams      []*Team      // by title
	Ideas      []*Idea      // every idea, by slug
	Objectives []*Objective // every objective, by period (newest first), team, title

	Ranked     []*Idea      // open ideas with a score, best first
	Unassessed []*Idea      // open ideas without a score, oldest first
	Closed     []*Idea      // done, rejected, parked, dropped; newest decision first
	Decisions  []*Idea      // ideas with a decision, newest first
	Current    []*Objective // objectives of the current period, and of the year or half around it
	Periods    []string     // every period with objectives, newest first

	Findings []*Finding // what the focus rules found, by path

	set        *content.Set
	teams      map[string]*Team
	ideas      map[string]*Idea
	ideasFold  map[string]*Idea // by slug in lower case
	byTitle    map[string]*Idea // see titles
	stopTexts  map[string]int   // how many stops' entries have each titleKey, counted when UpdateIdea first needs it
	objectives map[string]*Objective
	objTitles  map[string]*Objective // by titleKey, the newest of each title; see objectiveTitled
	teamSlugs  []string              // in file order, for "did you mean"
	objSlugs   []string              // in file order
	objDiags   diag.List             // problems of the objectives: references, key results
	ownPeriods map[string]string     // team slug → the period on its door where the site's current period is none of its (see IsCurrent)
	ruleDiags  diag.List             // the rules' errors
	withFiles  []any                 // the *Idea, *Objective and *Team whose bodies refer to files beside them (see Beside)
}

// Team is a team with what it carries.
type Team struct {
	*content.Team
	Objectives []*Objective // current ones (see Site.IsCurrent)
	Ideas      []*Idea      // every idea it carries, in the backlog's order
	InProgress []*Idea      // in the backlog's order
	Load       float64
	LoadParts  []LoadPart // what makes up Load, largest first
	Findings   []*Finding
}

// Unsized is how many of the team's accepted and in-progress ideas have no
// score, and so no size in its load: three accepted ideas without a job size
// read "0 / 10 points" without a word (QA). Under ICE no idea has a size,
// which the pages say instead.
func (t *Team) Unsized() int {
	n := 0
	for _, i := range t.Ideas {
		if i.Committed() && i.Score == nil {
			n++
		}
	}
	return n
}

// LoadPart is one idea's share of a team's load.
type LoadPart struct {
	Idea   *Idea
	Points float64
}

// Idea is an idea with its score, rank and resolved references.
type Idea struct {
	*content.Idea
	Teams      []*Team
	Objectives []*Objective
	Score      *Score // nil: not yet assessed (or the score has errors)
	Rank       int    // 1-based among ranked open ideas; 0 when not ranked
	Stops      []Stop
	StoppedBy  []*Idea // the ideas whose decisions name this one in stops, newest decision first
	Findings   []*Finding

	diags      diag.List  // problems linking it: references, decision, score
	otherModel string     // the scoring model its inputs are of, when not the site's
	titleKey   string     // titleKey of its title, made once: every preview save compares them all
	quoted     string     // its title quoted for messages, made when first needed (see quotedTitle)
	own        []*Finding // the rules' findings about it alone, once they ran on this document (ruled; see applyRules)
	ruled      bool
}

// quotedTitle is the idea's title as messages quote it. Made once per
// idea: the rules word a finding for thousands of ideas on every preview
// save of a title, and quoting was a sixth of that (QA, serve benchmark).
// The rules run on one goroutine, before any page is rendered.
func (i *Idea) quotedTitle() string {
	if i.quoted == "" {
		i.quoted = quote(i.Title)
	}
	return i.quoted
}

// Decided is the status that the idea's decision gave it, which its
// status today may have moved on from: an idea in progress or done was
// accepted. An idea back among the open ones (proposed, assessing) with
// the decision that put it there is named by that status; "" without a
// decision.
func (i *Idea) Decided() string {
	switch {
	case i.Decision == nil:
		return ""
	case i.Status == "in-progress" || i.Status == "done":
		return "accepted"
	}
	return i.Status
}

// newIdea links nothing yet: see linkIdea.
func newIdea(doc *content.Idea) Idea { return Idea{Idea: doc, titleKey: titleKey(doc.Title)} }

// Stop is one thing that stops to make room for an idea; Idea is set when the
// text names another idea's slug.
type Stop struct {
	Text string
	Idea *Idea
	// TakenUp is set when Idea was decided again after the decision that
	// stops it, and is open, runs or is done on that newer decision: the
	// older one stops it no more. The door lists it under neither "we
	// stop" nor "stopped, still running", and rule still-running is quiet
	// (QA: a door named under "we stop" an idea accepted again a month
	// later); done, it stays so, as it was finished, not stopped (review:
	// its door said "we stop" again once it was done). The decision log
	// keeps it, as what that decision stopped when it was taken.
	TakenUp bool

	// ruled is the document of Idea that rule still-running last read for
	// this stop, and found what it found (nil: nothing). The stops are
	// linked anew when the deciding idea's document is new, and the
	// finding is made anew when the stopped idea's is (see applyRules).
	ruled *content.Idea
	found *Finding
}

// Objective is an objective with its key results' and its own progress.
type Objective struct {
	*content.Objective
	TeamRef    *Team
	KeyResults []*KeyResult
	Progress   float64 // 0…1, the mean of its key results
	Current    bool    // on the door now: of the current period, or of the year around it (see IsCurrent)
	Ideas      []*Idea // ideas that contribute to it, in the backlog's order
	Findings   []*Finding

	closed bool       // of a period that ended weeks ago (see periodClosed)
	own    []*Finding // the rules' findings about it alone, once they ran (ruled; see applyRules)
	ruled  bool
}

// HasHistory reports whether any key result has check-ins.
func (o *Objective) HasHistory() bool {
	for _, kr := range o.KeyResults {
		if len(kr.History) > 0 {
			return true
		}
	}
	return false
}

// Unmeasured counts the objective's key results that have no measure yet
// (KeyResult.Unmeasured): each counts in its Progress as 0.
func (o *Objective) Unmeasured() int {
	n := 0
	for _, kr := range o.KeyResults {
		if kr.Unmeasured() {
			n++
		}
	}
	return n
}

// Unmeasured reports whether a numeric key result has neither a current
// value nor a check-in. Its progress is 0, as SPEC has it (it has not moved
// from its start), but its start is no measure: the pages say that it has
// no check-in yet rather than show "0 / 100" as if it were measured (QA).
func (kr *KeyResult) Unmeasured() bool {
	return !kr.YesNo && kr.WrittenCurrent == nil && len(kr.Checkins) == 0
}

// KeyResult is a key result with its progress and history.
type KeyResult struct {
	content.KeyResult
	Progress float64 // 0…1
	History  []Point // check-ins, oldest first
}

// Point is one check-in with its progress.
type Point struct {
	content.Checkin
	Progress float64
}

// Open reports whether the idea still competes for capacity.
func (i *Idea) Open() bool {
	switch i.Status {
	case "proposed", "assessing", "accepted", "in-progress":
		return true
	}
	return false
}

// Flagged reports whether a focus rule (its code, such as "over-capacity")
// found something about the team: the pages mark what the rules say, so a
// rule switched off marks nothing either (QA: an over-capacity "off" still
// showed red bars), and a load within the rule's tolerance is not over.
func (t *Team) Flagged(code string) bool {
	for _, f := range t.Findings {
		if f.Code == code {
			return true
		}
	}
	return false
}

// MakesRoom reports whether the idea's decision stops what it names: it
// was taken up (accepted, in progress or done). A parked or rejected
// idea's stops stop nothing, and no page lists them as stopped (QA: the
// decision log did).
func (i *Idea) MakesRoom() bool { return i.Committed() || i.Status == "done" }

// Committed reports whether the idea counts against its teams' capacity.
func (i *Idea) Committed() bool { return i.Status == "accepted" || i.Status == "in-progress" }

// Flagged reports whether a focus rule (its code, such as "still-running")
// found something about the idea.
func (i *Idea) Flagged(code string) bool {
	for _, f := range i.Findings {
		if f.Code == code {
			return true
		}
	}
	return false
}

// Undeclared reports whether the idea runs or ran without a decision: an
// undeclared ("U-Boot") side project.
func (i *Idea) Undeclared() bool {
	return (i.Status == "in-progress" || i.Status == "done") && i.Decision == nil
}

// Team returns the team with the slug, or nil.
func (s *Site) Team(slug string) *Team { return s.teams[slug] }

// Idea returns the idea with the slug, or nil.
func (s *Site) Idea(slug string) *Idea { return s.ideas[slug] }

// Objective returns the objective with the slug, or nil.
func (s *Site) Objective(slug string) *Objective { return s.objectives[slug] }

// decided are the statuses that need a [decision].
var decided = []string{"accepted", "rejected", "parked", "dropped"}

// Build links the documents of set into a Site. today is the calendar day
// (as content.Day) that staleness and ages are measured against.
func Build(set *content.Set, today time.Time) (*Site, diag.List) {
	cfg := set.Config
	s := &Site{
		Config:     cfg,
		Now:        today,
		set:        set,
		teams:      map[string]*Team{},
		ideas:      map[string]*Idea{},
		ideasFold:  map[string]*Idea{},
		objectives: map[string]*Objective{},
	}
	for _, t := range set.Teams {
		team := &Team{Team: t}
		s.Teams = append(s.Teams, team)
		s.teams[t.Slug] = team
		s.teamSlugs = append(s.teamSlugs, t.Slug)
	}
	slices.SortFunc(s.Teams, func(a, b *Team) int { return compareFold(a.Title, b.Title, a.Slug, b.Slug) })

	periods := map[string]bool{}
	for _, o := range set.Objectives {
		obj := &Objective{Objective: o}
		obj.TeamRef = s.teams[o.Team]
		if obj.TeamRef == nil && o.Team != "" {
			s.unknownRef(&s.objDiags, &o.Doc, "team", "team", o.Team, s.teamSlugs, nil)
		}
		if folder := content.SlugRef(path.Base(path.Dir(o.Path))); obj.TeamRef != nil && folder != o.Team && s.teams[folder] != nil {
			// fokus new puts an objective into its team's folder; one in
			// another team's is copied from there and half edited (QA).
			p := o.At("team")
			s.objDiags.Warnf(o.Path, p.Line, p.Col, "team %q, but the file is in the folder of team %q; move it to content/objectives/%s/, or correct team",
				o.Team, folder, o.Team)
		}
		for _, kr := range o.KeyResults {
			obj.KeyResults = append(obj.KeyResults, keyResult(kr))
		}
		s.objDiags = append(s.objDiags, keyResultWarnings(obj, today)...)
		if o.Reviewed.After(today) {
			p := o.At("reviewed")
			s.objDiags.Warnf(o.Path, p.Line, p.Col, "reviewed %s is after today (%s), so the objective counts as reviewed until then; write the day of the last review",
				o.Reviewed.Format("2006-01-02"), today.Format("2006-01-02"))
		}
		obj.Progress = mean(obj.KeyResults)
		s.Objectives = append(s.Objectives, obj)
		s.objectives[o.Slug] = obj
		s.objSlugs = append(s.objSlugs, o.Slug)
		if o.Period != "" {
			periods[o.Period] = true
		}
	}
	s.objDiags = append(s.objDiags, sameTitles(s)...)
	// One name per period, however many ways it is written: the usual
	// spelling (see usualSpellings), which headings and warnings use.
	spellings := usualSpellings(s.Objectives)
	for p := range periods {
		if spellings[p] == p {
			s.Periods = append(s.Periods, p)
		}
	}
	slices.SortFunc(s.Periods, func(a, b string) int { return comparePeriods(b, a) })
	s.Period = cfg.Period
	if at := slices.IndexFunc(s.Periods, func(p string) bool { return SamePeriod(p, cfg.Period) }); cfg.Period != "" && at >= 0 && !periods[cfg.Period] {
		// fokus.toml writes the period another way than every objective
		// does ("2027-q1"): the objectives' way is the one shown, and the
		// one setting is the one to change, not every objective (QA).
		p := cfg.At("period")
		s.objDiags.Warnf(cfg.Path, p.Line, p.Col, "period %q is written %q in the objectives; write it so here too", cfg.Period, s.Periods[at])
		s.Period = s.Periods[at]
	}
	if s.Period == "" {
		s.Period = currentPeriod(s.Periods, today)
	} else if !slices.ContainsFunc(s.Periods, func(p string) bool { return SamePeriod(p, s.Period) }) && len(s.Periods) > 0 && !s.runsWithin(today) {
		// A typo ("2026-Q5") would leave the dashboard and the posters
		// empty and silence the stale rule without a word.
		// A period moved forward before its objectives are written is
		// said to lie ahead; and the periods named are the newest few,
		// which the one meant is among, not every one of the site's years.
		p := cfg.At("period")
		what := "has no objectives"
		if start, ok := PeriodStart(s.Period); ok && today.Before(start) {
			what = "begins on " + start.Format(time.DateOnly) + " and has no objectives yet"
		}
		periods := "the objectives' periods are " + quoteAll(s.Periods)
		if len(s.Periods) > newestPeriods {
			periods = fmt.Sprintf("the objectives' newest periods are %s (of %d)", quoteAll(s.Periods[:newestPeriods]), len(s.Periods))
		}
		s.objDiags.Warnf(cfg.Path, p.Line, p.Col, "period %q %s, so the dashboard and the posters show none; %s", s.Period, what, periods)
	}
	// fokus.toml's period without a year ("Q4"): said once, there, not at
	// every objective that writes it so (review).
	cfgTypo := ""
	if cfg.Period != "" {
		cfgTypo = PeriodTypo(cfg.Period, today)
	}
	if cfgTypo != "" {
		p := cfg.At("period")
		s.objDiags.Warnf(cfg.Path, p.Line, p.Col, "period %q %s, so fokus knows no dates for it: it never ends, and next year's would be the same; correct it here and in the objectives",
			cfg.Period, cfgTypo)
	}
	if running := RunningPeriod(cfg.Period, today); cfg.Period != "" && running != cfg.Period {
		if sp, _ := periodSpan(cfg.Period); periodClosed(cfg.Period, today) {
			// A period set once and forgotten: the site goes on showing a
			// closed quarter as the current one (QA).
			p := cfg.At("period")
			s.objDiags.Warnf(cfg.Path, p.Line, p.Col, "period %q ended on %s, and the dashboard and the posters still show it as current; set the period that runs now (%q), or remove period to follow the objectives",
				cfg.Period, day(sp.end.AddDate(0, 0, -1)), running)
		}
	}
	if cfg.Period != "" && s.runsWithin(today) {
		// The year set where its quarter is meant: the quarter's
		// objectives, which the teams work on now, would be on no
		// door, and the year's are shown beside the quarter's anyway
		// (QA, OKR coach). A half-year of which no objective is
		// written is the same mistake, not a period that shows none:
		// the year's are on the door (QA).
		p := cfg.At("period")
		auto := currentPeriod(s.Periods, today)
		what, beside := "leaves the objectives", []string{}
		if !slices.ContainsFunc(s.Periods, func(p string) bool { return SamePeriod(p, s.Period) }) {
			what = "has no objectives, and leaves those"
		}
		// As a door lists them, the half-year before the year: s.Periods,
		// newest first, has the year before its half.
		for _, other := range slices.Backward(s.Periods) {
			if encloses(other, auto) {
				beside = append(beside, other)
			}
		}
		shows := ""
		if len(beside) > 0 {
			shows = fmt.Sprintf(", which shows those of %s beside them", quoteAll(beside))
		}
		runs := "which runs within it"
		if _, dated := periodSpan(auto); !dated {
			runs = "the newest within it" // a fiscal year's quarter: fokus knows no dates to run
		}
		s.objDiags.Warnf(cfg.Path, p.Line, p.Col, "period %q %s of %q, %s, off the dashboard and the posters; set period = %q%s, or remove period to follow the objectives",
			cfg.Period, what, auto, runs, auto, shows)
	}
	// Newest period first, an objective without one last: the position in
	// s.Periods, looked up rather than parsed again in every comparison.
	age := make(map[string]int, len(periods)+1)
	age[""] = len(s.Periods)
	for i, p := range s.Periods {
		age[p] = i
	}
	for p := range periods {
		age[p] = age[spellings[p]]
	}
	slices.SortFunc(s.Objectives, func(a, b *Objective) int {
		if a.Period != b.Period {
			return cmp.Compare(age[a.Period], age[b.Period])
		}
		if a.Team != b.Team {
			return strings.Compare(a.Team, b.Team)
		}
		return compareFold(a.Title, b.Title, a.Slug, b.Slug)
	})
	closed := make(map[string]bool, len(periods))
	for p := range periods {
		closed[p] = periodClosed(p, today)
	}
	if _, dated := periodSpan(s.Period); dated {
		// A team that plans in program increments ("PI 27.1") beside
		// teams that plan in quarters has its newest increment on its
		// door: no dates tell which quarter it belongs to, and none of
		// its objectives would ever be current (QA, OKR coach: the
		// increment team's door was empty on a site of quarters).
		// Objectives are newest period first. A team plans in quarters
		// while it has objectives of one that is current, being closed or
		// ahead; a team that has moved on to increments keeps its old
		// quarters' objectives, which must not take its door from them.
		// Of a fiscal year and its quarters, the newest quarter within
		// the newest year is on the door, the year beside it (innermost).
		undated, datedTeam := map[string][]string{}, map[string]bool{}
		for _, o := range s.Objectives {
			if _, ok := periodSpan(o.Period); ok || o.Period == "" || PeriodTypo(o.Period, today) != "" {
				datedTeam[o.Team] = datedTeam[o.Team] || ok && (!closed[o.Period] || s.currentFor("", o.Period))
				continue
			}
			// As most objectives write it ("Q1 FY27", not "FY27-Q1").
			if p := spellings[o.Period]; !slices.Contains(undated[o.Team], p) {
				undated[o.Team] = append(undated[o.Team], p)
			}
		}
		for team, periods := range undated {
			if !datedTeam[team] && s.teams[team] != nil {
				s.ownPeriod(team, innermost(periods))
			}
		}
		if cfg.Period == "" {
			s.keepClosingPeriods(today, spellings)
			s.keepOwnQuarters(spellings)
			s.keepOwnMonths(today)
		}
	} else if s.Period != "" {
		// The mirror: on a site of increments (period = "PI 27.1"), a
		// team that plans in quarters has the one that runs on its door,
		// as a site of quarters would (review: its door was empty). A
		// team with objectives of the site's period plans in increments.
		dated, increments := map[string][]string{}, map[string]bool{}
		for _, o := range s.Objectives { // newest period first
			if SamePeriod(o.Period, s.Period) {
				increments[o.Team] = true
			} else if _, ok := periodSpan(o.Period); ok && !slices.Contains(dated[o.Team], o.Period) {
				dated[o.Team] = append(dated[o.Team], o.Period)
			}
		}
		for team, periods := range dated {
			if !increments[team] && s.teams[team] != nil {
				s.ownPeriod(team, spellings[currentPeriod(periods, today)]) // as most objectives write it
			}
		}
	}
	for _, o := range s.Objectives {
		o.Current = s.currentFor(o.Team, o.Period)
		// A period written another way than the current period, or than
		// the first spelling in s.Periods, is the same period; said once
		// at each other spelling.
		spelling, how := s.Period, "as the current period is written"
		if !SamePeriod(o.Period, s.Period) {
			spelling, how = spellings[o.Period], "as most objectives write it"
		}
		if o.Period != "" && o.Period != spelling {
			p := o.At("period")
			s.objDiags.Warnf(o.Path, p.Line, p.Col, "period %q is %q written another way; write it as %q, %s", o.Period, spelling, spelling, how)
		}
		// Of a period that ended weeks ago: work for it serves nothing now
		// (rule unaligned). Periods are parsed once each, not per idea.
		o.closed = !o.Current && closed[o.Period]
		if !o.Current {
			if typo := PeriodTypo(o.Period, s.Now); typo != "" {
				p := o.At("period")
				s.objDiags.Warnf(o.Path, p.Line, p.Col, "period %q %s, so fokus knows no dates for it: the objective is never in the current period (%s) and never overdue; correct it",
					o.Period, typo, s.Period)
			} else if msg := s.fiscalOffTheDoor(o); msg != "" {
				p := o.At("period")
				s.objDiags.Warnf(o.Path, p.Line, p.Col, "%s", msg)
			}
			continue
		}
		if typo := PeriodTypo(o.Period, s.Now); typo != "" && cfgTypo == "" {
			// The current period only because no period's name has dates:
			// it never ends, and next year's would be the same (QA: a
			// site of "Q4" and "Q1" kept Q4 on the door in January).
			p := o.At("period")
			s.objDiags.Warnf(o.Path, p.Line, p.Col, "period %q %s, so fokus knows no dates for it: it is the current period only because no name of a period has dates, it never ends, and next year's would be the same; correct it",
				o.Period, typo)
		}
		s.Current = append(s.Current, o)
	}
	// The quarter's objectives first, then the half-year's and the year's
	// around it: the door holds the quarter's work before the frame of
	// it, and a crowded poster leaves the year's off, not the quarter's.
	months := map[string]int{} // 0 for the current period's own
	for _, o := range s.Current {
		if sp, dated := periodSpan(o.Period); dated && !SamePeriod(o.Period, s.Period) {
			months[o.Period] = sp.months()
		} else if f, fiscal := readFiscal(o.Period); fiscal && !SamePeriod(o.Period, s.Period) {
			_, months[o.Period] = f.months() // "Q1 FY27" before "FY27" on its team's door
		}
	}
	slices.SortStableFunc(s.Current, func(a, b *Objective) int { return cmp.Compare(months[a.Period], months[b.Period]) })
	for _, o := range s.Current {
		if o.TeamRef != nil {
			o.TeamRef.Objectives = append(o.TeamRef.Objectives, o)
		}
	}

	for _, ci := range set.Ideas {
		idea := new(newIdea(ci))
		s.Ideas = append(s.Ideas, idea)
		s.ideas[ci.Slug] = idea
		if lower := strings.ToLower(ci.Slug); s.ideasFold[lower] == nil {
			s.ideasFold[lower] = idea
		}
	}
	slices.SortFunc(s.Ideas, func(a, b *Idea) int { return strings.Compare(a.Slug, b.Slug) })
	for _, idea := range s.Ideas {
		s.linkIdea(idea)
	}
	s.listWithFiles()
	s.derive(nil)
	return s, s.diagnostics()
}

// BesideDoc is a document whose body refers to files beside its content
// file (content.Doc.Files), which are published in its page's folder.
type BesideDoc struct {
	Folder string       // its page's folder in the output: "ideas/crm/"
	Doc    *content.Doc // its Doc, with the files
	Owner  any          // the *content.Idea, *content.Objective or *content.Team
}

// Beside are the documents whose bodies refer to files beside them: ideas,
// then objectives, then teams, each in the site's order. They are a few of
// thousands and asked for on every render, also of a preview's one page,
// so the model lists them once (see listWithFiles); the documents are
// looked up on each call, as a preview swaps them after a body's edit.
func (s *Site) Beside() []BesideDoc {
	out := make([]BesideDoc, 0, len(s.withFiles))
	for _, owner := range s.withFiles {
		switch o := owner.(type) {
		case *Idea:
			out = append(out, BesideDoc{"ideas/" + o.Slug + "/", &o.Idea.Doc, o.Idea})
		case *Objective:
			out = append(out, BesideDoc{"objectives/" + o.Slug + "/", &o.Objective.Doc, o.Objective})
		case *Team:
			out = append(out, BesideDoc{"teams/" + o.Slug + "/", &o.Team.Doc, o.Team})
		}
	}
	return out
}

// listWithFiles lists the documents for Beside. A preview's patch changes
// it only when an idea's front matter comes with files where it had none
// or the reverse (UpdateIdea); the builder builds the model anew whenever
// a document's files change.
func (s *Site) listWithFiles() {
	s.withFiles = s.withFiles[:0]
	for _, i := range s.Ideas {
		if len(i.Files) > 0 {
			s.withFiles = append(s.withFiles, i)
		}
	}
	for _, o := range s.Objectives {
		if len(o.Files) > 0 {
			s.withFiles = append(s.withFiles, o)
		}
	}
	for _, t := range s.Teams {
		if len(t.Files) > 0 {
			s.withFiles = append(s.withFiles, t)
		}
	}
}

// derive computes what follows from the linked documents as a whole: ranks,
// the backlog's lists, loads and the rules' findings.
// derive computes what depends on all ideas. changed is the one idea whose
// document is new since the last derive, when that is all that changed (a
// preview's save): the lists are then kept and it alone is put in its place,
// instead of sorting 10,000 ideas again. nil derives from scratch.
func (s *Site) derive(changed *Idea) {
	if changed != nil {
		s.rerank(changed)
	} else {
		s.rank()
	}
	s.linkStoppers()
	s.computeLoad()
	s.ruleDiags = nil
	s.Findings = s.applyRules(&s.ruleDiags)
	s.modelErrors()
	s.sameTitles()
}

// linkStoppers fills each idea's StoppedBy from the decisions' stops, so
// that a stopped idea's page links the decision that stops it (QA). Only
// decisions that take room stop something, as rule still-running counts
// them: a rejected idea's stops stop nothing (review). An idea taken up
// again by a newer decision of its own is stopped by none (Stop.TakenUp);
// it is set here, on every derive, as a preview's save of the stopped
// idea's file changes it without relinking the idea that stops it.
func (s *Site) linkStoppers() {
	for _, i := range s.Ideas {
		i.StoppedBy = i.StoppedBy[:0]
	}
	for _, i := range s.Decisions {
		for k := range i.Stops {
			st := &i.Stops[k]
			st.TakenUp = st.Idea != nil && (st.Idea.Open() || st.Idea.Status == "done") && st.Idea.Decision != nil && st.Idea.Decision.Date.After(i.Decision.Date)
			if st.Idea != nil && !st.TakenUp && i.MakesRoom() {
				st.Idea.StoppedBy = append(st.Idea.StoppedBy, i)
			}
		}
	}
}

// diagnostics returns the problems Build found: those of the documents'
// references and scores, and the rules' errors (their warnings are in
// Findings).
func (s *Site) diagnostics() diag.List {
	out := slices.Clone(s.objDiags)
	for _, idea := range s.Ideas {
		out = append(out, idea.diags...)
		out = append(out, s.LinkWarnings(idea.Idea)...)
	}
	for _, d := range s.set.Drafts {
		if s.ideas[d.Slug] == nil {
			out = append(out, s.LinkWarnings(d)...)
		}
	}
	for _, o := range s.Objectives {
		out = append(out, s.LinkWarnings(o.Objective)...)
	}
	for _, t := range s.Teams {
		out = append(out, s.LinkWarnings(t.Team)...)
	}
	return append(out, s.ruleDiags...)
}

func (s *Site) linkIdea(idea *Idea) {
	diags := &idea.diags
	eachRef(idea, "teams", "team", idea.Idea.Teams, diags, func(i int, slug string) {
		if t := s.teams[slug]; t != nil {
			idea.Teams = append(idea.Teams, t)
		} else {
			s.unknownRef(diags, &idea.Doc, idea.EntryAt("teams", i), "team", slug, s.teamSlugs, idea.Idea)
		}
	})
	eachRef(idea, "objectives", "objective", idea.Idea.Objectives, diags, func(i int, slug string) {
		if o := s.objectives[slug]; o != nil {
			idea.Objectives = append(idea.Objectives, o)
		} else {
			s.unknownRef(diags, &idea.Doc, idea.EntryAt("objectives", i), "objective", slug, s.objSlugs, idea.Idea)
		}
	})
	s.dateWarnings(idea)
	if slices.Contains(decided, idea.Status) && idea.Decision == nil {
		p := idea.At("status")
		diags.Errorf(idea.Path, p.Line, p.Col, "status %q needs a [decision] with date, by and rationale", idea.Status)
	}
	if idea.Decision != nil {
		var others []otherStop
		for i, text := range idea.Decision.Stops {
			// A blank entry or a placeholder ("N/A") names nothing: it would
			// show as a bullet and could silence no-stop. The parser leaves it
			// out with a warning; a document made otherwise gets the same model.
			if strings.TrimSpace(text) == "" || content.Placeholder(text) {
				continue
			}
			st := Stop{Text: text}
			if other := s.stoppedIdea(strings.TrimSpace(text)); other == idea {
				// Stopping itself makes no room for it: left out, so that
				// no-stop still says that nothing stops.
				p := stopAt(idea, i)
				diags.Warnf(idea.Path, p.Line, p.Col, "decision.stops names this idea itself (%q); name what stops to make room for it", text)
				continue
			} else if other != nil {
				if slices.ContainsFunc(idea.Stops, func(s Stop) bool { return s.Idea == other }) {
					continue // "calls" and "Calls": one idea, stopped once
				}
				st.Idea = other
			} else if t := strings.TrimSpace(text); slices.ContainsFunc(s.set.Drafts, func(d *content.Idea) bool { return strings.EqualFold(d.Slug, t) }) {
				// The idea is there but left out: the site shows its slug
				// as an activity, and no rule sees it stop (Hugo QA). In
				// any letter case, as a published idea is found.
				p := stopAt(idea, i)
				diags.Warnf(idea.Path, p.Line, p.Col, "decision.stops names %q, a draft, which the site leaves out; the site shows it as text (fokus build --drafts shows drafts)", t)
			} else if file := path.Base(strings.TrimSuffix(strings.TrimRight(t, "/"), ".md")); file != t && (strings.HasSuffix(t, ".md") || strings.Contains(t, "/")) && s.set.Exists(content.KindIdea, file) {
				// The idea's file or path for its slug (QA: shown as text,
				// and still-running did not see the idea go on).
				p := stopAt(idea, i)
				diags.Warnf(idea.Path, p.Line, p.Col, "decision.stops names the file %q; write the idea's slug %q (its file's name without .md): the site shows the entry as text, and no rule sees that idea stop", t, file)
			} else if what := s.stopOfOtherKind(idea, t); what != "" {
				// A team or an objective stops nothing itself (QA: shown
				// as text, without a word, and a door said "we stop:
				// Vertrieb Nord"). It is left out, as an idea naming
				// itself is, so that no-stop says that nothing stops;
				// warned about below, once that is known.
				others = append(others, otherStop{i, t, what})
				continue
			} else if same := s.sharedTitle(t); len(same) > 1 {
				// A title that several ideas have names none of them (QA:
				// both stayed open, without a word).
				p := stopAt(idea, i)
				diags.Warnf(idea.Path, p.Line, p.Col, "decision.stops names %q, the title of %d ideas (%s); write the slug of the one that stops: the site shows the entry as text, and no rule sees an idea stop", t, len(same), strings.Join(same, ", "))
			} else if slugShaped.MatchString(t) && !s.set.Exists(content.KindIdea, t) {
				// Written as a slug, but no idea has it: deleted or mistyped.
				// The site would show it as an activity, and no rule would
				// see the idea it meant (QA).
				p := stopAt(idea, i)
				msg := fmt.Sprintf("decision.stops names %q, but no idea has that slug (no file content/ideas/…/%s.md); the site shows it as text", t, t)
				if sug := content.Suggest(t, s.ideaSlugs()); sug != "" {
					msg += "; did you mean " + quote(sug) + "?"
				}
				diags.Warnf(idea.Path, p.Line, p.Col, "%s", msg)
			}
			idea.Stops = append(idea.Stops, st)
		}
		for _, o := range others {
			p := stopAt(idea, o.at)
			msg := fmt.Sprintf("decision.stops names %q, %s: it stops no idea, so the site leaves it out", o.text, o.what)
			if len(idea.Stops) == 0 && idea.Committed() && s.Config.Rules["no-stop"] != "off" {
				// It was all that stopped: no-stop now fires, at the
				// list that names something.
				msg += ", and nothing else stops to make room for this idea (rule no-stop)"
			}
			diags.Warnf(idea.Path, p.Line, p.Col, "%s", msg)
		}
	}
	idea.otherModel = ""
	if other := otherModel(idea.Idea.Score, s.Config.ScoringModel); other != "" && s.Config.ScoringModel != "" {
		// Scored under another model, as after a change of [scoring] model:
		// one error, not one for every input (QA: 8 per idea), and one at
		// fokus.toml for them all (modelErrors).
		model := s.Config.ScoringModel
		p := idea.At("score")
		diags.Errorf(idea.Path, p.Line, p.Col, "[score] has the inputs of %s, but this site scores with %s (%s); score it with %s, or set [scoring] model = %q in fokus.toml",
			other, model, Formula(model), strings.Join(Inputs(model), ", "), other)
		idea.otherModel = other
		return
	}
	idea.Score = score(idea.Idea, s.Config.ScoringModel, diags)
}

// otherStop is an entry of an idea's stops that names a team or an
// objective (see stopOfOtherKind): at is its index, what what it is.
type otherStop struct {
	at         int
	text, what string
}

// stopOfOtherKind says what an entry of an idea's stops is when it is the
// slug of a team or an objective (in any letter case, as slugs are unique
// regardless of it) or its title (compared as titles are, see titleKey),
// and what to write instead, or "". Where a team or an objective goes in
// the idea itself, it is said too: stops is the one list of an idea's
// decision, and the teams that carry an idea are easily written in it.
// Nothing is said of other ideas' content: a preview relinks the idea
// saved, not the ideas that name it.
func (s *Site) stopOfOtherKind(idea *Idea, entry string) string {
	lower := strings.ToLower(entry)
	if t := cmp.Or(s.teams[entry], s.teams[lower]); t != nil {
		return otherKind("team", t.Path, t.Slug, false, slices.Contains(idea.Idea.Teams, t.Slug))
	}
	if o := cmp.Or(s.objectives[entry], s.objectives[lower]); o != nil {
		return otherKind("objective", o.Path, o.Slug, false, slices.Contains(idea.Idea.Objectives, o.Slug))
	}
	if t := s.teamTitled(idea, entry); t != nil {
		return otherKind("team", t.Path, t.Slug, true, slices.Contains(idea.Idea.Teams, t.Slug))
	}
	if o := s.objectiveTitled(idea, entry); o != nil {
		return otherKind("objective", o.Path, o.Slug, true, slices.Contains(idea.Idea.Objectives, o.Slug))
	}
	return ""
}

// otherKind words what stopOfOtherKind says of a team or an objective
// (kind) at path named in stops, by its title or its slug; listed is
// whether the idea names it where it goes, in teams or objectives. Where
// it is not, it is told by its slug when the entry was its title, which
// is not what goes there.
func otherKind(kind, path, slug string, titled, listed bool) string {
	what := "the " + kind + " " + path + ", not an idea; "
	if titled {
		what = "the title of " + what
	}
	ref := "the " + kind
	if titled {
		ref = "its slug " + slug
	}
	if kind == "team" {
		what += "write the slug of the team's idea that stops, or in words what the team stops"
		if !listed {
			what += ", and " + ref + " in teams if it carries this idea"
		}
		return what
	}
	what += "write the slug of the idea that stops, or in words the work on it that stops"
	if !listed {
		what += ", and " + ref + " in objectives if this idea serves it"
	}
	return what
}

// teamTitled finds the team whose title is entry: one the idea names in
// teams first, else the first in the site's order. Teams are few.
func (s *Site) teamTitled(idea *Idea, entry string) *Team {
	key := titleKey(entry)
	if i := slices.IndexFunc(idea.Teams, func(t *Team) bool { return titleKey(t.Title) == key }); i >= 0 {
		return idea.Teams[i]
	}
	if i := slices.IndexFunc(s.Teams, func(t *Team) bool { return titleKey(t.Title) == key }); i >= 0 {
		return s.Teams[i]
	}
	return nil
}

// objectiveTitled finds the objective whose title is entry: one the idea
// names in objectives first, else the newest (an objective of every
// quarter may have one title). The titles are mapped once, when first
// needed: a site may have thousands of objectives, and of ideas with
// stops in words.
func (s *Site) objectiveTitled(idea *Idea, entry string) *Objective {
	key := titleKey(entry)
	if i := slices.IndexFunc(idea.Objectives, func(o *Objective) bool { return titleKey(o.Title) == key }); i >= 0 {
		return idea.Objectives[i]
	}
	if s.objTitles == nil {
		s.objTitles = make(map[string]*Objective, len(s.Objectives))
		for _, o := range s.Objectives { // newest period first
			if k := titleKey(o.Title); s.objTitles[k] == nil {
				s.objTitles[k] = o
			}
		}
	}
	return s.objTitles[key]
}

// stopAt is where the i-th entry of an idea's stops is in its file: at
// the entry, which the list's position would leave to be found (QA).
func stopAt(idea *Idea, i int) content.Pos {
	if d := idea.Decision; i < len(d.StopAt) {
		return idea.At("decision.stops." + itoa(d.StopAt[i]))
	}
	return idea.At("decision.stops")
}

// otherModel returns the scoring model other than model whose inputs are
// all the inputs in, or "" when in has none, an input of model, or inputs
// of several models.
func otherModel(in map[string]float64, model string) string {
	other := ""
	for k := range in {
		for _, own := range models[model].inputs { // no list made: once per idea of a build
			if own.name == k {
				return ""
			}
		}
		m := modelOf(k, model)
		if m == "" || other != "" && m != other {
			return ""
		}
		other = m
	}
	return other
}

// modelErrors adds, at fokus.toml's model, one error for the ideas scored
// under another model: after a change of [scoring] model, the place to
// change it back.
func (s *Site) modelErrors() {
	count := map[string]int{}
	for _, i := range s.Ideas {
		if i.otherModel != "" {
			count[i.otherModel]++
		}
	}
	for _, other := range []string{"wsjf", "rice", "ice"} {
		if n := count[other]; n > 1 {
			p, set := s.Config.ModelPos()
			fix := fmt.Sprintf("set model = %q again", other)
			if !set { // the default model, never set: nothing to go back to
				fix = fmt.Sprintf("set [scoring] model = %q", other)
			}
			s.ruleDiags.Errorf(content.ConfigFile, p.Line, p.Col, "%d ideas are scored with the inputs of %s, but model is %q; %s, or score them with %s",
				n, other, s.Config.ScoringModel, fix, strings.Join(Inputs(s.Config.ScoringModel), ", "))
		}
	}
}

// sameTitles warns at the title of each idea that another idea has too
// (letter case and spaces around it aside), naming the other's file: the
// usual way to deposit an idea is to copy one, and a copy whose title was
// not changed stood twice in the backlog and the chart, without a word
// (QA). It is computed with the rules, as it changes with other ideas.
func (s *Site) sameTitles() {
	// The map of titles says which are shared (nil) at the cost of a look
	// at each title, not a new key for each of 10,000 ideas on every save.
	shared := map[string][]*Idea{}
	for key, i := range s.titles() {
		// Ideas without a title have an error each, and share none.
		if i == nil && key != "" {
			shared[key] = nil
		}
	}
	if len(shared) == 0 {
		return
	}
	for _, i := range s.Ideas {
		if same, ok := shared[i.titleKey]; ok {
			shared[i.titleKey] = append(same, i)
		}
	}
	for _, i := range s.Ideas {
		same, ok := shared[i.titleKey]
		if !ok {
			continue
		}
		var others []string
		there := among(same, func(i *Idea) string { return i.Path })
		for _, o := range same {
			// A copy whose name differs only in letter case (Idee.md and
			// idee.md) has its error already, which says to rename one,
			// and a sync program's copy its warning, which says to merge
			// it: not to give it a title of its own.
			if o != i && !strings.EqualFold(o.Slug, i.Slug) && !syncCopies(i.Path, o.Path, there) {
				others = append(others, o.Path)
			}
		}
		if len(others) == 0 {
			continue
		}
		slices.Sort(others)
		if len(others) > 3 {
			others = append(others[:3], fmt.Sprintf("%d more", len(others)-3))
		}
		p := i.At("title")
		s.ruleDiags.Warnf(i.Path, p.Line, p.Col, "%s is also the title of %s; if one is a copy of the other, give it a title of its own", quote(i.Title), strings.Join(others, ", "))
	}
}

// sameTitles warns at the title of each team that another team has too,
// and of each objective that another objective of its team and period has
// (letter case and spaces around it aside), as Site.sameTitles does for
// ideas: a team or an objective is made by copying one, and a copy whose
// title was left stood twice on the dashboard, the doors and the posters,
// without a word (QA). An objective of every quarter, or of two teams, may
// well have one title.
func sameTitles(s *Site) diag.List {
	var out diag.List
	warn := func(doc *content.Doc, title, others, what string) {
		p := doc.At("title")
		out.Warnf(doc.Path, p.Line, p.Col, "%s is also the title of %s%s if one is a copy of the other, give it a title of its own", quote(title), others, what)
	}
	teams := map[string][]*Team{}
	for _, t := range s.Teams {
		if key := titleKey(t.Title); key != "" {
			teams[key] = append(teams[key], t)
		}
	}
	for _, t := range s.Teams {
		var others []string
		same := teams[titleKey(t.Title)]
		there := among(same, func(t *Team) string { return t.Path })
		for _, o := range same {
			if o != t && !strings.EqualFold(o.Slug, t.Slug) && !syncCopies(o.Path, t.Path, there) { // (as for ideas)
				others = append(others, "the team "+o.Path)
			}
		}
		if len(others) > 0 {
			slices.Sort(others)
			warn(&t.Doc, t.Title, strings.Join(others, ", "), "; the dashboard, the doors and the ideas' teams show the two as one:")
		}
	}
	type mark struct{ team, period, title string }
	objectives := map[mark][]*Objective{}
	at := func(o *Objective) mark {
		return mark{o.Team, strings.ToLower(strings.Join(strings.Fields(o.Period), " ")), titleKey(o.Title)}
	}
	for _, o := range s.Objectives {
		if o.Team != "" && o.Period != "" && titleKey(o.Title) != "" {
			objectives[at(o)] = append(objectives[at(o)], o)
		}
	}
	for _, o := range s.Objectives {
		var others []string
		same := objectives[at(o)]
		there := among(same, func(o *Objective) string { return o.Path })
		for _, other := range same {
			if other != o && !strings.EqualFold(other.Slug, o.Slug) && !syncCopies(other.Path, o.Path, there) {
				others = append(others, other.Path)
			}
		}
		if len(others) > 0 {
			slices.Sort(others)
			warn(&o.Doc, o.Title, strings.Join(others, ", "), ", of the same team and period;")
		}
	}
	return out
}

// syncCopies reports whether a and b, two files of one title, are a sync
// program's copy and its original, or two copies of one original, as
// content.SyncCopyOf tells them: each copy has its warning, which says to
// merge it, not to give it a title of its own. there says whether a file
// of that title is at a path: a name such as "crm (1).md" makes a copy
// only beside a file of its title.
func syncCopies(a, b string, there func(path string) bool) bool {
	origA, copyA := content.SyncCopyOf(a, there)
	origB, copyB := content.SyncCopyOf(b, there)
	return copyA && (strings.EqualFold(origA, b) || copyB && strings.EqualFold(origA, origB)) ||
		copyB && strings.EqualFold(origB, a)
}

// among is whether a document of docs is at path (in any letter case, as
// names are unique regardless of it).
func among[D interface{ *Idea | *Team | *Objective }](docs []D, at func(D) string) func(string) bool {
	return func(path string) bool {
		return slices.ContainsFunc(docs, func(d D) bool { return strings.EqualFold(at(d), path) })
	}
}

// ideaFold finds an idea by its slug, in any letter case ("Kaltakquise" in
// stops names kaltakquise.md): slugs are unique regardless of case.
func (s *Site) ideaFold(slug string) *Idea {
	slug = content.SlugRef(slug)
	if i := s.ideas[slug]; i != nil {
		return i
	}
	return s.ideasFold[strings.ToLower(slug)]
}

// dateWarnings reports an idea's dates that cannot be right: a typo such as
// submitted = 2072-… keeps unassessed from ever firing, and a revisit
// before the decision is a date written in the wrong field or year (QA).
func (s *Site) dateWarnings(idea *Idea) {
	warn := func(key, format string, args ...any) {
		p := idea.At(key)
		idea.diags.Warnf(idea.Path, p.Line, p.Col, format, args...)
	}
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	if idea.Submitted.After(s.Now) {
		warn("submitted", "submitted %s is after today (%s); write the day the idea was deposited", day(idea.Submitted), day(s.Now))
	}
	d := idea.Decision
	if d == nil || d.Date.IsZero() {
		return
	}
	// A decision less than a year before the idea's submitted date is
	// usually last year's number typed by habit (decided 2025-01-20 on an
	// idea of 2026-01-05). One from further back is an older decision
	// written down when the idea came to fokus, and passes, as submitted
	// is the day the idea was deposited (SPEC). A submitted date after
	// today has its own warning.
	if sub := idea.Submitted; d.Date.Before(sub) && !sub.After(s.Now) && !d.Date.AddDate(1, 0, 0).Before(sub) {
		warn("decision.date", "decision.date %s is before submitted (%s); if its year is a typo, write %s; if it was decided before it came to fokus, write as submitted the day it came up",
			day(d.Date), day(sub), day(d.Date.AddDate(1, 0, 0)))
	}
	if d.Date.After(s.Now) {
		warn("decision.date", "decision.date %s is after today (%s); write the day it was decided", day(d.Date), day(s.Now))
	}
	if !d.Revisit.IsZero() && d.Revisit.Before(d.Date) {
		warn("decision.revisit", "decision.revisit %s is before the decision (%s); write when to look at it again", day(d.Revisit), day(d.Date))
	}
}

// stoppedIdea finds the idea that an entry of stops names: by its slug in
// any letter case, or else by its title, when no other idea has that title.
// People name what stops as they know it, by its title (QA: "Cold calls"
// stayed free text beside cold-calls.md, and no rule saw it still running).
func (s *Site) stoppedIdea(text string) *Idea {
	if i := s.ideaFold(text); i != nil {
		return i
	}
	return s.titles()[titleKey(text)]
}

// titles returns the ideas by titleKey, nil for a title two ideas share:
// made when first needed, and kept up to date by UpdateIdea (retitle).
func (s *Site) titles() map[string]*Idea {
	if s.byTitle == nil {
		s.byTitle = make(map[string]*Idea, len(s.Ideas))
		for _, i := range s.Ideas {
			key := i.titleKey
			if _, taken := s.byTitle[key]; taken {
				s.byTitle[key] = nil
			} else {
				s.byTitle[key] = i
			}
		}
	}
	return s.byTitle
}

// sharedTitle lists the slugs of the ideas whose title is text when more
// than one has it, as a stop's entry is compared with titles (see
// titleKey); stoppedIdea has filled byTitle.
func (s *Site) sharedTitle(text string) []string {
	if i, ok := s.byTitle[titleKey(text)]; !ok || i != nil {
		return nil // no idea's title, or one idea's: the common case, at once
	}
	var out []string
	key := titleKey(text)
	for _, i := range s.Ideas {
		if i.titleKey == key {
			out = append(out, i.Slug)
		}
	}
	return out
}

// slugShaped matches an entry of stops written as a slug is: lower-case
// words joined by hyphens ("event-app-hausmesse"). Other entries, such as
// "Präsentationstechnik-Workshop" or "newsletter", are activities.
var slugShaped = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)+$`)

// ideaSlugs lists the ideas' slugs, for "did you mean".
func (s *Site) ideaSlugs() []string {
	out := make([]string, len(s.Ideas))
	for i, idea := range s.Ideas {
		out[i] = idea.Slug
	}
	return out
}

// titleKey is how a title is compared with a stop's entry: without the
// spaces around it, in any letter case.
func titleKey(title string) string { return strings.ToLower(strings.TrimSpace(title)) }

// eachRef calls link for every slug of an idea's reference list (key), and
// reports a slug listed twice instead of linking it again.
func eachRef(idea *Idea, key, kind string, slugs []string, diags *diag.List, link func(i int, slug string)) {
	seen := make(map[string]bool, len(slugs)) // not slices.Index for each: 100,000 slugs took 35 s (security review)
	for i, slug := range slugs {
		if seen[slug] {
			p := idea.At(idea.EntryAt(key, i))
			diags.Errorf(idea.Path, p.Line, p.Col, "%s %q is listed twice", kind, slug)
			continue
		}
		seen[slug] = true
		link(i, slug)
	}
}

// unknownRef reports a reference to a slug that no document has, unless the
// file is there but could not be parsed: its own error says what is wrong.
// idea is the idea that refers, nil for an objective's team.
func (s *Site) unknownRef(diags *diag.List, doc *content.Doc, keyPath, kind, slug string, known []string, idea *content.Idea) {
	if s.set.Exists(content.Kind(kind), slug) {
		return
	}
	p := doc.At(keyPath)
	msg := "unknown " + kind + " " + quote(slug)
	if what := s.otherKind(kind, slug, idea); what != "" {
		diags.Errorf(doc.Path, p.Line, p.Col, "%s: %s", msg, what)
		return
	}
	// A file's name or path for its slug: "kr-inline.md",
	// "content/objectives/sales/grow.md" (QA: "no file ….md.md").
	file := path.Base(strings.TrimSuffix(slug, ".md"))
	if file != slug && s.set.Exists(content.Kind(kind), file) {
		msg += "; did you mean " + quote(file) + "? " + strings.ToUpper(kind[:1]) + kind[1:] + "s are named by their file's name without .md"
	} else if sug := content.Suggest(slug, known); sug != "" {
		msg += "; did you mean " + quote(sug) + "?"
	} else if other, title := s.titled(kind, slug); other != "" {
		// A file renamed, its title kept: the old slug is the title's.
		msg += "; did you mean " + quote(other) + ", the " + kind + " titled " + quote(title) + "?"
	} else {
		msg += "; no file content/" + kind + "s/…/" + slug + ".md"
		if kind == "team" {
			msg = "unknown team " + quote(slug) + "; no file content/teams/" + slug + ".md" + teamList(known)
		}
	}
	diags.Errorf(doc.Path, p.Line, p.Col, "%s", msg)
}

// otherKind says what slug is when it names a document of another kind than
// the one referred to, and what to write instead, or "": a team's slug in
// objectives, an objective's in teams or as an objective's team, an idea's
// in either (QA: "unknown objective" for the slug of the team it meant).
// idea is the idea that refers, nil for an objective's team. Nothing is
// said of another idea's content: a preview relinks the idea saved, not
// the ideas that name it.
func (s *Site) otherKind(kind, slug string, idea *content.Idea) string {
	switch {
	case kind == "objective" && s.set.Exists(content.KindTeam, slug):
		what := quote(slug) + " is a team, not an objective"
		var its []string
		for _, o := range s.Objectives { // newest period first
			if o.Team == slug {
				its = append(its, o.Slug)
			}
		}
		where := "write it in teams"
		if slices.Contains(idea.Teams, slug) {
			where = "it is in teams already"
		}
		switch {
		case len(its) == 0:
			return what + ", and has no objectives yet; " + where + ", and remove it here"
		case len(its) > 3:
			return what + "; " + where + ", and here which of its " + strconv.Itoa(len(its)) + " objectives the idea serves, newest " + quoteAll(its[:3])
		}
		return what + "; " + where + ", and here which of its objectives the idea serves: " + quoteAll(its)
	case kind == "team" && s.set.Exists(content.KindObjective, slug):
		what := quote(slug) + " is an objective, not a team"
		team := ""
		if at := slices.IndexFunc(s.set.Objectives, func(o *content.Objective) bool { return o.Slug == slug }); at >= 0 && s.teams[s.set.Objectives[at].Team] != nil {
			team = s.set.Objectives[at].Team
		}
		if idea == nil {
			if team == "" {
				return what + teamList(s.teamSlugs)
			}
			return what + "; its team is " + quote(team)
		}
		var todo []string
		if !slices.Contains(idea.Objectives, slug) {
			todo = append(todo, "write it in objectives")
		}
		if team != "" && !slices.Contains(idea.Teams, team) {
			todo = append(todo, "its team "+quote(team)+" here")
		}
		if len(todo) == 0 {
			return what + "; it is in objectives already, and its team here: remove it"
		}
		return what + "; " + strings.Join(todo, ", and ")
	case idea != nil && idea.Slug == slug:
		return quote(slug) + " is this idea's own slug, not " + map[string]string{"team": "a team", "objective": "an objective"}[kind] + "; remove it here"
	case s.set.Exists(content.KindIdea, slug):
		if kind == "team" {
			return quote(slug) + " is an idea, not a team" + teamList(s.teamSlugs)
		}
		return quote(slug) + " is an idea, not an objective; to point to it, link it in the text: [" + slug + "](../" + slug + "/)"
	}
	return ""
}

// teamList is the end of a message that says which teams there are, as
// the slugs to write: teams are few (QA: "Verkauf" for the team sales got
// no next step).
func teamList(known []string) string {
	switch {
	case len(known) == 0:
		return `; there are no teams yet: make one with fokus new team "Name of the team"`
	case len(known) <= 12:
		return "; the teams are " + strings.Join(known, ", ")
	}
	return ""
}

// titled returns the slug and title of the one team or objective whose
// title makes slug, or is ref itself ("Sales Team" for the team sales
// titled so: QA, the newcomer's first guess), or "".
func (s *Site) titled(kind, ref string) (string, string) {
	found, title := "", ""
	slug := content.Slugify(ref)
	check := func(docSlug, docTitle string) {
		if slug != "" && content.Slugify(docTitle) == slug {
			if found != "" {
				found = "\x00" // two: no guess
			} else {
				found, title = docSlug, docTitle
			}
		}
	}
	switch kind {
	case "team":
		for _, t := range s.Teams {
			check(t.Slug, t.Title)
		}
	case "objective":
		for _, o := range s.Objectives {
			check(o.Slug, o.Title)
		}
	}
	if found == "\x00" {
		return "", ""
	}
	return found, title
}

// rank orders the open ideas by score (older first on a tie) and fills the
// backlog's sections, the decision log and the lists of ideas in that order.
func (s *Site) rank() {
	for _, idea := range s.Ideas {
		list, _ := s.section(idea)
		*list = append(*list, idea)
		if idea.Decision != nil {
			s.Decisions = append(s.Decisions, idea)
		}
	}
	slices.SortFunc(s.Ranked, compareRanked)
	for i, idea := range s.Ranked {
		idea.Rank = i + 1
	}
	slices.SortFunc(s.Unassessed, compareSubmitted)
	slices.SortFunc(s.Closed, compareDecided)
	slices.SortFunc(s.Decisions, compareDecided)
	s.spellApart()
	s.listIdeas()
}

// rerank gives what rank gives when only idea's document changed since the
// lists were made: it is taken out of them and put where its new document
// belongs. The orders are total (slugs are unique), so this is the order a
// sort gives; sorting the closed ideas and the decisions again was a third
// of a preview's title edit at 10,000 ideas.
func (s *Site) rerank(idea *Idea) {
	is := func(other *Idea) bool { return other == idea }
	s.Ranked = slices.DeleteFunc(s.Ranked, is)
	s.Unassessed = slices.DeleteFunc(s.Unassessed, is)
	s.Closed = slices.DeleteFunc(s.Closed, is)
	s.Decisions = slices.DeleteFunc(s.Decisions, is)
	insert := func(list []*Idea, compare func(a, b *Idea) int) []*Idea {
		at, _ := slices.BinarySearchFunc(list, idea, compare)
		return slices.Insert(list, at, idea)
	}
	list, order := s.section(idea)
	*list = insert(*list, order)
	if idea.Decision != nil {
		s.Decisions = insert(s.Decisions, compareDecided)
	}
	idea.Rank = 0
	for i, other := range s.Ranked {
		other.Rank = i + 1
	}
	s.spellApart()
	s.listIdeas()
}

// section is the backlog's list that idea belongs in, and that list's order:
// open ideas with a score ranked, open ones without waiting for one, the
// rest closed.
func (s *Site) section(idea *Idea) (*[]*Idea, func(a, b *Idea) int) {
	switch {
	case idea.Open() && idea.Score != nil:
		return &s.Ranked, compareRanked
	case idea.Open():
		return &s.Unassessed, compareSubmitted
	}
	return &s.Closed, compareDecided
}

// compareRanked orders open ideas by score, the higher first, then as
// compareSubmitted.
func compareRanked(a, b *Idea) int {
	if a.Score.Value != b.Score.Value {
		return cmp.Compare(b.Score.Value, a.Score.Value)
	}
	return compareSubmitted(a, b)
}

// listIdeas fills the teams' and objectives' lists of ideas. The pages show
// them with the ideas' ranks, so they are in the backlog's order (ranked by
// rank, then unassessed, then closed) rather than by slug, where rank 2
// would come before rank 1. The backlog's three lists are in that order
// already, so the other lists are filled from them rather than sorted.
func (s *Site) listIdeas() {
	for _, t := range s.Teams {
		t.Ideas, t.InProgress = t.Ideas[:0], t.InProgress[:0]
	}
	for _, o := range s.Objectives {
		o.Ideas = o.Ideas[:0]
	}
	for _, list := range [][]*Idea{s.Ranked, s.Unassessed, s.Closed} {
		for _, idea := range list {
			for _, t := range idea.Teams {
				t.Ideas = append(t.Ideas, idea)
				if idea.Status == "in-progress" {
					t.InProgress = append(t.InProgress, idea)
				}
			}
			for _, o := range idea.Objectives {
				o.Ideas = append(o.Ideas, idea)
			}
		}
	}
}

// compareSubmitted orders ideas by submission, older first, then by slug.
func compareSubmitted(a, b *Idea) int {
	if c := a.Submitted.Compare(b.Submitted); c != 0 {
		return c
	}
	return strings.Compare(a.Slug, b.Slug)
}

// compareDecided orders ideas by decision, newest first, then by slug.
func compareDecided(a, b *Idea) int {
	if c := decisionDate(b).Compare(decisionDate(a)); c != 0 {
		return c
	}
	return strings.Compare(a.Slug, b.Slug)
}

func decisionDate(i *Idea) time.Time {
	if i.Decision == nil {
		return time.Time{}
	}
	return i.Decision.Date
}

// computeLoad shares each committed idea's size evenly among its teams.
func (s *Site) computeLoad() {
	for _, idea := range s.Ideas {
		if !idea.Committed() || idea.Score == nil || idea.Score.Size == 0 || len(idea.Teams) == 0 {
			continue
		}
		// The shares are added as they are and the sum rounded once: three
		// shares of 10/6 rounded first added up to 5.00000000001, over a
		// capacity of 5 for a script reading index.json (QA).
		share := idea.Score.Size / float64(len(idea.Teams))
		for _, t := range idea.Teams {
			t.Load += share
			t.LoadParts = append(t.LoadParts, LoadPart{Idea: idea, Points: tidy(share)})
		}
	}
	for _, t := range s.Teams {
		t.Load = tidy(t.Load) // 0.1 + 0.2 points are 0.3, also in index.json
		slices.SortFunc(t.LoadParts, func(a, b LoadPart) int {
			if a.Points != b.Points {
				return cmp.Compare(b.Points, a.Points)
			}
			return strings.Compare(a.Idea.Slug, b.Idea.Slug)
		})
	}
}

func keyResult(kr content.KeyResult) *KeyResult {
	k := &KeyResult{KeyResult: kr, Progress: progress(kr, kr.Current)}
	history := append([]content.Checkin(nil), kr.Checkins...)
	slices.SortStableFunc(history, content.Checkin.Compare)
	for _, c := range history {
		k.History = append(k.History, Point{Checkin: c, Progress: progress(kr, c.Value)})
	}
	return k
}

// progress is (value − start) / (target − start), clamped to 0…1, which also
// holds for falling targets; a yes/no result is 0 or 1.
func progress(kr content.KeyResult, value float64) float64 {
	if kr.YesNo {
		if value >= 1 {
			return 1
		}
		return 0
	}
	if kr.Target == kr.Start {
		return 0
	}
	p := (value - kr.Start) / (kr.Target - kr.Start)
	if math.IsNaN(p) {
		return 0
	}
	// Twelve digits, as scores: (0.3 − 0.1) / (0.5 − 0.1) is 0.5, not
	// 0.49999999999999994, which a script's "≥ 0.5" reads as below (QA).
	return tidy(math.Max(0, math.Min(1, p)))
}

func mean(krs []*KeyResult) float64 {
	if len(krs) == 0 {
		return 0
	}
	sum := 0.0
	for _, kr := range krs {
		sum += kr.Progress
	}
	return tidy(sum / float64(len(krs)))
}

// comparePeriods orders period names by time, whatever their spelling:
// "2027-Q1" after "2026-Q4", "Q1 2027" after "Q4 2026", "H1 2027" after
// "H2 2026", "PI 27.1" after "PI 26.4". A period whose dates fokus knows
// counts by its last month, then by its length, so that it comes after the
// periods within it: "2027-03" before "2027-Q2" (QA: the bare numbers put
// March after Q2, as if it were Q3), and the year 2026 after its Q4, not
// between its Q1 and Q2, which split the archive's quarters. Of other
// names, a four-digit number is the year and counts first; the other
// numbers follow in the order they are written. The text itself breaks
// ties. It returns -1, 0 or 1, as strings.Compare does.
func comparePeriods(a, b string) int {
	ka, kb := periodKey(a), periodKey(b)
	if c := slices.Compare(ka, kb); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

func periodKey(p string) []int {
	// The second number says which kind of key follows, so that a month
	// is never compared with a number of a name ("2027-Q3 Sprint 1"):
	// within a year, the dated periods come first (review), then the other
	// names, then the fiscal periods.
	if sp, ok := periodSpan(p); ok {
		last := sp.end.AddDate(0, -1, 0)
		return []int{last.Year(), 0, int(last.Month()), sp.months()}
	}
	// A fiscal year ("FY27", "FY 2026/27") is of the year it ends in, as a
	// dated period counts by its last month: after the names without
	// dates of that year, not among those of no year, where a year of
	// two digits left it (QA: FY27 between PI 26.4 and FY26). Its
	// quarters and halves ("Q1 FY27", "FY27 H2") are of that year too, by
	// their last month and length, as a calendar year's are: read as
	// names of no year, "Q4 FY26" came after "Q1 FY27", and was on the
	// door of a team that had written the new fiscal year's (review).
	if f, ok := readFiscal(p); ok {
		last, months := f.months()
		return []int{f.year, 2, last, months}
	}
	var year int
	var rest []int
	for i := 0; i < len(p); {
		if p[i] < '0' || p[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(p) && p[j] >= '0' && p[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(p[i:j])
		if j-i == 4 && year == 0 {
			year = n
		} else {
			rest = append(rest, n)
		}
		i = j
	}
	return append([]int{year, 1}, rest...)
}

// compareFold orders titles as people number them: letter case aside, and
// numbers by their value, so that "Objective 2" comes before "Objective 10"
// (QA: a poster showed objectives 10 to 13 and left out 1 to 9). The slugs
// (tieA, tieB) break ties.
func compareFold(a, b, tieA, tieB string) int {
	if c := compareNatural(strings.ToLower(a), strings.ToLower(b)); c != 0 {
		return c
	}
	return strings.Compare(tieA, tieB)
}

// compareNatural compares a and b byte by byte, except that runs of digits
// compare by the numbers they write ("9" before "10", "007" as "7"; of equal
// numbers, the one with fewer leading zeros first).
func compareNatural(a, b string) int {
	for a != "" && b != "" {
		if isDigit(a[0]) && isDigit(b[0]) {
			na, nb := digits(a), digits(b)
			ta, tb := strings.TrimLeft(a[:na], "0"), strings.TrimLeft(b[:nb], "0")
			if c := cmp.Compare(len(ta), len(tb)); c != 0 {
				return c
			}
			if c := strings.Compare(ta, tb); c != 0 {
				return c
			}
			if c := cmp.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[na:], b[nb:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits is the length of the run of digits s begins with.
func digits(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// lastCheckin is the date of the objective's newest check-in up to today,
// or zero. One dated after today is left out, not taken for the last: it
// would hide the check-ins before it (QA).
func (o *Objective) lastCheckin(today time.Time) time.Time {
	var last time.Time
	for _, kr := range o.KeyResults {
		for _, p := range kr.History {
			if p.Date.After(last) && !p.Date.After(today) {
				last = p.Date
			}
		}
	}
	return last
}

// usualSpellings maps each period name to the way most objectives write that
// period; of two spellings as often, the one of the spec's form (see
// spellingFirst).
func usualSpellings(objectives []*Objective) map[string]string {
	count := map[string]int{}
	for _, o := range objectives {
		count[o.Period]++
	}
	usual := make(map[string]string, len(count))
	for name := range count {
		best := name
		for other, n := range count {
			if SamePeriod(other, name) && (n > count[best] || n == count[best] && spellingFirst(other, best)) {
				best = other
			}
		}
		usual[name] = best
	}
	return usual
}

// spellingFirst reports whether period spelling a is preferred to b, of
// two written equally often: the form of the spec and the config
// ("2026-Q4") before others ("Q4/2026"), then in the order of the bytes.
func spellingFirst(a, b string) bool {
	if ca, cb := canonicalPeriod(a) == a, canonicalPeriod(b) == b; ca != cb {
		return ca
	}
	return a < b
}

// runsWithin reports whether the current period, set in fokus.toml, is
// one around the period that runs today and has objectives (the year
// "2026" around "2026-Q4"), whose objectives it leaves off every door.
// So is a fiscal year ("FY27") around its newest quarter or half that
// has objectives ("Q2 FY27"), whose dates no name gives (QA: period =
// "FY27" left the quarter's objectives off every door without a word).
func (s *Site) runsWithin(today time.Time) bool {
	auto := currentPeriod(s.Periods, today)
	start, ok := PeriodStart(auto)
	return (!ok || !today.Before(start)) && encloses(s.Period, auto)
}

// keepClosingPeriods keeps the period that has just ended on the door of
// each team that is still closing it: one with objectives of that period
// and none of a current period as short as it. The current period follows
// the objectives (see currentPeriod), so the first team to write the next
// quarter's made it current for every team, and emptied the doors of
// those still grading the last one in their first weeks of the new
// quarter. Of the periods a team is closing, the shortest is on its door
// (the quarter, with its year beside it). A team with objectives of the
// new year or half-year but none of the new quarter is closing the last
// quarter too, and has the year's beside it (QA: its door showed the new
// quarter, empty, beside the year). Only where fokus.toml names no
// period: a period set there is every team's. The door names it as most
// objectives write it (spellings), as the objectives page does, not as
// the team alone does ("Q4 2026").
func (s *Site) keepClosingPeriods(today time.Time, spellings map[string]string) {
	closing, current := map[string]span{}, map[string]int{} // team → the months of its shortest current period
	for _, o := range s.Objectives {
		sp, ok := periodSpan(o.Period)
		if s.currentFor("", o.Period) {
			if m, seen := current[o.Team]; ok && (!seen || sp.months() < m) {
				current[o.Team] = sp.months()
			}
			continue
		}
		if !ok || today.Before(sp.end) || !today.Before(sp.end.AddDate(0, 0, closingWindow(sp))) {
			continue
		}
		if c, seen := closing[o.Team]; !seen || sp.end.Sub(sp.start) < c.end.Sub(c.start) {
			closing[o.Team] = sp
		}
	}
	// A team of months past closing its last month is not closing the
	// quarter, half-year or year around it: it has the month that runs on
	// its door, to write (see keepOwnMonths), not the longer period, of
	// which fokus new wrote the next (QA: on 15 January a team of months
	// had "2026" on its door, and fokus new wrote an objective of "2027").
	rhythm := s.newestShort(today)
	for team, sp := range closing {
		m, written := current[team]
		if r, ok := rhythm[team]; ok && r.months() == 1 && sp.months() > 1 {
			continue
		}
		if _, own := s.ownPeriods[team]; !own && (!written || m > sp.months()) && s.teams[team] != nil {
			s.ownPeriod(team, spellings[sp.name])
		}
	}
}

// keepOwnQuarters puts a team's quarter on its door where the current
// period is a month of it that the team wrote no objectives of: a team of
// quarterly objectives beside teams of monthly ones (sales targets) would
// otherwise have its door headed by the month, and its poster reprinted
// every month to say so (QA, OKR user). A team of yearly objectives alone
// stays headed by the site's period, whose objectives it is to write.
func (s *Site) keepOwnQuarters(spellings map[string]string) {
	site, ok := periodSpan(s.Period)
	if !ok || site.months() >= 3 {
		return
	}
	own := map[string]span{} // team → its shortest current period longer than the site's
	for _, o := range s.Objectives {
		sp, ok := periodSpan(o.Period)
		if !ok || !s.currentFor("", o.Period) {
			continue
		}
		if SamePeriod(o.Period, s.Period) {
			own[o.Team] = site
			continue
		}
		if c, seen := own[o.Team]; !seen || sp.months() < c.months() {
			own[o.Team] = sp
		}
	}
	for team, sp := range own {
		if _, kept := s.ownPeriods[team]; !kept && sp.months() > site.months() && sp.months() <= 3 && s.teams[team] != nil {
			s.ownPeriod(team, spellings[sp.name])
		}
	}
}

// keepOwnMonths puts the month that runs on the door of a team that plans
// by the month, where the current period is longer (the quarter of the
// teams beside it) and the team, late with the new month's objectives, is
// past closing its last one (see keepClosingPeriods): its door was headed
// by the quarter, empty, as if it had quarterly objectives to write (QA).
// A team plans by the month while its newest objectives of a period
// shorter than a year, of those begun by today (a draft of a later month
// aside), are of a month, however many months ago, as a team of quarters
// late by two of them has the quarter that runs on its door, to write
// (QA: a team of months two months late had the site's quarter there,
// empty, and fokus new wrote the quarter's). One that wrote the objectives
// of a quarter (or half-year) that begins after its newest month plans by
// the quarter now (review: a team that went from months to quarters in
// January had its door headed by January, empty, and fokus new wrote
// January's); a quarter that began with its newest month is the frame of
// its months, beside them on the door. The year's objectives say nothing
// of a team's rhythm: they are beside any period on the door. The mirror
// of keepOwnQuarters. A month that ended over a year ago is no sign: a team
// that wrote one in its first year and the year's objectives since had the
// month that runs on its door, empty, beside them (review).
func (s *Site) keepOwnMonths(today time.Time) {
	site, ok := periodSpan(s.Period)
	if !ok || site.months() <= 1 {
		return
	}
	running, _ := periodSpan(fmt.Sprintf("%04d-%02d", today.Year(), int(today.Month())))
	for team, sp := range s.newestShort(today) {
		if !today.Before(sp.end.AddDate(1, 0, 0)) {
			continue // a month over a year ago says nothing of how the team plans now
		}
		if _, kept := s.ownPeriods[team]; !kept && sp.months() == 1 && sp.end.Before(running.end) && s.teams[team] != nil {
			s.ownPeriod(team, running.name)
		}
	}
}

// newestShort maps each team to its newest period shorter than a year, of
// those begun by today, and of two begun together to the shorter: a month
// there says the team plans by the month (see keepOwnMonths).
func (s *Site) newestShort(today time.Time) map[string]span {
	newest := map[string]span{}
	for _, o := range s.Objectives {
		sp, ok := periodSpan(o.Period)
		if !ok || sp.months() >= 12 || sp.start.After(today) {
			continue
		}
		if n, seen := newest[o.Team]; !seen || sp.start.After(n.start) || sp.start.Equal(n.start) && sp.months() < n.months() {
			newest[o.Team] = sp
		}
	}
	return newest
}

// ownPeriod puts period on team's door, where the site's current period
// has no objectives of the team's (see IsCurrent).
func (s *Site) ownPeriod(team, period string) {
	if s.ownPeriods == nil {
		s.ownPeriods = map[string]string{}
	}
	s.ownPeriods[team] = period
}
