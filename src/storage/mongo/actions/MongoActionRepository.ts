import type { Collection, Db } from 'mongodb';
import type { ActionRecord, ActionRepository } from '../../../domain/ports/ActionRepository';

type ActionDocument = Omit<ActionRecord, 'id'> & { _id: string };

const DUPLICATE_KEY = 11000;

/** Actions in collection 'actions'; created with insertOne on a deterministic _id, so retries are no-ops. */
export class MongoActionRepository implements ActionRepository {
  readonly collection: Collection<ActionDocument>;

  constructor(db: Db) {
    this.collection = db.collection<ActionDocument>('actions');
  }

  async createOnce(action: ActionRecord): Promise<boolean> {
    const { id, ...rest } = action;
    try {
      await this.collection.insertOne({ _id: id, ...rest });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  async forOccasion(occasionId: string): Promise<ActionRecord[]> {
    const documents = await this.collection.find({ occasionId }).sort({ createdAt: 1, _id: 1 }).toArray();
    return documents.map(({ _id, ...rest }) => ({ id: _id, ...rest }));
  }
}
