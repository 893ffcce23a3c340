import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

/** demo/plan-demo.yaml, the demo plan for the Agents Playground's users. */
export const DEMO_PLAN_FILE = path.resolve(__dirname, '..', 'demo', 'plan-demo.yaml');

/**
 * The demo plan as YAML for `year`: id DEMO-<year>, adopted in December the year before, so that a
 * newcomer always sees controls that are due, overdue and not yet due.
 */
export function demoPlanYaml(year: number): string {
  const document = parseDocument(readFileSync(DEMO_PLAN_FILE, 'utf8'));
  document.set('id', `DEMO-${year}`);
  document.set('title', `Plan för intern kontroll ${year} (demo)`);
  document.set('year', year);
  document.setIn(['adopted', 'date'], `${year - 1}-12-15`);
  document.setIn(['adopted', 'decision'], `${year - 1}-12-15 § 1`);
  return document.toString();
}
