import type { Plan } from '../../src/domain/plan/types';

type DecidedAction = NonNullable<Plan['riskAreas'][number]['actions']>[number];

/** The Entra object id of the i-th invented person of peoplePlan. */
export const personObjectId = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/**
 * An invented plan for load and crash tests: `people` people, one unit each, each performing one
 * monthly log check (due ten working days after the month), optionally with a decided action each.
 * A reminder pass on 2025-02-07 owes every person January's notice.
 */
export function peoplePlan(options: {
  id: string;
  title: string;
  people: number;
  year?: number;
  actionOf?: (i: number) => DecidedAction;
}): Plan {
  const ids = Array.from({ length: options.people }, (_, i) => i);
  return {
    id: options.id,
    organisation: 'Exempelby',
    year: options.year ?? 2025,
    title: options.title,
    status: 'adopted',
    governingDocuments: [],
    riskThresholds: [{ min: 1, max: 16, code: 'controlPlan' }],
    closingDates: {},
    roles: [{ id: 'utforare', name: 'Utförare' }],
    units: [
      { id: 'org', name: 'Förvaltningen' },
      ...ids.map((i) => ({ id: `u${i}`, name: `Enhet ${i}`, parentId: 'org' })),
    ],
    people: ids.map((i) => ({
      id: `p${i}`,
      name: `Person ${i}`,
      aadObjectId: personObjectId(i),
      locale: 'sv' as const,
    })),
    assignments: ids.map((i) => ({ roleId: 'utforare', unitId: `u${i}`, personId: `p${i}` })),
    riskAreas: [
      {
        id: 'R1',
        title: 'Risk',
        probability: 2,
        consequence: 2,
        controls: [
          {
            id: 'K1',
            title: 'Loggkontroll',
            method: 'Loggkontroll',
            frequency: { kind: 'monthly' },
            dueRule: { kind: 'workingDaysAfterPeriodEnd', days: 10 },
            performerRoleId: 'utforare',
            unitIds: ids.map((i) => `u${i}`),
            checkItems: [{ id: 'I1', text: 'Gjord?', answerType: 'yesNoPartial' }],
            resultScale: 'godkand',
          },
        ],
        ...(options.actionOf ? { actions: ids.map(options.actionOf) } : {}),
      },
    ],
  };
}
