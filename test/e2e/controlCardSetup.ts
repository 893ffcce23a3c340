import path from 'node:path';
import type { Plan } from '../../src/domain/plan/types';
import { controlIndex } from '../../src/domain/plan/controlIndex';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { parsePlanFile } from '../../src/planFiles';
import type { TestBot } from '../support/startTestBot';
import { admin, performer, testTenant, type TestUser } from '../support/testUsers';

export const PLAN_ID = 'CARDS-TEST-2025';
/** Log check, June 2025, unit IFO: due 2025-07-14. Erik performs, Sara substitutes, Anna is responsible. */
export const JUNE = `${PLAN_ID}/CT-K1/ifo/2025-06`;
/** Access review, year 2025, unit IFO: due 2026-01-16. */
export const YEAR = `${PLAN_ID}/CT-K2/ifo/2025`;
/** 2025-07-03 12:00 in Stockholm. */
export const NOW = '2025-07-03T10:00:00.000Z';

/** Same tenant, but nobody in the plan. */
export const bystander: TestUser = {
  ...admin,
  id: '29:1NilsNobodyQz8Wx2Lk5Vb9Hm3Tc7Ry1Pd4Gs6Jf0Ua',
  aadObjectId: 'e6666666-7f80-4293-9eb5-2f304152637a',
  name: 'Nils Nobody',
  givenName: 'Nils',
  surname: 'Nobody',
  email: 'nils.nobody@exempelby.se',
  userPrincipalName: 'nils.nobody@exempelby.se',
  tenantId: testTenant.id,
  role: 'performer',
};

export async function cardsTestPlan(): Promise<Plan> {
  const parsed = await parsePlanFile(path.resolve(__dirname, '../fixtures/plans/cards-test.yaml'));
  if (!parsed.ok) throw new Error(`cards-test.yaml does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.plan;
}

/** Empties the bot's collections and stores the plan with its occasions, as an import would. */
export async function installPlan(
  bot: TestBot,
  change: (plan: Plan) => void = () => undefined,
): Promise<Plan> {
  const db = bot.app.database.db;
  for (const name of ['plans', 'occasions', 'audit', 'actions']) await db.collection(name).deleteMany({});
  const plan = await cardsTestPlan();
  change(plan);
  const { plans, occasions } = bot.app.services;
  const at = new Date(NOW);
  await plans.save(plan, 'test', at);
  const index = controlIndex(plan);
  await occasions.sync(
    plan.id,
    occasionsOf(plan),
    (controlId) => index.get(controlId)?.riskArea.id ?? '',
    at,
  );
  return plan;
}

/** A complete, valid answer to the June log check ("Godkänd"). */
export function approvedAnswer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    check_I1: 'ja',
    check_I2: '95',
    check_I3: '12',
    check_I4: '3,5',
    check_I5: 'Alla loggar granskade enligt rutin.',
    assessment: 'godkand',
    deviations: '0',
    performedOn: '2025-07-02',
    comment: 'Inga avvikelser.',
    ...overrides,
  };
}

/** The body of an adaptiveCard/action invoke response: the card Teams puts in place of the old one. */
export function invokeCard(response: { status: number; body: unknown }): Record<string, unknown> {
  const body = response.body as { statusCode?: number; type?: string; value?: Record<string, unknown> };
  if (
    response.status !== 200 ||
    body?.statusCode !== 200 ||
    body.type !== 'application/vnd.microsoft.card.adaptive'
  ) {
    throw new Error(`Expected a card in the invoke response, got ${response.status} ${JSON.stringify(body)}`);
  }
  return body.value as Record<string, unknown>;
}

export { performer };
