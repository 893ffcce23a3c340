import { z } from 'zod';
import type { DueRule, Frequency } from '../domain/plan/types';
import { parseDueRule } from './parseDueRule';
import { parseFrequency, type FrequencyInput } from './parseFrequency';
import {
  answerTypeWords,
  handlingWords,
  listWords,
  localeWords,
  lookUpWord,
  planStatusWords,
  resultScaleWords,
  unitLevelWords,
  type Vocabulary,
} from './planVocabulary';

/*
 * The plan file as a coordinator writes it (YAML, JSON, or Excel read into the same shape).
 * Structural checks only; cross-references are checked on the domain plan (checkPlan.ts).
 */

const text = z.string().trim().min(1);
/** Ids are chosen by the coordinator; a number written without quotes (id: 1) is accepted. */
const id = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(text);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });

const grade = z.number().int().min(1).max(4);

function word<Code extends string>(vocabulary: Vocabulary<Code>) {
  return z.string().transform((value, ctx): Code => {
    const code = lookUpWord(vocabulary, value);
    if (code !== undefined) return code;
    const allowed = listWords(vocabulary);
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `Unknown value "${value}"`,
      params: {
        sv: `Okänt värde "${value}". Tillåtna: ${allowed.sv}.`,
        en: `Unknown value "${value}". Allowed: ${allowed.en}.`,
      },
    });
    return z.NEVER;
  });
}

const frequency = z
  .union([
    z.string(),
    z.strictObject({ months: z.array(z.number().int().min(1).max(12)).min(1) }),
    z.strictObject({ closing: z.array(z.string()).min(1) }),
  ])
  .transform((value: FrequencyInput, ctx): Frequency => {
    const parsed = parseFrequency(value);
    if ('value' in parsed) return parsed.value;
    ctx.issues.push({ code: 'custom', input: value, message: parsed.en, params: parsed });
    return z.NEVER;
  });

const due = z.string().transform((value, ctx): DueRule => {
  const parsed = parseDueRule(value);
  if ('value' in parsed) return parsed.value;
  ctx.issues.push({ code: 'custom', input: value, message: parsed.en, params: parsed });
  return z.NEVER;
});

const checkItem = z.strictObject({
  id,
  text,
  answer: word(answerTypeWords),
  unit: text.optional(),
});

/** Explicit dates of a control (instead of `due`) or a decided action; order is checked on the plan. */
const dates = z.strictObject({
  start: isoDate,
  checkpoints: z.array(isoDate).optional(),
  end: isoDate,
  shiftToWorkingDay: z.boolean().optional(),
});

/** A sampling rule (stickprov): what is sampled, a percentage or a count, and an optional review window. */
const samplingRule = z
  .strictObject({
    what: text,
    percent: z.number().gt(0).max(100).optional(),
    count: z.number().int().min(1).optional(),
    window: z.strictObject({ from: isoDate, to: isoDate }).optional(),
  })
  .superRefine((rule, ctx) => {
    if ((rule.percent === undefined) === (rule.count === undefined))
      ctx.issues.push({
        code: 'custom',
        input: rule,
        message: 'give percent or count',
        params: {
          sv: 'En stickprovsregel (samplingRule) ska ha antingen percent (andel i procent) eller count (antal), inte båda eller ingen.',
          en: 'A sampling rule (samplingRule) needs either percent or count, not both and not neither.',
        },
      });
    if (rule.window && rule.window.from > rule.window.to)
      ctx.issues.push({
        code: 'custom',
        input: rule.window,
        path: ['window'],
        message: 'window ends before it starts',
        params: {
          sv: `Granskningsperioden slutar (${rule.window.to}) före den börjar (${rule.window.from}).`,
          en: `The review window ends (${rule.window.to}) before it starts (${rule.window.from}).`,
        },
      });
  });

const control = z.strictObject({
  id,
  title: text,
  whatIsChecked: text.optional(),
  method: text,
  frequency,
  /** Required unless `dates` are given (checked on the plan, where both are known). */
  due: due.optional(),
  dates: dates.optional(),
  performer: id.optional(),
  /** Several performer roles instead of `performer`. */
  performers: z.array(id).min(1).optional(),
  /** With several performers: any (one answer completes the occasion) or each (one per role). */
  answer: z.enum(['any', 'each']).optional(),
  responsible: id.optional(),
  /** The responsible attests each result. */
  attestation: z.boolean().optional(),
  units: z.array(id).optional(),
  sampling: text.optional(),
  samplingRule: samplingRule.optional(),
  resultScale: word(resultScaleWords).optional(),
  checkItems: z.array(checkItem).optional(),
});

/** A decided action (Beslut om åtgärd); owner and reportingOwner name a person or a role of the plan. */
const decidedAction = z.strictObject({
  id,
  text,
  owner: id,
  reportingOwner: id.optional(),
  units: z.array(id).optional(),
  start: isoDate,
  checkpoints: z.array(isoDate).optional(),
  end: isoDate,
  carriedOverFrom: z.number().int().min(1900).max(2200).optional(),
});

const riskArea = z.strictObject({
  id,
  title: text,
  description: text.optional(),
  probability: grade.nullable().optional(),
  consequence: grade.nullable().optional(),
  carriedOverFrom: z.number().int().min(1900).max(2200).optional(),
  newInYear: z.number().int().min(1900).max(2200).optional(),
  controls: z.array(control).optional(),
  actions: z.array(decidedAction).optional(),
});

export const planDocumentSchema = z.strictObject({
  formatVersion: z.literal(1).optional(),
  id,
  title: text,
  municipality: text.optional(),
  organisation: text,
  board: text.optional(),
  year: z.number().int().min(1900).max(2200),
  status: word(planStatusWords),
  adopted: z.strictObject({ date: isoDate, decision: text }).optional(),
  closedOn: isoDate.optional(),
  closingDates: z.strictObject({ interim: isoDate.optional(), annual: isoDate.optional() }).optional(),
  governingDocuments: z.array(text).optional(),
  riskThresholds: z
    .array(
      z.strictObject({
        min: z.number().int().min(1),
        max: z.number().int().max(16),
        handling: word(handlingWords),
      }),
    )
    .optional(),
  roles: z.array(z.strictObject({ id, name: text, nameEn: text.optional() })).optional(),
  units: z
    .array(z.strictObject({ id, name: text, parent: id.optional(), level: word(unitLevelWords).optional() }))
    .optional(),
  people: z
    .array(
      z.strictObject({
        id,
        name: text,
        aadObjectId: z
          .string()
          .trim()
          .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
          .optional(),
        email: z
          .string()
          .trim()
          .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/)
          .optional(),
        locale: word(localeWords).optional(),
      }),
    )
    .optional(),
  assignments: z
    .array(z.strictObject({ role: id, unit: id, person: id, substitute: id.optional() }))
    .optional(),
  riskAreas: z.array(riskArea).optional(),
  report: z
    .strictObject({
      layout: text.optional(),
      diarienummer: text.optional(),
      decisionDate: isoDate.optional(),
      decisionParagraph: text.optional(),
      reportTo: text.optional(),
      reportDate: isoDate.optional(),
      preparedBy: text.optional(),
      interimCutOff: isoDate.optional(),
    })
    .optional(),
});

/** The parsed file: words already turned into codes, frequency and due into domain rules. */
export type PlanDocument = z.output<typeof planDocumentSchema>;
