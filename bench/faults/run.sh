#!/usr/bin/env bash
# Fault test: sustained referral intake with idempotent retries while the app is killed with SIGKILL
# and restarted, and, separately, while PostgreSQL restarts. Afterwards every referral the client saw
# acknowledged must be stored exactly once, no referral may exist that no key made, and nothing may be
# half-written. Loopback only; uses the machine's PostgreSQL (it restarts it) and a database of its own.
#
#   bench/faults/run.sh              # 16 clients, 45 s of load, app killed at 10 s, PostgreSQL restarted at 28 s
set -euo pipefail
cd "$(dirname "$0")/../.."

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DATABASE=${DATABASE:-linkwork_faults}
CLIENTS=${CLIENTS:-16}
LOAD_SECONDS=${LOAD_SECONDS:-45}
KILL_AT=${KILL_AT:-10}
PG_RESTART_AT=${PG_RESTART_AT:-28}
PORT=${PORT:-18082}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
RESULTS=bench/results
RUN=$(date +%Y%m%d%H%M%S)
mkdir -p "$RESULTS"
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -DskipTests package
# Run the app from the extracted layout (a plain class path), as in production: the fat jar's nested-jar
# class loader can deadlock under virtual threads (spring-boot issue 51463), see docs/operations.md.
"$JAVA" -Djarmode=tools -jar target/linkwork.jar extract --force --destination target/linkwork-app > /dev/null

psql -q -d postgres -c "drop database if exists $DATABASE" -c "create database $DATABASE"

APP=
start_app() {
  "$JAVA" -Xmx512m -Dlinkwork.demo=true \
    -Dspring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" -Dspring.datasource.username="$PGUSER" \
    -Dserver.address=127.0.0.1 -Dserver.port="$PORT" -Dlogging.level.root=WARN \
    -jar target/linkwork-app/linkwork.jar >> "$RESULTS/faults-app.log" 2>&1 &
  APP=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1; do sleep 0.2; done
}
trap '[ -n "$APP" ] && kill $APP 2>/dev/null || true' EXIT
: > "$RESULTS/faults-app.log"
start_app
echo "App up; load for ${LOAD_SECONDS}s with $CLIENTS clients"

ACKED=$(mktemp); SENT=$(mktemp)
"$JAVA" bench/faults/FaultClient.java "http://127.0.0.1:$PORT" "$CLIENTS" "$LOAD_SECONDS" 90 "$RUN" "$ACKED" "$SENT" \
  > "$RESULTS/faults-client.txt" &
CLIENT=$!

sleep "$KILL_AT"
echo "SIGKILL to the app (pid $APP) after ${KILL_AT}s"
kill -9 "$APP"; wait "$APP" 2>/dev/null || true
start_app
echo "App restarted"
sleep $(( PG_RESTART_AT > KILL_AT ? PG_RESTART_AT - KILL_AT : 1 ))
echo "Restarting PostgreSQL"
pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main restart -m fast
echo "PostgreSQL restarted"
wait "$CLIENT"
cat "$RESULTS/faults-client.txt"

psql -q -d "$DATABASE" -c "create table fault_acked (key text primary key, referral_id uuid)"
psql -q -d "$DATABASE" -c "\\copy fault_acked from '$ACKED' with (format csv)"
check() { # name, sql returning a number that must be 0
  local n; n=$(psql -At -d "$DATABASE" -c "$2")
  printf '%-60s %s\n' "$1" "$n"
  [ "$n" = 0 ] || FAILED=1
}
FAILED=0
OUT="$RESULTS/faults-$RUN.txt"
{
  echo "acknowledged=$(wc -l < "$ACKED") sent=$(wc -l < "$SENT") run=$RUN"
  # A referral the app should take but answered 4xx is lost to its sender, who will not send it again.
  REFUSED=$(grep -oE 'refused=[0-9]+' "$RESULTS/faults-client.txt" | cut -d= -f2)
  printf '%-60s %s\n' "referrals refused that should have been taken" "$REFUSED"
  [ "$REFUSED" = 0 ] || FAILED=1
  check "acknowledged referrals missing" \
    "select count(*) from fault_acked a left join referral r on r.id = a.referral_id where r.id is null"
  check "acknowledged keys not pointing at their referral" \
    "select count(*) from fault_acked a left join referral_idempotency_key k on k.key = a.key
     where k.referral_id is distinct from a.referral_id"
  check "referrals of this run that no key made (duplicates)" \
    "select count(*) from referral r where r.reason like 'fault run $RUN #%'
     and not exists (select 1 from referral_idempotency_key k where k.referral_id = r.id)"
  check "keys of this run with more than one referral" \
    "select count(*) from (select k.key from referral_idempotency_key k join referral r on r.id = k.referral_id
     where k.key like '$RUN-%' group by k.key having count(*) > 1) d"
  check "keys written without their referral (half-written)" \
    "select count(*) from referral_idempotency_key where key like '$RUN-%' and referral_id is null"
  check "referrals without their person (half-written)" \
    "select count(*) from referral r left join person p on p.id = r.person_id where p.id is null"
  check "referrals without their history (half-written)" \
    "select count(*) from referral r where not exists (select 1 from referral_event e where e.referral_id = r.id)"
  check "referrals of this run beyond the keys sent" \
    "select greatest(0, (select count(*) from referral where reason like 'fault run $RUN #%') - $(wc -l < "$SENT"))"
  [ "$FAILED" = 0 ] && echo "PASS: every referral taken and acknowledged, stored exactly once, nothing half-written" \
                    || echo "FAIL"
} | tee "$OUT"
rm -f "$ACKED" "$SENT"
grep -q '^PASS' "$OUT"
