import { amendResultAction } from './amendResultAction';
import type { CardActionHandler } from './CardAction';
import { cancelImportAction, confirmImportAction } from './decideImportAction';
import { markNotApplicableAction } from './markNotApplicableAction';
import { openControlAction } from './openControlAction';
import { refreshCardAction } from './refreshCardAction';
import { remindNowAction } from './remindNowAction';
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
  setAway: setAwayAction,
};
