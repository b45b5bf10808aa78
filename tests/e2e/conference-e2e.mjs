// A conference booked through Graph, in the Playground: a strategy-discussion decision at the front door -> the
// initial child protection conference requested in the case channel shows its due date -> in Chromium the DSL asks
// for slots, three are offered, and picking one books a Teams meeting in the (fake, schema-checked) Graph -> the
// social worker declines in Graph -> the bot's clock moves a day at a time until the daily reply check warns the chair
// -> in Chromium the escalation is offered and opened. Screenshots conference-ui-*.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createRun, poll, restartStackOnFreshStorage } from './harness.mjs';
import { openBrowser } from './browser.mjs';
import { openPlayground } from './playground-api.mjs';

const results = process.argv[2];
const run = createRun('conference', results);
const BOT = 'http://127.0.0.1:3978';
const GRAPH = 'http://127.0.0.1:5101';

await restartStackOnFreshStorage(results, 'conference');
const pg = await openPlayground();
const { userId, events, say, cardText, nextEvent, execute, actionData, settled, linkCaseAndDesk } = pg;
const user = (name) => pg.config.users.find((u) => u.name === name);
const worker = userId('Sam Okafor');
let general, desk;
const graphState = async () => (await fetch(`${GRAPH}/_fake/state`)).json();

const { page, shot, step: browserStep, close: closeBrowser } = await openBrowser(pg, run, results, 'conference');

await run.step('a case channel, a front door, a social worker and a conference chair', async () => {
  ({ general, desk } = await linkCaseAndDesk({ caseRef: 'CR-6001', initials: 'GH', worker, roles: { 'Sam Okafor': 'SocialWorker', 'Alex Morgan': 'ConferenceChair' } }));
});

await run.step('a strategy-discussion decision at the front door asks for the strategy discussion in the case channel', async () => {
  let mark = events.length;
  await say(general, 'refer');
  const form = await nextEvent(mark, 'createMessage', 'referral.submit');
  mark = events.length;
  await execute(form, 'referral.submit', {
    ...actionData(form, 'referral.submit'), whatHappened: 'Said her stepfather locked her out overnight; she slept in the shed.',
    childsWords: 'He said I could sleep with the dog.', fears: 'That she is harmed at home.', helpAsked: 'A section 47 enquiry.',
    consent: 'NotSought', consentNote: 'Asking would put her at more risk.', desk,
  });
  let deskCard = await nextEvent(mark, 'createMessage', 'referral.acknowledge');
  const ack = await execute(deskCard, 'referral.acknowledge', actionData(deskCard, 'referral.acknowledge'), worker);
  deskCard = { ...deskCard, message: { ...deskCard.message, attachments: [{ content: ack.value }] } };
  mark = events.length;
  await execute(deskCard, 'referral.decide', { ...actionData(deskCard, 'referral.decide'), outcome: 'StrategyDiscussion',
    reason: 'Significant harm is suspected: section 47 threshold met.', advice: '' }, worker);
  const meeting = await nextEvent(mark, 'createMessage', 'Meeting for CR-6001');
  assert.match(cardText(meeting), /Strategy discussion/);
});

const composer = '[role="textbox"][data-lexical-editor="true"]';
const postText = 'conference icpc for CR-6001';
const thread = () => page.locator('.fui-Card[role="group"]', { hasText: postText });
const icpcCard = () => thread().locator('.ac-adaptiveCard', { hasText: 'Initial child protection conference' }).last();

await browserStep('in the browser: conference icpc brings the initial conference card with its due date in working days', 'icpc', async () => {
  // The social worker is busy for three days, so the meeting lies after the next daily reply check.
  const busy = await fetch(`${GRAPH}/_fake/busy?address=${encodeURIComponent(user('Sam Okafor').email)}&hours=72`, { method: 'POST' });
  assert.equal(busy.status, 200);
  await page.locator(composer).first().click();
  await page.keyboard.type('@' + pg.bot.name.split(' ')[0]);
  await page.locator('[role="menuitem"]', { hasText: pg.bot.name }).first().click();
  await page.keyboard.type(' ' + postText);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await icpcCard().waitFor();
  assert.match(await icpcCard().innerText(), /working day/);
  await shot('0-icpc');
});


await browserStep('in the browser: Find slots offers three slots, and picking one books a Teams meeting in Graph', 'booked', async () => {
  await icpcCard().locator('.ac-actionSet button[aria-label="Find slots"]').click();
  const slots = icpcCard().locator('.ac-actionSet button').filter({ hasText: /\d{2}:\d{2}–\d{2}:\d{2}/ });
  await slots.first().waitFor();
  assert.equal(await slots.count(), 3);
  await shot('1-slots');
  await slots.first().click();
  await icpcCard().locator('.ac-actionSet button[aria-label="Join the Teams meeting"]').waitFor();
  await shot('2-booked');
  const state = await graphState();
  assert.equal(state.events.length, 1);
  assert.match(state.events[0].transactionId, /^conf-/);
  assert.match(state.events[0].joinUrl, /^https:\/\//);
  assert.ok(state.events[0].attendees.includes(user('Sam Okafor').email));
  assert.deepEqual(state.violations, []);
});

await run.step('the social worker declines in Graph; a day at a time the clock reaches the reply check and the chair is warned', async () => {
  const declined = await (await fetch(`${GRAPH}/_fake/reply?address=${encodeURIComponent(user('Sam Okafor').email)}&response=declined`, { method: 'POST' })).json();
  assert.equal(declined.events, 1);
  const mark = events.length;
  const warned = () => events.slice(mark).find((e) => e.action === 'createMessage' && cardText(e).includes('Meeting at risk for CR-6001'));
  for (let days = 0; !warned() && days < 5; days++) {
    const before = events.length;
    const res = await fetch(`${BOT}/_test/clock/advance?days=1`, { method: 'POST' });
    assert.equal(res.status, 200, await res.text());
    await settled(before);
  }
  const warning = await poll('the chair\'s warning', warned);
  assert.match(cardText(warning), /declined/);
  assert.match(cardText(warning), /Alex Morgan/);
  assert.deepEqual((await graphState()).violations, []);
});

await browserStep('in the browser: the warning offers the escalation, and pressing it opens stage 1', 'escalation', async () => {
  const warning = page.locator('.ac-adaptiveCard', { hasText: 'Meeting at risk for CR-6001' }).last();
  await warning.waitFor();
  await shot('3-warned');
  await warning.locator('.ac-actionSet button[aria-label="Escalate"]').click();
  await page.locator('.ac-adaptiveCard', { hasText: 'Start stage 1' }).last().waitFor();
  await shot('4-escalation');
});

await closeBrowser();
pg.close();
run.finish();
