import type { ControlPoint, ResultScaleId } from '../../../src/domain/plan/types';
import { assessmentLabel, isFullyApproved, scaleCodes } from '../../../src/domain/results/resultScales';
import type { AssessmentCode } from '../../../src/domain/results/types';
import { checkItemFieldId, FIELD } from '../../../src/domain/results/fieldIds';
import { findPersonnummer } from '../../../src/domain/results/findPersonnummer';
import { resultToFields } from '../../../src/domain/results/resultToFields';
import { validateSubmission } from '../../../src/domain/results/validateSubmission';

const TODAY = '2025-07-03';

const control: ControlPoint = {
  id: 'logg-ao',
  title: 'Loggkontroll journalsystem ÄO',
  whatIsChecked: 'Att loggar granskas och signeras av enhetschef',
  method: 'Loggkontroll',
  frequency: { kind: 'months', months: [6, 12] },
  dueRule: { kind: 'workingDaysAfterPeriodEnd', days: 10 },
  unitIds: ['ao'],
  resultScale: 'godkand',
  checkItems: [
    { id: 'signed', text: 'Är logglistan signerad?', answerType: 'yesNoPartial' },
    { id: 'share', text: 'Andel granskade loggar', answerType: 'percentage' },
    { id: 'found', text: 'Antal otillåtna åtkomster', answerType: 'count' },
    { id: 'hours', text: 'Tid för granskningen', answerType: 'number', unit: 'timmar' },
    { id: 'note', text: 'Iakttagelser', answerType: 'text' },
  ],
};

function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    occasionId: 'occ-1',
    version: 0,
    [checkItemFieldId('signed')]: 'ja',
    [checkItemFieldId('share')]: '95',
    [checkItemFieldId('found')]: '0',
    [checkItemFieldId('hours')]: '2,5',
    [checkItemFieldId('note')]: 'Inga avvikelser hittades.',
    [FIELD.assessment]: 'godkand',
    [FIELD.deviations]: '0',
    [FIELD.performedOn]: '2025-07-01',
    [FIELD.comment]: '',
    [FIELD.notApplicable]: 'false',
    ...overrides,
  };
}

