import type { TurnContext } from 'botbuilder';
import { evaluationMessagesFor } from '../../i18n/evaluationMessages';
import type { EvaluationsSheet } from '../../reports/evaluationsWorkbook';
import { importEvaluations } from '../../usecases/importEvaluations';
import type { BotServices } from '../BotServices';
import type { TurnInfo } from '../turnInfo';

/** At most this many problems are listed in one chat message; the rest are counted. */
const MAX_LISTED = 40;

/**
 * An administrator sent a filled-in evaluations workbook: store its year-end evaluations (all
 * rows, or none and a list of what to fix) and say so in the administrator's language.
 */
export async function replyToEvaluations(
  context: TurnContext,
  info: TurnInfo,
  fileName: string,
  sheet: EvaluationsSheet,
  services: BotServices,
): Promise<void> {
  const texts = evaluationMessagesFor(info.locale);
  const outcome = await importEvaluations(
    {
      plans: services.plans,
      source: services.reports.source,
      verdicts: services.reports.verdicts,
      audit: services.audit,
      actions: services.actions,
    },
    sheet,
    { aadObjectId: info.aadObjectId ?? '', name: info.userName ?? info.aadObjectId ?? '' },
    services.now(),
    services.config.timeZone,
  );
  if (outcome.ok) {
    services.logger.info(
      { planId: outcome.planId, year: outcome.year, saved: outcome.saved, cleared: outcome.cleared },
      'Year-end evaluations imported from Teams.',
    );
    await context.sendActivity(
      texts.imported(fileName, outcome.planId, outcome.year, outcome.saved, outcome.cleared),
    );
    return;
  }
  if (outcome.reason !== 'issues') {
    await context.sendActivity(
      outcome.reason === 'unknownPlan' ? texts.unknownPlan(outcome.planId) : texts[outcome.reason],
    );
    return;
  }
  const listed = outcome.issues.slice(0, MAX_LISTED).map((issue) => `- ${texts.issue(issue)}`);
  const more = outcome.issues.length - listed.length;
  await context.sendActivity(
    [
      texts.invalid(fileName, outcome.issues.length),
      '',
      ...listed,
      ...(more > 0 ? [texts.moreErrors(more)] : []),
    ].join('\n'),
  );
}
