import { readConfig } from '../../src/config/readConfig';
import { createLogger } from '../../src/logging/createLogger';
import { MongoConversationRepository } from '../../src/storage/mongo/people/MongoConversationRepository';
import { createAdapter } from '../../src/teams/createAdapter';
import { localModeServiceUrls } from '../../src/teams/localModeServiceUrls';
import { TeamsMessenger } from '../../src/teams/TeamsMessenger';
import { startFakeConnector } from '../support/fakeConnector';
import { openTestDatabase } from '../support/testDatabase';
import { performer } from '../support/testUsers';

const credentials = {
  MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: performer.tenantId,
};

describe('local mode sends only to the configured service URL', () => {
  it('with credentials nothing is restricted (Teams says where conversations live)', () => {
    expect(localModeServiceUrls(readConfig(credentials))).toBeUndefined();
  });

  it('without IKBOT_SERVICE_URL only this machine is reachable: never Microsoft’s connector', () => {
    const mayReach = localModeServiceUrls(readConfig({}))!;
    expect(mayReach('http://localhost:56150/_connector')).toBe(true);
    expect(mayReach('http://127.0.0.1:3979/')).toBe(true);
    expect(mayReach('https://smba.trafficmanager.net/teams/')).toBe(false);
    expect(mayReach('https://evil.example/')).toBe(false);
    expect(mayReach('not a url')).toBe(false);
  });

  it('with IKBOT_SERVICE_URL only its origin is reachable', () => {
    const mayReach = localModeServiceUrls(
      readConfig({ IKBOT_SERVICE_URL: 'http://127.0.0.1:4000/connector' }),
    )!;
    expect(mayReach('http://127.0.0.1:4000/other')).toBe(true);
    expect(mayReach('http://127.0.0.1:4001/')).toBe(false);
    expect(mayReach('http://localhost:4000/')).toBe(false);
  });

  it('a reminder for someone without a stored chat is not sent to Microsoft in local mode, and a stored chat on this machine still is', async () => {
    const database = await openTestDatabase('localModeServiceUrls');
    const connector = await startFakeConnector();
    try {
      const config = readConfig({});
      const logger = createLogger('silent');
      const conversations = new MongoConversationRepository(database.db);
      const messenger = new TeamsMessenger({
        adapter: createAdapter(config, logger),
        conversations,
        appId: '',
        serviceUrl: config.reminders.serviceUrl,
        logger,
        now: () => new Date(),
        mayReach: localModeServiceUrls(config),
      });
      const recipient = { aadObjectId: performer.aadObjectId, tenantId: performer.tenantId };
      expect(config.reminders.serviceUrl).toMatch(/smba\.trafficmanager\.net/);
      await expect(messenger.sendToPerson(recipient, { text: 'Påminnelse' })).resolves.toMatchObject({
        ok: false,
        permanent: true,
        code: 'ServiceUrlNotAllowed',
      });

      await conversations.save({
        key: `user:${performer.aadObjectId}`,
        kind: 'personal',
        tenantId: performer.tenantId,
        conversationId: 'a:local-chat',
        aadObjectId: performer.aadObjectId,
        reference: {
          serviceUrl: connector.url,
          channelId: 'msteams',
          conversation: { id: 'a:local-chat', tenantId: performer.tenantId },
          bot: { id: 'ikbot', name: 'ikbot' },
          user: { id: performer.aadObjectId },
        },
        installed: true,
        updatedAt: new Date(),
      });
      await expect(messenger.sendToPerson(recipient, { text: 'Påminnelse' })).resolves.toMatchObject({
        ok: true,
      });
      expect(connector.sent().map((sent) => sent.activity.text)).toEqual(['Påminnelse']);
    } finally {
      await connector.close();
      await database.drop();
    }
  });
});
