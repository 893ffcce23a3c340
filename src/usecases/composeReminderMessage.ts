import { renderMyControls } from '../cards/renderMyControls';
import type { IsoDate } from '../domain/plan/types';
import type { OutgoingMessage } from '../domain/ports/Messenger';
import type { OutboxItem } from '../domain/ports/Outbox';
import { reminderTexts } from '../i18n/reminders';
import { renderMyActions } from '../cards/actions/renderMyActions';
import { actionReminderSections } from './actions/actionReminderSections';

/**
 * One message for one person listing every reminder claimed for them: text (also the notification
 * preview) plus the "my controls" card whose items open each control (verb openControl).
 */
export function composeReminderMessage(items: readonly OutboxItem[], today: IsoDate): OutgoingMessage {
  const locale = items[0]?.recipient.locale ?? 'sv';
  const t = reminderTexts(locale);
  const own = items.filter(
    (item) => item.kind === 'notice' || item.kind === 'due' || item.kind === 'overdue',
  );
  const substituteEscalations = items.filter(
    (item) => item.kind === 'escalation' && item.role === 'substitute',
  );
  const managerEscalations = items.filter((item) => item.kind === 'escalation' && item.role === 'manager');
  const unreachable = items.filter((item) => item.kind === 'unreachable' && !item.action);
  // An action's owner who could not be reached: the manager is told in action wording.
  const unreachableActions = items.filter((item) => item.kind === 'unreachable' && item.action);
  const performerName = (item: OutboxItem): string => item.performer?.name ?? t.unknownPerson;
  const sections: string[] = [];

  const todo = [...own, ...substituteEscalations];
  if (todo.length > 0) {
    const lines = todo.map((item) => {
      const notes: string[] = [];
      if (item.kind === 'notice' || item.kind === 'due') notes.push(t.kind[item.kind]);
      else notes.push(t.kind.overdue(item.daysOverdue));
      if (item.role === 'substitute') notes.push(t.asSubstitute(performerName(item)));
      return `- ${t.line({ ...item, title: item.controlTitle })} (${notes.join('; ')})`;
    });
    sections.push([t.intro(todo.length), '', ...lines].join('\n'));
  }
  if (managerEscalations.length > 0) {
    const lines = managerEscalations.map(
      (item) =>
        `- ${t.escalationLine({ ...item, title: item.controlTitle, days: item.daysOverdue, performer: performerName(item) })}`,
    );
    sections.push([t.escalationIntro(managerEscalations.length), '', ...lines].join('\n'));
  }
  if (unreachable.length > 0) {
    const lines = unreachable.map(
      (item) =>
        `- ${t.unreachableLine({ ...item, title: item.controlTitle, performer: performerName(item), code: item.unreachableCode ?? '' })}`,
    );
    sections.push([t.unreachableIntro, '', ...lines].join('\n'));
  }
  if (unreachableActions.length > 0) {
    const lines = unreachableActions.map(
      (item) =>
        `- ${t.unreachableActionLine({ ...item, title: item.controlTitle, performer: performerName(item), code: item.unreachableCode ?? '' })}`,
    );
    sections.push([t.unreachableActionIntro, '', ...lines].join('\n'));
  }
  const actions = actionReminderSections(items, locale);
  const hasControls = todo.length + managerEscalations.length + unreachable.length > 0;
  if (hasControls) sections.push(todo.length > 0 ? t.outro : t.managerOutro);
  sections.push(...actions.sections);
  // Controls and actions go out in one message; its card lists the controls, or the actions alone.
  if (!hasControls)
    return {
      text: sections.join('\n\n'),
      card: renderMyActions({
        locale,
        items: [
          ...actions.cardItems,
          ...unreachableActions.map((item) => ({
            actionId: item.action?.actionId ?? item.occasionId,
            title: item.controlTitle,
            unitName: item.unitName,
            status: '',
            nextDate: item.dueDate,
            late: false,
          })),
        ],
      }) as Record<string, unknown>,
    };

  const seen = new Set<string>();
  const occasions = items
    .filter((item) => !item.action && !seen.has(item.occasionId) && seen.add(item.occasionId))
    .map((item) => ({
      occasionId: item.occasionId,
      title: item.controlTitle,
      unitName: item.unitName,
      period: { key: item.periodKey },
      dueDate: item.dueDate,
    }));
  return {
    text: sections.join('\n\n'),
    card: renderMyControls({ locale, today, occasions }) as Record<string, unknown>,
  };
}
