import { monthName } from '../../cards/formatPeriod';
import { planCalendar } from '../../usecases/planCalendar';
import type { CliCommand } from '../CliContext';
import { planSelection, yearOption } from './planSelection';
import { planTable } from './planTable';

const MAX_UNITS_LISTED = 6;

export const planCalendarCommand: CliCommand = {
  name: 'plan calendar',
  usage: 'ikbot plan calendar --year <y> [--plan <id>]',
  description: 'The year’s control occasions per month: control point, units and due dates.',
  run: async (context) => {
    const year = yearOption(context, true);
    const stored = await planSelection(context, year);
    if (!stored) return 1;
    const { plan } = stored;
    const unitName = new Map(plan.units.map((unit) => [unit.id, unit.name]));
    const rows = planCalendar(plan);
    let previousMonth = '';
    const cells = rows.map((row) => {
      const month = row.month === previousMonth ? '' : monthLabel(row.month);
      previousMonth = row.month;
      const names = row.unitIds.map((id) => unitName.get(id) ?? id);
      const units =
        names.length > MAX_UNITS_LISTED
          ? `${names.slice(0, MAX_UNITS_LISTED).join(', ')} (+${names.length - MAX_UNITS_LISTED})`
          : names.join(', ');
      return [month, `${row.controlId} ${row.controlTitle}`, row.periodKey, units, row.dueDates.join(', ')];
    });
    const total = rows.reduce((sum, row) => sum + row.unitIds.length, 0);
    context.out.write(
      `${plan.title} – ${plan.organisation} ${plan.year} (${plan.id})\n` +
        `Kontrolltillfällen / occasions: ${total}\n\n` +
        `${planTable(['Månad', 'Kontrollmoment', 'Period', 'Enheter', 'Sista dag'], cells)}\n`,
    );
    return 0;
  },
};

function monthLabel(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  const name = monthName(month, 'sv');
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
}
