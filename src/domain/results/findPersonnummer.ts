import Personnummer from 'personnummer';

/**
 * Candidates: 6 or 8 digits, an optional separator (-, + or a space), then 4 digits, not part of a
 * longer run of digits. The personnummer library then checks the date and the check digit, and
 * accepts samordningsnummer (day + 60), so order numbers and the like rarely match.
 */
const CANDIDATE = /(?<!\d)(\d{6}|\d{8})([-+ ]?)(\d{4})(?!\d)/g;

/** The first personnummer or samordningsnummer found in the text, or undefined. */
export function findPersonnummer(text: string): string | undefined {
  for (const match of text.matchAll(CANDIDATE)) {
    const separator = match[2] === ' ' ? '-' : match[2];
    if (Personnummer.valid(`${match[1]}${separator}${match[3]}`)) return match[0];
  }
  return undefined;
}
