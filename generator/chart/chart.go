// Package chart builds the site's charts as ECharts options: plain Go data,
// marshalled to JSON, that a theme embeds as data in its own templates. It is
// the only importer of go-echarts, and it never uses go-echarts' renderer:
// the renderer turns strings wrapped in "__f__" into JavaScript, which would
// let a title in content run as code. Marshalled with encoding/json such a
// string stays an inert string.
package chart

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"fokus/generator/site"
)

// Chart is one chart of a page: a fixed DOM id (so builds stay
// byte-identical), the ECharts option and the height it needs.
type Chart struct {
	ID     string
	Option json.RawMessage
	Height int // pixels
	Marks  int // data marks the chart draws (bubbles, bars, points)
	// Name is the chart's name in the site's language: what a screen
	// reader hears for the chart and for the table of its data.
	Name string
	// Empty is the key of the interface text that stands in for the chart
	// when it has no marks: an empty grid or a bare axis says nothing.
	Empty string
	// Grouped is how many of the matrix's marks stand for several ideas on
	// one spot, which the page's note then explains.
	Grouped int
	// Groups are the ideas of each such mark, best ranked first, the marks
	// by their spot from left to right and top to bottom: on paper a mark
	// has no tip, and the page lists them under the matrix (print QA: a
	// printed "×23" named no idea).
	Groups [][]*site.Idea
}

// Text is what a chart needs from the page: interface text in the site's
// language, numbers, percentages and days formatted for it, and links
// relative to the page. What ECharts itself writes (the labels of value and
// time axes) the theme's script formats by the same rules.
type Text struct {
	T   func(key string) string
	Num func(float64) string // a number worked out, rounded
	// Exact writes a number someone wrote (a check-in, a score's input)
	// with all its decimals.
	Exact func(float64) string
	// Eq is the sign between a number as Num writes it and what it stands
	// for: "≈" where Num rounded it, as the pages write a score.
	Eq func(float64) string
	// Score and ScoreEq write a score and its sign as the pages do: with
	// the decimals that tell it from a ranked neighbour's (Score.Decimals).
	Score, ScoreEq func(*site.Score) string
	// Load writes a team's load as the pages do: one over the capacity
	// with as many decimals as it takes to read as more (QA: "Load: 3.33
	// points" over a capacity of "3.33 points" was marked as over).
	Load func(*site.Team) string
	// Amount writes a number someone wrote with its unit, as the pages
	// do: "$650,000", "19%", "60 days".
	Amount func(f float64, unit string) string
	Pct    func(fraction float64) string
	Date   func(time.Time) string
	Link   func(ideaSlug string) string
}

// Status colours match the theme's status badges, so a bubble and a badge of
// the same status look alike. A bubble carries its rank in white, 11 px
// bold: each colour is dark enough for white text (≥ 4.5:1, WCAG 1.4.3).
var statusColors = map[string]string{
	"proposed":    "#5f687b",
	"assessing":   "#7a4cc2",
	"accepted":    "#2f6fb3",
	"in-progress": "#1a7a50",
}

// statusShapes are the shapes of the statuses' marks in the matrix, so that
// status is not told by colour alone (WCAG 1.4.1: on grey paper, or to
// whom blue and green look alike), each scaled to about a circle's area of
// the same score. Each leaves room for a rank inside; the triangle stays
// for an idea beyond a capped axis.
var statusShapes = map[string]struct {
	symbol string
	scale  float64
}{
	"proposed":    {"circle", 1},
	"assessing":   {"diamond", 1.25},
	"accepted":    {"rect", 0.89},
	"in-progress": {"path://M0,-10L8.66,-5L8.66,5L0,10L-8.66,5L-8.66,-5Z", 1.05}, // a hexagon
}

// lineSymbols mark the check-ins of a history's key results one shape each,
// in turn, as their colours do: lines of one colour to whom cannot tell two
// apart, or on grey paper, are still told apart by their marks and legend.
var lineSymbols = []string{"circle", "rect", "diamond", "triangle", "emptyCircle", "emptyRect", "emptyDiamond", "emptyTriangle"}

// openStatuses in the order the matrix lists them.
var openStatuses = []string{"proposed", "assessing", "accepted", "in-progress"}

// item is one data item: ECharts keeps extra keys on data items, so the
// tooltip lines and the link travel with the mark and the theme's script
// reads them without any function in the option.
type item struct {
	Name       string  `json:"name,omitempty"`
	Value      any     `json:"value"`
	SymbolSize float64 `json:"symbolSize,omitempty"`
	// SymbolOffset moves a mark by pixels, so that ideas on the same spot
	// are side by side rather than one hiding the other.
	SymbolOffset []float64 `json:"symbolOffset,omitempty"`
	// Symbol and SymbolRotate mark an idea beyond the axis's end: a
	// triangle pointing out of the chart.
	Symbol       string      `json:"symbol,omitempty"`
	SymbolRotate float64     `json:"symbolRotate,omitempty"`
	ItemStyle    *itemStyle  `json:"itemStyle,omitempty"`
	Tip          []string    `json:"tip,omitempty"`
	URL          string      `json:"url,omitempty"`
	Label        *opts.Label `json:"label,omitempty"`
}

type itemStyle struct {
	Color       string  `json:"color,omitempty"`
	BorderColor string  `json:"borderColor,omitempty"`
	BorderWidth float64 `json:"borderWidth,omitempty"`
	Opacity     float64 `json:"opacity,omitempty"`
}

// palette colours the series in turn. The load chart writes an idea's
// title in white, 11 px, on its segment: every colour is dark enough for
// white text (≥ 4.5:1, WCAG 1.4.3), which also gives lines and bars on
// white more than the 3:1 that marks need.
var palette = []string{"#2f5bd3", "#1a7a50", "#8a5a00", "#7a4cc2", capacityRed, "#0b7072", "#b03a6a", "#5a6b8c", "#66731c", "#b3541a"}

// capacityRed marks a team's capacity and a load beyond it.
const capacityRed = "#c53030"

// base carries what every chart shares: no animation, the SVG renderer is
// chosen by the theme's script, item tooltips whose text the script escapes.
func base(b *charts.BaseConfiguration) {
	b.Animation = opts.Bool(false)
	b.Tooltip = opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}
	b.Legend = opts.Legend{Show: opts.Bool(true), Top: "0", Type: "scroll"}
	b.Colors = slices.Clone(palette)
	b.Theme = "white"
}

