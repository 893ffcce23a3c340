import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The Microsoft 365 Agents Toolkit files and infra/ checked offline: the project files' shape, that
 * every ${{VARIABLE}} they, the manifest and the Bicep parameters use is defined in the environment
 * files or written by an earlier step, that the files they name exist, and that the Bicep template's
 * parameters and outputs match what the toolkit passes and reads. (.ci/run also parses the Bicep
 * with tree-sitter-bicep: scripts/check-bicep.py.)
 */
const root = path.resolve(__dirname, '../..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

interface Action {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface ProjectFile {
  version: string;
  environmentFolderPath: string;
  provision: Action[];
  deploy?: Action[];
  publish?: Action[];
}

/** Actions of the toolkit's v1.8 schema that these files use. */
const KNOWN_ACTIONS = new Set([
  'teamsApp/create',
  'teamsApp/validateManifest',
  'teamsApp/zipAppPackage',
  'teamsApp/validateAppPackage',
  'teamsApp/update',
  'teamsApp/publishAppPackage',
  'arm/deploy',
  'botAadApp/create',
  'botFramework/create',
  'cli/runNpmCommand',
  'azureAppService/zipDeploy',
  'file/createOrUpdateEnvironmentFile',
]);
/** Set by the toolkit itself (environment name, tenant, subscription and group chosen at provision). */
const BUILT_IN = new Set([
  'TEAMSFX_ENV',
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
  'TEAMS_APP_TENANT_ID',
]);

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g)].map((m) => m[1]);

function envFile(file: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of read(file).split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) values.set(match[1], match[2]);
  }
  return values;
}

const bicep = read('infra/azure.bicep');
const bicepParams = new Set([...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]));
const requiredBicepParams = [...bicep.matchAll(/^param (\w+) \w+$/gm)].map((m) => m[1]);
const bicepOutputs = new Set([...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]));

describe.each([
  ['m365agents.yml', 'env/.env.dev', 'env/.env.dev.user.example'],
  ['m365agents.local.yml', 'env/.env.local', undefined],
])('%s', (projectFile, environmentFile, userFile) => {
  const text = read(projectFile);
  const project = parse(text) as ProjectFile;
  const stages = [project.provision, project.deploy ?? [], project.publish ?? []];

  it('is a v1.8 project file with an environment folder and known actions', () => {
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://aka.ms/teams-toolkit/v1.8/yaml.schema.json',
    );
    expect(project.version).toBe('v1.8');
    expect(existsSync(path.join(root, project.environmentFolderPath))).toBe(true);
    expect(project.provision.length).toBeGreaterThan(0);
    for (const action of stages.flat()) {
      expect(KNOWN_ACTIONS).toContain(action.uses);
      expect(typeof action.with).toBe('object');
    }
    expect(project.provision[0].uses).toBe('teamsApp/create');
  });

  it('names files that exist', () => {
    for (const action of stages.flat()) {
      const options = action.with ?? {};
      for (const key of ['manifestPath', 'ignoreFile']) {
        if (typeof options[key] === 'string')
          expect(existsSync(path.join(root, options[key] as string))).toBe(true);
      }
      for (const template of (options.templates as Array<{ path: string; parameters: string }> | undefined) ??
        []) {
        expect(existsSync(path.join(root, template.path))).toBe(true);
        expect(existsSync(path.join(root, template.parameters))).toBe(true);
      }
    }
  });

  it('defines every ${{VARIABLE}} it, the manifest and the Bicep parameters use', () => {
    const defined = new Set([...BUILT_IN, ...envFile(environmentFile).keys()]);
    if (userFile) for (const name of envFile(userFile).keys()) defined.add(name);
    for (const action of stages.flat())
      for (const name of Object.values(action.writeToEnvironmentFile ?? {})) defined.add(name);
    const usesArm = stages.flat().some((action) => action.uses === 'arm/deploy');
    if (usesArm) for (const output of bicepOutputs) defined.add(output);
    const used = [
      ...placeholders(text),
      ...placeholders(read('appPackage/manifest.json')),
      ...(usesArm ? placeholders(read('infra/azure.parameters.json')) : []),
    ];
    expect([...new Set(used)].filter((name) => !defined.has(name))).toEqual([]);
    // Secrets only in the git-ignored .user file.
    for (const name of envFile(environmentFile).keys()) expect(name).not.toMatch(/^SECRET_/);
  });
});

describe('infra/azure.bicep and its parameters', () => {
  const parameters = JSON.parse(read('infra/azure.parameters.json')) as {
    parameters: Record<string, { value: unknown }>;
  };

  it('passes only parameters the template declares, and every one without a default', () => {
    const passed = Object.keys(parameters.parameters);
    expect(passed.filter((name) => !bicepParams.has(name))).toEqual([]);
    expect(requiredBicepParams.filter((name) => !passed.includes(name))).toEqual([]);
  });

  it('has the resources the deployment needs: managed identity bot with the Teams channel, Key Vault, Application Insights', () => {
    for (const type of [
      'Microsoft.ManagedIdentity/userAssignedIdentities',
      'Microsoft.Web/sites',
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
      'Microsoft.KeyVault/vaults',
      'Microsoft.KeyVault/vaults/secrets',
      'Microsoft.Insights/components',
      'Microsoft.DocumentDB/mongoClusters',
    ]) {
      expect(bicep).toMatch(new RegExp(`'${type.replace(/\//g, '\\/')}@\\d{4}-\\d{2}-\\d{2}(-preview)?'`));
    }
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(bicep).toMatch(/healthCheckPath: '\/healthz'/);
    expect(bicep).toMatch(/appCommandLine: 'node [^']*dist\/main.js'/);
    // The connection string reaches the app only as a Key Vault reference, never as plain text.
    expect(bicep).toMatch(/name: 'MONGODB_URI', value: '@Microsoft\.KeyVault\(SecretUri=/);
  });

  it('sets the app settings ikbot reads, under the names readConfig knows', () => {
    const settings = [...bicep.matchAll(/\{ name: '([A-Za-z_]+)', value:/g)].map((m) => m[1]);
    const known = read('src/config/readConfig.ts') + read('src/telemetry/startTelemetry.ts');
    for (const name of settings.filter((s) => !['NODE_ENV', 'SCM_DO_BUILD_DURING_DEPLOYMENT'].includes(s))) {
      expect(known.includes(`'${name}'`) || known.includes(name)).toBe(true);
    }
  });
});
