package site

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"fokus/generator/content"
	"fokus/generator/diag"
)

func cfg(model string) *content.Config {
	c := content.DefaultConfig()
	c.ScoringModel = model
	c.Period = "2026-Q4"
	return c
}

func ideaWith(slug, status string, score map[string]float64, teams ...string) *content.Idea {
	i := &content.Idea{Doc: content.Doc{Path: "content/ideas/" + slug + ".md", Slug: slug}, Title: slug,
		Submitted: content.Day(2026, 1, 1), Status: status, Score: score, Teams: teams}
	switch status {
	case "accepted", "rejected", "parked", "dropped":
		i.Decision = &content.Decision{Date: content.Day(2026, 2, 1), By: "b", Rationale: "r"}
	}
	return i
}

func wsjf(v, tc, rr, size float64) map[string]float64 {
	return map[string]float64{"value": v, "time_criticality": tc, "risk_reduction": rr, "job_size": size}
}

func errs(list diag.List) string {
	var out []string
	for _, d := range list {
		if d.Severity == diag.Error {
			out = append(out, d.String())
		}
	}
	return strings.Join(out, "\n")
}

func TestScoringModelsComputeTheirFormula(t *testing.T) {
	for _, c := range []struct {
		model  string
		inputs map[string]float64
		value  float64
		worked string
		size   float64
	}{
		{"wsjf", wsjf(8, 5, 3, 4), 4, "(8 + 5 + 3) / 4", 4},
		{"wsjf", wsjf(0, 0, 0, 0.5), 0, "(0 + 0 + 0) / 0.5", 0.5},
		{"rice", map[string]float64{"reach": 500, "impact": 2, "confidence": 80, "effort": 4}, 200, "500 × 2 × 80/100 / 4", 4},
		{"ice", map[string]float64{"impact": 8, "confidence": 5, "ease": 10}, 400, "8 × 5 × 10", 0},
	} {
		var diags diag.List
		s := score(ideaWith("x", "proposed", c.inputs), c.model, &diags)
		if len(diags) > 0 || s == nil {
			t.Fatalf("%s %v: %v", c.model, c.inputs, diags)
		}
		if s.Value != c.value || s.Worked() != c.worked || s.Size != c.size || s.Formula != Formula(c.model) {
			t.Errorf("%s: got %v %q size %v, want %v %q size %v", c.model, s.Value, s.Worked(), s.Size, c.value, c.worked, c.size)
		}
	}
}

func TestScoreBoundaries(t *testing.T) {
	for _, c := range []struct {
		model  string
		inputs map[string]float64
		ok     bool
	}{
		{"rice", map[string]float64{"reach": 0, "impact": 0, "confidence": 0, "effort": 1}, true},
		{"rice", map[string]float64{"reach": 1, "impact": 1, "confidence": 100, "effort": 1}, true},
		{"rice", map[string]float64{"reach": 1, "impact": 1, "confidence": 100.5, "effort": 1}, false},
		{"rice", map[string]float64{"reach": 1, "impact": 1, "confidence": 50, "effort": -1}, false},
		{"ice", map[string]float64{"impact": 1, "confidence": 10, "ease": 1}, true},
		{"ice", map[string]float64{"impact": 0.5, "confidence": 10, "ease": 1}, false},
		{"wsjf", wsjf(0, 0, 0, -2), false},
		{"wsjf", wsjf(1, -0.1, 0, 2), false},
	} {
		var diags diag.List
		s := score(ideaWith("x", "proposed", c.inputs), c.model, &diags)
		if (s != nil) != c.ok || diags.HasErrors() == c.ok {
			t.Errorf("%s %v: score %v, diagnostics %v; want ok=%t", c.model, c.inputs, s, diags, c.ok)
		}
	}
}

func TestOpenIdeasAreRankedByScoreThenAge(t *testing.T) {
	older := ideaWith("b-older", "proposed", wsjf(1, 1, 0, 1))
	older.Submitted = content.Day(2025, 1, 1)
	set := &content.Set{Config: cfg("wsjf"), Ideas: []*content.Idea{
		ideaWith("a-tie", "proposed", wsjf(1, 1, 0, 1)),
		older,
		ideaWith("c-best", "in-progress", wsjf(9, 0, 0, 1)),
		ideaWith("d-closed", "rejected", wsjf(99, 0, 0, 1)),
		ideaWith("e-unscored", "proposed", nil),
		ideaWith("f-accepted", "accepted", wsjf(3, 0, 0, 1)),
	}}
	s, diags := Build(set, content.Day(2026, 11, 26))
	if e := errs(diags); e != "" {
		t.Fatal(e)
	}
	var got []string
	for _, i := range s.Ranked {
		got = append(got, i.Slug)
	}
	if strings.Join(got, " ") != "c-best f-accepted b-older a-tie" {
		t.Errorf("ranked = %v", got)
	}
	if s.Idea("c-best").Rank != 1 || s.Idea("d-closed").Rank != 0 || s.Idea("e-unscored").Rank != 0 {
		t.Error("ranks of unranked ideas must be 0")
	}
	if len(s.Unassessed) != 1 || len(s.Closed) != 1 || len(s.Decisions) != 2 {
		t.Errorf("unassessed %d, closed %d, decisions %d", len(s.Unassessed), len(s.Closed), len(s.Decisions))
	}
}

