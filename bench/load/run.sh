#!/usr/bin/env bash
# Load test: 50 simulated users (public search, referral intake, link workers' caseload and triage queue,
# providers' inbox) against the app on the machine's PostgreSQL for a bounded time; prints each kind's
# count, errors, p50 and p99, and fails on any error. Loopback only.
#
#   bench/load/run.sh                   # 50 users, 60 s
#   USERS=100 LOAD_SECONDS=120 bench/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DATABASE=${DATABASE:-linkwork_load}
USERS=${USERS:-50}
LOAD_SECONDS=${LOAD_SECONDS:-60}
PORT=${PORT:-18083}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
RESULTS=bench/results
mkdir -p "$RESULTS"
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -DskipTests package
# Run the app from the extracted layout (a plain class path), as in production: the fat jar's nested-jar
# class loader can deadlock under virtual threads (spring-boot issue 51463), see docs/operations.md.
"$JAVA" -Djarmode=tools -jar target/linkwork.jar extract --force --destination target/linkwork-app > /dev/null
psql -q -d postgres -c "drop database if exists $DATABASE" -c "create database $DATABASE"
"$JAVA" -Xmx512m -Dlinkwork.demo=true \
  -Dspring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" -Dspring.datasource.username="$PGUSER" \
  -Dserver.address=127.0.0.1 -Dserver.port="$PORT" -Dlogging.level.root=WARN \
  -jar target/linkwork-app/linkwork.jar > "$RESULTS/load-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1; do
  kill -0 $APP 2>/dev/null || { echo "The app stopped; see $RESULTS/load-app.log"; exit 1; }
  sleep 0.2
done
OUT="$RESULTS/load-$(date +%Y%m%d-%H%M%S).txt"
"$JAVA" bench/load/LoadUsers.java "http://127.0.0.1:$PORT" "$USERS" "$LOAD_SECONDS" | tee "$OUT"
