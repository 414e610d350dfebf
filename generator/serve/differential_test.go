package serve

import (
	"bytes"
	"fmt"
	"html"
	"maps"
	"math/rand"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"fokus/generator"
	"fokus/generator/diag"
	"fokus/generator/render"
)

// The preview keeps a model in memory and, after each save, reads only the
// files that changed and renders only the pages whose inputs changed. What
// it then serves must be exactly what `fokus build` writes for the same
// files, after any sequence of edits; while the files have errors, it must
// show those errors over the last good version. These tests make random
// but realistic edits to a small site and, after each, compare every file
// the preview serves with a fresh build of the folder.
//
// Pages fetched over HTTP are compared too, less the one thing the preview
// adds to each: its live-reload script (and, while there are errors, the
// overlay, which is checked to show the first error as
// path:line:col: error: message).
//
// For hunting, FOKUS_SERVE_SEEDS=200 runs seeds 1 to 200 instead of the few
// below, FOKUS_SERVE_SEED=n only seed n, FOKUS_SERVE_STEPS=n that many
// edits each.
func TestThePreviewAlwaysServesWhatABuildWrites(t *testing.T) {
	seeds, steps := []int64{1, 3, 4}, 10
	if testing.Short() {
		seeds, steps = seeds[:1], 5
	}
	if n, err := strconv.Atoi(os.Getenv("FOKUS_SERVE_SEEDS")); err == nil && n > 0 {
		seeds = seeds[:0]
		for i := range n {
			seeds = append(seeds, int64(i+1))
		}
	}
	if n, err := strconv.ParseInt(os.Getenv("FOKUS_SERVE_SEED"), 10, 64); err == nil {
		seeds = []int64{n}
	}
	if n, err := strconv.Atoi(os.Getenv("FOKUS_SERVE_STEPS")); err == nil && n > 0 {
		steps = n
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			runEdits(t, seed, steps)
		})
	}
}

type rTeam struct {
	slug, title string
	capacity    int
	wip         int
	members     []string
	body        string
	away        string // the slug its file is renamed to for a while ("" when at home)
}

type rCheckin struct {
	date  string
	value int
	note  string
}

type rKR struct {
	title                  string
	start, target, current int
	unit                   string
	yesNo, done            bool
	checkins               []rCheckin
}

type rObjective struct {
	slug, dir, title, team, period, owner, reviewed string
	krs                                             []rKR
	body                                            string
	away                                            bool // its file renamed to <slug>-old.md for a while
}

type rDecision struct {
	date, by, rationale string
	revisit             string
	stops               []string
}

type rIdea struct {
	slug, dir        string // dir is "" or "sub/" below content/ideas/
	title, submitted string
	author, status   string
	teams, tags      []string
	objectives       []string
	score            []int // value, time_criticality, risk_reduction, job_size; nil when not assessed
	draft            bool
	decision         *rDecision
	body             string
}

type rSite struct {
	title, lang, period string
	timezone, model     string // "" for the default
	unsafe              bool
	teams               []*rTeam
	objectives          []*rObjective
	ideas               []*rIdea
	broken              map[string]string // path → the broken text written there instead
	copies              map[string]string // path → text of a copy of an idea, a duplicate slug
}

func (t *rTeam) path() string { return "content/teams/" + t.slug + ".md" }
func (t *rTeam) file() string {
	if t.away != "" {
		return "content/teams/" + t.away + ".md"
	}
	return t.path()
}
func (o *rObjective) path() string { return "content/objectives/" + o.dir + o.slug + ".md" }
func (o *rObjective) file() string {
	if o.away {
		return "content/objectives/" + o.dir + o.slug + "-old.md"
	}
	return o.path()
}
func (i *rIdea) path() string { return "content/ideas/" + i.dir + i.slug + ".md" }

func quoted(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func (t *rTeam) text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "+++\ntitle = %s\n", strconv.Quote(t.title))
	if t.capacity > 0 {
		fmt.Fprintf(&b, "capacity = %d\n", t.capacity)
	}
	if t.wip > 0 {
		fmt.Fprintf(&b, "wip_limit = %d\n", t.wip)
	}
	if t.members != nil {
		fmt.Fprintf(&b, "members = %s\n", quoted(t.members))
	}
	fmt.Fprintf(&b, "+++\n%s", t.body)
	return b.String()
}

func (o *rObjective) text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "+++\ntitle = %s\nteam = %q\nperiod = %q\n", strconv.Quote(o.title), o.team, o.period)
	if o.owner != "" {
		fmt.Fprintf(&b, "owner = %s\n", strconv.Quote(o.owner))
	}
	if o.reviewed != "" {
		fmt.Fprintf(&b, "reviewed = %s\n", o.reviewed)
	}
	for _, kr := range o.krs {
		fmt.Fprintf(&b, "\n[[key_results]]\ntitle = %s\n", strconv.Quote(kr.title))
		if kr.yesNo {
			fmt.Fprintf(&b, "done = %v\n", kr.done)
			continue
		}
		fmt.Fprintf(&b, "start = %d\ntarget = %d\n", kr.start, kr.target)
		if len(kr.checkins) == 0 {
			fmt.Fprintf(&b, "current = %d\n", kr.current)
		}
		if kr.unit != "" {
			fmt.Fprintf(&b, "unit = %q\n", kr.unit)
		}
		for _, c := range kr.checkins {
			fmt.Fprintf(&b, "\n[[key_results.checkins]]\ndate = %s\nvalue = %d\n", c.date, c.value)
			if c.note != "" {
				fmt.Fprintf(&b, "note = %s\n", strconv.Quote(c.note))
			}
		}
	}
	fmt.Fprintf(&b, "+++\n%s", o.body)
	return b.String()
}

func (i *rIdea) text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "+++\ntitle = %s\nsubmitted = %s\n", strconv.Quote(i.title), i.submitted)
	if i.author != "" {
		fmt.Fprintf(&b, "author = %s\n", strconv.Quote(i.author))
	}
	if i.teams != nil {
		fmt.Fprintf(&b, "teams = %s\n", quoted(i.teams))
	}
	if i.status != "" {
		fmt.Fprintf(&b, "status = %q\n", i.status)
	}
	if i.tags != nil {
		fmt.Fprintf(&b, "tags = %s\n", quoted(i.tags))
	}
	if i.objectives != nil {
		fmt.Fprintf(&b, "objectives = %s\n", quoted(i.objectives))
	}
	if i.draft {
		b.WriteString("draft = true\n")
	}
	if i.score != nil {
		fmt.Fprintf(&b, "\n[score]\nvalue = %d\ntime_criticality = %d\nrisk_reduction = %d\njob_size = %d\n", i.score[0], i.score[1], i.score[2], i.score[3])
	}
	if d := i.decision; d != nil {
		fmt.Fprintf(&b, "\n[decision]\ndate = %s\nby = %s\nrationale = %s\n", d.date, strconv.Quote(d.by), strconv.Quote(d.rationale))
		if d.stops != nil {
			fmt.Fprintf(&b, "stops = %s\n", quoted(d.stops))
		}
		if d.revisit != "" {
			fmt.Fprintf(&b, "revisit = %s\n", d.revisit)
		}
	}
	fmt.Fprintf(&b, "+++\n%s", i.body)
	return b.String()
}

