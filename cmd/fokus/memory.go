package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// renderBudget is the memory a build's render may take, for the Go heap,
// stacks and runtime together, when the site leaves room for it. With the
// collector's default pace (GOGC=100), rendering 10,000 ideas let the heap
// grow to twice its live 50–55 MB and the process to 142–154 MB; issue 6
// asks for at most 150. Held at 120 MiB, the build peaked at 124–139 MB
// for 2–6 % more user CPU (BENCHMARKS.md, 2026-11-28).
const renderBudget = 120 << 20

// limitRenderMemory asks the collector to keep the render within
// renderBudget, or within five times the model's memory for a site whose
// model is larger than budgetModel, and returns the limit it set (0: none). A render
// holds 2.5 (10,000 ideas) to 2.9 times (50,000) the model's memory; five
// times leaves the heap about as much room to grow as the default pace
// gives a large site, so that it is not collected more often than without
// a limit. A GOMEMLIMIT of the user's is left as it is.
func limitRenderMemory() int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		return 0
	}
	runtime.GC() // what the check left is garbage now; the rest is the model
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	limit := renderLimit(sample[0].Value.Uint64())
	debug.SetMemoryLimit(limit)
	return limit
}

// budgetModel is the largest model whose render keeps to renderBudget.
// The model of 10,000 ideas grew from 22 to 28 MiB as checks were added,
// and five times it, 138 MiB, had become the limit: the build peaked at
// 142–150 MB (2026-11-28). Held at the budget up to this size, the render
// still has 1.4 times its working set (2.5 times the model) to grow in.
const budgetModel = 34 << 20

// renderLimit is the memory limit for a render whose model takes live bytes.
func renderLimit(live uint64) int64 {
	if live <= budgetModel {
		return renderBudget
	}
	return 5 * int64(live)
}
