package site

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"fokus/generator/content"
	"fokus/generator/diag"
)

// keyResultWarnings reports what an objective's key results say to no
// effect. The newest check-in decides a key result's current value (and a
// yes/no result's done), so a current beside check-ins, or a done that the
// newest check-in contradicts, is silently overridden; a current on a yes/no
// result is never read. A check-in dated after today still counts as written
// (what a page shows follows the file, not the day of the build), and is
// said out loud, as it is a forecast or a mistyped date; so is one dated
// months after the objective's period, which changes a closed period's
// result, one dated months before it, which an earlier period's copied
// objective brings along, and a second check-in on one day; and a key
// result with the title of another of its objective, a copy whose title was
// not changed: it counts twice in the objective's progress, and the page,
// the poster and the chart's legend show the two as one (QA). All are
// warnings: the site builds, but it does not show what the author may think
// it does.
func keyResultWarnings(o *Objective, today time.Time) diag.List {
	w := &krWarner{o: o}
	period, dated := periodSpan(o.Period)
	titled := make(map[string]int, len(o.KeyResults)) // titleKey → the first key result of that title
	for k, kr := range o.KeyResults {
		key := "key_results." + itoa(k) + "."
		newest, hasNewest := kr.newest()
		if slices.Contains(content.KeyResultPlaceholders, kr.Title) {
			// fokus new's template, never filled in: it would pass as a
			// result of 0 of 100 that was reviewed the day it was made.
			w.warn(key+"title", "key result %q is still the placeholder of fokus new; write what you will measure, with its start, target and unit", kr.Title)
		} else if t := titleKey(kr.Title); t != "" {
			if first, ok := titled[t]; ok {
				w.warn(key+"title", "key result %q has the title of the key result on line %d; the page, the poster and the chart's legend show the two as one: if one is a copy of the other, give it a title of its own",
					kr.Title, o.At("key_results."+itoa(first)+".title").Line)
			} else {
				titled[t] = k
			}
		}
		switch {
		case kr.YesNo && kr.WrittenCurrent != nil:
			w.warn(key+"current", "key_results.current is ignored on a yes/no result: done says whether %q is achieved (done = true) or not yet (done = false); remove current", kr.Title)
		case hasNewest && kr.WrittenCurrent != nil && kr.WrittenDone == nil:
			w.warn(key+"current", "key_results.current = %s is not used: the newest check-in's value is current (%s, %s); remove current",
				num(*kr.WrittenCurrent), num(newest.Value), day(newest.Date))
		}
		if hasNewest && kr.YesNo && kr.WrittenDone != nil && contradicts(*kr.WrittenDone, newest.Value) {
			done := *kr.WrittenDone
			w.warn(key+"done", "key_results.done = %t, but the newest check-in (%s) says %s, and it counts; set done = %t, or add a check-in with value %d",
				done, day(newest.Date), doneText(!done), !done, b2i(done))
		}
		if !kr.YesNo && percentUnit(kr.Unit) {
			w.percentScale(key, kr)
		}
		// The moments written so far, in a map: comparing each check-in with
		// those before it took quadratic time (security review).
		type moment struct{ day, dayNs, at, atNs int64 }
		written := map[moment]bool{}
		for c, ci := range kr.Checkins {
			at := key + "checkins." + itoa(c) + ".date"
			switch {
			case ci.Date.IsZero(): // its error is said
			case ci.Date.After(today):
				w.warn(at, "key_results.checkins.date %s is after today (%s); the check-in counts as written, so its value may show as current: correct the date, or add the check-in when its day has come",
					day(ci.Date), day(today))
			case dated && ci.Date.Before(period.start.AddDate(0, 0, -leadDays(period))):
				// A baseline is often measured in the weeks before a
				// period; months before, it is the last period's, kept in
				// a copy of its objective, and the new one starts at its
				// old progress (QA: 50 % on the second day of a quarter).
				w.warn(at, "key_results.checkins.date %s is more than %d days before the period %s began (%s), and it counts in this period's result; if it is from the objective of an earlier period, remove it (its value may be the start), or correct the date",
					day(ci.Date), leadDays(period), o.Period, day(period.start))
			case dated && !ci.Date.Before(period.end.AddDate(0, 0, closingDays)):
				// The last measure of a period is often taken in the first
				// weeks after it; months later, it is a later period's,
				// written into a closed objective by mistake (QA).
				w.warn(at, "key_results.checkins.date %s is more than %d days after the period %s ended (%s), and it changes that period's result; put it into the objective of the period it belongs to, or correct the date",
					day(ci.Date), closingDays, o.Period, day(period.end.AddDate(0, 0, -1)))
			}
			// As content.Checkin.Compare has them equal: the same day, and
			// no time or the same instant.
			m := moment{ci.Date.Unix(), int64(ci.Date.Nanosecond()), 0, -1}
			if !ci.At.IsZero() {
				m.at, m.atNs = ci.At.Unix(), int64(ci.At.Nanosecond())
			}
			if written[m] && !ci.Date.IsZero() {
				w.warn(at, "key_results.checkins.date %s has a check-in already; the one written last counts and the chart jumps between them: keep one, or correct the date", day(ci.Date))
			}
			if !ci.Date.IsZero() {
				written[m] = true
			}
		}
	}
	return w.diags
}

