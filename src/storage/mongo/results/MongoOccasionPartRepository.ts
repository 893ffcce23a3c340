import type { Collection, Db } from 'mongodb';
import type { OccasionPart, OccasionPartRepository } from '../../../domain/ports/OccasionPartRepository';

type PartDocument = OccasionPart & { _id: string };

/** Per-role answers (collection occasionParts), _id "<occasionId>|<roleId>": one upsert per answer. */
export class MongoOccasionPartRepository implements OccasionPartRepository {
  private readonly parts: Collection<PartDocument>;

  constructor(db: Db) {
    this.parts = db.collection<PartDocument>('occasionParts');
  }

  async ensureIndexes(): Promise<void> {
    await this.parts.createIndex({ occasionId: 1 });
  }

  async savePart(part: OccasionPart): Promise<void> {
    const _id = `${part.occasionId}|${part.roleId}`;
    await this.parts.replaceOne({ _id }, part, { upsert: true });
  }

  async partsOf(occasionIds: readonly string[]): Promise<OccasionPart[]> {
    if (occasionIds.length === 0) return [];
    const documents = await this.parts
      .find({ occasionId: { $in: [...occasionIds] } })
      .sort({ at: 1, _id: 1 })
      .toArray();
    return documents.map(({ _id, ...part }) => part);
  }
}
