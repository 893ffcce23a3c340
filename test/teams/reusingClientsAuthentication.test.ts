import type { Activity, TurnContext } from 'botbuilder';
import { IkAdapter } from '../../src/teams/IkAdapter';
import { ReusingClientsAuthentication } from '../../src/teams/ReusingClientsAuthentication';
import { message } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';

describe('the clients of outgoing calls, kept across turns', () => {
  let connector: FakeConnector;
  let other: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
    other = await startFakeConnector();
  });
  afterAll(async () => {
    await connector.close();
    await other.close();
  });

  /** Runs one turn (local mode: no token) that replies, and returns the clients it was given. */
  async function turn(adapter: IkAdapter, serviceUrl: string, text: string) {
    // As it arrives on the wire: JSON, the timestamp a string.
    const activity = message({ serviceUrl, text }) as unknown as Activity;
    const authentication = await adapter.authenticate(activity, '');
    let clients: { connector: unknown; userToken: unknown } | undefined;
    await adapter.processAuthenticated(authentication, activity, async (context: TurnContext) => {
      clients = {
        connector: context.turnState.get(adapter.ConnectorClientKey),
        userToken: context.turnState.get(adapter.UserTokenClientKey),
      };
      await context.sendActivity(`svar på ${text}`);
    });
    return clients!;
  }

  it('gives every turn to the same service URL the same clients, and each reply still goes out', async () => {
    const adapter = new IkAdapter(new ReusingClientsAuthentication({}));
    const first = await turn(adapter, connector.url, 'ett');
    const second = await turn(adapter, connector.url, 'två');
    expect(first.connector).toBeDefined();
    expect(second.connector).toBe(first.connector);
    expect(second.userToken).toBe(first.userToken);
    expect(connector.sent().map((sent) => sent.activity.text)).toEqual(['svar på ett', 'svar på två']);

    const elsewhere = await turn(adapter, other.url, 'tre');
    expect(elsewhere.connector).not.toBe(first.connector);
    expect(other.sent().map((sent) => sent.activity.text)).toEqual(['svar på tre']);
  });
});
