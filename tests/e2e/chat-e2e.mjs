// Plain questions through the Playground's programmatic API (issue 9): in the personal chat and with an @mention
// in the case channel the bot answers what was meant; an ambiguous question gets suggestion buttons, and pressing
// one runs its command. Runs after referral-e2e, whose General channel is the linked case channel.
import assert from 'node:assert/strict';
import { createRun } from './harness.mjs';
import { openPlayground } from './playground-api.mjs';

const run = createRun('chat', process.argv[2]);
const { config, post, say, cardOf, nextPost, events, close } = await openPlayground();
const me = config.currentUser.id;
const chat = config.personalChat.id;
const general = config.teams[0].id;

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

close();
run.finish();
