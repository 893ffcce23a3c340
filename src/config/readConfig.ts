import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import cron from 'node-cron';
import { localModeProblems } from './localModeProblems';
import { readGraphConfig, type GraphConfig } from './readGraphConfig';

export type MicrosoftAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface Config {
  port: number;
  /** The address to listen on (IKBOT_HOST): 127.0.0.1 in local mode, 0.0.0.0 with credentials, unless set. */
  host: string;
  /** The bot's public https base URL (IKBOT_PUBLIC_URL) for report download links; unset = http://localhost:<port>. */
  publicUrl?: string;
  /** Unset: the bot starts its embedded database (mongo-java-server, an H2 file under dataDir). */
  mongodbUri?: string;
  mongodbDb: string;
  dataDir: string;
  microsoft: {
    appId: string;
    appPassword: string;
    appType: MicrosoftAppType;
    tenantId: string;
  };
  /** Local mode: no credentials, requests are not authenticated (Bot Framework Emulator, tests). */
  localMode: boolean;
  admins: string[];
  /**
   * Tenants whose requests are served, lower-case; empty = any (local mode, or IKBOT_ALLOWED_TENANTS=*
   * chosen on purpose). Defaults to MicrosoftAppTenantId.
   */
  allowedTenants: string[];
  timeZone: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  scheduler: { enabled: boolean; tickCron: string; digestCron: string; rebuildCron: string };
  /** APPLICATIONINSIGHTS_CONNECTION_STRING: traces and metrics go to Azure Monitor when set, nowhere otherwise. */
  applicationInsightsConnectionString?: string;
  /** How long personal data of people who left is kept (docs/personal-data.md). */
  retention: {
    /** Days a conversation reference is kept after the app was uninstalled there. */
    uninstalledConversationDays: number;
    /** Days an expired report download is kept (0: deleted at the next nightly purge). */
    expiredReportDownloadDays: number;
  };
  /** Evidence files (underlag): the size limit and where the bytes are kept. */
  evidence: {
    maxBytes: number;
    /** gridfs (default): in the database; sharepoint: a document library through Microsoft Graph. */
    store: 'gridfs' | 'sharepoint';
    sharePoint?: { graphUrl: string; driveId: string; folder: string };
  };
  reminders: {
    noticeWorkingDaysBefore: number;
    escalateAfterWorkingDays: number;
    workingHours: { start: number; end: number };
    /** Bot Connector URL for opening 1:1 chats with people who have no stored conversation. */
    serviceUrl: string;
    /** True when IKBOT_SERVICE_URL was set; in local mode only then may proactive messages leave this machine. */
    serviceUrlConfigured?: boolean;
  };
  /** Microsoft Graph (IKBOT_GRAPH_*): people lookup and app installation; undefined = not configured. */
  graph?: GraphConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `ikbot cannot start: the configuration has ${problems.length} problem(s):\n` +
        problems.map((problem) => `  - ${problem}`).join('\n') +
        '\nFix them in the environment or in .env (see .env.example for every variable).',
    );
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const APP_TYPES: MicrosoftAppType[] = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];
const LOG_LEVELS: Config['logLevel'][] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads .env (when present) under the real environment: variables already set win. */
export function loadEnv(env: NodeJS.ProcessEnv = process.env, file = '.env'): NodeJS.ProcessEnv {
  if (!existsSync(file)) return env;
  return { ...parseDotenv(readFileSync(file)), ...env };
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('sv-SE', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** node-cron's own check, so what passes here is what the scheduler accepts (e.g. not "99 * * * *"). */
function isCronExpression(value: string): boolean {
  return cron.validate(value.trim());
}

/**
 * The one place the environment is read. Collects every problem and throws one ConfigError naming
 * each bad or missing variable and what it should be.
 */
export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  /** serving: false for the CLI, which takes no requests, so local mode cannot expose anything. */
  { serving = true }: { serving?: boolean } = {},
): Config {
  const problems: string[] = [];
  const text = (name: string, fallback = ''): string => (env[name] ?? '').trim() || fallback;

  const integer = (name: string, fallback: number, min: number, max: number, what: string): number => {
    const raw = text(name);
    if (raw === '') return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name}="${raw}" is not valid: it should be ${what} (a whole number ${min}–${max}).`);
      return fallback;
    }
    return Number(raw);
  };

  const port = integer('PORT', 3978, 0, 65535, 'the HTTP port the bot listens on (0 = any free port)');

  const mongodbUri = text('MONGODB_URI') || undefined;
  if (mongodbUri && !/^mongodb(\+srv)?:\/\//.test(mongodbUri)) {
    problems.push(
      'MONGODB_URI is not a MongoDB connection string: it should start with mongodb:// or mongodb+srv:// ' +
        '(or be unset to use the embedded local database).',
    );
  }
  const mongodbDb = text('MONGODB_DB', 'ikbot');
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(mongodbDb)) {
    problems.push(
      `MONGODB_DB="${mongodbDb}" is not a valid database name: use letters, digits, _ or - (max 63).`,
    );
  }

  const appId = text('MicrosoftAppId');
  const appPassword = text('MicrosoftAppPassword');
  const appTenantId = text('MicrosoftAppTenantId');
  const rawAppType = text('MicrosoftAppType', 'MultiTenant');
  let appType: MicrosoftAppType = 'MultiTenant';
  if (!APP_TYPES.includes(rawAppType as MicrosoftAppType)) {
    problems.push(
      `MicrosoftAppType="${rawAppType}" is not valid: it should be one of ${APP_TYPES.join(', ')}.`,
    );
  } else {
    appType = rawAppType as MicrosoftAppType;
  }
  if (appId && !GUID.test(appId)) {
    problems.push(
      'MicrosoftAppId is not a GUID: copy the Application (client) ID from the Azure Bot registration.',
    );
  }
  if (appTenantId && !GUID.test(appTenantId)) {
    problems.push(
      'MicrosoftAppTenantId is not a GUID: copy the Directory (tenant) ID from Microsoft Entra ID.',
    );
  }
  const credentialsGiven = Boolean(appId || appPassword || appTenantId || text('MicrosoftAppType'));
  if (credentialsGiven) {
    if (!appId) {
      problems.push(
        `MicrosoftAppId is missing: it is required when MicrosoftAppType=${rawAppType} or other Microsoft credentials are set ` +
          '(unset all Microsoft* variables to run in local mode).',
      );
    }
    if (appType !== 'UserAssignedMSI' && appId && !appPassword) {
      problems.push(`MicrosoftAppPassword is missing: a ${appType} bot needs its client secret.`);
    }
    if (appType !== 'MultiTenant' && !appTenantId) {
      problems.push(`MicrosoftAppTenantId is missing: it is required when MicrosoftAppType=${appType}.`);
    }
    if (appType === 'UserAssignedMSI' && appPassword) {
      problems.push(
        'MicrosoftAppPassword must be empty when MicrosoftAppType=UserAssignedMSI (the identity has no secret).',
      );
    }
  }

  const admins = text('IKBOT_ADMINS')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const badAdmins = admins.filter((id) => !GUID.test(id));
  if (badAdmins.length > 0) {
    problems.push(
      `IKBOT_ADMINS has values that are not Entra ID object ids (GUIDs): ${badAdmins.join(', ')}. ` +
        'List administrators as comma-separated object ids.',
    );
  }

  const tenantsRaw = text('IKBOT_ALLOWED_TENANTS', appTenantId);
  const everyTenant = tenantsRaw === '*';
  // Tenant ids are GUIDs: Teams and Entra ID may spell them in either case.
  const allowedTenants = (everyTenant ? '' : tenantsRaw)
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  const badTenants = allowedTenants.filter((id) => !GUID.test(id));
  if (badTenants.length > 0) {
    problems.push(
      `IKBOT_ALLOWED_TENANTS has values that are not tenant ids (GUIDs): ${badTenants.join(', ')}.`,
    );
  }
  if (credentialsGiven && allowedTenants.length === 0 && !everyTenant) {
    problems.push(
      `IKBOT_ALLOWED_TENANTS is missing: a ${appType} bot without it serves every Microsoft 365 tenant. ` +
        'List your tenant id(s) there (or set MicrosoftAppTenantId), or set IKBOT_ALLOWED_TENANTS=* to serve every tenant on purpose.',
    );
  }

  const timeZone = text('IKBOT_TIMEZONE', 'Europe/Stockholm');
  if (!isValidTimeZone(timeZone)) {
    problems.push(`IKBOT_TIMEZONE="${timeZone}" is not an IANA time zone: use e.g. Europe/Stockholm.`);
  }

  const logLevel = text('LOG_LEVEL', 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL="${logLevel}" is not valid: use one of ${LOG_LEVELS.join(', ')}.`);
  }

  const schedulerRaw = text('IKBOT_SCHEDULER', 'on').toLowerCase();
  if (!['on', 'off'].includes(schedulerRaw)) {
    problems.push(`IKBOT_SCHEDULER="${schedulerRaw}" is not valid: use on or off.`);
  }
  const tickCron = text('IKBOT_TICK_CRON', '*/5 * * * *');
  if (!isCronExpression(tickCron)) {
    problems.push(
      `IKBOT_TICK_CRON="${tickCron}" is not a cron expression: e.g. "*/5 * * * *" (every 5 minutes).`,
    );
  }
  const digestCron = text('IKBOT_DIGEST_CRON', '0 8 * * 1');
  if (!isCronExpression(digestCron)) {
    problems.push(
      `IKBOT_DIGEST_CRON="${digestCron}" is not a cron expression: e.g. "0 8 * * 1" (Mondays 08:00).`,
    );
  }
  const rebuildCron = text('IKBOT_REBUILD_CRON', '30 2 * * *');
  if (!isCronExpression(rebuildCron)) {
    problems.push(
      `IKBOT_REBUILD_CRON="${rebuildCron}" is not a cron expression: e.g. "30 2 * * *" (every night at 02:30).`,
    );
  }

  const noticeWorkingDaysBefore = integer(
    'IKBOT_NOTICE_WORKING_DAYS',
    5,
    0,
    60,
    'how many working days before the due date the first notice is sent',
  );
  const escalateAfterWorkingDays = integer(
    'IKBOT_ESCALATE_AFTER_WORKING_DAYS',
    3,
    0,
    60,
    'how many working days overdue before the responsible manager is told',
  );
  const uninstalledConversationDays = integer(
    'IKBOT_UNINSTALLED_RETENTION_DAYS',
    30,
    0,
    3650,
    'how many days a conversation reference is kept after the app was uninstalled',
  );
  const expiredReportDownloadDays = integer(
    'IKBOT_REPORT_DOWNLOAD_RETENTION_DAYS',
    0,
    0,
    3650,
    'how many days an expired report download is kept',
  );
  const hoursRaw = text('IKBOT_WORKING_HOURS', '08-17');
  const hours = /^(\d{1,2})-(\d{1,2})$/.exec(hoursRaw);
  let workingHours = { start: 8, end: 17 };
  if (!hours || Number(hours[1]) >= Number(hours[2]) || Number(hours[2]) > 24) {
    problems.push(`IKBOT_WORKING_HOURS="${hoursRaw}" is not valid: write start-end hours, e.g. 08-17.`);
  } else {
    workingHours = { start: Number(hours[1]), end: Number(hours[2]) };
  }
  const serviceUrl = text('IKBOT_SERVICE_URL', 'https://smba.trafficmanager.net/teams/');
  if (!/^https?:\/\/[^\s/]+/.test(serviceUrl)) {
    problems.push(
      `IKBOT_SERVICE_URL="${serviceUrl}" is not a URL: use the Bot Connector service URL, e.g. https://smba.trafficmanager.net/teams/.`,
    );
  }

  const publicUrl = text('IKBOT_PUBLIC_URL').replace(/\/+$/, '') || undefined;
  if (publicUrl && !/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(publicUrl)) {
    problems.push(
      `IKBOT_PUBLIC_URL="${publicUrl}" is not an https URL: use the bot's public address, e.g. https://ikbot.example.se (or leave it unset locally).`,
    );
  }

  const evidenceMaxMb = integer('IKBOT_EVIDENCE_MAX_MB', 25, 1, 250, 'the largest evidence file in MB');
  const evidenceStore = text('IKBOT_EVIDENCE_STORE', 'gridfs').toLowerCase();
  if (!['gridfs', 'sharepoint'].includes(evidenceStore)) {
    problems.push(
      `IKBOT_EVIDENCE_STORE="${evidenceStore}" is not valid: use gridfs (files in the database) or sharepoint (a document library through Microsoft Graph).`,
    );
  }
  const graphUrl = text('IKBOT_GRAPH_BASE_URL', 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
  const loopbackGraph = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(graphUrl);
  if (!/^https:\/\/[^\s/]+/.test(graphUrl) && !loopbackGraph) {
    problems.push(
      `IKBOT_GRAPH_BASE_URL="${graphUrl}" is not an https URL: leave it unset for https://graph.microsoft.com/v1.0.`,
    );
  }
  const driveId = text('IKBOT_SHAREPOINT_DRIVE_ID');
  if (evidenceStore === 'sharepoint') {
    if (!driveId)
      problems.push(
        "IKBOT_SHAREPOINT_DRIVE_ID is missing: IKBOT_EVIDENCE_STORE=sharepoint needs the document library's drive id " +
          '(GET https://graph.microsoft.com/v1.0/sites/{site-id}/drives lists them).',
      );
    if (!loopbackGraph && (!appId || !appPassword || !appTenantId))
      problems.push(
        'IKBOT_EVIDENCE_STORE=sharepoint needs MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId: the bot reads and writes the library as that app (Files.ReadWrite.All or Sites.Selected).',
      );
  }

  const localModeRaw = text('IKBOT_LOCAL_MODE').toLowerCase();
  if (!['', 'true', 'false'].includes(localModeRaw)) {
    problems.push(
      `IKBOT_LOCAL_MODE="${localModeRaw}" is not valid: use true (serve without Microsoft credentials, unauthenticated) or false.`,
    );
  }
  const host = text('IKBOT_HOST', credentialsGiven ? '0.0.0.0' : '127.0.0.1');
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) {
    problems.push(`IKBOT_HOST="${host}" is not an address: use e.g. 127.0.0.1 or 0.0.0.0.`);
  }
  if (serving)
    problems.push(
      ...localModeProblems({
        credentialsGiven,
        localModeChosen: localModeRaw === 'true' ? true : localModeRaw === 'false' ? false : undefined,
        host,
        publicUrl,
        mongodbUri,
      }),
    );
  const graph = readGraphConfig(text, problems);

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port,
    host,
    publicUrl,
    mongodbUri,
    mongodbDb,
    dataDir: text('IKBOT_DATA_DIR', '.data/mongo'),
    microsoft: { appId, appPassword, appType, tenantId: appTenantId },
    localMode: !appId,
    admins,
    allowedTenants,
    timeZone,
    logLevel,
    scheduler: { enabled: schedulerRaw === 'on', tickCron, digestCron, rebuildCron },
    applicationInsightsConnectionString: text('APPLICATIONINSIGHTS_CONNECTION_STRING') || undefined,
    retention: { uninstalledConversationDays, expiredReportDownloadDays },
    evidence: {
      maxBytes: evidenceMaxMb * 1024 * 1024,
      store: evidenceStore === 'sharepoint' ? 'sharepoint' : 'gridfs',
      ...(evidenceStore === 'sharepoint'
        ? { sharePoint: { graphUrl, driveId, folder: text('IKBOT_SHAREPOINT_FOLDER', 'ikbot') } }
        : {}),
    },
    reminders: {
      noticeWorkingDaysBefore,
      escalateAfterWorkingDays,
      workingHours,
      serviceUrl,
      serviceUrlConfigured: text('IKBOT_SERVICE_URL') !== '',
    },
    ...(graph ? { graph } : {}),
  };
}
