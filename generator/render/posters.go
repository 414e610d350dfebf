package render

import (
	"fmt"
	"html/template"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"rsc.io/qr"

	"fokus/generator/content"
	"fokus/generator/site"
)

// Poster is one team's door poster: what it shows and how large its type
// is set so that it fills, but never overflows, one printed page. When even
// the smallest type (leastFont) cannot hold everything, the poster shows
// less and says how much it leaves out (the More… counts); see capPoster.
type Poster struct {
	Team *site.Team
	// Members are who sits behind the door, as many of the team's members
	// as fit memberLines lines under the door; MoreMembers counts the rest.
	Members        []string
	MoreMembers    int
	Objectives     []*PosterObjective
	MoreObjectives int      // current objectives left off the poster
	MoreOverdue    int      // how many of those are overdue for review (only when even the overdue ones do not all fit)
	Stops          []string // what the team's accepted and in-progress ideas stop
	MoreStops      int
	InProgress     []*site.Idea
	MoreInProgress int
	URL            string // the team page's absolute URL; "" when base_url is relative
	Address        string // URL as a person reads it, for print: its letters not %-escaped
	QR             *QRCode
	Font           float64 // base font size in mm
	Least          float64 // the least base font size in mm (leastFont), which poster.js sets no smaller to show a title whole
	QRSize         float64 // printed QR code size in mm
	TeamScale      float64 // the team name's size, as a fraction of its usual size
	TeamLeast      float64 // the least TeamScale, which poster.js sets no smaller to show a word of the name whole
	Columns        int     // objective columns: 1 in portrait, 2 in landscape (of two objectives or more)

	// HiddenStops and HiddenInProgress are the first of the items that
	// the lists leave off, which the poster carries hidden: the height
	// estimate errs high, and poster.js, which measures the real layout,
	// shows those that fit after all and counts down the "+ N more" (QA: on
	// letter landscape 13 of 25 ideas in progress stood above empty lines).
	// Without JavaScript the poster shows what the estimate fits, on one
	// page. They are as many as the box holds in lines of the least type,
	// which no page exceeds, so a team of thousands does not bloat the page.
	HiddenStops      []string
	HiddenInProgress []*site.Idea
	HiddenMembers    []string
}

// PosterObjective is an objective as its poster shows it: KeyResults are
// the ones that fit, MoreKeyResults counts the rest.
type PosterObjective struct {
	*site.Objective
	KeyResults     []*site.KeyResult
	MoreKeyResults int
	// HiddenKeyResults are the first of the key results left off, hidden
	// for poster.js to show where the page has room (Poster.HiddenStops).
	HiddenKeyResults []*site.KeyResult
}

// PosterMore is the "+ N more" line for a capped list; key names the
// phrase, and key+"_one" (when the theme has it) is its singular, as in
// Count, so that a theme that rewords the phrase drops the built-in one.
func (p *Page) PosterMore(key string, n int) string {
	if n == 1 {
		if _, ok := p.strings[key+"_one"]; ok {
			return p.T(key + "_one")
		}
	}
	return p.Tf(key, n)
}

// QRCode is a QR code as one SVG path over a square of Size modules
// (including the quiet zone). It holds numbers only, no content.
type QRCode struct {
	Size int
	Path string
}

// paper is a page size in millimetres, portrait.
type paper struct{ w, h float64 }

var papers = map[string]paper{
	"A4":     {210, 297},
	"A3":     {297, 420},
	"letter": {215.9, 279.4},
}

// posterMargin is the printed page's margin in mm; the poster box is the
// page less the margins less a little slack, so rounding in the browser's
// layout can never push a hair of it onto a second page.
const (
	posterMargin = 8.0
	posterSlack  = 1.5
)

// pageSize returns the paper's width and height in mm for the site's
// orientation.
func pageSize(s *site.Site) (w, h float64) {
	p, ok := papers[s.Config.Paper]
	if !ok {
		p = papers["A4"]
	}
	if s.Config.Orientation == "landscape" {
		return p.h, p.w
	}
	return p.w, p.h
}

// PageCSS is the @page size, from a fixed list of papers, never from content.
func (p *Page) PageCSS() template.CSS {
	w, h := pageSize(p.Site)
	return template.CSS(mm(w) + " " + mm(h))
}

// PosterBox is the poster's size on paper, as CSS custom properties.
func (p *Page) PosterBox() template.CSS {
	w, h := pageSize(p.Site)
	return template.CSS("--poster-w: " + mm(w-2*posterMargin-posterSlack) +
		"; --poster-h: " + mm(h-2*posterMargin-posterSlack) +
		"; --page-margin: " + mm(posterMargin))
}

