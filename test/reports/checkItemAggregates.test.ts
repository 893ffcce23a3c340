import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Plan } from '../../src/domain/plan/types';
import type { CheckItemAnswer, ControlResult } from '../../src/domain/results/types';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import type { ReportPorts } from '../../src/reports/buildFollowUpReport';
import { writeReport } from '../../src/reports/writeReport';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { MongoReportSource } from '../../src/storage/mongo/reports/MongoReportSource';
import { MongoVerdictRepository } from '../../src/storage/mongo/reports/MongoVerdictRepository';
import { storedResult } from '../support/storedResult';
import { openTestDatabase } from '../support/testDatabase';
import { loadFixturePlan } from './seedResults';

type Cell = string | number | null;
/** formatPercent's no-break space between a number and %. */
const P = '\u00a0%';

/** Every row of a sheet as its cells' values (first two columns are enough for a field row). */
async function sheetRows(buffer: Buffer, sheet: string): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: Cell[][] = [];
  workbook.getWorksheet(sheet)!.eachRow((row) =>
    rows.push(
      Array.from({ length: 6 }, (_, i) => {
        const value = row.getCell(i + 1).value;
        return value === null || value === undefined || value === '' ? null : (value as Cell);
      }),
    ),
  );
  return rows;
}

async function documentText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join(' ')
    .replace(/&amp;/g, '&');
}

// INVENTED values: hygiene observations in IFO and ÄO in June and December, a journal sample.
const HYGIENE: Array<[unit: string, period: string, answers: CheckItemAnswer[]]> = [
  ['ifo', '2025-06', answers('ja', 71, 10, 2)],
  ['ifo', '2025-12', answers('ja', 82, 12, 3)],
  ['ao', '2025-06', answers('delvis', 95, 8, 5)],
  ['ao', '2025-12', answers('nej', 81, 4, 4)],
];
const SAMPLES: Array<[unit: string, period: string, population: number, sampled: number, findings: number]> =
  [
    ['ifo', '2025-06', 48, 5, 1],
    ['ifo', '2025-12', 50, 5, 0],
    ['ao', '2025-06', 120, 12, 2],
  ];

function answers(
  yes: 'ja' | 'nej' | 'delvis',
  percent: number,
  count: number,
  days: number,
): CheckItemAnswer[] {
  return [
    { itemId: 'I1', answerType: 'yesNoPartial', value: yes },
    { itemId: 'I2', answerType: 'percentage', value: percent },
    { itemId: 'I3', answerType: 'count', value: count },
    { itemId: 'I4', answerType: 'number', value: days },
    { itemId: 'I5', answerType: 'text', value: 'Observationer gjorda på två avdelningar.' },
  ];
}

const EXPECTED_HYGIENE: Array<[string, string]> = [
  [
    'Hygienombud finns i arbetsgruppen',
    `Andel ja: 50${P} (2 av 4 svar), delvis 25${P} (1 av 4); alla 2 enheter, jun–dec 2025`,
  ],
  [
    'Andel som genomfört observationer',
    `Medelvärde: 82,3${P} (medelvärdet av 4 svar, lägst 71${P}, högst 95${P}); alla 2 enheter, jun–dec 2025`,
  ],
  ['Antal observationer', 'Summa: 34 (summan av 4 svar, i snitt 8,5 per svar); alla 2 enheter, jun–dec 2025'],
  [
    'Tid till återkoppling',
    'Medelvärde: 3,5 dagar (medelvärdet av 4 svar, lägst 2 dagar, högst 5 dagar); alla 2 enheter, jun–dec 2025',
  ],
];
const EXPECTED_SAMPLE: [string, string] = [
  'Journalgranskning',
  `Stickprov: 22 av 218 granskade (10,1${P}), 3 med brister (13,6${P} av de granskade); summan av 3 resultat, alla 2 enheter, jun–dec 2025`,
];

