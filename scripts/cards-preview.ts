/**
 * Renders every card template, digests included, with its sample data (cards/<name>.data.json)
 * through the official Adaptive Cards JavaScript renderer in headless Chromium, with Teams' host
 * config (purple primary buttons, markdown bold), at laptop and phone width and in the light and dark
 * theme, and writes cards/preview/<name>.<laptop|phone>.<light|dark>.png. Run with
 * `npm run cards:preview`. Needs Debian's Chromium (`apt-get install -y chromium`); set
 * CHROMIUM_PATH to use another binary.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { CardName } from '../src/cards/cardNames';
import type { DigestCardName } from '../src/cards/digestCardNames';
import { CARDS_DIR, expandTemplate } from '../src/cards/expandTemplate';
import { PREVIEW_WIDTHS, previewCases } from './preview/previewCases';
import { markdownToHtml, previewPageHtml, teamsHostConfig } from './preview/teamsHostConfig';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PREVIEW_DIR = path.join(CARDS_DIR, 'preview');
const AC_DIST = path.dirname(require.resolve('adaptivecards/dist/adaptivecards.js'));

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
    await page.setViewport({ width: 1000, height: 800, deviceScaleFactor: 1 });
    const markdownSource = `(${markdownToHtml.toString()})`;
    for (const preview of previewCases()) {
      const name = preview.card as CardName | DigestCardName;
      const data = JSON.parse(readFileSync(path.join(CARDS_DIR, `${name}.data.json`), 'utf8')) as object;
      const card = expandTemplate(name, data);
      await page.setContent(previewPageHtml(preview.theme, PREVIEW_WIDTHS[preview.width]));
      await page.addStyleTag({ path: path.join(AC_DIST, 'adaptivecards.css') });
      await page.addScriptTag({ path: path.join(AC_DIST, 'adaptivecards.js') });
      const problems = await page.evaluate(
        (cardJson, hostConfig, markdown) => {
          // Runs in the page; the project compiles without the DOM library, so the globals are typed here.
          const page = globalThis as unknown as {
            AdaptiveCards: typeof import('adaptivecards');
            document: { getElementById(id: string): { appendChild(node: unknown): void } | null };
          };
          const AC = page.AdaptiveCards;
          const toHtml = (0, eval)(markdown) as (text: string) => string;
          AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
            result.outputHtml = toHtml(text);
            result.didProcess = true;
          };
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
        teamsHostConfig(preview.theme),
        markdownSource,
      );
      const element = await page.$('#card');
      if (!element) throw new Error(`${name}: the page has no #card element`);
      const file = path.join(PREVIEW_DIR, preview.file);
      await element.screenshot({ path: file });
      console.log(
        `${path.relative(process.cwd(), file)}${problems.length ? ` (renderer: ${problems.join('; ')})` : ''}`,
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
