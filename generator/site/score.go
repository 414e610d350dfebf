package site

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"fokus/generator/content"
	"fokus/generator/diag"
)

// Score is an idea's computed score, with everything needed to show how it came about.
type Score struct {
	Model   string
	Value   float64
	Inputs  []Input
	Formula string // with input names: "(value + time_criticality + risk_reduction) / job_size"
	// X and Y place the idea on the priority matrix: effort against benefit.
	X, Y float64
	// Size is what the idea costs a team (job_size or effort); 0 when the model has none.
	Size float64
	// Decimals is how many decimals the pages write the score with where
	// two would show it as the score of a ranked idea next to it that
	// differs: 26/21 and 21/17 read 1.238 and 1.235, not 1.24 twice, the
	// newer idea first, against "the older first on equal scores" (QA).
	// 0 otherwise: a number as the pages write any.
	Decimals int
}

// maxDecimals is the most decimals a score is written with to read apart
// from its neighbours'; scores keep twelve significant digits (tidy).
const maxDecimals = 6

// spellApart sets each ranked score's Decimals for its neighbours in the
// ranking, and clears those of the scores ranked no more.
func (s *Site) spellApart() {
	for _, idea := range s.Ideas {
		if idea.Score != nil {
			idea.Score.Decimals = 0
		}
	}
	for n, idea := range s.Ranked {
		v, d := idea.Score.Value, 2
		for _, m := range []int{n - 1, n + 1} {
			if m < 0 || m >= len(s.Ranked) {
				continue
			}
			for w := s.Ranked[m].Score.Value; w != v && d < maxDecimals && Round(w, d) == Round(v, d); {
				d++
			}
		}
		if d > 2 {
			idea.Score.Decimals = d
		}
	}
}

// Input is one named input of a score.
type Input struct {
	Name  string
	Value float64
}

// model describes one scoring model: its inputs with their ranges and its formula.
type model struct {
	name    string
	inputs  []inputSpec
	formula string
	compute func(in map[string]float64) (value, x, y, size float64)
	worked  string // the formula with a %s for each input, in the order of inputs
}

type inputSpec struct {
	name     string
	min, max float64 // max 0: unbounded
	positive bool    // must be > min (a divisor)
	rule     string  // how the range reads in an error message
}

var models = map[string]model{
	"wsjf": {
		name: "wsjf",
		inputs: []inputSpec{
			{name: "value", rule: ">= 0"},
			{name: "time_criticality", rule: ">= 0"},
			{name: "risk_reduction", rule: ">= 0"},
			{name: "job_size", positive: true, rule: "> 0 (it divides the score)"},
		},
		formula: "(value + time_criticality + risk_reduction) / job_size",
		compute: func(in map[string]float64) (float64, float64, float64, float64) {
			cod := in["value"] + in["time_criticality"] + in["risk_reduction"]
			return cod / in["job_size"], in["job_size"], cod, in["job_size"]
		},
		worked: "(%s + %s + %s) / %s",
	},
	"rice": {
		name: "rice",
		inputs: []inputSpec{
			{name: "reach", rule: ">= 0"},
			{name: "impact", rule: ">= 0"},
			{name: "confidence", max: 100, rule: "between 0 and 100 (percent)"},
			{name: "effort", positive: true, rule: "> 0 (it divides the score)"},
		},
		formula: "reach × impact × confidence/100 / effort",
		compute: func(in map[string]float64) (float64, float64, float64, float64) {
			// The matrix's benefit is what the score divides by effort:
			// with reach × impact alone, an idea of 0 % confidence, ranked
			// last, sat among the quick wins (QA).
			benefit := in["reach"] * in["impact"] * in["confidence"] / 100
			return benefit / in["effort"], in["effort"], benefit, in["effort"]
		},
		worked: "%s × %s × %s/100 / %s",
	},
	"ice": {
		name: "ice",
		inputs: []inputSpec{
			{name: "impact", min: 1, max: 10, rule: "between 1 and 10"},
			{name: "confidence", min: 1, max: 10, rule: "between 1 and 10"},
			{name: "ease", min: 1, max: 10, rule: "between 1 and 10"},
		},
		formula: "impact × confidence × ease",
		compute: func(in map[string]float64) (float64, float64, float64, float64) {
			return in["impact"] * in["confidence"] * in["ease"], in["ease"], in["impact"] * in["confidence"], 0
		},
		worked: "%s × %s × %s",
	},
}