// PosterStyle is one poster's base font size as a CSS custom property,
// with the least that poster.js may set it to (to show a title whole).
func (p *Page) PosterStyle(po *Poster) template.CSS {
	return template.CSS("--fs: " + mm(po.Font) + "; --fs-least: " + mm(po.Least) + "; --qr: " + mm(po.QRSize) +
		"; --team-scale: " + strconv.FormatFloat(po.TeamScale, 'f', 2, 64) +
		"; --team-least: " + strconv.FormatFloat(po.TeamLeast, 'f', 2, 64) +
		"; --team-lines: " + strconv.Itoa(po.TeamLines()))
}

// PaperName says which paper the posters are laid out for, e.g. "A4 ·
// portrait": the dot stays with the paper, as no line starts with it.
func (p *Page) PaperName() string {
	paper := p.Site.Config.Paper // "letter" is a name: "Letter", as A4 and A3 are written
	if paper != "" {
		paper = strings.ToUpper(paper[:1]) + paper[1:]
	}
	return paper + "\u00a0· " + p.T("orientation."+p.Site.Config.Orientation)
}

// NoQR reports whether the posters go without QR codes: base_url is not the
// site's absolute address, and a code to a relative path scans as nothing.
// The print hint says so on screen, where it can be fixed before printing.
func (p *Page) NoQR() bool { return teamURL(p.Site.Config.BaseURL, "x") == "" }

func mm(v float64) string { return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64) + "mm" }

// Posters are every team's poster, in team order.
func (p *Page) Posters() []*Poster {
	out := make([]*Poster, len(p.Site.Teams))
	for i, t := range p.Site.Teams {
		out[i] = p.PosterOf(t)
	}
	return out
}

// PosterOf builds one team's poster, once per render: the team's own poster
// page and the page of all posters show the same one, and fitting its type
// takes many height estimates.
func (p *Page) PosterOf(t *site.Team) *Poster {
	if p.cache == nil {
		return buildPoster(p, t)
	}
	key := "poster\x00" + t.Slug
	if v, ok := p.cache.Load(key); ok {
		return v.(*Poster)
	}
	po := buildPoster(p, t)
	p.cache.Store(key, po)
	return po
}

func buildPoster(p *Page, t *site.Team) *Poster {
	po := &Poster{Team: t, InProgress: t.InProgress, Columns: 1}
	for _, o := range t.Objectives {
		po.Objectives = append(po.Objectives, &PosterObjective{Objective: o, KeyResults: o.KeyResults})
	}
	seen := map[string]bool{}
	for _, idea := range t.Ideas {
		if !idea.Committed() {
			continue
		}
		for _, st := range idea.Stops {
			if st.TakenUp {
				continue // runs again on a newer decision: not stopped
			}
			text := strings.TrimSpace(st.Text)
			if st.Idea != nil {
				text = st.Idea.Title
			}
			if text != "" && !seen[text] {
				seen[text] = true
				po.Stops = append(po.Stops, text)
			}
		}
	}
	if u := teamURL(p.Site.Config.BaseURL, t.Slug); u != "" {
		// Only the team's part is written as letters: an address whose
		// host read as another's ("%D0%B0pple", a Cyrillic a) would be
		// printed as that other (security review).
		po.URL, po.Address = u, strings.TrimSuffix(p.Site.Config.BaseURL, "/")+"/teams/"+readableURL(url.PathEscape(t.Slug))+"/"
		po.QR = qrCode(u)
	}
	w, h := pageSize(p.Site)
	if w > h && len(po.Objectives) > 1 {
		// One objective takes the whole width: in a column of its own it
		// left the right half of a landscape poster blank (QA).
		po.Columns = 2
	}
	w, h = w-2*posterMargin-posterSlack, h-2*posterMargin-posterSlack
	least := leastFont(w, h)
	if posterHeight(po, p, w, least) > h*fillTarget {
		stops, wip := po.Stops, po.InProgress
		capPoster(po, p, w, h*fillTarget, least)
		hide(po, stops, wip, h, least)
	}
	po.Font = fitFont(po, p, w, h, least)
	po.Least = math.Min(least, po.Font) // fitFont rounds the least down
	po.QRSize = qrSize(po.Font)
	po.Members, po.MoreMembers, _ = posterMembers(po, p, w, po.Font)
	po.HiddenMembers = hiddenMembers(po, w, po.Font)
	po.TeamLeast = teamLeast(po.Least, po.Font)
	po.TeamScale = teamScale(po, p, w, po.Font)
	return po
}

