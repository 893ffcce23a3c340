import { runIkbot } from '../support/runIkbot';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readCellValue } from '../../src/planFiles/readCellValue';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { updateAction } from '../../src/usecases/actions/updateAction';
import { openTestDatabase } from '../support/testDatabase';
import { performer as erik } from '../support/testUsers';

const root = path.resolve(__dirname, '../..');
const planFile = path.join(root, 'test/fixtures/plans/mellerud-2024.yaml');
const A1 = 'MEL-SO-2024/action/MEL-A1/so';
const A2 = 'MEL-SO-2024/action/MEL-A2/so';
const SHEET = 'Utvärdering';

/** Reads the action rows (Typ Åtgärd) of an evaluations workbook, 11 columns each. */
async function actionRows(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: string[][] = [];
  workbook.getWorksheet(SHEET)!.eachRow((row) => {
    if (readCellValue(row.getCell(1).value) !== 'Åtgärd') return;
    rows.push(Array.from({ length: 11 }, (_, i) => String(readCellValue(row.getCell(i + 1).value) ?? '')));
  });
  return rows;
}

/** Writes the given cells (1-based column) on the rows whose Id column is the key, to a new file. */
async function fillIn(
  from: string,
  to: string,
  cells: Record<string, Record<number, string>>,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  workbook.getWorksheet(SHEET)!.eachRow((row) => {
    const id = String(readCellValue(row.getCell(2).value) ?? '');
    for (const [column, value] of Object.entries(cells[id] ?? {})) row.getCell(Number(column)).value = value;
  });
  await writeFile(to, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/**
 * The year-end evaluations workbook covers actions (issue 12 item 6): one row per action with its
 * state; a status and comment written there come back as the action's next entry, checked as the
 * action card checks them, audited, once. Comment texts are INVENTED.
 */
describe('evaluations workbook: actions out and back in', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const now = new Date('2024-12-20T09:00:00Z');
  let actions: MongoActionRepository;

  const ikbot = (...argv: string[]) => runIkbot(argv, { env, now: () => now });

  beforeAll(async () => {
    database = await openTestDatabase('evaluationsActions');
    dir = await mkdtemp(path.join(os.tmpdir(), 'ikbot-evaluations-actions-'));
    env = { MONGODB_URI: database.uri, MONGODB_DB: database.name, LOG_LEVEL: 'silent' };
    actions = new MongoActionRepository(database.db);
    expect((await ikbot('plan', 'import', planFile)).code).toBe(0);
    expect((await ikbot('actions', 'list', '--year', '2024')).code).toBe(0); // stores the decided actions
  }, 120_000);
  afterAll(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one row per action, takes status and comment back, refuses what the card refuses', async () => {
    const file = path.join(dir, 'utvardering.xlsx');
    expect((await ikbot('report', '--year', '2024', '--format', 'evaluations', '--out', file)).code).toBe(0);
    const created = (await actions.get(A1))!.entries[0].date;
    expect(await actionRows(file)).toEqual([
      [
        'Åtgärd',
        A1,
        'Behörighetstilldelning i verksamhetssystemet',
        'Se över behörighetsstrukturen i verksamhetssystemet',
        `Ej påbörjad – ${created}`,
        'Ej påbörjad',
        '',
        '',
        '',
        '',
        '1',
      ],
      [
        'Åtgärd',
        A2,
        'Arbetsmiljö och delaktighet',
        'Pulsmätning bland medarbetarna (mätsticka)',
        `Ej påbörjad – ${created}`,
        'Ej påbörjad',
        '',
        '',
        '',
        '',
        '1',
      ],
    ]);

    // Sent back unchanged: nothing changes.
    const unchanged = await ikbot('report', 'evaluations', 'import', file);
    expect(unchanged.code).toBe(0);
    expect((await actions.get(A1))!.entries).toHaveLength(1);

    // Genomförd med avvikelse without what deviated, and Beslut on an action row: refused, nothing stored.
    const bad = path.join(dir, 'bad.xlsx');
    await fillIn(file, bad, {
      [A1]: { 6: 'Pågående', 7: 'Två av tre verksamheter genomgångna.' },
      [A2]: { 6: 'Genomförd med avvikelse', 9: 'Kvarstår' },
    });
    const refused = await ikbot('report', 'evaluations', 'import', bad);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('kolumn Beslut: på en åtgärds rad skrivs bara status');
    expect(refused.err).toContain("column Beslut: an action's row takes only a status");
    await fillIn(file, bad, { [A2]: { 6: 'Genomförd med avvikelse' } });
    const noReason = await ikbot('report', 'evaluations', 'import', bad);
    expect(noReason.code).toBe(1);
    expect(noReason.err).toContain('Skriv vad som avvek när åtgärden är Genomförd med avvikelse.');
    expect(noReason.err).toContain('Write what deviated when the action is Done with deviation.');
    expect((await actions.get(A1))!.entries).toHaveLength(1);
    expect((await actions.get(A2))!.entries).toHaveLength(1);

    // Filled in right: both stored as the actions' next entries, audited; sent twice, stored once.
    const good = path.join(dir, 'good.xlsx');
    await fillIn(file, good, {
      [A1]: { 6: 'Pågående', 7: 'Två av tre verksamheter genomgångna.' },
      [A2]: { 6: 'Genomförd med avvikelse', 7: 'För få svar på pulsmätningen.' },
    });
    const saved = await ikbot('report', 'evaluations', 'import', good);
    expect(saved.err).toBe('');
    expect(saved.code).toBe(0);
    expect((await ikbot('report', 'evaluations', 'import', good)).code).toBe(0);
    const a1 = (await actions.get(A1))!;
    const a2 = (await actions.get(A2))!;
    expect(a1.entries).toHaveLength(2);
    expect(a1.entries[1]).toMatchObject({
      status: 'Pågående',
      comment: 'Två av tre verksamheter genomgångna.',
      date: '2024-12-20',
    });
    expect(a2.entries).toHaveLength(2);
    expect(a2.entries[1]).toMatchObject({
      status: 'Genomförd med avvikelse',
      reason: 'För få svar på pulsmätningen.',
    });
    const audit = await new MongoAuditLog(database.db).forSubject(A2);
    expect(audit.filter((entry) => entry.action === 'action.updated')).toHaveLength(1);

    // A new workbook shows the new state; a closed action refuses a change.
    const after = path.join(dir, 'after.xlsx');
    expect((await ikbot('report', '--year', '2024', '--format', 'evaluations', '--out', after)).code).toBe(0);
    const [row1, row2] = await actionRows(after);
    expect(row1.slice(4, 6)).toEqual([
      'Pågående – 2024-12-20 – Två av tre verksamheter genomgångna.',
      'Pågående',
    ]);
    expect(row2.slice(4, 6)).toEqual([
      'Genomförd med avvikelse – 2024-12-20 – För få svar på pulsmätningen.',
      'Genomförd med avvikelse',
    ]);
    await fillIn(after, bad, { [A2]: { 6: 'Genomförd' } });
    const closed = await ikbot('report', 'evaluations', 'import', bad);
    expect(closed.code).toBe(1);
    expect(closed.err).toContain('Åtgärden är redan avslutad');

    // The owner reports on the card after the file was made: the file's row for A1 is stale.
    const plans = new MongoPlanRepository(database.db);
    const card = await updateAction(
      { actions, plans, audit: new MongoAuditLog(database.db) },
      {
        actionId: A1,
        cardEntries: 2,
        fields: { status: 'Pågående', comment: 'Sista verksamheten i januari.' },
        actor: { aadObjectId: erik.aadObjectId, name: erik.name },
        admins: [],
        now,
        timeZone: 'Europe/Stockholm',
      },
    );
    expect(card.kind).toBe('saved');
    await fillIn(after, bad, { [A1]: { 6: 'Genomförd' } });
    const stale = await ikbot('report', 'evaluations', 'import', bad);
    expect(stale.code).toBe(1);
    expect(stale.err).toContain('har uppdaterats sedan filen skapades');
    expect((await actions.get(A1))!.entries).toHaveLength(3);
  });
});
