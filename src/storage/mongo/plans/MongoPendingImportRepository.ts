import type { Collection, Db } from 'mongodb';
import type { Actor } from '../../../domain/ports/OccasionRepository';
import type {
  PendingImport,
  PendingImportRepository,
  PendingImportState,
} from '../../../domain/ports/PendingImportRepository';

type PendingImportDocument = Omit<PendingImport, 'id'> & { _id: string };

/**
 * Plan files waiting for an administrator's confirmation (a handful of documents). A TTL index on
 * expiresAt deletes expired ones on MongoDB; readers check expiresAt themselves, since the TTL
 * monitor runs once a minute and the embedded database never expires.
 */
export class MongoPendingImportRepository implements PendingImportRepository {
  readonly collection: Collection<PendingImportDocument>;

  constructor(db: Db) {
    this.collection = db.collection<PendingImportDocument>('pendingImports');
  }

  async create(pending: PendingImport): Promise<void> {
    const { id, ...rest } = pending;
    await this.collection.insertOne({ _id: id, ...rest }, { ignoreUndefined: true });
  }

  async findById(id: string): Promise<PendingImport | null> {
    const document = await this.collection.findOne({ _id: id });
    return document ? toPendingImport(document) : null;
  }

  async decide(
    id: string,
    actor: Actor,
    state: Exclude<PendingImportState, 'pending'>,
    at: Date,
  ): Promise<PendingImport | null> {
    const document = await this.collection.findOneAndUpdate(
      { _id: id, state: 'pending', 'uploadedBy.aadObjectId': actor.aadObjectId },
      { $set: { state, decidedBy: actor, decidedAt: at } },
      { returnDocument: 'after' },
    );
    return document ? toPendingImport(document) : null;
  }

  async reopen(id: string): Promise<void> {
    await this.collection.updateOne(
      { _id: id },
      { $set: { state: 'pending' }, $unset: { decidedBy: '', decidedAt: '' } },
    );
  }

  async markApplied(id: string, revision: number): Promise<void> {
    await this.collection.updateOne({ _id: id, state: 'confirmed' }, { $set: { appliedRevision: revision } });
  }

  async deleteExpired(now: Date): Promise<number> {
    const { deletedCount } = await this.collection.deleteMany({ expiresAt: { $lt: now } });
    return deletedCount;
  }
}

function toPendingImport(document: PendingImportDocument): PendingImport {
  const { _id, ...rest } = document;
  return { id: _id, ...rest };
}
