import type { ActionDigestPartView } from './actions/actionDigestPart';
import type { ManagerDigest } from '../domain/digests/ManagerDigest';
import type { Locale } from '../domain/plan/types';
import type { DigestTexts } from '../i18n/digestTexts';
import type { FactView } from './ControlHeader';
import type { CountRowView } from './LeadershipDigestData';

/**
 * A responsible manager's weekly digest (cards/managerDigest.json). Each missing occasion has a
 * "Påminn nu" button: verb remindNow {occasionId}.
 */
export interface ManagerDigestData {
  locale: Locale;
  digest: ManagerDigest;
}

export interface ManagerDigestView extends ActionDigestPartView {
  t: DigestTexts;
  title: string;
  periodText: string;
  facts: FactView[];
  unitRows: CountRowView[];
  missingHeading: string;
  /** The first items, then the rest behind "Visa alla". */
  missingItems: MissingItemView[];
  missingItemsMore: MissingItemView[];
  hasMissingItemsMore: boolean;
  showAllMissingText: string;
  hasMissing: boolean;
  hasMoreMissing: boolean;
  moreMissingText: string;
  remindersNote: string;
}

export interface MissingItemView {
  occasionId: string;
  heading: string;
  detail: string;
  reminded: string;
}
