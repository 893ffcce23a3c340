import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { actionFollowUpBlocks, controlFollowUpBlocks } from '../../reports/actionFollowUp/followUpBlocks';
import { controlFollowUpRows } from '../../reports/actionFollowUp/controlFollowUpRows';
import type { ReportBlock } from '../../reports/layouts/ReportBlock';
import { renderReportDocx } from '../../reports/renderReportDocx';
import { renderReportXlsx } from '../../reports/renderReportXlsx';
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
    // The same blocks and writers as the report's actions layout (src/reports/layouts/actionsLayout.ts);
    // one pair of sheets per plan, named apart when several plans are exported.
    const several = found.length > 1;
    async function* blocks(): AsyncIterable<ReportBlock> {
      for (const { plan, actions } of found) {
        if (several && format === 'docx')
          yield { kind: 'title', text: `${plan.title} – ${plan.organisation}` };
        yield* actionFollowUpBlocks(plan, actions, several ? { sheet: `Åtgärder ${plan.id}` } : {});
        const planOccasions = await occasions.find({ planId: plan.id, includeRetired: true });
        yield* controlFollowUpBlocks(
          plan,
          controlFollowUpRows(plan, planOccasions),
          several ? { sheet: `Kontroller ${plan.id}` } : {},
        );
      }
    }
    if (format === 'docx') await writeFile(out, await renderReportDocx(blocks()));
    else {
      const stream = createWriteStream(out);
      await renderReportXlsx(blocks(), stream);
      await finished(stream);
    }
    const count = found.reduce((sum, { actions }) => sum + actions.length, 0);
    context.out.write(`Exporterade / exported ${count} åtgärd(er) / action(s) → ${out}\n`);
    return 0;
  },
};
