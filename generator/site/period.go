package site

import (
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
// year before or after it ("2026-Q4", "2026 Q4", "2026Q4", "Q4 2026",
// "Q4/2026", "2026-H2", "2026-T3").
var (
	yearForm      = regexp.MustCompile(`^(\d{4})$`)
	monthForm     = regexp.MustCompile(`^(\d{4})-(0[1-9]|1[0-2])$`)
	yearPartForm  = regexp.MustCompile(`^(\d{4})[-/ ]?([QHT])(\d)$`)
	partYearForm  = regexp.MustCompile(`^([QHT])(\d)[-/ ]?(\d{4})$`)
	monthsPerPart = map[string]int{"Q": 3, "H": 6, "T": 4}
)

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
		y, part, num, ok := yearAndPart(n)
		per := monthsPerPart[part]
		if !ok || num < 1 || num > 12/per {
			return span{}, false
		}
		year, first, months = y, (num-1)*per+1, per
	}
	start := content.Day(year, time.Month(first), 1)
	return span{name: name, start: start, end: start.AddDate(0, months, 0)}, true
}

// PeriodStart returns the first day of a period whose name gives its dates
// ("2026-Q4" begins on 2026-10-01), and false for one whose does not.
func PeriodStart(name string) (time.Time, bool) {
	sp, ok := periodSpan(name)
	return sp.start, ok
}

// SamePeriod reports whether two period names are the same period: the same
// name, or two spellings of the same dates ("2026-Q4" and "Q4 2026").
func SamePeriod(a, b string) bool {
	if a == b {
		return true
	}
	sa, okA := periodSpan(a)
	sb, okB := periodSpan(b)
	return okA && okB && sa.start.Equal(sb.start) && sa.end.Equal(sb.end)
}

// yearAndPart splits "2026-Q4" or "Q4 2026" into 2026, "Q" and 4.
func yearAndPart(n string) (year int, part string, num int, ok bool) {
	if m := yearPartForm.FindStringSubmatch(n); m != nil {
		return atoi(m[1]), m[2], atoi(m[3]), true
	}
	if m := partYearForm.FindStringSubmatch(n); m != nil {
		return atoi(m[3]), m[1], atoi(m[2]), true
	}
	return 0, "", 0, false
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
// and only when no name gives dates, the newest. periods are newest first,
// which breaks ties.
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
		return periods[0]
	}
	return ""
}

// nearer reports whether a, which has started by today as b has, is nearer
// to today than b: one that runs today beats one that has ended; of two that
// run, the later start (the quarter within its year) is the more precise; of
// two that ended, the later end is the more recent.
func (a span) nearer(b span, today time.Time) bool {
	aRuns, bRuns := today.Before(a.end), today.Before(b.end)
	switch {
	case aRuns != bRuns:
		return aRuns
	case aRuns && !a.start.Equal(b.start):
		return a.start.After(b.start)
	case aRuns:
		return a.end.Before(b.end)
	case !a.end.Equal(b.end):
		return a.end.After(b.end)
	}
	return a.start.After(b.start)
}

// quoteAll writes names as a list for a message: "a", "b" and "c".
func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}
