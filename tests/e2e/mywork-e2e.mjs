// "What needs me today?" in the Playground (issue 9): Dana Shah, the browser's user, is the CSC social worker on a case
// whose school (Sam Okafor, its lead here) has made a referral. Opening the personal chat in Chromium brings her home
// card listing the referral waiting for CSC; pressing its button opens the desk card with the decision on it; after
// the bot's clock has moved past the deadline, asking "what's overdue" in plain words brings the same item, overdue.
// Screenshots mywork-ui-*.png.
import assert from 'node:assert/strict';
import { createRun, restartStackOnFreshStorage } from './harness.mjs';
import { openPlayground } from './playground-api.mjs';

const results = process.argv[2];
const run = createRun('mywork', results);
const BOT = 'http://127.0.0.1:3978';
const CASE = 'CR-4101';

await restartStackOnFreshStorage(results, 'mywork');
const pg = await openPlayground();
const { userId, events, say, nextEvent, execute, actionData, config, me, team, post, bot } = pg;
const school = userId('Sam Okafor');

// The Playground delivers typed messages as its current user only; the school's 'refer' goes in as a custom activity.
const sayAs = async (user, channel, text) => {
  const base = await (await fetch(`${pg.PG}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(channel)}`)).json();
  const from = config.users.find((u) => u.id === user);
  const at = `<at>${bot.name}</at>`;
  await post('/_internal/v1/customActivities', {
    ...base, type: 'message', id: `mywork-${Date.now()}`, text: `${at} ${text}`, textFormat: 'plain', locale: 'en-GB',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    entities: [{ type: 'mention', mentioned: { id: bot.id, name: bot.name }, text: at }],
    channelData: { teamsChannelId: channel, teamsTeamId: team.id, team: { id: team.id }, channel: { id: channel }, tenant: { id: config.tenantId } },
  });
};

await run.step('a case led by the school, a front door, Dana Shah given the social worker role, and a referral made', async () => {
  const general = team.id;
  const desk = team.channels.find((c) => c.id !== team.id).id;
  let mark = events.length;
  await say(general, 'setup');
  await execute(await nextEvent(mark, 'createMessage', 'channel.linkCase'), 'channel.linkCase', { caseRef: CASE, initials: 'GH', agency: 'School' }, school);
  mark = events.length;
  await say(desk, 'setup');
  await execute(await nextEvent(mark, 'createMessage', 'channel.linkDesk'), 'channel.linkDesk', { deskKind: 'CscFrontDoor', deskName: 'Northfield front door' });
  mark = events.length;
  await say(general, 'roles');
  const roles = await nextEvent(mark, 'createMessage', 'case.grantRole');
  const dana = config.users.find((u) => u.id === me) ?? config.currentUser;
  const granted = await execute(roles, 'case.grantRole', { caseRef: CASE, member: dana.aadObjectId, role: 'SocialWorker' }, school);
  assert.match(JSON.stringify(granted.value), /Dana Shah/);

  mark = events.length;
  await sayAs(school, general, 'refer');
  const form = await nextEvent(mark, 'createMessage', 'referral.submit');
  mark = events.length;
  await execute(form, 'referral.submit', {
    ...actionData(form, 'referral.submit'), whatHappened: 'Fell asleep in lessons every day this week and has lost weight.',
    childsWords: 'I look after my little brother at night.', fears: 'That she is caring for her brother alone.',
    helpAsked: 'An assessment of the family\'s needs.', consent: 'Given', consentNote: '', desk,
  }, school);
  await nextEvent(mark, 'createMessage', 'referral.acknowledge');
});

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_BIN, args: JSON.parse(process.env.CHROMIUM_FLAGS_JSON) });
const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
page.setDefaultTimeout(15_000);
const shot = (name) => page.screenshot({ path: `${results}/mywork-ui-${name}.png` });
const browserStep = (title, name, fn) => run.step(title, async () => {
  try {
    await fn();
  } catch (error) {
    await shot(`failure-${name}`).catch(() => {});
    throw error;
  }
});
const composer = '[role="textbox"][data-lexical-editor="true"]';
const item = /Referral: CSC to acknowledge the referral/;

await browserStep('in the browser: opening the personal chat brings the home card with the referral waiting', 'home', async () => {
  await page.goto(`${pg.PG}/`);
  await page.locator('button[role="treeitem"][aria-label="Personal Chat"]').click();
  const home = page.locator('.ac-adaptiveCard', { hasText: 'Your work' }).last();
  await home.waitFor();
  await home.getByText(`${CASE} (G.H.)`, { exact: false }).first().waitFor();
  assert.match(await home.innerText(), item);
  assert.match(await home.innerText(), /Morning digest: on, at 08:00/);
  await shot('1-home');
});

await browserStep('in the browser: pressing the item opens the desk card with the decision', 'open', async () => {
  const home = page.locator('.ac-adaptiveCard', { hasText: 'Your work' }).last();
  await home.locator('.ac-actionSet button[aria-label="Open"]').first().click();
  const desk = page.locator('.ac-adaptiveCard', { hasText: 'Record the decision' }).last();
  await desk.waitFor();
  assert.match(await desk.innerText(), new RegExp(CASE));
  await shot('2-desk-card');
});

await browserStep('in the browser: after the deadline, "what\'s overdue" lists the same item, overdue', 'overdue', async () => {
  const res = await fetch(`${BOT}/_test/clock/advance?days=4`, { method: 'POST' });
  assert.equal(res.status, 200, await res.text());
  await page.locator(composer).first().click();
  await page.keyboard.type("what's overdue");
  await page.locator('button[aria-label="Send Message"]').click();
  const list = page.locator('.ac-adaptiveCard', { hasText: 'overdue' }).filter({ hasText: 'Your work' }).last();
  await list.waitFor();
  const text = await list.innerText();
  assert.match(text, item);
  assert.match(text, new RegExp(`${CASE} \\(G\\.H\\.\\)`));
  assert.match(text, /working days? overdue/);
  assert.equal((text.match(/CR-\d+ \(/g) ?? []).length, 1, 'the list holds the one item waiting for Dana');
  await shot('3-overdue');
});

await browser.close();
pg.close();
run.finish();
