import fc from 'fast-check';
import { occasionKey } from '../../../src/domain/schedule/occasionKey';
import { occasionsByMonth } from '../../../src/domain/schedule/occasionsByMonth';
import { occasionsOf } from '../../../src/domain/schedule/occasionsOf';
import type { Occasion } from '../../../src/domain/plan/types';
import { vaggerydLikePlan } from '../planFixture';

describe('occasionsOf', () => {
  const occasions = occasionsOf(vaggerydLikePlan());
  const summary = occasions.map((o) => `${o.controlId} ${o.unitId} ${o.period.key} ${o.dueDate}`);

  it('lists control × unit × period with due dates, in plan order then period then unit', () => {
    expect(summary).toEqual([
      'VAG25-K-logg ifo-myndighet 2025-06 2025-07-14',
      'VAG25-K-logg ao-utforare 2025-06 2025-07-14',
      'VAG25-K-logg ifo-myndighet 2025-12 2026-01-16',
      'VAG25-K-logg ao-utforare 2025-12 2026-01-16',
      'VAG25-K-larm ifo 2025-Q1 2025-03-31',
      'VAG25-K-larm ao-utforare 2025-Q1 2025-03-31',
      'VAG25-K-larm stab 2025-Q1 2025-03-31',
      'VAG25-K-larm ifo 2025-Q2 2025-06-30',
      'VAG25-K-larm ao-utforare 2025-Q2 2025-06-30',
      'VAG25-K-larm stab 2025-Q2 2025-06-30',
      'VAG25-K-larm ifo 2025-Q3 2025-09-30',
      'VAG25-K-larm ao-utforare 2025-Q3 2025-09-30',
      'VAG25-K-larm stab 2025-Q3 2025-09-30',
      'VAG25-K-larm ifo 2025-Q4 2025-12-30',
      'VAG25-K-larm ao-utforare 2025-Q4 2025-12-30',
      'VAG25-K-larm stab 2025-Q4 2025-12-30',
      'VAG25-K-hygien ao-utforare 2025-DELAR 2025-09-05',
      'VAG25-K-hygien ao-utforare 2025-BOKSLUT 2026-01-05',
    ]);
  });

  it('stamps every occasion with the plan id and gives each a unique key', () => {
    expect(occasions.every((o) => o.planId === 'VAG-SOF-2025')).toBe(true);
    const keys = occasions.map(occasionKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toBe('VAG-SOF-2025/VAG25-K-logg/ifo-myndighet/2025-06');
  });

  it('uses the interim date the plan gives', () => {
    const plan = vaggerydLikePlan({ closingDates: { interim: '2025-04-30' } });
    const hygiene = occasionsOf(plan).filter((o) => o.controlId === 'VAG25-K-hygien');
    expect(hygiene.map((o) => `${o.period.start}..${o.period.end} ${o.dueDate}`)).toEqual([
      '2025-01-01..2025-04-30 2025-05-05',
      '2025-05-01..2025-12-31 2026-01-05',
    ]);
  });

  it('is the same on every call (stable order)', () => {
    expect(occasionsOf(vaggerydLikePlan())).toEqual(occasions);
  });
});

describe('occasionsByMonth', () => {
  it('groups by due month, months in order, same-day occasions in input order', () => {
    const months = occasionsByMonth(occasionsOf(vaggerydLikePlan()));
    expect(months.map((m) => `${m.month}:${m.occasions.length}`)).toEqual([
      '2025-03:3',
      '2025-06:3',
      '2025-07:2',
      '2025-09:4',
      '2025-12:3',
      '2026-01:3',
    ]);
    const september = months
      .find((m) => m.month === '2025-09')
      ?.occasions.map((o) => `${o.dueDate} ${o.unitId}`);
    expect(september).toEqual([
      '2025-09-05 ao-utforare',
      '2025-09-30 ifo',
      '2025-09-30 ao-utforare',
      '2025-09-30 stab',
    ]);
  });

  it('loses nothing and puts each occasion in the month of its due date', () => {
    const anyOccasion: fc.Arbitrary<Occasion> = fc.record({
      planId: fc.constant('P'),
      controlId: fc.string({ minLength: 1, maxLength: 3 }),
      unitId: fc.string({ minLength: 1, maxLength: 3 }),
      period: fc.constant({ key: '2025', start: '2025-01-01', end: '2025-12-31' }),
      dueDate: fc.constantFrom('2025-02-03', '2025-02-28', '2025-07-14', '2026-01-05'),
    });
    fc.assert(
      fc.property(fc.array(anyOccasion), (input) => {
        const months = occasionsByMonth(input);
        expect(months.flatMap((m) => m.occasions)).toHaveLength(input.length);
        expect(months.map((m) => m.month)).toEqual(
          [...new Set(input.map((o) => o.dueDate.slice(0, 7)))].sort(),
        );
        for (const m of months) {
          for (const [index, o] of m.occasions.entries()) {
            expect(o.dueDate.slice(0, 7)).toBe(m.month);
            if (index > 0) expect(m.occasions[index - 1].dueDate <= o.dueDate).toBe(true);
          }
        }
      }),
    );
  });
});
