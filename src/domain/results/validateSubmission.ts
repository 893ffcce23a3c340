import type { CheckItem, ControlPoint, IsoDate, Locale } from '../plan/types';
import { checkItemFieldId, FIELD, TEXT_LIMITS } from './fieldIds';
import { findPersonnummer } from './findPersonnummer';
import { isIsoDate } from './isIsoDate';
import { isFullyApproved, scaleCodes } from './resultScales';
import type { CheckItemAnswer, ControlResult, ProposedAction, YesNoPartial } from './types';
import { VALIDATION_MESSAGES, type ValidationMessages } from './validationMessages';
import { requiredSample } from '../sampling/requiredSample';
import { requirementText } from '../sampling/samplingTexts';
import type { SampleCounts, SamplingRule } from '../sampling/types';

export type SubmissionValidation =
  | { ok: true; value: ControlResult }
  | {
      ok: false;
      /** Message per input id (see FIELD and checkItemFieldId), in the user's language. */
      errors: Record<string, string>;
      /** What the person entered, as strings per input id, to put back into the card. */
      entered: Record<string, string>;
    };

/** Longest value echoed back into a card, so that a forged submission cannot bloat the error card. */
const MAX_ECHOED_LENGTH = 2 * TEXT_LIMITS.long;

const YES_NO_PARTIAL: readonly YesNoPartial[] = ['ja', 'nej', 'delvis'];

type Fields = Record<string, unknown>;

/**
 * Validates the data of a submitted control card against the control point. The card's own
 * client-side checks are hints only: cards can be forged and clients differ, so everything is
 * checked here. `today` is the organisation's current calendar date.
 */
export function validateSubmission(
  input: unknown,
  control: ControlPoint,
  locale: Locale,
  today: IsoDate,
): SubmissionValidation {
  const messages = VALIDATION_MESSAGES[locale];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: { [FIELD.form]: messages.notAnObject }, entered: {} };
  }
  const fields = input as Fields;
  const errors: Record<string, string> = {};
  const text = new TextReader(fields, errors, messages);

  const value = isNotApplicable(fields[FIELD.notApplicable])
    ? readNotApplicable(text, messages, errors)
    : readPerformed(fields, control, today, text, messages, errors);

  if (value && Object.keys(errors).length === 0) return { ok: true, value };
  return { ok: false, errors, entered: enteredValues(fields, control) };
}

function isNotApplicable(raw: unknown): boolean {
  return raw === true || raw === 'true';
}

function readNotApplicable(
  text: TextReader,
  messages: ValidationMessages,
  errors: Record<string, string>,
): ControlResult | undefined {
  const reason = text.read(FIELD.notApplicableReason, TEXT_LIMITS.medium);
  const comment = text.read(FIELD.comment, TEXT_LIMITS.long);
  if (reason === '' && !errors[FIELD.notApplicableReason]) {
    errors[FIELD.notApplicableReason] = messages.reasonRequired;
  }
  if (!reason) return undefined;
  return { kind: 'notApplicable', reason, ...(comment ? { comment } : {}) };
}

function readPerformed(
  fields: Fields,
  control: ControlPoint,
  today: IsoDate,
  text: TextReader,
  messages: ValidationMessages,
  errors: Record<string, string>,
): ControlResult | undefined {
  const answers: CheckItemAnswer[] = [];
  for (const item of control.checkItems) {
    const answer = readAnswer(item, fields, text, messages, errors);
    if (answer) answers.push(answer);
  }

  const rawAssessment = fields[FIELD.assessment];
  const assessment = scaleCodes(control.resultScale).find((code) => code === rawAssessment);
  if (!assessment) errors[FIELD.assessment] = messages.assessment;

  const deviations = parseNumber(fields[FIELD.deviations]);
  const deviationsOk = deviations !== undefined && Number.isInteger(deviations) && deviations >= 0;
  if (!deviationsOk) errors[FIELD.deviations] = messages.deviations;

  const performedOn = readPerformedOn(fields[FIELD.performedOn], today, messages, errors);
  const comment = text.read(FIELD.comment, TEXT_LIMITS.long);
  const analysis = text.read(FIELD.analysis, TEXT_LIMITS.long);
  const proposedAction = readProposedAction(
    text,
    fields[FIELD.actionDue],
    assessment !== undefined && !isFullyApproved(control.resultScale, assessment),
    messages,
    errors,
  );

  const sample = control.samplingRule
    ? readSample(fields, control.samplingRule, messages, errors)
    : undefined;

  if (
    !assessment ||
    !deviationsOk ||
    !performedOn ||
    answers.length !== control.checkItems.length ||
    (control.samplingRule && !sample)
  ) {
    return undefined;
  }
  return {
    kind: 'performed',
    performedOn,
    answers,
    assessment,
    deviations,
    ...(comment ? { comment } : {}),
    ...(analysis ? { analysis } : {}),
    ...(proposedAction ? { proposedAction } : {}),
    ...(sample ? { sample } : {}),
  };
}

