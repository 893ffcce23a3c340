import type { OccasionRecord, StoredResult } from '../../src/domain/ports/OccasionRepository';
import type { PerformedControlResult } from '../../src/domain/results/types';
import { actionFromResult } from '../../src/usecases/actionFromResult';
import { authorizeOccasion } from '../../src/usecases/authorizeOccasion';
import { canAmendResult } from '../../src/usecases/canAmendResult';
import { controlCardDataFor } from '../../src/usecases/controlCardDataFor';
import type { MyControl } from '../../src/usecases/myControls';
import { myControlsFind } from '../../src/usecases/myControlsFind';
import { resultChanges } from '../../src/usecases/resultChanges';
import { cardsTestPlan, JUNE, NOW } from '../e2e/controlCardSetup';
import { admin, outsider, performer, unitManager } from '../support/testUsers';

const at = new Date(NOW);
const june = { controlId: 'CT-K1', unitId: 'ifo' };
const performed: PerformedControlResult = {
  kind: 'performed',
  performedOn: '2025-07-02',
  answers: [{ itemId: 'I1', answerType: 'yesNoPartial', value: 'ja' }],
  assessment: 'godkand',
  deviations: 0,
};
const storedBy = (aadObjectId: string, result = performed): StoredResult => ({
  result,
  version: 1,
  submittedBy: { aadObjectId, name: 'X' },
  submittedAt: at,
  firstSubmittedBy: { aadObjectId, name: 'X' },
  firstSubmittedAt: at,
});
const occasion = (result?: StoredResult): OccasionRecord => ({
  id: JUNE,
  planId: 'CARDS-TEST-2025',
  controlId: 'CT-K1',
  unitId: 'ifo',
  period: { key: '2025-06', start: '2025-06-01', end: '2025-06-30' },
  dueDate: '2025-07-14',
  year: 2025,
  riskAreaId: 'CT-R1',
  status: result ? 'answered' : 'open',
  version: result ? 1 : 0,
  result,
  retired: false,
  updatedAt: at,
});

describe('who may act on an occasion', () => {
  it('finds performer, substitute and responsible through the unit tree, by Entra ID object id only', async () => {
    const plan = await cardsTestPlan();
    expect(authorizeOccasion(plan, june, performer.aadObjectId)).toBe('performer');
    expect(authorizeOccasion(plan, june, admin.aadObjectId.toUpperCase())).toBe('substitute');
    expect(authorizeOccasion(plan, june, unitManager.aadObjectId)).toBe('responsible');
    expect(authorizeOccasion(plan, june, outsider.aadObjectId)).toBe('none');
    expect(authorizeOccasion(plan, june, undefined)).toBe('none');
  });

  it('lets the submitter and the responsible manager amend until the plan closes, nobody else', async () => {
    const plan = await cardsTestPlan();
    const answered = occasion(storedBy(admin.aadObjectId));
    expect(canAmendResult(plan, answered, 'substitute', admin.aadObjectId, '2025-07-03')).toBe(true);
    expect(canAmendResult(plan, answered, 'responsible', unitManager.aadObjectId, '2025-07-03')).toBe(true);
    expect(canAmendResult(plan, answered, 'performer', performer.aadObjectId, '2025-07-03')).toBe(false);
    const closing = { ...plan, closedOn: '2025-08-01' };
    expect(canAmendResult(closing, answered, 'responsible', unitManager.aadObjectId, '2025-07-31')).toBe(
      true,
    );
    expect(canAmendResult(closing, answered, 'responsible', unitManager.aadObjectId, '2025-08-01')).toBe(
      false,
    );
  });
});

