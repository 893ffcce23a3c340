import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { executeActions, texts } from '../cards/cardTree';
import { disguisedExe, evidencePdf, evidencePng } from '../evidence/evidenceSamples';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { performer, type TestUser } from '../support/testUsers';
import { approvedAnswer, bystander, installPlan, invokeCard, JUNE, NOW } from './controlCardSetup';

const LINK = /\((http:\/\/localhost:\d+\/api\/evidence\/[A-Za-z0-9_-]{43})\)/g;

describe('evidence files (underlag) through the fake Bot Connector, stored in GridFS', () => {
  let bot: TestBot;

  beforeAll(async () => {
    // A 1 MB limit, so the oversized file stays small for the test.
    bot = await startTestBot({ label: 'evidence', now: NOW, env: { IKBOT_EVIDENCE_MAX_MB: '1' } });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(async () => {
    bot.setNow(NOW);
    bot.connector.reset();
    await installPlan(bot);
    for (const name of [
      'evidenceFiles',
      'evidenceLinks',
      'evidenceUploads',
      'evidence.files',
      'evidence.chunks',
    ])
      await bot.app.database.db.collection(name).deleteMany({});
  });

  const invoke = (user: TestUser, verb: string, data: Record<string, unknown>) =>
    bot.post(bot.activities.adaptiveCardAction({ user, verb, data }));
  const lastText = () => {
    const sent = bot.connector.sent();
    return String(sent[sent.length - 1]?.activity.text ?? '');
  };
  async function sendFile(name: string, content: Buffer, user: TestUser = performer): Promise<string> {
    const served = bot.connector.serveFile(name, content);
    const response = await bot.post(bot.activities.fileMessage({ user, file: { name, ...served } }));
    expect(response.status).toBe(200);
    return lastText();
  }
  const storedCounts = async () => ({
    records: await bot.app.database.db.collection('evidenceFiles').countDocuments(),
    gridFsFiles: await bot.app.database.db.collection('evidence.files').countDocuments(),
  });

  it('attaches a PDF and an image after "Bifoga underlag", lists them on the summary card and serves them back byte-identical', async () => {
    const opened = invokeCard(await invoke(performer, 'refreshCard', { occasionId: JUNE }));
    expect(texts(opened)).toContain('Underlag');
    expect(texts(opened)).toContain('Inget underlag bifogat.');
    const attach = executeActions(opened).find((action) => action.verb === 'attachEvidence');
    expect(attach).toMatchObject({ data: { occasionId: JUNE }, associatedInputs: 'none' });

    const pressed = await invoke(performer, 'attachEvidence', { occasionId: JUNE });
    // A message answer: the card stays as it is, with anything typed into it.
    expect(pressed.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    expect(lastText()).toMatch(/^Skicka filen här i chatten nu .* högst 1 MB\.$/s);

    expect(await sendFile('loglista juni.pdf', evidencePdf)).toMatch(
      /^Underlaget loglista juni\.pdf är bifogat till CT-K1 /,
    );
    expect(await sendFile('skärmbild.png', evidencePng)).toMatch(/^Underlaget skärmbild\.png är bifogat/);

    const summary = invokeCard(
      await invoke(performer, 'submitResult', { occasionId: JUNE, version: 0, ...approvedAnswer() }),
    );
    const lines = texts(summary).filter((text) => text.includes('/api/evidence/'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\[loglista juni\.pdf\]\(http:\/\/localhost:\d+\/api\/evidence\/[A-Za-z0-9_-]{43}\) \(1 kB\), Erik Olsson 2025-07-03 12:00 CEST$/,
    );
    expect(lines[1]).toMatch(/^\[skärmbild\.png\]/);

    const urls = lines.map((line) => new URL([...line.matchAll(LINK)][0][1]));
    const pdf = await fetch(`${bot.app.url}${urls[0].pathname}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain("filename*=UTF-8''loglista%20juni.pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).equals(evidencePdf)).toBe(true);
    const png = await fetch(`${bot.app.url}${urls[1].pathname}`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).equals(evidencePng)).toBe(true);

    const audit = await bot.app.services.audit.forSubject(JUNE);
    expect(
      audit.filter((entry) => entry.action === 'evidence.attached').map((entry) => entry.details.fileName),
    ).toEqual(['loglista juni.pdf', 'skärmbild.png']);
    expect(await storedCounts()).toEqual({ records: 2, gridFsFiles: 2 });

    // The follow-up report lists them under the area's "Underlag" with links that serve the same bytes.
    await bot.post(
      bot.activities.message({ text: 'rapport 2025', conversation: 'channel', user: performer }),
    );
    const reportLink = /\((http:\/\/localhost:\d+\/api\/reports\/[A-Za-z0-9_-]{43})\)/.exec(lastText());
    expect(reportLink).not.toBeNull();
    const report = await fetch(`${bot.app.url}${new URL(reportLink![1]).pathname}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await report.arrayBuffer()) as never);
    const rows: string[][] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))),
      ),
    );
    const underlag = rows.findIndex((row) => row[0] === 'Underlag');
    expect(underlag).toBeGreaterThan(0);
    expect(rows[underlag + 1]).toEqual(['Kontrollmoment', 'Enhet', 'Period', 'Fil', 'Bifogad av', 'Länk']);
    const fileRows = rows.slice(underlag + 2, underlag + 4);
    expect(fileRows.map((row) => [row[3], row[4]])).toEqual([
      ['loglista juni.pdf', 'Erik Olsson 2025-07-03'],
      ['skärmbild.png', 'Erik Olsson 2025-07-03'],
    ]);
    const fromReport = await fetch(`${bot.app.url}${new URL(fileRows[0][5]).pathname}`);
    expect(Buffer.from(await fromReport.arrayBuffer()).equals(evidencePdf)).toBe(true);
    const imageFromReport = await fetch(`${bot.app.url}${new URL(fileRows[1][5]).pathname}`);
    expect(Buffer.from(await imageFromReport.arrayBuffer()).equals(evidencePng)).toBe(true);
  });

  it('refuses an oversized file and an .exe renamed .pdf with a message, storing nothing', async () => {
    await invoke(performer, 'attachEvidence', { occasionId: JUNE });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(1024 * 1024 + 10)]);
    expect(await sendFile('stor.pdf', big)).toBe(
      'stor.pdf är större än 1 MB och sparades inte. Minska filen (till exempel spara PDF:en med lägre upplösning) och skicka den igen.',
    );
    expect(await sendFile('loglista.pdf', disguisedExe)).toMatch(
      /^loglista\.pdf sparades inte: innehållet är inte PDF, PNG, JPEG, Word \(docx\), Excel \(xlsx\), text eller CSV\./,
    );
    expect(await storedCounts()).toEqual({ records: 0, gridFsFiles: 0 });
    expect(
      (await bot.app.services.audit.forSubject(JUNE)).some((entry) => entry.action.startsWith('evidence.')),
    ).toBe(false);
  });

  it('refuses a file that states no length and passes the limit while it streams, and one that breaks off, leaving no chunks', async () => {
    // A sender without Content-Length (chunked): the size is only known as the bytes arrive, after
    // the first ones have already gone to GridFS.
    const sender = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/pdf' });
      res.write('%PDF-1.4\n');
      const piece = randomBytes(64 * 1024);
      let sent = 0;
      const more = () => {
        if (req.url === '/broken.pdf' && sent >= 512 * 1024) return res.destroy();
        if (sent > 1.5 * 1024 * 1024) return res.end();
        sent += piece.length;
        if (res.write(piece)) setImmediate(more);
        else res.once('drain', more);
      };
      more();
    });
    await new Promise<void>((resolve) => sender.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(sender.address() as AddressInfo).port}`;
    const send = async (name: string) => {
      const file = { name, downloadUrl: `${base}/${name}`, uniqueId: name, fileType: 'pdf' };
      expect((await bot.post(bot.activities.fileMessage({ user: performer, file }))).status).toBe(200);
      return lastText();
    };
    try {
      await invoke(performer, 'attachEvidence', { occasionId: JUNE });
      expect(await send('stor.pdf')).toMatch(/^stor\.pdf är större än 1 MB och sparades inte\./);
      expect(await send('broken.pdf')).toBe(
        'Jag kunde inte hämta broken.pdf från Teams, så inget sparades. Försök skicka filen igen om en stund.',
      );
    } finally {
      sender.closeAllConnections();
      sender.close();
    }
    expect(await storedCounts()).toEqual({ records: 0, gridFsFiles: 0 });
    expect(await bot.app.database.db.collection('evidence.chunks').countDocuments()).toBe(0);
  });

  it('lets only participants attach, and a removed file leaves the card and its link, audited', async () => {
    const refused = await invoke(bystander, 'attachEvidence', { occasionId: JUNE });
    expect(refused.body).toMatchObject({ value: expect.stringMatching(/^Bara utföraren/) });
    expect(
      await bot.app.services.evidence.repository.pendingUpload(bystander.aadObjectId, new Date(NOW)),
    ).toBeNull();

    await invoke(performer, 'attachEvidence', { occasionId: JUNE });
    await sendFile('lista.csv', Buffer.from('enhet;antal\nIFO;12\n'));
    const card = invokeCard(await invoke(performer, 'refreshCard', { occasionId: JUNE }));
    const remove = executeActions(card).find((action) => action.verb === 'removeEvidence');
    const link = [...texts(card).join('\n').matchAll(LINK)][0][1];
    const after = invokeCard(
      await invoke(performer, 'removeEvidence', remove?.data as Record<string, unknown>),
    );
    expect(texts(after)).toContain(
      'Underlaget lista.csv är borttaget från kontrollen (det finns kvar i loggen).',
    );
    expect(texts(after)).toContain('Inget underlag bifogat.');
    expect((await fetch(`${bot.app.url}${new URL(link).pathname}`)).status).toBe(404);
    const audit = await bot.app.services.audit.forSubject(JUNE);
    expect(audit.map((entry) => entry.action)).toEqual(['evidence.attached', 'evidence.removed']);
    // The bytes stay for the audit trail: nothing is deleted or overwritten.
    expect(await storedCounts()).toEqual({ records: 1, gridFsFiles: 1 });
  });

  it('without "Bifoga underlag" a file from a non-administrator is not taken as evidence', async () => {
    await sendFile('loglista.pdf', evidencePdf);
    expect(await storedCounts()).toEqual({ records: 0, gridFsFiles: 0 });
  });
});
