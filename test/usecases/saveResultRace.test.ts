import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import type { StoredResult } from '../../src/domain/ports/OccasionRepository';
import { openTestDatabase } from '../support/testDatabase';

const at = new Date('2025-07-03T10:00:00Z');
const resultBy = (name: string): StoredResult => ({
  result: { kind: 'notApplicable', reason: `Svar från ${name}` },
  version: 1,
  submittedBy: { aadObjectId: name, name },
  submittedAt: at,
  firstSubmittedBy: { aadObjectId: name, name },
  firstSubmittedAt: at,
});

describe('saveResult under concurrent writers (optimistic versioning by a conditional update)', () => {
  it('lets exactly one of three simultaneous writers store each version, and shows the others the winner', async () => {
    const database = await openTestDatabase('saveResultRace');
    try {
      await ensureIndexes(database.db);
      const occasions = new MongoOccasionRepository(database.db);
      // Five occasions: one race per occasion shows the property; more only make a slow machine slower.
      const ids = Array.from({ length: 5 }, (_, n) => `P/K${n}/u/2025`);
      await occasions.sync(
        'P',
        ids.map((_, n) => ({
          planId: 'P',
          controlId: `K${n}`,
          unitId: 'u',
          period: { key: '2025', start: '2025-01-01', end: '2025-12-31' },
          dueDate: '2026-01-16',
        })),
        () => 'R',
        at,
      );
      for (const id of ids) {
        const outcomes = await Promise.all(
          ['a', 'b', 'c'].map((name) => occasions.saveResult(id, 0, 'notApplicable', resultBy(name), at)),
        );
        const winners = outcomes.filter((outcome) => outcome.saved);
        expect(winners).toHaveLength(1);
        const stored = await occasions.findById(id);
        const winner = winners[0].saved ? winners[0].record.result?.submittedBy.name : undefined;
        expect(stored).toMatchObject({ version: 1, result: { submittedBy: { name: winner } } });
        for (const outcome of outcomes) {
          if (!outcome.saved) expect(outcome.current?.result?.submittedBy.name).toBe(winner);
        }
      }
    } finally {
      await database.drop();
    }
  });
});
