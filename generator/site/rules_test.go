package site_test

import (
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fokus/generator"
	"fokus/generator/diag"
	"fokus/generator/site"
)

// The focus rules are tested on small sites built from fstest.MapFS, all
// measured against the same fixed day.
const ruleToday = "2026-11-26"

const ruleConfig = `title = "Rules"
language = "en"
period = "2026-Q4"
`

// decided is a complete [decision] that names what stops, made after the
// ideas of ruleFiles were submitted.
const decided = `[decision]
date = 2026-11-05
by = "Board"
rationale = "Room was made."
stops = ["cold calls"]
`

// ruleFiles is a site source: path → file text. fokus.toml defaults to ruleConfig.
type ruleFiles map[string]string

func (f ruleFiles) team(slug, extra string) ruleFiles {
	f["content/teams/"+slug+".md"] = "+++\ntitle = \"Team " + slug + "\"\n" + extra + "+++\nA team.\n"
	return f
}

// idea adds an idea; top holds top-level keys, tables the [score] / [decision] tables.
func (f ruleFiles) idea(slug, top, tables string) ruleFiles {
	f["content/ideas/"+slug+".md"] = "+++\ntitle = \"Idea " + slug + "\"\nsubmitted = 2026-11-01\n" + top + "\n" + tables + "+++\nAn idea.\n"
	return f
}

func (f ruleFiles) objective(slug, team, period, top string) ruleFiles {
	f["content/objectives/"+team+"/"+slug+".md"] = "+++\ntitle = \"Objective " + slug + "\"\nteam = \"" + team + "\"\nperiod = \"" + period + "\"\n" + top +
		"\n[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 10\n+++\n"
	return f
}

func (f ruleFiles) fs() fstest.MapFS {
	m := fstest.MapFS{}
	if _, ok := f["fokus.toml"]; !ok {
		m["fokus.toml"] = &fstest.MapFile{Data: []byte(ruleConfig)}
	}
	for p, text := range f {
		m[p] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

func ruleOptions(t *testing.T, files ruleFiles, today string) generator.Options {
	t.Helper()
	now, err := time.Parse("2006-01-02", today)
	if err != nil {
		t.Fatal(err)
	}
	return generator.Options{Source: files.fs(), Now: now, NowDay: true}
}

// checkRules checks the site on today and fails the test on content errors.
func checkRules(t *testing.T, files ruleFiles, today string) *generator.Result {
	t.Helper()
	res, err := generator.Check(ruleOptions(t, files, today))
	if err != nil {
		t.Fatal(err)
	}
	if res.Failed() {
		t.Fatalf("unexpected errors:\n%s", res.Diagnostics)
	}
	return res
}

// buildRules builds the whole site on ruleToday and fails the test on content errors.
func buildRules(t *testing.T, files ruleFiles) *generator.Result {
	t.Helper()
	res, err := generator.Build(ruleOptions(t, files, ruleToday))
	if err != nil {
		t.Fatal(err)
	}
	if res.Failed() {
		t.Fatalf("unexpected errors:\n%s", res.Diagnostics)
	}
	return res
}

// found returns the findings with code.
func found(res *generator.Result, code string) []*site.Finding {
	var out []*site.Finding
	for _, f := range res.Site.Findings {
		if f.Code == code {
			out = append(out, f)
		}
	}
	return out
}

// lineOf returns the line (from 1) of the first line of files[path] that starts with prefix.
func lineOf(t *testing.T, files ruleFiles, path, prefix string) int {
	t.Helper()
	for i, l := range strings.Split(files[path], "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("%s has no line starting with %q", path, prefix)
	return 0
}

// expectOne asserts exactly one finding of code, a warning on path at the
// line starting with prefix, whose message contains every part of want.
func expectOne(t *testing.T, files ruleFiles, res *generator.Result, code, path, prefix string, want ...string) *site.Finding {
	t.Helper()
	fs := found(res, code)
	if len(fs) != 1 {
		t.Fatalf("want one %s finding, got %d:\n%s", code, len(fs), res.Diagnostics)
	}
	f := fs[0]
	if f.Path != path || f.Line != lineOf(t, files, path, prefix) || f.Col < 1 {
		t.Errorf("%s reported at %s:%d:%d, want %s at the line %q", code, f.Path, f.Line, f.Col, path, prefix)
	}
	if f.Severity != diag.Warning {
		t.Errorf("%s has severity %s, want warning", code, f.Severity)
	}
	for _, w := range want {
		if !strings.Contains(f.Message, w) {
			t.Errorf("%s message %q lacks %q", code, f.Message, w)
		}
	}
	var inDiags bool
	for _, d := range res.Diagnostics {
		if d == f.Diagnostic {
			inDiags = true
		}
	}
	if !inDiags {
		t.Errorf("%s finding is not among the diagnostics:\n%s", code, res.Diagnostics)
	}
	return f
}

func expectNone(t *testing.T, res *generator.Result, code string) {
	t.Helper()
	if fs := found(res, code); len(fs) > 0 {
		t.Errorf("want no %s finding, got:\n%s", code, res.Diagnostics)
	}
}

// expectDoors checks the period each team's door shows (Site.TeamPeriod).
func expectDoors(t *testing.T, res *generator.Result, want map[string]string) {
	t.Helper()
	for team, period := range want {
		if got := res.Site.TeamPeriod(res.Site.Team(team)); got != period {
			t.Errorf("team %s's door shows %q, want %q", team, got, period)
		}
	}
}

// expectCurrent checks the slugs of the objectives on the doors, sorted
// and joined by spaces.
func expectCurrent(t *testing.T, res *generator.Result, want string) {
	t.Helper()
	var current []string
	for _, o := range res.Site.Current {
		current = append(current, o.Slug)
	}
	slices.Sort(current)
	if got := strings.Join(current, " "); got != want {
		t.Errorf("current objectives: %s, want %s", got, want)
	}
}

func TestUndeclaredFlagsWorkInProgressOrDoneWithoutDecision(t *testing.T) {
	files := ruleFiles{}.team("a", "").
		idea("uboot", "teams = [\"a\"]\nstatus = \"in-progress\"\nobjectives = []", "").
		objective("o", "a", "2026-Q4", "reviewed = 2026-11-25")
	res := checkRules(t, files, ruleToday)
	f := expectOne(t, files, res, "undeclared", "content/ideas/uboot.md", "status", `"Idea uboot" has status "in-progress" without a decision`, "[decision]")
	if f.Kind != "idea" || f.Slug != "uboot" {
		t.Errorf("finding links to %s %q, want idea uboot", f.Kind, f.Slug)
	}
	if got := res.Site.Idea("uboot").Findings; len(got) == 0 || got[0].Code != "undeclared" {
		t.Errorf("idea does not carry its undeclared finding: %v", got)
	}

	files = ruleFiles{}.idea("shipped", "status = \"done\"", "")
	res = checkRules(t, files, ruleToday)
	expectOne(t, files, res, "undeclared", "content/ideas/shipped.md", "status", `has status "done" without`)
}

func TestUndeclaredIsQuietOnceDecided(t *testing.T) {
	files := ruleFiles{}.team("a", "").objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
		idea("declared", "teams = [\"a\"]\nstatus = \"in-progress\"\nobjectives = [\"o\"]", decided).
		idea("done", "status = \"done\"", decided).
		idea("new", "", "")
	res := checkRules(t, files, ruleToday)
	expectNone(t, res, "undeclared")
	if len(res.Diagnostics) != 0 {
		t.Errorf("a site that follows every rule has diagnostics:\n%s", res.Diagnostics)
	}
}

func TestOverCapacityFlagsTeamWhoseCommittedLoadExceedsCapacity(t *testing.T) {
	files := ruleFiles{}.team("a", "capacity = 10\n").objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
		idea("big", "teams = [\"a\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 6\n\n"+decided).
		idea("small", "teams = [\"a\"]\nstatus = \"in-progress\"\nobjectives = [\"o\"]", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 5\n\n"+decided).
		// Neither a proposal nor a finished idea counts against capacity.
		idea("proposal", "teams = [\"a\"]", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 50\n").
		idea("finished", "teams = [\"a\"]\nstatus = \"done\"", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 50\n\n"+decided)
	res := checkRules(t, files, ruleToday)
	f := expectOne(t, files, res, "over-capacity", "content/teams/a.md", "capacity", "Team a", "11 points", "capacity of 10")
	if f.Kind != "team" || f.Slug != "a" {
		t.Errorf("finding links to %s %q, want team a", f.Kind, f.Slug)
	}
	if got := res.Site.Team("a").Load; got != 11 {
		t.Errorf("load = %v, want 11", got)
	}
}

func TestOverCapacitySharesAnIdeaEvenlyByItsTeams(t *testing.T) {
	// shared (8 points) is 4 for each team: a carries 4 + 4 = 8 over 7, b exactly 4 of 4.
	files := ruleFiles{}.team("a", "capacity = 7\n").team("b", "capacity = 4\n").
		objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
		idea("shared", "teams = [\"a\", \"b\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 8\n\n"+decided).
		idea("solo", "teams = [\"a\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 4\n\n"+decided)
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "over-capacity", "content/teams/a.md", "capacity", "8 points", "capacity of 7")
	if got := res.Site.Team("b").Load; got != 4 {
		t.Errorf("team b load = %v, want its half of 8", got)
	}
}

func TestOverCapacityIsQuietAtExactlyCapacity(t *testing.T) {
	// Three ideas of 10 points, each shared by three teams, make 3 × 10/3 for
	// each of a, b and c; d carries 2.1 + 3.2, which floating point adds up to
	// 5.300000000000001. Neither may exceed its capacity through rounding.
	files := ruleFiles{}.team("a", "capacity = 10\n").team("b", "capacity = 10\n").team("c", "capacity = 10\n").
		team("d", "capacity = 5.3\n").objective("o", "a", "2026-Q4", "reviewed = 2026-11-25")
	for _, slug := range []string{"x", "y", "z"} {
		files.idea(slug, "teams = [\"a\", \"b\", \"c\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 10\n\n"+decided)
	}
	for slug, size := range map[string]string{"p": "2.1", "q": "3.2"} {
		files.idea(slug, "teams = [\"d\"]\nstatus = \"in-progress\"\nobjectives = [\"o\"]", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = "+size+"\n\n"+decided)
	}
	res := checkRules(t, files, ruleToday)
	expectNone(t, res, "over-capacity")
}

func TestOverCapacityCountsRiceEffort(t *testing.T) {
	files := ruleFiles{"fokus.toml": ruleConfig + "[scoring]\nmodel = \"rice\"\n"}.team("a", "capacity = 3\n").
		objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
		idea("x", "teams = [\"a\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", "[score]\nreach = 100\nimpact = 2\nconfidence = 80\neffort = 4\n\n"+decided)
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "over-capacity", "content/teams/a.md", "capacity", "4 points", "capacity of 3")
}

func TestOverCapacityIsQuietUnderICEWhichHasNoSize(t *testing.T) {
	files := ruleFiles{"fokus.toml": ruleConfig + "[scoring]\nmodel = \"ice\"\n"}.team("a", "capacity = 1\n").
		objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
		idea("x", "teams = [\"a\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", "[score]\nimpact = 10\nconfidence = 10\nease = 1\n\n"+decided)
	res := checkRules(t, files, ruleToday)
	expectNone(t, res, "over-capacity")
	if got := res.Site.Team("a").Load; got != 0 {
		t.Errorf("load under ICE = %v, want 0", got)
	}
}

func wipSite(inProgress int) ruleFiles {
	files := ruleFiles{}.team("a", "wip_limit = 2\n").objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
		// Accepted ideas are committed but not yet in progress.
		idea("waiting", "teams = [\"a\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", decided)
	for i := range inProgress {
		files.idea(fmt.Sprintf("w%d", i), "teams = [\"a\"]\nstatus = \"in-progress\"\nobjectives = [\"o\"]", decided)
	}
	return files
}

func TestOverWIPFlagsTeamWithMoreIdeasInProgressThanItsLimit(t *testing.T) {
	files := wipSite(3)
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "over-wip", "content/teams/a.md", "wip_limit", "3 ideas in progress", "WIP limit of 2")
}

func TestOverWIPIsQuietAtTheLimit(t *testing.T) {
	res := checkRules(t, wipSite(2), ruleToday)
	expectNone(t, res, "over-wip")
}

func TestNoStopFlagsCommittedIdeasThatStopNothing(t *testing.T) {
	noStops := strings.Replace(decided, "stops = [\"cold calls\"]\n", "", 1)
	for _, tc := range []struct {
		name, status, decision, at string
	}{
		{"accepted without stops", "accepted", noStops, "[decision]"},
		{"in progress with empty stops", "in-progress", noStops + "stops = []\n", "stops"},
		{"accepted with a blank stop", "accepted", noStops + "stops = [\" \"]\n", "stops"},
		{"accepted with placeholders", "accepted", noStops + "stops = [\"N/A\", \"–\", \"none\"]\n", "stops"},
		{"in progress without decision", "in-progress", "", "status"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := ruleFiles{}.team("a", "").objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
				idea("x", "teams = [\"a\"]\nstatus = \""+tc.status+"\"\nobjectives = [\"o\"]", tc.decision)
			res := checkRules(t, files, ruleToday)
			expectOne(t, files, res, "no-stop", "content/ideas/x.md", tc.at, `"Idea x" has status "`+tc.status+`" but names nothing`, "decision.stops")
		})
	}
}

// A placeholder in stops names no idea either, not even one titled so
// (QA: stops = ["N/A"] stopped the idea "N/A", which still-running then
// reported as going on).
func TestAPlaceholderStopNamesNoIdea(t *testing.T) {
	files := ruleFiles{}.team("a", "").objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
		idea("x", "teams = [\"a\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", strings.Replace(decided, `["cold calls"]`, `["N/A"]`, 1))
	files["content/ideas/na.md"] = "+++\ntitle = \"N/A\"\nsubmitted = 2026-11-01\n+++\n"
	res := checkRules(t, files, ruleToday)
	if st := res.Site.Idea("x").Stops; len(st) != 0 {
		t.Errorf("stops = %+v, want none", st)
	}
	expectNone(t, res, "still-running")
	expectOne(t, files, res, "no-stop", "content/ideas/x.md", "stops", "names nothing that stops")
}

func TestNoStopIsQuietWhenOneThingStopsOrTheIdeaIsNotCommitted(t *testing.T) {
	noStops := strings.Replace(decided, "stops = [\"cold calls\"]\n", "", 1)
	files := ruleFiles{}.team("a", "").objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
		idea("one", "teams = [\"a\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", noStops+"stops = [\"the newsletter\"]\n").
		idea("parked", "status = \"parked\"", noStops).
		idea("done", "status = \"done\"", noStops)
	res := checkRules(t, files, ruleToday)
	expectNone(t, res, "no-stop")
}

func TestStaleFlagsCurrentObjectiveReviewedLongerAgoThanReviewEvery(t *testing.T) {
	// 2026-11-11 is 15 days before ruleToday; review_every defaults to 14 days.
	files := ruleFiles{}.team("a", "").objective("late", "a", "2026-Q4", "reviewed = 2026-11-11")
	res := checkRules(t, files, ruleToday)
	f := expectOne(t, files, res, "stale", "content/objectives/a/late.md", "reviewed", "Objective late", "15 days ago", "every 14 days")
	if f.Kind != "objective" || f.Slug != "late" {
		t.Errorf("finding links to %s %q, want objective late", f.Kind, f.Slug)
	}
	if !res.Site.Objective("late").Stale() {
		t.Error("objective is not marked stale")
	}
}

func TestStaleFlagsCurrentObjectiveNeverReviewed(t *testing.T) {
	files := ruleFiles{}.team("a", "").objective("never", "a", "2026-Q4", "")
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "stale", "content/objectives/a/never.md", "title", "never reviewed in the 56 days since its period began")
}

// A reviewed that is no date has its error; a warning beside it that the
// objective was never reviewed would contradict the line the user wrote
// (review).
func TestStaleIsQuietWhenReviewedIsWrittenButNoDate(t *testing.T) {
	files := ruleFiles{}.team("a", "").objective("words", "a", "2026-Q4", "reviewed = \"last week\"")
	res, err := generator.Check(ruleOptions(t, files, ruleToday))
	if err != nil {
		t.Fatal(err)
	}
	expectNone(t, res, "stale")
	if got := diags(res); !strings.Contains(got, `words.md:5:12: error: reviewed must be a date`) {
		t.Errorf("want the error at reviewed, got:\n%s", got)
	}
}

// An objective of a period that has just begun is not overdue for its first
// review: the period's first review_every days give time for it, as for one
// reviewed on the first day (QA: on the first day of a quarter every new
// objective without reviewed was "overdue" on its freshly printed poster).
func TestStaleGivesANeverReviewedObjectiveReviewEveryDaysFromItsPeriodsStart(t *testing.T) {
	files := ruleFiles{"fokus.toml": strings.Replace(ruleConfig, "2026-Q4", "2027-Q1", 1)}.team("a", "").
		objective("new", "a", "2027-Q1", "")
	for _, today := range []string{"2026-12-20", "2027-01-01", "2027-01-15"} {
		res := checkRules(t, files, today)
		expectNone(t, res, "stale")
		if res.Site.Objective("new").Stale() {
			t.Errorf("on %s, an objective of a period that began on 2027-01-01 is marked stale", today)
		}
	}
	res := checkRules(t, files, "2027-01-16")
	expectOne(t, files, res, "stale", "content/objectives/a/new.md", "title", "never reviewed in the 15 days since its period began (review every 14 days)")
	// A period without dates has no first day to count from.
	files = ruleFiles{"fokus.toml": strings.Replace(ruleConfig, "2026-Q4", "PI 27.1", 1)}.team("a", "").
		objective("pi", "a", "PI 27.1", "")
	res = checkRules(t, files, "2027-01-01")
	expectOne(t, files, res, "stale", "content/objectives/a/pi.md", "title", "was never reviewed (review every 14 days)")
}

// A review in the planning week, before the period began, counts from the
// period's first day too: the team that reviewed early is not overdue
// sooner than the one that never did (review).
func TestStaleCountsAReviewBeforeThePeriodFromItsStart(t *testing.T) {
	files := ruleFiles{"fokus.toml": strings.Replace(ruleConfig, "2026-Q4", "2027-Q1", 1)}.team("a", "").
		objective("never", "a", "2027-Q1", "").
		objective("planned", "a", "2027-Q1", "reviewed = 2026-12-20\n")
	res := checkRules(t, files, "2027-01-05")
	expectNone(t, res, "stale")
	// Both are due on the same day.
	res = checkRules(t, files, "2027-01-16")
	if got := diags(res); !strings.Contains(got, `planned.md:5:12: warning: "Objective planned" was last reviewed on 2026-12-20, before its period began 15 days ago (review every 14 days)`) ||
		!strings.Contains(got, `never.md:2:9: warning: "Objective never" was never reviewed in the 15 days since its period began`) {
		t.Errorf("on the period's 16th day:\n%s", got)
	}
}

// A check-in after the review is where many OKR tools review; the warning
// says how to count it (QA, OKR coach).
func TestStaleNamesARecentCheckinAsTheReview(t *testing.T) {
	files := ruleFiles{}.team("a", "")
	files["content/objectives/a/checked.md"] = "+++\ntitle = \"Objective checked\"\nteam = \"a\"\nperiod = \"2026-Q4\"\nreviewed = 2026-10-20\n\n" +
		"[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 10\n\n[[key_results.checkins]]\ndate = 2026-11-25\nvalue = 4\n+++\n"
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "stale", "content/objectives/a/checked.md", "reviewed", "37 days ago", "; if the check-in of 2026-11-25 was its review, set reviewed = 2026-11-25")
}

// A check-in dated after today is no review to count: reviewed would then
// be after today, which is a warning of its own (QA).
func TestStaleDoesNotNameAFutureCheckinAsTheReview(t *testing.T) {
	files := ruleFiles{}.team("a", "")
	files["content/objectives/a/checked.md"] = "+++\ntitle = \"Objective checked\"\nteam = \"a\"\nperiod = \"2026-Q4\"\nreviewed = 2026-10-20\n\n" +
		"[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 10\n\n[[key_results.checkins]]\ndate = 2026-12-15\nvalue = 4\n+++\n"
	res := checkRules(t, files, ruleToday)
	f := expectOne(t, files, res, "stale", "content/objectives/a/checked.md", "reviewed", "37 days ago")
	if strings.Contains(f.Message, "set reviewed = 2026-12-15") {
		t.Errorf("stale suggests a review after today: %s", f.Message)
	}
	// The check-in before it is still named (QA: the future one hid it).
	files["content/objectives/a/checked.md"] = strings.Replace(files["content/objectives/a/checked.md"], "value = 4\n+++\n",
		"value = 4\n\n[[key_results.checkins]]\ndate = 2026-11-25\nvalue = 3\n+++\n", 1)
	res = checkRules(t, files, ruleToday)
	expectOne(t, files, res, "stale", "content/objectives/a/checked.md", "reviewed", "37 days ago", "; if the check-in of 2026-11-25 was its review, set reviewed = 2026-11-25")
}

// One day is "1 day" (QA: "review every 1 days").
func TestRuleMessagesCountOneDayInTheSingular(t *testing.T) {
	files := ruleFiles{"fokus.toml": ruleConfig + "review_every = \"1d\"\n"}.team("a", "").
		objective("late", "a", "2026-Q4", "reviewed = 2026-11-24")
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "stale", "content/objectives/a/late.md", "reviewed", "2 days ago", "(review every 1 day)")
}

