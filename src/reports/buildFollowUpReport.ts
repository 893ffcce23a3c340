import type { CheckItemAnswer } from '../domain/results/types';
import type { ControlPoint, Plan } from '../domain/plan/types';
import { resultScales } from '../domain/plan/resultScales';
import { riskValue } from '../domain/plan/riskValue';
import { planLookup } from '../domain/digests/planLookup';
import type { DigestQueries, StatusCountRow } from '../domain/ports/DigestQueries';
import type { FollowUpEvaluation, ReportResult, ReportSource } from '../domain/ports/ReportSource';
import type { AreaSection, FollowUpReportHead, FollowUpTableRow } from './FollowUpReport';
import { reportFrequencyLabel } from './reportFrequencyLabel';

export interface ReportPorts {
  source: ReportSource;
  queries: DigestQueries;
}

const labelByCode = new Map(
  Object.values(resultScales).flatMap((scale) =>
    scale.values.map((value, index) => [value.code, { label: value.sv, index }] as const),
  ),
);

/** The committee's table: the written evaluation where there is one, else one derived from the stored results. */
export async function followUpHead(
  ports: ReportPorts,
  plan: Plan,
  year: number,
): Promise<FollowUpReportHead> {
  const evaluations = await ports.source.evaluationsOf(plan.id, year);
  const written = new Map(evaluations.filter((e) => e.kind === 'control').map((e) => [e.subjectId, e]));
  const outcomes = await controlOutcomes(ports, plan, year);
  const role = (id?: string) => plan.roles.find((r) => r.id === id)?.name ?? '';
  const rows: FollowUpTableRow[] = plan.riskAreas.flatMap((area) =>
    area.controls.map((control) => {
      const evaluation = written.get(control.id) ?? outcomes.get(control.id)!;
      return {
        riskArea: area.title,
        s: area.probability,
        k: area.consequence,
        r: riskValue(area),
        control: control.title,
        method: control.method,
        frequency: reportFrequencyLabel(control.frequency),
        performer: role(control.performerRoleId),
        responsible: role(control.responsibleRoleId),
        evaluation: evaluation.evaluation,
        comment: evaluation.comment ?? '',
      };
    }),
  );
  return {
    title: `Uppföljning av plan för intern kontroll år ${year}`,
    subtitle: [plan.organisation, plan.municipality ? `${plan.municipality} kommun` : '']
      .filter(Boolean)
      .join(' '),
    year,
    rows,
  };
}

/**
 * What the stored results say of each control: the assessments given (best first, e.g.
 * "Godkänd/delvis godkänd") and how many occasions were performed; the report shows it where no
 * evaluation was written, and the evaluations workbook shows it beside the evaluation to write.
 */
export async function controlOutcomes(
  ports: ReportPorts,
  plan: Plan,
  year: number,
): Promise<Map<string, Pick<FollowUpEvaluation, 'evaluation' | 'comment'>>> {
  // Occasions of the year are due up to the following summer (a December period is due in January).
  const counts = await ports.queries.statusCounts(
    { planId: plan.id, from: `${year}-01-01`, to: `${year + 1}-06-30` },
    ['controlId'],
  );
  return new Map(
    plan.riskAreas.flatMap((area) =>
      area.controls.map((control) => [control.id, derivedEvaluation(control, counts)] as const),
    ),
  );
}

function derivedEvaluation(
  control: ControlPoint,
  counts: StatusCountRow[],
): Pick<FollowUpEvaluation, 'evaluation' | 'comment'> {
  const mine = counts.filter((row) => row.key.controlId === control.id);
  const total = mine.reduce((sum, row) => sum + row.count, 0);
  const done = mine.filter((row) => row.status === 'answered').reduce((sum, row) => sum + row.count, 0);
  const codes = [
    ...new Set(mine.map((row) => row.assessment).filter((code): code is string => Boolean(code))),
  ]
    .map((code) => labelByCode.get(code) ?? { label: code, index: 9 })
    .sort((a, b) => a.index - b.index)
    .map((value, index) => (index === 0 ? value.label : value.label.toLowerCase()));
  return {
    evaluation: codes.length > 0 ? codes.join('/') : 'Ej utvärderad',
    comment: total > 0 ? `${done} av ${total} kontrolltillfällen genomförda.` : 'Inga kontrolltillfällen.',
  };
}

