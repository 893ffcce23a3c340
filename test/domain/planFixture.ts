import type { ControlPoint, Plan } from '../../src/domain/plan/types';

/**
 * A small plan shaped after Vaggeryd 2025 (seed 000): IFO with two sub-units, ÄO and FO providers
 * and the staff unit. People are pseudonymous. Tests copy and adjust it instead of mutating it.
 */
export function vaggerydLikePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'VAG-SOF-2025',
    organisation: 'Socialförvaltningen',
    municipality: 'Vaggeryd',
    year: 2025,
    title: 'Plan för intern kontroll år 2025',
    status: 'adopted',
    governingDocuments: ['Kommunallagen 6 kap 6 §'],
    riskThresholds: [],
    closingDates: {},
    roles: [
      { id: 'systemforvaltare', name: 'Systemförvaltare' },
      { id: 'enhetschef', name: 'Enhetschef' },
      { id: 'mas', name: 'MAS' },
    ],
    units: [
      { id: 'ifo', name: 'IFO', level: 'omrade' },
      { id: 'ifo-myndighet', name: 'IFO – myndighet', parentId: 'ifo', level: 'enhet' },
      { id: 'ifo-utforare', name: 'IFO – utförardel', parentId: 'ifo', level: 'enhet' },
      { id: 'ao-utforare', name: 'Utförare inom område ÄO', level: 'omrade' },
      { id: 'stab', name: 'Stab', level: 'omrade' },
    ],
    people: [
      { id: 'p1', name: 'Person Ett', locale: 'sv' },
      { id: 'p2', name: 'Person Två', locale: 'sv' },
      { id: 'p3', name: 'Person Tre', locale: 'en' },
      { id: 'p4', name: 'Person Fyra', locale: 'sv' },
    ],
    assignments: [
      { roleId: 'enhetschef', unitId: 'ifo', personId: 'p1', substituteId: 'p2' },
      { roleId: 'enhetschef', unitId: 'ifo-utforare', personId: 'p3' },
      { roleId: 'systemforvaltare', unitId: 'stab', personId: 'p4' },
    ],
    riskAreas: [
      {
        id: 'VAG25-R2',
        title: 'Obehörig åtkomst till verksamhetssystem',
        probability: 2,
        consequence: 4,
        controls: [
          control({
            id: 'VAG25-K-logg',
            title: 'Loggkontroll',
            frequency: { kind: 'months', months: [12, 6] },
            dueRule: { kind: 'workingDaysAfterPeriodEnd', days: 10 },
            unitIds: ['ifo-myndighet', 'ao-utforare'],
          }),
          control({
            id: 'VAG25-K-larm',
            title: 'Provlarmning',
            frequency: { kind: 'quarterly' },
            dueRule: { kind: 'periodEnd' },
            unitIds: [],
          }),
        ],
      },
      {
        id: 'VAG25-R1',
        title: 'God hygienisk standard',
        probability: 3,
        consequence: 4,
        controls: [
          control({
            id: 'VAG25-K-hygien',
            title: 'Hygienobservation',
            frequency: { kind: 'closing', occasions: ['interim', 'annual'] },
            dueRule: { kind: 'dayOfMonthAfterPeriodEnd', day: 5 },
            unitIds: ['ao-utforare'],
          }),
        ],
      },
    ],
    ...overrides,
  };
}

function control(
  fields: Pick<ControlPoint, 'id' | 'title' | 'frequency' | 'dueRule' | 'unitIds'>,
): ControlPoint {
  return { method: 'Stickprov', checkItems: [], resultScale: 'godkand', ...fields };
}
