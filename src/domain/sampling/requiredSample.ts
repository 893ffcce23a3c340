import type { SamplingRule } from './types';

/**
 * The smallest sample the rule allows for a population: ceil(percent % of it), or the rule's count
 * (never more than the population). "minst 10 % av 48 = 5".
 */
export function requiredSample(rule: SamplingRule, population: number): number {
  if (population <= 0) return 0;
  if (rule.count !== undefined) return Math.min(rule.count, population);
  // Rounded to whole percent-hundredths first, so that 10 % of 30 is 3 and not 4 by float error.
  return Math.min(population, Math.ceil(Math.round((((rule.percent ?? 0) * population) / 100) * 1e6) / 1e6));
}
