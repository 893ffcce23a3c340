import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { instantAt } from '../../../src/domain/schedule/instantAt';
import { localDateOf } from '../../../src/domain/schedule/localDateOf';
import { localTimeOf } from '../../../src/domain/schedule/localTimeOf';
import { zonedSample } from './zonedSample';

const STOCKHOLM = 'Europe/Stockholm';
const HOUR = 3_600_000;

describe('localDateOf and localTimeOf', () => {
  it('read the Stockholm calendar, not UTC', () => {
    expect(localDateOf(new Date('2025-03-29T23:30:00Z'), STOCKHOLM)).toBe('2025-03-30');
    expect(localDateOf(new Date('2025-06-30T22:30:00Z'), STOCKHOLM)).toBe('2025-07-01');
    expect(localDateOf(new Date('2025-06-30T22:30:00Z'), 'UTC')).toBe('2025-06-30');
    expect(localTimeOf(new Date('2025-01-15T08:05:00Z'), STOCKHOLM)).toEqual({ hour: 9, minute: 5 });
    expect(localTimeOf(new Date('2025-07-15T08:05:00Z'), STOCKHOLM)).toEqual({ hour: 10, minute: 5 });
    expect(localTimeOf(new Date('2025-07-14T22:00:00Z'), STOCKHOLM)).toEqual({ hour: 0, minute: 0 });
  });

  it('refuses an invalid Date', () => {
    expect(() => localDateOf(new Date('nonsense'), STOCKHOLM)).toThrow(/invalid Date/);
  });
});

describe('instantAt', () => {
  it('uses winter and summer offsets', () => {
    expect(instantAt('2025-01-15', 9, 0, STOCKHOLM).toISOString()).toBe('2025-01-15T08:00:00.000Z');
    expect(instantAt('2025-06-23', 9, 0, STOCKHOLM).toISOString()).toBe('2025-06-23T07:00:00.000Z');
    expect(instantAt('2025-06-23', 9, 0, 'America/New_York').toISOString()).toBe('2025-06-23T13:00:00.000Z');
  });

  it('on 2025-03-30 (clocks forward at 02:00) moves a missing time forward by the gap', () => {
    expect(instantAt('2025-03-30', 1, 59, STOCKHOLM).toISOString()).toBe('2025-03-30T00:59:00.000Z');
    expect(instantAt('2025-03-30', 2, 30, STOCKHOLM).toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(instantAt('2025-03-30', 3, 0, STOCKHOLM).toISOString()).toBe('2025-03-30T01:00:00.000Z');
    expect(instantAt('2025-03-30', 9, 0, STOCKHOLM).toISOString()).toBe('2025-03-30T07:00:00.000Z');
  });

  it('on 2025-10-26 (clocks back at 03:00) takes the earlier of a repeated time', () => {
    expect(instantAt('2025-10-26', 2, 30, STOCKHOLM).toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(instantAt('2025-10-26', 3, 0, STOCKHOLM).toISOString()).toBe('2025-10-26T02:00:00.000Z');
    expect(instantAt('2025-10-26', 9, 0, STOCKHOLM).toISOString()).toBe('2025-10-26T08:00:00.000Z');
  });

  it('refuses an hour or minute outside the clock', () => {
    expect(() => instantAt('2025-01-15', 24, 0, STOCKHOLM)).toThrow(/hour 0–23/);
    expect(() => instantAt('2025-01-15', 9, 60, STOCKHOLM)).toThrow(/minute 0–59/);
  });
});

describe('round trips across the 2025 DST change days in Stockholm', () => {
  const changeDays = fc.constantFrom(
    '2025-03-29',
    '2025-03-30',
    '2025-03-31',
    '2025-10-25',
    '2025-10-26',
    '2025-10-27',
  );
  const hour = fc.integer({ min: 0, max: 23 });
  const minute = fc.integer({ min: 0, max: 59 });

  it('wall clock → instant → wall clock gives back the same time, except inside the spring gap', () => {
    fc.assert(
      fc.property(changeDays, hour, minute, (date, h, m) => {
        const instant = instantAt(date, h, m, STOCKHOLM);
        expect(localDateOf(instant, STOCKHOLM)).toBe(date);
        const inGap = date === '2025-03-30' && h === 2;
        expect(localTimeOf(instant, STOCKHOLM)).toEqual(
          inGap ? { hour: 3, minute: m } : { hour: h, minute: m },
        );
      }),
    );
  });

  it('instant → wall clock → instant gives back the instant, except the second pass of the repeated hour', () => {
    const from = Date.parse('2025-03-29T00:00:00Z') / 60_000;
    const autumnFrom = Date.parse('2025-10-25T00:00:00Z') / 60_000;
    const minutes = fc.oneof(
      fc.integer({ min: from, max: from + 3 * 24 * 60 }),
      fc.integer({ min: autumnFrom, max: autumnFrom + 3 * 24 * 60 }),
    );
    fc.assert(
      fc.property(minutes, (minuteNumber) => {
        const instant = new Date(minuteNumber * 60_000);
        const { hour: h, minute: m } = localTimeOf(instant, STOCKHOLM);
        const back = instantAt(localDateOf(instant, STOCKHOLM), h, m, STOCKHOLM).getTime();
        // 01:00–01:59 UTC on 2025-10-26 is the second 02:xx local, which maps to the first.
        const secondPass =
          instant.getTime() >= Date.parse('2025-10-26T01:00:00Z') &&
          instant.getTime() < Date.parse('2025-10-26T02:00:00Z');
        expect(back).toBe(secondPass ? instant.getTime() - HOUR : instant.getTime());
      }),
      { numRuns: 500 },
    );
  });
});

describe('independence from the process time zone', () => {
  const tsx = path.resolve(__dirname, '../../../node_modules/.bin/tsx');
  const run = (tz: string) =>
    JSON.parse(
      execFileSync(tsx, [path.join(__dirname, 'zonedSample.ts')], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      }),
    ) as { processOffset: number; sample: unknown };

  it('gives identical answers whatever TZ the process runs in', () => {
    const reference = run('UTC');
    expect(reference.processOffset).toBe(0);
    expect(reference.sample).toEqual(zonedSample());
    for (const [tz, offset] of [
      ['America/Los_Angeles', 480],
      ['Pacific/Kiritimati', -840],
      ['Europe/Stockholm', -60],
    ] as const) {
      const result = run(tz);
      // Proves the child really ran in that zone, so the comparison is not vacuous.
      expect(result.processOffset).toBe(offset);
      expect(result.sample).toEqual(reference.sample);
    }
  });
});
