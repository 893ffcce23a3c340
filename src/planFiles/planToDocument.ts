import type { z } from 'zod';
import type { ActionOwnerRef, Plan } from '../domain/plan/types';
import { formatDueRule } from './formatDueRule';
import { formatFrequency } from './formatFrequency';
import type { planDocumentSchema } from './planDocumentSchema';

export type PlanFileData = z.input<typeof planDocumentSchema>;

/** Drops keys whose value is undefined, so that YAML and JSON output carry no empty fields. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The plan in the file shape, every default written out (status, due rule, result scale,
 * thresholds) so that what the bot will do is visible in the file. Key order is the documented order.
 */
export function planToDocument(plan: Plan): PlanFileData {
  return defined({
    formatVersion: 1 as const,
    id: plan.id,
    title: plan.title,
    municipality: plan.municipality,
    organisation: plan.organisation,
    board: plan.board,
    year: plan.year,
    status: plan.status,
    adopted: plan.adopted && { date: plan.adopted.date, decision: plan.adopted.decision },
    closedOn: plan.closedOn,
    closingDates:
      plan.closingDates.interim || plan.closingDates.annual
        ? defined({ interim: plan.closingDates.interim, annual: plan.closingDates.annual })
        : undefined,
    governingDocuments: plan.governingDocuments.length > 0 ? [...plan.governingDocuments] : undefined,
    riskThresholds: plan.riskThresholds.map((t) => ({ min: t.min, max: t.max, handling: t.code })),
    roles: plan.roles.map((r) => defined({ id: r.id, name: r.name, nameEn: r.nameEn })),
    units: plan.units.map((u) => defined({ id: u.id, name: u.name, parent: u.parentId, level: u.level })),
    people: plan.people.map((p) =>
      defined({ id: p.id, name: p.name, aadObjectId: p.aadObjectId, email: p.email, locale: p.locale }),
    ),
    assignments: plan.assignments.map((a) =>
      defined({ role: a.roleId, unit: a.unitId, person: a.personId, substitute: a.substituteId }),
    ),
    report: plan.report && Object.keys(plan.report).length > 0 ? defined({ ...plan.report }) : undefined,
    riskAreas: plan.riskAreas.map((area) =>
      defined({
        id: area.id,
        title: area.title,
        description: area.description,
        probability: area.probability,
        consequence: area.consequence,
        carriedOverFrom: area.carriedOverFrom,
        newInYear: area.newInYear,
        controls: area.controls.map((c) =>
          defined({
            id: c.id,
            title: c.title,
            whatIsChecked: c.whatIsChecked,
            method: c.method,
            frequency: formatFrequency(c.frequency),
            due: c.dueRule && formatDueRule(c.dueRule),
            dates: c.dates && {
              start: c.dates.start,
              checkpoints: [...c.dates.checkpoints],
              end: c.dates.end,
              ...(c.dates.shiftToWorkingDay !== undefined && {
                shiftToWorkingDay: c.dates.shiftToWorkingDay,
              }),
            },
            performer: c.performerRoleIds ? undefined : c.performerRoleId,
            performers: c.performerRoleIds && [...c.performerRoleIds],
            answer: c.answerMode,
            responsible: c.responsibleRoleId,
            attestation: c.attestation,
            units: c.unitIds.length > 0 ? [...c.unitIds] : undefined,
            sampling: c.samplingNote,
            samplingRule:
              c.samplingRule &&
              defined({ ...c.samplingRule, window: c.samplingRule.window && { ...c.samplingRule.window } }),
            resultScale: c.resultScale,
            checkItems:
              c.checkItems.length > 0
                ? c.checkItems.map((item) =>
                    defined({ id: item.id, text: item.text, answer: item.answerType, unit: item.unit }),
                  )
                : undefined,
          }),
        ),
        actions: area.actions?.map((a) =>
          defined({
            id: a.id,
            text: a.text,
            owner: refId(a.owner),
            reportingOwner: a.reportingOwner && refId(a.reportingOwner),
            units: a.unitIds.length > 0 ? [...a.unitIds] : undefined,
            start: a.start,
            checkpoints: [...a.checkpoints],
            end: a.end,
            carriedOverFrom: a.carriedOverFrom,
          }),
        ),
      }),
    ),
  });
}

const refId = (ref: ActionOwnerRef): string => ('personId' in ref ? ref.personId : ref.roleId);
