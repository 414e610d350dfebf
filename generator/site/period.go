package site

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"fokus/generator/content"
)

// span is a period whose name gives its dates: from start up to, not
// including, end.
type span struct {
	name       string
	start, end time.Time
}

// Period names whose dates fokus knows, upper-cased first: a year ("2026"),
// a month ("2026-11"), and a quarter, half or tertial (four months) with the
// year before or after it (see content.YearAndPart).
var (
	yearForm      = regexp.MustCompile(`^(\d{4})$`)
	monthForm     = regexp.MustCompile(`^(\d{4})-(0[1-9]|1[0-2])$`)
	monthsPerPart = map[string]int{"Q": 3, "H": 6, "T": 4}
)

// months is how many calendar months the span takes: 3 for a quarter,
// of 90 days or of 92.
func (sp span) months() int {
	return (sp.end.Year()-sp.start.Year())*12 + int(sp.end.Month()-sp.start.Month())
}

// periodSpan returns the dates of a period by its name, if the name has one
// of the forms above; "PI 27.1" or "Sprint 12" give none.
func periodSpan(name string) (span, bool) {
	n := strings.ToUpper(strings.TrimSpace(name))
	var year, first, months int
	switch {
	case yearForm.MatchString(n):
		year, first, months = atoi(n), 1, 12
	case monthForm.MatchString(n):
		m := monthForm.FindStringSubmatch(n)
		year, first, months = atoi(m[1]), atoi(m[2]), 1
	default:
		y, part, num, ok := content.YearAndPart(n)
		per := monthsPerPart[part]
		if !ok || num < 1 || num > 12/per {
			return span{}, false
		}
		year, first, months = y, (num-1)*per+1, per
	}
	start := content.Day(year, time.Month(first), 1)
	return span{name: name, start: start, end: start.AddDate(0, months, 0)}, true
}

// canonicalPeriod is a dated period's name in the spec's form: "2026-Q4"
// for "Q4/2026" or "2026q4", "2026-11", "2026"; a name without dates as it is.
func canonicalPeriod(name string) string {
	n := strings.ToUpper(strings.TrimSpace(name))
	if year, part, num, ok := content.YearAndPart(n); ok {
		if _, dated := periodSpan(n); dated {
			return strconv.Itoa(year) + "-" + part + strconv.Itoa(num)
		}
	}
	return name
}

// mistypedPart and mistypedMonth are names written like a dated period
// that are none: a fifth quarter, "2026-Q04", a thirteenth month, "2026-1".
var (
	mistypedPart  = regexp.MustCompile(`^(?:(\d{4})[-/ ]?([QHT])(\d+)|([QHT])(\d+)[-/ ]?(\d{4}))$`)
	mistypedMonth = regexp.MustCompile(`^(\d{4})-(\d{1,2})$`)
	partsOfAYear  = map[string]string{"Q": "is no quarter (a year has Q1 to Q4)", "H": "is no half-year (a year has H1 and H2)", "T": "is no tertial (a year has T1 to T3)"}
)

// Quarters, halves and months as people write them without a year of four
// digits: "Q4", "Q4/26", "26-Q4", "4. Quartal", "1. Halbjahr 2027", "11/2026".
var (
	partShortYear = regexp.MustCompile(`^([QHT])(\d)(?:[-/ ']?(\d{2}))?$`)
	shortYearPart = regexp.MustCompile(`^(\d{2})[-/ ]?([QHT])(\d)$`)
	partInWords   = regexp.MustCompile(`^(\d)\.? ?(QUARTAL|QUARTER|HALBJAHR|HALF|HALF-YEAR|TERTIAL)(?: (\d{4}|\d{2}))?$`)
	monthSlash    = regexp.MustCompile(`^(\d{1,2})[/.](\d{4})$`)
	partOfWord    = map[string]string{"QUARTAL": "Q", "QUARTER": "Q", "HALBJAHR": "H", "HALF": "H", "HALF-YEAR": "H", "TERTIAL": "T"}
)