// A team's or an objective's title in stops, in any letter case and with
// spaces around it, as an idea's title is found there, names no idea and
// no activity that stops (QA: shown as text and counted, without a word):
// it is left out, no-stop fires when it was all, and the warning at the
// entry says so and names the file.
func TestATeamsOrObjectivesTitleInStopsStopsNothing(t *testing.T) {
	files := ruleFiles{}.team("nord", "").objective("o", "nord", "2026-Q4", "reviewed = 2026-11-25").
		idea("x", "teams = [\"nord\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]",
			strings.Replace(decided, `["cold calls"]`, `["team NORD", " Objective o "]`, 1)).
		idea("y", "teams = [\"nord\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]",
			strings.Replace(decided, `["cold calls"]`, `["Team nord", "cold calls"]`, 1))
	res := checkRules(t, files, ruleToday)
	if st := res.Site.Idea("x").Stops; len(st) != 0 {
		t.Errorf("x: stops = %+v, want none", st)
	}
	if st := res.Site.Idea("y").Stops; len(st) != 1 || st[0].Text != "cold calls" {
		t.Errorf("y: stops = %+v, want cold calls alone", st)
	}
	expectOne(t, files, res, "no-stop", "content/ideas/x.md", "stops", "names nothing that stops")
	line := lineOf(t, files, "content/ideas/x.md", "stops")
	want := []string{
		fmt.Sprintf(`content/ideas/x.md:%d:10: warning: decision.stops names "team NORD", the title of the team content/teams/nord.md, not an idea; write the slug of the team's idea that stops, or in words what the team stops: it stops no idea, so the site leaves it out, and nothing else stops to make room for this idea (rule no-stop)`, line),
		fmt.Sprintf(`content/ideas/x.md:%d:23: warning: decision.stops names "Objective o", the title of the objective content/objectives/nord/o.md, not an idea; write the slug of the idea that stops, or in words the work on it that stops: it stops no idea, so the site leaves it out, and nothing else stops to make room for this idea (rule no-stop)`, line),
		fmt.Sprintf(`content/ideas/y.md:%d:10: warning: decision.stops names "Team nord", the title of the team content/teams/nord.md, not an idea; write the slug of the team's idea that stops, or in words what the team stops: it stops no idea, so the site leaves it out`, line),
	}
	var got []string
	for _, d := range res.Diagnostics {
		if d.Code == "" {
			got = append(got, d.String())
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// With no-stop switched off, nothing changes with it: not said.
	files["fokus.toml"] = ruleConfig + "[rules]\nno-stop = \"off\"\n"
	res = checkRules(t, files, ruleToday)
	expectNone(t, res, "no-stop")
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Message, "no-stop") {
			t.Errorf("with no-stop off: %s", d)
		}
	}
}

// An idea that names itself in stops makes no room for itself: a warning at
// the entry, and no-stop still fires.
func TestAnIdeaStoppingItselfStopsNothing(t *testing.T) {
	files := ruleFiles{}.team("a", "").idea("self", `teams = ["a"]`+"\nstatus = \"accepted\"",
		"[decision]\ndate = 2026-11-02\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"\", \"self\"]\n")
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "no-stop", "content/ideas/self.md", "stops", "names nothing that stops")
	line := lineOf(t, files, "content/ideas/self.md", "stops")
	want := fmt.Sprintf(`content/ideas/self.md:%d:14: warning: decision.stops names this idea itself ("self"); name what stops to make room for it`, line)
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	if !slices.Contains(got, want) {
		t.Errorf("diagnostics:\n%s\nlack\n%s", strings.Join(got, "\n"), want)
	}
}

func TestStaleIsQuietAtExactlyReviewEveryAndForPastPeriods(t *testing.T) {
	files := ruleFiles{"fokus.toml": ruleConfig + "review_every = \"2w\"\n"}.team("a", "").
		objective("on-time", "a", "2026-Q4", "reviewed = 2026-11-12").
		objective("old", "a", "2026-Q3", "")
	res := checkRules(t, files, ruleToday)
	expectNone(t, res, "stale")
	if res.Site.Objective("on-time").Stale() {
		t.Error("objective reviewed exactly review_every ago is marked stale")
	}
}

func TestStaleFollowsReviewEvery(t *testing.T) {
	files := ruleFiles{"fokus.toml": ruleConfig + "review_every = \"7d\"\n"}.team("a", "").
		objective("weekly", "a", "2026-Q4", "reviewed = 2026-11-18")
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "stale", "content/objectives/a/weekly.md", "reviewed", "8 days ago", "every 7 days")
}

func TestUnassessedFlagsProposalWithoutScoreOlderThanAssessWithin(t *testing.T) {
	// 2026-10-26 is 31 days before ruleToday; assess_within defaults to 30 days.
	files := ruleFiles{}.idea("old", "", "")
	files["content/ideas/old.md"] = strings.Replace(files["content/ideas/old.md"], "2026-11-01", "2026-10-26", 1)
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "unassessed", "content/ideas/old.md", "submitted", "Idea old", "31 days ago", "30 days", "[score]")
}

func TestUnassessedIsQuietAtExactlyAssessWithin(t *testing.T) {
	files := ruleFiles{}.
		idea("boundary", "", "").
		// Assessed, or already in assessment, is not "unassessed" however old.
		idea("scored", "", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 1\n").
		idea("assessing", "status = \"assessing\"", "")
	for slug := range map[string]bool{"boundary": true, "scored": true, "assessing": true} {
		p := "content/ideas/" + slug + ".md"
		files[p] = strings.Replace(files[p], "2026-11-01", "2026-10-27", 1) // 30 days before ruleToday
	}
	files["content/ideas/scored.md"] = strings.Replace(files["content/ideas/scored.md"], "2026-10-27", "2025-01-01", 1)
	files["content/ideas/assessing.md"] = strings.Replace(files["content/ideas/assessing.md"], "2026-10-27", "2025-01-01", 1)
	res := checkRules(t, files, ruleToday)
	expectNone(t, res, "unassessed")
}

func TestUnassessedFollowsAssessWithin(t *testing.T) {
	// submitted 2026-11-01 is 25 days before ruleToday.
	files := ruleFiles{"fokus.toml": ruleConfig + "assess_within = \"3w\"\n"}.idea("x", "", "")
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "unassessed", "content/ideas/x.md", "submitted", "25 days ago", "21 days")
}

func TestRevisitDueFlagsParkedOrRejectedIdeaPastItsRevisitDate(t *testing.T) {
	for _, status := range []string{"parked", "rejected"} {
		t.Run(status, func(t *testing.T) {
			files := ruleFiles{}.idea("x", "status = \""+status+"\"", decided+"revisit = 2026-11-25\n")
			res := checkRules(t, files, ruleToday)
			expectOne(t, files, res, "revisit-due", "content/ideas/x.md", "revisit", "Idea x", "2026-11-25")
		})
	}
}

func TestRevisitDueIsQuietOnTheRevisitDay(t *testing.T) {
	files := ruleFiles{}.
		idea("today", "status = \"parked\"", decided+"revisit = 2026-11-26\n").
		// Only parked and rejected ideas wait for a revisit.
		idea("dropped", "status = \"dropped\"", decided+"revisit = 2026-01-01\n")
	res := checkRules(t, files, ruleToday)
	expectNone(t, res, "revisit-due")
}

func TestUnalignedFlagsCommittedIdeaWithoutObjectives(t *testing.T) {
	for _, status := range []string{"accepted", "in-progress"} {
		t.Run(status, func(t *testing.T) {
			files := ruleFiles{}.team("a", "").idea("x", "teams = [\"a\"]\nstatus = \""+status+"\"", decided)
			res := checkRules(t, files, ruleToday)
			expectOne(t, files, res, "unaligned", "content/ideas/x.md", "status", `"Idea x" has status "`+status+`" but contributes to no objective`)
		})
	}
}

// Work that goes on for an objective of a period that is over serves none
// that counts now (QA: it passed as aligned); one of the period that runs,
// or of one ahead, is enough.
func TestUnalignedFlagsWorkForObjectivesOfPeriodsThatAreOver(t *testing.T) {
	files := ruleFiles{}.team("a", "").
		objective("old", "a", "2026-Q3", "reviewed = 2026-09-25").
		objective("now", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("next", "a", "2027-Q1", "").
		idea("x", "teams = [\"a\"]\nstatus = \"in-progress\"\nobjectives = [\"old\"]", decided).
		idea("y", "teams = [\"a\"]\nstatus = \"in-progress\"\nobjectives = [\"old\", \"now\"]", decided).
		idea("z", "teams = [\"a\"]\nstatus = \"accepted\"\nobjectives = [\"next\"]", decided)
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "unaligned", "content/ideas/x.md", "objectives", "Idea x", "contributes only to objectives of periods that are over (2026-Q3)")
	// In the weeks a period is closed, and while fokus.toml still names
	// it, its objectives count (review: every idea was flagged on the
	// first day of a quarter).
	expectNone(t, checkRules(t, files, "2026-10-20"), "unaligned")
	files["fokus.toml"] = strings.Replace(ruleConfig, "2026-Q4", "2026-Q3", 1)
	expectNone(t, checkRules(t, files, "2026-12-20"), "unaligned")
}

