package site

import (
	"slices"

	"fokus/generator/content"
	"fokus/generator/diag"
)

// UpdateIdea puts a new version of an idea's file into the site, in place,
// and computes again what depends on it: its links and score, the teams'
// and objectives' lists, ranks, loads and the rules. It is what Build gives
// for the documents with this one replaced, in a fraction of the time, for a
// preview server after a save. The idea must be in the site already, with
// the same path; UpdateIdea reports false and changes nothing otherwise (a
// new file, a draft that the site leaves out, a duplicate slug), and the
// caller builds the site again.
//
// removed and added are the diagnostics the site's documents and rules gave
// before and give now, for the caller to replace in its list.
func (s *Site) UpdateIdea(doc *content.Idea) (removed, added diag.List, ok bool) {
	idea := s.ideas[doc.Slug]
	if idea == nil || idea.Path != doc.Path {
		return nil, nil, false
	}
	oldKey, newKey := idea.titleKey, titleKey(doc.Title)
	if oldKey != newKey {
		// A stop may name an idea by its title (stoppedIdea): one that
		// named the old title or names the new one is linked anew by a
		// whole build. Otherwise only the map of titles changes.
		if s.stopNames(oldKey) || s.stopNames(newKey) {
			return nil, nil, false
		}
		s.retitle(idea, oldKey, newKey)
	}
	s.countStops(idea.Decision, -1)
	s.countStops(doc.Decision, +1)
	removed = append(slices.Clone(idea.diags), s.ruleDiags...)
	before := s.Findings

	hadFiles := len(idea.Files) > 0
	*idea = newIdea(doc)
	s.linkIdea(idea)
	if hadFiles != (len(doc.Files) > 0) {
		s.listWithFiles()
	}
	// What derive computes is reset here; the teams' and objectives' lists
	// of ideas are filled again by derive (see listIdeas).
	for _, t := range s.Teams {
		t.Load, t.LoadParts, t.Findings = 0, t.LoadParts[:0], nil
	}
	for _, o := range s.Objectives {
		o.Findings = nil
	}
	// The ranked lists stay: derive puts this idea where it now belongs.
	for _, i := range s.Ideas {
		i.Findings = nil
	}
	s.derive(idea)
	added = append(slices.Clone(idea.diags), s.ruleDiags...)
	// Of the findings' warnings, those worded again: the others are the
	// same findings as before (see applyRules), and thousands of them made
	// the caller's list of diagnostics slow to replace.
	kept := make(map[*Finding]bool, len(before))
	for _, f := range before {
		kept[f] = true
	}
	for _, f := range s.Findings {
		if kept[f] {
			delete(kept, f)
		} else if f.Severity == diag.Warning {
			added = append(added, f.Diagnostic)
		}
	}
	for _, f := range before {
		if kept[f] && f.Severity == diag.Warning {
			removed = append(removed, f.Diagnostic)
		}
	}
	return removed, added, true
}

// stopNames reports whether an entry of any idea's stops is the title of
// key (see titleKey). The entries are counted once, when first asked, and
// kept up to date by UpdateIdea: a preview edits titles often.
func (s *Site) stopNames(key string) bool {
	if s.stopTexts == nil {
		s.stopTexts = map[string]int{}
		for _, i := range s.Ideas {
			s.countStops(i.Decision, +1)
		}
	}
	return s.stopTexts[key] > 0
}

// countStops adds n to the count of each entry of d's stops, if counted.
func (s *Site) countStops(d *content.Decision, n int) {
	if s.stopTexts == nil || d == nil {
		return
	}
	for _, text := range d.Stops {
		s.stopTexts[titleKey(text)] += n
	}
}

// retitle moves idea in the map of titles from oldKey to newKey.
func (s *Site) retitle(idea *Idea, oldKey, newKey string) {
	if s.byTitle == nil {
		return
	}
	if other, ok := s.byTitle[oldKey]; ok && other == nil {
		s.byTitle = nil // a title it shared: who has it now is found anew
		return
	}
	delete(s.byTitle, oldKey)
	if _, taken := s.byTitle[newKey]; taken {
		s.byTitle[newKey] = nil
	} else {
		s.byTitle[newKey] = idea
	}
}
