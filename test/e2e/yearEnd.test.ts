import { runIkbot } from '../support/runIkbot';
import type { Action } from '../../src/domain/actions/types';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Plan } from '../../src/domain/plan/types';
import type { AssessmentCode } from '../../src/domain/results/types';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { parsePlanText } from '../../src/planFiles/parsePlanText';
import type { ReportPorts } from '../../src/reports/buildFollowUpReport';
import { writeReport } from '../../src/reports/writeReport';
import { texts as cardTexts } from '../cards/cardTree';
import {
  APPENDIX_TABLE,
  COMMITTEE_AREA_BLOCKS,
  COMMITTEE_INTERIM,
  COMMITTEE_YEAR,
  MANAGEMENT_SHEET,
  VERDICT_TEXTS,
} from '../fixtures/reports/yearEnd2025';
import { loadFixturePlan } from '../reports/seedResults';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { storedResult } from '../support/storedResult';
import { admin, performer, unitManager, type TestUser } from '../support/testUsers';
import { invokeCard } from './controlCardSetup';

type Cell = string | number | null;

/** A sheet's rows from row 1, each trimmed of empty cells at its end (empty cells read as null). */
async function sheetRows(content: Buffer, name: string): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells = Array.from({ length: 12 }, (_, i) => {
      const value = row.getCell(i + 1).value;
      return value === undefined || value === null || value === '' ? null : (value as Cell);
    });
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every table of the Word document: rows of cells, a cell's paragraphs joined by newlines; empty cells null. */
async function docxTables(content: Buffer): Promise<Cell[][][]> {
  const zip = await JSZip.loadAsync(content);
  const xml = await zip.file('word/document.xml')!.async('string');
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
            .map((cell) => {
              const text = cell
                .split('<w:p>')
                .slice(1)
                .map((p) =>
                  decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
                )
                .join('\n');
              return text === '' ? null : text;
            }),
        ),
    );
}

/** The rows of a table in a sheet: from its header row to the first empty row. */
function tableFrom(rows: Cell[][], header: Cell): Cell[][] {
  const start = rows.findIndex((row) => row[0] === header && row.length > 2);
  const end = rows.findIndex((row, i) => i > start && row.length === 0);
  return rows.slice(start, end === -1 ? undefined : end);
}

/** A sheet's rows as sheetRows reads them: empty cells at a row's end are not there. */
const trimmed = (rows: Cell[][]) =>
  rows.map((row) => {
    const cells = [...row];
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });

/** Numbers as the docx writes them: every cell is text. */
const asText = (rows: Cell[][]) =>
  rows.map((row) => row.map((cell) => (cell === null ? null : String(cell))));

