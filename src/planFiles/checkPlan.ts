import type { Plan } from '../domain/plan/types';
import { checkPlanReport } from './checkPlanReport';
import { checkActionsAndDates } from './checkActionsAndDates';
import { assignmentsUpTree } from './findAssignmentUpTree';
import type { RawIssue } from './planFileIssue';

type Path = Array<string | number>;

function duplicates(
  ids: string[],
  path: (index: number) => Path,
  what: { sv: string; en: string },
): RawIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: RawIssue[] = [];
  ids.forEach((value, index) => {
    if (value === '') return; // a missing id is reported by the structural check
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else {
      issues.push({
        path: path(index),
        sv: `${what.sv} "${value}" finns redan (nummer ${first + 1} i listan). Id måste vara unika.`,
        en: `${what.en} "${value}" already exists (number ${first + 1} in the list). Ids must be unique.`,
      });
    }
  });
  return issues;
}

function unknown(path: Path, value: string, what: { sv: string; en: string }, list: string): RawIssue {
  return {
    path,
    sv: `Okänd ${what.sv} "${value}": lägg till den under ${list} eller rätta stavningen.`,
    en: `Unknown ${what.en} "${value}": add it under ${list} or correct the spelling.`,
  };
}

const role = { sv: 'roll', en: 'role' };
const unit = { sv: 'enhet', en: 'unit' };
const person = { sv: 'person', en: 'person' };

function unitTreeIssues(plan: Plan, unitIds: Set<string>): RawIssue[] {
  const issues: RawIssue[] = [];
  const parentOf = new Map(plan.units.map((u) => [u.id, u.parentId]));
  const reportedInCycle = new Set<string>();
  plan.units.forEach((u, index) => {
    if (u.parentId === undefined) return;
    if (!unitIds.has(u.parentId)) {
      issues.push(unknown(['units', index, 'parent'], u.parentId, unit, 'units'));
      return;
    }
    const chain: string[] = [u.id];
    for (let current = parentOf.get(u.id); current !== undefined; current = parentOf.get(current)) {
      if (current === u.id) {
        if (!reportedInCycle.has(u.id)) {
          chain.forEach((id) => reportedInCycle.add(id));
          issues.push({
            path: ['units', index, 'parent'],
            sv: `Enheterna bildar en cirkel: ${[...chain, u.id].join(' → ')}. En enhet kan inte ligga under sig själv.`,
            en: `The units form a cycle: ${[...chain, u.id].join(' → ')}. A unit cannot sit under itself.`,
          });
        }
        break;
      }
      if (chain.includes(current) || !unitIds.has(current)) break;
      chain.push(current);
    }
  });
  return issues;
}

/**
 * Cross-reference and consistency checks on a structurally valid plan. Paths point into the
 * file shape (e.g. riskAreas[0].controls[1].performer). Returns every problem, not the first.
 */
