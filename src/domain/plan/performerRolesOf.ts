import type { ControlPoint } from './types';

/** The control's performer roles, first one first: several (performers), one (performer) or none. */
export function performerRolesOf(
  control: Pick<ControlPoint, 'performerRoleId' | 'performerRoleIds'>,
): string[] {
  if (control.performerRoleIds && control.performerRoleIds.length > 0) return [...control.performerRoleIds];
  return control.performerRoleId ? [control.performerRoleId] : [];
}

/** Whether each performer role must answer before the occasion is complete. */
export function answersPerRole(control: Pick<ControlPoint, 'performerRoleIds' | 'answerMode'>): boolean {
  return control.answerMode === 'each' && (control.performerRoleIds?.length ?? 0) > 1;
}
