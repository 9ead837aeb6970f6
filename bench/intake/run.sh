#!/usr/bin/env bash
# Intake benchmark: sustained POST /api/v1/referrals with concurrency against a PostgreSQL server,
# beside pgbench's single-row insert rate on the same database in the same run. Not a test: it
# prints figures (also saved under bench/results/).
#
#   bench/intake/run.sh                       # the machine's PostgreSQL at 127.0.0.1:5432
#   CONCURRENCY=32 LOAD_SECONDS=60 bench/intake/run.sh
#   LOAD_CLIENT=java bench/intake/run.sh      # the JDK client (IntakeLoad.java) instead of wrk
#
# The load comes from wrk (bench/intake/referrals.lua, the same referrals as IntakeLoad.java): a JVM client
# on the same 2 cores took about a fifth of the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
DATABASE=${DATABASE:-linkwork_intake_bench}
CONCURRENCY=${CONCURRENCY:-16}
LOAD_SECONDS=${LOAD_SECONDS:-30}
PORT=${PORT:-18081}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JVM_OPTS=${JVM_OPTS:--Xms256m -Xmx512m -XX:+UseSerialGC}
LOAD_CLIENT=${LOAD_CLIENT:-wrk}
RESULTS=bench/results
export PGHOST PGPORT PGUSER
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

# A fresh database for each run, so runs compare.
psql -q -d postgres -c "drop database if exists $DATABASE" -c "create database $DATABASE"

"$JAVA" $JVM_OPTS -Dlinkwork.demo=true \
  -Dspring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" -Dspring.datasource.username="$PGUSER" \
  -Dspring.datasource.hikari.maximum-pool-size=$((CONCURRENCY + 4)) \
  -Dserver.address=127.0.0.1 -Dserver.port="$PORT" -Dlogging.level.root=WARN \
  -jar target/linkwork-app/linkwork.jar > "$RESULTS/intake-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1; do
  kill -0 $APP 2>/dev/null || { echo "The app stopped; see $RESULTS/intake-app.log"; exit 1; }
  sleep 0.2
done

# Referrals for SECONDS from CONCURRENCY clients, people numbered from FIRST on.
refer() {
  local seconds=$1 first=$2
  if [ "$LOAD_CLIENT" = java ]; then
    "$JAVA" bench/intake/IntakeLoad.java "http://127.0.0.1:$PORT" "$CONCURRENCY" "$seconds" "$first"
  else
    # The warm-up IntakeLoad.java sends first.
    wrk -t1 -c1 -d2s -s bench/intake/referrals.lua "http://127.0.0.1:$PORT" -- "$((first + 5000000))" 1 1 > /dev/null
    wrk -t2 -c"$CONCURRENCY" -d"${seconds}s" --timeout 30s -s bench/intake/referrals.lua "http://127.0.0.1:$PORT" \
      -- "$first" 2 "$CONCURRENCY"
  fi
}

# pgbench: one single-row insert a transaction into a table shaped like a small referral row.
psql -q -d "$DATABASE" -c "create table pgbench_single_row (id bigserial primary key, person uuid, reason text,
  created_at timestamptz default now())"
SCRIPT=$(mktemp)
echo "insert into pgbench_single_row (person, reason) values (gen_random_uuid(), 'benchmark row');" > "$SCRIPT"

# A borough's database is not empty: first refer people for a while (PREFILL_SECONDS), then let PostgreSQL
# gather statistics as autovacuum does within a minute or so of steady work. Measured from an empty database,
# the first statements' plans (made for empty tables) would be what is measured.
refer "${PREFILL_SECONDS:-20}" 0 > /dev/null
psql -q -d "$DATABASE" -c "vacuum analyze"
PREFILLED=$(psql -At -d "$DATABASE" -c 'select count(*) from person')

# CPU time (user + system) of a process, in clock ticks; 0 when it is gone.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
backends() { psql -At -d postgres -c "select pid from pg_stat_activity where datname = '$DATABASE'"; }
declare -A PG_BEFORE
for pid in $(backends); do PG_BEFORE[$pid]=$(ticks "$pid"); done
APP_BEFORE=$(ticks "$APP")
STORED_BEFORE=$(psql -At -d "$DATABASE" -c 'select count(*) from referral')

OUT="$RESULTS/intake-$(date +%Y%m%d-%H%M%S).txt"
{
  echo "load_client=$LOAD_CLIENT concurrency=$CONCURRENCY seconds=$LOAD_SECONDS cpus=$(nproc) postgres=$(psql -At -d postgres -c 'show server_version')"
  echo "people_already_held=$PREFILLED (prefill, then vacuum analyze)"
  LOAD=$(refer "$LOAD_SECONDS" 10000000)
  echo "$LOAD"
  if echo "$LOAD" | grep -qE 'errors=[1-9]'; then echo "Some referrals failed"; exit 1; fi
  RATE=$(echo "$LOAD" | grep -oE 'rate=[0-9.]+' | cut -d= -f2)
  STORED=$(psql -At -d "$DATABASE" -c 'select count(*) from referral')
  echo "referrals_stored=$STORED (prefill and warm-up referrals included)"
  # CPU spent per referral stored (warm-up included) by the app and by its PostgreSQL backends: a figure
  # that other work on a shared machine disturbs less than the rate does.
  APP_TICKS=$(( $(ticks "$APP") - APP_BEFORE ))
  PG_TICKS=0
  for pid in $(backends); do PG_TICKS=$(( PG_TICKS + $(ticks "$pid") - ${PG_BEFORE[$pid]:-0} )); done
  MADE=$(( STORED - STORED_BEFORE ))
  echo "cpu_ms_per_referral app=$(echo "scale=3; $APP_TICKS * 1000 / $(getconf CLK_TCK) / $MADE" | bc)" \
       "postgres=$(echo "scale=3; $PG_TICKS * 1000 / $(getconf CLK_TCK) / $MADE" | bc)"
  TPS=$(pgbench -n -c "$CONCURRENCY" -j 2 -T "$LOAD_SECONDS" -f "$SCRIPT" "$DATABASE" 2>/dev/null \
        | awk -F'= ' '/^tps/ {print $2}' | awk '{print $1}' | head -n 1)
  echo "pgbench_single_row_insert_tps=$TPS (same database, same concurrency)"
  echo "referrals_over_pgbench=$(echo "scale=3; $RATE / $TPS" | bc)"
  echo "load_average=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
} | tee "$OUT"
rm -f "$SCRIPT"
echo "Saved $OUT"