/** Population, sample and findings: whole numbers, findings ≤ sample ≤ population, and the sample at least what the rule requires. */
function readSample(
  fields: Fields,
  rule: SamplingRule,
  messages: ValidationMessages,
  errors: Record<string, string>,
): SampleCounts | undefined {
  const whole = (id: string): number | undefined => {
    const value = parseNumber(fields[id]);
    if (value === undefined || !Number.isInteger(value) || value < 0) {
      errors[id] = messages.sampleWholeNumber;
      return undefined;
    }
    return value;
  };
  const population = whole(FIELD.samplePopulation);
  const sampled = whole(FIELD.sampleSampled);
  const withFindings = whole(FIELD.sampleFindings);
  if (population === undefined || sampled === undefined || withFindings === undefined) return undefined;
  if (sampled > population) {
    errors[FIELD.sampleSampled] = messages.sampleAbovePopulation(population);
    return undefined;
  }
  const required = requiredSample(rule, population);
  if (sampled < required) {
    errors[FIELD.sampleSampled] = messages.sampleTooSmall(
      requirementText(rule, population, messages.locale),
      sampled,
    );
    return undefined;
  }
  if (withFindings > sampled) {
    errors[FIELD.sampleFindings] = messages.findingsAboveSample(sampled);
    return undefined;
  }
  return { population, sampled, withFindings };
}

function readAnswer(
  item: CheckItem,
  fields: Fields,
  text: TextReader,
  messages: ValidationMessages,
  errors: Record<string, string>,
): CheckItemAnswer | undefined {
  const id = checkItemFieldId(item.id);
  const raw = fields[id];
  if (item.answerType === 'text') {
    const value = text.read(id, TEXT_LIMITS.long);
    if (value === '' && !errors[id]) errors[id] = messages.answerMissing;
    return value ? { itemId: item.id, answerType: 'text', value } : undefined;
  }
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    errors[id] = messages.answerMissing;
    return undefined;
  }
  if (item.answerType === 'yesNoPartial') {
    const value = YES_NO_PARTIAL.find((choice) => choice === raw);
    if (!value) errors[id] = messages.yesNoPartial;
    return value ? { itemId: item.id, answerType: 'yesNoPartial', value } : undefined;
  }
  const value = parseNumber(raw);
  const valid =
    value !== undefined &&
    (item.answerType === 'percentage'
      ? value >= 0 && value <= 100
      : item.answerType === 'count'
        ? Number.isInteger(value) && value >= 0
        : true);
  if (!valid) {
    errors[id] = messages[item.answerType];
    return undefined;
  }
  return { itemId: item.id, answerType: item.answerType, value };
}

function readPerformedOn(
  raw: unknown,
  today: IsoDate,
  messages: ValidationMessages,
  errors: Record<string, string>,
): IsoDate | undefined {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (value === '') {
    errors[FIELD.performedOn] = messages.performedOnMissing;
  } else if (!isIsoDate(value)) {
    errors[FIELD.performedOn] = messages.performedOnInvalid;
  } else if (value > today) {
    errors[FIELD.performedOn] = messages.performedOnFuture(today);
  } else {
    return value;
  }
  return undefined;
}

function readProposedAction(
  text: TextReader,
  rawDue: unknown,
  required: boolean,
  messages: ValidationMessages,
  errors: Record<string, string>,
): ProposedAction | undefined {
  const what = text.read(FIELD.actionWhat, TEXT_LIMITS.medium);
  const who = text.read(FIELD.actionWho, TEXT_LIMITS.short);
  const due = typeof rawDue === 'string' ? rawDue.trim() : '';
  const anyGiven = Boolean(what || who || due);
  if (due !== '' && !isIsoDate(due)) errors[FIELD.actionDue] = messages.actionDueInvalid;
  if (!required && !anyGiven) return undefined;
  if (what === '' && !errors[FIELD.actionWhat]) errors[FIELD.actionWhat] = messages.actionWhatMissing;
  if (who === '' && !errors[FIELD.actionWho]) errors[FIELD.actionWho] = messages.actionWhoMissing;
  if (due === '') errors[FIELD.actionDue] = messages.actionDueMissing;
  if (!what || !who || !isIsoDate(due)) return undefined;
  return { what, who, dueDate: due };
}

/** Reads optional free text: trimmed, '' when absent; records too long, not text, or a personnummer. */
class TextReader {
  constructor(
    private readonly fields: Fields,
    private readonly errors: Record<string, string>,
    private readonly messages: ValidationMessages,
  ) {}

  /** The trimmed text, '' when empty or absent, undefined when invalid (an error is then recorded). */
  read(id: string, maxLength: number): string | undefined {
    const raw = this.fields[id];
    if (raw === undefined || raw === null) return '';
    if (typeof raw !== 'string') {
      this.errors[id] = this.messages.notText;
      return undefined;
    }
    const value = raw.trim();
    if (value.length > maxLength) {
      this.errors[id] = this.messages.tooLong(maxLength, value.length);
      return undefined;
    }
    if (findPersonnummer(value) !== undefined) {
      this.errors[id] = this.messages.personnummer;
      return undefined;
    }
    return value;
  }
}

/** A finite number from a number or a numeric string (decimal point or comma); otherwise undefined. */
function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  if (!/^[-+]?\d+([.,]\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

function enteredValues(fields: Fields, control: ControlPoint): Record<string, string> {
  const ids = [
    ...control.checkItems.map((item) => checkItemFieldId(item.id)),
    FIELD.assessment,
    FIELD.deviations,
    FIELD.comment,
    FIELD.analysis,
    FIELD.actionWhat,
    FIELD.actionWho,
    FIELD.actionDue,
    FIELD.performedOn,
    FIELD.notApplicable,
    FIELD.notApplicableReason,
    ...(control.samplingRule ? [FIELD.samplePopulation, FIELD.sampleSampled, FIELD.sampleFindings] : []),
  ];
  const entered: Record<string, string> = {};
  for (const id of ids) {
    const raw = fields[id];
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
      entered[id] = String(raw).slice(0, MAX_ECHOED_LENGTH);
    }
  }
  return entered;
}
