#!/usr/bin/env bash
# Mixed load on the application on MariaDB (docs/development.md, "Load and memory"): staff, reviewers and managers in
# Chromium, anonymous readers and API clients over HTTP; prints p50/p95/p99, throughput and errors per kind and the
# server heap per Vaadin session. Needs MariaDB on 127.0.0.1:3306 (root, empty password) and /usr/bin/chromium.
# The database named by db= (default ecopark_load_run) is dropped and created anew.
#   scripts/load-test.sh                      # 5 minutes, 4 staff, 2 reviewers, 2 managers, 8 + 8 requests/s
#   scripts/load-test.sh seconds=60 staff=2   # a short smoke run
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=ecopark.load.LoadTest -Djmh.args="$*"
