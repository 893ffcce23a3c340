import type { ControlCardData } from '../cards/ControlCardData';
import type { ControlHeaderData } from '../cards/ControlHeader';
import type { ControlReadOnlyData, ReadOnlyReason } from '../cards/ControlReadOnlyData';
import type { ControlSummaryData } from '../cards/ControlSummaryData';
import { controlIndex } from '../domain/plan/controlIndex';
import type { Locale, Plan } from '../domain/plan/types';
import type { OccasionRecord } from '../domain/ports/OccasionRepository';
import { resultToFields } from '../domain/results/resultToFields';
import { localDateOf } from '../domain/schedule/localDateOf';
import { authorizeOccasion, type OccasionRole } from './authorizeOccasion';
import { canAmendResult } from './canAmendResult';
import { resultPeriodClosed } from './resultPeriodClosed';

export interface ControlViewer {
  /** Entra ID object id (Teams from.aadObjectId); undefined is nobody's. */
  aadObjectId?: string;
  locale: Locale;
}

export interface ControlCardOptions {
  /** Default Europe/Stockholm. */
  timeZone?: string;
  /** Users whose card refreshes (performer, substitute, responsible); the renderer keeps 60. */
  refreshUserIds?: readonly string[];
  /** The editable card instead of the summary, for "Ändra resultat" (only when the viewer may amend). */
  amend?: boolean;
  mode?: ControlCardData['mode'];
  entered?: Readonly<Record<string, string>>;
  errors?: Readonly<Record<string, string>>;
}

/** Which card shows the occasion to this viewer now, with its data. */
export type ControlCardState =
  | { card: 'control'; role: OccasionRole; data: ControlCardData }
  | { card: 'summary'; role: OccasionRole; data: ControlSummaryData }
  | { card: 'readOnly'; role: OccasionRole; data: ControlReadOnlyData };

/**
 * The card an occasion should show to a viewer at `now`, built from the stored plan and occasion:
 * - no right to submit → read-only, saying why (not assigned, plan closed, occasion retired);
 * - a stored result → the summary (amendable for the submitter and the responsible manager), or,
 *   with `amend`, the control card filled in with the result;
 * - otherwise → the editable control card.
 * Pure: reminders and chat commands use it as well as the card actions.
 */
export function controlCardDataFor(
  plan: Plan,
  occasion: OccasionRecord,
  viewer: ControlViewer,
  now: Date,
  options: ControlCardOptions = {},
): ControlCardState {
  const timeZone = options.timeZone ?? 'Europe/Stockholm';
  const today = localDateOf(now, timeZone);
  const indexed = controlIndex(plan).get(occasion.controlId);
  if (!indexed) {
    throw new Error(
      `Occasion ${occasion.id} names control ${occasion.controlId}, which plan ${plan.id} no longer has; re-import the plan so the occasions are synced.`,
    );
  }
  const { control, riskArea } = indexed;
  const role = authorizeOccasion(plan, occasion, viewer.aadObjectId);
  const refresh = options.refreshUserIds ? { refreshUserIds: options.refreshUserIds } : {};
  const header: ControlHeaderData = {
    control: {
      title: control.title,
      whatIsChecked: control.whatIsChecked,
      method: control.method,
      samplingNote: control.samplingNote,
    },
    riskArea: { title: riskArea.title, probability: riskArea.probability, consequence: riskArea.consequence },
    unitName: plan.units.find((unit) => unit.id === occasion.unitId)?.name ?? occasion.unitId,
    period: { key: occasion.period.key },
    dueDate: occasion.dueDate,
    overdue: occasion.status === 'open' && occasion.dueDate < today,
  };
  const readOnly = (reason: ReadOnlyReason): ControlCardState => ({
    card: 'readOnly',
    role,
    data: {
      ...header,
      locale: viewer.locale,
      occasionId: occasion.id,
      reason,
      statusText: statusText(occasion, viewer.locale, timeZone),
      ...refresh,
    },
  });
  const fullControl = { ...header.control, resultScale: control.resultScale, checkItems: control.checkItems };
  const closed = resultPeriodClosed(plan, today);
  const amendable = canAmendResult(plan, occasion, role, viewer.aadObjectId, today);

  if (role === 'none') return readOnly('notAssigned');
  if (occasion.result && !(options.amend && amendable)) {
    const stored = occasion.result;
    return {
      card: 'summary',
      role,
      data: {
        ...header,
        overdue: false,
        control: fullControl,
        locale: viewer.locale,
        occasionId: occasion.id,
        result: stored.result,
        version: stored.version,
        registeredBy: { name: stored.firstSubmittedBy.name, at: stored.firstSubmittedAt },
        ...(stored.version > 1
          ? { amendedBy: { name: stored.submittedBy.name, at: stored.submittedAt } }
          : {}),
        amendable,
        timeZone,
        ...refresh,
      },
    };
  }
  if (closed) return readOnly('planClosed');
  if (occasion.retired) return readOnly('occasionClosed');
  // Amending: the form starts from the stored result unless the person's own entries are given.
  const amending = occasion.result && !options.entered ? occasion.result.result : undefined;
  const entered = options.entered ?? (amending ? resultToFields(amending) : undefined);
  const mode = options.mode ?? (amending?.kind === 'notApplicable' ? 'notApplicable' : undefined);
  return {
    card: 'control',
    role,
    data: {
      ...header,
      control: fullControl,
      locale: viewer.locale,
      occasionId: occasion.id,
      version: occasion.version,
      today,
      ...(mode ? { mode } : {}),
      ...(entered ? { entered } : {}),
      ...(options.errors ? { errors: options.errors } : {}),
      ...refresh,
    },
  };
}

function statusText(occasion: OccasionRecord, locale: Locale, timeZone: string): string {
  if (!occasion.result) return locale === 'en' ? 'Not registered' : 'Inte registrerad';
  const date = localDateOf(occasion.result.submittedAt, timeZone);
  return locale === 'en' ? `Registered ${date}` : `Registrerad ${date}`;
}
