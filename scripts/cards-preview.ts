/**
 * Renders every card template with its sample data (cards/<name>.data.json) through the official
 * Adaptive Cards JavaScript renderer in headless Chromium, with a Teams-like host config, and writes
 * cards/preview/<name>.png. Run with `npm run cards:preview`. Needs Debian's Chromium
 * (`apt-get install -y chromium`); set CHROMIUM_PATH to use another binary.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { CARD_NAMES } from '../src/cards/cardNames';
import { CARDS_DIR, expandTemplate } from '../src/cards/expandTemplate';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PREVIEW_DIR = path.join(CARDS_DIR, 'preview');
const AC_DIST = path.dirname(require.resolve('adaptivecards/dist/adaptivecards.js'));

/** Close to Teams' light theme: Segoe UI, Teams purple accent, 14 px body text. */
const TEAMS_HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Helvetica Neue', 'DejaVu Sans', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E1DFDD' },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        accent: { default: '#6264A7', subtle: '#8B8CC7' },
        good: { default: '#237B4B', subtle: '#2E8B57' },
        warning: { default: '#835C00', subtle: '#A67C00' },
        attention: { default: '#C4314B', subtle: '#D13438' },
      },
    },
    emphasis: { backgroundColor: '#F5F5F5' },
    accent: { backgroundColor: '#E8EBFA' },
    good: { backgroundColor: '#E7F2DA' },
    warning: { backgroundColor: '#FBF6D9' },
    attention: { backgroundColor: '#FCF4F6' },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16 },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
  },
  inputs: { label: { requiredInputs: { suffix: ' *', suffixColor: 'attention' }, optionalInputs: {} } },
  factSet: {
    title: { weight: 'bolder', wrap: true, maxWidth: 160 },
    value: { wrap: true },
    spacing: 10,
  },
};

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 24px; background: #F5F5F5; font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; }
  #card { width: 560px; background: #FFFFFF; border: 1px solid #E1DFDD; border-radius: 6px; overflow: hidden; }
  .ac-pushButton { background: #FFFFFF; border: 1px solid #D1D1D1; border-radius: 4px; padding: 6px 14px; font-weight: 600; color: #242424; }
  .ac-pushButton.style-positive { background: #6264A7; border-color: #6264A7; color: #FFFFFF; }
  .ac-input { font-family: inherit; font-size: 14px; border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 8px; }
</style></head><body><div id="card"></div></body></html>`;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`,
    );
  }
  mkdirSync(PREVIEW_DIR, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 640, height: 800, deviceScaleFactor: 1 });
    for (const name of CARD_NAMES) {
      const data = JSON.parse(readFileSync(path.join(CARDS_DIR, `${name}.data.json`), 'utf8')) as object;
      const card = expandTemplate(name, data);
      await page.setContent(PAGE);
      await page.addStyleTag({ path: path.join(AC_DIST, 'adaptivecards.css') });
      await page.addScriptTag({ path: path.join(AC_DIST, 'adaptivecards.js') });
      const problems = await page.evaluate(
        (cardJson, hostConfig) => {
          // Runs in the page; the project compiles without the DOM library, so the globals are typed here.
          const page = globalThis as unknown as {
            AdaptiveCards: typeof import('adaptivecards');
            document: { getElementById(id: string): { appendChild(node: unknown): void } | null };
          };
          const AC = page.AdaptiveCards;
          const adaptiveCard = new AC.AdaptiveCard();
          adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
          const context = new AC.SerializationContext(AC.Versions.v1_5);
          adaptiveCard.parse(cardJson, context);
          const rendered = adaptiveCard.render();
          if (rendered) page.document.getElementById('card')?.appendChild(rendered);
          const messages: string[] = [];
          for (let index = 0; index < context.eventCount; index++)
            messages.push(context.getEventAt(index).message);
          if (!rendered) messages.push('render() returned nothing');
          return messages;
        },
        card,
        TEAMS_HOST_CONFIG,
      );
      const element = await page.$('#card');
      if (!element) throw new Error(`${name}: the page has no #card element`);
      const file = path.join(PREVIEW_DIR, `${name}.png`);
      await element.screenshot({ path: file });
      console.log(
        `${name}: ${path.relative(process.cwd(), file)}${problems.length ? ` (renderer: ${problems.join('; ')})` : ''}`,
      );
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