// 0.1 + 0.2 is 0.30000000000000004 in float arithmetic: it must tie with
// 0.3, as the page shows both as 0.3, so the older idea comes first (QA).
func TestScoresEqualOnThePageTieByAge(t *testing.T) {
	older := ideaWith("b-older", "proposed", wsjf(0.3, 0, 0, 1))
	older.Submitted = content.Day(2025, 1, 1)
	set := &content.Set{Config: cfg("wsjf"), Ideas: []*content.Idea{ideaWith("a-newer", "proposed", wsjf(0.1, 0.2, 0, 1)), older}}
	s, diags := Build(set, content.Day(2026, 11, 26))
	if e := errs(diags); e != "" {
		t.Fatal(e)
	}
	if s.Ranked[0].Slug != "b-older" || s.Idea("a-newer").Score.Value != 0.3 {
		t.Errorf("ranked %s first, scores %v and %v", s.Ranked[0].Slug, s.Ranked[0].Score.Value, s.Ranked[1].Score.Value)
	}
	rice := cfg("rice")
	set = &content.Set{Config: rice, Ideas: []*content.Idea{
		ideaWith("a-newer", "proposed", map[string]float64{"reach": 0.1, "impact": 3, "confidence": 100, "effort": 0.3}),
		ideaWith("b-older", "proposed", map[string]float64{"reach": 1, "impact": 1, "confidence": 100, "effort": 1}),
	}}
	set.Ideas[1].Submitted = content.Day(2025, 1, 1)
	if s, _ = Build(set, content.Day(2026, 11, 26)); s.Ranked[0].Slug != "b-older" {
		t.Errorf("rice: ranked %s first, scores %v and %v", s.Ranked[0].Slug, s.Ranked[0].Score.Value, s.Ranked[1].Score.Value)
	}
}

// The priority matrix's benefit is what the score divides by effort: an
// idea of 0 % confidence has none, and is no quick win (QA).
func TestRiceBenefitCountsConfidence(t *testing.T) {
	var diags diag.List
	s := score(ideaWith("x", "proposed", map[string]float64{"reach": 1000, "impact": 3, "confidence": 50, "effort": 2}), "rice", &diags)
	if s == nil || s.Y != 1500 || s.Value != 750 || s.X != 2 {
		t.Errorf("rice score %+v, want benefit 1500, value 750, effort 2", s)
	}
}

// A divisor too close to 0 is named, not called too large (QA: 1e-320).
func TestATinyDivisorIsNamed(t *testing.T) {
	var diags diag.List
	idea := ideaWith("x", "proposed", wsjf(1, 0, 0, 1e-320))
	if s := score(idea, "wsjf", &diags); s != nil || len(diags) != 1 || !strings.Contains(diags[0].Message, "score.job_size = 1e-320 is too close to 0 to divide by") {
		t.Errorf("score %v, diagnostics %v", s, diags)
	}
	// One that leaves a finite score of 1e300 too (QA: it was accepted).
	diags = nil
	idea = ideaWith("x", "proposed", wsjf(1, 0, 0, 1e-300))
	if s := score(idea, "wsjf", &diags); s != nil || len(diags) != 1 || !strings.Contains(diags[0].Message, "score.job_size = 1e-300 is too close to 0 to divide by") {
		t.Errorf("score %v, diagnostics %v", s, diags)
	}
}

func TestKeyResultProgress(t *testing.T) {
	for _, c := range []struct {
		name string
		kr   content.KeyResult
		want float64
	}{
		{"rising", content.KeyResult{Start: 0, Target: 40, Current: 10}, 0.25},
		{"falling", content.KeyResult{Start: 100, Target: 20, Current: 40}, 0.75},
		{"beyond target", content.KeyResult{Start: 100, Target: 20, Current: 0}, 1},
		{"worse than start", content.KeyResult{Start: 0, Target: 10, Current: -5}, 0},
		{"yes", content.KeyResult{YesNo: true, Done: true, Current: 1}, 1},
		{"no", content.KeyResult{YesNo: true}, 0},
		{"decimals", content.KeyResult{Start: 0.1, Target: 0.5, Current: 0.3}, 0.5},
	} {
		if got := keyResult(c.kr).Progress; got != c.want && (c.name == "decimals" || math.Abs(got-c.want) > 1e-9) {
			t.Errorf("%s: progress %v, want %v", c.name, got, c.want)
		}
	}
	kr := keyResult(content.KeyResult{Start: 0, Target: 10, Current: 6, Checkins: []content.Checkin{
		{Date: content.Day(2026, 11, 1), Value: 6}, {Date: content.Day(2026, 10, 1), Value: 2}}})
	if len(kr.History) != 2 || kr.History[0].Value != 2 || kr.History[1].Progress != 0.6 {
		t.Errorf("history must be oldest first with progress: %+v", kr.History)
	}
	day := content.Day(2027, 2, 3)
	kr = keyResult(content.KeyResult{Start: 0, Target: 100, Checkins: []content.Checkin{
		{Date: day, At: day.Add(18 * time.Hour), Value: 80}, {Date: day, At: day.Add(9 * time.Hour), Value: 30}}})
	if len(kr.History) != 2 || kr.History[0].Value != 30 || kr.History[1].Value != 80 {
		t.Errorf("check-ins of one day must be in the order of their times: %+v", kr.History)
	}
}

