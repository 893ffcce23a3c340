import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import {
  addActionFollowUpSheet,
  addControlFollowUpSheet,
} from '../../reports/actionFollowUp/writeActionFollowUpXlsx';
import { CliUsageError, type CliCommand } from '../CliContext';
import { selectedActions } from './actionsListCommand';

export const actionsExportCommand: CliCommand = {
  name: 'actions export',
  usage:
    'ikbot actions export --format xlsx [--out <file>] [--year <y>] [--status <status>] [--owner <name>]',
  description:
    'Writes the follow-up of actions and controls as an Excel workbook in the 004 layout (Riskanalys, Risk, Beslut om åtgärd / Kontroll, Status, Ansvarig, datum, Kommentar): sheets Uppföljning åtgärder and Uppföljning kontroller.',
  run: async (context) => {
    const format = String(context.options.format ?? 'xlsx');
    if (format !== 'xlsx')
      throw new CliUsageError(
        `--format ska vara xlsx (fick "${format}"). / --format must be xlsx; got "${format}".`,
      );
    const found = await selectedActions(context);
    if (found.length === 0) {
      context.err.write(
        'Det finns ingen plan att exportera åtgärder från. Importera en med: ikbot plan import <fil>\n' +
          'There is no plan to export actions from. Import one with: ikbot plan import <file>\n',
      );
      return 1;
    }
    const out = typeof context.options.out === 'string' ? context.options.out : 'atgarder.xlsx';
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'ikbot';
    // One sheet per plan: sheet names must differ when several plans are exported.
    const { occasions } = await context.repositories();
    for (const { plan, actions } of found) {
      const several = found.length > 1;
      addActionFollowUpSheet(workbook, plan, actions, several ? `Åtgärder ${plan.id}` : undefined);
      const planOccasions = await occasions.find({ planId: plan.id, includeRetired: true });
      addControlFollowUpSheet(workbook, plan, planOccasions, several ? `Kontroller ${plan.id}` : undefined);
    }
    await writeFile(out, Buffer.from(await workbook.xlsx.writeBuffer()));
    const count = found.reduce((sum, { actions }) => sum + actions.length, 0);
    context.out.write(`Exporterade / exported ${count} åtgärd(er) / action(s) → ${out}\n`);
    return 0;
  },
};
