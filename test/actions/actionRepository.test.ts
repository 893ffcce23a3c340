import type { Action, ActionEntry } from '../../src/domain/actions/types';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

let database: TestDatabase & { drop(): Promise<void> };
let actions: MongoActionRepository;

beforeAll(async () => {
  database = await openTestDatabase('actionRepository');
  await ensureIndexes(database.db);
  actions = new MongoActionRepository(database.db);
});
afterAll(() => database.drop());

const author = { aadObjectId: 'a1', name: 'Anna' };

/** A result's proposal for control K1 × unit u, from occasion `period`, version 1. */
function proposal(planId: string, period: string): Action {
  const occasionId = `${planId}/K1/u/${period}`;
  return {
    id: `${planId}/K1/u/action/${period}#v1`,
    planId,
    year: 2025,
    riskAreaId: 'R1',
    source: 'result',
    controlId: 'K1',
    occasionId,
    unitId: 'u',
    text: 'Signera listorna',
    owner: { name: 'Erik', personId: 'erik', aadObjectId: 'e1' },
    start: '2025-07-01',
    checkpoints: [],
    end: '2025-09-30',
    entries: [
      {
        id: `${occasionId}#v1`,
        at: new Date('2025-07-01T08:00:00Z'),
        date: '2025-07-01',
        status: 'Ej påbörjad',
        change: { kind: 'created' },
        author,
      },
    ],
  };
}

const entry = (id: string, status: ActionEntry['status'], extra: Partial<ActionEntry> = {}): ActionEntry => ({
  id,
  at: new Date('2025-08-01T08:00:00Z'),
  date: '2025-08-01',
  status,
  change: { kind: 'status' },
  author,
  ...extra,
});

describe('MongoActionRepository', () => {
  it('keeps one open action per control × unit: a second proposal is an entry, a repeat is nothing', async () => {
    const first = await actions.propose(proposal('P1', '2025-06'));
    const second = await actions.propose(proposal('P1', '2025-07'));
    const repeat = await actions.propose(proposal('P1', '2025-07'));
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(repeat.created).toBe(false);
    const stored = await actions.find({ planId: 'P1' });
    expect(stored).toHaveLength(1);
    expect(stored[0].entries.map((e) => [e.change.kind, e.status])).toEqual([
      ['created', 'Ej påbörjad'],
      ['proposedAgain', 'Ej påbörjad'],
    ]);
    expect(await actions.forOccasion('P1/K1/u/2025-07')).toHaveLength(1);
  });

  it('records concurrent proposals of different occasions as one action with every entry', async () => {
    const periods = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
    await Promise.all(periods.map((period) => actions.propose(proposal('P2', period))));
    const stored = await actions.find({ planId: 'P2' });
    expect(stored).toHaveLength(1);
    expect(stored[0].entries).toHaveLength(periods.length);
  });

  it('appends with optimistic concurrency, once per entry id, and a closed action lets a new one open', async () => {
    const { action } = await actions.propose(proposal('P3', '2025-06'));
    const started = await actions.append(action.id, entry('s1', 'Pågående'), { expectedEntries: 1 });
    expect(started.kind).toBe('appended');
    expect(await actions.append(action.id, entry('s1', 'Pågående'))).toMatchObject({ kind: 'duplicate' });
    expect(await actions.append(action.id, entry('s2', 'Genomförd'), { expectedEntries: 1 })).toMatchObject({
      kind: 'stale',
    });
    expect(await actions.append(action.id, entry('s3', 'Genomförd'), { expectedEntries: 2 })).toMatchObject({
      kind: 'appended',
    });
    expect(await actions.find({ planId: 'P3', statuses: ['Genomförd'] })).toHaveLength(1);
    const reopened = await actions.propose(proposal('P3', '2025-09'));
    expect(reopened.created).toBe(true);
    expect(await actions.find({ planId: 'P3' })).toHaveLength(2);
    expect(await actions.append('nope', entry('x', 'Pågående'))).toEqual({ kind: 'missing' });
  });

  it('stores a plan action once however often the plan is imported, and finds it by owner', async () => {
    const planAction: Action = { ...proposal('P4', '2025-01'), id: 'P4/action/A1/u', source: 'plan' };
    expect(await actions.ensure([planAction])).toBe(1);
    await actions.append(planAction.id, entry('s1', 'Pågående'));
    expect(await actions.ensure([planAction])).toBe(0);
    const mine = await actions.find({ person: { aadObjectId: 'e1', as: 'owner' }, planId: 'P4' });
    expect(mine.map((a) => a.entries.length)).toEqual([2]);
    expect(await actions.find({ ownerText: 'ERIK', planId: 'P4' })).toHaveLength(1);
  });

  it('stores plan actions once when several processes ensure them at the same time', async () => {
    const many = Array.from({ length: 50 }, (_, i): Action => ({
      ...proposal('P5', '2025-01'),
      id: `P5/action/A${i}/u`,
      source: 'plan',
    }));
    const created = await Promise.all([1, 2, 3, 4].map(() => actions.ensure(many)));
    expect(created.reduce((sum, n) => sum + n, 0)).toBe(50);
    expect(await actions.find({ planId: 'P5' })).toHaveLength(50);
  });
});