describe('the report aggregates check items across units and periods into the area line', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let plan: Plan;
  let ports: ReportPorts;

  beforeAll(async () => {
    database = await openTestDatabase('aggregates');
    const at = new Date('2026-01-20T09:00:00Z');
    plan = await loadFixturePlan('aggregates-2025.yaml');
    await new MongoPlanRepository(database.db).save(plan, 'test', at);
    const occasions = new MongoOccasionRepository(database.db);
    const areaOf = new Map(plan.riskAreas.flatMap((a) => a.controls.map((c) => [c.id, a.id] as const)));
    await occasions.sync(plan.id, occasionsOf(plan), (id) => areaOf.get(id) ?? '', at);
    const actor = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Test' };
    const save = async (controlId: string, unit: string, period: string, extra: Partial<ControlResult>) => {
      const id = `${plan.id}/${controlId}/${unit}/${period}`;
      const result = {
        kind: 'performed',
        performedOn: `${period}-28`,
        answers: [],
        assessment: 'godkand',
        deviations: 0,
        ...extra,
      } as ControlResult;
      const saved = await occasions.saveResult(id, 0, 'answered', storedResult(result, actor, at), at);
      expect(saved.saved).toBe(true);
    };
    for (const [unit, period, given] of HYGIENE) await save('AG-K1', unit, period, { answers: given });
    for (const [unit, period, population, sampled, withFindings] of SAMPLES)
      await save('AG-K2', unit, period, { sample: { population, sampled, withFindings } });
    await save('AG-K3', 'ifo', '2025-06', {});
    ports = {
      source: new MongoReportSource(database.db),
      queries: new MongoDigestQueries(database.db),
      verdicts: new MongoVerdictRepository(database.db),
      actions: new MongoActionRepository(database.db),
    };
  });
  afterAll(async () => {
    await database.drop();
  });

  it('committee layout (xlsx): each aggregate is a line of the area, after its heading and before the results', async () => {
    const rows = await sheetRows(await writeReport(ports, plan, 2025, 'xlsx'), 'Resultat per riskområde');
    const blockOf = (title: string) => {
      const start = rows.findIndex((row) => row[0] === title);
      const end = rows.findIndex((row, i) => i > start && row[0] === 'Resultat per enhet och period');
      return rows.slice(start + 1, end).map((row) => [row[0], row[1]]);
    };
    // No verdict written yet: "Beslut: Ej bedömt ännu", then the aggregates.
    const notYet = ['Beslut', 'Ej bedömt ännu'];
    expect(blockOf('Brister i följsamhet till basala hygienrutiner')).toEqual([notYet, ...EXPECTED_HYGIENE]);
    expect(blockOf('Bristande dokumentation i journaler')).toEqual([notYet, EXPECTED_SAMPLE]);
    // A control without check items or sample has no aggregate line.
    expect(blockOf('Person-/överfallslarm fungerar inte')).toEqual([notYet]);
    // The values per unit and period are still listed as before.
    expect(rows.filter((row) => row[3] === 'Andel som genomfört observationer').map((row) => row[4])).toEqual(
      ['71 %', '82 %', '95 %', '81 %'],
    );
  });

  it('appendix layout (xlsx and docx): the aggregates stand in the area row’s Resultat', async () => {
    const rows = await sheetRows(
      await writeReport(ports, plan, 2025, 'xlsx', { layout: 'appendix' }),
      'Bilaga 1',
    );
    const areaRow = rows.find(
      (row) => row[0] === '1. Brister i följsamhet till basala hygienrutiner (ny 2025)',
    );
    expect(areaRow?.[4]).toBe(EXPECTED_HYGIENE.map(([label, value]) => `${label}: ${value}`).join('\n'));
    const sampleRow = rows.find((row) => row[0] === '2. Bristande dokumentation i journaler (ny 2025)');
    expect(sampleRow?.[4]).toBe(`${EXPECTED_SAMPLE[0]}: ${EXPECTED_SAMPLE[1]}`);
    const text = await documentText(await writeReport(ports, plan, 2025, 'docx', { layout: 'appendix' }));
    for (const [, value] of [...EXPECTED_HYGIENE, EXPECTED_SAMPLE]) expect(text).toContain(value);
  });

  it('management layout (xlsx): the lines follow the area’s table of control points', async () => {
    const rows = await sheetRows(
      await writeReport(ports, plan, 2025, 'xlsx', { layout: 'management' }),
      'Rapport',
    );
    const table = rows.findIndex((row) => row[0] === 'Hygienobservationer');
    expect(rows.slice(table + 1, table + 5).map((row) => [row[0], row[1]])).toEqual(EXPECTED_HYGIENE);
  });

  it('the interim report aggregates only what was due by the cut-off (June, not December)', async () => {
    const rows = await sheetRows(
      await writeReport(ports, plan, 2025, 'xlsx', { period: 'interim' }),
      'Resultat per riskområde',
    );
    const line = (label: string) => rows.find((row) => row[0] === label)?.[1];
    expect(line('Hygienombud finns i arbetsgruppen')).toBe(
      `Andel ja: 50${P} (1 av 2 svar), delvis 50${P} (1 av 2); alla 2 enheter, jun 2025`,
    );
    expect(line('Antal observationer')).toBe(
      'Summa: 18 (summan av 2 svar, i snitt 9 per svar); alla 2 enheter, jun 2025',
    );
    expect(line('Journalgranskning')).toBe(
      `Stickprov: 17 av 168 granskade (10,1${P}), 3 med brister (17,6${P} av de granskade); summan av 2 resultat, alla 2 enheter, jun 2025`,
    );
  });

  it('committee layout (docx): the same lines', async () => {
    const text = await documentText(await writeReport(ports, plan, 2025, 'docx'));
    for (const [label, value] of [...EXPECTED_HYGIENE, EXPECTED_SAMPLE]) {
      expect(text).toContain(label);
      expect(text).toContain(value);
    }
  });
});
