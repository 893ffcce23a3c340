import { formatDateTime } from '../../src/cards/formatDateTime';
import {
  formatCount,
  formatNumber,
  formatOutOf,
  formatPercent,
  formatSigned,
} from '../../src/cards/formatNumber';

/** Issue 13 item 6: every number a Swedish reader sees is formatted sv-SE; English readers get en. */
describe('formatNumber: one formatter for every number shown', () => {
  it('writes Swedish numbers with a decimal comma and thousands separated by a narrow no-break space', () => {
    expect(formatNumber(3.6, 'sv')).toBe('3,6');
    expect(formatNumber(12345.5, 'sv')).toBe('12\u202f345,5');
    expect(formatCount(120000, 'sv')).toBe('120\u202f000');
    expect(formatNumber(-2.25, 'sv')).toBe('−2,25');
  });

  it('writes English numbers with a decimal point and comma thousands', () => {
    expect(formatNumber(3.6, 'en')).toBe('3.6');
    expect(formatCount(120000, 'en')).toBe('120,000');
  });

  it('writes percentages as "82 %" in Swedish (no-break space) and "82%" in English', () => {
    expect(formatPercent(82, 'sv')).toBe('82\u00a0%');
    expect(formatPercent(82.46, 'sv', 1)).toBe('82,5\u00a0%');
    expect(formatPercent(82, 'en')).toBe('82%');
  });

  it('writes a score out of a maximum as "3,6 av 5" / "3.6 of 5"', () => {
    expect(formatOutOf(3.6, 5, 'sv')).toBe('3,6 av 5');
    expect(formatOutOf(3.6, 5, 'en')).toBe('3.6 of 5');
  });

  it('signs changes so the direction shows at once', () => {
    expect(formatSigned(1234, 'sv')).toBe('+1\u202f234');
    expect(formatSigned(-2, 'sv')).toBe('−2');
    expect(formatSigned(0, 'en')).toBe('0');
  });
});

describe('formatDateTime', () => {
  it('names the time zone, so a reader elsewhere knows the time is Stockholm time (issue 14 item 11)', () => {
    expect(formatDateTime(new Date('2025-07-03T10:00:00Z'))).toBe('2025-07-03 12:00 CEST');
    expect(formatDateTime(new Date('2025-12-03T10:00:00Z'))).toBe('2025-12-03 11:00 CET');
  });
});
