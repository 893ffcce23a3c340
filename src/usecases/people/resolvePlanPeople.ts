import type { Person, Plan } from '../../domain/plan/types';
import { DirectoryError, type DirectoryUser, type PeopleDirectory } from '../../domain/ports/PeopleDirectory';
import { peopleImportMessages as m } from '../../i18n/peopleMessages';
import type { RawIssue } from '../../planFiles/planFileIssue';

export interface ResolvedPeople {
  /** The plan with every person given only by e-mail carrying the object id Graph gave. */
  plan: Plan;
  errors: RawIssue[];
  warnings: RawIssue[];
  /** How many people were looked up by e-mail and got their object id. */
  resolved: number;
}

/** Lookups in flight at once: enough for a 150-person plan, gentle on Graph's per-app limits. */
const CONCURRENCY = 4;

/**
 * Looks up a plan's people in the directory before import. A person given only by UPN/e-mail gets
 * their Entra ID object id (Teams addresses people by it, never by e-mail); an unknown address or a
 * disabled account is an error on that person's row. People given by object id are checked too: an
 * unknown id or a disabled account is a warning (the plan can still be used; ikbot tells the manager
 * who it cannot reach). Without a directory, people given only by e-mail are refused.
 */
export async function resolvePlanPeople(
  plan: Plan,
  directory: PeopleDirectory | undefined,
): Promise<ResolvedPeople> {
  const errors: RawIssue[] = [];
  const warnings: RawIssue[] = [];
  const people: Person[] = [...plan.people];
  let resolved = 0;
  const issue = (index: number, field: string, text: { sv: string; en: string }): RawIssue => ({
    path: ['people', index, field],
    ...text,
  });

  const check = async (person: Person, index: number): Promise<void> => {
    if (!directory) {
      if (!person.aadObjectId && person.email)
        errors.push(issue(index, 'email', m.noGraph(person.id, person.email)));
      return;
    }
    let user: DirectoryUser | null;
    try {
      user = person.aadObjectId
        ? await directory.getUser(person.aadObjectId)
        : await directory.findUser(person.email ?? '');
    } catch (error) {
      const detail =
        error instanceof DirectoryError ? `${error.status ?? ''} ${error.code ?? ''}`.trim() : 'error';
      (person.aadObjectId ? warnings : errors).push(
        issue(
          index,
          person.aadObjectId ? 'aadObjectId' : 'email',
          m.lookupFailed(person.id, detail || 'error'),
        ),
      );
      return;
    }
    if (person.aadObjectId) {
      if (!user) warnings.push(issue(index, 'aadObjectId', m.unknownId(person.id, person.aadObjectId)));
      else if (!user.accountEnabled)
        warnings.push(issue(index, 'aadObjectId', m.disabled(person.id, user.userPrincipalName)));
      return;
    }
    const email = person.email ?? '';
    if (!user) {
      errors.push(issue(index, 'email', m.unknown(person.id, email)));
      return;
    }
    if (!user.accountEnabled) {
      errors.push(issue(index, 'email', m.disabled(person.id, email)));
      return;
    }
    people[index] = { ...person, aadObjectId: user.id };
    resolved += 1;
  };

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < plan.people.length) {
      const index = next;
      next += 1;
      await check(plan.people[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, plan.people.length) }, worker));
  const byPath = (a: RawIssue, b: RawIssue) => Number(a.path[1]) - Number(b.path[1]);
  return {
    plan: { ...plan, people },
    errors: errors.sort(byPath),
    warnings: warnings.sort(byPath),
    resolved,
  };
}
