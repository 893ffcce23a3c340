import { localDateOf } from '../../domain/schedule/localDateOf';
import { reportMessagesFor } from '../../i18n/reportMessages';
import { yearEndMessagesFor } from '../../i18n/yearEndMessages';
import { resolveReportOptions } from '../../reports/writeReport';
import { fileConsentCard } from '../reports/fileConsentCard';
import { followUpReportFile, reportFormatOf } from '../reports/followUpReportFile';
import { reportDownloadLink } from '../reports/reportDownloadLink';
import type { Command } from './Command';

const INTERIM_WORDS = ['delår', 'delar', 'interim'];

/**
 * `rapport 2025` / `report 2025 word` / `rapport 2025 delår [word]`: the year's follow-up report for anyone in the organisation (the
 * committee's public document). Personal chat: a file consent card (the file goes to the user's OneDrive
 * once accepted, generated again then). Channel or group chat: a download link that works for an hour.
 */
export const reportCommand: Command = {
  name: 'rapport',
  pattern: /^(?:rapport|report)(?:\s+(\S+))?(?:\s+(\S+))?(?:\s+(\S+))?$/i,
  run: async ({ context, info, match, services }) => {
    const texts = reportMessagesFor(info.locale);
    const currentYear = Number(localDateOf(services.now(), services.config.timeZone).slice(0, 4));
    if (match[1] !== undefined && !/^\d{4}$/.test(match[1])) {
      await context.sendActivity(texts.badYear(match[1].slice(0, 40)));
      return;
    }
    const year = match[1] ? Number(match[1]) : currentYear;
    const words = [match[2], match[3]].filter((word): word is string => word !== undefined);
    const period = words.some((word) => INTERIM_WORDS.includes(word.toLowerCase())) ? 'interim' : 'year';
    const formatWords = words.filter((word) => !INTERIM_WORDS.includes(word.toLowerCase()));
    const format = formatWords.length <= 1 ? reportFormatOf(formatWords[0]) : undefined;
    if (!format || (period === 'interim' && format === 'evaluations')) {
      await context.sendActivity(texts.badFormat(formatWords.join(' ').slice(0, 40), year));
      return;
    }
    const stored = await services.plans.findByYear(year);
    if (stored.length === 0) {
      await context.sendActivity(texts.noPlan(year));
      return;
    }
    for (const { plan } of stored) {
      const resolved = resolveReportOptions(plan, year, { period });
      if (!resolved.ok) {
        await context.sendActivity(yearEndMessagesFor(info.locale).reportOption(resolved, plan.id, year));
        return;
      }
    }
    await context.sendActivities([{ type: 'typing' }]);
    for (const { plan } of stored) {
      let file;
      try {
        file = await followUpReportFile(services, plan, year, format, { period });
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
          { year, format, planId: plan.id, ...(period === 'interim' ? { period } : {}) },
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
