import type { AbsenceRepository } from '../../../src/domain/ports/AbsenceRepository';
import {
  conversationKey,
  personalKey,
  type ConversationRepository,
  type StoredConversation,
} from '../../../src/domain/ports/ConversationRepository';
import type { SubscriptionRepository } from '../../../src/domain/ports/SubscriptionRepository';

export interface PeopleUnderTest {
  conversations: ConversationRepository;
  absences: AbsenceRepository;
  subscriptions: SubscriptionRepository;
  close(): Promise<void>;
}

const at = new Date('2025-03-10T08:00:00Z');
const personal = (aadObjectId: string, overrides: Partial<StoredConversation> = {}): StoredConversation => ({
  key: personalKey(aadObjectId),
  kind: 'personal',
  tenantId: 'tenant',
  conversationId: `a:${aadObjectId}`,
  aadObjectId,
  name: aadObjectId,
  locale: 'sv',
  reference: { conversation: { id: `a:${aadObjectId}` } },
  installed: true,
  updatedAt: at,
  ...overrides,
});

/**
 * What the adapters about people must do: conversation references saved idempotently by key and
 * found by key or person, uninstall kept as a state; absences and pauses set (last one wins) and
 * cleared; digest subscriptions idempotent, also when two processes subscribe at once.
 */
export function peopleContract(name: string, open: () => Promise<PeopleUnderTest>): void {
  describe(`conversations, absences and subscriptions contract: ${name}`, () => {
    let h: PeopleUnderTest;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(async () => {
      await h.close();
    });

    it('saves a conversation reference by key (last save wins) and finds it by key and by person', async () => {
      await h.conversations.save(personal('p1'));
      await h.conversations.save(personal('p1', { locale: 'en' }));
      await h.conversations.save({
        ...personal('x'),
        key: conversationKey('19:channel'),
        kind: 'channel',
        aadObjectId: undefined,
      });
      expect(await h.conversations.findPersonal('p1')).toMatchObject({ locale: 'en', installed: true });
      expect(await h.conversations.findByKey(conversationKey('19:channel'))).toMatchObject({
        kind: 'channel',
      });
      await h.conversations.markUninstalled(personalKey('p1'), at);
      expect(await h.conversations.findByKey(personalKey('p1'))).toMatchObject({ installed: false });
      expect(await h.conversations.findByKey('user:nobody')).toBeNull();
    });

    it('sets, replaces and clears absences and pauses', async () => {
      await h.absences.setAbsence({ aadObjectId: 'p1', until: '2025-03-20', setBy: 'p1' }, at);
      await h.absences.setAbsence({ aadObjectId: 'p1', until: '2025-03-31', setBy: 'p1' }, at);
      await h.absences.setPause({ planId: 'P', unitId: 'u1', until: '2025-08-15', setBy: 'admin' }, at);
      expect(await h.absences.absences()).toEqual([
        expect.objectContaining({ aadObjectId: 'p1', until: '2025-03-31' }),
      ]);
      expect(await h.absences.pauses()).toEqual([expect.objectContaining({ planId: 'P', unitId: 'u1' })]);
      expect(await h.absences.clearAbsence('p1')).toBe(true);
      expect(await h.absences.clearAbsence('p1')).toBe(false);
      expect(await h.absences.clearPause('P', 'u1')).toBe(true);
      expect([await h.absences.absences(), await h.absences.pauses()]).toEqual([[], []]);
    });

    it('subscribes a channel once, also when two processes subscribe it at the same moment', async () => {
      const subscription = {
        key: conversationKey('19:channel'),
        conversationId: '19:channel',
        tenantId: 'tenant',
        locale: 'sv' as const,
        subscribedBy: { aadObjectId: 'a', name: 'A' },
        subscribedAt: at,
      };
      const first = await Promise.all([
        h.subscriptions.subscribe(subscription),
        h.subscriptions.subscribe(subscription),
      ]);
      expect(first.filter(Boolean)).toHaveLength(1);
      expect(await h.subscriptions.subscribe(subscription)).toBe(false);
      expect((await h.subscriptions.list()).map((s) => s.key)).toEqual([subscription.key]);
      expect(await h.subscriptions.unsubscribe(subscription.key)).toBe(true);
      expect(await h.subscriptions.unsubscribe(subscription.key)).toBe(false);
      expect(await h.subscriptions.list()).toEqual([]);
    });
  });
}
