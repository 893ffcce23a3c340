import { renderControlCard } from '../../src/cards/renderControlCard';
import type { ControlCardData } from '../../src/cards/ControlCardData';
import { checkItemFieldId, FIELD } from '../../src/domain/results/fieldIds';
import { validateSubmission } from '../../src/domain/results/validateSubmission';
import type { ControlPoint } from '../../src/domain/plan/types';
import { adaptiveCardErrors } from './adaptiveCardErrors';
import { executeActions, inputById, inputs, ofType, texts } from './cardTree';
import { cardSamples } from './cardSamples';

const data: ControlCardData = cardSamples('sv').controlCard;
const controlPoint: ControlPoint = {
  ...data.control,
  id: 'VAG25-K3',
  frequency: { kind: 'monthly' },
  dueRule: { kind: 'workingDaysAfterPeriodEnd', days: 10 },
  unitIds: ['ifo'],
};

describe('control card', () => {
  const card = renderControlCard(data);

  it('shows the control, the risk value S×K=R, unit, period and due date', () => {
    const all = JSON.stringify(card);
    expect(texts(card)).toContain('Loggkontroll verksamhetssystem IFO');
    expect(all).toContain('Riskvärde S 3 × K 4 = R 12');
    expect(all).toContain('Individ- och familjeomsorg (IFO)');
    expect(all).toContain('juni 2025');
    expect(all).toContain('2025-07-14');
    expect(all).toContain('10 slumpvis valda användare per månad');
  });

  it('gives each check item an input of its answer type', () => {
    const yesNo = inputById(card, checkItemFieldId('signed'));
    expect(yesNo.type).toBe('Input.ChoiceSet');
    expect(yesNo.choices).toEqual([
      { title: 'Ja', value: 'ja' },
      { title: 'Nej', value: 'nej' },
      { title: 'Delvis', value: 'delvis' },
    ]);
    expect(inputById(card, checkItemFieldId('share'))).toMatchObject({
      type: 'Input.Number',
      min: 0,
      max: 100,
    });
    const count = inputById(card, checkItemFieldId('unauthorised'));
    expect(count).toMatchObject({ type: 'Input.Number', min: 0 });
    expect(count).not.toHaveProperty('max');
    const number = inputById(card, checkItemFieldId('hours'));
    expect(number).toMatchObject({ type: 'Input.Number', label: 'Tid för granskningen (timmar)' });
    expect(number).not.toHaveProperty('min');
    expect(inputById(card, checkItemFieldId('notes'))).toMatchObject({
      type: 'Input.Text',
      isMultiline: true,
    });
    for (const item of data.control.checkItems) {
      expect(inputById(card, checkItemFieldId(item.id))).toMatchObject({
        isRequired: true,
        label: expect.any(String),
      });
    }
  });

  it.each([
    ['godkand', ['Godkänd', 'Delvis godkänd', 'Ej godkänd']],
    [
      'anmarkning',
      ['Genomförd utan anmärkning', 'Genomförd med försumbar anmärkning', 'Genomförd med anmärkning'],
    ],
    ['genomford', ['Genomförd', 'Genomförd med avvikelse', 'Pågående']],
  ] as const)('offers the %s scale as the assessment', (resultScale, titles) => {
    const scaled = renderControlCard({ ...data, control: { ...data.control, resultScale } });
    const choices = inputById(scaled, FIELD.assessment).choices as Array<{ title: string }>;
    expect(choices.map((choice) => choice.title)).toEqual(titles);
  });

  it('has the result inputs, with performed date no later than today', () => {
    expect(inputById(card, FIELD.deviations)).toMatchObject({
      type: 'Input.Number',
      min: 0,
      isRequired: true,
    });
    expect(inputById(card, FIELD.performedOn)).toMatchObject({
      type: 'Input.Date',
      max: '2025-07-03',
      isRequired: true,
    });
    expect(inputById(card, FIELD.actionDue)).toMatchObject({ type: 'Input.Date' });
    for (const id of [FIELD.comment, FIELD.analysis, FIELD.actionWhat, FIELD.actionWho]) {
      expect(inputById(card, id).type).toBe('Input.Text');
    }
  });

  it('sends submitResult and markNotApplicable with occasion and version, and refreshes by refreshCard', () => {
    const actions = executeActions(card.actions);
    expect(actions.map((action) => action.verb)).toEqual(['submitResult', 'markNotApplicable']);
    for (const action of actions) expect(action.data).toEqual({ occasionId: data.occasionId, version: 0 });
    expect(actions[1]).toMatchObject({ associatedInputs: 'none' });
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'refreshCard', data: { occasionId: data.occasionId } },
      userIds: data.refreshUserIds,
    });
  });

  it('keeps at most 60 refresh users and leaves refresh out without any', () => {
    const many = Array.from({ length: 75 }, (_, index) => `29:user-${index}`);
    const refreshed = renderControlCard({ ...data, refreshUserIds: many }).refresh as { userIds: string[] };
    expect(refreshed.userIds).toEqual(many.slice(0, 60));
    expect(renderControlCard({ ...data, refreshUserIds: [] })).not.toHaveProperty('refresh');
  });

  it('uses exactly the input ids validateSubmission reads', () => {
    const filled: Record<string, unknown> = { occasionId: data.occasionId, version: 0 };
    const answers: Record<string, string> = {
      [checkItemFieldId('signed')]: 'ja',
      [checkItemFieldId('share')]: '100',
      [checkItemFieldId('unauthorised')]: '0',
      [checkItemFieldId('hours')]: '1.5',
      [checkItemFieldId('notes')]: 'Allt i ordning.',
      [FIELD.assessment]: 'godkand',
      [FIELD.deviations]: '0',
      [FIELD.performedOn]: '2025-07-02',
    };
    for (const input of inputs(card)) filled[String(input.id)] = answers[String(input.id)] ?? '';
    expect(Object.keys(filled).sort()).toEqual(
      [
        'occasionId',
        'version',
        ...Object.keys(answers),
        FIELD.comment,
        FIELD.analysis,
        FIELD.actionWhat,
        FIELD.actionWho,
        FIELD.actionDue,
      ].sort(),
    );
    expect(validateSubmission(filled, controlPoint, 'sv', '2025-07-03')).toMatchObject({ ok: true });
  });

  describe('shown again after a refused submission', () => {
    const submitted = {
      occasionId: data.occasionId,
      version: 0,
      [checkItemFieldId('signed')]: 'delvis',
      [checkItemFieldId('share')]: '140',
      [checkItemFieldId('unauthorised')]: '2',
      [checkItemFieldId('hours')]: '3,5',
      [checkItemFieldId('notes')]: 'Brukare 19121212-1212 saknade signatur',
      [FIELD.assessment]: 'ej_godkand',
      [FIELD.deviations]: '2',
      [FIELD.performedOn]: '2025-07-09',
      [FIELD.comment]: 'Se bifogad lista',
    };
    const validation = validateSubmission(submitted, controlPoint, 'sv', '2025-07-03');
    if (validation.ok) throw new Error('expected the submission to be refused');
    const errorCard = renderControlCard({ ...data, entered: validation.entered, errors: validation.errors });

    it('refuses what it should', () => {
      expect(Object.keys(validation.errors).sort()).toEqual(
        [
          checkItemFieldId('share'),
          checkItemFieldId('notes'),
          FIELD.performedOn,
          FIELD.actionWhat,
          FIELD.actionWho,
          FIELD.actionDue,
        ].sort(),
      );
    });

    it('keeps every entered value in its input', () => {
      expect(inputById(errorCard, checkItemFieldId('signed')).value).toBe('delvis');
      expect(inputById(errorCard, checkItemFieldId('share')).value).toBe(140);
      expect(inputById(errorCard, checkItemFieldId('hours')).value).toBe(3.5);
      expect(inputById(errorCard, checkItemFieldId('notes')).value).toBe(
        'Brukare 19121212-1212 saknade signatur',
      );
      expect(inputById(errorCard, FIELD.assessment).value).toBe('ej_godkand');
      expect(inputById(errorCard, FIELD.deviations).value).toBe(2);
      expect(inputById(errorCard, FIELD.performedOn).value).toBe('2025-07-09');
      expect(inputById(errorCard, FIELD.comment).value).toBe('Se bifogad lista');
    });

    it('shows each message in attention colour right after its input, and a summary at the top', () => {
      const body = JSON.stringify(errorCard.body);
      for (const [id, message] of Object.entries(validation.errors)) {
        const errorBlocks = ofType(errorCard, 'TextBlock').filter((block) => block.text === message);
        expect(errorBlocks.length).toBeGreaterThan(0);
        expect(errorBlocks.every((block) => block.color === 'Attention')).toBe(true);
        expect(body.indexOf(JSON.stringify(message))).toBeGreaterThan(body.indexOf(`"id":"${id}"`));
      }
      const summary = (errorCard.body as Array<Record<string, unknown>>)[1];
      expect(summary.style).toBe('attention');
      const summaryText = texts(summary);
      expect(summaryText[0]).toMatch(/inte sparats/);
      expect(summaryText).toContain(
        '• Iakttagelser: Texten verkar innehålla ett personnummer. Ta bort det – personuppgifter får inte lagras i uppföljningen.',
      );
      expect(summaryText).toHaveLength(1 + Object.keys(validation.errors).length);
      expect(adaptiveCardErrors(errorCard)).toEqual([]);
    });

    it('leaves out a number input value it cannot show as a number', () => {
      const card = renderControlCard({
        ...data,
        entered: { [FIELD.deviations]: 'två' },
        errors: { [FIELD.deviations]: 'x' },
      });
      expect(inputById(card, FIELD.deviations)).not.toHaveProperty('value');
    });
  });

  it('shows only the not-applicable form in that mode', () => {
    const card = renderControlCard({ ...data, mode: 'notApplicable' });
    expect(inputs(card).map((input) => input.id)).toEqual([
      FIELD.notApplicable,
      FIELD.notApplicableReason,
      FIELD.comment,
    ]);
    expect(inputById(card, FIELD.notApplicable)).toMatchObject({
      type: 'Input.Toggle',
      value: 'true',
      valueOn: 'true',
    });
    expect(inputById(card, FIELD.notApplicableReason)).toMatchObject({ isRequired: true });
    expect(executeActions(card.actions).map((action) => action.verb)).toEqual([
      'submitResult',
      'refreshCard',
    ]);
    expect(
      validateSubmission(
        { notApplicable: 'true', notApplicableReason: 'Inga ärenden' },
        controlPoint,
        'sv',
        '2025-07-03',
      ).ok,
    ).toBe(true);
  });

  it('stays under 40 KB with twelve check items and every text at its maximum length', () => {
    const items = Array.from({ length: 12 }, (_, index) => ({
      id: `item${index}`,
      text: `Kontrollfråga ${index} `.padEnd(300, 'x'),
      answerType: index % 2 ? ('text' as const) : ('yesNoPartial' as const),
    }));
    const entered: Record<string, string> = {
      [FIELD.comment]: 'k'.repeat(2000),
      [FIELD.analysis]: 'a'.repeat(2000),
      [FIELD.actionWhat]: 'w'.repeat(500),
      [FIELD.actionWho]: 'v'.repeat(200),
    };
    for (const item of items)
      if (item.answerType === 'text') entered[checkItemFieldId(item.id)] = 't'.repeat(1000);
    const big = renderControlCard({ ...data, control: { ...data.control, checkItems: items }, entered });
    expect(Buffer.byteLength(JSON.stringify(big))).toBeLessThan(40 * 1024);
    expect(adaptiveCardErrors(big)).toEqual([]);
  });
});
