import type { Collection, Db } from 'mongodb';
import type { DigestSnapshot } from '../../../domain/digests/LeadershipDigest';
import type { IsoDate } from '../../../domain/plan/types';
import type { DigestSnapshots } from '../../../domain/ports/DigestSnapshots';

interface SnapshotDocument extends DigestSnapshot {
  _id: string;
}

/** One small document per plan, period and day the weekly digest ran (collection digestSnapshots). */
export class MongoDigestSnapshots implements DigestSnapshots {
  private readonly collection: Collection<SnapshotDocument>;

  constructor(db: Db) {
    this.collection = db.collection<SnapshotDocument>('digestSnapshots');
  }

  async save(snapshot: DigestSnapshot): Promise<void> {
    const _id = `${snapshot.planId}|${snapshot.periodKey}|${snapshot.takenOn}`;
    await this.collection.replaceOne({ _id }, snapshot, { upsert: true });
  }

  async latest(planId: string, periodKey: string, onOrBefore: IsoDate): Promise<DigestSnapshot | null> {
    const [document] = await this.collection
      .find({ planId, periodKey, takenOn: { $lte: onOrBefore } })
      .sort({ takenOn: -1 })
      .limit(1)
      .toArray();
    if (!document) return null;
    const { _id, ...snapshot } = document;
    void _id;
    return snapshot;
  }
}
