import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { MongoDigestQueries } from '../../storage/mongo/digests/MongoDigestQueries';
import { MongoReportSource } from '../../storage/mongo/reports/MongoReportSource';
import type { ReportPeriodKind } from '../../domain/reporting/reportWindowOf';
import { yearEndMessagesFor } from '../../i18n/yearEndMessages';
import { MongoActionRepository } from '../../storage/mongo/actions/MongoActionRepository';
import { MongoOccasionRepository } from '../../storage/mongo/occasions/MongoOccasionRepository';
import { MongoVerdictRepository } from '../../storage/mongo/reports/MongoVerdictRepository';
import { writeReportDocx } from '../../reports/writeReportDocx';
import { writeReportXlsx } from '../../reports/writeReportXlsx';
import { reportFileName, resolveReportOptions, writeEvaluations } from '../../reports/writeReport';
import { CliUsageError, type CliCommand } from '../CliContext';

/** "delar", "delår", "interim" → the interim cut; "helar", "helår", "year" or nothing → the whole year. */
export function reportPeriodOf(text: string | undefined): ReportPeriodKind | undefined {
  const word = (text ?? '').toLowerCase();
  if (['', 'year', 'helar', 'helår', 'ar', 'år'].includes(word)) return 'year';
  if (['delar', 'delår', 'interim'].includes(word)) return 'interim';
  return undefined;
}

/** `ikbot report --year 2025 --format xlsx --out uppfoljning.xlsx [--plan <id>] [--period delar] [--layout <id>]`. */
export const reportCommand: CliCommand = {
  name: 'report',
  usage:
    'ikbot report --year <yyyy> --format xlsx|docx|evaluations [--period year|delar] [--layout committee|appendix|management|actions] [--out <file>] [--plan <plan id>]',
  description:
    "Writes the year's follow-up report for the committee (nämnd) from the stored results, as Excel or Word, in the plan's layout " +
    '(report.layout, or --layout); --period delar counts only what was due by the plan’s interim cut-off. ' +
    '--format evaluations writes the workbook for the year-end evaluations (fill it in, then: ikbot report evaluations import <file>).',
  run: async (context) => {
    const year = String(context.options.year ?? '');
    if (!/^\d{4}$/.test(year))
      throw new CliUsageError(
        `--year ska vara ett årtal, t.ex. 2025 (fick "${year}").\n--year needs a year such as 2025; got "${year}".`,
      );
    const format = String(context.options.format ?? 'xlsx');
    if (format !== 'xlsx' && format !== 'docx' && format !== 'evaluations') {
      throw new CliUsageError(
        `--format ska vara xlsx, docx eller evaluations (fick "${format}").\n` +
          `--format must be xlsx, docx or evaluations; got "${format}".`,
      );
    }
    const periodText = context.options.period === undefined ? '' : String(context.options.period);
    const period = reportPeriodOf(periodText);
    if (!period) {
      throw new CliUsageError(
        `--period ska vara year eller delar (fick "${periodText}").\n--period must be year or delar; got "${periodText}".`,
      );
    }
    const { plans } = await context.repositories();
    const stored = await plans.findByYear(Number(year));
    const wanted = context.options.plan
      ? stored.filter((s) => s.plan.id === String(context.options.plan))
      : stored;
    if (wanted.length === 0) {
      context.err.write(
        `No plan for ${year}${context.options.plan ? ` with id ${String(context.options.plan)}` : ''}. Import it first with: ikbot plan import <file>\n`,
      );
      return 1;
    }
    if (wanted.length > 1) {
      throw new CliUsageError(
        `${year} has ${wanted.length} plans (${wanted.map((s) => s.plan.id).join(', ')}): choose one with --plan <id>.`,
      );
    }
    const { plan } = wanted[0];
    const options = {
      period,
      ...(context.options.layout !== undefined ? { layout: String(context.options.layout) } : {}),
    };
    const resolved = resolveReportOptions(plan, Number(year), options);
    if (!resolved.ok) {
      const texts = [yearEndMessagesFor('sv'), yearEndMessagesFor('en')];
      context.err.write(`${texts.map((t) => t.reportOption(resolved, plan.id, Number(year))).join('\n')}\n`);
      return 1;
    }
    const out = String(context.options.out ?? reportFileName(plan, Number(year), format, period));
    const { db } = await context.database();
    const ports = {
      source: new MongoReportSource(db),
      queries: new MongoDigestQueries(db),
      verdicts: new MongoVerdictRepository(db),
      actions: new MongoActionRepository(db),
      occasions: new MongoOccasionRepository(db),
    };
    if (format === 'xlsx') {
      const stream = createWriteStream(out);
      await writeReportXlsx(ports, plan, Number(year), stream, options);
      await finished(stream);
    } else if (format === 'docx') {
      await writeFile(out, await writeReportDocx(ports, plan, Number(year), options));
    } else {
      await writeFile(out, await writeEvaluations(ports, plan, Number(year)));
      context.out.write(
        `Wrote the evaluations workbook for ${plan.id} ${year} to ${out}. Fill in Utvärdering and Kommentar, then: ikbot report evaluations import ${out}\n`,
      );
      return 0;
    }
    context.out.write(
      `Wrote the ${period === 'interim' ? 'interim (delår) ' : ''}follow-up report for ${plan.id} ${year} (layout ${resolved.layout}) to ${out}.\n`,
    );
    return 0;
  },
};
