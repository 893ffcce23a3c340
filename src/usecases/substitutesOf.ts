import type { PlanRepository } from '../domain/ports/PlanRepository';

/** The names of a person's substitutes (ersättare) in the stored plans, each once, newest plan first. */
export async function substitutesOf(
  plans: PlanRepository,
  aadObjectId: string | undefined,
): Promise<string[]> {
  if (!aadObjectId) return [];
  const names: string[] = [];
  for (const { plan } of await plans.list()) {
    const person = plan.people.find((p) => p.aadObjectId?.toLowerCase() === aadObjectId.toLowerCase());
    if (!person) continue;
    for (const assignment of plan.assignments) {
      if (assignment.personId !== person.id || !assignment.substituteId) continue;
      const name = plan.people.find((p) => p.id === assignment.substituteId)?.name;
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}
