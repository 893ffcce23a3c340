import type { AnswerType, Frequency, Plan, PlanStatus } from '../domain/plan/types';
import { parseFrequency, type FrequencyInput } from './parseFrequency';
import { answerTypeWords, lookUpWord, planStatusWords } from './planVocabulary';

type Fields = Record<string, unknown>;

const fields = (value: unknown): Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const word = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
const number = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);

function frequency(value: unknown): Frequency {
  const parsed =
    typeof value === 'string' || fields(value) === value
      ? parseFrequency(value as FrequencyInput)
      : undefined;
  return parsed && 'value' in parsed ? parsed.value : { kind: 'annual' };
}

/**
 * A best-effort plan from a file that failed structural validation, with every list kept at its
 * original length and order. It lets the cross-reference checks run too, so one import reports a
 * missing title and an unknown role together. Never used as a result.
 */
export function salvagePlan(raw: unknown): Plan {
  const doc = fields(raw);
  const closingDates = fields(doc.closingDates);
  return {
    id: word(doc.id) ?? '',
    organisation: word(doc.organisation) ?? '',
    year: number(doc.year),
    title: word(doc.title) ?? '',
    status: lookUpWord(planStatusWords, word(doc.status) ?? '') ?? ('draft' as PlanStatus),
    ...(doc.adopted !== undefined && { adopted: { date: '', decision: '' } }),
    governingDocuments: [],
    riskThresholds: list(doc.riskThresholds)
      .map(fields)
      .map((t) => ({ min: number(t.min), max: number(t.max), code: 'none' as const }))
      .filter((t) => Number.isInteger(t.min) && Number.isInteger(t.max)),
    closingDates: {
      ...(closingDates.interim !== undefined && { interim: String(closingDates.interim) }),
      ...(closingDates.annual !== undefined && { annual: String(closingDates.annual) }),
    },
    roles: list(doc.roles)
      .map(fields)
      .map((r) => ({ id: word(r.id) ?? '', name: '' })),
    units: list(doc.units)
      .map(fields)
      .map((u) => ({
        id: word(u.id) ?? '',
        name: '',
        ...(word(u.parent) !== undefined && { parentId: word(u.parent) }),
      })),
    people: list(doc.people)
      .map(fields)
      .map((p) => ({
        id: word(p.id) ?? '',
        name: '',
        locale: 'sv' as const,
        ...(p.aadObjectId !== undefined && { aadObjectId: String(p.aadObjectId) }),
        ...(p.email !== undefined && { email: String(p.email) }),
      })),
    assignments: list(doc.assignments)
      .map(fields)
      .map((a) => ({
        roleId: word(a.role) ?? '',
        unitId: word(a.unit) ?? '',
        personId: word(a.person) ?? '',
        ...(word(a.substitute) !== undefined && { substituteId: word(a.substitute) }),
      })),
    riskAreas: list(doc.riskAreas)
      .map(fields)
      .map((area) => ({
        id: word(area.id) ?? '',
        title: '',
        probability: null,
        consequence: null,
        controls: list(area.controls)
          .map(fields)
          .map((c) => ({
            id: word(c.id) ?? '',
            title: '',
            method: '',
            frequency: frequency(c.frequency),
            dueRule: { kind: 'periodEnd' as const },
            ...(word(c.performer) !== undefined && { performerRoleId: word(c.performer) }),
            ...(word(c.responsible) !== undefined && { responsibleRoleId: word(c.responsible) }),
            unitIds: list(c.units).map((u) => word(u) ?? ''),
            checkItems: list(c.checkItems)
              .map(fields)
              .map((item) => ({
                id: word(item.id) ?? '',
                text: '',
                answerType:
                  lookUpWord(answerTypeWords, word(item.answer) ?? '') ??
                  ((item.unit === undefined ? 'text' : 'number') as AnswerType),
                ...(word(item.unit) !== undefined && { unit: word(item.unit) }),
              })),
            resultScale: 'godkand' as const,
          })),
      })),
  };
}
