#!/usr/bin/env bash
# Draws the demo newspaper's illustrations once (Java2D, news.dateline.demo.art in the test sources) and writes
# them as JPEG files into src/main/resources/demo/images/ (or the folder given), where the demo loader reads them.
# Only needed after changing a drawing; the output is deterministic. Usage: bench/demo-art.sh [folder]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
./mvnw -q -DskipTests test-compile
"$JAVA_HOME/bin/java" -Djava.awt.headless=true -cp target/test-classes news.dateline.demo.art.MakeDemoArt "$@"
