#!/usr/bin/env bash
# Runs every test of the project: unit, integration (real Azurite, loopback fakes), card templates
# (C# and npm expansions compared), and end to end in the Agents Playground with headless Chromium.
# Ends with one line "N passed, N failed" over all of them; exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
results=$root/artifacts/test-results
rm -rf "$results" && mkdir -p "$results"

scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
if ! dotnet build CaseCoordinatorBot.sln -c Release --nologo -v quiet; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

status=0
for project in tests/CaseCoordinatorBot.Tests tests/CaseCoordinatorBot.IntegrationTests; do
  name=$(basename "$project")
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done

# Node-side checks (app package, manifest schema, icons).
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=junit --test-reporter-destination="$results/deploy.junit.xml" tests/deploy/ || status=1

# End to end: the sandbox isolates the network; everything it runs was built above.
../shared/tools/playground-sandbox --config tests/e2e/playground.yml -- tests/e2e/run.sh "$results" || status=1

node scripts/summarise-results.mjs "$results" || status=1
exit $status
