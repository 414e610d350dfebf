package render

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fokus/generator/content"
	"fokus/generator/site"
)

// writeJSON streams index.json one element at a time; it must give exactly
// what marshalling the whole site as one value gives, for a site with every
// list filled and for one with every list empty.
func TestIndexJSONIsWrittenAsOneValueWouldBe(t *testing.T) {
	full := fstest.MapFS{
		"fokus.toml":             {Data: []byte("title = \"A <b> & \\\"c\\\"\"\nperiod = \"2026-Q4\"\n")},
		"content/teams/sales.md": {Data: []byte("+++\ntitle = \"Sales\"\ncapacity = 10\nwip_limit = 2\nmembers = [\"Ann\"]\n+++\n")},
		"content/teams/web.md":   {Data: []byte("+++\ntitle = \"Web\"\n+++\n")},
		"content/objectives/leads.md": {Data: []byte("+++\ntitle = \"Leads\"\nteam = \"sales\"\nperiod = \"2026-Q4\"\n\n" +
			"[[key_results]]\ntitle = \"Leads\"\nstart = 0\ntarget = 40\n\n[[key_results.checkins]]\ndate = 2026-10-01\nvalue = 10\n\n" +
			"[[key_results]]\ntitle = \"Launched\"\ndone = false\n+++\n")},
		"content/ideas/a.md": {Data: []byte("+++\ntitle = \"</script> & A\"\nsubmitted = 2026-11-01\nteams = [\"sales\"]\nstatus = \"accepted\"\ntags = [\"x\"]\nobjectives = [\"leads\"]\n\n" +
			"[score]\nvalue = 3\ntime_criticality = 2\nrisk_reduction = 1\njob_size = 2\n\n[decision]\ndate = 2026-11-02\nby = \"Ann\"\nrationale = \"Because.\"\nstops = [\"b\"]\n+++\n")},
		"content/ideas/b.md": {Data: []byte("+++\ntitle = \"B\"\nsubmitted = 2026-01-01\nteams = [\"web\"]\n+++\n")},
		"content/ideas/c.md": {Data: []byte("+++\ntitle = \"C\"\nsubmitted = 2026-11-01\nstatus = \"rejected\"\n\n[decision]\ndate = 2026-11-03\nby = \"Ben\"\nrationale = \"No.\"\n+++\n")},
	}
	empty := fstest.MapFS{"fokus.toml": {Data: []byte("title = \"Empty\"\n")}, "content/ideas/.keep": {}}
	for name, fsys := range map[string]fstest.MapFS{"full": full, "empty": empty} {
		set, _, err := content.Load(fsys, content.Options{})
		if err != nil {
			t.Fatal(err)
		}
		s, _ := site.Build(set, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
		if name == "full" && (len(s.Ranked) == 0 || len(s.Unassessed) == 0 || len(s.Closed) == 0 || len(s.Findings) == 0) {
			t.Fatalf("the full site lacks a list: %d ranked, %d unassessed, %d closed, %d findings",
				len(s.Ranked), len(s.Unassessed), len(s.Closed), len(s.Findings))
		}
		var period *string
		if name == "full" {
			period = &s.Period
		}
		whole := jsonSite{
			Title: s.Config.Title, Period: period, Now: day(s.Now),
			Scoring:    jsonScoring{Model: s.Config.ScoringModel, Formula: site.Formula(s.Config.ScoringModel)},
			Teams:      each(s.Teams, teamJSON(s)),
			Ideas:      each(slices.Concat(s.Ranked, s.Unassessed, s.Closed), ideaJSON),
			Objectives: each(s.Objectives, objectiveJSON),
			Findings:   each(s.Findings, findingJSON),
		}
		want, err := json.MarshalIndent(whole, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, '\n')
		var got bytes.Buffer
		if err := writeJSON(&got, s); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s site: streamed:\n%s\nwant:\n%s", name, got.Bytes(), want)
		}
		if !json.Valid(got.Bytes()) {
			t.Errorf("%s site: not valid JSON", name)
		}
		// A site without a period says null, as data.md has it (QA: "").
		if name == "empty" && !bytes.Contains(got.Bytes(), []byte(`"period": null,`)) {
			t.Errorf("the empty site's period is not null:\n%s", got.Bytes())
		}
	}
}

func each[T, J any](items []T, toJSON func(T) J) []J {
	out := []J{}
	for _, item := range items {
		out = append(out, toJSON(item))
	}
	return out
}

