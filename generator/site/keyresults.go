package site

import (
	"fmt"
	"slices"
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
// said out loud, as it is a forecast or a mistyped date. All are warnings:
// the site builds, but it does not show what the author may think it does.
func keyResultWarnings(o *Objective, today time.Time) diag.List {
	w := &krWarner{o: o}
	for k, kr := range o.KeyResults {
		key := "key_results." + itoa(k) + "."
		newest, hasNewest := kr.newest()
		if slices.Contains(content.KeyResultPlaceholders, kr.Title) {
			// fokus new's template, never filled in: it would pass as a
			// result of 0 of 100 that was reviewed the day it was made.
			w.warn(key+"title", "key result %q is still the placeholder of fokus new; write what you will measure, with its start, target and unit", kr.Title)
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
		for c, ci := range kr.Checkins {
			if ci.Date.After(today) {
				w.warn(key+"checkins."+itoa(c)+".date", "key_results.checkins.date %s is after today (%s); the check-in counts as written, so its value may show as current: correct the date, or add the check-in when its day has come",
					day(ci.Date), day(today))
			}
		}
	}
	return w.diags
}

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
// several on that day the last written (History is sorted stably). One
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
