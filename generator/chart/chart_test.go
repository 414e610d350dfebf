package chart

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"fokus/generator/content"
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
	return Text{T: func(k string) string { return k }, Num: func(f float64) string { return "n" }, Link: func(slug string) string { return "../ideas/" + slug + "/index.html" }}
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
	for _, c := range []Chart{Matrix(s, text()), Ranking(s, text()), Load("chart-load", nil, text())} {
		if c.Marks != 0 || c.Empty == "" {
			t.Errorf("%s: %d marks, empty text %q; want 0 marks and a text", c.ID, c.Marks, c.Empty)
		}
	}
}