export function checkPlan(plan: Plan): { errors: RawIssue[]; warnings: RawIssue[] } {
  // Indexed on first use: every control × unit asks for its performer and responsible.
  let assignmentOf: ReturnType<typeof assignmentsUpTree> | undefined;
  const errors: RawIssue[] = [];
  const warnings: RawIssue[] = [];
  const roleIds = new Set(plan.roles.map((r) => r.id));
  const unitIds = new Set(plan.units.map((u) => u.id));
  const personIds = new Set(plan.people.map((p) => p.id));

  errors.push(
    ...duplicates(
      plan.roles.map((r) => r.id),
      (i) => ['roles', i, 'id'],
      { sv: 'Rollen', en: 'Role' },
    ),
    ...duplicates(
      plan.units.map((u) => u.id),
      (i) => ['units', i, 'id'],
      { sv: 'Enheten', en: 'Unit' },
    ),
    ...duplicates(
      plan.people.map((p) => p.id),
      (i) => ['people', i, 'id'],
      { sv: 'Personen', en: 'Person' },
    ),
    ...duplicates(
      plan.riskAreas.map((a) => a.id),
      (i) => ['riskAreas', i, 'id'],
      { sv: 'Riskområdet', en: 'Risk area' },
    ),
  );

  const controlPaths = plan.riskAreas.flatMap((area, a) =>
    area.controls.map((c, k) => ({ id: c.id, path: [a, k] })),
  );
  errors.push(
    ...duplicates(
      controlPaths.map((c) => c.id),
      (i) => ['riskAreas', controlPaths[i].path[0], 'controls', controlPaths[i].path[1], 'id'],
      { sv: 'Kontrollmomentet', en: 'Control point' },
    ),
  );

  errors.push(...unitTreeIssues(plan, unitIds));

  plan.people.forEach((p, i) => {
    if (p.aadObjectId === undefined && p.email === undefined) {
      errors.push({
        path: ['people', i],
        sv: `Personen "${p.id}" behöver aadObjectId (Entra ID) eller email, annars kan boten inte hitta personen i Teams.`,
        en: `Person "${p.id}" needs an aadObjectId (Entra ID) or an email, otherwise the bot cannot find them in Teams.`,
      });
    }
  });

  const seenAssignment = new Map<string, number>();
  plan.assignments.forEach((a, i) => {
    if (!roleIds.has(a.roleId)) errors.push(unknown(['assignments', i, 'role'], a.roleId, role, 'roles'));
    if (!unitIds.has(a.unitId)) errors.push(unknown(['assignments', i, 'unit'], a.unitId, unit, 'units'));
    if (!personIds.has(a.personId))
      errors.push(unknown(['assignments', i, 'person'], a.personId, person, 'people'));
    if (a.substituteId !== undefined) {
      if (!personIds.has(a.substituteId)) {
        errors.push(unknown(['assignments', i, 'substitute'], a.substituteId, person, 'people'));
      }
      if (a.substituteId === a.personId) {
        errors.push({
          path: ['assignments', i, 'substitute'],
          sv: `Ersättaren är samma person som ordinarie ("${a.personId}"). Välj en annan ersättare eller ta bort raden.`,
          en: `The substitute is the same person as the holder ("${a.personId}"). Choose someone else or remove it.`,
        });
      }
    }
    const key = `${a.roleId}\u0000${a.unitId}`;
    const first = seenAssignment.get(key);
    if (first === undefined) seenAssignment.set(key, i);
    else {
      warnings.push({
        path: ['assignments', i],
        sv: `Rollen "${a.roleId}" på enheten "${a.unitId}" är redan tilldelad (tilldelning ${first + 1}); boten använder den första.`,
        en: `Role "${a.roleId}" on unit "${a.unitId}" is already assigned (assignment ${first + 1}); the bot uses the first.`,
      });
    }
  });

  plan.riskThresholds.forEach((t, i) => {
    if (t.min > t.max) {
      errors.push({
        path: ['riskThresholds', i],
        sv: `Riskgränsen har min ${t.min} större än max ${t.max}.`,
        en: `The risk threshold has min ${t.min} greater than max ${t.max}.`,
      });
    }
    plan.riskThresholds.slice(0, i).forEach((other, j) => {
      if (t.min <= other.max && other.min <= t.max) {
        errors.push({
          path: ['riskThresholds', i],
          sv: `Riskgränsen ${t.min}–${t.max} överlappar gräns ${j + 1} (${other.min}–${other.max}).`,
          en: `Risk threshold ${t.min}–${t.max} overlaps threshold ${j + 1} (${other.min}–${other.max}).`,
        });
      }
    });
  });

  if (plan.status !== 'draft' && plan.adopted === undefined) {
    warnings.push({
      path: ['adopted'],
      sv: 'Planen är antagen eller avslutad men saknar beslutsdatum och paragraf (adopted).',
      en: 'The plan is adopted or closed but has no adoption date and decision reference (adopted).',
    });
  }

  const rootUnits = plan.units.filter((u) => u.parentId === undefined).map((u) => u.id);
  plan.riskAreas.forEach((area, a) =>
    area.controls.forEach((control, k) => {
      const at = (...rest: Path): Path => ['riskAreas', a, 'controls', k, ...rest];
      errors.push(
        ...duplicates(
          control.checkItems.map((item) => item.id),
          (i) => at('checkItems', i, 'id'),
          { sv: 'Kontrollpunkten', en: 'Check item' },
        ),
      );
      control.checkItems.forEach((item, i) => {
        if (item.unit !== undefined && item.answerType !== 'number') {
          errors.push({
            path: at('checkItems', i, 'unit'),
            sv: 'Måttenhet (unit) används bara med svarstypen number (Tal).',
            en: 'A unit of measure is only used with answer type number.',
          });
        }
      });
      control.unitIds.forEach((unitId, i) => {
        if (!unitIds.has(unitId)) errors.push(unknown(at('units', i), unitId, unit, 'units'));
      });
      const frequency = control.frequency;
      if (frequency.kind === 'closing') {
        for (const occasion of frequency.occasions) {
          if (plan.closingDates[occasion] === undefined) {
            const name =
              occasion === 'interim'
                ? 'delårsbokslut (closingDates.interim)'
                : 'årsbokslut (closingDates.annual)';
            errors.push({
              path: at('frequency'),
              sv: `Kontrollen följer bokslut men planen saknar datum för ${name}.`,
              en: `The control follows the closing but the plan has no date for ${name}.`,
            });
          }
        }
      }
      const roles: Array<{ field: string | number; roleId?: string; sv: string; en: string }> = [
        ...(control.performerRoleIds
          ? control.performerRoleIds.map((roleId, i) => ({
              field: i,
              roleId,
              sv: 'utförare',
              en: 'performer',
            }))
          : [{ field: 'performer', roleId: control.performerRoleId, sv: 'utförare', en: 'performer' }]),
        { field: 'responsible', roleId: control.responsibleRoleId, sv: 'ansvarig', en: 'responsible person' },
      ];
      for (const { field: rawField, roleId, sv, en } of roles) {
        const fieldPath: Path = typeof rawField === 'number' ? ['performers', rawField] : [rawField];
        if (roleId === undefined) {
          warnings.push({
            path: at(...fieldPath),
            sv: `Kontrollmomentet "${control.id}" har ingen roll för ${sv}; ingen får påminnelser.`,
            en: `Control point "${control.id}" has no ${en} role; nobody will be reminded.`,
          });
          continue;
        }
        if (!roleIds.has(roleId)) {
          errors.push(unknown(at(...fieldPath), roleId, role, 'roles'));
          continue;
        }
        const targets = control.unitIds.length > 0 ? control.unitIds : rootUnits;
        for (const unitId of targets.filter((id) => unitIds.has(id))) {
          if ((assignmentOf ??= assignmentsUpTree(plan))(roleId, unitId) === undefined) {
            warnings.push({
              path: at(...fieldPath),
              sv: `Ingen person har rollen "${roleId}" (${sv}) för enheten "${unitId}" eller en överordnad enhet; kontrollmomentet "${control.id}" saknar ${sv} där.`,
              en: `Nobody holds role "${roleId}" (${en}) for unit "${unitId}" or a parent unit; control point "${control.id}" has no ${en} there.`,
            });
          }
        }
      }
    }),
  );

  errors.push(...checkActionsAndDates(plan));
  const report = checkPlanReport(plan);
  return { errors: [...errors, ...report.errors], warnings: [...warnings, ...report.warnings] };
}
