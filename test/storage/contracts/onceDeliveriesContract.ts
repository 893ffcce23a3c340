import type { OnceDeliveries } from '../../../src/domain/ports/OnceDeliveries';

/** An adapter under test, fresh and empty for each test. */
export interface OnceDeliveriesUnderTest {
  deliveries: OnceDeliveries;
  /** A second handle on the same storage, as another process would have. */
  other: OnceDeliveries;
  close(): Promise<void>;
}

const at = new Date('2025-09-15T06:00:00Z');
const later = (ms: number) => new Date(at.getTime() + ms);
const key = 'digest|2025-09-15|P|channel-1';
const LEASE = 60_000;

/**
 * What every OnceDeliveries adapter must do: one claim per key across handles, hand-back after
 * transient failures, renewals and outcomes only by the claim's owner, lapsed claims recorded as
 * unconfirmed once and never claimable again, purge of old finished records only.
 */
export function onceDeliveriesContract(name: string, open: () => Promise<OnceDeliveriesUnderTest>): void {
  describe(`OnceDeliveries contract: ${name}`, () => {
    let h: OnceDeliveriesUnderTest;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(async () => {
      await h.close();
    });

    it('gives a key to exactly one of many claimers, and to nobody once it is sent', async () => {
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          (n % 2 ? h.other : h.deliveries).claim(key, `owner${n}`, at, LEASE),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      const owner = `owner${claims.indexOf(true)}`;
      expect(await h.deliveries.get(key)).toMatchObject({ key, status: 'sending', owner });
      const sent = { at: later(5), outcome: 'sent' as const, owner };
      expect(await h.other.complete(key, 'someone-else', { status: 'sent', attempts: [] }, later(5))).toBe(
        false,
      );
      expect(await h.other.complete(key, owner, { status: 'sent', attempts: [sent] }, later(5))).toBe(true);
      expect(await h.deliveries.get(key)).toMatchObject({
        status: 'sent',
        finishedAt: later(5),
        attempts: [sent],
      });
      // A re-run the same day, even long after: never sent again.
      expect(await h.deliveries.claim(key, owner, later(10 * LEASE), LEASE)).toBe(false);
      expect((await h.deliveries.get(key))?.status).toBe('sent');
    });

    it('hands a key back after transient failures, keeping the attempts, for any later claimer', async () => {
      expect(await h.deliveries.claim(key, 'a', at, LEASE)).toBe(true);
      const retry = { at, outcome: 'retry' as const, httpStatus: 503, owner: 'a' };
      await h.deliveries.complete(
        key,
        'a',
        { status: 'pending', attempts: [retry], reason: '503' },
        later(1),
      );
      expect(await h.other.claim(key, 'b', later(2), LEASE)).toBe(true);
      expect(await h.deliveries.renew(key, 'a', later(3))).toBe(false);
      expect(await h.deliveries.renew(key, 'b', later(3))).toBe(true);
      const failed = { at: later(4), outcome: 'failed' as const, httpStatus: 403, owner: 'b' };
      await h.other.complete(key, 'b', { status: 'failed', attempts: [failed], reason: '403' }, later(4));
      expect(await h.deliveries.get(key)).toMatchObject({
        status: 'failed',
        reason: '403',
        attempts: [retry, failed],
      });
      expect(await h.deliveries.claim(key, 'c', later(5), LEASE)).toBe(false);
    });

    it('records a claim that lapsed without an outcome as unconfirmed, once, and never sends it again', async () => {
      expect(await h.deliveries.claim(key, 'dead', at, LEASE)).toBe(true);
      expect(await h.deliveries.renew(key, 'dead', later(30_000))).toBe(true);
      // Within the lease (counted from the renewal) the key stays the sender's.
      expect(await h.other.claim(key, 'x', later(80_000), LEASE)).toBe(false);
      expect((await h.deliveries.get(key))?.status).toBe('sending');
      const claims = await Promise.all([
        h.deliveries.claim(key, 'x', later(91_000), LEASE),
        h.other.claim(key, 'y', later(91_000), LEASE),
      ]);
      expect(claims).toEqual([false, false]);
      const record = await h.deliveries.get(key);
      expect(record).toMatchObject({
        status: 'unconfirmed',
        reason: expect.stringMatching(/not sent again/),
      });
      expect(record?.attempts.map((attempt) => attempt.outcome)).toEqual(['unconfirmed']);
      // The dead sender's late outcome does not overwrite the record.
      expect(await h.deliveries.complete(key, 'dead', { status: 'sent', attempts: [] }, later(92_000))).toBe(
        false,
      );
      expect((await h.deliveries.get(key))?.status).toBe('unconfirmed');
    });

    it('purges finished records created before a date, never one in flight or handed back', async () => {
      for (const [k, status] of [
        ['old-sent', 'sent'],
        ['old-pending', 'pending'],
        ['old-sending', 'sending'],
      ] as const) {
        await h.deliveries.claim(k, 'a', at, LEASE);
        if (status !== 'sending') await h.deliveries.complete(k, 'a', { status, attempts: [] }, at);
      }
      await h.deliveries.claim('new-sent', 'a', later(1000), LEASE);
      await h.deliveries.complete('new-sent', 'a', { status: 'sent', attempts: [] }, later(1000));
      expect(await h.deliveries.purge(later(500))).toBe(1);
      expect(await h.deliveries.get('old-sent')).toBeUndefined();
      for (const k of ['old-pending', 'old-sending', 'new-sent'])
        expect(await h.deliveries.get(k)).toBeDefined();
    });
  });
}