// finish marshals a chart's option; encoding/json sorts map keys, so the
// same model gives the same bytes. A screen reader hears the chart's name
// in the page's language and where its data is: ECharts' own description
// is English and reads out raw numbers, whatever the page's language.
func finish(id string, bc *charts.BaseConfiguration, height, marks int, name string, tx Text, extra map[string]any) Chart {
	m := bc.JSON()
	delete(m, "toolbox")
	aria := map[string]any{"enabled": true, "label": map[string]any{"description": name + ". " + tx.T("chart.aria_table")}}
	m["aria"] = aria
	m["textStyle"] = map[string]any{"fontFamily": "system-ui, sans-serif"}
	for k, v := range extra {
		if k == "decal" { // ECharts' patterns, one per series, are aria's
			aria[k] = v
			continue
		}
		m[k] = v
	}
	data, err := json.Marshal(m)
	if err != nil {
		// Every value above is a number, a string or a struct of them.
		panic(fmt.Sprintf("chart %s: %v", id, err))
	}
	return Chart{ID: id, Option: data, Height: height, Marks: marks, Name: name}
}

// QuadrantsFrom is how many scored open ideas the matrix needs before it
// splits them into quadrants at their medians: of two ideas, the better one
// lies below the pair's median and was called a filler (QA).
const QuadrantsFrom = 4

// Quadrants reports whether the matrix of these ideas has quadrants: enough
// of them, and not all of one effort or of one benefit, which no median
// splits (QA: twelve equal ideas, or a RICE backlog of 0 % confidence, were
// all "quick wins" in the table while the chart put them on the lines).
func Quadrants(ideas []*site.Idea) bool {
	return len(ideas) >= QuadrantsFrom && !allEqual(ideas, func(i *site.Idea) float64 { return i.Score.X }) &&
		!allEqual(ideas, func(i *site.Idea) float64 { return i.Score.Y })
}

func allEqual(ideas []*site.Idea, v func(*site.Idea) float64) bool {
	for _, i := range ideas[1:] {
		if v(i) != v(ideas[0]) {
			return false
		}
	}
	return true
}

// MatrixAxes returns where the matrix's guides cross: the medians of the
// open ideas' effort and benefit, so the quadrants split this backlog.
func MatrixAxes(ideas []*site.Idea) (x, y float64) {
	xs := make([]float64, 0, len(ideas))
	ys := make([]float64, 0, len(ideas))
	for _, i := range ideas {
		xs = append(xs, i.Score.X)
		ys = append(ys, i.Score.Y)
	}
	return median(xs), median(ys)
}

