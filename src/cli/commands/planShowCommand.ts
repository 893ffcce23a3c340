import { handlingOf } from '../../domain/plan/handlingOf';
import { riskValue } from '../../domain/plan/riskValue';
import { carryOverLabel } from '../../domain/verdicts/carryOverLabel';
import type { CliCommand } from '../CliContext';
import { planSelection, yearOption } from './planSelection';
import { planTable } from './planTable';

export const planShowCommand: CliCommand = {
  name: 'plan show',
  usage: 'ikbot plan show [--year <y>] [--plan <id>]',
  description: 'Shows a stored plan: risk areas with risk values, control points and occasions.',
  run: async (context) => {
    const year = yearOption(context, false);
    const stored = await planSelection(context, year);
    if (!stored) return 1;
    const { plan } = stored;
    const { occasions, plans } = await context.repositories();
    const [total, answered, others] = await Promise.all([
      occasions.count({ planId: plan.id }),
      occasions.count({ planId: plan.id, statuses: ['answered', 'notApplicable'] }),
      plans.list(),
    ]);
    const riskRows = plan.riskAreas.map((area) => {
      const value = riskValue(area);
      return [
        area.id,
        area.title,
        value === null ? '–' : `${area.probability} × ${area.consequence} = ${value}`,
        handlingOf(plan, area) ?? '–',
        String(area.controls.length),
        carryOverLabel(area, plan.year, 'sv'),
      ];
    });
    const roleName = new Map(plan.roles.map((role) => [role.id, role.name]));
    const roleOf = (roleId: string | undefined): string => (roleId ? (roleName.get(roleId) ?? roleId) : '–');
    const controlRows = plan.riskAreas.flatMap((area) =>
      area.controls.map((control) => [
        control.id,
        control.title,
        control.method,
        roleOf(control.performerRoleId),
        roleOf(control.responsibleRoleId),
      ]),
    );
    const lines = [
      `${plan.title} (${plan.id})`,
      `Organisation: ${plan.organisation}${plan.board ? `, ${plan.board}` : ''}; år / year ${plan.year}; status ${plan.status}` +
        (plan.adopted ? ` (${plan.adopted.date}, ${plan.adopted.decision})` : ''),
      `Revision ${stored.revision}, importerad / imported ${stored.importedAt.toISOString()} av / by ${stored.importedBy}`,
      `Kontrolltillfällen / occasions: ${total}, besvarade / answered ${answered}`,
      '',
      planTable(['Id', 'Riskområde', 'S × K = R', 'Hantering', 'Kontroller', 'Kvarstår / ny'], riskRows),
      '',
      planTable(['Id', 'Kontrollmoment', 'Metod', 'Utförare', 'Ansvarig'], controlRows),
    ];
    if (others.length > 1) {
      lines.push(
        '',
        `Alla lagrade planer / all stored plans: ${others.map((s) => `${s.plan.id} (${s.plan.year})`).join(', ')}`,
      );
    }
    context.out.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
