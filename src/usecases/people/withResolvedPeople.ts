import type { PeopleDirectory } from '../../domain/ports/PeopleDirectory';
import { locatePlanIssues } from '../../planFiles/locatePlanIssues';
import type { ParsePlanResult } from '../../planFiles/planFileIssue';
import { resolvePlanPeople } from './resolvePlanPeople';

/**
 * The plan-import step after parsing: people given only by e-mail get their object id from the
 * directory, and whatever cannot be resolved is reported on its row. Errors mean nothing is imported.
 */
export async function withResolvedPeople(
  parsed: Extract<ParsePlanResult, { ok: true }>,
  file: { content: Buffer; fileName: string },
  directory: PeopleDirectory | undefined,
): Promise<ParsePlanResult> {
  const people = await resolvePlanPeople(parsed.plan, directory);
  const [errors, warnings] = await Promise.all([
    locatePlanIssues(people.errors, file),
    locatePlanIssues(people.warnings, file),
  ]);
  if (errors.length > 0) return { ok: false, errors, warnings: [...parsed.warnings, ...warnings] };
  return { ok: true, plan: people.plan, warnings: [...parsed.warnings, ...warnings] };
}
