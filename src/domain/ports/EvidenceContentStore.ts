import type { EvidenceLocation } from '../evidence/types';

/** Where an evidence file belongs: the content store may file it under plan/control/occasion. */
export interface EvidencePlace {
  planId: string;
  controlId: string;
  occasionId: string;
}

/** A file to store: its new id, name, type and bytes. */
export interface EvidenceToSave {
  id: string;
  fileName: string;
  contentType: string;
  content: Buffer | AsyncIterable<Buffer>;
  size?: number;
}

/**
 * The bytes of evidence files (underlag). Two adapters: MongoDB GridFS (default) and a SharePoint
 * document library through Microsoft Graph. Both pass test/evidence/evidenceContentStoreContract.ts.
 * Nothing is ever overwritten: `save` always creates a new file (the name starts with the file's
 * unique id) and fails rather than replace one that exists.
 */
export interface EvidenceContentStore {
  readonly kind: EvidenceLocation['store'];
  /**
   * `content` is the whole file or a stream of it (a download as it arrives); `size` is its length
   * when known in advance (the download's Content-Length), which a store may rely on and check.
   * When the stream throws, or its length is not `size`, save rejects and leaves nothing stored.
   */
  save(place: EvidencePlace, file: EvidenceToSave): Promise<EvidenceLocation>;
  /** The bytes as stored, or null when the store has no such file. */
  read(location: EvidenceLocation): Promise<Buffer | null>;
}
