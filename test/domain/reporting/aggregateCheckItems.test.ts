import type { CheckItem } from '../../../src/domain/plan/types';
import {
  aggregateCheckItems,
  type AggregatedResult,
} from '../../../src/domain/reporting/aggregateCheckItems';
import type { CheckItemAnswer } from '../../../src/domain/results/types';
import {
  aggregateScopeText,
  checkItemAggregateText,
  sampleAggregateText,
} from '../../../src/i18n/checkItemAggregateTexts';

const items: CheckItem[] = [
  { id: 'I1', text: 'Hygienombud finns', answerType: 'yesNoPartial' },
  { id: 'I2', text: 'Andel som genomfört observationer', answerType: 'percentage' },
  { id: 'I3', text: 'Antal observationer', answerType: 'count' },
  { id: 'I4', text: 'Tid till återkoppling', answerType: 'number', unit: 'dagar' },
  { id: 'I5', text: 'Iakttagelser', answerType: 'text' },
];
const control = { id: 'K1', checkItems: items, unitCount: 4 };
const P = '\u00a0%';

function row(unitId: string, month: number, answers: CheckItemAnswer[]): AggregatedResult {
  const m = String(month).padStart(2, '0');
  return {
    controlId: 'K1',
    unitId,
    period: { key: `2025-${m}`, start: `2025-${m}-01`, end: `2025-${m}-28` },
    result: { kind: 'performed', performedOn: `2025-${m}-28`, answers, assessment: 'godkand', deviations: 0 },
  };
}

describe('aggregateCheckItems', () => {
  const results: AggregatedResult[] = [
    row('a', 3, [
      { itemId: 'I1', answerType: 'yesNoPartial', value: 'ja' },
      { itemId: 'I2', answerType: 'percentage', value: 70 },
      { itemId: 'I3', answerType: 'count', value: 10 },
      { itemId: 'I4', answerType: 'number', value: 2 },
      { itemId: 'I5', answerType: 'text', value: 'Inget att anmärka.' },
    ]),
    row('b', 3, [
      { itemId: 'I1', answerType: 'yesNoPartial', value: 'delvis' },
      { itemId: 'I2', answerType: 'percentage', value: 80 },
      { itemId: 'I3', answerType: 'count', value: 5 },
    ]),
    row('a', 9, [
      { itemId: 'I1', answerType: 'yesNoPartial', value: 'ja' },
      { itemId: 'I2', answerType: 'percentage', value: 95 },
      // Stored before the item's type changed in the plan: not mixed in.
      { itemId: 'I3', answerType: 'number', value: 1000 },
      // An item the plan no longer has.
      { itemId: 'I9', answerType: 'count', value: 7 },
    ]),
    row('c', 9, [{ itemId: 'I1', answerType: 'yesNoPartial', value: 'nej' }]),
    { ...row('d', 9, []), result: { kind: 'notApplicable' as const, reason: 'Inga brukare.' } },
    // Another control's result is not counted here.
    { ...row('a', 3, [{ itemId: 'I1', answerType: 'yesNoPartial', value: 'nej' }]), controlId: 'K2' },
  ];

  it('counts yes/partial/no, averages percentages and numbers, sums counts, and states over what', () => {
    const { checkItems, samples } = aggregateCheckItems([control], results);
    expect(samples).toEqual([]);
    expect(checkItems.map((item) => item.itemId)).toEqual(['I1', 'I2', 'I3', 'I4']);
    const [yesNo, percentage, count, number] = checkItems;
    expect(yesNo).toMatchObject({ answerType: 'yesNoPartial', yes: 2, partial: 1, no: 1 });
    expect(yesNo.scope).toEqual({
      answers: 4,
      units: 3,
      unitCount: 4,
      periods: 2,
      from: '2025-03-01',
      to: '2025-09-28',
    });
    expect(percentage).toMatchObject({ answerType: 'percentage', min: 70, max: 95 });
    expect(percentage.answerType === 'percentage' && percentage.mean).toBeCloseTo(81.667, 3);
    expect(count).toMatchObject({ answerType: 'count', sum: 15, mean: 7.5, scope: { answers: 2 } });
    expect(number).toMatchObject({ answerType: 'number', mean: 2, min: 2, max: 2, unit: 'dagar' });
  });

  it('sums the samples of a sampled control', () => {
    const sampled = (
      unitId: string,
      month: number,
      population: number,
      sampled: number,
      withFindings: number,
    ) => ({
      ...row(unitId, month, []),
      result: {
        kind: 'performed' as const,
        performedOn: '2025-06-30',
        answers: [],
        assessment: 'godkand' as const,
        deviations: 0,
        sample: { population, sampled, withFindings },
      },
    });
    const { samples } = aggregateCheckItems(
      [{ id: 'K1', checkItems: [], unitCount: 2 }],
      [sampled('a', 6, 48, 5, 1), sampled('b', 6, 120, 12, 2), sampled('a', 12, 50, 5, 0)],
    );
    expect(samples).toEqual([
      {
        controlId: 'K1',
        population: 218,
        sampled: 22,
        withFindings: 3,
        scope: { answers: 3, units: 2, unitCount: 2, periods: 2, from: '2025-06-01', to: '2025-12-28' },
      },
    ]);
    expect(sampleAggregateText(samples[0], 'sv')).toBe(
      `Stickprov: 22 av 218 granskade (10,1${P}), 3 med brister (13,6${P} av de granskade); summan av 3 resultat, alla 2 enheter, jun–dec 2025`,
    );
    expect(sampleAggregateText(samples[0], 'en')).toBe(
      'Sample: 22 of 218 reviewed (10.1%), 3 with findings (13.6% of those reviewed); sum of 3 results, all 2 units, Jun–Dec 2025',
    );
  });

  it('gives nothing for controls nobody answered', () => {
    expect(aggregateCheckItems([control], [])).toEqual({ checkItems: [], samples: [] });
  });
});

