import type { Plan } from '../../src/domain/plan/types';
import { parsePlanText } from '../../src/planFiles/parsePlanText';
import { writePlanText } from '../../src/planFiles/writePlanText';

/** A small valid plan as JSON-able data; each test breaks one thing. */
function basePlan(): Record<string, unknown> & { units: object[]; assignments: object[]; people: object[] } {
  return {
    id: 'T-2025',
    title: 'Testplan',
    organisation: 'Testförvaltningen',
    year: 2025,
    status: 'draft',
    roles: [
      { id: 'ec', name: 'Enhetschef' },
      { id: 'oc', name: 'Områdeschef' },
    ],
    units: [
      { id: 'forv', name: 'Förvaltningen' },
      { id: 'omr', name: 'Område', parent: 'forv' },
      { id: 'enh', name: 'Enhet', parent: 'omr' },
    ],
    people: [
      { id: 'a', name: 'A (exempel)', email: 'a@kommun.example' },
      { id: 'b', name: 'B (exempel)', aadObjectId: '00000000-0000-0000-0000-0000000000b2', locale: 'en' },
    ],
    assignments: [
      { role: 'ec', unit: 'omr', person: 'a', substitute: 'b' },
      { role: 'oc', unit: 'forv', person: 'b' },
    ],
    riskAreas: [
      {
        id: 'R1',
        title: 'Risk',
        probability: 2,
        consequence: 4,
        controls: [
          {
            id: 'K1',
            title: 'Kontroll',
            method: 'Stickprov',
            frequency: 'quarterly',
            due: 'day 5 of next month',
            performer: 'ec',
            responsible: 'oc',
            units: ['enh'],
            checkItems: [
              { id: 'P1', text: 'Antal dagar', answer: 'number', unit: 'dagar' },
              { id: 'P2', text: 'Följs rutinen?', answer: 'Ja/Nej/Delvis' },
            ],
          },
        ],
      },
    ],
  };
}

const parse = (data: unknown) => parsePlanText(JSON.stringify(data, null, 2), 'json', 'test.json');
const errorsOf = (data: unknown) => {
  const result = parse(data);
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.errors;
};

