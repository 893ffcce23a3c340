/** Plan files: import and export of the internal-control plan in YAML, JSON and Excel. */
export { parsePlanFile } from './parsePlanFile';
export { parsePlanContent, planFileFormat } from './parsePlanContent';
export { parsePlanInWorker } from './parsePlanInWorker';
export { planFileLimits } from './planFileLimits';
export { parsePlanText } from './parsePlanText';
export { parsePlanWorkbook } from './parsePlanWorkbook';
export { writePlan } from './writePlan';
export { writePlanText } from './writePlanText';
export { writePlanWorkbook } from './writePlanWorkbook';
export { writePlanTemplate } from './writePlanTemplate';
export { generateLargePlan, type LargePlanOptions } from './generateLargePlan';
export { defaultRiskThresholds } from './defaultRiskThresholds';
export type { ParsePlanResult, PlanFileFormat, PlanFileIssue } from './planFileIssue';
