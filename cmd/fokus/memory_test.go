package main

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestRenderLimitIsTheBudgetOrFiveTimesTheModel(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, renderBudget},
		{22 << 20, renderBudget},
		{28 << 20, renderBudget}, // 10,000 ideas: not five times the model, 140 MiB
		{34 << 20, renderBudget},
		{35 << 20, 175 << 20},
		{101 << 20, 505 << 20}, // 50,000 ideas: about the default pace's peak
	} {
		if got := renderLimit(c.live); got != c.want {
			t.Errorf("renderLimit(%d MiB) = %d MiB, want %d MiB", c.live>>20, got>>20, c.want>>20)
		}
	}
}

func TestRenderMemoryIsLimitedUnlessTheUserSetGOMEMLIMIT(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	t.Setenv("GOMEMLIMIT", "")
	limit := limitRenderMemory()
	if limit < renderBudget || debug.SetMemoryLimit(-1) != limit {
		t.Fatalf("limit %d, runtime's %d; want the same, at least %d", limit, debug.SetMemoryLimit(-1), renderBudget)
	}

	debug.SetMemoryLimit(math.MaxInt64)
	t.Setenv("GOMEMLIMIT", "1GiB")
	if limit := limitRenderMemory(); limit != 0 || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Fatalf("with GOMEMLIMIT set, limit %d and runtime's %d; want none set", limit, debug.SetMemoryLimit(-1))
	}
}
