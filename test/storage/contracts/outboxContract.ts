import type { Outbox } from '../../../src/domain/ports/Outbox';
import type { DueReminder } from '../../../src/domain/reminders/types';

/** An adapter under test, fresh and empty for each test. */
export interface OutboxUnderTest {
  outbox: Outbox;
  /** A second handle on the same storage, as another process would have. */
  other: Outbox;
  close(): Promise<void>;
}

const at = new Date('2025-02-07T08:00:00Z');
const person = (n: number) => ({
  aadObjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Person ${n}`,
  locale: 'sv' as const,
});
function reminder(n: number, overrides: Partial<DueReminder> = {}): DueReminder {
  return {
    id: `P/K1/u${n}/2025-01|notice|${person(n).aadObjectId}`,
    occasionId: `P/K1/u${n}/2025-01`,
    planId: 'P',
    kind: 'notice',
    role: 'performer',
    recipient: person(n),
    controlId: 'K1',
    controlTitle: 'Loggkontroll',
    unitId: `u${n}`,
    unitName: `Enhet ${n}`,
    periodKey: '2025-01',
    dueDate: '2025-02-14',
    daysOverdue: 0,
    supersedes: [],
    ...overrides,
  };
}
const later = (ms: number) => new Date(at.getTime() + ms);

/**
 * What every Outbox adapter must do: idempotent enqueue, ordering, one claim per item across
 * handles, a person's items claimed together (never split between claimers), only enqueued items
 * claimable, claims that expire into 'unconfirmed' exactly once, outcomes, hand-back, supersede, purge.
 */
export function outboxContract(name: string, open: () => Promise<OutboxUnderTest>): void {
  describe(`Outbox contract: ${name}`, () => {
    let h: OutboxUnderTest;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(async () => {
      await h.close();
    });

    it('enqueues idempotently, also when two processes enqueue the same reminders at once', async () => {
      const reminders = [1, 2, 3].map((n) => reminder(n));
      const counts = await Promise.all([
        h.outbox.enqueue(reminders, 'tenant', at),
        h.other.enqueue(reminders, 'tenant', at),
      ]);
      expect(counts[0] + counts[1]).toBe(3);
      expect(await h.outbox.enqueue(reminders, 'tenant', later(1000))).toBe(0);
      const pending = await h.outbox.pending();
      expect(pending.map((item) => item.id)).toEqual(reminders.map((r) => r.id));
      expect(pending.every((item) => item.status === 'pending' && item.tenantId === 'tenant')).toBe(true);
    });

    it('lists pending items oldest first, then by id, leaving out the excluded', async () => {
      await h.outbox.enqueue([reminder(3), reminder(2)], 'tenant', later(1000));
      await h.outbox.enqueue([reminder(1)], 'tenant', at);
      expect((await h.outbox.pending()).map((item) => item.recipient.name)).toEqual([
        'Person 1',
        'Person 2',
        'Person 3',
      ]);
      const excluded = new Set([reminder(2).id]);
      expect((await h.outbox.pending(excluded)).map((item) => item.recipient.name)).toEqual([
        'Person 1',
        'Person 3',
      ]);
    });

    it('gives each item to exactly one of many claimers', async () => {
      const reminders = Array.from({ length: 20 }, (_, n) => reminder(n));
      await h.outbox.enqueue(reminders, 'tenant', at);
      const ids = reminders.map((r) => r.id);
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, n) => (n % 2 ? h.other : h.outbox).markInFlight(ids, `owner${n}`, at)),
      );
      expect(claims.flat().sort()).toEqual([...ids].sort());
      expect(await h.outbox.pending()).toEqual([]);
      const sending = await h.outbox.forRecipient(person(0).aadObjectId);
      expect(sending.map((item) => item.status)).toEqual(['sending']);
    });

    it('claims a person’s items together: of many claimers one gets them all, none gets a part', async () => {
      const control = reminder(1);
      const action = reminder(1, { id: `A/1|action|${person(1).aadObjectId}`, occasionId: 'A/1' });
      await h.outbox.enqueue([control, action, reminder(2)], 'tenant', at);
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          (n % 2 ? h.other : h.outbox).markInFlight(
            n % 3 ? [control.id, action.id] : [action.id, control.id, reminder(2).id],
            `owner${n}`,
            at,
          ),
        ),
      );
      const forPerson1 = claims
        .map((ids) => ids.filter((id) => id !== reminder(2).id))
        .filter((ids) => ids.length > 0);
      expect(forPerson1).toHaveLength(1);
      expect([...forPerson1[0]].sort()).toEqual([control.id, action.id].sort());
      expect(claims.flat().filter((id) => id === reminder(2).id)).toHaveLength(1);
      // The hold on a person lasts for the claim only: a handed-back item is claimable at once.
      await h.outbox.complete([{ ids: [action.id], status: 'pending', attempts: [] }], later(10));
      expect(await h.other.markInFlight([action.id], 'next', later(20))).toEqual([action.id]);
    });

    it('never claims an id that was not enqueued', async () => {
      await h.outbox.enqueue([reminder(1)], 'tenant', at);
      expect(await h.outbox.markInFlight(['digest|2025-02-07|P|channel', reminder(1).id], 'a', at)).toEqual([
        reminder(1).id,
      ]);
      expect(await h.outbox.pending()).toEqual([]);
    });

    it('records outcomes of claimed items and hands back items for a later claim', async () => {
      await h.outbox.enqueue([reminder(1), reminder(2), reminder(3)], 'tenant', at);
      await h.outbox.markInFlight([reminder(1).id, reminder(2).id], 'a', at);
      const retry = { at, outcome: 'retry' as const, httpStatus: 503, owner: 'a' };
      await h.outbox.complete(
        [
          { ids: [reminder(1).id], status: 'sent', attempts: [retry, { at, outcome: 'sent', owner: 'a' }] },
          { ids: [reminder(2).id], status: 'pending', attempts: [retry], reason: 'Service unavailable' },
          {
            ids: [reminder(3).id],
            status: 'skipped',
            attempts: [{ at, outcome: 'skipped', code: 'answered', owner: 'a' }],
          },
        ],
        later(10),
      );
      const [sent] = await h.outbox.forRecipient(person(1).aadObjectId);
      expect(sent).toMatchObject({ status: 'sent', sentAt: later(10) });
      expect(sent.attempts.map((attempt) => attempt.outcome)).toEqual(['retry', 'sent']);
      expect((await h.outbox.forRecipient(person(3).aadObjectId))[0].status).toBe('skipped');
      // Handed back: pending again with its attempt kept, and claimable by anyone.
      const [back] = await h.outbox.pending();
      expect(back).toMatchObject({ id: reminder(2).id, status: 'pending' });
      expect(back.attempts.map((attempt) => attempt.outcome)).toEqual(['retry']);
      expect(await h.other.markInFlight([reminder(2).id], 'b', later(20))).toEqual([reminder(2).id]);
      // An outcome never moves a finished item again.
      await h.outbox.complete([{ ids: [reminder(1).id], status: 'failed', attempts: [] }], later(30));
      expect((await h.outbox.forRecipient(person(1).aadObjectId))[0].status).toBe('sent');
    });

    it('turns claims older than the lease into unconfirmed, once, and never offers them again', async () => {
      await h.outbox.enqueue([reminder(1), reminder(2)], 'tenant', at);
      await h.outbox.markInFlight([reminder(1).id], 'dead', at);
      await h.outbox.markInFlight([reminder(2).id], 'alive', later(50_000));
      expect(await h.outbox.recover('x', later(30_000), 60_000)).toEqual({ unconfirmed: [] });
      const recovered = await Promise.all([
        h.outbox.recover('x', later(61_000), 60_000),
        h.other.recover('y', later(61_000), 60_000),
      ]);
      expect(recovered.flatMap((r) => r.unconfirmed)).toEqual([reminder(1).id]);
      expect((await h.outbox.forRecipient(person(1).aadObjectId))[0]).toMatchObject({
        status: 'unconfirmed',
        reason: expect.stringMatching(/not sent again/),
      });
      expect((await h.outbox.forRecipient(person(2).aadObjectId))[0].status).toBe('sending');
      expect(await h.outbox.pending()).toEqual([]);
      expect(await h.outbox.markInFlight([reminder(1).id], 'late', later(62_000))).toEqual([]);
    });

    it('supersedes only items not yet claimed', async () => {
      await h.outbox.enqueue([reminder(1), reminder(2)], 'tenant', at);
      await h.outbox.markInFlight([reminder(2).id], 'a', at);
      expect(await h.outbox.supersede([reminder(1).id, reminder(2).id, 'unknown'], 'Replaced.', at)).toBe(1);
      expect((await h.outbox.forRecipient(person(1).aadObjectId))[0]).toMatchObject({
        status: 'skipped',
        reason: 'Replaced.',
      });
      expect((await h.outbox.forRecipient(person(2).aadObjectId))[0].status).toBe('sending');
    });

    it('filters a person’s items by status and purges finished items of old occasions only', async () => {
      await h.outbox.enqueue(
        [
          reminder(1),
          reminder(1, { id: 'old|1', dueDate: '2023-01-10' }),
          reminder(1, { id: 'old|2', dueDate: '2023-01-11' }),
        ],
        'tenant',
        at,
      );
      await h.outbox.markInFlight(['old|1'], 'a', at);
      await h.outbox.complete([{ ids: ['old|1'], status: 'sent', attempts: [] }], at);
      const mine = person(1).aadObjectId;
      expect((await h.outbox.forRecipient(mine)).map((item) => item.id)).toEqual([
        'old|1',
        'old|2',
        reminder(1).id,
      ]);
      expect((await h.outbox.forRecipient(mine, ['pending'])).map((item) => item.id)).toEqual([
        'old|2',
        reminder(1).id,
      ]);
      expect(await h.outbox.purge('2024-01-01')).toBe(1);
      expect((await h.outbox.forRecipient(mine)).map((item) => item.id)).toEqual(['old|2', reminder(1).id]);
    });
  });
}
