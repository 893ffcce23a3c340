import type { ControlPoint, IsoDate, Locale } from '../domain/plan/types';
import type { CardStrings } from '../i18n/cards';
import type { ControlHeaderData, ControlHeaderView } from './ControlHeader';
import type { RefreshView } from './refreshView';

/**
 * The interactive control card (cards/controlCard.json). Verbs it sends:
 * - submitResult {occasionId, version} plus every input (ids: FIELD and checkItemFieldId in
 *   src/domain/results/fieldIds.ts) – validate with validateSubmission;
 * - markNotApplicable {occasionId, version}, no inputs – answer with this card in mode 'notApplicable';
 * - refreshCard {occasionId} – from `refresh` and the Back button of the not-applicable form.
 */
export interface ControlCardData extends ControlHeaderData {
  locale: Locale;
  occasionId: string;
  /** Version of the stored result the card was drawn from, 0 when there is none yet. */
  version: number;
  /** 'result' (default): the result form; 'notApplicable': only the reason form. */
  mode?: 'result' | 'notApplicable';
  control: ControlHeaderData['control'] & Pick<ControlPoint, 'resultScale' | 'checkItems'>;
  /** The organisation's current date: the latest date the performed-on picker offers. */
  today: IsoDate;
  /** Values to show in the inputs, by input id (from validateSubmission's `entered` or resultToFields). */
  entered?: Readonly<Record<string, string>>;
  /** Messages by input id (from validateSubmission's `errors`), shown next to the fields and at the top. */
  errors?: Readonly<Record<string, string>>;
  /** Users whose Teams client refreshes the card (performer, substitute, responsible); at most 60 are kept. */
  refreshUserIds?: readonly string[];
}

export interface FieldView {
  id: string;
  label: string;
  value: string | null;
  error: string;
  hasError: boolean;
}

export interface NumberFieldView extends Omit<FieldView, 'value'> {
  value: number | null;
}

export interface CheckItemView extends FieldView {
  isChoice: boolean;
  isNumber: boolean;
  isText: boolean;
  numberValue: number | null;
  /** Input.Number bounds; null (dropped) when the answer type has none. */
  min: number | null;
  max: number | null;
  hint: string;
}

export interface ChoiceView {
  title: string;
  value: string;
}

/** What cards/controlCard.json binds to (cards/controlCard.data.json is one of these). */
export interface ControlCardView extends RefreshView {
  t: CardStrings;
  occasionId: string;
  version: number;
  header: ControlHeaderView;
  isResultMode: boolean;
  isNotApplicableMode: boolean;
  hasErrors: boolean;
  errorLines: Array<{ text: string }>;
  today: IsoDate;
  checkItems: CheckItemView[];
  hasCheckItems: boolean;
  assessmentChoices: ChoiceView[];
  fields: {
    assessment: FieldView;
    deviations: NumberFieldView;
    performedOn: FieldView;
    comment: FieldView;
    analysis: FieldView;
    actionWhat: FieldView;
    actionWho: FieldView;
    actionDue: FieldView;
    notApplicableReason: FieldView;
  };
}
