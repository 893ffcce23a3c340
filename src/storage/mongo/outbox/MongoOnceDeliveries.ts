import type { Collection, Db } from 'mongodb';
import type {
  OnceDeliveries,
  OnceDelivery,
  OnceDeliveryOutcome,
  OnceDeliveryStatus,
} from '../../../domain/ports/OnceDeliveries';

export interface OnceDeliveryDocument extends Omit<OnceDelivery, 'key'> {
  _id: string;
}

const FINISHED: OnceDeliveryStatus[] = ['sent', 'failed', 'unconfirmed'];
const isDuplicateKey = (error: unknown): boolean => (error as { code?: number }).code === 11000;

/**
 * One document per message key (_id: the key, so a second claim of a new key meets the unique _id),
 * changed only by single-document conditional updates: the claim inserts it, or takes a handed-back
 * one with findOneAndUpdate from 'pending'; renewals and outcomes are conditional on the owner and
 * 'sending', so a claim that lapsed into 'unconfirmed' is never overwritten.
 */
export class MongoOnceDeliveries implements OnceDeliveries {
  readonly collection: Collection<OnceDeliveryDocument>;

  constructor(db: Db) {
    this.collection = db.collection<OnceDeliveryDocument>('onceDeliveries');
  }

  async claim(key: string, owner: string, clock: Date, leaseMs: number): Promise<boolean> {
    try {
      await this.collection.insertOne({
        _id: key,
        status: 'sending',
        owner,
        createdAt: clock,
        claimedAt: clock,
        attempts: [],
      });
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const handedBack = await this.collection.findOneAndUpdate(
      { _id: key, status: 'pending' },
      { $set: { status: 'sending', owner, claimedAt: clock }, $unset: { reason: '' } },
      { projection: { _id: 1 } },
    );
    if (handedBack) return true;
    // Claimed and never finished within the lease: the sender stopped mid-send. Recorded, not re-sent.
    await this.collection.findOneAndUpdate(
      { _id: key, status: 'sending', claimedAt: { $lt: new Date(clock.getTime() - leaseMs) } },
      {
        $set: {
          status: 'unconfirmed',
          finishedAt: clock,
          reason:
            'The sending process stopped while the message was being sent; Teams may or may not have delivered it, so it is not sent again.',
        },
        $push: { attempts: { at: clock, outcome: 'unconfirmed', owner } },
      },
      { projection: { _id: 1 } },
    );
    return false;
  }

  async renew(key: string, owner: string, clock: Date): Promise<boolean> {
    const renewed = await this.collection.findOneAndUpdate(
      { _id: key, status: 'sending', owner },
      { $set: { claimedAt: clock } },
      { projection: { _id: 1 } },
    );
    return renewed !== null;
  }

  async complete(key: string, owner: string, outcome: OnceDeliveryOutcome, at: Date): Promise<boolean> {
    const { status, attempts, reason } = outcome;
    const result = await this.collection.updateOne(
      { _id: key, status: 'sending', owner },
      {
        $set: {
          status,
          ...(status === 'pending' ? {} : { finishedAt: at }),
          ...(reason ? { reason } : {}),
        },
        $push: { attempts: { $each: attempts } },
      },
    );
    return result.modifiedCount === 1;
  }

  async get(key: string): Promise<OnceDelivery | undefined> {
    const document = await this.collection.findOne({ _id: key });
    if (!document) return undefined;
    const { _id, ...delivery } = document;
    return { ...delivery, key: _id };
  }

  async purge(before: Date): Promise<number> {
    const { deletedCount } = await this.collection.deleteMany({
      status: { $in: FINISHED },
      createdAt: { $lt: before },
    });
    return deletedCount;
  }
}
