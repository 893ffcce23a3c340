import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { freePort } from '../support/freePort';

const root = path.resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The Agents Playground (its CLI, as `npm run playground` starts it) pointed at a bot, on a port of its own. */
export async function startPlayground(
  botMessagesUrl: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/@microsoft/m365agentsplayground/cli.js'),
      'start',
      '--app-endpoint',
      botMessagesUrl,
      '--channel-id',
      'msteams',
      '--port',
      String(port),
      '--disable-telemetry',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Listening on ${port}`)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(
        new Error(`The playground exited (${code}) before listening; its output: ${output || '(none)'}`),
      ),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Headless Chromium as Debian ships it, with a fresh profile that is removed again. */
export async function startBrowser(): Promise<{ browser: Browser; stop(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ikbot-chromium-'));
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
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    stop: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** An element on the page (a card, a field). */
export type CardHandle = NonNullable<Awaited<ReturnType<Page['$']>>>;

/** The browser's globals, typed here: the project compiles without the DOM library. */
interface Node {
  innerText: string;
  value?: string;
  className: string;
  parentElement: Node | null;
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): ArrayLike<Node> & Iterable<Node>;
}
/** The chat as a person sees it in the playground: type, wait for what the bot answers, click, fill. */
export class PlaygroundChat {
  constructor(readonly page: Page) {}

  async send(text: string): Promise<void> {
    const box = await this.page.waitForSelector('[contenteditable="true"]');
    await box!.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Waits until the conversation shows `text` (a bot message or a card), the n-th time. */
  async waitForText(text: string, occurrences = 1, timeout = 30_000): Promise<void> {
    await this.page.waitForFunction(
      (wanted: string, count: number) =>
        (
          globalThis as unknown as { document: { body: { innerText: string } } }
        ).document.body.innerText.split(wanted).length -
          1 >=
        count,
      { timeout },
      text,
      occurrences,
    );
  }

  async cardCount(): Promise<number> {
    return this.page.$$eval('.ac-adaptiveCard', (cards) => cards.length);
  }

  /** Waits for a new card after `before` cards, and returns the newest. */
  async waitForCard(before: number, timeout = 30_000): Promise<CardHandle> {
    await this.page.waitForFunction(
      (count: number) =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('.ac-adaptiveCard').length > count,
      { timeout },
      before,
    );
    return this.lastCard();
  }

  async lastCard(): Promise<CardHandle> {
    const cards = await this.page.$$('.ac-adaptiveCard');
    return cards[cards.length - 1];
  }

  async text(card: CardHandle): Promise<string> {
    return card.evaluate((element) => (element as unknown as Node).innerText);
  }

  async clickButton(card: CardHandle, title: string): Promise<void> {
    const button = await card.$(`button[aria-label="${title}"]`);
    if (!button) throw new Error(`No button "${title}" on the card: ${await this.text(card)}`);
    await button.click();
  }

  /** The input of the field whose label starts with `label` (Fluent UI's Field: label, then control). */
  private async field(card: CardHandle, label: string, selector: string): Promise<CardHandle> {
    const handle = await card.evaluateHandle(
      (cardElement, wanted: string, inner: string) => {
        const element = cardElement as unknown as Node;
        const labels = [...element.querySelectorAll('label, [id$="__label"], .fui-Field__label')];
        for (const candidate of labels) {
          if (!candidate.innerText.trim().startsWith(wanted)) continue;
          for (let box = candidate.parentElement; box && box !== element; box = box.parentElement) {
            const found = box.querySelector(inner);
            if (found) return found;
          }
        }
        return null;
      },
      label,
      selector,
    );
    const input = handle.asElement() as CardHandle | null;
    if (!input) throw new Error(`No field "${label}" (${selector}) on the card: ${await this.text(card)}`);
    return input;
  }

  /** Types into a field and waits until the field holds the value (Fluent re-renders while typing). */
  async type(card: CardHandle, label: string, value: string): Promise<void> {
    const input = await this.field(card, label, 'input:not([type="radio"]), textarea');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await input.click({ count: 3 });
      await this.page.keyboard.type(value);
      const held = await input.evaluate((element) => (element as unknown as Node).value);
      if (held === value) return;
    }
    throw new Error(`The field "${label}" did not take "${value}"`);
  }

  /** Opens the date picker of a field and picks today, as a person clicks it. */
  async pickToday(card: CardHandle, label: string): Promise<void> {
    const input = await this.field(card, label, 'input');
    await input.click();
    const today = await this.page.waitForSelector('button.fui-CalendarDayGrid__dayIsToday');
    await today!.click();
  }

  async choose(card: CardHandle, label: string, choice: string): Promise<void> {
    const group = await this.field(card, label, '[role="radiogroup"]');
    const option = await group.evaluateHandle((groupElement, wanted: string) => {
      for (const radio of (groupElement as unknown as Node).querySelectorAll('input[type="radio"]')) {
        const text = radio.parentElement?.innerText.trim();
        if (text === wanted) return radio;
      }
      return null;
    }, choice);
    const radio = option.asElement() as CardHandle | null;
    if (!radio) throw new Error(`No choice "${choice}" for "${label}"`);
    // Scrolled into view and clicked where a person clicks; Fluent hides the native input under its label.
    await radio.evaluate((input) =>
      (input as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'center' }),
    );
    await radio.click();
    // React applies the choice after the click: wait for the radio to be checked.
    const checked = await this.page
      .waitForFunction(
        (groupElement, wanted: string) =>
          [...(groupElement as unknown as Node).querySelectorAll('input[type="radio"]')].some(
            (input) =>
              (input as unknown as { checked: boolean }).checked &&
              input.parentElement?.innerText.trim() === wanted,
          ),
        { timeout: 5000 },
        group,
        choice,
      )
      .then(
        () => true,
        () => false,
      );
    if (!checked) {
      const state = await group.evaluate((groupElement) =>
        [...(groupElement as unknown as Node).querySelectorAll('input[type="radio"]')]
          .map(
            (input) =>
              `${input.parentElement?.innerText.trim()}=${String((input as unknown as { checked: boolean }).checked)}`,
          )
          .join(', '),
      );
      throw new Error(`The choice "${choice}" for "${label}" did not stay selected (${state})`);
    }
  }
}
