import path from 'node:path';
import type { Plan } from '../../src/domain/plan/types';
import { parsePlanFile } from '../../src/planFiles/parsePlanFile';
import { parsePlanText } from '../../src/planFiles/parsePlanText';
import { parsePlanWorkbook } from '../../src/planFiles/parsePlanWorkbook';
import { writePlan } from '../../src/planFiles/writePlan';
import { writePlanTemplate } from '../../src/planFiles/writePlanTemplate';
import { readSheetValues } from './readSheetValues';

/** Alingsås 2023 (seed 001) with sampling rules as 001 states them: 10 % SoL SÄBO in the review window, and a count. */
async function sampledPlan(): Promise<Plan> {
  const parsed = await parsePlanFile(path.resolve(__dirname, '../fixtures/plans/alingsas-2023.yaml'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const [first, second] = parsed.plan.riskAreas.flatMap((area) => area.controls);
  first.samplingRule = {
    what: 'journaler SoL SÄBO',
    percent: 10,
    window: { from: '2022-12-01', to: '2023-05-31' },
  };
  second.samplingRule = { what: 'telefoner', count: 20 };
  return parsed.plan;
}

describe('sampling rules in plan files', () => {
  it.each(['yaml', 'json'] as const)('round-trip through %s unchanged', async (format) => {
    const plan = await sampledPlan();
    const written = await writePlan(plan, format);
    expect(written).toContain('samplingRule');
    const imported = parsePlanText(written, format, `plan.${format}`);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.plan).toEqual(plan);
    expect(await writePlan(imported.plan, format)).toBe(written);
  });

  it('round-trip through Excel on the Stickprov sheet', async () => {
    const plan = await sampledPlan();
    const first = await writePlan(plan, 'xlsx');
    const sheets = await readSheetValues(first);
    expect(sheets['Stickprov']).toEqual(
      [
        [
          'Kontrollmoment-id',
          'Vad granskas',
          'Andel (%)',
          'Antal',
          'Granskningsperiod från',
          'Granskningsperiod till',
        ],
        [plan.riskAreas[0].controls[0].id, 'journaler SoL SÄBO', 10, null, '2022-12-01', '2023-05-31'].map(
          (v) => v ?? undefined,
        ),
        [expect.any(String), 'telefoner', undefined, 20],
      ].map((row) => expect.arrayContaining(row.filter((v) => v !== undefined))),
    );
    const imported = await parsePlanWorkbook(first, 'plan.xlsx');
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.plan).toEqual(plan);
  });

  it('a plan without rules has no Stickprov sheet; the template has it', async () => {
    const parsed = await parsePlanFile(path.resolve(__dirname, '../fixtures/plans/vaggeryd-2025.yaml'));
    if (!parsed.ok) throw new Error('vaggeryd-2025.yaml does not parse');
    expect(Object.keys(await readSheetValues(await writePlan(parsed.plan, 'xlsx')))).not.toContain(
      'Stickprov',
    );
    expect(Object.keys(await readSheetValues(await writePlanTemplate()))).toContain('Stickprov');
  });

  it('refuses a rule with both percent and count, naming the problem', () => {
    const text = [
      'id: P',
      'title: T',
      'organisation: O',
      'year: 2025',
      'riskAreas:',
      '  - id: A',
      '    title: A',
      '    controls:',
      '      - id: K',
      '        title: K',
      '        method: Stickprov',
      '        frequency: 1 ggr/år',
      '        due: 31 december',
      '        samplingRule: { what: journaler, percent: 10, count: 5 }',
    ].join('\n');
    const parsed = parsePlanText(text, 'yaml', 'plan.yaml');
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(!parsed.ok && parsed.errors)).toContain(
      'antingen percent (andel i procent) eller count',
    );
  });
});

describe('several performers in plan files', () => {
  async function plan(mode: 'any' | 'each'): Promise<Plan> {
    const parsed = await parsePlanFile(path.resolve(__dirname, '../fixtures/plans/alingsas-2023.yaml'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const control = parsed.plan.riskAreas[0].controls[0];
    const roles = parsed.plan.roles.map((role) => role.id).slice(0, 2);
    control.performerRoleId = roles[0];
    control.performerRoleIds = roles;
    control.answerMode = mode;
    return parsed.plan;
  }

  it.each(['any', 'each'] as const)('answer: %s round-trips through YAML, JSON and Excel', async (mode) => {
    const original = await plan(mode);
    for (const format of ['yaml', 'json'] as const) {
      const written = await writePlan(original, format);
      expect(written).toContain('performers');
      const imported = parsePlanText(written, format, `plan.${format}`);
      if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
      expect(imported.plan).toEqual(original);
    }
    const workbook = await writePlan(original, 'xlsx');
    const cell = (await readSheetValues(workbook))['Kontrollmoment'][1][7];
    expect(cell).toBe(
      `${original.roles[0].id}, ${original.roles[1].id}${mode === 'each' ? ' (alla svarar)' : ''}`,
    );
    const imported = await parsePlanWorkbook(workbook, 'plan.xlsx');
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.plan).toEqual(original);
  });
});

describe('attestation in plan files', () => {
  it('attestation: true round-trips through YAML and Excel ("(attesterar)" after Ansvarig)', async () => {
    const parsed = await parsePlanFile(path.resolve(__dirname, '../fixtures/plans/alingsas-2023.yaml'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const control = parsed.plan.riskAreas[0].controls[0];
    control.attestation = true;
    const yaml = await writePlan(parsed.plan, 'yaml');
    expect(yaml).toContain('attestation: true');
    const fromYaml = parsePlanText(yaml, 'yaml', 'plan.yaml');
    expect(fromYaml.ok && fromYaml.plan).toEqual(parsed.plan);
    const workbook = await writePlan(parsed.plan, 'xlsx');
    expect((await readSheetValues(workbook))['Kontrollmoment'][1][8]).toBe(
      `${control.responsibleRoleId} (attesterar)`,
    );
    const fromExcel = await parsePlanWorkbook(workbook, 'plan.xlsx');
    if (!fromExcel.ok) throw new Error(JSON.stringify(fromExcel.errors));
    expect(fromExcel.plan).toEqual(parsed.plan);
  });
});
