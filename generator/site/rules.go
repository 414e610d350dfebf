package site

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"fokus/generator/content"
	"fokus/generator/diag"
)

// Rule is one focus rule: a pattern of running in every direction at once
// that fokus says out loud.
type Rule struct {
	Code string
	// Subject is the kind of file the finding is reported on, where it is fixed.
	Subject content.Kind
}

// Rules are the focus rules, in the order the dashboard lists them.
var Rules = []Rule{
	{"undeclared", content.KindIdea},
	{"over-capacity", content.KindTeam},
	{"over-wip", content.KindTeam},
	{"no-stop", content.KindIdea},
	{"stale", content.KindObjective},
	{"unassessed", content.KindIdea},
	{"revisit-due", content.KindIdea},
	{"unaligned", content.KindIdea},
	{"no-team", content.KindIdea},
	{"still-running", content.KindIdea},
	{"too-many-objectives", content.KindTeam},
	{"too-many-key-results", content.KindObjective},
}

// MaxObjectives is how many objectives of a period a team can focus on,
// and MaxKeyResults how many key results an objective can be measured by
// (OKR practice: two to five).
const (
	MaxObjectives = 5
	MaxKeyResults = 5
)

// Finding is a focus rule's diagnostic with the page where it is fixed.
type Finding struct {
	diag.Diagnostic
	Kind  content.Kind
	Slug  string
	Title string
}

// RuleCodes returns the codes of all rules.
func RuleCodes() []string {
	codes := make([]string, len(Rules))
	for i, r := range Rules {
		codes[i] = r.Code
	}
	return codes
}

