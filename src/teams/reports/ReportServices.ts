import type { ReportDownloadRepository } from '../../domain/ports/ReportDownloadRepository';
import type { ReportSource } from '../../domain/ports/ReportSource';

/** What the report command, the file upload and the download endpoint need. */
export interface ReportServices {
  source: ReportSource;
  downloads: ReportDownloadRepository;
  /** The bot's public base URL for download links (IKBOT_PUBLIC_URL, else http://localhost:<port>). */
  publicUrl(): string;
}
