// Command fokus builds, checks and previews a fokus site.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	// The zone database, for timezone in fokus.toml and Zurich's default:
	// Windows has none that Go reads, nor has a container built FROM
	// scratch, and without it a site's dates would depend on the machine.
	_ "time/tzdata"

	"fokus/generator/content"
)

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// refusal is a command line that fokus will not carry out, though it is
// written right: a --destination it may not replace, or a fokus new for a
// --team that has no file or of a file that exists. Exit status 2, as
// SPEC has it for the command line's mistakes (1 is the content's), with
// what to do instead, and without the usage, which says nothing about it.
type refusal struct{ msg string }

func (e refusal) Error() string { return e.msg }

// errHelp is -h on a command: print the usage and exit 0.
var errHelp = errors.New("help")

// commandHelp is -h on a command whose flags are known: its usage line and
// each flag with its default, as Go's flag package writes them.
type commandHelp struct{ text string }

func (h commandHelp) Error() string        { return h.text }
func (h commandHelp) Is(target error) bool { return target == errHelp }

// errContent means the content has errors (or warnings with --strict): exit status 1.
var errContent = errors.New("content has errors")

const usage = `fokus turns a folder of Markdown files into the innovation site of a marketing and sales organisation.

Usage:
  fokus build  [--source DIR] [--destination DIR] [--drafts] [--base-url URL] [--now DATE]
  fokus serve  [--source DIR] [--bind ADDR] [--port N] [--drafts] [--now DATE]
  fokus check  [--source DIR] [--strict] [--format text|json] [--drafts] [--now DATE]
  fokus new    idea [--team SLUG,…] TITLE | objective --team SLUG [--period P] TITLE | team TITLE
  fokus version
`

func main() {
	os.Exit(exitCode(run(os.Args[1:], os.Stdout, os.Stderr), os.Stdout, os.Stderr))
}

func exitCode(err error, stdout, stderr io.Writer) int {
	var ue usageError
	var re refusal
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "fokus: %s\n\n%s", ue.msg, usage)
		return 2
	case errors.As(err, &re):
		fmt.Fprintf(stderr, "fokus: %s\n", re.msg)
		return 2
	case errors.Is(err, errContent):
		return 1
	case errors.Is(err, errHelp):
		var h commandHelp
		if errors.As(err, &h) {
			fmt.Fprint(stdout, h.text)
		} else {
			fmt.Fprint(stdout, usage)
		}
		return 0
	default:
		fmt.Fprintf(stderr, "fokus: %v\n", err)
		return 1
	}
}

// run executes one command line; it never exits, so tests can call it.
func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{"no command given"}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "build":
		return cmdBuild(rest, stdout, stderr)
	case "check":
		return cmdCheck(rest, stdout, stderr)
	case "serve":
		return cmdServe(rest, stdout, stderr)
	case "new":
		return cmdNew(rest, stdout, stderr)
	case "version", "--version", "-version":
		if len(rest) == 1 && slices.Contains([]string{"-h", "--help", "-help"}, rest[0]) {
			fmt.Fprint(stdout, "Usage:\n  fokus version\n\nPrints fokus's version.\n")
			return nil
		}
		if len(rest) > 0 {
			return usageError{fmt.Sprintf("version takes no arguments, not %q", strings.Join(rest, " "))}
		}
		fmt.Fprintln(stdout, versionString())
		return nil
	case "help", "-h", "--help", "-help":
		if cmd == "help" && len(rest) > 0 {
			return help(rest, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return nil
	}
	if strings.HasPrefix(cmd, "-") {
		// Hugo takes its flags before a command ("hugo --source site
		// server"); fokus's flags belong to their command.
		for i, arg := range rest {
			if slices.Contains([]string{"build", "check", "serve", "new"}, arg) {
				words := append([]string{"fokus", arg}, args[:i+1]...)
				words = append(words, rest[i+1:]...)
				for j := range words {
					words[j] = shellWord(fokusFlag(words[j]))
				}
				return usageError{fmt.Sprintf("%s comes after the command: %s", cmd, strings.Join(words, " "))}
			}
		}
	}
	return unknownCommand(cmd)
}

// commands are the names run knows, for "did you mean".
var commands = []string{"build", "check", "serve", "new", "version", "help"}

// unknownCommand points a near miss, such as Hugo's "server", at the
// command fokus has.
func unknownCommand(cmd string) error {
	msg := fmt.Sprintf("unknown command %q", cmd)
	if s := content.Suggest(cmd, commands); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	}
	return usageError{msg}
}

