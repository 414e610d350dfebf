package render

import (
	"fokus/generator/chart"
	"fokus/generator/site"
)

// text gives package chart the page's language and links.
func (p *Page) text() chart.Text {
	return chart.Text{T: p.T, Num: p.Num, Exact: p.Exact, Eq: p.EqSign, Score: p.ScoreNum, ScoreEq: p.ScoreEq, Load: p.LoadFigure, Pct: p.Pct, Date: p.Date,
		Amount: func(f float64, unit string) string { return p.Amount(f, unit).String() },
		Link:   func(slug string) string { return p.href(PagePath("ideas", slug)) }}
}

// MatrixChart is the priority matrix of the site's scored open ideas.
func (p *Page) MatrixChart() chart.Chart { return chart.Matrix(p.Site, p.text()) }

// RankingChart is the top open ideas as bars.
func (p *Page) RankingChart() chart.Chart { return chart.Ranking(p.Site, p.text()) }

// RankingIdeas are the ideas the ranking chart shows, for its table.
func (p *Page) RankingIdeas() []*site.Idea { return p.Top(p.Site.Ranked, chart.RankingSize) }

// LoadChart is every team's load against capacity.
func (p *Page) LoadChart() chart.Chart {
	return chart.Load("chart-load", p.Site.Teams, p.Site.Config.ScoringModel, p.text())
}

// TeamLoadChart is one team's load against its capacity, for its page.
func (p *Page) TeamLoadChart(t *site.Team) chart.Chart {
	return chart.Load("chart-load", []*site.Team{t}, p.Site.Config.ScoringModel, p.text())
}

// HistoryChart is an objective's check-ins over time.
func (p *Page) HistoryChart(o *site.Objective) chart.Chart { return chart.History(o, p.text()) }

// MatrixRow is one row of the matrix's table fallback.
type MatrixRow struct {
	Idea     *site.Idea
	Quadrant string // i18n key
}

// MatrixRows are the matrix's data as a table, in rank order.
// Quadrant is "" while there are too few ideas for quadrants.
func (p *Page) MatrixRows() []MatrixRow {
	midX, midY := chart.MatrixAxes(p.Site.Ranked)
	quadrants := p.HasQuadrants() // once: it reads every idea (review)
	rows := make([]MatrixRow, len(p.Site.Ranked))
	for i, idea := range p.Site.Ranked {
		rows[i] = MatrixRow{Idea: idea}
		if quadrants {
			rows[i].Quadrant = chart.QuadrantOf(p.Site.Config.ScoringModel, idea, midX, midY)
		}
	}
	return rows
}

// HasQuadrants reports whether the matrix splits the ideas into quadrants.
func (p *Page) HasQuadrants() bool { return chart.Quadrants(p.Site.Ranked) }

// AxisX and AxisY name the matrix's axes in the site's scoring model.
func (p *Page) AxisX() string { return p.T("axis." + p.Site.Config.ScoringModel + ".x") }
func (p *Page) AxisY() string { return p.T("axis." + p.Site.Config.ScoringModel + ".y") }
