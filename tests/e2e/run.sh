#!/usr/bin/env bash
# End-to-end tests, run inside ../shared/tools/playground-sandbox (which has started the Playground):
# Azurite and the bot (built beforehand in Release) start here, then the API and browser scenarios run.
# Usage: tests/e2e/run.sh <results folder>
set -uo pipefail
cd "$(dirname "$0")/../.."
results=${1:?results folder}
mkdir -p "$results"

export CASE_COORDINATOR_TEST_CLOCK=1 CASE_COORDINATOR_FAKE_GRAPH=1
trap 'kill $(cat "$results"/e2e-logs/*.pid 2>/dev/null) 2>/dev/null || true' EXIT
scripts/local-stack.sh Release "$results/e2e-logs" "$(mktemp -d)" || { echo '{"passed":0,"failed":1}' >"$results/stack.e2e.json"; exit 1; }

status=0
node --experimental-websocket tests/e2e/api-e2e.mjs "$results" || status=1
node tests/e2e/ui-e2e.mjs "$results" || status=1
node --experimental-websocket tests/e2e/referral-e2e.mjs "$results" || status=1
node --experimental-websocket tests/e2e/chat-e2e.mjs "$results" || status=1
node --experimental-websocket tests/e2e/escalation-e2e.mjs "$results" || status=1
node --experimental-websocket tests/e2e/conference-e2e.mjs "$results" || status=1
node --experimental-websocket tests/e2e/mywork-e2e.mjs "$results" || status=1
exit $status
