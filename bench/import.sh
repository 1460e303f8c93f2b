#!/usr/bin/env bash
# Import figures (issue 15). Builds the app; makes a WordPress export of N posts (default 10,000) by repeating the
# posts of the real export in src/test/resources/imports/ with fresh ids and slugs (bench/MakeWxr.java), the same
# media archive; runs the packaged jar's `import wordpress FILE --media TAR` on a throw-away data directory (demo
# off) and prints stories per second and the import process's peak resident memory (VmHWM); then starts the server on
# that data directory and prints the time until the last imported story answers at its old address (301 to its page,
# 200) and until search finds it. Writes only to a temporary directory; stops what it started.
# Usage: bench/import.sh [--posts N]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18093}
POSTS=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --posts) POSTS=$2; shift 2 ;;
    *) echo "usage: bench/import.sh [--posts N]" >&2; exit 2 ;;
  esac
done
SOURCE=src/test/resources/imports/wordpress-wxr.xml
MEDIA=src/test/resources/imports/wordpress-uploads.tar.gz
work=$(mktemp -d)
pid=""
stop() { # stop one process we started, by its PID, and wait for it
  if [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; then kill "$1"; wait "$1" 2>/dev/null || true; fi
}
cleanup() { stop "$pid"; rm -rf "$work"; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
base="http://127.0.0.1:$PORT"
common=(--dateline.data-dir="$work/data" --dateline.demo.enabled=false --dateline.media.warm-up=false)

echo "Dateline import of a $POSTS-post WordPress export, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(loadavg)"
./mvnw -q -DskipTests package
jar=$(ls target/dateline-*-SNAPSHOT.jar | head -1)

# 1. The export: N posts made from the real one's 26, the real uploads archive as it is.
"$JAVA" bench/MakeWxr.java "$SOURCE" "$POSTS" "$work/export.xml" | tee "$work/make.txt"
read -r _ last_path marker < <(grep '^last ' "$work/make.txt")

# 2. The import, by the command line, on an empty data directory. Peak resident memory is the process's VmHWM,
#    read from /proc until it exits (the kernel keeps the high-water mark, so the last reading is the peak).
t0=$(now_ms)
"$JAVA" -jar "$jar" import wordpress "$work/export.xml" --media "$MEDIA" "${common[@]}" > "$work/import.log" 2>&1 &
pid=$!
hwm=0
while kill -0 "$pid" 2>/dev/null; do
  v=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  [ -n "$v" ] && hwm=$v
  sleep 0.2
done
status=0; wait "$pid" || status=$?
pid=""
import_ms=$(( $(now_ms) - t0 ))
echo "--- import command (exit $status), last lines:"
tr '\r' '\n' < "$work/import.log" | grep -v '^\s*$' | tail -15
[ "$status" -le 1 ] || { echo "the import failed"; exit 1; }
# Stories per second counts what was imported (the report's "Imported N stories"), not what the export held.
stories=$(tr '\r' '\n' < "$work/import.log" | grep -o 'Imported [0-9]* stories' | tail -1 | grep -o '[0-9]*' || echo "$POSTS")

# 3. The server on the imported data directory: time from launch to the last story at its old address and in search.
t1=$(now_ms)
"$JAVA" -jar "$jar" --server.port="$PORT" "${common[@]}" > "$work/app.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "$base/"; do
  kill -0 "$pid" 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
  sleep 0.05
done
up_ms=$(( $(now_ms) - t1 ))
site_ms=""; search_ms=""
for _ in $(seq 6000); do # at most 10 minutes
  if [ -z "$site_ms" ] && [ "$(curl -s -L -o "$work/page.html" -w '%{http_code}' "$base$last_path")" = 200 ] \
      && grep -q "$marker" "$work/page.html"; then
    site_ms=$(( $(now_ms) - t1 ))
  fi
  if [ -z "$search_ms" ] && curl -fs "$base/search?q=$marker" > "$work/search.html" \
      && grep -q "$marker" "$work/search.html"; then
    search_ms=$(( $(now_ms) - t1 ))
  fi
  [ -n "$site_ms" ] && [ -n "$search_ms" ] && break
  sleep 0.1
done

echo
echo "=== Import of $POSTS posts (+ the export's 2 pages, 38 images, 4 authors) ==="
awk -v s="$stories" -v n="$POSTS" -v ms="$import_ms" 'BEGIN { printf "import command:           %.1f s (JVM start to exit), %d of %d stories imported, %.1f stories/s\n", ms / 1000, s, n, s / (ms / 1000) }'
awk -v kb="$hwm" 'BEGIN { printf "peak resident memory:     %.0f MB (VmHWM of the import process)\n", kb / 1024 }'
echo "server start to first 200: ${up_ms} ms"
echo "last story at its old address (301, then 200): ${site_ms:-not within 10 min} ms after launch ($last_path)"
echo "last story found by search:                   ${search_ms:-not within 10 min} ms after launch"
echo "load average: $(loadavg)"