func TestObjectiveProgressIsTheMeanOfItsResults(t *testing.T) {
	team := &content.Team{Doc: content.Doc{Slug: "t"}, Title: "T"}
	o := &content.Objective{Doc: content.Doc{Slug: "o"}, Title: "O", Team: "t", Period: "2026-Q4", KeyResults: []content.KeyResult{
		{Start: 0, Target: 10, Current: 5}, {YesNo: true, Done: true, Current: 1}, {Start: 10, Target: 0, Current: 10}}}
	s, diags := Build(&content.Set{Config: cfg("wsjf"), Teams: []*content.Team{team}, Objectives: []*content.Objective{o}}, content.Day(2026, 11, 26))
	if e := errs(diags); e != "" {
		t.Fatal(e)
	}
	if got := s.Objective("o").Progress; math.Abs(got-0.5) > 1e-9 {
		t.Errorf("progress %v, want 0.5", got)
	}
	if len(s.Current) != 1 || len(s.Team("t").Objectives) != 1 {
		t.Error("objective of the current period is not listed with its team")
	}
}

func TestCommittedIdeasShareTheirSizeAmongTheirTeams(t *testing.T) {
	teams := []*content.Team{{Doc: content.Doc{Slug: "a"}, Title: "A"}, {Doc: content.Doc{Slug: "b"}, Title: "B"}}
	set := &content.Set{Config: cfg("wsjf"), Teams: teams, Ideas: []*content.Idea{
		ideaWith("shared", "accepted", wsjf(1, 1, 1, 6), "a", "b"),
		ideaWith("mine", "in-progress", wsjf(1, 1, 1, 2), "a"),
		ideaWith("proposed", "proposed", wsjf(1, 1, 1, 50), "a"),
		ideaWith("done", "done", wsjf(1, 1, 1, 50), "a"),
	}}
	s, _ := Build(set, content.Day(2026, 11, 26))
	if a, b := s.Team("a").Load, s.Team("b").Load; a != 5 || b != 3 {
		t.Errorf("load a = %v, b = %v; want 5 and 3", a, b)
	}
	if parts := s.Team("a").LoadParts; len(parts) != 2 || parts[0].Idea.Slug != "shared" || parts[0].Points != 3 {
		t.Errorf("load parts of a: %+v", parts)
	}
}

// Loads are sums of floats: 0.1 + 0.2 + 0.3 points are 0.6, not
// 0.6000000000000001, in index.json as on the pages (QA).
func TestLoadsCarryNoFloatNoise(t *testing.T) {
	teams := []*content.Team{{Doc: content.Doc{Slug: "a"}, Title: "A"}}
	set := &content.Set{Config: cfg("wsjf"), Teams: teams, Ideas: []*content.Idea{
		ideaWith("x", "accepted", wsjf(1, 0, 0, 0.1), "a"),
		ideaWith("y", "accepted", wsjf(1, 0, 0, 0.2), "a"),
		ideaWith("z", "accepted", wsjf(1, 0, 0, 0.3), "a"),
	}}
	s, _ := Build(set, content.Day(2026, 11, 26))
	if got := s.Team("a").Load; got != 0.6 {
		t.Errorf("load = %v, want 0.6", got)
	}
	// Shares of an idea among teams are added before they are rounded:
	// three ideas of 10 shared by six teams are 5 points each (QA:
	// 5.00000000001, over a capacity of 5 for a script).
	var six []*content.Team
	var refs []string
	for _, slug := range []string{"a", "b", "c", "d", "e", "f"} {
		six = append(six, &content.Team{Doc: content.Doc{Slug: slug}, Title: strings.ToUpper(slug)})
		refs = append(refs, slug)
	}
	set = &content.Set{Config: cfg("wsjf"), Teams: six, Ideas: []*content.Idea{
		ideaWith("x", "accepted", wsjf(1, 0, 0, 10), refs...),
		ideaWith("y", "accepted", wsjf(1, 0, 0, 10), refs...),
		ideaWith("z", "accepted", wsjf(1, 0, 0, 10), refs...),
	}}
	s, _ = Build(set, content.Day(2026, 11, 26))
	for _, team := range s.Teams {
		if team.Load != 5 {
			t.Errorf("team %s: load %v, want 5", team.Slug, team.Load)
		}
	}
}

func TestBuildIsIndependentOfTheOrderOfFiles(t *testing.T) {
	mk := func() []*content.Idea {
		return []*content.Idea{ideaWith("a", "proposed", wsjf(1, 0, 0, 1)), ideaWith("b", "proposed", wsjf(1, 0, 0, 1)), ideaWith("c", "proposed", nil)}
	}
	fwd := mk()
	rev := mk()
	rev[0], rev[2] = rev[2], rev[0]
	s1, _ := Build(&content.Set{Config: cfg("wsjf"), Ideas: fwd}, content.Day(2026, 11, 26))
	s2, _ := Build(&content.Set{Config: cfg("wsjf"), Ideas: rev}, content.Day(2026, 11, 26))
	for i := range s1.Ranked {
		if s1.Ranked[i].Slug != s2.Ranked[i].Slug {
			t.Fatalf("ranking depends on file order")
		}
	}
}

