// A tiny test harness for the end-to-end scenarios: named steps, a JSON result file the test command
// totals, and polling helpers (never fixed sleeps).
import { writeFileSync } from 'node:fs';
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
