import path from 'node:path';
import { renderLeadershipDigest } from '../../src/cards/renderLeadershipDigest';
import { renderManagerDigest } from '../../src/cards/renderManagerDigest';
import { actionDigestCounts } from '../../src/domain/actions/actionDigestCounts';
import { actionsOfPlan } from '../../src/domain/actions/actionsOfPlan';
import type { Action, ActionEntry } from '../../src/domain/actions/types';
import { digestPeriodOf } from '../../src/domain/digests/digestPeriodOf';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import { MongoDigestSnapshots } from '../../src/storage/mongo/digests/MongoDigestSnapshots';
import { computeLeadershipDigest } from '../../src/usecases/computeLeadershipDigest';
import { computeManagerDigests } from '../../src/usecases/computeManagerDigests';
import { texts } from '../cards/cardTree';
import { loadPlan, storePlan } from '../e2e/remindersSetup';
import { openTestDatabase } from '../support/testDatabase';

const policy = { noticeWorkingDaysBefore: 5, escalateAfterWorkingDays: 3 };
const person = { aadObjectId: 'x', name: 'X' };
const entry = (date: string, status: ActionEntry['status']): ActionEntry => ({
  id: date,
  at: new Date(`${date}T08:00:00Z`),
  date,
  status,
  change: { kind: 'status' },
  comment: 'c',
  author: person,
});

describe('the actions section of the digests', () => {
  it('counts open, checkpoint missed and closed since a week ago', async () => {
    const plan = await loadPlan(path.resolve(__dirname, '../fixtures/plans/mellerud-2024.yaml'));
    const [a1, a2] = actionsOfPlan(plan, new Date('2024-01-01T08:00:00Z'), '2024-01-01');
    const closedLastWeek: Action = {
      ...a1,
      id: 'c1',
      entries: [...a1.entries, entry('2024-09-10', 'Genomförd')],
    };
    const closedLongAgo: Action = {
      ...a1,
      id: 'c2',
      entries: [...a1.entries, entry('2024-06-10', 'Ej genomförd')],
    };
    const reported: Action = { ...a1, id: 'r', entries: [...a1.entries, entry('2024-08-30', 'Pågående')] };
    // On 2024-09-12 the 09-01 checkpoint is past its escalation date (09-04): a1/a2 missed it, `reported` did not.
    expect(
      actionDigestCounts(
        [a1, a2, closedLastWeek, closedLongAgo, reported],
        '2024-09-12',
        '2024-09-05',
        policy,
      ),
    ).toEqual({
      open: 3,
      missed: 2,
      completed: 1,
    });
  });

  it('is part of the manager and leadership digests and their cards', async () => {
    const database = await openTestDatabase('actionDigest');
    try {
      await ensureIndexes(database.db);
      const plan = await loadPlan(path.resolve(__dirname, '../fixtures/plans/mellerud-2024.yaml'));
      await storePlan(database.db, plan, new Date('2023-12-20T10:00:00Z'));
      const repository = new MongoActionRepository(database.db);
      await repository.ensure(actionsOfPlan(plan, new Date('2024-01-01T08:00:00Z'), '2024-01-01'));
      const ports = {
        queries: new MongoDigestQueries(database.db),
        snapshots: new MongoDigestSnapshots(database.db),
        actions: { repository, policy },
      };
      const today = '2024-09-12';
      const period = digestPeriodOf('', today);
      if (!period) throw new Error('no period');
      const managers = await computeManagerDigests(ports, plan, period, today);
      const anna = managers.find((digest) => digest.person.id === 'anna');
      expect(anna?.actions).toEqual({ open: 2, missed: 2, completed: 0 });
      expect(texts(renderManagerDigest({ locale: 'sv', digest: anna! }))).toContain(
        '2 öppna · 2 med missad avstämning · 0 avslutade senaste veckan',
      );
      const { digest } = await computeLeadershipDigest(ports, plan, period, today);
      expect(digest.actions).toEqual({ open: 2, missed: 2, completed: 0 });
      expect(texts(renderLeadershipDigest({ locale: 'en', digest, overdueTotal: 0 }))).toContain(
        '2 open · 2 with a missed checkpoint · 0 closed in the last week',
      );
    } finally {
      await database.drop();
    }
  });
});
