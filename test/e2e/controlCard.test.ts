import { executeActions, inputById, texts } from '../cards/cardTree';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { admin, outsider, performer, unitManager, type TestUser } from '../support/testUsers';
import { approvedAnswer, bystander, installPlan, invokeCard, JUNE, NOW, YEAR } from './controlCardSetup';

describe('control cards through adaptiveCard/action invokes', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'controlCard', now: NOW });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(async () => {
    bot.setNow(NOW);
    bot.connector.reset();
    await installPlan(bot);
  });

  const invoke = (user: TestUser, verb: string, data: Record<string, unknown>, locale?: string) =>
    bot.post(bot.activities.adaptiveCardAction({ user, verb, data, ...(locale ? { locale } : {}) }));
  const submit = (user: TestUser, fields: Record<string, unknown>, version = 0, occasionId = JUNE) =>
    invoke(user, 'submitResult', { occasionId, version, ...fields });
  const stored = () => bot.app.services.occasions.findById(JUNE);

  it('stores a valid result and answers with the read-only summary that refreshes for performer, substitute and responsible', async () => {
    const response = await submit(performer, approvedAnswer());
    const card = invokeCard(response);

    const occasion = await stored();
    expect(occasion).toMatchObject({ status: 'answered', version: 1 });
    expect(occasion?.result).toMatchObject({
      version: 1,
      submittedBy: { aadObjectId: performer.aadObjectId, name: 'Erik Olsson' },
      result: {
        kind: 'performed',
        assessment: 'godkand',
        deviations: 0,
        performedOn: '2025-07-02',
        comment: 'Inga avvikelser.',
      },
    });
    expect(occasion?.result?.result).toMatchObject({
      answers: expect.arrayContaining([
        { itemId: 'I1', answerType: 'yesNoPartial', value: 'ja' },
        { itemId: 'I4', answerType: 'number', value: 3.5 },
      ]),
    });

    expect(texts(card)).toContain('Registrerad av Erik Olsson 2025-07-03 12:00 CEST');
    expect(texts(card)).toContain('Godkänd');
    const refresh = card.refresh as { action: { verb: string; data: unknown }; userIds: string[] };
    expect(refresh.action).toMatchObject({ verb: 'refreshCard', data: { occasionId: JUNE } });
    expect(refresh.userIds).toEqual([
      performer.id,
      `8:orgid:${admin.aadObjectId}`,
      `8:orgid:${unitManager.aadObjectId}`,
    ]);
    // The performer registered it, so the summary offers "Ändra resultat".
    expect(executeActions(card).map((action) => action.verb)).toContain('amendResult');

    const audit = await bot.app.services.audit.forSubject(JUNE);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'result.submitted',
      actor: { aadObjectId: performer.aadObjectId, name: 'Erik Olsson' },
      details: { version: 1, status: 'answered' },
    });
  });

  it('returns the control card with the entered values kept and a message by each bad field, storing nothing', async () => {
    const response = await submit(
      performer,
      approvedAnswer({
        check_I2: '140',
        assessment: 'delvis_godkand',
        comment: 'Två listor saknade signatur.',
      }),
    );
    const card = invokeCard(response);

    expect(inputById(card, 'comment').value).toBe('Två listor saknade signatur.');
    expect(inputById(card, 'check_I1').value).toBe('ja');
    expect(inputById(card, 'assessment').value).toBe('delvis_godkand');
    expect(inputById(card, 'check_I2').errorMessage ?? '').toBeDefined();
    const lines = texts(card).join('\n');
    expect(lines).toMatch(/Ange en procentsats mellan 0 och 100/);
    // Not fully approved: a proposed action is required.
    expect(lines).toMatch(/Skriv vilken åtgärd som föreslås/);
    expect(executeActions(card).find((action) => action.verb === 'submitResult')?.data).toMatchObject({
      occasionId: JUNE,
      version: 0,
    });
    expect(await stored()).toMatchObject({ status: 'open', version: 0 });
    expect(await bot.app.services.audit.forSubject(JUNE)).toHaveLength(0);
  });

  it('answers validation errors in English for a person the plan gives English', async () => {
    // The plan's language wins over the client's (issue 14 item 11): Erik is English in this plan.
    await installPlan(bot, (plan) => {
      plan.people = plan.people.map((p) => (p.id === 'erik' ? { ...p, locale: 'en' } : p));
    });
    const response = await invoke(
      performer,
      'submitResult',
      { occasionId: JUNE, version: 0, ...approvedAnswer({ deviations: '-1' }) },
      'en-GB',
    );
    expect(texts(invokeCard(response)).join('\n')).toMatch(
      /Enter the number of deviations as a whole number/,
    );
  });

  it('refuses a personal identity number in free text, explains why, and keeps the entries', async () => {
    const comment = 'Brukare 19121212-1212 saknade signerad logglista.';
    const response = await submit(performer, approvedAnswer({ comment }));
    const card = invokeCard(response);

    expect(texts(card).join('\n')).toMatch(/verkar innehålla ett personnummer/);
    expect(inputById(card, 'comment').value).toBe(comment);
    expect(inputById(card, 'check_I5').value).toBe('Alla loggar granskade enligt rutin.');
    expect(await stored()).toMatchObject({ status: 'open', version: 0 });
    expect(JSON.stringify(await bot.app.database.db.collection('occasions').find().toArray())).not.toMatch(
      /19121212/,
    );
  });

  it('refuses a samordningsnummer written with six digits too', async () => {
    const response = await submit(performer, approvedAnswer({ check_I5: 'Gäller 701063-2391.' }));
    expect(texts(invokeCard(response)).join('\n')).toMatch(/personnummer/);
    expect(await stored()).toMatchObject({ version: 0 });
  });

  it('gives a person who is not assigned a read-only card that says why, and stores nothing', async () => {
    const response = await submit(bystander, approvedAnswer());
    const card = invokeCard(response);

    expect(texts(card).join('\n')).toMatch(/Du är inte utförare, ersättare eller ansvarig/);
    expect(executeActions(card).filter((action) => action.verb === 'submitResult')).toHaveLength(0);
    expect(await stored()).toMatchObject({ status: 'open', version: 0 });
  });

  it('refuses an invoke from another tenant before any handler runs', async () => {
    const response = await submit(outsider, approvedAnswer());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 403, type: 'application/vnd.microsoft.error' });
    expect(await stored()).toMatchObject({ status: 'open', version: 0 });
  });

  it('stores one result for two identical invokes (a retry) and answers both with the summary', async () => {
    const first = invokeCard(await submit(performer, approvedAnswer()));
    const second = invokeCard(await submit(performer, approvedAnswer()));

    expect(texts(first)).toContain('Registrerad av Erik Olsson 2025-07-03 12:00 CEST');
    expect(texts(second)).toContain('Registrerad av Erik Olsson 2025-07-03 12:00 CEST');
    expect(await stored()).toMatchObject({ version: 1 });
    const audit = await bot.app.services.audit.forSubject(JUNE);
    expect(audit.map((entry) => entry.action)).toEqual(['result.submitted']);
  });

  it('stores one result for a double click (two identical invokes at once)', async () => {
    const responses = await Promise.all([
      submit(performer, approvedAnswer()),
      submit(performer, approvedAnswer()),
    ]);
    for (const response of responses) expect(texts(invokeCard(response))).toContain('Godkänd');
    expect(await stored()).toMatchObject({ version: 1 });
    const audit = await bot.app.services.audit.forSubject(JUNE);
    expect(audit.map((entry) => entry.action)).toEqual(['result.submitted']);
  });

  it('lets one of two people submitting at once win; the other sees the winner’s result and loses nothing', async () => {
    const erik = approvedAnswer({ comment: 'Eriks svar.' });
    const anna = approvedAnswer({ comment: 'Annas svar.', deviations: '1', assessment: 'delvis_godkand' });
    Object.assign(anna, { actionWhat: 'Påminn om signering', actionWho: 'Anna', actionDue: '2025-09-30' });
    const [erikResponse, annaResponse] = await Promise.all([
      submit(performer, erik),
      submit(unitManager, anna),
    ]);

    const occasion = await stored();
    expect(occasion?.version).toBe(1);
    const winner = occasion?.result?.submittedBy.name;
    expect(['Erik Olsson', 'Anna Lindqvist']).toContain(winner);
    const [winnerCard, loserCard] =
      winner === 'Erik Olsson'
        ? [invokeCard(erikResponse), invokeCard(annaResponse)]
        : [invokeCard(annaResponse), invokeCard(erikResponse)];
    const winnerComment = winner === 'Erik Olsson' ? 'Eriks svar.' : 'Annas svar.';
    const loserComment = winner === 'Erik Olsson' ? 'Annas svar.' : 'Eriks svar.';

    expect(texts(winnerCard)).toContain(winnerComment);
    expect(texts(loserCard)).toContain(winnerComment);
    expect(texts(loserCard).join('\n')).toMatch(
      new RegExp(`${winner} registrerade ett resultat 2025-07-03 12:00 CEST, innan ditt svar kom fram`),
    );
    expect(texts(loserCard)).not.toContain(loserComment);

    const audit = await bot.app.services.audit.forSubject(JUNE);
    expect(audit.map((entry) => entry.action).sort()).toEqual(['result.conflict', 'result.submitted']);
    const conflict = audit.find((entry) => entry.action === 'result.conflict');
    expect(conflict?.details).toMatchObject({
      cardVersion: 0,
      currentVersion: 1,
      notSaved: { comment: loserComment },
    });
  });

  it('keeps every version in the audit log when the responsible manager amends, with who, when and what changed', async () => {
    await submit(performer, approvedAnswer());
    bot.setNow('2025-07-10T07:30:00.000Z');

    const amendCard = invokeCard(await invoke(unitManager, 'amendResult', { occasionId: JUNE, version: 1 }));
    expect(inputById(amendCard, 'comment').value).toBe('Inga avvikelser.');
    expect(inputById(amendCard, 'assessment').value).toBe('godkand');
    expect(executeActions(amendCard).find((action) => action.verb === 'submitResult')?.data).toMatchObject({
      version: 1,
    });

    const amended = approvedAnswer({
      assessment: 'delvis_godkand',
      deviations: '2',
      comment: 'Två logglistor saknade signatur.',
      actionWhat: 'Påminn cheferna om att signera logglistan',
      actionWho: 'Anna Lindqvist',
      actionDue: '2025-09-30',
    });
    const summary = invokeCard(await submit(unitManager, amended, 1));
    expect(texts(summary)).toContain('Registrerad av Erik Olsson 2025-07-03 12:00 CEST');
    expect(texts(summary)).toContain('Version 2 – ändrad av Anna Lindqvist 2025-07-10 09:30 CEST');

    const occasion = await stored();
    expect(occasion?.result).toMatchObject({
      version: 2,
      submittedBy: { name: 'Anna Lindqvist' },
      firstSubmittedBy: { name: 'Erik Olsson' },
    });
    const audit = await bot.app.services.audit.forSubject(JUNE);
    expect(
      audit.map((entry) => [entry.action, (entry.actor as { name: string }).name, entry.at.toISOString()]),
    ).toEqual([
      ['result.submitted', 'Erik Olsson', NOW],
      ['result.amended', 'Anna Lindqvist', '2025-07-10T07:30:00.000Z'],
    ]);
    expect(audit[1].details.changes).toEqual([
      { field: 'actionDue', to: '2025-09-30' },
      { field: 'actionWhat', to: 'Påminn cheferna om att signera logglistan' },
      { field: 'actionWho', to: 'Anna Lindqvist' },
      { field: 'assessment', from: 'godkand', to: 'delvis_godkand' },
      { field: 'comment', from: 'Inga avvikelser.', to: 'Två logglistor saknade signatur.' },
      { field: 'deviations', from: '0', to: '2' },
    ]);
    expect(audit[0].details).toMatchObject({ version: 1, result: { assessment: 'godkand' } });

    // Erik's old card (version 1) no longer overwrites Anna's version 2.
    const stale = invokeCard(await submit(performer, approvedAnswer({ comment: 'Sent.' }), 1));
    expect(texts(stale).join('\n')).toMatch(/Anna Lindqvist registrerade ett resultat/);
    expect((await stored())?.result?.version).toBe(2);
  });

  it('lets only the submitter or the responsible manager amend', async () => {
    await submit(performer, approvedAnswer());
    const sara = invokeCard(await invoke(admin, 'amendResult', { occasionId: JUNE, version: 1 }));
    expect(texts(sara).join('\n')).toMatch(/Bara den som registrerade resultatet/);
    expect(executeActions(sara).map((action) => action.verb)).not.toContain('submitResult');

    const forged = invokeCard(await submit(admin, approvedAnswer({ comment: 'Saras ändring.' }), 1));
    expect(texts(forged).join('\n')).toMatch(/Bara den som registrerade resultatet/);
    expect((await stored())?.result).toMatchObject({ version: 1, result: { comment: 'Inga avvikelser.' } });
  });

  it('refuses amendments once the plan is closed', async () => {
    await submit(performer, approvedAnswer());
    const plan = (await bot.app.services.plans.findById('CARDS-TEST-2025'))?.plan;
    if (!plan) throw new Error('plan missing');
    await bot.app.services.plans.save(
      { ...plan, status: 'closed', closedOn: '2025-07-05' },
      'test',
      new Date(NOW),
    );
    bot.setNow('2025-07-06T10:00:00.000Z');

    const card = invokeCard(await invoke(unitManager, 'amendResult', { occasionId: JUNE, version: 1 }));
    expect(executeActions(card).map((action) => action.verb)).not.toContain('submitResult');
    const forged = invokeCard(await submit(unitManager, approvedAnswer({ comment: 'För sent.' }), 1));
    expect(texts(forged).join('\n')).toMatch(/Bara den som registrerade resultatet/);
    expect((await stored())?.result?.version).toBe(1);
  });

  it('creates one action record "Ej påbörjad" for a deviation with a proposed action, also when the invoke is retried', async () => {
    const answer = approvedAnswer({
      assessment: 'delvis_godkand',
      deviations: '3',
      actionWhat: 'Inför signering av logglistan vid varje kontroll',
      actionWho: 'Anna Lindqvist',
      actionDue: '2025-10-31',
    });
    await submit(performer, answer);
    await submit(performer, answer);

    const actions = await bot.app.services.actions.forOccasion(JUNE);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      text: 'Inför signering av logglistan vid varje kontroll',
      owner: { name: 'Anna Lindqvist', personId: 'anna' },
      end: '2025-10-31',
      planId: 'CARDS-TEST-2025',
      unitId: 'ifo',
      controlId: 'CT-K1',
      occasionId: JUNE,
      entries: [
        {
          id: `${JUNE}#v1`,
          status: 'Ej påbörjad',
          change: { kind: 'created' },
          author: { aadObjectId: performer.aadObjectId },
        },
      ],
    });

    // December's occasion finds the same deviation and proposes the same again: one action, two entries.
    const DECEMBER = JUNE.replace('2025-06', '2025-12');
    bot.setNow('2025-12-30T10:00:00.000Z');
    await submit(performer, answer, 0, DECEMBER);
    await submit(performer, answer, 0, DECEMBER);
    const again = await bot.app.services.actions.forOccasion(DECEMBER);
    expect(again.map((action) => action.id)).toEqual([actions[0].id]);
    expect(again[0].entries.map((entry) => [entry.change.kind, entry.status])).toEqual([
      ['created', 'Ej påbörjad'],
      ['proposedAgain', 'Ej påbörjad'],
    ]);
    // The control card shows the open action the deviation created, with a button that opens it.
    const control = invokeCard(await invoke(performer, 'refreshCard', { occasionId: DECEMBER }));
    expect(texts(control).join('\n')).toMatch(
      /Åtgärd från avvikelsen: Inför signering av logglistan vid varje kontroll \(Ej påbörjad\)/,
    );
    expect(executeActions(control).map((a) => a.verb)).toContain('openAction');
    const audit = await bot.app.services.audit.forSubject(actions[0].id);
    expect(audit.map((entry) => entry.action)).toEqual(['action.created', 'action.proposedAgain']);
  });

  it('creates no action record for an approved result', async () => {
    await submit(performer, approvedAnswer());
    expect(await bot.app.services.actions.forOccasion(JUNE)).toHaveLength(0);
  });

  it('refreshes an old copy to the current state for each viewer', async () => {
    const before = invokeCard(await invoke(performer, 'refreshCard', { occasionId: JUNE }));
    expect(inputById(before, 'assessment')).toBeDefined();

    await submit(performer, approvedAnswer());
    const erik = invokeCard(await invoke(performer, 'refreshCard', { occasionId: JUNE }));
    const anna = invokeCard(await invoke(unitManager, 'refreshCard', { occasionId: JUNE }));
    const nils = invokeCard(await invoke(bystander, 'refreshCard', { occasionId: JUNE }));

    expect(texts(erik)).toContain('Registrerad av Erik Olsson 2025-07-03 12:00 CEST');
    expect(() => inputById(erik, 'assessment')).toThrow();
    expect(executeActions(anna).map((action) => action.verb)).toContain('amendResult');
    expect(texts(nils).join('\n')).toMatch(/Du är inte utförare, ersättare eller ansvarig/);
    expect(JSON.stringify(nils)).toMatch(/Registrerad 2025-07-03/);
  });

  it('switches to the not-applicable form without saving, then stores a not-applicable result with its reason', async () => {
    const form = invokeCard(await invoke(performer, 'markNotApplicable', { occasionId: JUNE, version: 0 }));
    expect(inputById(form, 'notApplicableReason')).toBeDefined();
    expect(await stored()).toMatchObject({ status: 'open', version: 0 });

    const missing = invokeCard(await submit(performer, { notApplicable: 'true', notApplicableReason: '' }));
    expect(texts(missing).join('\n')).toMatch(/Skriv varför kontrollen inte är aktuell/);

    const done = invokeCard(
      await submit(performer, {
        notApplicable: 'true',
        notApplicableReason: 'Inga loggar i juni (systembyte).',
      }),
    );
    expect(texts(done)).toContain('Inga loggar i juni (systembyte).');
    expect(await stored()).toMatchObject({
      status: 'notApplicable',
      version: 1,
      result: { result: { kind: 'notApplicable', reason: 'Inga loggar i juni (systembyte).' } },
    });
  });

  const sentCard = (index: number) =>
    bot.connector.sent()[index]?.activity.attachments?.[0]?.content as Parameters<typeof texts>[0];

  it('answers a card for an occasion that no longer exists with an error card saying what to do', async () => {
    await invoke(performer, 'openControl', { occasionId: `${JUNE}-gone` });
    expect(texts(sentCard(0)).join('\n')).toMatch(/mina kontroller/);
  });

  it('opens a control from the list as a new message and keeps the list usable (issue 14 item 9)', async () => {
    const list = invokeCard(await invoke(unitManager, 'openControl', { occasionId: YEAR }));
    const card = sentCard(0);
    expect(texts(card)).toContain('Behörighetsgenomgång');
    expect(inputById(card, 'check_I1')).toBeDefined();
    // The clicked card stays the list, with every control still openable (not replaced by one control).
    expect(executeActions(list).map((action) => action.verb)).toContain('openControl');
    expect(
      executeActions(list).some((action) => (action.data as { occasionId?: string })?.occasionId === YEAR),
    ).toBe(true);
  });
});

