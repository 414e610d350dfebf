package render

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"reflect"

	"fokus/generator/site"
)

// PageInputs returns, for every idea and objective page and every file
// published beside a page (see content.File), a fingerprint of
// all that the built-in theme shows on it: the documents it displays (a
// changed file is a new document), and what the model derives for it (rank,
// progress, findings). A preview server renders again only the pages whose
// fingerprint changed, which after one saved file is a handful of the
// thousands of idea and objective pages. Other themes may show anything, so
// for them it returns nil and every page is rendered. Fingerprints are
// comparable within one Theme only. They name documents by their
// addresses: the caller keeps the documents alive for as long as it keeps
// their fingerprints, or a new document may take a freed one's address and
// pass for it.
func (t *Theme) PageInputs(s *site.Site) map[string]uint64 {
	if !t.Builtin {
		return nil
	}
	out := make(map[string]uint64, len(s.Ideas)+len(s.Objectives))
	var f fingerprint
	f.h.SetSeed(t.seed)
	for _, i := range s.Ideas {
		f.start(s)
		f.row(i)
		for _, o := range i.Objectives {
			f.ptr(o.Objective)
			f.f64(o.Progress)
			// Its overdue mark: it goes when the objective leaves its
			// team's door, with no file of its own changed (a team of
			// program increments that wrote the next one's objectives;
			// a quarter's stay overdue until closed, see reviewDue).
			f.flag(o.Stale())
		}
		for _, st := range i.Stops {
			f.str(st.Text)
			if st.Idea != nil {
				f.ptr(st.Idea.Idea)
			}
		}
		// The ideas whose decisions stop it: their titles, statuses and
		// dates are on the page (review: an edit of one kept it stale).
		f.u64(uint64(len(i.StoppedBy)))
		for _, by := range i.StoppedBy {
			f.ptr(by.Idea)
		}
		out["ideas/"+i.Slug+"/index.html"] = f.h.Sum64()
	}
	// An objective's ideas are a table as wide as the site's longest score
	// and its teams' longest word make every idea table: an edit of an
	// idea or a team that the page does not show changes them (QA).
	tables := &Page{Site: s, lang: s.Config.Language}
	scoreWidth, teamWord := uint64(tables.ScoreWidth()), uint64(tables.TeamWord())
	for _, o := range s.Objectives {
		f.start(s)
		f.ptr(o.Objective)
		f.u64(scoreWidth)
		f.u64(teamWord)
		f.f64(o.Progress)
		f.findings(o.Findings)
		// Where its period leads (see Page.PeriodLink): to the current
		// objectives while it is on its team's door, to its period's
		// heading among the past ones once the team has written the next
		// period's, with no file of its own changed.
		f.flag(o.Current)
		f.str(periodID(s, o.Period))
		if o.TeamRef != nil {
			f.ptr(o.TeamRef.Team)
		}
		f.u64(uint64(len(o.Ideas)))
		for _, i := range o.Ideas {
			f.row(i)
		}
		out["objectives/"+o.Slug+"/index.html"] = f.h.Sum64()
	}
	// A file beside a page is read again when its document is: a preview
	// parses the document again when the file changes (see
	// content.Doc.Refers), and copies it only then.
	besides, _ := besideFiles(s)
	for _, b := range besides {
		f.h.Reset()
		f.ptr(b.doc)
		f.str(b.src)
		out[b.out] = f.h.Sum64()
	}
	return out
}

type fingerprint struct{ h maphash.Hash }

// start begins a page with what every page shows: the configuration (a
// changed fokus.toml is a new one), today and the period.
func (f *fingerprint) start(s *site.Site) {
	f.h.Reset()
	f.ptr(s.Config)
	f.u64(uint64(s.Now.Unix()))
	f.str(s.Period)
}

// row is what an idea shows in a list: its document, rank, findings and teams.
func (f *fingerprint) row(i *site.Idea) {
	f.ptr(i.Idea)
	f.u64(uint64(i.Rank))
	if i.Score != nil {
		f.u64(uint64(i.Score.Decimals)) // an edit of a neighbour in the ranking can change it
	}
	f.findings(i.Findings)
	f.u64(uint64(len(i.Teams)))
	for _, t := range i.Teams {
		f.ptr(t.Team)
	}
}

func (f *fingerprint) findings(list []*site.Finding) {
	f.u64(uint64(len(list)))
	for _, x := range list {
		f.str(x.Code)
		f.str(x.Message)
		f.str(x.Path)
		f.u64(uint64(x.Line))
		f.u64(uint64(x.Col))
		f.u64(uint64(x.Severity))
		f.str(string(x.Kind))
		f.str(x.Slug)
		f.str(x.Title)
	}
}

func (f *fingerprint) flag(b bool) {
	if b {
		f.u64(1)
	} else {
		f.u64(0)
	}
}

func (f *fingerprint) ptr(p any) { f.u64(uint64(reflect.ValueOf(p).Pointer())) }

func (f *fingerprint) f64(v float64) { f.u64(math.Float64bits(v)) }

func (f *fingerprint) str(s string) {
	f.h.WriteString(s)
	f.h.WriteByte(0)
}

func (f *fingerprint) u64(v uint64) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	f.h.Write(b[:])
}
