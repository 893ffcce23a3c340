import path from 'node:path';
import { parsePlanFile } from '../../src/planFiles/parsePlanFile';

describe('broken.yaml', () => {
  it('is refused with one result that lists each mistake', async () => {
    const result = await parsePlanFile(path.resolve(__dirname, '../fixtures/plans/broken.yaml'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'riskAreas[0].probability',
        'riskAreas[0].controls[0].performer',
        'riskAreas[0].controls[1].frequency.months[1]',
        'riskAreas[0].controls[2].title',
        'riskAreas[0].controls[1].id',
      ].sort(),
    );
    expect(byPath['riskAreas[0].probability'].en).toMatch(/at most 4/);
    expect(byPath['riskAreas[0].controls[0].performer'].sv).toMatch(/Okänd roll "hygiensamordnare"/);
    expect(byPath['riskAreas[0].controls[1].frequency.months[1]'].en).toMatch(/13/);
    expect(byPath['riskAreas[0].controls[2].title'].en).toMatch(/missing/);
    expect(byPath['riskAreas[0].controls[1].id'].sv).toMatch(/"R1-K1" finns redan/);
  });

  it('names the file and line of every error, in Swedish and English', async () => {
    const result = await parsePlanFile(path.resolve(__dirname, '../fixtures/plans/broken.yaml'));
    if (result.ok) throw new Error('broken.yaml was accepted');
    for (const error of result.errors) {
      expect(error.file).toBe('broken.yaml');
      expect(error.line).toBeGreaterThan(8);
      expect(error.sv.length).toBeGreaterThan(5);
      expect(error.en.length).toBeGreaterThan(5);
      expect(error.sv).not.toBe(error.en);
    }
    const probability = result.errors.find((e) => e.path === 'riskAreas[0].probability');
    expect(probability?.line).toBe(42);
  });
});
