#!/usr/bin/env bash
# Search benchmark: a synthetic England-wide directory of SERVICES services, then HTTP search
# latency and throughput on loopback, the Lucene time of the same searches, resident memory and
# cold start. Not a test: it asserts nothing and prints figures (also saved under bench/results/).
#
#   bench/search/run.sh                 # 100,000 services, 8 clients, 30 s
#   SERVICES=20000 LOAD_SECONDS=10 bench/search/run.sh
#   LOAD_CLIENT=java bench/search/run.sh   # the JDK client (SearchLoad.java) instead of wrk
#
# The load client shares the machine's cores with the app, so the lighter it is, the more of them the
# app gets: by default it is wrk (Debian's package, installed here when missing) with
# bench/search/searches.lua, which sends the same searches and reports as SearchLoad.java does.
# app_cpu_ms_per_search is the app's own CPU time (user + system) over the requests of a phase:
# unlike latency and throughput, it hardly moves with other work on the machine.
# Cold start is measured twice: as a plain start, and with the JVM's ahead-of-time cache (JDK 25, JEP 483
# and 515) made by a training start, as docs/operations.md recommends for production; the load then runs
# on the node started with the cache.
set -euo pipefail
cd "$(dirname "$0")/../.."

SERVICES=${SERVICES:-100000}
CONCURRENCY=${CONCURRENCY:-8}
SECONDS_OF_LOAD=${LOAD_SECONDS:-30}
PORT=${PORT:-18080}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
LOAD_CLIENT=${LOAD_CLIENT:-wrk}
# How the app is run in production on a small node; the memory target is judged with these.
JVM_OPTS=${JVM_OPTS:--Xms256m -Xmx448m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=128m -Xss512k -XX:+UseSerialGC}
RESULTS=bench/results
DATA="$RESULTS/search-data-$SERVICES"
mkdir -p "$RESULTS"

if [ "$LOAD_CLIENT" = wrk ] && ! command -v wrk > /dev/null; then
  echo "Installing wrk (Debian package) for the load..."
  apt-get install -y -qq wrk > /dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -DskipTests package
fi
# Run the app from the extracted layout (a plain class path), as in production: the fat jar's nested-jar
# class loader can deadlock under virtual threads (spring-boot issue 51463), see docs/operations.md.
"$JAVA" -Djarmode=tools -jar target/linkwork.jar extract --force --destination target/linkwork-app > /dev/null

APP_PROPS=(-Dlinkwork.demo=false "-Dlinkwork.embedded-database.data-dir=$DATA/postgres"
           "-Dlinkwork.search.index-dir=$DATA/index" -Dlogging.level.root=WARN)

if [ ! -f "$DATA/generated" ]; then
  rm -rf "$DATA"
  echo "Generating $SERVICES synthetic services..."
  start=$(date +%s.%N)
  "$JAVA" "${APP_PROPS[@]}" -jar target/linkwork-app/linkwork.jar generate-synthetic-directory "$SERVICES" 1 | tail -n 1
  echo "generation_seconds=$(echo "$(date +%s.%N) - $start" | bc)" | tee "$DATA/generated"
fi

AOT_CACHE=target/linkwork-app/linkwork.aot

# Starts the app with the given extra JVM options and waits until it answers.
start_app() {
  local started
  started=$(date +%s.%N)
  "$JAVA" $JVM_OPTS "$@" "${APP_PROPS[@]}" -Dserver.address=127.0.0.1 -Dserver.port="$PORT" \
    -jar target/linkwork-app/linkwork.jar >> "$RESULTS/search-app.log" 2>&1 &
  APP=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1; do
    kill -0 $APP 2>/dev/null || { echo "The app stopped; see $RESULTS/search-app.log"; exit 1; }
    sleep 0.1
  done
  READY_SECONDS=$(echo "$(date +%s.%N) - $started" | bc)
}
stop_app() {
  kill $APP 2>/dev/null || true
  wait $APP 2>/dev/null || true
}
trap stop_app EXIT
: > "$RESULTS/search-app.log"

