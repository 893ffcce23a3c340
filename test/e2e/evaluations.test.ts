import { runIkbot } from '../support/runIkbot';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Plan } from '../../src/domain/plan/types';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { writeReport } from '../../src/reports/writeReport';
import { loadFixturePlan } from '../reports/seedResults';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { admin, performer } from '../support/testUsers';
import { storedResult } from '../support/storedResult';

const actor = { aadObjectId: admin.aadObjectId, name: admin.name };
const at = new Date('2025-12-01T08:00:00Z');
const SHEET = 'Utvärdering';

type Cell = string | number | undefined;

async function rowsOf(content: Buffer, sheetName: string, width: number): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const rows: Cell[][] = [];
  workbook.getWorksheet(sheetName)!.eachRow((row) => {
    rows.push(Array.from({ length: width }, (_, i) => (row.getCell(i + 1).value ?? undefined) as Cell));
  });
  return rows;
}

/** Writes the given cells (1-based column) on the rows whose Id column is the key, returns the new file. */
async function filledIn(
  content: Buffer,
  cells: Record<string, Record<number, string | null>>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(SHEET)!;
  sheet.eachRow((row) => {
    const id = String(row.getCell(2).value ?? '');
    for (const [column, value] of Object.entries(cells[id] ?? {})) row.getCell(Number(column)).value = value;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('year-end evaluations: the workbook out, filled in, back in through Teams or the command line, in the report', () => {
  let bot: TestBot;
  let plan: Plan;
  let dir: string;
  let template: Buffer;
  let control: string;
  let area: string;

  const ikbot = (...argv: string[]) =>
    runIkbot(argv, {
      env: { MONGODB_URI: process.env.MONGODB_URI, MONGODB_DB: bot.config.mongodbDb, LOG_LEVEL: 'silent' },
      now: () => at,
    });

  async function sendFile(name: string, content: Buffer, user = admin, locale?: string) {
    const served = bot.connector.serveFile(name, content);
    bot.connector.reset();
    const response = await bot.post(bot.activities.fileMessage({ user, locale, file: { name, ...served } }));
    expect(response.status).toBe(200);
    const sent = bot.connector.sent();
    return String(sent[sent.length - 1].activity.text ?? '');
  }

  const stored = () => bot.app.services.reports.source.evaluationsOf(plan.id, 2025);
  const verdicts = () => bot.app.services.reports.verdicts.ofYear(plan.id, 2025);

  async function committeeRow(controlTitle: string): Promise<Cell[]> {
    const report = await writeReport(
      {
        source: bot.app.services.reports.source,
        queries: bot.app.services.digests.queries,
        verdicts: bot.app.services.reports.verdicts,
        actions: bot.app.services.actions,
      },
      plan,
      2025,
      'xlsx',
    );
    const row = (await rowsOf(report, 'Uppföljning', 11)).find((cells) => cells[4] === controlTitle);
    if (!row) throw new Error(`No row for ${controlTitle}`);
    return row;
  }

  beforeAll(async () => {
    bot = await startTestBot({ label: 'evaluations', now: '2025-12-01T08:00:00Z' });
    dir = await mkdtemp(path.join(os.tmpdir(), 'ikbot-evaluations-'));
    plan = await loadFixturePlan('vaggeryd-2025.yaml');
    const { plans, occasions } = bot.app.services;
    await plans.save(plan, 'test', at);
    const areaOf = new Map(plan.riskAreas.flatMap((a) => a.controls.map((c) => [c.id, a.id] as const)));
    await occasions.sync(plan.id, occasionsOf(plan), (id) => areaOf.get(id) ?? '', at);
    area = plan.riskAreas[0].id;
    control = plan.riskAreas[0].controls[0].id;
    const [first] = await occasions.find({ planId: plan.id, controlId: control });
    const saved = await occasions.saveResult(
      first.id,
      0,
      'answered',
      storedResult(
        { kind: 'performed', performedOn: '2025-06-30', answers: [], assessment: 'godkand', deviations: 0 },
        actor,
        at,
      ),
      at,
    );
    expect(saved.saved).toBe(true);
  });
  afterAll(async () => {
    await bot.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('ikbot report --format evaluations writes one row per risk area and control, with what the results say', async () => {
    const file = path.join(dir, 'utvardering.xlsx');
    const run = await ikbot('report', '--year', '2025', '--format', 'evaluations', '--out', file);
    expect(run).toMatchObject({ code: 0 });
    expect(run.out).toContain('ikbot report evaluations import');
    template = await readFile(file);
    const rows = await rowsOf(template, SHEET, 8);
    expect(rows[1]).toEqual(['Plan', plan.id, 'År', 2025, undefined, undefined, undefined, undefined]);
    const body = rows.slice(rows.findIndex((r) => r[0] === 'Typ') + 1);
    const controls = plan.riskAreas.flatMap((a) => a.controls);
    expect(body.filter((r) => r[0] === 'Riskområde').map((r) => r[1])).toEqual(
      plan.riskAreas.map((a) => a.id),
    );
    expect(body.filter((r) => r[0] === 'Kontrollmoment').map((r) => r[1])).toEqual(controls.map((c) => c.id));
    const mine = body.find((r) => r[1] === control)!;
    expect(String(mine[4])).toMatch(/^Godkänd – 1 av \d+ kontrolltillfällen genomförda\.$/);
    // Nothing written yet: the evaluation columns are empty.
    expect(body.every((r) => r[5] === undefined && r[6] === undefined && r[7] === undefined)).toBe(true);
  });

  it('a non-administrator sending the workbook changes nothing', async () => {
    const reply = await sendFile(
      'Utvardering.xlsx',
      await filledIn(template, { [control]: { 6: 'Godkänd' } }),
      performer,
    );
    expect(reply).toContain('Bara administratörer');
    expect(await stored()).toEqual([]);
  });

  it('an administrator sends it filled in: stored, and the report shows what was written', async () => {
    const file = await filledIn(template, {
      [control]: { 6: 'Delvis godkänd (IFO)', 7: 'Loggkontrollen gjordes inte i juni.' },
      [area]: {
        6: 'Godkänt',
        7: 'Kontrollerna visar god ordning.',
        8: 'Fortsatt uppföljning i APT.',
        9: 'Avslutas',
      },
    });
    const reply = await sendFile('Utvardering-VAG.xlsx', file);
    expect(reply).toContain(
      `Utvärderingarna i ”Utvardering-VAG.xlsx” är sparade för ${plan.id} 2025: 2 rader`,
    );
    expect(await stored()).toEqual([
      {
        planId: plan.id,
        year: 2025,
        kind: 'control',
        subjectId: control,
        evaluation: 'Delvis godkänd (IFO)',
        comment: 'Loggkontrollen gjordes inte i juni.',
      },
    ]);
    // The risk area's row is its verdict, assessed by the administrator who sent the file.
    expect(await verdicts()).toEqual([
      {
        planId: plan.id,
        year: 2025,
        riskAreaId: area,
        disposition: 'closed',
        assessment: 'Godkänt',
        summary: 'Kontrollerna visar god ordning.',
        furtherActions: 'Fortsatt uppföljning i APT.',
        assessedBy: { aadObjectId: admin.aadObjectId, name: admin.name },
        assessedAt: expect.stringMatching(/^2025-12-01T/),
      },
    ]);
    const title = plan.riskAreas[0].controls[0].title;
    const row = await committeeRow(title);
    expect(row.slice(9)).toEqual(['Delvis godkänd (IFO)', 'Loggkontrollen gjordes inte i juni.']);
    const audit = await bot.app.services.audit.forSubject(plan.id);
    expect(audit.map((entry) => entry.action)).toContain('report.evaluations.imported');
    // A new workbook starts from what was written.
    const again = await ikbot(
      'report',
      '--year',
      '2025',
      '--format',
      'evaluations',
      '--out',
      path.join(dir, 'b.xlsx'),
    );
    expect(again.code).toBe(0);
    const rows = await rowsOf(await readFile(path.join(dir, 'b.xlsx')), SHEET, 10);
    expect(rows.find((r) => r[1] === area)?.slice(5)).toEqual([
      'Godkänt',
      'Kontrollerna visar god ordning.',
      'Fortsatt uppföljning i APT.',
      'Avslutas',
      undefined,
    ]);
  });

  it('refuses a workbook with mistakes, row by row, and stores nothing of it', async () => {
    const before = await stored();
    const verdictsBefore = await verdicts();
    const secondControl = plan.riskAreas[0].controls[1]?.id ?? plan.riskAreas[1].controls[0].id;
    const bad = await filledIn(template, {
      [control]: { 1: 'Kontroll', 6: 'Godkänd' },
      [secondControl]: { 7: 'Kommentar utan utvärdering', 8: 'En åtgärd' },
      [area]: { 2: 'R-FINNS-INTE', 6: 'Godkänt' },
      [plan.riskAreas[1].id]: { 6: 'Godkänt', 9: 'Kanske' },
      [plan.riskAreas[2].id]: { 7: 'Summering utan beslut' },
      [plan.riskAreas[3].id]: { 9: 'Överförs' },
    });
    const file = path.join(dir, 'fel.xlsx');
    await writeFile(file, bad);
    const run = await ikbot('report', 'evaluations', 'import', file);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'Utvärderingarna i ”fel.xlsx” sparades inte: 6 saker behöver rättas. Inget har ändrats.',
    );
    expect(run.err).toMatch(/Rad \d+, kolumn Beslut: ”Kanske” är inget beslut/);
    expect(run.err).toMatch(/Rad \d+, kolumn Beslut: skriv beslutet för riskområdet/);
    expect(run.err).toMatch(/Rad \d+, kolumn Överförs till: skriv vart risken överförs/);
    expect(run.err).toMatch(/Rad \d+, kolumn Typ: ”Kontroll” ska vara Kontrollmoment eller Riskområde/);
    expect(run.err).toMatch(
      /Rad \d+, kolumn Fortsatta åtgärder: fortsatta åtgärder skrivs på riskområdets rad/,
    );
    expect(run.err).toMatch(/Rad \d+, kolumn Id: ”R-FINNS-INTE” finns inte i planen/);
    expect(run.err).toContain('Row ');
    expect(await stored()).toEqual(before);
    expect(await verdicts()).toEqual(verdictsBefore);

    const notOurs = path.join(dir, 'plan.xlsx');
    await writeFile(notOurs, await readFile(path.resolve(__dirname, '../fixtures/plans/vaggeryd-2025.xlsx')));
    const plainPlan = await ikbot('report', 'evaluations', 'import', notOurs);
    expect(plainPlan.code).toBe(1);
    expect(plainPlan.err).toContain('is not an evaluations workbook');
  });

  it('an emptied row removes what was written (answered in English)', async () => {
    const cleared = await filledIn(template, {
      [area]: { 6: 'Godkänt', 7: 'Kontrollerna visar god ordning.', 9: 'Kvarstår' },
      [control]: { 6: null, 7: null },
    });
    const reply = await sendFile('Evaluations.xlsx', cleared, admin, 'en-GB');
    expect(reply).toContain(
      `The evaluations in "Evaluations.xlsx" are saved for ${plan.id} 2025: 1 row, 1 removed`,
    );
    expect(await stored()).toEqual([]);
    expect((await verdicts()).map((v) => [v.riskAreaId, v.disposition])).toEqual([[area, 'remains']]);
    const row = await committeeRow(plan.riskAreas[0].controls[0].title);
    expect(row[9]).toBe('Godkänd');
    expect(String(row[10])).toMatch(/^1 av \d+ kontrolltillfällen genomförda\.$/);
  });

  it('rapport 2025 utvärdering in the personal chat offers the workbook as a file', async () => {
    bot.connector.reset();
    await bot.post(bot.activities.message({ text: 'rapport 2025 utvärdering', user: admin }));
    const reply = bot.connector.sent().find((s) => (s.activity.attachments ?? []).length > 0)!.activity;
    expect(reply.text).toContain('utvärderingsfilen för 2025');
    expect(reply.attachments?.[0]).toMatchObject({
      contentType: 'application/vnd.microsoft.teams.card.file.consent',
      name: `Utvardering-${plan.id}-2025.xlsx`,
      content: { acceptContext: { year: 2025, format: 'evaluations', planId: plan.id } },
    });
  });
});
