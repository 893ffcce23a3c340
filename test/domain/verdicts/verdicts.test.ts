import path from 'node:path';
import type { Action, ActionStatus } from '../../../src/domain/actions/types';
import type { Plan } from '../../../src/domain/plan/types';
import { reportWindowOf } from '../../../src/domain/reporting/reportWindowOf';
import { carryOverLabel } from '../../../src/domain/verdicts/carryOverLabel';
import { checkVerdict } from '../../../src/domain/verdicts/checkVerdict';
import { dispositionOf, dispositionText } from '../../../src/domain/verdicts/dispositionWords';
import { draftNextYearPlan } from '../../../src/domain/verdicts/draftNextYearPlan';
import type { Verdict } from '../../../src/domain/verdicts/Verdict';
import { checkPlan } from '../../../src/planFiles/checkPlan';
import { parsePlanFile } from '../../../src/planFiles/parsePlanFile';

const at = new Date('2026-01-20T09:30:00Z');
const author = { name: 'Sara Nilsson' };
let plan: Plan;

beforeAll(async () => {
  const parsed = await parsePlanFile(path.resolve(__dirname, '../../fixtures/plans/yearend-2025.yaml'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  plan = parsed.plan;
});

const verdict = (riskAreaId: string, fields: Partial<Verdict>): Verdict => ({
  planId: plan.id,
  year: 2025,
  riskAreaId,
  disposition: 'remains',
  assessedBy: author,
  assessedAt: at.toISOString(),
  ...fields,
});

describe('verdicts', () => {
  it('reads the dispositions as the seeds and people write them, in Swedish or English', () => {
    expect(
      ['Kvarstår', 'kan avslutas', 'BEVAKAS', 'Överförs', 'transferred', 'stays'].map(dispositionOf),
    ).toEqual(['remains', 'closed', 'monitored', 'transferred', 'transferred', 'remains']);
    expect(dispositionOf('kanske')).toBeUndefined();
    expect(
      dispositionText({ disposition: 'transferred', transferredTo: 'Digitaliseringsplanen' }, 'sv'),
    ).toBe('Överförs till Digitaliseringsplanen');
  });

  it('checks a verdict against the plan: every problem at once, nothing half-made', () => {
    expect(checkVerdict({ riskAreaId: 'YE-R9', disposition: 'kanske' }, plan, 2025, author, at)).toEqual({
      ok: false,
      issues: [
        { code: 'unknownArea', value: 'YE-R9' },
        { code: 'unknownDisposition', value: 'kanske' },
      ],
    });
    expect(
      checkVerdict(
        { riskAreaId: 'YE-R3', disposition: 'överförs', transferredTo: ' ' },
        plan,
        2025,
        author,
        at,
      ),
    ).toEqual({ ok: false, issues: [{ code: 'missingTransferTarget' }] });
    expect(checkVerdict({ riskAreaId: 'YE-R1' }, plan, 2025, author, at)).toEqual({
      ok: false,
      issues: [{ code: 'missingDisposition' }],
    });
    // A target given with another disposition is not kept: only a transfer goes somewhere.
    expect(
      checkVerdict(
        { riskAreaId: 'YE-R1', disposition: 'Kvarstår', transferredTo: 'X', summary: ' Ok ' },
        plan,
        2025,
        author,
        at,
      ),
    ).toEqual({ ok: true, verdict: verdict('YE-R1', { summary: 'Ok' }) });
  });

  it('marks areas kvarstår från <year> or ny <year>', () => {
    expect(carryOverLabel({ carriedOverFrom: 2024 }, 2025, 'sv')).toBe('kvarstår från 2024');
    expect(carryOverLabel({}, 2025, 'sv')).toBe('ny 2025');
    expect(carryOverLabel({ newInYear: 2025 }, 2025, 'en')).toBe('new 2025');
  });

  it('drafts next year: remaining and unassessed areas carried, closed ones listed, decision metadata dropped', () => {
    const draft = draftNextYearPlan(plan, [
      verdict('YE-R2', { disposition: 'monitored', summary: 'Bevakas i egenkontrollen.' }),
      verdict('YE-R3', { disposition: 'closed' }),
    ]);
    expect(draft.unassessed).toEqual(['YE-R1']);
    expect(draft.closed).toEqual([
      {
        id: 'YE-R2',
        title: plan.riskAreas[1].title,
        disposition: 'monitored',
        summary: 'Bevakas i egenkontrollen.',
      },
      { id: 'YE-R3', title: plan.riskAreas[2].title, disposition: 'closed' },
    ]);
    expect(draft.plan).toMatchObject({ id: 'YE-SOF-2026', year: 2026, status: 'draft', closingDates: {} });
    expect(draft.plan.report).toEqual({
      layout: 'committee',
      reportTo: 'Socialnämnden',
      preparedBy: 'Sara Nilsson, kvalitetssamordnare',
      interimCutOff: '2026-08-31',
    });
    expect(draft.plan.riskAreas.map((a) => [a.id, a.carriedOverFrom, a.newInYear])).toEqual([
      ['YE-R1', 2024, undefined],
    ]);
  });

  describe('open actions in next year’s draft', () => {
    // INVENTED: a decided action on YE-R3 (risk value 16) and its follow-up.
    const decided = {
      id: 'YE-A3',
      text: 'Inför tvåhandsprincip vid utbetalningar',
      owner: { roleId: 'enhetschef' },
      reportingOwner: { personId: 'sara' },
      unitIds: [],
      start: '2025-01-01',
      checkpoints: ['2025-05-01', '2025-09-01'],
      end: '2025-12-31',
    };
    const withAction = (): Plan => ({
      ...plan,
      riskAreas: plan.riskAreas.map((area) => (area.id === 'YE-R3' ? { ...area, actions: [decided] } : area)),
    });
    const stored = (status: ActionStatus): Action => ({
      id: 'YE-SOF-2025/action/YE-A3/sof',
      planId: plan.id,
      year: 2025,
      riskAreaId: 'YE-R3',
      source: 'plan',
      decidedActionId: 'YE-A3',
      unitId: 'sof',
      text: decided.text,
      owner: { name: 'Anna Lindqvist', roleId: 'enhetschef' },
      reportingOwner: { name: 'Sara Nilsson', personId: 'sara' },
      start: decided.start,
      checkpoints: decided.checkpoints,
      end: decided.end,
      entries: [
        {
          id: 'created',
          at,
          date: '2025-01-01',
          status: 'Ej påbörjad',
          change: { kind: 'created' },
          author: { system: 'plan', name: 'ikbot' },
        },
        {
          id: 'e2',
          at,
          date: '2025-12-01',
          status,
          change: { kind: 'status' },
          ...(status === 'Genomförd med avvikelse' ? { reason: 'x' } : {}),
          author: { aadObjectId: 'a', name: 'Anna Lindqvist' },
        },
      ],
    });
    const warning16 = (draft: Plan) =>
      checkPlan(draft).warnings.filter((w) => w.sv.includes('"YE-R3" har riskvärde 16'));

    it('carries an open action with carriedOverFrom and next year’s dates, so the 16 warning does not fire', () => {
      const draft = draftNextYearPlan(withAction(), [verdict('YE-R3', {})], [stored('Pågående')]);
      expect(draft.carriedActions.map((a) => a.id)).toEqual(['YE-SOF-2025/action/YE-A3/sof']);
      expect(draft.plan.riskAreas.find((a) => a.id === 'YE-R3')?.actions).toEqual([
        {
          ...decided,
          start: '2026-01-01',
          checkpoints: ['2026-05-01', '2026-09-01'],
          end: '2026-12-31',
          carriedOverFrom: 2025,
        },
      ]);
      expect(checkPlan(draft.plan).errors).toEqual([]);
      expect(warning16(draft.plan)).toEqual([]);
    });

    it('carries an action its owner already marked Överförd, and one never followed up (none stored)', () => {
      expect(draftNextYearPlan(withAction(), [], [stored('Överförd')]).carriedActions).toHaveLength(1);
      const unstored = draftNextYearPlan(withAction(), [], []);
      expect(unstored.plan.riskAreas.find((a) => a.id === 'YE-R3')?.actions?.map((a) => a.id)).toEqual([
        'YE-A3',
      ]);
    });

    it('leaves out done actions and those of closed areas; the 16 warning then fires', () => {
      const done = draftNextYearPlan(withAction(), [verdict('YE-R3', {})], [stored('Genomförd')]);
      expect(done.carriedActions).toEqual([]);
      expect(done.plan.riskAreas.find((a) => a.id === 'YE-R3')?.actions).toBeUndefined();
      expect(warning16(done.plan)).toHaveLength(1);
      const closed = draftNextYearPlan(
        withAction(),
        [verdict('YE-R3', { disposition: 'closed' })],
        [stored('Pågående')],
      );
      expect(closed.carriedActions).toEqual([]);
    });
  });

  it('cuts the interim report at the plan’s cut-off, and says why it cannot', () => {
    expect(reportWindowOf(plan, 2025, 'interim')).toEqual({
      ok: true,
      window: {
        kind: 'interim',
        year: 2025,
        from: '2025-01-01',
        to: '2025-08-31',
        cutOff: '2025-08-31',
        yearEnd: '2026-06-30',
      },
    });
    expect(reportWindowOf({ closingDates: {} }, 2025, 'interim')).toEqual({ ok: false, reason: 'noCutOff' });
    expect(reportWindowOf({ closingDates: { interim: '2024-08-31' } }, 2025, 'interim')).toEqual({
      ok: false,
      reason: 'cutOffOutsideYear',
      cutOff: '2024-08-31',
    });
  });
});
