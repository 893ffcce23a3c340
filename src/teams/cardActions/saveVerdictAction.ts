import { renderErrorCard } from '../../cards/renderErrorCard';
import { renderVerdictCard } from '../../cards/renderVerdictCard';
import { dispositionText } from '../../domain/verdicts/dispositionWords';
import { yearEndMessagesFor } from '../../i18n/yearEndMessages';
import { saveVerdict } from '../../usecases/verdicts/saveVerdict';
import { verdictCardsFor } from '../../usecases/verdicts/verdictCardsFor';
import { reportPortsOf } from '../reports/reportPortsOf';
import type { CardActionHandler } from './CardAction';

const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * saveVerdict {planId, riskAreaId} with the card's inputs: stores the area's verdict (audited) and
 * answers with the card showing who saved it; refused input comes back on the same card with what
 * to fix and everything the person typed kept.
 */
export const saveVerdictAction: CardActionHandler = async ({ context, info, data, services }) => {
  const texts = yearEndMessagesFor(info.locale);
  const planId = textOf(data.planId) ?? '';
  const values = {
    disposition: textOf(data.disposition),
    transferredTo: textOf(data.transferredTo),
    assessment: textOf(data.assessment),
    summary: textOf(data.summary),
    furtherActions: textOf(data.furtherActions),
  };
  const draft = { riskAreaId: textOf(data.riskAreaId) ?? '', ...values };
  const isAdmin = Boolean(info.aadObjectId && services.config.admins.includes(info.aadObjectId));
  const outcome = await saveVerdict(
    { plans: services.plans, verdicts: services.reports.verdicts, audit: services.audit },
    {
      planId,
      draft,
      author: { aadObjectId: info.aadObjectId ?? '', name: info.userName ?? info.aadObjectId ?? '' },
      isAdmin,
    },
    services.now(),
  );
  if (!outcome.ok && outcome.reason === 'unknownPlan') {
    return { card: renderErrorCard({ locale: info.locale, message: texts.verdictUnknownPlan(planId) }) };
  }
  if (!outcome.ok && outcome.reason === 'notAllowed') {
    return { card: renderErrorCard({ locale: info.locale, message: texts.verdictNotAllowed }) };
  }
  const stored = await services.plans.findById(planId);
  const viewer = {
    isAdmin,
    locale: info.locale,
    timeZone: services.config.timeZone,
    ...(info.aadObjectId ? { aadObjectId: info.aadObjectId } : {}),
  };
  const refused = !outcome.ok ? outcome.issues.map((issue) => texts.verdictIssue(issue)) : undefined;
  const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  const [card] = stored
    ? await verdictCardsFor(reportPortsOf(services), stored.plan, viewer, {
        riskAreaId: draft.riskAreaId,
        ...(refused ? { values: defined, errors: refused } : {}),
      })
    : [];
  if (outcome.ok) {
    const area = stored?.plan.riskAreas.find((a) => a.id === draft.riskAreaId)?.title ?? draft.riskAreaId;
    await context.sendActivity(texts.verdictSaved(area, dispositionText(outcome.verdict, info.locale)));
  }
  if (!card) {
    // The area is not in the plan: nothing to show the inputs on, so the error card says what to do.
    return {
      card: renderErrorCard({
        locale: info.locale,
        message: [texts.verdictRefused(refused?.length ?? 1), ...(refused ?? [])].join('\n\n'),
      }),
    };
  }
  return { card: renderVerdictCard(card) };
};
