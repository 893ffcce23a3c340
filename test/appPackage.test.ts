import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import {
  fillPlaceholders,
  packageApp,
  PackageSettingsError,
  readPackageSettings,
} from '../scripts/package-app';

type Json = Record<string, unknown>;
type SchemaArgument = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
type ManifestArgument = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];

const appPackageDir = path.resolve(__dirname, '../appPackage');
const appId = '7d3c2b1a-9e8f-4a6b-8c5d-4e3f2a1b0c9d';
const botId = '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';
const env = { MICROSOFT_APP_ID: appId, BOT_ID: botId, IKBOT_PUBLIC_URL: 'https://ikbot.exempelby.se' };

// @microsoft/app-manifest requires strip-bom, which is ESM-only and which jest's CommonJS loader cannot load.
// Only the package's file readers use it, and these tests hand it parsed JSON.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const bundledSchemas = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
);

/** Validates offline against the package's bundled copy of the schema a document names (never the network). */
async function schemaErrors(document: Json, schemaUrl: string): Promise<string[]> {
  const suffix = /\/(json-schemas\/teams\/v[\d.]+\/[\w.]+\.json)$/.exec(schemaUrl)?.[1];
  if (!suffix) throw new Error(`${schemaUrl} is not a developer.microsoft.com Teams schema URL`);
  const schema = JSON.parse(readFileSync(path.join(bundledSchemas, suffix), 'utf8')) as Json;
  return AppManifestUtils.validateAgainstSchema(
    document as unknown as ManifestArgument,
    withoutBrokenPatterns(schema) as SchemaArgument,
  );
}

/**
 * The localization schema has key patterns (activities.activityTypes[...]) with an unescaped ']' that are
 * invalid as Unicode regular expressions, so ajv cannot compile the schema as published. Dropping those
 * patterns only makes validation stricter: such keys then count as unknown, and ikbot uses none of them.
 */
function withoutBrokenPatterns(schema: Json): Json {
  const patterns = schema.patternProperties as Json | undefined;
  if (!patterns) return schema;
  const compiles = (pattern: string): boolean => {
    try {
      new RegExp(pattern, 'u');
      return true;
    } catch {
      return false;
    }
  };
  return {
    ...schema,
    patternProperties: Object.fromEntries(Object.entries(patterns).filter(([pattern]) => compiles(pattern))),
  };
}

function readJson(fileName: string): Json {
  return JSON.parse(readFileSync(path.join(appPackageDir, fileName), 'utf8')) as Json;
}

describe('Teams app manifest', () => {
  const template = readFileSync(path.join(appPackageDir, 'manifest.json'), 'utf8');
  const { values } = readPackageSettings(env, '1.0.0');
  const manifest = JSON.parse(fillPlaceholders(template, values, 'manifest.json')) as Json;

  it('is valid against the bundled schema it names, once the ids are filled in', async () => {
    expect(manifest.$schema).toMatch(/^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.\d+\//);
    expect(await schemaErrors(manifest, manifest.$schema as string)).toEqual([]);
  });

  it('fails schema validation while a placeholder is left in an id (the check can fail)', async () => {
    const raw = JSON.parse(template) as Json;
    const errors = await schemaErrors(raw, raw.$schema as string);
    expect(errors.join('\n')).toMatch(/\/id /);
  });

  it('is Swedish first, with an English localization file valid against the localization schema, covering every command', async () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    const strings = readJson('en.json');
    expect(await schemaErrors(strings, strings.$schema as string)).toEqual([]);

    const bots = manifest.bots as {
      commandLists: { commands: { title: string }[] }[];
      supportsFiles: boolean;
    }[];
    const keys = bots[0].commandLists.flatMap((list, listIndex) =>
      list.commands.map((_command, index) => `bots[0].commandLists[${listIndex}].commands[${index}].title`),
    );
    expect(keys.filter((key) => typeof strings[key] !== 'string')).toEqual([]);
    const englishTitles = keys.map((key) => strings[key]);
    expect(englishTitles).toEqual(expect.arrayContaining(['help', 'my controls', 'reminders', 'away']));
    const swedishTitles = bots[0].commandLists.flatMap((list) =>
      list.commands.map((command) => command.title),
    );
    expect(swedishTitles).toEqual(
      expect.arrayContaining(['hjälp', 'mina kontroller', 'påminnelser', 'frånvarande']),
    );
    expect(bots[0].supportsFiles).toBe(true);
  });
});

