import type { Collection, Db } from 'mongodb';
import type {
  ConversationRepository,
  StoredConversation,
} from '../../../domain/ports/ConversationRepository';
import { batchedFindByIds, SHARED_FIND_MAX_KEYS } from '../batching/batchedFind';

type ConversationDocument = StoredConversation & { _id: string };

export class MongoConversationRepository implements ConversationRepository {
  private readonly collection: Collection<ConversationDocument>;
  /** A card's few people, looked up together with other cards' (see batchedFind). */
  private readonly fewByKeys: (keys: readonly string[]) => Promise<ConversationDocument[]>;

  constructor(db: Db) {
    this.collection = db.collection<ConversationDocument>('conversations');
    this.fewByKeys = batchedFindByIds(this.collection);
  }

  async save(conversation: StoredConversation): Promise<void> {
    const { key, ...rest } = conversation;
    const fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    await this.collection.updateOne({ _id: key }, { $set: { ...fields, key } }, { upsert: true });
  }

  async findByKey(key: string): Promise<StoredConversation | null> {
    return toDomain(await this.collection.findOne({ _id: key }));
  }

  async findPersonal(aadObjectId: string): Promise<StoredConversation | null> {
    return toDomain(await this.collection.findOne({ kind: 'personal', aadObjectId }));
  }

  async findByKeys(keys: readonly string[]): Promise<StoredConversation[]> {
    if (keys.length <= SHARED_FIND_MAX_KEYS)
      return (await this.fewByKeys(keys)).map((document) => toDomain(document) as StoredConversation);
    const found: StoredConversation[] = [];
    for (let i = 0; i < keys.length; i += 1000) {
      const documents = await this.collection.find({ _id: { $in: keys.slice(i, i + 1000) } }).toArray();
      for (const document of documents) found.push(toDomain(document) as StoredConversation);
    }
    return found;
  }

  async markUninstalled(key: string, at: Date): Promise<void> {
    await this.collection.updateOne({ _id: key }, { $set: { installed: false, updatedAt: at } });
  }
}

function toDomain(document: ConversationDocument | null): StoredConversation | null {
  if (!document) return null;
  const { _id, ...conversation } = document;
  return { ...conversation, key: _id };
}
