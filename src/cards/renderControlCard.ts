import type { CheckItem } from '../domain/plan/types';
import { checkItemFieldId, FIELD } from '../domain/results/fieldIds';
import { resultScales } from '../domain/plan/resultScales';
import { cardStrings, type CardStrings } from '../i18n/cards';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import type {
  CheckItemView,
  ControlCardData,
  ControlCardView,
  FieldView,
  NumberFieldView,
} from './ControlCardData';
import { controlHeaderView } from './ControlHeader';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import { refreshView } from './refreshView';

/** The interactive control card; with `errors` and `entered` it is also the card that asks for corrections. */
export function renderControlCard(data: ControlCardData): AdaptiveCardJson {
  return expandTemplate('controlCard', controlCardView(data));
}

export function controlCardView(data: ControlCardData): ControlCardView {
  const t = cardStrings(data.locale);
  const entered = data.entered ?? {};
  const errors = data.errors ?? {};
  const field = (id: string, label: string): FieldView => ({
    id,
    label,
    value: entered[id] ?? null,
    error: errors[id] ?? '',
    hasError: Boolean(errors[id]),
  });
  const numberField = (id: string, label: string): NumberFieldView => ({
    ...field(id, label),
    value: parseEnteredNumber(entered[id]),
  });
  const checkItems = data.control.checkItems.map((item) => checkItemView(item, field, t));
  const fields: ControlCardView['fields'] = {
    assessment: field(FIELD.assessment, t.assessment),
    deviations: numberField(FIELD.deviations, t.deviations),
    performedOn: field(FIELD.performedOn, t.performedOn),
    comment: field(FIELD.comment, t.comment),
    analysis: field(FIELD.analysis, t.analysis),
    actionWhat: field(FIELD.actionWhat, `${t.proposedAction}: ${t.actionWhat}`),
    actionWho: field(FIELD.actionWho, `${t.proposedAction}: ${t.actionWho}`),
    actionDue: field(FIELD.actionDue, `${t.proposedAction}: ${t.actionDue}`),
    notApplicableReason: field(FIELD.notApplicableReason, t.notApplicableReason),
  };
  const labelled: Array<{ id: string; label: string }> = [...checkItems, ...Object.values(fields)];
  const errorLines = Object.entries(errors).map(([id, message]) => {
    const label = labelled.find((candidate) => candidate.id === id)?.label;
    return { text: label ? fill(t.errorFieldLine, { label, message }) : message };
  });
  const isNotApplicableMode = data.mode === 'notApplicable';
  return {
    t,
    occasionId: data.occasionId,
    version: data.version,
    header: controlHeaderView(data, data.locale, t),
    isResultMode: !isNotApplicableMode,
    isNotApplicableMode,
    hasErrors: errorLines.length > 0,
    errorLines,
    today: data.today,
    checkItems,
    hasCheckItems: checkItems.length > 0,
    assessmentChoices: resultScales[data.control.resultScale].values.map((value) => ({
      title: value[data.locale],
      value: value.code,
    })),
    fields,
    ...refreshView(data.refreshUserIds),
  };
}

function checkItemView(
  item: CheckItem,
  field: (id: string, label: string) => FieldView,
  t: CardStrings,
): CheckItemView {
  const id = checkItemFieldId(item.id);
  const base = { isChoice: false, isNumber: false, isText: false, min: null, max: null };
  switch (item.answerType) {
    case 'yesNoPartial':
      return { ...field(id, item.text), ...base, isChoice: true, numberValue: null, hint: t.chooseAnswer };
    case 'text':
      return { ...field(id, item.text), ...base, isText: true, numberValue: null, hint: t.textHint };
    case 'percentage':
    case 'count':
    case 'number': {
      const label =
        item.answerType === 'percentage'
          ? fill(t.percentLabel, { text: item.text })
          : item.unit
            ? fill(t.numberLabel, { text: item.text, unit: item.unit })
            : item.text;
      const view = field(id, label);
      return {
        ...view,
        ...base,
        isNumber: true,
        numberValue: parseEnteredNumber(view.value ?? undefined),
        min: item.answerType === 'number' ? null : 0,
        max: item.answerType === 'percentage' ? 100 : null,
        hint:
          item.answerType === 'percentage'
            ? t.percentHint
            : item.answerType === 'count'
              ? t.countHint
              : t.numberHint,
      };
    }
  }
}

/** Input.Number needs a number: a numeric entry (point or comma) becomes one, anything else is left out. */
function parseEnteredNumber(raw: string | undefined): number | null {
  if (raw === undefined || !/^\s*[-+]?\d+([.,]\d+)?\s*$/.test(raw)) return null;
  return Number(raw.trim().replace(',', '.'));
}
