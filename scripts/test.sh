#!/usr/bin/env bash
# Runs every test: builds the solution (warnings are errors), runs each test project, and ends
# with the plain line "N passed, N failed" summed over the projects' TRX results.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh || { echo "0 passed, 1 failed"; exit 1; }
bash scripts/install-test-tools.sh || { echo "0 passed, 1 failed"; exit 1; }

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet build Assistant.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  # One results folder per project, so that no two TRX files can share a name.
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results/$name" || status=1
done

# The evaluation suites (README "Evaluation suites") on the offline brain: the cases join the
# counts below, and a pass rate under the floor fails the run (a case may fail above the floor).
rm -rf artifacts/eval && mkdir -p artifacts/eval
dotnet src/Assistant.Cli/bin/Release/net10.0/assistant.dll eval evals/ --brain offline \
  --report artifacts/eval/junit.xml --report artifacts/eval/report.md --min-pass 0.95 || status=1

passed=0
failed=0
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

unit_failed=$failed
junit=artifacts/eval/junit.xml
if [ -f "$junit" ]; then
  suites=$(grep -o '<testsuites [^>]*>' "$junit" | head -1)
  t=$(echo "$suites" | sed -n 's/.* tests="\([0-9]*\)".*/\1/p')
  f=$(echo "$suites" | sed -n 's/.* failures="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${t:-0} - ${f:-0}))
  failed=$((failed + ${f:-0}))
else
  status=1   # the evaluation did not run or wrote no report
fi

if [ $status -ne 0 ] && [ $failed -eq 0 ]; then
  failed=1   # a runner failed without a failing test (crash, missing results): never report green
fi
echo "$passed passed, $failed failed"
[ $status -eq 0 ] && [ $unit_failed -eq 0 ]
