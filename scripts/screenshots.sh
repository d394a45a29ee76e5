#!/usr/bin/env bash
# Refreshes the screenshots of README and docs/ from today's UI (demo data, Chinese, 1400×900) into docs/screenshots.
# Needs Debian's Chromium (apt-get install chromium fonts-wqy-microhei); commit the pictures that changed.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DocsScreenshotsBrowserIT \
    -Ddocs.screenshots=true
git status --short docs/screenshots
