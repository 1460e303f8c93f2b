#!/usr/bin/env bash
# Search figures: indexes 100,000 generated stories (as a rebuild does: Markdown rendered, text analysed) and
# prints the time and the index size, then p50/p95 latency of typical reader queries. Runs from the test
# classpath; writes only to a temporary directory. Usage: bench/search.sh [number-of-stories]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test > /dev/null
"$JAVA" -Xmx2g --enable-native-access=ALL-UNNAMED -Djava.io.tmpdir="$work" -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" \
  news.dateline.search.internal.SearchBench "${1:-100000}"
