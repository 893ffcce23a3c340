import type { ReportPorts } from '../../reports/buildFollowUpReport';
import type { BotServices } from '../BotServices';

/** What the report and the verdict cards read, from the bot's services. */
export function reportPortsOf(services: BotServices): ReportPorts {
  return {
    source: services.reports.source,
    queries: services.digests.queries,
    verdicts: services.reports.verdicts,
    actions: services.actions,
    occasions: services.occasions,
  };
}
