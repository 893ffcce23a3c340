import { randomBytes, randomUUID } from 'node:crypto';
import type { AnyBulkWriteOperation, Db, Document } from 'mongodb';
import type {
  ErasureSummary,
  PersonalData,
  PersonIdentifiers,
  StoredMention,
} from '../../domain/ports/PersonalData';
import { mentionPattern, mentions, objectsOf, replaceMentions } from './replaceMentions';

const BATCH = 500;
/** Temporary report files (an hour each) that may name anyone: removed whole on an erasure. */
const REPORT_DOWNLOADS = 'reportDownloads';

/**
 * The PersonalData port on MongoDB. Reads every collection with a cursor (an export or an erasure is a
 * rare administrator's task, and a scan also finds mentions in collections added after this was
 * written), and writes back with bulkWrite, one document per operation.
 */
export class MongoPersonalData implements PersonalData {
  constructor(private readonly db: Db) {}

  async identify(aadObjectId: string): Promise<PersonIdentifiers> {
    const person: PersonIdentifiers = { aadObjectId, names: [], emails: [], teamsIds: [] };
    const add = (list: string[], value: unknown) => {
      if (typeof value === 'string' && value.trim() !== '' && !list.includes(value)) list.push(value);
    };
    await this.eachDocument(async (_collection, document) => {
      for (const found of objectsOf(document, aadObjectId)) {
        add(person.names, found.name);
        add(person.emails, found.email);
        add(person.emails, found.userPrincipalName);
        if (typeof found.id === 'string' && found.id.startsWith('29:')) add(person.teamsIds, found.id);
      }
    });
    return person;
  }

  async mentions(person: PersonIdentifiers): Promise<StoredMention[]> {
    const pattern = mentionPattern(needlesOf(person));
    const found: StoredMention[] = [];
    if (!pattern) return found;
    await this.eachDocument(async (collection, document) => {
      if (mentions(document, pattern)) found.push({ collection, document });
    });
    return found;
  }

  async erase(person: PersonIdentifiers): Promise<ErasureSummary> {
    const tag = randomBytes(4).toString('hex');
    const pseudonym = { aadObjectId: randomUUID(), name: `Pseudonym ${tag}` };
    const replacement = new Map<string, string>();
    replacement.set(person.aadObjectId.toLowerCase(), pseudonym.aadObjectId);
    for (const name of person.names) replacement.set(name.toLowerCase(), pseudonym.name);
    for (const email of person.emails)
      replacement.set(email.toLowerCase(), `pseudonym-${tag}@pseudonym.invalid`);
    for (const id of person.teamsIds) replacement.set(id.toLowerCase(), `29:pseudonym-${tag}`);
    const pattern = mentionPattern(needlesOf(person));
    const summary: ErasureSummary = { pseudonym, deleted: {}, pseudonymised: {} };
    const downloads = await this.db.collection(REPORT_DOWNLOADS).deleteMany({});
    if (downloads.deletedCount > 0) summary.deleted[REPORT_DOWNLOADS] = downloads.deletedCount;
    if (!pattern) return summary;
    const replaceOf = (match: string) => replacement.get(match.toLowerCase()) ?? pseudonym.name;

    for (const collection of await this.collectionNames()) {
      if (collection === REPORT_DOWNLOADS) continue;
      let operations: AnyBulkWriteOperation<Document>[] = [];
      const flush = async () => {
        if (operations.length > 0)
          await this.db.collection(collection).bulkWrite(operations, { ordered: true });
        operations = [];
      };
      for await (const document of this.db.collection(collection).find({})) {
        if (!mentions(document, pattern)) continue;
        // A person's own 1:1 conversation reference is removed, not kept under a pseudonym.
        if (collection === 'conversations' && document.kind === 'personal') {
          operations.push({ deleteOne: { filter: { _id: document._id } } });
          summary.deleted[collection] = (summary.deleted[collection] ?? 0) + 1;
        } else {
          const changed = replaceMentions(document, pattern, replaceOf) as Document;
          // Caches trust a document's etag (plans): a rewritten document has none, so it is read again.
          delete changed.etag;
          if (changed._id === document._id || typeof document._id !== 'string') {
            changed._id = document._id;
            operations.push({ replaceOne: { filter: { _id: document._id }, replacement: changed } });
          } else {
            // The id itself named the person (e.g. "user:<object id>"): the copy first, then the original.
            operations.push({ insertOne: { document: changed } });
            operations.push({ deleteOne: { filter: { _id: document._id } } });
          }
          summary.pseudonymised[collection] = (summary.pseudonymised[collection] ?? 0) + 1;
        }
        if (operations.length >= BATCH) await flush();
      }
      await flush();
    }
    return summary;
  }

  async purge(
    uninstalledBefore: Date,
    expiredBefore: Date,
  ): Promise<{ conversations: number; reportDownloads: number }> {
    const conversations = await this.db
      .collection('conversations')
      .deleteMany({ installed: false, updatedAt: { $lt: uninstalledBefore } });
    const reportDownloads = await this.db
      .collection(REPORT_DOWNLOADS)
      .deleteMany({ expiresAt: { $lt: expiredBefore } });
    return { conversations: conversations.deletedCount, reportDownloads: reportDownloads.deletedCount };
  }

  private async collectionNames(): Promise<string[]> {
    const collections = await this.db.listCollections({}, { nameOnly: true }).toArray();
    return collections.map((collection) => collection.name).filter((name) => !name.startsWith('system.'));
  }

  private async eachDocument(
    visit: (collection: string, document: Document) => Promise<void>,
  ): Promise<void> {
    for (const collection of await this.collectionNames()) {
      for await (const document of this.db.collection(collection).find({})) await visit(collection, document);
    }
  }
}

function needlesOf(person: PersonIdentifiers): string[] {
  return [person.aadObjectId, ...person.names, ...person.emails, ...person.teamsIds];
}
