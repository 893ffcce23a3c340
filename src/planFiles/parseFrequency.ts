import type { Frequency } from '../domain/plan/types';

type ClosingOccasion = 'interim' | 'annual';
export type FrequencyInput = string | { months: number[] } | { closing: string[] };
export type Parsed<T> = { value: T } | { sv: string; en: string };

const simpleKinds: Record<string, Frequency> = {};
function alias(frequency: Frequency, ...words: string[]): void {
  for (const word of words) simpleKinds[word] = frequency;
}
alias({ kind: 'monthly' }, 'monthly', 'månadsvis', 'månatligen', 'varje månad', '12 ggr/år');
alias({ kind: 'quarterly' }, 'quarterly', 'kvartalsvis', 'varje kvartal', '4 ggr/år');
alias({ kind: 'tertial' }, 'tertial', 'tertialvis', 'varje tertial', '3 ggr/år');
alias({ kind: 'semiannual' }, 'semiannual', 'halvårsvis', 'varje halvår', '2 ggr/år');
alias({ kind: 'annual' }, 'annual', 'årligen', 'årsvis', '1 ggr/år');
alias({ kind: 'closing', occasions: ['interim'] }, 'delårsbokslut', 'delår');
alias({ kind: 'closing', occasions: ['annual'] }, 'årsbokslut');
alias(
  { kind: 'closing', occasions: ['interim', 'annual'] },
  'delårs- och årsbokslut',
  'delår och årsbokslut',
  'delårsbokslut och årsbokslut',
);

const closingWords: Record<string, ClosingOccasion> = {
  interim: 'interim',
  delår: 'interim',
  delårsbokslut: 'interim',
  annual: 'annual',
  årsbokslut: 'annual',
};

const invalid = {
  sv: 'Okänd frekvens. Skriv monthly, quarterly, tertial, semiannual, annual, "months: 6, 12" eller "closing: interim, annual" (eller månadsvis, kvartalsvis, tertialvis, halvårsvis, årligen, "månader: 6, 12", delårsbokslut, årsbokslut).',
  en: 'Unknown frequency. Write monthly, quarterly, tertial, semiannual, annual, "months: 6, 12" or "closing: interim, annual".',
};

function parseMonths(months: number[]): Parsed<Frequency> {
  if (months.length === 0)
    return { sv: 'Ange minst en månad (1–12).', en: 'Give at least one month (1–12).' };
  const wrong = months.find((month) => !Number.isInteger(month) || month < 1 || month > 12);
  if (wrong !== undefined) {
    return { sv: `Månad ${wrong} finns inte: ange 1–12.`, en: `Month ${wrong} does not exist: use 1–12.` };
  }
  if (new Set(months).size !== months.length) {
    return { sv: 'Samma månad står flera gånger.', en: 'The same month is listed more than once.' };
  }
  return { value: { kind: 'months', months: [...months].sort((a, b) => a - b) } };
}

function parseClosing(words: string[]): Parsed<Frequency> {
  const occasions = words.map((word) => closingWords[word.trim().toLowerCase()]);
  if (words.length === 0 || occasions.some((o) => o === undefined)) {
    return {
      sv: 'Bokslut anges som interim (delårsbokslut) och/eller annual (årsbokslut).',
      en: 'Closing is interim (delårsbokslut) and/or annual (årsbokslut).',
    };
  }
  const unique = (['interim', 'annual'] as const).filter((o) => occasions.includes(o));
  return { value: { kind: 'closing', occasions: unique } };
}

/** Reads the frequency as a coordinator writes it: a word, `{ months: [...] }` or `{ closing: [...] }`. */
export function parseFrequency(input: FrequencyInput): Parsed<Frequency> {
  if (typeof input !== 'string') {
    return 'months' in input ? parseMonths(input.months) : parseClosing(input.closing);
  }
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const simple = simpleKinds[text];
  if (simple) return { value: structuredClone(simple) };
  const listed = /^(months|månader|closing|bokslut)\s*:?\s*(.+)$/.exec(text);
  if (!listed) return invalid;
  const items = listed[2].split(/\s*(?:,|och|and)\s*/).filter((item) => item !== '');
  if (listed[1] === 'months' || listed[1] === 'månader') {
    const months = items.map((item) => (/^-?\d+$/.test(item) ? Number(item) : Number.NaN));
    if (months.some((m) => Number.isNaN(m))) return invalid;
    return parseMonths(months);
  }
  return parseClosing(items);
}
