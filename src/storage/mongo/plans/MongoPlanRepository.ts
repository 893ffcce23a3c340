import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import type { Plan } from '../../../domain/plan/types';
import type { PlanRepository, StoredPlan } from '../../../domain/ports/PlanRepository';
import { occasionsOf } from '../../../domain/schedule/occasionsOf';
import { MongoAuditLog } from '../audit/MongoAuditLog';
import { MongoOccasionRepository } from '../occasions/MongoOccasionRepository';
import { NaturalBatcher } from '../batching/NaturalBatcher';

interface PlanDocument {
  _id: string;
  year: number;
  plan: Plan;
  revision: number;
  importedAt: Date;
  importedBy: string;
  /** Set by commit, removed by markSynced: the occasions may still show the previous revision. */
  unsynced?: boolean;
  /**
   * A new random value with every write of the plan's content; a document rewritten elsewhere (a
   * person's erasure) loses it. Cached plans are used only while it is unchanged.
   */
  etag?: string;
  /** The last imports committed (e.g. pending Teams imports), so that re-applying one is no new revision. */
  importKeys?: string[];
}

const KEPT_IMPORT_KEYS = 50;

/** What a read fetches first: enough to tell whether the cached plan is current. */
type PlanHead = Pick<PlanDocument, '_id' | 'revision' | 'unsynced' | 'etag'>;

/**
 * Plans as last read, per database, by id: a plan document is large (a municipality's plan is
 * hundreds of KB) and read on most turns, while it changes only with an import, which always raises
 * its etag. A read therefore fetches only the head (a few bytes by _id) and takes the plan from here
 * when the etag is the same; every process sees another's import at its next read.
 */
const cachedPlans = new WeakMap<Db, Map<string, { etag: string; stored: StoredPlan }>>();

/** The audit key of a revision's import entry: one entry, whoever completes the import. */
export const importAuditKey = (planId: string, revision: number): string => `${planId}#r${revision}#imported`;

/**
 * Plans, one document each, holding the current revision's content: switching a revision is one
 * single-document update, the commit point of an import (see PlanRepository.commit). Every read
 * follows that pointer: a revision committed but not synced (the importer was killed) is synced by
 * the reader before it answers.
 */
export class MongoPlanRepository implements PlanRepository {
  private readonly collection: Collection<PlanDocument>;
  private readonly rollingForward = new Map<string, Promise<void>>();
  /**
   * Every plan's head, for the callers of list() at the same moment (most turns ask): one find
   * answers all of them (see NaturalBatcher), each with its own array, read after it asked.
   */
  private readonly allHeads: NaturalBatcher<null, PlanHead[]>;

  constructor(private readonly db: Db) {
    this.collection = db.collection<PlanDocument>('plans');
    this.allHeads = new NaturalBatcher(async (callers) => {
      const heads = await this.heads({});
      return callers.map(() => ({ ok: true, value: [...heads] }));
    });
  }

  async save(plan: Plan, importedBy: string, at: Date): Promise<StoredPlan> {
    const document = await this.collection.findOneAndUpdate(
      { _id: plan.id },
      {
        $set: { year: plan.year, plan, importedAt: at, importedBy, etag: randomUUID() },
        $inc: { revision: 1 },
        $unset: { unsynced: '' },
      },
      { upsert: true, returnDocument: 'after' },
    );
    if (!document) throw new Error(`Saving plan ${plan.id} returned nothing; check the database connection.`);
    return toStoredPlan(document);
  }

  async commit(plan: Plan, importedBy: string, at: Date, importKey?: string): Promise<StoredPlan> {
    try {
      const document = await this.collection.findOneAndUpdate(
        importKey ? { _id: plan.id, importKeys: { $ne: importKey } } : { _id: plan.id },
        {
          $set: { year: plan.year, plan, importedAt: at, importedBy, unsynced: true, etag: randomUUID() },
          $inc: { revision: 1 },
          ...(importKey ? { $push: { importKeys: { $each: [importKey], $slice: -KEPT_IMPORT_KEYS } } } : {}),
        },
        { upsert: true, returnDocument: 'after' },
      );
      if (document) return toStoredPlan(document);
    } catch (error) {
      // The upsert of a plan that already took this import: its _id exists, so the insert is refused.
      if ((error as { code?: number }).code !== 11000) throw error;
    }
    const current = await this.collection.findOne({ _id: plan.id });
    if (!current)
      throw new Error(`Committing plan ${plan.id} returned nothing; check the database connection.`);
    return toStoredPlan(current);
  }

