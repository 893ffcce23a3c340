import { localDateOf } from '../../domain/schedule/localDateOf';
import { reportMessagesFor } from '../../i18n/reportMessages';
import { fileConsentCard } from '../reports/fileConsentCard';
import { followUpReportFile, reportFormatOf } from '../reports/followUpReportFile';
import { reportDownloadLink } from '../reports/reportDownloadLink';
import type { Command } from './Command';

/**
 * `rapport 2025` / `report 2025 word`: the year's follow-up report for anyone in the organisation (the
 * committee's public document). Personal chat: a file consent card (the file goes to the user's OneDrive
 * once accepted, generated again then). Channel or group chat: a download link that works for an hour.
 */
export const reportCommand: Command = {
  name: 'rapport',
  pattern: /^(?:rapport|report)(?:\s+(\S+))?(?:\s+(\S+))?$/i,
  run: async ({ context, info, match, services }) => {
    const texts = reportMessagesFor(info.locale);
    const currentYear = Number(localDateOf(services.now(), services.config.timeZone).slice(0, 4));
    if (match[1] !== undefined && !/^\d{4}$/.test(match[1])) {
      await context.sendActivity(texts.badYear(match[1].slice(0, 40)));
      return;
    }
    const year = match[1] ? Number(match[1]) : currentYear;
    const format = reportFormatOf(match[2]);
    if (!format) {
      await context.sendActivity(texts.badFormat((match[2] ?? '').slice(0, 40), year));
      return;
    }
    const stored = await services.plans.findByYear(year);
    if (stored.length === 0) {
      await context.sendActivity(texts.noPlan(year));
      return;
    }
    await context.sendActivities([{ type: 'typing' }]);
    for (const { plan } of stored) {
      let file;
      try {
        file = await followUpReportFile(services, plan, year, format);
      } catch (error) {
        services.logger.error(
          { err: error, planId: plan.id, year, format },
          'Generating the follow-up report failed; check the database connection and the plan’s stored results.',
        );
        await context.sendActivity(texts.generationFailed(year));
        return;
      }
      if (info.kind === 'personal') {
        const card = fileConsentCard(
          file.fileName,
          texts.consentDescription(year, plan.organisation),
          file.content.length,
          { year, format, planId: plan.id },
        );
        const text =
          format === 'evaluations'
            ? texts.evaluationsConsent(year, file.fileName)
            : texts.consent(year, file.fileName);
        await context.sendActivity({ text, attachments: [card] });
      } else {
        const url = await reportDownloadLink(services, plan, year, file);
        await context.sendActivity({
          text:
            format === 'evaluations'
              ? texts.evaluationsDownload(year, file.fileName, url)
              : texts.download(year, file.fileName, url),
          textFormat: 'markdown',
        });
      }
    }
  },
};
