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
// grow to twice its live 50 MB and the process to 140–153 MB; issue 6 asks
// for at most 150. Held at 120 MiB, the build peaked at 128–131 MB for
// about 3 % more CPU (BENCHMARKS.md, 2026-11-28).
const renderBudget = 120 << 20

// limitRenderMemory asks the collector to keep the render within
// renderBudget, or within four times the model's memory for a site too
// large for that budget, and returns the limit it set (0: none). The model
// of 10,000 ideas is 22 MB, and a render holds about 1.6 times the model
// plus 15 MB: four times leaves the heap room to grow by half, so that a
// large site is not collected again and again. A GOMEMLIMIT of the user's
// is left as it is.
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

// renderLimit is the memory limit for a render whose model takes live bytes.
func renderLimit(live uint64) int64 {
	return max(renderBudget, 5*int64(live))
}
