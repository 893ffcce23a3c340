import type { ActionSchedule } from './types';
import type { ActionIssue } from './ActionIssue';

const isIsoDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/**
 * Start, checkpoints and end of an action or a dated control: real dates, start ≤ every checkpoint
 * ≤ end, checkpoints ascending. Empty when all is well.
 */
export function validateActionSchedule(schedule: ActionSchedule): ActionIssue[] {
  const issues: ActionIssue[] = [];
  for (const [field, value] of [
    ['start', schedule.start],
    ['end', schedule.end],
  ] as const) {
    if (!isIsoDate(value))
      issues.push({
        field,
        sv: `"${value}" är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-12-31.`,
        en: `"${value}" is not a date. Write the date as YYYY-MM-DD, e.g. 2024-12-31.`,
      });
  }
  if (issues.length === 0 && schedule.end < schedule.start)
    issues.push({
      field: 'end',
      sv: `Slutdatum ${schedule.end} ligger före startdatum ${schedule.start}. Flytta slutdatum eller startdatum.`,
      en: `The end date ${schedule.end} is before the start date ${schedule.start}. Move one of them.`,
    });
  let previous: string | undefined;
  for (const checkpoint of schedule.checkpoints) {
    if (!isIsoDate(checkpoint)) {
      issues.push({
        field: 'checkpoints',
        sv: `Avstämningsdatum "${checkpoint}" är inget datum. Skriv det som ÅÅÅÅ-MM-DD.`,
        en: `The checkpoint "${checkpoint}" is not a date. Write it as YYYY-MM-DD.`,
      });
      continue;
    }
    if (checkpoint > schedule.end)
      issues.push({
        field: 'checkpoints',
        sv: `Avstämningsdatum ${checkpoint} ligger efter slutdatum ${schedule.end}. Flytta avstämningen eller slutdatum.`,
        en: `The checkpoint ${checkpoint} is after the end date ${schedule.end}. Move the checkpoint or the end date.`,
      });
    else if (checkpoint < schedule.start)
      issues.push({
        field: 'checkpoints',
        sv: `Avstämningsdatum ${checkpoint} ligger före startdatum ${schedule.start}.`,
        en: `The checkpoint ${checkpoint} is before the start date ${schedule.start}.`,
      });
    else if (previous !== undefined && checkpoint <= previous)
      issues.push({
        field: 'checkpoints',
        sv: `Avstämningsdatumen ska stå i tidsordning utan dubbletter (${previous}, ${checkpoint}).`,
        en: `The checkpoints must be in date order without repeats (${previous}, ${checkpoint}).`,
      });
    previous = checkpoint;
  }
  return issues;
}