describe('checkItemAggregateText: the value with its method, Swedish and English', () => {
  const [yesNo, percentage, count, number] = aggregateCheckItems(
    [control],
    [
      row('a', 1, [
        { itemId: 'I1', answerType: 'yesNoPartial', value: 'ja' },
        { itemId: 'I2', answerType: 'percentage', value: 71 },
        { itemId: 'I3', answerType: 'count', value: 1200 },
        { itemId: 'I4', answerType: 'number', value: 2.5 },
      ]),
      row('b', 12, [
        { itemId: 'I1', answerType: 'yesNoPartial', value: 'delvis' },
        { itemId: 'I2', answerType: 'percentage', value: 82 },
        { itemId: 'I3', answerType: 'count', value: 145 },
        { itemId: 'I4', answerType: 'number', value: 2.5 },
      ]),
      row('c', 12, [{ itemId: 'I1', answerType: 'yesNoPartial', value: 'ja' }]),
    ],
  ).checkItems;

  it('yes/no/partial: the share answered ja, partly shown apart', () => {
    expect(checkItemAggregateText(yesNo, 'sv')).toBe(
      `Andel ja: 67${P} (2 av 3 svar), delvis 33${P} (1 av 3); 3 av 4 enheter, jan–dec 2025`,
    );
    expect(checkItemAggregateText(yesNo, 'en')).toBe(
      'Share yes: 67% (2 of 3 answers), partly 33% (1 of 3); 3 of 4 units, Jan–Dec 2025',
    );
  });

  it('percentage: the mean of the answers with the lowest and highest', () => {
    expect(checkItemAggregateText(percentage, 'sv')).toBe(
      `Medelvärde: 76,5${P} (medelvärdet av 2 svar, lägst 71${P}, högst 82${P}); 2 av 4 enheter, jan–dec 2025`,
    );
    expect(checkItemAggregateText(percentage, 'en')).toBe(
      'Mean: 76.5% (mean of 2 answers, lowest 71%, highest 82%); 2 of 4 units, Jan–Dec 2025',
    );
  });

  it('count: the sum, Swedish thousands with a narrow no-break space', () => {
    expect(checkItemAggregateText(count, 'sv')).toBe(
      'Summa: 1\u202f345 (summan av 2 svar, i snitt 672,5 per svar); 2 av 4 enheter, jan–dec 2025',
    );
    expect(checkItemAggregateText(count, 'en')).toBe(
      'Total: 1,345 (sum of 2 answers, 672.5 per answer on average); 2 of 4 units, Jan–Dec 2025',
    );
  });

  it('number: the mean with its unit, no range when every answer is the same', () => {
    expect(checkItemAggregateText(number, 'sv')).toBe(
      'Medelvärde: 2,5 dagar (medelvärdet av 2 svar); 2 av 4 enheter, jan–dec 2025',
    );
    expect(checkItemAggregateText(number, 'en')).toBe(
      'Mean: 2.5 dagar (mean of 2 answers); 2 of 4 units, Jan–Dec 2025',
    );
  });

  it('scope: all units, one unit, one month, across a year end', () => {
    const scope = { answers: 2, units: 2, unitCount: 2, periods: 1, from: '2025-06-01', to: '2025-06-30' };
    expect(aggregateScopeText(scope, 'sv')).toBe('alla 2 enheter, jun 2025');
    expect(aggregateScopeText({ ...scope, units: 1, unitCount: 1 }, 'en')).toBe('1 unit, Jun 2025');
    expect(aggregateScopeText({ ...scope, to: '2026-01-31' }, 'sv')).toBe(
      'alla 2 enheter, jun 2025–jan 2026',
    );
  });
});
