/** How one person appears in stored data: the Entra ID object id and what was found beside it. */
export interface PersonIdentifiers {
  aadObjectId: string;
  /** Display names, e-mail addresses / UPNs and Teams user ids ("29:...") stored beside the object id. */
  names: string[];
  emails: string[];
  teamsIds: string[];
}

/** A stored document that mentions the person, with the collection it is in. */
export interface StoredMention {
  collection: string;
  document: Record<string, unknown>;
}

/** What an erasure changed, per collection. */
export interface ErasureSummary {
  pseudonym: { aadObjectId: string; name: string };
  deleted: Record<string, number>;
  pseudonymised: Record<string, number>;
}

/**
 * Personal data across every collection, for the GDPR rights of access and erasure, and the
 * retention of data about people who left (see docs/personal-data.md).
 */
export interface PersonalData {
  identify(aadObjectId: string): Promise<PersonIdentifiers>;
  /** Every stored document that mentions any of the identifiers. */
  mentions(person: PersonIdentifiers): Promise<StoredMention[]>;
  /**
   * Removes the person's conversation references and temporary report files, and replaces every
   * other mention (results, audit entries, plans, reminders) with a pseudonym, the same everywhere.
   */
  erase(person: PersonIdentifiers): Promise<ErasureSummary>;
  /** Deletes conversation references uninstalled before `uninstalledBefore` and report downloads expired before `expiredBefore`. */
  purge(
    uninstalledBefore: Date,
    expiredBefore: Date,
  ): Promise<{ conversations: number; reportDownloads: number }>;
}
