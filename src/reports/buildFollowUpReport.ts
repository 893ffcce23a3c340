import { controlIndex } from '../domain/plan/controlIndex';
import { sampleShareText, samplingRuleText } from '../domain/sampling/samplingTexts';
import { currentStateOf } from '../domain/actions/currentStateOf';
import type { CheckItemAnswer } from '../domain/results/types';
import type { ControlPoint, Plan } from '../domain/plan/types';
import { resultScales } from '../domain/plan/resultScales';
import { riskValue } from '../domain/plan/riskValue';
import { planLookup } from '../domain/digests/planLookup';
import type { ActionRepository } from '../domain/ports/ActionRepository';
import type { DigestQueries, StatusCountRow } from '../domain/ports/DigestQueries';
import type { FollowUpEvaluation, ReportResult, ReportSource } from '../domain/ports/ReportSource';
import type { VerdictRepository } from '../domain/ports/VerdictRepository';
import type { ReportWindow } from '../domain/reporting/reportWindowOf';
import { addDays } from '../domain/schedule/addDays';
import { scheduleOf } from '../domain/schedule/scheduleOf';
import { carryOverLabel } from '../domain/verdicts/carryOverLabel';
import { formatNumber } from '../cards/formatNumber';
import type {
  AreaSection,
  EvidenceLine,
  FollowUpReportHead,
  FollowUpTableRow,
  OccasionCounts,
} from './FollowUpReport';
import { areaAggregateLines } from './areaAggregateLines';
import { reportFrequencyLabel } from './reportFrequencyLabel';
import { reportHeadFields } from './reportHeadFields';

export interface ReportPorts {
  source: ReportSource;
  queries: DigestQueries;
  verdicts: VerdictRepository;
  /** The follow-up of actions (the actions layout) reads the actions as stored. */
  actions: Pick<ActionRepository, 'find'>;
  /** Evidence files (underlag) of the occasions, with links; absent = the report lists none. */
  evidence?: ReportEvidence;
  /** Attestations of the current results: "bedömd av <namn> <datum>" by occasion id; absent = not shown. */
  attestedOf?(occasionIds: readonly string[]): Promise<Map<string, { name: string; date: string }>>;
}

/** What the report needs of the evidence files: those of some occasions, and a link to each. */
export interface ReportEvidence {
  filesOf(
    occasionIds: readonly string[],
  ): Promise<
    Array<{ occasionId: string; fileName: string; uploadedBy: string; uploadedAt: Date; url: string }>
  >;
}

const labelByCode = new Map(
  Object.values(resultScales).flatMap((scale) =>
    scale.values.map((value, index) => [value.code, { label: value.sv, index }] as const),
  ),
);

/** The whole year, as the report was before interim cuts: occasions due up to the following summer. */
export const yearWindow = (year: number): ReportWindow => ({
  kind: 'year',
  year,
  from: `${year}-01-01`,
  to: `${year + 1}-06-30`,
  yearEnd: `${year + 1}-06-30`,
});

/** The committee's table: the written evaluation where there is one, else one derived from the stored results. */
export async function followUpHead(
  ports: ReportPorts,
  plan: Plan,
  window: ReportWindow,
): Promise<FollowUpReportHead> {
  const { year } = window;
  const evaluations = await ports.source.evaluationsOf(plan.id, year);
  const written = new Map(evaluations.filter((e) => e.kind === 'control').map((e) => [e.subjectId, e]));
  const outcomes = await controlOutcomes(ports, plan, window);
  const role = (id?: string) => plan.roles.find((r) => r.id === id)?.name ?? '';
  const rows: FollowUpTableRow[] = plan.riskAreas.flatMap((area) =>
    area.controls.map((control) => {
      const outcome = outcomes.get(control.id)!;
      const evaluation = written.get(control.id) ?? outcome;
      return {
        riskAreaId: area.id,
        controlId: control.id,
        riskArea: area.title,
        carryOver: carryOverLabel(area, year, 'sv'),
        whatIsChecked: control.whatIsChecked ?? control.title,
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
        counts: outcome.counts,
      };
    }),
  );
  const interim = window.kind === 'interim';
  return {
    title: interim
      ? `Uppföljning av plan för intern kontroll, delår ${year}`
      : `Uppföljning av plan för intern kontroll år ${year}`,
    subtitle: [plan.organisation, plan.municipality ? `${plan.municipality} kommun` : '']
      .filter(Boolean)
      .join(' '),
    year,
    window,
    fields: reportHeadFields(plan, window),
    rows,
  };
}

type Outcome = Pick<FollowUpEvaluation, 'evaluation' | 'comment'> & { counts: OccasionCounts };

