import { GridFsEvidenceStore } from '../../src/storage/mongo/evidence/GridFsEvidenceStore';
import { SharePointEvidenceStore } from '../../src/storage/evidence/SharePointEvidenceStore';
import { startFakeGraphDrive } from '../support/fakeGraphDrive';
import { openTestDatabase } from '../support/testDatabase';
import { evidenceContentStoreContract } from './evidenceContentStoreContract';

evidenceContentStoreContract('GridFS on the embedded database', async () => {
  const database = await openTestDatabase('evidence_gridfs');
  return { store: new GridFsEvidenceStore(database.db), close: database.drop };
});

evidenceContentStoreContract('SharePoint through the fake Graph server', async () => {
  const graph = await startFakeGraphDrive('b!drive1');
  const store = new SharePointEvidenceStore({
    graphUrl: graph.graphUrl,
    driveId: 'b!drive1',
    rootFolder: 'ikbot',
    token: async () => graph.token,
  });
  return { store, close: graph.close };
});

describe('SharePointEvidenceStore', () => {
  it('files evidence in one folder per plan/control/occasion, sends no token to pre-authenticated URLs', async () => {
    const graph = await startFakeGraphDrive('b!drive2');
    try {
      const store = new SharePointEvidenceStore({
        graphUrl: graph.graphUrl,
        driveId: 'b!drive2',
        rootFolder: 'ikbot',
        token: async () => graph.token,
      });
      const location = await store.save(
        { planId: 'plan-2025', controlId: 'K1', occasionId: 'plan-2025|K1|enhet-a|2025-06' },
        {
          id: 'f1',
          fileName: 'lista.csv',
          contentType: 'text/csv',
          content: Buffer.alloc(5 * 1024 * 1024, 65),
        },
      );
      expect(graph.items().map((item) => item.path)).toEqual([
        'ikbot/plan-2025/K1/plan-2025_K1_enhet-a_2025-06/f1-lista.csv',
      ]);
      expect(location.webUrl).toMatch(/^https:\/\/exempelby\.sharepoint\.com\//);
      await store.read(location);
      const preAuthenticated = graph.requests.filter((r) => /^\/(upload|download)\//.test(r.path));
      expect(preAuthenticated.length).toBeGreaterThan(1);
      expect(preAuthenticated.every((r) => !r.authorized)).toBe(true);
    } finally {
      await graph.close();
    }
  });

  it('cancels the upload session when a streamed file fails half-way, storing nothing', async () => {
    const graph = await startFakeGraphDrive('b!drive3');
    try {
      const store = new SharePointEvidenceStore({
        graphUrl: graph.graphUrl,
        driveId: 'b!drive3',
        rootFolder: 'ikbot',
        token: async () => graph.token,
      });
      async function* breaksOff(): AsyncGenerator<Buffer> {
        // Two whole fragments go to the session before the download breaks off.
        yield Buffer.alloc(11 * 1024 * 1024, 1);
        throw new Error('the download broke off');
      }
      await expect(
        store.save(
          { planId: 'p', controlId: 'K1', occasionId: 'p|K1|a|2025-06' },
          {
            id: 'f2',
            fileName: 'foto.jpg',
            contentType: 'image/jpeg',
            content: breaksOff(),
            size: 20_000_000,
          },
        ),
      ).rejects.toThrow('the download broke off');
      const uploads = graph.requests.filter((r) => r.path.startsWith('/upload/'));
      expect(uploads.map((r) => r.method)).toEqual(['PUT', 'PUT', 'DELETE']);
      expect(graph.items()).toEqual([]);
    } finally {
      await graph.close();
    }
  });

  it('refuses to follow Graph to plain http elsewhere', async () => {
    const store = new SharePointEvidenceStore({
      graphUrl: 'https://graph.microsoft.com/v1.0',
      driveId: 'd',
      rootFolder: 'ikbot',
      token: async () => 't',
    });
    // The private guard is what read() and uploads call on every hop.
    expect(() =>
      (store as unknown as { assertAllowed(url: URL): void }).assertAllowed(new URL('http://evil.example/x')),
    ).toThrow(/only https/);
  });
});
