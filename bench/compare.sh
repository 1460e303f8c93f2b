#!/usr/bin/env bash
# Runs bench/pages.sh at 1,000 stories and at 100,000 (or --big N) one after the other, prints both outputs and
# then the "figures at 100,000 within 20 % of those at 1,000" comparison of issue 8: req/s and p99 of each page,
# uncached render CPU and publish-to-visible. Any other arguments go to both runs (e.g. --seconds 10, --postgres).
# Usage: bench/compare.sh [--big N] [pages.sh arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
BIG=100000
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --big) BIG=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bench/pages.sh --articles 1000 ${args[@]+"${args[@]}"} | tee "$out/small.txt"
echo
bench/pages.sh --articles "$BIG" ${args[@]+"${args[@]}"} | tee "$out/big.txt"

figure() { # $1 file, $2 target, $3 column (2 req/s, 4 p99)
  awk -v t="$2" -v c="$3" '$1 == t && NF >= 6 {print $c; exit}' "$1"
}
render() { sed -n 's/^Uncached article render.*: \([0-9.]*\) ms.*/\1/p' "$1"; }
visible() { sed -n 's/.*in search \([0-9]*\) ms.*/\1/p' "$1"; }
compare() { # $1 label, $2 small, $3 big, $4 "higher" when bigger is better
  awk -v l="$1" -v s="$2" -v b="$3" -v h="$4" 'BEGIN{
    if (s == "" || b == "" || s == 0) { printf "  %-34s %10s %10s %8s  %s\n", l, s, b, "-", "not measured"; exit }
    d = (b - s) / s * 100; ok = (h == "higher") ? (d >= -20) : (d <= 20);
    printf "  %-34s %10s %10s %+7.1f%%  %s\n", l, s, b, d, ok ? "within 20 %" : "NOT within 20 %" }'
}
echo
echo "1,000 vs $(printf "%'d" "$BIG") stories (issue 8: figures at the larger corpus within 20 % of those at 1,000)"
printf '  %-34s %10s %10s %8s\n' figure 1,000 "$(printf "%'d" "$BIG")" change
for t in article home section search feed; do
  compare "$t req/s" "$(figure "$out/small.txt" $t 2)" "$(figure "$out/big.txt" $t 2)" higher
  compare "$t p99 ms" "$(figure "$out/small.txt" $t 4)" "$(figure "$out/big.txt" $t 4)" lower
done
compare "uncached render ms CPU" "$(render "$out/small.txt")" "$(render "$out/big.txt")" lower
compare "publish to visible ms (search)" "$(visible "$out/small.txt")" "$(visible "$out/big.txt")" lower
