package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"fokus/generator/serve"
)

// cmdServe previews the site: built into memory, rebuilt on every save, and
// reloaded in the browser. It runs until Ctrl-C; content errors never end it.
// addresses are the preview's address on this machine and, when it
// listens on every interface, the one to share: others cannot use
// localhost, and the server answers to the machine's name (see
// serve.Server.allowHosts).
func addresses(bind, port string, hostname func() (string, error)) (local, shared string) {
	host := bind
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "localhost"
		if name, err := hostname(); err == nil && name != "" && !strings.EqualFold(name, "localhost") {
			shared = "http://" + net.JoinHostPort(name, port) + "/"
		}
	}
	return "http://" + net.JoinHostPort(host, port) + "/", shared
}

func cmdServe(args []string, stdout, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first Ctrl-C stops the preview; a second one, while it stops,
	// ends the process at once, as it does any other program's (QA).
	go func() { <-ctx.Done(); stop() }()
	return serveUntil(ctx, args, stdout, stderr, nil)
}

// serveUntil is cmdServe until ctx ends; ready, when set, receives the
// server's URL once it listens, so tests need not parse the output.
func serveUntil(ctx context.Context, args []string, stdout, stderr io.Writer, ready func(url string)) error {
	fs := flags("serve")
	source := fs.String("source", ".", "site source folder")
	bind := fs.String("bind", "127.0.0.1", "address to listen on")
	port := fs.Int("port", 1313, "port to listen on (0: any free port)")
	drafts := fs.Bool("drafts", false, "include ideas marked draft")
	nowFlag := fs.String("now", "", "fix today's date, e.g. 2026-11-26 (else SOURCE_DATE_EPOCH, else the clock)")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return noArguments("serve", rest[0])
	}
	if *port < 0 || *port > 65535 {
		return usageError{fmt.Sprintf("--port %d: use 0 to 65535", *port)}
	}
	b, err := bindAddress(*bind)
	if err != nil {
		return err
	}
	*bind = b
	// A date in --now is checked before anything listens.
	var fixed func() time.Time
	var fixedDay bool
	if *nowFlag != "" || os.Getenv("SOURCE_DATE_EPOCH") != "" {
		// Today as build and check take it (QA: the preview went by the
		// clock, and its ages and stale marks differed from check's), or
		// the day --now names, as build's and check's --now do, and as
		// Hugo's server takes --clock: to see in the preview the doors and
		// stale marks of a day to come, a week into the quarter or at its
		// end (QA: "unknown flag --now", and only the code said that
		// SOURCE_DATE_EPOCH would do).
		t, day, err := now(*nowFlag)
		if err != nil {
			return err
		}
		fixed, fixedDay = func() time.Time { return t }, day
	}
	if err := checkSource(*source); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(*bind, strconv.Itoa(*port)))
	if errors.Is(err, errAddrInUse) {
		// Like a --bind it cannot listen on: the command line names what
		// this machine cannot give, exit status 2 (QA: 1 read as content
		// errors to scripts).
		return refusal{fmt.Sprintf("port %d on %s is in use (another fokus serve?); choose another with --port, or --port 0 for any free one", *port, *bind)}
	} else if err != nil {
		// "listen tcp: lookup 999.1.1.1: no such host" names no flag (QA).
		var dns *net.DNSError
		switch {
		case errors.As(err, &dns) || errors.Is(err, errAddrNotAvail):
			return refusal{fmt.Sprintf("--bind %s --port %d: cannot listen there (%v); --bind takes an address of this machine, such as 127.0.0.1 or 0.0.0.0", *bind, *port, errors.Unwrap(err))}
		case errors.Is(err, errAccess):
			return refusal{portRefused(runtime.GOOS, *port)}
		}
		return refusal{fmt.Sprintf("--bind %s --port %d: cannot listen there: %v", *bind, *port, errors.Unwrap(err))}
	}
	opts := serve.Options{Source: *source, Drafts: *drafts, Bind: *bind, Log: stderr, Now: fixed, NowDay: fixedDay}
	srv, err := serve.New(ctx, opts)
	if err != nil {
		ln.Close()
		if ctx.Err() != nil {
			// Ctrl-C during the first build: stopped as asked, no error.
			fmt.Fprintln(stdout, "fokus: stopped")
			return nil
		}
		return err
	}
	_, actual, _ := net.SplitHostPort(ln.Addr().String())
	url, others := addresses(*bind, actual, os.Hostname)
	if others != "" {
		others = ", for others at " + others
	}
	fmt.Fprintf(stdout, "fokus: serving %s at %s%s (Ctrl-C to stop)\n", *source, url, others)
	fmt.Fprint(stdout, openNote(others))
	if ready != nil {
		ready(url)
	}
	err = srv.Serve(ctx, ln)
	fmt.Fprintln(stdout, "fokus: stopped")
	return err
}

// bindAddress is the address --bind names. An IPv6 address in brackets,
// as a URL writes it ([::1]), is that address: the brackets made "missing
// port in address" of it (QA). A port or a URL in --bind, as other servers
// take it (127.0.0.1:8080), is told the flags to write instead of a failed
// lookup of a host called "127.0.0.1:8080".
func bindAddress(bind string) (string, error) {
	if inner, ok := strings.CutPrefix(bind, "["); ok {
		if inner, ok := strings.CutSuffix(inner, "]"); ok && net.ParseIP(strings.SplitN(inner, "%", 2)[0]) != nil {
			return inner, nil
		}
	}
	host, port, err := net.SplitHostPort(bind)
	what := "the port goes in --port"
	if u, uerr := url.Parse(bind); uerr == nil && u.Scheme != "" && u.Host != "" {
		host, port, err = u.Hostname(), u.Port(), nil
		what = "--bind takes an address, not a URL"
	}
	if err != nil {
		return bind, nil
	}
	write := "--bind " + host
	switch {
	case host == "" && port != "":
		write = "--port " + port
	case host == "":
		write = "--bind 127.0.0.1"
	case port != "":
		write += " --port " + port
	}
	return "", usageError{fmt.Sprintf("--bind %s: %s; write %s", bind, what, write)}
}

// portRefused says why the system refused to let serve listen on port, on
// the system goos, and what to do. Below 1024 a Unix system keeps a port
// for itself. Windows keeps no such ports, but refuses, with the same
// error, a port in a range that Hyper-V, WSL or Docker has taken, which
// may hold 1313, or one that another program holds alone: "below 1024"
// for the default port sent a user looking for the wrong thing.
func portRefused(goos string, port int) string {
	switch {
	case goos == "windows":
		return fmt.Sprintf("--port %d: Windows does not let fokus listen on it: Hyper-V, WSL or Docker keeps it (netsh interface ipv4 show excludedportrange protocol=tcp lists the ports they keep), or another program holds it; choose another, or --port 0 for any free one", port)
	case port < 1024:
		return fmt.Sprintf("--port %d: only the system may listen on a port below 1024; choose another, such as the default 1313", port)
	}
	return fmt.Sprintf("--port %d: the system does not let fokus listen on it; choose another, or --port 0 for any free one", port)
}

// openNote is what serve says when others can reach the preview: it has no
// password, and a colleague on the network reads every draft, which is
// what --bind is for, but never by surprise.
func openNote(others string) string {
	if others == "" {
		return ""
	}
	return "fokus: anyone who can reach this machine can read the preview; --bind 127.0.0.1 keeps it to this machine\n"
}
