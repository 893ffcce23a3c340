import { renderAwayCard } from '../../cards/renderAwayCard';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { reminderTexts } from '../../i18n/reminders';
import { substitutesOf } from '../../usecases/substitutesOf';
import { parseCommandDate } from '../commands/parseCommandDate';
import type { CardActionHandler } from './CardAction';

/** setAway {until} from the away card: the person is away through that date; a bad date is asked again, kept on the card. */
export const setAwayAction: CardActionHandler = async ({ info, data, services }) => {
  const t = reminderTexts(info.locale);
  const today = localDateOf(services.now(), services.config.timeZone);
  const entered = typeof data.until === 'string' ? data.until.trim().slice(0, 40) : '';
  const substitutes = await substitutesOf(services.plans, info.aadObjectId);
  const parsed = parseCommandDate(entered, today);
  if (!('date' in parsed) || !info.aadObjectId) {
    const problem =
      'date' in parsed
        ? t.badDate(entered)
        : parsed.problem === 'past'
          ? t.pastDate(entered)
          : t.badDate(entered);
    return { card: renderAwayCard({ locale: info.locale, today, substitutes, until: entered, problem }) };
  }
  await services.absences.setAbsence(
    { aadObjectId: info.aadObjectId, until: parsed.date, setBy: info.aadObjectId },
    services.now(),
  );
  return {
    card: renderAwayCard({
      locale: info.locale,
      today,
      substitutes,
      until: parsed.date,
      done: t.awaySet(undefined, parsed.date),
    }),
  };
};
