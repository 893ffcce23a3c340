import type { Plan } from '../domain/plan/types';
import { checkPlan } from './checkPlan';
import { documentToPlan } from './documentToPlan';
import type { RawIssue } from './planFileIssue';
import { planDocumentSchema } from './planDocumentSchema';
import { salvagePlan } from './salvagePlan';
import { zodIssuesToRaw } from './zodIssueToRaw';

/** A semantic issue at or below a field the structural check already refused says nothing new. */
function isWithinField(path: RawIssue['path'], field: RawIssue['path']): boolean {
  return (
    typeof field[field.length - 1] === 'string' &&
    field.length <= path.length &&
    field.every((part, i) => part === path[i])
  );
}

/**
 * Validates parsed file data (from YAML, JSON or a workbook) into a plan: structural checks and
 * cross-reference checks together, so the coordinator sees every problem in one go.
 */
export function validatePlanData(raw: unknown): { plan?: Plan; errors: RawIssue[]; warnings: RawIssue[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      errors: [
        {
          path: [],
          sv: 'Filen innehåller ingen plan: den ska börja med fälten id, title, organisation, year och status.',
          en: 'The file holds no plan: it should start with the fields id, title, organisation, year and status.',
        },
      ],
      warnings: [],
    };
  }
  const parsed = planDocumentSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) {
    const plan = documentToPlan(parsed.data);
    const { errors, warnings } = checkPlan(plan);
    return errors.length === 0 ? { plan, errors, warnings } : { errors, warnings };
  }
  const structural = zodIssuesToRaw(parsed.error.issues);
  const semantic = checkPlan(salvagePlan(raw));
  const notYetReported = semantic.errors.filter(
    (issue) => !structural.some((s) => isWithinField(issue.path, s.path)),
  );
  return { errors: [...structural, ...notYetReported], warnings: semantic.warnings };
}