// applyRules runs every rule not switched off in fokus.toml and returns the
// findings; those configured as errors are also added to diags.
func (s *Site) applyRules(diags *diag.List) []*Finding {
	cfg := s.Config
	codes := RuleCodes()
	names := make([]string, 0, len(cfg.Rules))
	for code := range cfg.Rules {
		names = append(names, code)
	}
	sort.Strings(names)
	for _, code := range names {
		if !slices.Contains(codes, code) {
			p := cfg.RulePos(code)
			msg := fmt.Sprintf("unknown rule %q in [rules]", code)
			if sug := content.Suggest(code, codes); sug != "" {
				msg += fmt.Sprintf("; did you mean %q?", sug)
			}
			diags.Errorf(cfg.Path, p.Line, p.Col, "%s", msg)
		}
		if code == "undeclared" && cfg.Rules[code] == "off" {
			p := cfg.RulePos(code)
			diags.Warnf(cfg.Path, p.Line, p.Col, "undeclared cannot be switched off: work in progress or done without a decision is never silently accepted; it stays a warning (set \"warning\", or \"error\" to fail the build)")
		}
	}

	var out []*Finding
	report := func(code string, doc *content.Doc, keyPath string, title string, format string, args ...any) *Finding {
		sev := diag.Warning
		switch cfg.Rules[code] {
		case "off":
			if code == "undeclared" {
				break // side projects always show (SPEC); said above
			}
			return nil
		case "error":
			sev = diag.Error
		}
		p := doc.At(keyPath)
		f := &Finding{
			Diagnostic: diag.Diagnostic{Path: doc.Path, Line: p.Line, Col: p.Col, Severity: sev, Code: code, Message: fmt.Sprintf(format, args...)},
			Slug:       doc.Slug,
			Title:      title,
		}
		return f
	}
	keep := func(f *Finding, into *[]*Finding) {
		out = append(out, f)
		*into = append(*into, f)
		if f.Severity == diag.Error {
			*diags = append(*diags, f.Diagnostic)
		}
	}
	replay := func(own []*Finding, into *[]*Finding) {
		for _, f := range own {
			keep(f, into)
		}
	}
	onIdea := func(idea *Idea, code, keyPath, format string, args ...any) {
		if f := report(code, &idea.Doc, keyPath, idea.Title, format, args...); f != nil {
			f.Kind = content.KindIdea
			keep(f, &idea.Findings)
		}
	}
	onTeam := func(t *Team, code, keyPath, format string, args ...any) {
		if f := report(code, &t.Doc, keyPath, t.Title, format, args...); f != nil {
			f.Kind = content.KindTeam
			keep(f, &t.Findings)
		}
	}

	// What a decision stops must stop: an idea named in the stops of
	// another's decision that still runs makes the room twice.
	stillRunning := func(idea, other *Idea) *Finding {
		var f *Finding
		switch {
		case other.Committed():
			f = report("still-running", &other.Doc, "status", other.Title, "%s has status %q, but the decision on %s of %s stops it; set its status to \"dropped\" or \"done\", or take it out of that decision's stops",
				other.quotedTitle(), other.Status, idea.quotedTitle(), idea.Decision.Date.Format("2006-01-02"))
		case other.Open():
			// A proposal that a decision stops stays ranked among
			// the open ideas as if nothing had been said (QA).
			f = report("still-running", &other.Doc, "status", other.Title, "%s still has status %q, but the decision on %s of %s stops it; set its status to \"dropped\" or \"parked\", or take it out of that decision's stops",
				other.quotedTitle(), other.Status, idea.quotedTitle(), idea.Decision.Date.Format("2006-01-02"))
		}
		if f != nil {
			f.Kind = content.KindIdea
		}
		return f
	}
	// Findings are worded once per site and document, and kept in the
	// order the rules find them: a preview's save of an idea's front matter
	// (UpdateIdea) words again only the findings about that idea alone
	// (Idea.own) and those of stops that name it (Stop.found). Wording them
	// for thousands of ideas on every save was a third of its time (serve
	// benchmark). An objective's findings read that objective alone, which
	// an idea's save leaves as it was.
	for _, idea := range s.Ideas {
		if idea.ruled {
			replay(idea.own, &idea.Findings)
		} else {
			mark := len(out)
			s.ideaRules(idea, onIdea)
			idea.own, idea.ruled = slices.Clone(out[mark:]), true
		}
		if idea.MakesRoom() {
			for k := range idea.Stops {
				st := &idea.Stops[k]
				if st.Idea == nil || st.TakenUp {
					continue
				}
				if st.ruled != st.Idea.Idea {
					st.ruled, st.found = st.Idea.Idea, stillRunning(idea, st.Idea)
				}
				if st.found != nil {
					keep(st.found, &st.Idea.Findings)
				}
			}
		}
	}
	for _, t := range s.Teams {
		// Load is the job size (wsjf) or effort (rice) of the team's accepted and
		// in-progress ideas, shared evenly by their teams (see computeLoad). ICE
		// has no size input, so under ICE the load is 0 and this rule stays quiet;
		// wip_limit is the limit that works there. The tolerance keeps sums such
		// as 2.1 + 3.2 (5.300000000000001 in floating point) from exceeding a
		// capacity of exactly 5.3.
		if t.OverCapacity() {
			onTeam(t, "over-capacity", "capacity", "%s carries %s points of accepted and in-progress ideas, over its capacity of %s; stop or park something", t.Title, above(t.Load, t.Capacity), num(t.Capacity))
		}
		if t.WIPLimit > 0 && len(t.InProgress) > t.WIPLimit {
			onTeam(t, "over-wip", "wip_limit", "%s has %d ideas in progress, over its WIP limit of %d; finish or stop one before starting the next", t.Title, len(t.InProgress), t.WIPLimit)
		}
		if len(t.Objectives) > MaxObjectives {
			// The year's objectives on the door count too: the team works
			// on them this quarter as well, and the door holds them all.
			// A team of program increments has its own ("PI 27.1"), and
			// so has one still grading the last quarter, whose door holds
			// the new year's beside it (QA: "in 2026 and 2026-Q4 and 2027").
			door := s.TeamPeriod(t)
			var around []string
			for _, o := range t.Objectives {
				if !SamePeriod(o.Period, door) {
					around = append(around, o.Period)
				}
			}
			slices.Sort(around)
			in := joinAnd(slices.Compact(slices.Clone(around)))
			switch {
			case len(around) == 0:
				in = door
			case len(around) < len(t.Objectives):
				in = fmt.Sprintf("%s, %d of them of %s", door, len(around), in)
			}
			onTeam(t, "too-many-objectives", "title", "%s has %d objectives in %s; focus on at most %d", t.Title, len(t.Objectives), in, MaxObjectives)
		}
	}
	onObjective := func(o *Objective, code, keyPath, format string, args ...any) {
		if f := report(code, &o.Doc, keyPath, o.Title, format, args...); f != nil {
			f.Kind = content.KindObjective
			keep(f, &o.Findings)
		}
	}
	for _, o := range s.reviewDue() {
		if o.ruled {
			replay(o.own, &o.Findings)
			continue
		}
		mark := len(out)
		s.objectiveRules(o, onObjective)
		o.own, o.ruled = slices.Clone(out[mark:]), true
	}
	order := make(map[string]int, len(Rules))
	for i, r := range Rules {
		order[r.Code] = i
	}
	slices.SortStableFunc(out, func(a, b *Finding) int {
		if a.Path != b.Path {
			return strings.Compare(a.Path, b.Path)
		}
		if a.Line != b.Line || a.Col != b.Col {
			return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
		}
		return cmp.Compare(order[a.Code], order[b.Code])
	})
	return out
}