func TestPeriodsAreOrderedByTimeWhateverTheirSpelling(t *testing.T) {
	newestFirst := [][]string{
		{"2027-Q1", "2026-Q4", "2026-Q3"},
		{"Q1 2027", "Q4 2026", "Q2 2026"},
		{"H1 2027", "H2 2026"},
		{"PI 27.1", "PI 26.4", "PI 26.3"},
		{"2027", "2026-12"},
		// By their last month, whatever kind (QA: 03 sorted as Q3, H2 as Q2),
		// a period before the shorter ones within it, newest first.
		{"2027-H2", "2027-T3", "2027-Q4", "2027-12", "2027-Q3", "2027-Q2", "2027-03"},
		// A year before its quarters, not between its Q2 and Q1 (the
		// archive of the objectives page split a year's quarters).
		{"2026", "2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1", "2025", "2025-Q4"},
		{"H1 2026", "Q2 2026", "Q1 2026", "H2 2025"},
		// Names without dates after the dated periods of their year, in
		// their own order (review: "2027-Q3 Sprint 1" fell between Q2 and Q1).
		{"2027-Q3 Sprint 2", "2027-Q3 Sprint 1", "2027-Q3", "2027-Q2", "2027-Q1", "PI 26.4"},
		// A fiscal year by the year it ends in, before the dated periods
		// of that year as a name without dates, not among the names of no
		// year (QA: FY27 came after PI 26.4).
		{"FY27", "FY 2026/27", "2027-Q1", "GJ 2026", "FY26", "2026", "2026-Q4", "PI 26.4"},
		// Its quarters and halves, however written, by their last month
		// in it, before it, as a calendar year's (review: "Q4 FY26", read
		// as a name of no year, came after "Q1 FY27").
		{"FY27", "FY27 H2", "Q4 FY27", "FY2027-Q3", "FY27 H1", "Q2/FY27", "FY27Q1", "2027 Sprint 1", "2027-Q1", "FY 2025/26", "Q4 FY26", "PI 27.1"},
	}
	for _, want := range newestFirst {
		got := slices.Clone(want)
		slices.Reverse(got)
		slices.SortFunc(got, func(a, b string) int { return comparePeriods(b, a) })
		if !slices.Equal(got, want) {
			t.Errorf("sorted %v, want %v", got, want)
		}
	}
}

// A period that is over gives way to the one of its kind that runs.
func TestTheRunningPeriodFollowsOneThatIsOver(t *testing.T) {
	jan := content.Day(2027, time.January, 12)
	for name, want := range map[string]string{
		"2026-Q4": "2027-Q1", "Q4 2026": "2027-Q1", "2026-H2": "2027-H1", "2026-T3": "2027-T1", "2026": "2027", "2026-11": "2027-01",
		"2027-Q1": "2027-Q1", "2027-Q2": "2027-Q2", "Q1/2027": "Q1/2027", "PI 27.1": "PI 27.1", "2026-Q5": "2026-Q5",
	} {
		if got := RunningPeriod(name, jan); got != want {
			t.Errorf("RunningPeriod(%q, 2027-01-12) = %q, want %q", name, got, want)
		}
	}
}

func TestPeriodNamesGiveTheirDates(t *testing.T) {
	for _, c := range []struct {
		name, start, end string // end "": no dates
	}{
		{"2026", "2026-01-01", "2027-01-01"},
		{"2026-Q4", "2026-10-01", "2027-01-01"},
		{"2026q1", "2026-01-01", "2026-04-01"},
		{"Q4 2026", "2026-10-01", "2027-01-01"},
		{"Q2/2026", "2026-04-01", "2026-07-01"},
		{"2026 Q3", "2026-07-01", "2026-10-01"},
		{"2026-H2", "2026-07-01", "2027-01-01"},
		{"H1 2027", "2027-01-01", "2027-07-01"},
		{"2026-T3", "2026-09-01", "2027-01-01"},
		{"2026-T1", "2026-01-01", "2026-05-01"},
		{"2026-11", "2026-11-01", "2026-12-01"},
		{" 2026-12 ", "2026-12-01", "2027-01-01"},
		{"2026-Q5", "", ""},
		{"2026-H3", "", ""},
		{"2026-T4", "", ""},
		{"2026-Q0", "", ""},
		{"2026-13", "", ""},
		{"PI 27.1", "", ""},
		{"Sprint 12", "", ""},
		{"", "", ""},
	} {
		sp, ok := periodSpan(c.name)
		if ok != (c.end != "") {
			t.Errorf("%q: dates %t, want %t", c.name, ok, c.end != "")
			continue
		}
		if ok && (day(sp.start) != c.start || day(sp.end) != c.end) {
			t.Errorf("%q: %s … %s, want %s … %s", c.name, day(sp.start), day(sp.end), c.start, c.end)
		}
	}
}

