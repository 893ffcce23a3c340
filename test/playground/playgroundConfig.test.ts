import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parsePlanText } from '../../src/planFiles';
import { demoPlanYaml } from '../../scripts/demoPlan';

const root = path.resolve(__dirname, '../..');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}
interface PlaygroundConfig {
  version: string;
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: Array<{ id: string; name: string }> };
}

const config = parse(readFileSync(path.join(root, '.m365agentsplayground.yml'), 'utf8')) as PlaygroundConfig;

/**
 * Issue 14 item 15. The playground exits without a word on an invalid config, so the rules of its
 * schema (config.schema.json 0.1.1 inside @microsoft/m365agentsplayground) are checked here.
 */
describe('.m365agentsplayground.yml', () => {
  it('has the fields the playground requires, and nothing else at the top', () => {
    expect(Object.keys(config).sort()).toEqual(
      ['bot', 'currentUser', 'groupChat', 'personalChat', 'team', 'tenantId', 'users', 'version'].sort(),
    );
    expect(['0.1.0', '0.1.1']).toContain(config.version);
    expect(config.bot.name.length).toBeLessThanOrEqual(42);
    expect(config.team.channels.length).toBeLessThanOrEqual(1);
    expect(config.team.aadGroupId).toMatch(GUID);
  });

  it('has exactly five users besides the current user, each complete, with valid and distinct GUID object ids', () => {
    expect(config.users).toHaveLength(5);
    const people = [config.currentUser, ...config.users];
    for (const user of people) {
      expect(Object.keys(user).sort()).toEqual(
        ['aadObjectId', 'email', 'givenName', 'id', 'name', 'surname', 'userPrincipleName'].sort(),
      );
      expect(user.aadObjectId).toMatch(GUID);
    }
    expect(new Set(people.map((u) => u.aadObjectId.toLowerCase())).size).toBe(people.length);
    expect(new Set(people.map((u) => u.id)).size).toBe(people.length);
    expect(config.tenantId).toMatch(GUID);
  });

  it('matches the demo plan: its people are playground users with the same object ids', () => {
    const parsed = parsePlanText(demoPlanYaml(2026), 'yaml', 'plan-demo.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.plan).toMatchObject({ id: 'DEMO-2026', year: 2026 });
    const users = new Map([config.currentUser, ...config.users].map((u) => [u.aadObjectId, u.name]));
    for (const person of parsed.plan.people) expect(users.get(person.aadObjectId ?? '')).toBe(person.name);
    // The playground's current user performs controls, so "mina kontroller" has something to show.
    const erik = parsed.plan.people.find((p) => p.aadObjectId === config.currentUser.aadObjectId);
    expect(parsed.plan.assignments.some((a) => a.personId === erik?.id)).toBe(true);
  });
});
