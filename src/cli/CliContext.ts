import type { Config } from '../config/readConfig';
import type { AuditLog } from '../domain/ports/AuditLog';
import type { OccasionRepository } from '../domain/ports/OccasionRepository';
import type { PlanRepository } from '../domain/ports/PlanRepository';
import type { Database } from '../storage/mongo/database/openDatabase';

/** What a CLI command gets: parsed arguments, the configuration, the database and an output stream. */
export interface CliContext {
  args: string[];
  options: Record<string, string | boolean>;
  config: Config;
  /** Opened on first use, so commands that need no database (e.g. plan template) start instantly. */
  database(): Promise<Database>;
  repositories(): Promise<{ plans: PlanRepository; occasions: OccasionRepository; audit: AuditLog }>;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  now(): Date;
}

/** A CLI command; returns the process exit code. */
export interface CliCommand {
  /** E.g. "plan import". */
  name: string;
  usage: string;
  description: string;
  run(context: CliContext): Promise<number>;
}

export class CliUsageError extends Error {}
