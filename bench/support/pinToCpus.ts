/**
 * Pins processes (every thread) to CPUs with taskset (util-linux), to measure with the database on
 * a core of its own, as in production where it runs on another machine. Linux only.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';

/** Why pinning cannot be done here, or null when it can (two or more CPUs and taskset). */
export function cannotPin(): string | null {
  if (os.availableParallelism() < 2) return 'one CPU only';
  const probe = spawnSync('taskset', ['-p', String(process.pid)], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'taskset (util-linux) not found';
  return null;
}

/** Pins every thread of each process to `cpus` (taskset syntax, e.g. "0" or "1-3"). */
export function pinToCpus(pids: readonly number[], cpus: string): void {
  for (const pid of pids) {
    const pinned = spawnSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { encoding: 'utf8' });
    if (pinned.error || pinned.status !== 0)
      throw new Error(
        `taskset could not pin process ${pid} to CPU ${cpus}: ${pinned.stderr || pinned.error}`,
      );
  }
}
