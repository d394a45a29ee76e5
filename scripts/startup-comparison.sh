#!/usr/bin/env bash
# Start-up time of the production jar three ways, in turn, on the same machine and database:
#   plain     java -jar ecopark-review.jar                      (the fat jar, as `java -jar` runs it)
#   extracted java -jar extracted/ecopark-review.jar            (Spring Boot's extracted layout)
#   cds       java -XX:SharedArchiveFile=… -jar extracted/…     (what scripts/start-production.sh runs)
# each timed from the JVM's launch until /login answers 200, then stopped. Prints every start, the medians and
# each variant's ratio to the plain jar's (docs/operations.md, "Start-up").
#
#   scripts/startup-comparison.sh [rounds] [path/to/production.jar]
#
# Without a jar it builds one (`./mvnw -Pproduction -DskipTests package`). The application runs on an embedded H2
# database under target/startup-comparison (demo data, made by one warm-up start that is not counted), port 8107.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
jar=${2:-}
port=${STARTUP_PORT:-8107}
work=target/startup-comparison
if [ -z "$jar" ]; then
  ./mvnw -B -q -Pproduction -DskipTests package
  jar=$(ls target/ecopark-review-*.jar | grep -v original | head -1)
fi
jar=$(realpath "$jar")
rm -rf "$work"
mkdir -p "$work"
work=$(realpath "$work")
name=$(basename "$jar")
args=(--server.port="$port"
  "--spring.datasource.url=jdbc:h2:file:$work/db/ecopark;MODE=MySQL;NON_KEYWORDS=VALUE,YEAR;WRITE_DELAY=0")

java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null

# One start: runs the command until /login answers, prints the milliseconds, stops the JVM.
time_start() {
  local log=$1
  shift
  local t0
  t0=$(date +%s%N)
  "$@" "${args[@]}" >"$log" 2>&1 &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" 2>/dev/null)" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the application stopped before answering; see $log" >&2
      exit 1
    fi
    sleep 0.1
  done
  local t1
  t1=$(date +%s%N)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo $(((t1 - t0) / 1000000))
}

echo "warm-up start (database and demo data; not counted): $(time_start "$work/warmup.log" java -jar "$jar") ms"
echo "training start for the CDS archive (not counted)"
java -XX:ArchiveClassesAtExit="$work/application.jsa" -Xlog:cds=error -Dspring.context.exit=onRefresh \
  -jar "$work/extracted/$name" "${args[@]}" >"$work/training.log" 2>&1

declare -A times=([plain]="" [extracted]="" [cds]="")
for round in $(seq 1 "$rounds"); do
  p=$(time_start "$work/plain.log" java -jar "$jar")
  e=$(time_start "$work/extracted.log" java -jar "$work/extracted/$name")
  c=$(time_start "$work/cds.log" java -XX:SharedArchiveFile="$work/application.jsa" -jar "$work/extracted/$name")
  times[plain]+="$p "
  times[extracted]+="$e "
  times[cds]+="$c "
  echo "round $round: plain $p ms, extracted $e ms, cds $c ms (load $(cut -d' ' -f1 /proc/loadavg))"
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
plain=$(echo "${times[plain]}" | median)
extracted=$(echo "${times[extracted]}" | median)
cds=$(echo "${times[cds]}" | median)
echo "median of $rounds: plain $plain ms; extracted $extracted ms ($(awk "BEGIN {printf \"%.2f\", $extracted/$plain}")×);" \
  "cds $cds ms ($(awk "BEGIN {printf \"%.2f\", $cds/$plain}")×)"
