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
