import { formatCount, formatNumber, formatPercent } from '../cards/formatNumber';
import { monthName } from '../cards/formatPeriod';
import type { Locale } from '../domain/plan/types';
import type {
  AggregateScope,
  CheckItemAggregate,
  SampleAggregate,
} from '../domain/reporting/aggregateCheckItems';

/**
 * A check item's aggregate with its method, as the report's area line shows it, e.g.
 * "Andel ja: 71 % (120 av 169 svar), delvis 12 % (20 av 169); alla 4 enheter, jan–dec 2025".
 */
export function checkItemAggregateText(aggregate: CheckItemAggregate, locale: Locale): string {
  const sv = locale === 'sv';
  const n = (value: number) => formatNumber(value, locale, 1);
  const count = (value: number) => formatCount(value, locale);
  const percent = (value: number, digits = 1) => formatPercent(value, locale, digits);
  const answers = count(aggregate.scope.answers);
  const scope = aggregateScopeText(aggregate.scope, locale);
  switch (aggregate.answerType) {
    case 'yesNoPartial': {
      const total = aggregate.scope.answers;
      const share = (part: number) => percent((100 * part) / total, 0);
      const yes = sv
        ? `Andel ja: ${share(aggregate.yes)} (${count(aggregate.yes)} av ${answers} svar)`
        : `Share yes: ${share(aggregate.yes)} (${count(aggregate.yes)} of ${answers} answers)`;
      const partial =
        aggregate.partial > 0
          ? sv
            ? `, delvis ${share(aggregate.partial)} (${count(aggregate.partial)} av ${answers})`
            : `, partly ${share(aggregate.partial)} (${count(aggregate.partial)} of ${answers})`
          : '';
      return `${yes}${partial}; ${scope}`;
    }
    case 'percentage': {
      const range = spread(aggregate.min, aggregate.max, (value) => percent(value, 1), locale);
      return sv
        ? `Medelvärde: ${percent(aggregate.mean)} (medelvärdet av ${answers} svar${range}); ${scope}`
        : `Mean: ${percent(aggregate.mean)} (mean of ${answers} answers${range}); ${scope}`;
    }
    case 'count':
      return sv
        ? `Summa: ${count(aggregate.sum)} (summan av ${answers} svar, i snitt ${n(aggregate.mean)} per svar); ${scope}`
        : `Total: ${count(aggregate.sum)} (sum of ${answers} answers, ${n(aggregate.mean)} per answer on average); ${scope}`;
    case 'number': {
      const unit = aggregate.unit ? ` ${aggregate.unit}` : '';
      const range = spread(aggregate.min, aggregate.max, (value) => `${n(value)}${unit}`, locale);
      return sv
        ? `Medelvärde: ${n(aggregate.mean)}${unit} (medelvärdet av ${answers} svar${range}); ${scope}`
        : `Mean: ${n(aggregate.mean)}${unit} (mean of ${answers} answers${range}); ${scope}`;
    }
  }
}

/**
 * A sampled control's samples summed, e.g. "Stickprov: 45 av 320 granskade (14,1 %), 6 med brister
 * (13,3 % av de granskade); summan av 8 resultat, alla 4 enheter, jun–dec 2025".
 */
export function sampleAggregateText(aggregate: SampleAggregate, locale: Locale): string {
  const count = (value: number) => formatCount(value, locale);
  const share = (part: number, whole: number) =>
    formatPercent(whole > 0 ? (100 * part) / whole : 0, locale, 1);
  const scope = aggregateScopeText(aggregate.scope, locale);
  const results = count(aggregate.scope.answers);
  return locale === 'sv'
    ? `Stickprov: ${count(aggregate.sampled)} av ${count(aggregate.population)} granskade (${share(aggregate.sampled, aggregate.population)}), ` +
        `${count(aggregate.withFindings)} med brister (${share(aggregate.withFindings, aggregate.sampled)} av de granskade); summan av ${results} resultat, ${scope}`
    : `Sample: ${count(aggregate.sampled)} of ${count(aggregate.population)} reviewed (${share(aggregate.sampled, aggregate.population)}), ` +
        `${count(aggregate.withFindings)} with findings (${share(aggregate.withFindings, aggregate.sampled)} of those reviewed); sum of ${results} results, ${scope}`;
}

/** Which units and months the values come from: "alla 4 enheter, jan–dec 2025" / "3 av 4 enheter, jun 2025". */
export function aggregateScopeText(scope: AggregateScope, locale: Locale): string {
  const sv = locale === 'sv';
  const count = (value: number) => formatCount(value, locale);
  const unitWord = (value: number) =>
    sv ? (value === 1 ? 'enhet' : 'enheter') : value === 1 ? 'unit' : 'units';
  const units =
    scope.units >= scope.unitCount
      ? scope.unitCount === 1
        ? `1 ${unitWord(1)}`
        : `${sv ? 'alla' : 'all'} ${count(scope.unitCount)} ${unitWord(scope.unitCount)}`
      : `${count(scope.units)} ${sv ? 'av' : 'of'} ${count(scope.unitCount)} ${unitWord(scope.unitCount)}`;
  return `${units}, ${monthSpan(scope.from, scope.to, locale)}`;
}

/** "jan–dec 2025", "jun 2025", "dec 2025–jan 2026" (English capitalised). */
function monthSpan(from: string, to: string, locale: Locale): string {
  const month = (date: string) => monthName(Number(date.slice(5, 7)), locale).slice(0, 3);
  const [fromYear, toYear] = [from.slice(0, 4), to.slice(0, 4)];
  if (fromYear !== toYear) return `${month(from)} ${fromYear}–${month(to)} ${toYear}`;
  if (from.slice(0, 7) === to.slice(0, 7)) return `${month(from)} ${fromYear}`;
  return `${month(from)}–${month(to)} ${fromYear}`;
}

/** ", lägst 71 %, högst 95 %" when the answers differ; nothing when they are all the same. */
function spread(min: number, max: number, format: (value: number) => string, locale: Locale): string {
  if (min === max) return '';
  return locale === 'sv'
    ? `, lägst ${format(min)}, högst ${format(max)}`
    : `, lowest ${format(min)}, highest ${format(max)}`;
}
