import { isClosedStatus } from '../../../domain/actions/actionStatuses';
import { currentStateOf } from '../../../domain/actions/currentStateOf';
import type { Action, ActionStatus } from '../../../domain/actions/types';

/**
 * An action in collection 'actions'. `status` repeats the newest entry's status and `entryCount`
 * the number of entries, so queries and the optimistic check need no array scans. `openKey` is
 * unique: while a result's action is open it is <planId>/<controlId>/<unitId>, so a control × unit
 * has at most one open action; a closed action (and every plan action) holds its own _id there.
 */
export interface ActionDocument extends Omit<Action, 'id'> {
  _id: string;
  status: ActionStatus;
  entryCount: number;
  openKey: string;
  updatedAt: Date;
}

export const openKeyOf = (action: Pick<Action, 'planId' | 'controlId' | 'unitId'>): string =>
  `${action.planId}/${action.controlId ?? ''}/${action.unitId}`;

export function toActionDocument(action: Action): ActionDocument {
  const { id, ...rest } = action;
  const current = currentStateOf(action);
  const open = action.source === 'result' && !isClosedStatus(current.status);
  return {
    ...rest,
    _id: id,
    status: current.status,
    entryCount: action.entries.length,
    openKey: open ? openKeyOf(action) : id,
    updatedAt: current.at,
  };
}

export function fromActionDocument(document: ActionDocument): Action {
  const { _id, status: _status, entryCount: _count, openKey: _key, updatedAt: _updated, ...rest } = document;
  return { id: _id, ...rest };
}
