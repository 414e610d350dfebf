package render

import (
	"encoding/xml"
	"net/url"
	"strings"
	"time"

	"fokus/generator/content"
	"fokus/generator/site"
)

// FeedPath is where the decision log's Atom feed is written: feed readers
// and intranet portals follow the innovation team's decisions without
// visiting the site. base_url makes its links absolute.
const FeedPath = "decisions/feed.xml"

// feedSize is how many of the newest decisions the feed carries.
const feedSize = 50

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomEntry struct {
	Title   string     `xml:"title"`
	ID      string     `xml:"id"`
	Updated string     `xml:"updated"`
	Author  atomAuthor `xml:"author"`
	Link    atomLink   `xml:"link"`
	Summary string     `xml:"summary"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

// idSlug is the slug of a feed id's part, as fokus made it when feed
// readers subscribed: an apostrophe a hyphen, which Slugify now leaves
// out of file names ("Don't" is dont). An id that changes is a new entry
// to every reader, so a site titled "Marketing's Ideen" keeps
// urn:fokus:marketing-s-ideen (review).
func idSlug(s string) string { return content.Slugify(apostrophes.Replace(s)) }

// apostrophes are the apostrophes that Slugify leaves out.
var apostrophes = strings.NewReplacer("'", "-", "’", "-", "ʼ", "-")

// exportFeed writes the newest decisions as an Atom feed. encoding/xml
// escapes every text from content.
func exportFeed(s *site.Site, tr map[string]string) ([]byte, error) {
	base := absoluteBase(s.Config.BaseURL)
	link := func(p string) string {
		if base == "" {
			return "../" + p // relative to the feed, which is in decisions/
		}
		return base + p
	}
	// Without an address, ids are names in fokus's own namespace, made
	// unique to the site by its title and the path base_url gives, so that
	// a reader following two sites does not take one's entries for the
	// other's.
	site := idSlug(s.Config.Title)
	if path := idSlug(s.Config.BaseURL); path != "" {
		site += ":" + path
	}
	id := func(p string) string {
		if base != "" {
			return base + p
		}
		return "urn:fokus:" + site + ":" + strings.ReplaceAll(strings.TrimSuffix(p, "/"), "/", ":")
	}
	feed := atomFeed{
		Title:   s.Config.Title + " · " + tr["decisions"],
		ID:      id("decisions/"),
		Updated: stamp(s.Now, s.Config.Location),
		Links:   []atomLink{{Href: link("decisions/index.html"), Rel: "alternate"}, {Href: link(FeedPath), Rel: "self"}},
	}
	if len(s.Decisions) > 0 {
		// A decision dated after today (a warning of its own) does not
		// date the feed after the build: updated is when it last changed.
		feed.Updated = stamp(minTime(s.Decisions[0].Decision.Date, s.Now), s.Config.Location)
	}
	for i, idea := range s.Decisions {
		if i == feedSize {
			break
		}
		d := idea.Decision
		page := PagePath("ideas", idea.Slug)
		feed.Entries = append(feed.Entries, atomEntry{
			Title:   tr["status."+idea.Decided()] + ": " + idea.Title, // what was decided, not where the idea is today
			ID:      id(page) + "#" + d.Date.Format("2006-01-02"),
			Updated: stamp(minTime(d.Date, s.Now), s.Config.Location), // as the feed's, never after its own
			Author:  atomAuthor{Name: d.By},
			Link:    atomLink{Href: link(page + "index.html")},
			Summary: d.Rationale,
		})
	}
	data, err := xml.MarshalIndent(feed, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(data, '\n')...), nil
}

// absoluteBase returns base_url with a trailing slash when it is an absolute
// http(s) URL, and "" otherwise: then the feed's links stay relative to it.
func absoluteBase(base string) string {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return strings.TrimSuffix(base, "/") + "/"
}

// stamp writes a calendar day as an Atom date-time: its midnight in the
// site's time zone.
func stamp(day time.Time, tz *time.Location) string {
	return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, tz).Format(time.RFC3339)
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}
