/** A generated report kept for a short while behind a random token (the download link in channels). */
export interface ReportDownload {
  /** 32 random bytes, base64url: the only thing that grants access. */
  token: string;
  fileName: string;
  contentType: string;
  content: Buffer;
  planId: string;
  year: number;
  createdAt: Date;
  expiresAt: Date;
}

export interface ReportDownloadRepository {
  save(download: ReportDownload): Promise<void>;
  find(token: string): Promise<ReportDownload | null>;
  delete(token: string): Promise<void>;
  /** Deletes every download whose expiresAt is before now (besides the TTL index, which may lag); returns how many. */
  deleteExpired(now: Date): Promise<number>;
}