function errorsOf(input: unknown, locale: 'sv' | 'en' = 'sv'): Record<string, string> {
  const result = validateSubmission(input, control, locale, TODAY);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

describe('validateSubmission', () => {
  it('accepts a complete approved result and types every answer', () => {
    const result = validateSubmission(validInput(), control, 'sv', TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'performed',
        performedOn: '2025-07-01',
        assessment: 'godkand',
        deviations: 0,
        answers: [
          { itemId: 'signed', answerType: 'yesNoPartial', value: 'ja' },
          { itemId: 'share', answerType: 'percentage', value: 95 },
          { itemId: 'found', answerType: 'count', value: 0 },
          { itemId: 'hours', answerType: 'number', value: 2.5 },
          { itemId: 'note', answerType: 'text', value: 'Inga avvikelser hittades.' },
        ],
      },
    });
  });

  it('accepts numbers sent as numbers (clients differ)', () => {
    const result = validateSubmission(
      validInput({ [checkItemFieldId('share')]: 71, [FIELD.deviations]: 2, [FIELD.assessment]: 'godkand' }),
      control,
      'sv',
      TODAY,
    );
    expect(result.ok && result.value.kind === 'performed' && result.value.deviations).toBe(2);
  });

  it('refuses input that is not an object', () => {
    expect(Object.keys(errorsOf('hello'))).toEqual([FIELD.form]);
    expect(Object.keys(errorsOf(null))).toEqual([FIELD.form]);
    expect(Object.keys(errorsOf([1, 2]))).toEqual([FIELD.form]);
  });

  it('requires every check item answer', () => {
    const input = validInput();
    delete input[checkItemFieldId('signed')];
    input[checkItemFieldId('note')] = '   ';
    expect(Object.keys(errorsOf(input)).sort()).toEqual(
      [checkItemFieldId('note'), checkItemFieldId('signed')].sort(),
    );
  });

  it.each([
    ['signed', 'kanske'],
    ['signed', 'Ja'],
    ['share', '101'],
    ['share', '-1'],
    ['share', 'lots'],
    ['found', '1.5'],
    ['found', '-3'],
    ['hours', 'NaN'],
    ['hours', 'Infinity'],
    ['hours', { value: 3 }],
  ])('refuses check item %s = %p', (itemId, value) => {
    expect(Object.keys(errorsOf(validInput({ [checkItemFieldId(itemId)]: value })))).toEqual([
      checkItemFieldId(itemId),
    ]);
  });

  it('accepts the edges 0 and 100 for a percentage and a negative number for a plain number', () => {
    for (const share of ['0', '100']) {
      expect(
        validateSubmission(validInput({ [checkItemFieldId('share')]: share }), control, 'sv', TODAY).ok,
      ).toBe(true);
    }
    expect(
      validateSubmission(validInput({ [checkItemFieldId('hours')]: '-4' }), control, 'sv', TODAY).ok,
    ).toBe(true);
  });

  it('accepts only the codes of the control’s own result scale', () => {
    expect(Object.keys(errorsOf(validInput({ [FIELD.assessment]: 'genomford' })))).toEqual([
      FIELD.assessment,
    ]);
    expect(Object.keys(errorsOf(validInput({ [FIELD.assessment]: undefined })))).toEqual([FIELD.assessment]);
    const anmarkning = { ...control, resultScale: 'anmarkning' as const };
    const result = validateSubmission(
      validInput({ [FIELD.assessment]: 'utan_anmarkning' }),
      anmarkning,
      'sv',
      TODAY,
    );
    expect(result.ok).toBe(true);
  });

  it.each(['', '-1', '1.5', 'två'])('refuses deviations %p', (deviations) => {
    expect(Object.keys(errorsOf(validInput({ [FIELD.deviations]: deviations })))).toEqual([FIELD.deviations]);
  });

  it('requires a real performed date that is not after today', () => {
    expect(errorsOf(validInput({ [FIELD.performedOn]: '' }))[FIELD.performedOn]).toMatch(/Ange datum/);
    expect(errorsOf(validInput({ [FIELD.performedOn]: '2025-02-29' }))[FIELD.performedOn]).toMatch(
      /ÅÅÅÅ-MM-DD/,
    );
    expect(errorsOf(validInput({ [FIELD.performedOn]: '1/7/2025' }))[FIELD.performedOn]).toMatch(
      /ÅÅÅÅ-MM-DD/,
    );
    expect(errorsOf(validInput({ [FIELD.performedOn]: '2025-07-04' }))[FIELD.performedOn]).toContain(TODAY);
    expect(validateSubmission(validInput({ [FIELD.performedOn]: TODAY }), control, 'sv', TODAY).ok).toBe(
      true,
    );
  });

  describe('proposed action', () => {
    const action = {
      [FIELD.actionWhat]: 'Påminn om signering',
      [FIELD.actionWho]: 'Enhetschef',
      [FIELD.actionDue]: '2025-09-30',
    };

    it('is required when the assessment is not fully approved', () => {
      const errors = errorsOf(validInput({ [FIELD.assessment]: 'delvis_godkand' }));
      expect(Object.keys(errors).sort()).toEqual([FIELD.actionDue, FIELD.actionWhat, FIELD.actionWho].sort());
      const result = validateSubmission(
        validInput({ [FIELD.assessment]: 'delvis_godkand', ...action }),
        control,
        'sv',
        TODAY,
      );
      expect(result.ok && result.value.kind === 'performed' && result.value.proposedAction).toEqual({
        what: 'Påminn om signering',
        who: 'Enhetschef',
        dueDate: '2025-09-30',
      });
    });

    it('is optional when fully approved, but must be complete when begun', () => {
      expect(Object.keys(errorsOf(validInput({ [FIELD.actionWhat]: 'Följ upp' }))).sort()).toEqual(
        [FIELD.actionDue, FIELD.actionWho].sort(),
      );
    });

    it('needs a real due date', () => {
      expect(
        Object.keys(
          errorsOf(
            validInput({ [FIELD.assessment]: 'ej_godkand', ...action, [FIELD.actionDue]: '2025-13-01' }),
          ),
        ),
      ).toEqual([FIELD.actionDue]);
    });
  });

  describe('not applicable this period', () => {
    it('needs only a reason', () => {
      const result = validateSubmission(
        { [FIELD.notApplicable]: 'true', [FIELD.notApplicableReason]: ' Inga nya ärenden under perioden. ' },
        control,
        'sv',
        TODAY,
      );
      expect(result).toEqual({
        ok: true,
        value: { kind: 'notApplicable', reason: 'Inga nya ärenden under perioden.' },
      });
    });

    it('refuses a missing reason', () => {
      expect(errorsOf({ [FIELD.notApplicable]: true })).toEqual({
        [FIELD.notApplicableReason]: 'Skriv varför kontrollen inte är aktuell den här perioden.',
      });
    });
  });

  it('limits text lengths', () => {
    expect(
      validateSubmission(validInput({ [FIELD.comment]: 'x'.repeat(2000) }), control, 'sv', TODAY).ok,
    ).toBe(true);
    expect(errorsOf(validInput({ [FIELD.comment]: 'x'.repeat(2001) }))[FIELD.comment]).toContain('2001');
    const errors = errorsOf(
      validInput({
        [FIELD.assessment]: 'ej_godkand',
        [FIELD.actionWhat]: 'a',
        [FIELD.actionWho]: 'b'.repeat(201),
        [FIELD.actionDue]: '2025-09-01',
      }),
    );
    expect(Object.keys(errors)).toEqual([FIELD.actionWho]);
  });

  describe('personnummer in free text', () => {
    it.each(['19121212-1212', '121212-1212', '1212121212', '191212121212', '121212+1212', '701063-2391'])(
      'refuses %s in the comment',
      (pnr) => {
        const errors = errorsOf(validInput({ [FIELD.comment]: `Gäller brukare ${pnr}, se journal.` }));
        expect(errors).toEqual({
          [FIELD.comment]:
            'Texten verkar innehålla ett personnummer. Ta bort det – personuppgifter får inte lagras i uppföljningen.',
        });
      },
    );

    it('checks every free-text field and answers in English for English users', () => {
      const input = validInput({
        [checkItemFieldId('note')]: 'Brukare 121212-1212',
        [FIELD.analysis]: 'Se 19121212-1212',
        [FIELD.assessment]: 'delvis_godkand',
        [FIELD.actionWhat]: 'Ring 121212 1212',
        [FIELD.actionWho]: 'Enhetschef 1212121212',
        [FIELD.actionDue]: '2025-09-30',
      });
      const errors = errorsOf(input, 'en');
      expect(Object.keys(errors).sort()).toEqual(
        [checkItemFieldId('note'), FIELD.analysis, FIELD.actionWhat, FIELD.actionWho].sort(),
      );
      expect(errors[FIELD.analysis]).toMatch(/personal identity number/);
      expect(
        errorsOf({ [FIELD.notApplicable]: 'true', [FIELD.notApplicableReason]: 'Flyttat: 121212-1212' }),
      ).toHaveProperty(FIELD.notApplicableReason);
    });

    it.each([
      'Kontrollerat mot 121212-1213',
      'Ordernummer 4500123456 och faktura 2025-0612',
      'Telefon 070-123 45 67, ärende 2025/1234',
      'Beställning 12345678901234',
      'Datum 2025-06-30 och 20250630',
    ])('accepts %p', (comment) => {
      expect(findPersonnummer(comment)).toBeUndefined();
      expect(validateSubmission(validInput({ [FIELD.comment]: comment }), control, 'sv', TODAY).ok).toBe(
        true,
      );
    });
  });

  it('returns what was entered so the card can be shown again, and nothing else', () => {
    const result = validateSubmission(
      validInput({
        [FIELD.deviations]: 'två',
        [FIELD.comment]: 'Bra',
        injected: 'x',
        [FIELD.analysis]: { a: 1 },
      }),
      control,
      'sv',
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.entered).toMatchObject({
      [FIELD.deviations]: 'två',
      [FIELD.comment]: 'Bra',
      [checkItemFieldId('signed')]: 'ja',
    });
    expect(result.entered).not.toHaveProperty('injected');
    expect(result.entered).not.toHaveProperty(FIELD.analysis);
    expect(result.errors[FIELD.analysis]).toBe('Fältet ska vara text.');
  });
});

