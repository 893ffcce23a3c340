import { resolveAssignment } from '../../../src/domain/plan/resolveAssignment';
import { vaggerydLikePlan } from '../planFixture';

describe('resolveAssignment', () => {
  const plan = vaggerydLikePlan();

  it('finds the assignment on the unit itself, with its substitute', () => {
    const resolved = resolveAssignment(plan, 'enhetschef', 'ifo');
    expect(resolved?.person.id).toBe('p1');
    expect(resolved?.substitute?.id).toBe('p2');
    expect(resolved?.fromUnitId).toBe('ifo');
  });

  it("inherits the parent's assignment when the child has none", () => {
    const resolved = resolveAssignment(plan, 'enhetschef', 'ifo-myndighet');
    expect(resolved?.person.id).toBe('p1');
    expect(resolved?.substitute?.id).toBe('p2');
    expect(resolved?.fromUnitId).toBe('ifo');
  });

  it("prefers the child's own assignment over the parent's, without the parent's substitute", () => {
    const resolved = resolveAssignment(plan, 'enhetschef', 'ifo-utforare');
    expect(resolved?.person.id).toBe('p3');
    expect(resolved?.substitute).toBeUndefined();
    expect(resolved?.fromUnitId).toBe('ifo-utforare');
  });

  it('walks more than one level up', () => {
    const deeper = vaggerydLikePlan();
    deeper.units.push({ id: 'ifo-myndighet-barn', name: 'Barn och unga', parentId: 'ifo-myndighet' });
    expect(resolveAssignment(deeper, 'enhetschef', 'ifo-myndighet-barn')?.fromUnitId).toBe('ifo');
  });

  it('is null when no unit on the way to the root holds the role', () => {
    expect(resolveAssignment(plan, 'enhetschef', 'ao-utforare')).toBeNull();
    expect(resolveAssignment(plan, 'mas', 'ifo-myndighet')).toBeNull();
  });

  it('does not take an assignment of another role on the same unit', () => {
    expect(resolveAssignment(plan, 'systemforvaltare', 'ifo')).toBeNull();
    expect(resolveAssignment(plan, 'systemforvaltare', 'stab')?.person.id).toBe('p4');
  });

  it('names the missing person instead of returning half an answer', () => {
    const broken = vaggerydLikePlan({ assignments: [{ roleId: 'mas', unitId: 'stab', personId: 'ghost' }] });
    expect(() => resolveAssignment(broken, 'mas', 'stab')).toThrow(/"ghost"/);
  });

  it('stops on a parent cycle instead of looping for ever', () => {
    const cyclic = vaggerydLikePlan({
      units: [
        { id: 'a', name: 'A', parentId: 'b' },
        { id: 'b', name: 'B', parentId: 'a' },
      ],
      assignments: [],
    });
    expect(() => resolveAssignment(cyclic, 'mas', 'a')).toThrow(/cycle/);
  });
});
