import type { Locale } from '../plan/types';
import { requiredSample } from './requiredSample';
import type { SampleCounts, SamplingRule } from './types';

const numberFormat = (locale: Locale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 });

/** The rule as a sentence: "Stickprov: minst 10 % av journaler SoL SÄBO, granskningsperiod 2025-06-01–2025-11-30". */
export function samplingRuleText(rule: SamplingRule, locale: Locale): string {
  const n = numberFormat(locale);
  const amount = rule.count !== undefined ? `${rule.count}` : `${n.format(rule.percent ?? 0)} %`;
  const window = rule.window ? `${rule.window.from}–${rule.window.to}` : '';
  return locale === 'en'
    ? `Sample: at least ${amount} of ${rule.what}${window ? `, review window ${window}` : ''}`
    : `Stickprov: minst ${amount} av ${rule.what}${window ? `, granskningsperiod ${window}` : ''}`;
}

/** What the rule requires of a population: "minst 10 % av 48 = 5" / "at least 10 % of 48 = 5". */
export function requirementText(rule: SamplingRule, population: number, locale: Locale): string {
  const n = numberFormat(locale);
  const required = requiredSample(rule, population);
  const amount = rule.count !== undefined ? `${rule.count}` : `${n.format(rule.percent ?? 0)} %`;
  return locale === 'en'
    ? `at least ${amount} of ${population} = ${required}`
    : `minst ${amount} av ${population} = ${required}`;
}

/** "5 av 48 (10 %)": sampled of population, with the share, as the report shows it. */
export function sampleShareText(sample: SampleCounts, locale: Locale): string {
  const n = numberFormat(locale);
  const share = sample.population > 0 ? (100 * sample.sampled) / sample.population : 0;
  return locale === 'en'
    ? `${sample.sampled} of ${sample.population} (${n.format(share)} %)`
    : `${sample.sampled} av ${sample.population} (${n.format(share)} %)`;
}
