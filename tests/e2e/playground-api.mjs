// Acting in the Playground through its HTTP and WebSocket API (see ../shared/playground.md): messages as the
// current user, card clicks as anyone, and the bot's posts and updates as they arrive.
import assert from 'node:assert/strict';
import { poll } from './harness.mjs';

export async function openPlayground() {
  const PG = process.env.PLAYGROUND_URL;
  const { config } = await (await fetch(`${PG}/_internal/v1/config`)).json();
  const me = config.currentUser.id;
  const bot = config.bot;
  const team = config.teams[0];
  const userId = (name) => config.users.find((u) => u.name === name).id;

  const post = async (path, body) => {
    const res = await fetch(PG + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    assert.equal(res.status, 200, `${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };

  const events = [];
  const ws = new WebSocket(process.env.PLAYGROUND_WS_URL);
  ws.onmessage = (e) => events.push(JSON.parse(e.data));
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });

  const cardOf = (event) => event.message.attachments?.[0]?.content ?? {};
  const cardText = (event) => JSON.stringify(cardOf(event));
  const nextEvent = (from, action, containing) => poll(`${action} of a card containing "${containing}"`, () =>
    events.slice(from).find((e) => e.action === action && e.message.attachments?.length && cardText(e).includes(containing)));
  const nextText = (from, containing) => poll(`a message containing "${containing}"`, () =>
    events.slice(from).find((e) => e.action === 'createMessage' && (e.message.text ?? '').includes(containing)));
  const mention = (text) => ({
    text: `<at>${bot.name}</at> ${text}`, textFormat: 'plain', from: { id: me },
    mentions: [{ mentioned: { id: bot.id }, text: `<at>${bot.name}</at>` }],
  });
  // In a channel the bot hears only an @mention; in the personal chat, plain text.
  const say = (conversation, text, withMention = true) => post(`/_conversation/v1/conversations/${encodeURIComponent(conversation)}/messages`,
    withMention ? mention(text) : { text, textFormat: 'plain', from: { id: me } });
  const textOf = (event) => `${event.message.text ?? ''} ${JSON.stringify(cardOf(event))}`;
  const nextPost = (from, containing) => poll(`a post containing "${containing}"`, () =>
    events.slice(from).find((e) => e.action === 'createMessage' && textOf(e).includes(containing)));
  // A card that opened a new channel thread names the thread in postConversationId; a reply, in actionConversationId.
  const threadOf = (card) => card.message.postConversationId ?? card.actionConversationId;
  const execute = (card, verb, data, from = me) => post('/_conversation/v1/invoke', {
    name: 'adaptiveCard/action', from: { id: from },
    conversation: { id: threadOf(card) }, replyToId: card.message.messageId,
    value: { action: { type: 'Action.Execute', verb, data } },
  });
  const actionData = (event, verb) => {
    const found = [];
    const walk = (node) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if (node.verb === verb) found.push(node.data);
        Object.values(node).forEach(walk);
      }
    };
    walk(cardOf(event));
    assert.ok(found.length, `no ${verb} action on the card`);
    return found[0];
  };

  // Waits until no new event has arrived for a quarter of a second (bounded): what the bot posted has come in.
  const settled = async (before) => {
    let seen = before;
    for (let i = 0; i < 40; i++) {
      await new Promise((r) => setTimeout(r, 250));
      if (events.length === seen && i > 0) return;
      seen = events.length;
    }
  };

  // The team's General channel as the case channel (the current user, a school DSL, becomes its lead), the other
  // channel as the CSC front door (linked by the worker), and roles granted by name.
  const linkCaseAndDesk = async ({ caseRef, initials, worker, roles = {} }) => {
    const general = team.id;
    const desk = team.channels.find((c) => c.id !== team.id).id;
    let mark = events.length;
    await say(general, 'setup');
    await execute(await nextEvent(mark, 'createMessage', 'channel.linkCase'), 'channel.linkCase', { caseRef, initials, agency: 'School' });
    mark = events.length;
    await say(desk, 'setup');
    await execute(await nextEvent(mark, 'createMessage', 'channel.linkDesk'), 'channel.linkDesk', { deskKind: 'CscFrontDoor', deskName: 'Northfield front door' }, worker);
    mark = events.length;
    await say(general, 'roles');
    const card = await nextEvent(mark, 'createMessage', 'case.grantRole');
    for (const [name, role] of Object.entries(roles)) {
      const granted = await execute(card, 'case.grantRole', { caseRef, member: config.users.find((u) => u.name === name).aadObjectId, role });
      assert.match(JSON.stringify(granted.value), new RegExp(name));
    }
    return { general, desk };
  };

  return {
    settled, linkCaseAndDesk,
    PG, config, me, bot, team, userId, events, post, say, cardOf, cardText, textOf, nextEvent, nextPost, nextText, threadOf, execute, actionData,
    close: () => ws.close(),
  };
}