// Two names are one period when they write the same dates, or the same
// part of the same fiscal year, in any order and spacing; a fiscal year
// named by the two years it spans is not one named by one of them, which
// some companies count from the year it begins in.
func TestSpellingsOfOnePeriodAreTheSamePeriod(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"2026-Q4", "Q4 2026", true},
		{"Q1 FY27", "FY27 Q1", true},
		{"Q1 FY27", "FY27-Q1", true},
		{"Q1 FY27", "FY 27 Q1", true},
		{"Q1 FY27", "Q1 FY2027", true},
		{"H1 FY27", "FY27 H1", true},
		{"FY27", "FY 2027", true},
		{"FY27", "FY-27", true},
		{"FY27", "FY-2027", true},
		{"FY27", "fy27", true},
		{"Q1 FY27", "Q1-FY-27", true},
		{"Q1 FY27", "FY-27-Q1", true},
		{"FY 2026/27", "FY 26/27", true},
		{"FY27 Q1", "FY27 Q2", false},
		{"FY27 Q1", "FY26 Q1", false},
		{"FY27 Q1", "FY27 H1", false},
		{"FY27", "FY 2026/27", false},
		{"Q1 FY27", "2027-Q1", false},
		{"PI 27.1", "PI 27.2", false},
	} {
		if got := SamePeriod(c.a, c.b); got != c.same {
			t.Errorf("SamePeriod(%q, %q) = %t, want %t", c.a, c.b, got, c.same)
		}
	}
}

// A fiscal year holds its halves and quarters, and a half its quarters,
// by their names, as a calendar year holds its own by their dates; not
// another year's, nor a calendar period, nor itself.
func TestAFiscalYearHoldsItsParts(t *testing.T) {
	for _, c := range []struct {
		outer, inner string
		holds        bool
	}{
		{"FY27", "Q1 FY27", true},
		{"FY27", "FY27 H2", true},
		{"FY 2027", "FY27-Q4", true},
		{"FY27 H1", "Q2 FY27", true},
		{"H2 FY27", "FY27 Q3", true},
		{"FY 2026/27", "Q1 FY 26/27", true},
		{"FY27 H1", "Q3 FY27", false},
		{"FY27", "Q1 FY26", false},
		{"FY27", "FY27", false},
		{"Q1 FY27", "FY27", false},
		{"FY27", "Q1 FY 2026/27", false},
		{"FY27", "2027-Q1", false},
		{"2027", "2027-Q1", true},
	} {
		if got := encloses(c.outer, c.inner); got != c.holds {
			t.Errorf("encloses(%q, %q) = %t, want %t", c.outer, c.inner, got, c.holds)
		}
	}
}

func TestTheDefaultPeriodIsTheOneRunningToday(t *testing.T) {
	today := content.Day(2026, 11, 26)
	for _, c := range []struct {
		periods []string // with objectives
		want    string
	}{
		{[]string{"2027-Q1", "2026-Q4", "2026-Q3"}, "2026-Q4"}, // next quarter drafted already
		{[]string{"2027-Q1", "2026-Q3"}, "2026-Q3"},            // none runs: the one that ended last
		{[]string{"2027-Q2", "2027-Q1"}, "2027-Q1"},            // all ahead: the one that begins first
		{[]string{"2027", "2027-Q2", "2027-Q1"}, "2027-Q1"},    // ... and of two beginning on one day, the shorter
		{[]string{"PI 28.1", "2027-Q2"}, "2027-Q2"},            // ... and a date beats a name without one
		{[]string{"PI 27.1", "PI 26.4"}, "PI 27.1"},            // no dates: the newest
		{[]string{"PI 27.1", "2026-Q4"}, "2026-Q4"},            // the one whose dates are known
		{[]string{"2027", "2026-H2", "2026"}, "2026-H2"},       // of those running, the one that started last
		{[]string{"2026-11", "2026-Q4", "2026"}, "2026-11"},    // the month within its quarter
		{[]string{"2026-Q3", "2026", "2025"}, "2026"},          // running beats ended
		{[]string{"2027-H1", "2026-T3", "2026-Q2"}, "2026-T3"}, // tertials are dates too
		{[]string{"2026-H1", "2026-Q2", "2025-H2"}, "2026-Q2"}, // two ended on one day: the later start
		{[]string{"Q1 2027", "Q4 2026", "Q3 2026"}, "Q4 2026"}, // the year after the quarter
		{nil, ""},
	} {
		if got := currentPeriod(c.periods, today); got != c.want {
			t.Errorf("%v: %q, want %q", c.periods, got, c.want)
		}
	}
	// A quarter in its first weeks after it ended is graded while the
	// next one's objectives are written: it stays on the door, not the year
	// that runs around it (QA: the year's objectives alone on April 3).
	for _, c := range []struct {
		periods []string
		today   time.Time
		want    string
	}{
		{[]string{"2027", "2027-Q1"}, content.Day(2027, 4, 3), "2027-Q1"},
		{[]string{"2027-H1", "2027-Q1"}, content.Day(2027, 4, 3), "2027-Q1"},
		{[]string{"2027-Q2", "2027", "2027-Q1"}, content.Day(2027, 4, 3), "2027-Q2"}, // once the next one is written
		{[]string{"2027", "2027-Q1"}, content.Day(2027, 4, 30), "2027-Q1"},
		{[]string{"2027", "2027-Q1"}, content.Day(2027, 5, 1), "2027"},        // 30 days on, the quarter is closed
		{[]string{"2027", "2026-Q4"}, content.Day(2027, 1, 3), "2027"},        // last year's quarter is no part of this year
		{[]string{"2027-Q1", "2027-01"}, content.Day(2027, 2, 11), "2027-Q1"}, // a month is closed in a third of it
		{[]string{"2027-Q1", "2027-01"}, content.Day(2027, 2, 10), "2027-01"},
	} {
		if got := currentPeriod(c.periods, c.today); got != c.want {
			t.Errorf("%v on %s: %q, want %q", c.periods, day(c.today), got, c.want)
		}
	}
	// On the first and the last day of a quarter it is that quarter.
	for _, d := range []time.Time{content.Day(2026, 10, 1), content.Day(2026, 12, 31)} {
		if got := currentPeriod([]string{"2027-Q1", "2026-Q4", "2026-Q3"}, d); got != "2026-Q4" {
			t.Errorf("on %s: %q, want 2026-Q4", day(d), got)
		}
	}
}

