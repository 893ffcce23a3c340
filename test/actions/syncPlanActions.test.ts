import path from 'node:path';
import type { Plan } from '../../src/domain/plan/types';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { syncPlanActions } from '../../src/usecases/actions/syncPlanActions';
import { loadPlan } from '../e2e/remindersSetup';
import { openTestDatabase } from '../support/testDatabase';

const A1 = 'MEL-SO-2024/action/MEL-A1/so';
const A2 = 'MEL-SO-2024/action/MEL-A2/so';

describe('syncPlanActions', () => {
  it('stores new decided actions and applies a new plan revision to open ones, keeping a manager’s changes', async () => {
    const database = await openTestDatabase('syncPlanActions');
    try {
      await ensureIndexes(database.db);
      const actions = new MongoActionRepository(database.db);
      const plan = await loadPlan(path.resolve(__dirname, '../fixtures/plans/mellerud-2024.yaml'));
      await syncPlanActions(actions, plan, new Date('2024-01-02T08:00:00Z'), '2024-01-02');
      expect((await actions.find({ planId: plan.id })).map((a) => a.id).sort()).toEqual([A1, A2]);

      // A manager moves A2's dates on the card.
      const a2 = await actions.get(A2);
      await actions.append(
        A2,
        {
          id: 'manager@1',
          at: new Date('2024-02-01T08:00:00Z'),
          date: '2024-02-01',
          status: 'Ej påbörjad',
          change: {
            kind: 'datesMoved',
            from: a2!,
            to: { start: '2024-01-01', checkpoints: ['2024-10-01'], end: '2024-12-31' },
          },
          author: { aadObjectId: 'a1', name: 'Anna Lindqvist' },
        },
        { change: { schedule: { start: '2024-01-01', checkpoints: ['2024-10-01'], end: '2024-12-31' } } },
      );

      // The coordinator corrects the plan: new wording of A1 and new checkpoints for both.
      const revised: Plan = structuredClone(plan);
      const [r1, r2] = revised.riskAreas;
      r1.actions![0] = { ...r1.actions![0], text: 'Se över behörigheterna', checkpoints: ['2024-06-01'] };
      r2.actions![0] = { ...r2.actions![0], checkpoints: ['2024-08-15'] };
      await syncPlanActions(actions, revised, new Date('2024-03-01T08:00:00Z'), '2024-03-01');
      await syncPlanActions(actions, revised, new Date('2024-03-02T08:00:00Z'), '2024-03-02'); // nothing left to do

      const first = await actions.get(A1);
      expect(first).toMatchObject({ text: 'Se över behörigheterna', checkpoints: ['2024-06-01'] });
      expect(first?.entries.map((e) => e.change)).toEqual([
        { kind: 'created' },
        { kind: 'planChanged', fields: ['text', 'dates'] },
      ]);
      const second = await actions.get(A2);
      expect(second?.checkpoints).toEqual(['2024-10-01']);
      expect(second?.entries).toHaveLength(2);
    } finally {
      await database.drop();
    }
  });
});
