import { resultScales } from '../domain/plan/resultScales';
import type { CheckItem, Locale } from '../domain/plan/types';
import { assessmentLabel } from '../domain/results/resultScales';
import type { CheckItemAnswer, ControlResult } from '../domain/results/types';
import { cardStrings, type CardStrings } from '../i18n/cards';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { controlHeaderView, type FactView } from './ControlHeader';
import type { ControlSummaryData, ControlSummaryView } from './ControlSummaryData';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import { formatDateTime } from './formatDateTime';
import { formatNumber, formatPercent } from './formatNumber';
import { refreshView } from './refreshView';

/** The registered result, read-only, with "Ändra resultat" when the viewer may amend it. */
export function renderControlSummary(data: ControlSummaryData): AdaptiveCardJson {
  return expandTemplate('controlSummary', controlSummaryView(data));
}

export function controlSummaryView(data: ControlSummaryData): ControlSummaryView {
  const t = cardStrings(data.locale);
  const when = (at: Date): string => formatDateTime(at, data.timeZone);
  const versionText =
    data.amendedBy && data.version > 1
      ? fill(t.versionAmended, {
          version: data.version,
          name: data.amendedBy.name,
          when: when(data.amendedBy.at),
        })
      : '';
  const result = data.result;
  const performed = result.kind === 'performed' ? result : undefined;
  const optionalText = (text: string | undefined) => ({ text: text ?? '', has: Boolean(text) });
  const comment = optionalText(result.comment);
  const analysis = optionalText(performed?.analysis);
  const action = performed?.proposedAction;
  const actionFacts: FactView[] = action
    ? [
        { title: t.actionWhat, value: action.what },
        { title: t.actionWho, value: action.who },
        { title: t.actionDue, value: action.dueDate },
      ]
    : [];
  const answers = performed
    ? performed.answers.map((answer) => ({
        question: data.control.checkItems.find((item) => item.id === answer.itemId)?.text ?? answer.itemId,
        answer: formatAnswer(answer, data.control.checkItems, data.locale, t),
      }))
    : [];
  return {
    t,
    occasionId: data.occasionId,
    version: data.version,
    header: controlHeaderView(data, data.locale, t),
    registeredText: fill(t.registeredBy, { name: data.registeredBy.name, when: when(data.registeredBy.at) }),
    versionText,
    hasVersionText: versionText !== '',
    isPerformed: performed !== undefined,
    isNotApplicable: result.kind === 'notApplicable',
    headline: performed
      ? assessmentLabel(data.control.resultScale, performed.assessment, data.locale)
      : t.notApplicableResult,
    headlineColor: headlineColor(data, result),
    reason: result.kind === 'notApplicable' ? result.reason : '',
    facts: performed
      ? [
          { title: t.performedOn, value: performed.performedOn },
          { title: t.deviations, value: formatNumber(performed.deviations, data.locale) },
        ]
      : [],
    answers,
    hasAnswers: answers.length > 0,
    comment: comment.text,
    hasComment: comment.has,
    analysis: analysis.text,
    hasAnalysis: analysis.has,
    actionFacts,
    hasAction: actionFacts.length > 0,
    amendable: data.amendable,
    ...refreshView(data.refreshUserIds),
  };
}

function headlineColor(data: ControlSummaryData, result: ControlResult): ControlSummaryView['headlineColor'] {
  if (result.kind !== 'performed') return 'Default';
  const index = resultScales[data.control.resultScale].values.findIndex(
    (value) => value.code === result.assessment,
  );
  return index === 0 ? 'Good' : index === 1 ? 'Warning' : 'Attention';
}

function formatAnswer(
  answer: CheckItemAnswer,
  items: readonly CheckItem[],
  locale: Locale,
  t: CardStrings,
): string {
  switch (answer.answerType) {
    case 'yesNoPartial':
      return { ja: t.yes, nej: t.no, delvis: t.partly }[answer.value];
    case 'percentage':
      return formatPercent(answer.value, locale, 2);
    case 'count':
      return formatNumber(answer.value, locale);
    case 'number': {
      const unit = items.find((item) => item.id === answer.itemId)?.unit;
      return unit ? `${formatNumber(answer.value, locale)} ${unit}` : formatNumber(answer.value, locale);
    }
    case 'text':
      return answer.value;
  }
}
