import type { Collection, Db, Filter } from 'mongodb';
import { closedActionStatuses, isClosedStatus } from '../../../domain/actions/actionStatuses';
import type { Action, ActionEntry } from '../../../domain/actions/types';
import type {
  ActionChangeSet,
  ActionQuery,
  ActionRepository,
  AppendOutcome,
} from '../../../domain/ports/ActionRepository';
import { fromActionDocument, openKeyOf, toActionDocument, type ActionDocument } from './actionDocument';
import { batchedFind } from '../batching/batchedFind';

const DUPLICATE_KEY = 11000;
const isDuplicateKey = (error: unknown): boolean => (error as { code?: number }).code === DUPLICATE_KEY;
/** Concurrent writers to one action retry this often before giving up with an error. */
const ATTEMPTS = 10;

/**
 * Actions in collection 'actions', one document per action with its entries inside. Every change
 * is one conditional single-document update ($push of the entry where the entry count is still the
 * one read, and the entry id not yet there); the unique openKey keeps one open action per
 * control × unit without transactions.
 */
export class MongoActionRepository implements ActionRepository {
  readonly collection: Collection<ActionDocument>;
  /** A card's occasion's actions, looked up together with other cards' (see batchedFind). */
  private readonly ofOccasions: (occasionIds: readonly string[]) => Promise<ActionDocument[]>;

  constructor(db: Db) {
    this.collection = db.collection<ActionDocument>('actions');
    this.ofOccasions = batchedFind<ActionDocument, string>(this.collection, {
      // Each branch of the $or uses its own index: the actions the occasions' results proposed,
      // and those a plan change moved onto them.
      filterOf: (occasionIds) => ({
        $or: [{ occasionId: { $in: occasionIds } }, { 'entries.change.occasionId': { $in: occasionIds } }],
      }),
      belongsTo: (document, occasionIds) =>
        (document.occasionId !== undefined && occasionIds.has(document.occasionId)) ||
        document.entries.some((entry) => {
          const moved = (entry.change as { occasionId?: unknown }).occasionId;
          return typeof moved === 'string' && occasionIds.has(moved);
        }),
      sort: { _id: 1 },
    });
  }

  async ensure(actions: readonly Action[]): Promise<number> {
    if (actions.length === 0) return 0;
    const known = new Set(
      (
        await this.collection
          .find({ _id: { $in: actions.map((action) => action.id) } }, { projection: { _id: 1 } })
          .toArray()
      ).map((document) => document._id),
    );
    const fresh = actions.filter((action) => !known.has(action.id)).map(toActionDocument);
    if (fresh.length === 0) return 0;
    try {
      return (await this.collection.insertMany(fresh, { ordered: false })).insertedCount;
    } catch (error) {
      // Another process stored some of them first: theirs stand (same content, same ids).
      const result = error as { writeErrors?: unknown };
      const writeErrors = ([] as Array<{ code?: number }>).concat(
        (result.writeErrors ?? []) as Array<{ code?: number }>,
      );
      if (!isDuplicateKey(error) && !(writeErrors.length > 0 && writeErrors.every(isDuplicateKey)))
        throw error;
      return fresh.length - Math.max(writeErrors.length, 1);
    }
  }

