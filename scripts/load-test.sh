#!/usr/bin/env bash
# Mixed load on the application on MariaDB (docs/development.md, "Load and memory"): staff, reviewers and managers in
# Chromium, anonymous readers and API clients over HTTP; prints p50/p95/p99, throughput and errors per kind and the
# server heap per Vaadin session. Needs MariaDB on 127.0.0.1:3306 (root, empty password) and /usr/bin/chromium.
# The database named by db= (default ecopark_load_run) is dropped and created anew.
#   scripts/load-test.sh                      # 5 minutes, 4 staff, 2 reviewers, 2 managers, 8 + 8 requests/s
#   scripts/load-test.sh seconds=60 staff=2   # a short smoke run
#   scripts/load-test.sh production=true      # Vaadin in production mode: the production profile's build
# production=true builds with the production profile into target/ and cleans target/ afterwards, so that the next
# development build does not find the production bundle there; the results are then kept in a temporary directory
# it names.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ " $* " == *" production=true "* ]]; then
  keep=$(mktemp -d)
  trap 'cp -r target/load-test "$keep"/ 2>/dev/null || true; ./mvnw -B -q clean; echo "Results kept in $keep/load-test"' EXIT
  ./mvnw -B -q clean
  ./mvnw -B -q -Pproduction,bench -DskipTests -Dspring-boot.repackage.skip=true package exec:exec \
    -Dbench.main=ecopark.load.LoadTest -Djmh.args="$*"
else
  ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=ecopark.load.LoadTest -Djmh.args="$*"
fi