func TestUnalignedIsQuietWithOneObjectiveOrWhenNotCommitted(t *testing.T) {
	files := ruleFiles{}.team("a", "").objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
		idea("aligned", "teams = [\"a\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", decided).
		idea("proposal", "teams = [\"a\"]", "")
	res := checkRules(t, files, ruleToday)
	expectNone(t, res, "unaligned")
}

func objectivesSite(current int) ruleFiles {
	files := ruleFiles{}.team("a", "").
		// Objectives of another period do not count.
		objective("last-quarter", "a", "2026-Q3", "")
	for i := range current {
		files.objective(fmt.Sprintf("o%d", i), "a", "2026-Q4", "reviewed = 2026-11-25")
	}
	return files
}

func TestTooManyObjectivesFlagsTeamWithMoreThanFiveInThePeriod(t *testing.T) {
	files := objectivesSite(6)
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "too-many-objectives", "content/teams/a.md", "title", "Team a", "6 objectives", "2026-Q4", "at most 5")
}

func TestTooManyObjectivesIsQuietAtFive(t *testing.T) {
	res := checkRules(t, objectivesSite(5), ruleToday)
	expectNone(t, res, "too-many-objectives")
}

// everyRuleSite triggers every rule once.
// An objective is measured by two to five key results; a sixth is a
// warning at its title (QA, OKR coach), five are not.
func TestTooManyKeyResultsFlagsAnObjectiveOfMoreThanFive(t *testing.T) {
	more := func(n int) string {
		return strings.Repeat("\n\n[[key_results]]\ntitle = \"More\"\ndone = false", n) + "\n+++\n"
	}
	files := ruleFiles{}.team("a", "").objective("six", "a", "2026-Q4", "reviewed = 2026-11-25").objective("five", "a", "2026-Q4", "reviewed = 2026-11-25")
	files["content/objectives/a/six.md"] = strings.Replace(files["content/objectives/a/six.md"], "\n+++\n", more(5), 1)
	files["content/objectives/a/five.md"] = strings.Replace(files["content/objectives/a/five.md"], "\n+++\n", more(4), 1)
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "too-many-key-results", "content/objectives/a/six.md", "title", `"Objective six" has 6 key results; measure it by at most 5`)
}

func everyRuleSite() ruleFiles {
	files := ruleFiles{}.team("a", "capacity = 1\nwip_limit = 1\n").
		idea("uboot", "teams = [\"a\"]\nstatus = \"in-progress\"", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 2\n").
		idea("busy", "teams = [\"a\"]\nstatus = \"in-progress\"\nobjectives = [\"o0\"]", decided).
		idea("waiting", "status = \"parked\"", decided+"revisit = 2026-11-01\n").
		idea("forgotten", "", "").
		// Carried by no team, and its decision stops "busy", which runs on.
		idea("stopper", "status = \"accepted\"\nobjectives = [\"o0\"]", "[decision]\ndate = 2026-11-10\nby = \"Board\"\nrationale = \"Go.\"\nstops = [\"busy\"]\n")
	files["content/ideas/forgotten.md"] = strings.Replace(files["content/ideas/forgotten.md"], "2026-11-01", "2026-01-01", 1)
	for i := range 6 {
		files.objective(fmt.Sprintf("o%d", i), "a", "2026-Q4", "")
	}
	// o5 is measured by six key results.
	files["content/objectives/a/o5.md"] = strings.Replace(files["content/objectives/a/o5.md"], "\n+++\n",
		strings.Repeat("\n\n[[key_results]]\ntitle = \"More\"\ndone = false", 5)+"\n+++\n", 1)
	return files
}

func TestEveryRuleIsReportedSortedByFileAndLine(t *testing.T) {
	res := checkRules(t, everyRuleSite(), ruleToday)
	codes := map[string]bool{}
	for _, f := range res.Site.Findings {
		codes[f.Code] = true
	}
	for _, r := range site.Rules {
		if !codes[r.Code] {
			t.Errorf("rule %s did not fire on a site made to trigger it:\n%s", r.Code, res.Diagnostics)
		}
	}
	less := func(a, b diag.Diagnostic) bool {
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	}
	for i := 1; i < len(res.Site.Findings); i++ {
		if less(res.Site.Findings[i].Diagnostic, res.Site.Findings[i-1].Diagnostic) {
			t.Errorf("findings out of order: %s before %s", res.Site.Findings[i-1].Diagnostic, res.Site.Findings[i].Diagnostic)
		}
	}
	for i := 1; i < len(res.Diagnostics); i++ {
		if less(res.Diagnostics[i], res.Diagnostics[i-1]) {
			t.Errorf("diagnostics out of order: %s before %s", res.Diagnostics[i-1], res.Diagnostics[i])
		}
	}
}

// The SPEC: work without a decision is "never silently accepted". Switched
// off, undeclared says that it cannot be, and stays a warning (QA).
func TestUndeclaredCannotBeSwitchedOff(t *testing.T) {
	files := everyRuleSite()
	files["fokus.toml"] = ruleConfig + "\n[rules]\nundeclared = \"off\"\n"
	res := checkRules(t, files, ruleToday)
	if len(found(res, "undeclared")) == 0 {
		t.Error("undeclared = off silences side projects")
	}
	var said bool
	for _, d := range res.Diagnostics {
		if d.Path == "fokus.toml" && d.Severity == diag.Warning && d.Line == lineOf(t, files, "fokus.toml", "undeclared") && strings.Contains(d.Message, "undeclared cannot be switched off") {
			said = true
		}
	}
	if !said {
		t.Errorf("no warning at undeclared = \"off\":\n%s", res.Diagnostics)
	}
}

func TestRuleSetToOffIsNotReported(t *testing.T) {
	files := everyRuleSite()
	files["fokus.toml"] = ruleConfig + "\n[rules]\nstale = \"off\"\nunassessed = \"off\"\n"
	res := checkRules(t, files, ruleToday)
	expectNone(t, res, "stale")
	expectNone(t, res, "unassessed")
	for _, d := range res.Diagnostics {
		if d.Code == "stale" || d.Code == "unassessed" {
			t.Errorf("rule switched off is still a diagnostic: %s", d)
		}
	}
	if res.Site.Objective("o0").Stale() {
		t.Error("objective is marked stale with the rule off")
	}
	if len(found(res, "no-stop")) == 0 {
		t.Error("switching two rules off silenced another")
	}
}

// A rule switched off marks nothing on any page either (rules.md): no red
// load bar, no over-capacity in the load chart's tips, no WIP warning on
// the poster (QA: they stayed with the rule off).
func TestARuleSetToOffMarksNoPage(t *testing.T) {
	files := everyRuleSite()
	files["fokus.toml"] = ruleConfig + "\n[rules]\nover-capacity = \"off\"\nover-wip = \"off\"\n"
	res := buildRules(t, files)
	for path, data := range res.Output {
		if !strings.HasSuffix(path, ".html") {
			continue // the stylesheets and scripts name the marks
		}
		for _, mark := range []string{"load-over", "is-over", "Over capacity", "over capacity"} {
			if strings.Contains(string(data), mark) {
				t.Errorf("%s has %q with the rule off", path, mark)
			}
		}
	}
	// And on: the marks are there.
	res = buildRules(t, everyRuleSite())
	if page := string(res.Output["posters/a/index.html"]); !strings.Contains(page, "poster-wip-count is-over") {
		t.Error("the poster does not mark the WIP limit passed")
	}
	if page := string(res.Output["teams/a/index.html"]); !strings.Contains(page, "load load-over") {
		t.Error("the team page does not mark the load over capacity")
	}
}

// A load a hair over capacity, within the rule's tolerance for sums of
// decimals, is not over on the pages either (QA: a red bar, and no
// finding).
func TestALoadWithinTheToleranceIsNotMarkedOver(t *testing.T) {
	files := ruleFiles{}.team("a", "capacity = 1\n").
		idea("hair", "teams = [\"a\"]\nstatus = \"accepted\"", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 1.0000000005\n"+decided)
	res := buildRules(t, files)
	expectNone(t, res, "over-capacity")
	if page := string(res.Output["teams/a/index.html"]); strings.Contains(page, "load-over") {
		t.Error("the team page marks a load within the tolerance as over")
	}
}

func TestRuleSetToErrorFailsTheBuild(t *testing.T) {
	files := ruleFiles{"fokus.toml": ruleConfig + "\n[rules]\nstale = \"error\"\n"}.team("a", "").
		objective("late", "a", "2026-Q4", "reviewed = 2026-11-01")
	res, err := generator.Build(ruleOptions(t, files, ruleToday))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Failed() || res.Output != nil {
		t.Fatalf("build with a rule set to error succeeded:\n%s", res.Diagnostics)
	}
	var stale []diag.Diagnostic
	for _, d := range res.Diagnostics {
		if d.Code == "stale" {
			stale = append(stale, d)
		}
	}
	if len(stale) != 1 {
		t.Fatalf("want the stale diagnostic once, got:\n%s", res.Diagnostics)
	}
	want := fmt.Sprintf("content/objectives/a/late.md:%d:", lineOf(t, files, "content/objectives/a/late.md", "reviewed"))
	if s := stale[0].String(); !strings.HasPrefix(s, want) || !strings.Contains(s, ": error: ") || !strings.HasSuffix(s, " [stale]") {
		t.Errorf("diagnostic = %q, want %s…: error: … [stale]", s, want)
	}
}

func TestRuleSetToWarningIsTheDefault(t *testing.T) {
	files := ruleFiles{"fokus.toml": ruleConfig + "\n[rules]\nstale = \"warning\"\n"}.team("a", "").
		objective("late", "a", "2026-Q4", "reviewed = 2026-11-01")
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "stale", "content/objectives/a/late.md", "reviewed")
}

func TestUnknownRuleInConfigIsAnErrorWithSuggestion(t *testing.T) {
	config := ruleConfig + "\n[rules]\nstale = \"off\"\nundeclard = \"error\"\n"
	files := ruleFiles{"fokus.toml": config}.team("a", "")
	res, err := generator.Check(ruleOptions(t, files, ruleToday))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Failed() {
		t.Fatal("unknown rule name is not an error")
	}
	d := res.Diagnostics[0]
	wantLine := lineOf(t, files, "fokus.toml", "undeclard")
	if d.Path != "fokus.toml" || d.Line != wantLine || d.Col != 1 || d.Severity != diag.Error {
		t.Errorf("diagnostic at %s:%d:%d (%s), want fokus.toml:%d:1 error", d.Path, d.Line, d.Col, d.Severity, wantLine)
	}
	if !strings.Contains(d.Message, `"undeclard"`) || !strings.Contains(d.Message, `did you mean "undeclared"?`) {
		t.Errorf("message %q does not name the rule and suggest undeclared", d.Message)
	}
}

func TestRuleSeverityMustBeOffWarningOrError(t *testing.T) {
	// An empty one too (QA: it passed as "warning").
	for _, severity := range []string{"warn", ""} {
		files := ruleFiles{"fokus.toml": ruleConfig + "\n[rules]\nstale = \"" + severity + "\"\n"}.team("a", "")
		res, err := generator.Check(ruleOptions(t, files, ruleToday))
		if err != nil {
			t.Fatal(err)
		}
		if !res.Failed() {
			t.Fatalf("severity %q is not an error", severity)
		}
		d := res.Diagnostics[0]
		if d.Path != "fokus.toml" || d.Line != lineOf(t, files, "fokus.toml", "stale") || !strings.Contains(d.Message, `"off", "warning", "error"`) {
			t.Errorf("diagnostic = %s, want one at the stale line naming the severities", d)
		}
	}
}

// section returns the part of page from the first occurrence of start up to the next end.
func section(t *testing.T, page, start, end string) string {
	t.Helper()
	i := strings.Index(page, start)
	if i < 0 {
		t.Fatalf("page has no %q", start)
	}
	rest := page[i:]
	if j := strings.Index(rest[len(start):], end); j >= 0 {
		return rest[:len(start)+j]
	}
	return rest
}

func TestDashboardOpensWithFocusPanelGroupedByRule(t *testing.T) {
	res := buildRules(t, everyRuleSite())
	page := string(res.Output["index.html"])
	main := page[strings.Index(page, "<main"):]
	if first := strings.Index(main, `<section class="panel`); first != strings.Index(main, `<section class="panel focus-panel"`) {
		t.Error("the Fokus panel is not the dashboard's first panel")
	}
	panel := section(t, main, `<section class="panel focus-panel"`, "</section>")
	for _, want := range []string{
		`href="teams/a/index.html"`, // the team tile
		`2&nbsp;/ 1 points`,         // load against capacity
		`In progress: <strong>2</strong>&nbsp;/ 1`,
	} {
		if !strings.Contains(panel, want) {
			t.Errorf("Fokus panel lacks %q", want)
		}
	}
	// One group per rule, in the rules' order, each finding linking relatively to its page.
	links := map[string]string{
		"undeclared": "ideas/uboot/index.html", "over-capacity": "teams/a/index.html", "over-wip": "teams/a/index.html",
		"no-stop": "ideas/uboot/index.html", "stale": "objectives/o0/index.html", "unassessed": "ideas/forgotten/index.html",
		"revisit-due": "ideas/waiting/index.html", "unaligned": "ideas/uboot/index.html", "too-many-objectives": "teams/a/index.html", "too-many-key-results": "objectives/o5/index.html",
		"no-team": "ideas/stopper/index.html", "still-running": "ideas/busy/index.html",
	}
	last := -1
	for _, r := range site.Rules {
		start := `<summary><span class="rule rule-` + r.Code + `">`
		at := strings.Index(panel, start)
		if at < 0 {
			t.Errorf("Fokus panel has no group for %s", r.Code)
			continue
		}
		if at < last {
			t.Errorf("group %s is out of the rules' order", r.Code)
		}
		last = at
		group := section(t, panel, start, "</details>")
		if !strings.Contains(group, `href="`+links[r.Code]+`"`) {
			t.Errorf("group %s does not link to %s:\n%s", r.Code, links[r.Code], group)
		}
	}
	if strings.Contains(panel, `href="/`) || strings.Contains(panel, "://") {
		t.Error("Fokus panel has an absolute link")
	}
	if n := strings.Count(section(t, panel, `rule rule-stale"`, "</details>"), "<li>"); n != 6 {
		t.Errorf("stale group lists %d objectives, want 6", n)
	}
}

func TestDashboardSaysAllClearWithoutFindings(t *testing.T) {
	files := ruleFiles{}.team("a", "capacity = 5\n").objective("o", "a", "2026-Q4", "reviewed = 2026-11-25")
	res := buildRules(t, files)
	panel := section(t, string(res.Output["index.html"]), `<section class="panel focus-panel"`, "</section>")
	if !strings.Contains(panel, `class="all-clear"`) || strings.Contains(panel, "rule-group") {
		t.Errorf("Fokus panel of a focused site does not say all clear:\n%s", panel)
	}
}

func TestTeamPageShowsItsFindingsAndThoseOfItsIdeasAndObjectives(t *testing.T) {
	res := buildRules(t, everyRuleSite())
	page := string(res.Output["teams/a/index.html"])
	panel := section(t, page, `<section class="panel warn-panel">`, "</section>")
	for _, want := range []string{
		`rule-over-capacity`, `rule-over-wip`, `rule-too-many-objectives`, `rule-undeclared`, `rule-stale`,
		`href="../../objectives/o0/index.html"`, `href="../../ideas/uboot/index.html"`, `<span class="finding-here">Team a</span>`, // the team's own: no link to itself
		`content/teams/a.md:`,
	} {
		if !strings.Contains(panel, want) {
			t.Errorf("team page findings lack %q", want)
		}
	}
	if !strings.Contains(page, `class="load load-over"`) {
		t.Error("team page does not show its load bar as over capacity")
	}
}

func TestIdeaAndObjectivePagesShowTheirOwnFindings(t *testing.T) {
	res := buildRules(t, everyRuleSite())
	idea := string(res.Output["ideas/uboot/index.html"])
	panel := section(t, idea, `<section class="panel warn-panel"`, "</section>")
	for _, code := range []string{"undeclared", "no-stop", "unaligned"} {
		if !strings.Contains(panel, "rule-"+code+`"`) {
			t.Errorf("idea page lacks its %s finding", code)
		}
	}
	if strings.Contains(panel, "rule-stale") || strings.Contains(panel, "rule-over-wip") {
		t.Error("idea page shows findings of other pages")
	}
	obj := string(res.Output["objectives/o0/index.html"])
	if !strings.Contains(section(t, obj, `<section class="panel warn-panel"`, "</section>"), `rule-stale"`) {
		t.Error("objective page lacks its stale finding")
	}
	if quiet := string(res.Output["ideas/busy/index.html"]); strings.Contains(quiet, "warn-panel") && strings.Contains(quiet, "rule-undeclared") {
		t.Error("a decided idea shows the undeclared finding")
	}
}

type indexFinding struct {
	Code, Severity, Path, Message, Subject, URL string
	Line, Col                                   int
}

func indexJSON(t *testing.T, res *generator.Result) (findings []indexFinding, stale map[string]bool) {
	t.Helper()
	var doc struct {
		Findings   []indexFinding `json:"findings"`
		Objectives []struct {
			Slug  string `json:"slug"`
			Stale bool   `json:"stale"`
		} `json:"objectives"`
	}
	if err := json.Unmarshal(res.Output["index.json"], &doc); err != nil {
		t.Fatalf("index.json: %v", err)
	}
	stale = map[string]bool{}
	for _, o := range doc.Objectives {
		stale[o.Slug] = o.Stale
	}
	return doc.Findings, stale
}

func TestIndexJSONListsFindingsWithTheirPages(t *testing.T) {
	res := buildRules(t, everyRuleSite())
	findings, stale := indexJSON(t, res)
	if len(findings) != len(res.Site.Findings) {
		t.Fatalf("index.json has %d findings, the site %d", len(findings), len(res.Site.Findings))
	}
	var sawTeam bool
	for i, f := range findings {
		sf := res.Site.Findings[i]
		if f.Code != sf.Code || f.Path != sf.Path || f.Line != sf.Line || f.Col != sf.Col || f.Message != sf.Message || f.Severity != "warning" {
			t.Errorf("index.json finding %d = %+v, want %s", i, f, sf.Diagnostic)
		}
		if want := string(sf.Kind) + "s/" + sf.Slug + "/index.html"; f.URL != want || f.Subject != sf.Title {
			t.Errorf("finding %s links to %q (%q), want %q", f.Code, f.URL, f.Subject, want)
		}
		sawTeam = sawTeam || f.URL == "teams/a/index.html"
	}
	if !sawTeam {
		t.Error("index.json has no finding on the team")
	}
	if !stale["o0"] {
		t.Error("index.json does not mark the objective stale")
	}
}

func TestRuleTurnedOffAppearsNowhereOnTheSite(t *testing.T) {
	files := everyRuleSite()
	files["fokus.toml"] = ruleConfig + "\n[rules]\nstale = \"off\"\n"
	res := buildRules(t, files)
	for _, p := range res.Output.Paths() {
		if strings.HasSuffix(p, ".html") && strings.Contains(string(res.Output[p]), "rule-stale") {
			t.Errorf("%s shows the stale rule that is off", p)
		}
		if strings.HasSuffix(p, ".html") && strings.Contains(string(res.Output[p]), `class="stale-mark"`) {
			t.Errorf("%s marks an objective overdue with the stale rule off", p)
		}
	}
	findings, stale := indexJSON(t, res)
	for _, f := range findings {
		if f.Code == "stale" {
			t.Errorf("index.json lists a stale finding: %+v", f)
		}
	}
	if stale["o0"] {
		t.Error("index.json marks the objective stale with the rule off")
	}
	if len(findings) == 0 {
		t.Error("turning stale off removed the other findings too")
	}
}

// The message shows a load that reads as more than the capacity, not one
// rounded to the capacity's own figure.
func TestOverCapacityShowsALoadThatReadsAsMore(t *testing.T) {
	files := ruleFiles{}.team("a", "capacity = 3.3333\n").team("b", "").team("c", "").
		objective("o", "a", "2026-Q4", "reviewed = 2026-11-25").
		idea("x", "teams = [\"a\", \"b\", \"c\"]\nstatus = \"accepted\"\nobjectives = [\"o\"]", "[score]\nvalue = 1\ntime_criticality = 1\nrisk_reduction = 1\njob_size = 10\n\n"+decided)
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "over-capacity", "content/teams/a.md", "capacity", "carries 3.33333 points", "capacity of 3.3333")
}

