// An escalation whose stage stalls, in the Playground: the school challenges a CSC decision -> stage 1 card in the
// case channel, and its copy in the front door that holds the referral -> the bot's clock is moved past the due date
// (the test-only clock control, on only in anonymous local mode) -> the nudge appears beside the copy in the front
// door, where the owner works, and the case channel hears of it -> the owner answers on the front door's copy -> in
// Chromium the DSL (the raiser) sees the answer on the case channel's card and accepts it. Screenshots escalation-ui-*.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createRun, poll, restartStackOnFreshStorage } from './harness.mjs';
import { openBrowser } from './browser.mjs';
import { openPlayground } from './playground-api.mjs';

const results = process.argv[2];
const run = createRun('escalation', results);
const BOT = 'http://127.0.0.1:3978';

await restartStackOnFreshStorage(results, 'escalation');
const pg = await openPlayground();
const { userId, events, say, cardText, nextEvent, execute, actionData, settled, linkCaseAndDesk } = pg;
const worker = userId('Sam Okafor');

let general, desk, statusCard, deskCard, escalationCard, deskCopy;

// The web client shows what arrives while it is open, so it opens first, on the case channel.
const { page, shot, step: browserStep, close: closeBrowser } = await openBrowser(pg, run, results, 'escalation');

await run.step('a case channel, a front door, and Sam Okafor granted the social worker role', async () => {
  ({ general, desk } = await linkCaseAndDesk({ caseRef: 'CR-4001', initials: 'EF', worker, roles: { 'Sam Okafor': 'SocialWorker' } }));
});

await run.step('a referral decided "no further action" and challenged by the school starts stage 1', async () => {
  let mark = events.length;
  await say(general, 'refer');
  const form = await nextEvent(mark, 'createMessage', 'referral.submit');
  mark = events.length;
  await execute(form, 'referral.submit', {
    ...actionData(form, 'referral.submit'), whatHappened: 'Came in hungry three days running and took food from the bins.',
    childsWords: "There's nothing in the cupboards.", fears: 'That she is not being fed at home.', helpAsked: 'An assessment of her needs.',
    consent: 'Given', consentNote: '', desk,
  });
  statusCard = form;
  deskCard = await nextEvent(mark, 'createMessage', 'referral.acknowledge');
  const ack = await execute(deskCard, 'referral.acknowledge', actionData(deskCard, 'referral.acknowledge'), worker);
  deskCard = { ...deskCard, message: { ...deskCard.message, attachments: [{ content: ack.value }] } };
  await execute(deskCard, 'referral.decide', { ...actionData(deskCard, 'referral.decide'), outcome: 'NoFurtherAction',
    reason: 'Mother says the family was between benefit payments; food bank referral made.', advice: 'Keep a daily note of breakfast.' }, worker);

  mark = events.length;
  const referralId = actionData(form, 'referral.submit').referralId;
  await execute(statusCard, 'referral.challenge', { caseRef: 'CR-4001', referralId, reason: 'She has been hungry for three weeks, not three days.' });
  escalationCard = await nextEvent(mark, 'createMessage', 'escalation.respond');
  assert.match(cardText(escalationCard), /Escalation for CR-4001/);
  assert.match(cardText(escalationCard), /immediate/i);
  deskCopy = await poll('the escalation card\'s copy in the front door', () => events.slice(mark).find((e) => e.action === 'createMessage'
    && e.actionConversationId === desk && cardText(e).includes('escalation.respond')));
  assert.match(cardText(deskCopy), /Escalation for CR-4001/);
});

await run.step('moving the clock a day at a time: the owner is nudged once the answer is due, and not reminded the same day', async () => {
  const mark = events.length;
  const said = (text) => events.slice(mark).some((e) => e.action === 'createMessage' && JSON.stringify(e.message).includes(text));
  // Stage 1 is due in 2 working days; with a weekend or a bank holiday in the way it can take up to 6 calendar days.
  let days = 0;
  while (!said('is due now') && days < 8) {
    const before = events.length;
    const res = await fetch(`${BOT}/_test/clock/advance?days=1`, { method: 'POST' });
    const body = await res.text();
    assert.equal(res.status, 200, body);
    days++;
    // The sweep posted before answering; its messages reach the Playground's socket a moment later.
    await settled(before);
  }
  await poll('the nudge', () => said('is due now'));
  assert.ok(days >= 2, `not nudged before two days had passed (${days})`);
  assert.ok(!said('reminder'), 'the reminder waits for the grace period');
  const nudges = events.slice(mark).filter((e) => e.action === 'createMessage' && JSON.stringify(e.message).includes('is due now'));
  const toOwner = nudges.filter((e) => e.actionConversationId === desk);
  assert.equal(toOwner.length, 1, 'one nudge beside the copy in the front door');
  assert.match(JSON.stringify(toOwner[0].message), /social worker/);
  assert.ok(nudges.some((e) => e.actionConversationId !== desk && JSON.stringify(e.message).includes("nudged them in their agency's desk channel")),
    'the case channel hears that the owner was nudged');
});

await run.step('the owner answers on the copy in the front door', async () => {
  const answer = await execute(deskCopy, 'escalation.respond', {
    ...actionData(deskCopy, 'escalation.respond'), outcome: 'notAgreed', reason: 'The decision stands: the food bank referral addresses it.',
  }, worker);
  assert.match(JSON.stringify(answer.value), /The decision stands/);
});

await browserStep('in the browser: the raiser sees the nudge and the owner\'s answer on the escalation card', 'answered', async () => {
  await page.locator('.fui-Card[role="group"]', { hasText: 'is due now' }).first().waitFor();
  const card = page.locator('.ac-adaptiveCard', { hasText: 'Escalation for CR-4001' }).first();
  await card.getByText('The decision stands').first().waitFor();
  await shot('1-answered');
});

await browserStep('in the browser: the raiser accepts the answer and the card says the escalation is closed', 'closed', async () => {
  const card = page.locator('.ac-adaptiveCard', { hasText: 'Escalation for CR-4001' }).first();
  await card.locator('.ac-actionSet button[aria-label="Accept the answer and close"]').click();
  await page.locator('.ac-adaptiveCard', { hasText: 'Resolution accepted' }).first().waitFor();
  await shot('2-closed');
});

await closeBrowser();
pg.close();
run.finish();
