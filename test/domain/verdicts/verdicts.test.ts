import path from 'node:path';
import type { Plan } from '../../../src/domain/plan/types';
import { reportWindowOf } from '../../../src/domain/reporting/reportWindowOf';
import { carryOverLabel } from '../../../src/domain/verdicts/carryOverLabel';
import { checkVerdict } from '../../../src/domain/verdicts/checkVerdict';
import { dispositionOf, dispositionText } from '../../../src/domain/verdicts/dispositionWords';
import { draftNextYearPlan } from '../../../src/domain/verdicts/draftNextYearPlan';
import type { Verdict } from '../../../src/domain/verdicts/Verdict';
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
