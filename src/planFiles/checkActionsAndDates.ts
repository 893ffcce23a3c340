import { validateActionSchedule } from '../domain/actions/validateActionSchedule';
import type { ActionIssue } from '../domain/actions/ActionIssue';
import type { ActionOwnerRef, Plan } from '../domain/plan/types';
import type { RawIssue } from './planFileIssue';

type Path = Array<string | number>;

/** Schedule issues point at the field they concern (checkpoints at the list). */
const scheduleIssues = (issues: ActionIssue[], at: (...rest: Path) => Path): RawIssue[] =>
  issues.map((issue) => ({ path: at(issue.field), sv: issue.sv, en: issue.en }));

/**
 * Decided actions and dated controls: a control has a due rule or dates (not both); dates are real,
 * in order, checkpoints between start and end, and a control's dates lie in the plan's year (its
 * occasions belong to that year); an action's owner and reporting owner name a person or a role of
 * the plan, its units exist, and action ids are unique within the plan.
 */
export function checkActionsAndDates(plan: Plan): RawIssue[] {
  const issues: RawIssue[] = [];
  const personIds = new Set(plan.people.map((p) => p.id));
  const roleIds = new Set(plan.roles.map((r) => r.id));
  const unitIds = new Set(plan.units.map((u) => u.id));
  const seenActions = new Map<string, string>();
  const year = String(plan.year);

  plan.riskAreas.forEach((area, a) => {
    area.controls.forEach((control, k) => {
      const at = (...rest: Path): Path => ['riskAreas', a, 'controls', k, ...rest];
      if (control.dates === undefined && control.dueRule === undefined) {
        issues.push({
          path: at('due'),
          sv: `Kontrollmomentet "${control.id}" saknar förfallodag. Ange en förfalloregel (due) eller datum (dates: start, checkpoints, end).`,
          en: `Control point "${control.id}" has no due date. Give a due rule (due) or dates (dates: start, checkpoints, end).`,
        });
      }
      if (control.dates === undefined) return;
      if (control.dueRule !== undefined) {
        issues.push({
          path: at('due'),
          sv: `Kontrollmomentet "${control.id}" har både förfalloregel och datum. Behåll det ena: datumen används exakt som de står.`,
          en: `Control point "${control.id}" has both a due rule and dates. Keep one: dates are used exactly as written.`,
        });
      }
      const dateIssues = validateActionSchedule(control.dates);
      issues.push(...scheduleIssues(dateIssues, (...rest) => at('dates', ...rest)));
      const outside = [control.dates.start, ...control.dates.checkpoints, control.dates.end].filter(
        (date) => !date.startsWith(year),
      );
      if (dateIssues.length === 0 && outside.length > 0) {
        issues.push({
          path: at('dates'),
          sv: `Datumen ${outside.join(', ')} ligger utanför planens år ${year}. Ett kontrollmoments datum ska ligga inom planåret.`,
          en: `The dates ${outside.join(', ')} are outside the plan's year ${year}. A control point's dates must lie in the plan year.`,
        });
      }
    });

    (area.actions ?? []).forEach((action, i) => {
      const at = (...rest: Path): Path => ['riskAreas', a, 'actions', i, ...rest];
      const first = seenActions.get(action.id);
      if (first !== undefined) {
        issues.push({
          path: at('id'),
          sv: `Åtgärden "${action.id}" finns redan (under riskområdet "${first}"). Id måste vara unika.`,
          en: `The action "${action.id}" already exists (under risk area "${first}"). Ids must be unique.`,
        });
      } else seenActions.set(action.id, area.id);
      const owners: Array<[string, ActionOwnerRef | undefined, string, string]> = [
        ['owner', action.owner, 'Ansvarig', 'owner'],
        ['reportingOwner', action.reportingOwner, 'Rapporteringsansvarig', 'reporting owner'],
      ];
      for (const [field, ref, sv, en] of owners) {
        if (ref === undefined) continue;
        const id = 'personId' in ref ? ref.personId : ref.roleId;
        if (personIds.has(id) || roleIds.has(id)) continue;
        issues.push({
          path: at(field),
          sv: `${sv} "${id}" för åtgärden "${action.id}" finns inte i planen. Ange id för en person (people) eller en roll (roles), eller lägg till personen.`,
          en: `The ${en} "${id}" of action "${action.id}" is not in the plan. Give the id of a person (people) or a role (roles), or add the person.`,
        });
      }
      action.unitIds.forEach((unitId, u) => {
        if (!unitIds.has(unitId))
          issues.push({
            path: at('units', u),
            sv: `Okänd enhet "${unitId}": lägg till den under units eller rätta stavningen.`,
            en: `Unknown unit "${unitId}": add it under units or correct the spelling.`,
          });
      });
      issues.push(...scheduleIssues(validateActionSchedule(action), at));
    });
  });
  return issues;
}
