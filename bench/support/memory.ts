import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The peak resident set size (VmHWM, the kernel's high-water mark) of a process in MB, or null
 * when it cannot be read (the process has exited, or /proc is not there).
 */
export function peakRssMbOf(pid: number | 'self'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** This process's peak RSS in MB: VmHWM, or getrusage's maxrss where /proc is missing. */
export function ownPeakRssMb(): number {
  return peakRssMbOf('self') ?? Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Sets this process's peak RSS back to its current RSS (Linux: writing 5 to /proc/self/clear_refs),
 * after a collection when the process runs with --expose-gc, so that what follows is measured
 * without the memory the bench's own preparation (generating plans and files) left behind.
 * False when the kernel does not allow it; then the peak includes the preparation.
 */
export function resetPeakRss(): boolean {
  (globalThis as { gc?: () => void }).gc?.();
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** CPU seconds (user + system) a process has used so far, or null when /proc cannot tell. */
export function cpuSecondsOf(pid: number | 'self'): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state (field 3).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Math.round((ticks / CLOCK_TICKS) * 100) / 100;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on Linux for every architecture Node runs on. */
const CLOCK_TICKS = 100;
