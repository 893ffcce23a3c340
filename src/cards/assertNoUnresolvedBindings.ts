/**
 * Throws if any string in the card still holds a template binding (`${...}`) or a leftover
 * templating keyword ($data, $when): adaptivecards-templating leaves unresolved bindings as text.
 */
export function assertNoUnresolvedBindings(card: unknown, where = '$'): void {
  if (typeof card === 'string') {
    if (card.includes('${')) throw new Error(`Unresolved binding at ${where}: ${card}`);
    return;
  }
  if (Array.isArray(card)) {
    card.forEach((item, index) => assertNoUnresolvedBindings(item, `${where}[${index}]`));
    return;
  }
  if (typeof card === 'object' && card !== null) {
    for (const [key, value] of Object.entries(card)) {
      if (key === '$data' || key === '$when') throw new Error(`Templating keyword ${key} left at ${where}`);
      assertNoUnresolvedBindings(value, `${where}.${key}`);
    }
  }
}
