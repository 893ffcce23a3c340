/**
 * Walks a stored document: plain objects (keys too), arrays and strings. Dates, ObjectIds, binary
 * data and other driver types are left as they are.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The needles as one case-insensitive pattern, longest first (an e-mail before the name inside it). */
export function mentionPattern(needles: string[]): RegExp | undefined {
  const usable = [...new Set(needles.filter((needle) => needle.trim().length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return undefined;
  return new RegExp(usable.map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
}

export function mentions(value: unknown, pattern: RegExp): boolean {
  if (typeof value === 'string') {
    pattern.lastIndex = 0;
    return pattern.test(value);
  }
  if (Array.isArray(value)) return value.some((item) => mentions(item, pattern));
  if (isPlainObject(value))
    return Object.entries(value).some(([key, item]) => mentions(key, pattern) || mentions(item, pattern));
  return false;
}

/** A copy with every match of the pattern replaced by replacementOf(match), in strings and keys. */
export function replaceMentions(
  value: unknown,
  pattern: RegExp,
  replacementOf: (match: string) => string,
): unknown {
  if (typeof value === 'string') return value.replace(pattern, replacementOf);
  if (Array.isArray(value)) return value.map((item) => replaceMentions(item, pattern, replacementOf));
  if (isPlainObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key.replace(pattern, replacementOf),
        replaceMentions(item, pattern, replacementOf),
      ]),
    );
  return value;
}

/** Objects anywhere in the document whose aadObjectId is the given one (any case). */
export function objectsOf(value: unknown, aadObjectId: string, found: Array<Record<string, unknown>> = []) {
  if (Array.isArray(value)) for (const item of value) objectsOf(item, aadObjectId, found);
  else if (isPlainObject(value)) {
    if (
      typeof value.aadObjectId === 'string' &&
      value.aadObjectId.toLowerCase() === aadObjectId.toLowerCase()
    )
      found.push(value);
    for (const item of Object.values(value)) objectsOf(item, aadObjectId, found);
  }
  return found;
}
