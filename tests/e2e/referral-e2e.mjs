// The referral loop through the Playground's programmatic API, across the team's two channels: General is the
// school's case channel, "CSC referrals" the CSC front-door desk. refer -> the referral's own thread at the desk ->
// acknowledge -> no further action without a reason is refused -> decide with reason and advice -> the school's
// card is updated in place -> ask for an update -> CSC answers from its channel -> the school's card shows it.
// Then the school's side again in Chromium (screenshots referral-ui-*.png beside the results), CSC through the API.
// The other scenarios link both channels already, so this one first restarts the local stack on fresh storage
// (same log folder, so run.sh's trap still stops it).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createRun, restartStackOnFreshStorage } from './harness.mjs';
import { openPlayground } from './playground-api.mjs';

const results = process.argv[2];
const run = createRun('referral', results);
const PG = process.env.PLAYGROUND_URL;

await restartStackOnFreshStorage(results, 'referral');
const { me, bot, team, userId, events, say, cardOf, cardText, nextEvent, threadOf, execute, actionData, close } = await openPlayground();
const worker = userId('Sam Okafor');                                   // at the CSC front door; Dana Shah (me) is the school's DSL
const general = team.id;                                              // the school's case channel
const desk = team.channels.find((c) => c.id !== team.id).id;          // "CSC referrals"

let form, schoolCard, deskCard, request, referral;
const what = 'Arrived at 8:50 with a bruise on the left cheek and flinched at a raised hand.';
const reason = 'Home visit found the bruise came from a fall at football, seen by the coach.';
const advice = 'Keep recording new marks and refer again at once if the child says more.';

await run.step('General is linked as the case channel and CSC referrals as the front-door desk', async () => {
  let mark = events.length;
  await say(general, 'setup');
  const setupCase = await nextEvent(mark, 'createMessage', 'channel.linkCase');
  const linked = await execute(setupCase, 'channel.linkCase', { caseRef: 'CR-3001', initials: 'AB', agency: 'School' });
  assert.match(JSON.stringify(linked.value), /CR-3001/);

  mark = events.length;
  await say(desk, 'setup');
  const setupDesk = await nextEvent(mark, 'createMessage', 'channel.linkDesk');
  const deskLinked = await execute(setupDesk, 'channel.linkDesk', { deskKind: 'CscFrontDoor', deskName: 'Northfield front door' }, worker);
  assert.match(JSON.stringify(deskLinked.value), /Northfield front door/);
});

await run.step('refer in the case channel brings the referral form, offering the front door', async () => {
  const mark = events.length;
  await say(general, 'refer');
  form = await nextEvent(mark, 'createMessage', 'referral.submit');
  assert.match(cardText(form), /Northfield front door/);
});

await run.step('sending the referral opens its own thread at the desk, first line case reference and initials only', async () => {
  const mark = events.length;
  const data = {
    ...actionData(form, 'referral.submit'), whatHappened: what, childsWords: "Mum's boyfriend gets angry when I'm loud.",
    fears: 'That it gets worse over the holiday.', helpAsked: 'An assessment of safety at home.',
    consent: 'NotSought', consentNote: "Asking would alert the mother's partner.", desk,
  };
  referral = data;
  const status = await execute(form, 'referral.submit', data);
  assert.equal(status.type, 'application/vnd.microsoft.card.adaptive');
  assert.match(JSON.stringify(status.value), /Sent, waiting for CSC to acknowledge/);
  deskCard = await nextEvent(mark, 'createMessage', 'referral.acknowledge');
  assert.ok(threadOf(deskCard).startsWith(desk + ';messageid='), 'the referral card opens a thread in the desk channel');
  assert.equal(cardOf(deskCard).body[0].text, 'Referral CR-3001 (A.B.)');
  schoolCard = form; // the form became the school's living status card
});

await run.step('acknowledging at the desk updates the school card in place', async () => {
  const mark = events.length;
  const answer = await execute(deskCard, 'referral.acknowledge', actionData(deskCard, 'referral.acknowledge'), worker);
  assert.match(JSON.stringify(answer.value), /Received by CSC/);
  const update = await nextEvent(mark, 'updateMessage', 'Received by CSC');
  assert.equal(update.message.messageId, schoolCard.message.messageId);
  deskCard = { ...deskCard, message: { ...deskCard.message, attachments: [{ content: answer.value }] } };
});

await run.step('no further action without a reason is refused with a clear message', async () => {
  const data = { ...actionData(deskCard, 'referral.decide'), outcome: 'NoFurtherAction', reason: '', advice: '' };
  const answer = await execute(deskCard, 'referral.decide', data, worker);
  assert.equal(answer.type, 'application/vnd.microsoft.error');
  assert.match(answer.value.message, /reason/);
});

await run.step('a decision with reason and advice shows in full on the school card, updated in place', async () => {
  const mark = events.length;
  const data = { ...actionData(deskCard, 'referral.decide'), outcome: 'NoFurtherAction', reason, advice };
  const answer = await execute(deskCard, 'referral.decide', data, worker);
  assert.match(JSON.stringify(answer.value), /Decision: No further action/);
  const update = await nextEvent(mark, 'updateMessage', reason);
  assert.equal(update.message.messageId, schoolCard.message.messageId);
  assert.match(cardText(update), new RegExp(advice));
  // The decision is shown on the school's card, never posted anew; the one new post asks people to record what they
  // have observed, and carries nothing of the decision's reason.
  const posted = events.slice(mark).filter((e) => e.action === 'createMessage' && threadOf(e).startsWith(general));
  assert.ok(posted.every((e) => cardText(e).includes('record what you have observed') && !cardText(e).includes(reason)),
    'no new post of the decision in the school channel');
});

