import type { Locale } from '../../domain/plan/types';
import type { PlanFileIssue } from '../../planFiles';

/** One validation error for chat: "blad Kontrollmoment, rad 5, kolumn Frekvens: …" in the user's language. */
export function planIssueText(issue: PlanFileIssue, locale: Locale): string {
  const words =
    locale === 'en'
      ? { sheet: 'sheet', row: 'row', column: 'column', line: 'line', field: 'field' }
      : { sheet: 'blad', row: 'rad', column: 'kolumn', line: 'rad', field: 'fält' };
  const where: string[] = [];
  if (issue.sheet) where.push(`${words.sheet} ${issue.sheet}`);
  if (issue.row !== undefined) where.push(`${words.row} ${issue.row}`);
  if (issue.column) where.push(`${words.column} ${issue.column}`);
  if (issue.line !== undefined) where.push(`${words.line} ${issue.line}`);
  if (!issue.sheet && issue.path) where.push(`${words.field} \`${issue.path}\``);
  const message = locale === 'en' ? issue.en : issue.sv;
  return where.length > 0 ? `${where.join(', ')}: ${message}` : message;
}
