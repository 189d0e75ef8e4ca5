#!/usr/bin/env bash
# Live-preview benchmark: time from saving a note to the reloaded page in headless Chromium.
#   bench/preview-reload.sh [SOURCE] [NOTE] [N] [EDIT]
# SOURCE defaults to the browser tests' fixture site; `bench/preview-reload.sh . functions/decorators.md 10`
# measures this repository's own knowledge base. EDIT: `body` (default) appends a paragraph to the note (the
# preview updates that page in place); `title` changes the note's title (the pages showing it are updated in
# place); `tag` adds a new tag each time (a new tag page: the preview builds everything); `snippet` appends a
# comment to the note's first snippet, with that snippet's source page open (re-verified, pages updated in place). Needs chromium and chromium-driver (see .ci/run).
# Everything is written under target/bench-preview/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench-preview
mvn -o -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-preview/classpath.txt
exec java -cp "target/classes:$(cat target/bench-preview/classpath.txt)" bench/PreviewReloadBench.java "$@"
