import type { PendingImportRepository } from '../../../src/domain/ports/PendingImportRepository';
import type { ReportDownloadRepository } from '../../../src/domain/ports/ReportDownloadRepository';

export interface ExpiringUnderTest {
  pendingImports: PendingImportRepository;
  downloads: ReportDownloadRepository;
  close(): Promise<void>;
}

const now = new Date('2025-03-10T08:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const actor = { aadObjectId: 'a', name: 'Anna' };

/**
 * Expiring data (pending imports, report downloads): each carries expiresAt, which callers check
 * (expired = absent) because a TTL deletion may lag or never come; deleteExpired removes exactly the
 * expired ones, and a pending import is decided once.
 */
export function expiryContract(name: string, open: () => Promise<ExpiringUnderTest>): void {
  describe(`expiring data contract: ${name}`, () => {
    let h: ExpiringUnderTest;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(async () => {
      await h.close();
    });

    it('keeps expiresAt of a pending import, deletes only expired ones, and lets one of many decide', async () => {
      const pending = (id: string, expiresAt: Date) =>
        h.pendingImports.create({
          id,
          fileName: `${id}.yaml`,
          plan: { id: 'P' } as never,
          warnings: [],
          uploadedBy: actor,
          uploadedAt: now,
          expiresAt,
          state: 'pending',
        });
      await pending('old', minutes(-1));
      await pending('fresh', minutes(30));
      expect((await h.pendingImports.findById('old'))?.expiresAt).toEqual(minutes(-1));
      expect(await h.pendingImports.deleteExpired(now)).toBe(1);
      expect(await h.pendingImports.findById('old')).toBeNull();
      const decisions = await Promise.all(
        Array.from({ length: 10 }, () => h.pendingImports.decide('fresh', actor, 'confirmed', now)),
      );
      expect(decisions.filter((decided) => decided !== null)).toHaveLength(1);
      expect(
        await h.pendingImports.decide('fresh', { aadObjectId: 'b', name: 'B' }, 'cancelled', now),
      ).toBeNull();
    });

    it('keeps a report download until it expires, then deletes it with deleteExpired', async () => {
      const download = (token: string, expiresAt: Date) =>
        h.downloads.save({
          token,
          fileName: 'rapport.xlsx',
          contentType: 'application/octet-stream',
          content: Buffer.from(token),
          planId: 'P',
          year: 2025,
          createdAt: now,
          expiresAt,
        });
      await download('expired', minutes(-5));
      await download('valid', minutes(55));
      expect((await h.downloads.find('expired'))?.expiresAt).toEqual(minutes(-5));
      expect(await h.downloads.deleteExpired(now)).toBe(1);
      expect(await h.downloads.find('expired')).toBeNull();
      expect((await h.downloads.find('valid'))?.content.toString()).toBe('valid');
    });
  });
}
