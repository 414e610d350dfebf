package chart

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fokus/generator/content"
	"fokus/generator/internal/wcag"
	"fokus/generator/site"
)

func testSite(model string, titles ...string) *site.Site {
	s := &site.Site{Config: &content.Config{ScoringModel: model}}
	for i, title := range titles {
		idea := &site.Idea{
			Idea: &content.Idea{Doc: content.Doc{Slug: "idea-" + string(rune('a'+i))}, Title: title, Status: []string{"proposed", "assessing", "accepted", "in-progress"}[i%4]},
			Score: &site.Score{Model: model, Value: float64(10 - i), X: float64(i + 1), Y: float64(2 * (i + 1)),
				Formula: "(value + time_criticality + risk_reduction) / job_size",
				Inputs:  []site.Input{{Name: "value", Value: 1}, {Name: "time_criticality", Value: 2}, {Name: "risk_reduction", Value: 3}, {Name: "job_size", Value: 4}}},
			Rank: i + 1,
		}
		s.Ideas = append(s.Ideas, idea)
		s.Ranked = append(s.Ranked, idea)
	}
	return s
}

func text() Text {
	return Text{T: func(k string) string { return k }, Num: func(f float64) string { return "n" }, Exact: func(f float64) string { return "x" },
		Eq:      func(f float64) string { return "eq" },
		Score:   func(s *site.Score) string { return "n" },
		ScoreEq: func(s *site.Score) string { return "eq" },
		Load:    func(t *site.Team) string { return "load" },
		Amount: func(f float64, unit string) string {
			if unit == "" {
				return "x"
			}
			return "x " + unit
		},
		Pct:  func(f float64) string { return "pct(" + strconv.FormatFloat(f, 'f', -1, 64) + ")" },
		Date: func(d time.Time) string { return "day(" + d.Format("Jan 2") + ")" },
		Link: func(slug string) string { return "../ideas/" + slug + "/index.html" }}
}

// names collects every "name" and "tip" string of a chart's option.
func strs(t *testing.T, c Chart) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal(c.Option, &v); err != nil {
		t.Fatalf("%s: option is not JSON: %v", c.ID, err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case string:
			out = append(out, v)
		}
	}
	walk(v)
	return out
}

func TestFunctionMarkerAndScriptTagStayPlainStrings(t *testing.T) {
	const fn = `__f__function(){alert(1)}__f__`
	const tag = `</script><script>alert(1)</script>`
	c := Matrix(testSite("wsjf", fn, tag), text())
	if bytes.Contains(c.Option, []byte("</script>")) || bytes.Contains(c.Option, []byte("<script")) {
		t.Errorf("option holds a raw script tag: %s", c.Option)
	}
	found := map[string]bool{}
	for _, s := range strs(t, c) {
		found[s] = true
	}
	if !found[fn] || !found[tag] {
		t.Errorf("titles did not come back unchanged from the JSON; strings: %q", strs(t, c))
	}
	if bytes.Contains(c.Option, []byte(`:function`)) || bytes.Contains(c.Option, []byte(`:__f__`)) {
		t.Errorf("a function marker was unwrapped into code: %s", c.Option)
	}
}

