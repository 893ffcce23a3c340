import { runIkbot } from '../support/runIkbot';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { openTestDatabase } from '../support/testDatabase';

const root = path.resolve(__dirname, '../..');
const planFile = path.join(root, 'test/fixtures/plans/mellerud-2024.yaml');
const A1 = 'MEL-SO-2024/action/MEL-A1/so';

/**
 * ikbot plan next carries the open actions of the 004 plan into next year's draft and marks the
 * stored ones "Överförd till 2025" once; the draft imports, and next year's actions say where they
 * came from.
 */
describe('ikbot plan next with open actions', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const now = new Date('2025-01-20T09:00:00Z');

  const ikbot = (...argv: string[]) => runIkbot(argv, { env, now: () => now });

  beforeAll(async () => {
    database = await openTestDatabase('planNextActions');
    dir = await mkdtemp(path.join(os.tmpdir(), 'ikbot-plan-next-'));
    env = { MONGODB_URI: database.uri, MONGODB_DB: database.name, LOG_LEVEL: 'silent' };
    expect((await ikbot('plan', 'import', planFile)).code).toBe(0);
    expect((await ikbot('actions', 'list', '--year', '2024')).code).toBe(0); // stores the decided actions
  }, 120_000);
  afterAll(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('carries both open actions into the draft and marks them Överförd till 2025 once, audited', async () => {
    const out = path.join(dir, 'plan-2025.yaml');
    const first = await ikbot('plan', 'next', '--from', '2024', '--out', out);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('2 åtgärder överförda till 2025');
    const draft = parse(await readFile(out, 'utf8')) as {
      riskAreas: Array<{ id: string; actions?: Array<Record<string, unknown>> }>;
    };
    expect(draft.riskAreas.find((area) => area.id === 'MEL-R1')?.actions).toEqual([
      {
        id: 'MEL-A1',
        text: 'Se över behörighetsstrukturen i verksamhetssystemet',
        owner: 'vu-it',
        reportingOwner: 'anna',
        start: '2025-01-01',
        checkpoints: ['2025-05-01', '2025-09-01'],
        end: '2025-12-31',
        carriedOverFrom: 2024,
      },
    ]);
    const actions = new MongoActionRepository(database.db);
    const carried = await actions.get(A1);
    expect(carried?.entries.at(-1)).toMatchObject({
      status: 'Överförd',
      carriedOverTo: 2025,
      date: '2025-01-20',
      author: { system: 'planNext' },
    });
    const listed = await ikbot('actions', 'list', '--year', '2024', '--status', 'Överförd');
    expect(listed.out).toContain('Överförd till 2025');
    expect(listed.out).toContain('Pulsmätning');

    // A second draft writes no second entry and no second audit record.
    expect((await ikbot('plan', 'next', '--from', '2024', '--out', out)).code).toBe(0);
    expect((await actions.get(A1))?.entries).toHaveLength(carried!.entries.length);
    const audit = await new MongoAuditLog(database.db).forSubject(A1);
    expect(audit.filter((entry) => entry.action === 'action.carriedOver')).toHaveLength(1);

    // The draft imports unchanged; next year's stored actions say where they came from.
    const imported = await ikbot('plan', 'import', out);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect((await ikbot('actions', 'list', '--year', '2025')).code).toBe(0);
    const next = await actions.find({ year: 2025 });
    expect(next.map((action) => [action.decidedActionId, action.carriedOverFrom]).sort()).toEqual([
      ['MEL-A1', 2024],
      ['MEL-A2', 2024],
    ]);
  });
});
