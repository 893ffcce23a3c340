import path from 'node:path';
import type { Plan } from '../../src/domain/plan/types';
import { findAssignmentUpTree } from '../../src/planFiles/findAssignmentUpTree';
import { parsePlanFile } from '../../src/planFiles/parsePlanFile';

const fixtures = path.resolve(__dirname, '../fixtures/plans');

async function load(name: string): Promise<{ plan: Plan; warnings: unknown[] }> {
  const result = await parsePlanFile(path.join(fixtures, name));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result;
}

const controlsOf = (plan: Plan) => plan.riskAreas.flatMap((area) => area.controls);

describe('the Vaggeryd 2025 fixture', () => {
  it('imports without errors or warnings', async () => {
    const { warnings } = await load('vaggeryd-2025.yaml');
    expect(warnings).toEqual([]);
  });

  it('keeps the seed: seven risk areas with S and K, one control each', async () => {
    const { plan } = await load('vaggeryd-2025.yaml');
    expect(plan.riskAreas.map((a) => [a.id, a.probability, a.consequence])).toEqual([
      ['VAG25-R1', 3, 4],
      ['VAG25-R2', 2, 4],
      ['VAG25-R3', 2, 4],
      ['VAG25-R4', 3, 4],
      ['VAG25-R5', 3, 3],
      ['VAG25-R6', 3, 4],
      ['VAG25-R7', 3, 4],
    ]);
    expect(plan.riskAreas[6]).toMatchObject({ newInYear: 2025 });
    expect(plan.riskAreas[0]).toMatchObject({ carriedOverFrom: 2024 });
    expect(controlsOf(plan)).toHaveLength(7);
  });

  it('has log checks in June and December and hygiene twice a year', async () => {
    const { plan } = await load('vaggeryd-2025.yaml');
    const byId = new Map(controlsOf(plan).map((c) => [c.id, c]));
    expect(byId.get('VAG25-R2-K1')).toMatchObject({
      frequency: { kind: 'months', months: [6, 12] },
      performerRoleId: 'systemforvaltare',
      responsibleRoleId: 'ec-kou',
      unitIds: ['ifo-myndighet', 'ifo-utforare', 'ao-utforare', 'fo-utforare'],
    });
    expect(byId.get('VAG25-R1-K1')).toMatchObject({
      frequency: { kind: 'semiannual' },
      performerRoleId: 'utvecklingssamordnare',
      responsibleRoleId: 'mas',
    });
    expect(byId.get('VAG25-R1-K1')?.checkItems.map((i) => i.answerType)).toEqual([
      'percentage',
      'percentage',
      'percentage',
      'percentage',
      'yesNoPartial',
    ]);
  });

  it('gives every control a performer and a responsible person on every unit it covers', async () => {
    const { plan } = await load('vaggeryd-2025.yaml');
    for (const control of controlsOf(plan)) {
      for (const unitId of control.unitIds) {
        for (const roleId of [control.performerRoleId, control.responsibleRoleId]) {
          expect(roleId && findAssignmentUpTree(plan, roleId, unitId)).toBeTruthy();
        }
      }
    }
    // IFO's units get IFO's own systemförvaltare, the others the förvaltning's.
    expect(findAssignmentUpTree(plan, 'systemforvaltare', 'ifo-myndighet')?.personId).toBe('jonas');
    expect(findAssignmentUpTree(plan, 'systemforvaltare', 'ao-utforare')?.personId).toBe('cecilia');
  });

  it('uses only pseudonymous people with fake object ids', async () => {
    const { plan } = await load('vaggeryd-2025.yaml');
    for (const person of plan.people) {
      expect(person.name).toMatch(/\((exempel|example)\)$/);
      expect(person.aadObjectId).toMatch(/^00000000-0000-0000-0000-0000000000[a-f0-9]{2}$/);
    }
  });
});

describe('the Alingsås 2023 fixture', () => {
  it('imports with one warning: the adoption decision is not in the seed', async () => {
    const { warnings } = await load('alingsas-2023.yaml');
    expect(warnings).toEqual([expect.objectContaining({ path: 'adopted', file: 'alingsas-2023.yaml' })]);
  });

  it('keeps the seed: five unscored areas, closing-based frequencies, the sampling rule', async () => {
    const { plan } = await load('alingsas-2023.yaml');
    expect(plan.riskAreas.map((a) => [a.controls.length, a.probability, a.consequence])).toEqual([
      [4, null, null],
      [6, null, null],
      [2, null, null],
      [2, null, null],
      [5, null, null],
    ]);
    const byId = new Map(controlsOf(plan).map((c) => [c.id, c]));
    expect(byId.get('ALI23-A1-K2')?.frequency).toEqual({ kind: 'closing', occasions: ['interim'] });
    expect(byId.get('ALI23-A2-K5')?.frequency).toEqual({ kind: 'closing', occasions: ['annual'] });
    expect(byId.get('ALI23-A4-K1')).toMatchObject({
      frequency: { kind: 'closing', occasions: ['interim', 'annual'] },
      performerRoleId: 'metodstodjare',
      unitIds: ['hemtjanst', 'korttidsboende', 'sarskilt-boende', 'myndighet-lss'],
      resultScale: 'anmarkning',
    });
    expect(byId.get('ALI23-A4-K1')?.samplingNote).toContain('25 % av LSS-besluten');
    expect(plan.closingDates).toEqual({ interim: '2023-08-31', annual: '2023-12-31' });
  });

  it('says in a comment which roles were chosen because the seed names none', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(path.join(fixtures, 'alingsas-2023.yaml'), 'utf8');
    expect(text).toMatch(
      /# Performer not named in the seed: chosen säkerhetssamordnare\.\n(\s+#.*\n)*\s+- id: ALI23-A1-K1/,
    );
  });
});
