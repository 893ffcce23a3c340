import { runIkbot } from '../support/runIkbot';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeReport } from '../../src/reports/writeReport';
import { readCellValue } from '../../src/planFiles/readCellValue';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import { MongoReportSource } from '../../src/storage/mongo/reports/MongoReportSource';
import { MongoVerdictRepository } from '../../src/storage/mongo/reports/MongoVerdictRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { updateAction } from '../../src/usecases/actions/updateAction';
import { storedResult } from '../support/storedResult';
import { openTestDatabase } from '../support/testDatabase';
import { performer as erik, unitManager as anna } from '../support/testUsers';

const root = path.resolve(__dirname, '../..');
const planFile = path.join(root, 'test/fixtures/plans/mellerud-2024.yaml');
const A1 = 'MEL-SO-2024/action/MEL-A1/so';
const A2 = 'MEL-SO-2024/action/MEL-A2/so';

/**
 * The 004 follow-up written through ikbot: the plan (decided actions with their dates), then the
 * owners' reports as the action card stores them. The comment texts are INVENTED; the statuses
 * (access rights still Pågående and carried over to 2025, pulse survey Genomförd med avvikelse
 * because of too few answers), the period label "Kvartal 4 2024" and the tag "Socialnämnden" are
 * the seed's (see test/fixtures/plans/mellerud-2024.yaml).
 */
