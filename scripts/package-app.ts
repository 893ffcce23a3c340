/**
 * Builds the Teams app package that an admin uploads (Teams admin center → Manage apps → Upload) or a
 * developer sideloads: appPackage/build/ikbot.zip with manifest.json, the icons and the localization
 * files at the zip's root. `${{NAME}}` placeholders in the JSON files are filled from the environment.
 *
 *   MICROSOFT_APP_ID (or MicrosoftAppId)   required, a GUID: the Azure Bot's Application (client) ID
 *   BOT_ID                                 optional, defaults to the app id
 *   IKBOT_PUBLIC_URL                       optional, the bot's public https address (the same setting the bot
 *                                          uses for links): its host goes into validDomains, and the app
 *                                          details link to the pages the bot serves there (/, /privacy, /terms)
 *   IKBOT_APP_VERSION                      optional, defaults to package.json's version; raise it for every upload
 *   IKBOT_DEVELOPER_NAME, IKBOT_WEBSITE_URL, IKBOT_PRIVACY_URL, IKBOT_TERMS_URL   optional, shown in the app details
 *
 * Read from the environment and from .env in the project folder (the environment wins), as the bot does.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { loadEnv } from '../src/config/readConfig';

const guid = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const hostname =
  /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export class PackageSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot build the Teams app package:\n  - ${problems.join('\n  - ')}`);
    this.name = 'PackageSettingsError';
  }
}

export interface PackageSettings {
  /** Placeholder name → value; an empty value removes the entry from validDomains. */
  values: Record<string, string>;
  /** Settings that fell back to a default the organisation should replace before publishing. */
  warnings: string[];
}

function setting(env: NodeJS.ProcessEnv, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Reads and checks every setting, and reports all problems at once. */
export function readPackageSettings(env: NodeJS.ProcessEnv, defaultVersion: string): PackageSettings {
  const problems: string[] = [];
  const warnings: string[] = [];

  const appId = setting(env, 'MICROSOFT_APP_ID', 'MicrosoftAppId');
  if (!appId) {
    problems.push(
      'MICROSOFT_APP_ID (or MicrosoftAppId) is not set: set it to the Application (client) ID of the Azure Bot registration.',
    );
  } else if (!guid.test(appId)) {
    problems.push(
      `MICROSOFT_APP_ID "${appId}" is not a GUID: copy the Application (client) ID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) from the Azure Bot registration.`,
    );
  }
  const botId = setting(env, 'BOT_ID') ?? appId ?? '';
  if (setting(env, 'BOT_ID') && !guid.test(botId)) {
    problems.push(
      `BOT_ID "${botId}" is not a GUID: leave it unset to use the app id, or give the bot's Microsoft App ID.`,
    );
  }

  if (setting(env, 'IKBOT_PUBLIC_HOSTNAME')) {
    problems.push(
      "IKBOT_PUBLIC_HOSTNAME is no longer read: set IKBOT_PUBLIC_URL to the bot's address instead, e.g. IKBOT_PUBLIC_URL=https://ikbot.exempelby.se (one setting for the bot and the package).",
    );
  }
  const publicUrl = (setting(env, 'IKBOT_PUBLIC_URL') ?? '').replace(/\/+$/, '');
  let host = '';
  if (publicUrl) {
    const parsed = /^https:\/\/([^/?#:]+)(:\d+)?(\/[^?#]*)?$/.exec(publicUrl);
    if (!parsed || !hostname.test(parsed[1])) {
      problems.push(
        `IKBOT_PUBLIC_URL "${publicUrl}" is not the bot's https address: write it like https://ikbot.exempelby.se.`,
      );
    } else {
      host = parsed[1];
    }
  }

  const version = setting(env, 'IKBOT_APP_VERSION') ?? defaultVersion;
  if (!semver.test(version)) {
    problems.push(
      `IKBOT_APP_VERSION "${version}" must be MAJOR.MINOR.PATCH, e.g. 1.4.0 (Teams accepts no suffixes).`,
    );
  }

  // The bot serves /, /privacy and /terms itself; without its address only a placeholder site is known.
  const site = host ? publicUrl : 'https://www.example.org';
  const url = (name: string, fallback: string): string => {
    const value = setting(env, name);
    if (value === undefined) {
      warnings.push(
        `${name} is not set; using ${fallback}. Set it to your organisation's page before publishing.`,
      );
      return fallback;
    }
    if (!/^https:\/\/\S+$/.test(value)) problems.push(`${name} "${value}" must be an https:// URL.`);
    return value;
  };

  const values: Record<string, string> = {
    MICROSOFT_APP_ID: appId ?? '',
    BOT_ID: botId,
    APP_VERSION: version,
    BOT_DOMAIN: host,
    IKBOT_DEVELOPER_NAME: setting(env, 'IKBOT_DEVELOPER_NAME') ?? 'ikbot',
    IKBOT_WEBSITE_URL: url('IKBOT_WEBSITE_URL', `${site}/`),
    IKBOT_PRIVACY_URL: url('IKBOT_PRIVACY_URL', `${site}/privacy`),
    IKBOT_TERMS_URL: url('IKBOT_TERMS_URL', `${site}/terms`),
  };
  if (values.IKBOT_DEVELOPER_NAME.length > 32) {
    problems.push(
      `IKBOT_DEVELOPER_NAME is ${values.IKBOT_DEVELOPER_NAME.length} characters; Teams allows 32.`,
    );
  }
  if (problems.length > 0) throw new PackageSettingsError(problems);
  return { values, warnings };
}

/** Fills `${{NAME}}` placeholders in a JSON text; an unknown placeholder is an error that names it and the file. */
export function fillPlaceholders(text: string, values: Record<string, string>, fileName: string): string {
  const unknown = new Set<string>();
  const filled = text.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_match, name: string) => {
    if (!(name in values)) {
      unknown.add(name);
      return '';
    }
    return JSON.stringify(values[name]).slice(1, -1);
  });
  if (unknown.size > 0) {
    throw new PackageSettingsError([
      `${fileName} uses placeholders the packager does not know: ${[...unknown].join(', ')}. Add them to scripts/package-app.ts.`,
    ]);
  }
  return filled;
}

interface Manifest {
  icons: { color: string; outline: string };
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] };
  validDomains?: string[];
  [key: string]: unknown;
}

