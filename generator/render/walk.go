package render

import "text/template/parse"

// eachNode calls visit for n and every node below it, parents first: the
// actions and branches of a template, their pipelines, each pipeline's
// commands (a parenthesised pipeline's too) and each command's words.
// What fold, sharable and the label checks look for is in those.
func eachNode(n parse.Node, visit func(parse.Node)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		visit(n)
		for _, c := range n.Nodes {
			eachNode(c, visit)
		}
	case *parse.PipeNode:
		if n == nil {
			return
		}
		visit(n)
		for _, cmd := range n.Cmds {
			eachNode(cmd, visit)
		}
	case *parse.CommandNode:
		visit(n)
		for _, arg := range n.Args {
			eachNode(arg, visit)
		}
	case *parse.ActionNode:
		visit(n)
		eachNode(n.Pipe, visit)
	case *parse.IfNode:
		visit(n)
		eachBranch(&n.BranchNode, visit)
	case *parse.RangeNode:
		visit(n)
		eachBranch(&n.BranchNode, visit)
	case *parse.WithNode:
		visit(n)
		eachBranch(&n.BranchNode, visit)
	case *parse.TemplateNode:
		visit(n)
		eachNode(n.Pipe, visit)
	default:
		visit(n)
	}
}

func eachBranch(b *parse.BranchNode, visit func(parse.Node)) {
	eachNode(b.Pipe, visit)
	eachNode(b.List, visit)
	eachNode(b.ElseList, visit)
}
