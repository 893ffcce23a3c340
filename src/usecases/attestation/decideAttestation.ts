import { controlIndex } from '../../domain/plan/controlIndex';
import type { Plan } from '../../domain/plan/types';
import type { Attestation, AttestationRepository } from '../../domain/ports/AttestationRepository';
import type { AuditLog } from '../../domain/ports/AuditLog';
import type { Actor, OccasionRecord, OccasionRepository } from '../../domain/ports/OccasionRepository';
import type { PlanRepository } from '../../domain/ports/PlanRepository';
import { findPersonnummer } from '../../domain/results/findPersonnummer';
import { authorizeOccasion } from '../authorizeOccasion';

export interface AttestationPorts {
  plans: PlanRepository;
  occasions: OccasionRepository;
  attestations: AttestationRepository;
  audit: AuditLog;
}

export type AttestationOutcome =
  | { kind: 'notFound' }
  | {
      kind: 'notAllowed' | 'stale' | 'commentMissing' | 'commentInvalid';
      plan: Plan;
      occasion: OccasionRecord;
    }
  /** Someone (or an earlier click) decided this version already; nothing changed. */
  | { kind: 'alreadyDecided'; plan: Plan; occasion: OccasionRecord }
  | { kind: 'decided'; plan: Plan; occasion: OccasionRecord; attestation: Attestation };

const MAX_COMMENT = 500;

/**
 * The responsible manager attests a stored result, or returns it with a comment (the performer's
 * entries stay; they amend the result, which then waits for attestation again). Only the
 * responsible of an occasion whose control requires attestation, on the version the card showed.
 */
export async function decideAttestation(
  ports: AttestationPorts,
  input: {
    occasionId: string;
    version: unknown;
    decision: Attestation['decision'];
    comment: unknown;
    actor: Actor;
    now: Date;
  },
): Promise<AttestationOutcome> {
  const occasion = await ports.occasions.findById(input.occasionId);
  if (!occasion) return { kind: 'notFound' };
  const stored = await ports.plans.findById(occasion.planId);
  const control = stored ? controlIndex(stored.plan).get(occasion.controlId)?.control : undefined;
  if (!stored || !control) return { kind: 'notFound' };
  const plan = stored.plan;
  if (!control.attestation || !occasion.result) return { kind: 'notAllowed', plan, occasion };
  if (authorizeOccasion(plan, occasion, input.actor.aadObjectId) !== 'responsible')
    return { kind: 'notAllowed', plan, occasion };
  if (Number(input.version) !== occasion.result.version) return { kind: 'stale', plan, occasion };
  const comment = typeof input.comment === 'string' ? input.comment.trim() : '';
  if (comment.length > MAX_COMMENT || findPersonnummer(comment) !== undefined)
    return { kind: 'commentInvalid', plan, occasion };
  if (input.decision === 'returned' && comment === '') return { kind: 'commentMissing', plan, occasion };
  const attestation: Attestation = {
    occasionId: occasion.id,
    resultVersion: occasion.result.version,
    decision: input.decision,
    by: input.actor,
    at: input.now,
    ...(comment ? { comment } : {}),
  };
  if (!(await ports.attestations.record(attestation))) return { kind: 'alreadyDecided', plan, occasion };
  await ports.audit.append(
    {
      at: input.now,
      actor: input.actor,
      action: input.decision === 'attested' ? 'result.attested' : 'result.returned',
      subject: occasion.id,
      details: {
        planId: occasion.planId,
        version: attestation.resultVersion,
        ...(comment ? { comment } : {}),
      },
    },
    `${occasion.id}#v${attestation.resultVersion}#attestation`,
  );
  return { kind: 'decided', plan, occasion, attestation };
}
