import type { Collection, Db } from 'mongodb';
import type { Reachability, ReachabilityRepository } from '../../../domain/ports/ReachabilityRepository';

interface ReachabilityDocument extends Omit<Reachability, 'aadObjectId'> {
  _id: string;
}

/** Collection 'reachability': one document per unreachable person (_id = object id), deleted when reached. */
export class MongoReachabilityRepository implements ReachabilityRepository {
  private readonly collection: Collection<ReachabilityDocument>;

  constructor(db: Db) {
    this.collection = db.collection<ReachabilityDocument>('reachability');
  }

  async unreachable(aadObjectIds?: readonly string[]): Promise<Reachability[]> {
    const filter = aadObjectIds ? { _id: { $in: [...aadObjectIds] } } : {};
    const documents = await this.collection.find(filter).toArray();
    return documents.map(({ _id, ...rest }) => ({ aadObjectId: _id, ...rest }));
  }

  async markUnreachable(record: Omit<Reachability, 'since'>): Promise<void> {
    const { aadObjectId, ...fields } = record;
    await this.collection.updateOne(
      { _id: aadObjectId },
      { $set: fields, $setOnInsert: { since: record.updatedAt } },
      { upsert: true },
    );
  }

  async markReachable(aadObjectId: string): Promise<void> {
    await this.collection.deleteOne({ _id: aadObjectId });
  }
}
