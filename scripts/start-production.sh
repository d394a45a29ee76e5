#!/usr/bin/env bash
# Starts the application from Spring Boot's extracted layout with a class-data-sharing (CDS) archive: the same
# application as `java -jar`, started faster (docs/operations.md, "Start-up").
#
#   scripts/start-production.sh path/to/ecopark-review.jar [application arguments...]
#
# First run (or a new jar): extracts the jar into $ECOPARK_APP_DIR (default /opt/ecopark/app, next to nothing else),
# then makes one training start that stops once the application context is ready (spring.context.exit=onRefresh)
# and writes the CDS archive of the classes it loaded. The training start needs the database (the context opens it
# and runs Flyway), so it runs with the same environment as the real one. Every later start only uses the archive.
# JAVA_OPTS are passed to both; the application arguments (e.g. --spring.profiles.active=mysql) too.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 path/to/ecopark-review.jar [application arguments...]" >&2
  exit 2
fi
jar=$1
shift
app_dir=${ECOPARK_APP_DIR:-/opt/ecopark/app}
java=${JAVA:-java}
# shellcheck disable=SC2206
java_opts=(${JAVA_OPTS:-})

stamp="$app_dir/.extracted-from"
jar_id="$(sha256sum "$jar" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$jar_id" ]; then
  echo "Extracting $jar into $app_dir"
  rm -rf "$app_dir"
  mkdir -p "$app_dir"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$app_dir/extracted"
  echo "Training run for the class-data-sharing archive (starts the context once and stops)"
  "$java" "${java_opts[@]}" -XX:ArchiveClassesAtExit="$app_dir/application.jsa" -Xlog:cds=error \
    -Dspring.context.exit=onRefresh \
    -jar "$app_dir/extracted/$(basename "$jar")" "$@"
  echo "$jar_id" > "$stamp"
fi

exec "$java" "${java_opts[@]}" -XX:SharedArchiveFile="$app_dir/application.jsa" \
  -jar "$app_dir/extracted/$(basename "$jar")" "$@"
