import { addWorkingDays } from '../../../src/domain/schedule/addWorkingDays';
import { instantAt } from '../../../src/domain/schedule/instantAt';
import { localDateOf } from '../../../src/domain/schedule/localDateOf';
import { localTimeOf } from '../../../src/domain/schedule/localTimeOf';
import { occasionsOf } from '../../../src/domain/schedule/occasionsOf';
import { vaggerydLikePlan } from '../planFixture';

/**
 * Results that must not depend on the process time zone. zonedTime.test.ts runs this file in
 * child processes with different TZ values, because jest gives tests a copy of process.env, so
 * setting TZ inside a test would not reach Node's clock at all.
 */
export function zonedSample(): unknown {
  const stockholm = 'Europe/Stockholm';
  const times = ['2025-03-30', '2025-10-26', '2025-06-20', '2025-12-31'].flatMap((date) =>
    [0, 2, 3, 23].map((hour) => {
      const instant = instantAt(date, hour, 30, stockholm);
      return [instant.toISOString(), localDateOf(instant, stockholm), localTimeOf(instant, stockholm)];
    }),
  );
  return {
    times,
    workingDays: addWorkingDays('2025-03-28', 1),
    dueDates: occasionsOf(vaggerydLikePlan()).map((occasion) => occasion.dueDate),
  };
}

if (require.main === module) {
  // The offset proves which TZ the child process really ran in.
  const processOffset = new Date('2025-01-01T00:00:00Z').getTimezoneOffset();
  process.stdout.write(JSON.stringify({ processOffset, sample: zonedSample() }));
}