// PeriodTypo says what is wrong with a period name that is written like
// one whose dates fokus knows but is none ("is no quarter …", "has no
// year"), or "": such an objective is never in the current period and
// never overdue. For a name without a year it suggests the year that puts
// the period nearest to today: next year's "Q1" in November, this year's
// "Q3" (QA: "write 2026-Q1" for the quarter ahead named a closed one).
func PeriodTypo(name string, today time.Time) string {
	n := strings.ToUpper(strings.TrimSpace(name))
	if _, ok := periodSpan(n); ok {
		return ""
	}
	// A fifth quarter of a fiscal year ("FY27 Q5"): no name of a period
	// at all, so no team's door, not an increment's name (review).
	if m := fiscalPartAny.FindStringSubmatch(n); m != nil {
		part, num := m[3], m[4]
		if m[3] == "" {
			part, num = m[5], m[6]
		}
		if k := atoi(num); k < 1 || k > 12/monthsPerPart[part] {
			return fiscalPartsOfAYear[part]
		}
	}
	// A part of a year without the year, or with two digits of it (QA:
	// "Q4" was silently left out of the current period).
	part, num, yy := "", 0, ""
	if m := partShortYear.FindStringSubmatch(n); m != nil {
		part, num, yy = m[1], atoi(m[2]), m[3]
	} else if m := shortYearPart.FindStringSubmatch(n); m != nil {
		part, num, yy = m[2], atoi(m[3]), m[1]
	} else if m := partInWords.FindStringSubmatch(n); m != nil {
		part, num, yy = partOfWord[m[2]], atoi(m[1]), m[3]
	}
	if part != "" && num >= 1 && num <= 12/monthsPerPart[part] {
		y := strconv.Itoa(nearestYear(part, num, today))
		if len(yy) == 2 {
			y = "20" + yy
		} else if len(yy) == 4 {
			y = yy
		}
		if len(yy) == 4 {
			return fmt.Sprintf("is written another way than fokus reads (write %s-%s%d)", y, part, num)
		}
		return fmt.Sprintf("has no year of four digits (write %s-%s%d)", y, part, num)
	}
	if m := monthSlash.FindStringSubmatch(n); m != nil {
		if k := atoi(m[1]); k >= 1 && k <= 12 {
			return fmt.Sprintf("is written another way than fokus reads (write %s-%02d for the month)", m[2], k)
		}
	}
	if m := mistypedPart.FindStringSubmatch(n); m != nil {
		year, part, num := m[1], m[2], m[3]
		if year == "" {
			year, part, num = m[6], m[4], m[5]
		}
		if k := atoi(num); k >= 1 && k <= 12/monthsPerPart[part] {
			return fmt.Sprintf("has a zero too many (write %s-%s%d)", year, part, k) // 2026-Q04
		}
		return partsOfAYear[part]
	}
	if m := mistypedMonth.FindStringSubmatch(n); m != nil {
		if k := atoi(m[2]); k >= 1 && k <= 12 {
			return fmt.Sprintf("has a month of one digit (write %s-%02d)", m[1], k)
		}
		return "is no month (a year has the months 01 to 12)"
	}
	return ""
}

// fiscalYearForm is a fiscal year as OKR tools and spreadsheets name it
// ("FY27", "FY2027", "FY-27", "FY 2026/27", "GJ 2027" for a Geschäftsjahr),
// upper-cased first; fiscalPartForm and partFiscalForm a quarter, half or
// tertial of one, after it or before it ("FY27 Q1", "FY2027-H2", "Q3 FY27").
var (
	fiscalYearForm = regexp.MustCompile(`^` + fiscalYear + `$`)
	fiscalPartForm = regexp.MustCompile(`^` + fiscalYear + `[-/ ]?([QHT])(\d)$`)
	partFiscalForm = regexp.MustCompile(`^([QHT])(\d)[-/ ]?` + fiscalYear + `$`)
)

// fiscalPartAny is a part of a fiscal year of any number, after the year
// or before it, to tell "FY27 Q5" from a name of an increment.
var fiscalPartAny = regexp.MustCompile(`^` + fiscalYear + `[-/ ]?([QHT])(\d+)$|^([QHT])(\d+)[-/ ]?` + fiscalYear + `$`)

// fiscalPartsOfAYear say in a message what parts a fiscal year has.
var fiscalPartsOfAYear = map[string]string{"Q": "is no quarter (a fiscal year has Q1 to Q4)", "H": "is no half-year (a fiscal year has H1 and H2)", "T": "is no tertial (a fiscal year has T1 to T3)"}

// fiscalYear is the name of a fiscal year in fiscalYearForm's spellings,
// with a hyphen after its letters too ("FY-27", "FY-2027"), as a spreadsheet's
// column or a file name writes it (QA: a period of its own, without a word).
const fiscalYear = `(?:FY|GJ|WJ)[ -]?'?(\d{2}|\d{4})(?: ?[/-] ?(\d{2}|\d{4}))?`

