import type { Plan } from '../../domain/plan/types';
import type { AttestationRepository } from '../../domain/ports/AttestationRepository';
import type { OccasionRepository } from '../../domain/ports/OccasionRepository';

export interface AttestationCountPorts {
  occasions: OccasionRepository;
  attestations: AttestationRepository;
}

/**
 * Stored results of controls that require attestation, in these units and due within the period,
 * that have no decision on their current version yet ("Väntar på attest").
 */
export async function countWaitingAttestations(
  ports: AttestationCountPorts,
  plan: Plan,
  unitIds: readonly string[],
  period: { from: string; to: string },
): Promise<number> {
  let waiting = 0;
  for (const control of plan.riskAreas.flatMap((area) => area.controls)) {
    if (!control.attestation) continue;
    const answered = await ports.occasions.find({
      planId: plan.id,
      controlId: control.id,
      unitIds: [...unitIds],
      statuses: ['answered', 'notApplicable'],
      dueFrom: period.from,
      dueTo: period.to,
    });
    const versions = answered.flatMap((o) =>
      o.result ? [{ occasionId: o.id, resultVersion: o.result.version }] : [],
    );
    const decided = await ports.attestations.decisionsFor(versions);
    waiting += versions.length - decided.length;
  }
  return waiting;
}
