import type { Locale, Plan, RiskArea } from '../domain/plan/types';
import type { ReportResult } from '../domain/ports/ReportSource';
import { aggregateCheckItems, type AggregatedResult } from '../domain/reporting/aggregateCheckItems';
import { scheduleOf } from '../domain/schedule/scheduleOf';
import { checkItemAggregateText, sampleAggregateText } from '../i18n/checkItemAggregateTexts';
import type { AggregateLine } from './FollowUpReport';

/**
 * The area's check items and samples aggregated across the units and periods of the results the
 * report already counts for it (no other read), one line each with its method. The label is the
 * check item's text (the control's title for a sample), prefixed with the control's title when
 * several controls of the area have lines.
 */
export function areaAggregateLines(
  plan: Plan,
  area: RiskArea,
  results: readonly ReportResult[],
  locale: Locale,
): AggregateLine[] {
  const controls = area.controls.filter((control) => control.checkItems.length > 0 || control.samplingRule);
  if (controls.length === 0) return [];
  const periodEnds = new Map(
    controls.map((control) => [
      control.id,
      new Map(scheduleOf(plan, control).map(({ period }) => [period.key, period.end])),
    ]),
  );
  // Read as the aggregation goes (one pass, no copy of the area's results).
  function* rows(): Generator<AggregatedResult> {
    for (const row of results) {
      const ends = periodEnds.get(row.controlId);
      if (!ends) continue;
      yield {
        controlId: row.controlId,
        unitId: row.unitId,
        period: {
          key: row.periodKey,
          start: row.periodStart,
          end: ends.get(row.periodKey) ?? row.periodStart,
        },
        result: row.result,
      };
    }
  }
  const rootUnits = plan.units.filter((unit) => unit.parentId === undefined).length;
  const aggregates = aggregateCheckItems(
    controls.map((control) => ({
      id: control.id,
      checkItems: control.checkItems,
      // As unitsOfControl counts them (the listed units, else the root units), without its lookups.
      unitCount: control.unitIds.length || rootUnits,
    })),
    rows(),
  );
  const title = new Map(area.controls.map((control) => [control.id, control.title]));
  const lines = [
    ...aggregates.checkItems.map((item) => ({
      controlId: item.controlId,
      label: item.text,
      value: checkItemAggregateText(item, locale),
    })),
    ...aggregates.samples.map((sample) => ({
      controlId: sample.controlId,
      label: title.get(sample.controlId) ?? sample.controlId,
      value: sampleAggregateText(sample, locale),
    })),
  ];
  const order = new Map(controls.map((control, index) => [control.id, index]));
  lines.sort((a, b) => order.get(a.controlId)! - order.get(b.controlId)!);
  const several = new Set(lines.map((line) => line.controlId)).size > 1;
  return lines.map(({ controlId, label, value }) => ({
    control: title.get(controlId) ?? controlId,
    label: several && label !== title.get(controlId) ? `${title.get(controlId)}: ${label}` : label,
    value,
  }));
}