  async markSynced(planId: string, revision: number): Promise<void> {
    await this.collection.updateOne({ _id: planId, revision }, { $unset: { unsynced: '' } });
  }

  async findById(planId: string): Promise<StoredPlan | null> {
    const head = await this.collection.findOne({ _id: planId }, { projection: HEAD });
    return head ? this.current(head) : null;
  }

  async findByYear(year: number): Promise<StoredPlan[]> {
    return this.read(await this.heads({ year }));
  }

  async list(): Promise<StoredPlan[]> {
    return this.read(await this.allHeads.run(null));
  }

  private heads(filter: { year?: number }): Promise<PlanHead[]> {
    return this.collection
      .find(filter, { projection: HEAD })
      .sort(filter.year === undefined ? { year: -1, _id: 1 } : { _id: 1 })
      .toArray();
  }

  private async read(heads: readonly PlanHead[]): Promise<StoredPlan[]> {
    const current: StoredPlan[] = [];
    for (const head of heads) {
      const stored = await this.current(head);
      if (stored) current.push(stored);
    }
    return current;
  }

  /** The plan of a head (id, unsynced, etag): from the cache while its etag is unchanged. */
  private async current(head: PlanHead): Promise<StoredPlan | null> {
    let cache = cachedPlans.get(this.db);
    if (!cache) {
      cache = new Map();
      cachedPlans.set(this.db, cache);
    }
    const cached = cache.get(head._id);
    if (cached && !head.unsynced && head.etag !== undefined && cached.etag === head.etag)
      return cached.stored;
    let document = await this.collection.findOne({ _id: head._id });
    if (!document) return null;
    if (document.unsynced) document = await this.rollForward(document);
    const stored = toStoredPlan(document);
    if (!document.unsynced && document.etag !== undefined)
      cache.set(head._id, { etag: document.etag, stored });
    return stored;
  }

  /**
   * Completes an import whose process stopped after the commit: syncs the occasions to the
   * committed revision (idempotent, so a racing importer or reader does no harm), marks it synced
   * and writes the import's audit entry if it is missing. Returns the plan as it is then stored.
   */
  private async rollForward(document: PlanDocument): Promise<PlanDocument> {
    const key = `${document._id}#${document.revision}`;
    let running = this.rollingForward.get(key);
    if (!running) {
      running = this.syncRevision(document).finally(() => this.rollingForward.delete(key));
      this.rollingForward.set(key, running);
    }
    await running;
    return (await this.collection.findOne({ _id: document._id })) ?? document;
  }

  private async syncRevision(found: PlanDocument): Promise<void> {
    // Until the revision synced is still the current one: a later import may commit meanwhile,
    // and a sync of older content must not be the last word.
    let document: PlanDocument | null = found;
    for (let round = 0; document && round < 5; round += 1) {
      await this.syncOccasions(document);
      await this.markSynced(document._id, document.revision);
      const now: PlanDocument | null = await this.collection.findOne({ _id: document._id });
      document = now && (now.unsynced || now.revision !== document.revision) ? now : null;
    }
  }

  private async syncOccasions(document: PlanDocument): Promise<void> {
    const { plan } = document;
    const riskAreaOf = new Map<string, string>();
    for (const area of plan.riskAreas)
      for (const control of area.controls) riskAreaOf.set(control.id, area.id);
    const repository = new MongoOccasionRepository(this.db);
    const occasions = await repository.sync(
      plan.id,
      occasionsOf(plan),
      (controlId) => riskAreaOf.get(controlId) ?? '',
      document.importedAt,
    );
    // The importer may have stopped in the views' rebuild after its sync: rebuild them too.
    if (occasions.added + occasions.updated + occasions.removed + occasions.retired === 0)
      await repository.projections.rebuild(plan.id);
    await new MongoAuditLog(this.db).append(
      {
        at: document.importedAt,
        actor: { system: 'plan-import-recovery' },
        action: 'plan.imported',
        subject: plan.id,
        details: {
          revision: document.revision,
          year: plan.year,
          importedBy: document.importedBy,
          occasions,
          completedAfterInterruption: true,
        },
      },
      importAuditKey(plan.id, document.revision),
    );
  }
}

const HEAD = { _id: 1, revision: 1, unsynced: 1, etag: 1 } as const;

function toStoredPlan(document: PlanDocument): StoredPlan {
  return {
    plan: document.plan,
    revision: document.revision,
    importedAt: document.importedAt,
    importedBy: document.importedBy,
  };
}