export interface PackageAppOptions {
  env?: NodeJS.ProcessEnv;
  /** Where manifest.json and the files it names live; default appPackage/. */
  appPackageDir?: string;
  /** Default appPackage/build/ikbot.zip. */
  outFile?: string;
}

export interface PackageAppResult {
  zipPath: string;
  /** The file names in the zip, all at its root. */
  files: string[];
  manifest: Manifest;
  warnings: string[];
}

export async function packageApp(options: PackageAppOptions = {}): Promise<PackageAppResult> {
  const root = path.resolve(__dirname, '..');
  const appPackageDir = options.appPackageDir ?? path.join(root, 'appPackage');
  const zipPath = options.outFile ?? path.join(appPackageDir, 'build', 'ikbot.zip');
  const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const { values, warnings } = readPackageSettings(options.env ?? process.env, packageJson.version);

  const readFilled = (fileName: string): string =>
    fillPlaceholders(readFileSync(path.join(appPackageDir, fileName), 'utf8'), values, fileName);

  const manifest = JSON.parse(readFilled('manifest.json')) as Manifest;
  // An optional host name left unset leaves an empty entry; Teams rejects empty domains.
  if (manifest.validDomains) manifest.validDomains = manifest.validDomains.filter((domain) => domain !== '');

  const localizationFiles = [
    manifest.localizationInfo?.defaultLanguageFile,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((language) => language.file),
  ].filter((file): file is string => typeof file === 'string');

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.file(path.basename(icon), readFileSync(path.join(appPackageDir, icon)));
  }
  for (const file of localizationFiles) {
    const strings = JSON.parse(readFilled(file)) as unknown;
    zip.file(path.basename(file), `${JSON.stringify(strings, null, 2)}\n`);
  }

  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  mkdirSync(path.dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, content);
  return { zipPath, files: Object.keys(zip.files), manifest, warnings };
}

async function main(): Promise<void> {
  try {
    const result = await packageApp({ env: loadEnv(process.env, path.resolve(__dirname, '..', '.env')) });
    for (const warning of result.warnings) console.warn(`warning: ${warning}`);
    console.log(
      `Wrote ${path.relative(process.cwd(), result.zipPath)} (${result.files.join(', ')}) for app ${String(result.manifest.id)}.`,
    );
    console.log('Upload it in Teams admin center → Teams apps → Manage apps → Upload new app.');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
