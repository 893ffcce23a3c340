import type { ActionOwnerRef, Grade, Plan } from '../domain/plan/types';
import { defaultRiskThresholds } from './defaultRiskThresholds';
import type { PlanDocument } from './planDocumentSchema';

/** The validated file shape mapped onto the domain plan, defaults filled in. Array order is kept, so paths still match. */
export function documentToPlan(doc: PlanDocument): Plan {
  // An action's owner names a person of the plan or else a role (checkPlan reports neither).
  const personIds = new Set((doc.people ?? []).map((p) => p.id));
  const ownerRef = (id: string): ActionOwnerRef => (personIds.has(id) ? { personId: id } : { roleId: id });
  return {
    id: doc.id,
    organisation: doc.organisation,
    ...(doc.board !== undefined && { board: doc.board }),
    ...(doc.municipality !== undefined && { municipality: doc.municipality }),
    year: doc.year,
    title: doc.title,
    status: doc.status,
    ...(doc.adopted && { adopted: { date: doc.adopted.date, decision: doc.adopted.decision } }),
    ...(doc.closedOn !== undefined && { closedOn: doc.closedOn }),
    governingDocuments: doc.governingDocuments ?? [],
    riskThresholds: (doc.riskThresholds ?? defaultRiskThresholds).map((t) => ({
      min: t.min,
      max: t.max,
      code: 'handling' in t ? t.handling : t.code,
    })),
    closingDates: {
      ...(doc.closingDates?.interim !== undefined && { interim: doc.closingDates.interim }),
      ...(doc.closingDates?.annual !== undefined && { annual: doc.closingDates.annual }),
    },
    roles: (doc.roles ?? []).map((r) => ({
      id: r.id,
      name: r.name,
      ...(r.nameEn !== undefined && { nameEn: r.nameEn }),
    })),
    units: (doc.units ?? []).map((u) => ({
      id: u.id,
      name: u.name,
      ...(u.parent !== undefined && { parentId: u.parent }),
      ...(u.level !== undefined && { level: u.level }),
    })),
    people: (doc.people ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      ...(p.aadObjectId !== undefined && { aadObjectId: p.aadObjectId.toLowerCase() }),
      ...(p.email !== undefined && { email: p.email }),
      locale: p.locale ?? 'sv',
    })),
    assignments: (doc.assignments ?? []).map((a) => ({
      roleId: a.role,
      unitId: a.unit,
      personId: a.person,
      ...(a.substitute !== undefined && { substituteId: a.substitute }),
    })),
    ...(doc.report && { report: definedOnly(doc.report) }),
    riskAreas: (doc.riskAreas ?? []).map((area) => ({
      id: area.id,
      title: area.title,
      ...(area.description !== undefined && { description: area.description }),
      probability: (area.probability ?? null) as Grade | null,
      consequence: (area.consequence ?? null) as Grade | null,
      ...(area.carriedOverFrom !== undefined && { carriedOverFrom: area.carriedOverFrom }),
      ...(area.newInYear !== undefined && { newInYear: area.newInYear }),
      controls: (area.controls ?? []).map((c) => ({
        id: c.id,
        title: c.title,
        ...(c.whatIsChecked !== undefined && { whatIsChecked: c.whatIsChecked }),
        method: c.method,
        frequency: c.frequency,
        ...(c.due !== undefined && { dueRule: c.due }),
        ...(c.dates !== undefined && {
          dates: {
            start: c.dates.start,
            checkpoints: c.dates.checkpoints ?? [],
            end: c.dates.end,
            ...(c.dates.shiftToWorkingDay !== undefined && { shiftToWorkingDay: c.dates.shiftToWorkingDay }),
          },
        }),
        ...(c.performer !== undefined && { performerRoleId: c.performer }),
        ...(c.performers !== undefined && {
          performerRoleId: c.performers[0],
          ...(c.performers.length > 1 && { performerRoleIds: [...c.performers] }),
        }),
        // With several performers the answer mode is written out (default any), as other defaults are.
        ...(c.answer !== undefined
          ? { answerMode: c.answer }
          : (c.performers?.length ?? 0) > 1
            ? { answerMode: 'any' as const }
            : {}),
        ...(c.responsible !== undefined && { responsibleRoleId: c.responsible }),
        ...(c.attestation !== undefined && { attestation: c.attestation }),
        unitIds: c.units ?? [],
        checkItems: (c.checkItems ?? []).map((item) => ({
          id: item.id,
          text: item.text,
          answerType: item.answer,
          ...(item.unit !== undefined && { unit: item.unit }),
        })),
        resultScale: c.resultScale ?? 'godkand',
        ...(c.sampling !== undefined && { samplingNote: c.sampling }),
        ...(c.samplingRule !== undefined && {
          samplingRule: {
            what: c.samplingRule.what,
            ...(c.samplingRule.percent !== undefined && { percent: c.samplingRule.percent }),
            ...(c.samplingRule.count !== undefined && { count: c.samplingRule.count }),
            ...(c.samplingRule.window !== undefined && {
              window: { from: c.samplingRule.window.from, to: c.samplingRule.window.to },
            }),
          },
        }),
      })),
      ...(area.actions !== undefined && {
        actions: area.actions.map((a) => ({
          id: a.id,
          text: a.text,
          owner: ownerRef(a.owner),
          ...(a.reportingOwner !== undefined && { reportingOwner: ownerRef(a.reportingOwner) }),
          unitIds: a.units ?? [],
          start: a.start,
          checkpoints: a.checkpoints ?? [],
          end: a.end,
          ...(a.carriedOverFrom !== undefined && { carriedOverFrom: a.carriedOverFrom }),
        })),
      }),
    })),
  };
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
