import { countWaitingAttestations } from './attestation/countWaitingAttestations';
import { controlIndex } from '../domain/plan/controlIndex';
import { answersPerRole, performerRolesOf } from '../domain/plan/performerRolesOf';
import { buildManagerDigest } from '../domain/digests/buildManagerDigest';
import type { DigestPeriod } from '../domain/digests/DigestPeriod';
import type { ManagerDigest } from '../domain/digests/ManagerDigest';
import { peopleOfManager } from '../domain/digests/peopleOfManager';
import { digestPeriodForPlan } from '../domain/digests/planYearPeriod';
import { responsibleManagers } from '../domain/digests/responsibleManagers';
import type { IsoDate, Plan } from '../domain/plan/types';
import { actionDigestSection } from './actions/actionDigestSection';
import type { DigestPorts } from './DigestPorts';

const MAX_ITEMS = 20;
/** Open occasions read per manager before filtering to their own control × unit pairs. */
const OPEN_READ_LIMIT = 500;

/** One digest per responsible manager (ansvarig) of the plan, for the controls of their units. */
export async function computeManagerDigests(
  ports: Pick<DigestPorts, 'queries' | 'actions' | 'reachability' | 'parts' | 'attestation'>,
  plan: Plan,
  requested: DigestPeriod,
  today: IsoDate,
): Promise<ManagerDigest[]> {
  const period = digestPeriodForPlan(plan, requested);
  const managers = responsibleManagers(plan);
  if (managers.length === 0) return [];
  const scope = { planId: plan.id, from: period.from, to: period.to };
  const allUnits = [...new Set(managers.flatMap((manager) => manager.unitIds))];
  const [counts, overdueCounts, openActionsByUnit] = await Promise.all([
    ports.queries.statusCounts(scope, ['controlId', 'unitId']),
    ports.queries.overdueCounts(scope, today, ['controlId', 'unitId']),
    ports.queries.openActionCounts(plan.id, allUnits),
  ]);
  const digests: ManagerDigest[] = [];
  const unreachable = await unreachableByPerson(ports, plan, managers);
  for (const manager of managers) {
    const open = await ports.queries.openOccasions({ ...scope, unitIds: manager.unitIds }, OPEN_READ_LIMIT);
    const listed = open.slice(0, OPEN_READ_LIMIT).map((row) => row.occasionId);
    const remindersByOccasion = await ports.queries.reminderCounts(listed);
    const digest = buildManagerDigest({
      plan,
      manager,
      period,
      today,
      counts,
      overdueCounts,
      open,
      openActionsByUnit,
      remindersByOccasion,
      maxItems: MAX_ITEMS,
    });
    if (ports.attestation) {
      const waiting = await countWaitingAttestations(ports.attestation, plan, manager.unitIds, period);
      if (waiting > 0) digest.waitingAttestations = waiting;
    }
    if (ports.parts) {
      // Missing means due and not answered: occasions not yet due lack no answer.
      const due = open.filter((row) => row.dueDate <= today);
      const missingParts = await missingPartsOf(ports.parts, plan, due);
      if (missingParts > 0) digest.missingParts = missingParts;
    }
    if (ports.actions)
      digest.actions = await actionDigestSection(ports.actions, plan.id, manager.unitIds, today);
    const cannotReach = peopleOfManager(plan, manager).flatMap((person) => {
      const reason = person.aadObjectId ? unreachable.get(person.aadObjectId) : undefined;
      return reason ? [{ name: person.name, reason }] : [];
    });
    if (cannotReach.length > 0) digest.unreachable = cannotReach;
    digests.push(digest);
  }
  return digests;
}

/** Why each unreachable person of the plan cannot be reached (one query for the whole plan). */
async function unreachableByPerson(
  ports: Pick<DigestPorts, 'reachability'>,
  plan: Plan,
  managers: ReturnType<typeof responsibleManagers>,
): Promise<Map<string, NonNullable<ManagerDigest['unreachable']>[number]['reason']>> {
  if (!ports.reachability) return new Map();
  const ids = new Set(
    managers.flatMap((manager) =>
      peopleOfManager(plan, manager).flatMap((p) => (p.aadObjectId ? [p.aadObjectId] : [])),
    ),
  );
  const records = await ports.reachability.unreachable([...ids]);
  return new Map(records.map((record) => [record.aadObjectId, record.reason]));
}

/** How many performer answers the open occasions of `answer: each` controls still lack. */
async function missingPartsOf(
  parts: NonNullable<DigestPorts['parts']>,
  plan: Plan,
  open: ReadonlyArray<{ occasionId: string; controlId: string }>,
): Promise<number> {
  const index = controlIndex(plan);
  const each = open.filter((row) => {
    const control = index.get(row.controlId)?.control;
    return control !== undefined && answersPerRole(control);
  });
  if (each.length === 0) return 0;
  const answered = await parts.partsOf(each.map((row) => row.occasionId));
  return each.reduce((sum, row) => {
    const roles = performerRolesOf(index.get(row.controlId)!.control);
    const done = new Set(answered.filter((p) => p.occasionId === row.occasionId).map((p) => p.roleId));
    return sum + roles.filter((roleId) => !done.has(roleId)).length;
  }, 0);
}
