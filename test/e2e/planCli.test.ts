import { runIkbot } from '../support/runIkbot';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { Plan } from '../../src/domain/plan/types';
import { parsePlanFile, writePlan } from '../../src/planFiles';
import { readSheetValues } from '../planFiles/readSheetValues';
import { openTestDatabase } from '../support/testDatabase';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/plans');
const fixture = (name: string): string => path.join(fixtures, name);

async function fixturePlan(name: string): Promise<Plan> {
  const parsed = await parsePlanFile(fixture(name));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.plan;
}

describe('ikbot plan … against a test database', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  const ikbot = (...argv: string[]) => runIkbot(argv, { env, now: () => new Date('2025-03-10T08:00:00Z') });

  beforeEach(async () => {
    database = await openTestDatabase('planCli');
    dir = await mkdtemp(path.join(os.tmpdir(), 'ikbot-plan-cli-'));
    env = { MONGODB_URI: database.uri, MONGODB_DB: database.name, LOG_LEVEL: 'silent' };
  });
  afterEach(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const seeds = [
    ['vaggeryd-2025', 2025],
    ['alingsas-2023', 2023],
  ] as const;
  describe.each(seeds)('%s', (name, year) => {
    it.each(['yaml', 'xlsx'])(
      'imports from %s and round-trips through the database without loss',
      async (from) => {
        const imported = await ikbot('plan', 'import', fixture(`${name}.${from}`));
        expect(imported.err).toBe('');
        expect(imported.code).toBe(0);
        expect(imported.out).toMatch(/Importerad \/ imported/);

        const expected = await fixturePlan(`${name}.yaml`);
        for (const format of ['yaml', 'json'] as const) {
          const out = path.join(dir, `export.${format}`);
          expect(
            (await ikbot('plan', 'export', '--year', String(year), '--format', format, '--out', out)).code,
          ).toBe(0);
          expect(await readFile(out, 'utf8')).toBe(await writePlan(expected, format));
          const reimported = await parsePlanFile(out);
          expect(reimported.ok && reimported.plan).toEqual(expected);
        }
        const xlsx = path.join(dir, 'export.xlsx');
        expect(
          (await ikbot('plan', 'export', '--year', String(year), '--format', 'xlsx', '--out', xlsx)).code,
        ).toBe(0);
        // The committed workbook is what the exporter writes, byte for byte.
        expect(Buffer.compare(await readFile(xlsx), await readFile(fixture(`${name}.xlsx`)))).toBe(0);
        expect(await readSheetValues(await readFile(xlsx))).toEqual(
          await readSheetValues(await readFile(fixture(`${name}.xlsx`))),
        );
      },
    );
  });

  it('prints the Vaggeryd 2025 calendar: log checks in June and December, hygiene twice a year', async () => {
    await ikbot('plan', 'import', fixture('vaggeryd-2025.yaml'));
    const { code, out } = await ikbot('plan', 'calendar', '--year', '2025');
    expect(code).toBe(0);
    expect(out).toMatch(/Kontrolltillfällen \/ occasions: 18/);
    const months = out.split('\n').reduce<Record<string, string[]>>((byMonth, line) => {
      const month = /^([A-ZÅÄÖ][a-zåäö]+ \d{4})/.exec(line)?.[1];
      const current = month ?? Object.keys(byMonth).pop();
      if (current && /VAG25-/.test(line)) (byMonth[current] ??= []).push(line);
      return byMonth;
    }, {});
    expect(Object.keys(months)).toEqual(['Juni 2025', 'December 2025']);
    for (const month of ['Juni 2025', 'December 2025']) {
      const lines = months[month].join('\n');
      expect(lines).toMatch(/VAG25-R2-K1 Rutin loggkontroll/);
      expect(lines).toMatch(/VAG25-R1-K1 Rutin basala hygienrutiner/);
      expect(lines).toMatch(/IFO – myndighet/);
    }
    // 10 working days after 30 June is 14 July; after 31 December 16 January 2026
    // (1 and 6 January are public holidays).
    expect(months['Juni 2025'].join('\n')).toMatch(/2025-07-14/);
    expect(months['December 2025'].join('\n')).toMatch(/2026-01-16/);
    expect(out).toMatch(/Månad\s+Kontrollmoment\s+Period\s+Enheter\s+Sista dag/);
  });

  it('refuses broken.yaml, listing each mistake in Swedish and English, and changes nothing', async () => {
    await ikbot('plan', 'import', fixture('vaggeryd-2025.yaml'));
    const before = await database.db.collection('occasions').find().sort({ _id: 1 }).toArray();
    const { code, out, err } = await ikbot('plan', 'import', fixture('broken.yaml'));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/Planen importerades inte: \d+ fel/);
    expect(err).toMatch(/The plan was not imported/);
    const svLines = err.split('\n').filter((line) => line.startsWith('broken.yaml'));
    const enLines = err.split('\n').filter((line) => line.startsWith('    (en) broken.yaml'));
    expect(svLines.length).toBeGreaterThanOrEqual(5);
    expect(enLines).toHaveLength(svLines.length);
    expect(err).toMatch(/broken\.yaml, rad \d+, fält riskAreas\[0\]\.probability: /);
    expect(err).toMatch(
      /broken\.yaml, line \d+, field riskAreas\[0\]\.controls\[0\]\.performer: .*hygiensamordnare/,
    );
    expect(err).toMatch(/months\[1\]: .*13/);
    expect(err).toMatch(/riskAreas\[0\]\.controls\[2\]\.title/);
    expect(err).toMatch(/R1-K1/);
    expect(await database.db.collection('plans').countDocuments()).toBe(1);
    expect(await database.db.collection('occasions').find().sort({ _id: 1 }).toArray()).toEqual(before);
    expect(await database.db.collection('audit').countDocuments()).toBe(1);
  });

  it('names sheet, row and column for a mistake in an Excel plan', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(fixture('vaggeryd-2025.xlsx'))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Riskområden')!;
    const header = (sheet.getRow(1).values as unknown[]).indexOf('Sannolikhet (S)');
    sheet.getRow(2).getCell(header).value = 5;
    const broken = path.join(dir, 'trasig.xlsx');
    await workbook.xlsx.writeFile(broken);
    const { code, err } = await ikbot('plan', 'import', broken);
    expect(code).toBe(1);
    expect(err).toMatch(/trasig\.xlsx, blad Riskområden, rad 2, kolumn Sannolikhet \(S\)/);
    expect(err).toMatch(/trasig\.xlsx, sheet Riskområden, row 2, column Sannolikhet \(S\)/);
    expect(await database.db.collection('plans').countDocuments()).toBe(0);
  });

  it('reports what an import would do with --dry-run, and stores nothing', async () => {
    const { code, out } = await ikbot('plan', 'import', fixture('alingsas-2023.xlsx'), '--dry-run');
    expect(code).toBe(0);
    expect(out).toMatch(/Provkörning/);
    expect(out).toMatch(/kontrolltillfällen \/ occasions: 56/);
    expect(await database.db.collection('plans').countDocuments()).toBe(0);
    expect(await database.db.collection('occasions').countDocuments()).toBe(0);
  });

  it('shows a plan, and says what to do when there is none or the year is ambiguous', async () => {
    const none = await ikbot('plan', 'show');
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/ikbot plan import/);
    await ikbot('plan', 'import', fixture('vaggeryd-2025.yaml'));
    const shown = await ikbot('plan', 'show', '--year', '2025');
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/Plan för intern kontroll år 2025 \(VAG-SOF-2025\)/);
    expect(shown.out).toMatch(/VAG25-R2\s+Otillbörlig åtkomst.*2 × 4 = 8\s+controlPlan/);
    expect(shown.out).toMatch(/Kontrolltillfällen \/ occasions: 18, besvarade \/ answered 0/);
    // Issue 14 item 5: performer and responsible by the role's name, not its id.
    expect(shown.out).toMatch(/Utvecklingssamordnare\s+MAS/);
    expect(shown.out).toMatch(/Systemförvaltare/);
    expect(shown.out).not.toMatch(/\butvecklingssamordnare\b|\bsystemforvaltare\b/);

    const other = await fixturePlan('vaggeryd-2025.yaml');
    const copy = path.join(dir, 'copy.json');
    await writeFile(copy, await writePlan({ ...other, id: 'VAG-OTHER-2025' }, 'json'));
    await ikbot('plan', 'import', copy);
    const ambiguous = await ikbot('plan', 'calendar', '--year', '2025');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toMatch(/VAG-OTHER-2025, VAG-SOF-2025\. Välj en med --plan <id>/);
    const chosen = await ikbot('plan', 'calendar', '--year', '2025', '--plan', 'VAG-OTHER-2025');
    expect(chosen.code).toBe(0);
    expect(chosen.out).toMatch(/\(VAG-OTHER-2025\)/);
  });

  it('writes the Excel template with instructions and drop-down lists', async () => {
    const out = path.join(dir, 'plan.xlsx');
    const { code, out: text } = await ikbot('plan', 'template', '--out', out);
    expect(code).toBe(0);
    expect(text).toMatch(/ikbot plan import/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['Instruktioner', 'Riskområden', 'Kontrollmoment', 'Enheter', 'Tilldelningar']),
    );
  });

  it('answers bad usage with exit code 2 and the usage line', async () => {
    const result = await ikbot('plan', 'export', '--format', 'yaml', '--out', path.join(dir, 'x.yaml'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--year/);
    expect(result.err).toMatch(/Usage: ikbot plan export/);
  });

  it('runs as the package bin: node bin/ikbot.js plan calendar', async () => {
    await ikbot('plan', 'import', fixture('vaggeryd-2025.xlsx'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'bin/ikbot.js'), 'plan', 'calendar', '--year', '2025'],
      { cwd: dir, env: { ...process.env, ...env }, timeout: 60_000 },
    );
    expect(stdout).toMatch(/Juni 2025\s+VAG25-R1-K1/);
    expect(stdout).toMatch(/VAG25-R2-K1 Rutin loggkontroll/);
  });
});
