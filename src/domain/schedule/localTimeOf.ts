import { wallClockOf } from './wallClockOf';

/** The local hour (0–23) and minute of an instant in a time zone. */
export function localTimeOf(instant: Date, timeZone: string): { hour: number; minute: number } {
  const clock = wallClockOf(instant, timeZone);
  return { hour: clock.hour, minute: clock.minute };
}
