// Totals every test result in a folder: xunit TRX files and the end-to-end runner's JSON files.
// Prints one line, "N passed, N failed", and exits 1 when a test failed or nothing ran.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
let passed = 0, failed = 0;
const counted = ['.trx', '.junit.xml', '.e2e.json'];
for (const file of readdirSync(folder).filter((f) => counted.some((ending) => f.endsWith(ending))).sort()) {
  const text = readFileSync(join(folder, file), 'utf8');
  if (file.endsWith('.trx')) {
    const counters = /<Counters\b[^>]*>/.exec(text)?.[0] ?? '';
    const count = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(counters)?.[1] ?? 0);
    passed += count('passed');
    failed += count('failed') + count('error') + count('timeout') + count('aborted');
    console.log(`${file}: ${count('passed')} passed, ${count('failed')} failed`);
  } else if (file.endsWith('.junit.xml')) {
    const cases = (text.match(/<testcase\b/g) ?? []).length;
    const failures = (text.match(/<failure\b/g) ?? []).length;
    passed += cases - failures; failed += failures;
    console.log(`${file}: ${cases - failures} passed, ${failures} failed`);
  } else if (file.endsWith('.e2e.json')) {
    const r = JSON.parse(text);
    passed += r.passed; failed += r.failed;
    console.log(`${file}: ${r.passed} passed, ${r.failed} failed`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
