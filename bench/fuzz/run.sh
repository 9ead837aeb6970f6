#!/usr/bin/env bash
# Coverage-guided fuzzing (Jazzer) of every importer, one fuzz test class at a time (Jazzer fuzzes one test a
# JVM), each for a bounded time. Not part of ./mvnw verify, which only replays the kept inputs. A failing input
# is saved beside the test's kept inputs (src/test/resources/.../<Test>Inputs) and the run fails.
#
#   bench/fuzz/run.sh              # 60 s each
#   FUZZ_SECONDS=600 bench/fuzz/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
for test in $(cd src/test/java && grep -rl "@FuzzTest" . | sed 's|^\./||; s|\.java$||; s|.*/||' | sort); do
  echo "== $test for ${SECONDS_EACH}s"
  ./mvnw -q -Pfuzz test -Dtest="$test" -Dlinkwork.fuzz.duration="${SECONDS_EACH}s"
done
echo "No failing input found."
