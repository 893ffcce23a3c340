import type { ActionDigestCounts } from '../../domain/actions/actionDigestCounts';
import type { Locale } from '../../domain/plan/types';
import { actionTexts } from '../../i18n/actionTexts';

/** The template data of the digests' actions section (a heading and one line), or hidden without counts. */
export interface ActionDigestPartView {
  hasActions: boolean;
  actionsHeading: string;
  actionsText: string;
}

export function actionDigestPart(
  counts: ActionDigestCounts | undefined,
  locale: Locale,
): ActionDigestPartView {
  const t = actionTexts(locale);
  return {
    hasActions: counts !== undefined,
    actionsHeading: t.digestHeading,
    actionsText: counts ? t.digestLine(counts) : '',
  };
}
