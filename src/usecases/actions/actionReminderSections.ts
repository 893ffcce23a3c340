import type { OutboxItem } from '../../domain/ports/Outbox';
import type { Locale } from '../../domain/plan/types';
import { actionTexts } from '../../i18n/actionTexts';
import type { MyActionsItem } from '../../cards/actions/MyActionsData';

/** Action reminders in a grouped reminder message: the text sections and the items for the my-actions card. */
export function actionReminderSections(
  items: readonly OutboxItem[],
  locale: Locale,
): { sections: string[]; cardItems: MyActionsItem[] } {
  const t = actionTexts(locale);
  const notices = items.filter((item) => item.kind === 'actionNotice');
  const escalations = items.filter((item) => item.kind === 'actionEscalation');
  const sections: string[] = [];
  if (notices.length > 0) {
    const lines = notices.map(
      (item) =>
        `- ${t.reminderLine({ title: item.controlTitle, unitName: item.unitName, date: item.dueDate, isEnd: item.action?.isEnd ?? false })}`,
    );
    sections.push([t.reminderIntro(notices.length), '', ...lines].join('\n'));
  }
  if (escalations.length > 0) {
    const lines = escalations.map(
      (item) =>
        `- ${t.escalationLine({
          title: item.controlTitle,
          unitName: item.unitName,
          date: item.dueDate,
          owner: item.action?.owner ?? item.performer?.name ?? '',
          days: item.daysOverdue,
        })}`,
    );
    sections.push([t.escalationIntro(escalations.length), '', ...lines].join('\n'));
  }
  if (sections.length > 0) sections.push(t.reminderOutro);
  const cardItems = [...notices, ...escalations].map((item) => ({
    actionId: item.action?.actionId ?? item.occasionId,
    title: item.controlTitle,
    unitName: item.unitName,
    status: '',
    nextDate: item.dueDate,
    late: item.kind === 'actionEscalation',
  }));
  return { sections, cardItems };
}
