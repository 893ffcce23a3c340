import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writePlan, type PlanFileFormat } from '../../planFiles';
import { CliUsageError, type CliCommand } from '../CliContext';
import { planSelection, yearOption } from './planSelection';

const FORMATS: PlanFileFormat[] = ['yaml', 'json', 'xlsx'];

export const planExportCommand: CliCommand = {
  name: 'plan export',
  usage: 'ikbot plan export --year <y> --format yaml|json|xlsx --out <file> [--plan <id>]',
  description: 'Writes a stored plan as YAML, JSON or Excel, in the format import reads.',
  run: async (context) => {
    const year = yearOption(context, true);
    const out = context.options.out;
    if (typeof out !== 'string') throw new CliUsageError('Ange --out <fil>. / Give --out <file>.');
    const extension = path.extname(out).slice(1).toLowerCase().replace(/^yml$/, 'yaml');
    const format = (
      typeof context.options.format === 'string' ? context.options.format : extension
    ) as PlanFileFormat;
    if (!FORMATS.includes(format)) {
      throw new CliUsageError(
        `--format ska vara yaml, json eller xlsx. / --format must be yaml, json or xlsx.`,
      );
    }
    const stored = await planSelection(context, year);
    if (!stored) return 1;
    const content =
      format === 'xlsx' ? await writePlan(stored.plan, 'xlsx') : await writePlan(stored.plan, format);
    await writeFile(out, content);
    context.out.write(`Exporterade / exported ${stored.plan.id} (revision ${stored.revision}) → ${out}\n`);
    return 0;
  },
};
