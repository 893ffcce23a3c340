import type { AnswerType, DueRule, Frequency, Grade, Plan, Unit } from '../domain/plan/types';
import { defaultRiskThresholds } from './defaultRiskThresholds';

export interface LargePlanOptions {
  /** Total number of units, the root förvaltning included (at least 3). */
  units?: number;
  /** Total number of control points, four per risk area. */
  controls?: number;
  year?: number;
  /**
   * Every control monthly in every unit, instead of the mix of frequencies and units: the large
   * municipality of the digests benchmark (250 units × 40 controls = 120,000 occasions a year).
   */
  monthlyEverywhere?: boolean;
}

const frequencies: Frequency[] = [
  { kind: 'monthly' },
  { kind: 'quarterly' },
  { kind: 'tertial' },
  { kind: 'semiannual' },
  { kind: 'annual' },
  { kind: 'months', months: [6, 12] },
  { kind: 'closing', occasions: ['interim', 'annual'] },
];
const dueRules: DueRule[] = [
  { kind: 'workingDaysAfterPeriodEnd', days: 10 },
  { kind: 'dayOfMonthAfterPeriodEnd', day: 5 },
  { kind: 'periodEnd' },
];
const answerTypes: AnswerType[] = ['yesNoPartial', 'percentage', 'count', 'number', 'text'];
const roles = [
  { id: 'forvaltningschef', name: 'Förvaltningschef', nameEn: 'Head of administration' },
  { id: 'kvalitetssamordnare', name: 'Kvalitetssamordnare', nameEn: 'Quality coordinator' },
  { id: 'mas', name: 'MAS', nameEn: 'Medically responsible nurse' },
  { id: 'systemforvaltare', name: 'Systemförvaltare', nameEn: 'System administrator' },
  { id: 'omradeschef', name: 'Områdeschef', nameEn: 'Area manager' },
  { id: 'enhetschef', name: 'Enhetschef', nameEn: 'Unit manager' },
];
const performers = ['enhetschef', 'kvalitetssamordnare', 'systemforvaltare', 'mas'];
const responsibles = ['omradeschef', 'forvaltningschef', 'mas'];

const fakeGuid = (n: number) => `00000000-0000-0000-0000-${n.toString(16).padStart(12, '0')}`;
const pad = (n: number) => String(n).padStart(3, '0');

/**
 * A deterministic, valid plan of any size: a förvaltning, areas (områden) of about 25 units each,
 * an enhetschef per unit, every frequency, due rule and answer type. For round-trip tests and the
 * import benchmark; the same options always give the same plan.
 */
