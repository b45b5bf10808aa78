// The walking skeleton's scenario as a person does it, in the Playground's web client with headless
// Chromium: @mention the bot in the team's General channel, link the channel as a case, ask for help.
// Screenshots are kept beside the results.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createRun } from './harness.mjs';

const results = process.argv[2];
const run = createRun('ui', results);
const { config } = await (await fetch(`${process.env.PLAYGROUND_URL}/_internal/v1/config`)).json();
const team = config.teams[0];
const botName = config.bot.name;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN,
  args: JSON.parse(process.env.CHROMIUM_FLAGS_JSON),
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.setDefaultTimeout(15_000);
const shot = (name) => page.screenshot({ path: join(results, `ui-${name}.png`) });
const composer = '[role="textbox"][data-lexical-editor="true"]';

async function mentionBot(box, text) {
  await box.click();
  await page.keyboard.type('@' + botName.split(' ')[0]);
  await page.locator('[role="menuitem"]', { hasText: botName }).first().click();
  await page.keyboard.type(' ' + text);
}

try {
  await page.goto(`${process.env.PLAYGROUND_URL}/`);
  await page.locator(`button[role="treeitem"][aria-label="${team.name} - General"]`).click();
  const postText = 'hello from the DSL';
  let thread;

  await run.step('an @mention in the General channel brings the set-up card', async () => {
    await mentionBot(page.locator(composer).first(), postText);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    thread = page.locator('.fui-Card[role="group"]', { hasText: postText });
    await thread.locator('.ac-adaptiveCard', { hasText: 'Link this channel' }).waitFor();
    await shot('1-setup-card');
  });

  await run.step('linking the channel as a new case shows the case reference on the card', async () => {
    const card = thread.locator('.ac-adaptiveCard', { hasText: 'Link this channel' }).last();
    await card.locator('.ac-actionSet button[aria-label="A case channel"]').click();
    await card.getByLabel('Case reference').fill('CR-2001');
    await card.getByLabel(/initials/).fill('JD');
    // Compact choice sets render as a Fluent combobox, not a <select>.
    await card.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'School or nursery' }).click();
    await card.locator('.ac-actionSet button[aria-label="Link as a case channel"]').click();
    await thread.locator('.ac-adaptiveCard', { hasText: 'Case channel CR-2001' }).first().waitFor();
    await shot('2-case-linked');
  });

  await run.step('typing help in the case thread brings the help card', async () => {
    await mentionBot(thread.locator(composer), 'help');
    await thread.locator('button[aria-label="Send Message"]').click();
    const help = thread.locator('.ac-adaptiveCard', { hasText: 'immediate risk' });
    await help.first().waitFor();
    assert.match(await help.first().innerText(), /CR-2001/);
    await shot('3-help-card');
  });
} catch (error) {
  await shot('failure').catch(() => {});
  await run.step('the browser session itself', () => { throw error; });
} finally {
  await browser.close();
  run.finish();
}