# First start: the index is built from the database (or resumed, if a run before this one saved it).
echo "Starting Linkwork on 127.0.0.1:$PORT..."
start_app
FIRST_START=$READY_SECONDS
stop_app
# Cold start: a new process on the same data, resuming the index saved by the first.
start_app
PLAIN_COLD_START=$READY_SECONDS
stop_app
# The ahead-of-time cache: a training start that stops once the application is ready, as in production.
rm -f "$AOT_CACHE"
"$JAVA" $JVM_OPTS "${APP_PROPS[@]}" "-XX:AOTCacheOutput=$AOT_CACHE" -Dspring.context.exit=onRefresh \
  -Dserver.address=127.0.0.1 -Dserver.port="$PORT" -jar target/linkwork-app/linkwork.jar \
  >> "$RESULTS/search-app.log" 2>&1
# The training start halts the JVM, leaving the embedded PostgreSQL running (a start would stop it, and count
# that in its time); stopped here, as a production node's database server would not be there to stop.
if [ -f "$DATA/postgres/postmaster.pid" ]; then
  LEFTOVER=$(head -n 1 "$DATA/postgres/postmaster.pid")
  kill -INT "$LEFTOVER" 2>/dev/null || true
  while kill -0 "$LEFTOVER" 2>/dev/null; do sleep 0.1; done
fi
start_app "-XX:AOTCache=$AOT_CACHE"
COLD_START=$READY_SECONDS

app_cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP/stat"; }
# One phase of wrk: CLIENTS connections for SECONDS, then the app's CPU time per search.
wrk_phase() {
  local clients=$1 name=$2 before after out requests
  before=$(app_cpu_ticks)
  out=$(wrk -t1 -c"$clients" -d"${SECONDS_OF_LOAD}s" --timeout 10s -s bench/search/searches.lua \
    "http://127.0.0.1:$PORT" -- "$name" | grep '^\[')
  after=$(app_cpu_ticks)
  echo "$out"
  requests=$(echo "$out" | sed -n 's/.*requests=\([0-9]*\).*/\1/p' | head -n 1)
  echo "[$name] app_cpu_ms_per_search=$(echo "scale=2; ($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc)"
}
load() {
  if [ "$LOAD_CLIENT" = java ]; then
    "$JAVA" bench/search/SearchLoad.java "http://127.0.0.1:$PORT" "$CONCURRENCY" "$SECONDS_OF_LOAD"
  else
    # Warm-up first, as SearchLoad does, so that the JIT and caches settle before measuring.
    wrk -t1 -c4 -d20s -s bench/search/searches.lua "http://127.0.0.1:$PORT" -- warm-up > /dev/null
    wrk_phase 1 "one client"
    wrk_phase "$CONCURRENCY" "$CONCURRENCY clients"
  fi
}

OUT="$RESULTS/search-$(date +%Y%m%d-%H%M%S).txt"
{
  echo "services=$SERVICES cpus=$(nproc) jvm_opts=\"$JVM_OPTS\" load_client=$LOAD_CLIENT"
  echo "load_average_before=\"$(cut -d' ' -f1-3 /proc/loadavg)\" (other work on the machine before the load)"
  echo "first_start_seconds=$FIRST_START (process start to ready; builds the index unless one was saved)"
  echo "cold_start_seconds=$COLD_START (process start to ready, resuming the saved index, with the AOT cache)"
  echo "cold_start_without_aot_cache_seconds=$PLAIN_COLD_START"
  load
  echo "rss_mb=$(( $(awk '/VmRSS/ {print $2}' /proc/$APP/status) / 1024 )) (resident memory of the app after the load)"
  echo "load_average=\"$(cut -d' ' -f1-3 /proc/loadavg)\" (other work on the machine during the run)"
} | tee "$OUT"
echo "Saved $OUT"
