import type { ReportDownloadRepository } from '../../domain/ports/ReportDownloadRepository';
import type { ReportSource } from '../../domain/ports/ReportSource';
import type { VerdictRepository } from '../../domain/ports/VerdictRepository';

/** What the report command, the file upload and the download endpoint need. */
export interface ReportServices {
  source: ReportSource;
  /** The risk areas' year-end verdicts (utvärdering card and evaluations workbook). */
  verdicts: VerdictRepository;
  downloads: ReportDownloadRepository;
  /** The bot's public base URL for download links (IKBOT_PUBLIC_URL, else http://localhost:<port>). */
  publicUrl(): string;
}
