import { renderLeadershipDigest } from '../../src/cards/renderLeadershipDigest';
import { buildLeadershipDigest } from '../../src/domain/digests/buildLeadershipDigest';
import type { StatusCountRow } from '../../src/domain/ports/DigestQueries';
import type { Plan } from '../../src/domain/plan/types';
import { loadFixturePlan } from '../reports/seedResults';

type Card = { body: Array<Record<string, unknown>> };
function facts(card: Card): Record<string, string> {
  const set = card.body.find((element) => element.type === 'FactSet') as {
    facts: Array<{ title: string; value: string }>;
  };
  return Object.fromEntries(set.facts.map((fact) => [fact.title, fact.value]));
}

const answered = (riskAreaId: string, assessment: string, count: number): StatusCountRow => ({
  key: { riskAreaId },
  status: 'answered',
  assessment,
  count,
  deviations: 0,
});

/** Issue 14 item 3: digests count and label assessments by each control's own scale. */
describe("digest assessments in the scale of the plan's controls", () => {
  let alingsas: Plan;
  beforeAll(async () => {
    // Alingsås 2023 (seed) assesses every control "Genomförd utan/med försumbar/med anmärkning".
    alingsas = await loadFixturePlan('alingsas-2023.yaml');
  });

  function digestCard(plan: Plan, rows: StatusCountRow[], locale: 'sv' | 'en' = 'sv'): Card {
    const digest = buildLeadershipDigest({
      plan,
      period: { key: String(plan.year), from: `${plan.year}-01-01`, to: `${plan.year}-12-31` },
      today: `${plan.year}-10-01`,
      counts: { byRiskArea: rows, byUnit: [] },
      overdueCounts: { byRiskArea: [], byUnit: [] },
      overdueList: [],
      previous: null,
    });
    return renderLeadershipDigest({ locale, digest, overdueTotal: 0 }) as unknown as Card;
  }

  it('an anmärkning plan shows its own values, not Godkänd', () => {
    const area = alingsas.riskAreas[0].id;
    const card = digestCard(alingsas, [
      answered(area, 'utan_anmarkning', 3),
      answered(area, 'med_anmarkning', 1),
    ]);
    expect(facts(card).Bedömning).toBe(
      'Genomförd utan anmärkning 3 · Genomförd med försumbar anmärkning 0 · Genomförd med anmärkning 1',
    );
    const json = JSON.stringify(card);
    expect(json).not.toContain('Godkänd');
    expect(json).toContain('Bedömningar: Genomförd utan anmärkning 3 · Genomförd med anmärkning 1');
  });

  it('a plan mixing scales shows one line per scale, in English too', () => {
    const first = alingsas.riskAreas[0];
    const mixed: Plan = {
      ...alingsas,
      riskAreas: [
        first,
        {
          ...alingsas.riskAreas[1],
          controls: alingsas.riskAreas[1].controls.map((c) => ({ ...c, resultScale: 'genomford' as const })),
        },
      ],
    };
    const card = digestCard(
      mixed,
      [
        answered(first.id, 'utan_anmarkning', 2),
        answered(mixed.riskAreas[1].id, 'genomford', 4),
        answered(mixed.riskAreas[1].id, 'genomford_med_avvikelse', 1),
      ],
      'en',
    );
    expect(facts(card)).toMatchObject({
      'Assessment: assessment': 'Done without remark 2 · Done with negligible remark 0 · Done with remark 0',
      'Assessment: status': 'Done 4 · Done with deviation 1 · Ongoing 0',
    });
  });
});