export function generateLargePlan({
  units = 250,
  controls = 40,
  year = 2025,
  monthlyEverywhere = false,
}: LargePlanOptions = {}): Plan {
  const areaCount = Math.max(1, Math.ceil(units / 25));
  const unitCount = Math.max(units, areaCount + 2);
  const unitList: Unit[] = [{ id: 'forv', name: 'Förvaltningen (genererad)', level: 'forvaltning' }];
  for (let a = 1; a <= areaCount; a += 1) {
    unitList.push({ id: `omr-${pad(a)}`, name: `Område ${a}`, parentId: 'forv', level: 'omrade' });
  }
  for (let u = 1; unitList.length < unitCount; u += 1) {
    const area = ((u - 1) % areaCount) + 1;
    unitList.push({ id: `enh-${pad(u)}`, name: `Enhet ${u}`, parentId: `omr-${pad(area)}`, level: 'enhet' });
  }

  const people: Plan['people'] = [];
  const assignments: Plan['assignments'] = [];
  const addPerson = (roleId: string, unitId: string): string => {
    const n = people.length + 1;
    const id = `p${pad(n)}`;
    people.push({
      id,
      name: `Person ${n} (exempel)`,
      aadObjectId: fakeGuid(n),
      email: `person${n}@kommun.example`,
      locale: n % 10 === 0 ? 'en' : 'sv',
    });
    assignments.push({ roleId, unitId, personId: id });
    return id;
  };
  for (const roleId of ['forvaltningschef', 'kvalitetssamordnare', 'mas', 'systemforvaltare'])
    addPerson(roleId, 'forv');
  const centralSubstitute = people[1].id;
  for (const unit of unitList.slice(1)) {
    const personId = addPerson(unit.level === 'omrade' ? 'omradeschef' : 'enhetschef', unit.id);
    assignments[assignments.length - 1].substituteId =
      personId === centralSubstitute ? people[0].id : centralSubstitute;
  }
  // Enhetschef on the root, so a control on an area still finds one (areas inherit it).
  assignments.push({ roleId: 'enhetschef', unitId: 'forv', personId: people[0].id });
  assignments.push({ roleId: 'omradeschef', unitId: 'forv', personId: people[0].id });

  const areaIds = unitList.filter((u) => u.level === 'omrade').map((u) => u.id);
  const enhetIds = unitList.filter((u) => u.level === 'enhet').map((u) => u.id);
  const riskAreas: Plan['riskAreas'] = [];
  for (let c = 0; c < controls; c += 1) {
    const r = Math.floor(c / 4);
    if (c % 4 === 0) {
      riskAreas.push({
        id: `R${r + 1}`,
        title: `Riskområde ${r + 1}`,
        description: `Genererat riskområde ${r + 1} för prestandatester.`,
        probability: ((r % 4) + 1) as Grade,
        consequence: (((r + 2) % 4) + 1) as Grade,
        ...(r % 2 === 0 ? { carriedOverFrom: year - 1 } : { newInYear: year }),
        controls: [],
      });
    }
    const unitIds = monthlyEverywhere
      ? unitList.map((unit) => unit.id)
      : c % 3 === 0
        ? []
        : c % 3 === 1
          ? areaIds.filter((_, i) => i % 2 === 0)
          : enhetIds.filter((_, i) => i % 7 === c % 7);
    riskAreas[r].controls.push({
      id: `R${r + 1}-K${(c % 4) + 1}`,
      title: `Kontrollmoment ${c + 1}`,
      whatIsChecked: `Att rutin ${c + 1} följs`,
      method: c % 2 === 0 ? 'Stickprov' : 'Granskning av dokumentation',
      frequency: monthlyEverywhere
        ? { kind: 'monthly' }
        : structuredClone(frequencies[c % frequencies.length]),
      dueRule: { ...dueRules[c % dueRules.length] },
      performerRoleId: performers[c % performers.length],
      responsibleRoleId: responsibles[c % responsibles.length],
      unitIds,
      checkItems: [0, 1, 2].map((i) => {
        const answerType = answerTypes[(c + i) % answerTypes.length];
        return {
          id: `P${i + 1}`,
          text: `Kontrollpunkt ${i + 1} för kontrollmoment ${c + 1}`,
          answerType,
          ...(answerType === 'number' && { unit: 'dagar' }),
        };
      }),
      resultScale: (['godkand', 'anmarkning', 'genomford'] as const)[c % 3],
      ...(c % 5 === 0 && { samplingNote: '10 % av ärendena' }),
    });
  }

  return {
    id: `GEN-${units}-${controls}-${year}`,
    organisation: 'Genererad förvaltning',
    municipality: 'Exempelkommun',
    board: 'Exempelnämnden',
    year,
    title: `Genererad plan för intern kontroll ${year}`,
    status: 'adopted',
    adopted: { date: `${year - 1}-12-15`, decision: `${year - 1}-12-15 § 1` },
    governingDocuments: ['Kommunallagen 6 kap 6 §'],
    riskThresholds: defaultRiskThresholds.map((t) => ({ ...t })),
    closingDates: { interim: `${year}-08-31`, annual: `${year}-12-31` },
    roles: roles.map((r) => ({ ...r })),
    units: unitList,
    people,
    assignments,
    riskAreas,
  };
}
