package render

import (
	"encoding/json"
	"io"
	"slices"
	"time"

	"fokus/generator/site"
)

// The index.json schema: the site as data for other tools, with everything
// fokus computed (scores, ranks, progress, load, findings). writeJSON writes
// it member by member and element by element; its test marshals it whole.
type jsonSite struct {
	Title      string          `json:"title"`
	Period     *string         `json:"period"`
	Now        string          `json:"now"`
	Scoring    jsonScoring     `json:"scoring"`
	Teams      []jsonTeam      `json:"teams"`
	Ideas      []jsonIdea      `json:"ideas"`
	Objectives []jsonObjective `json:"objectives"`
	Findings   []jsonFinding   `json:"findings"`
}

type jsonScoring struct {
	Model   string `json:"model"`
	Formula string `json:"formula"`
}

type jsonTeam struct {
	Slug       string   `json:"slug"`
	Title      string   `json:"title"`
	URL        string   `json:"url"`
	Capacity   *float64 `json:"capacity"`
	WIPLimit   *int     `json:"wip_limit"`
	Load       float64  `json:"load"`
	InProgress int      `json:"in_progress"`
	Door       string   `json:"door,omitempty"`
	Members    []string `json:"members"`
	Period     *string  `json:"period"`
	Objectives []string `json:"objectives"`
}

type jsonIdea struct {
	Slug       string        `json:"slug"`
	Title      string        `json:"title"`
	URL        string        `json:"url"`
	Status     string        `json:"status"`
	Submitted  string        `json:"submitted"`
	Author     string        `json:"author,omitempty"`
	Teams      []string      `json:"teams"`
	Tags       []string      `json:"tags"`
	Objectives []string      `json:"objectives"`
	Score      *jsonScore    `json:"score"`
	Rank       *int          `json:"rank"`
	Decision   *jsonDecision `json:"decision"`
	Draft      bool          `json:"draft,omitempty"`
}

type jsonScore struct {
	Value   float64            `json:"value"`
	Formula string             `json:"formula"`
	Worked  string             `json:"worked"`
	Inputs  map[string]float64 `json:"inputs"`
}

type jsonDecision struct {
	Date      string   `json:"date"`
	By        string   `json:"by"`
	Rationale string   `json:"rationale"`
	Stops     []string `json:"stops"`
	Revisit   string   `json:"revisit,omitempty"`
}

type jsonObjective struct {
	Slug       string          `json:"slug"`
	Title      string          `json:"title"`
	URL        string          `json:"url"`
	Team       string          `json:"team"`
	Period     string          `json:"period"`
	Owner      string          `json:"owner,omitempty"`
	Reviewed   *string         `json:"reviewed"` // null: never reviewed
	Progress   float64         `json:"progress"`
	Stale      bool            `json:"stale"`
	KeyResults []jsonKeyResult `json:"key_results"`
}

type jsonKeyResult struct {
	Title      string        `json:"title"`
	Progress   float64       `json:"progress"`
	Done       *bool         `json:"done,omitempty"`
	Start      *float64      `json:"start,omitempty"`
	Target     *float64      `json:"target,omitempty"`
	Current    *float64      `json:"current,omitempty"`
	Unmeasured bool          `json:"unmeasured,omitempty"`
	Unit       string        `json:"unit,omitempty"`
	Confidence *float64      `json:"confidence,omitempty"`
	Checkins   []jsonCheckin `json:"checkins"`
}

type jsonCheckin struct {
	Date  string  `json:"date"`
	Value float64 `json:"value"`
	Note  string  `json:"note,omitempty"`
}

type jsonFinding struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Message  string `json:"message"`
	Subject  string `json:"subject"`
	URL      string `json:"url"`
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// writeJSON writes index.json as json.MarshalIndent(site, "", "  ") would,
// but one element of a list at a time: a site of 10,000 ideas is a file of
// 12 MB, which as one value was built, marshalled and indented in memory at
// three times that size.
func writeJSON(w io.Writer, s *site.Site) error {
	out := jsonWriter{w: w}
	out.write("{")
	out.member("title", s.Config.Title)
	var period *string // null, as data.md has it, not "", on a site without periods (QA)
	if s.Period != "" {
		period = &s.Period
	}
	out.member("period", period)
	out.member("now", day(s.Now))
	out.member("scoring", jsonScoring{Model: s.Config.ScoringModel, Formula: site.Formula(s.Config.ScoringModel)})
	jsonList(&out, "teams", s.Teams, teamJSON(s))
	jsonList(&out, "ideas", slices.Concat(s.Ranked, s.Unassessed, s.Closed), ideaJSON)
	jsonList(&out, "objectives", s.Objectives, objectiveJSON)
	jsonList(&out, "findings", s.Findings, findingJSON)
	out.write("\n}\n")
	return out.err
}

// jsonWriter writes the members of index.json's top-level object, keeping
// the first error.
type jsonWriter struct {
	w       io.Writer
	members int
	err     error
}

func (o *jsonWriter) write(s string) {
	if o.err == nil {
		_, o.err = io.WriteString(o.w, s)
	}
}

