import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { parsePlanFile } from '../../src/planFiles/parsePlanFile';
import { parsePlanText } from '../../src/planFiles/parsePlanText';
import { parsePlanWorkbook } from '../../src/planFiles/parsePlanWorkbook';

const fixture = path.resolve(__dirname, '../fixtures/plans/mellerud-2024');

async function yamlWith(edit: (text: string) => string) {
  const text = edit(await readFile(`${fixture}.yaml`, 'utf8'));
  return parsePlanText(text, 'yaml', 'mellerud.yaml');
}

describe('decided actions and dated controls in a plan file', () => {
  it('reads owners as a person or a role, checkpoints and the end date (004 layout)', async () => {
    const parsed = await parsePlanFile(`${fixture}.yaml`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [first, second] = parsed.plan.riskAreas;
    expect(first.actions?.[0]).toEqual({
      id: 'MEL-A1',
      text: 'Se över behörighetsstrukturen i verksamhetssystemet',
      owner: { roleId: 'vu-it' },
      reportingOwner: { personId: 'anna' },
      unitIds: [],
      start: '2024-01-01',
      checkpoints: ['2024-05-01', '2024-09-01'],
      end: '2024-12-31',
    });
    expect(second.actions?.[0].checkpoints).toEqual(['2024-09-01']);
  });

  it('gives a dated control exactly its dates, without a working-day shift unless asked', async () => {
    const parsed = await parsePlanFile(`${fixture}.yaml`);
    if (!parsed.ok) throw new Error('fixture refused');
    const dated = occasionsOf(parsed.plan).filter((o) => o.controlId === 'MEL-K1');
    // 2024-09-01 is a Sunday and 2024-12-31 nyårsafton: kept as the plan states them.
    expect(dated.map((o) => [o.period.key, o.period.start, o.dueDate])).toEqual([
      ['2024-D1', '2024-01-01', '2024-05-01'],
      ['2024-D2', '2024-05-02', '2024-09-01'],
      ['2024-D3', '2024-09-02', '2024-12-31'],
    ]);
    const shifted = await yamlWith((t) =>
      t.replace(
        'checkpoints: [2024-05-01, 2024-09-01]\n          end: 2024-12-31',
        'checkpoints: [2024-05-01, 2024-09-01]\n          end: 2024-12-31\n          shiftToWorkingDay: true',
      ),
    );
    if (!shifted.ok) throw new Error(JSON.stringify(shifted.errors));
    expect(
      occasionsOf(shifted.plan)
        .filter((o) => o.controlId === 'MEL-K1')
        .map((o) => o.dueDate),
    ).toEqual(['2024-04-30', '2024-08-30', '2024-12-30']);
  });

  it.each([
    [
      'a checkpoint after the end date',
      (t: string) =>
        t.replace('checkpoints: [2024-09-01] # the seed', 'checkpoints: [2025-02-01] # the seed'),
      'riskAreas[1].actions[0].checkpoints',
      /Avstämningsdatum 2025-02-01 ligger efter slutdatum 2024-12-31/,
    ],
    [
      'an owner who is not in the plan',
      (t: string) => t.replace('owner: ec\n', 'owner: kalle\n'),
      'riskAreas[1].actions[0].owner',
      /Ansvarig "kalle" för åtgärden "MEL-A2" finns inte i planen/,
    ],
    [
      'a control with neither due rule nor dates',
      (t: string) => t.replace('        due: 10 arbetsdagar efter periodens slut\n', ''),
      'riskAreas[2].controls[0].due',
      /saknar förfallodag/,
    ],
  ])('refuses %s with a message in Swedish and English at the field', async (_, edit, where, sv) => {
    const result = await yamlWith(edit);
    if (result.ok) throw new Error('accepted');
    const issue = result.errors.find((e) => e.path === where);
    expect(issue?.sv).toMatch(sv);
    expect(issue?.en).toMatch(/[A-Za-z]/);
    expect(issue?.line).toBeGreaterThan(0);
  });

  it('names the Åtgärder sheet, row and column of a bad action in an edited workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(`${fixture}.xlsx`);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    sheet.getCell('H3').value = '2025-03-01'; // Avstämningsdatum of MEL-A2, after its end
    sheet.getCell('E2').value = 'okänd'; // Rapporteringsansvarig of MEL-A1
    workbook.getWorksheet('Kontrollmoment')!.getCell('N2').value = '2024-09-01, 2024-05-01';
    const result = await parsePlanWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), 'mellerud.xlsx');
    if (result.ok) throw new Error('accepted');
    expect(result.errors.map((e) => `${e.sheet}!${e.row} ${e.column}`).sort()).toEqual(
      [
        'Kontrollmoment!2 Avstämningsdatum',
        'Åtgärder!2 Rapporteringsansvarig',
        'Åtgärder!3 Avstämningsdatum',
      ].sort(),
    );
  });
});
