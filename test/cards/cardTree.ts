/** Every object in a card (elements, actions, choices, ...), depth first. */
export function allObjects(node: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) {
      found.push(value as Record<string, unknown>);
      Object.values(value).forEach(visit);
    }
  };
  visit(node);
  return found;
}

export function ofType(card: unknown, type: string): Array<Record<string, unknown>> {
  return allObjects(card).filter((node) => node.type === type);
}

export function inputs(card: unknown): Array<Record<string, unknown>> {
  return allObjects(card).filter((node) => typeof node.type === 'string' && node.type.startsWith('Input.'));
}

export function inputById(card: unknown, id: string): Record<string, unknown> {
  const input = inputs(card).find((node) => node.id === id);
  if (!input) throw new Error(`no input ${id}`);
  return input;
}

export function texts(card: unknown): string[] {
  return ofType(card, 'TextBlock').map((node) => String(node.text));
}

export function executeActions(card: unknown): Array<Record<string, unknown>> {
  return ofType(card, 'Action.Execute');
}
