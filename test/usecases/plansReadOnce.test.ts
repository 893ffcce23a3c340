import type { PlanRepository } from '../../src/domain/ports/PlanRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { plansReadOnce } from '../../src/usecases/plans/plansReadOnce';
import { peoplePlan } from '../support/peoplePlan';
import { openTestDatabase } from '../support/testDatabase';

const AT = new Date('2025-03-03T09:00:00Z');

/** The stored plans, with the number of database reads each method made. */
function counted(plans: PlanRepository): { plans: PlanRepository; reads: Record<string, number> } {
  const reads: Record<string, number> = { list: 0, findById: 0, findByYear: 0 };
  return {
    reads,
    plans: {
      ...plans,
      save: (...args) => plans.save(...args),
      commit: (...args) => plans.commit(...args),
      markSynced: (...args) => plans.markSynced(...args),
      list: () => {
        reads.list += 1;
        return plans.list();
      },
      findById: (id) => {
        reads.findById += 1;
        return plans.findById(id);
      },
      findByYear: (year) => {
        reads.findByYear += 1;
        return plans.findByYear(year);
      },
    },
  };
}

describe('the plans as one turn reads them (plansReadOnce)', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let stored: MongoPlanRepository;
  beforeAll(async () => {
    database = await openTestDatabase('plansReadOnce');
    stored = new MongoPlanRepository(database.db);
    await stored.save(peoplePlan({ id: 'IK-2025', title: 'Plan 2025', people: 2 }), 'test', AT);
    await stored.save(peoplePlan({ id: 'IK-2024', title: 'Plan 2024', people: 2, year: 2024 }), 'test', AT);
  });
  afterAll(async () => database.drop());

  it('after the list, a plan by id and a year are answered from it, the same as the database answers', async () => {
    const { plans, reads } = counted(stored);
    const turn = plansReadOnce(plans);
    expect((await turn.list()).map((p) => p.plan.id)).toEqual(['IK-2025', 'IK-2024']);
    expect((await turn.findById('IK-2024'))?.plan.title).toBe('Plan 2024');
    expect(await turn.findById('IK-1999')).toBeNull();
    expect((await turn.findByYear(2025)).map((p) => p.plan.id)).toEqual(
      (await stored.findByYear(2025)).map((p) => p.plan.id),
    );
    await turn.list();
    expect(reads).toEqual({ list: 1, findById: 0, findByYear: 0 });
  });

  it('before any list, a plan by id is read by id', async () => {
    const { plans, reads } = counted(stored);
    const turn = plansReadOnce(plans);
    expect((await turn.findById('IK-2025'))?.revision).toBe((await stored.findById('IK-2025'))?.revision);
    expect(reads).toEqual({ list: 0, findById: 1, findByYear: 0 });
  });

  it('a write in the turn forgets the list: the next read shows the new revision', async () => {
    const { plans, reads } = counted(stored);
    const turn = plansReadOnce(plans);
    const before = (await turn.findById('IK-2025'))?.revision ?? 0;
    await turn.list();
    await turn.save(peoplePlan({ id: 'IK-2025', title: 'Plan 2025, reviderad', people: 2 }), 'test', AT);
    const after = await turn.findById('IK-2025');
    expect(after?.plan.title).toBe('Plan 2025, reviderad');
    expect(after?.revision).toBe(before + 1);
    expect(reads.list).toBe(1);
    expect(reads.findById).toBe(2);
  });

  it('a failed list is not kept: the next read asks the database again', async () => {
    let fail = true;
    const flaky: PlanRepository = {
      ...stored,
      save: (...args) => stored.save(...args),
      commit: (...args) => stored.commit(...args),
      markSynced: (...args) => stored.markSynced(...args),
      findById: (id) => stored.findById(id),
      findByYear: (year) => stored.findByYear(year),
      list: () => (fail ? Promise.reject(new Error('database down')) : stored.list()),
    };
    const turn = plansReadOnce(flaky);
    await expect(turn.list()).rejects.toThrow('database down');
    fail = false;
    expect((await turn.list()).length).toBe(2);
  });
});
