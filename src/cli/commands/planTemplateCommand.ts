import { writeFile } from 'node:fs/promises';
import { writePlanTemplate } from '../../planFiles';
import { CliUsageError, type CliCommand } from '../CliContext';

export const planTemplateCommand: CliCommand = {
  name: 'plan template',
  usage: 'ikbot plan template --out plan.xlsx',
  description: 'Writes an empty Excel plan with instructions and drop-down lists.',
  run: async (context) => {
    const out = context.options.out;
    if (typeof out !== 'string' || !out.toLowerCase().endsWith('.xlsx')) {
      throw new CliUsageError('Ange --out <fil>.xlsx. / Give --out <file>.xlsx.');
    }
    await writeFile(out, await writePlanTemplate());
    context.out.write(
      `Mallen är skriven till ${out}. Fyll i den och importera med: ikbot plan import ${out}\n` +
        `The template is written to ${out}. Fill it in and import it with: ikbot plan import ${out}\n`,
    );
    return 0;
  },
};