// QuadrantOf names the quadrant an idea falls in: low effort is always
// "quick" (for ice, where x is ease, high ease is low effort).
func QuadrantOf(model string, i *site.Idea, midX, midY float64) string {
	cheap := i.Score.X <= midX
	if model == "ice" {
		cheap = i.Score.X >= midX
	}
	high := i.Score.Y >= midY
	switch {
	case cheap && high:
		return "quadrant.quick_wins"
	case high:
		return "quadrant.big_bets"
	case cheap:
		return "quadrant.fill_ins"
	}
	return "quadrant.money_pit"
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// niceMax rounds a maximum up to a value an axis can label evenly.
func niceMax(v float64) float64 {
	if v <= 0 {
		return 1
	}
	v *= 1.12
	mag := math.Pow(10, math.Floor(math.Log10(v)))
	for _, f := range []float64{1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10} {
		if f*mag >= v {
			return f * mag
		}
	}
	return 10 * mag
}

// Matrix is the priority matrix: every scored open idea as a bubble, effort
// against benefit, sized by score, coloured by status, with quadrant guides.
// Ideas without a score have no place on it; the page lists them beside it.
func Matrix(s *site.Site, tx Text) Chart {
	model := s.Config.ScoringModel
	ideas := s.Ranked
	c := charts.NewScatter()
	base(&c.BaseConfiguration)
	midX, midY := MatrixAxes(ideas)
	maxX, maxY, maxScore := 0.0, 0.0, 0.0
	for _, i := range ideas {
		maxX = math.Max(maxX, i.Score.X)
		maxY = math.Max(maxY, i.Score.Y)
		maxScore = math.Max(maxScore, i.Score.Value)
	}
	xMax, yMax := niceMax(maxX), niceMax(maxY)
	xMin := 0.0
	if model == "ice" {
		xMin, xMax = 0, 10
	} else if c := outlierCap(ideas, func(i *site.Idea) float64 { return i.Score.X }); c > 0 {
		xMax = c
	}
	// ice's benefit is a product of two ratings of 1 to 10: no outliers.
	yMin, yType, yLog := 0.0, "value", model != "ice" && spreadWide(ideas)
	if yLog {
		yMin, yMax = logRange(ideas)
		midY = math.Max(midY, yMin)
		yType = "log"
	} else if c := outlierCap(ideas, func(i *site.Idea) float64 { return i.Score.Y }); c > 0 && model != "ice" {
		yMax = c // one reach of 250,000 among reaches of hundreds, under rice
	}
	// A benefit is written with two decimals, or on a log axis with four
	// significant digits: rounded to 0.00, a benefit of 0.004 had no place
	// on it (review).
	roundY := round
	if yLog {
		roundY = significant
	}
	// Where an idea's bubble stands: on a log axis, a benefit of 0 at its floor.
	plotY := func(i *site.Idea) float64 { return roundY(math.Max(i.Score.Y, yMin)) }
	xName, yName := tx.T("axis."+model+".x"), tx.T("axis."+model+".y")
	if yLog {
		yName += " (" + tx.T("axis.log") + ")"
	}
	c.XAxisList = []opts.XAxis{{
		Type: "value", Name: xName, NameLocation: "middle", NameGap: 30,
		Min: xMin, Max: xMax, Inverse: opts.Bool(model == "ice"),
		SplitLine: &opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: "#eef0f5"}},
	}}
	// The y axis's name stands left of its labels, the widest of which is
	// the top one: 200 000 under rice needs more room than 30.
	yGap := max(42, 7*utf8.RuneCountInString(tx.Num(yMax))+16)
	c.YAxisList = []opts.YAxis{{
		Type: yType, Name: yName, NameLocation: "middle", NameGap: yGap,
		Min: yMin, Max: yMax,
		SplitLine: &opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: "#eef0f5"}},
	}}
	c.GridList = []opts.Grid{{Left: strconv.Itoa(yGap + 22), Right: "24", Top: "44", Bottom: "52"}}

	// Where each idea's mark is drawn and how large, before any is drawn:
	// keeping marks apart needs them all.
	drawn := make([]mark, len(ideas))
	for n, i := range ideas {
		size := 14.0
		if maxScore > 0 {
			size = 14 + 40*math.Sqrt(math.Max(0, i.Score.Value)/maxScore)
		}
		size *= statusShapes[i.Status].scale
		m := mark{x: round(i.Score.X), y: plotY(i), size: round(size),
			beyondX: model != "ice" && i.Score.X > xMax, beyondY: i.Score.Y > yMax}
		if m.beyondX || m.beyondY {
			m.x, m.y, m.size = round(math.Min(i.Score.X, xMax)), math.Min(plotY(i), yMax), round(math.Max(size, 30))
		}
		drawn[n] = m
	}
	plot := plotArea{width: float64(matrixKeptApartWidth - (yGap + 22) - 24), height: matrixHeight - 44 - 52,
		xMin: xMin, xMax: xMax, yMin: yMin, yMax: yMax, xInverse: model == "ice", yLog: yLog}
	groups := groupSpots(ideas, drawn)
	shown := make([]mark, len(groups))
	for g, members := range groups {
		shown[g] = drawn[members[0]]
		if len(members) > 1 { // a circle, whatever its ideas' statuses
			shown[g].size = round(shown[g].size / statusShapes[ideas[members[0]].Status].scale)
		}
	}
	// Of a crowded matrix, whose ideas' marks would cover more than their
	// share of it, each mark stays on its spot when moved apart.
	onSpot := covers(drawn) > crowded*plot.width*plot.height
	shrinkCrowded(shown, plot)
	offsets := spreadMarks(shown, plot, onSpot)
	marks, grouped := 0, 0
	for _, status := range openStatuses {
		var data []item
		for g, members := range groups {
			n := members[0]
			i := ideas[n]
			if i.Status != status || len(members) > 1 {
				continue
			}
			m := shown[g]
			it := item{
				Name:         i.Title,
				Value:        []float64{m.x, m.y, round(i.Score.Value), float64(i.Rank)},
				SymbolSize:   m.size,
				SymbolOffset: offsets[g],
				Tip: []string{
					"#" + strconv.Itoa(i.Rank) + " " + i.Title,
					tx.T("score") + ": " + tx.Score(i.Score) + " " + tx.ScoreEq(i.Score) + " " + i.Score.WorkedWith(tx.Exact),
					i.Score.Formula,
					tx.T("status") + ": " + tx.T("status."+i.Status),
				},
				URL: tx.Link(i.Slug),
			}
			beyondX, beyondY := m.beyondX, m.beyondY
			if beyondX || beyondY {
				// Beyond a capped axis: drawn on its edge as a triangle
				// pointing out of the chart (right, up, or to the corner),
				// big enough for its rank; the tip, the table and the
				// idea's page give the real values.
				it.Symbol = "triangle"
				switch {
				case beyondX && beyondY:
					it.SymbolRotate = -45
				case beyondX:
					it.SymbolRotate = -90
				}
				it.ItemStyle = &itemStyle{BorderColor: "#1d2330", BorderWidth: 1.5}
				if beyondX {
					it.Tip = append(it.Tip, xName+": "+tx.Num(i.Score.X)+" > "+tx.Num(xMax))
				}
				if beyondY {
					it.Tip = append(it.Tip, yName+": "+tx.Num(i.Score.Y)+" > "+tx.Num(yMax))
				}
			}
			data = append(data, it)
		}
		if len(data) == 0 {
			continue
		}
		marks += len(data)
		c.MultiSeries = append(c.MultiSeries, charts.SingleSeries{
			Name: tx.T("status." + status), Type: "scatter", Data: data, Symbol: statusShapes[status].symbol,
			ItemStyle: &opts.ItemStyle{Color: statusColors[status], BorderColor: "#ffffff", BorderWidth: 1, Opacity: opts.Float(1)}, // opaque: the rank's contrast is the colour's
			// The rank inside each bubble ties it to the ranking and the table,
			// and tells apart bubbles that sit on the same spot.
			Label: &opts.Label{Show: opts.Bool(true), Position: "inside", Formatter: "{@[3]}", Color: "#ffffff", FontSize: 11, FontWeight: "bold"},
		})
	}
	// Several ideas on one spot are one mark, of whatever statuses, in a
	// series of their own, which the legend names.
	var shared []item
	var named [][]*site.Idea
	for g, members := range groups {
		if len(members) > 1 {
			shared = append(shared, groupItem(ideas, members, shown[g], offsets[g], xName, yName, tx))
			group := make([]*site.Idea, len(members))
			for k, n := range members {
				group[k] = ideas[n]
			}
			named = append(named, group)
		}
	}
	slices.SortStableFunc(named, func(a, b []*site.Idea) int {
		x := cmp.Compare(a[0].Score.X, b[0].Score.X)
		if model == "ice" { // ease, drawn falling from left to right
			x = -x
		}
		return cmp.Or(x, cmp.Compare(b[0].Score.Y, a[0].Score.Y))
	})
	if shared != nil {
		marks += len(shared)
		grouped = len(shared)
		c.MultiSeries = append(c.MultiSeries, charts.SingleSeries{
			Name: tx.T("chart.matrix_groups"), Type: "scatter", Data: shared, Symbol: "circle",
			ItemStyle: &opts.ItemStyle{Color: groupColor, BorderColor: "#ffffff", BorderWidth: 1, Opacity: opts.Float(1)},
			Label:     &opts.Label{Show: opts.Bool(true), Position: "inside", Color: "#ffffff", FontSize: 11, FontWeight: "bold"},
		})
	}
	// The guides live on a series of their own without data, so hiding a
	// status in the legend does not hide them.
	if Quadrants(ideas) {
		label := func(pos string) *opts.Label {
			return &opts.Label{Show: opts.Bool(true), Position: pos, Color: "#5a6478", FontSize: 13, FontWeight: "bold"}
		}
		left, right := xMin, xMax
		corner := func(key string, x0, y0, x1, y1 float64, pos string) any {
			return []any{
				map[string]any{"name": tx.T(key), "coord": []float64{round(x0), roundY(y0)}, "label": label(pos)},
				map[string]any{"coord": []float64{round(x1), roundY(y1)}},
			}
		}
		// The cheap side is low x (effort, job size), or high x for ice,
		// whose x is ease and whose axis is drawn reversed: either way
		// the quick wins are shown top left.
		cheapLo, cheapHi, dearLo, dearHi := left, midX, midX, right
		if model == "ice" {
			cheapLo, cheapHi, dearLo, dearHi = midX, right, left, midX
		}
		c.MultiSeries = append(c.MultiSeries, charts.SingleSeries{
			Name: tx.T("quadrants"), Type: "scatter", Data: []item{},
			MarkAreas: &opts.MarkAreas{
				Data: []any{
					corner("quadrant.quick_wins", cheapLo, midY, cheapHi, yMax, "insideTopLeft"),
					corner("quadrant.big_bets", dearLo, midY, dearHi, yMax, "insideTopRight"),
					corner("quadrant.fill_ins", cheapLo, yMin, cheapHi, midY, "insideBottomLeft"),
					corner("quadrant.money_pit", dearLo, yMin, dearHi, midY, "insideBottomRight"),
				},
				MarkAreaStyle: opts.MarkAreaStyle{ItemStyle: &opts.ItemStyle{Color: "rgba(47,91,211,0.035)", BorderColor: "#d5dae6", BorderWidth: 1}},
			},
			MarkLines: &opts.MarkLines{
				Data: []any{
					map[string]any{"xAxis": round(midX), "name": tx.T("median")},
					map[string]any{"yAxis": roundY(midY), "name": tx.T("median")},
				},
				MarkLineStyle: opts.MarkLineStyle{
					Symbol:    []string{"none", "none"},
					Label:     &opts.Label{Show: opts.Bool(false)},
					LineStyle: &opts.LineStyle{Color: "#9aa3b5", Type: "dashed", Width: 1},
				},
			},
		})
	}
	c.Legend.Data = legendOf(c.MultiSeries, tx.T("quadrants"))
	ch := finish("chart-priorities", &c.BaseConfiguration, matrixHeight, marks, tx.T("chart.matrix"), tx, fit("matrix"))
	ch.Empty = "chart.matrix_empty"
	ch.Grouped, ch.Groups = grouped, named
	return ch
}