/** The sections after the table, one risk area at a time (each area's lines are released once written). */
export async function* areaSections(
  ports: ReportPorts,
  plan: Plan,
  year: number,
): AsyncIterable<AreaSection> {
  const names = planLookup(plan);
  const evaluations = await ports.source.evaluationsOf(plan.id, year);
  const areaEvaluation = new Map(
    evaluations.filter((e) => e.kind === 'riskArea').map((e) => [e.subjectId, e]),
  );
  const results = await ports.source.resultsOf(plan.id, year);
  // Rows follow the plan's order of units (as the plan lists them), not their ids or names.
  const unitOrder = new Map(plan.units.map((unit, index) => [unit.id, index]));
  const inPlanOrder = (rows: ReportResult[]): ReportResult[] =>
    rows
      .map((row, index) => ({ row, index }))
      .sort(
        (a, b) =>
          (unitOrder.get(a.row.unitId) ?? 1e9) - (unitOrder.get(b.row.unitId) ?? 1e9) || a.index - b.index,
      )
      .map(({ row }) => row);
  for (const area of plan.riskAreas) {
    const written = areaEvaluation.get(area.id);
    const section: AreaSection = {
      title: area.title,
      description: area.description ?? '',
      assessment: written?.evaluation,
      resultText: written?.comment,
      actionText: written?.actionText,
      results: [],
      checkItems: [],
      actions: [],
    };
    for (const areaControl of area.controls) {
      for (const occasion of inPlanOrder(results.take(areaControl.id))) {
        addResult(section, occasion, names);
      }
    }
    for await (const action of ports.source.actionsOf(
      plan.id,
      area.controls.map((c) => c.id),
    )) {
      section.actions.push({
        control: names.controlTitle(action.controlId),
        unit: names.unitName(action.unitId),
        what: action.what,
        owner: action.owner,
        dueDate: action.dueDate,
        status: action.status,
      });
    }
    yield section;
  }
}

function addResult(section: AreaSection, occasion: ReportResult, names: ReturnType<typeof planLookup>): void {
  const control = names.controlOf(occasion.controlId);
  const controlTitle = names.controlTitle(occasion.controlId);
  const unit = names.unitName(occasion.unitId);
  const result = occasion.result;
  if (result.kind === 'notApplicable') {
    section.results.push({
      control: controlTitle,
      unit,
      period: occasion.periodKey,
      assessment: 'Ej aktuell',
      deviations: null,
      performedOn: '',
      comment: [result.reason, result.comment].filter(Boolean).join(' '),
    });
    return;
  }
  section.results.push({
    control: controlTitle,
    unit,
    period: occasion.periodKey,
    assessment: labelByCode.get(result.assessment)?.label ?? result.assessment,
    deviations: result.deviations,
    performedOn: result.performedOn,
    comment: [result.comment, result.analysis].filter(Boolean).join(' '),
  });
  for (const answer of result.answers) {
    section.checkItems.push({
      control: controlTitle,
      unit,
      period: occasion.periodKey,
      item: control?.checkItems.find((item) => item.id === answer.itemId)?.text ?? answer.itemId,
      value: answerText(answer, control),
    });
  }
}

function answerText(answer: CheckItemAnswer, control: ControlPoint | undefined): string {
  switch (answer.answerType) {
    case 'yesNoPartial':
      return answer.value === 'ja' ? 'Ja' : answer.value === 'nej' ? 'Nej' : 'Delvis';
    case 'percentage':
      return `${answer.value} %`;
    case 'number': {
      const unit = control?.checkItems.find((item) => item.id === answer.itemId)?.unit;
      return unit ? `${answer.value} ${unit}` : String(answer.value);
    }
    default:
      return String(answer.value);
  }
}
