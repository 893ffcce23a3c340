import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import type { Locale } from '../../domain/plan/types';
import { FIELD } from '../../domain/results/fieldIds';
import type { ControlResult } from '../../domain/results/types';
import { requirementText, sampleShareText, samplingRuleText } from '../../domain/sampling/samplingTexts';
import type { SamplingRule } from '../../domain/sampling/types';

const LABELS = {
  sv: {
    population: 'Antal i granskningsperioden (population)',
    sampled: 'Antal granskade (stickprov)',
    findings: 'Antal med brister',
    requires: (text: string) => `Regeln kräver ${text}.`,
    result: (share: string, findings: number) => `Stickprov: ${share}, ${findings} med brister.`,
  },
  en: {
    population: 'Number in the review window (population)',
    sampled: 'Number reviewed (sample)',
    findings: 'Number with findings',
    requires: (text: string) => `The rule requires ${text}.`,
    result: (share: string, findings: number) => `Sample: ${share}, ${findings} with findings.`,
  },
};

/**
 * A sampled control's card: the editable card gets the rule and three number inputs (population,
 * sample, findings; with what the rule requires once a population is known, and the messages of a
 * refused sample by the inputs, the entries kept); the summary and read-only cards get the stored
 * sample as "x av y (z %)". Added after rendering, so the card templates are unchanged.
 */
export function withSampling(
  card: AdaptiveCardJson,
  options: {
    rule: SamplingRule;
    locale: Locale;
    editable: boolean;
    entered?: Readonly<Record<string, string>>;
    errors?: Readonly<Record<string, string>>;
    result?: ControlResult;
  },
): AdaptiveCardJson {
  const { rule, locale } = options;
  const t = LABELS[locale];
  const body = Array.isArray(card.body) ? card.body : [];
  const ruleLine = { type: 'TextBlock', text: samplingRuleText(rule, locale), wrap: true, weight: 'Bolder' };
  if (!options.editable) {
    const sample = options.result?.kind === 'performed' ? options.result.sample : undefined;
    if (!sample) return card;
    const items = [
      ruleLine,
      { type: 'TextBlock', text: t.result(sampleShareText(sample, locale), sample.withFindings), wrap: true },
    ];
    return { ...card, body: [...body, { type: 'Container', id: 'sampling', separator: true, items }] };
  }
  const entered = options.entered ?? {};
  const errors = options.errors ?? {};
  const population = Number(entered[FIELD.samplePopulation]);
  const knownPopulation =
    entered[FIELD.samplePopulation] !== undefined && Number.isInteger(population) && population > 0;
  const input = (id: string, label: string) => {
    const value = Number(entered[id]);
    return [
      {
        type: 'Input.Number',
        id,
        label,
        min: 0,
        isRequired: true,
        errorMessage: label,
        ...(entered[id] !== undefined && Number.isFinite(value) ? { value } : {}),
      },
      ...(errors[id]
        ? [{ type: 'TextBlock', text: errors[id], wrap: true, color: 'Attention', spacing: 'None' }]
        : []),
    ];
  };
  const items = [
    ruleLine,
    ...(knownPopulation
      ? [{ type: 'TextBlock', text: t.requires(requirementText(rule, population, locale)), wrap: true }]
      : []),
    ...input(FIELD.samplePopulation, t.population),
    ...input(FIELD.sampleSampled, t.sampled),
    ...input(FIELD.sampleFindings, t.findings),
  ];
  return { ...card, body: [...body, { type: 'Container', id: 'sampling', separator: true, items }] };
}
