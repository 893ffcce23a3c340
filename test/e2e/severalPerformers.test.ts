import { computeManagerDigests } from '../../src/usecases/computeManagerDigests';
import { digestPeriodOf } from '../../src/domain/digests/digestPeriodOf';
import { renderManagerDigest } from '../../src/cards/renderManagerDigest';
import { texts } from '../cards/cardTree';
import { remindersDue } from '../../src/domain/reminders/remindersDue';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { admin, performer, type TestUser } from '../support/testUsers';
import { approvedAnswer, installPlan, invokeCard, JUNE, NOW } from './controlCardSetup';

/** CT-K1 performed by two roles (invented for the test): the system owner (Erik) and MAS (Sara), each answering. */
async function installEachPlan(bot: TestBot, mode: 'any' | 'each' = 'each') {
  return installPlan(bot, (plan) => {
    plan.roles.push({ id: 'mas', name: 'MAS' });
    plan.assignments.push({ roleId: 'mas', unitId: 'sof', personId: 'sara' });
    const logCheck = plan.riskAreas[0].controls.find((c) => c.id === 'CT-K1')!;
    logCheck.performerRoleIds = ['systemforvaltare', 'mas'];
    logCheck.answerMode = mode;
  });
}

describe('a control with several performer roles', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'performers', now: NOW });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(async () => {
    bot.setNow(NOW);
    bot.connector.reset();
    await bot.app.database.db.collection('occasionParts').deleteMany({});
  });

  const submit = (user: TestUser) =>
    bot.post(
      bot.activities.adaptiveCardAction({
        user,
        verb: 'submitResult',
        data: { occasionId: JUNE, version: 0, ...approvedAnswer() },
      }),
    );

  it('answer: each counts as missing until both roles have answered, and the card shows who answered', async () => {
    const plan = await installEachPlan(bot);
    const first = invokeCard(await submit(performer));
    expect(texts(first)).toContain(
      'Ditt svar är sparat. Kontrollen är klar när även dessa har svarat: MAS. Du kan ändra ditt svar tills dess.',
    );
    expect(texts(first)).toContain('Svar per utförare (alla ska svara)');
    expect(texts(first)).toContain('Systemförvaltare: svarat av Erik Olsson 2025-07-03 12:00 CEST');
    expect(texts(first)).toContain('MAS: saknas (Sara Nilsson)');
    expect(await bot.app.services.occasions.findById(JUNE)).toMatchObject({ status: 'open', version: 0 });
    expect(
      await bot.app.services.occasions.count({ planId: plan.id, statuses: ['open'], controlId: 'CT-K1' }),
    ).toBe(2);

    // Past the due date only MAS is reminded: the system owner has answered.
    const occasion = (await bot.app.services.occasions.findById(JUNE))!;
    const answeredRoles = new Map([
      [JUNE, (await bot.app.services.parts.partsOf([JUNE])).map((p) => p.roleId)],
    ]);
    const policy = {
      noticeWorkingDaysBefore: 5,
      escalateAfterWorkingDays: 3,
      workingHours: { start: 8, end: 17 },
      timeZone: 'Europe/Stockholm',
    };
    const due = remindersDue({ plan, occasions: [occasion], today: '2025-07-15', policy, answeredRoles });
    expect(due.reminders.filter((r) => r.role !== 'manager').map((r) => r.recipient.name)).toEqual([
      'Sara Nilsson',
    ]);
    const before = remindersDue({ plan, occasions: [occasion], today: '2025-07-15', policy });
    expect(before.reminders.filter((r) => r.role === 'performer').map((r) => r.recipient.name)).toEqual([
      'Erik Olsson',
      'Sara Nilsson',
    ]);

    // The responsible manager's digest counts the missing part.
    const period = digestPeriodOf('2025', '2025-07-15')!;
    const [digest] = await computeManagerDigests(bot.app.services.digests, plan, period, '2025-07-15');
    expect(digest.missingParts).toBe(1);
    expect(texts(renderManagerDigest({ locale: 'sv', digest }))).toContain(
      'Varav saknade delsvar (kontroller där alla utförare svarar): 1',
    );

    const second = invokeCard(await submit(admin));
    expect(texts(second).join('\n')).toMatch(/Registrerad av Sara Nilsson/);
    expect(texts(second)).toContain('MAS: svarat av Sara Nilsson 2025-07-03 12:00 CEST');
    expect(await bot.app.services.occasions.findById(JUNE)).toMatchObject({ status: 'answered', version: 1 });
    const audit = (await bot.app.services.audit.forSubject(JUNE)).map((entry) => entry.action);
    // Same instant (the test's clock stands still), so compared without order.
    const [after] = await computeManagerDigests(bot.app.services.digests, plan, period, '2025-07-15');
    expect(after.missingParts).toBeUndefined();
    expect(audit.sort()).toEqual(['result.partSubmitted', 'result.partSubmitted', 'result.submitted']);
  });

  it('answer: any completes the occasion with the first answer from either role', async () => {
    await installEachPlan(bot, 'any');
    const card = invokeCard(await submit(admin));
    expect(texts(card).join('\n')).toMatch(/Registrerad av Sara Nilsson/);
    expect(texts(card)).toContain('Utförare (ett svar räcker)');
    expect(await bot.app.services.occasions.findById(JUNE)).toMatchObject({ status: 'answered', version: 1 });
  });
});
