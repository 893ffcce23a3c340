/**
 * An instant as "2025-07-03 14:05 CEST" in the organisation's time zone, with the zone named so a
 * reader elsewhere (or in another season) is not misled. The Swedish ISO-like form is used for both
 * languages: unambiguous, and the same as dates elsewhere on the cards.
 */
export function formatDateTime(instant: Date, timeZone = 'Europe/Stockholm'): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${part('timeZoneName')}`.trim();
}

/** Formatters are costly to build (the card summary formats several instants): one per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
