import { readFile } from 'node:fs/promises';
import { readConfig } from '../../src/config/readConfig';
import { GraphPeopleDirectory } from '../../src/graph/GraphPeopleDirectory';
import { parsePlanContent, writePlan } from '../../src/planFiles';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { importPlan, type PlanImportPorts } from '../../src/usecases/importPlan';
import { startFakeGraph, type FakeGraph } from '../support/fakeGraph';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { performer as erik, testBotAppId, testTenant } from '../support/testUsers';
import { graphPlanFile, olle } from './graphSetup';

const at = new Date('2025-01-10T09:00:00Z');
const cli = { system: 'cli' } as const;

describe('people resolution at plan import', () => {
  let database: TestDatabase & { drop(): Promise<void> };
  let graph: FakeGraph;
  let ports: PlanImportPorts;
  let yaml: Buffer;

  beforeAll(async () => {
    database = await openTestDatabase('graph_import');
    graph = await startFakeGraph({ manifestAppId: testBotAppId });
    graph.addUser({
      ...olle,
      id: 'f7777777-8b9c-4d0e-9f1a-2b3c4d5e6f70',
      userPrincipalName: 'stina.aa@exempelby.se',
      mail: 'stina.aa@exempelby.se',
      displayName: 'Stina Å',
      accountEnabled: false,
    });
    graph.addUser({
      id: erik.aadObjectId,
      userPrincipalName: erik.userPrincipalName,
      displayName: erik.name,
      accountEnabled: true,
    });
    yaml = await readFile(graphPlanFile);
  });
  afterAll(async () => {
    await graph.close();
    await database.drop();
  });
  beforeEach(() => {
    ports = {
      plans: new MongoPlanRepository(database.db),
      occasions: new MongoOccasionRepository(database.db),
      audit: new MongoAuditLog(database.db),
    };
  });
  const withGraph = () => ({
    ...ports,
    directory: new GraphPeopleDirectory(readConfig(graph.env(testTenant.id, testBotAppId)).graph!),
  });

  it('without Graph settings refuses a person given only by e-mail, on their line, saying what to add', async () => {
    const outcome = await importPlan({ content: yaml, fileName: 'graph-2025.yaml' }, ports, {
      importedBy: cli,
      now: at,
      dryRun: true,
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toHaveLength(1);
    const [error] = outcome.errors;
    expect(error.path).toBe('people[0].email');
    expect(error.line).toBe(
      yaml
        .toString()
        .split('\n')
        .findIndex((l) => l.includes('email: erik.olsson')) + 1,
    );
    expect(error.sv).toContain('Entra ID-objekt-id (aadObjectId)');
    expect(error.sv).toContain('IKBOT_GRAPH_CREDENTIAL');
    expect(error.en).toContain('Add the person');
    expect(await ports.plans.findById('GRAPH-TEST-2025')).toBeNull();
  });

  it('reports an unknown address and a disabled account on their Excel rows, and imports nothing', async () => {
    const parsed = await parsePlanContent(yaml, 'graph-2025.yaml');
    if (!parsed.ok) throw new Error('fixture does not parse');
    const plan = parsed.plan;
    plan.people.push(
      { id: 'ghost', name: 'Ingen Alls', email: 'ingen.alls@exempelby.se', locale: 'sv' },
      { id: 'stina', name: 'Stina Å', email: 'stina.aa@exempelby.se', locale: 'sv' },
    );
    const workbook = await writePlan(plan, 'xlsx');
    const outcome = await importPlan({ content: workbook, fileName: 'graph.xlsx' }, withGraph(), {
      importedBy: cli,
      now: at,
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const rows = outcome.errors.map((e) => ({ sheet: e.sheet, row: e.row, sv: e.sv.slice(0, 40) }));
    expect(rows).toEqual([
      { sheet: 'Personer', row: 6, sv: expect.stringContaining('"ghost"') },
      { sheet: 'Personer', row: 7, sv: expect.stringContaining('"stina"') },
    ]);
    expect(outcome.errors[0].sv).toContain('inget konto med e-post ingen.alls@exempelby.se');
    expect(outcome.errors[1].en).toContain('disabled account');
    expect(await ports.plans.findById('GRAPH-TEST-2025')).toBeNull();
  });

  it('retries Graph on 429 during import and stores the resolved object id', async () => {
    graph.failNext({ status: 429, retryAfterSeconds: 0 });
    const outcome = await importPlan({ content: yaml, fileName: 'graph-2025.yaml' }, withGraph(), {
      importedBy: cli,
      now: at,
    });
    expect(outcome.ok).toBe(true);
    const stored = await ports.plans.findById('GRAPH-TEST-2025');
    expect(stored?.plan.people[0]).toMatchObject({
      id: 'erik',
      aadObjectId: erik.aadObjectId,
      email: 'erik.olsson@exempelby.se',
    });
  });
});
