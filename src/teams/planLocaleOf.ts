import type { Locale } from '../domain/plan/types';
import type { PlanRepository } from '../domain/ports/PlanRepository';

/**
 * The language the plan gives a person (people[].locale), from the newest plan that names them by
 * their Entra ID object id; undefined when no stored plan knows them (then the Teams client's locale applies).
 */
export async function planLocaleOf(
  plans: PlanRepository,
  aadObjectId: string | undefined,
): Promise<Locale | undefined> {
  if (!aadObjectId) return undefined;
  const id = aadObjectId.toLowerCase();
  for (const { plan } of await plans.list()) {
    const person = plan.people.find((candidate) => candidate.aadObjectId?.toLowerCase() === id);
    if (person) return person.locale;
  }
  return undefined;
}