describe('the card an occasion shows', () => {
  it('is editable for the performer, read-only for others, and the summary once answered', async () => {
    const plan = await cardsTestPlan();
    const sv = { locale: 'sv' as const };
    expect(controlCardDataFor(plan, occasion(), { ...sv, aadObjectId: performer.aadObjectId }, at).card).toBe(
      'control',
    );
    const other = controlCardDataFor(plan, occasion(), { ...sv, aadObjectId: outsider.aadObjectId }, at);
    expect(other).toMatchObject({
      card: 'readOnly',
      data: { reason: 'notAssigned', statusText: 'Inte registrerad' },
    });
    const answered = occasion(storedBy(performer.aadObjectId));
    expect(
      controlCardDataFor(plan, answered, { ...sv, aadObjectId: performer.aadObjectId }, at),
    ).toMatchObject({
      card: 'summary',
      data: { amendable: true, version: 1 },
    });
    const amend = controlCardDataFor(plan, answered, { ...sv, aadObjectId: performer.aadObjectId }, at, {
      amend: true,
    });
    expect(amend).toMatchObject({
      card: 'control',
      data: { version: 1, entered: { assessment: 'godkand' } },
    });
    const closed = { ...plan, status: 'closed' as const };
    expect(
      controlCardDataFor(closed, occasion(), { ...sv, aadObjectId: performer.aadObjectId }, at),
    ).toMatchObject({
      card: 'readOnly',
      data: { reason: 'planClosed' },
    });
  });

  it('marks an open occasion overdue the day after its due date (Stockholm time)', async () => {
    const plan = await cardsTestPlan();
    const viewer = { locale: 'sv' as const, aadObjectId: performer.aadObjectId };
    const onDueDate = controlCardDataFor(plan, occasion(), viewer, new Date('2025-07-14T21:59:00Z'));
    const dayAfter = controlCardDataFor(plan, occasion(), viewer, new Date('2025-07-14T22:01:00Z'));
    expect(onDueDate.data.overdue).toBe(false);
    expect(dayAfter.data.overdue).toBe(true);
  });
});

describe('what changed and what follows from a result', () => {
  it('lists changed fields with before and after, sorted', () => {
    const after: PerformedControlResult = { ...performed, assessment: 'ej_godkand', comment: 'Ny' };
    expect(resultChanges(performed, after)).toEqual([
      { field: 'assessment', from: 'godkand', to: 'ej_godkand' },
      { field: 'comment', to: 'Ny' },
    ]);
    expect(resultChanges(performed, performed)).toEqual([]);
  });

  it('creates an action only for a deviation with a proposed action, and again only when the action changes', async () => {
    const plan = await cardsTestPlan();
    const proposedAction = { what: 'Signera listor', who: 'Anna', dueDate: '2025-09-30' };
    const deviating: PerformedControlResult = { ...performed, assessment: 'delvis_godkand', proposedAction };
    const record = occasion();
    const tz = 'Europe/Stockholm';
    const action = actionFromResult(plan, record, storedBy('x', deviating), undefined, tz);
    expect(action).toMatchObject({
      source: 'result',
      controlId: record.controlId,
      unitId: record.unitId,
      end: '2025-09-30',
      owner: { name: 'Anna Lindqvist', personId: 'anna' },
      entries: [{ id: `${JUNE}#v1`, status: 'Ej påbörjad', change: { kind: 'created' } }],
    });
    expect(
      actionFromResult(plan, record, storedBy('x', { ...performed, proposedAction }), undefined, tz),
    ).toBeUndefined();
    expect(
      actionFromResult(plan, record, storedBy('x', { ...deviating, comment: 'x' }), deviating, tz),
    ).toBeUndefined();
  });
});

describe('kontroll <reference>', () => {
  const mine = [
    { occasion: { id: 'P/K1/ifo/2025-06' } },
    { occasion: { id: 'P/K2/ifo/2025-06' } },
    { occasion: { id: 'P/K2/ifo/2025' } },
  ] as MyControl[];

  it('finds by number, full id or a unique end of the id, and says when the end is ambiguous', () => {
    expect(myControlsFind(mine, '2')).toEqual({ found: mine[1] });
    expect(myControlsFind(mine, 'p/k2/ifo/2025')).toEqual({ found: mine[2] });
    expect(myControlsFind(mine, 'K1/ifo/2025-06')).toEqual({ found: mine[0] });
    expect(myControlsFind(mine, 'ifo/2025-06')).toEqual({ ambiguous: [mine[0], mine[1]] });
    expect(myControlsFind(mine, '4')).toEqual({ none: true });
    expect(myControlsFind(mine, 'K9')).toEqual({ none: true });
  });
});
