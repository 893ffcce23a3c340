import type { ControlPoint, IsoDate, Locale, Period, RiskArea } from '../domain/plan/types';
import type { CardStrings } from '../i18n/cards';
import { formatPeriod } from './formatPeriod';
import { riskText } from './riskText';

/** What every control card shows at the top: which control, for which unit and period. */
export interface ControlHeaderData {
  control: Pick<ControlPoint, 'title' | 'whatIsChecked' | 'method' | 'samplingNote'>;
  riskArea: Pick<RiskArea, 'title' | 'probability' | 'consequence'>;
  unitName: string;
  period: Pick<Period, 'key'>;
  dueDate: IsoDate;
  /** Due date passed without a result; shown as a marker. */
  overdue?: boolean;
}

export interface FactView {
  title: string;
  value: string;
}

export interface ControlHeaderView {
  title: string;
  riskAreaLine: string;
  facts: FactView[];
  overdue: boolean;
  overdueText: string;
}

export function controlHeaderView(
  data: ControlHeaderData,
  locale: Locale,
  t: CardStrings,
): ControlHeaderView {
  const facts: FactView[] = [];
  if (data.control.whatIsChecked) facts.push({ title: t.whatIsChecked, value: data.control.whatIsChecked });
  facts.push({ title: t.method, value: data.control.method });
  if (data.control.samplingNote) facts.push({ title: t.sampling, value: data.control.samplingNote });
  facts.push({ title: t.unit, value: data.unitName });
  facts.push({ title: t.period, value: formatPeriod(data.period, locale) });
  facts.push({ title: t.dueDate, value: data.dueDate });
  return {
    title: data.control.title,
    riskAreaLine: `${t.riskArea}: ${data.riskArea.title} · ${t.riskValue} ${riskText(data.riskArea, t)}`,
    facts,
    overdue: data.overdue ?? false,
    overdueText: t.overdue,
  };
}
