import { readFileSync } from 'node:fs';

/** Peak and current resident memory of a process in MB, from /proc (Linux); undefined elsewhere. */
export function processMemory(pid: number): { peakRssMb: number; rssMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number | undefined => {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      return match ? Number(match[1]) : undefined;
    };
    const peak = kb('VmHWM');
    const current = kb('VmRSS');
    if (peak === undefined || current === undefined) return undefined;
    return { peakRssMb: peak / 1024, rssMb: current / 1024 };
  } catch {
    return undefined;
  }
}
