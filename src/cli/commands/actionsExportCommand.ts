import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { writeActionFollowUpDocx } from '../../reports/actionFollowUp/writeActionFollowUpDocx';
import {
  addActionFollowUpSheet,
  addControlFollowUpSheet,
} from '../../reports/actionFollowUp/writeActionFollowUpXlsx';
import { CliUsageError, type CliCommand } from '../CliContext';
import { selectedActions } from './actionsListCommand';

export const actionsExportCommand: CliCommand = {
  name: 'actions export',
  usage:
    'ikbot actions export --format xlsx|docx [--out <file>] [--year <y>] [--status <status>] [--owner <name>]',
  description:
    'Writes the follow-up of actions and controls in the 004 layout (Riskanalys, Risk, Beslut om åtgärd / Kontroll, Status, Ansvarig, datum, Kommentar): Uppföljning åtgärder and Uppföljning kontroller, as Excel or Word.',
  run: async (context) => {
    const format = String(context.options.format ?? 'xlsx');
    if (format !== 'xlsx' && format !== 'docx')
      throw new CliUsageError(
        `--format ska vara xlsx eller docx (fick "${format}"). / --format must be xlsx or docx; got "${format}".`,
      );
    const found = await selectedActions(context);
    if (found.length === 0) {
      context.err.write(
        'Det finns ingen plan att exportera åtgärder från. Importera en med: ikbot plan import <fil>\n' +
          'There is no plan to export actions from. Import one with: ikbot plan import <file>\n',
      );
      return 1;
    }
    const out = typeof context.options.out === 'string' ? context.options.out : `atgarder.${format}`;
    const { occasions } = await context.repositories();
    const withOccasions = [];
    for (const { plan, actions } of found)
      withOccasions.push({
        plan,
        actions,
        occasions: await occasions.find({ planId: plan.id, includeRetired: true }),
      });
    if (format === 'docx') await writeFile(out, await writeActionFollowUpDocx(withOccasions));
    else {
      const workbook = new ExcelJS.Workbook();
      workbook.creator = 'ikbot';
      // One pair of sheets per plan: the sheet names must differ when several plans are exported.
      const several = withOccasions.length > 1;
      for (const { plan, actions, occasions: planOccasions } of withOccasions) {
        addActionFollowUpSheet(workbook, plan, actions, several ? `Åtgärder ${plan.id}` : undefined);
        addControlFollowUpSheet(workbook, plan, planOccasions, several ? `Kontroller ${plan.id}` : undefined);
      }
      await writeFile(out, Buffer.from(await workbook.xlsx.writeBuffer()));
    }
    const count = found.reduce((sum, { actions }) => sum + actions.length, 0);
    context.out.write(`Exporterade / exported ${count} åtgärd(er) / action(s) → ${out}\n`);
    return 0;
  },
};
