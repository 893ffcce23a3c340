import { localDateOf } from '../../domain/schedule/localDateOf';
import { yearEndMessagesFor } from '../../i18n/yearEndMessages';
import { draftNextPlan } from '../../usecases/plans/draftNextPlan';
import { reportDownloadLink } from '../reports/reportDownloadLink';
import type { Command } from './Command';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `plan nästa år [2025]` / `plan next year [2025]`, administrators only: next year's draft plan as an
 * Excel file in the import format (download link for an hour), from the year's plan and verdicts.
 */
export const planNextCommand: Command = {
  name: 'plan nästa år',
  pattern: /^plan\s+(?:nästa|nasta)\s+år(?:\s+(\S+))?$|^plan\s+next(?:\s+year)?(?:\s+(\S+))?$/i,
  run: async ({ context, info, match, services }) => {
    const texts = yearEndMessagesFor(info.locale);
    if (!info.aadObjectId || !services.config.admins.includes(info.aadObjectId)) {
      await context.sendActivity(texts.planNextAdminsOnly);
      return;
    }
    const written = match[1] ?? match[2];
    if (written !== undefined && !/^\d{4}$/.test(written)) {
      await context.sendActivity(texts.planNextBadYear(written.slice(0, 40)));
      return;
    }
    const fromYear = written
      ? Number(written)
      : Number(localDateOf(services.now(), services.config.timeZone).slice(0, 4));
    const stored = await services.plans.findByYear(fromYear);
    if (stored.length === 0) {
      await context.sendActivity(texts.planNextNoPlan(fromYear));
      return;
    }
    for (const { plan } of stored) {
      const outcome = await draftNextPlan(
        {
          plans: services.plans,
          verdicts: services.reports.verdicts,
          actions: services.actions,
          audit: services.audit,
        },
        {
          fromYear,
          planId: plan.id,
          format: 'xlsx',
          now: services.now(),
          timeZone: services.config.timeZone,
          actor: { aadObjectId: info.aadObjectId, name: info.userName ?? info.aadObjectId },
        },
      );
      if (!outcome.ok) continue;
      const content = outcome.content as Buffer;
      const url = await reportDownloadLink(services, outcome.draft, outcome.draft.year, {
        fileName: outcome.fileName,
        contentType: XLSX,
        content,
      });
      const lines = [
        texts.planNextDraft(
          fromYear,
          outcome.fileName,
          outcome.draft.riskAreas.length,
          outcome.closed.length,
        ),
        `[${outcome.fileName}](${url})`,
        ...(outcome.unassessed.length > 0 ? [texts.planNextNoVerdicts(fromYear, outcome.unassessed)] : []),
        ...outcome.warnings.map((w) => `- ${info.locale === 'en' ? w.en : w.sv}`),
      ];
      await context.sendActivity({ text: lines.join('\n\n'), textFormat: 'markdown' });
    }
  },
};