func (s *rSite) config() string {
	var b strings.Builder
	fmt.Fprintf(&b, "title = %s\nlanguage = %q\n", strconv.Quote(s.title), s.lang)
	if s.period != "" {
		fmt.Fprintf(&b, "period = %q\n", s.period)
	}
	if s.timezone != "" {
		fmt.Fprintf(&b, "timezone = %q\n", s.timezone)
	}
	if s.unsafe {
		b.WriteString("unsafe_html = true\n")
	}
	if s.model != "" {
		fmt.Fprintf(&b, "\n[scoring]\nmodel = %q\n", s.model)
	}
	return b.String()
}

// files is the site as it should be on disk: path → text.
func (s *rSite) files() map[string]string {
	out := map[string]string{"fokus.toml": s.config()}
	for _, t := range s.teams {
		out[t.file()] = t.text()
	}
	for _, o := range s.objectives {
		out[o.file()] = o.text()
	}
	for _, i := range s.ideas {
		out[i.path()] = i.text()
	}
	for p, text := range s.copies {
		out[p] = text
	}
	for p, text := range s.broken {
		if _, ok := out[p]; ok {
			out[p] = text
		}
	}
	return out
}

var (
	diffTitles = []string{"Clean the CRM", "Webinar series", "Partner portal", "Lead scoring", "<b>Bold</b> & \"quoted\"",
		"Ümlaute im Vertrieb", "Video demos", "Trade fair 2027", "Referral bonus", "Newsletter relaunch", "Chatbot", "Win/loss interviews"}
	diffTags     = []string{"crm", "leads", "events", "web", "content", "ai"}
	diffStatuses = []string{"proposed", "assessing", "accepted", "in-progress", "done", "rejected", "parked", "dropped"}
	diffPeople   = []string{"Anna", "Ben", "Chiara", "Dario"}
	diffPeriods  = []string{"2026-Q4", "2027-Q1", "2026-10", "2026-08", "Q1 FY27", "FY27 Q1", "FY27", "2026"} // a month past closing, as a team of months late with the next has, and one months ago; two spellings of one fiscal quarter, its fiscal year beside it on a door, and the calendar year
)

func pick[T any](r *rand.Rand, list []T) T { return list[r.Intn(len(list))] }

func some[T any](r *rand.Rand, list []T, most int) []T {
	n := r.Intn(most + 1)
	out := []T{}
	for _, k := range r.Perm(len(list))[:min(n, len(list))] {
		out = append(out, list[k])
	}
	return out
}

func needsDecision(status string) bool {
	return status == "accepted" || status == "rejected" || status == "parked" || status == "dropped"
}

func (s *rSite) teamSlugs() []string {
	var out []string
	for _, t := range s.teams {
		out = append(out, t.slug)
	}
	return out
}

func (s *rSite) objectiveSlugs() []string {
	var out []string
	for _, o := range s.objectives {
		out = append(out, o.slug)
	}
	return out
}

func (s *rSite) newDecision(r *rand.Rand) *rDecision {
	d := &rDecision{date: fmt.Sprintf("2026-11-%02d", 5+r.Intn(20)), by: pick(r, diffPeople), rationale: pick(r, []string{"Room.", "Frees <i>two</i> people & a budget.", "Not now.", "Fits the plan."})}
	if r.Intn(2) == 0 {
		// A stop names an activity, an idea's slug or an idea's title.
		var names []string
		for _, i := range s.ideas {
			names = append(names, i.slug, i.title)
		}
		d.stops = some(r, append(names, "Cold calls", "Print ads"), 2)
	}
	return d
}

func (s *rSite) body(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(pick(r, []string{"Some text.\n", "## Why\n\nBecause *customers* ask.\n", "A <script>alert(1)</script> test.\n", "- one\n- two\n"}))
	if r.Intn(3) == 0 && len(s.ideas) > 0 {
		// A link to another idea's page, which may go (a warning then).
		fmt.Fprintf(&b, "\nSee [that one](../%s/).\n", pick(r, s.ideas).slug)
	}
	if r.Intn(5) == 0 {
		fmt.Fprintf(&b, "\nFor [%s](../../objectives/%s/).\n", "the objective", pick(r, []string{"grow", "leads", "nothing"}))
	}
	return b.String()
}

func (s *rSite) newIdea(r *rand.Rand, slug string) *rIdea {
	i := &rIdea{slug: slug, title: pick(r, diffTitles), submitted: fmt.Sprintf("2026-%02d-%02d", 9+r.Intn(3), 1+r.Intn(25)),
		teams: some(r, s.teamSlugs(), 2), tags: some(r, diffTags, 2), objectives: some(r, s.objectiveSlugs(), 2)}
	if r.Intn(2) == 0 {
		i.author = pick(r, diffPeople)
	}
	if r.Intn(4) != 0 {
		i.score = []int{r.Intn(10), r.Intn(10), r.Intn(10), 1 + r.Intn(8)}
	}
	i.status = pick(r, append(diffStatuses, ""))
	if needsDecision(i.status) || r.Intn(4) == 0 {
		i.decision = s.newDecision(r)
	}
	i.body = s.body(r)
	return i
}

func newRSite(r *rand.Rand) *rSite {
	s := &rSite{title: "Preview", lang: pick(r, []string{"de", "en"}), period: "2026-Q4", broken: map[string]string{}, copies: map[string]string{}}
	s.teams = []*rTeam{
		{slug: "sales", title: "Sales", capacity: 20, wip: 2, members: []string{"Anna", "Ben"}, body: "Sells.\n"},
		{slug: "marketing", title: "Marketing", capacity: 15, body: "Tells.\n"},
		{slug: "ops", title: "Sales Ops", members: []string{"Chiara"}, body: "Runs the CRM.\n"},
	}
	s.objectives = []*rObjective{
		{slug: "grow", dir: "sales/", title: "Grow", team: "sales", period: "2026-Q4", reviewed: "2026-11-20",
			krs: []rKR{{title: "Leads", start: 0, target: 10, current: 4}, {title: "Playbook", yesNo: true}}},
		{slug: "leads", dir: "marketing/", title: "More leads", team: "marketing", period: "2026-Q4", owner: "Ben",
			krs: []rKR{{title: "MQLs", start: 100, target: 20, unit: "%", checkins: []rCheckin{{date: "2026-10-01", value: 80}, {date: "2026-11-01", value: 60, note: "Good month"}}}}},
		{slug: "brand", dir: "marketing/", title: "Brand", team: "marketing", period: "2027-Q1", reviewed: "2026-10-01",
			krs: []rKR{{title: "Awareness", start: 10, target: 30, current: 12}}},
		{slug: "crm-clean", dir: "ops/", title: "One truth in the CRM", team: "ops", period: "2026-Q4",
			krs: []rKR{{title: "Duplicates", start: 3000, target: 300, current: 1200, unit: "records"}}},
	}
	for _, slug := range []string{"crm", "webinar", "portal", "scoring", "demos", "fair"} {
		s.ideas = append(s.ideas, s.newIdea(r, slug))
	}
	return s
}

// edit is one change to the site, as a user makes it in an editor.
type edit struct {
	what string
	do   func() // changes the model and the files
	fix  bool   // it undoes a content error
}

