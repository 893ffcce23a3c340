import type { StoredPlan } from '../../domain/ports/PlanRepository';
import { selectStoredPlan } from '../../usecases/selectStoredPlan';
import { CliUsageError, type CliContext } from '../CliContext';

/** --year as a number, or undefined when not given; a bad value is a usage error. */
export function yearOption(context: CliContext, required: boolean): number | undefined {
  const raw = context.options.year;
  if (raw === undefined) {
    if (required) throw new CliUsageError('Ange --year, t.ex. --year 2025. / Give --year, e.g. --year 2025.');
    return undefined;
  }
  if (typeof raw !== 'string' || !/^\d{4}$/.test(raw)) {
    throw new CliUsageError(
      `--year ska vara ett årtal, t.ex. 2025. / --year must be a year, e.g. 2025 (got ${raw}).`,
    );
  }
  return Number(raw);
}

/** The stored plan the options point at, or null after writing what to do instead to stderr. */
export async function planSelection(
  context: CliContext,
  year: number | undefined,
): Promise<StoredPlan | null> {
  const { plans } = await context.repositories();
  const planId = typeof context.options.plan === 'string' ? context.options.plan : undefined;
  const currentYear = Number(
    context.now().toLocaleDateString('sv-SE', { timeZone: context.config.timeZone }).slice(0, 4),
  );
  const choice = await selectStoredPlan(plans, { year, planId, currentYear });
  if (choice.found) return choice.stored;
  const ids = choice.candidates.join(', ');
  const message = {
    noPlan:
      'Det finns ingen plan i databasen. Importera en med: ikbot plan import <fil>\n' +
      'There is no plan in the database. Import one with: ikbot plan import <file>',
    notInYear:
      `Det finns ingen plan för ${year}. Lagrade planer: ${ids}.\n` +
      `There is no plan for ${year}. Stored plans: ${ids}.`,
    several:
      `Det finns flera planer${year ? ` för ${year}` : ''}: ${ids}. Välj en med --plan <id>.\n` +
      `There are several plans${year ? ` for ${year}` : ''}: ${ids}. Choose one with --plan <id>.`,
    unknownId:
      `Planen ${planId} finns inte${year ? ` för ${year}` : ''}. Lagrade planer: ${ids || 'inga'}.\n` +
      `Plan ${planId} does not exist${year ? ` for ${year}` : ''}. Stored plans: ${ids || 'none'}.`,
  }[choice.reason];
  context.err.write(`${message}\n`);
  return null;
}