// Inputs returns the names of a scoring model's inputs, in formula order.
func Inputs(modelName string) []string { return models[modelName].names() }

// InputHint returns what a new idea's file suggests for an input of a
// model: a valid value and the input's range, as "50" and "between 0 and
// 100 (percent)". A percentage gets 50, not 1, which would read as 1 %.
func InputHint(modelName, input string) (example, rule string) {
	for _, in := range models[modelName].inputs {
		if in.name == input {
			v := math.Max(in.min, 1)
			if in.max == 100 {
				v = 50
			}
			return num(v), in.rule
		}
	}
	return "", ""
}

// Worked is the formula with the idea's numbers: "(8 + 5 + 3) / 5". It is
// written when a page asks for it, not for every idea of every model build.
func (s *Score) Worked() string { return s.WorkedWith(num) }

// WorkedWith is Worked with numbers formatted by num, for a page in a
// language that writes 0,5 rather than 0.5.
func (s *Score) WorkedWith(num func(float64) string) string {
	args := make([]any, len(s.Inputs))
	for i, in := range s.Inputs {
		args[i] = num(in.Value)
	}
	return fmt.Sprintf(models[s.Model].worked, args...)
}

// Formula returns the formula of a scoring model, for pages that explain it.
func Formula(modelName string) string { return models[modelName].formula }

// names returns the model's input names, in formula order.
func (m model) names() []string {
	names := make([]string, len(m.inputs))
	for i, in := range m.inputs {
		names[i] = in.name
	}
	return names
}

// modelOf returns which model an input name belongs to, if any other than m.
func modelOf(input string, except string) string {
	for _, name := range []string{"wsjf", "rice", "ice"} {
		if name == except {
			continue
		}
		for _, in := range models[name].inputs {
			if in.name == input {
				return name
			}
		}
	}
	return ""
}

// inputWords are other names of a model's inputs, as SAFe, the RICE and ICE
// write-ups and people say them, in small letters; result are names of a
// score (the model's own among them) or of a part that fokus computes
// (cost of delay), not an input.
var (
	inputWords = map[string]map[string]string{
		"wsjf": {
			"business_value": "value", "user_business_value": "value", "bv": "value", "ubv": "value",
			"timecriticality": "time_criticality", "tc": "time_criticality", "urgency": "time_criticality",
			"riskreduction": "risk_reduction", "rr": "risk_reduction", "rroe": "risk_reduction", "opportunity_enablement": "risk_reduction",
			"jobsize": "job_size", "size": "job_size", "js": "job_size", "duration": "job_size",
			// As a German sheet names them (QA: told only the inputs, and
			// that each of them is missing besides).
			"nutzen": "value", "wert": "value", "geschaeftswert": "value", "kundennutzen": "value",
			"dringlichkeit": "time_criticality", "zeitkritikalitaet": "time_criticality", "zeitkritisch": "time_criticality",
			"risiko": "risk_reduction", "risikoreduktion": "risk_reduction", "risk": "risk_reduction",
			"aufwand": "job_size", "groesse": "job_size", "jobgroesse": "job_size", "umfang": "job_size",
		},
		"rice": {"users": "reach", "cost": "effort", "size": "effort",
			"reichweite": "reach", "wirkung": "impact", "auswirkung": "impact", "zuversicht": "confidence", "konfidenz": "confidence", "sicherheit": "confidence", "aufwand": "effort"},
		"ice": {"easy": "ease", "wirkung": "impact", "auswirkung": "impact", "zuversicht": "confidence", "konfidenz": "confidence", "sicherheit": "confidence",
			"einfachheit": "ease", "leichtigkeit": "ease", "umsetzbarkeit": "ease"},
	}
	result = map[string]bool{"score": true, "total": true, "priority": true, "cost_of_delay": true, "cod": true, "wsjf": true, "rice": true, "ice": true}
)