describe('ikbot actions list / export', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const now = new Date('2024-12-20T09:00:00Z');

  const ikbot = (...argv: string[]) => runIkbot(argv, { env, now: () => now });

  beforeAll(async () => {
    database = await openTestDatabase('actionsCli');
    dir = await mkdtemp(path.join(os.tmpdir(), 'ikbot-actions-cli-'));
    env = { MONGODB_URI: database.uri, MONGODB_DB: database.name, LOG_LEVEL: 'silent' };
    expect((await ikbot('plan', 'import', planFile)).code).toBe(0);
    expect((await ikbot('actions', 'list', '--year', '2024')).code).toBe(0); // stores the decided actions
    const ports = {
      actions: new MongoActionRepository(database.db),
      plans: new MongoPlanRepository(database.db),
      audit: new MongoAuditLog(database.db),
    };
    const report = async (actionId: string, who: typeof erik, at: string, fields: Record<string, string>) => {
      const action = await ports.actions.get(actionId);
      const outcome = await updateAction(ports, {
        actionId,
        cardEntries: action?.entries.length,
        fields,
        actor: { aadObjectId: who.aadObjectId, name: who.name },
        admins: [],
        now: new Date(at),
        timeZone: 'Europe/Stockholm',
      });
      expect(outcome.kind).toBe('saved');
    };
    await report(A1, erik, '2024-08-28T08:00:00Z', {
      status: 'Pågående',
      comment: 'Behörigheterna i två av tre verksamheter är genomgångna.',
      periodLabel: 'Tertial 2 2024',
    });
    await report(A1, erik, '2024-12-18T08:00:00Z', {
      status: 'Överförd',
      comment: 'Arbetet fortsätter och förs över till 2025.',
      periodLabel: 'Kvartal 4 2024',
      audience: 'Socialnämnden',
    });
    // Erik registers the first tertial of the access control with a deviation (INVENTED text).
    const occasions = new MongoOccasionRepository(database.db);
    const saved = await occasions.saveResult(
      'MEL-SO-2024/MEL-K1/so/2024-D1',
      0,
      'answered',
      storedResult(
        {
          kind: 'performed',
          performedOn: '2024-04-30',
          answers: [],
          assessment: 'genomford_med_avvikelse',
          deviations: 2,
          comment: 'Två konton med för breda behörigheter.',
        },
        { aadObjectId: erik.aadObjectId, name: erik.name },
        new Date('2024-04-30T10:00:00Z'),
      ),
      new Date('2024-04-30T10:00:00Z'),
    );
    expect(saved.saved).toBe(true);
    await report(A2, anna, '2024-12-19T08:00:00Z', {
      status: 'Genomförd med avvikelse',
      reason: 'För få svar på pulsmätningen.',
      periodLabel: 'Kvartal 4 2024',
    });
  }, 120_000);
  afterAll(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists actions filtered by status and owner, and refuses an unknown status in both languages', async () => {
    const carried = await ikbot('actions', 'list', '--year', '2024', '--status', 'Överförd');
    expect(carried.out).toContain('Se över behörighetsstrukturen i verksamhetssystemet');
    expect(carried.out).toContain('Överförd till 2025');
    expect(carried.out).not.toContain('Pulsmätning');
    const annas = await ikbot('actions', 'list', '--owner', 'anna lindqvist');
    expect(annas.out).toContain('Pulsmätning');
    expect(annas.out).not.toContain('Se över');
    const bad = await ikbot('actions', 'list', '--status', 'Klar');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/Okänd status "Klar".*\n.*Unknown status "Klar"/);
  });

  it('exports the follow-up in the 004 layout as Excel, cell by cell', async () => {
    const out = path.join(dir, 'atgarder.xlsx');
    const result = await ikbot('actions', 'export', '--format', 'xlsx', '--year', '2024', '--out', out);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const cells = (name: string): string[][] => {
      const sheet = workbook.getWorksheet(name);
      if (!sheet) throw new Error(`sheet ${name} missing`);
      const rows: string[][] = [];
      sheet.eachRow((row) => {
        const values: string[] = [];
        for (let column = 1; column <= 7; column += 1)
          values.push(String(readCellValue(row.getCell(column).value) ?? ''));
        rows.push(values);
      });
      return rows;
    };
    expect(cells('Uppföljning åtgärder')).toEqual([
      ['Uppföljning åtgärder 2024 – Socialt område', '', '', '', '', '', ''],
      ...actionTable,
    ]);
    expect(cells('Uppföljning kontroller')).toEqual([
      ['Uppföljning kontroller 2024 – Socialt område', '', '', '', '', '', ''],
      ...controlTable,
    ]);
  });

  it('writes the same two tables, cell by cell, as a Word document', async () => {
    const out = path.join(dir, 'atgarder.docx');
    expect((await ikbot('actions', 'export', '--format', 'docx', '--year', '2024', '--out', out)).code).toBe(
      0,
    );
    expect(await docxTables(out)).toEqual([actionTable, controlTable]);
  });

  // The report's actions layout (the 004 layout in the report layout mechanism): the same two
  // tables, with the report's header fields under the first title; chosen with --layout or by the
  // plan's report.layout.
  async function reportSheets(file: string): Promise<Record<string, string[][]>> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheets: Record<string, string[][]> = {};
    workbook.eachSheet((sheet) => {
      const rows: string[][] = [];
      sheet.eachRow((row) => {
        const values: string[] = [];
        for (let column = 1; column <= 7; column += 1)
          values.push(String(readCellValue(row.getCell(column).value) ?? ''));
        rows.push(values);
      });
      sheets[sheet.name] = rows;
    });
    return sheets;
  }

  it('ikbot report --layout actions writes both 004 tables in the report, Excel cell by cell', async () => {
    const out = path.join(dir, 'rapport.xlsx');
    const result = await ikbot('report', '--year', '2024', '--layout', 'actions', '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('layout actions');
    expect(await reportSheets(out)).toEqual({
      'Uppföljning åtgärder': [
        ['Uppföljning åtgärder 2024 – Socialt område', '', '', '', '', '', ''],
        ['Förvaltning', 'Socialt område', '', '', '', '', ''],
        ['Period', 'Helår 2024-01-01 – 2024-12-31', '', '', '', '', ''],
        ...actionTable,
      ],
      'Uppföljning kontroller': [
        ['Uppföljning kontroller 2024 – Socialt område', '', '', '', '', '', ''],
        ...controlTable,
      ],
    });
  });

  it('ikbot report --format docx --layout actions writes the same two tables in Word, cell by cell', async () => {
    const out = path.join(dir, 'rapport.docx');
    const result = await ikbot(
      'report',
      '--year',
      '2024',
      '--format',
      'docx',
      '--layout',
      'actions',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    expect(await docxTables(out)).toEqual([actionTable, controlTable]);
  });

  it('a plan whose report.layout is actions gets that layout without --layout', async () => {
    const plans = new MongoPlanRepository(database.db);
    const stored = await plans.findById('MEL-SO-2024');
    expect(stored).toBeDefined();
    const plan = { ...stored!.plan, report: { layout: 'actions' } };
    const ports = {
      source: new MongoReportSource(database.db),
      queries: new MongoDigestQueries(database.db),
      verdicts: new MongoVerdictRepository(database.db),
      actions: new MongoActionRepository(database.db),
    };
    const file = path.join(dir, 'plan-layout.xlsx');
    await writeFile(file, await writeReport(ports, plan, 2024, 'xlsx'));
    const sheets = await reportSheets(file);
    expect(Object.keys(sheets)).toEqual(['Uppföljning åtgärder', 'Uppföljning kontroller']);
    expect(sheets['Uppföljning åtgärder'].slice(3)).toEqual(actionTable);
    expect(await docxTables(await writeReport(ports, plan, 2024, 'docx'))).toEqual([
      actionTable,
      controlTable,
    ]);
  });
});

