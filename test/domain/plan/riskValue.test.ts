import { DEFAULT_RISK_THRESHOLDS, handlingClass } from '../../../src/domain/plan/handlingClass';
import { handlingOf } from '../../../src/domain/plan/handlingOf';
import { riskValue } from '../../../src/domain/plan/riskValue';
import type { Grade, RiskArea } from '../../../src/domain/plan/types';

function area(probability: Grade | null, consequence: Grade | null): RiskArea {
  return { id: 'r', title: 'Risk', probability, consequence, controls: [] };
}

describe('riskValue', () => {
  it('multiplies probability by consequence (Vaggeryd 2025: S3 K4 gives 12)', () => {
    expect(riskValue(area(3, 4))).toBe(12);
    expect(riskValue(area(2, 4))).toBe(8);
    expect(riskValue(area(4, 4))).toBe(16);
  });

  it('is null when either grade is missing, so an unscored risk is not read as low', () => {
    expect(riskValue(area(null, 4))).toBeNull();
    expect(riskValue(area(3, null))).toBeNull();
    expect(riskValue(area(null, null))).toBeNull();
  });
});

describe('handlingClass', () => {
  it('follows the default matrix on every possible product', () => {
    const expected: Record<number, string> = {
      1: 'none',
      2: 'none',
      3: 'none',
      4: 'monitor',
      6: 'monitor',
      8: 'controlPlan',
      9: 'controlPlan',
      12: 'controlPlan',
      16: 'controlPlanAndAction',
    };
    for (const [value, code] of Object.entries(expected)) {
      expect(handlingClass(Number(value), DEFAULT_RISK_THRESHOLDS)).toBe(code);
    }
  });

  it('uses the default thresholds when none are given', () => {
    expect(handlingClass(12)).toBe('controlPlan');
  });

  it('is null for an unscored risk and for a value no band covers', () => {
    expect(handlingClass(null)).toBeNull();
    expect(handlingClass(7)).toBeNull();
    expect(handlingClass(0)).toBeNull();
  });

  it('honours a plan that also controls risks valued 6 (Mellerud/Bengtsfors)', () => {
    const thresholds = [
      { min: 1, max: 4, code: 'none' as const },
      { min: 6, max: 12, code: 'controlPlan' as const },
      { min: 16, max: 16, code: 'controlPlanAndAction' as const },
    ];
    expect(handlingClass(6, thresholds)).toBe('controlPlan');
    expect(handlingClass(4, thresholds)).toBe('none');
  });
});

describe('handlingOf', () => {
  it("applies the plan's thresholds, falling back to the default when the plan has none", () => {
    const custom = [{ min: 1, max: 16, code: 'monitor' as const }];
    expect(handlingOf({ riskThresholds: custom }, area(4, 4))).toBe('monitor');
    expect(handlingOf({ riskThresholds: [] }, area(4, 4))).toBe('controlPlanAndAction');
    expect(handlingOf({ riskThresholds: [] }, area(null, 4))).toBeNull();
  });
});
