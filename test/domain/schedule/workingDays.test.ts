import Holidays from 'date-holidays';
import fc from 'fast-check';
import { addDays } from '../../../src/domain/schedule/addDays';
import { addWorkingDays } from '../../../src/domain/schedule/addWorkingDays';
import { toDayNumber } from '../../../src/domain/schedule/dayNumber';
import { isWorkingDay } from '../../../src/domain/schedule/isWorkingDay';
import { nextWorkingDay } from '../../../src/domain/schedule/nextWorkingDay';
import { previousWorkingDay } from '../../../src/domain/schedule/previousWorkingDay';
import { swedishNonWorkingDays } from '../../../src/domain/schedule/swedishNonWorkingDays';
import { workingDaysBetween } from '../../../src/domain/schedule/workingDaysBetween';
import { anyDate, anyYear } from './arbitraries';

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-01', 'nyårsdagen'],
    ['2025-01-06', 'trettondedag jul'],
    ['2025-04-18', 'långfredagen'],
    ['2025-04-21', 'annandag påsk'],
    ['2025-05-01', 'första maj'],
    ['2025-05-29', 'Kristi himmelsfärdsdag'],
    ['2025-06-06', 'nationaldagen'],
    ['2025-06-20', 'midsommarafton'],
    ['2025-12-24', 'julafton'],
    ['2025-12-25', 'juldagen'],
    ['2025-12-26', 'annandag jul'],
    ['2025-12-31', 'nyårsafton'],
    ['2026-06-19', 'midsommarafton 2026'],
    ['2025-06-21', 'Saturday'],
    ['2025-06-22', 'Sunday'],
  ])('%s (%s) is not a working day', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2025-04-17', 'skärtorsdagen'],
    ['2025-04-30', 'valborgsmässoafton'],
    ['2025-06-09', 'annandag pingst, no holiday since 2005'],
    ['2025-01-13', 'tjugondag Knut'],
    ['2025-06-19', 'the Thursday before midsommarafton'],
    ['2025-12-23', 'the day before julafton'],
    ['2025-12-30', 'the day before nyårsafton'],
  ])('%s (%s) is a working day', (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });

  it('counts 249 working days in 2025', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(249);
  });

  it('rejects what is not a calendar date, saying how to write one', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => isWorkingDay('2025-6-20')).toThrow(/YYYY-MM-DD/);
  });

  it('agrees with date-holidays: public and bank days are closed, the rest of the weekdays open', () => {
    const calendar = new Holidays('SE');
    for (let year = 2000; year <= 2100; year += 1) {
      const closed = calendar
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
        .map((holiday) => holiday.date.slice(0, 10));
      expect([...swedishNonWorkingDays(year).keys()].sort()).toEqual([...new Set(closed)].sort());
    }
  });

  it('puts midsommarafton on a Friday between 19 and 25 June every year', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const eve = [...swedishNonWorkingDays(year)].find(([, name]) => name === 'midsommarafton')?.[0];
        expect(eve).toBeDefined();
        const day = Number(eve?.slice(8, 10));
        expect(eve?.slice(5, 7)).toBe('06');
        expect(day).toBeGreaterThanOrEqual(19);
        expect(day).toBeLessThanOrEqual(25);
        expect(new Date(`${eve}T12:00:00Z`).getUTCDay()).toBe(5);
      }),
    );
  });
});

describe('nextWorkingDay and previousWorkingDay', () => {
  it('keep a working day and move off a holiday', () => {
    expect(nextWorkingDay('2025-06-19')).toBe('2025-06-19');
    expect(nextWorkingDay('2025-06-20')).toBe('2025-06-23');
    expect(nextWorkingDay('2025-12-24')).toBe('2025-12-29');
    expect(nextWorkingDay('2025-12-31')).toBe('2026-01-02');
    expect(previousWorkingDay('2025-12-31')).toBe('2025-12-30');
    expect(previousWorkingDay('2025-04-21')).toBe('2025-04-17');
  });

  it('return the nearest working day on or after / on or before any date', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const next = nextWorkingDay(date);
        const previous = previousWorkingDay(date);
        expect(isWorkingDay(next)).toBe(true);
        expect(isWorkingDay(previous)).toBe(true);
        expect(next >= date && previous <= date).toBe(true);
        for (let day = date; day < next; day = addDays(day, 1)) expect(isWorkingDay(day)).toBe(false);
        for (let day = date; day > previous; day = addDays(day, -1)) expect(isWorkingDay(day)).toBe(false);
      }),
    );
  });
});

describe('addWorkingDays', () => {
  it('skips weekends, holidays and holiday eves', () => {
    expect(addWorkingDays('2025-06-19', 1)).toBe('2025-06-23');
    expect(addWorkingDays('2025-04-16', 2)).toBe('2025-04-22');
    expect(addWorkingDays('2025-12-23', 1)).toBe('2025-12-29');
    expect(addWorkingDays('2025-12-30', 1)).toBe('2026-01-02');
    expect(addWorkingDays('2025-06-30', 10)).toBe('2025-07-14');
    expect(addWorkingDays('2025-06-23', -1)).toBe('2025-06-19');
  });

  it('gives the next working day for n = 0 and refuses fractions', () => {
    expect(addWorkingDays('2025-06-20', 0)).toBe('2025-06-23');
    expect(() => addWorkingDays('2025-06-20', 1.5)).toThrow(/whole number/);
  });

  it('always lands on a working day, and is strictly monotonic in n', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -40, max: 40 }), (date, n) => {
        const result = addWorkingDays(date, n);
        expect(isWorkingDay(result)).toBe(true);
        const following = addWorkingDays(date, n + 1);
        // Strictly later, except that on a non-working day n = 0 and n = 1 both mean the next working day.
        if (n === 0 && !isWorkingDay(date)) expect(following).toBe(result);
        else expect(following > result).toBe(true);
        if (n > 0) expect(result > date).toBe(true);
        if (n < 0) expect(result < date).toBe(true);
      }),
    );
  });

  it('is monotonic in the start date', () => {
    fc.assert(
      fc.property(anyDate, anyDate, fc.integer({ min: 0, max: 30 }), (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(early, n) <= addWorkingDays(late, n)).toBe(true);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2025-06-19', '2025-06-23')).toBe(1);
    expect(workingDaysBetween('2025-06-23', '2025-06-19')).toBe(-1);
    expect(workingDaysBetween('2025-06-19', '2025-06-19')).toBe(0);
    expect(workingDaysBetween('2025-11-30', '2025-12-31')).toBe(19);
  });

  it('inverts addWorkingDays', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (date, n) => {
        expect(workingDaysBetween(date, addWorkingDays(date, n))).toBe(n);
      }),
    );
  });

  it('is antisymmetric and never exceeds the calendar days', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const between = workingDaysBetween(a, b);
        // Sum rather than toBe(-between): for a == b, -0 and 0 differ under Object.is.
        expect(workingDaysBetween(b, a) + between).toBe(0);
        expect(Math.abs(between)).toBeLessThanOrEqual(Math.abs(toDayNumber(b) - toDayNumber(a)));
      }),
      { numRuns: 50 },
    );
  });
});