/**
 * What the stored results say of each control within the window: the assessments given (best
 * first, e.g. "Godkänd/delvis godkänd") and how many occasions were performed; the report shows it
 * where no evaluation was written, and the evaluations workbook and the verdict card show it beside
 * the evaluation to write. In an interim report the occasions due after the cut-off are counted as
 * not yet due.
 */
export async function controlOutcomes(
  ports: ReportPorts,
  plan: Plan,
  window: ReportWindow,
): Promise<Map<string, Outcome>> {
  const counts = await ports.queries.statusCounts({ planId: plan.id, from: window.from, to: window.to }, [
    'controlId',
  ]);
  const later =
    window.to < window.yearEnd
      ? await ports.queries.statusCounts(
          { planId: plan.id, from: addDays(window.to, 1), to: window.yearEnd },
          ['controlId'],
        )
      : [];
  return new Map(
    plan.riskAreas.flatMap((area) =>
      area.controls.map((control) => [control.id, derivedEvaluation(control, counts, later)] as const),
    ),
  );
}

function derivedEvaluation(
  control: ControlPoint,
  counts: StatusCountRow[],
  later: StatusCountRow[],
): Outcome {
  const mine = counts.filter((row) => row.key.controlId === control.id);
  const total = mine.reduce((sum, row) => sum + row.count, 0);
  const answered = mine.filter((row) => row.status === 'answered').reduce((sum, row) => sum + row.count, 0);
  const deviations = mine.reduce((sum, row) => sum + row.deviations, 0);
  const notYetDue = later
    .filter((row) => row.key.controlId === control.id)
    .reduce((sum, row) => sum + row.count, 0);
  const codes = [
    ...new Set(mine.map((row) => row.assessment).filter((code): code is string => Boolean(code))),
  ]
    .map((code) => labelByCode.get(code) ?? { label: code, index: 9 })
    .sort((a, b) => a.index - b.index)
    .map((value, index) => (index === 0 ? value.label : value.label.toLowerCase()));
  const n = (value: number) => formatNumber(value, 'sv');
  const performed =
    total > 0 ? `${n(answered)} av ${n(total)} kontrolltillfällen genomförda` : 'Inga kontrolltillfällen';
  const pending = notYetDue > 0 ? `; ${n(notYetDue)} ej förfallna ännu` : '';
  return {
    evaluation: codes.length > 0 ? codes.join('/') : 'Ej utvärderad',
    comment: `${performed}${pending}.`,
    counts: { due: total, done: answered, deviations, notYetDue },
  };
}

/** The sections after the table, one risk area at a time (each area's lines are released once written). */
export async function* areaSections(
  ports: ReportPorts,
  plan: Plan,
  head: FollowUpReportHead,
): AsyncIterable<AreaSection> {
  const { window, year } = head;
  const names = planLookup(plan);
  const [evaluations, verdicts] = await Promise.all([
    ports.source.evaluationsOf(plan.id, year),
    ports.verdicts.ofYear(plan.id, year),
  ]);
  const areaEvaluation = new Map(
    evaluations.filter((e) => e.kind === 'riskArea').map((e) => [e.subjectId, e]),
  );
  const verdictOf = new Map(verdicts.map((v) => [v.riskAreaId, v]));
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
    // An area evaluation stored before verdicts existed still shows until a verdict replaces it.
    const written = areaEvaluation.get(area.id);
    const verdict = verdictOf.get(area.id);
    const section: AreaSection = {
      id: area.id,
      title: area.title,
      carryOver: carryOverLabel(area, year, 'sv'),
      ...(verdict ? { verdict } : {}),
      controls: head.rows.filter((row) => row.riskAreaId === area.id),
      description: area.description ?? '',
      assessment: verdict ? verdict.assessment : written?.evaluation,
      resultText: verdict ? verdict.summary : written?.comment,
      actionText: verdict ? verdict.furtherActions : written?.actionText,
      results: [],
      checkItems: [],
      actions: [],
    };
    const counted: ReportResult[] = [];
    const results = await ports.source.resultsOf(
      plan.id,
      year,
      area.controls.map((control) => control.id),
    );
    for (const areaControl of area.controls) {
      const isCounted = dueWithin(areaControl, plan, window);
      for (const occasion of inPlanOrder(results.take(areaControl.id))) {
        if (!isCounted(occasion.periodKey)) continue;
        addResult(section, occasion, names);
        counted.push(occasion);
      }
    }
    const aggregates = areaAggregateLines(plan, area, counted, 'sv');
    if (aggregates.length > 0) section.aggregates = aggregates;
    if (ports.evidence) section.evidence = await evidenceLines(ports.evidence, plan, counted, names);
    if (ports.attestedOf) await addAttestations(ports.attestedOf, plan, section, counted);
    for await (const action of ports.source.actionsOf(
      plan.id,
      area.controls.map((c) => c.id),
    )) {
      section.actions.push({
        controlId: action.controlId ?? '',
        control: names.controlTitle(action.controlId ?? ''),
        unit: names.unitName(action.unitId),
        what: action.text,
        owner: action.owner.name,
        dueDate: action.end,
        status: currentStateOf(action).status,
      });
    }
    yield section;
  }
}

