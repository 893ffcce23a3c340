import type { CardActionHandler } from './CardAction';
import { cancelImportAction, confirmImportAction } from './decideImportAction';

/**
 * Card actions (Action.Execute verbs) and their handlers. An unknown verb is answered with an
 * error card by the dispatcher, never a crash.
 */
export const cardActionTable: Record<string, CardActionHandler> = {
  confirmImport: confirmImportAction,
  cancelImport: cancelImportAction,
};
