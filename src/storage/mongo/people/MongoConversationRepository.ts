import type { Collection, Db } from 'mongodb';
import type {
  ConversationRepository,
  StoredConversation,
} from '../../../domain/ports/ConversationRepository';

type ConversationDocument = StoredConversation & { _id: string };

export class MongoConversationRepository implements ConversationRepository {
  private readonly collection: Collection<ConversationDocument>;

  constructor(db: Db) {
    this.collection = db.collection<ConversationDocument>('conversations');
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
