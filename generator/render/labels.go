package render

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template/parse"

	"fokus/generator/content"
)

// A label a template asks for that has no text shows as its key on the
// page ({{$p.T "corp_label"}} writes "corp_label"), and a label of a
// theme's strings file that no template asks for shows nowhere: a typo on
// either side is silent on the page (QA, theme author). check says both.

// LabelUse is a label that a template asks for with a literal key, at its
// place in a template file ("templates/idea.html").
type LabelUse struct {
	Key       string
	File      string
	Line, Col int
}

// MissingLabels are the labels the theme's templates ask for that have no
// text in the language, in the order of their places.
func (t *Theme) MissingLabels(lang string) []LabelUse {
	var out []LabelUse
	for _, use := range t.labelUses() {
		if _, ok := t.strings[lang][use.Key]; !ok {
			out = append(out, use)
		}
	}
	return out
}

// labelUses lists every label asked for with a literal key, once per place;
// walked once per theme, as a preview asks at every rebuild.
func (t *Theme) labelUses() []LabelUse {
	t.labelsOnce.Do(func() { t.labels = t.findLabelUses() })
	return t.labels
}

func (t *Theme) findLabelUses() []LabelUse {
	seen := map[LabelUse]bool{}
	var out []LabelUse
	for _, name := range slices.Sorted(maps.Keys(t.pages)) {
		for _, tmpl := range t.pages[name].Templates() {
			if tmpl.Tree == nil {
				continue
			}
			labelsIn(tmpl.Tree, tmpl.Tree.Root, func(use LabelUse) {
				if !seen[use] {
					seen[use] = true
					out = append(out, use)
				}
			})
		}
	}
	slices.SortFunc(out, func(a, b LabelUse) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
	return out
}

// labelArg is, for the methods that show a label, which of a command's
// words is its key: {{$p.T "key"}}, {{.P.Tf "key" …}}, {{.Count n "key"}}.
var labelArg = map[string]int{"T": 1, "Tf": 1, "Count": 2}

// labelsIn calls found for each label asked for with a literal key below n.
func labelsIn(tree *parse.Tree, n parse.Node, found func(LabelUse)) {
	eachNode(n, func(n parse.Node) {
		cmd, ok := n.(*parse.CommandNode)
		if !ok || len(cmd.Args) == 0 {
			return
		}
		at := labelArg[lastWord(cmd.Args[0])]
		if at == 0 || len(cmd.Args) <= at {
			return
		}
		key, ok := cmd.Args[at].(*parse.StringNode)
		if !ok {
			return
		}
		// "idea.html:12:5"
		loc, _ := tree.ErrorContext(key)
		parts := strings.Split(loc, ":")
		if len(parts) < 3 {
			return
		}
		line, _ := strconv.Atoi(parts[len(parts)-2])
		col, _ := strconv.Atoi(parts[len(parts)-1])
		found(LabelUse{Key: key.Text, File: "templates/" + strings.Join(parts[:len(parts)-2], ":"), Line: line, Col: col})
	})
}

// StrayLabels are the labels of the theme's own strings files that fokus
// does not know and no template asks for, but that are a typo away from
// one it knows ("postres"): their text shows nowhere. A label of the
// theme's own that its templates ask for is no stray; but when the theme
// words both languages, one that has text in only one of them is said at
// its line: a site in the other shows the key, and the theme's author,
// who builds one language, would only hear of it from a colleague (QA).
func (t *Theme) StrayLabels() []*ThemeFileError {
	t.straysOnce.Do(func() { t.strays = t.findStrayLabels() })
	return t.strays
}

func (t *Theme) findStrayLabels() []*ThemeFileError {
	if len(t.ownLabels) == 0 {
		return nil
	}
	// Any string of a template may name a label (a key put together, one
	// handed to a part): a label is a stray only if no template has it.
	used := map[string]bool{}
	for _, set := range t.pages {
		for _, tmpl := range set.Templates() {
			if tmpl.Tree != nil {
				literals(tmpl.Tree.Root, used)
			}
		}
	}
	var out []*ThemeFileError
	for _, lang := range slices.Sorted(maps.Keys(t.ownLabels)) {
		own := t.ownLabels[lang]
		for _, key := range slices.Sorted(maps.Keys(own)) {
			if used[key] {
				for _, other := range []string{"de", "en"} {
					if _, has := t.strings[other][key]; other != lang && t.ownFiles[other] && !has {
						out = append(out, &ThemeFileError{File: "i18n/" + lang + ".toml", Line: own[key], Label: key, Lacks: other,
							Message: fmt.Sprintf("label %q has no text in the theme's i18n/%s.toml, so a site with language = %q shows the key; add %s = \"…\" there", key, other, other, key)})
					}
				}
				continue
			}
			if near := content.Suggest(key, t.builtinLabels); near != "" {
				out = append(out, &ThemeFileError{File: "i18n/" + lang + ".toml", Line: own[key],
					Message: fmt.Sprintf("label %q is none of fokus's and no template asks for it, so its text shows nowhere; did you mean %q?", key, near)})
			}
		}
	}
	return out
}

// literals adds every string literal below n to found.
func literals(n parse.Node, found map[string]bool) {
	eachNode(n, func(n parse.Node) {
		if s, ok := n.(*parse.StringNode); ok {
			found[s.Text] = true
		}
	})
}

// verb is a placeholder of fmt: %d, %s, %[2]d, %5.1f; %% is none.
var verb = regexp.MustCompile(`%(?:\[(\d+)\])?[-+# 0]*(?:\d+|\*)?(?:\.(?:\d+|\*)?)?([a-zA-Z%])`)

// placeholders are the verbs of text, in order ("d", "s"); reordered is
// set when it numbers them (%[2]d), as a translation may need to.
func placeholders(text string) (verbs []string, reordered bool) {
	for _, m := range verb.FindAllStringSubmatch(text, -1) {
		if m[2] == "%" {
			continue
		}
		if m[1] != "" {
			reordered = true
		}
		verbs = append(verbs, m[2])
	}
	return verbs, reordered
}

// placeholdersDiffer says what is wrong with a theme's text for a label,
// or "" (for a label without placeholders, see notFilledIn): fokus fills
// them with the same numbers and names in the same order, so a theme's
// text may leave out the last ones but not change or add any (QA:
// "Teamseite %d %s" was printed as "Teamseite %!d(string=Inside Sales)
// %!s(MISSING)" on every poster). A text that numbers its placeholders
// may use them in any order.
func placeholdersDiffer(own, builtin string) string {
	want, _ := placeholders(builtin)
	if len(want) == 0 {
		return notFilledIn(own, builtin)
	}
	if strings.Contains(verb.ReplaceAllString(own, ""), "%") {
		// A percent sign that begins no verb: fmt prints "%!(NOVERB)" or
		// "%!)(NOVERB)" for it (QA: "the page of %s at 100%").
		return fmt.Sprintf("has a percent sign that begins no placeholder, which the page would show as %%!(NOVERB); fokus fills in this label (its text is %q), so write a percent sign as %%%%", builtin)
	}
	got, reordered := placeholders(own)
	ok := len(got) <= len(want)
	if reordered {
		ok = true
		for _, m := range verb.FindAllStringSubmatch(own, -1) {
			n, _ := strconv.Atoi(m[1])
			if m[2] != "%" && (m[1] == "" || n < 1 || n > len(want) || !sameVerb(m[2], want[n-1])) {
				ok = false
			}
		}
	} else {
		for i := range min(len(got), len(want)) {
			ok = ok && sameVerb(got[i], want[i])
		}
	}
	if ok {
		return ""
	}
	return fmt.Sprintf("has the placeholders %s where fokus's text %q has %s: fokus puts its numbers (%%d) and names (%%s) there in this order; keep them, or leave out the last ones (a percent sign is written %%%%)",
		verbList(got), builtin, verbList(want))
}

// notFilledIn says what is wrong with a theme's text for a label whose
// built-in text has no placeholders of fmt, or "": such a text is not
// formatted, so a %d in it is printed as written (QA: "Ideen %d" showed
// as "18 Ideen %d"), as is a {name} that the backlog's filter does not
// fill in, where the built-in text has {shown} and {total}.
func notFilledIn(own, builtin string) string {
	braced := bracedPlaceholder.FindAllString(builtin, -1)
	fills := "fokus fills nothing into this label"
	if len(braced) > 0 {
		fills = fmt.Sprintf("fokus fills in only %s here, as its text %q does", strings.Join(braced, " and "), builtin)
	}
	if v := plainVerb.FindString(own); v != "" {
		return fmt.Sprintf("has the placeholder %s, but %s: the page would show %s as written", v, fills, v)
	}
	if len(braced) > 0 {
		for _, b := range bracedPlaceholder.FindAllString(own, -1) {
			if !slices.Contains(braced, b) {
				return fmt.Sprintf("has the placeholder %s, but %s: the page would show %s as written", b, fills, b)
			}
		}
	}
	return ""
}

// plainVerb is a placeholder of fmt as a theme's text would write one
// (%d, %s, %v, %[2]d) in a label that is not formatted; a percent sign
// before a word ("100 % sicher") is none.
var plainVerb = regexp.MustCompile(`%(?:\[\d+\])?[dsv]\b`)

// bracedPlaceholder is a placeholder that a script fills in: the backlog's
// filter_shown = "{shown} of {total} ideas".
var bracedPlaceholder = regexp.MustCompile(`\{\w+\}`)

// sameVerb reports whether a theme's verb prints what fokus's does: the
// same one, or %v, which prints anything as it is (review: "+ %v more").
func sameVerb(own, builtin string) bool { return own == builtin || own == "v" }

// verbList writes verbs as a message names them: "%d, %s", or "none".
func verbList(verbs []string) string {
	if len(verbs) == 0 {
		return "none"
	}
	return "%" + strings.Join(verbs, ", %")
}
