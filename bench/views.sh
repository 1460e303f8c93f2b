#!/usr/bin/env bash
# View-counter figures: counted views per second through the beacon (every request a new reader: 8 loopback
# addresses per connection x 400 browser user agents, so each one is counted and written), and the added cost per page view (the server CPU a beacon takes, next to the CPU
# of the article page itself). Builds the app and runs it on 127.0.0.1 with a throw-away data directory.
# Usage: bench/views.sh [seconds per run, default 15] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18081}
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-16}
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

./mvnw -q -DskipTests package
"$JAVA" -jar target/dateline-*-SNAPSHOT.jar --server.port="$PORT" --dateline.data-dir="$work/data" \
  --dateline.media.warm-up=false > "$work/app.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
until curl -fs -o /dev/null "$base/"; do sleep 0.5; done
article=/business/container-freight-rates-fall-fourth-week
id=$(curl -fs "$base$article" | grep -o 'data-views-url="/views/[0-9]*"' | grep -o '[0-9]*')
tick=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
total() { curl -fs -X POST -A "curl/bench" "$base/views/$id" | sed -E 's/.*"views":([0-9]+).*/\1/'; }
load() { "$JAVA" -DaddressOffset="${3:-0}" bench/ViewLoad.java "$1" "$base" "$2" "$SECONDS_PER_RUN" "$CONNECTIONS"; }

echo "Warming up (${SECONDS_PER_RUN}s of each kind of request)..."
load page "$article" > /dev/null
load beacon "/views/$id" 1 > /dev/null
sleep 2

before_views=$(total); before_cpu=$(cpu)
read -r n rps p50 p99 bad < <(load beacon "/views/$id")
sleep 2
after_views=$(total); after_cpu=$(cpu)
counted=$((after_views - before_views))
beacon_cpu_us=$(awk -v c=$((after_cpu - before_cpu)) -v t="$tick" -v n="$n" 'BEGIN{printf "%.0f", c / t * 1e6 / n}')
echo
echo "Beacons, every one a new reader ($CONNECTIONS connections, ${SECONDS_PER_RUN}s, SQLite, load generator on the same 2 cores):"
echo "  requests: $n ($rps/s), p50 ${p50} ms, p99 ${p99} ms, non-200: $bad"
echo "  counted and written: $counted views = $(awk -v c="$counted" -v s="$SECONDS_PER_RUN" 'BEGIN{printf "%.0f", c / s}') counted views/s"
echo "  server CPU per beacon: ${beacon_cpu_us} µs"

before_cpu=$(cpu)
read -r n rps p50 p99 bad < <(load page "$article")
after_cpu=$(cpu)
page_cpu_us=$(awk -v c=$((after_cpu - before_cpu)) -v t="$tick" -v n="$n" 'BEGIN{printf "%.0f", c / t * 1e6 / n}')
echo
echo "Article page for comparison (same settings):"
echo "  requests: $n ($rps/s), p50 ${p50} ms, p99 ${p99} ms, non-200: $bad"
echo "  server CPU per page: ${page_cpu_us} µs"
echo
echo "Added cost per page view: one beacon, ${beacon_cpu_us} µs of server CPU ($(awk -v b="$beacon_cpu_us" -v p="$page_cpu_us" 'BEGIN{printf "%.0f", 100 * b / p}')% of the page's own ${page_cpu_us} µs);"
echo "the page itself does no counting work, so a cached page stays exactly as fast."
echo "Resident memory after the runs: $(awk '/VmRSS/{printf "%.0f MB", $2/1024}' "/proc/$pid/status")"