// hide gives po the first of the items that capPoster left off, of stops,
// wip (the lists before it) and each objective's key results, to carry
// hidden for poster.js (Poster.HiddenStops): as many as the box, h mm
// tall, holds of one line each in the least type (mm), at most.
func hide(po *Poster, stops []string, wip []*site.Idea, h, least float64) {
	lines := int(h/(least*emList*lineHeight)) + 1
	krs := int(h/(least*(emKRValue*lineHeight+emKRBar))) + 1
	po.HiddenStops = stops[len(po.Stops) : len(po.Stops)+min(po.MoreStops, lines)]
	po.HiddenInProgress = wip[len(po.InProgress) : len(po.InProgress)+min(po.MoreInProgress, lines)]
	for _, o := range po.Objectives {
		all, n := o.Objective.KeyResults, len(o.KeyResults)
		o.HiddenKeyResults = all[n : n+min(o.MoreKeyResults, krs)]
	}
}

// teamScale shrinks a long team name until, wrapped at spaces and hyphens,
// it takes at most two lines: a door poster must not split the team's own
// name mid-word or cut it off. It only ever makes the name smaller than the
// height estimate assumed, so the poster still fits its page.
func teamScale(po *Poster, p *Page, w, fs float64) float64 {
	titleW := w - 2*fs
	if po.QR != nil {
		// The code's figure is as wide as the code or its caption (.7em).
		caption := float64(utf8.RuneCountInString(p.T("poster.scan"))) * charWidth * 0.7 * fs
		titleW -= math.Max(qrSize(fs), caption) + fs
	}
	// The name as the poster sets it: a spaced dash is tied to the word
	// before it (content.Tie), and a line breaks at the other spaces only.
	words := strings.FieldsFunc(strings.ReplaceAll(content.Tie(po.Team.Title), "-", "- "), content.Breakable)
	least := po.TeamLeast
	scale := 1.0
	for ; scale > least; scale -= 0.05 {
		// boldWidth is an average; a name of capitals and wide letters runs
		// longer, and a greedy estimate has no slack: a tenth to spare.
		perLine := int(0.9 * titleW / (emTeam * fs * scale * boldWidth))
		if n := wrappedLines(words, perLine); n <= maxLines || n <= teamLines(scale) {
			break
		}
	}
	return math.Round(math.Max(scale, least)*100) / 100
}

// boldAdvance is how many average characters (boldWidth) a word of a team
// name is wide: capitals and signs such as "&" and "<" are wider than the
// average, and a name like "IT & CRM <Ops>" ran past its lines (QA).
func boldAdvance(word string) int {
	var w float64
	for _, r := range word {
		switch {
		case strings.ContainsRune("&<>@%=+#~MWmw", r):
			w += 1.4
		case unicode.IsUpper(r):
			w += 1.15
		default:
			w++
		}
	}
	return int(math.Ceil(w))
}

// minTeamScale is the smallest a team name is set: still readable from a
// step away.
const minTeamScale = 0.4

// teamLeast is the least scale of a poster's team name, of a poster of
// least and fs type (mm): minTeamScale, but a poster of large type may set
// a name of one long word smaller than its text, down to half as large
// again as its least type: at minTeamScale "Geschäftskundenbetreuungsteam"
// broke as "…betr" over "euungsteam" on an A4 upright poster of no
// objectives yet (print QA).
func teamLeast(least, fs float64) float64 {
	return math.Round(math.Min(minTeamScale, 1.5*least/(emTeam*fs))*100) / 100
}

// teamLines is how many lines the team name may take at scale: three once
// three lines are no taller than the two the height estimate allows.
func teamLines(scale float64) int {
	if scale <= 2.0/3 {
		return 3
	}
	return maxLines
}

// TeamLines is teamLines for the poster's style.
func (po *Poster) TeamLines() int { return teamLines(po.TeamScale) }

// wrappedLines is how many lines words take, wrapped greedily at perLine
// average characters; a word longer than a line never fits (math.MaxInt).
func wrappedLines(words []string, perLine int) int {
	n, used := 1, 0
	for _, w := range words {
		size := boldAdvance(w)
		if size > perLine {
			return math.MaxInt
		}
		switch {
		case used == 0:
			used = size
		case used+1+size <= perLine:
			used += 1 + size
		default:
			n, used = n+1, size
		}
	}
	return n
}