func TestMatrixHasOneMarkPerScoredOpenIdeaAndFixedID(t *testing.T) {
	s := testSite("wsjf", "a", "b", "c", "d", "e")
	c := Matrix(s, text())
	if c.ID != "chart-priorities" || c.Marks != 5 {
		t.Fatalf("got id %q with %d marks, want chart-priorities with 5", c.ID, c.Marks)
	}
	var opt struct {
		Animation bool `json:"animation"`
		Series    []struct {
			Type string            `json:"type"`
			Data []json.RawMessage `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(c.Option, &opt); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range opt.Series {
		n += len(s.Data)
	}
	if n != 5 || opt.Animation {
		t.Errorf("got %d data items and animation %v, want 5 and false", n, opt.Animation)
	}
	if !strings.Contains(string(c.Option), `"url":"../ideas/idea-a/index.html"`) {
		t.Errorf("a bubble carries no link to its idea: %s", c.Option)
	}
}

func TestChartsAreDeterministic(t *testing.T) {
	for i := 0; i < 5; i++ {
		a := Matrix(testSite("rice", "a", "b", "c"), text())
		b := Matrix(testSite("rice", "a", "b", "c"), text())
		if !bytes.Equal(a.Option, b.Option) {
			t.Fatalf("two builds of one model differ:\n%s\n%s", a.Option, b.Option)
		}
	}
}

func TestQuadrantsPutLowEffortHighBenefitFirst(t *testing.T) {
	idea := func(x, y float64) *site.Idea { return &site.Idea{Score: &site.Score{X: x, Y: y}} }
	cases := []struct {
		model string
		x, y  float64
		want  string
	}{
		{"wsjf", 1, 9, "quadrant.quick_wins"},
		{"wsjf", 9, 9, "quadrant.big_bets"},
		{"wsjf", 1, 1, "quadrant.fill_ins"},
		{"wsjf", 9, 1, "quadrant.money_pit"},
		{"ice", 9, 9, "quadrant.quick_wins"}, // x is ease: high is cheap
		{"ice", 1, 1, "quadrant.money_pit"},
	}
	for _, c := range cases {
		if got := QuadrantOf(c.model, idea(c.x, c.y), 5, 5); got != c.want {
			t.Errorf("%s (%v, %v): got %s, want %s", c.model, c.x, c.y, got, c.want)
		}
	}
	if x, y := MatrixAxes([]*site.Idea{idea(1, 10), idea(3, 20), idea(8, 40), idea(100, 0)}); x != 5.5 || y != 15 {
		t.Errorf("medians: got %v, %v, want 5.5, 15", x, y)
	}
}

func TestNiceMaxLeavesHeadroom(t *testing.T) {
	for _, v := range []float64{0.3, 1, 7, 26, 130, 999} {
		if m := niceMax(v); m < v*1.1 || m > v*3 {
			t.Errorf("niceMax(%v) = %v", v, m)
		}
	}
}

// Every bubble lies in the shaded area named after its quadrant, as the
// table under the chart says, also for ice, whose x axis runs reversed.
func TestEachIdeaLiesInTheAreaOfItsQuadrant(t *testing.T) {
	for _, model := range []string{"wsjf", "rice", "ice"} {
		s := testSite(model, "a", "b", "c", "d", "e", "f")
		// Spread the ideas over all four quadrants.
		for i, p := range [][2]float64{{1, 30}, {9, 30}, {1, 2}, {9, 2}, {2, 25}, {8, 3}} {
			s.Ideas[i].Score.X, s.Ideas[i].Score.Y = p[0], p[1]
		}
		var opt struct {
			Series []struct {
				MarkArea struct {
					Data [][]struct {
						Name  string    `json:"name"`
						Coord []float64 `json:"coord"`
					} `json:"data"`
				} `json:"markArea"`
			} `json:"series"`
		}
		if err := json.Unmarshal(Matrix(s, text()).Option, &opt); err != nil {
			t.Fatal(err)
		}
		areas := map[string][4]float64{}
		for _, series := range opt.Series {
			for _, a := range series.MarkArea.Data {
				x0, y0, x1, y1 := a[0].Coord[0], a[0].Coord[1], a[1].Coord[0], a[1].Coord[1]
				areas[a[0].Name] = [4]float64{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)}
			}
		}
		if len(areas) != 4 {
			t.Fatalf("%s: %d quadrant areas, want 4", model, len(areas))
		}
		midX, midY := MatrixAxes(s.Ideas)
		for _, idea := range s.Ideas {
			q := QuadrantOf(model, idea, midX, midY)
			a := areas[q]
			if x, y := idea.Score.X, idea.Score.Y; x < a[0] || x > a[2] || y < a[1] || y > a[3] {
				t.Errorf("%s: idea at (%v, %v) is in %s, but that area spans x %v–%v, y %v–%v", model, x, y, q, a[0], a[2], a[1], a[3])
			}
		}
	}
}

func TestIdeasOnTheSameSpotAreSetSideBySide(t *testing.T) {
	s := testSite("wsjf", "a", "b", "c", "d")
	// a and b share a spot, in rank order; c and d are alone on theirs.
	s.Ranked[1].Score.X, s.Ranked[1].Score.Y = s.Ranked[0].Score.X, s.Ranked[0].Score.Y
	offsets := matrixOffsets(t, s)
	a, b := offsets["a"], offsets["b"]
	if len(a) != 2 || len(b) != 2 || a[0] >= b[0] {
		t.Errorf("ideas on one spot: offsets a %v, b %v; want both moved, the better ranked to the left", a, b)
	}
	if offsets["c"] != nil || offsets["d"] != nil {
		t.Errorf("ideas alone on their spot were moved: c %v, d %v", offsets["c"], offsets["d"])
	}
}

func TestChartsWithoutMarksSayWhy(t *testing.T) {
	s := testSite("wsjf")
	for _, c := range []Chart{Matrix(s, text()), Ranking(s, text()), Load("chart-load", nil, "wsjf", text())} {
		if c.Marks != 0 || c.Empty == "" {
			t.Errorf("%s: %d marks, empty text %q; want 0 marks and a text", c.ID, c.Marks, c.Empty)
		}
	}
}

// A load chart without bars says why: no team carries a committed idea, or
// the ones they carry have no size (ice measures no effort; under wsjf and
// rice they are not scored yet).
func TestLoadWithoutBarsSaysWhy(t *testing.T) {
	team := func(statuses ...string) *site.Team {
		tm := &site.Team{Team: &content.Team{Doc: content.Doc{Slug: "a"}, Title: "A", Capacity: 10}}
		for n, st := range statuses {
			idea := &site.Idea{Idea: &content.Idea{Doc: content.Doc{Slug: "i" + strconv.Itoa(n)}, Title: "I", Status: st}, Teams: []*site.Team{tm}}
			if st == "in-progress" {
				idea.Score = &site.Score{Model: "ice", Value: 100} // Size 0: ice measures no effort
			}
			tm.Ideas = append(tm.Ideas, idea)
			if st == "in-progress" || st == "accepted" {
				tm.InProgress = append(tm.InProgress, idea)
			}
		}
		return tm
	}
	cases := []struct {
		name  string
		teams []*site.Team
		model string
		want  string
	}{
		{"no teams", nil, "ice", "chart.load_empty"},
		{"nothing committed", []*site.Team{team("proposed", "done")}, "ice", "chart.load_empty"},
		{"ice, four in progress", []*site.Team{team("proposed"), team("in-progress", "in-progress", "in-progress", "in-progress")}, "ice", "chart.load_unsized_ice"},
		{"ice, accepted without a score", []*site.Team{team("accepted")}, "ice", "chart.load_unsized_ice"},
		{"wsjf, accepted without a score", []*site.Team{team("accepted")}, "wsjf", "chart.load_unsized"},
	}
	for _, c := range cases {
		ch := Load("chart-load", c.teams, c.model, text())
		if ch.Marks != 0 || ch.Empty != c.want {
			t.Errorf("%s: %d marks, empty text %q; want 0 marks and %q", c.name, ch.Marks, ch.Empty, c.want)
		}
	}
}

// The capacity mark's label is the page's number, not ECharts' own writing
// of the value ("12.5" on a German page).
func TestLoadLabelsCapacityWithThePagesNumbers(t *testing.T) {
	tm := &site.Team{Team: &content.Team{Doc: content.Doc{Slug: "a"}, Title: "A", Capacity: 12.5}}
	idea := &site.Idea{Idea: &content.Idea{Doc: content.Doc{Slug: "i"}, Title: "I", Status: "accepted"}}
	tm.Load, tm.LoadParts = 3.5, []site.LoadPart{{Idea: idea, Points: 3.5}}
	tx := text()
	tx.Exact = func(f float64) string { return "<" + strconv.FormatFloat(f, 'f', -1, 64) + ">" }
	ch := Load("chart-load", []*site.Team{tm}, "wsjf", tx)
	var opt struct {
		Series []struct {
			Type  string `json:"type"`
			Label struct {
				Formatter string `json:"formatter"`
			} `json:"label"`
			Data []json.RawMessage `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(ch.Option, &opt); err != nil {
		t.Fatal(err)
	}
	var capacity []string
	for _, s := range opt.Series {
		if strings.Contains(s.Label.Formatter, "{") {
			t.Errorf("%s series labels its marks with an ECharts template, which writes numbers its own way: %q", s.Type, s.Label.Formatter)
		}
		if s.Type != "scatter" {
			continue
		}
		for _, d := range s.Data {
			var it struct {
				Label struct {
					Formatter string `json:"formatter"`
				} `json:"label"`
			}
			if err := json.Unmarshal(d, &it); err == nil {
				capacity = append(capacity, it.Label.Formatter)
			}
		}
	}
	if len(capacity) != 1 || capacity[0] != "capacity <12.5>" {
		t.Errorf("capacity labels %q, want [\"capacity <12.5>\"]", capacity)
	}
}

// The history's tooltips give the day and the percentage as the page writes
// them; the data keeps ISO days, which ECharts reads.
func TestHistoryWritesDaysAndPercentsAsThePageDoes(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, time.October, d, 0, 0, 0, 0, time.UTC) }
	o := &site.Objective{KeyResults: []*site.KeyResult{{
		KeyResult: content.KeyResult{Title: "Termine", Unit: "Besuche"},
		History: []site.Point{
			{Checkin: content.Checkin{Date: day(10), Value: 5}, Progress: 0.5},
			{Checkin: content.Checkin{Date: day(24), Value: 8, Note: "gut"}, Progress: 0.8},
		},
	}}}
	ch := History(o, text())
	var opt struct {
		Series []struct {
			Data []struct {
				Value []any    `json:"value"`
				Tip   []string `json:"tip"`
			} `json:"data"`
			MarkLine struct {
				Label struct {
					Formatter string `json:"formatter"`
				} `json:"label"`
			} `json:"markLine"`
		} `json:"series"`
		XAxis []struct {
			Type        string  `json:"type"`
			MinInterval float64 `json:"minInterval"`
		} `json:"xAxis"`
	}
	if err := json.Unmarshal(ch.Option, &opt); err != nil {
		t.Fatal(err)
	}
	if len(opt.Series) != 1 || len(opt.Series[0].Data) != 2 {
		t.Fatalf("want one line of two points: %s", ch.Option)
	}
	s := opt.Series[0]
	if got, want := s.Data[0].Tip, []string{"Termine", "day(Oct 10): x Besuche (pct(0.5))"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("first tooltip %q, want %q", got, want)
	}
	if got, want := s.Data[1].Tip, []string{"Termine", "day(Oct 24): x Besuche (pct(0.8))", "gut"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("second tooltip %q, want %q", got, want)
	}
	if s.Data[0].Value[0] != "2026-10-10" {
		t.Errorf("data day %v, want the ISO day 2026-10-10", s.Data[0].Value[0])
	}
	if got := s.MarkLine.Label.Formatter; got != "target pct(1)" {
		t.Errorf("target line label %q, want \"target pct(1)\"", got)
	}
	if len(opt.XAxis) != 1 || opt.XAxis[0].Type != "time" || opt.XAxis[0].MinInterval != 24*60*60*1000 {
		t.Errorf("x axis %+v, want a time axis with ticks at least a day apart", opt.XAxis)
	}
}

