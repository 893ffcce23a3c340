import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The node flags before dist/main.js in a command line. */
function flagsOf(commandLine: string[]): string[] {
  expect(commandLine[0]).toBe('node');
  expect(commandLine[commandLine.length - 1]).toBe('dist/main.js');
  return commandLine.slice(1, -1);
}

describe('the production start', () => {
  const startProd = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts[
    'start:prod'
  ].split(/\s+/);

  it('bounds the heap (npm run start:prod), so the bot stays under its 300 MB budget', () => {
    const flags = flagsOf(startProd);
    expect(flags).toContain('--max-semi-space-size=8');
    const oldSpace = flags.find((flag) => flag.startsWith('--max-old-space-size='));
    expect(Number(oldSpace?.split('=')[1])).toBeLessThanOrEqual(256);
  });

  it('uses the same node flags in the Dockerfile and in infra/azure.bicep as in start:prod', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile'))?.[1];
    expect(cmd).toBeDefined();
    expect(flagsOf(JSON.parse(cmd ?? '[]') as string[])).toEqual(flagsOf(startProd));
    const bicep = /appCommandLine: '([^']*)'/.exec(read('infra/azure.bicep'))?.[1];
    expect(bicep).toBeDefined();
    expect(flagsOf((bicep ?? '').split(/\s+/))).toEqual(flagsOf(startProd));
  });
});