// help is "fokus help build": the command's own help, as "fokus build -h"
// prints it.
func help(args []string, stdout, stderr io.Writer) error {
	if len(args) > 1 {
		return usageError{fmt.Sprintf("help takes one command, got %q", strings.Join(args, " "))}
	}
	switch args[0] {
	case "build", "check", "serve", "new":
		return run([]string{args[0], "-h"}, stdout, stderr)
	case "version", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	return unknownCommand(args[0])
}

// flags returns a flag set that reports mistakes as usage errors.
func flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("fokus "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	// Accept flags after positional arguments too ("fokus new idea X --source d").
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				var b strings.Builder
				name := strings.TrimPrefix(fs.Name(), "fokus ")
				for _, line := range strings.Split(usage, "\n") {
					if strings.HasPrefix(strings.TrimSpace(line), "fokus "+name+" ") {
						fmt.Fprintf(&b, "Usage:\n%s\n\n", line)
					}
				}
				b.WriteString("Flags:\n")
				printFlags(&b, fs)
				return nil, commandHelp{b.String()}
			}
			return nil, flagError(fs, args, err)
		}
		if fs.NArg() == 0 {
			return positional, flagAsValue(fs)
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// flagAsValue refuses a flag's value that is another of the command's flags:
// the flag package takes the word after --destination as its value, so
// "fokus build --destination --drafts", with the folder forgotten, built the
// site into a folder named --drafts (QA). No one names a folder, a team or a
// day after a flag.
func flagAsValue(fs *flag.FlagSet) error {
	var err error
	fs.Visit(func(f *flag.Flag) {
		g, ok := f.Value.(flag.Getter)
		if !ok || err != nil {
			return
		}
		v, isString := g.Get().(string)
		if !isString || !strings.HasPrefix(v, "-") {
			return
		}
		name, _, _ := strings.Cut(strings.TrimLeft(v, "-"), "=")
		if name == "" || fs.Lookup(name) == nil && hugoFlags[name] == "" {
			return
		}
		arg := valueNames[f.Name]
		if arg == "" {
			arg = "VALUE"
		}
		err = usageError{fmt.Sprintf("--%s needs a value before %s: write --%s %s %s", f.Name, v, f.Name, arg, v)}
	})
	return err
}

// valueNames are the names the usage lines give the flags' values, and
// for --format the one to write: "text|json" is a pipe to a shell.
var valueNames = map[string]string{"source": "DIR", "destination": "DIR", "base-url": "URL", "now": "DATE", "bind": "ADDR", "team": "SLUG", "period": "P", "format": "json"}

// printFlags is flag.PrintDefaults with the two dashes the usage lines
// and the documentation use (--source, not -source); the flag package
// reads both.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, text := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if name != "" {
			line += " " + name
		}
		line += "\n    \t" + strings.ReplaceAll(text, "\n", "\n    \t")
		if !isZeroValue(f) {
			if g, ok := f.Value.(flag.Getter); ok {
				if _, isString := g.Get().(string); isString {
					line += fmt.Sprintf(" (default %q)", f.DefValue)
					fmt.Fprintln(w, line)
					return
				}
			}
			line += fmt.Sprintf(" (default %v)", f.DefValue)
		}
		fmt.Fprintln(w, line)
	})
}

// isZeroValue says whether the flag's default is its type's zero value,
// which help leaves out, as the flag package does.
func isZeroValue(f *flag.Flag) bool {
	typ := reflect.TypeOf(f.Value)
	var z reflect.Value
	if typ.Kind() == reflect.Pointer {
		z = reflect.New(typ.Elem())
	} else {
		z = reflect.Zero(typ)
	}
	v, ok := z.Interface().(flag.Value)
	return ok && f.DefValue == v.String()
}

// hugoFlags are Hugo's spellings of flags that fokus has under another
// name; people who come from Hugo type them out of habit.
var hugoFlags = map[string]string{
	"s":           "source",
	"d":           "destination",
	"b":           "base-url",
	"baseURL":     "base-url",
	"baseUrl":     "base-url",
	"D":           "drafts",
	"buildDrafts": "drafts",
	"p":           "port",
	"clock":       "now",
}

// fokusFlag is word with a flag of Hugo's written as fokus's (-s as
// --source, --baseURL=x as --base-url=x): the command line that a flag
// before the command is told to write would otherwise fail again, on
// the flag's name.
func fokusFlag(word string) string {
	name, value, hasValue := strings.Cut(strings.TrimLeft(word, "-"), "=")
	to, ok := hugoFlags[name]
	if !ok || !strings.HasPrefix(word, "-") {
		return word
	}
	if hasValue {
		return "--" + to + "=" + value
	}
	return "--" + to
}

// badValue is the flag package's error for a value that a bool or a
// number flag cannot take: boolean or not, the value, the flag's name.
var badValue = regexp.MustCompile(`^invalid (boolean )?value "(.*)" for (?:flag )?-([a-z-]+): `)

