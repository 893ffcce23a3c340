import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Lints `code` as if it were `file`, with the project's own configuration (ESLint runs as a process:
 * its configuration loader needs dynamic import, which jest's module sandbox does not offer). */
async function lint(code: string, file: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/eslint/bin/eslint.js'),
      '--format',
      'json',
      '--stdin',
      '--stdin-filename',
      file,
    ],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the lint rules that keep the architecture', () => {
  it.each(['mongodb', 'botbuilder', 'restify', 'node-cron'])('refuse %s in src/domain', async (library) => {
    const messages = await lint(
      `import x from '${library}';\nexport const y = x;\n`,
      'src/domain/plan/example.ts',
    );
    expect(messages).toEqual([expect.stringMatching(/no-restricted-imports: .*src\/domain is pure/)]);
  });

  it('refuse an outer layer in src/domain', async () => {
    const messages = await lint(
      "import { startApp } from '../../app/startApp';\nexport const y = startApp;\n",
      'src/domain/plan/example.ts',
    );
    expect(messages.join('\n')).toMatch(/no-restricted-imports/);
  });

  it('allow the same import at the edge', async () => {
    expect(
      await lint(
        "import { MongoClient } from 'mongodb';\nexport const y = MongoClient;\n",
        'src/storage/mongo/example.ts',
      ),
    ).toEqual([]);
  });

  it('refuse forEach(async …)', async () => {
    const messages = await lint(
      'export async function f(xs: number[]): Promise<void> {\n  xs.forEach(async (x) => {\n    await Promise.resolve(x);\n  });\n}\n',
      'src/usecases/example.ts',
    );
    expect(messages.join('\n')).toMatch(/for \.\.\. of with await/);
  });
});
