import { controlIndex } from '../../../src/domain/plan/controlIndex';
import { unitsOfControl } from '../../../src/domain/plan/unitsOfControl';
import { vaggerydLikePlan } from '../planFixture';

describe('unitsOfControl', () => {
  const plan = vaggerydLikePlan();

  it("returns the control's units in its own order", () => {
    const ids = unitsOfControl(plan, { id: 'k', unitIds: ['stab', 'ifo-myndighet'] }).map((unit) => unit.id);
    expect(ids).toEqual(['stab', 'ifo-myndighet']);
  });

  it('means the root units when unitIds is empty', () => {
    const ids = unitsOfControl(plan, { id: 'k', unitIds: [] }).map((unit) => unit.id);
    expect(ids).toEqual(['ifo', 'ao-utforare', 'stab']);
  });

  it('names the control and the unknown unit', () => {
    expect(() => unitsOfControl(plan, { id: 'K9', unitIds: ['nowhere'] })).toThrow(/K9.*"nowhere"/);
  });
});

describe('controlIndex', () => {
  it('finds every control with its risk area', () => {
    const index = controlIndex(vaggerydLikePlan());
    expect(index.size).toBe(3);
    expect(index.get('VAG25-K-hygien')?.riskArea.id).toBe('VAG25-R1');
    expect(index.get('VAG25-K-larm')?.control.title).toBe('Provlarmning');
  });

  it('refuses duplicate control ids', () => {
    const plan = vaggerydLikePlan();
    plan.riskAreas[1].controls.push({ ...plan.riskAreas[0].controls[0] });
    expect(() => controlIndex(plan)).toThrow(/VAG25-K-logg/);
  });
});
