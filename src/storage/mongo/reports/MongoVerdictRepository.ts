import type { Collection, Db } from 'mongodb';
import type { VerdictRepository } from '../../../domain/ports/VerdictRepository';
import type { Verdict } from '../../../domain/verdicts/Verdict';

type VerdictDocument = Verdict & { _id: string };

const idOf = (v: Pick<Verdict, 'planId' | 'year' | 'riskAreaId'>): string =>
  `${v.planId}|${v.year}|${v.riskAreaId}`;

function toVerdict(document: VerdictDocument): Verdict {
  const { _id, ...verdict } = document;
  void _id;
  return verdict;
}

/**
 * Collection verdicts, _id "<planId>|<year>|<riskAreaId>": one document per area, replaced in one
 * atomic findOneAndReplace (the earlier verdict it returns goes to the audit log).
 */
export class MongoVerdictRepository implements VerdictRepository {
  private readonly collection: Collection<VerdictDocument>;

  constructor(db: Db) {
    this.collection = db.collection<VerdictDocument>('verdicts');
  }

  async save(verdict: Verdict): Promise<Verdict | null> {
    const before = await this.collection.findOneAndReplace(
      { _id: idOf(verdict) },
      { ...verdict },
      { upsert: true, returnDocument: 'before' },
    );
    return before ? toVerdict(before) : null;
  }

  async remove(which: Pick<Verdict, 'planId' | 'year' | 'riskAreaId'>): Promise<Verdict | null> {
    const removed = await this.collection.findOneAndDelete({ _id: idOf(which) });
    return removed ? toVerdict(removed) : null;
  }

  async ofYear(planId: string, year: number): Promise<Verdict[]> {
    const documents = await this.collection.find({ planId, year }).sort({ _id: 1 }).toArray();
    return documents.map(toVerdict);
  }
}