// fit names the layout the theme's script fits to the width a chart really
// has ("fokus.fit", which the script takes out of the option before
// ECharts sees it): "labelled" for bars with names on a category y axis,
// whose names then take at most 40 % of a narrow chart; "load" for the
// load chart's, which are labelled so and whose segments also get their
// idea's title where it fits; and "matrix" for the bubbles, which then
// shrink and keep inside the grid. The sizes in the
// option are those of a desktop-wide chart.
func fit(layout string) map[string]any {
	return map[string]any{"fokus": map[string]any{"fit": layout}}
}

// Outliers: an axis of the matrix ends at a nice value above the bulk of
// the ideas when the largest value is far beyond it; the few ideas beyond
// are drawn at the axis's end. One idea of job size 40 among ideas of 1 to
// 8 would otherwise push all others into the axis's left tenth, one reach
// of 250,000 among reaches of hundreds all others onto its floor. The bulk
// is the 95th percentile with at least capMinIdeas ideas, and "far" is
// capFactor times it; with fewer, a percentile is the largest value
// itself, so the bulk is the largest value below a gap of capFactorFew
// times among the top half, which only real outliers pass. The axis stays linear: a job size
// is read as the number it is.
const (
	capMinIdeas  = 20
	capFactor    = 1.5
	capFewIdeas  = 5
	capFactorFew = 4
)

// logFrom is how many times the benefit of the ideas at the top tenth may
// be that of the ideas at the bottom tenth before the matrix's benefit axis
// is logarithmic: a RICE reach runs from 10 key accounts to 45,000 site
// visitors, and on a linear axis most bubbles lay on its floor (QA). An
// outlier or two are capped instead (see outlierCap), and the axis stays
// linear, as a job size is read as the number it is.
const logFrom = 30

// spreadWide reports whether the ideas' benefits spread so wide that the
// matrix draws them on a log axis (see logFrom).
func spreadWide(ideas []*site.Idea) bool {
	if len(ideas) < capFewIdeas {
		return false
	}
	ys := make([]float64, 0, len(ideas))
	for _, i := range ideas {
		if i.Score.Y > 0 {
			ys = append(ys, i.Score.Y)
		}
	}
	if len(ys) < capFewIdeas {
		return false
	}
	sort.Float64s(ys)
	// At least the least and the largest are left out: of a few ideas,
	// one outlier is capped on a linear axis (review).
	cut := max(1, len(ys)/10)
	lo, hi := ys[cut], ys[len(ys)-1-cut]
	return hi >= logFrom*lo
}

// logRange is the range of a log axis of the ideas' benefits: from the
// power of ten below the least one above 0 to the power above the largest.
func logRange(ideas []*site.Idea) (lo, hi float64) {
	least, most := math.Inf(1), 0.0
	for _, i := range ideas {
		if y := i.Score.Y; y > 0 {
			least, most = math.Min(least, y), math.Max(most, y)
		}
	}
	return math.Pow(10, math.Floor(math.Log10(least))), math.Pow(10, math.Ceil(math.Log10(most)))
}

// outlierCap is where an axis of the matrix (the value of an idea on it)
// ends if outliers would clump the rest, or 0 if it can end at the largest
// value as usual.
func outlierCap(ideas []*site.Idea, value func(*site.Idea) float64) float64 {
	if len(ideas) < capFewIdeas {
		return 0
	}
	xs := make([]float64, len(ideas))
	for n, i := range ideas {
		xs[n] = value(i)
	}
	sort.Float64s(xs)
	if len(xs) < capMinIdeas {
		// The largest values, from the top, until one is far beyond the
		// next: of few ideas, two of 10,000 among others of 0.001 to 100
		// left ranks 4 to 10 without a visible bar (QA). Fewer than half
		// of the ideas are outliers.
		for i := len(xs) - 1; i > 0 && 2*(len(xs)-i) < len(xs); i-- {
			if c := niceMax(xs[i-1]); xs[i-1] > 0 && xs[i] > capFactorFew*c {
				return c
			}
		}
		return 0
	}
	c := niceMax(xs[int(math.Ceil(0.95*float64(len(xs))))-1])
	if xs[len(xs)-1] <= capFactor*c {
		return 0
	}
	return c
}

// matrixHeight is the priority matrix's height in pixels.
const matrixHeight = 560

// matrixKeptApartWidth is the width of the chart whose plot the matrix's
// marks are kept apart in: the theme's script shrinks marks and their
// offsets with a chart narrower than 640 px, by less than the plot, whose
// axes' labels keep their width; a phone's chart of 350 px has marks of
// 0.55 of their size in a plot as wide, for marks of full size, as a
// chart of 560 px has. Wider charts have more room between marks.
const matrixKeptApartWidth = 500

// markGap is the least room kept between two marks' edges, in pixels.
const markGap = 4

// mark is an idea's mark in the matrix as drawn: its spot on the axes (a
// value beyond an axis's end at that end) and its size in pixels.
type mark struct {
	x, y, size       float64
	beyondX, beyondY bool
}

// plotArea is the matrix's plot as its marks are kept apart in: its size
// in pixels and its axes.
type plotArea struct {
	width, height          float64
	xMin, xMax, yMin, yMax float64
	xInverse, yLog         bool
}

