package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A picture beside an idea's file that its body shows is served in the
// page's folder; changed, the page that shows it reloads and gets the new
// bytes, no other open page reloads for it, and the terminal names the
// picture, not the idea that nobody touched; removed, it is gone; added
// again, it is back.
func TestAPictureBesideAnIdeaReloadsThePageThatShowsIt(t *testing.T) {
	crm := strings.Replace(site, "The CRM is a mess.", "The CRM is a mess: ![Ablauf](ablauf.png)", 1)
	p := start(t, crm+"-- content/ideas/ablauf.png --\nPNG, first version\n")
	if code, body := p.get("/ideas/crm/ablauf.png"); code != 200 || body != "PNG, first version\n" {
		t.Fatalf("GET /ideas/crm/ablauf.png = %d %q", code, body)
	}
	dash, page := p.events("index.html"), p.events("ideas/crm/index.html")
	dashV, pageV := next(t, dash).Version, next(t, page).Version

	p.write("content/ideas/ablauf.png", "PNG, second version\n")
	pageV = nextVersion(t, page, pageV)
	// Told to reload, the browser gets the new picture, and the page at
	// the version it was told of.
	if _, body := p.get("/ideas/crm/ablauf.png"); body != "PNG, second version\n" {
		t.Errorf("reload sent, but the picture served is %q", body)
	}
	if v := p.dataVersion("/ideas/crm/"); v != pageV {
		t.Errorf("page told to reload to %s, serves %s", pageV, v)
	}
	if v := p.dataVersion("/"); v != dashV {
		t.Errorf("the picture of one idea changed the dashboard's version from %s to %s", dashV, v)
	}
	eventually(t, "the rebuild logged", func() bool { return strings.Contains(p.log.String(), "fokus: rebuilt") })
	if log := p.log.String(); !strings.Contains(log, "(content/ideas/ablauf.png changed; its 1 page after ") {
		t.Errorf("the log does not name the picture that changed:\n%s", log)
	}

	if err := os.Remove(filepath.Join(p.dir, "content/ideas/ablauf.png")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the picture removed is gone", func() bool { code, _ := p.get("/ideas/crm/ablauf.png"); return code == 404 })
	p.write("content/ideas/ablauf.png", "PNG, third version\n")
	p.pageHas("/ideas/crm/ablauf.png", "PNG, third version")
}

// A picture saved beside an idea under a name that writes Ü as U and an
// accent (as macOS saves names), where the body writes Ü, is told about
// with that reason as a build tells it, where the preview kept saying that
// there was no such file; renamed as the body writes it, it is served.
func TestAPictureNamedInTheOtherUnicodeFormIsToldAboutAndFollowed(t *testing.T) {
	crm := strings.Replace(site, "The CRM is a mess.", "The CRM is a mess: ![Übersicht](\u00dcbersicht.png)", 1)
	p := start(t, crm)
	eventually(t, "the warning that there is no file", func() bool {
		return strings.Contains(p.log.String(), "there is no file content/ideas/\u00dcbersicht.png")
	})
	p.write("content/ideas/U\u0308bersicht.png", "PNG")
	eventually(t, "the warning that its name is written in the other form", func() bool {
		return strings.Contains(p.log.String(), "not published: content/ideas/\u00dcbersicht.png is not there: its folder has U\u0308bersicht.png")
	})
	if err := os.Rename(filepath.Join(p.dir, "content/ideas/U\u0308bersicht.png"), filepath.Join(p.dir, "content/ideas/\u00dcbersicht.png")); err != nil {
		t.Fatal(err)
	}
	p.pageHas("/ideas/crm/%C3%9Cbersicht.png", "PNG")
}

// A picture in another page's folder that a page shows is told as being
// there, beside that page's file, when that page does not show it; the
// warning goes when that page shows it, and comes back when it stops.
// Removed, the picture is told as missing.
func TestAPictureInAnotherPagesFolderIsToldAsThePageShowsIt(t *testing.T) {
	crm := strings.Replace(site, "The CRM is a mess.", "The CRM is a mess: ![Skizze](../y/skizze.png)", 1)
	p := start(t, crm+"-- content/ideas/y/y.md --\n"+idea("Y")+"-- content/ideas/y/skizze.png --\nPNG\n")
	warning := `content/ideas/crm.md:13:20: warning: this image will not show: it leads to ideas/y/skizze.png, a file the site does not have: content/ideas/y/skizze.png is beside the file of idea "y" (content/ideas/y/y.md)`
	count := func() int { return strings.Count(p.log.String(), warning) }
	eventually(t, "the warning that y does not show the picture", func() bool { return count() == 1 })

	p.write("content/ideas/y/y.md", idea("Y")+"![Skizze](skizze.png)\n")
	p.pageHas("/ideas/y/skizze.png", "PNG")
	eventually(t, "the warning said to be gone", func() bool {
		return strings.Contains(p.log.String(), "fokus: 1 warning no longer applies; 0 warnings left\n")
	})

	p.write("content/ideas/y/y.md", idea("Y"))
	eventually(t, "the warning back", func() bool { return count() == 2 })

	if err := os.Remove(filepath.Join(p.dir, "content/ideas/y/skizze.png")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the warning that there is no file", func() bool {
		return strings.Contains(p.log.String(), "content/ideas/crm.md:13:20: warning: this image will not show: there is no file content/y/skizze.png")
	})
}

// With unsafe_html, a link of raw HTML to a file beside the page that is
// not there is told as a Markdown link's is; the warning goes when the file
// is saved, which is then served, and comes back when it is removed. So
// does that of a video in a team's folder, which the page does not show.
func TestARawHTMLLinkToAFileThatComesAndGoesIsToldAsItIs(t *testing.T) {
	crm := strings.Replace(site, "The CRM is a mess.", `The CRM is a mess: <a href="plan.pdf">Plan</a> <video src="../../teams/sales/film.mp4"></video>`, 1)
	p := start(t, strings.Replace(crm, "period = \"2026-Q4\"\n", "period = \"2026-Q4\"\nunsafe_html = true\n", 1))
	link := "content/ideas/crm.md:13:29: warning: this link leads to ideas/crm/plan.pdf, a file the site does not have: there is no file content/ideas/plan.pdf"
	video := "content/ideas/crm.md:13:60: warning: this video will not load: it leads to teams/sales/film.mp4, a file the site does not have: the page of team \"sales\" (content/teams/sales.md) publishes no file there; content/teams/sales/film.mp4 is ../teams/sales/film.mp4 from this file"
	count := func(w string) int { return strings.Count(p.log.String(), w) }
	eventually(t, "the warning that there is no file", func() bool { return count(link) == 1 })

	p.write("content/ideas/plan.pdf", "PDF")
	p.pageHas("/ideas/crm/plan.pdf", "PDF")
	eventually(t, "the warning said to be gone", func() bool {
		return strings.Contains(p.log.String(), "fokus: 1 warning no longer applies; 1 warning left\n")
	})
	if err := os.Remove(filepath.Join(p.dir, "content/ideas/plan.pdf")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the warning back", func() bool { return count(link) == 2 })

	p.write("content/teams/sales/film.mp4", "MP4")
	eventually(t, "the video told as being in the team's folder", func() bool { return count(video) == 1 })
	if err := os.Remove(filepath.Join(p.dir, "content/teams/sales/film.mp4")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the video told as missing", func() bool {
		return strings.Contains(p.log.String(), "content/ideas/crm.md:13:60: warning: this video will not load: the site has no such file")
	})
}
