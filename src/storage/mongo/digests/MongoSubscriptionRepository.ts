import type { Collection, Db } from 'mongodb';
import type { Subscription, SubscriptionRepository } from '../../../domain/ports/SubscriptionRepository';

interface SubscriptionDocument extends Omit<Subscription, 'key'> {
  _id: string;
}

/** Channels subscribed to the weekly leadership digest (collection subscriptions, keyed by conversation). */
export class MongoSubscriptionRepository implements SubscriptionRepository {
  private readonly collection: Collection<SubscriptionDocument>;

  constructor(db: Db) {
    this.collection = db.collection<SubscriptionDocument>('subscriptions');
  }

  async subscribe(subscription: Subscription): Promise<boolean> {
    const { key, ...fields } = subscription;
    const result = await this.collection.updateOne(
      { _id: key },
      {
        $set: { locale: fields.locale, tenantId: fields.tenantId, conversationId: fields.conversationId },
        $setOnInsert: { subscribedBy: fields.subscribedBy, subscribedAt: fields.subscribedAt },
      },
      { upsert: true },
    );
    return result.upsertedCount === 1;
  }

  async unsubscribe(key: string): Promise<boolean> {
    const result = await this.collection.deleteOne({ _id: key });
    return result.deletedCount === 1;
  }

  async list(): Promise<Subscription[]> {
    const documents = await this.collection.find({}).sort({ subscribedAt: 1 }).toArray();
    return documents.map(({ _id, ...fields }) => ({ key: _id, ...fields }));
  }
}