// pixel is where on the plot a mark's spot lies, in pixels from its top
// left corner.
func (p plotArea) pixel(m mark) (x, y float64) {
	along := func(v, lo, hi float64) float64 {
		if hi <= lo {
			return 0
		}
		return (v - lo) / (hi - lo)
	}
	fx := along(m.x, p.xMin, p.xMax)
	if p.xInverse {
		fx = 1 - fx
	}
	fy := along(m.y, p.yMin, p.yMax)
	if p.yLog && m.y > 0 && p.yMin > 0 {
		fy = along(math.Log10(m.y), math.Log10(p.yMin), math.Log10(p.yMax))
	}
	return fx * p.width, (1 - fy) * p.height
}

// crowded is the share of the matrix's plot its marks may cover: more, and
// they are drawn smaller, or moved apart, as they would cover each other.
const crowded = 0.25

// minMark is the least size of a mark in pixels, as of the least score.
const minMark = 14

// shrinkCrowded draws the marks of a crowded matrix smaller, all by one
// factor, so that together they cover no more than their share of the
// plot: 80 ideas of job size 1 were bubbles of 50 px a spot of 15 px apart,
// which covered each other, ranks and all (QA). Each stays on its spot,
// and a larger mark is still a larger score.
func shrinkCrowded(marks []mark, plot plotArea) {
	covered := covers(marks)
	room := crowded * plot.width * plot.height
	if covered <= room {
		return
	}
	k := math.Sqrt(room / covered)
	for n := range marks {
		marks[n].size = round(math.Max(minMark, marks[n].size*k))
	}
}

// covers is the area in square pixels that marks cover, overlaps counted
// twice.
func covers(marks []mark) float64 {
	covered := 0.0
	for _, m := range marks {
		covered += math.Pi * m.size * m.size / 4
	}
	return covered
}

// spreadMarks returns the offset in pixels of each mark that would cover
// another, or nil for a mark that stays on its spot: ideas of equal or
// nearly equal effort and benefit are moved apart just enough to show
// each one's mark and rank, each along the line to its neighbour, so
// that above stays above and left stays left. Their values stay what they
// are: the tip and the table give them. Marks that already share a spot
// are first set around it (sharedSpotOffsets), which gives them their
// directions. A matrix whose marks together fill more than a quarter of
// its plot has no room to move them into: only those that share a spot are
// set around it. In a crowded matrix (onSpot) a mark moves no further
// than its own radius, so it still covers its spot: there a cluster's
// marks pushed each other on, to values none of them had (QA: ideas of a
// cost of delay of 8 were drawn at 4).
func spreadMarks(marks []mark, plot plotArea, onSpot bool) [][]float64 {
	offsets := sharedSpotOffsets(marks)
	if covers(marks) > crowded*plot.width*plot.height {
		return offsets
	}
	type point struct{ x, y float64 }
	at := make([]point, len(marks))
	pos := make([]point, len(marks))
	for n, m := range marks {
		at[n].x, at[n].y = plot.pixel(m)
		pos[n] = at[n]
		if o := offsets[n]; o != nil {
			pos[n] = point{at[n].x + o[0], at[n].y + o[1]}
		}
	}
	// Each round pushes every two marks that overlap apart, each by half
	// the overlap; a few rounds settle a cluster of a few.
	for range 50 {
		moved := false
		for a := range pos {
			for b := a + 1; b < len(pos); b++ {
				need := (marks[a].size+marks[b].size)/2 + markGap
				dx, dy := pos[b].x-pos[a].x, pos[b].y-pos[a].y
				if math.Abs(dx) >= need || math.Abs(dy) >= need {
					continue
				}
				d := math.Hypot(dx, dy)
				if d >= need {
					continue
				}
				if d == 0 { // moved onto each other: the better ranked to the left
					dx, dy, d = 1, 0, 1
				}
				push := (need - d) / 2 / d
				pos[a].x, pos[a].y = pos[a].x-dx*push, pos[a].y-dy*push
				pos[b].x, pos[b].y = pos[b].x+dx*push, pos[b].y+dy*push
				moved = true
			}
		}
		if !moved {
			break
		}
	}
	for n := range marks {
		dx, dy := pos[n].x-at[n].x, pos[n].y-at[n].y
		if d, most := math.Hypot(dx, dy), math.Max(marks[n].size/2, math.Hypot(shared(offsets[n]))); onSpot && d > most {
			dx, dy = dx*most/d, dy*most/d
		}
		if x, y := pixels(dx), pixels(dy); x != 0 || y != 0 {
			offsets[n] = []float64{x, y}
		}
	}
	return offsets
}

// shared is an offset's two parts, 0 and 0 for none.
func shared(o []float64) (x, y float64) {
	if o == nil {
		return 0, 0
	}
	return o[0], o[1]
}

// sharedSpotOffsets sets the marks that share a spot on a small circle
// around it, in rank order from the left, so each one's mark and rank can
// be seen and clicked. A mark alone on its spot stays there (nil).
func sharedSpotOffsets(marks []mark) [][]float64 {
	type spot struct{ x, y float64 }
	bySpot := map[spot][]int{}
	var spots []spot
	for n, m := range marks {
		at := spot{m.x, m.y}
		if bySpot[at] == nil {
			spots = append(spots, at)
		}
		bySpot[at] = append(bySpot[at], n)
	}
	offsets := make([][]float64, len(marks))
	for _, at := range spots {
		shared := bySpot[at]
		if len(shared) < 2 {
			continue
		}
		radius := math.Min(12+4*float64(len(shared)-2), 36)
		for k, n := range shared {
			angle := math.Pi + 2*math.Pi*float64(k)/float64(len(shared))
			offsets[n] = []float64{pixels(radius * math.Cos(angle)), pixels(radius * math.Sin(angle))}
		}
	}
	return offsets
}

// groupFrom is how many ideas on one spot the matrix draws as one mark
// with their count: two are set side by side, each with its rank, shape
// and link, but a spot of many covered each other in a smudge no rank
// could be read in (QA: 80 ideas of job size 1 and costs of delay of 8
// to 13). The mark stands on the spot, as their values say.
const groupFrom = 3

// groupColor is the mark of several ideas: the ink of the page, which no
// status has, dark enough for its count in white.
const groupColor = "#1d2330"

// groupSpots returns the marks the matrix draws, each the indexes of its
// ideas in rank order: one idea alone, or groupFrom or more ideas on one
// spot together, whatever their statuses. An idea beyond a capped axis stays alone:
// its place on the axis's end is not its value.
func groupSpots(ideas []*site.Idea, drawn []mark) [][]int {
	type spot struct{ x, y float64 }
	bySpot := map[spot][]int{}
	for n, m := range drawn {
		if !m.beyondX && !m.beyondY {
			at := spot{m.x, m.y}
			bySpot[at] = append(bySpot[at], n)
		}
	}
	var groups [][]int
	for n, m := range drawn {
		at := spot{m.x, m.y}
		members := bySpot[at]
		switch {
		case m.beyondX || m.beyondY || len(members) < groupFrom:
			groups = append(groups, []int{n})
		case members[0] == n:
			groups = append(groups, members)
		}
	}
	return groups
}

