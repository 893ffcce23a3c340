import { messagesFor } from '../../i18n/messages';
import { renderErrorCard } from '../../cards/renderErrorCard';
import { cardStrings } from '../../i18n/cards';
import { decidePlanImport } from '../../usecases/decidePlanImport';
import type { CardActionHandler } from './CardAction';
import { decidedImportCard } from './decidedImportCard';

/** confirmImport / cancelImport {importId}: only the administrator who sent the file decides, once. */
function decideImportAction(decision: 'confirm' | 'cancel'): CardActionHandler {
  return async ({ info, data, services }) => {
    if (!info.aadObjectId || !services.config.admins.includes(info.aadObjectId)) {
      return {
        card: renderErrorCard({ locale: info.locale, message: messagesFor(info.locale).notAdministrator }),
      };
    }
    const id = typeof data.importId === 'string' ? data.importId : '';
    const actor = { aadObjectId: info.aadObjectId, name: info.userName ?? info.aadObjectId };
    let outcome;
    try {
      outcome = await decidePlanImport(id, decision, actor, services, services.now());
    } catch (error) {
      services.logger.error(
        { err: error, importId: id },
        'Importing a confirmed plan failed; the import was reopened. Check the database connection, then press Import again.',
      );
      const retry = {
        title: cardStrings(info.locale).confirmImport,
        verb: 'confirmImport',
        data: { importId: id },
      };
      return {
        card: renderErrorCard({
          locale: info.locale,
          message: messagesFor(info.locale).somethingWentWrong,
          ...(decision === 'confirm' ? { retry } : {}),
        }),
      };
    }
    if (outcome.kind === 'imported') {
      services.logger.info(
        {
          planId: outcome.pending.plan.id,
          revision: outcome.outcome.revision,
          occasions: outcome.outcome.sync,
        },
        'Plan imported from Teams.',
      );
    }
    return { card: decidedImportCard(outcome, info.locale, services.config.timeZone) };
  };
}

export const confirmImportAction = decideImportAction('confirm');
export const cancelImportAction = decideImportAction('cancel');
