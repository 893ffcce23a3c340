import type { CheckItem, IsoDate } from '../plan/types';
import type { ControlResult } from '../results/types';

/** A control whose results are aggregated: its check items and how many units it is performed for. */
export interface AggregatedControl {
  id: string;
  checkItems: readonly CheckItem[];
  /** The units the control is performed for; "all units" when every one of them answered. */
  unitCount: number;
}

/** One stored result of a unit and period, as the report reads it. */
export interface AggregatedResult {
  controlId: string;
  unitId: string;
  period: { key: string; start: IsoDate; end: IsoDate };
  result: ControlResult;
}

/** What an aggregate was computed over: the method's "120 av 169 svar, alla enheter, jan–dec". */
export interface AggregateScope {
  /** Answers (or, for a sample, results) counted. */
  answers: number;
  /** Units that answered, of `unitCount` the control is performed for. */
  units: number;
  unitCount: number;
  /** Distinct periods answered, and the first one's start and the last one's end. */
  periods: number;
  from: IsoDate;
  to: IsoDate;
}

/**
 * One check item's values across units and periods, by its answer type: yes/no/partial as counts
 * (the share is yes / answers), a percentage as the mean of the answers, a count as the sum, a
 * number as the mean (with the lowest and highest). Text answers are not aggregated.
 */
export type CheckItemAggregate = {
  controlId: string;
  itemId: string;
  text: string;
  scope: AggregateScope;
} & (
  | { answerType: 'yesNoPartial'; yes: number; partial: number; no: number }
  | { answerType: 'percentage'; mean: number; min: number; max: number }
  | { answerType: 'count'; sum: number; mean: number }
  | { answerType: 'number'; mean: number; min: number; max: number; unit?: string }
);

/** A sampled control's samples summed: total sampled of total population, and those with findings. */
export interface SampleAggregate {
  controlId: string;
  population: number;
  sampled: number;
  withFindings: number;
  scope: AggregateScope;
}

export interface AreaAggregates {
  /** In the order of the controls given, then of their check items; items nobody answered are left out. */
  checkItems: CheckItemAggregate[];
  samples: SampleAggregate[];
}

/**
 * Aggregates the check-item answers and samples of a risk area's controls across all units and
 * periods of the results given (the report's window). An answer counts only when its answer type is
 * the item's type in the plan (an item whose type changed is not mixed); not-applicable results
 * have no answers. One pass over the results; no I/O.
 */
export function aggregateCheckItems(
  controls: readonly AggregatedControl[],
  results: Iterable<AggregatedResult>,
): AreaAggregates {
  const items = new Map<string, ItemTally>();
  const samples = new Map<string, SampleTally>();
  const wanted = new Map(controls.map((control) => [control.id, control]));
  for (const row of results) {
    const control = wanted.get(row.controlId);
    if (!control || row.result.kind !== 'performed') continue;
    for (const answer of row.result.answers) {
      const item = control.checkItems.find((candidate) => candidate.id === answer.itemId);
      if (!item || item.answerType !== answer.answerType || answer.answerType === 'text') continue;
      const key = `${control.id}\u0000${item.id}`;
      let tally = items.get(key);
      if (!tally) items.set(key, (tally = newItemTally()));
      addToScope(tally.scope, row);
      if (answer.answerType === 'yesNoPartial') tally.choices[answer.value] += 1;
      else {
        tally.sum += answer.value;
        tally.min = Math.min(tally.min, answer.value);
        tally.max = Math.max(tally.max, answer.value);
      }
    }
    const sample = row.result.sample;
    if (sample) {
      let tally = samples.get(control.id);
      if (!tally)
        samples.set(control.id, (tally = { ...newScopeTally(), population: 0, sampled: 0, withFindings: 0 }));
      addToScope(tally, row);
      tally.population += sample.population;
      tally.sampled += sample.sampled;
      tally.withFindings += sample.withFindings;
    }
  }
  const checkItems: CheckItemAggregate[] = [];
  const sampleAggregates: SampleAggregate[] = [];
  for (const control of controls) {
    for (const item of control.checkItems) {
      const tally = items.get(`${control.id}\u0000${item.id}`);
      if (tally) checkItems.push(itemAggregate(control, item, tally));
    }
    const sample = samples.get(control.id);
    if (sample)
      sampleAggregates.push({
        controlId: control.id,
        population: sample.population,
        sampled: sample.sampled,
        withFindings: sample.withFindings,
        scope: scopeOf(sample, control.unitCount),
      });
  }
  return { checkItems, samples: sampleAggregates };
}

interface ScopeTally {
  answers: number;
  units: Set<string>;
  periods: Set<string>;
  from: IsoDate;
  to: IsoDate;
}

interface ItemTally {
  scope: ScopeTally;
  choices: { ja: number; delvis: number; nej: number };
  /** Numeric answers: their sum, lowest and highest (the count is scope.answers). */
  sum: number;
  min: number;
  max: number;
}

type SampleTally = ScopeTally & { population: number; sampled: number; withFindings: number };

const newScopeTally = (): ScopeTally => ({
  answers: 0,
  units: new Set(),
  periods: new Set(),
  from: '9999-12-31',
  to: '0000-01-01',
});

const newItemTally = (): ItemTally => ({
  scope: newScopeTally(),
  choices: { ja: 0, delvis: 0, nej: 0 },
  sum: 0,
  min: Infinity,
  max: -Infinity,
});

function addToScope(scope: ScopeTally, row: AggregatedResult): void {
  scope.answers += 1;
  scope.units.add(row.unitId);
  scope.periods.add(row.period.key);
  if (row.period.start < scope.from) scope.from = row.period.start;
  if (row.period.end > scope.to) scope.to = row.period.end;
}

function scopeOf(tally: ScopeTally, unitCount: number): AggregateScope {
  return {
    answers: tally.answers,
    units: tally.units.size,
    unitCount: Math.max(unitCount, tally.units.size),
    periods: tally.periods.size,
    from: tally.from,
    to: tally.to,
  };
}

function itemAggregate(control: AggregatedControl, item: CheckItem, tally: ItemTally): CheckItemAggregate {
  const base = {
    controlId: control.id,
    itemId: item.id,
    text: item.text,
    scope: scopeOf(tally.scope, control.unitCount),
  };
  const { sum, min, max } = tally;
  const mean = sum / tally.scope.answers;
  switch (item.answerType) {
    case 'yesNoPartial':
      return {
        ...base,
        answerType: 'yesNoPartial',
        yes: tally.choices.ja,
        partial: tally.choices.delvis,
        no: tally.choices.nej,
      };
    case 'percentage':
      return { ...base, answerType: 'percentage', mean, min, max };
    case 'count':
      return { ...base, answerType: 'count', sum, mean };
    default:
      return {
        ...base,
        answerType: 'number',
        mean,
        min,
        max,
        ...(item.unit ? { unit: item.unit } : {}),
      };
  }
}
