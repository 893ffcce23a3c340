import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Attachment } from 'botbuilder';
import { readConfig } from '../../src/config/readConfig';
import { storeSeed } from '../reports/seedResults';
import type { Activity } from '../support/activities';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { outsider, performer } from '../support/testUsers';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Upload {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Stands in for the OneDrive upload session: records each PUT, answers with the status given. */
async function startUploadServer(): Promise<{
  url: string;
  uploads: Upload[];
  answer: { status: number };
  close(): Promise<void>;
}> {
  const uploads: Upload[] = [];
  const answer = { status: 201 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      uploads.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'file-1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    uploads,
    answer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function tableHeader(buffer: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Uppföljning');
  if (!sheet) throw new Error('No sheet Uppföljning');
  let header: string[] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => String(v ?? ''));
    if (values[0] === 'Riskområde' && values[1] === 'S') header = values;
  });
  return header;
}

async function cellTexts(buffer: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.getWorksheet('Uppföljning')?.eachRow((row) => {
    for (const value of (row.values as unknown[]).slice(1)) texts.push(String(value ?? ''));
  });
  return texts;
}

/** The messages the bot sent (typing indicators left out). */
const messages = (bot: TestBot) => bot.connector.sent().filter((s) => s.activity.type === 'message');

describe('rapport/report: the follow-up report in the chat', () => {
  let bot: TestBot;
  let upload: Awaited<ReturnType<typeof startUploadServer>>;

  const consentInvoke = (
    action: 'accept' | 'decline',
    context: unknown,
    uploadUrl: string,
    locale = 'sv-SE',
  ): Activity => ({
    ...bot.activities.adaptiveCardAction({ verb: 'unused', user: performer, locale }),
    name: 'fileConsent/invoke',
    value: {
      type: 'fileUpload',
      action,
      context,
      uploadInfo: {
        name: 'Uppfoljning-VAG-SOF-2025-2025.xlsx',
        uploadUrl,
        contentUrl: 'https://contoso-my.sharepoint.com/personal/erik/Documents/Uppfoljning.xlsx',
        uniqueId: 'C4F6A2D1-9B7E-4F3A-8C2D-1E5B7A9C0D3F',
        fileType: 'xlsx',
      },
    },
  });

  beforeAll(async () => {
    bot = await startTestBot({ label: 'report', now: '2026-02-10T09:00:00Z' });
    await storeSeed(bot.app.database.db, 'VAG-SOF-2025', new Date('2025-12-20T08:00:00Z'));
    upload = await startUploadServer();
  });
  afterAll(async () => {
    await upload.close();
    await bot.stop();
  });
  beforeEach(() => {
    bot.connector.reset();
    upload.uploads.length = 0;
    upload.answer.status = 201;
  });

  it('in a personal chat sends a file consent card, and on accept uploads a current xlsx and shows it', async () => {
    await bot.post(bot.activities.message({ text: 'rapport 2025', user: performer }));
    const card = bot.connector
      .sent()
      .flatMap((s) => s.activity.attachments ?? [])
      .find((a: Attachment) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
    expect(card).toBeDefined();
    const content = card!.content as {
      description: string;
      sizeInBytes: number;
      acceptContext: unknown;
      declineContext: unknown;
    };
    expect(card!.name).toBe('Uppfoljning-VAG-SOF-2025-2025.xlsx');
    expect(content.sizeInBytes).toBeGreaterThan(5_000);
    expect(content.description).toMatch(/Uppföljning av intern kontroll 2025/);
    expect(content.acceptContext).toEqual({ year: 2025, format: 'xlsx', planId: 'VAG-SOF-2025' });

    // Written after the card was sent: the uploaded file is generated at accept time, so it has it.
    const stored = await bot.app.services.plans.findById('VAG-SOF-2025');
    const control = stored!.plan.riskAreas[0].controls[0];
    await bot.app.services.reports.source.saveEvaluation({
      planId: 'VAG-SOF-2025',
      year: 2025,
      subjectId: control.id,
      kind: 'control',
      evaluation: 'Godkänd',
      comment: 'Skrivet efter att kortet skickades.',
    });

    bot.connector.reset();
    const response = await bot.post(
      consentInvoke('accept', content.acceptContext, `${upload.url}/upload/session-1`),
    );
    expect(response.status).toBe(200);
    expect(upload.uploads).toHaveLength(1);
    const [put] = upload.uploads;
    expect(put.url).toBe('/upload/session-1');
    expect(put.headers['content-range']).toBe(`bytes 0-${put.body.length - 1}/${put.body.length}`);
    expect(Number(put.headers['content-length'])).toBe(put.body.length);
    expect(await tableHeader(put.body)).toEqual(
      expect.arrayContaining(['Riskområde', 'Kontrollmoment', 'Utvärdering', 'Kommentar']),
    );
    expect(await cellTexts(put.body)).toContain('Skrivet efter att kortet skickades.');
    const replaced = bot.connector.calls.filter((call) => call.operation === 'update');
    expect(replaced.map((call) => call.activity?.text)).toEqual([
      expect.stringMatching(/Du valde att spara uppföljningsrapporten för 2025/),
    ]);
    const [info] = bot.connector.sent();
    expect(info.activity.text).toMatch(/Uppfoljning-VAG-SOF-2025-2025\.xlsx är sparad i din OneDrive/);
    expect(info.activity.attachments?.[0]).toEqual({
      contentType: 'application/vnd.microsoft.teams.card.file.info',
      contentUrl: 'https://contoso-my.sharepoint.com/personal/erik/Documents/Uppfoljning.xlsx',
      name: 'Uppfoljning-VAG-SOF-2025-2025.xlsx',
      content: { uniqueId: 'C4F6A2D1-9B7E-4F3A-8C2D-1E5B7A9C0D3F', fileType: 'xlsx' },
    });
  });

  it('report 2025 docx asks consent for a Word file', async () => {
    await bot.post(bot.activities.message({ text: 'report 2025 word', user: performer, locale: 'en-US' }));
    const [sent] = messages(bot);
    expect(sent.activity.text).toMatch(/Here is the follow-up report for 2025/);
    const card = sent.activity.attachments?.[0];
    expect(card?.name).toBe('Uppfoljning-VAG-SOF-2025-2025.docx');
    expect((card?.content as { acceptContext: unknown }).acceptContext).toEqual({
      year: 2025,
      format: 'docx',
      planId: 'VAG-SOF-2025',
    });
  });

  it('decline says the report was not sent and uploads nothing', async () => {
    const context = { year: 2025, format: 'xlsx', planId: 'VAG-SOF-2025' };
    const response = await bot.post(consentInvoke('decline', context, `${upload.url}/upload/never`));
    expect(response.status).toBe(200);
    expect(upload.uploads).toHaveLength(0);
    const [sent] = bot.connector.sent();
    expect(sent.activity.text).toMatch(/rapporten skickades inte\. Skriv \*\*rapport 2025\*\*/);
    // The consent card is replaced, so it cannot be answered again (issue 14 item 10).
    const update = bot.connector.calls.find((call) => call.operation === 'update');
    expect(update?.activityId).toBe(consentInvoke('decline', context, '').replyToId);
    expect(update?.activity?.attachments ?? []).toEqual([]);
    expect(update?.activity?.text).toMatch(/Du tackade nej till uppföljningsrapporten för 2025/);
  });

  it('a failed upload says so and what to do', async () => {
    upload.answer.status = 500;
    const context = { year: 2025, format: 'xlsx', planId: 'VAG-SOF-2025' };
    const response = await bot.post(consentInvoke('accept', context, `${upload.url}/upload/broken`));
    expect(response.status).toBe(200);
    expect(upload.uploads).toHaveLength(1);
    const [sent] = bot.connector.sent();
    expect(sent.activity.text).toMatch(
      /kunde inte sparas i din OneDrive\. Försök igen med \*\*rapport 2025\*\*/,
    );
    expect(sent.activity.attachments ?? []).toEqual([]);
  });

  it('in a channel answers with a download link that serves the xlsx; unknown and expired tokens do not', async () => {
    await bot.post(bot.activities.message({ text: 'report 2025', conversation: 'channel', user: performer }));
    const [sent] = messages(bot);
    expect(sent.activity.attachments ?? []).toEqual([]);
    const link = /\((http:\/\/localhost:\d+\/api\/reports\/[A-Za-z0-9_-]{43})\)/.exec(
      sent.activity.text ?? '',
    );
    expect(link).not.toBeNull();
    expect(sent.activity.text).toMatch(/Länken fungerar i en timme/);
    const url = link![1].replace('localhost', '127.0.0.1');
    expect(url.startsWith(`${bot.app.url}/api/reports/`)).toBe(true);

    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe(XLSX);
    expect(download.headers.get('content-disposition')).toMatch(
      /attachment; filename="Uppfoljning-VAG-SOF-2025-2025\.xlsx"/,
    );
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(await tableHeader(bytes)).toContain('Riskområde');

    const unknown = await fetch(`${bot.app.url}/api/reports/${'A'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toMatch(/Länken till rapporten är okänd/);
    expect((await fetch(`${bot.app.url}/api/reports/short`)).status).toBe(404);

    // An hour and a minute later the link has expired: 410, and the stored file is deleted.
    const token = url.slice(url.lastIndexOf('/') + 1);
    bot.setNow('2026-02-10T10:01:00Z');
    try {
      const expired = await fetch(url);
      expect(expired.status).toBe(410);
      expect(await expired.text()).toMatch(/har gått ut/);
      expect(await bot.app.services.reports.downloads.find(token)).toBeNull();
    } finally {
      bot.setNow('2026-02-10T09:00:00Z');
    }
  });

  it('a new link deletes expired downloads', async () => {
    const { downloads } = bot.app.services.reports;
    await downloads.save({
      token: 'B'.repeat(43),
      fileName: 'old.xlsx',
      contentType: XLSX,
      content: Buffer.from('old'),
      planId: 'VAG-SOF-2025',
      year: 2025,
      createdAt: new Date('2026-02-10T07:00:00Z'),
      expiresAt: new Date('2026-02-10T08:00:00Z'),
    });
    await bot.post(
      bot.activities.message({ text: 'rapport 2025', conversation: 'groupChat', user: performer }),
    );
    expect(messages(bot)[0]?.activity.text ?? '').toMatch(/\/api\/reports\//);
    expect(await downloads.find('B'.repeat(43))).toBeNull();
  });

  it('a year without a plan, a bad year and a bad format get clear messages', async () => {
    await bot.post(bot.activities.message({ text: 'rapport 2031', user: performer }));
    await bot.post(bot.activities.message({ text: 'report 2031', user: performer, locale: 'en-US' }));
    await bot.post(bot.activities.message({ text: 'rapport förra', user: performer }));
    await bot.post(bot.activities.message({ text: 'rapport 2025 pdf', user: performer }));
    const texts = messages(bot).map((s) => s.activity.text);
    expect(texts).toEqual([
      expect.stringMatching(/ingen internkontrollplan för 2031.*Skriv \*\*plan\*\*/),
      expect.stringMatching(/no internal-control plan for 2031.*Type \*\*plan\*\*/),
      expect.stringMatching(/”förra” är inget år/),
      expect.stringMatching(/Formatet ”pdf” känner jag inte igen/),
    ]);
  });

  it('someone from another tenant gets nothing', async () => {
    await bot.post(bot.activities.message({ text: 'rapport 2025', user: outsider }));
    const sent = bot.connector.sent();
    expect(sent.flatMap((s) => s.activity.attachments ?? [])).toEqual([]);
    expect(JSON.stringify(sent)).not.toMatch(/api\/reports/);
  });

  it('the help text lists the command', async () => {
    await bot.post(bot.activities.message({ text: 'hjälp', user: performer }));
    expect(messages(bot)[0].activity.text).toMatch(/\*\*rapport 2025\*\* eller \*\*rapport 2025 word\*\*/);
    // Word files open as documents too: the docx path through the link.
    bot.connector.reset();
    await bot.post(
      bot.activities.message({ text: 'rapport 2025 docx', conversation: 'channel', user: performer }),
    );
    const link = /\((http:\/\/localhost:\d+\/api\/reports\/[A-Za-z0-9_-]{43})\)/.exec(
      messages(bot)[0].activity.text ?? '',
    );
    const docx = await fetch(link![1].replace('localhost', '127.0.0.1'));
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Riskområde');
  });
});

describe('IKBOT_PUBLIC_URL', () => {
  it('is an https URL when set, without a trailing slash; anything else is a clear configuration error', () => {
    expect(readConfig({}).publicUrl).toBeUndefined();
    const credentials = {
      MicrosoftAppId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '7d1c3a5e-2f4b-4c6d-9e8f-0a1b2c3d4e5f',
    };
    expect(readConfig({ ...credentials, IKBOT_PUBLIC_URL: 'https://ikbot.example.se/' }).publicUrl).toBe(
      'https://ikbot.example.se',
    );
    expect(() => readConfig({ IKBOT_PUBLIC_URL: 'http://ikbot.example.se' })).toThrow(
      /IKBOT_PUBLIC_URL="http:\/\/ikbot.example.se" is not an https URL/,
    );
  });
});