// value writes v as MarshalIndent does at depth, in spaces.
func (o *jsonWriter) value(v any, depth string) {
	if o.err != nil {
		return
	}
	var data []byte
	if data, o.err = json.MarshalIndent(v, depth, "  "); o.err == nil {
		_, o.err = o.w.Write(data)
	}
}

func (o *jsonWriter) key(name string) {
	if o.members > 0 {
		o.write(",")
	}
	o.members++
	o.write("\n  \"" + name + "\": ")
}

func (o *jsonWriter) member(name string, v any) {
	o.key(name)
	o.value(v, "  ")
}

// jsonList writes the member name, a list of the JSON form of each item.
func jsonList[T, J any](o *jsonWriter, name string, items []T, toJSON func(T) J) {
	o.key(name)
	if len(items) == 0 {
		o.write("[]")
		return
	}
	o.write("[")
	for i, item := range items {
		if i > 0 {
			o.write(",")
		}
		o.write("\n    ")
		o.value(toJSON(item), "    ")
	}
	o.write("\n  ]")
}

// teamJSON writes a team with the period its door shows, which is not
// always the site's: a team still grading the last quarter keeps it there
// in the new one's first weeks, one of program increments has its newest
// (QA: a script that printed the doors read the site's period for every
// team, beside objectives of another).
func teamJSON(s *site.Site) func(t *site.Team) jsonTeam {
	return func(t *site.Team) jsonTeam {
		jt := jsonTeam{Slug: t.Slug, Title: t.Title, URL: jsonURL("teams", t.Slug), Load: t.Load,
			InProgress: len(t.InProgress), Door: t.Door, Members: nonNil(t.Members), Objectives: []string{}}
		if t.Capacity > 0 {
			c := t.Capacity
			jt.Capacity = &c
		}
		if t.WIPLimit > 0 {
			w := t.WIPLimit
			jt.WIPLimit = &w
		}
		if p := s.TeamPeriod(t); p != "" {
			jt.Period = &p
		}
		for _, o := range t.Objectives {
			jt.Objectives = append(jt.Objectives, o.Slug)
		}
		return jt
	}
}

func ideaJSON(i *site.Idea) jsonIdea {
	ji := jsonIdea{Slug: i.Slug, Title: i.Title, URL: jsonURL("ideas", i.Slug), Status: i.Status,
		Submitted: day(i.Submitted), Author: i.Author, Teams: nonNil(i.Idea.Teams), Tags: nonNil(i.Tags),
		Objectives: nonNil(i.Idea.Objectives), Draft: i.Draft}
	if i.Score != nil {
		ji.Score = &jsonScore{Value: i.Score.Value, Formula: i.Score.Formula, Worked: i.Score.Worked(), Inputs: map[string]float64{}}
		for _, in := range i.Score.Inputs {
			ji.Score.Inputs[in.Name] = in.Value
		}
	}
	if i.Rank > 0 {
		r := i.Rank
		ji.Rank = &r
	}
	if d := i.Decision; d != nil {
		ji.Decision = &jsonDecision{Date: day(d.Date), By: d.By, Rationale: d.Rationale, Stops: nonNil(d.Stops), Revisit: day(d.Revisit)}
	}
	return ji
}

func objectiveJSON(o *site.Objective) jsonObjective {
	jo := jsonObjective{Slug: o.Slug, Title: o.Title, URL: jsonURL("objectives", o.Slug), Team: o.Team, Period: o.Period,
		Owner: o.Owner, Reviewed: dayOrNull(o.Reviewed), Progress: o.Progress, Stale: o.Stale(), KeyResults: []jsonKeyResult{}}
	for _, kr := range o.KeyResults {
		jk := jsonKeyResult{Title: kr.Title, Progress: kr.Progress, Unit: kr.Unit, Checkins: []jsonCheckin{}}
		if kr.YesNo {
			d := kr.Done
			jk.Done = &d
		} else {
			st, tg, cu := kr.Start, kr.Target, kr.Current
			jk.Start, jk.Target, jk.Current = &st, &tg, &cu
			jk.Unmeasured = kr.Unmeasured()
		}
		if kr.Confidence >= 0 {
			c := kr.Confidence
			jk.Confidence = &c
		}
		for _, c := range kr.History {
			jk.Checkins = append(jk.Checkins, jsonCheckin{Date: day(c.Date), Value: c.Value, Note: c.Note})
		}
		jo.KeyResults = append(jo.KeyResults, jk)
	}
	return jo
}

func findingJSON(f *site.Finding) jsonFinding {
	return jsonFinding{Code: f.Code, Severity: f.Severity.String(), Path: f.Path, Line: f.Line, Col: f.Col,
		Message: f.Message, Subject: f.Title, URL: jsonURL(string(f.Kind)+"s", f.Slug)}
}

// dayOrNull is day for a date a document may lack: null in index.json when
// it does, as a missing score or decision is.
func dayOrNull(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	d := day(t)
	return &d
}

// jsonURL is the path of a document's page from the site's root, with
// index.html, as the pages link: the folder alone does not open from
// file:// (QA: docs/data.md promised index.html and the file had folders).
func jsonURL(section, slug string) string { return PagePath(section, slug) + "index.html" }
