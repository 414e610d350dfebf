package site

import (
	"math"
	"math/big"
	"strconv"
	"testing"
)

// Numbers are rounded as they are written, a half away from zero, not as
// their binary values happen to fall (QA: 0.145 was shown as 0.14).
func TestRoundHalvesAwayFromZeroAsWritten(t *testing.T) {
	for _, c := range []struct {
		f        float64
		decimals int
		want     float64
	}{
		{0.145, 2, 0.15},
		{1.005, 2, 1.01},
		{8.345, 2, 8.35},
		{10.7 / 4, 2, 2.68},
		{57.0 / 200 * 100, 0, 29},
		{145.0 / 1000 * 100, 0, 15},
		{0.565 * 100, 0, 57},
		{0.125 * 100, 0, 13},
		{-0.145, 2, -0.15},
		{0.1 + 0.2, 2, 0.3},
		{2.0 / 3, 2, 0.67},
		{0.994, 2, 0.99},
		{0.995, 2, 1},
		{9.995, 2, 10},
		{99.5, 0, 100},
		{0.004, 2, 0},
		{0.005, 2, 0.01},
		{0.0004, 2, 0},
		{1234567.125, 2, 1234567.13},
		{5, 2, 5},
		{0, 2, 0},
		{1e15, 2, 1e15},
		{1e-9, 2, 0},
		{1e13 / 3, 2, 3333333333333.33},
		{2.5e13 + 0.125, 2, 2.5e13 + 0.13},
	} {
		if got := Round(c.f, c.decimals); got != c.want {
			t.Errorf("Round(%v, %d) = %v, want %v", c.f, c.decimals, got, c.want)
		}
	}
	if got := Round(-0.001, 2); got != 0 || !math.Signbit(got) {
		t.Errorf("Round(-0.001, 2) = %v, want -0", got)
	}
	if got := Round(math.Inf(1), 2); !math.IsInf(got, 1) {
		t.Errorf("Round(+Inf) = %v", got)
	}
}

// Round agrees with rounding the number as written, by exact arithmetic,
// for numbers of up to four decimals, halves included.
func TestRoundAgreesWithExactDecimalRounding(t *testing.T) {
	for n := -30000; n <= 30000; n += 7 {
		written := strconv.FormatFloat(float64(n)/10000, 'f', -1, 64) // as someone wrote it
		f, _ := strconv.ParseFloat(written, 64)
		exact, _ := new(big.Rat).SetString(written)
		exact.Mul(exact, big.NewRat(100, 1))
		// half away from zero: floor(|x| + 1/2), with x's sign
		abs := new(big.Rat).Abs(exact)
		abs.Add(abs, big.NewRat(1, 2))
		q := new(big.Int).Quo(abs.Num(), abs.Denom())
		if exact.Sign() < 0 {
			q.Neg(q)
		}
		want, _ := new(big.Rat).SetFrac(q, big.NewInt(100)).Float64()
		if got := Round(f, 2); got != want && !(got == 0 && want == 0) {
			t.Fatalf("Round(%s, 2) = %v, want %v", written, got, want)
		}
	}
}