// differ is one run: the model, the folder and the preview of it.
type differ struct {
	t       *testing.T
	r       *rand.Rand
	s       *rSite
	p       *preview
	dir     string
	n       int               // files written, for unique temporary names
	disk    map[string]string // what the test last wrote: path → text
	log     []string          // the edits so far, for the failure message
	good    render.Output     // the last good build's output
	fails   int               // steps after which the build failed
	failing bool              // the last build failed

	drafts bool // the preview and the builds are with drafts
	// away says that content/ is moved away (the site has no content
	// then, which is an empty site); whole says that a step moved it, so
	// that the rebuild reads the folder whole.
	away, whole bool

	mu        sync.Mutex
	now       time.Time // the preview's and the builds' "now"
	midRender func()    // an edit to make when the next whole-site render starts
	fired     string    // what midRender did
	// midBuilt is the build of the files as the render that midRender
	// interrupted had them, when that is known (the rebuilds since the
	// edit read every file it changed) and the build succeeded; nil
	// otherwise.
	midBuilt render.Output
	// midReloads says that the edit made during the render reads
	// everything again (fokus.toml, content/ moved): the interrupted
	// version's model is gone then (see Builder.LastGood), and while that
	// edit's errors show, the pages under them may be the version before.
	midReloads bool
	// orGood is, for one step, another version that the pages under the
	// overlay may be instead of good's (see midReloads).
	orGood render.Output
	// exact says that the preview, while the files have errors, must
	// show good's pages under the overlay: no edit since it was built
	// was one of several made at once, which may have been rebuilt in
	// between as a version that the test never built.
	exact bool
	// interrupted counts the steps that ended with errors whose save
	// came during a render, checked to show over that render's version.
	interrupted int
}

// sync writes the files that changed since the last sync and removes the
// ones that are gone, some with an atomic save as many editors do.
func (d *differ) sync() {
	want := d.s.files()
	for p := range d.disk {
		if _, ok := want[p]; !ok {
			if err := os.Remove(d.real(p)); err != nil {
				d.t.Fatal(err)
			}
			delete(d.disk, p)
		}
	}
	names := make([]string, 0, len(want))
	for p := range want {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		if text, ok := d.disk[p]; ok && text == want[p] {
			continue // (a file saved empty is written too)
		}
		d.writeFile(p, want[p])
	}
}

func (d *differ) writeFile(p, text string) {
	full := d.real(p)
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		d.t.Fatal(err)
	}
	if _, had := d.disk[p]; had && d.r.Intn(3) == 0 {
		d.n++
		tmp := filepath.Join(filepath.Dir(full), fmt.Sprintf(".%s.%d.tmp", filepath.Base(full), d.n))
		if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
			d.t.Fatal(err)
		}
		if err := os.Rename(tmp, full); err != nil {
			d.t.Fatal(err)
		}
	} else if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
		d.t.Fatal(err)
	}
	d.disk[p] = text
}

// real is where the file at the site's path p is: content/ may be
// moved away for a while.
func (d *differ) real(p string) string {
	if d.away && strings.HasPrefix(p, "content/") {
		p = "content-away/" + strings.TrimPrefix(p, "content/")
	}
	return filepath.Join(d.dir, filepath.FromSlash(p))
}

// move renames a file on disk as a file manager or `git mv` does.
func (d *differ) move(from, to string) {
	if from == to {
		return
	}
	full := d.real(to)
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		d.t.Fatal(err)
	}
	if err := os.Rename(d.real(from), full); err != nil {
		d.t.Fatal(err)
	}
	d.disk[to] = d.disk[from]
	delete(d.disk, from)
}

// breakText breaks a file as a user does by accident; each way but one
// is a content error.
func breakText(r *rand.Rand, text string) string {
	switch r.Intn(7) {
	case 4:
		return "" // saved empty
	case 5:
		// Not an error: a byte-order mark and CRLF line ends, as an
		// editor on Windows saves.
		return "\ufeff" + strings.ReplaceAll(text, "\n", "\r\n")
	case 6:
		return strings.Replace(text, "title = \"", "title = \"\xff\xfe\x00", 1)
	case 0:
		return strings.Replace(text, "title = \"", "title = \"unterminated\n", 1)
	case 1:
		return strings.Replace(text, "\ntitle = ", "\ntitel = ", 1)
	case 2:
		return strings.Replace(text, "title = ", "title = 42 #", 1)
	}
	// The closing +++ deleted; in fokus.toml, which has none, a language
	// that fokus does not have.
	first := strings.Index(text, "+++\n")
	if first < 0 {
		return strings.Replace(text, "language = ", "language = \"fr\" #", 1)
	}
	second := strings.Index(text[first+4:], "+++\n")
	return text[:first+4+second] + text[first+4+second+4:]
}