describe('result scale codes', () => {
  it('match the plan domain’s scales, best first', () => {
    const codes: Record<ResultScaleId, AssessmentCode[]> = {
      godkand: ['godkand', 'delvis_godkand', 'ej_godkand'],
      anmarkning: ['utan_anmarkning', 'forsumbar_anmarkning', 'med_anmarkning'],
      genomford: ['genomford', 'genomford_med_avvikelse', 'pagaende'],
    };
    for (const scale of Object.keys(codes) as ResultScaleId[]) {
      expect(scaleCodes(scale)).toEqual(codes[scale]);
      expect(codes[scale].map((code) => isFullyApproved(scale, code))).toEqual([true, false, false]);
    }
    expect(assessmentLabel('anmarkning', 'forsumbar_anmarkning', 'sv')).toBe(
      'Genomförd med försumbar anmärkning',
    );
  });
});

describe('resultToFields', () => {
  it('gives back fields that validate to the same result', () => {
    const input = validInput({
      [FIELD.assessment]: 'delvis_godkand',
      [FIELD.actionWhat]: 'Påminn om signering',
      [FIELD.actionWho]: 'Enhetschef',
      [FIELD.actionDue]: '2025-09-30',
      [FIELD.analysis]: 'Två enheter saknade signatur.',
    });
    const first = validateSubmission(input, control, 'sv', TODAY);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(validateSubmission(resultToFields(first.value), control, 'sv', TODAY)).toEqual(first);
    const notApplicable = {
      kind: 'notApplicable' as const,
      reason: 'Inga ärenden',
      comment: 'Se nästa period',
    };
    expect(validateSubmission(resultToFields(notApplicable), control, 'sv', TODAY)).toEqual({
      ok: true,
      value: notApplicable,
    });
  });
});