// The y axis's name keeps clear of its labels when they are wide, as under
// rice with hundreds of thousands written with groups.
func TestMatrixYAxisNameKeepsClearOfWideLabels(t *testing.T) {
	var opt struct {
		YAxis []struct {
			NameGap int `json:"nameGap"`
		} `json:"yAxis"`
		Grid []struct {
			Left string `json:"left"`
		} `json:"grid"`
	}
	for _, c := range []struct {
		label   string
		gap     int
		gridMin int
	}{{"30", 42, 64}, {"200\u202f000", 65, 87}} {
		tx := text()
		tx.Num = func(float64) string { return c.label }
		if err := json.Unmarshal(Matrix(testSite("rice", "a", "b"), tx).Option, &opt); err != nil {
			t.Fatal(err)
		}
		if left, _ := strconv.Atoi(opt.Grid[0].Left); opt.YAxis[0].NameGap != c.gap || left != c.gridMin {
			t.Errorf("labels like %q: name gap %d, grid left %s; want %d and %d", c.label, opt.YAxis[0].NameGap, opt.Grid[0].Left, c.gap, c.gridMin)
		}
	}
}

func TestChartsNameThemselvesForScreenReaders(t *testing.T) {
	s := testSite("wsjf", "a", "b")
	for _, c := range []Chart{Matrix(s, text()), Ranking(s, text())} {
		var opt struct {
			Aria struct {
				Enabled bool
				Label   struct{ Description string }
			}
		}
		if err := json.Unmarshal(c.Option, &opt); err != nil {
			t.Fatal(err)
		}
		if d := opt.Aria.Label.Description; !opt.Aria.Enabled || !strings.HasPrefix(d, "chart.") || !strings.HasSuffix(d, ". chart.aria_table") {
			t.Errorf("%s: aria %+v, want the chart's name and where its table is, in the page's words", c.ID, opt.Aria)
		}
	}
}

// go-echarts types a label's padding as a string, which ECharts reads as a
// box as tall as the chart (it hid the load chart's bars); no option may
// carry one. The history's day labels must not overlap.
func TestOptionsHaveNoStringPaddingAndDaysDoNotOverlap(t *testing.T) {
	s := testSite("wsjf", "a", "b", "c")
	team := &site.Team{Team: &content.Team{Doc: content.Doc{Slug: "t"}, Title: "T", Capacity: 5}}
	team.LoadParts = []site.LoadPart{{Idea: s.Ranked[0], Points: 3}}
	day := func(d int) time.Time { return time.Date(2026, time.October, d, 0, 0, 0, 0, time.UTC) }
	o := &site.Objective{KeyResults: []*site.KeyResult{{KeyResult: content.KeyResult{Title: "K"},
		History: []site.Point{{Checkin: content.Checkin{Date: day(1), Value: 1}}, {Checkin: content.Checkin{Date: day(30), Value: 2}}}}}}
	for _, c := range []Chart{Matrix(s, text()), Ranking(s, text()), Load("chart-load", []*site.Team{team}, "wsjf", text()), History(o, text())} {
		var walk func(v any)
		walk = func(v any) {
			switch v := v.(type) {
			case map[string]any:
				for k, x := range v {
					if _, isString := x.(string); k == "padding" && isString {
						t.Errorf("%s: padding %q is a string", c.ID, x)
					}
					walk(x)
				}
			case []any:
				for _, x := range v {
					walk(x)
				}
			}
		}
		var v any
		if err := json.Unmarshal(c.Option, &v); err != nil {
			t.Fatal(err)
		}
		walk(v)
	}
	if !strings.Contains(string(History(o, text()).Option), `"hideOverlap":true`) {
		t.Error("the history's day labels may overlap")
	}
}

// The theme's script fits the ranking and the load (bars with names) and
// the matrix to the width they have; the option says which layout each
// wants and keeps the desktop sizes the script starts from.
func TestChartsAskTheScriptToFitThem(t *testing.T) {
	s := testSite("wsjf", "a", "b", "c")
	team := &site.Team{Team: &content.Team{Title: "Team", Capacity: 5}}
	for _, c := range []struct {
		chart Chart
		fit   string
		width float64
		left  string
	}{
		{Matrix(s, text()), "matrix", 0, "64"},
		{Ranking(s, text()), "labelled", 330, "346"},
		{Load("chart-load", []*site.Team{team}, "wsjf", text()), "load", 190, "206"},
	} {
		var opt struct {
			Fokus struct {
				Fit string `json:"fit"`
			} `json:"fokus"`
			YAxis []struct {
				AxisLabel struct {
					Width float64 `json:"width"`
				} `json:"axisLabel"`
			} `json:"yAxis"`
			Grid []struct {
				Left string `json:"left"`
			} `json:"grid"`
		}
		if err := json.Unmarshal(c.chart.Option, &opt); err != nil {
			t.Fatal(err)
		}
		if opt.Fokus.Fit != c.fit {
			t.Errorf("%s: fokus.fit is %q, want %q", c.chart.ID, opt.Fokus.Fit, c.fit)
		}
		if opt.YAxis[0].AxisLabel.Width != c.width || opt.Grid[0].Left != c.left {
			t.Errorf("%s: label width %v and grid left %q, want the desktop's %v and %q", c.chart.ID, opt.YAxis[0].AxisLabel.Width, opt.Grid[0].Left, c.width, c.left)
		}
	}
}

type matrixOption struct {
	XAxis []struct {
		Max float64 `json:"max"`
	} `json:"xAxis"`
	YAxis []struct {
		Type string  `json:"type"`
		Name string  `json:"name"`
		Min  float64 `json:"min"`
		Max  float64 `json:"max"`
	} `json:"yAxis"`
	Series []struct {
		Data []struct {
			Value        []float64 `json:"value"`
			Symbol       string    `json:"symbol"`
			SymbolRotate float64   `json:"symbolRotate"`
			Tip          []string  `json:"tip"`
		} `json:"data"`
	} `json:"series"`
}

func matrixOf(t *testing.T, s *site.Site) matrixOption {
	t.Helper()
	var opt matrixOption
	if err := json.Unmarshal(Matrix(s, text()).Option, &opt); err != nil {
		t.Fatal(err)
	}
	return opt
}

// One idea of job size 40 among many of 1 to 8 would squeeze all others
// into the left tenth of the matrix: its effort axis ends above the 95th
// percentile instead, and the outlier stands at its end as a triangle
// pointing right, its real effort in its tip. Few ideas, or no outlier,
// keep the axis as it was; ice's ease axis always runs 0 to 10.
func TestMatrixCapsTheEffortAxisAtOutliers(t *testing.T) {
	many := func(model string, n int, outlier float64) *site.Site {
		titles := make([]string, n)
		for i := range titles {
			titles[i] = "idea " + strconv.Itoa(i)
		}
		s := testSite(model, titles...)
		for i, idea := range s.Ranked {
			idea.Score.X = float64(1 + i%8)
		}
		s.Ranked[n-1].Score.X = outlier
		return s
	}
	opt := matrixOf(t, many("wsjf", 40, 40))
	if max := opt.XAxis[0].Max; max != niceMax(8) {
		t.Fatalf("x axis ends at %v, want %v above the 95th percentile 8", max, niceMax(8))
	}
	found := 0
	for _, s := range opt.Series {
		for _, d := range s.Data {
			if d.Value[0] > opt.XAxis[0].Max {
				t.Errorf("idea %v lies beyond the axis's end %v", d.Value, opt.XAxis[0].Max)
			}
			if d.Symbol == "triangle" {
				found++
				if d.Value[0] != opt.XAxis[0].Max || d.SymbolRotate != -90 || !strings.Contains(strings.Join(d.Tip, "|"), "axis.wsjf.x: n > n") {
					t.Errorf("outlier drawn as %+v, want at the axis's end, pointing right, its effort in the tip", d)
				}
			}
		}
	}
	if found != 1 {
		t.Errorf("%d outliers marked, want 1", found)
	}
	for _, c := range []struct {
		name string
		s    *site.Site
		max  float64
	}{
		{"few ideas", many("wsjf", 10, 40), niceMax(40)},
		{"few ideas, a far outlier", many("wsjf", 10, 1000), niceMax(8)},
		{"too few to tell", many("wsjf", 4, 1000), niceMax(1000)},
		{"no outlier", many("wsjf", 40, 11), niceMax(11)},
		{"ice", many("ice", 40, 40), 10},
	} {
		if c.name == "ice" {
			// Nor is ice's benefit, a product of two ratings, capped.
			c.s.Ranked[0].Score.Y = 100
			if got := matrixOf(t, c.s).YAxis[0].Max; got != niceMax(100) {
				t.Errorf("ice: y axis ends at %v, want %v", got, niceMax(100))
			}
		}
		if got := matrixOf(t, c.s).XAxis[0].Max; got != c.max {
			t.Errorf("%s: x axis ends at %v, want %v", c.name, got, c.max)
		}
	}
}