// An idea that another's decision stops, yet still runs, is flagged on its
// own page; a done idea's decision counts, a stop of an idea that did stop
// (dropped) does not (QA).
func TestStillRunningFlagsAnIdeaThatADecisionStops(t *testing.T) {
	stops := func(date, slug string) string {
		return "[decision]\ndate = " + date + "\nby = \"Board\"\nrationale = \"Go.\"\nstops = [\"" + slug + "\"]\n"
	}
	files := ruleFiles{}.team("a", "").
		idea("crm", "teams = [\"a\"]\nstatus = \"accepted\"", stops("2026-10-05", "calls")).
		idea("calls", "teams = [\"a\"]\nstatus = \"in-progress\"", stops("2026-09-01", "Trade fair")).
		idea("old", "teams = [\"a\"]\nstatus = \"done\"", stops("2026-09-01", "fair")).
		idea("fair", "teams = [\"a\"]\nstatus = \"dropped\"", decided)
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "still-running", "content/ideas/calls.md", "status", `"Idea calls" has status "in-progress", but the decision on "Idea crm" of 2026-10-05 stops it`)
}

// An idea decided again after the decision that stopped it runs on its
// newer decision: it is no longer still running against the older one (QA:
// told to drop an idea the innovation team had accepted again). One decided
// before, or on the same day, still is.
func TestStillRunningIsQuietForAnIdeaTakenUpAgainLater(t *testing.T) {
	decision := func(date, stops string) string {
		return "[decision]\ndate = " + date + "\nby = \"Board\"\nrationale = \"Go.\"\nstops = [" + stops + "]\n"
	}
	files := ruleFiles{}.team("a", "").
		idea("webinars", "teams = [\"a\"]\nstatus = \"in-progress\"", decision("2026-10-01", `"calls", "fair", "demos"`)).
		idea("calls", "teams = [\"a\"]\nstatus = \"accepted\"", decision("2026-11-10", `"Booth"`)).
		idea("demos", "teams = [\"a\"]\nstatus = \"proposed\"", decision("2026-11-12", "")).
		idea("fair", "teams = [\"a\"]\nstatus = \"accepted\"", decision("2026-10-01", `"Booth"`))
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "still-running", "content/ideas/fair.md", "status", `"Idea fair" has status "accepted", but the decision on "Idea webinars" of 2026-10-01 stops it`)
	if by := res.Site.Idea("calls").StoppedBy; len(by) != 0 {
		t.Errorf("an idea taken up again is stopped by %d ideas", len(by))
	}
}

// A committed idea that no team carries counts in no team's load: flagged.
func TestNoTeamFlagsACommittedIdeaThatNoTeamCarries(t *testing.T) {
	files := ruleFiles{}.team("a", "").
		idea("orphan", "status = \"accepted\"", decided).
		idea("idle", "", "")
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "no-team", "content/ideas/orphan.md", "status", `"Idea orphan" has status "accepted" but no team carries it`)
}

// A team that is misspelt is the error that says so; no-team does not also
// tell to name the teams in teams, which names one (QA), as unaligned is
// quiet for a misspelt objective. A blank entry leaves no team, and is
// flagged.
func TestNoTeamIsQuietForATeamThatIsMisspelt(t *testing.T) {
	files := ruleFiles{}.team("sales", "").
		idea("typo", "teams = [\"slaes\"]\nstatus = \"accepted\"", decided).
		idea("blank", "teams = [\"\"]\nstatus = \"accepted\"", decided)
	res, err := generator.Check(ruleOptions(t, files, ruleToday))
	if err != nil {
		t.Fatal(err)
	}
	if got := diags(res); !strings.Contains(got, `content/ideas/typo.md:4:10: error: unknown team "slaes"; did you mean "sales"?`) {
		t.Fatalf("want the error of the misspelt team, got:\n%s", got)
	}
	fs := found(res, "no-team")
	if len(fs) != 1 || fs[0].Path != "content/ideas/blank.md" {
		t.Errorf("want no-team on blank.md alone, got:\n%s", res.Diagnostics)
	}
}

// A team or an objective is made by copying one, as an idea is: a copy
// whose title was left is warned about at both titles, as two ideas are.
// Objectives are compared within a team's period: "Grow the pipeline"
// every quarter, or for two teams, is no copy left as it was.
func TestATeamOrAnObjectiveWithAnothersTitleIsWarnedAbout(t *testing.T) {
	files := ruleFiles{}.team("a", "").team("b", "").
		objective("o1", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("o2", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("q3", "a", "2026-Q3", "reviewed = 2026-09-25").
		objective("b1", "b", "2026-Q4", "reviewed = 2026-11-25")
	files["content/teams/b.md"] = strings.Replace(files["content/teams/b.md"], "Team b", "team A", 1)
	for _, p := range []string{"content/objectives/a/o2.md", "content/objectives/a/q3.md", "content/objectives/b/b1.md"} {
		files[p] = strings.Replace(files[p], "Objective "+strings.TrimSuffix(path.Base(p), ".md"), "objective O1", 1)
	}
	got := diags(checkRules(t, files, ruleToday))
	for _, want := range []string{
		`content/teams/a.md:2:9: warning: "Team a" is also the title of the team content/teams/b.md; the dashboard, the doors and the ideas' teams show the two as one: if one is a copy of the other, give it a title of its own`,
		`content/teams/b.md:2:9: warning: "team A" is also the title of the team content/teams/a.md; the dashboard, the doors and the ideas' teams show the two as one: if one is a copy of the other, give it a title of its own`,
		`content/objectives/a/o1.md:2:9: warning: "Objective o1" is also the title of content/objectives/a/o2.md, of the same team and period; if one is a copy of the other, give it a title of its own`,
		`content/objectives/a/o2.md:2:9: warning: "objective O1" is also the title of content/objectives/a/o1.md, of the same team and period; if one is a copy of the other, give it a title of its own`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s\ngot:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "is also the title"); n != 4 {
		t.Errorf("want 4 warnings of a title, got %d:\n%s", n, got)
	}
}

// A sync program's copy of a team or an objective has the warning to merge
// it into its original, not also one to give it a title of its own.
func TestASyncCopyOfATeamOrAnObjectiveIsNotToldToRetitle(t *testing.T) {
	files := ruleFiles{}.team("a", "").objective("o1", "a", "2026-Q4", "reviewed = 2026-11-25")
	files["content/teams/a (Konflikt 2026-11-28).md"] = files["content/teams/a.md"]
	files["content/teams/a (1).md"] = files["content/teams/a.md"] // two copies of one file
	files["content/objectives/a/o1 (Konflikt 2026-11-28).md"] = files["content/objectives/a/o1.md"]
	res, err := generator.Check(ruleOptions(t, files, ruleToday))
	if err != nil {
		t.Fatal(err)
	}
	got := diags(res)
	if strings.Count(got, "a sync program") != 3 || strings.Contains(got, "is also the title") {
		t.Errorf("want the two copies told to be merged, and nothing of their titles:\n%s", got)
	}
}

// Periods as OKR users write them (QA): a period in fokus.toml that no
// objective has is a warning at it (a typo would empty the dashboard and
// silence the stale rule); "Q4 2026" is the same period as "2026-Q4", with
// a warning to write it alike; a review dated after today is a warning.
func TestPeriodsWrittenAmissAreSaidOutLoud(t *testing.T) {
	files := ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\nperiod = \"2026-Q5\"\n"}.team("a", "").
		objective("o", "a", "2026-Q4", "reviewed = 2026-11-25")
	if got := diags(checkRules(t, files, ruleToday)); !strings.Contains(got, `fokus.toml:3:10: warning: period "2026-Q5" has no objectives, so the dashboard and the posters show none; the objectives' periods are "2026-Q4"`) {
		t.Errorf("a period without objectives:\n%s", got)
	}
	// In a site's second year: the period moved forward before its
	// objectives are written lies ahead, and the list is of the newest.
	files = ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\nperiod = \"2027-Q1\"\n"}.team("a", "")
	for _, q := range []string{"2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"} {
		files = files.objective("o"+q, "a", q, "reviewed = 2026-11-25")
	}
	if got := diags(checkRules(t, files, ruleToday)); !strings.Contains(got, `fokus.toml:3:10: warning: period "2027-Q1" begins on 2027-01-01 and has no objectives yet, so the dashboard and the posters show none; the objectives' newest periods are "2026-Q4", "2026-Q3", "2026-Q2" and "2026-Q1" (of 6)`) {
		t.Errorf("a period ahead without objectives, on a site of many periods:\n%s", got)
	}

	// A period set once and forgotten: warned about a month after its end.
	files = ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\nperiod = \"2026-Q3\"\n"}.team("a", "").
		objective("o", "a", "2026-Q3", "reviewed = 2026-09-25")
	if got := diags(checkRules(t, files, ruleToday)); !strings.Contains(got, `fokus.toml:3:10: warning: period "2026-Q3" ended on 2026-09-30, and the dashboard and the posters still show it as current; set the period that runs now ("2026-Q4"), or remove period to follow the objectives`) {
		t.Errorf("a period that is over:\n%s", got)
	}
	files = ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\nperiod = \"2026-Q3\"\n"}.team("a", "").
		objective("o", "a", "2026-Q3", "reviewed = 2026-09-25")
	if got := diags(checkRules(t, files, "2026-10-20")); strings.Contains(got, "ended on") {
		t.Errorf("a period just over, while it is being closed:\n%s", got)
	}

	files = ruleFiles{}.team("a", "").
		objective("o1", "a", "Q4 2026", "reviewed = 2026-11-25").
		objective("o2", "a", "2026-Q4", "reviewed = 2026-12-05")
	res := checkRules(t, files, ruleToday)
	if o1 := res.Site.Objective("o1"); !o1.Current || len(res.Site.Current) != 2 {
		t.Errorf("Q4 2026 is not the current period 2026-Q4: %d current objectives", len(res.Site.Current))
	}
	got := diags(res)
	for _, want := range []string{
		`content/objectives/a/o1.md:4:10: warning: period "Q4 2026" is "2026-Q4" written another way; write it as "2026-Q4", as the current period is written`,
		`content/objectives/a/o2.md:5:12: warning: reviewed 2026-12-05 is after today (2026-11-26), so the objective counts as reviewed until then; write the day of the last review`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("diagnostics lack\n%s\ngot:\n%s", want, got)
		}
	}
	// Without a period in fokus.toml, the current period is written as most
	// objectives write it, and the rarer spelling is warned about (review).
	files = ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\n"}.team("a", "").
		objective("q1", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("q2", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("q3", "a", "Q4 2026", "reviewed = 2026-11-25")
	res = checkRules(t, files, ruleToday)
	if got := diags(res); res.Site.Period != "2026-Q4" || !strings.Contains(got, `content/objectives/a/q3.md:4:10: warning: period "Q4 2026" is "2026-Q4" written another way`) || strings.Contains(got, "q1.md:4") {
		t.Errorf("current period %q, diagnostics:\n%s", res.Site.Period, got)
	}
	// A past period written two ways: the second spelling is warned about.
	files = ruleFiles{}.team("a", "").
		objective("p1", "a", "2026-Q3", "").
		objective("p2", "a", "Q3 2026", "").
		objective("now", "a", "2026-Q4", "reviewed = 2026-11-25")
	got = diags(checkRules(t, files, ruleToday))
	for _, want := range []string{
		`content/objectives/a/p2.md:4:10: warning: period "Q3 2026" is "2026-Q3" written another way; write it as "2026-Q3", as most objectives write it`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("diagnostics lack\n%s\ngot:\n%s", want, got)
		}
	}
}

