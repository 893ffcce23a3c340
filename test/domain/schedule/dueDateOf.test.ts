import fc from 'fast-check';
import { dueDateOf } from '../../../src/domain/schedule/dueDateOf';
import { isWorkingDay } from '../../../src/domain/schedule/isWorkingDay';
import { periodsOf } from '../../../src/domain/schedule/periodsOf';
import type { DueRule, Frequency, Period } from '../../../src/domain/plan/types';
import { anyYear } from './arbitraries';

const period = (key: string, start: string, end: string): Period => ({ key, start, end });
const june = period('2025-06', '2025-06-01', '2025-06-30');
const may = period('2025-05', '2025-05-01', '2025-05-31');
const q4 = period('2025-Q4', '2025-10-01', '2025-12-31');

describe('dueDateOf', () => {
  it('workingDaysAfterPeriodEnd: the Nth working day after the period', () => {
    expect(dueDateOf(june, { kind: 'workingDaysAfterPeriodEnd', days: 10 })).toBe('2025-07-14');
    expect(dueDateOf(may, { kind: 'workingDaysAfterPeriodEnd', days: 5 })).toBe('2025-06-09');
    // 2026-01-01 and 2026-01-06 are holidays, and 01-03/04 a weekend.
    expect(dueDateOf(q4, { kind: 'workingDaysAfterPeriodEnd', days: 3 })).toBe('2026-01-07');
  });

  it('workingDaysAfterPeriodEnd 0 is the period end moved to a working day', () => {
    expect(dueDateOf(june, { kind: 'workingDaysAfterPeriodEnd', days: 0 })).toBe('2025-06-30');
    expect(dueDateOf(may, { kind: 'workingDaysAfterPeriodEnd', days: 0 })).toBe('2025-06-02');
  });

  it('dayOfMonthAfterPeriodEnd: day D of the next month, moved off the national day and weekends', () => {
    expect(dueDateOf(may, { kind: 'dayOfMonthAfterPeriodEnd', day: 6 })).toBe('2025-06-09');
    expect(dueDateOf(may, { kind: 'dayOfMonthAfterPeriodEnd', day: 5 })).toBe('2025-06-05');
    expect(dueDateOf(q4, { kind: 'dayOfMonthAfterPeriodEnd', day: 1 })).toBe('2026-01-02');
  });

  it('dayOfMonthAfterPeriodEnd: a day past the month end means its last day', () => {
    const january = period('2025-01', '2025-01-01', '2025-01-31');
    expect(dueDateOf(january, { kind: 'dayOfMonthAfterPeriodEnd', day: 31 })).toBe('2025-02-28');
  });

  it('periodEnd: the last working day on or before the end', () => {
    expect(dueDateOf(q4, { kind: 'periodEnd' })).toBe('2025-12-30');
    expect(dueDateOf(may, { kind: 'periodEnd' })).toBe('2025-05-30');
    expect(dueDateOf(june, { kind: 'periodEnd' })).toBe('2025-06-30');
  });

  it('refuses rules that make no sense, naming the rule', () => {
    expect(() => dueDateOf(june, { kind: 'workingDaysAfterPeriodEnd', days: -1 })).toThrow(
      /workingDaysAfterPeriodEnd/,
    );
    expect(() => dueDateOf(june, { kind: 'dayOfMonthAfterPeriodEnd', day: 0 })).toThrow(
      /dayOfMonthAfterPeriodEnd/,
    );
  });

  const frequencies: Frequency[] = [
    { kind: 'monthly' },
    { kind: 'quarterly' },
    { kind: 'tertial' },
    { kind: 'semiannual' },
    { kind: 'annual' },
    { kind: 'months', months: [6, 12] },
    { kind: 'closing', occasions: ['interim', 'annual'] },
  ];
  const dueRules: fc.Arbitrary<DueRule> = fc.oneof(
    fc.integer({ min: 0, max: 30 }).map((days) => ({ kind: 'workingDaysAfterPeriodEnd' as const, days })),
    fc.integer({ min: 1, max: 31 }).map((day) => ({ kind: 'dayOfMonthAfterPeriodEnd' as const, day })),
    fc.constant({ kind: 'periodEnd' as const }),
  );

  it('every due date is a working day, after the period for "after" rules and inside it for periodEnd', () => {
    fc.assert(
      fc.property(anyYear, fc.constantFrom(...frequencies), dueRules, (year, frequency, dueRule) => {
        for (const each of periodsOf(frequency, year)) {
          const due = dueDateOf(each, dueRule);
          expect(isWorkingDay(due)).toBe(true);
          if (dueRule.kind === 'periodEnd') expect(due <= each.end && due >= each.start).toBe(true);
          else if (dueRule.kind === 'dayOfMonthAfterPeriodEnd' || dueRule.days > 0)
            expect(due > each.end).toBe(true);
          else expect(due >= each.end).toBe(true);
        }
      }),
    );
  });
});