// A period set in fokus.toml is the current one, whatever today is.
func TestAPeriodSetInTheConfigWins(t *testing.T) {
	obj := func(slug, period string) *content.Objective {
		return &content.Objective{Doc: content.Doc{Slug: slug}, Title: slug, Team: "t", Period: period,
			KeyResults: []content.KeyResult{{Start: 0, Target: 1}}}
	}
	c := cfg("wsjf")
	c.Period = "2027-Q1"
	s, _ := Build(&content.Set{Config: c, Objectives: []*content.Objective{obj("a", "2026-Q4"), obj("b", "2027-Q1")}}, content.Day(2026, 11, 26))
	if s.Period != "2027-Q1" || len(s.Current) != 1 || s.Current[0].Slug != "b" {
		t.Errorf("period %q, current %d", s.Period, len(s.Current))
	}
	c.Period = ""
	s, _ = Build(&content.Set{Config: c, Objectives: []*content.Objective{obj("a", "2026-Q4"), obj("b", "2027-Q1")}}, content.Day(2026, 11, 26))
	if s.Period != "2026-Q4" || len(s.Current) != 1 || s.Current[0].Slug != "a" {
		t.Errorf("without a period in the config: period %q, current %d", s.Period, len(s.Current))
	}
}

// The lists of ideas that pages show with ranks are in the backlog's order,
// also after a preview server's UpdateIdea.
func TestIdeaListsFollowTheRanksAfterAnUpdate(t *testing.T) {
	team := &content.Team{Doc: content.Doc{Slug: "t"}, Title: "T"}
	o := &content.Objective{Doc: content.Doc{Slug: "o"}, Title: "O", Team: "t", Period: "2026-Q4",
		KeyResults: []content.KeyResult{{Start: 0, Target: 1}}}
	mk := func(slug string, value float64) *content.Idea {
		i := ideaWith(slug, "in-progress", wsjf(value, 0, 0, 1), "t")
		i.Objectives = []string{"o"}
		return i
	}
	set := &content.Set{Config: cfg("wsjf"), Teams: []*content.Team{team}, Objectives: []*content.Objective{o},
		Ideas: []*content.Idea{mk("c1", 6), mk("c2", 8), mk("c3", 2), mk("c4", 4)}}
	s, _ := Build(set, content.Day(2026, 11, 26))
	order := func() string {
		var inProgress, contributing []string
		for _, i := range s.Team("t").InProgress {
			inProgress = append(inProgress, i.Slug)
		}
		for _, i := range s.Objective("o").Ideas {
			contributing = append(contributing, i.Slug)
		}
		return strings.Join(inProgress, " ") + " / " + strings.Join(contributing, " ")
	}
	if got := order(); got != "c2 c1 c4 c3 / c2 c1 c4 c3" {
		t.Errorf("after Build: %s", got)
	}
	if _, _, ok := s.UpdateIdea(mk("c3", 9)); !ok {
		t.Fatal("UpdateIdea refused")
	}
	if got := order(); got != "c3 c2 c1 c4 / c3 c2 c1 c4" {
		t.Errorf("after UpdateIdea: %s", got)
	}
}

