import type { Config } from '../config/readConfig';
import type { ActionRepository } from '../domain/ports/ActionRepository';
import type { AbsenceRepository } from '../domain/ports/AbsenceRepository';
import type { AuditLog } from '../domain/ports/AuditLog';
import type { AttestationRepository } from '../domain/ports/AttestationRepository';
import type { ConversationRepository } from '../domain/ports/ConversationRepository';
import type { DatabaseHealth } from '../domain/ports/DatabaseHealth';
import type { Messenger } from '../domain/ports/Messenger';
import type { OccasionRepository } from '../domain/ports/OccasionRepository';
import type { OnceDeliveries } from '../domain/ports/OnceDeliveries';
import type { Outbox } from '../domain/ports/Outbox';
import type { OccasionPartRepository } from '../domain/ports/OccasionPartRepository';
import type { PeopleDirectory } from '../domain/ports/PeopleDirectory';
import type { PendingImportRepository } from '../domain/ports/PendingImportRepository';
import type { PlanRepository } from '../domain/ports/PlanRepository';
import type { ReachabilityRepository } from '../domain/ports/ReachabilityRepository';
import type { Logger } from '../logging/createLogger';
import type { DigestPorts } from '../usecases/DigestPorts';
import type { EvidenceServices } from '../usecases/evidence/EvidenceServices';
import type { ReportServices } from './reports/ReportServices';

/** What the Teams edge needs from the rest of the application; built once by the composition root. */
export interface BotServices {
  config: Config;
  logger: Logger;
  now(): Date;
  conversations: ConversationRepository;
  plans: PlanRepository;
  occasions: OccasionRepository;
  audit: AuditLog;
  /** Follow-up actions (åtgärder) created from results with a deviation. */
  actions: ActionRepository;
  /** Plan files an administrator sent in Teams, waiting for Confirm or Cancel. */
  pendingImports: PendingImportRepository;
  /** Digest aggregations, weekly snapshots and channel subscriptions. */
  digests: DigestPorts;
  /** Reminders waiting, sent or failed, with every attempt. */
  outbox: Outbox;
  /** One-off messages sent at most once (weekly digests), apart from the reminder outbox. */
  deliveries: OnceDeliveries;
  /** People marked away and units with paused reminders. */
  absences: AbsenceRepository;
  /** Proactive messages to people and stored conversations (TeamsMessenger). */
  messenger: Messenger;
  /** The follow-up report: its data, download links and the public URL they use. */
  reports: ReportServices;
  /** The responsible's attestations of stored results. */
  attestations: AttestationRepository;
  /** Per-role answers of controls with `answer: each`. */
  parts: OccasionPartRepository;
  /** Evidence files (underlag) attached to occasions, and their download links. */
  evidence: EvidenceServices;
  /** Whether the database answers; absent = assume it does. */
  databaseHealth?: DatabaseHealth;
  /** Microsoft Graph (people lookup, app installation); undefined when IKBOT_GRAPH_* is not set. */
  directory?: PeopleDirectory;
  /** People ikbot could not reach, and why (manager digest, people check, resending after install). */
  reachability: ReachabilityRepository;
}