var singleDash = regexp.MustCompile(`(^|[ :])-([a-z][a-z-]*\b)`)

// flagError turns the flag package's error into a usage error; an unknown
// flag is named as it was typed and, where it is Hugo's spelling or a typo
// of a flag the command has, followed by what fokus calls it.
func flagError(fs *flag.FlagSet, args []string, err error) error {
	if m := badValue.FindStringSubmatch(err.Error()); m != nil {
		// The flag package ends with "parse error", which says nothing of
		// what the flag takes (QA). The value stays as it quoted it, with
		// a line break or an escape sequence escaped.
		value, name := m[2], m[3]
		if m[1] != "" {
			return usageError{fmt.Sprintf("--%s=%s: write --%s alone, or --%s=false", name, value, name, name)}
		}
		want := "a whole number"
		if name == "port" {
			want = "a number from 0 to 65535" // as serve says of one outside them
		}
		return usageError{fmt.Sprintf("--%s \"%s\": use %s", name, value, want)}
	}
	name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
	if !ok {
		// The flag package names flags with one dash ("for -strict");
		// fokus's usage writes two.
		return usageError{singleDash.ReplaceAllString(err.Error(), "$1--$2")}
	}
	typed := "-" + name
	for _, a := range args {
		if a == "--" {
			break
		}
		a, _, _ = strings.Cut(a, "=")
		if a == "-"+name || a == "--"+name {
			typed = a
			break
		}
	}
	msg := "unknown flag " + typed
	switch {
	case name == "minify":
		return usageError{msg + "; fokus writes no minified output; leave it out"}
	case name == "watch" || name == "w":
		if fs.Name() == "fokus serve" {
			return usageError{msg + "; fokus serve always watches; leave it out"}
		}
		return usageError{msg + "; use fokus serve to watch"}
	}
	if to, ok := hugoFlags[name]; ok && fs.Lookup(to) != nil {
		return usageError{msg + "; fokus calls it --" + to}
	}
	var known []string
	fs.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
	if s := content.Suggest(name, known); s != "" {
		return usageError{msg + "; did you mean --" + s + "?"}
	}
	return usageError{msg}
}

// maxEpoch is the last second of the year 9999, the latest --now too can
// name.
const maxEpoch = 253402300799

// now returns "now" from --now, SOURCE_DATE_EPOCH or the clock, in that
// order; day is true when --now gave a calendar day rather than an instant.
func now(flagValue string) (t time.Time, day bool, err error) {
	if flagValue != "" {
		if t, err := time.Parse("2006-01-02", flagValue); err == nil {
			return t, true, nil
		}
		// A time as date prints it, with a space for the T (date '+%F %T')
		// or without seconds (date -Iminutes), is read as TOML reads one.
		v := flagValue
		if len(v) > 11 && v[10] == ' ' {
			v = v[:10] + "T" + v[11:]
		}
		for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00"} {
			if t, err := time.Parse(layout, v); err == nil {
				return t, false, nil
			}
		}
		// A local time, as front matter may write one, is a time in the
		// site's zone: its day is the date it names.
		for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04"} {
			if t, err := time.Parse(layout, v); err == nil {
				y, m, d := t.Date()
				return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true, nil
			}
		}
		msg := fmt.Sprintf("--now %q: expected a date like 2026-11-26 or a time like 2026-11-26T09:00:00+01:00", flagValue)
		if w := content.DateRewrite(flagValue); w != "" {
			msg += "; write " + w
		}
		return time.Time{}, false, usageError{msg}
	}
	if epoch := os.Getenv("SOURCE_DATE_EPOCH"); epoch != "" {
		sec, err := strconv.ParseInt(strings.TrimSpace(epoch), 10, 64)
		if err != nil {
			// A refusal, not a usage error: the command line was right, and
			// its usage says nothing about the environment (QA).
			return time.Time{}, false, refusal{fmt.Sprintf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970 (date +%%s prints one); unset it or use --now 2026-11-26", epoch)}
		}
		// A time in milliseconds (JavaScript's Date.now(), date +%s%3N) is
		// a year in the tens of thousands, which no date of the site can
		// be compared with, nor a page show (QA: "Nov 26, 57872").
		if sec > maxEpoch {
			hint := "seconds since 1970, as date +%s prints them"
			if sec >= 1e12 && sec/1000 <= maxEpoch {
				hint = fmt.Sprintf("seconds since 1970, not milliseconds: SOURCE_DATE_EPOCH=%d", sec/1000)
			}
			return time.Time{}, false, refusal{fmt.Sprintf("SOURCE_DATE_EPOCH=%s lies after the year 9999; it counts %s; or use --now 2026-11-26", epoch, hint)}
		}
		return time.Unix(sec, 0).UTC(), false, nil
	}
	return time.Now(), false, nil
}