// percentScale warns about a value of a key result in percent that is
// written as a fraction among values written as percentages: a target of
// 0.8 below a current of 45 is met at once, and a check-in of 0.45 after
// one of 20, on the way from 10 to 80, reads as a fall to 0.45 % (QA: an
// import wrote a sheet's percentages as its cells hold them). A value below
// 1 % is also what a result starts from or falls to (0.5 % after a week, a
// rate falling to 0.3 %), so only one that breaks a rise from at least 1 %
// is taken for a fraction (review: a fall to 0.3 % was warned about).
// On the way down to a target of at least 1 %, such a value reads as
// reached: a churn from 8 % to 5 % checked in as 0.065 was 100 % on the
// door, without a word (QA). It is taken for a fraction only below a tenth
// of the target, which no result overshoots by: a fall to 0.3 % on the way
// to 0 % or to 1 % is one. A falling target written as a fraction is
// below a hundredth of its start, which no result falls by.
func (w *krWarner) percentScale(key string, kr *KeyResult) {
	fraction := func(v float64) bool { return v != 0 && math.Abs(v) < 1 }
	if fraction(kr.Target) && !fraction(kr.Start) && kr.Current >= 10 && kr.Start < kr.Current {
		pct := tidy(kr.Target * 100)
		w.warn(key+"target", "key_results.target = %s counts as %s%%, below the current %s%%; if you meant %s%%, write %s",
			num(kr.Target), num(kr.Target), num(kr.Current), num(pct), num(pct))
		return
	}
	if fraction(kr.Target) && kr.Target > 0 && kr.Start >= 1 && kr.Target*100 < kr.Start {
		// A fall to less than a hundredth of the start: churn from 8 %
		// to 0.05 %, where 5 % was meant, measured a third of the way as
		// an eighth (QA).
		pct := tidy(kr.Target * 100)
		w.warn(key+"target", "key_results.target = %s counts as %s%%, less than a hundredth of the start %s%%; if you meant %s%%, write %s",
			num(kr.Target), num(kr.Target), num(kr.Start), num(pct), num(pct))
		return
	}
	falling := kr.Target < kr.Start
	if kr.Target == kr.Start || fraction(kr.Start) || fraction(kr.Target) || (falling && kr.Target < 1) {
		return
	}
	low, high := min(kr.Start, kr.Target), max(kr.Start, kr.Target)
	prev := kr.Start
	odd := func(path string, v float64) {
		if pct := tidy(v * 100); fraction(v) && prev >= 1 && pct >= low && pct <= high && (!falling || v*10 <= kr.Target) {
			past, reached := "", ""
			if falling {
				past, reached = " far past the target", ", so the result reads as reached"
			}
			w.warn(key+path, "key_results.%s = %s counts as %s%%, a fall from %s%%%s on the way from %s to %s%s; if you meant %s%%, write %s",
				content.Dotted(path), num(v), num(v), num(prev), past, num(kr.Start), num(kr.Target), reached, num(pct), num(pct))
		}
		prev = v
	}
	if len(kr.Checkins) == 0 {
		if kr.WrittenCurrent != nil {
			odd("current", *kr.WrittenCurrent)
		}
		return
	}
	order := make([]int, len(kr.Checkins))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return kr.Checkins[a].Compare(kr.Checkins[b]) })
	for _, c := range order {
		odd("checkins."+itoa(c)+".value", kr.Checkins[c].Value)
	}
}

// percentUnit reports whether a key result's unit is percent.
func percentUnit(unit string) bool {
	u := strings.ToLower(strings.TrimSpace(unit))
	return strings.HasPrefix(u, "%") || u == "prozent" || u == "percent" || u == "pct"
}

// leadDays is how long before its period an objective takes check-ins
// without a word: closingDays, or a third of a longer period, whose
// baseline is taken in the planning before it (review: a year's baseline of
// November was told to be removed).
func leadDays(p span) int {
	return max(closingDays, int(p.end.Sub(p.start).Hours()/24/3))
}

// closingDays is how long after its period an objective takes check-ins
// without a word: its last measure is often taken in the weeks after.
const closingDays = 31

// krWarner collects warnings at places in one objective's front matter.
type krWarner struct {
	o     *Objective
	diags diag.List
}

func (w *krWarner) warn(keyPath, format string, args ...any) {
	p := w.o.At(keyPath)
	w.diags = append(w.diags, diag.Diagnostic{Path: w.o.Path, Line: p.Line, Col: p.Col, Severity: diag.Warning, Message: fmt.Sprintf(format, args...)})
}

// newest is the check-in that decides the current value: the latest, and of
// several on that day the latest in the day, or the last written when
// their times are not written (History is sorted stably). One
// without a valid date has its error, and no warning is added on top.
func (k *KeyResult) newest() (Point, bool) {
	if len(k.History) == 0 {
		return Point{}, false
	}
	p := k.History[len(k.History)-1]
	return p, !p.Date.IsZero()
}

// contradicts reports whether a yes/no result's done disagrees with a
// check-in's value; a value other than 0 or 1 has its error already.
func contradicts(done bool, value float64) bool {
	return (value == 0 && done) || (value == 1 && !done)
}

func doneText(done bool) string {
	if done {
		return "done"
	}
	return "not done"
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func day(t time.Time) string { return t.Format("2006-01-02") }
