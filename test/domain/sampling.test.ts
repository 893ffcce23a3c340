import type { ControlPoint } from '../../src/domain/plan/types';
import { validateSubmission } from '../../src/domain/results/validateSubmission';
import { requiredSample } from '../../src/domain/sampling/requiredSample';
import { requirementText, sampleShareText } from '../../src/domain/sampling/samplingTexts';

describe('sampling rules (stickprov)', () => {
  it('requires the rounded-up share, or the count (never more than the population)', () => {
    expect(requiredSample({ what: 'journaler', percent: 10 }, 48)).toBe(5);
    expect(requiredSample({ what: 'journaler', percent: 10 }, 30)).toBe(3);
    expect(requiredSample({ what: 'journaler', percent: 25 }, 7)).toBe(2);
    expect(requiredSample({ what: 'telefoner', count: 20 }, 12)).toBe(12);
    expect(requiredSample({ what: 'telefoner', count: 20 }, 0)).toBe(0);
    expect(requirementText({ what: 'journaler', percent: 10 }, 48, 'sv')).toBe('minst 10 % av 48 = 5');
    expect(requirementText({ what: 'journaler', percent: 5 }, 48, 'en')).toBe('at least 5 % of 48 = 3');
    expect(sampleShareText({ population: 144, sampled: 121, withFindings: 0 }, 'sv')).toBe(
      '121 av 144 (84 %)',
    );
  });

  const control: ControlPoint = {
    id: 'K1',
    title: 'Journalgranskning',
    method: 'Stickprov',
    frequency: { kind: 'yearly' } as never,
    unitIds: [],
    checkItems: [],
    resultScale: 'godkand',
    samplingRule: { what: 'journaler SoL SÄBO', percent: 10 },
  };
  const answer = (sample: Record<string, unknown>) =>
    validateSubmission(
      { assessment: 'godkand', deviations: '0', performedOn: '2025-06-02', ...sample },
      control,
      'sv',
      '2025-06-10',
    );

  it('refuses a sample below the rule with what it requires, keeping the entries', () => {
    const refused = answer({ samplePopulation: '48', sampleSampled: '3', sampleFindings: '1' });
    expect(refused).toEqual({
      ok: false,
      errors: {
        sampleSampled:
          'Stickprovet är för litet: regeln kräver minst 10 % av 48 = 5, du har angett 3. Granska fler och ange det nya antalet.',
      },
      entered: expect.objectContaining({ samplePopulation: '48', sampleSampled: '3', sampleFindings: '1' }),
    });
  });

  it('stores a sample that meets the rule, and checks the counts fit together', () => {
    expect(answer({ samplePopulation: '48', sampleSampled: '5', sampleFindings: '1' })).toMatchObject({
      ok: true,
      value: { sample: { population: 48, sampled: 5, withFindings: 1 } },
    });
    expect(answer({ samplePopulation: '4', sampleSampled: '5', sampleFindings: '0' })).toMatchObject({
      ok: false,
      errors: {
        sampleSampled: expect.stringMatching(/inte vara större än antalet i granskningsperioden \(4\)/),
      },
    });
    expect(answer({ samplePopulation: '48', sampleSampled: '5', sampleFindings: '6' })).toMatchObject({
      ok: false,
      errors: { sampleFindings: expect.stringMatching(/större än stickprovet \(5\)/) },
    });
    expect(answer({ samplePopulation: 'många', sampleSampled: '5', sampleFindings: '0' })).toMatchObject({
      ok: false,
      errors: { samplePopulation: 'Ange ett heltal, 0 eller mer.' },
    });
  });
});
