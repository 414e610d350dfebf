package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"fokus/generator"
	"fokus/generator/content"
	"fokus/generator/diag"
	"fokus/generator/output"
	"fokus/generator/render"
)

func cmdBuild(args []string, stdout, stderr io.Writer) error {
	fs := flags("build")
	source := fs.String("source", ".", "site source folder")
	dest := fs.String("destination", "public", "output folder; a relative one is taken from --source, as in Hugo")
	drafts := fs.Bool("drafts", false, "include ideas marked draft")
	baseURL := fs.String("base-url", "", "override base_url of fokus.toml")
	nowFlag := fs.String("now", "", "fix today's date, e.g. 2026-11-26 (else SOURCE_DATE_EPOCH, else the clock)")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return noArguments("build", rest[0])
	}
	opts, err := options(*source, *drafts, *nowFlag)
	if err != nil {
		return err
	}
	if *baseURL != "" {
		if err := content.CheckBaseURL(*baseURL); err != nil {
			return usageError{"--base-url " + err.Error()}
		}
	}
	opts.BaseURL = *baseURL
	target, err := destination(*source, *dest)
	if err != nil {
		return err
	}
	start := time.Now()
	_, statErr := os.Stat(target)
	existed := statErr == nil
	// The stage is made first, so a destination fokus may not replace is
	// refused before any work; pages stream into it as they are rendered.
	stage, err := output.NewStage(target)
	switch {
	case errors.Is(err, output.ErrForeign) || errors.Is(err, output.ErrAddedFolder):
		return refusal{err.Error() + "; or choose another --destination"}
	case errors.Is(err, output.ErrPlace):
		return refusal{err.Error()}
	case errors.Is(err, output.ErrNotOurs) || errors.Is(err, output.ErrNotFolder) || errors.Is(err, output.ErrInFile):
		return refusal{err.Error() + "; choose another --destination"}
	}
	if err != nil {
		return err
	}
	left := *dest + " was left as it was"
	if !existed {
		left = "nothing was written"
	}
	files := &counter{Sink: stage}
	res, err := generator.Check(opts)
	if err == nil && !res.Failed() {
		limitRenderMemory()
		generator.RenderChecked(opts.Source, res, files)
		if failure := stage.Failure(); failure != nil {
			// The disk failed the render, not the theme: told once, with
			// the destination, not as an error of fokus.toml (the only
			// errors, of a site checked without any).
			stage.Abort()
			res.Diagnostics = slices.DeleteFunc(res.Diagnostics, func(d diag.Diagnostic) bool { return d.Severity == diag.Error })
			printDiagnostics(stderr, res)
			return fmt.Errorf("%w; %s", failure, left)
		}
	}
	printDiagnostics(stderr, res)
	if err != nil {
		stage.Abort()
		return err
	}
	if res.Failed() {
		stage.Abort()
		fmt.Fprintf(stderr, "fokus: %s; %s\n", res.Diagnostics.Summary(), left)
		return errContent
	}
	if err := stage.Commit(); err != nil {
		return err
	}
	for _, added := range stage.Added {
		fmt.Fprintf(stderr, "fokus: warning: %s was not written by fokus; the build replaced the folder as a whole, and it is kept in %s until the next build: move it out (files to publish belong in static/)\n",
			added, stage.Kept())
	}
	fmt.Fprintf(stdout, "fokus: built %s into %s (%d files) in %d ms\n",
		counts(res), target, files.n.Load()+1, time.Since(start).Milliseconds()) // +1: the marker Commit writes
	return nil
}

// destination is the folder a build writes: dest, relative to the source
// folder unless absolute (like Hugo's publishDir). An empty one, or one
// inside content/, is a mistake on the command line: the site's pages would
// end up among the files it is built from.
func destination(source, dest string) (string, error) {
	if dest == "" {
		return "", usageError{"--destination is empty; leave it out to build into public/"}
	}
	target := dest
	if !filepath.IsAbs(target) {
		target = filepath.Join(source, target)
	}
	// The source inside the destination would be replaced with it (QA: a
	// site checked out inside its output was moved aside, and lost).
	if src, err1 := filepath.Abs(source); err1 == nil {
		if abs, err2 := filepath.Abs(target); err2 == nil && within(resolved(abs), resolved(src)) {
			return "", usageError{fmt.Sprintf("--destination %s holds the source folder %s; a build replaces the destination as a whole, so build the site outside the files it is made from", dest, source)}
		}
	}
	// static/ too: the next build would publish the last one inside it.
	for _, folder := range []string{"content", "static"} {
		inDir, err1 := filepath.Abs(filepath.Join(source, folder))
		abs, err2 := filepath.Abs(target)
		if err1 != nil || err2 != nil {
			continue
		}
		// Through links, as the files would be written: a destination in
		// a folder that links into content/ is inside it too.
		inDir, abs = resolved(inDir), resolved(abs)
		if within(inDir, abs) {
			return "", usageError{fmt.Sprintf("--destination %s is inside %s/; build the site outside the files it is made from", dest, folder)}
		}
	}
	return target, nil
}

