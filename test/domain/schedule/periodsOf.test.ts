import fc from 'fast-check';
import { addDays } from '../../../src/domain/schedule/addDays';
import { periodsOf } from '../../../src/domain/schedule/periodsOf';
import type { Frequency } from '../../../src/domain/plan/types';
import { anyYear } from './arbitraries';

const brief = (frequency: Frequency, closingDates = {}) =>
  periodsOf(frequency, 2025, closingDates).map((period) => `${period.key} ${period.start}..${period.end}`);

describe('periodsOf', () => {
  it('monthly: twelve months keyed YYYY-MM', () => {
    const periods = brief({ kind: 'monthly' });
    expect(periods).toHaveLength(12);
    expect(periods[0]).toBe('2025-01 2025-01-01..2025-01-31');
    expect(periods[1]).toBe('2025-02 2025-02-01..2025-02-28');
    expect(periods[11]).toBe('2025-12 2025-12-01..2025-12-31');
  });

  it('monthly: February has 29 days in a leap year', () => {
    expect(periodsOf({ kind: 'monthly' }, 2028)[1].end).toBe('2028-02-29');
  });

  it('quarterly, tertial and semiannual', () => {
    expect(brief({ kind: 'quarterly' })).toEqual([
      '2025-Q1 2025-01-01..2025-03-31',
      '2025-Q2 2025-04-01..2025-06-30',
      '2025-Q3 2025-07-01..2025-09-30',
      '2025-Q4 2025-10-01..2025-12-31',
    ]);
    expect(brief({ kind: 'tertial' })).toEqual([
      '2025-T1 2025-01-01..2025-04-30',
      '2025-T2 2025-05-01..2025-08-31',
      '2025-T3 2025-09-01..2025-12-31',
    ]);
    expect(brief({ kind: 'semiannual' })).toEqual([
      '2025-H1 2025-01-01..2025-06-30',
      '2025-H2 2025-07-01..2025-12-31',
    ]);
  });

  it('annual: the calendar year keyed by the year', () => {
    expect(brief({ kind: 'annual' })).toEqual(['2025 2025-01-01..2025-12-31']);
  });

  it('months: each listed month, sorted and without duplicates (log checks in June and December)', () => {
    expect(brief({ kind: 'months', months: [12, 6, 12] })).toEqual([
      '2025-06 2025-06-01..2025-06-30',
      '2025-12 2025-12-01..2025-12-31',
    ]);
    expect(() => periodsOf({ kind: 'months', months: [13] }, 2025)).toThrow(/1–12/);
  });

  it('closing: interim to the plan date, annual from the day after', () => {
    expect(brief({ kind: 'closing', occasions: ['interim', 'annual'] }, { interim: '2025-07-31' })).toEqual([
      '2025-DELAR 2025-01-01..2025-07-31',
      '2025-BOKSLUT 2025-08-01..2025-12-31',
    ]);
  });

  it('closing: 31 August when the plan gives no interim date', () => {
    expect(brief({ kind: 'closing', occasions: ['interim', 'annual'] })).toEqual([
      '2025-DELAR 2025-01-01..2025-08-31',
      '2025-BOKSLUT 2025-09-01..2025-12-31',
    ]);
  });

  it('closing: an annual-only control covers the whole year, an interim-only one ends at the interim', () => {
    expect(brief({ kind: 'closing', occasions: ['annual'] }, { interim: '2025-08-31' })).toEqual([
      '2025-BOKSLUT 2025-01-01..2025-12-31',
    ]);
    expect(brief({ kind: 'closing', occasions: ['interim'] })).toEqual(['2025-DELAR 2025-01-01..2025-08-31']);
  });

  it('closing: refuses an interim date outside the year', () => {
    expect(() =>
      periodsOf({ kind: 'closing', occasions: ['interim'] }, 2025, { interim: '2024-08-31' }),
    ).toThrow(/closingDates\.interim/);
    expect(() =>
      periodsOf({ kind: 'closing', occasions: ['interim'] }, 2025, { interim: '2025-12-31' }),
    ).toThrow(/before 31 December/);
  });

  const covering: Frequency[] = [
    { kind: 'monthly' },
    { kind: 'quarterly' },
    { kind: 'tertial' },
    { kind: 'semiannual' },
    { kind: 'annual' },
    { kind: 'closing', occasions: ['interim', 'annual'] },
  ];

  it('periods of every covering frequency tile the year: no gap, no overlap, unique keys', () => {
    fc.assert(
      fc.property(
        anyYear,
        fc.constantFrom(...covering),
        fc.integer({ min: 0, max: 363 }),
        (year, frequency, interimOffset) => {
          const interim = addDays(`${year}-01-01`, interimOffset);
          const periods = periodsOf(frequency, year, { interim });
          expect(periods[0].start).toBe(`${year}-01-01`);
          expect(periods[periods.length - 1].end).toBe(`${year}-12-31`);
          for (const [index, period] of periods.entries()) {
            expect(period.start <= period.end).toBe(true);
            expect(period.key.startsWith(String(year))).toBe(true);
            if (index > 0) expect(period.start).toBe(addDays(periods[index - 1].end, 1));
          }
          expect(new Set(periods.map((period) => period.key)).size).toBe(periods.length);
        },
      ),
    );
  });

  it('months: every period is exactly one listed month', () => {
    fc.assert(
      fc.property(
        anyYear,
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1 }),
        (year, months) => {
          const periods = periodsOf({ kind: 'months', months }, year);
          expect(periods.map((period) => Number(period.key.slice(5)))).toEqual(
            [...months].sort((a, b) => a - b),
          );
          for (const period of periods) {
            expect(period.start.slice(0, 7)).toBe(period.key);
            expect(period.end.slice(0, 7)).toBe(period.key);
            expect(addDays(period.end, 1).slice(8)).toBe('01');
          }
        },
      ),
    );
  });
});
