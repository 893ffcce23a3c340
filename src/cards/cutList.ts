/**
 * A long list for a phone-width card: the first `visible` items shown, up to `max` in all behind a
 * "show all" toggle, and how many are left out beyond that (said as "och N till").
 */
export function cutList<T>(
  items: readonly T[],
  visible: number,
  max: number,
): { shown: T[]; hidden: T[]; left: number } {
  return {
    shown: items.slice(0, visible),
    hidden: items.slice(visible, Math.max(visible, max)),
    left: Math.max(0, items.length - Math.max(visible, max)),
  };
}