// fiscalName is a fiscal year, or a quarter, half or tertial of one, as
// its name says it.
type fiscalName struct {
	year  int    // the year it ends in: 2027 for "FY27" and "FY 2026/27"
	split bool   // named by the two calendar years it spans ("FY 2026/27")
	part  string // "Q", "H" or "T"; "" for the year
	num   int    // which part: 3 for "Q3 FY27"
}

// readFiscal reads a fiscal year or a part of one by its name.
func readFiscal(name string) (fiscalName, bool) {
	n := strings.ToUpper(strings.TrimSpace(name))
	var from, to, part, num string
	if m := fiscalYearForm.FindStringSubmatch(n); m != nil {
		from, to = m[1], m[2]
	} else if m := fiscalPartForm.FindStringSubmatch(n); m != nil {
		from, to, part, num = m[1], m[2], m[3], m[4]
	} else if m := partFiscalForm.FindStringSubmatch(n); m != nil {
		from, to, part, num = m[3], m[4], m[1], m[2]
	} else {
		return fiscalName{}, false
	}
	f := fiscalName{year: fullYear(from), part: part}
	if to != "" {
		f.split = fullYear(to) != f.year
		f.year = max(f.year, fullYear(to))
	}
	if part != "" {
		f.num = atoi(num)
		if f.num < 1 || f.num > 12/monthsPerPart[part] {
			return fiscalName{}, false
		}
	}
	return f, true
}

// months are the last month of the fiscal year that it takes, counted
// from the fiscal year's first, and how many it takes, as a calendar
// period's are counted: 12 and 12 for the year, 9 and 3 for "Q3 FY27".
func (f fiscalName) months() (last, months int) {
	if f.part == "" {
		return 12, 12
	}
	months = monthsPerPart[f.part]
	return f.num * months, months
}

// fiscalOffTheDoor says why an objective of a fiscal year, or of a part
// of one, that is not on its team's door never will be, or "". A fiscal
// year begins in the month a company chose (January, April, July,
// October), which no setting of fokus names, so fokus reads it as a name
// without dates, as it reads "PI 27.1"; for a team whose door shows a
// period with dates, such an objective is left off it for good, and
// silently (QA: the yearly objectives of FY27 were never on a door of
// 2027-Q1; review: nor were those of "Q2 FY27", without a word). Where the
// fiscal year is the calendar year, the calendar period's name is the fix.
func (s *Site) fiscalOffTheDoor(o *Objective) string {
	f, fiscal := readFiscal(o.Period)
	door := s.Period
	if own, ok := s.ownPeriods[o.Team]; ok {
		door = own
	}
	sp, dated := periodSpan(door)
	if !fiscal || !dated {
		return ""
	}
	kind, calendar := "a fiscal year", strconv.Itoa(f.year)
	if f.part != "" {
		kind = "a " + partNames[f.part] + " of a fiscal year"
		calendar = fmt.Sprintf("%d-%s%d", f.year, f.part, f.num)
	}
	what := fmt.Sprintf("period %q is %s, whose months fokus cannot know (a fiscal year begins in the month the company chose), so the objective is never on the door beside %s and never overdue", o.Period, kind, door)
	if f.split {
		y := sp.start.Year()
		return fmt.Sprintf(`%s; fokus knows the dates of calendar years, halves, quarters and months ("%d", "%d-H1", "%d-Q1", "%d-03")`, what, y, y, y, y)
	}
	return fmt.Sprintf("%s; if the fiscal year is the calendar year, write %q", what, calendar)
}

// partNames name the parts of a year in messages.
var partNames = map[string]string{"Q": "quarter", "H": "half-year", "T": "tertial"}

// fullYear is the year of four digits that "27" or "2027" names.
func fullYear(digits string) int {
	if len(digits) == 2 {
		return 2000 + atoi(digits)
	}
	return atoi(digits)
}

// nearestYear is the year, of today's and the ones before and after, in
// which the num-th part of a year (a quarter "Q", half "H" or tertial "T")
// lies nearest to today: the one that runs, or the one that ended or
// begins fewer days from today.
func nearestYear(part string, num int, today time.Time) int {
	best, bestDays := today.Year(), math.MaxFloat64
	for y := today.Year() - 1; y <= today.Year()+1; y++ {
		sp, _ := periodSpan(fmt.Sprintf("%d-%s%d", y, part, num))
		days := 0.0
		switch {
		case today.Before(sp.start):
			days = sp.start.Sub(today).Hours() / 24
		case !today.Before(sp.end):
			days = today.Sub(sp.end).Hours() / 24
		}
		if days < bestDays {
			best, bestDays = y, days
		}
	}
	return best
}

