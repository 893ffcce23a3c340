import { readConfig } from '../../src/config/readConfig';
import { GraphPeopleDirectory } from '../../src/graph/GraphPeopleDirectory';
import { withGraphRetry } from '../../src/graph/graphRetry';
import { startFakeGraph, type FakeGraph } from '../support/fakeGraph';

const TENANT = '5b7a1d3e-0c1f-4e8a-9d2b-6f3c8a4e1b70';
const APP = '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';
const lena = {
  id: 'c3333333-4d5e-4f60-8b82-9c0d1e2f3041',
  userPrincipalName: 'lena.berg@exempelby.se',
  mail: 'lena.berg@exempelby.se',
  displayName: 'Lena Berg',
  accountEnabled: true,
};

describe('GraphPeopleDirectory against the fake Graph', () => {
  let graph: FakeGraph;
  let directory: GraphPeopleDirectory;
  const sleeps: number[] = [];
  let clock = 0;

  beforeEach(async () => {
    graph = await startFakeGraph({ manifestAppId: APP });
    graph.addUser(lena);
    graph.addUser({
      ...lena,
      id: 'd4444444-5e6f-4071-9c93-0d1e2f304152',
      userPrincipalName: 'gone@exempelby.se',
      mail: 'old.name@exempelby.se',
      displayName: 'Gone',
      accountEnabled: false,
    });
    const config = readConfig(graph.env(TENANT, APP));
    sleeps.length = 0;
    directory = new GraphPeopleDirectory(config.graph!, {
      retry: {
        sleep: async (ms) => {
          sleeps.push(ms);
          clock += ms;
        },
        random: () => 0.5,
        now: () => clock,
      },
    });
  });
  afterEach(() => graph.close());

  it('finds a user by UPN and by an e-mail address that is not the UPN, with their account state', async () => {
    expect(await directory.findUser('lena.berg@exempelby.se')).toEqual(lena);
    const gone = await directory.findUser('old.name@exempelby.se');
    expect(gone).toMatchObject({ id: 'd4444444-5e6f-4071-9c93-0d1e2f304152', accountEnabled: false });
    expect(await directory.findUser('nobody@exempelby.se')).toBeNull();
    // Every Graph call carried a token from the token endpoint, which got the client secret.
    expect(graph.requests().every((r) => r.authorized)).toBe(true);
    expect(graph.tokenRequests()[0]).toMatchObject({ grant_type: 'client_credentials', client_id: APP });
  });

  it('waits as long as Retry-After says on 429 and retries 503, then succeeds', async () => {
    graph.failNext({ status: 429, retryAfterSeconds: 7 });
    graph.failNext({ status: 503 });
    expect((await directory.findUser('lena.berg@exempelby.se'))?.id).toBe(lena.id);
    expect(sleeps[0]).toBe(7000);
    expect(sleeps).toHaveLength(2);
  });

  it('installs the app once (the catalog id looked up by the manifest id), takes 409 as installed, and finds the chat', async () => {
    expect(await directory.catalogAppId()).toBe(graph.catalogAppId);
    expect(await directory.installedChatId(lena.id)).toBeNull();
    expect(await directory.installApp(lena.id)).toEqual({ ok: true, alreadyInstalled: false });
    expect(await directory.installApp(lena.id)).toEqual({ ok: true, alreadyInstalled: true });
    expect(graph.installedFor()).toEqual([lena.id]);
    expect(await directory.installedChatId(lena.id)).toMatch(/^19:/);
    const catalogLookups = graph.requests().filter((r) => r.path === '/v1.0/appCatalogs/teamsApps');
    expect(catalogLookups).toHaveLength(1);
  });

  it('reports a refused installation as forbidden, with what Graph said', async () => {
    graph.failNext({ status: 403, match: (r) => r.method === 'POST' });
    const outcome = await directory.installApp(lena.id);
    expect(outcome).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(graph.installedFor()).toEqual([]);
  });
});

describe('withGraphRetry', () => {
  it('makes every call of a client wait out a 429, not only the one that got it', async () => {
    const gate = { until: 0 };
    const sleeps: number[] = [];
    // The clock stands still, so the gate is still closed when the second call starts.
    const options = {
      maxAttempts: 3,
      sleep: async (ms: number) => void sleeps.push(ms),
      random: () => 0.5,
      gate,
      now: () => 1_000,
    };
    let first = true;
    const throttled = async () => {
      if (first) {
        first = false;
        throw Object.assign(new Error('Too many requests'), {
          statusCode: 429,
          headers: new Headers({ 'retry-after': '7' }),
        });
      }
      return 'ok';
    };
    expect(await withGraphRetry('a', throttled, options)).toBe('ok');
    expect(await withGraphRetry('b', async () => 'ok', options)).toBe('ok');
    expect(sleeps).toEqual([7000, 7000]);
  });

  it('gives up on 403 at once with the status and code, and keeps retrying nothing else', async () => {
    let calls = 0;
    const refused = async () => {
      calls += 1;
      throw Object.assign(new Error('Insufficient privileges'), {
        statusCode: 403,
        code: 'Authorization_RequestDenied',
      });
    };
    await expect(
      withGraphRetry('install', refused, { maxAttempts: 5, sleep: async () => {}, random: () => 0 }),
    ).rejects.toMatchObject({
      status: 403,
      code: 'Authorization_RequestDenied',
    });
    expect(calls).toBe(1);
  });
});