describe('chat commands for control cards', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'controlCardCommands', now: NOW });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(async () => {
    bot.setNow(NOW);
    bot.connector.reset();
    await installPlan(bot);
  });

  const say = async (user: TestUser, text: string, locale?: string) => {
    bot.connector.reset();
    await bot.post(bot.activities.message({ user, text, ...(locale ? { locale } : {}) }));
    const [reply] = bot.connector.sent();
    return reply.activity;
  };
  const cardOf = (activity: { attachments?: Array<{ content?: unknown }> }) =>
    activity.attachments?.[0]?.content as Record<string, unknown>;

  it('lists the person’s open controls whose period has started, numbered, each with a button that opens it', async () => {
    const reply = await say(performer, 'mina kontroller');
    const card = cardOf(reply);
    const lines = texts(card);
    expect(lines).toContain('1. Loggkontroll');
    expect(lines).toContain('2. Behörighetsgenomgång');
    // December's log check has not started yet.
    expect(lines.join('\n')).not.toMatch(/2025-12|december/i);
    expect(executeActions(card).map((action) => action.data)).toEqual([
      { occasionId: JUNE },
      { occasionId: YEAR },
    ]);
  });

  it('lists them for the substitute and the responsible manager too, and nothing for others', async () => {
    for (const user of [admin, unitManager]) {
      expect(texts(cardOf(await say(user, 'my controls', 'en-US')))).toContain('1. Loggkontroll');
    }
    const none = cardOf(await say(bystander, 'mina kontroller'));
    expect(executeActions(none)).toHaveLength(0);
  });

  it('drops a control from the list once its result is registered, and marks an overdue one', async () => {
    await bot.post(
      bot.activities.adaptiveCardAction({
        user: performer,
        verb: 'submitResult',
        data: {
          occasionId: YEAR,
          version: 0,
          check_I1: 'ja',
          assessment: 'utan_anmarkning',
          deviations: '0',
          performedOn: '2025-07-01',
        },
      }),
    );
    bot.setNow('2025-07-20T10:00:00.000Z');
    const card = cardOf(await say(performer, 'mina kontroller'));
    expect(executeActions(card).map((action) => action.data)).toEqual([{ occasionId: JUNE }]);
    expect(JSON.stringify(card)).toMatch(/Försenad|försenad/);
  });

  it('opens a control by its number in the list, by the end of its id, or by its full id', async () => {
    const byNumber = cardOf(await say(performer, 'kontroll 2'));
    expect(texts(byNumber)).toContain('Behörighetsgenomgång');
    const bySuffix = cardOf(await say(performer, 'kontroll K1/ifo/2025-06'));
    expect(texts(bySuffix)).toContain('Loggkontroll');
    expect(inputById(bySuffix, 'check_I1')).toBeDefined();
    const byId = cardOf(await say(unitManager, `control ${YEAR}`, 'en-US'));
    expect(texts(byId)).toContain('Behörighetsgenomgång');
  });

  it('says what to do when the reference matches none of the person’s controls', async () => {
    expect((await say(performer, 'kontroll 9')).text).toMatch(/Jag hittar ingen kontroll ”9” bland dina/);
    expect((await say(performer, 'kontroll K9/ifo/2025')).text).toMatch(/Skriv \*\*mina kontroller\*\*/);
    expect((await say(bystander, 'control 1', 'en-US')).text).toMatch(
      /I can't find a control "1" among yours/,
    );
  });

  it('shows an unassigned person a read-only card from kontroll <id>', async () => {
    const card = cardOf(await say(bystander, `kontroll ${JUNE}`));
    expect(texts(card).join('\n')).toMatch(/Du är inte utförare, ersättare eller ansvarig/);
  });
});