/** Uppföljning åtgärder as seed 004 lays it out: header and one row per action. */
const actionTable = [
  [
    'Riskanalys',
    'Risk',
    'Beslut om åtgärd',
    'Status',
    'Ansvarig / Rapporteringsansvarig',
    'Startdatum / Avstämningsdatum / Slutdatum',
    'Kommentar',
  ],
  [
    'Behörighetstilldelning i verksamhetssystemet\nRisk att medarbetare har fler behörigheter än uppdraget kräver.',
    '9',
    'Se över behörighetsstrukturen i verksamhetssystemet',
    'Överförd till 2025',
    'Erik Olsson\nAnna Lindqvist',
    'Startdatum 2024-01-01\nAvstämningsdatum 2024-05-01, 2024-09-01\nSlutdatum 2024-12-31',
    'Kvartal 4 2024 2024-12-18 Socialnämnden\nArbetet fortsätter och förs över till 2025.\nErik Olsson\n\n' +
      'Tertial 2 2024 2024-08-28\nBehörigheterna i två av tre verksamheter är genomgångna.\nErik Olsson',
  ],
  [
    'Arbetsmiljö och delaktighet\nRisk att medarbetare inte blir hörda.',
    '8',
    'Pulsmätning bland medarbetarna (mätsticka)',
    'Genomförd med avvikelse',
    'Anna Lindqvist\nSara Nilsson',
    'Startdatum 2024-01-01\nAvstämningsdatum 2024-09-01\nSlutdatum 2024-12-31',
    'Kvartal 4 2024 2024-12-19\nFör få svar på pulsmätningen.\nAnna Lindqvist',
  ],
];

/** Uppföljning kontroller: the dated tertial control with its deviation, and the monthly statistics. */
const controlTable = [
  [
    'Riskanalys',
    'Risk',
    'Kontroll',
    'Status',
    'Ansvarig / Rapporteringsansvarig',
    'Startdatum / Avstämningsdatum / Slutdatum',
    'Kommentar',
  ],
  [
    'Behörighetstilldelning i verksamhetssystemet\nRisk att medarbetare har fler behörigheter än uppdraget kräver.',
    '9',
    'Kontroll av behörigheter',
    'Genomförd med avvikelse',
    'Erik Olsson\nAnna Lindqvist',
    'Startdatum 2024-01-01\nAvstämningsdatum 2024-05-01, 2024-09-01\nSlutdatum 2024-12-31',
    '2024-D1 2024-04-30\nTvå konton med för breda behörigheter.\nErik Olsson',
  ],
  [
    'Uppföljning av verksamhetens statistik\nRisk att avvikelser i statistiken upptäcks sent.',
    '6',
    'Koll på läget – månadsstatistik',
    'Pågående',
    'Sara Nilsson\nAnna Lindqvist',
    'Startdatum 2024-01-01\nAvstämningsdatum 2024-02-14, 2024-03-14, 2024-04-15, 2024-05-16, 2024-06-17, 2024-07-12, 2024-08-14, 2024-09-13, 2024-10-14, 2024-11-14, 2024-12-13\nSlutdatum 2025-01-16',
    '',
  ],
];

/** The tables of a Word document, each a list of rows of cells (paragraphs joined with line breaks). */
async function docxTables(file: string | Buffer): Promise<string[][][]> {
  const zip = await JSZip.loadAsync(typeof file === 'string' ? await readFile(file) : file);
  const xml = await zip.file('word/document.xml')!.async('string');
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return xml
    .split('<w:tbl>')
    .slice(1)
    .map((table) =>
      table
        .slice(0, table.indexOf('</w:tbl>'))
        .split('<w:tr>')
        .slice(1)
        .map((row) =>
          row
            .split('<w:tc>')
            .slice(1)
            .map((cell) =>
              cell
                .split('<w:p>')
                .slice(1)
                .map((paragraph) =>
                  decode(
                    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
                  ),
                )
                .join('\n'),
            ),
        ),
    );
}
