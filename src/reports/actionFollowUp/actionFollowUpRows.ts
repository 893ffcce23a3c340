import { actionStatusLabel } from '../../domain/actions/actionStatuses';
import { currentStateOf } from '../../domain/actions/currentStateOf';
import type { Action, ActionEntry } from '../../domain/actions/types';
import { riskValue } from '../../domain/plan/riskValue';
import type { Plan } from '../../domain/plan/types';

/** The columns of seed 004's follow-up of actions and controls, in order. */
export const ACTION_FOLLOW_UP_COLUMNS = [
  'Riskanalys',
  'Risk',
  'Beslut om åtgärd',
  'Status',
  'Ansvarig / Rapporteringsansvarig',
  'Startdatum / Avstämningsdatum / Slutdatum',
  'Kommentar',
] as const;

/** One row of the "Uppföljning åtgärder" table; cells are text with line breaks, as in the seed. */
export interface ActionFollowUpRow {
  actionId: string;
  cells: [string, string, string, string, string, string, string];
}

/** A comment cell part: period label, date and tag on a line, then the text, then the signer. */
export function commentBlock(entry: ActionEntry): string {
  const head = [entry.periodLabel, entry.date, entry.audience].filter((part) => part).join(' ');
  const text = [entry.reason, entry.comment].filter((part) => part).join(' – ');
  return [head, text, entry.author.name].join('\n');
}

/**
 * "Uppföljning åtgärder" in the 004 layout: per action, the risk area (title and description), its
 * risk value, the decision, the current status ("Överförd till 2025"), owner and reporting owner,
 * the dates, and every comment a person wrote, newest first. Rows follow the plan's order of risk
 * areas, then the actions as stored. Pure: a report layout passes the plan and the actions.
 */
export function actionFollowUpRows(plan: Plan, actions: readonly Action[]): ActionFollowUpRow[] {
  const rows: ActionFollowUpRow[] = [];
  for (const area of plan.riskAreas) {
    const value = riskValue(area);
    for (const action of actions.filter((candidate) => candidate.riskAreaId === area.id)) {
      const current = currentStateOf(action);
      const comments = [...action.entries]
        .reverse()
        .filter((entry) => 'aadObjectId' in entry.author && (entry.comment || entry.reason));
      rows.push({
        actionId: action.id,
        cells: [
          [area.title, area.description].filter((part) => part).join('\n'),
          value === null ? '' : String(value),
          action.text,
          actionStatusLabel(current.status, 'sv', current.carriedOverTo),
          [action.owner.name, action.reportingOwner?.name].filter((part) => part).join('\n'),
          [
            `Startdatum ${action.start}`,
            ...(action.checkpoints.length > 0 ? [`Avstämningsdatum ${action.checkpoints.join(', ')}`] : []),
            `Slutdatum ${action.end}`,
          ].join('\n'),
          comments.map(commentBlock).join('\n\n'),
        ],
      });
    }
  }
  return rows;
}
