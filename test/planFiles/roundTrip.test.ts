import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plan } from '../../src/domain/plan/types';
import { generateLargePlan } from '../../src/planFiles/generateLargePlan';
import { parsePlanFile } from '../../src/planFiles/parsePlanFile';
import { parsePlanText } from '../../src/planFiles/parsePlanText';
import { parsePlanWorkbook } from '../../src/planFiles/parsePlanWorkbook';
import { writePlan } from '../../src/planFiles/writePlan';
import { readSheetValues } from './readSheetValues';

const fixtures = path.resolve(__dirname, '../fixtures/plans');

async function fixturePlan(name: string): Promise<Plan> {
  const result = await parsePlanFile(path.join(fixtures, name));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.plan;
}

const plans: Array<[string, () => Promise<Plan>]> = [
  ['Vaggeryd 2025', () => fixturePlan('vaggeryd-2025.yaml')],
  ['Alingsås 2023', () => fixturePlan('alingsas-2023.yaml')],
  ['Mellerud 2024 (004 layout: decided actions, dated controls)', () => fixturePlan('mellerud-2024.yaml')],
  [
    'a generated plan of 250 units and 40 controls',
    async () => generateLargePlan({ units: 250, controls: 40 }),
  ],
];

describe.each(plans)('round trip of %s', (_, loadPlan) => {
  it.each(['yaml', 'json'] as const)(
    'export → import → export gives identical %s bytes and the same plan',
    async (format) => {
      const plan = await loadPlan();
      const first = await writePlan(plan, format);
      const imported = parsePlanText(first, format, `plan.${format}`);
      if (!imported.ok) throw new Error(JSON.stringify(imported.errors, null, 2));
      expect(imported.plan).toEqual(plan);
      expect(await writePlan(imported.plan, format)).toBe(first);
    },
  );

  it('export → import → export gives identical xlsx cell values and the same plan', async () => {
    const plan = await loadPlan();
    const first = await writePlan(plan, 'xlsx');
    const imported = await parsePlanWorkbook(first, 'plan.xlsx');
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors, null, 2));
    expect(imported.plan).toEqual(plan);
    const second = await writePlan(imported.plan, 'xlsx');
    expect(await readSheetValues(second)).toEqual(await readSheetValues(first));
  });
});

describe('the committed xlsx fixtures', () => {
  it.each(['vaggeryd-2025', 'alingsas-2023', 'mellerud-2024'])(
    '%s.xlsx holds what the exporter writes for %s.yaml',
    async (name) => {
      const committed = await readFile(path.join(fixtures, `${name}.xlsx`));
      const fresh = await writePlan(await fixturePlan(`${name}.yaml`), 'xlsx');
      expect(await readSheetValues(committed)).toEqual(await readSheetValues(fresh));
      // Zip entry dates are fixed too, so the committed file is byte for byte what the exporter writes.
      expect(Buffer.compare(committed, fresh)).toBe(0);
      const imported = await parsePlanFile(path.join(fixtures, `${name}.xlsx`));
      expect(imported.ok && imported.plan).toEqual(await fixturePlan(`${name}.yaml`));
    },
  );
});

describe('the workbook layout', () => {
  it('has the Swedish sheets, a frozen header row and the risk value derived from S × K', async () => {
    const sheets = await readSheetValues(await writePlan(await fixturePlan('vaggeryd-2025.yaml'), 'xlsx'));
    expect(Object.keys(sheets)).toEqual([
      'Plan',
      'Riskområden',
      'Kontrollmoment',
      'Kontrollpunkter',
      'Åtgärder',
      'Enheter',
      'Personer',
      'Roller',
      'Tilldelningar',
    ]);
    expect(sheets['Kontrollmoment'][0]).toEqual(
      expect.arrayContaining([
        'Riskområde-id',
        'Id',
        'Kontrollmoment',
        'Metod',
        'Frekvens',
        'Förfallodag',
        'Utförare (roll)',
        'Ansvarig (roll)',
        'Enheter',
        'Urval',
      ]),
    );
    const logCheck = sheets['Kontrollmoment'].find((row) => row[1] === 'VAG25-R2-K1');
    expect(logCheck?.slice(5, 7)).toEqual(['Månader: 6, 12', '10 arbetsdagar efter perioden']);
    expect(sheets['Riskområden'][1].slice(3, 6)).toEqual([3, 4, 12]);
    expect(sheets['Plan']).toEqual(expect.arrayContaining([['Beslut (paragraf)', '2024-12-19 § 97']]));
  });

  it('writes the same bytes for the same plan (fixed workbook dates)', async () => {
    const plan = await fixturePlan('alingsas-2023.yaml');
    const first = await writePlan(plan, 'xlsx');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(Buffer.compare(first, await writePlan(plan, 'xlsx'))).toBe(0);
  });
});
