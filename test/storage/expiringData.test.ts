import { MongoPendingImportRepository } from '../../src/storage/mongo/plans/MongoPendingImportRepository';
import { MongoReportDownloadRepository } from '../../src/storage/mongo/reports/MongoReportDownloadRepository';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { openTestDatabase } from '../support/testDatabase';
import { expiryContract } from './contracts/expiryContract';

expiryContract('MongoPendingImportRepository and MongoReportDownloadRepository', async () => {
  const database = await openTestDatabase('expiry_contract');
  await ensureIndexes(database.db);
  return {
    pendingImports: new MongoPendingImportRepository(database.db),
    downloads: new MongoReportDownloadRepository(database.db),
    close: database.drop,
  };
});

describe('TTL indexes', () => {
  it('are declared on expiresAt, replacing a plain index of an earlier version', async () => {
    const database = await openTestDatabase('ttl_indexes');
    try {
      await database.db.collection('pendingImports').createIndex({ expiresAt: 1 }, { name: 'expiresAt' });
      await ensureIndexes(database.db);
      for (const name of ['pendingImports', 'reportDownloads']) {
        const indexes = await database.db.collection(name).indexes();
        const onExpiry = indexes.filter((index) => JSON.stringify(index.key) === '{"expiresAt":1}');
        expect(onExpiry).toEqual([expect.objectContaining({ name: 'expiresAt_ttl', expireAfterSeconds: 0 })]);
      }
    } finally {
      await database.drop();
    }
  });
});
