import { readFile } from 'node:fs/promises';
import { admin } from '../support/testUsers';
import { graphPlanFile, startGraphWorld, type GraphWorld } from './graphSetup';

describe('a plan sent in Teams with people given only by e-mail', () => {
  let w: GraphWorld;
  afterEach(() => w.close());

  async function upload(locale?: string) {
    const served = w.bot.connector.serveFile('graph-2025.yaml', await readFile(graphPlanFile));
    await w.bot.post(
      w.bot.activities.fileMessage({ user: admin, locale, file: { name: 'graph-2025.yaml', ...served } }),
    );
    const sent = w.bot.connector.sent();
    return sent[sent.length - 1].activity;
  }

  it('without Graph settings is refused, on the person’s line, saying what to add', async () => {
    w = await startGraphWorld('graph_upload_none', { graph: false });
    const sv = await upload();
    expect(sv.text).toMatch(/kunde inte importeras: 1 fel\. Inget har ändrats\./);
    expect(sv.text).toMatch(/- rad \d+, fält `people\[0\]\.email`: Personen "erik" har bara e-post/);
    expect(sv.text).toContain('IKBOT_GRAPH_CREDENTIAL');
    const en = await upload('en-US');
    expect(en.text).toMatch(/Add the person's Entra ID object id \(aadObjectId\)/);
    expect(await w.bot.app.services.plans.findById('GRAPH-TEST-2025')).toBeNull();
  });

  it('with Graph is staged with the person resolved, and warns about the disabled account', async () => {
    w = await startGraphWorld('graph_upload');
    const reply = await upload();
    const card = JSON.stringify(reply.attachments?.[0]?.content ?? {});
    expect(card).toContain('avstängt konto');
    const pending = await w.bot.app.database.db.collection('pendingImports').find({}).toArray();
    expect(pending).toHaveLength(1);
    const people = (pending[0].plan as { people: Array<{ id: string; aadObjectId?: string }> }).people;
    expect(people.find((p) => p.id === 'erik')?.aadObjectId).toBe('b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30');
  });
});
