import type { Plan } from '../domain/plan/types';
import type { PlanFileFormat } from './planFileIssue';
import { writePlanText } from './writePlanText';
import { writePlanWorkbook } from './writePlanWorkbook';

/** The plan as a file: YAML or JSON text, or an .xlsx workbook. */
export function writePlan(plan: Plan, format: 'yaml' | 'json'): Promise<string>;
export function writePlan(plan: Plan, format: 'xlsx'): Promise<Buffer>;
export function writePlan(plan: Plan, format: PlanFileFormat): Promise<string | Buffer>;
export async function writePlan(plan: Plan, format: PlanFileFormat): Promise<string | Buffer> {
  return format === 'xlsx' ? writePlanWorkbook(plan) : writePlanText(plan, format);
}
