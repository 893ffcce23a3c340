import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePlanContent } from '../../src/planFiles/parsePlanContent';
import { parsePlanInWorker } from '../../src/planFiles/parsePlanInWorker';

const fixtures = path.resolve(__dirname, '../fixtures/plans');

describe('parsePlanInWorker', () => {
  it.each(['vaggeryd-2025.yaml', 'vaggeryd-2025.xlsx'])(
    'gives what parsePlanContent gives for %s',
    async (name) => {
      const content = await readFile(path.join(fixtures, name));
      expect(await parsePlanInWorker(content, name)).toEqual(await parsePlanContent(content, name));
    },
  );

  it('refuses, in Swedish and English, a file whose check outlasts the time limit', async () => {
    const content = await readFile(path.join(fixtures, 'vaggeryd-2025.xlsx'));
    const result = await parsePlanInWorker(content, 'slow.xlsx', { milliseconds: 1, heapMegabytes: 192 });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          sv: expect.stringMatching(/tog mer än 0.001 sekunder/),
          en: expect.stringMatching(/took more than/),
        },
      ],
    });
  });

  it('refuses a file whose check needs more memory than the limit', async () => {
    const content = await readFile(path.join(fixtures, 'vaggeryd-2025.xlsx'));
    const result = await parsePlanInWorker(content, 'heavy.xlsx', { milliseconds: 30_000, heapMegabytes: 8 });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          sv: expect.stringMatching(/mer än 8 MB minne/),
          en: expect.stringMatching(/more than 8 MB of memory/),
        },
      ],
    });
  });
});