// UpdateIdea keeps the ranked lists and puts the edited idea where it now
// belongs: after every kind of edit, the lists and ranks are those of a
// build from scratch.
func TestUpdateIdeaRanksAsABuildDoes(t *testing.T) {
	team := &content.Team{Doc: content.Doc{Slug: "t"}, Title: "T"}
	var ideas []*content.Idea
	statuses := []string{"proposed", "assessing", "accepted", "in-progress", "done", "rejected", "parked", "dropped"}
	for n := range 40 {
		var score map[string]float64
		if n%5 != 0 {
			score = wsjf(float64(n%7), 1, 0, 1) // ties on purpose
		}
		i := ideaWith(fmt.Sprintf("i%02d", n), statuses[n%len(statuses)], score, "t")
		i.Submitted = content.Day(2026, time.Month(1+n%3), 1)
		if i.Decision != nil {
			i.Decision.Date = content.Day(2026, 2, 1+n%4)
		}
		ideas = append(ideas, i)
	}
	now := content.Day(2026, 11, 26)
	s, _ := Build(&content.Set{Config: cfg("wsjf"), Teams: []*content.Team{team}, Ideas: slices.Clone(ideas)}, now)
	lists := func(s *Site) string {
		var b strings.Builder
		for _, list := range [][]*Idea{s.Ranked, s.Unassessed, s.Closed, s.Decisions, s.Team("t").Ideas} {
			for _, i := range list {
				fmt.Fprintf(&b, "%s#%d ", i.Slug, i.Rank)
			}
			b.WriteString("| ")
		}
		// The rules' findings, on the site and on each idea, team and
		// objective: an edit words them again for the edited idea alone.
		for _, f := range s.Findings {
			fmt.Fprintf(&b, "%s ", f)
		}
		for _, i := range s.Ideas {
			fmt.Fprintf(&b, "%s:%v ", i.Slug, i.Findings)
		}
		for _, o := range s.Objectives {
			fmt.Fprintf(&b, "%s:%v ", o.Slug, o.Findings)
		}
		fmt.Fprintf(&b, "%v %v", s.Team("t").Findings, s.ruleDiags)
		// The documents with files beside them, which every render asks
		// for: an edit that gives an idea its first picture lists it.
		for _, d := range s.Beside() {
			fmt.Fprintf(&b, " %s%v", d.Folder, d.Doc.Files)
		}
		return b.String()
	}
	edit := func(n int, change func(*content.Idea)) {
		c := *ideas[n]
		if c.Decision != nil {
			d := *c.Decision
			c.Decision = &d
		}
		change(&c)
		ideas[n] = &c
		if _, _, ok := s.UpdateIdea(&c); !ok {
			t.Fatalf("UpdateIdea refused %s", c.Slug)
		}
		fresh, _ := Build(&content.Set{Config: cfg("wsjf"), Teams: []*content.Team{team}, Ideas: slices.Clone(ideas)}, now)
		if got, want := lists(s), lists(fresh); got != want {
			t.Errorf("after editing %s:\n got %s\nwant %s", c.Slug, got, want)
		}
	}
	edit(1, func(i *content.Idea) { i.Score = wsjf(6, 1, 0, 1) })              // up to a tie with others
	edit(3, func(i *content.Idea) { i.Score = nil })                           // unassessed
	edit(0, func(i *content.Idea) { i.Score = wsjf(0, 0, 0, 1) })              // assessed, last
	edit(2, func(i *content.Idea) { i.Status = "done" })                       // closed
	edit(4, func(i *content.Idea) { i.Status = "proposed"; i.Decision = nil }) // open again, no decision
	edit(5, func(i *content.Idea) { i.Decision.Date = content.Day(2026, 3, 9) })
	edit(9, func(i *content.Idea) { i.Title = "Renamed" })
	edit(10, func(i *content.Idea) { i.Submitted = content.Day(2025, 1, 1) })
	// A decision that stops an idea still running, and that idea's saves.
	edit(11, func(i *content.Idea) { i.Title = "Eleven" })
	edit(18, func(i *content.Idea) { i.Decision.Stops = []string{"i11", "i12"} })
	edit(11, func(i *content.Idea) { i.Title = "Elf" })
	edit(11, func(i *content.Idea) { i.Status = "proposed" })
	edit(11, func(i *content.Idea) {
		i.Status, i.Decision = "dropped", &content.Decision{Date: content.Day(2026, 3, 1), By: "b", Rationale: "r"}
	})
	edit(18, func(i *content.Idea) { i.Title = "Eighteen" })
	// Two decisions that stop one idea, which runs without a decision, and
	// a decision that names its own idea; a revisit that is due.
	edit(26, func(i *content.Idea) { i.Decision.Stops = []string{"i11", "i26"} })
	edit(11, func(i *content.Idea) { i.Status, i.Decision = "in-progress", nil })
	edit(18, func(i *content.Idea) { i.Decision.Date = content.Day(2026, 2, 2) })
	edit(26, func(i *content.Idea) { i.Status = "rejected" })
	edit(6, func(i *content.Idea) { i.Decision.Revisit = content.Day(2026, 11, 1) })
	edit(6, func(i *content.Idea) { i.Status = "proposed"; i.Decision = nil })
	// Files beside an idea: its first, another, and none again.
	edit(7, func(i *content.Idea) { i.Files = []content.File{{Src: "content/ideas/a.png", Out: "a.png"}} })
	edit(3, func(i *content.Idea) { i.Files = []content.File{{Src: "content/ideas/b.png", Out: "b.png"}} })
	edit(7, func(i *content.Idea) { i.Files = nil })
}

