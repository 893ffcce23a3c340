import { readFileSync } from 'node:fs';

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
