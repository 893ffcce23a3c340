import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { MongoDigestQueries } from '../../storage/mongo/digests/MongoDigestQueries';
import { MongoReportSource } from '../../storage/mongo/reports/MongoReportSource';
import { writeReportDocx } from '../../reports/writeReportDocx';
import { writeReportXlsx } from '../../reports/writeReportXlsx';
import { reportFileName, writeEvaluations } from '../../reports/writeReport';
import { CliUsageError, type CliCommand } from '../CliContext';

/** `ikbot report --year 2025 --format xlsx --out uppfoljning.xlsx [--plan <id>]`: the annual follow-up report. */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: 'ikbot report --year <yyyy> --format xlsx|docx|evaluations [--out <file>] [--plan <plan id>]',
  description:
    "Writes the year's follow-up report for the committee (nämnd) from the stored results, as Excel or Word; " +
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
    const out = String(context.options.out ?? reportFileName(plan, Number(year), format));
    const { db } = await context.database();
    const ports = { source: new MongoReportSource(db), queries: new MongoDigestQueries(db) };
    if (format === 'xlsx') {
      const stream = createWriteStream(out);
      await writeReportXlsx(ports, plan, Number(year), stream);
      await finished(stream);
    } else if (format === 'docx') {
      await writeFile(out, await writeReportDocx(ports, plan, Number(year)));
    } else {
      await writeFile(out, await writeEvaluations(ports, plan, Number(year)));
      context.out.write(
        `Wrote the evaluations workbook for ${plan.id} ${year} to ${out}. Fill in Utvärdering and Kommentar, then: ikbot report evaluations import ${out}\n`,
      );
      return 0;
    }
    context.out.write(`Wrote the follow-up report for ${plan.id} ${year} to ${out}.\n`);
    return 0;
  },
};
