package render

import (
	"html/template"
	"text/template/parse"
)

// Some parts are rendered once and shared by many pages (Page.memo): the
// navigation once per root and section, an idea's row once per idea, a
// badge once per status. Each is keyed by what the built-in theme's part
// depends on. A theme's own part may use anything else of the page (its
// title in the navigation), and shared, every page would show the first
// page's (QA). So only parts that are the built-in theme's, down to every
// template they invoke, are shared; a theme's own are rendered for each
// page, as they are written.

// sharable returns, for each template of set, whether it may be rendered
// once for many pages: whether it and every template it invokes is the
// same as in builtin, the built-in theme's set of the same page.
func sharable(set, builtin *template.Template) map[string]bool {
	same := map[string]bool{}
	for _, t := range set.Templates() {
		b := builtin.Lookup(t.Name())
		same[t.Name()] = t.Tree != nil && b != nil && b.Tree != nil && t.Tree.Root.String() == b.Tree.Root.String()
	}
	out := map[string]bool{}
	for name := range same {
		out[name] = allSame(set, name, same, map[string]bool{})
	}
	return out
}

// allSame reports whether template name of set and every template it
// invokes, directly or not, are the built-in ones (same).
func allSame(set *template.Template, name string, same, visiting map[string]bool) bool {
	if !same[name] {
		return false
	}
	if visiting[name] {
		return true // a cycle: its templates are judged where it began
	}
	visiting[name] = true
	t := set.Lookup(name)
	for _, called := range invoked(t.Tree.Root, nil) {
		if !allSame(set, called, same, visiting) {
			return false
		}
	}
	return true
}

// invoked appends the names of the templates that n invokes: by
// {{template}}, and through the functions and methods that render a part
// (badge, ideaRow, fragment …). A part named by a value rather than a
// literal is "", which no template is, so that nothing that calls it is
// shared.
func invoked(n parse.Node, names []string) []string {
	eachNode(n, func(n parse.Node) {
		switch n := n.(type) {
		case *parse.TemplateNode:
			names = append(names, n.Name)
		case *parse.CommandNode:
			if len(n.Args) == 0 {
				return
			}
			part, ok := partFuncs[lastWord(n.Args[0])]
			if !ok {
				return
			}
			if part == "" {
				// {{fragment $p "site-header"}}, {{$p.Fragment "site-header"}}
				for _, arg := range n.Args[1:] {
					if s, isString := arg.(*parse.StringNode); isString {
						part = s.Text
						break
					}
				}
			}
			names = append(names, part)
		}
	})
	return names
}

// partFuncs are the functions and methods that render a template of the
// theme, and which: a fixed one, or "" for the one their first string
// names.
var partFuncs = map[string]string{
	"badge": "badge", "Badge": "badge", "bar": "bar", "Bar": "bar", "shownBar": "shown-bar", "ShownBar": "shown-bar",
	"teamList": "teams-inline", "TeamList": "teams-inline", "ideaRow": "idea-row", "IdeaRow": "idea-row",
	"fragment": "", "Fragment": "", "IdeaPart": "", "filter": "filter", "Filter": "filter",
}

// lastWord is the name a command calls: badge, or Badge of $p.Badge.
func lastWord(n parse.Node) string {
	switch n := n.(type) {
	case *parse.IdentifierNode:
		return n.Ident
	case *parse.FieldNode:
		return n.Ident[len(n.Ident)-1]
	case *parse.VariableNode:
		return n.Ident[len(n.Ident)-1]
	case *parse.ChainNode:
		return n.Field[len(n.Field)-1]
	}
	return ""
}
