import ExcelJS from 'exceljs';
import path from 'node:path';
import { parsePlanFile } from '../../src/planFiles/parsePlanFile';
import { parsePlanWorkbook } from '../../src/planFiles/parsePlanWorkbook';
import { writePlanTemplate } from '../../src/planFiles/writePlanTemplate';

const fixtures = path.resolve(__dirname, '../fixtures/plans');

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('importing an edited workbook', () => {
  it('names sheet, row and column of every error', async () => {
    const workbook = await loadWorkbook(path.join(fixtures, 'vaggeryd-2025.xlsx'));
    workbook.getWorksheet('Riskområden')!.getCell('D3').value = 5; // Sannolikhet (S) of VAG25-R2
    const controls = workbook.getWorksheet('Kontrollmoment')!;
    controls.getCell('F4').value = 'Månader: 6, 13'; // Frekvens of the third control
    controls.getCell('H5').value = 'hygiensamordnare'; // Utförare (roll) of the fourth
    workbook.getWorksheet('Kontrollpunkter')!.getCell('A2').value = 'VAG25-R9-K1';
    workbook.getWorksheet('Tilldelningar')!.getCell('D2').value = 'anna'; // substitute = person
    const result = await parsePlanWorkbook(await toBuffer(workbook), 'vaggeryd.xlsx');
    if (result.ok) throw new Error('the edited workbook was accepted');
    const where = result.errors.map((e) => `${e.sheet}!${e.row} ${e.column ?? ''}`.trim()).sort();
    expect(where).toEqual(
      [
        'Kontrollmoment!4 Frekvens',
        'Kontrollmoment!5 Utförare (roll)',
        'Kontrollpunkter!2 Kontrollmoment-id',
        'Riskområden!3 Sannolikhet (S)',
        'Tilldelningar!2 Ersättare',
      ].sort(),
    );
    for (const error of result.errors) {
      expect(error.file).toBe('vaggeryd.xlsx');
      expect(error.sv).toBeTruthy();
      expect(error.en).toBeTruthy();
    }
  });

  it('reads the Swedish words and comma lists a coordinator types', async () => {
    const workbook = await loadWorkbook(path.join(fixtures, 'alingsas-2023.xlsx'));
    const controls = workbook.getWorksheet('Kontrollmoment')!;
    controls.getCell('F2').value = 'kvartalsvis';
    controls.getCell('G2').value = 'dag 5 i nästa månad';
    controls.getCell('J2').value = 'hemtjanst;korttidsboende';
    const result = await parsePlanWorkbook(await toBuffer(workbook), 'alingsas.xlsx');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan.riskAreas[0].controls[0]).toMatchObject({
      frequency: { kind: 'quarterly' },
      dueRule: { kind: 'dayOfMonthAfterPeriodEnd', day: 5 },
      unitIds: ['hemtjanst', 'korttidsboende'],
    });
  });

  it('refuses a workbook without the Kontrollmoment sheet, naming it', async () => {
    const workbook = await loadWorkbook(path.join(fixtures, 'vaggeryd-2025.xlsx'));
    workbook.removeWorksheet(workbook.getWorksheet('Kontrollmoment')!.id);
    const result = await parsePlanWorkbook(await toBuffer(workbook), 'v.xlsx');
    expect(!result.ok && result.errors.some((e) => e.sheet === 'Kontrollmoment' && /saknas/.test(e.sv))).toBe(
      true,
    );
  });

  it('refuses a file that is not a workbook', async () => {
    const result = await parsePlanWorkbook(Buffer.from('not a zip'), 'x.xlsx');
    expect(!result.ok && result.errors[0].en).toMatch(/cannot be opened/);
  });

  it('refuses an unknown file type by name', async () => {
    const result = await parsePlanFile(path.join(fixtures, 'plan.txt'));
    expect(!result.ok && result.errors[0].en).toMatch(/\.yaml, \.yml, \.json or \.xlsx/);
  });
});

describe('the Excel template', () => {
  it('has instructions, every plan sheet and drop-down lists', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writePlanTemplate()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Instruktioner',
      'Plan',
      'Riskområden',
      'Kontrollmoment',
      'Kontrollpunkter',
      'Stickprov',
      'Åtgärder',
      'Enheter',
      'Personer',
      'Roller',
      'Tilldelningar',
    ]);
    const instructions = workbook.getWorksheet('Instruktioner')!;
    expect(String(instructions.getCell('A2').value)).toMatch(/Plan för intern kontroll/);
    expect(String(instructions.getCell('B2').value)).toMatch(/Internal-control plan/);
    expect(workbook.getWorksheet('Kontrollmoment')!.rowCount).toBe(1);
    // exceljs reads range validations back per cell.
    const frequency = workbook.getWorksheet('Kontrollmoment')!.getCell('F10').dataValidation;
    expect(frequency).toMatchObject({ type: 'list' });
    expect(String(frequency.formulae?.[0])).toContain('Halvårsvis');
    expect(workbook.getWorksheet('Kontrollpunkter')!.getCell('D2').dataValidation.formulae?.[0]).toContain(
      'Ja/Nej/Delvis',
    );
    expect(workbook.getWorksheet('Riskområden')!.getCell('D5').dataValidation).toMatchObject({
      type: 'whole',
      formulae: [1, 4],
    });
    expect(workbook.getWorksheet('Personer')!.getCell('E2').dataValidation.formulae?.[0]).toBe('"sv,en"');
    const owner = workbook.getWorksheet('Åtgärder')!.getCell('D2').dataValidation;
    expect(owner).toMatchObject({ type: 'list' });
    expect(String(owner.formulae?.[0])).toContain('Personer');
    expect(workbook.getWorksheet('Kontrollmoment')!.getCell('P2').dataValidation.formulae?.[0]).toBe(
      '"Ja,Nej"',
    );
    expect(workbook.getWorksheet('Controls')).toBeUndefined();
  });

  it('is refused as a plan until filled in, with the missing fields on the Plan sheet', async () => {
    const result = await parsePlanWorkbook(await writePlanTemplate(), 'mall.xlsx');
    if (result.ok) throw new Error('the empty template was accepted');
    const missing = result.errors.filter((e) => e.sheet === 'Plan').map((e) => e.path);
    expect(missing).toEqual(expect.arrayContaining(['id', 'title', 'organisation', 'year']));
  });
});