func (d *differ) edits() []edit {
	r, s := d.r, d.s
	var out []edit
	add := func(what string, weight int, do func()) {
		for range weight {
			out = append(out, edit{what, do, strings.HasPrefix(what, "fix: ")})
		}
	}
	if len(s.ideas) > 0 {
		i := pick(r, s.ideas)
		add("title of "+i.path(), 3, func() { i.title = pick(r, diffTitles) + pick(r, []string{"", " 2", "!"}) })
		add("status of "+i.path(), 3, func() {
			i.status = pick(r, diffStatuses)
			if needsDecision(i.status) && i.decision == nil {
				i.decision = s.newDecision(r)
			}
		})
		add("status of "+i.path()+" without a decision", 1, func() { i.status, i.decision = pick(r, diffStatuses), nil })
		add("score of "+i.path(), 3, func() {
			if i.score == nil || r.Intn(5) == 0 {
				i.score = []int{r.Intn(10), r.Intn(10), r.Intn(10), 1 + r.Intn(8)}
			} else {
				i.score[r.Intn(4)] = 1 + r.Intn(9)
			}
		})
		add("score of "+i.path()+" taken away", 1, func() { i.score = nil })
		add("decision of "+i.path(), 2, func() {
			if i.decision != nil && r.Intn(3) == 0 && !needsDecision(i.status) {
				i.decision = nil
			} else {
				i.decision = s.newDecision(r)
			}
		})
		add("tags of "+i.path(), 2, func() { i.tags = some(r, diffTags, 3) })
		add("teams of "+i.path(), 2, func() { i.teams = some(r, s.teamSlugs(), 2) })
		add("objectives of "+i.path(), 1, func() { i.objectives = some(r, s.objectiveSlugs(), 2) })
		add("draft of "+i.path(), 1, func() { i.draft = !i.draft })
		add("copy "+i.path()+" into another folder", 1, func() {
			// The same slug twice: an error until one of them goes.
			s.copies["content/ideas/copies/"+i.slug+".md"] = i.text()
		})
		add("a sync program's copy of "+i.path(), 1, func() {
			// A copy by its name only while it has i's title, which
			// the edits of either title change (see content.SyncCopyOf).
			s.copies["content/ideas/"+i.dir+i.slug+" (1).md"] = i.text()
		})
		add("a copy of "+i.path()+" with a space after .md", 1, func() {
			// Told to be merged into i's file while that is there, and to
			// be renamed to it when i is renamed or deleted.
			s.copies[i.path()+" "] = i.text()
		})
		add("submitted of "+i.path(), 1, func() { i.submitted = pick(r, []string{"2026-08-01", "2026-11-20", "2026-10-27"}) })
		if i.decision != nil {
			add("revisit of "+i.path(), 1, func() { i.decision.revisit = pick(r, []string{"", "2026-11-01", "2027-01-15"}) })
		}
		add("author of "+i.path(), 1, func() { i.author = pick(r, append(diffPeople, "")) })
		add("body of "+i.path(), 4, func() { i.body = s.body(r) })
		add("delete "+i.path(), 1, func() {
			s.ideas = slices.DeleteFunc(s.ideas, func(x *rIdea) bool { return x == i })
			delete(s.broken, i.path())
		})
		add("rename "+i.path(), 1, func() {
			from := i.path()
			i.slug = pick(r, []string{"crm", "webinar", "portal", "scoring", "demos", "fair", "chat", "bonus"}) + fmt.Sprint(r.Intn(3))
			if s.hasIdea(i.slug, i) {
				i.slug += "-x"
			}
			d.moveBroken(from, i.path())
			d.move(from, i.path())
		})
		add("move "+i.path(), 1, func() {
			from := i.path()
			i.dir = pick(r, []string{"", "sub/", "archive/", "2026/q4/"})
			d.moveBroken(from, i.path())
			d.move(from, i.path())
		})
	}
	for _, dir := range []string{"sub/", "archive/"} {
		var in []*rIdea
		for _, i := range s.ideas {
			if i.dir == dir {
				in = append(in, i)
			}
		}
		if len(in) == 0 {
			continue
		}
		to := map[string]string{"sub/": "archive/", "archive/": "sub/"}[dir]
		add("rename the folder content/ideas/"+dir, 1, func() {
			// A folder renamed keeps its watches; what is in it must
			// follow (the files moved, their folder's name changed).
			var moves [][2]string
			for _, i := range in {
				from := i.path()
				i.dir = to
				moves = append(moves, [2]string{from, i.path()})
				d.moveBroken(from, i.path())
			}
			if _, err := os.Stat(d.real("content/ideas/" + to)); err == nil {
				for _, m := range moves {
					d.move(m[0], m[1]) // the folder is there: file by file
				}
				return
			}
			if err := os.Rename(d.real("content/ideas/"+dir), d.real("content/ideas/"+to)); err != nil {
				d.t.Fatal(err)
			}
			for _, m := range moves {
				d.disk[m[1]] = d.disk[m[0]]
				delete(d.disk, m[0])
			}
		})
	}
	add("new idea", 2, func() {
		slug := fmt.Sprintf("new-%d", r.Intn(1000))
		if !s.hasIdea(slug, nil) {
			s.ideas = append(s.ideas, s.newIdea(r, slug))
		}
	})
	o := pick(r, s.objectives)
	add("key result of "+o.path(), 3, func() {
		kr := &o.krs[r.Intn(len(o.krs))]
		switch {
		case kr.yesNo:
			kr.done = !kr.done
		case len(kr.checkins) > 0:
			kr.checkins[len(kr.checkins)-1].value = r.Intn(120)
		case r.Intn(2) == 0:
			kr.current = r.Intn(40)
		default:
			kr.target = kr.start + 1 + r.Intn(50)
		}
	})
	add("check-in on "+o.path(), 2, func() {
		kr := &o.krs[r.Intn(len(o.krs))]
		if kr.yesNo {
			return
		}
		day := 1
		if n := len(kr.checkins); n > 0 {
			fmt.Sscanf(kr.checkins[n-1].date, "2026-11-%d", &day)
			day++
		}
		if day > 25 {
			return
		}
		kr.checkins = append(kr.checkins, rCheckin{date: fmt.Sprintf("2026-11-%02d", day), value: r.Intn(100), note: pick(r, []string{"", "on track", "<em>late</em>"})})
	})
	add("review of "+o.path(), 1, func() { o.reviewed = pick(r, []string{"", "2026-11-25", "2026-10-02"}) })
	add("period of "+o.path(), 1, func() { o.period = pick(r, diffPeriods) })
	add("title of "+o.path(), 1, func() { o.title = pick(r, []string{"Grow", "More leads", "Be <known>", "Ordnung"}) })
	add("body of "+o.path(), 1, func() { o.body = s.body(r) })
	t := pick(r, s.teams)
	if t.away == "" {
		add("rename "+t.path()+" away", 1, func() {
			t.away = t.slug + "-old"
			d.moveBroken(t.path(), t.file())
			d.move(t.path(), t.file())
		})
	} else {
		add("fix: rename "+t.file()+" back", 4, func() {
			from := t.file()
			t.away = ""
			d.moveBroken(from, t.path())
			d.move(from, t.path())
		})
	}
	add("capacity of "+t.path(), 1, func() { t.capacity = r.Intn(30) })
	add("WIP limit of "+t.path(), 1, func() { t.wip = r.Intn(3) })
	add("title of "+t.path(), 1, func() { t.title = pick(r, []string{"Sales", "Marketing", "Ops & <Data>", "Außendienst"}) })
	add("body of "+t.path(), 1, func() { t.body = s.body(r) })
	add("every file (a checkout)", 1, func() {
		for _, i := range s.ideas {
			i.title, i.body = pick(r, diffTitles), s.body(r)
		}
		for _, o := range s.objectives {
			o.reviewed = pick(r, []string{"", "2026-11-25", "2026-10-02"})
		}
		for _, t := range s.teams {
			t.capacity = r.Intn(30)
		}
	})
	if !d.away {
		add("move content/ away", 1, func() { d.moveContent() })
	} else {
		add("move content/ back", 6, func() { d.moveContent() })
	}
	add("site title", 1, func() { s.title = pick(r, []string{"Preview", "Fokus & Co", "Marketing <Sales>"}) })
	add("site language", 1, func() { s.lang = map[string]string{"de": "en", "en": "de"}[s.lang] })
	add("site period", 1, func() { s.period = pick(r, append(diffPeriods, "")) })
	add("site time zone", 1, func() { s.timezone = pick(r, []string{"", "Pacific/Kiritimati", "America/Los_Angeles"}) })
	add("site unsafe_html", 1, func() { s.unsafe = !s.unsafe })
	if s.model == "" {
		// Every score is one of another model then: an error each.
		add("site scoring model", 1, func() { s.model = "ice" })
	} else {
		add("fix: site scoring model back", 3, func() { s.model = "" })
	}
	// In order, so that a seed makes the same edits every time.
	for _, p := range slices.Sorted(maps.Keys(s.copies)) {
		add("fix: delete the copy "+p, 3, func() { delete(s.copies, p) })
	}
	for _, o := range s.objectives {
		if o.away {
			add("fix: rename "+o.file()+" back", 3, func() { from := o.file(); o.away = false; d.moveBroken(from, o.path()); d.move(from, o.path()) })
		}
	}
	if !o.away {
		add("rename "+o.path()+" away", 1, func() { from := o.path(); o.away = true; d.moveBroken(from, o.file()); d.move(from, o.file()) })
	}

	// Breaking a file, and fixing it.
	files := d.s.files()
	var paths []string
	for p := range files {
		if s.broken[p] == "" {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	if len(paths) > 0 {
		p := pick(r, paths)
		add("break "+p, 2, func() { s.broken[p] = breakText(r, files[p]) })
	}
	for _, i := range s.ideas {
		if needsDecision(i.status) && i.decision == nil {
			add("fix: decide "+i.path(), 3, func() { i.decision = s.newDecision(r) })
		}
	}
	for _, p := range slices.Sorted(maps.Keys(s.broken)) {
		add("fix: "+p, 3, func() { delete(s.broken, p) })
	}
	return out
}

func (s *rSite) hasIdea(slug string, except *rIdea) bool {
	for _, i := range s.ideas {
		if i != except && strings.EqualFold(i.slug, slug) {
			return true
		}
	}
	return false
}

// moveBroken keeps a broken file broken when it moves.
func (d *differ) moveBroken(from, to string) {
	if text, ok := d.s.broken[from]; ok {
		delete(d.s.broken, from)
		d.s.broken[to] = text
	}
}

// newDiffer is a differ of the random site of seed 1 on the day of now,
// which a test shapes before it starts the preview (see start).
func newDiffer(t *testing.T, now time.Time) *differ {
	r := rand.New(rand.NewSource(1))
	return &differ{t: t, r: r, s: newRSite(r), dir: t.TempDir(), disk: map[string]string{}, now: now}
}

// start writes the site, starts the preview on it and compares its first
// build with a build's.
func (d *differ) start() {
	d.t.Helper()
	d.sync()
	d.p = startWith(d.t, Options{Source: d.dir, Drafts: d.drafts, Now: d.clock, dayCheck: 10 * time.Millisecond, beforeAll: d.beforeAll}, nil)
	d.compare("the first build", true)
}

func runEdits(t *testing.T, seed int64, steps int) {
	r := rand.New(rand.NewSource(seed))
	dir := t.TempDir()
	d := &differ{t: t, r: r, s: newRSite(r), dir: dir, disk: map[string]string{},
		now: time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC), drafts: seed%3 == 0}
	if seed%4 == 0 {
		// A site that has an error when the preview starts: it has no
		// good version to show until the error is fixed.
		i := pick(r, d.s.ideas)
		d.s.broken[i.path()] = breakText(r, i.text())
	}
	d.sync()
	d.p = startWith(t, Options{Source: dir, Drafts: d.drafts, Now: d.clock, dayCheck: 10 * time.Millisecond, beforeAll: d.beforeAll}, nil)
	d.compare("the first build", true)
	for step := range steps {
		// Mostly one edit, then the preview settles; sometimes a few in a
		// row, as a save-all or a checkout makes them.
		n := 1
		if r.Intn(5) == 0 {
			n = 2 + r.Intn(3)
		}
		if r.Intn(15) == 0 {
			// The preview stays open overnight: staleness, "after
			// today" and the current period count days.
			builds, _ := d.p.builds()
			d.mu.Lock()
			d.now = d.now.Add(24 * time.Hour)
			d.mu.Unlock()
			d.log = append(d.log, fmt.Sprintf("step %d: a new day", step))
			eventually(t, "a rebuild for the new day", func() bool {
				n, _ := d.p.builds()
				return n > builds && d.p.srv.idle()
			})
			d.compare("a new day", true)
			continue
		}
		var whats []string
		before := d.p.seenCount()
		old := maps.Clone(d.disk)
		for range n {
			whats = append(whats, d.edit())
		}
		changed := changedPaths(old, d.disk)
		if d.away {
			// Nothing in the site changed, only outside it.
			changed = slices.DeleteFunc(changed, func(p string) bool { return strings.HasPrefix(p, "content/") })
		}
		if d.whole {
			changed = append(changed, "content")
			d.whole = false
		}
		if n == 1 && r.Intn(3) == 0 {
			// The next save comes while the whole site renders: the
			// render stops, and the next rebuild does its work.
			d.mu.Lock()
			d.midRender = func() {
				// The interrupted render's version, built, when the
				// rebuilds so far read every file the edit changed:
				// while the next save's errors show, its pages are the
				// ones under them.
				var built render.Output
				if _, seen := d.p.builds(); covers(seen[before:], changed) {
					res, err := generator.Build(generator.Options{Source: os.DirFS(d.dir), Drafts: d.drafts, Now: d.clock()})
					if err != nil {
						d.t.Errorf("build: %v", err)
					} else if !res.Failed() {
						built = res.Output
					}
				}
				config := d.disk["fokus.toml"]
				what := d.edit()
				d.mu.Lock()
				d.fired = "; during the render: " + what
				d.midBuilt = built
				d.midReloads = d.whole || d.disk["fokus.toml"] != config
				d.mu.Unlock()
				for deadline := time.Now().Add(time.Second); !d.p.srv.watch.waiting() && time.Now().Before(deadline); {
					time.Sleep(time.Millisecond)
				}
			}
			d.mu.Unlock()
		}
		d.settle(before, changed)
		d.mu.Lock()
		d.whole = false // a move during the render was waited for above, as its edit was
		d.midRender = nil
		fired, interrupted, reload := d.fired, d.midBuilt, d.midReloads
		d.fired, d.midBuilt, d.midReloads = "", nil, false
		d.mu.Unlock()
		d.log = append(d.log, fmt.Sprintf("step %d: %s%s", step, strings.Join(whats, "; "), fired))
		single := n == 1
		switch {
		case fired == "":
		case interrupted == nil:
			single = false // a version the test did not build
		case reload && !d.exact:
			single = false // the version before may show, which the test did not build
		case reload:
			// Two versions, each of one edit: the one whose render was
			// interrupted is the last good one, or, when the save after
			// it read everything again, the one before.
			d.good, d.orGood = interrupted, d.good
		default:
			d.good, d.exact = interrupted, true
		}
		d.compare(strings.Join(whats, "; ")+fired, single)
		d.orGood = nil
		if fired != "" && single && d.failing {
			d.interrupted++
		}
		// What the preview let go may be collected now, and its memory
		// reused: nothing of it may pass for what is new.
		runtime.GC()
		if t.Failed() {
			return
		}
	}
	t.Logf("%d steps (drafts %v, last day %s, content/ moved away %d times), %d of them with content errors, %d whole-site renders stopped for a newer save, %d steps with the errors of a save during a render checked over that render's version", steps, d.drafts, d.clock().Format(time.DateOnly), strings.Count(strings.Join(d.log, "\n"), "content/ away"), d.fails, strings.Count(d.p.log.String(), "the rest waits for the newer changes"), d.interrupted)
}

// clock is the preview's "now".
func (d *differ) clock() time.Time {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.now
}

// moveContent moves the folder content/ away, or back.
func (d *differ) moveContent() {
	away, home := filepath.Join(d.dir, "content-away"), filepath.Join(d.dir, "content")
	if !d.away {
		away, home = home, away
	}
	if err := os.Rename(away, home); err != nil {
		d.t.Fatal(err)
	}
	d.away, d.whole = !d.away, true
}

// edit makes one random edit and writes it.
func (d *differ) edit() string {
	all := d.edits()
	if d.failing && d.r.Intn(2) == 0 {
		// Someone who sees an error mostly fixes it next.
		fixes := slices.DeleteFunc(slices.Clone(all), func(e edit) bool { return !e.fix })
		if len(fixes) > 0 {
			all = fixes
		}
	}
	e := pick(d.r, all)
	e.do()
	d.sync()
	return e.what
}

// beforeAll is the server's hook before a whole-site render.
func (d *differ) beforeAll() {
	d.mu.Lock()
	f := d.midRender
	d.midRender = nil
	d.mu.Unlock()
	if f != nil {
		f()
	}
}

// changedPaths are the files whose bytes differ between old and now.
func changedPaths(old, now map[string]string) []string {
	var out []string
	for p, text := range now {
		if o, ok := old[p]; !ok || o != text {
			out = append(out, p)
		}
	}
	for p := range old {
		if _, ok := now[p]; !ok {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

func (p *preview) seenCount() int {
	p.srv.mu.Lock()
	defer p.srv.mu.Unlock()
	return len(p.srv.seen)
}

// settle waits until rebuilds since the batch number before have read
// every changed path (or a folder it is in), and then until no change waits
// and no rebuild runs. Nothing is timed: the rebuild's own record says what
// it read.
func (d *differ) settle(before int, changed []string) {
	d.t.Helper()
	deadline := time.Now().Add(patience)
	for {
		_, seen := d.p.builds()
		if covers(seen[before:], changed) && d.p.srv.idle() {
			return
		}
		if time.Now().After(deadline) {
			d.t.Fatalf("gave up waiting for rebuilds that read %v, and then none running; rebuilds read %q\nedits:\n%s", changed, seen[before:], strings.Join(d.log, "\n"))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// covers reports whether the rebuilds that read batches read every path of
// changed (or a folder it is in).
func covers(batches [][]string, changed []string) bool {
	covered := func(p string) bool {
		for _, b := range batches {
			for _, q := range b {
				// A folder is read whole, and after fokus.toml
				// everything is read again: a later event of p is then
				// of bytes read already, and its batch no rebuild.
				if q == p || strings.HasPrefix(p, q+"/") || q == "." || q == "fokus.toml" {
					return true
				}
			}
		}
		return false
	}
	for _, p := range changed {
		if !covered(p) {
			return false
		}
	}
	return true
}

// liveScript is what the preview adds to a page it serves: the overlay,
// while there are errors, and the live-reload script.
var liveScript = regexp.MustCompile(`(?s)(<div id="fokus-overlay".*</div>)?\n<script src="(\.\./)*__fokus/live\.js"[^>]*></script>\n`)

// tags are HTML tags, to read a page's text.
var tags = regexp.MustCompile(`<[^>]*>`)

// step makes one change to the site on disk, waits for the preview to
// settle and compares it with a build; it reports whether they agree.
func (d *differ) step(what string, do func()) bool {
	d.t.Helper()
	before, old := d.p.seenCount(), maps.Clone(d.disk)
	do()
	d.sync()
	d.settle(before, changedPaths(old, d.disk))
	d.log = append(d.log, what)
	d.compare(what, true)
	return !d.t.Failed()
}

// compare checks the served site against a build of the folder.
func (d *differ) compare(what string, single bool) {
	d.t.Helper()
	res, err := generator.Build(generator.Options{Source: os.DirFS(d.dir), Drafts: d.drafts, Now: d.clock()})
	if err != nil {
		d.t.Fatalf("build: %v", err)
	}
	var st *state
	deadline := time.Now().Add(patience)
	for {
		builds, _ := d.p.builds()
		st = d.p.srv.current()
		problems := d.diffState(st, res, single)
		if again, _ := d.p.builds(); again != builds || !d.p.srv.idle() {
			continue // a late event rebuilt meanwhile: look again
		}
		if len(problems) == 0 {
			break
		}
		if time.Now().Before(deadline) {
			// An event that the kernel had not handed on yet when the
			// preview looked idle: give it a moment, then look again.
			// Until the deadline, not three times: on a loaded machine
			// the moment is longer than 300 ms.
			time.Sleep(100 * time.Millisecond)
			d.settle(0, nil)
			continue
		}
		d.t.Errorf("after %s, the preview differs from a build:\n%s\nedits:\n%s", what, strings.Join(problems[:min(len(problems), 10)], "\n"), strings.Join(d.log, "\n"))
		return
	}
	d.failing = res.Failed()
	if res.Failed() {
		d.fails++
		if d.orGood != nil && len(diffPages(st, d.good)) > 0 {
			d.good = d.orGood // the version before shows, and later errors show over it
		}
	}
	if !res.Failed() {
		d.good, d.exact = res.Output, true
	} else if !single {
		d.exact = false
	}
	d.checkHTTP(res)
}

// diffState lists how st differs from what res says the preview must show.
func (d *differ) diffState(st *state, res *generator.Result, single bool) []string {
	var out []string
	// The terminal's warnings: those of the last rebuild, as build has them;
	// after a failed one, those printed before it too, which it may not
	// have reached (see Server.report).
	var want []string
	for _, w := range res.Diagnostics {
		if w.Severity != diag.Error {
			want = append(want, w.String())
		}
	}
	slices.Sort(want)
	want = slices.Compact(want)
	got := slices.Sorted(maps.Keys(d.p.srv.printed))
	same := slices.Equal(got, want)
	if res.Failed() {
		same = !slices.ContainsFunc(want, func(w string) bool { return !d.p.srv.printed[w] })
	}
	if !same {
		out = append(out, fmt.Sprintf("the preview's warnings are\n  %s\nthe build's\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  ")))
	}
	if res.Failed() {
		if len(st.problems) == 0 {
			return []string{"the build fails (" + res.Diagnostics.Summary() + ": " + firstError(res.Diagnostics) + "), the preview shows no error"}
		}
		want := d.p.srv.problems(res.Diagnostics)
		if got, want := problemLines(st.problems), problemLines(want); !slices.Equal(got, want) {
			out = append(out, fmt.Sprintf("the preview shows the errors\n  %s\nthe build has\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  ")))
		}
		if d.exact && single {
			// Under the overlay, the last good version.
			diffs := diffPages(st, d.good)
			if d.orGood != nil && len(diffs) > 0 && len(diffPages(st, d.orGood)) == 0 {
				diffs = nil
			}
			out = append(out, diffs...)
		}
		return out
	}
	if len(st.problems) > 0 {
		return append(out, "the build succeeds, the preview shows errors: "+strings.Join(problemLines(st.problems), "; "))
	}
	return append(out, diffPages(st, res.Output)...)
}

// diffPages lists how the pages of st differ from built.
func diffPages(st *state, built render.Output) []string {
	var out []string
	for p, data := range built {
		pg, ok := st.pages[p]
		switch {
		case !ok:
			out = append(out, p+": built, not served")
		case !bytes.Equal(pg.data, data):
			out = append(out, p+": served bytes differ from the build's: "+firstDiff(pg.data, data))
		case pg.version != version(data):
			out = append(out, p+": the served version is not that of its bytes")
		}
	}
	for p := range st.pages {
		if _, ok := built[p]; !ok {
			out = append(out, p+": served, not built")
		}
	}
	sort.Strings(out)
	return out
}

func firstError(ds diag.List) string {
	for _, d := range ds {
		if d.Severity == diag.Error {
			return d.String()
		}
	}
	return ""
}

func problemLines(probs []problem) []string {
	var out []string
	for _, p := range probs {
		out = append(out, p.Where+": "+p.Severity+": "+p.Message)
	}
	return out
}

// firstDiff shows where two texts part.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("at byte %d:\n    served: %q\n    built:  %q", i, got[from:min(len(got), i+80)], want[from:min(len(want), i+80)])
}

// checkHTTP fetches a few pages as a browser does: a page is the built
// one with the preview's snippet added, and nothing else; while there are
// errors, the snippet shows them as `path:line:col: error: message`.
func (d *differ) checkHTTP(res *generator.Result) {
	d.t.Helper()
	var pages []string
	for p := range d.p.srv.current().pages {
		if strings.HasSuffix(p, ".html") {
			pages = append(pages, p)
		}
	}
	sort.Strings(pages)
	if len(pages) == 0 {
		// No good version yet: the page that says so, with the errors.
		code, body := d.p.get("/")
		if first := firstError(res.Diagnostics); code != http.StatusInternalServerError || !strings.Contains(html.UnescapeString(tags.ReplaceAllString(body, "")), first) {
			d.t.Errorf("GET / before any good build: %d, and the page does not show %s:\n%s", code, first, body)
		}
		return
	}
	for _, p := range []string{"index.html", pick(d.r, pages)} {
		url := "/" + strings.TrimSuffix(p, "index.html")
		code, body := d.p.get(url)
		if code != 200 {
			d.t.Errorf("GET %s: %d", url, code)
			continue
		}
		if res.Failed() {
			for _, ds := range res.Diagnostics {
				if ds.Severity != diag.Error {
					continue
				}
				where := fmt.Sprintf("%s:%d:%d", ds.Path, ds.Line, ds.Col)
				if ds.Path == "" {
					where = "fokus"
				}
				text := html.UnescapeString(tags.ReplaceAllString(body, ""))
				if !strings.Contains(text, where+": error: "+ds.Message) && len(ds.Message) < maxMessage {
					d.t.Errorf("GET %s while the build fails: the overlay does not show %s: error: %s", url, where, ds.Message)
				}
				break
			}
			if d.good != nil && !strings.Contains(body, "fokus-overlay") {
				d.t.Errorf("GET %s while the build fails: no overlay", url)
			}
			continue
		}
		page := liveScript.ReplaceAllString(body, "")
		if want := string(res.Output[p]); page != want {
			d.t.Errorf("GET %s: the page, without the live-reload script, differs from the build's: %s", url, firstDiff([]byte(page), []byte(want)))
		}
		if strings.Count(body, "__fokus/live.js") != 1 {
			d.t.Errorf("GET %s: the page has the live-reload script %d times", url, strings.Count(body, "__fokus/live.js"))
		}
	}
}

// Some checks of one file depend on others: "crm (1).md" is a sync
// program's copy only while it has crm.md's title, "crm.md " is told to be
// merged into crm.md while that is there, and to be renamed to it when it
// is not, a link to an idea that fokus reads already is left out while
// the idea is there. The preview, which reads only the files that
// changed, tells each as a build does after every edit of the other file,
// in its warnings, its errors and its pages.
func TestThePreviewTellsWhatDependsOnOtherFilesAsABuildDoes(t *testing.T) {
	d := newDiffer(t, time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC))
	// An idea whose title edits the preview patches into its model: no
	// decision whose stops might name it.
	i := &rIdea{slug: "kalt", title: "Kaltakquise", submitted: "2026-11-20", teams: []string{"sales"}, status: "proposed", body: "Anrufen.\n"}
	d.s.ideas = append(d.s.ideas, i)
	d.start()
	title := i.title
	copyPath, spaced := "content/ideas/"+i.slug+" (1).md", i.path()+" "
	link := "content/ideas/2026/" + i.slug + ".md"
	steps := []struct {
		what string
		do   func()
	}{
		{"a sync program's copy of " + i.path(), func() { d.s.copies[copyPath] = i.text() }},
		{"its original retitled", func() { i.title = "Anders" }},
		{"its original's title back", func() { i.title = title }},
		{"the copy's title changed", func() {
			d.s.copies[copyPath] = strings.Replace(d.s.copies[copyPath], "title = \"", "title = \"Neu ", 1)
		}},
		{"the copy deleted, and a copy with a space after .md", func() { delete(d.s.copies, copyPath); d.s.copies[spaced] = i.text() }},
		{"the original deleted", func() {
			d.s.ideas = slices.DeleteFunc(d.s.ideas, func(x *rIdea) bool { return x == i })
		}},
		{"the original back", func() { d.s.ideas = append(d.s.ideas, i) }},
		{"the copy deleted, and a link to the original", func() {
			delete(d.s.copies, spaced)
			if err := os.MkdirAll(filepath.Join(d.dir, "content", "ideas", "2026"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("../"+i.slug+".md", filepath.Join(d.dir, filepath.FromSlash(link))); err != nil {
				t.Fatal(err)
			}
		}},
		{"the original it links to deleted", func() {
			d.s.ideas = slices.DeleteFunc(d.s.ideas, func(x *rIdea) bool { return x == i })
		}},
		{"the original back", func() { d.s.ideas = append(d.s.ideas, i) }},
	}
	for _, step := range steps {
		before, old := d.p.seenCount(), maps.Clone(d.disk)
		step.do()
		d.sync()
		changed := changedPaths(old, d.disk)
		if strings.Contains(step.what, "link") {
			changed = append(changed, link)
		}
		d.settle(before, changed)
		d.log = append(d.log, step.what)
		d.compare(step.what, true)
		if t.Failed() {
			return
		}
	}
}

// In the first weeks of a quarter, a team still grading the last one keeps
// it on its door; when the team writes its objectives of the new quarter,
// the last one's leave the door. Their own files are unchanged, yet their
// pages change: an objective's period then leads to its heading among the
// past periods. An idea's page keeps marking the objective overdue while
// its quarter is being closed, as a review is due to close it (see
// reviewDue); a team of program increments that writes the next one takes
// the last one's objectives off its door, never overdue again (no dates
// tell that they are being closed), and the idea's page drops the mark;
// another team's increment written "PI-27-1" then numbers the heading its
// link leads to. The preview, which renders again only the pages whose
// inputs changed, shows all of it as a build does, and again when the new
// objective is deleted (QA: it kept the objective's link to the current
// period, and the idea's "overdue").
func TestATeamsNextQuarterTakesItsLastOneOffItsPagesAsABuildDoes(t *testing.T) {
	for _, c := range []struct {
		last, next string
		overdue    bool   // the idea's page marks "grow" overdue once the next period's objective is written
		clash      string // a period another team then writes whose id would be the last one's
	}{
		{"2026-Q4", "2027-Q1", true, ""},
		{"PI 27.1", "PI 27.2", false, "PI-27-1"},
	} {
		t.Run(c.last, func(t *testing.T) {
			d := newDiffer(t, time.Date(2027, 1, 12, 12, 0, 0, 0, time.UTC))
			// No period in fokus.toml: the site's is the quarter that
			// runs, which marketing has written ("brand"); sales, grading
			// its last period, has "grow" on its door, reviewed before
			// that period ended: overdue.
			d.s.period = ""
			d.s.objectives[0].period = c.last
			// And "won", which sales has closed: never stale, its page
			// changes only in its period's link.
			d.s.objectives = append(d.s.objectives, &rObjective{slug: "won", dir: "sales/", title: "Won", team: "sales", period: c.last,
				reviewed: "2027-01-04", krs: []rKR{{title: "Deals", start: 0, target: 4, current: 3}}})
			i := &rIdea{slug: "kalt", title: "Kaltakquise", submitted: "2026-11-20", teams: []string{"sales"}, status: "proposed",
				objectives: []string{"grow"}, body: "Anrufen.\n"}
			d.s.ideas = append(d.s.ideas, i)
			d.start()
			if !strings.Contains(string(d.good["ideas/kalt/index.html"]), "stale-mark") {
				t.Fatalf("the idea's page does not mark sales's objective of %s overdue: the test no longer tests what it is for", c.last)
			}
			next := &rObjective{slug: "grow-2027", dir: "sales/", title: "Grow again", team: "sales", period: c.next,
				krs: []rKR{{title: "Deals", start: 0, target: 5}}}
			steps := []struct {
				what string
				do   func()
			}{
				{"sales's objective of " + c.next + " written", func() { d.s.objectives = append(d.s.objectives, next) }},
				{"sales's objective of " + c.next + " deleted", func() {
					d.s.objectives = slices.DeleteFunc(d.s.objectives, func(o *rObjective) bool { return o == next })
				}},
			}
			if c.clash != "" {
				// Another team's period whose name differs from the
				// last one's only in its punctuation numbers the ids of
				// both (see Page.PeriodID), which the link of "grow",
				// off its door, leads to, with no file of its own changed.
				clash := &rObjective{slug: "spelt", dir: "marketing/", title: "Spelt", team: "marketing", period: c.clash,
					krs: []rKR{{title: "Events", start: 0, target: 3}}}
				steps = slices.Insert(steps, 1, steps[0])
				steps[1].what, steps[1].do = "marketing's objective of "+c.clash+" written", func() { d.s.objectives = append(d.s.objectives, clash) }
			}
			for n, step := range steps {
				if !d.step(step.what, step.do) {
					return
				}
				if marked := strings.Contains(string(d.good["ideas/kalt/index.html"]), "stale-mark"); n == 0 && marked != c.overdue {
					t.Fatalf("after %s, the idea's page marks grow overdue: %v, want %v: the test no longer tests what it is for", step.what, marked, c.overdue)
				}
				if numbered := regexp.MustCompile(`objectives/(index.html)?#period-[0-9]`).Match(d.good["objectives/grow/index.html"]); c.clash != "" && n == 1 && !numbered {
					t.Fatalf("after %s, grow's page does not link to a numbered period: the test no longer tests what it is for", step.what)
				}
			}
		})
	}
}

// A team of months beside teams of quarters that is past closing its last
// month has the month that runs on its door (see Site.keepOwnMonths), until
// it writes that month's objectives, which then make the month the site's.
// Its team page, its poster and its objectives' pages follow, in the
// preview as in a build, and again when the new objective is deleted.
func TestATeamOfMonthsLateWithTheNextShowsItInThePreviewAsABuildDoes(t *testing.T) {
	d := newDiffer(t, time.Date(2027, 1, 12, 12, 0, 0, 0, time.UTC))
	// No period in fokus.toml: the site's is the quarter that marketing
	// has written ("brand"); sales plans by the month, and closed
	// December's "grow" more than ten days ago.
	d.s.period = ""
	d.s.objectives[0].period = "2026-12"
	d.start()
	if !regexp.MustCompile(`poster-period">[^<]* 2027-01<`).Match(d.good["posters/sales/index.html"]) {
		t.Fatal("sales's poster does not show January: the test no longer tests what it is for")
	}
	next := &rObjective{slug: "grow-january", dir: "sales/", title: "Grow in January", team: "sales", period: "2027-01",
		krs: []rKR{{title: "Deals", start: 0, target: 5}}}
	for _, step := range []struct {
		what string
		do   func()
	}{
		{"sales's objective of 2027-01 written", func() { d.s.objectives = append(d.s.objectives, next) }},
		{"sales's objective of 2027-01 deleted", func() {
			d.s.objectives = slices.DeleteFunc(d.s.objectives, func(o *rObjective) bool { return o == next })
		}},
	} {
		if !d.step(step.what, step.do) {
			return
		}
	}
}

// A team of months with objectives of the year that has ended has the
// month that runs on its door once December is closed, not the year it
// still grades (see Site.keepClosingPeriods); and a team of a fiscal year
// has its newest quarter on its door, the year beside it, however the
// quarter is written. The preview shows each door as a build does while
// the year's objective is written, moved to the half-year and deleted,
// and while the fiscal team's periods are edited.
func TestATeamsDoorFollowsItsYearAndFiscalPeriodsInThePreviewAsABuildDoes(t *testing.T) {
	d := newDiffer(t, time.Date(2027, 1, 15, 12, 0, 0, 0, time.UTC))
	d.s.period = ""
	d.s.objectives[0].period = "2026-12"
	ops := d.s.objectives[3]
	d.start()
	year := &rObjective{slug: "grow-year", dir: "sales/", title: "Grow all year", team: "sales", period: "2026",
		krs: []rKR{{title: "Deals", start: 0, target: 50}}}
	fiscal := &rObjective{slug: "crm-q2", dir: "ops/", title: "CRM in Q2", team: "ops", period: "Q2 FY27",
		krs: []rKR{{title: "Fields", start: 0, target: 5}}}
	for _, step := range []struct {
		what string
		do   func()
	}{
		{"sales's objective of 2026 written", func() { d.s.objectives = append(d.s.objectives, year) }},
		{"sales's objective of 2026 moved to 2026-H2", func() { year.period = "2026-H2" }},
		{"sales's objective of 2026-H2 deleted", func() {
			d.s.objectives = slices.DeleteFunc(d.s.objectives, func(o *rObjective) bool { return o == year })
		}},
		{"ops's objective moved to FY27", func() { ops.period = "FY27" }},
		{"ops's objective of Q2 FY27 written", func() { d.s.objectives = append(d.s.objectives, fiscal) }},
		{"ops's objective of Q2 FY27 written FY27-Q2", func() { fiscal.period = "FY27-Q2" }},
		{"ops's objective of FY27 moved to FY 2026/27", func() { ops.period = "FY 2026/27" }},
	} {
		if !d.step(step.what, step.do) {
			return
		}
		if step.what == "sales's objective of 2026 written" && !regexp.MustCompile(`poster-period">[^<]* 2027-01<`).Match(d.good["posters/sales/index.html"]) {
			t.Fatal("sales's poster does not show January beside its year's objective: the test no longer tests what it is for")
		}
		if step.what == "ops's objective of Q2 FY27 written" && !regexp.MustCompile(`poster-period">[^<]* Q2 FY27<`).Match(d.good["posters/ops/index.html"]) {
			t.Fatal("ops's poster does not show Q2 FY27: the test no longer tests what it is for")
		}
	}
}

// An idea that another's decision stops is listed under "we stop" on its
// team's door; decided again after that decision, it is not, nor marked
// still running, and the page of the idea that stopped it says when it was
// taken up again, though neither file of those pages changed. The preview
// shows it as a build does, and again when the newer decision is undone.
func TestAnIdeaTakenUpAgainLeavesTheDoorsStopsInThePreviewAsABuildDoes(t *testing.T) {
	d := newDiffer(t, time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC))
	stopper, stopped := d.s.ideas[0], d.s.ideas[1]
	stopper.teams, stopper.status, stopper.draft = []string{"sales"}, "accepted", false
	stopper.decision = &rDecision{date: "2026-11-10", by: "Anna", rationale: "Room.", stops: []string{stopped.slug}}
	stopped.teams, stopped.status, stopped.draft = []string{"sales"}, "in-progress", false
	stopped.decision = &rDecision{date: "2026-11-01", by: "Ben", rationale: "Go.", stops: []string{"Print ads"}}
	d.start()
	if !strings.Contains(string(d.good["ideas/"+stopped.slug+"/index.html"]), "rule-still-running") {
		t.Fatal("the stopped idea is not still running: the test no longer tests what it is for")
	}
	for _, step := range []struct {
		what string
		do   func()
	}{
		{stopped.slug + " decided again after the decision that stops it", func() { stopped.decision.date = "2026-11-20" }},
		{stopped.slug + "'s newer decision undone", func() { stopped.decision.date = "2026-11-01" }},
	} {
		if !d.step(step.what, step.do) {
			return
		}
		if taken := strings.Contains(string(d.good["ideas/"+stopper.slug+"/index.html"]), "2026-11-20"); taken != (stopped.decision.date == "2026-11-20") {
			t.Fatalf("after %s, the stopper's page says it was taken up again: %v: the test no longer tests what it is for", step.what, taken)
		}
	}
}