// RunningPeriod is the period of name's kind that runs on day: name while
// it runs or lies ahead, or when it gives no dates ("PI 27.1"); once it is
// over, the year, month, quarter, half or tertial that contains day, in the
// spec's form ("2027-Q1" after "Q4 2026").
func RunningPeriod(name string, day time.Time) string {
	sp, ok := periodSpan(name)
	if !ok || day.Before(sp.end) {
		return name
	}
	months := sp.months()
	switch months {
	case 12:
		return strconv.Itoa(day.Year())
	case 1:
		return fmt.Sprintf("%d-%02d", day.Year(), int(day.Month()))
	}
	for part, per := range monthsPerPart {
		if per == months {
			return fmt.Sprintf("%d-%s%d", day.Year(), part, (int(day.Month())-1)/per+1)
		}
	}
	return name
}

// periodClosed reports whether a period with dates ended more than
// closingDays before day: its objectives are closed, not being closed.
func periodClosed(name string, day time.Time) bool {
	sp, ok := periodSpan(name)
	return ok && !day.Before(sp.end.AddDate(0, 0, closingDays))
}

// PeriodOver reports whether a period whose name gives its dates has ended
// by day; one whose name gives none ("PI 27.1") is never known to be over.
func PeriodOver(name string, day time.Time) bool {
	sp, ok := periodSpan(name)
	return ok && !day.Before(sp.end)
}

// encloses reports whether period outer holds the whole of period inner
// and is longer, both of names that give their dates: the year "2026", or
// its half "2026-H2", around its quarter "2026-Q4"; or both parts of one
// fiscal year, whose names say so without dates: "FY27", or "FY27 H1",
// around "Q1 FY27" (QA: a team's objectives of Q1 FY27 were off its door,
// which showed the fiscal year's alone).
func encloses(outer, inner string) bool {
	so, okO := periodSpan(outer)
	si, okI := periodSpan(inner)
	if okO || okI {
		return okO && okI && !so.start.After(si.start) && !so.end.Before(si.end) && so.end.Sub(so.start) > si.end.Sub(si.start)
	}
	fo, okO := readFiscal(outer)
	fi, okI := readFiscal(inner)
	if !okO || !okI || fo.year != fi.year || fo.split != fi.split {
		return false
	}
	lastO, monthsO := fo.months()
	lastI, monthsI := fi.months()
	return monthsO > monthsI && lastO-monthsO <= lastI-monthsI && lastI <= lastO
}

// innermost is the shortest period, of the first of periods and those
// after it that it encloses, each within the one before: "Q2 FY27" of
// "FY27", "FY27 H1", "Q2 FY27" and "Q1 FY27", newest first. A period
// without dates that holds the newest one without dates is beside it on
// the door, as a year is beside its quarter, not on it alone.
func innermost(periods []string) string {
	if len(periods) == 0 {
		return ""
	}
	door := periods[0]
	for _, p := range periods[1:] {
		if encloses(door, p) {
			door = p
		}
	}
	return door
}

// IsCurrent reports whether objectives of period are on a door now: of
// the current period, or of the year or half-year around it, or a team's
// own period: the newest of a team whose periods give no dates ("PI
// 27.1") on a site whose current period does, or the running quarter of a
// team of quarters on a site whose current period is an increment. An OKR team keeps its year's objectives beside the
// quarter's and works on both (QA: a site of yearly objectives beside
// quarterly ones never showed the year's on the dashboard, the team pages
// or the posters). An increment is on the door of the team whose newest
// it is only: see Objective.Current.
func (s *Site) IsCurrent(period string) bool {
	if SamePeriod(period, s.Period) || encloses(period, s.Period) {
		return true
	}
	for _, own := range s.ownPeriods {
		if SamePeriod(period, own) || encloses(period, own) {
			return true
		}
	}
	return false
}

// currentFor reports whether an objective of team and period is on the
// team's door now (see IsCurrent): another team's newest increment may be
// one this team planned long ago.
func (s *Site) currentFor(team, period string) bool {
	own := s.ownPeriods[team]
	return SamePeriod(period, s.Period) || encloses(period, s.Period) || own != "" && (SamePeriod(period, own) || encloses(period, own))
}

// TeamPeriod is the period a team's door shows: the current period, or the
// team's own (see IsCurrent).
func (s *Site) TeamPeriod(t *Team) string {
	if own, ok := s.ownPeriods[t.Slug]; ok {
		return own
	}
	return s.Period
}

