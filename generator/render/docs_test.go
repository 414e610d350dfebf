package render

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"fokus/generator/site"
)

// themesDoc returns docs/themes.md in blocks, as blank lines part them.
func themesDoc(t *testing.T) []string {
	t.Helper()
	doc, err := os.ReadFile("../../docs/themes.md")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(doc), "\n\n")
}

// docBlock returns the block of docs/themes.md that begins with prefix.
func docBlock(t *testing.T, blocks []string, prefix string) string {
	t.Helper()
	for _, b := range blocks {
		if strings.HasPrefix(b, prefix) {
			return b
		}
	}
	t.Fatalf("docs/themes.md has no block that begins with %q", prefix)
	return ""
}

var codeSpan = regexp.MustCompile("`([^`]+)`")

// The table of functions in docs/themes.md names every function a
// template can call, each with as many arguments as it takes, and nothing
// else: a function added to the theme's functions without a word there,
// or one the table names that is gone, fails here (QA: eqSign was not
// named). The fields it names of their results (.Heading, .Figure, .P)
// are theirs.
func TestThemesDocNamesEveryFunctionWithItsArguments(t *testing.T) {
	table := docBlock(t, themesDoc(t), "| function |")
	named := map[string]bool{}
	for _, row := range strings.Split(table, "\n")[2:] {
		cells := strings.Split(row, "|")
		if len(cells) < 3 {
			t.Fatalf("a row of the functions' table without two cells: %q", row)
		}
		var results []reflect.Type
		for _, m := range codeSpan.FindAllStringSubmatch(cells[1], -1) {
			words := strings.Fields(m[1])
			name, args := words[0], words[1:]
			named[name] = true
			f, ok := funcs[name]
			if !ok {
				t.Errorf("docs/themes.md names the function %s, which templates do not have", name)
				continue
			}
			typ := reflect.TypeOf(f)
			if typ.IsVariadic() && len(args) < typ.NumIn()-1 || !typ.IsVariadic() && len(args) != typ.NumIn() {
				t.Errorf("docs/themes.md writes %q; %s takes %d arguments", m[1], name, typ.NumIn())
			}
			results = append(results, typ.Out(0))
		}
		for _, m := range codeSpan.FindAllStringSubmatch(cells[2], -1) {
			if field, ok := strings.CutPrefix(m[1], "."); ok && isName(field) {
				// A page's method of the same name ("as .Link") or a field of the result.
				if !slices.ContainsFunc(append(results, reflect.TypeFor[*Page]()), func(r reflect.Type) bool { _, ok := member(r, field); return ok }) {
					t.Errorf("docs/themes.md, function %s: what it returns has no %s", strings.TrimSpace(cells[1]), m[1])
				}
			}
		}
	}
	var missing []string
	for name := range funcs {
		if !named[name] {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("docs/themes.md's table of functions does not name %v", missing)
	}
}

// Every field and method that docs/themes.md names of the page, of the
// model, of an idea, an objective and a team is there, and a method is
// shown with as many arguments as it takes; a name in parentheses after
// another may be that one's (.Idea.Decision (.Date, .By)). A field renamed in
// the code and left in the reference fails here, as a theme author's
// template would.
func TestThemesDocNamesOnlyFieldsThatExist(t *testing.T) {
	blocks := themesDoc(t)
	page := reflect.TypeFor[*Page]()
	for prefix, root := range map[string]reflect.Type{
		"| field or method |":  page,
		"| | |":                page,
		"An **idea** has":      reflect.TypeFor[*site.Idea](),
		"An **objective** has": reflect.TypeFor[*site.Objective](),
		"A **team** has":       reflect.TypeFor[*site.Team](),
	} {
		var contexts []reflect.Type // what the names found so far give, for a name in parentheses after one
		n := 0
		for _, m := range codeSpan.FindAllStringSubmatch(docBlock(t, blocks, prefix), -1) {
			words := strings.Fields(m[1])
			from, path := root, words[0]
			if p, ok := strings.CutPrefix(path, "$p"); ok {
				from, path = page, p
			}
			path, ok := strings.CutPrefix(path, ".")
			if !ok || !isName(strings.ReplaceAll(path, ".", "")) {
				continue
			}
			n++
			// The name is looked up at its root and in what the names
			// before it give, and each that has it may give the next.
			candidates := []reflect.Type{from}
			if from == root {
				candidates = append(candidates, contexts...)
			}
			var typ reflect.Type
			for _, c := range candidates {
				if found, ok := resolve(c, path); ok {
					typ = found
					contexts = append(contexts, result(found))
				}
			}
			if typ == nil {
				t.Errorf("docs/themes.md (%s): %s is not there", prefix, m[1])
				continue
			}
			// A method written with its arguments takes as many; one
			// written alone is only named.
			if args := words[1:]; typ.Kind() == reflect.Func && len(args) > 0 {
				if typ.IsVariadic() && len(args) < typ.NumIn()-1 || !typ.IsVariadic() && len(args) != typ.NumIn() {
					t.Errorf("docs/themes.md writes %q; it takes %d arguments", m[1], typ.NumIn())
				}
			}
		}
		if n == 0 {
			t.Errorf("docs/themes.md (%s): no names found", prefix)
		}
	}
}

// result is what a field or a method gives.
func result(typ reflect.Type) reflect.Type {
	if typ.Kind() == reflect.Func {
		return typ.Out(0)
	}
	return typ
}

func isName(s string) bool {
	return regexp.MustCompile(`^[A-Z][A-Za-z]*$`).MatchString(s)
}

// resolve follows a dotted path of fields and methods from typ, as a
// template does; a method's type is returned as a function without its
// receiver, and a field's or a method's result is looked into through
// pointers, slices and maps for the next name.
func resolve(typ reflect.Type, path string) (reflect.Type, bool) {
	names := strings.Split(path, ".")
	for i, name := range names {
		m, ok := member(typ, name)
		if !ok {
			return nil, false
		}
		if i == len(names)-1 {
			return m, true
		}
		typ = result(m)
	}
	return typ, true
}

// member is typ's field or method name (through pointers, slices and
// maps, as range and with reach them): a field's type, or a method's
// type without its receiver.
func member(typ reflect.Type, name string) (reflect.Type, bool) {
	for {
		if typ.Kind() == reflect.Struct {
			typ = reflect.PointerTo(typ) // methods of the pointer too, as a field's address is taken
		}
		if m, ok := typ.MethodByName(name); ok {
			in := make([]reflect.Type, 0, m.Type.NumIn()-1)
			for i := 1; i < m.Type.NumIn(); i++ {
				in = append(in, m.Type.In(i))
			}
			out := make([]reflect.Type, m.Type.NumOut())
			for i := range out {
				out[i] = m.Type.Out(i)
			}
			return reflect.FuncOf(in, out, m.Type.IsVariadic()), true
		}
		switch typ.Kind() {
		case reflect.Pointer:
			if e := typ.Elem(); e.Kind() == reflect.Struct {
				if f, ok := e.FieldByName(name); ok && f.IsExported() {
					return f.Type, true
				}
				return nil, false
			}
			typ = typ.Elem()
		case reflect.Slice, reflect.Map:
			typ = typ.Elem()
		default:
			return nil, false
		}
	}
}

// The files table of docs/themes.md names the parts that partials.html and
// layout.html define and a file for every page's template: a part added
// to the built-in theme is one a theme's own partials.html must define too.
func TestThemesDocNamesEveryPartAndPage(t *testing.T) {
	table := docBlock(t, themesDoc(t), "| file | what it is |")
	define := regexp.MustCompile(`\{\{-?\s*define "([^"]+)"`)
	row := func(file string) string {
		for _, r := range strings.Split(table, "\n") {
			if strings.HasPrefix(r, "| `templates/"+file+"`") {
				return r
			}
		}
		t.Fatalf("docs/themes.md's files table has no row for templates/%s", file)
		return ""
	}
	for _, file := range []string{"partials.html", "layout.html"} {
		text, err := os.ReadFile("../../themes/default/templates/" + file)
		if err != nil {
			t.Fatal(err)
		}
		r := row(file)
		for _, m := range define.FindAllStringSubmatch(string(text), -1) {
			if !strings.Contains(r, "`"+m[1]+"`") && !strings.Contains(r, `{{define "`+m[1]+`"}}`) {
				t.Errorf("docs/themes.md does not name the part %q of templates/%s", m[1], file)
			}
		}
	}
	pages := row("<page>.html")
	entries, err := os.ReadDir("../../themes/default/templates")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".html")
		if !strings.Contains(table, "`templates/"+e.Name()+"`") && !strings.Contains(pages, "`"+name+"`") {
			t.Errorf("docs/themes.md's files table does not name templates/%s", e.Name())
		}
	}
}
