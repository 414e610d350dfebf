package site

import (
	"slices"
	"strings"

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
	if oldTitle := idea.Title; !strings.EqualFold(strings.TrimSpace(oldTitle), strings.TrimSpace(doc.Title)) {
		// A stop may name an idea by its title (stoppedIdea): one that
		// named the old title or names the new one is linked anew by a
		// whole build. Otherwise only the map of titles is out of date.
		if s.stopNamesTitle(oldTitle) || s.stopNamesTitle(doc.Title) {
			return nil, nil, false
		}
		s.byTitle = nil
	}
	removed = append(slices.Clone(idea.diags), s.ruleDiagnostics()...)

	*idea = Idea{Idea: doc}
	s.linkIdea(idea)
	// What derive computes is reset here; the teams' and objectives' lists
	// of ideas are filled again by derive (see listIdeas).
	for _, t := range s.Teams {
		t.Load, t.LoadParts, t.Findings = 0, t.LoadParts[:0], nil
	}
	for _, o := range s.Objectives {
		o.Findings = nil
	}
	s.Ranked, s.Unassessed, s.Closed, s.Decisions = s.Ranked[:0], s.Unassessed[:0], s.Closed[:0], s.Decisions[:0]
	for _, i := range s.Ideas {
		i.Rank, i.Findings = 0, nil
	}
	s.derive()
	added = append(slices.Clone(idea.diags), s.ruleDiagnostics()...)
	return removed, added, true
}

// stopNamesTitle reports whether an entry of any idea's stops is title, in
// any letter case.
func (s *Site) stopNamesTitle(title string) bool {
	title = strings.TrimSpace(title)
	for _, i := range s.Ideas {
		if i.Decision == nil {
			continue
		}
		for _, text := range i.Decision.Stops {
			if strings.EqualFold(strings.TrimSpace(text), title) {
				return true
			}
		}
	}
	return false
}

// ruleDiagnostics returns what the rules report: their errors and, from the
// findings, their warnings.
func (s *Site) ruleDiagnostics() diag.List {
	out := append(diag.List(nil), s.ruleDiags...)
	for _, f := range s.Findings {
		if f.Severity == diag.Warning {
			out = append(out, f.Diagnostic)
		}
	}
	return out
}
