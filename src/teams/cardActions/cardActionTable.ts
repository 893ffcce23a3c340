import { manageActionAction } from '../actions/manageActionAction';
import { openActionAction } from '../actions/openActionAction';
import { updateActionAction } from '../actions/updateActionAction';
import { attachEvidenceAction } from '../evidence/attachEvidenceAction';
import { removeEvidenceAction } from '../evidence/removeEvidenceAction';
import { attestResultAction, returnResultAction } from '../attestation/attestationActions';
import { amendResultAction } from './amendResultAction';
import type { CardActionHandler } from './CardAction';
import { cancelImportAction, confirmImportAction } from './decideImportAction';
import { markNotApplicableAction } from './markNotApplicableAction';
import { openControlAction } from './openControlAction';
import { refreshCardAction } from './refreshCardAction';
import { remindNowAction } from './remindNowAction';
import { saveVerdictAction } from './saveVerdictAction';
import { setAwayAction } from './setAwayAction';
import { submitResultAction } from './submitResultAction';

/**
 * Card actions (Action.Execute verbs) and their handlers. An unknown verb is answered with an
 * error card by the dispatcher, never a crash.
 */
export const cardActionTable: Record<string, CardActionHandler> = {
  confirmImport: confirmImportAction,
  cancelImport: cancelImportAction,
  submitResult: submitResultAction,
  markNotApplicable: markNotApplicableAction,
  refreshCard: refreshCardAction,
  amendResult: amendResultAction,
  openControl: openControlAction,
  remindNow: remindNowAction,
  saveVerdict: saveVerdictAction,
  // Actions (åtgärder): open/refresh the card, the owner's report, a manager's reassignment or new dates.
  openAction: openActionAction,
  refreshAction: openActionAction,
  updateAction: updateActionAction,
  manageAction: manageActionAction,
  setAway: setAwayAction,
  // Evidence files (underlag): wait for a file in the personal chat, or take one off the occasion.
  attachEvidence: attachEvidenceAction,
  removeEvidence: removeEvidenceAction,
  // Attestation: the responsible attests a stored result or returns it to the performer.
  attestResult: attestResultAction,
  returnResult: returnResultAction,
};
