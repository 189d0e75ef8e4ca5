#!/usr/bin/env bash
# Live-preview benchmark: time from saving a note to the reloaded page in headless Chromium.
#   bench/preview-reload.sh [SOURCE] [NOTE] [N]
# SOURCE defaults to the browser tests' fixture site; `bench/preview-reload.sh . threads/thread-local.md 10`
# measures this repository's own knowledge base. Needs chromium and chromium-driver (see .ci/run).
# Everything is written under target/bench-preview/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench-preview
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-preview/classpath.txt
exec java -cp "target/classes:$(cat target/bench-preview/classpath.txt)" bench/PreviewReloadBench.java "$@"