  async propose(action: Action): Promise<{ action: Action; created: boolean }> {
    const entry = action.entries[action.entries.length - 1];
    const openKey = openKeyOf(action);
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const already = await this.collection.findOne({
        planId: action.planId,
        controlId: action.controlId,
        unitId: action.unitId,
        'entries.id': entry.id,
      });
      if (already) return { action: fromActionDocument(already), created: false };
      const open = await this.collection.findOne({ openKey });
      if (open) {
        const again: ActionEntry = {
          ...entry,
          status: open.status,
          change: { kind: 'proposedAgain', occasionId: action.occasionId ?? '' },
        };
        const updated = await this.collection.findOneAndUpdate(
          { _id: open._id, entryCount: open.entryCount, openKey },
          { $push: { entries: again }, $inc: { entryCount: 1 }, $set: { updatedAt: again.at } },
          { returnDocument: 'after' },
        );
        if (updated) return { action: fromActionDocument(updated), created: false };
        continue;
      }
      try {
        await this.collection.insertOne(toActionDocument(action));
        return { action, created: true };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
    throw new Error(
      `Action for ${openKey} kept changing under ${ATTEMPTS} attempts to record a proposal; try the submission again.`,
    );
  }

  async append(
    id: string,
    entry: ActionEntry,
    options: { expectedEntries?: number; change?: ActionChangeSet } = {},
  ): Promise<AppendOutcome> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const current = await this.collection.findOne({ _id: id });
      if (!current) return { kind: 'missing' };
      if (current.entries.some((existing) => existing.id === entry.id))
        return { kind: 'duplicate', action: fromActionDocument(current) };
      if (options.expectedEntries !== undefined && options.expectedEntries !== current.entryCount)
        return { kind: 'stale', action: fromActionDocument(current) };
      const closes = current.source === 'result' && isClosedStatus(entry.status);
      const schedule = options.change?.schedule;
      const updated = await this.collection.findOneAndUpdate(
        { _id: id, entryCount: current.entryCount },
        {
          $push: { entries: entry },
          $inc: { entryCount: 1 },
          $set: {
            status: entry.status,
            updatedAt: entry.at,
            ...(closes && { openKey: id }),
            ...(options.change?.text !== undefined && { text: options.change.text }),
            ...(options.change?.owner && { owner: options.change.owner }),
            ...(options.change?.reportingOwner && { reportingOwner: options.change.reportingOwner }),
            ...(schedule && { start: schedule.start, checkpoints: schedule.checkpoints, end: schedule.end }),
          },
        },
        { returnDocument: 'after' },
      );
      if (updated) return { kind: 'appended', action: fromActionDocument(updated) };
      if (options.expectedEntries !== undefined) {
        const now = await this.collection.findOne({ _id: id });
        return now ? { kind: 'stale', action: fromActionDocument(now) } : { kind: 'missing' };
      }
    }
    throw new Error(`Action ${id} kept changing under ${ATTEMPTS} attempts to add an entry; try again.`);
  }

  async get(id: string): Promise<Action | null> {
    const document = await this.collection.findOne({ _id: id });
    return document ? fromActionDocument(document) : null;
  }

  async find(query: ActionQuery): Promise<Action[]> {
    const filter: Filter<ActionDocument> = {};
    if (query.planId !== undefined) filter.planId = query.planId;
    if (query.year !== undefined) filter.year = query.year;
    if (query.statuses) filter.status = { $in: [...query.statuses] };
    if (query.controlId !== undefined) filter.controlId = query.controlId;
    if (query.unitIds) filter.unitId = { $in: query.unitIds };
    if (query.person) {
      const { aadObjectId, as } = query.person;
      if (as === 'owner') filter['owner.aadObjectId'] = aadObjectId;
      else if (as === 'reportingOwner') filter['reportingOwner.aadObjectId'] = aadObjectId;
      else filter.$or = [{ 'owner.aadObjectId': aadObjectId }, { 'reportingOwner.aadObjectId': aadObjectId }];
    }
    if (query.openWithDateBy !== undefined) {
      filter.status = { $nin: [...closedActionStatuses] };
      filter.start = { $lte: query.openWithDateBy };
    }
    const documents = await this.collection.find(filter).sort({ planId: 1, _id: 1 }).toArray();
    const actions = documents.map(fromActionDocument);
    if (query.ownerText === undefined) return actions;
    const wanted = query.ownerText.trim().toLowerCase();
    return actions.filter((action) =>
      [action.owner.name, action.owner.personId, action.owner.aadObjectId, action.owner.roleId].some(
        (value) => value?.toLowerCase() === wanted,
      ),
    );
  }

  async forOccasion(occasionId: string): Promise<Action[]> {
    return (await this.ofOccasions([occasionId])).map(fromActionDocument);
  }
}
