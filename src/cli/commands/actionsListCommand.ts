import { actionStatusLabel, parseActionStatus } from '../../domain/actions/actionStatuses';
import { currentStateOf } from '../../domain/actions/currentStateOf';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { MongoActionRepository } from '../../storage/mongo/actions/MongoActionRepository';
import { listActions } from '../../usecases/actions/listActions';
import { CliUsageError, type CliCommand, type CliContext } from '../CliContext';
import { yearOption } from './planSelection';
import { planTable } from './planTable';

/** --status as a status (Swedish or English); a bad one is a usage error naming the choices. */
export function statusOption(context: CliContext) {
  const raw = context.options.status;
  if (raw === undefined) return undefined;
  const status = typeof raw === 'string' ? parseActionStatus(raw) : undefined;
  if (!status)
    throw new CliUsageError(
      `Okänd status "${String(raw)}": välj Ej påbörjad, Pågående, Genomförd, "Genomförd med avvikelse", "Ej genomförd" eller Överförd.\n` +
        `Unknown status "${String(raw)}": choose "Not started", "In progress", Done, "Done with deviation", "Not done" or "Carried over".`,
    );
  return [status];
}

export async function selectedActions(context: CliContext) {
  const { plans } = await context.repositories();
  const { db } = await context.database();
  const now = context.now();
  return listActions(
    { plans, actions: new MongoActionRepository(db) },
    {
      year: yearOption(context, false),
      statuses: statusOption(context),
      ...(typeof context.options.owner === 'string' && { owner: context.options.owner }),
      now,
      today: localDateOf(now, context.config.timeZone),
    },
  );
}

export const actionsListCommand: CliCommand = {
  name: 'actions list',
  usage: 'ikbot actions list [--year <y>] [--status <status>] [--owner <name, id or Entra id>]',
  description:
    'Lists the actions (åtgärder) of the stored plans with status, owner, dates and the latest comment.',
  run: async (context) => {
    const found = await selectedActions(context);
    const rows = found.flatMap(({ plan, actions }) =>
      actions.map((action) => {
        const current = currentStateOf(action);
        const commented = [...action.entries].reverse().find((entry) => entry.comment);
        return [
          plan.id,
          action.decidedActionId ?? action.controlId ?? '',
          action.text,
          actionStatusLabel(current.status, 'sv', current.carriedOverTo),
          action.owner.name,
          [action.start, ...action.checkpoints, action.end].join(' → '),
          commented ? `${commented.date}: ${commented.comment}` : '',
        ];
      }),
    );
    if (rows.length === 0) {
      context.out.write('Inga åtgärder matchar. / No actions match.\n');
      return 0;
    }
    context.out.write(
      `${planTable(['Plan', 'Id', 'Åtgärd', 'Status', 'Ansvarig', 'Datum', 'Senaste kommentar'], rows)}\n` +
        `${rows.length} åtgärd(er) / action(s)\n`,
    );
    return 0;
  },
};
