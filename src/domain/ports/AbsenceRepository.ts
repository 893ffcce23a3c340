import type { Absence, UnitPause } from '../reminders/types';

/** Who is away and which units have their reminders paused, each with an end date. */
export interface AbsenceRepository {
  setAbsence(absence: Absence, at: Date): Promise<void>;
  clearAbsence(aadObjectId: string): Promise<boolean>;
  absences(): Promise<Absence[]>;
  setPause(pause: UnitPause, at: Date): Promise<void>;
  clearPause(planId: string, unitId: string): Promise<boolean>;
  pauses(): Promise<UnitPause[]>;
}
