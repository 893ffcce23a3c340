import type { MyControl } from './myControls';

/**
 * Finds one of the person's controls by what they typed after "kontroll": its number in the
 * "mina kontroller" list (1, 2, …), the full occasion id, or the end of the id, e.g.
 * "R2-K1/ifo/2025-06" or "K1/ifo/2025-06", when only one of their controls ends that way.
 */
export function myControlsFind(
  controls: readonly MyControl[],
  reference: string,
): { found: MyControl } | { ambiguous: MyControl[] } | { none: true } {
  const wanted = reference.trim();
  if (/^\d{1,4}$/.test(wanted)) {
    const found = controls[Number(wanted) - 1];
    return found ? { found } : { none: true };
  }
  const lower = wanted.toLowerCase();
  const exact = controls.find((control) => control.occasion.id.toLowerCase() === lower);
  if (exact) return { found: exact };
  const matches = controls.filter((control) => control.occasion.id.toLowerCase().endsWith(lower));
  if (matches.length === 1) return { found: matches[0] };
  return matches.length > 1 ? { ambiguous: matches } : { none: true };
}
