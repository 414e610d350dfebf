package generator

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"fokus/generator/diag"
	"fokus/generator/internal/testsite"
)

// besideSite is a site whose bodies show pictures and link files beside
// their content files, as Hugo's page bundles and a screenshot dragged
// next to an idea have them, and whose folders hold files no body refers
// to. besidePictures are the pictures and files, as they are in it.
var besideSite = validSite +
	"-- content/ideas/crm/crm-relaunch.md --\n" + idea(`title = "CRM Relaunch"`, `submitted = 2026-11-20`) +
	"![Ablauf](ablauf.png) und [Angebot](angebot.pdf#page=2), ![Skizze](<bilder/Mein Bild.png>),\n" +
	"![Übersicht](%C3%9Cbersicht%20Q1.png) und noch einmal ![Ablauf](./ablauf.png).\n" +
	"-- content/ideas/crm/crm-pilot.md --\n" + idea(`title = "CRM Pilot"`, `submitted = 2026-11-20`) +
	"Derselbe Ablauf: ![Ablauf](ablauf.png)\n" +
	"-- content/objectives/sales/leads.md --\n" + objective("[[key_results]]", `title = "Leads"`, "done = false") +
	"![Logo](../../gemeinsam/logo.png)\n" +
	"-- content/teams/service.md --\n" + idea(`title = "Service"`) +
	"![Tür](tuer.png)\n"

var besidePictures = map[string][]byte{
	"content/ideas/crm/ablauf.png":           {0x89, 'P', 'N', 'G', 1, 0, 0xff},
	"content/ideas/crm/angebot.pdf":          []byte("%PDF-1.4 Angebot"),
	"content/ideas/crm/bilder/Mein Bild.png": {0x89, 'P', 'N', 'G', 2},
	"content/ideas/crm/Übersicht Q1.png":     {0x89, 'P', 'N', 'G', 3},
	"content/gemeinsam/logo.png":             {0x89, 'P', 'N', 'G', 4},
	"content/teams/tuer.png":                 {0x89, 'P', 'N', 'G', 5},
	// No body refers to these: they stay off the site.
	"content/ideas/crm/notiz.txt":     []byte("nur für uns"),
	"content/teams/service-notes.txt": []byte("Gehälter"),
	"content/gemeinsam/other.png":     {0x89, 'P', 'N', 'G', 6},
}