// groupTipNames is how many of a group's ideas its tip names: a tip
// taller than the chart would be cut; the table names them all.
const groupTipNames = 20

// groupItem is the mark of ideas on one spot: their count in it ("×16")
// where a rank would be, and their number, values, and names and
// statuses, best ranked first, in its tip. It has no link, as it is not one
// idea's: the tip and the table lead to each.
func groupItem(ideas []*site.Idea, members []int, m mark, offset []float64, xName, yName string, tx Text) item {
	best := ideas[members[0]]
	count := "×" + strconv.Itoa(len(members))
	tip := []string{
		fmt.Sprintf(tx.T("chart.matrix_group"), len(members)),
		xName + ": " + tx.Num(best.Score.X) + " · " + yName + ": " + tx.Num(best.Score.Y),
		tx.T("score") + ": " + tx.Score(best.Score) + " · " + best.Score.Formula,
	}
	for k, n := range members {
		if k == groupTipNames {
			tip = append(tip, fmt.Sprintf(tx.T("poster.more"), len(members)-k))
			break
		}
		tip = append(tip, "#"+strconv.Itoa(ideas[n].Rank)+" "+ideas[n].Title+" · "+tx.T("status."+ideas[n].Status))
	}
	return item{
		Name:         count,
		Value:        []float64{m.x, m.y, round(best.Score.Value), float64(best.Rank)},
		SymbolSize:   m.size,
		SymbolOffset: offset,
		Tip:          tip,
		Label:        &opts.Label{Formatter: count},
	}
}

// points writes a number of points, v written as figure, with the unit in
// the right number: one point, 1,5 points.
func points(tx Text, figure string, v float64) string {
	if v == 1 {
		return figure + " " + tx.T("point")
	}
	return figure + " " + tx.T("points")
}

// pixels rounds to whole pixels, without a negative zero in the JSON.
func pixels(f float64) float64 {
	if f = math.Round(f); f == 0 {
		return 0
	}
	return f
}

// legendOf lists the series names but the one that only carries guides.
func legendOf(series charts.MultiSeries, except string) []string {
	var names []string
	for _, s := range series {
		if s.Name != except {
			names = append(names, s.Name)
		}
	}
	return names
}

// RankingSize is how many ideas the ranking chart shows.
const RankingSize = 15

// Ranking is the top open ideas by score as labelled horizontal bars, best on top.
func Ranking(s *site.Site, tx Text) Chart {
	ideas := s.Ranked
	if len(ideas) > RankingSize {
		ideas = ideas[:RankingSize]
	}
	c := charts.NewBar()
	base(&c.BaseConfiguration)
	names := make([]string, len(ideas))
	// One series per status, stacked, so that the legend says what the
	// colours mean (colour alone tells nothing to whom cannot see it, or on
	// grey paper); each idea's bar is in its status's series, the others
	// have "-" (no bar) in its row.
	byStatus := map[string][]any{}
	for n, i := range ideas {
		names[n] = strconv.Itoa(i.Rank) + ". " + i.Title
		if byStatus[i.Status] == nil {
			byStatus[i.Status] = slices.Repeat([]any{"-"}, len(ideas))
		}
		byStatus[i.Status][n] = item{
			Name:  i.Title,
			Value: length(i.Score.Value),
			// The score as the site's language writes it (4,33 in German);
			// digits and a separator only, so ECharts reads no template in it.
			Label: &opts.Label{Formatter: tx.Score(i.Score)},
			Tip: []string{
				"#" + strconv.Itoa(i.Rank) + " " + i.Title,
				tx.T("score") + ": " + tx.Score(i.Score) + " " + tx.ScoreEq(i.Score) + " " + i.Score.WorkedWith(tx.Exact),
				tx.T("status") + ": " + tx.T("status."+i.Status),
			},
			URL: tx.Link(i.Slug),
		}
	}
	// One score far beyond the others (a RICE reach of 250,000) would make
	// every other bar a sliver: the axis ends above the others, as the
	// matrix's does, and the bars beyond it run to its end, their label
	// giving the score.
	x := opts.XAxis{Type: "value", Name: tx.T("score"), NameLocation: "middle", NameGap: 28,
		SplitLine: &opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: "#eef0f5"}}}
	// A bar beyond the axis's end is marked there with a triangle pointing
	// out of the chart, which carries its score in place of the bar's own
	// label, as the load marks a load beyond its axis: a bar of 50,000
	// drawn to an axis ending at 5 looked like a bar of 5 (QA).
	var beyond []any
	end := outlierCap(ideas, func(i *site.Idea) float64 { return i.Score.Value })
	if end > 0 {
		x.Max = end
		beyond = slices.Repeat([]any{"-"}, len(ideas))
		for n, i := range ideas {
			if length(i.Score.Value) <= end {
				continue
			}
			bar := byStatus[i.Status][n].(item)
			bar.Label = &opts.Label{Show: opts.Bool(false), Formatter: bar.Label.Formatter} // its figure still makes room right of the bars
			byStatus[i.Status][n] = bar
			beyond[n] = item{Name: i.Title, Value: []any{end, n}, Symbol: "triangle", SymbolRotate: -90, SymbolSize: 14,
				Tip: append(slices.Clone(bar.Tip), tx.T("score")+": "+tx.Score(i.Score)+" > "+tx.Num(end)), URL: bar.URL,
				Label: &opts.Label{Show: opts.Bool(true), Position: "right", Formatter: tx.Score(i.Score), Color: "#1d2330"}}
		}
	}
	c.XAxisList = []opts.XAxis{x}
	c.YAxisList = []opts.YAxis{{Type: "category", Data: names, Inverse: opts.Bool(true),
		AxisLabel: &opts.AxisLabel{Width: 330, Overflow: "truncate", FontSize: 12}}}
	c.GridList = []opts.Grid{{Left: "346", Right: "56", Top: "36", Bottom: "44"}}
	for _, status := range openStatuses {
		data, ok := byStatus[status]
		if !ok {
			continue
		}
		c.MultiSeries = append(c.MultiSeries, charts.SingleSeries{
			Name: tx.T("status." + status), Type: "bar", Stack: "rank", Data: data, BarWidth: "62%",
			ItemStyle: &opts.ItemStyle{Color: statusColors[status]},
			Label:     &opts.Label{Show: opts.Bool(true), Position: "right", Formatter: "{c}", Color: "#1d2330"},
		})
	}
	beyondName := tx.T("score") + " > " + tx.Num(end)
	if beyond != nil {
		c.MultiSeries = append(c.MultiSeries, charts.SingleSeries{
			Name: beyondName, Type: "scatter", Data: beyond,
			ItemStyle: &opts.ItemStyle{Color: "#1d2330", BorderColor: "#ffffff", BorderWidth: 1},
		})
	}
	c.Legend.Data = legendOf(c.MultiSeries, beyondName)
	// Each status's bars have a pattern of their own too, as the matrix's
	// marks have a shape: status is not told by colour alone (WCAG 1.4.1).
	extra := fit("labelled")
	extra["decal"] = map[string]any{"show": true}
	ch := finish("chart-ranking", &c.BaseConfiguration, 88+28*len(ideas), len(ideas), tx.T("chart.ranking"), tx, extra)
	ch.Empty = "chart.ranking_empty"
	return ch
}

