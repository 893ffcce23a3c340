import type { AuditLog } from '../../../src/domain/ports/AuditLog';
import type { OccasionRepository } from '../../../src/domain/ports/OccasionRepository';
import type { PlanRepository } from '../../../src/domain/ports/PlanRepository';
import { occasionsOf } from '../../../src/domain/schedule/occasionsOf';
import { generateLargePlan } from '../../../src/planFiles';

export interface PlansUnderTest {
  plans: PlanRepository;
  /** A second process's handle on the same storage. */
  other: PlanRepository;
  occasions: OccasionRepository;
  audit: AuditLog;
  close(): Promise<void>;
}

const at = new Date('2025-01-15T09:00:00Z');

/**
 * What every PlanRepository adapter must do: revisions that grow by one per save or commit, one
 * revision per import key (also from two processes at once), readers that complete a committed but
 * unsynced revision, listing order; and the AuditLog it works with: once-keys, oldest first.
 */
export function plansContract(name: string, open: () => Promise<PlansUnderTest>): void {
  describe(`PlanRepository and AuditLog contract: ${name}`, () => {
    let h: PlansUnderTest;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(async () => {
      await h.close();
    });
    const plan = (year = 2025, units = 4) => ({
      ...generateLargePlan({ units, controls: 4, year }),
      id: `P-${year}`,
    });

    it('counts revisions, lists newest year first and finds by year', async () => {
      expect((await h.plans.save(plan(2024), 'cli', at)).revision).toBe(1);
      expect((await h.plans.save(plan(2025), 'cli', at)).revision).toBe(1);
      expect((await h.plans.save(plan(2025), 'cli', at)).revision).toBe(2);
      expect((await h.plans.list()).map((stored) => [stored.plan.id, stored.revision])).toEqual([
        ['P-2025', 2],
        ['P-2024', 1],
      ]);
      expect((await h.plans.findByYear(2024)).map((stored) => stored.plan.id)).toEqual(['P-2024']);
      expect(await h.plans.findById('none')).toBeNull();
    });

    it('a reader in another process sees every new import of a plan it has read before', async () => {
      await h.plans.save({ ...plan(), title: 'Första' }, 'cli', at);
      expect((await h.other.findById('P-2025'))?.plan.title).toBe('Första');
      await h.plans.save({ ...plan(), title: 'Andra' }, 'cli', at);
      expect((await h.other.findById('P-2025'))?.plan.title).toBe('Andra');
      expect((await h.other.list()).map((stored) => stored.plan.title)).toEqual(['Andra']);
      await h.plans.commit({ ...plan(), title: 'Tredje' }, 'cli', at);
      expect((await h.other.findById('P-2025'))?.plan.title).toBe('Tredje');
    });

    it('commits one revision per import key, also when two processes commit it at once', async () => {
      const [a, b] = await Promise.all([
        h.plans.commit(plan(), 'x', at, 'import-1'),
        h.other.commit(plan(), 'x', at, 'import-1'),
      ]);
      expect([a.revision, b.revision]).toEqual([1, 1]);
      expect((await h.plans.commit(plan(), 'x', at, 'import-1')).revision).toBe(1);
      expect((await h.plans.commit(plan(), 'x', at, 'import-2')).revision).toBe(2);
      // An earlier key re-applied after a later import returns the later plan, no new revision.
      const later = { ...plan(), title: 'Senare' };
      await h.plans.commit(later, 'x', at, 'import-3');
      expect(await h.plans.commit(plan(), 'x', at, 'import-1')).toMatchObject({
        revision: 3,
        plan: { title: 'Senare' },
      });
    });

    it('lets a reader complete a revision committed but never synced (the importer stopped), with its audit entry', async () => {
      const committed = await h.plans.commit(plan(2025, 6), 'cli', at);
      expect(await h.occasions.count({ planId: 'P-2025' })).toBe(0);
      const [read] = await Promise.all([h.plans.findById('P-2025'), h.other.list()]);
      expect(read?.revision).toBe(committed.revision);
      expect(await h.occasions.count({ planId: 'P-2025' })).toBe(occasionsOf(plan(2025, 6)).length);
      const entries = (await h.audit.forSubject('P-2025')).filter(
        (entry) => entry.action === 'plan.imported',
      );
      expect(entries).toHaveLength(1);
      expect(entries[0].details).toMatchObject({ revision: committed.revision });
      // Synced now: another read changes nothing.
      await h.plans.markSynced('P-2025', committed.revision);
      expect((await h.plans.findById('P-2025'))?.revision).toBe(committed.revision);
    });

    it('appends audit entries once per once-key and returns a subject’s entries oldest first', async () => {
      const entry = (minute: number, action: string) => ({
        at: new Date(at.getTime() + minute * 60_000),
        actor: { system: 'test' },
        action,
        subject: 'S',
        details: {},
      });
      await Promise.all(Array.from({ length: 10 }, () => h.audit.append(entry(2, 'b'), 'once')));
      await h.audit.append(entry(1, 'a'));
      await h.audit.append(entry(3, 'c'));
      expect((await h.audit.forSubject('S')).map((e) => e.action)).toEqual(['a', 'b', 'c']);
    });
  });
}