// Under rice one reach of 250,000 among reaches of hundreds would put every
// other idea on the floor of the matrix: the benefit axis is capped like the
// effort axis, the outlier drawn at its top as a triangle pointing up, and
// one beyond both ends at the corner, pointing there (QA).
func TestMatrixCapsTheBenefitAxisAtOutliers(t *testing.T) {
	titles := make([]string, 40)
	for i := range titles {
		titles[i] = "idea " + strconv.Itoa(i)
	}
	s := testSite("rice", titles...)
	for i, idea := range s.Ranked {
		idea.Score.X, idea.Score.Y = float64(1+i%8), float64(100*(1+i%8))
	}
	s.Ranked[39].Score.Y = 250000
	s.Ranked[38].Score.X, s.Ranked[38].Score.Y = 90, 90000
	opt := matrixOf(t, s)
	if got, want := opt.YAxis[0].Max, niceMax(800); got != want {
		t.Fatalf("y axis ends at %v, want %v above the 95th percentile 800", got, want)
	}
	rotations := map[float64]int{}
	for _, series := range opt.Series {
		for _, d := range series.Data {
			if d.Value[1] > opt.YAxis[0].Max || d.Value[0] > opt.XAxis[0].Max {
				t.Errorf("idea %v lies beyond the axes' ends", d.Value)
			}
			if d.Symbol == "triangle" {
				rotations[d.SymbolRotate]++
				if tip := strings.Join(d.Tip, "|"); !strings.Contains(tip, "axis.rice.y: n > n") {
					t.Errorf("outlier's tip lacks its reach × impact: %s", tip)
				}
			}
		}
	}
	if rotations[0] != 1 || rotations[-45] != 1 || len(rotations) != 2 {
		t.Errorf("outliers drawn with rotations %v, want one pointing up (0) and one to the corner (-45)", rotations)
	}
}

// Benefits that spread over orders of magnitude (a RICE reach from 10 key
// accounts to 45,000 site visitors) are drawn on a log axis from a power of
// ten to a power of ten, which says so in its name; one of 0 stands on its
// floor. A narrow spread keeps the linear axis (QA: most bubbles lay on the
// floor of a linear one).
func TestMatrixDrawsWidelySpreadBenefitsOnALogAxis(t *testing.T) {
	titles := make([]string, 30)
	for i := range titles {
		titles[i] = "idea " + strconv.Itoa(i)
	}
	s := testSite("rice", titles...)
	for i, idea := range s.Ranked {
		idea.Score.X, idea.Score.Y = float64(1+i%8), 12*math.Pow(1.3, float64(i))
	}
	s.Ranked[0].Score.Y = 0
	opt := matrixOf(t, s)
	y := opt.YAxis[0]
	if y.Type != "log" || y.Min != 10 || y.Max != 100000 || y.Name != "axis.rice.y (axis.log)" {
		t.Fatalf("y axis %+v, want a log axis from 10 to 100000, named so", y)
	}
	for _, series := range opt.Series {
		for _, d := range series.Data {
			if d.Value[1] < y.Min || d.Value[1] > y.Max {
				t.Errorf("idea %v lies beyond the axis", d.Value)
			}
		}
	}
	for _, idea := range s.Ranked {
		idea.Score.Y = float64(10 * (1 + idea.Score.X))
	}
	if y := matrixOf(t, s).YAxis[0]; y.Type != "value" || y.Min != 0 {
		t.Errorf("a narrow spread gets %+v, want the linear axis from 0", y)
	}
	// Of a few ideas, one outlier is capped on the linear axis (review).
	few := testSite("rice", "a", "b", "c", "d", "e", "f", "g")
	for n, idea := range few.Ranked {
		idea.Score.X, idea.Score.Y = 1, float64(100*(n+1))
	}
	few.Ranked[6].Score.Y = 250000
	if y := matrixOf(t, few).YAxis[0]; y.Type != "value" {
		t.Errorf("seven ideas with one outlier get %+v, want the linear axis", y)
	}
	// Benefits below 0.005 keep their place on a log axis: none is 0, in
	// the bubbles, the quadrants or the median (review).
	tiny := testSite("rice", "a", "b", "c", "d", "e", "f")
	for n, idea := range tiny.Ranked {
		idea.Score.X, idea.Score.Y = float64(n+1), []float64{0.004, 0.02, 0.3, 1, 2, 5}[n]
	}
	raw := string(Matrix(tiny, text()).Option)
	opt = matrixOf(t, tiny)
	if y := opt.YAxis[0]; y.Type != "log" || y.Min != 0.001 {
		t.Fatalf("tiny benefits get %+v, want a log axis from 0.001", y)
	}
	for _, series := range opt.Series {
		for _, d := range series.Data {
			if d.Value[1] <= 0 {
				t.Errorf("idea %v stands at 0 on a log axis", d.Value)
			}
		}
	}
	if regexp.MustCompile(`"coord":\[[^\]]*,0\]|"yAxis":0[,}]`).MatchString(raw) {
		t.Errorf("a quadrant or the median stands at 0 on a log axis: %s", raw)
	}
}

// Two outliers of the same benefit are both drawn at the axis's end: they
// share that spot and are set side by side, however different their
// efforts.
func TestOutliersAtTheAxisEndAreSetSideBySide(t *testing.T) {
	titles := make([]string, 40)
	for i := range titles {
		titles[i] = "idea " + strconv.Itoa(i)
	}
	s := testSite("wsjf", titles...)
	for i, idea := range s.Ranked {
		idea.Score.X = float64(1 + i%8)
	}
	a, b := s.Ranked[38], s.Ranked[39]
	a.Score.X, b.Score.X = 40, 60
	a.Score.Y, b.Score.Y = 7, 7
	offsets := matrixOffsets(t, s)
	if offsets["idea 38"] == nil || offsets["idea 39"] == nil {
		t.Errorf("outliers on one spot at the axis's end: offsets %v and %v, want both moved", offsets["idea 38"], offsets["idea 39"])
	}
}

