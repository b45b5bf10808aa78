// Headless Chromium on the Playground's web client, opened on a channel before the scenario starts (the client shows
// what arrives while it is open), with steps that keep a screenshot when they fail.
import { join } from 'node:path';

export async function openBrowser(pg, run, results, prefix, channelName = 'General') {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_BIN, args: JSON.parse(process.env.CHROMIUM_FLAGS_JSON) });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  page.setDefaultTimeout(15_000);
  const shot = (name) => page.screenshot({ path: join(results, `${prefix}-ui-${name}.png`) });
  const step = (title, name, fn) => run.step(title, async () => {
    try {
      await fn();
    } catch (error) {
      await shot(`failure-${name}`).catch(() => {});
      throw error;
    }
  });
  await page.goto(`${pg.PG}/`);
  await page.locator(`button[role="treeitem"][aria-label="${pg.team.name} - ${channelName}"]`).click();
  return { page, shot, step, close: () => browser.close() };
}