describe('closing the year: results → verdicts on the card and in the workbook → the report in each layout → next year’s plan', () => {
  let bot: TestBot;
  let plan: Plan;
  let dir: string;
  let ports: ReportPorts;

  const ikbot = (...argv: string[]) =>
    runIkbot(argv, {
      env: { MONGODB_URI: process.env.MONGODB_URI, MONGODB_DB: bot.config.mongodbDb, LOG_LEVEL: 'silent' },
      now: () => bot.app.services.now(),
    });

  const invoke = (user: TestUser, data: Record<string, unknown>, locale?: string) =>
    bot.post(
      bot.activities.adaptiveCardAction({ user, verb: 'saveVerdict', data, ...(locale ? { locale } : {}) }),
    );
  const verdicts = () => bot.app.services.reports.verdicts.ofYear('YE-SOF-2025', 2025);

  async function answer(
    controlId: string,
    unitId: string,
    periodKey: string,
    assessment: AssessmentCode,
    performedOn: string,
    deviations = 0,
    comment?: string,
  ) {
    const id = `${plan.id}/${controlId}/${unitId}/${periodKey}`;
    const actor = { aadObjectId: performer.aadObjectId, name: performer.name };
    const at = new Date(`${performedOn}T12:00:00Z`);
    const result = {
      kind: 'performed' as const,
      performedOn,
      answers: [],
      assessment,
      deviations,
      ...(comment ? { comment } : {}),
    };
    const saved = await bot.app.services.occasions.saveResult(
      id,
      0,
      'answered',
      storedResult(result, actor, at),
      at,
    );
    expect(saved.saved).toBe(true);
  }

  beforeAll(async () => {
    bot = await startTestBot({ label: 'yearend', now: '2026-01-20T09:30:00Z' });
    dir = await mkdtemp(path.join(os.tmpdir(), 'ikbot-yearend-'));
    const imported = await ikbot(
      'plan',
      'import',
      path.resolve(__dirname, '../fixtures/plans/yearend-2025.yaml'),
    );
    expect(imported.code).toBe(0);
    // Import warns (does not refuse): YE-R3 scores 16 and the plan states no decided action for it.
    expect(imported.out + imported.err).toContain('YE-R3');
    plan = await loadFixturePlan('yearend-2025.yaml');
    ports = {
      source: bot.app.services.reports.source,
      queries: bot.app.services.digests.queries,
      verdicts: bot.app.services.reports.verdicts,
      actions: bot.app.services.actions,
    };
    expect(occasionsOf(plan)).toHaveLength(11);
    await answer('YE-K1', 'ifo', '2025-06', 'godkand', '2025-06-27');
    await answer(
      'YE-K1',
      'ao',
      '2025-06',
      'delvis_godkand',
      '2025-06-30',
      1,
      'Logglistan inte signerad av chef.',
    );
    await answer('YE-K1', 'ifo', '2025-12', 'godkand', '2025-12-29');
    await answer('YE-K2', 'ao', '2025-T1', 'godkand', '2025-04-30');
    await answer(
      'YE-K2',
      'ao',
      '2025-T2',
      'delvis_godkand',
      '2025-08-29',
      2,
      'Inte alla observationer gjordes.',
    );
    await answer('YE-K2', 'ao', '2025-T3', 'godkand', '2026-01-08');
    await answer('YE-K3', 'ifo', '2025-Q1', 'godkand', '2025-03-31');
    await answer('YE-K3', 'ifo', '2025-Q3', 'godkand', '2025-09-30');
    await answer('YE-K3', 'ifo', '2025-Q4', 'godkand', '2026-01-07');
    // Actions proposed by the two deviating results; the second has been completed since.
    const action = (
      occasion: string,
      controlId: string,
      riskAreaId: string,
      text: string,
      status: 'Pågående' | 'Genomförd',
    ): Action => {
      const occasionId = `${plan.id}/${controlId}/ao/${occasion}`;
      const author = { aadObjectId: performer.aadObjectId, name: performer.name };
      return {
        id: `${occasionId}/action#v1`,
        planId: plan.id,
        year: 2025,
        riskAreaId,
        source: 'result',
        controlId,
        occasionId,
        unitId: 'ao',
        text,
        owner: { name: 'Områdeschef ÄO' },
        start: '2025-07-01',
        checkpoints: [],
        end: '2025-09-30',
        entries: [
          {
            id: `${occasionId}#v1`,
            at: new Date('2025-07-01T08:00:00Z'),
            date: '2025-07-01',
            status,
            change: { kind: 'created' },
            author,
          },
        ],
      };
    };
    const areaOf = (controlId: string): string =>
      plan.riskAreas.find((area) => area.controls.some((control) => control.id === controlId))!.id;
    await bot.app.services.actions.propose(
      action('2025-06', 'YE-K1', areaOf('YE-K1'), 'Påminnelse om signering på APT', 'Pågående'),
    );
    await bot.app.services.actions.propose(
      action('2025-T2', 'YE-K2', areaOf('YE-K2'), 'Hygienombud utsett i ÄO', 'Genomförd'),
    );
  });
  afterAll(async () => {
    await bot.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('the interim report (delår) counts only what was due by the cut-off; later occasions are not yet due, not missing', async () => {
    const file = path.join(dir, 'delar.xlsx');
    const run = await ikbot('report', '--year', '2025', '--period', 'delar', '--out', file);
    expect(run).toMatchObject({ code: 0 });
    const rows = await sheetRows(await readFile(file), 'Uppföljning');
    expect(rows).toEqual(trimmed(COMMITTEE_INTERIM));
    // YE-K2's T2 result was performed on 2025-08-29 but is due after the cut-off: not among the results.
    const details = await sheetRows(await readFile(file), 'Resultat per riskområde');
    const periods = details
      .filter((row) => row[0] === 'Hygienobservationer' && /^\d{4}-/.test(String(row[2])))
      .map((row) => row[2]);
    expect(periods).toEqual(['2025-T1']);

    // The same report in chat: rapport 2025 delår in a channel gives a link to the same cells.
    bot.connector.reset();
    await bot.post(
      bot.activities.message({ text: 'rapport 2025 delår', conversation: 'channel', user: performer }),
    );
    const sent = bot.connector
      .sent()
      .map((s) => String(s.activity.text ?? ''))
      .join('\n');
    const link = /\((http:\/\/localhost:\d+\/api\/reports\/[A-Za-z0-9_-]{43})\)/.exec(sent);
    expect(link).not.toBeNull();
    const download = await fetch(link![1].replace('localhost', '127.0.0.1'));
    expect(download.headers.get('content-disposition')).toContain('Uppfoljning-YE-SOF-2025-2025-delar.xlsx');
    expect(await sheetRows(Buffer.from(await download.arrayBuffer()), 'Uppföljning')).toEqual(
      trimmed(COMMITTEE_INTERIM),
    );

    // In the personal chat: a file consent card that generates the interim report when accepted.
    bot.connector.reset();
    await bot.post(bot.activities.message({ text: 'rapport 2025 delår word', user: performer }));
    const consent = bot.connector.sent().flatMap((s) => s.activity.attachments ?? [])[0];
    expect(consent).toMatchObject({
      name: 'Uppfoljning-YE-SOF-2025-2025-delar.docx',
      content: { acceptContext: { year: 2025, format: 'docx', planId: 'YE-SOF-2025', period: 'interim' } },
    });

    // status delår: the leadership digest over the same window.
    bot.connector.reset();
    await bot.post(
      bot.activities.message({ text: 'status delår 2025', conversation: 'channel', user: performer }),
    );
    const card = JSON.stringify(bot.connector.sent().map((s) => s.activity.attachments));
    expect(card).toContain('2025-08-31');
  });

  it('a cut-off outside the plan year is refused with what to write, and nothing is stored', async () => {
    const yaml = (
      await readFile(path.resolve(__dirname, '../fixtures/plans/yearend-2025.yaml'), 'utf8')
    ).replace('interimCutOff: 2025-08-31', 'interimCutOff: 2026-08-31');
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(bad, yaml);
    const run = await ikbot('plan', 'import', bad);
    expect(run.code).not.toBe(0);
    expect(run.err + run.out).toContain('Delårets brytdatum 2026-08-31 ligger utanför planens år 2025');
    expect((await bot.app.services.plans.findById('YE-SOF-2025'))?.plan.report?.interimCutOff).toBe(
      '2025-08-31',
    );
  });

  it('utvärdering 2025: one card per risk area with what the results say; the responsible manager saves a verdict', async () => {
    bot.connector.reset();
    await bot.post(bot.activities.message({ text: 'utvärdering 2025', user: unitManager }));
    const cards = bot.connector
      .sent()
      .flatMap((s) => s.activity.attachments ?? [])
      .map((a) => a.content as Record<string, unknown>);
    expect(cards).toHaveLength(3);
    expect(cardTexts(cards[0])).toEqual(
      expect.arrayContaining([
        'Bedömning 2025: Otillbörlig åtkomst/intrång i verksamhetssystemet Combine',
        'kvarstår från 2024 · S 3 × K 4 = R 12',
      ]),
    );
    expect(JSON.stringify(cards[0])).toContain('Godkänd/delvis godkänd – 3 av 4 genomförda');

    bot.connector.reset();
    // Erik's plan says nothing of his language, so Swedish (the plan's default) wins over his English client.
    await bot.post(bot.activities.message({ text: 'evaluate 2025', user: performer, locale: 'en-GB' }));
    expect(String(bot.connector.sent()[0].activity.text)).toContain(
      'Du har inga riskområden att bedöma 2025',
    );

    const response = await invoke(unitManager, {
      planId: 'YE-SOF-2025',
      riskAreaId: 'YE-R1',
      disposition: 'remains',
      ...VERDICT_TEXTS.r1,
    });
    const card = invokeCard(response);
    expect(cardTexts(card)).toContain('Sparad av Anna Lindqvist 2026-01-20 10:30 CET');
    expect(await verdicts()).toEqual([
      {
        planId: 'YE-SOF-2025',
        year: 2025,
        riskAreaId: 'YE-R1',
        disposition: 'remains',
        ...VERDICT_TEXTS.r1,
        assessedBy: { aadObjectId: unitManager.aadObjectId, name: unitManager.name },
        assessedAt: '2026-01-20T09:30:00.000Z',
      },
    ]);
    const audit = await bot.app.services.audit.forSubject('YE-SOF-2025');
    expect(audit.filter((entry) => entry.action === 'verdict.saved')).toHaveLength(1);
  });

  it('bad input on the card is refused in the user’s language, what was typed is kept, nothing is stored', async () => {
    const before = await verdicts();
    const unknownDisposition = invokeCard(
      await invoke(unitManager, {
        planId: 'YE-SOF-2025',
        riskAreaId: 'YE-R2',
        disposition: 'kanske',
        summary: 'Utkast',
      }),
    );
    expect(cardTexts(unknownDisposition)).toContain(
      '”kanske” är inget beslut. Välj Kvarstår, Avslutas, Bevakas eller Överförs till annan process.',
    );
    expect(JSON.stringify(unknownDisposition)).toContain('"value":"Utkast"');

    const noTarget = invokeCard(
      await invoke(
        admin,
        { planId: 'YE-SOF-2025', riskAreaId: 'YE-R3', disposition: 'transferred' },
        'en-GB',
      ),
    );
    // Sara's plan language is Swedish (the default), which wins over her English client.
    expect(cardTexts(noTarget)).toContain(
      'Skriv vart risken överförs, t.ex. Egenkontroll eller Digitaliseringsplanen.',
    );

    const notInPlan = invokeCard(
      await invoke(admin, { planId: 'YE-SOF-2025', riskAreaId: 'YE-R9', disposition: 'closed' }),
    );
    expect(JSON.stringify(notInPlan)).toContain('Riskområdet ”YE-R9” finns inte i planen');

    const notAllowed = invokeCard(
      await invoke(performer, { planId: 'YE-SOF-2025', riskAreaId: 'YE-R1', disposition: 'closed' }),
    );
    expect(JSON.stringify(notAllowed)).toContain('Bara administratörer och riskområdets ansvariga chefer');
    expect(await verdicts()).toEqual(before);
  });

  it('the evaluations workbook carries the other verdicts (Beslut, Överförs till) and keeps the card’s verdict as written', async () => {
    bot.setNow('2026-01-22T08:00:00Z');
    const file = path.join(dir, 'utvardering.xlsx');
    expect((await ikbot('report', '--year', '2025', '--format', 'evaluations', '--out', file)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Utvärdering')!;
    const cells: Record<string, Record<number, string>> = {
      'YE-R2': {
        6: VERDICT_TEXTS.r2.assessment,
        7: VERDICT_TEXTS.r2.summary,
        8: VERDICT_TEXTS.r2.furtherActions,
        9: 'Kvarstår',
      },
      'YE-R3': {
        6: VERDICT_TEXTS.r3.assessment,
        7: VERDICT_TEXTS.r3.summary,
        9: 'Överförs',
        10: 'Egenkontroll',
      },
    };
    sheet.eachRow((row) => {
      const id = String(row.getCell(2).value ?? '');
      if (id === 'YE-R1') expect(row.getCell(9).value).toBe('Kvarstår');
      for (const [column, value] of Object.entries(cells[id] ?? {}))
        row.getCell(Number(column)).value = value;
    });
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const served = bot.connector.serveFile('Utvardering.xlsx', content);
    bot.connector.reset();
    await bot.post(
      bot.activities.fileMessage({ user: admin, file: { name: 'Utvardering.xlsx', ...served } }),
    );
    expect(String(bot.connector.sent().at(-1)?.activity.text)).toContain(
      'är sparade för YE-SOF-2025 2025: 2 rader',
    );
    const stored = await verdicts();
    expect(stored.map((v) => [v.riskAreaId, v.disposition, v.transferredTo, v.assessedBy.name])).toEqual([
      ['YE-R1', 'remains', undefined, 'Anna Lindqvist'],
      ['YE-R2', 'remains', undefined, 'Sara Nilsson'],
      ['YE-R3', 'transferred', 'Egenkontroll', 'Sara Nilsson'],
    ]);
  });

  it('the committee layout (the plan’s report.layout): xlsx and docx cell by cell', async () => {
    const xlsx = await writeReport(ports, plan, 2025, 'xlsx');
    expect(await sheetRows(xlsx, 'Uppföljning')).toEqual(trimmed(COMMITTEE_YEAR));
    const details = await sheetRows(xlsx, 'Resultat per riskområde');
    for (const block of COMMITTEE_AREA_BLOCKS) {
      const start = details.findIndex((row) => row[0] === block[0][0]);
      expect(details.slice(start, start + block.length)).toEqual(trimmed(block));
    }
    const [table] = await docxTables(await writeReport(ports, plan, 2025, 'docx'));
    expect(table).toEqual(asText(COMMITTEE_YEAR.slice(12)));
  });

  it('the annual-accounts appendix (ikbot report --layout appendix): xlsx and docx cell by cell', async () => {
    const file = path.join(dir, 'bilaga.xlsx');
    expect((await ikbot('report', '--year', '2025', '--layout', 'appendix', '--out', file)).code).toBe(0);
    const rows = await sheetRows(await readFile(file), 'Bilaga 1');
    expect(rows[0]).toEqual(['Bilaga 1 – Uppföljning av internkontroll, årsbokslut 2025']);
    expect(tableFrom(rows, 'Vad kontrolleras?')).toEqual(trimmed(APPENDIX_TABLE));
    const [table] = await docxTables(await writeReport(ports, plan, 2025, 'docx', { layout: 'appendix' }));
    expect(table).toEqual(asText(APPENDIX_TABLE));
  });

  it('the management report: xlsx and docx cell by cell', async () => {
    const xlsx = await writeReport(ports, plan, 2025, 'xlsx', { layout: 'management' });
    expect(await sheetRows(xlsx, 'Rapport')).toEqual(trimmed(MANAGEMENT_SHEET));
    const tables = await docxTables(await writeReport(ports, plan, 2025, 'docx', { layout: 'management' }));
    const expectedTables = MANAGEMENT_SHEET.flatMap((row, i) =>
      row[0] === 'Kontrollpunkt' ? [asText([row, MANAGEMENT_SHEET[i + 1]])] : [],
    );
    expect(tables).toEqual(expectedTables);
  });

  it('an unknown layout is refused with the layouts there are', async () => {
    const run = await ikbot(
      'report',
      '--year',
      '2025',
      '--layout',
      'fancy',
      '--out',
      path.join(dir, 'x.xlsx'),
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'Rapportlayouten ”fancy” finns inte. Välj en av: committee, appendix, management, actions.',
    );
  });

  it('plan next drafts 2026 from the verdicts; the draft imports unchanged and plan show marks the carried areas', async () => {
    const xlsxFile = path.join(dir, 'plan-2026.xlsx');
    const run = await ikbot('plan', 'next', '--from', '2025', '--out', xlsxFile);
    expect(run).toMatchObject({ code: 0 });
    expect(run.out).toContain('2 riskområden kvarstår, 1 avslutade');
    expect(await sheetRows(await readFile(xlsxFile), 'Avslutade')).toEqual([
      ['Id', 'Riskområde', 'Beslut', 'Summering'],
      [
        'YE-R3',
        'Person-/överfallslarm fungerar inte',
        'Överförs till Egenkontroll',
        VERDICT_TEXTS.r3.summary,
      ],
    ]);
    const yamlFile = path.join(dir, 'plan-2026.yaml');
    expect((await ikbot('plan', 'next', '--from', '2025', '--format', 'yaml', '--out', yamlFile)).code).toBe(
      0,
    );
    const yaml = await readFile(yamlFile, 'utf8');
    expect(yaml).toContain('#   YE-R3 – Person-/överfallslarm fungerar inte – Överförs till Egenkontroll');
    const parsed = parsePlanText(yaml, 'yaml', 'plan-2026.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.plan).toMatchObject({
      id: 'YE-SOF-2026',
      year: 2026,
      status: 'draft',
      report: { layout: 'committee', reportTo: 'Socialnämnden', interimCutOff: '2026-08-31' },
    });
    expect(parsed.plan.adopted).toBeUndefined();
    expect(parsed.plan.riskAreas.map((a) => [a.id, a.carriedOverFrom, a.probability, a.consequence])).toEqual(
      [
        ['YE-R1', 2024, 3, 4],
        ['YE-R2', 2025, 2, 4],
      ],
    );
    expect(parsed.plan.riskAreas.map((a) => a.controls.map((c) => c.id))).toEqual([['YE-K1'], ['YE-K2']]);
    expect(parsed.plan.assignments).toEqual(plan.assignments);

    const imported = await ikbot('plan', 'import', xlsxFile);
    expect(imported).toMatchObject({ code: 0 });
    expect((await bot.app.services.plans.findById('YE-SOF-2026'))?.plan).toEqual(parsed.plan);
    const shown = await ikbot('plan', 'show', '--year', '2026');
    expect(shown.out).toMatch(/YE-R1 .*kvarstår från 2024/);
    expect(shown.out).toMatch(/YE-R2 .*kvarstår från 2025/);
    expect(shown.out).not.toContain('YE-R3');
  });

  it('plan nästa år in chat: administrators get the draft, others are told who can', async () => {
    bot.connector.reset();
    await bot.post(bot.activities.message({ text: 'plan nästa år 2025', user: performer }));
    expect(String(bot.connector.sent()[0].activity.text)).toContain(
      'Bara administratörer kan ta fram nästa års plan',
    );
    bot.connector.reset();
    await bot.post(bot.activities.message({ text: 'plan nästa år 2025', user: admin }));
    const text = String(bot.connector.sent()[0].activity.text);
    expect(text).toContain(
      'Här är ett utkast till planen för 2026 (Plan-YE-SOF-2026-utkast.xlsx): 2 riskområden kvarstår, 1 är avslutade',
    );
    const link = /\((http:\/\/localhost:\d+\/api\/reports\/[A-Za-z0-9_-]{43})\)/.exec(text);
    const download = await fetch(link![1].replace('localhost', '127.0.0.1'));
    const rows = await sheetRows(Buffer.from(await download.arrayBuffer()), 'Riskområden');
    expect(rows.slice(1).map((row) => [row[0], row[6]])).toEqual([
      ['YE-R1', 2024],
      ['YE-R2', 2025],
    ]);
  });
});
