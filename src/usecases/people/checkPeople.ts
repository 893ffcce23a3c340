import type { Plan } from '../../domain/plan/types';
import { personalKey, type ConversationRepository } from '../../domain/ports/ConversationRepository';
import type { PeopleDirectory } from '../../domain/ports/PeopleDirectory';
import type { PersonReach, PersonReachStatus } from '../../domain/people/PersonReach';
import type { ReachabilityRepository } from '../../domain/ports/ReachabilityRepository';

export interface CheckPeoplePorts {
  conversations: ConversationRepository;
  reachability: ReachabilityRepository;
  directory?: PeopleDirectory;
}

/**
 * For every person in a plan: can ikbot write to them in Teams, and if not, why. Uses what ikbot has
 * seen (stored chats, recorded failures) and, when Graph is configured, the directory (account state,
 * whether the app is installed). Reads only; installs nothing.
 */
export async function checkPeople(plan: Plan, ports: CheckPeoplePorts): Promise<PersonReach[]> {
  const ids = plan.people.flatMap((person) => (person.aadObjectId ? [person.aadObjectId] : []));
  const [records, conversations] = await Promise.all([
    ports.reachability.unreachable(ids),
    ports.conversations.findByKeys
      ? ports.conversations.findByKeys(ids.map(personalKey))
      : Promise.all(ids.map((id) => ports.conversations.findByKey(personalKey(id)))).then((found) =>
          found.filter((c) => c !== null),
        ),
  ]);
  const recordOf = new Map(records.map((record) => [record.aadObjectId, record]));
  const chatOf = new Map(conversations.map((conversation) => [conversation.key, conversation]));
  const result: PersonReach[] = [];
  for (const person of plan.people) {
    const base = {
      personId: person.id,
      name: person.name,
      ...(person.aadObjectId ? { aadObjectId: person.aadObjectId } : {}),
      ...(person.email ? { email: person.email } : {}),
    };
    const id = person.aadObjectId;
    if (!id) {
      result.push({ ...base, status: { reachable: false, reason: 'noObjectId' } });
      continue;
    }
    const record = recordOf.get(id);
    if (record) {
      result.push({ ...base, status: { reachable: false, reason: record.reason }, detail: record.detail });
      continue;
    }
    result.push({
      ...base,
      status: await statusOf(id, chatOf.get(personalKey(id))?.installed === true, ports.directory),
    });
  }
  return result;
}

async function statusOf(
  aadObjectId: string,
  hasChat: boolean,
  directory: PeopleDirectory | undefined,
): Promise<PersonReachStatus> {
  if (!directory)
    return hasChat ? { reachable: true, how: 'chat' } : { reachable: 'unknown', why: 'noGraph' };
  try {
    const user = await directory.getUser(aadObjectId);
    if (!user) return { reachable: false, reason: 'accountUnknown' };
    if (!user.accountEnabled) return { reachable: false, reason: 'accountDisabled' };
    if (hasChat) return { reachable: true, how: 'chat' };
    return (await directory.installedChatId(aadObjectId))
      ? { reachable: true, how: 'appInstalled' }
      : { reachable: false, reason: 'appNotInstalled' };
  } catch (error) {
    return {
      reachable: 'unknown',
      why: 'graphFailed',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
