// Plain questions through the Playground's programmatic API (issue 9): in the personal chat and with an @mention
// in the case channel the bot answers what was meant; an ambiguous question gets suggestion buttons, and pressing
// one runs its command. Runs after referral-e2e, whose General channel is the linked case channel.
import assert from 'node:assert/strict';
import { createRun, poll } from './harness.mjs';

const PG = process.env.PLAYGROUND_URL;
const run = createRun('chat', process.argv[2]);
const post = async (path, body) => {
  const res = await fetch(PG + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  assert.equal(res.status, 200, `${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
};
const { config } = await (await fetch(`${PG}/_internal/v1/config`)).json();
const me = config.currentUser.id;
const bot = config.bot;
const chat = config.personalChat.id;
const general = config.teams[0].id;

const events = [];
const ws = new WebSocket(process.env.PLAYGROUND_WS_URL);
ws.onmessage = (e) => events.push(JSON.parse(e.data));
await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });

const cardOf = (event) => event.message.attachments?.[0]?.content ?? {};
const textOf = (event) => `${event.message.text ?? ''} ${JSON.stringify(cardOf(event))}`;
const nextPost = (from, containing) => poll(`a post containing "${containing}"`, () =>
  events.slice(from).find((e) => e.action === 'createMessage' && textOf(e).includes(containing)));
const say = (conversation, text, mention) => post(`/_conversation/v1/conversations/${encodeURIComponent(conversation)}/messages`, mention
  ? { text: `<at>${bot.name}</at> ${text}`, textFormat: 'plain', from: { id: me }, mentions: [{ mentioned: { id: bot.id }, text: `<at>${bot.name}</at>` }] }
  : { text, textFormat: 'plain', from: { id: me } });

await run.step('a plain question in the personal chat gets the help card', async () => {
  const mark = events.length;
  await say(chat, 'what can u do?', false);
  await nextPost(mark, 'Help: Personal chat');
});

await run.step('an @mention asking who the social worker is brings the case roles card', async () => {
  const mark = events.length;
  await say(general, 'whos the social worker?', true);
  await nextPost(mark, 'case.grantRole');
});

await run.step('an ambiguous question offers at most three buttons, and pressing one runs its command', async () => {
  const mark = events.length;
  await say(general, 'the referral', true);
  const card = await nextPost(mark, 'chat.suggestion');
  const actions = cardOf(card).actions;
  assert.ok(actions.length >= 1 && actions.length <= 3, `${actions.length} suggestions`);
  const status = actions.find((a) => a.data.command === 'status');
  assert.ok(status, 'no status suggestion');
  const result = await post('/_conversation/v1/invoke', {
    name: 'adaptiveCard/action', from: { id: me },
    conversation: { id: card.actionConversationId }, replyToId: card.message.messageId,
    value: { action: { type: 'Action.Execute', verb: status.verb, data: status.data } },
  });
  assert.notEqual(result.type, 'application/vnd.microsoft.error', JSON.stringify(result));
});

ws.close();
run.finish();
