#!/usr/bin/env bash
# Runs the bot locally with Azurite and the Microsoft 365 Agents Playground, all inside the
# loopback-only sandbox (../shared/tools/playground-sandbox). The bot runs in its anonymous local mode:
# no app id, loopback only. Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
dotnet build bot -c Debug --nologo -v quiet
# Graph has no emulator and the sandbox has no network: conferences book in the fake Graph (its own process).
dotnet build tests/CaseCoordinatorBot.FakeGraphHost -c Debug --nologo -v quiet
exec ../shared/tools/playground-sandbox --no-chromium --config tests/e2e/playground.yml -- bash -c '
  CASE_COORDINATOR_FAKE_GRAPH=1 scripts/local-stack.sh Debug
  echo
  echo "Playground: $PLAYGROUND_URL"
  echo "It lives in the sandbox'\''s network: open it from another shell with the nsenter command printed above,"
  echo "for example: nsenter -t <pid> -n -- chromium --headless --screenshot=/tmp/ui.png $PLAYGROUND_URL"
  echo "Press Ctrl-C to stop."
  while sleep 3600; do :; done'