// Load is each team's committed load stacked by idea against its capacity,
// so over-commitment shows as bars reaching past the red capacity mark.
// model is the site's scoring model, which says why committed ideas may
// have no size.
func Load(id string, teams []*site.Team, model string, tx Text) Chart {
	c := charts.NewBar()
	base(&c.BaseConfiguration)
	c.Legend.Show = opts.Bool(false)
	// Red is the capacity's and the over-capacity bar's: no idea has it.
	c.Colors = slices.DeleteFunc(slices.Clone(c.Colors), func(col string) bool { return col == capacityRed })
	names := make([]string, len(teams))
	totals := make([]float64, len(teams))
	for n, t := range teams {
		names[n] = t.Title
		totals[n] = math.Max(t.Load, t.Capacity)
	}
	maxV := slices.Max(append(totals, 0))
	capped := false
	if c := loadCap(totals); c > 0 {
		// A team far above the others (a capacity of 0.5 and a load of
		// 300) would leave the others without a visible bar (QA): the axis
		// ends above the others, and the outliers' bars run to its end,
		// where a triangle says their load.
		maxV, capped = c, true
	}
	axisMax := niceMax(maxV)
	// One series per idea; an idea carried by several teams is one series
	// with a bar in each of their rows.
	type part struct {
		idea *site.Idea
		row  map[int]float64
	}
	var parts []*part
	byIdea := map[*site.Idea]*part{}
	marks := 0
	for n, t := range teams {
		for _, lp := range t.LoadParts {
			p := byIdea[lp.Idea]
			if p == nil {
				p = &part{idea: lp.Idea, row: map[int]float64{}}
				byIdea[lp.Idea] = p
				parts = append(parts, p)
			}
			p.row[n] += lp.Points
			marks++
		}
	}
	for _, p := range parts {
		data := make([]any, len(teams))
		for n := range teams {
			v, ok := p.row[n]
			if !ok {
				data[n] = "-" // ECharts' empty value: no bar in this row
				continue
			}
			data[n] = item{
				Name:  p.idea.Title,
				Value: length(v),
				Tip: []string{
					p.idea.Title,
					teams[n].Title + ": " + points(tx, tx.Num(v), v),
					tx.T("status") + ": " + tx.T("status."+p.idea.Status),
				},
				URL: tx.Link(p.idea.Slug),
			}
		}
		c.MultiSeries = append(c.MultiSeries, charts.SingleSeries{
			Name: p.idea.Title, Type: "bar", Stack: "load", Data: data, BarWidth: "56%", BarMaxWidth: "34",
			ItemStyle: &opts.ItemStyle{BorderColor: "#ffffff", BorderWidth: 1},
		})
	}
	capData := make([]any, len(teams))
	for n, t := range teams {
		if t.Capacity <= 0 {
			capData[n] = "-"
			continue
		}
		over := t.Flagged("over-capacity") // as the rule says, off included
		// The capacity as someone wrote it, as the pages write it.
		tip := []string{t.Title, tx.T("capacity") + ": " + points(tx, tx.Exact(t.Capacity), t.Capacity),
			tx.T("load") + ": " + points(tx, tx.Load(t), t.Load)}
		if over {
			tip = append(tip, tx.T("rule.over-capacity"))
		}
		// The capacity as the site's language writes it (12,5 in German),
		// not as ECharts would write the value.
		// A capacity beyond a capped axis is marked at its end, with its
		// figure: not left out (review).
		capData[n] = item{Name: t.Title, Value: []any{length(math.Min(t.Capacity, axisMax)), n}, Tip: tip,
			Label: &opts.Label{Formatter: tx.T("capacity") + " " + tx.Exact(t.Capacity)}}
	}
	c.MultiSeries = append(c.MultiSeries, charts.SingleSeries{
		Name: tx.T("capacity"), Type: "scatter", Data: capData,
		// As tall as a bar and a little more, in rows of 70 px: its label
		// above it stays in its own row. With a 46 px mark in rows of 56 px
		// the label stood between two teams' bars, nearer the one above
		// (QA: on a phone "Capacity 30" read as the team's above).
		Symbol: "rect", SymbolSize: []int{4, 36},
		ItemStyle: &opts.ItemStyle{Color: capacityRed, BorderColor: "#ffffff", BorderWidth: 1},
		// No padding: go-echarts has it as a string, which ECharts does not
		// read as padding but as a box as tall as the chart, which hid bars.
		Label: &opts.Label{Show: opts.Bool(true), Position: "top", Color: capacityRed,
			FontSize: 11, FontWeight: "bold", BackgroundColor: "#ffffff"},
	})
	if capped {
		beyond := make([]any, len(teams))
		for n, t := range teams {
			if t.Load <= axisMax {
				beyond[n] = "-"
				continue
			}
			beyond[n] = item{Name: t.Title, Value: []any{axisMax, n}, Symbol: "triangle", SymbolRotate: -90, SymbolSize: 16,
				Tip:   []string{t.Title, tx.T("load") + ": " + points(tx, tx.Load(t), t.Load) + " > " + tx.Num(axisMax)},
				Label: &opts.Label{Show: opts.Bool(true), Position: "left", Formatter: tx.Load(t), Color: "#1d2330", FontWeight: "bold", BackgroundColor: "#ffffff"}}
		}
		c.MultiSeries = append(c.MultiSeries, charts.SingleSeries{
			Name: tx.T("load"), Type: "scatter", Data: beyond,
			ItemStyle: &opts.ItemStyle{Color: "#1d2330", BorderColor: "#ffffff", BorderWidth: 1},
		})
	}
	c.XAxisList = []opts.XAxis{{Type: "value", Name: tx.T("points"), NameLocation: "middle", NameGap: 28, Min: 0, Max: axisMax,
		SplitLine: &opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: "#eef0f5"}}}}
	c.YAxisList = []opts.YAxis{{Type: "category", Data: names, Inverse: opts.Bool(true),
		AxisLabel: &opts.AxisLabel{Width: 190, Overflow: "truncate", FontSize: 13}}}
	c.GridList = []opts.Grid{{Left: "206", Right: "32", Top: "24", Bottom: "44"}}
	ch := finish(id, &c.BaseConfiguration, 80+70*len(teams), marks, tx.T("chart.load"), tx, fit("load"))
	ch.Empty = loadEmpty(teams, model)
	return ch
}

