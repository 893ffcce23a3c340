import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import { formatDateTime } from '../../cards/formatDateTime';
import { renderErrorCard } from '../../cards/renderErrorCard';
import type { Locale } from '../../domain/plan/types';
import { occasionsOf } from '../../domain/schedule/occasionsOf';
import { occasionsPerMonth } from '../../domain/schedule/occasionsPerMonth';
import { planImportMessagesFor } from '../../i18n/planImportMessages';
import type { DecidePlanImportOutcome } from '../../usecases/decidePlanImport';
import { planSummaryCard } from '../planUpload/planSummaryCard';

/** The card that replaces a plan summary after Import or Cancel: read-only, saying who did what when. */
export function decidedImportCard(
  outcome: DecidePlanImportOutcome,
  locale: Locale,
  timeZone: string,
): AdaptiveCardJson {
  const texts = planImportMessagesFor(locale);
  if (outcome.kind === 'gone') return renderErrorCard({ locale, message: texts.importGone });
  const { pending } = outcome;
  if (outcome.kind === 'notYours') {
    return renderErrorCard({ locale, message: texts.notYourImport(pending.uploadedBy.name) });
  }
  const occasions = occasionsOf(pending.plan);
  const by = pending.decidedBy?.name ?? pending.uploadedBy.name;
  const when = formatDateTime(pending.decidedAt ?? pending.uploadedAt, timeZone);
  return planSummaryCard({
    plan: pending.plan,
    locale,
    occasionsPerMonth: occasionsPerMonth(occasions, pending.plan.year),
    warnings: pending.warnings,
    note:
      pending.state === 'confirmed'
        ? { text: texts.imported(by, when, occasions.length), color: 'Good' }
        : { text: texts.cancelled(by, when), color: 'Attention' },
  });
}