describe('npm run package', () => {
  let workDir: string;
  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'ikbot-package-'));
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('writes a zip with manifest, icons and localization at its root, the ids filled in', async () => {
    const outFile = path.join(workDir, 'ikbot.zip');
    const result = await packageApp({ env, outFile });
    const zip = await JSZip.loadAsync(readFileSync(outFile));

    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const manifestText = await zip.file('manifest.json')!.async('string');
    const manifest = JSON.parse(manifestText) as Json;
    expect(manifest.id).toBe(appId);
    expect((manifest.bots as { botId: string }[])[0].botId).toBe(botId);
    expect(manifest.validDomains).toEqual(['ikbot.exempelby.se']);
    // The app details link to the pages the bot serves at its own address.
    expect(manifest.developer).toMatchObject({
      websiteUrl: 'https://ikbot.exempelby.se/',
      privacyUrl: 'https://ikbot.exempelby.se/privacy',
      termsOfUseUrl: 'https://ikbot.exempelby.se/terms',
    });
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const name of ['manifest.json', 'en.json']) {
      expect(await zip.file(name)!.async('string')).not.toContain('${{');
    }
    expect(await schemaErrors(manifest, manifest.$schema as string)).toEqual([]);
    expect(result.files).toHaveLength(4);

    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);

    const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let notWhite = 0;
    let visible = 0;
    for (let offset = 0; offset < outline.data.length; offset += 4) {
      const [red, green, blue, alpha] = outline.data.subarray(offset, offset + 4);
      if (alpha > 0) visible += 1;
      if (alpha > 0 && (red !== 255 || green !== 255 || blue !== 255)) notWhite += 1;
    }
    expect(notWhite).toBe(0);
    expect(visible).toBeGreaterThan(100); // a mark, not an empty square
    expect(visible).toBeLessThan(32 * 32); // and not a filled one
  });

  it('uses the app id as bot id and lists no empty domain when the optional settings are unset', async () => {
    const outFile = path.join(workDir, 'minimal.zip');
    const result = await packageApp({ env: { MicrosoftAppId: appId }, outFile });

    expect((result.manifest.bots as { botId: string }[])[0].botId).toBe(appId);
    expect(result.manifest.validDomains).toEqual([]);
    expect(result.warnings.join('\n')).toMatch(/IKBOT_PRIVACY_URL/);
    expect(await schemaErrors(result.manifest, result.manifest.$schema as string)).toEqual([]);
  });

  it('refuses a missing or malformed app id with a message that says what to set', async () => {
    await expect(packageApp({ env: {}, outFile: path.join(workDir, 'none.zip') })).rejects.toThrow(
      /MICROSOFT_APP_ID \(or MicrosoftAppId\) is not set/,
    );
    expect(() =>
      readPackageSettings({ MICROSOFT_APP_ID: 'my-bot', IKBOT_PUBLIC_URL: 'https://a b' }, '1.0.0'),
    ).toThrow(PackageSettingsError);
    try {
      readPackageSettings(
        { MICROSOFT_APP_ID: 'my-bot', IKBOT_PUBLIC_URL: 'ikbot.exempelby.se/api' },
        '1.0.0',
      );
    } catch (error) {
      expect((error as PackageSettingsError).problems).toEqual([
        expect.stringContaining('"my-bot" is not a GUID'),
        expect.stringContaining('IKBOT_PUBLIC_URL'),
      ]);
    }
    expect.assertions(3);
  });
});
