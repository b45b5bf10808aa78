// The walking skeleton's scenario through the Playground's programmatic API: fast, no browser.
// @mention in a channel -> set-up card; link as a case channel -> card shows the case; help -> help card;
// a crafted action naming another case -> refused on the card.
import assert from 'node:assert/strict';
import { createRun } from './harness.mjs';
import { openPlayground } from './playground-api.mjs';

const run = createRun('api', process.argv[2]);
const { config, say, events, cardText, nextEvent, execute, close } = await openPlayground();
const channel = config.teams[0].channels.find((c) => c.id !== config.teams[0].id).id;   // "CSC referrals"
const nextCard = (from, containing) => nextEvent(from, 'createMessage', containing);

let setup;
await run.step('an @mention in an unlinked channel brings the set-up card', async () => {
  const mark = events.length;
  await say(channel, 'hello');
  setup = await nextCard(mark, 'channel.linkCase');
  assert.equal(setup.message.attachments[0].contentType, 'application/vnd.microsoft.card.adaptive');
  assert.equal(setup.message.attachments[0].content.version, '1.5');
});

await run.step('a case reference that is a name is refused on the card, and nothing is linked', async () => {
  const result = await execute(setup, 'channel.linkCase', { caseRef: 'Jamie', initials: 'JS', agency: 'School' });
  assert.equal(result.type, 'application/vnd.microsoft.card.adaptive');
  assert.match(JSON.stringify(result.value), /includes a number/);
});

await run.step('linking the channel as a new case updates the card to show the case', async () => {
  const result = await execute(setup, 'channel.linkCase', { caseRef: 'cr-1042', initials: 'ab', agency: 'School' });
  assert.equal(result.type, 'application/vnd.microsoft.card.adaptive');
  const text = JSON.stringify(result.value);
  assert.match(text, /CR-1042/);
  assert.match(text, /A\.B\./);
});

await run.step('help in the linked channel shows the help card for that case', async () => {
  const mark = events.length;
  await say(channel, 'help');
  const help = await nextCard(mark, 'Case channel CR-1042');
  assert.match(cardText(help), /immediate risk/);
});

await run.step('a crafted action naming a case that does not exist is refused with a clear message', async () => {
  const result = await execute(setup, 'case.grantRole', { caseRef: 'CR-9999', member: 'x', role: 'Dsl' });
  assert.equal(result.type, 'application/vnd.microsoft.error');
  assert.match(result.value.message, /could not be found/);
});

// Concerns (issue 4), in the channel linked above as CR-1042: log one through the card, see it in the chronology.
const seen = 'A. held her left forearm and flinched; a bruise about 4 cm long on the inside of the arm.';
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const concernInputs = {
  seen, childsWords: 'He grabbed my arm really hard', seenOn: yesterday, seenAt: '09:10', where: 'Year 4 classroom',
  noticedBy: 'Class teacher', actionTaken: 'Told the safeguarding lead at 09:20.', othersKnow: '', cscAware: 'No', cscHow: '',
  category: 'Physical', level: 'Early', share: 'family', shareReason: '',
};
const actionData = (card, verb) => {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.type === 'Action.Execute' && node.verb === verb) found.push(node.data);
      Object.values(node).forEach(walk);
    }
  };
  walk(card.message.attachments[0].content);
  assert.ok(found.length, `no ${verb} action on the card`);
  return found[0];
};

let concernCard;
await run.step('concern in the case channel brings the concern card with its own draft id', async () => {
  const mark = events.length;
  await say(channel, 'concern');
  concernCard = await nextCard(mark, 'concern.submit');
  assert.match(cardText(concernCard), /Log a concern for CR-1042 \(A\.B\.\)/);
  assert.match(actionData(concernCard, 'concern.submit').draftId, /^[0-9a-f]{32}$/);
});

await run.step('a concern dated in the future is refused on the card and nothing is logged', async () => {
  const data = { ...actionData(concernCard, 'concern.submit'), ...concernInputs, seenOn: '2099-01-01' };
  const result = await execute(concernCard, 'concern.submit', data);
  assert.equal(result.type, 'application/vnd.microsoft.card.adaptive');
  assert.match(JSON.stringify(result.value), /in the future/);
});

await run.step('submitting the card logs the concern and replaces it with the logged card', async () => {
  const data = { ...actionData(concernCard, 'concern.submit'), ...concernInputs };
  const result = await execute(concernCard, 'concern.submit', data);
  assert.equal(result.type, 'application/vnd.microsoft.card.adaptive');
  const text = JSON.stringify(result.value);
  assert.match(text, /Concern logged for CR-1042 \(A\.B\.\)/);
  assert.match(text, /Entry 1 of the case chronology/);
  assert.doesNotMatch(text, /bruise/);
  const again = await execute(concernCard, 'concern.submit', data);
  assert.match(JSON.stringify(again.value), /already logged/);
});

await run.step('chronology in the channel shows the concern, newest first', async () => {
  const mark = events.length;
  await say(channel, 'chronology');
  const page = await nextCard(mark, 'Chronology of CR-1042');
  const text = cardText(page);
  assert.ok(text.includes(seen), 'the concern text is on the chronology card');
  assert.match(text, /Entries 1 to 1 of 1/);
  assert.ok(Buffer.byteLength(text) < 24 * 1024);
});

await run.step('verify says the chronology is intact', async () => {
  const mark = events.length;
  await say(channel, 'verify');
  await nextCard(mark, 'The chronology of CR-1042 is intact');
});

await run.step('a social worker granted a role in the case sees the school concern in the chronology', async () => {
  const sam = config.users.find((u) => u.name === 'Sam Okafor');
  const mark = events.length;
  await say(channel, 'roles');
  const roles = await nextCard(mark, 'case.grantRole');
  const granted = await execute(roles, 'case.grantRole', { caseRef: 'CR-1042', member: sam.aadObjectId, role: 'SocialWorker' });
  assert.match(JSON.stringify(granted.value), /Social worker/);
  const page = await execute(roles, 'chronology.page', { caseRef: 'CR-1042', page: 0, agency: 'School', category: 'all' }, sam.id);
  assert.equal(page.type, 'application/vnd.microsoft.card.adaptive');
  assert.ok(JSON.stringify(page.value).includes(seen.slice(0, 40)), 'the social worker sees the concern');
});

close();
run.finish();
