import type { Collection, Db } from 'mongodb';
import type { Plan } from '../../domain/plan/types';
import type { PlanRepository, StoredPlan } from '../../domain/ports/PlanRepository';

interface PlanDocument {
  _id: string;
  year: number;
  plan: Plan;
  revision: number;
  importedAt: Date;
  importedBy: string;
}

export class MongoPlanRepository implements PlanRepository {
  private readonly collection: Collection<PlanDocument>;

  constructor(db: Db) {
    this.collection = db.collection<PlanDocument>('plans');
  }

  async save(plan: Plan, importedBy: string, at: Date): Promise<StoredPlan> {
    const document = await this.collection.findOneAndUpdate(
      { _id: plan.id },
      { $set: { year: plan.year, plan, importedAt: at, importedBy }, $inc: { revision: 1 } },
      { upsert: true, returnDocument: 'after' },
    );
    if (!document) throw new Error(`Saving plan ${plan.id} returned nothing; check the database connection.`);
    return toStoredPlan(document);
  }

  async findById(planId: string): Promise<StoredPlan | null> {
    const document = await this.collection.findOne({ _id: planId });
    return document ? toStoredPlan(document) : null;
  }

  async findByYear(year: number): Promise<StoredPlan[]> {
    const documents = await this.collection.find({ year }).sort({ _id: 1 }).toArray();
    return documents.map(toStoredPlan);
  }

  async list(): Promise<StoredPlan[]> {
    const documents = await this.collection.find({}).sort({ year: -1, _id: 1 }).toArray();
    return documents.map(toStoredPlan);
  }
}

function toStoredPlan(document: PlanDocument): StoredPlan {
  return {
    plan: document.plan,
    revision: document.revision,
    importedAt: document.importedAt,
    importedBy: document.importedBy,
  };
}
