import type { Occasion } from '../../../src/domain/plan/types';
import type { DigestQueries } from '../../../src/domain/ports/DigestQueries';
import type { OccasionRepository, StoredResult } from '../../../src/domain/ports/OccasionRepository';
import type { ReportSource } from '../../../src/domain/ports/ReportSource';

/** An adapter under test, fresh and empty for each test; `other` is a second process's handle. */
export interface OccasionsUnderTest {
  occasions: OccasionRepository;
  other: OccasionRepository;
  digests: DigestQueries;
  reports: ReportSource;
  /** The views' full rebuild (nightly, after an import). */
  rebuild(planId: string): Promise<unknown>;
  close(): Promise<void>;
}

const at = new Date('2025-07-03T10:00:00Z');
const occasion = (unit: number, month = 5): Occasion => ({
  planId: 'P',
  controlId: 'K1',
  unitId: `u${unit}`,
  period: { key: `2025-0${month}`, start: `2025-0${month}-01`, end: `2025-0${month}-28` },
  dueDate: `2025-0${month + 1}-1${unit % 10}`,
});
const result = (who: string, deviations = 0, version = 1): StoredResult => ({
  result: {
    kind: 'performed',
    answers: [],
    assessment: 'godkand',
    deviations,
    performedOn: '2025-06-01',
    comment: who,
  } as unknown as StoredResult['result'],
  version,
  submittedBy: { aadObjectId: who, name: who },
  submittedAt: at,
  firstSubmittedBy: { aadObjectId: who, name: who },
  firstSubmittedAt: at,
});
const idOf = (unit: number, month = 5) => `P/K1/u${unit}/2025-0${month}`;

/**
 * What every OccasionRepository adapter with its views must do: an idempotent sync, ordered
 * finds, one winner per version among concurrent writers in several processes, and views (the
 * digest counts, the report's results) that count every stored result exactly once, also while a
 * rebuild runs.
 */
export function occasionsContract(name: string, open: () => Promise<OccasionsUnderTest>): void {
  describe(`OccasionRepository contract with its views: ${name}`, () => {
    let h: OccasionsUnderTest;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(async () => {
      await h.close();
    });
    const scope = { planId: 'P', from: '2025-01-01', to: '2025-12-31' };
    const answered = async () =>
      (await h.digests.statusCounts(scope, ['controlId']))
        .filter((row) => row.status === 'answered')
        .reduce((sum, row) => sum + row.count, 0);

    it('syncs idempotently and finds in due-date order', async () => {
      const all = [3, 1, 2].map((unit) => occasion(unit));
      expect(await h.occasions.sync('P', all, () => 'R', at)).toMatchObject({ added: 3 });
      expect(await h.other.sync('P', all, () => 'R', at)).toMatchObject({ added: 0, unchanged: 3 });
      expect((await h.occasions.find({ planId: 'P' })).map((o) => o.id)).toEqual([idOf(1), idOf(2), idOf(3)]);
      expect(await h.occasions.count({ planId: 'P', statuses: ['open'] })).toBe(3);
    });

    it('lets exactly one of 50 concurrent writers in two processes store a version', async () => {
      await h.occasions.sync('P', [occasion(1)], () => 'R', at);
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, n) =>
          (n % 2 ? h.other : h.occasions).saveResult(idOf(1), 0, 'answered', result(`w${n}`), at),
        ),
      );
      const winners = outcomes.filter((outcome) => outcome.saved);
      expect(winners).toHaveLength(1);
      const winner = winners[0].saved ? winners[0].record.result?.submittedBy.name : '';
      for (const outcome of outcomes)
        if (!outcome.saved)
          expect(outcome.current).toMatchObject({ version: 1, result: { submittedBy: { name: winner } } });
      expect(await answered()).toBe(1);
    });

    it('counts 50 results stored at once in one month exactly once each, deviations summed', async () => {
      const all = Array.from({ length: 50 }, (_, unit) => ({ ...occasion(unit), dueDate: '2025-06-16' }));
      await h.occasions.sync('P', all, () => 'R', at);
      await Promise.all(
        all.map((_, unit) =>
          (unit % 2 ? h.other : h.occasions).saveResult(
            idOf(unit),
            0,
            'answered',
            result(`u${unit}`, unit % 3),
            at,
          ),
        ),
      );
      const rows = await h.digests.statusCounts(scope, ['controlId']);
      expect(rows.filter((row) => row.status === 'open')).toEqual([]);
      expect(await answered()).toBe(50);
      const expected = Array.from({ length: 50 }, (_, unit) => unit % 3).reduce((a, b) => a + b, 0);
      expect(rows.reduce((sum, row) => sum + row.deviations, 0)).toBe(expected);
      expect((await h.reports.resultsOf('P', 2025)).take('K1')).toHaveLength(50);
    });

    it('moves the views with an amendment: the report shows the latest version, the counts do not grow', async () => {
      await h.occasions.sync('P', [occasion(1)], () => 'R', at);
      await h.occasions.saveResult(idOf(1), 0, 'answered', result('a', 1), at);
      await h.other.saveResult(idOf(1), 1, 'answered', result('b', 4, 2), at);
      expect(await answered()).toBe(1);
      const [line] = (await h.reports.resultsOf('P', 2025)).take('K1');
      expect(line.result).toMatchObject({ deviations: 4, comment: 'b' });
      const overdue = await h.digests.statusCounts(scope, ['unitId']);
      expect(overdue.reduce((sum, row) => sum + row.deviations, 0)).toBe(4);
    });

    it('counts results stored while rebuilds run exactly once', async () => {
      const all = Array.from({ length: 30 }, (_, unit) => occasion(unit));
      await h.occasions.sync('P', all, () => 'R', at);
      await Promise.all([
        h.rebuild('P'),
        ...all.map((_, unit) =>
          (unit % 2 ? h.other : h.occasions).saveResult(idOf(unit), 0, 'answered', result(`u${unit}`), at),
        ),
        h.rebuild('P'),
      ]);
      expect(await answered()).toBe(30);
      expect((await h.reports.resultsOf('P', 2025)).take('K1')).toHaveLength(30);
      await h.rebuild('P');
      expect(await answered()).toBe(30);
    });
  });
}
