import type { PlanFileIssue } from '../../planFiles';

/** Where an issue is, e.g. "plan.xlsx, blad Kontrollmoment, rad 5, kolumn Frekvens". */
export function planIssueLocation(issue: PlanFileIssue, locale: 'sv' | 'en'): string {
  const words =
    locale === 'sv'
      ? { sheet: 'blad', row: 'rad', column: 'kolumn', line: 'rad', field: 'fält' }
      : { sheet: 'sheet', row: 'row', column: 'column', line: 'line', field: 'field' };
  const parts = [issue.file];
  if (issue.sheet) parts.push(`${words.sheet} ${issue.sheet}`);
  if (issue.row !== undefined) parts.push(`${words.row} ${issue.row}`);
  if (issue.column) parts.push(`${words.column} ${issue.column}`);
  if (issue.line !== undefined) parts.push(`${words.line} ${issue.line}`);
  if (issue.path) parts.push(`${words.field} ${issue.path}`);
  return parts.join(', ');
}

/** One issue as two lines: Swedish, then English. */
export function planIssueLines(issue: PlanFileIssue): string[] {
  return [
    `${planIssueLocation(issue, 'sv')}: ${issue.sv}`,
    `    (en) ${planIssueLocation(issue, 'en')}: ${issue.en}`,
  ];
}