// within reports whether the absolute path p is dir or inside it.
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// resolved is the absolute path p with the links in the part of it that
// exists resolved; the part that does not exist yet is kept as it is.
func resolved(p string) string {
	rest := ""
	for dir := p; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(real, rest)
		}
		if filepath.Dir(dir) == dir {
			return p
		}
		rest = filepath.Join(filepath.Base(dir), rest)
	}
}

// counter counts the files that pass into a sink.
type counter struct {
	render.Sink
	n atomic.Int64
}

func (c *counter) Create(path string) (io.WriteCloser, error) {
	c.n.Add(1)
	return c.Sink.Create(path)
}

// discard is a sink that keeps nothing: check renders only to find errors.
type discard struct{}

func (discard) Create(string) (io.WriteCloser, error) { return nopCloser{io.Discard}, nil }

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

func cmdCheck(args []string, stdout, stderr io.Writer) error {
	fs := flags("check")
	source := fs.String("source", ".", "site source folder")
	strict := fs.Bool("strict", false, "fail on warnings too (exit status 1)")
	format := fs.String("format", "text", "text (lines on stderr) or json (an array on stdout, for other tools)")
	drafts := fs.Bool("drafts", false, "include ideas marked draft")
	nowFlag := fs.String("now", "", "fix today's date, e.g. 2026-11-26 (else SOURCE_DATE_EPOCH, else the clock)")
	if rest, err := parse(fs, args); err != nil {
		if !errors.Is(err, errHelp) && jsonAsked(args) {
			return jsonRefusal(stdout, err)
		}
		return err
	} else if len(rest) > 0 {
		if jsonAsked(args) {
			return jsonRefusal(stdout, noArguments("check", rest[0]))
		}
		return noArguments("check", rest[0])
	}
	if *format != "text" && *format != "json" {
		return usageError{fmt.Sprintf("--format %q: use text or json", *format)}
	}
	opts, err := options(*source, *drafts, *nowFlag)
	if err != nil {
		if *format == "json" {
			// A tool reading stdout gets an array in any case (QA: jq
			// failed on nothing), with why it could not check at all.
			return jsonRefusal(stdout, err)
		}
		return err
	}
	res, err := generator.Check(opts)
	if err != nil && *format == "json" && len(res.Diagnostics) == 0 {
		return jsonRefusal(stdout, err)
	}
	if err == nil && !res.Failed() && res.Site.Config.Theme != "" && res.Site.Config.Theme != "default" {
		// A custom theme's template can fail on the content only while it
		// runs (an index out of range); check renders the site without
		// writing it, so that it fails where build would. The built-in
		// theme's templates are tested with the program.
		generator.RenderChecked(opts.Source, res, discard{})
	}
	if *format == "json" {
		list := res.Diagnostics
		if list == nil {
			list = diag.List{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if encErr := enc.Encode(list); encErr != nil {
			return encErr
		}
	} else {
		printDiagnostics(stderr, res)
	}
	if err != nil {
		return err
	}
	errs, warns := res.Diagnostics.Count()
	if errs > 0 || (*strict && warns > 0) {
		if *format == "text" {
			fmt.Fprintf(stderr, "fokus: %s\n", res.Diagnostics.Summary())
		}
		return errContent
	}
	if *format == "text" {
		fmt.Fprintf(stdout, "fokus: %s: %s\n", counts(res), diag.Plural(warns, "warning"))
	}
	return nil
}

// jsonAsked reports whether a check's command line asks for --format json,
// also where the flag package stopped before it (at a misspelt flag), so
// that a tool reading stdout gets an array for a mistake on the command
// line as for any other (QA).
func jsonAsked(args []string) bool {
	for i, a := range args {
		if a == "--" {
			break
		}
		switch a {
		case "--format=json", "-format=json":
			return true
		case "--format", "-format":
			if i+1 < len(args) && args[i+1] == "json" {
				return true
			}
		}
	}
	return false
}

// jsonRefusal writes err, which stopped check before it could check
// anything, as the one error of a JSON array on stdout, and returns it for
// its exit status; said there, it is not printed again with the usage.
func jsonRefusal(stdout io.Writer, err error) error {
	msg := err.Error()
	var ue usageError
	if errors.As(err, &ue) {
		msg = ue.msg
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if encErr := enc.Encode(diag.List{{Severity: diag.Error, Message: msg}}); encErr != nil {
		return encErr
	}
	if errors.As(err, &ue) {
		return refusal{msg} // exit status 2, without the usage on stderr
	}
	return err
}

// counts says how much content a build or check covered.
func counts(res *generator.Result) string {
	return diag.Plural(len(res.Site.Ideas), "idea") + ", " + diag.Plural(len(res.Site.Objectives), "objective") +
		", " + diag.Plural(len(res.Site.Teams), "team")
}

// options builds generator options from the common flags.
func options(source string, drafts bool, nowFlag string) (generator.Options, error) {
	t, day, err := now(nowFlag)
	if err != nil {
		return generator.Options{}, err
	}
	if err := checkSource(source); err != nil {
		return generator.Options{}, err
	}
	return generator.Options{Source: os.DirFS(source), Drafts: drafts, Now: t, NowDay: day}, nil
}

// checkSource refuses a source folder that is no site: fokus run in the
// wrong folder is a mistake on the command line (exit status 2), not a
// site with errors.
func checkSource(source string) error {
	info, err := os.Stat(source)
	if errors.Is(err, os.ErrNotExist) {
		return usageError{fmt.Sprintf("--source %s: no such folder", shellWord(source))}
	}
	if err != nil || !info.IsDir() {
		return usageError{fmt.Sprintf("--source %q is not a folder", source)}
	}
	info, err = os.Stat(filepath.Join(source, "content"))
	if errors.Is(err, os.ErrNotExist) && hasConfig(source) {
		return nil // a site without content yet
	}
	if err == nil && !info.IsDir() {
		// A file named content (an idea saved without .md, an archive):
		// "has no content/ folder" sent its owner to look for a folder (QA).
		return usageError{fmt.Sprintf("%s is a file, not a folder: fokus reads a site's content from a folder content/; rename the file", filepath.Join(source, "content"))}
	}
	if err != nil || !info.IsDir() {
		// A team lead's first command in a new folder is often build or
		// serve (QA: told nothing of how to start a site).
		msg := fmt.Sprintf("%s has no content/ folder: is this a fokus site? Run fokus in the site's folder or name it with --source; to start a new site here, run fokus new team \"Name of the team\"", source)
		// The site's content/ or a folder in it for the site (QA): the
		// site is the folder above, which new finds by itself.
		if site := siteAbove(source); site != "" {
			msg = fmt.Sprintf("%s has no content/ folder: it is in the site in %s; run fokus there, or use --source %s", source, site, shellWord(site))
		}
		return usageError{msg}
	}
	return nil
}

// hasConfig reports whether source has a fokus.toml: a site, like a Hugo
// site with its config file, that has no content yet (fokus new finds it
// the same way), not a folder fokus was started in by mistake.
func hasConfig(source string) bool {
	info, err := os.Stat(filepath.Join(source, content.ConfigFile))
	return err == nil && info.Mode().IsRegular()
}

// siteAbove is the folder above source that is a site (has content/), as
// a path from the working folder when source is relative, or "".
func siteAbove(source string) string {
	abs, err := filepath.Abs(source)
	if err != nil {
		return ""
	}
	for dir := filepath.Dir(abs); ; dir = filepath.Dir(dir) {
		if info, err := os.Stat(filepath.Join(dir, "content")); err == nil && info.IsDir() && within(filepath.Join(dir, "content"), abs) {
			if !filepath.IsAbs(source) {
				if wd, err := os.Getwd(); err == nil {
					if rel, err := filepath.Rel(wd, dir); err == nil {
						return rel
					}
				}
			}
			return dir
		}
		if filepath.Dir(dir) == dir {
			return ""
		}
	}
}

// noArguments refuses an argument to build, check or serve. Hugo users
// name the site's folder as one (fokus build site1); that one gets the
// flag that does it.
func noArguments(cmd, arg string) error {
	msg := fmt.Sprintf("%s takes no arguments, got %q", cmd, arg)
	if info, err := os.Stat(arg); err == nil && info.IsDir() {
		msg += fmt.Sprintf("; to %s the site in %s, use --source %s", cmd, arg, shellWord(arg))
	}
	return usageError{msg}
}

// shellWord is s as a shell reads it back: as it is when it holds no
// character a shell treats specially, else in single quotes.
func shellWord(s string) string {
	if s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r == '+' || r == ',' || r == ':' || r == '@' ||
			'0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80)
	}) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func printDiagnostics(w io.Writer, res *generator.Result) {
	if res == nil {
		return
	}
	for _, d := range res.Diagnostics {
		fmt.Fprintln(w, d.String())
	}
}
