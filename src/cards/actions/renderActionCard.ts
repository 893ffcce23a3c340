import { actionStatuses, actionStatusLabel, isClosedStatus } from '../../domain/actions/actionStatuses';
import { currentStateOf } from '../../domain/actions/currentStateOf';
import { periodLabelOf } from '../../domain/actions/periodLabelOf';
import type { ActionEntry } from '../../domain/actions/types';
import type { Locale } from '../../domain/plan/types';
import { actionTexts, type ActionTexts } from '../../i18n/actionTexts';
import type { AdaptiveCardJson } from '../AdaptiveCardJson';
import { expandTemplate } from '../expandTemplate';
import { refreshView } from '../refreshView';
import type { ActionCardData, ActionCardView } from './ActionCardData';

const MAX_HISTORY = 6;

export function renderActionCard(data: ActionCardData): AdaptiveCardJson {
  return expandTemplate('actionCard', actionCardView(data));
}

function entryHeading(entry: ActionEntry, locale: Locale): string {
  const parts = [entry.periodLabel, entry.date, entry.audience, entry.author.name].filter(
    (part): part is string => Boolean(part),
  );
  return `${parts.join(' · ')} – ${actionStatusLabel(entry.status, locale, entry.carriedOverTo)}`;
}

function entryText(entry: ActionEntry, t: ActionTexts): string {
  const change = entry.change;
  const what =
    change.kind === 'created'
      ? t.change.created
      : change.kind === 'proposedAgain'
        ? t.change.proposedAgain
        : change.kind === 'ownerReassigned'
          ? t.change.ownerReassigned(change.from, change.to)
          : change.kind === 'datesMoved'
            ? t.change.datesMoved([change.to.start, ...change.to.checkpoints, change.to.end].join(', '))
            : change.kind === 'planChanged'
              ? t.change.planChanged(change.fields.join(', '))
              : '';
  return [what, entry.reason, entry.comment].filter((part) => part).join(' – ');
}

/** The template data of the action card: state, facts, newest comments first, and the forms allowed. */
export function actionCardView(data: ActionCardData): ActionCardView {
  const t = actionTexts(data.locale);
  const { action } = data;
  const current = currentStateOf(action);
  const closed = isClosedStatus(current.status);
  const entered = data.entered ?? {};
  const statusNames = Object.fromEntries(actionStatuses.map((s) => [s, actionStatusLabel(s, data.locale)]));
  const facts = [
    { title: t.riskArea, value: data.riskAreaTitle },
    { title: t.unit, value: data.unitName },
    ...(data.controlTitle ? [{ title: t.fromControl, value: data.controlTitle }] : []),
    { title: t.owner, value: action.owner.name },
    ...(action.reportingOwner ? [{ title: t.reportingOwner, value: action.reportingOwner.name }] : []),
    { title: t.start, value: action.start },
    ...(action.checkpoints.length > 0
      ? [{ title: t.checkpoints, value: action.checkpoints.join(', ') }]
      : []),
    { title: t.end, value: action.end },
  ];
  const issues = data.issues ?? [];
  const history = [...action.entries].reverse().slice(0, MAX_HISTORY);
  return {
    t: { ...t, statusNames },
    ...refreshView(data.refreshUserIds),
    actionId: action.id,
    entries: action.entries.length,
    title: action.text,
    statusText: actionStatusLabel(current.status, data.locale, current.carriedOverTo),
    statusColor:
      current.status === 'Genomförd'
        ? 'Good'
        : current.status === 'Genomförd med avvikelse' || current.status === 'Ej genomförd'
          ? 'Attention'
          : current.status === 'Pågående'
            ? 'Warning'
            : 'Default',
    facts,
    hasNotice: Boolean(data.notice),
    notice: data.notice ?? '',
    hasErrors: issues.length > 0,
    errorLines: issues.map((issue) => ({ text: data.locale === 'sv' ? issue.sv : issue.en })),
    hasHistory: history.length > 0,
    history: history.map((entry) => ({
      heading: entryHeading(entry, data.locale),
      text: entryText(entry, t) || '–',
    })),
    canUpdate: data.canUpdate && !closed,
    statusChoices: actionStatuses
      .filter((status) => status !== 'Ej påbörjad' || current.status === 'Ej påbörjad')
      .map((status) => ({ title: statusNames[status], value: status })),
    canManage: data.canManage && !closed,
    ownerChoices: data.people.map((person) => ({ title: person.name, value: person.id })),
    value: {
      status: entered.status ?? current.status,
      comment: entered.comment ?? '',
      reason: entered.reason ?? '',
      periodLabel: entered.periodLabel ?? periodLabelOf(data.today, 'tertial', data.locale),
      audience: entered.audience ?? '',
      carriedOverTo: entered.carriedOverTo ?? '',
      newOwner: entered.newOwner ?? action.owner.personId ?? '',
      start: entered.start ?? action.start,
      checkpoints: entered.checkpoints ?? action.checkpoints.join(', '),
      end: entered.end ?? action.end,
    },
  };
}
