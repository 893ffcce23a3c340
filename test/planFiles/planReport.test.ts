import path from 'node:path';
import { parsePlanFile } from '../../src/planFiles/parsePlanFile';
import { parsePlanText } from '../../src/planFiles/parsePlanText';
import { writePlanText } from '../../src/planFiles/writePlanText';
import { writePlanWorkbook } from '../../src/planFiles/writePlanWorkbook';
import { parsePlanWorkbook } from '../../src/planFiles/parsePlanWorkbook';

const fixture = path.resolve(__dirname, '../fixtures/plans/yearend-2025.yaml');

async function load() {
  const parsed = await parsePlanFile(fixture);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed;
}

describe('plan files: the report block and the handling thresholds', () => {
  it('reads report metadata and writes it back the same in YAML and Excel', async () => {
    const { plan } = await load();
    expect(plan.report).toEqual({
      layout: 'committee',
      diarienummer: 'SN 2025/123',
      decisionDate: '2026-02-18',
      decisionParagraph: '§ 14',
      reportTo: 'Socialnämnden',
      reportDate: '2026-02-04',
      preparedBy: 'Sara Nilsson, kvalitetssamordnare',
      interimCutOff: '2025-08-31',
    });
    const again = parsePlanText(writePlanText(plan, 'yaml'), 'yaml', 'plan.yaml');
    expect(again.ok && again.plan).toEqual(plan);
    const fromExcel = await parsePlanWorkbook(await writePlanWorkbook(plan), 'plan.xlsx');
    expect(fromExcel.ok && fromExcel.plan).toEqual(plan);
  });

  it('warns, without refusing, where the thresholds say so: 16 needs a decided action, below 8 is outside the plan', async () => {
    const { warnings } = await load();
    expect(warnings.map((w) => w.sv)).toEqual([
      'Riskområdet "YE-R3" har riskvärde 16: internkontrollplan samt åtgärd. Besluta en åtgärd för risken (Beslut om åtgärd).',
    ]);
    const text = writePlanText((await load()).plan, 'yaml').replace('probability: 2', 'probability: 1');
    const lowered = parsePlanText(text, 'yaml', 'plan.yaml');
    expect(lowered.ok).toBe(true);
    expect(lowered.ok && lowered.warnings.map((w) => w.en)).toContain(
      'Risk area "YE-R2" has risk value 4, below the plan\'s threshold for the control plan. Keep it only if the committee decided so (e.g. it remains); otherwise monitor it outside the plan.',
    );
  });

  it('refuses an interim cut-off outside the plan year and an unknown layout, saying what to write', async () => {
    const text = writePlanText((await load()).plan, 'yaml')
      .replace('interimCutOff: 2025-08-31', 'interimCutOff: 2024-08-31')
      .replace('layout: committee', 'layout: fancy');
    const parsed = parsePlanText(text, 'yaml', 'plan.yaml');
    expect(parsed.ok).toBe(false);
    const messages = parsed.ok ? [] : parsed.errors.map((e) => e.sv);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Delårets brytdatum 2024-08-31 ligger utanför planens år 2025'),
        expect.stringContaining(
          'Okänd rapportlayout "fancy". Tillåtna: committee, appendix, management, actions.',
        ),
      ]),
    );
  });
});
