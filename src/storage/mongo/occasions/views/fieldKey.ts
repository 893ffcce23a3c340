/**
 * Plan ids (risk areas, units, controls) are chosen by the coordinator and may contain "." or "$",
 * which MongoDB reads as a path or an operator when they are used as field names, or "|", which
 * the views use to join ids into one field name. These encode such characters (and "%" itself)
 * the way URLs do, so that any id can be part of a field name.
 */
export function toFieldKey(id: string): string {
  return id.replace(/[%.$|]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function fromFieldKey(key: string): string {
  return key.replace(/%(25|2E|24|7C)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