// unknownInputs returns the keys of in that are not in names, sorted. A valid
// score, the common case, costs no allocation here.
func unknownInputs(in map[string]float64, names []string) []string {
	var keys []string
	for k := range in {
		if !slices.Contains(names, k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// score validates an idea's [score] inputs against the model and computes it.
func score(idea *content.Idea, modelName string, diags *diag.List) *Score {
	if idea.Score == nil || modelName == "" {
		return nil // no [score], or no valid model to check it against (fokus.toml says why)
	}
	m := models[modelName]
	if len(idea.Score) == 0 {
		p := idea.At("score")
		diags.Errorf(idea.Path, p.Line, p.Col, "[score] has no inputs; %s needs %s, or remove the table while the idea is not assessed",
			modelName, strings.Join(m.names(), ", "))
		return nil
	}
	names := m.names()
	ok := true
	covered := map[string]bool{} // inputs that an unknown input's error names already
	for _, k := range unknownInputs(idea.Score, names) {
		ok = false
		p := idea.At("score." + k + "#key")
		if other := modelOf(k, modelName); other != "" {
			diags.Errorf(idea.Path, p.Line, p.Col, "score.%s is an input of %s, but this site scores with %s (%s); use %s",
				k, other, modelName, m.formula, strings.Join(names, ", "))
		} else if s, found := inputWords[modelName][strings.ToLower(k)]; found {
			covered[s] = true
			diags.Errorf(idea.Path, p.Line, p.Col, "unknown score input %q; %s calls it %q", k, modelName, s)
		} else if word := strings.ToLower(k); result[word] {
			// The score itself, or a part of it, as the meeting named it:
			// what fokus computes from the inputs (QA: wsjf = 3 got five
			// errors, and none said so).
			of := names
			if (word == "cost_of_delay" || word == "cod") && modelName == "wsjf" {
				of = names[:3]
			}
			for _, n := range of {
				covered[n] = true
			}
			diags.Errorf(idea.Path, p.Line, p.Col, "score.%s is computed by fokus (%s); write the inputs %s instead", k, m.formula, strings.Join(of, ", "))
		} else if s := content.Suggest(k, names); s != "" {
			covered[s] = true
			diags.Errorf(idea.Path, p.Line, p.Col, "unknown score input %q; did you mean %q?", k, s)
		} else {
			diags.Errorf(idea.Path, p.Line, p.Col, "unknown score input %q; %s uses %s", k, modelName, strings.Join(names, ", "))
		}
	}
	// The inputs not written yet are one error at [score]: a table begun
	// with one input got an error for each of the others, all at the
	// same place and in the same words (QA).
	var missing []string
	for _, in := range m.inputs {
		v, present := idea.Score[in.name]
		if math.IsNaN(v) {
			ok = false // a wrong type, already reported where it was decoded
			continue
		}
		if !present {
			ok = false
			if !covered[in.name] { // else the unknown input's error says to write it
				missing = append(missing, "score."+in.name)
			}
			continue
		}
		bad := v < in.min || (in.max > 0 && v > in.max) || (in.positive && v <= in.min)
		if bad {
			ok = false
			p := idea.At("score." + in.name)
			diags.Errorf(idea.Path, p.Line, p.Col, "score.%s must be %s, not %s%s", in.name, in.rule, num(v), onScale(in, v))
		}
	}
	if len(missing) > 0 {
		p := idea.At("score")
		diags.Errorf(idea.Path, p.Line, p.Col, "missing %s: %s needs %s", joinAnd(missing), modelName, strings.Join(names, ", "))
	}
	if !ok {
		return nil
	}
	s := &Score{Model: modelName, Formula: m.formula, Inputs: make([]Input, 0, len(m.inputs))}
	s.Value, s.X, s.Y, s.Size = m.compute(idea.Score)
	// A score beyond maxScore is no priority anyone means: a job size of
	// 1e-300 made one of 1e300, with 300 zeros in its worked formula (QA).
	if math.IsInf(s.Value, 0) || math.IsNaN(s.Value) || math.IsInf(s.Y, 0) || math.Abs(s.Value) > maxScore {
		p := idea.At("score")
		msg := "the score's inputs are too large to compute"
		for _, in := range m.inputs {
			if v := idea.Score[in.name]; in.positive && v < 1e-9 {
				msg = fmt.Sprintf("score.%s = %s is too close to 0 to divide by", in.name, strconv.FormatFloat(v, 'g', -1, 64))
				p = idea.At("score." + in.name)
			}
		}
		diags.Errorf(idea.Path, p.Line, p.Col, "%s (%s)", msg, m.formula)
		return nil
	}
	s.Value, s.Y = tidy(s.Value), tidy(s.Y)
	for _, in := range m.inputs {
		s.Inputs = append(s.Inputs, Input{Name: in.name, Value: idea.Score[in.name]})
		// A percentage written as a fraction, as key results write their
		// confidence: 0.8 would count as 0.8 % (QA). 1 may mean 1 %.
		if v := idea.Score[in.name]; in.max == 100 && v > 0 && v < 1 {
			p := idea.At("score." + in.name)
			diags.Warnf(idea.Path, p.Line, p.Col, "score.%s is a percentage: %s counts as %s%%; write %s for %s%%",
				in.name, num(v), num(v), num(v*100), num(v*100))
		}
	}
	return s
}

// onScale is what to add to the error of an input v out of a rating's
// range of 1 to 10 (ICE's) that is written on another scale: as a fraction
// of 1 (0.8), as RICE's confidence and a key result's are, or as a
// percentage (80), and 0, which is below the least. 11 to 19 are more
// likely a slip than a percentage, and are told the range alone.
func onScale(in inputSpec, v float64) string {
	if in.min != 1 || in.max != 10 {
		return ""
	}
	switch {
	case v >= 0 && v*10 < 1:
		return fmt.Sprintf("; ICE rates from 1, the least: write %s = 1", in.name)
	case v > 0 && v < 1:
		return fmt.Sprintf("; as a fraction of 1 it is %s on ICE's scale: write %s = %s", num(v*10), in.name, num(v*10))
	case v >= 20 && v <= 100:
		return fmt.Sprintf("; as a percentage it is %s on ICE's scale: write %s = %s", num(v/10), in.name, num(v/10))
	}
	return ""
}

// tidy rounds off the last digits of float arithmetic: 0.1 + 0.2 is
// 0.30000000000000004, which outranked an older idea's 0.3 (a tie, by the
// numbers on the page) and showed in index.json (QA). Twelve significant
// digits are more than any page shows or anyone scores with.
// maxScore is the largest score fokus computes: far beyond any real one,
// and below 2^53, the largest integer a script reading index.json holds.
const maxScore = 1e15

func tidy(f float64) float64 {
	v, err := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 12, 64), 64)
	if err != nil {
		return f
	}
	return v
}

// num formats a number without trailing zeros: 5, 2.5, 0.333.
func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

var pow10 = [...]float64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}

