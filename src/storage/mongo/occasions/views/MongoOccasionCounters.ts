import type { AnyBulkWriteOperation, Collection, Db, UpdateFilter } from 'mongodb';
import { batchedBulkWrite } from '../../batching/batchedBulkWrite';
import type { IsoDate } from '../../../../domain/plan/types';
import type { OpenOccasionRow } from '../../../../domain/ports/DigestQueries';
import type { OccasionStatus } from '../../../../domain/ports/OccasionRepository';
import { bucketOf } from './bucketOf';
import { fromFieldKey, toFieldKey } from './fieldKey';
import { replacePlanDocuments } from './replacePlanDocuments';
import type { OccasionProjection, OccasionState, ProjectionBuilder } from './OccasionProjection';

export const COUNTER_FIELDS = ['riskAreaId', 'unitId', 'controlId'] as const;
export type CounterField = (typeof COUNTER_FIELDS)[number];

/** Occasions of one group (a risk area, unit or control) due on one day. */
export interface CounterGroup {
  open?: number;
  answered?: number;
  notApplicable?: number;
  /** Sum of the deviations of the answered occasions. */
  deviations?: number;
  /** Answered occasions by assessment code ("-" when none was given). */
  a?: Record<string, number>;
}

/**
 * Collection occasionCounters. A plan's due month is spread over small documents, so that a
 * result rewrites a few kilobytes, not the month's whole count (an update rewrites the whole
 * document, on MongoDB too; one 57 KB document per month of 250 units × 40 controls made every
 * card cost ~0.7 ms more on the embedded database):
 * - counts: "<planId>|<YYYY-MM>|u<bucket>" the units' (UNIT_BUCKETS, by a stable hash of the unit
 *   id), and "…|c<bucket>" the controls' (CONTROL_BUCKETS, by the risk area id), each count a
 *   top-level field (see CountKey): "<due date>|u|<unit>|<stat>" and
 *   "<due date>|c|<risk area>|<control>|<stat>", ids encoded with toFieldKey, stat one of open,
 *   answered, notApplicable, deviations (their sum) or "a:<assessment code>" (answered ones by
 *   assessment, "-" when none was given). A risk area's counts are the sum of its controls'.
 * - `open`: "<planId>|<YYYY-MM>|o<bucket>" the occasions still open per due date (OPEN_BUCKETS, by a
 *   stable hash of the occasion id), for the overdue list, each as one JSON string [occasion id,
 *   risk area, control, unit, period], so the overdue list needs no lookup in the occasions.
 * Counts are flat, not nested by day and group: a result's $inc then names a handful of top-level
 * fields, which every server applies without walking paths (mongo-java-server parses each level of
 * a dotted path with regular expressions, which made the nested counts ~0.7 ms of database CPU per
 * card). Retired occasions are not counted. Kept as a view rather than aggregated on demand because
 * a leadership digest over 120,000 occasions must answer within a second, on MongoDB too: the
 * digest reads a few dozen small documents by _id instead of grouping every occasion of the year.
 * Every document carries the layout it was written in (COUNTERS_LAYOUT); a plan whose views are of
 * an older layout is rebuilt at start (see hasCounters).
 */
export interface OccasionCounterDocument {
  _id: string;
  planId: string;
  dueMonth: string;
  layout?: number;
  open?: Record<IsoDate, string[]>;
  updatedAt: Date;
  [count: CountKey]: number;
}

/** A count's field name: it starts with the due date (see OccasionCounterDocument). */
export type CountKey = `${number}-${number}-${number}|${string}`;

/** The layout of the documents described above; raise it when the ids, fields or buckets change. */
export const COUNTERS_LAYOUT = 3;
export const UNIT_BUCKETS = 16;
/** Buckets of risk areas (with their controls). */
export const CONTROL_BUCKETS = 4;
export const OPEN_BUCKETS = 128;

const NO_ASSESSMENT = '-';

