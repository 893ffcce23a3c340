import path from 'node:path';
import type { Db } from 'mongodb';
import type { Plan } from '../../src/domain/plan/types';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { parsePlanFile } from '../../src/planFiles/parsePlanFile';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';

export const reminderPlanFile = path.resolve(__dirname, '../fixtures/plans/reminders-2025.yaml');

/** Stores a plan and its occasions the way an import does (occasions first, then the plan). */
export async function storePlan(db: Db, plan: Plan, at = new Date('2024-12-20T10:00:00Z')): Promise<void> {
  const riskAreaOf = new Map<string, string>();
  for (const area of plan.riskAreas) for (const control of area.controls) riskAreaOf.set(control.id, area.id);
  await new MongoOccasionRepository(db).sync(
    plan.id,
    occasionsOf(plan),
    (id) => riskAreaOf.get(id) ?? '',
    at,
  );
  await new MongoPlanRepository(db).save(plan, 'test', at);
}

export async function loadPlan(file = reminderPlanFile): Promise<Plan> {
  const parsed = await parsePlanFile(file);
  if (!parsed.ok) throw new Error(`Test plan ${file} does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.plan;
}

/** Every local date-and-hour from `from` to `to` (inclusive) on the given hours, as ISO instants in Stockholm time. */
export function* hourlyInstants(fromDate: string, toDate: string, hours: number[]): Generator<Date> {
  for (
    let day = new Date(`${fromDate}T12:00:00Z`);
    day <= new Date(`${toDate}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    const date = day.toISOString().slice(0, 10);
    for (const hour of hours) {
      const local = new Date(`${date}T${String(hour).padStart(2, '0')}:30:00Z`);
      // Europe/Stockholm is UTC+1 in winter and UTC+2 in summer: find the offset that gives `hour` locally.
      for (const offset of [1, 2]) {
        const instant = new Date(local.getTime() - offset * 3600_000);
        const shown = new Intl.DateTimeFormat('sv-SE', {
          timeZone: 'Europe/Stockholm',
          hour: '2-digit',
          hourCycle: 'h23',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        }).formatToParts(instant);
        const h = Number(shown.find((p) => p.type === 'hour')?.value);
        const d = `${shown.find((p) => p.type === 'year')?.value}-${shown.find((p) => p.type === 'month')?.value}-${shown.find((p) => p.type === 'day')?.value}`;
        if (h === hour && d === date) {
          yield instant;
          break;
        }
      }
    }
  }
}