// ideaRules reports through on what the rules find about idea alone.
func (s *Site) ideaRules(idea *Idea, on func(idea *Idea, code, keyPath, format string, args ...any)) {
	committed := idea.Committed()
	if idea.Undeclared() {
		on(idea, "undeclared", "status", "%s has status %q without a decision: an undeclared side project; add a [decision] with date, by and rationale", idea.quotedTitle(), idea.Status)
	}
	if committed && !namesStop(idea) {
		at := "decision.stops"
		if idea.Decision == nil {
			at = "status"
		}
		on(idea, "no-stop", at, "%s has status %q but names nothing that stops to make room; list it in decision.stops", idea.quotedTitle(), idea.Status)
	}
	if idea.Status == "proposed" && idea.Score == nil && len(idea.Idea.Score) == 0 && !idea.Submitted.IsZero() {
		if age := days(idea.Submitted, s.Now); age > s.Config.AssessWithin {
			on(idea, "unassessed", "submitted", "%s was submitted %s ago and is not yet assessed (assess within %s); add a [score]", idea.quotedTitle(), diag.Plural(age, "day"), diag.Plural(s.Config.AssessWithin, "day"))
		}
	}
	if (idea.Status == "parked" || idea.Status == "rejected") && idea.Decision != nil && !idea.Decision.Revisit.IsZero() && idea.Decision.Revisit.Before(s.Now) {
		on(idea, "revisit-due", "decision.revisit", "%s was to be revisited on %s; decide again and set a new revisit date or remove it", idea.quotedTitle(), idea.Decision.Revisit.Format("2006-01-02"))
	}
	if committed && len(idea.Idea.Objectives) == 0 {
		on(idea, "unaligned", "status", "%s has status %q but contributes to no objective; name the objectives it serves in objectives", idea.quotedTitle(), idea.Status)
	} else if committed && len(idea.Objectives) > 0 && !slices.ContainsFunc(idea.Objectives, func(o *Objective) bool { return !o.closed }) {
		// Work that goes on for objectives whose periods are all over
		// serves none that counts now (QA); in the weeks a period is
		// closed, and while it is the site's, it still does (review).
		var periods []string
		for _, o := range idea.Objectives {
			if !slices.Contains(periods, o.Period) {
				periods = append(periods, o.Period)
			}
		}
		on(idea, "unaligned", "objectives", "%s has status %q but contributes only to objectives of periods that are over (%s); name an objective of the period that runs", idea.quotedTitle(), idea.Status, strings.Join(periods, ", "))
	}
	// Of the teams written, as unaligned reads the objectives: one
	// that is misspelt is the error that says so (QA: also told to
	// name the teams in teams, which named one).
	if committed && len(idea.Idea.Teams) == 0 {
		on(idea, "no-team", "status", "%s has status %q but no team carries it, so its size counts in no team's load; name the teams that carry it in teams", idea.quotedTitle(), idea.Status)
	}
}