interface CounterUpdate {
  $inc?: Record<string, number>;
  $pull?: Record<string, string>;
  $addToSet?: Record<string, string>;
}

/**
 * The document holding an occasion's counts of one field: its unit's bucket for the unit's counts,
 * its risk area's bucket for the risk area's and the control's (a control belongs to one risk area,
 * so both counts of an occasion move in one update of one document).
 */
export function countsDocumentId(
  state: Pick<OccasionState, CounterField | 'planId' | 'dueDate'>,
  field: CounterField,
): string {
  const month = `${state.planId}|${state.dueDate.slice(0, 7)}`;
  return field === 'unitId'
    ? `${month}|u${bucketOf(state.unitId, UNIT_BUCKETS)}`
    : `${month}|c${bucketOf(state.riskAreaId, CONTROL_BUCKETS)}`;
}

const countsDocumentIds = (planId: string, dueMonth: string): string[] => [
  ...Array.from({ length: UNIT_BUCKETS }, (_, bucket) => `${planId}|${dueMonth}|u${bucket}`),
  ...Array.from({ length: CONTROL_BUCKETS }, (_, bucket) => `${planId}|${dueMonth}|c${bucket}`),
];

export const openListDocumentId = (planId: string, dueMonth: string, occasionId: string): string =>
  `${planId}|${dueMonth}|o${bucketOf(occasionId, OPEN_BUCKETS)}`;

const openListDocumentIds = (planId: string, dueMonth: string): string[] =>
  Array.from({ length: OPEN_BUCKETS }, (_, bucket) => `${planId}|${dueMonth}|o${bucket}`);

/** The prefix of an occasion's counts of one field: "<due date>|u|<unit>|" or "<due date>|c|<risk area>|<control>|". */
function groupOf(state: OccasionState, field: 'unitId' | 'controlId'): string {
  return field === 'unitId'
    ? `${state.dueDate}|u|${toFieldKey(state.unitId)}|`
    : `${state.dueDate}|c|${toFieldKey(state.riskAreaId)}|${toFieldKey(state.controlId)}|`;
}

/** The counts one occasion adds (or, with sign -1, removes), by counts document. */
function contribution(state: OccasionState, sign: 1 | -1, into: Map<string, Record<string, number>>): void {
  if (state.retired) return;
  for (const field of ['unitId', 'controlId'] as const) {
    const documentId = countsDocumentId(state, field);
    const inc = into.get(documentId) ?? {};
    into.set(documentId, inc);
    const group = groupOf(state, field);
    const add = (stat: string, value: number) => {
      if (value !== 0) inc[group + stat] = (inc[group + stat] ?? 0) + sign * value;
    };
    add(state.status, 1);
    if (state.status === 'answered') {
      add(`a:${toFieldKey(state.assessment ?? NO_ASSESSMENT)}`, 1);
      add('deviations', state.deviations ?? 0);
    }
  }
}

/** An entry of the open list: the fields the overdue list shows, as one string. */
const openEntryOf = (state: OccasionState): string =>
  JSON.stringify([state._id, state.riskAreaId, state.controlId, state.unitId, state.periodKey]);

const isOpen = (state: OccasionState | null): state is OccasionState =>
  state !== null && !state.retired && state.status === 'open';

/** Counts per risk area, unit and control and due date, kept beside the occasions (see OccasionProjection). */
export class MongoOccasionCounters implements OccasionProjection {
  readonly collection: Collection<OccasionCounterDocument>;
  private readonly write: (
    operations: Array<AnyBulkWriteOperation<OccasionCounterDocument>>,
  ) => Promise<void>;

  constructor(db: Db) {
    this.collection = db.collection<OccasionCounterDocument>('occasionCounters');
    this.write = batchedBulkWrite(this.collection);
  }

