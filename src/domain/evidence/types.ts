/** The kinds of evidence file (underlag) ikbot accepts, recognised by their content. */
export type EvidenceKind = 'pdf' | 'png' | 'jpeg' | 'docx' | 'xlsx' | 'text';

/** One file attached to an occasion. Never changed once stored, except that it may be marked removed. */
export interface EvidenceFile {
  /** Random id (also the file's name prefix in the content store, so two files never collide). */
  id: string;
  occasionId: string;
  planId: string;
  controlId: string;
  /** The name the performer gave the file. */
  fileName: string;
  kind: EvidenceKind;
  contentType: string;
  size: number;
  /** Hex SHA-256 of the content, to show the stored bytes are the ones sent. */
  sha256: string;
  /** Where the bytes are, as the content store that saved them named it. */
  storage: EvidenceLocation;
  uploadedBy: { aadObjectId: string; name: string };
  uploadedAt: Date;
  removed?: { by: { aadObjectId: string; name: string }; at: Date };
}

/** Where a content store put a file's bytes. */
export interface EvidenceLocation {
  store: 'gridfs' | 'sharepoint';
  /** The store's own id of the bytes (GridFS ObjectId hex, or the drive item id). */
  ref: string;
  /** A link people in the organisation can open directly (SharePoint); absent for GridFS. */
  webUrl?: string;
}
