import type { StoredMention } from '../../domain/ports/PersonalData';

/** A stored document as plain JSON: dates as ISO strings, ids as text, binary data as its size. */
export function toExportable(mention: StoredMention): { collection: string; document: unknown } {
  return { collection: mention.collection, document: plain(mention.document) };
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) {
    const bson = (value as { _bsontype?: string })._bsontype;
    if (bson === 'Binary') return `(binary data, ${(value as { length(): number }).length()} bytes)`;
    if (bson) return String(value);
    if (Buffer.isBuffer(value)) return `(binary data, ${value.length} bytes)`;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return value;
}
