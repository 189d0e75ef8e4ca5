#!/usr/bin/env bash
# Site builder benchmark: Notebake vs plain JBake 2.7 on 1,000 and 2,000 synthetic notes, same JVM.
# Usage: bench/site/run.sh [notebake-only]   (writes only under bench/work/, which git ignores)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/work/site-classes
mkdir -p "$out"
# the classpath goes through a file: on a terminal, Maven puts a colour code before anything it prints
mvn -q -o -B compile dependency:build-classpath -Dmdep.outputFile=bench/work/classpath.txt
cp=$(cat bench/work/classpath.txt)
javac -d "$out" -cp "target/classes:$cp" bench/site/SiteBench.java
java -Xmx1g -cp "$out:target/classes:$cp" SiteBench bench/work/site "$@"
