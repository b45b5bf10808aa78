// A tiny test harness for the end-to-end scenarios: named steps, a JSON result file the test command
// totals, and polling helpers (never fixed sleeps).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function createRun(name, resultsFolder) {
  let passed = 0, failed = 0;
  return {
    async step(title, fn) {
      const started = Date.now();
      try {
        await fn();
        passed++;
        console.log(`  ok   ${title} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`  FAIL ${title}: ${error?.stack ?? error}`);
      }
    },
    finish() {
      writeFileSync(join(resultsFolder, `${name}.e2e.json`), JSON.stringify({ passed, failed }));
      console.log(`${name}: ${passed} passed, ${failed} failed`);
      process.exitCode = failed ? 1 : 0;
    },
  };
}

export async function poll(what, fn, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Stops the bot and Azurite that run.sh started and starts them again on fresh storage (same log folder, so
// run.sh's trap still stops them): for scenarios that must not see the others' cases.
export async function restartStackOnFreshStorage(results, name) {
  const logs = join(results, 'e2e-logs');
  const pids = readdirSync(logs).filter((f) => f.endsWith('.pid')).map((f) => Number(readFileSync(join(logs, f), 'utf8')));
  const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
  for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGTERM');
  await poll('the previous bot and Azurite to stop', () => pids.every((pid) => !alive(pid)), 20_000);
  execFileSync('scripts/local-stack.sh', ['Release', logs, mkdtempSync(join(tmpdir(), `${name}-e2e-`))], { stdio: 'inherit' });
}
