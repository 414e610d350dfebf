#!/usr/bin/env bash
# bench-hugo.sh — compare `fokus build` with Hugo on the same generated Markdown,
# and measure how fokus's build time grows with the number of files.
#
#   scripts/bench-hugo.sh [IDEAS]                 fokus vs hugo, IDEAS ideas (default 10000)
#   scripts/bench-hugo.sh --growth [IDEAS...]     fokus alone at 1000 5000 10000 20000 50000 ideas
#
# Run it from anywhere inside the repository. It installs nothing; it needs go,
# hugo, hyperfine and GNU time (/usr/bin/time). Everything it writes goes to
# $BENCH_DIR (default: a new folder under /tmp); corpora already generated there
# are reused, so set BENCH_DIR to run again without regenerating them.
#
# The corpus (generator/internal/corpus, seed 1) has IDEAS ideas, IDEAS/10
# objectives and 8 teams, ~3 KB of Markdown each, with TOML front matter
# between +++ lines, which Hugo reads too. The Hugo site is the same content/
# folder (a symlink) and a bare theme of two templates: single.html (title and
# .Content) and list.html (title, .Content and a link per page). Taxonomies,
# RSS, sitemap, robots.txt and 404 are disabled so Hugo does no more than
# convert the files and write one page each plus the section lists.
set -euo pipefail

RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
NOW=2026-11-26

missing=()
command -v go >/dev/null || missing+=(golang-go)
command -v hugo >/dev/null || missing+=(hugo)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
	echo "bench-hugo.sh: missing ${missing[*]}; install with: apt-get install ${missing[*]}" >&2
	exit 2
fi