  async apply(before: OccasionState | null, after: OccasionState | null): Promise<void> {
    const incs = new Map<string, Record<string, number>>();
    if (before) contribution(before, -1, incs);
    if (after) contribution(after, 1, incs);
    const updates = new Map<string, CounterUpdate>();
    const updateOf = (documentId: string): CounterUpdate => {
      let update = updates.get(documentId);
      if (!update) updates.set(documentId, (update = {}));
      return update;
    };
    for (const [documentId, inc] of incs) {
      const changed = Object.fromEntries(Object.entries(inc).filter(([, value]) => value !== 0));
      if (Object.keys(changed).length > 0) updateOf(documentId).$inc = changed;
    }
    const sameOpenDay = isOpen(before) && isOpen(after) && before.dueDate === after.dueDate;
    if (isOpen(before) && !sameOpenDay) {
      const documentId = openListDocumentId(before.planId, before.dueDate.slice(0, 7), before._id);
      updateOf(documentId).$pull = { [`open.${before.dueDate}`]: openEntryOf(before) };
    }
    if (isOpen(after) && !sameOpenDay) {
      const documentId = openListDocumentId(after.planId, after.dueDate.slice(0, 7), after._id);
      updateOf(documentId).$addToSet = { [`open.${after.dueDate}`]: openEntryOf(after) };
    }
    const planId = (after ?? before)?.planId;
    if (!planId || updates.size === 0) return;
    // Each document's update is atomic on its own ($inc, $pull, $addToSet): no lock, any number of
    // writers, and the updates of concurrent results can share one bulkWrite.
    await this.write(
      [...updates].map(([documentId, update]) => ({
        updateOne: {
          filter: { _id: documentId },
          update: {
            ...update,
            $set: { updatedAt: new Date() },
            $setOnInsert: {
              planId,
              dueMonth: documentId.slice(planId.length + 1, planId.length + 8),
              layout: COUNTERS_LAYOUT,
            },
          } as UpdateFilter<OccasionCounterDocument>,
          upsert: true,
        },
      })),
    );
  }

  rebuild(planId: string): ProjectionBuilder {
    const documents = new Map<string, OccasionCounterDocument>();
    return {
      add: (state) => {
        if (state.retired) return;
        const dueMonth = state.dueDate.slice(0, 7);
        const documentOf = (_id: string) => {
          let document = documents.get(_id);
          if (!document) {
            document = { _id, planId, dueMonth, layout: COUNTERS_LAYOUT, updatedAt: new Date() };
            documents.set(_id, document);
          }
          return document;
        };
        const incs = new Map<string, Record<string, number>>();
        contribution(state, 1, incs);
        for (const [documentId, inc] of incs) {
          const document = documentOf(documentId) as unknown as Record<string, number>;
          for (const [key, value] of Object.entries(inc)) document[key] = (document[key] ?? 0) + value;
        }
        if (state.status === 'open') {
          const document = documentOf(openListDocumentId(planId, dueMonth, state._id));
          ((document.open ??= {})[state.dueDate] ??= []).push(openEntryOf(state));
        }
      },
      finish: () => replacePlanDocuments(this.collection, planId, documents),
    };
  }

  /** The count documents of a plan's months covering [from, to], read by _id (missing ones are skipped). */
  async monthsOf(planId: string, from: IsoDate, to: IsoDate): Promise<OccasionCounterDocument[]> {
    return this.read(monthsBetween(from, to).flatMap((month) => countsDocumentIds(planId, month)));
  }