// What an overloaded poster keeps. Objectives come first: they are the
// poster's point, the team's promise for the period, and a key result cut
// is still summed up by its objective's percentage. Then what the team stops
// doing, because saying no is what a door poster is for and a visitor
// cannot guess it; the ideas in progress come last, as the team page and
// the priority chart list them anyway. Yet a poster whose lists say only
// "+ 24 more" says nothing, so the lists keep listFloor items each before
// objectives lose key results (down to krFloor each), and only then do
// objectives themselves go, from the end, down to one.
const (
	listFloor = 3
	krFloor   = 2
)

// capPoster trims what po shows until its estimated height at the least
// type (mm) is at most limit (mm), counting what it leaves out. It only
// ever removes items from the end of a list, so the same content always
// gives the same poster.
func capPoster(po *Poster, p *Page, w, limit, least float64) {
	fits := func() bool { return posterHeight(po, p, w, least) <= limit }
	// The two lists stand side by side, so only the taller one costs
	// height: trim it (the ideas in progress when both are as tall), one
	// item at a time from the end, until the poster fits or both lists are
	// down to floor items. Trimming changes nothing above the lists, and
	// each item's height is known beforehand, so this is one pass however
	// long the lists are.
	trimLists := func(floor int) {
		sl, wl := posterLists(po, p, w, least)
		ns, nw := len(po.Stops), len(po.InProgress)
		heights := func() (float64, float64) {
			return sl.height(ns, po.MoreStops+len(po.Stops)-ns), wl.height(nw, po.MoreInProgress+len(po.InProgress)-nw)
		}
		hs, hw := heights()
		rest := posterHeight(po, p, w, least) - math.Max(hs, hw)
		for rest+math.Max(hs, hw) > limit {
			switch {
			case hw >= hs && nw > floor:
				nw--
			case hs >= hw && ns > floor:
				ns--
			default:
				goto done
			}
			hs, hw = heights()
		}
	done:
		po.MoreStops += len(po.Stops) - ns
		po.Stops = po.Stops[:ns]
		po.MoreInProgress += len(po.InProgress) - nw
		po.InProgress = po.InProgress[:nw]
	}
	capKRs := func(floor int) {
		most := 0
		for _, o := range po.Objectives {
			most = max(most, len(o.KeyResults))
		}
		n := most - 1
		// A poster that shows more than over key results of an objective
		// is taller than limit, each of them being at least a value's line
		// and a bar tall (posterHeight): those caps are not tried one by
		// one, each estimate over every key result (security review: an
		// objective of 20,000 key results held the build for minutes).
		// The poster is the one the loop below would come to.
		if over := int(limit/(least*(emKRValue*lineHeight+emKRBar))) + 1; n > over && over >= floor {
			for _, o := range po.Objectives {
				if len(o.KeyResults) > over {
					o.MoreKeyResults += len(o.KeyResults) - over
					o.KeyResults = o.KeyResults[:over]
				}
			}
			n = over - 1
		}
		for ; n >= floor && !fits(); n-- {
			for _, o := range po.Objectives {
				if len(o.KeyResults) > n {
					o.MoreKeyResults += len(o.KeyResults) - n
					o.KeyResults = o.KeyResults[:n]
				}
			}
		}
	}
	trimLists(listFloor)
	capKRs(krFloor)
	if !fits() && len(po.Objectives) > 1 {
		// Keep the most objectives that fit, found by bisection: fewer
		// objectives never make a poster taller, and a team with a hundred
		// objectives would otherwise cost a hundred estimates of a hundred.
		// Each try is measured with its "+ N more objectives" line, which
		// takes a line or two of its own.
		// What needs attention is never what is left off: overdue
		// objectives are kept before the others (QA: the one stale
		// objective of twelve was among the "+ 7 more"), and those kept
		// still stand in the team's order.
		all, more := po.Objectives, po.MoreObjectives
		order := make([]int, 0, len(all))
		for _, stale := range []bool{true, false} {
			for i, o := range all {
				if o.Stale() == stale {
					order = append(order, i)
				}
			}
		}
		keep := func(n int) {
			kept := slices.Sorted(slices.Values(order[:n]))
			po.Objectives = make([]*PosterObjective, n)
			for j, i := range kept {
				po.Objectives[j] = all[i]
			}
			po.MoreObjectives, po.MoreOverdue = more+len(all)-n, 0
			for _, i := range order[n:] {
				if all[i].Stale() {
					po.MoreOverdue++
				}
			}
		}
		lo, hi := 1, len(all)
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if keep(mid); fits() {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		keep(lo)
	}
	// Still too much (a one-objective team with dozens of stops): the
	// lists and key results give way entirely, down to their "+ N" lines.
	trimLists(0)
	capKRs(0)
}

// posterTeamPage names the team's page on paper: its URL when the poster
// has one (the QR code beside it leads there too), or else the words.
func posterTeamPage(po *Poster, p *Page) string {
	if po.Address != "" {
		return po.Address
	}
	return p.T("poster.team_page")
}

// PosterTeamPage is posterTeamPage for the template.
func (p *Page) PosterTeamPage(po *Poster) string { return posterTeamPage(po, p) }

// teamURL is the absolute URL of a team's page, or "" when base_url is not
// an absolute http(s) URL (a QR code to a relative path scans as nothing).
// Its path is escaped to ASCII, as the slug is: a QR code holds bytes, and
// scanners took the UTF-8 of a base_url's "/ideen-für-alle/" for other
// letters (QA: "/ideen-f羹r-alle/"); a browser shows it unescaped. Its
// host is in punycode for the same reason (asciiHost).
func teamURL(base, slug string) string {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + asciiHost(u.Host) + strings.TrimSuffix(u.EscapedPath(), "/") + "/teams/" + url.PathEscape(slug) + "/"
}

// readableURL writes u's escaped letters of other scripts and accents as
// letters, as a browser's address bar shows them: on paper,
// "…/teams/%C3%A9quipe/" is read by no one (QA), and a browser takes
// "…/teams/équipe/" typed in as the same address. What must stay escaped
// to mean the same (spaces, %, #, ?, controls) stays escaped.
func readableURL(u string) string {
	if !strings.Contains(u, "%") {
		return u
	}
	var b strings.Builder
	for i := 0; i < len(u); {
		if u[i] != '%' {
			b.WriteByte(u[i])
			i++
			continue
		}
		j := i
		for j+2 < len(u) && u[j] == '%' {
			j += 3
		}
		raw, err := url.PathUnescape(u[i:j])
		if err != nil || !utf8.ValidString(raw) {
			b.WriteString(u[i:j])
			i = j
			continue
		}
		for _, r := range raw {
			if r >= 0x80 && unicode.IsPrint(r) && !unicode.IsSpace(r) {
				b.WriteRune(r)
				continue
			}
			for _, c := range []byte(string(r)) {
				fmt.Fprintf(&b, "%%%02X", c)
			}
		}
		i = j
	}
	return b.String()
}

// qrCode encodes text as a QR code drawn as one SVG path of unit squares,
// merged into runs per row, with the standard quiet zone of four modules.
func qrCode(text string) *QRCode {
	c, err := qr.Encode(text, qr.M)
	if err != nil {
		return nil // longer than a QR code holds: the poster prints the URL only
	}
	const quiet = 4
	var b strings.Builder
	for y := 0; y < c.Size; y++ {
		for x := 0; x < c.Size; {
			if !c.Black(x, y) {
				x++
				continue
			}
			run := 0
			for x+run < c.Size && c.Black(x+run, y) {
				run++
			}
			b.WriteString("M" + strconv.Itoa(x+quiet) + " " + strconv.Itoa(y+quiet) + "h" + strconv.Itoa(run) + "v1h-" + strconv.Itoa(run) + "z")
			x += run
		}
	}
	return &QRCode{Size: c.Size + 2*quiet, Path: b.String()}
}

// The poster's type scale, in em of the base font size; poster.css uses the
// same numbers, so the estimate below measures what the browser lays out.
const (
	charWidth    = 0.53 // average advance of a character of German text in DejaVu Sans, one of the widest system faces, in em
	boldWidth    = 0.6  // the same in DejaVu Sans Bold: team name, objective titles, values, "+ N more" (measured in chromium)
	wrapSlack    = 2    // characters a line loses because words wrap whole
	lineHeight   = 1.22
	emTeam       = 2.4  // team name
	emMeta       = 1.5  // door and period line with its margin
	emMembers    = 0.85 // the members' line, small under the door
	emMembersGap = 0.25 // its margin above
	emHeadGap    = 1.3  // header padding, rule and margin
	emObjective  = 1.3  // objective title
	emReviewed   = 1.6  // the line at .78em and its margins
	emObjGap     = 1.25 // padding of an objective block and the gap to the next
	emKR         = 1.0  // key result title
	emKRValue    = 1.1  // current / target
	emKRBar      = 1.6  // bar, its margin and the gap to the next key result
	emListHead   = 1.55
	emList       = 0.95 // stop and in-progress items
	emListGap    = 1.6  // rule and gaps above the lists
	emFooter     = 2.0  // margin, rule, padding and a line at .72em
	emMoreObj    = 1.1  // "+ N more objectives — see …"
	emMoreObjGap = 0.8  // the grid's row gap above it
	qrMinMM      = 20.0 // a QR code's printed size: scannable at arm's length…
	qrMaxMM      = 30.0 // …and from a step away when there is room
	qrEm         = 6.0
	qrCaptionEm  = 0.9
	fillTarget   = 0.99 // share of the box the estimate may fill; it errs high by 3–15 % (measured in chromium)
	minFontMM    = 3.0  // 8.5 pt on A4: a key result reads from a step away; below it the poster shows less (capPoster, leastFont)
	maxFontA4MM  = 7.5
)

// paperScale is how much larger than A4's a poster box of w × h mm is, as
// a length: √2 for A3, about 1 for letter and for either orientation.
func paperScale(w, h float64) float64 {
	return math.Sqrt(w * h / ((210 - 2*posterMargin) * (297 - 2*posterMargin)))
}

// leastFont is the smallest base font size (mm) of a poster box of w × h
// mm: A4's minFontMM, enlarged with the paper. An A3 poster hangs where it
// is read from further away than an A4 one, as an A4 poster enlarged on a
// copier is; in A4's least type, 8.5 pt on a sheet twice the size, a
// crowded A3 poster was a page of small print that no one read from the
// corridor (QA). It shows less instead, and says so, as A4 does. Letter,
// a little smaller than A4, keeps A4's least: smaller type is not read
// from a step away.
func leastFont(w, h float64) float64 {
	return minFontMM * math.Max(1, paperScale(w, h))
}

// fitFont finds the largest base font size (mm) at which the estimated
// height of the poster's content fits its box. The estimate wraps every
// title at the width it gets, so long titles and many key results both
// shrink the type. Below least (leastFont) the type stops shrinking and
// capPoster shows less instead; CSS overflow: hidden on the poster's body
// is only the last guard, and it never reaches the header or the footer.
func fitFont(po *Poster, p *Page, w, h, least float64) float64 {
	largest := maxFontA4MM * paperScale(w, h)
	// The sizes tried are largest × 0.98^k for k = 0, 1, …, while above
	// least; the first that fits is taken. Height grows with the size,
	// so the first k that fits is found by bisection rather than in order.
	size := func(k int) float64 { return largest * math.Pow(0.98, float64(k)) }
	n := 0
	for size(n) > least {
		n++
	}
	fitsAt := func(k int) bool { return posterHeight(po, p, w, size(k)) <= h*fillTarget }
	if n == 0 || !fitsAt(n-1) {
		return math.Floor(least*100) / 100 // never larger than the type capPoster fitted
	}
	lo, hi := 0, n-1
	for lo < hi {
		mid := (lo + hi) / 2
		if fitsAt(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return math.Round(size(lo)*100) / 100
}

// maxLines is how many lines poster.css gives a title or list item before
// it cuts the rest with an ellipsis: a door poster is a summary, and the
// QR code leads to the whole text. An objective's title, what the poster
// is for, gets objLines: in two columns (landscape) two lines cut many,
// and three still cut a long objective on a poster with room to spare (QA).
// Where the page has room, poster.js (titles) lets a cut objective's title
// take eight lines and a key result's four, at type a little smaller.
const (
	maxLines = 2
	objLines = 4
)

// qrSize is the QR code's size for a poster's base font size.
func qrSize(fs float64) float64 {
	return math.Round(math.Max(qrMinMM, math.Min(qrMaxMM, qrEm*fs))*10) / 10
}

// lines is how many lines text takes at size (mm) in width (mm), at most
// maxLines, for an average character advance of cw em.
func lines(text string, width, size, cw float64) float64 {
	return linesUpTo(maxLines, text, width, size, cw)
}

// linesUpTo is lines for text that poster.css cuts after most lines.
func linesUpTo(most float64, text string, width, size, cw float64) float64 {
	perLine := math.Max(1, math.Floor(width/(size*cw))-wrapSlack)
	n := math.Ceil(float64(utf8.RuneCountInString(text)) / perLine)
	return math.Min(most, math.Max(1, n))
}

// idWidth is the width in mm of the header's text beside the QR code: the
// team's name, door and period, and its members.
func idWidth(po *Poster, w, fs float64) float64 {
	width := w - 2*fs // padding: 1em on each side
	if po.QR != nil {
		width -= qrSize(fs) + fs
	}
	return width
}

// memberLines is how many lines the members take at most: a door poster
// names who sits behind the door, it is not the team's directory, and
// a team of forty would take the room of its objectives.
const memberLines = 2

// memberNames are the team's members that have a name, in their order.
func memberNames(t *site.Team) []string {
	var names []string
	for _, m := range t.Members {
		if m = strings.TrimSpace(m); m != "" {
			names = append(names, m)
		}
	}
	return names
}

// hiddenMembers are the first of the members that the poster of base size
// fs leaves to its "+ N more", to carry hidden for poster.js, as the lists'
// items are (Poster.HiddenStops): the estimate keeps a tenth of the lines
// to spare. They are at most as many as the lines hold of names of a
// letter each.
func hiddenMembers(po *Poster, w, fs float64) []string {
	if po.MoreMembers == 0 {
		return nil
	}
	most := int(memberLines*idWidth(po, w, fs)/(fs*emMembers*charWidth))/3 + 1
	names := memberNames(po.Team)
	return names[len(po.Members) : len(po.Members)+min(po.MoreMembers, most)]
}

// posterMembers is how many of the team's members, in their order, the
// poster names at base size fs, and how many it leaves to a "+ N more"
// that ends the line: as many as fit memberLines lines, at least one.
// Names wrap at their spaces; "+ N more" is kept whole (poster.css).
// lines is how many lines they take.
func posterMembers(po *Poster, p *Page, w, fs float64) (shown []string, more, lines int) {
	names := memberNames(po.Team)
	if len(names) == 0 {
		return nil, 0, 0
	}
	// charWidth is an average; names are words of capitals more than
	// running text is, and a greedy estimate has no slack: a tenth to spare
	// (QA: on A3 landscape the "+ 12 more" was cut off).
	perLine := int(math.Max(1, math.Floor(0.9*idWidth(po, w, fs)/(fs*emMembers*charWidth))))
	// A line is filled word by word, as the browser wraps; each name but
	// the last shown ends in a comma. A word longer than a line breaks
	// (overflow-wrap) and takes the lines it needs.
	type fill struct{ lines, used int }
	put := func(f fill, word int) fill {
		switch {
		case f.used == 0:
			f.used = word
		case f.used+1+word <= perLine:
			f.used += 1 + word
			return f
		default:
			f.lines, f.used = f.lines+1, word
		}
		for f.used > perLine {
			f.lines, f.used = f.lines+1, f.used-perLine
		}
		return f
	}
	putName := func(f fill, name string, comma bool) fill {
		words := strings.Fields(name)
		for i, word := range words {
			n := utf8.RuneCountInString(word)
			if comma && i == len(words)-1 {
				n++
			}
			f = put(f, n)
		}
		return f
	}
	fits := func(f fill) bool { return f.lines+1 <= memberLines }
	// The names stop at the first that does not fit: a team of thousands
	// costs no more than one of a few lines, estimate after estimate.
	if all := func() fill {
		f := fill{}
		for i, name := range names {
			if f = putName(f, name, i < len(names)-1); !fits(f) {
				break
			}
		}
		return f
	}(); fits(all) {
		return names, 0, all.lines + 1
	}
	// The names before k, each with its comma, then "+ N more": the most
	// that fit, found in one pass, as one name more never takes fewer lines.
	f, k := fill{}, 0
	for k < len(names)-1 {
		next := putName(f, names[k], true)
		if !fits(put(next, utf8.RuneCountInString(p.PosterMore("poster.more", len(names)-k-1)))) {
			break
		}
		f, k = next, k+1
	}
	k = max(k, 1)
	return names[:k], len(names) - k, memberLines
}

// posterHeight estimates the poster's content height in mm at base size fs.
func posterHeight(po *Poster, p *Page, w, fs float64) float64 {
	em := func(v float64) float64 { return v * fs }
	inner := w - em(2) // padding: 1em on each side
	// Header: team name beside the QR code, then door and period, then
	// the members.
	titleW := idWidth(po, w, fs)
	// At the usual size: teamScale, set later, only makes the name smaller.
	head := lines(po.Team.Title, titleW, em(emTeam), boldWidth)*em(emTeam*lineHeight) + em(emMeta)
	if _, _, n := posterMembers(po, p, w, fs); n > 0 {
		head += float64(min(n, memberLines))*em(emMembers*lineHeight) + em(emMembersGap)
	}
	if po.QR != nil {
		head = math.Max(head, qrSize(fs)+em(qrCaptionEm))
	}
	total := em(2) + head + em(emHeadGap)

	// Objectives, in one or two columns; a row is as tall as its taller block.
	colW := (inner - float64(po.Columns-1)*em(1)) / float64(po.Columns)
	textW := colW - em(1) // the coloured rule on the left and its padding
	var blocks []float64
	for _, o := range po.Objectives {
		b := linesUpTo(objLines, o.Title+" 100 % "+p.PeriodAround(o.Period), textW, em(emObjective), boldWidth)*em(emObjective*lineHeight) + em(emReviewed)
		for _, kr := range o.KeyResults {
			valueW := float64(utf8.RuneCountInString(p.KRValue(kr))) * boldWidth * em(emKRValue)
			if kr.Confidence >= 0 { // set smaller, at .72 of the value's size
				valueW += float64(utf8.RuneCountInString(" · "+p.T("confidence_short")+" 100 %")) * charWidth * em(emKRValue*0.72)
			}
			titleW := textW - valueW - em(1)
			if titleW < textW/2 { // the value wraps below the title, and at its spaces when it is longer than the column
				titleW = textW
				b += math.Ceil(valueW/textW) * em(emKRValue*lineHeight)
			}
			// The value is set larger than the title, so a one-line title
			// stands in a line as tall as the value's.
			b += math.Max(lines(kr.Title, titleW, em(emKR), charWidth)*em(emKR*lineHeight), em(emKRValue*lineHeight)) + em(emKRBar)
		}
		if o.MoreKeyResults > 0 {
			b += em(emKR * lineHeight)
		}
		blocks = append(blocks, b+em(emObjGap))
	}
	if len(blocks) == 0 {
		blocks = append(blocks, em(2))
	}
	for i := 0; i < len(blocks); i += po.Columns {
		row := 0.0
		for j := i; j < i+po.Columns && j < len(blocks); j++ {
			row = math.Max(row, blocks[j])
		}
		total += row
	}
	if po.MoreObjectives > 0 {
		more := p.PosterMore("poster.more_objectives", po.MoreObjectives) + "\u00a0— " + p.T("poster.see") + " " + posterTeamPage(po, p)
		if po.MoreOverdue > 0 {
			more += " ⚠ " + p.Tf("poster.more_overdue", po.MoreOverdue) + "  " // the mark pads .4em each side
		}
		total += lines(more, inner, em(emMoreObj), boldWidth)*em(emMoreObj*lineHeight) + em(emMoreObjGap)
	}

	// What stops and what is in progress, side by side.
	stops, wip := listHeight(po, p, w, fs)
	total += em(emListGap) + math.Max(stops, wip)
	return total + em(emFooter)
}

// listHeight estimates the heights in mm of the poster's two lists, what
// stops and what is in progress, at base size fs, each with its "+ N more"
// line when it is capped.
func listHeight(po *Poster, p *Page, w, fs float64) (stops, wip float64) {
	sl, wl := posterLists(po, p, w, fs)
	return sl.height(len(po.Stops), po.MoreStops), wl.height(len(po.InProgress), po.MoreInProgress)
}

// estList is the estimated height of a poster list with its first n items.
type estList struct {
	head, line, none float64
	upTo             []float64 // upTo[n]: the height of the first n items
}

func (l estList) height(n, more int) float64 {
	h := l.head
	if n == 0 && more == 0 {
		h += l.none // the list says "nothing named"
	} else {
		h += l.upTo[n]
	}
	if more > 0 {
		h += l.line // "+ N more"
	}
	return h
}

// posterLists estimates the poster's two lists, what stops and what is in
// progress, at base size fs.
func posterLists(po *Poster, p *Page, w, fs float64) (stops, wip estList) {
	em := func(v float64) float64 { return v * fs }
	listW := (w-em(2)-em(1))/2 - em(1)
	item := func(text string) float64 {
		return lines("✕ "+text, listW, em(emList), charWidth) * em(emList*lineHeight)
	}
	list := func(items []string, none string) estList {
		l := estList{head: em(emListHead), line: em(emList * lineHeight), none: item(none), upTo: make([]float64, len(items)+1)}
		for i, it := range items {
			l.upTo[i+1] = l.upTo[i] + item(it)
		}
		return l
	}
	progress := make([]string, 0, len(po.InProgress))
	for _, i := range po.InProgress {
		if i.Undeclared() {
			progress = append(progress, p.T("poster.undeclared")+" "+i.Title)
		} else if i.Flagged("still-running") {
			progress = append(progress, p.T("poster.still_running")+" "+i.Title)
		} else {
			progress = append(progress, i.Title)
		}
	}
	return list(po.Stops, p.T("poster.nothing_named")), list(progress, p.T("none"))
}
