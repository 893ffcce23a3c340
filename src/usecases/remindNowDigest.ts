import { pairKey, responsibleManagers } from '../domain/digests/responsibleManagers';
import { resolveAssignment } from '../domain/plan/resolveAssignment';
import type { AuditLog } from '../domain/ports/AuditLog';
import type { Messenger } from '../domain/ports/Messenger';
import type { OccasionRepository } from '../domain/ports/OccasionRepository';
import type { PlanRepository } from '../domain/ports/PlanRepository';

export interface RemindNowPorts {
  occasions: OccasionRepository;
  plans: PlanRepository;
  messenger: Messenger;
  audit: AuditLog;
}

export type RemindNowOutcome =
  | { kind: 'sent'; performerName: string; planId: string }
  | { kind: 'failed'; performerName: string; reason: string; planId: string }
  | { kind: 'notNeeded' | 'noPerformer' | 'notAllowed' | 'unknown'; planId?: string };

export interface RemindNowInput {
  occasionId: string;
  by: { aadObjectId: string; name: string };
  isAdmin: boolean;
  tenantId: string;
  at: Date;
}

/** Checked and ready to send: who will be reminded, and the send itself (slow: a Teams request and an audit entry). */
export interface RemindNowReady {
  kind: 'ready';
  performerName: string;
  planId: string;
  send(): Promise<RemindNowOutcome>;
}

/**
 * "Påminn nu" on a manager digest, first half: the checks (database reads only, fast). Only the
 * responsible manager of the control and unit (or an administrator) may remind, and only an open
 * occasion with a reachable performer. The card action answers Teams after this and sends after.
 */
export async function prepareRemindNow(
  ports: RemindNowPorts,
  input: RemindNowInput,
): Promise<RemindNowReady | Exclude<RemindNowOutcome, { kind: 'sent' | 'failed' }>> {
  const occasion = await ports.occasions.findById(input.occasionId);
  if (!occasion) return { kind: 'unknown' };
  const stored = await ports.plans.findById(occasion.planId);
  if (!stored) return { kind: 'unknown' };
  const { plan } = stored;
  const planId = plan.id;
  const manages = responsibleManagers(plan).some(
    (m) =>
      m.person.aadObjectId === input.by.aadObjectId &&
      m.pairs.has(pairKey(occasion.controlId, occasion.unitId)),
  );
  if (!manages && !input.isAdmin) return { kind: 'notAllowed', planId };
  if (occasion.status !== 'open') return { kind: 'notNeeded', planId };
  const control = plan.riskAreas.flatMap((area) => area.controls).find((c) => c.id === occasion.controlId);
  const performer = control?.performerRoleId
    ? resolveAssignment(plan, control.performerRoleId, occasion.unitId)?.person
    : undefined;
  if (!control || !performer?.aadObjectId) return { kind: 'noPerformer', planId };
  const performerAad = performer.aadObjectId;
  const unit = plan.units.find((u) => u.id === occasion.unitId)?.name ?? occasion.unitId;
  const text =
    performer.locale === 'en'
      ? `Reminder from ${input.by.name}: the control **${control.title}** for ${unit} (period ${occasion.period.key}) was due ${occasion.dueDate}. Type **my controls** to fill it in.`
      : `Påminnelse från ${input.by.name}: kontrollen **${control.title}** för ${unit} (period ${occasion.period.key}) ska vara klar senast ${occasion.dueDate}. Skriv **mina kontroller** för att fylla i den.`;
  const send = async (): Promise<RemindNowOutcome> => {
    const outcome = await ports.messenger.sendToPerson(
      { aadObjectId: performerAad, tenantId: input.tenantId, name: performer.name },
      { text },
    );
    await ports.audit.append({
      at: input.at,
      actor: input.by,
      action: outcome.ok ? 'reminder.sentNow' : 'reminder.failedNow',
      subject: occasion.id,
      details: { performer: performer.name, ...(outcome.ok ? {} : { reason: outcome.reason }) },
    });
    return outcome.ok
      ? { kind: 'sent', performerName: performer.name, planId }
      : { kind: 'failed', performerName: performer.name, reason: outcome.reason, planId };
  };
  return { kind: 'ready', performerName: performer.name, planId, send };
}

/** "Påminn nu" in one go: checks, then reminds the performer at once; audited. */
export async function remindNowDigest(
  ports: RemindNowPorts,
  input: RemindNowInput,
): Promise<RemindNowOutcome> {
  const prepared = await prepareRemindNow(ports, input);
  return prepared.kind === 'ready' ? prepared.send() : prepared;
}
