package render_test

import (
	"encoding/xml"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fokus/generator"
	"fokus/generator/render"
)

type feed struct {
	Title   string `xml:"title"`
	ID      string `xml:"id"`
	Updated string `xml:"updated"`
	Links   []struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr"`
	} `xml:"link"`
	Entries []struct {
		Title   string `xml:"title"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Author  string `xml:"author>name"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Summary string `xml:"summary"`
	} `xml:"entry"`
}

func feedSite(baseURL string) fstest.MapFS {
	idea := func(title, status, date, rationale string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\ntitle = " + title + "\nsubmitted = 2026-09-01\nstatus = \"" + status +
			"\"\n\n[decision]\ndate = " + date + "\nby = \"Team <b>\"\nrationale = " + rationale + "\nstops = [\"x\"]\n+++\n")}
	}
	return fstest.MapFS{
		"fokus.toml":            {Data: []byte("language = \"en\"\nbase_url = \"" + baseURL + "\"\n")},
		"content/teams/t.md":    {Data: []byte("+++\ntitle = \"T\"\n+++\n")},
		"content/ideas/old.md":  idea(`"Old"`, "rejected", "2026-09-10", `"Too costly."`),
		"content/ideas/new.md":  idea(`"</title><script>alert(1)</script>"`, "parked", "2026-10-01", `"A & B <i>"`),
		"content/ideas/open.md": {Data: []byte("+++\ntitle = \"Open\"\nsubmitted = 2026-09-01\n+++\n")},
	}
}

func buildFeed(t *testing.T, baseURL string) feed {
	t.Helper()
	return feedOf(t, feedSite(baseURL))
}

// feedOf builds the site of src on 2026-11-26 and reads its feed.
func feedOf(t *testing.T, src fstest.MapFS) feed {
	t.Helper()
	res, err := generator.Build(generator.Options{Source: src, Now: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	data := res.Output[render.FeedPath]
	if strings.Contains(string(data), "<script>") {
		t.Fatalf("feed carries a raw script tag:\n%s", data)
	}
	var f feed
	if err := xml.Unmarshal(data, &f); err != nil {
		t.Fatalf("feed is not XML: %v\n%s", err, data)
	}
	return f
}

func TestDecisionFeedListsDecisionsNewestFirstWithAbsoluteLinks(t *testing.T) {
	f := buildFeed(t, "https://intranet.example/fokus")
	if len(f.Entries) != 2 {
		t.Fatalf("feed has %d entries, want the 2 decisions", len(f.Entries))
	}
	first := f.Entries[0]
	if first.Title != "parked: </title><script>alert(1)</script>" || first.Summary != "A & B <i>" || first.Author != "Team <b>" {
		t.Errorf("first entry: %+v", first)
	}
	if first.Link.Href != "https://intranet.example/fokus/ideas/new/index.html" || first.Updated != "2026-10-01T00:00:00+02:00" {
		t.Errorf("first entry link %q, updated %q", first.Link.Href, first.Updated)
	}
	if f.Entries[1].Title != "rejected: Old" || f.Updated != "2026-10-01T00:00:00+02:00" {
		t.Errorf("second entry %q, feed updated %q", f.Entries[1].Title, f.Updated)
	}
	if f.Links[1].Href != "https://intranet.example/fokus/decisions/feed.xml" || f.Links[1].Rel != "self" {
		t.Errorf("self link: %+v", f.Links)
	}
}

func TestDecisionFeedLinksStayRelativeWithoutAnAbsoluteBaseURL(t *testing.T) {
	f := buildFeed(t, "/")
	if got := f.Entries[0].Link.Href; got != "../ideas/new/index.html" {
		t.Errorf("entry link %q, want a link relative to decisions/feed.xml", got)
	}
	// The ids are the site's own: by its title, and the path base_url gives.
	if !strings.HasPrefix(f.Entries[0].ID, "urn:fokus:fokus:ideas:new#") || f.ID != "urn:fokus:fokus:decisions" {
		t.Errorf("feed id %q, entry id %q", f.ID, f.Entries[0].ID)
	}
	if f := buildFeed(t, "/intranet/fokus/"); !strings.HasPrefix(f.Entries[0].ID, "urn:fokus:fokus:intranet-fokus:ideas:new#") {
		t.Errorf("entry id %q under base_url /intranet/fokus/", f.Entries[0].ID)
	}
	// An apostrophe in the title is a hyphen in the ids, as it was before
	// file names left it out: a changed id is a new entry to every reader
	// subscribed (review).
	src := feedSite("/")
	src["fokus.toml"].Data = []byte("language = \"en\"\ntitle = \"Marketing's Ideen\"\n")
	if f := feedOf(t, src); f.ID != "urn:fokus:marketing-s-ideen:decisions" {
		t.Errorf("feed id %q of a site titled with an apostrophe, want the id it had", f.ID)
	}
}

// An entry says what was decided, not where the idea is today: an idea
// accepted and now in progress or done was accepted (QA: "in progress:
// CRM" in a feed of decisions).
func TestDecisionFeedSaysWhatWasDecided(t *testing.T) {
	src := feedSite("/")
	for slug, status := range map[string]string{"started": "in-progress", "finished": "done", "taken": "accepted", "stopped": "dropped", "reopened": "assessing"} {
		src["content/ideas/"+slug+".md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"" + slug + "\"\nsubmitted = 2026-09-01\nstatus = \"" + status + "\"\n\n" +
			"[decision]\ndate = 2026-10-05\nby = \"Board\"\nrationale = \"Why.\"\nstops = [\"x\"]\n+++\n")}
	}
	f := feedOf(t, src)
	titles := map[string]bool{}
	for _, e := range f.Entries {
		titles[e.Title] = true
	}
	for _, want := range []string{"accepted: started", "accepted: finished", "accepted: taken", "dropped: stopped", "assessing: reopened", "rejected: Old", "parked: </title><script>alert(1)</script>"} {
		if !titles[want] {
			t.Errorf("no entry %q in %v", want, titles)
		}
	}
}

// A decision dated after the build's day does not date the feed after it
// (QA: updated was in the future), nor its entry (review); it is still
// listed, its id with its own date.
func TestDecisionFeedIsNotUpdatedAfterToday(t *testing.T) {
	src := feedSite("/")
	src["content/ideas/later.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Later\"\nsubmitted = 2026-09-01\nstatus = \"rejected\"\n\n" +
		"[decision]\ndate = 2026-12-20\nby = \"Board\"\nrationale = \"Not now.\"\n+++\n")}
	f := feedOf(t, src)
	if f.Updated != "2026-11-26T00:00:00+01:00" {
		t.Errorf("feed updated %q, want the build's day 2026-11-26", f.Updated)
	}
	if len(f.Entries) != 3 || f.Entries[0].Updated != "2026-11-26T00:00:00+01:00" || !strings.HasSuffix(f.Entries[0].ID, "#2026-12-20") {
		t.Errorf("entries: %+v", f.Entries)
	}
}