// objectiveRules reports through on what the rules find about o alone: too
// many key results, and a review that is due.
func (s *Site) objectiveRules(o *Objective, on func(o *Objective, code, keyPath, format string, args ...any)) {
	// Each objective's own period: the year's began before the
	// quarter's, and its review counts from the year's first day.
	begun, dated := PeriodStart(o.Period)
	if n := len(o.KeyResults); n > MaxKeyResults && o.Current {
		// More measures than anyone tracks in a review (QA).
		on(o, "too-many-key-results", "title", "%s has %d key results; measure it by at most %d, the ones that show it is reached", quote(o.Title), n, MaxKeyResults)
	}
	if o.Unreviewable || o.Period == "" {
		// Without a period (its error is said at the file), no
		// review is due: a reminder beside the error was noise, and
		// its rhythm counted from no day (QA).
		return
	}
	// A period that has ended is closed by a last review on its last
	// day or after it, which gives the key results their final
	// values; no review is due after that (QA, OKR coach: a team that
	// graded its quarter was told every 14 days, until the next
	// quarter's objectives were written, to review it again).
	sp, ended := periodSpan(o.Period)
	ended = ended && !s.Now.Before(sp.end)
	if ended && !o.Reviewed.Before(sp.end.AddDate(0, 0, -1)) {
		return
	}
	var msg string
	switch {
	case o.Reviewed.IsZero() && !dated:
		msg = fmt.Sprintf("%s was never reviewed (review every %s); review it and set reviewed", quote(o.Title), diag.Plural(s.Config.ReviewEvery, "day"))
	case o.Reviewed.IsZero() || o.Reviewed.Before(begun):
		// The first review is due review_every days into the period,
		// not on its first day: an objective written, or reviewed in
		// the planning week, before its period began is not overdue on
		// the posters printed as it begins (QA, review).
		if since := days(begun, s.Now); since > s.Config.ReviewEvery && o.Reviewed.IsZero() {
			msg = fmt.Sprintf("%s was never reviewed in the %s since its period began (review every %s); review it and set reviewed", quote(o.Title), diag.Plural(since, "day"), diag.Plural(s.Config.ReviewEvery, "day"))
		} else if since > s.Config.ReviewEvery {
			msg = fmt.Sprintf("%s was last reviewed on %s, before its period began %s ago (review every %s); review it and update reviewed", quote(o.Title), day(o.Reviewed), diag.Plural(since, "day"), diag.Plural(s.Config.ReviewEvery, "day"))
		}
	default:
		if age := days(o.Reviewed, s.Now); age > s.Config.ReviewEvery {
			msg = fmt.Sprintf("%s was last reviewed %s ago (review every %s); review it and update reviewed", quote(o.Title), diag.Plural(age, "day"), diag.Plural(s.Config.ReviewEvery, "day"))
		}
	}
	if msg == "" {
		return
	}
	if ended {
		// Not another review in the rhythm, but the one that closes it.
		last := day(sp.end.AddDate(0, 0, -1))
		msg = fmt.Sprintf("%s was never reviewed, and its period's last day was %s; close it: give its key results their final values and set reviewed", quote(o.Title), last)
		if !o.Reviewed.IsZero() {
			msg = fmt.Sprintf("%s was last reviewed on %s, before its period's last day (%s); close it: give its key results their final values and set reviewed", quote(o.Title), day(o.Reviewed), last)
		}
	}
	if last := o.lastCheckin(s.Now); last.After(o.Reviewed) && days(last, s.Now) <= s.Config.ReviewEvery {
		// A check-in is where many OKR tools review (QA); fokus
		// counts the review only when it is written. One dated after
		// today is no review: reviewed would then be after today.
		msg += fmt.Sprintf("; if the check-in of %s was its review, set reviewed = %s", day(last), day(last))
	}
	at := "reviewed"
	if o.Reviewed.IsZero() {
		at = "title"
	}
	on(o, "stale", at, "%s", msg)
}

// namesStop reports whether the idea's decision names something that stops;
// idea.Stops has no blank entries (see linkIdea), so one is enough.
func namesStop(idea *Idea) bool { return len(idea.Stops) > 0 }

// Stale reports whether the objective has a stale finding.
func (o *Objective) Stale() bool {
	for _, f := range o.Findings {
		if f.Code == "stale" {
			return true
		}
	}
	return false
}

// days counts whole calendar days from one date to another; fokus keeps dates
// as midnight UTC (content.Day), so there is no daylight-saving hour to lose.
func days(from, to interface{ Unix() int64 }) int {
	return int((to.Unix() - from.Unix()) / 86400)
}

// OverCapacity reports whether the team carries more than its capacity,
// as rule over-capacity and the pages judge it.
func (t *Team) OverCapacity() bool { return t.Capacity > 0 && t.Load > t.Capacity+1e-9 }

// above writes a load that exceeds capacity as AboveCapacity rounds it.
func above(load, capacity float64) string { return num(AboveCapacity(load, capacity)) }

// AboveCapacity rounds a load that exceeds capacity to two decimals, or to
// as many more as it takes to read as more than the capacity: a load of
// 10/3 over a capacity of 3.3333 is 3.33333, not 3.33. Pages write it so
// too, not "3.33 / 3.33 points" marked as over (QA).
func AboveCapacity(load, capacity float64) float64 {
	for digits := 2; digits < 9; digits++ {
		if v := Round(load, digits); v > capacity {
			return v
		}
	}
	return load
}

func itoa(i int) string { return strconv.Itoa(i) }

// quote writes s in double quotes as Go does, but keeps the spaces people
// type (a no-break space in "10 %") as they are: \u00a0 in a message
// reached Slack bots through index.json as it was (QA).
func quote(s string) string { return strconv.QuoteToGraphic(s) }

// reviewDue is the objectives whose reviews are due: those on the doors,
// and those of a period that ended within its closing window, which their
// team has taken off its door by writing the next period's objectives. The
// last review that closes a period is due for them too (QA: a team that
// wrote its next quarter's objectives early was never told to close the
// last one, while the team that had not was).
func (s *Site) reviewDue() []*Objective {
	due := slices.Clone(s.Current) // appended to: s.Current stays the doors'
	for _, o := range s.Objectives {
		if o.Current || o.Unreviewable {
			continue
		}
		if sp, ok := periodSpan(o.Period); ok && !s.Now.Before(sp.end) && s.Now.Before(sp.end.AddDate(0, 0, closingWindow(sp))) {
			due = append(due, o)
		}
	}
	return due
}
