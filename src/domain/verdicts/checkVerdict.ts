import type { Plan } from '../plan/types';
import { dispositionOf } from './dispositionWords';
import type { Verdict, VerdictAuthor } from './Verdict';

/** A verdict as written on the card or in the workbook, before it is checked. */
export interface VerdictDraft {
  riskAreaId: string;
  disposition?: string;
  transferredTo?: string;
  assessment?: string;
  summary?: string;
  furtherActions?: string;
}

export type VerdictIssue =
  | { code: 'unknownArea'; value: string }
  | { code: 'missingDisposition' }
  | { code: 'unknownDisposition'; value: string }
  | { code: 'missingTransferTarget' };

export type CheckedVerdict = { ok: true; verdict: Verdict } | { ok: false; issues: VerdictIssue[] };

const clean = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * A written verdict against the plan: the area must be one of the plan's, the disposition one of
 * kvarstår / avslutas / bevakas / överförs, and a transfer must say where. Pure: `at` is passed in.
 */
export function checkVerdict(
  draft: VerdictDraft,
  plan: Plan,
  year: number,
  author: VerdictAuthor,
  at: Date,
): CheckedVerdict {
  const issues: VerdictIssue[] = [];
  if (!plan.riskAreas.some((area) => area.id === draft.riskAreaId)) {
    issues.push({ code: 'unknownArea', value: draft.riskAreaId });
  }
  const written = clean(draft.disposition);
  const disposition = written === undefined ? undefined : dispositionOf(written);
  if (written === undefined) issues.push({ code: 'missingDisposition' });
  else if (!disposition) issues.push({ code: 'unknownDisposition', value: written });
  const transferredTo = clean(draft.transferredTo);
  if (disposition === 'transferred' && !transferredTo) issues.push({ code: 'missingTransferTarget' });
  if (issues.length > 0 || !disposition) return { ok: false, issues };
  const assessment = clean(draft.assessment);
  const summary = clean(draft.summary);
  const furtherActions = clean(draft.furtherActions);
  return {
    ok: true,
    verdict: {
      planId: plan.id,
      year,
      riskAreaId: draft.riskAreaId,
      disposition,
      ...(disposition === 'transferred' && transferredTo ? { transferredTo } : {}),
      ...(assessment ? { assessment } : {}),
      ...(summary ? { summary } : {}),
      ...(furtherActions ? { furtherActions } : {}),
      assessedBy: author,
      assessedAt: at.toISOString(),
    },
  };
}
