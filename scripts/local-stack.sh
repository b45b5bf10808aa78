#!/usr/bin/env bash
# Inside the playground sandbox: Azurite and the bot, both on loopback, until interrupted.
# Usage: scripts/local-stack.sh <configuration: Debug|Release> [log folder] [storage folder]
# The storage folder defaults to .azurite (kept between local runs); tests pass a fresh one.
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${1:-Debug}
logs=${2:-${TMPDIR:-/tmp}/case-coordinator-local}
data=${3:-.azurite}
mkdir -p "$logs" "$data"

# The sandbox has its own network namespace, so these fixed ports cannot clash with anything outside.
node_modules/.bin/azurite --disableTelemetry --silent --skipApiVersionCheck --location "$data" \
  --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 --tableHost 127.0.0.1 --tablePort 10002 \
  >"$logs/azurite.log" 2>&1 &
echo $! >"$logs/azurite.pid"

export ASPNETCORE_ENVIRONMENT=Development
# End-to-end runs book conferences against a fake Graph on loopback (Graph has no emulator); its answers are
# checked against ../shared/reference's Graph schema, and a control port lets the scripts play the invitees.
if [[ ${CASE_COORDINATOR_FAKE_GRAPH:-0} == 1 ]]; then
  dotnet "tests/CaseCoordinatorBot.FakeGraphHost/bin/$configuration/net10.0/CaseCoordinatorBot.FakeGraphHost.dll" 5100 5101 >"$logs/fake-graph.log" 2>&1 &
  echo $! >"$logs/fake-graph.pid"
  export Graph__BaseUrl=http://127.0.0.1:5100/v1.0 Conferences__OrganiserMailbox=conferences@anyshire.example
fi
# End-to-end runs move the bot's clock forward (POST /_test/clock/advance); the bot allows it only in
# anonymous local mode, and says so loudly in its log.
if [[ ${CASE_COORDINATOR_TEST_CLOCK:-0} == 1 ]]; then export Testing__ClockControl=true; fi
export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;"
dotnet "bot/bin/$configuration/net10.0/CaseCoordinatorBot.dll" --urls http://127.0.0.1:3978 >"$logs/bot.log" 2>&1 &
bot=$!
echo "$bot" >"$logs/bot.pid"

for _ in $(seq 300); do
  if node -e 'fetch("http://127.0.0.1:3978/healthz").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))'; then break; fi
  kill -0 "$bot" 2>/dev/null || { echo "the bot stopped; its log:"; cat "$logs/bot.log"; exit 1; }
  sleep 0.2
done
if [[ ${CASE_COORDINATOR_FAKE_GRAPH:-0} == 1 ]]; then
  for _ in $(seq 100); do
    if node -e 'fetch("http://127.0.0.1:5101/_fake/state").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))'; then break; fi
    sleep 0.2
  done
fi
echo "local stack: Azurite on 127.0.0.1:10000, the bot on http://127.0.0.1:3978 (logs in $logs)"
