// Command gencorpus writes a generated fokus site to disk, for measuring
// builds with the real binary:
//
//	go run ./generator/internal/corpus/cmd/gencorpus -ideas 10000 -out /tmp/corpus10k
//	fokus build --source /tmp/corpus10k --destination /tmp/out --now 2026-11-26
package main

import (
	"flag"
	"fmt"
	"os"

	"fokus/generator/internal/corpus"
)

func main() {
	ideas := flag.Int("ideas", 1000, "number of ideas; objectives are a tenth of it")
	seed := flag.Int64("seed", 1, "random seed; the same seed gives the same files")
	out := flag.String("out", "", "folder to write the site to (must not exist or be empty)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus -ideas N [-seed S] -out DIR")
		os.Exit(2)
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		fmt.Fprintf(os.Stderr, "gencorpus: %s is not empty\n", *out)
		os.Exit(1)
	}
	if err := corpus.Write(*out, *ideas, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("gencorpus: %d ideas, %d objectives, %d teams in %s (%s)\n", *ideas, *ideas/10, corpus.Teams, *out, "--now "+corpus.Now)
}