/**
 * "bedömd av <namn> <datum>" (or "väntar på attest") after the comment of each result of a control
 * that requires attestation. section.results lines up with `occasions` (one line per result).
 */
async function addAttestations(
  attestedOf: NonNullable<ReportPorts['attestedOf']>,
  plan: Plan,
  section: AreaSection,
  occasions: readonly ReportResult[],
): Promise<void> {
  const index = controlIndex(plan);
  const key = (o: ReportResult) => `${plan.id}/${o.controlId}/${o.unitId}/${o.periodKey}`;
  const attesting = occasions.filter((o) => index.get(o.controlId)?.control.attestation);
  if (attesting.length === 0) return;
  const attested = await attestedOf(attesting.map(key));
  occasions.forEach((occasion, i) => {
    if (!index.get(occasion.controlId)?.control.attestation) return;
    const line = section.results[i];
    const by = attested.get(key(occasion));
    const note = by ? `bedömd av ${by.name} ${by.date}` : 'väntar på attest';
    line.comment = line.comment ? `${line.comment} (${note})` : note;
  });
}

/** The evidence files of the area's reported occasions, in the order of the results. */
async function evidenceLines(
  evidence: ReportEvidence,
  plan: Plan,
  occasions: readonly ReportResult[],
  names: ReturnType<typeof planLookup>,
): Promise<EvidenceLine[]> {
  const byId = new Map<string, ReportResult>(
    occasions.map((o) => [`${plan.id}/${o.controlId}/${o.unitId}/${o.periodKey}`, o]),
  );
  const files = await evidence.filesOf([...byId.keys()]);
  return files.flatMap((file) => {
    const occasion = byId.get(file.occasionId);
    if (!occasion) return [];
    return [
      {
        controlId: occasion.controlId,
        control: names.controlTitle(occasion.controlId),
        unit: names.unitName(occasion.unitId),
        period: occasion.periodKey,
        fileName: file.fileName,
        url: file.url,
        uploadedBy: file.uploadedBy,
        uploadedOn: file.uploadedAt.toISOString().slice(0, 10),
      },
    ];
  });
}

/** Whether a control's period is due within the window (the interim report leaves out later ones). */
function dueWithin(control: ControlPoint, plan: Plan, window: ReportWindow): (periodKey: string) => boolean {
  if (window.kind === 'year') return () => true;
  const dueByPeriod = new Map(scheduleOf(plan, control).map(({ period, dueDate }) => [period.key, dueDate]));
  return (periodKey) => {
    const due = dueByPeriod.get(periodKey);
    return due !== undefined && due >= window.from && due <= window.to;
  };
}

function addResult(section: AreaSection, occasion: ReportResult, names: ReturnType<typeof planLookup>): void {
  const control = names.controlOf(occasion.controlId);
  const controlTitle = names.controlTitle(occasion.controlId);
  const unit = names.unitName(occasion.unitId);
  const result = occasion.result;
  if (result.kind === 'notApplicable') {
    section.results.push({
      controlId: occasion.controlId,
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
    controlId: occasion.controlId,
    control: controlTitle,
    unit,
    period: occasion.periodKey,
    assessment: labelByCode.get(result.assessment)?.label ?? result.assessment,
    deviations: result.deviations,
    performedOn: result.performedOn,
    comment: [result.comment, result.analysis].filter(Boolean).join(' '),
  });
  if (result.sample && control?.samplingRule) {
    (section.samples ??= []).push({
      control: controlTitle,
      unit,
      period: occasion.periodKey,
      method: samplingRuleText(control.samplingRule, 'sv'),
      share: sampleShareText(result.sample, 'sv'),
      withFindings: result.sample.withFindings,
    });
  }
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
      return `${formatNumber(answer.value, 'sv')} %`;
    case 'number': {
      const unit = control?.checkItems.find((item) => item.id === answer.itemId)?.unit;
      return unit ? `${formatNumber(answer.value, 'sv')} ${unit}` : formatNumber(answer.value, 'sv');
    }
    default:
      return String(answer.value);
  }
}