// A fiscal year ("FY27") has no dates fokus knows: a company chooses the
// month it begins. Beside a team's quarters its objectives, and those of
// its quarters and halves ("Q2 FY27"), are never on the door, which is
// said at the period, with the calendar period to write where the fiscal
// year is the calendar year; a team, or a site, that plans in fiscal
// years alone has its newest on its door, as one of increments does, and
// is told nothing.
func TestAFiscalYearBesideQuartersIsToldItIsNeverOnTheDoor(t *testing.T) {
	files := ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\n"}.team("q", "").team("fy", "").
		objective("quarter", "q", "2026-Q4", "reviewed = 2026-11-25").
		objective("fy27", "q", "FY27", "reviewed = 2026-11-25").
		objective("gj", "q", "GJ 2026", "reviewed = 2026-11-25").
		objective("split", "q", "FY 2026/27", "reviewed = 2026-11-25").
		objective("fq", "q", "Q2 FY27", "reviewed = 2026-11-25").
		objective("half", "q", "FY 2026/27 H1", "reviewed = 2026-11-25").
		objective("fiscal", "fy", "FY2026", "reviewed = 2026-11-25").
		objective("fiscal-old", "fy", "FY2025", "reviewed = 2025-11-25")
	res := checkRules(t, files, ruleToday)
	var got []string
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Message, "fiscal year") {
			got = append(got, d.String())
		}
	}
	const never = `, so the objective is never on the door beside 2026-Q4 and never overdue`
	want := []string{
		`content/objectives/q/fq.md:4:10: warning: period "Q2 FY27" is a quarter of a fiscal year, whose months fokus cannot know (a fiscal year begins in the month the company chose)` + never + `; if the fiscal year is the calendar year, write "2027-Q2"`,
		`content/objectives/q/fy27.md:4:10: warning: period "FY27" is a fiscal year, whose months fokus cannot know (a fiscal year begins in the month the company chose)` + never + `; if the fiscal year is the calendar year, write "2027"`,
		`content/objectives/q/gj.md:4:10: warning: period "GJ 2026" is a fiscal year, whose months fokus cannot know (a fiscal year begins in the month the company chose)` + never + `; if the fiscal year is the calendar year, write "2026"`,
		`content/objectives/q/half.md:4:10: warning: period "FY 2026/27 H1" is a half-year of a fiscal year, whose months fokus cannot know (a fiscal year begins in the month the company chose)` + never + `; fokus knows the dates of calendar years, halves, quarters and months ("2026", "2026-H1", "2026-Q1", "2026-03")`,
		`content/objectives/q/split.md:4:10: warning: period "FY 2026/27" is a fiscal year, whose months fokus cannot know (a fiscal year begins in the month the company chose)` + never + `; fokus knows the dates of calendar years, halves, quarters and months ("2026", "2026-H1", "2026-Q1", "2026-03")`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := res.Site.TeamPeriod(res.Site.Team("fy")); got != "FY2026" {
		t.Errorf("the fiscal team's door shows %q, want FY2026", got)
	}
}

// A team that plans in the quarters of its fiscal year has its newest on
// its door, however it writes them, alone or beside a team of calendar
// quarters (review: "Q4 FY26" stayed on the door beside "Q1 FY27").
func TestATeamOfFiscalQuartersHasItsNewestOnItsDoor(t *testing.T) {
	for _, c := range []struct{ old, next string }{{"Q4 FY26", "Q1 FY27"}, {"FY26 Q4", "FY27 Q1"}, {"FY 2025/26 H2", "FY 2026/27 H1"}} {
		files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("fy", "").
			objective("old", "fy", c.old, "reviewed = 2026-11-25").
			objective("next", "fy", c.next, "reviewed = 2026-11-25")
		res := checkRules(t, files, ruleToday)
		if res.Site.Period != c.next {
			t.Errorf("the site's period is %q, want %q", res.Site.Period, c.next)
		}
		files = files.team("q", "").objective("quarter", "q", "2026-Q4", "reviewed = 2026-11-25")
		expectDoors(t, checkRules(t, files, ruleToday), map[string]string{"fy": c.next, "q": "2026-Q4"})
	}
}

// A team that plans in a fiscal year and its quarters has the newest
// quarter within the newest year on its door, with the half-year's and
// the year's objectives beside it, as a calendar year's are beside its
// quarter, alone or beside a team of calendar quarters (QA: its door
// showed the fiscal year's alone, and the quarter's were on no door,
// without a word). An older year's quarters stay in the past.
func TestATeamOfAFiscalYearAndItsQuartersHasBothOnItsDoor(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("fy", "").
		objective("year", "fy", "FY27", "reviewed = 2026-11-25").
		objective("half", "fy", "FY27 H1", "reviewed = 2026-11-25").
		objective("q1", "fy", "Q1 FY27", "reviewed = 2026-11-25").
		objective("q2", "fy", "Q2 FY27", "reviewed = 2026-11-25").
		objective("old", "fy", "Q4 FY26", "reviewed = 2026-09-25")
	res := checkRules(t, files, ruleToday)
	if res.Site.Period != "Q2 FY27" {
		t.Errorf("the site's period is %q, want Q2 FY27", res.Site.Period)
	}
	expectCurrent(t, res, "half q2 year")
	files = files.team("q", "").objective("quarter", "q", "2026-Q4", "reviewed = 2026-11-25")
	res = checkRules(t, files, ruleToday)
	expectDoors(t, res, map[string]string{"fy": "Q2 FY27", "q": "2026-Q4"})
	expectCurrent(t, res, "half q2 quarter year")
	var door []string
	for _, o := range res.Site.Team("fy").Objectives {
		door = append(door, o.Slug)
	}
	if want := []string{"q2", "half", "year"}; !slices.Equal(door, want) {
		t.Errorf("the fiscal team's door lists %q, want the quarter's first, then the half-year's and the year's: %q", door, want)
	}
	// A year without its quarters is on the door alone, and the quarters
	// of the year before are not.
	res = checkRules(t, ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("fy", "").
		objective("year", "fy", "FY27", "reviewed = 2026-11-25").
		objective("old", "fy", "Q4 FY26", "reviewed = 2026-09-25"), ruleToday)
	if res.Site.Period != "FY27" {
		t.Errorf("the site's period is %q, want FY27", res.Site.Period)
	}
	expectCurrent(t, res, "year")
}