  /**
   * The open occasions due in [from, before), oldest due date first (then by occasion id), of the
   * given units only when `unitIds` is set, at most `limit`: reads one month's list after another
   * and stops when it has enough.
   */
  async openBefore(
    planId: string,
    from: IsoDate,
    before: IsoDate,
    limit: number,
    unitIds?: string[],
  ): Promise<OpenOccasionRow[]> {
    const units = unitIds ? new Set(unitIds) : null;
    const entries: OpenOccasionRow[] = [];
    for (const month of monthsBetween(from, before)) {
      const byDay = new Map<IsoDate, string[]>();
      for (const document of await this.read(openListDocumentIds(planId, month)))
        for (const [day, list] of Object.entries(document.open ?? {}))
          if (day >= from && day < before) byDay.set(day, [...(byDay.get(day) ?? []), ...list]);
      const days = [...byDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [dueDate, list] of days) {
        for (const entry of [...list].sort()) {
          const [occasionId, riskAreaId, controlId, unitId, periodKey] = JSON.parse(entry) as string[];
          if (units && !units.has(unitId)) continue;
          entries.push({ occasionId, riskAreaId, controlId, unitId, periodKey, dueDate });
        }
      }
      if (entries.length >= limit) break;
    }
    return entries.slice(0, limit);
  }

  private async read(ids: string[]): Promise<OccasionCounterDocument[]> {
    if (ids.length === 1) {
      const document = await this.collection.findOne({ _id: ids[0] });
      return document ? [document] : [];
    }
    return this.collection
      .find({ _id: { $in: ids } })
      .sort({ _id: 1 })
      .toArray();
  }

  /**
   * True when the plan has counter documents of the current layout: false before its first
   * rebuild, and after an upgrade that changed the layout (the start rebuilds the plan then).
   */
  async hasCounters(planId: string): Promise<boolean> {
    return (
      (await this.collection.findOne({ planId, layout: COUNTERS_LAYOUT }, { projection: { _id: 1 } })) !==
      null
    );
  }
}

/** The groups of one field on the due dates `includes` accepts, summed per id. */
export function sumGroups(
  documents: OccasionCounterDocument[],
  field: CounterField,
  includes: (day: IsoDate) => boolean,
): Map<string, CounterGroup> {
  const sums = new Map<string, CounterGroup>();
  const kind = field === 'unitId' ? 'u' : 'c';
  for (const document of documents) {
    for (const [key, count] of Object.entries(document)) {
      // Counts start with their due date; the document's own fields (_id, planId, …) do not.
      if (!isCountKey(key) || key[11] !== kind || !includes(key.slice(0, 10))) continue;
      const parts = key.split('|');
      // "<day>|u|<unit>|<stat>" or "<day>|c|<risk area>|<control>|<stat>"
      const id = fromFieldKey(field === 'controlId' ? parts[3] : parts[2]);
      const stat = parts[parts.length - 1];
      const sum = sums.get(id) ?? {};
      sums.set(id, sum);
      if (stat.startsWith('a:')) {
        const code = fromFieldKey(stat.slice(2));
        sum.a = { ...sum.a, [code]: (sum.a?.[code] ?? 0) + (count as number) };
      } else if (
        stat === 'open' ||
        stat === 'answered' ||
        stat === 'notApplicable' ||
        stat === 'deviations'
      ) {
        sum[stat] = (sum[stat] ?? 0) + (count as number);
      }
    }
  }
  return sums;
}

const isCountKey = (key: string): key is CountKey => key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57;

/** Status rows of one group as the aggregation would give them (status × assessment). */
export function groupRows(
  group: CounterGroup,
): Array<{ status: OccasionStatus; assessment: string | null; count: number; deviations: number }> {
  const rows: Array<{
    status: OccasionStatus;
    assessment: string | null;
    count: number;
    deviations: number;
  }> = [];
  if (group.open) rows.push({ status: 'open', assessment: null, count: group.open, deviations: 0 });
  if (group.notApplicable) {
    rows.push({ status: 'notApplicable', assessment: null, count: group.notApplicable, deviations: 0 });
  }
  let deviations = group.deviations ?? 0;
  for (const [code, count] of Object.entries(group.a ?? {})) {
    if (count === 0) continue;
    rows.push({ status: 'answered', assessment: code === NO_ASSESSMENT ? null : code, count, deviations });
    deviations = 0;
  }
  return rows;
}

/** "YYYY-MM" of every month from the month of `from` to the month of `to`. */
export function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}