await run.step('the school asks for an update: a request card in the referral thread names the holder', async () => {
  const mark = events.length;
  await execute(schoolCard, 'referral.askUpdate', { caseRef: 'CR-3001', referralId: referral.referralId });
  request = await nextEvent(mark, 'createMessage', 'referral.answer');
  assert.equal(request.actionConversationId, threadOf(deskCard));
  assert.match(cardText(request), /Held by Sam Okafor/);
});

await run.step('CSC answers from its channel and the school card shows the answer', async () => {
  const mark = events.length;
  const data = { ...actionData(request, 'referral.answer'), answer: 'Advice letter sent today.', newStatus: '' };
  const answer = await execute(request, 'referral.answer', data, worker);
  assert.match(JSON.stringify(answer.value), /Answered by Sam Okafor/);
  const update = await nextEvent(mark, 'updateMessage', 'Advice letter sent today.');
  assert.equal(update.message.messageId, schoolCard.message.messageId);
});

// The same loop as the school sees it in the web client (Chromium), with screenshots kept beside the results: the
// DSL refers and asks for an update in the browser; the front door acts through the API as Sam Okafor.
await (async function schoolInTheBrowser() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_BIN, args: JSON.parse(process.env.CHROMIUM_FLAGS_JSON) });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  page.setDefaultTimeout(15_000);
  const shot = (name) => page.screenshot({ path: join(results, `referral-ui-${name}.png`) });
  const composer = '[role="textbox"][data-lexical-editor="true"]';
  const postText = 'referral for CR-3001';
  let thread, statusCard;
  try {
    await page.goto(`${PG}/`);
    await page.locator(`button[role="treeitem"][aria-label="${team.name} - General"]`).click();

    await run.step('in the browser: refer brings the form in the case channel and sending turns it into the status card', async () => {
      await page.locator(composer).first().click();
      await page.keyboard.type('@' + bot.name.split(' ')[0]);
      await page.locator('[role="menuitem"]', { hasText: bot.name }).first().click();
      await page.keyboard.type(' refer ' + postText);
      await page.getByRole('button', { name: 'Post', exact: true }).click();
      thread = page.locator('.fui-Card[role="group"]', { hasText: postText });
      const form = thread.locator('.ac-adaptiveCard', { hasText: 'Send the referral' }).last();
      await form.waitFor();
      const mark = events.length;
      await form.getByLabel(/What happened/).fill(what);
      await form.getByLabel(/What do you fear/).fill('That it gets worse over the holiday.');
      await form.getByLabel(/What help are you asking for/).fill('An assessment of safety at home.');
      await form.getByRole('combobox').first().click();
      await page.getByRole('option', { name: 'Parents know and agree' }).click();
      await shot('1-form');
      await form.locator('.ac-actionSet button[aria-label="Send the referral"]').click();
      statusCard = thread.locator('.ac-adaptiveCard', { hasText: 'Sent, waiting for CSC to acknowledge' }).first();
      await statusCard.waitFor();
      deskCard = await nextEvent(mark, 'createMessage', 'referral.acknowledge');
      await shot('2-status-sent');
    });

    await run.step('in the browser: the front door decides and the school card changes in place', async () => {
      const ack = await execute(deskCard, 'referral.acknowledge', actionData(deskCard, 'referral.acknowledge'), worker);
      deskCard = { ...deskCard, message: { ...deskCard.message, attachments: [{ content: ack.value }] } };
      await thread.locator('.ac-adaptiveCard', { hasText: 'Received by CSC' }).first().waitFor();
      await execute(deskCard, 'referral.decide', { ...actionData(deskCard, 'referral.decide'), outcome: 'EarlyHelp', reason: 'The family agreed to a family support worker.', advice: '' }, worker);
      await thread.locator('.ac-adaptiveCard', { hasText: 'The family agreed to a family support worker.' }).first().waitFor();
      await shot('3-decided');
    });

    await run.step('in the browser: Ask for an update, CSC answers from its channel, and the answer shows on the card', async () => {
      const mark = events.length;
      await thread.locator('.ac-adaptiveCard', { hasText: 'Decision: Early help' }).first()
        .locator('.ac-actionSet button[aria-label="Ask for an update"]').click();
      const asked = await nextEvent(mark, 'createMessage', 'referral.answer');
      // The click's own answer (the card saying the update was asked for) reaches the browser after the request card
      // reaches the socket; CSC answering before it is drawn would let it draw over the answer.
      await thread.locator('.ac-adaptiveCard', { hasText: 'asked CSC for an update' }).first().waitFor();
      await execute(asked, 'referral.answer', { ...actionData(asked, 'referral.answer'), answer: 'Support worker starts on Monday.', newStatus: '' }, worker);
      await thread.locator('.ac-adaptiveCard', { hasText: 'Support worker starts on Monday.' }).first().waitFor();
      await shot('4-answered');
    });

    await run.step('in the browser: the front-door channel shows the referral thread with case reference and initials', async () => {
      await page.locator(`button[role="treeitem"][aria-label="${team.name} - ${team.channels.find((c) => c.id === desk).name}"]`).click();
      await shot('5-desk-channel');
    });
  } catch (error) {
    await shot('failure').catch(() => {});
    await run.step('the browser session itself', () => { throw error; });
  } finally {
    await browser.close();
  }
})();

close();
run.finish();
