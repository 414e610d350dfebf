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
	removed = append(slices.Clone(idea.diags), s.ruleDiagnostics()...)

	*idea = Idea{Idea: doc}
	s.linkIdea(idea)
	// linkIdea appended the idea to the lists of its teams and objectives;
	// they are filled again from every idea, in Build's order.
	for _, t := range s.Teams {
		t.InProgress = t.InProgress[:0]
		t.Load, t.LoadParts, t.Findings = 0, t.LoadParts[:0], nil
	}
	for _, o := range s.Objectives {
		o.Ideas, o.Findings = o.Ideas[:0], nil
	}
	s.Ranked, s.Unassessed, s.Closed, s.Decisions = s.Ranked[:0], s.Unassessed[:0], s.Closed[:0], s.Decisions[:0]
	for _, i := range s.Ideas {
		i.Rank, i.Findings = 0, nil
		for _, t := range i.Teams {
			if i.Status == "in-progress" {
				t.InProgress = append(t.InProgress, i)
			}
		}
		for _, o := range i.Objectives {
			o.Ideas = append(o.Ideas, i)
		}
	}
	s.derive()
	added = append(slices.Clone(idea.diags), s.ruleDiagnostics()...)
	return removed, added, true
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