// besideFS is besideSite with besidePictures.
func besideFS() fstest.MapFS {
	fsys := testsite.MapFS(besideSite)
	for p, data := range besidePictures {
		fsys[p] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return fsys
}

// A picture or file that a body refers to by a path from its content
// file is published in the folder of the document's page, byte for byte,
// where the reference finds it from the page: ideas, objectives and teams
// alike, a name with spaces and umlauts, one picture of two ideas for
// each, and a path that climbs out of the file's folder written to where
// its file is published. Nothing else of content/ is published.
func TestAPictureBesideAContentFileIsPublishedWithItsPage(t *testing.T) {
	res, err := Build(Options{Source: besideFS(), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	if ds := contentDiagnostics(res.Diagnostics); len(ds) > 0 {
		t.Errorf("warnings for pictures that are there:\n%s", strings.Join(ds, "\n"))
	}
	want := map[string]string{
		"ideas/crm-relaunch/ablauf.png":           "content/ideas/crm/ablauf.png",
		"ideas/crm-relaunch/angebot.pdf":          "content/ideas/crm/angebot.pdf",
		"ideas/crm-relaunch/bilder/Mein Bild.png": "content/ideas/crm/bilder/Mein Bild.png",
		"ideas/crm-relaunch/Übersicht Q1.png":     "content/ideas/crm/Übersicht Q1.png",
		"ideas/crm-pilot/ablauf.png":              "content/ideas/crm/ablauf.png",
		"objectives/leads/gemeinsam/logo.png":     "content/gemeinsam/logo.png",
		"teams/service/tuer.png":                  "content/teams/tuer.png",
	}
	var got []string
	for p := range res.Output {
		first, _, _ := strings.Cut(p, "/")
		if (first == "ideas" || first == "objectives" || first == "teams") && !strings.HasSuffix(p, ".html") {
			got = append(got, p)
		}
	}
	if slices.Sort(got); !slices.Equal(got, slices.Sorted(maps.Keys(want))) {
		t.Errorf("files beside the pages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(slices.Sorted(maps.Keys(want)), "\n"))
	}
	for out, src := range want {
		if !bytes.Equal(res.Output[out], besidePictures[src]) {
			t.Errorf("%s = %q, want the bytes of %s", out, res.Output[out], src)
		}
	}
	for page, refs := range map[string][]string{
		"ideas/crm-relaunch/index.html": {`<img src="ablauf.png" alt="Ablauf">`, `href="angebot.pdf#page=2"`, `<img src="bilder/Mein%20Bild.png" alt="Skizze">`,
			`<img src="%C3%9Cbersicht%20Q1.png" alt="Übersicht">`, `<img src="./ablauf.png" alt="Ablauf">`},
		"ideas/crm-pilot/index.html":  {`<img src="ablauf.png" alt="Ablauf">`},
		"objectives/leads/index.html": {`<img src="gemeinsam/logo.png" alt="Logo">`},
		"teams/service/index.html":    {`<img src="tuer.png" alt="Tür">`},
	} {
		for _, ref := range refs {
			if !strings.Contains(string(res.Output[page]), ref) {
				t.Errorf("%s has no %s", page, ref)
			}
		}
	}
	again, err := Build(Options{Source: besideFS(), Now: testNow, NowDay: true})
	if err != nil || !maps.EqualFunc(res.Output, again.Output, bytes.Equal) {
		t.Errorf("a second build differs (%v)", err)
	}
}

// A file gone between checking the site and copying it fails the build at
// the reference to it, the line and column of [Angebot](angebot.pdf) in
// the file that links it, which leaves the site built before as it is.
func TestAFileGoneDuringTheBuildFailsItAtItsReference(t *testing.T) {
	fsys := besideFS()
	res, err := Check(Options{Source: fsys, Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("check: %v %s", err, res.Diagnostics)
	}
	delete(fsys, "content/ideas/crm/angebot.pdf")
	err = RenderTo(fsys, res, discard{})
	if err == nil {
		t.Fatal("the build went on without the file")
	}
	const want = "content/ideas/crm/crm-relaunch.md:7:27: error: cannot publish content/ideas/crm/angebot.pdf, which the body refers to: "
	if got := RenderDiagnostics(fsys, res.Site.Config, err)[0].String(); !strings.HasPrefix(got, want) {
		t.Errorf("got  %s\nwant %s…", got, want)
	}
}

// What a body refers to beside its file but the site cannot publish is a
// warning at the reference: no file there, a path out of the site's
// folder, a link (to a file or through a folder), a hidden name, the
// page's own index.html, and two files for one name in the page's folder.
// None of them is published. A link to a folder there is a page's link, as
// before.
func TestAFileBesideThatIsNotPublishedIsAWarningAtItsReference(t *testing.T) {
	const x = "content/ideas/x/x.md"
	fsys := testsite.MapFS(validSite + "-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		"![Fehlt](fehlt.png) und [Fehlt](fehlt.pdf)\n\n" +
		"![Passwort](../../../../etc/passwd)\n\n" +
		"![Link](link.png) ![Ordner](ordner/bild.png)\n\n" +
		"[Geheim](.env) ![Seite](index.html) [Ordner](bilder)\n\n" +
		"![A](bilder/a.png) ![B](../bilder/a.png)\n")
	fsys["content/ideas/x/link.png"] = &fstest.MapFile{Data: []byte("../../../fokus.toml"), Mode: fs.ModeSymlink}
	fsys["content/ideas/x/ordner"] = &fstest.MapFile{Data: []byte("../../../static"), Mode: fs.ModeSymlink}
	fsys["static/bild.png"] = &fstest.MapFile{Data: []byte("PNG")}
	fsys["content/ideas/x/.env"] = &fstest.MapFile{Data: []byte("SECRET=1")}
	fsys["content/ideas/x/index.html"] = &fstest.MapFile{Data: []byte("<p>x</p>")}
	fsys["content/ideas/x/bilder/a.png"] = &fstest.MapFile{Data: []byte("A")}
	fsys["content/ideas/bilder/a.png"] = &fstest.MapFile{Data: []byte("B")}
	const link = "is a link; fokus publishes no links, so that no file from elsewhere on the machine reaches the site: copy the file here"
	want := []string{
		"content/ideas/x/ordner:1:1: warning: ignored: a link to a folder; fokus does not follow links to folders, move the folder here or link its files one by one",
		x + ":7:1: warning: this image will not show: there is no file content/ideas/x/fehlt.png; put the picture there, beside this file, or into the folder static/, as static/img/fehlt.png, and write ../../img/fehlt.png",
		x + ":7:25: warning: this link leads to ideas/x/fehlt.pdf, a file the site does not have: there is no file content/ideas/x/fehlt.pdf; put the file there, beside this file, or into the folder static/ (static/files/fehlt.pdf is ../../files/fehlt.pdf from this page)",
		x + ":9:1: warning: this image will not show: it leads out of the site's folder, from where fokus publishes nothing; put the picture beside this file, or into the folder static/, as static/img/passwd, and write ../../img/passwd",
		x + ":11:1: warning: not published: content/ideas/x/link.png " + link,
		x + ":11:19: warning: not published: content/ideas/x/ordner/bild.png is in content/ideas/x/ordner, a link; fokus publishes no links, so that no file from elsewhere on the machine reaches the site: copy the folder here",
		x + ":13:1: warning: not published: content/ideas/x/.env has a hidden name, and fokus publishes no hidden files; rename it",
		x + ":13:16: warning: not published: content/ideas/x/index.html would take the place of the page itself, index.html in its folder; rename it",
		x + ":13:37: warning: this link leads to ideas/x/bilder, where the site has no page", // a folder: a page's, as before
		x + ":15:20: warning: not published: content/ideas/bilder/a.png would be published as bilder/a.png in the page's folder, where content/ideas/x/bilder/a.png is; rename one of them",
	}
	res := builtBeside(t, fsys, want...)
	var files []string
	for p := range res.Output {
		if strings.HasPrefix(p, "ideas/x/") && p != "ideas/x/index.html" {
			files = append(files, p)
		}
	}
	if slices.Sort(files); !slices.Equal(files, []string{"ideas/x/bilder/a.png"}) || string(res.Output["ideas/x/bilder/a.png"]) != "A" {
		t.Errorf("published beside the page: %q, want only bilder/a.png of its own folder", files)
	}
}

// A preview follows the files beside content files as a build has them: a
// picture changed is copied again, one removed is warned about and gone
// from the site, one added is published, without reading everything
// again; a file no body refers to changes nothing.
func TestBuilderFollowsAPictureBesideItsFile(t *testing.T) {
	fsys := besideFS()
	b := NewBuilder(Options{Source: fsys})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	render := func() map[string][]byte {
		t.Helper()
		res := b.Model(testNow)
		if res.Failed() {
			t.Fatalf("model: %s", res.Diagnostics)
		}
		out, kept, err := b.Render(res.Site)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(kept, "ideas/crm-relaunch/ablauf.png") {
			t.Error("the picture was kept from the render before, not copied again")
		}
		return out
	}
	update := func(p string, want ...string) {
		t.Helper()
		changed, reloaded, err := b.Update([]string{p})
		if err != nil || reloaded || !slices.Equal(changed, want) {
			t.Fatalf("Update(%s) = %q, reloaded %v, %v; want %q", p, changed, reloaded, err, want)
		}
	}
	const pic = "content/ideas/crm/ablauf.png"
	if out := render(); !bytes.Equal(out["ideas/crm-relaunch/ablauf.png"], besidePictures[pic]) {
		t.Fatalf("ablauf.png = %q", out["ideas/crm-relaunch/ablauf.png"])
	}
	fsys[pic] = &fstest.MapFile{Data: []byte("PNG, second version")}
	update(pic, "content/ideas/crm/crm-pilot.md", "content/ideas/crm/crm-relaunch.md")
	out := render()
	for _, p := range []string{"ideas/crm-relaunch/ablauf.png", "ideas/crm-pilot/ablauf.png"} {
		if string(out[p]) != "PNG, second version" {
			t.Errorf("%s = %q after the picture changed", p, out[p])
		}
	}

	delete(fsys, pic)
	update(pic, "content/ideas/crm/crm-pilot.md", "content/ideas/crm/crm-relaunch.md")
	if got := b.Model(testNow).Diagnostics.String(); !strings.Contains(got, "content/ideas/crm/crm-pilot.md:7:18: warning: this image will not show: there is no file "+pic) {
		t.Errorf("no warning for the picture removed:\n%s", got)
	}
	if out := render(); out["ideas/crm-pilot/ablauf.png"] != nil {
		t.Error("the picture removed is still published")
	}

	fsys[pic] = &fstest.MapFile{Data: []byte("PNG, third version")}
	update(pic, "content/ideas/crm/crm-pilot.md", "content/ideas/crm/crm-relaunch.md")
	if got := b.Model(testNow).Diagnostics.String(); strings.Contains(got, pic) {
		t.Errorf("a warning for the picture added:\n%s", got)
	}
	if out := render(); string(out["ideas/crm-pilot/ablauf.png"]) != "PNG, third version" {
		t.Errorf("the picture added is published as %q", out["ideas/crm-pilot/ablauf.png"])
	}

	fsys["content/ideas/crm/notiz.txt"] = &fstest.MapFile{Data: []byte("geändert")}
	update("content/ideas/crm/notiz.txt")
}

// A file of static/ at the place where a page publishes a file beside it
// would be written twice at once: the page's own wins, and the static file
// is warned about, as one where the site makes a page is.
func TestAStaticFileWhereAPagePublishesAFileBesideItIsNot(t *testing.T) {
	fsys := besideFS()
	fsys["static/teams/service/tuer.png"] = &fstest.MapFile{Data: []byte("static")}
	res, err := Build(Options{Source: fsys, Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	if got := string(res.Output["teams/service/tuer.png"]); got != string(besidePictures["content/teams/tuer.png"]) {
		t.Errorf("teams/service/tuer.png = %q, want the picture beside the team's file", got)
	}
	const want = "static/teams/service/tuer.png:1:1: warning: not published: the site makes its own teams/service/tuer.png (or a folder of pages there), which wins"
	if got := res.Diagnostics.String(); !strings.Contains(got, want) {
		t.Errorf("no warning %s in:\n%s", want, got)
	}
}

// A content file is never published beside a page, however the path to it
// is written: "geheim.md/." and "geheim.md/x/.." are geheim.md to the file
// system, and a draft's text, front matter and all, would be on the site
// that leaves the draft out. "geheim.md." is geheim.md on Windows.
func TestAContentFileIsNeverPublishedBesideAPage(t *testing.T) {
	fsys := testsite.MapFS(validSite +
		"-- content/ideas/x/x.md --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		"[a](geheim.md/.) ![b](geheim.md/x/..) [c](./GEHEIM.MD/.) [d](geheim.md.) [e](geheim.md%2F.)\n" +
		"-- content/ideas/x/geheim.md --\n" + idea(`title = "Geheim"`, `submitted = 2026-11-20`, `draft = true`) +
		"Der geheime Plan.\n")
	fsys["content/ideas/x/GEHEIM.MD"] = fsys["content/ideas/x/geheim.md"]
	res, err := Build(Options{Source: fsys, Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	for p, data := range res.Output {
		if bytes.Contains(data, []byte("geheime Plan")) {
			t.Errorf("the draft's text is published as %s", p)
		}
	}
}

// A preview warns of a static file where a page now publishes a file
// beside it, and no longer once the page does not, as a build does: the
// body that shows the picture, or the picture, came or went without
// reading the site again; and, as a build, not while the site has an
// error, which a save makes or mends.
func TestBuilderWarnsOfAStaticFileWhereAPictureBesideComesAsABuildDoes(t *testing.T) {
	fsys := besideFS()
	fsys["static/ideas/crm-pilot/skizze.png"] = &fstest.MapFile{Data: []byte("static")}
	b := NewBuilder(Options{Source: fsys})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	served, _, err := b.Render(b.Model(testNow).Site)
	if err != nil {
		t.Fatal(err)
	}
	const pilot, pic = "content/ideas/crm/crm-pilot.md", "content/ideas/crm/skizze.png"
	body := string(fsys[pilot].Data)
	for _, step := range []struct {
		name string
		edit func()
		p    string
	}{
		{"the body shows a picture that is not there", func() { fsys[pilot] = &fstest.MapFile{Data: []byte(body + "![Skizze](skizze.png)\n")} }, pilot},
		{"the picture comes", func() { fsys[pic] = &fstest.MapFile{Data: []byte("PNG")} }, pic},
		{"the body shows it no more", func() { fsys[pilot] = &fstest.MapFile{Data: []byte(body)} }, pilot},
		{"the body shows it again", func() { fsys[pilot] = &fstest.MapFile{Data: []byte(body + "![Skizze](skizze.png)\n")} }, pilot},
		{"the picture goes", func() { delete(fsys, pic) }, pic},
		{"the picture comes again", func() { fsys[pic] = &fstest.MapFile{Data: []byte("PNG")} }, pic},
		{"an error in the idea's front matter", func() {
			fsys[pilot] = &fstest.MapFile{Data: []byte(strings.Replace(body, "submitted = 2026-11-20", "submitted = 2026-11-20\nteams = [\"nobody\"]", 1) + "![Skizze](skizze.png)\n")}
		}, pilot},
		{"the error mended", func() { fsys[pilot] = &fstest.MapFile{Data: []byte(body + "![Skizze](skizze.png)\n")} }, pilot},
	} {
		step.edit()
		if _, _, err := b.Update([]string{step.p}); err != nil {
			t.Fatal(err)
		}
		served = sameAsAFreshBuild(t, step.name, b, b.Model(testNow), fsys, testNow, served)
	}
}

// A file beside a content file that a browser or the web server would run
// (a page, an SVG drawing, a script, PHP, a server's settings, a name that
// says no kind, which a server may send without a type for the browser to
// guess) is not published, with a warning: whoever writes an idea could
// put a script on the site's server that unsafe_html keeps off its pages.
// Pictures, documents, sound, video and archives are; and with
// unsafe_html = true, where everybody who writes content may publish
// scripts, any file.
func TestAFileBesideThatWouldRunIsNotPublishedUnlessUnsafeHTML(t *testing.T) {
	const x = "content/ideas/x/x.md"
	active := []string{"evil.html", "Evil.HTM", "evil.xhtml", "evil.svg", "evil.js", "evil.xml", "shell.php", "web.config", "evil", "evil.html."}
	passive := []string{"plan.PNG", "foto.jpeg", "angebot.pdf", "zahlen.xlsx", "folien.pptx", "liste.csv", "demo.mp4", "paket.zip"}
	site := func(config string) fstest.MapFS {
		var body strings.Builder
		for _, f := range slices.Concat(active, passive) {
			fmt.Fprintf(&body, "[%s](%s)\n", f, f)
		}
		fsys := testsite.MapFS(validSite + config + "-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) + body.String())
		for _, f := range slices.Concat(active, passive) {
			fsys["content/ideas/x/"+f] = &fstest.MapFile{Data: []byte("<script>alert(1)</script>")}
		}
		return fsys
	}

	res, err := Build(Options{Source: site(""), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	if got, want := publishedBesideX(res), slices.Sorted(slices.Values(passive)); !slices.Equal(got, want) {
		t.Errorf("published %q, want %q", got, want)
	}
	warned := contentDiagnostics(res.Diagnostics)
	for i, f := range active {
		want := fmt.Sprintf("%s:%d:1: warning: not published: content/ideas/x/%s ", x, 7+i, f)
		if !slices.ContainsFunc(warned, func(d string) bool { return strings.HasPrefix(d, want) && strings.Contains(d, "unsafe_html") }) {
			t.Errorf("no warning %s… that names unsafe_html in:\n%s", want, strings.Join(warned, "\n"))
		}
	}

	res, err = Build(Options{Source: site("-- fokus.toml --\nunsafe_html = true\n"), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build with unsafe_html: %v %s", err, res.Diagnostics)
	}
	if got, want := publishedBesideX(res), slices.Sorted(slices.Values(slices.Concat(active, passive))); !slices.Equal(got, want) {
		t.Errorf("with unsafe_html, published %q, want %q", got, want)
	}
}

// builtBeside is the site of fsys built on testNow, which must not fail,
// and whose content files' warnings must be want.
func builtBeside(t *testing.T, fsys fs.FS, want ...string) *Result {
	t.Helper()
	res, err := Build(Options{Source: fsys, Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	if got := contentDiagnostics(res.Diagnostics); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	return res
}

// publishedBesideX are the files that res publishes beside the page of the
// idea x, by their paths in its folder.
func publishedBesideX(res *Result) []string {
	var files []string
	for p := range res.Output {
		if f, ok := strings.CutPrefix(p, "ideas/x/"); ok && f != "index.html" {
			files = append(files, f)
		}
	}
	slices.Sort(files)
	return files
}

// Two files beside a page whose names differ only in letter case are one
// file where the site is copied to macOS or Windows, or built there: the
// second is warned about and not published, as two of one name are.
func TestTwoFilesBesideAPageOfOneNameInAnyLetterCaseAreOne(t *testing.T) {
	const x = "content/ideas/x/x.md"
	fsys := testsite.MapFS(validSite + "-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		"![A](Plan.png) ![B](plan.png) ![C](bilder/a.png) ![D](Bilder/a.png) ![E](plan.png)\n")
	for _, f := range []string{"Plan.png", "plan.png", "bilder/a.png", "Bilder/a.png"} {
		fsys["content/ideas/x/"+f] = &fstest.MapFile{Data: []byte(f)}
	}
	want := []string{
		x + ":7:16: warning: not published: content/ideas/x/plan.png would be published as plan.png in the page's folder, where content/ideas/x/Plan.png is, a name that macOS and Windows take for the same; rename one of them",
		x + ":7:50: warning: not published: content/ideas/x/Bilder/a.png would be published as Bilder/a.png in the page's folder, where content/ideas/x/bilder/a.png is, a name that macOS and Windows take for the same; rename one of them",
		x + ":7:69: warning: not published: content/ideas/x/plan.png would be published as plan.png in the page's folder, where content/ideas/x/Plan.png is, a name that macOS and Windows take for the same; rename one of them",
	}
	res := builtBeside(t, fsys, want...)
	for _, p := range []string{"ideas/x/plan.png", "ideas/x/Bilder/a.png"} {
		if res.Output[p] != nil {
			t.Errorf("%s is published", p)
		}
	}
}

// A folder on the way to a file beside a page that is a junction on
// Windows, which Go reports as irregular, neither a folder nor a link,
// leads anywhere on the machine as a link does: the file is not published,
// and the warning says why, where it said there was no such file.
func TestAFileBesideThroughAJunctionIsNotPublished(t *testing.T) {
	const x = "content/ideas/x/x.md"
	fsys := testsite.MapFS(validSite + "-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) + "![J](j/a.png)\n")
	fsys["content/ideas/x/j"] = &fstest.MapFile{Mode: fs.ModeIrregular | 0o666}
	fsys["content/ideas/x/j/a.png"] = &fstest.MapFile{Data: []byte("from elsewhere")}
	res, err := Build(Options{Source: fsys, Now: testNow, NowDay: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Output["ideas/x/j/a.png"] != nil {
		t.Error("the file through the junction is published")
	}
	const want = x + ":7:1: warning: not published: content/ideas/x/j/a.png is in content/ideas/x/j, a link;"
	if got := contentDiagnostics(res.Diagnostics); !slices.ContainsFunc(got, func(d string) bool { return strings.HasPrefix(d, want) }) {
		t.Errorf("no warning %s… in:\n%s", want, strings.Join(got, "\n"))
	}
}

// On macOS and Windows a body's ![](Ablauf.png) shows ablauf.png, and the
// watcher names the file as it is written on disk: a preview follows its
// changes all the same.
func TestBuilderFollowsAPictureReferredToInAnotherLetterCase(t *testing.T) {
	fsys := besideFS()
	const pilot = "content/ideas/crm/crm-pilot.md"
	fsys[pilot] = &fstest.MapFile{Data: []byte(strings.Replace(string(fsys[pilot].Data), "(ablauf.png)", "(Ablauf.png)", 1))}
	// The file system finds the picture by the name the body writes, as
	// one that ignores letter case does.
	fsys["content/ideas/crm/Ablauf.png"] = fsys["content/ideas/crm/ablauf.png"]
	b := NewBuilder(Options{Source: fsys})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	b.Model(testNow)
	fsys["content/ideas/crm/Ablauf.png"] = &fstest.MapFile{Data: []byte("PNG, second version")}
	changed, _, err := b.Update([]string{"content/ideas/crm/ablauf.png"})
	if err != nil || !slices.Contains(changed, pilot) {
		t.Fatalf("Update = %q, %v; want %s among them", changed, err, pilot)
	}
	out, _, err := b.Render(b.Model(testNow).Site)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(out["ideas/crm-pilot/Ablauf.png"]); got != "PNG, second version" {
		t.Errorf("ideas/crm-pilot/Ablauf.png = %q after the picture changed", got)
	}
}

// A name with an umlaut is written in one of Unicode's two forms: Ü as one
// letter (NFC, as Linux and Windows type it) or as U and an accent (NFD,
// as macOS saves names). The two look the same and are other names where
// the site is built on Linux or Windows: a reference in the one form to a
// file in the other is warned about with the reason and the fix, where the
// warning said there was no such file next to the file that is there, and
// two files in the two forms are one on macOS, where the second would
// overwrite the first. A name that merely lacks the accent is no such
// file, as before.
func TestAFileBesideNamedInTheOtherUnicodeFormIsWarnedAbout(t *testing.T) {
	const x = "content/ideas/x/x.md"
	fsys := testsite.MapFS(validSite + "-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		"![A](\u00dcbersicht.png)\n\n![B](Pla\u0308ne.pdf)\n\n![C](Gr\u00fcn.png) ![D](Gru\u0308n.png)\n\n![E](\u00c4ra.png)\n")
	for _, f := range []string{"U\u0308bersicht.png", "Pl\u00e4ne.pdf", "Gr\u00fcn.png", "Gru\u0308n.png", "Ara.png"} {
		fsys["content/ideas/x/"+f] = &fstest.MapFile{Data: []byte(f)}
	}
	want := []string{
		x + ":7:1: warning: not published: content/ideas/x/\u00dcbersicht.png is not there: its folder has U\u0308bersicht.png, a name that looks the same, " +
			"but writes \u00dc as U and a separate accent (decomposed Unicode, NFD), as macOS saves names, which Linux, Windows and web servers take for another name; " +
			"rename the file, typing its name anew, or copy its name into the reference",
		x + ":9:1: warning: not published: content/ideas/x/Pla\u0308ne.pdf is not there: its folder has Pl\u00e4ne.pdf, a name that looks the same, " +
			"but this reference writes \u00e4 as a and a separate accent (decomposed Unicode, NFD), as a name copied on macOS may be, which Linux, Windows and web servers take for another name; " +
			"type the name anew in the reference",
		x + ":11:16: warning: not published: content/ideas/x/Gru\u0308n.png would be published as Gru\u0308n.png in the page's folder, where content/ideas/x/Gr\u00fcn.png is, " +
			"a name that looks the same, written in the other of Unicode's two forms (NFC, NFD), which macOS takes for the same; rename one of them",
		x + ":13:1: warning: this image will not show: there is no file content/ideas/x/\u00c4ra.png; put the picture there, beside this file, or into the folder static/, as static/img/\u00c4ra.png, and write ../../img/\u00c4ra.png",
	}
	res := builtBeside(t, fsys, want...)
	if files := publishedBesideX(res); !slices.Equal(files, []string{"Gr\u00fcn.png"}) {
		t.Errorf("published beside the page: %q, want only Gr\u00fcn.png", files)
	}
}

// A preview follows a picture whose name is written in the other of
// Unicode's forms than the body's reference, as a build has it: the file
// that comes, in the form macOS saves, turns the warning that there is no
// file into the one that says why; renamed into the reference's form, it
// is published.
func TestBuilderFollowsAPictureNamedInTheOtherUnicodeForm(t *testing.T) {
	const x, nfc, nfd = "content/ideas/x/x.md", "content/ideas/x/\u00dcbersicht.png", "content/ideas/x/U\u0308bersicht.png"
	fsys := testsite.MapFS(validSite + "-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) + "![A](\u00dcbersicht.png)\n")
	b := NewBuilder(Options{Source: fsys})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	b.Model(testNow)
	update := func(p, warning string) {
		t.Helper()
		changed, reloaded, err := b.Update([]string{p})
		if err != nil || reloaded || !slices.Equal(changed, []string{x}) {
			t.Fatalf("Update(%s) = %q, reloaded %v, %v; want %s", p, changed, reloaded, err, x)
		}
		res := b.Model(testNow)
		if got := res.Diagnostics.String(); warning != "" && !strings.Contains(got, warning) || warning == "" && strings.Contains(got, x) {
			t.Errorf("after %s, want %q in:\n%s", p, warning, got)
		}
	}
	fsys[nfd] = &fstest.MapFile{Data: []byte("PNG")}
	update(nfd, x+":7:1: warning: not published: "+nfc+" is not there: its folder has U\u0308bersicht.png, a name that looks the same, but writes \u00dc as U")
	fsys[nfc] = fsys[nfd]
	delete(fsys, nfd)
	update(nfc, "")
	out, _, err := b.Render(b.Model(testNow).Site)
	if err != nil || string(out["ideas/x/\u00dcbersicht.png"]) != "PNG" {
		t.Errorf("the picture renamed is published as %q (%v)", out["ideas/x/\u00dcbersicht.png"], err)
	}
}

// With unsafe_html, a file beside the content file that the body's raw
// HTML shows or links to is published in the page's folder as one that its
// Markdown shows, where the page's picture was broken: <img src>, a
// srcset's pictures, a video and its poster, <a href>, what an <iframe
// srcdoc>'s document shows, of any kind, as the rest of raw HTML. An address that climbs out of the file's folder,
// which raw HTML keeps as written and which leads elsewhere from the page,
// is warned about. Without unsafe_html the HTML is not shown, and nothing
// is published for it. A preview follows such a picture's changes.
func TestAFileBesideThatRawHTMLShowsIsPublished(t *testing.T) {
	const x = "content/ideas/x/x.md"
	body := "<img src=\"ablauf.png\" alt=\"Ablauf\">\n\n" +
		"<p><a href=\"angebot.pdf#page=2\">Angebot</a> <img srcset=\"klein.png 1x, gross.png 2x\" src=\"klein.png\"></p>\n\n" +
		"Text <video src=\"film.mp4\" poster=\"bild.svg\"></video> und <img src=\"../bilder/a.png\"> <img src=\"https://example.com/x.png\">\n\n" +
		"<iframe srcdoc=\"&lt;img src=&quot;plan.png&quot;&gt;\"></iframe>\n"
	site := func(config string) fstest.MapFS {
		fsys := testsite.MapFS(validSite + config + "-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) + body)
		for _, f := range []string{"x/ablauf.png", "x/angebot.pdf", "x/klein.png", "x/gross.png", "x/film.mp4", "x/bild.svg", "x/plan.png", "bilder/a.png"} {
			fsys["content/ideas/"+f] = &fstest.MapFile{Data: []byte(f)}
		}
		return fsys
	}
	fsys := site("-- fokus.toml --\nunsafe_html = true\n")
	want := []string{
		x + ":11:69: warning: this image will not show: it leads to ideas/bilder/a.png, a file the site does not have: content/ideas/bilder/a.png is ../bilder/a.png from this file: " +
			"move it into this file's folder, or refer to it in Markdown, ![…](../bilder/a.png), whose address fokus writes anew, for this page to publish it",
		x + ":11:87: warning: this HTML loads https://example.com/x.png from another server; a page of fokus loads nothing from outside the site (unsafe_html lets this through): put the file into static/ and link it from the page",
	}
	res := builtBeside(t, fsys, want...)
	if got, want := publishedBesideX(res), []string{"ablauf.png", "angebot.pdf", "bild.svg", "film.mp4", "gross.png", "klein.png", "plan.png"}; !slices.Equal(got, want) {
		t.Errorf("published %q, want %q", got, want)
	}
	if got := string(res.Output["ideas/x/ablauf.png"]); got != "x/ablauf.png" {
		t.Errorf("ideas/x/ablauf.png = %q", got)
	}
	if page := string(res.Output["ideas/x/index.html"]); !strings.Contains(page, `<img src="ablauf.png" alt="Ablauf">`) {
		t.Errorf("the page's HTML is not kept as written:\n%s", page)
	}

	b := NewBuilder(Options{Source: fsys})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	b.Model(testNow)
	fsys["content/ideas/x/ablauf.png"] = &fstest.MapFile{Data: []byte("PNG, second version")}
	if changed, _, err := b.Update([]string{"content/ideas/x/ablauf.png"}); err != nil || !slices.Equal(changed, []string{x}) {
		t.Fatalf("Update = %q, %v; want %s", changed, err, x)
	}
	if out, _, err := b.Render(b.Model(testNow).Site); err != nil || string(out["ideas/x/ablauf.png"]) != "PNG, second version" {
		t.Errorf("after the picture changed, ideas/x/ablauf.png = %q (%v)", out["ideas/x/ablauf.png"], err)
	}

	res, err := Build(Options{Source: site(""), Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build without unsafe_html: %v %s", err, res.Diagnostics)
	}
	if got := publishedBesideX(res); len(got) > 0 {
		t.Errorf("without unsafe_html, published %q", got)
	}
}

// What a preview names as saved is the picture that changed, not the
// ideas that show it, which nobody touched; an idea saved with it is
// named too, and a note beside them that no body refers to is not.
func TestBuilderSavedNamesThePictureNotTheIdeasThatShowIt(t *testing.T) {
	fsys := besideFS()
	b := NewBuilder(Options{Source: fsys})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	b.Model(testNow)
	const pic, pilot, notes = "content/ideas/crm/ablauf.png", "content/ideas/crm/crm-pilot.md", "content/ideas/crm/notiz.txt"
	for _, tc := range []struct{ paths, want []string }{
		{[]string{pic, notes}, []string{pic}},
		{[]string{pic, pilot}, []string{pic, pilot}},
	} {
		fsys[pic] = &fstest.MapFile{Data: []byte(fmt.Sprint("PNG ", tc.paths))}
		fsys[pilot] = &fstest.MapFile{Data: append(slices.Clone(fsys[pilot].Data), '\n')}
		changed, _, err := b.Update(tc.paths)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Saved(tc.paths, changed); !slices.Equal(got, tc.want) {
			t.Errorf("Saved(%q, %q) = %q, want %q", tc.paths, changed, got, tc.want)
		}
	}
}

// With unsafe_html, a file beside the content file that the raw HTML's CSS
// loads, url() in a style attribute, in a <style> block or in a <style>
// within a paragraph, and image-set()'s pictures, is published in the
// page's folder as one that <img src> shows, where the page showed no
// background: the CSS is read as a browser reads it, by the tokenizer that
// finds loads from other servers. A place on the page (url(#g)) and a
// data: address are no file; an address that climbs out of the file's
// folder is warned about as <img src>'s is, and another server's as before.
func TestAFileBesideThatRawHTMLsCSSLoadsIsPublished(t *testing.T) {
	const x = "content/ideas/x/x.md"
	body := "<div style=\"background:url(plan.png)\">Plan</div>\n\n" +
		"<style>\n.x { background: u\\rl('bilder/x.jpg') } .y { background: url(\"//example.com/y.png\") }\n</style>\n\n" +
		"<p><span style=\"background-image: image-set('klein.png' 1x, 'gross.png' 2x)\">x</span> " +
		"<svg><rect fill=\"url(#g)\"/></svg> <i style=\"background:url(data:image/png;base64,AAAA)\">d</i></p>\n\n" +
		"<div style=\"background:url(../bilder/a.png)\">weg</div>\n\n" +
		"Absatz <style>.z { background: url(absatz.png) }</style> Ende\n"
	fsys := testsite.MapFS(validSite + "-- fokus.toml --\nunsafe_html = true\n-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) + body)
	for _, f := range []string{"x/plan.png", "x/bilder/x.jpg", "x/klein.png", "x/gross.png", "x/absatz.png", "bilder/a.png", "x/notiz.txt"} {
		fsys["content/ideas/"+f] = &fstest.MapFile{Data: []byte(f)}
	}
	want := []string{
		x + ":10:63: warning: this HTML loads //example.com/y.png from another server; a page of fokus loads nothing from outside the site (unsafe_html lets this through): put the file into static/ and link it from the page",
		x + ":15:28: warning: this image will not show: it leads to ideas/bilder/a.png, a file the site does not have: content/ideas/bilder/a.png is ../bilder/a.png from this file: " +
			"move it into this file's folder, or refer to it in Markdown, ![…](../bilder/a.png), whose address fokus writes anew, for this page to publish it",
	}
	res := builtBeside(t, fsys, want...)
	if got, want := publishedBesideX(res), []string{"absatz.png", "bilder/x.jpg", "gross.png", "klein.png", "plan.png"}; !slices.Equal(got, want) {
		t.Errorf("published %q, want %q", got, want)
	}
	if got := string(res.Output["ideas/x/bilder/x.jpg"]); got != "x/bilder/x.jpg" {
		t.Errorf("ideas/x/bilder/x.jpg = %q", got)
	}
}

// A folder on the way to a picture whose name is written in the other of
// Unicode's two forms than the reference's (bilder/Übersicht/plan.png,
// where macOS saved the folder as U and an accent) is warned about with
// the reason and the fix, as a file's name is, where the warning said
// there was no such file; a reference that writes the accent apart is told
// to type the name anew. The preview follows the folder renamed.
func TestAFolderBesideNamedInTheOtherUnicodeFormIsWarnedAbout(t *testing.T) {
	const x = "content/ideas/x/x.md"
	fsys := testsite.MapFS(validSite + "-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		"![A](bilder/\u00dcbersicht/plan.png)\n\n![B](Pla\u0308ne/a.pdf)\n\n![C](bilder/Gr\u00fcn/a.png)\n")
	for _, f := range []string{"bilder/U\u0308bersicht/plan.png", "Pl\u00e4ne/a.pdf", "bilder/Gruen/a.png"} {
		fsys["content/ideas/x/"+f] = &fstest.MapFile{Data: []byte(f)}
	}
	want := []string{
		x + ":7:1: warning: not published: content/ideas/x/bilder/\u00dcbersicht/plan.png is not there: content/ideas/x/bilder has the folder U\u0308bersicht, a name that looks the same, " +
			"but writes \u00dc as U and a separate accent (decomposed Unicode, NFD), as macOS saves names, which Linux, Windows and web servers take for another name; " +
			"rename the folder, typing its name anew, or copy its name into the reference",
		x + ":9:1: warning: not published: content/ideas/x/Pla\u0308ne/a.pdf is not there: content/ideas/x has the folder Pl\u00e4ne, a name that looks the same, " +
			"but this reference writes \u00e4 as a and a separate accent (decomposed Unicode, NFD), as a name copied on macOS may be, which Linux, Windows and web servers take for another name; " +
			"type the name anew in the reference",
		x + ":11:1: warning: this image will not show: there is no file content/ideas/x/bilder/Gr\u00fcn/a.png; put the picture there, beside this file, or into the folder static/, as static/img/a.png, and write ../../img/a.png",
	}
	res := builtBeside(t, fsys, want...)
	if got := publishedBesideX(res); len(got) > 0 {
		t.Errorf("published beside the page: %q, want none", got)
	}

	b := NewBuilder(Options{Source: fsys})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	b.Model(testNow)
	const nfd, nfc = "content/ideas/x/bilder/U\u0308bersicht", "content/ideas/x/bilder/\u00dcbersicht"
	fsys[nfc+"/plan.png"] = fsys[nfd+"/plan.png"]
	delete(fsys, nfd+"/plan.png")
	if changed, _, err := b.Update([]string{nfd, nfc}); err != nil || !slices.Equal(changed, []string{x}) {
		t.Fatalf("Update after the folder was renamed = %q, %v; want %s", changed, err, x)
	}
	if out, _, err := b.Render(b.Model(testNow).Site); err != nil || string(out["ideas/x/bilder/\u00dcbersicht/plan.png"]) != "bilder/U\u0308bersicht/plan.png" {
		t.Errorf("the folder renamed, its picture is published as %q (%v)", out["ideas/x/bilder/\u00dcbersicht/plan.png"], err)
	}
}

// A path from the server's root to where a file beside the content file is
// published, /ideas/x/plan.png for content/ideas/plan.png beside
// content/ideas/x.md, is that file, as a page bundle's resource is at its
// page's address in Hugo: it is published, and Markdown's is written from
// the page (plan.png), as every link of the site is, so that it works in a
// sub-folder and from file://, where it was warned about as a picture the
// site does not have. Raw HTML keeps it as written and publishes the file.
// One to no file is told where the file goes; one into another page's
// folder, where no page publishes it, is told the file's path from x.md.
func TestARootPathToAFileBesideThePageIsThatFile(t *testing.T) {
	const x = "content/ideas/x.md"
	body := "![Plan](/ideas/x/plan.png) [Angebot](/ideas/x/bilder/angebot.pdf#page=2) ![Fehlt](/ideas/x/fehlt.png)\n\n" +
		"![Fremd](/ideas/y/plan.png) ![Zurück](/ideas/x/../x/%C3%BCbersicht.png) [Seite](/ideas/x/) ![Schräg](/ideas/x/%C3%BC%2Fplan.png)\n\n" +
		"<img src=\"/ideas/x/html.png\">\n"
	fsys := testsite.MapFS(validSite + "-- fokus.toml --\nunsafe_html = true\n-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) + body)
	for _, f := range []string{"plan.png", "bilder/angebot.pdf", "übersicht.png", "html.png", "y/plan.png"} {
		fsys["content/ideas/"+f] = &fstest.MapFile{Data: []byte(f)}
	}
	want := []string{
		x + ":7:74: warning: this image will not show: there is no file content/ideas/fehlt.png; put the picture there, beside this file, or into the folder static/, as static/img/fehlt.png, and write ../../img/fehlt.png",
		x + ":9:1: warning: this image will not show: it leads to ideas/y/plan.png, a file the site does not have: content/ideas/y/plan.png is y/plan.png from this file: write that, for this page to publish it",
		x + ":9:92: warning: this image will not show: the site has no such file; put the picture into the folder static/, as static/img/%C3%BC%2Fplan.png, and write ../../img/%C3%BC%2Fplan.png, or link to where it is kept, [picture](https://…)",
	}
	res := builtBeside(t, fsys, want...)
	if got, want := publishedBesideX(res), []string{"bilder/angebot.pdf", "html.png", "plan.png", "übersicht.png"}; !slices.Equal(got, want) {
		t.Errorf("published %q, want %q", got, want)
	}
	if got := string(res.Output["ideas/x/plan.png"]); got != "plan.png" {
		t.Errorf("ideas/x/plan.png = %q", got)
	}
	page := string(res.Output["ideas/x/index.html"])
	for _, want := range []string{`<img src="plan.png" alt="Plan">`, `<a href="bilder/angebot.pdf#page=2">`, `<img src="%C3%BCbersicht.png" alt="Zurück">`,
		`<a href="../../ideas/x/index.html">Seite</a>`, `<img src="../../ideas/x/%C3%BC%2Fplan.png" alt="Schräg">`, `<img src="/ideas/x/html.png">`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page has no %s", want)
		}
	}
}

// A picture or file that another page publishes beside it, shown or
// linked from a page by its address on the site (/ideas/y/plan.png, as
// copied from the browser) or by a path into that page's folder, is no
// "file the site does not have": the site has it there. A file there that
// no page publishes is still warned about, and so is plan.png once y's
// body stops showing it, in a preview too.
func TestAFileAnotherPagePublishesIsOneTheSiteHas(t *testing.T) {
	const x, y = "content/ideas/x.md", "content/ideas/y/y.md"
	fsys := testsite.MapFS(validSite +
		"-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		"![Plan](/ideas/y/plan.png) [Plan](../y/plan.png) ![Skizze](../y/skizze.png)\n" +
		"-- " + y + " --\n" + idea(`title = "Y"`, `submitted = 2026-11-20`) + "![Plan](plan.png)\n")
	for _, f := range []string{"content/ideas/y/plan.png", "content/ideas/y/skizze.png"} {
		fsys[f] = &fstest.MapFile{Data: []byte(f)}
	}
	// warned are the columns of x's body that are warned about.
	warned := func(list diag.List) (cols []int) {
		for _, d := range list {
			if d.Path == x && d.Severity == diag.Warning && d.Code == "" {
				cols = append(cols, d.Col)
			}
		}
		return cols
	}
	res, err := Build(Options{Source: fsys, Now: testNow, NowDay: true})
	if err != nil || res.Failed() {
		t.Fatalf("build: %v %s", err, res.Diagnostics)
	}
	if got := warned(res.Diagnostics); !slices.Equal(got, []int{50}) {
		t.Errorf("warned at columns %v, want [50] (skizze.png, which no page publishes):\n%s", got, res.Diagnostics)
	}
	if got := string(res.Output["ideas/y/plan.png"]); got != "content/ideas/y/plan.png" {
		t.Errorf("ideas/y/plan.png = %q", got)
	}

	b := NewBuilder(Options{Source: fsys})
	if err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	b.Model(testNow)
	fsys[y] = &fstest.MapFile{Data: []byte(idea(`title = "Y"`, `submitted = 2026-11-20`) + "Kein Plan mehr.\n")}
	if _, _, err := b.Update([]string{y}); err != nil {
		t.Fatal(err)
	}
	if got := warned(b.Model(testNow).Diagnostics); !slices.Equal(got, []int{1, 28, 50}) {
		t.Errorf("after y stopped showing plan.png, warned at columns %v, want [1 28 50]", got)
	}
}

// A picture or file in another page's folder, written from the page
// (../y/skizze.png, /ideas/y/skizze.png), where that page does not
// publish it, is told as it is: the file is there, beside the other
// page's file, whose page does not show it, or at a path from this file
// that the author can write; ideas, objectives and teams alike. "There is
// no file content/y/skizze.png" was true of the path read from the file,
// and made the author look for a file that was there. A file that is not
// there is told as before.
func TestAFileInAnotherPagesFolderIsToldWhereItIs(t *testing.T) {
	const x, o, team = "content/ideas/x.md", "content/objectives/sales/leads.md", "content/teams/service.md"
	fsys := testsite.MapFS(validSite +
		"-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		"![Skizze](../y/skizze.png) [Plan](../y/plan.pdf) ![Root](/ideas/y/skizze.png) ![Fehlt](../y/fehlt.png)\n" +
		"![Bild](../z/mein%20bild.png) [Plan](../q/plan.pdf)\n" +
		"-- content/ideas/y/y.md --\n" + idea(`title = "Y"`, `submitted = 2026-11-20`) +
		"-- content/ideas/z.md --\n" + idea(`title = "Z"`, `submitted = 2026-11-20`) +
		"-- " + o + " --\n" + objectiveText("Leads", "sales") + "![Trichter](../neu/trichter.png)\n" +
		"-- content/objectives/sales/neu/neu.md --\n" + objectiveText("Neu", "sales") +
		"-- " + team + " --\n" + teamText("Service") + "[Logo](/teams/sales/logo.png)\n")
	for _, f := range []string{"content/ideas/y/skizze.png", "content/ideas/y/plan.pdf", "content/ideas/z/mein bild.png", "content/ideas/q/plan.pdf",
		"content/objectives/sales/neu/trichter.png", "content/teams/sales/logo.png"} {
		fsys[f] = &fstest.MapFile{Data: []byte(f)}
	}
	beside := func(file, page, as, write string) string {
		return file + " is beside the file of " + page + ", whose page does not show or link to it, so the site does not publish it there; show or link to it on that page (as " +
			as + "), or write " + write + ", its path from this file, for this page to publish it too"
	}
	builtBeside(t, fsys,
		x+`:7:1: warning: this image will not show: it leads to ideas/y/skizze.png, a file the site does not have: `+beside("content/ideas/y/skizze.png", `idea "y" (content/ideas/y/y.md)`, "skizze.png", "y/skizze.png"),
		x+`:7:28: warning: this link leads to ideas/y/plan.pdf, a file the site does not have: `+beside("content/ideas/y/plan.pdf", `idea "y" (content/ideas/y/y.md)`, "plan.pdf", "y/plan.pdf"),
		x+`:7:50: warning: this image will not show: it leads to ideas/y/skizze.png, a file the site does not have: `+beside("content/ideas/y/skizze.png", `idea "y" (content/ideas/y/y.md)`, "skizze.png", "y/skizze.png"),
		x+`:7:79: warning: this image will not show: there is no file content/y/fehlt.png; put the picture there, beside this file, or into the folder static/, as static/img/fehlt.png, and write ../../img/fehlt.png`,
		// z.md's pictures are beside it, in content/ideas/: z/mein bild.png
		// is none it can publish at ideas/z/mein bild.png.
		x+`:8:1: warning: this image will not show: it leads to ideas/z/mein bild.png, a file the site does not have: the page of idea "z" (content/ideas/z.md) publishes no file there; content/ideas/z/mein bild.png is <z/mein bild.png> from this file: write that, for this page to publish it`,
		x+`:8:31: warning: this link leads to ideas/q/plan.pdf, a file the site does not have: content/ideas/q/plan.pdf is q/plan.pdf from this file: write that, for this page to publish it`,
		o+`:12:1: warning: this image will not show: it leads to objectives/neu/trichter.png, a file the site does not have: `+beside("content/objectives/sales/neu/trichter.png", `objective "neu" (content/objectives/sales/neu/neu.md)`, "trichter.png", "neu/trichter.png"),
		team+`:5:1: warning: this link leads to teams/sales/logo.png, a file the site does not have: the page of team "sales" (content/teams/sales.md) publishes no file there; content/teams/sales/logo.png is sales/logo.png from this file: write that, for this page to publish it`,
	)
}

// A preview tells a file in another page's folder as a build does when the
// file comes and goes, and when that page starts and stops showing it.
func TestAPreviewTellsAFileInAnotherPagesFolderAsABuildDoes(t *testing.T) {
	const x, y, skizze = "content/ideas/x.md", "content/ideas/y/y.md", "content/ideas/y/skizze.png"
	yText := idea(`title = "Y"`, `submitted = 2026-11-20`)
	previewMatchesBuild(t, map[string]string{"fokus.toml": "language = \"en\"\n", y: yText,
		x: idea(`title = "X"`, `submitted = 2026-11-20`) + "![Skizze](../y/skizze.png) [Plan](/ideas/y/skizze.png)\n"}, []previewStep{
		{"the picture saved", write(skizze, "PNG"), []string{skizze}},
		{"y shows it", write(y, yText+"![Skizze](skizze.png)\n"), []string{y}},
		{"y stops showing it", write(y, yText), []string{y}},
		{"the picture removed", remove(skizze), []string{skizze}},
	})
}

// With unsafe_html, an <img> of raw HTML, whose address is kept as
// written, is told as a Markdown image is when the site has no picture
// where it leads from the page: in another page's folder that the page
// does not publish, or at no file at all; where it was told of neither,
// and the page showed a broken picture. One that the site has (another
// page's, static/'s, or one beside the file) is not, nor is a page in an
// <iframe>. It is told at its address in the tag, as a link is (see
// TestARawHTMLFileTheSiteDoesNotHaveIsToldAsAMarkdownOne).
func TestARawHTMLPictureTheSiteDoesNotHaveIsToldAsAMarkdownOne(t *testing.T) {
	const x = "content/ideas/x.md"
	fsys := testsite.MapFS(validSite + "-- fokus.toml --\nunsafe_html = true\n" +
		"-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		`<img src="../y/skizze.png"> <img srcset="fehlt.png 2x"> <img src="../y/plan.png"> <img src="../../img/logo.png"> <img src="y/skizze.png">` + "\n\n" +
		`<iframe src="../y/"></iframe> <a href="../y/fehlt.pdf">Plan</a> <img src="/ideas/y/fehlt.png"> <img src="data:image/png;base64,AA==">` + "\n" +
		"-- content/ideas/y/y.md --\n" + idea(`title = "Y"`, `submitted = 2026-11-20`) + "![Plan](plan.png)\n")
	for _, f := range []string{"content/ideas/y/skizze.png", "content/ideas/y/plan.png", "static/img/logo.png"} {
		fsys[f] = &fstest.MapFile{Data: []byte(f)}
	}
	builtBeside(t, fsys,
		x+`:7:11: warning: this image will not show: it leads to ideas/y/skizze.png, a file the site does not have: content/ideas/y/skizze.png is beside the file of idea "y" (content/ideas/y/y.md), whose page does not show or link to it, so the site does not publish it there; show or link to it on that page (as skizze.png), or write y/skizze.png, its path from this file, for this page to publish it too`,
		x+`:7:42: warning: this image will not show: there is no file content/ideas/fehlt.png; put the picture there, beside this file, or into the folder static/, as static/img/fehlt.png, and write ../../img/fehlt.png`,
		x+`:9:40: warning: this link leads to ideas/y/fehlt.pdf, a file the site does not have: there is no file content/y/fehlt.pdf; put the file there, beside this file, or into the folder static/ (static/files/fehlt.pdf is ../../files/fehlt.pdf from this page)`,
		x+`:9:75: warning: this image will not show: the site has no such file; put the picture into the folder static/, as static/img/fehlt.png, and write ../../img/fehlt.png, or link to where it is kept, [picture](https://…)`,
	)
}

// With unsafe_html, every address of raw HTML that the page loads a file
// from or links to, kept as written, is told as a Markdown image or link
// is when the site has no file where it leads from the page: a link
// (<a href>), a frame, a video and its poster, a sound, a <source>'s src
// and srcset, an <img>'s srcset, an <object>'s data, an <embed>'s src,
// also from the server's root into the site's folders; where each was
// silent and the page showed a broken frame or video, or a link to
// nothing. Each is told at its address in the tag, on the line it is on.
// An address of another server or scheme, a place on the page, a page of
// the site, a file of static/, one beside the file and one that another
// page publishes are not told; nor is a root path beside the site on its
// server, which is not fokus's to know.
func TestARawHTMLFileTheSiteDoesNotHaveIsToldAsAMarkdownOne(t *testing.T) {
	const x = "content/ideas/x.md"
	fsys := testsite.MapFS(validSite + "-- fokus.toml --\nunsafe_html = true\n" +
		"-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		`<a href="plan.pdf">Plan</a> <a href="../y/plan.pdf">Y</a> <iframe src="karte.html"></iframe>` + "\n\n" +
		`<video src="demo.mp4" poster="poster.png"></video> <audio src="ton.mp3"></audio> <video><source src="v.webm"></video>` + "\n\n" +
		`<picture><source srcset="p1.png 1x, p2.png 2x"><img src="da.png"></picture> <img srcset="a.png 1x, b.png 2x"> <object data="o.pdf"></object> <embed src="e.pdf">` + "\n\n" +
		`<img src="/ideas/y/skizze.png"> <a href="/ideas/y/fehlt.pdf">P</a> <img src="/ideas/x/fehlt.png">` + "\n\n" +
		"<img alt=\"Plan\"\n     src=\"zeile.png\">\n\n" +
		`<a href="https://e.example/a.pdf">x</a> <a href="mailto:a@b.example">m</a> <a href="tel:+41">t</a> <img src="data:image/png;base64,AA=="> <a href="#ziel">f</a>` + "\n\n" +
		`<a href="/backlog/">b</a> <a href="../../backlog/">b</a> <a href="../y/">y</a> <iframe src="../y/index.html"></iframe> <img src="da.png"> <img src="../../img/logo.png">` + "\n\n" +
		`<img src="/img/logo.png"> <a href="../z/plan.pdf">Z</a> <a href="/handbuch/a.pdf">H</a> <a href="?x=1">q</a>` + "\n" +
		"-- content/ideas/y/y.md --\n" + idea(`title = "Y"`, `submitted = 2026-11-20`) +
		"-- content/ideas/z/z.md --\n" + idea(`title = "Z"`, `submitted = 2026-11-20`) + "[Plan](plan.pdf)\n")
	for _, f := range []string{"content/ideas/da.png", "content/ideas/y/skizze.png", "content/ideas/y/plan.pdf", "content/ideas/z/plan.pdf", "static/img/logo.png"} {
		fsys[f] = &fstest.MapFile{Data: []byte(f)}
	}
	res := builtBeside(t, fsys,
		x+`:7:10: warning: this link leads to ideas/x/plan.pdf, a file the site does not have: there is no file content/ideas/plan.pdf; put the file there, beside this file, or into the folder static/ (static/files/plan.pdf is ../../files/plan.pdf from this page)`,
		x+`:7:38: warning: this link leads to ideas/y/plan.pdf, a file the site does not have: content/ideas/y/plan.pdf is beside the file of idea "y" (content/ideas/y/y.md), whose page does not show or link to it, so the site does not publish it there; show or link to it on that page (as plan.pdf), or write y/plan.pdf, its path from this file, for this page to publish it too`,
		x+`:7:72: warning: this frame will not load: there is no file content/ideas/karte.html; put the file there, beside this file, or into the folder static/, as static/files/karte.html, and write ../../files/karte.html`,
		x+`:9:13: warning: this video will not load: there is no file content/ideas/demo.mp4; put the file there, beside this file, or into the folder static/, as static/files/demo.mp4, and write ../../files/demo.mp4`,
		x+`:9:31: warning: this image will not show: there is no file content/ideas/poster.png; put the picture there, beside this file, or into the folder static/, as static/img/poster.png, and write ../../img/poster.png`,
		x+`:9:64: warning: this sound will not load: there is no file content/ideas/ton.mp3; put the file there, beside this file, or into the folder static/, as static/files/ton.mp3, and write ../../files/ton.mp3`,
		x+`:9:102: warning: this video or sound will not load: there is no file content/ideas/v.webm; put the file there, beside this file, or into the folder static/, as static/files/v.webm, and write ../../files/v.webm`,
		x+`:11:26: warning: this image will not show: there is no file content/ideas/p1.png; put the picture there, beside this file, or into the folder static/, as static/img/p1.png, and write ../../img/p1.png`,
		x+`:11:37: warning: this image will not show: there is no file content/ideas/p2.png; put the picture there, beside this file, or into the folder static/, as static/img/p2.png, and write ../../img/p2.png`,
		x+`:11:90: warning: this image will not show: there is no file content/ideas/a.png; put the picture there, beside this file, or into the folder static/, as static/img/a.png, and write ../../img/a.png`,
		x+`:11:100: warning: this image will not show: there is no file content/ideas/b.png; put the picture there, beside this file, or into the folder static/, as static/img/b.png, and write ../../img/b.png`,
		x+`:11:125: warning: this embedded file will not load: there is no file content/ideas/o.pdf; put the file there, beside this file, or into the folder static/, as static/files/o.pdf, and write ../../files/o.pdf`,
		x+`:11:154: warning: this embedded file will not load: there is no file content/ideas/e.pdf; put the file there, beside this file, or into the folder static/, as static/files/e.pdf, and write ../../files/e.pdf`,
		x+`:13:11: warning: this image will not show: it leads to ideas/y/skizze.png, a file the site does not have: content/ideas/y/skizze.png is beside the file of idea "y" (content/ideas/y/y.md), whose page does not show or link to it, so the site does not publish it there; show or link to it on that page (as skizze.png), or write y/skizze.png, its path from this file, for this page to publish it too`,
		x+`:13:42: warning: this link leads to ideas/y/fehlt.pdf, a file the site does not have: a file to link to goes beside this file, or into the folder static/ (static/files/fehlt.pdf is ../../files/fehlt.pdf from this page)`,
		x+`:13:78: warning: this image will not show: there is no file content/ideas/fehlt.png; put the picture there, beside this file, or into the folder static/, as static/img/fehlt.png, and write ../../img/fehlt.png`,
		x+`:16:11: warning: this image will not show: there is no file content/ideas/zeile.png; put the picture there, beside this file, or into the folder static/, as static/img/zeile.png, and write ../../img/zeile.png`,
	)
	if got := publishedBesideX(res); !slices.Equal(got, []string{"da.png"}) {
		t.Errorf("published beside the page: %q, want da.png alone", got)
	}
}

// A preview tells a file that raw HTML links to or loads as a build does
// when the file comes and goes: beside the page, in another page's folder
// of the same or another kind, and from the server's root; and when the
// other page starts and stops showing it.
func TestAPreviewTellsARawHTMLFileAsABuildDoes(t *testing.T) {
	const x, y, team, o = "content/ideas/x.md", "content/ideas/y/y.md", "content/teams/sales.md", "content/objectives/sales/leads.md"
	const plan, skizze, logo, film = "content/ideas/plan.pdf", "content/ideas/y/skizze.png", "content/teams/sales/logo.png", "content/ideas/film.mp4"
	yText := idea(`title = "Y"`, `submitted = 2026-11-20`)
	previewMatchesBuild(t, map[string]string{"fokus.toml": "language = \"en\"\nunsafe_html = true\n", y: yText, team: teamText("Sales"),
		x: idea(`title = "X"`, `submitted = 2026-11-20`) + `<a href="plan.pdf">Plan</a> <video src="/ideas/x/film.mp4"></video> <img src="../../teams/sales/logo.png"> <img src="/ideas/y/skizze.png">` + "\n",
		o: objectiveText("Leads", "sales") + `<img src="../../ideas/y/skizze.png">` + "\n"}, []previewStep{
		{"the file saved", write(plan, "PDF"), []string{plan}},
		{"the video saved", write(film, "MP4"), []string{film}},
		{"the team's picture saved", write(logo, "PNG"), []string{logo}},
		{"the idea's picture saved", write(skizze, "PNG"), []string{skizze}},
		{"y shows it", write(y, yText+"![Skizze](skizze.png)\n"), []string{y}},
		{"y stops showing it", write(y, yText), []string{y}},
		{"the idea's picture removed", remove(skizze), []string{skizze}},
		{"the team's picture removed", remove(logo), []string{logo}},
		{"the video removed", remove(film), []string{film}},
		{"the file removed", remove(plan), []string{plan}},
	})
}

// A picture or file in the folder of a page of another kind, from a
// team's or an objective's body into an idea's folder and from an idea's
// into a team's, is told as one of a page of the same kind is: where the
// file is, which page does not show it, and how to show it, with its path
// from this file; where it said "the site has no such file" of a file
// that was there (the file was looked for from the page's own kind of
// folder only). One that the other page publishes is not told. So is an
// address of raw HTML (unsafe_html), kept as written, which is told to be
// written in Markdown where its path climbs out of the file's folder;
// where it reached the file from the content file (from an objective's),
// it was told to be out of the file's folder, without the page whose
// folder it is in, also where that page published the file.
func TestAFileInAnotherKindsPageFolderIsToldWhereItIs(t *testing.T) {
	const x, o, team = "content/ideas/x.md", "content/objectives/sales/leads.md", "content/teams/service.md"
	fsys := testsite.MapFS(validSite + "-- fokus.toml --\nunsafe_html = true\n" +
		"-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		"![Logo](../../teams/sales/logo.png) <img src=\"../../teams/sales/logo.png\">\n" +
		"-- content/ideas/y/y.md --\n" + idea(`title = "Y"`, `submitted = 2026-11-20`) +
		"-- content/ideas/z/z.md --\n" + idea(`title = "Z"`, `submitted = 2026-11-20`) + "[Plan](plan.pdf)\n" +
		"-- " + o + " --\n" + objectiveText("Leads", "sales") +
		"![Skizze](/ideas/y/skizze.png) [Z](/ideas/z/plan.pdf) <img src=\"../../ideas/y/skizze.png\"> <a href=\"../../ideas/z/plan.pdf\">Z</a>\n" +
		"-- " + team + " --\n" + teamText("Service") +
		"![Skizze](../../ideas/y/skizze.png) [Plan](../../ideas/y/plan.pdf) [Z](../../ideas/z/plan.pdf)\n" +
		"<a href=\"../../ideas/y/plan.pdf\">Plan</a> <a href=\"/ideas/z/plan.pdf\">Z</a>\n")
	for _, f := range []string{"content/ideas/y/skizze.png", "content/ideas/y/plan.pdf", "content/ideas/z/plan.pdf", "content/teams/sales/logo.png"} {
		fsys[f] = &fstest.MapFile{Data: []byte(f)}
	}
	builtBeside(t, fsys,
		x+`:7:1: warning: this image will not show: it leads to teams/sales/logo.png, a file the site does not have: the page of team "sales" (content/teams/sales.md) publishes no file there; content/teams/sales/logo.png is ../teams/sales/logo.png from this file: write that, for this page to publish it`,
		x+`:7:47: warning: this image will not show: it leads to teams/sales/logo.png, a file the site does not have: the page of team "sales" (content/teams/sales.md) publishes no file there; content/teams/sales/logo.png is ../teams/sales/logo.png from this file: move it into this file's folder, or refer to it in Markdown, ![…](../teams/sales/logo.png), whose address fokus writes anew, for this page to publish it`,
		o+`:12:1: warning: this image will not show: it leads to ideas/y/skizze.png, a file the site does not have: content/ideas/y/skizze.png is beside the file of idea "y" (content/ideas/y/y.md), whose page does not show or link to it, so the site does not publish it there; show or link to it on that page (as skizze.png), or write ../../ideas/y/skizze.png, its path from this file, for this page to publish it too`,
		o+`:12:65: warning: this image will not show: it leads to ideas/y/skizze.png, a file the site does not have: content/ideas/y/skizze.png is beside the file of idea "y" (content/ideas/y/y.md), whose page does not show or link to it, so the site does not publish it there; show or link to it on that page (as skizze.png), or refer to it in Markdown by its path from this file, ![…](../../ideas/y/skizze.png), whose address fokus writes anew, for this page to publish it too`,
		team+`:5:1: warning: this image will not show: it leads to ideas/y/skizze.png, a file the site does not have: content/ideas/y/skizze.png is beside the file of idea "y" (content/ideas/y/y.md), whose page does not show or link to it, so the site does not publish it there; show or link to it on that page (as skizze.png), or write ../ideas/y/skizze.png, its path from this file, for this page to publish it too`,
		team+`:5:37: warning: this link leads to ideas/y/plan.pdf, a file the site does not have: content/ideas/y/plan.pdf is beside the file of idea "y" (content/ideas/y/y.md), whose page does not show or link to it, so the site does not publish it there; show or link to it on that page (as plan.pdf), or write ../ideas/y/plan.pdf, its path from this file, for this page to publish it too`,
		team+`:6:10: warning: this link leads to ideas/y/plan.pdf, a file the site does not have: content/ideas/y/plan.pdf is beside the file of idea "y" (content/ideas/y/y.md), whose page does not show or link to it, so the site does not publish it there; show or link to it on that page (as plan.pdf), or refer to it in Markdown by its path from this file, […](../ideas/y/plan.pdf), whose address fokus writes anew, for this page to publish it too`,
	)
}

// A preview tells a file in another kind's page folder as a build does
// when the file comes and goes, and when that page starts and stops
// showing it.
func TestAPreviewTellsAFileInAnotherKindsPageFolderAsABuildDoes(t *testing.T) {
	const team, y, skizze = "content/teams/sales.md", "content/ideas/y/y.md", "content/ideas/y/skizze.png"
	yText := idea(`title = "Y"`, `submitted = 2026-11-20`)
	previewMatchesBuild(t, map[string]string{"fokus.toml": "language = \"en\"\n", y: yText,
		team: teamText("Sales") + "![Skizze](../../ideas/y/skizze.png) [Plan](/ideas/y/skizze.png)\n"}, []previewStep{
		{"the picture saved", write(skizze, "PNG"), []string{skizze}},
		{"y shows it", write(y, yText+"![Skizze](skizze.png)\n"), []string{y}},
		{"y stops showing it", write(y, yText), []string{y}},
		{"the picture removed", remove(skizze), []string{skizze}},
	})
}

// A picture or file in the folder of an objective kept in a folder per
// team (content/objectives/vertrieb/q4-leads/chart.png for
// content/objectives/vertrieb/q4-leads.md), or of an idea kept in a
// sub-folder, is told where it is from an idea's, a team's or another
// team's objective's body that leads into that page's folder: which page
// publishes no file there, and the file's path from this file, which
// works; where it said "the site has no such file" (or "there is no file")
// of a file that was there, as it was looked for in content/objectives/
// q4-leads/ only. One beside the file of an objective kept in a folder of
// its name is told to be shown on that page; one that page shows is not
// told, nor is the path from this file, which publishes it.
func TestAFileInTheFolderOfAPageKeptInASubFolderIsToldWhereItIs(t *testing.T) {
	const x, team, m = "content/ideas/x.md", "content/teams/service.md", "content/objectives/marketing/m.md"
	fsys := testsite.MapFS(validSite +
		"-- " + x + " --\n" + idea(`title = "X"`, `submitted = 2026-11-20`) +
		"![Chart](../../objectives/q4-leads/chart.png) [Chart](/objectives/q4-leads/chart.png) ![Skizze](../y/skizze.png)\n" +
		"[Trichter](../../objectives/kampagne/trichter.png) [Plan](../../objectives/kampagne/plan.pdf)\n" +
		"![Chart](../objectives/vertrieb/q4-leads/chart.png) ![Skizze](2025/y/skizze.png)\n" +
		"-- content/ideas/2025/y.md --\n" + idea(`title = "Y"`, `submitted = 2026-11-20`) +
		"-- content/objectives/vertrieb/q4-leads.md --\n" + objectiveText("Q4 Leads", "sales") +
		"-- content/objectives/marketing/kampagne/kampagne.md --\n" + objectiveText("Kampagne", "marketing") + "![Trichter](trichter.png)\n" +
		"-- " + m + " --\n" + objectiveText("M", "marketing") + "![Chart](../q4-leads/chart.png)\n" +
		"-- " + team + " --\n" + teamText("Service") + "![Chart](../../objectives/q4-leads/chart.png)\n")
	for _, f := range []string{"content/objectives/vertrieb/q4-leads/chart.png", "content/ideas/2025/y/skizze.png",
		"content/objectives/marketing/kampagne/trichter.png", "content/objectives/marketing/kampagne/plan.pdf"} {
		fsys[f] = &fstest.MapFile{Data: []byte(f)}
	}
	notThere := func(page, file, write string) string {
		return "the page of " + page + " publishes no file there; " + file + " is " + write + " from this file: write that, for this page to publish it"
	}
	const q4, chart = `objective "q4-leads" (content/objectives/vertrieb/q4-leads.md)`, "content/objectives/vertrieb/q4-leads/chart.png"
	res := builtBeside(t, fsys,
		x+`:7:1: warning: this image will not show: it leads to objectives/q4-leads/chart.png, a file the site does not have: `+notThere(q4, chart, "../objectives/vertrieb/q4-leads/chart.png"),
		x+`:7:47: warning: this link leads to objectives/q4-leads/chart.png, a file the site does not have: `+notThere(q4, chart, "../objectives/vertrieb/q4-leads/chart.png"),
		x+`:7:87: warning: this image will not show: it leads to ideas/y/skizze.png, a file the site does not have: `+notThere(`idea "y" (content/ideas/2025/y.md)`, "content/ideas/2025/y/skizze.png", "2025/y/skizze.png"),
		x+`:8:52: warning: this link leads to objectives/kampagne/plan.pdf, a file the site does not have: content/objectives/marketing/kampagne/plan.pdf is beside the file of objective "kampagne" (content/objectives/marketing/kampagne/kampagne.md), whose page does not show or link to it, so the site does not publish it there; show or link to it on that page (as plan.pdf), or write ../objectives/marketing/kampagne/plan.pdf, its path from this file, for this page to publish it too`,
		m+`:12:1: warning: this image will not show: it leads to objectives/q4-leads/chart.png, a file the site does not have: `+notThere(q4, chart, "../vertrieb/q4-leads/chart.png"),
		team+`:5:1: warning: this image will not show: it leads to objectives/q4-leads/chart.png, a file the site does not have: `+notThere(q4, chart, "../objectives/vertrieb/q4-leads/chart.png"),
	)
	// The paths the warnings give publish the files with x's page.
	for out, src := range map[string]string{"ideas/x/objectives/vertrieb/q4-leads/chart.png": chart, "ideas/x/2025/y/skizze.png": "content/ideas/2025/y/skizze.png"} {
		if got := string(res.Output[out]); got != src {
			t.Errorf("%s = %q, want the bytes of %s", out, got, src)
		}
	}
}

// A preview tells a file in the folder of an objective kept in a folder
// per team as a build does when the file comes and goes, and when the
// objective comes, goes or moves to another team's folder.
func TestAPreviewTellsAFileInTheFolderOfAnObjectiveInATeamsFolderAsABuildDoes(t *testing.T) {
	const o, chart, moved = "content/objectives/vertrieb/q4-leads.md", "content/objectives/vertrieb/q4-leads/chart.png", "content/objectives/marketing/q4-leads.md"
	oText := objectiveText("Q4 Leads", "sales")
	previewMatchesBuild(t, map[string]string{"fokus.toml": "language = \"en\"\n", "content/teams/sales.md": teamText("Sales"), o: oText,
		"content/objectives/marketing/m.md": objectiveText("M", "sales"),
		"content/ideas/x.md":                idea(`title = "X"`, `submitted = 2026-11-20`) + "![Chart](../../objectives/q4-leads/chart.png)\n"}, []previewStep{
		{"the picture saved", write(chart, "PNG"), []string{chart}},
		{"the objective moved to another team's folder", rename(o, moved), []string{o, moved}},
		{"the objective moved back", rename(moved, o), []string{o, moved}},
		{"the objective deleted", remove(o), []string{o}},
		{"the objective made again", write(o, oText), []string{o}},
		{"the picture removed", remove(chart), []string{chart}},
	})
}
