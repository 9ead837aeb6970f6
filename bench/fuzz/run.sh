#!/usr/bin/env bash
# Coverage-guided fuzzing (Jazzer's own driver) of every importer — ORUK JSON, ONSPD CSV, questionnaire
# definitions (FHIR Questionnaires) — each for a bounded time, on a test database of its own.
# Not part of ./mvnw verify, which replays the kept inputs
# (src/test/resources/.../<Test>Inputs/<method>/) as ordinary tests. A failing input stops the run and is
# written to bench/results/fuzz/<Test>/crash-*; add it to the kept inputs once the bug is fixed.
#
# Targets: OrukImportFuzzTests, PostcodeImportFuzzTests, ReferralBundleFuzzTests (FHIR bundles),
# QuestionnaireImportFuzzTests (questionnaire definitions), and any
# other test class with a fuzzerTestOneInput method.
#
#   bench/fuzz/run.sh                             # 60 s each
#   FUZZ_SECONDS=600 bench/fuzz/run.sh
#   bench/fuzz/run.sh ReferralBundleFuzzTests     # only the targets named
#   FUZZ_INSTRUMENT='org.linkwork.**:ca.uhn.fhir.**:org.hl7.fhir.r4.**' bench/fuzz/run.sh  # guided by libraries' code too
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt
ROOT=$(pwd)
CLASSPATH="$ROOT/target/test-classes:$ROOT/target/classes:$(cat target/fuzz-classpath.txt)"
for source in $(grep -rl "fuzzerTestOneInput" src/test/java); do
  class=$(echo "$source" | sed 's|src/test/java/||; s|\.java$||; s|/|.|g')
  name=${class##*.}
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
    continue
  fi
  work="bench/results/fuzz/$name"
  mkdir -p "$work/corpus"
  cp -r "src/test/resources/$(dirname "${source#src/test/java/}")/${name}Inputs/"*/* "$work/corpus/" 2>/dev/null || true
  echo "== $name for ${SECONDS_EACH}s"
  (cd "$work" && "$JAVA" -XX:+EnableDynamicAgentLoading -cp "$CLASSPATH" -Dlinkwork.shared.dir="$ROOT/../shared" \
      com.code_intelligence.jazzer.Jazzer --target_class="$class" --instrumentation_includes="${FUZZ_INSTRUMENT:-org.linkwork.**}" \
      -max_total_time="$SECONDS_EACH" corpus)
done
echo "No failing input found."