// index.json is data: computed figures as computed, not rounded for display;
// scores, loads and progress to twelve significant digits, without float arithmetic's
// noise (0.30000000000000004, QA).
func TestIndexJSONKeepsComputedFiguresWhole(t *testing.T) {
	fsys := fstest.MapFS{
		"fokus.toml":         {Data: []byte("period = \"2026-Q4\"\n")},
		"content/teams/a.md": {Data: []byte("+++\ntitle = \"A\"\ncapacity = 9\n+++\n")},
		"content/teams/b.md": {Data: []byte("+++\ntitle = \"B\"\n+++\n")},
		"content/teams/c.md": {Data: []byte("+++\ntitle = \"C\"\n+++\n")},
		"content/objectives/o.md": {Data: []byte("+++\ntitle = \"O\"\nteam = \"a\"\nperiod = \"2026-Q4\"\n\n" +
			"[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 3\ncurrent = 1\n+++\n")},
		"content/ideas/x.md": {Data: []byte("+++\ntitle = \"X\"\nsubmitted = 2026-11-01\nteams = [\"a\", \"b\", \"c\"]\nstatus = \"accepted\"\n\n" +
			"[score]\nvalue = 5\ntime_criticality = 5\nrisk_reduction = 3\njob_size = 7\n\n[decision]\ndate = 2026-11-02\nby = \"Ann\"\nrationale = \"Yes.\"\nstops = [\"Something\"]\n+++\n")},
	}
	set, _, err := content.Load(fsys, content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, _ := site.Build(set, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	var b bytes.Buffer
	if err := writeJSON(&b, s); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Ideas []struct {
			Score struct{ Value float64 } `json:"score"`
		} `json:"ideas"`
		Objectives []struct{ Progress float64 } `json:"objectives"`
		Teams      []struct{ Load float64 }     `json:"teams"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if v := got.Ideas[0].Score.Value; v != 1.85714285714 {
		t.Errorf("score %v, want 13/7 = 1.85714285714", v)
	}
	if p := got.Objectives[0].Progress; p != 0.333333333333 {
		t.Errorf("progress %v, want 1/3 = 0.333333333333", p)
	}
	if l := got.Teams[0].Load; l != 2.33333333333 {
		t.Errorf("load of team a %v, want 7/3 = 2.33333333333", l)
	}
}

// docs/data.md describes every field of index.json, each in the section of
// its object: a field added to the schema without a word there fails here,
// also when its name is a word the document uses elsewhere (review).
func TestDocsDescribeEveryFieldOfIndexJSON(t *testing.T) {
	doc, err := os.ReadFile("../../docs/data.md")
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string]string{} // heading → its text
	for _, part := range strings.Split(string(doc), "\n## ")[1:] {
		heading, text, _ := strings.Cut(part, "\n")
		sections[heading] = text
	}
	// Each object of the schema, and the section that describes it; an
	// object within another (a score, a key result) is in its section.
	sectionOf := map[reflect.Type]string{
		reflect.TypeFor[jsonSite]():      "Top level",
		reflect.TypeFor[jsonScoring]():   "Top level",
		reflect.TypeFor[jsonTeam]():      "A team",
		reflect.TypeFor[jsonIdea]():      "An idea",
		reflect.TypeFor[jsonScore]():     "An idea",
		reflect.TypeFor[jsonDecision]():  "An idea",
		reflect.TypeFor[jsonObjective](): "An objective",
		reflect.TypeFor[jsonKeyResult](): "An objective",
		reflect.TypeFor[jsonCheckin]():   "An objective",
		reflect.TypeFor[jsonFinding]():   "A finding",
	}
	seen := map[reflect.Type]bool{}
	var walk func(typ reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] {
			return
		}
		seen[typ] = true
		section, ok := sectionOf[typ]
		if !ok {
			t.Errorf("index.json has an object %s that the test does not place in docs/data.md", typ.Name())
			return
		}
		text, ok := sections[section]
		if !ok {
			t.Fatalf("docs/data.md has no section %q", section)
		}
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !strings.Contains(text, "`"+name+"`") {
				t.Errorf("docs/data.md, section %q, does not name the field %q (%s.%s)", section, name, typ.Name(), f.Name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[jsonSite]())
}

// docs/data.md names only fields that index.json has, and says of each in
// its tables what it is when the content does not set it, as the schema
// writes it: "or null" for a field written as null, "optional" for one
// left out. A field made optional in the code while the document says
// null (a script would read a missing key) fails here, and so does a row
// for a field that is gone.
func TestDocsSayWhichFieldsAreNullAndWhichAreLeftOut(t *testing.T) {
	doc, err := os.ReadFile("../../docs/data.md")
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string]map[string]reflect.StructField{} // section → JSON name → field
	for typ, section := range map[reflect.Type]string{
		reflect.TypeFor[jsonSite]():      "Top level",
		reflect.TypeFor[jsonTeam]():      "A team",
		reflect.TypeFor[jsonIdea]():      "An idea",
		reflect.TypeFor[jsonObjective](): "An objective",
		reflect.TypeFor[jsonFinding]():   "A finding",
	} {
		fields[section] = map[string]reflect.StructField{}
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			fields[section][name] = f
		}
	}
	for _, part := range strings.Split(string(doc), "\n## ")[1:] {
		heading, text, _ := strings.Cut(part, "\n")
		own, ok := fields[heading]
		if !ok {
			t.Errorf("docs/data.md has a section %q that the test does not know", heading)
			continue
		}
		for _, row := range strings.Split(text, "\n") {
			cells := strings.Split(row, "|")
			if len(cells) < 4 || strings.HasPrefix(row, "|---") || strings.TrimSpace(cells[1]) == "field" {
				continue
			}
			what := cells[2]
			for _, m := range codeSpan.FindAllStringSubmatch(cells[1], -1) {
				f, ok := own[m[1]]
				if !ok {
					t.Errorf("docs/data.md, section %q, names a field %q that index.json does not have", heading, m[1])
					continue
				}
				omitted := strings.Contains(f.Tag.Get("json"), ",omitempty")
				null := !omitted && f.Type.Kind() == reflect.Pointer
				if says := strings.Contains(what, "or null"); says != null {
					t.Errorf("docs/data.md, section %q: %q says \"or null\" %v, but the field is null when not set %v", heading, m[1], says, null)
				}
				if says := strings.HasPrefix(strings.TrimSpace(what), "optional"); says != omitted {
					t.Errorf("docs/data.md, section %q: %q says \"optional\" %v, but the field is left out when not set %v", heading, m[1], says, omitted)
				}
			}
		}
	}
}