// The spellings of one part of a fiscal year ("Q1 FY27", "FY27 Q1",
// "FY27-Q1", "FY 27 Q1"; "H1 FY27", "FY27 H1") are one period, as
// "2026-Q4" and "Q4 2026" are: named as most objectives write it, on the
// door with all its objectives, listed once, and each other spelling told
// to be written so (QA: each was a period of its own, and the door held
// only the objectives of the one spelling that was newest).
func TestTheSpellingsOfAFiscalQuarterAreOnePeriod(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("fy", "").team("half", "").team("q", "").
		objective("a", "fy", "Q1 FY27", "reviewed = 2026-11-25").
		objective("b", "fy", "Q1 FY27", "reviewed = 2026-11-25").
		objective("c", "fy", "FY27 Q1", "reviewed = 2026-11-25").
		objective("d", "fy", "FY27-Q1", "reviewed = 2026-11-25").
		objective("e", "fy", "FY 27 Q1", "reviewed = 2026-11-25").
		objective("old", "fy", "FY26 Q4", "reviewed = 2026-09-25").
		objective("old-too", "fy", "Q4 FY26", "reviewed = 2026-09-25").
		objective("old-also", "fy", "FY26 Q4", "reviewed = 2026-09-25").
		objective("h", "half", "FY27 H1", "reviewed = 2026-11-25").
		objective("g", "half", "H1 FY27", "reviewed = 2026-11-25").
		objective("h-also", "half", "FY27 H1", "reviewed = 2026-11-25").
		objective("quarter", "q", "2026-Q4", "reviewed = 2026-11-25")
	res := checkRules(t, files, ruleToday)
	if want := []string{"FY27 H1", "Q1 FY27", "FY26 Q4", "2026-Q4"}; !slices.Equal(res.Site.Periods, want) {
		t.Errorf("periods %q, want %q", res.Site.Periods, want)
	}
	expectDoors(t, res, map[string]string{"fy": "Q1 FY27", "half": "FY27 H1", "q": "2026-Q4"})
	expectCurrent(t, res, "a b c d e g h h-also quarter")
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	want := []string{
		`content/objectives/fy/c.md:4:10: warning: period "FY27 Q1" is "Q1 FY27" written another way; write it as "Q1 FY27", as most objectives write it`,
		`content/objectives/fy/d.md:4:10: warning: period "FY27-Q1" is "Q1 FY27" written another way; write it as "Q1 FY27", as most objectives write it`,
		`content/objectives/fy/e.md:4:10: warning: period "FY 27 Q1" is "Q1 FY27" written another way; write it as "Q1 FY27", as most objectives write it`,
		`content/objectives/fy/old-too.md:4:10: warning: period "Q4 FY26" is "FY26 Q4" written another way; write it as "FY26 Q4", as most objectives write it`,
		`content/objectives/half/g.md:4:10: warning: period "H1 FY27" is "FY27 H1" written another way; write it as "FY27 H1", as most objectives write it`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A fiscal year written with a hyphen or in small letters ("FY-27",
// "FY-2027", "fy27"), and a quarter of it so ("Q1-FY27", "FY-27-Q1"), is
// the period of its other spellings, each told to be written as most
// objectives write it (QA: "FY-27" was a period of its own, without a
// word, and off the door of FY27).
func TestAFiscalYearWrittenWithAHyphenIsThatYear(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("fy", "").team("fq", "").
		objective("a", "fy", "FY27", "reviewed = 2026-11-25").
		objective("b", "fy", "FY27", "reviewed = 2026-11-25").
		objective("c", "fy", "FY-27", "reviewed = 2026-11-25").
		objective("d", "fy", "FY-2027", "reviewed = 2026-11-25").
		objective("e", "fy", "fy27", "reviewed = 2026-11-25").
		objective("q1", "fq", "Q1 FY27", "reviewed = 2026-11-25").
		objective("q2", "fq", "Q1 FY27", "reviewed = 2026-11-25").
		objective("q3", "fq", "Q1-FY27", "reviewed = 2026-11-25").
		objective("q4", "fq", "FY-27-Q1", "reviewed = 2026-11-25")
	res := checkRules(t, files, ruleToday)
	if want := []string{"FY27", "Q1 FY27"}; !slices.Equal(res.Site.Periods, want) {
		t.Errorf("periods %q, want %q", res.Site.Periods, want)
	}
	expectCurrent(t, res, "a b c d e q1 q2 q3 q4")
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	want := []string{
		`content/objectives/fq/q3.md:4:10: warning: period "Q1-FY27" is "Q1 FY27" written another way; write it as "Q1 FY27", as the current period is written`,
		`content/objectives/fq/q4.md:4:10: warning: period "FY-27-Q1" is "Q1 FY27" written another way; write it as "Q1 FY27", as the current period is written`,
		`content/objectives/fy/c.md:4:10: warning: period "FY-27" is "FY27" written another way; write it as "FY27", as most objectives write it`,
		`content/objectives/fy/d.md:4:10: warning: period "FY-2027" is "FY27" written another way; write it as "FY27", as most objectives write it`,
		`content/objectives/fy/e.md:4:10: warning: period "fy27" is "FY27" written another way; write it as "FY27", as most objectives write it`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A period written like a quarter, a half or a month that is none (a typo)
// is a warning: fokus knows no dates for it, so its objective silently
// left the current period and its stale warning (QA, OKR coach). Spaces
// around a period are no other spelling, and of two spellings written as
// often, the spec's form is the one the site uses.
func TestPeriodTyposAreWarnings(t *testing.T) {
	files := ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\n"}.team("a", "").
		objective("now", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("q5", "a", "2026-Q5", "reviewed = 2026-11-25").
		objective("q04", "a", "2026-Q04", "reviewed = 2026-11-25").
		objective("h3", "a", "H3 2026", "reviewed = 2026-11-25").
		objective("m13", "a", "2026-13", "reviewed = 2026-11-25").
		objective("m1", "a", "2026-1", "reviewed = 2026-11-25").
		objective("pi", "a", "PI 27.1", "reviewed = 2026-11-25").
		// without a year of four digits (QA, newcomer)
		objective("q4", "a", "Q4", "reviewed = 2026-11-25").
		objective("q426", "a", "Q4/26", "reviewed = 2026-11-25").
		objective("quartal", "a", "4. Quartal 2026", "reviewed = 2026-11-25").
		objective("month", "a", "11/2026", "reviewed = 2026-11-25")
	// noDates checks the warnings of files about periods without dates.
	noDates := func(files ruleFiles, want ...string) {
		t.Helper()
		var got []string
		for _, d := range checkRules(t, files, ruleToday).Diagnostics {
			if strings.Contains(d.Message, "fokus knows no dates") {
				got = append(got, d.String())
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	const rest = `, so fokus knows no dates for it: the objective is never in the current period (2026-Q4) and never overdue; correct it`
	noDates(files,
		`content/objectives/a/h3.md:4:10: warning: period "H3 2026" is no half-year (a year has H1 and H2)`+rest,
		`content/objectives/a/m1.md:4:10: warning: period "2026-1" has a month of one digit (write 2026-01)`+rest,
		`content/objectives/a/m13.md:4:10: warning: period "2026-13" is no month (a year has the months 01 to 12)`+rest,
		`content/objectives/a/month.md:4:10: warning: period "11/2026" is written another way than fokus reads (write 2026-11 for the month)`+rest,
		`content/objectives/a/q04.md:4:10: warning: period "2026-Q04" has a zero too many (write 2026-Q4)`+rest,
		`content/objectives/a/q4.md:4:10: warning: period "Q4" has no year of four digits (write 2026-Q4)`+rest,
		`content/objectives/a/q426.md:4:10: warning: period "Q4/26" has no year of four digits (write 2026-Q4)`+rest,
		`content/objectives/a/q5.md:4:10: warning: period "2026-Q5" is no quarter (a year has Q1 to Q4)`+rest,
		`content/objectives/a/quartal.md:4:10: warning: period "4. Quartal 2026" is written another way than fokus reads (write 2026-Q4)`+rest,
	)

	// A fifth quarter of a fiscal year, or a third half, is a typo too,
	// not the name of an increment that heads its team's door (review:
	// "FY27 H3" was the door of its team, without a word).
	files = ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\n"}.team("a", "").team("fy", "").team("typo", "").
		objective("now", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("fy-q1", "fy", "FY27 Q1", "reviewed = 2026-11-25").
		objective("fy-q5", "fy", "FY27 Q5", "reviewed = 2026-11-25").
		objective("fy-q0", "fy", "Q0 FY27", "reviewed = 2026-11-25").
		objective("h3", "typo", "FY 2026/27 H3", "reviewed = 2026-11-25")
	noDates(files,
		`content/objectives/fy/fy-q0.md:4:10: warning: period "Q0 FY27" is no quarter (a fiscal year has Q1 to Q4)`+rest,
		`content/objectives/fy/fy-q5.md:4:10: warning: period "FY27 Q5" is no quarter (a fiscal year has Q1 to Q4)`+rest,
		`content/objectives/typo/h3.md:4:10: warning: period "FY 2026/27 H3" is no half-year (a fiscal year has H1 and H2)`+rest,
	)
	expectDoors(t, checkRules(t, files, ruleToday), map[string]string{"a": "2026-Q4", "fy": "FY27 Q1", "typo": "2026-Q4"})

	// A site whose periods all lack a year takes one of them for the
	// current period: it is told so too, not only the others.
	files = ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\n"}.team("a", "").
		objective("q4", "a", "Q4", "reviewed = 2026-11-25").
		objective("q3", "a", "Q3", "reviewed = 2026-09-25").
		objective("q1", "a", "Q1", "")
	noDates(files,
		`content/objectives/a/q1.md:4:10: warning: period "Q1" has no year of four digits (write 2027-Q1), so fokus knows no dates for it: the objective is never in the current period (Q4) and never overdue; correct it`,
		`content/objectives/a/q3.md:4:10: warning: period "Q3" has no year of four digits (write 2026-Q3), so fokus knows no dates for it: the objective is never in the current period (Q4) and never overdue; correct it`,
		`content/objectives/a/q4.md:4:10: warning: period "Q4" has no year of four digits (write 2026-Q4), so fokus knows no dates for it: it is the current period only because no name of a period has dates, it never ends, and next year's would be the same; correct it`,
	)

	// Set so in fokus.toml, it is said there once, not at every objective
	// that writes it so (review).
	files = ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\nperiod = \"Q4\"\n"}.team("a", "").
		objective("q4", "a", "Q4", "reviewed = 2026-11-25").
		objective("q4b", "a", "Q4", "reviewed = 2026-11-25").
		objective("q3", "a", "Q3", "reviewed = 2026-09-25")
	noDates(files,
		`content/objectives/a/q3.md:4:10: warning: period "Q3" has no year of four digits (write 2026-Q3), so fokus knows no dates for it: the objective is never in the current period (Q4) and never overdue; correct it`,
		`fokus.toml:3:10: warning: period "Q4" has no year of four digits (write 2026-Q4), so fokus knows no dates for it: it never ends, and next year's would be the same; correct it here and in the objectives`,
	)

	files = ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\n"}.team("a", "").
		objective("spaced", "a", " 2026-Q3 ", "").
		objective("plain", "a", "2026-Q3", "").
		objective("spelled", "a", "2026 Q4", "reviewed = 2026-11-25").
		objective("usual", "a", "2026-Q4", "reviewed = 2026-11-25")
	res := checkRules(t, files, ruleToday)
	if res.Site.Period != "2026-Q4" || !slices.Equal(res.Site.Periods, []string{"2026-Q4", "2026-Q3"}) {
		t.Errorf("period %q, periods %q; want 2026-Q4 of 2026-Q4, 2026-Q3", res.Site.Period, res.Site.Periods)
	}
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Message, "written another way") && !strings.HasPrefix(d.String(), `content/objectives/a/spelled.md:4:10: warning: period "2026 Q4" is "2026-Q4" written another way`) {
			t.Errorf("unexpected: %s", d)
		}
	}
}

// A stop names an idea by its slug in any letter case, as slugs are unique
// regardless of case (QA: "Calls" was not linked to calls.md).
func TestAStopNamesAnIdeaInAnyLetterCase(t *testing.T) {
	files := ruleFiles{}.team("a", "").
		idea("crm", "teams = [\"a\"]\nstatus = \"accepted\"", "[decision]\ndate = 2026-10-05\nby = \"Board\"\nrationale = \"Go.\"\nstops = [\"Calls\", \"calls\"]\n").
		idea("calls", "teams = [\"a\"]\nstatus = \"dropped\"", decided)
	res := checkRules(t, files, ruleToday)
	if st := res.Site.Idea("crm").Stops; len(st) != 1 || st[0].Idea == nil || st[0].Idea.Slug != "calls" {
		t.Errorf("stops = %+v, want the idea calls", st)
	}
}

// A stop may name an idea by its title, as people know it; a title that two
// ideas share names neither, and stays text (QA: "Cold calls" beside
// cold-calls.md was free text, and still-running never saw it run).
func TestAStopNamesAnIdeaByItsTitle(t *testing.T) {
	files := ruleFiles{}.team("a", "").
		idea("crm", "teams = [\"a\"]\nstatus = \"accepted\"", "[decision]\ndate = 2026-11-06\nby = \"Board\"\nrationale = \"Go.\"\nstops = [\"idea CALLS \", \"Idea twin\"]\n").
		idea("calls", "teams = [\"a\"]\nstatus = \"in-progress\"", decided).
		idea("twin", "teams = [\"a\"]\nstatus = \"dropped\"", decided)
	files["content/ideas/twin2.md"] = "+++\ntitle = \"Idea twin\"\nsubmitted = 2026-11-01\n+++\n"
	res := checkRules(t, files, ruleToday)
	st := res.Site.Idea("crm").Stops
	if len(st) != 2 || st[0].Idea == nil || st[0].Idea.Slug != "calls" || st[1].Idea != nil {
		t.Errorf("stops = %+v, want the idea calls, then the text of a shared title", st)
	}
	expectOne(t, files, res, "still-running", "content/ideas/calls.md", "status", `"Idea calls" has status "in-progress", but the decision on "Idea crm" of 2026-11-06 stops it`)
}

// Dates that cannot be right are warnings at them: an idea submitted after
// today (a typo such as 2072 keeps unassessed quiet for decades), decided
// after today, less than a year before it was submitted (a typo of the
// year, as in January), or to be revisited before it was decided. A
// decision from further back is fine: submitted is the day the idea was
// deposited, and decisions made before fokus are written down later.
func TestImpossibleDatesOfAnIdeaAreWarnings(t *testing.T) {
	files := ruleFiles{}.team("a", "")
	files["content/ideas/late.md"] = "+++\ntitle = \"Late\"\nsubmitted = 2072-01-01\nteams = [\"a\"]\nstatus = \"parked\"\n\n" +
		"[decision]\ndate = 2026-12-01\nby = \"Board\"\nrationale = \"Later.\"\nrevisit = 2026-06-01\n+++\n"
	files["content/ideas/old.md"] = "+++\ntitle = \"Old\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\nstatus = \"rejected\"\n\n" +
		"[decision]\ndate = 2025-03-01\nby = \"Board\"\nrationale = \"No.\"\n+++\n"
	files["content/ideas/typo.md"] = "+++\ntitle = \"Typo\"\nsubmitted = 2026-01-05\nteams = [\"a\"]\nstatus = \"rejected\"\n\n" +
		"[decision]\ndate = 2025-01-20\nby = \"Board\"\nrationale = \"No.\"\n+++\n"
	var got []string
	for _, d := range checkRules(t, files, ruleToday).Diagnostics {
		if d.Code == "" {
			got = append(got, d.String())
		}
	}
	want := []string{
		"content/ideas/late.md:3:13: warning: submitted 2072-01-01 is after today (2026-11-26); write the day the idea was deposited",
		"content/ideas/late.md:8:8: warning: decision.date 2026-12-01 is after today (2026-11-26); write the day it was decided",
		"content/ideas/late.md:11:11: warning: decision.revisit 2026-06-01 is before the decision (2026-12-01); write when to look at it again",
		"content/ideas/typo.md:8:8: warning: decision.date 2025-01-20 is before submitted (2026-01-05); if its year is a typo, write 2026-01-20; if it was decided before it came to fokus, write as submitted the day it came up",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// RICE's confidence is a percentage; written as a fraction, as key results
// write theirs, 0.8 would count as 0.8 %: a warning at it says so (QA).
func TestARICEConfidenceWrittenAsAFractionIsAWarning(t *testing.T) {
	files := ruleFiles{"fokus.toml": "[scoring]\nmodel = \"rice\"\n"}.team("a", "")
	files["content/ideas/frac.md"] = "+++\ntitle = \"Frac\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\n\n[score]\nreach = 100\nimpact = 2\nconfidence = 0.8\neffort = 4\n+++\n"
	files["content/ideas/pct.md"] = "+++\ntitle = \"Pct\"\nsubmitted = 2026-11-01\nteams = [\"a\"]\n\n[score]\nreach = 100\nimpact = 2\nconfidence = 80\neffort = 4\n+++\n"
	var got []string
	for _, d := range checkRules(t, files, ruleToday).Diagnostics {
		if d.Code == "" {
			got = append(got, d.String())
		}
	}
	want := "content/ideas/frac.md:9:14: warning: score.confidence is a percentage: 0.8 counts as 0.8%; write 80 for 80%"
	if strings.Join(got, "\n") != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

// An entry of stops written as a slug that no idea has, deleted or
// mistyped, is a warning: the site would show it as an activity and no rule
// would see the idea it meant (QA). Activities and drafts are quiet.
func TestAStopThatLooksLikeAMissingIdeaIsAWarning(t *testing.T) {
	files := ruleFiles{}.team("a", "").
		idea("crm", "teams = [\"a\"]\nstatus = \"accepted\"", "[decision]\ndate = 2026-10-05\nby = \"Board\"\nrationale = \"Go.\"\nstops = [\"event-app\", \"video-demo\", \"hidden-draft\", \"Präsentationstechnik-Workshop\", \"newsletter\"]\n").
		idea("video-demos", "teams = [\"a\"]", "")
	files["content/ideas/hidden-draft.md"] = "+++\ntitle = \"Draft\"\nsubmitted = 2026-11-01\ndraft = true\n+++\n"
	var got []string
	for _, d := range checkRules(t, files, ruleToday).Diagnostics {
		if d.Code == "" && strings.Contains(d.Message, "no idea has that slug") {
			got = append(got, d.String())
		}
	}
	want := []string{
		`content/ideas/crm.md:10:10: warning: decision.stops names "event-app", but no idea has that slug (no file content/ideas/…/event-app.md); the site shows it as text`,
		`content/ideas/crm.md:10:23: warning: decision.stops names "video-demo", but no idea has that slug (no file content/ideas/…/video-demo.md); the site shows it as text; did you mean "video-demos"?`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A proposal that a decision stops is flagged too: it stayed ranked among
// the open ideas as if nothing had been said (QA).
func TestStillRunningFlagsAProposalThatADecisionStops(t *testing.T) {
	files := ruleFiles{}.team("a", "").
		idea("crm", "teams = [\"a\"]\nstatus = \"accepted\"", "[decision]\ndate = 2026-10-05\nby = \"Board\"\nrationale = \"Go.\"\nstops = [\"demos\"]\n").
		idea("demos", "teams = [\"a\"]\nstatus = \"assessing\"", "")
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "still-running", "content/ideas/demos.md", "status", `"Idea demos" still has status "assessing", but the decision on "Idea crm" of 2026-10-05 stops it; set its status to "dropped" or "parked", or take it out of that decision's stops`)
}

// A title's no-break spaces stay spaces in a message, not \u00a0, which
// reached scripts through index.json as it was (QA).
func TestMessagesQuoteTitlesWithTheirSpaces(t *testing.T) {
	files := ruleFiles{}.team("a", "")
	files["content/objectives/a/nbsp.md"] = "+++\ntitle = \"Umsatz +10\u00a0% mit \\\"Tool\\\"\"\nteam = \"a\"\nperiod = \"2026-Q4\"\nreviewed = 2026-10-20\n\n" +
		"[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 10\n+++\n"
	res := checkRules(t, files, ruleToday)
	expectOne(t, files, res, "stale", "content/objectives/a/nbsp.md", "reviewed", "\"Umsatz +10\u00a0% mit \\\"Tool\\\"\" was last reviewed")
}

// A current period that fokus.toml writes another way than every objective
// does is one warning at fokus.toml, and the objectives' way is shown; the
// objectives, written alike, are not told to write it as fokus.toml does
// (QA: period = "2027-q1" told every "2027-Q1" to change).
func TestCurrentPeriodWrittenOtherwiseInFokusTomlIsWarnedThere(t *testing.T) {
	files := ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\nperiod = \"2026-q4\"\n"}.team("a", "").
		objective("o1", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("o2", "a", "2026-Q4", "reviewed = 2026-11-25")
	res := checkRules(t, files, ruleToday)
	got := diags(res)
	if want := `fokus.toml:3:10: warning: period "2026-q4" is written "2026-Q4" in the objectives; write it so here too`; !strings.Contains(got, want) {
		t.Errorf("diagnostics lack\n%s\ngot:\n%s", want, got)
	}
	if strings.Contains(got, "written another way") || res.Site.Period != "2026-Q4" || len(res.Site.Current) != 2 {
		t.Errorf("current period %q with %d objectives, diagnostics:\n%s", res.Site.Period, len(res.Site.Current), got)
	}
}

// diags writes a result's diagnostics one per line.
func diags(res *generator.Result) string {
	var out []string
	for _, d := range res.Diagnostics {
		out = append(out, d.String())
	}
	return strings.Join(out, "\n")
}

// The year's objectives, and the half-year's, are on the door beside the
// quarter's: an OKR team works on both, and grades the year at its end
// (QA, OKR coach: "yearly objectives beside quarterly ones are never on
// the door"). Last year's and next quarter's are not; the year's is not
// told that its period is the quarter written another way, is reviewed
// from its own first day, and counts among the team's objectives.
func TestTheYearsObjectivesAreCurrentBesideTheQuarters(t *testing.T) {
	files := ruleFiles{}.team("a", "").
		objective("quarter", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("year", "a", "2026", "reviewed = 2026-09-20").
		objective("half", "a", "H2 2026", "reviewed = 2026-11-20").
		objective("last-year", "a", "2025", "reviewed = 2025-12-20").
		objective("last-quarter", "a", "2026-Q3", "").
		objective("next", "a", "2027-Q1", "").
		objective("pi", "a", "PI 26.4", "")
	res := checkRules(t, files, ruleToday)
	var current []string
	for _, o := range res.Site.Current {
		current = append(current, o.Slug)
	}
	if got := strings.Join(current, " "); got != "quarter half year" {
		t.Errorf("current objectives on %s: %s, want the quarter's, then the half-year's and the year's", ruleToday, got)
	}
	var teams []string
	for _, o := range res.Site.Team("a").Objectives {
		teams = append(teams, o.Slug)
	}
	if got := strings.Join(teams, " "); got != "quarter half year" {
		t.Errorf("the team's objectives: %s", got)
	}
	if res.Site.Period != "2026-Q4" {
		t.Errorf("current period %q, want 2026-Q4", res.Site.Period)
	}
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Message, "written another way") {
			t.Errorf("unexpected: %s", d)
		}
	}
	expectOne(t, files, res, "stale", "content/objectives/a/year.md", "reviewed", `"Objective year" was last reviewed 67 days ago`)

	for i := range 3 {
		files.objective(fmt.Sprintf("more%d", i), "a", "2026-Q4", "reviewed = 2026-11-25")
	}
	res = checkRules(t, files, ruleToday)
	expectOne(t, files, res, "too-many-objectives", "content/teams/a.md", "title", "6 objectives in 2026-Q4, 2 of them of 2026 and H2 2026")
}

// A quarter that has ended and is still on the door (the next one's
// objectives are not written yet) is closed by a review on its last day or
// after it: such an objective is no longer stale, however long the door
// shows it; one not closed is told to close it, not to review it in the
// rhythm of a period that runs (QA, OKR coach: a graded quarter was told
// every 14 days, until February, to be reviewed again).
func TestAnEndedPeriodClosedByItsLastReviewIsNotStale(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("a", "").
		objective("graded", "a", "2026-Q4", "reviewed = 2027-01-08").
		objective("last-day", "a", "2026-Q4", "reviewed = 2026-12-31").
		objective("open", "a", "2026-Q4", "reviewed = 2026-12-20").
		objective("year", "a", "2026", "reviewed = 2027-01-05")
	res := checkRules(t, files, "2027-02-15")
	if res.Site.Period != "2026-Q4" {
		t.Fatalf("current period %q, want 2026-Q4, which no newer one has replaced", res.Site.Period)
	}
	expectOne(t, files, res, "stale", "content/objectives/a/open.md", "reviewed",
		`"Objective open" was last reviewed on 2026-12-20, before its period's last day (2026-12-31); close it: give its key results their final values and set reviewed`)
	for _, slug := range []string{"graded", "last-day", "year"} {
		if res.Site.Objective(slug).Stale() {
			t.Errorf("%s, reviewed after its period ended, is marked stale", slug)
		}
	}
}

// A team that writes the next quarter's objectives before it has closed the
// last one takes the last one off its door, but not off its list of what
// to do: within the closing window it is told to close it, as a team still
// grading it is; after the window, an old quarter is history (QA: on 5
// April the team that had written Q2 heard nothing of its Q1, last
// reviewed on 2 March).
func TestAQuarterTakenOffTheDoorByTheNextIsStillToldToBeClosed(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("a", "").
		objective("open", "a", "2027-Q1", "reviewed = 2027-03-02").
		objective("graded", "a", "2027-Q1", "reviewed = 2027-03-31").
		objective("next", "a", "2027-Q2", "reviewed = 2027-04-01").
		objective("old", "a", "2026-Q4", "reviewed = 2026-11-02")
	res := checkRules(t, files, "2027-04-05")
	if res.Site.Period != "2027-Q2" || res.Site.Objective("open").Current {
		t.Fatalf("current period %q, want 2027-Q2 with 2027-Q1 off the door", res.Site.Period)
	}
	expectOne(t, files, res, "stale", "content/objectives/a/open.md", "reviewed",
		`"Objective open" was last reviewed on 2027-03-02, before its period's last day (2027-03-31); close it: give its key results their final values and set reviewed`)
	for _, slug := range []string{"graded", "next", "old"} {
		if res.Site.Objective(slug).Stale() {
			t.Errorf("%s is marked stale", slug)
		}
	}
	if res := checkRules(t, files, "2027-05-05"); res.Site.Objective("open").Stale() {
		t.Errorf("a quarter ended 35 days ago is still to be closed")
	}
}

// fokus.toml's period set to the year, where objectives of its quarter run,
// leaves the quarter's off every door; that is said at the period, with
// the quarter to set, which shows the year's beside it. A year whose
// quarters have no objectives, or only ones ahead, is what it says (QA,
// OKR coach).
func TestAYearSetInFokusTomlAroundARunningQuarterIsWarnedThere(t *testing.T) {
	site := func(periods ...string) ruleFiles {
		files := ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\nperiod = \"2026\"\n"}.team("a", "")
		for _, p := range periods {
			files.objective("o-"+strings.ToLower(p), "a", p, "reviewed = 2026-11-25")
		}
		return files
	}
	res := checkRules(t, site("2026", "2026-Q4", "2026-Q3"), ruleToday)
	want := `fokus.toml:3:10: warning: period "2026" leaves the objectives of "2026-Q4", which runs within it, off the dashboard and the posters; set period = "2026-Q4", which shows those of "2026" beside them, or remove period to follow the objectives`
	if got := diags(res); !strings.Contains(got, want) {
		t.Errorf("a year around a running quarter:\n%s\nwant\n%s", got, want)
	}
	if len(res.Site.Current) != 1 || res.Site.Current[0].Period != "2026" {
		t.Errorf("the current objectives are not the year's alone, as fokus.toml says")
	}
	for _, periods := range [][]string{{"2026"}, {"2026", "2027-Q1"}} {
		if got := diags(checkRules(t, site(periods...), ruleToday)); strings.Contains(got, "leaves the objectives") {
			t.Errorf("%v: %s", periods, got)
		}
	}
	// A year, or a half-year, of which no objective is written is told
	// the same, not only that the dashboard shows none, where it shows
	// the year's.
	want = `fokus.toml:3:10: warning: period "2026" has no objectives, and leaves those of "2026-Q4", which runs within it, off the dashboard and the posters; set period = "2026-Q4", or remove period to follow the objectives`
	if got := diags(checkRules(t, site("2026-Q4", "2027"), ruleToday)); !strings.Contains(got, want) || strings.Contains(got, "show none") {
		t.Errorf("a year without objectives around a running quarter:\n%s\nwant\n%s", got, want)
	}
	files := site("2026", "2026-Q4")
	files["fokus.toml"] = strings.Replace(files["fokus.toml"], `"2026"`, `"2026-H2"`, 1)
	want = `fokus.toml:3:10: warning: period "2026-H2" has no objectives, and leaves those of "2026-Q4", which runs within it, off the dashboard and the posters; set period = "2026-Q4", which shows those of "2026" beside them, or remove period to follow the objectives`
	if got := diags(checkRules(t, files, ruleToday)); !strings.Contains(got, want) || strings.Contains(got, "show none") {
		t.Errorf("a half-year without objectives around a running quarter:\n%s\nwant\n%s", got, want)
	}
}

// fokus.toml's period set to a fiscal year, or a half of it, where
// objectives of its quarters are written, leaves the newest quarter's off
// every door, as a calendar year does its running quarter's: that is said
// at the period, with the quarter to set (QA: period = "FY27" showed the
// year's objectives alone, without a word). A fiscal year whose quarters
// have no objectives, or only an older year's, is what it says.
func TestAFiscalYearSetInFokusTomlAroundItsQuartersIsWarnedThere(t *testing.T) {
	site := func(period string, periods ...string) ruleFiles {
		files := ruleFiles{"fokus.toml": "title = \"Rules\"\nlanguage = \"en\"\nperiod = \"" + period + "\"\n"}.team("a", "")
		for i, p := range periods {
			files.objective(fmt.Sprintf("o-%d", i), "a", p, "reviewed = 2026-11-25")
		}
		return files
	}
	want := `fokus.toml:3:10: warning: period "FY27" leaves the objectives of "Q2 FY27", the newest within it, off the dashboard and the posters; set period = "Q2 FY27", which shows those of "FY27" beside them, or remove period to follow the objectives`
	if got := diags(checkRules(t, site("FY27", "FY27", "Q1 FY27", "Q2 FY27"), ruleToday)); !strings.Contains(got, want) {
		t.Errorf("a fiscal year around its quarters:\n%s\nwant\n%s", got, want)
	}
	want = `fokus.toml:3:10: warning: period "FY27 H1" has no objectives, and leaves those of "Q2 FY27", the newest within it, off the dashboard and the posters; set period = "Q2 FY27", which shows those of "FY27" beside them, or remove period to follow the objectives`
	if got := diags(checkRules(t, site("FY27 H1", "FY27", "Q2 FY27"), ruleToday)); !strings.Contains(got, want) || strings.Contains(got, "show none") {
		t.Errorf("a fiscal half-year without objectives around a quarter:\n%s\nwant\n%s", got, want)
	}
	for _, periods := range [][]string{{"FY27"}, {"FY27", "Q4 FY26"}, {"FY27", "2026-Q4"}} {
		if got := diags(checkRules(t, site("FY27", periods...), ruleToday)); strings.Contains(got, "leaves the objectives") {
			t.Errorf("%v: %s", periods, got)
		}
	}
}

// A team that plans in program increments, on a site whose other teams plan
// in quarters, has its newest increment on its door (numbers by their value:
// PI 26.10 after PI 26.9), reviewed and counted as a quarter's objectives
// are; a team with a quarter's objectives besides keeps to the quarters, and
// a period without its year ("Q4") is no increment (QA, OKR coach: the
// increment team's door was empty).
func TestATeamOfProgramIncrementsHasItsNewestOnTheDoor(t *testing.T) {
	files := ruleFiles{}.team("a", "").team("pi", "").team("both", "").team("typo", "").
		objective("quarter", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("no-year", "typo", "Q4", "reviewed = 2026-11-25").
		objective("pi-9", "pi", "PI 26.9", "reviewed = 2026-11-25").
		objective("pi-10", "pi", "PI 26.10", "reviewed = 2026-11-02").
		objective("both-q", "both", "2026-Q4", "reviewed = 2026-11-25").
		objective("both-pi", "both", "PI 25.1", "reviewed = 2026-11-25")
	for i := range 5 {
		files.objective(fmt.Sprintf("pi-10-%d", i), "pi", "PI 26.10", "reviewed = 2026-11-25")
	}
	res := checkRules(t, files, ruleToday)
	expectCurrent(t, res, "both-q pi-10 pi-10-0 pi-10-1 pi-10-2 pi-10-3 pi-10-4 quarter")
	if res.Site.Period != "2026-Q4" || len(res.Site.Team("pi").Objectives) != 6 {
		t.Errorf("period %q, the increment team's objectives %d", res.Site.Period, len(res.Site.Team("pi").Objectives))
	}
	expectOne(t, files, res, "stale", "content/objectives/pi/pi-10.md", "reviewed", `"Objective pi-10" was last reviewed 24 days ago`)
	expectOne(t, files, res, "too-many-objectives", "content/teams/pi.md", "title", "Team pi has 6 objectives in PI 26.10; focus")
}

// Two teams of program increments a step apart: each has its own newest
// increment on its door, and the increment that is one team's newest is
// the other's past, neither on its door nor reviewed nor counted (review:
// a team that had written PI 26.10 kept its PI 26.9 on the door, overdue,
// as long as another team's newest was PI 26.9).
func TestAnIncrementIsCurrentForTheTeamWhoseNewestItIsOnly(t *testing.T) {
	files := ruleFiles{}.team("a", "").team("ahead", "").team("behind", "").
		objective("quarter", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("ahead-9", "ahead", "PI 26.9", "").
		objective("ahead-10", "ahead", "PI 26.10", "reviewed = 2026-11-25").
		objective("behind-9", "behind", "PI 26.9", "reviewed = 2026-11-25")
	res := checkRules(t, files, ruleToday)
	expectCurrent(t, res, "ahead-10 behind-9 quarter")
	expectDoors(t, res, map[string]string{"a": "2026-Q4", "ahead": "PI 26.10", "behind": "PI 26.9"})
	if len(res.Site.Team("ahead").Objectives) != 1 {
		t.Errorf("team ahead has %d objectives on its door, want its PI 26.10's", len(res.Site.Team("ahead").Objectives))
	}
	if fs := found(res, "stale"); len(fs) != 0 {
		t.Errorf("stale: %v", res.Diagnostics)
	}
}

// A team that has moved from quarters to program increments keeps its
// past quarters' objectives, and has its newest increment on its door: only
// a quarter that is current, being closed or ahead keeps a team to the
// quarters (review: the door of a team that once planned in quarters
// stayed empty).
func TestATeamThatMovedFromQuartersToIncrementsHasItsIncrementOnTheDoor(t *testing.T) {
	files := ruleFiles{}.team("a", "").team("moved", "").team("drafting", "").
		objective("quarter", "a", "2026-Q4", "reviewed = 2026-11-25").
		objective("moved-q", "moved", "2026-Q2", "reviewed = 2026-06-30").
		objective("moved-pi", "moved", "PI 26.10", "reviewed = 2026-11-25").
		objective("drafting-q", "drafting", "2027-Q1", "").
		objective("drafting-pi", "drafting", "PI 26.10", "reviewed = 2026-11-25")
	res := checkRules(t, files, ruleToday)
	expectDoors(t, res, map[string]string{"moved": "PI 26.10", "drafting": "2026-Q4"})
	if o := res.Site.Objective("moved-pi"); !o.Current {
		t.Error("the moved team's increment is not on its door")
	}
	if o := res.Site.Objective("moved-q"); o.Current {
		t.Error("the moved team's past quarter is on its door")
	}
}

// The mirror of a team of increments on a site of quarters: on a site whose
// period is an increment, a team that plans in quarters has the quarter
// that runs on its door, with its year beside it, not an empty door
// (review).
func TestATeamOfQuartersOnASiteOfIncrementsHasItsQuarterOnTheDoor(t *testing.T) {
	files := ruleFiles{"fokus.toml": strings.Replace(ruleConfig, "2026-Q4", "PI 27.1", 1)}.team("pi", "").team("q", "").
		objective("increment", "pi", "PI 27.1", "reviewed = 2026-11-25").
		objective("old-quarter", "pi", "2025-Q4", "reviewed = 2025-12-31").
		objective("past", "q", "2026-Q3", "reviewed = 2026-09-30").
		objective("quarter", "q", "2026-Q4", "reviewed = 2026-11-25").
		objective("quarter-spelt", "q", "Q4 2026", "reviewed = 2026-11-25").
		objective("year", "q", "2026", "reviewed = 2026-11-25")
	res := checkRules(t, files, ruleToday)
	expectCurrent(t, res, "increment quarter quarter-spelt year")
	expectDoors(t, res, map[string]string{"pi": "PI 27.1", "q": "2026-Q4"})
	if !res.Site.IsCurrent("2026") { // its cards are tagged with their year
		t.Error("the year around team q's quarter is not current")
	}
	expectNone(t, res, "stale")
}

// A team that has written its objectives of the new year, or of its first
// half, but not yet of the new quarter, is still grading the last quarter
// too: the year's objectives are no quarter's, and its door keeps the
// last quarter beside them, not the new one, empty, as it had (QA).
func TestATeamClosingTheLastQuarterBesideTheNewYearKeepsItOnItsDoor(t *testing.T) {
	files := ruleFiles{"fokus.toml": strings.Replace(ruleConfig, "period = \"2026-Q4\"\n", "", 1)}.
		team("early", "").team("yearly", "").team("halved", "").
		objective("early-q1", "early", "2027-Q1", "reviewed = 2027-01-05").
		objective("yearly-q4", "yearly", "2026-Q4", "reviewed = 2026-12-31").
		objective("yearly-2027", "yearly", "2027", "reviewed = 2027-01-05").
		objective("halved-q4", "halved", "Q4 2026", "reviewed = 2026-12-31").
		objective("halved-h1", "halved", "2027-H1", "reviewed = 2027-01-05")
	res := checkRules(t, files, "2027-01-06")
	if res.Site.Period != "2027-Q1" {
		t.Fatalf("site period %q, want 2027-Q1", res.Site.Period)
	}
	expectDoors(t, res, map[string]string{"early": "2027-Q1", "yearly": "2026-Q4", "halved": "2026-Q4"})
	expectCurrent(t, res, "early-q1 halved-h1 halved-q4 yearly-2027 yearly-q4")
	// Once the last quarter is closed, the new one is on the door, beside the year.
	res = checkRules(t, files, "2027-02-10")
	if got := res.Site.TeamPeriod(res.Site.Team("yearly")); got != "2027-Q1" {
		t.Errorf("in February, team yearly's door shows %q, want 2027-Q1", got)
	}
	if o := res.Site.Objective("yearly-2027"); !o.Current {
		t.Error("in February, team yearly's objective of 2027 is not on its door")
	}
	// Its door's objectives are counted in its door's period, the quarter
	// it grades, with those of the years around it and after it.
	more := ruleFiles{"fokus.toml": files["fokus.toml"]}.team("early", "").team("yearly", "").
		objective("early-q1", "early", "2027-Q1", "reviewed = 2027-01-05").
		objective("yearly-q4", "yearly", "2026-Q4", "reviewed = 2026-12-31").
		objective("yearly-2026", "yearly", "2026", "reviewed = 2026-12-31")
	for i := range 4 {
		more.objective(fmt.Sprintf("yearly-2027-%d", i), "yearly", "2027", "reviewed = 2027-01-05")
	}
	res = checkRules(t, more, "2027-01-06")
	expectOne(t, more, res, "too-many-objectives", "content/teams/yearly.md", "title", "Team yearly has 6 objectives in 2026-Q4, 5 of them of 2026 and 2027; focus")
	// Alone on its site, whose current period is then the year, the team
	// keeps the last quarter beside it too.
	res = checkRules(t, ruleFiles{"fokus.toml": files["fokus.toml"]}.team("yearly", "").
		objective("yearly-q4", "yearly", "2026-Q4", "reviewed = 2026-12-31").
		objective("yearly-2027", "yearly", "2027", "reviewed = 2027-01-05"), "2027-01-06")
	if got := res.Site.TeamPeriod(res.Site.Team("yearly")); got != "2026-Q4" {
		t.Errorf("alone, team yearly's door shows %q, want 2026-Q4", got)
	}
	if len(res.Site.Current) != 2 {
		t.Errorf("alone, team yearly's door has %d objectives, want its quarter's and its year's", len(res.Site.Current))
	}
}

// In the first weeks of a quarter, a team still grading the last one keeps
// it on its door while another team has already written the new one's
// objectives: the current period follows the objectives, and the first
// team's made it every team's, emptying the other doors. A team whose
// last quarter is long over has the current one on its door, as before.
func TestATeamClosingTheLastQuarterKeepsItOnItsDoor(t *testing.T) {
	files := ruleFiles{"fokus.toml": strings.Replace(ruleConfig, "period = \"2026-Q4\"\n", "", 1)}.
		team("early", "").team("grading", "").team("idle", "").
		objective("early-q4", "early", "2026-Q4", "reviewed = 2026-12-31").
		objective("early-q1", "early", "2027-Q1", "reviewed = 2027-01-05").
		objective("grading-q4", "grading", "2026-Q4", "reviewed = 2026-12-31").
		objective("grading-year", "grading", "2026", "reviewed = 2026-12-31").
		objective("idle-q2", "idle", "2026-Q2", "reviewed = 2026-06-30")
	res := checkRules(t, files, "2027-01-06")
	if res.Site.Period != "2027-Q1" {
		t.Fatalf("site period %q, want 2027-Q1", res.Site.Period)
	}
	expectDoors(t, res, map[string]string{"early": "2027-Q1", "grading": "2026-Q4", "idle": "2027-Q1"})
	expectCurrent(t, res, "early-q1 grading-q4 grading-year")
	// A month later, the last quarter is closed, and every door shows the new one.
	res = checkRules(t, files, "2027-02-10")
	if got := res.Site.TeamPeriod(res.Site.Team("grading")); got != "2027-Q1" {
		t.Errorf("in February, team grading's door shows %q, want 2027-Q1", got)
	}
	// A period set in fokus.toml is every team's.
	res = checkRules(t, ruleFiles{"fokus.toml": strings.Replace(ruleConfig, "2026-Q4", "2027-Q1", 1)}.
		team("grading", "").objective("grading-q4", "grading", "2026-Q4", "reviewed = 2026-12-31"), "2027-01-06")
	if got := res.Site.TeamPeriod(res.Site.Team("grading")); got != "2027-Q1" {
		t.Errorf("with period = \"2027-Q1\" in fokus.toml, team grading's door shows %q", got)
	}
}

// A team of quarterly objectives beside a team of monthly ones has its
// quarter on its door, not the month that heads the site; a team of
// yearly objectives alone stays headed by the site's period, and a period
// set in fokus.toml is every team's (QA, OKR user: a quarterly team's
// poster said "Period 2027-02" over its 2027-Q1 objectives).
func TestATeamOfQuartersBesideATeamOfMonthsHasItsQuarterOnItsDoor(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("sales", "").team("marketing", "").team("board", "").
		objective("february", "sales", "2027-02", "reviewed = 2027-02-08").
		objective("quarter", "marketing", "Q1 2027", "reviewed = 2027-02-08").
		objective("quarter-too", "marketing", "2027-Q1", "reviewed = 2027-02-08").
		objective("year", "marketing", "2027", "reviewed = 2027-02-08").
		objective("board-year", "board", "2027", "reviewed = 2027-02-08")
	res := checkRules(t, files, "2027-02-10")
	if res.Site.Period != "2027-02" {
		t.Fatalf("current period %q, want 2027-02", res.Site.Period)
	}
	expectDoors(t, res, map[string]string{"sales": "2027-02", "marketing": "2027-Q1", "board": "2027-02"})
	if n := len(res.Site.Team("marketing").Objectives); n != 3 {
		t.Errorf("marketing has %d objectives on its door, want its quarter's and its year's", n)
	}
	files["fokus.toml"] += "period = \"2027-02\"\n"
	res = checkRules(t, files, "2027-02-10")
	if got := res.Site.TeamPeriod(res.Site.Team("marketing")); got != "2027-02" {
		t.Errorf("with period set in fokus.toml, marketing's door shows %q", got)
	}
}

// The only team of monthly objectives beside teams of quarters keeps the
// month it still grades on its door in the month's closing window, and
// then has the month that runs there, with its quarter's objectives beside
// it, not the quarter, as if it had quarterly objectives to write (QA: its
// door was headed by 2027-Q1, empty), also beside a draft of a later month,
// and however many months late it is, as a team of quarters late by two
// has the quarter that runs (QA: two months late, it had the quarter). A
// period set in fokus.toml is every team's.
func TestTheOnlyTeamOfMonthsLateWithTheNewMonthHasAMonthOnItsDoor(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("sales", "").team("marketing", "").team("old", "").
		objective("december", "sales", "2026-12", "reviewed = 2026-12-31").
		objective("january", "sales", "2027-01", "reviewed = 2027-01-31").
		objective("april", "sales", "2027-04", "").
		objective("sales-quarter", "sales", "2027-Q1", "reviewed = 2027-02-10").
		objective("quarter", "marketing", "2027-Q1", "reviewed = 2027-02-10").
		objective("november", "old", "2026-11", "reviewed = 2026-11-30")
	for _, c := range []struct{ today, sales, old string }{
		{"2027-02-05", "2027-01", "2027-01"}, // closing January, the site's period while it is closed
		{"2027-02-11", "2027-02", "2027-02"}, // past closing it, February's to write
		{"2027-03-11", "2027-03", "2027-03"}, // two months late, March's to write
	} {
		res := checkRules(t, files, c.today)
		expectDoors(t, res, map[string]string{"sales": c.sales, "marketing": "2027-Q1", "old": c.old})
		if c.today != "2027-02-05" {
			expectCurrent(t, res, "quarter sales-quarter")
		}
	}
	files["fokus.toml"] += "period = \"2027-Q1\"\n"
	res := checkRules(t, files, "2027-02-11")
	expectDoors(t, res, map[string]string{"sales": "2027-Q1"})
}

// A team of months two months late, that has not written the month
// before last's objectives, beside a team that has written the new
// quarter's, has the month that runs on its door, to write, as a team of
// quarters as late has the quarter that runs, not the site's quarter,
// empty, as if it had quarterly objectives to write (QA). One that wrote a
// quarter's objectives after its last month's plans by the quarter now.
func TestATeamOfMonthsTwoMonthsLateHasTheMonthThatRunsOnItsDoor(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("sales", "").team("marketing", "").team("moved", "").
		objective("january", "sales", "2027-01", "reviewed = 2027-01-31").
		objective("february", "sales", "2027-02", "reviewed = 2027-02-28").
		objective("marketing-q1", "marketing", "2027-Q1", "reviewed = 2027-03-31").
		objective("marketing-q2", "marketing", "2027-Q2", "reviewed = 2027-04-05").
		objective("moved-february", "moved", "2027-02", "reviewed = 2027-02-28").
		objective("moved-q2", "moved", "2027-Q2", "reviewed = 2027-04-05")
	res := checkRules(t, files, "2027-04-10")
	if res.Site.Period != "2027-Q2" {
		t.Fatalf("site period %q, want 2027-Q2", res.Site.Period)
	}
	expectDoors(t, res, map[string]string{"sales": "2027-04", "marketing": "2027-Q2", "moved": "2027-Q2"})
	expectCurrent(t, res, "marketing-q2 moved-q2")
}

// A month over a year ago says nothing of how a team plans now: a team that
// wrote one in its first year and only the year's objectives since has the
// site's quarter on its door, with the year's beside it, not the month that
// runs, empty (review). A team of months late by most of a year keeps it.
func TestAMonthOverAYearAgoMakesNoTeamOfMonths(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("marketing", "").team("old", "").team("late", "").
		objective("marketing-q4", "marketing", "2026-Q4", "reviewed = 2026-11-05").
		objective("old-march", "old", "2025-03", "reviewed = 2025-03-31").
		objective("old-year", "old", "2026", "reviewed = 2026-11-05").
		objective("late-january", "late", "2026-01", "reviewed = 2026-01-31")
	res := checkRules(t, files, "2026-11-10")
	expectDoors(t, res, map[string]string{"marketing": "2026-Q4", "old": "2026-Q4", "late": "2026-11"})
}

// A team of months with objectives of the year or half-year that has just
// ended keeps its last month on its door while it closes it, and then has
// the month that runs there, to write, not the year or half-year it is
// still in the closing window of, as if it had yearly objectives to write
// (QA: on 15 January its door showed "2026", and fokus new wrote an
// objective of "2027"). A team of quarters closes its quarter beside it.
func TestATeamOfMonthsPastClosingItsLastMonthIsNotClosingItsYear(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("sales", "").team("field", "").team("marketing", "").
		objective("december", "sales", "2026-12", "reviewed = 2026-12-31").
		objective("sales-year", "sales", "2026", "reviewed = 2026-12-31").
		objective("field-december", "field", "2026-12", "reviewed = 2026-12-31").
		objective("field-half", "field", "2026-H2", "reviewed = 2026-12-31").
		objective("marketing-q4", "marketing", "2026-Q4", "reviewed = 2026-12-31").
		objective("marketing-year", "marketing", "2026", "reviewed = 2026-12-31").
		objective("marketing-q1", "marketing", "2027-Q1", "reviewed = 2027-01-10")
	for _, c := range []struct{ today, month string }{
		{"2027-01-05", "2026-12"}, // closing December, the year beside it
		{"2027-01-15", "2027-01"}, // past closing it, January's to write
	} {
		res := checkRules(t, files, c.today)
		expectDoors(t, res, map[string]string{"sales": c.month, "field": c.month, "marketing": "2027-Q1"})
	}
}

// A team of months that wrote the new quarter's objectives, and none of
// its first month, plans by the quarter now: past closing its last month
// it has the quarter on its door, not the month that runs, empty (review).
// Its objectives of the year are no such sign.
func TestATeamOfMonthsThatWroteTheNewQuartersHasTheQuarterOnItsDoor(t *testing.T) {
	files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("sales", "").team("marketing", "").team("yearly", "").
		objective("december", "sales", "2026-12", "reviewed = 2026-12-31").
		objective("sales-quarter", "sales", "2027-Q1", "reviewed = 2027-01-10").
		objective("quarter", "marketing", "2027-Q1", "reviewed = 2027-01-10").
		objective("yearly-december", "yearly", "2026-12", "reviewed = 2026-12-31").
		objective("yearly-year", "yearly", "2027", "reviewed = 2027-01-10")
	res := checkRules(t, files, "2027-01-15")
	expectDoors(t, res, map[string]string{"sales": "2027-Q1", "marketing": "2027-Q1", "yearly": "2027-01"})
}

// An objective whose period is missing or no string has that error at its
// file, and no reminder beside it to review it in a rhythm counted from no
// day (QA: "never reviewed (review every 14 days)" under the error).
func TestAnObjectiveWithoutAPeriodIsNotAlsoStale(t *testing.T) {
	for name, period := range map[string]string{"missing": "", "a date": "period = 2026-10-01\n"} {
		files := ruleFiles{"fokus.toml": "language = \"en\"\n"}.team("a", "")
		files["content/objectives/a/grow.md"] = "+++\ntitle = \"Grow\"\nteam = \"a\"\n" + period + "[[key_results]]\ntitle = \"Deals\"\nstart = 0\ntarget = 10\n+++\n"
		res, err := generator.Check(ruleOptions(t, files, ruleToday))
		if err != nil {
			t.Fatal(err)
		}
		if !res.Failed() {
			t.Errorf("%s: no error for the period", name)
		}
		if got := diags(res); strings.Contains(got, "stale") {
			t.Errorf("%s:\n%s", name, got)
		}
	}
}