describe('parsing a valid plan', () => {
  it('maps the file onto the domain plan with defaults', () => {
    const result = parse(basePlan());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const control = result.plan.riskAreas[0].controls[0];
    expect(control).toMatchObject({
      frequency: { kind: 'quarterly' },
      dueRule: { kind: 'dayOfMonthAfterPeriodEnd', day: 5 },
      resultScale: 'godkand',
      performerRoleId: 'ec',
      unitIds: ['enh'],
    });
    expect(control.checkItems[1].answerType).toBe('yesNoPartial');
    expect(result.plan.people[0].locale).toBe('sv');
    expect(result.plan.riskThresholds).toHaveLength(4);
    expect(result.plan.units[2].parentId).toBe('omr');
  });

  it('lets an assignment on a parent unit cover the children: no warnings', () => {
    const result = parse(basePlan());
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('accepts the Swedish forms of frequency, due rule and status', () => {
    const plan = basePlan();
    plan.status = 'Antagen';
    plan.adopted = { date: '2024-12-19', decision: '2024-12-19 § 97' };
    const control = (plan.riskAreas as Array<{ controls: Array<Record<string, unknown>> }>)[0].controls[0];
    control.frequency = 'Månader: 3, 9';
    control.due = '10 arbetsdagar efter perioden';
    const result = parse(plan);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan.status).toBe('adopted');
    expect(result.plan.riskAreas[0].controls[0].frequency).toEqual({ kind: 'months', months: [3, 9] });
    expect(result.plan.riskAreas[0].controls[0].dueRule).toEqual({
      kind: 'workingDaysAfterPeriodEnd',
      days: 10,
    });
  });
});

describe('semantic errors', () => {
  it('finds a unit parent cycle', () => {
    const plan = basePlan();
    plan.units[0] = { id: 'forv', name: 'Förvaltningen', parent: 'enh' };
    const errors = errorsOf(plan);
    expect(errors).toHaveLength(1);
    expect(errors[0].en).toMatch(/cycle/);
    expect(errors[0].sv).toMatch(/cirkel/);
  });

  it('refuses a substitute equal to the person and unknown references in assignments', () => {
    const plan = basePlan();
    plan.assignments = [
      { role: 'ec', unit: 'omr', person: 'a', substitute: 'a' },
      { role: 'xx', unit: 'nowhere', person: 'nobody', substitute: 'ghost' },
      { role: 'oc', unit: 'forv', person: 'b' },
    ];
    expect(errorsOf(plan).map((e) => e.path)).toEqual([
      'assignments[0].substitute',
      'assignments[1].role',
      'assignments[1].unit',
      'assignments[1].person',
      'assignments[1].substitute',
    ]);
  });

  it('refuses duplicate unit, role, person, risk area and check item ids', () => {
    const plan = basePlan();
    plan.units.push({ id: 'enh', name: 'Dubblett' });
    (plan.roles as object[]).push({ id: 'ec', name: 'Dubblett' });
    plan.people.push({ id: 'b', name: 'Dubblett', email: 'x@kommun.example' });
    const areas = plan.riskAreas as Array<Record<string, unknown>>;
    areas.push({ id: 'R1', title: 'Dubblett' });
    const items = (areas[0].controls as Array<{ checkItems: object[] }>)[0].checkItems;
    items.push({ id: 'P1', text: 'Dubblett', answer: 'text' });
    expect(errorsOf(plan).map((e) => e.path)).toEqual([
      'roles[2].id',
      'units[3].id',
      'people[2].id',
      'riskAreas[1].id',
      'riskAreas[0].controls[0].checkItems[2].id',
    ]);
  });

  it('refuses a person without aadObjectId and email, and a closing frequency without a closing date', () => {
    const plan = basePlan();
    plan.people.push({ id: 'c', name: 'C' });
    const control = (plan.riskAreas as Array<{ controls: Array<Record<string, unknown>> }>)[0].controls[0];
    control.frequency = { closing: ['interim'] };
    const errors = errorsOf(plan);
    expect(errors.map((e) => e.path)).toEqual(['people[2]', 'riskAreas[0].controls[0].frequency']);
    expect(errors[1].sv).toMatch(/delårsbokslut/);
  });

  it('reports structural and reference errors together, with unknown fields named', () => {
    const plan = basePlan();
    plan.yaer = 2025;
    const control = (plan.riskAreas as Array<{ controls: Array<Record<string, unknown>> }>)[0].controls[0];
    control.performer = 'nobody';
    control.due = 'soon';
    const errors = errorsOf(plan);
    expect(errors.map((e) => e.path).sort()).toEqual([
      '',
      'riskAreas[0].controls[0].due',
      'riskAreas[0].controls[0].performer',
    ]);
    expect(errors.find((e) => e.path === '')?.en).toMatch(/Unknown field: yaer/);
  });
});

describe('warnings', () => {
  it('warns when a control unit has no performer in its own unit or any parent', () => {
    const plan = basePlan();
    plan.assignments = [{ role: 'oc', unit: 'forv', person: 'b' }];
    const result = parse(plan);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([
      expect.objectContaining({ path: 'riskAreas[0].controls[0].performer', line: expect.any(Number) }),
    ]);
    expect(result.warnings[0].sv).toMatch(/Ingen person har rollen "ec"/);
  });

  it('warns when the responsible role is held only on a sibling unit', () => {
    const plan = basePlan();
    plan.units.push({ id: 'annan', name: 'Annan', parent: 'forv' });
    plan.assignments = [
      { role: 'ec', unit: 'forv', person: 'a' },
      { role: 'oc', unit: 'annan', person: 'b' },
    ];
    const result = parse(plan);
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual(['riskAreas[0].controls[0].responsible']);
  });
});

describe('text syntax errors', () => {
  it('reports a YAML syntax error with its line instead of throwing', () => {
    const result = parsePlanText('id: x\ntitle: [unclosed\n', 'yaml', 'bad.yaml');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({ file: 'bad.yaml', line: expect.any(Number) });
  });

  it('reports invalid JSON', () => {
    const result = parsePlanText('{"id": ', 'json', 'bad.json');
    expect(!result.ok && result.errors[0].file).toBe('bad.json');
  });

  it('writes what it reads: a parsed plan written as YAML parses to the same plan', () => {
    const first = parse(basePlan());
    if (!first.ok) throw new Error('base plan refused');
    const again = parsePlanText(writePlanText(first.plan as Plan, 'yaml'), 'yaml', 'again.yaml');
    expect(again.ok && again.plan).toEqual(first.plan);
  });
});
