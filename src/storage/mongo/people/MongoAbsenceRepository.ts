import type { Collection, Db } from 'mongodb';
import type { AbsenceRepository } from '../../../domain/ports/AbsenceRepository';
import type { Absence, UnitPause } from '../../../domain/reminders/types';

interface AbsenceDocument {
  _id: string;
  kind: 'absence' | 'pause';
  aadObjectId?: string;
  planId?: string;
  unitId?: string;
  until: string;
  setBy: string;
  updatedAt: Date;
}

/** Absences (key "person:<aadObjectId>") and unit pauses (key "pause:<planId>/<unitId>") in one small collection. */
export class MongoAbsenceRepository implements AbsenceRepository {
  private readonly collection: Collection<AbsenceDocument>;

  constructor(db: Db) {
    this.collection = db.collection<AbsenceDocument>('absences');
  }

  async setAbsence(absence: Absence, at: Date): Promise<void> {
    await this.collection.updateOne(
      { _id: `person:${absence.aadObjectId}` },
      {
        $set: {
          kind: 'absence',
          aadObjectId: absence.aadObjectId,
          until: absence.until,
          setBy: absence.setBy,
          updatedAt: at,
        },
      },
      { upsert: true },
    );
  }

  async clearAbsence(aadObjectId: string): Promise<boolean> {
    return (await this.collection.deleteOne({ _id: `person:${aadObjectId}` })).deletedCount > 0;
  }

  async absences(): Promise<Absence[]> {
    const documents = await this.collection.find({ kind: 'absence' }).toArray();
    return documents.map((d) => ({ aadObjectId: d.aadObjectId ?? '', until: d.until, setBy: d.setBy }));
  }

  async setPause(pause: UnitPause, at: Date): Promise<void> {
    await this.collection.updateOne(
      { _id: `pause:${pause.planId}/${pause.unitId}` },
      {
        $set: {
          kind: 'pause',
          planId: pause.planId,
          unitId: pause.unitId,
          until: pause.until,
          setBy: pause.setBy,
          updatedAt: at,
        },
      },
      { upsert: true },
    );
  }

  async clearPause(planId: string, unitId: string): Promise<boolean> {
    return (await this.collection.deleteOne({ _id: `pause:${planId}/${unitId}` })).deletedCount > 0;
  }

  async pauses(): Promise<UnitPause[]> {
    const documents = await this.collection.find({ kind: 'pause' }).toArray();
    return documents.map((d) => ({
      planId: d.planId ?? '',
      unitId: d.unitId ?? '',
      until: d.until,
      setBy: d.setBy,
    }));
  }
}
