/**
 * One target of a bench as it appears in its JSON: what is measured, the target, the measured value
 * and whether the target was met. A measurement that did not finish (null) misses its target.
 */
export interface TargetResult {
  what: string;
  target: string;
  measured: number | null;
  unit: string;
  met: boolean;
}

export function atMost(what: string, measured: number | null, limit: number, unit: string): TargetResult {
  return { what, target: `< ${limit} ${unit}`, measured, unit, met: measured !== null && measured < limit };
}

export function atLeast(what: string, measured: number | null, limit: number, unit: string): TargetResult {
  return { what, target: `>= ${limit} ${unit}`, measured, unit, met: measured !== null && measured >= limit };
}

export function exactly(what: string, measured: number | null, wanted: number, unit: string): TargetResult {
  return { what, target: `= ${wanted} ${unit}`, measured, unit, met: measured === wanted };
}

/** The bot-process memory target shared by every bench. */
export const BOT_PEAK_MEMORY_MB = 300;

/** The common tail of every bench's JSON: its targets, whether all were met, and memory. */
export function verdict(
  targets: TargetResult[],
  memory: { botPeakMb: number | null; botProcess: string; databasePeakMb: number | null },
) {
  const all = [
    ...targets,
    atMost('peak memory of the bot process', memory.botPeakMb, BOT_PEAK_MEMORY_MB, 'MB'),
  ];
  return {
    met: all.every((t) => t.met),
    targets: all,
    memory: {
      botPeakMb: memory.botPeakMb,
      botProcess: memory.botProcess,
      databasePeakMb: memory.databasePeakMb,
      database: 'peak RSS (VmHWM) of the database process, reported apart; no target',
    },
  };
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
