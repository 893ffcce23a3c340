import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
} from 'botbuilder';
import { adaptiveCardAction, installationUpdate, message, personalConversationId } from './activities';
import { startFakeConnector, type FakeConnector } from './fakeConnector';
import { outsider, performer, testBot, testTenant, unitManager } from './testUsers';

/** The fake connector is itself tested over plain HTTP, so a wrong answer cannot hide behind botbuilder. */
describe('fake Bot Connector', () => {
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await startFakeConnector({ users: [unitManager, performer] });
  });
  afterEach(() => connector.reset());
  afterAll(() => connector.close());

  const conversationId = 'a:1Xk9Pq2Lm7Vt4Hn8Rc3Wb6Zd0Fs5Jy1Ga';
  const encoded = encodeURIComponent(conversationId);
  const endpoint = (path: string): string => new URL(path, connector.url).toString();
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(endpoint(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const reply = {
    type: 'message',
    text: 'Hej Erik!',
    conversation: { id: conversationId, tenantId: testTenant.id },
  };

  it('records a reply with the decoded conversation id, the activity, and no Authorization header', async () => {
    const response = await post(`v3/conversations/${encoded}/activities/1741592712345`, reply, {
      authorization: 'Bearer not-a-real-token',
      'x-test': 'kept',
    });

    expect(response.status).toBe(201);
    const answer = (await response.json()) as { id: string };
    expect(answer.id).toMatch(/^1:/);
    expect(connector.calls).toHaveLength(1);
    const [call] = connector.calls;
    expect(call).toMatchObject({
      operation: 'reply',
      method: 'POST',
      path: `/v3/conversations/${encoded}/activities/1741592712345`,
      conversationId,
      activityId: '1741592712345',
      tenantId: testTenant.id,
      status: 201,
    });
    expect(call.activity?.text).toBe('Hej Erik!');
    expect(call.headers['x-test']).toBe('kept');
    expect(call.headers.authorization).toBeUndefined();
    expect(connector.sent()).toEqual([
      expect.objectContaining({
        conversationId,
        id: answer.id,
        operation: 'reply',
        replyToId: '1741592712345',
      }),
    ]);
  });

  it('tells send, update and delete apart and answers each as the connector does', async () => {
    const send = await post(`v3/conversations/${encoded}/activities`, reply);
    const update = await fetch(endpoint(`v3/conversations/${encoded}/activities/1%3Aabc`), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...reply, text: 'Uppdaterad' }),
    });
    const remove = await fetch(endpoint(`v3/conversations/${encoded}/activities/1%3Aabc`), {
      method: 'DELETE',
    });

    expect([send.status, update.status, remove.status]).toEqual([201, 200, 200]);
    expect(await update.json()).toEqual({ id: '1:abc' });
    expect(connector.calls.map((call) => [call.operation, call.activityId])).toEqual([
      ['send', undefined],
      ['update', '1:abc'],
      ['delete', '1:abc'],
    ]);
    expect(connector.sent({ conversationId }).map((sent) => sent.activity.text)).toEqual(['Hej Erik!']);
  });

  it('answers 429 with Retry-After for as many matching requests as asked, then recovers', async () => {
    connector.failNext({
      status: 429,
      retryAfterSeconds: 1,
      count: 2,
      match: (request) => request.operation === 'send',
    });

    const member = await fetch(
      endpoint(`v3/conversations/${encoded}/members/${encodeURIComponent(performer.id)}`),
    );
    const first = await post(`v3/conversations/${encoded}/activities`, reply);
    const second = await post(`v3/conversations/${encoded}/activities`, reply);
    const third = await post(`v3/conversations/${encoded}/activities`, reply);

    expect(member.status).toBe(200);
    expect([first.status, second.status, third.status]).toEqual([429, 429, 201]);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(((await first.json()) as { error: { code: string } }).error.code).toBeTruthy();
    expect(connector.calls.filter((call) => call.fault === 'injected')).toHaveLength(2);
    expect(connector.sent()).toHaveLength(1);
    expect(connector.pendingFaults).toBe(0);
  });

  it('injects 5xx without Retry-After, and a 403 with the Teams error body of a blocked conversation', async () => {
    connector.failNext({ status: 500 });
    connector.failNext({ status: 403 });

    const serverError = await post(`v3/conversations/${encoded}/activities`, reply);
    const blocked = await post(`v3/conversations/${encoded}/activities`, reply);

    expect(serverError.status).toBe(500);
    expect(serverError.headers.get('retry-after')).toBeNull();
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toEqual({
      error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' },
    });
    expect(connector.sent()).toEqual([]);
  });

  it('creates a 1:1 conversation, records members and tenant, and reuses the id for the same user', async () => {
    const parameters = {
      isGroup: false,
      bot: { id: testBot.id },
      members: [{ id: performer.id }],
      tenantId: testTenant.id,
      channelData: { tenant: { id: testTenant.id } },
    };
    const first = await post('v3/conversations', parameters);
    const again = await post('v3/conversations', parameters);

    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    expect(id).toMatch(/^a:1/);
    expect(((await again.json()) as { id: string }).id).toBe(id);
    expect(connector.conversations.get(id)).toMatchObject({
      tenantId: testTenant.id,
      isGroup: false,
      members: [{ id: performer.id }],
    });
    expect(connector.calls[0]).toMatchObject({ operation: 'createConversation', tenantId: testTenant.id });

    // The conversation now knows its members and its tenant, for later calls without a body.
    const member = await fetch(
      endpoint(`v3/conversations/${encodeURIComponent(id)}/members/${performer.aadObjectId}`),
    );
    const stranger = await fetch(
      endpoint(`v3/conversations/${encodeURIComponent(id)}/members/${unitManager.id}`),
    );
    expect(member.status).toBe(200);
    expect(await member.json()).toMatchObject({ id: performer.id, name: 'Erik Olsson', userRole: 'user' });
    expect(stranger.status).toBe(404);
    expect(connector.calls.at(-1)?.tenantId).toBe(testTenant.id);
  });

  it('limits each tenant to limitPerSecond requests per second, with Retry-After', async () => {
    connector.setRateLimit(3);
    try {
      const other = { ...reply, conversation: { id: 'a:1other', tenantId: outsider.tenantId } };
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1)
        statuses.push((await post(`v3/conversations/${encoded}/activities`, reply)).status);
      const otherTenant = await post('v3/conversations/a%3A1other/activities', other);

      expect(statuses).toEqual([201, 201, 201, 429]);
      expect(otherTenant.status).toBe(201);
      const limited = connector.calls.find((call) => call.fault === 'rateLimited');
      expect(limited?.tenantId).toBe(testTenant.id);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect((await post(`v3/conversations/${encoded}/activities`, reply)).status).toBe(201);
    } finally {
      connector.setRateLimit(undefined);
    }
  });

  it('waitFor resolves on a later call and rejects with what it saw on timeout', async () => {
    const waiting = connector.waitFor((call) => call.operation === 'send', 1000);
    setTimeout(() => void post(`v3/conversations/${encoded}/activities`, reply), 50);
    await expect(waiting).resolves.toMatchObject({ operation: 'send', conversationId });

    await expect(connector.waitFor((call) => call.operation === 'update', 100)).rejects.toThrow(
      /no matching call within 100 ms[\s\S]*POST \/v3\/conversations/,
    );
  });

  it('serves a shared file at its downloadUrl, and answers unknown routes with 404', async () => {
    const file = connector.serveFile('plan.yaml', 'enhet: Ekonomi\n', 'application/yaml');
    const download = await fetch(file.downloadUrl);
    const unknown = await fetch(endpoint('v3/nothing/here'));

    expect(file.fileType).toBe('yaml');
    expect(await download.text()).toBe('enhet: Ekonomi\n');
    expect(unknown.status).toBe(404);
    expect(connector.calls.map((call) => call.operation)).toEqual(['downloadFile', 'unknown']);
  });

  it('answers botbuilder as the real connector does: CloudAdapter sends, and retries a 429 that has Retry-After', async () => {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const activity = message({ serviceUrl: connector.url, user: performer, text: 'hjälp' });
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: activity.conversation,
      bot: activity.recipient,
      user: activity.from,
    };
    connector.failNext({ status: 429, retryAfterSeconds: 0, count: 1 });

    await adapter.continueConversationAsync('', reference, async (context) => {
      await context.sendActivity('Påminnelse: attestkontrollen ska göras senast fredag.');
    });

    expect(connector.calls.map((call) => call.status)).toEqual([429, 201]);
    const [sent] = connector.sent();
    expect(sent.conversationId).toBe(personalConversationId(performer));
    expect(sent.activity.text).toBe('Påminnelse: attestkontrollen ska göras senast fredag.');
    expect(connector.calls[1].path).toContain(encodeURIComponent(personalConversationId(performer)));
  });
});