// loadCap returns where the load chart's axis ends when a few teams' totals
// (load or capacity) are far above the others': the largest of the others,
// when it is less than a quarter of the smallest of those few, and they
// are at most half of the teams; else 0.
func loadCap(totals []float64) float64 {
	if len(totals) < 3 {
		return 0 // of two teams, one four times the other is an org's shape (review)
	}
	v := slices.Clone(totals)
	slices.SortFunc(v, func(a, b float64) int { return cmp.Compare(b, a) })
	for i := 0; i+1 < len(v) && i+1 <= len(v)/2; i++ {
		if v[i+1] > 0 && v[i] > 4*v[i+1] {
			return v[i+1]
		}
	}
	return 0
}

// loadEmpty says why the load chart has no bars: no team carries an
// accepted or in-progress idea, or the ones they carry have no size, as
// under ice, which measures no effort, or when none is scored yet.
func loadEmpty(teams []*site.Team, model string) string {
	for _, t := range teams {
		for _, i := range t.Ideas {
			if !i.Committed() {
				continue
			}
			if model == "ice" {
				return "chart.load_unsized_ice"
			}
			return "chart.load_unsized"
		}
	}
	return "chart.load_empty"
}

// History is one objective's check-ins: one line per key result in percent
// of its target over time, with the target at 100 %.
func History(o *site.Objective, tx Text) Chart {
	c := charts.NewLine()
	base(&c.BaseConfiguration)
	marks := 0
	var periodStart time.Time
	dated := false
	if o.Objective != nil {
		periodStart, dated = site.PeriodStart(o.Period)
	}
	for _, kr := range o.KeyResults {
		if len(kr.History) == 0 {
			continue
		}
		data := make([]item, 0, len(kr.History)+1)
		// A key result starts at its start on the period's first day: with
		// one check-in, a line from there shows how far it moved, where a
		// lone dot showed nothing (QA).
		if dated && kr.History[0].Date.After(periodStart) {
			value := tx.Amount(kr.Start, kr.Unit)
			if kr.YesNo {
				value = tx.T("kr.open")
			}
			data = append(data, item{Value: []any{periodStart.Format("2006-01-02"), 0},
				Tip: []string{kr.Title, tx.Date(periodStart) + ": " + value + " (" + tx.Pct(0) + ")", tx.T("start")}})
		}
		for _, pt := range kr.History {
			value := tx.Amount(pt.Value, kr.Unit) + " (" + tx.Pct(pt.Progress) + ")"
			switch {
			case kr.YesNo && pt.Value >= 1: // done or open, as the key result's table says (QA: 1 and 0)
				value = tx.T("kr.done")
			case kr.YesNo:
				value = tx.T("kr.open")
			}
			tip := []string{kr.Title, tx.Date(pt.Date) + ": " + value}
			if pt.Note != "" {
				tip = append(tip, pt.Note)
			}
			// The day stays ISO as data; the theme's script labels the
			// axis with days the way the page writes them.
			data = append(data, item{Value: []any{pt.Date.Format("2006-01-02"), round(pt.Progress * 100)}, Tip: tip})
		}
		marks += len(data)
		series := charts.SingleSeries{
			Name: kr.Title, Type: "line", Data: data, Symbol: lineSymbols[len(c.MultiSeries)%len(lineSymbols)], SymbolSize: 8,
			LineStyle: &opts.LineStyle{Width: 2},
		}
		if kr.YesNo {
			series.Step = "end" // done on the day it was checked in, not a slope towards it
		}
		c.MultiSeries = append(c.MultiSeries, series)
	}
	if len(c.MultiSeries) > 0 {
		c.MultiSeries[0].MarkLines = &opts.MarkLines{
			Data: []any{map[string]any{"yAxis": 100, "name": tx.T("target")}},
			MarkLineStyle: opts.MarkLineStyle{
				Symbol:    []string{"none", "none"},
				Label:     &opts.Label{Show: opts.Bool(true), Position: "insideEndTop", Formatter: tx.T("target") + " " + tx.Pct(1), Color: "#1a7a50"},
				LineStyle: &opts.LineStyle{Color: "#1a7a50", Type: "dashed", Width: 2},
			},
		}
	}
	// Ticks at least a day apart: a check-in is a day, and a label in the
	// page's way of writing days shows nothing finer.
	// Days are long labels: on a phone, or next to the month starts ECharts
	// adds, they would overlap; those that would are left out. The theme's
	// script labels the check-ins' days instead, the first and the last
	// always (fokus-charts.js, checkinDays), as it knows the chart's width.
	c.XAxisList = []opts.XAxis{{Type: "time", MinInterval: 24 * 60 * 60 * 1000, SplitLine: &opts.SplitLine{Show: opts.Bool(false)},
		AxisLabel: &opts.AxisLabel{HideOverlap: opts.Bool(true)}}}
	// Progress is clamped to 0…100 %: steps of 25, and the target line on
	// the top edge. The right margin holds half of the last day's label,
	// which is centred on its tick.
	c.YAxisList = []opts.YAxis{{Type: "value", Name: tx.T("progress") + " %", Min: 0, Max: 100, MinInterval: 25, MaxInterval: 25,
		SplitLine: &opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: "#eef0f5"}}}}
	c.GridList = []opts.Grid{{Left: "48", Right: "48", Top: "56", Bottom: "36"}}
	ch := finish("chart-history", &c.BaseConfiguration, 360, marks, tx.T("checkins"), tx, nil)
	ch.Empty = "chart.history_empty"
	return ch
}

// round keeps two decimals, which is all a chart shows and keeps the JSON short.
func round(f float64) float64 { return site.Round(f, 2) }

// length is a bar's length for a score or a load, and where a capacity's
// mark stands: its first three significant digits, and at least two
// decimals. Rounded to two decimals alone, RICE scores of 0.0025 and
// 0.00125 had no bar beside one of 0.008 drawn to 0.01, four times as long
// where it is three times, and a capacity of 0.004 was marked at 0 (QA: a
// team's effort in person-days).
func length(f float64) float64 {
	if f == 0 {
		return 0
	}
	return site.Round(f, max(2, 2-int(math.Floor(math.Log10(math.Abs(f))))))
}

// significant rounds to four significant digits, for a log axis.
func significant(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 4, 64), 64)
	return v
}