usage() {
	sed -n '4,5p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

mode=compare
if [[ ${1:-} == --growth ]]; then
	mode=growth
	shift
	sizes=("$@")
	((${#sizes[@]})) || sizes=(1000 5000 10000 20000 50000)
else
	[[ $# -le 1 ]] || usage
	sizes=("${1:-10000}")
fi
for n in "${sizes[@]}"; do
	[[ $n =~ ^[1-9][0-9]*$ ]] || usage
done

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/fokus-bench.XXXXXX)}
mkdir -p "$BENCH_DIR"
echo "# work folder: $BENCH_DIR" >&2

fokus=$BENCH_DIR/fokus
(cd "$repo" && go build -o "$fokus" ./cmd/fokus)
rev=$(git -C "$repo" rev-parse --short HEAD)
git -C "$repo" diff --quiet HEAD -- . 2>/dev/null || rev="$rev+dirty"

# The figures mean little on a busy machine; say how busy it was.
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

# corpus N → prints the folder of the corpus with N ideas, generating it once.
corpus() {
	local dir=$BENCH_DIR/corpus-$1
	if [[ ! -f $dir/.complete ]]; then
		rm -rf "$dir"
		(cd "$repo" && go run ./generator/internal/corpus/cmd/gencorpus -ideas "$1" -out "$dir") >&2
		touch "$dir/.complete"
	fi
	echo "$dir"
}

# files DIR → number of Markdown files below DIR/content.
files() { find "$1/content" -name '*.md' | wc -l; }

# megabytes DIR → size of the Markdown below DIR/content, in MB.
megabytes() { find "$1/content" -name '*.md' -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}'; }

# rss CMD... → peak resident set size of one run of CMD, in MB.
rss() {
	local log=$BENCH_DIR/time.log
	/usr/bin/time -v -o "$log" "$@" >/dev/null 2>&1 || { echo "bench-hugo.sh: failed: $*" >&2; cat "$log" >&2; exit 1; }
	awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log"
}

# field CSV NAME COLUMN → a column (mean, stddev, median, min, max) of a hyperfine CSV row.
field() {
	awk -F, -v name="$2" -v col="$3" '
		NR == 1 { for (i = 1; i <= NF; i++) idx[$i] = i; next }
		$1 == name { printf "%.3f", $idx[col] }' "$1"
}

hugosite() {
	local site=$BENCH_DIR/hugo-$1 src=$2
	rm -rf "$site"
	mkdir -p "$site/layouts/_default"
	ln -s "$src/content" "$site/content"
	cat >"$site/config.toml" <<-'EOF'
		baseURL = "https://fokus.example/"
		title = "Fokus · Benchmark AG"
		disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
		[taxonomies]
	EOF
	cat >"$site/layouts/_default/single.html" <<-'EOF'
		<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
		<body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>
	EOF
	cat >"$site/layouts/_default/list.html" <<-'EOF'
		<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
		<body><h1>{{ .Title }}</h1>{{ .Content }}
		<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
	EOF
	echo "$site"
}

# Every figure comes in two ways of building, both tools measured one after
# the other in one hyperfine call:
#   fresh   the output (and fokus's kept previous output) deleted before every
#           run, as on a clean checkout in CI;
#   repeat  the output of the run before left in place, as when someone builds
#           again: Hugo overwrites its files, fokus writes into the output of
#           the build before the last, which it keeps beside the destination.
compare() {
	local n=$1 src site out
	src=$(corpus "$n")
	site=$(hugosite "$n" "$src")
	out=$BENCH_DIR/out
	local fokus_cmd="$fokus build --source $src --destination $out/fokus --now $NOW"
	local hugo_cmd="hugo --quiet --source $site --destination $out/hugo"
	local fokus_clean="rm -rf $out/fokus $out/.fokus.fokus-prev"
	# One checked run each, so that hyperfine never times a failing build.
	rm -rf "$out"
	$fokus_cmd >&2
	hugo --source "$site" --destination "$out/hugo" >&2
	echo "# fokus wrote $(find "$out/fokus" -type f | wc -l) files, hugo $(find "$out/hugo" -type f | wc -l)" >&2
	hyperfine --warmup "$WARMUP" --runs "$RUNS" --export-csv "$BENCH_DIR/fresh-$n.csv" \
		-n fokus --prepare "$fokus_clean" "$fokus_cmd" \
		-n hugo --prepare "rm -rf $out/hugo" "$hugo_cmd" >&2
	hyperfine --warmup "$WARMUP" --runs "$RUNS" --export-csv "$BENCH_DIR/repeat-$n.csv" \
		-n fokus "$fokus_cmd" -n hugo "$hugo_cmd" >&2
	rm -rf "$out"
	local rf rh
	rf=$(rss $fokus_cmd)
	rm -rf "$out"
	rh=$(rss $hugo_cmd)
	rm -rf "$out"
	echo
	echo "fokus $rev vs $(hugo version | awk '{print $1, $2}') on $n ideas ($(files "$src") files, $(megabytes "$src") MB), $(nproc) cores, $(date -u +%F), load average before: $load"
	echo
	echo "| build | tool | wall mean ± sd (s) | min–max (s) | user + sys (s) | peak RSS (MB) |"
	echo "|---|---|---|---|---|---|"
	local mode tool r
	for mode in fresh repeat; do
		for tool in fokus hugo; do
			r=$rf
			[[ $tool == hugo ]] && r=$rh
			[[ $mode == repeat ]] && r="–"
			local csv=$BENCH_DIR/$mode-$n.csv
			echo "| $mode | $tool | $(field "$csv" $tool mean) ± $(field "$csv" $tool stddev) | $(field "$csv" $tool min)–$(field "$csv" $tool max) | $(field "$csv" $tool user) + $(field "$csv" $tool system) | $r |"
		done
	done
	echo
	for mode in fresh repeat; do
		local csv=$BENCH_DIR/$mode-$n.csv
		awk -v m=$mode -v f="$(field "$csv" fokus mean)" -v h="$(field "$csv" hugo mean)" \
			'BEGIN {printf "%s: fokus/hugo wall %.2f×\n", m, f / h}'
	done
	awk -v rf="$rf" -v rh="$rh" 'BEGIN {printf "peak RSS (one fresh run each under /usr/bin/time -v): fokus/hugo %.2f×\n", rf / rh}'
	echo "(hyperfine --warmup $WARMUP --runs $RUNS)"
}

growth() {
	local rows=() n src csv
	for n in "$@"; do
		src=$(corpus "$n")
		csv=$BENCH_DIR/growth-$n.csv
		local out=$BENCH_DIR/out-$n
		local cmd="$fokus build --source $src --destination $out --now $NOW"
		rm -rf "$out" "$BENCH_DIR/.out-$n.fokus-prev"
		$cmd >&2
		# Repeat builds (see compare): the warm-up leaves the outputs in place.
		hyperfine --warmup "$((WARMUP + 1))" --runs "$RUNS" --export-csv "$csv" -n fokus "$cmd" >&2
		rm -rf "$out" "$BENCH_DIR/.out-$n.fokus-prev"
		local r
		r=$(rss $cmd)
		rm -rf "$out" "$BENCH_DIR/.out-$n.fokus-prev"
		local cpu
		cpu=$(awk -v u="$(field "$csv" fokus user)" -v s="$(field "$csv" fokus system)" 'BEGIN {printf "%.3f", u + s}')
		rows+=("$n $(files "$src") $(megabytes "$src") $(field "$csv" fokus mean) $(field "$csv" fokus stddev) $r $cpu")
		# Each row as soon as it is measured, so that a stopped run keeps it.
		echo "# row: ideas files MB wall-mean wall-sd rss-MB cpu-s: ${rows[-1]}" >&2
	done
	echo
	echo "fokus $rev build time by corpus size, $(nproc) cores, $(date -u +%F), load average before: $load (repeat builds, hyperfine --warmup $((WARMUP + 1)) --runs $RUNS; RSS: one fresh run under /usr/bin/time -v)"
	echo
	# Linear growth means a constant marginal cost: the time each 1,000 files
	# add over the row before should stay about the same. CPU time (user +
	# system) is given too: on a busy machine it varies far less than wall time.
	echo "| ideas | files | Markdown (MB) | wall mean ± sd (s) | wall ms per 1,000 files | marginal wall ms per 1,000 files | CPU user+sys (s) | marginal CPU ms per 1,000 files | peak RSS (MB) |"
	echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	printf '%s\n' "${rows[@]}" | awk '{
		mw = NR == 1 ? "–" : sprintf("%.0f", ($4 - t) * 1e6 / ($2 - f))
		mc = NR == 1 ? "–" : sprintf("%.0f", ($7 - c) * 1e6 / ($2 - f))
		printf "| %d | %d | %s | %s ± %s | %.0f | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $4 * 1e6 / $2, mw, $7, mc, $6
		t = $4; f = $2; c = $7
	}'
}

if [[ $mode == growth ]]; then
	growth "${sizes[@]}"
else
	compare "${sizes[0]}"
fi