describe('Teams activity builders', () => {
  const serviceUrl = 'http://127.0.0.1:1/';

  it('builds a channel message that @mentions the bot, in a thread of its own', () => {
    const activity = message({ serviceUrl, user: unitManager, conversation: 'channel', text: 'status' });

    expect(activity.text).toBe('<at>ikbot</at> status');
    expect(activity.entities?.[0]).toMatchObject({ type: 'mention', mentioned: { id: testBot.id } });
    expect(activity.conversation.id).toMatch(new RegExp(`@thread\\.tacv2;messageid=${activity.id}$`));
    expect(activity.channelData).toMatchObject({
      tenant: { id: testTenant.id },
      team: { id: expect.any(String) },
    });
    expect(activity.serviceUrl).toBe(serviceUrl);
    expect(activity.localTimestamp).toMatch(/[+-]0[12]:00$/);
  });

  it('gives each message a distinct id and a user one stable personal conversation', () => {
    const at = new Date('2025-03-10T07:45:12.000Z');
    const first = message({ serviceUrl, text: 'hjälp', timestamp: at });
    const second = message({ serviceUrl, text: 'status', timestamp: at });

    expect(first.id).not.toBe(second.id);
    expect(first.conversation.id).toBe(second.conversation.id);
    expect(first.conversation).toMatchObject({ conversationType: 'personal', tenantId: testTenant.id });
    expect(first.localTimestamp).toBe('2025-03-10T08:45:12.000+01:00');
  });

  it('builds installationUpdate and Action.Execute invokes in the shapes Teams sends', () => {
    const install = installationUpdate({ serviceUrl, action: 'add', scope: 'team', user: unitManager });
    const invoke = adaptiveCardAction({ serviceUrl, verb: 'control.submitResult', data: { result: 'ok' } });

    expect(install).toMatchObject({
      type: 'installationUpdate',
      action: 'add',
      conversation: { conversationType: 'channel' },
      channelData: { team: { name: 'Internkontroll' } },
    });
    expect(invoke).toMatchObject({
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'control.submitResult', data: { result: 'ok' } },
        trigger: 'manual',
      },
    });
  });
});