// Titles with numbers are in the order of the numbers (QA: "Objective 10"
// came before "Objective 2", and a poster showed 10 to 13 of 25).
func TestTitlesAreOrderedByTheirNumbers(t *testing.T) {
	want := []string{"A", "objective 1", "Objective 2", "Objective 02", "Objective 9", "Objective 10", "Objective 10b", "Objective 100", "Objektiv"}
	got := slices.Clone(want)
	slices.Reverse(got)
	slices.SortFunc(got, func(a, b string) int { return compareFold(a, b, "", "") })
	if !slices.Equal(got, want) {
		t.Errorf("sorted %q,\n want %q", got, want)
	}
	teams := []*content.Team{{Doc: content.Doc{Slug: "t10"}, Title: "Region 10"}, {Doc: content.Doc{Slug: "t2"}, Title: "Region 2"}}
	s, _ := Build(&content.Set{Config: cfg("wsjf"), Teams: teams}, content.Day(2026, 11, 26))
	if s.Teams[0].Slug != "t2" {
		t.Errorf("teams in the order %s, %s", s.Teams[0].Title, s.Teams[1].Title)
	}
}

// A preview's edits of titles warn of two ideas of one title as a build
// does: a copy's title given one of its own, or an idea retitled to
// another's, changes the warnings on both files.
func TestUpdateIdeaWarnsOfSharedTitlesAsABuildDoes(t *testing.T) {
	ideas := []*content.Idea{ideaWith("a", "proposed", nil), ideaWith("b", "proposed", nil), ideaWith("c", "proposed", nil)}
	now := content.Day(2026, 11, 26)
	shared := func(list diag.List) string {
		var out []string
		for _, d := range list {
			if strings.Contains(d.Message, "is also the title of") {
				out = append(out, d.String())
			}
		}
		return strings.Join(out, "\n")
	}
	s, _ := Build(&content.Set{Config: cfg("wsjf"), Ideas: slices.Clone(ideas)}, now)
	for _, step := range []struct {
		n     int
		title string
		warns int
	}{{1, "A ", 2}, {2, "a", 3}, {1, "B", 2}, {2, "C", 0}, {0, "C", 2}, {0, "A", 0}} {
		c := *ideas[step.n]
		c.Title = step.title
		ideas[step.n] = &c
		if _, _, ok := s.UpdateIdea(&c); !ok {
			t.Fatalf("UpdateIdea refused %s", c.Slug)
		}
		_, want := Build(&content.Set{Config: cfg("wsjf"), Ideas: slices.Clone(ideas)}, now)
		got := shared(s.diagnostics())
		if got != shared(want) || strings.Count(got, "\n")+min(len(got), 1) != step.warns {
			t.Errorf("after retitling %s %q:\n got %s\nwant %d warnings: %s", c.Slug, step.title, got, step.warns, shared(want))
		}
	}
}

// Two ranked ideas next to each other whose different scores two decimals
// write alike are written with the decimals that tell them apart: 26/21
// and 21/17 read 1.238 and 1.235, not 1.24 twice with the newer first,
// against "the older first on equal scores" (QA). Equal scores, and those
// two decimals tell apart, keep two; an edit in the preview spells them
// as a build does.
func TestNeighbourScoresThatRoundAlikeAreSpelledApart(t *testing.T) {
	newer := ideaWith("a", "proposed", wsjf(8, 13, 5, 21))
	newer.Submitted = content.Day(2026, 11, 10)
	ideas := []*content.Idea{newer, ideaWith("b", "proposed", wsjf(8, 8, 5, 17)), ideaWith("c", "proposed", wsjf(2, 0, 0, 1)),
		ideaWith("third", "proposed", wsjf(1, 0, 0, 3)), ideaWith("third2", "proposed", wsjf(0.333, 0, 0, 1)),
		ideaWith("x1", "proposed", wsjf(5, 0, 0, 1)), ideaWith("x2", "proposed", wsjf(5, 0, 0, 1)), ideaWith("closed", "rejected", wsjf(8, 13, 5, 21))}
	now := content.Day(2026, 11, 26)
	s, diags := Build(&content.Set{Config: cfg("wsjf"), Ideas: slices.Clone(ideas)}, now)
	if e := errs(diags); e != "" {
		t.Fatal(e)
	}
	decimals := func(s *Site) string {
		var b strings.Builder
		for _, i := range s.Ideas {
			fmt.Fprintf(&b, "%s:%d ", i.Slug, i.Score.Decimals)
		}
		return b.String()
	}
	if got, want := decimals(s), "a:3 b:3 c:0 closed:0 third:4 third2:4 x1:0 x2:0 "; got != want {
		t.Errorf("decimals %s, want %s", got, want)
	}
	edited := *ideas[1]
	edited.Score = wsjf(1, 0, 0, 1)
	ideas[1] = &edited
	if _, _, ok := s.UpdateIdea(&edited); !ok {
		t.Fatal("UpdateIdea refused b")
	}
	fresh, _ := Build(&content.Set{Config: cfg("wsjf"), Ideas: ideas}, now)
	if got, want := decimals(s), decimals(fresh); got != want || !strings.HasPrefix(got, "a:0 b:0 ") {
		t.Errorf("after an edit the preview's decimals are %s, a build's %s; want a:0 b:0", got, want)
	}
}
