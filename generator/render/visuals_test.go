package render_test

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// chartData returns the JSON of every chart data script on a page, by id.
func chartData(t *testing.T, page []byte) map[string][]byte {
	t.Helper()
	re := regexp.MustCompile(`(?s)<script type="application/json" id="([a-z-]+)-data">(.*?)</script>`)
	out := map[string][]byte{}
	for _, m := range re.FindAllSubmatch(page, -1) {
		out[string(m[1])] = m[2]
	}
	return out
}

func TestChartDataIsEscapedJSONThatKeepsTitlesAsText(t *testing.T) {
	out := build(t, stressSite("A4", "portrait", "/"))
	page := out["priorities/index.html"]
	for _, bad := range []string{"<script>alert(1)", "function(){alert(1)}</", "alert(1)}\n"} {
		if bytes.Contains(page, []byte(bad)) {
			t.Errorf("priorities page holds %q unescaped", bad)
		}
	}
	data := chartData(t, page)
	for _, id := range []string{"chart-priorities", "chart-ranking", "chart-load"} {
		raw, ok := data[id]
		if !ok {
			t.Fatalf("no data script for %s", id)
		}
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatalf("%s: data is not JSON: %v\n%s", id, err, raw)
		}
		if id == "chart-priorities" {
			s := string(raw)
			// The titles come back, character for character, once the JSON is read.
			for _, title := range []string{scriptTitle, funcTitle} {
				enc, _ := json.Marshal(title)
				var back string
				if err := json.Unmarshal(enc, &back); err != nil || back != title {
					t.Fatal("json round trip")
				}
				if !strings.Contains(s, string(enc)) {
					t.Errorf("title %q is not in the matrix data as the JSON string %s", title, enc)
				}
			}
		}
	}
	// The same holds on the objective page, whose check-in note is the script tag.
	obj := out["objectives/ziel-1/index.html"]
	if bytes.Contains(obj, []byte("<script>alert(1)")) {
		t.Error("objective page holds the note's script tag unescaped")
	}
	if _, ok := chartData(t, obj)["chart-history"]; !ok {
		t.Error("objective with check-ins has no history chart")
	}
}

func TestBuildsAreByteIdentical(t *testing.T) {
	a := build(t, stressSite("A3", "landscape", "https://example.com/fokus/"))
	b := build(t, stressSite("A3", "landscape", "https://example.com/fokus/"))
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Errorf("%s differs between two builds of the same source", p)
		}
	}
}

func TestEveryChartHasATableOfItsData(t *testing.T) {
	out := build(t, stressSite("A4", "portrait", "/"))
	re := regexp.MustCompile(`<div class="chart" id="([a-z-]+)"`)
	charts := 0
	for _, p := range out.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		page := string(out[p])
		for _, m := range re.FindAllStringSubmatch(page, -1) {
			charts++
			id := m[1]
			i := strings.Index(page, `data-chart-for="`+id+`"`)
			if i < 0 || !strings.Contains(page[i:], "<table") {
				t.Errorf("%s: chart %s has no table fallback", p, id)
			}
			if !strings.Contains(page, `id="`+id+`" data-height=`) || !strings.Contains(page, `hidden></div>`) {
				t.Errorf("%s: chart %s is not hidden until drawn", p, id)
			}
		}
	}
	if charts < 4 {
		t.Errorf("found %d charts in the site, want the priority page's three and more", charts)
	}
	for _, p := range []string{"priorities/index.html", "teams/big/index.html"} {
		if !bytes.Contains(out[p], []byte(`src="../`)) || !bytes.Contains(out[p], []byte(`assets/vendor/echarts/echarts.min.js"`)) {
			t.Errorf("%s does not load the vendored echarts by a relative path", p)
		}
	}
}

func TestPosterHasQRCodeOnlyForAnAbsoluteBaseURL(t *testing.T) {
	for base, want := range map[string]bool{"https://intranet.example/fokus/": true, "http://x.example": true, "/": false, "/fokus/": false, "ftp://x.example/": false} {
		out := build(t, stressSite("A4", "portrait", base))
		got := bytes.Contains(out["posters/big/index.html"], []byte(`class="poster-qr"`))
		if got != want {
			t.Errorf("base_url %q: QR code %v, want %v", base, got, want)
		}
		if want && !bytes.Contains(out["posters/big/index.html"], []byte(strings.TrimSuffix(base, "/")+"/teams/big/")) {
			t.Errorf("base_url %q: poster does not name the team page's URL", base)
		}
	}
}

func TestPosterShowsWhatStopsWhatRunsAndWhatIsOverdue(t *testing.T) {
	out := build(t, stressSite("letter", "portrait", "/"))
	page := string(out["posters/big/index.html"])
	for _, want := range []string{
		"Wir hören auf mit …", "Kaltakquise am Freitag", "Die Messe in Hannover", "Das zweite CRM",
		"Noch eine laufende Idee", "Zuletzt überprüft", "⚠ Überprüfung überfällig",
		"Gebäude C, 3. Stock", "Periode 2027-Q1", "Gedruckt am", "26.1.2027",
		"size: 215.9mm 279.4mm", "Zuversicht",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("poster lacks %q", want)
		}
	}
	if n := strings.Count(page, "poster-overdue"); n != 1 {
		t.Errorf("%d overdue marks, want 1 (one stale objective)", n)
	}
	if strings.Contains(page, "Eingereichte Idee") {
		t.Error("a proposed idea is on the poster")
	}
	all := string(out["posters/index.html"])
	if n := strings.Count(all, `<article class="poster `); n != 2 {
		t.Errorf("posters/index.html has %d posters, want one per team (2)", n)
	}
}

func TestPosterTypeShrinksWithContent(t *testing.T) {
	re := regexp.MustCompile(`--fs: ([0-9.]+)mm`)
	size := func(page []byte) float64 {
		m := re.FindSubmatch(page)
		if m == nil {
			t.Fatal("poster without a font size")
		}
		f, err := strconv.ParseFloat(string(m[1]), 64)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	out := build(t, stressSite("A4", "portrait", "/"))
	big, small := size(out["posters/big/index.html"]), size(out["posters/small/index.html"])
	if big >= small {
		t.Errorf("crowded poster has type %vmm, sparse one %vmm: the crowded one should be smaller", big, small)
	}
	a3 := build(t, stressSite("A3", "portrait", "/"))
	if s := size(a3["posters/small/index.html"]); s <= small {
		t.Errorf("A3 poster type %vmm is not larger than A4's %vmm", s, small)
	}
	land := string(build(t, stressSite("A4", "landscape", "/"))["posters/big/index.html"])
	if !strings.Contains(land, "size: 297mm 210mm") || !strings.Contains(land, "poster-cols-2") {
		t.Error("A4 landscape poster has the wrong page size or a single column")
	}
}
