import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../../src/domain/schedule/dayNumber';

/** Any calendar date from 2000 to 2060, the range a plan year can plausibly take. */
export const anyDate = fc
  .integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2060-12-31') })
  .map(fromDayNumber);

export const anyYear = fc.integer({ min: 2000, max: 2060 });