// matrixOffsets returns the symbolOffset of each bubble of s's matrix, by
// idea title.
func matrixOffsets(t *testing.T, s *site.Site) map[string][]float64 {
	t.Helper()
	var opt struct {
		Series []struct {
			Data []struct {
				Name         string    `json:"name"`
				SymbolOffset []float64 `json:"symbolOffset"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(Matrix(s, text()).Option, &opt); err != nil {
		t.Fatal(err)
	}
	offsets := map[string][]float64{}
	for _, series := range opt.Series {
		for _, d := range series.Data {
			offsets[d.Name] = d.SymbolOffset
		}
	}
	return offsets
}

// The ranking's colours are the statuses, and its legend says so: one
// stacked series per status, each idea's bar in its status's series alone.
func TestRankingHasALegendOfStatuses(t *testing.T) {
	s := testSite("wsjf", "a", "b", "c", "d", "e")
	var opt struct {
		Legend struct {
			Data []string `json:"data"`
		} `json:"legend"`
		Series []struct {
			Name  string `json:"name"`
			Stack string `json:"stack"`
			Data  []any  `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(Ranking(s, text()).Option, &opt); err != nil {
		t.Fatal(err)
	}
	want := []string{"status.proposed", "status.assessing", "status.accepted", "status.in-progress"}
	if strings.Join(opt.Legend.Data, " ") != strings.Join(want, " ") {
		t.Fatalf("legend %+v, want %v", opt.Legend, want)
	}
	bars := make([]int, 5)
	for _, series := range opt.Series {
		if series.Stack != "rank" || len(series.Data) != 5 {
			t.Errorf("series %s: stack %q, %d values; want stacked, one per idea", series.Name, series.Stack, len(series.Data))
		}
		for n, d := range series.Data {
			if d != "-" {
				bars[n]++
			}
		}
	}
	for n, b := range bars {
		if b != 1 {
			t.Errorf("idea %d has %d bars, want 1", n+1, b)
		}
	}
}

// Status is not told by colour alone (WCAG 1.4.1): each status's marks in
// the matrix have a shape of their own, which its legend shows, and the
// ranking's bars a pattern. An idea beyond a capped axis keeps its
// triangle.
func TestStatusHasAShapeAndAPatternBesidesItsColour(t *testing.T) {
	s := testSite("wsjf", "a", "b", "c", "d", "e", "f", "g", "h")
	var matrix struct {
		Series []struct {
			Name   string `json:"name"`
			Symbol string `json:"symbol"`
			Data   []struct {
				Symbol string `json:"symbol"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(Matrix(s, text()).Option, &matrix); err != nil {
		t.Fatal(err)
	}
	shapes := map[string]string{}
	for _, series := range matrix.Series {
		if len(series.Data) == 0 {
			continue // the quadrants' guides
		}
		if series.Symbol == "" || series.Symbol == "triangle" {
			t.Errorf("series %s has symbol %q; want a shape of its own", series.Name, series.Symbol)
		}
		for name, shape := range shapes {
			if shape == series.Symbol {
				t.Errorf("%s and %s are both drawn as %q", name, series.Name, shape)
			}
		}
		shapes[series.Name] = series.Symbol
	}
	if len(shapes) != 4 {
		t.Fatalf("shapes %v; want one per open status", shapes)
	}
	var ranking struct {
		Aria struct {
			Decal struct {
				Show bool `json:"show"`
			} `json:"decal"`
			Label struct{ Description string } `json:"label"`
		} `json:"aria"`
	}
	if err := json.Unmarshal(Ranking(s, text()).Option, &ranking); err != nil {
		t.Fatal(err)
	}
	if !ranking.Aria.Decal.Show || ranking.Aria.Label.Description == "" {
		t.Errorf("ranking's aria %+v; want patterns shown and its description kept", ranking.Aria)
	}
}

// One score far beyond the others does not flatten the ranking: its axis
// ends above the others, as the matrix's does (QA).
func TestTheRankingCapsItsAxisAtAnOutlier(t *testing.T) {
	titles := make([]string, 10)
	for i := range titles {
		titles[i] = "idea " + strconv.Itoa(i)
	}
	s := testSite("rice", titles...)
	var opt struct {
		XAxis []struct {
			Max float64 `json:"max"`
		} `json:"xAxis"`
	}
	if err := json.Unmarshal(Ranking(s, text()).Option, &opt); err != nil || len(opt.XAxis) != 1 || opt.XAxis[0].Max != 0 {
		t.Fatalf("without an outlier the axis is capped: %+v %v", opt.XAxis, err)
	}
	s.Ranked[0].Score.Value = 1e6
	if err := json.Unmarshal(Ranking(s, text()).Option, &opt); err != nil || opt.XAxis[0].Max != niceMax(9) {
		t.Errorf("with an outlier the axis ends at %+v, want %v (%v)", opt.XAxis, niceMax(9), err)
	}
	// Two outliers too (QA: two of 10,000 left the others without bars),
	// also among five ideas, where two are fewer than half (review).
	s.Ranked[1].Score.Value = 1e6
	if err := json.Unmarshal(Ranking(s, text()).Option, &opt); err != nil || opt.XAxis[0].Max != niceMax(8) {
		t.Errorf("with two outliers the axis ends at %+v, want %v (%v)", opt.XAxis, niceMax(8), err)
	}
	five := testSite("rice", titles[:5]...)
	five.Ranked[0].Score.Value, five.Ranked[1].Score.Value = 1e6, 1e6
	if err := json.Unmarshal(Ranking(five, text()).Option, &opt); err != nil || opt.XAxis[0].Max != niceMax(8) {
		t.Errorf("two outliers of five: the axis ends at %+v, want %v (%v)", opt.XAxis, niceMax(8), err)
	}
}

// A key result's line starts at its start on the period's first day, so a
// single check-in shows how far it moved (QA: a lone dot showed nothing);
// a yes/no result steps up on the day it was done, not in a slope.
func TestHistoryStartsAtThePeriodsFirstDayAndYesNoSteps(t *testing.T) {
	o := &site.Objective{Objective: &content.Objective{Period: "2027-Q1"}, KeyResults: []*site.KeyResult{
		{KeyResult: content.KeyResult{Title: "Leads", Start: 20, Target: 50},
			History: []site.Point{{Checkin: content.Checkin{Date: time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC), Value: 27}, Progress: 7.0 / 30}}},
		{KeyResult: content.KeyResult{Title: "Launch", YesNo: true},
			History: []site.Point{{Checkin: content.Checkin{Date: time.Date(2027, 2, 10, 0, 0, 0, 0, time.UTC), Value: 1}, Progress: 1}}},
	}}
	var opt struct {
		Series []struct {
			Step   any    `json:"step"`
			Symbol string `json:"symbol"`
			Data   []struct {
				Value []any    `json:"value"`
				Tip   []string `json:"tip"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(History(o, text()).Option, &opt); err != nil {
		t.Fatal(err)
	}
	if len(opt.Series) != 2 {
		t.Fatalf("%d lines, want 2", len(opt.Series))
	}
	// A yes/no check-in reads done or open, as its start does (QA: "1 (100 %)").
	if tip := opt.Series[1].Data; len(tip) != 2 || !slices.Equal(tip[0].Tip[:2], []string{"Launch", "day(Jan 1): kr.open (pct(0))"}) ||
		!slices.Equal(tip[1].Tip, []string{"Launch", "day(Feb 10): kr.done"}) {
		t.Errorf("yes/no tips: %+v", tip)
	}
	if tip := opt.Series[0].Data[1].Tip; !slices.Equal(tip, []string{"Leads", "day(Jan 31): x (pct(0.23333333333333334))"}) {
		t.Errorf("number tip: %q", tip)
	}
	for i, s := range opt.Series {
		if len(s.Data) != 2 || s.Data[0].Value[0] != "2027-01-01" || s.Data[0].Value[1] != 0.0 {
			t.Errorf("line %d does not start at 0 on 2027-01-01: %v", i, s.Data)
		}
	}
	// Two key results' lines differ by their marks too, not by colour alone.
	if opt.Series[0].Symbol == "" || opt.Series[0].Symbol == opt.Series[1].Symbol {
		t.Errorf("marks %q and %q; want two shapes", opt.Series[0].Symbol, opt.Series[1].Symbol)
	}
	if opt.Series[0].Step != nil || opt.Series[1].Step != "end" {
		t.Errorf("steps: %v, %v; want none for a number, end for yes/no", opt.Series[0].Step, opt.Series[1].Step)
	}
	// A period without dates has no first day to start from.
	o.Period = "PI 27.1"
	if err := json.Unmarshal(History(o, text()).Option, &opt); err != nil {
		t.Fatal(err)
	}
	if len(opt.Series[0].Data) != 1 {
		t.Errorf("PI 27.1: %d points, want the check-in alone", len(opt.Series[0].Data))
	}
}

// With fewer than four scored open ideas the matrix draws no quadrants: of
// two, the better one lay below their median and was called a filler (QA).
func TestFewIdeasGetNoQuadrants(t *testing.T) {
	quadrants := func(n int) int {
		names := []string{"a", "b", "c", "d", "e"}[:n]
		var opt struct {
			Series []struct {
				MarkArea struct {
					Data []any `json:"data"`
				} `json:"markArea"`
			} `json:"series"`
		}
		if err := json.Unmarshal(Matrix(testSite("wsjf", names...), text()).Option, &opt); err != nil {
			t.Fatal(err)
		}
		areas := 0
		for _, s := range opt.Series {
			areas += len(s.MarkArea.Data)
		}
		return areas
	}
	for n, want := range map[int]int{1: 0, 3: 0, 4: 4, 5: 4} {
		if got := quadrants(n); got != want {
			t.Errorf("%d ideas: %d quadrant areas, want %d", n, got, want)
		}
	}
	// Ideas of one benefit (RICE at 0 % confidence) or one effort have no
	// median that splits them (QA: all were "quick wins").
	for _, same := range []func(*site.Idea){func(i *site.Idea) { i.Score.Y = 0 }, func(i *site.Idea) { i.Score.X = 3 }} {
		s := testSite("rice", "a", "b", "c", "d", "e")
		for _, i := range s.Ranked {
			same(i)
		}
		if Quadrants(s.Ranked) {
			t.Error("ideas of one benefit or one effort are split into quadrants")
		}
	}
}

// whiteOn fails the test unless white text on each colour has a contrast of
// at least 4.5:1 (WCAG 1.4.3): what labels in white is read on it.
func whiteOn(t *testing.T, what string, colours []string) {
	t.Helper()
	for _, c := range colours {
		r, err := wcag.Contrast("#ffffff", c)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if r < 4.5 {
			t.Errorf("%s: white on %s has a contrast of %.2f:1, want at least 4.5:1", what, c, r)
		}
	}
}

// The load chart writes each idea's title in white on its segment, and the
// matrix each idea's rank in white in its bubble: the colours of both, as
// the options carry them, are dark enough for small white text, and the
// bubbles are opaque, so that the page's background does not lighten them.
func TestWhiteLabelsHaveTheContrastOfText(t *testing.T) {
	whiteOn(t, "palette", palette)
	var status []string
	for _, st := range openStatuses {
		status = append(status, statusColors[st])
	}
	whiteOn(t, "status colours", status)

	team := &site.Team{Team: &content.Team{Doc: content.Doc{Slug: "a"}, Title: "A", Capacity: 10}}
	for i := range 12 {
		idea := &site.Idea{Idea: &content.Idea{Doc: content.Doc{Slug: "i" + strconv.Itoa(i)}, Title: "I", Status: "accepted"}}
		team.LoadParts = append(team.LoadParts, site.LoadPart{Idea: idea, Points: 1})
	}
	var load struct {
		Color []string `json:"color"`
	}
	if err := json.Unmarshal(Load("chart-load", []*site.Team{team}, "wsjf", text()).Option, &load); err != nil {
		t.Fatal(err)
	}
	if len(load.Color) == 0 {
		t.Fatal("the load chart names no colours")
	}
	whiteOn(t, "load chart", load.Color)

	var matrix struct {
		Series []struct {
			Type      string `json:"type"`
			ItemStyle struct {
				Color   string   `json:"color"`
				Opacity *float64 `json:"opacity"`
			} `json:"itemStyle"`
			Label struct {
				Show  bool   `json:"show"`
				Color string `json:"color"`
			} `json:"label"`
			Data []json.RawMessage `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(Matrix(testSite("wsjf", "a", "b", "c", "d"), text()).Option, &matrix); err != nil {
		t.Fatal(err)
	}
	bubbles := 0
	for _, s := range matrix.Series {
		if s.Type != "scatter" || len(s.Data) == 0 {
			continue
		}
		bubbles++
		if s.Label.Show && s.Label.Color != "#ffffff" {
			t.Errorf("ranks in %s bubbles are %s, not white", s.ItemStyle.Color, s.Label.Color)
		}
		whiteOn(t, "matrix", []string{s.ItemStyle.Color})
		// ECharts draws a scatter's marks at 0.8 unless told otherwise.
		if o := s.ItemStyle.Opacity; o == nil || *o != 1 {
			got := "ECharts' 0.8"
			if o != nil {
				got = strconv.FormatFloat(*o, 'g', -1, 64)
			}
			t.Errorf("%s bubbles have an opacity of %s, want 1: see-through, their white ranks lose contrast", s.ItemStyle.Color, got)
		}
	}
	if bubbles != 4 {
		t.Errorf("%d series of bubbles, want one per open status (4)", bubbles)
	}
}

// A chart's name, which the page gives the table of its data, is its name
// in the page's words.
func TestChartsCarryTheirName(t *testing.T) {
	s := testSite("wsjf", "a", "b")
	for _, c := range []Chart{Matrix(s, text()), Ranking(s, text()), Load("chart-load", nil, "wsjf", text())} {
		if !strings.HasPrefix(c.Name, "chart.") {
			t.Errorf("%s is named %q, want its name's text (chart.…)", c.ID, c.Name)
		}
	}
}

// A team far above the others does not flatten their bars: the axis ends
// above the others, and the outlier's load is a triangle at its end (QA: a
// load of 300 against others of 1 to 5 left those without a visible bar).
func TestLoadCapsATeamFarAboveTheOthers(t *testing.T) {
	team := func(slug string, load, capacity float64) *site.Team {
		tm := &site.Team{Team: &content.Team{Doc: content.Doc{Slug: slug}, Title: strings.ToUpper(slug), Capacity: capacity}}
		idea := &site.Idea{Idea: &content.Idea{Doc: content.Doc{Slug: "i-" + slug}, Title: "I " + slug, Status: "accepted"}}
		tm.Load, tm.LoadParts = load, []site.LoadPart{{Idea: idea, Points: load}}
		return tm
	}
	var opt struct {
		XAxis []struct {
			Max float64 `json:"max"`
		} `json:"xAxis"`
		Series []struct {
			Data []json.RawMessage `json:"data"`
		} `json:"series"`
	}
	parse := func(teams ...*site.Team) {
		opt.XAxis, opt.Series = nil, nil
		if err := json.Unmarshal(Load("chart-load", teams, "wsjf", text()).Option, &opt); err != nil {
			t.Fatal(err)
		}
	}
	// marks lists the chart's scatter marks of one symbol ("" is the
	// capacity's) as "row:x:label".
	marks := func(symbol string) []string {
		var out []string
		for _, s := range opt.Series {
			for _, d := range s.Data {
				var it struct {
					Symbol string `json:"symbol"`
					Value  []any  `json:"value"`
					Label  struct {
						Formatter string `json:"formatter"`
					} `json:"label"`
				}
				if json.Unmarshal(d, &it) == nil && it.Symbol == symbol && len(it.Value) == 2 {
					out = append(out, fmt.Sprint(it.Value[1], ":", it.Value[0], ":", it.Label.Formatter))
				}
			}
		}
		return out
	}
	triangles := func() []string { return marks("triangle") }
	parse(team("a", 300, 0.5), team("b", 4.9, 6), team("c", 1.25, 5))
	if opt.XAxis[0].Max != niceMax(6) || !slices.Equal(triangles(), []string{fmt.Sprint(0, ":", niceMax(6), ":load")}) {
		t.Errorf("axis max %v, triangles %v; want %v and the outlier's in row 0", opt.XAxis[0].Max, triangles(), niceMax(6))
	}
	// Loads of one order keep the whole axis.
	parse(team("a", 30, 20), team("b", 12, 10), team("c", 8, 10))
	if opt.XAxis[0].Max != niceMax(30) || len(triangles()) != 0 {
		t.Errorf("axis max %v, triangles %v; want %v and none", opt.XAxis[0].Max, triangles(), niceMax(30))
	}
	// Of two teams, one four times the other is no outlier (review).
	parse(team("a", 100, 0), team("b", 20, 0))
	if opt.XAxis[0].Max != niceMax(100) {
		t.Errorf("two teams: axis max %v, want %v", opt.XAxis[0].Max, niceMax(100))
	}
	// A capacity beyond the capped axis is marked at its end (review: it
	// was left out).
	parse(team("a", 5, 1000), team("b", 4.9, 6), team("c", 1.25, 5))
	want := fmt.Sprint(0, ":", opt.XAxis[0].Max, ":capacity x")
	capAt := marks("")
	if len(capAt) != 3 || capAt[0] != want {
		t.Errorf("the capacity marks are %q; want the first, of 1000, at the axis's end: %q", capAt, want)
	}
}

// A bar beyond the ranking's capped axis is marked so at the axis's end,
// with a triangle pointing out of the chart that carries its score, as
// the matrix and the load mark theirs: a bar of 50,000 drawn to an axis
// ending at 5 looked like a bar of 5 (QA).
func TestTheRankingMarksABarBeyondItsAxis(t *testing.T) {
	titles := make([]string, 10)
	for i := range titles {
		titles[i] = "idea " + strconv.Itoa(i)
	}
	s := testSite("rice", titles...)
	s.Ranked[0].Score.Value = 1e6
	var opt struct {
		XAxis []struct {
			Max float64 `json:"max"`
		} `json:"xAxis"`
		Legend struct {
			Data []string `json:"data"`
		} `json:"legend"`
		Series []struct {
			Name string          `json:"name"`
			Type string          `json:"type"`
			Data json.RawMessage `json:"data"`
		} `json:"series"`
	}
	tx := text() // numbers as written, to tell the idea's score from another (review)
	tx.Num = func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	tx.Score = func(s *site.Score) string { return tx.Num(s.Value) }
	if err := json.Unmarshal(Ranking(s, tx).Option, &opt); err != nil {
		t.Fatal(err)
	}
	type mark struct {
		Value        any      `json:"value"`
		Symbol       string   `json:"symbol"`
		SymbolRotate float64  `json:"symbolRotate"`
		Tip          []string `json:"tip"`
		Label        *struct {
			Show      *bool  `json:"show"`
			Formatter string `json:"formatter"`
		} `json:"label"`
	}
	var marks []mark
	hidden := 0
	for _, series := range opt.Series {
		var data []json.RawMessage
		if err := json.Unmarshal(series.Data, &data); err != nil {
			t.Fatal(err)
		}
		for _, raw := range data {
			var m mark
			if json.Unmarshal(raw, &m) != nil {
				continue // "-", no bar in this row
			}
			if series.Type == "scatter" {
				marks = append(marks, m)
				if slices.Contains(opt.Legend.Data, series.Name) {
					t.Errorf("the legend names the marks beyond the axis: %q", opt.Legend.Data)
				}
			} else if m.Label != nil && m.Label.Show != nil && !*m.Label.Show {
				hidden++
			}
		}
	}
	if len(marks) != 1 {
		t.Fatalf("%d marks beyond the axis, want 1", len(marks))
	}
	m := marks[0]
	if v, ok := m.Value.([]any); !ok || len(v) != 2 || v[0] != opt.XAxis[0].Max || v[1] != 0.0 || m.Symbol != "triangle" || m.SymbolRotate != -90 {
		t.Errorf("the mark is %+v, want a triangle pointing right at [%v 0]", m, opt.XAxis[0].Max)
	}
	if m.Label == nil || m.Label.Formatter != "1000000" || len(m.Tip) == 0 || m.Tip[0] != "#1 idea 0" {
		t.Errorf("the mark's label is %+v and its tip %q; want the idea's score and its tip", m.Label, m.Tip)
	}
	// The bar's own label gives way to the mark's: they would overlap.
	if hidden != 1 {
		t.Errorf("%d bars hide their labels, want the one beyond the axis", hidden)
	}
}

// A bar is as long as its score: RICE scores of a team that counts effort
// in person-days, 0.008, 0.0025 and 0.00125, are three bars in those
// proportions, not one of 0.01 beside two of 0 (QA).
func TestRankingBarsAreAsLongAsTheirScores(t *testing.T) {
	s := testSite("rice", "a", "b", "c", "d")
	for n, v := range []float64{0.008, 0.0025, 0.00125, 7.142857142857} {
		s.Ranked[n].Score.Value = v
	}
	var opt struct {
		Series []struct {
			Type string `json:"type"`
			Data []any  `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(Ranking(s, text()).Option, &opt); err != nil {
		t.Fatal(err)
	}
	bars := map[string]float64{}
	for _, series := range opt.Series {
		for _, d := range series.Data {
			if m, ok := d.(map[string]any); ok && series.Type == "bar" {
				bars[m["name"].(string)] = m["value"].(float64)
			}
		}
	}
	for name, want := range map[string]float64{"a": 0.008, "b": 0.0025, "c": 0.00125, "d": 7.14} {
		if bars[name] != want {
			t.Errorf("the bar of %s is %v long; want %v", name, bars[name], want)
		}
	}
}

// A load's bars and the capacity's mark are as long and as far as the
// points they stand for, as a ranking's bars are: a team that counts in
// person-days, with a capacity of 0.004 and ideas of 0.001 and 0.0025, had
// its mark drawn at 0 under the axis's 0.004 and its bars left out (QA).
func TestLoadBarsAndCapacityAreAsLongAsTheirPoints(t *testing.T) {
	tm := &site.Team{Team: &content.Team{Doc: content.Doc{Slug: "a"}, Title: "A", Capacity: 0.004}}
	small := &site.Idea{Idea: &content.Idea{Doc: content.Doc{Slug: "s"}, Title: "S", Status: "accepted"}}
	large := &site.Idea{Idea: &content.Idea{Doc: content.Doc{Slug: "l"}, Title: "L", Status: "in-progress"}}
	tm.Load, tm.LoadParts = 0.0035, []site.LoadPart{{Idea: small, Points: 0.001}, {Idea: large, Points: 0.0025}}
	var opt struct {
		Series []struct {
			Type string `json:"type"`
			Data []struct {
				Name  string `json:"name"`
				Value any    `json:"value"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(Load("chart-load", []*site.Team{tm}, "wsjf", text()).Option, &opt); err != nil {
		t.Fatal(err)
	}
	got := map[string]any{}
	for _, series := range opt.Series {
		for _, d := range series.Data {
			got[series.Type+" "+d.Name] = d.Value
		}
	}
	for name, want := range map[string]any{"bar S": 0.001, "bar L": 0.0025, "scatter A": []any{0.004, 0.0}} {
		if !reflect.DeepEqual(got[name], want) {
			t.Errorf("%s is at %v; want %v", name, got[name], want)
		}
	}
}

// Two ideas of nearly equal effort and benefit are moved apart along the
// line between them: the one above further up, under ice, whose ease axis
// runs right to left, the easier one further left. An idea with room
// around it stays on its spot.
func TestNearlyEqualIdeasAreMovedApartAlongTheLineBetweenThem(t *testing.T) {
	s := testSite("wsjf", "a", "b", "c")
	s.Ranked[0].Score.X, s.Ranked[0].Score.Y = 3, 13
	s.Ranked[1].Score.X, s.Ranked[1].Score.Y = 3, 12.5
	s.Ranked[2].Score.X, s.Ranked[2].Score.Y = 9, 2
	offsets := matrixOffsets(t, s)
	if a, b := offsets["a"], offsets["b"]; len(a) != 2 || len(b) != 2 || a[0] != 0 || b[0] != 0 || a[1] >= 0 || b[1] <= 0 {
		t.Errorf("a just above b: offsets a %v, b %v; want a moved up and b down", a, b)
	}
	if offsets["c"] != nil {
		t.Errorf("c, alone, was moved by %v", offsets["c"])
	}
	s = testSite("ice", "a", "b", "c")
	s.Ranked[0].Score.X, s.Ranked[0].Score.Y = 6, 40
	s.Ranked[1].Score.X, s.Ranked[1].Score.Y = 5.8, 40
	s.Ranked[2].Score.X, s.Ranked[2].Score.Y = 1, 2
	offsets = matrixOffsets(t, s)
	if a, b := offsets["a"], offsets["b"]; len(a) != 2 || len(b) != 2 || a[0] >= 0 || b[0] <= 0 {
		t.Errorf("ice, a a little easier than b: offsets a %v, b %v; want a moved left and b right", a, b)
	}
}

// A crowded matrix, 80 ideas of job size 1 on six costs of delay among 20
// spread out: the ideas of one spot are one mark on it, with their count
// where a rank would be and every one of them named in its tip, and no
// mark is moved so far that it leaves its spot, where the marks had
// covered each other in a smudge, or been pushed to values none had (QA).
func TestIdeasOnACrowdedSpotAreOneMarkWithTheirCountOnIt(t *testing.T) {
	titles := make([]string, 100)
	for i := range titles {
		titles[i] = "idea " + strconv.Itoa(i)
	}
	s := testSite("wsjf", titles...)
	for i, idea := range s.Ranked {
		if i < 80 {
			idea.Score.X, idea.Score.Y = 1, float64(8+i%6)
		} else {
			idea.Score.X, idea.Score.Y = float64(2+i%13), float64(1+(i*7)%25)
		}
		idea.Score.Value = idea.Score.Y / idea.Score.X
	}
	c := Matrix(s, text())
	var opt struct {
		Series []struct {
			Name string `json:"name"`
			Data []struct {
				Name         string    `json:"name"`
				Value        []float64 `json:"value"`
				SymbolSize   float64   `json:"symbolSize"`
				SymbolOffset []float64 `json:"symbolOffset"`
				Tip          []string  `json:"tip"`
				URL          string    `json:"url"`
				Label        *struct {
					Formatter string `json:"formatter"`
				} `json:"label"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(c.Option, &opt); err != nil {
		t.Fatal(err)
	}
	named := map[string]int{}
	groups := 0
	for _, series := range opt.Series {
		for _, d := range series.Data {
			if off := d.SymbolOffset; off != nil && math.Hypot(off[0], off[1]) > d.SymbolSize/2+0.5 {
				t.Errorf("%s at (%v, %v) is drawn %v px off its spot, beyond its own radius of %v px", d.Name, d.Value[0], d.Value[1], off, d.SymbolSize/2)
			}
			if !strings.HasPrefix(d.Name, "×") {
				named[d.Name]++
				continue
			}
			groups++
			if series.Name != "chart.matrix_groups" || d.Label == nil || d.Label.Formatter != d.Name || d.URL != "" {
				t.Errorf("group %s in series %q, label %+v, url %q: want its count as its label, in the groups' series, and no one idea's link", d.Name, series.Name, d.Label, d.URL)
			}
			n, _ := strconv.Atoi(strings.TrimPrefix(d.Name, "×"))
			members := 0
			for _, line := range d.Tip {
				if m := regexp.MustCompile(`^#\d+ (idea \d+) · `).FindStringSubmatch(line); m != nil {
					named[m[1]]++
					members++
					if x, _ := strconv.Atoi(strings.TrimPrefix(m[1], "idea ")); x >= 80 || float64(8+x%6) != d.Value[1] || d.Value[0] != 1 {
						t.Errorf("group %s at (%v, %v) names %s, which is not on its spot", d.Name, d.Value[0], d.Value[1], m[1])
					}
				}
			}
			if members != n {
				t.Errorf("group %s names %d ideas in its tip: %q", d.Name, members, d.Tip)
			}
		}
	}
	if groups != 6 || c.Grouped != 6 {
		t.Errorf("got %d group marks (Grouped %d), want one for each of the 6 crowded spots", groups, c.Grouped)
	}
	// The page lists each group's ideas for paper, best ranked first, the
	// groups from left to right and top to bottom: here all at job size 1,
	// costs of delay 13 down to 8.
	if len(c.Groups) != 6 {
		t.Fatalf("Groups has %d groups, want the 6 marks'", len(c.Groups))
	}
	for k, g := range c.Groups {
		if g[0].Score.X != 1 || g[0].Score.Y != float64(13-k) || len(g) < groupFrom {
			t.Errorf("group %d of %d ideas is at (%v, %v), want (1, %d)", k, len(g), g[0].Score.X, g[0].Score.Y, 13-k)
		}
		for j, i := range g {
			if i.Score.X != g[0].Score.X || i.Score.Y != g[0].Score.Y || j > 0 && i.Rank <= g[j-1].Rank {
				t.Errorf("group %d names %s (rank %d) at (%v, %v) as its idea %d", k, i.Title, i.Rank, i.Score.X, i.Score.Y, j)
			}
		}
	}
	for _, title := range titles {
		if named[title] != 1 {
			t.Errorf("%s is named by %d marks, want 1", title, named[title])
		}
	}
}

// The ideas of the marks of several are listed for paper from left to
// right, and top to bottom on one job size, whatever their ranks, as a
// reader of the printed matrix looks for a mark; in a mark, best ranked
// first. ICE's ease is drawn falling from left to right.
func TestTheMarksOfSeveralAreListedFromLeftToRight(t *testing.T) {
	for _, model := range []string{"wsjf", "ice"} {
		titles := make([]string, 12)
		for i := range titles {
			titles[i] = "idea " + strconv.Itoa(i)
		}
		s := testSite(model, titles...)
		s.Config.ScoringModel = model
		spots := [][2]float64{{6, 30}, {1, 2}, {1, 9}, {3, 20}} // three ideas on each
		for i, idea := range s.Ranked {
			idea.Score.X, idea.Score.Y = spots[i%4][0], spots[i%4][1]
			idea.Score.Value = idea.Score.Y / idea.Score.X
		}
		want := [][2]float64{{1, 9}, {1, 2}, {3, 20}, {6, 30}}
		if model == "ice" {
			want = [][2]float64{{6, 30}, {3, 20}, {1, 9}, {1, 2}}
		}
		c := Matrix(s, text())
		var got [][2]float64
		for _, g := range c.Groups {
			got = append(got, [2]float64{g[0].Score.X, g[0].Score.Y})
			for j := 1; j < len(g); j++ {
				if g[j].Rank <= g[j-1].Rank {
					t.Errorf("%s: the mark at %v lists rank %d after %d", model, got[len(got)-1], g[j].Rank, g[j-1].Rank)
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: the marks of several are listed at %v, want %v", model, got, want)
		}
	}
}
