import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MongoActionRepository } from '../../storage/mongo/actions/MongoActionRepository';
import { MongoVerdictRepository } from '../../storage/mongo/reports/MongoVerdictRepository';
import { draftNextPlan } from '../../usecases/plans/draftNextPlan';
import { CliUsageError, type CliCommand } from '../CliContext';

/** `ikbot plan next --from 2025 [--format yaml|xlsx] [--out plan-2026.xlsx] [--plan <id>]`: next year's draft. */
export const planNextCommand: CliCommand = {
  name: 'plan next',
  usage: 'ikbot plan next --from <yyyy> [--format yaml|xlsx] [--out <file>] [--plan <plan id>]',
  description:
    "Drafts next year's plan from a year's plan and its verdicts, in the import format: areas that remain are carried " +
    '(kvarstår från), closed ones are listed under Avslutade; import the draft with ikbot plan import once re-scored.',
  run: async (context) => {
    const from = String(context.options.from ?? '');
    if (!/^\d{4}$/.test(from)) {
      throw new CliUsageError(
        `--from ska vara ett årtal, t.ex. --from 2025 (fick "${from}").\n--from needs a year such as 2025; got "${from}".`,
      );
    }
    const out = typeof context.options.out === 'string' ? context.options.out : undefined;
    const extension = out ? path.extname(out).slice(1).toLowerCase().replace(/^yml$/, 'yaml') : '';
    const format = String(context.options.format ?? (extension || 'yaml'));
    if (format !== 'yaml' && format !== 'xlsx') {
      throw new CliUsageError(
        `--format ska vara yaml eller xlsx (fick "${format}").\n--format must be yaml or xlsx; got "${format}".`,
      );
    }
    const { plans, audit } = await context.repositories();
    const { db } = await context.database();
    const outcome = await draftNextPlan(
      { plans, verdicts: new MongoVerdictRepository(db), actions: new MongoActionRepository(db), audit },
      {
        fromYear: Number(from),
        format,
        now: context.now(),
        timeZone: context.config.timeZone,
        ...(typeof context.options.plan === 'string' ? { planId: context.options.plan } : {}),
      },
    );
    if (!outcome.ok) {
      context.err.write(
        outcome.reason === 'noPlan'
          ? `Det finns ingen plan för ${from}. Importera den först: ikbot plan import <fil>\nNo plan for ${from}. Import it first: ikbot plan import <file>\n`
          : `${from} har flera planer (${outcome.planIds.join(', ')}): välj en med --plan <id>.\n${from} has several plans: choose one with --plan <id>.\n`,
      );
      return 1;
    }
    const file = out ?? outcome.fileName;
    await writeFile(file, outcome.content);
    const carried = outcome.draft.riskAreas.length;
    context.out.write(
      `Utkast till ${outcome.draft.id} (${carried} riskområden kvarstår, ${outcome.closed.length} avslutade) → ${file}\n` +
        `Draft of ${outcome.draft.id} (${carried} risk areas remain, ${outcome.closed.length} closed) → ${file}\n`,
    );
    if (outcome.carriedActions.length > 0) {
      const count = outcome.carriedActions.length;
      context.out.write(
        `${count} åtgärder överförda till ${outcome.draft.year} (öppna åtgärder följer med i utkastet)\n` +
          `${count} action(s) carried over to ${outcome.draft.year} (open actions go into the draft)\n`,
      );
    }
    if (outcome.unassessed.length > 0) {
      context.out.write(
        `Utan bedömning, följer med som kvarstående / without a verdict, carried as remaining: ${outcome.unassessed.join(', ')}\n`,
      );
    }
    for (const warning of outcome.warnings)
      context.out.write(`Varning: ${warning.sv}\nWarning: ${warning.en}\n`);
    return 0;
  },
};
