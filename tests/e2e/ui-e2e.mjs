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
  // Concerns (issue 4): fill the concern card by clicking and typing, then see it in the chronology.
  const seen = 'Came in without a coat in the rain for the third day running, shivering at register.';
  await run.step('concern in the case thread brings the concern card, and filling it logs the concern', async () => {
    await mentionBot(thread.locator(composer), 'concern');
    await thread.locator('button[aria-label="Send Message"]').click();
    const card = thread.locator('.ac-adaptiveCard', { hasText: 'Log a concern for CR-2001' }).last();
    await card.waitFor();
    await card.getByLabel(/What was seen or heard/).fill(seen);
    await card.getByLabel(/own words/).fill('My coat is at my dad\'s house');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await card.getByLabel(/^Date/).fill(yesterday);
    await card.getByLabel(/^Time/).fill('08:50');
    await card.getByLabel(/^Where/).fill('School gate at drop-off');
    await card.getByLabel(/Who noticed/).fill('Class teacher');
    await card.getByLabel(/What was done at once/).fill('Lent a spare coat from lost property and told the safeguarding lead.');
    await card.getByRole('radio', { name: 'Not sure' }).click();
    await card.getByRole('combobox', { name: /Category/ }).click();
    await page.getByRole('option', { name: 'Neglect' }).click();
    await card.getByRole('radio', { name: /Early \(sub-threshold\)/ }).click();
    await card.getByRole('radio', { name: 'May be shared with the family' }).click();
    await shot('4-concern-card');
    await card.locator('.ac-actionSet button[aria-label="Log concern"]').click();
    await thread.locator('.ac-adaptiveCard', { hasText: 'Concern logged for CR-2001' }).first().waitFor();
    await shot('5-concern-logged');
  });

  await run.step('chronology in the case thread shows the concern', async () => {
    await mentionBot(thread.locator(composer), 'chronology');
    await thread.locator('button[aria-label="Send Message"]').click();
    const chronology = thread.locator('.ac-adaptiveCard', { hasText: 'Chronology of CR-2001' });
    await chronology.first().waitFor();
    assert.match(await chronology.first().innerText(), /third day running/);
    await shot('6-chronology');
  });
} catch (error) {
  await shot('failure').catch(() => {});
  await run.step('the browser session itself', () => { throw error; });
} finally {
  await browser.close();
  run.finish();
}
