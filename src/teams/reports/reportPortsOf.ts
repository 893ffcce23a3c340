import { localDateOf } from '../../domain/schedule/localDateOf';
import type { ReportPorts } from '../../reports/buildFollowUpReport';
import { evidenceLinks } from '../../usecases/evidence/evidenceLinks';
import type { BotServices } from '../BotServices';

/** What the report and the verdict cards read, from the bot's services. */
export function reportPortsOf(services: BotServices): ReportPorts {
  return {
    source: services.reports.source,
    queries: services.digests.queries,
    verdicts: services.reports.verdicts,
    actions: services.actions,
    // Only a decision "attested" on the occasion's current result version counts.
    attestedOf: async (occasionIds) => {
      const occasions = await Promise.all(occasionIds.map((id) => services.occasions.findById(id)));
      const versions = occasions.flatMap((o) =>
        o?.result ? [{ occasionId: o.id, resultVersion: o.result.version }] : [],
      );
      const decisions = await services.attestations.decisionsFor(versions);
      return new Map(
        decisions
          .filter((d) => d.decision === 'attested')
          .map((d) => [d.occasionId, { name: d.by.name, date: localDateOf(d.at, services.config.timeZone) }]),
      );
    },
    evidence: {
      // The SharePoint link where there is one (it does not expire), else an expiring download link.
      filesOf: async (occasionIds) => {
        const files = await services.evidence.repository.listFor(occasionIds);
        const links = await evidenceLinks(services.evidence, files, services.now());
        return links.map(({ file, url }) => ({
          occasionId: file.occasionId,
          fileName: file.fileName,
          uploadedBy: file.uploadedBy.name,
          uploadedAt: file.uploadedAt,
          url: file.storage.webUrl ?? url,
        }));
      },
    },
  };
}
