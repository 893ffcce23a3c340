import type { Page } from 'puppeteer-core';
import { controlIndex } from '../../src/domain/plan/controlIndex';
import { localDateOf } from '../../src/domain/schedule/localDateOf';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { parsePlanText } from '../../src/planFiles';
import { demoPlanYaml } from '../../scripts/demoPlan';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { PlaygroundChat, startBrowser, startPlayground } from './playground';

/** The playground's tenant and current user (.m365agentsplayground.yml): Erik Olsson performs the demo plan's controls. */
const PLAYGROUND_TENANT = '7d3f2a10-5b6c-4e8d-9f01-2a3b4c5d6e7f';
const ERIK = 'b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30';

/**
 * Issue 14 item 16: the flows a user clicks, in Microsoft's own Teams emulator (the Agents Playground,
 * Teams' Adaptive Card renderer, real Teams activities and invokes) against the real bot on the
 * embedded database: welcome, my controls, open, submit with errors, submit, summary, status.
 */
describe('ikbot in the Microsoft 365 Agents Playground', () => {
  let bot: TestBot;
  let playground: Awaited<ReturnType<typeof startPlayground>>;
  let browser: Awaited<ReturnType<typeof startBrowser>>;
  let page: Page;
  let chat: PlaygroundChat;
  let today: string;

  beforeAll(async () => {
    bot = await startTestBot({
      label: 'playground',
      env: { IKBOT_ALLOWED_TENANTS: PLAYGROUND_TENANT, IKBOT_ADMINS: ERIK },
    });
    today = localDateOf(bot.app.services.now(), 'Europe/Stockholm');
    const parsed = parsePlanText(demoPlanYaml(Number(today.slice(0, 4))), 'yaml', 'plan-demo.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { plans, occasions } = bot.app.services;
    const at = bot.app.services.now();
    await plans.save(parsed.plan, 'test', at);
    const index = controlIndex(parsed.plan);
    await occasions.sync(
      parsed.plan.id,
      occasionsOf(parsed.plan),
      (id) => index.get(id)?.riskArea.id ?? '',
      at,
    );
    playground = await startPlayground(`${bot.app.url}/api/messages`);
    browser = await startBrowser();
    page = await browser.browser.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    chat = new PlaygroundChat(page);
  });
  afterAll(async () => {
    await browser?.stop();
    await playground?.stop();
    await bot?.stop();
  });

  it('welcomes Erik on install, in Swedish as the plan says', async () => {
    await page.goto(playground.url, { waitUntil: 'networkidle0' });
    await chat.waitForText('Jag är **ikbot**'.replace(/\*\*/g, ''));
    await chat.waitForText('mina kontroller');
  });

  it('"mina kontroller" lists the controls to do, and "Visa" opens one as a new message, the list kept', async () => {
    const before = await chat.cardCount();
    await chat.send('mina kontroller');
    const list = await chat.waitForCard(before);
    expect(await chat.text(list)).toMatch(/Mina kontroller[\s\S]*Att göra: \d+ · varav försenade: \d+/);
    await chat.clickButton(list, 'Visa');
    const card = await chat.waitForCard(before + 1);
    expect(await chat.text(card)).toMatch(/Loggkontroll/);
    expect(await chat.text(card)).toMatch(/Skicka in resultat/);
    // The list is still there, with its buttons.
    const lists = await page.$$eval(
      '.ac-adaptiveCard',
      (cards) =>
        cards.filter((c) => (c as unknown as { innerText: string }).innerText.includes('Mina kontroller'))
          .length,
    );
    expect(lists).toBe(1);
  });

  it('refuses to submit with required answers missing, keeping what was entered', async () => {
    const card = await chat.lastCard();
    await chat.type(card, 'Iakttagelser', 'Alla loggar granskade.');
    await chat.clickButton(card, 'Skicka in resultat');
    await chat.waitForText('Välj ett svar.');
    const stored = await bot.app.services.occasions.find({
      planId: `DEMO-${today.slice(0, 4)}`,
      statuses: ['answered'],
    });
    expect(stored).toEqual([]);
    expect(await chat.text(await chat.lastCard())).not.toMatch(/Registrerad av/);
    const kept = await (
      await chat.lastCard()
    ).$$eval('textarea', (areas) => areas.map((a) => (a as unknown as { value: string }).value));
    expect(kept).toContain('Alla loggar granskade.');
  });

  it('stores a complete answer and shows the read-only summary', async () => {
    const card = await chat.lastCard();
    await chat.choose(card, 'Loggkontroll utifrån rutin är genomförd', 'Ja');
    await chat.choose(card, 'Bedömning', 'Godkänd');
    await chat.type(card, 'Andel signerade logglistor', '95');
    await chat.type(card, 'Antal otillåtna åtkomster', '0');
    await chat.type(card, 'Antal avvikelser', '0');
    await chat.pickToday(card, 'Kontrollen utfördes');
    await chat.clickButton(card, 'Skicka in resultat');
    await chat.waitForText('Registrerad av Erik Olsson');
    const summary = await chat.text(await chat.lastCard());
    expect(summary).toMatch(/Godkänd/);
    expect(summary).toMatch(/95\s%/);
    const answered = await bot.app.services.occasions.find({
      planId: `DEMO-${today.slice(0, 4)}`,
      statuses: ['answered'],
    });
    expect(answered).toHaveLength(1);
    expect(answered[0].result?.result).toMatchObject({
      kind: 'performed',
      assessment: 'godkand',
      performedOn: today,
    });
  });

  it('"status" shows the leadership digest with the answer counted', async () => {
    const before = await chat.cardCount();
    await chat.send('status');
    const digest = await chat.waitForCard(before);
    const text = await chat.text(digest);
    expect(text).toMatch(/Intern kontroll – lägesrapport/);
    expect(text).toMatch(/Genomförda\s+1 av \d+/);
  });
});