// Round rounds f to the given number of decimals, a half away from zero,
// as people and spreadsheets round a number as it is written: 0.145 is
// 0.15 and 1.005 is 1.01. math.Round(f*100)/100 gives 0.14 and 1, since
// neither has an exact binary value (QA: a WSJF of 0.145 was shown as
// 0.14, a progress of 57/200 as 28 %). The number is first taken to 15
// significant digits, which is where a spreadsheet stops too.
func Round(f float64, decimals int) float64 {
	if f == math.Trunc(f) || math.IsNaN(f) { // whole numbers (most), ±Inf
		return f
	}
	// Only a number next to a half can round otherwise than its binary
	// value does; any other is rounded the quick way (pages round some
	// 100,000 numbers per build).
	if decimals >= 0 && decimals < len(pow10) {
		p := pow10[decimals]
		x := math.Abs(f) * p
		if _, frac := math.Modf(x); math.Abs(frac-0.5) > 1e-9*(1+x) {
			return math.Round(f*p) / p
		}
	}
	// d.dddddddddddddde±x: the 15 significant digits and the exponent.
	s := strconv.FormatFloat(math.Abs(f), 'e', 14, 64)
	mantissa, exp, _ := strings.Cut(s, "e")
	digits := []byte(strings.Replace(mantissa, ".", "", 1))
	e, _ := strconv.Atoi(exp)
	keep := e + 1 + decimals // digits before the one that decides
	if keep >= len(digits) {
		// Beyond 15 digits there is no written number to go by (review:
		// 1e13/3 kept all its decimals).
		if decimals >= 0 && decimals < len(pow10) {
			return math.Round(f*pow10[decimals]) / pow10[decimals]
		}
		return f
	}
	if keep < 0 {
		return math.Copysign(0, f)
	}
	up := digits[keep] >= '5'
	digits = digits[:keep]
	if up {
		i := len(digits) - 1
		for ; i >= 0 && digits[i] == '9'; i-- {
			digits[i] = '0'
		}
		if i >= 0 {
			digits[i]++
		} else {
			digits = append([]byte{'1'}, digits...)
		}
	}
	if len(digits) == 0 {
		return math.Copysign(0, f)
	}
	v, _ := strconv.ParseFloat(string(digits)+"e"+strconv.Itoa(-decimals), 64)
	return math.Copysign(v, f)
}
