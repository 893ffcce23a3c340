import { actionsLayout } from './actionsLayout';
import { appendixLayout } from './appendixLayout';
import { committeeLayout } from './committeeLayout';
import { managementLayout } from './managementLayout';
import type { ReportLayout } from './ReportLayout';

/** Every report layout by id; a plan names one in report.layout, the command line with --layout. */
export const reportLayouts: Record<string, ReportLayout> = {
  [committeeLayout.id]: committeeLayout,
  [appendixLayout.id]: appendixLayout,
  [managementLayout.id]: managementLayout,
  [actionsLayout.id]: actionsLayout,
};

export const DEFAULT_LAYOUT = committeeLayout.id;

/** The ids a plan file may name, in the order shown to people. */
export const reportLayoutIds: readonly string[] = Object.keys(reportLayouts);