// PeriodStart returns the first day of a period whose name gives its dates
// ("2026-Q4" begins on 2026-10-01), and false for one whose does not.
func PeriodStart(name string) (time.Time, bool) {
	sp, ok := periodSpan(name)
	return sp.start, ok
}

// PeriodLastDay returns the last day of a period whose name gives its dates
// ("2026-Q4" ends on 2026-12-31), and false for one whose does not.
func PeriodLastDay(name string) (time.Time, bool) {
	sp, ok := periodSpan(name)
	return sp.end.AddDate(0, 0, -1), ok
}

// SamePeriod reports whether two period names are the same period: the same
// name, two spellings of the same dates ("2026-Q4" and "Q4 2026"), or of
// the same part of a fiscal year ("Q1 FY27", "FY27 Q1", "FY 2027-Q1"),
// whose dates fokus does not know, but whose name says which it is (QA:
// each spelling was a heading of its own on the objectives page, and a
// door of its own). A fiscal year named by the two years it spans ("FY
// 2026/27") is not one named by one year ("FY27"): some companies name a
// fiscal year by the year it begins in.
func SamePeriod(a, b string) bool {
	if a == b {
		return true
	}
	sa, okA := periodSpan(a)
	sb, okB := periodSpan(b)
	if okA || okB {
		return okA && okB && sa.start.Equal(sb.start) && sa.end.Equal(sb.end)
	}
	fa, okA := readFiscal(a)
	fb, okB := readFiscal(b)
	return okA && okB && fa == fb
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// currentPeriod is the current period when fokus.toml names none. An OKR
// team works in the period that is running, even while it drafts the next
// one, so it is, of the periods with dates (see periodSpan), the one that
// contains today; else the one that ended last, whose objectives are still
// being closed; when every period lies ahead, the one that begins first;
// and only when no name gives dates, the newest, or the newest within it
// (see innermost). periods are newest first, which breaks ties.
func currentPeriod(periods []string, today time.Time) string {
	var best, next span
	found, ahead := false, false
	for _, name := range periods {
		sp, ok := periodSpan(name)
		switch {
		case !ok:
		case sp.start.After(today):
			// Of periods that all lie ahead, the next one comes first:
			// drafting Q2 before Q1 has begun must not skip Q1 (QA).
			if !ahead || sp.start.Before(next.start) || (sp.start.Equal(next.start) && sp.end.Before(next.end)) {
				next, ahead = sp, true
			}
		case !found || sp.nearer(best, today):
			best, found = sp, true
		}
	}
	switch {
	case found:
		return best.name
	case ahead:
		return next.name
	case len(periods) > 0:
		return innermost(periods)
	}
	return ""
}

// nearer reports whether a, which has started by today as b has, is nearer
// to today than b: one that runs today beats one that has ended, unless that
// one is being closed within it (see closing); of two that run, the later
// start (the quarter within its year) is the more precise; of two that
// ended, the later end is the more recent.
func (a span) nearer(b span, today time.Time) bool {
	aRuns, bRuns := today.Before(a.end), today.Before(b.end)
	switch {
	case aRuns && !bRuns:
		return !b.closing(a, today)
	case bRuns && !aRuns:
		return a.closing(b, today)
	case aRuns && !a.start.Equal(b.start):
		return a.start.After(b.start)
	case aRuns:
		return a.end.Before(b.end)
	case !a.end.Equal(b.end):
		return a.end.After(b.end)
	}
	return a.start.After(b.start)
}

// closing reports whether a, which has ended by today, is being closed
// within b, which runs: a part of b (a quarter of the year) that ended less
// than closingDays ago, or a third of a shorter a (a month). Teams grade
// it while they write the next part's objectives; until those are written,
// it is the period on the door, not b (QA: on the third day of a quarter
// a site of yearly and quarterly objectives showed the year's alone, the
// teams' doors were empty, and fokus new wrote the next quarter's objective
// for the year).
func (a span) closing(b span, today time.Time) bool {
	window := closingWindow(a)
	return !a.start.Before(b.start) && !a.end.After(b.end) && today.Before(a.end.AddDate(0, 0, window))
}

// newestPeriods is how many periods a message lists at most, newest first.
const newestPeriods = 4

// quoteAll writes names as a list for a message: "a", "b" and "c".
func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.QuoteToGraphic(n)
	}
	return joinAnd(q)
}

// joinAnd writes names as a list in a sentence: a, b and c.
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// closingWindow is how many days after its end a period is being closed:
// closingDays, or a third of a shorter period (a month).
func closingWindow(sp span) int {
	return min(closingDays, int(sp.end.Sub(sp.start).Hours()/24/3))
}
