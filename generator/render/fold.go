package render

import (
	"html/template"
	"strconv"
	"text/template/parse"
)

// foldStrings returns a copy of the template set set in which every call of
// T with a literal key ({{$p.T "backlog"}}, {{.T "score"}}) is replaced by
// the text itself ({{"Ideen"}}), or by the key where strings has none, as T
// gives it. T's result depends on the
// language and the key alone, so the pages are the same, and html/template
// still escapes the text for where it stands; but a page need not look up
// and call a method through reflection for each of its few dozen labels,
// which was a seventh of the time of an idea page. One difference remains:
// {{.T "key"}} where the dot is not a page gave an error and now gives the
// text, as its author meant.
func foldStrings(set *template.Template, strings map[string]string) (*template.Template, error) {
	clone, err := set.Clone()
	if err != nil {
		return nil, err
	}
	for _, t := range clone.Templates() {
		if t.Tree != nil {
			eachNode(t.Tree.Root, func(n parse.Node) {
				if p, ok := n.(*parse.PipeNode); ok {
					foldPipe(p, strings)
				}
			})
		}
	}
	return clone, nil
}

// foldPipe folds the T call of one pipeline; eachNode hands it every
// pipeline, a parenthesised ($p.T "key") too.
func foldPipe(p *parse.PipeNode, strings map[string]string) {
	for i, cmd := range p.Cmds {
		// Only a pipeline's first command: a later one gets the value
		// before it as its last argument, which T would refuse.
		if i > 0 || len(cmd.Args) != 2 || !callsT(cmd.Args[0]) {
			continue
		}
		key, ok := cmd.Args[1].(*parse.StringNode)
		if !ok {
			continue
		}
		text, ok := strings[key.Text]
		if !ok {
			// T gives the key back, and so does the fold: a template
			// must not work or fail by whether a label has text (QA:
			// {{.T "x"}} on a team failed once "x" had none in English).
			text = key.Text
		}
		cmd.Args = []parse.Node{&parse.StringNode{NodeType: parse.NodeString, Pos: key.Pos, Quoted: strconv.Quote(text), Text: text}}
	}
}

// callsT reports whether a command's first word is the method T of a
// variable or of dot: $p.T, .T.
func callsT(n parse.Node) bool {
	switch n := n.(type) {
	case *parse.VariableNode:
		return len(n.Ident) == 2 && n.Ident[1] == "T"
	case *parse.FieldNode:
		return len(n.Ident) == 1 && n.Ident[0] == "T"
	}
	return false
}
